/* thread.c - repeat contacts: one citizen, one theme, within a window, is one thread.
 *
 * Per (pseudonym, theme) a sorted set holds "event id|channel" scored by the
 * time the citizen reached us. One script call adds the event and reads the
 * window that ends at its time, so the answer depends on the event, not on
 * when it is processed: a replay after a crash gives the same thread. */
#define _GNU_SOURCE /* memrchr */
#include "thread.h"

#include "redis.h"

#include <stdio.h>
#include <string.h>

#include "ident.h"
#include "keys.h"
#include "ll_limits.h"

/* The reply is { contacts, first member, channel, ... }: its size does not grow
 * with the thread, however chatty a citizen is. */
static const char thread_script[] =
    "local t = tonumber(ARGV[2])\n"
    "local w = tonumber(ARGV[3])\n"
    "redis.call('ZADD', KEYS[1], 'NX', t, ARGV[1])\n"
    "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (t - 2 * w))\n"
    "redis.call('EXPIRE', KEYS[1], math.floor(2 * w / 1000) + 86400)\n"
    "local m = redis.call('ZRANGEBYSCORE', KEYS[1], t - w, t)\n"
    "local out, seen = { #m, m[1] or '' }, {}\n"
    "for i = 1, #m do\n"
    "  local ch = string.match(m[i], '|([^|]*)$')\n"
    "  if ch and not seen[ch] and #out < 2 + " LL_THREAD_MAX_CHANNELS_STR " then\n"
    "    seen[ch] = true\n"
    "    out[#out + 1] = ch\n"
    "  end\n"
    "end\n"
    "return out\n";

int ll_thread_script_load(redisContext *c, char sha[41], char *errstr, size_t errlen) {
    return ll_redis_script_load(c, thread_script, sha, errstr, errlen);
}

int ll_thread_append(redisContext *c, const char *sha, const char *ns, const char *pseudonym,
                     const char *theme, const char *id, const char *channel, long long t_ms,
                     int window_s) {
    char key[160 + LL_MAX_KEY_NS_BYTES], member[LL_MAX_ID_BYTES + LL_MAX_CHANNEL_BYTES + 2], t[24],
        w[24];
    int kl = snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, ns, pseudonym, theme);
    int ml = snprintf(member, sizeof(member), "%s|%s", id, channel);
    int tl = snprintf(t, sizeof(t), "%lld", t_ms);
    int wl = snprintf(w, sizeof(w), "%lld", (long long)window_s * 1000);
    if (kl < 0 || (size_t)kl >= sizeof(key) || ml < 0 || (size_t)ml >= sizeof(member))
        return -1;
    /* Argument vectors, not a format string: no printf parsing per event. */
    const char *argv[] = {"EVALSHA", sha, "1", key, member, t, w};
    const size_t lens[] = {7, 40, 1, (size_t)kl, (size_t)ml, (size_t)tl, (size_t)wl};
    return redisAppendCommandArgv(c, 7, argv, lens) == REDIS_OK ? 0 : -1;
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
