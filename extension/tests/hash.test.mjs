// The extension's look-up hash must equal Python's hashlib.sha256(f"{platform}:{post_id}")
// (scrapers/identity.py); these values were printed by that function.
import "./helpers/setup.mjs";
import assert from "node:assert/strict";
import { test } from "node:test";
import { hashPrefix, lookupHash, sha256Hex } from "../src/core/hash.js";

const PYTHON = [
  ["instagram", "C0ffee", "edadbec081735f90e632f0c7eb034af7520404e2e74e3e5b94acd5ab785041ac"],
  ["youtube", "Pix9Review0", "9c242103b542078bbe3bef74cf4dd83be4bb733b6ba140520b11b2d22cacbb18"],
  ["blog", "https://kookblog.example/beste-airfryers/", "75c7b73b9ddbe38f7f7c8e6f31de3485bad6015113555de4f5199aa3bc9c314d"],
  ["x", "1859000000000000001", "5352801b770ce2eb632d5d4e5d929498b811f5a0ba224c1833099221ca992d5f"],
  ["tiktok", "proteïne-😀", "7c38271d7148570deb0efeee7c5a4f95c2776d6c421a2814b6c3eaaff80278f3"],
];

for (const [platform, postId, expected] of PYTHON) {
  test(`lookupHash(${platform}, ${postId}) equals Python's`, async () => {
    assert.equal(await lookupHash(platform, postId), expected);
  });
}

test("sha256Hex of the empty string", async () => {
  assert.equal(await sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
});

test("hashPrefix keeps 4 to 8 characters, 6 by default", () => {
  const hash = PYTHON[0][2];
  assert.equal(hashPrefix(hash), "edadbe");
  assert.equal(hashPrefix(hash, 2), "edad");
  assert.equal(hashPrefix(hash, 8), "edadbec0");
  assert.equal(hashPrefix(hash, 40), "edadbec0");
  assert.equal(hashPrefix(hash, "junk"), "edadbe");
});
