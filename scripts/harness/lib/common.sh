# Sourced by the sqlwire harness scripts (up.sh, down.sh, check.sh, fault.sh): settings and small helpers.
#
# Every setting can be overridden from the environment with the same name harness.env uses, so a
# second harness can run beside the default one:
#   HARNESS_DIR (/tmp/sqlwire-harness)  HARNESS_PG_PRIMARY_PORT (55432)  HARNESS_PG_STANDBY_PORT (55433)
#   HARNESS_MY_PRIMARY_PORT (53306)     HARNESS_MY_REPLICA_PORT (53307)  HARNESS_MY8_PORT (53308)

H=${HARNESS_DIR:-/tmp/sqlwire-harness}
H=${H%/}
HARNESS_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SQLWIRE_ROOT=$(cd "$HARNESS_SCRIPTS/../.." && pwd)

harness_t0=$(date +%s%N)
harness_tag=${harness_tag:-harness}
log() { printf '[%s %6sms] %s\n' "$harness_tag" $(( ($(date +%s%N) - harness_t0) / 1000000 )) "$*"; }
die() { echo "$harness_tag: ERROR: $*" >&2; exit 1; }

# wait_until TIMEOUT_S CMD... : run CMD every 50 ms until it succeeds or the time is up
wait_until() {
  local limit=$(( $(date +%s) + $1 )); shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$limit" ] || return 1
    sleep 0.05
  done
}

# The VM's PID 1 reaps orphaned zombies only every ~2 s and kill -0 succeeds on a zombie, so a
# zombie counts as dead - but only once its last thread is gone: a killed mysqld's leader turns Z
# while another thread still tears down, and its listening sockets stay open until then.
alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  awk '/^State:/ {z = ($2 == "Z")} /^Threads:/ {t = $2} END {exit !(z && t <= 1)}' "/proc/$1/status" 2>/dev/null && return 1
  return 0
}
children() { ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' '; }
wait_gone() {  # PID TIMEOUT_S
  local limit=$(( $(date +%s) + $2 ))
  while alive "$1"; do
    [ "$(date +%s)" -lt "$limit" ] || return 1
    sleep 0.05
  done
}

# A TCP port on 127.0.0.1 accepts connections.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Fault rules of this harness live in their own nft table, named after the harness directory, so
# two harnesses on one machine never remove each other's rules.
nft_table() { echo "sqlwire_$(printf '%s' "$H" | cksum | cut -d' ' -f1)"; }

# The value of a <property> in the root POM (versions are pinned there).
pom_property() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$SQLWIRE_ROOT/pom.xml" | head -1; }

# apt-get install PACKAGES... (quietly; updates the index once per run)
apt_install() {
  log "apt-get install $*"
  if [ -z "${harness_apt_updated:-}" ]; then apt-get update -qq; harness_apt_updated=1; fi
  local out
  if ! out=$(DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" 2>&1); then
    echo "$out" >&2
    die "apt-get install $* failed"
  fi
}

# The newest PostgreSQL server binaries installed from Debian's packages.
find_pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

load_env() {
  [ -f "$H/harness.env" ] || die "no $H/harness.env: run scripts/harness/up.sh (or set HARNESS_DIR)"
  # shellcheck disable=SC1091
  . "$H/harness.env"
}
