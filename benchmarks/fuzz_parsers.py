"""Fuzz every parser of outside input: each must return a value or raise its own refusal type.

Inputs are made by mutating the vendors' example payloads (``tests/property/data``, ``corpus.py``):
byte flips, inserts and deletes, splices of two seeds, numbers swapped for huge or odd ones
(superscript and Arabic-Indic digits, 5,000-digit integers, NaN), JSON values swapped for hostile
ones, deep nesting, odd XML encodings, plus plain random bytes. The same ``--seed`` gives the same
inputs whatever the number of workers. Any other exception is a crash: the script prints the first
few crashing inputs of each parser and exits 1.

    python benchmarks/fuzz_parsers.py                      # 1,000,000 inputs, 2 workers
    python benchmarks/fuzz_parsers.py --inputs 20000 --only dstny.xml.queue_statistics

A parser is one line of :data:`REGISTRY`: name, callable taking ``bytes``, its refusal types, seeds.
"""

from __future__ import annotations

import argparse
import atexit
import logging
import math
import multiprocessing
import multiprocessing.util
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "property"))

import httpx  # noqa: E402

import parser_corpus as corpus  # noqa: E402
from parser_corpus import mutate  # noqa: E402
from cti_desktop.core import dial_links, dialing, http_headers, instance_requests, links, screenpop  # noqa: E402
from cti_desktop.core.errors import InvalidInput  # noqa: E402
from cti_desktop.core.settings import SettingsError, SettingsStore, parse_settings_bytes  # noqa: E402
from cti_desktop.core.sse import SSEDecoder, SSELineTooLong  # noqa: E402
from cti_desktop.providers.dstny import errors as dstny_errors  # noqa: E402
from cti_desktop.providers.dstny import wire as dstny  # noqa: E402
from cti_desktop.providers.dstny import xml as dstny_xml  # noqa: E402
from cti_desktop.providers.telavox import errors as telavox_errors  # noqa: E402
from cti_desktop.providers.telavox import wire as telavox  # noqa: E402
from cti_desktop.providers.voxloud import webhooks as voxloud_webhooks  # noqa: E402
from cti_desktop.providers.voxloud import wire as voxloud  # noqa: E402


# ------------------------------------------------------------------------------------ targets
def _text(data: bytes) -> str:
    """Bytes as text the way a hostile caller could hand it over: undecodable bytes become lone
    surrogates (``surrogateescape``), so ``.encode()`` traps are reached too."""
    return data.decode("utf-8", "surrogateescape")


def _json(parse: Callable[[Any], Any], reader: Callable[[bytes], Any] = dstny.parse_json) -> Callable[[bytes], Any]:
    return lambda data: parse(reader(data))


def _response(data: bytes) -> httpx.Response:
    """An HTTP error answer from bytes: the first byte picks the status, the first line is the
    ``Retry-After`` header value, the rest is the body."""
    head, _, body = data.partition(b"\n")
    status = 400 + (data[0] % 200) if data else 500
    ctype = b"application/json" if len(data) % 3 else b"text/html"
    return httpx.Response(status, headers=[(b"Retry-After", head[1:200]), (b"Content-Type", ctype)], content=body)


def _tvx_calls(data: bytes) -> Any:
    ext = telavox.parse_extension(telavox.parse_json(data))
    telavox.contact_from_extension(ext)
    telavox.presence_from_profile(ext.profile)
    return telavox.calls_from_extension(ext, telavox.CallIds(), now=1000.0, received_at=1.0)


def _vox_draft(data: bytes) -> Any:
    return voxloud.ContactDraft.from_wire(voxloud.parse_json(data)).body("IT")


def _webhook_body(data: bytes) -> Any:
    event = voxloud_webhooks.parse_webhook_body(data)
    return voxloud_webhooks.call_from_event(event, None, my_extension="101", now=1.0)


def _sse(data: bytes) -> Any:
    decoder = SSEDecoder(max_line_length=4096)
    events = []
    step = 1 + data[0] % 17 if data else 1
    for i in range(0, len(data), step):
        events += decoder.feed(data[i : i + step])
    return events + decoder.close()


_SETTINGS_DIR: Path | None = None


