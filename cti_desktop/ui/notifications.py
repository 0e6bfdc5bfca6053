"""Desktop notifications that never block, never crash, and never run a program.

Notifications go through the ``desktop-notifier`` library: the freedesktop notification service over
D-Bus on Linux (``dbus-fast``, on the app's own asyncio loop), toasts on Windows, the Notification
Center on macOS. No text — least of all a caller's name or number — is ever put on a command line:
it travels as D-Bus (or toast) data only.

:meth:`DesktopNotifier.notify` returns at once; the send runs as a task on the running (qasync) loop,
held by a strong reference until it ends. The first send asks the service what it can do; when there
is no session bus, no notification service, or no loop, the notification falls back to the app's
tray icon (``QSystemTrayIcon.showMessage``, when the desktop has a tray) or else to one log line at
info level, and the desktop service is not tried again. Offscreen (CI) this means the log line.

Text is made safe for the wire: code points that cannot be encoded (lone surrogates) and control
characters other than tab and newline become U+FFFD, lengths are capped, and on freedesktop servers
(whose bodies may be read as markup) ``&``, ``<`` and ``>`` are escaped so that a caller called
``<b>Boss</b>`` is shown as exactly that text.

Notifications can carry buttons (``actions=[("Answer", answer), ("Reject", reject)]``) and an
``on_clicked`` callback; both run on the loop's thread when the person uses them (on servers that
support actions; elsewhere the notification shows without them). A notification sent with a
``tag`` can be taken back with :meth:`DesktopNotifier.withdraw` (a ringing call's notification, once
the call stops ringing); a withdraw that comes while the send is still on its way takes the
notification back as soon as the service has answered.
"""

from __future__ import annotations

import asyncio
import html
import logging
import platform
import re
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from cti_desktop.core.tasks import TaskSet

log = logging.getLogger(__name__)

MAX_TITLE = 200
MAX_MESSAGE = 1000
SEND_TIMEOUT = 10.0
_ICON = Path(__file__).resolve().parent.parent / "resources" / "app.svg"
# Lone surrogates cannot be encoded as UTF-8 (D-Bus marshalling would fail); NUL is forbidden in
# D-Bus strings; other C0 controls, DEL and C1 controls have no business in a notification.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

#: A notification button: its label, and what to call (with no arguments) when it is pressed.
Action = tuple[str, Callable[[], Any]]


def plain_text(value: object, limit: int) -> str:
    """``value`` as text fit for a notification: unencodable and control characters replaced, capped."""
    text = _UNSAFE.sub("\ufffd", str(value if value is not None else "").replace("\r\n", "\n"))
    text = text.strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


