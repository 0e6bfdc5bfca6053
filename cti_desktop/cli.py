"""The ``cti-desktop`` command: the desktop app, the PBX simulator and the headless commands.

Headless commands (useful on their own for automation and scripting)::

    cti-desktop watch  --server URL --domain D --user U     # one JSON object per line, forever
    cti-desktop dial NUMBER  [--device ID]                  # + the same account options
    cti-desktop answer [CALL_ID] [--device ID]
    cti-desktop hangup|hold|resume [CALL_ID] [--state-token N]
    cti-desktop login                                       # ask the password, store a ticket
    cti-desktop logout                                      # revoke the stored ticket, forget it
    cti-desktop sim [--vendor SYSTEM] [--demo] [--port N] …   # a simulator

Every account command takes ``--backend SYSTEM`` (any phone system of the registry,
``cti_desktop.providers.registry``; the first is the default) and ``--option KEY=VALUE`` for the
backend's account options. Which of ``--server --domain --user`` a phone system needs, its spec
says (``account_from_options``). The options are parsed in :mod:`cti_desktop.accounts`, which the
desktop app shares; this module and :mod:`cti_desktop.app` never import each other (the app is
started by name).

The secret comes from ``CTI_DESKTOP_TICKET`` / ``CTI_DESKTOP_PASSWORD`` / ``CTI_DESKTOP_API_KEY``
or the OS keyring. Errors are one line of words on stderr and a non-zero exit status, never
a traceback; log lines on stderr (WARNING and above, ``-v`` for more) are one line each, masked.

``dial`` checks the number exactly as the dial pad does (:func:`~cti_desktop.core.dialing.normalise_dial_string`,
``--region`` for national numbers, default SE): what the dial pad refuses is ``error: <its words>``,
exit status 2, and nothing is sent. ``login`` says "Signed in" only once the secret is really in the
system keyring. SIGINT and SIGTERM always end a command promptly (status 130/143), even while the
keyring hangs; ``watch`` then prints ``{"kind":"connection","state":"closed"}`` and exits 0, without
reporting the calls that are still live as ended.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import json
import logging
import os
import random
import signal
import sys
from typing import Any, Callable, Coroutine, Sequence

from cti_desktop import __version__
from cti_desktop.accounts import (
    VENDORS,
    account_from_args,
    add_account_options,
    connect_account,
    forget_credentials,
    missing_reason,
    store_credentials,
    vendor_name,
)
from cti_desktop.core.call_operations import operation
from cti_desktop.core.calls import CallChange
from cti_desktop.core.commands import CallCommands
from cti_desktop.core.connection import ConnectionStatus
from cti_desktop.core.credentials import (
    ENV_PASSWORD,
    ENV_TICKET,
    Credentials,
    NoSecret,
    resolve_credentials,
)
from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput, ServerUnavailable, StaleState, UserFacingError
from cti_desktop.core.logsetup import configure_logging
from cti_desktop.core.models import Call, CallAction, CallStatus
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account, Session
from cti_desktop.core.sign_out import REVOKE_TIMEOUT, revoke_sign_in
from cti_desktop.core.vendors import MODE_API_KEY

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_STALE = 3



# ------------------------------------------------------------------------------------ JSON output
def call_json(call: Call, change: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "call"}
    if change:
        data["change"] = change
    data.update(
        callId=call.call_id,
        status=call.status,
        remote={"number": call.remote.number, "name": call.remote.name, "displayNumber": call.remote.display_number},
        inbound=call.inbound,
        actions=list(call.action_names),
        stateToken=call.state_token,
        via=call.history.via if call.history else "",
        muted=call.muted,
        recording=call.recording,
        conference=call.conference,
        devices=list(call.device_ids),
    )
    if call.event:
        data["event"] = call.event
    return data


def connection_json(status: ConnectionStatus) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "connection", "state": status.state.value}
    if status.reason:
        data["reason"] = status.reason
    age = status.age()
    if status.state.value == "stale" and age is not None:
        data["ageSeconds"] = round(age, 1)
    if status.retry_in is not None:
        data["retryIn"] = round(status.retry_in, 2)
    return data


def emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# ------------------------------------------------------------------------------------- accounts
async def open_session(args: argparse.Namespace, secrets: SecretStore, credentials: Credentials | None = None,
                       *, announce: bool = True) -> Session:
    from pathlib import Path

    account = account_from_args(args)
    if credentials is None:
        credentials = await resolve_credentials(account, secrets)
    if announce and secrets.warning and credentials.source != "environment":
        print(secrets.warning, file=sys.stderr)
    new_tickets: list[str] = []
    backend = await connect_account(
        account,
        credentials,
        secrets=secrets,
        on_ticket=new_tickets.append,
        extra_ca_file=Path(args.ca_file) if args.ca_file else None,
        heartbeat_interval=args.heartbeat,
    )
    try:
        await store_credentials(account, credentials, secrets, new_ticket=new_tickets[-1] if new_tickets else None)
    except BaseException:
        await backend.aclose()
        raise
    return Session(account, backend)


# -------------------------------------------------------------------------------------- commands
#: The longest wait between two sign-in attempts of ``watch`` while the server answers with errors.
WATCH_SIGN_IN_RETRY_MAX = 5.0


async def _open_watched_session(args: argparse.Namespace, secrets: SecretStore, wake: asyncio.Event) -> Session:
    """Sign in for ``watch``; a server error, a timeout or an unreadable answer is retried (each
    attempt printed as a ``reconnecting`` line; ``wake`` cuts the wait short), a refusal of the
    credentials is not."""
    attempt = 0
    rng = random.Random()
    while True:
        try:
            return await open_session(args, secrets, announce=attempt == 0)
        except ServerUnavailable as exc:
            attempt += 1
            wait = rng.uniform(0.0, min(WATCH_SIGN_IN_RETRY_MAX, 0.5 * 2 ** min(attempt, 8)))
            if exc.retry_after is not None:
                wait = max(wait, min(exc.retry_after, WATCH_SIGN_IN_RETRY_MAX))
            log.warning("signing in failed: %s; trying again in %.1f s", exc, wait)
            emit({"kind": "connection", "state": "reconnecting", "reason": f"signing in: {exc}",
                  "retryIn": round(wait, 2)})
            wake.clear()
            try:
                await asyncio.wait_for(wake.wait(), timeout=wait)
            except TimeoutError:
                pass


async def cmd_watch(args: argparse.Namespace, secrets: SecretStore, signals: "_Signals") -> int:
    # SIGHUP: "the network changed" — e.g. from a NetworkManager dispatcher script — reconnect every
    # stream at once and re-read the calls (while signing in: try again now), instead of waiting.
    loop = asyncio.get_running_loop()
    wake = asyncio.Event()
    current: list[Session] = []

    def on_hangup() -> None:
        if current:
            current[0].reconnect_now("asked to reconnect (SIGHUP)")
        else:
            wake.set()

    hangup = getattr(signal, "SIGHUP", None)
    if hangup is not None:
        try:
            loop.add_signal_handler(hangup, on_hangup)
        except (NotImplementedError, RuntimeError, ValueError):
            hangup = None
    try:
        session = await _open_watched_session(args, secrets, wake)
    except BaseException:
        if hangup is not None:
            loop.remove_signal_handler(hangup)
        raise
    current.append(session)
    stop = asyncio.Event()
    closing = False  # our own shutdown clears the store: those are not the calls' changes

    def on_status(status: ConnectionStatus) -> None:
        if closing:
            return
        emit(connection_json(status))
        if status.state.value == "failed":
            stop.set()

    def on_calls(changes: list[CallChange]) -> None:
        if closing:
            return
        for change in changes:
            emit(call_json(change.call, change.kind))

    session.on_status(on_status)
    session.on_calls(on_calls)
    signals.graceful = stop.set
    session.start()
    try:
        await stop.wait()
    finally:
        closing = True
        if hangup is not None:
            loop.remove_signal_handler(hangup)
        await session.aclose()
    emit({"kind": "connection", "state": "closed"})
    if signals.received is not None:
        return 0
    return EXIT_ERROR if session.status.state.value == "failed" else 0


def _pick_call(calls: list[Call], args: argparse.Namespace, *, prefer: tuple[str, ...], action: str | None) -> Call:
    if args.call_id:
        for call in calls:
            if call.call_id == args.call_id:
                return call
        raise InvalidInput(f"There is no current call with id {args.call_id!r}")
    candidates = [c for c in calls if action is None or c.allows(action)]
    for status in prefer:
        for call in candidates:
            if call.status == status:
                return call
    if candidates:
        return candidates[0]
    raise InvalidInput("There is no call to do that to right now")


async def cmd_call_command(args: argparse.Namespace, secrets: SecretStore) -> int:
    session = await open_session(args, secrets)
    try:
        control = session.backend.call_control
        commands: CallCommands = session.commands  # type: ignore[assignment]
        if control is None or commands is None:
            raise InvalidInput(f"{account_name(session)} cannot control calls")
        if args.command == "dial":
            device = args.device or (await _default_device(control) if caps_choose_device(session) else None)
            call = await commands.make_call(args.target.dial, device_id=device)
            emit(call_json(call))
            return 0
        calls = await control.get_calls()
        op = operation(args.command)
        prefer = {
            "answer": (CallStatus.RINGING,),
            "hangup": (CallStatus.ACTIVE, CallStatus.HELD, CallStatus.RINGING, CallStatus.INITIATED),
            "hold": (CallStatus.ACTIVE,),
            "resume": (CallStatus.HELD,),
        }[args.command]
        caps = session.backend.capabilities
        if caps.call_control and not caps.can(op.needs):
            raise InvalidInput(missing_reason(session.backend.name, "call_control", what=f"{args.command} command"))
        call = _pick_call(calls, args, prefer=tuple(s.value for s in prefer), action=op.action)
        if args.state_token is not None:
            call = dataclasses.replace(call, state_token=_token(args.state_token))
        if args.command == "answer":
            devices = call.devices_for(CallAction.ANSWER.value)
            device = args.device or (devices[0] if devices else None)
            if not device:
                raise InvalidInput("The server named no device to answer this call on; use --device")
            result = await commands.run(op, call, device)
        else:
            result = await commands.run(op, call)
        emit(call_json(result) if isinstance(result, Call) else {"kind": "call", "callId": call.call_id, "status": "TERMINATED"})
        return 0
    finally:
        await session.aclose()


def account_name(session: Session) -> str:
    return vendor_name(session.backend.name)


def caps_choose_device(session: Session) -> bool:
    """The phone system calls from one of the person's devices (the default one unless ``--device``)."""
    spec = VENDORS.get(session.backend.name)
    return spec is not None and spec.dials_from_device


