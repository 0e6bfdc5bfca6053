"""``python -m cti_desktop`` is the ``cti-desktop`` command."""

import sys

from cti_desktop.cli import main

sys.exit(main())
