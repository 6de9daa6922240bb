// Finds posts on a page, asks the service worker about new ones, and badges the answers.
// DOM access goes through the small subset extract.js documents, and all side effects
// (messaging, rendering, timers) are injected, so Node tests drive it on fixture pages.

import { extractArticle, extractPost } from "./extract.js";

const RETRIES = [400, 1500, 4000];
const LATER = 30000;

/**
 * `observe(element, onVisible)`, when given, defers asking about a post until it comes near
 * the screen (look-up mode); it may return a function that stops observing. A post coming near the screen takes along up to `readAhead`
 * posts in all: the waiting posts after it in page order, so that scrolling a long feed
 * costs one look-up request per `readAhead` posts rather than one per screenful — and the
 * server cannot tell which of them the reader actually saw.
 */
export function createController({ doc, site, page, send, render, timers = globalThis, chunk = 100,
  debounce = 150, measure = null, observe = null, readAhead = 1, now = Date.now }) {
  const entries = new Map();
  let visible = [];
  let visibleTimer = null;
  const seen = new WeakMap();
  let timer = null;
  let running = null;
  let again = false;

  const yieldTask = () => new Promise((resolve) => timers.setTimeout(resolve, 0));
  const clock = () => (globalThis.performance ? performance.now() : Date.now());

  function note(name, start) {
    if (measure) measure(name, start, clock());
  }

  function remember(post, element, rule) {
    let entry = entries.get(post.key);
    if (!entry) {
      entry = { post, verdict: undefined, requested: false, places: [] };
      entries.set(post.key, entry);
    }
    entry.places.push({ element, rule, host: null });
    if (entry.verdict) renderPlace(entry, entry.places.at(-1));
    return entry;
  }

  function renderPlace(entry, place) {
    if (!place.host && entry.verdict) place.host = render(entry, place.element, place.rule);
  }

  function forget(element) {
    for (const entry of entries.values()) {
      entry.places = entry.places.filter((place) => {
        if (place.element !== element) return true;
        place.host?.remove();
        return false;
      });
    }
  }

  /** New post elements in document order; elements whose post changed are re-read. */
  function discover() {
    const found = [];
    const current = page();
    if (site.article) {
      if (!seen.has(doc)) {
        const article = extractArticle(doc, site, current);
        if (article) {
          seen.set(doc, article.post.key);
          found.push({ post: article.post, element: article.element, rule: site.article });
        }
      }
      return found;
    }
    for (const rule of site.posts) {
      const fromLocation = rule.id.some((spec) => spec.location);
      for (const element of doc.querySelectorAll(rule.root)) {
        if (seen.has(element) && !fromLocation) continue;
        const post = extractPost(element, rule, site, current);
        if (!post || seen.get(element) === post.key) continue;
        if (seen.has(element)) forget(element);
        seen.set(element, post.key);
        found.push({ post, element, rule });
      }
    }
    return found;
  }

  async function request(batch, attempt = 0) {
    let answer;
    try {
      answer = await send({ type: "analyze", posts: batch.map((entry) => entry.post) });
    } catch {
      answer = null;
    }
    if (!answer?.verdicts) {
      if (attempt < RETRIES.length) {
        await new Promise((resolve) => timers.setTimeout(resolve, RETRIES[attempt]));
        return request(batch, attempt + 1);
      }
      later(batch);
      return;
    }
    if (answer.status?.ok === false && batch.every((entry) => !answer.verdicts[entry.post.key])) {
      later(batch);
      return;
    }
    for (let index = 0; index < batch.length; index += chunk) {
      const start = clock();
      for (const entry of batch.slice(index, index + chunk)) {
        entry.verdict = answer.verdicts[entry.post.key] || null;
        for (const place of entry.places) renderPlace(entry, place);
      }
      note("transparant:render", start);
      await yieldTask();
    }
  }

  /** The API was unreachable: no badges now, ask again in a while (no retry storm). */
  function later(batch) {
    const at = now() + LATER;
    for (const entry of batch) {
      entry.requested = false;
      entry.retryAt = at;
    }
    timers.setTimeout(schedule, LATER);
  }

  async function scanOnce() {
    const start = clock();
    const found = discover();
    const fresh = [];
    for (const { post, element, rule } of found) {
      const entry = remember(post, element, rule);
      if (!entry.requested && !entry.retryAt) {
        entry.requested = true;
        fresh.push(entry);
      }
    }
    const time = now();
    for (const entry of entries.values()) {
      if (!entry.requested && entry.retryAt && entry.retryAt <= time) {
        entry.requested = true;
        entry.retryAt = 0;
        fresh.push(entry);
      }
    }
    note("transparant:scan", start);
    if (observe) {
      for (const entry of fresh) {
        entry.waiting = true;
        entry.unobserve = observe(entry.places[0].element, () => whenVisible(entry));
      }
      return;
    }
    await requestAll(fresh);
  }

  function requestAll(batch) {
    const work = [];
    for (let index = 0; index < batch.length; index += chunk) work.push(request(batch.slice(index, index + chunk)));
    return Promise.all(work);
  }

  function whenVisible(entry) {
    if (!entry.waiting) return;
    entry.waiting = false;
    visible.push(entry);
    if (visibleTimer !== null) return;
    visibleTimer = timers.setTimeout(() => {
      visibleTimer = null;
      const batch = withReadAhead(visible);
      visible = [];
      requestAll(batch);
    }, debounce);
  }

  /** The visible posts plus the waiting posts after the last of them, up to `readAhead`. */
  function withReadAhead(batch) {
    const last = batch.at(-1);
    let after = false;
    for (const entry of entries.values()) {
      if (batch.length >= readAhead) break;
      if (after && entry.waiting) {
        entry.waiting = false;
        entry.unobserve?.();
        batch.push(entry);
      }
      after ||= entry === last;
    }
    return batch;
  }

  /** Run a scan now; a scan asked for while one runs is run once after it. */
  function scan() {
    if (running) {
      again = true;
      return running;
    }
    running = scanOnce().finally(() => {
      running = null;
      if (again) {
        again = false;
        schedule();
      }
    });
    return running;
  }

  function schedule() {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      scan();
    }, debounce);
  }

  /** What the popup lists: every post seen, with its verdict once known. */
  function list() {
    return [...entries.values()].map((entry) => ({ ...entry.post, verdict: entry.verdict ?? null }));
  }

  return { scan, schedule, list, idle: () => running || Promise.resolve() };
}
