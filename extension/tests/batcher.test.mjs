import assert from "node:assert/strict";
import { test } from "node:test";
import { createBatcher } from "../src/core/batcher.js";

function recorder(fail = false) {
  const calls = [];
  const send = async (items) => {
    calls.push(items.map((item) => item.key));
    if (fail) throw new Error("down");
    return new Map(items.map((item) => [item.key, { echo: item.payload }]));
  };
  return { calls, send };
}

test("120 posts become three requests of at most 50", async () => {
  const { calls, send } = recorder();
  const batcher = createBatcher({ send, delay: 5 });
  const results = await Promise.all(Array.from({ length: 120 }, (_, i) => batcher.add(`k${i}`, i)));
  assert.deepEqual(calls.map((keys) => keys.length), [50, 50, 20]);
  assert.deepEqual(results.slice(0, 3), [{ echo: 0 }, { echo: 1 }, { echo: 2 }]);
});

test("adds within the debounce window share one request", async () => {
  const { calls, send } = recorder();
  const batcher = createBatcher({ send, delay: 20 });
  const first = batcher.add("a", 1);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const second = batcher.add("b", 2);
  await Promise.all([first, second]);
  assert.deepEqual(calls, [["a", "b"]]);
});

test("the same key in flight is asked for once", async () => {
  const { calls, send } = recorder();
  const batcher = createBatcher({ send, delay: 5 });
  const [one, two] = await Promise.all([batcher.add("same", 1), batcher.add("same", 2)]);
  assert.deepEqual(calls, [["same"]]);
  assert.equal(one, two);
});

test("a chunk stays under maxWeight", async () => {
  const { calls, send } = recorder();
  const batcher = createBatcher({ send, delay: 5, weigh: (item) => item.payload, maxWeight: 100 });
  await Promise.all([60, 30, 30, 90, 10].map((weight, i) => batcher.add(`w${i}`, weight)));
  assert.deepEqual(calls, [["w0", "w1"], ["w2"], ["w3", "w4"]]);
});

test("a failed request resolves null instead of throwing", async () => {
  const { send } = recorder(true);
  const batcher = createBatcher({ send, delay: 5 });
  assert.equal(await batcher.add("x", 1), null);
});

test("concurrency limits requests in flight", async () => {
  let running = 0;
  let peak = 0;
  const send = async (items) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 10));
    running -= 1;
    return new Map(items.map((item) => [item.key, true]));
  };
  const batcher = createBatcher({ send, delay: 1, maxSize: 10, concurrency: 2 });
  await Promise.all(Array.from({ length: 100 }, (_, i) => batcher.add(`c${i}`, i)));
  assert.equal(peak, 2);
});
