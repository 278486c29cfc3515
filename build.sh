#!/usr/bin/env bash
# NoteFirst's one entry point for building and testing.
#
#   ./build.sh          build dist/chromium/ and dist/firefox/ (+ a zip of each)
#   ./build.sh test     build, then run every test (core, browser-side Rust, end to end, lint)
#   ./build.sh demo     build, then open Chromium with NoteFirst on demo pages
#   ./build.sh bench    build, then print size, speed and cost figures (writes bench-report.json)
#
# It finds or installs every tool it needs and says what it is doing. On a machine
# where rustup cannot add the wasm32 target (no internet but package registries), it
# uses Debian's rustc-web with std built from source, as ../shared/TOOLCHAIN.md measured.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
DIST="$ROOT/dist"
WASM_TARGET_DIR="$ROOT/target/wasm"
# WebAssembly 1.0 (wasm2js translates only that); paths trimmed from panic messages.
WASM_RUSTFLAGS="-C target-cpu=mvp --remap-path-prefix=$HOME=~ --remap-path-prefix=$ROOT=."
# The extension's module is built for size (README, "Performance", has the figures):
# panics keep their message and the feature's name but no file:line, `Debug` output is
# left out (nothing the extension shows, stores or compares is `Debug` text; a logged
# error may lose its detail), and std is compiled with its optimize_for_size feature.
# Its own target directory, so that these flags never rebuild what the browser tests
# (same crate, plain flags) have built.
WASM_DIST_RUSTFLAGS="$WASM_RUSTFLAGS -Z location-detail=none -Z fmt-debug=none"
WASM_DIST_TARGET_DIR="$ROOT/target/wasm-dist"
# The extension pages' module (src/pages), the same for every variant of the build.
PAGES_MODULE="$ROOT/target/pages"
CARGO_HOME_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PATH:$CARGO_HOME_BIN"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31mbuild.sh: %s\033[0m\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

APT_UPDATED=""
apt_install() {
    # Installs Debian packages by name; only root can, so anyone else is told what to run.
    local missing=()
    for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ]; then
        die "missing Debian packages: ${missing[*]}. Run: sudo apt-get install -y ${missing[*]}"
    fi
    say "installing Debian packages: ${missing[*]}"
    if [ -z "$APT_UPDATED" ]; then
        apt-get update -q >/dev/null || die "apt-get update failed"
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
        || die "apt-get install ${missing[*]} failed"
}

