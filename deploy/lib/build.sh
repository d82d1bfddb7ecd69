# Bash library (source it): installs the build dependencies and builds luisterloop.
#
#   ll_build_deps            install the Debian packages the build and the stack need
#   ll_build DIR [CMAKE...]  configure (once) and build into DIR with Ninja
#   ll_dashboard_deps [--omit=dev]  Node.js, chromium and the dashboard's npm packages (npm ci)
#   ll_openklant_test_deps   Prism for the Klantinteracties tests (npm ci in tests/openklant)

_LL_BUILD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Why each: librdkafka (Kafka client), libcjson (JSON), libhiredis (Redis),
# libevent (HTTP and event loop), libsodium (keyed pseudonyms, constant-time
# token checks), cmocka (unit tests), redis-server (the real Redis), redis-sentinel
# (Redis failover, for the cluster and its test), kcat (to watch topics), clang +
# libclang-rt (libFuzzer), clang-format-14 (the layout tests/format.sh checks), curl
# (smoke checks), libcurl (the alertmanager role's HTTP client), wdutch (the OpenTaal
# Dutch word list that tests/bench/stems.c checks the classifier's terms against, and
# that the classifier reads at start for spelling tolerance: a run-time package too).
LL_BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config librdkafka-dev libcjson-dev
    libhiredis-dev libevent-dev libsodium-dev libcmocka-dev redis-server redis-tools redis-sentinel kcat curl
    clang clang-format-14 libclang-rt-14-dev libutf8proc-dev libstemmer-dev libgmime-3.0-dev libcurl4-openssl-dev wdutch)

ll_build_deps() {
    ll_need_packages "${LL_BUILD_PACKAGES[@]}" || return 1
    # The broker needs a JDK (17+) and Maven; keep one that is already there.
    command -v java >/dev/null 2>&1 || ll_need_packages openjdk-17-jre-headless || return 1
    command -v mvn >/dev/null 2>&1 || ll_need_packages maven || return 1
}

# The dashboard serves uPlot from its npm package; the browser test drives
# Debian's chromium with playwright-core and checks with axe-core (devDependencies:
# up.sh leaves them out with --omit=dev). Node.js from Debian unless one is there.
ll_dashboard_deps() {
    command -v node >/dev/null 2>&1 || ll_need_packages nodejs || return 1
    command -v npm >/dev/null 2>&1 || ll_need_packages npm || return 1
    if [ "${1:-}" != "--omit=dev" ]; then
        ll_need_packages chromium || return 1
    elif [ -f "$_LL_BUILD_ROOT/sinks/dashboard/node_modules/uplot/dist/uPlot.iife.min.js" ]; then
        return 0 # up.sh again: what the page needs is there (and a test run's packages stay)
    fi
    (cd "$_LL_BUILD_ROOT/sinks/dashboard" && npm ci --no-audit --no-fund --loglevel=error "$@" >&2) || return 1
}

# The Klantinteracties tests check every request and answer against Open Klant's
# OpenAPI file with Prism (npm, tests/openklant; not part of a deployment).
ll_openklant_test_deps() {
    command -v node >/dev/null 2>&1 || ll_need_packages nodejs || return 1
    command -v npm >/dev/null 2>&1 || ll_need_packages npm || return 1
    [ -x "$_LL_BUILD_ROOT/tests/openklant/node_modules/.bin/prism" ] && return 0
    (cd "$_LL_BUILD_ROOT/tests/openklant" && npm ci --no-audit --no-fund --loglevel=error >&2) || return 1
}

ll_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$_LL_BUILD_ROOT" -B "$dir" -G Ninja "$@" >/dev/null || return 1
    fi
    ninja -C "$dir" >/dev/null || { ninja -C "$dir"; return 1; }
}
