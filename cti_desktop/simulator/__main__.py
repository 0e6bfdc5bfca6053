"""``python -m cti_desktop.simulator`` — the same as ``cti-desktop sim``."""

import sys

from .launch import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
