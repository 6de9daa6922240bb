"""Guards for standing-policy sentences and non-commercial provision: gifts, funding, addresses."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post


@pytest.mark.parametrize(("text", "lang", "guard"), [
    ("Paid posts on this account are always marked #ad. Just a sunset walk.", "en",
     "guard.policy_page"),
    ("Alle betaalde samenwerkingen op dit account worden gemarkeerd als #ad. Wandeling.", "nl",
     "guard.policy_page"),
    ("Dieser Blog enthält gelegentlich Affiliate-Links; bezahlte Beiträge kennzeichnen wir als "
     "Anzeige. Heute: Harz.", "de", "guard.policy_page"),
    ("À propos : ce blog peut contenir des liens affiliés. Ma recette de tarte.", "fr",
     "guard.policy_page"),
    ("Die Fotos wurden uns vom Ministerium zur Verfügung gestellt. Die Brücke öffnet bald.", "de",
     "guard.institutional"),
    ("Daten zur Verfügung gestellt vom Statistischen Bundesamt.", "de", "guard.institutional"),
    ("Die Ausstellung entstand in Kooperation mit der Universität Heidelberg.", "de",
     "guard.institutional"),
    ("Het onderzoek is uitgevoerd in samenwerking met de Universiteit Utrecht.", "nl",
     "guard.institutional"),
])
def test_standing_policy_and_institutions_are_not_evidence(text: str, lang: str,
                                                           guard: str) -> None:
    verdict = analyze(Post(text=text, language=lang))
    assert verdict.verdict == "organic"
    assert guard in [s.rule for s in verdict.signals]


@pytest.mark.parametrize(("text", "lang", "evidence"), [
    ("This post contains affiliate links, so I earn a small commission.", "en",
     "disclosure.statement"),
    ("Dieser Beitrag enthält Affiliate-Links: ich erhalte eine kleine Provision.", "de",
     "disclosure.statement"),
    ("Cet article contient des liens affiliés : je touche une petite commission.", "fr",
     "disclosure.statement"),
    ("Dieses Serum wurde mir von @rituals kostenlos zur Verfügung gestellt.", "de",
     "disclosure.statement"),
    ("In samenwerking met @philips: ik test de nieuwe airfryer!", "nl", "disclosure.phrase"),
])
def test_this_post_and_first_person_gifts_still_disclose(text: str, lang: str,
                                                         evidence: str) -> None:
    verdict = analyze(Post(text=text, language=lang))
    assert verdict.verdict == "disclosed"
    assert evidence in [s.rule for s in verdict.signals]
    assert not any(s.rule in ("guard.policy_page", "guard.institutional")
                   for s in verdict.signals)


def test_a_tourism_boards_partnership_is_a_clients_not_an_institutions() -> None:
    """A region's tourism board buys the feature it partners on (daphne); a university does not."""
    text = ("En partenariat avec Région Occitanie Tourisme\n\nTrois jours dans les Cévennes, "
            "entre randonnées et fromages.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert (verdict.verdict, verdict.disclosed) == ("disclosed", True), verdict.signals
    assert ("disclosure.phrase", "En partenariat avec") in signal_pairs(verdict)
    university = analyze(Post("In samenwerking met de Universiteit Utrecht onderzochten we hoe "
                              "kinderen reclame herkennen.", platform="web"), "nl")
    assert university.verdict == "organic"
    assert ("guard.institutional", "In samenwerking met") in signal_pairs(university)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "giver"),
    [
        ("Deze trui kreeg ik van mijn oma voor mijn verjaardag ❤️", "nl", "kreeg ik van"),
        ("My boyfriend sent me these flowers for free haha", "us", "sent me these"),
        ("Die Uhr habe ich von meinem Vater geschenkt bekommen", "de", "geschenkt bekommen"),
        ("Mon vélo m'a été offert par mes parents pour mes 30 ans", "fr", "m'a été offert"),
    ],
)
def test_a_present_from_family_is_no_pr_gift(text: str, jurisdiction: str, giver: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic"
    assert ("guard.personal_gift", giver) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "phrase"),
    [
        ("Dit pakketje werd naar me opgestuurd door @rituals 🎁 de nieuwe geurkaars", "nl",
         "naar me opgestuurd"),
        ("Ce colis m'a été envoyé par @diptyque 🎁 la nouvelle bougie", "fr", "m'a été envoyé"),
        ("Die Kerze wurde mir zugeschickt von @lush, danke!", "de", "wurde mir zugeschickt"),
        ("These were sent to me by @glossier, love them", "us", "were sent to me by"),
    ],
)
def test_a_brand_gift_in_the_passive_is_disclosed(text: str, jurisdiction: str,
                                                  phrase: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", phrase) in signal_pairs(verdict)


def test_labelling_sentence_on_an_account_policy_is_no_disclosure() -> None:
    text = ("Working with brands. Paid partnerships on this account are always marked 'ad'. "
            "Affiliate links are marked with an asterisk (*).")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.verdict == "organic"
    assert ("guard.policy_page", "Affiliate links") in signal_pairs(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "This site may contain affiliate links. My favourite shoes: https://amzn.to/3xYzAbc",
        "Affiliate links on this blog are always marked with an asterisk (*). "
        "Shoes*: https://www.amazon.com/dp/B01ABC?tag=anna-20",
    ],
)
def test_a_policy_sentence_beside_its_own_affiliate_link_discloses_it(text: str) -> None:
    """A guard may set aside a phrase, never a link; next to a link the sentence is a disclosure."""
    verdict = analyze(Post(text, platform="blog"), "us")
    assert verdict.commercial and verdict.disclosed
    rules = {s.rule for s in verdict.signals}
    assert {"commercial.affiliate_link", "disclosure.statement"} <= rules
    assert "guard.policy_page" not in rules