def _token(text: str) -> int | str:
    return int(text) if text.lstrip("-").isdigit() else text


async def _default_device(control: Any) -> str:
    devices = await control.devices()
    if not devices:
        raise InvalidInput("This user has no device to call from")
    for kind in ("SOFTPHONE", "DESKPHONE"):
        for device in devices:
            if device.kind.upper() == kind:
                return device.device_id
    return devices[0].device_id


def login_credentials(args: argparse.Namespace) -> tuple[Account, Credentials, str]:
    """The account and the secret to sign in with, asked for before any event loop runs (so a
    signal during the prompt ends the process at once)."""
    account = account_from_args(args)
    spec = VENDORS.spec(account.backend)
    if spec.modes[0] == MODE_API_KEY:
        key = os.environ.get("CTI_DESKTOP_API_KEY") or getpass.getpass(f"{spec.label} API key for {account.label}: ")
        if not key.strip():
            raise InvalidInput("No API key given")
        return account, Credentials(api_key=key.strip(), source="prompt"), spec.words.stored_as
    password = os.environ.get("CTI_DESKTOP_PASSWORD") or getpass.getpass(f"Password for {account.label}: ")
    if not password:
        raise InvalidInput("No password given")
    return account, Credentials(password=password, source="prompt"), spec.words.stored_as