class _OneLineFailures(logging.Filter):
    """desktop-notifier logs a failed send (an expected condition: no service, bus gone) with a
    traceback; keep it to one line with the reason."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record.msg = "%s: %s: %s"
            record.args = (record.getMessage(), type(exc).__name__, exc)
            record.exc_info = None
            record.exc_text = None
        return True


_library_log = logging.getLogger("desktop_notifier.backends.base")
if not any(isinstance(f, _OneLineFailures) for f in _library_log.filters):
    _library_log.addFilter(_OneLineFailures())


class _NoService(Exception):
    """The platform has no usable notification service."""


def _guarded(what: str, callback: Callable[[], Any]) -> Callable[[], None]:
    def run() -> None:
        try:
            callback()
        except Exception:  # a bug in the callback must not reach the D-Bus reader
            log.exception("notification %s failed", what)

    return run


class DesktopNotifier(QObject):
    """Shows short desktop notifications.

    ``notify`` returns how the notification is shown: ``"desktop"`` (handed to the desktop's
    notification service in the background), ``"tray"`` or ``"log"``.
    """

    def __init__(self, tray: QSystemTrayIcon | None = None, app_name: str = "CTI Desktop",
                 parent: QObject | None = None, *, send_timeout: float = SEND_TIMEOUT) -> None:
        super().__init__(parent)
        self._tray = tray
        self._app_name = app_name
        self._send_timeout = float(send_timeout)
        self._markup_escape = platform.system() == "Linux"  # freedesktop bodies may be markup
        self._library: Any = None  # desktop_notifier.DesktopNotifier, made on first use
        self._capabilities: frozenset | None = None
        self._desktop_failed = False
        self._tasks = TaskSet("notifications")
        self._watched: weakref.WeakSet[asyncio.Future] = weakref.WeakSet()  # bus connections watched
        self._first_use = asyncio.Lock()  # one connection and one capability probe, however many sends
        # tag → the library's identifier of the notification shown, and the D-Bus server's id of it
        self._shown: dict[str, tuple[str, int | None]] = {}
        self._sending_tags: set[str] = set()
        self._withdrawn: set[str] = set()  # tags withdrawn while their send was still under way

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        self._tray = tray

    @property
    def desktop_available(self) -> bool:
        """False once the desktop's notification service proved unusable (then tray or log)."""
        return not self._desktop_failed

    def _tray_usable(self) -> bool:
        tray = self._tray
        if tray is None:
            return False
        try:
            return QSystemTrayIcon.isSystemTrayAvailable() and tray.isVisible() and QSystemTrayIcon.supportsMessages()
        except RuntimeError:  # the tray's C++ object is gone
            self._tray = None
            return False

    def notify(self, title: str, message: str = "", *, timeout_ms: int = 8000,
               actions: Sequence[Action] = (), on_clicked: Callable[[], Any] | None = None,
               tag: str | None = None) -> str:
        """Show a notification without waiting for it; returns ``"desktop"``, ``"tray"`` or ``"log"``.

        ``actions`` are buttons (label, callback); ``on_clicked`` runs when the notification itself
        is clicked. Both are dropped when the notification falls back to the tray or the log.
        ``tag`` names the notification for :meth:`withdraw` (a newer one with the same tag replaces
        the older in that respect).
        """
        title = plain_text(title, MAX_TITLE) or self._app_name
        message = plain_text(message, MAX_MESSAGE)
        if not self._desktop_failed:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                loop = None
            if loop is not None:
                if tag is not None:
                    self._withdrawn.discard(tag)
                    self._sending_tags.add(tag)
                self._tasks.spawn(self._send(title, message, timeout_ms, tuple(actions), on_clicked, tag),
                                  name="desktop notification")
                return "desktop"
        return self._fallback(title, message, timeout_ms)

    @property
    def sending(self) -> int:
        """How many notifications are still on their way to the notification service (their
        buttons and clicks are heard once it has answered)."""
        return len(self._tasks)

    def _fallback(self, title: str, message: str, timeout_ms: int) -> str:
        if self._tray_usable():
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, int(timeout_ms))
            return "tray"
        log.info("notification: %s — %s", title, message)
        return "log"

    def _make_library(self) -> Any:
        from desktop_notifier import DesktopNotifier as Library, Icon

        return Library(app_name=self._app_name, app_icon=Icon(path=_ICON) if _ICON.is_file() else None)

    def withdraw(self, tag: str) -> None:
        """Take back the notification sent with ``tag`` (nothing when there is none). Returns at once;
        the service is told in the background."""
        shown = self._shown.pop(tag, None)
        if shown is not None:
            self._tasks.spawn(self._clear(*shown), name="withdraw notification")
        elif tag in self._sending_tags:
            self._withdrawn.add(tag)

    @property
    def shown_tags(self) -> frozenset[str]:
        """The tags of the notifications on the desktop that have not been withdrawn."""
        return frozenset(self._shown)

    async def _clear(self, identifier: str, server_id: int | None) -> None:
        """Close the notification. After one of its buttons was pressed the library forgets it, but
        a server may keep showing it (dunst does; the specification lets it): then it is closed by
        the server's own id (``CloseNotification``)."""
        library = self._library
        if library is None:
            return
        try:
            async with asyncio.timeout(self._send_timeout):
                if server_id is not None and identifier not in self._known_ids():
                    interface = self._dbus_interface()
                    if interface is not None:
                        await interface.call_close_notification(server_id)
                    return
                await library.clear(identifier)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # closed already, or the bus went away (the notification goes with it)
            log.info("could not withdraw a notification (%s: %s)", type(exc).__name__, exc)

    def _dbus_backend(self) -> Any:
        """The library's backend (its private ``_backend``; None before the library is made)."""
        return getattr(self._library, "_backend", None)

    def _dbus_interface(self) -> Any:
        """The D-Bus backend's proxy of the notification service (None on other platforms)."""
        return getattr(self._dbus_backend(), "interface", None)

    def _id_map(self) -> Any:
        """The D-Bus backend's map of server ids to the library's identifiers (None elsewhere)."""
        return getattr(self._dbus_backend(), "_platform_to_interface_notification_identifier", None)

    def _known_ids(self) -> set[str]:
        mapping = self._id_map()
        return set(mapping.values()) if mapping is not None else set()

    def _server_id(self, identifier: str) -> int | None:
        mapping = self._id_map()
        inverse = getattr(mapping, "inverse", None)
        try:
            value = inverse.get(identifier) if inverse is not None else None
        except Exception:  # another version of the library
            return None
        return value if isinstance(value, int) else None

    async def _send(self, title: str, message: str, timeout_ms: int, actions: tuple[Action, ...],
                    on_clicked: Callable[[], Any] | None, tag: str | None = None) -> None:
        try:
            identifier = await self._send_one(title, message, timeout_ms, actions, on_clicked)
        finally:
            if tag is not None:
                self._sending_tags.discard(tag)
        if tag is None or identifier is None:
            return
        server_id = self._server_id(identifier)
        if tag in self._withdrawn:  # the call stopped ringing while the notification was on its way
            self._withdrawn.discard(tag)
            await self._clear(identifier, server_id)
        else:
            self._shown[tag] = (identifier, server_id)

    async def _send_one(self, title: str, message: str, timeout_ms: int, actions: tuple[Action, ...],
                        on_clicked: Callable[[], Any] | None) -> str | None:
        from desktop_notifier import Button, Notification

        dispatched = False

        def mark_dispatched() -> None:
            nonlocal dispatched
            dispatched = True

        body = html.escape(message, quote=False) if self._markup_escape else message
        seconds = max(1, round(timeout_ms / 1000)) if timeout_ms > 0 else -1
        note = Notification(
            title=title,
            message=body,
            buttons=tuple(Button(title=plain_text(label, 40) or "?", on_pressed=_guarded(f"button {label!r}", cb))
                          for label, cb in actions),
            on_clicked=_guarded("click", on_clicked) if on_clicked is not None else None,
            on_dispatched=mark_dispatched,
            timeout=seconds,
        )
        try:
            async with asyncio.timeout(self._send_timeout):
                if self._capabilities is None:
                    async with self._first_use:
                        if self._desktop_failed:  # an earlier send found no service meanwhile
                            self._fallback(title, message, timeout_ms)
                            return None
                        if self._library is None:
                            self._library = self._make_library()
                        if self._capabilities is None:
                            try:
                                capabilities = await self._library.get_capabilities()
                            finally:
                                self._watch_bus()  # whatever the answer: the connection may exist now
                            if not capabilities:
                                raise _NoService("this platform has no notification service the app can use")
                            self._capabilities = capabilities
                identifier = await self._library.send_notification(note)
            if not dispatched:
                raise _NoService("the notification service did not take the notification")
            return str(identifier) if identifier is not None else None
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # no bus, no service, a refused call: all expected on some desktops
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            log.info("desktop notifications unavailable (%s); using the %s from now on", reason,
                     "tray" if self._tray_usable() else "log")
            self._desktop_failed = True
            self._drop_bus()
            self._fallback(title, message, timeout_ms)
            return None

    def _watch_bus(self) -> None:
        """Notice when the library's D-Bus connection goes away (the session bus restarted, the
        desktop session ended): the next notification connects afresh. Without this, dbus-fast
        leaves the connection's end (an EOFError) in a future nobody reads, which asyncio reports
        as an error when it is collected."""
        ended = getattr(self._library_bus(), "_disconnect_future", None)
        if not isinstance(ended, asyncio.Future) or ended in self._watched:
            return  # not the D-Bus backend (Windows, macOS), another version of the library, or watched
        self._watched.add(ended)
        library = self._library

        def disconnected(future: asyncio.Future) -> None:
            why = "closed"
            if not future.cancelled() and future.exception() is not None:  # read, so never "unretrieved"
                why = type(future.exception()).__name__
            if self._library is library:
                log.info("the notification service's bus connection ended (%s); reconnecting on the next one", why)
                self._library = None
                self._capabilities = None

        ended.add_done_callback(disconnected)

    def _library_bus(self) -> Any:
        return getattr(getattr(self._library, "_backend", None), "bus", None)

    def _drop_bus(self) -> None:
        """The desktop service will not be used again: close the library's connection, if any."""
        bus = self._library_bus()
        if bus is not None and hasattr(bus, "disconnect"):
            try:
                bus.disconnect()
            except Exception:  # already gone
                pass

    async def aclose(self) -> None:
        """Cancel sends still under way and wait for them (shutdown, tests)."""
        await self._tasks.close(timeout=2.0)
