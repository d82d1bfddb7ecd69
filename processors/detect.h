/* detect.h - the detect role: feedback.enriched -> feedback.alerts, or a replay of a file to stdout. */
#ifndef LL_DETECT_H
#define LL_DETECT_H

#include <librdkafka/rdkafka.h>

#include "committer.h"
#include "config.h"
#include "detector.h"
#include "role.h"

extern const ll_role ll_role_detect;

/* [detect]: the detector's settings. */
typedef struct ll_detect_cfg {
    char group[128];
    char txn_id[128];
    char gemeente[LL_DETECT_LABEL_BYTES];
    char method[16];
    char windows[64];
    int windows_min[LL_DETECT_MAX_WINDOWS]; /* parsed from windows */
    int nwindows;
    int min_count;
    double min_ratio;
    double alpha;
    double ears_z;
    int lateness_s;
    int quiet_min;
    int repeat_min;
    int hold_min;
    double hold_ratio;
    int warmup_min;
    int memory_min;
    double halflife_days;
    int prior_min;
    int utc_offset_min;
    int batch_max;
    int batch_wait_ms;
    int tick_ms;
    int txn_timeout_ms;
    char metrics_listen[128];
} ll_detect_cfg;

extern const ll_config_section ll_detect_config;

/* The detector's options from the [detect] section (loaded into cfg). */
void ll_detect_opts_from_config(const ll_config *cfg, ll_detect_opts *o);

/* The live loop's turns without Redis and without reading input, for tests: a detector on
 * the memory store whose alerts go to cfg's alerts topic in the role's own transactions (its
 * consumer and committer, made from cfg's [detect] section as the role makes them). o: NULL
 * for the options of [detect]; now_ms: the wall clock (NULL: the real one). NULL with errstr. */
typedef struct detect ll_detect_live;
ll_detect_live *ll_detect_live_new(const ll_config *cfg, const ll_detect_opts *o,
                                   long long (*now_ms)(void), char *errstr, size_t errlen);
/* One turn once a batch is read: counts in[0..n) (its events; the batch itself has no
 * messages, so no offsets), moves the clock and sends the alerts in a transaction, waited for,
 * as the role does. The outcome; *rewind as ll_committer_collect's (the caller's). */
enum ll_txn_outcome ll_detect_live_batch(ll_detect_live *lv, const ll_dinput *in, int n,
                                         rd_kafka_topic_partition_list_t **rewind);
/* Its detector (counters, state). */
ll_detector *ll_detect_live_detector(ll_detect_live *lv);
void ll_detect_live_free(ll_detect_live *lv);

#endif
