/* test_it_escalate.c - the escalate role on the real Kafka and Redis: a critical POST reaches
 * its team's stream and feedback.escalations once; firing alerts once per incident; kill -9,
 * aborted transactions and a Redis restart leave no duplicate; and no identifier gets out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <hiredis/hiredis.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define AUTH "Authorization: Bearer test-token-0123456789abcdef\r\n"
#define JSON "Content-Type: application/json\r\n"
#define MAX_SEEN 20000

typedef struct env {
    char tag[96], dir[256], cfg[300], enriched[160], alerts[160], escalations[160], group[160];
    char crisis[64], noord[64], kcc[64];
    int web_port, proc_port;
} env;

static redisContext *redis(void) {
    const char *host = ll_t_redis();
    const char *colon = strrchr(host, ':');
    char h[64];
    snprintf(h, sizeof(h), "%.*s", (int)(colon - host), host);
    redisContext *c = redisConnect(h, atoi(colon + 1));
    assert_non_null(c);
    assert_int_equal(c->err, 0);
    return c;
}

static void env_new(env *e, const char *what, int batch_max) {
    /* "fixture-": these enriched topics carry identifiers on purpose (to prove
     * escalate drops them); test_it_process's privacy scan skips them. */
    char fixture[64];
    snprintf(fixture, sizeof(fixture), "fixture-%s", what);
    ll_t_unique(e->tag, sizeof(e->tag), fixture);
    ll_t_workspace(e->tag, e->dir, sizeof(e->dir), e->cfg, sizeof(e->cfg));
    e->web_port = ll_t_free_port();
    e->proc_port = ll_t_free_port();
    ll_t_config_write(e->cfg, e->tag, e->web_port, ll_t_free_port(), e->proc_port);
    snprintf(e->crisis, sizeof(e->crisis), "crisis-%.40s", e->tag);
    snprintf(e->noord, sizeof(e->noord), "noord-%.40s", e->tag);
    snprintf(e->kcc, sizeof(e->kcc), "kcc-%.40s", e->tag);
    FILE *f = fopen(e->cfg, "a");
    assert_non_null(f);
    fprintf(f,
            "[escalate]\ngroup = esc-group.%s\ntransactional_id = esc-txn.%s\nbatch_max = %d\n"
            "batch_wait_ms = 5\ntransaction_timeout_ms = 10000\n"
            "route = level=critical -> %s\nroute = wijk=Noord -> %s\ndefault_team = %s\n",
            e->tag, e->tag, batch_max, e->crisis, e->noord, e->kcc);
    fclose(f);
    ll_t_topics_create(e->cfg);
    snprintf(e->enriched, sizeof(e->enriched), "enriched.%s", e->tag);
    snprintf(e->alerts, sizeof(e->alerts), "alerts.%s", e->tag);
    snprintf(e->escalations, sizeof(e->escalations), "esc.%s", e->tag);
    snprintf(e->group, sizeof(e->group), "esc-group.%s", e->tag);
}

/* The roles a test started and has not stopped: a failed assertion leaves
 * the test early, and teardown must not leave them running. */
static pid_t live[8];

static pid_t start(env *e, const char *role) {
    char log[400];
    snprintf(log, sizeof(log), "%s/%s.log", e->dir, role);
    pid_t p = ll_t_spawn(role, e->cfg, log, NULL, NULL);
    for (int i = 0; i < 8; i++)
        if (!live[i]) {
            live[i] = p;
            break;
        }
    return p;
}

static int stop(pid_t p, int sig, int timeout_ms) {
    for (int i = 0; i < 8; i++)
        if (live[i] == p)
            live[i] = 0;
    return ll_t_stop(p, sig, timeout_ms);
}

static int teardown(void **state) {
    (void)state;
    for (int i = 0; i < 8; i++)
        if (live[i]) {
            ll_t_stop(live[i], SIGKILL, 10000);
            live[i] = 0;
        }
    return 0;
}

