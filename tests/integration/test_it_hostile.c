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
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

/* What every role is given below: a request must be complete within TIMEOUT_S,
 * at most PER_CLIENT connections from one address, at most PER_ROLE in all. */
#define TIMEOUT_S 3
#define PER_CLIENT 8
#define PER_ROLE 32
#define IDLE_S 2 /* [phone] tcp_idle_s */
/* Growth of a role's resident memory we accept over a whole attack. */
#define RSS_GROWTH_MAX_KB (48 * 1024)

#define PHONE_TOKEN "cc-token-0123456789abcdef"
#define FORM_RATE 5         /* [web] form_rate_per_min */
#define PHONE_PER_ADDRESS 4 /* [phone] max_clients_per_address */

static struct {
    char tag[96], cfg[300], dir[256];
    ll_t_ports p;
    int balie_metrics; /* [balie] metrics_listen */
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
    fprintf(f, "[phone]\ntimeout_s = %d\n[balie]\ntimeout_s = %d\n[dashboard]\ntimeout_s = %d\n",
            TIMEOUT_S, TIMEOUT_S, TIMEOUT_S);
    for (int i = 0; i < 4; i++)
        fprintf(f, "[%s]\nmax_connections = %d\nmax_connections_per_client = %d\n", role_names[i],
                PER_ROLE, PER_CLIENT);
    fprintf(f, "[web]\ntrusted_proxies = 127.0.0.9\nform_rate_per_min = %d\n", FORM_RATE);
    fprintf(f, "[phone]\nmax_clients_per_address = %d\n", PHONE_PER_ADDRESS);
    S.balie_metrics = ll_t_free_port();
    fprintf(f, "[balie]\nmetrics_listen = 127.0.0.1:%d\n", S.balie_metrics);
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
    int n =
        snprintf(req, sizeof(req), "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path);
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

/* One slow client connection: sends a request head a byte at a time. */
typedef struct slow {
    int fd, port;
    long long opened, closed; /* ms; closed 0 while open */
    int refused;              /* answered 503 */
} slow;

static void slow_open(slow *c, const char *src, int port) {
    memset(c, 0, sizeof(*c));
    c->port = port;
    c->fd = tcp_from(src, port);
    c->opened = ll_t_now_ms();
    if (c->fd < 0) {
        c->closed = c->opened;
        return;
    }
    fcntl(c->fd, F_SETFL, O_NONBLOCK);
    const char head[] = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    if (send(c->fd, head, sizeof(head) - 1, MSG_NOSIGNAL) < 0)
        c->closed = ll_t_now_ms();
}

/* One more byte, and notices the server closing. */
static void slow_tick(slow *c) {
    if (c->closed)
        return;
    char buf[512];
    ssize_t r = recv(c->fd, buf, sizeof(buf) - 1, 0);
    if (r > 0) {
        buf[r] = '\0';
        c->refused |= strstr(buf, " 503 ") != NULL;
    }
    if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK) ||
        send(c->fd, "a", 1, MSG_NOSIGNAL) < 0) {
        c->closed = ll_t_now_ms();
        close(c->fd);
        c->fd = -1;
    }
}

static void slow_close(slow *c) {
    if (c->fd >= 0)
        close(c->fd);
    c->fd = -1;
}

/* Slowloris on every HTTP role at once: 3 x PER_CLIENT connections from one address per
 * role, a header byte every 400 ms. Each role keeps only PER_CLIENT of them (503 for the
 * rest), closes each within its whole-request deadline although bytes keep coming, and
 * answers a well-behaved client from another address throughout. */
