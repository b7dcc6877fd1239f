#!/usr/bin/env bash
# Runs every test: lint and typecheck first (any error stops the run), unit + property tests
# (vitest), the production build and its first-load JS budget, then the browser
# tests (Playwright in Chromium against `next start`). Finds a Chromium first and installs
# one when none is found. Used by `npm test`, the README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p tests/artifacts

if [ ! -d node_modules ] || [ ! -x node_modules/.bin/next ]; then
  echo "[test] node_modules missing: running npm ci" >&2
  npm_config_nodedir="${npm_config_nodedir:-/usr}" npm ci
fi

find_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then echo "$CHROMIUM_PATH"; return 0; fi
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  # Playwright's bundled browser, if it was installed on this machine (a normal laptop).
  local own
  own="$(node -e "try{const p=require('playwright-core').chromium.executablePath();if(require('fs').existsSync(p))console.log(p)}catch{}" 2>/dev/null || true)"
  if [ -n "$own" ]; then echo "playwright"; return 0; fi
  return 1
}

if ! CHROME="$(find_chromium)"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "[test] no Chromium found: installing Debian chromium + fonts-noto-cjk" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "[test] no Chromium found: running playwright install chromium" >&2
    npx playwright install chromium
  fi
  CHROME="$(find_chromium)"
fi
if [ "$CHROME" = "playwright" ]; then unset CHROMIUM_PATH; export PW_USE_BUNDLED=1; else export CHROMIUM_PATH="$CHROME"; fi
echo "[test] browser: ${CHROMIUM_PATH:-the Playwright bundled chromium}" >&2

echo "[test] lint" >&2
npx eslint --max-warnings=0 .
echo "[test] typecheck" >&2
npx tsc --noEmit

unit_status=0
npx vitest run --config tests/vitest.config.mts --reporter=default --reporter=json --outputFile.json=tests/artifacts/vitest.json || unit_status=$?

npm run build

# The first-load JS budget (< 180 kB gzip on every page) fails the run like a failing test.
budget_status=0
node tests/check-bundle-budget.cjs .next || budget_status=$?

e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/tests/artifacts/playwright.json" npx playwright test -c tests/playwright.config.ts --reporter=list,json || e2e_status=$?

node tests/summarise-results.cjs
if [ "$unit_status" -ne 0 ] || [ "$budget_status" -ne 0 ] || [ "$e2e_status" -ne 0 ]; then
  echo "[test] FAILED (unit=$unit_status, budget=$budget_status, browser=$e2e_status)" >&2
  exit 1
fi
