#!/usr/bin/env bash
# Benchmarks anyone can rerun: bench/run.sh [CHILDREN] [YEARS]
# Measures, in one run on this machine:
#   baseline  - generating the demo authority in memory only (goldenthread demo --no-write)
#   sqlite    - goldenthread demo into a new SQLite file (generate + write, whole process)
#   postgres  - goldenthread demo into a new database in a throwaway PostgreSQL cluster
# Each with wall time and peak resident memory from GNU time. Results go to bench/results/ and stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-20000}
years=${2:-6}
out=bench/results
mkdir -p "$out"
command -v /usr/bin/time >/dev/null || { echo "GNU time is needed: apt-get install time"; exit 1; }
. bench/lib.sh

dotnet build src/GoldenThread.Cli --configuration Release --verbosity quiet -nologo >/dev/null
cli="dotnet src/GoldenThread.Cli/bin/Release/net10.0/goldenthread.dll"

measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" >"$out/$name.log" 2>&1
  read -r secs kb <"$out/$name.time"
  awk -v n="$name" -v s="$secs" -v k="$kb" 'BEGIN { printf "%-10s %8.2f s %8.0f MiB\n", n, s, k / 1024 }'
  echo "$name $secs $kb" >>"$out/summary.txt"
}

: >"$out/summary.txt"
echo "goldenthread demo --children $children --years $years --seed 42 --today 2026-11-25 on $(nproc) cores"
measure baseline $cli demo --children "$children" --years "$years" --seed 42 --today 2026-11-25 --no-write

db=$(mktemp -d)/bench.db
measure sqlite $cli demo --children "$children" --years "$years" --seed 42 --today 2026-11-25 --db "$db"
rm -f "$db" "$db-wal" "$db-shm"

if start_throwaway_pg; then
  measure postgres $cli demo --children "$children" --years "$years" --seed 42 --today 2026-11-25 --db "$pg_connection"
fi

# CIN census import: a census of about 20,000 children (one year of a 75,000-child demo authority).
work=$(mktemp -d)
$cli demo --children 75000 --years 6 --seed 42 --today 2026-11-25 --db "$work/source.db" >/dev/null
$cli export cin --year 2024-25 --la 999 --out "$work/census.xml" --db "$work/source.db" >"$out/cin-export.log"
census_children=$(grep -c '<Child>' "$work/census.xml")
census_mb=$(awk -v b="$(stat -c %s "$work/census.xml")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "CIN census for import: $census_children children, $census_mb MB"
measure cin-sqlite $cli import "$work/census.xml" --db "$work/target.db"
if [ -n "${port:-}" ]; then
  psql_db="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  run_pg "$pgbin/psql" -h "$pgdir" -p "$port" -U postgres -qc "CREATE DATABASE import_target" >/dev/null
  measure cin-postgres $cli import "$work/census.xml" --db "Host=127.0.0.1;Port=$port;Username=postgres;Database=import_target"
fi
for run in cin-sqlite cin-postgres; do
  [ -f "$out/$run.time" ] || continue
  read -r secs kb <"$out/$run.time"
  awk -v n="$run" -v s="$secs" -v mb="$census_mb" 'BEGIN { printf "%-12s throughput %.1f MB/s\n", n, mb / s }'
done

# Validation: every CIN census rule over the census file (whole process, parse included), and the SSDA903 return of the same authority.
measure validate-cin $cli validate "$work/census.xml" --out "$work/cin-report.csv"
mkdir -p "$work/903"
$cli export 903 --year 2024-25 --out "$work/903" --db "$work/source.db" >"$out/903-export.log"
ssda_children=$(($(wc -l <"$work/903/ssda903_2024-25_header.csv") - 1))
echo "SSDA903 return for validation: $ssda_children children"
measure validate-903 $cli validate "$work"/903/*.csv --out "$work/903-report.csv"

# SSDA903 validation at about 10,000 looked-after children: one year of a 200,000-child demo authority.
$cli demo --children 200000 --years 6 --seed 42 --today 2026-11-25 --db "$work/large.db" >/dev/null
mkdir -p "$work/903-large"
$cli export 903 --year 2024-25 --out "$work/903-large" --db "$work/large.db" >"$out/903-large-export.log"
echo "SSDA903 return for validation (large): $(($(wc -l <"$work/903-large/ssda903_2024-25_header.csv") - 1)) children"
measure validate-903-large $cli validate "$work"/903-large/*.csv --out "$work/903-large-report.csv"
rm -f "$work/large.db"

# Indicators: every indicator for the authority and every org unit, 72 monthly periods, from the 20,000-child demo database.
$cli demo --children 20000 --years 6 --seed 42 --today 2026-11-25 --db "$work/kpi.db" >/dev/null
measure kpi-72-months $cli kpi --db "$work/kpi.db" --from 2020-12-01 --to 2026-11-30 --period month --out "$work/kpi.csv"
echo "kpi rows: $(($(wc -l <"$work/kpi.csv") - 1))"
rm -rf "$work"

awk 'NR==1{b=$2} {printf "%-10s ratio to baseline %.2f\n", $1, $2/b}' "$out/summary.txt"