def _settings(data: bytes) -> Any:
    global _SETTINGS_DIR
    if _SETTINGS_DIR is None:  # one folder per worker process, removed when it ends
        _SETTINGS_DIR = Path(tempfile.mkdtemp(prefix="fuzz-settings-"))
        atexit.register(shutil.rmtree, _SETTINGS_DIR, True)  # a single process
        multiprocessing.util.Finalize(None, shutil.rmtree, args=(_SETTINGS_DIR, True), exitpriority=10)  # a worker
    store = SettingsStore(_SETTINGS_DIR)
    store.path.write_bytes(data)
    return store.load()


def _record_url(data: bytes) -> Any:
    template, _, rest = _text(data).partition("\n")
    number, _, name = rest.partition("\n")
    return links.build_record_url(template, number=number, name=name, call_id=name[:8])


def _dial(data: bytes) -> Any:
    text = _text(data)
    dialing.format_for_display(text)
    return dialing.normalise_dial_string(text)


#: Click-to-dial links as pages, apps and the RFCs write them (RFC 3966 section 6, RFC 3261 section 19.1.3).
DIAL_LINKS = (b"tel:+46701234567", b"tel:+46 70-123 45 67", b"tel:7042;phone-context=example.com",
              b"tel:070-123 45 67;phone-context=+46", b"tel:+46812345678;ext=55", b"tel:%2B46701234567",
              b"callto://+46701234567/", b"sip:+46701234567@pbx.example;user=phone", b"sips:1212@gateway.com",
              b"sip:alice@atlanta.com")
#: Requests and replies of the single-instance hand-over.
INSTANCE_LINES = (b"cti-desktop/1 show\n", b"cti-desktop/1 link tel:+46701234567\n",
                  b"cti-desktop/1 dial 070-123 45 67\n", b"cti-desktop/1 answer\n", b"ok Calling 070-123 45 67\n",
                  b"refused There is no call to answer right now\n")


def _dial_link(data: bytes) -> Any:
    return dial_links.parse_dial_link(_text(data))


def _instance_line(data: bytes) -> Any:
    try:
        instance_requests.parse_reply(data)
    except instance_requests.InstanceMessageRefused:
        pass
    return instance_requests.parse_request(data)


def _number_keys(data: bytes) -> Any:
    text = _text(data)
    screenpop.search_query(text)
    return screenpop.number_keys(text)


@dataclass(frozen=True)
class Target:
    name: str
    call: Callable[[bytes], Any]
    refusals: tuple[type[BaseException], ...]
    seeds: tuple[bytes, ...]


DST, TVX, VOX = (tuple(corpus.json_seeds(v)) for v in ("dstny", "telavox", "voxloud"))
D_BAD, T_BAD, V_BAD = (dstny.MalformedResponse,), (telavox.MalformedResponse,), (voxloud.MalformedResponse,)
XML_BAD = (dstny_xml.XmlDocumentError,)
Q_XML, DLG_XML = tuple(corpus.QUEUE_XML), tuple(corpus.DIALOG_XML)

