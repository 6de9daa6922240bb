"""Thanks to a brand (``thanks``): a gift when the account or name reads as the brand of what
is shown, nothing when it is a friend, an evening or an organiser."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Neue Leuchte überm Esstisch 💡 Merci vielmal @lampenstube.ch für das wunderschöne "
         "Stück 🙏 #interior", "de", "Merci vielmal @lampenstube.ch"),
        ("merci @VortekGear pour le nouveau clavier 🔥 je le teste ce soir en live", "fr",
         "merci @VortekGear"),
        ("Danke @nora für das schöne Stück, es hängt schon im Flur!", "de",
         "Danke @nora für das schöne Stück"),
        ("Another cracking morning on the Tweed 🎣 Thanks @Ridgeline Outdoors 🙌 "
         "#ridgelineoutdoors #flyfishing", "us", "Thanks @Ridgeline"),
        ("Thanks @Ridgeline Outdoors for the new waders, bone dry all morning "
         "#ridgelineoutdoors #flyfishing", "us", "Thanks @Ridgeline"),
        ("Sonix ZV-30 review na 3 weken. Bedankt @sonixbenelux 🙏 #vlogcamera #review", "nl",
         "Bedankt @sonixbenelux"),
        ("Gestern Abend wurden wir bei @osteria.lucia.koeln soooo verwöhnt 🍝 Das neue "
         "Herbstmenü ist ein Traum.", "de", "bei @osteria.lucia.koeln soooo verwöhnt"),
        ("Took the new Ridge 2 out on their first proper hike. Grip is insane. Cheers "
         "@trailcraftoutdoor 🙏\n\nCheck out Trailcraft here: https://trailcraft.co.uk", "uk",
         "Cheers @trailcraftoutdoor"),
    ],
)
def test_thanking_a_brand_for_what_it_gave_is_an_undisclosed_gift(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted", evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "30 🎂 danke @osteria.lucia.zh für den schönsten Abend #geburtstag",
        "merci @cyclesdupont pour les conseils en boutique, premier vélo acheté avec mes économies",
        "Danke @annika.roth für die Tasse, die ich natürlich geklaut habe #weihnachtsmarkt",
        "thanks @sarah.k for the photos 📸 #weekend",
        "SEMI DE BORDEAUX 1h42 🏃‍♀️ Merci à ma team du club @bordeauxrunningcrew pour les "
        "encouragements et à mes Strivo Pegase 3 qui ont tenu 800 bornes #running #strivo",
        "42,2 km ✅ Bedankt allemaal voor de berichtjes en @hardloopclubdevlucht voor de maanden "
        "trainen in de regen! Mijn @stridewerk schoentjes hebben er 800 km op zitten #marathon",
    ],
)
def test_thanks_for_an_evening_advice_or_a_friends_mug_is_no_gift(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}


def test_thanks_to_a_friend_for_the_evening_stays_organic() -> None:
    text = "Thanks @sarah.k for a lovely evening 🍷 #friends"
    verdict = analyze(Post(text, platform="instagram"), "uk")
    assert verdict.verdict == "organic"
    assert not signal_pairs(verdict)


def test_thanks_to_the_organisers_of_a_meet_stays_organic() -> None:
    text = ("Über 200 Autos beim Treffen 🔥 Mein Highlight war der Strada von @retro.ralle.\n"
            "Danke an die Orga vom @hafentreff_kiel, nächsten Monat wieder! #carmeet")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals


def test_thanks_to_a_name_that_opens_the_linked_shop_address() -> None:
    text = ("MA ROUTINE DU DIMANCHE 🧼\n\nMerci à Lumio pour cette vidéo 💛 leur nettoyant à la "
            "lavande est dispo ici : https://lumio-maison.fr/dimanche\n\nIG @clarisse.chezsoi")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    # thanked "pour cette vidéo": a sponsor named (since 2026.12.98), not only a maker thanked
    assert ("commercial.partnership", "Merci à Lumio pour cette vidéo") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule", "evidence"),
    [
        ("Neuzugang im Bücherregal 📚 Die ersten 50 Seiten verschlungen. Vielen lieben Dank "
         "@verlag.flusslicht 💜 #bookstagram #neuerscheinung", "de", "commercial.gifted",
         "Vielen lieben Dank @verlag.flusslicht"),
        ("MA ROUTINE DU SOIR 🌙 Un grand merci à Somnéa pour cette vidéo 💜 le lien ici : "
         "https://somnea.fr/nuit-calme?utm_source=youtube", "fr", "commercial.partnership",
         "merci à Somnéa pour cette vidéo"),
    ],
)
def test_thanks_to_a_publisher_or_an_accented_shop_name(text: str, jurisdiction: str, rule: str,
                                                        evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert any(s.rule == rule and evidence in s.text for s in verdict.signals)


def test_thanks_to_a_clinic_for_its_care_is_no_gift_but_to_a_shop_handle_is() -> None:
    physio = analyze(Post("6 months post-op, deadlifted 80kg 🥹 huge thank you to my physio Sam "
                          "at @riversidephysioclinic for not giving up on my knee #aclrecovery",
                          platform="instagram"), "us")
    assert physio.verdict == "organic", physio.signals
    candle = analyze(Post("Neu eingezogen 😍 Endlich eine Duftkerze, die nicht nach Chemie riecht. "
                          "Danke @kerzenkontor 💕 #hygge", platform="instagram"), "de")
    assert candle.verdict == "undisclosed"
    assert ("commercial.gifted", "Danke @kerzenkontor") in signal_pairs(candle)


def test_a_national_account_beside_its_address_and_a_running_club_thanked_for_runs() -> None:
    camper = analyze(Post("VANLIFE IN NOORWEGEN 🇳🇴 Met dank aan @camperlandNL 🙏 Wil je zelf "
                          "zo'n camper huren? Kijk op https://camperland.nl/fjellstar",
                          platform="youtube"))
    assert camper.verdict == "undisclosed"
    assert ("commercial.gifted", "dank aan @camperlandNL") in signal_pairs(camper)
    club = analyze(Post("SUB 4 AU MARATHON DE PARIS !!!! Merci à @lesfoulees_du_11e pour les "
                        "sorties longues du dimanche et à ma soeur #marathondeparis",
                        platform="instagram"), "fr")
    assert club.verdict == "organic", club.signals


def test_thanks_to_the_team_of_a_reviewed_models_maker_is_a_review_unit() -> None:
    text = ("Pixelon X7 nach 3 Wochen – besser als das Flaggschiff?\n\nDas X7 ist seit drei "
            "Wochen mein Hauptgerät. In diesem Video: Kamera, Akku, Display.\n\n"
            "Großes Danke an das Team von Pixelon Deutschland 🙏")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted", "Danke an das Team von Pixelon") in signal_pairs(verdict)


def test_thanks_to_a_clubs_team_names_no_maker() -> None:
    text = "10K done in 48:10 🏃 Thanks to the team at Riverside Running Club for the pacing!"
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert not verdict.commercial


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Onze kleine chef is fan van haar nieuwe houten keukentje van @houtjetouwtje.speelgoed 🥰 "
         "Er wordt de hele dag soep gekookt. Dank jullie wel!! 💛 #peuter", "nl",
         "Dank jullie wel"),
        ("Schlafe seit einer Woche auf der neuen Matratze von @Schlafgut_de 😴 Rücken ist ruhig. "
         "Danke ihr Lieben, ihr habt mein Leben verbessert!!", "de", "Danke ihr Lieben"),
        ("la nouvelle palette de @lunacosmetiques est parfaite pour l'automne 🧡 merci les filles "
         "vous êtes les meilleures #makeup #lunacosmetiques", "fr", "merci les filles"),
    ],
)
def test_thanks_to_you_all_under_one_tagged_brand_is_a_gift(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "I've joined the design team at @kestreloutdoor! Thank you all for the support ❤️",
        "10k!! 🥹 Danke ihr Lieben für eure Unterstützung, ohne euch wäre @lenas.shop nichts",
        "Nieuwe jurk van @zara en tas van @mango. Dank jullie wel voor de lieve reacties!",
    ],
)
def test_thanks_to_followers_or_beside_several_tags_is_no_gift(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}, verdict.signals


def test_thanks_for_a_delay_is_a_complaint() -> None:
    text = ("Merci @TransRegio pour les 47 min de retard sans aucune annonce, j'adore découvrir le "
            "quai de Brive à 23h. Vraiment. Top.")
    verdict = analyze(Post(text, platform="x"), "fr")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(("text", "evidence"), [
    ("Heute kam die neue Keyforge K2 Pro an 😍⌨️ die Switches sind butterweich. Danke "
     "@KeyforgeDE! Ausführlicher Eindruck kommt.", "Danke @KeyforgeDE"),
    ("Tempo Run 3 vandaag getest, loopt als een zonnetje. Dankjewel @tempo_nl!",
     "Dankjewel @tempo_nl"),
])
def test_thanks_to_the_account_whose_name_opens_the_model_shown_is_a_gift(
        text: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.gifted", evidence) in signal_pairs(verdict)


def test_thanks_to_a_friend_beside_a_model_is_no_gift() -> None:
    text = "Mein neues iPhone 15 ist da! Danke @lena für die Fotos 📸"
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals


def test_thanks_to_a_pr_agency_account_is_a_gift() -> None:
    text = ("Soirée magique hier chez @lamaisondesfigues 🍷 menu dégustation 7 plats\n\nMerci à "
            "toute l'équipe et à @nectar.rp 🙏 #restaurantlyon")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.gifted", "Merci à toute l'équipe et à @nectar.rp") in signal_pairs(verdict)


@pytest.mark.parametrize("text", [
    "MARATHON ✅ 3h52 🥹 Merci à mon club @nantes.runners pour les sorties longues sous la pluie "
    "#marathon",
    # the club named only in the account (alder)
    "SUB 4H 🥹🏃‍♀️ 3h58'12 à mon tout premier marathon. J'ai pleuré à l'arrivée. Merci "
    "@running_club_nantes pour les sorties longues du dimanche et merci à mon chéri qui m'a "
    "suivie en trottinette 😂❤️\n\n#marathon #running",
])
def test_thanks_to_a_runners_club_is_no_gift(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert (verdict.verdict, verdict.signals) == ("organic", ())


def test_thanks_to_a_running_clubs_account_is_no_gift() -> None:
    text = ("MARATHON DE LA ROCHELLE ✅ 3h41'12 … une coach bénévole du club qui a cru en moi. "
            "Merci @asrochelle_running ❤️ et merci à ma famille ! #marathon")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert not verdict.commercial and not verdict.signals


def test_an_email_address_before_a_thanks_to_subscribers_is_no_account() -> None:
    text = ("🐐 Instagram : @lachevreriedubosc\n📧 Pour nous écrire : contact@lachevreriedubosc.fr"
            "\n\nMerci aux 20 000 abonnés !!!")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert not verdict.commercial and not verdict.signals


def test_a_running_clubs_handle_with_underscores_is_a_club() -> None:
    """Zedoary: "Merci au club @runners_de_lorient pour les fractionnés du mardi soir" thanks a
    club for training, not a brand for a gift."""
    text = ("MON PREMIER SEMI !!! 🏃‍♀️ 1h58'42. Merci au club @runners_de_lorient pour les "
            "fractionnés du mardi soir, à maman qui m'attendait au km 18 avec une banane 🍌 "
            "#semimarathon #running")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert not any(s.family == "commercial" for s in verdict.signals)


@pytest.mark.parametrize(("text", "thanks", "jurisdiction"), [
    ("die neuen sneaker von @laufwerk.berlin sind einfach zu bequem 😮‍💨👟 danke ihr süßen 🤍 "
     "#sneakers #outfit", "danke ihr süßen", "de"),
    ("la nouvelle bouilloire rétro de @cuisinella.home est tellement belle 😍 merci la team 🙏 "
     "#kitchentok #retro", "merci la team", "fr"),
])
def test_thanks_to_you_all_under_a_product_of_the_one_tagged_maker_is_a_gift(
        text: str, thanks: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", thanks) in signal_pairs(verdict)


def test_thanks_to_you_all_for_support_beside_a_maker_stays_organic() -> None:
    text = ("die neuen sneaker von @laufwerk.berlin sind einfach zu bequem 👟 danke ihr süßen für "
            "eure unterstützung beim halbmarathon 🤍")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {rule for rule, _ in signal_pairs(verdict)}


def test_thanks_to_a_brewers_handle_is_thanks_to_a_brand() -> None:
    text = "le seul truc qui me fait tenir pendant les révisions 😮‍💨 merci @nordbrew 🖤 #studytok"
    verdict = analyze(Post(text, platform="tiktok"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "merci @nordbrew") in signal_pairs(verdict)


def test_thanks_to_the_whole_team_under_a_tagged_hotel_is_a_hosted_stay() -> None:
    text = ("3 Tage einfach nur durchatmen 🌲 im @berghotel_tannenblick ⏎ Sauna mit Blick auf den "
            "Nebel, keine Mails. Danke an das ganze Team, ihr seid großartig 🙏 #auszeit")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Danke an das ganze Team") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "thanks"), [
    ("Two weeks daily-driving the Orbis Pods 2. ANC is genuinely better than my £250 pair. Only "
     "gripe: touch controls are twitchy af. Thanks @OrbisAudio for letting me test these early 🙏",
     "uk", "Thanks @OrbisAudio for letting me test"),
    ("Zwei Wochen mit der neuen Kamera unterwegs 📷 danke @lumarocam, dass ich sie testen "
     "durfte!", "de", "danke @lumarocam, dass ich sie testen durfte"),
])
def test_thanks_to_a_brand_for_letting_the_author_test_is_a_review_unit(
        text: str, jurisdiction: str, thanks: str) -> None:
    """Elderflower (fed back in 2026.12.105): the maker let the author test its product."""
    verdict = analyze(Post(text, platform="x"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", thanks) in signal_pairs(verdict)


def test_thanks_to_a_friend_for_letting_me_try_their_bike_is_no_gift() -> None:
    verdict = analyze(Post("Eerste rondje op een racefiets ooit 🚴 thanks @sarah.k for letting me "
                           "try hers!", platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {rule for rule, _ in signal_pairs(verdict)}


def test_thanks_for_everything_under_the_one_tagged_brand_is_a_gift() -> None:
    """Hyssop (fed back in 2026.12.108): the tagged brand is also a hashtag, accents aside."""
    text = ("ma nouvelle routine du soir avec @Lunéa Skin 🌙 merci pour tout 💕💕 l'huile "
            "démaquillante est incroyable\n\n#routinedusoir #skincareroutine #lunea")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "merci pour tout") in signal_pairs(verdict)


def test_thanks_to_the_team_a_tagged_business_account_names_is_a_gift() -> None:
    """Lovage (fed back in 2026.12.109): "big thanks to the kestrel team" under a review of the
    @KestrelAudio buds: the team behind the account, the review unit's sender."""
    text = ("two weeks with the @KestrelAudio Fjord buds: ANC is great on the train, the case "
            "is tiny. 8/10. big thanks to the kestrel team 🙏")
    verdict = analyze(Post(text, platform="x"), "us")
    assert (verdict.verdict, verdict.kinds) == ("undisclosed", ("gifted",)), verdict.signals
    assert ("commercial.gifted", "big thanks to the kestrel") in signal_pairs(verdict)


