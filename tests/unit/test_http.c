/* test_http.c - core/http.c's servers, in this process with the event loop stepped by the test:
 * the answers evhttp writes itself, in the states a socket client cannot bring about at will. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <errno.h>
#include <event2/event.h>
#include <event2/http.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http.h"

static void step(struct event_base *base, int n) {
    for (int i = 0; i < n; i++) {
        event_base_loop(base, EVLOOP_NONBLOCK);
        poll(NULL, 0, 5);
    }
}

/* This process's socket whose peer is the client socket cfd: the server's end. */
static int server_end(int cfd) {
    struct sockaddr_in me, peer;
    socklen_t ml = sizeof(me);
    assert_int_equal(getsockname(cfd, (struct sockaddr *)&me, &ml), 0);
    DIR *d = opendir("/proc/self/fd");
    assert_non_null(d);
    int found = -1;
    for (struct dirent *e; found < 0 && (e = readdir(d));) {
        int fd = atoi(e->d_name);
        socklen_t pl = sizeof(peer);
        if (fd > 2 && fd != cfd && getpeername(fd, (struct sockaddr *)&peer, &pl) == 0 &&
            pl == sizeof(peer) && peer.sin_family == AF_INET && peer.sin_port == me.sin_port &&
            peer.sin_addr.s_addr == me.sin_addr.s_addr)
            found = fd;
    }
    closedir(d);
    assert_true(found >= 0);
    return found;
}

/* A chunked body with "Expect: 100-continue" goes over max_body while evhttp's "100
 * Continue" is still unsent (the socket full: a client that does not read): evhttp adds its
 * 413 page behind that line. The page is swapped there too, the line kept in front. The
 * socket is filled from the server's end here, with bytes the client then skips. */
static void too_large_after_a_pending_continue_is_json(void **state) {
    (void)state;
    struct event_base *base = event_base_new();
    ll_http_limits lim = {"test", 10, 16, 16, ""};
    char err[256];
    ll_http_guard *g = ll_http_guard_new(&lim, err, sizeof(err));
    assert_non_null(g);
    /* A free port: the kernel's pick for a socket closed again. */
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t al = sizeof(a);
    int pfd = socket(AF_INET, SOCK_STREAM, 0);
    assert_int_equal(bind(pfd, (struct sockaddr *)&a, sizeof(a)), 0);
    assert_int_equal(getsockname(pfd, (struct sockaddr *)&a, &al), 0);
    close(pfd);
    char listen[64];
    snprintf(listen, sizeof(listen), "127.0.0.1:%u", (unsigned)ntohs(a.sin_port));
    struct evhttp *http = ll_http_new(base, listen, 1024, g, NULL, err, sizeof(err));
    if (!http)
        fail_msg("%s", err);
    ll_http_guard_free(g);

    int cfd = socket(AF_INET, SOCK_STREAM, 0), small = 4096;
    assert_true(cfd >= 0);
    setsockopt(cfd, SOL_SOCKET, SO_RCVBUF, &small, sizeof(small));
    assert_int_equal(connect(cfd, (struct sockaddr *)&a, sizeof(a)), 0);
    step(base, 5); /* accepted and taken over */
    int sfd = server_end(cfd);
    setsockopt(sfd, SOL_SOCKET, SO_SNDBUF, &small, sizeof(small));
    char junk[4096];
    memset(junk, 'j', sizeof(junk));
    size_t filled = 0;
    for (;;) {
        ssize_t w = send(sfd, junk, sizeof(junk), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (w <= 0) {
            assert_true(errno == EAGAIN || errno == EWOULDBLOCK);
            break;
        }
        filled += (size_t)w;
    }

    static const char head[] = "POST /x HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n";
    assert_int_equal(write(cfd, head, sizeof(head) - 1), (ssize_t)(sizeof(head) - 1));
    step(base, 5); /* the head read, "100 Continue" queued and not sent */
    assert_int_equal(write(cfd, "5000\r\n", 6), 6);
    step(base, 5); /* 0x5000 bytes announced: evhttp's 413 */

    /* The client reads now: the filler, then what evhttp wrote. */
    size_t cap = filled + 8192, got = 0;
    char *out = malloc(cap + 1);
    assert_non_null(out);
    for (int idle = 0; idle < 400 && got < cap;) {
        ssize_t r = recv(cfd, out + got, cap - got, MSG_DONTWAIT);
        if (r == 0)
            break; /* closed after the answer */
        if (r > 0)
            got += (size_t)r, idle = 0;
        else
            idle++;
        step(base, 1);
    }
    out[got] = '\0';
    assert_true(got > filled);
    const char *ans = out + filled;
    static const char want[] = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 413 Payload Too Large\r\n";
    if (strncmp(ans, want, sizeof(want) - 1) != 0 ||
        !strstr(ans, "\r\n\r\n{\"error\":\"body too large: at most 1024 bytes\"}") ||
        strstr(ans, "<HTML>"))
        fail_msg("after the filler: %s", ans);
    free(out);
    close(cfd);
    ll_http_free(http);
    event_base_free(base);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(too_large_after_a_pending_continue_is_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
