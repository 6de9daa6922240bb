// The published source of each jurisdiction's disclosure rules, for the "read the rule" link.
// The verdict names the rulebook version; these are the documents the rulebooks cite.

export const RULE_SOURCES = {
  nl: { name: "Reclamecode Social Media & Influencer Marketing (RSM)", authority: "Stichting Reclame Code",
    url: "https://www.reclamecode.nl/nrc/reclamecode-social-media-influencer-marketing-rsm/" },
  be: { name: "Aanbevelingen influencer marketing", authority: "Jury voor Ethische Praktijken inzake reclame (JEP)",
    url: "https://www.jep.be/nl/regels/aanbevelingen/influencer-marketing" },
  de: { name: "Leitfaden der Medienanstalten: Werbekennzeichnung bei Online-Medien", authority: "die medienanstalten",
    url: "https://www.die-medienanstalten.de/themen/werbeaufsicht" },
  fr: { name: "Loi n° 2023-451 du 9 juin 2023 (influence commerciale)", authority: "DGCCRF",
    url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185" },
  uk: { name: "Influencers' guide to making clear that ads are ads", authority: "ASA / CAP and CMA",
    url: "https://www.asa.org.uk/resource/influencers-guide.html" },
  us: { name: "Disclosures 101 for Social Media Influencers", authority: "Federal Trade Commission",
    url: "https://www.ftc.gov/business-guidance/resources/disclosures-101-social-media-influencers" },
  eu: { name: "Unfair Commercial Practices Directive 2005/29/EC", authority: "European Union",
    url: "https://eur-lex.europa.eu/eli/dir/2005/29/oj" },
};

export function ruleSource(jurisdiction) {
  return RULE_SOURCES[String(jurisdiction || "").toLowerCase()] || RULE_SOURCES.eu;
}
