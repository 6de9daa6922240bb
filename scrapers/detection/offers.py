"""Brand gifts and follower offers that no fixed phrase catches: they are shapes, not words.

- thanks to a tagged account *for a parcel*: "Thanks @knuffelkoffie voor dit pakketje!",
  "Danke @kaffeekommune für das riesige Paket", "Merci @biscuiterie pour ce colis";
- a tagged brand, a perk for the followers and a way to claim it: "@ecobudget.app … Lien
  dans ma bio pour 1 mois premium offert", "Download via spaarvarken.app/joost en je
  krijgt €10 startbonus".

Both are commercial evidence that does not tell the reader (family ``commercial``), so an
otherwise silent post comes out ``undisclosed``. Thanks to a brand without a parcel word
("Danke @pacemark.running 🙏") is judged in ``thanks``.

>>> from scrapers.detection.document import read_document
>>> [(s.rule, s.text) for s in find_offers(read_document("Merci @doree pour ce colis 😍"))]
[('commercial.gifted', 'Merci @doree pour ce colis')]
"""

from __future__ import annotations

import re
from typing import Final

from scrapers.detection.document import Document
from scrapers.detection.guards.standing import standing_cues
from scrapers.detection.guards.text import in_link_target, sentence_bounds
from scrapers.detection.literal_gate import PatternGate
from scrapers.detection.thanks import (
    DOMAIN_NAME,
    HANDLE,
    HANDLE_NAME,
    HASHTAG,
    OCCASION,
    THANKS,
    THANKS_WORD,
    bought_in_sentence,
    business_handle,
    domain_forms,
    gifted,
    maker_mentions,
    names_a_tag,
    tag_form,
    thanks_to_a_brand,
    thanks_to_a_shop,
    thanks_to_the_maker,
)
from scrapers.models import Signal

_GIFT_NOUNS: Final = (
    r"(?:pakket\w*|pakje\w*|paket\w*|päckchen|colis|package|parcel|box|gift|gifts|"
    r"goodies|cadeau\w*|geschenk\w*|surprise|überraschung|sending|opsturen|toesturen|"
    r"zuschicken|l'envoi|samples?|proefjes|producten|products?|produkte?|produits?|"
    r"treats|kit|set|bundle|exemplaar|exemplar|exemplaire|unit|testgerät)")
_THANKS_FOR_PARCEL: Final = re.compile(
    THANKS + r"(?:\s+[\w'’-]+){0,2}?\s*,?\s*(?:to\s+)?@[\w.]+\s*,?\s*"
    r"(?:for|voor|für|fürs|pour)\s+(?:[\w'’-]+\s+){0,5}?" + _GIFT_NOUNS + r"(?!\w)"
)
_NOT_A_CARRIER: Final = (r"(?![\w.]*(?:post|dhl|dpd|gls|ups|hermes|colissimo|chronopost|fedex|evri|"
                         r"courier|kurier|bezorg|delivery|versand|livraison|paket|pakket|parcel|"
                         r"zustell|logisti))")
_PARCEL_FROM: Final = re.compile(
    r"(?<!\w)(?:colis|paket\w*|päckchen|pakket\w*|pakje|package|parcel|box|pr[ -]?box|pr-paket|"
    r"pr package)\s+(?:de|du|von|vom|van|from|by)\s+(?:the |het |dem |l')?@" + _NOT_A_CARRIER
    + r"[\w.]+"
    # the account right beside the parcel, and the parcel arrived: "mon colis @veloura.paris est
    # arrivé", "my @lumen.skin package arrived" (erica)
    + r"|(?<!\w)(?:mon|mein|meine|mijn|my)\s+(?:colis|paket|päckchen|pakket\w*|pakje|package|"
    r"parcel|box)\s+@" + _NOT_A_CARRIER + r"[\w.]+\s+(?:est |is |ist |has |just )?"
    r"(?:(?:enfin|finally|endlich|eindelijk|eindlich)\s+)?(?:arrivée?|arrived|binnen|"
    r"angekommen|da)(?!\w)"
    r"|(?<!\w)(?:my|mijn|mein|meine)\s+@" + _NOT_A_CARRIER + r"[\w.]+\s+(?:package|parcel|"
    r"pakket\w*|paket|päckchen|box)\s+(?:has |just |finally )?(?:arrived|is binnen|ist da|"
    r"ist angekommen)(?!\w)"
)
"""A parcel from a tagged account ("paket von @brotzeit.box"); not from a carrier ("pakketje van
@PakketPostNL … staat op bezorgd maar er ligt niks"): that is a delivery, not a gift."""
_THANKS_FOR_HOSTING: Final = re.compile(
    THANKS + r"(?:@[\w.]+|[^.!?\n]){0,80}?(?:for|voor|für|fürs|pour)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:l['’])?(?:uitnodiging|einladung|einladen|invitation|invite|inviting|having us|"
    r"hosting us|hosting|"
    r"looking after us|taking (?:such )?(?:good )?care of us|goed voor ons (?:te )?zorgen|"
    r"die (?:tolle |liebevolle )?betreuung|prendre soin de nous|"
    r"l'accueil|accueil|gastvrijheid|hospitality|gastfreundschaft|(?:het )?vroege exemplaar|"
    r"(?:de )?(?:warme )?ontvangst|(?:den )?(?:herzlichen )?empfang|(?:the )?(?:warm )?welcome|"
    r"early unit|review unit|testexemplaar|leihgerät|testgerät|l'exemplaire)(?!\w)"
    r"|" + THANKS + r"(?:@[\w.]+|[^.!?\n]){0,80}?(?:fürs|für['’]s) haben(?!\w)"
)
"""Thanks for an invitation or for having us ("Merci @seehaus.liebling fürs Haben", rhubarb):
a hosted stay or meal."""
_THANKS_FOR_PAMPERING: Final = re.compile(
    THANKS + r"(?:@[\w.]+|[^.!?\n]){0,40}?(?:for|voor|für|fürs|pour)\s+(?:het |nous avoir )?"
    r"(?:verwöhnen|verwennen|spoiling us|pampering us|gâtée?s)(?!\w)")
"""Thanks to a hotel for pampering us ("Traumhaftes Wochenende im @seeblick.resort … Danke fürs
Verwöhnen, ihr Lieben!!", parsley): read only where lodging is named ("Danke Schatz fürs
Verwöhnen" is a partner's birthday treat)."""
_THANKS_FOR_THIS_GIFT: Final = re.compile(
    THANKS + r"(?:@[\w.]+|[^.!?\n]){0,30}?(?:voor|for|für|pour) "
    r"(?:deze|dit|this|these|diese|dieses|cette|ce|ces|die|das|the|de|het|la|le|les|l'|your|"
    r"jullie|eure|euer|votre|vos) (?:[\w'’-]+ ){0,2}?"
    r"(?:verrassing|surprise|überraschung|cadeau\w*|geschenk\w*|gift|"
    r"pakket\w*|paket\w*|colis|package|parcel|doos|box|boîte|schachtel|kistje|mand|mandje|"
    r"hamper|coffret|beauties|goodies|treats|lovelies|pretties|schätzchen|schätze|merveilles|"
    r"pépites|pareltjes|schatjes)(?!\w)")
"""Thanks "voor deze leuke verrassing", "for these beauties" under a tagged brand's product: its
gift."""
_ON_A_SHOW: Final = re.compile(
    r"(?<!\w)(?:podcast|podcasts|folge \d+|episode \d+|aflevering \d+|épisode \d+|transkript|"
    r"transcript|transcriptie|talkshow|interview)(?!\w)")
"""A podcast, a show or an interview: a guest's "Danke für die Einladung" thanks the hosts for
the seat at their microphone, not for a hosted stay."""
_THANKS_TO_HOSTS: Final = re.compile(
    THANKS + r"[^.!?\n]{0,80}?(?:(?:die|der|who|that|qui|dat) (?:uns|us|nous|ons)|"
    # borage: "Dankeschön an Frau Brandl und das ganze Team vom Almblick, ihr habt uns so verwöhnt"
    r"ihr habt uns|jullie hebben ons|vous nous avez) (?:so |si |zo |tellement |)"
    r"(?:herzlich |warmly |chaleureusement |hartelijk |liebevoll |)(?:aufgenommen|empfangen|"
    r"welcomed|hosted|accueillis|reçus|ontvangen|verwöhnt|verwend|spoiled|spoilt|gâtée?s?)(?!\w)")
"""Thanks to the people "die uns so herzlich aufgenommen haben" or told "ihr habt uns so
verwöhnt": the hosts of a stay."""
_THANKS_FOR_TRUST: Final = re.compile(
    THANKS + r"(?:@[\w.]+|[^.!?\n]){0,80}?(?:(?:pour|for|für|voor) (?:leur|their|ihr|hun|votre|"
    r"your) "
    r"(?:confiance|trust|vertrauen|vertrouwen)|de m'avoir fait confiance|"
    r"d'avoir fait confiance|for trusting me|voor het vertrouwen in mij)(?!\w)")
