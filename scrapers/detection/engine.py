"""The detector: read a post, find signals, apply guards, judge under a rulebook.

>>> from scrapers.models import Post
>>> v = Detector("nl").analyze(Post("Mijn nieuwe jurk! Code JANNA15 voor 15% korting"))
>>> v.verdict, v.kinds, [s.rule for s in v.signals]
('undisclosed', ('affiliate',), ['commercial.discount_code', 'commercial.discount'])
>>> analyze(Post("#ad Love my new Nikes", platform="instagram"), "us").verdict
'disclosed'
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import Final, NamedTuple

from scrapers.detection.codes import find_discount_codes
from scrapers.detection.commerce import find_commercial_evidence
from scrapers.detection.confidence import confidence
from scrapers.detection.creator_links import (
    find_creator_links,
    on_the_authors_site,
    site_referral_links,
)
from scrapers.detection.document import (
    Document,
    document_of,
    lower_same_length,
    read_document,
)
from scrapers.detection.explain import explain
from scrapers.detection.gifts import find_gift_statements
from scrapers.detection.guards import apply_guards
from scrapers.detection.hashtags import find_disclosure_hashtags
from scrapers.detection.language import guess_by_model, guess_from_function_words
from scrapers.detection.lexicon import Lexicon, load_lexicon, scan
from scrapers.detection.native import find_native_labels
from scrapers.detection.normalise import SPACED_HINT_TOKENS, can_skip_unicode_pass
from scrapers.detection.paid import find_paid_statements
from scrapers.detection.phrases import find_disclosure_labels, find_disclosure_phrases
from scrapers.detection.pitch import ARTICLE_LENGTH as PITCH_ARTICLE_LENGTH
from scrapers.detection.shop_links import find_shop_links
from scrapers.detection.verdict import decide
from scrapers.models import Post, Signal, Verdict
from scrapers.rules import Rulebook, load_rulebook
from scrapers.version import DETECTOR_VERSION


class Material(NamedTuple):
    """What is analysed: the text, its links, and evidence from outside the text."""

    text: str
    links: tuple[str, ...]
    disclosures: tuple[Signal, ...]
    commercial: tuple[Signal, ...]
    language: str | None
    site_notes: tuple[str, ...] = ()
    """A page's sidebar and footer notices on how the site earns (see ``analyze``)."""


PAGE_PLATFORMS: Final = frozenset({"web", "blog"})
"""Where a text is a site's page, with the site's own promotions around the article."""
MAX_CACHED_LANGUAGES: Final = 64
"""Bound on the per-language organic verdicts a detector keeps."""
LANGID_FOR_ORGANIC: Final = 140
"""Organic posts shorter than this skip the statistical language model (throughput)."""


