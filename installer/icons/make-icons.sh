#!/usr/bin/env bash
# Makes the installers' icons from supervision-desk.svg:
#   supervision-desk.png   Linux (.deb menu entry and app-image), 256 px
#   supervision-desk.ico   Windows (launcher, Start menu, desktop shortcut), 16-256 px
#   supervision-desk.icns  macOS (.app and .dmg), 16-1024 px, drawn smaller on a transparent
#                          canvas as macOS icons are (the tile fills about 80% of the square)
# The results are committed, so building an installer needs none of these tools. Needs
# rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns
# (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
svg=supervision-desk.svg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rsvg-convert -w 256 -h 256 "$svg" -o supervision-desk.png

ico_parts=()
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$work/ico-$size.png"
    ico_parts+=("$work/ico-$size.png")
done
convert "${ico_parts[@]}" supervision-desk.ico

icns_parts=()
for size in 16 32 48 128 256 512 1024; do
    tile=$(( size * 824 / 1024 ))
    rsvg-convert -w "$tile" -h "$tile" "$svg" -o "$work/tile-$size.png"
    convert "$work/tile-$size.png" -background none -gravity center -extent "${size}x${size}" \
        "PNG32:$work/icns-$size.png"
    icns_parts+=("$work/icns-$size.png")
done
png2icns supervision-desk.icns "${icns_parts[@]}" >/dev/null

ls -l supervision-desk.png supervision-desk.ico supervision-desk.icns
