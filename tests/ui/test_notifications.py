"""Desktop notifications over a real D-Bus session bus: caller text is data, never a command line.

A private ``dbus-daemon`` (Debian package ``dbus-daemon``) and a small freedesktop notification
server of the tests' own (``freedesktop_notification_server.py``) receive what the app sends; the
tests assert the exact summary and body the server got.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from freedesktop_notification_server import NotificationServer, PrivateSessionBus
from hypothesis import given, settings, strategies as st
from support import until

from cti_desktop.ui.notifications import MAX_MESSAGE, MAX_TITLE, DesktopNotifier, plain_text

LOG = "cti_desktop.ui.notifications"

needs_dbus = pytest.mark.skipif(not PrivateSessionBus.available(), reason="dbus-daemon is not installed")

HOSTILE_NAME = "--dest=org.example.Evil"
HOSTILE_BODY = "+39 02 1234 5678\n<b>Boss</b> & <a href='http://evil.example'>x</a>\ud800 --help\x00$(id)"


@pytest.fixture
def session_bus(monkeypatch):
    with PrivateSessionBus() as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        yield bus


@pytest.fixture
def server(session_bus):
    with NotificationServer(session_bus.address) as real, \
            NotificationServer(session_bus.address, name="org.example.Evil") as evil:
        real.evil = evil
        yield real


@pytest.fixture
def notifier(qloop, arun):
    notifier = DesktopNotifier(send_timeout=3.0)
    yield notifier
    arun(notifier.aclose())


@needs_dbus
def test_a_hostile_caller_name_and_text_arrive_as_plain_data(server, notifier, arun):
    started = time.monotonic()
    assert notifier.notify(HOSTILE_NAME, HOSTILE_BODY, timeout_ms=4000) == "desktop"
    assert time.monotonic() - started < 0.1  # the send runs in the background
    arun(until(lambda: server.notifications(), what="the server to receive the notification"))
    [got] = server.notifications()
    assert got["summary"] == HOSTILE_NAME
    # Markup escaped (the server reads bodies as markup), the lone surrogate and NUL replaced.
    assert got["body"] == ("+39 02 1234 5678\n&lt;b&gt;Boss&lt;/b&gt; &amp; &lt;a href='http://evil.example'&gt;x"
                           "&lt;/a&gt;\ufffd --help\ufffd$(id)")
    assert got["app_name"] == "CTI Desktop" and got["replaces_id"] == 0 and got["expire_timeout"] == 4000
    assert server.evil.notifications() == []
    assert notifier.desktop_available


@needs_dbus
def test_answer_and_reject_buttons_call_back_on_the_loop(server, notifier, arun):
    pressed = []
    clicked = []
    notifier.notify("Incoming call", "Giulia Bianchi", actions=[("Answer", lambda: pressed.append("answer")),
                                                                ("Reject", lambda: pressed.append("reject"))],
                    on_clicked=lambda: clicked.append(True))
    # the service has it, and its answer (the id the press will name) has reached the notifier
    arun(until(lambda: server.notifications() and not notifier.sending, what="the notification"))
    [got] = server.notifications()
    keys = dict(zip(got["actions"][1::2], got["actions"][0::2]))  # label → action key
    assert {"Answer", "Reject"} <= set(keys)
    server.press(got["id"], keys["Reject"])
    arun(until(lambda: pressed, what="the button's callback"))
    assert pressed == ["reject"] and clicked == []

    notifier.notify("Incoming call", "Mario Rossi", on_clicked=lambda: clicked.append(True))
    arun(until(lambda: len(server.notifications()) == 2 and not notifier.sending, what="the second notification"))
    second = server.notifications()[1]
    assert "default" in second["actions"][0::2]
    server.press(second["id"], "default")
    arun(until(lambda: clicked, what="the click callback"))
    assert pressed == ["reject"]


@needs_dbus
def test_no_notification_service_falls_back_to_one_log_line(session_bus, notifier, arun, caplog):
    caplog.set_level(logging.INFO, logger=LOG)
    caplog.set_level(logging.INFO, logger="desktop_notifier")
    assert notifier.notify("Queue critical: Sales", "12 waiting") == "desktop"
    arun(until(lambda: not notifier.desktop_available, what="the send to fail"))
    lines = [r.getMessage() for r in caplog.records if r.name == LOG]
    assert any("desktop notifications unavailable" in m for m in lines)
    assert any("notification: Queue critical: Sales — 12 waiting" in m for m in lines)
    assert not any(r.exc_info for r in caplog.records)  # an expected failure: no traceback
    started = time.monotonic()
    assert notifier.notify("Queue critical: Support", "3 waiting") == "log"  # not tried again
    assert time.monotonic() - started < 0.05


def test_no_session_bus_falls_back_to_the_log(monkeypatch, tmp_path, notifier, arun, caplog):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus-here'}")
    caplog.set_level(logging.INFO, logger=LOG)
    assert notifier.notify("Incoming call", "--dest=org.example.Evil") == "desktop"
    arun(until(lambda: not notifier.desktop_available, what="the send to fail"))
    assert any("notification: Incoming call — --dest=org.example.Evil" in r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records)
    assert notifier.notify("again") == "log"


def test_without_a_running_loop_it_logs_at_once(caplog):
    caplog.set_level(logging.INFO, logger=LOG)
    notifier = DesktopNotifier()
    assert notifier.notify("Incoming call", "Greta") == "log"
    assert "notification: Incoming call — Greta" in caplog.text


def test_plain_text_examples():
    assert plain_text("a\ud800b\x00c\x1bd\x9be\tf\r\ng", 100) == "a\ufffdb\ufffdc\ufffdd\ufffde\tf\ng"
    assert plain_text(None, 10) == ""
    assert plain_text("x" * 50, 10) == "x" * 9 + "…"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=300),
       st.sampled_from([MAX_TITLE, MAX_MESSAGE, 5]))
def test_plain_text_is_always_marshallable(value, limit):
    text = plain_text(value, limit)
    text.encode("utf-8")  # never raises: no lone surrogates
    assert "\x00" not in text and len(text) <= limit
    assert all(c in "\t\n" or ord(c) >= 0x20 for c in text)


def test_a_bus_that_never_answers_times_out_in_the_background(monkeypatch, qloop, arun, caplog):
    import socket
    import tempfile

    caplog.set_level(logging.INFO, logger=LOG)
    with tempfile.TemporaryDirectory(prefix="cti-silent-") as where:  # short: unix socket paths are capped
        silent = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        silent.bind(f"{where}/bus")
        silent.listen(1)  # accepts the connection, then says nothing
        try:
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={where}/bus")
            notifier = DesktopNotifier(send_timeout=0.5)
            started = time.monotonic()
            assert notifier.notify("Incoming call", "Greta") == "desktop"
            assert time.monotonic() - started < 0.1
            arun(until(lambda: not notifier.desktop_available, timeout=5, what="the send to time out"))
            assert any("TimeoutError" in r.getMessage() for r in caplog.records if r.name == LOG)
            assert notifier.notify("again") == "log"
            arun(notifier.aclose())
        finally:
            silent.close()


@needs_dbus
def test_a_burst_before_the_first_answer_probes_once_and_logs_once(session_bus, notifier, arun, caplog):
    caplog.set_level(logging.INFO, logger=LOG)
    assert [notifier.notify(f"Call {n}", "x") for n in range(5)] == ["desktop"] * 5
    messages = lambda: [r.getMessage() for r in caplog.records if r.name == LOG]  # noqa: E731
    arun(until(lambda: sum(m.startswith("notification: ") for m in messages()) == 5, what="the fallbacks"))
    arun(asyncio.sleep(0.2))  # nothing more comes
    lines = messages()
    assert sum("desktop notifications unavailable" in m for m in lines) == 1
    assert sorted(m for m in lines if m.startswith("notification: ")) == [f"notification: Call {n} — x" for n in range(5)]


@needs_dbus
def test_a_session_bus_that_goes_away_is_noticed_and_the_next_one_is_used(monkeypatch, notifier, arun, caplog):
    import gc

    caplog.set_level(logging.INFO, logger=LOG)
    with PrivateSessionBus() as first_bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", first_bus.address)
        with NotificationServer(first_bus.address) as first:
            notifier.notify("First", "one")
            arun(until(lambda: first.notifications(), what="the first notification"))
    # The bus is gone: its connection's end must be read (else asyncio reports an unretrieved
    # EOFError when the future is collected — the qloop fixture fails the test on that).
    arun(until(lambda: "bus connection ended" in caplog.text, what="the end of the bus to be noticed"))
    gc.collect()
    arun(asyncio.sleep(0.1))
    with PrivateSessionBus() as second_bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", second_bus.address)
        with NotificationServer(second_bus.address) as second:
            assert notifier.notify("Second", "two") == "desktop"
            arun(until(lambda: second.notifications(), what="the notification on the new bus"))
            assert second.notifications()[0]["summary"] == "Second"
