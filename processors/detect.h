/* detect.h - the detect role: feedback.enriched -> feedback.alerts, or a replay of a file to stdout. */
#ifndef LL_DETECT_H
#define LL_DETECT_H

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

#endif
