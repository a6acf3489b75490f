#!/usr/bin/env bash
# Installs what socstation needs on Debian 12 (bookworm) or newer. Sourced by scripts/run and
# scripts/test. Idempotent: a package already present is not installed again.
set -euo pipefail

SOCSTATION_RUNTIME_PKGS=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6opengl6-dev libgl-dev
  libssl-dev libpq-dev
  fonts-liberation2
)
# Test-only: the real components tests run against (no mocks).
SOCSTATION_TEST_PKGS=(
  postgresql postgresql-client openssl sqlite3 poppler-utils xvfb xauth
)
# SQLCipher >= 4.5 (FTS5, modern KDF). Debian 12 main has only 3.4.1: take it from backports.
SOCSTATION_SQLCIPHER_PKGS=(libsqlcipher-dev sqlcipher)

socstation_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "socstation: need root (or sudo) to install: $*" >&2; return 1; fi
}

socstation_missing() { # prints the packages of "$@" that are not installed
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

socstation_codename() { . /etc/os-release; echo "${VERSION_CODENAME:-}"; }

socstation_enable_backports() {
  [ "$(socstation_codename)" = bookworm ] || return 0
  if grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then return 0; fi
  echo "socstation: enabling bookworm-backports (SQLCipher 4)"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    awk 'BEGIN{RS="";ORS="\n\n"} NR==1{sub(/Suites: [^\n]*/,"Suites: bookworm-backports");print}' \
      /etc/apt/sources.list.d/debian.sources | socstation_as_root tee /etc/apt/sources.list.d/backports.sources >/dev/null
  else
    local mirror
    mirror=$(awk '/^deb / && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
    echo "deb ${mirror:-http://deb.debian.org/debian} bookworm-backports main" |
      socstation_as_root tee /etc/apt/sources.list.d/backports.list >/dev/null
  fi
  SOCSTATION_APT_UPDATED=
}

socstation_sqlcipher_ok() { # SQLCipher >= 4.5 library and its shell installed?
  local v
  v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
  [ -n "$v" ] && dpkg --compare-versions "$v" ge 4.5 && [ -z "$(socstation_missing sqlcipher)" ]
}

socstation_install() { # socstation_install runtime|test
  local want=("${SOCSTATION_RUNTIME_PKGS[@]}")
  [ "${1:-runtime}" = test ] && want+=("${SOCSTATION_TEST_PKGS[@]}")
  local missing
  missing=$(socstation_missing "${want[@]}" | tr '\n' ' ')
  if [ -z "$missing" ] && socstation_sqlcipher_ok; then return 0; fi
  export DEBIAN_FRONTEND=noninteractive
  socstation_enable_backports
  echo "socstation: installing ${missing:-}${missing:+ }SQLCipher 4"
  socstation_as_root apt-get update -qq
  if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    socstation_as_root apt-get install -y -qq --no-install-recommends $missing
  fi
  if ! socstation_sqlcipher_ok; then
    if [ "$(socstation_codename)" = bookworm ]; then
      socstation_as_root apt-get install -y -qq --no-install-recommends -t bookworm-backports "${SOCSTATION_SQLCIPHER_PKGS[@]}"
    else
      socstation_as_root apt-get install -y -qq --no-install-recommends "${SOCSTATION_SQLCIPHER_PKGS[@]}"
    fi
  fi
  socstation_sqlcipher_ok || { echo "socstation: SQLCipher >= 4.5 could not be installed" >&2; return 1; }
}
