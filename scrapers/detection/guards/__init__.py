"""Guards: what stops a false alarm.

- negation ("niet gesponsord", "not sponsored", "non sponsorisé") cancels the disclosure it negates;
- German "unbezahlte Werbung" is a neutral mention, not a paid one;
- "zelf gekocht" / "selbst gekauft" cancels gift evidence;
- a text *about* advertising (several distinct meta words) keeps only evidence that
  speaks of the text itself ("dit artikel is gesponsord") or opens it;
- a site-wide disclosure-policy page is not a post's disclosure, and neither is a standing
  policy sentence inside a post ("Paid posts on this account are always marked with #ad");
- a gift from family or a friend ("kreeg ik van mijn oma") is no PR, and "c/o" in a postal
  address is "care of", not "courtesy of"; a lone "affiliate" outside label position in a
  text without links names a member organisation ("Creative Commons Affiliate"); "support
  the channel on Patreon" is the audience's money, not a brand's;
- an institution's "zur Verfügung gestellt" / "in Kooperation mit der Universität" is no gift
  or partnership;
- a label quoted or given as an example ('labels such as "#ad"') is not a label.

:func:`apply_guards` returns the surviving evidence plus ``guard`` signals that
say what was set aside and why.  This package holds that orchestration and the negation,
unpaid and public-code tests; the families live in modules of their own: ``examples``
(labels named rather than worn), ``meta`` (texts about advertising, policy pages, scattered
hints), ``standing`` (standing-policy sentences and non-commercial provision) and ``text``
(sentence and quotation helpers they share).

>>> from scrapers.detection.document import read_document
>>> from scrapers.detection.phrases import find_disclosure_phrases
>>> doc = read_document("Dit is niet gesponsord door Nike, zelf gekocht!")
>>> kept = apply_guards(doc, find_disclosure_phrases(doc), [])
>>> kept.disclosures, [g.rule for g in kept.guards]
([], ['guard.negation', 'guard.self_bought'])
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, NamedTuple

from scrapers.detection.document import Document
from scrapers.detection.guards.examples import (
    addressed_to_reader,
    chapter_topic,
    defines_term,
    example_word_before,
    hypothetical,
    impersonal_in_article,
    is_example,
    opinion,
    own_code,
    personal_record,
    quoted_code,
    quoted_offer,
    rule_stated,
)
from scrapers.detection.guards.meta import (
    about_advertising,
    names_the_page,
    policy_page,
    scattered_hints,
    shopping_words_alone,
)
from scrapers.detection.guards.standing import standing_rule, usual_practice
from scrapers.detection.guards.text import (
    OPENING_LABEL,
    between_quotes,
    quotation_around,
    sentence_bounds,
    speaks_of_itself,
)
from scrapers.detection.lexicon import Hit
from scrapers.detection.literal_gate import PatternGate
from scrapers.models import Signal

__all__ = ["Guarded", "about_advertising", "apply_guards", "example_word_before", "policy_page"]

UNPAID_LABELS: Final = frozenset({"werbung", "#werbung", "anzeige", "#anzeige"})
TOPIC_LABELS: Final = frozenset({"publicité", "publicite", "werbung", "reclame", "advertising"})
"""Page labels that are also the name of the trade: in a text about advertising they name a
section ("Publicité", "Werbung"), not the page's own paid status."""
_NEGATOR: Final = re.compile(
    r"(?<!\w)(?:not|no|niet|geen|nicht|kein|keine|keinen|keiner|pas|non|never|nooit|jamais|nie|"
    r"ohne|zonder|sans|"
    r"aucun|aucune|nul|nulle|ni|nor|neither|weder|don't|doesn't|didn't|won't|can't|cannot|"
    r"aren't|wasn't|weren't|géén|"
    r"without|isn't|n'est|niets|niks|nix|nothing|nichts|rien|none|nobody|niemand|personne)(?!\w)"
    r"(?:(?!(?<!\w)(?:but|maar|wel|aber|mais|however|though|doch|toch|sondern|cependant)(?!\w))"
    r"[^.!?\n)–—|]){0,30}$"
)
"""A negation word shortly before the evidence, unless "but"/"maar"/"mais" turns it round
("niet gesponsord, maar wel gekregen")."""


_TRADE_AFTER: Final = re.compile(
    r"[\s-]+(?:programs?|programmes?|programma'?s?|programm\w*|marketing|"
    r"netwerk\w*|networks?|netzwerk\w*|réseaux?)(?!\w)")


def _bare_affiliate(doc: Document, signal: Signal) -> bool:
    """The word "affiliate" alone, not a trade the standing rules name ("affiliate programs")."""
    return (signal.text.lower() == "affiliate" and signal.end is not None
            and _TRADE_AFTER.match(doc.lowered, signal.end) is None)


class Guarded(NamedTuple):
    """Evidence that survived the guards, and the guard signals that explain the rest.

    A named tuple rather than a frozen dataclass: one is built for every post with evidence.
    """

    disclosures: list[Signal]
    commercial: list[Signal]
    guards: list[Signal]


