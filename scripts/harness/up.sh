#!/usr/bin/env bash
# up.sh - start the sqlwire test servers on loopback (Debian 12, as root) and write harness.env.
#
#   PostgreSQL 15 (Debian)     primary   127.0.0.1:55432   streaming hot standby 127.0.0.1:55433
#   MariaDB 10.11 (Debian)     primary   127.0.0.1:53306   GTID read_only replica 127.0.0.1:53307
#   MySQL 8.0.31 (Maven jar)   single    127.0.0.1:53308
#
# Every server also listens on 127.0.0.2 and ::1, with TLS on: the test CA signed a server
# certificate for localhost, 127.0.0.1 and ::1, so 127.0.0.2 is the "wrong host name" address.
# Accounts are listed at the end of the run; connection facts go to $HARNESS_DIR/harness.env.
#
# Environment: HARNESS_CACHE (unpacked MySQL 8 and its data template; ~/.cache/sqlwire-harness), HARNESS_DIR (default /tmp/sqlwire-harness), HARNESS_PG_PRIMARY_PORT, HARNESS_PG_STANDBY_PORT,
# HARNESS_MY_PRIMARY_PORT, HARNESS_MY_REPLICA_PORT, HARNESS_MY8_PORT, PGBIN, HARNESS_KEEP_ON_FAILURE=1
# (leave a failed start for inspection instead of running down.sh).
#
# Idempotent: an existing $HARNESS_DIR is torn down first. Missing Debian packages are installed.
# The three engines are set up concurrently. Companions: check.sh, fault.sh, down.sh.
set -euo pipefail
harness_tag=up
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
for lib in tls pg mariadb mysql8; do
  # shellcheck disable=SC1090
  . "$HARNESS_SCRIPTS/lib/$lib.sh"
done

PG_PRIMARY_PORT=${HARNESS_PG_PRIMARY_PORT:-55432}
PG_STANDBY_PORT=${HARNESS_PG_STANDBY_PORT:-55433}
MY_PRIMARY_PORT=${HARNESS_MY_PRIMARY_PORT:-53306}
MY_REPLICA_PORT=${HARNESS_MY_REPLICA_PORT:-53307}
MY8_PORT=${HARNESS_MY8_PORT:-53308}

[ "$(id -u)" = 0 ] || die "must run as root (uses runuser, chown, apt-get)"

