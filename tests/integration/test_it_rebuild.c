/* test_it_rebuild.c - `luisterloop process --rebuild --to SUFFIX`: the raw topic from its start
 * into enriched.SUFFIX, each distinct input once, with threads under a Redis namespace of its
 * own; the live topics and keys untouched; a second rebuild derives the same threads; a rebuild
 * run again goes on where it was (adds nothing); bad arguments are refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "keys.h"

#define N_IDS 30     /* distinct inputs */
#define N_REPEATS 10 /* inputs that repeat an earlier id (an adapter's retry) */
#define N_CITIZENS 3

typedef struct seen {
    char prefix[128];
    int hits[N_IDS];
    char thread[N_IDS][160]; /* data.thread.id of each id */
    int other;
} seen;

static void tally(const char *k, size_t kl, const char *v, size_t len, void *arg) {
    (void)k;
    (void)kl;
    seen *s = arg;
    cJSON *j = cJSON_ParseWithLength(v, len);
    const cJSON *id = j ? cJSON_GetObjectItemCaseSensitive(j, "id") : NULL;
    size_t pl = strlen(s->prefix);
    if (!cJSON_IsString(id) || strncmp(id->valuestring, s->prefix, pl) != 0) {
        s->other++;
        cJSON_Delete(j);
        return;
    }
    int i = atoi(id->valuestring + pl);
    if (i < 0 || i >= N_IDS) {
        s->other++;
    } else {
        s->hits[i]++;
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "data");
        const cJSON *th =
            cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(d, "thread"), "id");
        if (cJSON_IsString(th))
            snprintf(s->thread[i], sizeof(s->thread[i]), "%s", th->valuestring);
    }
    cJSON_Delete(j);
}

static redisContext *redis(void) {
    char host[128];
    snprintf(host, sizeof(host), "%s", ll_t_redis());
    char *colon = strrchr(host, ':');
    assert_non_null(colon);
    *colon = '\0';
    redisContext *c = redisConnect(host, atoi(colon + 1));
    assert_true(c && !c->err);
    return c;
}

static long long exists(redisContext *c, const char *key) {
    redisReply *r = redisCommand(c, "EXISTS %s", key);
    assert_true(r && r->type == REDIS_REPLY_INTEGER);
    long long n = r->integer;
    freeReplyObject(r);
    return n;
}

static int rebuild(const char *cfg, const char *suffix, const char *dir, const char *name) {
    char out[300], err[300];
    snprintf(out, sizeof(out), "%s/%s.out", dir, name);
    snprintf(err, sizeof(err), "%s/%s.log", dir, name);
    const char *args[] = {"process", "-c", cfg, "--rebuild", "--to", suffix, NULL};
    return ll_t_run(args, out, err, 180000);
}