"""Thanks to a brand's team for *their* trust: how a paid collaboration signs off ("Un grand
merci à toute l'équipe de Bambou & Plume pour leur confiance"); colleagues thanked "für das
Vertrauen" on a last working day are not a brand."""
_THANKS_FOR_THE_DAYS: Final = re.compile(
    THANKS + r"(?:@[\w.]+|[^.!?\n]){0,60}?(?:for|voor|für|fürs|pour)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:tage|days|nächte|nights|dagen|nachten|jours|nuits|aufenthalt|stay|verblijf|séjour|"
    r"zeit|time|tijd|week-?end|weekendje|wochenende)"
    r"(?!\w)")
"""Thanks to the team "für diese wunderbaren Tage" (or "pour ce week-end magique", amaranth): a
hosted stay, in a text about a hotel or a cabin (also a compound one: "@seehotel_birkenau …
Danke für die wundervolle Zeit", fennel)."""
_LODGING: Final = re.compile(r"(?<!\w)(?:[a-zäöüß]*hotel|hôtel|resort|retreat|lodge|chalet|gîte|"
                             r"cabane|cabin|boomhut|baumhaus|glamping|"
                             r"landgoed|pension|auberge|b&b|bed and breakfast)(?:s|en)?(?![^\W_])")
_THANKS_TO_TOURISM: Final = re.compile(
    THANKS + r"[^.!?\n]{0,80}?(?:tourismusverband|tourism board|toerismebureau|"
    r"office (?:de|du) tourisme|verkehrsverein|tourist office|verkeersbureau|verkehrsbüro|"
    r"fremdenverkehrsamt|visitor bureau|visitors bureau|"
    r"@visit[\w.]+|@[\w.]*tourism[\w.]*)(?!\w)")
"""Thanks to a tourism board: the host of a press trip. Destination marketers go by
"@visit<place>" or "@…tourisme" ("Mille mercis @visit.cotesauvage pour l'organisation de ce
séjour", jasmine)."""
_ASKED_TO_TEST: Final = re.compile(
    r"(?<!\w)(?:vroeg|vroegen) (?:me |mij |ons )?of (?:ik|wij|we) (?:[\w-]+\s+){0,5}?"
    r"(?:wilde|wilden|wou) (?:testen|uittesten|uitproberen|reviewen)(?!\w)"
    r"|(?<!\w)asked (?:me|us) (?:if|whether) (?:i|we)(?:'d| would| wanted)(?: like)? to "
    r"(?:test|try|review)(?!\w)"
    r"|(?<!\w)(?:fragte|fragten),? ob (?:ich|wir) (?:[\w-]+\s+){0,5}?(?:testen|ausprobieren) "
    r"(?:möchte|möchten|wollte|wollten|will)(?!\w)"
    r"|(?<!\w)(?:m'a|m'ont|nous a|nous ont) proposé de (?:le |la |les )?(?:tester|essayer)(?!\w)")
"""A maker who asked for a test ("Toen Tempo Sports vroeg of ik de nieuwe Run 3 wilde testen",
"l'équipe de P'tit Grenier m'a proposé de tester"): the product came from the maker, but the
reader is not told it was free or paid for, so this is evidence, not a disclosure."""
_THANKS_FOR_MAKING_POSSIBLE: Final = re.compile(
    THANKS + r"[^.!?\n]{0,60}?(?:for making (?:this|the|today's) (?:video|episode|content|trip|"
    r"review) possible|voor het mogelijk maken van (?:deze|dit|de)|"
    r"(?:die|dat|who|that) (?:deze|dit|this) (?:video|aflevering|episode|reis|trip) mogelijk "
    r"(?:maakt|maakte|maakten|hebben gemaakt|made possible)|"
    r"für die unterstützung (?:dieses|des|bei diesem) (?:videos?|beitrags?)|"
    r"(?:dafür|für),? dass (?:sie|ihr) (?:dieses|das) video (?:möglich gemacht|ermöglicht)|"
    r"(?:pour avoir|d'avoir) rendu (?:cette vidéo|cet épisode|ce contenu|ce voyage) possible|"
    # the hosts "die uns dieses wunderbare Wochenende ermöglicht haben" (obsidian)
    r"(?:die|der|who|that|qui|dat) (?:uns|mir|us|me|nous|ons|mij) (?:[\w-]+ ){0,3}?"
    r"(?:wochenende|aufenthalt|reise|tage|weekend|stay|trip|séjour|verblijf|reis|dagen) "
    r"(?:ermöglicht|möglich gemacht|made possible|mogelijk (?:hebben |heeft )?gemaakt))"
    r"(?!\w)")
"""Thanks "for making this video possible": how a sponsor is named on YouTube without saying
it paid — evidence of a sponsorship, not a clear disclosure (the FTC wants "sponsored by")."""
_THANKED_FOR_THIS_VIDEO: Final = re.compile(
    THANKS + r"\s+(?:à|a|to|an|aan)\s+(?!(?:vous|tous|toutes|you|all|everyone|euch|alle|allen|"
    r"jullie|iedereen|my|mijn|mein|meine|ma|mon|mes)(?!\w))(?:[@\w.'’&-]+\s+){1,4}?"
    r"(?:pour|for|für|voor)\s+(?:cette vidéo|cet épisode|this video|this episode|today's video|"
    r"dieses video|diese folge|deze video|deze aflevering)(?!\w)")
"""The same said shorter, to a named party: "Merci à Raidforge pour cette vidéo !" over a
download link (zedoary); the viewers ("merci à tous") and one's own people ("thanks to my
editor") are not sponsors, and a bare "merci pour cette vidéo" is a viewer's comment."""
_INVITED_TASTING: Final = re.compile(
    r"(?<!\w)(?:(?:mochten|mocht) (?:we|wij|ik) (?:[\w-]+ ){0,3}?(?:komen )?(?:proeven|dineren|"
    r"eten|aanschuiven)|(?:we were|i was) invited to (?:try|taste|dine)|"
    r"(?:durften|durfte) (?:wir|ich) [^.!?\n]{0,60}?(?:probieren|verkosten|kosten)|"
    r"(?:nous avons|j'ai) été invitée?s? à (?:goûter|déguster|dîner))(?!\w)")
"""An invited tasting at a business ("Gisteren mochten we komen proeven bij het nieuwe
restaurant Vuur & Zout", "Gestern durften wir im „Dragon Garden“ … das neue Herbstmenü
probieren"): a hosted meal, with or without an @handle."""
_KIND_TO_SEND: Final = re.compile(
    r"(?<!\w)(?:were|was|are|is|have been|has been) (?:so |very |really )?kind enough to "
    r"(?:send|gift|lend|loan|give)(?!\w)"
    r"|(?<!\w)(?:waren|was|zijn|is) (?:zo |heel )?(?:lief|aardig|vriendelijk) om (?:me |mij |ons )?"
    r"(?:[\w-]+ ){0,3}?(?:op te sturen|toe te sturen|te sturen|uit te lenen)(?!\w)"
    r"|(?<!\w)(?:waren|war|sind|ist) so (?:nett|lieb|freundlich),? (?:mir|uns) (?:[\w-]+ ){0,3}?"
    r"zu (?:schicken|senden|leihen|überlassen)(?!\w)"
    r"|(?<!\w)(?:ont|a) eu la gentillesse de (?:m'|nous )?(?:envoyer|offrir|prêter)(?!\w)"
    r"|(?<!\w)lief van [^.!?\n]{2,40}? dat (?:ze|hij|zij|jullie|jij) (?:me|mij|ons) "
    r"(?:[\w-]+ ){0,3}?(?:stuurden|stuurde|opstuurden|opstuurde|toestuurden|toestuurde|gaven|gaf)"
    r"(?!\w)"
    r"|(?<!\w)(?:sweet|kind|lovely|nice) of [^.!?\n]{2,40}? to (?:send|gift) (?:me|us)(?!\w)"
    r"|(?<!\w)(?:lieb|nett) von [^.!?\n]{2,40}?,? (?:mir|uns) (?:[\w-]+ ){0,3}?"
    r"zu (?:schicken|schenken|senden)(?!\w)"
    r"|(?<!\w)(?:gentil|adorable|sympa) de la part de [^.!?\n]{2,40}? de (?:m'|nous )"
    r"(?:envoyer|offrir)(?!\w)")
"""A maker "kind enough to send this over before launch", "super lief van Maison Lior dat ze
me die jas stuurden" (nasturtium): the product came from them, free; evidence of a gift, but
the reader is not plainly told (not a disclosure)."""
_PARCEL_ON_THE_MAT: Final = re.compile(
    r"(?<!\w)een (?:(?:mooi|leuk|lief|groot|prachtig) )?(?:pakketje|pakket|doos|doosje) van "
    r"[^.!?\n,]{2,40}? op de (?:deur)?mat(?!\w)"
    r"|(?<!\w)an? (?:(?:lovely|nice|beautiful|big|sweet) )?(?:package|parcel|box) from "
    r"[^.!?\n,]{2,40}? on (?:the|my) (?:door)?mat(?!\w)"
    r"|(?<!\w)(?:in de (?:brieven)?bus|op de (?:deur)?mat) (?:lag|lagen|viel|vielen) "
    r"van @\w(?:[\w.]*\w)?")
