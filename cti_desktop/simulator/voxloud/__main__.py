"""``python -m cti_desktop.simulator.voxloud`` — the same as ``cti-desktop sim --vendor voxloud``."""

import sys

from .server import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
