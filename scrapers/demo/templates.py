"""How each kind of demo post is written, and the honest label that goes with it.

A *kind* is one situation the detector and the audit must handle: a clear ``#ad``,
``#spon`` (accepted in the Netherlands, unclear to the FTC), a disclosure below
Instagram's fold, an obfuscated ``#a\u200bd``, an undisclosed discount code, an
article *about* advertising, and so on.  :data:`LABELS` is the expectation the tests
hold the store and the audit to; :func:`write_post` produces text that deserves it.

>>> LABELS["spon"].verdict_nl, LABELS["spon"].verdict_us, LABELS["spon"].problems_us
('disclosed', 'unclear_disclosure', ('label_not_accepted',))
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from scrapers.demo.accounts import DemoAccount, DemoBrand
from scrapers.demo.texts import FILLER, HASHTAG_WALL


@dataclass(frozen=True, slots=True)
class KindLabel:
    """What a post of one kind is, under NL and US rules, and why."""

    commercial: bool
    disclosed: bool
    verdict_nl: str
    verdict_us: str
    kind: str | None
    note: str
    problems_nl: tuple[str, ...] = ()
    problems_us: tuple[str, ...] = ()
    names_brand: bool = True
    """Whether the post names, tags or links the brand (``label.brand`` is set)."""


def _plain(kind: str | None, note: str) -> KindLabel:
    return KindLabel(True, True, "disclosed", "disclosed", kind, note)


def _hidden(kind: str, note: str) -> KindLabel:
    return KindLabel(True, False, "undisclosed", "undisclosed", kind, note)


def _organic(note: str, names_brand: bool = False) -> KindLabel:
    return KindLabel(False, False, "organic", "organic", None, note, names_brand=names_brand)


def _unclear(problems: tuple[str, ...], note: str) -> KindLabel:
    return KindLabel(
        True, True, "unclear_disclosure", "unclear_disclosure", "sponsored", note,
        problems, problems,
    )


def _nl_only(label: str) -> KindLabel:
    return KindLabel(
        True, True, "disclosed", "unclear_disclosure", "sponsored",
        f"{label} up front: accepted by the Dutch Reclamecode, not a clear label for the FTC",
        (), ("label_not_accepted",),
    )


LABELS: dict[str, KindLabel] = {
    "o": _organic("an ordinary post: no brand, no link, no code"),
    "decoy": _organic("a link whose host only contains a brand's domain; registered elsewhere"),
    "selfbought": _organic("names the brand but says it is not sponsored and self-bought", True),
    "casual_mention": _organic("names a product the creator owns; nothing commercial", True),
    "about_ads": _organic("about advertising rules; quotes labels as examples, is not an ad", True),
    "ad_front": _plain("sponsored", "#ad / Advertentie at the very start"),
    "partnership": _plain("sponsored", "an explicit partnership statement up front"),
    "sponsored_by": _plain("sponsored", "the video says up front who sponsors it"),
    "native_label": _plain("sponsored", "the platform's own paid-partnership label"),
    "gifted_disclosed": _plain("gifted", "says plainly the product was sent for free"),
    "affiliate_disclosed": _plain("affiliate", "affiliate links, announced before the links"),
    "giveaway_disclosed": _plain("sponsored", "a brand giveaway that starts with #ad"),
    "advertorial_html": _plain("advertorial", "a blog advertorial labelled in its header"),
    "spon": _nl_only("#spon"),
    "adv": _nl_only("#adv"),
    "collab": KindLabel(
        True, True, "unclear_disclosure", "unclear_disclosure", "sponsored",
        "#collab with a discount code: an attempt at a label that neither code accepts",
        ("label_not_accepted",), ("label_not_accepted",),
    ),
    "below_fold": _unclear(("below_fold",), "#ad only after Instagram's ~125-character fold"),
    "buried": _unclear(
        ("below_fold", "buried_in_hashtags"), "#ad hidden in a wall of hashtags after the fold"
    ),
    "zero_width": _unclear(
        ("obfuscated_label",), "#a<ZWSP>d: looks like #ad but a zero-width space defeats search"
    ),
    "discount_undisclosed": _hidden("sponsored", "a personal discount code, no disclosure"),
    "affiliate_undisclosed": _hidden("affiliate", "affiliate / shortened shop links, no word"),
    "gifted_undisclosed": _hidden("gifted", "only 'c/o @brand': a gift, not explained"),
    "giveaway_undisclosed": _hidden("sponsored", "a brand giveaway with no disclosure"),
    "advertorial_undisclosed": _hidden(
        "affiliate", "a glowing review full of affiliate tracking links, no disclosure"
    ),
}


@dataclass(frozen=True, slots=True)
class Draft:
    """The visible parts of one post, before ids and dates are given."""

    text: str
    links: tuple[str, ...] = ()
    tagged: tuple[str, ...] = ()
    native_labels: tuple[str, ...] = ()
    title: str | None = None
    html: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


Writer = Callable[[DemoAccount, DemoBrand, random.Random, str, str, str, bool], Draft]
"""(account, brand, rng, an organic line, product, brand handle, is Dutch) -> draft."""


def _code(account: DemoAccount, rng: random.Random) -> str:
    stem = "".join(ch for ch in account.handle.upper() if ch.isalpha())[:6]
    return f"{stem}{rng.choice((10, 15, 20))}"


def _shop_link(brand: DemoBrand, medium: str) -> str:
    return (
        f"https://shop.{brand.domains[0]}/?utm_source={medium}"
        f"&utm_medium=influencer&utm_campaign=demo"
    )


def _affiliate_links(lang: str, rng: random.Random, product: str) -> tuple[str, ...]:
    slug = product.lower().replace(" ", "-")
    if lang == "nl":
        return (
            "https://partner.bol.com/click/click?p=2&t=url&s=1048312&f=TXL"
            f"&url=https%3A%2F%2Fwww.bol.com%2Fnl%2Fnl%2Fp%2F{slug}"
            f"%2F9300000{rng.randint(1000, 9999)}%2F",
        )
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGH23456789") for _ in range(7))
    return (f"https://amzn.to/{token}", f"https://liketk.it/{token[:5]}")


def product_of(brand: DemoBrand, lang: str, rng: random.Random) -> str:
    return rng.choice(brand.products_nl if lang == "nl" else brand.products_en)


_NATIVE = {
    ("instagram", "nl"): "Betaald partnerschap met {h}",
    ("instagram", "en"): "Paid partnership with {h}",
    ("youtube", "nl"): "Bevat betaalde promotie",
    ("youtube", "en"): "Includes paid promotion",
    ("tiktok", "nl"): "Betaald partnerschap",
    ("tiktok", "en"): "Paid partnership",
}


def write_post(
    kind: str, account: DemoAccount, brand: DemoBrand, rng: random.Random, organic: str
) -> Draft:
    """Write one post of ``kind`` for ``account`` about ``brand``.

    ``organic`` is an ordinary line of the creator's to surround commercial text with.
    """
    lang = account.language
    product = product_of(brand, lang, rng)
    handle = brand.handles[0]
    nl = lang == "nl"
    writer = _WRITERS[kind]
    return writer(account, brand, rng, organic, product, handle, nl)


def _w_organic(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
               nl: bool) -> Draft:
    return Draft(o)


def _w_decoy(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
             nl: bool) -> Draft:
    link = f"https://{b.domains[0]}.kortingsdeal-nu.example/actie"
    text = (
        "Pas op: deze 'korting'-link kreeg ik via een DM van een onbekend account. "
        "Niet klikken, het is een nepwinkel."
        if nl
        else "Heads up: a stranger DMed me this 'discount' link. Don't click, it's a fake shop."
    )
    return Draft(text, links=(link,))


def _w_selfbought(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                  nl: bool) -> Draft:
    text = (
        f"Niet gesponsord, gewoon zelf gekocht: mijn {p} van {b.name} is alweer op. "
        "Ik haal hem steeds opnieuw, dus hij bevalt blijkbaar."
        if nl
        else f"Not sponsored, I paid for it myself: my {b.name} {p} is empty again. "
        "I keep rebuying it, so I guess that says enough."
    )
    return Draft(text, links=(f"https://www.{b.domains[0]}/",))


def _w_casual(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
              nl: bool) -> Draft:
    text = (
        f"{o} Mijn oude {b.name}-spullen gaan nu al jaren mee, geen klagen over."
        if nl
        else f"{o} My old {b.name} kit has lasted for years now, no complaints."
    )
    return Draft(text)


_ABOUT_NL = (
    "Hoe herken je een gesponsorde post? Volgens de Reclamecode Social Media moet een "
    "influencer die betaald wordt dat meteen laten zien, met bijvoorbeeld #ad, #spon of "
    "'in samenwerking met'. Toch zien we nog veel posts waar dat pas na 'meer' staat. "
    "Een voorbeeld dat lezers ons stuurden: een post over {brand} waarin de code pas "
    "onderaan stond. Wij zijn geen rechter, maar we leggen uit waar je op kunt letten. "
    "Dit artikel is niet gesponsord en we hebben geen band met de genoemde merken."
)
_ABOUT_EN = (
    "How do you spot a sponsored post? The FTC says a paid creator has to make it obvious, "
    "for instance with #ad or 'sponsored', and that #sp or #collab on their own are not "
    "enough. Readers sent us a post about {brand} where the label only showed after "
    "'more'. We are not a court; we explain what to look for. This article is not "
    "sponsored and we have no relationship with the brands mentioned."
)


def _w_about(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
             nl: bool) -> Draft:
    if a.platform == "x":
        text = (
            f"Draadje over reclameregels: een post over {b.name} zonder label was volgens "
            "de RCC misleidend. Zet #ad of #spon vooraan, niet onderaan."
            if nl
            else f"Thread on ad rules: regulators called a post about {b.name} with no label "
            "misleading. Put #ad up front, not at the end."
        )
        return Draft(text)
    text = (_ABOUT_NL if nl else _ABOUT_EN).format(brand=b.name)
    title = "Zo herken je reclame van influencers" if nl else "How to spot influencer ads"
    return Draft(text, title=title)


def _w_ad_front(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                nl: bool) -> Draft:
    label = r.choice(("#ad", "Advertentie |")) if nl else "#ad"
    text = (
        f"{label} Al twee weken test ik de {p} van @{h} en ik ben fan. Link in bio!"
        if nl
        else f"{label} Two weeks with the {p} from @{h} and I'm hooked. Link in bio!"
    )
    return Draft(text, tagged=(h,), links=(_shop_link(b, a.platform),))


def _w_partnership(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                   nl: bool) -> Draft:
    text = (
        f"In samenwerking met @{h}: ik mocht de {p} uitproberen en vertel je eerlijk wat ik "
        "ervan vind. " + o
        if nl
        else f"Paid partnership with @{h}: I got to try the {p} and here's my honest take. "
        + o
    )
    return Draft(text, tagged=(h,), links=(f"https://www.{b.domains[0]}/",))


def _w_sponsored_by(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                    nl: bool) -> Draft:
    text = (
        f"Deze video wordt gesponsord door {b.name}. Vandaag bekijken we de {p} van dichtbij."
        if nl
        else f"This video is sponsored by {b.name}. Today we take a close look at the {p}."
    )
    title = f"{p}: {'mijn eerlijke review' if nl else 'my honest review'}"
    return Draft(text, title=title, links=(_shop_link(b, a.platform),))


def _w_native(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
              nl: bool) -> Draft:
    label = _NATIVE[(a.platform, "nl" if nl else "en")].format(h=h)
    text = (
        f"Mijn nieuwe favoriet: de {p} van @{h}. {o}"
        if nl
        else f"New favourite: the {p} from @{h}. {o}"
    )
    return Draft(text, tagged=(h,), native_labels=(label,))


def _w_gifted_disclosed(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str,
                        h: str, nl: bool) -> Draft:
    text = (
        f"Deze {p} kreeg ik gratis toegestuurd door @{h}. Ik hoefde er niets voor te "
        "posten, maar ik vind hem echt fijn."
        if nl
        else f"I received this {p} for free from @{h}, no obligation to post, but I love it."
    )
    return Draft(text, tagged=(h,))


def _w_affiliate_disclosed(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str,
                           h: str, nl: bool) -> Draft:
    text = (
        f"Dit bericht bevat affiliate links: koop je via mijn link, dan krijg ik een kleine "
        f"commissie. Alles over de {p} van {b.name} hieronder."
        if nl
        else f"This post contains affiliate links: if you buy through them I earn a small "
        f"commission. Everything about the {b.name} {p} below."
    )
    return Draft(text, links=_affiliate_links("nl" if nl else "en", r, p))


def _w_giveaway_disclosed(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str,
                          h: str, nl: bool) -> Draft:
    text = (
        f"#ad WINACTIE 🎉 Samen met @{h} geef ik een {p} weg! Volg @{h}, like deze post en "
        "tag een vriend. Winnaar volgende week."
        if nl
        else f"#ad GIVEAWAY 🎉 Together with @{h} I'm giving away a {p}! Follow @{h}, like "
        "this and tag a friend."
    )
    return Draft(text, tagged=(h,))


def _w_nl_label(label: str) -> Writer:
    def writer(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
               nl: bool) -> Draft:
        text = (
            f"{label} De {p} van @{h} gaat deze maand overal mee naartoe."
            if nl
            else f"{label} The {p} from @{h} comes everywhere with me this month."
        )
        return Draft(text, tagged=(h,))

    return writer


def _w_collab(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
              nl: bool) -> Draft:
    code = _code(a, r)
    text = (
        f"#collab met @{h} 💛 Met code {code} krijg je korting op de {p}."
        if nl
        else f"#collab with @{h} 💛 Use code {code} for a discount on the {p}."
    )
    return Draft(text, tagged=(h,))


def _w_below_fold(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                  nl: bool) -> Draft:
    lang = "nl" if nl else "en"
    tail = (
        f"Sinds kort gebruik ik de {p} van @{h}. #ad"
        if nl
        else f"Lately I've been using the {p} from @{h}. #ad"
    )
    return Draft(FILLER[lang] + tail, tagged=(h,))


def _w_buried(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
              nl: bool) -> Draft:
    lang = "nl" if nl else "en"
    middle = f"De {p} van @{h} mag mee. " if nl else f"Packing the {p} from @{h}. "
    return Draft(FILLER[lang] + middle + HASHTAG_WALL, tagged=(h,))


def _w_zero_width(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                  nl: bool) -> Draft:
    text = (
        f"#a\u200bd Nieuw in huis: de {p} van @{h}. Eerste indruk: top!"
        if nl
        else f"#a\u200bd New in: the {p} from @{h}. First impression: great!"
    )
    return Draft(text, tagged=(h,))


def _w_discount(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                nl: bool) -> Draft:
    code = _code(a, r)
    text = (
        f"Zo blij met de {p} van @{h}! Met mijn code {code} krijg je 15% korting 🛒"
        if nl
        else f"Obsessed with the {p} from @{h}! Use my code {code} for 15% off 🛒"
    )
    return Draft(text, tagged=(h,), links=(_shop_link(b, a.platform),))


def _w_affiliate_hidden(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str,
                        h: str, nl: bool) -> Draft:
    text = (
        f"De {p} van {b.name} is nu echt mijn favoriet. Hier te koop 👇"
        if nl
        else f"The {b.name} {p} is my absolute favourite now. Shop it here 👇"
    )
    return Draft(text, links=_affiliate_links("nl" if nl else "en", r, p))


def _w_gifted_hidden(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
                     nl: bool) -> Draft:
    return Draft(f"{o} ✨ {p} c/o @{h}", tagged=(h,))


def _w_giveaway_hidden(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str,
                       h: str, nl: bool) -> Draft:
    text = (
        f"WINACTIE 🎉 Win een {p} van @{h}! Volg @{h} en mij en tag drie vrienden."
        if nl
        else f"GIVEAWAY 🎉 Win a {p} from @{h}! Follow @{h} and me and tag three friends."
    )
    return Draft(text, tagged=(h,))


_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"></head>
<body><header><nav><a href="/">{site}</a></nav></header>
<main><article>
{label}<h1>{title}</h1>
<p>{body}</p>
<p>{more} <a href="{link}" rel="{rel}">{link_text}</a></p>
</article></main>
<footer><p>© {site}</p></footer></body></html>
"""


