"""How much of the Dstny Core reference the app covers: counts per section from docs/dstny-coverage.md.

    python tools/dstny_coverage.py           # print the counts (reference operations / routed / used)
    python tools/dstny_coverage.py --check   # also list every problem; exit 1 when there is one
    python tools/dstny_coverage.py --write   # rewrite the summary table of the page from the counts

The page has one table per section of the reference, one row per reference operation, naming the
route of ``cti_desktop/providers/dstny/routes.py`` that serves it (or ``—`` and why not).

* **routed**: the row names a route.
* **used**: a caller in the app reaches the client code that sends that route. A static check by
  name, with :mod:`ast` (nothing is imported or run):

  1. every function and method of ``cti_desktop/providers/dstny/`` (``routes.py`` left out) is read
     for the route names it holds as string constants *inside its body* (so ``FEATURES``, the
     table of words per route, does not count) and for the names it calls or refers to;
  2. the app is every module of ``cti_desktop/`` outside ``providers/`` and ``simulator/``
     (view-models, widgets, core, accounts, demo, app, cli); the names it calls or refers to
     (``x.name(...)``, ``x.name``, ``name(...)``, and a string that is a name, as in
     ``getattr(service, "name", None)``) are the seeds;
  3. a provider function is reached when its name is a seed or is referred to by a reached provider
     function (a closure); a route is used when a reached function holds its name.

  The match is by name, not by type: a provider method that shares its name with a method the app
  calls on something else counts as used (an over-estimate, e.g. ``search``). Tests are never seeds.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "dstny-coverage.md"
PACKAGE = ROOT / "cti_desktop"
PROVIDER = PACKAGE / "providers" / "dstny"
SUMMARY_START = "<!-- summary: written by tools/dstny_coverage.py --write -->"
SUMMARY_END = "<!-- end of summary -->"

_ROUTE_CELL = re.compile(r"^`([a-z_]+\.[a-z_]+)`$")


@dataclass
class Row:
    section: str
    line: int
    operation: str
    method: str
    route: str | None  # None: left out
    reason: str


@dataclass
class Section:
    name: str
    rows: list[Row] = field(default_factory=list)


def parse_doc(text: str) -> list[Section]:
    """The sections and their rows; a row that is not of the page's shape raises ``ValueError``."""
    sections: list[Section] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("## "):
            sections.append(Section(line[3:].strip()))
            continue
        if not sections or sections[-1].name == "Summary" or not line.startswith("|") \
                or line.startswith(("| Line", "|---")):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) != 5 or not cells[0].isdigit():
            raise ValueError(f"not a row of five cells with a line number: {raw!r}")
        number, operation, method, route_cell, reason = cells
        if route_cell == "—":
            route = None
            if not reason:
                raise ValueError(f"line {number} is left out without a reason")
        else:
            m = _ROUTE_CELL.match(route_cell)
            if m is None:
                raise ValueError(f"line {number}: the route cell must be `area.name` or —, not {route_cell!r}")
            route = m.group(1)
        sections[-1].rows.append(Row(sections[-1].name, int(number), operation, method, route, reason))
    return [s for s in sections if s.rows]


# ----------------------------------------------------------------------------- the static check


@dataclass
class Function:
    name: str
    where: str
    routes: set[str]
    refers: set[str]


def _names_referred(node: ast.AST) -> set[str]:
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Attribute):
            out.add(n.attr)
        elif isinstance(n, ast.Name):
            out.add(n.id)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value.isidentifier():
            out.add(n.value)  # getattr(service, "presence_shortcuts", None)
    return out


def provider_functions(route_names: set[str], provider: Path = PROVIDER) -> list[Function]:
    """Every function/method of the Dstny provider with the route names its body holds."""
    found: list[Function] = []
    for path in sorted(provider.rglob("*.py")):
        if path.name == "routes.py" and path.parent == provider:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                routes = {n.value for n in ast.walk(node)
                          if isinstance(n, ast.Constant) and isinstance(n.value, str) and n.value in route_names}
                found.append(Function(node.name, f"{path}:{node.lineno}", routes,
                                      _names_referred(node)))
            elif isinstance(node, ast.ClassDef):
                # a class is reached by its name: its __init__ runs
                found.append(Function(node.name, f"{path}:{node.lineno}", set(), {"__init__"}))
    return found


