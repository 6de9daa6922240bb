// The service worker's message handling, with storage and the API faked: batching, the
// verdict cache surviving a worker restart, look-up-only privacy, reports, failures.
import "./helpers/setup.mjs";
import assert from "node:assert/strict";
import { test } from "node:test";
import { createVerdictCache } from "../src/core/cache.js";
import { lookupHash } from "../src/core/hash.js";
import { analysePayload, createService, matchBucket } from "../src/core/service.js";
import { normaliseSettings } from "../src/core/settings.js";
import { fakeApi, memoryArea, verdictFor } from "./helpers/fakes.mjs";
import { loadAllSites } from "./helpers/fixtures.mjs";

const SITES = loadAllSites();

function makeService({ api, session = memoryArea(), settings = {}, local = memoryArea() }) {
  const status = {
    async get() { return (await session.get("status")).status || { ok: null }; },
    async set(value) { await session.set({ status: value }); },
  };
  return createService({
    settings: { get: async () => normaliseSettings(settings, "nl-NL") },
    cache: createVerdictCache(session),
    apiFor: () => api,
    sites: SITES,
    secrets: { get: async () => "s3cret" },
    status,
    local,
  });
}

function post(id, text, extra = {}) {
  return { key: `instagram:${id}`, platform: "instagram", post_id: id, text, links: [], native_labels: [],
    author: "someone", accountUrl: "https://www.instagram.com/someone/", url: `https://www.instagram.com/p/${id}/`, lang: "nl-NL", ...extra };
}

const ANALYSE = { mode: "analyse", consent: true };

test("analyse mode: 120 posts in three messages become ≤ 50-post batches, no identifiers sent", async () => {
  const api = fakeApi();
  const service = makeService({ api, settings: ANALYSE });
  const posts = Array.from({ length: 120 }, (_, i) => post(`P${i}xx`, i % 3 ? "Zonnig weekend" : "Nieuw! #ad"));
  const answers = await Promise.all([0, 40, 80].map((from) =>
    service.handle({ type: "analyze", posts: posts.slice(from, from + 40) }, {})));
  const batches = api.calls.filter((call) => call.kind === "batch");
  assert.deepEqual(batches.map((call) => call.posts.length), [50, 50, 20]);
  const sent = batches[0].posts[0];
  assert.deepEqual(Object.keys(sent).sort(), ["id", "jurisdiction", "language", "platform", "text", "url"]);
  assert.equal(sent.language, "nl");
  assert.equal(answers[0].verdicts["instagram:P0xx"].verdict, "disclosed");
  assert.equal(answers[0].verdicts["instagram:P1xx"].verdict, "organic");
  assert.equal(answers[2].verdicts["instagram:P82xx"].verdict, "organic");
});

test("verdicts survive the worker being stopped: a new service reads the session cache", async () => {
  const session = memoryArea();
  const first = fakeApi();
  await makeService({ api: first, session, settings: ANALYSE }).handle({ type: "analyze", posts: [post("Aaaaa", "x #ad")] }, {});
  const second = fakeApi();
  const answer = await makeService({ api: second, session, settings: ANALYSE })
    .handle({ type: "analyze", posts: [post("Aaaaa", "x #ad")] }, {});
  assert.equal(first.calls.length, 1);
  assert.equal(second.calls.length, 0, "the restarted worker asked the API again");
  assert.equal(answer.verdicts["instagram:Aaaaa"].verdict, "disclosed");
});

test("look-up mode sends only hash prefixes, in one request, and matches the full hash locally", async () => {
  const hash = await lookupHash("instagram", "Known1");
  const stored = { [hash]: [verdictFor("#ad", "be"), verdictFor("Nieuw #ad", "nl")] };
  const api = fakeApi({ stored });
  const service = makeService({ api, settings: { mode: "lookup" } });
  const answer = await service.handle({ type: "analyze", posts: [post("Known1", "Nieuw #ad"), post("Unknown2", "secret text")] }, {});
  assert.equal(api.calls.filter((call) => call.kind === "batch").length, 0);
  assert.equal(api.calls.length, 1, "both posts' prefixes share one request");
  const { prefixes } = api.calls[0];
  assert.equal(prefixes.length, 2);
  for (const prefix of prefixes) assert.match(prefix, /^[0-9a-f]{6}$/);
  assert.ok(prefixes.includes(hash.slice(0, 6)));
  assert.ok(!JSON.stringify(api.calls).includes("secret"), "no text leaves in look-up mode");
  assert.equal(answer.verdicts["instagram:Known1"].jurisdiction, "nl", "the user's jurisdiction is preferred");
  assert.equal(answer.verdicts["instagram:Unknown2"], null);
  assert.equal(answer.mode, "lookup");
});

test("look-up mode: 120 posts in three messages become ≤ 50-prefix requests; a bucket is asked once", async () => {
  const api = fakeApi();
  const service = makeService({ api, settings: { mode: "lookup" } });
  const posts = Array.from({ length: 120 }, (_, i) => post(`L${i}xx`, "tekst"));
  await Promise.all([0, 40, 80].map((from) =>
    service.handle({ type: "analyze", posts: posts.slice(from, from + 40) }, {})));
  const sizes = api.calls.map((call) => call.prefixes.length);
  const distinct = new Set(await Promise.all(posts.map(async (p) => (await lookupHash(p.platform, p.post_id)).slice(0, 6))));
  assert.equal(sizes.reduce((a, b) => a + b, 0), distinct.size);
  assert.ok(sizes.every((size) => size <= 50) && sizes.length === Math.ceil(distinct.size / 50), String(sizes));
  const again = makeService({ api, settings: { mode: "lookup", prefixLength: 4 } });
  await again.handle({ type: "analyze", posts: [post("Same1", "a"), post("Same1", "a")] }, {});
  assert.equal(api.calls.at(-1).prefixes.length, 1);
});

