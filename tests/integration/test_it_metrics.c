/* test_it_metrics.c - every role's /metrics passes `promtool check metrics` (Debian's
 * prometheus package), with the operational gauges in place: consumer lag per partition on
 * the consuming roles, escalation queue depths and the oldest unclaimed age, alerts firing;
 * and with Redis down, the lag of a stalled processor and the age of the queue gauges. detect
 * and the Maildir watcher (email) too, each with the clock that says it still works. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

#define PROMTOOL "/usr/bin/promtool"

typedef struct role {
    const char *name;
    int port;
    const char *want[3]; /* series that must be there */
    pid_t pid;
    const char *maildir; /* email: --maildir */
} role;

/* Appends to cfg the sections of the consuming roles that have a port (0: none), each with
 * the test tag's group, transactional id and metrics listener. */
static void role_sections(const char *cfg, const char *tag, int esc_port, int agg_port, int am_port,
                          int det_port, int mail_port) {
    FILE *f = fopen(cfg, "a");
    assert_non_null(f);
    if (esc_port)
        fprintf(f,
                "[escalate]\ngroup = esc.%s\ntransactional_id = esc-txn.%s\nmetrics_listen = "
                "127.0.0.1:%d\ndefault_team = team-%s\n",
                tag, tag, esc_port, tag);
    if (agg_port)
        fprintf(f,
                "[aggregate]\ngroup = agg.%s\ntransactional_id = agg-txn.%s\nmetrics_listen = "
                "127.0.0.1:%d\n",
                tag, tag, agg_port);
    if (am_port)
        fprintf(f,
                "[alertmanager]\nurl = http://127.0.0.1:1\ngroup = am.%s\nmetrics_listen = "
                "127.0.0.1:%d\n",
                tag, am_port);
    if (det_port)
        fprintf(f,
                "[detect]\ngroup = det.%s\ntransactional_id = det-txn.%s\nmetrics_listen = "
                "127.0.0.1:%d\n",
                tag, tag, det_port);
    if (mail_port)
        fprintf(f, "[email]\nmetrics_listen = 127.0.0.1:%d\n", mail_port);
    fclose(f);
}

