#!/usr/bin/env bash
# Regenerates the golden files in out/ (Turtle and JSON-LD for every seed) that tests/golden.test.ts
# compares with a fresh build. Review the diff (git diff out/) before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p .
node bin/parley.js build seeds -o out --force
node bin/parley.js build seeds -o out --format jsonld --force
