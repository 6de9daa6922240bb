"""The sales pitch that closes an unlabelled advertorial, and the news it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post

PITCH = Path(__file__).resolve().parents[2] / "fixtures" / "detection" / "pitch"


def test_a_local_news_style_piece_ending_in_a_deal_and_its_door_is_an_undisclosed_ad() -> None:
    text = (PITCH / "local_gym_nl.txt").read_text("utf-8")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert (verdict.verdict, verdict.commercial, verdict.disclosed) == (
        "undisclosed", True, False)
    assert verdict.kinds == ("advertorial",)
    assert ("commercial.advertorial", "inschrijft via krachthuis-hoogveen.nl") in signal_pairs(
        verdict)


def test_council_news_with_prices_and_a_website_stays_organic() -> None:
    text = (PITCH / "council_news_nl.txt").read_text("utf-8")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert verdict.verdict == "organic"
    assert not [s for s in verdict.signals if s.family == "commercial"]


@pytest.mark.parametrize(
    ("closing", "jurisdiction", "evidence"),
    [
        ("Founding members who join before 31 March pay £19.99 a month. Memberships can be "
         "bought at pulseforge.co.uk/millbrook.", "uk", "bought at pulseforge.co.uk/millbrook"),
        ("Skylark are offering 10% off installation this month — just mention you saw it here.",
         "uk", "just mention you saw it here"),
        ("Zum Start entfällt die Aufnahmegebühr. Mehr Informationen und Anmeldung unter "
         "www.fitloft-lindenburg.de.", "de", "Anmeldung unter www.fitloft-lindenburg.de"),
        ("Jusqu'au 30 avril, les essais sont offerts. Réservation d'essai : "
         "https://www.perrin-auto.fr/essai", "fr", "Réservation d'essai : https://www.perrin-auto.fr/essai"),
    ],
)
def test_the_closing_pitch_in_each_language(closing: str, jurisdiction: str,
                                            evidence: str) -> None:
    opening = "The new place opened on Saturday after four months of work. " * 12
    verdict = analyze(Post(opening + "\n\n" + closing, platform="web"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial", evidence) in signal_pairs(verdict)


def test_a_pitch_in_a_short_caption_is_left_to_the_caption_finders() -> None:
    verdict = analyze(Post("New gym! Join at pulseforge.co.uk before March for 10% off",
                           platform="instagram"), "uk")
    assert "commercial.advertorial" not in {s.rule for s in verdict.signals}


def test_a_venue_portrait_closing_on_special_terms_and_viewings_is_a_pitch() -> None:
    opening = "Zwischen alten Linden und einer restaurierten Scheune liegt Gut Lindenhof. " * 9
    closing = ("Freitagshochzeiten gibt es zu Sonderkonditionen.\n\nBesichtigungstermine können "
               "über gut-lindenhof.de oder telefonisch vereinbart werden.")
    verdict = analyze(Post(opening + "\n\n" + closing, platform="web"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial", "Besichtigungstermine können über gut-lindenhof.de") in (
        signal_pairs(verdict))


def test_a_housing_piece_closing_on_registration_with_a_price_early_on_is_a_pitch() -> None:
    opening = ("Aan de noordrand verrijst De Vlasakkers, met starterswoningen vanaf €289.000. " * 9)
    closing = "Inschrijven kan nog tot en met 30 juni via devlasakkers-wonen.nl."
    verdict = analyze(Post(opening + "\n\n" + closing, platform="web"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial",
            "Inschrijven kan nog tot en met 30 juni via devlasakkers-wonen.nl") in signal_pairs(
        verdict)


@pytest.mark.parametrize(
    ("closing", "jurisdiction", "evidence"),
    [
        ("Nieuwe patiënten krijgen een gratis gebitscheck. Maak direct een afspraak via "
         "www.smilestudiozwolle.nl/afspraak.", "nl",
         "afspraak via www.smilestudiozwolle.nl/afspraak"),
        ("Neupatienten zahlen den Einführungspreis von 99 Franken. Termine kann man online "
         "buchen: https://www.zahnzentrum-seefeld.ch/termin", "de",
         "Termine kann man online buchen: https://www.zahnzentrum-seefeld.ch/termin"),
        ("Essais gratuits toute la semaine. Infos et rendez-vous : www.garagedulac-morges.ch",
         "fr", "rendez-vous : www.garagedulac-morges.ch"),
    ],
)
def test_appointments_and_introductory_prices_close_a_pitch(
        closing: str, jurisdiction: str, evidence: str) -> None:
    opening = "The practice opened in September after months of renovation work. " * 11
    verdict = analyze(Post(opening + "\n\n" + closing, platform="web"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial", evidence) in signal_pairs(verdict)


def test_a_clinic_piece_closing_on_book_or_visit_is_a_pitch() -> None:
    opening = "Residents with chronic knee pain now have a new option close to home. " * 9
    closing = ("For a limited time, new patients get a complimentary consultation.\n\n"
               "To book, call (555) 014-2290 or visit evergreenspinejoint.com.")
    verdict = analyze(Post(opening + "\n\n" + closing, platform="web"), "us")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial",
            "book, call (555) 014-2290 or visit evergreenspinejoint.com") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Mutuelle senior : comment bien la choisir ? À la retraite, la mutuelle d'entreprise "
         "s'arrête et beaucoup se retrouvent perdus. Les postes à surveiller : l'optique, le "
         "dentaire et les audioprothèses, trois postes où les restes à charge grimpent vite "
         "après 60 ans. Parmi les offres, Sérénis Santé se distingue : "
         "remboursement dentaire jusqu'à 400 %, tarif bloqué 3 ans.\n\n👉 Faites votre devis "
         "gratuit sur serenis-sante.fr en 2 minutes", "fr",
         "devis gratuit sur serenis-sante.fr"),
        ("Pourquoi de plus en plus de Français passent au solaire. Facture en hausse, envie "
         "d'autonomie : Michel, 58 ans, témoigne que sa facture a baissé de 60 % depuis "
         "l'installation, et que tout a été géré de A à Z, même les aides de l'État. L'entreprise "
         "est certifiée RGE et intervient dans tout l'Ouest depuis 2012.\n\nL'étude est "
         "gratuite et sans engagement. Vérifiez votre éligibilité aux aides sur soleadirect.fr.",
         "fr", "éligibilité aux aides sur soleadirect.fr"),
    ],
)
def test_a_short_web_article_closing_on_a_quote_or_an_eligibility_check_is_a_pitch(
        text: str, jurisdiction: str, evidence: str) -> None:
    # 400–700 characters: as long as a short web article or a long caption
    assert 400 <= len(text) < 700
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert (verdict.verdict, verdict.kinds) == ("undisclosed", ("advertorial",))
    assert ("commercial.advertorial", evidence) in signal_pairs(verdict)


def test_a_post_that_says_it_is_not_sponsored_hands_over_a_shop_as_a_tip() -> None:
    text = ("Yes, here's my planner (again). This post is not sponsored and there are no "
            "affiliate links, I just get asked about it four times a week. It's the A5 weekly "
            "from Marrow Paper Co. I paid £26 for it at their little shop in York. The paper "
            "takes fountain pen without ghosting and it lies flat; it's heavy, though.\n\n"
            "You can buy it directly at marrowpaper.co.uk (normal link, I promise).")
    verdict = analyze(Post(text, platform="blog"), "uk")
    assert verdict.verdict == "organic"
    assert ("guard.negation", "not sponsored") in signal_pairs(verdict)
    assert "commercial.advertorial" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    "text",
    [
        ("Our Winter Coat Drive is back! Last year you helped us hand out 1,140 warm coats to "
         "people sleeping rough. This year the need is even bigger. Drop off clean coats at any "
         "of our hubs until 15 December.\nCan't donate a coat? £10 buys a brand new one: "
         "https://harbourlighttrust.org/coats\nThank you, Harbourside.\n"
         "Harbour Light Trust · Registered charity no. 1098877"),
        ("Walking the Dales Way, day 3. Rain all morning, sun after lunch, which is basically "
         "the Dales in one sentence. The path along the river is muddy, so gaiters are worth "
         "it. We stopped in Sedbergh and I bought a secondhand Wainwright for £3 (the town: "
         "https://en.wikipedia.org/wiki/Sedbergh). Tomorrow: the long stretch to Burneside."),
    ],
    ids=["charity-appeal", "reference-link"],
)
def test_a_charity_appeal_and_a_reference_link_are_no_pitch(text: str) -> None:
    verdict = analyze(Post(text, platform="facebook"), "uk")
    assert verdict.verdict == "organic"
    assert "commercial.advertorial" not in {s.rule for s in verdict.signals}


def test_mention_this_blog_for_the_offer_closes_a_pitch() -> None:
    text = ("5 raisons de choisir une cuisine sur mesure plutôt qu'en kit. Chaque centimètre est "
            "optimisé ; les façades en chêne massif de chez Atelier Verdier traversent les "
            "décennies ; un concepteur se déplace chez vous ; leurs poseurs sont salariés, pas "
            "sous-traitants ; devis détaillé et prix ferme.\n\nEnvie de vous lancer ? Prenez "
            "rendez-vous dans le showroom Atelier Verdier de Nantes, et mentionnez ce blog pour "
            "bénéficier de l'électroménager offert.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert (verdict.verdict, verdict.kinds) == ("undisclosed", ("advertorial",))
    assert ("commercial.advertorial", "mentionnez ce blog") in signal_pairs(verdict)


def test_visit_the_offer_page_closes_a_pitch() -> None:
    opening = ("When retired teacher Margaret, 67, opened her energy bill last January, she almost "
               "dropped her tea. Then her grandson suggested ThermIQ, a smart thermostat. ") * 3
    text = (opening + "\n\nThermIQ is currently offering readers 50% off for a limited time. "
            "Visit thermiq.co.uk/offer to check if you qualify before the discount ends.")
    verdict = analyze(Post(text, platform="web"), "uk")
    assert verdict.verdict == "undisclosed" and "advertorial" in verdict.kinds
    assert ("commercial.advertorial", "Visit thermiq.co.uk/offer") in signal_pairs(verdict)


def test_visit_a_sites_home_page_is_no_door() -> None:
    opening = "The council voted on Tuesday to keep the library open on Saturdays. " * 8
    text = opening + "\n\nTickets for the reopening cost £5. Visit thecouncil.gov.uk for news."
    verdict = analyze(Post(text, platform="web"), "uk")
    assert "commercial.advertorial" not in {s.rule for s in verdict.signals}


def test_contact_the_installer_here_for_a_free_study_closes_a_pitch() -> None:
    text = ("Pompe à chaleur : 5 raisons de sauter le pas cet hiver. Vous hésitez encore à changer "
            "votre vieille chaudière fioul ? 1. Des économies : jusqu'à 70 % sur la facture selon "
            "Thermaclim, spécialiste de l'installation. 2. Des aides : les experts Thermaclim "
            "s'occupent de tout le dossier MaPrimeRénov'.\n\nPour une étude gratuite de votre "
            "logement, contactez Thermaclim ici : https://www.thermaclim-idf.fr/etude-gratuite")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial", "étude gratuite de votre logement, contactez Thermaclim "
            "ici : https://www.thermaclim-idf.fr/etude-gratuite") in (
        signal_pairs(verdict))


@pytest.mark.parametrize(
    ("closing", "jurisdiction", "evidence"),
    [
        (">> Readers can currently claim 50% off their first month at floramend.com/offer", "uk",
         "claim 50% off their first month at floramend.com/offer"),
        ("The free home survey takes 20 minutes. Call 01632 960 412 or visit "
         "brightfield-energy.co.uk to check if your home qualifies.", "uk",
         "visit brightfield-energy.co.uk to check"),
        ("👉 Faites votre simulation gratuite en 2 minutes sur soleo-habitat.fr", "fr",
         "simulation gratuite en 2 minutes sur soleo-habitat.fr"),
        # the way in pointed at with an arrow, or comparing the reader's own contract at the
        # advertiser's address; "no upfront cost" as the deal (basil)
        ("Installation comes with no upfront cost for eligible households. See if your street "
         "qualifies in 30 seconds 👇\nhttps://go.brightvale-solar.com/check?src=feed", "us",
         "qualifies in 30 seconds 👇\nhttps://go.brightvale-solar.com/check?src=feed"),
        ("Le changement est gratuit et sans engagement. 👉 Comparez votre assurance actuelle en "
         "deux clics sur protegia.fr", "fr",
         "Comparez votre assurance actuelle en deux clics sur protegia.fr"),
        ("De overstap is gratis. Vergelijk je huidige energiecontract in een minuut → "
         "stroomvrij.nl/vergelijk", "nl",
         "Vergelijk je huidige energiecontract in een minuut → stroomvrij.nl/vergelijk"),
        # "hier geht's zum …:", "faites le test … sur", a discount pointed at, "check
        # availability" before the address, "kijk voor de acties op" (clover)
        ("Der Test ist kostenlos. Hier geht's zum Online-Sehtest: klarblick-optik.de/test", "de",
         "Hier geht's zum Online-Sehtest: klarblick-optik.de/test"),
        ("L'audit est gratuit. Faites le test en 2 minutes sur isolplus-habitat.fr", "fr",
         "Faites le test en 2 minutes sur isolplus-habitat.fr"),
        ("Gerade gibt es das Bett mit 20% Rabatt direkt beim Hersteller 👉 traumwerk-betten.de",
         "de", "20% Rabatt direkt beim Hersteller 👉 traumwerk-betten.de"),
        ("Readers get a 40% introductory discount this week.\n\n>> CHECK AVAILABILITY "
         "https://lumasleep-drops.com/offer", "us",
         "CHECK AVAILABILITY https://lumasleep-drops.com/offer"),
        ("Nieuwe klanten krijgen deze maand 10% korting. Kijk voor de openingsacties op "
         "groenkelder.nl.", "nl", "de openingsacties op groenkelder.nl"),
        # "ouvrir un compte … : <link>" (gardenia)
        ("Placéo offre 20 € aux nouveaux inscrits jusqu'au 31 mars.\n\n👉 Ouvrir un compte "
         "Placéo : https://go.placeo.app/c/mag", "fr",
         "Ouvrir un compte Placéo : https://go.placeo.app/c/mag"),
        # "check availability in your area:" before the address (nasturtium)
        ("It's currently 40% off for a limited time.\n\n👉 Check availability in your area: "
         "thermio.com/offer", "us", "Check availability in your area: thermio.com/offer"),
        # a free study offered at the advertiser's address (marigold)
        ("Jusqu'à 70% d'économies. Pour savoir si vous êtes éligible, Thermiclair propose une "
         "étude personnalisée gratuite et sans engagement : https://thermiclair.fr/etude", "fr",
         "étude personnalisée gratuite et sans engagement : https://thermiclair.fr/etude"),
        # "Doe de gratis …check op", "Plan het direct in via", "check availability on the
        # official … website" without an address (lavender)
        ("Klanten besparen 60% op gas. Doe de gratis bespaarcheck op warmtehulp.nl en ontvang "
         "een offerte.", "nl", "Doe de gratis bespaarcheck op warmtehulp.nl"),
        ("Deze maand een gratis gesprek. Plan het direct in via hypotheekhof.nl/gesprek.", "nl",
         "Plan het direct in via hypotheekhof.nl/gesprek"),
        ("Readers get 50% off their first order.\n\n>> Check availability on the official "
         "JointEase website", "us", "Check availability on the official JointEase website"),
        # "Jetzt … sichern:", "Découvrez la gamme sur" (jasmine)
        ("Das Tagesgeld der Nordbank bringt 3,5 Prozent.\n\n👉 Jetzt Zinsen sichern: "
         "www.nordbank.de/tagesgeld", "de", "Jetzt Zinsen sichern: www.nordbank.de/tagesgeld"),
        ("Premier sac à -30 %. Découvrez la gamme sur https://croquettes-alpha.fr/decouverte",
         "fr", "Découvrez la gamme sur https://croquettes-alpha.fr/decouverte"),
        # "Bereken je premie direct op" (peppermint)
        ("Al vanaf 9,95 euro per maand verzekerd. Tip: overstappen kan tot 31 januari. Bereken je "
         "premie direct op tandzeker.nl.", "nl", "Bereken je premie direct op tandzeker.nl"),
        # a price pointed at with an arrow, no verb before it (hyacinth)
        ("Nur diesen Monat: der Familienzugang für 49 € statt 89 € 👉 rechenheld.de/eltern",
         "de", "49 € statt 89 € 👉 rechenheld.de/eltern"),
        # a free trial pointed at with ➡️; "uniquement sur le site officiel" (daphne)
        ("Keine Ordergebühren. Wenn du auch starten willst: hier kostenlos testen ➡️ "
         "sparkompass.app/go", "de", "kostenlos testen ➡️ sparkompass.app/go"),
        ("Offre découverte : -40 % sur la première cure, livraison offerte, uniquement sur le "
         "site officiel vitaflex-nature.fr.", "fr",
         "uniquement sur le site officiel vitaflex-nature.fr"),
    ],
)
def test_claims_visits_simulations_arrows_and_comparisons_close_a_pitch(
        closing: str, jurisdiction: str, evidence: str) -> None:
    """Lead-generation closes: a perk to claim, a visit to check eligibility, a simulation, an
    arrow to the advertiser's address, a comparison of the reader's own contract there."""
    opening = "Families across the region are reporting lower bills after switching. " * 7
    verdict = analyze(Post(opening + "\n\n" + closing, platform="web"), jurisdiction)
    assert verdict.verdict == "undisclosed"
    assert ("commercial.advertorial", evidence) in signal_pairs(verdict)


def test_a_map_pin_after_a_reservation_tip_closes_no_pitch() -> None:
    """A travel diary's "book ahead, it was full" with a Google Maps pin: a place shown, no
    business's door (fern feedback); the same tip with the restaurant's own site still is one."""
    diary = ("Jour 2 – Roscoff et l'île de Batz. Vélos loués sur le port (12 € la journée), et on "
             "a fait le tour de l'île en prenant notre temps. " * 3
             + "\n\nLe soir, crêpes sur le port, on en rêve encore. Pensez à réserver, c'était "
             "plein à 19h30 : ")
    pinned = analyze(Post(diary + "https://maps.app.goo.gl/q7Zr2Tx", platform="blog"), "fr")
    assert (pinned.verdict, pinned.commercial) == ("organic", False)
    assert signal_pairs(pinned) == set()
    shop = analyze(Post(diary + "https://creperie-tygwenn.fr/reserver", platform="blog"), "fr")
    assert shop.verdict == "undisclosed"
    assert ("commercial.advertorial",
            "réserver, c'était plein à 19h30 : https://creperie-tygwenn.fr/reserver"
            ) in signal_pairs(shop)


def test_a_closing_pitch_on_this_page_is_no_standing_policy() -> None:
    """"Via deze pagina krijg je … korting op alle matrassen: <link with utm_medium=advertorial>":
    "deze pagina" and "alle" read like a site's labelling policy, but a pitch and a paid-placement
    link are this text's own (gorse feedback)."""
    story = ("Wie mij kent, weet dat ik al jaren slecht slaap. Ik heb alles geprobeerd, niets "
             "hielp echt, tot ik vorige maand overstapte op een nieuw matras. " * 3)
    link = "https://www.nachtrust.nl/actie?utm_source=blog&utm_medium=advertorial"
    text = (story + "\n\nNieuwsgierig? Via deze pagina krijg je nu €150 korting op alle "
            f"matrassen: {link}")
    verdict = analyze(Post(text, platform="blog", links=(link,)), "nl")
    assert verdict.verdict == "undisclosed"
    assert not [s for s in verdict.signals if s.rule == "guard.policy_page"]
    assert ("commercial.sponsor_link", link) in signal_pairs(verdict)


