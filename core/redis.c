/* redis.c - Redis connections from a host:port, redis:// or redis+sentinel:// address. */
#include "redis.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "stop.h"

static int check_ok(redisContext *c, redisReply *r, const char *what, char *errstr, size_t errlen) {
    if (!r) {
        snprintf(errstr, errlen, "redis %s: %s", what, c->errstr);
        return -1;
    }
    int ok = r->type != REDIS_REPLY_ERROR;
    if (!ok)
        snprintf(errstr, errlen, "redis %s: %s", what, r->str);
    freeReplyObject(r);
    return ok ? 0 : -1;
}

#define SENTINEL_SCHEME "redis+sentinel://"

static int master_name_ok(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > LL_REDIS_MAX_MASTER_NAME)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
              *s == '.' || *s == '_' || *s == '-'))
            return 0;
    return 1;
}

static int sentinel_parse(const char *url, ll_redis_target *t, char *errstr, size_t errlen) {
    char buf[1024];
    if (snprintf(buf, sizeof(buf), "%s", url + strlen(SENTINEL_SCHEME)) >= (int)sizeof(buf)) {
        snprintf(errstr, errlen, "redis+sentinel URL too long");
        return -1;
    }
    char *hosts = buf;
    char *at = strrchr(buf, '@');
    if (at) {
        *at = '\0';
        char *colon = strchr(buf, ':');
        if (snprintf(t->password, sizeof(t->password), "%s", colon ? colon + 1 : buf) >=
            (int)sizeof(t->password)) {
            snprintf(errstr, errlen, "redis+sentinel URL: password too long");
            return -1;
        }
        hosts = at + 1;
    }
    char *slash = strchr(hosts, '/');
    if (!slash) {
        snprintf(errstr, errlen, "redis+sentinel URL: no /MASTER name after the Sentinels");
        return -1;
    }
    *slash = '\0';
    char *name = slash + 1, *dbs = strchr(name, '/');
    if (dbs) {
        *dbs++ = '\0';
        char *end = NULL;
        errno = 0;
        long d = strtol(dbs, &end, 10);
        if (!*dbs || errno || *end || d < 0 || d > 15) {
            snprintf(errstr, errlen, "redis+sentinel URL: database must be 0..15");
            return -1;
        }
        t->db = (int)d;
    }
    if (!master_name_ok(name)) {
        snprintf(errstr, errlen,
                 "redis+sentinel URL: master name must be 1..%d of A-Z a-z 0-9 . _ -",
                 LL_REDIS_MAX_MASTER_NAME);
        return -1;
    }
    snprintf(t->master, sizeof(t->master), "%s", name);
    for (char *h = hosts; h;) {
        char *comma = strchr(h, ',');
        if (comma)
            *comma = '\0';
        if (t->naddrs >= LL_REDIS_MAX_SENTINELS) {
            snprintf(errstr, errlen, "redis+sentinel URL: more than %d Sentinels",
                     LL_REDIS_MAX_SENTINELS);
            return -1;
        }
        char msg[200];
        if (ll_netaddr_parse(h, &t->addrs[t->naddrs], msg, sizeof(msg)) != 0) {
            snprintf(errstr, errlen, "redis+sentinel URL: Sentinel '%s': %s", h, msg);
            return -1;
        }
        t->naddrs++;
        h = comma ? comma + 1 : NULL;
    }
    t->sentinel = 1;
    return 0;
}

int ll_redis_target_parse(const char *url, ll_redis_target *t, char *errstr, size_t errlen) {
    memset(t, 0, sizeof(*t));
    if (strncmp(url, SENTINEL_SCHEME, strlen(SENTINEL_SCHEME)) == 0)
        return sentinel_parse(url, t, errstr, errlen);
    if (ll_redis_url_parse(url, &t->addrs[0], errstr, errlen) != 0)
        return -1;
    t->naddrs = 1;
    snprintf(t->password, sizeof(t->password), "%s", t->addrs[0].password);
    t->db = t->addrs[0].db;
    return 0;
}

static redisContext *connect_to(const char *host, int port, int timeout_ms, char *errstr,
                                size_t errlen) {
    struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    redisContext *c = redisConnectWithTimeout(host, port, tv);
    if (!c) {
        snprintf(errstr, errlen, "redis: out of memory");
        return NULL;
    }
    if (c->err) {
        snprintf(errstr, errlen, "redis %s:%d: %s", host, port, c->errstr);
        redisFree(c);
        return NULL;
    }
    redisSetTimeout(c, tv);
    return c;
}

/* The master Sentinel s names, connected, authenticated and checked to be a
 * master (during a failover a Sentinel may still name the old one). */