def _w_advertorial(labelled: bool) -> Writer:
    def writer(a: DemoAccount, b: DemoBrand, r: random.Random, o: str, p: str, h: str,
               nl: bool) -> Draft:
        title = (f"Getest: de {p} van {b.name}" if nl else f"Tested: the {b.name} {p}")
        body = (
            f"Een maand lang gebruikte ik de {p} van {b.name}, elke dag. Het resultaat "
            "verraste me: ik wil niets anders meer."
            if nl
            else f"For a month I used the {b.name} {p} every day. The result surprised me: "
            "I don't want anything else now."
        )
        if labelled:
            label_text = "Advertorial — in samenwerking met " if nl else "Advertorial — paid "
            label_text += b.name if nl else f"for by {b.name}"
            label = f'<p class="post-label">{label_text}</p>\n'
            text = f"{label_text}. {body}"
            link = f"https://www.{b.domains[0]}/"
            rel = "sponsored"
            links: tuple[str, ...] = (link,)
        else:
            label = ""
            text = body
            link = (
                "https://tc.tradetracker.net/?c=31337&m=12&a=402113&r=demo"
                f"&u=https%3A%2F%2F{b.domains[0]}%2F"
                if nl
                else "https://www.awin1.com/cread.php?awinmid=9876&awinaffid=402113"
                f"&ued=https%3A%2F%2F{b.domains[0]}%2F"
            )
            rel = "nofollow"
            links = (link,)
        more = "Bestel hem hier:" if nl else "Order it here:"
        html = _PAGE.format(
            lang="nl" if nl else "en", title=title, site=a.display_name, label=label,
            body=body, more=more, link=link.replace("&", "&amp;"), rel=rel,
            link_text=b.name,
        )
        return Draft(f"{text} {more} {b.name}", links=links, title=title, html=html)

    return writer


_WRITERS: dict[str, Writer] = {
    "o": _w_organic,
    "decoy": _w_decoy,
    "selfbought": _w_selfbought,
    "casual_mention": _w_casual,
    "about_ads": _w_about,
    "ad_front": _w_ad_front,
    "partnership": _w_partnership,
    "sponsored_by": _w_sponsored_by,
    "native_label": _w_native,
    "gifted_disclosed": _w_gifted_disclosed,
    "affiliate_disclosed": _w_affiliate_disclosed,
    "giveaway_disclosed": _w_giveaway_disclosed,
    "advertorial_html": _w_advertorial(True),
    "spon": _w_nl_label("#spon"),
    "adv": _w_nl_label("#adv"),
    "collab": _w_collab,
    "below_fold": _w_below_fold,
    "buried": _w_buried,
    "zero_width": _w_zero_width,
    "discount_undisclosed": _w_discount,
    "affiliate_undisclosed": _w_affiliate_hidden,
    "gifted_undisclosed": _w_gifted_hidden,
    "giveaway_undisclosed": _w_giveaway_hidden,
    "advertorial_undisclosed": _w_advertorial(False),
}
