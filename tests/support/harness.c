/* harness.c - integration-test helpers against the real Kafka and Redis. */
#include "harness.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <librdkafka/rdkafka.h>
#include <netinet/in.h>
#include <regex.h>
#include <sodium.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *need_env(const char *name) {
    const char *v = getenv(name);
    if (!v || !*v) {
        fprintf(stderr, "%s is not set: run the integration tests through tests/run.sh\n", name);
        exit(1);
    }
    return v;
}

const char *ll_t_kafka(void) { return need_env("LL_TEST_KAFKA"); }
const char *ll_t_redis(void) { return need_env("LL_TEST_REDIS"); }
const char *ll_t_bin(void) { return need_env("LL_TEST_BIN"); }
const char *ll_t_config_dir(void) { return need_env("LL_TEST_CONFIG_DIR"); }

void ll_t_sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

long long ll_t_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A port once per process: the kernel may give a closed socket's port to the next bind(0),
 * and two roles of one test then got the same port (test_it_klantinteracties: [process]
 * metrics_listen and [klantinteracties] listen on one, user check 6). */
int ll_t_free_port(void) {
    static int given[512];
    static size_t ngiven;
    for (int tries = 0; tries < 200; tries++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        socklen_t l = sizeof(a);
        if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof(a)) != 0 ||
            getsockname(fd, (struct sockaddr *)&a, &l) != 0) {
            perror("free port");
            exit(1);
        }
        close(fd);
        int port = ntohs(a.sin_port), seen = 0;
        for (size_t i = 0; i < ngiven && !seen; i++)
            seen = given[i] == port;
        if (seen)
            continue;
        if (ngiven < sizeof(given) / sizeof(given[0]))
            given[ngiven++] = port;
        return port;
    }
    fprintf(stderr, "ll_t_free_port: the kernel gave only ports given before\n");
    exit(1);
}

/* 1 when a loopback TCP port can be bound now. */
static int port_free(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    int ok = fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof(a)) == 0;
    if (fd >= 0)
        close(fd);
    return ok;
}

/* Below 32768, where Linux takes no client's local port: a pair built on an ephemeral port
 * from ll_t_free_port met a client connection on P+1 (the broker's controller failed to
 * bind, "Address already in use"). 21000-31999 stays clear of run.sh's and the
 * benchmarks' configured ports. */
int ll_t_free_port_pair(void) {
    if (sodium_init() < 0)
        exit(1);
    for (int i = 0; i < 500; i++) {
        int p = 21000 + (int)randombytes_uniform(11000);
        if (port_free(p) && port_free(p + 1))
            return p;
    }
    fprintf(stderr, "ll_t_free_port_pair: no two free ports in 21000-32000\n");
    exit(1);
}

void ll_t_unique(char *buf, size_t len, const char *what) {
    static int n;
    snprintf(buf, len, "%s-%d-%ld-%d", what, (int)getpid(), (long)time(NULL), n++);
}

static unsigned char dlq_pk[crypto_box_PUBLICKEYBYTES], dlq_sk[crypto_box_SECRETKEYBYTES];
static char dlq_pub_path[64];

const char *ll_t_dlq_public_key(void) {
    if (dlq_pub_path[0])
        return dlq_pub_path;
    if (sodium_init() < 0)
        exit(1);
    crypto_box_keypair(dlq_pk, dlq_sk);
    snprintf(dlq_pub_path, sizeof(dlq_pub_path), "/tmp/ll-it-dlq-%d.pub", (int)getpid());
    char hex[2 * crypto_box_PUBLICKEYBYTES + 1];
    sodium_bin2hex(hex, sizeof(hex), dlq_pk, sizeof(dlq_pk));
    FILE *f = fopen(dlq_pub_path, "w");
    if (!f || fprintf(f, "%s\n", hex) < 0 || fclose(f) != 0) {
        perror(dlq_pub_path);
        exit(1);
    }
    char sec[64];
    snprintf(sec, sizeof(sec), "/tmp/ll-it-dlq-%d.key", (int)getpid());
    sodium_bin2hex(hex, sizeof(hex), dlq_sk, sizeof(dlq_sk));
    f = fopen(sec, "w");
    if (!f || fprintf(f, "%s\n", hex) < 0 || fclose(f) != 0) {
        perror(sec);
        exit(1);
    }
    return dlq_pub_path;
}

