// Where a signal's matched text sits in the post text we sent, for highlighting.
// The detector's offsets are into its normalised text, so we trust them only when the
// text there really is the match; otherwise we search for it, and fall back to the match alone.

/** {before, match, after} around a signal, at most `radius` characters of context each side. */
export function signalExcerpt(text, signal, radius = 48) {
  const source = String(text || "");
  const needle = String(signal?.text || "");
  let start = -1;
  if (Number.isInteger(signal?.start) && Number.isInteger(signal?.end)
      && source.slice(signal.start, signal.end).toLowerCase() === needle.toLowerCase()) {
    start = signal.start;
  } else if (needle) {
    start = source.toLowerCase().indexOf(needle.toLowerCase());
  }
  if (start < 0) return { before: "", match: needle, after: "" };
  const end = start + needle.length;
  const from = Math.max(0, start - radius);
  const to = Math.min(source.length, end + radius);
  return {
    before: (from > 0 ? "…" : "") + source.slice(from, start),
    match: source.slice(start, end),
    after: source.slice(end, to) + (to < source.length ? "…" : ""),
  };
}

/** Only http(s) links from data may become hrefs. */
export function safeHref(value) {
  try {
    const url = new URL(String(value));
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}
