// The look-up hash shared with the server (scrapers/identity.py: lookup_hash).
// In look-up-only mode the extension sends nothing but a short prefix of it.

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Hex SHA-256 of a UTF-8 string, with the platform's WebCrypto (browser and Node 20). */
export async function sha256Hex(text) {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += HEX[byte];
  return hex;
}

/** sha256(platform + ":" + post_id), exactly as Python's hashlib computes it. */
export function lookupHash(platform, postId) {
  return sha256Hex(`${platform}:${postId}`);
}

/** The 4–8 hex characters sent to /v1/lookup/{prefix}; shorter means more posts per bucket. */
export function hashPrefix(hash, length = 6) {
  const size = Math.min(8, Math.max(4, Math.trunc(Number(length)) || 6));
  return hash.slice(0, size);
}
