"""The call-control operations: make, answer, hang up, hold, mute, move, DTMF, record, park,
transfer, consult, alternate, conference, pick up.

A part of :class:`~.pbx.Pbx`, assembled by job: calls begun and ended (:mod:`.call_setup`), what is
done within a call (:mod:`.call_features`), calls joined and handed on (:mod:`.call_transfers`), a
mobile call's transfer (:mod:`.mobile_transfers`) and a supervisor's calls (:mod:`.supervision`).
"""

from __future__ import annotations

from .call_features import InCallFeatures
from .call_setup import SERVICE_CODE, CallSetup, ServiceCode
from .call_transfers import CallTransfers
from .mobile_transfers import MobileTransfers
from .supervision import SupervisorCalls

__all__ = ["SERVICE_CODE", "CallControl", "ServiceCode"]


class CallControl(CallSetup, InCallFeatures, CallTransfers, MobileTransfers, SupervisorCalls):
    """What a user (or the far end) does to a call (a part of :class:`~.pbx.Pbx`)."""