/* Waits until the group has committed everything on the enriched topic. */
static int wait_caught_up(env *e, long long at_least, int timeout_ms) {
    long long done = 0, end = 0, t0 = ll_t_now_ms();
    do {
        ll_t_group_progress(e->group, e->enriched, &done, &end);
        if (end >= at_least && done >= end)
            return 0;
        ll_t_sleep_ms(100);
    } while (ll_t_now_ms() - t0 < timeout_ms);
    print_message("%s: committed %lld of %lld\n", e->tag, done, end);
    return -1;
}

static void wait_committed(env *e, long long n) {
    long long done = 0, end = 0, t0 = ll_t_now_ms();
    do {
        ll_t_group_progress(e->group, e->enriched, &done, &end);
        if (done >= n)
            return;
        ll_t_sleep_ms(20);
    } while (ll_t_now_ms() - t0 < 60000);
}

/* An enriched event as the processor writes it, identifiers and all. */
static char *enriched(const char *id, const char *level, const char *wijk) {
    char *s = malloc(4096);
    snprintf(
        s, 4096,
        "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/test\","
        "\"type\":\"nl.luisterloop.feedback.enriched\",\"time\":\"2026-11-29T10:00:00Z\","
        "\"datacontenttype\":\"application/json\",\"data\":{\"channel\":\"phone\","
        "\"kind\":\"complaint\",\"initiated\":\"reactive\",\"text\":\"Er hangt een losse "
        "tak boven het fietspad, bel 06-12345678 of mail jan@example.nl\","
        "\"received_at\":\"2026-11-29T09:59:00Z\",\"postcode\":\"3031AB\","
        "\"case_ref\":\"Z-77\",\"citizen\":{\"pseudonym\":\"ps_00112233445566778899aabbccddeeff\"},"
        "\"source_ref\":\"%s\",\"theme\":\"openbare-ruimte\",\"area\":{\"postcode4\":\"3031\","
        "\"wijk\":\"%s\"},\"thread\":{\"id\":\"th_0123456789abcdef\",\"contacts\":1,"
        "\"channels\":[\"phone\"]},\"urgency\":{\"level\":\"%s\",\"reasons\":[\"r\"]}}}",
        id, id, wijk, level);
    return s;
}

static char *alert(const char *alert_id, const char *status, const char *wijk,
                   const char *started) {
    char *s = malloc(2048);
    snprintf(s, 2048,
             "{\"specversion\":\"1.0\",\"id\":\"%s-%s-%s\",\"source\":\"/luisterloop/detect\","
             "\"type\":\"nl.luisterloop.alert\",\"time\":\"2026-11-29T10:00:00Z\","
             "\"datacontenttype\":\"application/json\",\"data\":{\"alert_id\":\"%s\","
             "\"status\":\"%s\",\"labels\":{\"theme\":\"afval\"%s%s%s,\"gemeente\":\"Rotterdam\"},"
             "\"started_at\":\"%s\",%s\"observed\":23,\"expected\":4.1,\"score\":7.2,"
             "\"window_min\":60,\"method\":\"poisson-cusum\",\"sample_ids\":[\"e1\"],"
             "\"quotes\":[\"container vol\"]}}",
             alert_id, status, started, alert_id, status, wijk ? ",\"wijk\":\"" : "",
             wijk ? wijk : "", wijk ? "\"" : "", started,
             strcmp(status, "resolved") ? "" : "\"ends_at\":\"2026-11-29T11:00:00Z\",");
    return s;
}

/* What came out: per escalation key (event or alert id), on the topic and on the streams. */
typedef struct seen {
    char keys[MAX_SEEN][96];
    int topic[MAX_SEEN], stream[MAX_SEEN];
    char topic_sid[MAX_SEEN][32], stream_sid[MAX_SEEN][32], team[MAX_SEEN][64];
    int n;
    int leaks;
} seen;

static int seen_slot(seen *s, const char *key) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->keys[i], key))
            return i;
    assert_true(s->n < MAX_SEEN);
    int n = snprintf(s->keys[s->n], sizeof(s->keys[0]), "%s", key);
    assert_true(n > 0 && (size_t)n < sizeof(s->keys[0]));
    return s->n++;
}

