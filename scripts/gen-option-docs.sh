#!/usr/bin/env bash
# Regenerates docs/options.md, and the block between <!-- options:begin --> and <!-- options:end -->
# in README.md when it has one, from the option table in sqlwire-core (io.sqlwire.core.options).
# Set SQLWIRE_MVN_ONLINE=1 to let Maven download what the local repository lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
offline=-o
[ "${SQLWIRE_MVN_ONLINE:-0}" = 1 ] && offline=
mvn -q $offline -pl sqlwire-core -am compile
"$JAVA_HOME/bin/java" -cp sqlwire-api/target/classes:sqlwire-core/target/classes \
    io.sqlwire.core.options.OptionDocs docs/options.md README.md
echo "wrote docs/options.md$( [ -f README.md ] && grep -q '<!-- options:begin -->' README.md && echo ' and the README options block')"