def test_thanks_to_a_team_no_tagged_business_names_stays_organic() -> None:
    """A running club's team, thanked beside a friend's account, is no sender."""
    text = "10K in 52 minutes with @sanne.de.vries! big thanks to the riverside team for the pacing"
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert not any(s.rule == "commercial.gifted" for s in verdict.signals)


@pytest.mark.parametrize(("text", "jurisdiction", "shown"), [
    ("Die Mädels lieben ihre neuen Helme 🚲💛 Lotta will ihn gar nicht mehr absetzen. Danke "
     "@helmheld dass ihr an uns gedacht habt 🥰 #kinderhelm #familienleben", "de",
     "dass ihr an uns gedacht habt"),
    ("Onze Sem is verliefd op zijn nieuwe stepje van @Stepwijs 😍 hij wil er zelfs mee naar "
     "bed. Dankjewel lieve mensen van Stepwijs!! 💚", "nl", "Dankjewel lieve mensen van Stepwijs"),
])
def test_thanks_for_thinking_of_us_or_to_a_tagged_accounts_people_is_a_gift(
        text: str, jurisdiction: str, shown: str) -> None:
    """Marjoram (fed back in 2026.12.110): "Danke @helmheld dass ihr an uns gedacht habt", and
    "Dankjewel lieve mensen van Stepwijs" under a product of the tagged @Stepwijs."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", shown) in signal_pairs(verdict)


def test_thanks_to_a_roastery_by_its_handle_is_a_gift() -> None:
    """Thyme (fed back in 2026.12.119): "Danke an @kaffeerei_nord für die Bohnen": a trade's
    workshop ("-erei", "-erij") opening the handle names a business, not a person."""
    verdict = analyze(Post("Danke an @kaffeerei_nord für die Bohnen ☕ Der Äthiopien ist "
                           "fruchtig, fast wie Blaubeere.", platform="instagram"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Danke an @kaffeerei_nord") in signal_pairs(verdict)


def test_thanks_to_a_friend_by_a_name_handle_stays_personal() -> None:
    verdict = analyze(Post("Danke an @lena_nord für die Bohnen ☕ so lieb von dir",
                           platform="instagram"), "de")
    assert not verdict.commercial, verdict.signals


def test_thanks_to_a_publishing_house_for_what_came_in_the_mail_is_a_gift() -> None:
    """Thyme (fed back in 2026.12.119): "Grosse surprise ce matin dans la boîte aux lettres 📦
    le nouveau livre … Merci aux Éditions Pampelune 💛"."""
    text = ("Grosse surprise ce matin dans la boîte aux lettres 📦 le nouveau livre de recettes "
            "de Chef Amandine Roux !! Hâte de tester tout ça 😋 Merci aux Éditions Pampelune 💛 "
            "#lecture #cuisine")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Merci aux Éditions Pampelune") in signal_pairs(verdict)


