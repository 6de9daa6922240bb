// The content script's controller on a fixture page: one message for the posts on screen,
// each post analysed once, badges only where the verdict is not organic, retries when
// the service worker is restarting.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createController } from "../src/content/controller.js";
import { verdictFor } from "./helpers/fakes.mjs";
import { loadPage, loadSite } from "./helpers/fixtures.mjs";

function setup({ fail = 0 } = {}) {
  const site = loadSite("instagram");
  const { document, page } = loadPage("instagram-feed.html", "https://www.instagram.com/");
  const messages = [];
  const rendered = [];
  let failures = fail;
  const send = async (message) => {
    messages.push(message);
    if (failures > 0) {
      failures -= 1;
      throw new Error("Could not establish connection. Receiving end does not exist.");
    }
    const verdicts = Object.fromEntries(message.posts.map((post) => [post.key, verdictFor(post.text)]));
    return { verdicts };
  };
  const render = (entry, element) => {
    if (entry.verdict.verdict === "organic") return null;
    rendered.push(entry.post.key);
    return { remove() {} };
  };
  const timers = { setTimeout: (fn) => setTimeout(fn, 0), clearTimeout };
  const controller = createController({ doc: document, site, page: () => page, send, render, timers });
  return { controller, messages, rendered, document };
}

test("one message for all posts on screen; badges for flagged posts only", async () => {
  const { controller, messages, rendered } = setup();
  await controller.scan();
  assert.equal(messages.length, 1);
  assert.deepEqual(messages[0].posts.map((post) => post.key),
    ["instagram:C9aLisaGlow1", "instagram:C9bSanneKicks", "instagram:C9cMarkDuinen"]);
  assert.deepEqual(rendered, ["instagram:C9aLisaGlow1", "instagram:C9bSanneKicks"]);
  const listed = controller.list();
  assert.equal(listed.length, 3);
  assert.equal(listed[2].verdict.verdict, "organic");
});

test("each post is analysed once, however often the page mutates", async () => {
  const { controller, messages, rendered } = setup();
  await controller.scan();
  await controller.scan();
  controller.schedule();
  controller.schedule();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await controller.idle();
  assert.equal(messages.length, 1);
  assert.equal(rendered.length, 2);
});

test("a restarting service worker is retried, then answered", async () => {
  const { controller, messages, rendered } = setup({ fail: 2 });
  await controller.scan();
  assert.equal(messages.length, 3);
  assert.equal(rendered.length, 2);
});

test("a worker that never answers leaves the page without badges, and retries later", async () => {
  const { controller, messages, rendered } = setup({ fail: 100 });
  await controller.scan();
  assert.equal(rendered.length, 0);
  assert.equal(messages.length, 4);
  assert.ok(controller.list().every((post) => post.verdict === null));
});

/** A controller on the Instagram fixture whose observer is driven by hand. */
async function observedController(options = {}) {
  const site = loadSite("instagram");
  const { document, page } = loadPage("instagram-feed.html", "https://www.instagram.com/");
  const messages = [];
  const callbacks = [];
  const unobserved = [];
  const controller = createController({
    doc: document, site, page: () => page,
    send: async (message) => {
      messages.push(message);
      return { verdicts: Object.fromEntries(message.posts.map((post) => [post.key, verdictFor(post.text)])) };
    },
    render: () => null,
    timers: { setTimeout: (fn) => setTimeout(fn, 0), clearTimeout },
    observe: (element, onVisible) => {
      const index = callbacks.push(onVisible) - 1;
      return () => unobserved.push(index);
    },
    ...options,
  });
  await controller.scan();
  return { controller, messages, callbacks, unobserved };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test("with an observer, only posts that come near the screen are asked about", async () => {
  const { messages, callbacks } = await observedController();
  assert.equal(callbacks.length, 3);
  assert.equal(messages.length, 0, "nothing is asked before a post is near the screen");
  callbacks[0]();
  callbacks[1]();
  await settle();
  assert.equal(messages.length, 1);
  assert.deepEqual(messages[0].posts.map((post) => post.key), ["instagram:C9aLisaGlow1", "instagram:C9bSanneKicks"]);
});

test("read-ahead: a post near the screen takes the waiting posts after it along", async () => {
  const { controller, messages, callbacks, unobserved } = await observedController({ readAhead: 2 });
  callbacks[0]();
  await settle();
  assert.deepEqual(messages.map((m) => m.posts.map((post) => post.key)), [["instagram:C9aLisaGlow1", "instagram:C9bSanneKicks"]]);
  assert.deepEqual(unobserved, [1], "a post asked about ahead is no longer observed");
  callbacks[1]();
  await settle();
  assert.equal(messages.length, 1, "a post already asked about ahead is not asked again");
  callbacks[2]();
  await settle();
  assert.equal(messages.length, 2);
  assert.equal(messages[1].posts.length, 1);
  assert.ok(controller.list().every((post) => post.verdict !== null));
});

test("API down: no badges; once it is back, the next scan after the pause asks again", async () => {
  const site = loadSite("instagram");
  const { document, page } = loadPage("instagram-feed.html", "https://www.instagram.com/");
  let clock = 1000;
  let up = false;
  const messages = [];
  const rendered = [];
  const controller = createController({
    doc: document, site, page: () => page,
    send: async (message) => {
      messages.push(message);
      if (!up) return { verdicts: Object.fromEntries(message.posts.map((post) => [post.key, null])), status: { ok: false } };
      return { verdicts: Object.fromEntries(message.posts.map((post) => [post.key, verdictFor(post.text)])), status: { ok: true } };
    },
    render: (entry) => (entry.verdict.verdict === "organic" ? null : rendered.push(entry.post.key)),
    timers: { setTimeout: (fn, ms) => (ms >= 1000 ? 0 : setTimeout(fn, 0)), clearTimeout },
    now: () => clock,
  });
  await controller.scan();
  assert.equal(rendered.length, 0);
  await controller.scan();
  assert.equal(messages.length, 1, "no retry storm while the API is down");
  up = true;
  clock += 31000;
  await controller.scan();
  assert.equal(messages.length, 2);
  assert.deepEqual(rendered, ["instagram:C9aLisaGlow1", "instagram:C9bSanneKicks"]);
});
