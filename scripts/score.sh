#!/usr/bin/env bash
# Builds the seed and the shared development corpora and scores them (needs ../shared and Debian's rdflib).
# Usage: scripts/score.sh [seed|dev|polnear|all] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${PARLEY_SHARED:-../shared}
which=${1:-all}; shift || true
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
score() { /usr/bin/python3 "$shared/eval/score" "$@"; }
if [[ $which == seed || $which == all ]]; then
  node bin/parley.js build seeds -o "$tmp/seed" -q
  echo "seed:"; score --gold "$shared/eval/gold" --text seeds --out "$tmp/seed" "$@" | tail -${LINES_SHOWN:-12}
fi
if [[ $which == dev || $which == all ]]; then
  node bin/parley.js build "$shared/corpus/diplomacy-dev" -o "$tmp/dev" -q
  echo "diplomacy-dev:"; score --gold "$shared/corpus/diplomacy-dev" --out "$tmp/dev" "$@" | tail -${LINES_SHOWN:-12}
fi
if [[ $which == polnear || $which == all ]]; then
  node bin/parley.js build "$shared/corpus/polnear-dev/data/dev/text" -o "$tmp/pn" -q
  echo "polnear-dev:"; score --polnear "$shared/corpus/polnear-dev" --split dev --out "$tmp/pn" "$@" | tail -${LINES_SHOWN:-6}
fi
