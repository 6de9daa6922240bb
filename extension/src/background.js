// Service worker entry: wires chrome.* storage and messaging to the testable core.
// All state lives in chrome.storage (settings and the report secret in .local, verdicts and
// status in .session), so the worker can be stopped and restarted at any time.

import { createApi } from "./core/api.js";
import { createVerdictCache } from "./core/cache.js";
import { createService } from "./core/service.js";
import { normaliseSettings } from "./core/settings.js";
import { SITE_FILES } from "./core/sites.js";

const locale = () => chrome.i18n.getUILanguage?.() || globalThis.navigator?.language || "en";

const settings = {
  async get() {
    const { settings: stored } = await chrome.storage.local.get("settings");
    return normaliseSettings(stored, locale());
  },
};

const status = {
  async get() {
    const { status: value } = await chrome.storage.session.get("status");
    return value || { ok: null };
  },
  async set(value) {
    await chrome.storage.session.set({ status: { ...value, at: Date.now() } });
  },
};

const secrets = {
  async get() {
    const { clientSecret } = await chrome.storage.local.get("clientSecret");
    if (clientSecret) return clientSecret;
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const secret = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    await chrome.storage.local.set({ clientSecret: secret });
    return secret;
  },
};

const sitesReady = Promise.all(SITE_FILES.map(async (name) => {
  const response = await fetch(chrome.runtime.getURL(`sites/${name}.json`));
  return response.json();
}));

let service = null;
async function getService() {
  if (!service) {
    service = createService({
      settings,
      cache: createVerdictCache(chrome.storage.session),
      apiFor: (base) => createApi({ base }),
      sites: await sitesReady,
      secrets,
      status,
    });
  }
  return service;
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return false;
  getService()
    .then((svc) => svc.handle(message, sender))
    .then(sendResponse, (error) => sendResponse({ error: String(error?.message || error) }));
  return true;
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && changes.settings) service = null;
});
