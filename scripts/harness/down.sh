#!/usr/bin/env bash
# down.sh - stop every server up.sh started, remove this harness's fault rules, delete $HARNESS_DIR.
# Safe to run when nothing is up. Servers are found by the PIDs in their pid files under $HARNESS_DIR
# (never by process name alone), resumed first if a fault test froze them, then killed: the data is
# thrown away, so no clean shutdown is needed (HARNESS_GRACEFUL=1 asks for one).
set -uo pipefail
harness_tag=down
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

remove_fault_rules() {
  local table
  table=$(nft_table)
  if command -v nft >/dev/null 2>&1 && nft list table inet "$table" >/dev/null 2>&1; then
    nft delete table inet "$table" && log "removed nft table inet $table"
  fi
  [ -d "$H/faults" ] && HARNESS_DIR=$H bash "$HARNESS_SCRIPTS/fault.sh" unslow >/dev/null 2>&1
  return 0
}

declare -a PIDS=() NAMES=()
signal_server() {  # PID NAME SIGNAL: resume, signal, remember
  alive "$1" || return 0
  kill -CONT "$1" $(children "$1") 2>/dev/null
  kill "-$3" "$1" 2>/dev/null
  PIDS+=("$1"); NAMES+=("$2")
}

signal_all() {
  local d pidf graceful=${HARNESS_GRACEFUL:-0}
  for d in "$H"/pg/*/; do
    d=${d%/}
    [ -f "$d/postmaster.pid" ] || continue
    # PG: SIGQUIT = immediate shutdown, SIGTERM = smart
    signal_server "$(head -1 "$d/postmaster.pid")" "PostgreSQL ${d##*/}" "$([ "$graceful" = 1 ] && echo TERM || echo QUIT)"
  done
  for pidf in "$H"/mariadb/*.pid "$H"/mysql8/*.pid; do
    [ -f "$pidf" ] || continue
    signal_server "$(cat "$pidf")" "$(basename "$(dirname "$pidf")") $(basename "$pidf" .pid)" \
      "$([ "$graceful" = 1 ] && echo TERM || echo KILL)"
  done
}

wait_all() {
  local i pid
  for i in "${!PIDS[@]}"; do
    pid=${PIDS[$i]}
    if wait_gone "$pid" 20; then
      log "stopped ${NAMES[$i]} (pid $pid)"
    else
      kill -KILL "$pid" $(children "$pid") 2>/dev/null
      wait_gone "$pid" 5
      log "killed ${NAMES[$i]} (pid $pid)"
    fi
  done
}

# Server processes that no pid file names (a crashed start, an install-db bootstrap): matched one by
# one by executable name AND a command line that names a path under $H/.
kill_stragglers() {
  local p pid comm exe
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    # `read` is a builtin: no process per PID for the common case
    read -r comm < "$p/comm" 2>/dev/null || continue
    case "$comm" in postgres|mariadbd|mysqld) ;; *) continue ;; esac
    exe=$(readlink "$p/exe" 2>/dev/null) || continue
    case "${exe##*/}" in postgres|mariadbd|mysqld) ;; *) continue ;; esac
    if tr '\0' ' ' < "$p/cmdline" 2>/dev/null | grep -qF -- "$H/"; then
      kill -CONT "$pid" 2>/dev/null
      kill -KILL "$pid" 2>/dev/null && log "killed leftover ${exe##*/} (pid $pid)"
    fi
  done
}

remove_fault_rules
[ -d "$H" ] || { log "nothing at $H"; exit 0; }
signal_all
wait_all
kill_stragglers
log "removing $H"
rm -rf "$H"
log "removed $H"