/* Anything that identifies a citizen: pseudonym, thread id, postcode, case
 * reference, e-mail address, a phone number. */
static int leaks(const char *text) {
    static regex_t re;
    static int ready;
    if (!ready) {
        assert_int_equal(regcomp(&re,
                                 "ps_[0-9a-f]{8}|th_[0-9a-f]{8}|3031AB|Z-77|pseudonym|citizen|"
                                 "[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}|"
                                 "(^|[^0-9.])06[ -]?[0-9]{8}|\\+31",
                                 REG_EXTENDED | REG_NOSUB),
                         0);
        ready = 1;
    }
    return regexec(&re, text, 0, NULL, 0) == 0;
}

static void on_topic(const char *k, size_t kl, const char *v, size_t len, void *arg) {
    seen *s = arg;
    char key[96];
    snprintf(key, sizeof(key), "%.*s", (int)kl, k ? k : "");
    cJSON *j = cJSON_ParseWithLength(v, len);
    assert_non_null(j);
    assert_string_equal(cJSON_GetObjectItem(j, "type")->valuestring, "nl.luisterloop.escalation");
    cJSON *d = cJSON_GetObjectItem(j, "data");
    /* Scanned without the ids (UUIDs and stream ids may hold digit runs). */
    cJSON *scan = cJSON_Duplicate(d, 1);
    static const char *ids[] = {"escalation_id", "event_id", "alert_id", "stream_id", "sample_ids"};
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
        cJSON_DeleteItemFromObject(scan, ids[i]);
    char *text = cJSON_PrintUnformatted(scan);
    if (leaks(text) && s->leaks++ < 3)
        print_message("identifier on the topic: %s\n", text);
    free(text);
    cJSON_Delete(scan);
    int i = seen_slot(s, key);
    s->topic[i]++;
    snprintf(s->topic_sid[i], sizeof(s->topic_sid[0]), "%s",
             cJSON_GetObjectItem(d, "stream_id")->valuestring);
    snprintf(s->team[i], sizeof(s->team[0]), "%s", cJSON_GetObjectItem(d, "team")->valuestring);
    cJSON_Delete(j);
}

static void read_stream(seen *s, redisContext *c, const char *team) {
    char key[128];
    snprintf(key, sizeof(key), "ll:esc:{%s}", team);
    redisReply *r = redisCommand(c, "XRANGE %s - +", key);
    assert_non_null(r);
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    for (size_t e = 0; e < r->elements; e++) {
        const redisReply *ent = r->element[e], *fv = ent->element[1];
        const char *id = NULL, *alert_id = NULL;
        for (size_t f = 0; f + 1 < fv->elements; f += 2) {
            const char *name = fv->element[f]->str;
            int is_id = !strcmp(name, "escalation_id") || !strcmp(name, "event_id") ||
                        !strcmp(name, "alert_id") || !strcmp(name, "sample_ids");
            if (!is_id && leaks(fv->element[f + 1]->str) && s->leaks++ < 3)
                print_message("identifier on %s: %s = %s\n", key, fv->element[f]->str,
                              fv->element[f + 1]->str);
            if (!strcmp(fv->element[f]->str, "event_id"))
                id = fv->element[f + 1]->str;
            if (!strcmp(fv->element[f]->str, "alert_id"))
                alert_id = fv->element[f + 1]->str;
        }
        assert_true(id || alert_id);
        int i = seen_slot(s, id ? id : alert_id);
        s->stream[i]++;
        snprintf(s->stream_sid[i], sizeof(s->stream_sid[0]), "%s", ent->element[0]->str);
    }
    freeReplyObject(r);
    /* The group is there, from the first entry on. */
    r = redisCommand(c, "XINFO GROUPS %s", key);
    assert_non_null(r);
    if (r->type == REDIS_REPLY_ARRAY && s->n > 0)
        assert_int_equal((int)r->elements, 1);
    freeReplyObject(r);
}