static void every_role_passes_promtool(void **state) {
    (void)state;
    if (access(PROMTOOL, X_OK) != 0) {
        fprintf(stderr, "skipped: %s is not installed (tests/run.sh installs prometheus)\n",
                PROMTOOL);
        skip();
    }
    char tag[96], dir[256], cfg[300], cmd[2000];
    ll_t_unique(tag, sizeof(tag), "metrics");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_ports p;
    ll_t_config_write_all(cfg, tag, &p);
    int esc_port = ll_t_free_port(), agg_port = ll_t_free_port(), am_port = ll_t_free_port();
    int det_port = ll_t_free_port(), mail_port = ll_t_free_port();
    role_sections(cfg, tag, esc_port, agg_port, am_port, det_port, mail_port);
    char maildir[300];
    snprintf(maildir, sizeof(maildir), "%s/maildir", dir);
    ll_t_topics_create(cfg);
    char raw[160], enriched[160], alerts[160];
    snprintf(raw, sizeof(raw), "raw.%s", tag);
    snprintf(enriched, sizeof(enriched), "enriched.%s", tag);
    snprintf(alerts, sizeof(alerts), "alerts.%s", tag);
    char lag_raw[200], lag_enriched[200], lag_alerts[200];
    snprintf(lag_raw, sizeof(lag_raw), "ll_consumer_lag{topic=\"%s\",partition=\"0\"}", raw);
    snprintf(lag_enriched, sizeof(lag_enriched), "ll_consumer_lag{topic=\"%s\",partition=\"0\"}",
             enriched);
    snprintf(lag_alerts, sizeof(lag_alerts), "ll_consumer_lag{topic=\"%s\",partition=\"0\"}",
             alerts);
    /* two cases nobody claimed on the default team's queue, the older a minute old */
    const char *redis = ll_t_redis(), *colon = strrchr(redis, ':');
    long long now_ms = (long long)time(NULL) * 1000;
    snprintf(cmd, sizeof(cmd),
             "redis-cli -h %.*s -p %s XGROUP CREATE 'll:esc:{team-%s}' caseworkers '$' MKSTREAM "
             ">/dev/null && redis-cli -h %.*s -p %s XADD 'll:esc:{team-%s}' %lld-0 id a >/dev/null "
             "&& redis-cli -h %.*s -p %s XADD 'll:esc:{team-%s}' %lld-0 id b >/dev/null",
             (int)(colon - redis), redis, colon + 1, tag, (int)(colon - redis), redis, colon + 1,
             tag, now_ms - 60000, (int)(colon - redis), redis, colon + 1, tag, now_ms);
    assert_int_equal(system(cmd), 0);
    char team[200];
    snprintf(team, sizeof(team),
             "ll_escalation_queue_depth{team=\"team-%s\",state=\"unclaimed\"} 2", tag);
    role roles[] = {
        {"web", p.web, {"ll_intake_accepted_total"}, 0, NULL},
        {"phone", p.phone_http, {NULL}, 0, NULL},
        {"balie", p.balie, {NULL}, 0, NULL},
        {"dashboard", p.dash, {NULL}, 0, NULL},
        {"process", p.proc, {lag_raw}, 0, NULL},
        {"escalate",
         esc_port,
         {lag_enriched, team, "ll_escalation_oldest_unclaimed_seconds"},
         0,
         NULL},
        {"aggregate", agg_port, {lag_enriched, "ll_aggregate_open_windows"}, 0, NULL},
        {"alertmanager", am_port, {lag_alerts, "ll_alerts_firing 0"}, 0, NULL},
        /* the clocks: moved at least once (a unix time, not the 0 they start at) */
        {"detect", det_port, {lag_enriched, "ll_detect_clock_timestamp_seconds 1"}, 0, NULL},
        {"email",
         mail_port,
         {"ll_email_scan_timestamp_seconds 1", "ll_email_waiting 0"},
         0,
         maildir},
    };
    const int n = (int)(sizeof(roles) / sizeof(roles[0]));
    for (int i = 0; i < n; i++) {
        char log[320];
        snprintf(log, sizeof(log), "%s/%s.log", dir, roles[i].name);
        roles[i].pid = ll_t_spawn(roles[i].name, cfg, log, roles[i].maildir ? "--maildir" : NULL,
                                  roles[i].maildir);
    }
    static char body[1 << 20], all[8 << 20];
    size_t all_len = 0;
    for (int i = 0; i < n; i++) {
        role *r = &roles[i];
        assert_int_equal(ll_t_wait_http(r->port, "/metrics", 200, 30000), 200);
        /* the gauges that need an assignment or a first Redis poll */
        long long t0 = ll_t_now_ms();
        int missing;
        do {
            assert_int_equal(
                ll_t_http(r->port, "GET", "/metrics", NULL, NULL, 0, body, sizeof(body)), 200);
            missing = 0;
            for (int k = 0; k < 3 && r->want[k]; k++)
                missing |= strstr(body, r->want[k]) == NULL;
            if (missing)
                ll_t_sleep_ms(250);
        } while (missing && ll_t_now_ms() - t0 < 30000);
        for (int k = 0; k < 3 && r->want[k]; k++)
            if (!strstr(body, r->want[k]))
                fprintf(stderr, "%s: no %s in\n%s\n", r->name, r->want[k], body);
        assert_false(missing);
        size_t bl = strlen(body);
        assert_true(all_len + bl < sizeof(all));
        memcpy(all + all_len, body, bl + 1);
        all_len += bl;
        char file[320];
        snprintf(file, sizeof(file), "%s/%s.metrics", dir, r->name);
        FILE *f = fopen(file, "w");
        assert_non_null(f);
        fputs(body, f);
        fclose(f);
        snprintf(cmd, sizeof(cmd), "%s check metrics < %s > %s.promtool 2>&1", PROMTOOL, file,
                 file);
        int rc = system(cmd);
        if (rc != 0) {
            snprintf(cmd, sizeof(cmd), "cat %s.promtool >&2", file);
            (void)system(cmd);
        }
        fprintf(stderr, "%s: promtool check metrics: %s\n", r->name, rc == 0 ? "ok" : "FAILED");
        assert_int_equal(rc, 0);
    }
    /* every metric the Grafana dashboard asks for is served by some role */
    const char *src = getenv("LL_TEST_SOURCE_DIR");
    assert_non_null(src);
    snprintf(cmd, sizeof(cmd), "%s/deploy/grafana/luisterloop.json", src);
    FILE *f = fopen(cmd, "r");
    assert_non_null(f);
    static char dash[1 << 18];
    size_t dl = fread(dash, 1, sizeof(dash) - 1, f);
    dash[dl] = '\0';
    fclose(f);
    int names = 0;
    for (const char *q = dash; (q = strstr(q, "ll_")) != NULL;) {
        char name[128];
        size_t k = 0;
        while (k + 1 < sizeof(name) && ((q[k] >= 'a' && q[k] <= 'z') || q[k] == '_'))
            name[k] = q[k], k++;
        name[k] = '\0';
        q += k;
        if (k > 7 && !strcmp(name + k - 7, "_bucket"))
            name[k - 7] = '\0';
        if (!strstr(all, name))
            fprintf(stderr, "the dashboard asks for %s, which no role serves\n", name);
        assert_non_null(strstr(all, name));
        names++;
    }
    fprintf(stderr, "the dashboard's %d metric references are all served\n", names);
    assert_true(names > 10);
    /* the older case's age, read from the escalate role's last answer */
    assert_int_equal(ll_t_http(esc_port, "GET", "/metrics", NULL, NULL, 0, body, sizeof(body)),
                     200);
    char oldest[200];
    snprintf(oldest, sizeof(oldest), "ll_escalation_oldest_unclaimed_seconds{team=\"team-%s\"} ",
             tag);
    const char *at = strstr(body, oldest);
    assert_non_null(at);
    long age = strtol(at + strlen(oldest), NULL, 10);
    fprintf(stderr, "oldest unclaimed: %ld s\n", age);
    assert_true(age >= 59 && age < 120);
    for (int i = 0; i < n; i++)
        assert_int_equal(ll_t_stop(roles[i].pid, SIGTERM, 20000), 0);
}

