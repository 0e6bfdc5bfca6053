"""PySide6 no longer reads the source of each module imported after it (``cti_desktop.startup``):
a module imported afterwards is not read into :mod:`linecache`, gets PySide6's default feature set
(no switches), and its Qt classes, signals and properties work as before; ``from __feature__
import`` still switches a module that asks for it."""

from __future__ import annotations

import importlib
import linecache
import sys

import pytest
from PySide6.QtCore import QObject

from cti_desktop.startup import skip_pyside_source_scan

MODULE = '''
from PySide6.QtCore import QObject, Property, Signal


class Counter(QObject):
    changed = Signal(int)

    def __init__(self):
        super().__init__()
        self._value = 0

    def _get(self):
        return self._value

    def _set(self, value):
        self._value = value
        self.changed.emit(value)

    value = Property(int, _get, _set, notify=changed)
'''

SNAKE = '''
from __feature__ import snake_case  # noqa: F401
from PySide6.QtCore import QObject

def name_of(obj):
    return obj.object_name()
'''


@pytest.fixture
def module_dir(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("scan_probe_counter", "scan_probe_snake"):
        sys.modules.pop(name, None)


def test_a_module_imported_afterwards_is_not_read_and_works(module_dir):
    assert skip_pyside_source_scan() is True
    path = module_dir / "scan_probe_counter.py"
    path.write_text(MODULE)
    linecache.clearcache()
    feature = sys.modules["PySide6.support.feature"]
    module = importlib.import_module("scan_probe_counter")
    assert str(path) not in linecache.cache  # PySide6 did not read the file
    assert feature.pyside_feature_dict.get("scan_probe_counter", 0) == 0  # the default set: no switches
    counter = module.Counter()
    seen = []
    counter.changed.connect(seen.append)
    counter.value = 7
    assert (counter.value, seen) == (7, [7])
    assert counter.objectName() == ""  # Qt's own names, not snake_case


def test_a_module_that_asks_for_snake_case_still_gets_it(module_dir):
    skip_pyside_source_scan()
    (module_dir / "scan_probe_snake.py").write_text(SNAKE)
    module = importlib.import_module("scan_probe_snake")
    obj = QObject()
    obj.setObjectName("probe")
    assert module.name_of(obj) == "probe"
    assert obj.objectName() == "probe"  # this module is not switched
