// Content-script wiring: asks the service worker what this page is, then scans, observes
// (debounced MutationObserver for infinite scroll) and badges. Touches nothing else.

import { createBadge, placeBadge } from "../ui/badge.js";
import { messages } from "../ui/i18n.js";
import { createController } from "./controller.js";

// Posts per look-up request while scrolling: the API takes up to 50 prefixes at once.
const LOOKUP_READ_AHEAD = 40;

function send(message) {
  return chrome.runtime.sendMessage(message);
}

function pageInfo() {
  return { href: location.href, lang: document.documentElement.lang || null, document };
}

function renderer(msg, siteUrl, site) {
  return (entry, element, rule) => {
    const host = createBadge(document, {
      verdict: entry.verdict,
      post: entry.post,
      msg,
      siteUrl,
      onReport: (kind) => send({ type: "report", kind, platform: entry.post.platform, post_ref: entry.post.post_id }),
    });
    if (!host) return null;
    if (site.article) {
      const anchor = document.querySelector(rule.anchor);
      if (anchor) anchor.after(host); else element.prepend(host);
    } else {
      placeBadge(host, element, rule.anchor, rule.placement);
    }
    return host;
  };
}

/** Look-up mode asks about posts within a screen or two of the viewport (and read-ahead). */
function nearScreen(mode) {
  if (mode !== "lookup" || typeof IntersectionObserver !== "function") return null;
  const waiting = new WeakMap();
  const observer = new IntersectionObserver((records) => {
    for (const record of records) {
      if (!record.isIntersecting) continue;
      observer.unobserve(record.target);
      waiting.get(record.target)?.();
      waiting.delete(record.target);
    }
  }, { rootMargin: "1500px 0px" });
  return (element, onVisible) => {
    waiting.set(element, onVisible);
    observer.observe(element);
    return () => {
      observer.unobserve(element);
      waiting.delete(element);
    };
  };
}

/** Whether a mutation is the page's own, not just our badges coming or going (no rescan). */
export function pageChange(record) {
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) if (!node.hasAttribute?.("data-transparant-post")) return true;
  }
  return false;
}

function measurer(enabled) {
  if (!enabled || !globalThis.performance?.measure) return null;
  return (name, start, end) => performance.measure(name, { start, end });
}

export async function start(handle) {
  let init;
  try {
    init = await send({ type: "init" });
  } catch {
    return;
  }
  if (!init?.site || !init.enabled) return;
  const msg = messages();
  const controller = createController({
    doc: document,
    site: init.site,
    page: pageInfo,
    send,
    render: renderer(msg, init.settings.siteUrl, init.site),
    measure: measurer(init.settings.instrument),
    observe: init.site.article ? null : nearScreen(init.settings.mode),
    readAhead: LOOKUP_READ_AHEAD,
  });
  handle.rescan = () => controller.scan();
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || message?.type !== "transparant:list") return false;
    sendResponse({
      platform: init.site.platform,
      mode: init.settings.mode,
      siteUrl: init.settings.siteUrl,
      posts: controller.list(),
    });
    return false;
  });
  await controller.scan();
  if (!init.site.article) {
    new MutationObserver((records) => {
      if (records.some(pageChange)) controller.schedule();
    }).observe(document.body, { childList: true, subtree: true });
  }
}
