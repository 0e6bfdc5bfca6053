"""``python -m cti_desktop`` is the ``cti-desktop`` command: the headless commands of
:mod:`cti_desktop.cli`, and without a command the desktop app of :mod:`cti_desktop.app`.

This entry point is the only module that knows both; they never import each other. The desktop
app's path first runs the pre-flight check of :mod:`cti_desktop.preflight` (before Qt is imported).

First of all, before anything heavy is imported, a start whose request a window of the same user
and profile can take (a bare start, a link, ``show``, ``dial NUMBER``, ``answer``, ``hangup``) hands
it over to that window and exits (:mod:`cti_desktop.instance`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def run_gui(args: argparse.Namespace, argv: Sequence[str] = ()) -> int:
    from cti_desktop.instance import socket_path

    # Where this window takes the requests of later starts of the same user and profile.
    args.instance_socket = socket_path(argv)
    # Before anything imports Qt: say which system packages are missing instead of Qt's abort.
    from cti_desktop.preflight import run as preflight

    status = preflight()
    if status:
        return status
    from cti_desktop.app.entry import run_gui as run

    return run(args)


#: httpx imports its own command line (``httpx._main``) whenever ``click`` is installed — and the
#: simulator's web server brings click along — for nothing this process uses: ~10–20 ms and ~1.3 MiB
#: on the way to Live. Marked as absent, httpx keeps its fallback (``httpx.main`` says to install
#: ``httpx[cli]``); set before anything imports httpx.
OPTIONAL_IMPORTS_LEFT_OUT = ("httpx._main",)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for name in OPTIONAL_IMPORTS_LEFT_OUT:
        sys.modules.setdefault(name, None)
    from cti_desktop.instance import hand_over

    status = hand_over(argv)  # a window of this user and profile runs: it takes the request
    if status is not None:
        return status
    from cti_desktop.cli import main as cli_main

    return cli_main(argv, run_gui=lambda args: run_gui(args, argv))


if __name__ == "__main__":
    sys.exit(main())
