"""Extract every JSON example of the Dstny Core reference dump into the tests' own data file.

    python tools/extract_dstny_examples.py PATH/TO/dstny-core-api-reference.txt

writes ``tests/providers/dstny/data/dstny_reference_examples.json`` (the raw text of each example and the
line where it starts, plus each request-line example such as ``POST http://…/api/calls/current/…`` with the
parameter names the reference lists after it), which ``tests/providers/dstny/test_dstny_seed_examples.py`` reads: the tests never
read anything outside the repository.

It also writes the parameter lists of the operations named in :data:`OPERATIONS` (``"operations"``:
the summary line as the reference prints it, the line where it stands, and each parameter's name,
whether it is required and its type, in the reference's order). Some operations have no JSON request
sample (set activity, set the activity end time, delete a presence shortcut): their parameter list is
what a request is compared with (``tests/providers/dstny/test_dstny_reference_requests.py``).
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

#: Operations whose parameter lists are extracted: the first words of their summary line in the dump.
OPERATIONS: tuple[str, ...] = (
    "Set the activity of the user.",
    "Set a user's current activity's end-time.",
    "Update the presence state of a user.",
    "Delete a specific presence shortcut for a user.",
    "Removing the participant {participantId} from the ad-hoc conference",
    "Log in a user to a distribution group.",
    "Log out a user from a distribution group.",
    "To log in/log out an agent or attendant of an ACD/Attendant group",
    "Cancel an ongoing attended call transfer.",
    "Get the status of an ongoing call transfer.",
    "Transfer a mobile call to the specified number.",
)

_TYPE = re.compile(r"^(string|boolean|integer( <int(32|64)>)?|number|Array of \w+( \(\w+\))?|object( \(\w+\))?)$")

_START = re.compile(r"^(\{|\[-|\[\s*\{)")
_RANGE = re.compile(r"^\[\s*\d+\s*\.\.")
_REQUEST = re.compile(r"^(GET|POST|PUT|DELETE|PATCH) (https?://\S+)$")


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


def extract_requests(path: Path) -> list[dict]:
    """Every request-line example (``POST http://host/api/…``) with the parameter names listed after it.

    A parameter is printed as its name on a line of its own followed by ``required``, or as
    ``name |``; the list ends at the next JSON example or request line.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[dict] = []
    for i, line in enumerate(lines):
        m = _REQUEST.match(line)
        if not m:
            continue
        params: list[str] = []
        for j in range(i + 1, len(lines)):
            here = lines[j]
            if _REQUEST.match(here) or (_START.match(here) and not _RANGE.match(here)):
                break
            nxt = lines[j + 1] if j + 1 < len(lines) else ""
            if re.fullmatch(r"[A-Za-z][\w.-]*", here) and nxt == "required":
                params.append(here)
            elif re.fullmatch(r"[A-Za-z][\w.-]* \|", here):
                params.append(here[:-2])
        found.append({"line": i + 1, "method": m.group(1), "url": m.group(2), "parameters": params})
    return found

def _parameters(lines: list[str], i: int) -> list[dict]:
    """The parameter list that starts at ``lines[i]``: ``name`` [``required``] ``|`` type description ``|``.

    redoc's dump prints a parameter as its name (``name |`` when optional, or ``name``, ``required``,
    ``|``), its type, optional ``Enum:``/``Default:``/``Example:`` lines and a description ending in
    ``|``. A body field whose name the dump lost (``object (Activity)`` right after the previous
    field) is recorded with the name ``None``. The list ends at the first line of another shape.
    """
    found: list[dict] = []
    while i < len(lines):
        line = lines[i].strip()
        if _TYPE.match(line) and found:  # a nameless field: its type, then its description
            name, required, j = None, False, i
        elif line.endswith(" |") and " " not in line[:-2] and i + 1 < len(lines) and _TYPE.match(lines[i + 1].strip()):
            name, required, j = line[:-2], False, i + 1
        elif (i + 3 < len(lines) and " " not in line and lines[i + 1].strip() == "required"
              and lines[i + 2].strip() == "|" and _TYPE.match(lines[i + 3].strip())):
            name, required, j = line, True, i + 3
        else:
            break
        kind = lines[j].strip()
        j += 1
        while j < len(lines) and not lines[j].rstrip().endswith("|"):
            j += 1
        found.append({"name": name, "required": required, "type": kind})
        i = j + 1
    return found


def extract_operations(path: Path, summaries: tuple[str, ...] = OPERATIONS) -> list[dict]:
    """Every operation of ``summaries`` (each may stand more than once): its line and parameters."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for n, line in enumerate(lines):
        for summary in summaries:
            if line.strip().startswith(summary):
                start, deprecated = n + 1, False
                # "NOTE: This method is" / "DEPRECATED and will be removed in future releases."
                while start < len(lines) and (lines[start].startswith("NOTE: This method")
                                              or lines[start].startswith("DEPRECATED")):
                    deprecated = deprecated or "DEPRECATED" in lines[start]
                    start += 1
                out.append({"summary": summary, "line": n + 1, "deprecated": deprecated,
                            "parameters": _parameters(lines, start)})
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    examples = extract_examples(Path(argv[1]))
    doc = {"source": SOURCE, "examples": [{"line": n, "raw": raw} for n, raw in examples],
           "requests": extract_requests(Path(argv[1])),
           "operations": extract_operations(Path(argv[1]))}
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(examples)} examples written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
