"""Thanks-for-a-parcel and follower offers: undisclosed commerce that no fixed phrase names."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post, Verdict


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Thanks @knuffelkoffie voor dit pakketje!! 😍☕️ De oat latte cups zijn next level",
         "nl", "Thanks @knuffelkoffie voor dit pakketje"),
        ("Danke @kaffeekommune für das riesige Paket 😍📦 Die Herbst-Edition ist sooo lecker",
         "de", "Danke @kaffeekommune für das riesige Paket"),
        ("Merci @biscuiterie.doree pour ce colis trop mignon 😍🍪", "fr",
         "Merci @biscuiterie.doree pour ce colis"),
        ("thank you @glowlab for sending!! obsessed with the new balm", "us",
         "thank you @glowlab for sending"),
    ],
)
def test_thanks_to_a_brand_for_a_parcel_is_an_undisclosed_gift(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert verdict.kinds == ("gifted",)
    assert ("commercial.gifted", evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Leute, @finanzfuchs.app sortiert alle Ausgaben. Link in meiner Bio → 3 Monate "
         "Premium gratis 🔥", "de", "Link in meiner Bio → 3 Monate Premium"),
        ("@ecobudget.app classe toutes mes dépenses. Lien dans ma bio pour 1 mois premium "
         "offert 🔥", "fr", "Lien dans ma bio pour 1 mois premium"),
        ("Beste spaarapp: @Spaarvarken 🐷 Download via spaarvarken.app/joost en je krijgt €10 "
         "startbonus 💸", "nl", "Download via spaarvarken.app/joost en je krijgt €10"),
        ("POV: je proeft de nieuwe Crunchy Chili chips van @knapperz 🌶️ Nu overal verkrijgbaar bij "
         "de Jumbo en AH!! #KnapperzChiliChallenge #fyp", "nl",
         ("commercial.brand_push", "#KnapperzChiliChallenge")),
        ("POV: du probierst den neuen Eistee von @kuehlwerk 🍑 Jetzt überall bei REWE und Edeka!! "
         "#KuehlwerkSommerChallenge #fyp", "de",
         ("commercial.brand_push", "#KuehlwerkSommerChallenge")),
    ],
)
def test_a_tagged_brands_perk_or_push_is_commercial(
        text: str, jurisdiction: str, evidence: str | tuple[str, str]) -> None:
    rule, shown = evidence if isinstance(evidence, tuple) else ("commercial.follower_offer",
                                                                  evidence)
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert (rule, shown) in signal_pairs(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks @mom for the birthday gift! ❤️",
        "Thanks @anna for the lovely day at the beach",
        "Link in bio for my free e-book! cc @bestie",
        "Merci @julie pour cette belle soirée",
    ],
)
def test_friends_own_products_and_plain_thanks_stay_organic(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.verdict == "organic"
    assert not {s.rule for s in verdict.signals} & {"commercial.gifted",
                                                     "commercial.follower_offer"}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule"),
    [
        ("Danke @burgerwerk.koeln fürs Einladen 🍔🔥 der Trüffelburger ist einfach illegal gut.",
         "de", "commercial.gifted"),
        ("Huge thanks to the lovely team at Driftwood Lodge for having us, we'll be back! Book "
         "your stay at https://www.driftwoodlodge.co.uk", "us", "commercial.gifted"),
        ("unboxing du colis de @glowette 📦🥹 merci les filles, le blush liquide est incroyable",
         "fr", "commercial.gifted"),
        ("Kurze Unterbrechung: Wolkenfach hat 2 TB Cloud-Speicher, und über meinen Link gibt's "
         "den ersten Monat für 1 €: https://wolkenfach.de/techtim", "de",
         "commercial.follower_offer"),
        ("Moet jij ook voor de APK? Ga langs bij Jansen en zeg dat je van Ilse komt, dan krijg je "
         "de APK-check voor de helft van de prijs!! 👍", "nl", "commercial.follower_offer"),
        ("Mention my name (Kayla) at the front desk and you get your first month FREE. Tell them "
         "I sent you 😘", "us", "commercial.follower_offer"),
        ("Dites que vous venez de la part de Manon et vous aurez -20% sur votre premier soin !",
         "fr", "commercial.follower_offer"),
        ("Overgestapt naar @VoltaEnergie 🙌 Via https://volta-energie.nl/welkom?ref=kees_tweets "
         "krijg je ook nog 50 euro welkomstbonus", "nl", "commercial.follower_offer"),
        ("Wat een verrassing in de brievenbus vandaag 😍📦 Dankjewel lieve @theehuisje.nl, de "
         "winterthee is mijn nieuwe obsessie!!", "nl", "commercial.gifted"),
        ("regardez ce que @chocolaterie_mathis m'a envoyé 😭🍫 le coffret est trop beau", "fr",
         "commercial.gifted"),
        ("Ein riesiges Dankeschön an das Team vom Hotel Alpenglück für die Einladung und die "
         "wunderschönen Tage 🏔️", "de", "commercial.gifted"),
        ("Free inspections are available for Columbus Local readers through December. Schedule "
         "yours at https://eastsideroofing.com/inspection?src=columbuslocal", "us",
         "commercial.follower_offer"),
        ("Ich nutze Kapitalkompass als Depot, und über meinen Link bekommt ihr 50 € Prämie bei "
         "Depoteröffnung 👉 https://kapitalkompass.de/go/finanzfeli", "de",
         "commercial.follower_offer"),
        ("Jusqu'à dimanche, dites « Lyon Gourmand » en caisse et le dessert est offert ! "
         "Réservation : https://comptoirfume.fr/reserver", "fr", "commercial.follower_offer"),
        ("Dit lag vandaag op de mat 💌 de nieuwe herfstcollectie van @lieflinnen 🥹 Dankjewel "
         "lieverds!", "nl", "commercial.gifted"),
        ("Post ist da 📦😍 Das liebe Team von @wollwerk hat mir die komplette neue "
         "Winterkollektion geschickt 🥹", "de", "commercial.gifted"),
        ("Shoutout naar het team van Nordvolt voor het vroege exemplaar 🙏 Meer info: "
         "https://www.nordvolt.nl/x2", "nl", "commercial.gifted"),
    ],
)
def test_hosted_visits_parcels_and_own_link_perks(text: str, jurisdiction: str,
                                                  rule: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert rule in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "code"),
    [('Use Code "Red" for 10% off your order', "Red"),
     ("Coupon: GarlicNation at checkout", "GarlicNation")],
)
def test_a_code_set_apart_by_quotes_or_a_colon_counts(text: str, code: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.discount_code", code) in {(s.rule, s.detail) for s in verdict.signals}


def test_a_brand_name_after_code_is_no_code() -> None:
    verdict = analyze(Post("The code GitHub shows is wrong", platform="x"), "us")
    assert verdict.verdict == "organic"


def test_a_fan_tagging_a_brand_is_no_push() -> None:
    verdict = analyze(Post("Love my old @lego castle set, built it with my dad in 1998 #legocastle",
                           platform="instagram"), "us")
    assert verdict.verdict == "organic"


def test_a_tagged_tool_with_a_personal_link_and_free_months_is_an_offer() -> None:
    text = ("Moved our studio to @Boardly last month. Founders: 2 months free via "
            "boardly.io/f/marta 🚀")
    verdict = analyze(Post(text, platform="x"), "us")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.follower_offer", "free via boardly.io/f/marta") in signal_pairs(verdict)


def test_thanks_to_a_friend_without_a_brand_hashtag_stays_organic() -> None:
    verdict = analyze(Post("thanks @lotte.v for the photos 📸 best day ever #weekend",
                           platform="instagram"), "us")
    assert verdict.verdict == "organic"


def test_a_parcel_that_arrived_from_a_brand_is_a_gift() -> None:
    text = "Happy post day 📦✨ these just arrived from @fennickceramics and I'm obsessed"
    verdict = analyze(Post(text, platform="instagram"), "uk")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted", "arrived from") in signal_pairs(verdict)


def test_a_test_ride_through_the_bio_link_of_a_tagged_brand_is_an_offer() -> None:
    text = ("Wer ne Probefahrt will: Link in Bio, bei den Händlern gibt's noch die Launch "
            "Edition. @korvan.deutschland #sportscar")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.follower_offer", "Probefahrt will: Link in Bio") in signal_pairs(verdict)


def test_a_bakery_offering_coffee_to_whoever_shows_its_own_post_is_not_a_hidden_ad() -> None:
    text = ("🥐 NEW at Crumb & Co! From this Saturday we'll be baking cardamom buns.\n"
            "Show this post at the counter for a free filter coffee ☕️ See you at 14 Market Row.")
    verdict = analyze(Post(text, platform="instagram"), "uk")
    assert verdict.verdict == "organic", verdict.signals


def test_a_price_beside_a_denied_link_is_no_offer() -> None:
    text = ("VISITE DE NOTRE VAN 🚐 (2 ans de travaux, 14 000 € tout compris)\n\n❗ Vidéo NON "
            "sponsorisée : on a tout acheté nous-mêmes et aucun lien ci-dessous n'est affilié.")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Drei Tage im @seeblick.resort.tirol, ich will nicht mehr weg. Die Panorama-Suiten sind "
         "übrigens ab sofort buchbar 👉 Link in meiner Bio",
         "ab sofort buchbar 👉 Link in meiner Bio"),
        ("Ma nouvelle montre @horlogerie.veyrac me suit partout ⌚ Le modèle Léman est en "
         "précommande, lien en bio 🤍", "précommande, lien en bio"),
        ("Le @kaimanaresort_moorea c'est le paradis 🌊 Réservations via le lien en bio ✨",
         "Réservations via le lien en bio"),
        ("hele huis in één keer?? @zuivrhome ik hou van jullie / link in bio voor de actie",
         "link in bio voor de actie"),
        ("si vous commencez maintenant y'a 50 gemmes offertes avec le lien dans ma bio 🎁",
         "offertes avec le lien dans ma bio"),
    ],
)
def test_a_launch_or_booking_call_for_a_tagged_business_behind_the_bio_link_is_an_offer(
        text: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.follower_offer", evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "My new hoodie drop is up for pre-order, link in bio! Photo by @janphoto",
        "Shot by @janphoto: my new hoodie drop is up for pre-order, link in bio!",
        "Onze eigen planner is er! Ontworpen met @joosje.tekent. Pre-orders vanaf 15 november, "
        "link in bio #eigenmerk",
    ],
)
def test_the_authors_own_goods_on_pre_order_are_no_offer(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "organic"
    assert "commercial.follower_offer" not in {s.rule for s in verdict.signals}


def test_visiting_grandma_is_no_invitation() -> None:
    verdict = analyze(Post("Zondag mochten we langskomen bij oma, ze had appeltaart gebakken 🥧",
                           platform="instagram"))
    assert verdict.verdict == "organic", verdict.signals


def test_a_restaurants_birthday_surprise_is_no_pr_parcel() -> None:
    text = ("Joyeux anniversaire à ma sœurette préférée 🎂🥂 30 ans, ça se fête ! Merci à "
            "@chezpaulette_bistrot pour le gâteau surprise, les serveurs ont même chanté 😂")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}


def test_a_teaser_links_address_is_no_claim_of_an_offer() -> None:
    """Pages write links as "[text](url)": a teaser's target is no "go to shop.com" for a perk."""
    text = ("Selfcare für Faule. Kontakt: redaktion@emotion.de\n[Das britische Unternehmen hat "
            "einen Slack-Status eingeführt, weil man nicht zu 100 Prozent fit ist. Braucht es das?]"
            "(https://www.emotion.de/leben-arbeit/karriere/not-feeling-100)\nDanke fürs Lesen!")
    verdict = analyze(Post(text, platform="web"), "de")
    assert "commercial.follower_offer" not in {s.rule for s in verdict.signals}, verdict.signals
    typed = "Mit @yulife gibt's 3 Monate Premium gratis, einfach auf yulife.com/start gehen!"
    assert "commercial.follower_offer" in {s.rule for s in analyze(Post(typed, platform="web"),
                                                                   "de").signals}


