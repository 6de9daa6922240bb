// The options page: API address, jurisdiction, per-site switches and the privacy mode.
// "analyse" is only stored together with explicit consent (normaliseSettings enforces it).

import { localisePage, messages } from "../src/ui/i18n.js";
import { JURISDICTIONS, SITES, normaliseSettings } from "../src/core/settings.js";

const msg = messages();
const locale = chrome.i18n.getUILanguage();
const form = document.getElementById("form");

const SITE_NAMES = { instagram: "Instagram", youtube: "YouTube", tiktok: "TikTok", x: "X" };

function build() {
  const select = document.getElementById("jurisdiction");
  for (const code of JURISDICTIONS) {
    const option = document.createElement("option");
    option.value = code;
    option.textContent = msg(`j_${code}`);
    select.append(option);
  }
  const sites = document.getElementById("sites");
  for (const site of SITES) {
    const label = document.createElement("label");
    label.className = "choice";
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = `site-${site}`;
    label.append(box, ` ${SITE_NAMES[site]}`);
    sites.append(label);
  }
}

function show(settings) {
  form.apiBase.value = settings.apiBase;
  form.siteUrl.value = settings.siteUrl;
  form.jurisdiction.value = settings.jurisdiction;
  form.consent.checked = settings.consent;
  form.prefixLength.value = settings.prefixLength;
  for (const radio of form.querySelectorAll("input[name=mode]")) radio.checked = radio.value === settings.mode;
  for (const site of SITES) form[`site-${site}`].checked = settings.sites[site];
}

function read() {
  return {
    apiBase: form.apiBase.value.trim(),
    siteUrl: form.siteUrl.value.trim(),
    jurisdiction: form.jurisdiction.value,
    consent: form.consent.checked,
    mode: form.querySelector("input[name=mode]:checked")?.value || "lookup",
    prefixLength: Number(form.prefixLength.value),
    sites: Object.fromEntries(SITES.map((site) => [site, form[`site-${site}`].checked])),
  };
}

/** Addresses other than localhost need an optional host permission, asked for on save. */
async function allowed(apiBase) {
  const url = new URL(apiBase);
  if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return true;
  return chrome.permissions.request({ origins: [`${url.origin}/*`] }).catch(() => false);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const status = document.getElementById("saved");
  const given = read();
  try {
    new URL(given.apiBase);
  } catch {
    status.textContent = msg("optInvalid");
    return;
  }
  if (!(await allowed(given.apiBase))) {
    status.textContent = msg("optPermission");
    return;
  }
  const { settings: stored } = await chrome.storage.local.get("settings");
  const settings = normaliseSettings({ ...stored, ...given }, locale);
  await chrome.storage.local.set({ settings });
  show(settings);
  status.textContent = msg("optSaved");
});

localisePage(document, msg);
build();
chrome.storage.local.get("settings").then(({ settings }) => show(normaliseSettings(settings, locale)));
