/* thread.h - repeat contacts: one citizen, one theme, within a window, is one thread. */
#ifndef LL_THREAD_H
#define LL_THREAD_H

#include <hiredis/hiredis.h>
#include <stddef.h>

#include "ll_limits.h"

#define LL_THREAD_MAX_CHANNELS     8
#define LL_THREAD_MAX_CHANNELS_STR "8" /* for the script text */
/* "ll:" + namespace + "thread:{pNN}:" + pseudonym + ":" + theme (cut at 64 bytes). */
#define LL_THREAD_KEY_BYTES        (192 + LL_MAX_KEY_NS_BYTES)

typedef struct ll_thread_info {
    int found; /* 0 when the event has no pseudonym (anonymous) */
    char id[40];
    int contacts;
    char channels[LL_THREAD_MAX_CHANNELS][LL_MAX_CHANNEL_BYTES + 1];
    int nchannels;
    char first_id[LL_MAX_ID_BYTES + 1]; /* the thread's first event */
} ll_thread_info;

/* A thread's key and member for the batch script (dedup.c). */
typedef struct ll_thread_arg {
    char key[LL_THREAD_KEY_BYTES];
    char member[LL_MAX_ID_BYTES + LL_MAX_CHANNEL_BYTES + 2];
    size_t keylen, memberlen;
} ll_thread_arg;

/* Lua, run once per event inside the batch script: with locals k (the key), m
 * (the member), t (its time, ms) and w (the window, ms) set, adds the event
 * (idempotent: a replay adds nothing) and leaves the thread within w before t
 * in r, a local the caller declares. */
extern const char ll_thread_lua[];

/* Fills a for one event; ns: the key namespace (keys.h; "" live). -1 when a
 * part is too long for its key. */
int ll_thread_args(const char *ns, const char *pseudonym, const char *theme, const char *id,
                   const char *channel, ll_thread_arg *a);

/* Reads one event's reply of ll_thread_lua into info. Returns 0, or -1 when Redis
 * answered with an error (e.g. NOSCRIPT after a restart). */
int ll_thread_parse(const redisReply *r, const char *pseudonym, const char *theme,
                    ll_thread_info *info);

#endif
