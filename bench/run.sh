#!/usr/bin/env bash
# Runs a script of the shared peer benchmark (../shared/bench) with
# Followup as a peer, after building the followup binary from this
# checkout into $BENCH_TOOLS/bin (so no timed run includes compiling).
#
#   bench/run.sh run-peers.sh -s "1k 10k" -p "hugo followup"
#   bench/run.sh run-watch.sh -s 1k -p "hugo followup"
#
# HARNESS names the harness folder (default: ../shared/bench beside the repository).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
harness="${HARNESS:-$repo/../shared/bench}"
[[ -d "$harness" ]] || harness="$(cd "$repo/../.." && pwd)/shared/bench" # a worktree under wt/
export BENCH_TOOLS="${BENCH_TOOLS:-${TMPDIR:-/tmp}/bench-work}"
mkdir -p "$BENCH_TOOLS/bin"
(cd "$repo" && go build -o "$BENCH_TOOLS/bin/followup" ./cmd/followup)
export BENCH_PEERS="$repo/bench/peers:$harness/peers"
script=$1; shift
exec "$harness/$script" "$@"
