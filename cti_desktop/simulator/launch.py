"""``cti-desktop sim [--vendor dstny|telavox|voxloud] …``: run the chosen vendor's simulator (default Dstny).

Each vendor's simulator is a package of its own (:mod:`.dstny`, :mod:`.telavox`, :mod:`.voxloud`)
with its own ``server.main``; this module only picks one and hands it the remaining arguments.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """Run the simulator ``--vendor`` names (default dstny) with the other arguments."""
    argv = list(sys.argv[1:] if argv is None else argv)
    vendor_parser = argparse.ArgumentParser(prog="cti-desktop sim", add_help=False)
    vendor_parser.add_argument("--vendor", choices=("dstny", "telavox", "voxloud"), default="dstny",
                               help="which PBX to simulate (default dstny)")
    chosen, argv = vendor_parser.parse_known_args(argv)
    if chosen.vendor == "telavox":
        from .telavox.server import main as telavox_main

        return telavox_main(argv)
    if chosen.vendor == "voxloud":
        from .voxloud.server import main as voxloud_main

        return voxloud_main(argv)
    from .dstny.server import main as dstny_main

    return dstny_main(argv)
