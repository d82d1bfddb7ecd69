/* test_it_detect.c - the detect role on the real stack: a simulated spike is one firing and one
 * resolved alert, across a kill -9 of the detector, shown by the dashboard and escalated once to
 * the wijk's team; steady traffic is none; silences; privacy. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <hiredis/hiredis.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

/* Minute windows and a one-minute quiet period: a spike of 30 s is seen in
 * the minute after it and resolved a minute after that. The detector alerts
 * once it has learnt a minute (warmup_min = 1; a minute is learnt in the
 * evaluation after the next), so the spike comes at 200 s, two minutes and
 * more after the detector's first minute even when it is slow to start. The thresholds are
 * far above what steady traffic at 5 signals/s gives any series in a
 * minute, and far below the spike's 45 a second. */
#define DETECT_CONF                                                                           \
    "[detect]\ngroup = dgroup.%s\ntransactional_id = dtxn.%s\nwindows = 1\nwarmup_min = 1\n"  \
    "min_count = 150\nmin_ratio = 10\nquiet_min = 1\nallowed_lateness_s = 5\ntick_ms = 500\n" \
    "batch_wait_ms = 20\n"

/* The spike's run also escalates: afval in Feijenoord to a team of its own. */
#define ESCALATE_CONF                                                                 \
    "[escalate]\ngroup = egroup.%s\ntransactional_id = etxn.%s\nbatch_wait_ms = 20\n" \
    "route = theme=afval; wijk=Feijenoord -> %s\ndefault_team = rest-%.40s\n"

typedef struct run {
    char tag[96], dir[256], cfg[300], alerts[160], team[64];
    int dash_port;
    pid_t proc, det, sim, dash, esc;
} run;

/* Every role a test started, so a failed test leaves none running. */
static pid_t spawned[16];
static int nstarted;

static pid_t remember(pid_t pid) {
    if (nstarted < (int)(sizeof(spawned) / sizeof(spawned[0])))
        spawned[nstarted++] = pid;
    return pid;
}

static int kill_started(void **state) {
    (void)state;
    for (int i = 0; i < nstarted; i++)
        if (spawned[i] > 0 && kill(spawned[i], 0) == 0)
            ll_t_stop(spawned[i], SIGKILL, 5000);
    nstarted = 0;
    return 0;
}

static void run_start(run *r, const char *what, const char *spike) {
    char log[400];
    memset(r, 0, sizeof(*r));
    ll_t_unique(r->tag, sizeof(r->tag), what);
    ll_t_workspace(r->tag, r->dir, sizeof(r->dir), r->cfg, sizeof(r->cfg));
    r->dash_port = ll_t_free_port();
    ll_t_config_write(r->cfg, r->tag, ll_t_free_port(), r->dash_port, ll_t_free_port());
    snprintf(r->team, sizeof(r->team), "zuid-%.40s", r->tag);
    FILE *f = fopen(r->cfg, "a");
    assert_non_null(f);
    fprintf(f, DETECT_CONF, r->tag, r->tag);
    fprintf(f, ESCALATE_CONF, r->tag, r->tag, r->team, r->tag);
    fclose(f);
    snprintf(r->alerts, sizeof(r->alerts), "alerts.%s", r->tag);
    ll_t_topics_create(r->cfg);
    snprintf(log, sizeof(log), "%s/process.log", r->dir);
    r->proc = remember(ll_t_spawn("process", r->cfg, log, NULL, NULL));
    snprintf(log, sizeof(log), "%s/detect.log", r->dir);
    r->det = remember(ll_t_spawn("detect", r->cfg, log, NULL, NULL));
    if (spike) {
        /* where its alerts go: the dashboard's alert view and the team's queue */
        snprintf(log, sizeof(log), "%s/dashboard.log", r->dir);
        r->dash = remember(ll_t_spawn("dashboard", r->cfg, log, NULL, NULL));
        snprintf(log, sizeof(log), "%s/escalate.log", r->dir);
        r->esc = remember(ll_t_spawn("escalate", r->cfg, log, NULL, NULL));
    }
    /* simulate: --direct to the raw topic, 260 s at 5 a second */
    char args[400];
    snprintf(args, sizeof(args), "%s/simulate.log", r->dir);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        FILE *o = freopen(args, "w", stdout);
        (void)o;
        dup2(1, 2);
        if (spike)
            execl(ll_t_bin(), "luisterloop", "simulate", "-c", r->cfg, "--demo", "--direct",
                  "--rate", "5", "--duration", "260", "--spike", spike, (char *)NULL);
        else
            execl(ll_t_bin(), "luisterloop", "simulate", "-c", r->cfg, "--demo", "--direct",
                  "--rate", "5", "--duration", "260", (char *)NULL);
        _exit(127);
    }
    r->sim = remember(pid);
}

