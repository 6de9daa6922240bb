// Classic content-script entry (manifests cannot declare module content scripts): it loads
// the ES modules once per page. Injected again by the toolbar button, it asks for a rescan.
(() => {
  const self = globalThis.__transparant;
  if (self) {
    self.rescan?.();
    return;
  }
  globalThis.__transparant = {};
  import(chrome.runtime.getURL("src/content/main.js"))
    .then((module) => module.start(globalThis.__transparant))
    .catch(() => {
      // The extension was reloaded or the page forbids it: show nothing, break nothing.
    });
})();
