/* test_it_hostile.c - hostile clients on loopback against every HTTP role (web, phone, balie,
 * dashboard) and the phone TCP port: slowloris, clients that never read, floods of bad lines,
 * oversize headers and bodies. Each role keeps answering a well-behaved client throughout,
 * and its memory stays bounded. Bounded in time (under a minute) and in connections. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

/* What every role is given below: a request must be complete within TIMEOUT_S,
 * at most PER_CLIENT connections from one address, at most PER_ROLE in all. */
#define TIMEOUT_S  3
#define PER_CLIENT 8
#define PER_ROLE   32
#define IDLE_S     2 /* [phone] tcp_idle_s */
/* Growth of a role's resident memory we accept over a whole attack. */
#define RSS_GROWTH_MAX_KB (48 * 1024)

#define PHONE_TOKEN "cc-token-0123456789abcdef"

static struct {
    char tag[96], cfg[300], dir[256];
    ll_t_ports p;
    pid_t web, phone, balie, dash;
} S;

static const char *role_names[4] = {"web", "phone", "balie", "dashboard"};

static int role_port(int i) {
    return i == 0 ? S.p.web : i == 1 ? S.p.phone_http : i == 2 ? S.p.balie : S.p.dash;
}
static pid_t role_pid(int i) {
    return i == 0 ? S.web : i == 1 ? S.phone : i == 2 ? S.balie : S.dash;
}

static int setup(void **state) {
    (void)state;
    ll_t_unique(S.tag, sizeof(S.tag), "host");
    snprintf(S.dir, sizeof(S.dir), "/tmp/ll-it-%s", S.tag);
    if (mkdir(S.dir, 0755) != 0)
        return -1;
    snprintf(S.cfg, sizeof(S.cfg), "%s/test.conf", S.dir);
    ll_t_config_write_all(S.cfg, S.tag, &S.p);
    FILE *f = fopen(S.cfg, "a");
    if (!f)
        return -1;
    /* Keys may appear once per section: every role gets its own section again. */
    fprintf(f, "[phone]\ntimeout_s = %d\n[balie]\ntimeout_s = %d\n", TIMEOUT_S, TIMEOUT_S);
    fclose(f);
    ll_t_topics_create(S.cfg);
#ifdef __SANITIZE_ADDRESS__
    /* AddressSanitizer keeps freed memory in quarantine (256 MB by default), which
     * would read as growth here: a small one keeps RSS about the roles' own memory. */
    char asan[512];
    const char *prev = getenv("ASAN_OPTIONS");
    snprintf(asan, sizeof(asan), "%s%squarantine_size_mb=4", prev ? prev : "",
             prev && *prev ? ":" : "");
    setenv("ASAN_OPTIONS", asan, 1);
#endif
    char log[320];
    pid_t *pids[4] = {&S.web, &S.phone, &S.balie, &S.dash};
    for (int i = 0; i < 4; i++) {
        snprintf(log, sizeof(log), "%s/%s.log", S.dir, role_names[i]);
        *pids[i] = ll_t_spawn(role_names[i], S.cfg, log, NULL, NULL);
    }
    for (int i = 0; i < 4; i++)
        if (ll_t_wait_http(role_port(i), "/healthz", 200, 30000) != 200) {
            fprintf(stderr, "%s not up; logs in %s\n", role_names[i], S.dir);
            return -1;
        }
    return 0;
}

static int teardown(void **state) {
    (void)state;
    int rc = 0;
    for (int i = 0; i < 4; i++) {
        int st = ll_t_stop(role_pid(i), SIGTERM, 15000);
        if (st != 0) {
            fprintf(stderr, "%s: exit %d on SIGTERM (logs in %s)\n", role_names[i], st, S.dir);
            rc = -1;
        }
    }
    return rc;
}

