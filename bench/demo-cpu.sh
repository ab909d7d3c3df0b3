#!/usr/bin/env bash
# CPU and memory of the Vigil app showing N live demo tiles (sub streams from vigil-camsim).
# Starts the simulator and the app itself, samples /proc after a warm-up, stops both.
#
#   bench/demo-cpu.sh [TILES=9] [SECONDS=30] [WARMUP=8]
# Env: VIGIL_BUILD_DIR (default ./build), VIGIL_CLIP_DIR (default ~/.cache/vigil/media/clips),
#      VIGIL_QPA (default offscreen; "xcb" under xvfb-run).
# Last line: tiles=N seconds=S app_cpu_pct=… camsim_cpu_pct=… app_rss_mb=… (CPU in % of one core)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TILES=${1:-9}; SECONDS_MEASURED=${2:-30}; WARMUP=${3:-8}
BUILD=${VIGIL_BUILD_DIR:-$ROOT/build}
CLIPS=${VIGIL_CLIP_DIR:-$HOME/.cache/vigil/media/clips}
HZ=$(getconf CLK_TCK)
work=$(mktemp -d)
cleanup() { kill "${APP:-}" "${SIM:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

cpu_ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }

"$BUILD/bin/vigil-camsim" --config "$ROOT/resources/demo/camsim.json" --clip-dir "$CLIPS" --port 8554 \
    >"$work/sim.out" 2>"$work/sim.err" &
SIM=$!
for _ in $(seq 100); do grep -q listening "$work/sim.out" && break; sleep 0.1; done
grep -q listening "$work/sim.out" || { echo "camsim did not start: $(cat "$work/sim.err")" >&2; exit 1; }

QT_QPA_PLATFORM=${VIGIL_QPA:-offscreen} "$BUILD/bin/vigil" --demo --data-dir "$work/data" --lang zh_CN \
    --layout "$TILES" --quit-after-s $((WARMUP + SECONDS_MEASURED + 5)) >"$work/app.log" 2>&1 &
APP=$!
sleep "$WARMUP"
a0=$(cpu_ticks $APP); s0=$(cpu_ticks $SIM); t0=$(date +%s.%N)
sleep "$SECONDS_MEASURED"
a1=$(cpu_ticks $APP); s1=$(cpu_ticks $SIM); t1=$(date +%s.%N)
rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$APP/status")
threads=$(awk '/Threads/{print $2}' "/proc/$APP/status")
python3 - "$a0" "$a1" "$s0" "$s1" "$t0" "$t1" "$HZ" "$rss_kb" "$TILES" "$threads" <<'PY'
import sys
a0,a1,s0,s1=map(int,sys.argv[1:5]); t0,t1=map(float,sys.argv[5:7]); hz=int(sys.argv[7])
rss=int(sys.argv[8]); tiles=sys.argv[9]; threads=sys.argv[10]; wall=t1-t0
app=100*(a1-a0)/hz/wall; sim=100*(s1-s0)/hz/wall
print(f"tiles={tiles} seconds={wall:.0f} app_cpu_pct={app:.1f} camsim_cpu_pct={sim:.1f} app_rss_mb={rss/1024:.0f} app_threads={threads}")
PY
