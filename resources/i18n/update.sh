#!/usr/bin/env sh
# Re-extract the UI strings, fill in the English from english.py, compile baoku_en.qm.
#   sh resources/i18n/update.sh [path/to/.venv/bin]
set -eu
bin=${1:-.venv/bin}
here=$(dirname "$0")
"$bin/pyside6-lupdate" -no-obsolete desktop/baoku/gui/*.py -ts "$here/baoku_en.ts"
"$bin/python" - "$here" <<'PY'
import html, re, sys
from pathlib import Path
here = Path(sys.argv[1])
sys.path.insert(0, str(here))
from english import ENGLISH
ts = here / "baoku_en.ts"
text = ts.read_text(encoding="utf-8")
missing = []
def fill(m):
    source = html.unescape(m.group(2))
    if source not in ENGLISH:
        missing.append(source)
        return m.group(0)
    english = ENGLISH[source]
    if isinstance(english, tuple):  # a numerus message: one form for 1, one for the rest
        forms = "".join(f"<numerusform>{html.escape(f, quote=False)}</numerusform>" for f in english)
        return f"{m.group(1)}<translation>{forms}</translation>"
    return f"{m.group(1)}<translation>{html.escape(english, quote=False)}</translation>"
text = re.sub(r'(<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)<translation[^>]*>.*?</translation>',
              fill, text, flags=re.S)
ts.write_text(text, encoding="utf-8")
if missing:
    sys.exit("no English for: " + ", ".join(missing))
PY
"$bin/pyside6-lrelease" "$here/baoku_en.ts" -qm "$here/baoku_en.qm"
"$bin/pyside6-lrelease" "$here/baoku_zh_CN.ts" -qm "$here/baoku_zh_CN.qm"
