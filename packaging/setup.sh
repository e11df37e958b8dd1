#!/usr/bin/env bash
# Set up everything Newsline needs on a Debian/Ubuntu machine: Qt's system libraries (installed when run as
# root, otherwise the exact apt-get line is printed), a virtual environment in .venv, and Newsline itself.
#   bash packaging/setup.sh [test|window]   (test: adds the test tools; window: adds the X11 libraries)
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-window}"
PY="${PYTHON:-python3}"

# Libraries Qt needs for the offscreen platform (tests, PNG export) and, for a window, the xcb platform.
APT_BASE=(libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 fonts-dejavu-core)
APT_WINDOW=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
            libxcb-render-util0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1)
want=("${APT_BASE[@]}")
[ "$MODE" = window ] && want+=("${APT_WINDOW[@]}")
if ! "$PY" -c 'import ensurepip, venv' 2>/dev/null; then want+=(python3-venv); fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    line="apt-get install -y --no-install-recommends ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then
      echo "newsline setup: installing system libraries: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "newsline setup: Qt needs system libraries that are missing. Run, as root:" >&2
      echo "  sudo apt-get update && sudo $line" >&2
      exit 1
    fi
  fi
else
  echo "newsline setup: not a Debian/Ubuntu system; make sure Qt 6's libraries (libGL, libEGL, xkbcommon, fontconfig) are installed" >&2
fi

"$PY" - <<'PYEOF'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"newsline setup: Python 3.11 or newer is needed, this is {sys.version.split()[0]}")
PYEOF

if [ ! -x .venv/bin/python ]; then
  echo "newsline setup: creating .venv"
  "$PY" -m venv .venv
fi
extra=""
[ "$MODE" = test ] && extra="[test]"
# Reinstall only when the project's requirements changed since the last set-up.
stamp=".venv/.newsline-installed$extra"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "newsline setup: installing Python packages (first run takes a minute)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
  touch "$stamp"
fi
