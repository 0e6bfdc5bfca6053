"""The Voxloud simulator's telephony events have the reference's own shapes.

Compared with the examples copied from the Voxloud API reference (voxloud-api-reference.txt) into
``tests/providers/voxloud/data/voxloud_reference_examples.json``. Only the simulator and plain HTTP
are used here (a small capture server stands for the desktop's receiver), never the client's code.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from cti_desktop.simulator.voxloud.server import VoxloudSimulatorThread

DATA = Path(__file__).resolve().parents[2] / "providers" / "voxloud" / "data" / "voxloud_reference_examples.json"
EXAMPLES = {name: json.loads(e["text"]) for name, e in json.loads(DATA.read_text())["examples"].items()}
AUTH = {"Voverc-Auth": "demo-key"}
# the reference's records carry AI fields (transcription, summary, sentiment_score) the simulator leaves out
AI_FIELDS = {"transcription", "summary", "sentiment_score"}


class Capture(BaseHTTPRequestHandler):
    bodies: list[tuple[str, dict]] = []

    def do_POST(self):  # noqa: N802 - http.server API
        length = int(self.headers.get("Content-Length") or 0)
        Capture.bodies.append((self.path, json.loads(self.rfile.read(length))))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def world():
    capture = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
    thread = threading.Thread(target=capture.serve_forever, daemon=True)
    thread.start()
    with VoxloudSimulatorThread(seed=3, contacts=20) as sim, httpx.Client(trust_env=False, timeout=10) as http:
        url = f"http://127.0.0.1:{capture.server_address[1]}/hook"
        for kind in ("PHONE_CALL", "FAX_CALL", "CLICK_TO_CALL"):
            http.post(sim.api_url + "/v1/webhook-subscriptions", headers=AUTH,
                      json={"callback_url": url, "event_type": kind}).raise_for_status()
        yield sim, http
    capture.shutdown()


def control(sim, http, path, body=None):
    response = http.post(sim.base_url + path, json=body or {})
    response.raise_for_status()
    return response.json()


def last_body():
    return Capture.bodies[-1][1]


def test_a_phone_call_record_has_the_references_keys(world):
    sim, http = world
    call = control(sim, http, "/_sim/calls", {"to": "101", "from": "+390212345678"})
    control(sim, http, f"/_sim/calls/{call['call_id']}/answer")
    ended = control(sim, http, f"/_sim/calls/{call['call_id']}/hangup", {"recorded": True})
    assert [d["status"] for d in ended["record_deliveries"]] == [204]
    body, reference = last_body(), EXAMPLES["telephony_event_phone_call"]
    assert set(body) == set(reference) - AI_FIELDS
    assert (body["type"], body["direction"], body["callId"], body["answererNumber"]) == (
        "PHONE_CALL", "INBOUND", call["call_id"], "101")
    assert isinstance(body["timestamp"], int) and body["recordingUrl"].startswith("https://")


def test_a_missed_call_with_voicemail(world):
    sim, http = world
    call = control(sim, http, "/_sim/calls", {"to": "101", "from": "+390611122233"})
    control(sim, http, f"/_sim/calls/{call['call_id']}/hangup", {"voicemail": True})
    body = last_body()
    assert body["lastEvent"] == "CALL_LOST_NO_ANSWER" and body["voicemail"] is True
    assert body["voicemail_url"].startswith("https://") and "answererNumber" not in body


def test_an_envelope_is_the_references_envelope(world):
    sim, http = world
    call = control(sim, http, "/_sim/calls", {"to": "101", "from": "+390611122233"})
    control(sim, http, f"/_sim/calls/{call['call_id']}/hangup", {"style": "envelope"})
    body = last_body()
    assert set(body) == set(EXAMPLES["webhook_envelope_call_started"])
    assert body["type"] == "PHONE_CALL" and body["data"]["callId"] == call["call_id"]


def test_a_fax_is_the_references_fax_payload(world):
    sim, http = world
    sent = control(sim, http, "/_sim/fax", {"to": "101", "from": "+390611122233", "pages": 2})
    assert [d["status"] for d in sent["deliveries"]] == [204]
    body, reference = last_body(), EXAMPLES["telephony_event_fax"]
    assert set(body) == set(reference) - {"description"}  # the reference's description: outbound faxes only
    assert body["direction"] == "inbound" and body["total_pages"] == 2 and "type" not in body


def test_a_click_to_call_record_has_the_references_keys(world):
    sim, http = world
    ctc = http.post(sim.api_url + "/v1/click-to-call", headers=AUTH,
                    json={"name": "shape", "extension": "102", "outboundNumber": "+390687654320"}).json()
    http.post(sim.api_url + f"/v1/click-to-call/{ctc['id']}/connect", headers=AUTH,
              json={"contact": "+390612345670"}).raise_for_status()
    started = next(c for c in http.get(sim.base_url + "/_sim/state").json()["calls"] if c["kind"] == "CLICK_TO_CALL")
    control(sim, http, f"/_sim/calls/{started['call_id']}/hangup")
    body, reference = last_body(), EXAMPLES["telephony_event_click_to_call"]
    assert set(body) == set(reference) - AI_FIELDS
    assert (body["type"], body["direction"], body["destinationNumber"]) == ("CLICK_TO_CALL", "OUTBOUND", "+390612345670")


def test_the_query_answers_the_references_page(world):
    sim, http = world
    response = http.post(sim.api_url + "/v1/telephony-events", headers=AUTH, params={"sort": "timestamp,desc",
                         "size": 2, "page": 0}, json={"date_time_from": "2020-01-01T00:00:00.000Z"})
    response.raise_for_status()
    page, reference = response.json(), EXAMPLES["telephony_events_query_page"]
    assert set(page) == set(reference) and set(page["sort"][0]) == set(reference["sort"][0])
    assert page["size"] == 2 and page["numberOfElements"] == 2 and page["first"] and not page["last"]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000", r["timestamp"]) for r in page["content"])
    stamps = [r["timestamp"] for r in page["content"]]
    assert stamps == sorted(stamps, reverse=True)
    one = page["content"][0]
    by_id = http.get(sim.api_url + f"/v1/telephony-events/{one['id']}", headers=AUTH).json()
    by_call = http.get(sim.api_url + "/v1/telephony-events", headers=AUTH, params={"callId": one["callId"]}).json()
    assert by_id == by_call == one
    assert http.post(sim.api_url + "/v1/telephony-events", json={}).status_code == 401
    assert http.post(sim.api_url + "/v1/telephony-events", headers=AUTH,
                     json={"date_time_from": "yesterday"}).status_code == 400
