"""Seed payloads and hostile values shared by the property tests and ``benchmarks/fuzz_parsers.py``.

The JSON examples live in ``data/`` with their source named in each file (the vendors' reference
pages and the project contract). The XML, SSE and TOML seeds below are the contract's own examples
(``shared/api/dstny-core.md``: the queue-statistics document; RFC 4235 for dialog-info) and the
shapes the existing tests use. Nothing here reads ``shared/``.
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


@cache
def json_examples(vendor: str) -> tuple[object, ...]:
    """Every decoded example of ``vendor`` (``dstny``, ``telavox``, ``voxloud``)."""
    doc = json.loads((DATA / f"{vendor}_examples.json").read_text(encoding="utf-8"))
    examples = doc["examples"]
    if isinstance(examples, dict):  # dstny: by kind
        return tuple(value for kind in sorted(examples) for value in examples[kind])
    return tuple(item["example"] if isinstance(item, dict) and "example" in item and "line" in item else item
                 for item in examples)


@cache
def dstny_examples_by_kind() -> dict[str, tuple[object, ...]]:
    doc = json.loads((DATA / "dstny_examples.json").read_text(encoding="utf-8"))
    return {kind: tuple(values) for kind, values in doc["examples"].items()}


def json_seeds(vendor: str) -> list[bytes]:
    return [json.dumps(v, ensure_ascii=False).encode("utf-8") for v in json_examples(vendor)]


# The contract's queue-statistics example (shared/api/dstny-core.md) and variants the tests read.
QUEUE_CONTRACT_EXAMPLE = """<queue-statistics>
  <queue id="67899" domain="test.com">
    <name>ACD_Taxi</name><number>+123415</number>
    <queueLength>3</queueLength><availableAgents>2</availableAgents><loggedInAgents>5</loggedInAgents>
    <longestWaiting>20</longestWaiting><lastWait>15</lastWait><averageWait>14</averageWait>
    <answeredCallsForPeriod>41</answeredCallsForPeriod><droppedCallsForPeriod>6</droppedCallsForPeriod>
    <totalCallsForPeriod>60</totalCallsForPeriod>
    <current-agent-presence><presence name="Available" count="1"/></current-agent-presence>
  </queue>
</queue-statistics>"""
QUEUE_XML = [
    QUEUE_CONTRACT_EXAMPLE.encode(),
    b"""<?xml version='1.0' encoding='UTF-8'?><qs:queue-statistics xmlns:qs="urn:telepo:queue-statistics">
<qs:queue id="1" queue-length="4" available_agents="2"><qs:name>Sales</qs:name></qs:queue></qs:queue-statistics>""",
    "<?xml version='1.0' encoding='ISO-8859-1'?><queue id='1'><name>K\xf6</name><queueLength>7</queueLength></queue>".encode("latin-1"),
]
# RFC 4235 dialog-info, as the dialog stream sends it.
DIALOG_FULL = """<?xml version="1.0"?>
<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="3" state="full" entity="sip:agent1@demo.example">
  <dialog id="d1" call-id="abc@host" local-tag="1" remote-tag="2" direction="recipient">
    <state>early</state>
    <local><identity display="Agent One">sip:agent1@demo.example</identity></local>
    <remote><identity display="Alice Caller">sip:+46701234567@demo.example;user=phone</identity>
      <target uri="sip:+46701234567@10.0.0.1"/></remote>
  </dialog>
  <dialog id="d2" call-id="def@host" direction="initiator"><state event="remote-bye" code="200">confirmed</state>
    <remote><identity>tel:+4681234</identity></remote></dialog>
</dialog-info>"""
DIALOG_XML = [
    DIALOG_FULL.encode(),
    b"""<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="4" state="partial" entity="sip:a@b">
