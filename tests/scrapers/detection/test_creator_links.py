"""Brand links named after the creator who posts them (``creator_links``)."""

from __future__ import annotations

import pytest
from evidence import signal_pairs

from scrapers.detection import analyze
from scrapers.models import Post


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("RAIDFORGE jetzt kostenlos spielen 👉 https://rfl.game/bruno_zockt\n▶ Twitch: "
         "https://twitch.tv/bruno_zockt", "https://rfl.game/bruno_zockt"),
        ("Téléchargez Légendes d'Arkon 👉 https://arkon.game/kevzy\n🐦 X : @kevzyTV",
         "https://arkon.game/kevzy"),
        ("Shoppez le look ➜ https://www.maisonorlane.fr/collection?ref=casamargaux @casamargaux",
         "https://www.maisonorlane.fr/collection?ref=casamargaux"),
    ],
)
def test_a_brand_link_named_after_the_poster_is_a_campaign_link(text: str, url: str) -> None:
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.sponsor_link", url) in signal_pairs(verdict)
    assert "creator's own link" in {s.detail for s in verdict.signals}


@pytest.mark.parametrize("text", [
    "Folgt mir: https://twitch.tv/bruno_zockt und https://www.instagram.com/bruno_zockt",
    "Photo by Rafa Galeano on Unsplash https://unsplash.com/@rafagaleano @rafagaleano",
    "Clip: https://t.co/kevzy @kevzy",
])
def test_own_channels_photo_credits_and_short_links_are_no_campaign(text: str) -> None:
    verdict = analyze(Post(text, platform="web"), "de")
    assert "creator's own link" not in {s.detail for s in verdict.signals}, verdict.signals


def test_a_brand_link_named_after_the_creators_own_site_is_a_campaign_link() -> None:
    text = ("Pixelo 9 Pro : test complet\n\n🔒 Protégez votre connexion avec Kelvo VPN : "
            "https://kelvovpn.com/tomtech → -72% + 3 mois offerts\n\nMon matos 👉 "
            "https://tomtech.fr/setup")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.sponsor_link", "https://kelvovpn.com/tomtech") in signal_pairs(verdict)
    assert ("commercial.sponsor_link", "https://tomtech.fr/setup") not in signal_pairs(verdict)


def test_a_campaign_link_from_the_posts_link_list_counts_without_a_span() -> None:
    # the description names the shop's address without a scheme the text reader accepts;
    # the scanner's link list carries the link itself
    text = ("VLOG 212 | verhuizen met 3 kinderen 📦 Enorm blij met onze nieuwe matrassen van "
            "Slaapwel Direct! Kijk op de site voor 100 nachten proefslapen + gratis kussen.\n"
            "Volg ons ook op insta: @familiebakker")
    url = "https://slaapweldirect.example/familiebakker"
    verdict = analyze(Post(text, platform="youtube", links=(url,)), "nl")
    assert verdict.verdict == "undisclosed"
    assert ("commercial.sponsor_link", url) in signal_pairs(verdict)
    link = next(s for s in verdict.signals if s.rule == "commercial.sponsor_link")
    assert (link.start, link.end, link.detail) == (None, None, "creator's own link")


def test_a_campaign_link_in_both_the_text_and_the_link_list_is_one_signal() -> None:
    url = "https://rfl.game/bruno_zockt"
    verdict = analyze(Post(f"Jetzt spielen 👉 {url}\n▶ Insta: @bruno.zockt", platform="youtube",
                           links=(url,)), "de")
    assert [s.text for s in verdict.signals if s.rule == "commercial.sponsor_link"] == [url]


def test_a_landing_page_on_the_authors_own_site_is_no_campaign() -> None:
    text = ("VLOG #112 | Umzugschaos 📦\n\nFolgt mir gern auch hier:\n"
            "Instagram: https://instagram.com/lenaunterwegs\n"
            "Mein Podcast: https://lenaunterwegs.de/podcast")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert verdict.verdict == "organic", verdict.signals
    assert not [s for s in verdict.signals if s.family == "commercial"]


def test_a_brands_podcast_landing_page_stays_a_campaign_link() -> None:
    text = ("Folge 41 ist online! Mehr zur App: https://zapklik.de/podcast\n"
            "Instagram: https://instagram.com/lenaunterwegs")
    verdict = analyze(Post(text, platform="youtube"), "de")
    assert ("commercial.sponsor_link", "https://zapklik.de/podcast") in signal_pairs(verdict)


@pytest.mark.parametrize("link", [
    "https://fr.tipeee.com/kraxou", "https://www.buymeacoffee.com/kraxou",
    "https://liberapay.com/kraxou", "https://paypal.me/kraxou",
])
def test_the_audiences_tip_jar_named_after_the_creator_is_no_campaign(link: str) -> None:
    text = (f"Merci d'avoir regardé ! Pour soutenir la chaîne : {link}\n"
            "Twitch : twitch.tv/kraxou\nDiscord : https://discord.gg/kraxou")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "organic", verdict.signals
    assert not {rule for rule, _ in signal_pairs(verdict) if rule.startswith("commercial.")}


