/* escalations.c - `luisterloop escalations TEAM list|claim|ack|release`: a team's queue for case workers and scripts.
 *
 * The queue's states and calls are sinks/escq.h's, shared with the
 * dashboard's queue screen. claim takes, oldest first, a stale or released
 * case, else the next new one.
 *
 * Output: readable lines by default, one JSON object a line with --json
 * (stream_id, state, consumer, idle_ms, deliveries and the entry's fields,
 * lists and numbers as JSON). Exit: 0 done (also when there is nothing to
 * claim: then stdout is empty), 64 bad arguments, 65 the case is not open
 * (ack or release of an id no one holds), 69 Redis unreachable or failing. */
#include "escalations.h"

#include <ctype.h>
#include <errno.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escq.h"
#include "event.h"
#include "redis.h"
#include "route.h"

#define EX_OK 0
#define EX_USAGE 64
#define EX_DATAERR 65
#define EX_UNAVAILABLE 69

#define LIST_COUNT_DEFAULT 50

enum cmd { CMD_LIST, CMD_CLAIM, CMD_ACK, CMD_RELEASE };

typedef struct escs {
    const ll_config *cfg;
    const ll_escalate_cfg *ec; /* [escalate] */
    enum cmd cmd;
    char team[LL_MAX_TEAM_BYTES + 1];
    char id[LL_ESCQ_MAX_ID_BYTES + 1];
    char who[LL_ESCQ_MAX_WHO_BYTES + 1];
    int json;
    long count;
    redisContext *redis;
} escs;

static void escalations_shutdown(void *state);

static int escalate_line(void *settings, const char *key, const char *val, int lineno, char *msg,
                         size_t msglen) {
    if (strcmp(key, "route") != 0)
        return 1;
    /* Repeated on purpose: the rules, in order. */
    return ll_routes_add(&((ll_escalate_cfg *)settings)->routes, val, lineno, msg, msglen);
}

static void escalate_release(void *settings) {
    ll_routes_free(&((ll_escalate_cfg *)settings)->routes);
}

static const ll_config_key escalate_keys[] = {
    {"group", LL_CT_STR, LL_CFG_STR(ll_escalate_cfg, group), "luisterloop-escalate", 0, 0,
     "Kafka consumer group of the escalate role", NULL},
    {"transactional_id", LL_CT_STR, LL_CFG_STR(ll_escalate_cfg, txn_id), "luisterloop-escalate-0",
     0, 0, "Kafka transactional.id; unique and stable per escalate instance", NULL},
    {"batch_max", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, batch_max), "500", 1,
     LL_ESCALATE_BATCH_MAX, "most input events per transaction", NULL},
    {"batch_wait_ms", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, batch_wait_ms), "5", 0, 10000,
     "longest wait to fill a batch once the first event is in", NULL},
    {"transaction_timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, txn_timeout_ms), "30000",
     1000, 900000, "Kafka transaction timeout", NULL},
    {"mark_ttl_s", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, mark_ttl_s), "1209600", 3600, 31536000,
     "how long an escalated input is remembered, so a replay adds nothing", NULL},
    {"stream_maxlen", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, stream_maxlen), "100000", 1000,
     100000000, "entries kept per team stream (approximate MAXLEN; oldest go first)", NULL},
    {"excerpt_bytes", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, excerpt_bytes), "400", 0,
     LL_MAX_EXCERPT_BYTES, "masked citizen text carried in an escalation, in bytes", NULL},
    {"claim_idle_s", LL_CT_INT, LL_CFG_NUM(ll_escalate_cfg, claim_idle_s), "1800", 1, 2592000,
     "`escalations TEAM claim` takes over a case claimed but not acked for this long", NULL},
    LL_ADMIN_LISTEN_KEY(ll_escalate_cfg),
    {"default_team", LL_CT_TEAM, LL_CFG_STR(ll_escalate_cfg, routes.default_team), "klantcontact",
     0, 0, "team for what no route = rule matches", NULL},
};

