/* detector.h - the early-warning detector: counts in, alerts out, on an event clock or a wall clock.
 *
 * Ties detect_count (what is new), detect_model (what is expected),
 * detect_stat (what is too much) and alert (who is told what, when). The
 * same code runs live (luisterloop detect, clock from the role's loop) and in
 * replay (the clock is the events' own time). Each minute, once it has
 * ended, every series is tested over every window; theme x wijk series
 * first, then the city-wide theme and the wijk-over-all-themes series on
 * what is left after subtracting the excess of their active theme x wijk
 * alerts (inhibition: one local spike is one incident, not three); a parent
 * whose start only its children about to fire (passing but for min_count)
 * explain waits one evaluation for them, as Alertmanager's group_wait. A minute
 * is learnt by the model once allowed_lateness has passed after its end;
 * an event for a learnt minute is late: counted in a metric and skipped. */
#ifndef LL_DETECTOR_H
#define LL_DETECTOR_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "alert.h"
#include "detect_count.h"
#include "detect_stat.h"

typedef struct ll_detect_opts {
    ll_dstat_params stat;
    int lateness_s;
    int quiet_min, repeat_min;
    int hold_min;      /* an incident lasts while its last hold_min minutes ... */
    double hold_ratio; /* ... bring a new thread and hold_ratio x the expected */
    int warmup_min;    /* no alerts in the first minutes after the first event */
    int memory_min;    /* a thread seen within this is not new */
    int utc_offset_min;
    double halflife_days;
    double prior_min; /* weight of the average rate in a series' level */
    int event_clock;  /* 1: replay, the events' time is the clock */
    char gemeente[LL_DETECT_LABEL_BYTES];
    char source[LL_MAX_SOURCE_BYTES];
} ll_detect_opts;

/* One input event; strings are borrowed for the call. wijk NULL or "" when
 * unknown (then only the city-wide theme series counts it); thread NULL for
 * an anonymous event (then it is its own thread); quote may be NULL. withheld:
 * its text told of suicide or self-harm, so a sample of it is counted in the
 * alert's quotes_withheld and never quoted. */
typedef struct ll_dinput {
    long long t_ms;
    const char *id, *theme, *wijk, *thread, *quote;
    int withheld;
} ll_dinput;

/* The input of one JSON object: an enriched CloudEvent as on
 * feedback.enriched (theme, area.wijk, thread.id, masked text as the quote, withheld
 * by ll_event_tells_of_suicide),
 * or a flat {"id","time","theme","wijk","channel","thread"} record. The
 * strings point into ev. -1 with err (field and reason) when it is neither. */
struct ll_err;
int ll_detect_input_from_json(const cJSON *ev, ll_dinput *in, struct ll_err *err);

/* Gets every alert event in order; ev is borrowed. Nonzero stops the detector
 * (the call that emitted returns -1). */
typedef int (*ll_alert_sink)(void *arg, const char *alert_id, const cJSON *ev);

typedef struct ll_detector ll_detector;

typedef struct ll_detect_counters {
    unsigned long long events, new_threads, late, future, series_full, bad;
} ll_detect_counters;

/* Checks o (windows ascending, lateness within the ring). store is
 * borrowed and outlives the detector. */
ll_detector *ll_detector_new(const ll_detect_opts *o, ll_dstore *store, ll_alert_sink sink,
                             void *arg, char *errstr, size_t errlen);
void ll_detector_free(ll_detector *d);
/* Another store (after a reconnect); borrowed like the first. */
void ll_detector_set_store(ll_detector *d, ll_dstore *store);

/* A label the detector can count under: 1..LL_DETECT_LABEL_BYTES-1 bytes,
 * no control characters, none of "{}|*" (they build Redis keys). */
int ll_detect_label_ok(const char *s);

/* Counts in[0..n) (n <= LL_DETECT_BATCH_MAX) with one store round trip. On
 * the event clock, time moves to each event before it is counted, so the
 * alerts come out as they would have live. -1 with errstr on a store
 * failure or when the sink asked to stop. */
int ll_detector_add(ll_detector *d, const ll_dinput *in, int n, char *errstr, size_t errlen);
/* Moves the clock to now_ms (never back) and evaluates the minutes that
 * ended: the live role calls it from its loop, so alerts resolve when no
 * events come; replay calls it once at the end of the input. */
int ll_detector_tick(ll_detector *d, long long now_ms, char *errstr, size_t errlen);

/* Replaces the silences (copied). */
void ll_detector_set_silences(ll_detector *d, const ll_silence *s, int n);
/* Takes back what an earlier run sent (an alert event as published), so a
 * restart neither fires again nor forgets to resolve. Later events win. */
int ll_detector_restore_alert(ll_detector *d, const cJSON *ev, char *errstr, size_t errlen);
/* Reads the store's counts of the last minutes of every series it knows
 * (after a restart; the memory store has none). */
int ll_detector_rebuild(ll_detector *d, long long now_ms, char *errstr, size_t errlen);

/* The model (the profile, each series' level, the first minute, the last minutes evaluated
 * and learnt) as text fields, so a restarted detector needs no second warm-up and goes on
 * after the last minute evaluated: its first tick evaluates every minute since, in order
 * (as far as the ring holds their windows), and learns those not learnt. put gets each
 * (field, value); a nonzero return stops. load takes one back; -1 for a field or value it
 * cannot use. Dump only when the alerts of every minute evaluated are sent. */
int ll_detector_model_dump(const ll_detector *d,
                           int (*put)(void *arg, const char *field, const char *value), void *arg);
int ll_detector_model_load(ll_detector *d, const char *field, const char *value);
/* The last minute the model learnt (changes once a minute). */
long long ll_detector_learnt_min(const ll_detector *d);
/* The last minute evaluated (NO_MINUTE, -1, before the first tick that evaluates). */
long long ll_detector_evaluated_min(const ll_detector *d);

void ll_detector_counters(const ll_detector *d, ll_detect_counters *out);
int ll_detector_nseries(const ll_detector *d);

#endif
