#!/usr/bin/env bash
# Checks the packed tarball the way a user receives it: publint and "Are The Types Wrong".
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
tarball=$(npm pack --silent | tail -n 1)
trap 'rm -f "$tarball"' EXIT
npx publint run "$tarball" --strict
# node16 covers both ESM and CJS consumers; node10 cannot see subpath exports by design.
npx attw "$tarball" --profile node16