static void rebuild_rederives_into_new_topics_and_keys(void **state) {
    (void)state;
    char tag[96], dir[256], cfg[300], raw[160], topic[200], log[300], key[300];
    ll_t_unique(tag, sizeof(tag), "rebuild");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_config_write(cfg, tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    ll_t_topics_create(cfg);
    snprintf(raw, sizeof(raw), "raw.%s", tag);

    /* Three citizens, ten contacts each about the same container, a minute
     * apart; then ten inputs that repeat the first ten ids. Keyed by citizen,
     * so one citizen's contacts keep their order. */
    seen want = {0};
    snprintf(want.prefix, sizeof(want.prefix), "%s-", tag);
    for (int n = 0; n < N_IDS + N_REPEATS; n++) {
        int i = n % N_IDS;
        char ps[40], val[1024], at[32];
        snprintf(ps, sizeof(ps), "ps_%032x", i % N_CITIZENS);
        snprintf(at, sizeof(at), "2026-11-28T10:%02d:00Z", i);
        snprintf(
            val, sizeof(val),
            "{\"specversion\":\"1.0\",\"id\":\"%s%d\",\"source\":\"/test\",\"type\":"
            "\"nl.luisterloop.feedback.received\",\"time\":\"%s\",\"data\":{\"channel\":\"web\","
            "\"kind\":\"complaint\",\"initiated\":\"reactive\",\"text\":\"De container in de "
            "Kerkstraat is weer niet geleegd (%d)\",\"received_at\":\"%s\",\"postcode\":\"3072AB\","
            "\"citizen\":{\"pseudonym\":\"%s\"},\"source_ref\":\"r%d\"}}",
            want.prefix, i, at, i, at, ps, i);
        const char *v = val;
        ll_t_produce(raw, ps, &v, NULL, 1);
    }

    assert_int_equal(rebuild(cfg, "r1", dir, "r1"), 0);
    snprintf(log, sizeof(log), "%s/r1.log", dir);
    assert_int_equal(ll_t_file_has(log, "rebuild r1: 40 of 40 inputs done \\(100\\.0%\\)"), 1);

    seen r1 = {0};
    snprintf(r1.prefix, sizeof(r1.prefix), "%s", want.prefix);
    snprintf(topic, sizeof(topic), "enriched.%s.r1", tag);
    ll_t_consume_all(topic, 1, 1500, tally, &r1);
    for (int i = 0; i < N_IDS; i++) {
        assert_int_equal(r1.hits[i], 1);
        /* One thread per citizen, that of the citizen's first contact. */
        assert_true(r1.thread[i][0]);
        assert_string_equal(r1.thread[i], r1.thread[i % N_CITIZENS]);
    }
    assert_string_not_equal(r1.thread[0], r1.thread[1]);
    assert_string_not_equal(r1.thread[1], r1.thread[2]);
    assert_int_equal(r1.other, 0);

    /* The live pipeline's topic and keys are untouched. */
    seen live = {0};
    snprintf(live.prefix, sizeof(live.prefix), "%s", want.prefix);
    snprintf(topic, sizeof(topic), "enriched.%s", tag);
    assert_int_equal(ll_t_consume_all(topic, 1, 500, tally, &live), 0);
    redisContext *c = redis();
    char id[sizeof(want.prefix) + 8], ps[64];
    snprintf(id, sizeof(id), "%s0", want.prefix);
    snprintf(ps, sizeof(ps), "ps_%032x", 0);
    snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, "", ll_key_shard(id), id);
    assert_int_equal(exists(c, key), 0);
    /* A citizen's event is marked in its thread record, not by a key of its own. */
    snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, "rebuild.r1:", ll_key_shard(id), id);
    assert_int_equal(exists(c, key), 0);
    snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, "", ll_key_shard(ps), ps, "afval");
    long long live_thread = exists(c, key);
    snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, "rebuild.r1:", ll_key_shard(ps), ps, "afval");
    assert_int_equal(exists(c, key), 1);
    redisReply *rec = redisCommand(c, "GET %s", key);
    assert_true(rec && rec->type == REDIS_REPLY_STRING);
    char line[sizeof(id) + 2];
    snprintf(line, sizeof(line), "\r%s\t", id); /* its memo line: the mark */
    assert_non_null(strstr(rec->str, line));
    freeReplyObject(rec);

    /* Run again: it goes on from its group's offsets, so nothing is added. */
    assert_int_equal(rebuild(cfg, "r1", dir, "r1-again"), 0);
    seen again = {0};
    snprintf(again.prefix, sizeof(again.prefix), "%s", want.prefix);
    snprintf(topic, sizeof(topic), "enriched.%s.r1", tag);
    ll_t_consume_all(topic, 1, 1500, tally, &again);
    for (int i = 0; i < N_IDS; i++)
        assert_int_equal(again.hits[i], 1);

    /* A second rebuild from scratch derives the same threads. */
    assert_int_equal(rebuild(cfg, "r2", dir, "r2"), 0);
    seen r2 = {0};
    snprintf(r2.prefix, sizeof(r2.prefix), "%s", want.prefix);
    snprintf(topic, sizeof(topic), "enriched.%s.r2", tag);
    ll_t_consume_all(topic, 1, 1500, tally, &r2);
    for (int i = 0; i < N_IDS; i++) {
        assert_int_equal(r2.hits[i], 1);
        assert_string_equal(r2.thread[i], r1.thread[i]);
    }
    /* Still nothing live (the live thread key may exist from another test's citizen 0). */
    snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, "", ll_key_shard(ps), ps, "afval");
    assert_int_equal(exists(c, key), live_thread);
    redisFree(c);
}

static void rebuild_arguments_are_checked(void **state) {
    (void)state;
    char tag[96], dir[256], cfg[300], out[300], err[300];
    ll_t_unique(tag, sizeof(tag), "rebuild-args");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_config_write(cfg, tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    snprintf(out, sizeof(out), "%s/out", dir);
    snprintf(err, sizeof(err), "%s/err", dir);
    const char *no_to[] = {"process", "-c", cfg, "--rebuild", NULL};
    assert_int_not_equal(ll_t_run(no_to, out, err, 30000), 0);
    assert_int_equal(ll_t_file_has(err, "--rebuild needs --to SUFFIX"), 1);
    const char *bad[] = {"process", "-c", cfg, "--rebuild", "--to", "New/Topic", NULL};
    assert_int_not_equal(ll_t_run(bad, out, err, 30000), 0);
    assert_int_equal(ll_t_file_has(err, "--to 'New/Topic': 1 to 32 of a-z"), 1);
    const char *follow[] = {"process", "-c", cfg, "--follow", NULL};
    assert_int_not_equal(ll_t_run(follow, out, err, 30000), 0);
    assert_int_equal(ll_t_file_has(err, "--follow need --rebuild"), 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rebuild_arguments_are_checked),
        cmocka_unit_test(rebuild_rederives_into_new_topics_and_keys),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
