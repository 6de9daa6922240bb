"""Guards in apply_guards itself: negation, unpaid mentions, self-bought, public codes, satire."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post


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


def test_negation_does_not_cancel_a_separate_affiliate_disclosure() -> None:
    text = "Some links may be affiliate links | This video is not sponsored. https://amzn.to/3ab"
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.disclosed and verdict.commercial


def test_but_ends_a_denial() -> None:
    text = "Cet article n'est pas sponsorisé, mais le séjour m'a été offert par le domaine."
    verdict = analyze(Post(text, platform="blog"), "fr")
    assert verdict.commercial and verdict.disclosed
    assert ("disclosure.statement", "m'a été offert") in signal_pairs(verdict)


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


def test_no_affiliate_link_in_french_is_a_denial() -> None:
    text = ("Cette vidéo n'est PAS sponsorisée. J'ai acheté les deux téléphones avec mon argent et "
            "il n'y a aucun lien affilié dans la description.")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic"
    assert "disclosure.statement" not in {s.rule for s in verdict.signals}


def test_a_denial_in_brackets_does_not_reach_a_later_label() -> None:
    text = "De 10 beste draagzakken (en wat je echt niet nodig hebt) – bevat affiliatelinks"
    verdict = analyze(Post(text, platform="pinterest",
                           links=("https://partner.bol.com/click/click?p=1&s=123&url=x",)), "nl")
    assert verdict.verdict == "disclosed"
    assert ("disclosure.statement", "bevat affiliatelinks") in signal_pairs(verdict)


def test_a_negation_in_another_clause_does_not_cancel_a_hashtag() -> None:
    text = "week 6 with the @lumo.skin balm and I'm not going back #sponsored #skintok"
    verdict = analyze(Post(text, platform="tiktok"), "us")
    assert verdict.disclosed
    assert ("disclosure.hashtag", "#sponsored") in signal_pairs(verdict)


def test_a_refusal_of_free_products_in_exchange_for_coverage_is_no_disclosure() -> None:
    text = ("We're funded by paid subscribers. We don't accept free products in exchange for "
            "coverage.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert verdict.verdict == "organic"
    assert not [s for s in verdict.signals if s.family in ("disclosure", "commercial")]


@pytest.mark.parametrize("text", [
    "Paket seit 4 Tagen in Zustellung. Ich war zuhause. Danke für nix @Paketblitz_DE",
    # an eye-rolling or upside-down face after the thanks (clover)
    "Zum dritten Mal keine Zustellung, obwohl ich zuhause war. Danke @Flinkpost_DE, echt super "
    "Service 🙄",
    "Worth $129? I picked this up on sale. No one sent me this, I just drink a lot of coffee.",
])
def test_sarcastic_thanks_and_denied_sending_are_no_gift(text: str) -> None:
    verdict = analyze(Post(text, platform="x"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert "commercial.gifted" not in {s.rule for s in verdict.signals}


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


def test_no_sponsoring_in_this_video_is_a_denial() -> None:
    verdict = analyze(Post("Kein Sponsoring in diesem Video, alles selbst gekauft.",
                           platform="youtube"), "de")
    assert verdict.verdict == "organic"
    assert ("guard.negation", "Kein Sponsoring") in signal_pairs(verdict)


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


def test_a_link_the_author_says_is_no_affiliate_link_makes_no_offer() -> None:
    text = ("Deze video is NIET gesponsord.\nDe lamp: kringloop, €3\nMijn bureau: "
            "https://www.meubelhal.nl/bureau-odin (geen affiliate link, gewoon handig)\n"
            "Insta: @noor.studeert")
    verdict = analyze(Post(text, platform="youtube"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False)
    assert ("guard.negation", "geen affiliate link") in signal_pairs(verdict)
    assert not [s for s in verdict.signals if s.family == "commercial"]


def test_a_label_never_worn_is_denied() -> None:
    """"influenceuse qui ne met jamais #pub": "jamais" (never) denies the label it comes before
    (orchid); the hashtag is no disclosure of this forum post."""
    text = ("Sujet : influenceuse qui ne met jamais #pub ??\nElle poste des montres tous les jours "
            "et rien n'est signalé. C'est légal ?")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert verdict.verdict == "organic"
    assert not [s for s in verdict.signals if s.family == "disclosure"]


@pytest.mark.parametrize(("text", "code"), [
    ("Thema: Code HERBST30 bei Lunamode geht nicht?\nHab den Code bei einer Influencerin auf Insta "
     "gesehen, aber es kommt immer 'Code ungültig'. Jemand eine Idee?", "HERBST30"),
    ("Vraagje: code WINTER20 bij Fietsplein werkt niet? Zag hem bij een influencer maar krijg "
     "steeds 'ongeldig'.", "WINTER20"),
])
def test_a_reader_asking_about_someone_elses_code_sells_nothing(text: str, code: str) -> None:
    """Quillwort: a forum question about a code that "does not work" or is "invalid" is about
    another person's code; the code is set aside as not the author's."""
    verdict = analyze(Post(text, platform="web"), "de")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert any(s.rule == "guard.public_code" and s.text.endswith(code) for s in verdict.signals)


def test_an_emoji_closes_the_clause_a_negation_belongs_to() -> None:
    """Rhubarb: "routes die je nog niet kent 🚲🌷 in samenwerking met @…" — the "niet" denies
    knowing the routes, not the partnership; a negation after the emoji still denies."""
    text = ("3 wandelroutes rond Leiden die je nog niet kent 🥾🌷 in samenwerking met "
            "@trailschoen.nl – ik testte hun nieuwe schoen #wandelen #leiden")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert (verdict.verdict, verdict.commercial, verdict.disclosed) == ("disclosed", True, True)
    assert ("disclosure.phrase", "in samenwerking met") in signal_pairs(verdict)
    denied = analyze(Post("@dave no it's not an ad 😂 nobody is paying me to talk about a pen",
                          platform="x"), "us")
    assert (denied.verdict, denied.commercial) == ("organic", False)
    assert ("guard.negation", "not an ad") in signal_pairs(denied)


def test_a_code_from_a_shops_mailing_is_its_public_code() -> None:
    """Rhubarb: "anyone else get the Brightcart email with code SPRING25??" shares a code the
    shop mailed to everyone."""
    text = ("anyone else get the Homely email with code CLEAN20?? stocked up on sponges lol, "
            "20% off cleaning stuff is my new personality #adulting")
    verdict = analyze(Post(text, platform="instagram"), "us")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", "code CLEAN20") in signal_pairs(verdict)


def test_a_code_printed_on_the_shops_poster_is_public() -> None:
    """Saxifrage: a neighbour's tip with a code that "staat gewoon op de poster bij de ingang"."""
    text = ("Tip voor wie een nieuwe fiets zoekt: Fietshuis Bakker heeft zaterdag open dag, en met "
            "code OPENDAG10 (staat gewoon op de poster bij de ingang) krijg je 10% op alles. "
            "Fijne lokale zaak 👍")
    verdict = analyze(Post(text, platform="facebook"), "nl")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", "code OPENDAG10") in signal_pairs(verdict)