REGISTRY: list[Target] = [
    *(Target(f"dstny.wire.{fn.__name__}", _json(fn), D_BAD, DST) for fn in (
        dstny.parse_call_state, dstny.parse_call_snapshot, dstny.parse_groups, dstny.parse_acd_groups,
        dstny.parse_group, dstny.parse_queue_stats_json, dstny.parse_group_call_log, dstny.parse_commlog,
        dstny.parse_contacts, dstny.parse_contact, dstny.parse_presence, dstny.parse_activities, dstny.parse_roles,
        dstny.parse_answer_places, dstny.parse_lines, dstny.parse_devices, dstny.parse_presence_shortcuts,
        dstny.parse_ticket, dstny.parse_queue_stat, dstny.parse_group_call_log_item, dstny.parse_presence_shortcut,
        dstny.parse_party, dstny.parse_group_agent, dstny.parse_supervised_group, dstny.parse_supervised_groups,
        dstny.parse_activity_diversion, dstny.parse_activity_diversions, dstny.parse_diversion_number,
        dstny.parse_diversion_rule, dstny.parse_diversion_rules, dstny.parse_voicemail_settings,
        dstny.parse_contact_info, dstny.parse_datetime, dstny.parse_device_attributes, dstny.parse_personal_contact,
        dstny.parse_personal_contacts, dstny.parse_phone_labels, dstny.parse_line_state_mark)),
    *(Target(f"dstny.wire.{fn.__name__}", fn, D_BAD, (b"true", b"false", b'"Anna\'s phone"', b"never"))
      for fn in (dstny.parse_line_state, dstny.parse_device_name)),
    Target("dstny.wire.parse_available", dstny.parse_available, D_BAD, (b"true", b'{"available": false}', b'"yes"')),
    Target("dstny.wire.parse_activity_end_time", dstny.parse_activity_end_time, D_BAD,
           (b'"2025-03-01T10:00:00Z"', b"never", b'{"endTime": "2025-03-01T10:00:00.123+01:00"}')),
    Target("dstny.wire.parse_error_body", dstny.parse_error_body, (), DST),
    Target("dstny.errors.error_from_response", lambda d: dstny_errors.error_from_response(_response(d), feature="Hold"),
           (), tuple(b"\x01" + r + b"\n" + s for r, s in zip(corpus.RETRY_AFTER * 10, DST))),
    Target("dstny.xml.parse_queue_statistics_xml", dstny_xml.parse_queue_statistics_xml, XML_BAD, Q_XML),
    Target("dstny.xml.parse_queue_statistics_xml(str)", lambda d: dstny_xml.parse_queue_statistics_xml(_text(d)),
           XML_BAD, Q_XML),
    Target("dstny.xml.parse_dialog_info", dstny_xml.parse_dialog_info, XML_BAD, DLG_XML),
    Target("dstny.xml.parse_dialog_info(str)", lambda d: dstny_xml.parse_dialog_info(_text(d)), XML_BAD, DLG_XML),
    *(Target(f"telavox.wire.{fn.__name__}", _json(fn, telavox.parse_json), T_BAD, TVX) for fn in (
        telavox.parse_extensions, telavox.parse_users, telavox.parse_pbx, telavox.parse_history,
        telavox.parse_recordings, telavox.history_recording_ids)),
    Target("telavox.wire.extension→calls,contact,presence", _tvx_calls, T_BAD, TVX),
    Target("telavox.errors.error_from_response", lambda d: telavox_errors.error_from_response(_response(d), feature="Dial"),
           (), tuple(b"\x01" + r + b"\n" + s for r, s in zip(corpus.RETRY_AFTER * 10, TVX))),
    *(Target(f"voxloud.wire.{fn.__name__}", _json(fn, voxloud.parse_json), V_BAD, VOX) for fn in (
        voxloud.parse_company, voxloud.parse_contact, voxloud.parse_contact_page, voxloud.parse_users,
        voxloud.parse_webhook_subscription, voxloud.parse_webhook_subscriptions, voxloud.parse_click_to_call,
        voxloud.parse_click_to_calls, voxloud.parse_webhook_event, voxloud.parse_error_detail,
        voxloud.parse_telephony_event, voxloud.parse_telephony_page)),
    Target("voxloud.wire.ContactDraft.from_wire→body", _vox_draft, V_BAD + (InvalidInput,), VOX),
    Target("voxloud.wire.normalise_e164", lambda d: voxloud.normalise_e164(_text(d)), (InvalidInput,),
           tuple(corpus.DIAL)),
    Target("voxloud.webhook body→call_from_event", _webhook_body, (voxloud_webhooks.WebhookBodyError,), VOX),
    Target("core.http_headers.retry_after_seconds", lambda d: http_headers.retry_after_seconds(_text(d), now=0.0), (),
           tuple(corpus.RETRY_AFTER)),
    Target("core.links.safe_url", lambda d: links.safe_url(_text(d)), (links.UnsafeLink,), tuple(corpus.URLS)),
    Target("core.links.build_record_url", _record_url, (links.UnsafeLink,),
           tuple(u + b"\n+46 8 123 45 67\nAnna \xc3\x96berg" for u in corpus.URLS)),
    Target("core.dialing.normalise_dial_string", _dial, (dialing.DialStringRefused,), tuple(corpus.DIAL)),
    Target("core.dial_links.parse_dial_link", _dial_link, (dial_links.DialLinkRefused,), DIAL_LINKS),
    Target("core.instance_requests.parse_request", _instance_line, (instance_requests.InstanceMessageRefused,),
           INSTANCE_LINES),
    Target("core.screenpop.number_keys", _number_keys, (), tuple(corpus.DIAL)),
    Target("core.sse.SSEDecoder", _sse, (SSELineTooLong,), tuple(corpus.SSE)),
    Target("core.settings.SettingsStore.load", _settings, (), tuple(corpus.TOML)),
    Target("core.settings.parse_settings_bytes", parse_settings_bytes, (SettingsError,), tuple(corpus.TOML)),
]


