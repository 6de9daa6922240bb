// The toolbar popup: server status, privacy mode, the evidence for every flagged post on
// the current tab, report buttons, and "Check this page" for sites without a content script
// (allowed by activeTab once the user clicks the toolbar button).

import { FLAGGED, renderEvidence } from "../src/ui/evidence.js";
import { localisePage, messages } from "../src/ui/i18n.js";

const msg = messages();

async function currentTabId() {
  const fromQuery = Number(new URLSearchParams(location.search).get("tab"));
  if (fromQuery) return fromQuery;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function showStatus() {
  const answer = await chrome.runtime.sendMessage({ type: "status" }).catch(() => null);
  const status = document.getElementById("status");
  const ok = answer?.status?.ok;
  status.textContent = msg(ok === true ? "statusOk" : ok === false ? "statusDown" : "statusUnknown");
  status.classList.toggle("down", ok === false);
  document.getElementById("mode").textContent =
    msg(answer?.settings?.mode === "analyse" ? "modeAnalyse" : "modeLookup");
}

function report(post) {
  return (kind) => chrome.runtime.sendMessage({ type: "report", kind, platform: post.platform, post_ref: post.post_id });
}

function meta(post) {
  const line = document.createElement("p");
  line.className = "post-meta";
  line.textContent = [post.author ? `@${post.author}` : "", post.platform, post.text.slice(0, 80)]
    .filter(Boolean).join(" · ");
  return line;
}

function renderPosts(answer) {
  const container = document.getElementById("posts");
  container.replaceChildren();
  const posts = answer.posts || [];
  const flagged = posts.filter((post) => FLAGGED.includes(post.verdict?.verdict));
  for (const post of flagged) {
    const item = document.createElement("article");
    item.className = "post";
    item.setAttribute("data-transparant-post", post.key);
    item.append(meta(post), renderEvidence(document, {
      verdict: post.verdict, post, msg, siteUrl: answer.siteUrl, onReport: report(post),
    }));
    container.append(item);
  }
  if (!flagged.length) {
    const none = document.createElement("p");
    none.textContent = msg("noFlagged");
    container.append(none);
  }
  const organic = posts.filter((post) => post.verdict && !FLAGGED.includes(post.verdict.verdict));
  if (organic.length) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = `${msg("organicHeading")} (${organic.length})`;
    details.append(summary);
    for (const post of organic.slice(0, 50)) {
      const item = document.createElement("div");
      item.className = "organic";
      item.append(meta(post), renderEvidence(document, {
        verdict: post.verdict, post, msg, siteUrl: answer.siteUrl, onReport: report(post),
      }));
      details.append(item);
    }
    container.append(details);
  }
}

async function listPosts(tabId) {
  return chrome.tabs.sendMessage(tabId, { type: "transparant:list" }).catch(() => null);
}

async function checkPage(tabId, button) {
  button.disabled = true;
  button.textContent = msg("checking");
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: ["src/content/loader.js"] });
  } catch {
    button.textContent = msg("cannotCheck");
    return;
  }
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const answer = await listPosts(tabId);
    if (answer && answer.posts.length && answer.posts.every((post) => post.verdict !== null)) {
      button.remove();
      renderPosts(answer);
      await showStatus();
      return;
    }
  }
  button.disabled = false;
  button.textContent = msg("checkPage");
  await showStatus();
}

async function main() {
  localisePage(document, msg);
  await showStatus();
  const tabId = await currentTabId();
  if (tabId === null) return;
  const answer = await listPosts(tabId);
  if (answer) {
    renderPosts(answer);
    return;
  }
  const hint = document.createElement("p");
  hint.textContent = msg("notSupported");
  const button = document.createElement("button");
  button.type = "button";
  button.id = "check-page";
  button.textContent = msg("checkPage");
  button.addEventListener("click", () => checkPage(tabId, button));
  document.getElementById("actions").append(hint, button);
}

main();