test("look-up mode with the API down: no verdicts, quiet status, retried next time", async () => {
  const api = fakeApi({ down: true });
  const service = makeService({ api, settings: { mode: "lookup" } });
  const answer = await service.handle({ type: "analyze", posts: [post("Down2", "x")] }, {});
  assert.equal(answer.verdicts["instagram:Down2"], null);
  assert.equal(answer.status.ok, false);
  await service.handle({ type: "analyze", posts: [post("Down2", "x")] }, {});
  assert.equal(api.calls.length, 2, "a failed bucket is not remembered");
});

test("analyse without consent falls back to look-up", async () => {
  const api = fakeApi();
  await makeService({ api, settings: { mode: "analyse" } }).handle({ type: "analyze", posts: [post("Zzzzz", "#ad")] }, {});
  assert.deepEqual(api.calls.map((call) => call.kind), ["lookup"]);
});

test("API down: no verdicts, quiet status, nothing cached", async () => {
  const session = memoryArea();
  const api = fakeApi({ down: true });
  const service = makeService({ api, session, settings: ANALYSE });
  const answer = await service.handle({ type: "analyze", posts: [post("Down1", "#ad")] }, {});
  assert.equal(answer.verdicts["instagram:Down1"], null);
  assert.equal(answer.status.ok, false);
  assert.equal([...session.data.keys()].filter((key) => key.startsWith("v|")).length, 0);
  const status = await service.handle({ type: "status" }, {});
  assert.equal(status.status.ok, false);
});

test("malformed posts are ignored, unknown messages answered with an error", async () => {
  const api = fakeApi();
  const service = makeService({ api, settings: ANALYSE });
  const answer = await service.handle({ type: "analyze", posts: [{ key: "x:1", platform: "instagram", post_id: "1" }, null] }, {});
  assert.deepEqual(answer.verdicts, {});
  assert.equal(api.calls.length, 0);
  assert.deepEqual(await service.handle({ type: "nope" }, {}), { error: "unknown_message" });
  assert.deepEqual(await service.handle(undefined, {}), { error: "unknown_message" });
});

test("reports carry the client secret and nothing about the reporter", async () => {
  const api = fakeApi();
  const service = makeService({ api });
  const answer = await service.handle({ type: "report", kind: "undisclosed_ad", platform: "instagram", post_ref: "C9b", note: "code in caption" }, {});
  assert.deepEqual(answer, { ok: true });
  assert.deepEqual(api.calls[0].body, { platform: "instagram", post_ref: "C9b", kind: "undisclosed_ad", client_secret: "s3cret", note: "code in caption" });
  assert.deepEqual(await service.handle({ type: "report", kind: "spam", platform: "x", post_ref: "1" }, {}),
    { ok: false, error: "invalid_report" });
});

test("init picks the site by the tab's host; other pages get article mode", async () => {
  const service = makeService({ api: fakeApi(), settings: { sites: { tiktok: false } } });
  const instagram = await service.handle({ type: "init" }, { tab: { url: "https://www.instagram.com/" } });
  assert.equal(instagram.site.platform, "instagram");
  assert.equal(instagram.enabled, true);
  assert.equal(instagram.settings.mode, "lookup");
  const tiktok = await service.handle({ type: "init" }, { tab: { url: "https://www.tiktok.com/foryou" } });
  assert.equal(tiktok.enabled, false);
  const blog = await service.handle({ type: "init" }, { tab: { url: "https://kookblog.example/a" } });
  assert.equal(blog.site.platform, "blog");
  const fixture = await service.handle({ type: "init" }, { tab: { url: "http://127.0.0.1:18150/youtube-watch.html?v=Pix9Review0" } });
  assert.equal(fixture.site.platform, "youtube", "saved fixture pages can be tried by hand");
  const elsewhere = await service.handle({ type: "init" }, { tab: { url: "https://evil.example/youtube-watch.html" } });
  assert.equal(elsewhere.site.platform, "blog", "only on 127.0.0.1 and localhost");
});

test("analysePayload keeps to the API schema", () => {
  const payload = analysePayload(post("Q", "t", { lang: "pt-BR", links: ["https://a.example/" + "x".repeat(3000), "https://b.example/"],
    native_labels: ["Paid partnership"] }), "us");
  assert.deepEqual(payload, { text: "t", platform: "instagram", jurisdiction: "us", links: ["https://b.example/"],
    url: "https://www.instagram.com/p/Q/", language: "pt", native_labels: ["Paid partnership"] });
});

test("matchBucket handles missing and single entries", () => {
  assert.equal(matchBucket({ prefix: "ab", results: {} }, "abc", "nl"), null);
  assert.equal(matchBucket(null, "abc", "nl"), null);
  assert.equal(matchBucket({ results: { abc: [{ jurisdiction: "us" }] } }, "abc", "nl").jurisdiction, "us");
});
