#!/usr/bin/env bash
# Fails when db/schema and the committed SQL migrations disagree: generating again must produce nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(find db/migrations -type f | sort | xargs sha256sum)
npx drizzle-kit generate --name schema_check >/tmp/drizzle-check.log 2>&1 || { cat /tmp/drizzle-check.log; exit 1; }
after=$(find db/migrations -type f | sort | xargs sha256sum)
if [ "$before" != "$after" ]; then
  echo "db/schema has changes with no migration. Run: npm run db:generate -- --name <what-changed>, and commit db/migrations."
  git status --short db/migrations || true
  git checkout -- db/migrations 2>/dev/null || true
  git clean -fdq db/migrations 2>/dev/null || true
  exit 1
fi
echo "Migrations match the schema."