def test_care_of_in_a_postal_address_is_no_gift() -> None:
    text = ("Stickers bestellen? Adresse: Wake News c/o D. Hegeler, Postfach 267, CH-4005 Basel. "
            "Danke für eure Unterstützung!")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.address", "c/o") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Basierend auf Forschungsprojekten in Kooperation mit Universitäten und Anlagenbauern "
         "soll das Verfahren bis 2025 marktreif sein.", "in Kooperation mit"),
        ("Wir werden unterstützt durch öffentliche Forschungsmittel von der Europäischen Union.",
         "unterstützt durch"),
    ],
)
def test_public_research_cooperation_is_no_sponsorship(text: str, phrase: str) -> None:
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.institutional", phrase) in signal_pairs(verdict)


def test_a_member_organisation_called_affiliate_is_no_disclosure() -> None:
    chapter = analyze(Post("Seit 2012 sind wir offiziell Creative Commons Affiliate in Österreich.",
                           platform="web"), "de")
    assert chapter.verdict == "organic"
    assert ("guard.not_a_label", "Affiliate") in signal_pairs(chapter)
    creator = analyze(Post("I am a Book Depository affiliate in the UK, so books via my page "
                           "earn me a little.", platform="youtube"), "us")
    assert creator.disclosed
    assert "guard.not_a_label" not in {s.rule for s in creator.signals}


