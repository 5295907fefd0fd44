#!/usr/bin/env bash
# Installs the Debian packages that Qt's offscreen and xcb platforms, the window
# tests (Xvfb, xdotool), the PDF checks (poppler-utils, qpdf, MuPDF's mutool), reading scans (Tesseract
# with its Arabic, Russian, German and English data) and the import tests (Chromium prints PDFs, openssl
# makes a test certificate, Noto faces for Chromium's Arabic, enscript and Ghostscript make a PDF titled
# "Enscript Output") and the shared library's tests (a PostgreSQL
# server they start themselves, in a temporary folder) need -- only when they are missing,
# only as root, only on a Debian-like system. Idempotent; prints nothing when all is there.
set -euo pipefail

packages=(
    libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
    libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1
    xvfb xauth xdotool poppler-utils qpdf mupdf-tools fonts-dejavu-core
    tesseract-ocr tesseract-ocr-ara tesseract-ocr-rus tesseract-ocr-deu tesseract-ocr-eng
    chromium openssl fonts-noto-core enscript ghostscript
    postgresql
)

command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing system packages (install them as root): ${missing[*]}" >&2
    exit 0
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
