#!/usr/bin/env bash
# Runs the test suite against PostgreSQL (each test creates and drops its own database on the server).
# Starts the local cluster if it is down. In CI a missing PostgreSQL is an error; elsewhere it is skipped.
set -euo pipefail
url="${MATCHER_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! ready && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 1 20); do ready && break; sleep 0.5; done
fi
if ! ready; then
  if [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL is not reachable on 127.0.0.1:5432; the suite must run against it in CI" >&2
    exit 1
  fi
  echo "PostgreSQL is not reachable on 127.0.0.1:5432: skipping the PostgreSQL run" >&2
  exit 0
fi
echo "== the suite against PostgreSQL =="
MATCHER_TEST_DATABASE_URL="$url" .venv/bin/pytest -q -m "not browser" "$@"