const char *ll_t_dlq_secret_key(void) {
    static char sec[64];
    ll_t_dlq_public_key();
    snprintf(sec, sizeof(sec), "/tmp/ll-it-dlq-%d.key", (int)getpid());
    return sec;
}

long ll_t_dlq_open(const char *sealed_b64, char *out, size_t cap) {
    size_t n = strlen(sealed_b64), sl = 0;
    unsigned char *sealed = malloc(n + 1);
    long rc = -1;
    if (sealed && dlq_pub_path[0] &&
        sodium_base642bin(sealed, n, sealed_b64, n, NULL, &sl, NULL,
                          sodium_base64_VARIANT_ORIGINAL) == 0 &&
        sl >= crypto_box_SEALBYTES && sl - crypto_box_SEALBYTES < cap &&
        crypto_box_seal_open((unsigned char *)out, sealed, sl, dlq_pk, dlq_sk) == 0) {
        rc = (long)(sl - crypto_box_SEALBYTES);
        out[rc] = '\0';
    }
    free(sealed);
    return rc;
}

void ll_t_config_write(const char *path, const char *tag, int web_port, int dash_port,
                       int proc_port) {
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        exit(1);
    }
    fprintf(f,
            "[common]\nbrokers = %s\nredis = %s\nlog_level = info\ndlq_public_key = %s\n"
            "[topics]\nraw = raw.%s\nenriched = enriched.%s\ndlq = dlq.%s\n"
            "alerts = alerts.%s\nescalations = esc.%s\naggregates = agg.%s\npartitions = 3\n"
            "[web]\nlisten = 127.0.0.1:%d\ntoken.test = test-token-0123456789abcdef\n"
            "token.other = other-token-0123456789abcdef\nmax_body = 8192\n"
            "delivery_timeout_ms = 3000\ntimeout_s = 3\n"
            "[process]\ngroup = group.%s\ntransactional_id = txn.%s\nbatch_max = 500\n"
            "batch_wait_ms = 5\ntransaction_timeout_ms = 10000\nmetrics_listen = 127.0.0.1:%d\n"
            "taxonomy = %s/taxonomy-gemeente.conf\nlexicon = %s/sentiment-nl.tsv\n"
            "urgency_rules = %s/urgency.conf\nareas = %s/areas-rotterdam.tsv\n"
            "names_first = %s/names-first-nl.txt\nnames_surname = %s/names-surname-nl.txt\n"
            "names_keep = %s/names-keep-nl.txt\n"
            "[dashboard]\nlisten = 127.0.0.1:%d\nusers_file = %s.users\n",
            ll_t_kafka(), ll_t_redis(), ll_t_dlq_public_key(), tag, tag, tag, tag, tag, tag,
            web_port, tag, tag, proc_port, ll_t_config_dir(), ll_t_config_dir(), ll_t_config_dir(),
            ll_t_config_dir(), ll_t_config_dir(), ll_t_config_dir(), ll_t_config_dir(), dash_port,
            path);
    fclose(f);
    /* The dashboard's API wants a login or a token: a viewer token for the tests
     * (the users file keeps its BLAKE2b, as `luisterloop user token` writes it). */
    char users[1100], hx[65];
    unsigned char h[32];
    snprintf(users, sizeof(users), "%s.users", path);
    crypto_generichash(h, sizeof(h), (const unsigned char *)LL_T_DASH_TOKEN,
                       strlen(LL_T_DASH_TOKEN), NULL, 0);
    sodium_bin2hex(hx, sizeof(hx), h, sizeof(h));
    FILE *u = fopen(users, "w");
    if (!u) {
        perror(users);
        exit(1);
    }
    fprintf(u, "token tests viewer %s\n", hx);
    fclose(u);
}

