/* dashboard_api.c - the JSON API under /api/v1/: what each screen shows, for the page and for tools.
 *
 * Reading needs any role; claim, ack and release need caseworker or admin;
 * a browser session's POST carries X-CSRF-Token. Queue calls are the ones
 * of `luisterloop escalations` (sinks/escq.h), synchronous on Redis: a few
 * round trips on the local network per click. */
#include <errno.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_int.h"
#include "event.h"
#include "http.h"
#include "log.h"
#include "keys.h"
#include "route.h"
#include "silence.h"
#include "text.h"

/* A page of a team's queue: ?limit=1..QUEUE_PAGE_MAX, QUEUE_PAGE_DEFAULT without. */
#define QUEUE_PAGE_DEFAULT 50
#define QUEUE_PAGE_MAX 500
#define QUEUE_PAGE_MAX_TEXT "500"
#define URGENT_MAX 50

static void send_cjson(struct evhttp_request *req, int code, cJSON *o) {
    char *s = o ? cJSON_PrintUnformatted(o) : NULL;
    cJSON_Delete(o);
    if (!s) {
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    dash_security_headers(req);
    ll_http_send_json(req, code, s);
    cJSON_free(s);
}

/* ---- a firing alert's chart from the detector's own counts ----
 * dash_state draws the chart from the kept signals, and signals_kept (5000, about 16
 * minutes of the busy demo) loses a spike's minutes long before the alert ends: in the
 * user check of 12-01 the chart of "64 against 18.3" never went above 5. The detector keeps,
 * per series and minute, the set of threads new in that minute for a day (core/keys.h,
 * LL_KEY_DETECT_BUCKET_FMT, under its [detect] group), which is what it fired on. So when
 * the alerts are asked for, each firing alert's minutes are read back, one pipelined SCARD
 * per minute: nothing per event. chart.source says which series it is: "detect", or
 * "signals" when Redis has none (another detector group, buckets expired, Redis down).
 * The chart starts where the detector's knowledge does: at the first minute it saw (its
 * saved model) or the series' first counted minute, whichever is earlier; the minutes before
 * were drawn as three hours of zeros on a stack minutes old (user check of 12-01). */
static void alert_chart_from_detect(dash *d, redisContext *c, const char *ns, cJSON *a) {
    cJSON *chart = cJSON_GetObjectItemCaseSensitive(a, "chart");
    const cJSON *labels = cJSON_GetObjectItemCaseSensitive(a, "labels");
    const char *theme = ll_json_str(labels, "theme"), *wijk = ll_json_str(labels, "wijk");
    cJSON *t = cJSON_GetObjectItemCaseSensitive(chart, "t");
    cJSON *obs = cJSON_GetObjectItemCaseSensitive(chart, "observed");
    int n = cJSON_GetArraySize(t);
    if (!theme || !cJSON_IsArray(t) || !cJSON_IsArray(obs) || n != cJSON_GetArraySize(obs))
        return;
    /* detect's series key: "THEME|WIJK", "*" for a city-wide series (processors/detector.c) */
    char series[2 * LL_DETECT_LABEL_BYTES + 2], key[LL_DETECT_NS_BYTES + sizeof(series) + 48];
    snprintf(series, sizeof(series), "%s|%s", theme, wijk ? wijk : "*");
    const cJSON *ti;
    int sent = 0;
    cJSON_ArrayForEach(ti, t) {
        snprintf(key, sizeof(key), LL_KEY_DETECT_BUCKET_FMT, ns, series,
                 (long long)ti->valuedouble / 60);
        if (redisAppendCommand(c, "SCARD %s", key) != REDIS_OK)
            break;
        sent++;
    }
    snprintf(key, sizeof(key), LL_KEY_DETECT_MODEL_FMT, ns);
    int asked_first = sent == n && redisAppendCommand(c, "HGET %s %s", key,
                                                      LL_KEY_DETECT_MODEL_PROFILE) == REDIS_OK;
    long long counts[DASH_ALERT_CHART_MIN], first_min = -1;
    int ok = sent == n && n <= DASH_ALERT_CHART_MIN, first_count = n;
    for (int i = 0; i < sent + asked_first; i++) {
        redisReply *r = NULL;
        if (redisGetReply(c, (void **)&r) != REDIS_OK || !r) {
            dash_redis_failed(d);
            return; /* the context is gone; the chart stays the signals' */
        }
        if (i == sent) {
            char *end = NULL;
            long long v = r->type == REDIS_REPLY_STRING ? strtoll(r->str, &end, 10) : -1;
            first_min = end && end != r->str && v > 0 ? v : -1;
        } else if (r->type == REDIS_REPLY_INTEGER && i < DASH_ALERT_CHART_MIN) {
            counts[i] = r->integer;
            if (r->integer > 0 && first_count == n)
                first_count = i;
        } else {
            ok = 0;
        }
        freeReplyObject(r);
    }
    /* the first minute shown: the detector's first, or the series' first count before it */
    int from = first_count;
    for (int i = 0; i < n && first_min > 0; i++)
        if ((long long)cJSON_GetArrayItem(t, i)->valuedouble / 60 >= first_min) {
            from = i < from ? i : from;
            break;
        }
    if (from > n - 2)
        from = first_min > 0 || first_count < n ? n - 2 : 0; /* a line needs two points */
    if (from < 0)
        from = 0;
    for (int i = 0; i < from; i++) {
        cJSON_DeleteItemFromArray(t, 0);
        cJSON_DeleteItemFromArray(obs, 0);
    }
    cJSON_DeleteItemFromObjectCaseSensitive(chart, "source");
    if (!ok || first_count == n) {
        cJSON_AddStringToObject(chart, "source", "signals");
        return;
    }
    for (int i = from; i < n; i++)
        cJSON_ReplaceItemInArray(obs, i - from, cJSON_CreateNumber((double)counts[i]));
    cJSON_AddStringToObject(chart, "source", "detect");
}

static cJSON *alerts_with_charts(dash *d, long long now) {
    cJSON *alerts = dash_state_alerts_json(&d->st, now);
    const char *ns = ll_config_string(d->cfg, "detect", "group");
    cJSON *a;
    int firing = 0;
    cJSON_ArrayForEach(a, alerts) firing |= cJSON_GetObjectItemCaseSensitive(a, "chart") != NULL;
    char err[256];
    redisContext *c = firing && ns && *ns ? dash_redis(d, err, sizeof(err)) : NULL;
    cJSON_ArrayForEach(a, alerts) {
        if (!c)
            break;
        if (cJSON_GetObjectItemCaseSensitive(a, "chart"))
            alert_chart_from_detect(d, c, ns, a);
        c = c->err ? NULL : c;
    }
    return alerts;
}

static int team_known(dash *d, const char *team) {
    const char *teams[LL_MAX_TEAMS];
    int n = ll_routes_teams(&d->ec->routes, teams, LL_MAX_TEAMS);
    for (int i = 0; i < n; i++)
        if (!strcmp(teams[i], team))
            return 1;
    return 0;
}

static long long claim_idle_ms(dash *d) { return (long long)d->ec->claim_idle_s * 1000; }

static void redis_error(dash *d, struct evhttp_request *req, const char *err) {
    ll_warn("queues: %s", err);
    dash_redis_failed(d);
    ll_http_send_error(req, 503, "the queues (Redis) cannot be reached", NULL);
}

/* A team's counts as the API shows them; NULL with the answer sent. */
static cJSON *team_counts(dash *d, struct evhttp_request *req, const char *team) {
    char err[512];
    ll_escq_counts n;
    redisContext *c = dash_redis(d, err, sizeof(err));
    if (!c || ll_escq_group_ensure(c, team, err, sizeof(err)) != LL_ESCQ_OK ||
        ll_escq_count(c, team, claim_idle_ms(d), &n, err, sizeof(err)) != LL_ESCQ_OK) {
        redis_error(d, req, err);
        return NULL;
    }
    long long now = ll_now_ms();
    cJSON *o = cJSON_CreateObject();
    if (o && (!cJSON_AddStringToObject(o, "team", team) ||
              !cJSON_AddNumberToObject(o, "unclaimed", (double)(n.fresh + n.released)) ||
              !cJSON_AddNumberToObject(o, "claimed", (double)n.claimed) ||
              !cJSON_AddNumberToObject(o, "stale", (double)n.stale) ||
              !cJSON_AddNumberToObject(o, "oldest_unclaimed_age_ms",
                                       n.oldest_unclaimed_ms && now > n.oldest_unclaimed_ms
                                           ? (double)(now - n.oldest_unclaimed_ms)
                                           : 0))) {
        cJSON_Delete(o);
        o = NULL;
    }
    if (!o)
        ll_http_send_error(req, 500, "out of memory", NULL);
    return o;
}

/* Counted, not listed: a queue of any length costs a few round trips. */
static void api_queues(dash *d, struct evhttp_request *req) {
    const char *teams[LL_MAX_TEAMS];
    int n = ll_routes_teams(&d->ec->routes, teams, LL_MAX_TEAMS);
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; arr && i < n; i++) {
        cJSON *o = team_counts(d, req, teams[i]);
        if (!o) {
            cJSON_Delete(arr);
            return;
        }
        cJSON_AddItemToArray(arr, o);
    }
    send_cjson(req, 200, arr);
}

