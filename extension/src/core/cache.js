// Verdicts cached in chrome.storage.session (any object with get/set/remove of that shape),
// with an in-memory first level. Survives the service worker being stopped: a new worker
// reads what the old one wrote. "none" records that the server knows nothing of a post.

export const NONE = "none";

export function createVerdictCache(area, { limit = 4000 } = {}) {
  const memory = new Map();

  const storageKey = (scope, key) => `v|${scope}|${key}`;

  async function getMany(scope, keys) {
    const found = new Map();
    const missing = [];
    for (const key of keys) {
      const hit = memory.get(storageKey(scope, key));
      if (hit !== undefined) found.set(key, hit);
      else missing.push(key);
    }
    if (missing.length) {
      let stored = {};
      try {
        stored = (await area.get(missing.map((key) => storageKey(scope, key)))) || {};
      } catch {
        stored = {};
      }
      for (const key of missing) {
        const value = stored[storageKey(scope, key)];
        if (value === undefined) continue;
        memory.set(storageKey(scope, key), value);
        found.set(key, value);
      }
    }
    return found;
  }

  async function setMany(scope, entries) {
    const items = {};
    for (const [key, value] of entries) {
      items[storageKey(scope, key)] = value;
      memory.set(storageKey(scope, key), value);
    }
    while (memory.size > limit) memory.delete(memory.keys().next().value);
    try {
      await area.set(items);
    } catch {
      // Quota or a closing worker: the memory level still serves this worker's lifetime.
    }
  }

  return { getMany, setMany };
}