void ll_t_workspace(const char *tag, char *dir, size_t dirlen, char *cfg, size_t cfglen) {
    snprintf(dir, dirlen, "/tmp/ll-it-%s", tag);
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
        perror(dir);
        exit(1);
    }
    snprintf(cfg, cfglen, "%s/test.conf", dir);
}

void ll_t_mkdirs(const char *dir) {
    char p[1024];
    int n = snprintf(p, sizeof(p), "%s", dir);
    if (n <= 0 || (size_t)n >= sizeof(p)) {
        fprintf(stderr, "ll_t_mkdirs: '%s': empty or too long\n", dir);
        exit(1);
    }
    for (char *s = p + 1;; s++) /* each folder on the way, then dir itself */
        if (*s == '/' || !*s) {
            char c = *s;
            *s = '\0';
            if (mkdir(p, 0755) != 0 && errno != EEXIST) {
                perror(p);
                exit(1);
            }
            if (!(*s = c))
                break;
        }
}

void ll_t_file_copy(const char *from, const char *to) {
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[65536];
    size_t n;
    int bad = !in || !out;
    while (!bad && (n = fread(buf, 1, sizeof(buf), in)) > 0)
        bad = fwrite(buf, 1, n, out) != n;
    bad |= !in || ferror(in);
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        bad = 1;
    if (bad) {
        fprintf(stderr, "ll_t_file_copy %s -> %s: %s\n", from, to, strerror(errno));
        exit(1);
    }
}

/* Appends n bytes to out (cap bytes, *o used); aborts when the config outgrows it. */
static void cfg_put(char *out, size_t cap, size_t *o, const char *s, size_t n, const char *path) {
    if (*o + n >= cap) {
        fprintf(stderr, "%s: too large for ll_t_config_set\n", path);
        exit(1);
    }
    memcpy(out + *o, s, n);
    *o += n;
}

void ll_t_config_set(const char *path, const char *section, const char *key, const char *value) {
    /* A test's config is a few KiB: read it whole. */
    static char in[65536], out[65536 + 1024];
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(in, 1, sizeof(in) - 1, f) : 0;
    if (!f || ferror(f) || !feof(f)) {
        fprintf(stderr, "%s: cannot read it whole\n", path);
        exit(1);
    }
    fclose(f);
    in[n] = '\0';
    char header[160], set[512];
    snprintf(header, sizeof(header), "[%s]", section);
    int sn = snprintf(set, sizeof(set), "%s = %s\n", key, value);
    size_t klen = strlen(key), hlen = strlen(header), o = 0;
    int in_section = 0, found = 0, done = 0;
    for (const char *l = in; *l;) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) + 1 : strlen(l);
        if (l[0] == '[') {
            if (in_section && !done) { /* the section ends without the key */
                cfg_put(out, sizeof(out), &o, set, (size_t)sn, path);
                done = 1;
            }
            in_section = !strncmp(l, header, hlen) && (l[hlen] == '\n' || !l[hlen]);
            found |= in_section;
        } else if (in_section && !done && !strncmp(l, key, klen) &&
                   (l[klen] == ' ' || l[klen] == '=')) {
            cfg_put(out, sizeof(out), &o, set, (size_t)sn, path);
            done = 1;
            l += len;
            continue;
        }
        cfg_put(out, sizeof(out), &o, l, len, path);
        if (!nl && len && in_section && !done)
            cfg_put(out, sizeof(out), &o, "\n", 1, path);
        l += len;
    }
    if (in_section && !done)
        cfg_put(out, sizeof(out), &o, set, (size_t)sn, path);
    if (!found) {
        fprintf(stderr, "%s: no [%s] to set %s in\n", path, section, key);
        exit(1);
    }
    if (!(f = fopen(path, "w")) || fwrite(out, 1, o, f) != o || fclose(f) != 0) {
        perror(path);
        exit(1);
    }
}