static seen *collect(env *e) {
    seen *s = calloc(1, sizeof(*s));
    assert_non_null(s);
    ll_t_consume_all(e->escalations, 1, 500, on_topic, s);
    redisContext *c = redis();
    read_stream(s, c, e->crisis);
    read_stream(s, c, e->noord);
    read_stream(s, c, e->kcc);
    redisFree(c);
    return s;
}

/* Every key in want exactly once on the topic and on its stream, with the
 * same stream id, and nothing else. */
static void check_once(env *e, seen *s, char **want, int nwant) {
    int missing = 0, twice = 0, other = 0, mismatch = 0;
    for (int w = 0; w < nwant; w++) {
        int i = seen_slot(s, want[w]);
        missing += s->topic[i] == 0 || s->stream[i] == 0;
        twice += s->topic[i] > 1 || s->stream[i] > 1;
        mismatch += strcmp(s->topic_sid[i], s->stream_sid[i]) != 0;
    }
    other = s->n - nwant;
    print_message("%s: %d escalations expected; %d missing, %d twice, %d other, %d stream id "
                  "mismatches, %d identifiers\n",
                  e->tag, nwant, missing, twice, other, mismatch, s->leaks);
    assert_int_equal(missing, 0);
    assert_int_equal(twice, 0);
    assert_int_equal(other, 0);
    assert_int_equal(mismatch, 0);
    assert_int_equal(s->leaks, 0);
}

/* n enriched events; every 3rd critical, every 5th (not 3rd) high, the rest normal. */
static int produce_enriched(env *e, int n, char ***want) {
    char **vals = calloc((size_t)n, sizeof(char *));
    *want = calloc((size_t)n, sizeof(char *));
    int nw = 0;
    for (int i = 0; i < n; i++) {
        char id[160];
        snprintf(id, sizeof(id), "%s-%d", e->tag, i);
        const char *level = i % 3 == 0 ? "critical" : i % 5 == 0 ? "high" : "normal";
        vals[i] = enriched(id, level, i % 2 ? "Noord" : "Charlois");
        if (strcmp(level, "normal") != 0)
            (*want)[nw++] = strdup(id);
    }
    ll_t_produce(e->enriched, NULL, (const char **)vals, NULL, n);
    for (int i = 0; i < n; i++)
        free(vals[i]);
    free(vals);
    return nw;
}

static void free_want(char **want, int n) {
    for (int i = 0; i < n; i++)
        free(want[i]);
    free(want);
}

/* A critical POST goes web -> process -> escalate: on the crisis stream and
 * the topic once, with the processor's event id; a normal one goes nowhere;
 * firing alerts once per incident, routed by wijk; resolved ones not at all. */