/* ?after=STREAM-ID&limit=N of a queue page: each at most once, nothing else; 0, or -1 with
 * the 400 sent naming the parameter. */
static int page_params(struct evhttp_request *req, char *after, size_t alen, long *limit) {
    const char *query = evhttp_uri_get_query(evhttp_request_get_evhttp_uri(req));
    after[0] = '\0';
    *limit = QUEUE_PAGE_DEFAULT;
    if (!query || !*query)
        return 0;
    struct evkeyvalq q;
    if (strlen(query) > 256 || evhttp_parse_query_str(query, &q) != 0) {
        ll_http_send_error(req, 400, "a query of after=STREAM-ID and limit=N (at most 256 bytes)",
                           "query");
        return -1;
    }
    int seen_after = 0, seen_limit = 0, rc = 0;
    const char *field = NULL, *msg = NULL;
    for (struct evkeyval *kv = q.tqh_first; kv && !field; kv = kv->next.tqe_next) {
        if (!strcmp(kv->key, "after") && !seen_after++) {
            if (!ll_escq_id_valid(kv->value) || strlen(kv->value) >= alen) {
                field = "after";
                msg = "a stream id (MILLISECONDS-SEQUENCE) of the last case of the previous page";
            } else {
                snprintf(after, alen, "%s", kv->value);
            }
        } else if (!strcmp(kv->key, "limit") && !seen_limit++) {
            char *end;
            errno = 0;
            long v = strtol(kv->value, &end, 10);
            if (end == kv->value || *end || errno || v < 1 || v > QUEUE_PAGE_MAX) {
                field = "limit";
                msg = "limit is a whole number of cases per page, 1.." QUEUE_PAGE_MAX_TEXT;
            } else {
                *limit = v;
            }
        } else if (!strcmp(kv->key, "after") || !strcmp(kv->key, "limit")) {
            field = !strcmp(kv->key, "after") ? "after" : "limit";
            msg = "given more than once";
        } else {
            field = "query";
            msg = "unknown parameter: use after and limit";
        }
    }
    if (field) {
        ll_http_send_error(req, 400, msg, field); /* a literal: kv is freed below */
        rc = -1;
    }
    evhttp_clear_headers(&q);
    return rc;
}