async def cmd_login(args: argparse.Namespace, secrets: SecretStore, account: Account, credentials: Credentials,
                    what: str) -> int:
    session = await open_session(args, secrets, credentials, announce=False)
    await session.aclose()
    if secrets.persistent:  # every keyring call answered: the secret is in the keyring
        print(f"Signed in as {account.label}; the {what} is stored in the system keyring.", file=sys.stderr)
        return 0
    env = ("CTI_DESKTOP_API_KEY" if VENDORS.spec(account.backend).modes[0] == MODE_API_KEY
           else f"{ENV_PASSWORD} or {ENV_TICKET}")
    print(f"error: the sign-in as {account.label} worked, but the {what} was not stored: "
          f"{secrets.reason[:1].lower()}{secrets.reason[1:]}. Give it to the other commands with {env}.",
          file=sys.stderr)
    return EXIT_ERROR


async def cmd_logout(args: argparse.Namespace, secrets: SecretStore) -> int:
    """Sign out as the app's File → Sign out does: the server revokes the session's ticket (bounded;
    a failure is one warning line), then the stored secrets are removed from the keyring."""
    from pathlib import Path

    account = account_from_args(args)
    what = VENDORS.spec(account.backend).words.stored_as
    try:
        credentials = await resolve_credentials(account, secrets)
    except NoSecret:
        credentials = None
    revoked = False
    if credentials is not None:
        backend = None
        try:  # with a ticket no request is made here; with a password, the ticket to revoke is made
            backend = await asyncio.wait_for(
                connect_account(account, credentials, extra_ca_file=Path(args.ca_file) if args.ca_file else None),
                REVOKE_TIMEOUT)
        except TimeoutError:
            log.warning("sign-out: the server did not answer within %.0f s; the %s is forgotten here only",
                        REVOKE_TIMEOUT, what)
        except UserFacingError as exc:
            log.warning("sign-out: could not reach the server to revoke the %s (%s); it is forgotten here only",
                        what, exc)
        if backend is not None:
            try:
                revoked = await revoke_sign_in(backend)
            finally:
                await backend.aclose()
    await forget_credentials(account, secrets)
    where = "the system keyring" if secrets.persistent else "this session"
    if credentials is None:
        print(f"Signed out of {account.label}: nothing was stored for it.", file=sys.stderr)
    elif revoked:
        print(f"Signed out of {account.label}: the server revoked the {what}, and it is removed from {where}.",
              file=sys.stderr)
    else:
        print(f"Signed out of {account.label}: the {what} is removed from {where} (the server did not revoke it).",
              file=sys.stderr)
    return 0