/* The summed value of every series of family whose labels contain has (0 when none). */
static long long metric_sum(const char *body, const char *family, const char *has) {
    long long sum = 0;
    size_t fl = strlen(family);
    for (const char *l = body; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        if (strncmp(l, family, fl) || (l[fl] != '{' && l[fl] != ' '))
            continue;
        const char *end = strchr(l, '\n'), *sp = l + fl;
        if (l[fl] == '{') {
            const char *close = strchr(l, '}');
            if (!close || (end && close > end))
                continue;
            char labels[512];
            snprintf(labels, sizeof(labels), "%.*s", (int)(close - l), l);
            if (has && !strstr(labels, has))
                continue;
            sp = close + 1;
        }
        sum += strtoll(sp, NULL, 10);
    }
    return sum;
}

static long long scrape(int port, const char *family, const char *has) {
    static char body[1 << 20];
    if (ll_t_http(port, "GET", "/metrics", NULL, NULL, 0, body, sizeof(body)) != 200)
        return -1;
    return metric_sum(body, family, has);
}

/* n raw events of the test tag into ev (each its own citizen), pointed to by vals. */
static void raw_events(const char *tag, char (*ev)[700], const char **vals, int n) {
    for (int i = 0; i < n; i++) {
        snprintf(ev[i], sizeof(ev[i]),
                 "{\"specversion\":\"1.0\",\"id\":\"%s-%d\",\"source\":\"/test\",\"type\":"
                 "\"nl.luisterloop.feedback.received\",\"time\":\"2026-12-02T01:00:00Z\","
                 "\"data\":{\"channel\":\"web\",\"kind\":\"report\",\"initiated\":"
                 "\"reactive\",\"text\":\"Container %d vol in de Kerkstraat\",\"received_at\":"
                 "\"2026-12-02T01:00:00Z\",\"postcode\":\"3072AB\",\"source_ref\":\"%s-%d\"}}",
                 tag, i, i, tag, i);
        vals[i] = ev[i];
    }
}

/* Redis stopped under a processor and an escalate (user check of 12-02, REPORT-user5 item
 * 11): the processor, stuck reconnecting, read and committed nothing, yet its
 * ll_consumer_lag read 0 on every partition for a minute while feedback.raw grew, and
 * escalate's queue depths kept their last values. The lag is now what waits on the topic
 * beyond the group's committed offsets, and the queue gauges carry the time they were read. */
