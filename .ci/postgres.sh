#!/usr/bin/env bash
# A throwaway PostgreSQL for CI and local runs of the store tests.
#
#   eval "$(bash .ci/postgres.sh)"     # installs if missing, starts (or reuses) a cluster, prints
#                                      #   export FAULTLINE_PG_URL='jdbc:postgresql://127.0.0.1:PORT/faultline?user=postgres'
#   bash .ci/postgres.sh stop          # stops it and removes its folder
#
# The cluster lives in $FAULTLINE_PG_DIR (default: $TMPDIR/faultline-ci-pg), listens on loopback only,
# trusts local connections (it holds test data only), and runs without fsync for speed. Running it
# again reuses the running cluster, or restarts the stopped one, so it is idempotent and fast.
# PostgreSQL refuses to run as root: as root, the server runs as the postgres user.
# Only the export line goes to stdout; everything else goes to stderr.
set -euo pipefail
exec 3>&1 1>&2

dir="${FAULTLINE_PG_DIR:-${TMPDIR:-/tmp}/faultline-ci-pg}"
data="$dir/data"
database=faultline

log() { echo "postgres.sh: $*"; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return; }
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
  fi
}

bin="$(find_bin)"
if [[ -z "$bin" && "${1:-}" != stop ]]; then
  log "installing PostgreSQL (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin="$(find_bin)"
  [[ -n "$bin" ]] || { log "PostgreSQL was installed but initdb/pg_ctl are still missing"; exit 1; }
fi

# As root, run the server's tools as the postgres user; otherwise as whoever runs this.
as_owner=()
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  as_owner=(runuser -u postgres --)
fi
# fd 3 (our stdout) is closed for them: a server started holding it would keep $(...) in .ci/run waiting forever.
pg() { "${as_owner[@]}" "$bin/$1" "${@:2}" 3>&-; }

if [[ "${1:-}" == stop ]]; then
  if [[ -f "$data/postmaster.pid" && -n "$bin" ]]; then
    pg pg_ctl -D "$data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
  exit 0
fi

port_free() { ! (exec 9<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if [[ -f "$dir/port" ]]; then
  port="$(cat "$dir/port")"
else
  port="${FAULTLINE_PG_PORT:-54329}"
  while ! port_free "$port"; do port=$((port + 1)); done
fi

if [[ ! -f "$data/PG_VERSION" ]]; then
  log "creating a cluster in $data"
  rm -rf "$dir"
  mkdir -p "$dir"
  [[ ${#as_owner[@]} -eq 0 ]] || chown postgres: "$dir"
  pg initdb -D "$data" -A trust -U postgres -E UTF8 --no-locale --no-sync >/dev/null
  echo "$port" >"$dir/port"
fi

if pg pg_ctl -D "$data" status >/dev/null 2>&1; then
  log "reusing the cluster running in $data on port $port"
else
  port_free "$port" || { log "port $port is taken by something else; run '$0 stop' and try again"; exit 1; }
  log "starting PostgreSQL ($bin) on 127.0.0.1:$port"
  if ! pg pg_ctl -D "$data" -l "$dir/log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null; then
    log "PostgreSQL did not start; its log:"
    tail -n 30 "$dir/log" || true
    exit 1
  fi
fi

psql_() { "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres "$@"; }
if [[ "$(psql_ -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
  psql_ -d postgres -c "CREATE DATABASE $database" >/dev/null
  log "created database $database"
fi

echo "export FAULTLINE_PG_URL='jdbc:postgresql://127.0.0.1:$port/$database?user=postgres'" >&3
