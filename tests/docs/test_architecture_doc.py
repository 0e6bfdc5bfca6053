"""docs/architecture.md stays true: it lists every import contract of pyproject.toml, and every
module, test file and name it points at exists."""

from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_every_import_contract_is_on_the_page():
    assert len(CONTRACTS) >= 6
    rows = {line.split("|")[1].strip() for line in DOC.splitlines() if line.startswith("| ")}
    missing = [c["name"] for c in CONTRACTS if c["name"] not in rows]
    assert not missing, f"contracts of pyproject.toml not in the table of docs/architecture.md: {missing}"


def _paths() -> set[str]:
    """Every `some/path.py` the page names (placeholders like <key> left out)."""
    return {m for m in re.findall(r"`([\w/<>.]+\.py)", DOC) if "<" not in m}


def test_every_file_the_page_names_exists():
    assert len(_paths()) > 15
    missing = []
    for path in sorted(_paths()):
        candidates = [ROOT / path, ROOT / "cti_desktop" / path]
        if not any(c.is_file() for c in candidates):
            missing.append(path)
    assert not missing, f"docs/architecture.md names files that do not exist: {missing}"


def test_every_name_the_page_points_at_exists():
    """`module.py: Name` and `module.py: Name.attribute` references resolve."""
    refs = re.findall(r"`([\w/]+)\.py: ([\w.]+)`", DOC)
    assert len(refs) > 8
    missing = []
    for path, dotted in refs:
        module = importlib.import_module("cti_desktop." + path.replace("/", "."))
        obj = module
        for part in dotted.split("."):
            obj = getattr(obj, part, None)
            if obj is None:
                missing.append(f"{path}.py: {dotted}")
                break
    assert not missing, f"docs/architecture.md points at names that do not exist: {missing}"
