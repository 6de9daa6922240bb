// A badge next to a post, in its own shadow root, built with DOM APIs only.
// The host element carries data-transparant-verdict and data-transparant-post for tests
// and for users' own tools. The evidence panel is built lazily, on first open.

import { BADGE_CSS, EVIDENCE_CSS } from "./styles.js";
import { FLAGGED, renderEvidence } from "./evidence.js";

let sharedSheet = null;

function adoptStyles(doc, shadow) {
  try {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS + EVIDENCE_CSS);
    }
    shadow.adoptedStyleSheets = [sharedSheet];
  } catch {
    const style = doc.createElement("style");
    style.textContent = BADGE_CSS + EVIDENCE_CSS;
    shadow.append(style);
  }
}

/** The host element for one flagged post, or null for organic / unknown verdicts. */
export function createBadge(doc, { verdict, post, msg, siteUrl, onReport }) {
  if (!verdict || !FLAGGED.includes(verdict.verdict)) return null;
  const host = doc.createElement("span");
  host.setAttribute("data-transparant-verdict", verdict.verdict);
  host.setAttribute("data-transparant-post", post.key);
  const shadow = host.attachShadow({ mode: "open" });
  adoptStyles(doc, shadow);
  const label = msg(`verdict_${verdict.verdict}`);
  const button = doc.createElement("button");
  button.className = "t-badge";
  button.type = "button";
  button.setAttribute("data-verdict", verdict.verdict);
  button.setAttribute("aria-label", msg("badgeAria", [label]));
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-haspopup", "dialog");
  const mark = doc.createElement("span");
  mark.className = "t-mark";
  mark.setAttribute("aria-hidden", "true");
  mark.textContent = verdict.verdict === "disclosed" ? "ⓘ" : "!";
  const text = doc.createElement("span");
  text.textContent = label;
  button.append(mark, text);
  shadow.append(button);

  let panel = null;
  const close = () => {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  };
  const open = () => {
    if (!panel) {
      panel = doc.createElement("div");
      panel.className = "t-panel";
      panel.setAttribute("role", "dialog");
      panel.setAttribute("aria-label", msg("panelTitle"));
      const closer = doc.createElement("button");
      closer.className = "t-close";
      closer.type = "button";
      closer.setAttribute("aria-label", msg("close"));
      closer.textContent = "×";
      closer.addEventListener("click", close);
      panel.append(closer, renderEvidence(doc, { verdict, post, msg, siteUrl, onReport }));
      panel.addEventListener("keydown", (event) => { if (event.key === "Escape") close(); });
      shadow.append(panel);
    }
    const room = (doc.defaultView?.innerWidth || 1024) - host.getBoundingClientRect().left;
    panel.classList.toggle("t-right", room < 400);
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    panel.querySelector("button.t-close").focus();
  };
  button.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    if (panel && !panel.hidden) close(); else open();
  });
  return host;
}

/** Put the badge where the site description says, falling back to the post's own element. */
export function placeBadge(host, root, anchorSelector, placement) {
  const anchor = (anchorSelector && root.querySelector(anchorSelector)) || root;
  if (placement === "after" && anchor !== root) anchor.after(host);
  else if (placement === "before" && anchor !== root) anchor.before(host);
  else if (placement === "prepend") anchor.prepend(host);
  else anchor.append(host);
}
