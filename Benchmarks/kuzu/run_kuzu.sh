#!/bin/sh
# Kuzu 0.11.3 on the shared workload: makes (once) a Python virtual environment with kuzu from
# PyPI, then runs run_kuzu.py, which prints JSON (load time, per-query medians and rows).
#   Benchmarks/kuzu/run_kuzu.sh DATA_DIR [QUERY_FILE...] [--runs N] [--budget S] [--timeout S] [--only IDS]
# The environment lives in $BILAT_KUZU_VENV (default: $TMPDIR/bilat-kuzu-venv).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${BILAT_KUZU_VENV:-${TMPDIR:-/tmp}/bilat-kuzu-venv}
if ! "$venv/bin/python" -c 'import kuzu, sys; sys.exit(kuzu.__version__ != "0.11.3")' 2>/dev/null; then
  echo "[run_kuzu] creating $venv with kuzu==0.11.3 from PyPI" >&2
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check kuzu==0.11.3 >&2
fi
exec "$venv/bin/python" "$here/run_kuzu.py" "$@"
