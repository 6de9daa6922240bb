"""Gift statements: a sentence that says a brand sent or lent the product free of charge.

"Maple & Moss Games sent me this copy for free", "Das Futter wurde uns von Schnurrbox
kostenlos zugeschickt", "heb ik gratis toegestuurd gekregen", "envoyé gracieusement par
la marque".  The FTC, the Dutch code and the German courts accept such a plain sentence as
disclosure of a gift, but its words vary too much for fixed phrases: it is a shape (a verb of
sending or lending and a free-of-charge word in one clause), so it is found by pattern.
Personal presents ("mijn oma stuurde me gratis …") are set aside later by the guards.

>>> from scrapers.detection.document import read_document
>>> [(s.rule, s.detail) for s in find_gift_statements(read_document(
...     "Full disclosure: the brand sent me this copy for free."))]
[('disclosure.statement', 'gifted')]
>>> find_gift_statements(read_document("Free shipping on all orders, sent within a day"))
[]
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.guards.text import sentence_bounds
from scrapers.models import Signal

FREE_WORDS: Final = (
    "free", "gratis", "kostenlos", "kostenfrei", "unentgeltlich", "kosteloos",
    "gratuit", "gracieuse", "complimentary", "no cost", "no charge", "geschenkt",
    "as a gift", "review", "guest", "gast", "hosted", "eingeladen", "invit", "offert",
    "aangeboden", "übernommen", "on the house", "sending", "sturen", "zuschicken",
    "l'envoi", "betaalde", "bezahlt", "paid for", "covered", "payé",
    "pris en charge", "financé", "uitgenodigd", "nodigde", "invited", "angeboten",
    "gracieusement", "gratuitement", "rechnung", "niet te betalen", "t pay", "not pay",
    "te testen", "zum test", "pour le tester", "pour la tester", "pour les tester",
    "pour tester", "einladung", "uitnodiging", "unterstützt", "ondersteund",
    "supported", "soutenu", "gesponsord", "gesponsert", "sponsored", "sponsoris")
"""Cheap gate: without one of these no gift statement can match."""
_CLAUSE: Final = r"[^.!?\n]{0,50}?"
_NIGHTS: Final = (r"(?:\w+ )?(?:nacht|nächte|nachten|nights?|nuits?|nuitées?|tage|wochenende|"
                  r"übernachtung(?:en)?|overnachting(?:en)?)")
_STAY: Final = (
    r"(?<!\w)(?:nights?|nachten?|nächte|nuits?|weekend|wochenende|week-end|stay|verblijf|"
    r"aufenthalt|séjour|hotel|hôtel|inn|resort|lodge|chalet|camping|suite|spa)(?!\w)")
"""Being someone's guest is a gift only for a stay: "te gast bij Pauw" is a talk show."""
_STAYED: Final = (
    r"(?:verblijf|overnachting(?:en)?|stay|aufenthalt|übernachtung(?:en)?|séjour|nuitées?|"
    r"nights?|nachten|nächte|nuits|reis|reise|trip|voyage|cabin|room|accommodation)")
_HOST: Final = (r"(?:hotel|hôtel|resort|lodge|domaine|landgoed|gastgeber|gastgeberin|tourism|"
                r"toerisme|tourismus|office de tourisme|vvv|restaurant|bistro|brasserie|weingut|"
                r"wijnhuis|winery|brouwerij|brauerei|brewery)\w*")
_THANKS: Final = (r"(?:thanks?|thank you|thank u|dank|dankjewel|dankuwel|bedankt|danke|dankeschön|"
                  r"merci)")