void ll_t_config_write_all(const char *path, const char *tag, ll_t_ports *p) {
    p->web = ll_t_free_port();
    p->dash = ll_t_free_port();
    p->proc = ll_t_free_port();
    p->phone_http = ll_t_free_port();
    p->phone_tcp = ll_t_free_port();
    p->balie = ll_t_free_port();
    ll_t_config_write(path, tag, p->web, p->dash, p->proc);
    FILE *f = fopen(path, "a");
    if (!f) {
        perror(path);
        exit(1);
    }
    fprintf(f,
            "[phone]\nlisten = 127.0.0.1:%d\ntcp_listen = 127.0.0.1:%d\n"
            "token.cc = cc-token-0123456789abcdef\ntoken.cc2 = cc2-token-0123456789abcdef\n"
            "max_line = 4096\ntcp_idle_s = 2\n"
            "delivery_timeout_ms = 3000\n"
            "[balie]\nlisten = 127.0.0.1:%d\ntoken.desk = desk-token-0123456789abcdef\n"
            "delivery_timeout_ms = 3000\n",
            p->phone_http, p->phone_tcp, p->balie);
    fclose(f);
}

/* In a forked child: die with the test. A failed cmocka assertion returns from the test
 * before its ll_t_stop, and a role left running (an ASan processor, say) would take CPU
 * from every later test until the next boot. */
static void die_with_parent(pid_t parent) {
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
        _exit(1);
}

pid_t ll_t_spawn(const char *role, const char *cfg, const char *logfile, const char *extra1,
                 const char *extra2) {
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        die_with_parent(parent);
        int fd = open(logfile, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            close(fd);
        }
        setenv("LUISTERLOOP_PSEUDONYM_KEY", "integration-test-secret-0123456789", 1);
        const char *argv[8] = {ll_t_bin(), role, "-c", cfg, extra1, extra2, NULL};
        execv(ll_t_bin(), (char *const *)argv);
        _exit(127);
    }
    return pid;
}

int ll_t_wait(pid_t pid, int timeout_ms) { return ll_t_stop(pid, 0, timeout_ms); }

int ll_t_stop(pid_t pid, int sig, int timeout_ms) {
    if (sig)
        kill(pid, sig);
    long long end = ll_t_now_ms() + timeout_ms;
    while (ll_t_now_ms() < end) {
        int st;
        pid_t r = waitpid(pid, &st, WNOHANG);
        if (r == pid)
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        ll_t_sleep_ms(20);
    }
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    return -1;
}

int ll_t_tcp_exchange(int port, const char *data, size_t len, int half_close, int timeout_ms,
                      char *out, size_t outlen) {
    out[0] = '\0';
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    if (fd < 0)
        return -1;
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    if (connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0 ||
        write(fd, data, len) != (ssize_t)len) {
        close(fd);
        return -1;
    }
    if (half_close)
        shutdown(fd, SHUT_WR);
    size_t got = 0;
    ssize_t r;
    while (got < outlen - 1 && (r = read(fd, out + got, outlen - 1 - got)) > 0)
        got += (size_t)r;
    out[got] = '\0';
    close(fd);
    return (int)got;
}

int ll_t_http(int port, const char *method, const char *path, const char *headers, const char *body,
              size_t bodylen, char *resp, size_t resplen) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET,
                            .sin_port = htons((uint16_t)port),
                            .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    struct timeval tv = {10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    char head[4096];
    int hn = snprintf(head, sizeof(head),
                      "%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n%s"
                      "Content-Length: %zu\r\n\r\n",
                      method, path, headers ? headers : "", bodylen);
    if (write(fd, head, (size_t)hn) != hn ||
        (bodylen && write(fd, body, bodylen) != (ssize_t)bodylen)) {
        close(fd);
        return -1;
    }
    /* Per call, not static: benchmark probes call this from several threads. */
    const size_t cap = 1 << 20;
    char *buf = malloc(cap);
    if (!buf) {
        close(fd);
        return -1;
    }
    size_t got = 0;
    ssize_t r;
    while (got < cap - 1 && (r = read(fd, buf + got, cap - 1 - got)) > 0)
        got += (size_t)r;
    close(fd);
    buf[got] = '\0';
    int status = -1;
    if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1) {
        free(buf);
        return -1;
    }
    if (resp && resplen) {
        const char *b = strstr(buf, "\r\n\r\n");
        snprintf(resp, resplen, "%s", b ? b + 4 : "");
    }
    free(buf);
    return status;
}

