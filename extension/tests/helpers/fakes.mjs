// In-memory stand-ins for chrome.storage areas and the HTTP API, recording every call.

export function memoryArea() {
  const data = new Map();
  return {
    data,
    async get(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
}

export function verdictFor(text, jurisdiction = "nl") {
  const ad = /#ad\b/i.test(text);
  const code = /\bcode [A-Z0-9]{4,}/.test(text);
  return {
    verdict: ad ? "disclosed" : code ? "undisclosed" : "organic",
    commercial: ad || code,
    disclosed: ad,
    confidence: 0.8,
    signals: ad ? [{ family: "disclosure", rule: "disclosure.hashtag", text: "#ad", weight: 1, start: text.indexOf("#ad"), end: text.indexOf("#ad") + 3, detail: "ad" }] : [],
    jurisdiction,
    rulebook_version: `${jurisdiction}-test`,
    language: "nl",
    explanation: "",
    kinds: [],
    problems: [],
    detector_version: "test",
  };
}

/** A fake API: analyzeBatch answers with verdictFor(text); lookupBatch serves `stored` buckets. */
export function fakeApi({ down = false, stored = {} } = {}) {
  const calls = [];
  const fail = () => Object.assign(new Error("unreachable"), { status: 0, code: "unreachable" });
  return {
    calls,
    analyzeBatch: async (posts) => {
      calls.push({ kind: "batch", posts: structuredClone(posts) });
      if (down) throw fail();
      return { results: posts.map((post) => ({ id: post.id, ...verdictFor(post.text, post.jurisdiction) })) };
    },
    lookupBatch: async (prefixes) => {
      calls.push({ kind: "lookup", prefixes: structuredClone(prefixes) });
      if (down) throw fail();
      const asked = [...new Set(prefixes.map((prefix) => prefix.toLowerCase()))].sort();
      const bucket = (prefix) => Object.fromEntries(Object.entries(stored).filter(([hash]) => hash.startsWith(prefix)));
      return { prefixes: asked, results: Object.fromEntries(asked.map((prefix) => [prefix, bucket(prefix)])) };
    },
    report: async (body) => {
      calls.push({ kind: "report", body: structuredClone(body) });
      if (down) throw fail();
      return { id: 1, status: "queued" };
    },
  };
}
