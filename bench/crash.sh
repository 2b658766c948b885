#!/usr/bin/env bash
# The crash suite (src/test/java/se/steget/crash/CrashSuite.java): Steget on PostgreSQL
# under a mixed write load, killed with SIGKILL while writes are in flight, restarted,
# and checked for lost, doubled and unaudited writes. The number of kills is the first
# argument (5 by default, as in CI); a run of 200 or more writes its figures to
# bench/results/DATE-crash.json, a shorter one to target/crash.json.
# Needs the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust).
set -euo pipefail
cd "$(dirname "$0")/.."

kills="${1:-5}"
result=target/crash.json
if [ "$kills" -ge 200 ]; then
	result="bench/results/$(date +%F)-crash.json"
fi
mvn -B -ntp -q -DskipTests package
# surefire:test once, not again in the fuzz tests' execution of the test phase
mvn -B -ntp test-compile surefire:test -Dtest=CrashSuite -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsteget.crash.kills="$kills" -Dsteget.crash.result="$result"
echo "== Crash suite: $(tr -d ' \n' < "$result" | grep -o '"kills":[0-9]*,"killsMidWrite":[0-9]*')," \
	"$(tr -d ' \n' < "$result" | grep -o '"lost":[0-9]*,"duplicates":[0-9]*,"unaudited":[0-9]*')"
