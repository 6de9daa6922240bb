"""Gift statements: "X sent me this for free" discloses a gift; a shop's free delivery does not."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Honest review time. Full disclosure: Tallow & Pine sent me this jacket for free, "
         "they did not see the video first.", "us", "sent me this jacket for free"),
        ("Eerlijke review van de nieuwe airfryer. Hij werd me door Kookgigant gratis "
         "toegestuurd, maar ze betalen niet voor deze video.", "nl", "gratis toegestuurd"),
        ("Der Rucksack wurde uns von Bergwerk kostenlos zur Verfügung gestellt, bezahlt "
         "wurden wir nicht.", "de", "kostenlos zur Verfügung gestellt"),
        ("Ce vélo m'a été prêté gracieusement par Cyclonette pour un mois d'essai.", "fr",
         "prêté gracieusement"),
        ("A Slow Weekend in the Cotswolds. I was a guest of The Harrow Inn for two nights, but "
         "as always all opinions are my own.", "us", "I was a guest of"),
        ("Wij waren te gast bij Landgoed De Ulen voor twee nachten, de kamer was prachtig.", "nl",
         "Wij waren te gast"),
        ("Transparenz: Wir wurden vom Hüttendorf für zwei Nächte eingeladen, Anreise und Essen "
         "haben wir selbst bezahlt.", "de", "wurden vom Hüttendorf für zwei Nächte eingeladen"),
        ("Kestrel sent me this phone to review. They didn't pay for this video.", "us",
         "sent me this phone to review"),
        ("Weekendje Domburg. Transparantie: wij werden door Hotel De Zoute Zeemeeuw uitgenodigd "
         "en ons verblijf van twee nachten was kosteloos. Het diner hebben we zelf betaald.", "nl",
         "ons verblijf van twee nachten was kosteloos"),
        ("Unser Aufenthalt von zwei Nächten wurde vom Hotel Seeblick übernommen, die Anreise "
         "zahlten wir selbst.", "de", "Unser Aufenthalt von zwei Nächten wurde vom Hotel "
         "Seeblick übernommen"),
        ("dank aan @kattenkroket voor het opsturen van dit pakketje 😻 Saartje was er sneller "
         "bij dan ik #kat", "nl", "dank aan @kattenkroket voor het opsturen"),
        ("Thanks @glossier for sending me these goodies! Obsessed with the new balm", "us",
         "Thanks @glossier for sending me"),
    ],
)
def test_a_free_of_charge_sending_discloses_a_gift(text: str, jurisdiction: str,
                                                  evidence: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert "gifted" in verdict.kinds
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "Free shipping on every order, sent within a day from our warehouse.",
        "Gratis verzending vanaf €20, we sturen alles binnen een dag op.",
        "Mijn oma heeft me deze trui gratis toegestuurd, ze breit voor de hele familie 🧶",
        "Gisteren was ik te gast bij Pauw om over mijn boek te praten.",
        "Ich war zu Gast bei Markus Lanz, die Sendung war spannend.",
        "I was a guest of honour at my cousin's wedding.",
        "We were guests of friends in Cornwall for the weekend.",
        "Wir wurden von Freunden zu einem Wochenende eingeladen.",
    ],
)
def test_free_delivery_and_family_presents_are_no_gift_disclosure(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"))
    assert not verdict.disclosed
    assert "disclosure.statement" not in {s.rule for s in verdict.signals}


GIFTS_AND_PAYMENTS_SAID_PLAINLY = [
    # a brand that offered the product or let you keep it
    ("Test des semis de Graines d'Ici : la maison m'a offert les douze sachets, je n'ai pas "
     "été payée.", "fr", "m'a offert les"),
    ("Onze nieuwe loopfiets! Dank aan Wieltje voor het opsturen, we mogen hem houden maar "
     "mijn mening is van mij.", "nl", "mogen hem houden"),
    # a meal on the house said plainly
    ("Restaurantreview: De Zoute Haven, Vlissingen. Transparantie: we werden uitgenodigd door "
     "het restaurant en hoefden niet te betalen voor het diner.", "nl",
     "we werden uitgenodigd door het restaurant"),
    ("Essen gehen in Kiel: das Seeblick. Transparenzhinweis: Wir wurden vom Seeblick zum "
     "Abendessen eingeladen.", "de", "wurden vom Seeblick zum Abendessen eingeladen"),
    # invited by the restaurant after an adverb, the subject after its verb (erica)
    ("Uit eten in Zeeland\n\nVorige week werden wij door restaurant Zilt uitgenodigd om hun "
     "nieuwe herfstmenu te proeven.", "nl", "werden wij door restaurant Zilt uitgenodigd"),
    ("Zwei Tage an der Ostsee. Die Übernachtung war kostenlos für uns, die Meinung ist unsere.",
     "de", "Übernachtung war kostenlos für uns"),
    # gifted beside "not an ad"; paid for the trip (pine)
    ("unboxing what @tinkerboxkids sent us 🎁 (this was gifted!! not an ad, they didnt ask "
     "me to post) the marble run took us 2 hours #momtok", "us", "this was gifted"),
    ("*Dit artikel is geschreven in opdracht van Regio Veenland Marketing. Ze hebben me "
     "betaald voor deze reis en dit verslag.*", "nl", "hebben me betaald voor"),
    # a free stay allowed; a starred links note (tansy)
    ("Transparant: wij mochten twee nachten gratis logeren in een van de strandhuisjes. Er is "
     "niet betaald voor deze blog.", "nl", "mochten twee nachten gratis logeren"),
    ("* Les liens marqués d'un astérisque sont affiliés : je touche quelques centimes si vous "
     "achetez. https://track.effiliation.com/servlet/effi.redir?id_compteur=1", "fr",
     "je touche quelques centimes"),
    # a free night said with "hebben" (orchid)
    ("Goed om te weten: wij werden door De Houtkamp uitgenodigd en hebben gratis overnacht. Voor "
     "deze blog ben ik niet betaald.", "nl", "hebben gratis overnacht"),
    # received as a present, beside "geen betaalde samenwerking" (jasmine)
    ("Ontvangen van @bloemenhuis.lotte 🌷 (cadeau gekregen, geen betaalde samenwerking) Wat "
     "een prachtig boeket!", "nl", "cadeau gekregen"),
    # sent free of charge, beside "ik word niet betaald" (hyacinth)
    ("Disclaimer: Tentwerk heeft me deze tent kosteloos gestuurd voor deze review. Ik mag hem "
     "houden, maar ik word niet betaald.", "nl", "kosteloos gestuurd"),
]
"""Plain sentences on a blog that the post was given, hosted or paid for: each discloses it."""


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), GIFTS_AND_PAYMENTS_SAID_PLAINLY)
def test_gifts_and_payments_said_plainly_disclose(text: str, jurisdiction: str,
                                                  evidence: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)


def test_a_tool_lent_by_an_uncle_is_no_gift_disclosure() -> None:
    verdict = analyze(Post("Épisode 5 : la peinture. Le compresseur m'a été prêté par mon oncle, "
                           "la peinture vient d'une casse.", platform="youtube"), "fr")
    assert verdict.verdict == "organic"
    assert "guard.personal_gift" in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule", "evidence"),
    [
        ("Two nights by the sea. I was hosted by The Gull Inn; my stay was complimentary.", "uk",
         "disclosure.statement", "I was hosted by"),
        ("Vorweg: Das Zelt hat mir Bergklar für den Test geschenkt, Geld gab es keins.", "de",
         "disclosure.statement", "hat mir Bergklar für den Test geschenkt"),
        ("Apfelkuchen vom Blech\nDieser Beitrag entstand in bezahlter Zusammenarbeit mit der "
         "Mühle Brandt.", "de", "disclosure.phrase", "in bezahlter Zusammenarbeit mit"),
        ("Invités (repas offert) par le bistrot Le Quai pour goûter la carte d'été.", "fr",
         "disclosure.statement", "repas offert"),
    ],
)
def test_hosted_stays_gifts_and_paid_collaborations_are_disclosed(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert (rule, evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Niet betaald, wel gratis opgestuurd gekregen door @zeepjes.nl (dank jullie wel!)", "nl",
         "gratis opgestuurd"),
        ("Produit offert 🎁 La marque @cire.douce m'a envoyé sa nouvelle bougie.", "fr",
         "Produit offert"),
        ("Disclosure: my stay was hosted by the Larch Inn; I didn't pay for the room.", "us",
         "my stay was hosted"),
        ("Heads up: Gridbase is sponsoring this thread, so weigh it accordingly 🧵", "us",
         "is sponsoring this"),
        ("Nieuwe geurkaars 🕯️ Dank aan @kaarsenmakerij.lumen voor het opsturen! (pr-product, "
         "niet betaald) #hygge", "nl", "pr-product"),
        ("Neue Nachtcreme im Test (PR-Produkt) von @hautwerk.de, ehrliche Meinung folgt", "de",
         "PR-Produkt"),
        ("Nouveau sérum de @lumiere.peau (produit PR), mon avis dans 3 semaines", "fr",
         "produit PR"),
        ("Trying the new lip oils from @glossfield (PR products) — swatches below", "us",
         "PR products"),
    ],
)
def test_more_ways_of_saying_gifted_hosted_or_sponsored(text: str, jurisdiction: str,
                                                        evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in {s.text for s in verdict.signals if s.family == "disclosure"}



def test_a_fuller_statement_is_the_evidence_before_the_thanks() -> None:
    """"Thank you … for sending us the mansion as a gift" shows the gift, not just the thanks."""
    verdict = analyze(Post("Thank you to Popnest Toys for sending us the mansion as a gift!",
                           platform="youtube"), "us")
    assert verdict.disclosed
    assert ("disclosure.statement", "sending us the mansion as a gift") in signal_pairs(verdict)
    assert not any(s.text.startswith("Thank you") for s in verdict.signals
                   if s.rule == "disclosure.statement")


def test_a_free_loan_simulation_is_no_free_loan_of_goods() -> None:
    """"Simulez gratuitement votre prêt" offers a broker's service; "prêté" would be a loan."""
    verdict = analyze(Post("Crédit immobilier : 5 conseils. 👉 Simulez gratuitement votre prêt "
                           "avec Courtaly", platform="blog"), "fr")
    assert not any(s.rule == "disclosure.statement" for s in verdict.signals), verdict.signals
    assert not verdict.disclosed


