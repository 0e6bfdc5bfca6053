"""The running window's end of the single-instance hand-over: a ``QLocalServer`` on the socket of
:func:`cti_desktop.instance.socket_path` (user-only permissions, ``UserAccessOption``) that reads one
request line per connection (:mod:`cti_desktop.core.instance_requests`, at most
:data:`~cti_desktop.core.instance_requests.MAX_LINE_BYTES`), hands it to ``handle`` and writes its
one-line reply. A connection that says nothing is closed after :data:`READ_TIMEOUT_MS`."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from cti_desktop.core.instance_requests import (
    MAX_LINE_BYTES,
    InstanceMessageRefused,
    InstanceReply,
    InstanceRequest,
    parse_request,
)

log = logging.getLogger(__name__)

#: How long a connection may take to send its request line.
READ_TIMEOUT_MS = 2000


class InstanceServer(QObject):
    """Listens on ``path``; ``handle(request) -> reply`` runs on the GUI thread, synchronously."""

    def __init__(self, path: str, handle: Callable[[InstanceRequest], InstanceReply],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._handle = handle
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; ``False`` (with one log line) when another window already listens there
        or the socket cannot be made. A socket left behind by a window that is gone is replaced."""
        if self._server.listen(self.path):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            probe = QLocalSocket()
            probe.connectToServer(self.path)
            alive = probe.waitForConnected(300)
            probe.abort()
            if alive:
                log.warning("another cti-desktop window already listens on %s; this one takes no hand-overs", self.path)
                return False
            QLocalServer.removeServer(self.path)
            if self._server.listen(self.path):
                return True
        log.warning("single instance: cannot listen on %s: %s", self.path, self._server.errorString())
        return False

    def close(self) -> None:
        for sock in list(self._buffers):
            sock.abort()
        self._buffers.clear()
        self._server.close()

    # ------------------------------------------------------------------------------ connections
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is None:
                break
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            QTimer.singleShot(READ_TIMEOUT_MS, sock, lambda s=sock: self._give_up(s))
            self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.read(MAX_LINE_BYTES + 1).data())
        self._buffers[sock] = data
        if b"\n" not in data and len(data) <= MAX_LINE_BYTES:
            return
        line = data[:data.index(b"\n") + 1] if b"\n" in data else data
        try:
            request = parse_request(line)
        except InstanceMessageRefused as exc:
            log.info("single instance: a request was refused: %s", exc)
            reply = InstanceReply(False, str(exc))
        else:
            log.info("single instance: %s request handed over", request.verb)
            reply = self._handle(request)
        self._buffers.pop(sock, None)
        sock.write(reply.encode())
        sock.flush()
        sock.disconnectFromServer()

    def _give_up(self, sock: QLocalSocket) -> None:
        if sock in self._buffers:
            self._buffers.pop(sock, None)
            sock.abort()

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()


__all__ = ["READ_TIMEOUT_MS", "InstanceServer"]