typedef struct alerts {
    int firing, resolved, other;
    int leaks;
    char first_id[64], started[40];
} alerts;

/* Anything in a text that looks like a direct identifier: an e-mail
 * address, a Dutch phone number, or nine digits in a row (a BSN). */
static int leaks(const char *s) {
    int digits = 0;
    for (const char *p = s; *p; p++) {
        digits = *p >= '0' && *p <= '9' ? digits + 1 : 0;
        if (digits >= 9 || *p == '@')
            return 1;
    }
    return strstr(s, "+31") != NULL || strstr(s, "06-") != NULL;
}

/* The texts of an alert: its labels and its quotes (numbers and our own ids
 * are not citizens' words), and no '@' anywhere. */
static int alert_leaks(const cJSON *ev, const char *val, size_t len) {
    if (memchr(val, '@', len))
        return 1;
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data"), *it;
    int n = 0;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(d, "labels")) n +=
        cJSON_IsString(it) && leaks(it->valuestring);
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(d, "quotes")) n +=
        !cJSON_IsString(it) || leaks(it->valuestring);
    return n > 0;
}

static void tally(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    alerts *a = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "data");
    const cJSON *l = cJSON_GetObjectItemCaseSensitive(d, "labels");
    const char *st = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "status"));
    const char *th = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(l, "theme"));
    const char *w = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(l, "wijk"));
    const char *id = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "alert_id"));
    const char *started = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "started_at"));
    a->leaks += !j || alert_leaks(j, val, len);
    if (!st || !th || !id || keylen != strlen(id) || memcmp(key, id, keylen) != 0) {
        a->other++;
    } else if (!strcmp(th, "afval") && w && !strcmp(w, "Feijenoord")) {
        if (!a->first_id[0]) {
            snprintf(a->first_id, sizeof(a->first_id), "%s", id);
            snprintf(a->started, sizeof(a->started), "%s", started ? started : "");
        }
        if (strcmp(id, a->first_id) || strcmp(started ? started : "", a->started))
            a->other++;
        else if (!strcmp(st, "firing"))
            a->firing++;
        else if (!strcmp(st, "resolved"))
            a->resolved++;
        else
            a->other++;
    } else {
        a->other++;
    }
    cJSON_Delete(j);
}

static void count_alerts(const run *r, alerts *a) {
    memset(a, 0, sizeof(*a));
    ll_t_consume_all(r->alerts, 1, 300, tally, a);
}

/* The status the dashboard's alert view (GET /api/v1/alerts) shows for
 * alert id, or "" when it shows none. */
static void dashboard_status(const run *r, const char *id, char *status, size_t len) {
    static char resp[1 << 20];
    status[0] = '\0';
    if (ll_t_http(r->dash_port, "GET", "/api/v1/alerts", LL_T_DASH_AUTH, NULL, 0, resp,
                  sizeof(resp)) != 200)
        return;
    cJSON *arr = cJSON_Parse(resp), *it;
    cJSON_ArrayForEach(it, arr) {
        const char *aid = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(it, "alert_id"));
        const char *st = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(it, "status"));
        if (aid && st && !strcmp(aid, id))
            snprintf(status, len, "%s", st);
    }
    cJSON_Delete(arr);
}

static void wait_dashboard_status(const run *r, const char *id, const char *want) {
    char st[32] = "";
    long long t0 = ll_t_now_ms();
    while (strcmp(st, want) && ll_t_now_ms() - t0 < 60000) {
        dashboard_status(r, id, st, sizeof(st));
        if (strcmp(st, want))
            ll_t_sleep_ms(500);
    }
    assert_string_equal(st, want);
}