@pytest.mark.parametrize(
    ("text", "jurisdiction", "statement"),
    [
        ("Five days in the Almtal. I was a guest of the Almtal tourism board, who paid for our "
         "stay; all opinions are mine.", "us", "who paid for our stay"),
        ("Ik was in het Almtaler Bergland te gast bij de Gästeverband, die mijn verblijf, "
         "maaltijden en activiteiten betaalde.", "nl",
         "die mijn verblijf, maaltijden en activiteiten betaalde"),
    ],
)
def test_a_host_who_paid_for_the_stay_discloses_it(text: str, jurisdiction: str,
                                                   statement: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.disclosed and "gifted" in verdict.kinds
    assert ("disclosure.statement", statement) in signal_pairs(verdict)


def test_a_free_replacement_from_customer_service_is_no_gift() -> None:
    text = ("Mon vélo cargo après 3000 km. Je l'ai acheté au prix public. La béquille a plié : "
            "Velko a envoyé une version renforcée gratuitement après un courriel au service "
            "client.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert not any(s.rule == "disclosure.statement" for s in verdict.signals), verdict.signals


@pytest.mark.parametrize(
    ("text", "jurisdiction", "statement"),
    [
        ("Ik kreeg deze tent gratis van Kampeerhuis De Bever om te testen tijdens ons weekendje "
         "Lommel.", "nl", "Ik kreeg deze tent gratis van"),
        ("Transparenzhinweis: Wir wurden vom Seehotel Brandlhof eingeladen, Übernachtung und "
         "Halbpension waren für uns kostenlos.", "de",
         "Übernachtung und Halbpension waren für uns kostenlos"),
    ],
)
def test_a_free_thing_said_with_its_object_between_discloses(
        text: str, jurisdiction: str, statement: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.disclosed and "gifted" in verdict.kinds
    assert ("disclosure.statement", statement) in signal_pairs(verdict)


def test_invited_by_the_hotel_with_the_night_offered_discloses_a_stay() -> None:
    text = ("Weekendje Bergen aan Zee. Transparantie: ik was uitgenodigd door het hotel en de "
            "overnachting en het diner werden aangeboden. Ik werd niet betaald.")
    verdict = analyze(Post(text, platform="blog"))
    assert verdict.disclosed and "gifted" in verdict.kinds
    assert any(s.rule == "disclosure.statement" and "uitgenodigd door het hotel" in s.text
               for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "statements"),
    [
        ("Transparantie: wij werden voor deze overnachting uitgenodigd door Hotel De Duinroos en "
         "verbleven kosteloos, inclusief diner. Er is niet betaald voor dit artikel.", "nl",
         {"wij werden voor deze overnachting uitgenodigd door Hotel", "verbleven kosteloos"}),
        ("We stayed two nights free of charge at the Harbour Lodge.", "uk",
         {"We stayed two nights free of charge"}),
    ],
)
def test_a_guest_who_stayed_free_or_was_invited_by_the_hotel_discloses_a_stay(
        text: str, jurisdiction: str, statements: set[str]) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.disclosed and "gifted" in verdict.kinds
    assert {("disclosure.statement", s) for s in statements} <= signal_pairs(verdict)


def test_received_free_from_the_maker_for_a_test_discloses_a_gift() -> None:
    text = ("Petit retour sur le vélo cargo Tandor Family. Nous l'avons reçu gracieusement de la "
            "part de Tandor pour le tester, mais on le rendra fin mars.")
    verdict = analyze(Post(text, platform="facebook"), "fr")
    assert verdict.disclosed and "gifted" in verdict.kinds
    assert ("disclosure.statement", "Nous l'avons reçu gracieusement") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("thanks @KettleRidgeTea for the free tin of the new oolong 🍵 gifted, but honestly it "
         "tastes like peaches", "us", "thanks @KettleRidgeTea for the free tin"),
        ("Danke @kaffeekontor für die kostenlose Probe 🙏 der Espresso ist der Hammer", "de",
         "Danke @kaffeekontor für die kostenlose Probe"),
    ],
)
def test_thanks_for_the_free_product_discloses_a_gift(text: str, jurisdiction: str,
                                                      evidence: str) -> None:
    # the FTC's own example of a plain gift disclosure: "Thanks, XYZ brand, for the free product"
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)


