"""The core never imports Qt: import, search, export and the store run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import baoku

PACKAGE = Path(baoku.__file__).parent
CORE = PACKAGE / "core"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_layers_hold_as_the_contract_says():
    """pyproject.toml's import-linter contracts: the front ends over the application layer over the
    jobs (importing, export, search …) over the store over the model; the core never imports Qt
    (relative imports and imports inside functions included); no package has an import cycle."""
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint), "--config", str(PACKAGE.parent.parent / "pyproject.toml")],
                       capture_output=True, text=True, cwd=PACKAGE.parent.parent)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 broken" in r.stdout


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_loading_the_whole_core_loads_no_qt():
    modules = [".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts) for p in CORE.rglob("*.py")]
    code = ("import sys, importlib\n"
            f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
            "import baoku.cli\n"
            f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
            "assert not bad, bad\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_the_worker_side_of_the_window_imports_no_qt():
    """gui/backend.py is what the task pools run: core calls only, so it could run anywhere."""
    for name in ("backend.py", "editbackend.py"):
        assert not [m for m in imported_modules(PACKAGE / "gui" / name) if m.split(".")[0] in QT_MODULES], name


def test_window_classes_stay_small_and_keep_no_test_only_state():
    """A class does one job (a 500-line window class is the thing to split), and nothing keeps
    results around only so that tests can read them (last_report and the like)."""
    sizes = {}
    for path in sorted((PACKAGE / "gui").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert "self.last_" not in source, path.name
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                sizes[f"{path.name}:{node.name}"] = node.end_lineno - node.lineno + 1
    assert sizes and max(sizes.values()) <= 250, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def _translation_calls(tree: ast.AST):
    """Calls lupdate reads as translations: tr(…), self.tr(…), translate(…), X.translate(…)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in ("tr", "translate"):
                yield name, node


def test_every_ui_string_is_a_literal_that_lupdate_can_extract():
    """A tr()/translate() call given a variable is never extracted, so it is never translated (the
    English window showed the import summary in Chinese)."""
    offenders = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        for name, call in _translation_calls(ast.parse(path.read_text(encoding="utf-8"))):
            text = call.args[0 if name == "tr" else 1] if len(call.args) > (0 if name == "tr" else 1) else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                offenders.append(f"{path.name}:{call.lineno}")
    assert offenders == []


def test_tr_is_only_called_on_self():
    """`other.tr("…")` is extracted by lupdate under the context `other` (a variable's name) but
    looked up at run time under the object's class, so it is never translated: the paper settings'
    buttons read 保存 / 取消 in the English window. Translate on self, or with an explicit context."""
    offenders = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        for name, call in _translation_calls(ast.parse(path.read_text(encoding="utf-8"))):
            f = call.func
            if name == "tr" and isinstance(f, ast.Attribute) and not (isinstance(f.value, ast.Name)
                                                                       and f.value.id == "self"):
                offenders.append(f"{path.name}:{call.lineno}")
    assert offenders == []
