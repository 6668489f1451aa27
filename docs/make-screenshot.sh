#!/usr/bin/env bash
# Remakes docs/report-screenshot.png, the top of report.html of the run named in docs/report-screenshot.txt
# (1280 x 1300 CSS pixels, in Debian's headless chromium), and records in that file the SHA-256 of the run's
# report.json, which DocSamplesTest re-checks on every build: when the run's figures change, that test fails
# until this script is run again.
# Needs the built jar (mvn -q -B package -DskipTests), ../shared/data and chromium (apt-get install chromium).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
record=docs/report-screenshot.txt
png=docs/report-screenshot.png
command -v chromium >/dev/null || { echo "make-screenshot: chromium is missing (apt-get install chromium)" >&2; exit 1; }
line="$(sed -n 's/^command: //p' "$record")"
[[ "$line" == "./lstm-risk "* ]] || { echo "make-screenshot: $record has no 'command: ./lstm-risk ...' line" >&2; exit 1; }
read -r -a cmd <<< "$line"   # plain words only: no quotes in this command

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
set +e
"${cmd[@]}" --out "$tmp/out" > "$tmp/run.log" 2>&1
code=$?
set -e
if [[ $code -ne 0 && $code -ne 3 ]]; then
  cat "$tmp/run.log" >&2
  echo "make-screenshot: the run exited $code" >&2
  exit 1
fi
report="$(find "$tmp/out" -name report.json | head -n 1)"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars \
  --window-size=1280,1300 --screenshot="$tmp/shot.png" "file://$(dirname "$report")/report.html" > "$tmp/chromium.log" 2>&1
size=$(stat -c %s "$tmp/shot.png")
if (( size > 300000 )); then
  echo "make-screenshot: the PNG has $size bytes, more than 300 KB; lower the window height" >&2
  exit 1
fi
cp "$tmp/shot.png" "$png"
sha="$(sha256sum "$report" | cut -d' ' -f1)"
{
  echo "# $png is the top of report.html of this command's run (docs/make-screenshot.sh made both)."
  echo "# DocSamplesTest re-runs it and checks that report.json still has this SHA-256."
  echo "command: $line"
  echo "report.json sha256: $sha"
} > "$record"
echo "wrote $png ($size bytes) and $record (report.json sha256 $sha)"
