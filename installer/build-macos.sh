#!/usr/bin/env bash
# Builds Supervision Desk for macOS into target/installer/:
#   Supervision Desk.app              the app bundle, Java runtime included
#   Supervision Desk-<version>.dmg    a disk image to drag the app into Applications
# Usage: installer/build-macos.sh [app-image|dmg|all]      (default: all)
# Needs a JDK 17 or later with jlink and jpackage (JAVA_HOME, or on the PATH) and the Xcode
# command line tools (xcode-select --install), which jpackage uses to make the .dmg.
# The app is not signed or notarised: see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case "$what" in
    app-image|dmg|all) ;;
    *) echo "usage: $0 [app-image|dmg|all]" >&2; exit 2 ;;
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
if [[ "$what" != app-image ]] && ! command -v hdiutil >/dev/null; then
    echo "error: the .dmg needs hdiutil, part of macOS: run this script on a Mac" >&2
    exit 1
fi

# The shaded jar, and the argfiles with the version filled in (target/jpackage/*.options).
./mvnw -B -q -DskipTests package

rm -rf target/jpackage/input target/jpackage/runtime "target/installer/Supervision Desk.app" \
    target/installer/Supervision\ Desk-*.dmg
mkdir -p target/jpackage/input target/installer
cp target/supervision-desk.jar target/jpackage/input/
"$jlink" @target/jpackage/runtime.options --output target/jpackage/runtime

if [[ "$what" != dmg ]]; then
    "$jpackage" @target/jpackage/common.options @target/jpackage/macos.options \
        --type app-image --dest target/installer
fi
if [[ "$what" != app-image ]]; then
    "$jpackage" @target/jpackage/common.options @target/jpackage/macos.options \
        --type dmg --dest target/installer
fi
ls -ld target/installer/*
