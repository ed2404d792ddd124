# Sourced by fault.sh: per-server process control. Server names are the initial roles and do not
# follow promotions: pg-primary pg-standby my-primary my-replica my8.
SERVER_NAMES="pg-primary pg-standby my-primary my-replica my8"

pg_dir() {
  case $1 in
    pg-primary) echo "$HARNESS_PG_PRIMARY_DATA" ;;
    pg-standby) echo "$HARNESS_PG_STANDBY_DATA" ;;
    *) return 1 ;;
  esac
}
pg_port_of() { case $1 in pg-primary) echo "$HARNESS_PG_PRIMARY_PORT" ;; pg-standby) echo "$HARNESS_PG_STANDBY_PORT" ;; esac; }
my_name() { case $1 in my-primary) echo primary ;; my-replica) echo replica ;; *) return 1 ;; esac; }
check_name() {
  case " $SERVER_NAMES " in *" $1 "*) ;; *) die "unknown server '$1' (one of: $SERVER_NAMES)" ;; esac
}

# After a crash, postmaster.pid and the socket lock name a dead (maybe zombie) PID, and PostgreSQL
# would refuse to start.
pg_clear_stale() {  # DATADIR
  local d=$1 pm l
  [ -f "$d/postmaster.pid" ] || return 0
  pm=$(head -1 "$d/postmaster.pid")
  alive "$pm" && return 0
  rm -f "$d/postmaster.pid"
  for l in "$HARNESS_PG_SOCKET_DIR"/.s.PGSQL.*.lock; do
    [ -f "$l" ] && [ "$(head -1 "$l")" = "$pm" ] && rm -f "$l" "${l%.lock}"
  done
  return 0
}

# The same for MySQL 8: its socket lock file names the dead PID, and mysqld refuses to start while
# kill -0 succeeds on it (it does on a zombie).
my8_clear_stale() {
  local pid
  [ -f "$M8H/my8.pid" ] || [ -f "$M8H/my8.sock.lock" ] || return 0
  pid=$(cat "$M8H/my8.pid" 2>/dev/null || true)
  alive "$pid" && return 0
  rm -f "$M8H/my8.pid" "$M8H/my8.sock" "$M8H/my8.sock.lock"
}

# wait_started PID CMD...: until CMD succeeds; gives up early when the server process PID died
wait_started() {
  local pid=$1 limit=$(( $(date +%s) + 60 )); shift
  until "$@" >/dev/null 2>&1; do
    if ! alive "$pid"; then "$@" >/dev/null 2>&1; return; fi
    [ "$(date +%s)" -lt "$limit" ] || return 1
    sleep 0.05
  done
}

# Every PID of a server: the postmaster and its children, or the one mysqld/mariadbd.
server_pids() {
  local d n pm pidf
  check_name "$1"
  if d=$(pg_dir "$1"); then
    [ -f "$d/postmaster.pid" ] || return 0
    pm=$(head -1 "$d/postmaster.pid")
    alive "$pm" || return 0
    echo "$pm" $(children "$pm")
    return 0
  fi
  if n=$(my_name "$1"); then pidf=$MYH/$n.pid; else pidf=$M8H/my8.pid; fi
  if [ -f "$pidf" ] && alive "$(cat "$pidf")"; then cat "$pidf"; fi
}
is_up() { [ -n "$(server_pids "$1")" ]; }

server_kill() {
  local pids p d
  pids=$(server_pids "$1"); [ -n "$pids" ] || die "$1 is not running"
  kill -CONT $pids 2>/dev/null
  kill -KILL $pids
  for p in $pids; do wait_gone "$p" 10 || die "$1 (pid $p) did not die"; done
  if d=$(pg_dir "$1"); then pg_clear_stale "$d"; elif [ "$1" = my8 ]; then my8_clear_stale; fi
}

