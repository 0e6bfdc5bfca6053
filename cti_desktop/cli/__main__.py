"""``python -m cti_desktop.cli``: the headless commands alone (no desktop app)."""

import sys

from cti_desktop.cli import main

sys.exit(main())