def test_check_it_yourself_at_the_shop_closes_a_pitch() -> None:
    """Quillwort: an advertorial told as a personal story closes on "Check het zelf even via
    <address>" after a price: the door to one business."""
    story = ("Vorige winter viel onze cv-ketel uit, midden in een vorstnacht. De monteur kon pas "
             "na drie dagen komen en de rekening was fors. Sindsdien ben ik me gaan verdiepen in "
             "onderhoudsabonnementen. Bij KetelZeker heb je al een abonnement vanaf €6 per maand, "
             "inclusief jaarlijkse beurt en voorrang bij storingen. Ik heb het vorige maand "
             "afgesloten en het was in een paar minuten geregeld. ")
    text = story + ("Check het zelf even via ketelzeker.nl, je wil niet in de kou zitten.\n\n"
                    "Liefs, Anouk")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.advertorial", "Check het zelf even via ketelzeker.nl") in signal_pairs(
        verdict)


def test_see_the_range_at_the_shop_closes_a_pitch() -> None:
    """Rhubarb: a personal story that closes on an offer and "see the range at <address>"."""
    story = ("For years I blamed myself for my back pain. Physio, stretches, a standing desk, "
             "all of it. Then a colleague told me her office chair changed everything and I "
             "rolled my eyes. But after another week of aching I ordered an Aldor Task chair. "
             "Three months in, I sit through a full day without thinking about my back. I "
             "genuinely didn't think a chair could do that. ")
    text = story + ("Aldor are currently offering £80 off all task chairs. You can see the range "
                    "at aldorseating.co.uk.")
    verdict = analyze(Post(text, platform="blog"), "uk")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.advertorial", "see the range at aldorseating.co.uk") in signal_pairs(
        verdict)


