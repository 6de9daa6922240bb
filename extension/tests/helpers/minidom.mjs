// A tiny, DOM-free HTML parser and selector engine for Node tests: enough of the DOM
// (querySelector[All], getAttribute, textContent, childNodes, localName) to run the
// extension's extraction code on the saved fixture pages. Selectors: tag, #id, .class,
// [attr], [attr=v], [attr^=v], [attr$=v], [attr*=v], :first-child, descendant and child
// combinators, and comma lists — the subset the sites/*.json files are allowed to use.

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
const RAW = new Set(["script", "style", "textarea", "title"]);
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", hellip: "…", mdash: "—", ndash: "–" };

function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

class Node {
  constructor(nodeType) {
    this.nodeType = nodeType;
    this.parentNode = null;
    this.childNodes = [];
  }
  get textContent() {
    return this.childNodes.map((child) => child.textContent).join("");
  }
}

class Text extends Node {
  constructor(value) {
    super(3);
    this.nodeValue = value;
  }
  get textContent() {
    return this.nodeValue;
  }
}

class Element extends Node {
  constructor(localName, attributes) {
    super(1);
    this.localName = localName;
    this.attributes = attributes;
  }
  get tagName() { return this.localName.toUpperCase(); }
  get parentElement() { return this.parentNode instanceof Element ? this.parentNode : null; }
  get children() { return this.childNodes.filter((child) => child instanceof Element); }
  getAttribute(name) { return this.attributes.has(name) ? this.attributes.get(name) : null; }
  hasAttribute(name) { return this.attributes.has(name); }
  querySelectorAll(selector) {
    const groups = parseSelectorList(selector);
    const found = [];
    const walk = (node) => {
      for (const child of node.children) {
        if (groups.some((group) => matchesComplex(child, group, this))) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector) { return this.querySelectorAll(selector)[0] || null; }
  matches(selector) { return parseSelectorList(selector).some((group) => matchesComplex(this, group, null)); }
}

class Document extends Element {
  constructor() {
    super("#document", new Map());
    this.nodeType = 9;
  }
  get documentElement() { return this.children.find((child) => child.localName === "html") || this.children[0]; }
  get body() { return this.querySelector("body"); }
}

/** Parse an HTML string into a Document (forgiving, like browsers, about unclosed tags). */
export function parseHTML(html) {
  const doc = new Document();
  const stack = [doc];
  const top = () => stack[stack.length - 1];
  const tag = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/gi;
  let last = 0;
  let match;
  while ((match = tag.exec(html))) {
    if (match.index > last) append(top(), new Text(decode(html.slice(last, match.index))));
    last = tag.lastIndex;
    const [whole, closing, opening, attrs, selfClose] = match;
    if (closing) {
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((node) => node.localName === name);
      if (at > 0) stack.length = at;
    } else if (opening) {
      const name = opening.toLowerCase();
      const element = new Element(name, parseAttributes(attrs || ""));
      append(top(), element);
      if (RAW.has(name)) {
        const end = html.toLowerCase().indexOf(`</${name}`, last);
        const stop = end < 0 ? html.length : end;
        append(element, new Text(name === "title" || name === "textarea" ? decode(html.slice(last, stop)) : html.slice(last, stop)));
        last = stop;
        tag.lastIndex = stop;
      } else if (!VOID.has(name) && !selfClose) {
        stack.push(element);
      }
    } else if (whole.startsWith("<!--")) {
      continue;
    }
  }
  if (last < html.length) append(top(), new Text(decode(html.slice(last))));
  return doc;
}

function append(parent, child) {
  child.parentNode = parent;
  parent.childNodes.push(child);
}

function parseAttributes(source) {
  const attributes = new Map();
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let match;
  while ((match = re.exec(source))) {
    attributes.set(match[1].toLowerCase(), decode(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attributes;
}

const cache = new Map();

function parseSelectorList(selector) {
  if (cache.has(selector)) return cache.get(selector);
  const groups = splitTop(selector, ",").map((part) => parseComplex(part.trim()));
  cache.set(selector, groups);
  return groups;
}

function splitTop(text, separator) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quote) { if (ch === quote) quote = null; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "[") depth += 1;
    else if (ch === "]") depth -= 1;
    else if (ch === separator && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseComplex(text) {
  // Returns [{compound, combinator}] right to left is handled at match time.
  const steps = [];
  const re = /\s*(>)?\s*((?:[a-zA-Z*][\w-]*)?(?:#[\w-]+|\.[\w-]+|\[[^\]]+\]|:first-child)*)/g;
  let match;
  let combinator = " ";
  while ((match = re.exec(text)) && match[0] !== "") {
    if (match[1]) combinator = ">";
    if (match[2]) {
      steps.push({ combinator, compound: parseCompound(match[2]) });
      combinator = " ";
    }
    if (re.lastIndex >= text.length) break;
  }
  if (!steps.length) throw new Error(`unsupported selector: ${text}`);
  return steps;
}

function parseCompound(text) {
  const parts = { tag: null, tests: [] };
  const re = /^([a-zA-Z*][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:([\^$*~|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+)))?\s*\]|(:first-child)/g;
  let consumed = 0;
  for (const match of text.matchAll(re)) {
    consumed += match[0].length;
    if (match[1] && match[1] !== "*") parts.tag = match[1].toLowerCase();
    else if (match[2]) parts.tests.push((el) => el.getAttribute("id") === match[2]);
    else if (match[3]) parts.tests.push((el) => (el.getAttribute("class") || "").split(/\s+/).includes(match[3]));
    else if (match[4]) parts.tests.push(attributeTest(match[4].toLowerCase(), match[5], match[6] ?? match[7] ?? match[8]));
    else if (match[9]) parts.tests.push((el) => el.parentElement?.children[0] === el);
  }
  if (consumed !== text.length) throw new Error(`unsupported selector part: ${text}`);
  return parts;
}

function attributeTest(name, operator, value) {
  return (el) => {
    const actual = el.getAttribute(name);
    if (actual === null) return false;
    switch (operator) {
      case undefined: return true;
      case "=": return actual === value;
      case "^=": return actual.startsWith(value);
      case "$=": return actual.endsWith(value);
      case "*=": return actual.includes(value);
      case "~=": return actual.split(/\s+/).includes(value);
      default: throw new Error(`unsupported operator ${operator}`);
    }
  };
}

function matchesCompound(el, compound) {
  return (!compound.tag || el.localName === compound.tag) && compound.tests.every((test) => test(el));
}

function matchesComplex(el, steps, scope) {
  const match = (node, index) => {
    if (!matchesCompound(node, steps[index].compound)) return false;
    if (index === 0) return true;
    const combinator = steps[index].combinator;
    let parent = node.parentElement;
    if (combinator === ">") return parent !== null && parent !== scope?.parentElement && match(parent, index - 1);
    while (parent) {
      if (match(parent, index - 1)) return true;
      parent = parent.parentElement;
    }
    return false;
  };
  return match(el, steps.length - 1);
}
