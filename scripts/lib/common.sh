# Settings shared by scripts/*: versions, cache folders and tool environment.
# Sourced, never run. Changing a version here makes setup fetch and build it anew
# (the cache folders are keyed by version).

RUMBO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export RUMBO_BUILD="${RUMBO_BUILD:-$RUMBO_ROOT/build}"
# Every script logs into it, on a fresh clone too.
mkdir -p "$RUMBO_BUILD"
RUMBO_DIST="$RUMBO_ROOT/dist"
RUMBO_CACHE="${RUMBO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rumbo}"

SDL2_VERSION=2.26.5
SDL2_DEB_VERSION=2.26.5+dfsg-1
SDL2_SRC="$RUMBO_CACHE/src/libsdl2-2.26.5+dfsg"
# Names the way scripts/setup builds SDL2 for the page: change it with that
# build's options, so every machine builds SDL2 anew instead of using its cache.
SDL2_BUILD=small1

IMGUI_VERSION=1.90.1
IMGUI_DEB_VERSION=1.90.1+ds-1
IMGUI_DIR="$RUMBO_CACHE/src/imgui-1.90.1+ds"

UI_FONT_DIR=/usr/share/fonts/truetype/noto
UI_FONT_LICENSE=/usr/share/doc/fonts-noto-core/copyright

APT_PACKAGES=(cmake ninja-build g++ make dpkg-dev xz-utils emscripten libcereal-dev
  rapidjson-dev catch2 chromium fonts-noto-core fonttools librsvg2-bin clang-format clang libclang-rt-14-dev)

# Debian's emcc runs Debian's acorn under the machine's Node, which does not
# look in Debian's module folder by itself.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
# The web app links with --closure 1 (web/CMakeLists.txt). Debian's emcc is
# set up to run a `closure-compiler` command, and Debian's package of that name
# is a 2013 release; emcc 3.1.6 was made for npm's google-closure-compiler of
# January 2022, which scripts/setup installs.
export EM_CLOSURE_COMPILER="$RUMBO_ROOT/scripts/npm/node_modules/.bin/google-closure-compiler"

emcc_version() { dpkg-query -W -f='${Version}' emscripten 2>/dev/null | sed 's/[~+-].*//'; }
sdl2_prefix() { echo "$RUMBO_CACHE/sdl2-$SDL2_VERSION-$SDL2_BUILD-emcc$(emcc_version)"; }

say() { if [ -t 1 ]; then printf '\033[1m%s\033[0m\n' "$*"; else printf '%s\n' "$*"; fi; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