def test_a_phone_number_before_the_address_still_opens_the_door() -> None:
    """Saxifrage: a clinic piece dressed as local news closes on "Termine unter <phone> oder
    <address>" after a free consultation."""
    text = ("Neue Hoffnung bei Knieschmerzen: Kölner Praxis setzt auf sanfte Methode\n\nKöln. "
            "Für viele Läufer ist es ein Dauerthema: das Knie. Die Praxis Gelenkwerk am Dom hat "
            "sich auf eine Stoßwellen-Therapie spezialisiert, die ohne Spritze auskommt. „Unsere "
            "Patienten laufen oft nach drei Sitzungen wieder schmerzfrei“, sagt Praxisleiterin "
            "Dr. Ina Roth.\n\nDie Praxis bietet eine kostenlose Erstberatung an, auf Wunsch "
            "auch per Video. Termine unter 0221 555 12 34 oder www.gelenkwerk-koeln.de.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.advertorial",
            "Termine unter 0221 555 12 34 oder www.gelenkwerk-koeln.de") in signal_pairs(verdict)


def test_simuler_avec_is_a_pitch_action() -> None:
    """Tarragon: a finance post closing on "👉 Simuler mon investissement avec X : <address>"."""
    body = ("Investir dans la pierre sans les tracas ? Les SCPI permettent d'acheter des parts "
            "d'une société qui gère un parc immobilier et de toucher des loyers sans gérer de "
            "locataires. Parmi les acteurs qui se démarquent, Pierrimo affiche un taux de "
            "distribution de 6 % l'an dernier, avec un ticket d'entrée dès 200€. Leur plateforme "
            "en ligne permet de souscrire en 10 minutes. Comme tout placement, les SCPI "
            "comportent un risque de perte en capital.\n\n")
    text = body + "👉 Simuler mon investissement avec Pierrimo : https://pierrimo.fr/simulateur"
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert any(s.rule == "commercial.advertorial" and s.text.startswith("Simuler")
               for s in verdict.signals), verdict.signals