def _guarded(disclosures: list[Signal], commercial: list[Signal],
             guards: list[Signal]) -> Guarded:
    """A :class:`Guarded` built as a plain tuple (a named tuple's own ``__new__`` is a
    Python-level lambda)."""
    return tuple.__new__(Guarded, (disclosures, commercial, guards))


def apply_guards(doc: Document, disclosures: list[Signal], commercial: list[Signal]) -> Guarded:
    """Set aside negated, unpaid, example, meta-discussion and policy-page evidence.

    Meta-discussion and policy pages are only looked for when there is evidence to set aside.
    """
    guards: list[Signal] = []
    negations = doc.hits_in("negation")
    unpaid = doc.hits_in("unpaid")
    self_bought = doc.hits_in("self_bought")
    if negations:
        guards += [_guard("guard.negation", doc, h) for h in negations]
    if unpaid:
        guards += [_guard("guard.unpaid", doc, h) for h in unpaid]
    if self_bought:
        guards += [_guard("guard.self_bought", doc, h) for h in self_bought]
    neutral: list[Signal] = []
    if disclosures:
        neutral = [s for s in disclosures if _unpaid(s, unpaid)] if unpaid else []
        disclosures = [s for s in disclosures
                       if not _negated(doc, s, negations) and s not in neutral]
    if negations:
        # "Nobody sent me this", "not gifted": a gift statement denied right before it
        commercial = [s for s in commercial
                      if s.weight >= 1.0 and s.rule != "commercial.partnership"
                      and not (s.rule == "commercial.gifted" and _negated(doc, s, negations))
                      and not (s.rule == "commercial.follower_offer"
                               and _denied_within(s, negations))]
    if any("affili" in h.entry.pattern for h in negations):
        # "aucun lien affilié dans cet article": a link guessed affiliate only by its path
        # ("boulanger.com/ref/airfrit-compact") is the shop's own page, as the text says
        guessed = [s for s in commercial if s.rule == "commercial.affiliate_link"
                   and s.detail in PATH_GUESSES]
        if guessed:
            guards += [_set_aside_as("guard.negation", s) for s in guessed]
            commercial = [s for s in commercial if s not in guessed]
    # In a post that denies being an ad, "that code is their public one" may stand anywhere.
    denied = bool(negations or self_bought)
    codes = [s for s in commercial if s.rule == "commercial.discount_code"]
    possible = _PUBLIC_CODE_GATE.possible(doc.lowered) if codes else []
    public = [s for s in codes if _public_code(doc, s, denied, possible)]
    if public:
        guards += [_set_aside_as("guard.public_code", s) for s in public]
        commercial = [s for s in commercial if s not in public
                      and not any(_overlaps(s, code) for code in public)]
    if self_bought:
        commercial = [s for s in commercial if s.detail != "gifted"]
        # "Normaal gesproken krijgen wij telefoons te leen van de fabrikant … Daarom kocht ik
        # de Norvik P7 zelf" (variscite): the loan is the usual practice this text departs from
        usual = [s for s in disclosures if usual_practice(doc, s)]
        if usual:
            guards += [_set_aside_as("guard.self_bought", s) for s in usual]
            disclosures = [s for s in disclosures if s not in usual]
    if not disclosures and not commercial:
        return _guarded(disclosures, commercial, guards)
    quoted = [s for s in commercial if quoted_offer(doc, s) or rule_stated(doc, s)
              or (s.rule == "commercial.partnership" and addressed_to_reader(doc, s))]
    examples_codes = {s.detail for s in quoted if s.rule == "commercial.discount_code"}
    if examples_codes:  # 'MDR le code FLOTTE10' answers the quoted parody: the same example
        quoted += [s for s in commercial if s.rule == "commercial.discount_code"
                   and s.detail in examples_codes and s not in quoted]
    if quoted:
        guards += [_set_aside_as("guard.example", s) for s in quoted]
        commercial = [s for s in commercial if s not in quoted]
    sells_itself = _sells_itself(commercial, doc)
    examples = [s for s in disclosures
                if not (sells_itself and s.rule == "disclosure.statement"
                        and s.detail in AFFILIATE_LABELS and _LINK_WORD.search(s.text))
                and (is_example(doc, s) or personal_record(doc, s) or opinion(doc, s)
                     or (not sells_itself and chapter_topic(doc, s))
                     or impersonal_in_article(doc, s)
                     or defines_term(doc, s) or hypothetical(doc, s) or rule_stated(doc, s))]
    # evidence quoted as examples counts too: a thread listing "link in bio" + a tagged brand
    # and "thanks @brand for the goodies" as signs of hidden ads (fennel) talks about them
    talked = len(examples) + len(quoted) + sum(1 for s in neutral if is_example(doc, s))
    if examples and talked < LABEL_TALK:
        # a code in quotation marks of its own beside a label named as an example ("« code
        # MACHIN-10 », « lien en bio », « collaboration commerciale »…", rue) is listed too
        talked += sum(1 for s in commercial if quoted_code(doc, s))
    if talked >= LABEL_TALK and not sells_itself:
        # A text that discusses two labels or more ("#sp and #collab are NOT disclosures",
        # "wann muss ich #Werbung oder #Anzeige schreiben?" beside "Unbezahlte Werbung",
        # zedoary) is talking about labels: its other labels are explained too, unless they
        # speak of the text itself ("this video is sponsored").
        examples += [s for s in disclosures
                     if s not in examples and not speaks_of_itself(doc, s, same_sentence=True)]
        talk = [s for s in commercial if (s.rule in TALKED_ABOUT or quoted_code(doc, s))
                and not speaks_of_itself(doc, s, same_sentence=True)]
        if talk:
            guards += [_set_aside_as("guard.example", s) for s in talk]
            commercial = [s for s in commercial if s not in talk]
    if examples:
        guards += [_set_aside_as("guard.example", s) for s in examples]
        disclosures = [s for s in disclosures if s not in examples]
        # evidence within the same words goes with them: "'thanks voor het opsturen'" named as
        # a sign of hidden advertising is neither a disclosure nor a gift (erica); a link that
        # merely contains an example ("…utm_medium=partnercontent") stays
        inside = [s for s in commercial if any(_within(s, e) for e in examples)
                  or (s.rule in SCARE_QUOTED and s.start is not None and s.end is not None
                      and between_quotes(doc.text, s.start, s.end))]
        # a word of the trade in quotation marks of its own beside a quoted ad ("een
        # ‘giveaway’ die hier rondgaat: ‘🎉 WIN … In samenwerking met TechDeals24 …’",
        # rhubarb) names that ad too; a quoted code ('use code "QMH705"') stays the text's own
        if inside:
            guards += [_set_aside_as("guard.example", s) for s in inside]
            commercial = [s for s in commercial if s not in inside]
    jokes = doc.hits_in("satire")
    if jokes and disclosures and not commercial:
        guards += [_guard("guard.satire", doc, h) for h in jokes]
        disclosures = []
    replies = doc.hits_in("response")
    if replies and not any("link" in s.rule for s in commercial):
        # "#stitch with the girl saying 'Paid partnership with Detoxa' … code DETOX15": the
        # label and the code belong to the video being answered, not to this post.
        guards += [_guard("guard.example", doc, h) for h in replies]
        disclosures, commercial = [], []
    named = {s.text.lower() for s in examples if s.text.startswith("#")}
    worn_again = [s for s in disclosures if s.text.startswith("#")
                  and (s.text.lower() in named or _quoted_elsewhere(doc, s))
                  and not speaks_of_itself(doc, s, same_sentence=True)] if not commercial else []
    if examples and not commercial:
        # a weak tag ("#kooperation", "#collab") in a text that quotes or names labels and sells
        # nothing is its topic: "… Post mit #werbung machen" … ja nee ⏎ #scam #kooperation"
        # (peppermint); so is the bare word "affiliate" there ("een gesponsorde post levert me
        # €300-€600 op, affiliate bijna niks … ik moet #adv zetten", cardamom): a kind of income
        worn_again += [s for s in disclosures if (s.rule == "disclosure.hashtag_unclear"
                                                  or _bare_affiliate(doc, s))
                       and s not in worn_again
                       and not speaks_of_itself(doc, s, same_sentence=True)]
    if worn_again:
        # the tag block that wears it again is the topic's: "… #contentcreator #adv #reclame
        # #uitleg" under "waarom ik ineens overal #adv bij zet" (lavender)
        worn_again += [s for s in disclosures if s.text.startswith("#") and s not in worn_again
                       and any(_same_line(doc.text, s, w) for w in worn_again)
                       and not speaks_of_itself(doc, s, same_sentence=True)]
        # "'waarom zet je altijd #reclame erbij?' omdat het de wet is … #influencer #reclame",
        # 'warum steht bei jedem post „werbung“ … #werbung #medienrecht': a label the text
        # talks about, worn again among its tags with nothing sold, is the topic
        guards += [_set_aside_as("guard.example", s) for s in worn_again]
        disclosures = [s for s in disclosures if s not in worn_again]
    standing = [(s, rule) for s in disclosures + commercial
                if s.start is not None and s.rule not in NOT_STANDING
                and (rule := standing_rule(doc, s, sells_itself)) is not None]
    if standing:
        # "Links in mijn beschrijvingen kunnen affiliate links zijn (…). Daarmee verdien ik een
        # kleine commissie" (ylang): the sentence that opens on "daarmee" goes on with the policy
        standing += [(s, rule) for s in disclosures
                     if s.start is not None and all(s is not t for t, _ in standing)
                     and (rule := _carried_on(doc, s, standing)) is not None]
        guards += [_set_aside_as(rule, s) for s, rule in standing]
        aside = [s for s, _ in standing]
        disclosures = [s for s in disclosures if s not in aside]
        commercial = [s for s in commercial if s not in aside]
    meta = None if sells_itself else about_advertising(doc)
    if meta is not None:
        guards.append(meta)
        # "Dieses Video ist nicht gesponsert … #influencermarketing #werbung": a text about
        # advertising that denies being an ad wears its labels as topic tags; a hashtag speaks
        # of the text only from its own line ("… via de link hieronder.⏎#kinderen #reclame":
        # the report's link, not a label).
        denied_itself = any(g.rule == "guard.negation" and speaks_of_itself(doc, g, True)
                            for g in guards)
        # A page filed under the trade's own name ("Publicité" as the section of a media
        # magazine, celestine) is about it: that section is its topic, not its label.
        disclosures = [s for s in disclosures
                       if not denied_itself and speaks_of_itself(
                           doc, s, same_sentence=s.text.startswith("#"))
                       and not (s.rule == "disclosure.page_label" and s.detail in TOPIC_LABELS)]
        commercial = [s for s in commercial
                      if (s.rule == "commercial.discount_code" and own_code(doc, s))
                      or speaks_of_itself(doc, s)]
    if negations and disclosures and not commercial:
        tags = _denied_tags(doc, disclosures, guards)
        if tags:
            guards += [_set_aside_as("guard.negation", s) for s in tags]
            disclosures = [s for s in disclosures if s not in tags]
    if not disclosures and len(doc.text) > LONG_TEXT:
        scattered = scattered_hints(commercial)
        guards += [_set_aside_as("guard.scattered", s) for s in scattered]
        commercial = [s for s in commercial if s not in scattered]
    if not disclosures:
        alone = shopping_words_alone(doc, commercial)
        if alone:
            guards += [_set_aside_as("guard.no_way_to_buy", s) for s in alone]
            commercial = []
    policy = None if sells_itself else policy_page(doc)
    if policy is not None:
        guards.append(policy)
        titled = _policy_title_line(doc)
        disclosures = [s for s in disclosures if s.rule not in ("disclosure.statement",)
                       and not (s.rule in ("disclosure.label", "disclosure.phrase")
                                and ((s.start or 0) > OPENING_LABEL or (s.start or 0) < titled))]
        commercial = [s for s in commercial if s.rule == "commercial.discount_code"]
    return _guarded(disclosures, commercial, guards)


