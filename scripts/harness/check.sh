#!/usr/bin/env bash
# check.sh - smoke-test a running harness with the psql and mariadb command-line clients: every
# login method, TLS verify-full (and its wrong-host / wrong-CA failures), routing by session
# attributes, read-only standby and replica, replication round trips. One line per check, then
# "N passed, M failed"; exits non-zero when a check did not behave as expected.
set -uo pipefail
harness_tag=check
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
load_env
CA=$HARNESS_SSL_CA; OTHER_CA=$HARNESS_SSL_OTHER_CA
CERT=$HARNESS_SSL_CLIENT_CERT; KEY=$HARNESS_SSL_CLIENT_KEY
P=$HARNESS_PG_PRIMARY_PORT; SB=$HARNESS_PG_STANDBY_PORT
M=$HARNESS_MY_PRIMARY_PORT; R=$HARNESS_MY_REPLICA_PORT; M8=${HARNESS_MY8_PORT:-}

bad=0; n=0
oneline() { tr '\n' ' ' | cut -c1-"$1"; }
# ok NAME CMD... : CMD must succeed.   no NAME CMD... : CMD must fail.
ok() {
  local name=$1 out; shift; n=$((n + 1))
  if out=$("$@" 2>&1); then echo "ok    $name: $(echo "$out" | oneline 100)"
  else bad=$((bad + 1)); echo "FAIL  $name (expected success): $(echo "$out" | oneline 200)"; fi
}
no() {
  local name=$1 out; shift; n=$((n + 1))
  if out=$("$@" 2>&1); then bad=$((bad + 1)); echo "FAIL  $name (expected an error): $(echo "$out" | oneline 100)"
  else echo "ok    $name -> refused: $(echo "$out" | oneline 110)"; fi
}
eq() {  # WANT CMD...: CMD prints exactly WANT
  local want=$1 got; shift
  got=$("$@") || return 1
  [ "$got" = "$want" ] || { echo "got '$got', want '$want'"; return 1; }
  echo "$got"
}
pg() { local pw=$1 conn=$2 sql=$3; PGPASSWORD=$pw PGOPTIONS='-c client_min_messages=warning' psql -X -At "$conn connect_timeout=5" -c "$sql"; }
my() { mariadb --no-defaults --connect-timeout=5 "$@"; }
tls() { echo --ssl-ca="$CA" --ssl-verify-server-cert; }
ssl_version() { echo "show status like 'Ssl_version'"; }

pg_checks() {
  local s="dbname=test user=scram_user"
  ok "pg scram verify-full + channel_binding" pg scram_pw "host=localhost port=$P $s sslmode=verify-full sslrootcert=$CA channel_binding=require" "select current_user"
  ok "pg md5"                      pg md5_pw   "host=127.0.0.1 port=$P user=md5_user dbname=test sslmode=disable" "select current_user"
  ok "pg password (cleartext)"     pg clear_pw "host=127.0.0.1 port=$P user=clear_user dbname=test sslmode=disable" "select current_user"
  ok "pg trust"                    pg ""       "host=127.0.0.1 port=$P user=trust_user dbname=test" "select current_user"
  ok "pg ::1"                      pg scram_pw "host=::1 port=$P $s sslmode=verify-full sslrootcert=$CA" "select inet_client_addr()"
  ok "pg client certificate"       pg ""       "host=localhost port=$P user=cert_user dbname=test sslmode=verify-full sslrootcert=$CA sslcert=$CERT sslkey=$KEY" "select current_user"
  no "pg ssl_user without TLS"     pg ssl_pw   "host=localhost port=$P user=ssl_user dbname=test sslmode=disable" "select 1"
  no "pg scram wrong password"     pg nope     "host=localhost port=$P $s" "select 1"
  no "pg verify-full 127.0.0.2"    pg scram_pw "host=127.0.0.2 port=$P $s sslmode=verify-full sslrootcert=$CA" "select 1"
  no "pg verify-full other CA"     pg scram_pw "host=localhost port=$P $s sslmode=verify-full sslrootcert=$OTHER_CA" "select 1"
  ok "pg read-write picks primary" eq "$P"  pg scram_pw "host=localhost,localhost port=$SB,$P $s target_session_attrs=read-write" "select inet_server_port()"
  ok "pg primary picks primary"    eq "$P"  pg scram_pw "host=localhost,localhost port=$SB,$P $s target_session_attrs=primary" "select inet_server_port()"
  ok "pg read-only picks standby"  eq "$SB" pg scram_pw "host=localhost,localhost port=$P,$SB $s target_session_attrs=read-only" "select inet_server_port()"
  ok "pg standby picks standby"    eq "$SB" pg scram_pw "host=localhost,localhost port=$P,$SB $s target_session_attrs=standby" "select inet_server_port()"
  ok "pg standby in recovery"      eq t  pg scram_pw "host=localhost port=$SB $s" "select pg_is_in_recovery()"
  ok "pg standby read-only"        eq on pg scram_pw "host=localhost port=$SB $s" "show transaction_read_only"
  ok "pg replication streaming"    eq "pg_standby1 streaming" psql -X -At -h "$HARNESS_PG_SOCKET_DIR" -p "$P" -U postgres -c "select application_name || ' ' || state from pg_stat_replication"
  no "pg write on standby"         pg test "host=127.0.0.1 port=$SB user=test dbname=test" "create table harness_check_x(i int)"
}

