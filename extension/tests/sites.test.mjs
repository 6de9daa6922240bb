// Each site description (sites/*.json) run against its saved fixture page: the selectors
// find the posts, their ids, authors, links and the platform's own paid-partnership label.
import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanText, extractArticle, extractPost, resolveLink } from "../src/content/extract.js";
import { loadPage, loadSite } from "./helpers/fixtures.mjs";

function postsOf(siteName, file, href) {
  const site = loadSite(siteName);
  const { document, page } = loadPage(file, href);
  const posts = [];
  for (const rule of site.posts) {
    for (const element of document.querySelectorAll(rule.root)) {
      const post = extractPost(element, rule, site, page);
      if (post) posts.push(post);
    }
  }
  return posts;
}

test("instagram feed: three posts, label, unwrapped affiliate link", () => {
  const posts = postsOf("instagram", "instagram-feed.html", "https://www.instagram.com/");
  assert.deepEqual(posts.map((p) => p.key), [
    "instagram:C9aLisaGlow1", "instagram:C9bSanneKicks", "instagram:C9cMarkDuinen",
  ]);
  const [glow, kicks, walk] = posts;
  assert.equal(glow.author, "lisa.loves.beauty");
  assert.deepEqual(glow.native_labels, ["Paid partnership with glowco"]);
  assert.match(glow.text, /#ad #skincare/);
  assert.doesNotMatch(glow.text, /^lisa\.loves\.beauty/, "the username is not part of the caption");
  assert.deepEqual(glow.links, [], "links to the platform itself are not sent");
  assert.deepEqual(kicks.links, ["https://www.amazon.nl/dp/B0C8KICKS1?tag=sannesneak-21"]);
  assert.equal(kicks.url, "https://www.instagram.com/p/C9bSanneKicks/");
  assert.equal(kicks.accountUrl, "https://www.instagram.com/sanne.sneakers/");
  assert.equal(kicks.lang, "nl");
  assert.deepEqual(walk.native_labels, []);
});

test("instagram hostile caption stays text", () => {
  const [post] = postsOf("instagram", "instagram-hostile.html", "https://www.instagram.com/p/HOSTILE0001/");
  assert.equal(post.key, "instagram:HOSTILE0001");
  assert.match(post.text, /<img src=x onerror="window.__transparantPwned=1">/);
});

test("youtube watch page: description, redirect unwrapped, paid-promotion overlay; cards", () => {
  const posts = postsOf("youtube", "youtube-watch.html", "https://www.youtube.com/watch?v=Pix9Review0&t=4s");
  const byKey = Object.fromEntries(posts.map((p) => [p.key, p]));
  assert.deepEqual(Object.keys(byKey).sort(), ["youtube:Bread0Bake1", "youtube:Pix9Review0", "youtube:Unbox00Ad01"]);
  const watch = byKey["youtube:Pix9Review0"];
  assert.deepEqual(watch.native_labels, ["Includes paid promotion"]);
  assert.match(watch.text, /^My honest review of the Pixelphone 9\nThanks to Pixelcorp for sponsoring/);
  assert.deepEqual(watch.links, ["https://pixelcorp.example/phone9?utm_source=youtube&utm_campaign=techtom"]);
  assert.equal(watch.author, "techtom");
  assert.equal(watch.url, "https://www.youtube.com/watch?v=Pix9Review0");
  assert.equal(byKey["youtube:Unbox00Ad01"].text, "Unboxing the Galaxy Fold #ad");
  assert.equal(byKey["youtube:Unbox00Ad01"].author, "unboxqueen");
});

test("youtube home feed: rich grid cards with title, channel and id", () => {
  const posts = postsOf("youtube", "youtube-home.html", "https://www.youtube.com/");
  assert.deepEqual(posts.map((p) => [p.key, p.author]), [["youtube:Coffee0Gear", "baristabea"], ["youtube:Alps00Hike1", "walkingwout"]]);
  assert.match(posts[0].text, /use code BREW15/);
  assert.equal(posts[0].url, "https://www.youtube.com/watch?v=Coffee0Gear");
});

test("tiktok post: id, author, description", () => {
  const [post, ...rest] = postsOf("tiktok", "tiktok-post.html", "https://www.tiktok.com/@fitfenna/video/7301234567890123456");
  assert.equal(rest.length, 0);
  assert.equal(post.key, "tiktok:7301234567890123456");
  assert.equal(post.author, "fitfenna");
  assert.match(post.text, /Gebruik code FENNA15 voor 15% korting/);
  assert.equal(post.url, "https://www.tiktok.com/@fitfenna/video/7301234567890123456");
});

test("x timeline: two posts, t.co-style short link kept", () => {
  const posts = postsOf("x", "x-post.html", "https://x.com/home");
  assert.deepEqual(posts.map((p) => p.key), ["x:1859000000000000001", "x:1859000000000000002"]);
  assert.deepEqual(posts[0].links, ["https://amzn.to/3xGert1"]);
  assert.equal(posts[0].author, "gadgetgert");
  assert.equal(posts[1].links.length, 0);
});

test("article mode: main text without navigation, affiliate links, canonical URL without query", () => {
  const site = loadSite("article");
  const { document, page } = loadPage("blog-article.html", "http://127.0.0.1:18150/blog/beste-airfryers-2026/?utm_source=nieuwsbrief#top");
  const { post, element } = extractArticle(document, site, page);
  assert.equal(element.getAttribute("class"), "entry-content");
  assert.equal(post.key, "blog:http://127.0.0.1:18150/blog/beste-airfryers-2026/");
  assert.match(post.text, /^De 5 beste airfryers van 2026\nIk heb dit jaar/);
  assert.doesNotMatch(post.text, /Recepten|Populair|©/);
  assert.ok(post.links.includes("https://www.amazon.nl/dp/B0CAIRFRY1?tag=kookblogkim-21&linkCode=ogi"));
  assert.ok(post.links.some((link) => link.startsWith("https://partner.bol.com/click/click")));
  assert.ok(post.links.includes("http://127.0.0.1:18150/hoe-ik-test/"), "same-site links count on blogs");
});

test("article mode on an organic page still finds the article", () => {
  const { document, page } = loadPage("organic.html", "http://127.0.0.1:18150/blog/herfstwandeling-veluwe/");
  const { post } = extractArticle(document, loadSite("article"), page);
  assert.match(post.text, /Hoog Soeren/);
  assert.deepEqual(post.links, ["https://www.natuurmonumenten.nl/"]);
});

test("posts without an id or text are not posts yet", () => {
  const site = loadSite("x");
  const { document, page } = loadPage("x-post.html", "https://x.com/home");
  const empty = document.querySelector("article");
  empty.childNodes.length = 0;
  assert.equal(extractPost(empty, site.posts[0], site, page), null);
});

test("cleanText and resolveLink", () => {
  assert.equal(cleanText("  a \t b\u00a0 c \n\n  d  "), "a b c\nd");
  const page = { href: "https://www.instagram.com/p/X/" };
  assert.equal(resolveLink("javascript:alert(1)", page), null);
  assert.equal(resolveLink("/explore/tags/ad/", page), "https://www.instagram.com/explore/tags/ad/");
  assert.equal(resolveLink("https://l.instagram.com/?u=https%3A%2F%2Fshop.example%2Fa%23b&e=1", page,
    [{ host: "l.instagram.com", param: "u" }]), "https://shop.example/a");
});