def test_colleagues_thanked_for_the_trust_on_a_last_working_day_are_no_brand() -> None:
    text = ("Nach sieben Jahren bei der Stadtwerke Rheintal GmbH ist heute mein letzter "
            "Arbeitstag. Danke an alle Kolleginnen und Kollegen für das Vertrauen und die "
            "Kaffeepausen.")
    verdict = analyze(Post(text, platform="facebook"), "de")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule", "evidence"),
    [
        ("Gegeten bij de nieuwe Trattoria Luce 🍝 Vermeld bij reserveren 'JOLIEN' en je krijgt een "
         "gratis limoncello 🍋 Reserveren via www.trattorialuce.nl", "nl",
         "commercial.follower_offer", "bij reserveren"),
        ("reçu ce matin la nouvelle manette édition limitée 😍 vous êtes les meilleurs "
         "@ArkadiaGear 🔥 test en live ce soir", "fr", "commercial.gifted", "reçu ce matin"),
        ("Drie dagen Texel 🌾 Ik wil het team van Duinhuis Eierland heel erg bedanken voor de "
         "warme ontvangst tijdens ons verblijf. Boeken: https://www.duinhuiseierland.nl/kamers/",
         "nl", "commercial.gifted", "bedanken voor de warme ontvangst"),
    ],
)
def test_codes_at_the_booking_parcels_of_the_morning_and_thanks_for_the_welcome(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert any(s.rule == rule and evidence in s.text for s in verdict.signals)


def test_a_teaser_links_referral_parameter_is_no_claim() -> None:
    text = ("Nos partenaires |\n| [» Fenêtres PVC : jusqu'à -40 % jusqu'au 30 septembre]"
            "(http://clic.partenaires.example/click.asp?ref=7719&site=cdb) |")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert "commercial.follower_offer" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule"),
    [
        ("Date night 🍝 They've got a 2-for-1 on mains this month if you mention this post!! "
         "Thanks @MarchettisKitchen 🙌", "us", "commercial.follower_offer"),
        ("been on @Centwise for 2 months and saved £640?? they gave me a link so u get £10 when u "
         "sign up, it's in my bio x", "us", "commercial.follower_offer"),
        ("verslaafd aan deze app 😭 link in bio voor €10 korting op je eerste bestelling #fyp",
         "nl", "commercial.follower_offer"),
        ("Week-end au @domainedesembruns 🌊 Ils lancent leurs séjours Déconnexion cet automne, "
         "toutes les infos sont dans ma bio 🔗", "fr", "commercial.follower_offer"),
        ("Onze kleine man was zó blij met zijn loopfiets van @woeltjes.nl 🥹 Thanks voor deze "
         "leuke verrassing!! 💛", "nl", "commercial.gifted"),
        ("Neues Spielzeug 👀 Das @orbis_mobile X3 ist seit heute bei mir, Samples kommen morgen.",
         "de", "commercial.gifted"),
        ("GRWM avec les nouveautés @velvetine.cosmetics qui sortent QUE le 15 😍 #grwm", "fr",
         "commercial.gifted"),
        ("Drei Tage am Wolfgangsee 🏔️ Danke an das ganze Team vom @seehof.retreat für die tollen "
         "Tage, ich komm wieder!", "de", "commercial.gifted"),
    ],
)
def test_offers_said_another_way_and_goods_shown_before_their_launch(
        text: str, jurisdiction: str, rule: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert rule in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    "text",
    ["My new hoodie drop is live! link in bio before they sell out @bestie",
     "Mijn moeder vroeg of ik de taart wilde proeven"],
)
def test_own_drops_and_family_questions_are_no_offer(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"))
    assert not verdict.commercial
    assert not any(s.rule in ("commercial.follower_offer", "commercial.gifted")
                   for s in verdict.signals)


def test_thanks_to_family_for_making_a_trip_possible_is_no_sponsor() -> None:
    verdict = analyze(Post("Thanks to my mum for making this trip possible ❤️",
                           platform="instagram"), "us")
    assert not verdict.commercial and not verdict.signals


def test_a_commission_said_in_passing_discloses_the_code() -> None:
    text = ("yes these are the shorts 🙏 code RUNWITHJO = 15% off at Pacerline, I do get a "
            "commission from that code just so ur aware 🫶")
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.disclosed
    assert {("commercial.discount_code", "code RUNWITHJO"),
            ("disclosure.statement", "I do get a commission")} <= signal_pairs(verdict)


def test_capitals_that_name_a_shop_are_no_code() -> None:
    verdict = analyze(Post("Sale: 30% off, shop now with AMAZON prime", platform="x"), "us")
    assert not any(s.rule == "commercial.discount_code" for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Merci @pralinehuis.decoster voor deze doos vol lekkers 🍫😍 #pralines", "nl",
         ("commercial.gifted", "Merci @pralinehuis.decoster voor deze doos")),
        ("new kicks just landed 🔥 @TrailmarkCo Ridgeback 2, stupidly comfy. thx fam 🙏", "us",
         ("commercial.gifted", "just landed")),
        ("meine 3 skincare holy grails 🧴 alles von @hautnah.ch verlinkt in meinem shopmy, und mit "
         "SELINA10 gits no 10% druf 🫶", "de", ("commercial.shop_call", "in meinem shopmy")),
        ("Drei Tage Usedom im @seeblick.heringsdorf 🌊 Danke @seeblick.heringsdorf für die schöne "
         "Zeit 🤍 Bucht direkt übers Hotel, mit dem Stichwort LISA gibt's ein Upgrade 😉 "
         "#wellnesshotel", "de", ("commercial.discount_code", "mit dem Stichwort LISA")),
        ("Les photos de nuit avec le @lumio.belgique X3 c'est dingue 👀 Dispo chez tous les "
         "opérateurs en Belgique, foncez 🔥 #lumioX3 #bruxelles", "fr",
         ("commercial.brand_push", "#lumioX3")),
        ("Road trip en Gaspésie en char électrique ⚡ Merci @voltanord.qc de m'avoir fait "
         "confiance pour cette aventure 🤍 #gaspesie", "fr",
         ("commercial.gifted", "Merci @voltanord.qc de m'avoir fait confiance")),
    ],
)
def test_zinnia_feedback_regional_gifts_codes_and_campaigns(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and not verdict.disclosed
    assert evidence in signal_pairs(verdict)


def test_a_cryptic_invit_tag_is_a_hint_not_a_disclosure() -> None:
    text = "Brunch de rêve chez @lepetitmarais_lyon 🥞 Foncez !! #brunchlyon #invit"
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert (verdict.verdict, verdict.disclosed) == ("unclear_disclosure", False)
    assert ("disclosure.hashtag_unclear", "#invit") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Test Pulso X7 : le meilleur smartphone à moins de 300€ ?\n\nMerci à Pulso France 🙏",
         "fr", ("commercial.gifted", "Merci à Pulso France")),
        ("Ich darf euch schon was zeigen, bevor es offiziell rauskommt 🤫 Die neue Duftkerze von "
         "@lumenhaus_", "de", ("commercial.gifted", "bevor es offiziell rauskommt")),
    ],
)
def test_dahlia_feedback_makers_thanked_and_previews_are_gifts(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert evidence in signal_pairs(verdict)


def test_thanks_to_a_cafe_for_letting_a_club_meet_is_no_gift() -> None:
    text = ("Thank you @Mapleline_Coffee for letting our book club take over the back room for 3 "
            "hours again 😂☕ Next month: a new novel. DM if you want in!")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert not verdict.commercial and not verdict.signals


def test_a_perk_claimed_by_saying_whom_you_came_via_is_an_offer() -> None:
    text = ("Nieuwe fiets opgehaald bij Tweewielers Veenstra 🚲 Deze maand gratis slot bij elke "
            "e-bike. Zeg dat je via Sanne komt, dan krijg je ook een gratis eerste beurt! "
            "www.tweewielersveenstra.nl")
    verdict = analyze(Post(text, platform="facebook"), "nl")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert any(s.rule == "commercial.follower_offer" and "Zeg dat je via Sanne komt" in s.text
               for s in verdict.signals)


def test_a_maker_kind_enough_to_send_it_gave_it() -> None:
    text = ("First look at the Northgate N3 headphones 🎧 Northgate were kind enough to send this "
            "over before launch, so big shoutout to them. Full review Friday.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "were kind enough to send") in signal_pairs(verdict)


def test_a_parcel_at_the_door_from_a_tagged_shop_is_a_gift() -> None:
    text = "schaut mal was heute vor meiner Tür stand 😭📦 @blattwerk.plants ihr seid die besten!!"
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "vor meiner Tür stand") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("ENFIN reçu 😍 la nouvelle palette Aube de @lumina.beauty regardez ces pigments 🤯",
         "ENFIN reçu"),
        ("Petit déj au top grâce à @granola_du_lac 🥣 ils ont pensé à moi avec leur nouvelle "
         "gamme", "ils ont pensé à moi"),
    ],
)
def test_maple_feedback_arrivals_and_brands_that_thought_of_me(text: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", evidence) in signal_pairs(verdict)


OLIVE_OFFERS = [
        ("finally a protein shake that doesn't taste like chalk 😭 cookies & cream from "
         "@peakform.nutrition is dangerously good. link in bio for the bundle 🔗 #gymtok", "us",
         "commercial.brand_push", "link in bio"),
        ("Les enfants ont passé 2h sur leur nouveau kit de @briko.kids 🏰 Idée cadeau parfaite "
         "pour Noël, je vous mets le lien en story #mercredi", "fr", "commercial.brand_push",
         "lien en story"),
        ("new season, new kicks 👟 obsessed with these from @trailmark.co 💚 thanks for these "
         "beauties!! #trailmark #sneakerhead", "us", "commercial.gifted",
         "thanks for these beauties"),
]
"""Olive feedback: undisclosed offers and the evidence each must show."""


@pytest.mark.parametrize(
    "text",
    [
        "Mijn nieuwe wandelroute staat online, link in bio! Met dank aan @sarah.v voor de foto's",
        "Loved the new album by @nina.moreau, link in bio to my full review 🎧",
    ],
)
def test_a_link_in_bio_beside_a_friend_or_an_artist_is_no_shop_push(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert "commercial.brand_push" not in {s.rule for s in verdict.signals}, verdict.signals


def test_thanks_for_the_sweet_surprise_under_a_tagged_maker_is_a_gift() -> None:
    text = ("Die Initialenkette von @goldfaden.atelier ist so zart, ich trag sie jeden Tag. "
            "Danke ihr Lieben für die süße Überraschung 🥰 #schmuckliebe")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted", "Danke ihr Lieben für die süße Überraschung") in signal_pairs(
        verdict)


QUINCE_OFFERS = [
        ("Had the best afternoon at Greyhollow Distillery 🥃 Their tasting tour is a winner – "
         "tickets at greyhollow.co.uk and tell them Dave from Dave Eats Yorkshire sent you 😉",
         "uk", "commercial.follower_offer", "tell them Dave from Dave Eats Yorkshire sent you"),
        ("schaut mal was heute kam 😱😱 @brotzeit.box ihr seid die besten!! #unboxing", "de",
         "commercial.gifted", "was heute kam"),
        ("Endlich die neue Kollektion von @maren.ostsee ausgeführt 🧥 Link zum Shop in meiner "
         "Story! 📸 @lisa.frames #ootd #marenostsee", "de", "commercial.brand_push",
         "Link zum Shop in meiner Story"),
        ("Ik ben verslaafd aan deze shakes 😍 @vitaalfuel jullie hebben het geflikt. Link staat "
         "in mijn bio voor wie ze ook wil proberen 👆 #fitgirl", "nl", "commercial.brand_push",
         "Link staat in mijn bio"),
]
"""Quince feedback: undisclosed offers and the evidence each must show."""


@pytest.mark.parametrize(
    "text",
    [
        ("so grateful to the dream team:\nVenue @oakhollowbarn\nFlorals @wildstemflowers\n"
         "Photography @jessrowanphoto\nplanning & styling by us 🥂 enquiries open, link in bio\n"
         "#oakhollowbarn #barnwedding"),
        ("Drie dagen wachten op een pakketje van @PakketPostNL en nu staat er 'bezorgd' terwijl "
         "er niks ligt. Iemand een idee hoe je iemand aan de lijn krijgt?? 🙃"),
    ],
    ids=["credits-list", "courier-complaint"],
)
def test_a_list_of_credits_and_a_parcel_from_a_carrier_are_no_ad(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    rules = {s.rule for s in verdict.signals}
    assert not rules & {"commercial.brand_push", "commercial.gifted"}


def test_a_podcast_guest_thanking_for_the_invitation_is_no_hosted_stay() -> None:
    text = ("Folge 87 von Stadtgeflüster – Transkript\nMalte: Herzlich willkommen. Heute haben wir "
            "einen Gast.\nInga: Danke für die Einladung. Ich spreche hier als Privatperson.\n"
            "Mehr auf https://stadtgefluester.example")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}


def test_thanks_for_the_invitation_to_a_hotel_stays_a_hosted_stay() -> None:
    text = ("Zwei Tage im Alpenhof @alpenhof.tirol 🏔️ Danke für die Einladung, das Frühstück war "
            "ein Traum!")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.commercial
    assert "commercial.gifted" in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule", "evidence"),
    [
        ("wat een verrassing vanochtend op de deurmat 📦😍 @stapwerk.official jullie zijn de "
         "besten 🙏 #newin", "nl", "commercial.gifted", "op de deurmat"),
        ("So grateful that Oak & Ember let me try their new Winter Cabin candle before it "
         "launches 🕯️ Launches Friday!", "us", "commercial.gifted", "let me try their"),
        ("Ich war bei der Kanzlei Albers in der Boxhagener Str. und bin begeistert. Die bieten "
         "gerade kostenlose Erstgespräche an, einfach sagen dass ihr von „Mama im Kiez“ kommt 😉",
         "de", "commercial.follower_offer", None),
    ],
)
def test_rowan_feedback_doormat_parcels_prelaunch_tries_and_named_referrals(
        text: str, jurisdiction: str, rule: str, evidence: str | None) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert rule in {s.rule for s in verdict.signals}
    if evidence is not None:
        assert (rule, evidence) in signal_pairs(verdict)


