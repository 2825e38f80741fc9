# Shared by the bench scripts: source it.
# start_throwaway_pg: starts a PostgreSQL cluster in a temp folder on a free port; sets pgbin, pgdir, port and pg_connection,
# and stops and removes it on exit.
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_throwaway_pg() {
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$pgbin" ] || return 1
  pgdir=$(mktemp -d /tmp/goldenthread-bench-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
  port=${1:-56432}
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  run_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust --no-sync >/dev/null
  run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  pg_connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  trap 'run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"' EXIT
}
