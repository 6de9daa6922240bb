// The badges' colours meet WCAG AA contrast (≥ 4.5:1 for their 12 px text).
import assert from "node:assert/strict";
import { test } from "node:test";
import { BADGE_CSS, EVIDENCE_CSS } from "../src/ui/styles.js";

function luminance(hex) {
  const channels = hex.match(/[0-9a-f]{2}/gi).map((part) => parseInt(part, 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test("each verdict badge has AA contrast", () => {
  const rules = [...BADGE_CSS.matchAll(/data-verdict="(\w+)"\] \{ color: (#[0-9a-f]{6}); background: (#[0-9a-f]{6});/g)];
  assert.deepEqual(rules.map((rule) => rule[1]), ["disclosed", "unclear_disclosure", "undisclosed"]);
  for (const [, verdict, color, background] of rules) {
    assert.ok(contrast(color, background) >= 4.5, `${verdict}: ${contrast(color, background).toFixed(2)}`);
  }
});

test("highlighted evidence and links are readable", () => {
  assert.ok(contrast("#1f2328", "#ffe58f") >= 4.5);
  assert.match(EVIDENCE_CSS, /mark \{ background: #ffe58f; color: #1f2328;/);
  assert.ok(contrast("#0b4fc4", "#ffffff") >= 4.5);
  assert.match(BADGE_CSS, /:focus-visible \{ outline: 3px solid #1a4fd6/);
});