def test_a_code_seen_in_a_group_that_may_not_work_is_someone_elses() -> None:
    """Tarragon: "je sais pas s'il marche encore" (without "ne") about a code seen in a group."""
    text = ("[Forum Cuisine] Quel blender pour les smoothies ?\nJe regarde le Mixo 5 (129€). J'ai "
            "vu sur un groupe que certains avaient un code promo MIXO10 mais je sais pas s'il "
            "marche encore. Merci !")
    verdict = analyze(Post(text, platform="web"), "fr")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", "code promo MIXO10") in signal_pairs(verdict)


@pytest.mark.parametrize(("text", "jurisdiction", "code"), [
    ("Re: Best shoes for flat feet?\nSwitched to the Varro Stability 3 and my shin splints are "
     "gone. Got them at Run Depot. Also if you sign up for their newsletter you get WELCOME10 for "
     "10% off, everyone gets it.", "us", "WELCOME10"),
    ("Tipp: Im Laden Radhaus Kern gibt's mit HERBST15 gerade 15% auf Helme, den Code bekommt "
     "jeder an der Kasse genannt.", "de", "HERBST15"),
    ("Gekocht bij Fietsplein. Als je je inschrijft voor hun nieuwsbrief, krijg je FIETS10 voor "
     "10% korting.", "nl", "FIETS10"),
])
def test_a_code_everyone_gets_is_the_shops_public_one(
        text: str, jurisdiction: str, code: str) -> None:
    """Xanthium: a forum reply passing on a newsletter's welcome code "everyone gets"; a code
    the shop's newsletter gives on signing up."""
    verdict = analyze(Post(text, platform="web"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", code) in signal_pairs(verdict)


def test_a_code_influencers_push_in_a_self_bought_review_is_theirs() -> None:
    """Zedoary: "You'll see loads of influencers pushing code KETTLO10" in a comparison bought
    with the author's own money."""
    text = ("Brewmaster vs Kettlo\n\nI bought both of these with my own money and used each for a "
            "month.\n\nYou'll see loads of influencers pushing code KETTLO10 for Kettlo – it does "
            "work, but the Brewmaster is usually on offer anyway.\n\nVerdict: Brewmaster. No one "
            "paid me to say that, and there are no affiliate links here.")
    verdict = analyze(Post(text, platform="blog"), "uk")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", "code KETTLO10") in signal_pairs(verdict)


def test_a_public_code_is_explained_as_the_shops_not_as_a_denial() -> None:
    """A shop's public code set aside is named for what it is in the explanation, in both
    languages of the site (it read "a denial ("SPRING10")" before 2026.12.100)."""
    text = ("Got them at Run Depot. If you sign up for their newsletter you get SPRING10 for "
            "10% off.")
    verdict = analyze(Post(text, platform="web"), "us")
    assert ("guard.public_code", "SPRING10") in signal_pairs(verdict)
    assert "a shop's public code, not the author's (\"SPRING10\")" in verdict.explanation
    dutch = analyze(Post("Gekocht bij Fietsplein. Met hun nieuwsbrief krijg je FIETS10 voor 10% "
                         "korting.", platform="web"), "nl")
    assert "een openbare code van de winkel" in dutch.explanation, dutch.explanation


@pytest.mark.parametrize(("text", "jurisdiction", "code"), [
    ("Voor wie ook fan is van Boekhandel De Zeef: in hun nieuwsbrief stond deze week een code "
     "voor 10% op alle kinderboeken, ZEEF10, geldig t/m zondag. Delen is lief 📚", "nl", "ZEEF10"),
    ("PSA for plant people: in their newsletter this morning there was a code for 15% off all "
     "pots, LEAFY15, until Sunday.", "us", "LEAFY15"),
])
def test_a_code_from_the_shops_own_mailing_is_its_public_one(
        text: str, jurisdiction: str, code: str) -> None:
    """Elderflower (fed back in 2026.12.105): a customer passing on the code the shop's
    newsletter sent everyone, named before the code in the same sentence."""
    verdict = analyze(Post(text, platform="facebook"), jurisdiction)
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", code) in signal_pairs(verdict)


def test_a_code_the_author_calls_their_own_beside_a_shops_mailing_stays_theirs() -> None:
    text = ("In hun nieuwsbrief staat het ook al, maar met mijn code ZEEF10 krijg je 10% op "
            "alle kinderboeken 📚 @boekhandeldezeef")
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.commercial, verdict.signals
    assert ("commercial.discount_code", "code ZEEF10") in signal_pairs(verdict)


def test_a_code_shared_by_someone_not_affiliated_is_the_shops() -> None:
    """Hyssop (fed back in 2026.12.108)."""
    text = ("PSA for my fellow stationery goblins 📝✨ Pebblebox has 30% off EVERYTHING with code "
            "SPRING30 until Sunday — I just restocked my washi tape. not affiliated, just excited "
            "lol #stationery")
    verdict = analyze(Post(text, platform="instagram"), "uk")
    assert (verdict.verdict, verdict.commercial) == ("organic", False), verdict.signals
    assert ("guard.public_code", "code SPRING30") in signal_pairs(verdict)


def test_a_shops_welcome_code_used_on_ones_own_order_is_public() -> None:
    """Vervain (fed back in 2026.12.121): "PSA: code WELCOME10 still works on Fernly's site for
    first orders, just got a tenner off my plant order"."""
    verdict = analyze(Post("PSA: code WELCOME10 still works on Fernly's site for first orders, "
                           "just got a tenner off my plant order 🌱", platform="x"), "us")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.public_code", "code WELCOME10") in signal_pairs(verdict)


def test_a_welcome_code_offered_by_the_author_stays_commercial() -> None:
    verdict = analyze(Post("Use my code WELCOME10 for 10% off your first order at @fernly 🌱",
                           platform="instagram"), "us")
    assert verdict.commercial, verdict.signals


def test_a_code_someone_posted_in_the_forum_is_public() -> None:
    """Wormwood (fed back in 2026.12.122): "15% mit dem Code HERBST15, den jemand hier im Forum
    gepostet hatte" in a repair thread's reply."""
    text = ("Re: Kettenschaltung springt\n\nHab dann eine neue Kassette bei Radwerk24 bestellt, "
            "die hatten übers Wochenende sowieso 15% mit dem Code HERBST15, den jemand hier im "
            "Forum gepostet hatte. Seitdem läuft alles sauber.")
    verdict = analyze(Post(text, platform="web"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert ("guard.public_code", "Code HERBST15") in signal_pairs(verdict)


def test_a_welcome_code_said_to_still_work_is_a_customers_tip() -> None:
    # "le code BIENVENUE10 marche encore sur Frigolo pour une 1ère commande (testé hier soir)"
    text = ("pour ceux qui cherchent, le code BIENVENUE10 marche encore sur Frigolo pour une 1ère "
            "commande (testé hier soir). de rien les radins comme moi 🫡")
    verdict = analyze(Post(text, platform="x"), "fr")
    assert verdict.verdict == "organic"
    assert signal_pairs(verdict) == {("guard.public_code", "code BIENVENUE10")}


def test_a_creators_own_code_that_still_works_stays_theirs() -> None:
    text = "Mijn code LOTTE15 werkt nog tot zondag: 15% korting op alles bij @zeepjes.nl 🧼"
    verdict = analyze(Post(text, platform="instagram"), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.discount_code", "code LOTTE15") in signal_pairs(verdict)
