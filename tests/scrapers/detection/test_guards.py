"""Guards: negation, unpaid mentions, self-bought, quotations, meta-discussion, policy pages."""

from __future__ import annotations

import random

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.detection.document import read_document
from scrapers.detection.guards import about_advertising, example_word_before, policy_page
from scrapers.detection.guards.examples import EXAMPLE_ADJACENT_WINDOW
from scrapers.detection.lexicon import load_lexicon
from scrapers.models import Post, Verdict


@pytest.mark.parametrize(
    ("text", "guard"),
    [
        ("Niet gesponsord, gewoon zelf gekocht!", "guard.negation"),
        ("Dit is geen advertentie, ik vind het gewoon mooi", "guard.negation"),
        ("Not sponsored, I just love this serum", "guard.negation"),
        ("This is not an ad, just a recommendation", "guard.negation"),
        ("Nicht gesponsert, einfach ein toller Laden", "guard.negation"),
        ("Werbung (unbezahlt) | Mein Lieblingsbuch", "guard.unpaid"),
        ("Unbezahlte Werbung: mein Lieblingscafé", "guard.unpaid"),
        ("Non sponsorisé, j'adore ce café", "guard.negation"),
        ("Selbst gekauft und für gut befunden", "guard.self_bought"),
        ("Zelf gekocht bij de Hema", "guard.self_bought"),
    ],
)
def test_guards_keep_posts_organic(text: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="instagram"))
    assert verdict.verdict == "organic"
    assert guard in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    "text",
    [
        "Mijn oma appte: 'Je moet wel #ad erbij zetten hoor!' 😂",
        "My mum texted me: 'you have to put #ad on it or you'll get fined!'",
        "Influencers moeten #ad of #spon gebruiken volgens de Reclamecode",
        "De Reclame Code Commissie deed een uitspraak over influencers die #ad verstoppen",
        "Use labels such as #ad or #sponsored, says the FTC",
    ],
)
def test_labels_quoted_or_discussed_are_not_disclosures(text: str) -> None:
    verdict = analyze(Post(text, platform="instagram"))
    assert verdict.verdict == "organic"
    assert not verdict.disclosed


def test_about_advertising_needs_several_distinct_words() -> None:
    assert about_advertising(read_document("Zo blij met mijn merken #adv")) is None
    meta = about_advertising(read_document("De FTC en de Reclamecode over sluikreclame"))
    assert meta is not None and "reclamecode" in meta.detail


def test_policy_page_but_not_a_post_that_links_to_it() -> None:
    page = "Disclosure policy: this website may contain affiliate links. See our privacy policy."
    post = "This post contains affiliate links; see my disclosure policy on this website."
    assert policy_page(read_document(page)) is not None
    assert policy_page(read_document(post)) is None
    assert analyze(Post(post, platform="blog")).disclosed


def test_negation_does_not_cancel_a_separate_affiliate_disclosure() -> None:
    text = "Some links may be affiliate links | This video is not sponsored. https://amzn.to/3ab"
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed and verdict.commercial


def test_article_statements_need_a_first_person_or_the_article_itself() -> None:
    filler = "Die Stadt plant neue Radwege und mehr Grün in der Innenstadt. " * 30
    editorial = filler + "Das Foto wurde vom Pressebüro zur Verfügung gestellt."
    review = filler + "Das Rad wurde mir kostenlos zur Verfügung gestellt."
    assert analyze(Post(editorial, platform="web")).verdict == "organic"
    assert analyze(Post(review, platform="web")).disclosed


def test_an_inline_ad_slot_in_an_article_is_not_its_label() -> None:
    text = ("Nieuwe fietspaden in de stad. " * 20 + "\nANZEIGE\n" + "De gemeente investeert. " * 40)
    assert analyze(Post(text, platform="web")).verdict == "organic"


EXAMPLE_PIECES = ["met", "MET", "Or", "oder", "the hashtag", "the  hashtag", "woord", "use",
                  "ou", "x", "_", "1", "#ad", "#spon", " ", "  ", "\t", "\n", '"', "'", "“", "«",
                  "„", "‘", "’", "\u00a0", "😍", "é", "ı", "İ", "Ö", "zet'", "(met", "metro"]


def test_example_word_before_answers_as_the_example_adjacent_pattern() -> None:
    """The reversed anchored match must agree with the plain pattern everywhere (fuzzed)."""
    rng = random.Random(20261122)
    agreed = []
    for _ in range(3000):
        text = "".join(rng.choice(EXAMPLE_PIECES) + rng.choice(["", " "])
                       for _ in range(rng.randint(1, 10)))
        doc = read_document(text)
        for start in range(len(doc.text) + 1):
            expected = doc.lexicon.example_adjacent.search(
                doc.text, max(0, start - 24), start) is not None
            assert example_word_before(doc, start) == expected, (doc.text, start)
            agreed.append(expected)
    assert any(agreed) and not all(agreed)


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


