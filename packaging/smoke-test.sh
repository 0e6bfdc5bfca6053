#!/usr/bin/env bash
# Smoke test of a built or installed cti-desktop:  packaging/smoke-test.sh [PROGRAM]   (default: cti-desktop)
#
#  1. `PROGRAM --version` prints "cti-desktop X.Y.Z";
#  2. headless: `PROGRAM sim --demo` serves a simulator on loopback and `PROGRAM dial` places a call on
#     it; where gnome-keyring-daemon is installed, `login` stores a ticket in a private Secret Service
#     keyring and `dial` signs in with it;
#  3. the desktop app: `PROGRAM --demo`, then `PROGRAM --demo --wallboard` (the charts), under Xvfb
#     (with a private session bus and a notification server when dbus-run-session and dunst are
#     there) until its connection is live, SMOKE_SECONDS more (default 5), then SIGTERM - the app's
#     own clean shutdown - and it must exit with status 0.
# Every step fails on a Python traceback or an ERROR/CRITICAL log line on stderr. Runs in a throw-away
# HOME, so the person's settings, keyring and logs are never touched.
set -euo pipefail

if [ "${1:-}" = "--gui-inner" ]; then
  # Runs inside dbus-run-session (or directly): start the notification server, then the app.
  prog=$2 out=$3 err=$4
  shift 4
  if command -v dunst >/dev/null 2>&1 && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    dunst >/dev/null 2>&1 &
    dunst_pid=$!
  fi
  CTI_DESKTOP_BENCHMARK_STARTUP=report "$prog" --demo "$@" >"$out" 2>"$err" &
  app=$!
  for _ in $(seq 1 600); do  # up to 60 s for the first live connection
    grep -q '^cti-desktop: live' "$out" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
  done
  status=0
  if ! grep -q '^cti-desktop: live' "$out"; then
    echo "smoke: the demo never went live" >&2
    kill -TERM "$app" 2>/dev/null || true
    status=1
  else
    sleep "${SMOKE_SECONDS:-5}"
    kill -TERM "$app"
  fi
  wait "$app" || status=$?
  [ -n "${dunst_pid:-}" ] && kill "$dunst_pid" 2>/dev/null || true
  exit "$status"
fi

prog=${1:-cti-desktop}
work=$(mktemp -d)
cleanup() {
  [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null || true
  [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
       XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
unset QT_QPA_PLATFORM

fail() { echo "smoke: FAILED: $*" >&2; for f in "$work"/*.err; do [ -s "$f" ] && { echo "--- $f" >&2; tail -40 "$f" >&2; }; done; exit 1; }
clean_stderr() {  # no traceback, no ERROR/CRITICAL log line
  ! grep -qE 'Traceback \(most recent call last\)|^[0-9-]+ [0-9:,.]+ (ERROR|CRITICAL) ' "$1"
}

# 1. --version
version=$("$prog" --version 2>"$work/version.err") || fail "--version exited with $?"
[[ "$version" =~ ^cti-desktop\ [0-9]+\.[0-9]+ ]] || fail "--version printed '$version'"
clean_stderr "$work/version.err" || fail "--version wrote a traceback"
echo "smoke: $version"

# 2. headless: a simulator and a call placed on it
"$prog" sim --demo --port 0 >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 1 300); do [ -s "$work/sim.out" ] && break; sleep 0.1; done
url=$(head -n1 "$work/sim.out")
[[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+ ]] || fail "the simulator printed '$url'"
CTI_DESKTOP_PASSWORD=demo timeout 60 "$prog" dial +46701234567 --server "$url" --domain demo.example --user agent1 \
  >"$work/dial.out" 2>"$work/dial.err" || fail "dial exited with $?"
clean_stderr "$work/dial.err" || fail "dial wrote a traceback or an error"
echo "smoke: dial through the bundled simulator: $(head -c 120 "$work/dial.out" | tr '\n' ' ')"

# 2b. the system keyring (Secret Service) from the bundle, where gnome-keyring can run privately:
#     `login` says "Signed in" only once the ticket is in the keyring; `dial` then signs in with it.
if command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  PROG="$prog" URL="$url" OUT="$work" timeout 90 dbus-run-session -- bash -c '
    set -e
    unset PYTHON_KEYRING_BACKEND CTI_DESKTOP_PASSWORD
    printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    CTI_DESKTOP_PASSWORD=demo "$PROG" login --server "$URL" --domain demo.example --user agent1 >"$OUT/login.out" 2>"$OUT/login.err"
    "$PROG" dial +46701234568 --server "$URL" --domain demo.example --user agent1 >"$OUT/dial-keyring.out" 2>"$OUT/dial-keyring.err"
  ' 2>/dev/null || fail "login/dial through the Secret Service keyring exited with $?"
  grep -q "stored in the system keyring" "$work/login.err" "$work/login.out" || fail "login did not store the ticket in the keyring"
  clean_stderr "$work/login.err" && clean_stderr "$work/dial-keyring.err" || fail "the keyring path wrote a traceback or an error"
  echo "smoke: the ticket went into the Secret Service keyring and dial signed in with it"
fi
kill -TERM "$sim_pid"; wait "$sim_pid" 2>/dev/null || true; sim_pid=
clean_stderr "$work/sim.err" || fail "the simulator wrote a traceback or an error"

# 3. the desktop app's demo under Xvfb, then a clean quit
# Xvfb picks a free display itself and writes its number to fd 9 once it accepts clients.
Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start"
export DISPLAY=:$(head -n1 "$work/display")
self=$(readlink -f "$0")
session=()
command -v dbus-run-session >/dev/null 2>&1 && session=(dbus-run-session --)
for mode in "" --wallboard; do
  name=gui${mode:+-wallboard}
  start=$(date +%s)
  # shellcheck disable=SC2086 - an empty $mode is no argument
  timeout 120 "${session[@]}" "$self" --gui-inner "$prog" "$work/$name.out" "$work/$name.err" $mode \
    || fail "the demo ${mode} exited with $?"
  clean_stderr "$work/$name.err" || fail "the demo ${mode} wrote a traceback or an error"
  grep -q 'cti-desktop stopped' "$work/$name.err" || fail "the demo ${mode} did not shut down cleanly"
  echo "smoke: the demo ${mode:+($mode) }went live, ran ${SMOKE_SECONDS:-5} s and quit cleanly (exit 0, $(( $(date +%s) - start )) s in all)"
done
