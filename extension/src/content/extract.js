// Pure extraction: from a post's DOM element and its site description (sites/*.json) to the
// few fields a verdict needs. Uses only a small DOM subset (querySelector[All], getAttribute,
// textContent, childNodes, nodeType, localName) so Node tests run it on fixture pages.

const compiled = new WeakMap();

function regex(source) {
  return new RegExp(source, "iu");
}

/** Compile a rule's patterns once; the site JSON stays plain data. */
export function compileRule(rule) {
  if (compiled.has(rule)) return compiled.get(rule);
  const ids = (rule.id || []).map((spec) => ({ ...spec, re: regex(spec.pattern || spec.location) }));
  const author = rule.author ? { ...rule.author, re: regex(rule.author.pattern || "^@?(.+)$") } : null;
  const labels = rule.labels
    ? { selector: rule.labels.selector, res: rule.labels.patterns.map(regex) }
    : null;
  const result = { ...rule, ids, author, labels, unwrap: rule.unwrap || [] };
  compiled.set(rule, result);
  return result;
}

/** Collapse runs of spaces, keep single line breaks (they matter for hashtag walls). */
export function cleanText(text) {
  return String(text || "")
    .replace(/[ \t\f\r\u00a0]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}

function valueOf(element, attribute) {
  if (!element) return "";
  return attribute ? element.getAttribute(attribute) || "" : element.textContent || "";
}

function firstMatch(root, spec, re, page) {
  if (spec.location !== undefined) return re.exec(page.href)?.[1] || null;
  for (const element of root.querySelectorAll(spec.selector)) {
    const found = re.exec(valueOf(element, spec.attribute).trim());
    if (found) return found[1];
  }
  return null;
}

function textOf(root, selectors) {
  for (const selector of selectors || []) {
    const parts = [];
    for (const element of root.querySelectorAll(selector)) parts.push(element.textContent || "");
    const text = cleanText(parts.join("\n"));
    if (text) return text;
  }
  return "";
}

/** Resolve, unwrap redirectors (l.instagram.com/?u=…), keep http(s) only. */
export function resolveLink(href, page, unwrap = []) {
  let url;
  try {
    url = new URL(href, page.href);
  } catch {
    return null;
  }
  for (const rule of unwrap) {
    if (url.hostname === rule.host && (!rule.path || url.pathname === rule.path)) {
      const inner = url.searchParams.get(rule.param);
      if (inner) return resolveLink(inner, page, []);
    }
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  return url.href;
}

function linksOf(root, rule, page) {
  if (!rule.links) return [];
  const seen = new Set();
  const pageHost = new URL(page.href).hostname;
  for (const anchor of root.querySelectorAll(rule.links)) {
    const link = resolveLink(anchor.getAttribute("href") || "", page, rule.unwrap);
    if (!link || (rule.externalOnly && new URL(link).hostname === pageHost)) continue;
    seen.add(link);
    if (seen.size >= 100) break;
  }
  return [...seen];
}

function labelsOf(root, labels) {
  if (!labels) return [];
  const found = new Set();
  for (const element of root.querySelectorAll(labels.selector)) {
    const text = cleanText(element.textContent);
    if (text && text.length < 120 && labels.res.some((re) => re.test(text))) found.add(text);
  }
  return [...found];
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(values[name] ?? ""));
}

/**
 * One post's data, or null when the element is not (yet) a complete post.
 * `page` is {href, lang}; `site` gives platform and URL templates.
 */
export function extractPost(element, rawRule, site, page) {
  const rule = compileRule(rawRule);
  let postId = null;
  for (const spec of rule.ids) {
    postId = firstMatch(element, spec, spec.re, page);
    if (postId) break;
  }
  if (!postId) return null;
  const text = textOf(element, rule.text);
  const nativeLabels = labelsOf(rule.labelScope === "document" ? page.document : element, rule.labels);
  if (!text && !nativeLabels.length) return null;
  const author = rule.author ? firstMatch(element, rule.author, rule.author.re, page) : null;
  const url = rule.url ? fill(rule.url, { id: postId, author }) : null;
  return {
    key: `${site.platform}:${postId}`,
    platform: site.platform,
    post_id: postId,
    text,
    links: linksOf(element, rule, page),
    url,
    lang: page.lang || null,
    native_labels: nativeLabels,
    author: author || null,
    accountUrl: author && site.accountUrl ? fill(site.accountUrl, { author }) : null,
  };
}

/** Text of a subtree, skipping excluded elements (navigation, scripts, asides). */
export function collectText(node, isExcluded) {
  const parts = [];
  const walk = (current) => {
    for (const child of current.childNodes) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? child.textContent);
      else if (child.nodeType === 1 && !isExcluded(child)) {
        if (BLOCKS.has(child.localName)) parts.push("\n");
        walk(child);
      }
    }
  };
  walk(node);
  return cleanText(parts.join(""));
}

const BLOCKS = new Set(["p", "div", "li", "h1", "h2", "h3", "h4", "br", "section", "blockquote", "tr"]);

/** The page's main article: the first candidate long enough, else the longest. */
export function findArticleRoot(doc, article) {
  const skip = new Set(article.exclude);
  const isExcluded = (element) => skip.has(element.localName)
    || element.getAttribute("role") === "navigation" || element.getAttribute("aria-hidden") === "true";
  let best = null;
  for (const selector of article.candidates) {
    const element = doc.querySelector(selector);
    if (!element) continue;
    const text = collectText(element, isExcluded);
    if (text.length >= article.minLength) return { element, text, isExcluded };
    if (!best || text.length > best.text.length) best = { element, text, isExcluded };
  }
  return best;
}

/** The article's canonical URL without query or fragment: its own address, nothing more. */
export function canonicalUrl(doc, href) {
  const link = doc.querySelector("link[rel=canonical]")?.getAttribute("href");
  const url = new URL(link || href, href);
  url.search = "";
  url.hash = "";
  return url.href;
}

/** Generic article mode: main text and the links in it, as one "blog" post, and its element. */
export function extractArticle(doc, site, page) {
  const article = site.article;
  const found = findArticleRoot(doc, article);
  if (!found || !found.text) return null;
  const url = canonicalUrl(doc, page.href);
  const title = cleanText(doc.querySelector(article.title)?.textContent);
  const rule = compileRule({ links: "a[href]", unwrap: [], labels: article.labels });
  const links = linksOf(found.element, rule, page);
  const post = {
    key: `${site.platform}:${url}`,
    platform: site.platform,
    post_id: url,
    text: cleanText(`${title}\n${found.text}`).slice(0, 20000),
    links,
    url,
    lang: page.lang || null,
    native_labels: labelsOf(doc, rule.labels),
    author: null,
    accountUrl: null,
  };
  return { post, element: found.element };
}
