// Which site description (extension/sites/*.json) applies to a page.

export const SITE_FILES = ["instagram", "youtube", "tiktok", "x", "article"];

/** The site whose `hosts` list names this hostname; null for any other page. */
export function siteForHost(sites, hostname) {
  const host = String(hostname || "").toLowerCase();
  return sites.find((site) => site.platform !== "blog" && site.hosts.includes(host)) || null;
}

/** The generic article description, used only when the user asked for this page. */
export function articleSite(sites) {
  return sites.find((site) => site.platform === "blog") || null;
}

const DEV_HOSTS = new Set(["127.0.0.1", "localhost"]);

/**
 * For trying the saved fixture pages by hand: on 127.0.0.1 or localhost only, a page whose
 * file name starts with a site's name ("instagram-feed.html") is read with that site's
 * selectors. It still runs only when the user clicks the toolbar button.
 */
export function siteForDevPage(sites, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!DEV_HOSTS.has(parsed.hostname)) return null;
  const file = parsed.pathname.split("/").pop() || "";
  return sites.find((site) => site.platform !== "blog" && file.startsWith(`${site.platform}-`)) || null;
}