const ll_config_section ll_escalate_config = {
    LL_CFG_SECTION("escalate", ll_escalate_cfg, escalate_keys), .line = escalate_line,
    .line_help =
        "route = MATCHERS -> TEAM: repeated, first match wins (see config/luisterloop.conf)",
    .release = escalate_release};

static void *escalations_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                              size_t errlen) {
    escs *x = calloc(1, sizeof(*x));
    if (!x) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    x->cfg = cfg;
    x->ec = ll_config_settings(cfg, &ll_escalate_config);
    x->count = LIST_COUNT_DEFAULT;
    const char *pos[3] = {NULL, NULL, NULL};
    int npos = 0, as_given = 0, count_given = 0;
    const char *user = getenv("USER");
    snprintf(x->who, sizeof(x->who), "%s", user && ll_escq_who_valid(user) ? user : "caseworker");
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--json")) {
            x->json = 1;
        } else if (!strcmp(a, "--as") || !strcmp(a, "--count")) {
            if (i + 1 >= argc) {
                snprintf(errstr, errlen, "escalations: %s needs a value", a);
                goto fail;
            }
            const char *v = argv[++i];
            if (!strcmp(a, "--as")) {
                if (!ll_escq_who_valid(v)) {
                    snprintf(errstr, errlen,
                             "escalations: --as '%s': a name of 1..%d characters of "
                             "[A-Za-z0-9._@-], not '%s'",
                             v, LL_ESCQ_MAX_WHO_BYTES, LL_ESCQ_POOL);
                    goto fail;
                }
                snprintf(x->who, sizeof(x->who), "%s", v);
                as_given = 1;
            } else {
                char *end = NULL;
                errno = 0;
                long n = strtol(v, &end, 10);
                if (errno || end == v || *end || n < 1 || n > LL_ESCQ_LIST_MAX) {
                    snprintf(errstr, errlen, "escalations: --count '%s': a number 1..%d", v,
                             LL_ESCQ_LIST_MAX);
                    goto fail;
                }
                x->count = n;
                count_given = 1;
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            snprintf(errstr, errlen, "escalations: unknown option '%s'", a);
            goto fail;
        } else if (npos < 3) {
            pos[npos++] = a;
        } else {
            snprintf(errstr, errlen, "escalations: unexpected argument '%s'", a);
            goto fail;
        }
    }
    if (npos < 2) {
        snprintf(errstr, errlen,
                 "escalations: usage: escalations TEAM list|claim [--as WHO]|ack ID|release ID "
                 "[--json]");
        goto fail;
    }
    if (!ll_team_valid(pos[0])) {
        snprintf(errstr, errlen, "escalations: team '%s': 1..%d characters of [A-Za-z0-9_-]",
                 pos[0], LL_MAX_TEAM_BYTES);
        goto fail;
    }
    snprintf(x->team, sizeof(x->team), "%s", pos[0]);
    static const char *const names[] = {"list", "claim", "ack", "release"};
    int c = -1;
    for (int i = 0; i < 4; i++)
        if (!strcmp(pos[1], names[i]))
            c = i;
    if (c < 0) {
        snprintf(errstr, errlen, "escalations: unknown command '%s' (list, claim, ack, release)",
                 pos[1]);
        goto fail;
    }
    x->cmd = (enum cmd)c;
    int wants_id = x->cmd == CMD_ACK || x->cmd == CMD_RELEASE;
    if (wants_id && npos < 3) {
        snprintf(errstr, errlen,
                 "escalations: %s needs the case's stream id (e.g. 1764421200000-0)", names[c]);
        goto fail;
    }
    if (!wants_id && npos > 2) {
        snprintf(errstr, errlen, "escalations: %s takes no id ('%s')", names[c], pos[2]);
        goto fail;
    }
    if (wants_id) {
        if (!ll_escq_id_valid(pos[2])) {
            snprintf(errstr, errlen,
                     "escalations: '%s' is not a stream id (MILLISECONDS-SEQUENCE, e.g. "
                     "1764421200000-0)",
                     pos[2]);
            goto fail;
        }
        snprintf(x->id, sizeof(x->id), "%s", pos[2]);
    }
    if (as_given && x->cmd != CMD_CLAIM) {
        snprintf(errstr, errlen, "escalations: --as goes with claim only");
        goto fail;
    }
    if (count_given && x->cmd != CMD_LIST) {
        snprintf(errstr, errlen, "escalations: --count goes with list only");
        goto fail;
    }
    return x;