@pytest.mark.parametrize(("close", "door"), [
    ("➤ Jetzt in 3 Minuten Tarif berechnen: sicherpolice.de/wechsel",
     "Jetzt in 3 Minuten Tarif berechnen: sicherpolice.de/wechsel"),
    ("Offre de lancement : -10 % sur présentation de cet article jusqu'au 31 mai.",
     "sur présentation de cet article"),
])
def test_more_doors_close_a_pitch(close: str, door: str) -> None:
    """Valerian: "Jetzt … Tarif berechnen: <address>" and "-10 % sur présentation de cet
    article" close an unlabelled advertorial."""
    body = ("Jedes Jahr bis zum 30. November können Autofahrer wechseln – doch die meisten tun es "
            "nicht. Dabei zeigt eine Auswertung: Wer vergleicht, zahlt im Schnitt 300 Euro "
            "weniger. "
            "Besonders einfach geht das mit einem neuen Anbieter, der in drei Minuten ein Angebot "
            "macht, ohne Papierkram und ohne versteckte Gebühren. Familie Berger aus Kassel hat es "
            "ausprobiert: 412 Euro weniger im Jahr.\n\n")
    if close.startswith("Offre"):
        body = ("Saint-Malo : le café Ker Bihan ouvre ses portes rue de Dinan. Café de spécialité, "
                "brunch le week-end, créateurs bretons en dépôt-vente : le lieu coche toutes les "
                "cases. « On voulait un endroit chaleureux », sourit la fondatrice, qui a rénové "
                "l'ancienne mercerie. La carte, courte et de saison, fait la part belle aux "
                "producteurs locaux. Ouvert du mardi au dimanche.\n\n")
    verdict = analyze(Post(body + close, platform="web"), "de" if "Jetzt" in close else "fr")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert ("commercial.advertorial", door) in signal_pairs(verdict)


