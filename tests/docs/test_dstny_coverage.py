"""docs/dstny-coverage.md stays true: every route it names is in the client's and the simulator's
route tables, has a simulator handler and is sent by client code, and its summary is the counts
``tools/dstny_coverage.py`` computes (reference operations / routed / used by the app)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("dstny_coverage", ROOT / "tools" / "dstny_coverage.py")
coverage = importlib.util.module_from_spec(_spec)
sys.modules["dstny_coverage"] = coverage
_spec.loader.exec_module(coverage)

TEXT = coverage.DOC.read_text(encoding="utf-8")
SECTIONS = coverage.parse_doc(TEXT)
CLIENT, SIMULATOR, HANDLERS = coverage.tables()
IN_CLIENT_CODE = coverage.routes_in_client_code(set(CLIENT))


def _named_routes() -> set[str]:
    return {r.route for s in SECTIONS for r in s.rows if r.route}


def test_the_page_lists_every_section_of_the_reference():
    names = [s.name for s in SECTIONS]
    assert len(names) == 27 and len(set(names)) == 27, names
    assert names[0] == "ACD/Attendant Group" and names[-1] == "SMS"
    rows = [r for s in SECTIONS for r in s.rows]
    assert len(rows) >= 200
    assert all(r.reason for r in rows if r.route is None)
    assert all(r.method in ("GET", "POST", "PUT", "DELETE") for r in rows)


def test_every_named_route_exists_on_both_sides_with_a_handler_and_a_sender():
    assert len(_named_routes()) >= 60
    assert coverage.problems(SECTIONS, CLIENT, SIMULATOR, HANDLERS, IN_CLIENT_CODE) == []


def test_the_summary_is_the_computed_counts():
    used = coverage.used_routes(set(CLIENT))
    rows = coverage.counts(SECTIONS, used)
    expected = coverage.summary_table(rows, coverage.unused_routes(SECTIONS, used))
    assert coverage.summary_in(TEXT) == expected, "run: python tools/dstny_coverage.py --write"
    total_routed = sum(r[2] for r in rows)
    assert total_routed >= 80, total_routed


@pytest.mark.parametrize("side", ["client", "simulator", "handler", "sender"])
def test_removing_a_named_route_is_a_problem(side):
    """The check can fail: take one route the page names away from one side."""
    name = "pc.update" if "pc.update" in _named_routes() else sorted(_named_routes())[0]
    client, simulator, handlers, senders = dict(CLIENT), dict(SIMULATOR), dict(HANDLERS), set(IN_CLIENT_CODE)
    {"client": client, "simulator": simulator, "handler": handlers}.get(side, {}).pop(name, None)
    if side == "sender":
        senders.discard(name)
    found = coverage.problems(SECTIONS, client, simulator, handlers, senders)
    assert found and all(p.startswith(name + " ") for p in found), found


def test_a_row_without_a_reason_or_with_a_bad_route_cell_is_refused():
    head = "## X\n\n| Line | Operation | Method | Route | Why left out |\n|---:|---|---|---|---|\n"
    with pytest.raises(ValueError, match="without a reason"):
        coverage.parse_doc(head + "| 10 | Do a thing. | GET | — |  |\n")
    with pytest.raises(ValueError, match="route cell"):
        coverage.parse_doc(head + "| 10 | Do a thing. | GET | cc.hold |  |\n")


def _tree(tmp_path: Path, app_source: str) -> tuple[Path, Path]:
    package = tmp_path / "cti_desktop"
    provider = package / "providers" / "dstny"
    provider.mkdir(parents=True)
    (provider / "client.py").write_text(
        'FEATURES = {"x.table": "only a word table"}\n'
        "class Client:\n"
        "    async def _helper(self):\n"
        '        return await self._json("x.helped")\n'
        "    async def fetch(self):\n"
        '        await self._json("x.direct")\n'
        "        return await self._helper()\n"
        "    async def never_called(self):\n"
        '        return await self._json("x.unused")\n',
        encoding="utf-8",
    )
    (package / "viewmodels").mkdir()
    (package / "viewmodels" / "panel.py").write_text(app_source, encoding="utf-8")
    return provider, package


def test_used_means_reached_from_the_app(tmp_path):
    names = {"x.direct", "x.helped", "x.unused", "x.table"}
    provider, package = _tree(tmp_path, "async def load(service):\n    return await service.fetch()\n")
    assert coverage.used_routes(names, provider=provider, package=package) == {"x.direct", "x.helped"}
    # a word table outside any function does not count as sending a route
    assert coverage.routes_in_client_code(names, provider=provider) == {"x.direct", "x.helped", "x.unused"}


def test_nothing_is_used_when_the_app_does_not_call_it(tmp_path):
    provider, package = _tree(tmp_path, "def load(service):\n    return service\n")
    assert coverage.used_routes({"x.direct", "x.helped", "x.unused"}, provider=provider, package=package) == set()


def test_a_getattr_by_name_counts_as_a_call(tmp_path):
    provider, package = _tree(tmp_path, 'def load(service):\n    return getattr(service, "fetch", None)\n')
    assert coverage.used_routes({"x.direct", "x.helped"}, provider=provider, package=package) == {"x.direct", "x.helped"}
