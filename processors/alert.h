/* alert.h - the alert lifecycle as Prometheus Alertmanager has it: fingerprint, firing, repeat, resolved, silences.
 *
 * One alert per series, identified by a fingerprint of its labels. The step
 * function is pure (state in, clock in, action out), so the lifecycle is
 * tested on a fake clock and the detector only says, each minute, whether
 * the series' condition holds and whether a silence covers it:
 *   - the condition turns true: the alert starts (started_at) and fires once;
 *   - while it stays active, firing is sent again at most once per repeat
 *     interval, with the same started_at;
 *   - once the condition has been false for the quiet period, exactly one
 *     resolved goes out (ends_at: the last minute the condition held);
 *   - a silence suppresses what would be sent but the state goes on: an
 *     alert that starts under a silence and outlives it fires when the
 *     silence ends; a resolved is sent whenever a firing was (so whoever
 *     took the firing, e.g. an escalation queue, can close it). */
#ifndef LL_ALERT_H
#define LL_ALERT_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "detect_stat.h"
#include "ll_limits.h"
#include "silence.h" /* silences moved to core: the dashboard makes them too */

#define LL_ALERT_ID_LEN LL_SILENCE_ID_LEN /* hex characters of the fingerprint */

typedef struct ll_alert_timing {
    long long quiet_ms;  /* condition false this long: resolved */
    long long repeat_ms; /* firing re-sent at most this often */
} ll_alert_timing;

typedef struct ll_alert_state {
    int active;           /* started and not resolved */
    int sent;             /* a firing went out in this episode */
    long long started_ms; /* when the condition first held */
    long long last_true_ms;
    long long last_sent_ms;
    ll_dstat_result peak; /* the test at the last minute the condition held */
} ll_alert_state;

enum ll_alert_action { LL_ALERT_NONE = 0, LL_ALERT_FIRE, LL_ALERT_RESOLVE };

/* One evaluation at now_ms: cond is whether the series' test holds (and is
 * not inhibited), silenced whether a silence covers the alert now. Returns
 * what to send. */
enum ll_alert_action ll_alert_step(ll_alert_state *st, const ll_alert_timing *tm, long long now_ms,
                                   int cond, const ll_dstat_result *res, int silenced);

/* The fingerprint of the labels (wijk NULL or "" for a city-wide series):
 * the first 8 bytes of BLAKE2b over "gemeente\x1ftheme\x1fwijk", in hex. */
void ll_alert_id(const char *gemeente, const char *theme, const char *wijk,
                 char out[LL_ALERT_ID_LEN + 1]);

/* ---- the event ---- */

typedef struct ll_alert_info {
    const char *alert_id, *gemeente, *theme, *wijk; /* wijk NULL: city-wide */
    const char *method;
    const char *source;
    const ll_alert_state *st;
    enum ll_alert_action action;
    long long now_ms;
    const char *const *sample_ids; /* nsamples of each */
    const char *const *quotes;     /* "" or NULL: none for that sample */
    int nsamples;
    int quotes_withheld; /* samples whose text told of suicide or self-harm: counted, not quoted */
} ll_alert_info;

/* The CloudEvent of one alert action; caller frees. Its id is a hash of
 * (alert_id, status, started_at, now), so the same input gives the same id. */
cJSON *ll_alert_event(const ll_alert_info *ai);

#endif