static void api_team(dash *d, struct evhttp_request *req, const char *team) {
    char after[LL_ESCQ_MAX_ID_BYTES + 1], next[LL_ESCQ_MAX_ID_BYTES + 1], err[512];
    long limit;
    if (page_params(req, after, sizeof(after), &limit) != 0)
        return;
    cJSON *counts = team_counts(d, req, team);
    if (!counts)
        return;
    cJSON *cases = NULL;
    redisContext *c = dash_redis(d, err, sizeof(err));
    if (!c || ll_escq_page(c, team, after[0] ? after : NULL, limit, claim_idle_ms(d), &cases, next,
                           sizeof(next), err, sizeof(err)) != LL_ESCQ_OK) {
        cJSON_Delete(counts);
        redis_error(d, req, err);
        return;
    }
    long long now = ll_now_ms();
    cJSON *k;
    int ok = 1;
    cJSON_ArrayForEach(k, cases) {
        /* age from the stream id: when it was queued */
        const char *sid = ll_json_str(k, "stream_id");
        long long ms = sid ? strtoll(sid, NULL, 10) : 0;
        cJSON_AddNumberToObject(k, "age_ms", ms ? (double)(now - ms) : 0);
        ok = ok && dash_case_public(k) == 0;
    }
    if (!ok) {
        cJSON_Delete(cases);
        cJSON_Delete(counts);
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    cJSON *o = counts; /* team, unclaimed, claimed, stale, oldest_unclaimed_age_ms */
    cJSON_AddNumberToObject(o, "claim_idle_ms", (double)claim_idle_ms(d));
    cJSON_AddNumberToObject(o, "limit", (double)limit);
    if (after[0])
        cJSON_AddStringToObject(o, "after", after);
    if (next[0])
        cJSON_AddStringToObject(o, "next", next);
    else
        cJSON_AddNullToObject(o, "next");
    if (!cJSON_AddItemToObject(o, "cases", cases)) {
        cJSON_Delete(cases);
        cJSON_Delete(o);
        o = NULL;
    }
    send_cjson(req, 200, o);
}

static void api_case(dash *d, struct evhttp_request *req, const dash_who *who, const char *team,
                     const char *id, const char *verb) {
    if (evhttp_request_get_command(req) != EVHTTP_REQ_POST) {
        ll_http_send_error(req, 405, "use POST", NULL);
        return;
    }
    if (who->role < DASH_CASEWORKER) {
        ll_http_send_error(req, 403, "claim, ack and release need the caseworker or admin role",
                           NULL);
        return;
    }
    if (!ll_escq_id_valid(id)) {
        ll_http_send_error(req, 400, "not a stream id (MILLISECONDS-SEQUENCE)", "id");
        return;
    }
    char err[512];
    redisContext *c = dash_redis(d, err, sizeof(err));
    if (!c) {
        redis_error(d, req, err);
        return;
    }
    cJSON *got = NULL;
    ll_escq_rc rc;
    if (!strcmp(verb, "claim"))
        rc = ll_escq_claim(c, team, who->user, id, claim_idle_ms(d), &got, err, sizeof(err));
    else if (!strcmp(verb, "ack"))
        rc = ll_escq_ack(c, team, id, err, sizeof(err));
    else
        rc = ll_escq_release(c, team, id, err, sizeof(err));
    if (rc == LL_ESCQ_REDIS) {
        cJSON_Delete(got);
        redis_error(d, req, err);
        return;
    }
    if (rc != LL_ESCQ_OK) {
        cJSON_Delete(got);
        ll_http_send_error(req, rc == LL_ESCQ_HELD ? 409 : 409, err, "id");
        return;
    }
    ll_info("%s %s %s by %s", verb, team, id, who->user);
    if (!got) {
        got = cJSON_CreateObject();
        if (got) {
            cJSON_AddStringToObject(got, "team", team);
            cJSON_AddStringToObject(got, "stream_id", id);
            cJSON_AddStringToObject(got, "state", !strcmp(verb, "ack") ? "done" : "released");
        }
    }
    if (got && dash_case_public(got) != 0) {
        cJSON_Delete(got);
        got = NULL; /* send_cjson answers 500 */
    }
    char note[256];
    snprintf(note, sizeof(note), "{\"team\":\"%s\",\"stream_id\":\"%s\",\"action\":\"%s\"}", team,
             id, verb);
    dash_sse_send(d, "queue", note);
    send_cjson(req, 200, got);
}

/* /api/v1/queues/TEAM[/ID/VERB] */
static void api_queue_path(dash *d, struct evhttp_request *req, const dash_who *who,
                           const char *rest) {
    char team[LL_MAX_TEAM_BYTES + 1], id[LL_ESCQ_MAX_ID_BYTES + 1], verb[16];
    const char *s1 = strchr(rest, '/');
    size_t tl = s1 ? (size_t)(s1 - rest) : strlen(rest);
    if (tl == 0 || tl > LL_MAX_TEAM_BYTES) {
        ll_http_send_error(req, 404, "no such team", "team");
        return;
    }
    memcpy(team, rest, tl);
    team[tl] = '\0';
    if (!ll_team_valid(team) || !team_known(d, team)) {
        ll_http_send_error(req, 404, "no such team", "team");
        return;
    }
    if (!s1) {
        if (evhttp_request_get_command(req) != EVHTTP_REQ_GET) {
            ll_http_send_error(req, 405, "use GET", NULL);
            return;
        }
        api_team(d, req, team);
        return;
    }
    const char *s2 = strchr(s1 + 1, '/');
    size_t il = s2 ? (size_t)(s2 - s1 - 1) : 0;
    if (!s2 || il == 0 || il > LL_ESCQ_MAX_ID_BYTES || strlen(s2 + 1) >= sizeof(verb)) {
        ll_http_send_error(req, 404, "use /api/v1/queues/TEAM/ID/claim|ack|release", NULL);
        return;
    }
    memcpy(id, s1 + 1, il);
    id[il] = '\0';
    snprintf(verb, sizeof(verb), "%s", s2 + 1);
    if (strcmp(verb, "claim") && strcmp(verb, "ack") && strcmp(verb, "release")) {
        ll_http_send_error(req, 404, "use /api/v1/queues/TEAM/ID/claim|ack|release", NULL);
        return;
    }
    api_case(d, req, who, team, id, verb);
}

/* The queue case of a signal: escalate routes it with the same rules and leaves a mark
 * "INPUT STREAM-ID" (core/keys.h, kept mark_ttl_s) when it puts it on the team's stream.
 * 1 with team and sid set, 0 when it was not queued (or the mark expired), -1 on Redis. */
static int signal_case(dash *d, redisContext *c, const cJSON *v, const char *id, char *team,
                       size_t teamlen, char *sid, size_t sidlen) {
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(v, "urgency");
    const cJSON *area = cJSON_GetObjectItemCaseSensitive(v, "area");
    ll_route_input in = {{ll_json_str(v, "theme"), ll_json_str(u, "level"),
                          area ? ll_json_str(area, "wijk") : NULL, ll_json_str(v, "kind"),
                          ll_json_str(v, "channel")}};
    const char *t = ll_routes_match(&d->ec->routes, &in);
    if (!t || !*t)
        return 0;
    snprintf(team, teamlen, "%s", t);
    char mark[LL_MAX_TEAM_BYTES + LL_MAX_ID_BYTES + 32];
    snprintf(mark, sizeof(mark), LL_KEY_ESC_MARK_FMT, team, id);
    redisReply *r = redisCommand(c, "GET %s", mark);
    if (!r || (r->type != REDIS_REPLY_STRING && r->type != REDIS_REPLY_NIL)) {
        freeReplyObject(r);
        return -1;
    }
    const char *sp = r->type == REDIS_REPLY_STRING ? strrchr(r->str, ' ') : NULL;
    int found = sp && ll_escq_id_valid(sp + 1) && strlen(sp + 1) < sidlen;
    if (found)
        snprintf(sid, sidlen, "%s", sp + 1);
    freeReplyObject(r);
    return found;
}

/* Critical and high signals nobody holds: a claimed or done case leaves Nu. The case of
 * each is found by its escalation mark and asked for its state (a few round trips per
 * signal, URGENT_MAX at most), so it is right for queues of any length. */
static void api_urgent(dash *d, struct evhttp_request *req) {
    const dash_signal *sig[URGENT_MAX];
    int n = dash_state_urgent(&d->st, sig, URGENT_MAX);
    char err[512];
    redisContext *c = n ? dash_redis(d, err, sizeof(err)) : NULL;
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; arr && i < n; i++) {
        cJSON *v = cJSON_Parse(sig[i]->json);
        if (!v)
            continue;
        char team[LL_MAX_TEAM_BYTES + 1], sid[LL_ESCQ_MAX_ID_BYTES + 1],
            state[16] = "", who[LL_ESCQ_MAX_WHO_BYTES + 1];
        int queued = c ? signal_case(d, c, v, sig[i]->id, team, sizeof(team), sid, sizeof(sid)) : 0;
        if (queued > 0 && ll_escq_state(c, team, sid, state, sizeof(state), who, sizeof(who), err,
                                        sizeof(err)) != LL_ESCQ_OK)
            queued = -1;
        if (queued < 0) {
            /* shown without its queue state rather than not at all */
            ll_warn("urgent: the queue state of %s: %s", sig[i]->id,
                    c && c->err ? c->errstr : "redis failed");
            dash_redis_failed(d);
            c = NULL;
        }
        if (queued > 0 && (!strcmp(state, "claimed") || !strcmp(state, "done"))) {
            cJSON_Delete(v);
            continue;
        }
        if (queued > 0) {
            cJSON_AddStringToObject(v, "queue_team", team);
            cJSON_AddStringToObject(v, "queue_stream_id", sid);
            cJSON_AddStringToObject(v, "queue_state", state);
        }
        cJSON_AddItemToArray(arr, v);
    }
    send_cjson(req, 200, arr);
}

