#!/usr/bin/env bash
# Renders the demo basemap (清河区, zooms 12–18) into OUT.mbtiles with vigil-mapgen.
# Incremental: skipped when OUT exists and was made by the same vigil-mapgen binary from the same
# district file and recipe (hash kept next to it in OUT.stamp). About 45 s on one core.
#
#   scripts/prepare-demo-map.sh OUT.mbtiles
# Env: VIGIL_BUILD_DIR (default ./build; the tool is $VIGIL_BUILD_DIR/bin/vigil-mapgen),
#      VIGIL_MAPGEN (explicit path of the tool), VIGIL_MAP_SEED (default 7).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-}"
if [[ -z "$out" ]]; then
    echo "usage: $0 OUT.mbtiles" >&2
    exit 2
fi
build_dir="${VIGIL_BUILD_DIR:-$here/build}"
mapgen="${VIGIL_MAPGEN:-$build_dir/bin/vigil-mapgen}"
district="$here/resources/demo/district.json"
seed="${VIGIL_MAP_SEED:-7}"
recipe="basemap seed=$seed zooms=12-18"

if [[ ! -x "$mapgen" ]]; then
    echo "prepare-demo-map: $mapgen not found; build the vigil-mapgen target first" >&2
    exit 1
fi
hash="$( { sha256sum "$0" "$mapgen" "$district" | cut -d' ' -f1; echo "$recipe"; } | sha256sum | cut -d' ' -f1)"
stamp="$out.stamp"
if [[ -f "$out" && -f "$stamp" && "$(cat "$stamp")" == "$hash" ]]; then
    echo "prepare-demo-map: $out is up to date"
    exit 0
fi
mkdir -p "$(dirname "$out")"
echo "prepare-demo-map: rendering $out (zooms 12-18)…"
"$mapgen" basemap --site "$district" --out "$out" --seed "$seed" --min-zoom 12 --max-zoom 18
echo "$hash" > "$stamp"
