"""A simulated Telavox: the v1 ("Home") API, CAPI and the session login of ``shared/api/telavox.md``.

Modules: :mod:`.world` (extensions, calls, history, sessions, faults), :mod:`.app` (the Starlette app:
v1 at ``/``, CAPI at ``/api/capi``, the control API at ``/_sim``), :mod:`.server` (uvicorn,
:class:`~.server.TelavoxSimulatorThread`, demo traffic, the ``cti-desktop sim --vendor telavox`` CLI).
Demo credentials: user ``agent1`` / password ``demo`` (session login and HTTP Basic; every user has
the password ``demo``) and the token ``demo-token`` (Bearer, v1 and CAPI; it is agent1's). No Qt here.
"""
