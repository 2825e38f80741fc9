#!/usr/bin/env bash
# Load test on loopback: bench/load.sh [sqlite|postgres] [USERS] [DURATION] [PAGES]
#   PAGES: indicators (indicator pages, as team and service managers, the director and analysts) or
#          dashboards (each role's dashboard plus indicator pages)
# Starts the web app (Release build) on a new database with the 20,000-child demo authority, waits for the month-end figures
# to freeze, signs in USERS sessions over HTTP as the demo users, then runs wrk with one thread (one user) per session for
# DURATION (e.g. 60s, 5m). Prints requests, p50/p95/p99 latency and errors; results go to bench/results/load-*.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:-sqlite}
users=${2:-20}
duration=${3:-60s}
pages=${4:-indicators}
out=bench/results
mkdir -p "$out"
command -v wrk >/dev/null || { if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >/dev/null; else echo "wrk is needed: sudo apt-get install wrk"; exit 1; fi; }
. bench/lib.sh

work=$(mktemp -d)
cleanup_app() { [ -n "${app:-}" ] && kill "$app" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
if [ "$provider" = postgres ]; then
  start_throwaway_pg 56500
  trap 'cleanup_app; run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"' EXIT
  export Database__Provider=PostgreSql ConnectionStrings__GoldenThread="$pg_connection;Maximum Pool Size=200"
else
  trap cleanup_app EXIT
  export Database__Provider=Sqlite ConnectionStrings__GoldenThread="Data Source=$work/load.db"
fi

dotnet build src/GoldenThread.Web --configuration Release --verbosity quiet -nologo >/dev/null
web_port=5300
while (echo >"/dev/tcp/127.0.0.1/$web_port") 2>/dev/null; do web_port=$((web_port + 1)); done
base="http://127.0.0.1:$web_port"
export ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production GOLDENTHREAD_DEMO_PASSWORD="Load-Test-Password-1"
export Demo__Children=20000 Demo__Years=6 Demo__Seed=42 RateLimits__SignInPerMinute=100000 Logging__LogLevel__Default=Warning
(cd src/GoldenThread.Web && exec dotnet bin/Release/net10.0/GoldenThread.Web.dll --Logging:LogLevel:GoldenThread.Web.Indicators.MonthEndSnapshotService=Information) >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/health" >/dev/null || { echo "The app did not start:"; tail -20 "$work/app.log"; exit 1; }
# The month-end figures freeze in the background at start (24 months on a new database): wait for them.
for _ in $(seq 1 300); do [ "$(grep -c 'Month-end figures frozen' "$work/app.log")" -ge 24 ] && break; sleep 1; done

sign_in() { # email -> prints the Cookie header value of a new session
  local jar="$work/jar-$RANDOM$RANDOM" token
  token=$(curl -fs -c "$jar" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "email=$1" --data-urlencode "password=$GOLDENTHREAD_DEMO_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/sign-in"
  awk '$6 == "goldenthread" { print "goldenthread=" $7 }' "$jar"
}

indicator_pages="/indicators /indicators/assessment_45wd /indicators/referrals /indicators/cpp_repeat /indicators/cla_3plus_placements /indicators/cp_visits_10wd /indicators/rereferral_12m"
roles=(teammanager servicemanager director analyst)
[ "$pages" = dashboards ] && roles=(teammanager servicemanager director analyst leadmember socialworker)
dashboard_for() { case $1 in
  leadmember) echo "/dashboards/scorecard /indicators/assessment_45wd /plan" ;;
  director) echo "/dashboards/director /plan /plan/exceptions $indicator_pages" ;;
  teammanager|servicemanager) echo "/dashboards/manager $indicator_pages" ;;
  socialworker) echo "/dashboards/caseload /indicators/assessment_45wd" ;;
  *) echo "/overview $indicator_pages" ;;
esac; }
: >"$work/users.tsv"
for i in $(seq 1 "$users"); do
  role=${roles[$(((i - 1) % ${#roles[@]}))]}
  cookie=$(sign_in "$role@demo.local")
  [ -n "$cookie" ] || { echo "Sign-in failed for $role@demo.local"; exit 1; }
  if [ "$pages" = dashboards ]; then paths=$(dashboard_for "$role"); else paths=$indicator_pages; fi
  printf '%s\t%s\n' "$cookie" "$paths" >>"$work/users.tsv"
done
# Warm up: every page once per role, so first-request compilation and the indicator cache are not in the measurement.
while IFS=$'\t' read -r cookie paths; do for p in $paths; do curl -fs -o /dev/null -H "Cookie: $cookie" "$base$p" || { echo "Warm-up failed: $p"; exit 1; }; done; done <"$work/users.tsv"

result="$out/load-$provider-$pages-$users-users.txt"
# Baseline in the same run: the same users and connections on /health/live (no database, no page), 20 seconds.
awk -F'\t' '{ print $1 "\t/health/live" }' "$work/users.tsv" >"$work/baseline.tsv"
GT_USERS="$work/baseline.tsv" wrk -t "$users" -c "$users" -d 20s --timeout 30s -s bench/load.lua "$base" | tail -n 9 >"$work/baseline.txt"
echo "wrk: $users users, $duration, $pages pages, $provider, $(nproc) cores" | tee "$result"
GT_USERS="$work/users.tsv" wrk -t "$users" -c "$users" -d "$duration" --timeout 30s -s bench/load.lua "$base" | tail -n 9 | tee -a "$result"
awk '{ print "baseline_" $0 }' "$work/baseline.txt" | tee -a "$result"
awk '$1 == "p95_ms" { p = $2 } $1 == "baseline_p95_ms" { b = $2 } END { if (b > 0) printf "p95_ratio_to_baseline %.1f\n", p / b }' "$result" | tee -a "$result"
