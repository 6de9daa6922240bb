"""Links that show a commercial relationship: affiliate, tracking, sponsor and shortened links.

A link is judged by its *registered domain* (tldextract on its bundled snapshot,
so ``amazon.com.evil.example`` is not Amazon) and by its URL parameters
(``tag=`` on Amazon, ``Referrer=ADVNL…`` on bol.com, ``awc=`` from Awin, …).
Shortened links cannot be judged offline: they are recorded with weight 0 and
detail ``unresolved`` so that a scanner may resolve them later.

>>> [(s.rule, s.detail) for s in find_link_signals((), "Mijn jurk: https://partner.bol.com/click/click?p=1")]
[('commercial.affiliate_link', 'bol.com')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final
from urllib.parse import parse_qsl, urlsplit

from scrapers.detection.links_table import LinkTable, link_table, registered_domain
from scrapers.models import Signal

AFFILIATE: Final = "commercial.affiliate_link"
TRACKING: Final = "commercial.tracking_link"
PAID_PLACEMENT: Final = "paid placement"
"""The detail of a link whose campaign tags say it sits in bought editorial space."""
SPONSOR: Final = "commercial.sponsor_link"
SHORTENED: Final = "commercial.shortened_link"

WEIGHTS: Final = {AFFILIATE: 1.0, SPONSOR: 0.5, TRACKING: 0.3, SHORTENED: 0.0}
"""Default weights; the engine may re-weigh by rule id."""

NUMBERED_SHORT_LINK_WEIGHT: Final = 1.0
"""A numbered shortened link is a tracked copy of a link someone pays for (see
``_placement_number``); Mathur et al.'s YouTube descriptions hold 28 of them, all affiliate."""
PAID_PLACEMENT_WEIGHT: Final = 1.0
"""A link the publisher tagged as a native ad or advertorial says the space was bought; a
brand's landing page made for one creator's audience (``/yt``) says the same of a post."""

MAX_URL_CHARS: Final = 4096
_URL_CHARS: Final = r"[^\s<>\"'`{}|\\^\[\]]"
_URL: Final = re.compile(
    rf"(?:https?://|www\.){_URL_CHARS}+"
    rf"|(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+[a-z]{{2,24}}/{_URL_CHARS}*",
    re.IGNORECASE,
)
_TRAILING: Final = ".,;:!?'\"»…*_~>"
_SCHEME: Final = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
WEB_ADDRESS: Final = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}"
"""A web address as people type it in running text, scheme optional ("thermae.nl",
"https://www.perrin-auto.fr"): the part of a pattern that names where a pitch or a code leads."""


@dataclass(frozen=True, slots=True)
class LinkKind:
    """What a link is, commercially."""

    rule: str
    weight: float
    detail: str
    """The network (``awin``), the registered domain, or ``unresolved`` for shorteners."""


def extract_urls(text: str) -> list[tuple[str, int, int]]:
    """Return ``(url, start, end)`` for every URL-like run in ``text``.

    Schemes, ``www.`` and bare ``host.tld/path`` forms are found; trailing
    punctuation and an unbalanced closing bracket are left out.

    >>> extract_urls("Code hier (https://amzn.to/3xYz). Of www.bol.com/nl/p/1!")
    [('https://amzn.to/3xYz', 11, 31), ('www.bol.com/nl/p/1', 37, 55)]
    >>> extract_urls("Geen link, wel 3.5/10 en e.g. dit.")
    []
    """
    if "/" not in text and "www." not in text and "WWW." not in text:
        return []
    found: list[tuple[str, int, int]] = []
    if "www." in text.lower():
        _add_urls(found, text, 0, len(text))
        return found
    # Without "www." every address holds a "/" ("https://", "host.tld/"), and none crosses
    # whitespace: only the words around a "/" are read, from the last space or line break
    # before it. Trying the bare-domain branch at every word of a caption's hashtag block
    # cost more than the rest of reading its link.
    done = 0
    slash = text.find("/")
    while slash >= 0:
        start = max(done, text.rfind(" ", done, slash) + 1, text.rfind("\n", done, slash) + 1)
        done = _RUN_END.match(text, slash).end()  # type: ignore[union-attr]
        _add_urls(found, text, start, done)
        slash = text.find("/", done)
    return found


_RUN_END: Final = re.compile(r"\S*")


def _add_urls(found: list[tuple[str, int, int]], text: str, start: int, end: int) -> None:
    for match in _URL.finditer(text, start, end):
        url = _trim(match.group())
        if url and _plausible(url):
            found.append((url, match.start(), match.start() + len(url)))


def find_link_signals(links: Sequence[str], text: str) -> list[Signal]:
    """Return a commercial signal for each affiliate, tracking, sponsor or shortened link.

    URLs found in ``text`` carry their span; links given separately (a post's link
    list, the links of a page's main content) carry ``start``/``end`` of ``None``
    unless the same URL also appears in the text.

    >>> sig = find_link_signals(["https://www.amazon.de/dp/B0?tag=jan-21"], "")[0]
    >>> sig.rule, sig.detail, sig.start
    ('commercial.affiliate_link', 'amazon', None)
    >>> find_link_signals(["https://bit.ly/3abc"], "")[0].detail
    'unresolved'
    """
    signals: list[Signal] = []
    seen: set[str] = set()
    for url, start, end in extract_urls(text):
        _add(signals, seen, url, start, end)
    for link in links:
        if _key(link) in seen:
            continue
        at = text.find(link) if link else -1
        if at >= 0:
            _add(signals, seen, link, at, at + len(link))
        else:
            _add(signals, seen, link, None, None)
    return signals