/* The handled state of every followed formal complaint, from Redis (one HMGET), so a
 * mark made by another dashboard shows too. -1 when Redis cannot be asked. */
static int formal_refresh(dash *d) {
    dash_state *st = &d->st;
    if (st->nformal == 0)
        return 0;
    const char *argv[LL_DASH_MAX_FORMAL + 2];
    size_t lens[LL_DASH_MAX_FORMAL + 2];
    argv[0] = "HMGET";
    argv[1] = LL_KEY_FORMAL_HANDLED;
    for (int i = 0; i < st->nformal; i++)
        argv[2 + i] = st->formal[i].id;
    for (int i = 0; i < st->nformal + 2; i++)
        lens[i] = strlen(argv[i]);
    char err[512];
    redisContext *c = dash_redis(d, err, sizeof(err));
    redisReply *r = c ? redisCommandArgv(c, st->nformal + 2, argv, lens) : NULL;
    if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != (size_t)st->nformal) {
        ll_warn("formal complaints: HMGET %s failed", LL_KEY_FORMAL_HANDLED);
        freeReplyObject(r);
        if (c)
            dash_redis_failed(d);
        return -1;
    }
    for (int i = 0; i < st->nformal; i++) {
        dash_formal *f = &st->formal[i];
        const redisReply *e = r->element[i];
        f->handled_ms = 0;
        f->handled_by[0] = '\0';
        if (e->type == REDIS_REPLY_STRING &&
            dash_formal_handled_parse(e->str, &f->handled_ms, f->handled_by,
                                      sizeof(f->handled_by)) != 0) {
            f->handled_ms = 0;
            ll_warn("formal complaints: %s of %s is not {\"at\",\"by\"}", LL_KEY_FORMAL_HANDLED,
                    f->id);
        }
    }
    freeReplyObject(r);
    return 0;
}