"""A brand's parcel that landed on the mat ("dat er een mooi pakketje van Lumen Lab op de mat
lag", tourmaline; "kijk wat er vandaag in de bus lag van @kleurkracht.cosmetics", rue): how
creators show what was sent to them; "mijn pakketje van bol" (an order) has no indefinite
article and is not read."""
_IN_THE_MAIL: Final = re.compile(
    r"(?<!\w)(?:boîte aux lettres|brievenbus|in de bus|briefkasten|mailbox|letterbox|"
    r"on (?:my|the) doorstep|op de (?:deur)?mat)(?!\w)")
_THANKS_TO_A_HOUSE: Final = re.compile(
    THANKS + r"\s+(?:(?:à|aux|au|to|an|aan|den|dem)\s+)?(?:(?:la|le|les|l'|die|der|das|de|het|the)"
    r"\s*)?(?:éditions|editions|verlag|uitgeverij|maison|atelier|boutique|"
    r"[a-zäöü]*(?:erei|erij))\s+[^\W\d_][\w'’-]*")
"""Thanks to a house by its trade ("Merci aux Éditions Pampelune", "Danke an den Verlag
Kiepe", "bedankt Bakkerij Jansen") in a post about what came in the mail (thyme): the sender
of what arrived."""
_BEFORE_LAUNCH: Final = re.compile(
    r"(?<!\w)(?:got|received|was sent|were sent) (?:these|this|it|them|mine|one|a pair)"
    r"(?: [\w'’-]+){0,6}? before (?:the |its |their )?(?:launch|release)"
    r"(?: [\w'’-]+){0,3}? from (?:the (?:team|folks|people)|@[\w.])"
    r"|(?<!\w)(?:kreeg|kregen|ontving|ontvingen) (?:ik|we|wij) (?:deze|dit|ze|het)"
    r"(?: [\w'’-]+){0,6}? (?:al )?voor de (?:lancering|release)(?: [\w'’-]+){0,3}? van "
    r"(?:het team|de mensen|@[\w.])"
    r"|(?<!\w)(?:j'ai|on a|nous avons) reçu (?:ce|cette|ces|le|la|les)"
    r"(?: [\w'’-]+){0,6}? avant (?:le lancement|la sortie)(?: [\w'’-]+){0,3}? "
    r"(?:de la part de|par) (?:l'équipe|@[\w.])"
    r"|(?<!\w)(?:thanks|thank you) to the(?: [\w'’@.-]+){1,3}? team for (?:getting|sending) "
    r"(?:these|this|it|them|one|mine) (?:over )?to (?:me|us) before (?:the |its |their )?"
    r"(?:launch|release)")
"""A product had before it is sold, from its maker ("Got these a couple weeks before launch from
the team at Vantis", oregano; "Big thanks to the Auralis team for getting these to me before
launch", quassia): early units come from the maker; evidence of a gift, not a
disclosure. Bought early ("got these before launch, preordered on day one") names no giver;
the shapes run on the lower-cased text, so the giver is a team or an @handle."""
_PARCEL_THEN_THANKS: Final = re.compile(
    r"(?<!\w)(?:päckchen|paket|pakketje|pakket|colis|package|parcel|pr-?box|pr package)(?!\w)"
    r"[^\n]{0,40}?" + THANKS + r"[\s,!]*(?:to |an |aan |à )?@[\w.]+")
"""A parcel shown, then thanks to an account ("Was für ein süßes Päckchen 🥹 Danke
@kerzenwerk_hannah!!"): the account sent it."""
_OPEN_WITH_THANKS: Final = (_THANKS_FOR_PARCEL, _THANKS_FOR_THIS_GIFT, _THANKS_FOR_HOSTING,
                            _THANKS_TO_HOSTS, _THANKS_FOR_TRUST, _THANKS_FOR_THE_DAYS,
                            _THANKS_TO_TOURISM, _PARCEL_THEN_THANKS, _THANKS_FOR_PAMPERING)
"""The shapes that begin with ``THANKS``: none can match a text without a word of thanks."""
_BUSINESS: Final = re.compile(
    r"(?<!\w)(?:team|équipe|hotel|hôtel|restaurant|landgoed|domaine|resort|spa|lodge|camping|"
    r"bistro|brasserie|café|chalet|gîte)(?!\w)")
"""Whom a hosting thanks goes to when no @handle or link names it."""
_HANDLE_SENT: Final = re.compile(
    r"@[\w.]+\s+(?:m'a envoyé|m'a offert|m'ont envoyé|sent me|has sent me|stuurde me|stuurde mij|"
    r"spoil(?:ing|ed|t) me|verwent me|verwöhnt mich|me gâte|came through|a encore frappé|"
    r"heeft me\b[^.!?\n]{0,40}gestuurd|hat mir\b[^.!?\n]{0,50}geschickt|schickte mir|"
    r"(?:uns|mir) (?:[\w-]+ ){0,3}?geschickt hat|hat (?:uns|mich) überrascht|"
    r"heeft (?:ons|me) verrast|surprised (?:us|me)|nous a surpris|m'a surprise?)"
    r"|(?<!\w)(?:von|vom team von) @[\w.]+ (?:[\w-]+ ){0,3}?(?:bekommen|erhalten)(?!\w)"
    r"|(?<!\w)(?:ils|elles) ont (?:pensé à moi|pensé à nous)|(?:they|you) thought of (?:me|us)"
    r"|(?:ze|jullie) hebben aan (?:mij|me|ons) gedacht|(?:sie|ihr) (?:haben|habt) an (?:mich|uns) "
    r"gedacht"
    # the same in a clause after the thanks: "Danke @radelzwerg dass ihr an uns gedacht habt"
    r"|(?:dass|daß) (?:ihr|sie) an (?:mich|uns) gedacht (?:habt|haben)"
    r"|dat (?:jullie|ze|je) aan (?:mij|me|ons) (?:hebben |hebt |heeft )?gedacht"
    r"|for thinking of (?:me|us)|d'avoir pensé à (?:moi|nous)")
"""'@brand sent me', "die Winterkollektion von @frostfuchs.kids für Emil bekommen": the sender
named as an account."""
_ARRIVAL: Final = re.compile(
    r"(?<!\w)(?:in de brievenbus|binnenkwam|in the mail|in my mailbox|im briefkasten|heute ankam|"
    r"dans ma boîte aux lettres|arrived today|kwam vandaag binnen|op de mat|bezorgd werd|"
    r"happy mail|mail day|post day|arrived from|post ist da|colis du jour|unboxing|vor release|"
    # anise: "Heute Abend wird „Turmbau zu Wolkenstein“ ausgepackt … Danke @Brettspielschmiede!",
    # "Regardez ce qui m'attendait ce matin 📦 …": a parcel unpacked, or waiting at the door
    r"(?:wird|werden) (?:\S+ ){0,6}?ausgepackt|"
    r"(?:wordt|worden) (?:\S+ ){0,6}?uitgepakt|ce qui m'attendait|what was waiting for me|"
    r"wat er op me lag te wachten|was auf mich gewartet hat|"
    r"was heute (?:an)?kam|what came today|wat er vandaag (?:binnen)?kwam|"
    r"heute kam (?:[\w-]+ ){0,4}?(?:von|vom) @[\w.]+ an|"
    r"(?:überraschung|surprise|verrassing) (?:heute |today |vandaag )?(?:in der post|in the post|"
    r"in de post)|(?:überraschungspost|überraschungspaket|verrassingspost|verrassingspakket|"
    r"surprise (?:mail|post|parcel|package)|colis surprise) (?:von|vom|from|van|de) @[\w.]+|"
    r"ce que j'ai reçu(?! par (?:sms|mail|e-?mail|message|courriel|texto))|"
    r"look what (?:came|arrived|turned up|landed)|kijk wat er binnenkwam|schaut was ankam|"
    r"turned up (?:at|on) (?:my|our) (?:door|doorstep)|"
    r"how to spoil a girl|m'ont (?:trop |tellement )?gâtée?|showed up at my door|"
    r"(?:just|finally) showed up(?! at (?:my|the) door)|vor (?:meiner|der) tür stand|"
    r"enfin reçue?s?|(?:est|sont) arrivée?s? chez (?:moi|nous)|"
    r"durften? (?:[@\w\"„“'‘’.-]+ ){0,8}?(?:aus)?(?:probieren|testen|kosten|verkosten)|"
    r"mocht(?:en)? (?:@?[\w.]+ ){0,8}?(?:testen|uitproberen|proberen|proeven|(?:proef)?rijden|"
    r"langskomen)|got to (?:test|try)|before (?:it|they) launch(?:es)?|"
    r"reçue? (?:ce matin|aujourd'hui|hier)|arrived this morning|heute morgen kam|"
    r"seit heute bei mir|qui sort(?:ent)? (?:que |seulement )?le \d+|"
    r"kwam vanochtend binnen|op de stoep|op de deurmat|on the doormat|auf der fußmatte|"
    r"bij de deur stond|aan de deur stond|just landed|"
    r"net binnen|gerade angekommen|(?:sie|er|es) ist endlich da|eindelijk binnen|"
    r"bevor (?:es|sie|er) offiziell (?:rauskommt|erscheint|startet)|"
    r"before (?:it|they) officially (?:launch(?:es)?|comes? out)|"
    r"voordat (?:het|ze|hij) officieel (?:uitkomt|verschijnt)|"
    r"finally (?:here|arrived)|enfin arrivée?|"
    r"vien(?:nen)?t d'arriver|vor (?:der|meiner) tür|devant ma porte|"
    r"(?:kam|kommt) (?:heute )?post von|arrived (?:last week|yesterday|this week)|"
    r"vor der (?:offiziellen )?eröffnung|"
    r"avant la sortie|"
    r"before (?:the )?release|voor de release|on my doorstep|heute angekommen|angekommen ist|"
    r"(?:bij|at) de lancering|soirée d'inauguration|opening night|press night|persavond|"
    r"avant-première|vor dem offiziellen start|(?:got|had|kreeg|hatte) early access|"
    r"vorab (?:bekommen|erhalten)|accès anticipé|"
    r"mocht(?:en)? (?:ik|wij|we) aanschuiven|"
    r"(?:probieren|testen|kosten|verkosten) durften|mochten (?:wij|we) proeven|"
    r"(?:doesn't|does not|don't|do not)(?: even)? (?:launch|release|come out)|pre-?launch|"
    r"(?:komt|komen) pas \w+ uit|(?:kommt|kommen) erst \w+(?: \w+)? raus|"
    r"sort(?:ent)? officiellement|avant (?:sa|leur) sortie|pas encore sortie?s?|"
    r"(?:bei|by|door|chez|par) @[\w.]+ (?:\w+ ){0,2}?(?:verwöhnt|spoil(?:ed|t)|verwend|gâtée?s?)|"
    # "Trop gâtée par @NovaTechFR" (xylopia): the same, the account after
    r"(?:verwöhnt|spoil(?:ed|t)|verwend|gâtée?s?) (?:bei|by|door|chez|par|von) @[\w.]+|"
    r"@[\w.]+ (?:you guys |y'all |jullie |ihr )?(?:spoil(?:s|ed|t)? (?:me|us)|verwennen me|"
    r"verwöhnt mich|me gâtez))"
    r"(?!\w)")
