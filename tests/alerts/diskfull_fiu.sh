#!/bin/sh
# Disk-full/I-O failure run: the crash-harness child ingests under fiu-run; all reads and writes
# fail for 2 s (fiu-ctrl), then work again. Passes when the child survives, reported the failure
# and the recovery, the file passes integrity_check, and every alert/action it reported as
# committed is in the file. Usage: diskfull_fiu.sh CHILD_BINARY
set -eu
child=$1
work=$(mktemp -d)
trap 'kill -9 "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
fiu-run -x "$child" "$work/vigil.db" >"$work/out.txt" 2>"$work/err.txt" &
pid=$!
sleep 1.5
fiu-ctrl -c "enable name=posix/io/rw/*" "$pid"
sleep 2
fiu-ctrl -c "disable name=posix/io/rw/*" "$pid"
# The writer retries with backoff (up to 5 s between attempts); on a loaded machine give it time
# instead of a fixed sleep.
for _ in $(seq 1 100); do
    grep -q "store recovered" "$work/err.txt" && break
    sleep 0.1
done
sleep 0.5
kill -0 "$pid" || { echo "FAIL: the child died during the failure window"; cat "$work/err.txt"; exit 1; }
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
grep -q "store failed" "$work/err.txt" || { echo "FAIL: no store failure reported"; exit 1; }
grep -q "store recovered" "$work/err.txt" || { echo "FAIL: no recovery reported"; exit 1; }
python3 - "$work" <<'PY'
import sqlite3, sys
work = sys.argv[1]
db = sqlite3.connect(work + "/vigil.db")
assert db.execute("pragma integrity_check").fetchone()[0] == "ok", "integrity_check failed"
alerts = {r[0] for r in db.execute("select id from alerts")}
actions = {(r[0], r[1]) for r in db.execute("select alert_id, action from alert_actions")}
reported_alerts, reported_actions = set(), set()
for line in open(work + "/out.txt"):
    if not line.endswith("\n"):
        continue
    parts = line.split()
    if len(parts) == 2 and parts[0] == "R":
        reported_alerts.add(int(parts[1]))
    elif len(parts) == 3 and parts[0] == "A":
        reported_actions.add((int(parts[1]), parts[2]))
lost = len(reported_alerts - alerts) + len(reported_actions - actions)
print(f"diskfull: reported_alerts={len(reported_alerts)} reported_actions={len(reported_actions)} lost={lost}")
sys.exit(1 if lost or not reported_alerts else 0)
PY
