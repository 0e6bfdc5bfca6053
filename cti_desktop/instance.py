"""One window per user and profile: a second ``cti-desktop`` start hands its request to the window
already running, before anything heavy is imported (standard library and two small pure modules only).

:func:`hand_over` reads the command line (:func:`scan`): a bare ``cti-desktop`` (→ ``show``), a
``tel:``/``callto:``/``sip:`` link, ``show``, ``dial NUMBER``, ``answer`` and ``hangup`` (the last
three without ``--device``/``--region``/a call id/``--state-token``, which only the headless
commands know) are requests for the running window. It connects to the window's local socket
(:func:`socket_path`: in ``$XDG_RUNTIME_DIR``, or a folder of the user's own in the temporary
folder, mode 0700; the GUI listens there with ``QLocalServer.UserAccessOption``), sends the request
line of :mod:`cti_desktop.core.instance_requests` and prints the window's answer:

* exit status 0 (:data:`HANDED_OVER`): the window took it (its words on stdout);
* 2 (:data:`REFUSED`): the window refused it (its words on stderr, e.g. a number it cannot dial);
* 1 (:data:`NO_ANSWER`): a window is there but did not answer in time.

When no window runs (no socket, or a stale one nobody listens on) it returns ``None`` and the
command runs as it always did: ``dial``/``answer``/``hangup`` headless, a bare start or a link opens
the window. The whole exchange is bounded by :data:`ANSWER_TIMEOUT`.

On Windows the window listens on a named pipe of the same name (``QLocalServer`` makes it, readable
by the user only), and the second start reaches it through Qt's ``QLocalSocket`` (:func:`_exchange_qt`,
the one heavier import on that platform); elsewhere a plain Unix socket does, without Qt.
"""

from __future__ import annotations

import getpass
import os
import socket
import stat
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cti_desktop.core.instance_requests import (
    MAX_LINE_BYTES,
    InstanceMessageRefused,
    InstanceRequest,
    looks_like_dial_link,
    parse_reply,
    socket_name,
)

__all__ = ["ANSWER_TIMEOUT", "HANDED_OVER", "NO_ANSWER", "REFUSED", "Scanned", "hand_over", "profile_key",
           "request_for", "scan", "socket_path"]

HANDED_OVER, NO_ANSWER, REFUSED = 0, 1, 2
#: The longest the second process waits for the window (connect + answer).
ANSWER_TIMEOUT = 0.8

#: Options (of the app and of its commands) that take a value; ``--demo`` takes one optionally.
_VALUE_OPTIONS = frozenset({"--demo-vendor", "--seed", "--backend", "--option", "--server", "--domain", "--user",
                            "--ca-file", "--heartbeat", "--device", "--region", "--state-token"})
_COMMANDS = frozenset({"sim", "watch", "login", "logout", "dial", "answer", "hangup", "hold", "resume", "show",
                       "integrate"})
_ENV = {"--backend": "CTI_DESKTOP_BACKEND", "--server": "CTI_DESKTOP_SERVER", "--domain": "CTI_DESKTOP_DOMAIN",
        "--user": "CTI_DESKTOP_USER"}