static void critical_post_and_alerts(void **state) {
    (void)state;
    env e;
    env_new(&e, "escpost", 100);
    pid_t web = start(&e, "web"), proc = start(&e, "process"), esc = start(&e, "escalate");
    assert_int_equal(ll_t_wait_http(e.web_port, "/readyz", 200, 30000), 200);
    const char *crit = "{\"kind\":\"complaint\",\"text\":\"Ik ruik hier buiten echt gas bij de "
                       "flat, bel me op 06-12345678\",\"postcode\":\"3031 AB\",\"citizen\":"
                       "{\"email\":\"piet@example.nl\",\"phone\":\"0612345678\"},"
                       "\"contact_requested\":true}";
    const char *calm = "{\"kind\":\"compliment\",\"text\":\"Dank voor het snelle legen van de "
                       "container\",\"postcode\":\"3031 AB\"}";
    char resp[4096], hdr[512];
    snprintf(hdr, sizeof(hdr), AUTH JSON "Idempotency-Key: %s-crit\r\n", e.tag);
    assert_int_equal(
        ll_t_http(e.web_port, "POST", "/v1/feedback", hdr, crit, strlen(crit), resp, sizeof(resp)),
        202);
    cJSON *a = cJSON_Parse(resp);
    char crit_id[128];
    snprintf(crit_id, sizeof(crit_id), "%s", cJSON_GetObjectItem(a, "id")->valuestring);
    cJSON_Delete(a);
    /* The same request again: one event, so one escalation. */
    assert_int_equal(
        ll_t_http(e.web_port, "POST", "/v1/feedback", hdr, crit, strlen(crit), resp, sizeof(resp)),
        202);
    snprintf(hdr, sizeof(hdr), AUTH JSON "Idempotency-Key: %s-calm\r\n", e.tag);
    assert_int_equal(
        ll_t_http(e.web_port, "POST", "/v1/feedback", hdr, calm, strlen(calm), resp, sizeof(resp)),
        202);
    /* Alerts as detect publishes them: one incident in Noord fires, is re-sent
     * and resolves; a city-wide one fires; an earlier incident only resolves. */
    char al_noord[96], al_city[96];
    snprintf(al_noord, sizeof(al_noord), "al-noord-%.60s", e.tag);
    snprintf(al_city, sizeof(al_city), "al-city-%.60s", e.tag);
    char *alerts[] = {alert(al_noord, "firing", "Noord", "2026-11-29T09:00:00Z"),
                      alert(al_noord, "firing", "Noord", "2026-11-29T09:00:00Z"),
                      alert(al_noord, "resolved", "Noord", "2026-11-29T09:00:00Z"),
                      alert(al_city, "firing", NULL, "2026-11-29T09:30:00Z"),
                      alert("al-old", "resolved", "Noord", "2026-11-28T09:00:00Z")};
    ll_t_produce(e.alerts, NULL, (const char **)alerts, NULL, 5);
    for (int i = 0; i < 5; i++)
        free(alerts[i]);

    /* Wait for the crisis stream to show the POST. */
    redisContext *c = redis();
    char key[128];
    snprintf(key, sizeof(key), "ll:esc:{%s}", e.crisis);
    long long t0 = ll_t_now_ms();
    long long len = 0;
    while (ll_t_now_ms() - t0 < 60000) {
        redisReply *r = redisCommand(c, "XLEN %s", key);
        len = r && r->type == REDIS_REPLY_INTEGER ? r->integer : 0;
        freeReplyObject(r);
        if (len > 0)
            break;
        ll_t_sleep_ms(50);
    }
    assert_int_equal(len, 1);
    /* Give the rest time to pass through, then look at everything. */
    ll_t_sleep_ms(3000);
    assert_int_equal(stop(esc, SIGTERM, 20000), 0);
    assert_int_equal(stop(proc, SIGTERM, 20000), 0);
    assert_int_equal(stop(web, SIGTERM, 20000), 0);
    seen *s = collect(&e);
    char *want[] = {crit_id, al_noord, al_city};
    check_once(&e, s, want, 3);
    /* On the wire as the CloudEvents Kafka binding says (issue 17). */
    assert_int_equal(ll_t_cloudevents_check(e.escalations, "nl.luisterloop.escalation", 3), 0);
    assert_string_equal(s->team[seen_slot(s, crit_id)], e.crisis);
    assert_string_equal(s->team[seen_slot(s, al_noord)], e.noord);
    assert_string_equal(s->team[seen_slot(s, al_city)], e.kcc);
    free(s);
    /* The operator's view of the entry: level, reasons, masked text. */
    redisReply *r = redisCommand(c, "XRANGE %s - +", key);
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    const redisReply *fv = r->element[0]->element[1];
    int have_level = 0, have_text = 0;
    for (size_t f = 0; f + 1 < fv->elements; f += 2) {
        if (!strcmp(fv->element[f]->str, "level"))
            have_level = !strcmp(fv->element[f + 1]->str, "critical");
        if (!strcmp(fv->element[f]->str, "text"))
            have_text = strstr(fv->element[f + 1]->str, "gas") != NULL;
    }
    assert_true(have_level);
    assert_true(have_text);
    freeReplyObject(r);
    redisFree(c);
}

/* kill -9 in the middle, and transactions that abort (their input is read
 * again, the mark names it, the mirror is made again): every escalation once. */