server_stop() {
  local d n pid
  is_up "$1" || { echo "$1 is already down"; return 0; }
  kill -CONT $(server_pids "$1") 2>/dev/null
  if d=$(pg_dir "$1"); then
    pg_as "$PGBIN/pg_ctl" -D "$d" -m fast -w -t 60 stop >/dev/null
    return
  fi
  pid=$(server_pids "$1")
  if n=$(my_name "$1"); then my_root "$n" -e "SHUTDOWN"; else my8_root -e "SHUTDOWN"; fi
  wait_gone "$pid" 60 || die "$1 (pid $pid) did not shut down"
}

server_start() {
  local d n
  is_up "$1" && { echo "$1 is already up"; return 0; }
  if d=$(pg_dir "$1"); then
    pg_clear_stale "$d"
    pg_start "$d" || die "$1 did not start"
  elif n=$(my_name "$1"); then
    my_start "$n"
    wait_started "$STARTED_PID" my_ping "$n" || { tail -5 "$MYH/$n.err" >&2; die "$1 did not start"; }
  else
    my8_clear_stale
    my8_start
    wait_started "$STARTED_PID" my8_ping || { tail -5 "$M8H/my8.err" >&2; die "$1 did not start"; }
  fi
}

server_promote() {
  local d n
  if d=$(pg_dir "$1"); then
    pg_as "$PGBIN/pg_ctl" -D "$d" -w promote >/dev/null
  elif n=$(my_name "$1"); then
    my_root "$n" -e "STOP SLAVE; RESET SLAVE ALL; SET GLOBAL read_only=0;"
  else
    die "$1 has no replication role to promote"
  fi
}

# Turn a PostgreSQL server into a standby of the server on PRIMARY_PORT: pg_rewind, or a fresh
# pg_basebackup when the rewind fails.
pg_rejoin() {  # NAME PRIMARY_PORT
  local name=$1 pport=$2 d cluster
  d=$(pg_dir "$name") || die "not a PostgreSQL server: $name"
  is_up "$name" && pg_as "$PGBIN/pg_ctl" -D "$d" -m fast -w -t 60 stop >/dev/null
  pg_clear_stale "$d"
  # A just-promoted source still shows its old timeline in pg_control until its first checkpoint;
  # pg_rewind would then pick a wrong divergence point.
  psql -X -q -h "$HARNESS_PG_SOCKET_DIR" -p "$pport" -U postgres -d postgres -c CHECKPOINT
  if ! pg_as env PGPASSWORD=postgres "$PGBIN/pg_rewind" -D "$d" \
      --source-server="host=127.0.0.1 port=$pport user=postgres dbname=postgres" -R >/dev/null 2>&1; then
    echo "fault: pg_rewind failed, cloning $name again with pg_basebackup" >&2
    rm -rf "$d"
    pg_as env PGPASSWORD=repl "$PGBIN/pg_basebackup" -D "$d" -R -X stream -c fast --no-sync \
      -d "host=127.0.0.1 port=$pport user=repl sslmode=require"
  fi
  # pg_rewind and pg_basebackup copy the source's postgresql.conf: re-append this node's identity
  cluster=$([ "$name" = pg-primary ] && echo pg_primary || echo pg_standby1)
  printf "# ---- sqlwire harness: %s after rejoin ----\nport = %s\ncluster_name = '%s'\n" \
    "$name" "$(pg_port_of "$name")" "$cluster" >> "$d/postgresql.conf"
  pg_start "$d" || die "$name did not start as a standby"
}

# Make a MariaDB server a read-only GTID replica of the server on PRIMARY_PORT.
my_rejoin() {  # NAME PRIMARY_PORT
  local n
  n=$(my_name "$1") || die "not a MariaDB server: $1"
  my_root "$n" -e "STOP SLAVE; SET GLOBAL read_only=1; SET GLOBAL gtid_slave_pos=@@gtid_binlog_pos;"
  my_replicate_from "$n" "$2"
}