static long rss_kb(pid_t pid) {
    char path[64], line[256];
    snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    long kb = -1;
    while (f && fgets(line, sizeof(line), f))
        if (sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb;
}

/* A TCP connection to 127.0.0.1:port from the loopback address src (127.0.0.0/8 is all
 * ours, so each "client" can have an address of its own). -1 when refused. */
static int tcp_from(const char *src, int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in s = {.sin_family = AF_INET}, a = {.sin_family = AF_INET};
    inet_pton(AF_INET, src, &s.sin_addr);
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct timeval tv = {3, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
    if (fd < 0 || bind(fd, (struct sockaddr *)&s, sizeof(s)) != 0 ||
        connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}

/* The well-behaved client: GET path from its own address; the status, or -1 when the role
 * did not answer within 3 s. */
static int good_get(int port, const char *path) {
    int fd = tcp_from("127.0.0.2", port);
    if (fd < 0)
        return -1;
    char req[256], buf[4096];
    int n = snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                     path);
    int st = -1;
    if (send(fd, req, (size_t)n, MSG_NOSIGNAL) == n) {
        ssize_t r = recv(fd, buf, sizeof(buf) - 1, 0);
        if (r > 0) {
            buf[r] = '\0';
            if (sscanf(buf, "HTTP/1.%*d %d", &st) != 1)
                st = -1;
        }
    }
    close(fd);
    return st;
}

/* A counter or gauge from a role's /metrics (loopback), or -1. */
static long long metric(int port, const char *name) {
    int fd = tcp_from("127.0.0.2", port);
    if (fd < 0)
        return -1;
    static char buf[1 << 18];
    const char req[] = "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    size_t got = 0;
    ssize_t r;
    if (send(fd, req, sizeof(req) - 1, MSG_NOSIGNAL) == (ssize_t)sizeof(req) - 1)
        while (got < sizeof(buf) - 1 && (r = recv(fd, buf + got, sizeof(buf) - 1 - got, 0)) > 0)
            got += (size_t)r;
    close(fd);
    buf[got] = '\0';
    size_t nl = strlen(name);
    for (char *p = buf; (p = strstr(p, name)) != NULL; p += nl)
        if ((p == buf || p[-1] == '\n') && (p[nl] == ' ' || p[nl] == '{')) {
            char *sp = strchr(p, ' ');
            return sp ? strtoll(sp + 1, NULL, 10) : -1;
        }
    return -1;
}

/* A phone TCP client that has given its token line. */
static int phone_tcp(const char *src) {
    int fd = tcp_from(src, S.p.phone_tcp);
    assert_true(fd >= 0);
    const char hello[] = "{\"token\":\"" PHONE_TOKEN "\"}\n";
    assert_int_equal(send(fd, hello, sizeof(hello) - 1, MSG_NOSIGNAL), (ssize_t)sizeof(hello) - 1);
    return fd;
}

/* A client that sends bad lines as fast as it can and never reads an answer: the phone
 * stops reading from it at its bound, stays responsive, frees it after tcp_idle_s. */
static void phone_client_that_never_reads(void **state) {
    (void)state;
    long rss0 = rss_kb(S.phone), rss_max = rss0;
    int fd = phone_tcp("127.0.0.1");
    fcntl(fd, F_SETFL, O_NONBLOCK);
    static char flood[64 * 1024];
    for (size_t i = 0; i + 1 < sizeof(flood); i += 2) {
        flood[i] = 'x'; /* each 2-byte line earns an answer of ~80 bytes */
        flood[i + 1] = '\n';
    }
    long long t0 = ll_t_now_ms(), sent = 0, next_probe = t0;
    int probes = 0, answered = 0;
    while (ll_t_now_ms() - t0 < 4000) {
        ssize_t w = send(fd, flood, sizeof(flood), MSG_NOSIGNAL);
        if (w > 0)
            sent += w;
        else
            ll_t_sleep_ms(5);
        if (ll_t_now_ms() >= next_probe) {
            probes++;
            answered += good_get(S.p.phone_http, "/healthz") == 200;
            long r = rss_kb(S.phone);
            if (r > rss_max)
                rss_max = r;
            next_probe = ll_t_now_ms() + 250;
        }
    }
    printf("never-reading phone client: %lld bytes sent in 4 s; phone RSS %ld -> max %ld kB; "
           "%d/%d health probes answered\n",
           sent, rss0, rss_max, answered, probes);
    assert_int_equal(answered, probes);
    assert_true(rss_max - rss0 < RSS_GROWTH_MAX_KB);
    /* Still not reading: after tcp_idle_s the phone gives the connection up, while our
     * end of it stays open. */
    long long conns = -1;
    for (int i = 0; i < (IDLE_S + 4) * 10 && conns != 0; i++) {
        ll_t_sleep_ms(100);
        conns = metric(S.p.phone_http, "ll_phone_tcp_connections");
    }
    assert_int_equal(conns, 0);
    close(fd);
}

/* A flood of bad lines from a client that does read: one answer per line, in order, no
 * log line per bad line, and other clients keep being served. */
static void phone_flood_of_bad_lines(void **state) {
    (void)state;
    char log[320];
    snprintf(log, sizeof(log), "%s/phone.log", S.dir);
    struct stat st0, st1;
    assert_int_equal(stat(log, &st0), 0);
    int fd = phone_tcp("127.0.0.3");
    enum { LINES = 50000 };
    static char buf[LINES * 4];
    for (int i = 0; i < LINES; i++)
        memcpy(buf + i * 4, i % 2 ? "{]}\n" : "\x1b[\n\n", 4);
    long sent = 0;
    long long answers = 0;
    static char in[1 << 16];
    fcntl(fd, F_SETFL, O_NONBLOCK);
    long long t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < 20000 && answers < LINES + 1) {
        if (sent < (long)sizeof(buf)) {
            ssize_t w = send(fd, buf + sent, sizeof(buf) - (size_t)sent, MSG_NOSIGNAL);
            if (w > 0)
                sent += w;
        }
        ssize_t r = recv(fd, in, sizeof(in), 0);
        for (ssize_t i = 0; i < r; i++)
            answers += in[i] == '\n';
        if (r <= 0)
            ll_t_sleep_ms(2);
    }
    close(fd);
    /* Blank lines are not notes; every other line got its answer, the token line too. */
    assert_int_equal(answers, LINES + 1);
    assert_int_equal(good_get(S.p.phone_http, "/healthz"), 200);
    assert_int_equal(stat(log, &st1), 0);
    printf("bad-line flood: %lld answers; phone log grew %ld bytes\n", answers,
           (long)(st1.st_size - st0.st_size));
    assert_true(st1.st_size - st0.st_size < 64 * 1024);
}

/* Clients still connected at SIGTERM (one mid-line, one with unread answers): the phone
 * frees them before its event loop and exits 0 (the ASan build checks the order). */
static void phone_clients_connected_at_shutdown(void **state) {
    (void)state;
    static int fds[3];
    fds[0] = phone_tcp("127.0.0.4");
    fds[1] = phone_tcp("127.0.0.5");
    fds[2] = phone_tcp("127.0.0.6");
    assert_int_equal(send(fds[0], "{\"call_id\":", 11, MSG_NOSIGNAL), 11);
    static char lines[32 * 1024];
    memset(lines, '\n', sizeof(lines));
    for (size_t i = 0; i < sizeof(lines); i += 4)
        lines[i] = 'y';
    assert_int_equal(send(fds[1], lines, sizeof(lines), MSG_NOSIGNAL), (ssize_t)sizeof(lines));
    ll_t_sleep_ms(300);
    assert_int_equal(metric(S.p.phone_http, "ll_phone_tcp_connections"), 3);
    /* left open: teardown stops the phone with them connected */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(phone_client_that_never_reads),
        cmocka_unit_test(phone_flood_of_bad_lines),
        cmocka_unit_test(phone_clients_connected_at_shutdown),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