int ll_t_http_warm(int port, const char *method, const char *path, const char *headers,
                   const char *body, size_t bodylen, char *resp, size_t resplen, int timeout_ms) {
    long long end = ll_t_now_ms() + timeout_ms;
    int st;
    while ((st = ll_t_http(port, method, path, headers, body, bodylen, resp, resplen)) == 503 &&
           ll_t_now_ms() < end)
        ll_t_sleep_ms(200);
    return st;
}

int ll_t_wait_http(int port, const char *path, int want, int timeout_ms) {
    long long end = ll_t_now_ms() + timeout_ms;
    int st = -1;
    while (ll_t_now_ms() < end) {
        st = ll_t_http(port, "GET", path, NULL, NULL, 0, NULL, 0);
        if (st == want)
            return st;
        ll_t_sleep_ms(100);
    }
    return st;
}

void ll_t_topics_create(const char *cfg) {
    char cmd[1024];
    snprintf(cmd, sizeof(cmd), "'%s' topics -c '%s' 2>/dev/null", ll_t_bin(), cfg);
    if (system(cmd) != 0) {
        fprintf(stderr, "luisterloop topics failed\n");
        exit(1);
    }
}

static void t_dr(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
    (void)rk;
    int *bad = opaque;
    if (m->err) {
        fprintf(stderr, "test produce: %s\n", rd_kafka_err2str(m->err));
        (*bad)++;
    }
}

void ll_t_produce(const char *topic, const char *key, const char **values, const size_t *lens,
                  int n) {
    char e[512];
    int bad = 0;
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", ll_t_kafka(), e, sizeof(e));
    rd_kafka_conf_set(conf, "enable.idempotence", "true", e, sizeof(e));
    rd_kafka_conf_set(conf, "linger.ms", "5", e, sizeof(e));
    rd_kafka_conf_set_dr_msg_cb(conf, t_dr);
    rd_kafka_conf_set_opaque(conf, &bad);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, e, sizeof(e));
    for (int i = 0; i < n; i++) {
        for (;;) {
            rd_kafka_resp_err_t err = rd_kafka_producev(
                rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, key ? strlen(key) : 0),
                RD_KAFKA_V_VALUE((void *)values[i], lens ? lens[i] : strlen(values[i])),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
            if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                rd_kafka_poll(rk, 50);
                continue;
            }
            if (err) {
                fprintf(stderr, "produce: %s\n", rd_kafka_err2str(err));
                exit(1);
            }
            break;
        }
        rd_kafka_poll(rk, 0);
    }
    if (rd_kafka_flush(rk, 30000) != 0 || bad) {
        fprintf(stderr, "test produce: not all acknowledged\n");
        exit(1);
    }
    rd_kafka_destroy(rk);
}

int ll_t_consume_all(const char *topic, int read_committed, int idle_ms, ll_t_msg_fn fn,
                     void *arg) {
    char e[512], group[128];
    ll_t_unique(group, sizeof(group), "reader");
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", ll_t_kafka(), e, sizeof(e));
    rd_kafka_conf_set(conf, "group.id", group, e, sizeof(e));
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", e, sizeof(e));
    rd_kafka_conf_set(conf, "enable.partition.eof", "true", e, sizeof(e));
    rd_kafka_conf_set(conf, "isolation.level",
                      read_committed ? "read_committed" : "read_uncommitted", e, sizeof(e));
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, e, sizeof(e));
    const rd_kafka_metadata_t *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    if (rd_kafka_metadata(rk, 0, rkt, &md, 10000) != 0 || md->topic_cnt != 1 || md->topics[0].err) {
        fprintf(stderr, "metadata for %s failed\n", topic);
        exit(1);
    }
    int np = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(np);
    for (int p = 0; p < np; p++)
        rd_kafka_topic_partition_list_add(l, topic, p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(rk, l);
    rd_kafka_topic_partition_list_destroy(l);
    int count = 0;
    int *eof = calloc((size_t)np, sizeof(int));
    long long last = ll_t_now_ms();
    for (;;) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (m) {
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                eof[m->partition] = 1;
            } else if (m->err) {
                fprintf(stderr, "consume: %s\n", rd_kafka_message_errstr(m));
            } else {
                eof[m->partition] = 0;
                count++;
                last = ll_t_now_ms();
                if (fn)
                    fn(m->key, m->key_len, m->payload, m->len, arg);
            }
            rd_kafka_message_destroy(m);
        }
        int all = 1;
        for (int p = 0; p < np; p++)
            all &= eof[p];
        if (all && ll_t_now_ms() - last >= idle_ms)
            break;
        if (ll_t_now_ms() - last > 60000) {
            fprintf(stderr, "consume %s: stuck\n", topic);
            break;
        }
    }
    free(eof);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return count;
}

