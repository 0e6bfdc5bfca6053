"""The main window's name and the levels of its connection indicator: plain constants, on their own
so the window can be drawn (in its "Connecting…" state) before the view-models are imported."""

APP_TITLE = "CTI Desktop"

LEVEL_OK = "ok"
LEVEL_BUSY = "busy"
LEVEL_WARNING = "warning"
LEVEL_ERROR = "error"

__all__ = ["APP_TITLE", "LEVEL_BUSY", "LEVEL_ERROR", "LEVEL_OK", "LEVEL_WARNING"]
