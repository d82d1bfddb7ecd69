/* thread.h - repeat contacts: one citizen, one theme, within a window, is one thread. */
#ifndef LL_THREAD_H
#define LL_THREAD_H

#include <hiredis/hiredis.h>
#include <stddef.h>

#include "ll_limits.h"

#define LL_THREAD_MAX_CHANNELS 8
/* Threads one (citizen, theme) record keeps: the ones a late contact could
 * still join (ending within two windows of the newest contact), at most this many. */
#define LL_THREAD_MAX_KEPT_STR "8"
/* Bytes of the record's replay memo (per event id, newest last, the input
 * that carried it and the answer it got): ~20 contacts of one citizen on one
 * theme; an input read again after that many newer ones of the same citizen
 * and theme is threaded anew, and a repeat of its id from another input is
 * no longer recognised (dedup.h). */
#define LL_THREAD_MEMO_BYTES_STR "2048"
/* A thread's channel list ("web,email,...") stops growing at this many bytes. */
#define LL_THREAD_CHANNELS_BYTES_STR "264" /* LL_THREAD_MAX_CHANNELS * (LL_MAX_CHANNEL_BYTES + 1) */
/* "ll:" + namespace + "t:{pNN}:" + pseudonym + ":" + theme (cut at 64 bytes). */
#define LL_THREAD_KEY_BYTES (192 + LL_MAX_KEY_NS_BYTES)
/* An input's mark, "partition:offset|digest" (at most
 * "-2147483648:-9223372036854775808|ffffffff"): where it was read and what it said
 * (ll_event_content_digest, 8 hex digits). */
#define LL_THREAD_MARK_BYTES 48
/* An input that reuses another's natural key with another content keeps an id of its
 * own: the id, cut to this many bytes (on a code point), '~' and the input's
 * "partition:offset" (at most 32 bytes), so it fits LL_MAX_ID_BYTES. */
#define LL_THREAD_REUSED_KEEP 95
#define LL_THREAD_REUSED_KEEP_STR "95"

typedef struct ll_thread_info {
    int found; /* 0 when the event has no pseudonym (anonymous) */
    char id[40];
    int contacts;
    char channels[LL_THREAD_MAX_CHANNELS][LL_MAX_CHANNEL_BYTES + 1];
    int nchannels;
    char first_id[LL_MAX_ID_BYTES + 1]; /* the thread's first event */
    /* "" unless the event's id came before with another content: the id it is enriched
     * under (LL_THREAD_REUSED_KEEP; set for an anonymous event too, by dedup.c). */
    char reused_id[LL_MAX_ID_BYTES + 1];
} ll_thread_info;

/* A thread's key and argument for the batch script (dedup.c). The argument
 * is the record the event would make alone (a thread of one contact and its
 * memo line, which names the input, "partition:offset"):
 * "S2\nT1\tms\tms\t1\tchannel\tid\n\rid\t1\t1\tchannel\tmark\n". */
typedef struct ll_thread_arg {
    char key[LL_THREAD_KEY_BYTES];
    char arg[64 + 2 * LL_MAX_CHANNEL_BYTES + 2 * LL_MAX_ID_BYTES + LL_THREAD_MARK_BYTES];
    size_t keylen, arglen;
} ll_thread_arg;

/* Lua, run once per event inside the batch script, with locals
 * a (the argument), w (the window, ms) and s (the record as it stands, the
 * call's earlier events included; false when there is none) set, find, sub,
 * match and byte holding string.find, .sub, .match and .byte (read once per
 * call, not twice per use), L and P two tables it may overwrite (made once
 * per call: a table made per event, and grown, cost more than the rest of a
 * second contact's Lua), and r and v declared: threads the event, leaves its answer in r and the new record in v
 * (nil when it is unchanged). The answer: the integer 1 when the event starts
 * the record (a thread of itself alone), the integer 0 when the record's memo
 * has the event's id and content from another input (a repeat: nothing
 * changes), else "contacts|first event id|channel,channel", after
 * "R" reused-id "\n" when the memo has the id with another content (a new input
 * that reused the natural key: threaded under its own id, LL_THREAD_REUSED_KEEP,
 * and that id's content from another input later is a repeat). Idempotent: an
 * event threaded before, read again from the same input, gets the answer it got
 * then and changes nothing. */
extern const char ll_thread_lua[];

/* Fills a for one event that reached us at t_ms, read from the input mark
 * ("partition:offset"); ns: the key namespace (keys.h; "" live). -1 when a
 * part is too long for its key. */
int ll_thread_args(const char *ns, const char *pseudonym, const char *theme, const char *id,
                   const char *channel, long long t_ms, const char *mark, ll_thread_arg *a);

/* Reads one event's answer of ll_thread_lua into info; id and channel are the
 * event's (what the integer answer 1 stands for). Returns 0 (info->reused_id set
 * when the answer names one), 1 for the answer 0 (a repeat of the id: info says
 * nothing), or -1 when Redis answered with an error (e.g. NOSCRIPT after a
 * restart) or something else. */
int ll_thread_parse(const redisReply *r, const char *pseudonym, const char *theme, const char *id,
                    const char *channel, ll_thread_info *info);
/* ll_thread_parse in two parts: the answer read (info->id left empty), then the
 * thread named, which may be done on another thread. The name is a keyed hash of the
 * citizen, theme and first event, most of the parse's cost: the processor reads the
 * answers on its one serial thread and names the threads on its workers (issue 16 (b)).
 * ll_thread_info_id does nothing when info holds no thread. */
int ll_thread_read(const redisReply *r, const char *id, const char *channel, ll_thread_info *info);
void ll_thread_info_id(const char *pseudonym, const char *theme, ll_thread_info *info);

#endif
