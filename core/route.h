/* route.h - escalation routing: which team's queue an urgent signal or an alert goes to.
 *
 * Rules come from the config ([escalate] route = ..., in file order); the
 * first rule whose every matcher holds names the team, else the default team
 * does. A rule reads
 *
 *     theme=afval,openbare-ruimte; wijk=Noord,Hoek van Holland -> wijkteam-noord
 *     level=critical -> crisis
 *     * -> klantcontact
 *
 * Matchers are FIELD=VALUE[,VALUE...] separated by `;` (values may hold
 * spaces: wijk names do); a field not named matches anything, and a named
 * field that the signal lacks (no wijk known, no channel on an alert) does
 * not match. Fields: theme, level (critical, high, or alert for a firing
 * alert: only those are escalated), wijk, kind, channel.
 *
 * Team names become part of Redis keys (`ll:esc:{TEAM}`, core/keys.h), so
 * they are restricted to [A-Za-z0-9_-]: no braces (hash tags), colons,
 * spaces or glob characters can reach a key name. */
#ifndef LL_ROUTE_H
#define LL_ROUTE_H

#include <stddef.h>

#include "ll_limits.h"

enum ll_route_field {
    LL_ROUTE_THEME,
    LL_ROUTE_LEVEL,
    LL_ROUTE_WIJK,
    LL_ROUTE_KIND,
    LL_ROUTE_CHANNEL,
    LL_ROUTE_NFIELDS
};

/* The level a firing alert is routed (and escalated) with. */
#define LL_ROUTE_LEVEL_ALERT "alert"

/* One rule. Its values point into buf, which it owns. */
typedef struct ll_route {
    char *buf;
    const char *vals[LL_ROUTE_NFIELDS][LL_MAX_ROUTE_VALUES];
    int nvals[LL_ROUTE_NFIELDS]; /* 0: the field is not named, matches anything */
    char team[LL_MAX_TEAM_BYTES + 1];
    int line; /* in the config file, for messages */
} ll_route;

/* The ordered rules and the default team. Zeroed is empty; ll_routes_free
 * releases it. */
typedef struct ll_routes {
    ll_route *items; /* malloc'ed, n used */
    int n, cap;
    char default_team[LL_MAX_TEAM_BYTES + 1];
} ll_routes;

/* What a signal offers to the rules; NULL for a field it lacks. */
typedef struct ll_route_input {
    const char *f[LL_ROUTE_NFIELDS];
} ll_route_input;

/* 1 when name can be a team (and so part of a Redis key), else 0. */
int ll_team_valid(const char *name);

/* Parses one rule (the value of a `route =` line) and appends it; line is
 * kept for messages. Returns -1 with msg set (no FILE:LINE prefix; the
 * config adds it) and rs unchanged. */
int ll_routes_add(ll_routes *rs, const char *spec, int line, char *msg, size_t msglen);

/* The team for in: the first matching rule's, else the default team.
 * Never NULL; points into rs. */
const char *ll_routes_match(const ll_routes *rs, const ll_route_input *in);

/* Every distinct team the rules and the default name, each once, in order of
 * first mention; returns how many were written to out (at most max). */
int ll_routes_teams(const ll_routes *rs, const char **out, int max);

void ll_routes_free(ll_routes *rs);

#endif
