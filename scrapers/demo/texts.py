"""The words of the demo corpus: ordinary posts per niche and language.

Written for Transparant; every line is invented.  Ordinary posts carry no
commercial signal at all (no codes, no tags of brands, no shop links), so their
label ``organic`` is honest.
"""

from __future__ import annotations

ORGANIC: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "beauty": (
            "Ochtendroutine in drie stappen: water, crème, klaar. Meer heb ik echt niet nodig.",
            "Mijn huid is deze winter zo droog. Wat doen jullie ertegen? Tips welkom!",
            "Geen make-up vandaag, gewoon een rustige zondag op de bank.",
            "Eerlijk moment: ik heb veel te veel flesjes in mijn badkamer. Tijd om op te ruimen.",
            "Zonnebrand smeren in maart? Ja. Ook als het bewolkt is.",
            "Nieuwe kapper geprobeerd en ik ben er blij mee ✂️",
        ),
        "outdoor": (
            "Zes uur gelopen door de mist op de Veluwe. Geen mens gezien, wel drie reeën.",
            "Tent drooggelegd op het balkon, de buren kijken raar op.",
            "Wie weet een rustige camping in de Ardennen zonder wifi?",
            "Eerste nacht onder de sterren dit jaar. Koud, maar het was het waard.",
            "Blaren. Overal blaren. Volgende keer de schoenen eerst inlopen.",
            "Route van vandaag: 18 km langs de Maas, heerlijk vlak.",
        ),
        "food": (
            "Zuurdesem poging nummer vier. Hij rijst! Eindelijk!",
            "Soep van restjes: prei, aardappel, een beetje kaas. Beste soep van de week.",
            "Appeltaart volgens oma's recept, met extra kaneel.",
            "Wat eten jullie vanavond? Ik heb nog geen idee.",
        ),
        "gaming": (
            "Eindelijk de laatste baas verslagen na twee avonden proberen.",
            "Stream vanavond om acht uur, we spelen weer retro.",
            "Welke game moet ik hierna spelen? Stem in de reacties.",
        ),
        "parenting": (
            "Eerste schooldag. Ik huilde harder dan zij.",
            "Zondagochtend, pannenkoeken, pyjama's tot twaalf uur.",
            "Slaaptips voor een peuter die om vijf uur wakker is? Vragen voor een vriendin.",
        ),
        "travel": (
            "Treinreis naar Wenen: negen uur, twee boeken en veel uitzicht.",
            "Terug van een weekje Texel. Wind, wolken en wadlopen.",
            "Kleine pensions zijn de beste. Deze had een kat die bij het ontbijt kwam zitten.",
        ),
        "media": (
            "Mooi onderzoek vandaag over hoe jongeren nieuws vinden. Lezen!",
            "Podcast-aflevering staat online: over influencers en vertrouwen.",
            "Druk weekje op de redactie, even geen draadjes van mij.",
        ),
        "deals": (
            "Prijsvergelijking van vandaag: dezelfde koptelefoon scheelt twintig euro per winkel.",
            "Let op: 'van-voor'-prijzen kloppen lang niet altijd. Check de prijsgeschiedenis.",
            "Geen deals vandaag, gewoon een mooie zonsondergang.",
        ),
        "stationery": (
            "Nieuwe inkt geprobeerd, zeegroen. Mooi op crèmekleurig papier.",
            "Mijn bullet journal voor volgende maand is af 📓",
            "Handletteren is vooral veel oefenen. Dit was poging dertig.",
        ),
        "lifestyle": (
            "Bibliotheekdag! Zes boeken mee naar huis, veel te veel.",
            "Regen tegen het raam, thee, een dik boek. Perfect.",
            "Leesclub van deze maand: we lezen een oude klassieker.",
        ),
    },
    "en": {
        "beauty": (
            "Three-step routine today: cleanse, moisturise, done. That's it, that's the post.",
            "My skin hates winter. What are you all doing about dry patches?",
            "No makeup, messy bun, coffee. Sunday mood.",
            "Confession: my bathroom shelf has too many half-used bottles.",
            "Reminder that sunscreen is a year-round thing ☀️",
            "Finally found a hairdresser I trust.",
        ),
        "outdoor": (
            "Twelve miles in the fog today and didn't see a soul. Perfect.",
            "Drying the tent in the living room again. Sorry, flatmates.",
            "First night under the stars this year. Cold but worth it.",
            "Blisters everywhere. Lesson learned: break in your boots first.",
            "Anyone know a quiet campsite in the Lake District?",
            "Sunrise from the ridge. Worth the 4am alarm.",
        ),
        "food": (
            "Sourdough attempt number four. It rose!",
            "Leftover soup: leek, potato, a bit of cheese. Best thing I made all week.",
        ),
        "gaming": (
            "Beat the final boss after two evenings of trying.",
            "Streaming retro games tonight at eight.",
        ),
        "stationery": (
            "Tried a new sea-green ink today. Gorgeous on cream paper.",
            "Next month's journal spread is done 📓",
            "Hand lettering is mostly practice. This was attempt thirty.",
            "Fountain pen nibs: fine or medium? Discuss.",
        ),
        "media": (
            "Great study out today on how teenagers find news. Worth your time.",
            "New podcast episode on creators and trust is up.",
            "Conference week, so fewer threads from me.",
        ),
        "lifestyle": (
            "Library day! Came home with six books, as usual.",
            "Rainy afternoon, tea and a thick novel.",
        ),
    },
}


def organic_lines(language: str, niche: str) -> tuple[str, ...]:
    """The ordinary posts for a creator; niches without their own lines share lifestyle's."""
    pool = ORGANIC[language]
    return pool.get(niche, pool["lifestyle"])


FILLER = {
    "nl": (
        "Wat een week was dit. Eerst verhuisd, toen ziek, toen eindelijk weer eens tijd voor "
        "mezelf gehad en die heb ik goed besteed: lang wandelen, vroeg naar bed, veel water. "
    ),
    "en": (
        "What a week this has been. Moved house, caught a cold, and then finally found some "
        "time for myself, which I spent well: long walks, early nights, lots of water. "
    ),
}
"""A first paragraph long enough to push what follows past Instagram's ~125-character fold."""

HASHTAG_WALL = (
    "#weekend #love #happy #instagood #photooftheday #mood #vibes #life #dailylife "
    "#inspiration #goodvibes #picoftheday #instadaily #lifestyle #today #smile #ad "
    "#selfcare #favorites #musthave #sunday #relax"
)
"""Twenty-two hashtags with the disclosure buried among them, after the fold."""