static void slowloris_on_every_http_role(void **state) {
    (void)state;
    enum { PER = 3 * PER_CLIENT };
    static slow c[4][PER];
    long rss0[4];
    for (int i = 0; i < 4; i++) {
        rss0[i] = rss_kb(role_pid(i));
        for (int k = 0; k < PER; k++)
            slow_open(&c[i][k], "127.0.0.1", role_port(i));
    }
    int probes = 0, answered = 0;
    long long t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < (TIMEOUT_S + 3) * 1000) {
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < PER; k++)
                slow_tick(&c[i][k]);
            probes++;
            int st = good_get(role_port(i), "/healthz");
            answered += st == 200;
            if (st != 200)
                fprintf(stderr, "%s: well-behaved client got %d at %lld ms\n", role_names[i], st,
                        ll_t_now_ms() - t0);
        }
        ll_t_sleep_ms(400);
    }
    for (int i = 0; i < 4; i++) {
        int refused = 0, held_too_long = 0;
        long long longest = 0;
        for (int k = 0; k < PER; k++) {
            refused += c[i][k].refused;
            if (!c[i][k].closed)
                held_too_long++;
            else if (c[i][k].closed - c[i][k].opened > longest)
                longest = c[i][k].closed - c[i][k].opened;
            slow_close(&c[i][k]);
        }
        long rss = rss_kb(role_pid(i));
        printf("%s: %d of %d slow connections refused at the per-client cap, the rest held at "
               "most %lld ms (deadline %d s), %d still open; RSS %ld -> %ld kB\n",
               role_names[i], refused, PER, longest, TIMEOUT_S, held_too_long, rss0[i], rss);
        assert_int_equal(refused, PER - PER_CLIENT);
        assert_int_equal(held_too_long, 0);
        assert_true(longest < (TIMEOUT_S + 1) * 1000 + 500);
        assert_true(rss - rss0[i] < RSS_GROWTH_MAX_KB);
    }
    printf("well-behaved client: %d of %d requests answered 200\n", answered, probes);
    assert_int_equal(answered, probes);
}

/* More slow clients, each under its own cap, than the role takes: it keeps PER_ROLE and
 * refuses the rest at once; when their deadline has passed it serves again. */
static void a_role_takes_at_most_max_connections(void **state) {
    (void)state;
    enum { ADDRS = 6, PER = PER_CLIENT };
    static slow c[ADDRS * PER];
    for (int a = 0; a < ADDRS; a++) {
        char src[32];
        snprintf(src, sizeof(src), "127.0.1.%d", a + 1);
        for (int k = 0; k < PER; k++)
            slow_open(&c[a * PER + k], src, S.p.web);
    }
    ll_t_sleep_ms(500);
    int refused = 0;
    for (int k = 0; k < ADDRS * PER; k++) {
        slow_tick(&c[k]);
        refused += c[k].refused;
    }
    printf("web: %d of %d connections from %d addresses refused at max_connections %d\n", refused,
           ADDRS * PER, ADDRS, PER_ROLE);
    assert_int_equal(refused, ADDRS * PER - PER_ROLE);
    assert_int_equal(good_get(S.p.web, "/healthz"), 503);
    long long t0 = ll_t_now_ms();
    int st = -1;
    while (ll_t_now_ms() - t0 < (TIMEOUT_S + 2) * 1000 && st != 200) {
        for (int k = 0; k < ADDRS * PER; k++)
            slow_tick(&c[k]);
        st = good_get(S.p.web, "/healthz");
        ll_t_sleep_ms(200);
    }
    for (int k = 0; k < ADDRS * PER; k++)
        slow_close(&c[k]);
    assert_int_equal(st, 200);
}

