#!/usr/bin/env bash
# The one test command (npm test): lint, types, migrations check, unit, integration and end-to-end tests.
# Integration tests run on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set (CI sets it).
# End-to-end tests run the production build in Debian's Chromium (/usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n==> %s\n' "$*"; }

step "Lint"
npx eslint . --max-warnings=0
step "Typecheck"
npx tsc --noEmit
step "Schema and migrations agree"
bash scripts/check-migrations.sh
step "Unit tests (incl. translation completeness)"
npx vitest run --project unit
step "Integration tests on PGlite"
env -u TEST_DATABASE_URL -u DATABASE_URL npx vitest run --project integration
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "Integration tests on PostgreSQL"
  npx vitest run --project integration
else
  echo "(TEST_DATABASE_URL not set: skipping the PostgreSQL run; .ci/run sets it)"
fi
step "Build"
npx next build
step "End-to-end tests (Chromium)"
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium not found at /usr/bin/chromium. Install it with: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
npx playwright test
