# Bash library (source it): installs the build dependencies and builds luisterloop.
#
#   ll_build_deps            install the Debian packages the build and the stack need
#   ll_build DIR [CMAKE...]  configure (once) and build into DIR with Ninja

_LL_BUILD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Why each: librdkafka (Kafka client), libcjson (JSON), libhiredis (Redis),
# libevent (HTTP and event loop), libsodium (keyed pseudonyms, constant-time
# token checks), cmocka (unit tests), redis-server (the real Redis), kcat (to
# watch topics), clang + libclang-rt (libFuzzer), curl (smoke checks), libcurl
# (the alertmanager role's HTTP client).
LL_BUILD_PACKAGES=(build-essential cmake ninja-build pkg-config librdkafka-dev libcjson-dev
    libhiredis-dev libevent-dev libsodium-dev libcmocka-dev redis-server redis-tools kcat curl
    clang libclang-rt-14-dev libutf8proc-dev libstemmer-dev libgmime-3.0-dev libcurl4-openssl-dev)

ll_build_deps() {
    ll_need_packages "${LL_BUILD_PACKAGES[@]}" || return 1
    # The broker needs a JDK (17+) and Maven; keep one that is already there.
    command -v java >/dev/null 2>&1 || ll_need_packages openjdk-17-jre-headless || return 1
    command -v mvn >/dev/null 2>&1 || ll_need_packages maven || return 1
}

ll_build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$_LL_BUILD_ROOT" -B "$dir" -G Ninja "$@" >/dev/null || return 1
    fi
    ninja -C "$dir" >/dev/null || { ninja -C "$dir"; return 1; }
}