struct ll_t_progress {
    rd_kafka_t *rk;
    char *topic;
    int np; /* partitions, 0 until the metadata has come */
    rd_kafka_topic_partition_list_t *l;
};

ll_t_progress *ll_t_progress_new(const char *group, const char *topic) {
    char e[512];
    ll_t_progress *pg = calloc(1, sizeof(*pg));
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", ll_t_kafka(), e, sizeof(e));
    rd_kafka_conf_set(conf, "group.id", group, e, sizeof(e));
    rd_kafka_conf_set(conf, "isolation.level", "read_committed", e, sizeof(e));
    if (!pg || !(pg->topic = strdup(topic)) ||
        !(pg->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, e, sizeof(e)))) {
        if (!pg || !pg->rk)
            rd_kafka_conf_destroy(conf);
        ll_t_progress_free(pg);
        return NULL;
    }
    return pg;
}

void ll_t_progress_read(ll_t_progress *pg, long long *committed, long long *end) {
    *committed = *end = 0;
    if (!pg->np) {
        const rd_kafka_metadata_t *md = NULL;
        rd_kafka_topic_t *rkt = rd_kafka_topic_new(pg->rk, pg->topic, NULL);
        if (rd_kafka_metadata(pg->rk, 0, rkt, &md, 10000) == 0 && md->topic_cnt == 1 &&
            md->topics[0].partition_cnt > 0) {
            pg->np = md->topics[0].partition_cnt;
            pg->l = rd_kafka_topic_partition_list_new(pg->np);
            for (int p = 0; p < pg->np; p++)
                rd_kafka_topic_partition_list_add(pg->l, pg->topic, p);
        }
        if (md)
            rd_kafka_metadata_destroy(md);
        rd_kafka_topic_destroy(rkt);
        if (!pg->np)
            return;
    }
    if (rd_kafka_committed(pg->rk, pg->l, 10000) == 0)
        for (int p = 0; p < pg->np; p++)
            if (pg->l->elems[p].offset >= 0)
                *committed += pg->l->elems[p].offset;
    for (int p = 0; p < pg->np; p++) {
        int64_t lo, hi;
        if (rd_kafka_query_watermark_offsets(pg->rk, pg->topic, p, &lo, &hi, 10000) == 0)
            *end += hi;
    }
}

void ll_t_progress_free(ll_t_progress *pg) {
    if (!pg)
        return;
    if (pg->l)
        rd_kafka_topic_partition_list_destroy(pg->l);
    if (pg->rk)
        rd_kafka_destroy(pg->rk);
    free(pg->topic);
    free(pg);
}

void ll_t_group_progress(const char *group, const char *topic, long long *committed,
                         long long *end) {
    ll_t_progress *pg = ll_t_progress_new(group, topic);
    *committed = *end = 0;
    if (pg)
        ll_t_progress_read(pg, committed, end);
    ll_t_progress_free(pg);
}

/* Runs the binary with args (NULL-terminated, after the binary's name), stdin
 * from infile, stdout and stderr appended to outfile and errfile (the same
 * file is fine); waits up to timeout_ms. */
