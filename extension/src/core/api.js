// The HTTP client for the Transparant API. Every request omits cookies and credentials,
// sends no referrer, and gives up after a timeout so a slow API never stalls a page.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code || "unavailable";
  }
}

export function createApi({ base, fetch = globalThis.fetch.bind(globalThis), timeoutMs = 8000 }) {
  async function request(path, { method = "GET", body } = {}) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: body === undefined ? { Accept: "application/json" } : {
          Accept: "application/json",
          "Content-Type": "application/json",
        },
        credentials: "omit",
        cache: "no-store",
        referrerPolicy: "no-referrer",
        signal: controller.signal,
      });
    } catch (error) {
      throw new ApiError(0, "unreachable", String(error?.message || error));
    } finally {
      clearTimeout(timer);
    }
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      throw new ApiError(response.status, data?.error?.code, data?.error?.message);
    }
    return data;
  }

  return {
    analyzeBatch: (posts) => request("/v1/analyze/batch", { method: "POST", body: { posts } }),
    // Up to 50 buckets at once (look-up mode): the body holds nothing but the prefixes.
    lookupBatch: (prefixes) => request("/v1/lookup", { method: "POST", body: { prefixes } }),
    report: (report) => request("/v1/reports", { method: "POST", body: report }),
  };
}
