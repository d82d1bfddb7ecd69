/* test_it_escalations.c - `luisterloop escalations TEAM list|claim|ack|release` on the real
 * Redis: the life of a case (new, claimed, released, stale, done) and every bad argument. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escalation.h"
#include "harness.h"
#include "keys.h"

static struct {
    char tag[96], dir[256], cfg[300], out[300], err[300];
    char team[LL_MAX_TEAM_BYTES + 1], key[128];
    char ids[3][48];
    redisContext *redis;
} S;

/* Puts an escalation on the team's stream the way escalate does: the
 * builder's fields, so the tool is tested on what it will really read. */
static void add_case(const char *event_id, const char *level, char *id_out) {
    char json[2048];
    snprintf(json, sizeof(json),
             "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/t\","
             "\"type\":\"nl.luisterloop.feedback.enriched\",\"time\":\"2026-11-29T10:00:00Z\","
             "\"datacontenttype\":\"application/json\",\"data\":{\"channel\":\"web\","
             "\"kind\":\"complaint\",\"text\":\"Er is een gaslucht in de Kerkstraat\","
             "\"received_at\":\"2026-11-29T09:59:59Z\",\"theme\":\"openbare-ruimte\","
             "\"area\":{\"wijk\":\"Noord\"},\"urgency\":{\"level\":\"%s\",\"reasons\":"
             "[\"acute danger: gas\"],\"advice\":\"Bel bij gaslucht 0800-9009\"}}}",
             event_id, level);
    ll_err err;
    cJSON *ev = ll_json_parse(json, strlen(json), LL_MAX_EVENT_BYTES, &err);
    assert_non_null(ev);
    ll_routes rs;
    memset(&rs, 0, sizeof(rs));
    snprintf(rs.default_team, sizeof(rs.default_team), "%s", S.team);
    ll_escalation esc;
    assert_int_equal(ll_escalation_build(ev, &rs, 400, &esc, &err), 1);
    cJSON_Delete(ev);
    char *vals[LL_ESC_MAX_FIELDS];
    size_t lens[LL_ESC_MAX_FIELDS];
    int n = ll_escalation_fields(&esc, vals, lens, LL_ESC_MAX_FIELDS);
    assert_true(n > 0);
    const char *argv[LL_ESC_MAX_FIELDS + 3] = {"XADD", S.key, "*"};
    size_t argl[LL_ESC_MAX_FIELDS + 3] = {4, strlen(S.key), 1};
    for (int i = 0; i < n; i++) {
        argv[3 + i] = vals[i];
        argl[3 + i] = lens[i];
    }
    redisReply *r = redisCommandArgv(S.redis, 3 + n, argv, argl);
    assert_non_null(r);
    assert_int_equal(r->type, REDIS_REPLY_STRING);
    snprintf(id_out, 48, "%s", r->str);
    freeReplyObject(r);
    ll_escalation_fields_free(vals, n);
    ll_escalation_clear(&esc);
    ll_routes_free(&rs);
}

