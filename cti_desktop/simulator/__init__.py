"""A simulated Dstny Core PBX speaking the User API of ``shared/api/dstny-core.md`` (the ``--demo`` backend).

Modules: :mod:`.directory` (generated contacts), :mod:`.org` (users, devices, groups, presence),
:mod:`.pbx` (calls), :mod:`.queues` (queue statistics), :mod:`.streams` (SSE, faults),
:mod:`.world` (the simulator state and tickets), :mod:`.api` (``/api``), :mod:`.control` (``/_sim``),
:mod:`.demo` (lifelike traffic), :mod:`.server` (uvicorn, :class:`~.server.SimulatorThread`, the CLI).
No Qt here.
"""