def test_thanks_to_a_publishing_house_without_a_parcel_is_no_gift() -> None:
    verdict = analyze(Post("Merci aux Éditions Pampelune pour ce beau catalogue que j'ai acheté "
                           "au salon 💛", platform="instagram"), "fr")
    assert not verdict.commercial, verdict.signals


def test_paying_guests_thanking_a_cafe_are_customers() -> None:
    """Ugni (fed back in 2026.12.120): "Danke @cafe_morgenrot für das beste Rührei ever, waren
    wie immer ganz normal zahlende Gäste haha"."""
    text = ("Frühstück mit dieser Diva 🐈‍⬛☕️ Danke @cafe_morgenrot für das beste Rührei ever, "
            "waren wie immer ganz normal zahlende Gäste haha #frühstück")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.self_bought", "zahlende Gäste") in signal_pairs(verdict)


def test_thanks_to_the_maker_of_a_new_thing_wearing_its_tag_is_a_gift() -> None:
    """Ugni (fed back in 2026.12.120): "Loving our new stroller from Bramblewood Baby … Thanks so
    much Bramblewood!! #bramblewoodbaby"."""
    text = ("Loving our new stroller from Bramblewood Baby 💛 first walk around the lake today. "
            "Thanks so much Bramblewood!! 🥰 #bramblewoodbaby #newmom #babygear")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Thanks so much Bramblewood") in signal_pairs(verdict)


