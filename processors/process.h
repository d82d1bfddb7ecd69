/* process.h - the processor role: feedback.raw -> feedback.enriched, effectively once. */
#ifndef LL_PROCESS_H
#define LL_PROCESS_H

#include "config.h"
#include "role.h"

extern const ll_role ll_role_process;

/* [process]: the processor's settings (and the enricher's, enrich.h). */
typedef struct ll_process_cfg {
    char group[128];
    char txn_id[128];
    int batch_max;
    int workers;
    int txn_in_flight;
    int txn_batches;
    int batch_wait_ms;
    int dedup_ttl_s;
    int txn_timeout_ms;
    char metrics_listen[128];
    char taxonomy[1024];
    char lexicon[1024];
    char urgency[1024];
    char areas[1024];
    char names_first[1024]; /* the name masker's lists */
    char names_surname[1024];
    char names_keep[1024];
    int thread_window_s;
    int awb_weeks;
    int redis_wait_replicas;
    int redis_wait_timeout_ms;
} ll_process_cfg;

extern const ll_config_section ll_process_config;

/* Whether the batch being gathered, whose first message came at t0 (ll_mono_us), sends its
 * open Redis calls at now: LL_PROCESS_SEND_OPEN_MS after t0, and as long after the last
 * time it did (*sent_at, which the caller zeroes for each batch; set here when due). */
int ll_process_calls_due(long long t0, long long now, long long *sent_at);
/* The end of the step that starts at lo of a batch of n gathered: LL_PROCESS_STEP at a time,
 * and what is gathered at once ends in a step of LL_PROCESS_STEP_LAST (up to twice that when
 * that is what a whole step left). That step's Redis
 * calls go out last and are the ones the main thread may wait for after the close, while the
 * other member, done with its share of the step before, has nothing to do: the shorter it is,
 * the sooner Redis has run it (a backlog's 1,000 in 256, 256, 256, 168, 64; was 232 last). */
int ll_process_step_end(int n, int lo);

#endif