"""A parcel's arrival, a product shown before it is on sale, or being spoilt ("how to spoil a
girl", "ils m'ont trop gâtée"): with a tagged account, a gift from that account."""
_GENERIC_ARRIVALS: Final = frozenset({
    "unboxing", "happy mail", "mail day", "post day", "colis du jour"})
"""Arrival words that name a gift only beside a tagged sender."""
_PERK: Final = re.compile(
    r"(?<!\w)(?<!my )(?<!mijn )(?<!mein )(?<!meine )(?<!mon )(?<!ma )(?<!royalty )(?<!royalty-)"
    r"(?:gratis|free|offert|offerte|kostenlos\w*|geschenkt|bonus|\w*bonus|startbonus|premium|"
    r"2[- ]for[- ]1|2 voor 1|2 für 1|1\+1 gratis|deux pour un|bogo|b1g1|buy one,? get one|"
    r"buy \d+,? get \d+|"
    r"\w*korting|\w*rabatt|réduction|remise|\d+\s?%\s?(?:off|korting|rabatt|de réduction|discount)|"
    r"\d+\s?%\s?(?:auf|op|sur|on)\s+(?:[\w-]+\s+){0,2}(?:einkauf|bestellung|order|aankoop|"
    r"bestelling|commande|achat|purchase)|"
    r"(?:great|big|huge|special|exclusive|extra|massive) discount|"
    r"(?:gibt|gibts|gibt's|there's|er is|il y a) (?:grad |gerade |grade |nu |now |en ce moment )?"
    r"(?:nen|einen|ein|a|een|un) (?:\w+ )?deal|"
    r"\d+\s?(?:prozent|procent|percent|pour ?cent)|"
    r"(?:ersten|first|eerste|premiers?) (?:\d+ )?(?:monat\w*|months?|maand\w*|mois)|"
    r"helft van de prijs|in de actie|flash ?sale|im angebot|en promo|frühbucher\w*|"
    r"early[- ]?bird|ohne gebühren|no fees|zero fees|0 fees|sans frais|geen kosten|welkomst\w*|"
    r"willkommens\w*|"
    r"fees? (?:is |are |will be )?waived|waive[sd]? (?:the |your )?(?:\w+ )?fees?|"
    r"(?:inschrijf|registratie|aanmeld)(?:geld|kosten) (?:vervalt|vervallen)|"
    r"(?:anmelde|aufnahme|einschreibe)gebühr entfällt|"
    r"entfällt (?:die|eure|deine|ihre) (?:anmelde|aufnahme|einschreibe)gebühr|"
    r"de bienvenue|welcome (?:drink|gift|bonus|offer)|"
    r"half price|halben preis|moitié prix|halve prijs|welkomstbonus|willkommensbonus|prämie|premie|"
    r"gratuit|gratuite|offerte?s?|days free|aufs haus|on the house|van het huis|"
    r"proefrit|probefahrt|test ?ride|test ?drive|essai gratuit|proefslapen|probeschlafen|"
    r"\d+ (?:nachten|nights|nächte|nuits)(?: \w+)?|"
    r"\d+\s?(?:€|euro|eur|\$|£)|[€$£]\s?\d+|"
    r"-\s?\d{1,2}\s?%|"
    r"voor de actie|zur aktion|pour la promo|for the promo|deals? (?:is|are) live|aanbieding|"
    r"before (?:it|they|the \w+) sells? out|while stocks? lasts?|zolang de voorraad strekt|op=op|"
    r"solange der vorrat reicht|dans la limite des stocks|"  # see _SCARCITY
    r"proef\w*box|probier\w*box|trial box|sample box|box d'essai|proefpakket|probier-?set|"
    r"proef-?set|trial set|coffret découverte)(?!\w)"
)
_SCARCITY: Final = re.compile(r"sell|stock|voorraad|op=op|vorrat")
"""A perk that is only scarcity ("before the drop sells out") counts for someone else's goods:
the author's own drop ("my hoodie drop … before they sell out") is no ad for a brand."""
_LAUNCH: Final = re.compile(
    r"(?<!\w)(?:pre-?order\w*|précommande|vorbestell\w*|(?:ab sofort|jetzt) buchbar|"
    r"(?:ils|elles) lancent|they(?:'re| are) launching|ze lanceren|"
    r"nu te (?:bestellen|boeken)|now bookable|réservations? via|reservations? via|"
    r"reserveren (?:kan )?via|bookings? via)(?!\w)")
"""A launch ("ab sofort buchbar", "en précommande") is a perk only after a tagged account and
in a text that does not sell the author's own goods ("my hoodie drop is up for pre-order")."""
_OWN_GOODS: Final = re.compile(
    r"(?<!\w)(?:my|our|mijn|onze|mein\w*|unser\w*|mon|ma|mes|notre|nos)\s+(?:\w+\s+)?"
    r"(?:merch|hoodies?|drop|collection|collectie|kollektion|book|boek|buch|livre|shop|winkel|"
    r"brand|merk|marke|marque|line|lijn|album|ep|course|cursus|kurs|cours|ebook|e-book)(?!\w)"
    r"|(?<!\w)(?:onze|mijn|our|my|unser\w*|mein\w*|notre|mon|ma) (?:eigen|own|eigene\w*|propre)"
    r"(?!\w)|#eigenmerk|#smallbusiness|#ownbrand|zelf ontworpen|designed by me|"
    r"selbst (?:entworfen|gemacht|genäht)|fait main par moi")
