/* route.c - escalation routing rules: parsed once from the config, matched per signal. */
#include "route.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "text.h"

static const char *const field_names[LL_ROUTE_NFIELDS] = {"theme", "level", "wijk", "kind",
                                                          "channel"};

int ll_team_valid(const char *name) {
    size_t n = strlen(name);
    if (n == 0 || n > LL_MAX_TEAM_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)name[i]) && name[i] != '-' && name[i] != '_')
            return 0;
    return 1;
}

/* Whether v is a value field f can ever take on an escalated signal. */
static int value_check(enum ll_route_field f, const char *v, char *msg, size_t msglen) {
    if (strlen(v) > LL_MAX_ROUTE_VALUE_BYTES) {
        snprintf(msg, msglen, "route: %s value longer than %d bytes", field_names[f],
                 LL_MAX_ROUTE_VALUE_BYTES);
        return -1;
    }
    switch (f) {
    case LL_ROUTE_THEME:
        for (const char *p = v; *p; p++)
            if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-' &&
                *p != '_') {
                snprintf(msg, msglen, "route: theme=%s: a theme id is lower-case [a-z0-9_-]", v);
                return -1;
            }
        return 0;
    case LL_ROUTE_LEVEL:
        if (strcmp(v, "critical") && strcmp(v, "high") && strcmp(v, LL_ROUTE_LEVEL_ALERT)) {
            snprintf(msg, msglen,
                     "route: level=%s: only critical, high and alert (a firing alert) are "
                     "escalated",
                     v);
            return -1;
        }
        return 0;
    case LL_ROUTE_KIND:
        if (!ll_kind_valid(v)) {
            snprintf(msg, msglen,
                     "route: kind=%s: not one of complaint, objection, question, report, "
                     "compliment, suggestion, signal",
                     v);
            return -1;
        }
        return 0;
    case LL_ROUTE_CHANNEL:
        if (!ll_channel_valid(v)) {
            snprintf(msg, msglen, "route: channel=%s: a channel is lower-case [a-z0-9_-]", v);
            return -1;
        }
        return 0;
    case LL_ROUTE_WIJK:
        for (const char *p = v; *p; p++)
            if (iscntrl((unsigned char)*p)) {
                snprintf(msg, msglen, "route: wijk: control character in a wijk name");
                return -1;
            }
        return 0;
    case LL_ROUTE_NFIELDS:
        break;
    }
    return -1;
}

/* Parses `FIELD=V1,V2` (s is writable, trimmed) into r. */
static int matcher_parse(ll_route *r, char *s, char *msg, size_t msglen) {
    char *eq = strchr(s, '=');
    if (!eq) {
        snprintf(msg, msglen, "route: `%s` is not FIELD=VALUE[,VALUE...]", s);
        return -1;
    }
    *eq = '\0';
    const char *name = ll_trim(s);
    int f = -1;
    for (int i = 0; i < LL_ROUTE_NFIELDS; i++)
        if (strcmp(name, field_names[i]) == 0)
            f = i;
    if (f < 0) {
        snprintf(msg, msglen,
                 "route: unknown field `%s` (known: theme, level, wijk, kind, channel)", name);
        return -1;
    }
    if (r->nvals[f] > 0) {
        snprintf(msg, msglen, "route: `%s` given twice in one rule (list its values: %s=A,B)", name,
                 name);
        return -1;
    }
    char *v = eq + 1;
    for (;;) {
        char *comma = strchr(v, ',');
        if (comma)
            *comma = '\0';
        char *t = ll_trim(v);
        if (*t == '\0') {
            snprintf(msg, msglen, "route: %s: empty value", field_names[f]);
            return -1;
        }
        if (value_check((enum ll_route_field)f, t, msg, msglen) != 0)
            return -1;
        if (r->nvals[f] >= LL_MAX_ROUTE_VALUES) {
            snprintf(msg, msglen, "route: more than %d values for %s", LL_MAX_ROUTE_VALUES,
                     field_names[f]);
            return -1;
        }
        r->vals[f][r->nvals[f]++] = t;
        if (!comma)
            return 0;
        v = comma + 1;
    }
}

static int catch_all(const ll_route *r) {
    for (int f = 0; f < LL_ROUTE_NFIELDS; f++)
        if (r->nvals[f] > 0)
            return 0;
    return 1;
}