def test_thanks_for_free_shipping_discloses_no_gift() -> None:
    verdict = analyze(Post("thanks @lumenshop for the free shipping, arrived in a day!",
                           platform="x"), "us")
    assert not verdict.disclosed
    assert not any(s.rule == "disclosure.statement" for s in verdict.signals)


def test_a_product_sent_to_be_tested_discloses_a_gift() -> None:
    text = ("Onze ochtendroutine met broodtrommels 🥪 De twee lunchboxen die ik van Pakkie "
            "toegestuurd kreeg om te testen, gaan nu elke dag mee. Ik werd niet betaald voor "
            "deze blog.")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "toegestuurd kreeg om te testen") in signal_pairs(verdict)


def test_a_gift_for_this_test_speaks_of_the_article_itself() -> None:
    # deep in a long review, an impersonal caption still discloses when it names "this test"
    text = ("Notre avis sur le porte-bébé Koala\n"
            + "Nous l'avons porté en forêt, en ville et en voyage pendant trois mois. " * 25
            + "\nPorte-bébé Koala offert par Nidouce pour ce test.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "offert par") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Petite précision : la Bergerie nous a invités pour une nuit afin de découvrir leurs "
         "nouvelles chambres. Nous n'avons pas été rémunérés.", "fr",
         "nous a invités pour une nuit"),
        ("Het hotel nodigde ons uit voor twee nachten in de nieuwe suites.", "nl",
         "nodigde ons uit voor twee nachten"),
        ("Das Chalet hat uns für zwei Nächte eingeladen, danke dafür!", "de",
         "hat uns für zwei Nächte eingeladen"),
        ("The lodge invited us for two nights to try their new cabins.", "us",
         "invited us for two nights"),
    ],
)
def test_a_host_that_invited_the_author_for_a_stay_discloses_a_gift(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)
    assert verdict.kinds == ("gifted",)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("[Sponso] Kivra Banque m'a payé pour vous en parler, mais je l'utilise depuis 6 mois",
         "fr", "m'a payé pour"),
        ("Eerlijk is eerlijk: Spaarmus heeft me betaald om dit te maken.", "nl",
         "heeft me betaald om"),
        ("Transparenz: Die App hat mich dafür bezahlt, meine Meinung ist trotzdem meine.", "de",
         "hat mich dafür bezahlt"),
    ],
)
def test_a_brand_that_paid_the_author_to_talk_about_it_is_disclosed(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="x"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)


