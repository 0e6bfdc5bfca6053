"""A static check (with :mod:`ast`, nothing imported or run): words handed to Qt without ``translate()``.

A call that puts text on screen — ``setText``, ``setToolTip``, ``addAction``, a ``QLabel(...)``,
``QMessageBox.warning(...)``, a form's ``addRow("Label", …)`` and the like, or any call with a keyword
such as ``tip=``/``title=``/``menu_text=`` — must not be given a string literal, an f-string, a
``"…".format(…)`` or a concatenation whose literal part has letters. Text with letters reaches those
calls only through ``translate(...)`` (or a value computed elsewhere, which the runtime pseudo-locale
check covers). The app's own helpers count too: a function with a parameter named ``text``, ``tip``,
``title``… (:data:`TEXT_KEYWORDS`) takes words in that place. HTML tags, ``{placeholders}`` and ``%n``/``%1`` are not words.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

#: Methods whose arguments are shown to the person.
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addItem", "addItems", "insertItem", "insertItems", "setItemText", "addAction", "addMenu",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "showMessage",
    "setSpecialValueText", "setSuffix", "setPrefix", "setLabelText", "setInformativeText", "setDetailedText",
    "setButtonText", "addButton", "setWindowIconText", "addRow", "insertRow", "setFormat", "setCancelButtonText",
    "setOkButtonText", "addSection", "addSeparator", "setIconText", "setPlainText", "setHtml", "showText",
    "setDisplayText", "setToolTipText", "setLabel",
})
#: Constructors whose arguments are shown.
TEXT_CLASSES = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu", "QToolButton",
    "QCommandLinkButton", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem", "QMessageBox",
    "QStandardItem", "QWidgetAction", "QDockWidget",
})
#: ``QMessageBox.<static>(...)``.
MESSAGE_BOX_STATICS = frozenset({"information", "warning", "critical", "question", "about"})
#: Keyword arguments that carry shown words into the app's own helpers.
TEXT_KEYWORDS = frozenset({
    "text", "title", "tip", "tooltip", "toolTip", "menu_text", "placeholder", "label", "caption", "heading",
    "accessible_name", "accessible_description", "status_tip", "words", "empty_text", "button_text", "hint",
    "message", "body", "summary",
})

#: True non-words that may reach those calls untranslated: text → why.
ALLOWED: dict[str, str] = {
    "×": "a close glyph",
    "…": "an ellipsis glyph",
    "https://pbx.example.com": "an example address (a reserved example domain), not words",
    "example.com": "an example domain (reserved for examples), not words",
    **{side: "a pyqtgraph axis name (setLabel's first argument), not shown" for side in ("left", "bottom", "right", "top")},
}

_TAGS = re.compile(r"<[^>]*>|&[a-zA-Z]+;|\{[^{}]*\}|%[n0-9]|%[sdif]|%\([a-z_]+\)[sdif]")


def has_words(text: str) -> bool:
    """Whether ``text`` has letters once markup, placeholders and allowlisted non-words are taken out."""
    if text in ALLOWED:
        return False
    return any(ch.isalpha() for ch in _TAGS.sub("", text))


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not wrapped in translate()"


def _literal_words(node: ast.AST) -> str | None:
    """The literal words of an argument expression built without ``translate``, else ``None``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return parts if has_words(parts) else None
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_words(node.body) or _literal_words(node.orelse)
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            found = _literal_words(value)
            if found:
                return found
        return None
    if isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            found = _literal_words(element)
            if found:
                return found
        return None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_words(node.func.value)
    return None


def _call_name(node: ast.Call) -> tuple[str, bool]:
    """``(name, is_text_call)`` of a call."""
    func = node.func
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id == "QMessageBox" and func.attr in MESSAGE_BOX_STATICS:
            return f"QMessageBox.{func.attr}", True
        return func.attr, func.attr in TEXT_METHODS or func.attr in TEXT_CLASSES
    if isinstance(func, ast.Name):
        return func.id, func.id in TEXT_CLASSES
    return "", False


def text_helpers(tree: ast.AST) -> dict[str, set[int]]:
    """The app's own functions that take shown words: name → the positions of their word parameters
    (a parameter named like :data:`TEXT_KEYWORDS`; ``self``/``cls`` not counted)."""
    helpers: dict[str, set[int]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = [a.arg for a in node.args.posonlyargs + node.args.args]
            if params[:1] in (["self"], ["cls"]):
                params = params[1:]
            places = {i for i, name in enumerate(params) if name in TEXT_KEYWORDS}
            if places:
                helpers.setdefault(node.name, set()).update(places)
    return helpers


def findings_in_source(source: str, path: str, helpers: dict[str, set[int]] | None = None) -> list[Finding]:
    found: list[Finding] = []
    tree = ast.parse(source, filename=path)
    helpers = text_helpers(tree) if helpers is None else helpers
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name, text_call = _call_name(node)
        args = list(node.args) + [k.value for k in node.keywords if k.arg is not None] if text_call else []
        args += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS and not text_call]
        if not text_call and name in helpers:
            args += [a for i, a in enumerate(node.args) if i in helpers[name]]
        for arg in args:
            words = _literal_words(arg)
            if words:
                found.append(Finding(path, getattr(arg, "lineno", node.lineno), name, words))
    return found


def findings_in(folder: Path, root: Path) -> list[Finding]:
    files = sorted(folder.rglob("*.py"))
    helpers: dict[str, set[int]] = {}
    for file in files:
        for name, places in text_helpers(ast.parse(file.read_text(encoding="utf-8"))).items():
            helpers.setdefault(name, set()).update(places)
    found: list[Finding] = []
    for file in files:
        found += findings_in_source(file.read_text(encoding="utf-8"), str(file.relative_to(root)), helpers)
    return found