# ---------------------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cti-desktop", description="Desktop CTI agent for cloud PBXs.")
    parser.add_argument("--version", action="version", version=f"cti-desktop {__version__}")
    demos = VENDORS.demos
    parser.add_argument("--demo", nargs="?", const=demos[0], default=None, choices=demos,
                        help="start an embedded simulator with demo traffic and sign in with its demo account "
                             f"(default {demos[0]}; SYSTEM+SOURCE adds the SOURCE demo contacts as a second directory)")
    parser.add_argument("--demo-vendor", dest="demo_vendor", default=None,
                        choices=demos, help="the same as --demo VENDOR")
    parser.add_argument("--wallboard", action="store_true",
                        help="open straight into the live queue wallboard (with --demo: signed in as the supervisor super1)")
    parser.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    # Without a command the desktop app starts; these point it at an account without the dialog.
    add_account_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("sim", help="run the PBX simulator (options: see `cti-desktop sim --help`)", add_help=False)

    watch = sub.add_parser("watch", help="print every call and connection change as one JSON object per line")
    add_account_options(watch)

    login = sub.add_parser("login", help="ask for the password, create a ticket and store it in the keyring")
    add_account_options(login)

    logout = sub.add_parser("logout", help="revoke the stored ticket on the server and remove it from the keyring")
    add_account_options(logout)

    dial = sub.add_parser("dial", help="call a number")
    dial.add_argument("number")
    dial.add_argument("--device", help="device id to call from (default: the softphone)")
    dial.add_argument("--region", default=os.environ.get("CTI_DESKTOP_REGION") or "SE",
                      help="the country of national numbers, e.g. SE or NL (default SE, as a new profile)")
    add_account_options(dial)

    for name, text in (("answer", "answer a ringing call"), ("hangup", "hang up, reject or cancel a call"),
                       ("hold", "put a call on hold"), ("resume", "resume a held call")):
        p = sub.add_parser(name, help=text)
        p.add_argument("call_id", nargs="?", help="the call (default: the obvious one)")
        p.add_argument("--state-token", dest="state_token", help="the stateToken of the state you saw (default: the current one)")
        if name == "answer":
            p.add_argument("--device", help="device id to answer on")
        add_account_options(p)
    return parser