def _add(
    signals: list[Signal], seen: set[str], url: str, start: int | None, end: int | None
) -> None:
    key = _key(url)
    if key in seen:
        return
    seen.add(key)
    kind = classify_link(url)
    if kind is not None:
        signals.append(Signal("commercial", kind.rule, url, kind.weight, start, end, kind.detail))


_PLACEHOLDER: Final = re.compile(r"[Xx]{5,}|\.\.\.|…|<[^>]*>|\{[^}]*\}")
"""A template, not a link: "amazon.nl/dp/B0XXXXXXX?tag=…", ".../dp/<asin>" show a link's shape
(forums and explainers about affiliate links)."""


@lru_cache(maxsize=65536)
def classify_link(url: str) -> LinkKind | None:
    """Say what a single link is, or ``None`` for an ordinary link.

    >>> classify_link("https://tc.tradetracker.net/?c=1&m=2&a=3&u=%2F")
    LinkKind(rule='commercial.affiliate_link', weight=1.0, detail='tradetracker')
    >>> classify_link("https://amazon.com.evil.example/dp/1?tag=x") is None
    True
    >>> classify_link("https://www.amazon.nl/dp/B0XXXXXXX?tag=dealsite-21") is None
    True
    >>> classify_link("https://shop.example/?utm_source=youtube").rule
    'commercial.tracking_link'
    >>> classify_link("https://shop.example/actie?utm_source=portal&utm_medium=native")
    LinkKind(rule='commercial.sponsor_link', weight=1.0, detail='paid placement')
    >>> classify_link("https://zapklik.nl/yt").detail
    'creator landing page'
    >>> classify_link("https://goo.gl/KBDBuR?31383").detail
    'numbered shortened link'
    """
    if _PLACEHOLDER.search(url):
        return None
    parts = split_url(url)
    if parts is None:
        return None
    host, path, query = parts
    table = link_table()
    network = _affiliate_network(host, path, query, table) or _wrapped_network(query, table)
    if network:
        return LinkKind(AFFILIATE, WEIGHTS[AFFILIATE], network)
    if host.removeprefix("www.") in table.shorteners:
        if not path.strip("/"):
            return None  # "bit.ly/..." in a quoted scam text: the service's home, no short link
        if _placement_number(query):
            return LinkKind(TRACKING, NUMBERED_SHORT_LINK_WEIGHT, "numbered shortened link")
        return LinkKind(SHORTENED, WEIGHTS[SHORTENED], "unresolved")
    domain, _ = registered_domain(host)
    if query and _paid_placement(query, table):
        return LinkKind(SPONSOR, PAID_PLACEMENT_WEIGHT, PAID_PLACEMENT)
    if query and _is_tracking(query, table):
        return LinkKind(TRACKING, WEIGHTS[TRACKING], domain or host)
    if domain in table.sponsor_domains:
        return LinkKind(SPONSOR, WEIGHTS[SPONSOR], domain)
    if path.strip("/").lower() in table.creator_paths and domain not in table.platform_domains:
        return LinkKind(SPONSOR, PAID_PLACEMENT_WEIGHT, "creator landing page")
    return None


def _placement_number(query: list[tuple[str, str]]) -> bool:
    """A shortened link with a bare number of its own ("goo.gl/KBDBuR?31383"): the short link
    already names its target, so the number only counts which placement was clicked — how
    link-spam and sub-ID tools number the copies of one affiliate link."""
    return len(query) == 1 and query[0][0].isdigit() and not query[0][1]


def _affiliate_network(host: str, path: str, query: list[tuple[str, str]], table: LinkTable) -> str:
    network = _lookup_host(host, table.affiliate_hosts)
    if network:
        return network
    for path_rule in table.path_rules:
        if (
            _host_matches(host, path_rule.host)
            and path.startswith(path_rule.path)
            and (not path_rule.param or any(k == path_rule.param for k, _ in query))
        ):
            return path_rule.network
    if host.split(".", 1)[0] in table.program_subdomains and _program_domain(host, table):
        return "affiliate programme"
    network = _referral_segment(path, table.path_segments, table.first_segments)
    if network and registered_domain(host)[0] not in table.segment_exempt:
        return network
    if not query:
        return ""
    domain, name = registered_domain(host)
    rules = table.param_rules_by_domain.get(domain, ()) + table.param_rules_by_name.get(name, ())
    for rule in rules:
        if any(k in rule.params and v.startswith(rule.prefix) and v for k, v in query):
            return rule.network
    for key, value in query:
        network = table.query_keys.get(key, "")
        pattern = table.query_key_values.get(key)
        if pattern is not None and domain in table.platform_domains:
            continue  # an ambiguous key on the platforms names a handle ("x.com/intent?via=")
        if network and value and (pattern is None or pattern.search(value)):
            return network
    return ""


