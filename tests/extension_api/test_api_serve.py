"""``transparant serve``: documented options, and the gunicorn settings it starts with."""

from __future__ import annotations

from click.testing import CliRunner

from extension_api.server import gunicorn_options, prepare_environment
from scrapers.cli import main


def test_serve_help_documents_every_option_and_an_example() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--workers", "--dev"):
        assert option in result.output
    assert "transparant serve --port 8080 --workers 4" in result.output


def test_serve_rejects_bad_options() -> None:
    result = CliRunner().invoke(main, ["serve", "--workers", "0"])
    assert result.exit_code == 2


def test_gunicorn_listens_where_asked_without_a_shared_control_socket() -> None:
    options = gunicorn_options("127.0.0.1", 18099, 3)
    assert (options["bind"], options["workers"]) == ("127.0.0.1:18099", 3)
    assert options["control_socket_disable"] is True
    assert options["worker_class"] == "gthread" and options["keepalive"] > 0
    assert options["accesslog"] is None


def test_prepare_environment_fixes_one_salt_and_migrates(tmp_path: object) -> None:
    env = {"TRANSPARANT_DATABASE_URL": f"sqlite:///{tmp_path}/s.db"}
    prepare_environment(env)
    salt = env["TRANSPARANT_SECRET_SALT"]
    assert len(salt) == 64
    prepare_environment(env)
    assert env["TRANSPARANT_SECRET_SALT"] == salt
