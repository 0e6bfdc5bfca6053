"""The PBX simulators the tests and the ``--demo`` mode talk to over loopback, one package per vendor.

:mod:`.dstny`, :mod:`.telavox` and :mod:`.voxloud` each have their own route table and
authentication, written from the vendor's document (``shared/api/`` and its seed), never imported
from the client (``cti_desktop.providers``; an import-linter contract forbids it).
:mod:`.runner` is what they share (socket, uvicorn, thread wrapper, CLI); :mod:`.launch` is
``cti-desktop sim --vendor …``. No Qt here.
"""
