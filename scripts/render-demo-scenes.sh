#!/usr/bin/env bash
# Renders the demo district's synthetic cameras with vigil-scenegen (tools/scenegen/demoscenes.h)
# next to the clips cut from vtest.avi (prepare-demo-clips.sh): for each scene a main stream
# (1280×720) and a sub stream (640×360) made from the same frames in one pass, H.264 at 25 fps
# with a keyframe every second and no B-frames, plus the scene's ground truth
# (NAME.truth.jsonl: plate passes for the checkpoints, events for the others) and plugin
# settings (NAME.settings.json). Every clip is a whole number of seconds (whole GOPs) and loops
# without a jump (see demoscenes.h). resources/demo/camsim.json names them.
#
#   render-demo-scenes.sh PATH/TO/vigil-scenegen OUT_DIR
#
# Needs the build (vigil-scenegen) and a CJK font (fonts-noto-cjk) for the plates. Incremental:
# nothing is rendered when the stamp of this recipe (this script and the scenegen sources) is
# there and every clip exists. Two scenes render at a time (VIGIL_SCENE_JOBS); the whole set
# took 102-272 s on the loaded 2-core box (docs/analytics.md, "Demo district scenes").
set -euo pipefail
scenegen=${1:?path to vigil-scenegen}
out=${2:?output dir}
[ -x "$scenegen" ] || { echo "render-demo-scenes: $scenegen is not built" >&2; exit 1; }
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$out"

# clip name | scene | seed. Checkpoint cameras: c11/c12 the two directions of the toll-station
# checkpoint, c13 the county border at night, c14 the urban crossing, c15 the east exit.
scenes=(
    "sg_checkpoint_kk01_in|demo_checkpoint|101"
    "sg_checkpoint_kk01_out|demo_checkpoint_newenergy|102"
    "sg_checkpoint_kk02_night|demo_checkpoint_night|103"
    "sg_checkpoint_kk03|demo_checkpoint|104"
    "sg_checkpoint_kk04|demo_checkpoint_newenergy|105"
    "sg_street|demo_street|41"
    "sg_street_night|demo_street_night|42"
    "sg_gate|demo_gate|43"
    "sg_parking|demo_parking|44"
)
MAIN_CRF=26 # the sub stream gets +2, like the vtest clips

recipe_hash=$( (cat "$0"; cat "$root"/tools/scenegen/*.h "$root"/tools/scenegen/*.cpp) |
    sha256sum | cut -c1-16)
stamp=$out/.scenes-$recipe_hash
complete=1
for scene in "${scenes[@]}"; do
    name=${scene%%|*}
    for f in "${name}_main.mp4" "${name}_sub.mp4" "$name.truth.jsonl"; do
        [ -s "$out/$f" ] || complete=0
    done
done
if [ -f "$stamp" ] && [ $complete = 1 ]; then
    echo "[vigil] synthetic demo scenes: up to date in $out" >&2
    exit 0
fi
rm -f "$out"/.scenes-*

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
render() { # name scene seed
    if ! "$scenegen" --scene "$2" --seed "$3" --name "$1" --sub --crf "$MAIN_CRF" --out "$out" \
        >"$logs/$1.log" 2>&1; then
        echo "render-demo-scenes: $2 (seed $3) -> $1 failed:" >&2
        cat "$logs/$1.log" >&2
        return 1
    fi
    echo "[vigil] rendered $out/$1_main.mp4 + _sub.mp4" >&2
}

jobs=${VIGIL_SCENE_JOBS:-2}
pids=()
failed=0
for scene in "${scenes[@]}"; do
    IFS='|' read -r name what seed <<<"$scene"
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait -n || failed=1
        pids=("${pids[@]:1}") # one finished; only the count matters
    fi
    render "$name" "$what" "$seed" &
    pids+=($!)
done
for _ in "${pids[@]}"; do
    wait -n || failed=1
done
[ $failed = 0 ] || { echo "render-demo-scenes: some scenes failed (see above)" >&2; exit 1; }
touch "$stamp"
echo "[vigil] synthetic demo scenes ready in $out" >&2
