"""A brand's link that carries the creator's own name: a campaign made for one creator.

"Téléchargez Légendes d'Arkon 👉 https://arkon.game/kevzy … 🐦 X : @kevzyTV", "Shoppez le look
➜ https://www.maisonorlane.fr/collection?ref=casamargaux … @casamargaux": the path or the
``ref`` value names the account that posts it, so the brand counts the clicks and installs
that this creator brings. That is how paid integrations and referral deals are tracked; a
creator's links to their own channels (``twitch.tv/kevzy``) are identities, not campaigns.

>>> from scrapers.detection.document import read_document
>>> text = "Jetzt spielen 👉 https://rfl.game/bruno_zockt\\n▶ Insta: @bruno.zockt"
>>> [(s.rule, s.text) for s in find_creator_links(read_document(text))]
[('commercial.sponsor_link', 'https://rfl.game/bruno_zockt')]
>>> find_creator_links(read_document("Mijn kanaal: https://twitch.tv/bruno_zockt @bruno.zockt"))
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.links import extract_urls, split_url
from scrapers.detection.links_table import link_table, registered_domain
from scrapers.detection.literal_gate import PatternGate
from scrapers.models import Signal

CREATOR_LINK_WEIGHT: Final = 1.0
"""A brand link named after the poster is as telling as an affiliate tag."""
IDENTITY_HOSTS: Final = frozenset({
    "youtube.com", "youtu.be", "instagram.com", "tiktok.com", "twitch.tv", "x.com", "twitter.com",
    "facebook.com", "fb.com", "discord.gg", "discord.com", "linktr.ee", "patreon.com",
    "threads.net", "bsky.app", "pinterest.com", "snapchat.com", "spotify.com", "soundcloud.com",
    "ko-fi.com", "github.com", "reddit.com", "linkedin.com", "tumblr.com", "medium.com",
    "substack.com", "vimeo.com", "kick.com", "unsplash.com", "pexels.com", "pixabay.com",
    "flickr.com", "behance.net", "dribbble.com", "deviantart.com", "cargocollective.com",
    "artstation.com", "bandcamp.com", "mixcloud.com", "wordpress.com", "blogspot.com",
    "about.me", "goodreads.com", "letterboxd.com", "strava.com", "wikipedia.org",
    "tipeee.com", "buymeacoffee.com", "steadyhq.com", "liberapay.com", "utip.io", "paypal.me",
    "streamlabs.com", "streamelements.com", "opencollective.com"})
"""Platforms where a path is an account or a profile (photo credits and portfolios
included), and the audience's tip jars and memberships ("fr.tipeee.com/kraxou", bergamot):
the creator's own places, not a brand's."""
# the mark before its look-behind: re finds it with a C scan (README, Speed)
_HANDLE: Final = re.compile(r"@(?<![\w.]@)([\w.]{3,30})")
_IDENTITY_URL: Final = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(IDENTITY_HOSTS)) + r")/")
"""A link into one of the platforms, with or without its scheme ("Twitch: twitch.tv/riftgaming_",
oregano): cheap to look for before any URL is parsed."""
_NAME_KEYS: Final = (
    "ref", "via", "creator", "influencer", "partner", "aff", "utm_content", "utm_source", "src",
    "source")
"""Query keys whose value may name the creator: a brand's campaign link tagged
``utm_source=<the author's account>`` counts the visits this creator sends ("…/recettes?
utm_source=lepetitfourdelena&utm_medium=blog&utm_campaign=hiver_gratins" on the blog of
@lepetitfourdelena, obsidian), the sign of sponsored posts that AdIntuition (Mathur et al.)
reads from UTM parameters; a game's install link tagged ``src=yt_riftgaming`` under the
channel of twitch.tv/riftgaming_ (oregano) the same."""
MIN_NAME: Final = 4
MAX_TEXT: Final = 5000
"""Captions and video descriptions; a web page's bylines, embeds and portfolio links name
their authors for other reasons."""


def find_creator_links(doc: Document, given: Sequence[str] = (),
                       referrals: bool = True) -> list[Signal]:
    """``commercial.sponsor_link`` for a non-platform link whose path segment or ``ref``-like
    value is the name of an account the text gives as the author's.

    ``given`` are the post's links from outside its text (a scanner's link list): a
    description that writes "slaapwel.nl/familiebakker" without a scheme, or not at all,
    still carries the link; given links have no span unless the text holds them. With
    ``referrals`` a personal ``?ref=`` token counts too (see :func:`_referral_links`); callers
    leave it off for web pages, whose site-wide promotions carry the site's own tokens ("O
    conhecimento liberta. Saiba mais." → ``icl.com.br/?ref=H42356785Q`` under every article).

    >>> from scrapers.detection.document import read_document
    >>> text = "Nieuwe matrassen! Kijk op de site van Slaapwel 💤 Insta: @familiebakker"
    >>> [s.start for s in find_creator_links(read_document(text),
    ...                                      ["https://slaapwel.example/familiebakker"])]
    [None]
    """
    if ("/" not in doc.text and not given) or len(doc.text) > MAX_TEXT:
        return []  # most posts: no URL parsing at all
    referred = referrals and ("ref=" in doc.lowered or any("ref=" in g.lower() for g in given))
    named = _may_name_the_author(doc)
    if not (referred or named):
        return []
    urls = extract_urls(doc.text)  # parsed once for both readings
    spans: list[tuple[str, int | None, int | None]] = [*urls, *((link, None, None)
                                                                for link in given)]
    found = _referral_links(spans) if referred else []
    names = _names_in(doc, urls) if named else set()
    if not names:
        return found
    signals: list[Signal] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for url, start, end in spans:
        parts = _parts(url)
        if parts is None or _no_brand(parts[0]):
            continue
        key = (parts[0], tuple(parts[1]))
        if key not in seen and any(_form(word) in names for word in parts[1]):
            seen.add(key)  # a given link the text also writes is one link
            signals.append(Signal("commercial", "commercial.sponsor_link", url,
                                  CREATOR_LINK_WEIGHT, start, end, "creator's own link"))
    campaign = {s.text for s in signals}  # a token that is the author's name: the campaign link
    return [s for s in found if s.text not in campaign] + signals


REFERRAL_WEIGHT: Final = 1.0
_REFERRAL_TOKEN: Final = re.compile(r"[?&]ref=([a-z0-9_.-]{3,30})(?=[&#\s)\]]|$)", re.IGNORECASE)
_NOT_A_REFERRER: Final = re.compile(
    r"^(?:\d+|twitter|facebook|instagram|tiktok|youtube|yt|ig|fb|linkedin|pinterest|reddit|"
    r"github|google|bing|search|home|homepage|email|e-?mail|mail|newsletter|app|web|website|"
    r"site|share|social|rss|feed|blog|post|article|related|explore|global|epic|hl|hn|"
    r"producthunt|hackernews|organic|direct|referral|affiliate|partner|promo|ads?|campaign|"
    r"links?|bio|linktree|profile|story|stories|description|desc|video|channel|podcast|"
    r"plugin|badge|wplogin|login|signup|dashboard|pricing|docs|help|support|about|contact|"
    r"press|news|landing|lp|test|none|null|undefined|default|"
    r".*(?:footer|header|nav|menu|sidebar|widget|banner|button|cta|sticky|modal|internal|"
    r"interno|share|teaser|related|module|topnav|logo).*)$", re.IGNORECASE)
"""Values that say where a click came from on a site (``?ref=footer_blog``, ``?ref=explore``,
``?ref=epic``, a bare number), not who sent it."""


def _referral_links(spans: list[tuple[str, int | None, int | None]]) -> list[Signal]:
    """``commercial.affiliate_link`` for a caption's link carrying a personal referral token
    (``www.glowmi.co/shop?ref=tanyaB``, fennel): the ``?ref=<id>`` of the shops' referral
    plugins (AffiliateWP's default variable, GoAffPro), credited to whoever shares it.

    Only in captions and descriptions (up to :data:`MAX_TEXT`): web pages tag their own
    navigation with ``?ref=`` (``?ref=link-interno-materia``, ``?ref=footer_blog``).
    ``spans`` are the text's links with their places and the given ones without."""
    signals = []
    seen = set()
    for url, start, end in spans:
        token = _REFERRAL_TOKEN.search(url)
        parts = split_url(url) if token is not None else None
        if token is None or parts is None or _NOT_A_REFERRER.match(token.group(1)):
            continue
        host = parts[0].removeprefix("www.")
        key = (host, parts[1], token.group(1).lower())  # the text's and the given copy: one link
        if _no_brand(host) or key in seen:
            continue
        seen.add(key)
        signals.append(Signal("commercial", "commercial.affiliate_link", url, REFERRAL_WEIGHT,
                              start, end, "referral"))
    return signals


SITE_REFERRAL_KEYS: Final = frozenset({"ref", "via", "partner", "aff", "affiliate", "referrer"})
"""Query keys that credit whoever sent the click (not ``utm_source``, which many sites add to
every link they print)."""


def site_referral_links(links: Sequence[str], site_name: str, address: str) -> list[Signal]:
    """``commercial.affiliate_link`` (``referral``) for a web page's link to another site whose
    referral value is this site's own name: "lumio-kids.de/stroll-3?ref=mamaimquadrat" on
    Mama im Quadrat (beryl), "…/angebote/?ref=kofferpackenmitlotte" on Kofferpacken mit Lotte
    (celestine). The shop counts what the page sends it, a referral deal. The name is the
    page's ``og:site_name`` without spaces or its address's domain label ("rugzakenregen" for
    "Rugzak & Regen", amazonite); links into the site itself are its navigation.

    >>> [s.detail for s in site_referral_links(
    ...     ["https://shop.example/pram?ref=mamaimquadrat", "https://mamaimquadrat.de/?ref=home"],
    ...     "Mama im Quadrat", "https://www.mamaimquadrat.de/post/")]
    ['referral']
    """
    own = split_url(address) if address else None
    own_domain, own_label = registered_domain(own[0]) if own is not None else ("", "")
    names = {name for name in (_form(re.sub(r"\W", "", site_name)), own_label)
             if len(name) >= MIN_NAME}
    signals: list[Signal] = []
    if not names:
        return signals
    for url in links:
        parts = split_url(url) if "=" in url else None
        if parts is None:
            continue
        host = parts[0]  # lower case already (``urlsplit``'s hostname)
        if _no_brand(host.removeprefix("www.")) or (
                own_domain and registered_domain(host)[0] == own_domain):
            continue
        if any(key in SITE_REFERRAL_KEYS and _form(value) in names for key, value in parts[2]):
            signals.append(Signal("commercial", "commercial.affiliate_link", url,
                                  REFERRAL_WEIGHT, None, None, "referral"))
    return signals


def author_names(doc: Document, urls: list[tuple[str, int, int]] | None = None) -> set[str]:
    """The names the text gives as its author's: @handles, profile paths on the platforms and
    the sites it calls its own ("Mein Podcast: https://lenaunterwegs.de/podcast"), in the form
    :func:`_form` compares."""
    if not _may_name_the_author(doc):
        return set()
    return _names_in(doc, extract_urls(doc.text) if urls is None else urls)


def _names_in(doc: Document, urls: list[tuple[str, int, int]]) -> set[str]:
    handles = {_form(m.group(1)) for m in _HANDLE.finditer(doc.text)}
    return _own_names(handles, urls) | _own_sites(doc.lowered, urls)


def _may_name_the_author(doc: Document) -> bool:
    """A handle, a platform profile link or an "own site" phrase: cheap to look for before
    any URL is parsed."""
    if "@" in doc.text:
        return True
    lowered = doc.lowered
    return ("/" in lowered or "www." in lowered) and any(  # both need a URL in the text
        pattern.search(lowered) is not None for pattern in _AUTHOR_GATE.possible(lowered))


def on_the_authors_site(doc: Document, links: list[Signal]) -> list[Signal]:
    """``links`` without the landing pages ("/podcast", "/yt") on a site named like the author
    ("Instagram: instagram.com/lenaunterwegs · Mein Podcast: lenaunterwegs.de/podcast"): a
    creator's own pages, not a brand's page made for one creator's audience."""
    if not links:
        return links
    landing = [s for s in links if s.detail == "creator landing page"]
    if not landing:
        return links
    names = author_names(doc)
    own = [s for s in landing if (parts := split_url(s.text)) is not None
           and _form(registered_domain(parts[0])[1]) in names]
    return [s for s in links if s not in own] if own else links


def _own_names(handles: set[str], urls: list[tuple[str, int, int]]) -> set[str]:
    """The author's account names: @handles, and paths on the platforms' own hosts."""
    names = set(handles)
    for url, _start, _end in urls:
        if _IDENTITY_URL.search(url.lower()) is None:
            continue
        parts = _parts(url)
        if parts is not None and _identity(parts[0]):
            names.update(_form(word) for word in parts[1][:1])
    return {name for name in names if len(name) >= MIN_NAME}


_OWN_SITE: Final = re.compile(
    r"(?<!\w)(?:mon|ma|mes|my|mijn|mein|meine|meinen|notre|our|onze|unser|"
    r"unsere)\s+(?:[\w'’-]+\s*)?[^\w\s]{0,3}\s*(?:https?://|www\.)")
"""A link the text calls the author's own: "Mon matos 👉 https://tomtech.fr/setup"."""


_AUTHOR_GATE: Final = PatternGate([_IDENTITY_URL, _OWN_SITE])
"""Both are tried at every position of a text: one pass for their literals (a platform's
host, "my …" and a scheme) rules them out for most texts with a link."""


def _own_sites(lowered: str, urls: list[tuple[str, int, int]]) -> set[str]:
    """The domain names of links the text calls the author's ("my site: …", "Mon matos 👉 …"):
    a brand link whose path is that name ("kelvovpn.com/tomtech") was made for this creator."""
    names = set()
    for match in _OWN_SITE.finditer(lowered):
        for url, start, _end in urls:
            if match.start() < start < match.end():  # the match ends inside the link's scheme
                parts = split_url(url)
                if parts is not None and not _identity(parts[0].removeprefix("www.")):
                    names.add(_form(registered_domain(parts[0])[1]))
    return {name for name in names if len(name) >= MIN_NAME}


def _identity(host: str) -> bool:
    return any(host == h or host.endswith("." + h) for h in IDENTITY_HOSTS)


def _no_brand(host: str) -> bool:
    """A platform's host (the path is an account) or a shortener's (the path is a code): no
    brand's campaign page, whatever its path or query names."""
    return _identity(host) or host in link_table().shorteners


_CHANNEL_SEGMENTS: Final = frozenset({
    "yt", "youtube", "twitch", "tiktok", "tt", "ig", "insta", "instagram", "creator",
    "creators", "influencer", "influencers", "streamer", "streamers"})
"""A first path segment that files the second under a channel ("/yt/<name>"): the second is
then the name, as a lone segment is."""


def _parts(url: str) -> tuple[str, list[str]] | None:
    """``(host without www., [the only path segment, or the one after a channel segment, and
    name-like query values])`` of a link."""
    split = split_url(url)
    if split is None:
        return None
    host, path, query = split
    segments = [s for s in path.split("/") if s]
    words = segments[:1] if len(segments) == 1 else []
    if len(segments) == 2 and segments[0].lower() in _CHANNEL_SEGMENTS:
        words = segments[1:]  # "ostra.game/yt/krakzor": a landing page per channel (rue)
    words += [v for k, v in query if k in _NAME_KEYS and v]
    return host.removeprefix("www."), words


def _form(name: str) -> str:
    """A name compared across platforms: lower case, without ``@ . _ -``, a trailing
    ``tv``/``off``/``_de`` decoration and a leading platform tag ("kevzyTV", "kevzy_off",
    "maxplays_de", "yt_kevzy" → "kevzy", "kevzy", "maxplays", "kevzy"), and without the
    "the … project" a channel's handle wraps around its name ("theloftlifeproject" →
    "loftlife", as its vanity path "brightnest.io/loftlife" spells it; thyme)."""
    name = name.lower().lstrip("@")
    name = re.sub(r"[._-](?:off|official|tv|yt|de|nl|fr|be|uk)$|tv$", "", name)
    name = re.sub(r"^(?:yt|ig|tt|twitch)[._-]", "", name)
    name = re.sub(r"[._-]", "", name)
    return _WRAPPED.sub("", name)


_WRAPPED: Final = re.compile(r"^the(?=\w{7})|(?<=\w{7})(?:project|channel|vlogs?|family)$")
"""What wraps a channel's name in its handle, stripped only around a name of seven or more."""
