# Sourced (POSIX sh) by ./mvnw, .ci/run and ./sinoscope: the one place that picks the JDK Sinoscope builds, tests and
# runs on. Sinoscope needs Java 21 or newer (Lucene 10, the OpenSearch test node); a machine's default `java` may be
# older, so `sinoscope_find_jdk` exports JAVA_HOME as
#   1. JAVA_HOME, if it is a JDK 21 or newer;
#   2. else the first JDK 21+ under /usr/lib/jvm (Linux packages) or /Library/Java/JavaVirtualMachines (macOS);
#   3. else it prints where to get one and returns 1.

SINOSCOPE_MIN_JAVA=21

# The feature release (17, 21, 25...) of the JDK at $1, from its `release` file (every JDK since 9 has one), else
# from `java -version`; empty when $1 is no JDK with javac.
sinoscope_jdk_feature() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

sinoscope_jdk_ok() {
  sinoscope_found=$(sinoscope_jdk_feature "$1")
  [ -n "$sinoscope_found" ] && [ "$sinoscope_found" -ge "$SINOSCOPE_MIN_JAVA" ]
}

sinoscope_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && sinoscope_jdk_ok "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  # The callers may run with globbing off (mvnw: set -f); turn it on for the search only.
  case $- in *f*) sinoscope_noglob=1; set +f ;; *) sinoscope_noglob= ;; esac
  sinoscope_pick=
  for sinoscope_home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$sinoscope_home" ] && [ ! -L "$sinoscope_home" ] && sinoscope_jdk_ok "$sinoscope_home"; then
      sinoscope_pick=$sinoscope_home
      break
    fi
  done
  [ -z "$sinoscope_noglob" ] || set -f
  if [ -z "$sinoscope_pick" ]; then
    echo "Sinoscope needs a JDK $SINOSCOPE_MIN_JAVA or newer (JAVA_HOME=${JAVA_HOME:-unset}, none found under /usr/lib/jvm or /Library/Java/JavaVirtualMachines): install one (e.g. Temurin 21 from https://adoptium.net, or apt-get install openjdk-21-jdk) and set JAVA_HOME to it" >&2
    return 1
  fi
  if [ -n "${JAVA_HOME-}" ]; then
    echo "JAVA_HOME=$JAVA_HOME is not a JDK $SINOSCOPE_MIN_JAVA or newer; using $sinoscope_pick" >&2
  fi
  JAVA_HOME=$sinoscope_pick
  export JAVA_HOME
}
