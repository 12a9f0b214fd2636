"""Every text the window shows goes through Qt's translation (issue 11).

An AST scan of desktop/ramstein/ui: a string literal or f-string handed straight to a Qt text
API (setText, setToolTip, QLabel(...), QMessageBox.warning(...), addMenu...) without tr() or
QCoreApplication.translate() fails, naming file:line. Object names, icons and punctuation are
not words: they pass (ALLOWED), as do literals without a letter ("…", "—", "%").
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop" / "ramstein" / "ui"

# Methods whose first argument is shown to the user.
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setIconText", "setCancelButtonText",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setAccessibleName", "setAccessibleDescription", "setFormat",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "addItem", "addItems", "insertItem", "showMessage", "addButton", "addRow", "setItemText",
    "setWindowIconText", "setSubTitle", "setButtonText", "setHeaderData",
})
# Widgets whose constructor's first argument is a text.
TEXT_CONSTRUCTORS = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QCommandLinkButton", "QProgressDialog", "QMessageBox",
})
# Static dialogs: every string argument after the parent is a title, a text or a caption.
STATIC_DIALOGS = {
    "QMessageBox": {"information", "warning", "critical", "question", "about"},
    "QInputDialog": {"getText", "getItem", "getInt", "getDouble", "getMultiLineText"},
    "QFileDialog": {"getOpenFileName", "getSaveFileName", "getExistingDirectory",
                    "getOpenFileNames"},
}
# Our own helpers that put their arguments on screen: (first text argument, last + 1).
HELPERS = {"message_box": (2, 5), "show_message": (1, 4), "DialogProgress": (0, 2)}
# Signals whose text the window shows in its status bar: self.message.emit("...").
MESSAGE_SIGNALS = frozenset({"message", "status_message"})
WRAPPERS = frozenset({"tr", "translate", "_tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})
# Literals that are not words to translate (object names, style keys, product name...).
ALLOWED = frozenset({"Ramstein Planner", "EUR", "OK", "PDF", "ISO3", "CSV", "xlsx", "ics"})
DATE_PATTERN = re.compile(r"[dMyHhms]+(?:[ ./:-]+[dMyHhms]+)*")


def _is_words(node: ast.expr) -> bool:
    """A user-visible literal: a str constant or f-string that contains a letter."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_words(node.left) or _is_words(node.right)
    elif isinstance(node, ast.IfExp):
        return _is_words(node.body) or _is_words(node.orelse)
    else:
        return False
    text = re.sub(r"</?\w+>", "", text)  # "<b>{APP_NAME}</b> {version}" has no words
    if DATE_PATTERN.fullmatch(text.strip()):
        return False  # a Qt date format ("MMM yyyy"), which the locale translates itself
    return any(c.isalpha() for c in text) and text.strip() not in ALLOWED


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _owner(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


def _texts(call: ast.Call) -> list[ast.expr]:
    """The arguments of `call` that a user reads, if it is a Qt text API."""
    name, owner = _name(call.func), _owner(call.func)
    if name in HELPERS:
        first, last = HELPERS[name]
        return [*call.args[first:last],
                *(k.value for k in call.keywords if k.arg in {"informative", "details", "text"})]
    if (name == "emit" and isinstance(call.func, ast.Attribute)
            and _name(call.func.value) in MESSAGE_SIGNALS):
        return call.args[:1]
    if owner in STATIC_DIALOGS and name in STATIC_DIALOGS[owner]:
        return list(call.args[1:]) + [k.value for k in call.keywords]
    if name in TEXT_CONSTRUCTORS:
        first = call.args[:1]
        if name == "QMessageBox":  # QMessageBox(icon, title, text, ...)
            first = call.args[1:3]
        return [*first, *(k.value for k in call.keywords if k.arg in {"text", "title"})]
    if name in TEXT_METHODS and isinstance(call.func, ast.Attribute):
        if name in {"addItems", "setHeaderLabels", "setHorizontalHeaderLabels",
                    "setVerticalHeaderLabels"} and call.args:
            seq = call.args[0]
            return list(seq.elts) if isinstance(seq, ast.List | ast.Tuple) else []
        if name == "setHeaderData":
            return call.args[2:3]
        if name in {"insertItem", "insertTab", "setTabText", "setItemText", "setTabToolTip"}:
            return call.args[1:2] if name != "insertTab" else call.args[2:3]
        if name in {"addTab"}:
            return call.args[1:2]
        return call.args[:1]
    return []


def untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) not in WRAPPERS:
            for arg in _texts(node):
                if _is_words(arg):
                    found.append(f"{path.relative_to(UI.parent)}:{arg.lineno}: "
                                 f"{ast.unparse(arg)[:70]}")
    return found


def test_the_scan_catches_an_unwrapped_text(tmp_path: Path) -> None:
    sample = UI / "_scan_sample.py"
    try:
        sample.write_text(
            "label = QLabel('Pledges')\n"
            "label.setToolTip(f'{n} pledges')\n"
            "QMessageBox.warning(self, 'Import', self.tr('ok'))\n"
            "ok = QLabel(self.tr('Pledges'))\n"
            "name.setText('—')\n", encoding="utf-8")
        found = untranslated(sample)
    finally:
        sample.unlink()
    assert [line.split(":")[1] for line in found] == ["1", "2", "3"]


def test_every_ui_text_is_wrapped_for_translation() -> None:
    found = [line for path in sorted(UI.rglob("*.py")) for line in untranslated(path)]
    assert not found, f"{len(found)} texts not wrapped in tr()/translate():\n" + "\n".join(found)