_CLAIM: Final = re.compile(
    r"(?<!\w)(?:link (?:staat |is )?in (?:bio|my bio|mijn bio|meiner bio)|linked in (?:my )?bio|"
    r"link in (?:the |de )?comments|link in den kommentaren|lien en commentaire|"
    r"(?:infos?|tout|details|alle info) (?:sont |est |staat |staan |are |is )?(?:dans|in|en) "
    r"(?:ma |mijn |my |meiner )bio|"
    r"lien (?:est )?dans (?:ma|la) bio|lien en bio|"
    r"(?:linked|gelinkt|verlinkt) in (?:my |mijn |meiner )?bio|link is in (?:my )?bio|"
    r"link in (?:my |mijn |meiner |meinen )?stor(?:y|ies)|"
    r"lien (?:dans|en) (?:ma |mes )?stor(?:y|ies)|"
    r"in (?:meiner|my|mijn) stor(?:y|ies)(?: [\w'’-]+){0,3}? (?:link|lien)|"
    r"lien de réservation|"
    r"download(?:en)? via|télécharge\w* via|via (?:mijn|meinen|my|mon) link|swipe up|"
    r"(?:mit|with|met|avec) (?:dem |de |le )?code|\w+\.app/\w+|"
    r"at the (?:till|counter)|an der kasse|en caisse|aan de kassa|bij de kassa|"
    r"en montrant cette vidéo|show(?:ing)? this (?:video|reel)|toon deze video|"
    r"zeigt (?:dieses|das) video|"
    r"[\w-]+\.(?:io|com|de|nl|fr|be|at|ch|co|eu|app|gg|shop|store|uk)/[\w/-]*[a-z])(?!\w)"
)
_OWN_LINK_CLAIM: Final = re.compile(
    r"(?:(?<!\w)(?:über meinen link|via my link|with my link|using my link|through my link|"
    r"use my link|gebruik mijn link|nutzt meinen link|utilisez mon lien|"
    r"mit (?:meinem|unserem) link|met (?:mijn|onze) link|avec (?:mon|notre) lien|"
    r"with our link|via our link|über unseren link|"
    r"avec ce lien|with this link|met deze link|mit diesem link|via deze link|via ce lien|"
    r"über diesen link|über den link|de ma part|via mij komt|van mij komt|von mir kommt|"
    r"met mijn link|via mijn link|avec mon lien|via mon lien|mention my name|"
    r"mention this (?:post|video|reel)|noem deze post|erwähnt diesen post|mentionnez ce post|"
    r"(?:they|ze|sie|ils) (?:gave|gaven|haben|m'ont) (?:me |mir )?(?:a |een |einen |un )?"
    r"(?:link|code|lien)|"
    r"tell them (?:i|that i|\w+) sent you|noem mijn naam|par mon lien|"
    r"zeg(?:t)? dat je (?:van|via) (?:[\w'’-]+ ){0,4}?[\w'’-]+ komt|"
    r"zeg(?:t)? (?:maar )?dat (?:[\w'’-]+ ){1,3}?je (?:stuurt|heeft gestuurd|gestuurd heeft)|"
    r"sag(?:t|en)?,? dass ihr von \W{0,2}(?:\w+ ){0,3}\w+\W{0,2} kommt|nennt meinen namen|"
    r"mit meinem namen|met mijn naam|with my name|avec mon nom|"
    # the featured app's download with a bonus: "Download de Groeipot-app en ontvang €10
    # startbonus" (cardamom)
    r"(?:download|installeer|installier|lade|télécharge\w*) (?:de |die |the |l')?[\w-]+[- ]?app "
    r"(?:en|and|und|et) (?:ontvang|krijg|get|receive|erhalte|bekomme|reçois|recevez)|"
    # a quoted name to sign up with is a code: "alle die sich mit „SARAH“ anmelden" (cardamom)
    r"(?:mit|met|with|avec|unter) (?:dem namen |de naam |the name |le nom )?[„\"“'‘«]\s?\w{3,15}\s?"
    r"[“\"”'’»] (?:anmelden|registrieren|aanmelden|inschrijven|sign up|register|s'inscri\w*)|"
    r"de la part de \w+|"
    r"link (?:below|unten|above|oben)|(?:de )?link (?:hieronder|hierboven)|"
    r"lien ci-(?:dessous|dessus)|"
    r"(?:avec|with|met|mit) (?:le |the |de |dem )?(?:lien|link) (?:dans|in|en) "
    r"(?:ma |my |mijn |meiner )?bio|"
    r"(?<!tip )(?<!tipp )(?:voor|for|für) (?:[\w-]+ ){0,3}?(?:lezers|readers|leser|leserinnen)|"
    r"(?:giving|gives|geeft|geven|gibt|geben|offre|offrent|offers?) "
    r"(?:my|mijn|meiner|meinen|ma|mes) (?:network|followers|community|audience|volgers|abonnees|"
    r"abonnés|communauté|readers|lezers|leser\w*)|"
    r"(?:les )?lecteurs d[eu']|sagt (?:beim|bei der|an der|im) \w+|"
    r"(?:lezers|readers|leserinnen und leser|leser|lecteurs|lectrices) (?:van (?:deze|dit|onze)|"
    r"of (?:this|our)|dieses|dieser|unseres|unserer|de ce|de cette|de notre)|"
    r"(?:krijgen|ontvangen|erhalten|bekommen) (?:onze |unsere )?(?:lezers|leser\w*)|"
    r"(?:our )?readers (?:can (?:now |currently |also )?)?(?:get|receive|claim)|"
    # "Right now Aurevia is offering readers 50% off their first month" (marjoram)
    r"(?:offering|offers|biedt|bieden|bietet|bieten|propose|proposent) (?:(?:our|onze|unseren|"
    r"nos) )?(?:readers|lezers|lesern|leserinnen|lecteurs)|"
    r"(?:nos )?lect(?:eurs|rices) (?:peuvent (?:dès maintenant |actuellement )?)?"
    r"(?:bénéficie[rn]t?|reçoivent|recevoir|obtenir)|"
    r"(?:onze )?lezers (?:kunnen (?:nu |momenteel )?)?(?:krijgen|ontvangen)|"
    r"(?:unsere )?leser(?:innen und leser)? (?:können (?:jetzt |aktuell |derzeit )?)?"
    r"(?:erhalten|bekommen|sparen)|"
    r"(?:go to|head to|head over to|ga naar|geh auf|geht auf|rendez-vous sur|allez sur)\s+"
    r"(?:https?://)?(?:www\.)?[\w-]+\.[a-z]{2,6}/[\w-]+|"
    r"(?:diesen artikel|dit artikel|this article|cet article)(?:\s+\w+){0,4}?\s+"
    r"(?:an der (?:kasse|theke|bar)|aan de (?:kassa|bar|balie)|at the (?:till|counter|bar)|"
    r"en caisse|au comptoir)|"
    r"(?:say|mention|zeg|sagt|sag|dites|noem|nennt)(?!\w)[^.!?\n]{0,40}?"
    r"(?:at the (?:till|counter)|an der kasse|en caisse|aan de kassa|bij de kassa)|"
    r"mit dem stichwort|avec le mot|met het codewoord|mention [a-z0-9]+ (?:at|for|when)|"
    r"beim bestellen|bei der (?:bestellung|reservierung)|à la (?:réservation|commande)|"
    r"en commandant|bij (?:het )?(?:bestellen|afrekenen|reserveren)|beim reservieren|"
    r"en réservant|when (?:you )?(?:order|book)\w*)|"
    r"[?&](?:ref|partner|referral|invite|refcode|via)=\w+)(?!\w)"
)
"""Without a tagged brand only the creator's own link, name or referral code makes a perk an
offer ("zeg dat je van Ilse komt", "?ref=kees_tweets")."""
_SENT_BY_ME: Final = re.compile(
    r"(?<!\w)(?:tell them (?:i|that i|(?:[\w'’-]+ ){1,6}?) ?sent you|say (?:i|that i) sent you|"
    r"zeg dat je (?:via|van) (?:mij|ons) komt|dites que vous venez de ma part|"
    r"sagt,? dass ihr von mir kommt|"
    # the author by name: "plan er een via www.autohuisbrammels.nl en zeg dat Marieke je
    # stuurt 😉" (fennel)
    r"zeg(?:t)? (?:maar )?dat (?:[\w'’-]+ ){1,3}?je (?:stuurt|heeft gestuurd|gestuurd heeft)|"
    r"sag(?:t)?,? dass (?:[\w'’-]+ ){1,3}?(?:dich|euch) schickt|"
    r"dites(?:-leur)? que (?:[\w'’-]+ ){1,3}?vous envoie)(?!\w)")
"""With a tagged business or its address, "tell them I sent you" is a referral the author is
credited for, perk or not ("they've just opened 2026 dates 👀 tell them I sent you x", "tell
them Dave from Dave Eats Yorkshire sent you")."""
_TRIAL: Final = (
    r"(?:first month (?:is )?free|free trial|\d+ days free|eerste maand gratis|proefperiode|"
    r"erste[rn]? monat (?:gratis|kostenlos)|premier mois (?:gratuit|offert)|essai gratuit|"
    r"(?:\d+|un|een|einen) (?:mois|maand|maanden|monat|monate|months?) "
    r"(?:offerts?|gratuits?|gratis|kostenlos|free)|"
    r"(?:gratuit|offert) (?:le|les) premiers? mois|(?:gratis|free) (?:de |the |for the )?"
    r"(?:eerste|first) (?:maand|month)|(?:den )?ersten monat (?:gratis|kostenlos)|"
    r"(?:op|on|auf|sur) (?:je|jouw|your|deine|ta|votre) (?:eerste|first|erste|première) "
    r"(?:bestelling|order|bestellung|commande)|"
    # a meal kit's first box: "link in bio für eure erste box gratis" (dill)
    r"(?:eerste|first|erste|ersten|première) (?:box|doos|kit|pakket|paket|colis) "
    r"(?:gratis|free|kostenlos|offerte?))")
_BIO: Final = r"(?:link in (?:my |mijn |mn |m'n |meiner )?bio|lien (?:dans|en) (?:ma )?bio)"
"""The bio link, in the spellings of captions ("via de link in mn bio!!", ylang)."""
_TRIAL_IN_BIO: Final = re.compile(
    r"(?<!\w)(?:" + _TRIAL + r"[^.!?\n]{0,60}?" + _BIO + "|" + _BIO + r"[^.!?\n]{0,60}?" + _TRIAL
    + r")(?!\w)")
"""A subscription's free trial behind the bio link is someone else's product, tagged or not
("download link in bio, first month free!!"); "link in bio for my free e-book" is not a trial."""
CAPTION_LENGTH: Final = 700
"""Texts shorter than this are read as captions and posts rather than pages."""
_PLATFORM_LINK: Final = re.compile(
    r"(?:instagram|tiktok|youtube|youtu|facebook|twitter|twitch|discord|linktr|spotify|"
    r"threads|bsky|pinterest|patreon|ko-fi|buymeacoffee|steadyhq|tipeee)\."
    r"(?:com|tv|gg|be|ee|net|app|social|fr)")
