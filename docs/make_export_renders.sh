#!/usr/bin/env sh
# Regenerate the export renders shown in the README (needs poppler-utils for pdftoppm).
#   sh docs/make_export_renders.sh [path/to/.venv/bin]
set -eu
bin=${1:-.venv/bin}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/archive.db"
"$bin/baoku" import --archive "$db" resources/sample/000_a63266adadd608e6.txt >/dev/null
"$bin/baoku" export --archive "$db" 2 -o "$tmp/single.pdf" --fullwidth-punctuation
"$bin/baoku" export --archive "$db" 1 2 3 4 5 6 -o "$tmp/booklet.pdf" --columns 2 \
    --fullwidth-punctuation --crop-marks --reference both --title "民企会客厅 · 2024年9月"
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$tmp/single.pdf" docs/export-single
pdftoppm -r 80 -png -f 2 -l 2 -singlefile "$tmp/booklet.pdf" docs/export-booklet-contents
pdftoppm -r 80 -png -f 5 -l 5 -singlefile "$tmp/booklet.pdf" docs/export-booklet-2col
pdffonts "$tmp/booklet.pdf"
