#!/usr/bin/env bash
# fault.sh - fault injection and fail-over for the servers up.sh started (run as root).
#
#   fault.sh block PORT [drop|reset]  blackhole (drop, the default) or refuse with TCP RST all loopback traffic
#                                     to/from PORT; reset also aborts the live connections at once
#   fault.sh unblock PORT
#   fault.sh cut PORT                 abort every established TCP connection to/from PORT now (replication
#                                     links too; they reconnect by themselves)
#   fault.sh loss PORT PCT            drop PCT% of the packets to/from PORT at random
#   fault.sh unloss PORT
#   fault.sh slow PORT RATE           limit the bandwidth of PORT on lo (tc htb, e.g. 256kbit; adds no latency)
#   fault.sh unslow [PORT]
#   fault.sh clear                    remove every network fault of this harness
#   fault.sh freeze NAME | thaw NAME  SIGSTOP / SIGCONT every process of a server (a hung server)
#   fault.sh kill NAME                SIGKILL every process of a server (a crash)
#   fault.sh stop NAME | start NAME | restart NAME
#   fault.sh promote NAME             pg-standby: pg_ctl promote; my-replica: stop replicating, read_only=0
#   fault.sh pg-rejoin NAME PRIMARY_PORT  make a PostgreSQL server a standby of PRIMARY_PORT (pg_rewind)
#   fault.sh my-rejoin NAME PRIMARY_PORT  make a MariaDB server a read-only replica of PRIMARY_PORT
#   fault.sh restore                  clear faults, thaw, restart and switch roles back to the initial topology
#   fault.sh status
# NAME: pg-primary pg-standby my-primary my-replica my8 (the initial roles; names do not follow promotions).
#
# This kernel has no netem, so there is no added latency here: the Java FaultProxy does that.
# Network faults are nftables rules in a table of this harness and tc classes on lo; down.sh removes them.
set -euo pipefail
harness_tag=fault
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
load_env
for lib in pg mariadb mysql8 servers restore; do
  # shellcheck disable=SC1090
  . "$HARNESS_SCRIPTS/lib/$lib.sh"
done
PGBIN=$HARNESS_PG_BIN
PG_PRIMARY_PORT=$HARNESS_PG_PRIMARY_PORT
PG_STANDBY_PORT=$HARNESS_PG_STANDBY_PORT
MY_PRIMARY_PORT=$HARNESS_MY_PRIMARY_PORT
MY_REPLICA_PORT=$HARNESS_MY_REPLICA_PORT
MY8_PORT=${HARNESS_MY8_PORT:-}
TABLE=$(nft_table)
FAULTS=$H/faults

check_port() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ] || die "bad port '$1'"; }
need_nft() { command -v nft >/dev/null 2>&1 || apt_install nftables; }
# One base chain per (fault, port): removing a fault is deleting its chain.
nft_chain() {
  need_nft
  nft list table inet "$TABLE" >/dev/null 2>&1 || nft add table inet "$TABLE"
  nft delete chain inet "$TABLE" "$1" 2>/dev/null || true
  nft add chain inet "$TABLE" "$1" '{ type filter hook input priority -10; policy accept; }'
}
nft_unchain() {
  command -v nft >/dev/null 2>&1 || return 0
  nft delete chain inet "$TABLE" "$1" 2>/dev/null || true
}

fault_block() {  # PORT [drop|reset]
  local port=$1 mode=${2:-drop}
  check_port "$port"
  nft_chain "block_$port"
  case $mode in
    reset)
      # new connections get a RST ("connection refused"); RST packets themselves pass, or the
      # generated reset would be caught too. Live connections are aborted with ss -K, since a reject
      # on server->client packets would reset only the server side and leave the client hanging.
      nft add rule inet "$TABLE" "block_$port" iifname lo tcp dport "$port" 'tcp flags & rst == 0' reject with tcp reset
      ss -K -tn "( dport = :$port or sport = :$port )" >/dev/null ;;
    drop)
      nft add rule inet "$TABLE" "block_$port" iifname lo tcp dport "$port" drop
      nft add rule inet "$TABLE" "block_$port" iifname lo tcp sport "$port" drop ;;
    *) die "block mode must be drop or reset, not '$mode'" ;;
  esac
}

fault_loss() {  # PORT PCT
  check_port "$1"
  [[ "$2" =~ ^[0-9]+$ ]] && [ "$2" -le 100 ] || die "bad loss percentage '$2'"
  nft_chain "loss_$1"
  nft add rule inet "$TABLE" "loss_$1" iifname lo tcp dport "$1" numgen random mod 100 '<' "$2" drop
  nft add rule inet "$TABLE" "loss_$1" iifname lo tcp sport "$1" numgen random mod 100 '<' "$2" drop
}