_CARRY_ON: Final = re.compile(
    r"\W*(?:daarmee|daardoor|hiermee|hierdoor|damit|dadurch|hierdurch|with (?:them|these|those)|"
    r"through (?:them|these|those)|that way|this way|grâce à eux|grâce à (?:ces|ceux-ci)|"
    r"par ce biais|de cette façon)(?!\w)")
"""A sentence opening that points back at the one before ("Daarmee", "Damit", "With them")."""


def _carried_on(doc: Document, signal: Signal,
                standing: list[tuple[Signal, str]]) -> str | None:
    """The guard of a standing sentence right before the signal's sentence when that sentence
    opens by pointing back at it ("Daarmee verdien ik een kleine commissie"), else ``None``."""
    start = sentence_bounds(doc.text, signal.start or 0, signal.end or 0)[0]
    if _CARRY_ON.match(doc.lowered, start) is None:
        return None
    previous = sentence_bounds(doc.text, max(0, start - 2), max(0, start - 1))[0]
    return next((rule for s, rule in standing
                 if s.start is not None and previous <= s.start < start), None)


def _policy_title_line(doc: Document) -> int:
    """The end of the first line when it names the policy ("Redactioneel statuut –
    Partnercontent"): a label there is the page's topic, not its own label; else 0."""
    end = doc.text.find("\n")
    end = len(doc.text) if end < 0 else end
    named = any(h.start < end and names_the_page(doc, h)
                for group in ("policy_title", "policy_site") for h in doc.hits_in(group))
    return end if named else 0