def test_a_keyboard_that_arrived_from_a_tagged_maker_today_is_a_gift() -> None:
    text = "Heute kam die neue Tastatur von @KeyForge_DE an 😍 Ausführliches Review am Wochenende!"
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted", "Heute kam die neue Tastatur von @KeyForge_DE an") in (
        signal_pairs(verdict))


YEW_OFFERS = [
        ("guckt mal was @kleinwolke.baby uns geschickt hat 🥹 der schlafsack ist sooo weich",
         "de", "commercial.gifted", "@kleinwolke.baby uns geschickt hat"),
        ("Was für eine Überraschung heute in der Post 😍📦 Danke @lunavie.skin ❤️", "de",
         "commercial.gifted", "Überraschung heute in der Post"),
        ("POV: der Mascara bröckelt nicht 😮‍💨 Link im gelben Körbchen 🛒 nur heute 2 für 1!!",
         "de", "commercial.shop_call", "gelben Körbchen"),
        ("Un mois avec la Duo. Merci à la Brûlerie Vautrin 🙏 et si vous voulez leurs cafés, le "
         "lien est là : https://brulerie-vautrin.fr/machines/duo", "fr", "commercial.gifted",
         "Merci à la Brûlerie Vautrin"),
        ("Wir durften die neue Feuerstelle schon vor der offiziellen Eröffnung testen 🔥 Ab "
         "Freitag geöffnet, unbedingt reservieren!! 👉 www.feuerstelle-hafen.de", "de",
         "commercial.gifted",
         "durften die neue Feuerstelle schon vor der offiziellen Eröffnung testen"),
]
"""Yew feedback: undisclosed offers and the evidence each must show."""


def test_an_unboxing_chapter_beside_a_shop_link_is_no_gift() -> None:
    text = ("Is the Halden air purifier worth $300? After two months: less dust. Bought at "
            "https://www.bestbuy.com/site/halden/6543210.p\n\n0:00 Unboxing\n2:30 Noise test")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}, verdict.signals


ASH_OFFERS = [
        ("Unser neues Sofa ist da 😍 @wohnfabrik.eberhardt hat uns überrascht. Schaut mal bei "
         "denen vorbei, die haben gerade Sommer-Sale!", "de", "commercial.gifted",
         "@wohnfabrik.eberhardt hat uns überrascht"),
        ("Ich nutze seit einem Monat @belegfuchs_app. 3 Monate gratis mit FUCHS3 → belegfuchs.de",
         "de", "commercial.discount_code", "FUCHS3"),
]
"""Ash feedback: undisclosed offers and the evidence each must show."""

DOGWOOD_OFFERS = [
        ("Nieuwe zaak in Elst. Ter gelegenheid van de opening krijgen lezers tot eind maart 20 "
         "procent korting op alle matrassen. Meer informatie op slaaphuys.nl.", "nl",
         "commercial.follower_offer", "krijgen lezers tot eind maart 20 procent"),
        ("Grand opening! To celebrate, readers get 15% off all mattresses until March. More at "
         "sleepwell.example.", "uk", "commercial.follower_offer", "readers get 15% off"),
        ("Verbouwen zonder zorgen? Bij Kredietwijzer reken je in één minuut je maandbedrag uit.\n\n"
         "Let op! Geld lenen kost geld.", "nl", "commercial.ad_warning", "Geld lenen kost geld"),
        ("Financez votre cuisine avec PrêtFacile : réponse en 24 h. Un crédit vous engage et doit "
         "être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.", "fr",
         "commercial.ad_warning", "Un crédit vous engage et doit être remboursé"),
]
"""Dogwood feedback: a reader discount in news order, and the warning the law requires in
credit advertising (evidence, never a disclosure)."""


@pytest.mark.parametrize(("text", "jurisdiction", "rule", "evidence"),
                         [*OLIVE_OFFERS, *QUINCE_OFFERS, *YEW_OFFERS, *ASH_OFFERS,
                          *DOGWOOD_OFFERS])