locked_version() {
    # The version of a crate recorded in Cargo.lock.
    awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

cargo_install() {
    # cargo install NAME VERSION [BINARY]: --locked first; if a locked dependency is
    # missing from the registry (seen with wasm-bindgen-cli), resolve afresh.
    local name=$1 version=$2
    say "installing $name $version with cargo (once per machine, a few minutes)"
    cargo install "$name" --version "$version" --locked >/dev/null 2>&1 \
        || cargo install "$name" --version "$version" >/dev/null \
        || die "cargo install $name --version $version failed"
}

# ---------------------------------------------------------------- toolchains

need_native_rust() {
    have cargo || die "cargo not found: install Rust (https://rustup.rs) or Debian's cargo"
}

# Sets WASM_CARGO (a command array) to a cargo that can build wasm32-unknown-unknown.
# Either way std is compiled from source (-Z build-std, allowed on a stable compiler
# with RUSTC_BOOTSTRAP=1) so that all of it, std included, is WebAssembly 1.0, which
# wasm2js can translate; rustup's prebuilt wasm32 std uses newer features.
rustup_has() { rustup "$1" list --installed 2>/dev/null | grep -q "^$2"; }
setup_wasm_toolchain() {
    [ -n "${WASM_CARGO_READY:-}" ] && return 0
    if have rustup \
        && { rustup_has target wasm32-unknown-unknown || timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; } \
        && { rustup_has component rust-src || timeout 120 rustup component add rust-src >/dev/null 2>&1; }; then
        say "wasm32 toolchain: rustup's, with std from source"
        WASM_CARGO=(env RUSTC_BOOTSTRAP=1 cargo)
    else
        say "wasm32 toolchain: Debian's rustc-web, with std from source (rustup cannot add wasm32 here)"
        apt_install rustc-web cargo-web rust-web-src lld-19
        WASM_CARGO=(env PATH="/usr/bin:$PATH" RUSTC_BOOTSTRAP=1
            CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 /usr/bin/cargo)
    fi
    WASM_BUILD_STD=(-Z build-std=std,panic_abort)
    WASM_CARGO_READY=1
}

setup_wasm_bindgen() {
    local want
    want=$(locked_version wasm-bindgen)
    [ -n "$want" ] || die "wasm-bindgen is not in Cargo.lock"
    if ! have wasm-bindgen || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$want" ]; then
        cargo_install wasm-bindgen-cli "$want"
    fi
}

setup_binaryen() {
    have wasm-opt && have wasm2js || apt_install binaryen
}

setup_node() {
    have node && have npm || apt_install nodejs npm
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        say "installing npm packages from package-lock.json"
        npm ci --no-audit --no-fund --loglevel=error >/dev/null || die "npm ci failed"
    fi
}

setup_browsers() {
    apt_install chromium chromium-driver firefox-esr openssl
    if ! have geckodriver; then
        cargo_install geckodriver "$(cat tests/e2e/geckodriver.version)"
    fi
}

# ---------------------------------------------------------------- build

# build_core_wasm OUT.wasm [cargo args...]: compiles the crate for wasm32 (one binary
# for both flavours) and copies it to OUT.wasm when it changed.
build_core_wasm() {
    build_wasm_crate notefirst "$@"
}

# build_wasm_crate PACKAGE OUT.wasm [cargo args...]: compiles PACKAGE (a cdylib of the
# workspace) for wasm32 with the shipped module's flags and copies it to OUT.wasm when
# it changed.
build_wasm_crate() {
    local package=$1 out=$2
    shift 2
    setup_wasm_toolchain
    say "compiling $package for wasm32${*:+ ($*)} (a first build also compiles std: about 2 minutes)"
    RUSTFLAGS="$WASM_DIST_RUSTFLAGS" CARGO_TARGET_DIR="$WASM_DIST_TARGET_DIR" \
        "${WASM_CARGO[@]}" build --quiet --release --target wasm32-unknown-unknown -p "$package" \
        "${WASM_BUILD_STD[@]}" -Z build-std-features=optimize_for_size "$@" \
        || die "the wasm32 build of $package failed (see above)"
    local built="$WASM_DIST_TARGET_DIR/wasm32-unknown-unknown/release/${package//-/_}.wasm"
    cmp -s "$built" "$out" || cp "$built" "$out"
}

# build_flavours IN.wasm OUT-DIR: the WebAssembly and JavaScript flavours of IN.wasm.
build_flavours() {
    setup_wasm_bindgen
    setup_binaryen
    local wasm=$1 out=$2
    local stamp="$out/.built-from"
    # Up to date unless the module, this script or a build tool changed since.
    if [ -f "$stamp" ] && [ -z "$(find "$wasm" "$ROOT/build.sh" "$ROOT/extension/tools" -newer "$stamp" -print -quit)" ]; then
        return 0
    fi
    say "generating the WebAssembly and JavaScript flavours"
    # Built aside and moved into place whole, so that two builds at once never mix.
    local final=$out
    out="$final.tmp.$$"
    rm -rf "$out" && mkdir -p "$out/wasm" "$out/js"
    # The linked module claims features (reference-types, ...) its code does not use,
    # which sends wasm-bindgen down its externref path. Validating it as WebAssembly
    # 1.0 proves the claim false; then the claim is dropped.
    wasm-opt --mvp-features --strip-target-features "$wasm" -o "$out/notefirst.mvp.wasm" \
        || die "the wasm32 build is not WebAssembly 1.0 (is RUSTFLAGS' target-cpu=mvp applied?)"
    wasm="$out/notefirst.mvp.wasm"
    # WebAssembly flavour: ES module glue that instantiates notefirst_bg.wasm.
    wasm-bindgen --target web --no-typescript --out-name notefirst --out-dir "$out/wasm" "$wasm"
    wasm-opt -Oz "$out/wasm/notefirst_bg.wasm" -o "$out/wasm/notefirst_bg.wasm"
    # JavaScript flavour, for pages whose CSP forbids WebAssembly in content scripts:
    # the same module translated by wasm2js, behind the bundler-style glue.
    wasm-bindgen --target bundler --no-typescript --out-name notefirst_js --out-dir "$out/js" "$wasm"
    wasm-opt -Oz "$out/js/notefirst_js_bg.wasm" -o "$out/js/notefirst_js_bg.opt.wasm"
    wasm2js -Oz "$out/js/notefirst_js_bg.opt.wasm" -o "$out/js/notefirst_js_bg.wasm.js"
    rm "$out/js/notefirst_js_bg.wasm" "$out/js/notefirst_js_bg.opt.wasm" "$out/notefirst.mvp.wasm"
    node extension/tools/patch-js-flavour.mjs "$out/js"
    # Data segments as text rather than base64: about 19 KB less once gzipped.
    node extension/tools/js-flavour-data.mjs "$out/js/notefirst_js_bg.wasm.js"
    # One self-contained module: Chromium resolves a web-accessible module's relative
    # imports against the extension's static ID, which use_dynamic_url forbids.
    # --charset=utf8 keeps those data strings as written instead of \x-escaping them.
    npx --no-install esbuild "$out/js/notefirst_js.js" --bundle --format=esm --minify --charset=utf8 \
        --log-level=warning --outfile="$out/notefirst_js.js" || die "bundling the JavaScript flavour failed"
    touch "$out/.built-from"
    rm -rf "$final" && mv "$out" "$final"
}

# build_pages_module IN.wasm OUT-DIR: the extension pages' module (crate
# notefirst-pages: options page, popup) as OUT-DIR/pages.js + pages_bg.wasm. The
# WebAssembly flavour only: extension pages allow it in both browsers (the manifest's
# extension_pages CSP has 'wasm-unsafe-eval'), so no JavaScript flavour is needed.
build_pages_module() {
    setup_wasm_bindgen
    setup_binaryen
    local wasm=$1 out=$2
    if [ -f "$out/.built-from" ] && [ -z "$(find "$wasm" "$ROOT/build.sh" -newer "$out/.built-from" -print -quit)" ]; then
        return 0
    fi
    say "generating the extension pages' module"
    local final=$out
    out="$final.tmp.$$"
    rm -rf "$out" && mkdir -p "$out"
    # As for the content script's module (build_flavours): validated as WebAssembly 1.0,
    # its unused feature claims dropped, so that wasm-bindgen writes the same kind of glue.
    wasm-opt --mvp-features --strip-target-features "$wasm" -o "$out/pages.mvp.wasm" \
        || die "the pages' wasm32 build is not WebAssembly 1.0"
    wasm-bindgen --target web --no-typescript --out-name pages --out-dir "$out" "$out/pages.mvp.wasm"
    wasm-opt -Oz "$out/pages_bg.wasm" -o "$out/pages_bg.wasm"
    rm "$out/pages.mvp.wasm"
    touch "$out/.built-from"
    rm -rf "$final" && mv "$out" "$final"
}

# assemble BROWSER FLAVOURS-DIR DEST-DIR: an unpacked extension for BROWSER.
assemble() {
    local browser=$1 flavours=$2 dir=$3
    rm -rf "$dir" && mkdir -p "$dir/core"
    node extension/tools/derive-manifest.mjs manifest.json "$browser" > "$dir/manifest.json"
    # The shell: everything under extension/ except the build tools.
    (cd extension && find . -type f ! -path './tools/*' -print0 | cpio -0pdm --quiet "$dir")
    cp "$flavours/wasm/notefirst.js" "$flavours/wasm/notefirst_bg.wasm" "$dir/core/"
    cp "$flavours/notefirst_js.js" "$dir/core/"
    # The extension pages' module: not under core/, so not web-accessible.
    mkdir -p "$dir/pages-core"
    cp "$PAGES_MODULE/pages.js" "$PAGES_MODULE/pages_bg.wasm" "$dir/pages-core/"
    # The loader runs on every LinkedIn page: shipped minified (the source stays the
    # readable one), so that its comments do not count against its 10 KB budget.
    npx --no-install esbuild extension/content/loader.js --minify --charset=utf8 --log-level=warning \
        --outfile="$dir/content/loader.js" --allow-overwrite || die "minifying the loader failed"
}

build() {
    need_native_rust
    setup_node
    have zip || apt_install zip
    have cpio || apt_install cpio
    build_core_wasm target/notefirst.wasm
    build_flavours target/notefirst.wasm target/flavours
    build_wasm_crate notefirst-pages target/notefirst-pages.wasm
    build_pages_module target/notefirst-pages.wasm "$PAGES_MODULE"
    say "assembling dist/chromium and dist/firefox"
    for browser in chromium firefox; do
        assemble "$browser" target/flavours "$DIST/$browser"
        rm -f "$DIST/notefirst-$browser.zip"
        (cd "$DIST/$browser" && zip -q -r -X "$DIST/notefirst-$browser.zip" .)
    done
    say "built: dist/chromium/ dist/firefox/ dist/notefirst-chromium.zip dist/notefirst-firefox.zip"
}

# For the panic-isolation tests only: the same extension built with the
# `fault-injection` feature (the core panics on one made-up card), in dist/test-fault/.
build_fault_variant() {
    build_core_wasm target/notefirst-fault.wasm --features fault-injection
    build_flavours target/notefirst-fault.wasm target/flavours-fault
    for browser in chromium firefox; do
        assemble "$browser" target/flavours-fault "$DIST/test-fault/$browser"
    done
}

# For ./build.sh bench only: the same module with the `bench` feature (a scoring
# entry point, src/bench_entry.rs), both flavours, in target/flavours-bench/.
build_bench_variant() {
    build_core_wasm target/notefirst-bench.wasm --features bench
    build_flavours target/notefirst-bench.wasm target/flavours-bench
}

# ---------------------------------------------------------------- tests

test_core() {
    say "core: cargo test (native)"
    cargo test -p notefirst-core --quiet
}

test_browser_rust() {
    # The DOM adapters and UI, compiled to wasm32 and run by wasm-bindgen-test in real
    # headless Chromium and Firefox.
    setup_wasm_toolchain
    setup_wasm_bindgen
    local runner
    runner=$(command -v wasm-bindgen-test-runner) || die "wasm-bindgen-test-runner missing (comes with wasm-bindgen-cli)"
    for browser in chromium firefox; do
        say "browser-side Rust: wasm-bindgen-test in headless $browser"
        local driver_env
        if [ "$browser" = chromium ]; then
            driver_env=(CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver/chromium.json")
        else
            driver_env=(GECKODRIVER="$(command -v geckodriver)" WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver/firefox.json")
        fi
        env "${driver_env[@]}" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="$runner" RUSTFLAGS="$WASM_RUSTFLAGS" \
            CARGO_TARGET_DIR="$WASM_TARGET_DIR" WASM_BINDGEN_TEST_TIMEOUT=120 \
            "${WASM_CARGO[@]}" test --target wasm32-unknown-unknown -p notefirst "${WASM_BUILD_STD[@]}"
    done
}

test_e2e() {
    say "end to end: the built extension in Chromium and Firefox"
    node --test --test-concurrency=1 tests/e2e/
}

test_lint() {
    say "lint: web-ext lint of the Firefox package"
    npx --no-install web-ext lint --source-dir "$DIST/firefox" --self-hosted --output text >/tmp/nf-web-ext-lint.txt 2>&1 || {
        cat /tmp/nf-web-ext-lint.txt >&2; die "web-ext lint reported errors"; }
    grep -E '^(errors|notices|warnings)' /tmp/nf-web-ext-lint.txt >&2 || true
}

run_tests() {
    local start=$SECONDS
    build
    build_fault_variant
    setup_node
    setup_browsers
    test_core
    test_browser_rust
    test_lint
    test_e2e
    say "all tests passed in $((SECONDS - start)) s"
}

case "${1:-build}" in
    build) build ;;
    test) run_tests ;;
    demo) build; setup_browsers; node tests/demo/demo.js ;;
    bench) build; build_bench_variant; setup_browsers; node tests/bench/bench.js ;;
    -h|--help|help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$1' (try: ./build.sh, ./build.sh test, ./build.sh demo, ./build.sh bench)" ;;
esac
