#!/usr/bin/env bash
# Times iaibot and MiniSearch on the same generated corpus, in one run on
# one machine, and prints their ratios. Only ratios measured side by side
# mean anything on a shared machine.
#
#   bench/peer.sh PEERBENCH_DIR [DOCS=1000] [ITEMS=100]
#
# PEERBENCH_DIR holds gencorpus.py (the deterministic corpus generator) and
# bench.mjs with its package.json (the MiniSearch timing). Needs python3,
# node and npm, GNU time (/usr/bin/time), awk and Go.
set -euo pipefail
peer=$(cd "${1:?usage: bench/peer.sh PEERBENCH_DIR [DOCS] [ITEMS]}" && pwd)
docs=${2:-1000}
items=${3:-100}
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== corpus: $docs documents × $items items"
python3 "$peer/gencorpus.py" "$work/corpus" "$docs" "$items" >/dev/null
mkdir "$work/seeds"
cp "$work"/corpus/doc-*.txt "$work/seeds/"

echo "== MiniSearch"
cp "$peer/bench.mjs" "$peer/package.json" "$work/"
[ -f "$peer/package-lock.json" ] && cp "$peer/package-lock.json" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent >/dev/null)
peer_line=$(cd "$work" && node bench.mjs "$work/corpus" minisearch 200)
echo "$peer_line"
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
peer_build=$(field build_ms "$peer_line")
peer_p50=$(field query_p50_ms "$peer_line")
peer_p99=$(field query_p99_ms "$peer_line")

echo "== iaibot"
go build -o "$work/iaibot" ./cmd/iaibot
queries=()
while IFS= read -r q; do queries+=("/iai search $q"); done < <(head -n 200 "$work/corpus/queries.txt")
timed() { # label, then the command; prints wall ms and peak RSS MiB
	local label=$1
	shift
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
	read -r secs kib <"$work/time"
	awk -v l="$label" -v s="$secs" -v k="$kib" 'BEGIN { printf "%s wall_ms=%.0f peak_rss_mib=%.0f\n", l, s*1000, k/1024 }'
}
# The first build is the one a large corpus is given: "iaibot index build",
# at its default memory limit.
timed first_build "$work/iaibot" index build --seeds "$work/seeds" --index-dir "$work/idx" | tee "$work/first"
timed restart "$work/iaibot" query --seeds "$work/seeds" --index-dir "$work/idx" "/iai search Cambodia" | tee "$work/restart"
timed restart_200_queries "$work/iaibot" query --seeds "$work/seeds" --index-dir "$work/idx" "${queries[@]}" | tee "$work/queries"

echo "== ratios (iaibot / MiniSearch)"
ours_build=$(field wall_ms "$(cat "$work/first")")
ours_restart=$(field wall_ms "$(cat "$work/restart")")
ours_q=$(field wall_ms "$(cat "$work/queries")")
awk -v b="$ours_build" -v pb="$peer_build" -v r="$ours_restart" -v q="$ours_q" -v p50="$peer_p50" -v p99="$peer_p99" 'BEGIN {
	printf "first build: %.1f× MiniSearch build (%d ms vs %d ms)\n", b / pb, b, pb
	printf "restart to first answer: %d ms\n", r
	printf "query, mean over 200 after a restart: %.2f ms (MiniSearch p50 %s ms, p99 %s ms)\n", (q - r) / 200, p50, p99
}'
