# Sourced by up.sh and fault.sh: PostgreSQL primary + streaming hot standby under $H/pg.
# Needs: H, PGBIN, PG_PRIMARY_PORT, PG_STANDBY_PORT, S (TLS dir). PostgreSQL refuses to run as root,
# so every server command goes through `runuser -u postgres`.
PGH=$H/pg

pg_as() { runuser -u postgres -- "$@"; }

pg_write_conf() {  # DATADIR
  cat >> "$1/postgresql.conf" <<CONF

# ---- sqlwire harness ----
port = $PG_PRIMARY_PORT
cluster_name = 'pg_primary'
listen_addresses = '127.0.0.1,127.0.0.2,::1'
unix_socket_directories = '$PGH'
ssl = on
ssl_cert_file = '$PGH/ssl/server.crt'
ssl_key_file = '$PGH/ssl/server.key'
ssl_ca_file = '$PGH/ssl/ca.crt'
password_encryption = 'scram-sha-256'
max_connections = 200
shared_buffers = 64MB
wal_level = replica
max_wal_senders = 10
wal_keep_size = '256MB'
hot_standby = on
wal_log_hints = on
fsync = off
log_line_prefix = '%m [%p] %q%u@%d '
CONF
  # Order matters: the first matching line decides. cert_user must present a client certificate,
  # ssl_user is refused without TLS, and md5/password/trust users get those methods.
  cat > "$1/pg_hba.conf" <<'HBA'
# TYPE    DATABASE     USER         ADDRESS        METHOD
local     all          all                         trust
local     replication  all                         trust
hostssl   all          cert_user    127.0.0.0/8    cert
hostssl   all          cert_user    ::1/128        cert
hostnossl all          ssl_user     all            reject
host      all          md5_user     127.0.0.0/8    md5
host      all          md5_user     ::1/128        md5
host      all          clear_user   127.0.0.0/8    password
host      all          clear_user   ::1/128        password
host      all          trust_user   127.0.0.0/8    trust
host      all          trust_user   ::1/128        trust
host      all          all          127.0.0.0/8    scram-sha-256
host      all          all          ::1/128        scram-sha-256
host      replication  all          127.0.0.0/8    scram-sha-256
host      replication  all          ::1/128        scram-sha-256
HBA
  chown postgres:postgres "$1/pg_hba.conf"
}

pg_roles_sql() {
  cat <<'SQL'
CREATE ROLE repl       WITH REPLICATION LOGIN PASSWORD 'repl';
CREATE ROLE test       LOGIN PASSWORD 'test' CREATEDB;
CREATE ROLE scram_user LOGIN PASSWORD 'scram_pw';
CREATE ROLE ssl_user   LOGIN PASSWORD 'ssl_pw';
CREATE ROLE clear_user LOGIN PASSWORD 'clear_pw';
CREATE ROLE cert_user  LOGIN;
CREATE ROLE trust_user LOGIN;
-- md5 in pg_hba.conf needs an md5-hashed password, or the server silently does SCRAM instead
SET password_encryption = 'md5';
CREATE ROLE md5_user   LOGIN PASSWORD 'md5_pw';
RESET password_encryption;
CREATE DATABASE test OWNER test;
SQL
}

pg_start() {  # DATADIR
  pg_as "$PGBIN/pg_ctl" -D "$1" -l "$1.log" -w -t 60 start >/dev/null \
    || { tail -20 "$1.log" >&2; return 1; }
}

setup_pg() {
  mkdir -p "$PGH"
  printf 'postgres\n' > "$PGH/pwfile"
  chown -R postgres:postgres "$PGH"
  log "PG: initdb ($PGBIN)"
  # -k: data checksums, which pg_rewind (fault.sh pg-rejoin) needs
  pg_as "$PGBIN/initdb" -D "$PGH/primary" -U postgres --pwfile="$PGH/pwfile" -A scram-sha-256 \
    --auth-local=trust -E UTF8 --locale=C.UTF-8 -k --no-sync > "$PGH/initdb.log" 2>&1 \
    || { cat "$PGH/initdb.log" >&2; die "initdb failed"; }
  rm -f "$PGH/pwfile"
  pg_write_conf "$PGH/primary"
  tls_wait
  mkdir -p "$PGH/ssl"
  install -m 644 "$S/ca.crt" "$S/server.crt" "$PGH/ssl/"
  install -m 600 "$S/server.key" "$PGH/ssl/server.key"
  chown -R postgres:postgres "$PGH/ssl"
  chmod 700 "$PGH/ssl"
  log "PG: start primary :$PG_PRIMARY_PORT"
  pg_start "$PGH/primary" || die "PG primary did not start"
  local psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGH" -p "$PG_PRIMARY_PORT" -U postgres)
  pg_roles_sql | "${psql[@]}" -d postgres
  "${psql[@]}" -d test -c "GRANT CREATE, USAGE ON SCHEMA public TO PUBLIC"

  log "PG: pg_basebackup -> standby"
  pg_as env PGPASSWORD=repl "$PGBIN/pg_basebackup" \
    -d "host=127.0.0.1 port=$PG_PRIMARY_PORT user=repl application_name=pg_standby1 sslmode=require" \
    -D "$PGH/standby" -R -X stream -c fast --no-sync
  # the copied postgresql.conf names the primary's port; a later line wins
  printf "# ---- sqlwire harness: standby ----\nport = %s\ncluster_name = 'pg_standby1'\n" \
    "$PG_STANDBY_PORT" >> "$PGH/standby/postgresql.conf"
  log "PG: start standby :$PG_STANDBY_PORT"
  pg_start "$PGH/standby" || die "PG standby did not start"
  wait_until 30 pg_streaming || die "PG standby is not streaming"
  log "PG: ready"
}

pg_streaming() {
  [ "$(psql -X -At -h "$PGH" -p "$PG_PRIMARY_PORT" -U postgres -d postgres \
        -c "select count(*) from pg_stat_replication where state = 'streaming'")" -ge 1 ]
}
