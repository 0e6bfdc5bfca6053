"""Keep the app's translations in step with its sources (Qt's lupdate/lrelease).

    python tools/update_translations.py            # extract every translate(...) of cti_desktop/ into the .ts files
    python tools/update_translations.py --release  # also compile the .ts files into the shipped .qm files
    python tools/update_translations.py --check    # exit 1 when a .ts file is out of date with the sources,
                                                   # has unfinished entries, or a .qm is older than its .ts

The translation sources are ``resources/translations/cti_desktop_<lang>.ts`` (one per language of
:data:`LANGUAGES`, English with its plural forms only; obsolete entries are dropped, no source locations are kept so that moving code
does not change them); the compiled files are ``cti_desktop/resources/translations/cti_desktop_<lang>.qm``,
package data, committed so that a pip install has them. Both tools ship with PySide6.

lupdate does not read our sources directly: its Python parser takes any name in the fourth place of
``translate(ctx, text, None, count)`` for an old "encoding" argument, so a plural with a variable count
comes out as a plain message, and one with ``len(x)`` or ``self.count`` is dropped without a word. So
this tool reads every ``translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` with :mod:`ast` and hands
lupdate one plain call per message (a plural with the literal count ``1``, which lupdate does read as
a plural); the context and the text must be string literals (:func:`extract` refuses anything else,
except ``translate(ctx, value)`` showing a text marked elsewhere with ``QT_TRANSLATE_NOOP``).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cti_desktop"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "resources" / "translations"
CATALOGUE = "cti_desktop"
LANGUAGES = ("sv", "it", "en")
#: English is the source language: its catalogue holds only the plural forms (``%n``), so that
#: "1 missed call" and "3 missed calls" both read right (the source texts are written in the plural).
PLURAL_ONLY = ("en",)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, folder: Path = QM_DIR) -> Path:
    return folder / f"{CATALOGUE}_{language}.qm"


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every Python file of the package (sorted, so the extraction is the same each time)."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is not on PATH (it comes with PySide6)")
    return found


class NotExtractable(ValueError):
    """A ``translate(...)`` whose context or text is not a string literal (lupdate cannot read it)."""


#: The names that mark a text: ``translate(ctx, text[, disambiguation[, n]])`` and the no-op marker.
MARKERS = ("translate", "QT_TRANSLATE_NOOP")


def _literal(node: ast.AST | None) -> str | None:
    if node is None or (isinstance(node, ast.Constant) and node.value is None):
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise NotExtractable(ast.unparse(node))


def extract(source: str, filename: str) -> list[tuple[str, str, str | None, bool]]:
    """``(context, text, disambiguation, plural)`` of every marked text of one Python source."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in MARKERS or (isinstance(func, ast.Attribute) and name == "translate"
                                   and not (isinstance(func.value, ast.Name) and func.value.id == "i18n")):
            continue  # ``QCoreApplication.translate`` and the like are Qt's own calls, not marks of ours
        keywords = {k.arg: k.value for k in node.keywords}
        args = list(node.args) + [None] * 4
        text_node = args[1] or keywords.get("source")
        if name == "translate" and not (isinstance(text_node, ast.Constant) and isinstance(text_node.value, str)):
            continue  # shows a text marked elsewhere with QT_TRANSLATE_NOOP (extracted there)
        try:
            context = _literal(args[0] or keywords.get("context"))
            text = _literal(args[1] or keywords.get("source"))
            disambiguation = _literal(args[2] or keywords.get("disambiguation"))
        except NotExtractable as exc:
            raise NotExtractable(f"{filename}:{node.lineno}: {name}() needs string literals, not {exc}") from None
        if context is None or text is None:
            raise NotExtractable(f"{filename}:{node.lineno}: {name}() without a context or a text")
        count = args[3] or keywords.get("n")
        plural = count is not None and not (isinstance(count, ast.Constant) and count.value in (None, -1))
        found.append((context, text, disambiguation, plural))
    return found


def _py_string(text: str) -> str:
    """A double-quoted literal lupdate's tokenizer reads back exactly (it knows no ``\\u`` escapes)."""
    out = []
    for ch in text:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def lupdate_input(package: Path = PACKAGE) -> str:
    """One plain ``translate(...)`` line per marked text of the package, for lupdate to read."""
    lines = []
    for path in sources(package):
        for context, text, disambiguation, plural in extract(path.read_text(encoding="utf-8"), str(path)):
            call = f"translate({_py_string(context)}, {_py_string(text)}"
            if disambiguation is not None or plural:
                call += f", {_py_string(disambiguation) if disambiguation is not None else 'None'}"
            lines.append(call + (", 1)" if plural else ")"))
    return "\n".join(lines) + "\n"


def lupdate(ts_file: Path, language: str, package: Path = PACKAGE) -> None:
    """Extract the sources' texts into ``ts_file`` (made if missing, merged into otherwise)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp) / "cti_desktop_texts.py"
        marks.write_text(lupdate_input(package), encoding="utf-8")
        subprocess.run([_tool("pyside6-lupdate"), str(marks), "-ts", str(ts_file), "-no-obsolete",
                        "-locations", "none", "-source-language", "en", "-target-language", language,
                        "-silent", *(["-pluralonly"] if language in PLURAL_ONLY else [])], check=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file), "-silent"], check=True)


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """``(context, source, <translation>)`` of every message of a .ts file."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def source_texts(ts_file: Path) -> set[tuple[str, str]]:
    return {(context, source) for context, source, _t in messages(ts_file)}


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """The messages with no finished translation (marked unfinished, or an empty text or plural form)."""
    missing = []
    for context, source, translation in messages(ts_file):
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append((context, source))
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            missing.append((context, source))
    return missing


def check() -> list[str]:
    """Every problem of the translations now, as one line each."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts_file = ts_path(language)
            if not ts_file.exists():
                problems.append(f"{ts_file.relative_to(ROOT)} is missing (run tools/update_translations.py)")
                continue
            fresh = ts_path(language, Path(tmp))
            shutil.copyfile(ts_file, fresh)
            lupdate(fresh, language)
            if fresh.read_bytes() != ts_file.read_bytes():
                added = source_texts(fresh) - source_texts(ts_file)
                gone = source_texts(ts_file) - source_texts(fresh)
                problems.append(f"{ts_file.relative_to(ROOT)} is out of date with the sources "
                                f"({len(added)} new, {len(gone)} gone texts; run tools/update_translations.py)")
            left = unfinished(ts_file)
            if left:
                problems.append(f"{ts_file.relative_to(ROOT)}: {len(left)} of {len(messages(ts_file))} entries "
                                f"unfinished, e.g. {left[0][0]}: {left[0][1]!r}")
            qm_file = qm_path(language)
            compiled = qm_path(language, Path(tmp))
            lrelease(ts_file, compiled)
            if not qm_file.exists() or qm_file.read_bytes() != compiled.read_bytes():
                problems.append(f"{qm_file.relative_to(ROOT)} is not compiled from its .ts "
                                "(run tools/update_translations.py --release)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="also compile the .qm files")
    parser.add_argument("--check", action="store_true", help="only check; exit 1 on any problem")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        print(f"{ts_path(language).relative_to(ROOT)}: {len(messages(ts_path(language)))} texts, "
              f"{len(unfinished(ts_path(language)))} unfinished")
        if args.release:
            lrelease(ts_path(language), qm_path(language))
            print(f"  compiled {qm_path(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