int ll_routes_add(ll_routes *rs, const char *spec, int line, char *msg, size_t msglen) {
    ll_route r;
    memset(&r, 0, sizeof(r));
    r.line = line;
    if (rs->n >= LL_MAX_ROUTES) {
        snprintf(msg, msglen, "route: more than %d rules", LL_MAX_ROUTES);
        return -1;
    }
    for (int i = 0; i < rs->n; i++)
        if (catch_all(&rs->items[i])) {
            snprintf(msg, msglen,
                     "route: never reached: the rule on line %d already sends everything to %s",
                     rs->items[i].line, rs->items[i].team);
            return -1;
        }
    if (!(r.buf = strdup(spec))) {
        snprintf(msg, msglen, "out of memory");
        return -1;
    }
    char *arrow = strstr(r.buf, "->");
    if (!arrow) {
        snprintf(msg, msglen,
                 "route: expected `MATCHERS -> TEAM`, e.g. `level=critical -> crisis`");
        goto fail;
    }
    *arrow = '\0';
    char *team = ll_trim(arrow + 2);
    if (strstr(team, "->")) {
        snprintf(msg, msglen, "route: more than one `->`");
        goto fail;
    }
    if (!ll_team_valid(team)) {
        snprintf(msg, msglen, "route: team `%s`: 1..%d characters of [A-Za-z0-9_-]", team,
                 LL_MAX_TEAM_BYTES);
        goto fail;
    }
    memcpy(r.team, team, strlen(team) + 1);
    char *m = ll_trim(r.buf);
    if (*m == '\0') {
        snprintf(msg, msglen, "route: no matchers before `->` (`* -> %s` routes everything)",
                 r.team);
        goto fail;
    }
    if (strcmp(m, "*") != 0) {
        for (;;) {
            char *semi = strchr(m, ';');
            if (semi)
                *semi = '\0';
            char *t = ll_trim(m);
            if (*t == '\0') {
                snprintf(msg, msglen, "route: empty matcher (a stray `;`?)");
                goto fail;
            }
            if (matcher_parse(&r, t, msg, msglen) != 0)
                goto fail;
            if (!semi)
                break;
            m = semi + 1;
        }
    }
    if (rs->n == rs->cap) {
        int cap = rs->cap ? rs->cap * 2 : 16;
        if (cap > LL_MAX_ROUTES)
            cap = LL_MAX_ROUTES;
        ll_route *items = realloc(rs->items, (size_t)cap * sizeof(*items));
        if (!items) {
            snprintf(msg, msglen, "out of memory");
            goto fail;
        }
        rs->items = items;
        rs->cap = cap;
    }
    rs->items[rs->n++] = r; /* buf moves with it */
    return 0;
fail:
    free(r.buf);
    return -1;
}

static int rule_matches(const ll_route *r, const ll_route_input *in) {
    for (int f = 0; f < LL_ROUTE_NFIELDS; f++) {
        if (r->nvals[f] == 0)
            continue;
        if (!in->f[f])
            return 0;
        int hit = 0;
        for (int i = 0; i < r->nvals[f] && !hit; i++)
            hit = strcmp(r->vals[f][i], in->f[f]) == 0;
        if (!hit)
            return 0;
    }
    return 1;
}

const char *ll_routes_match(const ll_routes *rs, const ll_route_input *in) {
    for (int i = 0; i < rs->n; i++)
        if (rule_matches(&rs->items[i], in))
            return rs->items[i].team;
    return rs->default_team;
}

static int teams_add(const char **out, int n, int max, const char *team) {
    for (int i = 0; i < n; i++)
        if (strcmp(out[i], team) == 0)
            return n;
    if (n < max)
        out[n++] = team;
    return n;
}

int ll_routes_teams(const ll_routes *rs, const char **out, int max) {
    int n = 0;
    for (int i = 0; i < rs->n; i++)
        n = teams_add(out, n, max, rs->items[i].team);
    if (rs->default_team[0])
        n = teams_add(out, n, max, rs->default_team);
    return n;
}

void ll_routes_free(ll_routes *rs) {
    if (!rs)
        return;
    for (int i = 0; i < rs->n; i++)
        free(rs->items[i].buf);
    free(rs->items);
    rs->items = NULL;
    rs->n = rs->cap = 0;
}
