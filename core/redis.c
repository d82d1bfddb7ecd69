/* redis.c - Redis connections from a host:port or redis:// address. */
#include "redis.h"

#include <stdio.h>
#include <string.h>

#include "netaddr.h"

static int check_ok(redisContext *c, redisReply *r, const char *what, char *errstr,
                    size_t errlen) {
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

redisContext *ll_redis_connect(const char *url, int timeout_ms, char *errstr, size_t errlen) {
    ll_netaddr a;
    if (ll_redis_url_parse(url, &a, errstr, errlen) != 0)
        return NULL;
    struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    redisContext *c = redisConnectWithTimeout(a.host, a.port, tv);
    if (!c) {
        snprintf(errstr, errlen, "redis: out of memory");
        return NULL;
    }
    if (c->err) {
        snprintf(errstr, errlen, "redis %s:%d: %s", a.host, a.port, c->errstr);
        redisFree(c);
        return NULL;
    }
    redisSetTimeout(c, tv);
    if (a.password[0] &&
        check_ok(c, redisCommand(c, "AUTH %s", a.password), "AUTH", errstr, errlen) != 0)
        goto fail;
    if (a.db && check_ok(c, redisCommand(c, "SELECT %d", a.db), "SELECT", errstr, errlen) != 0)
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
                 !r ? c->errstr : r->type == REDIS_REPLY_ERROR ? r->str : "unexpected reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    memcpy(sha, r->str, 40);
    sha[40] = '\0';
    freeReplyObject(r);
    return 0;
}