def test_the_door_before_what_it_brings_closes_a_pitch() -> None:
    """Wintergreen: "Über sparmo.de/start bekommst du aktuell eine Gratisaktie" after a story."""
    text = ("Wie ich mit 30 angefangen habe, ETFs zu kaufen\n\nLange dachte ich, Geldanlage sei "
            "nur was für Leute mit viel Geld. Bis mir ein Freund von Anlegio erzählt hat. Die App "
            "erklärt alles verständlich, und man kann schon ab 1€ einen Sparplan anlegen. Keine "
            "Ordergebühren, 2,5% Zinsen aufs Guthaben, Eröffnung per Video-Ident. Inzwischen lege "
            "ich jeden Monat 100€ an. Wenn du auch starten willst: Über anlegio.de/start bekommst "
            "du aktuell eine Gratisaktie im Wert von bis zu 100€ 🎉")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert ("commercial.advertorial", "Über anlegio.de/start bekommst du") in signal_pairs(verdict)


def test_a_price_cut_at_one_shop_in_a_tips_article_is_an_advertorial() -> None:
    """Lovage (fed back in 2026.12.109): a tips article whose one product is "proposé à 149 € au
    lieu de 199 € sur thermio.fr" closes on the deal and the shop that sells it."""
    text = ("4 astuces pour dépenser moins en chauffage cet hiver\n\nAvec la hausse des prix, "
            "quelques gestes suffisent à alléger la facture. 1. Baisser d'un degré : environ 7 % "
            "d'économies. 2. Purger ses radiateurs avant l'hiver. 3. Fermer les volets la nuit. "
            "4. Installer un thermostat connecté : c'est le geste le plus rentable. Le "
            "thermostat Calorix One apprend vos habitudes et coupe le chauffage quand vous "
            "partez. Il est actuellement proposé à 129 € au lieu de 179 € sur calorix.fr, "
            "installation offerte jusqu'au 15 décembre.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert (verdict.commercial, verdict.disclosed) == (True, False), verdict.signals
    assert ("commercial.advertorial", "129 € au lieu de 179 € sur calorix.fr") in signal_pairs(
        verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "shown"), [
    (
        "Deze slimme uitvinding uit Eindhoven houdt je huis muisvrij – en Brabanders zijn er "
        "gek op\n\nJe kent het: het wordt herfst en ineens hoor je geritsel achter de "
        "plinten. Vallen zetten, gif strooien, niks helpt echt.\n\nTwee studenten uit "
        "Eindhoven bedachten de MuisWeg: een klein kastje dat muizen verjaagt met ultrasoon "
        "geluid dat mensen en huisdieren niet horen. Geen gif, geen vallen.\n\n'Na twee "
        "nachten was het stil,' vertelt Petra (51) uit Tilburg.\n\nUPDATE: door de grote "
        "vraag is de voorraad beperkt. Nu geldt nog een introductiekorting van 40% via de "
        "officiële website.\n\n👉 Check de beschikbaarheid hier: "
        "https://muisweg-official.nl/aanbieding",
     "nl", "Check de beschikbaarheid hier: https://muisweg-official.nl/aanbieding"),
    (
        "Zahnersatz: Warum die Kasse oft nur die Hälfte zahlt\n\nFür eine Krone zahlen "
        "gesetzlich Versicherte im Schnitt mehrere hundert Euro selbst. Viele unterschätzen "
        "diese Lücke, bis der Heil- und Kostenplan kommt.\n\n„Eine Zahnzusatzversicherung "
        "lohnt sich vor allem, wenn man sie früh abschließt“, erklärt Sabine Roth von der "
        "Elbtal Versicherung. Der Tarif ElbZahn Komfort etwa kostet für 30-Jährige ab 14,90 "
        "Euro im Monat und erstattet bis zu 90 Prozent.\n\nWer sich absichern will, findet "
        "den Beitragsrechner direkt hier: www.elbtal-versicherung.de/zahn-rechner",
     "de", "Beitragsrechner direkt hier: www.elbtal-versicherung.de/zahn-rechner"),
    (
        "Rezé : Le Clos des Tilleuls, une nouvelle résidence au cœur du bourg\n\nÀ deux pas "
        "des écoles et du marché, le programme Le Clos des Tilleuls signé Habitat Loire "
        "dessine un nouveau visage pour le centre-bourg. 42 logements du T2 au T4, des "
        "terrasses plein sud et un parc paysager : le projet a déjà séduit de nombreux "
        "primo-accédants.\n\n« Nous voulions un lieu à taille humaine », souligne-t-on chez "
        "Habitat Loire. Éligibles au PTZ, les logements sont proposés à partir de 175 000 "
        "€.\n\nEspace de vente : 8 rue de la Gare. Renseignements au 02 40 11 22 33 ou sur "
        "habitatloire-immo.fr.",
     "fr", "Renseignements au 02 40 11 22 33 ou sur habitatloire-immo.fr"),
])
def test_marjoram_doors_close_unlabelled_advertorials(
        text: str, jurisdiction: str, shown: str) -> None:
    """Marjoram (fed back in 2026.12.110): "Check de beschikbaarheid hier:", a tariff calculator
    "direkt hier:" and "Renseignements au … ou sur <address>" open the door to one business
    after a price or a discount."""
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert (verdict.commercial, verdict.disclosed) == (True, False), verdict.signals
    assert ("commercial.advertorial", shown) in signal_pairs(verdict)
