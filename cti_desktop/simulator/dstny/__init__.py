"""A simulated Dstny Core PBX speaking the User API of ``shared/api/dstny-core.md`` (the ``--demo`` backend).

Modules: :mod:`.routes` (its own route table and scopes, from the vendor's reference and the
contract), :mod:`.tickets` (the password-ticket check), :mod:`.directory` (generated contacts),
:mod:`.org` (users, devices, groups, presence), :mod:`.pbx` (calls), :mod:`.queues` (queue
statistics), :mod:`.streams` (SSE, faults), :mod:`.world` (the simulator state and tickets),
:mod:`.api` (``/api``), :mod:`.control` (``/_sim``), :mod:`.demo` (lifelike traffic),
:mod:`.server` (uvicorn, :class:`~.server.SimulatorThread`, the CLI). Nothing here imports the
client (``cti_desktop.providers``): a disagreement between the two shows in
``tests/simulator/test_route_tables_agree.py`` instead of being copied. No Qt here.
"""