static void kill9_and_aborts_leave_no_duplicate(void **state) {
    (void)state;
    env e;
    env_new(&e, "esckill", 40);
    char **want;
    int n = 3000, nw = produce_enriched(&e, n, &want);
    setenv("LL_ESCALATE_FAULT_ABORT_EVERY", "5", 1);
    pid_t p = start(&e, "escalate");
    unsetenv("LL_ESCALATE_FAULT_ABORT_EVERY");
    wait_committed(&e, 800);
    assert_int_equal(stop(p, SIGKILL, 10000), 128 + SIGKILL);
    char log[400];
    snprintf(log, sizeof(log), "%s/escalate.log", e.dir);
    assert_true(ll_t_file_has(log, "fault injection: aborting"));
    /* The killed one may have committed everything: caught up is then true at once, and a
     * SIGTERM before the new one's handlers are set ends it with 143 (CI of 12-02). So its
     * own log, and its start line before it is stopped. */
    char old[420];
    snprintf(old, sizeof(old), "%s.1", log);
    assert_int_equal(rename(log, old), 0);
    p = start(&e, "escalate");
    long long t0 = ll_t_now_ms();
    while (!ll_t_file_has(log, "escalating ") && ll_t_now_ms() - t0 < 60000)
        ll_t_sleep_ms(100);
    assert_true(ll_t_file_has(log, "escalating "));
    assert_int_equal(wait_caught_up(&e, n, 120000), 0);
    assert_int_equal(stop(p, SIGTERM, 20000), 0);
    seen *s = collect(&e);
    check_once(&e, s, want, nw);
    free(s);
    free_want(want, nw);
}

/* Redis stopped and started again mid-stream (with its append-only file, as
 * a production Redis runs): the role waits, reconnects and reloads its
 * script; nothing is escalated twice, nothing lost. */
static void redis_restart_leaves_no_duplicate(void **state) {
    (void)state;
    const char *rdir = getenv("LL_TEST_REDIS_DIR");
    if (!rdir || !*rdir) {
        print_message("LL_TEST_REDIS_DIR not set (not under tests/run.sh): skipped\n");
        skip();
    }
    /* The stack's Redis runs without persistence: give it an AOF first. */
    assert_int_equal(ll_t_redis_stop("/dev/null"), 0);
    assert_int_equal(ll_t_redis_start("aof", "/dev/null"), 0);
    env e;
    env_new(&e, "escredis", 40);
    char **want;
    int n = 3000, nw = produce_enriched(&e, n, &want);
    pid_t p = start(&e, "escalate");
    wait_committed(&e, 800);
    char rlog[400];
    snprintf(rlog, sizeof(rlog), "%s/redis-restart.log", e.dir);
    assert_int_equal(ll_t_redis_stop(rlog), 0);
    ll_t_sleep_ms(2000);
    assert_int_equal(ll_t_redis_start("aof", rlog), 0);
    assert_int_equal(wait_caught_up(&e, n, 120000), 0);
    assert_int_equal(stop(p, SIGTERM, 20000), 0);
    char log[400];
    snprintf(log, sizeof(log), "%s/escalate.log", e.dir);
    assert_true(ll_t_file_has(log, "redis connected"));
    seen *s = collect(&e);
    check_once(&e, s, want, nw);
    free(s);
    free_want(want, nw);
    /* Back to the stack's own mode for the tests after this one. */
    assert_int_equal(ll_t_redis_stop(rlog), 0);
    assert_int_equal(ll_t_redis_drop_aof(rlog), 0);
    assert_int_equal(ll_t_redis_start("none", rlog), 0);
}

typedef struct rec {
    int t; /* seconds after midnight */
    char line[256];
} rec;

static int by_time(const void *a, const void *b) {
    return ((const rec *)a)->t - ((const rec *)b)->t;
}

/* What the real detector publishes (its --replay output for a spike of
 * fourteen citizens on afval in Noord) is escalated once, to Noord's team,
 * and its resolved is not. */
