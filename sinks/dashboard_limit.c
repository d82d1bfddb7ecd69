/* dashboard_limit.c - failed logins per client address and per account name, as token buckets.
 *
 * A bucket holds at most burst attempts and refills burst of them per
 * window_s, so after burst failures the next try is allowed window_s/burst
 * later, and the answer says exactly when (Retry-After). Only failures take
 * from a bucket; a refused try (429) takes nothing and costs no argon2id.
 * The account bucket is kept for any name typed, existing or not, so its
 * answers tell nothing about which names exist.
 *
 * Memory is bounded: LL_DASH_LIMIT_SLOTS slots per kind, found by a keyed
 * hash (a key drawn per process, so nobody can aim names at one slot) and
 * LIMIT_PROBE neighbours. A new name takes the free slot or the neighbour
 * with the most attempts left, so a name still penalised is the last to be
 * forgotten. */
#include <math.h>
#include <sodium.h>
#include <string.h>

#include "dashboard_int.h"

#define LIMIT_PROBE 8

void dash_limit_init(dash_limit *l, int burst, int window_s) {
    memset(l, 0, sizeof(*l));
    l->burst = burst;
    l->per_ms = (double)burst / ((double)window_s * 1000.0);
    randombytes_buf(l->hkey, sizeof(l->hkey));
}

static double tokens_now(const dash_limit *l, const dash_limit_slot *s, long long now_ms) {
    double t = s->tokens + (double)(now_ms - s->last_ms) * l->per_ms;
    return t > l->burst ? l->burst : t;
}

/* The slot holding key (*found 1), else the one a new key would take. */
static dash_limit_slot *slot_of(dash_limit *l, const char *key, long long now_ms,
                                unsigned char h[16], int *found) {
    crypto_generichash(h, 16, (const unsigned char *)key, strlen(key), l->hkey, sizeof(l->hkey));
    unsigned start =
        ((unsigned)h[0] | (unsigned)h[1] << 8 | (unsigned)h[2] << 16) % LL_DASH_LIMIT_SLOTS;
    dash_limit_slot *take = NULL;
    *found = 0;
    for (int i = 0; i < LIMIT_PROBE; i++) {
        dash_limit_slot *s = &l->slots[(start + (unsigned)i) % LL_DASH_LIMIT_SLOTS];
        if (s->used && sodium_memcmp(s->key, h, 16) == 0) {
            *found = 1;
            return s;
        }
        if (!take ||
            (take->used && (!s->used || tokens_now(l, s, now_ms) > tokens_now(l, take, now_ms))))
            take = s;
    }
    return take;
}

long long dash_limit_wait_ms(dash_limit *l, const char *key, long long now_ms) {
    unsigned char h[16];
    int found;
    const dash_limit_slot *s = slot_of(l, key, now_ms, h, &found);
    if (!found)
        return 0;
    double t = tokens_now(l, s, now_ms);
    return t >= 1.0 ? 0 : (long long)ceil((1.0 - t) / l->per_ms);
}

void dash_limit_fail(dash_limit *l, const char *key, long long now_ms) {
    unsigned char h[16];
    int found;
    dash_limit_slot *s = slot_of(l, key, now_ms, h, &found);
    if (!found) {
        memset(s, 0, sizeof(*s));
        memcpy(s->key, h, sizeof(s->key));
        s->used = 1;
        s->tokens = l->burst;
        s->last_ms = now_ms;
    }
    s->tokens = tokens_now(l, s, now_ms) - 1.0;
    if (s->tokens < 0)
        s->tokens = 0;
    s->last_ms = now_ms;
}
