"""The fictional creators and brands of the demo corpus.

Every name, handle and brand here was invented for Transparant's demo; none is a
real person or company.  Platforms, tiers (nano to mega) and languages are spread
so the site and the audit have something to show in every table.

>>> len(ACCOUNTS) >= 40
True
>>> sorted({a.platform for a in ACCOUNTS})
['blog', 'instagram', 'tiktok', 'x', 'youtube']
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A fictional creator and the plan of post kinds they publish."""

    platform: str
    handle: str
    display_name: str
    followers: int
    language: str
    niche: str
    """``beauty``, ``outdoor`` or another topic; picks which brand they work with."""
    plan: tuple[str, ...]
    """The post kinds, in order; see :mod:`scrapers.demo.templates`."""


@dataclass(frozen=True, slots=True)
class DemoBrand:
    """A fictional advertiser: how posts name, tag and link to it."""

    slug: str
    name: str
    aliases: tuple[str, ...]
    handles: tuple[str, ...]
    domains: tuple[str, ...]
    products_nl: tuple[str, ...]
    products_en: tuple[str, ...]


VELVORIA = DemoBrand(
    slug="velvoria",
    name="Velvoria",
    aliases=("Velvoria Skin", "Velvoria Skincare"),
    handles=("velvoria", "velvoriaskin"),
    domains=("velvoria.nl", "velvoria.com"),
    products_nl=("Zomerglow dagcrème", "Dauwdruppel oogcrème", "Nachtbloei slaapcrème",
                 "zonnemelk SPF 50"),
    products_en=("Summerglow serum", "Dewdrop day cream", "Nightbloom mask", "SPF 50 sun milk"),
)
TRAILBROOK = DemoBrand(
    slug="trailbrook",
    name="Trailbrook Outdoor",
    aliases=("Trailbrook",),
    handles=("trailbrookoutdoor", "trailbrook"),
    domains=("trailbrook-outdoor.com", "trailbrook.eu"),
    products_nl=("Ridgeline 30L rugzak", "Stormvanger regenjas", "Kestrel wandelbroek"),
    products_en=("Ridgeline 30L backpack", "Stormcatcher rain jacket", "Kestrel trail shoes"),
)
AUDITED_BRANDS: tuple[DemoBrand, ...] = (VELVORIA, TRAILBROOK)
"""The two brands with a ``brands.yaml`` entry and a campaign brief."""

OTHER_BRANDS: tuple[DemoBrand, ...] = (
    DemoBrand(
        "bonenberg", "Bonenberg Koffie", (), ("bonenbergkoffie",), ("bonenberg-koffie.nl",),
        ("Ochtendrood melange", "Lungo koffiemolen"), ("Morning Red beans", "lungo subscription"),
    ),
    DemoBrand(
        "pixelpiek", "Pixelpiek", (), ("pixelpiekgames",), ("pixelpiek.com",),
        ("Polderpiraten", "Dijkbreuk 2"), ("Polder Pirates", "Dyke Break 2"),
    ),
    DemoBrand(
        "hapjesbox", "Hapjesbox", (), ("hapjesbox",), ("hapjesbox.nl",),
        ("vegaweekbox", "familiebox"), ("veggie week box", "family box"),
    ),
    DemoBrand(
        "quillfinch", "Quillfinch", (), ("quillfinchpaper",), ("quillfinch.co.uk",),
        ("puntjesagenda", "messing vulpen"), ("dotted notebook", "brass fountain pen"),
    ),
)

# Plans: the kinds of post each creator makes.  "o" is an ordinary organic post.
_CAREFUL = ("o", "o", "o", "o", "ad_front", "partnership", "native_label", "gifted_disclosed",
            "affiliate_disclosed", "o", "selfbought")
_SLOPPY = ("o", "o", "o", "below_fold", "spon", "ad_front", "buried", "o", "discount_undisclosed",
           "o", "collab")
_HIDER = ("o", "o", "discount_undisclosed", "o", "affiliate_undisclosed", "gifted_undisclosed",
          "o", "giveaway_undisclosed", "ad_front", "o")
_MIXED = ("o", "o", "ad_front", "o", "zero_width", "spon", "o", "gifted_disclosed",
          "affiliate_undisclosed", "o", "casual_mention")
_QUIET = ("o", "o", "o", "decoy", "o", "o", "casual_mention", "o", "selfbought", "o")
_VIDEO = ("o", "o", "sponsored_by", "native_label", "affiliate_disclosed", "o",
          "affiliate_undisclosed", "o", "selfbought", "adv")
_SHORT = ("o", "o", "ad_front", "o", "spon", "o", "giveaway_disclosed", "discount_undisclosed",
          "o", "zero_width")
_TWEETS = ("o", "o", "o", "ad_front", "o", "about_ads", "o", "affiliate_undisclosed", "o",
           "discount_undisclosed")
_BLOG = ("o", "about_ads", "advertorial_html", "o", "affiliate_disclosed", "o",
         "advertorial_undisclosed", "selfbought", "o", "partnership")


def _a(platform: str, handle: str, name: str, followers: int, lang: str, niche: str,
       plan: tuple[str, ...]) -> DemoAccount:
    return DemoAccount(platform, handle, name, followers, lang, niche, plan)