static void real_detector_alerts(void **state) {
    (void)state;
    env e;
    env_new(&e, "escdet", 100);
    rec recs[64];
    int n = 0;
    for (int m = 0; m < 360; m += 30) {
        recs[n].t = m * 60;
        snprintf(recs[n++].line, sizeof(recs[0].line),
                 "{\"id\":\"s%d\",\"time\":\"2026-10-01T%02d:%02d:00Z\",\"theme\":\"afval\","
                 "\"wijk\":\"Noord\",\"channel\":\"web\",\"thread\":\"t%d\"}",
                 m, m / 60, m % 60, m);
    }
    for (int i = 0; i < 14; i++) {
        recs[n].t = 4 * 3600 + (i * 2 / 3) * 60 + 10;
        snprintf(recs[n++].line, sizeof(recs[0].line),
                 "{\"id\":\"x%d\",\"time\":\"2026-10-01T04:%02d:10Z\",\"theme\":\"afval\","
                 "\"wijk\":\"Noord\",\"thread\":\"x%d\"}",
                 i, i * 2 / 3, i);
    }
    qsort(recs, (size_t)n, sizeof(rec), by_time);
    char in[400], conf[400], out[400], err[400];
    snprintf(in, sizeof(in), "%s/replay.jsonl", e.dir);
    snprintf(conf, sizeof(conf), "%s/replay.conf", e.dir);
    snprintf(out, sizeof(out), "%s/alerts.jsonl", e.dir);
    snprintf(err, sizeof(err), "%s/replay.err", e.dir);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    for (int i = 0; i < n; i++)
        fprintf(f, "%s\n", recs[i].line);
    fclose(f);
    f = fopen(conf, "w");
    assert_non_null(f);
    fputs("[detect]\nwarmup_min = 60\nwindows = 10,30\nquiet_min = 10\n", f);
    fclose(f);
    const char *args[] = {"detect", "-c", conf, "--replay", in, NULL};
    assert_int_equal(ll_t_run(args, out, err, 60000), 0);
    /* Its lines go onto the alerts topic as detect would put them. */
    char *lines[8];
    int nl = 0;
    char alert_id[96] = "";
    f = fopen(out, "r");
    assert_non_null(f);
    char buf[8192];
    while (nl < 8 && fgets(buf, sizeof(buf), f)) {
        buf[strcspn(buf, "\n")] = '\0';
        cJSON *j = cJSON_Parse(buf);
        assert_non_null(j);
        const cJSON *d = cJSON_GetObjectItem(j, "data");
        if (!strcmp(cJSON_GetObjectItem(d, "status")->valuestring, "firing"))
            snprintf(alert_id, sizeof(alert_id), "%s",
                     cJSON_GetObjectItem(d, "alert_id")->valuestring);
        cJSON_Delete(j);
        lines[nl++] = strdup(buf);
    }
    fclose(f);
    assert_int_equal(nl, 2); /* one firing, one resolved */
    assert_true(alert_id[0] != '\0');
    ll_t_produce(e.alerts, alert_id, (const char **)lines, NULL, nl);
    for (int i = 0; i < nl; i++)
        free(lines[i]);
    pid_t p = start(&e, "escalate");
    redisContext *c = redis();
    char key[128];
    snprintf(key, sizeof(key), "ll:esc:{%s}", e.noord);
    long long t0 = ll_t_now_ms(), len = 0;
    while (ll_t_now_ms() - t0 < 60000 && len == 0) {
        redisReply *r = redisCommand(c, "XLEN %s", key);
        len = r && r->type == REDIS_REPLY_INTEGER ? r->integer : 0;
        freeReplyObject(r);
        ll_t_sleep_ms(50);
    }
    redisFree(c);
    ll_t_sleep_ms(1000);
    assert_int_equal(stop(p, SIGTERM, 20000), 0);
    seen *s = collect(&e);
    char *want[] = {alert_id};
    check_once(&e, s, want, 1);
    assert_string_equal(s->team[seen_slot(s, alert_id)], e.noord);
    free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(critical_post_and_alerts, teardown),
        cmocka_unit_test_teardown(real_detector_alerts, teardown),
        cmocka_unit_test_teardown(kill9_and_aborts_leave_no_duplicate, teardown),
        cmocka_unit_test_teardown(redis_restart_leaves_no_duplicate, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