static int setup(void **state) {
    (void)state;
    ll_t_unique(S.tag, sizeof(S.tag), "esc");
    ll_t_workspace(S.tag, S.dir, sizeof(S.dir), S.cfg, sizeof(S.cfg));
    snprintf(S.out, sizeof(S.out), "%s/out", S.dir);
    snprintf(S.err, sizeof(S.err), "%s/err", S.dir);
    snprintf(S.team, sizeof(S.team), "crisis-%.50s", S.tag);
    snprintf(S.key, sizeof(S.key), LL_KEY_ESC_FMT, S.team);
    ll_t_config_write(S.cfg, S.tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    FILE *f = fopen(S.cfg, "a");
    if (!f)
        return -1;
    fprintf(f,
            "[escalate]\nroute = level=critical -> %s\ndefault_team = kcc-%s\nclaim_idle_s = 1\n",
            S.team, S.tag);
    fclose(f);
    const char *host = ll_t_redis();
    const char *colon = strrchr(host, ':');
    char h[64];
    snprintf(h, sizeof(h), "%.*s", (int)(colon - host), host);
    S.redis = redisConnect(h, atoi(colon + 1));
    if (!S.redis || S.redis->err)
        return -1;
    redisReply *r = redisCommand(S.redis, "XGROUP CREATE %s %s 0 MKSTREAM", S.key, LL_ESC_GROUP);
    freeReplyObject(r);
    for (int i = 0; i < 3; i++) {
        char ev[32];
        snprintf(ev, sizeof(ev), "ev-%d", i);
        add_case(ev, i == 1 ? "high" : "critical", S.ids[i]);
    }
    return 0;
}

static int teardown(void **state) {
    (void)state;
    redisReply *r = redisCommand(S.redis, "DEL %s", S.key);
    freeReplyObject(r);
    redisFree(S.redis);
    return 0;
}

/* Runs `escalations` with up to five arguments after the team. */
static int esc(const char *a1, const char *a2, const char *a3, const char *a4, const char *a5) {
    const char *args[] = {"escalations", "-c", S.cfg, a1, a2, a3, a4, a5, NULL};
    return ll_t_run(args, S.out, S.err, 20000);
}

/* The JSON lines of the last run's stdout, as an array. */
static cJSON *out_lines(void) {
    FILE *f = fopen(S.out, "r");
    assert_non_null(f);
    cJSON *a = cJSON_CreateArray();
    char line[16384];
    while (fgets(line, sizeof(line), f)) {
        cJSON *o = cJSON_Parse(line);
        if (!o)
            fail_msg("not a JSON line: %s", line);
        cJSON_AddItemToArray(a, o);
    }
    fclose(f);
    return a;
}

static const char *line_str(const cJSON *a, int i, const char *name) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(a, i), name);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static void case_lifecycle(void **state) {
    (void)state;
    /* Three new cases, oldest first, with the fields an operator needs. */
    assert_int_equal(esc(S.team, "list", "--json", NULL, NULL), 0);
    cJSON *a = out_lines();
    assert_int_equal(cJSON_GetArraySize(a), 3);
    for (int i = 0; i < 3; i++) {
        assert_string_equal(line_str(a, i, "stream_id"), S.ids[i]);
        assert_string_equal(line_str(a, i, "state"), "new");
    }
    assert_string_equal(line_str(a, 0, "advice"), "Bel bij gaslucht 0800-9009");
    assert_string_equal(line_str(a, 1, "level"), "high");
    assert_string_equal(line_str(a, 0, "wijk"), "Noord");
    assert_true(cJSON_IsArray(cJSON_GetObjectItem(cJSON_GetArrayItem(a, 0), "reasons")));
    cJSON_Delete(a);

    /* Claims take the oldest new case, each once. */
    assert_int_equal(esc(S.team, "claim", "--as", "anna", "--json"), 0);
    a = out_lines();
    assert_string_equal(line_str(a, 0, "stream_id"), S.ids[0]);
    assert_string_equal(line_str(a, 0, "consumer"), "anna");
    cJSON_Delete(a);
    assert_int_equal(esc(S.team, "claim", "--as", "bob", "--json"), 0);
    a = out_lines();
    assert_string_equal(line_str(a, 0, "stream_id"), S.ids[1]);
    cJSON_Delete(a);

    /* A released case goes to the next claim before any new one. */
    assert_int_equal(esc(S.team, "release", S.ids[0], "--json", NULL), 0);
    assert_int_equal(esc(S.team, "list", "--json", NULL, NULL), 0);
    a = out_lines();
    assert_string_equal(line_str(a, 0, "state"), "released");
    assert_string_equal(line_str(a, 1, "state"), "claimed");
    assert_string_equal(line_str(a, 1, "consumer"), "bob");
    assert_string_equal(line_str(a, 2, "state"), "new");
    cJSON_Delete(a);
    assert_int_equal(esc(S.team, "claim", "--as", "carol", "--json"), 0);
    a = out_lines();
    assert_string_equal(line_str(a, 0, "stream_id"), S.ids[0]);
    assert_string_equal(line_str(a, 0, "consumer"), "carol");
    cJSON_Delete(a);

    /* Done once; a second ack or a release of a done case is refused. */
    assert_int_equal(esc(S.team, "ack", S.ids[0], NULL, NULL), 0);
    assert_int_equal(esc(S.team, "ack", S.ids[0], NULL, NULL), 65);
    assert_true(ll_t_file_has(S.err, "not an open case"));
    assert_int_equal(esc(S.team, "release", S.ids[0], NULL, NULL), 65);
    assert_int_equal(esc(S.team, "release", S.ids[2], NULL, NULL), 65); /* never claimed */

    /* A claim older than claim_idle_s (1 s here) is taken over before new work. */
    ll_t_sleep_ms(1300);
    assert_int_equal(esc(S.team, "claim", "--as", "dave", "--json"), 0);
    a = out_lines();
    assert_string_equal(line_str(a, 0, "stream_id"), S.ids[1]);
    assert_string_equal(line_str(a, 0, "consumer"), "dave");
    cJSON_Delete(a);
    assert_int_equal(esc(S.team, "ack", S.ids[1], "--json", NULL), 0);
    assert_int_equal(esc(S.team, "claim", "--as", "erik", NULL), 0);
    assert_true(ll_t_file_has(S.out, S.ids[2]));
    assert_true(ll_t_file_has(S.out, "claimed by erik"));
    assert_true(ll_t_file_has(S.out, "ADVICE: Bel bij gaslucht"));
    /* once: the summary line below it no longer repeats it */
    assert_false(ll_t_file_has(S.out, "^    Bel bij gaslucht"));
    assert_int_equal(esc(S.team, "ack", S.ids[2], NULL, NULL), 0);

    /* Nothing left: exit 0, nothing on stdout. */
    assert_int_equal(esc(S.team, "claim", "--json", NULL, NULL), 0);
    a = out_lines();
    assert_int_equal(cJSON_GetArraySize(a), 0);
    cJSON_Delete(a);
    assert_true(ll_t_file_has(S.err, "no open case"));
    assert_int_equal(esc(S.team, "list", "--json", NULL, NULL), 0);
    a = out_lines();
    assert_int_equal(cJSON_GetArraySize(a), 0);
    cJSON_Delete(a);
}

