# Sourced by the project's scripts: exports JAVA_HOME pointing at a JDK of 21 or newer.
# Order: $JAVA_HOME if it is new enough, then `java` on PATH, then the newest JDK under /usr/lib/jvm.
# The default java on the project machines is 17, which cannot compile --release 21.
sqlwire_java_major() {  # java-binary -> major version number, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}
sqlwire_pick_jdk() {
  local cand v
  for cand in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
              $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    cand=${cand%/}
    [ -n "$cand" ] && [ -x "$cand/bin/javac" ] || continue
    v=$(sqlwire_java_major "$cand/bin/java")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME=$cand
      return 0
    fi
  done
  echo "sqlwire: no JDK 21 or newer found (JAVA_HOME, PATH, /usr/lib/jvm); install one, e.g. Temurin 21+" >&2
  return 1
}
sqlwire_pick_jdk