_NOT_MY_CODE: Final = re.compile(
    r"(?<!\w)(?:not mine|their (?:own |public )?code|public code|i get nothing|i earn nothing|"
    r"i don't get anything|niet van mij|niet mijn code|ik verdien er niets aan|ik krijg er niets|"
    r"nicht meiner|kein eigener code|ich verdiene nichts|ich bekomme nichts|pas le mien|"
    r"pas mon code|je ne touche rien|je touche rien|on their homepage|homepage banner|"
    r"on the homepage|site-?wide code|auf der startseite|steht (?:groß )?auf der startseite|"
    r"sur (?:la|leur) page d'accueil|op (?:hun|de) homepage|voor iedereen geldig|"
    r"openbare korting|kan iedereen (?:krijgen|gebruiken)|ik verdien er niks aan|"
    r"valable pour tout le monde|affiché en caisse|gilt für alle|für alle gültig|"
    r"every(?:one|body) gets (?:it|that|this|one)|iedereen krijgt (?:hem|die|het|deze)|"
    r"(?:bekommt|kriegt) (?:ihn )?(?:jeder|jede|jedermann)|tout le monde (?:l'a|l'obtient|"
    r"y a droit)|"
    r"public discount|anyone can use|available to everyone|kein code von mir|no code of mine|"
    r"geen code van mij|aucun code à moi|gibt'?s (?:gerade )?für alle|qui circulait|"
    r"sites de bons plans|op dealsites|auf schnäppchenseiten|on deal sites|"
    r"not sure if it still works|weet niet of (?:hij|die|het) nog werkt|"
    # wormwood: "mit dem Code HERBST15, den jemand hier im Forum gepostet hatte"
    r"(?:den|die|das) jemand (?:hier )?(?:im forum )?(?:gepostet|geteilt)|"
    r"(?:that|which) someone (?:here |on here )?(?:posted|shared)|"
    r"die iemand hier (?:had )?(?:gepost|gedeeld)|que quelqu'un a (?:posté|partagé)|"
    r"je (?:ne )?sais pas s'il marche|van die influencer|van een influencer|"
    r"from (?:that|an|some) influencer|von (?:der|einer|dieser) influencerin?|"
    r"d'une influenceuse|werkt niet meer|doesn't work anymore|funktioniert nicht mehr|"
    r"influencers (?:pushing|promoting|sharing|posting|using)|(?:pushed|promoted|shared) by "
    r"(?:loads of |lots of |many |all the )?influencers|influencers (?:die )?(?:promoten|pushen|"
    r"delen)|influencer(?:innen)? (?:pushen|bewerben|teilen)|"
    r"influenceu(?:r|se)s (?:qui )?(?:poussent|partagent|font la promo)|"
    r"ne marche plus|(?:stond|staat) in (?:hun|de) nieuwsbrief|(?:from|in) their newsletter|"
    r"(?:aus|in) (?:ihrem|deren) newsletter|(?:de|dans) leur newsletter|"
    r"(?:van|uit) (?:hun|de) nieuwsbrief|vu passer|passe pas|expiré|expired|"
    r"abgelaufen|verlopen|ungültig|ongeldig|invalide|invalid|"
    r"geht (?:bei mir )?nicht\?|werkt (?:bij mij )?niet\?|(?:doesn't|does not) work\?|"
    r"ne marche pas\?|"
    r"not my code|nicht mein code|"
    # dittany: "Half of tech YouTube got sent the Nimbus … and is pushing code NIMBUS20. I'm not
    # one of them: no code, no links, no sponsor."
    r"(?:is|are|were) (?:all )?pushing (?:the |that )?code|no code, no links?|"
    r"geen code, geen links?|kein code, keine links?|pas de code, pas de liens?|"
    # "… with code SPRING30 until Sunday — not affiliated, just excited lol" (hyssop)
    r"not affiliated|no affiliation|niet gelieerd|geen affiliatie|nicht affiliiert|"
    r"keine affiliation|pas affiliée?|aucune affiliation|"
    r"steht (?:so )?auf (?:deren|ihrer) (?:website|webseite|seite)|"
    r"(?:it's|it is|that's|listed|posted) (?:right |just )?on their (?:website|site)|"
    r"staat (?:gewoon )?op hun (?:website|site)|"
    r"(?:staat|stond|hangt|hing) (?:gewoon )?(?:op|in) (?:de|het|hun) (?:poster|affiche|flyer|"
    r"folder|etalage|raam)|(?:it's|it is|it was|printed) on (?:the|their) (?:poster|flyer|sign)|"
    r"steht (?:einfach )?auf (?:dem|deren|ihrem) (?:plakat|flyer|aushang|schild)|"
    r"(?:est |c'est )?(?:écrit |affiché )?sur (?:l'affiche|le flyer|leur affiche)|"
    r"(?:c'est|il est|affiché|indiqué|écrit) (?:direct |directement )?sur leur site)(?!\w)")
