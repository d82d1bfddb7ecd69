/* escalations.c - `luisterloop escalations TEAM list|claim|ack|release`: a team's queue for case workers and scripts.
 *
 * A team's queue is the Redis Stream ll:esc:{TEAM} with the consumer group
 * caseworkers (sinks/escalate.c fills it). A case is
 *   new       added, not yet delivered to anyone in the group;
 *   claimed   delivered to a case worker (a consumer of the group), in the
 *             group's pending list until acked;
 *   released  given back: in the pending list of the pool consumer
 *             `released` with an idle time far beyond claim_idle_s, so the
 *             next claim takes it over at once;
 *   done      acked: out of the pending list (the entry stays on the stream
 *             until trimmed by stream_maxlen).
 * claim takes, oldest first, a case claimed longer than claim_idle_s ago and
 * never acked, or a released one (XAUTOCLAIM), else the next new case
 * (XREADGROUP ... >). release moves a claimed case to the pool (XCLAIM ...
 * IDLE). ack ends it (XACK).
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

#include "escalation.h"
#include "keys.h"
#include "redis.h"

#define EX_OK          0
#define EX_USAGE       64
#define EX_DATAERR     65
#define EX_UNAVAILABLE 69

/* The pool consumer that holds released cases. */
#define POOL_CONSUMER "released"
/* A released case looks idle this long (ms), so any claim takes it first. */
/* Ten years: Redis takes an idle time beyond the epoch as none at all. */
#define RELEASED_IDLE_MS 315360000000LL
#define LIST_COUNT_DEFAULT 50
#define LIST_COUNT_MAX 10000
#define MAX_WHO_BYTES 64
#define MAX_STREAM_ID_BYTES 41 /* two 20-digit numbers and a dash */
/* XAUTOCLAIM scans the pending list in steps; this bounds one claim's steps. */
#define AUTOCLAIM_MAX_STEPS 1000

enum cmd { CMD_LIST, CMD_CLAIM, CMD_ACK, CMD_RELEASE };

typedef struct escs {
    const ll_config *cfg;
    const ll_escalate_cfg *ec; /* [escalate] */
    enum cmd cmd;
    char team[LL_MAX_TEAM_BYTES + 1];
    char key[LL_MAX_TEAM_BYTES + 16];
    char id[MAX_STREAM_ID_BYTES + 1];
    char who[MAX_WHO_BYTES + 1];
    int json;
    long count;
    redisContext *redis;
} escs;

static int stream_id_valid(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > MAX_STREAM_ID_BYTES)
        return 0;
    int dash = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '-' && !dash && digits > 0) {
            dash = 1;
            digits = 0;
        } else if (isdigit((unsigned char)s[i]) && digits < 20) {
            digits++;
        } else {
            return 0;
        }
    }
    return dash && digits > 0;
}

