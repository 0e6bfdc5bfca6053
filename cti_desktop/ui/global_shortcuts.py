"""Global shortcuts: answer, hang up and call the selected text from any application (pynput).

pynput's ``GlobalHotKeys`` listens to the whole keyboard in a thread of its own (X11's RECORD
extension, a Windows hook, a macOS event tap). Its callbacks touch nothing of Qt: they only emit
:attr:`GlobalShortcuts.heard`, a Qt signal connected *queued*, so what the key does runs on the Qt
thread, in the loop's turn. On Wayland, and without a display, nothing listens
(:func:`~cti_desktop.core.global_keys.listening_problem` says why, once, in the log and the
settings dialog).

What the keys do, each through the panels' own view-models:

* **answer** — the call the call panel's Answer shortcut would answer (the selected ringing call,
  else the one that rang first), with the call panel's ``answer`` command;
* **hangup** — the active call (the selected one when it is active), with the panel's ``hangup``;
* **dial_selection** — the text selected anywhere (X11's primary selection, else the clipboard),
  checked by the dial pad's own rule (:func:`~cti_desktop.core.dialing.normalise_dial_string`)
  and dialled by the dial pad; text that is not a number is refused in words in a notification.

With nothing to act on, a notification says so (the window may be hidden behind other programs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.global_keys import ACTIONS, GlobalKeyRefused, effective_keys, listening_problem, parse_key
from cti_desktop.core.models import CallStatus
from cti_desktop.core.tasks import TaskSet
from cti_desktop.i18n import translate

log = logging.getLogger(__name__)

#: Selected text longer than this is not a number anyone means to call.
MAX_SELECTION = 80

Notify = Callable[[str, str], Any]


def selected_text() -> str:
    """The text selected now: X11's primary selection when the platform has one and it is not
    empty, else the clipboard's text."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection():
        text = clipboard.text(QClipboard.Mode.Selection)
        if text.strip():
            return text
    return clipboard.text(QClipboard.Mode.Clipboard)


def _end_x11_record(listener: Any) -> None:
    """pynput's X11 listener stops only at the next key event (its stop request waits unsent on the
    connection its thread is blocked in); end its RECORD context from a connection of our own, so
    that it stops now."""
    context = getattr(listener, "_context", None)
    if context is None or not isinstance(context, int):
        return  # not the X11 backend (Windows, macOS), or it never started
    from Xlib.display import Display

    display = Display()
    try:
        display.record_disable_context(context)
        display.flush()
    finally:
        display.close()


