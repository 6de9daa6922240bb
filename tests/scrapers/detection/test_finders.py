"""Case tables (NL, EN, DE, FR) for each signal finder."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.detection.codes import find_discount_codes
from scrapers.detection.commerce import find_commercial_evidence
from scrapers.detection.document import read_document
from scrapers.detection.hashtags import find_disclosure_hashtags
from scrapers.detection.native import find_native_labels
from scrapers.detection.phrases import find_disclosure_labels, find_disclosure_phrases
from scrapers.models import Post


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zomer! #adv #zon", [("#adv", "disclosure.hashtag")]),
        ("Nieuwe jas #spon", [("#spon", "disclosure.hashtag")]),
        ("Love it #ad", [("#ad", "disclosure.hashtag")]),
        ("Love it #AD.", [("#AD", "disclosure.hashtag")]),
        ("Best #adventure ever #adidas", []),
        ("#sp #collab #thanks", [("#sp", "disclosure.hashtag_unclear"),
                                ("#collab", "disclosure.hashtag_unclear"),
                                ("#thanks", "disclosure.hashtag_unclear")]),
        ("Danke @nike #nikepartner", [("#nikepartner", "disclosure.hashtag_unclear")]),
        ("Mein Outfit #werbung #anzeige", [("#werbung", "disclosure.hashtag"),
                                          ("#anzeige", "disclosure.hashtag")]),
        ("Ma routine #pub #publicité", [("#pub", "disclosure.hashtag"),
                                       ("#publicité", "disclosure.hashtag")]),
        ("Geen hashtags hier", []),
    ],
)
def test_disclosure_hashtags(text: str, expected: list[tuple[str, str]]) -> None:
    signals = find_disclosure_hashtags(read_document(text))
    assert [(s.text, s.rule) for s in signals] == expected
    for signal in signals:
        assert text[signal.start:signal.end] == signal.text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("In samenwerking met @ah maakte ik dit recept", "in samenwerking met"),
        ("Betaalde samenwerking met @zalando", "betaalde samenwerking"),
        ("Gesponsord door Gazelle", "gesponsord door"),
        ("Dit bericht bevat affiliate links", "affiliate links"),
        ("Ik kreeg dit toegestuurd van @kiehls", "toegestuurd"),
        ("Sponsored by NordVPN", "sponsored by"),
        ("Paid partnership with @nike", "paid partnership"),
        ("This post contains affiliate links.", "affiliate links"),
        ("I received this for free in exchange for a review", "gifted"),
        ("As an Amazon Associate I earn from qualifying purchases", "amazon associate"),
        ("Bezahlte Partnerschaft mit @adidas", "bezahlte partnerschaft"),
        ("Die Links sind Affiliate-Links", "affiliate-links"),
        ("Wurde mir kostenlos zur Verfügung gestellt", "zur verfügung gestellt"),
        ("Collaboration commerciale avec @sephora", "collaboration commerciale"),
        ("Partenariat rémunéré avec NordVPN", "partenariat rémunéré"),
        ("Cet article contient des liens affiliés", "liens affiliés"),
        ("Offert par @diptyque", "offert par"),
    ],
)
def test_disclosure_phrases(text: str, label: str) -> None:
    assert label in [s.detail for s in find_disclosure_phrases(read_document(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Advertentie | Mijn nieuwe fiets", True),
        ("[ad] My new bike", True),
        ("ANZEIGE Mein neues Rad", True),
        ("Werbung: mein neues Rad", True),
        ("Publicité pour @lidlfrance : mes courses", True),
        ("Reclame is overal om ons heen", False),
        ("I had a great ad idea yesterday", False),
        ("Die Werbung im Fernsehen nervt", False),
        ("La publicité à la télé", False),
        ("Dieses Video wird von NordVPN gesponsert.", True),
    ],
)
def test_bare_labels_count_only_in_label_position(text: str, found: bool) -> None:
    assert bool(find_disclosure_labels(read_document(text))) is found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Met code LIEKE15 krijg je korting", ["LIEKE15"]),
        ("Kortingscode: ZOMER20", ["ZOMER20"]),
        ("Use code ANNA20 for 20% off", ["ANNA20"]),
        ("promo code 'SAVE10' at checkout", ["SAVE10"]),
        ("Mit dem Rabattcode LISA10 spart ihr", ["LISA10"]),
        ("Avec le code promo MARIE10", ["MARIE10"]),
        ("The dress code is black tie", []),
        ("De code is simpel te lezen", []),
        ("Voer de code in die je per mail kreeg", []),
    ],
)
def test_discount_codes(text: str, codes: list[str]) -> None:
    assert [s.detail for s in find_discount_codes(read_document(text))] == codes


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Jurk c/o @mango", "commercial.gifted"),
        ("Thanks @glossier for sending me this", "commercial.gifted"),
        ("Use my link for a free month", "commercial.shop_call"),
        ("GIVEAWAY with @lush! Tag a friend", "commercial.giveaway"),
        ("Winactie samen met @hema", "commercial.giveaway"),
        ("Gewinnspiel mit @douglas", "commercial.giveaway"),
        ("20% korting op alles", "commercial.discount"),
    ],
)
def test_commercial_evidence(text: str, rule: str) -> None:
    assert rule in [s.rule for s in find_commercial_evidence(read_document(text))]


@pytest.mark.parametrize(
    ("labels", "found"),
    [
        (("Paid partnership with nike",), ["paid partnership"]),
        (("Includes paid promotion",), ["paid partnership"]),
        (("Betaald partnerschap met Zalando",), ["paid partnership"]),
        (("Bezahlte Partnerschaft mit Adidas",), ["paid partnership"]),
        (("Partenariat rémunéré avec Sephora",), ["paid partnership"]),
        (("Verified", "Original audio"), []),
    ],
)
def test_native_labels(labels: tuple[str, ...], found: list[str]) -> None:
    assert [s.detail for s in find_native_labels(labels)] == found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("20% korting met LISA20 bij @hema", ["LISA20"]),
        ("Spart 15 % mit ANNA15 im Shop", ["ANNA15"]),
        ("Use ABC20 for 20% off", ["ABC20"]),
        ("Inflation rose 3% in Q3 according to PT137 data", []),
    ],
)
def test_bare_codes_next_to_a_discount(text: str, codes: list[str]) -> None:
    assert [s.detail for s in find_discount_codes(read_document(text))] == codes


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Branded content | Ten ways to keep your bike safe this winter, with Velo Insure",
         "Branded content"),
        ("Paid for by Harbour Energy: why heat pumps suit old houses", "Paid for by"),
    ],
)
def test_branded_content_and_paid_for_by_are_advertiser_labels(text: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.verdict == "disclosed"
    assert ("disclosure.phrase", evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule", "evidence"),
    [
        ("partenariat payé avec @cabanesucree 🍁 la tire sur neige était parfaite", "fr",
         "disclosure.phrase", "partenariat payé"),
        ("Promotion\n\nDer perfekte Regenschirm: warum Qualität zählt", "de",
         "disclosure.label", "Promotion"),
        ("Seit Wochen mein Lieblingsmüsli von @kornkraft 😍 Mit ELIF12 gibts 12% im Shop", "de",
         "commercial.discount_code", "ELIF12"),
    ],
)
def test_quebec_labels_promotion_kickers_and_bare_codes(text: str, jurisdiction: str,
                                                        rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial
    assert (rule, evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "rule", "evidence"),
    [
        ("Gesponsord · Keukenhuys\nLandelijke keuken met kookeiland, nu 30% korting.", "nl",
         "disclosure.label", "Gesponsord"),
        ("Get the deal: https://www.amazon.com/dp/B0CK7R2LXM?tag=dealnest-20\nDealNest earns a "
         "commission from qualifying purchases made through links on this page.", "us",
         "disclosure.statement", "earns a commission"),
        ("Let op: Dealdier ontvangt een commissie als je via onze links iets koopt.", "nl",
         "disclosure.statement", "ontvangt een commissie"),
        ("Halden gives you $50 in stock. This is my referral link so I get a bonus too.", "us",
         "disclosure.statement", "my referral link"),
        ("💼 LE MOT DE NOTRE SPONSOR\nCette édition est financée par Fortuna Bourse.", "fr",
         "disclosure.phrase", "MOT DE NOTRE SPONSOR"),
        ("Merci à Royaumes d'Écume d'avoir sponsorisé cette vidéo !", "fr", "disclosure.phrase",
         "d'avoir sponsorisé"),
    ],
)
def test_platform_headers_third_person_commissions_referrals_and_sponsor_slots_disclose(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        ("🥨 Jausenbox: Mit Code GELDGESPRÄCH sparst du 20 % auf deine erste Box",
         "commercial.discount_code", "Code GELDGESPRÄCH"),
        ("Opening an account anyway? https://halden.com/invite/jordanp7",
         "commercial.affiliate_link", "https://halden.com/invite/jordanp7"),
        ("still early frens 🚀 https://zephyr.finance/presale?inv=moonmikey",
         "commercial.affiliate_link", "https://zephyr.finance/presale?inv=moonmikey"),
        ("Réservez → https://domaine.example/?utm_source=youtube&utm_medium=createur",
         "commercial.sponsor_link", "https://domaine.example/?utm_source=youtube&utm_medium=createur"),
    ],
)
def test_codes_in_any_script_referral_links_and_creator_campaign_links_are_commercial(
        text: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.commercial and not verdict.disclosed, verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        ("5 car gadgets under $30 🚗 all in my amazon storefront, link in bio #cartok",
         "commercial.shop_call", "amazon storefront"),
        ("amazon finds teil 7!! alles in meiner storefront verlinkt 👆 #amazonfinds",
         "commercial.shop_call", "in meiner storefront"),
        ("⚔️ Download Shardfall Legends FREE: https://shardfall.game/r/kyrocrits",
         "commercial.affiliate_link", "https://shardfall.game/r/kyrocrits"),
        ("👉 Runenreich kostenlos laden: https://runenreich.game/go/maxplayz",
         "commercial.affiliate_link", "https://runenreich.game/go/maxplayz"),
    ],
)
def test_storefronts_and_creator_paths_on_a_brand_site_are_commercial(
        text: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert (verdict.verdict, verdict.disclosed) == ("undisclosed", False)
    assert (rule, evidence) in signal_pairs(verdict)


@pytest.mark.parametrize("url", [
    "https://www.reddit.com/r/ebikes/",
    "https://www.nationalgeographic.com/animals/birds/r/red-footed-booby/",
    "https://www.bfs.de/SharedDocs/Glossareintraege/DE/R/radon.html",
])
def test_subreddits_and_glossary_letters_are_no_referral_paths(url: str) -> None:
    verdict = analyze(Post(f"Lees meer: {url}", platform="web"), "nl")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(
    ("text", "rule", "evidence"),
    [
        ("deze mini naaimachine voor €19,99 😳 klik op het gele mandje voordat de actie stopt "
         "#tiktokshop", "commercial.shop_call", "gele mandje"),
        ("Concealer für 8,99€ 😳 gelber Warenkorb unten links 🛒 #tiktokshop",
         "commercial.shop_call", "gelber Warenkorb"),
        ("deze kabel bespaart me elke ochtend 10 minuten 🤯 👉 https://zapklik.nl/yt #shorts",
         "commercial.sponsor_link", "https://zapklik.nl/yt"),
        ("Summer cohort starts 14 July: https://codecrate.io/enrol?utm_source=blog&"
         "utm_campaign=partner_q2", "commercial.sponsor_link",
         "https://codecrate.io/enrol?utm_source=blog&utm_campaign=partner_q2"),
    ],
)
def test_shop_baskets_creator_landing_pages_and_partner_campaigns_are_commercial(
        text: str, rule: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), "nl")
    assert (verdict.verdict, verdict.disclosed) == ("undisclosed", False), verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


def test_a_platform_page_named_after_a_platform_is_no_landing_page() -> None:
    verdict = analyze(Post("Volg ons ook op https://www.youtube.com/podcast", platform="web"),
                      "nl")
    assert verdict.verdict == "organic", verdict.signals


def test_a_bare_pr_tag_on_a_race_post_is_a_record_and_the_team_tag_the_tie() -> None:
    """On a race post "#pr" is a personal record; the brand's team tag and the bio link are
    what make it an undisclosed ad."""
    text = ("Nieuw PR op de 10 km!! Mijn nieuwe @velora.running schoenen, link in mijn bio 💙\n"
            "#teamvelora #hardlopen #10km #pr")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert (verdict.commercial, verdict.disclosed) == (True, False), verdict.signals
    pairs = signal_pairs(verdict)
    assert {("guard.example", "#pr"), ("commercial.brand_push", "#teamvelora"),
            ("commercial.shop_call", "link in mijn bio")} <= pairs


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("🥇 RoyalMeuse Casino – Bonus 200 % → JOUER MAINTENANT "
         "https://go.royalmeuse-partners.com/visit/?bta=40312&nci=5871",
         "https://go.royalmeuse-partners.com/visit/?bta=40312&nci=5871"),
        ("🥈 Spinova → VOIR L'OFFRE https://record.spinova-affiliates.com/_Yk3pQ0aXvN1m/1/",
         "https://record.spinova-affiliates.com/_Yk3pQ0aXvN1m/1/"),
    ],
)
def test_a_programmes_own_tracking_host_is_an_affiliate_link(text: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.affiliate_link", evidence) in signal_pairs(verdict)


def test_a_law_firms_short_host_is_no_programme() -> None:
    verdict = analyze(Post("Contact: https://go.smith-law.com/contact", platform="web"), "uk")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(
    ("url", "detail"),
    [
        ("https://vitaroot-greens.com/offer?src=nativ_wellness_jw", "paid placement"),
        ("https://vitalys-mutuelle.fr/devis?partenaire=freelance-mag", "partner programme"),
    ],
)
def test_native_sources_and_partner_params_mark_a_link(url: str, detail: str) -> None:
    verdict = analyze(Post(f"Plus d'infos : {url}", platform="web"), "fr")
    assert verdict.commercial, verdict.signals
    assert detail in {s.detail for s in verdict.signals if s.family == "commercial"}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("De Pendelaar Pro heb ik gratis ontvangen om te testen. #fietstas #review",
         "nl",
         "gratis ontvangen"),
        ("ARC REVIEW ⭐️⭐️⭐️⭐️ Thank you @harrowgatepress for the gifted ARC! #bookstagram",
         "us",
         "gifted ARC"),
        ("📖 Chronique | Livre reçu en service presse, merci aux éditions du Phare 💙",
         "fr",
         "service presse"),
        ("Shorts und Top sind von @formwerk, mit denen ich zusammenarbeite (ja, die bezahlen mich "
         "dafür 😅).",
         "de",
         "bezahlen mich dafür"),
        ("1. Heatwise Duo XL – nu €119 ➜ https://tc.tradetracker.net/?c=30021&m=12&a=411287\n"
         "* PrijsRadar ontvangt een vergoeding wanneer je via onze links een aankoop doet.",
         "nl",
         "ontvangt een vergoeding"),
        ("Hinweis: Links mit 🛒-Symbol sind Partnerlinks – kaufst du darüber, erhalten wir "
         "eine Vergütung.",
         "de",
         "Partnerlinks"),
        ("Transparence : Compario est financé par l'affiliation.",
         "fr",
         "financé par l'affiliation"),
        ("Cette semaine la chaîne est soutenue financièrement par Rail&Sac 🚆",
         "fr",
         "soutenue financièrement par"),
        ("📢 Gesponsorde tip van de week: Brooddoos Bezorgd 🥪 (Dit bericht is betaald.)",
         "nl",
         "Dit bericht is betaald"),
        ("De Rondo is vanaf 1 maart verkrijgbaar.\n---\nDit persbericht is op verzoek en op "
         "kosten van de afzender op deze site geplaatst.",
         "nl",
         "op verzoek en op kosten van"),
        ("Disclosure: our two nights at Harrow Point were hosted by the lodge in exchange for an "
         "honest write-up.",
         "uk",
         "were hosted by"),
        ("Drie dagen in de Dolomieten tijdens een persreis met zes andere makers 🏔️",
         "nl",
         "persreis"),
        ("I was given a complimentary press pass to the exhibition by the gallery, but all "
         "opinions are my own.",
         "uk",
         "complimentary press pass"),
        ("Vernissage hier soir au Musée de Valcourt ✨ (invitation presse, entrée offerte).",
         "fr",
         "invitation presse"),
        ("Soin offert ✨ Merci @institut.camelia pour ce moment 🧊 #soinvisage",
         "fr",
         "Soin offert"),
        ("les croquettes c'est @crokanou, -10% avec BISCOTTE10 ⚠️ c'est un code affilié, je "
         "touche une petite com si tu commandes",
         "fr",
         "code affilié"),
        ("RIESIGES Überraschungs-Ei!!! Dieses Video enthält bezahlte Produktplatzierung.",
         "de",
         "bezahlte Produktplatzierung"),
        ("Folge 87 – Warum wir schlecht schlafen\n\nWerbepartner dieser Folge: Schlummerwerk "
         "Matratzen.",
         "de",
         "Werbepartner dieser Folge"),
        ("Werbung, unbeauftragt – das Produkt wurde mir kostenlos von @lichtwiese.home "
         "zugeschickt 🕯️",
         "de",
         "kostenlos von @lichtwiese.home zugeschickt"),
        ("Thank you to Popnest Toys for sending us the mansion as a gift! We weren't paid to make "
         "this video.",
         "us",
         "sending us the mansion as a gift"),
        ("Partnered with @FlintRoastCo on this one (yes they paid me, no they didn't write it) ☕",
         "us",
         "yes they paid me"),
        ("Liebe Nachbarn, dieser Beitrag entsteht mit den Stadtwerken Lindenau (bezahlter "
         "Beitrag). Glasfaser bis 30.06. kostenlos.",
         "de",
         "bezahlter Beitrag"),
        ("wenn die Mama fragt warum du schon wieder Pakete bekommst 📦😭 #werbung @paketpilot.app",
         "de",
         "#werbung"),
        ("Bezahlte Werbung ✨ Ein Wochenende in der Steiermark mit @almgut.kaese 🧀",
         "de",
         "Bezahlte Werbung"),
        ("Huge thanks to Ardent Audio for sending the Pulse over for this review. They had no "
         "input on the video.",
         "us",
         "for sending the Pulse over for this review"),
    ],
)
def test_plain_statements_of_gifts_fees_and_sponsors_disclose(
        text: str, jurisdiction: str, evidence: str) -> None:
    """Statements fed back from the blind tables (2026.12.10-14): each tells the reader."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert evidence in {s.text for s in verdict.signals if s.family == "disclosure"}


