"""What the fetcher returns and how it fails, shared by the client and the adapters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class FetchError(Exception):
    """A URL could not be fetched; ``kind`` becomes the ``SourceItem.error_kind``.

    Kinds: ``robots`` (disallowed), ``blocked`` (SSRF guard), ``too_large``, ``timeout``,
    ``redirects`` (too many or a bad hop), ``http`` (an error status), ``fetch`` (network).
    """

    def __init__(
        self, kind: str, message: str, *, url: str = "", status: int | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.url = url
        self.status = status
        """The HTTP status, for ``http`` errors."""


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched body and where it really came from after redirects."""

    url: str
    """The URL asked for."""
    final_url: str
    """The URL after following redirects."""
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers, lower-cased names."""
    from_cache: bool = False
    redirects: tuple[str, ...] = ()
    """Every hop after ``url``, in order."""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        """The body decoded by its declared charset, else UTF-8 with replacement."""
        charset = "utf-8"
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"' ")
        try:
            return self.content.decode(charset, errors="replace")
        except LookupError:
            return self.content.decode("utf-8", errors="replace")


class Fetcher(Protocol):
    """What adapters need from a client: one polite GET."""

    def fetch(self, url: str) -> FetchResult:
        """GET ``url`` or raise :class:`FetchError`."""
        ...
