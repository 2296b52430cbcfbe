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
# Print quality (issue 16): a two-column page with mixed Latin, and a traditional booklet page, from
# the typesetting tests' feed (the sample's paragraphs with Latin words, URLs, dashes, paired marks).
"$bin/python" -c "import sys; sys.path.insert(0, '.'); from pathlib import Path; from tests.test_typesetting import typesetting_feed; typesetting_feed(Path(sys.argv[1]), 24)" "$tmp/latin.jsonl"
"$bin/baoku" import --archive "$tmp/latin.db" "$tmp/latin.jsonl" >/dev/null
ids=$("$bin/python" -c "import sys, sqlite3; print(' '.join(str(r[0]) for r in sqlite3.connect(sys.argv[1]).execute('select id from article order by id')))" "$tmp/latin.db")
"$bin/baoku" export --archive "$tmp/latin.db" $ids -o "$tmp/latin.pdf" --columns 2
"$bin/baoku" export --archive "$tmp/latin.db" $ids -o "$tmp/trad.pdf" --script traditional --paper B5
pdftoppm -r 80 -png -f 5 -l 5 -singlefile "$tmp/latin.pdf" docs/export-2col-latin
pdftoppm -r 80 -png -f 5 -l 5 -singlefile "$tmp/trad.pdf" docs/export-traditional-booklet
