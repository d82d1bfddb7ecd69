/* redis.h - Redis connections from a host:port, redis:// or redis+sentinel:// address. */
#ifndef LL_REDIS_H
#define LL_REDIS_H

#include <hiredis/hiredis.h>
#include <stddef.h>

#include "netaddr.h"

#define LL_REDIS_MAX_SENTINELS 5         /* addresses in one redis+sentinel:// URL */
#define LL_REDIS_MAX_MASTER_NAME 63      /* Sentinel's name for the monitored master */
#define LL_REDIS_SENTINEL_TIMEOUT_MS 500 /* per Sentinel asked: a dead one must not stall us */
#define LL_REDIS_BACKOFF_MIN_MS 200      /* first wait after a failed (re)connect */
#define LL_REDIS_BACKOFF_MAX_MS 5000 /* doubled up to about this, so a long outage costs little */

/* Where Redis is: one address, or the Sentinels that know the master.
 * "host:port", "redis://[:password@]host[:port][/db]", or
 * "redis+sentinel://[:password@]host:port[,host:port...]/MASTER[/db]"
 * (the password is the master's; Sentinels are asked without one). */
typedef struct ll_redis_target {
    int sentinel; /* 1: addrs are Sentinels, master is their name for it */
    int naddrs;
    ll_netaddr addrs[LL_REDIS_MAX_SENTINELS];
    char master[LL_REDIS_MAX_MASTER_NAME + 1];
    char password[256];
    int db;
} ll_redis_target;

/* 0, or -1 with errstr naming what is wrong. */
int ll_redis_target_parse(const char *url, ll_redis_target *t, char *errstr, size_t errlen);

/* A blocking context for batched pipelines, authenticated and on its db.
 * With Sentinels: asks each in turn for the master and connects only to a
 * server whose ROLE is master, so calling it again after a failover finds
 * the promoted replica (hiredis has no Sentinel support of its own).
 * Caller frees with redisFree. */
redisContext *ll_redis_connect(const char *url, int timeout_ms, char *errstr, size_t errlen);

/* Loads a Lua script (SCRIPT LOAD) and writes its SHA1 (40 hex digits and a
 * NUL) for EVALSHA. 0, or -1 with errstr. */
int ll_redis_script_load(redisContext *c, const char *script, char sha[41], char *errstr,
                         size_t errlen);

/* What a role does on every new connection before it uses it (load its
 * scripts, create its stream groups, ...): 0, or -1 with errstr. */
typedef int (*ll_redis_setup_fn)(redisContext *c, void *arg, char *errstr, size_t errlen);

/* Connects *c until it works or a stop is asked (stop.h): frees the old
 * context, connects with ll_redis_connect, runs setup (NULL: none), and on
 * failure logs why and waits LL_REDIS_BACKOFF_MIN_MS, doubling to
 * LL_REDIS_BACKOFF_MAX_MS. Blocking: the caller's loop does nothing else
 * meanwhile, on purpose (a consumer poll would hand out a rewound batch).
 * 0 with *c connected and set up; -1 when a stop was asked (*c may be NULL
 * or half set up: free it). */
int ll_redis_reconnect(redisContext **c, const char *url, int timeout_ms, ll_redis_setup_fn setup,
                       void *arg);

#endif