def test_sponso_opening_a_post_is_an_unclear_label() -> None:
    verdict = analyze(Post("[Sponso] la banque en ligne que j'utilise depuis 6 mois", platform="x"),
                      "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label_unclear", "Sponso") in signal_pairs(verdict)


def test_nobody_pays_me_for_it_is_a_denial() -> None:
    text = ('Antwort auf @lisa.mrr: "ist das werbung?" NEIN 😂 ganz normal im Angebot gekauft, '
            "keiner bezahlt mich dafür #cleantok")
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.negation", "keiner bezahlt mich") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Disclosure: We were gifted the Pipkin Roam balance bike for the purpose of this review. "
         "We weren't paid to write this post.", "uk", "We were gifted"),
        ("Dieser Beitrag ist eine bezahlte Promotion der Stadtwerke Nordhafen GmbH. Für den Inhalt "
         "ist der Auftraggeber verantwortlich.", "de", "bezahlte Promotion"),
    ],
)
def test_flint_feedback_a_gift_box_and_a_promotions_footer_disclose(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)


def test_the_brand_passes_on_a_commission_for_the_code() -> None:
    text = ("mes 3 indispensables pour mes boucles 🌀 avec le code NINA la marque me reverse une "
            "petite commission sur vos achats")
    verdict = analyze(Post(text, platform="tiktok"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "me reverse une petite commission") in signal_pairs(verdict)


def test_sent_by_the_brand_and_nothing_paid_for_it_is_a_disclosed_gift() -> None:
    text = ("okay ich muss ehrlich sein: @pixelnest.de hat mir die neue Z20 einfach so geschickt, "
            "ich hab nix dafür bezahlt 🤷‍♂️ erster test im regen")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "hab nix dafür bezahlt") in signal_pairs(verdict)


