#!/usr/bin/env bash
# Opens the explorer in headless Chromium on the bundled briefs and checks the rendered DOM:
# the Smailov–Ding meeting is listed with its date, the evidence span is highlighted, the
# neighbourhood picture has clickable nodes, the article view and the console render, and the
# browser logged no console error (CSP violations included). Screenshots go to
# .ci/browser/out/ (not committed). Needs: chromium, graphviz, a built .build/debug/bilat.
set -euo pipefail
cd "$(dirname "$0")/../.."

BILAT=${BILAT:-.build/debug/bilat}
OUT=.ci/browser/out
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$CHROMIUM" ]]; then echo "browser check: chromium is not installed (apt-get install chromium)" >&2; exit 1; fi
[[ -x "$BILAT" ]] || swift build -j 2 --product bilat
rm -rf "$OUT" && mkdir -p "$OUT"
source .ci/browser/serve-lib.sh

"$BILAT" ingest --db "$WORK/bilat.sqlite" Data/articles/dev >/dev/null 2>&1
start_server "$WORK/bilat.sqlite"

SMAILOV=$(curl -sf "$BASE/api/search?q=Smailov" | python3 -c 'import json,sys; print(next(e["id"] for e in json.load(sys.stdin)["entities"] if "Person" in e["labels"]))')
ARTICLE=$(curl -sf "$BASE/api/nodes/$SMAILOV" | python3 -c 'import json,sys; print(json.load(sys.stdin)["evidence"][0]["articleID"])')
CONSOLE_QUERY='MATCH%20(a%3APerson)-%5Bm%3AMET_WITH%5D-(b%3APerson%20%7Bname%3A%20%27Ding%20Xuexiang%27%7D)%20RETURN%20a%2C%20m%2C%20b'

browse() { # name url: DOM to $OUT/name.html, console log to $OUT/name.log, screenshot to $OUT/name.png
  local flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --hide-scrollbars
    --user-data-dir="$WORK/profile-$1" --enable-logging=stderr --v=0 --virtual-time-budget=8000)
  timeout 60 "$CHROMIUM" "${flags[@]}" --dump-dom "$2" >"$OUT/$1.html" 2>"$OUT/$1.log"
  timeout 60 "$CHROMIUM" "${flags[@]}" --window-size=1280,1400 --screenshot="$OUT/$1.png" "$2" >/dev/null 2>>"$OUT/$1.log"
}

browse home "$BASE/?q=Ding"
browse entity "$BASE/entity/$SMAILOV?depth=1"
browse article "$BASE/articles/$ARTICLE"
browse console "$BASE/console?query=$CONSOLE_QUERY"

python3 .ci/browser/check_dom.py "$OUT" "$SMAILOV"