def test_an_amazon_influencer_storefront_link_is_affiliate() -> None:
    text = "tout est dans ma vitrine, lien en bio 🛒 https://www.amazon.fr/shop/maison.de.lou"
    verdict = analyze(Post(text, platform="tiktok"), "fr")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.affiliate_link", "https://www.amazon.fr/shop/maison.de.lou") in (
        signal_pairs(verdict))


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Sonderveröffentlichung\n\nGesund genießen im Schwarzwald: die Therme ist neu.", "de",
         ("disclosure.label", "Sonderveröffentlichung")),
        ("Épingle sponsorisée · Jardins de Sologne\n10 idées pour un balcon fleuri", "fr",
         ("disclosure.phrase", "Épingle sponsorisée")),
        ("MA ROUTINE D'HIVER ❄️ Cette vidéo est commanditée par Boréa Vêtements. Merci à eux!",
         "fr", ("disclosure.phrase", "commanditée par")),
        ("met code SANNE10 krijg je 10% korting (ik krijg een klein percentage van elke "
         "bestelling via mijn code)", "nl", ("disclosure.statement", "krijg een klein percentage")),
    ],
)
def test_newspaper_pin_quebec_and_share_of_sales_statements_disclose(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="pinterest"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Disclaimer\n\nVergelijkwijzer.nl is een onafhankelijke vergelijkingssite. Om de website "
         "gratis te houden, ontvangen wij soms een vergoeding van aanbieders. Deze links noemen "
         "we affiliate links.", "nl"),
        ("Politique de divulgation\n\nTout contenu commandité est identifié au début de "
         "l'article. Certains liens vers des boutiques sont des liens d'affiliation.", "fr"),
    ],
)
def test_comparison_site_disclaimers_and_quebec_disclosure_policies_are_policy_pages(
        text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_an_asterisked_label_closing_a_caption_is_a_label() -> None:
    verdict = analyze(Post("prüfungsphase 💀 zum glück gibts @zappr.energy mango ice 🥭 *werbung\n"
                           "#studytok #lernen", platform="tiktok"), "de")
    assert verdict.disclosed
    assert any(s.rule.startswith("disclosure.") and s.text.lower() == "werbung"
               for s in verdict.signals)


def test_a_label_after_an_emoji_opens_its_line_but_a_contact_line_is_no_label() -> None:
    verdict = analyze(Post("📢 Post sponsorisé\n\nOn a enfin trouvé LA poussette. Bébéroule m'a "
                           "proposé ce partenariat, -10% avec le code MAMANDEJULES.",
                           platform="instagram"), "fr")
    assert verdict.disclosed
    assert ("disclosure.statement", "m'a proposé ce partenariat") in signal_pairs(verdict)
    assert any(s.rule.startswith("disclosure.label") and s.text == "Post sponsorisé"
               for s in verdict.signals)
    bio = analyze(Post("Kees | DIY 🔨\n📩 samenwerking: kees@klusmetkees.nl\nReclame = altijd #adv",
                       platform="instagram"))
    assert not bio.commercial, bio.signals


@pytest.mark.parametrize(
    ("text", "jurisdiction", "statement"),
    [
        ("Scherpe deal vandaag 👉 https://tc.tradetracker.net/?c=28712&m=12&a=391842&r=airfryer\n"
         "Dealvandedag ontvangt mogelijk een commissie als je via onze links een aankoop doet.",
         "nl", "ontvangt mogelijk een commissie"),
        ("the ONE concealer I repurchase is on sale 🏃‍♀️ shopmy.us/collections/r4Z1 — aff link, I "
         "get a tiny cut if you use it!", "us", "aff link"),
        ("Liste de naissance minimaliste. Sélection avec liens affiliés — commission perçue sur "
         "les achats. https://www.awin1.com/cread.php?awinmid=17452&awinaffid=893211", "fr",
         "liens affiliés"),
    ],
)
def test_commission_sentences_of_deal_sites_and_captions_disclose(
        text: str, jurisdiction: str, statement: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.disclosed, verdict.signals
    assert ("disclosure.statement", statement) in signal_pairs(verdict)


def test_thanks_for_the_sponsoring_of_this_video_discloses() -> None:
    verdict = analyze(Post("JE TESTE LE MODE RANKED\n\nUn grand merci à RaidForge pour le "
                           "sponsoring de cette vidéo ⚔️ https://raidforge.gg/r/zekyo",
                           platform="youtube"), "fr")
    assert verdict.disclosed
    assert ("disclosure.statement", "pour le sponsoring") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "statement"),
    [
        ("Geld Zonder Gedoe — afl. 112\n\nDeze aflevering wordt mogelijk gemaakt door Spaarbaak. "
         "Boete vrij aflossen komt ook aan bod.", "nl", "wordt mogelijk gemaakt door"),
        ("📬 La Lettre du Budget – n°112\n\n💼 LE SPONSOR DE CETTE SEMAINE\nCette lettre est "
         "financée par Comptéo, l'appli qui catégorise vos dépenses.", "fr",
         "LE SPONSOR DE CETTE SEMAINE"),
    ],
)
def test_episodes_and_newsletters_name_their_sponsor(text: str, jurisdiction: str,
                                                     statement: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", statement) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Gesponserter Inhalt – erstellt in Zusammenarbeit mit Elbwerft Reisen\n\nHamburg mal "
         "anders: 24 Stunden auf dem Wasser", "de", ("disclosure.label", "Gesponserter Inhalt")),
        ("ja das ist der Aura Glätteisen 💁‍♀️ mit meinem code JULE20 spart ihr 20% – kleiner "
         "hinweis: ich bekomm ne provision wenn ihr den code nutzt", "de",
         ("disclosure.statement", "ich bekomm ne provision")),
        ("Dieser Beitrag wurde von der Ennetsee Bank bezahlt und mit der Redaktion erstellt.",
         "de", ("disclosure.statement", "Dieser Beitrag wurde von der Ennetsee Bank bezahlt")),
    ],
)
def test_birch_feedback_labels_and_statements_disclose(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("#collaborationpayée avec @laiterie.saintmaurice 🐄 Chalet, feu de foyer pis une fondue",
         "fr", ("disclosure.hashtag", "#collaborationpayée")),
        ("Colis reçu gracieusement de la part de @thes.bellaube ☕🍂 (cadeau, non rémunéré)", "fr",
         ("disclosure.statement", "Colis reçu gracieusement")),
        ("yes the jeans are from the amazon storefront 😭 links in bio, they're commissionable so "
         "I get a lil something if u buy", "us", ("disclosure.statement", "commissionable")),
        ("Cet article a été rédigé en collaboration avec la Brasserie de la Vesdre, dans le cadre "
         "d'un partenariat commercial avec L'Écho des Fagnes.", "fr",
         ("disclosure.statement", "dans le cadre d'un partenariat commercial")),
    ],
)
def test_dahlia_feedback_labels_and_statements_disclose(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Bezahlter Inhalt | Eine Woche Lofoten mit Nordlicht Reisen\n\nDrei Tage zwischen "
         "Fjorden und Fischerdörfern …", "de", ("disclosure.label", "Bezahlter Inhalt")),
        ("Zo houd je je balkon het hele jaar groen. Tuincentrum De Linde geeft tips en lezers "
         "krijgen 10% korting met code LINDE10.\n\nDit is een gesponsord artikel.", "nl",
         ("disclosure.phrase", "is een gesponsord artikel")),
        ("Warum wir jetzt mit Wärmepumpe heizen. Dieser Text ist ein gesponserter Beitrag der "
         "Stadtwerke Emmendingen.", "de", ("disclosure.phrase", "ist ein gesponserter Beitrag")),
    ],
)
def test_fig_feedback_paid_content_labels_and_this_is_a_sponsored_article(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in signal_pairs(verdict)


def test_a_header_line_names_the_advertiser_after_its_label() -> None:
    text = ("Paid content for Harbourline Energy\n\nShould you switch to a heat pump? Three "
            "questions to ask before you call an installer.")
    verdict = analyze(Post(text, platform="web"), "uk")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label", "Paid content") in signal_pairs(verdict)


def test_an_invited_tag_is_a_hint_not_a_disclosure() -> None:
    text = "Een nacht in de boomhut van @woudhuys_lodges 🌲 wat een plek #invited #weekendjeweg"
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert (verdict.verdict, verdict.disclosed) == ("unclear_disclosure", False)
    assert ("disclosure.hashtag_unclear", "#invited") in signal_pairs(verdict)


def test_a_bare_code_beside_an_amount_off_is_a_code() -> None:
    text = "Danke @flammkraft! Wer auch einen will: mit FEUER25 gibt's noch 25 € Rabatt im Shop"
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.discount_code", "FEUER25") in signal_pairs(verdict)


def test_a_label_set_off_by_a_dash_is_said() -> None:
    text = ("40 km dans le Jura 🚲 J'ai roulé le nouveau gravel de @velomarin pendant un mois — "
            "pub, oui, mais le cadre est top #gravel")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label", "pub") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("paid collab w @ramenroom but honestly I eat this every week 🍜 #studentmeals", "uk",
         ("disclosure.phrase", "paid collab")),
        ("Dimanche à vélo le long de la Rance 🚲 collab rémunérée avec @cyclomer 🤝 #velotaf",
         "fr", ("disclosure.phrase", "collab rémunérée")),
    ],
)
def test_kale_feedback_a_collab_said_to_be_paid(text: str, jurisdiction: str,
                                                 evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in signal_pairs(verdict)


def test_a_site_named_as_earning_a_small_commission_discloses_affiliate_links() -> None:
    text = ("De 5 beste oordopjes onder de 100 euro. Transparant: als je via een link in dit "
            "artikel iets koopt, krijgt Oorwijzer een kleine commissie van de winkel. "
            "https://www.amazon.nl/dp/B0TEST1234?tag=oorwijzer-21")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "een kleine commissie") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence", "disclosed"),
    [
        ("Publication commanditée 🍁\n\nUne journée à la cabane à sucre avec les enfants.", "fr",
         ("disclosure.label", "Publication commanditée"), True),
        ("Ce soir : curry coco en 25 min 🥘 Si vous voulez tester : NINA15 = 15€ de réduc sur la "
         "première box", "fr", ("commercial.discount_code", "NINA15"), False),
        ("Les gourdes de @petitpiaf ne fuient pas ! Pour les mamans : 10% avec LOUISE5 sur "
         "petitpiaf.fr", "fr", ("commercial.discount_code", "LOUISE5"), False),
    ],
)
def test_laurel_feedback_quebec_labels_and_codes_beside_amounts(
        text: str, jurisdiction: str, evidence: tuple[str, str], disclosed: bool) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.commercial and verdict.disclosed is disclosed
    assert evidence in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence", "disclosed"),
    [
        ("Notre week-end aux Thermes de Vals\n\n[Cet article a été rémunéré par les Thermes de "
         "Vals. Les avis sont les miens.]", "fr",
         ("disclosure.statement", "Cet article a été rémunéré"), True),
        ("My 5am routine 🌅\n\nTry Freshbowl and get 50% off your first box: "
         "https://freshbowl.co/SAM50\n\nMy camera: Sony a7 IV", "us",
         ("commercial.discount_code", "SAM50"), False),
    ],
)
def test_maple_feedback_paid_articles_and_codes_in_vanity_links(
        text: str, jurisdiction: str, evidence: tuple[str, str], disclosed: bool) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.commercial and verdict.disclosed is disclosed
    assert evidence in signal_pairs(verdict)


