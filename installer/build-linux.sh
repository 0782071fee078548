#!/usr/bin/env bash
# Builds Supervision Desk for Linux into target/installer/:
#   Supervision Desk/                 the app-image: a folder that runs in place
#                                     (bin/Supervision Desk), Java runtime included
#   supervision-desk_<version>_amd64.deb   installs it under /opt/supervision-desk with a menu
#                                     entry (Office)
# Usage: installer/build-linux.sh [app-image|deb|all]      (default: all)
# Needs a JDK 17 or later with jlink and jpackage (JAVA_HOME, or on the PATH), and for the .deb
# dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install fakeroot). See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case "$what" in
    app-image|deb|all) ;;
    *) echo "usage: $0 [app-image|deb|all]" >&2; exit 2 ;;
esac

tool() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then
        echo "$JAVA_HOME/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        echo "error: $1 not found: install a full JDK 17 or later, or set JAVA_HOME to one" >&2
        exit 1
    fi
}
jlink=$(tool jlink)
jpackage=$(tool jpackage)
if [[ "$what" != app-image ]]; then
    for needed in dpkg-deb fakeroot; do
        if ! command -v "$needed" >/dev/null; then
            echo "error: the .deb needs $needed (Debian/Ubuntu: sudo apt-get install $needed)" >&2
            exit 1
        fi
    done
fi

# The shaded jar, and the argfiles with the version filled in (target/jpackage/*.options).
./mvnw -B -q -DskipTests package

rm -rf target/jpackage/input target/jpackage/runtime "target/installer/Supervision Desk" \
    target/installer/supervision-desk_*.deb
mkdir -p target/jpackage/input target/installer
cp target/supervision-desk.jar target/jpackage/input/
"$jlink" @target/jpackage/runtime.options --output target/jpackage/runtime

if [[ "$what" != deb ]]; then
    "$jpackage" @target/jpackage/common.options @target/jpackage/linux.options \
        --type app-image --dest target/installer
fi
if [[ "$what" != app-image ]]; then
    "$jpackage" @target/jpackage/common.options @target/jpackage/linux.options \
        @target/jpackage/linux-deb.options --type deb --dest target/installer
fi
ls -ld target/installer/*
