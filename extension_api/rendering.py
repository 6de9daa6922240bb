"""JSON responses built directly from dicts, with ``<``, ``>`` and ``&`` escaped.

Text the client sent (a caption with ``<script>`` in it) comes back inside
verdict evidence; escaping those three characters as ``\\u003c`` and friends keeps
it data even for a consumer that mistakenly pastes the JSON into HTML.

>>> json_body({"text": "<script>alert(1)</script> & co"})
b'{"text":"\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e \\\\u0026 co"}'
"""

from __future__ import annotations

import json
from typing import Any

from flask import Response

_HTML_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_body(data: Any) -> bytes:
    """Compact, key-sorted, ASCII JSON: the same data always gives the same bytes."""
    text = json.dumps(data, separators=(",", ":"), sort_keys=True, allow_nan=False)
    return text.translate(_HTML_SAFE).encode("ascii")


def json_response(data: Any, status: int = 200) -> Response:
    return Response(json_body(data), status=status, mimetype="application/json")
