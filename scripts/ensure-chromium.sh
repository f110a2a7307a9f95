#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (Playwright drives it via executable_path;
# no browser is ever downloaded by a test tool).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
elif [ "${CI:-}" = "true" ]; then
  echo "chromium is missing and this user cannot install it: run 'apt-get install chromium' as root" >&2
  exit 1
else
  echo "chromium is missing: the browser tests will be skipped (install Debian's 'chromium' to run them)" >&2
fi