"""A shop's public code the author does not earn from ("it's on their homepage banner",
"that's their public code, not mine"), or someone else's that a reader asks about ("Code
FRÜHLING25 bei Vivomarkt geht nicht?", "kommt immer 'Code ungültig'", quillwort), or one
printed for all to see ("code OPENDAG15 (staat gewoon op de poster bij de ingang)", saxifrage),
or one "everyone gets" (xanthium) or "loads of influencers" push (zedoary)."""
NOT_MY_CODE_REACH: Final = 120
CODE_LEAD_REACH: Final = 30
"""How far before a code "to everyone …" or "my code" is read (the same reach for both)."""
_FOR_EVERYONE_BEFORE: Final = re.compile(
    r"(?<!\w)(?:à tout le monde|to everyone|to everybody|aan iedereen|voor iedereen|allen|"
    r"jedem|für alle|(?:e-?mail|mail|newsletter|nieuwsbrief|mailing) (?:with|met|mit|avec)|"
    r"(?:newsletter|nieuwsbrief),? (?:you get|krijg je|bekommst du|bekommt ihr|vous recevez|"
    r"tu reçois|tu as))"
    r"\s+(?:le |the |de |den |het )?$")
"""A code handed "to everyone" right before it ("l'appli propose à tout le monde le code
BIENVENUE10", orchid), or sent round in a shop's mailing ("anyone else get the Brightcart
email with code SPRING25??", rhubarb; "sign up for their newsletter you get WELCOME10",
xanthium): a shop's public code."""
_THEIR_MAILING: Final = re.compile(
    r"(?<!\w)(?:in|uit|van|from|aus|dans|de) (?:hun|their|ihrem|ihrer|deren|leur) "
    r"(?:nieuwsbrief|newsletter|mailing|e-?mail|mail)(?!\w)")
