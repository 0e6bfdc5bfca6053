"""The ``cti-desktop`` command: the desktop app, the PBX simulator and the headless commands.

Headless commands (useful on their own for automation and scripting)::

    cti-desktop watch  --server URL --domain D --user U     # one JSON object per line, forever
    cti-desktop dial NUMBER  [--device ID]                  # + the same account options
    cti-desktop dial --selection                            # the number selected anywhere (X11 / clipboard)
    cti-desktop answer [CALL_ID] [--device ID]
    cti-desktop hangup|hold|resume [CALL_ID] [--state-token N]
    cti-desktop login                                       # ask the password, store a ticket
    cti-desktop logout                                      # revoke the stored ticket, forget it
    cti-desktop sim [--vendor SYSTEM] [--demo] [--port N] …   # a simulator
    cti-desktop tel:+46701234567                            # call a link from the window (starting it)
    cti-desktop show                                        # raise the running window (or start it)
    cti-desktop integrate [--remove]                        # the .desktop file, icon and link handlers

When a window of the same user and profile runs, a bare start, a link, ``show``, ``dial NUMBER``,
``answer`` and ``hangup`` are handed to it and the command exits at once (:mod:`cti_desktop.instance`,
run by the entry point before this module is imported); otherwise they run as described here.

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
exit status 2, and nothing is sent. ``dial --selection`` dials the text selected anywhere (X11's
primary selection, else the clipboard: :mod:`.selection`, the one path that loads Qt), under the
same check. ``login`` says "Signed in" only once the secret is really in the
system keyring. SIGINT and SIGTERM always end a command promptly (status 130/143), even while the
keyring hangs; ``watch`` then prints ``{"kind":"connection","state":"closed"}`` and exits 0, without
reporting the calls that are still live as ended.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from typing import Callable, Sequence

from cti_desktop import __version__
from cti_desktop.accounts import VENDORS, add_account_options
from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.logsetup import configure_logging
from cti_desktop.core.secrets import SecretStore

# One module per command family (imported by the command that runs: the desktop app's start needs
# none of them); argument parsing and dispatch stay here.
from .exit_codes import EXIT_ERROR, EXIT_USAGE

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------- parser
def _link_argument(argv: Sequence[str]) -> str | None:
    """A ``tel:``/``callto:``/``sip:`` link given in place of a command (the desktop's ``%u``)."""
    from cti_desktop.core.instance_requests import looks_like_dial_link
    from cti_desktop.instance import scan

    words = scan(argv).positionals
    return words[0] if words and looks_like_dial_link(words[0]) else None


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

    sub.add_parser("show", help="show the running window (or start it)")
    integrate = sub.add_parser("integrate", help="register the app, its icon and tel:/callto:/sip: links with "
                                                 "this user's desktop (Linux)")
    integrate.add_argument("--remove", action="store_true", help="take them away again")

    dial = sub.add_parser("dial", help="call a number")
    dial.add_argument("number", nargs="?", help="the number (or give --selection)")
    dial.add_argument("--selection", action="store_true",
                      help="call the text selected anywhere (X11 primary selection, else the clipboard)")
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
    link = _link_argument(argv)
    if link is not None:
        argv.remove(link)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.link = link
    if link is not None and args.command is not None:
        parser.error("a link to call is given alone, without a command")
    if args.command == "integrate":
        from .integrate import cmd_integrate

        configure_logging(logging.DEBUG if args.verbose else logging.WARNING)
        return cmd_integrate(args)
    if args.command == "show":
        args.command = None
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
        if bool(args.number) == bool(args.selection):
            parser.error("dial: give a NUMBER or --selection (one of them)")
        if args.selection:
            from .selection import SelectionUnavailable, read_selection

            try:
                args.number = read_selection()
            except SelectionUnavailable as exc:
                print(f"error: {exc}", file=sys.stderr)
                return EXIT_USAGE
        try:  # exactly the dial pad's check; nothing is sent when it refuses
            args.target = normalise_dial_string(args.number, args.region)
        except InvalidInput as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.command == "login":
        from .account import login_credentials

        try:
            account, credentials, what = login_credentials(args)
        except UserFacingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        except (KeyboardInterrupt, EOFError):
            print(file=sys.stderr)
            return 130
    # The keyring is looked for from here on, in the background (a locked one never holds a signal up).
    secrets = SecretStore()
    secrets.prepare()
    from .running import run as _run

    if args.command == "login":
        from .account import cmd_login

        return _run(lambda signals: cmd_login(args, secrets, account, credentials, what))
    if args.command == "logout":
        from .account import cmd_logout

        return _run(lambda signals: cmd_logout(args, secrets))
    if args.command == "watch":
        from .watch import cmd_watch

        return _run(lambda signals: cmd_watch(args, secrets, signals))
    from .calls import cmd_call_command

    return _run(lambda signals: cmd_call_command(args, secrets))
