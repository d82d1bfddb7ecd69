/* thread.h - repeat contacts: one citizen, one theme, within a window, is one thread. */
#ifndef LL_THREAD_H
#define LL_THREAD_H

#include <hiredis/hiredis.h>
#include <stddef.h>

#include "ll_limits.h"

#define LL_THREAD_MAX_CHANNELS     8
#define LL_THREAD_MAX_CHANNELS_STR "8" /* for the script text */

typedef struct ll_thread_info {
    int found; /* 0 when the event has no pseudonym (anonymous) */
    char id[40];
    int contacts;
    char channels[LL_THREAD_MAX_CHANNELS][LL_MAX_CHANNEL_BYTES + 1];
    int nchannels;
    char first_id[LL_MAX_ID_BYTES + 1]; /* the thread's first event */
} ll_thread_info;

/* Loads the thread script into Redis; sha gets its SHA1 (41 bytes). */
int ll_thread_script_load(redisContext *c, char sha[41], char *errstr, size_t errlen);

/* Appends the thread command of one event to c's pipeline: adds (id, channel)
 * at time t_ms to the pseudonym's thread for theme, and asks for the thread
 * within window_s before t_ms. Idempotent: a replay adds nothing. ns: the key
 * namespace (keys.h; "" live). */
int ll_thread_append(redisContext *c, const char *sha, const char *ns, const char *pseudonym,
                     const char *theme, const char *id, const char *channel, long long t_ms,
                     int window_s);

/* Reads the reply of ll_thread_append into info. Returns 0, or -1 when Redis
 * answered with an error (e.g. NOSCRIPT after a restart). */
int ll_thread_parse(const redisReply *r, const char *pseudonym, const char *theme,
                    ll_thread_info *info);

#endif
