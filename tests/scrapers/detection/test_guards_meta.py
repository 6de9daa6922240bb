"""Guards for texts about advertising, policy pages and weak hints scattered over long pages."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.detection.document import read_document
from scrapers.detection.guards import about_advertising, policy_page
from scrapers.models import Post


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


def test_support_the_channel_speaks_of_the_text_itself_in_a_meta_video() -> None:
    text = ("The truth about influencer marketing and affiliate marketing: brands, creators and "
            "the FTC rules explained.\nSUPPORT THE CHANNEL VIA THE AMAZON SHOPPING LINK below\n"
            "Thanks for watching!")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed
    assert "guard.about_advertising" in {s.rule for s in verdict.signals}
    assert "SUPPORT THE CHANNEL" in {s.text for s in verdict.signals if s.family == "disclosure"}


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


def test_a_label_discussed_in_a_headline_is_no_header_label() -> None:
    text = ("Umfrage: Viele Teenager halten #sponsored für ein Kompliment\n\nIn einer Befragung "
            "von 1.200 Jugendlichen erkannte nur jede dritte Influencerin-Story mit dem Hinweis "
            "als Werbung. Die Medienanstalten wollen nun aufklären.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic"
    assert "guard.about_advertising" in {s.rule for s in verdict.signals}


def test_an_about_page_that_says_how_it_labels_is_standing_policy() -> None:
    text = ("About us\nWe cook on a budget. Every paid post on this page starts with \"AD\". If a "
            "post has affiliate links, we tell you.\nBrand enquiries: hello@forks.example")
    verdict = analyze(Post(text, platform="facebook"), "us")
    assert verdict.verdict == "organic"
    assert "guard.policy_page" in {s.rule for s in verdict.signals}


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
        # a media kit offering a press trip as a format (clover)
        ("Mediadaten 2025 – Foodblog Ofenliebe\n\nFormate: Rezeptartikel ab 500 €, Reel ab 400 €, "
         "Pressereise nach Absprache.\nAlle Kooperationen werden als Werbung gekennzeichnet.",
         "de", {"guard.policy_page"}),
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


ORGANIC_WITH_THEIR_GUARD = [
    # a code "aus deren Newsletter"; a code seen going round that "passe pas"; a weak tag
    # under a quoted scam offer that names "#werbung" (peppermint)
    ("Falls wer braucht: bei Frischkorb gilt der Code HERBST25 noch bis Sonntag. Hab ihn aus "
     "deren Newsletter, bin nicht verbandelt 🥲", "de", "guard.public_code"),
    ("Sujet : code promo Kidizo ?\nJ'ai vu passer un code BIENVENUE20 sur Kidizo mais il passe "
     "pas chez moi, quelqu'un sait s'il est expiré ??", "fr", "guard.public_code"),
    ("ich lese euch die nachricht vor 💀 \"Du bekommst unsere Uhr GRATIS, du musst nur einen "
     "Post mit #werbung machen\" ... ja nee\n\n#influencer #scam #kooperation", "de",
     "guard.example"),
    # doing without affiliate links said with a verb; someone's ad quoted in German »…«; an
    # ethics charter; a code offered "à tout le monde" (orchid)
    ("Akku-Staubsauger im Test: 6 Modelle. Wir haben alle Geräte selbst gekauft. Auf "
     "Affiliate-Links verzichten wir in diesem Artikel bewusst. Testsieger: Vantor V12.", "de",
     "guard.negation"),
    ("»Werbung | Mit diesem Tee 5 Kilo weniger 🙏 Mit Code SLIM20 spart ihr 20%!«\n\nLeute. "
     "Das ist Abführtee. Hört auf, so was zu bewerben.", "de", "guard.example"),
    ("Charte déontologique de la rédaction\n\nArticle 7 – Contenus de marque\nLes contenus "
     "financés par un annonceur portent la mention « Partenariat ». Ils sont produits par le "
     "Brand Studio, distinct de la rédaction.", "fr", "guard.policy_page"),
    ("Budget Sicile : 2 140 € pour deux. Astuce : l'appli de location propose à tout le monde le "
     "code BIENVENUE10 pour la première réservation.", "fr", "guard.public_code"),
    # a shop's newsletter code, "not my code"; a disclosure page, a newsletter's footer and a
    # channel's about page that state standing terms (nasturtium)
    ("Weekupdate: de bank is eindelijk bezorgd. Ik had nog de code WELKOM10 van hun nieuwsbrief, "
     "dus dat scheelde wat.", "nl", "guard.public_code"),
    ("PSA Halden has 25% off everything with code SPRING25 this weekend (not my code, i just "
     "like their fleece) #deals", "us", "guard.public_code"),
    ("Disclosure\n\nDit is een onafhankelijk blog. Ik werk soms samen met merken die bij ons "
     "passen. Koop je via een affiliate link, dan ontvang ik een kleine commissie. Mijn mening "
     "is nooit te koop.", "nl", "guard.policy_page"),
    ("Une petite note avant de partir 💌\n\nCette newsletter est gratuite, financée par vos dons. "
     "Je n'accepte pas de placements payants. Quand je mets un lien affilié, il est marqué "
     "d'une (*).", "fr", "guard.policy_page"),
    ("À propos\n\nSalut, ici Léa, je teste des gadgets à moins de 50 €.\n\nTransparence : la "
     "plupart des produits sont achetés avec mes sous. Quand une marque sponsorise une vidéo, "
     "c'est toujours écrit au début. Les liens Amazon de mes descriptions sont des liens "
     "affiliés.", "fr", "guard.policy_page"),
    # "#unsponsored" denies the word it ends on; a sponsorship tag under "dit is geen reclame";
    # "a tiny #ad in hashtag no. 27" says where ads put the label (marigold)
    ("unsponsored review of the Arlo tote, paid £60 with my own money. pros: fits a laptop "
     "#unsponsored #honestreview", "us", "guard.self_bought"),
    ("hoeveel verdien je met een gesponsorde post? ik vertel eerlijk wat merken bieden. en nee, "
     "dit is geen reclame haha\n#influencer #geld #samenwerking", "nl", "guard.negation"),
    ("the stages of every influencer ad 😂\n1. \"I was SO skeptical\"\n2. \"use my code "
     "MIA15 for 15% off!!\"\n3. a tiny #ad in hashtag no. 27\n#memes", "us", "guard.example"),
    # a shop's public code that "says so on their website"; an editorial charter whose terms
    # say no advertiser may read along (jasmine)
    ("Spartipp: beim Newsletter von Hafermühle kriegt ihr 10% mit dem Code HAFER10 (steht so "
     "auf deren Website). Hab monatelang voll bezahlt 😅", "de", "guard.public_code"),
    ("Notre charte éditoriale\n\nLa rédaction travaille en toute indépendance. Aucun annonceur "
     "ne peut relire un article avant publication.\n\nLiens affiliés : certains guides "
     "contiennent des liens d'affiliation. Si vous achetez via ces liens, le magazine peut "
     "toucher une commission.", "fr", "guard.policy_page"),
    # wren policy pages and income talk are no ad
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
    # dahlia feedback funding pages and rule threads
    ("So finanzieren wir uns\n\nTechnikfreund ist ein unabhängiges Magazin. Um unsere Arbeit "
     "zu finanzieren, nutzen wir Affiliate-Links. Kaufst du dort ein, erhalten wir eine "
     "Provision. Diese hat keinen Einfluss auf unsere Bewertungen.", "de", "guard.policy_page"),
    # a "Hoe wij geld verdienen" page; a bio's "adv. = altijd gemarkeerd" legend (gardenia)
    ("Hoe wij geld verdienen\n\nStofzuigertest.nl is onafhankelijk. We kopen alle apparaten "
     "zelf. Wel verdienen we geld via affiliate links: koop je via onze site, dan krijgen we soms "
     "een kleine commissie. Dat heeft nooit invloed op onze oordelen.", "nl", "guard.policy_page"),
    ("Sanne | plantmom 🌿\n📩 samenwerkingen: hallo@sanneplant.nl\n✨ adv. = altijd gemarkeerd",
     "nl", "guard.example"),
    # tips on landing a first paid collaboration among creator-business tags; a bio's
    # "partenariats signalés #pub" (freesia)
    ("hoe ik als kleine creator (3k volgers) mijn eerste betaalde samenwerking kreeg + wat ik "
     "vroeg 💸 — dit is GEEN spon, gewoon tips #contentcreator #influencertips #creatortips",
     "nl", "guard.example"),
    ("Inès 🌿 | Nantes\nmaman • jardin • recettes\n📩 collabs : hello@inesaujardin.fr\n🤝 "
     "partenariats signalés #pub\n⬇️ mes favoris", "fr", "guard.example"),
    # a transparency page: "ik ontvang soms … om te testen" is a practice (erica)
    ("Transparantie\n\nOp Koken met Kees deel ik sinds 2015 mijn recepten. Hoe ik dit betaal:\n"
     "- Sommige recepten maak ik in opdracht van een merk.\n- Ik ontvang soms pannen om te "
     "testen. Dat vermeld ik in het artikel.\n- Op mijn pagina 'Mijn keukenspullen' staan "
     "affiliate links.", "nl", "guard.policy_page"),
    # "moet hij dan #ad erbij zetten?": a label asked about; "'thanks voor het opsturen'" named
    # as a sign of hidden ads is no gift either (erica)
    ("Vraagje aan de groep 🙋‍♀️ mijn zoon van 12 krijgt berichtjes van merken die hem gratis "
     "spullen willen sturen 'in ruil voor een video'. Moet hij dan #ad erbij zetten? Iemand "
     "ervaring?", "nl", "guard.example"),
    ("Hoe herken je sluikreclame? | Mediawijs #4\n\nIn deze aflevering leggen we uit hoe je "
     "ziet of een influencer betaald wordt. Let op kortingscodes en zinnetjes als 'thanks voor "
     "het opsturen'.\n\nDeze video is gemaakt voor de les burgerschap.", "nl", "guard.example"),
    # a report on children and ads: "#reclame" in the tag line below "via de link hieronder."
    # is the topic, the link the report's (daphne)
    ("Uit ons nieuwe onderzoek blijkt dat 6 op de 10 kinderen niet doorheeft wanneer een vlogger "
     "reclame maakt. Wij vinden dat platforms en merken meer moeten doen. Lees het rapport via "
     "de link hieronder.\n#mediawijsheid #kinderen #reclame", "nl", "guard.about_advertising"),
    ("🧵 Nein, „#ad“ reicht in Deutschland meist nicht. Ja, auch ein PR-Sample kann "
     "kennzeichnungspflichtig sein. Und nein, „Danke an @marke“ ist keine Kennzeichnung. "
     "1/7", "de", "guard.about_advertising"),
]
"""Texts fed back from blind tables that must stay organic, each with the guard that says why."""


@pytest.mark.parametrize(("text", "jurisdiction", "guard"), ORGANIC_WITH_THEIR_GUARD)
def test_fed_back_texts_stay_organic_with_their_guard(
        text: str, jurisdiction: str, guard: str) -> None:
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert verdict.verdict == "organic", verdict.signals
    assert guard in {s.rule for s in verdict.signals}


def test_about_in_a_headline_is_no_policy_page() -> None:
    text = ("Ep. 88 — What Nobody Tells You About Burnout\n\nToday's episode is brought to you "
            "by Larkfield Mattresses: 20% off at larkfield.com/show. Transcript on our website.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.phrase", "brought to you by") in signal_pairs(verdict)
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


def test_an_affiliate_policy_page_is_no_disclosure() -> None:
    text = ("Politique d'affiliation\n\nCe comparateur est financé en partie par l'affiliation : "
            "lorsque vous achetez via certains liens, nous pouvons percevoir une commission. "
            "Aucune marque ne peut payer pour apparaître dans nos classements.")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_la_campagne_is_the_countryside_not_advertising() -> None:
    text = ("Week-end au Domaine des Trois Chênes : mon avis\n\nTransparence : nous avons été "
            "invités par le Domaine pour deux nuits, dîner compris. " + "Le domaine se trouve "
            "au bout d'un chemin de terre bordé de noyers, six chambres seulement. " * 4
            + "Le wifi est capricieux, mais on est à la campagne.")
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "nous avons été invités") in signal_pairs(verdict)
    assert "guard.about_advertising" not in {s.rule for s in verdict.signals}


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


def test_a_work_with_me_page_that_explains_its_labels_is_a_policy() -> None:
    """Saxifrage: a page titled "Kooperationen" on a line of its own, listing formats such as
    "Blogartikel (Advertorial)" and saying paid posts are "gekennzeichnet", is a policy page; a
    note headed "Transparenz:" above a review is that review's own disclosure."""
    page = ("Kooperationen\n\nDu bist eine Marke und möchtest mit mir arbeiten? Gern!\n\n"
            "Formate:\n– Blogartikel (Advertorial) mit Link nach Absprache\n– Reels und Stories"
            "\n\nAlle bezahlten Beiträge werden von mir mit „Anzeige“ gekennzeichnet.")
    verdict = analyze(Post(page, platform="blog"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.policy_page", "kooperationen") in signal_pairs(verdict)
    assert not any(s.family == "disclosure" for s in verdict.signals)
    review = ("Transparenz: Die Kaffeemühle wurde mir von Mahlwerk kostenlos zur Verfügung "
              "gestellt. Deshalb kennzeichne ich das Video als Werbung.\n\nNach zwei Wochen …")
    own = analyze(Post(review, platform="youtube"), "de")
    assert own.commercial and own.disclosed, own.signals


def test_some_of_the_products_in_this_video_is_this_videos_disclosure() -> None:
    """Xanthium: "some of the products in this video were sent to me for free" under a
    "Disclaimer:" heading, above "Business inquiries", speaks of this video (a share of its
    products), not of the channel in general: no policy page."""
    text = ("HUGE Stationery Haul + Unboxing 📚\n\nDisclaimer: some of the products in this video "
            "were sent to me for free by Paperfox and Inkwell. I was not paid. Everything else I "
            "bought myself!\n\nProducts mentioned:\nPaperfox gel pens\n\n"
            "Business inquiries: ellie@example.com")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert (verdict.commercial, verdict.disclosed) == (True, True), verdict.signals
    assert ("disclosure.statement", "were sent to me for free") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)
    assert sum(s.text == "were sent to me for free" for s in verdict.signals) == 1  # shown once


def test_a_dutch_affiliate_statement_under_its_title_is_policy() -> None:
    text = ("Affiliate-verklaring\n\nPrijsjager.nl is een onafhankelijke website. Sommige links op "
            "onze site zijn affiliate links: koop je via zo'n link, dan ontvangen wij een kleine "
            "commissie. Dit heeft geen invloed op onze beoordelingen.")
    verdict = analyze(Post(text, platform="web"), "nl")
    assert verdict.verdict == "organic", verdict.signals
    assert any(rule == "guard.policy_page" for rule, _ in signal_pairs(verdict)), verdict.signals


def test_a_media_kit_under_a_title_with_year_and_site_is_a_policy_page() -> None:
    """Marjoram (fed back in 2026.12.110): "Mediadaten 2025 – Werben auf Gartenglück" over the
    formats on sale and "Alle bezahlten Inhalte werden … gekennzeichnet"."""
    text = (
        "Mediadaten 2025 – Werben auf Gartenglück\n\nReichweite: ca. 90.000 "
        "Seitenaufrufe/Monat · Newsletter: 12.000 Abonnent*innen\n\nUnsere Formate\n– "
        "Sponsored Post (Blog + Story): ab 700 € netto\n– Gewinnspiel-Kooperation: auf "
        "Anfrage\n\nAlle bezahlten Inhalte werden bei uns ausnahmslos als „Anzeige“ "
        "gekennzeichnet.\n\nKontakt: werbung@gartenglueck.de")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.policy_page", "mediadaten") in signal_pairs(verdict)


def test_a_survey_on_recognising_sponsored_videos_is_about_advertising() -> None:
    """Parsley (fed back in 2026.12.113): a foundation's poll on how young people read ads."""
    text = ("📢 Nieuw onderzoek: 7 op de 10 jongeren herkent een gesponsorde TikTok-video niet als "
            "reclame. Dat blijkt uit een peiling van Stichting Mediawijs Jong onder 1.400 "
            "scholieren. Vooral affiliate-links in bio's en 'unboxings' van gratis producten "
            "worden vaak gezien als eerlijke tips.")
    verdict = analyze(Post(text, platform="facebook"), "nl")
    assert (verdict.verdict, verdict.commercial, verdict.disclosed) == ("organic", False, False)
    assert "guard.about_advertising" in {s.rule for s in verdict.signals}, verdict.signals


def test_a_transparency_note_on_a_gift_that_names_this_text_is_no_policy_page() -> None:
    # "Transparenz: Den Lunetto Flow hat uns der Hersteller … kostenlos zur Verfügung gestellt.
    # … keinen Einfluss auf diesen Text" (dioptase): a review's own disclosure
    text = ("Unser neuer Kinderwagen: der Lunetto Flow nach drei Monaten\nUnser alter Wagen hatte "
            "ausgedient.\nTransparenz: Den Lunetto Flow hat uns der Hersteller Kimbali kostenlos "
            "zur Verfügung gestellt. Geld haben wir dafür nicht bekommen, und Kimbali hatte "
            "keinen Einfluss auf diesen Text.\nErster Eindruck: riesiger Karton, schneller Aufbau.")
    verdict = analyze(Post(text, platform="blog"), "de")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "kostenlos zur Verfügung gestellt") in signal_pairs(verdict)
    assert not any(s.rule == "guard.policy_page" for s in verdict.signals)


def test_a_creators_story_on_what_ad_posts_pay_wears_its_label_as_topic() -> None:
    # "DAS verdient man wirklich pro werbepost … #werbung #creatoreconomy" (zizia): the income
    # of ads is the topic, the tag among the topic tags names it
    text = ("story: 3 jahre vollzeit creator und so viel bekommt man pro werbepost wirklich 💸 "
            "(ehrlich, weniger als ihr glaubt) teil 2 morgen #werbung #creatoreconomy #ehrlich "
            "#influencerin")
    verdict = analyze(Post(text, platform="tiktok"), "de")
    assert verdict.verdict == "organic"
    guard = next(s for s in verdict.signals if s.rule == "guard.about_advertising")
    assert "pro werbepost" in guard.detail and "creatoreconomy" in guard.detail


def test_a_paid_post_tagged_creatoreconomy_stays_an_ad() -> None:
    text = "Werbung | Mein neuer Podcast-Setup von @tonwerk.audio 🎙️ #creatoreconomy"
    verdict = analyze(Post(text, platform="instagram"), "de")
    assert verdict.verdict == "disclosed"
    assert ("disclosure.label", "Werbung") in signal_pairs(verdict)