def main(argv: Sequence[str] | None = None, *, run_gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run a command; without one, ``run_gui(args)`` (the desktop app, given by the entry point
    :mod:`cti_desktop.__main__`, so this module never imports the app)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sim"]:
        from cti_desktop.simulator.launch import main as sim_main

        return sim_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if run_gui is None:
            print("error: no command given (the desktop app starts with `python -m cti_desktop`)", file=sys.stderr)
            return EXIT_USAGE
        configure_logging(logging.DEBUG if args.verbose else logging.WARNING)
        return run_gui(args)
    if args.command == "watch" and hasattr(signal, "SIGHUP"):
        # Until its loop handles it, a SIGHUP ("the network changed") must not end watch.
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # stderr: WARNING and above, one line each (tracebacks only with -v)
    configure_logging(logging.DEBUG if args.verbose else logging.WARNING, tracebacks=args.verbose)
    if args.command == "dial":
        try:  # exactly the dial pad's check; nothing is sent when it refuses
            args.target = normalise_dial_string(args.number, args.region)
        except InvalidInput as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.command == "login":
        try:
            account, credentials, what = login_credentials(args)
        except UserFacingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except (KeyboardInterrupt, EOFError):
            print(file=sys.stderr)
            return 130
    # Before any loop runs, so a signal while the keyring is probed ends the process at once.
    secrets = SecretStore()
    if args.command == "login":
        return _run(lambda signals: cmd_login(args, secrets, account, credentials, what))
    if args.command == "logout":
        return _run(lambda signals: cmd_logout(args, secrets))
    if args.command == "watch":
        return _run(lambda signals: cmd_watch(args, secrets, signals))
    return _run(lambda signals: cmd_call_command(args, secrets))


class _Signals:
    """The signal that asked a command to stop, and the command's way of stopping gracefully."""

    def __init__(self) -> None:
        self.received: int | None = None
        #: Set by a command that can stop cleanly (``watch``); without it a signal cancels the command.
        self.graceful: Callable[[], None] | None = None


#: How long a graceful stop may take before the command is cancelled anyway.
GRACEFUL_STOP_SECONDS = 8.0


def _run(make_command: Callable[[_Signals], Coroutine[Any, Any, int]]) -> int:
    """Run a command on a fresh loop. SIGINT/SIGTERM stop it gracefully when it can, else cancel it;
    a second signal always cancels. No thread (a hung keyring call) is waited for at the end."""
    signals = _Signals()

    async def runner() -> int:
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()

        def on_signal(signum: int) -> None:
            first = signals.received is None
            signals.received = signum
            if first and signals.graceful is not None:
                signals.graceful()
                loop.call_later(GRACEFUL_STOP_SECONDS, task.cancel)
            else:
                task.cancel()

        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, on_signal, signum)
            except (NotImplementedError, RuntimeError, ValueError):  # not on Windows
                pass
        return await make_command(signals)

    try:
        return asyncio.run(runner())
    except StaleState as exc:
        print(f"stale state: {exc}", file=sys.stderr)
        return EXIT_STALE
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (KeyboardInterrupt, asyncio.CancelledError):
        return 128 + (signals.received or signal.SIGINT)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
