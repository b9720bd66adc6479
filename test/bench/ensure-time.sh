#!/usr/bin/env bash
# The bench reads each command's wall time and peak memory from /usr/bin/time -v (Debian's
# package `time`): installed here when it is missing and the machine lets us. Without it the
# bench still runs, the command reporting its own peak memory (test/bench/rusage.js).
set -euo pipefail
[ -x /usr/bin/time ] && exit 0
if [ "$(id -u)" = 0 ]; then apt_get=(apt-get); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then apt_get=(sudo apt-get); else
  echo "[bench] /usr/bin/time is missing and cannot be installed here; the command line reports its own peak memory" >&2
  exit 0
fi
echo "[bench] installing /usr/bin/time (Debian package time)" >&2
"${apt_get[@]}" install -y --no-install-recommends time >/dev/null 2>&1 || { "${apt_get[@]}" update >/dev/null 2>&1 && "${apt_get[@]}" install -y --no-install-recommends time >/dev/null 2>&1; } \
  || echo "[bench] could not install time; the command line reports its own peak memory" >&2
