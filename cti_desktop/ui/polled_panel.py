"""A panel whose view-model polls the server only while the panel is on the screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class PolledPanel(QWidget):
    """Its view-model (``self.vm``, with ``setActive``) is active while the panel is shown."""

    vm: Any

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.vm.setActive(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.vm.setActive(False)