def test_fed_back_offer_shapes_are_undisclosed_with_their_evidence(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    """A shop sent to the bio link, thanks "for these beauties", referrals by name, arrivals,
    TikTok baskets, a brand's surprise, a code named after what it gives: each an undisclosed
    ad that shows that evidence."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert (verdict.verdict, verdict.disclosed) == ("undisclosed", False), verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


def test_say_you_come_from_us_beside_the_reservation_link_is_a_referral() -> None:
    text = ("Het 7-gangen chefsmenu was next level. Ga zeker langs en zeg dat je van ons komt!!\n\n"
            "Reserveren: https://bistrokade12.nl/reserveren\nVolg ons op Insta: @foodbrothers.nl")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.follower_offer", "zeg dat je van ons komt") in signal_pairs(verdict)


def test_a_credit_warning_quoted_as_a_slogan_is_no_ad() -> None:
    text = ("De slogan 'Geld lenen kost geld' staat sinds 2009 verplicht in elke kredietreclame, "
            "schrijft de AFM in een nieuw rapport over reclame.")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert signal_pairs(verdict) == {("guard.example", "Geld lenen kost geld")}


GORSE_SHAPES = [
    ("réponse à @juju.lmn oui le pantalon c'est celui-là 😍 il est sur mon lien en bio, tout est "
     "sur rstyle ✨ #tenuedujour", "fr", "undisclosed", "commercial.shop_call", "sur rstyle"),
    ("Toutes les infos pour réserver l'hôtel : https://casa-azulejo-lisboa.pt/?promo=CLARA "
     "Merci de m'avoir suivie !", "fr", "undisclosed", "commercial.discount_code", "promo=CLARA"),
    ("Deal van de dag: koffiemachine nu €189 (was €279). Naar de aanbieding: "
     "https://www.awin1.com/cread.php?awinmid=18234&awinaffid=702113 Dealjager.nl ontvangt "
     "mogelijk een vergoeding als je via links op deze pagina een aankoop doet.", "nl",
     "disclosed", "disclosure.statement", "ontvangt mogelijk een vergoeding"),
]
"""Gorse feedback: rewardStyle named as where the looks are, a code in a link's query, and a
deal site's "ontvangt mogelijk een vergoeding"."""


@pytest.mark.parametrize(("text", "jurisdiction", "verdict", "rule", "evidence"), GORSE_SHAPES)
def test_gorse_feedback_shapes_with_their_evidence(
        text: str, jurisdiction: str, verdict: str, rule: str, evidence: str) -> None:
    found = analyze(Post(text, platform="instagram"), jurisdiction)
    assert found.verdict == verdict, found.signals
    assert (rule, evidence) in signal_pairs(found)


def test_a_lowercase_campaign_word_in_a_link_is_no_code() -> None:
    text = "Mijn nieuwe jas, zo blij mee: https://shop.example/jas?promo=winter&utm_source=ig"
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert not [s for s in verdict.signals if s.rule == "commercial.discount_code"]


UNDISCLOSED_OFFERS_AND_GIFTS = [
    # "@brand you guys spoil me" over a new product (peppermint)
    ("new favorite coffee just dropped ☕ @ridgeroasters you guys spoil me. the natural is like "
     "blueberries", "us", "commercial.gifted", "@ridgeroasters you guys spoil me"),
    # a price for followers "if you use my link" (orchid)
    ("Okay mamas, game changer 🙌 They're doing the first box for $9.99 right now if you use "
     "my link: https://snackbox.co/share/kim", "us", "commercial.follower_offer",
     "$9.99 right now if you use my link"),
    # thanks to a national tourist office; "lief van X dat ze me … stuurden" (nasturtium)
    ("Drie dagen Salzburg: mijn tips 🏔️ Plan je reis op de site van de stad.\n\nMet dank aan "
     "het Oostenrijks Verkeersbureau voor deze prachtige reis!", "nl", "commercial.gifted",
     "dank aan het Oostenrijks Verkeersbureau"),
    ("HERFST HAUL 🍁 Super lief van Atelier Noor dat ze me deze jas stuurden, ik ben er zo blij "
     "mee 😭", "nl", "commercial.gifted", "lief van Atelier Noor dat ze me deze jas stuurden"),
    # gratitude to a brand's account for a thing (lavender)
    ("So grateful to @nestwellhome for this gorgeous throw, it makes the whole sofa 🛋️", "us",
     "commercial.gifted", "So grateful to @nestwellhome for this gorgeous throw"),
    # thanks to a destination marketer's account for the stay; a link "in my story" for free
    # boxes beside the tagged brand (jasmine)
    ("Deux jours dans les Hautes Fagnes 🌲 Merci @visit.hautesfagnes pour l'organisation de ce "
     "séjour, tous les spots sont en story !", "fr", "commercial.gifted",
     "Merci @visit.hautesfagnes"),
    ("Meal prep mit der @kochkiste Box 🥗 wer's testen will: in meiner Story gibt's nen Link für "
     "3 gratis Boxen!!", "de", "commercial.follower_offer",
     "in meiner Story gibt's nen Link für 3 gratis"),
    # an invited tasting in German word order, the verb after the place (hyacinth)
    ("Am Samstag durften wir in der „Fischerstube“ am Hafen die neue Wintercarte probieren 🐟 "
     "Danke an das Team, wir kommen wieder!", "de", "commercial.gifted",
     "durften wir in der „Fischerstube“ am Hafen die neue Wintercarte probieren"),
    # a word to say in quotes beside a discount; thanks to an account named as oils (gardenia)
    ("Onze badkamer is af! Het sanitair komt van Badkamerhuys, vermeld 'FAMVANDAM' voor een "
     "gratis ontwerpgesprek + 10% korting 🙌", "nl", "commercial.discount_code", "FAMVANDAM"),
    ("Easy lemon orzo 🍋 Made with Olivara extra virgin olive oil. Thanks @olivaraoils! Full "
     "recipe on the blog.", "us", "commercial.gifted", "Thanks @olivaraoils"),
    # "3 Monate gratis mit unserem Link" in a video description (freesia)
    ("Tag 9 am Fjord 🚐\n\n🔒 Sicher surfen im Campingplatz-WLAN: Wellguard VPN – 3 Monate "
     "gratis mit unserem Link 👉 https://wellguard-vpn.com/vanlife", "de",
     "commercial.follower_offer", "gratis mit unserem Link"),
    # the account right beside the arrived parcel; thanks to the account whose name opens the
    # linked address; "my code … : KONTORA-FELIX" after a colon (erica)
    ("mon colis @veloura.paris est arrivé 😍 la nouvelle collection est trop belle #haul", "fr",
     "commercial.gifted", "mon colis @veloura.paris est arrivé"),
    ("my @lumen.skin package arrived and I'm obsessed with the new serum", "us",
     "commercial.gifted", "my @lumen.skin package arrived"),
    ("Alle Infos zur Anlage findet ihr bei Sunrover: https://sunrover-energy.de/vanlife-jule\n"
     "Danke an @sunrover für alles ❤️", "de", "commercial.gifted", "Danke an @sunrover"),
    ("Seit ich Kontora nutze, will ich keine andere Bank. Mit meinem Code bekommt ihr 50€ "
     "Startbonus: KONTORA-FELIX 💸", "de", "commercial.discount_code",
     "Code bekommt ihr 50€ Startbonus: KONTORA-FELIX"),
    # thanks to an account named as a mobile network, over its new plan (clover)
    ("Danke @TelvaMobil 🙏 seit zwei Wochen mit dem neuen 5G Unlimited unterwegs", "de",
     "commercial.gifted", "Danke @TelvaMobil"),
    # "lien dans ma bio pour avoir 1 mois offert" (daphne)
    ("je vous avais promis le nom de l'appli de méditation : c'est Zenéo !! lien dans ma bio "
     "pour avoir 1 mois offert #meditation #pourtoi", "fr", "commercial.follower_offer",
     "lien dans ma bio pour avoir 1 mois offert"),
    # a fee waived for whoever names the creator (basil)
    ("Our little one has been at Acorn Nest Nursery since May and she adores it 🥹 They have a "
     "few spaces left, mention my name when you ring and they'll waive the joining fee!", "uk",
     "commercial.follower_offer",
     "mention my name when you ring and they'll waive the joining fee"),
    # a perk for the readers (nutmeg feedback)
    ("Why UK dog owners are switching to Fernmoor pet insurance. " * 3
     + "Readers can currently get 20% off their first year. Get a quote in under 60 seconds →",
     "uk", "commercial.follower_offer", "Readers can currently get 20% off"),
    ("Onze lezers krijgen 15% korting op het eerste jaar bij Zorgvrij.", "nl",
     "commercial.follower_offer", "Onze lezers krijgen 15% korting"),
    ("Unsere Leser erhalten 10 % Rabatt auf die erste Buchung.", "de",
     "commercial.follower_offer", "Unsere Leser erhalten 10 % Rabatt"),
    # the creator credited in several words; "gibt grad nen deal" behind the bio link (oleander)
    ("Alleen dit weekend: 20% korting op alle potgrond als je zegt dat je van de pagina van "
     "Marieke komt 😉 Ga kijken! www.tuinwereldhoogland.nl", "nl", "commercial.follower_offer",
     "20% korting op alle potgrond als je zegt dat je van de pagina van Marieke komt"),
    ("die decke von @wolkenwerk ist so schwer und gemütlich. link in meiner bio, gibt grad nen "
     "deal 🫶 #schlafen", "de", "commercial.follower_offer",
     "link in meiner bio, gibt grad nen deal"),
    # thanks after the account with an emoji between; early access beside the maker (peony)
    ("Net m'n nieuwe koptelefoon binnen van @SonaroAudio 🎧 thanks!! eerste indruk: de noise "
     "cancelling is bizar goed", "nl", "commercial.gifted", "@SonaroAudio 🎧 thanks"),
    ("got early access to the Nimbus Pods X2 and honestly the noise cancelling was unreal 🎧 full "
     "thoughts soon @nimbusaudio", "us", "commercial.gifted", "got early access"),
    # a test unit "wir durften … ausprobieren" beside the maker's address; a parcel "arrivé chez
    # moi" beside the tagged maker (rosemary)
    ("Grillabend 🔥 Wir durften den neuen Gasgrill Glutwerk G4 ausprobieren und ich sag euch: ein "
     "Gamechanger. www.glutwerk.de", "de", "commercial.gifted",
     "durften den neuen Gasgrill Glutwerk G4 ausprobieren"),
    ("Le nouveau casque Sonalto Aura 2 est arrivé chez moi ce matin 🎧 Premier avis : bluffant. "
     "Test complet la semaine pro @SonaltoFR", "fr", "commercial.gifted", "est arrivé chez moi"),
    # "zeg maar dat Sandra je stuurt" credits the creator for the perk (saffron)
    ("Vandaag mocht ik rijden in de nieuwe Veltra e-Nova bij Autobedrijf Van Dorsten 🚗 Nu t/m "
     "zaterdag een GRATIS laadpas t.w.v. €250 voor iedereen die komt kijken. Zeg maar dat Sandra "
     "je stuurt 😉", "nl", "commercial.follower_offer",
     "GRATIS laadpas t.w.v. €250 voor iedereen die komt kijken. Zeg maar dat Sandra je stuurt"),
    # thanks to a "…Tech" account; surprise mail from an account; a test unit whose name is
    # quoted (tamarind)
    ("Been daily-driving the new Corvix Air 14 for two weeks. Battery is absurd. Thanks "
     "@CorvixTech 🙏", "uk", "commercial.gifted", "Thanks @CorvixTech"),
    ("Überraschungspost von @teehaus_wolke 💛☁️ Die neue Wintersorte ist so gemütlich #teatime",
     "de", "commercial.gifted", "Überraschungspost von @teehaus_wolke"),
    ("Wir durften das neue Laufrad \"Flitz 12\" von Flitzwerk testen 🚲 Jonas gibt es nicht mehr "
     "her! www.flitzwerk.de", "de", "commercial.gifted",
     "durften das neue Laufrad \"Flitz 12\" von Flitzwerk testen"),
    # a creator's slug on a .gg shop; a perk "über den Link"; a collaboration code; thanks to a
    # "_france" account (verbena)
    ("14 hours straight, couldn't do these marathons without @RiftForge 😂⚡ their new Blue Razz "
     "is unreal. 20% off at riftforge.gg/zek 👇", "us", "commercial.follower_offer",
     "20% off at riftforge.gg/zek"),
    ("Schaut's euch mal an, über den Link bekommt ihr den ersten Monat geschenkt: "
     "https://sorglos24.de/familie", "de", "commercial.follower_offer",
     "über den Link bekommt ihr den ersten Monat"),
    ("Wer gerade noch sucht: bis Sonntag gibt's mit unserem Code MOOSBACHxMIA 10% im Onlineshop",
     "de", "commercial.discount_code", "Code MOOSBACHxMIA"),
    ("3 semaines avec les Sonaro Air 2 dans les oreilles et je suis conquise 🎧 Merci "
     "@sonaro_france 🖤", "fr", "commercial.gifted", "Merci @sonaro_france"),
    # a test allowed to children named one by one, beside the maker's bare address (wisteria)
    ("Vandaag mochten Sem en Noor de nieuwe Blokkenbaas Ruimtestation testen 🚀 2,5 uur zoet "
     "geweest. Nu te koop op blokkenbaas.nl 👉", "nl", "commercial.gifted",
     "mochten Sem en Noor de nieuwe Blokkenbaas Ruimtestation testen"),
    # "halve prijs" behind the bio link; a perk behind the link in the comments (zelkova)
    ("Bram slaapt door in zijn slaapzak van @dromeland.baby 💛 Ze hebben nu een actie: 2e slaapzak "
     "halve prijs via de link in mijn bio! 👶🏼", "nl", "commercial.follower_offer",
     "halve prijs via de link in mijn bio"),
    ("For 3 weeks now I've been using the Tidyroo meal planner app. Link in the comments if you "
     "want to give it a go, first month's free. Thanks @Tidyroo 💛", "uk",
     "commercial.follower_offer", "Link in the comments if you want to give it a go, first month"),
    # thanks again to the team of the one tagged brand (alder)
    ("eure fragen zum neuen standmixer von @kuechenheld 🍓🥤 ja er ist so laut wie er aussieht 😂 "
     "danke nochmal ans team 💛 #smoothie #kuechenheld", "de", "commercial.gifted",
     "danke nochmal ans team"),
    # a code word at the counter is an offer
    ("Sunday brunch at @harbourkitchen.cork was unreal 🥞 mention TOMEATS for a free "
     "coffee with your order!",
     "uk", "commercial.follower_offer", "mention TOMEATS for a free"),
    ("Beste Ramen in Graz 🍜 @nudelbar.graz — beim Bestellen 'LENAISST' sagen, dann gibt's "
     "die Gyoza aufs Haus!",
     "de", "commercial.follower_offer", "beim Bestellen 'LENAISST' sagen, dann gibt's die Gyoza "
     "aufs Haus"),
    # thanks and boxes from a brand are gifts
    ("Dank jullie wel @tuinkabouter.nl voor dit prachtige pakketje 🌷",
     "us", "commercial.gifted", "Dank jullie wel @tuinkabouter.nl voor dit prachtige pakketje"),
    ("Thank you so much @lumen.skin for spoiling me with this lovely package 💕",
     "us", "commercial.gifted",
     "Thank you so much @lumen.skin for spoiling me with this lovely package"),
    ("a whole box from @barkbuddies just landed for Bruno 🐶",
     "us", "commercial.gifted", "box from @barkbuddies"),
    # pre release products and thanks to a tagged brand are gifts
    ("testing the new @glowfield serum that doesn't even launch til april 🤫 #skincare",
     "us", "commercial.gifted", "doesn't even launch"),
    ("Nieuwe sneakers 👟 ze komen pas zaterdag uit, jullie zien ze als eersten! @loopwerk",
     "us", "commercial.gifted", "komen pas zaterdag uit"),
    ("Big thank you to the lovely team at @Tinkerbox 💛 the kids love it #mailday #tinkerbox",
     "us", "commercial.gifted", "thank you to the lovely team at @Tinkerbox"),
    # doorstep parcels and hosted openings are gifts
    ("look what showed up on my doorstep 😭 @glimmer.beauty you did NOT have to #unboxing",
     "us", "commercial.gifted", "on my doorstep"),
    ("Soirée d'inauguration hier chez @maison.kumo 🍣 ouverture au public vendredi !",
     "us", "commercial.gifted", "Soirée d'inauguration"),
    ("Danke an das Team vom @hafenkrug, dass wir das neue Menü vor dem offiziellen Start "
     "probieren durften!",
     "us", "commercial.gifted", "vor dem offiziellen Start"),
    # undisclosed gifts offers and codes found by shape
    ("Tournée bouclée 🎧 Les Sonaris Pro X1 tiennent un set de 4h. Merci @sonaris de "
     "me faire confiance pour cette saison 🙏 #djlife",
     "fr", "commercial.gifted", "Merci @sonaris de me faire confiance"),
    ("Na de set een koude @bruisz.drinks gepakt 🍋 Thanks @bruisz.drinks 💛 #festival "
     "#bruisz",
     "nl", "commercial.gifted", "Thanks @bruisz.drinks"),
    ("Heute die ersten 12 km im Aerolift 3 🏃‍♀️ Danke @pacemark.running 🙏 #laufen",
     "de", "commercial.gifted", "Danke @pacemark.running"),
    ("huge thanks to @VoltlineEnergy for keeping the whole crew going this run ⚡️",
     "uk", "commercial.gifted", "huge thanks to @VoltlineEnergy"),
    ("mijn nieuwe herbruikbare bewaarbakjes 🌱 geen plastic meer!!\n@groenbox thanks!! 💚 "
     "#zerowaste",
     "nl", "commercial.gifted", "@groenbox thanks"),
    ("Probefahrt mit dem neuen Kinderwagen 🚼 Der Zweistein von @kiwo fährt sich wie auf "
     "Wolken. Danke @kiwo ❤️ #kinderwagen",
     "de", "commercial.gifted", "Danke @kiwo"),
    ("Der Akkusauger, der mein Leben verändert hat 🧹 Klarwerk V9 👉 klarwerk-home.de/v9\n"
     "Danke @klarwerkhome 🙏",
     "de", "commercial.gifted", "Danke @klarwerkhome"),
    ("we went back to @thornburymanor for our menu tasting 🥂 they've just opened 2026 dates "
     "👀 tell them I sent you x",
     "uk", "commercial.follower_offer", "tell them I sent you"),
    ("na 2 jaar eindelijk overgestapt naar @stroomkracht 🌬️ ze geven nu €100 "
     "welkomstkorting 👇 stroomkracht.nl/overstappen",
     "nl", "commercial.follower_offer", "€100 welkomstkorting 👇 stroomkracht.nl/overstappen"),
    ("Der Online-Kurs von @hablaconmigo.academy 🇪🇸 Anmeldung über den Link in meiner Story, "
     "bis Sonntag gibt's noch den Frühbucherpreis!!",
     "de", "commercial.follower_offer",
     "über den Link in meiner Story, bis Sonntag gibt's noch den Frühbucherpreis"),
    ("C'est Notalis ⚡️ Jusqu'à dimanche, -50 % sur l'abonnement annuel avec ce lien 👉 "
     "notalis.app",
     "fr", "commercial.follower_offer", "-50 % sur l'abonnement annuel avec ce lien"),
    ("ROCKET LAUNCH 🚀 Get yours 👉 https://blastoffbuilders.com/mega-rocket\n"
     "Thank you Blastoff Builders!! 💙 #kidsvideos",
     "us", "commercial.gifted", "Thank you Blastoff Builders"),
    ("@sleepcloud.home spoiling me again 😍 new washed-cotton bedding in 'oat' #bedding",
     "uk", "commercial.gifted", "@sleepcloud.home spoiling me"),
    ("Huge thanks to the team at Alpenhof Mirabel! Book your stay at alpenhofmirabel.it and "
     "tell them I sent you 💛",
     "uk", "commercial.follower_offer", "tell them I sent you"),
    ("Before we start, massive shoutout to VaultLine VPN. Go to vaultline.com/kaito for 70% "
     "off + 3 extra months free 👈",
     "us", "commercial.follower_offer", "Go to vaultline.com/kaito for 70% off"),
    ("Wichtig: nur beim Hersteller erhältlich. Leserinnen und Leser dieses Magazins erhalten "
     "über den folgenden Link bis zu 50 % Rabatt",
     "de", "commercial.follower_offer",
     "Leserinnen und Leser dieses Magazins erhalten über den folgenden Link bis zu "
     "50 % Rabatt"),
    ("Seit 12 Nächten trocken 🙏 Link zum Probierpaket in meiner Bio, mit ELLAMAMA gibt's das "
     "erste Paket für 1€ 💛",
     "de", "commercial.discount_code", "ELLAMAMA"),
    ("LE COLIS GÉANT SURPRISE 🎁 Léna et Tom découvrent les Brikotoys Château des Dragons !!\n"
     "Merci à Brikotoys pour ce super colis 💛 #unboxing #brikotoys",
     "fr", "commercial.gifted", "Merci à Brikotoys"),
    ("Weekend im Ferienpark 🌲 Abends Stockbrot am Lagerfeuer 🤩 Danke @seewinkel.parks 💚",
     "de", "commercial.gifted", "Danke @seewinkel.parks"),
    ("Kochkiste-Tag 🥘 Mit KOCHMARIE bekommt ihr 60€ Rabatt auf eure ersten 4 Boxen 👉 Link in "
     "Bio",
     "de", "commercial.discount_code", "KOCHMARIE"),
    ("regardez ce que j'ai reçu aujourd'hui 😭📦 toute la nouvelle gamme @lumae.skin 🫶",
     "fr", "commercial.gifted", "ce que j'ai reçu"),
    ("Obsessed with the new Harvest collection from @harrowandpine 🕯️ Thank you lovelies, you "
     "know how to spoil a girl 💛",
     "uk", "commercial.gifted", "how to spoil a girl"),
    ("ils m'ont trop gâtée 😭 toute la nouvelle collection @kori.skin arrive !! #unboxing",
     "fr", "commercial.gifted", "m'ont trop gâtée"),
    ("Merci @atelierbrume 🌸 je suis tombée amoureuse de ces bougies #bougie",
     "fr", "commercial.gifted", "Merci @atelierbrume"),
    ("Die Lasur ist von Holzgold (Farbton Nussbaum), lässt sich super streichen. Danke "
     "@Holzgold Farben 🙏 #diy",
     "de", "commercial.gifted", "Danke @Holzgold"),
    ("Check if your home qualifies at hearthly.co.uk/check and quote LONDON24 for a free "
     "smart thermostat upgrade.",
     "uk", "commercial.discount_code", "LONDON24"),
    ("Mein Setup-Update 🎮 Riesen Dank an @Kontrastwerk 🙏 Hol dir den Q27 hier: "
     "https://kontrastwerk.com/q27",
     "de", "commercial.gifted", "Riesen Dank an @Kontrastwerk"),
    ("POV: you finally stopped overspending 😭 Pennywise roasted me. first month free w the "
     "link in my bio!! #moneytok",
     "us", "commercial.follower_offer", "first month free w the link in my bio"),
    ("these @Strideon Vela 2s just showed up at my door 👀 10k test tomorrow",
     "us", "commercial.gifted", "showed up at my door"),
    ("Zur Eröffnung bis zu 50 Prozent Rabatt. Tipp: Wer diesen Artikel an der Kasse vorzeigt, "
     "erhält zusätzlich 10 Prozent.",
     "de", "commercial.follower_offer",
     "diesen Artikel an der Kasse vorzeigt, erhält zusätzlich 10 Prozent"),
    ("@smashclub.paris vient d'ouvrir 🍔 -20% sur l'addition en montrant cette vidéo jusqu'à "
     "dimanche 👀",
     "fr", "commercial.follower_offer", "-20% sur l'addition en montrant cette vidéo"),
    ("Ein herzliches Dankeschön an das ganze Team vom Alpenhof und an den Tourismusverband "
     "für die wunderschöne Zeit! 🏔️",
     "de", "commercial.gifted",
     "Dankeschön an das ganze Team vom Alpenhof und an den Tourismusverband"),
    ("Cozy avondjes 🕯️ Deze kaarsen ruiken naar vijgen en hout 🥹 Dankjewel @lumi.kaarsen 💕",
     "nl", "commercial.gifted", "Dankjewel @lumi.kaarsen"),
    ("Even een dag niks moeten op het dakterras van @skybar.rotterdam. Hun zomerkaart is 🔥 "
     "Thanks @skybar.rotterdam 🙏",
     "nl", "commercial.gifted", "Thanks @skybar.rotterdam"),
    ("@StrideLab came through again 🙏🙏 first run in the Aero 3s tomorrow morning 👟",
     "us", "commercial.gifted", "@StrideLab came through"),
    ("POV: eindelijk een goede matras 😭 @Slaapwel.nl ik hou van jullie / 100 nachten "
     "proefslapen, link staat in mijn bio!!",
     "nl", "commercial.follower_offer", "100 nachten proefslapen, link staat in mijn bio"),
    # an invitation or a loan from a business is an undisclosed gift
    ("Gisteravond mochten wij langskomen bij het nieuwe restaurant Vuur & Vis 🔥 We kregen "
     "het 5-gangen chefsmenu. Reserveren kan via hun website @VuurEnVisAntwerpen",
     "nl", "commercial.gifted", "mochten wij langskomen"),
    ("Elektrische bakfiets na 2 maanden! 🎁 Super lief van het team van @Vrachtvogel dat we "
     "deze mochten gaan rijden! #bakfiets",
     "nl", "commercial.gifted", "mochten gaan rijden"),
    ("Gestern Abend im neuen Kumo Ramen 🍜 Vielen Dank an das ganze Team für den tollen "
     "Abend und die Einladung!! Ab Montag ist offiziell eröffnet. #leipzig",
     "de", "commercial.gifted",
     "Vielen Dank an das ganze Team für den tollen Abend und die Einladung"),
    ("Soirée incroyable au Comptoir de Margaux 🍷 le chef est venu présenter chaque "
     "assiette !! Un grand merci à toute l'équipe pour l'invitation 🙏",
     "fr", "commercial.gifted", "merci à toute l'équipe pour l'invitation"),
    ("Bruno got to test @pawsandpillow's new Cloud Nest before it launches tomorrow 🐶 "
     "#dogbed",
     "us", "commercial.gifted", "got to test"),
    ("Drei Tage im Ahrntal, Hotel Talblick. Ein riesiges Dankeschön an Familie Niederkofler "
     "und das ganze Team vom Talblick, die uns so herzlich aufgenommen haben!",
     "de", "commercial.gifted",
     "Dankeschön an Familie Niederkofler und das ganze Team vom Talblick, die uns so "
     "herzlich aufgenommen"),
    ("Notre routine du coucher 🌙 Un grand merci à toute l'équipe de Bambou & Plume pour leur "
     "confiance 💕",
     "fr", "commercial.gifted", "merci à toute l'équipe de Bambou & Plume pour leur confiance"),
    ("Three slow days at Saltbush Lodge. Book at https://saltbushlodge.com.au/book A big "
     "thank you to Jess and the whole team at Saltbush for looking after us so beautifully!",
     "us", "commercial.gifted",
     "thank you to Jess and the whole team at Saltbush for looking after us"),
    # a sale behind the bio link and goods received from an account
    ("@luminae.skin is doing 30% off rn and it never goes on sale so 👀 linked in my bio "
     "before it sells out again\n#skincare #glassskin",
     "us", "commercial.follower_offer",
     "30% off rn and it never goes on sale so 👀 linked in my bio"),
    ("j'ai mis tous mes comptes dans @pennyo.app, le lien est dans ma bio pour l'essayer "
     "gratuit 💸 #budget",
     "fr", "commercial.follower_offer", "lien est dans ma bio pour l'essayer gratuit"),
    ("hab die neue Winterkollektion von @frostfuchs.kids für Emil bekommen und der will den "
     "Schneeanzug gar nicht mehr ausziehen 😂 #kinderkleidung",
     "de", "commercial.gifted", "von @frostfuchs.kids für Emil bekommen"),
    # offers and asked tests are undisclosed (wren)
    ("not gonna lie the new @KaidoAudio Vortex X2 is actually insane for the price 🎧\n\n"
     "link in bio if you wanna grab one before the drop sells out #KaidoSquad",
     "us", "commercial.follower_offer",
     "link in bio if you wanna grab one before the drop sells out"),
    ("mijn redding → @voltr.drinks mango 🥭 zonder suiker. link in bio voor de proefbox 👀",
     "nl", "commercial.follower_offer", "link in bio voor de proefbox"),
    ("Ik word zo blij van dat apparaat. Staat nu in de actie bij @brava.koffie, link in mijn "
     "stories!",
     "nl", "commercial.follower_offer", "in de actie bij @brava.koffie, link in mijn stories"),
    ("j'ai testé Budgeto pendant 1 mois 💸\nlien dans ma bio pour la télécharger, c'est "
     "gratuit le premier mois 🫶 #budgeto",
     "fr", "commercial.follower_offer",
     "lien dans ma bio pour la télécharger, c'est gratuit le premier mois"),
    ("Toen Tempo Sports vroeg of ik de nieuwe Run 3 wilde testen, hoefde ik niet lang na "
     "te denken.",
     "nl", "commercial.gifted", "vroeg of ik de nieuwe Run 3 wilde testen"),
    # sponsor thanks codes and offers (wren)
    ("Deze week 35 km gelopen met de nieuwe Strydo Pulse 2.\n\nDank aan Strydo voor het "
     "mogelijk maken van deze video!",
     "nl", "commercial.partnership", "Dank aan Strydo voor het mogelijk maken van deze"),
    ("POV: the cosiest glamping pod 🌲 booking with FERNHOLLOW10 saves you 10% 🫶 "
     "@fernhollowglamping",
     "uk", "commercial.discount_code", "FERNHOLLOW10"),
    ("If you're an ops lead feeling the same pain, Tallyform is giving my network 60 days "
     "free: tallyform.com/partners/amy-reyes",
     "us", "commercial.follower_offer", "giving my network 60 days free"),
    ("Trop gâté le Rocky 🐾 nouveau panier @truffeandco\nMerci @truffeandco 🤎 #chiensenior",
     "fr", "commercial.gifted", "Merci @truffeandco"),
    # arrivals shops and letter codes are undisclosed (yarrow)
    ("KIJK wat er vandaag op de stoep stond 😭📦 @glowbox.nl jullie zijn echt te lief",
     "nl", "commercial.gifted", "op de stoep"),
    ("heute kam post von @glanzwerk.cosmetics und ich kann nicht mehr 😭💖",
     "de", "commercial.gifted", "kam post von"),
    ("The whole Little Harbour autumn collection arrived last week. @littleharbourbooks "
     "you've outdone yourselves 💛",
     "us", "commercial.gifted", "arrived last week"),
    ("A massive thank you to Oakmere Appliances for our new range cooker 🥹 "
     "https://oakmere.co.uk/range-cookers/heritage-90",
     "uk", "commercial.gifted", "thank you to Oakmere Appliances"),
    ("Switched to the new Stridecore Velo 2s 👟 Use RUNWITHDEV for 15% off both 🔗",
     "us", "commercial.discount_code", "RUNWITHDEV"),
    ("Si vous voulez tester : -15% avec CLAIRERUN sur velkarun.com 💨",
     "fr", "commercial.discount_code", "CLAIRERUN"),
    # hosted meals arrivals and trial sets (birch)
    ("Gisteren mochten we komen proeven bij het nieuwe restaurant Vuur & Zout in Gent 🔥 "
     "Zeker doen!!",
     "nl", "commercial.gifted", "mochten we komen proeven"),
    ("kijk wat er vandaag bij de deur stond 😱 @snoepgigant jullie zijn gek!!",
     "nl", "commercial.gifted", "bij de deur stond"),
    ("Danke @trattoria.vinella für diesen wunderschönen Abend! Die Trüffelpasta war ein "
     "Traum.",
     "de", "commercial.gifted", "Danke @trattoria.vinella"),
    ("seit 2 wochen nur noch den cacao mix von @kakaokind 🤎 link in bio, die haben grad das "
     "probier-set wieder da",
     "de", "commercial.follower_offer", "link in bio, die haben grad das probier-set"),
    # storefronts codes referrals and arrivals (cedar)
    ("3 dingen van onder de €10 voor je keuken 😍 alles staat in mijn storefront (link in bio) "
     "🛒 #amazonfinds",
     "nl", "commercial.shop_call", "in mijn storefront"),
    ("Wer in Berlin schnell nach Hause muss: @TaxiBlitzApp ist meine erste Wahl. Mit "
     "BLITZ-MARIE kriegt ihr 10€ auf die erste Fahrt 🚕",
     "de", "commercial.discount_code", "BLITZ-MARIE"),
    ("Unseren Van beim Autohaus Krämer & Söhne abgeholt. Aktuell Winterreifen gratis dazu – "
     "sagt, dass ihr von Familie Lindenblatt kommt 😉",
     "de", "commercial.follower_offer",
     "gratis dazu – sagt, dass ihr von Familie Lindenblatt kommt"),
    ("Sie ist endlich da!!! 🚲 Mein neues E-Bike von @voltrad_bikes. Riesen Danke an das ganze "
     "Team 🙏",
     "de", "commercial.gifted", "Sie ist endlich da"),
    # parcels arrivals and stays (iris, juniper)
    ("Was für ein schönes Paket 🥹 Danke @seifenglueck_anna!! Die Lavendelseife duftet "
     "himmlisch",
     "de", "commercial.gifted", "Paket 🥹 Danke @seifenglueck_anna"),
    ("new keyboard from @quillkeys just showed up and it sounds unreal. thanks guys!!",
     "us", "commercial.gifted", "just showed up"),
    ("Drei Nächte Ruhe und Bergblick 🏔️ 📍 @alpenruh.chalets / Danke für die wunderschönen "
     "Tage!",
     "de", "commercial.gifted", "Danke für die wunderschönen Tage"),
]


@pytest.mark.parametrize(("text", "jurisdiction", "rule", "evidence"),
                         UNDISCLOSED_OFFERS_AND_GIFTS)
def test_undisclosed_offers_and_gifts_with_their_evidence(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    """Parcels, hosted stays, perks for followers, codes and pushes that no fixed phrase names:
    each an undisclosed ad that shows that evidence (one row per case met in a table)."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


def test_a_neighbours_tip_for_readers_nearby_is_no_reader_perk() -> None:
    """"Tip voor de lezers in de buurt: de kringloop heeft 50% korting": a shop's sale for
    everyone, passed on; not a perk the author arranged for readers (marigold)."""
    text = ("Tip voor de lezers in de buurt: kringloop De Tweede Kans heeft zaterdag 50% korting "
            "op alle boeken 📚 Open van 10 tot 17 uur.")
    verdict = analyze(Post(text, platform="facebook"), "nl")
    assert verdict.verdict == "organic"
    assert "commercial.follower_offer" not in {s.rule for s in verdict.signals}


def test_early_access_without_a_tagged_maker_is_no_gift() -> None:
    text = "Early access to the winter sale starts tonight, set your alarms!"
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}, verdict.signals


@pytest.mark.parametrize(("text", "jurisdiction", "platform"), [
    ("Mon QG du samedi matin ☕🥐 Merci @cafe.lesvolets pour l'accueil toujours aussi chaleureux, "
     "et pour le flat white à 3,80€ qui me fait tenir 😌", "fr", "instagram"),
    ("a slow week in the lake district 🌲\n\n☕ support the channel: "
     "https://www.patreon.com/lottiewanders\n📸 instagram: @lottiewanders\n🎵 music: Lofi Cabin - "
     "'Driftwood' (free to use)", "uk", "youtube"),
    # a scam text message quoted, its address a trap; early access to one's own vlogs (wisteria)
    ("Regardez ce que j'ai reçu par SMS ce matin 🙄 « Vous avez été sélectionné(e) pour tester "
     "GRATUITEMENT le robot Cookio ! Frais de port ici : cookio-offre.top/gratuit » NE CLIQUEZ "
     "PAS.", "fr", "facebook"),
    ("week 1 vlog 🌲 support the channel on Patreon if you want early access to vlogs: "
     "patreon.com/lindenandmoss", "us", "youtube"),

    # thanks to the bakery under a friend's "happy 30th": a cake ordered for the occasion
    ("happy 30th to this absolute legend 🥳🎂 @tash.reeves love you forever x\n\nthank you "
     "@littlecrumbbakery for the most ridiculous cake 😂🍰", "uk", "instagram"),
])
def test_a_customers_thanks_and_ones_own_patreon_are_no_offer(
        text: str, jurisdiction: str, platform: str) -> None:
    # a price in the thanks' sentence: bought; the creator's own Patreon is no shop
    verdict = analyze(Post(text, platform=platform), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert not [s for s in verdict.signals if s.family == "commercial"]


def test_an_email_address_is_not_a_tagged_giveaway_sponsor() -> None:
    mail = analyze(Post("Verlosung unter allen Einsendungen an redaktion@example.org", "x"), "de")
    tagged = analyze(Post("Verlosung mit @buchladen: zwei Bücher zu gewinnen", "x"), "de")
    def giveaway_weight(verdict: Verdict) -> float:
        return max(s.weight for s in verdict.signals if s.rule == "commercial.giveaway")
    assert giveaway_weight(mail) < 1.0 and not mail.commercial
    assert tagged.commercial and giveaway_weight(tagged) >= 1.0


def test_own_social_links_beside_royalty_free_music_are_no_offer() -> None:
    text = ("VLOG 212 | eindelijk sleutels 🔑\n\nMuziek: Lofi Dreamer – 'Home' (royalty free)\n\n"
            "Volg me ook op:\nInstagram: https://www.instagram.com/noor.vlogt")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(("text", "page"), [
    ("Eindelijk overgestapt naar @StroomNoord ⚡ en ik betaal minder dan bij m'n oude "
     "leverancier. Iedereen in Friesland: gewoon doen 👉 stroomnoord.nl/actie",
     "stroomnoord.nl/actie"),
    ("Seit zwei Wochen mit @flinkfaser online 🚀 endlich stabiles WLAN. Hier entlang 👉 "
     "flinkfaser.de/angebot/sommer", "flinkfaser.de/angebot/sommer"),
])
def test_a_tagged_brands_own_promotion_page_is_commerce(text: str, page: str) -> None:
    """Quillwort: readers sent to the promotion page of the brand the post tags."""
    verdict = analyze(Post(text, platform="x"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.brand_push", page) in signal_pairs(verdict)


@pytest.mark.parametrize("text", [
    "Mooi verhaal van @StroomNoord over hun windpark 👉 stroomnoord.nl/over-ons",
    "Limiet verhogen bij @Rabobank? Uitleg staat op rabobank.nl/transactie-limiet",
])
def test_a_tagged_brands_ordinary_page_is_not_a_promotion(text: str) -> None:
    """"/transactie" holds "actie" but is no campaign: the word must open a path part."""
    verdict = analyze(Post(text, platform="x"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert not any(s.rule == "commercial.brand_push" for s in verdict.signals)


def test_thanks_for_having_us_in_german_slang_is_a_hosted_stay() -> None:
    """Rhubarb: "Merci @hotel fürs Haben 🙏" under a spa weekend thanks the hotel for hosting."""
    text = ("2 Tage Auszeit im Allgäu 🤍 Sauna, Massage, Frühstück bis 12… Danke @bergblick.spa "
            "fürs Haben 🙏🏼 #wellness #allgäu")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.gifted", "Danke @bergblick.spa fürs Haben") in signal_pairs(verdict)


def test_allowed_to_try_a_tagged_business_is_a_hosted_stay() -> None:
    """Saxifrage: "mochten we de nieuwe Boomhut Deluxe van @vakantiepark uitproberen" — the
    account between the verb and what was tried."""
    text = ("Ons weekendje weg 🌲 | vlog 88\n\nDit weekend mochten we de nieuwe Boomhut Deluxe van "
            "@bospark.veluwe uitproberen en wauw… eigen sauna en een ontbijtmand voor de deur 🥐")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.gifted", "mochten we de nieuwe Boomhut Deluxe van @bospark.veluwe "
            "uitproberen") in signal_pairs(verdict)


def test_a_parcel_from_a_carrier_is_no_gift() -> None:
    """Valerian: "Paket von @flinkpaket seit 6 Tagen in Zustellung" complains about a carrier."""
    text = ("Paket von @schnellpaket seit 5 Tagen \"in Zustellung\". Laut Sendungsverfolgung "
            "war es schon in Kassel, Fulda und wieder Kassel 🙃")
    verdict = analyze(Post(text, platform="x"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert not any(s.rule == "commercial.gifted" for s in verdict.signals)


def test_thanks_to_an_apps_account_for_the_support_is_a_brand_tie() -> None:
    """Valerian: "Danke an @steuerfix_app für den Support!" under a tip for the app."""
    text = ("Kleiner Tipp für alle, die Haushaltsbücher hassen: mit @budgetblick_app hatte ich "
            "in 20 Minuten alles sortiert 🙌 Danke an @budgetblick_app für den Support!")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert any(s.rule == "commercial.gifted" and "@budgetblick_app" in s.text
               for s in verdict.signals), verdict.signals


def test_thanks_to_an_estates_team_is_a_hosted_stay() -> None:
    """Wintergreen: "Dank aan het hele team van @landgoed…" under two days of wellness."""
    text = (
        "Even helemaal niks moeten 🧖‍♀️ Twee dagen wellness en de mooiste suite met uitzicht "
        "op de bossen. Dank aan het hele team van @landgoedeikenhorst, toppers 🌲 #wellness")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert any(s.rule == "commercial.gifted" and "@landgoedeikenhorst" in s.text
               for s in verdict.signals), verdict.signals


def test_thanks_to_a_named_party_for_this_video_names_a_sponsor() -> None:
    """Zedoary: "Merci à Raidforge pour cette vidéo !" over a download link is how a game
    sponsor is named; the viewers ("merci à tous") and a bare "merci pour cette vidéo" are not."""
    text = ("ON A SURVÉCU 100 JOURS EN HARDCORE ?! 💀\n\nMerci à Raidforge pour cette vidéo ! "
            "Téléchargez le jeu ici et récupérez le pack de départ exclusif : "
            "https://rdfg.link/zoklan\n\nAbonnez-vous et activez la cloche 🔔")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert ("commercial.partnership", "Merci à Raidforge pour cette vidéo") in signal_pairs(verdict)
    for comment in ("Merci pour cette vidéo, trop drôle", "Merci à tous pour cette vidéo de fou"):
        assert not analyze(Post(comment, platform="youtube"), "fr").commercial


def test_my_name_at_the_till_for_a_first_order_discount_is_a_follower_offer() -> None:
    """Amaranth: "Mit meinem Namen (SANDRA) an der Kasse bekommt ihr 10% auf den ersten
    Einkauf" in a parents' group: a referral perk, however neighbourly the tip."""
    text = ("Hallo ihr Lieben aus der Gruppe 💛 der Kinderschuh-Laden „Kleine Füße“ hat jetzt "
            "auch nen Onlineshop!! Mit meinem Namen (SANDRA) an der Kasse bekommt ihr 10% auf den "
            "ersten Einkauf 😊\nLink: https://kleinefuesse-bielefeld.de/app")
    verdict = analyze(Post(text, platform="facebook"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert any(s.rule == "commercial.follower_offer" and s.text.startswith("Mit meinem Namen")
               for s in verdict.signals)


def test_thanks_for_a_weekend_in_a_cabin_is_a_stay_unless_friends_are_thanked() -> None:
    """Amaranth: "Merci @cabane.ombelle pour ce week-end magique" under two days in a tree
    cabin is a hosted stay; "merci à mes amis pour ce week-end" in a chalet is a friends' trip."""
    text = ("Déconnexion totale 🌲 Deux jours dans une cabane perchée, sans wifi.\n\nMerci "
            "@cabane.ombelle pour ce week-end magique, on reviendra c'est sûr 🤍\n\n#glamping")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert ("commercial.gifted", "Merci @cabane.ombelle pour ce week-end") in signal_pairs(verdict)
    friends = analyze(Post("Trop bien ce chalet ❄️ Merci à mes amis pour ce week-end inoubliable",
                           platform="instagram"), "fr")
    assert (friends.verdict, friends.commercial) == ("organic", False), friends.signals
    assert ("guard.personal_gift", "Merci à mes amis pour ce week-end") in signal_pairs(friends)


@pytest.mark.parametrize(("text", "page"), [
    ("Sinds 2 maanden over naar @Spaarbaas en eerlijk: eindelijk een bank-app die werkt. "
     "Open je rekening hier 👇 spaarbaas.nl/start", "spaarbaas.nl/start"),
    ("Switched to @NeoBankly last spring, zero regrets. Open your account here: "
     "neobankly.com/join", "neobankly.com/join"),
])
def test_the_tagged_brands_sign_up_page_after_a_call_to_open_an_account_is_a_push(
        text: str, page: str) -> None:
    verdict = analyze(Post(text, platform="x"), "nl")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.brand_push", page) in signal_pairs(verdict)


@pytest.mark.parametrize("text", [
    # the page of another account than the one tagged
    "Sinds kort bij @Spaarbaas. Open je rekening hier 👇 andere-bank.nl/start",
    # an account's page, but no call to sign up before it
    "Mijn ervaringen met @Spaarbaas lees je op spaarbaas.nl/start, geen reclame.",
])
def test_a_sign_up_page_needs_the_tagged_brand_and_the_call(text: str) -> None:
    verdict = analyze(Post(text, platform="x"), "nl")
    assert "commercial.brand_push" not in {rule for rule, _ in signal_pairs(verdict)}
    assert verdict.verdict == "organic", verdict.signals


def test_a_link_said_to_lead_to_the_authors_own_channel_claims_no_perk() -> None:
    text = ("Zondag gewandeld langs de Drentse Aa, 14 km. Op het eind appeltaart bij het café op "
            "de Brink, €4,75 met slagroom. De route staat op mijn Komoot, link hieronder.")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.follower_offer" not in {rule for rule, _ in signal_pairs(verdict)}


@pytest.mark.parametrize(("text", "shown"), [
    ("Heute Probetraining im neuen FitHaus gemacht 😍 Bis Sonntag gibt's für alle, die sich mit "
     "„LENA\" anmelden, die ersten 2 Monate für 0 €. Wer kommt mit?",
     "mit „LENA\" anmelden, die ersten 2 Monate"),
    ("Beleggen kan al vanaf €1, zegt de oprichter. Wil je ook beginnen? Download de Spaarmuis-app "
     "en ontvang €10 startbonus.", "Download de Spaarmuis-app en ontvang €10"),
])
def test_a_sign_up_name_or_an_app_download_with_a_bonus_is_an_offer(text: str, shown: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.follower_offer", shown) in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "shown"), [
    ("look what turned up at my door 👀 @NorthLoomUK you spoil me. first try-on tomorrow",
     "look what turned up"),
    ("Look what turned up on our doorstep today!!! @PipAndPebbleKids you've outdone yourselves 😍",
     "Look what turned up"),
])
def test_a_parcel_that_turned_up_from_a_tagged_brand_is_a_gift(text: str, shown: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", shown) in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "shown"), [
    ("amazon finds que je rachète en boucle part 2 🛒 la lampe coucher de soleil et le "
     "distributeur de savon, tout est dans ma bio 🔗 #amazonfinds", "amazon finds"),
    ("7 Amazon finds for a tiny kitchen!! links in my bio 🫶 #founditonamazon", "Amazon finds"),
])
def test_amazon_finds_behind_the_bio_link_are_affiliate(text: str, shown: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.shop_call", shown) in signal_pairs(verdict)


def test_a_meal_kits_first_box_free_behind_the_bio_link_is_a_trial_offer() -> None:
    text = ("3 Gründe warum ich nur noch bei Kochkiste bestelle 🥕 1. kein Wocheneinkauf 2. "
            "einfache Rezepte ⏎ link in bio für eure erste box gratis 🫶 #kochen #kochkiste")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.follower_offer", "link in bio für eure erste box gratis") in signal_pairs(
        verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "push"), [
    ("Das schnellste Abendessen der Woche 🍝 Das Geheimnis: das Pesto Rosso von "
     "@nonnalucia.feinkost – gibt's jetzt neu im Kühlregal bei euch im Supermarkt! 🇮🇹\n\n"
     "#feierabendküche #schnellerezepte #nonnalucia", "de", "neu im Kühlregal"),
    ("Mon goûter préféré 🍪 les nouveaux sablés de @maelle.biscuits, dispo chez Carrefour "
     "et Leclerc ! #maelle #goûter", "fr", "dispo chez"),
])
def test_a_retail_push_for_a_tagged_brand_that_is_also_a_hashtag_is_commercial(
        text: str, jurisdiction: str, push: str) -> None:
    """Elderflower (fed back in 2026.12.105): the tagged brand's product pushed to the shelf,
    with the brand's own name as a hashtag, is its post (a campaign hashtag was needed
    before)."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.brand_push", push) in signal_pairs(verdict)


def test_a_retail_push_without_the_brand_as_a_hashtag_is_only_a_hint() -> None:
    text = ("Das Pesto Rosso von @nonnalucia.feinkost gibt's jetzt neu im Kühlregal, endlich! "
            "#feierabendküche")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("commercial.brand_push", "neu im Kühlregal") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    # the tagged account is the maker of the product, and readers are sent to the bio link
    ("oké deze koptelefoon van @klankwerk is echt INSANE voor de prijs 🎧🔥 noise cancelling "
     "werkt zelfs in de trein\nlink in bio!!\n#techtok #koptelefoon", "nl",
     ("commercial.brand_push", "link in bio")),
    # the author named as the one who sends the customer
    ("Ben je ook aan het twijfelen over elektrisch rijden? Ze hebben deze maand een proefritweek, "
     "plan er een via www.autohuisbrammels.nl en zeg dat Marieke je stuurt 😉", "nl",
     ("commercial.follower_offer", "zeg dat Marieke je stuurt")),
    # a brand named in the text and as a hashtag, a discount behind the bio link
    ("okay ich bin offiziell obsessed mit dem neuen Glowria Niacinamid Serum 😭✨ meine poren?? "
     "weg. link in bio, heute noch -25% 🏃‍♀️ #skincare #glowria #fyp", "de",
     ("commercial.follower_offer", "link in bio, heute noch -25%")),
    # thanks for the days at a tagged hotel whose name is a compound
    ("3 Nächte @seehotel_birkenau 🌅 Morgens Stand-up-Paddling, abends Sauna. Danke für die "
     "wundervolle Zeit, wir kommen wieder! 🤍 #kurzurlaub", "de",
     ("commercial.gifted", "Danke für die wundervolle Zeit")),
])
def test_fennel_offers_pushes_and_stays(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    """Fennel (fed back in 2026.12.106)."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert evidence in signal_pairs(verdict)


def test_a_maker_named_without_the_bio_link_or_a_place_named_as_a_hashtag_is_no_push() -> None:
    plain = analyze(Post("deze koptelefoon van @klankwerk is echt INSANE voor de prijs 🎧",
                         platform="instagram"), "nl")
    assert plain.verdict == "organic", plain.signals
    guide = analyze(Post("Three days in Lisbon ☀️ my favourite cafés are in the guide, link in "
                         "bio #lisbon #travel", platform="instagram"), "uk")
    assert guide.verdict == "organic", guide.signals


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    ("POV: you finally found a protein bar that doesn't taste like drywall 😭 the salted caramel "
     "one from @crunchwellbars is actually dangerous. linked in bio, they're doing buy 2 get 1 "
     "this week only #fyp", "us",
     ("commercial.follower_offer", "linked in bio, they're doing buy 2 get 1")),
    ("Mijn nieuwe lievelingsgeur: Nachtjasmijn van @ParfumHuisLune 🌙 Zo warm en zacht. "
     "Dankjewel lieverds 💕", "nl", ("commercial.gifted", "Dankjewel lieverds")),
])
def test_galangal_offers_and_thanks(text: str, jurisdiction: str,
                                    evidence: tuple[str, str]) -> None:
    """Galangal (fed back in 2026.12.107): "linked in bio" and "buy 2 get 1"; thanks to
    "lieverds" under the one tagged maker."""
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert evidence in signal_pairs(verdict)


