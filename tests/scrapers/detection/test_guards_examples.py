"""Guards for labels named rather than worn: examples, definitions, questions, quotations, rules."""

from __future__ import annotations

import random

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.detection.document import read_document
from scrapers.detection.guards import example_word_before
from scrapers.detection.guards.examples import EXAMPLE_ADJACENT_WINDOW
from scrapers.detection.lexicon import load_lexicon
from scrapers.models import Post


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


def test_a_word_built_on_a_label_is_no_label() -> None:
    verdict = analyze(Post("Column: Ik ben het #ad-moe. Niet omdat ik tegen reclame ben.",
                           platform="blog"), "nl")
    assert verdict.verdict == "organic"


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


def test_a_question_about_which_label_to_use_is_no_label() -> None:
    text = ("Vraagje: een merk biedt me een gratis buggy aan als ik erover post. Moet ik dan "
            "#reclame erbij zetten of alleen als ik betaald word?")
    verdict = analyze(Post(text, platform="facebook"))
    assert verdict.verdict == "organic"
    assert ("guard.example", "#reclame") in signal_pairs(verdict)


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


ORGANIC_WITH_THEIR_GUARD = [
    # a label worn again in the tag block of a text that explains it, and the tags beside it;
    # "tout devient #pub" (lavender)
    ("waarom ik nu overal #adv bij zet: als een merk mij betaalt moet ik het melden, het is "
     "gewoon de wet. #creator #uitleg #adv #reclame", "nl", "guard.example"),
    ("Billet d'humeur : même ma cousine a un partenariat avec une marque de thé. Je ne dis pas "
     "que c'est mal, mais quand tout devient #pub, plus rien n'est une recommandation.", "fr",
     "guard.example"),
    # standing rules labels discussed quotes and denials stay organic
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
    # texts that name labels without wearing them stay organic: shapes fed back from the blind
    # tables (2026.12.11-14): labels named, denied or explained
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
     "guard.public_code"),
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
     "guard.public_code"),
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
    # yarrow feedback guards
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
    # zinnia feedback guards
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
    # fig feedback policy pages and label talk
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
    # iris and juniper feedback legends parodies chapters
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
    # laurel feedback hidden labels chapters and jokes
    ("Coup de gueule : ces influenceuses avec un #ad en tout petit caché entre 30 hashtags. "
     "Vous en pensez quoi ?", "fr", "guard.example"),
    ("Loi influenceurs : ce qui a changé\n\n00:00 intro\n11:40 le cas des produits offerts\n"
     "19:05 les sanctions", "fr", "guard.example"),
    ("Deze foto is mogelijk gemaakt door mijn koelkast 😂 #adv #spon #nietechthoor", "nl",
     "guard.satire"),
]
"""Texts fed back from blind tables that must stay organic, each with the guard that says why."""


@pytest.mark.parametrize(("text", "jurisdiction", "guard"), ORGANIC_WITH_THEIR_GUARD)
def test_fed_back_texts_stay_organic_with_their_guard(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


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
         "für alle im Newsletter vom Shop.", "de", "guard.public_code", "Code WINTER10"),
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


def test_a_label_someone_should_say_is_named_not_worn() -> None:
    text = ("how to tell a post is paid 🕵️ a code, a tagged brand, 'link in bio'. and if none of "
            "them say #ad, be careful #consumertips")
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "#ad") in signal_pairs(verdict)


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


