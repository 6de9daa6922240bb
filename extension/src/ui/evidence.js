// Renders a verdict's evidence (explanation, highlighted signals, rulebook, links, report
// buttons) with DOM APIs only: every piece of page or server data goes in via textContent.
// Shared by the in-page badge panel and the toolbar popup.

import { safeHref, signalExcerpt } from "./highlight.js";
import { ruleSource } from "./rulebooks.js";

export const FLAGGED = ["disclosed", "unclear_disclosure", "undisclosed"];

function el(doc, tag, attributes = {}, ...children) {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    element.append(typeof child === "string" ? doc.createTextNode(child) : child);
  }
  return element;
}

function link(doc, href, label) {
  const url = safeHref(href);
  if (!url) return null;
  return el(doc, "a", { href: url, target: "_blank", rel: "noopener noreferrer" }, label);
}

/** The transparency site's page for an account (see site/ for the URL scheme). */
export function accountRecordUrl(siteUrl, platform, author) {
  if (!siteUrl || !author) return null;
  return `${siteUrl.replace(/\/+$/, "")}/accounts/${encodeURIComponent(platform)}/${encodeURIComponent(author)}/`;
}

function signalItem(doc, msg, text, signal) {
  const excerpt = signalExcerpt(text, signal);
  const quote = el(doc, "q", { class: "t-quote" }, excerpt.before, el(doc, "mark", {}, excerpt.match), excerpt.after);
  const family = el(doc, "span", { class: `t-family t-${signal.family}` }, msg(`family_${signal.family}`));
  const rule = el(doc, "small", { class: "t-rule" }, String(signal.rule || ""));
  return el(doc, "li", { "data-rule": String(signal.rule || "") }, family, " ", quote, " ", rule);
}

function reportButtons(doc, msg, verdict, onReport) {
  const status = el(doc, "p", { class: "t-report-status", role: "status", "aria-live": "polite" });
  const kinds = verdict.verdict === "undisclosed" ? ["wrong_label"]
    : verdict.verdict === "disclosed" ? ["wrong_label"]
      : verdict.verdict === "organic" ? ["undisclosed_ad"] : ["wrong_label", "undisclosed_ad"];
  const buttons = kinds.map((kind) => {
    const button = el(doc, "button", { type: "button", class: "t-report", "data-kind": kind },
      msg(kind === "wrong_label" ? "reportWrong" : "reportUndisclosed"));
    button.addEventListener("click", async () => {
      for (const other of buttons) other.disabled = true;
      status.textContent = msg("reportSending");
      const result = await onReport(kind).catch(() => ({ ok: false }));
      status.textContent = msg(result?.ok ? "reportSent" : "reportFailed");
      if (!result?.ok) for (const other of buttons) other.disabled = false;
    });
    return button;
  });
  return el(doc, "div", { class: "t-actions" }, ...buttons, status);
}

/**
 * The evidence block for one post. `post` is what the content script extracted
 * ({platform, post_id, text, author, accountUrl}); `onReport(kind)` resolves {ok}.
 */
export function renderEvidence(doc, { verdict, post, msg, siteUrl, onReport }) {
  const root = el(doc, "section", { class: `t-evidence t-${verdict.verdict}`, "data-verdict": verdict.verdict });
  root.append(el(doc, "h2", { class: "t-heading" }, msg(`verdict_${verdict.verdict}`)));
  if (verdict.explanation) root.append(el(doc, "p", { class: "t-explanation" }, String(verdict.explanation)));
  const signals = (verdict.signals || []).filter((signal) => signal && signal.family);
  if (signals.length) {
    root.append(el(doc, "h3", {}, msg("evidenceHeading")));
    root.append(el(doc, "ul", { class: "t-signals" }, ...signals.map((s) => signalItem(doc, msg, post.text, s))));
  }
  for (const problem of verdict.problems || []) {
    const text = msg(`problem_${problem}`);
    root.append(el(doc, "p", { class: "t-problem" },
      text === `problem_${problem}` ? String(problem).replaceAll("_", " ") : text));
  }
  const source = ruleSource(verdict.jurisdiction);
  const rules = el(doc, "p", { class: "t-rulebook" },
    msg("rulebookLine", [String(verdict.rulebook_version || verdict.jurisdiction || ""), source.authority]), " ");
  const sourceLink = link(doc, source.url, `${msg("ruleSource")}: ${source.name}`);
  if (sourceLink) rules.append(sourceLink);
  root.append(rules);
  const links = el(doc, "p", { class: "t-links" });
  const record = link(doc, accountRecordUrl(siteUrl, post.platform, post.author), msg("accountRecord"));
  const onSite = link(doc, post.accountUrl, post.author ? `@${post.author}` : "");
  for (const item of [record, onSite]) if (item) links.append(item, " ");
  if (links.childNodes.length) root.append(links);
  root.append(el(doc, "p", { class: "t-caveat" }, msg("caveat")));
  root.append(reportButtons(doc, msg, verdict, onReport));
  return root;
}
