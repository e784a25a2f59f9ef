# Shared by scripts/run and scripts/test: system packages (Debian, as root), the app's venv,
# the compiled translations. Sourced, not run.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CERTBOT_ASSISTANT_VENV:-$REPO/.venv}"
PYTHON="${PYTHON:-python3}"

# Qt's runtime libraries (PySide6 wheels need them on a bare Debian), a CJK font for Japanese.
APT_APP_PACKAGES=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-noto-cjk python3-venv
)
# What the test suite runs for real: Pebble, the Secret Service, a private D-Bus, Xvfb.
APT_TEST_PACKAGES=(pebble gnome-keyring dbus dbus-x11 xvfb msitools wixl libxml2-utils systemd osslsigncode openssl)
# The Windows stage (scripts/test-windows): Wine runs a Windows CPython; mingw builds the two
# stand-in DLLs Wine 8 lacks (scripts/wine/); Latin and Japanese fonts for Qt's offscreen pages
# (which read .ttf, not the .ttc of fonts-noto-cjk).
APT_WINDOWS_PACKAGES=(wine wine64 gcc-mingw-w64-x86-64 fonts-dejavu-core fonts-ipafont-gothic)

apt_install() {
  [ "$(uname -s)" = "Linux" ] && command -v apt-get >/dev/null 2>&1 || return 0
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing system packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_venv() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$REPO$extras"
}

compile_translations() {
  "$VENV/bin/python" "$REPO/scripts/i18n.py" --release
}
