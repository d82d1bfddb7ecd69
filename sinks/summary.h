/* summary.h - running counts of enriched events per channel, kind and theme. */
#ifndef LL_SUMMARY_H
#define LL_SUMMARY_H

#include <cjson/cJSON.h>

#include "ll_limits.h"

typedef struct ll_count {
    char name[64];
    unsigned long long n;
} ll_count;

typedef struct ll_dim {
    ll_count v[LL_SUMMARY_MAX_VALUES];
    int n;
    unsigned long long other; /* values beyond the bound */
} ll_dim;

typedef struct ll_summary {
    unsigned long long total;
    ll_dim channel, kind, theme, urgency;
    long long updated_ms;
} ll_summary;

/* Counts one enriched event (already validated). */
void ll_summary_add(ll_summary *s, const cJSON *ev);
/* {"total":N,"by_channel":{...},"by_kind":{...},"by_theme":{...},...}; caller frees. */
char *ll_summary_json(const ll_summary *s);

#endif
