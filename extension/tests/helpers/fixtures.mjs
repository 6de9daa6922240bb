// Load saved fixture pages (tests/fixtures/extension) and site descriptions for Node tests.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "./minidom.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXTENSION = join(HERE, "..", "..");
export const FIXTURES = join(EXTENSION, "..", "tests", "fixtures", "extension");

export function loadSite(name) {
  return JSON.parse(readFileSync(join(EXTENSION, "sites", `${name}.json`), "utf8"));
}

export function loadAllSites() {
  return ["instagram", "youtube", "tiktok", "x", "article"].map(loadSite);
}

export function loadPage(file, href) {
  const document = parseHTML(readFileSync(join(FIXTURES, file), "utf8"));
  const lang = document.documentElement.getAttribute("lang");
  return { document, page: { href, lang, document } };
}
