"""The Telavox backend: the v1 ("Home") API and CAPI over HTTP, calls followed by polling.

Modules: :mod:`.routes` (the one route table), :mod:`.wire` (tolerant parsers → core models),
:mod:`.errors` (HTTP answers → the app's user-facing errors), :mod:`.client` (``TelavoxClient``),
:mod:`.backend` (``TelavoxBackend``, ``connect_telavox`` and the call poller).
"""