"""A shop's own mailing named before a code in the same sentence ("in hun nieuwsbrief stond
deze week een code voor 10% …, ZEEF10", elderflower): the code the shop sends everyone."""


_FOR_EVERYONE_AFTER: Final = re.compile(
    r"\s+(?:à tout le monde|to everyone|to everybody|aan iedereen|an alle|an jeden)(?!\w)")
_THEY_SEND: Final = re.compile(
    r"(?<!\w)(?:ils|elles|they|ze|zij|sie) (?:envoient|donnent|offrent|send|give|sturen|geven|"
    r"schicken|geben|verschicken)(?!\w)")
"""A code the shop sends "to everyone", named right after it ("ils envoient un code BIENVENUE10 à
tout le monde", anise); a creator's own "code MARIE10 à tout le monde" has no "they send"."""


def _public_code(doc: Document, code: Signal, denied: bool,
                 possible: list[re.Pattern[str]]) -> bool:
    """A code the shop gives everyone ("their public code", "to everyone who subscribes"), not
    one the author calls their own.  ``possible``: what :data:`_PUBLIC_CODE_GATE` leaves."""
    lowered, start, end = doc.lowered, code.start or 0, code.end or 0
    not_mine = _NOT_MY_CODE in possible and _NOT_MY_CODE.search(
        lowered, 0 if denied else end, len(lowered) if denied else end + NOT_MY_CODE_REACH)
    return bool(not_mine
                or (_FOR_EVERYONE_BEFORE in possible and _FOR_EVERYONE_BEFORE.search(
                    lowered, max(0, start - CODE_LEAD_REACH), start))
                or (_FOR_EVERYONE_AFTER.match(lowered, end) is not None
                    and _THEY_SEND.search(lowered, max(0, start - CODE_LEAD_REACH), start))
                or _their_mailing_before(doc, code)
                or _welcome_code_used(doc, code)) \
        and _MY_CODE.search(lowered, max(0, start - CODE_LEAD_REACH), start) is None


_WELCOME_CODE: Final = re.compile(
    r"(?:welcome|welkom|willkommen|bienvenue|hello|hallo|first|eerste|erste|new|nieuw|neu)"
    r"(?:order|bestelling|bestellung|customer|klant|kunde)?\d{0,3}", re.IGNORECASE)
_USED_BY_A_CUSTOMER: Final = re.compile(
    r"(?<!\w)(?:off my|on my|van mijn|op mijn|auf meine|sur ma|sur mon) (?:[\w-]+ ){0,2}?"
    r"(?:order|bestelling|bestellung|commande|einkauf|aankoop)(?!\w)"
    # "le code BIENVENUE10 marche encore sur Frigolo … (testé hier soir)" (ylang): checked by
    # a customer
    r"|(?<!\w)(?:still works|werkt nog|funktioniert noch|geht noch|marche encore|"
    r"fonctionne encore)(?!\w)")


def _welcome_code_used(doc: Document, code: Signal) -> bool:
    """A shop's welcome code the author used on their own order or says still works ("PSA:
    code WELCOME10 still works on Fernly's site for first orders, just got a tenner off my plant
    order", vervain): a tip among customers, not a code of the author's."""
    return (_WELCOME_CODE.fullmatch(code.detail) is not None
            and _USED_BY_A_CUSTOMER.search(doc.lowered) is not None)


def _their_mailing_before(doc: Document, code: Signal) -> bool:
    start = code.start or 0
    if "mail" not in doc.lowered and "nieuwsbrief" not in doc.lowered \
            and "newsletter" not in doc.lowered:
        return False
    opening = sentence_bounds(doc.text, start, code.end or start)[0]
    return (_THEIR_MAILING.search(doc.lowered, opening, start) is not None
            and _MY_OWN_CODE.search(doc.lowered, opening, code.end or start) is None)


_MY_CODE_WORDS: Final = (r"(?<!\w)(?:my|mijn|mein|meinem|meinen|mon|ma)\s+(?:\w+\s+)?"
                         r"(?:code|kortingscode|rabattcode|gutscheincode|code promo)")