/* POST /api/v1/formal/ID/handled: the formal complaint ID is handled (caseworker or admin).
 * Only a formal complaint the dashboard follows can be marked, once (HSETNX: two people,
 * or two dashboards, cannot both mark it). */
static void api_formal(dash *d, struct evhttp_request *req, const dash_who *who, const char *rest) {
    const char *slash = strrchr(rest, '/');
    if (!slash || strcmp(slash, "/handled") != 0 || slash == rest) {
        ll_http_send_error(req, 404, "use POST /api/v1/formal/ID/handled", NULL);
        return;
    }
    if (evhttp_request_get_command(req) != EVHTTP_REQ_POST) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "POST");
        ll_http_send_error(req, 405, "use POST", NULL);
        return;
    }
    if (who->role < DASH_CASEWORKER) {
        ll_http_send_error(req, 403,
                           "marking a formal complaint handled needs the caseworker or admin role",
                           NULL);
        return;
    }
    char raw[3 * LL_MAX_ID_BYTES + 1];
    size_t il = (size_t)(slash - rest);
    if (il >= sizeof(raw)) {
        ll_http_send_error(req, 404, "no such formal complaint among the followed ones", "id");
        return;
    }
    memcpy(raw, rest, il);
    raw[il] = '\0';
    char *id = evhttp_uridecode(raw, 0, NULL);
    dash_formal *f = id && strlen(id) <= LL_MAX_ID_BYTES ? dash_state_formal(&d->st, id) : NULL;
    free(id);
    if (!f) {
        ll_http_send_error(req, 404, "no such formal complaint among the followed ones", "id");
        return;
    }
    long long now = ll_now_ms();
    char *json = dash_formal_handled_json(now, who->user);
    char err[512];
    redisContext *c = json ? dash_redis(d, err, sizeof(err)) : NULL;
    redisReply *r =
        c ? redisCommand(c, "HSETNX %s %s %s", LL_KEY_FORMAL_HANDLED, f->id, json) : NULL;
    if (!r || r->type != REDIS_REPLY_INTEGER) {
        freeReplyObject(r);
        cJSON_free(json);
        redis_error(d, req, !json ? "out of memory" : c ? "HSETNX formal handled failed" : err);
        return;
    }
    int set = r->integer == 1;
    freeReplyObject(r);
    if (!set) {
        cJSON_free(json);
        formal_refresh(d);
        char msg[200], at[40];
        ll_time_format_ms(f->handled_ms, at, sizeof(at));
        snprintf(msg, sizeof(msg), "already handled by %s at %s",
                 f->handled_by[0] ? f->handled_by : "?", f->handled_ms ? at : "?");
        ll_http_send_error(req, 409, msg, "id");
        return;
    }
    f->handled_ms = now;
    snprintf(f->handled_by, sizeof(f->handled_by), "%s", who->user);
    ll_info("formal complaint %s handled by %s", f->id, who->user);
    cJSON *o = cJSON_Parse(json);
    cJSON_free(json);
    if (o)
        cJSON_AddStringToObject(o, "id", f->id);
    char *note = o ? cJSON_PrintUnformatted(o) : NULL;
    if (note)
        dash_sse_send(d, "formal", note);
    cJSON_free(note);
    send_cjson(req, 200, o);
}

