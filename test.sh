#!/usr/bin/env bash
# Runs every GoldenThread test on a fresh Debian machine with the .NET SDK:
# installs what the tests need (PostgreSQL and Chromium from Debian, npm packages through the build: the web project's
# GOV.UK Frontend and the web tests' axe-core, each project's own `npm ci`),
# checks formatting, builds, starts a throwaway PostgreSQL cluster, runs all test projects, and prints
# one summary line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages the tests use.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi liberation || missing+=(fonts-liberation)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Format check and build (the web project's build runs npm ci and compiles GOV.UK Frontend; the web tests' build runs
#    npm ci in tests/GoldenThread.Web.Tests for axe-core).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore GoldenThread.slnx --verbosity quiet
dotnet format GoldenThread.slnx --verify-no-changes --no-restore --verbosity quiet
dotnet build GoldenThread.slnx --no-restore --configuration Release --verbosity quiet -nologo

# 3. A throwaway PostgreSQL cluster on a free loopback port.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/goldenthread-pg.XXXXXX)
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
port=55432
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
run_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust --no-sync -E UTF8 >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
cleanup() { run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
export GOLDENTHREAD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
echo "PostgreSQL test cluster on 127.0.0.1:$port"

# 4. Every test project.
results="$root/TestResults"
rm -rf "$results"
status=0
dotnet test GoldenThread.slnx --no-build --configuration Release --results-directory "$results" \
  --logger "trx" --logger "console;verbosity=minimal" 2>&1 | tee "$pgdir/test-output.txt" || status=$?

# 5. One summary line from the runners' own counts.
passed=0; failed=0; skipped=0
while read -r f p s; do passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s)); done < <(
  grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$pgdir/test-output.txt" |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/')
projects=$(grep -cE '(Passed|Failed)! +- Failed:' "$pgdir/test-output.txt" || true)
if [ "$projects" -lt 4 ] && [ "$status" -eq 0 ]; then
  echo "Expected results from 4 test projects, found $projects"; status=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "Tests: $passed passed, $failed failed"
fi
exit "$status"
