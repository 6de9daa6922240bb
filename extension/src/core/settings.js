// User settings: defaults, validation, and the jurisdiction a browser locale implies.
// Privacy first: without explicit consent the mode is "lookup" (only a hash prefix leaves
// the browser); "analyse" sends post text and needs consent: true.

export const JURISDICTIONS = ["nl", "be", "de", "fr", "uk", "us", "eu"];
export const SITES = ["instagram", "youtube", "tiktok", "x"];
export const MODES = ["lookup", "analyse"];
export const DEFAULT_API_BASE = "http://127.0.0.1:8000";

const BY_REGION = { NL: "nl", BE: "be", DE: "de", AT: "de", FR: "fr", GB: "uk", UK: "uk", US: "us" };
const BY_LANGUAGE = { nl: "nl", de: "de", fr: "fr" };

/** "nl-NL" → nl, "fr-BE" → be, "en-GB" → uk, "en-US" → us, "de" → de, unknown → eu. */
export function jurisdictionFromLocale(locale) {
  const [language = "", region = ""] = String(locale || "").replace("_", "-").split("-");
  return BY_REGION[region.toUpperCase()] || BY_LANGUAGE[language.toLowerCase()] || (
    language.toLowerCase() === "en" && !region ? "us" : "eu"
  );
}

export function defaultSettings(locale) {
  return {
    apiBase: DEFAULT_API_BASE,
    siteUrl: "",
    jurisdiction: jurisdictionFromLocale(locale),
    mode: "lookup",
    consent: false,
    prefixLength: 6,
    sites: Object.fromEntries(SITES.map((site) => [site, true])),
    instrument: false,
  };
}

function cleanBase(value, fallback) {
  try {
    const url = new URL(String(value));
    if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
    return url.href.replace(/\/+$/, "");
  } catch {
    return fallback;
  }
}

/** Merge stored settings over the defaults, dropping anything invalid. */
export function normaliseSettings(stored, locale) {
  const base = defaultSettings(locale);
  const given = stored && typeof stored === "object" ? stored : {};
  const consent = given.consent === true;
  const sites = { ...base.sites };
  for (const site of SITES) if (typeof given.sites?.[site] === "boolean") sites[site] = given.sites[site];
  const apiBase = cleanBase(given.apiBase ?? base.apiBase, base.apiBase);
  return {
    apiBase,
    siteUrl: given.siteUrl ? cleanBase(given.siteUrl, "") : "",
    jurisdiction: JURISDICTIONS.includes(given.jurisdiction) ? given.jurisdiction : base.jurisdiction,
    mode: consent && given.mode === "analyse" ? "analyse" : "lookup",
    consent,
    prefixLength: Math.min(8, Math.max(4, Math.trunc(Number(given.prefixLength)) || 6)),
    sites,
    instrument: given.instrument === true,
  };
}
