#!/usr/bin/env bash
# Check a built bundle the way a fresh desktop would run it: `make bundle` calls this after PyInstaller.
#
#   installer/check_bundle.sh [dist/karavan]
#
# 1. size of the folder (goal: under 150 MB);
# 2. `karavan --self-test` with no Python on PATH, no PYTHONPATH/PYTHONHOME, an empty home and, where the
#    kernel lets us (root, unshare), no network at all and the Python installations hidden;
# 3. time to a finished self-test, and to the offscreen main window, median of three runs.
# Exit 1 when the self-test fails.
set -euo pipefail

BUNDLE="${1:-dist/karavan}"
EXE="$BUNDLE/karavan"
[ -x "$EXE" ] || { echo "no bundle at $BUNDLE (run make bundle)" >&2; exit 1; }
BUNDLE="$(cd "$BUNDLE" && pwd)"
EXE="$BUNDLE/karavan"

size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "bundle: $BUNDLE — ${size_mb} MB in ${files} files"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
# A clean environment: no Python anywhere on PATH, nothing pointing at a Python installation.
run_env=(env -i "HOME=$home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen"
         "KARAVAN_HOME=$home/karavan")

isolate=()
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare -n -m true 2>/dev/null; then
  # New network namespace (loopback only, down) and mount namespace with every Python hidden under tmpfs.
  hide=""
  for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv /work/main/.venv /usr/bin/python3*; do
    [ -e "$d" ] || continue
    if [ -d "$d" ]; then hide+="mount -t tmpfs none '$d'; "; else hide+="mount --bind /dev/null '$d'; "; fi
  done
  isolate=(unshare -n -m sh -c "$hide exec \"\$@\"" sh)
  echo "isolation: no network (unshare -n), Python installations hidden, empty environment"
else
  echo "isolation: empty environment only (unshare needs root)"
fi

run_once() {
  "${isolate[@]}" "${run_env[@]}" "$EXE" --self-test
}

if [ ${#isolate[@]} -gt 0 ]; then
  "${isolate[@]}" "${run_env[@]}" sh -c 'command -v python3 >/dev/null 2>&1 && python3 -c "" 2>/dev/null && echo "  (python3 still runs inside the isolation)" || echo "  python3: not runnable inside the isolation"'
fi

starts=()
for i in 1 2 3; do
  start=$(date +%s%N)
  "${isolate[@]}" "${run_env[@]}" "$EXE" --help >/dev/null
  end=$(date +%s%N)
  starts+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${starts[@]}" | sort -n))
echo "start (bootloader, Python, the CLI's imports: karavan --help): ${starts[*]} ms (median ${sorted[1]} ms)"

times=()
out=""
for i in 1 2 3; do
  start=$(date +%s%N)
  if ! out="$(run_once 2>&1)"; then
    echo "$out"
    echo "self-test FAILED (run $i)" >&2
    exit 1
  fi
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
echo "$out"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "self-test wall time: ${times[*]} ms (median ${sorted[1]} ms) — includes Argon2 hashing, PDF, Excel and the main window"
