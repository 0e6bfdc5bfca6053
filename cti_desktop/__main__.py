"""``python -m cti_desktop`` is the ``cti-desktop`` command: the headless commands of
:mod:`cti_desktop.cli`, and without a command the desktop app of :mod:`cti_desktop.app`.

This entry point is the only module that knows both; they never import each other. The desktop
app's path first runs the pre-flight check of :mod:`cti_desktop.preflight` (before Qt is imported).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def run_gui(args: argparse.Namespace) -> int:
    # Before anything imports Qt: say which system packages are missing instead of Qt's abort.
    from cti_desktop.preflight import run as preflight

    status = preflight()
    if status:
        return status
    from cti_desktop.app import run_gui as run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    from cti_desktop.cli import main as cli_main

    return cli_main(argv, run_gui=run_gui)


if __name__ == "__main__":
    sys.exit(main())
