"""The commands' exit statuses (on their own: the desktop app's start reads them without the rest)."""

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_STALE = 3

__all__ = ["EXIT_ERROR", "EXIT_STALE", "EXIT_USAGE"]