def test_patreon_support_is_the_audience_not_a_brand() -> None:
    text = ("No sponsor today! Just me rambling about ten books. If you want to support the "
            "channel, you can join the Patreon: patreon.com/quietledger.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "organic"
    assert ("guard.own_funding", "support the channel") in signal_pairs(verdict)
    amazon = analyze(Post("Support the channel by shopping with my link: "
                          "https://www.amazon.com/dp/B0X?tag=ledger-20", platform="youtube"), "us")
    assert amazon.commercial and amazon.disclosed


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("C'est quoi, un lien affilié ? Petit guide pour les curieux. Un lien affilié est un "
         "lien qui permet à un créateur de toucher une commission.", "fr"),
        ("Column | Het woord 'samenwerking' betekent niks meer. Onder elke tweede post staat "
         "'Betaald partnerschap met'. Vroeger zag je overal verstopte kortingscodes. Mijn dochter "
         "leest over #ad en #spon heen. Misschien moeten we minder praten over labels en meer "
         "over wat reclame met ons doet.", "nl"),
        ("🧵 Couture & récup' | Nantes 🏷️ Toute collaboration commerciale est indiquée par "
         "« Publicité » en début de post, les liens affiliés par un * Pas de mention = acheté "
         "avec mes sous 🧶", "fr"),
        ("🌿 Pflanzen & DIY aus Köln 📌 Werbung kennzeichne ich immer mit 'Werbung' am Anfang, "
         "Affiliate-Links mit * Alles ohne Kennzeichnung ist selbst gekauft 🪴", "de"),
    ],
)
def test_explainers_columns_and_labelling_bios_are_organic(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert {s.rule for s in verdict.signals} & {"guard.example", "guard.about_advertising",
                                                "guard.policy_page"}


def test_a_patreon_link_after_support_the_channel() -> None:
    text = ("Week 3 of learning the cello 🎻 If you want to support the channel: "
            "https://www.patreon.com/latebloomermusic  0:00 warmup")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "organic"
    assert "guard.own_funding" in {s.rule for s in verdict.signals}


def test_a_hotel_provision_free_of_charge_is_a_gift_a_tip_is_not() -> None:
    stay = analyze(Post("Transparenzhinweis: Wir waren auf Einladung des Hotels Seeschwalbe zu "
                        "Gast; die Übernachtung wurde uns kostenfrei zur Verfügung gestellt.",
                        platform="blog"), "de")
    tip = analyze(Post("danke, dass Du uns diesen Tipp zur Verfügung gestellt hast... lg von emari",
                       platform="web"), "de")
    assert stay.disclosed and "gifted" in stay.kinds
    assert tip.verdict == "organic"


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Noor | koken op een budget 🍲 | Utrecht\nSamenwerkingen staan er altijd bij met "
         "#spon\nAffiliate links gemarkeerd met *\n📩 noor@budgetkeuken.nl", "nl"),
        ("Tom | trail running | Leeds\nbrand work always marked #ad\naffiliate links = *\n"
         "📧 tom@trailtom.co.uk", "uk"),
        ("Léa | cuisine végé | Nantes\nPartenariats toujours signalés #pub\nLiens affiliés = *",
         "fr"),
    ],
)
def test_a_bio_that_states_its_labelling_habit_is_no_disclosure(text: str,
                                                                 jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Over samenwerkingen\n\nDit is een persoonlijke blog. Betaalde artikelen herken je aan "
         "de vermelding 'Advertorial' bovenaan. Producten die ik krijg, vermeld ik als 'PR'. "
         "Sommige artikelen bevatten affiliatelinks.", "nl"),
        ("Kanal-Info\n\nTransparenz: Bezahlte Videos werden als „Werbung“ gekennzeichnet. "
         "Links mit * sind Affiliate-Links.", "de"),
        ("Sanne 🌿 | Zwolle\n#spon = betaald • PR = gekregen • * = affiliate\n📩 sanne@groen.nl",
         "nl"),
    ],
)
def test_a_legend_of_labels_is_standing_policy(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.verdict == "organic"
    # a policy sentence, or a legend entry ("#spon = betaald") set aside as a named label
    assert {"guard.policy_page", "guard.example"} & {s.rule for s in verdict.signals}


def test_a_policy_page_with_a_plain_commission_sentence_is_standing_policy() -> None:
    text = ("Werbung bei uns\n\nBezahlte Beiträge sind stets als „Anzeige“ gekennzeichnet. "
            "Affiliate-Links erkennen Sie am Sternchen. Über solche Links erhalten wir eine "
            "kleine Provision.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_an_asterisk_legend_under_starred_links_discloses_them() -> None:
    text = ("Mijn bureau-setup:\nMonitor: https://amzn.to/3Ab1Cd2 *\nLamp: https://amzn.to/4Ef5Gh6 "
            "*\n\n* = affiliate link, ik krijg een klein percentage als je via deze links koopt.")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.disclosed
    assert "disclosure.phrase" in {s.rule for s in verdict.signals} or "disclosure.statement" in {
        s.rule for s in verdict.signals}


def test_a_quality_label_is_no_labelling_policy() -> None:
    text = ("Contenu sponsorisé — Article rédigé en partenariat avec la Meunerie Dorée\n\nFarines "
            "Label Rouge : trois boulangers témoignent. Le label garantit des blés sans "
            "insecticide. Le label est contrôlé chaque année.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.disclosed
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}


def test_a_hedged_compensation_notice_on_a_long_article_without_links_is_boilerplate() -> None:
    notice = ("This post contains references to products from our advertisers. We may receive "
              "compensation when you click on links to those products. ")
    article = notice + "The airline alliance confirmed the new date for the merger. " * 30
    verdict = analyze(Post(article, platform="web"), "us")
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_a_star_legend_under_starred_links_discloses_them() -> None:
    text = ("Black-Friday-Deal: der VPN-Dienst Hidefox* kostet nur 2 € im Monat.\n(*) Alle mit "
            "einem Stern gekennzeichneten Links sind Affiliate-Links.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.disclosed
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Tip voor studenten: Boekbaas geeft tot zondag 30% korting met code LENTE30 (staat op hun "
         "homepage). Net €40 bespaard op statistiek 📚", "nl"),
        ("🎮 cozy games | biz: hi@pixel.example | sponsored vids always say #ad in caption + on "
         "screen", "us"),
        ("#ad vs #sponsored vs #partner: which label counts? The FTC and the ASA say the clearer "
         "the better; influencers should avoid vague tags.", "us"),
        ("Ceci n'est pas une pub : le SAV de @VeloNord m'a envoyé une pièce gratuitement trois ans "
         "après l'achat. Chapeau.", "fr"),
        ("Mentions légales\nÉditeur : Le Petit Gourmand SAS. Les contenus réalisés en partenariat "
         "avec une marque sont identifiés par la mention « Publi-rédactionnel ».", "fr"),
    ],
)
def test_public_codes_bio_rules_comparisons_service_and_legal_pages_stay_organic(
        text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.family == "guard" for s in verdict.signals)


def test_an_opening_bracketed_label_on_a_funded_account_is_its_own() -> None:
    text = ("[Pub] Petit message de notre partenaire du mois, qui finance ce compte : Cyclea "
            "répare les vélos électriques ♻️ cyclea-velo.fr")
    verdict = analyze(Post(text, platform="x"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label", "Pub") in signal_pairs(verdict)


def test_saying_so_elsewhere_makes_no_policy_of_a_thanks() -> None:
    # "je vous le dis" is an exclamation here, not a sentence about labelling
    text = ("Dîner chez @bistrot.lumiere 🍷 le meilleur tartare de Nantes, je vous le dis. "
            "Merci pour l'accueil toute l'équipe 🙏 #nantes #foodie")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Merci pour l'accueil") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_a_sponsor_line_opening_a_pin_is_its_own_label_not_a_policy() -> None:
    text = ("Gesponsert von Farbwerk Wandfarben | Salbeigrün im Schlafzimmer: 5 Ideen 🌿 Von "
            "Akzentwand bis Farbblock – alle Looks mit „Farbwerk Salbei No. 7“ umgesetzt. Mehr "
            "Inspiration auf farbwerk.de")
    verdict = analyze(Post(text, platform="pinterest"), "de")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.phrase", "Gesponsert von") in signal_pairs(verdict)
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}


IVY_NOT_ADS = [
    ("Ich habe das Rad im März beim Händler in Münster für 2.899 € gekauft. Keiner hat mir was "
     "geschenkt, keiner bezahlt mich für diesen Text.", "de",
     ("guard.negation", "keiner bezahlt mich")),
    ("Mijn oma vraagt of die thee echt werkt 🙃 Nee oma. Er stond gewoon #adv onder 🫠 #oma",
     "nl", ("guard.example", "#adv")),
    ("Hoi allemaal, we hebben een offerte gekregen van SolarNoord voor 12 panelen. Heeft iemand "
     "ervaring met ze?", "nl", ("guard.not_a_label", "gekregen van")),
    ("Kooperationen\n\nIch arbeite gerne mit Partnern, die zu meinen Leser*innen passen.\n"
     "• Alle bezahlten Beiträge kennzeichne ich deutlich mit „Anzeige“.\n"
     "• Affiliate-Links markiere ich mit einem Sternchen (*).", "de",
     ("guard.policy_page", "Affiliate-Links")),
]
"""Ivy feedback: "keiner" denies, a label somebody saw "stond er onder", a quote received is no
gift, and a gender star ("Leser*innen") is no starred link that a legend would label."""


HOLLY_NOT_ADS = [
    ("Hij is af 🖤🌿 Drie sessies, veel pijn, geen spijt. Dank je wel @inkbyjoris voor het geduld "
     "met mijn eindeloze aanpassingen haha\n\n#tattoo #finelinetattoo #denhaag", "nl", None),
    ("On a regardé 100 vidéos TikTok… combien étaient des pubs cachées ? Dans cet épisode, on "
     "compte les codes promo, les liens affiliés et les colis « reçus par surprise ».\n\n"
     "Cette vidéo n'est pas sponsorisée.", "fr", ("guard.about_advertising", "codes promo")),
]
"""Holly feedback: thanks to an artist one paid "for the patience" is no gift; counting "pubs
cachées" is a text about advertising."""


MYRTLE_NOT_ADS = [
    ("Draadje 🧵 over hoe vaak influencers 'vergeten' #adv te zetten.\n\nIk heb 2 weken lang "
     "alle posts bijgehouden van 40 accounts. 1/7", "nl", ("guard.example", "#adv")),
    ("Notre charte de transparence\n\nLe Quotidien publie régulièrement des contenus réalisés "
     "en partenariat avec des annonceurs, systématiquement identifiés par la mention « Contenu "
     "partenaire ».\n\nPour toute question : mediateur@quotidien.fr", "fr",
     ("guard.policy_page", "en partenariat avec")),
]
"""Myrtle feedback: a label named as what to put, and a newspaper's transparency charter."""


@pytest.mark.parametrize(("text", "jurisdiction", "guard"),
                         [*IVY_NOT_ADS, *HOLLY_NOT_ADS, *MYRTLE_NOT_ADS])
def test_fed_back_texts_are_no_ads_and_say_why(
        text: str, jurisdiction: str, guard: tuple[str, str] | None) -> None:
    """Ivy, holly and myrtle feedback: organic, no commercial or disclosure evidence left, and
    the guard that says why (none needed where no evidence was found at all)."""
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert not [s for s in verdict.signals if s.family in ("commercial", "disclosure")]
    if guard is not None:
        assert guard in signal_pairs(verdict)


def test_a_commission_in_our_guides_is_the_sites_standing_policy() -> None:
    text = ("Charte éditoriale\n\nLa rédaction est indépendante. Les contenus financés par des "
            "annonceurs sont systématiquement signalés par un bandeau « Contenu sponsorisé ». Les "
            "liens commerciaux présents dans nos guides d'achat peuvent générer une commission ; "
            "cela n'influence pas nos choix éditoriaux.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert (verdict.verdict, verdict.disclosed) == ("organic", False), verdict.signals
    assert any(s.family == "guard" and "générer une commission" in s.text
               for s in verdict.signals), verdict.signals


def test_good_luck_to_everyone_is_no_standing_rule() -> None:
    """Nasturtium: "bonne chance à tous" under a giveaway wishes luck, it does not say "all
    posts"; with the shop's domain in the text it had set the draw aside as a policy page."""
    text = ("🎉 CONCOURS 🎉\nOn vous fait gagner un coffret complet avec @nounoursine 🎁\n"
            "Pour participer : suivre @nounoursine et commenter.\n"
            "Tirage au sort le 15/11, bonne chance à tous 🍀\nDispo aussi sur nounoursine.fr")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True)
    assert ("commercial.giveaway", "Tirage au sort") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_a_blog_funded_by_its_marked_affiliate_links_states_a_policy() -> None:
    """Rhubarb: an about page — "finanziert sich über … gekennzeichnete Affiliate-Links" — says
    how the site is paid for, not that any one text is an ad."""
    text = ("Über mich\n\nIch bin Jana und schreibe hier seit 2018 über Gärten und Balkone. "
            "Gesponserte Beiträge mache ich nicht. Der Blog finanziert sich über meine Kurse und "
            "ein paar gekennzeichnete Affiliate-Links zu Gartenbüchern. Danke fürs Lesen!")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.policy_page", "Affiliate-Links") in signal_pairs(verdict)


def test_a_site_funded_by_marked_affiliate_links_states_a_policy() -> None:
    """Valerian: "Finanziert wird die Seite über Werbebanner und Affiliate-Links, die wir in den
    Artikeln kennzeichnen" on a page about how a test site works."""
    text = ("So arbeiten wir\n\nAlle Geräte in unseren Tests kaufen wir selbst. Finanziert wird "
            "die Seite über Werbebanner und Affiliate-Links, die wir in den Artikeln "
            "kennzeichnen. Gesponserte Artikel gibt es bei uns nicht.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.policy_page", "Affiliate-Links") in signal_pairs(verdict)


def test_a_journalism_grant_is_funding_not_a_sponsor() -> None:
    """"Made possible by a grant from the … Center": a reporting grant names no client; a brand
    that makes an episode possible still sponsors it."""
    text = ("This story was made possible by a grant from the Pulitzer Center on Crisis "
            "Reporting. The reporting team spent three months in the region.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.institutional", "was made possible by") in signal_pairs(verdict)
    sponsored = analyze(Post("This episode was made possible by NordPass. Use code LISA for 20% "
                             "off.", platform="youtube"), "us")
    assert sponsored.disclosed and ("disclosure.statement", "was made possible by") in \
        signal_pairs(sponsored)


def test_a_bio_saying_some_pins_hold_affiliate_links_is_a_policy() -> None:
    """Zedoary: a Pinterest profile's "Some pins contain affiliate links – I'll always say so on
    the pin" speaks of the account's pins, not of this text."""
    text = ("Rosie | Cosy Home Ideas 🏡\nRental-friendly decor & thrifted finds. Some pins contain "
            "affiliate links – I'll always say so on the pin. Business: rosieathome.co.uk/contact")
    verdict = analyze(Post(text, platform="pinterest", links=("https://rosieathome.co.uk/contact",)),
                      "uk")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.policy_page", "affiliate links") in signal_pairs(verdict)


def test_affiliate_programs_listed_as_a_topic_are_a_trade() -> None:
    """Amaranth: a video essay that digs into "brand deals, affiliate programs, the FTC's
    Endorsement Guides" names a trade, not its own links."""
    text = ("The Hidden Economy of Influencer Marketing | video essay\n\nIn this video I dig into "
            "creator rates, brand deals, affiliate programs, the FTC's Endorsement Guides and why "
            "\"#ad\" became the most argued-over hashtag.\n\n0:00 the $21 billion question\n"
            "11:50 affiliate links & the LTK boom\n19:30 the FTC steps in")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.not_a_label", "affiliate") in signal_pairs(verdict)


def test_a_hashtag_opening_the_post_is_its_own_label_beside_a_policy_sentence() -> None:
    """"#ad" as the very first word labels the post even when the same sentence says how paid
    posts are always marked, as an opening label or phrase already did."""
    text = "#ad Love these shoes from @nike, paid posts are always marked like this"
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert (verdict.verdict, verdict.commercial, verdict.disclosed) == ("disclosed", True, True)
    assert ("disclosure.hashtag", "#ad") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_supported_by_readers_is_the_audiences_money_not_a_sponsor() -> None:
    """Elderflower (fed back in 2026.12.105): a newsletter's about page, "supported by readers
    … and by one sponsor per issue", describes how it is funded; "supported by Brightwave"
    still names a sponsor."""
    text = ("About this newsletter\n\nThe Sunday Skim is a free weekly newsletter about personal "
            "finance. It's supported by readers (thank you, paid subscribers 💛) and by one "
            "sponsor per issue. Sponsor slots are always marked \"SPONSORED\" in a box.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.own_funding", "supported by") in signal_pairs(verdict)
    sponsor = analyze(Post("This episode is supported by Brightwave, the savings app.",
                           platform="youtube"), "us")
    assert sponsor.commercial and sponsor.disclosed, sponsor.signals
    assert ("disclosure.statement", "supported by") in signal_pairs(sponsor)


def test_a_channels_transparency_line_when_a_video_is_sponsored_is_policy() -> None:
    """Galangal (fed back in 2026.12.107): "quand une vidéo est sponsorisée ou qu'un produit
    m'a été offert, je l'indique …" and "Les liens Amazon en description sont des liens affiliés"
    on a channel's about text describe a practice; "when" with a labelling verb is a policy."""
    text = ("Bienvenue sur la chaîne ! Ici on parle de jardinage au naturel 🌱\n\nTransparence : "
            "quand une vidéo est sponsorisée ou qu'un produit m'a été offert, je l'indique à "
            "l'oral ET dans la description. Les liens Amazon en description sont des liens "
            "affiliés.")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.policy_page", "m'a été offert") in signal_pairs(verdict)
    assert ("guard.policy_page", "liens affiliés") in signal_pairs(verdict)


def test_a_bio_saying_collabs_are_always_mentioned_is_policy() -> None:
    """Hyssop (fed back in 2026.12.108): "toujours mentionnées #publicité" in a bio."""
    text = ("✨ Camille | mode seconde main & slow fashion\n📍 Lille\n♻️ 90% de mes fringues "
            "viennent de friperies\n🤝 collabs : uniquement marques éthiques, toujours "
            "mentionnées #publicité\n📩 camille.fripes@gmail.com")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.policy_page", "#publicité") in signal_pairs(verdict)


def test_opinions_our_own_as_always_on_this_blog_is_no_site_policy() -> None:
    """Quassia (fed back in 2026.12.114): the blog is named for opinions, not for labelling."""
    text = ("Week-end au Domaine des Trois Sources\n\nTransparence : nous avons été invités par "
            "le Domaine des Trois Sources pour deux nuits. Le séjour nous a été offert, mais les "
            "avis restent les nôtres, comme toujours sur ce blog.\n\nLe domaine se compose de six "
            "cabanes. Tarifs : à partir de 189€ la nuit.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.statement", "nous a été offert") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_a_channel_about_that_says_how_it_labels_is_a_policy() -> None:
    """Quassia (fed back in 2026.12.114): "sag ich das im Video" before a star legend."""
    text = ("Willkommen bei SimonSchraubt 🔧\nHier gibt's jede Woche Werkstatt-Videos.\n\nZur "
            "Info: Wenn ich Produkte gestellt bekomme oder ein Video gesponsert ist, sag ich das "
            "im Video und schreib's in die Beschreibung. Links mit * sind Affiliate-Links.")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.policy_page", "Affiliate-Links") in signal_pairs(verdict)


def test_a_loan_that_is_the_usual_practice_is_set_aside_when_the_text_bought_it() -> None:
    """Variscite (fed back in 2026.12.114): "Normaal gesproken krijgen wij telefoons te leen"."""
    text = ("Norvik P7 review na 3 maanden: zelf gekocht\nDeze telefoon heb ik in maart zelf "
            "gekocht bij een webwinkel. Normaal gesproken krijgen wij telefoons een paar weken te "
            "leen van de fabrikant. Daarom kocht ik de Norvik P7 zelf.")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.self_bought", "te leen van") in signal_pairs(verdict)


def test_a_loan_without_usually_stays_a_disclosure() -> None:
    verdict = analyze(Post("Deze telefoon kregen we drie weken te leen van Norvik. De hoes heb ik "
                           "zelf gekocht.", platform="blog"), "nl")
    assert verdict.disclosed, verdict.signals


def test_a_page_that_names_who_paid_for_it_is_no_site_policy() -> None:
    """Variscite (fed back in 2026.12.114): an advertorial's closing line names its payer."""
    text = ("Familiebedrijf uit Ede helpt huiseigenaren van het gas af\nWarmtetechniek Brouwer "
            "komt gratis langs voor een warmtescan. Bel 0318 - 64 22 19.\nADVERTORIAL · Deze "
            "pagina is tot stand gekomen in samenwerking met en tegen betaling door "
            "Warmtetechniek Brouwer.")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.phrase", "tot stand gekomen in samenwerking met") in signal_pairs(verdict)


def test_a_policy_that_names_no_payer_stays_a_policy() -> None:
    text = ("Adverteren op deze site\nArtikelen die tegen betaling door een adverteerder tot "
            "stand komen, worden altijd gemarkeerd als advertorial. Deze pagina legt uit hoe.")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(("text", "jurisdiction"), [
    ("Lesung im Literaturhaus am Freitag 📚 Mit freundlicher Unterstützung der Stadtbibliothek "
     "Bonn. Eintritt frei!", "de"),
    ("Tentoonstelling 'Oud Utrecht' in samenwerking met het Stadsarchief, t/m 12 januari.", "nl"),
])
def test_support_from_a_public_body_named_as_a_compound_is_institutional(
        text: str, jurisdiction: str) -> None:
    """A compound ending in a public body ("Stadtbibliothek", "Stadsarchief") is an institution
    (2026.12.115; noticed in the eighteenth session's closing note, no table held one)."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(rule == "guard.institutional" for rule, _ in signal_pairs(verdict))


def test_support_from_a_business_compound_stays_a_sponsorship() -> None:
    verdict = analyze(Post("Mit freundlicher Unterstützung der Fahrschule Müller 🚗 Danke!",
                           platform="instagram"), "de")
    assert verdict.commercial, verdict.signals


def test_opinions_our_own_after_but_names_no_site_policy() -> None:
    """Rue (fed back in 2026.12.116): "…offert par l'hôtel, mais comme toujours sur ce blog, je
    ne me suis engagée à rien et mes avis restent 100 % les miens"."""
    text = ("Deux nuits au Mas des Oliviers\n\nPetite précision avant de commencer : notre séjour "
            "nous a été offert par l'hôtel, mais comme toujours sur ce blog, je ne me suis "
            "engagée à rien et mes avis restent 100 % les miens.\n\nLa chambre donne sur le "
            "jardin. Chambre double à partir de 190 € la nuit.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.statement", "nous a été offert") in signal_pairs(verdict)


def test_a_stay_given_to_us_by_the_hotel_is_no_institution() -> None:
    """Wavellite (fed back in 2026.12.116): a hotel is a business, however the giving is said."""
    verdict = analyze(Post("Unser Aufenthalt wurde uns vom Hotel Seeblick zur Verfügung gestellt "
                           "– danke dafür!", platform="blog"), "de")
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.statement", "zur Verfügung gestellt") in signal_pairs(verdict)


def test_a_photo_credit_from_a_hotel_stays_a_credit() -> None:
    verdict = analyze(Post("Foto: zur Verfügung gestellt vom Hotel Adler. Die Gemeinde plant einen "
                           "neuen Radweg.", platform="web"), "de")
    assert verdict.verdict == "organic", verdict.signals


def test_a_chef_from_the_region_is_no_public_body() -> None:
    """Wavellite (fed back in 2026.12.116): "en partenariat avec un chef de la région"."""
    text = ("Cuisines Darlan ouvre son showroom. Des ateliers culinaires seront organisés en "
            "partenariat avec un chef de la région. Tirage au sort : une plancha à gagner.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.commercial, verdict.signals
    assert not any(rule == "guard.institutional" for rule, _ in signal_pairs(verdict))


def test_the_region_as_a_public_body_stays_an_institution() -> None:
    verdict = analyze(Post("Des ateliers seront organisés en partenariat avec la Région "
                           "Occitanie.", platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals


def test_a_channels_about_text_on_links_in_its_descriptions_is_a_policy() -> None:
    # "Links in mijn beschrijvingen kunnen affiliate links zijn (…). Daarmee verdien ik een kleine
    # commissie" (ylang): the scope is every description, and "Daarmee" goes on with it
    text = ("Welkom bij TechTijn! Elke week eerlijke reviews van smartphones en laptops.\n\n"
            "Over sponsoring: sommige video's bevatten een gesponsord segment. Dat vermeld ik "
            "altijd aan het begin van de video én in de beschrijving.\n\nLinks in mijn "
            "beschrijvingen kunnen affiliate links zijn (Amazon, bol, Coolblue). Daarmee verdien "
            "ik een kleine commissie, jij betaalt niks extra.\n\nZakelijk: tijn@techtijn.nl")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.verdict == "organic"
    assert {("guard.policy_page", "affiliate links"),
            ("guard.policy_page", "verdien ik een kleine commissie")} <= signal_pairs(verdict)


def test_this_videos_affiliate_links_then_daarmee_stay_its_disclosure() -> None:
    text = ("Deze video bevat affiliate links. Daarmee verdien ik een kleine commissie. "
            "https://amzn.to/3kX9aBc")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "verdien ik een kleine commissie") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "statement"), [
    ("Vergleichsportal ist unabhängig. Ein Teil unserer Einnahmen "
     "stammt aus Affiliate-Links: Kauft ihr über einen Link, zahlt uns der Händler eine "
     "Provision. Unsere Bewertungen bleiben davon unberührt.", "de", "Affiliate-Links"),
    ("KeukenTest is onafhankelijk. Een deel van onze inkomsten komt "
     "uit affiliatelinks: koop je via een link, dan kan de winkel ons een commissie betalen. "
     "Onze scores veranderen daar niet door.", "nl", "affiliatelinks"),
])
def test_a_sites_account_of_its_revenue_is_a_policy(text: str, jurisdiction: str,
                                                    statement: str) -> None:
    # "Une partie de nos revenus provient de liens d'affiliation" on a comparison site's page
    # on how it is funded (zizia): how the site earns, not a disclosure of one text
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic"
    assert ("guard.policy_page", statement) in signal_pairs(verdict)


def test_revenue_words_beside_this_posts_own_links_still_disclose() -> None:
    text = ("Deze post bevat affiliatelinks, een deel van onze inkomsten: "
            "https://partner.bol.com/click/click?p=1&t=url&s=12345&url=https://www.bol.com/nl/p/x")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "bevat affiliatelinks") in signal_pairs(verdict)


def test_an_about_text_that_will_mark_gifted_posts_is_a_policy() -> None:
    # "when that happens I'll always mark the post #gifted" in a page's About text (anise)
    text = ("About Rosie's Garden 🌱\n\nAllotment gardener from Leeds, sharing what grows since "
            "2018.\n\nJust so you know: now and then a seed company sends me packets to try, and "
            "when that happens I'll always mark the post #gifted.\n\nEnquiries: rosie@example.org")
    verdict = analyze(Post(text, platform="facebook"), "uk")
    assert verdict.verdict == "organic"
    assert ("guard.policy_page", "#gifted") in signal_pairs(verdict)
