/* thread.c - repeat contacts: one citizen, one theme, within a window, is one thread.
 *
 * Per (pseudonym, theme) a sorted set holds "event id|channel" scored by the
 * time the citizen reached us. One script call adds the event and reads the
 * window that ends at its time, so the answer depends on the event, not on
 * when it is processed: a replay after a crash gives the same thread. */
#include "thread.h"

#include <stdio.h>
#include <string.h>

#include "ident.h"

static const char thread_script[] =
    "local t = tonumber(ARGV[2])\n"
    "local w = tonumber(ARGV[3])\n"
    "redis.call('ZADD', KEYS[1], 'NX', t, ARGV[1])\n"
    "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (t - 2 * w))\n"
    "redis.call('EXPIRE', KEYS[1], math.floor(2 * w / 1000) + 86400)\n"
    "return redis.call('ZRANGEBYSCORE', KEYS[1], t - w, t)\n";

int ll_thread_script_load(redisContext *c, char sha[41], char *errstr, size_t errlen) {
    redisReply *r = redisCommand(c, "SCRIPT LOAD %s", thread_script);
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

int ll_thread_append(redisContext *c, const char *sha, const char *pseudonym, const char *theme,
                     const char *id, const char *channel, long long t_ms, int window_s) {
    char key[160], member[LL_MAX_ID_BYTES + LL_MAX_CHANNEL_BYTES + 2], t[24], w[24];
    /* The hash tag keeps all of one citizen's threads on one cluster slot. */
    snprintf(key, sizeof(key), "ll:thread:{%s}:%.64s", pseudonym, theme);
    snprintf(member, sizeof(member), "%s|%s", id, channel);
    snprintf(t, sizeof(t), "%lld", t_ms);
    snprintf(w, sizeof(w), "%lld", (long long)window_s * 1000);
    return redisAppendCommand(c, "EVALSHA %s 1 %s %s %s %s", sha, key, member, t, w) == REDIS_OK
               ? 0
               : -1;
}

int ll_thread_parse(const redisReply *r, const char *pseudonym, const char *theme,
                    ll_thread_info *info) {
    memset(info, 0, sizeof(*info));
    if (!r || r->type != REDIS_REPLY_ARRAY)
        return -1;
    info->found = 1;
    info->contacts = (int)r->elements;
    for (size_t i = 0; i < r->elements; i++) {
        const redisReply *m = r->element[i];
        if (m->type != REDIS_REPLY_STRING)
            return -1;
        const char *bar = strrchr(m->str, '|');
        if (!bar)
            continue;
        if (i == 0)
            snprintf(info->first_id, sizeof(info->first_id), "%.*s", (int)(bar - m->str), m->str);
        const char *ch = bar + 1;
        int seen = 0;
        for (int k = 0; k < info->nchannels; k++)
            seen |= strcmp(info->channels[k], ch) == 0;
        if (!seen && info->nchannels < LL_THREAD_MAX_CHANNELS && strlen(ch) <= LL_MAX_CHANNEL_BYTES)
            snprintf(info->channels[info->nchannels++], LL_MAX_CHANNEL_BYTES + 1, "%s", ch);
    }
    char natural[256];
    snprintf(natural, sizeof(natural), "%s/%s/%s", pseudonym, theme, info->first_id);
    ll_event_id_from_key("thread", natural, info->id);
    return 0;
}