/* Oversize headers and bodies are refused without being read into memory. */
static void oversize_headers_and_bodies(void **state) {
    (void)state;
    for (int i = 0; i < 4; i++) {
        long rss0 = rss_kb(role_pid(i));
        for (int round = 0; round < 20; round++) {
            int fd = tcp_from("127.0.0.7", role_port(i));
            assert_true(fd >= 0);
            static char big[64 * 1024];
            int n;
            if (round % 2 == 0) {
                /* 64 KiB of headers against a 16 KiB limit */
                n = snprintf(big, sizeof(big), "GET /healthz HTTP/1.1\r\nHost: x\r\n");
                while (n < (int)sizeof(big) - 100)
                    n += snprintf(big + n, sizeof(big) - (size_t)n, "X-Pad: %0900d\r\n", 0);
                n += snprintf(big + n, sizeof(big) - (size_t)n, "\r\n");
            } else {
                /* a body of 100 MB announced, 64 KiB sent */
                n = snprintf(big, sizeof(big),
                             "POST /v1/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: "
                             "application/json\r\nContent-Length: 100000000\r\n\r\n");
                memset(big + n, '[', sizeof(big) - (size_t)n);
                n = (int)sizeof(big);
            }
            ssize_t w = send(fd, big, (size_t)n, MSG_NOSIGNAL);
            (void)w;
            char buf[512] = {0};
            ssize_t r = recv(fd, buf, sizeof(buf) - 1, 0);
            int status = 0;
            if (r > 0)
                sscanf(buf, "HTTP/1.%*d %d", &status);
            close(fd);
            /* an answer in the 4xx range, or the connection closed on us */
            assert_true(r <= 0 || (status >= 400 && status < 500));
        }
        assert_int_equal(good_get(role_port(i), "/healthz"), 200);
        long rss = rss_kb(role_pid(i));
        printf("%s: oversize requests refused; RSS %ld -> %ld kB\n", role_names[i], rss0, rss);
        assert_true(rss - rss0 < RSS_GROWTH_MAX_KB);
    }
}

/* POST /form from src with an X-Forwarded-For (NULL: none); the status. */
static int form_post(const char *src, const char *xff) {
    int fd = tcp_from(src, S.p.web);
    if (fd < 0)
        return -1;
    char req[512], buf[512];
    int n = snprintf(req, sizeof(req),
                     "POST /form HTTP/1.1\r\nHost: x\r\nConnection: close\r\n%s%s%s"
                     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n",
                     xff ? "X-Forwarded-For: " : "", xff ? xff : "", xff ? "\r\n" : "");
    int st = -1;
    if (send(fd, req, (size_t)n, MSG_NOSIGNAL) == n) {
        ssize_t r = recv(fd, buf, sizeof(buf) - 1, 0);
        if (r > 0) {
            buf[r] = '\0';
            sscanf(buf, "HTTP/1.%*d %d", &st);
        }
    }
    close(fd);
    return st;
}

/* Submissions (empty ones: the limit comes first) until the form answers 429; how many
 * went through before it, up to max. xff_fmt gets the attempt number. */
static int form_until_limited(const char *src, const char *xff_fmt, int max) {
    for (int i = 0; i < max; i++) {
        char xff[128];
        if (xff_fmt)
            snprintf(xff, sizeof(xff), xff_fmt, i + 1, i + 1);
        int st = form_post(src, xff_fmt ? xff : NULL);
        assert_true(st > 0);
        if (st == 429)
            return i;
    }
    return max;
}

/* The form's rate limit: X-Forwarded-For counts only from a trusted proxy, and an IPv6
 * client is its /64, however it rotates through it. */
static void form_rate_limit_per_client(void **state) {
    (void)state;
    /* Not a proxy: rotating the header changes nothing. */
    assert_int_equal(form_until_limited("127.0.0.10", "198.51.100.%d", 3 * FORM_RATE), FORM_RATE);
    /* Through the trusted proxy: each client its own bucket... */
    assert_int_equal(form_until_limited("127.0.0.9", "198.51.100.%d", 3 * FORM_RATE),
                     3 * FORM_RATE);
    /* ...a forged hop left of the proxy's own entry does not help... */
    assert_int_equal(form_until_limited("127.0.0.9", "10.9.9.%d, 203.0.113.7", 3 * FORM_RATE),
                     FORM_RATE);
    /* ...and one /64 is one client, through the proxy or not. */
    assert_int_equal(form_until_limited("127.0.0.9", "2001:db8:7:7::%x:%x", 3 * FORM_RATE),
                     FORM_RATE);
}

