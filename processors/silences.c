/* silences.c - `luisterloop silence add|list|expire`: the silences the detector honours, in Redis.
 *
 * A silence is a JSON record (core/silence.h) in the hash LL_KEY_SILENCES by
 * id (the dashboard's POST /api/v1/silences writes the same); the detector
 * reads them once a minute. It suppresses what a matching
 * alert would send while it lasts, not the alert's state (alert.h). Expiring
 * sets its end to now, so `list --all` still shows who silenced what, and
 * why.
 *
 *   silence add MATCHER... (--for DURATION | --until TIME) [--comment TEXT] [--by WHO]
 *       MATCHER: theme=afval, wijk!=Noord, gemeente=Rotterdam; DURATION: 90m,
 *       2h, 1d; TIME: RFC 3339. Prints the new id.
 *   silence list [--all] [--json]     active ones (--all: expired too)
 *   silence expire ID
 * Exit: 0 done, 64 bad arguments, 65 no such silence, 69 Redis unreachable. */
#include "silences.h"

#include <errno.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alert.h"
#include "detect.h"
#include "keys.h"
#include "redis.h"
#include "text.h"

#define EX_USAGE 64
#define EX_DATAERR 65
#define EX_UNAVAILABLE 69
#define MAX_SILENCE_DAYS 366

enum cmd { CMD_ADD, CMD_LIST, CMD_EXPIRE };

typedef struct silence_tool {
    const ll_config *cfg;
    enum cmd cmd;
    ll_silence s;                   /* add */
    char id[LL_SILENCE_ID_LEN + 1]; /* expire */
    int all, json;
} silence_tool;

/* "90m", "2h", "1d" -> ms; -1 when not one of those or beyond a year. */
static long long duration_ms(const char *v) {
    char *end = NULL;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (errno || end == v || x <= 0 || end[0] == '\0' || end[1] != '\0')
        return -1;
    long long unit = end[0] == 'm'   ? 60000LL
                     : end[0] == 'h' ? 3600000LL
                     : end[0] == 'd' ? 86400000LL
                                     : 0;
    if (!unit || x * unit > MAX_SILENCE_DAYS * 86400000LL)
        return -1;
    return x * unit;
}

static void silence_shutdown(void *state) { free(state); }

static void *silence_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                          size_t errlen) {
    silence_tool *t = calloc(1, sizeof(*t));
    if (!t) {
        snprintf(errstr, errlen, "silence: out of memory");
        return NULL;
    }
    t->cfg = cfg;
    if (argc < 1)
        goto usage;
    long long now = ll_now_ms();
    if (!strcmp(argv[0], "add")) {
        t->cmd = CMD_ADD;
        ll_silence *s = &t->s;
        s->created_ms = now;
        for (int i = 1; i < argc; i++) {
            const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
            if (!strcmp(a, "--for") && v) {
                long long d = duration_ms(v);
                if (d < 0) {
                    snprintf(errstr, errlen,
                             "silence: --for %s: a number of minutes, hours or "
                             "days (90m, 2h, 1d), at most %d days",
                             v, MAX_SILENCE_DAYS);
                    goto fail;
                }
                s->until_ms = now + d;
                i++;
            } else if (!strcmp(a, "--until") && v) {
                time_t u;
                if (ll_time_parse(v, &u) != 0 || (long long)u * 1000 <= now ||
                    (long long)u * 1000 > now + MAX_SILENCE_DAYS * 86400000LL) {
                    snprintf(errstr, errlen,
                             "silence: --until %s: an RFC 3339 time in the next "
                             "%d days",
                             v, MAX_SILENCE_DAYS);
                    goto fail;
                }
                s->until_ms = (long long)u * 1000;
                i++;
            } else if (!strcmp(a, "--comment") && v) {
                if (strlen(v) >= sizeof(s->comment) || ll_has_control(v)) {
                    snprintf(errstr, errlen, "silence: --comment: at most %zu printable bytes",
                             sizeof(s->comment) - 1);
                    goto fail;
                }
                snprintf(s->comment, sizeof(s->comment), "%s", v);
                i++;
            } else if (!strcmp(a, "--by") && v) {
                if (strlen(v) >= sizeof(s->created_by) || ll_has_control(v)) {
                    snprintf(errstr, errlen, "silence: --by: at most %zu printable bytes",
                             sizeof(s->created_by) - 1);
                    goto fail;
                }
                snprintf(s->created_by, sizeof(s->created_by), "%s", v);
                i++;
            } else if (a[0] == '-') {
                snprintf(errstr, errlen, "silence add: unknown or incomplete option '%s'", a);
                goto fail;
            } else {
                if (s->nm >= LL_MAX_SILENCE_MATCHERS) {
                    snprintf(errstr, errlen, "silence add: at most %d matchers",
                             LL_MAX_SILENCE_MATCHERS);
                    goto fail;
                }
                char e[256];
                if (ll_silence_matcher_parse(a, &s->m[s->nm], e, sizeof(e)) != 0) {
                    snprintf(errstr, errlen, "silence add: %s", e);
                    goto fail;
                }
                s->nm++;
            }
        }
        if (s->nm == 0 || s->until_ms == 0) {
            snprintf(errstr, errlen,
                     "silence add: needs at least one matcher and --for or --until");
            goto fail;
        }
        if (!s->created_by[0]) {
            const char *u = getenv("USER");
            snprintf(s->created_by, sizeof(s->created_by), "%.63s", u && *u ? u : "?");
        }
        ll_silence_id_new(s->id);
    } else if (!strcmp(argv[0], "list")) {
        t->cmd = CMD_LIST;
        for (int i = 1; i < argc; i++) {
            if (!strcmp(argv[i], "--all"))
                t->all = 1;
            else if (!strcmp(argv[i], "--json"))
                t->json = 1;
            else {
                snprintf(errstr, errlen, "silence list: unknown option '%s'", argv[i]);
                goto fail;
            }
        }
    } else if (!strcmp(argv[0], "expire")) {
        t->cmd = CMD_EXPIRE;
        if (argc != 2 || strlen(argv[1]) != LL_SILENCE_ID_LEN ||
            strspn(argv[1], "0123456789abcdef") != LL_SILENCE_ID_LEN) {
            snprintf(errstr, errlen,
                     "silence expire: give one id (%d hex digits, as `silence "
                     "list` shows)",
                     LL_SILENCE_ID_LEN);
            goto fail;
        }
        memcpy(t->id, argv[1], LL_SILENCE_ID_LEN + 1);
    } else {
        goto usage;
    }
    return t;
usage:
    snprintf(errstr, errlen,
             "usage: luisterloop silence add MATCHER... (--for D | --until T) "
             "[--comment TEXT] [--by WHO] | list [--all] [--json] | expire ID");
fail:
    free(t);
    return NULL;
}

