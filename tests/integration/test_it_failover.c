/* test_it_failover.c - Redis behind Sentinel: the processor follows a failover of its master
 * mid-stream, every acknowledged event is enriched exactly once, and no thread decision of
 * a committed batch is lost (the batch's Redis writes WAIT for the replica before it commits). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define CITIZENS 40
#define PER_PHASE 120 /* events posted before the failover, and again during and after it */
#define MAX_EVENTS (2 * PER_PHASE)
#define AUTH \
    "Authorization: Bearer test-token-0123456789abcdef\r\nContent-Type: application/json\r\n"

static struct {
    char tag[96], cfg[300], dir[256], enriched[160], raw[160], group[160], src[512];
    int web_port, dash_port, proc_port, master, replica, sentinel[3];
    pid_t web, proc;
    char ids[MAX_EVENTS][64];
    int nids;
} S;

/* Runs a function of deploy/lib/stack.sh; 0 when it succeeded. */
static int stack(const char *fmt, ...) {
    char call[1024], cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(call, sizeof(call), fmt, ap);
    va_end(ap);
    snprintf(cmd, sizeof(cmd), "LL_STACK_QUIET=1 bash -c '. %s/deploy/lib/stack.sh && %s'", S.src,
             call);
    return system(cmd) == 0 ? 0 : -1;
}

static int setup(void **state) {
    (void)state;
    const char *src = getenv("LL_TEST_SOURCE_DIR");
    if (!src)
        return -1;
    snprintf(S.src, sizeof(S.src), "%s", src);
    ll_t_unique(S.tag, sizeof(S.tag), "failover");
    ll_t_workspace(S.tag, S.dir, sizeof(S.dir), S.cfg, sizeof(S.cfg));
    snprintf(S.raw, sizeof(S.raw), "raw.%s", S.tag);
    snprintf(S.enriched, sizeof(S.enriched), "enriched.%s", S.tag);
    snprintf(S.group, sizeof(S.group), "group.%s", S.tag);
    S.master = ll_t_free_port();
    S.replica = ll_t_free_port();
    for (int i = 0; i < 3; i++)
        S.sentinel[i] = ll_t_free_port();
    if (stack("ll_redis_start %s/master %d none && ll_redis_replica_start %s/replica %d %d", S.dir,
              S.master, S.dir, S.replica, S.master) != 0)
        return -1;
    for (int i = 0; i < 3; i++)
        if (stack("ll_sentinel_start %s/sentinel%d %d llt %d 2", S.dir, i, S.sentinel[i],
                  S.master) != 0)
            return -1;
    S.web_port = ll_t_free_port();
    S.dash_port = ll_t_free_port();
    S.proc_port = ll_t_free_port();
    ll_t_config_write(S.cfg, S.tag, S.web_port, S.dash_port, S.proc_port);
    FILE *f = fopen(S.cfg, "a");
    if (!f)
        return -1;
    /* One replica confirms every batch's marks and threads before its commit. */
    fprintf(f, "[process]\nredis_wait_replicas = 1\nredis_wait_timeout_ms = 2000\n");
    fclose(f);
    char url[256];
    snprintf(url, sizeof(url), "redis+sentinel://127.0.0.1:%d,127.0.0.1:%d,127.0.0.1:%d/llt",
             S.sentinel[0], S.sentinel[1], S.sentinel[2]);
    setenv("LUISTERLOOP_REDIS", url, 1); /* every role started below finds Redis through Sentinel */
    ll_t_topics_create(S.cfg);
    char log[320];
    snprintf(log, sizeof(log), "%s/web.log", S.dir);
    S.web = ll_t_spawn("web", S.cfg, log, NULL, NULL);
    snprintf(log, sizeof(log), "%s/process.log", S.dir);
    S.proc = ll_t_spawn("process", S.cfg, log, NULL, NULL);
    if (ll_t_wait_http(S.web_port, "/readyz", 200, 30000) != 200 ||
        ll_t_wait_http(S.proc_port, "/readyz", 200, 30000) != 200) {
        fprintf(stderr, "roles did not become ready; logs in %s\n", S.dir);
        return -1;
    }
    return 0;
}

static int teardown(void **state) {
    (void)state;
    int a = ll_t_stop(S.web, SIGTERM, 15000), b = ll_t_stop(S.proc, SIGTERM, 20000);
    for (int i = 0; i < 3; i++)
        stack("ll_sentinel_stop %s/sentinel%d", S.dir, i);
    stack("ll_redis_stop %s/replica; ll_redis_stop %s/master", S.dir, S.dir);
    unsetenv("LUISTERLOOP_REDIS");
    if (a != 0 || b != 0) {
        fprintf(stderr, "exit codes on SIGTERM: web %d process %d (logs in %s)\n", a, b, S.dir);
        return -1;
    }
    return 0;
}

