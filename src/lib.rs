//! NoteFirst's browser side: the wasm-bindgen entry point that the extension's loader
//! starts, the DOM adapters (one per LinkedIn surface) and the in-page UI.
