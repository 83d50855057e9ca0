#!/usr/bin/env bash
# The binary is built by bench/run.sh (untimed) before the harness runs.
"${FOLLOWUP:-$BENCH_TOOLS/bin/followup}" version
