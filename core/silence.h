/* silence.h - alert silences (Alertmanager-like matchers on theme, wijk, gemeente), as kept in Redis.
 *
 * Made by `luisterloop silence` and the dashboard (POST /api/v1/silences),
 * read by the detector: a hash LL_KEY_SILENCES (core/keys.h), id -> the
 * JSON of ll_silence_to_json. */
#ifndef LL_SILENCE_H
#define LL_SILENCE_H

#include <stddef.h>

#include "ll_limits.h"

#define LL_SILENCE_ID_LEN 16 /* hex characters, as an alert's fingerprint */

typedef struct ll_silence_matcher {
    char name[16]; /* theme, wijk, gemeente */
    char value[LL_DETECT_LABEL_BYTES];
    int negate; /* name!=value */
} ll_silence_matcher;

typedef struct ll_silence {
    char id[LL_SILENCE_ID_LEN + 1];
    ll_silence_matcher m[LL_MAX_SILENCE_MATCHERS];
    int nm;
    long long created_ms, until_ms;
    char comment[LL_SILENCE_COMMENT_BYTES];
    char created_by[64];
} ll_silence;

/* "theme=afval", "wijk!=Noord": -1 with errstr for anything else. A wijk
 * matcher with value "*" or an absent label: a city-wide alert has no wijk,
 * and wijk!=X matches it. */
int ll_silence_matcher_parse(const char *s, ll_silence_matcher *m, char *errstr, size_t errlen);
/* 1 when every matcher holds for the labels and now_ms is before until. */
int ll_silence_covers(const ll_silence *s, const char *gemeente, const char *theme,
                      const char *wijk, long long now_ms);
/* JSON text <-> silence, as kept in Redis and printed by `silence list`. */
char *ll_silence_to_json(const ll_silence *s); /* cJSON_free */
int ll_silence_from_json(const char *json, ll_silence *s, char *errstr, size_t errlen);

/* A new random id (LL_SILENCE_ID_LEN hex characters). */
void ll_silence_id_new(char out[LL_SILENCE_ID_LEN + 1]);

#endif
