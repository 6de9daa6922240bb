// Dutch and English are first-class: both catalogues have every message the code asks for.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { EXTENSION } from "./helpers/fixtures.mjs";

const catalogue = (lang) => JSON.parse(readFileSync(join(EXTENSION, "_locales", lang, "messages.json"), "utf8"));
const EN = catalogue("en");
const NL = catalogue("nl");

function sources() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "tests") walk(path);
      else if (/\.(js|html)$/.test(entry.name)) files.push(readFileSync(path, "utf8"));
    }
  };
  walk(EXTENSION);
  return files.join("\n");
}

test("English and Dutch have the same messages, none empty", () => {
  assert.deepEqual(Object.keys(NL).sort(), Object.keys(EN).sort());
  for (const [key, value] of [...Object.entries(EN), ...Object.entries(NL)]) assert.ok(value.message.trim(), key);
});

test("every message the code names exists", () => {
  const code = sources();
  const named = new Set([
    ...[...code.matchAll(/msg\("([A-Za-z_]+)"/g)].map((m) => m[1]),
    ...[...code.matchAll(/data-i18n="([A-Za-z_]+)"/g)].map((m) => m[1]),
  ]);
  for (const verdict of ["disclosed", "unclear_disclosure", "undisclosed", "organic"]) named.add(`verdict_${verdict}`);
  for (const family of ["disclosure", "commercial", "guard", "obfuscation"]) named.add(`family_${family}`);
  for (const code of ["nl", "be", "de", "fr", "uk", "us", "eu"]) named.add(`j_${code}`);
  assert.ok(named.size > 40);
  for (const key of named) assert.ok(EN[key], `missing message ${key}`);
});

test("careful wording: never 'illegal' or 'broke the law'", () => {
  for (const { message } of [...Object.values(EN), ...Object.values(NL)]) {
    assert.doesNotMatch(message, /illegal|broke the law|overtreed|strafbaar/i);
  }
  assert.equal(EN.verdict_undisclosed.message, "Signals of an undisclosed ad");
  assert.equal(NL.verdict_undisclosed.message, "Signalen van niet-gemelde reclame");
});