OLEANDER_GIFTS = [
    ("Vorige maand mochten Tom en ik een weekend logeren in Strandhotel De Kaap. Transparantie "
     "voorop: we werden door het hotel uitgenodigd en de overnachtingen en het diner waren "
     "kosteloos.", "nl", "disclosure.statement", "we werden door het hotel uitgenodigd"),
    ("Kestrel X2 review. Disclosure: Kestrel loaned me the X2 for this review and it's going "
     "back next week.", "us", "disclosure.statement", "loaned me"),
    ("Eerste nacht onder ons nieuwe dekbed, 9 uur geslapen 😴 Dank aan @wolkzacht.slapen voor "
     "het opsturen 🤍 #slaapkamer", "nl", "disclosure.statement",
     "Dank aan @wolkzacht.slapen voor het opsturen"),
    # a friend who came along is no giver (tamarind)
    ("Op uitnodiging van Boshotel De Uil mochten mijn vriend en ik afgelopen weekend een nachtje "
     "logeren in een van hun nieuwe boomhutten.", "nl", "disclosure.statement",
     "Op uitnodiging van"),
]
"""Oleander feedback: the Dutch order of a hosted stay ("door het hotel uitgenodigd … waren
kosteloos"), a review unit loaned, and thanks for sending to an account with a dot in it (the
dot ended the clause before, so "@kaaskopkoffie" counted and "@wolkzacht.slapen" did not)."""


