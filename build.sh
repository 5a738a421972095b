#!/usr/bin/env bash
# Lucid's one entry point: installs what is missing, builds, and runs the demo or every test.
#   ./build.sh demo    build and run examples/shapes.js
#   ./build.sh test    build and run every test (unit, tests/js in every mode, sanitizer build)
#   ./build.sh build   only build (build/ is the default debugoptimized build)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(g++ meson ninja-build cmake pkg-config python3 libasmjit-dev libmimalloc-dev
          libboost-dev libgtest-dev libgmock-dev libbenchmark-dev libuv1-dev nodejs)

install_deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # node is the reference for expected outputs; any install of it will do.
  if command -v node >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs}")
  fi
  local real=()
  for p in "${missing[@]}"; do [ -n "$p" ] && real+=("$p"); done
  if [ ${#real[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then echo "missing packages: ${real[*]} (run as root to install)" >&2; exit 2; fi
    echo "== installing: ${real[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${real[@]}" >/dev/null
  fi
}

configure() { # dir, extra meson args...
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@" >/dev/null
  fi
}

build_main() {
  configure build
  ninja -C build
}

# The build benchmarks measure: -O3, no DCHECKs (debugoptimized keeps
# them, which costs the interpreter a lot of instance-type checks), and
# profile-guided (GCC's -fprofile-generate/-use through meson's b_pgo): built
# instrumented, trained on tests/js in the no-jit and default modes (never
# on bench/js, the programs it is measured with), rebuilt with the profile.
# The profile mostly decides the interpreter loop's register allocation and
# block layout. LUCID_PGO=0 builds without it.
build_release() {
  configure build-release -Dbuildtype=release -Dtests=false
  if [ "${LUCID_PGO:-1}" = 0 ]; then
    meson configure build-release -Db_pgo=off >/dev/null
    ninja -C build-release
    return
  fi
  echo "== build-release: profile-guided (training on tests/js; LUCID_PGO=0 to skip)"
  meson configure build-release -Db_pgo=generate >/dev/null
  find build-release -name '*.gcda' -delete
  ninja -C build-release
  # A training run: its pass/fail does not matter, only what ran.
  python3 tests/js/run.py --lucid build-release/runtime/lucid --modes no-jit,default --jobs "$(nproc)" \
      --timeout 300 --summary-only >/dev/null 2>&1 || true
  meson configure build-release -Db_pgo=use >/dev/null
  ninja -C build-release
}

build_asan() {
  configure build-asan -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug -Dmimalloc=disabled
  ninja -C build-asan
}

cmd=${1:-test}
case "$cmd" in
  deps)  install_deps ;;
  build) install_deps; build_main ;;
  demo)
    install_deps; build_main
    if [ -x build/runtime/lucid ]; then
      build/runtime/lucid --allow-natives-syntax examples/shapes.js
      echo "== the same run, watching the shapes (--trace-maps):"
      build/runtime/lucid --allow-natives-syntax --trace-maps --predictable examples/shapes.js >/dev/null
    else
      echo "demo: the lucid executable is not built yet (core engine in progress, issue #2)"
    fi ;;
  test)
    install_deps
    build_main
    build_asan
    exec python3 tests/run_all.py ;;
  bench)
    install_deps
    build_release
    shift
    exec bench/run --lucid build-release/runtime/lucid "$@" ;;
  *) echo "usage: $0 demo|test|build|deps|bench [bench/run options]" >&2; exit 2 ;;
esac