/* Entries on the team's queue for alert id. */
static int team_queue(const run *r, const char *id) {
    const char *url = ll_t_redis(), *colon = strrchr(url, ':');
    char host[64], key[128];
    snprintf(host, sizeof(host), "%.*s", (int)(colon - url), url);
    redisContext *c = redisConnect(host, atoi(colon + 1));
    assert_true(c && !c->err);
    snprintf(key, sizeof(key), "ll:esc:{%s}", r->team);
    redisReply *rep = redisCommand(c, "XRANGE %s - +", key);
    assert_true(rep && rep->type == REDIS_REPLY_ARRAY);
    int n = 0;
    for (size_t e = 0; e < rep->elements; e++) {
        const redisReply *fv = rep->element[e]->element[1];
        for (size_t f = 0; f + 1 < fv->elements; f += 2)
            if (!strcmp(fv->element[f]->str, "alert_id") && !strcmp(fv->element[f + 1]->str, id))
                n++;
    }
    freeReplyObject(rep);
    redisFree(c);
    return n;
}

static void spike_is_one_alert_across_kill9_steady_is_none(void **state) {
    (void)state;
    run sp, st;
    /* 3072 is in Feijenoord (config/areas-rotterdam.tsv) */
    run_start(&sp, "detect-spike", "theme=afval,pc4=3072,start=200,factor=10,length=30");
    run_start(&st, "detect-steady", NULL);
    alerts a;
    long long t0 = ll_t_now_ms();
    char log[400], slog[400];
    snprintf(log, sizeof(log), "%s/detect.log", sp.dir);
    snprintf(slog, sizeof(slog), "%s/detect.log", st.dir);
    /* both detectors are up (so "none" below means something) */
    while ((!ll_t_file_has(log, "detecting on") || !ll_t_file_has(slog, "detecting on")) &&
           ll_t_now_ms() - t0 < 60000)
        ll_t_sleep_ms(500);
    assert_true(ll_t_file_has(log, "detecting on"));
    assert_true(ll_t_file_has(slog, "detecting on"));
    /* the firing comes in the minute after the spike (the sanitizer build
     * is slower: the pipeline may lag a minute) */
    do {
        ll_t_sleep_ms(2000);
        count_alerts(&sp, &a);
    } while (a.firing == 0 && ll_t_now_ms() - t0 < 420000);
    assert_int_equal(a.firing, 1);
    assert_int_equal(a.resolved, 0);
    /* the live detector's alert reaches the dashboard's alert view */
    wait_dashboard_status(&sp, a.first_id, "firing");
    /* kill -9 while it fires; the restarted detector reads back what it sent */
    assert_int_equal(ll_t_stop(sp.det, SIGKILL, 5000), 128 + SIGKILL);
    sp.det = remember(ll_t_spawn("detect", sp.cfg, log, NULL, NULL));
    do {
        ll_t_sleep_ms(3000);
        count_alerts(&sp, &a);
    } while (a.resolved == 0 && ll_t_now_ms() - t0 < 600000);
    assert_int_equal(ll_t_wait(sp.sim, 60000), 0);
    assert_int_equal(ll_t_wait(st.sim, 60000), 0);
    ll_t_sleep_ms(3000); /* anything late would show by now */
    count_alerts(&sp, &a);
    assert_int_equal(a.firing, 1);
    assert_int_equal(a.resolved, 1);
    /* the city-wide afval and all of Feijenoord rose with it: inhibited */
    assert_int_equal(a.other, 0);
    assert_int_equal(a.leaks, 0);
    /* On the wire as the CloudEvents Kafka binding says (issue 17). */
    assert_int_equal(ll_t_cloudevents_check(sp.alerts, "nl.luisterloop.alert", 2), 0);
    assert_true(ll_t_file_has(log, "restored [1-9][0-9]* alert events"));
    wait_dashboard_status(&sp, a.first_id, "resolved");
    /* escalated once to the wijk's team: a firing, not its resolved */
    int for_id = 0;
    long long te = ll_t_now_ms();
    do {
        for_id = team_queue(&sp, a.first_id);
        if (for_id == 0)
            ll_t_sleep_ms(500);
    } while (for_id == 0 && ll_t_now_ms() - te < 30000);
    assert_int_equal(for_id, 1);
    alerts b;
    count_alerts(&st, &b);
    assert_int_equal(b.firing + b.resolved + b.other, 0);
    assert_int_equal(ll_t_stop(sp.esc, SIGTERM, 20000), 0);
    assert_int_equal(team_queue(&sp, a.first_id), 1);
    assert_int_equal(ll_t_stop(sp.dash, SIGTERM, 20000), 0);
    assert_int_equal(ll_t_stop(sp.det, SIGTERM, 20000), 0);
    assert_int_equal(ll_t_stop(st.det, SIGTERM, 20000), 0);
    assert_int_equal(ll_t_stop(sp.proc, SIGTERM, 20000), 0);
    assert_int_equal(ll_t_stop(st.proc, SIGTERM, 20000), 0);
}