_TO_OWN_CHANNEL: Final = re.compile(
    r"(?<!\w)(?:op|on|auf|sur|in|via) (?:mijn|my|meinem|meinen|meiner|mon|ma) (?:komoot|strava|"
    r"youtube|kanaal|channel|kanal|chaîne|blog|website|podcast|instagram|tiktok|pinterest|spotify|"
    r"patreon|substack|twitch|profiel|profile|profil)(?!\w)")
"""Where a link just before the claim is said to lead: the author's own channel or profile
("De route staat op mijn Komoot, link hieronder", cardamom), not a shop."""
OWN_CHANNEL_REACH: Final = 60
PERK_REACH: Final = 120
"""How far apart the perk and the way to claim it may stand."""
FOLLOWER_OFFER_WEIGHT: Final = 1.0
"""A tagged brand plus a claimable perk is as telling as a discount code."""


_OFFER_GATE: Final = PatternGate([
    _THANKS_FOR_PARCEL, _PARCEL_FROM, _HANDLE_SENT, _ARRIVAL, _THANKS_FOR_THIS_GIFT,
    _PARCEL_THEN_THANKS, _THANKS_FOR_HOSTING, _THANKS_TO_HOSTS, _THANKS_FOR_TRUST,
    _INVITED_TASTING, _THANKS_FOR_THE_DAYS, _THANKS_TO_TOURISM, _ASKED_TO_TEST, _KIND_TO_SEND,
    _BEFORE_LAUNCH, _PARCEL_ON_THE_MAT, _THANKS_FOR_PAMPERING, THANKS_WORD, _BUSINESS])
"""The whole-text patterns of :func:`find_offers`: each is tried at every position of the
text, so a caption's block of hashtags multiplies their cost; one pass for their literals
rules most of them out."""
_CLAIM_GATE: Final = PatternGate([_OWN_LINK_CLAIM, _CLAIM, _TRIAL_IN_BIO, _SENT_BY_ME])
"""The same for the ways to claim a perk that :func:`follower_offer` looks for."""


def find_offers(doc: Document) -> list[Signal]:
    """``commercial.gifted`` for thanks-for-a-parcel, ``commercial.follower_offer`` for perks."""
    if not doc.hits_in("offer_cue"):
        # in a caption tagging a brand, a perk claimed at its address needs no cue word ("ze
        # geven nu €100 welkomstkorting 👇 stroomkracht.nl/overstappen"); a page's own sign-up
        # and app links are not an offer for someone's followers
        short = (len(doc.text) < CAPTION_LENGTH and "/" in doc.text
                 and HANDLE.search(doc.text) is not None)
        offer = follower_offer(doc) if short else None
        return [] if offer is None else [offer]
    lowered = doc.lowered
    possible = _OFFER_GATE.possible(lowered)
    tagged = HANDLE.search(doc.text) is not None
    addressed = "http" in lowered or "www." in lowered or bool(domain_forms(lowered))
    shapes: list[re.Pattern[str]] = []
    if tagged:
        shapes += [_THANKS_FOR_PARCEL, _PARCEL_FROM, _HANDLE_SENT, _ARRIVAL,
                   _THANKS_FOR_THIS_GIFT, _PARCEL_THEN_THANKS]
    elif (addressed and len(lowered) < CAPTION_LENGTH
          and not (doc.groups["negation"] or doc.groups["self_bought"])):
        # a product shown before its launch beside the maker's address ("wir durften … vor
        # der offiziellen Eröffnung testen 👉 www.feuerstelle-hafen.de") is as good as a tagged
        # maker, in a caption (news pages say "vor der Tür" and link elsewhere), unless the
        # text says it was bought or is not sponsored
        shapes.append(_ARRIVAL)
    if tagged or addressed or (_BUSINESS in possible and _BUSINESS.search(lowered)):
        # a guest on a podcast or show thanks its hosts for the seat, not for a stay
        hosting = [] if _ON_A_SHOW.search(lowered) else [_THANKS_FOR_HOSTING]
        shapes += [*hosting, _THANKS_TO_HOSTS, _THANKS_FOR_TRUST, _INVITED_TASTING]
        if _LODGING.search(lowered):
            shapes += [_THANKS_FOR_THE_DAYS, _THANKS_FOR_PAMPERING]
    shapes += [_THANKS_TO_TOURISM, _ASKED_TO_TEST, _KIND_TO_SEND, _BEFORE_LAUNCH,
               _PARCEL_ON_THE_MAT]
    # Most shapes open with a word of thanks: one search for it spares a dozen (throughput).
    thanked = THANKS_WORD in possible and THANKS_WORD.search(lowered) is not None
    shapes = [shape for shape in shapes if shape in possible
              and (thanked or shape not in _OPEN_WITH_THANKS)]
    sponsor = (_THANKS_FOR_MAKING_POSSIBLE.search(lowered)
               or _THANKED_FOR_THIS_VIDEO.search(lowered)) if thanked else None
    occasion = OCCASION.search(lowered) is not None  # "Joyeux anniversaire … merci @bistrot
    # pour le gâteau surprise": a present for a personal occasion, as in thanks.py
    signals: list[Signal] = []
    for shape in shapes:
        for m in shape.finditer(lowered):
            if not tagged and m.group() in _GENERIC_ARRIVALS:
                continue  # "0:35 Unboxing" beside a shop link: one's own purchase as often
            if shape in _OPEN_WITH_THANKS and bought_in_sentence(lowered, m.end()):
                continue  # "merci … pour l'accueil, et pour le flat white à 3,80€"
            if (OCCASION.search(m.group()) is None
                    and not (occasion and shape in (_THANKS_FOR_PARCEL, _THANKS_FOR_THIS_GIFT,
                                                    _PARCEL_THEN_THANKS))
                    and not any(s.start == m.start() for s in signals)):  # one thanks, one gift
                signals.append(gifted(doc, m.start(), m.end()))
    # "Thanks to my mum for making this trip possible" names no sponsor
    if sponsor is not None and standing_cues().givers.search(
            lowered, sponsor.start(), sponsor.end()) is None:
        signals.append(Signal("commercial", "commercial.partnership",
                              doc.text[sponsor.start():sponsor.end()], 1.0, sponsor.start(),
                              sponsor.end(), "sponsored"))
    if thanked and not signals and _IN_THE_MAIL.search(lowered) is not None:
        house = _THANKS_TO_A_HOUSE.search(lowered)
        if house is not None:  # "surprise dans la boîte aux lettres … Merci aux Éditions X"
            signals.append(gifted(doc, house.start(), house.end()))
    if tagged and not signals:
        signals += thanks_to_a_brand(doc)
    if thanked and not signals and ("." in lowered or "#" in lowered):
        signals += thanks_to_a_shop(doc)
    if thanked and not signals:
        signals += thanks_to_the_maker(doc)
    offer = follower_offer(doc)
    if offer is not None:
        signals.append(offer)
    joined = _JOINS_TEAM.search(lowered) if tagged else None
    if joined is not None:
        signals.append(Signal("commercial", "commercial.partnership",
                              doc.text[joined.start():joined.end()], 1.0, joined.start(),
                              joined.end(), "sponsored"))
    return signals + brand_push(doc)


_JOINS_TEAM: Final = re.compile(
    r"(?<!\w)(?:je rejoins|j'ai rejoint|(?:i'm|i am) (?:officially )?joining|i(?:'ve| have)? "
    r"(?:officially )?joined|ik (?:ben|word) (?:nu )?(?:officieel )?(?:onderdeel|lid) van|"
    r"ich bin (?:jetzt )?(?:offiziell )?teil (?:von|des|vom))\s+(?:officiellement |officially |"
    r"officieel |offiziell )?(?:la |the |het |dem |des )?team @[\w.]+")
"""Joining a brand's team, the ambassador's announcement: "je rejoins officiellement la team
@FoxtrotSneakers !!" (caraway)."""


_RETAIL_PUSH: Final = re.compile(
    r"(?<!\w)(?:(?:nu )?overal verkrijgbaar|verkrijgbaar bij|in alle filialen|nu bij de|"
    r"now available at|available at|get (?:yours|it) at|in stores now|"
    r"in (?:shops|stores) from today|ab heute im handel|vanaf vandaag in de winkel|"
    r"dès aujourd'hui en magasin|in de (?:meeste )?supermarkten|in (?:most )?supermarkets|"
    r"in (?:allen |den meisten )?supermärkten|dans (?:la plupart des |les )?supermarchés|"
    r"en grande surface|"
    r"jetzt (?:überall )?bei|(?:überall )?erhältlich bei|im handel|"
    r"dispo (?:dans|chez)|disponible (?:dans|chez)|en vente (?:dans|chez)|"
    # a launch on the shelf: "gibt's jetzt neu im Kühlregal bei euch im Supermarkt" (elderflower)
    r"neu im (?:kühlregal|supermarkt|handel|regal)|im kühlregal|"
    r"nieuw in de (?:supermarkt|schappen)|new in (?:the )?(?:chiller|fridge aisle)|"
    r"nouveau (?:au|en) rayon)(?!\w)")
