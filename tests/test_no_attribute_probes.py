"""View-models and widgets see the backend only through the core protocols (the narrow façade).

They ask ``isinstance(service, <core protocol>)`` or read a capability flag; they never probe a
service for an attribute by name (``getattr(x, "name", None)``, ``hasattr(x, "name")``), which hides a
missing or misspelt attribute behind a silent default. This reads the source with :mod:`ast` and fails
on any such probe in ``cti_desktop/viewmodels`` or ``cti_desktop/ui`` outside the allow-list below.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cti_desktop

PACKAGE = Path(cti_desktop.__file__).resolve().parent
CHECKED = ("viewmodels", "ui")

#: The only probes allowed, by (module, function): how many each may hold.
ALLOWED = {
    # The desktop-notifier library's private D-Bus connection (``_backend.bus``, its
    # ``_disconnect_future``, ``disconnect``) exists only with its D-Bus backend and in some of its
    # versions: not our code, no protocol of ours to declare it, so it is probed (ui/notifications.py).
    ("ui/notifications.py", "_library_bus"): 2,
    ("ui/notifications.py", "_watch_bus"): 1,
    ("ui/notifications.py", "_drop_bus"): 1,
    # The same library's D-Bus backend, its map of the server's notification ids and its proxy of
    # the service: to close a notification the library forgot after one of its buttons was pressed
    # (dunst keeps showing it), by the server's id.
    ("ui/notifications.py", "_dbus_backend"): 1,
    ("ui/notifications.py", "_dbus_interface"): 1,
    ("ui/notifications.py", "_id_map"): 1,
    ("ui/notifications.py", "_server_id"): 1,
    # pynput's X11 listener's RECORD context (private, only on its X11 backend): ended from a
    # connection of our own so the listener stops at once (ui/global_shortcuts.py).
    ("ui/global_shortcuts.py", "_end_x11_record"): 1,
}


def probes(source: str) -> list[tuple[str, int, str]]:
    """(enclosing function, line, the call's text) of every ``getattr`` with a default and every
    ``hasattr`` in ``source``."""
    found: list[tuple[str, int, str]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else where
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Name):
                name, args = child.func.id, child.args
                if (name == "getattr" and len(args) >= 3) or name == "hasattr":
                    found.append((where, child.lineno, ast.unparse(child)))
            visit(child, inner)

    visit(ast.parse(source), "<module>")
    return found


def test_the_finder_sees_every_kind_of_probe():
    source = (
        "x = getattr(backend, 'presence', None)\n"
        "def f(self):\n"
        "    return hasattr(self._directory, 'add_contact')\n"
        "class A:\n"
        "    async def g(self):\n"
        "        return getattr(getattr(self._library, '_backend', None), 'bus', None)\n"
        "ok = getattr(self, attr)\n"  # the object's own field, by a name it always has: not a probe
    )
    assert [(where, line) for where, line, _text in probes(source)] == [
        ("<module>", 1), ("f", 3), ("g", 6), ("g", 6)]


def test_no_view_model_or_widget_probes_a_service_for_an_attribute():
    seen: dict[tuple[str, str], list[str]] = {}
    for folder in CHECKED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            module = path.relative_to(PACKAGE).as_posix()
            for where, line, text in probes(path.read_text(encoding="utf-8")):
                seen.setdefault((module, where), []).append(f"{module}:{line}: {text}")
    unexpected = [hit for key, hits in seen.items() if len(hits) > ALLOWED.get(key, 0) for hit in hits]
    assert not unexpected, (
        "probes by attribute name in view-models or widgets: use the core Backend's attributes, a "
        "@runtime_checkable core protocol with isinstance, or a capability flag instead:\n" + "\n".join(unexpected))


def test_the_allow_list_names_only_probes_that_are_still_there():
    # A stale entry would silently allow a new probe in its place.
    for (module, where), count in ALLOWED.items():
        found = [p for p in probes((PACKAGE / module).read_text(encoding="utf-8")) if p[0] == where]
        assert len(found) == count, (module, where, found)