static int put(redisContext *c, const char *key, const ll_silence *s) {
    char *j = ll_silence_to_json(s);
    if (!j)
        return EX_UNAVAILABLE;
    redisReply *r = redisCommand(c, "HSET %s %s %s", key, s->id, j);
    cJSON_free(j);
    int ok = r && r->type == REDIS_REPLY_INTEGER;
    if (!ok)
        fprintf(stderr, "silence: redis: %s\n",
                r && r->type == REDIS_REPLY_ERROR ? r->str : c->errstr);
    if (r)
        freeReplyObject(r);
    return ok ? 0 : EX_UNAVAILABLE;
}

static void print_one(const ll_silence *s, long long now, int json, const char *raw) {
    if (json) {
        printf("%s\n", raw);
        return;
    }
    char until[32];
    ll_time_format(s->until_ms / 1000, until, sizeof(until));
    printf("%s  %-7s until %s  ", s->id, s->until_ms > now ? "active" : "expired", until);
    for (int i = 0; i < s->nm; i++)
        printf("%s%s%s%s", i ? "," : "", s->m[i].name, s->m[i].negate ? "!=" : "=", s->m[i].value);
    printf("  by %s%s%s\n", s->created_by, s->comment[0] ? ": " : "", s->comment);
}

static int silence_run(void *state) {
    silence_tool *t = state;
    char e[256];
    redisContext *c = ll_redis_connect(t->cfg->redis, 2000, e, sizeof(e));
    if (!c) {
        fprintf(stderr, "silence: %s\n", e);
        return EX_UNAVAILABLE;
    }
    int rc = 0;
    long long now = ll_now_ms();
    const char *key = LL_KEY_SILENCES;
    if (t->cmd == CMD_ADD) {
        if ((rc = put(c, key, &t->s)) == 0)
            printf("%s\n", t->s.id);
    } else if (t->cmd == CMD_EXPIRE) {
        redisReply *r = redisCommand(c, "HGET %s %s", key, t->id);
        ll_silence s;
        if (!r || r->type == REDIS_REPLY_ERROR) {
            fprintf(stderr, "silence: redis: %s\n", r ? r->str : c->errstr);
            rc = EX_UNAVAILABLE;
        } else if (r->type != REDIS_REPLY_STRING ||
                   ll_silence_from_json(r->str, &s, e, sizeof(e)) != 0) {
            fprintf(stderr, "silence: no silence %s\n", t->id);
            rc = EX_DATAERR;
        } else {
            if (s.until_ms > now)
                s.until_ms = now;
            rc = put(c, key, &s);
        }
        if (r)
            freeReplyObject(r);
    } else {
        redisReply *r = redisCommand(c, "HVALS %s", key);
        if (!r || r->type != REDIS_REPLY_ARRAY) {
            fprintf(stderr, "silence: redis: %s\n",
                    r && r->type == REDIS_REPLY_ERROR ? r->str : c->errstr);
            rc = EX_UNAVAILABLE;
        } else {
            for (size_t i = 0; i < r->elements; i++) {
                ll_silence s;
                if (r->element[i]->type != REDIS_REPLY_STRING ||
                    ll_silence_from_json(r->element[i]->str, &s, e, sizeof(e)) != 0)
                    continue;
                if (t->all || s.until_ms > now)
                    print_one(&s, now, t->json, r->element[i]->str);
            }
        }
        if (r)
            freeReplyObject(r);
    }
    if (fflush(stdout) != 0)
        rc = 1;
    redisFree(c);
    return rc;
}

const ll_role ll_role_silence = {
    .name = "silence",
    .summary = "silences for detect's alerts: add MATCHER... --for D | list | expire ID",
    .usage = "  add MATCHER... (--for 2h | --until TIME) [--comment TEXT] [--by WHO]\n"
             "                    MATCHER: theme=afval, wijk!=Noord, gemeente=Rotterdam\n"
             "  list [--all] [--json]\n"
             "  expire ID\n"
             "exit: 0 done, 64 bad arguments, 65 no such silence, 69 Redis unreachable\n",
    .config = &ll_detect_config, /* the detector's tool: its section, as in --help */
    .needs_pseudonym_key = 0,
    .init_fail_exit = EX_USAGE,
    .init = silence_init,
    .run = silence_run,
    .shutdown = silence_shutdown,
};