REDIRECT_KEYS: Final = frozenset({"url", "u", "target", "dest", "destination", "to", "redirect",
                                  "redirect_url", "link", "goto", "out"})
"""Query keys under which a click-tracking redirect carries the link it forwards to."""


def _wrapped_network(query: list[tuple[str, str]], table: LinkTable) -> str:
    """The affiliate network of a link forwarded by a click tracker, or ``""``.

    Publishers wrap their shop buttons: ``x.chip.de/linktrack/button/?url=https://www.amazon.de
    /dp/B07…?tag=chiponline-21`` earns through the Amazon tag inside.

    >>> _wrapped_network([("url", "https://www.amazon.de/dp/b0?tag=site-21")], link_table())
    'amazon'
    """
    for key, value in query:
        if key in REDIRECT_KEYS and value.startswith(("http://", "https://")):
            inner = split_url(value)
            if inner is not None:
                return _affiliate_network(*inner, table)
    return ""


def _program_domain(host: str, table: LinkTable) -> bool:
    """``record.spinova-affiliates.com``: a domain named after an affiliate programme.

    >>> table = link_table()
    >>> _program_domain("record.spinova-affiliates.com", table)
    True
    >>> _program_domain("go.smith-law.com", table)
    False
    """
    _, name = registered_domain(host)
    return name.endswith(table.program_suffixes)


def _referral_segment(path: str, segments: dict[str, str],
                      first: dict[str, str] | None = None) -> str:
    """The network of a referral path segment followed by a non-empty one: ``/ref/jane/``;
    segments in ``first`` count only when they open the path (``/r/kyro``, not ``/birds/r/``).

    >>> _referral_segment("/snacks/ref/LostInPlace/", {"ref": "affiliatewp"})
    'affiliatewp'
    >>> segments = {"ref": "affiliatewp"}
    >>> _referral_segment("/dp/B0/ref=sr_1_1", segments), _referral_segment("/ref/", segments)
    ('', '')
    >>> first = {"r": "referral"}
    >>> _referral_segment("/r/kyro", {}, first), _referral_segment("/birds/r/booby/", {}, first)
    ('referral', '')
    """
    if "/" not in path[1:]:
        return ""
    parts = path.split("/")
    if first and parts[1] in first and parts[2]:
        return first[parts[1]]
    for index, part in enumerate(parts[:-1]):
        network = segments.get(part.lower())
        if network and parts[index + 1]:
            return network
    return ""


def _paid_placement(query: list[tuple[str, str]], table: LinkTable) -> bool:
    """``utm_medium=native`` or a campaign named ``advertorial_mei``: bought editorial space.

    >>> from scrapers.detection.links_table import link_table
    >>> _paid_placement([("utm_campaign", "advertorial_mei")], link_table())
    True
    >>> _paid_placement([("utm_campaign", "spring_sale")], link_table())
    False
    """
    for key, value in query:
        values = table.paid_placement_values.get(key)
        if values and (value.lower() in values
                       or not values.isdisjoint(_CAMPAIGN_WORDS.split(value.lower()))):
            return True
    return False


_CAMPAIGN_WORDS: Final = re.compile(r"[_\-.\d]+")


def _is_tracking(query: list[tuple[str, str]], table: LinkTable) -> bool:
    return any(v in table.tracking_values.get(k, ()) for k, v in query)


def _lookup_host(host: str, table: dict[str, str]) -> str:
    """The value for ``host`` or its nearest listed parent domain."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        found = table.get(".".join(labels[i:]))
        if found:
            return found
    return ""


def _host_matches(host: str, listed: str) -> bool:
    return host == listed or host.endswith("." + listed)


def split_url(url: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    """``(host, path, lower-cased query pairs)``, or ``None`` when it is not a web link."""
    url = url.strip()[:MAX_URL_CHARS]
    if not _SCHEME.match(url):
        if url.startswith("//"):
            url = "http:" + url
        elif ":" in url.split("/", 1)[0] and not url.lower().startswith("www."):
            return None
        else:
            url = "http://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    query = [(k.lower(), v.lower()) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return host, parts.path or "/", query


def _trim(url: str) -> str:
    url = url.rstrip(_TRAILING)
    while url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1].rstrip(_TRAILING)
    return url


def _plausible(url: str) -> bool:
    """A bare ``host.tld/…`` run counts only when its suffix is a real public suffix."""
    if _SCHEME.match(url) or url[:4].lower() == "www.":
        return True
    host = url.split("/", 1)[0]
    return bool(registered_domain(host.lower())[0])


def _key(url: str) -> str:
    return url.strip().lower().rstrip("/")


def link_networks(signals: Iterable[Signal]) -> list[str]:
    """The distinct affiliate networks named by ``signals``, in order of first appearance.

    >>> link_networks(find_link_signals(["https://prf.hn/click/x", "https://awin1.com/c?p=1"], ""))
    ['partnerize', 'awin']
    """
    return list(dict.fromkeys(s.detail for s in signals if s.rule == AFFILIATE))
