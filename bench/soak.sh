#!/usr/bin/env bash
# The soak: staff at work for an hour (StaffLoadSimulation, 50 staff by default) on the
# generated data, with the heap, the connection pool and the response times of the last
# minute sampled from Steget's own metrics every minute, written to
# bench/results/DATE-soak.json (DATE-soak-HEAP.json with a heap limit). Usage:
# bench/soak.sh [staff] [seconds] [heap, e.g. 256m: small enough that the old generation is
# collected within the run, so that its live data is measured]
# Needs the generated data (see "Running the benchmark" in the README) in the database that
# STEGET_DB_URL names, and the package built (mvn -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."

staff="${1:-50}"
seconds="${2:-3600}"
heap="${3:-}"
metrics=http://127.0.0.1:8081/actuator/metrics
result="bench/results/$(date +%F)-soak${heap:+-$heap}.json"
samples=$(mktemp)

# the metrics on a port of their own, reachable only from this machine; the response-time
# percentiles of each request cover the last 30 to 60 seconds
STEGET_DEMO=false java ${heap:+-Xmx$heap} -jar target/steget-0.1.0-SNAPSHOT.jar \
	--management.server.port=8081 --management.server.address=127.0.0.1 \
	--management.endpoints.web.exposure.include=health,metrics \
	--management.metrics.distribution.percentiles.http.server.requests=0.5,0.95 \
	--management.metrics.distribution.expiry.http.server.requests=1m \
	--management.metrics.distribution.buffer-length.http.server.requests=2 \
	> target/soak-steget.log 2>&1 &
steget=$!
trap 'kill $steget 2>/dev/null || true; rm -f "$samples"' EXIT
until curl -sf http://127.0.0.1:8081/actuator/health > /dev/null; do sleep 1; done

value() { # metric, tags (a=b,c=d), statistic
	local query="" tags tag
	IFS=, read -ra tags <<< "$2"
	for tag in "${tags[@]}"; do query="$query&tag=$(jq -rn --arg tag "$tag" '$tag | @uri')"; done
	curl -sfg "$metrics/$1?${query#&}" | jq "[.measurements[] | select(.statistic == \"$3\") | .value][0]" \
		|| echo null
}

sample() { # minute
	local p95=http.server.requests.percentile
	jq -n --argjson minute "$1" \
		--argjson heapUsed "$(value jvm.memory.used area:heap VALUE)" \
		--argjson oldGen "$(value jvm.memory.used "area:heap,id:G1 Old Gen" VALUE)" \
		--argjson liveAfterGc "$(value jvm.gc.live.data.size "" VALUE)" \
		--argjson poolActive "$(value hikaricp.connections.active "" VALUE)" \
		--argjson poolIdle "$(value hikaricp.connections.idle "" VALUE)" \
		--argjson poolPending "$(value hikaricp.connections.pending "" VALUE)" \
		--argjson requests "$(value http.server.requests "" COUNT)" \
		--argjson caseloadP95 "$(value $p95 uri:/,method:GET,status:200,phi:0.95 VALUE)" \
		--argjson participantP95 "$(value $p95 uri:/participants/{id},method:GET,status:200,phi:0.95 VALUE)" \
		--argjson contactsP95 "$(value $p95 uri:/enrollments/{id}/contacts,method:GET,status:200,phi:0.95 VALUE)" \
		--argjson logContactP95 "$(value $p95 uri:/enrollments/{id}/contacts,method:POST,status:302,phi:0.95 VALUE)" \
		'def mb: if . == null then null else . / 1048576 | floor end;
		 def ms: if . == null then null else . * 1000 | round end;
		 {minute: $minute, heapUsedMb: ($heapUsed | mb), oldGenMb: ($oldGen | mb), liveAfterGcMb: ($liveAfterGc | mb),
		  poolActive: $poolActive, poolIdle: $poolIdle, poolPending: $poolPending, requestsSoFar: $requests,
		  p95Ms: {caseload: ($caseloadP95 | ms), participant: ($participantP95 | ms),
		          contacts: ($contactsP95 | ms), logContact: ($logContactP95 | ms)}}' >> "$samples" \
		|| echo "sample $1 failed" >&2
}

mvn -B -ntp -q -P load gatling:test -Dsteget.users="$staff" -Dsteget.seconds="$seconds" > target/soak-gatling.log 2>&1 &
gatling=$!
minute=0
while kill -0 $gatling 2> /dev/null; do
	sleep 60
	minute=$((minute + 1))
	sample $minute
done
gatling_passed=true
wait $gatling || gatling_passed=false

jq -s --argjson staff "$staff" --argjson seconds "$seconds" --argjson passed "$gatling_passed" \
	--argjson gcPauses "$(value jvm.gc.pause "" COUNT)" \
	--arg maxHeap "$(value jvm.memory.max area:heap VALUE)" \
	'{staff: $staff, seconds: $seconds, gatlingAssertionsPassed: $passed, gcPauses: $gcPauses, maxHeapMb: ($maxHeap | tonumber / 1048576 | floor),
	  note: "each sample: the heap in use, its old generation, and the old generation as the latest collection left it (Micrometer jvm.gc.live.data.size: garbage promoted by young collections stays in it until the old generation is collected), the connection pool, the requests answered so far, and the 95th percentile of each request over the 30 to 60 seconds before",
	  samples: .}' "$samples" > "$result"
echo "== Soak: $result"
grep -A12 "Global Information\|---- Requests" target/soak-gatling.log | tail -40 || true
