// Collects items from many callers into few requests: flush when `maxSize` items wait,
// or `delay` ms after the last add (but never later than `maxWait` after the first).
// Each key is in flight once; a second caller asking for the same key shares its promise.
// A chunk also stays under `maxWeight` (e.g. request bytes) as measured by `weigh(item)`.
// `send(items)` gets [{key, payload}] and resolves a Map key → result.

export function createBatcher({
  send,
  maxSize = 50,
  delay = 120,
  maxWait = 800,
  concurrency = 4,
  weigh = () => 0,
  maxWeight = Infinity,
  timers = globalThis,
}) {
  let queue = [];
  let timer = null;
  let firstAt = 0;
  let running = 0;
  const ready = [];
  const pending = new Map();

  function schedule() {
    if (timer !== null) timers.clearTimeout(timer);
    const now = Date.now();
    if (!firstAt) firstAt = now;
    const wait = Math.max(0, Math.min(delay, firstAt + maxWait - now));
    timer = timers.setTimeout(flush, wait);
  }

  function take() {
    let count = 0;
    let weight = 0;
    while (count < queue.length && count < maxSize) {
      weight += weigh(queue[count]);
      if (count > 0 && weight > maxWeight) break;
      count += 1;
    }
    const chunk = queue.slice(0, count);
    queue = queue.slice(count);
    return chunk;
  }

  async function run(chunk) {
    running += 1;
    let results = new Map();
    try {
      results = (await send(chunk.map(({ key, payload }) => ({ key, payload })))) || new Map();
    } catch {
      results = new Map();
    } finally {
      running -= 1;
    }
    for (const item of chunk) {
      pending.delete(item.key);
      item.resolve(results.has(item.key) ? results.get(item.key) : null);
    }
    next();
  }

  function next() {
    while (running < concurrency && ready.length) run(ready.shift());
  }

  function flush() {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    firstAt = 0;
    while (queue.length) ready.push(take());
    next();
  }

  /** Queue one item; resolves with send()'s result for its key, or null. */
  function add(key, payload) {
    if (pending.has(key)) return pending.get(key);
    const promise = new Promise((resolve) => queue.push({ key, payload, resolve }));
    pending.set(key, promise);
    while (queue.length >= maxSize) ready.push(take());
    next();
    if (queue.length) schedule();
    return promise;
  }

  return { add, flush, size: () => queue.length + pending.size };
}
