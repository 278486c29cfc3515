// Loads the extension pages' module of NoteFirst's Rust core into an extension page
// (options, popup): the settings schema, its checks, migrations and storage plan,
// template previews and the history's figures (crate notefirst-pages, src/pages/). It
// is a module of its own, not the content script's, so that what every LinkedIn page
// loads carries none of this; both are built over the same core, so they agree on the
// schema. Extension pages allow WebAssembly in both browsers ('wasm-unsafe-eval' in the
// manifest's extension_pages CSP, which tests/e2e/security.test.js checks), so it comes
// in that flavour only; a page that cannot load it says so (its loadFailed message).

let loading = null;

/** The pages' module's exports, loaded once per page. */
export function loadCore() {
  loading ??= (async () => {
    // The extension's own files, resolved from here (not web-accessible: only
    // extension pages load them).
    const url = (file) => new URL(`../pages-core/${file}`, import.meta.url).href;
    const pages = await import(url("pages.js"));
    await pages.default({ module_or_path: url("pages_bg.wasm") });
    return pages;
  })();
  return loading;
}