static void redis_outage_shows_in_lag_and_queue_age(void **state) {
    (void)state;
    if (!getenv("LL_TEST_REDIS_DIR") || !*getenv("LL_TEST_REDIS_DIR")) {
        print_message("LL_TEST_REDIS_DIR not set (not under tests/run.sh): skipped\n");
        skip();
    }
    char tag[96], dir[256], cfg[300], log[400];
    ll_t_unique(tag, sizeof(tag), "stall");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_ports p;
    ll_t_config_write_all(cfg, tag, &p);
    int esc_port = ll_t_free_port();
    role_sections(cfg, tag, esc_port, 0, 0, 0, 0);
    ll_t_topics_create(cfg);
    char raw[160], has[200];
    snprintf(raw, sizeof(raw), "raw.%s", tag);
    snprintf(has, sizeof(has), "topic=\"%s\"", raw);
    snprintf(log, sizeof(log), "%s/process.log", dir);
    pid_t proc = ll_t_spawn("process", cfg, log, NULL, NULL);
    snprintf(log, sizeof(log), "%s/escalate.log", dir);
    pid_t esc = ll_t_spawn("escalate", cfg, log, NULL, NULL);
    assert_int_equal(ll_t_wait_http(p.proc, "/metrics", 200, 30000), 200);
    assert_int_equal(ll_t_wait_http(esc_port, "/metrics", 200, 30000), 200);
    enum { BEFORE = 20, DURING = 300 };
    static char ev[DURING][700];
    const char *vals[DURING];
    raw_events(tag, ev, vals, DURING);
    ll_t_produce(raw, NULL, vals, NULL, BEFORE);
    /* caught up: everything read, committed, and no lag */
    long long t0 = ll_t_now_ms(), consumed = 0, lag = -1, read_at = 0;
    while (ll_t_now_ms() - t0 < 60000 &&
           ((consumed = scrape(p.proc, "ll_process_consumed_total", NULL)) < BEFORE ||
            (lag = scrape(p.proc, "ll_consumer_lag", has)) != 0 ||
            (read_at = scrape(esc_port, "ll_escalation_queues_read_timestamp_seconds", NULL)) <= 0))
        ll_t_sleep_ms(250);
    print_message("before: consumed %lld, lag %lld, queues read at %lld\n", consumed, lag, read_at);
    assert_true(consumed >= BEFORE && lag == 0 && read_at > 0);

    char rlog[400];
    snprintf(rlog, sizeof(rlog), "%s/redis-restart.log", dir);
    assert_int_equal(ll_t_redis_stop(rlog), 0);
    long long stopped_s = (long long)time(NULL);
    ll_t_produce(raw, NULL, vals + BEFORE, NULL, DURING - BEFORE);
    /* the lag is what waits: every event sent since Redis went, within a few seconds */
    t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < 30000 &&
           (lag = scrape(p.proc, "ll_consumer_lag", has)) < DURING - BEFORE)
        ll_t_sleep_ms(250);
    long long stuck = scrape(p.proc, "ll_process_consumed_total", NULL);
    print_message("Redis down: lag %lld of %d sent, consumed %lld\n", lag, DURING - BEFORE, stuck);
    assert_int_equal(lag, DURING - BEFORE);
    /* the queue gauges are no longer read: their time stands still while the clock goes on */
    ll_t_sleep_ms(12000);
    read_at = scrape(esc_port, "ll_escalation_queues_read_timestamp_seconds", NULL);
    long long now_s = (long long)time(NULL);
    print_message("queues read at %lld, Redis stopped at %lld, now %lld\n", read_at, stopped_s,
                  now_s);
    assert_true(read_at > 0 && read_at <= stopped_s && now_s - read_at >= 12);
    assert_int_equal(scrape(p.proc, "ll_consumer_lag", has), DURING - BEFORE);

    /* Redis back: the processor catches up, the lag goes to 0, the queues are read again */
    assert_int_equal(ll_t_redis_start("none", rlog), 0);
    t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < 90000 &&
           ((lag = scrape(p.proc, "ll_consumer_lag", has)) != 0 ||
            (read_at = scrape(esc_port, "ll_escalation_queues_read_timestamp_seconds", NULL)) <=
                now_s))
        ll_t_sleep_ms(250);
    print_message("Redis back: lag %lld, queues read at %lld\n", lag, read_at);
    assert_int_equal(lag, 0);
    assert_true(read_at > now_s);
    assert_int_equal(ll_t_stop(proc, SIGTERM, 20000), 0);
    assert_int_equal(ll_t_stop(esc, SIGTERM, 20000), 0);
}

