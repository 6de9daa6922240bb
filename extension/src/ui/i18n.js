// chrome.i18n with an injectable fallback, so the renderers run in Node tests.

export function messages(getMessage = globalThis.chrome?.i18n?.getMessage?.bind(globalThis.chrome.i18n)) {
  return (name, substitutions) => {
    const text = getMessage ? getMessage(name, substitutions) : "";
    return text || name;
  };
}

/** Fill every [data-i18n] element of an extension page with its message. */
export function localisePage(doc, msg) {
  for (const element of doc.querySelectorAll("[data-i18n]")) {
    element.textContent = msg(element.getAttribute("data-i18n"));
  }
  doc.documentElement.lang = msg("langCode");
}