/* POST /api/v1/silences {"matchers":["theme=afval","wijk=Noord"],"until":RFC3339,"comment":...}:
 * the silence the detector reads (core/silence.h); caseworker or admin. */
static void api_silence(dash *d, struct evhttp_request *req, const dash_who *who) {
    if (who->role < DASH_CASEWORKER) {
        ll_http_send_error(req, 403, "silences need the caseworker or admin role", NULL);
        return;
    }
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
    if (!ct || strncmp(ct, "application/json", 16) != 0) {
        ll_http_send_error(req, 415, "use application/json", NULL);
        return;
    }
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    size_t len = evbuffer_get_length(in);
    if (len > LL_DASH_MAX_BODY) {
        ll_http_send_too_large(req, LL_DASH_MAX_BODY);
        return;
    }
    char body[LL_DASH_MAX_BODY + 1];
    evbuffer_copyout(in, body, len);
    body[len] = '\0';
    ll_err err;
    cJSON *o = ll_json_parse(body, len, LL_DASH_MAX_BODY, &err);
    if (!o || !cJSON_IsObject(o)) {
        cJSON_Delete(o);
        ll_http_send_error(req, 400, "not a JSON object", NULL);
        return;
    }
    ll_silence s;
    memset(&s, 0, sizeof(s));
    char msg[256] = "";
    const cJSON *ms = cJSON_GetObjectItemCaseSensitive(o, "matchers"), *m;
    const char *until = ll_json_str(o, "until"), *comment = ll_json_str(o, "comment");
    time_t t;
    long long now = ll_now_ms();
    const char *field = NULL;
    if (!cJSON_IsArray(ms) || cJSON_GetArraySize(ms) < 1 ||
        cJSON_GetArraySize(ms) > LL_MAX_SILENCE_MATCHERS) {
        field = "matchers";
        snprintf(msg, sizeof(msg), "1..%d matchers such as theme=afval", LL_MAX_SILENCE_MATCHERS);
    } else {
        cJSON_ArrayForEach(m, ms) {
            if (!cJSON_IsString(m) ||
                ll_silence_matcher_parse(m->valuestring, &s.m[s.nm], msg, sizeof(msg)) != 0) {
                field = "matchers";
                if (!msg[0])
                    snprintf(msg, sizeof(msg), "a matcher is a string such as theme=afval");
                break;
            }
            s.nm++;
        }
    }
    if (!field && (!until || ll_time_parse(until, &t) != 0 || (long long)t * 1000 <= now ||
                   (long long)t * 1000 > now + 30LL * 86400000)) {
        field = "until";
        snprintf(msg, sizeof(msg), "an RFC 3339 time in the next 30 days");
    }
    if (!field && (!comment || !*comment || strlen(comment) >= sizeof(s.comment) ||
                   ll_has_control(comment))) {
        field = "comment";
        snprintf(msg, sizeof(msg), "a comment of 1..%zu printable bytes", sizeof(s.comment) - 1);
    }
    if (field) {
        cJSON_Delete(o);
        ll_http_send_error(req, 400, msg, field);
        return;
    }
    s.until_ms = (long long)t * 1000;
    s.created_ms = now;
    snprintf(s.comment, sizeof(s.comment), "%s", comment);
    snprintf(s.created_by, sizeof(s.created_by), "%.63s", who->user); /* 64-byte names lose one */
    cJSON_Delete(o);
    ll_silence_id_new(s.id);
    char *json = ll_silence_to_json(&s);
    char rerr[512];
    redisContext *c = json ? dash_redis(d, rerr, sizeof(rerr)) : NULL;
    redisReply *r = c ? redisCommand(c, "HSET %s %s %s", LL_KEY_SILENCES, s.id, json) : NULL;
    if (!r || r->type == REDIS_REPLY_ERROR) {
        freeReplyObject(r);
        cJSON_free(json);
        redis_error(d, req, json ? "HSET silences failed" : "out of memory");
        return;
    }
    freeReplyObject(r);
    char until_text[32];
    ll_time_format_ms(s.until_ms, until_text, sizeof(until_text));
    ll_info("silence %s by %s until %s", s.id, who->user, until_text);
    dash_security_headers(req);
    ll_http_send_json(req, 201, json);
    cJSON_free(json);
}

