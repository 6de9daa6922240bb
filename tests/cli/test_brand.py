"""``transparant brand add|list|token``: the token is printed once and verifies."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from scrapers.audit.tokens import verify_brand_token
from scrapers.cli import main
from scrapers.cli.exit_status import ExitStatus
from scrapers.store.database import open_store, transaction
from scrapers.store.schema import BrandToken

TOKEN = re.compile(r"tpb_[0-9a-f]{16}_[\w-]+")


def test_add_list_token(tmp_path: Path) -> None:
    runner = CliRunner()
    store = str(tmp_path)
    added = runner.invoke(main, ["brand", "add", "Trailbrook Outdoor", "--alias", "Trailbrook",
                                 "--domain", "https://www.trailbrook-outdoor.com/shop",
                                 "--handle", "@trailbrookoutdoor", "--data-dir", store])
    assert added.exit_code == 0, added.output
    first = TOKEN.search(added.stdout)
    assert first and "shown once" in added.stdout
    listed = runner.invoke(main, ["brand", "list", "--format", "json", "--data-dir", store])
    brands = json.loads(listed.stdout)
    assert brands == [{"slug": "trailbrook-outdoor", "name": "Trailbrook Outdoor",
                       "aliases": ["Trailbrook"], "handles": ["trailbrookoutdoor"],
                       "domains": ["trailbrook-outdoor.com"]}]
    assert "tpb_" not in listed.stdout
    again = runner.invoke(main, ["brand", "token", "trailbrook-outdoor", "--data-dir", store])
    second = TOKEN.search(again.stdout)
    assert second and second.group(0) != first.group(0)
    engine = open_store(data_dir=tmp_path)
    with transaction(engine) as session:
        assert verify_brand_token(session, "trailbrook-outdoor", first.group(0))
        assert verify_brand_token(session, "trailbrook-outdoor", second.group(0))
        hashes = session.scalars(select(BrandToken.token_hash)).all()
    engine.dispose()
    assert len(hashes) == 2 and not any(first.group(0) in h for h in hashes)


def test_token_for_unknown_brand(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["brand", "token", "nope", "--data-dir", str(tmp_path)])
    assert result.exit_code == ExitStatus.NOT_FOUND and "no brand 'nope'" in result.stderr


def test_every_brand_and_demo_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    for args in (["brand"], ["brand", "add"], ["brand", "list"], ["brand", "token"], ["demo"]):
        result = runner.invoke(main, [*args, "--help"])
        assert result.exit_code == 0, args
        assert f"transparant {' '.join(args)}" in result.stdout, args
