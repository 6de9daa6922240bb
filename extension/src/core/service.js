// The service worker's message handling, free of chrome.* so Node can test it: every
// dependency (settings, cache, API, secrets, status) is passed in. It is rebuilt from
// storage each time the worker starts, so a stopped worker loses nothing that matters.

import { createBatcher } from "./batcher.js";
import { NONE } from "./cache.js";
import { hashPrefix, lookupHash } from "./hash.js";
import { articleSite, siteForDevPage, siteForHost } from "./sites.js";

export const REPORT_KINDS = ["undisclosed_ad", "wrong_label"];
const MAX_TEXT = 20000;
const MAX_BODY = 200 * 1024;
const MAX_LINKS = 100;

/** What analyse mode sends for one post: its text and evidence, no user identifiers. */
export function analysePayload(post, jurisdiction) {
  const payload = { text: String(post.text || "").slice(0, MAX_TEXT), platform: post.platform, jurisdiction };
  const links = (post.links || []).map(String).filter((link) => link.length <= 2048).slice(0, MAX_LINKS);
  if (links.length) payload.links = links;
  if (post.url && String(post.url).length <= 2048) payload.url = String(post.url);
  const language = String(post.lang || "").slice(0, 2).toLowerCase();
  if (/^[a-z]{2}$/.test(language)) payload.language = language;
  const labels = (post.native_labels || []).map((label) => String(label).slice(0, 200)).slice(0, 20);
  if (labels.length) payload.native_labels = labels;
  return payload;
}

/** Find one post's verdict in a look-up bucket ({results: {hash: [verdict…]}}). */
export function matchBucket(bucket, hash, jurisdiction) {
  const hits = bucket?.results?.[hash];
  const list = Array.isArray(hits) ? hits : hits && typeof hits === "object" ? [hits] : [];
  return list.find((verdict) => verdict?.jurisdiction === jurisdiction) || list[0] || null;
}

/** Approximate request bytes of one payload, to stay under the API's body limit. */
export function payloadWeight(payload) {
  const json = JSON.stringify(payload);
  let wide = 0;
  for (let index = 0; index < json.length; index += 1) if (json.charCodeAt(index) > 0x7f) wide += 2;
  return json.length + wide + 16;
}

function validPost(post) {
  return post && typeof post.key === "string" && typeof post.platform === "string"
    && typeof post.post_id === "string" && post.key === `${post.platform}:${post.post_id}`;
}

export function createService({ settings, cache, apiFor, sites, secrets, status }) {
  const batchers = new Map();
  const lookups = new Map();
  const buckets = new Map();

  function batcherFor(config) {
    const scope = `${config.apiBase}|${config.jurisdiction}`;
    if (!batchers.has(scope)) {
      const api = apiFor(config.apiBase);
      batchers.set(scope, createBatcher({
        weigh: (item) => payloadWeight(item.payload),
        maxWeight: MAX_BODY,
        send: async (items) => {
          try {
            const posts = items.map((item, index) => ({ ...item.payload, id: `p${index}` }));
            const data = await api.analyzeBatch(posts);
            await status.set({ ok: true });
            const byId = new Map((data?.results || []).map((verdict) => [verdict.id, verdict]));
            return new Map(items.map((item, index) => [item.key, byId.get(`p${index}`) ?? null]));
          } catch (error) {
            await status.set({ ok: false, code: error.code || "error" });
            throw error;
          }
        },
      }));
    }
    return batchers.get(scope);
  }

  // Look-up mode: the prefixes of the posts on screen go out together, ≤ 50 per
  // POST /v1/lookup; each bucket comes back whole and is matched to the full hash here.
  function lookupBatcherFor(config) {
    if (!lookups.has(config.apiBase)) {
      const api = apiFor(config.apiBase);
      lookups.set(config.apiBase, createBatcher({
        send: async (items) => {
          try {
            const data = await api.lookupBatch(items.map((item) => item.key));
            await status.set({ ok: true });
            const results = data?.results || {};
            return new Map(items.map((item) => [item.key, { results: results[item.key] || {} }]));
          } catch (error) {
            await status.set({ ok: false, code: error.code || "error" });
            throw error;
          }
        },
      }));
    }
    return lookups.get(config.apiBase);
  }

  async function bucketFor(config, prefix) {
    const scope = `${config.apiBase}|${prefix}`;
    if (!buckets.has(scope)) {
      const request = lookupBatcherFor(config).add(prefix, prefix).then((bucket) => {
        if (bucket === null) buckets.delete(scope);
        return bucket;
      });
      buckets.set(scope, request);
      if (buckets.size > 500) buckets.delete(buckets.keys().next().value);
    }
    return buckets.get(scope);
  }

  async function lookupOne(config, post) {
    const hash = await lookupHash(post.platform, post.post_id);
    const bucket = await bucketFor(config, hashPrefix(hash, config.prefixLength));
    if (bucket === null) return null;
    return matchBucket(bucket, hash, config.jurisdiction) || NONE;
  }

  async function analyze(message) {
    const config = await settings.get();
    const posts = (Array.isArray(message.posts) ? message.posts : []).filter(validPost);
    const scope = `${config.mode}|${config.jurisdiction}`;
    const cached = await cache.getMany(scope, posts.map((post) => post.key));
    const missing = posts.filter((post) => !cached.has(post.key));
    const batcher = config.mode === "analyse" ? batcherFor(config) : null;
    const fresh = await Promise.all(missing.map((post) => batcher
      ? batcher.add(post.key, analysePayload(post, config.jurisdiction))
      : lookupOne(config, post)));
    const learned = new Map();
    missing.forEach((post, index) => { if (fresh[index] !== null) learned.set(post.key, fresh[index]); });
    if (learned.size) await cache.setMany(scope, learned);
    const verdicts = {};
    for (const post of posts) {
      const value = cached.has(post.key) ? cached.get(post.key) : learned.get(post.key);
      verdicts[post.key] = value && value !== NONE ? value : null;
    }
    return { verdicts, mode: config.mode, status: await status.get() };
  }

  async function init(sender) {
    const config = await settings.get();
    const url = sender?.tab?.url || sender?.url || "";
    let host = "";
    try { host = new URL(url).hostname; } catch { host = ""; }
    const site = siteForHost(sites, host);
    const enabled = site ? config.sites[site.platform] !== false : true;
    return {
      site: site || siteForDevPage(sites, url) || articleSite(sites),
      enabled,
      settings: { mode: config.mode, jurisdiction: config.jurisdiction, instrument: config.instrument,
        siteUrl: config.siteUrl },
    };
  }

  async function report(message) {
    const config = await settings.get();
    if (!REPORT_KINDS.includes(message.kind) || typeof message.platform !== "string"
        || typeof message.post_ref !== "string" || !message.post_ref) {
      return { ok: false, error: "invalid_report" };
    }
    const body = {
      platform: message.platform,
      post_ref: message.post_ref.slice(0, 512),
      kind: message.kind,
      client_secret: await secrets.get(),
    };
    if (message.note) body.note = String(message.note).slice(0, 1000);
    try {
      await apiFor(config.apiBase).report(body);
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error.code || "error" };
    }
  }

  /** Answer one runtime message; unknown types get an error, never an exception. */
  async function handle(message, sender) {
    switch (message?.type) {
      case "init": return init(sender);
      case "analyze": return analyze(message);
      case "report": return report(message);
      case "status": return { status: await status.get(), settings: await settings.get() };
      default: return { error: "unknown_message" };
    }
  }

  return { handle };
}
