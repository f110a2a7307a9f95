#!/usr/bin/env bash
# Makes sure Debian's wrk (the HTTP load generator of the scale benchmark, benchmarks/bench_scale.py) is installed.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends wrk >/dev/null
else
  echo "wrk is missing and this user cannot install it: run 'apt-get install wrk' as root" >&2
  exit 1
fi