/* Posts one complaint of citizen c about the same theme; keeps its id. */
static void post_one(int n) {
    char body[512], resp[512];
    snprintf(body, sizeof(body),
             "{\"kind\":\"complaint\",\"text\":\"De container in de Kerkstraat is weer niet "
             "geleegd (%d).\","
             "\"postcode\":\"3011 AB\",\"citizen\":{\"email\":\"burger%d@example.nl\"}}",
             n, n % CITIZENS);
    int st =
        ll_t_http(S.web_port, "POST", "/v1/feedback", AUTH, body, strlen(body), resp, sizeof(resp));
    if (st != 202)
        fail_msg("POST %d answered %d: %s", n, st, resp);
    cJSON *j = cJSON_Parse(resp);
    snprintf(S.ids[S.nids++], sizeof(S.ids[0]), "%s",
             cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(j, "id")));
    cJSON_Delete(j);
}

static int caught_up(int timeout_ms) {
    long long done = 0, end = 0, t0 = ll_t_now_ms();
    do {
        ll_t_group_progress(S.group, S.raw, &done, &end);
        if (end > 0 && done >= end)
            return 1;
        ll_t_sleep_ms(200);
    } while (ll_t_now_ms() - t0 < timeout_ms);
    return 0;
}

typedef struct audit {
    int hits[MAX_EVENTS];
    char thread_of[MAX_EVENTS][64];
    int contacts_of[MAX_EVENTS];
    char thread[CITIZENS][64]; /* the first thread id seen per citizen pseudonym slot */
    char pseudonym[CITIZENS][80];
    int split; /* events of one citizen in a second thread */
    int unknown;
} audit;

static void on_enriched(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    audit *a = arg;
    cJSON *ev = cJSON_ParseWithLength(val, len);
    const char *id = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "id"));
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const char *ps = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(d, "citizen"), "pseudonym"));
    const char *th = cJSON_GetStringValue(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(d, "thread"), "id"));
    int found = 0;
    for (int i = 0; id && i < S.nids; i++)
        if (strcmp(S.ids[i], id) == 0) {
            a->hits[i]++;
            found = 1;
            snprintf(a->thread_of[i], sizeof(a->thread_of[i]), "%s", th ? th : "-");
            const cJSON *tc = cJSON_GetObjectItemCaseSensitive(
                cJSON_GetObjectItemCaseSensitive(d, "thread"), "contacts");
            a->contacts_of[i] = cJSON_IsNumber(tc) ? (int)tc->valuedouble : -1;
        }
    a->unknown += !found;
    for (int c = 0; ps && th && c < CITIZENS; c++) {
        if (!a->pseudonym[c][0]) {
            snprintf(a->pseudonym[c], sizeof(a->pseudonym[c]), "%s", ps);
            snprintf(a->thread[c], sizeof(a->thread[c]), "%s", th);
            break;
        }
        if (strcmp(a->pseudonym[c], ps) == 0) {
            a->split += strcmp(a->thread[c], th) != 0;
            break;
        }
    }
    cJSON_Delete(ev);
}

static void master_killed_mid_stream(void **state) {
    (void)state;
    for (int n = 0; n < PER_PHASE; n++)
        post_one(n);
    assert_true(caught_up(60000));

    /* kill -9 of the master while events keep coming. */
    char pidfile[400];
    snprintf(pidfile, sizeof(pidfile), "%s/master/redis.pid", S.dir);
    FILE *f = fopen(pidfile, "r");
    assert_non_null(f);
    int pid = 0;
    assert_int_equal(fscanf(f, "%d", &pid), 1);
    fclose(f);
    long long t_kill = ll_t_now_ms();
    assert_int_equal(kill(pid, SIGKILL), 0);
    for (int n = PER_PHASE; n < 2 * PER_PHASE; n++) {
        post_one(n);
        if (n % 10 == 0)
            ll_t_sleep_ms(100); /* spread over the failover, which takes a few seconds */
    }
    assert_true(caught_up(90000));
    long long resumed = ll_t_now_ms() - t_kill;

    audit a;
    memset(&a, 0, sizeof(a));
    ll_t_consume_all(S.enriched, 1, 1000, on_enriched, &a);
    int lost = 0, dup = 0;
    for (int i = 0; i < S.nids; i++) {
        lost += a.hits[i] == 0;
        dup += a.hits[i] > 1;
    }
    printf("failover: %d events acknowledged, %d lost, %d duplicated, %d in a second thread; "
           "all enriched %lld ms after the kill\n",
           S.nids, lost, dup, a.split, resumed);
    if (a.split)
        for (int c = 0; c < 3; c++) {
            printf("citizen %d:", c);
            for (int i = c; i < S.nids; i += CITIZENS)
                printf(" #%d %.8s/%d", i, a.thread_of[i], a.contacts_of[i]);
            printf("\n");
        }
    assert_int_equal(lost, 0);
    assert_int_equal(dup, 0);
    assert_int_equal(a.unknown, 0);
    /* Every citizen's complaints stayed one thread across the failover. */
    assert_int_equal(a.split, 0);
    char log[320];
    snprintf(log, sizeof(log), "%s/process.log", S.dir);
    assert_true(ll_t_file_has(log, "redis connected"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(master_killed_mid_stream),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
