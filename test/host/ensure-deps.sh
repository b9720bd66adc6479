#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than package-lock.json,
# so that `npm start` and `npm test` work on a fresh clone. Quiet when there is nothing to do.
set -euo pipefail
cd "$(dirname "$0")/../.."
marker=node_modules/.package-lock.json
if [ -f "$marker" ] && { [ ! -f package-lock.json ] || [ ! package-lock.json -nt "$marker" ]; }; then
  exit 0
fi
echo "[deps] installing npm packages" >&2
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
