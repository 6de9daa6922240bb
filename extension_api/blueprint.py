"""The blueprint class every view module uses: flask-smorest's, reading the JSON body once.

:func:`extension_api.guards.check_body` has already parsed (and size-, type- and
syntax-checked) the body; the argument parser takes that result instead of
decoding the same bytes a second time.
"""

from __future__ import annotations

from typing import Any

import flask
import flask_smorest
from webargs.flaskparser import FlaskParser

from extension_api.guards import PARSED_BODY


class ParsedBodyParser(FlaskParser):
    """webargs' Flask parser, reusing the body the guard parsed."""

    def _raw_load_json(self, req: flask.Request) -> Any:
        if PARSED_BODY in flask.g:
            return flask.g.get(PARSED_BODY)
        return super()._raw_load_json(req)


class Blueprint(flask_smorest.Blueprint):  # type: ignore[misc]
    ARGUMENTS_PARSER = ParsedBodyParser()
