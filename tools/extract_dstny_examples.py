"""Extract every JSON example of the Dstny Core reference dump into the tests' own data file.

    python tools/extract_dstny_examples.py PATH/TO/dstny-core-api-reference.txt

writes ``tests/providers/dstny/data/dstny_reference_examples.json`` (the raw text of each example and the
line where it starts), which ``tests/providers/dstny/test_dstny_seed_examples.py`` reads: the tests never
read anything outside the repository.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "providers" / "dstny" / "data" / "dstny_reference_examples.json"
SOURCE = ("Dstny Core API reference, the vendor's redoc page as dumped to text (dstny-core-api-reference.txt); "
          "each entry is one JSON example exactly as printed there (with redoc's '- ' list markers), and the line "
          "where it starts. Regenerate with tools/extract_dstny_examples.py.")

_START = re.compile(r"^(\{|\[-|\[\s*\{)")
_RANGE = re.compile(r"^\[\s*\d+\s*\.\.")


def _balance(text: str, depth: int, in_str: bool) -> tuple[int, bool]:
    esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return depth, in_str


def extract_examples(path: Path) -> list[tuple[int, str]]:
    """``(line number, raw text)`` of every JSON example in the dump."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        if _START.match(lines[i]) and not _RANGE.match(lines[i]):
            buf: list[str] = []
            depth, in_str, j = 0, False, i
            while j < len(lines):
                buf.append(lines[j])
                depth, in_str = _balance(lines[j] + "\n", depth, in_str)
                j += 1
                if depth <= 0 and not in_str:
                    break
            found.append((i + 1, "\n".join(buf)))
            i = j
        else:
            i += 1
    return found



def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    examples = extract_examples(Path(argv[1]))
    doc = {"source": SOURCE, "examples": [{"line": n, "raw": raw} for n, raw in examples]}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(examples)} examples written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