def test_weak_hints_far_apart_on_a_long_page_do_not_add_up() -> None:
    filler = "Die Woche in der Politik war wieder lang und voller Debatten. " * 50
    remarks = ("Eine Verlosung beim Sommerfest.", "Das Buch kann man hier bestellen.",
               "Die Aufkleber kann man hier bestellen.")
    page = f" {filler} ".join(remarks)
    verdict = analyze(Post(page, platform="web"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.scattered", "Verlosung") in signal_pairs(verdict)
    close = analyze(Post(" ".join(remarks) + f" {filler}", platform="web"), "de")
    assert close.commercial and not close.disclosed
    assert "guard.scattered" not in {s.rule for s in close.signals}


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


def test_an_email_address_is_not_a_tagged_giveaway_sponsor() -> None:
    mail = analyze(Post("Verlosung unter allen Einsendungen an redaktion@example.org", "x"), "de")
    tagged = analyze(Post("Verlosung mit @buchladen: zwei Bücher zu gewinnen", "x"), "de")
    def giveaway_weight(verdict: Verdict) -> float:
        return max(s.weight for s in verdict.signals if s.rule == "commercial.giveaway")
    assert giveaway_weight(mail) < 1.0 and not mail.commercial
    assert tagged.commercial and giveaway_weight(tagged) >= 1.0


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


def test_but_ends_a_denial() -> None:
    text = "Cet article n'est pas sponsorisé, mais le séjour m'a été offert par le domaine."
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "m'a été offert") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "label"),
    [
        ("code LOTTE20 = 20% op je eerste box bij @smaakpost #foodtok #fyp #voorjou #ad #recept",
         "nl", "#ad"),
        ("Rabatt mit JULE15 bei @formfit.wear #gymtok #fyp #foryou #werbung #leggings", "de",
         "#werbung"),
    ],
)
def test_a_hashtag_ending_in_ou_is_no_choice_between_labels(
        text: str, jurisdiction: str, label: str) -> None:
    """'#voorjou #ad' once read as '#voorj' + 'ou' ("or") + '#ad', a quoted alternative."""
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.disclosed
    assert ("disclosure.hashtag", label) in signal_pairs(verdict)
    assert "guard.example" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "quoted"),
    [
        ("Mijn oma las hardop een post voor: 'Betaald partnerschap met Zonnekracht — gebruik "
         "code ZOMER20 voor 20% korting!' en vroeg of ze die code nu móést gebruiken 😂", "nl",
         "code ZOMER20"),
        ("Ma grand-mère m'a montré une pub : « Partenariat rémunéré avec Jouvencia – -50 % avec "
         "le code JEUNE50, il ne reste que 3 pots !! » Mamie non. 😭", "fr", "code JEUNE50"),
    ],
)
def test_a_quoted_ad_with_a_code_is_a_quotation(text: str, jurisdiction: str,
                                                 quoted: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic"
    assert ("guard.example", quoted) in signal_pairs(verdict)


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


def test_support_the_channel_speaks_of_the_text_itself_in_a_meta_video() -> None:
    text = ("The truth about influencer marketing and affiliate marketing: brands, creators and "
            "the FTC rules explained.\nSUPPORT THE CHANNEL VIA THE AMAZON SHOPPING LINK below\n"
            "Thanks for watching!")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed
    assert "guard.about_advertising" in {s.rule for s in verdict.signals}
    assert "SUPPORT THE CHANNEL" in {s.text for s in verdict.signals if s.family == "disclosure"}


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("me adding #ad to a post about my own cat because I'm scared of the FTC 😭 #ad #cat "
         "#notactuallyanad", "us"),
        ("moi qui mets #publicité sous la photo de mon chat 😂 #publicité #chat #parodie", "fr"),
        ("ich schreibe jetzt auch unter mein Frühstück 'Werbung' 🍞 #werbung #satire", "de"),
    ],
)
def test_a_parody_label_is_no_disclosure(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic"
    assert "guard.satire" in {s.rule for s in verdict.signals}


def test_a_parody_tag_does_not_hide_real_commerce() -> None:
    text = "#ad #parody my sponsor made me do it: code JOKE20 for 20% off at @laughco"
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.commercial and verdict.disclosed


def test_a_word_built_on_a_label_is_no_label() -> None:
    verdict = analyze(Post("Column: Ik ben het #ad-moe. Niet omdat ik tegen reclame ben.",
                           platform="blog"), "nl")
    assert verdict.verdict == "organic"


def test_a_patreon_link_after_support_the_channel() -> None:
    text = ("Week 3 of learning the cello 🎻 If you want to support the channel: "
            "https://www.patreon.com/latebloomermusic  0:00 warmup")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "organic"
    assert "guard.own_funding" in {s.rule for s in verdict.signals}


def test_a_label_before_an_emoji_opens_the_post() -> None:
    text = "Publicité 📣 Le brunch du dimanche 🥐 Grâce à @fournildesamis je reçois mes croissants"
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.disclosed
    assert ("disclosure.label", "Publicité") in signal_pairs(verdict)


def test_a_native_ad_link_is_a_paid_placement() -> None:
    text = ("5 reasons homeowners are ditching their gas furnace. MetroBuzz readers can book a "
            "free assessment at https://www.summitairheat.com/denver?utm_source=metrobuzz"
            "&utm_medium=native&utm_campaign=winter24")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.sponsor_link", "paid placement") in {
        (s.rule, s.detail) for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("#stitch met een influencer die 'Betaalde samenwerking met Glowvit' gummies verkoopt 🙄 "
         "Als apotheker: nee. En 'code GLOW20' maakt het niet waarder. #apotheker #factcheck",
         "nl", "guard.example"),
        ("„Seit ich @traumwolke schlafe, bin ich ein neuer Mensch 😴 Code TRAUM20 #werbung\"  Sagt "
         "die Frau, die um 3 Uhr nachts noch Stories postet 😂", "de", "guard.example"),
        ("\"this protein powder changed my LIFE 😍 use code GAINZ for 20% off #ad\"  my guy you "
         "have been sponsored by 6 different protein powders this year", "us", "guard.example"),
        ("Kolumne: #sponsored, #spon, #partner – das große Etiketten-Chaos. Nur 21 von 50 Posts "
         "mit Rabattcodes („Code MAMALENA15!\") waren mit „Werbung\" markiert.", "de",
         "guard.about_advertising"),
        ("Reclame Code Commissie: influencer moet '#ad' duidelijker vermelden. Ook de kortingscode "
         "'LOTTE20' werd genoemd zonder dat duidelijk was dat het om betaalde content ging.",
         "nl", "guard.about_advertising"),
    ],
)
def test_answers_quotes_and_reports_keep_others_codes_and_labels_aside(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


def test_no_affiliate_link_in_french_is_a_denial() -> None:
    text = ("Cette vidéo n'est PAS sponsorisée. J'ai acheté les deux téléphones avec mon argent et "
            "il n'y a aucun lien affilié dans la description.")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic"
    assert "disclosure.statement" not in {s.rule for s in verdict.signals}


def test_a_bulleted_transparency_page_is_policy() -> None:
    text = ("Transparenz & Werbekennzeichnung  Auf familienrad.de gibt es Werbung, und wir sagen "
            "dir immer, wo: • Bezahlte Beiträge sind oben mit „Anzeige\" gekennzeichnet. "
            "• Affiliate-Links markieren wir mit einem Sternchen (*). Kaufst du darüber, "
            "bekommen wir eine Provision. • Testprodukte, die wir kostenlos bekommen, nennen "
            "wir im Artikel.")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_a_news_clip_citing_a_survey_is_not_about_advertising() -> None:
    text = ("Republicans hold an advantage in voter engagement, according to a new national survey "
            "by the Pew Research Center.\nAMAZON LINK: (Bookmark this link to support the show "
            "for free!!!)")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert "guard.about_advertising" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Mensen vragen of ik betaald word door Albert Heijn 😂 nee hoor. Zodra iets reclame is "
         "zet ik er #adv bij, beloofd. #boodschappenhaul", "nl"),
        ("y'all keep asking if Trader Joe's pays me 😭 no. if it's ever an ad you'll see #ad in "
         "the caption and the paid partnership tag I promise #groceryhaul", "us"),
        ("Kees | DIY & klussen 🔨 📩 samenwerking: kees@klusmetkees.nl Reclame = altijd #adv, "
         "eigen aankopen = geen label", "nl"),
        ("ASA ruling: the post used '#spon' at the end of 30 hashtags alongside the discount code "
         "GLOW20. The Advertising Standards Authority said labels such as '#ad' must be upfront.",
         "uk"),
    ],
)
def test_promises_bios_and_rulings_are_no_disclosure_of_this_post(
        text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert {s.rule for s in verdict.signals} & {"guard.example", "guard.policy_page",
                                                "guard.about_advertising"}


def test_an_if_sentence_about_this_posts_link_still_discloses() -> None:
    text = ("Norton Security review\nAFFILIATE DISCLAIMER:\nIf you use the Amazon link above to "
            "purchase Norton Security, I may earn a commission as an Amazon affiliate.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed


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
        ("Noor | 24 | Rotterdam 🌷 betaalde samenwerkingen = #adv · gekregen = #gekregen · "
         "zakelijk: noor@vintagenoor.nl", "nl"),
        ("Inès 🌸 | Bruxelles | pubs = #collaborationcommerciale · cadeaux = #produitoffert | ✉️ "
         "ines.pro@gmail.com", "fr"),
    ],
)
def test_a_bio_key_of_labels_is_no_disclosure(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic"
    assert "guard.example" in {s.rule for s in verdict.signals}


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


def test_a_label_discussed_in_a_headline_is_no_header_label() -> None:
    text = ("Umfrage: Viele Teenager halten #sponsored für ein Kompliment\n\nIn einer Befragung "
            "von 1.200 Jugendlichen erkannte nur jede dritte Influencerin-Story mit dem Hinweis "
            "als Werbung. Die Medienanstalten wollen nun aufklären.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic"
    assert "guard.about_advertising" in {s.rule for s in verdict.signals}


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


def test_hidden_ad_explainers_and_asked_if_questions_are_no_disclosure() -> None:
    explainer = analyze(Post("Zo herken je verborgen reclame bij influencers 👀 1) een code "
                             "zonder #ad 2) 'link in bio' 3) overal dezelfde lipgloss #ad #spon",
                             platform="tiktok"))
    assert explainer.verdict == "organic"
    assert "guard.about_advertising" in {s.rule for s in explainer.signals}
    asked = analyze(Post("people keep asking if this is an ad. it's not, I bought it myself "
                         "#notsponsored", platform="tiktok"), "us")
    assert asked.verdict == "organic"
    assert ("guard.example", "this is an ad") in signal_pairs(asked)


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Mini-thread for new creators: '#spon' and '#collab' alone don't cut it, use #ad or "
         "'Paid partnership'. Affiliate links also need a note right next to them.", "us"),
        ("Uitleg voor mijn leerlingen: #ad betekent dat de maker betaald is. 'Gekregen' "
         "betekent gratis opgestuurd. Zo simpel is het.", "nl"),
        ("Wusstet ihr das? Seit der UWG-Reform braucht ihr für Selbstgekauftes keine "
         "Kennzeichnung mehr. Affiliate-Links aber schon! #medienkompetenz #influencermarketing",
         "de"),
        ("Petit rappel : le Jury d'Éthique Publicitaire veut #pub ou « publicité » dès qu'une "
         "influenceuse reçoit quelque chose (pas sponsorisée, hein) #influence #pub", "be"),
    ],
)
def test_texts_that_explain_labels_are_no_disclosure(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert {s.rule for s in verdict.signals} & {"guard.example", "guard.about_advertising"}


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


def test_a_denial_in_brackets_does_not_reach_a_later_label() -> None:
    text = "De 10 beste draagzakken (en wat je echt niet nodig hebt) – bevat affiliatelinks"
    verdict = analyze(Post(text, platform="pinterest",
                           links=("https://partner.bol.com/click/click?p=1&s=123&url=x",)), "nl")
    assert verdict.verdict == "disclosed"
    assert ("disclosure.statement", "bevat affiliatelinks") in signal_pairs(verdict)


def test_a_question_about_which_label_to_use_is_no_label() -> None:
    text = ("Vraagje: een merk biedt me een gratis buggy aan als ik erover post. Moet ik dan "
            "#reclame erbij zetten of alleen als ik betaald word?")
    verdict = analyze(Post(text, platform="facebook"))
    assert verdict.verdict == "organic"
    assert ("guard.example", "#reclame") in signal_pairs(verdict)


def test_an_about_page_that_says_how_it_labels_is_standing_policy() -> None:
    text = ("About us\nWe cook on a budget. Every paid post on this page starts with \"AD\". If a "
            "post has affiliate links, we tell you.\nBrand enquiries: hello@forks.example")
    verdict = analyze(Post(text, platform="facebook"), "us")
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_a_quality_label_is_no_labelling_policy() -> None:
    text = ("Contenu sponsorisé — Article rédigé en partenariat avec la Meunerie Dorée\n\nFarines "
            "Label Rouge : trois boulangers témoignent. Le label garantit des blés sans "
            "insecticide. Le label est contrôlé chaque année.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.disclosed
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("NOT sponsored (sadly) but Birchwood has 25% off everything with SPRING25 today, that's "
         "their public code, not mine, I get nothing #notsponsored", "us"),
        ("🌿 plant dad | Leeds / work: hi@ferns.example / #ad = paid, #gifted = free stuff", "uk"),
        ("SPONSORS / Gesponsorde streams hebben altijd [AD] in de titel. Geen gokken, geen crypto. "
         "Mail: zakelijk@voorbeeld.nl", "nl"),
        ("Caption cheat sheet for clients:\n❌ \"Thanks @brand for the goodies!\"\n❌ \"#sp "
         "#collab\"\n❌ \"Link in bio 😘\" with no word about commission\n✅ \"#ad Paid "
         "partnership with Brand\"", "us"),
    ],
)
def test_public_codes_bio_legends_panels_and_cheat_sheets_stay_organic(
        text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert {s.rule for s in verdict.signals} & {"guard.negation", "guard.example",
                                                "guard.policy_page"}


def test_a_negation_in_another_clause_does_not_cancel_a_hashtag() -> None:
    text = "week 6 with the @lumo.skin balm and I'm not going back #sponsored #skintok"
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.disclosed
    assert ("disclosure.hashtag", "#sponsored") in signal_pairs(verdict)


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


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        # a creator's standing rule: "occasionally partner" + "are marked with [aff]"
        ("About Fern Finance\nSponsorships: I occasionally partner with banks. Any sponsored "
         "segment is said out loud. Affiliate links in descriptions are marked with [aff].",
         "us", "guard.policy_page"),
        ("À propos\nPartenariats : il m'arrive de collaborer avec des banques. Les liens affiliés "
         "sont signalés par [aff].", "fr", "guard.policy_page"),
        # labels talked about: "#ad labels", "#Werbung oder nicht?", "the branded content box"
        ("Ep 12 – Are #ad labels enough? We ask a former compliance officer.", "us",
         "guard.example"),
        ("Folge 58: #Werbung oder nicht? Eine Medienrechtlerin über Kennzeichnungspflichten",
         "de", "guard.example"),
        # advertising as the post's topic: "#copywriting #marketing #publicité"
        ("« Votre chien ne lit pas les étiquettes. Vous, si. » 7 mots, une accroche parfaite.\n"
         "#copywriting #marketing #publicité", "fr", "guard.example"),
        # someone else's ad quoted over several lines
        ('PSA: my aunt shared this:\n"Sponsored · HeritageHealth\nDoctors HATE this trick!"\n'
         "It's a scam.", "us", "guard.example"),
        # a public code in a post that denies being an ad, the denial far from the code
        ("Info pour le groupe : Zoomarket fait -20 % ce week-end avec le code PRINTEMPS20 "
         "(affiché en caisse, valable pour tout le monde). Je précise vu les messages reçus la "
         "dernière fois : je ne suis PAS sponsorisée, j'y fais juste mes courses.", "fr",
         "guard.negation"),
        # "Nobody sent me this"
        ("Not an ad. Nobody sent me this. I paid £11.99 for it at the supermarket.", "us",
         "guard.negation"),
    ],
)
def test_standing_rules_labels_discussed_quotes_and_denials_stay_organic(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


def test_a_template_link_in_a_forum_answer_is_no_affiliate_link() -> None:
    text = ("Re: Ja, dat is een affiliate-tag: amazon.nl/dp/B0XXXXXXX?tag=dealsite-21. "
            "Officieel moet dat vermeld worden volgens de ACM.")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert not verdict.commercial
    assert "commercial.affiliate_link" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard", "set_aside"),
    [
        # house rules name what they ban
        ("📌 GROUP RULES 📌\n1. Be kind.\n2. No self-promotion. Affiliate links, referral codes "
         "and 'DM me for a discount' comments will be removed.\n3. Shops may post offers on "
         "Fridays only, and the post must start with [AD].", "us", "guard.example",
         "Affiliate links"),
        # "#ad or something": a label wondered about
        ("Er staat nergens bij dat het reclame is. Mag dat? Ik dacht dat ze #ad of zoiets "
         "moesten zetten.", "nl", "guard.example", "#ad"),
        # "#ad is too vague for a German audience": a label judged
        ("5/ #ad ist für ein deutsches Publikum zu unklar. Nehmt lieber das deutsche Wort.",
         "de", "guard.example", "#ad"),
        # a policy page's title lists its topics
        ("Werbung, Affiliate-Links & Kooperationen\n\nBackstube.de ist kostenlos. Wir "
         "finanzieren uns über Banner, Affiliate-Links und gelegentliche Kooperationen.\n\n"
         "Affiliate-Links: Manche Links sind Partnerlinks. Kaufst du darüber, erhalten wir eine "
         "kleine Provision. Diese Links sind mit einem Sternchen (*) gekennzeichnet.\n\n"
         "Kooperationen: Bezahlte Rezepte werden immer oben mit „Anzeige“ markiert.", "de",
         "guard.example", "Werbung"),
        # a public code, denied before it is named
        ("Zahle ich selbst, KEIN Sponsoring, kein Code von mir. Den Code WINTER10 gibt's gerade "
         "für alle im Newsletter vom Shop.", "de", "guard.negation", "Code WINTER10"),
    ],
)
def test_rules_wondered_labels_policy_titles_and_denied_codes_stay_organic(
        text: str, jurisdiction: str, guard: str, set_aside: str) -> None:
    verdict = analyze(Post(text, platform="facebook"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert (guard, set_aside) in signal_pairs(verdict)


def test_a_label_followed_by_its_partner_is_still_worn() -> None:
    verdict = analyze(Post("Werbung, Kooperation mit @lindgruen.berlin\n\nBalkon-Makeover 🌿",
                           platform="instagram"), "de")
    assert verdict.verdict == "disclosed"
    assert ("disclosure.label", "Werbung") in signal_pairs(verdict)


def test_an_opening_bracketed_label_on_a_funded_account_is_its_own() -> None:
    text = ("[Pub] Petit message de notre partenaire du mois, qui finance ce compte : Cyclea "
            "répare les vélos électriques ♻️ cyclea-velo.fr")
    verdict = analyze(Post(text, platform="x"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.label", "Pub") in signal_pairs(verdict)


def test_a_refusal_of_free_products_in_exchange_for_coverage_is_no_disclosure() -> None:
    text = ("We're funded by paid subscribers. We don't accept free products in exchange for "
            "coverage.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.verdict == "organic"
    assert not [s for s in verdict.signals if s.family in ("disclosure", "commercial")]


def test_own_social_links_beside_royalty_free_music_are_no_offer() -> None:
    text = ("VLOG 212 | eindelijk sleutels 🔑\n\nMuziek: Lofi Dreamer – 'Home' (royalty free)\n\n"
            "Volg me ook op:\nInstagram: https://www.instagram.com/noor.vlogt")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.verdict == "organic", verdict.signals


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("Ma routine cheveux (article non sponsorisé). Ni partenariat ni lien affilié ici : "
         "tout a été acheté en pharmacie.",
         "fr",
         "guard.negation"),
        ("HOOFDSTUKKEN\n00:00 Intro\n16:20 Wanneer moet je #ad zetten?\n21:05 De keerzijde",
         "nl",
         "guard.example"),
        ("Over dit kanaal. Krijg ik iets in bruikleen van een fabrikant, dan zeg ik dat aan het "
         "begin van de video.",
         "nl",
         "guard.example"),
        ("Partnercontent: zo werken wij\n\nNaast journalistiek publiceren we partnercontent, "
         "altijd gemarkeerd met 'Mogelijk gemaakt door'.",
         "nl",
         "guard.example"),
        ("👉 Partnerlinks müssen eigentlich gekennzeichnet sein. Fehlt der Hinweis, könnt ihr "
         "das melden.",
         "de",
         "guard.example"),
        ("Mijn gesponsorde post van vandaag: deze boterham werd mogelijk gemaakt door mijn eigen "
         "portemonnee 🧀 #ad #spon",
         "nl",
         "guard.satire"),
        ("Rappel : troc de plants samedi 10h sur la placette. Café offert par l'asso ☕",
         "fr",
         "guard.institutional"),
        ("Opinie: #ad onderaan tussen 30 hashtags is gewoon verstoppertje spelen. Ik werk al tien "
         "jaar in contentmarketing.",
         "nl",
         "guard.example"),
        ("Past paid work: In 2023 I did two paid campaigns with an oral-care brand. Both were "
         "labelled #ad at the time. Current paid work: none.",
         "uk",
         "guard.example"),
        ("🧵 Nieuw onderzoek: 300 unboxing-video's op kinderkanalen bekeken. Vermelding moet IN de "
         "video. #kinderen #reclame #influencers",
         "nl",
         "guard.example"),
        ("Over ons – Zo verdienen wij ons geld\n\nStekkertest.nl is een onafhankelijke "
         "vergelijkingssite. Via affiliate-vergoedingen krijgen wij soms een klein percentage. "
         "We accepteren geen betaalde reviews.",
         "nl",
         "guard.policy_page"),
        ("MEDIAKIT 2025 – @fietsmetfleur\n\nSamenwerkingsvormen:\n• Gesponsorde video (integratie "
         "60–90 sec.)\n• Instagram carousel + 3 stories\n\nTarieven op aanvraag.",
         "nl",
         "guard.policy_page"),
        ("À propos de la chaîne\n\nPour info : la chaîne est financée en partie par des sponsors. "
         "Les liens de la description marqués (aff) sont des liens affiliés.",
         "fr",
         "guard.policy_page"),
        ("La formulation « produit offert par X » est acceptée, mais si la marque t'impose un "
         "post, c'est carrément une collaboration commerciale.",
         "fr",
         "guard.example"),
        ("Ma fille m'a demandé pourquoi sa youtubeuse préférée dit toujours « code LILY » à la "
         "fin. On a parlé de publicité, de liens d'affiliation et de placements.",
         "fr",
         "guard.example"),
        ("Quelques exemples. « #sp » ou « #collab » tout seul : à éviter. Pour des liens "
         "d'affiliation : « Cet article contient des liens affiliés ».",
         "fr",
         "guard.example"),
        ("why do influencers hide the #ad at the very end after like 40 hashtags 😭 just SAY it",
         "uk",
         "guard.example"),
        ("Hoe verdienen influencers hun geld? Sponsordeals, affiliate links, PR-pakketjes, merch… "
         "In deze video leggen we het uit.",
         "nl",
         "guard.example"),
        ("PSA for new creators 📦 gifted = you didn't pay for it. got an affiliate code? that's an "
         "ad too. the ASA spells it out #influencertips",
         "uk",
         "guard.example"),
        ("Forum › Re: robot tondeuse. Acheté 749 € chez un revendeur. Il y avait un code JARDIN20 "
         "qui circulait sur les sites de bons plans, je ne sais pas s'il marche encore.",
         "fr",
         "guard.negation"),
        ("Affiliate-Hinweis\n\nUnsere Website finanziert sich unter anderem über Affiliate-Links. "
         "Wir sind Teilnehmer des Amazon EU-Partnerprogramms.",
         "de",
         "guard.policy_page"),
        ("Das Gericht hat entschieden: Influencer müssen bezahlte Beiträge klar als Werbung "
         "kennzeichnen, und zwar am Anfang.",
         "de",
         "guard.example"),
        ("storytime: a brand offered me $500 to post their strips WITHOUT putting #ad on it 🙃 I "
         "said no obviously. #creatortips",
         "us",
         "guard.example"),
        ("Wie wir uns finanzieren\n\nTesthelden ist ein unabhängiges Vergleichsportal. Wir "
         "verdienen über Affiliate-Links. Für dich entstehen keine Mehrkosten.",
         "de",
         "guard.policy_page"),
        ("Heeft iemand een werkende kortingscode? Die code LOTTE15 van die influencer die overal "
         "voorbij komt werkt niet meer 🙄",
         "nl",
         "guard.negation"),
        ("storytime: een merk wilde me €800 betalen… maar alleen zonder adv 💀 dus let op "
         "#storytime #creatortips #reclame",
         "nl",
         "guard.example"),
        ("Deze vakantie werd mede mogelijk gemaakt door: 14 maanden geen bezorgapp. Sponsor: mijn "
         "eigen discipline 💅",
         "nl",
         "guard.satire"),
        ("Transparantie\n\nOmdat ik van deze blog mijn werk heb gemaakt, verdien ik er geld mee. "
         "In sommige artikelen staan affiliate links naar hotels.",
         "nl",
         "guard.policy_page"),
        ("Affiliate disclaimer – Koopjesjager.nl\n\nWe werken met affiliate links. Koop je via "
         "een link iets, dan ontvangen wij soms een commissie. Jij betaalt daarvoor nooit meer.",
         "nl",
         "guard.policy_page"),
        ("Work With Me ✈️\n\nI love partnering with tourism boards. Past collaborations include "
         "rail passes. What I offer: sponsored blog posts, reels, press trips.",
         "uk",
         "guard.policy_page"),
        ("Voor de duidelijkheid: ik heb géén samenwerking met Velokamp. Als ik ergens voor betaald "
         "word staat er #adv bij, zo simpel is het.",
         "nl",
         "guard.negation"),
        ("Six months with the Novabook 14. I bought it with my own money. Nobody sent it to me, "
         "and there aren't any affiliate links in this post.",
         "uk",
         "guard.self_bought"),
        ("Unsere Grundsätze: Trennung von Werbung und Redaktion\n\nWerbliche Inhalte kennzeichnen "
         "wir eindeutig: Bezahlte Beiträge tragen die Überschrift „Anzeige“.",
         "de",
         "guard.policy_page"),
        ("quand ton influenceuse dit \"j'ai découvert cette marque toute seule\" mais le même post "
         "chez 15 autres filles 🤡 #pub où ça ?? #storytime",
         "fr",
         "guard.example"),
        ("Ce post est sponsorisé par mon troisième café de la matinée ☕ #pub #partenariatrémunéré "
         "(non)",
         "fr",
         "guard.satire"),
    ],
)
def test_texts_that_name_labels_without_wearing_them_stay_organic(
        text: str, jurisdiction: str, guard: str) -> None:
    """Shapes fed back from the blind tables (2026.12.11-14): labels named, denied or explained."""
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


@pytest.mark.parametrize("text", [
    "Paket seit 4 Tagen in Zustellung. Ich war zuhause. Danke für nix @Paketblitz_DE",
    "Worth $129? I picked this up on sale. No one sent me this, I just drink a lot of coffee.",
])
def test_sarcastic_thanks_and_denied_sending_are_no_gift(text: str) -> None:
    verdict = analyze(Post(text, platform="x"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "named"),
    [
        ("'Dit is geen reclame maar ik MOET jullie vertellen over deze detox thee 💚 code "
         "SLANK20' …zegt ze, met een betaald partnerschap-label erboven 💀", "nl",
         "betaald partnerschap"),
        ("How to Disclose Affiliate Links Properly (Without Killing Your Conversion Rate). If "
         "you've ever wondered whether tiny grey text at the bottom is enough: it isn't.", "us",
         "Affiliate Links"),
    ],
)
def test_a_label_named_as_a_thing_or_an_object_of_disclose_is_no_disclosure(
        text: str, jurisdiction: str, named: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", named) in signal_pairs(verdict) or not any(
        s.text == named for s in verdict.signals if s.family == "disclosure")


def test_a_fashion_label_after_in_samenwerking_met_is_still_a_partner() -> None:
    verdict = analyze(Post("In samenwerking met label Zus&Zo: mijn nieuwe zomerjurk 🌸",
                           platform="instagram"))
    assert verdict.disclosed
    assert any(s.rule.startswith("disclosure.") and "samenwerking" in s.text.lower()
               for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guards"),
    [
        # a text about advertising that denies being an ad wears its labels as topic tags
        ("Influencer-Studie 2024: 7 von 10 Werbe-Posts nicht richtig gekennzeichnet?! In "
         "diesem Video schauen wir uns die neue Studie an: bei vielen Kooperationen fehlte "
         "das Label „Werbung“ ganz. Was sagen die Medienanstalten dazu, und warum ist #ad im "
         "deutschen Recht zu wenig? Dieses Video ist nicht gesponsert.\n\n"
         "#medien #influencermarketing #werbung #studie", "de",
         {"guard.negation", "guard.about_advertising"}),
        # a channel's about page that describes how it labels is a policy page
        ("À propos de la chaîne\n\nSalut ! Ici Maxime, je teste des gadgets tech depuis 2017."
         "\n\nFonctionnement : certaines vidéos sont sponsorisées, c'est toujours dit dans les "
         "30 premières secondes ET en description. Les liens Amazon en description sont des "
         "liens affiliés. Les produits qu'on m'envoie gratuitement sont indiqués comme tels.\n\n"
         "Pour les pros : maxime.business@protonmail.com", "fr", {"guard.policy_page"}),
        # a guide to labels, "sponsorisé par personne", listing the kinds "la différence entre"
        ("Comment signaler correctement un partenariat sur Instagram (guide 2025)\n\nDans ce "
         "guide, on voit :\n- la différence entre produit offert, partenariat rémunéré et lien "
         "affilié\n- où placer la mention\n- l'outil « Partenariat rémunéré » d'Instagram\n\n"
         "Ce guide est gratuit et n'est sponsorisé par personne, on est un collectif de "
         "créatrices.", "fr", {"guard.negation"}),
        # an about-me page, a media kit and an editorial charter describe a practice
        ("Over mij\n\nDag! Ik ben Elke en schrijf sinds 2016 over reizen. Soms word ik "
         "uitgenodigd door een hotel, of werk ik betaald samen met een merk. Dat staat dan altijd "
         "bovenaan het artikel vermeld. Ook gebruik ik hier en daar affiliate links.", "nl",
         {"guard.policy_page"}),
        ("Mediadaten 2024 – @berlinbites\n\nFollower: 84.000\nFormate & Preise:\nInstagram "
         "Reel (Werbung): ab 1.400 €\nAlle Kooperationen werden als Werbung gekennzeichnet.", "de",
         {"guard.policy_page"}),
        ("So finanzieren wir uns\n\nUnsere Testberichte sind unabhängig. Um die Redaktion zu "
         "finanzieren, nutzen wir in manchen Artikeln sogenannte Affiliate-Links: kaufen Sie "
         "darüber, erhalten wir eine Provision.", "de", {"guard.policy_page"}),
        ("Notre charte éditoriale\n\nNous achetons nous-mêmes les produits. Nous n'acceptons "
         "aucun article sponsorisé. Notre modèle économique repose sur les abonnements et sur des "
         "liens d'affiliation clairement signalés.", "fr", {"guard.policy_page"}),
    ],
)
def test_texts_about_labels_that_wear_none_are_organic(
        text: str, jurisdiction: str, guards: set[str]) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guards <= {s.rule for s in verdict.signals}
    assert not any(s.family == "disclosure" for s in verdict.signals)


def test_menu_words_at_the_foot_of_an_article_make_no_policy_page() -> None:
    text = ("Wohnwelt Brenner eröffnet: mehr Platz, mehr Auswahl. Zur Eröffnung gibt es 20 % "
            "Rabatt mit dem Code BRENNER20.\n\nÜber uns · Mediadaten · Impressum · Datenschutz")
    verdict = analyze(Post(text, platform="web"), "de")
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}
    assert verdict.commercial


def test_a_code_quoted_in_a_parody_stays_an_example_when_repeated() -> None:
    text = ("Posté par ptitlou_59 : ma version parodique : « Je bois de l'eau du robinet !! #pub "
            "avec @robinet.officiel — code FLOTTE10 pour -10% sur votre facture d'eau »\n\n"
            "Posté par Minouche : MDR le code FLOTTE10 🤣")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "code FLOTTE10") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        # a creator's income breakdown tagged as advice for creators: a topic, not a label
        ("how much i made from brand deals at 40k followers 💸\n- 11 paid posts, avg $650\n"
         "- affiliate links: $1,900 total\n#creatortips #influencerincome #ugccreator", "us"),
        # a legal notice that says the site carries no advertising
        ("Mentions légales\n\nÉditeur du site : Association Les Toqués du Potager.\nHébergeur : "
         "OVH SAS.\n\nPublicité : le site n'accueille aucune publicité et ne perçoit aucune "
         "rémunération de la part des marques citées.", "fr"),
    ],
)
def test_income_breakdowns_and_legal_notices_are_organic(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.family == "guard" for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard", "evidence"),
    [
        # "#pr" in a runner's post is a personal record
        ("NIEUW PR OP DE 10K!!! 47:52 in de Singelloop, vorig jaar nog 51 minuten.\n\n"
         "#hardlopen #singelloop #pr #runnersofinstagram #10k", "nl", "guard.example", "#pr"),
        # a gift from the sister-in-law, without "mijn"
        ("Wij hebben er 2 gehad. Eerst een grote combi (gekregen van schoonzus) maar die paste "
         "niet in de lift.", "nl", "guard.personal_gift", "gekregen van"),
        # a bio that says where its labels stand: "alle #adv staan …"
        ("Femke | plantmama 🌱 Rotterdam / 📩 samenwerkingen: femke@groenflat.nl / alle #adv "
         "staan duidelijk in de eerste regel 🤝", "nl", "guard.example", "#adv"),
        # "zéro partenariat, zéro produit offert"
        ("On me demande si c'est un placement de produit : non. Zéro partenariat, zéro produit "
         "offert, je les ai payées 140 balles.", "fr", "guard.negation", "zéro produit offert"),
    ],
)
def test_wren_feedback_guards_set_the_hint_aside(text: str, jurisdiction: str, guard: str,
                                                 evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert verdict.verdict == "organic"
    assert (guard, evidence) in signal_pairs(verdict)


def test_a_pr_tag_on_a_parcel_stays_a_hint_even_beside_running_words() -> None:
    verdict = analyze(Post("Look what came in the mail 😍 new running shoes from @swiftfeet #pr",
                           platform="instagram"), "us")
    assert verdict.commercial
    assert ("guard.example", "#pr") not in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        # an about page: "Krijgen we een product in bruikleen …, dan vermelden we dat"
        ("Over ons\n\nTechtafel is opgericht in 2019.\n\nOnze werkwijze\n• Wij kopen het merendeel "
         "van onze testproducten zelf.\n• Krijgen we een product in bruikleen van een fabrikant, "
         "dan vermelden we dat onderaan de review.\n• We verdienen geld met advertenties op de "
         "site.", "nl", "guard.policy_page"),
        # an editorial charter whose title names the label it explains
        ("Redactioneel statuut – Partnercontent\n\nOp onze website verschijnen ook artikelen die "
         "tot stand komen in samenwerking met adverteerders. Deze partnercontent is altijd "
         "bovenaan herkenbaar met het label 'Partnercontent'.", "nl", "guard.policy_page"),
        # a channel's About page: "Tools I link in descriptions may be affiliate links."
        ("About\n\nHonest car maintenance. A note on sponsors: I don't do paid reviews, ever. "
         "Tools I link in descriptions may be affiliate links.", "us", "guard.policy_page"),
        # a newsletter's funding page
        ("Comment est financé La Lettre du Dimanche ?\n\nElle est financée à 70 % par les "
         "abonnements et à 30 % par un encart sponsorisé par numéro, signalé par la mention "
         "« Sponsor ».", "fr", "guard.policy_page"),
        # a creator's income breakdown that denies being sponsored
        ("How Much YouTube Paid Me\n\nEvery income stream: AdSense, sponsorships, affiliate links, "
         "and the one brand deal I regret. Sponsorship rates explained.\n\nThis video is NOT "
         "sponsored.", "us", "guard.example"),
    ],
)
def test_wren_policy_pages_and_income_talk_are_no_ad(text: str, jurisdiction: str,
                                                    guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


def test_thanks_to_a_running_clubs_account_is_no_gift() -> None:
    text = ("MARATHON DE LA ROCHELLE ✅ 3h41'12 … une coach bénévole du club qui a cru en moi. "
            "Merci @asrochelle_running ❤️ et merci à ma famille ! #marathon")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert not verdict.commercial and not verdict.signals


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        # a public code from the shop's newsletter, "ik heb er niks mee te maken"
        ("Tip voor de spaarders 💰 Bij Drogisterij Dekker is het 1+1 gratis, en met de code "
         "DEKKER10 (stond in hun nieuwsbrief van vanochtend, ik heb er niks mee te maken) krijg "
         "je nog eens 10% extra online.", "nl", "guard.negation"),
        # someone else's ambassadorship, said in the third person
        ("Meiner Meinung nach ganz klar Werbung, die ist doch Markenbotschafterin von denen, das "
         "steht sogar in ihrer Bio.", "de", "guard.example"),
        # a present from the stallholder at a flea market
        ("flohmarkt haul 🧺 4 gläser von den 70ern 5€ (die frau hat mir noch eins geschenkt 🥹)",
         "de", "guard.personal_gift"),
        # a label asked about in a question
        ("Schleichwerbung erkennen | Medienkompetenz #14\n\nWas bedeutet #sp eigentlich? In "
         "dieser Folge schauen wir uns echte Beispiele an.", "de", "guard.example"),
        # an episode that says it has no sponsor, about paid collaborations
        ("Aflevering 41 – Is influencer marketing nog te vertrouwen? Tim leest de slechtst "
         "vermelde #ad voor.\n\nDeze aflevering heeft geen sponsor.", "nl", "guard.negation"),
    ],
)
def test_yarrow_feedback_guards(text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


def test_an_email_address_before_a_thanks_to_subscribers_is_no_account() -> None:
    text = ("🐐 Instagram : @lachevreriedubosc\n📧 Pour nous écrire : contact@lachevreriedubosc.fr"
            "\n\nMerci aux 20 000 abonnés !!!")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert not verdict.commercial and not verdict.signals


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        # a channel's about text: "altijd vermeld in de video zelf én in de beschrijving"
        ("Over dit kanaal\n\nWelkom bij Tuinieren met Wim! 🌱\n\nGesponsorde video's worden altijd "
         "vermeld in de video zelf én in de beschrijving. Producten die ik gratis kreeg, zeg ik "
         "er ook altijd bij. Affiliate links staan er nooit zonder uitleg.", "nl",
         "guard.policy_page"),
        # a TV programme about comparison sites: other people's affiliate links
        ("📺 Vanavond: hoe eerlijk zijn 'beste koop'-websites? Veel sites krijgen een commissie "
         "per verkoop via affiliate links. Kijk om 20:25 op NPO 1.", "nl", "guard.example"),
        # mocking a screenshotted ad: "en dan onderaan gewoon #ad"
        ("'dit is geen reclame maar ik MOET jullie vertellen over deze serum' 💀 en dan onderaan "
         "gewoon #ad en een kortingscode. bro. [screenshot]", "nl", "guard.example"),
    ],
)
def test_zinnia_feedback_guards(text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("influencers in 2025 be like: / \"dit is GEEN reclame hoor 🙏\" / *tagt merk* / "
         "*#collab helemaal onderaan* / 💀 #memes", "nl", "guard.example"),
        ("replying to @jessieeee_23 'how much did they pay u' ma'am they paid me nothing 😭 I "
         "found this candle at a marshalls for $12.99 #candletok", "us", "guard.negation"),
        ("Transparenz & Finanzierung\n\nTechnikradar ist ein unabhängiges Verbraucherportal. Wir "
         "finanzieren uns über Display-Werbung und Affiliate-Links. Kaufst du über einen mit * "
         "gekennzeichneten Link, erhalten wir eine kleine Provision.", "de", "guard.policy_page"),
        ("Comparatif : 3 friteuses (achetées avec nos sous). Aucun lien affilié dans cet "
         "article.\nAirfrit Compact chez Boulanger : https://www.boulanger.com/ref/airfrit-compact",
         "fr", "guard.negation"),
        ("30 🎂 danke @osteria.lucia.zh für den schönsten Abend, das Tiramisu werd ich nie "
         "vergessen. #dreissig #geburtstag", "de", ""),
        ("Ma chaudière se met en sécurité toutes les nuits, code E133 : une idée ?", "fr", ""),
    ],
)
def test_birch_feedback_guards(text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert (any(s.rule == guard for s in verdict.signals) if guard
            else not any(s.family == "commercial" for s in verdict.signals))


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("hoeveel verdien ik als influencer met 40k volgers? 💸 eerlijk antwoord: / - gesponsorde "
         "posts: tussen €250 en €600 / - affiliate: paar tientjes per maand lol / - gifted: vaak "
         "alleen producten / #influencertips #creatoreconomy #geldverdienen", "nl"),
        ("storytime: why I have to write #ad on stuff I didn't even get paid for 🙃 so when you "
         "see #ad on my stuff that's why #ukcreator #influencertips", "uk"),
    ],
)
def test_cedar_income_talk_and_label_talk_are_no_ad(text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == "guard.example" for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("So finanzieren wir uns\n\nTechnikfreund ist ein unabhängiges Magazin. Um unsere Arbeit "
         "zu finanzieren, nutzen wir Affiliate-Links. Kaufst du dort ein, erhalten wir eine "
         "Provision. Diese hat keinen Einfluss auf unsere Bewertungen.", "de", "guard.policy_page"),
        ("🧵 Nein, „#ad“ reicht in Deutschland meist nicht. Ja, auch ein PR-Sample kann "
         "kennzeichnungspflichtig sein. Und nein, „Danke an @marke“ ist keine Kennzeichnung. "
         "1/7", "de", "guard.about_advertising"),
    ],
)
def test_dahlia_feedback_funding_pages_and_rule_threads(text: str, jurisdiction: str,
                                                        guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        # a page titled "About", whose policy says what every video does
        ("About\n\nFern & Flux is a channel about houseplants. Sponsor segments are always "
         "announced in the video. The links in my descriptions are affiliate links; they support "
         "the channel at no cost to you and are always marked.\n\nBusiness inquiries: "
         "hello@fernflux.com", "us", "guard.policy_page"),
        # a review site's FAQ on how it is funded
        ("FAQ — Comment Lumio Test est-il financé ?\n\nNous n'acceptons ni articles sponsorisés "
         "ni publicité. Nous vivons grâce à l'affiliation : quand vous achetez via nos liens, "
         "nous pouvons percevoir une commission.", "fr", "guard.policy_page"),
        # labels offered as a choice in a question are named, not worn
        ("Werbung, Anzeige oder Kooperation? So kennzeichnest du richtig 🧵 Teil 1", "de",
         "guard.example"),
        ("what annoys me is #ad hidden under 20 hashtags. just say it, we'll still watch", "us",
         "guard.example"),
        ("year one as a creator: 9 brand deals, affiliate income about €200 lol #ugc "
         "#creatortips", "uk", "guard.example"),
    ],
)
def test_fig_feedback_policy_pages_and_label_talk(text: str, jurisdiction: str,
                                                   guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


def test_about_in_a_headline_is_no_policy_page() -> None:
    text = ("Ep. 88 — What Nobody Tells You About Burnout\n\nToday's episode is brought to you "
            "by Larkfield Mattresses: 20% off at larkfield.com/show. Transcript on our website.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.phrase", "brought to you by") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_saying_so_elsewhere_makes_no_policy_of_a_thanks() -> None:
    # "je vous le dis" is an exclamation here, not a sentence about labelling
    text = ("Dîner chez @bistrot.lumiere 🍷 le meilleur tartare de Nantes, je vous le dis. "
            "Merci pour l'accueil toute l'équipe 🙏 #nantes #foodie")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.gifted", "Merci pour l'accueil") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_a_disclosure_paragraph_in_a_video_description_is_no_policy_page() -> None:
    # "Transparenz:" opens this video's own disclosure, and "keinen Einfluss auf das Video"
    # speaks of this video, not of a site's policy
    text = ("Das beste Stativ unter 100 €? 🎥\n\nTransparenz: Das Stativ wurde mir von Lumastand "
            "kostenlos zur Verfügung gestellt. Lumastand hatte keinen Einfluss auf das Video.")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "kostenlos zur Verfügung gestellt") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_a_label_someone_should_say_is_named_not_worn() -> None:
    text = ("how to tell a post is paid 🕵️ a code, a tagged brand, 'link in bio'. and if none of "
            "them say #ad, be careful #consumertips")
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "#ad") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        # a creator's FAQ: what is marked how, not a post
        ("FAQ: Are your posts paid?\n\nSometimes. Paid partnerships always say 'ad' at the top. "
         "Things I've been sent for free are marked 'gifted'. Everything else I bought myself.",
         "us", "guard.policy_page"),
        # a bio's legend of labels
        ("Lena | Backen am Wochenende 🍰 / 📩 hallo@lenabackt.de / Bezahlte Beiträge = "
         "\"Anzeige\" / Links mit * = Affiliate", "de", "guard.example"),
        # chapters of an explainer name topics
        ("Wie verdienen Creator Geld? Kein Sponsor in diesem Video.\n\n0:00 Intro\n2:10 "
         "Kooperationen\n5:40 Affiliate-Links\n9:00 Fazit", "de", "guard.example"),
        # where other people put their label
        ("waarom ik afhaak: bij de helft staat onderaan in piepkleine letters #gifted of helemaal "
         "niks. zeg het gewoon bovenaan.", "nl", "guard.example"),
    ],
)
def test_iris_and_juniper_feedback_legends_parodies_chapters(text: str, jurisdiction: str,
                                                             guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


def test_an_affiliate_policy_page_is_no_disclosure() -> None:
    text = ("Politique d'affiliation\n\nCe comparateur est financé en partie par l'affiliation : "
            "lorsque vous achetez via certains liens, nous pouvons percevoir une commission. "
            "Aucune marque ne peut payer pour apparaître dans nos classements.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == "guard.policy_page" for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("Coup de gueule : ces influenceuses avec un #ad en tout petit caché entre 30 hashtags. "
         "Vous en pensez quoi ?", "fr", "guard.example"),
        ("Loi influenceurs : ce qui a changé\n\n00:00 intro\n11:40 le cas des produits offerts\n"
         "19:05 les sanctions", "fr", "guard.example"),
        ("Deze foto is mogelijk gemaakt door mijn koelkast 😂 #adv #spon #nietechthoor", "nl",
         "guard.satire"),
    ],
)
def test_laurel_feedback_hidden_labels_chapters_and_jokes(text: str, jurisdiction: str,
                                                          guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == guard for s in verdict.signals)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "set_aside"),
    [
        ("quick thread for new creators 🧵\n1/ putting #ad as hashtag number 27 does NOT count. "
         "it needs to be at the start\n2/ if you got it free, say gifted. if it's an affiliate "
         "link, say you earn commission", "us", "earn commission"),
        ("Wie viel verdienen Influencer wirklich? In diesem Video rechne ich vor, was Creator "
         "für einen gesponserten Post verlangen und warum Affiliate-Einnahmen oft "
         "unterschätzt werden.\n\nKein Sponsoring in diesem Video.", "de", "Affiliate"),
    ],
)
def test_nettle_feedback_instructions_and_the_affiliate_trade_are_topics(
        text: str, jurisdiction: str, set_aside: str) -> None:
    verdict = analyze(Post(text, platform="x"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", set_aside) in signal_pairs(verdict)
    assert not [s for s in verdict.signals if s.family in ("disclosure", "commercial")]


def test_no_sponsoring_in_this_video_is_a_denial() -> None:
    verdict = analyze(Post("Kein Sponsoring in diesem Video, alles selbst gekauft.",
                           platform="youtube"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.negation", "Kein Sponsoring") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "evidence"),
    [
        ("Meine Affiliate-Links sind mit * markiert: Stirnlampe* und Gaskocher*", "de",
         "Affiliate-Links"),
        ("Links below are affiliate links, I earn a small commission", "us",
         "Links below are affiliate"),
    ],
)
def test_affiliate_links_of_the_text_itself_stay_disclosures(text: str, jurisdiction: str,
                                                             evidence: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.disclosed
    assert evidence in {s.text for s in verdict.signals if s.family == "disclosure"}


def test_a_sponsor_line_opening_a_pin_is_its_own_label_not_a_policy() -> None:
    text = ("Gesponsert von Farbwerk Wandfarben | Salbeigrün im Schlafzimmer: 5 Ideen 🌿 Von "
            "Akzentwand bis Farbblock – alle Looks mit „Farbwerk Salbei No. 7“ umgesetzt. Mehr "
            "Inspiration auf farbwerk.de")
    verdict = analyze(Post(text, platform="pinterest"), "de")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.phrase", "Gesponsert von") in signal_pairs(verdict)
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard", "evidence"),
    [
        ("Column: mijn dochter van 11 ziet niet dat het reclame is. In de video stond klein #adv "
         "in de hoek. Ze had het niet gezien.", "nl", "guard.example", "#adv"),
        ("3 Anzeichen, dass ein Post heimlich Werbung ist 🕵️‍♀️ 1) Rabattcode mit dem Namen der "
         "Person 2) Marke getaggt + „link in bio“ Kennzeichnen ist Pflicht in DE! #werbung "
         "#medienkompetenz", "de", "guard.about_advertising", "heimlich Werbung"),
    ],
)
def test_pine_feedback_a_label_in_the_corner_and_how_to_spot_hidden_ads(
        text: str, jurisdiction: str, guard: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}
    assert not [s for s in verdict.signals if s.family in ("disclosure", "commercial")]


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("Mijn dochter wil een glow kit van €40. Ja logisch, want die YouTubers krijgen er "
         "allemaal geld voor of krijgen het gratis opgestuurd!! Hoe gaan jullie hiermee om?", "nl",
         "guard.example"),
        ("Ad of the Week. \"Not an ad but 👀 @FlexaFuel's new pre-workout is INSANE (#ad)\" It "
         "opens with 'not an ad'. And then, in brackets at the end, #ad – presumably added after "
         "someone panicked.", "us", "guard.example"),
        ("HOEVEEL VERDIEN IK MET YOUTUBE? 💸 Ik laat zien hoeveel ik verdien aan advertenties van "
         "YouTube zelf, aan sponsordeals en aan affiliate links. Deze video is niet gesponsord.\n"
         "00:00 intro\n01:30 AdSense\n09:45 affiliate", "nl", "guard.about_advertising"),
    ],
    ids=["others-get-it-free", "label-at-the-end", "income-explainer"],
)
def test_quince_feedback_others_practice_a_label_described_and_income_explainers(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "set_aside"),
    [
        ("Why is EVERY YouTuber sponsored by the same 5 companies? In this video essay I dig "
         "into how the sponsorship economy works.", "us", "sponsored by"),
        ("„Werbung unbezahlt“ ist kein Zaubertrick. Wenn du das Produkt geschenkt bekommen hast, "
         "ist es ein geldwerter Vorteil.", "de", "geschenkt bekommen"),
    ],
)
def test_rowan_feedback_everyones_sponsors_and_advice_to_the_reader(
        text: str, jurisdiction: str, set_aside: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", set_aside) in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("If you buy through the link I earn a small commission.", "I earn a small commission"),
        ("If you shop on Amazon you also support the channel at the same time just use my Amazon "
         "Link before shopping. http://www.amazon.com/?tag=theuntitledga-20",
         "support the channel"),
    ],
)
def test_a_condition_the_author_speaks_in_stays_a_disclosure(text: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed
    assert evidence in {s.text for s in verdict.signals if s.family == "disclosure"}


def test_la_campagne_is_the_countryside_not_advertising() -> None:
    text = ("Week-end au Domaine des Trois Chênes : mon avis\n\nTransparence : nous avons été "
            "invités par le Domaine pour deux nuits, dîner compris. " + "Le domaine se trouve "
            "au bout d'un chemin de terre bordé de noyers, six chambres seulement. " * 4
            + "Le wifi est capricieux, mais on est à la campagne.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "nous avons été invités") in signal_pairs(verdict)
    assert "guard.about_advertising" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("Opinion: I'm tired of pretending #gifted is fine. Every week my feed is full of "
         "'gifted' hauls worth hundreds of pounds.", "uk", "guard.example"),
        ("Warum mich das ewige #werbung auf Instagram müde macht. Gefühlt jeder dritte Post "
         "beginnt mit „Anzeige“.", "de", "guard.example"),
        ("Samenwerken\n\nLeuk dat je met Zoethoudertje wilt samenwerken! Mogelijkheden: gesponsord "
         "recept, Instagram reel, winactie. Alle samenwerkingen worden gemarkeerd met "
         "'Gesponsord' of #adv. Mail voor het mediakit naar hallo@zoethoudertje.nl.", "nl",
         "guard.policy_page"),
    ],
    ids=["label-is-fine", "the-endless-label", "work-with-me-page"],
)
def test_sorrel_feedback_labels_as_topics_and_a_work_with_me_page(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


def test_a_label_with_its_reason_opens_the_post() -> None:
    text = "*werbung weil bezahlt 💸 aber ich nutz die app echt schon seit letztem jahr"
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert verdict.disclosed
    assert ("disclosure.label", "werbung") in signal_pairs(verdict)


@pytest.mark.parametrize(
    ("text", "jurisdiction", "guard"),
    [
        ("FAQ\n\nDo you get paid for your posts?\nSometimes! When a brand pays me, the post is "
         "labelled \"Ad\" right at the top, and if something was sent to me for free I'll say so."
         "\n\nCan I use your photos?\nPlease ask first.", "uk", "guard.example"),
        ("Anzeige vs. Werbung vs. PR-Sample – was heißt das eigentlich?? Ich erklärs euch in 60 "
         "Sekunden. Teil 2 über Affiliate-Links kommt morgen! #influencermarketing #werbung",
         "de", "guard.example"),
        ("avocate 👩‍⚖️ les 3 erreurs que je vois chez les influenceurs : 1. mettre #ad au lieu de "
         "« publicité » 2. cacher la mention 3. oublier que le produit offert c'est aussi une "
         "collab #droit #loiinfluenceurs", "fr", "guard.about_advertising"),
        ("\"so blessed to partner with @teatoxglow 🌿 use code BLESSED for 30% off #ad\"\n\n"
         "babe that is laxative tea. you are partnering with diarrhea", "us", "guard.example"),
    ],
    ids=["faq-promise", "labels-compared", "lawyer-explainer", "mocking-a-quote"],
)
def test_tansy_feedback_promises_comparisons_explainers_and_mockery(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


def test_a_deals_sites_funding_page_is_a_policy() -> None:
    text = ("Comment le site est-il financé ?\n\nBonsPlans est gratuit. Nous utilisons des liens "
            "d'affiliation : le marchand peut nous verser une commission. Cela ne change jamais le "
            "prix que vous payez. Les commissions n'influencent pas notre sélection.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(
    ("text", "jurisdiction"),
    [
        ("Wie viel verdienen Influencer wirklich? In diesem Video rede ich darüber, was Marken für "
         "einen Post zahlen und wie Affiliate-Provisionen funktionieren. Dieses Video ist nicht "
         "gesponsert.\n0:00 Intro\n8:40 Affiliate", "de"),
        ("Étude : près d'un post sponsorisé sur deux ne serait pas signalé\n\nSelon une analyse "
         "publiée par l'Observatoire de l'influence responsable, portant sur 8 000 publications "
         "de 300 comptes francophones, 46 % des contenus présentant des indices de partenariat "
         "(code promo, lien traqué, identification de marque) ne comportaient aucune mention "
         "claire. TikTok et les stories sont les formats les plus concernés. Les auteurs "
         "recommandent une étiquette obligatoire dès qu'un lien affilié est détecté.", "fr"),
    ],
    ids=["income-explainer", "study-report"],
)
def test_ash_feedback_income_explainers_and_study_reports_are_about_advertising(
        text: str, jurisdiction: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert "guard.about_advertising" in {s.rule for s in verdict.signals}


def test_a_negation_closed_by_an_emoji_does_not_deny_the_next_hashtag() -> None:
    text = ("POV : une appli de budget qui te juge pas 😭💸 #sponsorisé par @centimo.app — 1 mois "
            "offert avec le code MARGOT")
    verdict = analyze(Post(text, platform="tiktok"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.hashtag", "#sponsorisé") in signal_pairs(verdict)


def test_a_negation_right_before_a_hashtag_still_denies_it() -> None:
    verdict = analyze(Post("Love this serum, not #sponsored, just obsessed", platform="instagram"),
                      "us")
    assert not verdict.disclosed
    assert "disclosure.hashtag" not in {s.rule for s in verdict.signals}


@pytest.mark.parametrize(("text", "jurisdiction"), [
    ("not me sleeping 9 hours straight 😭 the @dozwell mattress came rolled up and my back pain?? "
     "gone. they do a 100 night trial so literally no risk #collab #sleeptok", "us"),
    ("Zonder filter of gedoe, gewoon geen stress #collab #zomer", "nl"),
])
def test_a_negation_of_another_word_does_not_deny_the_hashtag_after_it(
        text: str, jurisdiction: str) -> None:
    # "no risk", "geen stress": the negation is about the word after it, the tag still stands
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert (verdict.verdict, verdict.commercial, verdict.disclosed) == (
        "unclear_disclosure", True, False)
    assert ("disclosure.hashtag_unclear", "#collab") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "label"), [
    ("non c'est pas de la #pub 🙄 j'adore juste les pains au chocolat de Lemaire", "fr", "#pub"),
    ("This is not an #ad, I just love them", "us", "#ad"),
    ("zelfde tekst, zelfde dag, 14 influencers, nul keer #adv. Leuk geprobeerd", "nl", "#adv"),
])
def test_a_negation_through_function_words_still_denies_the_hashtag(
        text: str, jurisdiction: str, label: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert not verdict.disclosed
    assert label not in {s.text for s in verdict.signals if s.family == "disclosure"}


def test_example_word_gate_agrees_with_the_pattern_for_every_case_form() -> None:
    """``example_word_before`` skips its pattern when no example word ends the window; the
    skip must never hide a match the pattern's IGNORECASE would make (İ, ı, ſ, K, quotes)."""
    lexicon = load_lexicon()
    prefixes = ["Gebruik liever ", "Zet er MİT ", "put ıt WıTH ", "Zet er ſoms ", "use ",
                "the hashtag", "ok. mit  „ ", "de hashtag' ", "Schreib KEIN ", "Alſo use",
                "mets  « ", "word", "Kijk: met \"\" ", "sword ", "zo ᴍɪᴛ "]
    answers = []
    for prefix in prefixes:
        doc = read_document(prefix + "#ad", lexicon)
        start = doc.text.index("#ad")
        low = max(0, start - EXAMPLE_ADJACENT_WINDOW)
        expected = lexicon.example_adjacent.search(doc.text, low, start) is not None
        assert example_word_before(doc, start) is expected, prefix
        answers.append(expected)
    assert answers.count(True) >= 8 and answers.count(False) >= 3  # both answers are tested


def test_a_label_somebody_said_and_affiliate_programs_as_a_trade_are_no_disclosure() -> None:
    text = ("I bought it because five people called it their holy grail, none of them said #ad. "
            "Affiliate programs are basically everywhere now.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert signal_pairs(verdict) == {("guard.example", "#ad"), ("guard.not_a_label", "Affiliate")}
    own = analyze(Post("I'm part of the Amazon affiliate program, so I earn from qualifying "
                       "purchases.", platform="web"), "us")
    assert own.verdict == "disclosed"
    assert ("disclosure.statement", "affiliate") in signal_pairs(own)


def test_a_link_the_author_says_is_no_affiliate_link_makes_no_offer() -> None:
    text = ("Deze video is NIET gesponsord.\nDe lamp: kringloop, €3\nMijn bureau: "
            "https://www.meubelhal.nl/bureau-odin (geen affiliate link, gewoon handig)\n"
            "Insta: @noor.studeert")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert ("guard.negation", "geen affiliate link") in signal_pairs(verdict)
    assert not [s for s in verdict.signals if s.family == "commercial"]


def test_a_statement_said_to_be_advertising_is_a_rule_not_a_label() -> None:
    text = ("Kleiner Thread, weil ich's jede Woche erklären muss 🧵\n1/ Der Hinweis gehört an den "
            "Anfang, nicht ans Ende.\n2/ Auch Affiliate-Links sind Werbung. Ja, auch die in "
            "deiner Story.\nKeine Rechtsberatung, nur Erfahrung aus 6 Jahren Agentur.")
    verdict = analyze(Post(text, platform="x"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert ("guard.example", "Affiliate-Links") in signal_pairs(verdict)


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


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    ("BON PLAN : l'aspirateur passe à 189€ au lieu de 299€ 👉 Voir l'offre : "
     "https://tc.tradetracker.net/?c=31877&m=12&a=405512\n\nLes liens de cette page sont "
     "des liens commissionnés : le site perçoit une commission si vous achetez.", "fr",
     "liens commissionnés"),
    # prices at shops ("£79 at Voltmart") make the page sell: its "our site … may earn an
    # affiliate commission" discloses this guide, it is no site-wide policy page
    ("The best budget headphones in 2025: 7 pairs we'd actually buy\n\nWhen you buy through "
     "links on our site, we may earn an affiliate commission. Here's how it works.\n\n"
     "1. Sonmere Arc 2 — best overall\n£79 at Voltmart | £84 at Brightstore\n"
     "2. Pulse Mini\n£49 at Voltmart", "uk", "affiliate"),
])
def test_a_selling_pages_commission_note_discloses_it(
        text: str, jurisdiction: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.statement", evidence) in signal_pairs(verdict)
    assert "guard.policy_page" not in {s.rule for s in verdict.signals}


def test_a_commission_in_our_guides_is_the_sites_standing_policy() -> None:
    text = ("Charte éditoriale\n\nLa rédaction est indépendante. Les contenus financés par des "
            "annonceurs sont systématiquement signalés par un bandeau « Contenu sponsorisé ». Les "
            "liens commerciaux présents dans nos guides d'achat peuvent générer une commission ; "
            "cela n'influence pas nos choix éditoriaux.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert (verdict.verdict, verdict.disclosed) == ("organic", False), verdict.signals
    assert any(s.family == "guard" and "générer une commission" in s.text
               for s in verdict.signals), verdict.signals


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    ("Anwältin erklärt: Musst du \"Werbung\" schreiben, wenn du dein eigenes Produkt zeigst? Kurz: "
     "ja. Teil 2 zu Affiliate-Links kommt morgen! #recht #influencerrecht #werbung "
     "#kennzeichnungspflicht", "de", {"Affiliate-Links", "#werbung"}),
    ("Quelques résultats : 71 % repèrent la mention en haut du post, contre 23 % quand c'est un "
     "#partenariat en fin de légende", "fr", {"#partenariat"}),
    ("stitch avec @sarah.glow qui nous vend « la crème miracle » avec son code SARAH20 🙄 bah "
     "non madame #dermatologie", "fr", {"stitch avec"}),
])
def test_peony_labels_talked_about_stay_organic(
        text: str, jurisdiction: str, evidence: set[str]) -> None:
    # the topic of part 2, advertising law as the tags' topic, a label's place in a study, and
    # a stitch answering someone else's code
    verdict = analyze(Post(text, platform="tiktok"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert evidence <= {s.text for s in verdict.signals if s.rule == "guard.example"}


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    ("'waarom zet je altijd #reclame erbij, dat is toch niet cool' 🙄 omdat het de WET is schat 😂 "
     "en omdat jullie het recht hebben om te weten wanneer ik betaald word. #influencer #reclame "
     "#eerlijk", "nl", ["#reclame", "#reclame"]),
    ("storytime: wie viel ich für einen werbepost verlange 💸 ich erklär euch wie ich meine preise "
     "berechne #influencerbusiness #creatortips #werbung", "de", ["#werbung"]),
])
def test_rosemary_labels_as_the_topic_stay_organic(
        text: str, jurisdiction: str, evidence: list[str]) -> None:
    # a label the text talks about, worn again among its tags with nothing sold; a creator's
    # business as the tags' topic
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert [s.text for s in verdict.signals if s.rule == "guard.example"] == evidence


def test_a_label_talked_about_and_worn_beside_a_code_still_counts() -> None:
    text = ("Waarom ik altijd '#reclame' erbij zet? Omdat het moet. Code LIEKE15 geeft 15% korting "
            "bij @merk #reclame")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.commercial and verdict.disclosed, verdict.signals
    assert ("disclosure.hashtag", "#reclame") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "guard", "evidence"), [
    ("PSA for the group 🙏 A lot of the 'just a mum sharing' posts are actually paid ads. Look for "
     "#ad, 'paid partnership' or 'gifted'.", "us", "guard.example", "#ad"),
    ("They're finally here 🥹👟 saved up since September for these @nordwyn_official trainers and "
     "they were worth every penny", "uk", "guard.self_bought", "saved up since"),
])
def test_tamarind_labels_to_look_for_and_trainers_saved_up_for_stay_organic(
        text: str, jurisdiction: str, guard: str, evidence: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert (guard, evidence) in signal_pairs(verdict)


def test_a_charters_if_an_article_contains_affiliate_links_is_no_disclosure() -> None:
    text = ("Notre charte : contenus sponsorisés et partenariats\n\nNos tests ne sont jamais payés "
            "par les marques. Si un article contient des liens affiliés, une mention le précise en "
            "début de page.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert (verdict.verdict, verdict.disclosed) == ("organic", False), verdict.signals
    assert ("guard.example", "liens affiliés") in signal_pairs(verdict)
