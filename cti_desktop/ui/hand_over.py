"""What the running window does with a request handed over by a second start (``show``, a link,
``dial NUMBER``, ``answer``, ``hangup``), and the "Call …?" question a link asks first.

A link or number is checked at once (:func:`~cti_desktop.core.dial_links.parse_dial_link`, the dial
pad's :func:`~cti_desktop.core.dialing.normalise_dial_string`) so the second start can say what is
wrong. Signed in, a link asks "Call +46 70 123 45 67?" (unless ``confirm_dial_links`` is off; its
"Don't ask again" box turns it off) and ``dial NUMBER`` dials at once (the person typed it), both
through the dial pad's view-model once the connection is live. Not signed in yet, the last link or
number waits and is called once the window is signed in. ``show`` raises and activates the window
(or the sign-in dialog). ``answer``/``hangup`` act on the obvious call as the window's shortcuts do.

The controller is the app's :class:`~cti_desktop.app.DesktopApp` (its ``window``, ``workspace``,
``settings``, ``store``, ``login_dialog``, ``notices`` and ``spawn``); this module does not import it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QCheckBox, QMessageBox

from cti_desktop.core.dial_links import parse_dial_link
from cti_desktop.core.dialing import DialTarget, format_for_display, normalise_dial_string
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.instance_requests import InstanceReply, InstanceRequest
from cti_desktop.i18n import translate

log = logging.getLogger(__name__)


def target_words(target: DialTarget) -> str:
    """The number as the question shows it: international form for public numbers."""
    if target.kind == "internal":
        return translate("HandOver", "extension {number}").format(number=target.dial)
    if target.kind == "feature":
        return translate("HandOver", "the code {code}").format(code=target.dial)
    return format_for_display(target.dial, "")


class HandOverDesk(QObject):
    """Answers hand-over requests for ``controller`` (see the module's words)."""

    def __init__(self, controller: Any) -> None:
        super().__init__(controller)
        self.app = controller
        #: A link or number that came before the window was signed in: (target, extension, is_link).
        self.pending: tuple[DialTarget, str, bool] | None = None
        self.prompt: QMessageBox | None = None

    # ------------------------------------------------------------------------------ requests
    def handle(self, request: InstanceRequest) -> InstanceReply:
        if request.verb == "show":
            self.show()
            return InstanceReply(True, translate("HandOver", "the window is shown"))
        if request.verb in ("link", "dial"):
            return self._dial_request(request)
        return self._call_action(request.verb)

    def _region(self) -> str:
        workspace = self.app.workspace
        profile = workspace.profile if workspace is not None else self.app.settings.profile()
        return (profile.default_region if profile is not None else "") or "SE"

    def _dial_request(self, request: InstanceRequest) -> InstanceReply:
        is_link = request.verb == "link"
        try:
            if is_link:
                link = parse_dial_link(request.argument, self._region())
                target, extension = link.target, link.extension
            else:
                target, extension = normalise_dial_string(request.argument, self._region()), ""
        except InvalidInput as exc:
            return InstanceReply(False, str(exc))
        words = target_words(target)
        if self.app.window is None:
            self.pending = (target, extension, is_link)
            self.show()
            return InstanceReply(True, translate("HandOver", "{number} is called once signed in").format(number=words))
        self.call(target, extension, is_link=is_link)
        if is_link and self.app.settings.confirm_dial_links:
            return InstanceReply(True, translate("HandOver", "asking whether to call {number}").format(number=words))
        return InstanceReply(True, translate("HandOver", "calling {number}").format(number=words))

    def _call_action(self, name: str) -> InstanceReply:
        window = self.app.window
        if window is None or self.app.workspace is None:
            return InstanceReply(False, translate("HandOver", "The window is not signed in yet"))
        if not self.app.workspace.calls_vm.shortcut_call(name):
            if name == "answer":
                return InstanceReply(False, translate("HandOver", "There is no call to answer right now"))
            return InstanceReply(False, translate("HandOver", "There is no call to hang up right now"))
        window.call_shortcut(name)
        if name == "answer":
            return InstanceReply(True, translate("HandOver", "answering the call"))
        return InstanceReply(True, translate("HandOver", "hanging up the call"))

    # ------------------------------------------------------------------------------ showing
    def show(self) -> None:
        """Raise and activate the window (the sign-in dialog while there is no window)."""
        window = self.app.window or self.app._connecting_window  # signed in, or still connecting
        if window is not None:
            window.raise_window()
            return
        dialog = self.app.login_dialog
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

    def signed_in(self) -> None:
        """The window is signed in: call what waited for it."""
        pending, self.pending = self.pending, None
        if pending is not None:
            target, extension, is_link = pending
            self.call(target, extension, is_link=is_link)

    # ------------------------------------------------------------------------------ calling
    def call(self, target: DialTarget, extension: str = "", *, is_link: bool) -> None:
        """Ask first (a link, unless turned off), then dial ``target`` from the window."""
        if is_link and self.app.settings.confirm_dial_links:
            self._ask(target, extension)
        else:
            self._dial_when_live(target, extension)

    def _ask(self, target: DialTarget, extension: str) -> None:
        window = self.app.window
        if self.prompt is not None:
            self.prompt.reject()
        words = translate("HandOver", "Call {number}?").format(number=target_words(target))
        if extension:
            words += "\n" + translate("HandOver", "Then enter the extension {extension} on the keypad once answered.") \
                .format(extension=extension)
        box = QMessageBox(QMessageBox.Icon.Question, translate("HandOver", "Call from a link"), words,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
        box.setObjectName("dialLinkPrompt")
        box.button(QMessageBox.StandardButton.Yes).setText(translate("HandOver", "Call"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        check = QCheckBox(translate("HandOver", "Don't ask again"))
        box.setCheckBox(check)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        call = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button, b=box: self._answered(b, button is call, check.isChecked(), target, extension))
        box.finished.connect(lambda _result, b=box: self._closed(b))
        self.prompt = box
        window.raise_window()
        box.open()  # never exec() (PITFALLS 14)

    def _closed(self, box: QMessageBox) -> None:
        if self.prompt is box:
            self.prompt = None

    def _answered(self, box: QMessageBox, yes: bool, dont_ask: bool, target: DialTarget, extension: str) -> None:
        self._closed(box)
        if not yes:
            return
        if dont_ask:
            self.app.settings.confirm_dial_links = False
            try:
                self.app.store.save(self.app.settings)
            except (OSError, ValueError) as exc:
                log.warning("settings: \"don't ask again\" could not be saved: %s", exc)
        self._dial_when_live(target, extension)

    def _dial_when_live(self, target: DialTarget, extension: str) -> None:
        window = self.app.window
        if window is None or self.app.workspace is None:
            self.pending = (target, extension, False)
            return
        vm = window.vm
        if vm.live:
            self._dial(target, extension)
            return

        def once_live(*_args: object) -> None:
            if vm.live:
                vm.connectionChanged.disconnect(once_live)
                if self.app.window is window:
                    self._dial(target, extension)

        vm.connectionChanged.connect(once_live)

    def _dial(self, target: DialTarget, extension: str) -> None:
        workspace = self.app.workspace
        log.info("calling a number handed over (%s)", target.kind)
        self.app.spawn(workspace.dial_vm.dial_target_async(target), "hand-over-dial")
        if extension:
            self.app.notices.post(translate("HandOver", "Once {number} answers, enter the extension {extension} on "
                                                        "the keypad.").format(number=target_words(target),
                                                                              extension=extension), "info")
        self.app.window.raise_window()


__all__ = ["HandOverDesk", "target_words"]
