/* config.h - the luisterloop configuration: one table, one struct, validated at load. */
#ifndef LL_CONFIG_H
#define LL_CONFIG_H

#include <stddef.h>

#include "ll_limits.h"
#include "route.h"

enum ll_section {
    LL_SECT_COMMON = 0,
    LL_SECT_TOPICS,
    LL_SECT_WEB,
    LL_SECT_PHONE,
    LL_SECT_BALIE,
    LL_SECT_EMAIL,
    LL_SECT_SIMULATE,
    LL_SECT_PROCESS,
    LL_SECT_DASHBOARD,
    LL_SECT_DETECT,
    LL_SECT_ESCALATE,
    LL_SECT_AGGREGATE,
    LL_SECT_ALERTMANAGER,
    LL_SECT_REPORT,
    LL_SECT_COUNT
};

/* librdkafka properties given as `kafka.NAME = VALUE`, passed through verbatim. */
typedef struct ll_kafka_prop {
    char *name;
    char *value;
    int line;
} ll_kafka_prop;

typedef struct ll_kafka_props {
    ll_kafka_prop items[LL_MAX_KAFKA_PROPS];
    int n;
} ll_kafka_props;

typedef struct ll_token {
    char client[64];
    char token[LL_MAX_TOKEN_BYTES + 1];
} ll_token;

/* What every HTTP role allows its clients (core/http.h, ll_http_limits). */
typedef struct ll_http_cfg {
    int timeout_s;
    int max_conns;
    int max_per_client;
    char trusted_proxies[512];
    char metrics_listen[128];
} ll_http_cfg;

/* The HTTP intake settings shared by web, phone and balie. */
typedef struct ll_intake_cfg {
    char listen[128];
    int max_body;
    ll_http_cfg http;
    int delivery_timeout_ms;
    int max_pending;
    ll_token tokens[LL_MAX_TOKENS];
    int ntokens;
} ll_intake_cfg;

typedef struct ll_config {
    char path[1024]; /* "" when running on built-in defaults */

    /* [common] */
    char home[1024];
    char brokers[512];
    char redis[512];
    char log_level[16];
    char pseudonym_key[256];
    char source_base[128];
    char dlq_public_key[1024]; /* path; "" keeps no originals in feedback.dlq */

    /* [topics] */
    char topic_raw[128];
    char topic_enriched[128];
    char topic_dlq[128];
    char topic_alerts[128];
    char topic_escalations[128];
    char topic_aggregates[128];
    int topic_partitions;
    int topic_replication;

    /* [web], [phone], [balie] */
    ll_intake_cfg web, phone, balie;
    int form_rate_per_min; /* [web] public form submissions per client address */
    int web_threads;
    char phone_tcp_listen[128];
    int phone_max_line;
    int phone_tcp_idle_s;
    int phone_max_clients;
    int phone_max_per_address;

    /* [email] */
    char email_maildir[1024];
    int email_poll_ms;
    int email_max_bytes;
    int email_delivery_timeout_ms;
    int email_trust_received;

    /* [simulate] */
    double simulate_rate;
    int simulate_duration_s;


    /* [process] */
    char process_group[128];
    char process_txn_id[128];
    int process_batch_max;
    int process_workers;
    int process_txn_in_flight;
    int process_batch_wait_ms;
    int process_dedup_ttl_s;
    int process_redis_wait_replicas;
    int process_redis_wait_timeout_ms;
    int process_txn_timeout_ms;
    char process_metrics_listen[128];
    char process_taxonomy[1024];
    char process_lexicon[1024];
    char process_urgency[1024];
    char process_areas[1024];
    char process_names_first[1024];   /* the name masker's lists */
    char process_names_surname[1024];
    char process_names_keep[1024];
    int process_thread_window_s;
    int process_awb_weeks;

    /* [dashboard] */
    char dashboard_listen[128];
    ll_http_cfg dashboard_http;
    char dashboard_users[1024];  /* users file (luisterloop user add); relative: to home */
    char dashboard_assets[1024]; /* the page's folder; "": the checkout's sinks/dashboard */
    int dashboard_cookie_secure;
    int dashboard_session_ttl_s;
    int dashboard_signals_kept;
    char dashboard_web_metrics[128]; /* host:port of the web role's /metrics, for the form funnel */

    /* [detect] */
    char detect_group[128];
    char detect_txn_id[128];
    char detect_gemeente[LL_DETECT_LABEL_BYTES];
    char detect_method[16];
    char detect_windows[64];
    int detect_windows_min[LL_DETECT_MAX_WINDOWS]; /* parsed from detect_windows */
    int detect_nwindows;
    int detect_min_count;
    double detect_min_ratio;
    double detect_alpha;
    double detect_ears_z;
    int detect_lateness_s;
    int detect_quiet_min;
    int detect_repeat_min;
    int detect_warmup_min;
    int detect_memory_min;
    double detect_halflife_days;
    int detect_prior_min;
    int detect_utc_offset_min;
    int detect_batch_max;
    int detect_batch_wait_ms;
    int detect_tick_ms;
    int detect_txn_timeout_ms;
    char detect_metrics_listen[128];
    /* [escalate] (the escalate role and the escalations tool) */
    char escalate_group[128];
    char escalate_txn_id[128];
    int escalate_batch_max;
    int escalate_batch_wait_ms;
    int escalate_txn_timeout_ms;
    int escalate_mark_ttl_s;
    int escalate_stream_maxlen;
    int escalate_excerpt_bytes;
    int escalate_claim_idle_s;
    char escalate_metrics_listen[128];
    ll_routes routes; /* route = ... lines, in order, and default_team */
    /* [aggregate] */
    char aggregate_group[128];
    char aggregate_txn_id[128];
    int aggregate_batch_max;
    int aggregate_batch_wait_ms;
    int aggregate_txn_timeout_ms;
    int aggregate_lateness_s;
    int aggregate_state_ttl_s;
    char aggregate_metrics_listen[128];
    /* [alertmanager] */
    char am_url[512];
    char am_dashboard_url[512];
    char am_group[128];
    int am_resend_s;
    int am_timeout_ms;
    int am_backoff_max_s;
    int am_resolved_lookback_s;
    char am_metrics_listen[128];
    /* [report] */
    char report_improvements[1024];
    int report_quotes;
    int report_timeout_ms;

    ll_kafka_props kafka[LL_SECT_COUNT];
} ll_config;

/* Fills cfg with defaults, reads path (NULL: built-in defaults only) and
 * applies the environment overrides of the contract. On error writes
 * "FILE:LINE: message" to errstr and returns -1. cfg is owned by the caller
 * and released with ll_config_free(). */
int ll_config_load(ll_config *cfg, const char *path, char *errstr, size_t errlen);
void ll_config_free(ll_config *cfg);

/* The file to use: -c FILE, else $LUISTERLOOP_CONFIG, else
 * config/luisterloop.conf when it exists, else NULL (defaults). */
const char *ll_config_default_path(const char *cli_path);

/* Prints every key with its default and description (for --help). */
void ll_config_describe(const char *section_name);

const char *ll_section_name(enum ll_section s);

/* A file named in the config: relative paths are taken from the config
 * file's folder (config/ when running on defaults). */
int ll_config_file(const ll_config *cfg, const char *name, char *out, size_t outlen);

#endif