<dialog id="d1" call-id="abc@host"><state event="cancelled" code="487">terminated</state></dialog></dialog-info>""",
]
SSE = [
    b"\xef\xbb\xbf: heartbeat\n\nid: 1\nevent: call\ndata: {\"callId\": \"c1\"}\n\nretry: 3000\r\ndata: a\r\ndata: b\r\n\r\n",
    b"event: queue\ndata: <queue-statistics/>\nid: 7\n\n:\n\n",
]
TOML = [
    b"""last_profile = "work"
theme = "dark"

[window]
width = 900

[profiles.work]
server = "https://pbx.example"
user = "agent1"
record_url_template = "https://crm.example/search?phone={number}"

[profiles.work.options]
region = "SE"
[profiles.work.options.routes]
"calls.answer" = "/api/x"

[[profiles.work.directories]]
kind = "voxloud"

[wallboard_thresholds.queue_length]
warn = 3
alarm = 8.5
""",
]
URLS = [
    b"https://crm.example/search?phone={number}&name={name}",
    b"http://[::1]:8080/p/{e164}#{callId}",
    b"https://b\xc3\xbccher.example/x?y={number}",
]
DIAL = [b"+46 70 123 45 67", b"070-123 45 67", b"1001", b"*21*0701234567#", b"tel:+46812345678", b"(08) 123 45 67"]
RETRY_AFTER = [b"120", b"Wed, 21 Oct 2015 07:28:00 GMT", b"0", b"  5 "]

#: Text fragments that crash naive parsers: odd digits, huge numbers, surrogates, NUL, BOM, NaN.
ODD_TEXT = [
    "\u00b2", "\u0663", "\u0661\u0662", "\uff11", "\u2155", "1\u00b2", "-0", "+1", "1_000", "0x10", "1e400", "-1e400",
    "9" * 5000, "1" + "0" * 400, "-" + "9" * 4400, "1." + "9" * 5000, "NaN", "Infinity", "-Infinity", "inf",
    "\ud800", "a\udfffb", "\x00", "\ufeff", "\u202e", "\r\n", " ", "", "never", "null", "true",
    "99999999999999999999", "253402300800000", "-62135596800001", "1e11", "2025-13-45T99:99:99Z",
    "9999-12-31T23:59:59+23:59", "0001-01-01T00:00:00-23:59",
]
#: Raw JSON values to drop into a document where any value may stand.
ODD_JSON = [
    "null", "true", "false", "0", "-1", "1.5", "1e308", "-1e308", "1e999", "NaN", "Infinity", "-Infinity",
    "9" * 5000, "[]", "{}", '""', '"\\ud800"', '"\\u0000"', '"\u00b2"', '"\u0663"', '"9999999999999999999999"',
    '"' + "9" * 5000 + '"', '"1e400"', '"NaN"', '[[[[[[[[[[]]]]]]]]]]', '{"a":{"b":{"c":[]}}}', '[null, 1, "x"]',
    "[" * 3000 + "]" * 3000, '"' + "x" * 70000 + '"', "253402300800000", "-253402300800000",
]


# ------------------------------------------------------------------------------ mutation
_ODD_NUMBERS = [s.encode("utf-8", "surrogatepass") for s in ODD_TEXT]
_ODD_JSON = [s.encode("utf-8", "surrogatepass") for s in ODD_JSON]
_TOKENS = _ODD_NUMBERS + _ODD_JSON + [
    b"\xef\xbb\xbf", b"\x00", b"\xed\xa0\x80", b"\xff", b"\\u", b"\\ud800", b'"', b"\\", b"<", b">", b"&",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"<![CDATA[x]]>", b"&#0;", b"&#x110000;", b"\r", b"\n\n", b"data:", b"id:",
    b"retry:", b"[[", b"]]", b"{{", b"}}", b"{number}", b"{x}", b"javascript:", b"//", b"@", b"%00", b"\\u0000",
]
_ENCODINGS = [b"utf-8", b"UTF-16", b"utf-32", b"latin-1", b"cp1252", b"bogus", b"utf-7", b"\xb2", b"x" * 300,
              b"ebcdic-cp-us", b"cp500", b"shift_jis", b"hz", b"idna", b"rot13", b"base64", b"punycode", b""]
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")


def _deep(rng: random.Random) -> bytes:
    n = rng.choice((50, 1000, 5000, 100_000))
    kind = rng.randrange(4)
    if kind == 0:
        return b"[" * n + b"]" * n
    if kind == 1:
        return b'{"a":' * n + b"1" + b"}" * n
    if kind == 2:
        return b"<a>" * n + b"</a>" * n
    return b"a = " + b"[" * n + b"]" * n


def _swap_json_value(rng: random.Random, seed: bytes) -> bytes | None:
    """Parse ``seed``, replace one value deep inside by a hostile raw JSON text, serialise again."""
    try:
        value = json.loads(seed)
    except (ValueError, RecursionError):
        return None
    marker = "\x00MARK\x00"
    nodes: list[tuple[Any, Any]] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k in v:
                nodes.append((v, k))
                walk(v[k])
        elif isinstance(v, list):
            for i in range(len(v)):
                nodes.append((v, i))
                walk(v[i])

    walk(value)
    if not nodes:
        return None
    for _ in range(1 + rng.randrange(3)):
        parent, key = rng.choice(nodes)
        parent[key] = marker
    raw = rng.choice(_ODD_JSON) if rng.random() < 0.8 else json.dumps(rng.choice(ODD_TEXT)).encode()
    text = json.dumps(value, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    return text.replace(json.dumps(marker).encode(), raw)


#: The mutations below, weighted: value-level swaps keep a body readable, so they reach deeper.
_OPS = (0, 1, 2, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 9, 10)


def mutate(rng: random.Random, seeds: tuple[bytes, ...]) -> bytes:
    """One input: random bytes (5 %) or a seed with one to four mutations."""
    if not seeds or rng.random() < 0.05:
        return rng.randbytes(rng.randrange(64))
    data = rng.choice(seeds)
    for _ in range(1 + rng.randrange(4)):
        op = rng.choice(_OPS)
        n = len(data)
        if op == 0 and n:  # flip bits
            b = bytearray(data)
            for _ in range(1 + rng.randrange(4)):
                b[rng.randrange(n)] ^= 1 << rng.randrange(8)
            data = bytes(b)
        elif op == 1:  # insert a hostile token
            at = rng.randrange(n + 1)
            data = data[:at] + rng.choice(_TOKENS) + data[at:]
        elif op == 2 and n:  # delete a range
            at = rng.randrange(n)
            data = data[:at] + data[at + 1 + rng.randrange(min(32, n - at)):]
        elif op == 3:  # splice two seeds
            other = rng.choice(seeds)
            data = data[: rng.randrange(n + 1)] + other[rng.randrange(len(other) + 1):]
        elif op in (4, 5):  # a number becomes a huge or odd one
            found = list(_NUMBER.finditer(data))
            if found:
                m = rng.choice(found)
                data = data[: m.start()] + rng.choice(_ODD_NUMBERS) + data[m.end():]
        elif op in (6, 7):  # a JSON value becomes a hostile one
            swapped = _swap_json_value(rng, data)
            if swapped is not None:
                data = swapped
        elif op == 8:  # deep nesting, around or inside
            deep = _deep(rng)
            at = rng.randrange(n + 1)
            data = data[:at] + deep + data[at:] if rng.random() < 0.5 else deep
        elif op == 9:  # an XML declaration with an odd encoding
            data = b'<?xml version="1.0" encoding="' + rng.choice(_ENCODINGS) + b'"?>' + data.split(b"?>", 1)[-1]
        elif op == 10 and n:  # duplicate a slice (long lines, repeated fields)
            a = rng.randrange(n)
            b = min(n, a + 1 + rng.randrange(64))
            data = data[:b] + data[a:b] * rng.randrange(2, 50) + data[b:]
    return data
