// The content script's wiring: its MutationObserver ignores the badges it inserts itself,
// so showing a badge does not make it re-read every post on the page.
import "./helpers/setup.mjs";
import assert from "node:assert/strict";
import { test } from "node:test";
import { pageChange } from "../src/content/main.js";

const badge = { hasAttribute: (name) => name === "data-transparant-post" };
const article = { hasAttribute: () => false };
const text = {};

test("badges coming and going are not page changes; anything else is", () => {
  assert.equal(pageChange({ addedNodes: [badge], removedNodes: [] }), false);
  assert.equal(pageChange({ addedNodes: [], removedNodes: [badge, badge] }), false);
  assert.equal(pageChange({ addedNodes: [badge, article], removedNodes: [] }), true);
  assert.equal(pageChange({ addedNodes: [text], removedNodes: [] }), true);
  assert.equal(pageChange({ addedNodes: [], removedNodes: [article] }), true);
});