"""The author calling a code their own ("mit meinem Code", "mijn kortingscode")."""
_MY_OWN_CODE: Final = re.compile(_MY_CODE_WORDS + r"(?!\w)")
"""The author's own code in that sentence ("maar met mijn code ZEEF10") is never the shop's."""
_MY_CODE: Final = re.compile(_MY_CODE_WORDS + r"\W*$")
"""A code the author calls their own right before it ("mit meinem Code LENA10") is never a
public one."""
_PUBLIC_CODE_GATE: Final = PatternGate([_NOT_MY_CODE, _FOR_EVERYONE_BEFORE])
"""Both are long alternations tried at every position of their reach: one pass for their
literals rules them out for most texts with a code."""
PATH_GUESSES: Final = frozenset({"affiliatewp", "referral", "cloaked link"})
"""Affiliate details read from a path segment alone (``/ref/…``, ``/r/…``, ``/go/…``), not
from a network's host or parameter: a text that says it has no affiliate links outweighs them."""
LABEL_TALK: Final = 2
"""Labels set aside as examples from which a text counts as talking about labels."""
TALKED_ABOUT: Final = frozenset({
    "commercial.shop_call", "commercial.follower_offer",
    "commercial.gifted", "commercial.partnership", "commercial.discount"})
"""Commercial phrases that a text about labels quotes as examples ("'Link in bio 😘' with an
affiliate link"); links are never set aside this way, and codes only when quoted
('❌ "Use my code JESS10!" with nothing else')."""

SCARE_QUOTED: Final = TALKED_ABOUT | {"commercial.giveaway"}
"""Commercial words that quotation marks of their own make a name (‘giveaway’, "Link in Bio")."""

OWN_COMMERCE: Final = frozenset({"commercial.affiliate_link", "commercial.shop_link",
                                 "commercial.discount_code"})
"""Evidence that the text itself sells: a text with its own affiliate links or codes is not
*about* advertising, however often it says "brands" or "research" (video descriptions)."""
NOT_STANDING: Final = OWN_COMMERCE | {"commercial.sponsor_link", "commercial.advertorial"}
"""Evidence no standing sentence can explain away: a link or a closing pitch at one business is
this text's own, even in a sentence that says "deze pagina" and "alle" ("Via deze pagina krijg
je nu €150 korting op alle matrassen: …utm_medium=advertorial")."""


AFFILIATE_LABELS: Final = frozenset({"affiliate links", "liens affiliés", "werbelinks"})
_LINK_WORD: Final = re.compile(r"link|lien", re.IGNORECASE)
"""A text with its own affiliate link that says "Sélection avec liens affiliés" speaks of that
link: a statement naming affiliate *links* is no example there ("the aliexpress affiliate
program" still may be)."""


LONG_TEXT: Final = 5000
"""Beyond this many characters weak hints must stand together to add up: longer than any
YouTube description (5,000) or Instagram caption (2,200), so only web pages and articles."""


_THIS_IS: Final = re.compile(r"(?<!\w)(?:dit|this|das|it|het|ceci|c'|ce)\s*(?:is|ist|est|n'est|'s)"
                             r"(?:\s+(?:echt|really|wirklich|vraiment|gewoon|just))?\s+$")
"""The text calling itself what the negation denies: "dit is geen reclame", "this is not an
ad", "das ist keine Werbung"."""


def _denied_tags(doc: Document, disclosures: list[Signal], guards: list[Signal]) -> list[Signal]:
    """Sponsorship hashtags in a text that says of itself it is no ad and sells nothing: "en
    nee, dit is geen reclame haha ⏎ #influencer #geld #samenwerking" tags its topic (marigold).
    A gift's tag ("niet gesponsord, wel gekregen #gifted") is not denied by that."""
    if not any(g.rule == "guard.negation" and g.start is not None and (
            speaks_of_itself(doc, g, True)
            or _THIS_IS.search(doc.lowered, max(0, g.start - 16), g.start) is not None)
            for g in guards):
        return []
    kinds = doc.lexicon.label_kinds
    return [s for s in disclosures if s.text.startswith("#") and kinds.get(s.detail) == "sponsored"]


def _same_line(text: str, one: Signal, other: Signal) -> bool:
    """Whether two signals stand on the same line of ``text``."""
    first, second = sorted((one.start or 0, other.start or 0))
    return "\n" not in text[first:second]


def _quoted_elsewhere(doc: Document, signal: Signal) -> bool:
    """Whether the hashtag's word stands in quotes elsewhere in the text ('„werbung“')."""
    word = signal.text[1:].lower()
    at = doc.lowered.find(word)
    while at >= 0:
        if at != (signal.start or 0) + 1 and quotation_around(doc.text, at, at + len(word)):
            return True
        at = doc.lowered.find(word, at + 1)
    return False


def _sells_itself(commercial: list[Signal], doc: Document) -> bool:
    return any(s.rule in OWN_COMMERCE and (s.rule != "commercial.discount_code"
                                            or own_code(doc, s)) for s in commercial) or (
        len(_PRICE_AT_SHOP.findall(doc.text)) >= BUYING_GUIDE_PRICES)