BRAND_PUSH_WEIGHT: Final = 0.6
"""A tagged brand's product pushed to shops, or a campaign hashtag built on its name: each a
hint, together as telling as a code ("@knapperz … nu overal verkrijgbaar #KnapperzChallenge")."""
_BIO_LINK: Final = re.compile(
    r"(?<!\w)(?:link(?:je|ed)?|lien|liens)(?: (?:is|staat|est|ist|steht|zit|zum shop|to shop|"
    r"naar de shop|vers la boutique))? (?:in|en|dans|op) "
    r"(?:(?:my|mijn|mn|m['’]n|meiner|meinem|ma|la|mes|de|der)\s+)?"
    r"(?:bio|story|stories|profiel|profil)"
    r"(?!\w)")
"""A call to the link in the bio or a story ("link in bio for the bundle", "le lien est dans ma
bio", "je vous mets le lien en story", "@listo.app link in mn bio", zizia): where a tagged
shop's product is sold from a caption."""
SHOP_TO_BIO_WEIGHT: Final = 1.0
"""A shop's account tagged (``thanks.business_handle``: "@peakform.nutrition",
"@briko.kids"; or an account the post also uses as a hashtag, "@maren.ostsee … #marenostsee")
and readers sent to the bio or story link: the product pushed to its till, as telling as a
code."""
_OFFER_ADDRESS: Final = re.compile(
    DOMAIN_NAME + r"/(?:[\w-]*[-_])?(?:actie|aktion|angebot|offre|promo|deal|korting|rabatt|"
    r"aanbieding|offer|discount|reduc)[\w/-]*")
"""An address on a promotion page ("glasvezelnoord.nl/actie", "…/angebot/sommer",
"…/zomer-actie"); the word opens the path or one of its hyphenated parts, so "/ideal" and
"/transactie" are no deals."""


_SIGNUP_CALL: Final = re.compile(
    r"(?<!\w)(?:open|eröffne|eröffnet|ouvre|ouvrez) (?:je|jouw|uw|your|dein|deine|dir|ihr|ton|"
    r"votre) (?:[\w-]+ )?(?:rekening|spaarrekening|account|konto|depot|compte)(?!\w)"
    r"|(?<!\w)(?:sign up|meld je (?:hier )?aan|schrijf je (?:hier )?in|registrier dich|"
    r"inscris-toi|inscrivez-vous)(?!\w)")
"""A call to open an account or sign up: "Open je rekening hier 👇 spaarbaas.nl/start"."""
_ADDRESS: Final = re.compile(DOMAIN_NAME + r"(?:/[\w/-]*)?")
SIGNUP_REACH: Final = 40
"""How far after the call to sign up the brand's address may stand."""


def find_own_offer_page(doc: Document) -> list[Signal]:
    """``commercial.brand_push`` for the promotion page of an account the post tags: "Net
    overgestapt naar @GlasvezelNoord … gewoon doen 👉 glasvezelnoord.nl/actie" (quillwort)
    sends readers to the brand's own campaign, as telling as a bio link to its shop; so does
    its sign-up page right after a call to open an account ("Open je rekening hier 👇
    spaarbaas.nl/start" beside @Spaarbaas, bergamot).

    >>> from scrapers.detection.document import read_document
    >>> [s.text for s in find_own_offer_page(read_document(
    ...     "Overgestapt naar @GlasvezelNoord 👉 glasvezelnoord.nl/actie"))]
    ['glasvezelnoord.nl/actie']
    >>> find_own_offer_page(read_document("@GlasvezelNoord 👉 glasvezelnoord.nl/over-ons"))
    []
    >>> [s.text for s in find_own_offer_page(read_document(
    ...     "Over naar @Spaarbaas. Open je rekening hier 👇 spaarbaas.nl/start"))]
    ['spaarbaas.nl/start']
    """
    if "@" not in doc.text or "." not in doc.lowered:
        return []
    names = {tag_form(m.group(1))[:12] for m in HANDLE_NAME.finditer(doc.text)}
    pages = [*_OFFER_ADDRESS.finditer(doc.lowered)] if "/" in doc.lowered else []
    pages += [page for call in _SIGNUP_CALL.finditer(doc.lowered)
              if (page := _ADDRESS.search(doc.lowered, call.end(), call.end() + SIGNUP_REACH))]
    for page in pages:
        if page.group(1).replace("-", "")[:12] in names:
            return [Signal("commercial", "commercial.brand_push", doc.text[page.start():page.end()],
                           SHOP_TO_BIO_WEIGHT, page.start(), page.end(), "sponsored")]
    return []


MAX_PUSHED_ACCOUNTS: Final = 2
"""More tagged accounts than this make a list of credits (suppliers, photographer, model)."""


def _campaign_tagged(name: str, tags: set[str]) -> bool:
    """The account's name opens one of the post's hashtags: its campaign ("@voyalite … tap the
    link in my bio … #VoyaliteJourneys", caraway)."""
    return len(name) >= CAMPAIGN_PART and any(
        tag.startswith(name) and len(tag) > len(name) for tag in tags)


CAMPAIGN_PART: Final = 5
"""A part of the brand's account this long opening a hashtag names its campaign ("@lumio.belgique"
… "#lumioX3", "@boerenhoeve.ardennen" … "#boerenhoevemoment")."""
TEAM_TAG_WEIGHT: Final = 0.7
"""The brand's team as a hashtag beside its account ("@velora.running … #teamvelora") says the
author belongs to its team of ambassadors: more than a campaign tag, still short of a tie on its
own; with a call to the bio link it is one."""


def brand_push(doc: Document) -> list[Signal]:
    """``commercial.brand_push`` for a retail push and for a campaign hashtag of a tagged brand
    (built on its name, or its team: "#teamvelora" beside @velora.running, an ambassador team).

    >>> from scrapers.detection.document import read_document
    >>> text = "@knapperz chips 🌶️ Nu overal verkrijgbaar bij de Jumbo! #KnapperzChiliChallenge"
    >>> [s.text for s in brand_push(read_document(text))]
    ['Nu overal verkrijgbaar', '#KnapperzChiliChallenge']
    >>> [s.text for s in brand_push(read_document("op mijn @velora.running schoenen #teamvelora"))]
    ['#teamvelora']
    """
    handles = [m.group(1) for m in HANDLE_NAME.finditer(doc.text)]
    names = {tag_form(handle)[:12] for handle in handles}
    names = {name for name in names if len(name) >= 4}
    if not names:
        return []
    signals = []
    push = _RETAIL_PUSH.search(doc.lowered)
    # a shop-like account, or one the post also tags as a hashtag; not in a list of credits
    # ("Venue @oakhollowbarn · Florals @wildstemflowers · …", the bio link the planner's own)
    bio = _BIO_LINK.search(doc.lowered) if len(handles) <= MAX_PUSHED_ACCOUNTS else None
    tags = {t.lower() for t in HASHTAG.findall(doc.text)} if bio or push else set()
    if push is not None:
        # the brand's own name as a hashtag beside the push ("Pesto Rosso von
        # @nonnalucia.feinkost – gibt's jetzt neu im Kühlregal … #nonnalucia", elderflower)
        # makes the launch its post
        named = len(handles) <= MAX_PUSHED_ACCOUNTS and any(
            names_a_tag(h.lower(), tag_form(h), tags) for h in handles)
        signals.append(Signal("commercial", "commercial.brand_push",
                              doc.text[push.start():push.end()],
                              SHOP_TO_BIO_WEIGHT if named else BRAND_PUSH_WEIGHT,
                              push.start(), push.end(), "sponsored"))
    # ... or the maker of the product shown ("deze koptelefoon van @klankwerk … link in bio!!",
    # fennel)
    shop = next((h for h in handles if business_handle(h) or tag_form(h) in tags
                 or _campaign_tagged(tag_form(h), tags)
                 or _makes_what_is_shown(doc.lowered, h.lower())), None) if bio else None
    if bio is not None and shop is not None:
        signals.append(Signal("commercial", "commercial.brand_push",
                              doc.text[bio.start():bio.end()], SHOP_TO_BIO_WEIGHT, bio.start(),
                              bio.end(), "sponsored"))
    parts = {part for handle in handles
             for part in re.split(r"[._]", handle.lower()) if len(part) >= 4}
    for tag in HASHTAG.finditer(doc.text):
        word = tag.group(1).lower()
        team = word.startswith("team") and word[4:] in parts  # "#teamvelora"
        if team or any(word.startswith(name) and len(word) >= len(name) + 4 for name in names) \
                or any(len(part) >= CAMPAIGN_PART and word.startswith(part)
                       and len(word) >= len(part) + 2 for part in parts):  # "#lumiox3"
            signals.append(Signal("commercial", "commercial.brand_push", tag.group(),
                                  TEAM_TAG_WEIGHT if team else BRAND_PUSH_WEIGHT,
                                  tag.start(), tag.end(), "sponsored"))
            break
    return signals


_CREDITED_WORK: Final = re.compile(
    r"(?:photos?|fotos?|foto's|pics?|pictures?|shot|shots|video|edit|film|styling|styled|"
    r"make-?up|hair|outfit|look|model|album|song|track|single|ep|music|muziek|musik|musique|"
    r"art|artwork|illustration|design|designed|book|boek|buch|livre|roman|novel|review|"
    r"article|artikel|post|blog|recipe|recept|rezept|recette|cover|mix|remix|playlist|"
    r"painting|drawing|tattoo|nails|cake|taart|kuchen|gâteau|interview|podcast|episode|"
    r"aflevering|folge|épisode|concert|show|tour)\s+$")