static redisContext *via_sentinel(const ll_redis_target *t, const ll_netaddr *s, int timeout_ms,
                                  char *errstr, size_t errlen) {
    int st = timeout_ms < LL_REDIS_SENTINEL_TIMEOUT_MS ? timeout_ms : LL_REDIS_SENTINEL_TIMEOUT_MS;
    redisContext *sc = connect_to(s->host, s->port, st, errstr, errlen);
    if (!sc)
        return NULL;
    redisReply *r = redisCommand(sc, "SENTINEL get-master-addr-by-name %s", t->master);
    char host[256] = "";
    long port = 0;
    if (r && r->type == REDIS_REPLY_ARRAY && r->elements == 2 &&
        r->element[0]->type == REDIS_REPLY_STRING && r->element[1]->type == REDIS_REPLY_STRING &&
        r->element[0]->len < sizeof(host)) {
        memcpy(host, r->element[0]->str, r->element[0]->len);
        host[r->element[0]->len] = '\0';
        char *end = NULL;
        port = strtol(r->element[1]->str, &end, 10);
        if (*end || port < 1 || port > 65535)
            port = 0;
    }
    if (!host[0] || !port)
        snprintf(errstr, errlen, "Sentinel %s:%d knows no master '%s'%s%s", s->host, s->port,
                 t->master,
                 !r                             ? ": "
                 : r->type == REDIS_REPLY_ERROR ? ": "
                                                : "",
                 !r                             ? sc->errstr
                 : r->type == REDIS_REPLY_ERROR ? r->str
                                                : "");
    if (r)
        freeReplyObject(r);
    redisFree(sc);
    if (!host[0] || !port)
        return NULL;
    redisContext *c = connect_to(host, (int)port, timeout_ms, errstr, errlen);
    if (!c)
        return NULL;
    if (t->password[0] &&
        check_ok(c, redisCommand(c, "AUTH %s", t->password), "AUTH", errstr, errlen) != 0)
        goto fail;
    r = redisCommand(c, "ROLE");
    int master = r && r->type == REDIS_REPLY_ARRAY && r->elements > 0 &&
                 r->element[0]->type == REDIS_REPLY_STRING &&
                 strcmp(r->element[0]->str, "master") == 0;
    if (r)
        freeReplyObject(r);
    if (!master) {
        snprintf(
            errstr, errlen,
            "%s:%ld, named master of '%s' by Sentinel %s:%d, is not a master (failover under way?)",
            host, port, t->master, s->host, s->port);
        goto fail;
    }
    return c;
fail:
    redisFree(c);
    return NULL;
}

redisContext *ll_redis_connect(const char *url, int timeout_ms, char *errstr, size_t errlen) {
    ll_redis_target t;
    if (ll_redis_target_parse(url, &t, errstr, errlen) != 0)
        return NULL;
    redisContext *c = NULL;
    if (t.sentinel) {
        for (int i = 0; i < t.naddrs && !c; i++)
            c = via_sentinel(&t, &t.addrs[i], timeout_ms, errstr, errlen);
        if (!c)
            return NULL;
    } else {
        if (!(c = connect_to(t.addrs[0].host, t.addrs[0].port, timeout_ms, errstr, errlen)))
            return NULL;
        if (t.password[0] &&
            check_ok(c, redisCommand(c, "AUTH %s", t.password), "AUTH", errstr, errlen) != 0)
            goto fail;
    }
    if (t.db && check_ok(c, redisCommand(c, "SELECT %d", t.db), "SELECT", errstr, errlen) != 0)
        goto fail;
    return c;
fail:
    redisFree(c);
    return NULL;
}

int ll_redis_script_load(redisContext *c, const char *script, char sha[41], char *errstr,
                         size_t errlen) {
    redisReply *r = redisCommand(c, "SCRIPT LOAD %s", script);
    if (!r || r->type != REDIS_REPLY_STRING || r->len != 40) {
        snprintf(errstr, errlen, "redis SCRIPT LOAD: %s",
                 !r                             ? c->errstr
                 : r->type == REDIS_REPLY_ERROR ? r->str
                                                : "unexpected reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    memcpy(sha, r->str, 40);
    sha[40] = '\0';
    freeReplyObject(r);
    return 0;
}

int ll_redis_reconnect(redisContext **c, const char *url, int timeout_ms, ll_redis_setup_fn setup,
                       void *arg) {
    int backoff_ms = LL_REDIS_BACKOFF_MIN_MS;
    while (!ll_stop_requested()) {
        char e[256];
        if (*c)
            redisFree(*c);
        *c = ll_redis_connect(url, timeout_ms, e, sizeof(e));
        if (*c && (!setup || setup(*c, arg, e, sizeof(e)) == 0)) {
            ll_info("redis connected");
            return 0;
        }
        ll_warn("%s; retrying in %d ms", e, backoff_ms);
        usleep((useconds_t)backoff_ms * 1000);
        if (backoff_ms < LL_REDIS_BACKOFF_MAX_MS)
            backoff_ms *= 2;
    }
    return -1;
}
