/* redis.h - Redis connections from a host:port or redis:// address. */
#ifndef LL_REDIS_H
#define LL_REDIS_H

#include <hiredis/hiredis.h>
#include <stddef.h>

/* A blocking context for batched pipelines, authenticated and on its db.
 * Caller frees with redisFree. */
redisContext *ll_redis_connect(const char *url, int timeout_ms, char *errstr, size_t errlen);

/* Loads a Lua script (SCRIPT LOAD) and writes its SHA1 (40 hex digits and a
 * NUL) for EVALSHA. 0, or -1 with errstr. */
int ll_redis_script_load(redisContext *c, const char *script, char sha[41], char *errstr,
                         size_t errlen);

#endif
