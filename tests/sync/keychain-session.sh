#!/bin/sh
# Runs a keychain test program in a D-Bus session of its own.
#   keychain-session.sh running PROGRAM  - with GNOME Keyring's Secret Service, unlocked with a test
#                                          password, in a throw-away home (the real keyring is never touched)
#   keychain-session.sh absent PROGRAM   - on a session bus where no keychain service runs or can start
# The program learns which through C360_KEYCHAIN_EXPECT. Needs dbus-run-session (dbus-daemon) and,
# for "running", gnome-keyring-daemon and libsecret (./dev.sh deps installs them).
set -eu
mode=$1
program=$2
for tool in dbus-run-session dbus-daemon; do
    command -v "$tool" >/dev/null || { echo "keychain-session.sh: $tool is missing (./dev.sh deps)" >&2; exit 1; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/c360-keychain-XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/config" "$home/cache" "$home/run"
chmod 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/run" C360_KEYCHAIN_EXPECT="$mode"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY
case "$mode" in
running)
    command -v gnome-keyring-daemon >/dev/null || {
        echo "keychain-session.sh: gnome-keyring-daemon is missing (./dev.sh deps)" >&2
        exit 1
    }
    # --unlock reads the password of the login keyring from stdin (and creates the keyring with it).
    exec dbus-run-session -- sh -c '
        printf "%s" "c360-test-password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
        daemon=$!
        owned=""
        for _ in $(seq 1 100); do
            if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
                owned=yes
                break
            fi
            sleep 0.1
        done
        if [ -z "$owned" ]; then
            echo "keychain-session.sh: the Secret Service did not start" >&2
            kill "$daemon" 2>/dev/null
            exit 1
        fi
        rc=0
        "$0" || rc=$?
        kill "$daemon" 2>/dev/null
        wait "$daemon" 2>/dev/null
        exit $rc' "$program"
    ;;
absent)
    # A session bus without service files: nothing can be activated as org.freedesktop.secrets.
    cat >"$home/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$home/run</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    exec dbus-run-session --config-file="$home/bus.conf" -- "$program"
    ;;
*)
    echo "usage: keychain-session.sh running|absent PROGRAM" >&2
    exit 2
    ;;
esac