_PRICE_AT_SHOP: Final = re.compile(
    r"(?:£|€|\$|CHF ?)\d+(?:[.,]\d+)?\s+(?:at|bei|bij|chez|sur)\s+[A-Z]")
BUYING_GUIDE_PRICES: Final = 2
"""A buying guide's shop buttons as text ("£79 at Voltmart | £84 at Brightstore"): a page that
lists prices at shops sells, so its "we may earn a commission" is no site policy page."""


def _guard(rule: str, doc: Document, hit: Hit) -> Signal:
    return Signal("guard", rule, doc.text[hit.start:hit.end], 0.0, hit.start, hit.end,
                  hit.entry.pattern)


def _negated(doc: Document, signal: Signal, negations: list[Hit]) -> bool:
    start, end = signal.start or 0, signal.end or 0
    if any(h.start < end and start < h.end for h in negations):
        return True
    # A hashtag is denied only right after the negation ("not #ad", "geen #spon"): in
    # "I'm not going back #sponsored" the "not" belongs to another clause.
    reach = HASHTAG_NEGATION_REACH if signal.text.startswith("#") else NEGATION_REACH
    negator = _NEGATOR.search(doc.lowered, max(0, start - reach), start)
    if negator is None:
        return False
    # "une appli qui te juge pas 😭💸 #sponsorisé par @centimo", "routes die je nog niet kent
    # 🚲🌷 in samenwerking met @…" (rhubarb): an emoji or a full stop closes the clause the
    # negation belongs to; only a negation after it ("not an ad 😂 nobody is paying me to")
    # can deny the evidence
    closed = _clause_break(doc.text, negator.start(), start)
    if closed is not None:
        negator = _NEGATOR.search(doc.lowered, closed, start)
        if negator is None:
            return False
    if not signal.text.startswith("#"):
        return True
    between = _LEADING_WORD.sub("", doc.text[negator.start():start], count=1)
    # "literally no risk #collab": a word of its own after the negation is what it denies
    function_words = doc.lexicon.stopword_languages
    return all(word in function_words or word in _DENIAL_WORDS
               for word in _WORD.findall(between.lower()))


def _clause_break(text: str, low: int, high: int) -> int | None:
    """Just after the last emoji or sentence mark in ``text[low:high]``, or ``None``."""
    for at in range(high - 1, low - 1, -1):
        char = text[at]
        if char in ".!?" or (not char.isascii() and unicodedata.category(char) == "So"):
            return at + 1
    return None


_LEADING_WORD: Final = re.compile(r"^[\w'’]+")
_WORD: Final = re.compile(r"[\w'’]+")
_DENIAL_WORDS: Final = frozenset({
    "paid", "betaald", "betaalde", "bezahlt", "bezahlte", "bezahltes", "payé", "payée",
    "rémunéré", "sponsored", "gesponsord", "gesponsert", "sponsorisé", "sponsorisée", "keer",
    "times", "mal", "fois", "single", "enkele", "einziges", "seul", "seule", "even", "really",
    "wirklich", "vraiment", "more", "meer", "mehr"})
"""Besides function words, what may stand between a negation and the hashtag it denies ("not
an #ad", "kein bezahltes #Werbung", "nul keer #adv"); any other word is what the negation is
about ("literally no risk #collab")."""
NEGATION_REACH: Final = 40
HASHTAG_NEGATION_REACH: Final = 12


def _denied_within(signal: Signal, negations: list[Hit]) -> bool:
    """A denial inside an offer's span ("Vidéo NON sponsorisée … aucun lien ci-dessous"), or
    one that comments on its link right after it ("…/bureau-odin (geen affiliate link)"): the
    price and the link it joins are the author's own, not a perk."""
    start, end = signal.start or 0, signal.end or 0
    return any(start <= h.start < end + DENIAL_AFTER_OFFER for h in negations)


DENIAL_AFTER_OFFER: Final = 4
"""How far after an offer's end a denial still speaks of it: a space and a bracket."""


def _within(signal: Signal, other: Signal) -> bool:
    """Whether a placed signal lies inside another's text."""
    if signal.start is None or other.start is None:
        return False
    inner_end, outer_end = signal.end or signal.start, other.end or other.start
    return other.start <= signal.start and inner_end <= outer_end


def _overlaps(signal: Signal, other: Signal) -> bool:
    """Whether two placed signals share text ("-20 % … avec le code PRINTEMPS20" and its code)."""
    if signal.start is None or other.start is None:
        return False
    return signal.start < (other.end or other.start) and other.start < (signal.end or signal.start)


def _unpaid(signal: Signal, unpaid: list[Hit]) -> bool:
    start, end = signal.start or 0, signal.end or 0
    if any(h.start < end and start < h.end for h in unpaid):
        return True
    return bool(unpaid) and signal.detail in UNPAID_LABELS


def _set_aside_as(rule: str, signal: Signal) -> Signal:
    """The guard signal that records ``signal`` as set aside by ``rule``."""
    return Signal("guard", rule, signal.text, 0.0, signal.start, signal.end, signal.detail)