class GlobalShortcuts(QObject):
    """Listens for the global keys and runs their actions on the Qt thread.

    ``calls_vm``: the call panel's view-model; ``dial_vm``: the dial pad's; ``notify(title, text)``
    tells the person what happened when the window may not be in view; ``read_selection`` gives the
    selected text (by default :func:`selected_text`)."""

    #: An action's name, emitted from pynput's thread (connected queued: handled on the Qt thread).
    heard = Signal(str)
    #: After an action ran (its name), for tests and the log.
    done = Signal(str)

    def __init__(self, calls_vm: Any, dial_vm: Any, notify: Notify, *, region: str = "SE",
                 read_selection: Callable[[], str] = selected_text, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls = calls_vm
        self._dial = dial_vm
        self._notify = notify
        self._region = region
        self._read_selection = read_selection
        self._listener: Any = None
        self._keys: dict[str, str] = {}
        self._told = False
        #: Whether :meth:`start` ran (with the settings' keys or the person's new ones).
        self.started = False
        self._tasks = TaskSet("global-shortcuts")
        self.heard.connect(self.run, Qt.ConnectionType.QueuedConnection)

    @property
    def listening(self) -> bool:
        return self._listener is not None

    @property
    def keys(self) -> dict[str, str]:
        """Action → key in use (portable text), for the keys being listened to."""
        return dict(self._keys)

    def start(self, overrides: Mapping[str, object]) -> bool:
        """Listen for the keys (the person's ``[global_keys]`` over the defaults); False when this
        platform cannot (said once in the log) or no key is set."""
        self.started = True
        self.stop()
        problem = listening_problem()
        if problem:
            if not self._told:
                log.info("global shortcuts are off: %s", problem)
                self._told = True
            return False
        hotkeys: dict[str, Callable[[], None]] = {}
        keys: dict[str, str] = {}
        for name, text in effective_keys(overrides).items():
            try:
                key = parse_key(text)
            except GlobalKeyRefused:  # effective_keys gave a default or a checked key: never here
                continue
            if key is not None:
                hotkeys[key.pynput] = self._emitter(name)
                keys[name] = key.text
        if not hotkeys:
            return False
        try:
            from pynput import keyboard

            class Listener(keyboard.GlobalHotKeys):
                def run(self) -> None:  # pynput's thread
                    try:
                        super().run()
                    except Exception as exc:  # noqa: BLE001 - the X server went away (logout, a closed screen)
                        log.info("global shortcuts: the keyboard listener ended: %s: %s", type(exc).__name__, exc)

            listener = Listener(hotkeys)
            listener.daemon = True
            listener.start()
        except Exception as exc:  # no X server reachable, no permission (macOS), no backend
            log.warning("global shortcuts are off: the keyboard cannot be listened to (%s: %s)", type(exc).__name__, exc)
            return False
        self._listener = listener
        self._keys = keys
        log.info("global shortcuts: %s", ", ".join(f"{n}={k}" for n, k in keys.items()))
        return True

    def _emitter(self, name: str) -> Callable[[], None]:
        def on_press() -> None:  # pynput's thread: emit only
            self.heard.emit(name)

        return on_press

    def wait_ready(self, timeout: float = 5.0) -> bool:
        """Until the listener hears keys (X11: its RECORD context is set up)."""
        listener = self._listener
        if listener is None:
            return False
        import threading

        ready = threading.Event()

        def wait() -> None:
            listener.wait()
            ready.set()

        threading.Thread(target=wait, daemon=True).start()
        return ready.wait(timeout)

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        self._keys = {}
        if listener is not None:
            try:
                listener.stop()
                _end_x11_record(listener)
                listener.join(2.0)
            except Exception as exc:  # the X server went away first
                log.info("global shortcuts: the listener ended with %s", type(exc).__name__)

    async def aclose(self) -> None:
        self.stop()
        await self._tasks.close(timeout=2.0)

    # ------------------------------------------------------------------------------ the actions
    @Slot(str)
    def run(self, name: str) -> None:
        """Do what the key ``name`` is for (on the Qt thread)."""
        if name not in ACTIONS:
            return
        if name == "answer":
            self._answer()
        elif name == "hangup":
            self._hangup()
        else:
            self._dial_selection()
        self.done.emit(name)

    def _tell(self, text: str) -> None:
        self._notify(translate("GlobalShortcuts", "CTI Desktop"), text)

    def _answer(self) -> None:
        call_id = self._calls.shortcut_call("answer")
        if not call_id:
            self._tell(translate("GlobalShortcuts", "No call is ringing that can be answered here."))
            return
        self._calls.answer(call_id)

    def _hangup(self) -> None:
        items = [i for i in self._calls.calls if i.call.status == CallStatus.ACTIVE and i.value("canHangup")]
        selected = self._calls.selectedCallId
        chosen = next((i for i in items if i.call.call_id == selected), items[0] if items else None)
        if chosen is None:
            self._tell(translate("GlobalShortcuts", "There is no active call to hang up."))
            return
        self._calls.hangup(chosen.call.call_id)

    def _dial_selection(self) -> None:
        text = " ".join((self._read_selection() or "").split())
        if not text:
            self._tell(translate("GlobalShortcuts", "Select a number first, then press the key again."))
            return
        shown = text if len(text) <= 40 else text[:39] + "…"
        if len(text) > MAX_SELECTION:
            self._tell(translate("GlobalShortcuts", "\u201c{text}\u201d is not a number to call.").format(text=shown))
            return
        try:
            normalise_dial_string(text, self._region)
        except InvalidInput as exc:
            self._tell(translate("GlobalShortcuts", "\u201c{text}\u201d is not a number to call: {reason}").format(
                text=shown, reason=exc))
            return
        self._dial.number = text
        self._tasks.spawn(self._dial_and_tell(), name="dial-selection")

    async def _dial_and_tell(self) -> None:
        if not await self._dial.dial_async():
            self._tell(translate("GlobalShortcuts", "The call could not be made: {reason}").format(
                reason=self._dial.error or translate("GlobalShortcuts", "see the window")))


__all__ = ["GlobalShortcuts", "MAX_SELECTION", "selected_text"]