def test_article_partenaire_heading_a_regional_piece_labels_an_advertorial() -> None:
    text = ("Article partenaire\n\nBordeaux-Bastide : un nouveau quartier qui mise sur le "
            "vivre-ensemble. Le programme « Les Jardins de Garonne » proposera 180 logements.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label", "Article partenaire") in signal_pairs(verdict)


def test_article_partenaire_in_running_text_is_no_label() -> None:
    text = ("Nous avons lu l'article partenaire publié par un confrère et nous n'en retenons "
            "qu'une chose : les loyers montent à Bordeaux.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals


def test_information_partenaire_heading_a_regional_item_labels_an_advertorial() -> None:
    text = ("Information partenaire\n\nFêtes de fin d'année : la Brasserie du Mont-Vert dévoile sa "
            "bière de Noël aux épices.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label", "Information partenaire") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "rule", "evidence"), [
    ("*Werbung wegen Kooperation*\n\nIhr Lieben aus dem Münsterland, am Samstag bin ich beim "
     "Frühlingsfest im Autohaus Brenner", "de", "disclosure.label", "Werbung"),
    ("cosy sunday uniform 🤍 everything linked on my LTK (I earn a lil commission if you shop)",
     "us", "disclosure.statement", "earn a lil commission"),
    ("Bon plan : la friteuse passe à 69,99 €. Certains liens de cet article sont trackés et "
     "peuvent générer une commission pour Dealz Hebdo.", "fr", "disclosure.statement",
     "générer une commission"),

    # Flemish "betalende samenwerking"; the French formula for starred links (tamarind)
    ("Pannenkoekenzondag 🥞 We gebruikten de nieuwe pannenkoekenmix van @molen.devlijt.\n\n🔸 in "
     "betalende samenwerking met Molen De Vlijt 🔸", "nl", "disclosure.phrase",
     "in betalende samenwerking met"),
    ("Tout le matériel 👇 (les liens marqués d'une * sont affiliés : Amazon me reverse quelques "
     "centimes)\n• Haltères* : https://amzn.to/3Kx9TqP", "fr", "disclosure.statement",
     "marqués d'une * sont affiliés"),

    # "kan het⏎#reclame": a determiner on the line before ends another sentence; a label with
    # its reason "weil Kooperation" (verbena)
    ("geen zin om te koken na je werk?? daarom test ik deze week de boxen van @pannenkracht, "
     "zelfs ik kan het\n#reclame #maaltijdbox #fyp", "nl", "disclosure.hashtag", "#reclame"),
    ("Werbung weil Kooperation mit @klarbank 💸\nLeute, 3 Spartipps die ich mit 19 gerne gewusst "
     "hätte", "de", "disclosure.label", "Werbung"),
    # a header label set off by a bullet (wisteria)
    ("Gesponsord • Scandinavisch slaapkamer makeover met de linnen dekbedovertrekken van Huisje "
     "Noord 🤍 Bekijk de collectie op huisjenoord.nl", "nl", "disclosure.label", "Gesponsord"),
    # Dutch-English "Betaalde partnership"; a pin's "Promoted by" header (zelkova)
    ("Eindelijk een zonnebrand die niet wit wegtrekt ☀️\n\n(Betaalde partnership met "
     "@solene.skincare — maar ik had hem al in mijn tas)", "nl", "disclosure.phrase",
     "Betaalde partnership"),
    ("Promoted by Hearth & Ivy\n\n5 cosy autumn tablescapes you can pull off in under 20 minutes "
     "🍂 shop the full edit at hearthandivy.co.uk", "us", "disclosure.phrase", "Promoted by"),
    # a stay "gifted in exchange for this video"; nights "kostenfrei gestellt" after a
    # "Transparenzhinweis:" that speaks of one trip, no policy page (clover)
    ("WEEKEND IN A LIGHTHOUSE 🌊\n\nOur stay was gifted in exchange for this video; the views "
     "are our own.\n\n0:00 arrival", "us", "disclosure.statement", "gifted in exchange for"),
    ("Drei Tage Harz: Wandern und Käse\n\nTransparenzhinweis: Wir waren auf Einladung des "
     "Berghotels Sonnenstein vor Ort, die Übernachtungen wurden uns kostenfrei gestellt.\n\nAm "
     "ersten Tag ging es ab und zu steil bergauf.", "de", "disclosure.statement",
     "kostenfrei gestellt"),
    # "In Zusammenarbeit mit <name>" as a header line (erica)
    ("In Zusammenarbeit mit Gartenwelt Brenner\n\nHochbeet anlegen: Schritt für Schritt zum "
     "eigenen Gemüse.", "de", "disclosure.label_unclear", "In Zusammenarbeit mit"),
    # "In freundlicher Kooperation mit" opening a post (daphne)
    ("In freundlicher Kooperation mit der Brauerei Sonnhalde 🍺\n\nUnser Grillabend am See war "
     "ein Traum.", "de", "disclosure.phrase_unclear", "In freundlicher Kooperation mit"),
    # "Dieser Artikel entstand mit freundlicher Unterstützung der Schlafgut GmbH" (oregano)
    ("Dieser Artikel entstand mit freundlicher Unterstützung der Schlafgut GmbH.\n\nGut "
     "schlafen trotz Hitze: 6 Tipps für tropische Sommernächte", "de", "disclosure.statement",
     "entstand mit freundlicher Unterstützung"),
    # a deal site that "verdient mogelijk een commissie" (basil)
    ("Stofzuiger van €249 nu €179 bij Huishoudhal. Koopjeskoning verdient mogelijk een commissie "
     "als je via onze links iets koopt.", "nl", "disclosure.statement",
     "verdient mogelijk een commissie"),
    ("Al mijn hardloopspullen op een rij 👟 via deze links verdien ik een kleine commissie",
     "nl", "disclosure.statement", "verdien ik een kleine commissie"),
    # a "PAID POST" header for a university's ad, above its marketing team's note (lavender)
    ("PAID POST — Northfield University Online\n\n4 signs you're ready to study again\n\nThis "
     "content was created by Northfield University Online's marketing team. Our editorial staff "
     "was not involved.", "us", "disclosure.label", "PAID POST"),
])
def test_labels_and_statements_fed_back_with_their_evidence(
        text: str, jurisdiction: str, rule: str, evidence: str) -> None:
    # a label with its reason ("wegen Kooperation"), a commission said casually or hedged
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.disclosed, verdict.signals
    assert (rule, evidence) in signal_pairs(verdict)