@dataclass
class Scanned:
    """The command line, as far as the hand-over needs it."""

    options: dict[str, list[str]] = field(default_factory=dict)
    positionals: list[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.options

    def value(self, name: str) -> str:
        values = self.options.get(name) or [""]
        return values[-1]


def scan(argv: Sequence[str]) -> Scanned:
    """Options (``--name value``, ``--name=value``, flags) and positional words of ``argv``."""
    out = Scanned()
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        if item == "--":
            out.positionals.extend(items[i + 1:])
            break
        if item.startswith("-") and len(item) > 1:
            name, eq, value = item.partition("=")
            if not eq and name in _VALUE_OPTIONS and i + 1 < len(items):
                value, i = items[i + 1], i + 1
            elif not eq and name == "--demo" and i + 1 < len(items) and not items[i + 1].startswith("-") \
                    and items[i + 1] not in _COMMANDS and not looks_like_dial_link(items[i + 1]):
                value, i = items[i + 1], i + 1
            out.options.setdefault(name, []).append(value)
        else:
            out.positionals.append(item)
        i += 1
    return out


def profile_key(scanned: Scanned, environ: Mapping[str, str]) -> str:
    """Which profile a start is for: the demo it names, the account its options name, or "" (the
    last profile of the settings folder, the app's default)."""
    if scanned.has("--demo") or scanned.has("--demo-vendor"):
        return "demo:" + (scanned.value("--demo-vendor") or scanned.value("--demo"))
    parts = {name: scanned.value(name) or environ.get(env, "") for name, env in _ENV.items()}
    if parts["--server"] or parts["--user"]:
        return "account:" + "|".join(parts[name] for name in ("--backend", "--server", "--domain", "--user"))
    return ""


def request_for(scanned: Scanned) -> InstanceRequest | None:
    """The request a start makes of a running window, or ``None`` when the command is not one."""
    if any(scanned.has(flag) for flag in ("-h", "--help", "--version")):
        return None
    words = scanned.positionals
    if not words:
        return InstanceRequest("show")
    command, rest = words[0], words[1:]
    if looks_like_dial_link(command) and not rest:
        return InstanceRequest("link", command.strip())
    if command == "show" and not rest:
        return InstanceRequest("show")
    if command == "dial" and len(rest) == 1 and not (scanned.has("--device") or scanned.has("--region")):
        return InstanceRequest("dial", rest[0].strip())
    if command in ("answer", "hangup") and not rest and not (scanned.has("--device") or scanned.has("--state-token")):
        return InstanceRequest(command)
    return None


def _config_dir(environ: Mapping[str, str]) -> str:
    override = environ.get("CTI_DESKTOP_CONFIG_DIR")
    if override:
        return str(Path(override).expanduser().resolve())
    import platformdirs  # small; the settings store's own choice of folder

    return str(Path(platformdirs.user_config_dir("cti-desktop", appauthor=False)).resolve())


def _private_dir(path: Path, *, create: bool) -> Path | None:
    """``path`` if it is a real folder of ours that only we can enter (made so when ``create``)."""
    if create:
        try:
            path.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            return None
    try:
        info = path.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return path


#: A Unix socket's path has at most 107 bytes (``sun_path``); the name takes about 60 of them.
_MAX_FOLDER = 40


def _runtime_dir(environ: Mapping[str, str]) -> Path | None:
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and len(runtime.encode()) <= _MAX_FOLDER and _private_dir(Path(runtime), create=False) is not None:
        return Path(runtime)
    import tempfile  # only without a usable runtime folder (tempfile imports much: this runs first)

    return _private_dir(Path(tempfile.gettempdir()) / f"cti-desktop-{os.getuid()}", create=True)


def socket_path(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str | None:
    """Where the window of this user and profile listens; ``None`` where there is no such place
    (Windows, no private folder)."""
    environ = os.environ if environ is None else environ
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        # a named pipe (\\.\pipe\<name>): per user by its name and its access list, no folder needed
        return socket_name(user, _config_dir(environ), profile_key(scan(argv), environ))
    folder = _runtime_dir(environ)
    if folder is None:
        return None
    return str(folder / socket_name(user, _config_dir(environ), profile_key(scan(argv), environ)))


def hand_over(argv: Sequence[str], environ: Mapping[str, str] | None = None, *,
              timeout: float = ANSWER_TIMEOUT, via_qt: bool | None = None) -> int | None:
    """Hand this start's request to the running window: its exit status, or ``None`` when there is
    no window to hand it to (run the command as usual). ``via_qt``: talk through Qt's local socket
    (the default on Windows, where the window listens on a named pipe)."""
    request = request_for(scan(argv))
    if request is None:
        return None
    via_qt = (sys.platform == "win32" or not hasattr(socket, "AF_UNIX")) if via_qt is None else via_qt
    path = socket_path(argv, environ)
    if path is None or (not via_qt and not os.path.exists(path)):
        return None
    try:
        line = request.encode()
    except InstanceMessageRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return REFUSED
    if via_qt:
        try:
            reply = _exchange_qt(path, line, timeout)
        except TimeoutError:
            print(f"error: a cti-desktop window is running but did not answer within {timeout:g} s",
                  file=sys.stderr)
            return NO_ANSWER
        if reply is None:
            return None  # nobody listens: no window of this profile runs
        return _report(reply)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(timeout)
        try:
            conn.connect(path)
        except (FileNotFoundError, ConnectionRefusedError):
            return None  # a socket left behind by a window that is gone
        except OSError as exc:
            print(f"cti-desktop: the running window could not be reached ({exc.strerror or exc}); starting anyway",
                  file=sys.stderr)
            return None
        try:
            conn.sendall(line)
            reply = _read_line(conn)
        except OSError:  # socket.timeout is an OSError
            print(f"error: a cti-desktop window is running but did not answer within {timeout:g} s",
                  file=sys.stderr)
            return NO_ANSWER
    return _report(reply)


def _report(reply: bytes) -> int:
    """Say what the window answered; the exit status for it."""
    try:
        answer = parse_reply(reply)
    except InstanceMessageRefused as exc:
        print(f"error: the running window's answer was not understood ({exc})", file=sys.stderr)
        return NO_ANSWER
    if answer.ok:
        print(f"cti-desktop: handed over to the running window: {answer.words}", flush=True)
        return HANDED_OVER
    print(f"error: {answer.words}", file=sys.stderr)
    return REFUSED


def _exchange_qt(name: str, line: bytes, timeout: float) -> bytes | None:
    """Send ``line`` to the window listening as ``name`` through ``QLocalSocket`` (blocking, no event
    loop needed) and read its one-line answer; ``None`` when nobody listens there; ``TimeoutError``
    when the window takes longer than ``timeout`` in all."""
    import time

    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout

    def left_ms() -> int:
        return max(1, int((deadline - time.monotonic()) * 1000))

    conn = QLocalSocket()
    conn.connectToServer(name)
    if not conn.waitForConnected(left_ms()):
        return None
    try:
        conn.write(line)
        if not conn.waitForBytesWritten(left_ms()):
            raise TimeoutError
        data = b""
        while b"\n" not in data and len(data) <= MAX_LINE_BYTES:
            if conn.bytesAvailable() == 0:
                if time.monotonic() >= deadline:
                    raise TimeoutError
                if not conn.waitForReadyRead(left_ms()):
                    if conn.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                        break  # the window closed the line: what came is the answer
                    raise TimeoutError
            data += bytes(conn.read(MAX_LINE_BYTES + 1 - len(data)).data())
        return data
    finally:
        conn.abort()


def _read_line(conn: socket.socket) -> bytes:
    data = b""
    while b"\n" not in data and len(data) <= MAX_LINE_BYTES:
        chunk = conn.recv(MAX_LINE_BYTES + 1 - len(data))
        if not chunk:
            break
        data += chunk
    return data
