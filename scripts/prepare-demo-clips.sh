#!/usr/bin/env bash
# Turns vtest.avi (768×576, 10 fps, MS-MPEG4) into the demo district's camera clips: for each
# scene a main stream (1280×720) and a sub stream (640×360), 25 fps, H.264 with a 1 s GOP and no
# B-frames (fast start, low latency), plus one H.265 scene. Each scene frames the footage
# differently (crop, mirror, night look) so the wall does not show twenty copies of one picture.
# These are the district's real-footage cameras; the synthetic ones (checkpoints with Chinese
# plates, the community gate, the parking strip, the street by day and night) are rendered by
# vigil-scenegen after the build (render-demo-scenes.sh) into the same directory, and
# resources/demo/camsim.json names which clip each camera loops.
#
#   prepare-demo-clips.sh VTEST.avi OUT_DIR
#
# Incremental: a clip is made only when missing or when this script changed since it was made.
set -euo pipefail
src=${1:?vtest.avi path}
out=${2:?output dir}
[ -s "$src" ] || { echo "prepare-demo-clips: source clip $src is missing" >&2; exit 1; }
mkdir -p "$out"

recipe_hash=$(sha256sum "$0" | cut -c1-16)
stamp=$out/.recipe-$recipe_hash
if [ -f "$stamp" ]; then
    echo "[vigil] demo clips: up to date in $out" >&2
    exit 0
fi
rm -f "$out"/.recipe-*

DURATION=40 # seconds of footage per clip; the simulator loops them
# name | filter applied to the 768×576 source before scaling to 16:9
scenes=(
    "plaza|crop=768:432:0:72"
    "plaza_mirror|hflip,crop=768:432:0:120"
    "road_west|crop=480:270:0:150"
    "road_east|crop=480:270:288:240"
    "gate|crop=400:225:330:330,hue=h=12:s=0.9"
    "night|crop=768:432:0:100,hue=s=0,eq=brightness=-0.18:contrast=1.35,noise=alls=10:allf=t"
)

encode() { # name filter codec
    local name=$1 filter=$2 codec=$3 suffix="" vcodec params
    if [ "$codec" = h265 ]; then
        suffix=_h265; vcodec=libx265
        params=(-preset ultrafast -x265-params "keyint=25:min-keyint=25:bframes=0:log-level=error")
    else
        vcodec=libx264
        params=(-preset veryfast -profile:v high -g 25 -keyint_min 25 -sc_threshold 0 -bf 0)
    fi
    for variant in main:1280:720:26 sub:640:360:28; do
        IFS=: read -r stream w h crf <<<"$variant"
        local dst=$out/${name}${suffix}_${stream}.mp4
        echo "[vigil] encoding $dst" >&2
        ffmpeg -nostdin -loglevel error -y -i "$src" -t "$DURATION" \
            -vf "$filter,scale=$w:$h:flags=bicubic,fps=25,format=yuv420p" \
            -c:v "$vcodec" -crf "$crf" "${params[@]}" -an -movflags +faststart "$dst.tmp.mp4"
        mv "$dst.tmp.mp4" "$dst"
    done
}

for scene in "${scenes[@]}"; do
    encode "${scene%%|*}" "${scene#*|}" h264
done
encode plaza "crop=768:432:0:72" h265
touch "$stamp"
echo "[vigil] demo clips ready in $out" >&2