class Detector:
    """Holds the compiled rulebook and lexicon for one jurisdiction; reuse it for many posts."""

    def __init__(self, jurisdiction: str = "nl") -> None:
        self.rulebook: Rulebook = load_rulebook(jurisdiction)
        self.jurisdiction = self.rulebook.jurisdiction
        self.lexicon: Lexicon = load_lexicon()
        self._organic: dict[str, Verdict] = {}
        """The signal-less organic verdict per language: it depends on nothing else."""

    def analyze(self, post: Post) -> Verdict:
        """Analyse one post; deterministic for the same post, rulebook and detector version."""
        material = gather(post)
        verdict = self._judge(read_document(material.text, self.lexicon), material, post.platform)
        if material.site_notes and verdict.commercial and not verdict.disclosed:
            # An article that sells and says nothing: the site's notice in its sidebar or
            # footer ("How Tariffly makes money") speaks for it, read after the body.
            material = material._replace(
                text="\n".join((material.text, *material.site_notes)), site_notes=())
            verdict = self._judge(read_document(material.text, self.lexicon), material,
                                  post.platform)
        return verdict

    def _judge(self, doc: Document, material: Material, platform: str) -> Verdict:
        """Find, guard and judge the evidence of one read document."""
        hashtags = find_disclosure_hashtags(doc)
        if not (doc.hits or hashtags or doc.obfuscation or material.disclosures
                or material.commercial or material.links
                or _may_hold_candidate(doc.text, doc.lowered)):
            return self._plainly_organic(
                material.language or _language(doc.lowered, self.lexicon, doc.tokens, False))
        groups = doc.groups
        disclosures = [*material.disclosures, *hashtags]
        if "disclosure_phrase" in groups:
            disclosures += find_disclosure_phrases(doc)
        if "disclosure_label" in groups:
            disclosures += find_disclosure_labels(doc)
        if "offer_cue" in groups or "commercial" in groups:
            disclosures += find_gift_statements(doc)
            disclosures += find_paid_statements(doc)
        links = on_the_authors_site(doc, _links(material.links, doc))
        commercial = [*material.commercial, *find_commercial_evidence(doc),
                      *find_discount_codes(doc), *links]
        has_url = _has_url(doc.lowered)
        if links or has_url:
            commercial += _shop_links(doc, links)
        if material.links or has_url:
            commercial += find_creator_links(doc, material.links,
                                             referrals=platform not in PAGE_PLATFORMS)
        if len(disclosures) > 1:  # two finders may read the same words ("were sent to me
            disclosures = list(dict.fromkeys(disclosures))  # for free"): evidence shown once
        if len(commercial) > 1:
            commercial = list(dict.fromkeys(commercial))
        guarded = apply_guards(doc, disclosures, commercial)
        language = material.language or _language(
            doc.lowered, self.lexicon, doc.tokens, needed=bool(guarded.disclosures))
        decision = decide(guarded.disclosures, guarded.commercial, doc.text, platform,
                          self.rulebook, self.lexicon.label_kinds, doc.obfuscation,
                          self.lexicon.label_languages, language)
        strongest = max([s.weight for s in guarded.disclosures], default=0.0)
        signals = [*guarded.disclosures, *guarded.commercial, *guarded.guards, *doc.obfuscation,
                   *decision.placement_signals]
        if len(signals) > 1:
            signals.sort(key=_signal_order)
        return Verdict(
            verdict=decision.verdict,
            commercial=decision.commercial,
            disclosed=decision.disclosed,
            confidence=confidence(decision.commercial, decision.commercial_score, strongest,
                                  bool(guarded.guards)),
            signals=tuple(signals),
            jurisdiction=self.jurisdiction,
            rulebook_version=self.rulebook.version,
            language=language,
            explanation=explain(decision.verdict, guarded.disclosures, guarded.commercial,
                                guarded.guards, decision.problems, language,
                                decision.best_disclosure),
            kinds=decision.kinds,
            problems=decision.problems,
            detector_version=DETECTOR_VERSION,
        )


    def analyze_caption(self, text: str, platform: str = "unknown") -> Verdict:
        """``analyze(Post(text, platform))``, with a short path for a caption with no candidate.

        One pass of cheap tests decides whether anything could give a signal: no link
        ("/", "www."), no "%" or currency sign (a bare code beside a discount), nothing for
        normalisation to undo, no lexicon match on word boundaries, no hashtag ending in a
        partnership word.
        Such a caption is organic whatever else it says, so it gets the shared organic verdict
        for its language without a ``Post``, a ``Document`` or any finder; anything else takes
        the full path.
        """
        lowered = lower_same_length(text)
        lexicon = self.lexicon
        if not (text.isascii() or can_skip_unicode_pass(text)):
            return self._judge(read_document(text, lexicon), _caption_material(text), platform)
        words = lowered.split()  # a list: set operations take it without building a set
        if SPACED_HINT_TOKENS.isdisjoint(words):
            hits = scan(lowered, lexicon)
            if not (hits or _may_hold_candidate(text, lowered)
                    or ("#" in text and lexicon.names_a_suffix(lowered))):
                return self._plainly_organic(_language(lowered, lexicon, words, needed=False))
            doc = document_of(text, lowered, frozenset(words), hits, lexicon)
        else:  # perhaps spaced letters ("#a d"): normalisation decides
            doc = read_document(text, lexicon)
        return self._judge(doc, _caption_material(text), platform)

    def _plainly_organic(self, language: str) -> Verdict:
        """The fast path for the common case: the lexicon found nothing at all.

        The verdict depends only on the language, so one immutable verdict per language
        is built once and shared (most posts of a stream take this path)."""
        verdict = self._organic.get(language)
        if verdict is None:
            verdict = self._organic_verdict(language)
            if len(self._organic) < MAX_CACHED_LANGUAGES:  # "lang" comes from the input
                self._organic[language] = verdict
        return verdict

    def _organic_verdict(self, language: str) -> Verdict:
        return Verdict(
            verdict="organic", commercial=False, disclosed=False,
            confidence=confidence(False, 0.0, 0.0, False), signals=(),
            jurisdiction=self.jurisdiction, rulebook_version=self.rulebook.version,
            language=language, explanation=explain("organic", [], [], [], (), language),
            detector_version=DETECTOR_VERSION,
        )


def analyze(post: Post, jurisdiction: str = "nl") -> Verdict:
    """Analyse one post under one jurisdiction's rulebook."""
    return _detector(jurisdiction).analyze(post)