static int run_child(const char *const *args, const char *infile, const char *outfile,
                     const char *errfile, int timeout_ms) {
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        die_with_parent(parent);
        int in = open(infile, O_RDONLY);
        int out = open(outfile, O_WRONLY | O_CREAT | O_APPEND, 0644);
        int err = strcmp(outfile, errfile) == 0
                      ? out
                      : open(errfile, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (in < 0 || out < 0 || err < 0)
            _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        setenv("LUISTERLOOP_PSEUDONYM_KEY", "integration-test-secret-0123456789", 1);
        const char *argv[32] = {ll_t_bin()};
        for (int i = 0; args[i] && i < 30; i++)
            argv[i + 1] = args[i];
        execv(ll_t_bin(), (char *const *)argv);
        _exit(127);
    }
    return ll_t_wait(pid, timeout_ms);
}

int ll_t_run_stdin(const char *role, const char *cfg, const char *logfile, const char *extra1,
                   const char *extra2, const char *infile, int timeout_ms) {
    const char *args[] = {role, "-c", cfg, extra1, extra2, NULL};
    return run_child(args, infile, logfile, logfile, timeout_ms);
}

int ll_t_run(const char *const *args, const char *outfile, const char *errfile, int timeout_ms) {
    unlink(outfile);
    unlink(errfile);
    return run_child(args, "/dev/null", outfile, errfile, timeout_ms);
}

int ll_t_cloudevents_check(const char *topic, const char *type, int min) {
    const char *cp = need_env("LL_TEST_CLOUDEVENTS_CP");
    char mins[16];
    snprintf(mins, sizeof(mins), "%d", min);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        die_with_parent(parent);
        dup2(2, 1); /* its summary next to the test's own report */
        execlp("java", "java", "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", cp, "CloudEventsCheck",
               ll_t_kafka(), topic, type, mins, (char *)NULL);
        perror("java");
        _exit(127);
    }
    return ll_t_wait(pid, 120000);
}

int ll_t_file_has(const char *path, const char *ere) {
    regex_t re;
    if (regcomp(&re, ere, REG_EXTENDED | REG_NOSUB) != 0) {
        fprintf(stderr, "bad regular expression: %s\n", ere);
        exit(1);
    }
    FILE *f = fopen(path, "r");
    if (!f && errno == ENOENT) {
        /* A role that has not started yet has written nothing: polling
         * loops ask before its log exists. */
        regfree(&re);
        return 0;
    }
    if (!f) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        exit(1);
    }
    char *line = NULL;
    size_t cap = 0;
    int found = 0;
    while (!found && getline(&line, &cap, f) >= 0)
        found = regexec(&re, line, 0, NULL, 0) == 0;
    free(line);
    fclose(f);
    regfree(&re);
    return found;
}

static int redis_stack(const char *what, const char *log) {
    const char *rdir = getenv("LL_TEST_REDIS_DIR"), *src = getenv("LL_TEST_SOURCE_DIR");
    if (!rdir || !*rdir || !src) {
        fprintf(stderr,
                "LL_TEST_REDIS_DIR or LL_TEST_SOURCE_DIR not set (not under tests/run.sh)\n");
        return -1;
    }
    char cmd[1400];
    int n = snprintf(cmd, sizeof(cmd), "bash -c '. %s/deploy/lib/stack.sh && %s' >>%s 2>&1", src,
                     what, log);
    if (n < 0 || (size_t)n >= sizeof(cmd))
        return -1;
    return system(cmd) == 0 ? 0 : -1;
}

int ll_t_redis_stop(const char *log) {
    char what[600];
    snprintf(what, sizeof(what), "ll_redis_stop %s",
             getenv("LL_TEST_REDIS_DIR") ? getenv("LL_TEST_REDIS_DIR") : "");
    return redis_stack(what, log);
}

int ll_t_redis_drop_aof(const char *log) {
    char what[600];
    snprintf(what, sizeof(what), "rm -rf %s/appendonlydir",
             getenv("LL_TEST_REDIS_DIR") ? getenv("LL_TEST_REDIS_DIR") : "");
    return redis_stack(what, log);
}

int ll_t_redis_start(const char *mode, const char *log) {
    const char *rdir = getenv("LL_TEST_REDIS_DIR");
    char what[600];
    snprintf(what, sizeof(what), "ll_redis_start %s %s %s", rdir ? rdir : "",
             strrchr(ll_t_redis(), ':') + 1, mode);
    return redis_stack(what, log);
}