static int who_valid(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > MAX_WHO_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("._@-", s[i]))
            return 0;
    return 1;
}

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
    {"metrics_listen", LL_CT_STR, LL_CFG_STR(ll_escalate_cfg, metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none", NULL},
    {"default_team", LL_CT_TEAM, LL_CFG_STR(ll_escalate_cfg, routes.default_team), "klantcontact", 0, 0,
     "team for what no route = rule matches", NULL},
};

const ll_config_section ll_escalate_config = {
    LL_CFG_SECTION("escalate", ll_escalate_cfg, escalate_keys), .line = escalate_line,
    .line_help = "route = MATCHERS -> TEAM: repeated, first match wins (see config/luisterloop.conf)",
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
    snprintf(x->who, sizeof(x->who), "%s", user && who_valid(user) ? user : "caseworker");
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
                if (!who_valid(v) || !strcmp(v, POOL_CONSUMER)) {
                    snprintf(errstr, errlen,
                             "escalations: --as '%s': a name of 1..%d characters of "
                             "[A-Za-z0-9._@-], not '%s'",
                             v, MAX_WHO_BYTES, POOL_CONSUMER);
                    goto fail;
                }
                snprintf(x->who, sizeof(x->who), "%s", v);
                as_given = 1;
            } else {
                char *end = NULL;
                errno = 0;
                long n = strtol(v, &end, 10);
                if (errno || end == v || *end || n < 1 || n > LIST_COUNT_MAX) {
                    snprintf(errstr, errlen, "escalations: --count '%s': a number 1..%d", v,
                             LIST_COUNT_MAX);
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
    snprintf(x->key, sizeof(x->key), LL_KEY_ESC_FMT, x->team);
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
        snprintf(errstr, errlen, "escalations: %s needs the case's stream id (e.g. 1764421200000-0)",
                 names[c]);
        goto fail;
    }
    if (!wants_id && npos > 2) {
        snprintf(errstr, errlen, "escalations: %s takes no id ('%s')", names[c], pos[2]);
        goto fail;
    }
    if (wants_id) {
        if (!stream_id_valid(pos[2])) {
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

static int redis_fail(escs *x, redisReply *r, const char *what) {
    fprintf(stderr, "luisterloop escalations: redis %s: %s\n", what,
            !r ? x->redis->errstr : r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
    freeReplyObject(r);
    return EX_UNAVAILABLE;
}

/* Whether the team is known: named by the rules, or its stream exists. */
static int team_known(escs *x, int *rc) {
    const char *teams[LL_MAX_TEAMS];
    int n = ll_routes_teams(&x->ec->routes, teams, LL_MAX_TEAMS);
    for (int i = 0; i < n; i++)
        if (!strcmp(teams[i], x->team))
            return 1;
    redisReply *r = redisCommand(x->redis, "EXISTS %s", x->key);
    if (!r || r->type != REDIS_REPLY_INTEGER) {
        *rc = redis_fail(x, r, "EXISTS");
        return 0;
    }
    int exists = r->integer == 1;
    freeReplyObject(r);
    if (!exists) {
        fprintf(stderr, "luisterloop escalations: unknown team '%s' (the routing rules name:", x->team);
        for (int i = 0; i < n; i++)
            fprintf(stderr, " %s", teams[i]);
        fprintf(stderr, ")\n");
        *rc = EX_USAGE;
    }
    return exists;
}

/* The group from the first entry, as escalate makes it; already there is fine. */
static int group_ensure(escs *x) {
    redisReply *r = redisCommand(x->redis, "XGROUP CREATE %s %s 0 MKSTREAM", x->key, LL_ESC_GROUP);
    int ok = r && (r->type == REDIS_REPLY_STATUS ||
                   (r->type == REDIS_REPLY_ERROR && !strncmp(r->str, "BUSYGROUP", 9)));
    if (!ok)
        return redis_fail(x, r, "XGROUP CREATE");
    freeReplyObject(r);
    return EX_OK;
}

/* An entry's field/value array as a JSON object: lists and numbers back to JSON. */
static cJSON *entry_fields(const redisReply *fv) {
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    for (size_t i = 0; fv && fv->type == REDIS_REPLY_ARRAY && i + 1 < fv->elements; i += 2) {
        const redisReply *k = fv->element[i], *v = fv->element[i + 1];
        if (k->type != REDIS_REPLY_STRING || v->type != REDIS_REPLY_STRING)
            continue;
        cJSON *val = ll_escalation_field_is_json(k->str) ? cJSON_Parse(v->str) : NULL;
        if (!val)
            val = cJSON_CreateString(v->str);
        if (!val || !cJSON_AddItemToObject(o, k->str, val)) {
            cJSON_Delete(val);
            cJSON_Delete(o);
            return NULL;
        }
    }
    return o;
}

static const char *field(const cJSON *o, const char *name) {
    const char *s = ll_json_str(o, name);
    return s ? s : "";
}

/* One case, as a JSON line or readable lines. fv may be NULL (trimmed). */
static void print_case(escs *x, const char *id, const char *state, const char *consumer,
                       long long idle_ms, long long deliveries, const redisReply *fv) {
    cJSON *o = entry_fields(fv);
    if (!o) {
        fprintf(stderr, "luisterloop escalations: out of memory\n");
        return;
    }
    if (x->json) {
        cJSON *line = cJSON_CreateObject();
        int ok = line && cJSON_AddStringToObject(line, "team", x->team) &&
                 cJSON_AddStringToObject(line, "stream_id", id) &&
                 cJSON_AddStringToObject(line, "state", state) &&
                 (!consumer || cJSON_AddStringToObject(line, "consumer", consumer)) &&
                 (idle_ms < 0 || cJSON_AddNumberToObject(line, "idle_ms", (double)idle_ms)) &&
                 (deliveries < 0 ||
                  cJSON_AddNumberToObject(line, "deliveries", (double)deliveries)) &&
                 (fv || cJSON_AddTrueToObject(line, "trimmed"));
        cJSON *it = o->child;
        while (ok && it) {
            cJSON *next = it->next;
            cJSON_DetachItemViaPointer(o, it);
            if (!cJSON_GetObjectItemCaseSensitive(line, it->string))
                cJSON_AddItemToObject(line, it->string, it);
            else
                cJSON_Delete(it);
            it = next;
        }
        char *s = ok ? cJSON_PrintUnformatted(line) : NULL;
        if (s)
            printf("%s\n", s);
        else
            fprintf(stderr, "luisterloop escalations: out of memory\n");
        free(s);
        cJSON_Delete(line);
        cJSON_Delete(o);
        return;
    }
    char who[MAX_WHO_BYTES + 64] = "";
    if (consumer && idle_ms >= 0)
        snprintf(who, sizeof(who), " by %s, %lld min ago", consumer, idle_ms / 60000);
    printf("%s  %s%s  %s  %s%s%s\n", id, state, who, field(o, "level"), field(o, "theme"),
           ll_json_str(o, "wijk") ? " / " : "", field(o, "wijk"));
    if (!fv) {
        printf("    (trimmed from the stream: stream_maxlen)\n");
        cJSON_Delete(o);
        return;
    }
    if (ll_json_str(o, "advice"))
        printf("    ADVICE: %s\n", field(o, "advice"));
    printf("    %s\n", field(o, "summary"));
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
    cJSON_Delete(o);
}

/* The entry with this id (NULL when trimmed); the caller frees *hold. */
static int entry_get(escs *x, const char *id, redisReply **hold, const redisReply **fv) {
    *fv = NULL;
    *hold = redisCommand(x->redis, "XRANGE %s %s %s", x->key, id, id);
    if (!*hold || (*hold)->type != REDIS_REPLY_ARRAY) {
        int rc = redis_fail(x, *hold, "XRANGE");
        *hold = NULL;
        return rc;
    }
    if ((*hold)->elements == 1 && (*hold)->element[0]->type == REDIS_REPLY_ARRAY &&
        (*hold)->element[0]->elements == 2)
        *fv = (*hold)->element[0]->element[1];
    return EX_OK;
}

static int cmd_list(escs *x) {
    /* Claimed and released cases first: the group's pending list. */
    redisReply *p = redisCommand(x->redis, "XPENDING %s %s - + %ld", x->key, LL_ESC_GROUP,
                                 x->count);
    if (!p || p->type != REDIS_REPLY_ARRAY)
        return redis_fail(x, p, "XPENDING");
    long shown = 0;
    for (size_t i = 0; i < p->elements; i++) {
        const redisReply *e = p->element[i];
        if (e->type != REDIS_REPLY_ARRAY || e->elements != 4)
            continue;
        const char *consumer = e->element[1]->str;
        redisReply *hold;
        const redisReply *fv;
        int rc = entry_get(x, e->element[0]->str, &hold, &fv);
        if (rc != EX_OK) {
            freeReplyObject(p);
            return rc;
        }
        int released = !strcmp(consumer, POOL_CONSUMER);
        print_case(x, e->element[0]->str, released ? "released" : "claimed",
                   released ? NULL : consumer, released ? -1 : e->element[2]->integer,
                   e->element[3]->integer, fv);
        freeReplyObject(hold);
        shown++;
    }
    freeReplyObject(p);
    if (shown >= x->count)
        return EX_OK;
    /* Then the new ones: after the group's last delivered id. */
    redisReply *g = redisCommand(x->redis, "XINFO GROUPS %s", x->key);
    if (!g || g->type != REDIS_REPLY_ARRAY)
        return redis_fail(x, g, "XINFO GROUPS");
    char last[MAX_STREAM_ID_BYTES + 2] = "0-0";
    for (size_t i = 0; i < g->elements; i++) {
        const redisReply *grp = g->element[i];
        const char *name = NULL, *ld = NULL;
        for (size_t k = 0; grp->type == REDIS_REPLY_ARRAY && k + 1 < grp->elements; k += 2) {
            const redisReply *fk = grp->element[k], *fvv = grp->element[k + 1];
            if (fk->type != REDIS_REPLY_STRING && fk->type != REDIS_REPLY_STATUS)
                continue;
            if (!strcmp(fk->str, "name") && fvv->type == REDIS_REPLY_STRING)
                name = fvv->str;
            if (!strcmp(fk->str, "last-delivered-id") && fvv->type == REDIS_REPLY_STRING)
                ld = fvv->str;
        }
        if (name && ld && !strcmp(name, LL_ESC_GROUP))
            snprintf(last, sizeof(last), "%s", ld);
    }
    freeReplyObject(g);
    char start[MAX_STREAM_ID_BYTES + 3];
    snprintf(start, sizeof(start), "(%s", last);
    redisReply *r = redisCommand(x->redis, "XRANGE %s %s + COUNT %ld", x->key, start,
                                 x->count - shown);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(x, r, "XRANGE");
    for (size_t i = 0; i < r->elements; i++) {
        const redisReply *e = r->element[i];
        if (e->type == REDIS_REPLY_ARRAY && e->elements == 2)
            print_case(x, e->element[0]->str, "new", NULL, -1, 0, e->element[1]);
    }
    freeReplyObject(r);
    return EX_OK;
}

static int cmd_claim(escs *x) {
    char idle[24];
    snprintf(idle, sizeof(idle), "%lld", (long long)x->ec->claim_idle_s * 1000);
    /* A stale or released case first, oldest first; the pending list is
     * scanned in steps, from cursor 0-0 until it comes back to 0-0. */
    char cursor[MAX_STREAM_ID_BYTES + 1] = "0-0";
    for (int step = 0; step < AUTOCLAIM_MAX_STEPS; step++) {
        redisReply *r = redisCommand(x->redis, "XAUTOCLAIM %s %s %s %s %s COUNT 1", x->key,
                                     LL_ESC_GROUP, x->who, idle, cursor);
        if (!r || r->type != REDIS_REPLY_ARRAY || r->elements < 2 ||
            r->element[0]->type != REDIS_REPLY_STRING ||
            r->element[1]->type != REDIS_REPLY_ARRAY)
            return redis_fail(x, r, "XAUTOCLAIM");
        const redisReply *got = r->element[1];
        for (size_t i = 0; i < got->elements; i++) {
            const redisReply *e = got->element[i];
            if (e->type == REDIS_REPLY_ARRAY && e->elements == 2) {
                print_case(x, e->element[0]->str, "claimed", x->who, 0, -1, e->element[1]);
                freeReplyObject(r);
                return EX_OK;
            }
        }
        snprintf(cursor, sizeof(cursor), "%s", r->element[0]->str);
        freeReplyObject(r);
        if (!strcmp(cursor, "0-0"))
            break;
    }
    /* Else the next new case. */
    redisReply *r = redisCommand(x->redis, "XREADGROUP GROUP %s %s COUNT 1 STREAMS %s >",
                                 LL_ESC_GROUP, x->who, x->key);
    if (!r || (r->type != REDIS_REPLY_ARRAY && r->type != REDIS_REPLY_NIL))
        return redis_fail(x, r, "XREADGROUP");
    if (r->type == REDIS_REPLY_ARRAY && r->elements == 1 &&
        r->element[0]->type == REDIS_REPLY_ARRAY && r->element[0]->elements == 2) {
        const redisReply *entries = r->element[0]->element[1];
        if (entries->type == REDIS_REPLY_ARRAY && entries->elements == 1 &&
            entries->element[0]->type == REDIS_REPLY_ARRAY &&
            entries->element[0]->elements == 2) {
            print_case(x, entries->element[0]->element[0]->str, "claimed", x->who, 0, -1,
                       entries->element[0]->element[1]);
            freeReplyObject(r);
            return EX_OK;
        }
    }
    freeReplyObject(r);
    fprintf(stderr, "luisterloop escalations: no open case for %s\n", x->team);
    return EX_OK;
}

static void print_done(escs *x, const char *state) {
    if (x->json)
        printf("{\"team\":\"%s\",\"stream_id\":\"%s\",\"state\":\"%s\"}\n", x->team, x->id, state);
    else
        printf("%s  %s\n", x->id, state);
}

static int cmd_ack(escs *x) {
    redisReply *r = redisCommand(x->redis, "XACK %s %s %s", x->key, LL_ESC_GROUP, x->id);
    if (!r || r->type != REDIS_REPLY_INTEGER)
        return redis_fail(x, r, "XACK");
    long long n = r->integer;
    freeReplyObject(r);
    if (n != 1) {
        fprintf(stderr,
                "luisterloop escalations: %s is not an open case of %s (already acked, never "
                "claimed, or no such id)\n",
                x->id, x->team);
        return EX_DATAERR;
    }
    print_done(x, "done");
    return EX_OK;
}

static int cmd_release(escs *x) {
    redisReply *r = redisCommand(x->redis, "XPENDING %s %s %s %s 1", x->key, LL_ESC_GROUP, x->id,
                                 x->id);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(x, r, "XPENDING");
    int held = r->elements == 1;
    freeReplyObject(r);
    if (!held) {
        fprintf(stderr,
                "luisterloop escalations: %s is not a claimed case of %s (acked, never claimed, "
                "or no such id)\n",
                x->id, x->team);
        return EX_DATAERR;
    }
    char idle[24];
    snprintf(idle, sizeof(idle), "%lld", RELEASED_IDLE_MS);
    r = redisCommand(x->redis, "XCLAIM %s %s %s 0 %s IDLE %s JUSTID", x->key, LL_ESC_GROUP,
                     POOL_CONSUMER, x->id, idle);
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return redis_fail(x, r, "XCLAIM");
    int moved = r->elements == 1;
    freeReplyObject(r);
    if (!moved) {
        fprintf(stderr, "luisterloop escalations: %s was acked meanwhile\n", x->id);
        return EX_DATAERR;
    }
    print_done(x, "released");
    return EX_OK;
}

static int escalations_run(void *state) {
    escs *x = state;
    char err[256];
    if (!(x->redis = ll_redis_connect(x->cfg->redis, 5000, err, sizeof(err)))) {
        fprintf(stderr, "luisterloop escalations: %s\n", err);
        return EX_UNAVAILABLE;
    }
    int rc = EX_OK;
    if (!team_known(x, &rc))
        return rc;
    if ((rc = group_ensure(x)) != EX_OK)
        return rc;
    switch (x->cmd) {
    case CMD_LIST:
        rc = cmd_list(x);
        break;
    case CMD_CLAIM:
        rc = cmd_claim(x);
        break;
    case CMD_ACK:
        rc = cmd_ack(x);
        break;
    case CMD_RELEASE:
        rc = cmd_release(x);
        break;
    }
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