@pytest.mark.parametrize(("text", "jurisdiction", "rule", "evidence"), OLEANDER_GIFTS)
def test_oleander_gift_statements_disclose_with_their_evidence(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


def test_a_free_car_park_is_no_hosted_stay() -> None:
    verdict = analyze(Post("Het parkeren was gratis en de overnachting was duur.", platform="blog"),
                      "nl")
    assert not verdict.disclosed
    assert "disclosure.statement" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(("text", "jurisdiction", "statement"), [
    ("Vorige maand werden we door Hotel Zeezicht uitgenodigd voor een gratis overnachting met "
     "diner. Mijn mening blijft mijn eigen: de kamer was top.", "nl",
     "uitgenodigd voor een gratis"),
    ("The team at Harbour House invited us for a free tasting menu last week – honest thoughts "
     "below, the scallops were the star.", "uk", "invited us for a free"),
])
def test_an_invitation_to_something_free_discloses_a_gift(
        text: str, jurisdiction: str, statement: str) -> None:
    """Rhubarb: "uitgenodigd voor een gratis overnachting" says up front the stay was free."""
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert (verdict.commercial, verdict.disclosed) == (True, True)
    assert ("disclosure.statement", statement) in signal_pairs(verdict)


def test_products_sent_as_pr_are_a_disclosed_gift() -> None:
    """Tarragon: "Products marked with * were sent to me as PR by the brands"."""
    text = ("Autumn haul 🍂\n\nProducts marked with * were sent to me as PR by the brands, "
            "everything else I bought myself!\n\n- *Lumen brow gel\n- Glossy lip oil")
    verdict = analyze(Post(text, platform="youtube"), "uk")
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert ("disclosure.statement", "sent to me as PR") in signal_pairs(verdict)


def test_on_m_a_fait_parvenir_says_i_was_sent() -> None:
    """Xanthium: the impersonal "On m'a fait parvenir le casque" says it was sent, as "m'a été
    envoyé" does."""
    text = ("J'AI TESTÉ LE CASQUE LE PLUS HYPÉ 🎧\n\nOn m'a fait parvenir le Sonora Air Pro il y a "
            "10 jours et je l'ai emmené partout.\n\nDispo ici : https://www.sonora-audio.fr/air-pro")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.commercial and "gifted" in verdict.kinds, verdict.signals
    assert ("disclosure.statement", "On m'a fait parvenir") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "statement", "jurisdiction"), [
    ("Disclaimer: wij mochten hier kosteloos een nacht verblijven. Mijn mening blijft mijn eigen.",
     "mochten hier kosteloos een nacht verblijven", "nl"),
    ("Hinweis: Wir durften hier kostenlos eine Nacht übernachten. Unsere Meinung bleibt unsere.",
     "durften hier kostenlos eine Nacht übernachten", "de"),
    ("Transparence : nous avons pu séjourner gratuitement deux nuits au Mas des Oliviers.",
     "nous avons pu séjourner gratuitement", "nl"),  # France's rulebook wants its own labels
])
def test_a_stay_allowed_free_with_the_nights_in_between_is_a_gift_disclosure(
        text: str, statement: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.verdict == "disclosed", verdict.signals
    assert verdict.kinds == ("gifted",)
    assert any(rule == "disclosure.statement" and shown.lower() == statement.lower()
               for rule, shown in signal_pairs(verdict)), verdict.signals


@pytest.mark.parametrize(("text", "statement", "jurisdiction"), [
    ("Transparenz: Unser Aufenthalt wurde vom Berghotel Tannenblick unterstützt.",
     "Unser Aufenthalt wurde vom Berghotel Tannenblick unterstützt", "de"),
    ("We stayed three nights at the invitation of the lodge.", "at the invitation of the lodge",
     "us"),
    ("Deze reis maakte ik op uitnodiging van Strandhotel De Zeekraal.",
     "op uitnodiging van Strandhotel", "nl"),
    ("My ferry crossing and two nights at the cottage were hosted by Visit Carrow.",
     "nights at the cottage were hosted by", "us"),
])
def test_a_stay_supported_hosted_or_on_invitation_of_the_house_is_a_gift_disclosure(
        text: str, statement: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.statement", statement) in signal_pairs(verdict)


def test_french_partner_links_and_remuneration_disclose() -> None:
    text = ("Transparence : les liens de cette page sont des liens partenaires. Si vous commandez "
            "via ces liens, Le Budget Futé perçoit une rémunération. → https://tc.tradetracker.net/"
            "?c=31884&m=12&a=472910")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert ("disclosure.statement", "sont des liens partenaires") in signal_pairs(verdict)


def test_a_product_sent_for_this_review_is_a_disclosed_gift() -> None:
    """Sumac (fed back in 2026.12.118): "Arclight sent me the X2 for this review. They didn't
    pay for the video" opens a review's description."""
    text = ("Arclight X2 review: are £249 headphones worth it?\n\nArclight sent me the X2 for this "
            "review. They didn't pay for the video, didn't see it before upload and I'm not "
            "sending them back — but you should know that.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "disclosed", verdict.signals
    assert ("disclosure.statement", "sent me the X2 for this review") in signal_pairs(verdict)


@pytest.mark.parametrize("text", [
    "My friend sent me the link for the review, worth a read.",
    "Someone sent me the video for testing purposes lol",
])
def test_a_link_or_video_sent_for_a_review_is_no_gift(text: str) -> None:
    verdict = analyze(Post(text, platform="x"), "us")
    assert not verdict.commercial, verdict.signals
    assert "disclosure.statement" not in {s.rule for s in verdict.signals}


def test_a_present_from_a_spouse_is_personal() -> None:
    """Sumac (fed back in 2026.12.118): "la Clara offerte par mon conjoint à Noël" in a
    comparison of two e-readers."""
    text = ("J'ai les deux (la Pagina achetée il y a 3 ans, la Clara offerte par mon conjoint à "
            "Noël), donc je peux enfin comparer honnêtement.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.personal_gift", "offerte par") in signal_pairs(verdict)


def test_a_camera_provided_for_this_review_is_a_disclosed_gift() -> None:
    """Vervain (fed back in 2026.12.121): "Orvik provided the Z30 for this review. They did not
    pay for this video"."""
    text = ("Orvik Z30 Review: The Best Vlogging Camera Under $700?\n\nOrvik provided the Z30 for "
            "this review. They did not pay for this video and didn't see it before upload.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "disclosed", verdict.signals
    assert ("disclosure.statement", "provided the Z30 for this review") in signal_pairs(verdict)


def test_data_provided_for_a_review_is_no_gift() -> None:
    verdict = analyze(Post("The agency provided the data for this review of rent prices.",
                           platform="web"), "us")
    assert not verdict.commercial, verdict.signals


def test_a_blend_the_roaster_sent_over_is_a_gift() -> None:
    """Vervain (fed back in 2026.12.121): "the lovely folks at @brewhollow sent over their new
    autumn blend"."""
    verdict = analyze(Post("the lovely folks at @brewhollow sent over their new autumn blend and "
                           "i've had three cups before 10am ☕🍂", platform="x"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "sent over their") in signal_pairs(verdict)


def test_early_copies_of_two_named_books_sent_for_free_are_disclosed() -> None:
    """Wormwood (fed back in 2026.12.122): "Sylvie Books sent me early copies of The Glass
    Orchard and Midnight in Harrowgate for free. I wasn't paid"."""
    text = ("Reading vlog: 3 thrillers in 3 days\n\nQuick note — Sylvie Books sent me early copies "
            "of The Glass Orchard and Midnight in Harrowgate for free. I wasn't paid.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "disclosed", verdict.signals
    assert ("disclosure.statement", "sent me early copies of The Glass Orchard and Midnight in "
            "Harrowgate for free") in signal_pairs(verdict)


def test_a_hosted_stay_counted_in_overnight_stays_discloses_a_gift() -> None:
    # "zu zwei Übernachtungen eingeladen" (xylopia): nights counted as "Übernachtungen"
    text = ("Wellness-Wochenende im Schwarzwald\n\nHinweis: Wir wurden vom Hotel Tannenhof zu "
            "zwei Übernachtungen eingeladen. Die Kosten für Zimmer und Halbpension wurden "
            "übernommen. Dieser Bericht spiegelt trotzdem unsere ehrliche Meinung wider.")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert verdict.verdict == "disclosed" and "gifted" in verdict.kinds
    assert ("disclosure.statement",
            "wurden vom Hotel Tannenhof zu zwei Übernachtungen eingeladen") in signal_pairs(verdict)


def test_being_invited_to_overnight_stays_by_family_is_no_hosted_stay() -> None:
    text = "Wir wurden von Oma zu zwei Übernachtungen eingeladen, mit Kuchen und Spieleabend."
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "organic"
    assert not any(s.family in ("disclosure", "commercial") for s in verdict.signals)


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    # anise: a parcel unpacked, then thanks to the publisher's account
    ("Heute Abend wird „Kartenhaus Nord“ ausgepackt 🎲 Die Karten fühlen sich richtig gut an 😍 "
     "Danke @Spieleverlag.Kranich! Bericht folgt", "de",
     ("commercial.gifted", "wird „Kartenhaus Nord“ ausgepackt")),
    # anise: what waited at the door
    ("Regardez ce qui m'attendait ce matin 📦 La gamme d'hiver de @maison.solene est superbe "
     "#hiver", "fr", ("commercial.gifted", "ce qui m'attendait")),
    # fluorite: a hosted stay said in the first person, nights between the verb and the host
    ("La chambre bleue. J'ai été invitée pour ces trois nuits par le Mas des Oliviers, mes "
     "avis restent les miens.", "fr", ("disclosure.statement", "J'ai été invitée")),
])
def test_parcels_unpacked_or_waiting_and_hosted_nights_are_gifts(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial
    assert evidence in signal_pairs(verdict)


def test_invited_to_a_cousins_wedding_is_no_hosted_stay() -> None:
    verdict = analyze(Post("J'ai été invitée au mariage de ma cousine samedi, quelle fête !",
                           platform="instagram"), "fr")
    assert verdict.verdict == "organic"
    assert ("guard.personal_gift", "J'ai été invitée") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    # galena: a hosted stay said as nights spent as the house's guests, under a photo
    ("Ons tentje aan het meer. Wij waren drie nachten te gast bij Camping De Reiger.", "nl",
     ("disclosure.statement", "nachten te gast")),
    ("La terrasse au réveil, au Moulin de Brière, qui nous a invités pour ce week-end.", "fr",
     ("disclosure.statement", "qui nous a invités pour")),
    # borage: "We were invited to stay at The Juniper Lane as guests of the hotel."
    ("We were invited to stay at The Old Mill as guests of the hotel. All opinions my own.",
     "uk", ("disclosure.statement", "as guests of the hotel")),
])
def test_a_stay_as_the_houses_guests_discloses_a_hosted_stay(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.commercial
    assert evidence in signal_pairs(verdict)


def test_thanks_to_the_hotels_team_who_spoiled_us_is_a_hosted_stay() -> None:
    # "Ein riesiges Dankeschön an … das ganze Team vom Almblick, ihr habt uns so verwöhnt" (borage)
    text = ("Zwei Nächte im Berghof Lärchenwald, Sauna mit Blick auf den Gletscher. Ein großes "
            "Dankeschön an das ganze Team vom Lärchenwald, ihr habt uns so verwöhnt 💛")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert verdict.verdict == "undisclosed"
    gift = next(s for s in verdict.signals if s.rule == "commercial.gifted")
    assert gift.text.startswith("Dankeschön an das ganze Team vom Lärchenwald")


def test_grandparents_who_spoiled_us_are_no_host() -> None:
    verdict = analyze(Post("Danke an Oma und Opa, ihr habt uns so verwöhnt an Weihnachten 💛",
                           platform="instagram"), "de")
    assert verdict.verdict == "organic"
    assert not any(s.family == "commercial" for s in verdict.signals)