fail:
    escalations_shutdown(x);
    return NULL;
}

static int fail_rc(ll_escq_rc rc, const char *err) {
    fprintf(stderr, "luisterloop escalations: %s\n", err);
    return rc == LL_ESCQ_REDIS                      ? EX_UNAVAILABLE
           : rc == LL_ESCQ_NONE || rc == LL_ESCQ_OK ? EX_OK
                                                    : EX_DATAERR;
}

/* Whether the team is known: named by the rules, or its stream exists. */
static int team_known(escs *x, int *rc) {
    const char *teams[LL_MAX_TEAMS];
    int n = ll_routes_teams(&x->ec->routes, teams, LL_MAX_TEAMS);
    for (int i = 0; i < n; i++)
        if (!strcmp(teams[i], x->team))
            return 1;
    char err[512];
    int exists = 0;
    ll_escq_rc q = ll_escq_exists(x->redis, x->team, &exists, err, sizeof(err));
    if (q != LL_ESCQ_OK) {
        *rc = fail_rc(q, err);
        return 0;
    }
    if (!exists) {
        fprintf(stderr,
                "luisterloop escalations: unknown team '%s' (the routing rules name:", x->team);
        for (int i = 0; i < n; i++)
            fprintf(stderr, " %s", teams[i]);
        fprintf(stderr, ")\n");
        *rc = EX_USAGE;
    }
    return exists;
}

static const char *field(const cJSON *o, const char *name) {
    const char *s = ll_json_str(o, name);
    return s ? s : "";
}

/* One case (sinks/escq.h), as a JSON line or readable lines. */
static void print_case(escs *x, const cJSON *o) {
    if (x->json) {
        char *s = cJSON_PrintUnformatted(o);
        if (s)
            printf("%s\n", s);
        else
            fprintf(stderr, "luisterloop escalations: out of memory\n");
        free(s);
        return;
    }
    char who[LL_ESCQ_MAX_WHO_BYTES + 64] = "";
    const cJSON *idle = cJSON_GetObjectItemCaseSensitive(o, "idle_ms");
    if (ll_json_str(o, "consumer") && cJSON_IsNumber(idle))
        snprintf(who, sizeof(who), " by %s, %lld min ago", field(o, "consumer"),
                 (long long)idle->valuedouble / 60000);
    printf("%s  %s%s  %s  %s%s%s\n", field(o, "stream_id"), field(o, "state"), who,
           field(o, "level"), field(o, "theme"), ll_json_str(o, "wijk") ? " / " : "",
           field(o, "wijk"));
    if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "trimmed"))) {
        printf("    (trimmed from the stream: stream_maxlen)\n");
        return;
    }
    /* A signal's summary starts with its advice (for the readers that show
     * one line): printed once here. */
    const char *advice = ll_json_str(o, "advice"), *summary = field(o, "summary");
    size_t an = advice ? strlen(advice) : 0;
    if (advice) {
        printf("    ADVICE: %s\n", advice);
        if (!strncmp(summary, advice, an) && !strncmp(summary + an, " | ", 3))
            summary += an + 3;
    }
    printf("    %s\n", summary);
    const cJSON *reasons = cJSON_GetObjectItemCaseSensitive(o, "reasons");
    const cJSON *r;
    cJSON_ArrayForEach(r, reasons) {
        if (cJSON_IsString(r))
            printf("    - %s\n", r->valuestring);
    }
    if (ll_json_str(o, "text"))
        printf("    \"%s\"\n", field(o, "text"));
    const char *ref = ll_json_str(o, "event_id") ? "event" : "alert";
    printf("    %s %s, received %s%s%s\n", ref,
           field(o, ll_json_str(o, "event_id") ? "event_id" : "alert_id"), field(o, "received_at"),
           ll_json_str(o, "awb_deadline") ? ", Awb deadline " : "", field(o, "awb_deadline"));
}