def test_a_skin_brand_account_and_the_bio_link_push_its_product() -> None:
    """Lovage (fed back in 2026.12.109): "@dewlab.skin" reads as a business (a ``.skin``
    name, like ``.shop``), and "linked in bio" sends readers to its till."""
    text = ("nothing fixed my texture until two weeks with the @glowmere.skin retinal serum 😭 "
            "linked in bio bestie 🫶 #skintok #fyp")
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.brand_push", "linked in bio") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "rule", "shown"), [
    ("THE SUNDAY LEDGER, issue 88\n\nA word from today's sponsor: Ledgerly is the invoicing "
     "tool for freelancers. Readers get 2 months free → ledgerly.com/sunday", "us",
     "disclosure.phrase", "today's sponsor"),
    ("Nieuwsbrief #41. De sponsor van vandaag: Kasboek, boekhouden voor zzp'ers. Lezers "
     "krijgen 2 maanden gratis via kasboek.nl/lezers", "nl", "disclosure.phrase",
     "sponsor van vandaag"),
])
def test_a_newsletter_slot_for_the_days_sponsor_discloses(
        text: str, jurisdiction: str, rule: str, shown: str) -> None:
    """Lovage (fed back in 2026.12.109): "A word from today's sponsor:" opens a paid slot."""
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert (rule, shown) in signal_pairs(verdict)