_GIFT_STATEMENT: Final = re.compile(
    # English: "sent me this copy for free", "were provided to us free of charge"
    r"(?<!\w)(?:sent|gave|gifted|provided|loaned|lent|supplied|given)\s+(?:to\s+)?(?:me|us)"
    r"(?!\w)" + _CLAUSE + r"(?:for free|free of charge|at no (?:cost|charge)|complimentary)"
    r"|(?<!\w)(?:was|were|been)\s+(?:sent|given|gifted|provided|loaned|lent|supplied)\s+"
    r"(?:to (?:me|us)\s+)?(?:for free|free of charge|at no (?:cost|charge))"
    # ... with a long object: "Sylvie Books sent me early copies of The Glass Orchard and
    # Midnight in Harrowgate for free" (wormwood)
    r"|(?<!\w)(?:sent|gave|gifted|provided|supplied) (?:me|us) (?:[^\s.!?]+ ){1,12}?"
    r"(?:for free|free of charge|at no cost)(?!\w)"
    # English: "Thank you to Popnest Toys for sending us the mansion as a gift"
    r"|(?<!\w)(?:sending|sent) (?:me|us)(?!\w)" + _CLAUSE + r"as a gift"
    # English: "thanks to Ardent Audio for sending the Pulse over for this review"
    r"|(?<!\w)for sending (?:the|this|these|it|them)(?!\w)" + _CLAUSE
    + r"for (?:this|the|my) review"
    # German: "kostenlos zugeschickt", "unentgeltlich zur Verfügung gestellt"
    r"|(?<!\w)(?:kostenlos|kostenfrei|gratis|unentgeltlich)\s+(?:[\w@.-]+\s+){0,3}?"
    r"(?:zugeschickt|zugesandt|zugesendet|geschickt|gesendet|zur verfügung gestellt|"
    r"überlassen|bereitgestellt|geliehen|ausgeliehen)"
    # German: "Das Rad hat mir Veloblitz für den Test geschenkt"
    r"|(?<!\w)(?:hat|haben) (?:mir|uns)\s+(?:[\w-]+\s+){0,6}?geschenkt(?!\w)"
    # Dutch: "gratis toegestuurd", "kosteloos ter beschikking gesteld", "heeft me deze camera
    # kosteloos gestuurd voor deze review" (hyacinth)
    r"|(?<!\w)(?:gratis|kosteloos)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:toegestuurd|opgestuurd|toegezonden|ter beschikking gesteld|beschikbaar gesteld|"
    r"uitgeleend|in bruikleen|gestuurd|verstuurd|thuisgestuurd)"
    # French: "envoyé gracieusement", "gratuitement prêté" (not the noun: "simulez
    # gratuitement votre prêt" is a broker's offer)
    r"|(?<!\w)(?:envoy|offert|prêté|fourni|mis à (?:ma|notre) disposition)\w*\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:gratuitement|gracieusement)"
    r"|(?<!\w)(?:gratuitement|gracieusement)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:envoy|prêté|fourni|mis à (?:ma|notre) disposition)\w*"
    # sent to be tested: "die ik van Brodo Kids toegestuurd kreeg om te testen", "zum Testen
    # zugeschickt bekommen", "reçu pour le tester"
    r"|(?<!\w)(?:toegestuurd|opgestuurd|thuisgestuurd|gestuurd) (?:kreeg|kregen|gekregen|"
    r"heb gekregen|hebben gekregen) om (?:ze |het |hem )?(?:uit )?te (?:testen|proberen|reviewen)"
    r"(?!\w)"
    # ... or said with the verb first: "De Wandelwolk Duo kregen we toegestuurd door Wandelwolk
    # om uitgebreid te testen" (zoisite)
    r"|(?<!\w)(?:kreeg|kregen) (?:ik|we|wij) (?:[\w-]+ ){0,2}?(?:toegestuurd|opgestuurd|"
    r"thuisgestuurd|toegezonden) (?:door|van) [\w@][\w@.-]*"
    # ... or "De Stroll 3 hebben we van Lunavo gekregen om te testen" (amazonite)
    r"|(?<!\w)(?:van|door) [\w@][\w@.&'-]*(?: [\w@.&'-]+){0,2}? gekregen om (?:[\w-]+ ){0,2}?"
    r"te (?:testen|proberen|uitproberen|reviewen)(?!\w)"
    r"|(?<!\w)zum (?:testen|test) (?:zugeschickt|geschickt|zugesandt) (?:bekommen|bekam|bekamen)"
    r"(?!\w)"
    r"|(?<!\w)(?:reçue?s?|envoyée?s?) (?:par [\w'’-]+ )?pour (?:les |le |la |l')?(?:tester|essayer)"
    r"(?!\w)"
    # English: "Kestrel sent me this phone to review", "Arclight sent me the X2 for this
    # review" (sumac), "Orvik provided the Z30 for this review" (vervain); not "sent me the link
    # for the review"
    r"|(?<!\w)(?:(?:sent|gave|lent|loaned) (?:me|us)|(?:provided|supplied|loaned|lent)"
    r"(?: (?:me|us))?) (?:this|these|the|a|an|their|its)"
    r"(?! (?:link|links|email|e-mail|message|dm|photo|pic|picture|video|code|invoice|data|"
    r"information|info|details|specs|figures|quote|statement)(?!\w))"
    r"(?: [\w-]+){0,3}? (?:to|for) (?:(?:this|my|the|a) )?(?:review|test|testing|try out)"
    r"(?!\w)"
    # a hosted stay: "I was a guest of The Harrow Inn for two nights", "wij waren te gast
    # bij hotel De Zon", "wir wurden vom Hüttendorf für zwei Nächte eingeladen"
    r"|(?<!\w)(?:(?:i was|we were|i'm|we're|i am|we are) (?:a |the )?guests? of|"
    r"(?:i|we) stayed (?:[\w-]+\s+){0,3}?as (?:a |the )?guests? of|"
    r"(?:i was|we were) hosted by|(?:ik was|wij waren|we waren) (?:[\w-]+\s+){0,4}?te gast|"
    r"(?:ich war|wir waren) (?:[\w-]+\s+){0,4}?zu gast|j'ai été invitée? par)"
    r"(?!\w)(?=" + _CLAUSE + _STAY + r")"
    r"|(?<!\w)(?:wurden|wurde ich)\s+(?:[\w-]+\s+){0,5}?(?:für|zu) " + _NIGHTS
    + r"[^.!?\n]{0,30}?eingeladen(?!\w)"
    # the host invited the author for a stay: "la Bergerie nous a invités pour une nuit",
    # "het hotel nodigde ons uit voor twee nachten", "they invited us for two nights"
    r"|(?<!\w)(?:nous|m'|m’)\s?(?:a|ont) invitée?s? (?:pour|à passer|à dormir) (?:une |deux |"
    r"trois |\d+ )?(?:nuit|nuits|nuitée|week-end|séjour)(?!\w)"
    r"|(?<!\w)(?:nodigde|nodigden) (?:ons|mij|me) uit (?:voor|om) (?:een |twee |drie |\d+ )?"
    r"(?:nacht|nachten|weekend|verblijf)(?!\w)"
    r"|(?<!\w)(?:hat|haben) (?:uns|mich) (?:für|zu) (?:eine |zwei |drei |\d+ )?"
    r"(?:nacht|nächte|übernachtung\w*|wochenende|aufenthalt) eingeladen(?!\w)"
    r"|(?<!\w)invited (?:us|me) (?:for|to spend|to stay) (?:a |one |two |three |\d+ )?"
    r"(?:night|nights|weekend|stay)(?!\w)"
    # a meal on the house: "wir wurden vom Kupferkessel zum Essen eingeladen", "die Rechnung hat
    # das Restaurant übernommen", "we hoefden niet te betalen voor het diner"
    r"|(?<!\w)(?:wurden|wurde ich)\s+(?:[\w-]+\s+){0,4}?zum (?:essen|abendessen|dinner|brunch|"
    r"mittagessen|frühstück) eingeladen(?!\w)"
    r"|(?<!\w)(?:die )?rechnung hat (?:das|der|die) [\w-]+ übernommen(?!\w)"
    r"|(?<!\w)(?:we|wij|ik) hoefden? niet te betalen(?!\w)"
    r"|(?<!\w)(?:we|i) (?:didn't|did not) (?:have to )?pay (?:for|a penny)(?!\w)"
    # a stay said to be free: "ons verblijf van twee nachten was kosteloos", "our stay was
    # complimentary", "unser Aufenthalt wurde vom Hotel übernommen", "notre séjour a été offert"
    r"|(?<!\w)(?:ons|mijn|our|my|unser|unsere|mein|meine|notre|mon|nos|mes)\s+" + _STAYED
    + _CLAUSE + r"(?:was|were|werd|werden|is|war|waren|wurde|wurden|a été|ont été|était)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:kosteloos|gratis|free of charge|complimentary|on the house|"
    r"kostenlos|kostenfrei|übernommen|offerte?s?|aangeboden)(?!\w)"
    # a stay free "for us": "Übernachtung und Halbpension waren für uns kostenlos"
    # ... or free first: "Die Übernachtung war kostenlos für uns" (erica)
    r"|(?<!\w)" + _STAYED + _CLAUSE + r"(?:war|waren|was|were|is|ist|était|étaient|werd)\s+"
    r"(?:(?:für uns|für mich|for us|for me|voor ons|voor mij|pour nous|pour moi)\s+"
    r"(?:[\w-]+\s+)?(?:kostenlos|kostenfrei|gratis|free|kosteloos|gratuite?s?|offerte?s?)"
    r"|(?:kostenlos|kostenfrei|gratis|kosteloos|gratuite?s?|offerte?s?)\s+"
    r"(?:für uns|für mich|voor ons|voor mij|pour nous|pour moi))(?!\w)"
    # received free by the author: "Nous l'avons reçu gracieusement de la part de Tandor",
    # "ik heb hem gratis ontvangen", "we received it free of charge"
    r"|(?<!\w)(?:ik heb|we hebben|wij hebben|i|we|ich habe|wir haben|nous l'avons|nous avons|"
    r"je l'ai|j'ai)\s+(?:[\w'’-]+\s+){0,3}?(?:received|ontvangen|gekregen|erhalten|bekommen|"
    r"reçue?s?)\s+(?:[\w-]+\s+){0,2}?(?:for free|free of charge|gratis|kosteloos|kostenlos|"
    r"gratuitement|gracieusement)(?!\w)"
    # a parcel said received free: "Colis reçu gracieusement de la part de @thes.bellaube"
    r"|(?<!\w)(?:colis|produit|coffret|box|pakket|pakketje|paket|päckchen|parcel|package)\s+"
    r"(?:reçue?s?|ontvangen|gekregen|erhalten|bekommen|received)\s+(?:gracieusement|"
    r"gratuitement|gratis|kosteloos|kostenlos|free of charge|for free)(?!\w)"
    # a stay said to be free by the guest: "en verbleven kosteloos", "we stayed free of charge"
    r"|(?<!\w)(?:verbleven|verbleef|logeerden|logeerde|we stayed|i stayed|wir übernachteten|"
    r"ich übernachtete|nous avons séjourné|j'ai séjourné) (?:[\w-]+\s+){0,3}?(?:kosteloos|gratis|"
    r"free of charge|for free|complimentary|kostenlos|kostenfrei|gratuitement)(?!\w)"
    # stayed free said with "have": "wij … hebben gratis overnacht", "wir haben kostenlos
    # übernachtet" (orchid)
    r"|(?<!\w)(?:hebben|heb|haben|habe) (?:[\w-]+\s+){0,2}?(?:gratis|kosteloos|kostenlos|"
    r"kostenfrei) (?:overnacht|geslapen|gelogeerd|verbleven|übernachtet|geschlafen|gewohnt)(?!\w)"
    # allowed to stay free: "wij mochten twee nachten gratis logeren", "wir durften kostenlos
    # übernachten", "wij mochten hier kosteloos een nacht verblijven" (bergamot); French "nous
    # avons pu séjourner gratuitement"
    r"|(?<!\w)(?:mochten|mocht|durften|durfte) (?:[\w-]+\s+){0,4}?(?:gratis|kosteloos|kostenlos|"
    r"umsonst) (?:[\w-]+\s+){0,3}?(?:logeren|overnachten|verblijven|slapen|übernachten|wohnen|"
    r"schlafen)(?!\w)"
    r"|(?<!\w)(?:nous avons pu|on a pu|j'ai pu) (?:séjourner|dormir|loger) (?:[\w'’-]+\s+){0,4}?"
    r"(?:gratuitement|gracieusement)(?!\w)"
    # Dutch/English: "Ik kreeg deze tent gratis van Kampeerhuis De Bever om te testen", "I got
    # this tent for free from …"
    r"|(?<!\w)(?:ik|we|wij) (?:kreeg|kregen) (?:[\w-]+\s+){0,3}?gratis (?:van|om te)(?!\w)"
    r"|(?<!\w)(?:i|we) got (?:this|these|it|them|the) (?:[\w-]+\s+){0,2}?for free from(?!\w)"
    # invited by the hotel, the stay offered: "ik was uitgenodigd door het hotel en de
    # overnachting en het diner werden aangeboden"
    r"|(?<!\w)(?:(?:ik was|wij waren|we waren|i was|we were|wir waren|ich war|j'étais|nous étions)"
    r"|(?:ik werd|wij werden|we werden|wir wurden|ich wurde) (?:[\w-]+\s+){0,4}?)"
    r" ?(?:uitgenodigd|invited|eingeladen|invitée?s?) (?:door|by|von|vom|par) (?:het |de |the |das "
    r"|dem |der |le |la |l')?" + _HOST
    # the Dutch and German order: "we werden door het hotel uitgenodigd", also after an
    # adverb ("Vorige week werden wij door restaurant Zilt uitgenodigd", erica)
    + r"|(?<!\w)(?:ik werd|wij werden|we werden|wir wurden|ich wurde|werden wij|werden we|"
    r"werd ik|wurden wir|wurde ich) (?:door|von|vom) "
    r"(?:het |de |dem |der |das )?" + _HOST
    + r" (?:[\w-]+\s+){0,3}?(?:uitgenodigd|eingeladen)(?!\w)"
    + r"|(?<!\w)(?:de|het|the|die|der|das|le|la|l')\s*" + _STAYED + _CLAUSE
    + r"(?:werden|werd|were|was|waren|wurden|wurde|ont été|a été|étaient|était) "
    r"(?:ons |mij |me |uns |mir )?"
    r"(?:aangeboden|offered|angeboten|offerte?s?|offert|kosteloos|kostenlos|free of charge|"
    r"gratuite?s?)(?!\w)"
    # a host who paid for the stay: "de Gästeverband, die mijn verblijf, maaltijden en
    # activiteiten betaalde", "the tourism board, who paid for our stay", "qui a pris en
    # charge notre séjour", "der unseren Aufenthalt bezahlt hat"
    r"|(?<!\w)(?:die|dat|der|das|welche)\s+(?:mijn|ons|onze|meinen|unseren|meine|unsere)\s+"
    + _STAYED + _CLAUSE + r"(?:betaalde|betaald heeft|vergoedde|bezahlte|bezahlt hat|"
    r"übernahm|übernommen hat)(?!\w)"
    # invited by the house: "auf Einladung des Hotels", "op uitnodiging van het resort", "at the
    # invitation of the lodge", "à l'invitation du domaine" (lapis)
    r"|(?<!\w)(?:auf einladung|op uitnodiging|at the invitation|on the invitation|à l'invitation|"
    r"sur l'invitation|sur invitation) (?:des|der|von|vom|van|of|de|du|de la|de l'|d')\s*"
    r"(?:the |het |de |la |le |l'|dem |den )?\w*" + _HOST + r"(?!\w)"
    # a stay hosted by someone: "two nights at the Keeper's Cottage were hosted by Visit Carrow"
    # (malachite)
    r"|(?<!\w)" + _STAYED + r"[^.!?\n]{0,60}?(?:was|were) (?:kindly |generously )?hosted by(?!\w)"
    # a stay "supported" by the house: "Unser Aufenthalt wurde vom Almhotel Rosskopf unterstützt"
    r"|(?<!\w)(?:ons|onze|our|unser|unsere|notre|nos|mijn|my|mein|meine|mon)\s+" + _STAYED
    + _CLAUSE + r"(?:wurde|wurden|werd|werden|was|were|a été|ont été)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:unterstützt|ondersteund|gesponsord|gesponsert|supported|sponsored|soutenue?s?|"
    r"sponsorisée?s?)(?!\w)"
    # ... also with a second verb: "a guest of Visit Vellmoor, who arranged and paid for my
    # accommodation" (kyanite)
    r"|(?<!\w)(?:who|which|that)\s+(?:[\w-]+\s+(?:and|&)\s+)?(?:paid for|covered|hosted)\s+"
    r"(?:my|our)\s+" + _STAYED
    + r"|(?<!\w)qui (?:a|ont) (?:payé|pris en charge|offert|financé) (?:mon|notre|nos|mes)\s+"
    + _STAYED
)
_HANDLE_CLAUSE: Final = r"(?:@[\w.]*\w|[^.!?\n]){0,50}?"
"""A clause in which an account's dots ("@wolkzacht.slapen") end no sentence."""
_THANKS_FOR_SENDING: Final = re.compile(
    r"(?<!\w)" + _THANKS + r"(?!\w)" + _HANDLE_CLAUSE
    + r"(?:for sending (?:me|us|this|these|the|their|her|his|over)|"
    r"voor het (?:op|toe)sturen|fürs (?:zu)?schicken|für das (?:zu)?schicken|pour l'envoi|"
    # the FTC's own example: "Thanks, XYZ brand, for the free product"
    r"(?:for|voor|für) (?:the|this|these|my|a|an|de|het|deze|dit|das|die|den|diese|dieses) "
    r"(?:free|complimentary|gratis|kostenlose[nrs]?|kostenfreie[nrs]?) "
    r"(?!(?:shipping|delivery|returns|webinar|workshop|class|masterclass|consult\w*|e-?book|"
    r"download|trial|tips|advice|verzending|bezorging|levering|versand|lieferung|rücksendung)"
    r"(?!\w))[\w-]+|"
    r"pour (?:le|la|les|ce|cette|ces) [\w'’-]+ (?:offerte?s?|gratuite?s?))(?!\w)"
)
"""Thanks for sending: "dank aan @kattenkroket voor het opsturen van dit pakketje". The FTC's
own example of a plain gift disclosure is "Thanks, XYZ brand, for the free product"; read only
when no fuller statement says more ("for sending us the mansion as a gift")."""
STATEMENT_WEIGHT: Final = 0.9
"""As strong as the fixed gift statements of the lexicon ("sent me this for free")."""