mariadb_checks() {
  ok "mariadb test/test TLS verify"   my -h127.0.0.1 -P"$M" -utest -ptest $(tls) -Nse "select current_user()"
  ok "mariadb mysql_native_password"  my -h127.0.0.1 -P"$M" -unative_user -pnative_pw --skip-ssl -Nse "select current_user()"
  ok "mariadb client_ed25519"         my -h127.0.0.1 -P"$M" -ued_user -ped_pw --skip-ssl -Nse "select current_user()"
  ok "mariadb REQUIRE SSL over TLS"   my -h127.0.0.1 -P"$M" -ussl_user -pssl_pw --ssl -Nse "select current_user()"
  ok "mariadb X509 client cert"       my -h127.0.0.1 -P"$M" -ucert_user --ssl-cert="$CERT" --ssl-key="$KEY" $(tls) -Nse "select current_user()"
  ok "mariadb ::1"                    my -h::1 -P"$M" -utest -ptest -Nse "select 1"
  no "mariadb REQUIRE SSL without TLS" my -h127.0.0.1 -P"$M" -ussl_user -pssl_pw --skip-ssl -Nse "select 1"
  no "mariadb verify 127.0.0.2"       my -h127.0.0.2 -P"$M" -utest -ptest $(tls) -Nse "select 1"
  no "mariadb verify other CA"        my -h127.0.0.1 -P"$M" -utest -ptest --ssl-ca="$OTHER_CA" --ssl-verify-server-cert -Nse "select 1"
  ok "mariadb replica read_only"      eq 1 my -h127.0.0.1 -P"$R" -utest -ptest -Nse "select @@read_only"
  ok "mariadb replica running"        eq ON my -h127.0.0.1 -P"$R" -uadmin -padmin -Nse "select variable_value from information_schema.global_status where variable_name = 'Slave_running'"
  no "mariadb write on replica"       my -h127.0.0.1 -P"$R" -utest -ptest -Nse "create table test.harness_check_x(i int)"
}

mysql8_checks() {
  [ -n "$M8" ] || { echo "skip  MySQL 8 (no HARNESS_MY8_PORT in harness.env)"; return 0; }
  ok "mysql8 version"                  eq "$HARNESS_MY8_VERSION" my -h127.0.0.1 -P"$M8" -utest -ptest $(tls) -Nse "select version()"
  ok "mysql8 caching_sha2 TLS verify"  my -h localhost --protocol=tcp -P"$M8" -usha2_user -psha2_pw $(tls) -Nse "$(ssl_version)"
  ok "mysql8 sha256_password TLS"      my -h127.0.0.1 -P"$M8" -usha256_user -psha256_pw $(tls) -Nse "$(ssl_version)"
  ok "mysql8 sha256_password RSA (no TLS)" my -h127.0.0.1 -P"$M8" -usha256_user -psha256_pw --skip-ssl -Nse "select current_user()"
  ok "mysql8 mysql_native_password"    my -h127.0.0.1 -P"$M8" -unative_user -pnative_pw --skip-ssl -Nse "select current_user()"
  ok "mysql8 ::1 caching_sha2"         my -h::1 -P"$M8" -usha2_user -psha2_pw $(tls) -Nse "select current_user()"
  ok "mysql8 X509 client cert"         my -h127.0.0.1 -P"$M8" -ucert_user --ssl-cert="$CERT" --ssl-key="$KEY" $(tls) -Nse "select current_user()"
  no "mysql8 caching_sha2 wrong password" my -h127.0.0.1 -P"$M8" -usha2_user -pnope $(tls) -Nse "select 1"
  no "mysql8 REQUIRE SSL without TLS"  my -h127.0.0.1 -P"$M8" -ussl_user -pssl_pw --skip-ssl -Nse "select 1"
  no "mysql8 verify 127.0.0.2"         my -h127.0.0.2 -P"$M8" -usha2_user -psha2_pw $(tls) -Nse "select 1"
}

# A row written on each primary shows up on its standby / replica.
round_trips() {
  local tag=$RANDOM$RANDOM
  pg test "host=127.0.0.1 port=$P user=test dbname=test" \
    "create table if not exists harness_check(v text); insert into harness_check values ('$tag')" >/dev/null
  my -h127.0.0.1 -P"$M" -utest -ptest -e \
    "create table if not exists test.harness_check(v varchar(40)); insert into test.harness_check values ('$tag')"
  rt_pg() { [ "$(pg test "host=127.0.0.1 port=$SB user=test dbname=test" "select count(*) from harness_check where v = '$tag'")" = 1 ]; }
  rt_my() { [ "$(my -h127.0.0.1 -P"$R" -utest -ptest -Nse "select count(*) from test.harness_check where v = '$tag'")" = 1 ]; }
  ok "pg primary -> standby row"        wait_until 10 rt_pg
  ok "mariadb primary -> replica row"   wait_until 10 rt_my
}

pg_checks
mariadb_checks
mysql8_checks
round_trips
echo "$((n - bad)) passed, $bad failed"
[ "$bad" = 0 ]