def test_a_brand_offering_readers_a_discount_is_a_follower_offer() -> None:
    """Marjoram (fed back in 2026.12.110): "Lumara is offering readers 40% off" in a native ad."""
    text = (
        "Dermatologists Are Quietly Recommending This Eye Cream — Here's Why\n\nBy Beauty "
        "Desk | 3 min read\n\nFine lines around the eyes are often the first sign of ageing. "
        "But most creams, experts say, never reach the deeper layers. That's where Lumara "
        "comes in: the Irish brand uses a slow-release retinal that works overnight.\n\n\"My "
        "crow's feet have softened in three weeks\" — Aoife, 44\n\nRight now Lumara is "
        "offering readers 40% off their first order. Claim the discount here →")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.follower_offer", "offering readers 40% off") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "shown"), [
    ("Vantis Buds 3 — 2 WEEKS LATER\n\nGot these a couple weeks before launch from the team at "
     "Vantis so I've been putting them through everything: gym, flights, calls.\n\n"
     "Vantis Buds 3: https://vantis.audio/buds3",
     "Got these a couple weeks before launch from the team"),
    ("Got these before launch from @vantis.audio 🎧 first impressions below",
     "Got these before launch from @v"),
])
def test_a_product_had_before_launch_from_its_maker_is_a_gift(text: str, shown: str) -> None:
    """Oregano (fed back in 2026.12.112): early units come from the maker."""
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", shown) in signal_pairs(verdict)


