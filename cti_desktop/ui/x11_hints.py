"""What Qt does not tell an X11 window manager about a pop: stay out of the task bar and the pager.

Qt marks a ``Qt.Tool`` window as a utility window (``_NET_WM_WINDOW_TYPE_UTILITY``, transient for
the application) and ``WindowStaysOnTopHint`` as ``_NET_WM_STATE_ABOVE``, but sets neither
``_NET_WM_STATE_SKIP_TASKBAR`` nor ``_NET_WM_STATE_SKIP_PAGER`` (checked with ``xprop`` under
openbox; Qt 6.11). Task bars and window switchers that list utility windows (and openbox's Alt+Tab,
which skips only windows that ask to skip the task bar) would still show every pop.
:func:`skip_taskbar` adds both states to the window's ``_NET_WM_STATE`` property while the window is
not yet mapped — the EWMH way for a client to set its initial state; Qt keeps the states it does not
manage when it maps the window — on Qt's own xcb connection (``QNativeInterface.QX11Application``),
so the property is written before Qt's map request. Elsewhere (Wayland, Windows, macOS, offscreen)
it does nothing: there ``Qt.Tool`` windows are kept out of the task bar by the platform itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import lru_cache

from PySide6.QtGui import QGuiApplication, QNativeInterface
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_PROP_MODE_APPEND = 2
_ATOM_ATOM = 4
STATES = (b"_NET_WM_STATE_SKIP_TASKBAR", b"_NET_WM_STATE_SKIP_PAGER")


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _AtomReply(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("pad0", ctypes.c_uint8), ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32), ("atom", ctypes.c_uint32)]


@lru_cache(maxsize=1)
def _xcb():
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    lib = ctypes.CDLL(name)
    lib.xcb_intern_atom.restype = _Cookie
    lib.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
    lib.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
    lib.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
    lib.xcb_change_property.restype = _Cookie
    lib.xcb_change_property.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_uint32,
                                        ctypes.c_uint32, ctypes.c_uint8, ctypes.c_uint32, ctypes.c_void_p]
    lib.xcb_flush.restype = ctypes.c_int
    lib.xcb_flush.argtypes = [ctypes.c_void_p]
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.free.argtypes = [ctypes.c_void_p]
    return lib, libc


def _connection() -> int:
    app = QGuiApplication.instance()
    if app is None or QGuiApplication.platformName() != "xcb":
        return 0
    native = app.nativeInterface()
    return int(native.connection()) if isinstance(native, QNativeInterface.QX11Application) else 0


_warned = False


def skip_taskbar(window: QWidget) -> bool:
    """Ask the X11 window manager to keep the not-yet-mapped ``window`` out of the task bar and pager.

    Call it before the window is shown (``showEvent`` runs before Qt maps it). Returns True when the
    property was written; False on other platforms or when libxcb cannot be used (logged once).
    """
    global _warned
    connection = _connection()
    if not connection:
        return False
    try:
        lib, libc = _xcb()
        atoms = [_atom(lib, libc, connection, name) for name in STATES]
        data = (ctypes.c_uint32 * len(atoms))(*atoms)
        lib.xcb_change_property(connection, _PROP_MODE_APPEND, int(window.winId()),
                                _atom(lib, libc, connection, b"_NET_WM_STATE"), _ATOM_ATOM, 32, len(atoms), data)
        lib.xcb_flush(connection)
        return True
    except (OSError, AttributeError) as exc:
        if not _warned:
            _warned = True
            log.info("pops may show in the task bar: libxcb could not be used (%s)", exc)
        return False


#: Atoms already interned, by (connection, name): a pop's show asks the X server nothing it was told
#: before (each intern is a round trip, on the way of a ringing call's pop to the screen).
_atoms: dict[tuple[int, bytes], int] = {}


def _atom(lib, libc, connection: int, name: bytes) -> int:
    key = (connection, name)
    atom = _atoms.get(key)
    if atom is None:
        atom = _atoms[key] = _intern(lib, libc, connection, name)
    return atom


def _intern(lib, libc, connection: int, name: bytes) -> int:
    reply = lib.xcb_intern_atom_reply(connection, lib.xcb_intern_atom(connection, 0, len(name), name), None)
    if not reply:
        raise OSError("the X server did not answer the atom request")
    try:
        return int(reply.contents.atom)
    finally:
        libc.free(ctypes.cast(reply, ctypes.c_void_p))
