#!/usr/bin/env bash
# bench/run.sh [--smoke] [JMH regexp...]
# Builds the JMH module and runs the benchmarks; every peer runs in the same JVM run as sqlwire, and the
# report gives sqlwire/peer ratios (benchmark methods are named <what>_<driver>).
#   --smoke  one short iteration per benchmark, no forks: proves the benchmarks still run (CI uses it).
# Results: bench/results/<UTC timestamp>.json (JMH's JSON) and a ratio table on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh

smoke=0
args=()
for a in "$@"; do
  case $a in --smoke) smoke=1 ;; *) args+=("$a") ;; esac
done

mvn -q -B -DskipTests -pl sqlwire-bench -am package >&2
mkdir -p bench/results
out=bench/results/$(date -u +%Y%m%dT%H%M%SZ).json
if [ $smoke = 1 ]; then
  jmh=(-f 0 -wi 0 -i 1 -r 1s)
else
  # 2 cores: one fork at a time, enough iterations for a usable 99.9% interval on a noisy machine
  jmh=(-f 2 -wi 3 -w 2s -i 5 -r 2s)
fi
"$JAVA_HOME/bin/java" -jar sqlwire-bench/target/benchmarks.jar "${jmh[@]}" -rf json -rff "$out" "${args[@]}" >&2
echo "results: $out"
python3 - "$out" <<'PY'
import json, sys, collections
runs = json.load(open(sys.argv[1]))
by = collections.defaultdict(dict)
for r in runs:
    cls, method = r["benchmark"].rsplit(".", 1)
    what, _, driver = method.partition("_")
    m = r["primaryMetric"]
    err = m.get("scoreError")
    err = float(err) if err not in (None, "NaN") else float("nan")  # one iteration has no error bar
    by[(cls.rsplit(".", 1)[1], what)][driver] = (float(m["score"]), err, m["scoreUnit"])
print(f"{'benchmark':45} {'driver':12} {'score':>14} {'error':>12}  ratio sqlwire/driver")
for (cls, what), drivers in sorted(by.items()):
    base = drivers.get("sqlwire")
    for d, (score, err, unit) in sorted(drivers.items()):
        ratio = f"{base[0] / score:.2f}x" if base and d != "sqlwire" and score else ""
        print(f"{cls + '.' + what:45} {d:12} {score:14.1f} {err:12.1f}  {ratio} {unit}")
PY