/* With metrics_listen, /metrics is there and only there; health stays on both. */
static void metrics_on_their_own_listener(void **state) {
    (void)state;
    assert_true(metric(S.balie_metrics, "ll_intake_accepted_total") >= 0);
    assert_true(metric(S.balie_metrics, "ll_http_connections") >= 0);
    assert_int_equal(metric(S.p.balie, "ll_intake_accepted_total"), -1);
    assert_int_equal(good_get(S.p.balie, "/metrics"), 404);
    assert_int_equal(good_get(S.p.balie, "/healthz"), 200);
    assert_int_equal(good_get(S.balie_metrics, "/healthz"), 200);
    assert_int_equal(good_get(S.balie_metrics, "/readyz"), 200);
    assert_int_equal(good_get(S.balie_metrics, "/v1/visits"), 404);
    /* Answers that wait for Kafka still find their connection with a second server on
     * the role's event loop (each visit's connection closes after its answer). */
    for (int i = 0; i < 3; i++) {
        char body[256], resp[512];
        snprintf(body, sizeof(body),
                 "{\"visit_id\":\"%s-m%d\",\"location\":\"Stadswinkel Centrum\",\"kind\":"
                 "\"question\",\"text\":\"Openingstijden?\"}",
                 S.tag, i);
        assert_int_equal(ll_t_http(S.p.balie, "POST", "/v1/visits",
                                   "Authorization: Bearer desk-token-0123456789abcdef\r\n"
                                   "Content-Type: application/json\r\n",
                                   body, strlen(body), resp, sizeof(resp)),
                         202);
    }
    assert_int_equal(good_get(S.p.balie, "/healthz"), 200);
    /* without it, a loopback listener serves /metrics itself */
    assert_true(metric(S.p.web, "ll_intake_accepted_total") >= 0);
}

/* CPU seconds (user + system) pid has used, from /proc/PID/stat. */
static double cpu_s(pid_t pid) {
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(buf, 1, sizeof(buf) - 1, f) : 0;
    if (f)
        fclose(f);
    buf[n] = '\0';
    char *p = strrchr(buf, ')');
    unsigned long ut = 0, st = 0;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) != 2)
        return -1;
    return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

/* At the descriptor limit (a role whose caps are above it): accept fails with EMFILE. The
 * role pauses accepting instead of spinning and logging in a loop, keeps its open
 * connections, and accepts again once descriptors are free. role "balie" is filled on its
 * HTTP port, "phone" on its TCP port (from several addresses, each under its cap). */
static void at_descriptor_limit(const char *role) {
    int tcp = strcmp(role, "phone") == 0;
    char cfg[320], log[320];
    ll_t_ports p;
    snprintf(cfg, sizeof(cfg), "%s/fd-%s.conf", S.dir, role);
    snprintf(log, sizeof(log), "%s/%s-fd.log", S.dir, role);
    ll_t_config_write_all(cfg, S.tag, &p);
    FILE *f = fopen(cfg, "a");
    assert_non_null(f);
    fprintf(f, "[%s]\nmax_connections = 4000\nmax_connections_per_client = 4000\n", role);
    if (tcp)
        fprintf(f, "max_clients = 4000\nmax_clients_per_address = 4000\n");
    fclose(f);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        struct rlimit rl = {96, 96}; /* hard too: the role cannot raise it */
        setrlimit(RLIMIT_NOFILE, &rl);
        int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
        dup2(fd, 1);
        dup2(fd, 2);
        close(fd);
        setenv("LUISTERLOOP_PSEUDONYM_KEY", "integration-test-secret-0123456789", 1);
        execl(ll_t_bin(), ll_t_bin(), role, "-c", cfg, (char *)NULL);
        _exit(127);
    }
    int http = tcp ? p.phone_http : p.balie, port = tcp ? p.phone_tcp : p.balie;
    assert_int_equal(ll_t_wait_http(http, "/healthz", 200, 30000), 200);
    enum { N = 150 };
    static int fds[N];
    int opened = 0;
    for (int i = 0; i < N; i++)
        if ((fds[i] = tcp_from("127.0.0.8", port)) >= 0)
            opened++;
    ll_t_sleep_ms(300);
    struct stat st0, st1;
    assert_int_equal(stat(log, &st0), 0);
    double c0 = cpu_s(pid);
    ll_t_sleep_ms(2000);
    double c1 = cpu_s(pid);
    assert_int_equal(stat(log, &st1), 0);
    printf("%s at its descriptor limit with %d %s connections waiting: %.2f s CPU in 2 s, log "
           "+%ld bytes\n",
           role, opened, tcp ? "TCP" : "HTTP", c1 - c0, (long)(st1.st_size - st0.st_size));
    assert_true(c1 - c0 < 0.5);
    assert_true(st1.st_size - st0.st_size < 4096);
    assert_true(ll_t_file_has(log, "accepting paused"));
    for (int i = 0; i < N; i++)
        if (fds[i] >= 0)
            close(fds[i]);
    assert_int_equal(ll_t_wait_http(http, "/healthz", 200, 10000), 200);
    assert_int_equal(ll_t_stop(pid, SIGTERM, 15000), 0);
}

