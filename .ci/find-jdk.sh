#!/usr/bin/env bash
# Sourced by .ci/run (and usable by hand: `source .ci/find-jdk.sh`): exports JAVA_HOME for a JDK 25+.
# Keeps JAVA_HOME when it already points at 25+, else tries `java` on PATH, then /usr/lib/jvm/*.
_tc_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
_tc_ok() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(_tc_major "$1")" -ge 25 ] 2>/dev/null; }
_tc_found=""
if [ -n "${JAVA_HOME:-}" ] && _tc_ok "$JAVA_HOME"; then
  _tc_found="$JAVA_HOME"
elif command -v javac >/dev/null 2>&1 && _tc_ok "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"; then
  _tc_found="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
else
  for _tc_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    if [ -d "$_tc_dir" ] && _tc_ok "$_tc_dir"; then _tc_found="$_tc_dir"; break; fi
  done
fi
if [ -z "$_tc_found" ]; then
  echo "error: no JDK 25 or newer found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "       Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME="$_tc_found"
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK $(_tc_major "$JAVA_HOME") at $JAVA_HOME"
unset _tc_found _tc_dir
