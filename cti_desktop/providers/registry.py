"""The phone systems this version supports, collected once.

Each phone system declares its :class:`~cti_desktop.core.vendors.VendorSpec` in its own package
(``providers/<vendor>/spec.py``). A new phone system is one new package and one line here; the
first line is the default (``--backend`` without a value, a profile without one).
"""

from __future__ import annotations

from cti_desktop.core.vendors import VendorCatalog

from .dstny.spec import SPEC as DSTNY
from .telavox.spec import SPEC as TELAVOX
from .voxloud.spec import SPEC as VOXLOUD

VENDORS = VendorCatalog(
    (
        DSTNY,
        TELAVOX,
        VOXLOUD,
    ),
    # --demo dstny+voxloud: a Dstny account with the Voxloud demo contacts as a second directory source.
    demo_combinations=("dstny+voxloud",),
)

__all__ = ["VENDORS"]