install_missing_packages() {
  local need=()
  PGBIN=${PGBIN:-$(find_pgbin)}
  [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/pg_basebackup" ] || need+=(postgresql)
  command -v mariadbd >/dev/null 2>&1 || need+=(mariadb-server)
  command -v openssl  >/dev/null 2>&1 || need+=(openssl)
  command -v runuser  >/dev/null 2>&1 || need+=(util-linux)
  command -v unzip    >/dev/null 2>&1 || need+=(unzip)
  command -v ss       >/dev/null 2>&1 || need+=(iproute2)
  if [ ${#need[@]} -gt 0 ]; then
    apt_install "${need[@]}"
    PGBIN=$(find_pgbin)
  fi
  getent passwd postgres >/dev/null || die "no 'postgres' user (the postgresql package creates it)"
  getent passwd mysql    >/dev/null || die "no 'mysql' user (the mariadb-server package creates it)"
}

BG_PIDS=()
on_exit() {
  local rc=$?
  [ "$rc" = 0 ] && return 0
  for p in "${BG_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${HARNESS_KEEP_ON_FAILURE:-0}" = 1 ]; then
    echo "up: failed; $H left for inspection (scripts/harness/down.sh removes it)" >&2
  else
    echo "up: failed; running down.sh" >&2
    HARNESS_DIR=$H bash "$HARNESS_SCRIPTS/down.sh" >&2 || true
  fi
  exit "$rc"
}

smoke_checks() {
  local ca=$S/ca.crt
  pgq() {
    PGPASSWORD=scram_pw psql -X -At -c "$2" \
      "host=localhost port=$1 user=scram_user dbname=test sslmode=verify-full sslrootcert=$ca connect_timeout=10"
  }
  myq() {
    mariadb --no-defaults --connect-timeout=10 -h127.0.0.1 -P"$1" -u"$2" -p"$3" --ssl-ca="$ca" \
      --ssl-verify-server-cert -Nse "$4"
  }
  [ "$(pgq "$PG_PRIMARY_PORT" 'select pg_is_in_recovery()')" = f ] || die "PG primary is in recovery"
  [ "$(pgq "$PG_STANDBY_PORT" 'select pg_is_in_recovery()')" = t ] || die "PG standby is not in recovery"
  [ "$(pgq "$PG_STANDBY_PORT" 'show transaction_read_only')" = on ] || die "PG standby is not read-only"
  [ "$(myq "$MY_PRIMARY_PORT" test test 'select @@read_only')" = 0 ] || die "MariaDB primary is read-only"
  [ "$(myq "$MY_REPLICA_PORT" test test 'select @@read_only')" = 1 ] || die "MariaDB replica is not read-only"
  [ "$(myq "$MY8_PORT" sha2_user sha2_pw 'select current_user()')" = 'sha2_user@%' ] \
    || die "MySQL 8 caching_sha2_password over TLS failed"
}

write_env() {
  local tmp=$H/harness.env.tmp
  cat > "$tmp" <<ENV
# written by scripts/harness/up.sh; shell KEY=VALUE lines (tests read it through SQLWIRE_HARNESS_ENV)
HARNESS_DIR=$H
HARNESS_SCRIPTS=$HARNESS_SCRIPTS
HARNESS_NFT_TABLE=$(nft_table)
HARNESS_SSL_CA=$S/ca.crt
HARNESS_SSL_OTHER_CA=$S/other-ca.crt
HARNESS_SSL_SERVER_CERT=$S/server.crt
HARNESS_SSL_CLIENT_CERT=$S/client.crt
HARNESS_SSL_CLIENT_KEY=$S/client.key
HARNESS_SSL_CLIENT_KEY_PK8=$S/client.pk8
HARNESS_SSL_CLIENT_P12=$S/client.p12
HARNESS_SSL_TRUSTSTORE_P12=$S/truststore.p12
HARNESS_PG_BIN=$PGBIN
HARNESS_PG_VERSION=$("$PGBIN/postgres" --version | awk '{print $3}')
HARNESS_PG_SOCKET_DIR=$PGH
HARNESS_PG_PRIMARY_PORT=$PG_PRIMARY_PORT
HARNESS_PG_STANDBY_PORT=$PG_STANDBY_PORT
HARNESS_PG_PRIMARY_DATA=$PGH/primary
HARNESS_PG_STANDBY_DATA=$PGH/standby
HARNESS_MY_VERSION=$(mariadbd --version | sed -n 's/.*Ver \([0-9.]*\).*/\1/p')
HARNESS_MY_PRIMARY_PORT=$MY_PRIMARY_PORT
HARNESS_MY_REPLICA_PORT=$MY_REPLICA_PORT
HARNESS_MY_PRIMARY_SOCKET=$MYH/primary.sock
HARNESS_MY_REPLICA_SOCKET=$MYH/replica.sock
HARNESS_MY_PRIMARY_CNF=$MYH/primary.cnf
HARNESS_MY_REPLICA_CNF=$MYH/replica.cnf
HARNESS_MY8_VERSION=$("$M8BASE/bin/mysqld" --version | sed -n 's/.*Ver \([0-9.]*\).*/\1/p')
HARNESS_MY8_PORT=$MY8_PORT
HARNESS_MY8_SOCKET=$M8H/my8.sock
HARNESS_MY8_BASE=$M8BASE
HARNESS_MY8_DATA=$M8H/data
HARNESS_MY8_CNF=$M8H/my8.cnf
ENV
  mv "$tmp" "$H/harness.env"
}

print_summary() {
  . "$H/harness.env"
  cat <<SUMMARY
PostgreSQL $HARNESS_PG_VERSION  primary 127.0.0.1:$PG_PRIMARY_PORT  standby 127.0.0.1:$PG_STANDBY_PORT (streaming, hot standby)
  postgres/postgres (superuser) | test/test (owns db test) | scram_user/scram_pw | md5_user/md5_pw (md5)
  clear_user/clear_pw (password) | ssl_user/ssl_pw (TLS only) | cert_user (client cert) | trust_user | repl/repl
MariaDB $HARNESS_MY_VERSION  primary 127.0.0.1:$MY_PRIMARY_PORT  replica 127.0.0.1:$MY_REPLICA_PORT (GTID, read_only=1)
  admin/admin | test/test (db test) | native_user/native_pw | ed_user/ed_pw (ed25519) | ssl_user/ssl_pw (REQUIRE SSL)
  cert_user (REQUIRE SUBJECT /CN=cert_user) | repl/repl | root through the Unix socket only
MySQL $HARNESS_MY8_VERSION  127.0.0.1:$MY8_PORT
  admin/admin | test/test (db test) | sha2_user/sha2_pw (caching_sha2_password) | sha256_user/sha256_pw (sha256_password)
  native_user/native_pw | ssl_user/ssl_pw (REQUIRE SSL) | cert_user (REQUIRE SUBJECT) | root through the Unix socket only
TLS: CA $S/ca.crt; server cert for localhost, 127.0.0.1, ::1 (not 127.0.0.2)
Env: $H/harness.env   Stop: scripts/harness/down.sh
SUMMARY
}

install_missing_packages
if [ -e "$H" ]; then
  log "$H exists: running down.sh first"
  HARNESS_DIR=$H bash "$HARNESS_SCRIPTS/down.sh"
fi
for p in "$PG_PRIMARY_PORT" "$PG_STANDBY_PORT" "$MY_PRIMARY_PORT" "$MY_REPLICA_PORT" "$MY8_PORT"; do
  if port_open "$p"; then die "port $p is already in use (another harness? set HARNESS_*_PORT)"; fi
done
trap on_exit EXIT
mkdir -p "$H"
chmod 755 "$H"

# Everything runs at once: the certificates, and each engine's set-up up to the point where it
# needs them (tls_wait).
log "test CA + server and client certificates"
S=$H/ssl
start_tls "$S"; BG_PIDS+=("$TLS_PID")
M8BASE=$(my8_base_path)
setup_mysql8 & BG_PIDS+=($!)
setup_mariadb & BG_PIDS+=($!)
setup_pg
for p in "${BG_PIDS[@]}"; do wait "$p" || die "a server set-up failed (see the messages above)"; done
BG_PIDS=()

log "smoke checks"
smoke_checks
write_env
log "up"
print_summary
