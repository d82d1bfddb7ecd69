/* queues.c - the escalation queues as metrics: depth (unclaimed, claimed) and the oldest unclaimed case's age per team.
 *
 * For the operations dashboard (deploy/grafana/luisterloop.json) and
 * alerting on a queue nobody works. Per team stream ll:esc:{TEAM} and its
 * group caseworkers (core/keys.h): unclaimed is the group's lag (entries not
 * yet delivered to any case worker; Redis 7), claimed its pending list
 * (delivered, not acked; released cases included), and the oldest unclaimed
 * age the age of the first entry after the group's last-delivered id (its
 * stream id is its time in ms). A stream that does not exist yet is empty.
 * The gauges keep what was read last while Redis cannot be reached, which
 * looked like a healthy queue (user check of 12-02): the time of the last
 * read that got every team's queue goes out with them, so a reader (and the
 * rule LuisterloopEscalationQueuesUnread) can tell how old they are. */
#include "queues.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escalations.h"
#include "keys.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "text.h"

typedef struct team_gauges {
    char team[LL_MAX_TEAM_BYTES + 1];
    char lb_unclaimed[LL_MAX_TEAM_BYTES + 48], lb_claimed[LL_MAX_TEAM_BYTES + 48],
        lb_team[LL_MAX_TEAM_BYTES + 16];
    ll_metric unclaimed, claimed, oldest;
} team_gauges;

struct ll_queues {
    team_gauges t[LL_MAX_TEAMS];
    int n;
    long long last_ms;
    ll_metric read_at; /* unix seconds of the last poll that read every queue */
};

ll_queues *ll_queues_new(const ll_config *cfg) {
    ll_queues *q = calloc(1, sizeof(*q));
    if (!q)
        return NULL;
    const char *names[LL_MAX_TEAMS];
    const ll_escalate_cfg *ec = ll_config_settings(cfg, &ll_escalate_config);
    q->n = ll_routes_teams(&ec->routes, names, LL_MAX_TEAMS);
    for (int i = 0; i < q->n; i++) {
        team_gauges *g = &q->t[i];
        snprintf(g->team, sizeof(g->team), "%s", names[i]);
        snprintf(g->lb_unclaimed, sizeof(g->lb_unclaimed), "team=\"%s\",state=\"unclaimed\"",
                 names[i]);
        snprintf(g->lb_claimed, sizeof(g->lb_claimed), "team=\"%s\",state=\"claimed\"", names[i]);
        snprintf(g->lb_team, sizeof(g->lb_team), "team=\"%s\"", names[i]);
        g->unclaimed = (ll_metric){.family = "ll_escalation_queue_depth",
                                   .labels = g->lb_unclaimed,
                                   .help = "cases on a team's queue: unclaimed, or claimed and not "
                                           "yet done",
                                   .type = LL_GAUGE};
        g->claimed = g->unclaimed;
        g->claimed.labels = g->lb_claimed;
        g->oldest = (ll_metric){.family = "ll_escalation_oldest_unclaimed_seconds",
                                .labels = g->lb_team,
                                .help = "age of the oldest case no one has claimed yet (0: none)",
                                .type = LL_GAUGE};
    }
    /* one family after the other: the text format wants a family together */
    for (int i = 0; i < q->n; i++) {
        ll_metric_register(&q->t[i].unclaimed);
        ll_metric_register(&q->t[i].claimed);
    }
    for (int i = 0; i < q->n; i++)
        ll_metric_register(&q->t[i].oldest);
    q->read_at = (ll_metric){.family = "ll_escalation_queues_read_timestamp_seconds",
                             .help = "when the queue gauges were last read from Redis (unix "
                                     "time; 0: never): older than a poll or two, they are stale",
                             .type = LL_GAUGE};
    ll_metric_register(&q->read_at);
    return q;
}

static long long map_int(const redisReply *m, const char *field, int *found) {
    for (size_t i = 0; i + 1 < m->elements; i += 2)
        if (m->element[i]->type == REDIS_REPLY_STRING && !strcmp(m->element[i]->str, field)) {
            *found = m->element[i + 1]->type == REDIS_REPLY_INTEGER;
            return *found ? m->element[i + 1]->integer : 0;
        }
    *found = 0;
    return 0;
}

static const char *map_str(const redisReply *m, const char *field) {
    for (size_t i = 0; i + 1 < m->elements; i += 2)
        if (m->element[i]->type == REDIS_REPLY_STRING && !strcmp(m->element[i]->str, field) &&
            m->element[i + 1]->type == REDIS_REPLY_STRING)
            return m->element[i + 1]->str;
    return NULL;
}

int ll_queues_poll(ll_queues *q, redisContext *c, int interval_ms) {
    long long now = ll_now_ms();
    if (!q || !c || c->err || now - q->last_ms < interval_ms)
        return 0;
    q->last_ms = now;
    for (int i = 0; i < q->n; i++) {
        team_gauges *g = &q->t[i];
        char key[LL_MAX_TEAM_BYTES + 16];
        snprintf(key, sizeof(key), LL_KEY_ESC_FMT, g->team);
        redisReply *r = redisCommand(c, "XINFO GROUPS %s", key);
        if (!r)
            return -1;
        long long pending = 0, lag = 0, oldest_ms = 0;
        char last[64] = "";
        int found = 0;
        for (size_t k = 0; r->type == REDIS_REPLY_ARRAY && k < r->elements; k++) {
            const redisReply *grp = r->element[k];
            const char *name = grp->type == REDIS_REPLY_ARRAY ? map_str(grp, "name") : NULL;
            if (!name || strcmp(name, LL_ESC_GROUP))
                continue;
            int ok;
            pending = map_int(grp, "pending", &ok);
            lag = map_int(grp, "lag", &ok);
            const char *ld = map_str(grp, "last-delivered-id");
            snprintf(last, sizeof(last), "%s", ld ? ld : "0-0");
            found = 1;
        }
        freeReplyObject(r);
        if (found) {
            char from[80];
            snprintf(from, sizeof(from), "(%s", last);
            if (!(r = redisCommand(c, "XRANGE %s %s + COUNT 1", key, from)))
                return -1;
            if (r->type == REDIS_REPLY_ARRAY && r->elements == 1 &&
                r->element[0]->type == REDIS_REPLY_ARRAY && r->element[0]->elements >= 1 &&
                r->element[0]->element[0]->type == REDIS_REPLY_STRING) {
                long long ms = strtoll(r->element[0]->element[0]->str, NULL, 10);
                oldest_ms = ms > 0 && now > ms ? now - ms : 0;
            }
            freeReplyObject(r);
        }
        ll_metric_set(&g->unclaimed, (unsigned long long)lag);
        ll_metric_set(&g->claimed, (unsigned long long)pending);
        ll_metric_set(&g->oldest, (unsigned long long)(oldest_ms / 1000));
    }
    ll_metric_set(&q->read_at, (unsigned long long)(now / 1000));
    return 0;
}

void ll_queues_free(ll_queues *q) { free(q); }