@lru_cache(maxsize=16)
def _detector(jurisdiction: str) -> Detector:
    """One detector per jurisdiction code; a detector holds only immutable, shared data."""
    return Detector(jurisdiction)


def gather(post: Post) -> Material:
    """The text to read: title and body, or a web page's title and main content."""
    native = tuple(find_native_labels(post.native_labels)) if post.native_labels else ()
    if post.html:
        return _page_material(post, native)
    text = f"{post.title}\n{post.text}" if post.title else post.text
    return Material(text, post.links, native, (), post.language)


def _page_material(post: Post, native: tuple[Signal, ...]) -> Material:
    from scrapers.detection.html import extract_page

    page = extract_page(post.html or "", post.url)
    # Boxes the extractor dropped stand where the reader sees them: before or after the body.
    text = "\n".join(part for part in (page.title, *page.notes_before, page.text,
                                         *page.notes_after) if part)
    labels = tuple(Signal("disclosure", "disclosure.page_label", label, 1.0, None, None,
                          label.strip().lower()) for label in page.labels)
    sponsored = tuple(Signal("commercial", "commercial.sponsored_link", link, 1.0, None, None,
                             "rel=sponsored") for link in page.sponsored_links)
    sponsored += tuple(Signal("commercial", "commercial.paid_markup", f'content type "{kind}"',
                              1.0, None, None, kind) for kind in page.paid_markup)
    sponsored += tuple(site_referral_links(page.links, page.site_name, page.address))
    return Material(text, (*post.links, *page.links), native + labels, sponsored,
                    post.language or page.language or None, page.site_notes)


def _caption_material(text: str) -> Material:
    """``Material(text, (), (), (), None)``: a caption's text and nothing else, built as a
    plain tuple (a named tuple's own ``__new__`` is a Python-level lambda)."""
    return tuple.__new__(Material, (text, (), (), (), None, ()))


def _has_url(lowered: str) -> bool:
    return "/" in lowered or "www." in lowered


def _may_hold_candidate(text: str, lowered: str) -> bool:
    """Evidence the lexicon cannot see: a link ("/", "www."), a "%" or an amount beside which
    a bare code may stand ("-15% avec MANON15", "LEA20 = 20€ de réduc"), or an article long
    enough to close on a sales pitch at a bare domain ("inschrijft via krachthuis-hoogveen.nl",
    see ``pitch``). The currency signs are those of ``codes.CURRENCIES`` spelled out: three
    ``in`` tests cost a seventh of a loop over the tuple, on the path most captions take."""
    return (_has_url(lowered) or "%" in text or "€" in text or "$" in text or "£" in text
            or len(text) >= PITCH_ARTICLE_LENGTH)


def _links(links: tuple[str, ...], doc: Document) -> list[Signal]:
    if not links and not _has_url(doc.lowered):
        return []
    from scrapers.detection.links import find_link_signals

    return find_link_signals(links, doc.text)


def _shop_links(doc: Document, links: list[Signal]) -> list[Signal]:
    """Shortened links with a shopping label, and app referral links (``shop_links``).

    Without a URL in the text there is no app referral link to look for (the app-cue
    pattern is skipped), and only shortened links can carry a shopping label.
    """
    if not _has_url(doc.lowered):  # the caller has checked that there are links
        if any(s.rule == "commercial.shortened_link" for s in links):
            return find_shop_links(doc, links, ())
        return []
    shortened = any(s.rule == "commercial.shortened_link" for s in links)
    cue = doc.lexicon.app_link_cue
    app = cue in doc.lexicon.cue_gate.possible(doc.lowered) and cue.search(doc.text) is not None
    if not (shortened or app):
        return []
    from scrapers.detection.links import extract_urls

    return find_shop_links(doc, links, extract_urls(doc.text) if app else ())


def _language(lowered: str, lexicon: Lexicon, tokens: Collection[str], needed: bool) -> str:
    """Function words first; the statistical model only where the answer matters.

    It matters when there is a disclosure (a label is judged in the post's language)
    or when the text is long enough to be worth a guess; otherwise a short post whose
    function words are silent stays ``und`` (and its sentence is in English).
    """
    cheap = guess_from_function_words(lowered, lexicon, tokens)
    if cheap != "und" or not (needed or len(lowered) >= LANGID_FOR_ORGANIC):
        return cheap
    return guess_by_model(lowered)


def _signal_order(signal: Signal) -> tuple[int, int, str, str, str]:
    return (signal.start is None, signal.start or 0, signal.family, signal.rule, signal.text)
