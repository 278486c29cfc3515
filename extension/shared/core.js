// Loads NoteFirst's Rust core into an extension page (options, popup): the same
// module the content script runs, for the settings schema, its checks, migrations and
// storage plan, template previews and the history's figures. Extension pages allow
// WebAssembly ('wasm-unsafe-eval' in the manifest's extension_pages CSP); should it
// fail anyway, the JavaScript flavour of the same crate is used.

let loading = null;

/** The core's exports, loaded once per page. */
export function loadCore() {
  loading ??= (async () => {
    // URLs of the extension's own files, resolved here (as the loader does).
    const url = (file) => new URL(`../core/${file}`, import.meta.url).href;
    try {
      const wasm = await import(url("notefirst.js"));
      await wasm.default({ module_or_path: url("notefirst_bg.wasm") });
      return wasm;
    } catch (error) {
      console.warn("NoteFirst: WebAssembly unavailable here, using the JavaScript build.", error);
      return import(url("notefirst_js.js"));
    }
  })();
  return loading;
}