static void print_done(escs *x, const char *state) {
    if (x->json)
        printf("{\"team\":\"%s\",\"stream_id\":\"%s\",\"state\":\"%s\"}\n", x->team, x->id, state);
    else
        printf("%s  %s\n", x->id, state);
}

static int cmd_run(escs *x) {
    char err[512];
    long long idle_ms = (long long)x->ec->claim_idle_s * 1000;
    cJSON *got = NULL;
    ll_escq_rc q = LL_ESCQ_OK;
    switch (x->cmd) {
    case CMD_LIST:
        q = ll_escq_list(x->redis, x->team, x->count, idle_ms, &got, err, sizeof(err));
        if (q == LL_ESCQ_OK) {
            const cJSON *k;
            cJSON_ArrayForEach(k, got) print_case(x, k);
        }
        break;
    case CMD_CLAIM:
        q = ll_escq_claim(x->redis, x->team, x->who, NULL, idle_ms, &got, err, sizeof(err));
        if (q == LL_ESCQ_OK)
            print_case(x, got);
        break;
    case CMD_ACK:
        if ((q = ll_escq_ack(x->redis, x->team, x->id, err, sizeof(err))) == LL_ESCQ_OK)
            print_done(x, "done");
        break;
    case CMD_RELEASE:
        if ((q = ll_escq_release(x->redis, x->team, x->id, err, sizeof(err))) == LL_ESCQ_OK)
            print_done(x, "released");
        break;
    }
    cJSON_Delete(got);
    return q == LL_ESCQ_OK ? EX_OK : fail_rc(q, err);
}

static int escalations_run(void *state) {
    escs *x = state;
    char err[512];
    if (!(x->redis = ll_redis_connect(x->cfg->redis, 5000, err, sizeof(err)))) {
        fprintf(stderr, "luisterloop escalations: %s\n", err);
        return EX_UNAVAILABLE;
    }
    int rc = EX_OK;
    if (!team_known(x, &rc))
        return rc;
    ll_escq_rc q = ll_escq_group_ensure(x->redis, x->team, err, sizeof(err));
    rc = q == LL_ESCQ_OK ? cmd_run(x) : fail_rc(q, err);
    fflush(stdout);
    return rc;
}

static void escalations_shutdown(void *state) {
    escs *x = state;
    if (!x)
        return;
    if (x->redis)
        redisFree(x->redis);
    free(x);
}

const ll_role ll_role_escalations = {
    .name = "escalations",
    .summary = "a team's escalation queue: TEAM list | claim [--as WHO] | ack ID | release ID",
    .usage = "  TEAM list [--count N]   claimed, released and new cases (default 50)\n"
             "  TEAM claim [--as WHO]   take the oldest stale or released case, else the next "
             "new one\n"
             "  TEAM ack ID             the case is done\n"
             "  TEAM release ID         give a claimed case back for anyone to claim\n"
             "  --json                  one JSON object a line\n"
             "exit: 0 done (nothing to claim: empty output), 64 bad arguments, 65 the case is\n"
             "not open, 69 Redis unreachable\n",
    .config = &ll_escalate_config,
    .needs_pseudonym_key = 0,
    .init_fail_exit = EX_USAGE,
    .init = escalations_init,
    .run = escalations_run,
    .shutdown = escalations_shutdown,
};
