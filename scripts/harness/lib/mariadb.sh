# Sourced by up.sh and fault.sh: MariaDB primary + GTID read-only replica under $H/mariadb.
# Needs: H, MY_PRIMARY_PORT, MY_REPLICA_PORT, S (TLS dir). The servers run as the mysql user.
MYH=$H/mariadb

my_write_cnf() {  # NAME PORT SERVER_ID EXTRA-LINES...
  local name=$1 port=$2 sid=$3; shift 3
  {
    echo "[mariadbd]"
    echo "datadir=$MYH/$name"
    echo "port=$port"
    echo "bind-address=127.0.0.1,127.0.0.2,::1"
    echo "socket=$MYH/$name.sock"
    echo "pid-file=$MYH/$name.pid"
    echo "log-error=$MYH/$name.err"
    echo "user=mysql"
    echo "skip-name-resolve"
    echo "max-connect-errors=1000000"
    echo "server-id=$sid"
    echo "log-bin=mysql-bin"
    echo "log-slave-updates"
    echo "binlog-format=ROW"
    echo "ssl-ca=$MYH/ssl/ca.crt"
    echo "ssl-cert=$MYH/ssl/server.crt"
    echo "ssl-key=$MYH/ssl/server.key"
    echo "plugin-load-add=auth_ed25519"
    echo "character-set-server=utf8mb4"
    echo "collation-server=utf8mb4_general_ci"
    echo "max-connections=200"
    echo "innodb-buffer-pool-size=64M"
    echo "innodb-flush-log-at-trx-commit=2"
    echo "sync-binlog=0"
    echo "performance-schema=OFF"
    # quicker stop/start for fault tests
    echo "innodb-buffer-pool-dump-at-shutdown=OFF"
    echo "innodb-buffer-pool-load-at-startup=OFF"
    for e in "$@"; do echo "$e"; done
  } > "$MYH/$name.cnf"
}

# setsid: the server gets its own session and outlives the script; --defaults-file must come first
my_start() {  # primary|replica
  setsid mariadbd --defaults-file="$MYH/$1.cnf" < /dev/null >> "$MYH/$1.out" 2>&1 &
  STARTED_PID=$!
}
my_ping() { mariadb-admin --no-defaults -uroot --socket="$MYH/$1.sock" ping; }
my_root() {  # primary|replica, then mariadb CLI arguments
  local n=$1; shift
  mariadb --no-defaults -uroot --socket="$MYH/$n.sock" "$@"
}

my_users_sql() {
  cat <<'SQL'
CREATE USER 'repl'@'%' IDENTIFIED BY 'repl';
GRANT REPLICATION SLAVE, REPLICATION SLAVE ADMIN ON *.* TO 'repl'@'%';
CREATE USER 'admin'@'%' IDENTIFIED BY 'admin';
GRANT ALL PRIVILEGES ON *.* TO 'admin'@'%' WITH GRANT OPTION;
CREATE DATABASE test CHARACTER SET utf8mb4;
CREATE USER 'test'@'%' IDENTIFIED BY 'test';
CREATE USER 'native_user'@'%' IDENTIFIED VIA mysql_native_password USING PASSWORD('native_pw');
CREATE USER 'ed_user'@'%' IDENTIFIED VIA ed25519 USING PASSWORD('ed_pw');
CREATE USER 'ssl_user'@'%' IDENTIFIED BY 'ssl_pw' REQUIRE SSL;
CREATE USER 'cert_user'@'%' REQUIRE SUBJECT '/CN=cert_user' AND ISSUER '/CN=sqlwire-test-ca';
GRANT ALL PRIVILEGES ON test.* TO 'test'@'%', 'native_user'@'%', 'ed_user'@'%', 'ssl_user'@'%', 'cert_user'@'%';
SQL
}

# Point NAME at the primary on PORT as a read-only GTID replica.
my_replicate_from() {  # primary|replica PORT
  my_root "$1" -e "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$2, MASTER_USER='repl',
    MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1; START SLAVE;"
}

setup_mariadb() {
  mkdir -p "$MYH"
  chown mysql:mysql "$MYH"
  log "MariaDB: mariadb-install-db"
  mariadb-install-db --no-defaults --datadir="$MYH/template" --user=mysql --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve > "$MYH/install-db.log" 2>&1 \
    || { cat "$MYH/install-db.log" >&2; die "mariadb-install-db failed"; }
  # identical starting datadirs: the replica can replay the primary's binlog from its first event
  cp -a "$MYH/template" "$MYH/primary"
  mv "$MYH/template" "$MYH/replica"
  my_write_cnf primary "$MY_PRIMARY_PORT" 1
  my_write_cnf replica "$MY_REPLICA_PORT" 2 "read-only=1" "relay-log=relay-bin"
  tls_wait
  mkdir -p "$MYH/ssl"
  install -m 644 "$S/ca.crt" "$S/server.crt" "$MYH/ssl/"
  install -m 600 "$S/server.key" "$MYH/ssl/server.key"
  chown -R mysql:mysql "$MYH/ssl"

  log "MariaDB: start primary :$MY_PRIMARY_PORT, replica :$MY_REPLICA_PORT"
  my_start primary
  my_start replica
  wait_until 60 my_ping primary || { tail -20 "$MYH/primary.err" >&2; die "MariaDB primary did not start"; }
  wait_until 60 my_ping replica || { tail -20 "$MYH/replica.err" >&2; die "MariaDB replica did not start"; }
  my_users_sql | my_root primary
  my_replicate_from replica "$MY_PRIMARY_PORT"
  local gtid
  gtid=$(my_root primary -Nse "select @@gtid_binlog_pos")
  [ "$(my_root replica -Nse "select master_gtid_wait('$gtid', 30)")" = 0 ] \
    || { my_root replica -e "show slave status\G" | grep -E 'Running|Error' >&2; die "MariaDB replica did not catch up"; }
  log "MariaDB: ready"
}