ACCOUNTS: tuple[DemoAccount, ...] = (
    # Instagram
    _a("instagram", "sanne.stralend", "Sanne Stralend", 48_200, "nl", "beauty", _CAREFUL),
    _a("instagram", "glowmetfemke", "Femke | glow & go", 312_000, "nl", "beauty", _SLOPPY),
    _a("instagram", "lieke.leeft", "Lieke leeft", 7_900, "nl", "beauty", _HIDER),
    _a("instagram", "noor_naturel", "Noor Naturel", 820, "nl", "beauty", _MIXED),
    _a("instagram", "daphne.dewy", "Daphne Dewy", 1_450_000, "en", "beauty", _SLOPPY),
    _a("instagram", "brooke.and.balm", "Brooke & Balm", 96_000, "en", "beauty", _CAREFUL),
    _a("instagram", "wandelwouter", "Wouter wandelt", 23_500, "nl", "outdoor", _CAREFUL),
    _a("instagram", "bergbienne", "Biënne in de bergen", 640, "nl", "outdoor", _QUIET),
    _a("instagram", "trailtessa", "Tessa on the trail", 187_000, "en", "outdoor", _HIDER),
    _a("instagram", "kampvuurkees", "Kees bij het kampvuur", 4_100, "nl", "outdoor", _MIXED),
    _a("instagram", "polderbakt", "Polder bakt", 55_000, "nl", "food", _MIXED),
    _a("instagram", "inkandivy", "Ink & Ivy", 12_800, "en", "stationery", _CAREFUL),
    _a("instagram", "mila.mama.moment", "Mila — mama moments", 2_300_000, "nl", "parenting",
       _SLOPPY),
    _a("instagram", "rosalie.reist", "Rosalie reist", 930, "nl", "travel", _QUIET),
    # YouTube
    _a("youtube", "HuidmetHanna", "Huid met Hanna", 265_000, "nl", "beauty", _VIDEO),
    _a("youtube", "SkinLabSophie", "Skin Lab Sophie", 3_100_000, "en", "beauty", _VIDEO),
    _a("youtube", "BuitenMetBram", "Buiten met Bram", 41_000, "nl", "outdoor", _VIDEO),
    _a("youtube", "PeakPackPete", "Peak Pack Pete", 720_000, "en", "outdoor", _VIDEO),
    _a("youtube", "GameHoekGijs", "GameHoek Gijs", 88_000, "nl", "gaming", _VIDEO),
    _a("youtube", "KeukenKlaas", "Keuken Klaas", 9_600, "nl", "food", _QUIET),
    _a("youtube", "PaperTrailPriya", "Paper Trail Priya", 150_000, "en", "stationery", _VIDEO),
    _a("youtube", "FietsFenna", "Fenna fietst", 780, "nl", "outdoor", _QUIET),
    # TikTok
    _a("tiktok", "jaimy.glow", "Jaimy", 1_200_000, "nl", "beauty", _SHORT),
    _a("tiktok", "skincare.sem", "Sem doet skincare", 34_000, "nl", "beauty", _SHORT),
    _a("tiktok", "ava.unboxes", "Ava unboxes", 510_000, "en", "beauty", _SHORT),
    _a("tiktok", "tentjetijn", "Tijn en zijn tentje", 15_200, "nl", "outdoor", _SHORT),
    _a("tiktok", "summit.sami", "Sami summits", 980, "en", "outdoor", _SHORT),
    _a("tiktok", "snackspot.sofie", "Sofie's snackspot", 67_000, "nl", "food", _SHORT),
    _a("tiktok", "gamer.gwen", "Gwen games", 2_600, "nl", "gaming", _SHORT),
    _a("tiktok", "lena.leest", "Lena leest", 450, "nl", "lifestyle", _QUIET),
    # X
    _a("x", "mediawatch_marit", "Marit (mediawatch)", 21_000, "nl", "media", _TWEETS),
    _a("x", "dealdaan", "Daan's deals", 142_000, "nl", "deals", _TWEETS),
    _a("x", "gearnerdgus", "Gus (gear nerd)", 8_700, "en", "outdoor", _TWEETS),
    _a("x", "huidtips_hester", "Hester huidtips", 590, "nl", "beauty", _TWEETS),
    _a("x", "ppcpaula", "Paula on ads", 1_050_000, "en", "media", _TWEETS),
    # Blogs
    _a("blog", "zomersproet", "Zomersproet", 5_400, "nl", "beauty", _BLOG),
    _a("blog", "wildkamperen", "Wild Kamperen Blog", 38_000, "nl", "outdoor", _BLOG),
    _a("blog", "thetrailjournal", "The Trail Journal", 210_000, "en", "outdoor", _BLOG),
    _a("blog", "reclamewaakhond", "De Reclamewaakhond", 11_000, "nl", "media", _BLOG),
    _a("blog", "moodboardmarla", "Moodboard Marla", 760, "en", "beauty", _BLOG),
    _a("blog", "pennenpraat", "Pennenpraat", 3_300, "nl", "stationery", _BLOG),
)


def brand_for(niche: str, index: int) -> DemoBrand:
    """The brand a creator of this niche works with for their ``index``-th commercial post."""
    if niche == "beauty":
        return VELVORIA
    if niche == "outdoor":
        return TRAILBROOK
    by_niche = {"food": 0, "deals": 0, "gaming": 1, "parenting": 2, "stationery": 3}
    if niche in by_niche:
        return OTHER_BRANDS[by_niche[niche]]
    return (VELVORIA, TRAILBROOK)[index % 2]