def find_gift_statements(doc: Document) -> list[Signal]:
    """A ``disclosure.statement`` (label ``gifted``) per free-of-charge sending or lending."""
    lowered = doc.lowered
    if not any(word in lowered for word in FREE_WORDS):
        return []
    matches = list(_GIFT_STATEMENT.finditer(lowered)) or list(
        _THANKS_FOR_SENDING.finditer(lowered))
    return [Signal("disclosure", "disclosure.statement", doc.text[m.start():m.end()],
                   STATEMENT_WEIGHT, m.start(), m.end(), "gifted") for m in matches
            if not _after_sales(lowered, m.start(), m.end())]


_SERVICE: Final = re.compile(
    r"(?<!\w)(?:service client|customer service|customer support|klantenservice|kundenservice|"
    r"kundendienst|sous garantie|under warranty|onder garantie|auf garantie|garantie|warranty|"
    r"gewährleistung|kulanz|réclamation|complaint|klacht|reklamation|replacement|vervanging|"
    r"ersatzteil|remplacement)(?!\w)")
"""After-sales words: a part sent free "après un courriel au service client" or under warranty
is the seller keeping a promise to a buyer, not a gift to a creator."""


def _after_sales(lowered: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``–``end`` (ended by ``.!?`` or a line break, not
    a bullet) speaks of after-sales service."""
    opening, closing = sentence_bounds(lowered, start, end, ".!?\n")
    return _SERVICE.search(lowered, opening, closing) is not None
