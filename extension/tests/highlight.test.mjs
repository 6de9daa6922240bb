import assert from "node:assert/strict";
import { test } from "node:test";
import { safeHref, signalExcerpt } from "../src/ui/highlight.js";
import { ruleSource } from "../src/ui/rulebooks.js";
import { accountRecordUrl } from "../src/ui/evidence.js";

const TEXT = "Eindelijk binnen: de nieuwe runners. Met mijn code SANNE20 krijg je 20% korting!";

test("offsets are used when the text there is the match", () => {
  const start = TEXT.indexOf("code SANNE20");
  const excerpt = signalExcerpt(TEXT, { text: "code SANNE20", start, end: start + 12 }, 10);
  assert.deepEqual(excerpt, { before: "… Met mijn ", match: "code SANNE20", after: " krijg je …" });
});

test("offsets into the detector's normalised text are re-found by search", () => {
  const excerpt = signalExcerpt(TEXT, { text: "sanne20", start: 0, end: 7 }, 5);
  assert.equal(excerpt.match, "SANNE20");
  assert.equal(excerpt.before, "…code ");
});

test("a signal outside the text is shown on its own", () => {
  assert.deepEqual(signalExcerpt(TEXT, { text: "Paid partnership" }), { before: "", match: "Paid partnership", after: "" });
});

test("only http(s) links become hrefs", () => {
  assert.equal(safeHref("javascript:alert(1)"), null);
  assert.equal(safeHref("data:text/html,x"), null);
  assert.equal(safeHref("not a url"), null);
  assert.equal(safeHref("https://www.ftc.gov/x"), "https://www.ftc.gov/x");
});

test("rule sources exist for every jurisdiction, EU baseline otherwise", () => {
  for (const code of ["nl", "be", "de", "fr", "uk", "us", "eu"]) assert.match(ruleSource(code).url, /^https:\/\//);
  assert.equal(ruleSource("xx"), ruleSource("eu"));
});

test("account record URL escapes the handle", () => {
  assert.equal(accountRecordUrl("https://t.example/", "instagram", "a/b"), "https://t.example/accounts/instagram/a%2Fb/");
  assert.equal(accountRecordUrl("", "instagram", "a"), null);
});
