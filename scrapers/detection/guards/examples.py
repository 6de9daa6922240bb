"""Labels used, not worn: examples, definitions, questions, promises and quotations.

A text that names a label without putting it on itself ('labels such as "#ad"', "#ad means
they got paid", "Moet ik dan #reclame erbij zetten?", "If it's ever an ad you'll see #ad")
or quotes someone else's code or advert is not disclosing anything; these tests tell
:func:`~scrapers.detection.guards.apply_guards` which evidence to set aside as
``guard.example``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.guards.text import (
    ARTICLE_LENGTH,
    OPENING_LABEL,
    QUOTES,
    between_quotes,
    quotation_around,
    quoted_block_opens,
    sentence_bounds,
    speaks_of_itself,
)
from scrapers.detection.lexicon import EXAMPLE_QUOTES
from scrapers.models import Signal

EXAMPLE_WINDOW: Final = 40
_LISTED_AFTER: Final = re.compile(r"\s*[,;/]\s*#\w")
_LISTED_BEFORE: Final = re.compile(r"#\w+\s*[,;/]\s*$")
"""Labels listed with commas or offered with slashes ("#ad / #adv / #advertentie: de maker is
betaald", lovage) are named, not worn."""
_SECOND_PERSON: Final = re.compile(
    r"(?<!\w)(?:you(?:'ve| have)? been|you're|you are|u r|du bist|jij bent|"
    r"je bent|tu es|vous êtes)\s+$")
_VERSUS_AFTER: Final = re.compile(r"[\"”’»]?\s+(?:vs\.?|versus|au lieu de|instead of|in plaats van|"
                                  r"statt|anstatt)\s")
_VERSUS_BEFORE: Final = re.compile(r"(?<!\w)(?:vs\.?|versus)\s+[\"“‘«]?$")
"""Labels compared or swapped ("Anzeige vs. Werbung", "#ad au lieu de « publicité »")."""
_COMPARE_WORDS: Final = ("vs", "versus", "stead of", "lieu de", "plaats van", "statt")
"""Cheap gate before the two patterns above (most posts compare nothing)."""
_ABOUT_BEFORE: Final = re.compile(r"(?<!\w)(?:teil \d+ (?:über|zu|zum|zur)|part \d+ (?:about|on)|"
                                  r"deel \d+ over|partie \d+ sur|about|à propos des?)\s+"
                                  r"(?:die |the |les |des )?$")
"""A statement as the subject of a talk ("Teil 2 über Affiliate-Links kommt morgen")."""
_ALTERNATIVE_AFTER: Final = re.compile(r"[\"”’»]?\s+(?:of|or|oder|ou|vs\.?|versus)\s+[\"“‘«]?#\w")
_ALTERNATIVE_BEFORE: Final = re.compile(
    r"#\w+[\"”’»]?\s+(?:of|or|oder|ou|vs\.?|versus)\s+[\"“‘«]?$")
"""'"#ad" of "#spon"': a choice between labels. The space before "of"/"ou" matters: without it
"#voorjou #ad" and "#foryou #werbung" read as "#voorj" + "ou" ("or") + "#ad"."""
"""'#ad or #spon': labels listed as alternatives are being discussed, not used."""
_MEMBER_CREDIT: Final = re.compile(
    r"\s+(?:[^\W\d_][\w'’-]*\.?(?:\s+[^\W\d_][\w'’-]*\.?){0,2}|\[[^\]\n]{2,40}\]\([^)\s]*\))"
    r"\s*[·|,–—-]\s*"
    r"(?:(?:recette |recipe |rezept )?publi[ée]e?s?|mise? à jour|le \d|préparation|cuisson|"
    r"temps|prep|cook|zubereitung|kochzeit|bereiding|bereidingstijd)"
    # "★★★★★ 4,7/5 · Proposée par Nadia B." closing its line (epidote): first name and initial
    r"|(?-i:\s+[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s+[A-ZÀ-Þ]\.)[ \t]*(?:\n|$)",
    re.IGNORECASE)
"""The member who sent in a recipe, credited as "Proposée par Odile Ferrand · publiée le …",
"Proposée par [Odile P.](/membres/odile-p/) · Préparation 20 min" (obsidian) or by first name
and initial alone at the end of the rating line."""
ARTICLE_OPENING: Final = 300
_FIRST_PERSON: Final = re.compile(
    r"(?<!\w)(?:i|i'm|i've|i'd|me|my|we|us|our|ik|mij|mijn|wij|ons|onze|ich|mir|mich|mein|meine|"
    r"meinen|wir|uns|unser|unsere|je|j'ai|j’ai|moi|mon|ma|mes|nous|notre|nos|nôtres?|miens?|"
    r"miennes?|ours|mine|de onze|van ons|unsrige)(?!\w)"
    r"|(?<!\w)m['’](?=[aeéèêiouyh])"  # "qui m'a offert deux nuits" (peridot)
)


def own_code(doc: Document, signal: Signal) -> bool:
    """Whether a discount code is the text's own offer: not quoted, and in a text naming
    regulators only after "use"/"my"/"met"… ("the ASA noted the discount code GLOW20" is not)."""
    if quoted_code(doc, signal):
        return False
    if not doc.hits_in("about_advertising_strong"):
        return True
    start = signal.start or 0
    return _OWN_CODE.search(doc.lowered, max(0, start - 20), start) is not None


_OWN_CODE: Final = re.compile(
    r"(?<!\w)(?:use|using|my|mijn|mein|meinem|meinen|mon|ma|gebruik|nutze|nutzt|"
    r"utilise|utilisez|avec|met|with|mit)\W+(?:\w+\W+)?$")
"""In a text naming regulators, a code is the text's own only after "use"/"my"/"met"…"""


def quoted_code(doc: Document, signal: Signal) -> bool:
    """Whether a discount code is quoted ("kortingscode 'LOTTE20'", « BELLE30 »): an example
    in a text about advertising, not the text's own offer.

    >>> from scrapers.detection.document import read_document
    >>> text = "Ook de kortingscode 'LOTTE20' werd genoemd."
    >>> at = text.index("kortingscode")
    >>> quoted_code(read_document(text), Signal("commercial", "commercial.discount_code",
    ...     "kortingscode 'LOTTE20", 1.0, at, at + 21, "LOTTE20"))
    True
    """
    if signal.rule != "commercial.discount_code" or signal.start is None or signal.end is None:
        return False
    token_start = signal.end - len(signal.detail)
    before = doc.text[max(0, token_start - 2):token_start].strip()
    return (before[-1:] in QUOTES) or quotation_around(doc.text, signal.start,
                                                       signal.end) is not None


def addressed_to_reader(doc: Document, signal: Signal) -> bool:
    """Whether the evidence is said of "you" ("you are partnering with diarrhea", "you're
    sponsored by six protein powders"): a reply to someone else's ad, not this text's own."""
    start = signal.start or 0
    return signal.start is not None and _SECOND_PERSON.search(
        doc.lowered, max(0, start - 25), start) is not None


_PRESS_OFFICE_BEFORE: Final = re.compile(r"(?<!\w)(?:le|du|au|auprès du)\s+$")
_PRESS_OFFICE_SPEAKS: Final = re.compile(
    r"\s+(?:de|d['’])\s*[^\s,.;:!?]+(?:\s+[^\s,.;:!?]+){0,2}?\s+(?:a\s+|ont\s+|n['’]a\s+pas\s+)?"
    r"(?:confirm|indiqu|précis|expliqu|affirm|répond|assur|reconn|dément|déclar|annonc|"
    r"soulign|prévien)\w*")


def _press_office_speaks(doc: Document, start: int, end: int) -> bool:
    """A brand's press office quoted as a source ("Contacté par nos soins, le service presse de
    Pixelio confirme …"): the phrase names who answered a journalist, not a press sample."""
    return (_PRESS_OFFICE_BEFORE.search(doc.lowered, max(0, start - 10), start) is not None
            and _PRESS_OFFICE_SPEAKS.match(doc.lowered, end) is not None)


def is_example(doc: Document, signal: Signal) -> bool:
    start, end = signal.start or 0, signal.end or 0
    if signal.start is None:
        return False
    if signal.text.startswith("#") and _DETERMINER_BEFORE.search(doc.lowered,
                                                                  max(0, start - 11), start):
        return True  # "hide the #ad at the very end", "alle #adv staan in de eerste regel":
        # a label used as a noun
    if example_word_before(doc, start) or (doc.text[start - 1:start] == "["
                                           and example_word_before(doc, start - 1)):
        return True  # '"start with [AD]"' brackets the label it names
    if signal.text.lower().startswith("propos") and (
            _MEMBER_CREDIT.match(doc.text, end)
            or doc.lowered[max(0, start - 8):start].rstrip().endswith(("recette", "recettes"))):
        return True  # "Proposée par Odile Ferrand · publiée le 8 octobre", "Recette proposée par
        # Mamie Odette" (lapis): a recipe's author
    if signal.text.startswith("#") and doc.text[end:end + 1] == "-" \
            and doc.text[end + 1:end + 2].isalpha():
        return True  # "#ad-moe", "#ad-free": a word built on the label, not the label
    if signal.rule == "disclosure.label" and start > 1 and doc.text[start - 1] == "-" \
            and doc.text[start - 2].isalpha():
        return True  # "ACHTUNG, FAKE-WERBUNG": a kind of advertising named, not a label
    if signal.detail == "affiliate links" and _AFFILIATE_TRADE.match(doc.lowered, end) \
            and not _OWNER_BEFORE.search(doc.lowered, max(0, start - 12), start):
        return True  # "warum Affiliate-Einnahmen oft unterschätzt werden": the trade as a topic
    if signal.text.startswith("#") and (_LISTED_AFTER.match(doc.text, end)
                                        or _LISTED_BEFORE.search(doc.text, max(0, start - 40),
                                                                 start)):
        return True  # "#sponsored, #spon, #partner", "#ad / #adv": labels listed are named
    if addressed_to_reader(doc, signal):
        return True  # "you have been sponsored by six protein powders"
    if signal.rule == "disclosure.statement" and _TOLD_TO_SAY.search(doc.lowered,
                                                                     max(0, start - 30), start):
        return True  # "say you earn commission": what creators are told to write
    if not signal.text.startswith("#") and _THIRD_PERSON.search(doc.lowered, max(0, start - 30),
                                                                start):
        return True  # "die ist doch Markenbotschafterin von denen": someone else's tie
    if doc.lowered.startswith("service presse", start) and _press_office_speaks(doc, start, end):
        return True  # "le service presse de Pixelio confirme …" (xenotime): a news source
    if signal.rule == "disclosure.statement" and _THIRD_PARTY_EARNS.match(doc.lowered, end):
        return True  # "een affiliate link waar ze 10% op verdient?": someone else's link
    if signal.rule in ("disclosure.statement", "disclosure.phrase") and _OTHERS.search(
            doc.lowered, sentence_bounds(doc.text, start, end)[0], start):
        return True  # "Veel sites krijgen een commissie via affiliate links", "Why is every
        # YouTuber sponsored by the same 5 companies?": other people's
    if signal.text.startswith("#") and (
            _PLACED_BEFORE.search(doc.lowered, max(0, start - 45), start)
            or _PLACED_AFTER.match(doc.lowered, end)):
        return True  # "en dan onderaan gewoon #ad en een kortingscode", "un #partenariat en
        # fin de légende": where someone put it
    if _LEGEND_AFTER.match(doc.text, end):
        return True  # "#ad = paid, #gifted = free stuff", "(gekregen) = cadeau": a bio's legend
    key = doc.text[max(0, start - 4):start].rstrip().rstrip("*").rstrip()
    if key.endswith("=") and not _own_legend(doc.text, start):
        # "betaalde samenwerkingen = #adv · gekregen = #gekregen" (or "= *gekregen", ugni):
        # a bio's key; but
        # "* = affiliate link" under links marked * is this text's own legend
        return True
    if quotation_around(doc.text, start, end) is not None:
        return True
    lowered = doc.lowered
    before = max(0, start - 30)
    if (any(word in lowered for word in _COMPARE_WORDS)
            and (_VERSUS_AFTER.match(lowered, end)
                 or _VERSUS_BEFORE.search(lowered, max(0, start - 12), start))) \
            or (signal.rule == "disclosure.statement"
                and _ABOUT_BEFORE.search(lowered, max(0, start - 16), start)):
        return True  # "Anzeige vs. Werbung vs. PR-Sample – was heißt das?": labels compared
    if lowered.find("#", end) >= 0 and _ALTERNATIVE_AFTER.match(lowered, end):
        return True  # both alternative patterns need a "#" on their side
    if lowered.find("#", before, start) >= 0 and _ALTERNATIVE_BEFORE.search(
            lowered, before, start):
        return True
    if between_quotes(doc.text, start, end):
        return True
    if label_choice(doc, start, end):
        return True
    if "about_advertising" in doc.groups and (
            (_ITEM_AFTER_COMMA.search(doc.lowered, max(0, start - 6), start)
             and (doc.text[end:end + 1] in ",…" or _LAST_OF_LIST.match(doc.lowered, end)))
            or (_LAST_ITEM_BEFORE.search(doc.lowered, max(0, start - LIST_ITEM_REACH), start)
                and _LIST_ENDS.match(doc.lowered, end))):
        return True  # "Sponsordeals, affiliate links, PR-pakketjes, merch…", "display
        # advertising, sponsored newsletter slots and branded content.": kinds of ads listed
    if "talk_cue" in doc.groups and _TALKED_OF.search(lowered, max(0, start - TALK_REACH), start):
        return True  # "on a parlé de publicité, de liens d'affiliation": a topic of talk
    if start <= OPENING_LABEL and _TOPIC_LIST.match(lowered, end):
        return True  # "Werbung, Affiliate-Links & Kooperationen": a policy page's title
    if _LABEL_AS_NOUN.match(lowered, end) and _ENDS_ON_LINK_WORD.search(signal.text) is None:
        return True  # "Are #ad labels enough?", "#Werbung oder nicht?", "the branded content
        # box", "een betaald partnerschap-label": the label discussed, not worn
    if (signal.text.startswith("#") or signal.rule in ("disclosure.statement", "disclosure.label",
                                                       "disclosure.phrase"))\
            and _trade_topic(doc) and not speaks_of_itself(doc, signal, same_sentence=True):
        return True  # "#copywriting #marketing #publicité", "- affiliate links: $1,900 total
        # … #creatortips #influencerincome": advertising as the post's topic
    if start > 0 and quoted_block_opens(doc.text, start):
        return True  # 'copying the text: "Sponsored · HeritageHealth Labs⏎Doctors HATE…"'
    for hit in doc.hits_in("example"):
        if start - EXAMPLE_WINDOW <= hit.end <= start and not re.search(
                r"[.!?\n]", doc.text[hit.end:start]):
            return True
    return False


_THIRD_PARTY_EARNS: Final = re.compile(
    r"\s+(?:waar|waarop|waarmee|where|through which|on which|über die|über den|mit denen|"
    r"womit|wo|dont|sur lesquels?|sur lequel|grâce auxquels?|où)\s+"
    r"(?:ze|zij|hij|she|he|they|sie|er|elle|il|ils|elles)(?!\w)")
"""A relative clause after the statement naming someone else as the one it pays ("Zit er
achter die 'linkje in bio' een affiliate link waar ze 10% op verdient?", quassia)."""
_LEGEND_MARK: Final = re.compile(r"(?<![^\s(])([*°†‡✱])(?![^\s)])")
"""A mark standing alone before a legend's "=": "* = affiliate link", "(met een ° gemarkeerd =
gratis toegestuurd door het merk)"."""
LEGEND_LEAD: Final = 40
"""How far before a legend's "=" its mark is looked for ("(met een ° gemarkeerd =")."""


def _own_legend(text: str, start: int) -> bool:
    """Whether the "=" before ``start`` explains a mark that stands on items elsewhere in the
    text ("Serum – Huidlab°" under "met een ° gemarkeerd = gratis toegestuurd", quassia): the
    text's own legend, not a bio's key naming labels."""
    line_start = text.rfind("\n", 0, start) + 1
    mark = _LEGEND_MARK.search(text, max(line_start, start - LEGEND_LEAD), start)
    return mark is not None and text.count(mark.group(1)) > 1


_OR_NEXT: Final = re.compile(r"[\"”’»]?,?\s+(?:of|or|oder|ou)\s+[\"“‘«]?")
LABEL_GROUPS: Final = frozenset({"disclosure_label", "disclosure_phrase", "hashtag"})


def label_choice(doc: Document, start: int, end: int) -> bool:
    """Whether the label is one of a choice of labels in a question ("Gifted, #ad or
    affiliate?", "Werbung oder Anzeige?"): labels offered to choose from are named, not worn.

    >>> from scrapers.detection.document import read_document
    >>> label_choice(read_document("Gifted, #ad or affiliate? A guide for creators"), 8, 11)
    True
    >>> label_choice(read_document("#ad or not, I love this serum"), 0, 3)
    False
    """
    choice = _OR_NEXT.match(doc.lowered, end)
    if choice is None or not any(h.start == choice.end() and h.entry.group in LABEL_GROUPS
                                 for h in doc.hits):
        return False
    sentence_end = sentence_bounds(doc.text, start, end)[1]
    return "?" in doc.text[max(start, sentence_end - 1):sentence_end + 1]


_CHAPTER: Final = re.compile(r"[ \t]*\(?\d{1,2}:\d{2}(?::\d{2})?\)?")


def chapter_topic(doc: Document, signal: Signal) -> bool:
    r"""Whether a statement stands in a video's chapter title ("06:15 Affiliate-Links und
    Rabattcodes", "6:45 Affiliate"): the topic of a section, not a word about the video's own
    links. Callers ask only for texts without links or codes of their own.

    >>> from scrapers.detection.document import read_document
    >>> text = "Intro\n06:15 Affiliate-Links und Rabattcodes\n09:30 Quiz"
    >>> at = text.index("Affiliate")
    >>> chapter_topic(read_document(text), Signal("disclosure", "disclosure.statement",
    ...     "Affiliate-Links", 0.9, at, at + 15, "affiliate-links"))
    True
    """
    if signal.rule not in ("disclosure.statement", "disclosure.phrase") or signal.start is None:
        return False
    return _CHAPTER.match(doc.text, doc.text.rfind("\n", 0, signal.start) + 1) is not None


TALK_REACH: Final = 60
_TALKED_OF: Final = re.compile(
    r"(?<!\w)(?:parler|parlé|parlions|talk(?:ed|ing)? about|praten over|gepraat over|"
    r"sprechen über|gesprochen über|reden über|discuss(?:ed|ing)?)(?!\w)[^.!?\n]{0,40}$")
"""Words talked about ("we talked about ads, affiliate links and …") are topics, not labels."""
_TOPIC_LIST: Final = re.compile(
    r"\s*[,&]\s*(?:#\w+|affiliate|kooperation|partner|sponsor|samenwerking|collaborat|partenariat|"
    r"liens? affili|werb|anzeige|gifted|cadeaus?|geschenk|reclame|advertising|ads\b|pub\b|"
    r"produit offert|collab)"
    r"(?![\w-]*\s+(?:mit|with|met|avec|van|von|de)\s)"
    r"|\s*[:–—-]\s*(?:zo werken wij|zo werken we|hoe wij werken|how we work|so arbeiten wir|"
    r"wie wir arbeiten|comment nous travaillons|notre charte|our policy|ons beleid|"
    r"unsere richtlinien)")
"""A label followed by more topics of the same trade opens a list, as a title does; "Werbung,
Kooperation mit @x" names a partner and stays a label."""
_OTHERS: Final = re.compile(
    r"(?<!\w)(?:veel|sommige|de meeste|andere|many|some|most|other|viele|manche|die meisten|"
    r"andere|beaucoup de|certains|certaines|la plupart des|d'autres|die|deze|those|these|"
    r"diese|jene|ces|every|each|all|jeder|jede|alle|elke|iedere|chaque|tous les)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
    r"(?:sites|websites|vergelijkingssites|creators|makers|influencers|bloggers|youtubers|"
    r"youtuber|creator|influencer|blogger|tiktoker|tiktokker|streamer|"
    r"accounts|seiten|webseiten|blogger|vergleichsportale|créateurs|créatrices|influenceurs|"
    r"influenceuses|blogueurs|comparateurs)(?!\w)")
"""Other people as the subject of a sentence ("Veel sites krijgen een commissie …"): it
reports their practice, not this text's."""
_PLACED_BEFORE: Final = re.compile(
    r"(?<!\w)(?:onderaan|bovenaan|helemaal onderaan|at the (?:very )?(?:bottom|end)|ganz unten|"
    r"am ende|en bas|tout en bas|à la fin)[\s,]+(?:[\w'’-]+[\s,]+){0,3}$|"
    r"(?<!\w)(?:er|da|there) (?:stond|staat|stand|steht|was|is) (?:gewoon |just |einfach |toch |"
    r"doch )?$|"
    # nobody put it there: "Bizarrement aucune n'a mis #publicité" (sumac)
    r"(?<!\w)(?:aucune?|personne|nobody|no one|none of them|niemand|keiner|keine)\s+"
    r"(?:(?:n['’](?:a|ont)|ne (?:met|mettent)|has|have|had|heeft|hebben|hat|haben)\s+)?"
    r"(?:mis|mettre|met|mettent|écrit|put|puts|used|uses|wrote|writes|added|zet|zette|gezet|"
    r"schreef|geschreven|setzt|gesetzt|schreibt|schrieb|geschrieben)"
    r"(?:\s+(?:de|d['’]|an?|een|ein|eine|le|la|the|gewoon|even|just|einfach|un))?\s*$")
"""A label placed somewhere by someone else ("en dan onderaan gewoon #ad", "Er stond gewoon
#adv onder")."""
_PLACED_AFTER: Final = re.compile(
    r"\s+(?:en fin de (?:légende|post|publication|description)|en bas (?:de la légende|du post)|"
    r"at the (?:very )?(?:end|bottom|start|beginning|top) of (?:the|a|your|their) "
    r"(?:caption|post|description)|"
    r"(?:onderaan|aan het eind van|helemaal onderaan) (?:de|je|een|hun) (?:caption|post|"
    r"beschrijving|tekst)|am ende (?:der|des|deiner|ihrer) (?:caption|beitrags|beschreibung)|"
    r"in (?:the |de |den |der |la |les |het )?(?:hashtags?|caption|bijschrift|beschrijving|"
    r"beschreibung|légende))"
    r"(?!\w)")
"""The same, said after the label ("quand c'est un #partenariat en fin de légende", "#ad at
the START of your caption")."""
_AFFILIATE_TRADE: Final = re.compile(
    r"[- ](?:marketing|marketeers?|marketers?|einnahmen|einkünfte|umsätze|branche|industry|"
    r"revenue|income|earnings|netzwerke?|networks?|business|geschäft|modell?e?|model|"
    r"provisionen|commissions|commissies|money|cash|geld|kohle|argent|only)(?!\w)")
""""Affiliate" naming the trade (affiliate marketing, income, networks, "what affiliate money
is", "affiliate-only deals"), not a link of this text; "Affiliate-Links", "Affiliate-Programm
von Amazon" stay disclosures."""
_OWNER_BEFORE: Final = re.compile(
    r"(?<!\w)(?:my|our|mijn|onze|mein|meine|meinen|unser|unsere|mon|mes|"
    r"nos|ma)\s+$")
_TOLD_TO_SAY: Final = re.compile(
    r"(?<!\w)(?:say|write|tell (?:them|people|your (?:followers|audience|viewers))|zeg|"
    r"vertel|sag|sagt|schreib|schreibt|dis|dites|écris|écrivez)\s*,?\s*(?:(?:that|dat|dass|que)\s+)?"
    r"(?:you|je|jij|du|ihr|tu|vous)\s+$")
"""An instruction to creators ("if it's an affiliate link, say you earn commission", "sag,
dass du Provision bekommst"): the statement is what the reader is told to write, not this
text's own disclosure."""
_THIRD_PERSON: Final = re.compile(
    r"(?<!\w)(?:sie|er|die|der|she|he|zij|hij|ze)\s+(?:ist|is|war|was|sind|zijn|waren|were)\s+"
    r"(?:(?:doch|ja|wohl|halt|echt|al|toch|gewoon|literally|clearly|obviously|also|ook|auch)\s+)?"
    r"(?:(?:a|an|een|eine|ein)\s+)?$")
"""A tie said of someone else ("sie ist Markenbotschafterin", "she's a brand ambassador"): the
post talks about that person. Not "il"/"it", which may be the post itself."""
_DETERMINER_BEFORE: Final = re.compile(
    r"(?<!\w)(?:the|het|das|le|all|alle|every|elke|iedere|jede|"
    r"jeder|jedes|chaque|tous les|toutes les|devient|becomes|"
    r"wird zu|wordt)[ \t]+"
    r"(?:(?:ewige|eeuwige|endless|constant|éternel|ständige)[ \t]+)?$")
"""A determiner or a quantifier before a label makes it a noun: "all #ad posts are marked"; on
the line before, it ends another sentence ("zelfs ik kan het⏎#reclame"). So does "becomes":
"quand tout devient #pub" (lavender)."""
_ARTICLE: Final = r"(?:les|des|the|de|het|die|der|den|le|la|un|une|een)"
"""An article before a list item ("…, les liens affiliés", "… and the branded content")."""
_ITEM_AFTER_COMMA: Final = re.compile(r", (?:" + _ARTICLE + r" )?$|, l['’]$")
"""An item of a list: after a comma, perhaps with its article ("comment fonctionnent les
placements de produits, les tarifs au CPM, les liens affiliés et pourquoi …", sumac)."""
_LAST_OF_LIST: Final = re.compile(r" (?:and|und|en|et|&) [^\W\d_]")
_LAST_ITEM_BEFORE: Final = re.compile(
    r",\s[^,.;:!?\n]{2,40}\s(?:and|und|en|et|&)\s"
    r"(?:" + _ARTICLE + r"\s)?$")
"""The last item of a list: after "…, sponsored newsletter slots and " (thyme)."""
LIST_ITEM_REACH: Final = 60
_LIST_ENDS: Final = re.compile(r"\s*(?:[.;:!?\n]|$)")
"""The item before the last of a list ("Fragen zu PR-Samples, Affiliate-Links und
Rabattcodes", marjoram)."""
_LEGEND_AFTER: Final = re.compile(r"[)\]]?\.? ?= ?[\"“„'‘«*#(\[]?[^\W\d_]")
_LABEL_AS_NOUN: Final = re.compile(
    r"[\"”’»]?(?:\s+|-)(?:labels?|badges?|tags?|hashtags?|disclosures?|kennzeichnung(?:en)?|vermelding(?:en)?|"
    r"mentions?|box|checkbox|toggle|setting|vinkje|kästchen|häkchen|"
    r"or not|of niet|oder nicht|ou pas|ou non|or something|of zoiets|oder so|ou un truc|"
    r"erbij (?:te )?(?:zetten|zet|plaatsen|schrijven)|bij(?=\s*[.!?\n]|$)|"
    # "Zet er op z'n minst #ad bij." (hyssop): what to put, named
    r"dazu(?:schreiben|setzen| schreiben| "
    r"setzen)|"
    # the infinitive of using it: "wanneer moet je als influencer #ad gebruiken?" (dill),
    # "#Werbung setzen", "mettre #pub" is named before it
    r"(?:gebruiken|zetten|plaatsen|vermelden|verwenden|setzen|schreiben|utiliser)(?!\w)|"
    r"(?:helemaal |ganz |tout |all the way |right )?(?:onderaan|bovenaan)|"
    r"at the (?:very )?(?:bottom|top|end)|ganz unten|en bas|"
    # "#ad between the hashtags", not the parties of "a paid partnership between Drowsewell and
    # Loom & Lantern" (dioptase)
    r"(?:tussen|between)(?!\s+(?:[\w&'’.-]+\s+){1,4}(?:and|en|&)\s)|"
    r"in (?:de|een) hoek(?:je)?|in the corner|in (?:der|einer) ecke|dans (?:le|un) coin|"
    r"où ça|waar dan|wo denn|\((?:non|not|no|nee|nein|niet|pas)\)|"
    r"zwischen(?!\s+(?:[\w&'’.-]+\s+){1,4}(?:und|&)\s)|"
    r"parmi|among|buried|hidden|verstopt|verborgen|versteckt|caché|"
    r"(?:[\w'’-]+\s+){1,3}(?:caché|cachés|hidden|buried|verstopt|versteckt|verborgen)|"
    r"(?:is|ist|est)\s+(?:[\w-]+\s+){0,5}?(?:zu unklar|too vague|te vaag|trop vague|"
    r"not enough|nicht genug|niet genoeg|pas assez)|"
    # "#ad en anglais sur un compte FR : pas suffisant", "#ad is not hard people" (fennel)
    r"(?:en|in|auf|op) (?:anglais|english|englisch|het engels|français|french|französisch|"
    r"het frans|allemand|german|deutsch|het duits|néerlandais|dutch|niederländisch|"
    r"het nederlands)|"
    r"(?:is|ist|est)\s+(?:not|niet|nicht|pas)\s+(?:so |that |zo |si )?(?:hard|difficult|"
    r"complicated|moeilijk|ingewikkeld|schwer|schwierig|kompliziert|difficile|compliqué)|"
    r"(?:is|ist|est|isn't|is niet|ist nicht|n'est pas)\s+(?:(?:really|wirklich|echt|vraiment|"
    r"totally|just)\s+)?(?:fine|ok|okay|enough|genug|genoeg|assez|harmless|harmlos|onschuldig)|"
    r"te (?:zetten|plaatsen|gebruiken|vermelden)|zu (?:setzen|verwenden|schreiben)|"
    r"zetten|plaatsen|vermelden|setzen|mettre|ajouter|"
    r"à (?:mettre|ajouter|utiliser))"
    r"(?!\w)")
"""A label used as a noun ("#ad labels", "the branded content box", "the #werbung
Kennzeichnung", "een betaald partnerschap-label"), put in question ("#Werbung oder
nicht?") or as what to put ("vergeten #adv te zetten", "#Werbung zu setzen", "moeten zij
verplicht #adv zetten"): talked about, not worn."""
_ENDS_ON_LINK_WORD: Final = re.compile(
    r"(?<!\w)(?:met|with|mit|von|avec|par|door|by|de|van)$", re.I)
"""In "in samenwerking met label Zus&Zo" the fashion label is the partner, not a label named."""
TRADE_TAGS: Final = frozenset({
    "#ugc", "#marketing", "#copywriting", "#branding", "#advertising",
    "#adtech", "#storytelling", "#communication", "#communicatie",
    "#kommunikation", "#contentmarketing", "#digitalmarketing",
    "#werbebranche", "#reclame", "#marketingdigital", "#webmarketing",
    "#publicite", "#publicité", "#influencers", "#influencermarketing",
    "#creatoreconomy", "#creatortips", "#influencertips",
    "#contentcreatortips", "#influencerincome", "#branddeals", "#ugccreator",
    "#creatorbusiness", "#influencerbusiness", "#influencerrecht",
    "#kennzeichnungspflicht", "#werberecht", "#medienrecht", "#reclamerecht",
    "#reclamecode", "#influencerlaw", "#ftcguidelines", "#loiinfluenceurs"})
"""Hashtags of the advertising trade: two of them make advertising a post's topic, so its
"#publicité" or "#werbung" names the subject rather than labelling an ad."""


def _trade_topic(doc: Document) -> bool:
    if "#" not in doc.text:
        return False
    return len(set(_HASHTAG.findall(doc.lowered)) & TRADE_TAGS) >= 2


_HASHTAG: Final = re.compile(r"#\w+")
EXAMPLE_ADJACENT_WINDOW: Final = 24
_TURKISH_I: Final = {0x130: "i", 0x131: "i"}
"""İ and ı: ``re`` with IGNORECASE matches them to "i", case-folding does not."""


def example_word_before(doc: Document, start: int) -> bool:
    """Whether an ``example_adjacent`` word ("met", "or", "the hashtag") ends right before
    ``start``, perhaps followed by spaces and a quote ('een post met "#spon').

    Equals ``lexicon.example_adjacent.search(text, start - 24, start)``, but matches the
    reversed pattern once at the reversed window's start instead of trying every position.
    The pattern's word-boundary look-behind may see before the window: a ``_`` stands in for a word
    character there (no example word contains one).

    >>> from scrapers.detection.document import read_document
    >>> doc = read_document('Gebruik liever "#ad" of  "#spon"')
    >>> example_word_before(doc, 25), example_word_before(doc, 16), example_word_before(doc, 0)
    (True, False, False)
    """
    text = doc.text
    low = max(0, start - EXAMPLE_ADJACENT_WINDOW)
    # The pattern needs a word at the window's end, before spaces and one opening quote.
    # Case-folding equates at least what the pattern's IGNORECASE does ("ſ" and "s", "K"
    # and "k"; the two Turkish i's added by hand), so a window ending on no case-folded
    # word cannot match: the pattern is skipped (most windows).
    before = text[low:start]
    end = before.rstrip()
    if end and end[-1] in EXAMPLE_QUOTES:
        end = end[:-1].rstrip()
    if "İ" in end or "ı" in end:
        end = end.translate(_TURKISH_I)
    if not end.casefold().endswith(doc.lexicon.example_adjacent_endings):
        return False
    window = before[::-1]
    if low and (text[low - 1].isalnum() or text[low - 1] == "_"):
        window += "_"
    return doc.lexicon.example_adjacent_reversed.match(window) is not None


def impersonal_in_article(doc: Document, signal: Signal) -> bool:
    """In a long article, weak evidence must speak for its author or stand near the top.

    News and magazine pages say "Foto zur Verfügung gestellt", "in Kooperation mit der
    Universität", "supported by the ministry", and carry "ANZEIGE" slots between
    paragraphs; none of that is the article's own disclosure.  A label counts when it
    opens the article; a statement or an unclear phrase when it stands near the top or its
    sentence is in the first person ("wurde mir zur Verfügung gestellt", "I received") or
    speaks of the text itself ("Dieser Beitrag enthält Affiliate-Links").
    """
    if len(doc.text) < ARTICLE_LENGTH or signal.start is None:
        return False
    if signal.rule in ("disclosure.label", "disclosure.label_unclear"):
        bracketed = signal.start > 0 and doc.text[signal.start - 1] in "([【"
        return (signal.start > ARTICLE_OPENING and not bracketed
                and not _heads_a_notice(doc, signal))
    if signal.rule not in ("disclosure.statement", "disclosure.phrase_unclear"):
        return False
    if signal.start <= ARTICLE_OPENING:
        return False  # "Vielen Dank an den Verlag für das Rezensionsexemplar." above the review
    sentence_start, sentence_end = sentence_bounds(doc.text, signal.start, signal.end or 0)
    if any(sentence_start <= h.start < sentence_end for h in doc.hits_in("self_reference")):
        return False
    sentence = doc.lowered[sentence_start:sentence_end]
    if any(word in sentence for word in ("link", "lien", "http", "www.", "amazon")):
        return False  # "some of the links above are affiliate links": about this text's links
    if _CONTENT_CREDIT.match(sentence):
        return False  # "Recipe developed in collaboration with Millbrook Mill." under a recipe
    if _bracketed_gift(doc, signal):
        return False  # "… in Heaton Park (pram gifted by Wren & Pip)" under a blogger's photo
    return _FIRST_PERSON.search(doc.lowered, sentence_start, sentence_end) is None


_GIFT_WORDS: Final = ("gift", "offert", "geschenk", "gekregen", "cadeau", "kado")
BRACKET_REACH: Final = 40
"""How far before a gift credit its opening bracket may stand ("(pram gifted by …")."""


def _bracketed_gift(doc: Document, signal: Signal) -> bool:
    """A gift credit in brackets ("(pram gifted by Wren & Pip)", "(robe offerte par …)"): the
    blogger's own way of marking a gift under a photo, however deep in the article."""
    start, end = signal.start or 0, signal.end or 0
    if not any(word in signal.text.lower() for word in _GIFT_WORDS):
        return False
    opening = doc.text.rfind("(", max(0, start - BRACKET_REACH), start)
    closing = doc.text.find(")", end, end + BRACKET_REACH)
    return (opening >= 0 and closing >= 0 and "\n" not in doc.text[opening:closing]
            and ")" not in doc.text[opening:start] and "(" not in doc.text[end:closing])


_CONTENT_CREDIT: Final = re.compile(
    r"\W*(?:recipes?|recepte?n?|rezepte?|recettes?|articles?|artikel|beitrag|videos?|vidéos?|"
    r"episodes?|afleveringe?n?|folgen?|épisodes?)"
    # "Recept en foto gemaakt in opdracht van …" under a recipe's photo (beryl)
    r"(?:\s+(?:en|and|und|et|&)\s+(?:foto'?s?|photos?|bilder?|images?|styling|tekst|texte?))?"
    r"\s+(?:developed|created|made|produced|written|"
    r"ontwikkeld|gemaakt|geschreven|entwickelt|erstellt|entstanden|réalisée?s?|créée?s?|"
    r"développée?s?|écrite?s?)(?!\w)")
"""A credit line that names the page's own content as its subject ("Recipe developed in
collaboration with …", "Recette réalisée en partenariat avec …", "Recept en foto gemaakt in
opdracht van …"): it speaks for the text even deep in a long article and without "I"
(hematite)."""


_SPORT: Final = re.compile(
    r"(?<![\w#])(?:\d+ ?k|\d+(?:[.,]\d+)? ?km|\d+ ?kg|\d+ ?lbs|\d{1,2}:\d\d|(?:halve |half |semi-)?"
    r"marathon|halbmarathon|hardlop\w*|running|runners?|läufer\w*|laufen|course à pied|parkrun|"
    r"strava|squat\w*|deadlift\w*|bench press|powerlifting|crossfit|zwemmen|swimming|"
    r"personal (?:best|record)|persoonlijk record|bestzeit|record perso\w*)(?!\w)")
"""A sport's own words: there "#pr" is a personal record ("NIEUW PR OP DE 10K … 47:52")."""
_GIFT_WORD: Final = re.compile(
    r"(?<!\w)(?:pr[- ]?(?:package|pakket|paket|unboxing|sample|mail)|unboxing|"
    r"gifted|toegestuurd|zugeschickt|offert|sent me|opgestuurd|in the mail|"
    r"mail ?day|in de brievenbus|im briefkasten|arrived|ontvangen|bekommen|"
    r"reçu)(?!\w)")
"""A parcel in the same post: there "#pr" keeps its other meaning."""


def personal_record(doc: Document, signal: Signal) -> bool:
    """Whether "#pr" stands in a post about a sport, where it means a personal record.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str) -> bool:
    ...     at = text.index("#pr")
    ...     return personal_record(read_document(text), Signal(
    ...         "disclosure", "disclosure.hashtag_unclear", "#pr", 0.5, at, at + 3, "#pr"))
    >>> check("NIEUW PR OP DE 10K!!! 47:52 in de Singelloop #hardlopen #pr")
    True
    >>> check("Look what came in the mail 😍 new running shoes from @swiftfeet #pr")
    False
    >>> check("New serum from @glowlab #pr #skincare")
    False
    """
    if signal.text.lower() != "#pr":
        return False
    lowered = doc.lowered
    return _SPORT.search(lowered) is not None and _GIFT_WORD.search(lowered) is None


def _heads_a_notice(doc: Document, signal: Signal) -> bool:
    """A label that opens a line whose sentence speaks of the text itself ("Paid Post –
    Dieser Beitrag wurde von der Ferienregion Valmora bezahlt") or names its client or partner:
    the closing notice box."""
    start = signal.start or 0
    line_start = doc.text.rfind("\n", 0, start) + 1
    if doc.text[line_start:start].strip(" \t*_[(") != "":
        return False
    line_end = doc.text.find("\n", start)
    line_end = len(doc.text) if line_end < 0 else line_end
    after = signal.end or start
    return (any(after <= h.start < line_end for h in doc.hits_in("self_reference"))
            or _NAMES_ITS_CLIENT.search(doc.lowered, after, line_end) is not None
            or _PARTNER_AFTER_LABEL.match(doc.lowered, after) is not None
            or _SENT_TO_US.search(doc.lowered, after, line_end) is not None)


_SENT_TO_US: Final = re.compile(
    r"(?<!\w)(?:(?:sent|given|gifted|lent|loaned) to (?:us|me) by|(?:was|were) sent to (?:us|me)|"
    r"(?:ons|mij|me) (?:toegestuurd|opgestuurd|uitgeleend) door|"
    r"(?:uns|mir) (?:\w+ ){0,2}(?:zugeschickt|geschickt|geliehen)|"
    r"(?:nous|m') a été (?:envoyée?|offerte?|prêtée?))(?!\w)")
"""A gift to the author said on the label's line ("Gifted – the Nestwell Carrier was sent to us
by Nestwell to try" under a photo, jadeite): the notice of this article, not a slot's caption."""
_NAMES_ITS_CLIENT: Final = re.compile(
    r"(?<!\w)(?:auftraggeber\w*|im auftrag (?:der|des|von)|in opdracht van|commissioned by|"
    r"pour le compte d|paid for by|bezahlt von|betaald door|payé par)(?!\w)|"
    r"(?<!\w)(?:der|des|von|vom|van|of|by|de|du)\s+[^\n.]{2,60}?\s(?:gmbh|ag|kg|bv|b\.v\.|"
    r"nv|sarl|sas|sa|ltd|inc|llc|e\.k\.)(?!\w)")
"""The client named on the label's own line ("Sonderveröffentlichung – Anzeige der Autohaus
Kronberger GmbH. Für den Inhalt ist der Auftraggeber verantwortlich.", peridot): the notice of
this article, wherever it stands, not a slot's caption."""
_PARTNER_AFTER_LABEL: Final = re.compile(
    r"[ \t–—:|-]*(?:in zusammenarbeit mit|in kooperation mit|in samenwerking met|"
    r"in collaboration with|in partnership with|en (?:collaboration|partenariat) avec)\s+\w")
"""The partner right after the label ("Werbung – in Zusammenarbeit mit Oliveto Sereno: Ihr
kaltgepresstes Olivenöl …" under a recipe's photo, sapphire): the notice of this article."""


def opinion(doc: Document, signal: Signal) -> bool:
    """'Why I stopped using affiliate links': an opinion about disclosures, in the same sentence."""
    start = signal.start or 0
    return any(start - 40 <= h.end <= start and not re.search(r"[.!?\n]", doc.text[h.end:start])
               for h in doc.hits_in("opinion"))


_QUESTION_WORD: Final = re.compile(
    r"(?<!\w)(?:what|what's|wat|was|qu'est-ce|quoi|how|hoe|wie|comment|why|waarom|warum|"
    r"pourquoi|welke|which|welche|quel|quelle)(?!\w)")
_INDEFINITE: Final = re.compile(r"(?:^|\s)(?:an?|een|ein|eine|einen|un|une)\s+$")
_COPULA: Final = re.compile(
    r"\s+(?:is|are|est|sont|ist|sind|zijn|means|betekent|bedeutet|signifie)(?!\w)")


_MEANING: Final = (r"means|betekent|bedeutet|heißt|signifie|veut dire|wil zeggen|stands for|"
                   r"staat voor|steht für")
_MEANS: Final = re.compile(r"[\"”'’]?\s*(?:" + _MEANING + r"|meant)(?!\w)")
"""A label followed by its meaning: "#ad means they got paid"."""
_QUOTED_MEANS: Final = re.compile(r"[\"”'’»]\s*(?:" + _MEANING + r")(?!\w)")
"""A quoted label followed by its meaning: "'Gekregen' betekent …"."""


def defines_term(doc: Document, signal: Signal) -> bool:
    """Whether a statement names its term in a question or a definition, not for this text.

    "C'est quoi, un lien affilié ?", "Een affiliate link is een link waarmee…": the words
    of a disclosure used to explain them.

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, term: str) -> bool:
    ...     at = text.index(term)
    ...     return defines_term(read_document(text), Signal(
    ...         "disclosure", "disclosure.statement", term, 0.9, at, at + len(term), term))
    >>> check("C'est quoi, un lien affilié ? Petit guide", "lien affilié")
    True
    >>> check("Un lien affilié est un lien qui rapporte une commission.", "lien affilié")
    True
    >>> check("Ceci est un lien affilié : https://amzn.to/x", "lien affilié")
    False
    >>> check("It costs you nothing. #ad means they got paid.", "#ad")
    True
    """
    if signal.start is None or signal.end is None:
        return False
    start, end = sentence_bounds(doc.text, signal.start, signal.end)
    opening = doc.text[start:signal.start].strip(" \t\"“'‘")
    if ((not opening or opening.endswith(":"))
            and _MEANS.match(doc.lowered, signal.end) is not None):
        return True  # "#ad means they got paid", "Uitleg: #ad betekent …"
    asked = end < len(doc.text) and doc.text[end] == "?" and _QUESTION_WORD.search(
        doc.lowered, start, signal.start) is not None
    if asked and signal.text.startswith("#"):
        return True  # "Was bedeutet #sp eigentlich?": the label asked about
    if signal.rule != "disclosure.statement":
        return False
    if _QUOTED_MEANS.search(doc.lowered, start, signal.start) is not None:
        return True  # "'Gekregen' betekent gratis opgestuurd": the meaning of a quoted label
    if asked:
        return True
    if _ARE_ADVERTISING.match(doc.lowered, signal.end) is not None:
        return True  # "Auch Affiliate-Links sind Werbung": a rule about a kind of content
    opening = doc.lowered[start:signal.start]
    return (_INDEFINITE.search(opening) is not None and not opening.strip(" \t").count(" ")
            and _COPULA.match(doc.lowered, signal.end) is not None)


_ARE_ADVERTISING: Final = re.compile(
    r"\s+(?:sind|ist|are|is|zijn|sont|est)\s+(?:auch\s+|also\s+|ook\s+|aussi\s+)?"
    r"(?:de la\s+|du\s+)?(?:werbung|advertising|adverts?|ads|reclame|publicité|pub)(?!\w)")
"""A statement said to *be* advertising names a kind of content ("affiliate links are ads too"),
it labels nothing here."""


_CONDITIONAL_OPENING: Final = re.compile(
    r"[\s\"'“„«(]*(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?(?:if|when|whenever|once|zodra|wanneer|als ooit|"
    r"als (?:ik|we|wij|er)|"
    r"wenn|sobald|falls|si|quand|dès que|lorsque)(?!\w)")
"""An opening "if"/"when", perhaps after a chapter's timestamp ("16:20 Wanneer moet je #ad
zetten?")."""
_ASKED_RIGHT_AFTER: Final = re.compile(r"[^,.!?\n]{0,20}\?")
""""got an affiliate code?": a statement that its own short question asks about."""


def _emoji_between(text: str, start: int, end: int) -> bool:
    """An emoji closes a caption's clause: in "wenn die Mama fragt … 📦😭 #werbung" the label
    stands after the "if", not inside it."""
    return any(unicodedata.category(c) == "So" for c in text[start:end])


_IF_YOU: Final = re.compile(
    r"(?<!\w)(?:wenn (?:du|ihr)|if you|als (?:je|jij)|si (?:tu|vous))(?!\w)"
    r"(?!\s+(?:want|wish|would like|like|möchtest|willst|wollt|wilt|veux|voulez|souhaitez)"
    r"(?!\w))[^,;:.!?\n]*$")
def _if_you(lowered: str, sentence_start: int, signal: Signal) -> bool:
    """A statement inside a condition about the reader ("Wenn du das Produkt geschenkt bekommen
    hast, ist es nicht unbezahlt"): advice, not this text's disclosure. An offer to the reader
    ("if you want to support the channel …") and a first-person word anywhere in the clause
    ("if you buy through the link I earn a commission", "if you shop on Amazon you also support
    the channel … just use my Amazon link") keep it the author's."""
    start = signal.start or 0
    found = _IF_YOU.search(lowered, sentence_start, start)
    if found is None:
        return False
    stop = _CLAUSE_STOP.search(lowered, signal.end or start)
    end = stop.start() if stop is not None else len(lowered)
    return _FIRST_PERSON.search(lowered, found.end(), end) is None


_CLAUSE_STOP: Final = re.compile(r"[,;:.!?\n]")
_IF_SOMETHING: Final = re.compile(
    r"(?<!\w)(?:if|als|wenn|falls|si|whenever|zodra|sobald|dès que)\s+(?:something|anything|"
    r"a brand|ever|iets|een merk|ooit|etwas|eine marke|jemals|quelque chose|une marque|"
    r"an article|a post|a video|een artikel|een post|een video|ein artikel|ein beitrag|ein video|"
    r"un article|un post|une vidéo)(?!\w)"
    r"[^,;:.!?\n]*$")
"""A statement inside a condition on what may happen ("if something was sent to me for free
I'll say so", "wenn eine Marke mir etwas schickt"): how the author labels, not this text."""
_IF_I: Final = re.compile(
    r"(?<!\w)(?:if|als|wenn|falls|si)\s+(?:i|ik|ich|je|j['’])(?!\w)[^,;:.!?\n]*$")
_MUST_LABEL_AFTER: Final = re.compile(
    r"[^,;:.!?\n]*,\s*(?:(?:then|dann|dan|alors)\s+)?"
    r"(?:(?:i|ik|ich|je)\s+(?:have to|must|need to|moet|muss|dois)|(?:moet|muss)\s+(?:ik|ich))"
    r"\s+(?:[\w'’]+\s+){0,2}?(?:label|disclose|mark|tag|say so|melden|vermelden|aangeven|"
    r"labelen|kennzeichnen|markieren|angeben|signaler|indiquer|mentionner|préciser)(?!\w)")


def _if_i_must_label(lowered: str, sentence_start: int, signal: Signal) -> bool:
    """A statement in the author's own condition followed by the duty to label ("if I use an
    affiliate link, I have to label it", "als ik een affiliate link gebruik, moet ik dat
    melden"): how the author labels, as the rules require, not this text's disclosure."""
    start = signal.start or 0
    return (_IF_I.search(lowered, sentence_start, start) is not None
            and _MUST_LABEL_AFTER.match(lowered, signal.end or start) is not None)


_WISHED: Final = re.compile(
    r"(?<!\w)(?:i wish|i'd love it if|if only|ik wou dat|ik wilde dat|was het maar|ich wünschte|"
    r"ich wünsche mir,? dass|wenn doch nur|j['’]aimerais (?:bien )?que?|si seulement)(?!\w)"
    r"(?:(?!(?<!\w)(?:but|maar|aber|mais)(?!\w))[^.!?\n])*$")
"""A statement the author wishes were true ("I wish someone was paying me to talk about my
dishwasher", sumac): what did not happen, up to a "but" that turns it round."""
_CLAUSE_IF: Final = re.compile(
    r"(?:[,;:]\s*|(?<!\w)(?:mais|but|maar|aber)\s+)(?:si|if|als|wenn|falls|unless|tenzij|"
    r"sauf si|außer wenn|es sei denn)(?!\w)")
"""A condition opening a later clause ("…, mais si la marque t'impose un post, c'est une
collaboration commerciale")."""
_INVERTED_CONDITION: Final = re.compile(
    r"[\s\"'“„«(]*(?:krijg|ontvang|werk|word|koop|bekomme|erhalte|kriege|arbeite) "
    r"(?:ik|we|wij|ich|wir)(?!\w)[^.!?\n]*?,\s*(?:dan|dann)(?!\w)")
"""A Dutch or German condition by inversion ("Krijg ik iets in bruikleen, dan zeg ik dat"):
what the author does when it happens, not what happened to this post."""


def hypothetical(doc: Document, signal: Signal) -> bool:
    """Whether a label stands in a sentence that opens with "if"/"zodra"/"wenn"/"si".

    "If it's ever an ad you'll see #ad", "Zodra iets reclame is zet ik er #adv bij": a promise
    about other posts, not a label on this one.

    >>> from scrapers.detection.document import read_document
    >>> text = "nee hoor. Zodra iets reclame is zet ik er #adv bij, beloofd."
    >>> at = text.index("#adv")
    >>> hypothetical(read_document(text), Signal("disclosure", "disclosure.hashtag", "#adv",
    ...     1.0, at, at + 4, "#adv"))
    True
    """
    if signal.start is None:
        return False
    start, end = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    if signal.rule not in LABEL_RULES:  # "If you use the link above, I may earn a commission"
        return (_INVERTED_CONDITION.match(doc.lowered, start) is not None  # is a disclosure
                or _WISHED.search(doc.lowered, start, signal.start) is not None
                or _ASKED_RIGHT_AFTER.match(doc.text, signal.end or start) is not None
                or _IF_SOMETHING.search(doc.lowered, start, signal.start) is not None
                or _if_you(doc.lowered, start, signal)
                or _if_i_must_label(doc.lowered, start, signal))
    return ((_CONDITIONAL_OPENING.match(doc.lowered, start) is not None
             and not _emoji_between(doc.text, start, signal.start))
            or _CLAUSE_IF.search(doc.lowered, start, signal.start) is not None
            or _ASKED_IF.search(doc.lowered, start, signal.start) is not None
            or (doc.text[end:end + 1] == "?"
                and (_SHOULD_I.match(doc.lowered, start) is not None
                     or _HOW_MUCH.match(doc.lowered, start) is not None)))


def rule_stated(doc: Document, signal: Signal) -> bool:
    """Whether the evidence's sentence bans or requires it: group rules, house terms and
    consumer advice name what they ban or demand ("Affiliate links … will be removed",
    "Partnerlinks müssen eigentlich gekennzeichnet sein").

    >>> from scrapers.detection.document import read_document
    >>> text = "4. No self-promotion. Affiliate links will be removed."
    >>> at = text.index("Affiliate")
    >>> rule_stated(read_document(text), Signal("disclosure", "disclosure.statement",
    ...     "Affiliate links", 0.9, at, at + 15, "affiliate links"))
    True
    """
    if signal.start is None or "link" in signal.rule or "rule_cue" not in doc.groups:
        return False
    start, end = sentence_bounds(doc.text, signal.start, signal.end or signal.start)
    return _BANNED_OR_REQUIRED.search(doc.lowered, start, end) is not None


_BANNED_OR_REQUIRED: Final = re.compile(
    r"(?<!\w)(?:will be (?:removed|deleted|banned)|(?:is|are) (?:not allowed|forbidden|banned)|"
    r"(?:is|are) only (?:allowed|permitted)|(?:is|zijn) alleen toegestaan|(?:ist|sind) nur erlaubt|"
    r"(?:n'est|ne sont) autorisée?s? que|"
    r"niet toegestaan|worden verwijderd|is verboden|zijn verboden|nicht erlaubt|ist verboten|"
    r"sind verboten|(?:est|sont) interdite?s?|pas autorisée?s?|"
    # "… werden ohne Vorwarnung gelöscht" (xylopia): a few words before the removal
    r"(?:werden|wird|worden|wordt|will be|seront|sera)\s+(?:[\w-]+\s+){0,3}?(?:gelöscht|entfernt|"
    r"verwijderd|removed|deleted|supprimée?s?|retirée?s?)|"
    r"seront supprimée?s?|müssen (?:\w+ )?gekennzeichnet|"
    r"must be (?:clearly )?(?:disclosed|labell?ed|marked)|müssen [^.!?\n]{0,60}kennzeichnen|"
    r"must [^.!?\n]{0,40}(?:label|disclose|mark)|moeten [^.!?\n]{0,60}(?:vermelden|aangeven|"
    r"markeren)|doivent [^.!?\n]{0,60}(?:signaler|indiquer|mentionner)|"
    r"moeten (?:\w+ )?(?:worden )?(?:vermeld|gemarkeerd|aangegeven)|"
    r"doivent être (?:\w+ )?(?:signalée?s|indiquée?s|identifiée?s)|"
    r"brauchen (?:einen|eine) (?:hinweis|kennzeichnung)|need (?:a |an )?(?:disclosure|label)|"
    r"hebben (?:een )?(?:vermelding|label) nodig|ont besoin d'une mention|"
    r"zählt nicht|telt niet|doesn't count|does not count|ne compte pas|"
    r"reicht (?:oft )?nicht|is niet genoeg|isn't enough|ne suffit pas)(?!\w)")


_SHOULD_I: Final = re.compile(
    r"\s*(?:(?:en|and|und|et|but|maar|aber|mais)\s+)?(?:moet|moeten|hoef|hoeven|mag|should|"
    r"do|must|need|muss|müssen|sollte|sollten|soll|dois|doit|faut|est-ce que)\s+"
    r"(?:ik|we|wij|i|ich|wir|je|on|il)(?!\w)")
"""A question about what to do ("Moet ik dan #reclame erbij zetten?", "Should I put #ad on
it?"): a label asked about, not one put on this post."""
_HOW_MUCH: Final = re.compile(
    r"[\W_]*(?:combien|how much|hoeveel|wie ?viel)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:gagne|gagnes|gagnent|earn|earns|make|makes|verdien|verdient|verdienen|verdiene)(?!\w)")
"""A question about earnings ("combien je gagne avec UN partenariat rémunéré ?", vervain): the
kind of deal asked about, not this post's label."""


_ASKED_IF: Final = re.compile(
    r"(?<!\w)(?:ask|asks|asking|asked|wonder|wonders|wondering|vraag|vragen|vraagt|vroeg|vroegen|"
    r"frage|fragen|fragt|fragte|fragten|demande|demandez|demandent|demandé)\s+"
    r"(?:[\w'’]+\s+){0,2}?(?:if|whether|of|ob|si)\s+(?:[\w'’]+\s+){0,3}$")
"""An indirect question right before the label: "y'all keep asking if this is an ad"."""


LABEL_RULES: Final = frozenset({
    "disclosure.hashtag", "disclosure.hashtag_unclear", "disclosure.label",
    "disclosure.label_unclear", "disclosure.phrase",
    "disclosure.phrase_unclear"})


QUOTED_SENTENCE_WORDS: Final = 5
"""A quotation this long is someone's sentence being quoted, not a code put in quotes."""


def quoted_offer(doc: Document, signal: Signal) -> bool:
    """Whether a code or shopping phrase sits inside a quoted sentence (someone else's ad).

    >>> from scrapers.detection.document import read_document
    >>> def check(text: str, code: str) -> bool:
    ...     at = text.index(code)
    ...     return quoted_offer(read_document(text), Signal(
    ...         "commercial", "commercial.discount_code", code, 1.0, at, at + len(code), code))
    >>> check("Oma las voor: 'Gebruik code ZOMER20 voor 20% korting!' en vroeg of het moest",
    ...       "code ZOMER20")
    True
    >>> check('Met code "LIEKE15" krijg je 15% korting', "LIEKE15")
    False
    """
    if signal.start is None or signal.end is None or "link" in signal.rule:
        return False
    if _in_quoted_line(doc.text, signal.start):
        return True  # "> … mit MAREN30 spart ihr 30% 💚" copied into a forum post (borage)
    if _said_aside(doc.lowered, signal.start):
        return True  # "*zegt influencer met kortingscode LIEKE20, link in bio*" (caraway)
    quotation = quotation_around(doc.text, signal.start, signal.end)
    if quotation is None:
        return False
    return (len(quotation.split()) >= QUOTED_SENTENCE_WORDS
            or signal.rule == "commercial.ad_warning"  # "the slogan 'Geld lenen kost geld'"
            or _SAYS.search(doc.lowered, max(0, signal.start - 40), signal.start) is not None)


def _in_quoted_line(text: str, start: int) -> bool:
    """Whether ``start`` is on a line that opens with ">", the quote mark of forums, mail and
    Markdown: someone else's words copied in. Not ">>": the arrow of an advertorial's call to
    action (">> CHECK AVAILABILITY https://…", clover)."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start].lstrip()
    return line.startswith(">") and not line.startswith(">>")


_SAID_ASIDE: Final = re.compile(
    r"\*(?:(?:zegt|zei|says|said|sagt|sagte)\s|dit (?:l['’]|la\s|le\s|une?\s))[^*\n]*$")
"""A stage direction in asterisks that opens on a verb of saying: a meme's "*says influencer
with code …*" describes someone else (French "dit" only before an article: Dutch "*Dit bericht
is tot stand gekomen in samenwerking met …*" is a label)."""


def _said_aside(lowered: str, start: int) -> bool:
    """Whether ``start`` is inside a "*zegt …*" aside opened earlier on its line."""
    line_start = lowered.rfind("\n", 0, start) + 1
    return "*" in lowered[line_start:start] and _SAID_ASIDE.search(
        lowered, line_start, start) is not None


_SAYS: Final = re.compile(r"(?<!\w)(?:dit|disent|says?|said|zegt|zei|sagt|sagte|steht|stand|staat|"
                          r"stond|reads|read|écrit)\s+(?:toujours\s+|always\s+|altijd\s+|immer\s+|"
                          r"nur\s+|only\s+|just\s+|alleen\s+|enkel\s+|seulement\s+|juste\s+)?"
                          r"[«\"“„'‘]\s*$")
"""Reported speech ("sa youtubeuse dit toujours « code LILY »") or a quoted post ("Oben steht nur
"Danke @hotel_xyz ❤️"", zedoary): someone else's words."""