/* Each bad command line: exit 64 and a message that says what is wrong. */
static void bad_arguments(void **state) {
    (void)state;
    static const struct {
        const char *a[5];
        const char *needle;
    } cases[] = {
        {{NULL}, "usage"},
        {{"crisis", NULL}, "usage"},
        {{"cri:sis", "list"}, "team 'cri:sis'"},
        {{"{x}", "list"}, "team '.x.'"},
        {{"crisis", "open"}, "unknown command 'open'"},
        {{"crisis", "ack"}, "needs the case's stream id"},
        {{"crisis", "ack", "12"}, "not a stream id"},
        {{"crisis", "release", "1-2-3"}, "not a stream id"},
        {{"crisis", "ack", "1-x"}, "not a stream id"},
        {{"crisis", "list", "1-0"}, "takes no id"},
        {{"crisis", "list", "--as", "anna"}, "--as goes with claim only"},
        {{"crisis", "claim", "--as"}, "needs a value"},
        {{"crisis", "claim", "--as", "an na"}, "--as 'an na'"},
        {{"crisis", "claim", "--as", "released"}, "not 'released'"},
        {{"crisis", "list", "--count", "0"}, "--count '0'"},
        {{"crisis", "list", "--count", "5x"}, "--count '5x'"},
        {{"crisis", "claim", "--count", "5"}, "--count goes with list only"},
        {{"crisis", "list", "--verbose"}, "unknown option '--verbose'"},
        {{"crisis", "ack", "1-0", "2-0"}, "unexpected argument '2-0'"},
        {{"no-such-team-xyz", "list"}, "unknown team 'no-such-team-xyz'"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int rc = esc(cases[i].a[0], cases[i].a[1], cases[i].a[2], cases[i].a[3], cases[i].a[4]);
        if (rc != 64)
            fail_msg("case %zu: exit %d, want 64", i, rc);
        if (!ll_t_file_has(S.err, cases[i].needle))
            fail_msg("case %zu: stderr lacks '%s'", i, cases[i].needle);
    }
}

static void redis_unreachable(void **state) {
    (void)state;
    char cfg[320];
    snprintf(cfg, sizeof(cfg), "%s/down.conf", S.dir);
    FILE *f = fopen(cfg, "w");
    assert_non_null(f);
    fprintf(f, "[common]\nredis = 127.0.0.1:%d\n", ll_t_free_port());
    fclose(f);
    const char *args[] = {"escalations", "-c", cfg, "crisis", "list", NULL};
    assert_int_equal(ll_t_run(args, S.out, S.err, 20000), 69);
    assert_true(ll_t_file_has(S.err, "refused"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(case_lifecycle),
        cmocka_unit_test(bad_arguments),
        cmocka_unit_test(redis_unreachable),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