static void api_me(struct evhttp_request *req, const dash_who *who) {
    cJSON *o = cJSON_CreateObject();
    if (o) {
        cJSON_AddStringToObject(o, "user", who->user);
        cJSON_AddStringToObject(o, "role", dash_role_name(who->role));
        if (who->session)
            cJSON_AddStringToObject(o, "csrf", who->session->csrf);
    }
    send_cjson(req, 200, o);
}

void dash_api_serve(dash *d, struct evhttp_request *req, const char *path, const dash_who *who) {
    enum evhttp_cmd_type m = evhttp_request_get_command(req);
    const char *p = path + strlen("/api/v1/");
    if (m == EVHTTP_REQ_POST && !dash_auth_csrf_ok(who, req)) {
        ll_http_send_error(req, 403, "missing or wrong CSRF token", "X-CSRF-Token");
        return;
    }
    if (!strcmp(p, "silences")) {
        if (m != EVHTTP_REQ_POST) {
            ll_http_send_error(req, 405, "use POST", NULL);
            return;
        }
        api_silence(d, req, who);
        return;
    }
    if (!strncmp(p, "formal/", 7)) {
        api_formal(d, req, who, p + 7);
        return;
    }
    if (!strncmp(p, "queues/", 7)) {
        api_queue_path(d, req, who, p + 7);
        return;
    }
    if (!strncmp(p, "signals/", 8)) {
        if (m != EVHTTP_REQ_GET) {
            ll_http_send_error(req, 405, "use GET", NULL);
            return;
        }
        const char *id = p + 8;
        if (!*id || strlen(id) > LL_MAX_ID_BYTES) {
            ll_http_send_error(req, 404, "no such signal", "id");
            return;
        }
        char *dec = evhttp_uridecode(id, 0, NULL);
        cJSON *o = dec ? dash_state_signal_json(&d->st, dec) : NULL;
        const dash_formal *f = o ? dash_state_formal(&d->st, dec) : NULL;
        free(dec);
        /* A followed formal complaint: whether it is handled, and by whom. */
        cJSON *h = f && formal_refresh(d) == 0 ? cJSON_AddObjectToObject(o, "awb_handled") : NULL;
        if (h && f->handled_ms) {
            char at[40];
            ll_time_format_ms(f->handled_ms, at, sizeof(at));
            cJSON_AddStringToObject(h, "at", at);
            cJSON_AddStringToObject(h, "by", f->handled_by);
        } else if (h) {
            cJSON_AddNullToObject(h, "at");
        }
        if (!o) {
            ll_http_send_error(req, 404, "no such signal among the kept ones", "id");
            return;
        }
        send_cjson(req, 200, o);
        return;
    }
    struct {
        const char *name;
        int post;
    } const gets[] = {{"me", 0},     {"summary", 0}, {"alerts", 0}, {"queues", 0},
                      {"urgent", 0}, {"trends", 0},  {"stream", 0}};
    int k = -1;
    for (size_t i = 0; i < sizeof(gets) / sizeof(gets[0]); i++)
        if (!strcmp(p, gets[i].name))
            k = (int)i;
    if (k < 0) {
        ll_http_send_error(req, 404, "not found", NULL);
        return;
    }
    if (m != EVHTTP_REQ_GET) {
        ll_http_send_error(req, 405, "use GET", NULL);
        return;
    }
    long long now = ll_now_ms();
    switch (k) {
    case 0:
        api_me(req, who);
        break;
    case 1: {
        char *s = ll_summary_json(&d->st.sum);
        if (!s) {
            ll_http_send_error(req, 500, "out of memory", NULL);
            return;
        }
        dash_security_headers(req);
        ll_http_send_json(req, 200, s);
        cJSON_free(s);
        break;
    }
    case 2:
        send_cjson(req, 200, alerts_with_charts(d, now));
        break;
    case 3:
        api_queues(d, req);
        break;
    case 4:
        api_urgent(d, req);
        break;
    case 5: {
        int known = formal_refresh(d) == 0;
        cJSON *t = dash_state_trends_json(&d->st, now);
        if (t && !known) /* the counts then treat every one as open */
            cJSON_AddFalseToObject(cJSON_GetObjectItemCaseSensitive(t, "formal"), "handled_known");
        if (t && dash_funnel_json(d, t) != 0) {
            cJSON_Delete(t);
            t = NULL;
        }
        send_cjson(req, 200, t);
        break;
    }
    case 6:
        dash_sse_open(d, req);
        break;
    }
}
