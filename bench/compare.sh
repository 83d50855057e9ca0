#!/usr/bin/env bash
# Clean builds of Followup beside Hugo on the shared harness's corpora, in
# one call, with the ratios the project's goals are stated in:
#
#   bench/compare.sh [-n RUNS] [-s "1k 10k"]
#
# The builds alternate (Hugo, Followup, Hugo, ...) so that a change in the
# machine's load falls on both alike. Each build goes into a fresh, empty
# folder on tmpfs (the harness's lib/build-once.sh) and is timed with GNU
# time: wall clock, CPU (user + system) and peak resident memory. Prints a
# Markdown table of medians and the ratios Followup / Hugo.
#
# Needs the harness's setup (../shared/bench/setup.sh: Hugo, GNU time);
# builds the followup binary from this checkout first (not timed).
set -euo pipefail
RUNS=7 SIZES="1k 10k"
while getopts "n:s:" o; do
	case $o in n) RUNS=$OPTARG ;; s) SIZES=$OPTARG ;; *) sed -n '2,15p' "$0"; exit 2 ;; esac
done
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
harness="${HARNESS:-$repo/../shared/bench}"
[[ -d "$harness" ]] || harness="$(cd "$repo/../.." && pwd)/shared/bench"
export BENCH_TOOLS="${BENCH_TOOLS:-${TMPDIR:-/tmp}/bench-work}"
export BENCH_PEERS="$repo/bench/peers:$harness/peers"
export BENCH_OUT_ROOT="${BENCH_OUT_ROOT:-/dev/shm/bench-out}"
(cd "$repo" && go build -o "$BENCH_TOOLS/bin/followup" ./cmd/followup)
HERE=$harness
SCRATCH="${BENCH_SCRATCH:-$BENCH_TOOLS/run}"
source "$harness/lib/common.sh"

echo "# machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $("$BENCH_TOOLS/bin/hugo" version | cut -d' ' -f1-2), $("$BENCH_TOOLS/bin/followup" version)"
declare -A W C M
for size in $SIZES; do
	ensure_corpus "$size" >/dev/null
	for ((i = 0; i <= RUNS; i++)); do # run 0 warms the caches and is not counted
		for p in hugo followup; do
			tf=$(mktemp)
			/usr/bin/time -f '%e %U %S %M' -o "$tf" "$harness/lib/build-once.sh" "$p" "$size" >/dev/null 2>&1
			read -r w u s m <"$tf"; rm -f "$tf"
			rm -rf "$BENCH_OUT_ROOT/trash"
			((i == 0)) && continue
			W[$p/$size]+="$w " C[$p/$size]+="$(awk -v u="$u" -v s="$s" 'BEGIN{print u+s}') " M[$p/$size]+="$m "
		done
	done
done
echo
echo "| corpus | Hugo wall | Followup wall | wall ratio | Hugo CPU | Followup CPU | Hugo peak RSS | Followup peak RSS | memory ratio | runs |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
for size in $SIZES; do
	hw=$(median ${W[hugo/$size]}) fw=$(median ${W[followup/$size]})
	hc=$(median ${C[hugo/$size]}) fc=$(median ${C[followup/$size]})
	hm=$(median ${M[hugo/$size]}) fm=$(median ${M[followup/$size]})
	printf '| %s | %.2f s | %.2f s | **%.2f** | %.2f s | %.2f s | %d MiB | %d MiB | **%.2f** | %d |\n' "$size" "$hw" "$fw" \
		"$(awk -v a="$fw" -v b="$hw" 'BEGIN{print a/b}')" "$hc" "$fc" "$((${hm%.*} / 1024))" "$((${fm%.*} / 1024))" \
		"$(awk -v a="$fm" -v b="$hm" 'BEGIN{print a/b}')" "$RUNS"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
