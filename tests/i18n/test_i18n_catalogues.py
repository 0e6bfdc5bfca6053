"""The translation catalogues: in step with the sources, compiled, finished; the extraction lupdate reads."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as tr  # noqa: E402  (tools/ is not a package)


def _fresh(tmp_path: Path, language: str) -> Path:
    fresh = tr.ts_path(language, tmp_path)
    shutil.copyfile(tr.ts_path(language), fresh)
    tr.lupdate(fresh, language)
    return fresh


@pytest.mark.parametrize("language", tr.LANGUAGES)
def test_the_ts_file_has_every_source_text_and_no_other(tmp_path, language):
    fresh = _fresh(tmp_path, language)
    committed, now = tr.source_texts(tr.ts_path(language)), tr.source_texts(fresh)
    assert now - committed == set(), f"new texts not in {language}.ts: run tools/update_translations.py"
    assert committed - now == set(), f"texts gone from the sources still in {language}.ts"
    assert fresh.read_bytes() == tr.ts_path(language).read_bytes(), "run tools/update_translations.py"


@pytest.mark.parametrize("language", tr.LANGUAGES)
def test_the_shipped_qm_is_compiled_from_its_ts(tmp_path, language):
    compiled = tr.qm_path(language, tmp_path)
    tr.lrelease(tr.ts_path(language), compiled)
    assert tr.qm_path(language).read_bytes() == compiled.read_bytes(), "run tools/update_translations.py --release"


@pytest.mark.parametrize("language", tr.LANGUAGES)
def test_every_entry_is_translated(language):
    ts_file = tr.ts_path(language)
    total, left = len(tr.messages(ts_file)), tr.unfinished(ts_file)
    if language != "en" and total and len(left) == total:
        pytest.skip(f"{language}: none of the {total} texts is translated yet (the translations are the next step); "
                    "this test fails as soon as one is, until all are")
    assert not left, f"{len(left)} of {total} unfinished in {ts_file.name}, e.g. {left[:3]}"


def test_the_catalogues_are_not_empty():
    assert len(tr.messages(tr.ts_path("sv"))) > 500
    assert tr.source_texts(tr.ts_path("sv")) == tr.source_texts(tr.ts_path("it"))
    plurals = {(c, s) for c, s, _t in tr.messages(tr.ts_path("sv")) if "%n" in s}
    assert tr.source_texts(tr.ts_path("en")) == plurals


def test_plurals_with_any_count_expression_reach_lupdate_as_plurals(tmp_path):
    """lupdate itself reads ``translate(c, t, None, n)`` as an "encoding" argument and drops
    ``len(x)``/``self.n``; the extraction hands it every plural, marked as one."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "m.py").write_text(
        "from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate\n"
        "a = translate('Q', '%n calls', None, len(calls))\n"
        "b = translate('Q', '%n agents', None, self.count)\n"
        "c = translate('Q', 'Plain \"quoted\" text\\n…')\n"
        "d = translate(\n    'Q',\n    'Split over '\n    'lines {name}',\n).format(name=x)\n"
        "e = QT_TRANSLATE_NOOP('Q', 'Marked')\n"
        "f = translate('Q', marked)  # shows a text marked elsewhere\n"
        "g = QCoreApplication.translate('QPlatformTheme', 'Cancel')  # Qt's own\n",
        encoding="utf-8")
    ts = tmp_path / "out.ts"
    tr.lupdate(ts, "sv", package=package)
    messages = {m.findtext("source"): m.get("numerus") for m in ET.parse(ts).getroot().iter("message")}
    assert messages == {"%n calls": "yes", "%n agents": "yes", 'Plain "quoted" text\n…': None,
                        "Split over lines {name}": None, "Marked": None}


def test_a_translate_with_a_computed_context_is_refused():
    with pytest.raises(tr.NotExtractable, match="m.py:1"):
        tr.extract("translate(context, 'Text')", "m.py")
