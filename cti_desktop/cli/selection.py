"""``cti-desktop dial --selection``: the text selected anywhere, read through Qt's clipboard.

Only this path of the command line loads Qt (imported here, when asked): X11's primary selection
(what was last selected with the mouse) when the platform has one and it is not empty, else the
clipboard. Bind ``cti-desktop dial --selection`` to a key in the desktop's own keyboard settings
where the app cannot listen to the keyboard itself (Wayland).

Without a display Qt would end the process; that is refused first, in words
(:class:`SelectionUnavailable`).
"""

from __future__ import annotations

import os
import sys

from cti_desktop.core.errors import UserFacingError
from cti_desktop.i18n import translate

__all__ = ["SelectionUnavailable", "read_selection"]

#: More text than this was not selected to be called.
MAX_SELECTION = 200


class SelectionUnavailable(UserFacingError):
    """There is no display whose selection could be read, or nothing is selected."""

    kind = "no-selection"


def read_selection(environ=os.environ, platform: str = sys.platform) -> str:
    """The selected text, spaces and line breaks run together; :class:`SelectionUnavailable` when
    there is no display or nothing is selected."""
    if not (platform.startswith("win") or platform == "darwin") and not (
            environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        raise SelectionUnavailable(translate("DialSelection", "There is no display, so there is no selected text "
                                                              "to read"))
    from PySide6.QtGui import QClipboard, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["cti-desktop"])
    clipboard = app.clipboard()
    text = ""
    if clipboard.supportsSelection():
        text = clipboard.text(QClipboard.Mode.Selection)
    if not text.strip():
        text = clipboard.text(QClipboard.Mode.Clipboard)
    text = " ".join(text.split())
    if not text:
        raise SelectionUnavailable(translate("DialSelection", "Nothing is selected; select a number first"))
    return text[:MAX_SELECTION]
