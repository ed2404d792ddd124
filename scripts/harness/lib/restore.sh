# Sourced by fault.sh: `fault.sh restore` brings the harness back to the topology up.sh made
# (pg-primary writable with pg-standby streaming from it, my-primary writable with my-replica
# replicating read-only from it, my8 up), whatever kills, promotions and re-joins came before.
# Writes made on a promoted PostgreSQL standby are discarded (pg_rewind); writes made on a promoted
# MariaDB replica are first replicated back to the primary.

pg_query() { psql -X -At -h "$HARNESS_PG_SOCKET_DIR" -p "$1" -U postgres -d postgres -c "$2"; }
pg_in_recovery() { [ "$(pg_query "$1" 'select pg_is_in_recovery()')" = t ]; }

restore_pg() {
  local p=$HARNESS_PG_PRIMARY_PORT sb=$HARNESS_PG_STANDBY_PORT
  server_start pg-primary >/dev/null
  if pg_in_recovery "$p"; then
    log "pg-primary is a standby: switching roles back"
    server_stop pg-standby >/dev/null
    server_promote pg-primary
  fi
  if ! is_up pg-standby && [ -f "$HARNESS_PG_STANDBY_DATA/standby.signal" ]; then
    server_start pg-standby >/dev/null
  fi
  if ! is_up pg-standby || ! pg_in_recovery "$sb" || ! wait_until 15 pg_streaming; then
    log "pg-standby: re-joining pg-primary"
    pg_rejoin pg-standby "$p"
    wait_until 30 pg_streaming || die "pg-standby does not stream from pg-primary"
  fi
}

my_q() { my_root "$1" -Nse "$2"; }
my_slave_field() {  # primary|replica FIELD
  my_root "$1" -e 'SHOW SLAVE STATUS\G' | awk -F': ' -v k="$2" '{sub(/^ +/, "", $1)} $1 == k {print $2}'
}
my_replicating() {  # primary|replica MASTER_PORT
  [ "$(my_slave_field "$1" Master_Port)" = "$2" ] && [ "$(my_slave_field "$1" Slave_IO_Running)" = Yes ] \
    && [ "$(my_slave_field "$1" Slave_SQL_Running)" = Yes ]
}
my_caught_up() {  # FROM TO: TO has applied everything FROM has in its binlog
  local gtid
  gtid=$(my_q "$1" 'select @@gtid_binlog_pos')
  [ "$(my_q "$2" "select master_gtid_wait('$gtid', 30)")" = 0 ]
}

restore_mariadb() {
  local mp=$HARNESS_MY_PRIMARY_PORT
  server_start my-primary >/dev/null
  server_start my-replica >/dev/null
  if [ "$(my_q replica 'select @@read_only')" = 0 ]; then
    log "my-replica is writable: my-primary catches up from it, then the roles switch back"
    my_rejoin my-primary "$HARNESS_MY_REPLICA_PORT"
    my_caught_up replica primary || die "my-primary cannot catch up with my-replica (diverged?): run down.sh and up.sh"
  fi
  server_promote my-primary
  # a replica that is set up right may still be reconnecting to a restarted primary: give it a moment
  if [ "$(my_slave_field replica Master_Port)" != "$mp" ] || ! wait_until 5 my_replicating replica "$mp"; then
    log "my-replica: re-joining my-primary"
    my_rejoin my-replica "$mp"
    wait_until 30 my_replicating replica "$mp" || die "my-replica does not replicate from my-primary"
  fi
  my_root replica -e "SET GLOBAL read_only=1"
  my_caught_up primary replica || die "my-replica did not catch up with my-primary"
}

restore_all() {
  local name pids
  fault_clear
  for name in $SERVER_NAMES; do
    pids=$(server_pids "$name")
    [ -z "$pids" ] || kill -CONT $pids 2>/dev/null || true
  done
  restore_pg
  restore_mariadb
  server_start my8 >/dev/null
}
