#!/usr/bin/env bash
# Set up (first time) and open Newsline on its embedded sample article, or on the file given.
#   bash packaging/run.sh [FILE] [--date YYYY-MM-DD]
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/setup.sh window
exec .venv/bin/newsline "$@"
