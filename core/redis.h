/* redis.h - Redis connections from a host:port or redis:// address. */
#ifndef LL_REDIS_H
#define LL_REDIS_H

#include <hiredis/hiredis.h>
#include <stddef.h>

/* A blocking context for batched pipelines, authenticated and on its db.
 * Caller frees with redisFree. */
redisContext *ll_redis_connect(const char *url, int timeout_ms, char *errstr, size_t errlen);

#endif
