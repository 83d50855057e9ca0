#!/usr/bin/env bash
# Peer: Followup, one clean build. The corpus is the site's content/, read
# in place with --content; the rest of the site (followup.toml, layouts) is
# site/ here. FOLLOWUP names the binary; without it, version.sh has built
# one into $BENCH_TOOLS/bin (the harness runs version.sh before timing).
set -euo pipefail
FOLLOWUP="${FOLLOWUP:-$BENCH_TOOLS/bin/followup}"
exec "$FOLLOWUP" build --source "$PEER_DIR/site" --content "$CORPUS_DIR" --dest "$OUT_DIR" --date 2026-11-20