def test_thanks_to_a_city_one_came_back_from_is_no_gift() -> None:
    verdict = analyze(Post("Back from Amsterdam! What a week. Thank you Amsterdam "
                           "#amsterdamdanceevent", platform="instagram"), "us")
    assert not verdict.commercial, verdict.signals


def test_a_shoutout_to_a_shop_named_like_its_address_is_a_gift() -> None:
    """Vervain (fed back in 2026.12.121): "Shoutout naar @BrilloBrillen 🙌 check ze op
    brillo.nl/daily" in a vlog's description."""
    text = ("Mijn eerste week met CONTACTLENZEN 👀\n\nShoutout naar @BrilloBrillen 🙌 check ze op "
            "brillo.nl/daily\n\n0:00 waarom lenzen")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Shoutout naar @BrilloBrillen") in signal_pairs(verdict)


def test_the_lovely_folks_at_a_shop_thanked_for_goodies_gave_them() -> None:
    # "Huge shoutout to the lovely folks at Rootling Coffee Roasters for the goodies" beside its
    # address (xylopia): "lovely" after "the" before the company's people
    text = ("Huge shoutout to the lovely folks at Rootling Coffee Roasters for the goodies!! The "
            "Ethiopia Guji is absolutely gorgeous as a pour over. rootlingcoffee.com")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.gifted",
            "shoutout to the lovely folks at Rootling Coffee Roasters") in signal_pairs(verdict)