static void silence_cli(void **state) {
    (void)state;
    char tag[96], dir[256], cfg[300], out[400], err[400];
    ll_t_unique(tag, sizeof(tag), "silence");
    ll_t_workspace(tag, dir, sizeof(dir), cfg, sizeof(cfg));
    ll_t_config_write(cfg, tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    snprintf(out, sizeof(out), "%s/out", dir);
    snprintf(err, sizeof(err), "%s/err", dir);
    const char *add[] = {"silence", "-c", cfg,         "add",        "theme=afval", "wijk!=Noord",
                         "--for",   "2h", "--comment", "road works", NULL};
    assert_int_equal(ll_t_run(add, out, err, 10000), 0);
    char id[64] = "";
    FILE *f = fopen(out, "r");
    assert_non_null(f);
    assert_non_null(fgets(id, sizeof(id), f));
    fclose(f);
    id[strcspn(id, "\n")] = '\0';
    assert_int_equal(strlen(id), 16);
    const char *list[] = {"silence", "-c", cfg, "list", NULL};
    assert_int_equal(ll_t_run(list, out, err, 10000), 0);
    assert_true(ll_t_file_has(out, "active .*theme=afval,wijk!=Noord  by .*: road works"));
    const char *expire[] = {"silence", "-c", cfg, "expire", id, NULL};
    assert_int_equal(ll_t_run(expire, out, err, 10000), 0);
    const char *list_all[] = {"silence", "-c", cfg, "list", "--all", "--json", NULL};
    assert_int_equal(ll_t_run(list_all, out, err, 10000), 0);
    char re[80];
    snprintf(re, sizeof(re), "\"id\":\"%s\"", id);
    assert_true(ll_t_file_has(out, re));
    assert_int_equal(ll_t_run(list, out, err, 10000), 0);
    assert_false(ll_t_file_has(out, id));
    /* bad input: a clear error, exit 64; an unknown id: 65 */
    const char *bad1[] = {"silence", "-c", cfg, "add", "colour=red", "--for", "1h", NULL};
    assert_int_equal(ll_t_run(bad1, out, err, 10000), 64);
    assert_true(ll_t_file_has(err, "label must be theme, wijk or gemeente"));
    const char *bad2[] = {"silence", "-c", cfg, "add", "theme=afval", "--for", "forever", NULL};
    assert_int_equal(ll_t_run(bad2, out, err, 10000), 64);
    const char *bad3[] = {"silence", "-c", cfg, "add", "theme=afval", NULL};
    assert_int_equal(ll_t_run(bad3, out, err, 10000), 64);
    const char *bad4[] = {"silence", "-c", cfg, "expire", "0123456789abcdef", NULL};
    assert_int_equal(ll_t_run(bad4, out, err, 10000), 65);
    const char *bad5[] = {"silence", "-c", cfg, "expire", "../etc", NULL};
    assert_int_equal(ll_t_run(bad5, out, err, 10000), 64);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(silence_cli),
        cmocka_unit_test_teardown(spike_is_one_alert_across_kill9_steady_is_none, kill_started),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