def test_bought_before_launch_names_no_giver() -> None:
    verdict = analyze(Post("I got these before launch because I preordered on day one lol",
                           platform="instagram"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert verdict.signals == ()


def test_an_own_order_on_the_mat_is_no_gift() -> None:
    """Tourmaline (fed back in 2026.12.112): only "een … pakketje van <brand> op de mat" reads as
    a brand's parcel; "mijn pakketje van bol" is an order."""
    verdict = analyze(Post("Eindelijk lag mijn pakketje van bol op de mat, nieuwe sneakers!",
                           platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert verdict.signals == ()


def test_thanks_to_a_hotel_for_pampering_us_is_a_hosted_stay() -> None:
    """Parsley (fed back in 2026.12.113): "Danke fürs Verwöhnen" under a tagged resort."""
    text = ("Traumhaftes Wochenende im @seeblick.resort 💛🌅 Frühstück mit Blick auf den See, Spa, "
            "Sonnenuntergang vom Steg… Danke fürs Verwöhnen, ihr Lieben!! #wellness #auszeit")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Danke fürs Verwöhnen") in signal_pairs(verdict)


def test_thanks_for_pampering_without_lodging_is_no_stay() -> None:
    verdict = analyze(Post("Danke Schatz fürs Verwöhnen zum Geburtstag 🥰 @tom.k",
                           platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert verdict.signals == ()


def test_thanks_to_the_makers_team_for_early_units_is_a_gift() -> None:
    """Quassia (fed back in 2026.12.114): review units "before launch" from the maker's team."""
    text = ("Auralis X2 first impressions 🎧\nQuick unboxing and first 48 hrs with the Auralis "
            "X2.\nBig thanks to the Auralis team for getting these to me before launch 🙏\n"
            "Auralis X2: https://auralis.audio/x2")
    verdict = analyze(Post(text, platform="youtube"), "uk")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "thanks to the Auralis team for getting these to me before "
            "launch") in signal_pairs(verdict)


def test_thanks_to_a_team_for_something_else_is_no_gift() -> None:
    verdict = analyze(Post("Big thanks to the support team for getting my order to me before "
                           "the weekend 🙏", platform="instagram"), "uk")
    assert verdict.verdict == "organic", verdict.signals


def test_what_landed_in_the_mailbox_from_a_brand_is_a_gift() -> None:
    """Rue (fed back in 2026.12.116): "kijk wat er vandaag in de bus lag van @merk"."""
    text = ("kijk wat er vandaag in de bus lag van @kleurkracht.cosmetics 😍😍 ik ben zo blij!!! "
            "hele nieuwe oogschaduw palet + lipliners #makeup #unboxing")
    verdict = analyze(Post(text, platform="tiktok"), "nl")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "in de bus lag van @kleurkracht.cosmetics") \
        in signal_pairs(verdict)


def test_an_order_in_the_mailbox_is_no_gift() -> None:
    verdict = analyze(Post("Mijn pakketje van bol lag vandaag in de bus, eindelijk nieuwe "
                           "sneakers!", platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals


def test_a_neighbours_garage_tip_with_what_the_work_cost_is_no_perk() -> None:
    """Ugni (fed back in 2026.12.120): "Va voir Garage Pellerin de ma part, ils m'ont changé mes
    plaquettes pour 140€" in a local group's thread."""
    text = ("Bonjour à tous ! Quelqu'un connaîtrait un garagiste honnête vers Ancenis ?\n\n💬 "
            "Réponse de Karine L. : Va voir Garage Pellerin de ma part, ils m'ont changé mes "
            "plaquettes pour 140€ et ils ne poussent jamais à la conso.")
    verdict = analyze(Post(text, platform="facebook"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert verdict.signals == ()


def test_a_discount_said_to_come_from_the_author_stays_a_perk() -> None:
    verdict = analyze(Post("Va voir Garage Pellerin de ma part, ils vous font -10% sur les "
                           "plaquettes ! @garagepellerin", platform="instagram"), "fr")
    assert ("commercial.follower_offer", "de ma part, ils vous font -10%") \
        in signal_pairs(verdict), verdict.signals


def test_zero_fees_for_a_year_through_my_link_is_a_perk() -> None:
    """Vervain (fed back in 2026.12.121): "zero fees for the first year if you use my link 👇"
    under a bank's join link."""
    text = ("honestly @Quillbank is the only business account that doesn't make me want to throw "
            "my laptop. zero fees for the first year if you use my link 👇 "
            "https://quillbank.com/join?c=samwrites")
    verdict = analyze(Post(text, platform="x"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.follower_offer", "zero fees for the first year if you use my link") \
        in signal_pairs(verdict)


def test_a_reviewers_own_purchase_price_is_no_perk_for_new_readers() -> None:
    # "Quick context for new readers: … I bought this … for £499" (celestine): the price paid
    text = ("Six months with the Corvane Pixa 7\nQuick context for new readers: I don't take "
            "review units. I bought this Pixa 7 (128GB, Sage green) for £499 at Voltstore on "
            "launch weekend, the same way you would. Nobody at Corvane has seen this post. "
            + "The camera is very good and the battery lasts a day and a half. " * 8)
    verdict = analyze(Post(text, platform="blog"), "uk")
    assert verdict.verdict == "organic"
    assert not any(s.rule == "commercial.follower_offer" for s in verdict.signals)
    assert ("guard.self_bought", "I bought this") in signal_pairs(verdict)


def test_a_perk_for_new_readers_is_still_an_offer() -> None:
    text = ("Exclusive for new readers: £10 off your first Larder Box with my link "
            "larderbox.co.uk/?ref=kitchennotes #mealkit")
    verdict = analyze(Post(text, platform="instagram"), "uk")
    assert verdict.verdict == "undisclosed"
    assert any(s.rule == "commercial.follower_offer" for s in verdict.signals)


def test_spoilt_by_a_tagged_account_is_a_gift() -> None:
    # "Trop gâtée par @NovaTechFR" (xylopia): the account after the word for being spoilt
    text = ("Trop gâtée par @NovaTechFR 🥹 la nouvelle montre connectée est arrivée ce matin, "
            "l'écran est sublime et l'autonomie de 12 jours je demande à voir")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted", "gâtée par @NovaTechFR") in signal_pairs(verdict)


def test_a_first_month_free_via_the_link_in_mn_bio_is_an_offer() -> None:
    # "eerste maand gratis via de link in mn bio!!" (ylang): the bio link as captions spell it
    text = ("pov: je hoeft nooit meer na te denken wat je eet 😭 @PlanPan app doet letterlijk "
            "alles. eerste maand gratis via de link in mn bio!! #mealprep #budgetkoken")
    verdict = analyze(Post(text, platform="tiktok"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.follower_offer",
            "eerste maand gratis via de link in mn bio") in signal_pairs(verdict)


@pytest.mark.parametrize("bio", ["link in mn bio", "link in m'n bio", "link in mijn bio"])
def test_a_tagged_apps_link_in_the_creators_bio_is_a_push(bio: str) -> None:
    # "@listo.app link in mn bio" (zizia): the bio link in a caption's spellings of "my"
    text = f"eindelijk een app die mijn weekmenu regelt 📲 @planly.app {bio} #fyp #studentenleven"
    verdict = analyze(Post(text, platform="tiktok"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.brand_push", bio) in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    # caraway: an ambassador's announcement
    ("Grosse nouvelle 🏃‍♀️ je rejoins officiellement la team @ventdouest.running !! on prépare "
     "des trucs ensemble", "fr",
     ("commercial.partnership", "je rejoins officiellement la team @ventdouest.running")),
    ("Big news: I'm officially joining the team @NorthPeakGear as a trail runner!", "us",
     ("commercial.partnership", "I'm officially joining the team @NorthPeakGear")),
    # caraway: a brand's team thanked for the product
    ("massive shoutout to the @Grindhaus team for the new Mono grinder, dialed in first try ☕",
     "us", ("commercial.gifted", "shoutout to the @Grindhaus team for the new Mono grinder")),
    # caraway: the bio link beside the brand and its campaign hashtag
    ("Finally a bag that fits everything 🧳 @packwell 🤍 tap the link in my bio, their winter "
     "sale ends Sunday! #PackwellJourneys #travel", "us",
     ("commercial.brand_push", "link in my bio")),
])
def test_joining_a_brands_team_thanks_for_its_product_and_its_campaigns_bio_link(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert evidence in signal_pairs(verdict)


def test_a_running_clubs_team_thanked_for_pacing_is_no_gift() -> None:
    verdict = analyze(Post("huge shoutout to the @runclub.leeds team for the great pacing today",
                           platform="instagram"), "us")
    assert verdict.verdict == "organic"
    assert not any(s.family == "commercial" for s in verdict.signals)


def test_the_link_that_stands_in_mn_bio_beside_a_shops_account_is_a_push() -> None:
    # "… het vitamine c serum van @glowlab.skin … link staat in mn bio x" (dittany)
    text = ("waarom zei niemand iets over de nachtcrème van @zachtlab.skin 😭 mijn huid is echt "
            "rustiger na 2 weekjes. link staat in mn bio x #skincare #fyp")
    verdict = analyze(Post(text, platform="tiktok"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.brand_push", "link staat in mn bio") in signal_pairs(verdict)
