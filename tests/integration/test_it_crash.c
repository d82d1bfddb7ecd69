/* test_it_crash.c - kill -9 of the processor in the middle of 100,000 events: after a
 * restart a read_committed reader sees every id exactly once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "harness.h"

#define N_EVENTS 100000

typedef struct tally {
    char prefix[128];
    int *hits;
    int other;
} tally;

static void count(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    tally *t = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const cJSON *id = j ? cJSON_GetObjectItemCaseSensitive(j, "id") : NULL;
    size_t pl = strlen(t->prefix);
    if (cJSON_IsString(id) && strncmp(id->valuestring, t->prefix, pl) == 0) {
        int i = atoi(id->valuestring + pl);
        if (i >= 0 && i < N_EVENTS)
            t->hits[i]++;
        else
            t->other++;
    } else {
        t->other++;
    }
    cJSON_Delete(j);
}

static void kill9_mid_stream_loses_nothing_twice_nothing(void **state) {
    (void)state;
    char tag[96], dir[256], cfg[300], raw[160], enriched[160], group[160];
    ll_t_unique(tag, sizeof(tag), "crash");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_config_write(cfg, tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    /* Transactions of 500, so the kill lands between many of them; two in
     * flight, so it also lands between one batch's offsets and its commit
     * while the next has produced (the commit order across lanes). */
    ll_t_config_set(cfg, "process", "batch_max", "500");
    ll_t_config_set(cfg, "process", "transactions_in_flight", "2");
    ll_t_topics_create(cfg);
    snprintf(raw, sizeof(raw), "raw.%s", tag);
    snprintf(enriched, sizeof(enriched), "enriched.%s", tag);
    snprintf(group, sizeof(group), "group.%s", tag);

    tally t = {.hits = calloc(N_EVENTS, sizeof(int))};
    snprintf(t.prefix, sizeof(t.prefix), "%s-", tag);
    char **vals = calloc(N_EVENTS, sizeof(char *));
    for (int i = 0; i < N_EVENTS; i++) {
        vals[i] = malloc(1024);
        snprintf(vals[i], 1024,
                 "{\"specversion\":\"1.0\",\"id\":\"%s%d\",\"source\":\"/test\",\"type\":"
                 "\"nl.luisterloop.feedback.received\",\"time\":\"2026-11-28T10:00:00Z\","
                 "\"data\":{\"channel\":\"web\",\"kind\":\"report\",\"initiated\":\"reactive\","
                 "\"text\":\"Melding %d: lantaarnpaal kapot in de Dorpsstraat\","
                 "\"received_at\":\"2026-11-28T10:00:00Z\",\"source_ref\":\"r%d\"}}",
                 t.prefix, i, i, i);
    }
    ll_t_produce(raw, NULL, (const char **)vals, NULL, N_EVENTS);
    for (int i = 0; i < N_EVENTS; i++)
        free(vals[i]);
    free(vals);

    char log[300];
    snprintf(log, sizeof(log), "%s/process.log", dir);
    pid_t p = ll_t_spawn("process", cfg, log, NULL, NULL);
    long long done = 0, end = 0, t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < 60000) {
        ll_t_group_progress(group, raw, &done, &end);
        if (done >= N_EVENTS / 5)
            break;
        ll_t_sleep_ms(10);
    }
    kill(p, SIGKILL);
    waitpid(p, NULL, 0);
    print_message("killed with %lld of %lld committed\n", done, end);
    assert_true(done < N_EVENTS); /* the kill really was mid-stream */

    p = ll_t_spawn("process", cfg, log, NULL, NULL);
    t0 = ll_t_now_ms();
    do {
        ll_t_group_progress(group, raw, &done, &end);
        if (done >= end)
            break;
        ll_t_sleep_ms(200);
    } while (ll_t_now_ms() - t0 < 120000);
    assert_int_equal(done, end);
    assert_int_equal(ll_t_stop(p, SIGTERM, 20000), 0);

    int n = ll_t_consume_all(enriched, 1, 500, count, &t);
    int missing = 0, twice = 0;
    for (int i = 0; i < N_EVENTS; i++) {
        missing += t.hits[i] == 0;
        twice += t.hits[i] > 1;
    }
    int uncommitted = ll_t_consume_all(enriched, 0, 500, NULL, NULL);
    print_message("read_committed %d events (%d missing, %d twice, %d other); "
                  "read_uncommitted %d\n",
                  n, missing, twice, t.other, uncommitted);
    assert_int_equal(missing, 0);
    assert_int_equal(twice, 0);
    assert_int_equal(t.other, 0);
    assert_int_equal(n, N_EVENTS);
    free(t.hits);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(kill9_mid_stream_loses_nothing_twice_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