static void out_of_descriptors(void **state) {
    (void)state;
    at_descriptor_limit("balie");
}

static void phone_tcp_out_of_descriptors(void **state) {
    (void)state;
    at_descriptor_limit("phone");
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

/* More TCP connections from one address than it may have: the rest are refused with a
 * line saying so; another address still gets in. */
static void phone_tcp_per_address_cap(void **state) {
    (void)state;
    enum { N = PHONE_PER_ADDRESS + 3 };
    int fds[N], refused = 0;
    for (int i = 0; i < N; i++) {
        fds[i] = tcp_from("127.0.0.12", S.p.phone_tcp);
        assert_true(fds[i] >= 0);
    }
    ll_t_sleep_ms(300);
    for (int i = 0; i < N; i++) {
        char b[256];
        ssize_t r = recv(fds[i], b, sizeof(b) - 1, MSG_DONTWAIT);
        if (r > 0) {
            b[r] = '\0';
            refused += strstr(b, "too many connections from this address") != NULL;
        }
    }
    assert_int_equal(refused, N - PHONE_PER_ADDRESS);
    int other = phone_tcp("127.0.0.13");
    char b[256];
    ssize_t r = recv(other, b, sizeof(b) - 1, 0);
    assert_true(r > 0);
    b[r] = '\0';
    assert_non_null(strstr(b, "{\"client\":\"cc\",\"line\":1}"));
    close(other);
    for (int i = 0; i < N; i++)
        close(fds[i]);
}

/* A client that sends its token line a byte at a time keeps the idle timer alive, but
 * gets tcp_idle_s from connecting to finish it. */
static void phone_token_line_has_a_deadline(void **state) {
    (void)state;
    int fd = tcp_from("127.0.0.14", S.p.phone_tcp);
    assert_true(fd >= 0);
    const char *dribble = "{\"token\":\"cc-token-0123";
    long long t0 = ll_t_now_ms(), closed = 0;
    char b[512];
    size_t got = 0;
    for (int i = 0; dribble[i] && !closed; i++) {
        if (send(fd, dribble + i, 1, MSG_NOSIGNAL) != 1)
            closed = ll_t_now_ms();
        ll_t_sleep_ms(400);
        ssize_t r = recv(fd, b + got, sizeof(b) - 1 - got, MSG_DONTWAIT);
        if (r > 0)
            got += (size_t)r;
        else if (r == 0)
            closed = ll_t_now_ms();
    }
    b[got] = '\0';
    close(fd);
    printf("token line sent a byte per 400 ms: answered after %lld ms: %s", closed - t0, b);
    assert_true(closed > 0);
    assert_true(closed - t0 < (IDLE_S + 2) * 1000);
    assert_non_null(strstr(b, "\"field\":\"token\""));
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
        cmocka_unit_test(slowloris_on_every_http_role),
        cmocka_unit_test(a_role_takes_at_most_max_connections),
        cmocka_unit_test(oversize_headers_and_bodies),
        cmocka_unit_test(out_of_descriptors),
        cmocka_unit_test(phone_tcp_out_of_descriptors),
        cmocka_unit_test(metrics_on_their_own_listener),
        cmocka_unit_test(form_rate_limit_per_client),
        cmocka_unit_test(phone_client_that_never_reads),
        cmocka_unit_test(phone_flood_of_bad_lines),
        cmocka_unit_test(phone_tcp_per_address_cap),
        cmocka_unit_test(phone_token_line_has_a_deadline),
        cmocka_unit_test(phone_clients_connected_at_shutdown),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
