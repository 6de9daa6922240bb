import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_API_BASE, defaultSettings, jurisdictionFromLocale, normaliseSettings } from "../src/core/settings.js";

const LOCALES = [
  ["nl-NL", "nl"], ["nl", "nl"], ["nl-BE", "be"], ["fr-BE", "be"], ["fr-FR", "fr"], ["fr", "fr"],
  ["de-DE", "de"], ["de-AT", "de"], ["en-GB", "uk"], ["en_GB", "uk"], ["en-US", "us"], ["en", "us"],
  ["es-ES", "eu"], ["pl", "eu"], ["", "eu"], [undefined, "eu"],
];

for (const [locale, expected] of LOCALES) {
  test(`jurisdictionFromLocale(${locale}) is ${expected}`, () => {
    assert.equal(jurisdictionFromLocale(locale), expected);
  });
}

test("defaults are private: look-up only, local API, every site on", () => {
  const settings = defaultSettings("nl-NL");
  assert.equal(settings.mode, "lookup");
  assert.equal(settings.consent, false);
  assert.equal(settings.apiBase, DEFAULT_API_BASE);
  assert.equal(settings.jurisdiction, "nl");
  assert.deepEqual(Object.values(settings.sites), [true, true, true, true]);
});

test("analyse mode needs consent", () => {
  assert.equal(normaliseSettings({ mode: "analyse" }, "en-US").mode, "lookup");
  assert.equal(normaliseSettings({ mode: "analyse", consent: true }, "en-US").mode, "analyse");
});

test("invalid values fall back to defaults", () => {
  const settings = normaliseSettings({
    apiBase: "javascript:alert(1)", jurisdiction: "mars", prefixLength: 99, sites: { x: false, tiktok: "no" },
  }, "de-DE");
  assert.equal(settings.apiBase, DEFAULT_API_BASE);
  assert.equal(settings.jurisdiction, "de");
  assert.equal(settings.prefixLength, 8);
  assert.equal(settings.sites.x, false);
  assert.equal(settings.sites.tiktok, true);
});

test("the API base loses its trailing slash", () => {
  assert.equal(normaliseSettings({ apiBase: "https://api.example/" }).apiBase, "https://api.example");
});