def test_werbung_because_a_brand_is_named_stays_unpaid() -> None:
    text = "Werbung wegen Markennennung\n\nMein Lieblingsmantel"
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.disclosed) == ("organic", False)
    assert ("guard.unpaid", "Werbung wegen Markennennung") in signal_pairs(verdict)


def test_a_label_before_an_emoji_opens_the_post() -> None:
    text = "Publicité 📣 Le brunch du dimanche 🥐 Grâce à @fournildesamis je reçois mes croissants"
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.disclosed
    assert ("disclosure.label", "Publicité") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "label"),
    [
        ("Entgeltliche Einschaltung  Warum immer mehr Oberösterreicher auf Pellets umsteigen.",
         "de", "Entgeltliche Einschaltung"),
        ("PROMOTED CONTENT | In association with Northway Solar  Why homeowners cut their bills",
         "uk", "PROMOTED CONTENT"),
    ],
)
def test_advertorial_header_labels(text: str, jurisdiction: str, label: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.disclosed
    assert label in {s.text for s in verdict.signals if s.family == "disclosure"}


def test_a_label_with_its_reason_opens_the_post() -> None:
    text = "*werbung weil bezahlt 💸 aber ich nutz die app echt schon seit letztem jahr"
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert verdict.disclosed
    assert ("disclosure.label", "werbung") in signal_pairs(verdict)


def test_a_collaboration_inside_a_sentence_is_no_label() -> None:
    """Only a header line "In Zusammenarbeit mit <name>" names an advertiser (erica)."""
    verdict = analyze(Post("Das Fest wurde in Zusammenarbeit mit Kollegen aus Kiel organisiert "
                           "und war ein voller Erfolg.", platform="blog"), "de")
    assert verdict.verdict == "organic"
    assert signal_pairs(verdict) == {("commercial.partnership", "in Zusammenarbeit mit")}


def test_a_dress_code_after_a_colon_is_no_discount_code() -> None:
    verdict = analyze(Post("The dress code for tonight: RSVP by Friday", platform="instagram"),
                      "us")
    assert (verdict.verdict, verdict.signals) == ("organic", ())


def test_a_dead_giveaway_is_no_contest() -> None:
    """"Giveaway" as a tell is no prize draw (gardenia)."""
    verdict = analyze(Post("Honestly the price tag was a dead giveaway, this dupe is nothing like "
                           "the real thing.", platform="web"), "us")
    assert (verdict.verdict, verdict.signals) == ("organic", ())


def test_a_committee_is_no_commission() -> None:
    """Dutch "commissie" is also a committee: only a verb of earning makes it a disclosure."""
    verdict = analyze(Post("Volgende week stelt de gemeente een commissie in die de plannen "
                           "voor het stadspark beoordeelt.", platform="web"), "nl")
    assert (verdict.verdict, verdict.signals) == ("organic", ())


@pytest.mark.parametrize(("text", "jurisdiction", "verdict", "evidence"), [
    ("🔥 Le casque Varlo passe à 59,99€ 👉 https://amzn.to/4Bq9XyZ #liensaffiliés #bonplan", "fr",
     "unclear_disclosure", ("disclosure.hashtag", "#liensaffiliés")),
    ("Meine Lieblingspfanne gibt's gerade günstiger 👉 https://amzn.to/3PfnQ2a #provisionslink",
     "de", "unclear_disclosure", ("disclosure.hashtag", "#provisionslink")),
    ("My whole desk setup is here 👉 https://shopmy.us/collections/77123 — these are commission "
     "links, so I get a small kickback if you buy", "us", "disclosed",
     ("disclosure.statement", "commission links")),
])
def test_affiliate_tags_and_commission_links_disclose_a_link(
        text: str, jurisdiction: str, verdict: str, evidence: tuple[str, str]) -> None:
    """Quillwort: "#lienaffilié" and "#provisionslink" beside a link, and "commission links …
    a little kickback", say that the link pays (France accepts only « publicité » or
    « collaboration commerciale » and Germany wants "Werbung" or "Anzeige", so there the tags
    are unclear disclosures)."""
    found = analyze(Post(text, platform="instagram"), jurisdiction)
    assert (found.verdict, found.commercial, found.disclosed) == (verdict, True, True)
    assert evidence in signal_pairs(found)


def test_a_paid_contribution_closing_an_article_discloses_it() -> None:
    """Valerian: "Dit is een betaalde bijdrage van Tuincentrum Groenrijk." under a blog article."""
    text = ("5 tips voor kruiden op je balkon 🌱\n\nBegin met goede potgrond (ik gebruik die van "
            "Groenveld) en kies bakken met een waterreservoir.\n\nAlle producten vind je bij "
            "Tuincentrum Groenveld.\n\n---\nDit is een betaalde bijdrage van Tuincentrum "
            "Groenveld.")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert any(s.family == "disclosure" and s.text == "betaalde bijdrage"
               for s in verdict.signals), verdict.signals


def test_a_bare_code_between_saving_and_its_percentage_is_a_code() -> None:
    """Xanthium: "bei Kochwerk Berlin spart ihr mit LENA10 nochmal 10%": the saving verb and
    its percentage with the code (and "nochmal") between them."""
    text = ("Meine liebsten Küchenhelfer 🍳\n1️⃣ Gusseisenpfanne\n2️⃣ Gemüsehobel\n\nAlles verlinkt "
            "in meinem Highlight „Küche“ 🔗 und bei Kochwerk Berlin spart ihr mit LENA10 nochmal "
            "10% 🙌\n\n#küche #kochen")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert ("commercial.discount_code", "LENA10") in signal_pairs(verdict)


def test_a_capitals_word_that_gets_you_a_discount_is_a_code() -> None:
    """Amaranth: "BREWSAM gets u 25% off if ur curious" names a code of letters only by the
    discount it gives; "OMG this gets u 25% off" names none."""
    text = ("not to be dramatic but @Brewvana cold brew pods have carried me through this week ☕️ "
            "the vanilla oat one is elite. BREWSAM gets u 25% off if ur curious")
    verdict = analyze(Post(text, platform="x"), "us")
    assert (verdict.verdict, verdict.commercial) == ("undisclosed", True), verdict.signals
    assert ("commercial.discount_code", "BREWSAM") in signal_pairs(verdict)
    assert not analyze(Post("OMG this gets u 25% off", platform="x"), "us").commercial


@pytest.mark.parametrize(("text", "jurisdiction", "label"), [
    ("on m'a envoyé le nouveau fer à lisser de @Kerastella sans rien me demander donc je le "
     "teste en vrai (cadeau, pas payée pour en parler) 👀 #hairtok", "fr", "cadeau"),
    ("Nieuwe wandelschoenen getest op de Veluwe (gekregen, niet betaald) 🥾 @trailmaker.nl",
     "nl", "gekregen"),
])
def test_a_label_opening_a_short_bracketed_aside_is_a_label(
        text: str, jurisdiction: str, label: str) -> None:
    """Elderflower (fed back in 2026.12.105): "(cadeau, pas payée …)" marks the gift in
    brackets, as "(gifted)" does."""
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert ("disclosure.label", label) in signal_pairs(verdict)


def test_a_present_in_brackets_is_no_label() -> None:
    verdict = analyze(Post("Le plus beau des pulls (cadeau de Noël de ma sœur) ❄️",
                           platform="instagram"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert "disclosure.label" not in {rule for rule, _ in signal_pairs(verdict)}


def test_shop_the_product_at_its_address_under_an_offer_closes_a_pitch() -> None:
    """Fennel (fed back in 2026.12.106): a review-styled article closing on "$300 off … ends
    Sunday" and "Shop the Drift Hybrid at somnara.com"."""
    text = ("Is This the Most Comfortable Mattress of 2024? We Put It to the Test\n\n"
            + "After weeks of testing, the Drift Hybrid from Somnara stood out for its pressure "
              "relief and cooling. " * 4
            + "\n\nRight now Somnara is offering $300 off plus two free pillows, but the offer "
              "ends Sunday.\n\nShop the Drift Hybrid at somnara.com")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.advertorial", "Shop the Drift Hybrid at somnara.com") in signal_pairs(
        verdict)


def test_a_complimentary_stay_provided_discloses_a_gift_despite_not_paid() -> None:
    """Galangal (fed back in 2026.12.107)."""
    text = ("48 hours at The Larchmere, a treehouse hotel 🌲\n\nDisclosure: The Larchmere "
            "provided a complimentary two-night stay for the purpose of this video. I was not "
            "paid and all opinions are my own.")
    verdict = analyze(Post(text, platform="youtube"), "uk")
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert ("disclosure.statement", "provided a complimentary") in signal_pairs(verdict)


def test_a_commission_received_only_sometimes_is_a_disclosure() -> None:
    """Thyme (fed back in 2026.12.119): a comparison site's "Transparantie: … Als je via een
    link op deze pagina een matras koopt, ontvangen wij soms een commissie van de winkel." above
    its Skimlinks buttons."""
    text = ("Beste matras van 2025\n\nTransparantie: SlaapWijzer.nl is gratis te lezen. Als je "
            "via een link op deze pagina een matras koopt, ontvangen wij soms een commissie van "
            "de winkel.\n\nOnze winnaar: Dromenland Hybrid 2.0 [Bekijk prijs]")
    links = ("https://go.skimresources.com/?id=148273X1593842&url=https%3A%2F%2Fwww.dromenland.nl",)
    verdict = analyze(Post(text, platform="web", links=links), "nl")
    assert verdict.verdict == "disclosed", verdict.signals
    assert ("disclosure.statement", "ontvangen wij soms een commissie") in signal_pairs(verdict)


def test_a_gifted_meal_in_an_aside_is_a_disclosure() -> None:
    """Thyme (fed back in 2026.12.119): "(invite / gifted meal, opinions 100% mine as
    always)" under a tasting menu."""
    text = ("we were invited to try the new autumn tasting menu at @saltandember.bristol last "
            "night 🍂 (invite / gifted meal, opinions 100% mine as always)")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.disclosed, verdict.signals
    assert ("disclosure.statement", "gifted meal") in signal_pairs(verdict)


def test_an_early_copy_of_a_book_is_a_gift_not_a_disclosure() -> None:
    """Thyme (fed back in 2026.12.119): "I was lucky enough to get my hands on an early copy …
    Out 14 March from Harrow & Finch", with no word that it came free."""
    text = ("Review: 'The Salt Orchard' by Imogen Vale\n\nI was lucky enough to get my hands on "
            "an early copy of this one. If you loved slow family dramas, pre-order this now. "
            "Out 14 March from Harrow & Finch.")
    verdict = analyze(Post(text, platform="blog"), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "an early copy") in signal_pairs(verdict)


def test_a_long_capitals_code_right_before_a_percentage_is_a_code() -> None:
    """Thyme (fed back in 2026.12.119): "gibt's ab heute bei Rewe & online mit VOLTAXJONAS 10%
    🔗" under an energy drink's launch."""
    text = ("ok ich muss euch was zeigen 😳 VOLTA hat jetzt Maracuja-Limette 💀⚡ gibt's ab heute "
            "bei Rewe & online mit VOLTAXJONAS 10% 🔗 #volta #energydrink")
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.discount_code", "VOLTAXJONAS") in signal_pairs(verdict)


def test_a_loyalty_scheme_before_a_percentage_is_no_code() -> None:
    verdict = analyze(Post("Heute im Markt mit PAYBACK 10% extra Punkte gesammelt 🛒",
                           platform="instagram"), "de")
    assert "commercial.discount_code" not in {s.rule for s in verdict.signals}, verdict.signals


def test_we_receive_a_small_fee_is_a_disclosure() -> None:
    """Ugni (fed back in 2026.12.120): a deal group's "ℹ️ Wij ontvangen een kleine vergoeding
    als je via onze links bestelt" under an Awin link."""
    text = ("💥 DEALTJE VAN DE DAG 💥\nBij Kinderkast.nl nu 3 halen = 2 betalen op alle "
            "pyjama's!\n\n👉 https://www.awin1.com/cread.php?awinmid=19274&awinaffid=882103\n\n"
            "ℹ️ Wij ontvangen "
            "een kleine vergoeding als je via onze links bestelt.")
    verdict = analyze(Post(text, platform="facebook"), "nl")
    assert verdict.verdict == "disclosed", verdict.signals
    assert ("disclosure.statement", "Wij ontvangen een kleine vergoeding") in signal_pairs(verdict)


def test_a_small_commission_received_in_french_is_a_disclosure() -> None:
    """Vervain (fed back in 2026.12.121): a deals group's "(lien partenaire : je perçois une
    petite commission si vous commandez …)" under an Awin link."""
    text = ("🚨 CODE PROMO 🚨 -20% sur tout le site Velvine avec le code HIVER20 !!\n\n👉 "
            "https://www.awin1.com/cread.php?awinmid=28471&awinaffid=902114\n\n(lien partenaire : "
            "je perçois une petite commission si vous commandez)")
    verdict = analyze(Post(text, platform="facebook"), "fr")
    assert verdict.disclosed, verdict.signals
    assert ("disclosure.statement", "je perçois une petite commission") in signal_pairs(verdict)


def test_a_how_we_make_money_page_that_refuses_paid_reviews_is_a_policy() -> None:
    """Vervain (fed back in 2026.12.121): "Hoe verdient Stofzuigertest.nl geld? … Geen betaalde
    reviews: fabrikanten kunnen geen plek in onze ranglijst kopen"."""
    text = ("Hoe verdient Stofzuigertest.nl geld?\n\nGoede vraag! Dit betalen we als volgt:\n\n1. "
            "Affiliate links: bij sommige producten staat een knop 'Bekijk prijs'. Koop je via die "
            "knop, dan krijgen wij een kleine vergoeding van de winkel.\n2. Geen betaalde reviews: "
            "fabrikanten kunnen geen plek in onze ranglijst kopen.")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_a_sponsored_post_with_an_abbreviated_with_is_a_label() -> None:
    """Wormwood (fed back in 2026.12.122): "Sponsored post w/ @FernbankMoney: I finally opened a
    proper rainy-day pot …"."""
    text = ("Sponsored post w/ @FernbankMoney: I finally opened a proper rainy-day pot. 4.1% easy "
            "access, took 6 mins on the app. Details 👇 fernbank.co.uk/pots")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert verdict.verdict == "disclosed", verdict.signals
    assert ("disclosure.label", "Sponsored post") in signal_pairs(verdict)


def test_a_podcasts_advertising_page_is_a_policy() -> None:
    """Wormwood (fed back in 2026.12.122): "Der Podcast … wird durch Werbung finanziert.
    Werbespots … sind klar vom redaktionellen Inhalt getrennt."."""
    text = ("Werbepartner\n\nDer Podcast „Zwei Tassen Zukunft\" ist kostenlos und wird durch "
            "Werbung finanziert. Werbespots werden von uns in jeder Folge angekündigt („Dieser "
            "Podcast wird unterstützt von …\") und sind klar vom redaktionellen Inhalt getrennt.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_a_hint_word_on_its_own_line_tells_no_more_than_the_hint_tag() -> None:
    # "✨collab✨" under a paid skincare push with a code (ylang): unclear, and not a disclosure
    text = ("glass skin in 3 steps 💧 alles von @sonnhaut.skincare, meine haut war noch nie so "
            "ruhig 🥹 link in bio, code MIA20 spart euch 20%\n\n✨collab✨\n\n#skincareroutine "
            "#glassskin #hautpflege")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "unclear_disclosure"
    assert verdict.commercial and not verdict.disclosed
    assert ("disclosure.label_unclear", "collab") in signal_pairs(verdict)
    assert ("commercial.discount_code", "code MIA20") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        # the payer between the auxiliary and the participle, the sentence going on after a
        # dash (zizia)
        ("Dieses Video wird von Funkwerk Mobil gesponsert – danke für die Unterstützung!\n\n"
         "00:00 Intro", "de", ("disclosure.label", "gesponsert")),
        ("Deze video wordt mede door Fietsplan gesponsord — dank jullie wel!", "nl",
         ("disclosure.label", "gesponsord")),
    ],
)
def test_a_passive_sponsor_sentence_about_this_video_discloses(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.commercial and verdict.disclosed
    assert evidence in signal_pairs(verdict)


def test_this_video_sponsored_by_nobody_stays_denied() -> None:
    verdict = analyze(Post("Dieses Video wird von niemandem gesponsert – alles selbst gekauft.",
                           platform="youtube"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.negation", "von niemandem gesponsert") in signal_pairs(verdict)


def test_a_newsletters_we_earn_a_commission_sentence_is_read() -> None:
    # "(Les liens marqués * sont affiliés : on touche une commission si vous achetez …)" (dittany)
    text = ("La Bonne Affaire n°12\n(Les liens marqués * sont affiliés : on touche une commission "
            "si vous achetez.)\nSac à dos Trekko — 39,90 €* https://go.skimlinks.com/?id=1X2&u=x")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.commercial
    assert ("disclosure.statement", "on touche une commission") in signal_pairs(verdict)