def test_a_personal_referral_token_in_a_caption_is_an_affiliate_link() -> None:
    """Fennel (fed back in 2026.12.106): "www.glowmi.co/shop?ref=tanyaB" under a testimonial is
    the shop's referral link (AffiliateWP's and GoAffPro's ``?ref=``), and "BOGO" is a perk."""
    text = ("I've been drinking the Glowmi collagen creamer for a month!! They're doing a BOGO "
            "deal this weekend only 👇👇\nwww.glowmi.co/shop?ref=tanyaB")
    verdict = analyze(Post(text, platform="facebook",
                           links=("https://www.glowmi.co/shop?ref=tanyaB",)), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    links = [s for s in verdict.signals if s.rule == "commercial.affiliate_link"]
    assert [(s.text, s.detail) for s in links] == [("www.glowmi.co/shop?ref=tanyaB", "referral")]


@pytest.mark.parametrize(("text", "platform"), [
    # where a click came from, not who sent it
    ("Our new episode is out! Listen here: https://podlink.example/show?ref=footer_blog",
     "instagram"),
    ("Rooftop cinema is back this summer https://cinemasky.example/tickets?ref=explore",
     "facebook"),
    # a site's own promotion under every article of a web page
    ("O conhecimento liberta. Saiba mais: https://icl.com.br/?ref=H42356785Q", "web"),
])
def test_a_placement_ref_or_a_pages_own_promotion_is_no_referral(text: str, platform: str) -> None:
    verdict = analyze(Post(text, platform=platform), "nl")
    assert "referral" not in {s.detail for s in verdict.signals}, verdict.signals


def test_a_campaign_link_tagged_with_the_channels_name_is_a_sponsor_link() -> None:
    """Oregano (fed back in 2026.12.112): ``src=yt_riftgaming`` on a game's install link under
    a description that gives the channel as "Twitch: twitch.tv/riftgaming_" (no scheme)."""
    link = "https://emberkingdoms.game/start?src=yt_riftgaming&pid=88213"
    text = ("THIS BOSS ALMOST BROKE ME | Ember Kingdoms F2P Day 1\n\nStart your journey in Ember "
            f"Kingdoms and get an exclusive starter pack 🎁 → {link}\n\n"
            "Join the discord: discord.gg/riftfam\nTwitch: twitch.tv/riftgaming_\n#mobilegaming")
    verdict = analyze(Post(text, platform="youtube", links=(link,)), "us")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.sponsor_link", link) in signal_pairs(verdict)


def test_a_brand_page_filed_under_the_channel_is_the_creators_link() -> None:
    """Rue (fed back in 2026.12.117, a second look): "ostra.game/yt/krakzor" under
    twitch.tv/krakzor."""
    text = ("⚔️ TÉLÉCHARGEZ LÉGENDES D'OSTRA GRATUITEMENT ICI : https://ostra.game/yt/krakzor et "
            "récupérez le pack de départ exclusif !\n\n🎮 Twitch : https://twitch.tv/krakzor\n"
            "🐦 X : @krakzor_")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert verdict.verdict == "undisclosed", verdict.signals
    assert ("commercial.sponsor_link", "https://ostra.game/yt/krakzor") in signal_pairs(verdict)


def test_a_page_filed_under_someone_elses_channel_is_not_the_creators() -> None:
    text = ("Regardez la vidéo de mon ami : https://ostra.game/yt/lunaplays\n🎮 Twitch : "
            "https://twitch.tv/krakzor")
    verdict = analyze(Post(text, platform="youtube"), "fr")
    assert not any(rule == "commercial.sponsor_link" for rule, _ in signal_pairs(verdict))


def test_a_vanity_path_of_the_channels_name_without_its_wrapping_is_the_creators() -> None:
    """Thyme (fed back in 2026.12.119): "The thermostat we use: https://brightnest.io/loftlife"
    under "Follow us on Instagram @theloftlifeproject"."""
    text = ("We finally finished the loft conversion!!\n\nThe thermostat we use: "
            "https://brightnest.io/loftlife\n\nFollow us on Instagram @theloftlifeproject")
    verdict = analyze(Post(text, platform="youtube"), "us")
    assert verdict.commercial, verdict.signals
    assert ("commercial.sponsor_link", "https://brightnest.io/loftlife") in signal_pairs(verdict)


def test_a_short_name_keeps_its_the() -> None:
    # "@thekitchn": too short a name for the wrapping to come off; a shop's "kitchn" page is
    # not its own link
    verdict = analyze(Post("Our new pans: https://pannenland.example/kitchn\n\nFollow @thekitchn",
                           platform="youtube"), "us")
    assert "commercial.sponsor_link" not in {s.rule for s in verdict.signals}, verdict.signals