def test_a_statement_said_to_be_advertising_is_a_rule_not_a_label() -> None:
    text = ("Kleiner Thread, weil ich's jede Woche erklären muss 🧵\n1/ Der Hinweis gehört an den "
            "Anfang, nicht ans Ende.\n2/ Auch Affiliate-Links sind Werbung. Ja, auch die in "
            "deiner Story.\nKeine Rechtsberatung, nur Erfahrung aus 6 Jahren Agentur.")
    verdict = analyze(Post(text, platform="x"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert ("guard.example", "Affiliate-Links") in signal_pairs(verdict)


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


def test_a_label_quoted_and_worn_again_among_topic_tags_is_the_topic() -> None:
    text = ("warum steht bei jedem zweiten post „werbung“ obwohl niemand bezahlt wurde?? kurz "
            "erklärt 👇\n#werbung #influencer #aufklärung #medienrecht")
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.example", "#werbung") in signal_pairs(verdict)


def test_affiliate_money_names_the_trade_not_a_link() -> None:
    """Quillwort: a parent who "had to explain what affiliate money is" discusses the trade;
    the text has no link of its own to disclose."""
    text = ("My 13 year old begged for a £40 lip oil because a creator 'swears by it'. I had to "
            "explain what affiliate money is. Half of them never write #ad. Who checks this??")
    verdict = analyze(Post(text, platform="x"), "uk")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert ("guard.example", "affiliate") in signal_pairs(verdict)


def test_a_scare_quoted_word_beside_a_quoted_ad_names_that_ad() -> None:
    """Rhubarb: a warning that quotes a phishing 'giveaway' names the word too."""
    text = ("Pas op 🙄 er gaat weer een ‘giveaway’ rond:\n\n‘🎉 WIN een laptop! In samenwerking "
            "met GadgetDeals. Like, deel en vul je gegevens in via de link!!’\n\nDit is phishing. "
            "Niet op klikken!")
    verdict = analyze(Post(text, platform="facebook"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.example", "giveaway") in signal_pairs(verdict)


def test_affiliate_only_deals_name_a_kind_of_deal() -> None:
    """Saxifrage: an explainer on pricing sponsored posts: "Affiliate-only deals are common"."""
    text = ("What should a creator with 15k followers charge for a sponsored post? Surveys put "
            "it at £150–£600. Affiliate-only deals are common but rarely worth it unless your "
            "audience converts. Whatever you charge, label it: '#ad' up front.")
    verdict = analyze(Post(text, platform="blog"), "uk")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.example", "Affiliate") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "label"), [
    ("Vraag aan de ondernemers hier: moeten influencers verplicht #adv zetten als we alleen "
     "producten opsturen en niks betalen? Wil het netjes doen 🙏", "nl", "#adv"),
    ("PSA for small creators 🧵\n\n#ad at the START of your caption > a tag at the bottom.\n\n"
     "not legal advice 😅", "uk", "#ad"),
    ("🌿 Sanne | kamerplanten uit Delft\n💌 samenwerken? sanne@groenhoek.nl\n"
     "#adv = betaald, (gekregen) = cadeau", "nl", "gekregen"),
])
def test_labels_to_put_placed_or_explained_are_named(text: str, jurisdiction: str,
                                                     label: str) -> None:
    """Tarragon: a label as what to put ("#adv zetten"), where to put it ("#ad at the START of
    your caption") or in a bio's legend ("(gekregen) = cadeau") is talked about, not worn."""
    verdict = analyze(Post(text, platform="instagram"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.example", label) in signal_pairs(verdict)


def test_a_bio_saying_how_paid_posts_are_recognised_names_its_labels() -> None:
    """Valerian: "betaalde posts herken je aan #adv, gekregen = #gifted" in a bio."""
    text = ("Fenna | 31 | Utrecht 🌷\nmode • wonen • eerlijk leven\nsamenwerken? 📩 hoi@fenna.nl\n"
            "betaalde posts herken je aan #adv, gekregen = #gifted\n⬇️ al mijn links")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.example", "#adv") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "evidence"), [
    ("⚠️ ACHTUNG, FAKE-WERBUNG ⚠️\nMir wird ständig diese Anzeige gezeigt: „Bekannte Moderatorin "
     "verrät ihr Geheimnis – mit 250€ zum passiven Einkommen!“ Das ist Betrug. Bitte teilen!",
     "de", ("guard.example", "WERBUNG")),
    ("Reminder to everyone in this group: posts promoting your own business, affiliate links or "
     "discount codes are only allowed on Self-Promo Saturday. Anything else will be removed.",
     "uk", ("guard.example", "affiliate links")),
])
def test_kinds_of_ads_and_group_rules_are_no_disclosure(
        text: str, jurisdiction: str, evidence: tuple[str, str]) -> None:
    """Wintergreen: "FAKE-WERBUNG" names a kind of advertising; a group rule that affiliate
    links "are only allowed on Saturday" states a rule."""
    verdict = analyze(Post(text, platform="facebook"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert evidence in signal_pairs(verdict)


def test_a_post_quoted_as_a_lesson_is_someone_elses() -> None:
    """Zedoary: 'Oben steht nur "Danke @hotel_xyz ❤️", weiter unten dann "Mit dem Code REISE20
    spart ihr 20 %"': a media-literacy post quoting another creator's ad."""
    text = ("Screenshot der Woche\n\nDieser Post eines Reise-Creators zeigt, wie man es nicht "
            "macht: Oben steht nur \"Danke @hotel_xyz ❤️\", weiter unten dann \"Mit dem Code "
            "REISE20 spart ihr 20 % auf euren Aufenthalt\". Kein \"Werbung\", kein \"Anzeige\", "
            "nichts.")
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.example", "Danke @hotel_xyz") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "evidence"), [
    # the third item of a list of labels is no header label, however near the start
    ("Anzeige, Werbung, bezahlte Partnerschaft, Kooperation – was ist denn jetzt richtig? 🤔\n"
     "Slide 2: \"Kooperation\" allein ist zu schwammig.\n#influencerrecht #medienrecht",
     ("guard.example", "bezahlte Partnerschaft")),
    # labels set aside as neutral ("Unbezahlte Werbung") still count as labels talked about
    ("🧵 Wann muss ich als Creator #Werbung oder #Anzeige schreiben?\n1️⃣ Geld → immer.\n"
     "2️⃣ Affiliate-Link / Rabattcode mit Provision → ja.\n3️⃣ Selbst gekauft → nein. "
     "\"Unbezahlte Werbung\" braucht's nicht.", ("guard.example", "Affiliate-Link")),
])
def test_explainers_listing_labels_wear_none(text: str, evidence: tuple[str, str]) -> None:
    """Zedoary: a lawyer's carousel and a creator's thread about which label to use."""
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert evidence in signal_pairs(verdict)


def test_the_bare_word_affiliate_in_a_post_about_labels_is_a_kind_of_income() -> None:
    text = ("wat verdien ik met 30k volgers? een gesponsorde post levert €250 op, affiliate "
            "bijna niks. en ja ik moet #adv zetten van de wet 👀 #influencer #geldpraat")
    verdict = analyze(Post(text, platform="tiktok"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "affiliate") in signal_pairs(verdict)
    assert ("guard.example", "#adv") in signal_pairs(verdict)


def test_a_thread_on_when_to_use_a_label_names_it() -> None:
    text = ("🧵 wanneer moet je als influencer #ad gebruiken? 1/ Betaald? → melden. 2/ Product "
            "gratis gekregen? → ook melden. 3/ Affiliate link waar jij aan verdient? → melden.")
    verdict = analyze(Post(text, platform="x"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "#ad") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "label"), [
    ("Thread: how to actually spot an undisclosed ad on IG 🧵\n\n1. a discount code that's "
     "personal to them (NAME20) = almost always a deal\n2. \"link in bio\" + one specific brand "
     "tagged\n3. \"thanks @brand for the goodies\" = gifted, should say #gifted\n\nnone of this is "
     "illegal to do, it's illegal to HIDE. #ad is not hard people", "us", "#ad"),
    ("Petit rappel 🧵\n1/ Depuis 2023, c'est « Publicité » ou « Collaboration commerciale », "
     "clairement visible\n2/ Produit offert sans contrepartie ? Ça se signale aussi\n3/ #ad en "
     "anglais sur un compte FR : pas suffisant", "fr", "#ad"),
])
def test_a_thread_that_quotes_the_signs_of_ads_talks_about_its_labels(
        text: str, jurisdiction: str, label: str) -> None:
    """Fennel (fed back in 2026.12.106): evidence quoted as examples counts as talk about
    labels, and "#ad is not hard", "#ad en anglais" name the label."""
    verdict = analyze(Post(text, platform="x"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", label) in signal_pairs(verdict)


def test_a_label_someone_should_put_on_a_quoted_ad_is_named() -> None:
    """Hyssop (fed back in 2026.12.108): "Zet er op z'n minst #ad bij." under a quoted ad."""
    text = ("“Ik verdiende €4000 in een week met deze app 🤑 gebruik mijn code GRATISGELD” – nee "
            "Kevin, je hebt geld gekregen om dit te posten. Zet er op z’n minst #ad bij.")
    verdict = analyze(Post(text, platform="x"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "#ad") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "named"), [
    ("Wat betekenen al die labels?\n- #ad / #adv / #advertentie: de maker is betaald voor deze "
     "post.\n- #gifted: de maker kreeg het product gratis.", "nl", "#advertentie"),
    ("Quick guide to the labels you keep seeing:\n- #ad/#sponsored: the creator was paid for "
     "this post.\n- #collab: a brand worked with them.", "us", "#sponsored"),
])
def test_labels_offered_with_slashes_are_named(text: str, jurisdiction: str, named: str) -> None:
    """Lovage (fed back in 2026.12.109): "#ad / #adv / #advertentie: de maker is betaald voor
    deze post" in an explainer defines the labels; "deze post" is the example's post."""
    verdict = analyze(Post(text, platform="blog"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", named) in signal_pairs(verdict)
    assert ("guard.example", "#ad") in signal_pairs(verdict)


def test_a_kind_of_ad_before_the_last_item_of_a_list_is_named() -> None:
    """Marjoram (fed back in 2026.12.110): "Fragen zu Gratisprodukten, Affiliate-Links und
    Rabattcodes" in a lawyer's video lists the topics, however "in dieser Folge" it stands."""
    text = (
        "Anwältin erklärt: Wann ist ein Post Werbung? | Creator-Recht\n\nIn dieser Folge "
        "beantworte ich eure Fragen zu Gratisprodukten, Affiliate-Links und Rabattcodes. Was "
        "sagt das UWG, was der Medienstaatsvertrag?\n\n00:00 Intro\n03:10 Affiliate-Links "
        "richtig kennzeichnen\n08:00 Abmahnungen")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "Affiliate-Links") in signal_pairs(verdict)
    assert not any(s.family == "disclosure" for s in verdict.signals)


def test_a_legend_for_marked_products_is_the_texts_own_disclosure() -> None:
    """Quassia (fed back in 2026.12.114): "° = gratis toegestuurd" above products marked °."""
    text = ("MIJN WINTER SKINCARE ROUTINE ❄️\nProducten in deze video (met een ° gemarkeerd = "
            "gratis toegestuurd door het merk, niet betaald):\n- Hydraterende toner – "
            "Dauwdruppel°\n- Serum met ceramiden – Huidlab°\n- Dagcrème – Basisbuurt (eigen "
            "aankoop)")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert verdict.verdict == "disclosed", verdict.signals
    assert verdict.kinds == ("gifted",)
    assert ("disclosure.statement", "gratis toegestuurd") in signal_pairs(verdict)


def test_a_bio_key_with_an_unused_mark_stays_a_named_label() -> None:
    # the mark explains nothing in the text: a bio's key naming labels, as before
    verdict = analyze(Post("Mijn labels ° = gratis toegestuurd · betaald = #adv · stel gerust "
                           "je vragen", platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals


def test_an_affiliate_link_someone_else_earns_on_is_not_a_disclosure() -> None:
    """Quassia (fed back in 2026.12.114): an opinion piece asking about other people's links."""
    text = ("Waarom ik bijna geen enkele influencer meer geloof\n\nIs die serum écht haar "
            "favoriet? Zit er achter die 'linkje in bio' een affiliate link waar ze 10% op "
            "verdient? Ik snap het hoor, mensen moeten ook hun huur betalen.")
    verdict = analyze(Post(text, platform="blog"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "affiliate link") in signal_pairs(verdict)


def test_the_authors_own_duty_to_label_is_not_a_disclosure() -> None:
    """Quassia (fed back in 2026.12.114): "if I use an affiliate link, I have to label it"."""
    text = ("replying to @jade.xo 'why does every video you post say ad now' 😭 it's the law. if "
            "I use an affiliate link, I have to label it. the ASA doesn't play. #influencertips")
    verdict = analyze(Post(text, platform="tiktok"), "uk")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "affiliate link") in signal_pairs(verdict)


def test_if_i_use_a_link_and_earn_stays_a_disclosure() -> None:
    # no duty to label follows: "if you buy through my link, I earn" discloses this text
    verdict = analyze(Post("Love this lamp! If I recommend something, it's because I use it. "
                           "Contains affiliate links: https://amzn.to/3xYz", platform="youtube"),
                      "us")
    assert verdict.disclosed, verdict.signals


def test_a_quoted_code_beside_a_quoted_label_is_listed_not_offered() -> None:
    """Rue (fed back in 2026.12.116): a rant listing « code MACHIN-10 » and « collaboration
    commerciale » as what every story says."""
    text = ("Petit coup de gueule : est-ce que je suis la seule à ne plus supporter les codes "
            "promo partout ?? 😤 Chaque story, chaque vidéo, « code MACHIN-10 », « lien en bio », "
            "« collaboration commerciale »… Vous avez des comptes sans pub à me conseiller ?")
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "code MACHIN-10") in signal_pairs(verdict)


def test_a_quoted_code_alone_stays_the_posts_offer() -> None:
    verdict = analyze(Post("Mon fond de teint préféré 😍 avec le code « LEA15 » -15 % sur le site",
                           platform="instagram"), "fr")
    assert verdict.commercial, verdict.signals


def test_a_wish_that_someone_paid_is_no_disclosure() -> None:
    """Sumac (fed back in 2026.12.118): "I wish someone was paying me to talk about my
    dishwasher" under "this isn't an ad"."""
    text = ("no this isn't an ad 😂 I wish someone was paying me to talk about my dishwasher. "
            "it's just a really good dishwasher")
    verdict = analyze(Post(text, platform="x"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "paying me to") in signal_pairs(verdict)


def test_a_wish_turned_round_by_but_stays_a_disclosure() -> None:
    text = "I wish I could say this was my own idea, but Lumo is paying me to talk about it."
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed, verdict.signals
    assert ("disclosure.statement", "paying me to") in signal_pairs(verdict)


def test_a_label_nobody_put_is_talked_about() -> None:
    """Sumac (fed back in 2026.12.118): a quoted promo caption, then "Bizarrement aucune n'a
    mis #publicité"."""
    text = ("« Ce sérum a changé ma vie 🥹✨ code JULIE30 » — 4e influenceuse de la journée à qui "
            "ce sérum a « changé la vie ». Bizarrement aucune n'a mis #publicité 🤔")
    verdict = analyze(Post(text, platform="x"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "#publicité") in signal_pairs(verdict)


def test_a_label_worn_after_a_denial_of_something_else_stays() -> None:
    verdict = analyze(Post("Aucune retouche sur cette photo ✨ #publicité @lumen.skin",
                           platform="instagram"), "fr")
    assert verdict.disclosed, verdict.signals
    assert ("disclosure.hashtag", "#publicité") in signal_pairs(verdict)


def test_kinds_of_deals_listed_with_their_articles_are_a_topic() -> None:
    """Sumac (fed back in 2026.12.118): "comment fonctionnent les placements de produits, les
    tarifs au CPM, les liens affiliés et pourquoi …" in an explainer that is not sponsored."""
    text = ("Combien gagne VRAIMENT un youtubeur avec les sponsors ? 💸\n\nDans cette vidéo je "
            "vous explique comment fonctionnent les placements de produits, les tarifs au CPM, "
            "les liens affiliés et pourquoi vous voyez autant de pubs pour des VPN. J'interroge "
            "aussi une juriste sur les obligations de transparence depuis 2023.\n\n⚠️ Cette "
            "vidéo n'est pas sponsorisée (ironique, je sais).")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "liens affiliés") in signal_pairs(verdict)


def test_a_brands_press_office_quoted_as_a_source_is_no_press_sample() -> None:
    """Xenotime (fed back in 2026.12.118): "Contacté par nos soins, le service presse de Pixelio
    confirme « un dysfonctionnement »" in tech news."""
    text = ("Contacté par nos soins, le service presse de Pixelio confirme « un dysfonctionnement "
            "affectant une partie des appareils » et indique qu'une mise à jour sera déployée.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "service presse") in signal_pairs(verdict)


def test_a_phone_received_from_the_press_office_stays_a_gift() -> None:
    text = "Téléphone reçu du service presse de Pixelio, merci à eux. Mon avis après 3 semaines."
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.commercial, verdict.signals
    assert ("disclosure.statement", "service presse") in signal_pairs(verdict)


def test_the_last_kind_of_a_list_on_an_advertise_page_is_named() -> None:
    """Thyme (fed back in 2026.12.119): "We offer display advertising, sponsored newsletter
    slots and branded content." on a publisher's advertise-with-us page."""
    text = ("Advertise with The Coastal Edit\n\nThe Coastal Edit reaches 180,000 monthly readers "
            "across Devon and Cornwall. We offer display advertising, sponsored newsletter slots "
            "and branded content.\n\nAll paid content is labelled \"Sponsored\" or \"In "
            "partnership with\" and is produced separately from our editorial team.")
    verdict = analyze(Post(text, platform="web"), "uk")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "branded content") in signal_pairs(verdict)


def test_a_partnership_closing_a_list_of_a_videos_parts_is_worn() -> None:
    # a list, but no talk of advertising: the last item is this video's own disclosure
    verdict = analyze(Post("In this video: my morning routine, my skincare shelf and a paid "
                           "partnership with Lumo.", platform="youtube"), "us")
    assert verdict.disclosed, verdict.signals
    assert ("disclosure.phrase", "paid partnership") in signal_pairs(verdict)


def test_a_bio_key_with_a_starred_value_names_its_labels() -> None:
    """Ugni (fed back in 2026.12.120): "🏷️ betaalde posts = #adv, gekregen = *gekregen" in a
    creator's bio."""
    text = ("Noor | 24 | Amsterdam 🌷\n✨ mode, beauty & mijn chaotische leven\n📩 samenwerkingen: "
            "noor@talentbureau-zuid.nl\n🏷️ betaalde posts = #adv, gekregen = *gekregen\n"
            "👇 mijn favorieten")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "gekregen") in signal_pairs(verdict)


def test_a_question_about_what_a_deal_earns_names_the_deal() -> None:
    """Vervain (fed back in 2026.12.121): "combien je gagne avec UN partenariat rémunéré ? 💰 je
    vous dis tout : tarifs, négociation …" in a creator-economy explainer."""
    text = ("combien je gagne avec UN partenariat rémunéré ? 💰 je vous dis tout : tarifs, "
            "négociation, et pourquoi je refuse 80% des marques qui me contactent. spoiler : les "
            "petites créatrices sont souvent sous-payées 🙃 #influence #argent #transparence")
    verdict = analyze(Post(text, platform="tiktok"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "partenariat rémunéré") in signal_pairs(verdict)


def test_a_label_after_unless_in_a_bio_is_a_condition() -> None:
    """Wormwood (fed back in 2026.12.122): "💸 Alle tips zelf betaald, tenzij #ad erbij staat"
    in a travel creator's bio."""
    text = ("Ilse | reizen op een budget ✈️\n📍 Den Haag\n💸 Alle tips zelf betaald, tenzij #ad "
            "erbij staat\n📩 ilse.reist@gmail.com voor samenwerkingen")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.example", "#ad") in signal_pairs(verdict)


def test_a_channel_about_page_that_never_lets_a_brand_approve_is_a_policy() -> None:
    """Wormwood (fed back in 2026.12.122): "Transparence : quand une vidéo est sponsorisée, je
    l'annonce … Les liens Amazon … sont des liens affiliés. Je n'accepte jamais …"."""
    text = ("Bienvenue sur Atelier Bricole 🔨\nDes tutos déco, une nouvelle vidéo chaque mercredi."
            "\n\nTransparence : quand une vidéo est sponsorisée, je l'annonce au début. Les liens "
            "Amazon de mes descriptions sont des liens affiliés. Je n'accepte jamais qu'une marque "
            "valide mon avis.")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


def test_a_group_rule_that_deletes_posts_with_affiliate_links_names_them() -> None:
    # "… werden ohne Vorwarnung gelöscht" (xylopia): a few words between the verb and "gelöscht"
    text = ("Liebe Mitglieder,\n\nbitte beachtet ab sofort die neue Gruppenregel Nr. 7: Beiträge "
            "mit Rabattcodes, Affiliate-Links oder Werbung für eigene Shops werden ohne "
            "Vorwarnung gelöscht. Empfehlungen untereinander sind weiterhin erwünscht.")
    verdict = analyze(Post(text, platform="facebook"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.example", "Affiliate-Links") in signal_pairs(verdict)


def test_a_post_that_will_be_updated_keeps_its_affiliate_disclosure() -> None:
    text = ("Diese Liste wird regelmäßig aktualisiert. Die Links sind Affiliate-Links: kauft ihr "
            "darüber, bekomme ich eine kleine Provision. https://amzn.to/3kX9aBc")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert verdict.commercial and verdict.disclosed
    assert not any(s.rule == "guard.example" for s in verdict.signals)


def test_a_paid_partnership_between_two_named_parties_is_a_disclosure() -> None:
    # "This is a paid partnership between Drowsewell and Loom & Lantern." (dioptase): "between"
    # names the parties, not a place among hashtags
    text = ("The Great Sleep Reset\nPhoto: Courtesy of Drowsewell. This is a paid partnership "
            "between Drowsewell and Loom & Lantern.\nMost of us spend a third of our lives in "
            "the bedroom. https://drowsewell.com/cloudline?utm_source=loomlantern&utm_medium=native")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.phrase", "paid partnership") in signal_pairs(verdict)


def test_a_label_put_between_the_hashtags_is_named() -> None:
    verdict = analyze(Post("Ik zet #ad gewoon tussen de andere hashtags en klaar", platform="x"),
                      "nl")
    assert verdict.verdict == "organic"
    assert signal_pairs(verdict) == {("guard.example", "#ad")}


def test_a_code_the_shop_sends_to_everyone_is_its_public_code() -> None:
    # "ils envoient un code BIENVENUE10 à tout le monde" in a neighbour's reply (anise)
    text = ("Pour répondre à Karim : on a pris notre table chez Boisdoré il y a un an. Astuce : "
            "inscrivez-vous à leur newsletter, ils envoient un code BONJOUR15 à tout le monde.")
    verdict = analyze(Post(text, platform="facebook"), "fr")
    assert verdict.verdict == "organic"
    assert ("guard.public_code", "code BONJOUR15") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "code"), [
    ("Mon code LINA15 à tout le monde pour -15% chez @boisdore 😘", "code LINA15"),
    ("Code LINA15 à tout le monde, ça marche sur tout le site @boisdore", "Code LINA15"),
])
def test_a_creators_own_code_for_everyone_stays_her_code(text: str, code: str) -> None:
    verdict = analyze(Post(text, platform="instagram"), "fr")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.discount_code", code) in signal_pairs(verdict)


def test_a_code_in_a_quoted_forum_line_is_someone_elses_ad() -> None:
    # "> … mit MAREN30 spart ihr 30% 💚" copied in to ask how to report it (borage)
    text = ("Guckt mal, Post von so nem Account mit 80k Followern:\n\n> Mein Trick für glatte "
            "Haut ✨ das Serum von @glowherb, mit JANA25 spart ihr 25%\n\nNirgends steht "
            "Werbung. Kann man das melden?")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.example", "JANA25") in signal_pairs(verdict)


def test_an_arrow_before_a_creators_code_is_no_quote() -> None:
    verdict = analyze(Post("Neuer Rabattcode:\n-> mit LISA20 spart ihr 20% bei @shop",
                           platform="instagram"), "de")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.discount_code", "LISA20") in signal_pairs(verdict)


def test_an_advertorials_double_arrow_call_to_action_is_no_quote() -> None:
    text = ("Thousands swear by the new sleep patch. Readers of this article get 40% off today.\n"
            ">> Claim your discount: restwell-patch.com/offer?src=news")
    verdict = analyze(Post(text, platform="web"), "uk")
    assert verdict.commercial
    assert not any(s.rule == "guard.example" for s in verdict.signals)


def test_a_memes_says_influencer_aside_names_someone_elses_code() -> None:
    # "*zegt influencer met kortingscode LIEKE20, link in bio …*" (caraway)
    text = ("'Ik gebruik dit echt zelf hoor'\n*zegt influencer met kortingscode SANNE15, link in "
            "bio en 9 stories over dezelfde crème* 🙃\n\ntag iemand die dit kent #meme")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "organic"
    assert ("guard.example", "kortingscode SANNE15") in signal_pairs(verdict)


def test_a_code_other_creators_push_in_a_self_bought_review_is_not_the_authors() -> None:
    # "Half of tech YouTube got sent the Nimbus … and is pushing code NIMBUS20. I'm not one of
    # them: no code, no links, no sponsor." (dittany)
    text = ("Velo One vs Kestrel X — honest review after a month. Bought both with my own money. "
            "Every other channel got sent the Velo and is pushing code VELO15. I'm not one of "
            "them: no code, no links, no sponsor.")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.verdict == "organic"
    assert ("guard.public_code", "code VELO15") in signal_pairs(verdict)


def test_a_gift_label_heading_its_caption_line_deep_in_a_review_discloses() -> None:
    # "Gifted – the Nestwell Carrier was sent to us by Nestwell to try" under a photo (jadeite)
    body = "We tried it on walks, on the bus and around the house for three weeks. " * 30
    text = (f"Baby carrier review after a month\n\n{body}\nGifted – the Loopa Carrier was sent to "
            f"us by Loopa to try. All thoughts are my own.\n\n{body}")
    verdict = analyze(Post(text, platform="blog"), "uk")
    assert verdict.commercial
    assert ("disclosure.label", "Gifted") in signal_pairs(verdict)