def app_names(package: Path = PACKAGE) -> set[str]:
    """The names the app (outside ``providers/`` and ``simulator/``) calls or refers to."""
    out: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package).parts
        if rel[0] in ("providers", "simulator"):
            continue
        out |= _names_referred(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
    return out


def used_routes(route_names: set[str], *, provider: Path = PROVIDER, package: Path = PACKAGE) -> set[str]:
    functions = provider_functions(route_names, provider)
    by_name: dict[str, list[Function]] = {}
    for f in functions:
        by_name.setdefault(f.name, []).append(f)
    todo = [f for name in app_names(package) for f in by_name.get(name, ())]
    reached: set[int] = set()
    used: set[str] = set()
    while todo:
        f = todo.pop()
        if id(f) in reached:
            continue
        reached.add(id(f))
        used |= f.routes
        todo += [g for name in f.refers for g in by_name.get(name, ())]
    return used


def routes_in_client_code(route_names: set[str], provider: Path = PROVIDER) -> set[str]:
    """Route names that some function or method of the provider holds in its body."""
    return set().union(*(f.routes for f in provider_functions(route_names, provider)))


# ----------------------------------------------------------------------------- counts and checks


def tables() -> tuple[dict, dict, dict]:
    from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES
    from cti_desktop.simulator.dstny.api import HANDLERS, ROUTES

    handlers = dict(HANDLERS)
    handlers.setdefault("ticket.create", None)  # answered by the dispatcher itself (password ticket)
    return dict(DEFAULT_ROUTES), dict(ROUTES), handlers


def counts(sections: list[Section], used: set[str]) -> list[tuple[str, int, int, int]]:
    out = []
    for s in sections:
        routed = [r for r in s.rows if r.route]
        out.append((s.name, len(s.rows), len(routed), sum(1 for r in routed if r.route in used)))
    return out


def problems(sections: list[Section], client_routes: dict, sim_routes: dict, handlers: dict,
             in_client_code: set[str]) -> list[str]:
    """Every way the page and the code disagree (empty: they agree)."""
    found = []
    lines = [r.line for s in sections for r in s.rows]
    if len(lines) != len(set(lines)):
        found.append("a reference line is listed twice")
    for s in sections:
        for r in s.rows:
            if r.route is None:
                continue
            if r.route not in client_routes:
                found.append(f"{r.route} (line {r.line}): not in the client's route table")
            if r.route not in sim_routes:
                found.append(f"{r.route} (line {r.line}): not in the simulator's route table")
            if r.route not in handlers:
                found.append(f"{r.route} (line {r.line}): no simulator handler")
            if r.route not in in_client_code:
                found.append(f"{r.route} (line {r.line}): no client method sends it")
            elif r.method and r.route in client_routes and client_routes[r.route].method != r.method \
                    and r.method != "?":
                found.append(f"{r.route} (line {r.line}): the page says {r.method}, "
                             f"the client sends {client_routes[r.route].method}")
    return found


def summary_table(rows: list[tuple[str, int, int, int]], unused: list[str] | None = None) -> str:
    """The summary: counts per section, then (when given) the routed routes the app does not reach."""
    out = ["| Section | Reference operations | Routed | Used by the app |", "|---|---:|---:|---:|"]
    for name, total, routed, used in rows:
        out.append(f"| {name} | {total} | {routed} | {used} |")
    t = [sum(r[i] for r in rows) for i in (1, 2, 3)]
    out.append(f"| **All** | **{t[0]}** | **{t[1]}** | **{t[2]}** |")
    if unused:
        out += ["", "Routed, but not reached from the app by the check: " + ", ".join(f"`{u}`" for u in unused) + "."]
    return "\n".join(out)


def unused_routes(sections: list[Section], used: set[str]) -> list[str]:
    return sorted({r.route for s in sections for r in s.rows if r.route} - used)


def summary_in(text: str) -> str:
    start, end = text.index(SUMMARY_START), text.index(SUMMARY_END)
    return text[start + len(SUMMARY_START):end].strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="list problems; exit 1 when there is one")
    parser.add_argument("--write", action="store_true", help="rewrite the page's summary table")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    text = DOC.read_text(encoding="utf-8")
    sections = parse_doc(text)
    client_routes, sim_routes, handlers = tables()
    names = set(client_routes)
    used = used_routes(names)
    rows = counts(sections, used)
    table = summary_table(rows, unused_routes(sections, used))
    print(table)
    if args.write:
        start, end = text.index(SUMMARY_START), text.index(SUMMARY_END)
        DOC.write_text(text[:start + len(SUMMARY_START)] + "\n\n" + table + "\n\n" + text[end:], encoding="utf-8")
    if args.check:
        found = problems(sections, client_routes, sim_routes, handlers, routes_in_client_code(names))
        if summary_in(text) != table and not args.write:
            found.append("the page's summary table is not the counts above (run with --write)")
        for p in found:
            print("PROBLEM:", p)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