# tc on lo is shared by every harness on the machine: this one adds an htb root only when there is
# none (and remembers that), and uses class 1:<port in hex> with filter priorities derived from the
# port, so unslow removes exactly its own classes and filters.
tc_prio() { echo $(( 100 + 2 * ($1 % 16000) )); }
fault_slow() {  # PORT RATE
  local port=$1 rate=$2 minor prio dir
  check_port "$port"
  mkdir -p "$FAULTS"
  if ! tc qdisc show dev lo | grep -q '^qdisc htb 1: root'; then
    tc qdisc add dev lo root handle 1: htb default 1
    tc class add dev lo parent 1: classid 1:1 htb rate 100gbit quantum 65536
    touch "$FAULTS/tc-root"
  fi
  slow_remove "$port"
  minor=$(printf '%x' "$port"); prio=$(tc_prio "$port")
  tc class add dev lo parent 1: classid "1:$minor" htb rate "$rate" ceil "$rate" quantum 65536
  for dir in sport dport; do
    tc filter add dev lo parent 1: protocol ip prio "$prio" u32 match ip "$dir" "$port" 0xffff flowid "1:$minor"
    tc filter add dev lo parent 1: protocol ipv6 prio $((prio + 1)) u32 match ip6 "$dir" "$port" 0xffff flowid "1:$minor"
  done
  echo "$port" >> "$FAULTS/slow-ports"
}
slow_remove() {  # PORT: its filters, its class, its line in slow-ports
  local prio
  prio=$(tc_prio "$1")
  tc filter del dev lo parent 1: prio "$prio" 2>/dev/null || true
  tc filter del dev lo parent 1: prio $((prio + 1)) 2>/dev/null || true
  tc class del dev lo classid "1:$(printf '%x' "$1")" 2>/dev/null || true
  [ -f "$FAULTS/slow-ports" ] && sed -i "/^$1\$/d" "$FAULTS/slow-ports"
  return 0
}
fault_unslow() {  # [PORT]
  local p
  [ -f "$FAULTS/slow-ports" ] || return 0
  for p in ${1:-$(sort -u "$FAULTS/slow-ports")}; do slow_remove "$p"; done
  # our own htb root goes once no other class than the default one is left on it
  if [ -f "$FAULTS/tc-root" ] && [ "$(tc class show dev lo | grep -c 'htb 1:')" -le 1 ]; then
    tc qdisc del dev lo root 2>/dev/null || true
    rm -f "$FAULTS/tc-root"
  fi
}

fault_clear() {
  if command -v nft >/dev/null 2>&1; then nft delete table inet "$TABLE" 2>/dev/null || true; fi
  fault_unslow
}

fault_status() {
  local s pids
  for s in $SERVER_NAMES; do
    pids=$(server_pids "$s")
    if [ -n "$pids" ]; then echo "$s: up, pids $(echo $pids | cut -c1-60)"; else echo "$s: down"; fi
  done
  if command -v nft >/dev/null 2>&1 && nft list table inet "$TABLE" >/dev/null 2>&1; then
    nft list table inet "$TABLE"
  else
    echo "no nft faults"
  fi
  [ -s "$FAULTS/slow-ports" ] && echo "slow ports: $(tr '\n' ' ' < "$FAULTS/slow-ports")"
  return 0
}

signal_server() {  # SIGNAL NAME
  local pids
  pids=$(server_pids "$2"); [ -n "$pids" ] || die "$2 is not running"
  kill "-$1" $pids
}

need_args() { [ "$1" -ge "$2" ] || die "'$cmd' needs $2 argument(s); see the header of $0"; }
cmd=${1:-status}; shift || true
case $cmd in
  block)     need_args $# 1; fault_block "$@" ;;
  unblock)   need_args $# 1; check_port "$1"; nft_unchain "block_$1" ;;
  cut)       need_args $# 1; check_port "$1"; ss -K -tn "( dport = :$1 or sport = :$1 )" | tail -n +2 | wc -l | sed 's/$/ sockets aborted/' ;;
  loss)      need_args $# 2; fault_loss "$1" "$2" ;;
  unloss)    need_args $# 1; check_port "$1"; nft_unchain "loss_$1" ;;
  slow)      need_args $# 2; fault_slow "$1" "$2" ;;
  unslow)    fault_unslow "${1:-}" ;;
  clear)     fault_clear ;;
  freeze)    need_args $# 1; signal_server STOP "$1" ;;
  thaw)      need_args $# 1; signal_server CONT "$1" ;;
  kill)      need_args $# 1; server_kill "$1" ;;
  stop)      need_args $# 1; check_name "$1"; server_stop "$1" ;;
  start)     need_args $# 1; check_name "$1"; server_start "$1" ;;
  restart)   need_args $# 1; check_name "$1"; server_stop "$1"; server_start "$1" ;;
  promote)   need_args $# 1; check_name "$1"; server_promote "$1" ;;
  pg-rejoin) need_args $# 2; check_name "$1"; check_port "$2"; pg_rejoin "$1" "$2" ;;
  my-rejoin) need_args $# 2; check_name "$1"; check_port "$2"; my_rejoin "$1" "$2" ;;
  restore)   restore_all; log "restored" ;;
  status)    fault_status ;;
  *) sed -n '2,25p' "$0" >&2; exit 2 ;;
esac
