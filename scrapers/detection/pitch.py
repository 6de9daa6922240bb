"""A sales pitch closing an article: the shape of an unlabelled advertorial.

Paid pieces dressed as local news or a how-to carry no label, but they end the way an
advertisement does: a perk or a price for the reader ("20 procent korting", "the first four
weeks free", "les essais sont offerts") and a way to take it up at one business's address
("boek via thermaezevenhuizen.nl", "Anmeldung unter www.fitloft-lindenburg.de", "just
mention you saw it here").  Independent news and reviews name prices and shops too, but
rarely hand the reader a deal and the door to it in the closing paragraphs.

>>> from scrapers.detection.document import read_document
>>> opening = "Nieuw wellnesscentrum in het dorp. " * 20
>>> close = "Openingsactie: wie vóór 1 november boekt via thermae.nl krijgt 20 procent korting."
>>> [(s.rule, s.text) for s in find_sales_pitch(read_document(opening + close))]
[('commercial.advertorial', 'boekt via thermae.nl')]
>>> find_sales_pitch(read_document(opening + "Meer informatie op gemeente.nl."))
[]
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.links import WEB_ADDRESS
from scrapers.models import Signal

ARTICLE_LENGTH: Final = 400
"""Shorter texts are captions and posts, which other finders judge. Short web articles and
long captions (400–700 characters) close on a pitch as often as long ones: at 700 the nettle
feedback found two dozen unlabelled advertorials missed across the case tables."""
CLOSING_SHARE: Final = 0.4
"""The pitch stands in the closing part of the article (at least :data:`CLOSING_MIN` chars)."""
CLOSING_MIN: Final = 450
PITCH_WEIGHT: Final = 1.0
"""A deal plus its door at one business is as telling as a discount code."""

_PATH: Final = r"(?:/[^\s)]*[\w/])?"
_ACTION: Final = (
    r"(?:boek\w*|reserveer\w*|bestel\w*|plan je|meld je aan|aanmelden|schrijf je in|"
    r"inschrijf\w*|inschrijv\w*|word lid|"
    r"book\w*|reserve|order|sign up|join|buy|bought|get (?:yours|tickets?)|"
    r"buch\w*|reservier\w*|bestell\w*|anmeld\w*|"
    r"réserv\w*|commande\w*|inscri\w*|billets?|tickets?|besichtigungstermin\w*|"
    r"bezichtiging\w*|viewings?|visites?|preise|prijzen|prices|tarifs|afspraak|appointments?|"
    r"termine?|rendez-vous|registrier\w*|register|registreer\w*|s'inscrire|inscription|"
    r"aanvra\w*|\w*korting|discount|aanbieding|angebot|offre|eligib\w*|éligib\w*|qualif\w*|"
    r"devis|offerte|quotes?|kostenvoranschlag|contactez|kontaktieren sie|neem contact|claim\w*|"
    r"simulation|simuleer|simulez|simuler|bereken \w+|berechne \w+|calculez \w+|calculate your|"
    r"\w*rechner|rekentool|renseignements|inlichtingen|"  # "den Tarifrechner direkt hier: …"
    r"(?:compare|comparez|vergelijk|vergleichen sie|vergleiche) "
    r"(?:your|votre|vos|uw|je|ihre|ihren|deine|deinen)|(?:de|alle) \w*acties?|rabatt\w*|"
    r"(?:faites|fais|doe|mach|take|do) (?:le |den |de |the |a |het )?"
    r"(?:gratis |free |kostenlosen |gratuit )?\w*(?:test|check|quiz)|"
    r"plan (?:het |hem |'t )?(?:direct |nu |meteen |vandaag )?in|"
    r"check (?:het|it|'m|hem|ze|them|es|das) (?:zelf |yourself |selbst )?(?:even |mal |out )?|"
    r"étude (?:[\w'’-]+ ){0,2}?gratuite|free (?:home )?(?:assessment|consultation|survey)|"
    r"gratis (?:adviesgesprek|woningscan|advies)|kostenlose (?:erstberatung|"
    r"beratung|analyse|vor-ort-analyse)|"
    r"hier geht(?:'s| es) zu\w*|(?:kostenlos|gratis|free|gratuitement) "
    r"(?:testen|proberen|uitproberen|essayer|tester)|"
    r"ouvr\w* (?:un|votre|ton) compte|open (?:an|your|een|je) (?:account|rekening)|"
    r"(?:ein |dein |ihr )?konto eröffn\w*|jetzt (?:[\w-]+ ){0,2}?sichern|"
    r"jetzt (?:[\w-]+ ){0,4}?(?:berechnen|vergleichen|anfragen|beantragen)|"
    r"(?:découvrez|ontdek|entdecke|entdecken sie|discover) (?:[\w'’-]+ )?(?:gamme|collection|"
    r"range|assortiment|sortiment|kollektion|produits|products|producten|produkte)|"
    # "Shop the Drift Hybrid at somnara.com" under an offer that "ends Sunday" (fennel)
    r"shop (?:the|now|it|them|online|our|nu|jetzt|maintenant)|jetzt shoppen|"
    r"(?:see|view|browse|explore|bekijk|voir) (?:the |de |het |la |le |les )?"
    r"(?:full |whole |entire |hele |volledige |toute la )?(?:range|collection|line-?up|"
    r"assortiment|collectie|gamme))"
)
"""What the reader is asked to do at the business: book, order, claim, compare, test."""
_CONNECTOR: Final = (
    r"(?:via|at|on|unter|über|auf|bei|sur|op|chez|through|par|visit|bezoek|"
    r"besucht|visitez|:|👇|👉|→|➡️|➡)"
)
"""What leads from the action to the address within one sentence, an arrow included."""
_OFFER_PAGE: Final = (
    r"(?:visit|bezoek|besuchen sie|besucht|visitez|go to|head to|ga naar|rendez-vous sur)\s+"
    + WEB_ADDRESS + r"/[\w-]*(?:offer|deal|actie|angebot|offre|promo|aanbieding|korting|rabatt|"
    r"discount|sale)[\w/-]*"
)
_VISIT_TO: Final = (
    r"(?:visit|bezoek|besucht|visitez)\s+" + WEB_ADDRESS + _PATH
    + r"\s+(?:to (?:check|see|find out|claim|book|order|get)|om te "
    r"(?:kijken|bestellen|boeken)|pour (?:vérifier|réserver|commander)|um (?:zu prüfen|zu buchen))"
)
_ONLY_ON_SITE: Final = (
    r"(?:uniquement|exclusivement|nur|alleen|only|exclusively) (?:sur|op|auf|on|via|über) "
    r"(?:le |la |de |der |the )?(?:site|website|webseite|webshop|shop|e-shop) "
    r"(?:officiel |officielle |offizielle |official |officiële )?(?:de |van |des )?"
    + WEB_ADDRESS + _PATH
)
_CHECK_AVAILABILITY: Final = (
    r"(?:check availability|check (?:your )?eligibility|beschikbaarheid (?:checken|bekijken)|"
    r"(?:check|bekijk|controleer) de beschikbaarheid|(?:prüfe|prüfen sie) die verfügbarkeit|"
    r"verfügbarkeit prüfen|vérifiez la disponibilité)(?: [\w'-]+){0,3}?\s*(?::?\s+" + WEB_ADDRESS
    + _PATH
    + r"|(?:on|at|op|auf|sur) (?:the |de |der |le )?(?:official|officiële|offiziellen|officiel) "
    r"(?:[\w-]+ ){0,3}?(?:website|site|webshop|store|webseite))"
)
_SAW_IT_HERE: Final = (
    r"(?:just )?mention (?:you saw it|that you saw it|this (?:post|article|blog))(?: here)?|"
    r"mentionne[zr]? (?:ce blog|cet article|ce post)|noem (?:deze blog|dit artikel|dit bericht)|"
    r"(?:erwähnt|erwähne|nennt) (?:diesen blog|diesen artikel|diesen beitrag)|"
    r"zeg dat je het hier (?:las|zag)|sagt,? dass ihr (?:es )?hier|dites que vous venez de|"
    r"sur présentation de cet article|on presentation of this article|"
    r"op vertoon van dit artikel|bij inlevering van dit artikel|gegen vorlage dieses artikels"
)
_PRICE: Final = (r"(?:\d+\s?(?:%|procent|prozent|pour ?cent|percent)|(?:€|£|\$|chf)\s?\d+|"
                 r"\d+(?:[.,]\d+)?\s?(?:€|euro|eur|£|chf|franken|francs)(?!\w))")
"""A price or a percentage: the perk itself."""
_PRICE_POINTED: Final = _PRICE + r"[^.!?\n]{0,40}?(?:👇|👉|→|➡️|➡)\s*" + WEB_ADDRESS + _PATH
"""A price with an arrow to one address ("das Jahresabo für 39 € statt 79 € 👉
lernfuchs.de/familie", hyacinth): the deal and its door in one line."""
_PRICE_CUT_AT: Final = (
    _PRICE + r"\s+(?:au lieu de|instead of|statt|anstatt|in plaats van|i\.p\.v\.)\s+" + _PRICE
    + r"[^.!?\n]{0,30}?(?:sur|chez|at|on|bei|auf|bij|op|via)\s+" + WEB_ADDRESS + _PATH
)
"""A price cut at one address ("proposé à 149 € au lieu de 199 € sur thermio.fr", lovage): the
deal and the shop that sells it in one sentence."""
_PHONE_OR: Final = r"(?:(?:tel\.?:? ?)?\+?\d[\d /.-]{5,}\d (?:oder|or|of|ou|en|und|and|et) )?"
"""A telephone number offered before the address ("Termine unter 0211 555 83 20 oder
www.haarwerk-klinik.de", saxifrage)."""
_ADDRESS_BRINGS: Final = (
    r"(?:über|via|op|sur|at|through|bij|bei|chez) " + WEB_ADDRESS + _PATH
    + r"\s+(?:bekommst du|bekommt ihr|erhältst du|erhaltet ihr|krijg je|krijgen jullie|"
    r"ontvang je|you get|you'll get|tu obtiens|vous obtenez|tu reçois|vous recevez)"
)
"""The door before what it brings ("Über sparmo.de/start bekommst du aktuell eine Gratisaktie",
wintergreen)."""
_DOOR: Final = re.compile(
    r"(?<!\w)(?:" + _ACTION + r"(?:[^.!?\n]{0,60}?)" + _CONNECTOR + r"\s+" + _PHONE_OR
    + WEB_ADDRESS + _PATH
    + "|" + _OFFER_PAGE + "|" + _VISIT_TO + "|" + _ONLY_ON_SITE + "|" + _CHECK_AVAILABILITY
    + "|" + _SAW_IT_HERE + "|" + _PRICE_POINTED + "|" + _PRICE_CUT_AT + "|" + _ADDRESS_BRINGS
    + ")")
"""A way in at one business: an action then, within the sentence, a connector or an arrow and
its address ("boekt via thermae.nl", "kostenlos testen ➡️ finora.app"); a visit to its offer
page; a visit "to check"; "only on the official site <address>"; "check availability
<address>"; "mention you saw it here"; a price pointed at its address; or a price cut there."""
_DEAL: Final = re.compile(
    r"(?<!\w)(?:gratis|free|korting|off|kostenlos\w*|rabatt|gratuit\w*|offerts?|offertes?|"
    r"complimentary|discount(?:ed)?|"
    r"réduction|remise|entfällt|no joining fee|geen inschrijfgeld|founding members?|"
    r"no upfront (?:costs?|payment|fees?)|zero down|geen aanbetaling|zonder aanbetaling|"
    r"ohne anzahlung|sans apport|"
    r"openingsactie|eröffnungsangebot|early[- ]?bird|vroegboek\w*|frühbucher\w*|"
    r"sonderkonditionen|special rates?|speciale voorwaarden|conditions spéciales|"
    r"einführungspreis|introductory price|introductieprijs|prix de lancement|" + _PRICE + ")")
"""A perk or a price put before the reader, anywhere in the article (the door closes it)."""


_REFERENCE: Final = re.compile(
    r"(?:wikipedia|wikimedia|wiktionary|openstreetmap|archive)\.org(?![\w-])|"
    r"maps\.app\.goo\.gl|goo\.gl/maps|maps\.google\.|google\.[a-z.]+/maps|"
    r"maps\.apple\.com")
"""A reference work or a map, not a business: "I bought a secondhand Wainwright for £3
(Sedbergh: https://en.wikipedia.org/wiki/Sedbergh)", "Pensez à réserver, c'était plein :
https://maps.app.goo.gl/…" (a travel diary's pin shows the way, it sells nothing)."""
_OWN_CAUSE: Final = re.compile(
    r"(?<!\w)(?:registered charity|charity (?:no|number)|goede doelen|anbi|gemeinnützig\w*|"
    r"spendenkonto|reconnue d'utilité publique|association loi 1901)(?!\w)")
"""A charity's own appeal ("£10 buys a brand new one: harbourlighttrust.org/coats"): it asks
for the sender's own cause, no one paid to place it."""


def find_sales_pitch(doc: Document) -> list[Signal]:
    """``commercial.advertorial`` for an article whose closing part opens the door to one
    business, in an article that names a deal or a price somewhere.

    Not in a text that says it is not paid ("not sponsored … buy it directly at
    marrowpaper.co.uk"): the author hands over a shop as a tip, and a denial is the stronger
    statement; nor in a charity's appeal for itself."""
    text = doc.text
    if len(text) < ARTICLE_LENGTH or doc.groups["negation"]:
        return []
    lowered = doc.lowered
    closing = max(len(text) - CLOSING_MIN, int(len(text) * (1 - CLOSING_SHARE)))
    door = next((m for m in _DOOR.finditer(lowered, closing) if not _REFERENCE.search(m.group())),
                None)
    if door is None or _DEAL.search(lowered) is None or _OWN_CAUSE.search(lowered):
        return []
    return [Signal("commercial", "commercial.advertorial", text[door.start():door.end()],
                   PITCH_WEIGHT, door.start(), door.end(), "advertorial")]
