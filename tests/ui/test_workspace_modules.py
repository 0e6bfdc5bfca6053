"""Start-up imports the panels' modules while the sign-in waits for the server
(``ui.workspace.PANEL_MODULES``, ``startup.import_while_waiting``): the list holds every module the
workspace's build imports, so none is left for the build to import after the sign-in."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import cti_desktop.ui.workspace as workspace


def _imported_by_workspace() -> set[str]:
    tree = ast.parse(Path(workspace.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and inner.module and inner.module.startswith("cti_desktop."):
                    found.add(inner.module)
    return found


def test_the_list_holds_every_panel_module_the_build_imports():
    built = {name for name in _imported_by_workspace()
             if name.startswith(("cti_desktop.ui.", "cti_desktop.viewmodels.", "cti_desktop.core.after_call"))}
    assert built, "the build's imports were not found"
    assert built <= set(workspace.PANEL_MODULES), sorted(built - set(workspace.PANEL_MODULES))
    assert len(set(workspace.PANEL_MODULES)) == len(workspace.PANEL_MODULES)


def test_importing_while_waiting_takes_turns_with_the_loop():
    """Each import waits for its own turn of the loop: a callback due meanwhile runs between them,
    and a module that cannot be imported is passed over."""
    code = (
        "import asyncio, sys\n"
        "from cti_desktop.startup import import_while_waiting\n"
        "order = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name in ('colorsys', 'graphlib'):\n"
        "            order.append(name)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    task = asyncio.ensure_future(import_while_waiting(['colorsys', 'no_such_module_here', 'graphlib']))\n"
        "    loop.call_soon(order.append, 'tick')\n"
        "    await task\n"
        "asyncio.run(main())\n"
        "print(order)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    order = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    assert order == ["tick", "colorsys", "graphlib"]