"""Works credited to their makers ("Photo by @janphoto", "the new album by @nina.moreau"): an
artist or a photographer, not a brand whose product is pushed to the bio link."""


def _makes_what_is_shown(lowered: str, handle: str) -> bool:
    """The account is named as the maker of the product shown ("deze koptelefoon van
    @klankwerk"), not of a credited work."""
    return any(_CREDITED_WORK.search(lowered, max(0, m.start() - CREDIT_REACH), m.start()) is None
               for m in maker_mentions(lowered, handle))


CREDIT_REACH: Final = 24


def _launch(doc: Document, start: int, end: int) -> re.Match[str] | None:
    launch = _LAUNCH.search(doc.lowered, max(0, start - PERK_REACH), end + PERK_REACH)
    if launch is None or HANDLE.search(doc.text, 0, launch.start()) is None:
        return None
    return None if _OWN_GOODS.search(doc.lowered) else launch


_BARE_PRICE: Final = re.compile(r"\d+\s?(?:€|euro|eur|\$|£)|[€$£]\s?\d+")
_DONE_FOR: Final = re.compile(
    r"(?:m['’](?:ont|a)|(?:they|he|she)\s+[\w'’-]+\s+(?:my|me)|(?:hebben|heeft)\s+(?:mijn|me|mij)"
    r"|(?:haben|hat)\s+(?:mir|mein\w*))(?:\s+[\w'’-]+){0,5}?\s+(?:pour|for|voor|für)\s+$")
DONE_FOR_REACH: Final = 60
_BOUGHT_FOR: Final = re.compile(
    r"(?<!\w)(?:i|we|ik|wij|ich|wir|j['’]ai|nous avons)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:bought|paid|purchased|kocht|kochten|betaalde|betaalden|kaufte|kauften|acheté|achetée|"
    r"payé|payée)(?!\w)[^.!?\n]{0,60}?\s(?:for|voor|für|pour)\s+$")
"""The author's own purchase before its price: "I bought this Pixa 7 (128GB, “Sage” green) for
£499" (celestine)."""


def _price_paid_for_a_service(lowered: str, perk: re.Match[str]) -> bool:
    """A bare price after what someone did for the author ("ils m'ont changé mes plaquettes pour
    140€", "they fixed my bike for £40") or after what the author bought ("I bought this … for
    £499"): what the work or the thing cost, not a perk ("they're doing the first box for
    $9.99" is one)."""
    if _BARE_PRICE.fullmatch(perk.group()) is None:
        return False
    before = max(0, perk.start() - DONE_FOR_REACH)
    return (_DONE_FOR.search(lowered, before, perk.start()) is not None
            or _BOUGHT_FOR.search(lowered, before, perk.start()) is not None)


def _perk_for(lowered: str, claim: re.Match[str]) -> re.Match[str] | None:
    """The first perk within :data:`PERK_REACH` of the claim, in the claim's own sentence if it
    has one: "Download de Groeipot-app en ontvang €10 startbonus" shows the €10 it gives, not the
    "vanaf €1" a sentence before."""
    start, end = sentence_bounds(lowered, claim.start(), claim.end())
    return (_PERK.search(lowered, max(start, claim.start() - PERK_REACH),
                         min(end, claim.end() + PERK_REACH))
            or _PERK.search(lowered, max(0, claim.start() - PERK_REACH), claim.end() + PERK_REACH))


_AMAZON_FINDS: Final = re.compile(
    r"(?<!\w)(?:amazon ?finds|founditonamazon|amazon ?must ?haves|amazon ?favou?rites|"
    r"amazon[- ]?favoriten|amazon[- ]?funde|amazon[- ]?fundstücke|amazon[- ]?vondsten|"
    r"trouvailles ?amazon|pépites amazon)(?!\w)")
_IN_BIO: Final = re.compile(
    r"(?<!\w)(?:links? (?:staan |steht |stehen |sind |is |are )?in "
    r"(?:my |mijn |meiner |der |de |the )?bio|"
    r"(?:lien|liens|tout) (?:est |sont )?(?:dans|en) (?:ma |la )?bio|"
    r"in (?:my|mijn|meiner) bio|storefront|linktree)(?!\w)")


def amazon_finds(doc: Document) -> list[Signal]:
    """``commercial.shop_call`` for "Amazon finds" behind the bio link: the format of Amazon's
    influencer programme, whose storefront pays a commission on every sale ("amazon finds que
    je rachète en boucle … tout est dans ma bio", dill; the same shape in bergamot and five
    earlier tables).

    >>> from scrapers.detection.document import read_document
    >>> [s.text for s in amazon_finds(read_document("5 Amazon finds for your desk! Links in bio"))]
    ['Amazon finds']
    >>> amazon_finds(read_document("My Amazon finds broke after a week. #amazonfinds #fail"))
    []
    """
    if "amazon" not in doc.lowered:
        return []
    genre = _AMAZON_FINDS.search(doc.lowered)
    if genre is None or _IN_BIO.search(doc.lowered) is None:
        return []
    return [Signal("commercial", "commercial.shop_call", doc.text[genre.start():genre.end()],
                   AMAZON_FINDS_WEIGHT, genre.start(), genre.end(), "affiliate")]


BRAND_TAG_NAME: Final = 5
"""A hashtag this long that is also a capitalised name in the text names a brand."""


def _brand_as_hashtag(doc: Document) -> bool:
    """A name the text writes with a capital that is also one of its hashtags ("dem neuen
    Glowria Niacinamid Serum … link in bio, heute noch -25% … #glowria", fennel): the brand
    tagged the way a hashtag tags it, as good as an @handle for a perk behind the bio link."""
    if "#" not in doc.text:
        return False
    names = _CAPITALISED.findall(doc.text)
    if not names:
        return False
    tags = {t.lower() for t in HASHTAG.findall(doc.text) if len(t) >= BRAND_TAG_NAME}
    return any(name.lower() in tags for name in names)


_CAPITALISED: Final = re.compile(r"[A-Z](?<![\w#@.][A-Z])[a-z]{4,}(?!\w)")
"""A capitalised word of five letters or more, not inside a word, tag, handle or address
(written mark first: ``re`` then scans for the capital instead of testing the look-behind at
every position)."""
AMAZON_FINDS_WEIGHT: Final = 1.0
"""The format and the bio link together are as telling as an affiliate tag."""


def follower_offer(doc: Document) -> Signal | None:
    """A perk ("3 Monate Premium gratis") near a way to claim it, in a text tagging a brand.

    >>> from scrapers.detection.document import read_document
    >>> text = "@finanzfuchs.app sortiert alles. Link in meiner Bio → 3 Monate Premium gratis"
    >>> follower_offer(read_document(text)).text
    'Link in meiner Bio → 3 Monate Premium'
    >>> follower_offer(read_document("Link in bio for my free e-book!")) is None
    True
    """
    lowered = doc.lowered
    possible = _CLAIM_GATE.possible(lowered)
    claims = [_OWN_LINK_CLAIM.finditer(lowered)] if _OWN_LINK_CLAIM in possible else []
    tagged = HANDLE.search(doc.text) is not None or _brand_as_hashtag(doc)
    trial = _TRIAL_IN_BIO.search(lowered) if _TRIAL_IN_BIO in possible else None
    if trial is not None:
        start, end = trial.span()
        return Signal("commercial", "commercial.follower_offer", doc.text[start:end],
                      FOLLOWER_OFFER_WEIGHT, start, end, "sponsored")
    sent = _SENT_BY_ME.search(lowered) if _SENT_BY_ME in possible else None
    if sent is not None and (tagged or domain_forms(lowered)):
        start, end = sent.span()
        return Signal("commercial", "commercial.follower_offer", doc.text[start:end],
                      FOLLOWER_OFFER_WEIGHT, start, end, "affiliate")
    if tagged and _CLAIM in possible:
        claims.append(_CLAIM.finditer(lowered))
    for claim in (match for found in claims for match in found):
        if _PLATFORM_LINK.search(claim.group()):
            continue  # "Instagram: https://www.instagram.com/noor.vlogt" is no shop
        if in_link_target(lowered, claim.start()):
            continue  # a page's link "[Braucht es das?](https://www.emotion.de/…)" is no claim
        if _TO_OWN_CHANNEL.search(lowered, max(0, claim.start() - OWN_CHANNEL_REACH), claim.end()):
            continue  # "De route staat op mijn Komoot, link hieronder": the author's own channel
        perk = _perk_for(lowered, claim) or _launch(doc, claim.start(), claim.end())
        if perk is not None and _SCARCITY.search(perk.group()) and _OWN_GOODS.search(lowered):
            continue
        if perk is not None and _price_paid_for_a_service(lowered, perk):
            continue  # "Va voir Garage Pellerin de ma part, ils m'ont changé mes plaquettes pour
            # 140€" (ugni): a neighbour's tip and what the work cost, no perk
        if perk is not None:
            start, end = min(claim.start(), perk.start()), max(claim.end(), perk.end())
            return Signal("commercial", "commercial.follower_offer", doc.text[start:end],
                          FOLLOWER_OFFER_WEIGHT, start, end, "sponsored")
    return None