# ------------------------------------------------------------------------------------ running
@dataclass
class Result:
    name: str
    inputs: int = 0
    refusals: int = 0
    crashes: int = 0
    seconds: float = 0.0
    examples: list[str] | None = None


def _where(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "cti_desktop" in f.filename]
    if not frames:
        frames = traceback.extract_tb(exc.__traceback__)
    f = frames[-1] if frames else None
    return f"{Path(f.filename).name}:{f.lineno}" if f else "?"


def run_chunk(job: tuple[int, int, int, int, float]) -> Result:
    """Run ``count`` inputs of target ``index`` (chunk ``chunk`` of seed ``seed``) until ``deadline``."""
    index, chunk, count, seed, deadline = job
    logging.disable(logging.CRITICAL)
    target = REGISTRY[index]
    rng = random.Random(zlib.crc32(f"{seed}/{target.name}/{chunk}".encode()))
    result = Result(target.name, examples=[])
    seen_sites: set[str] = set()
    started = time.perf_counter()
    for i in range(count):
        if i % 256 == 0 and deadline and time.time() > deadline:
            break
        data = mutate(rng, target.seeds)
        result.inputs += 1
        try:
            target.call(data)
        except target.refusals:
            result.refusals += 1
        except Exception as exc:  # noqa: BLE001 - that is what we look for
            result.crashes += 1
            site = f"{type(exc).__name__} at {_where(exc)}"
            if site not in seen_sites and len(result.examples) < 8:
                seen_sites.add(site)
                shown = repr(data[:300]) + (f"… ({len(data)} bytes)" if len(data) > 300 else "")
                result.examples.append(f"{site}: {str(exc)[:120]!r}\n      input: {shown}")
    result.seconds = time.perf_counter() - started
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--inputs", type=int, default=1_000_000, help="inputs in total, shared out evenly (1,000,000)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same inputs (1)")
    p.add_argument("--seconds", type=float, default=0.0, help="stop after this long (no limit)")
    p.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--only", action="append", default=[], help="fuzz only parsers whose name contains this")
    p.add_argument("--list", action="store_true", help="list the parsers and exit")
    args = p.parse_args(argv)
    chosen = [i for i, t in enumerate(REGISTRY) if not args.only or any(o in t.name for o in args.only)]
    if args.list or not chosen:
        for i in chosen:
            print(REGISTRY[i].name)
        return 0 if chosen else 2
    per = math.ceil(args.inputs / len(chosen))
    chunk_size = 2000
    deadline = time.time() + args.seconds if args.seconds else 0.0
    jobs = [(i, c, min(chunk_size, per - c * chunk_size), args.seed, deadline)
            for i in chosen for c in range(math.ceil(per / chunk_size))]
    started = time.perf_counter()
    totals: dict[str, Result] = {REGISTRY[i].name: Result(REGISTRY[i].name, examples=[]) for i in chosen}
    if args.workers > 1:
        with multiprocessing.get_context("fork").Pool(args.workers) as pool:
            results = list(pool.imap_unordered(run_chunk, jobs, chunksize=1))
            pool.close()  # let the workers end normally, so their temporary folders are removed
            pool.join()
    else:
        results = [run_chunk(job) for job in jobs]
    for r in results:
        t = totals[r.name]
        t.inputs += r.inputs
        t.refusals += r.refusals
        t.crashes += r.crashes
        t.seconds += r.seconds
        for e in r.examples or []:
            if len(t.examples) < 5 and e.split(":", 1)[0] not in {x.split(":", 1)[0] for x in t.examples}:
                t.examples.append(e)
    wall = time.perf_counter() - started
    width = max(len(n) for n in totals)
    print(f"{'parser':<{width}}  {'inputs':>9}  {'refusals':>9}  {'crashes':>8}  {'µs/input':>8}")
    crashed = 0
    for t in totals.values():
        per_input = 1e6 * t.seconds / t.inputs if t.inputs else 0.0
        print(f"{t.name:<{width}}  {t.inputs:>9,}  {t.refusals:>9,}  {t.crashes:>8,}  {per_input:>8.0f}")
        for e in t.examples:
            print(f"    {e}")
        crashed += t.crashes
    total = sum(t.inputs for t in totals.values())
    print(f"\n{total:,} inputs across {len(totals)} parsers in {wall:.1f} s with {args.workers} worker(s), "
          f"seed {args.seed}: {crashed:,} crashes")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
