#!/usr/bin/env bash
# Peer: Followup, watch mode: `followup serve` writing into OUT_DIR, on a
# free port of 127.0.0.1.
set -euo pipefail
FOLLOWUP="${FOLLOWUP:-$BENCH_TOOLS/bin/followup}"
exec "$FOLLOWUP" serve --source "$PEER_DIR/site" --content "$CORPUS_DIR" --dest "$OUT_DIR" --date 2026-11-20 --port 0