/* A reader of a transactional topic that has read and committed everything shows no lag.
 * feedback.enriched is written in the processor's transactions, and each ends in a commit
 * marker: a control record that takes an offset and is never handed to the reader, so the
 * group's committed offset stops one short of the partition's end. escalate and aggregate
 * showed ll_consumer_lag 1 on every partition the processor wrote to, for as long as no
 * more came (REPORT-detect6, left alone there). */
static void caught_up_reader_of_a_transactional_topic_has_no_lag(void **state) {
    (void)state;
    char tag[96], dir[256], cfg[300], log[400];
    ll_t_unique(tag, sizeof(tag), "txlag");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_ports p;
    ll_t_config_write_all(cfg, tag, &p);
    int esc_port = ll_t_free_port(), agg_port = ll_t_free_port();
    role_sections(cfg, tag, esc_port, agg_port, 0, 0, 0);
    ll_t_topics_create(cfg);
    char raw[160], enriched[160], has[200];
    snprintf(raw, sizeof(raw), "raw.%s", tag);
    snprintf(enriched, sizeof(enriched), "enriched.%s", tag);
    snprintf(has, sizeof(has), "topic=\"%s\"", enriched);
    const char *names[] = {"process", "escalate", "aggregate"};
    pid_t pid[3];
    for (int i = 0; i < 3; i++) {
        snprintf(log, sizeof(log), "%s/%s.log", dir, names[i]);
        pid[i] = ll_t_spawn(names[i], cfg, log, NULL, NULL);
    }
    assert_int_equal(ll_t_wait_http(p.proc, "/metrics", 200, 30000), 200);
    assert_int_equal(ll_t_wait_http(esc_port, "/metrics", 200, 30000), 200);
    assert_int_equal(ll_t_wait_http(agg_port, "/metrics", 200, 30000), 200);
    enum { N = 30 };
    static char ev[N][700];
    const char *vals[N];
    raw_events(tag, ev, vals, N);
    /* in three sends, so the processor ends more than one transaction */
    for (int k = 0; k < 3; k++) {
        ll_t_produce(raw, NULL, vals + k * (N / 3), NULL, N / 3);
        ll_t_sleep_ms(1500);
    }
    long long t0 = ll_t_now_ms(), consumed = 0;
    while (ll_t_now_ms() - t0 < 60000 &&
           (consumed = scrape(p.proc, "ll_process_consumed_total", NULL)) < N)
        ll_t_sleep_ms(250);
    assert_true(consumed >= N);
    /* both readers commit what they read; the lag must reach 0 and stay there */
    long long esc_lag = -1, agg_lag = -1;
    t0 = ll_t_now_ms();
    while (ll_t_now_ms() - t0 < 30000 &&
           ((esc_lag = scrape(esc_port, "ll_consumer_lag", has)) != 0 ||
            (agg_lag = scrape(agg_port, "ll_consumer_lag", has)) != 0))
        ll_t_sleep_ms(250);
    long long committed = 0, end = 0;
    char group[160];
    snprintf(group, sizeof(group), "esc.%s", tag);
    ll_t_group_progress(group, enriched, &committed, &end);
    print_message("caught up: escalate lag %lld, aggregate lag %lld (escalate's group: "
                  "committed %lld of %lld)\n",
                  esc_lag, agg_lag, committed, end);
    assert_int_equal(esc_lag, 0);
    assert_int_equal(agg_lag, 0);
    /* and it stays 0 over a few updates of the watcher (one a second) */
    ll_t_sleep_ms(3000);
    assert_int_equal(scrape(esc_port, "ll_consumer_lag", has), 0);
    assert_int_equal(scrape(agg_port, "ll_consumer_lag", has), 0);
    for (int i = 0; i < 3; i++)
        assert_int_equal(ll_t_stop(pid[i], SIGTERM, 20000), 0);
}

/* Redis up again whatever the test above did: the tests after it use it. */
static int redis_back(void **state) {
    (void)state;
    return getenv("LL_TEST_REDIS_DIR") ? ll_t_redis_start("none", "/dev/null") : 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_role_passes_promtool),
        cmocka_unit_test(caught_up_reader_of_a_transactional_topic_has_no_lag),
        cmocka_unit_test_teardown(redis_outage_shows_in_lag_and_queue_age, redis_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
