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
