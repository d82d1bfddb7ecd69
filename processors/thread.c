/* thread.c - repeat contacts: one citizen, one theme, within a window, is one thread.
 *
 * Per (pseudonym, theme) a sorted set holds "event id|channel" scored by the
 * time the citizen reached us. The processor's batch script (dedup.c) adds
 * the event and reads the window that ends at its time, so the answer depends
 * on the event, not on when it is processed: a replay after a crash gives the
 * same thread. */
#define _GNU_SOURCE /* memrchr */
#include "thread.h"

#include <stdio.h>
#include <string.h>

#include "event.h"
#include "keys.h"
#include "ll_limits.h"

/* The reply is { contacts, first member, channel, ... }: its size does not grow
 * with the thread, however chatty a citizen is. */
const char ll_thread_lua[] =
    "redis.call('ZADD', k, 'NX', t, m)\n"
    "redis.call('ZREMRANGEBYSCORE', k, '-inf', '(' .. (t - 2 * w))\n"
    "redis.call('EXPIRE', k, math.floor(2 * w / 1000) + 86400)\n"
    "local ms = redis.call('ZRANGEBYSCORE', k, t - w, t)\n"
    "r = { #ms, ms[1] or '' }\n"
    "local seen = {}\n"
    "for i = 1, #ms do\n"
    "  local ch = string.match(ms[i], '|([^|]*)$')\n"
    "  if ch and not seen[ch] and #r < 2 + " LL_THREAD_MAX_CHANNELS_STR " then\n"
    "    seen[ch] = true\n"
    "    r[#r + 1] = ch\n"
    "  end\n"
    "end\n";

int ll_thread_args(const char *ns, const char *pseudonym, const char *theme, const char *id,
                   const char *channel, ll_thread_arg *a) {
    int kl = snprintf(a->key, sizeof(a->key), LL_KEY_THREAD_FMT, ns, ll_key_shard(pseudonym),
                      pseudonym, theme);
    int ml = snprintf(a->member, sizeof(a->member), "%s|%s", id, channel);
    if (kl < 0 || (size_t)kl >= sizeof(a->key) || ml < 0 || (size_t)ml >= sizeof(a->member))
        return -1;
    a->keylen = (size_t)kl;
    a->memberlen = (size_t)ml;
    return 0;
}

int ll_thread_parse(const redisReply *r, const char *pseudonym, const char *theme,
                    ll_thread_info *info) {
    memset(info, 0, sizeof(*info));
    if (!r || r->type != REDIS_REPLY_ARRAY || r->elements < 2 ||
        r->element[0]->type != REDIS_REPLY_INTEGER || r->element[0]->integer < 1 ||
        r->element[1]->type != REDIS_REPLY_STRING)
        return -1;
    info->found = 1;
    info->contacts = r->element[0]->integer > 1000000 ? 1000000 : (int)r->element[0]->integer;
    const redisReply *first = r->element[1];
    const char *bar = memrchr(first->str, '|', first->len);
    size_t idlen = bar ? (size_t)(bar - first->str) : first->len;
    if (idlen > LL_MAX_ID_BYTES)
        return -1;
    memcpy(info->first_id, first->str, idlen);
    info->first_id[idlen] = '\0';
    for (size_t i = 2; i < r->elements; i++) {
        const redisReply *ch = r->element[i];
        if (ch->type != REDIS_REPLY_STRING)
            return -1;
        if (info->nchannels < LL_THREAD_MAX_CHANNELS && ch->len <= LL_MAX_CHANNEL_BYTES) {
            memcpy(info->channels[info->nchannels], ch->str, ch->len);
            info->channels[info->nchannels++][ch->len] = '\0';
        }
    }
    char natural[256];
    snprintf(natural, sizeof(natural), "%s/%s/%s", pseudonym, theme, info->first_id);
    ll_event_id_from_key("thread", natural, info->id);
    return 0;
}
