/* config.c - parses luisterloop.conf against one declarative table of keys. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "netaddr.h"
#include "redis.h"

enum cfg_type { CT_STR, CT_INT, CT_BOOL, CT_ADDR, CT_LEVEL, CT_TOPIC, CT_DOUBLE, CT_TEAM, CT_CIDRS,
                CT_ADDR_OPT };

typedef struct cfg_key {
    enum ll_section section;
    const char *name;
    enum cfg_type type;
    size_t offset;
    size_t size; /* for strings: the buffer size */
    const char *def;
    long min, max;
    const char *desc;
} cfg_key;

/* [detect] windows: ascending minutes, "10,30,60,180". */
static int check_windows(ll_config *cfg, const char *v, char *msg, size_t msglen) {
    int n = 0, prev = 0;
    const char *p = v;
    while (*p) {
        char *end = NULL;
        errno = 0;
        long x = strtol(p, &end, 10);
        if (errno || end == p || x < 1 || x > 240 || x <= prev || n >= LL_DETECT_MAX_WINDOWS) {
            snprintf(msg, msglen,
                     "windows: '%s' is not 1..%d ascending minutes (each 1..240), comma-separated",
                     v, LL_DETECT_MAX_WINDOWS);
            return -1;
        }
        cfg->detect_windows_min[n++] = (int)x;
        prev = (int)x;
        p = end;
        while (*p == ' ')
            p++;
        if (*p == ',')
            p++;
        else if (*p) {
            snprintf(msg, msglen, "windows: '%s': expected a comma after %ld", v, x);
            return -1;
        }
        while (*p == ' ')
            p++;
    }
    if (n == 0) {
        snprintf(msg, msglen, "windows: at least one window");
        return -1;
    }
    cfg->detect_nwindows = n;
    return 0;
}

static int check_method(ll_config *cfg, const char *v, char *msg, size_t msglen) {
    (void)cfg;
    if (strcmp(v, "poisson-scan") && strcmp(v, "ears-c2")) {
        snprintf(msg, msglen, "method: '%s' is not poisson-scan or ears-c2", v);
        return -1;
    }
    return 0;
}

static int check_label(ll_config *cfg, const char *v, char *msg, size_t msglen) {
    (void)cfg;
    if (!*v || strpbrk(v, "{}|*")) {
        snprintf(msg, msglen, "gemeente: '%s' must be non-empty without {, }, | or *", v);
        return -1;
    }
    return 0;
}

/* String keys with a further check (after the value is stored). */
static const struct {
    enum ll_section section;
    const char *name;
    int (*check)(ll_config *cfg, const char *v, char *msg, size_t msglen);
} key_checks[] = {
    {LL_SECT_DETECT, "gemeente", check_label},
    {LL_SECT_DETECT, "method", check_method},
    {LL_SECT_DETECT, "windows", check_windows},
};

#define S(f) offsetof(ll_config, f), sizeof(((ll_config *)0)->f)
#define I(f) offsetof(ll_config, f), 0

static const cfg_key keys[] = {
    {LL_SECT_COMMON, "home", CT_STR, S(home), ".luisterloop", 0, 0,
     "local data, logs and pid files ($LUISTERLOOP_HOME)"},
    {LL_SECT_COMMON, "brokers", CT_STR, S(brokers), "127.0.0.1:9092", 0, 0,
     "Kafka bootstrap servers, host:port[,host:port] ($LUISTERLOOP_KAFKA)"},
    {LL_SECT_COMMON, "redis", CT_STR, S(redis), "127.0.0.1:6379", 0, 0,
     "Redis, host:port or redis://[:password@]host:port[/db] ($LUISTERLOOP_REDIS)"},
    {LL_SECT_COMMON, "log_level", CT_LEVEL, S(log_level), "info", 0, 0,
     "error, warn, info or debug"},
    {LL_SECT_COMMON, "pseudonym_key", CT_STR, S(pseudonym_key), "", 0, 0,
     "secret for citizen pseudonyms; prefer $LUISTERLOOP_PSEUDONYM_KEY"},
    {LL_SECT_COMMON, "dlq_public_key", CT_STR, S(dlq_public_key), "", 0, 0,
     "operator's public key file (`luisterloop dlq keygen`): dead letters keep their "
     "original sealed to it; empty: no original is kept"},
    {LL_SECT_COMMON, "source_base", CT_STR, S(source_base), "/luisterloop", 0, 0,
     "prefix of the CloudEvents source of every event we make"},

    {LL_SECT_TOPICS, "raw", CT_TOPIC, S(topic_raw), "feedback.raw", 0, 0,
     "normalised input from the adapters"},
    {LL_SECT_TOPICS, "enriched", CT_TOPIC, S(topic_enriched), "feedback.enriched", 0, 0,
     "one event per distinct input, with enrichment"},
    {LL_SECT_TOPICS, "dlq", CT_TOPIC, S(topic_dlq), "feedback.dlq", 0, 0,
     "input that could not be used, with the reason"},
    {LL_SECT_TOPICS, "alerts", CT_TOPIC, S(topic_alerts), "feedback.alerts", 0, 0,
     "early-warning alerts"},
    {LL_SECT_TOPICS, "escalations", CT_TOPIC, S(topic_escalations), "feedback.escalations", 0, 0,
     "everything sent to an escalation queue"},
    {LL_SECT_TOPICS, "aggregates", CT_TOPIC, S(topic_aggregates), "feedback.aggregates", 0, 0,
     "closed windows for reporting jobs"},
    {LL_SECT_TOPICS, "partitions", CT_INT, I(topic_partitions), "6", 1, 1000,
     "partitions per topic made by `luisterloop topics`"},
    {LL_SECT_TOPICS, "replication", CT_INT, I(topic_replication), "1", 1, 10,
     "replication factor per topic made by `luisterloop topics`"},

/* Every HTTP role: what a client may take of it (core/http.h). The defaults fit
 * a contact centre: hundreds of agents' browsers and a few integrations, each
 * client well under the per-client cap, a reverse proxy only when configured. */
#define HTTP_KEYS(SECT, f)                                                                       \
    {SECT, "timeout_s", CT_INT, I(f.timeout_s), "10", 1, 300,                                      \
     "seconds a client has for a whole request, headers and body (then it is cut off)"},           \
    {SECT, "max_connections", CT_INT, I(f.max_conns), "1024", 1, 65536,                            \
     "open HTTP connections at once; more are refused with 503"},                                 \
    {SECT, "max_connections_per_client", CT_INT, I(f.max_per_client), "128", 1, 65536,             \
     "open connections from one client address (IPv6: one /64); a trusted proxy is exempt"},      \
    {SECT, "trusted_proxies", CT_CIDRS, S(f.trusted_proxies), "", 0, 0,                            \
     "reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names the client"}, \
    {SECT, "metrics_listen", CT_ADDR_OPT, S(f.metrics_listen), "", 0, 0,                           \
     "host:port for /healthz, /readyz and /metrics; empty: on listen while that is loopback"},

#define INTAKE_KEYS(SECT, f, port)                                                             \
    {SECT, "listen", CT_ADDR, S(f.listen), "127.0.0.1:" port, 0, 0, "HTTP intake address"},       \
    {SECT, "max_body", CT_INT, I(f.max_body), "65536", 1024, LL_MAX_HTTP_BODY_LIMIT,              \
     "largest request body in bytes (413 above)"},                                                \
    HTTP_KEYS(SECT, f.http)                                                                       \
    {SECT, "delivery_timeout_ms", CT_INT, I(f.delivery_timeout_ms), "5000", 100, 300000,          \
     "how long to wait for Kafka to make an event durable before answering 503"},                 \
    {SECT, "max_pending", CT_INT, I(f.max_pending), "100000", 1, 10000000,                        \
     "events waiting for Kafka at once; 503 above"},

    INTAKE_KEYS(LL_SECT_WEB, web, "8080")
    {LL_SECT_WEB, "threads", CT_INT, I(web_threads), "2", 1, LL_MAX_WEB_THREADS,
     "event loops (threads) serving HTTP, each with its own Kafka producer"},
    {LL_SECT_WEB, "form_rate_per_min", CT_INT, I(form_rate_per_min), "10", 1, 100000,
     "public form submissions per minute per client address (429 above)"},
    INTAKE_KEYS(LL_SECT_PHONE, phone, "8082")
    {LL_SECT_PHONE, "tcp_listen", CT_ADDR, S(phone_tcp_listen), "127.0.0.1:7301", 0, 0,
     "JSON Lines over TCP: one call note a line"},
    {LL_SECT_PHONE, "max_line", CT_INT, I(phone_max_line), "65536", 256, 1048576,
     "longest JSON line in bytes"},
    {LL_SECT_PHONE, "tcp_idle_s", CT_INT, I(phone_tcp_idle_s), "60", 1, 86400,
     "seconds a TCP client may stay silent mid-line before it is cut off"},
    {LL_SECT_PHONE, "max_clients", CT_INT, I(phone_max_clients), "256", 1, 65536,
     "TCP connections at once"},
    {LL_SECT_PHONE, "max_clients_per_address", CT_INT, I(phone_max_per_address), "32", 1, 65536,
     "TCP connections from one client address (IPv6: one /64)"},
    INTAKE_KEYS(LL_SECT_BALIE, balie, "8083")

    {LL_SECT_EMAIL, "maildir", CT_STR, S(email_maildir), "", 0, 0,
     "Maildir to take messages from (new/ -> cur/); --maildir overrides"},
    {LL_SECT_EMAIL, "poll_ms", CT_INT, I(email_poll_ms), "1000", 10, 600000,
     "how often to look in new/"},
    {LL_SECT_EMAIL, "max_message_bytes", CT_INT, I(email_max_bytes), "33554432", 1024, 268435456,
     "largest message accepted (larger ones are dead letters)"},
    {LL_SECT_EMAIL, "delivery_timeout_ms", CT_INT, I(email_delivery_timeout_ms), "10000", 100,
     300000, "how long to wait for Kafka before leaving a message in new/ (or exit 75)"},
    {LL_SECT_EMAIL, "trust_received", CT_BOOL, I(email_trust_received), "false", 0, 1,
     "received_at from the top Received: header (our own MTA's); else the Maildir delivery time"},

    {LL_SECT_SIMULATE, "rate", CT_DOUBLE, I(simulate_rate), "5", 0, 1000000,
     "signals per second"},
    {LL_SECT_SIMULATE, "duration_s", CT_INT, I(simulate_duration_s), "0", 0, 31536000,
     "how long to run; 0 is until stopped"},

    {LL_SECT_PROCESS, "group", CT_STR, S(process_group), "luisterloop-process", 0, 0,
     "Kafka consumer group shared by all processors"},
    {LL_SECT_PROCESS, "transactional_id", CT_STR, S(process_txn_id), "luisterloop-process-0", 0, 0,
     "Kafka transactional.id; unique and stable per processor instance"},
    {LL_SECT_PROCESS, "batch_max", CT_INT, I(process_batch_max), "2000", 1, LL_PROCESS_BATCH_MAX,
     "most input events per transaction"},
    {LL_SECT_PROCESS, "workers", CT_INT, I(process_workers), "2", 1, LL_MAX_PROCESS_WORKERS,
     "threads sharing the text work of a batch (each loads its own rules)"},
    {LL_SECT_PROCESS, "transactions_in_flight", CT_INT, I(process_txn_in_flight), "1", 1,
     LL_MAX_TXN_IN_FLIGHT, "batches in their transactions at once, one producer each, committed in order"},
    {LL_SECT_PROCESS, "batch_wait_ms", CT_INT, I(process_batch_wait_ms), "2", 0, 10000,
     "longest wait to fill a batch once the first event is in"},
    {LL_SECT_PROCESS, "redis_wait_replicas", CT_INT, I(process_redis_wait_replicas), "0", 0, 5,
     "replicas that must confirm a batch's Redis writes (WAIT) before its commit; 0 with no replica"},
    {LL_SECT_PROCESS, "redis_wait_timeout_ms", CT_INT, I(process_redis_wait_timeout_ms), "1000", 10, 60000,
     "how long WAIT waits for them; a batch short of them is read again"},
    {LL_SECT_PROCESS, "dedup_ttl_s", CT_INT, I(process_dedup_ttl_s), "1209600", 60, 31536000,
     "how long an event id is remembered for de-duplication"},
    {LL_SECT_PROCESS, "transaction_timeout_ms", CT_INT, I(process_txn_timeout_ms), "30000", 1000, 900000,
     "Kafka transaction timeout (bounds how long a crashed transaction blocks readers)"},
    {LL_SECT_PROCESS, "metrics_listen", CT_STR, S(process_metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none"},

    {LL_SECT_PROCESS, "taxonomy", CT_STR, S(process_taxonomy), "taxonomy-gemeente.conf", 0, 0,
     "theme taxonomy (relative to the config file's folder)"},
    {LL_SECT_PROCESS, "lexicon", CT_STR, S(process_lexicon), "sentiment-nl.tsv", 0, 0,
     "Dutch sentiment and emotion lexicon"},
    {LL_SECT_PROCESS, "urgency_rules", CT_STR, S(process_urgency), "urgency.conf", 0, 0,
     "urgency rules"},
    {LL_SECT_PROCESS, "areas", CT_STR, S(process_areas), "areas-rotterdam.tsv", 0, 0,
     "PC4 -> wijk/buurt table"},
    {LL_SECT_PROCESS, "names_first", CT_STR, S(process_names_first), "names-first-nl.txt", 0, 0,
     "first names the name masker knows"},
    {LL_SECT_PROCESS, "names_surname", CT_STR, S(process_names_surname), "names-surname-nl.txt",
     0, 0, "surnames the name masker knows (without particles)"},
    {LL_SECT_PROCESS, "names_keep", CT_STR, S(process_names_keep), "names-keep-nl.txt", 0, 0,
     "places, organisations and common words the name masker never masks on its own"},
    {LL_SECT_PROCESS, "thread_window_s", CT_INT, I(process_thread_window_s), "1209600", 3600,
     31536000, "contacts of one citizen on one theme within this window share a thread"},
    {LL_SECT_PROCESS, "awb_weeks", CT_INT, I(process_awb_weeks), "6", 1, 52,
     "handling term of a formal complaint (Awb art. 9:11: six weeks)"},

    {LL_SECT_DASHBOARD, "listen", CT_ADDR, S(dashboard_listen), "127.0.0.1:8088", 0, 0,
     "dashboard HTTP address"},
    HTTP_KEYS(LL_SECT_DASHBOARD, dashboard_http)
    {LL_SECT_DASHBOARD, "users_file", CT_STR, S(dashboard_users), "dashboard.users", 0, 0,
     "users and tool tokens with their roles (luisterloop user add|token); relative: to home"},
    {LL_SECT_DASHBOARD, "assets", CT_STR, S(dashboard_assets), "", 0, 0,
     "folder of the page (index.html, app.js, style.css, node_modules/uplot); empty: the checkout's sinks/dashboard"},
    {LL_SECT_DASHBOARD, "cookie_secure", CT_INT, I(dashboard_cookie_secure), "0", 0, 1,
     "1 when TLS is in front: the session cookie gets Secure"},
    {LL_SECT_DASHBOARD, "session_ttl_s", CT_INT, I(dashboard_session_ttl_s), "28800", 60, 604800,
     "a login lasts this long"},
    {LL_SECT_DASHBOARD, "signals_kept", CT_INT, I(dashboard_signals_kept), "5000", 100,
     LL_DASH_MAX_SIGNALS, "recent enriched events kept in memory for the screens (about 4 KiB each)"},
    {LL_SECT_DASHBOARD, "web_metrics", CT_ADDR_OPT, S(dashboard_web_metrics), "", 0, 0,
     "host:port of the web role's /metrics, for the form funnel on Trends; empty: not shown"},

    {LL_SECT_DETECT, "group", CT_STR, S(detect_group), "luisterloop-detect", 0, 0,
     "Kafka consumer group of the detectors"},
    {LL_SECT_DETECT, "transactional_id", CT_STR, S(detect_txn_id), "luisterloop-detect-0", 0, 0,
     "Kafka transactional.id of the detector"},
    {LL_SECT_DETECT, "gemeente", CT_STR, S(detect_gemeente), "Rotterdam", 0, 0,
     "the gemeente label of every alert"},
    {LL_SECT_DETECT, "method", CT_STR, S(detect_method), "poisson-scan", 0, 0,
     "poisson-scan (the detector) or ears-c2 (the CDC baseline, for comparison)"},
    {LL_SECT_DETECT, "windows", CT_STR, S(detect_windows), "10,30,60,180", 0, 0,
     "window lengths in minutes, ascending; each ending at the last whole minute"},
    {LL_SECT_DETECT, "min_count", CT_INT, I(detect_min_count), "3", 1, 100000,
     "an alert needs at least this many distinct new threads in the window"},
    {LL_SECT_DETECT, "min_ratio", CT_DOUBLE, I(detect_min_ratio), "3", 1, 1000,
     "... and at least this many times the expected count"},
    {LL_SECT_DETECT, "alpha", CT_DOUBLE, I(detect_alpha), "0.0001", 0, 1,
     "poisson-scan: largest upper-tail probability of the longest window (a w-minute one gets alpha*w/longest)"},
    {LL_SECT_DETECT, "ears_z", CT_DOUBLE, I(detect_ears_z), "3", 0, 100,
     "ears-c2: smallest (count - baseline mean) / baseline sd"},
    {LL_SECT_DETECT, "allowed_lateness_s", CT_INT, I(detect_lateness_s), "120", 0,
     LL_DETECT_MAX_LATENESS_S, "events this late still count in their minute; later ones are skipped"},
    {LL_SECT_DETECT, "quiet_min", CT_INT, I(detect_quiet_min), "30", 1, 10080,
     "minutes without the condition before an alert is resolved"},
    {LL_SECT_DETECT, "repeat_min", CT_INT, I(detect_repeat_min), "240", 1, 10080,
     "a firing alert is sent again at most this often"},
    {LL_SECT_DETECT, "warmup_min", CT_INT, I(detect_warmup_min), "4320", 0, 525600,
     "no alerts this long after the first event; series younger than this need twice the thresholds"},
    {LL_SECT_DETECT, "thread_memory_min", CT_INT, I(detect_memory_min), "1440", 1, 44640,
     "a thread seen again within this is not a new citizen"},
    {LL_SECT_DETECT, "halflife_days", CT_DOUBLE, I(detect_halflife_days), "14", 1, 365,
     "half-life of the history behind each series' level"},
    {LL_SECT_DETECT, "prior_min", CT_INT, I(detect_prior_min), "720", 1, 100000,
     "weight, in minutes of data, of the average rate in a young or sparse series' level"},
    {LL_SECT_DETECT, "utc_offset_min", CT_INT, I(detect_utc_offset_min), "60", -720, 840,
     "local time of the daily and weekly profile, in minutes east of UTC"},
    {LL_SECT_DETECT, "batch_max", CT_INT, I(detect_batch_max), "2000", 1, LL_DETECT_BATCH_MAX,
     "most input events per transaction"},
    {LL_SECT_DETECT, "batch_wait_ms", CT_INT, I(detect_batch_wait_ms), "50", 0, 10000,
     "longest wait to fill a batch once the first event is in"},
    {LL_SECT_DETECT, "tick_ms", CT_INT, I(detect_tick_ms), "1000", 10, 60000,
     "how often the clock moves when no events come (alerts resolve on it)"},
    {LL_SECT_DETECT, "transaction_timeout_ms", CT_INT, I(detect_txn_timeout_ms), "30000", 1000,
     900000, "Kafka transaction timeout"},
    {LL_SECT_DETECT, "metrics_listen", CT_STR, S(detect_metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none"},
    {LL_SECT_ESCALATE, "group", CT_STR, S(escalate_group), "luisterloop-escalate", 0, 0,
     "Kafka consumer group of the escalate role"},
    {LL_SECT_ESCALATE, "transactional_id", CT_STR, S(escalate_txn_id), "luisterloop-escalate-0",
     0, 0, "Kafka transactional.id; unique and stable per escalate instance"},
    {LL_SECT_ESCALATE, "batch_max", CT_INT, I(escalate_batch_max), "500", 1,
     LL_ESCALATE_BATCH_MAX, "most input events per transaction"},
    {LL_SECT_ESCALATE, "batch_wait_ms", CT_INT, I(escalate_batch_wait_ms), "5", 0, 10000,
     "longest wait to fill a batch once the first event is in"},
    {LL_SECT_ESCALATE, "transaction_timeout_ms", CT_INT, I(escalate_txn_timeout_ms), "30000",
     1000, 900000, "Kafka transaction timeout"},
    {LL_SECT_ESCALATE, "mark_ttl_s", CT_INT, I(escalate_mark_ttl_s), "1209600", 3600, 31536000,
     "how long an escalated input is remembered, so a replay adds nothing"},
    {LL_SECT_ESCALATE, "stream_maxlen", CT_INT, I(escalate_stream_maxlen), "100000", 1000,
     100000000, "entries kept per team stream (approximate MAXLEN; oldest go first)"},
    {LL_SECT_ESCALATE, "excerpt_bytes", CT_INT, I(escalate_excerpt_bytes), "400", 0,
     LL_MAX_EXCERPT_BYTES, "masked citizen text carried in an escalation, in bytes"},
    {LL_SECT_ESCALATE, "claim_idle_s", CT_INT, I(escalate_claim_idle_s), "1800", 1, 2592000,
     "`escalations TEAM claim` takes over a case claimed but not acked for this long"},
    {LL_SECT_ESCALATE, "metrics_listen", CT_STR, S(escalate_metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none"},
    {LL_SECT_ESCALATE, "default_team", CT_TEAM, S(routes.default_team), "klantcontact", 0, 0,
     "team for what no route = rule matches"},

    {LL_SECT_AGGREGATE, "group", CT_STR, S(aggregate_group), "luisterloop-aggregate", 0, 0,
     "Kafka consumer group of the aggregate role"},
    {LL_SECT_AGGREGATE, "transactional_id", CT_STR, S(aggregate_txn_id), "luisterloop-aggregate-0",
     0, 0, "Kafka transactional.id; unique and stable per aggregate instance"},
    {LL_SECT_AGGREGATE, "batch_max", CT_INT, I(aggregate_batch_max), "2000", 1,
     LL_AGG_BATCH_MAX, "most input events per transaction"},
    {LL_SECT_AGGREGATE, "batch_wait_ms", CT_INT, I(aggregate_batch_wait_ms), "50", 0, 10000,
     "longest wait to fill a batch once the first event is in"},
    {LL_SECT_AGGREGATE, "transaction_timeout_ms", CT_INT, I(aggregate_txn_timeout_ms), "30000",
     1000, 900000, "Kafka transaction timeout"},
    {LL_SECT_AGGREGATE, "allowed_lateness_s", CT_INT, I(aggregate_lateness_s), "3600", 0,
     LL_AGG_MAX_LATENESS_S, "a contact this late after its window's end still re-emits the window "
     "(higher version); later ones are counted as late and left out"},
    {LL_SECT_AGGREGATE, "state_ttl_s", CT_INT, I(aggregate_state_ttl_s), "259200", 3600, 31536000,
     "how long Redis keeps a window's counts and an event's mark (more than a day + lateness)"},
    {LL_SECT_AGGREGATE, "metrics_listen", CT_STR, S(aggregate_metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none"},

    {LL_SECT_ALERTMANAGER, "url", CT_STR, S(am_url), "", 0, 0,
     "Prometheus Alertmanager, http(s)://host:port[/prefix]; empty: not configured"},
    {LL_SECT_ALERTMANAGER, "dashboard_url", CT_STR, S(am_dashboard_url), "http://127.0.0.1:8088/",
     0, 0, "the dashboard, for each alert's generatorURL"},
    {LL_SECT_ALERTMANAGER, "group", CT_STR, S(am_group), "luisterloop-alertmanager", 0, 0,
     "Kafka consumer group id (offsets are not committed: the state is rebuilt from the topic)"},
    {LL_SECT_ALERTMANAGER, "resend_s", CT_INT, I(am_resend_s), "60", 1, 3600,
     "firing alerts are posted again this often; their endsAt is 4 times this ahead"},
    {LL_SECT_ALERTMANAGER, "timeout_ms", CT_INT, I(am_timeout_ms), "5000", 100, 60000,
     "one POST to Alertmanager, connection included"},
    {LL_SECT_ALERTMANAGER, "backoff_max_s", CT_INT, I(am_backoff_max_s), "60", 1, 3600,
     "longest wait between retries after a failed POST (doubling from 1 s)"},
    {LL_SECT_ALERTMANAGER, "resolved_lookback_s", CT_INT, I(am_resolved_lookback_s), "3600", 0,
     604800, "at start, alerts resolved this recently are posted resolved once more"},
    {LL_SECT_ALERTMANAGER, "metrics_listen", CT_STR, S(am_metrics_listen), "", 0, 0,
     "host:port for /healthz, /readyz and /metrics; empty: none"},

    {LL_SECT_REPORT, "improvements", CT_STR, S(report_improvements), "", 0, 0,
     "the 'you said, we did' file (THEME<TAB>YYYY-MM-DD<TAB>what changed); --improvements overrides"},
    {LL_SECT_REPORT, "quotes_per_theme", CT_INT, I(report_quotes), "3", 0, LL_REPORT_MAX_QUOTES,
     "masked quotes per theme (those nearest the theme's mean sentiment, one per thread)"},
    {LL_SECT_REPORT, "timeout_ms", CT_INT, I(report_timeout_ms), "30000", 1000, 600000,
     "longest wait for Kafka while reading a topic to its end"},
};
#define NKEYS (sizeof(keys) / sizeof(keys[0]))

static const char *section_names[LL_SECT_COUNT] = {
    "common", "topics", "web", "phone", "balie", "email", "simulate", "process", "dashboard",
    "detect", "escalate", "aggregate", "alertmanager", "report"};

/* Settings luisterloop owns: letting a config weaken them would break the
 * durability promise (acks=all, idempotence, read_committed). */
static const char *kafka_reserved[] = {
    "bootstrap.servers", "metadata.broker.list", "acks", "request.required.acks",
    "enable.idempotence", "transactional.id", "isolation.level", "enable.auto.commit",
    "group.id", NULL};

const char *ll_section_name(enum ll_section s) {
    return (s >= 0 && s < LL_SECT_COUNT) ? section_names[s] : "?";
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static int parse_bool(const char *v, int *out) {
    if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on") || !strcmp(v, "1"))
        *out = 1;
    else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "off") || !strcmp(v, "0"))
        *out = 0;
    else
        return -1;
    return 0;
}

static int topic_name_ok(const char *v) {
    size_t n = strlen(v);
    if (n == 0 || n > 249)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)v[i]) && v[i] != '.' && v[i] != '_' && v[i] != '-')
            return 0;
    return 1;
}

/* Sets one key; msg gets the reason on failure. */
static int key_set(ll_config *cfg, const cfg_key *k, const char *v, char *msg, size_t msglen) {
    char *base = (char *)cfg;
    switch (k->type) {
    case CT_STR:
    case CT_ADDR:
    case CT_LEVEL:
    case CT_TOPIC:
    case CT_TEAM:
    case CT_CIDRS:
    case CT_ADDR_OPT: {
        size_t n = strlen(v);
        if (n >= k->size) {
            snprintf(msg, msglen, "%s: value longer than %zu bytes", k->name, k->size - 1);
            return -1;
        }
        if (k->type == CT_CIDRS) {
            ll_cidrs c;
            char e[160];
            if (ll_cidrs_parse(v, &c, e, sizeof(e)) != 0) {
                snprintf(msg, msglen, "%s: %s", k->name, e);
                return -1;
            }
        }
        if (k->type == CT_ADDR || (k->type == CT_ADDR_OPT && *v)) {
            ll_netaddr a;
            char e[128];
            if (ll_netaddr_parse(v, &a, e, sizeof(e)) != 0) {
                snprintf(msg, msglen, "%s: %s", k->name, e);
                return -1;
            }
        }
        if (k->type == CT_LEVEL && ll_log_level_parse(v) < 0) {
            snprintf(msg, msglen, "%s: '%s' is not one of error, warn, info, debug", k->name, v);
            return -1;
        }
        if (k->type == CT_TEAM && !ll_team_valid(v)) {
            snprintf(msg, msglen, "%s: team `%s`: 1..%d characters of [A-Za-z0-9_-]", k->name, v,
                     LL_MAX_TEAM_BYTES);
            return -1;
        }
        if (k->type == CT_TOPIC && !topic_name_ok(v)) {
            snprintf(msg, msglen, "%s: '%s' is not a valid Kafka topic name", k->name, v);
            return -1;
        }
        memcpy(base + k->offset, v, n + 1);
        for (size_t i = 0; i < sizeof(key_checks) / sizeof(key_checks[0]); i++)
            if (key_checks[i].section == k->section && !strcmp(key_checks[i].name, k->name))
                return key_checks[i].check(cfg, v, msg, msglen);
        return 0;
    }
    case CT_INT: {
        char *end = NULL;
        errno = 0;
        long x = strtol(v, &end, 10);
        if (errno != 0 || end == v || *end != '\0') {
            snprintf(msg, msglen, "%s: '%s' is not an integer", k->name, v);
            return -1;
        }
        if (x < k->min || x > k->max) {
            snprintf(msg, msglen, "%s: %ld is out of range [%ld, %ld]", k->name, x, k->min,
                     k->max);
            return -1;
        }
        *(int *)(base + k->offset) = (int)x;
        return 0;
    }
    case CT_DOUBLE: {
        char *end = NULL;
        errno = 0;
        double x = strtod(v, &end);
        if (errno != 0 || end == v || *end != '\0' || x != x) {
            snprintf(msg, msglen, "%s: '%s' is not a number", k->name, v);
            return -1;
        }
        if (x < (double)k->min || x > (double)k->max) {
            snprintf(msg, msglen, "%s: %g is out of range [%ld, %ld]", k->name, x, k->min, k->max);
            return -1;
        }
        *(double *)(base + k->offset) = x;
        return 0;
    }
    case CT_BOOL: {
        int b;
        if (parse_bool(v, &b) != 0) {
            snprintf(msg, msglen, "%s: '%s' is not a boolean (true/false)", k->name, v);
            return -1;
        }
        *(int *)(base + k->offset) = b;
        return 0;
    }
    }
    return -1;
}

static const cfg_key *key_find(enum ll_section s, const char *name) {
    for (size_t i = 0; i < NKEYS; i++)
        if (keys[i].section == s && strcmp(keys[i].name, name) == 0)
            return &keys[i];
    return NULL;
}

static int kafka_prop_add(ll_config *cfg, enum ll_section s, const char *name,
                          const char *value, int line, char *msg, size_t msglen) {
    for (int i = 0; kafka_reserved[i]; i++)
        if (strcmp(name, kafka_reserved[i]) == 0) {
            snprintf(msg, msglen,
                     "kafka.%s is set by luisterloop itself (durability and delivery "
                     "guarantees); use the luisterloop key for it where there is one",
                     name);
            return -1;
        }
    /* Let librdkafka judge the property now, so a typo stops the start. */
    rd_kafka_conf_t *probe = rd_kafka_conf_new();
    char errstr[256];
    rd_kafka_conf_res_t r = rd_kafka_conf_set(probe, name, value, errstr, sizeof(errstr));
    rd_kafka_conf_destroy(probe);
    if (r != RD_KAFKA_CONF_OK) {
        snprintf(msg, msglen, "kafka.%s: %s", name, errstr);
        return -1;
    }
    ll_kafka_props *p = &cfg->kafka[s];
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->items[i].name, name) == 0) {
            snprintf(msg, msglen, "kafka.%s set twice (first at line %d)", name,
                     p->items[i].line);
            return -1;
        }
    if (p->n >= LL_MAX_KAFKA_PROPS) {
        snprintf(msg, msglen, "more than %d kafka.* settings in [%s]", LL_MAX_KAFKA_PROPS,
                 section_names[s]);
        return -1;
    }
    p->items[p->n].name = strdup(name);
    p->items[p->n].value = strdup(value);
    p->items[p->n].line = line;
    if (!p->items[p->n].name || !p->items[p->n].value) {
        free(p->items[p->n].name);
        free(p->items[p->n].value);
        snprintf(msg, msglen, "out of memory");
        return -1;
    }
    p->n++;
    return 0;
}

static int token_add(ll_intake_cfg *cfg, const char *client, const char *token, char *msg,
                     size_t msglen) {
    size_t cn = strlen(client), tn = strlen(token);
    if (cn == 0 || cn >= sizeof(cfg->tokens[0].client)) {
        snprintf(msg, msglen, "token.CLIENT: client name must be 1..%zu bytes",
                 sizeof(cfg->tokens[0].client) - 1);
        return -1;
    }
    for (size_t i = 0; i < cn; i++)
        if (!isalnum((unsigned char)client[i]) && client[i] != '-' && client[i] != '_') {
            snprintf(msg, msglen, "token.%s: client name may hold only [A-Za-z0-9_-]", client);
            return -1;
        }
    if (tn < LL_MIN_TOKEN_BYTES || tn > LL_MAX_TOKEN_BYTES) {
        snprintf(msg, msglen, "token.%s: a token must be %d..%d characters", client,
                 LL_MIN_TOKEN_BYTES, LL_MAX_TOKEN_BYTES);
        return -1;
    }
    for (size_t i = 0; i < tn; i++)
        if (!isgraph((unsigned char)token[i])) {
            snprintf(msg, msglen, "token.%s: a token is printable ASCII without spaces", client);
            return -1;
        }
    for (int i = 0; i < cfg->ntokens; i++) {
        if (strcmp(cfg->tokens[i].client, client) == 0) {
            snprintf(msg, msglen, "token.%s given twice", client);
            return -1;
        }
        if (strcmp(cfg->tokens[i].token, token) == 0) {
            snprintf(msg, msglen, "token.%s reuses the token of client %s", client,
                     cfg->tokens[i].client);
            return -1;
        }
    }
    if (cfg->ntokens >= LL_MAX_TOKENS) {
        snprintf(msg, msglen, "more than %d tokens", LL_MAX_TOKENS);
        return -1;
    }
    memcpy(cfg->tokens[cfg->ntokens].client, client, cn + 1);
    memcpy(cfg->tokens[cfg->ntokens].token, token, tn + 1);
    cfg->ntokens++;
    return 0;
}

static int set_defaults(ll_config *cfg, char *errstr, size_t errlen) {
    char msg[256];
    for (size_t i = 0; i < NKEYS; i++)
        if (key_set(cfg, &keys[i], keys[i].def, msg, sizeof(msg)) != 0) {
            snprintf(errstr, errlen, "built-in default: %s", msg);
            return -1;
        }
    return 0;
}

static int parse_file(ll_config *cfg, const char *path, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char buf[LL_MAX_CONFIG_LINE + 2];
    char msg[512];
    int lineno = 0, rc = -1;
    int seen_line[NKEYS] = {0};
    enum ll_section sect = LL_SECT_COMMON;
    int have_section = 0;
    size_t total = 0;
    while (fgets(buf, sizeof(buf), f)) {
        lineno++;
        size_t n = strlen(buf);
        total += n;
        if (total > LL_MAX_CONFIG_BYTES) {
            snprintf(errstr, errlen, "%s:%d: file larger than %d bytes", path, lineno,
                     LL_MAX_CONFIG_BYTES);
            goto out;
        }
        if (n > 0 && buf[n - 1] != '\n' && !feof(f)) {
            snprintf(errstr, errlen, "%s:%d: line longer than %d bytes", path, lineno,
                     LL_MAX_CONFIG_LINE);
            goto out;
        }
        char *s = trim(buf);
        if (*s == '\0' || *s == '#' || *s == ';')
            continue;
        if (*s == '[') {
            char *end = strchr(s, ']');
            if (!end || end[1] != '\0') {
                snprintf(errstr, errlen, "%s:%d: malformed section header", path, lineno);
                goto out;
            }
            *end = '\0';
            char *name = trim(s + 1);
            int found = -1;
            for (int i = 0; i < LL_SECT_COUNT; i++)
                if (strcmp(name, section_names[i]) == 0)
                    found = i;
            if (found < 0) {
                snprintf(errstr, errlen,
                         "%s:%d: unknown section [%s] (known: common, topics, web, phone, balie, "
                         "email, simulate, process, dashboard, detect, escalate)",
                         path, lineno, name);
                goto out;
            }
            sect = (enum ll_section)found;
            have_section = 1;
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(errstr, errlen, "%s:%d: expected `key = value`", path, lineno);
            goto out;
        }
        *eq = '\0';
        char *key = trim(s), *val = trim(eq + 1);
        if (*key == '\0') {
            snprintf(errstr, errlen, "%s:%d: empty key", path, lineno);
            goto out;
        }
        if (!have_section) {
            snprintf(errstr, errlen, "%s:%d: key `%s` before any [section]", path, lineno, key);
            goto out;
        }
        if (strncmp(key, "kafka.", 6) == 0) {
            if (sect == LL_SECT_TOPICS) {
                snprintf(errstr, errlen, "%s:%d: kafka.* settings belong in a role section",
                         path, lineno);
                goto out;
            }
            if (kafka_prop_add(cfg, sect, key + 6, val, lineno, msg, sizeof(msg)) != 0) {
                snprintf(errstr, errlen, "%s:%d: %s", path, lineno, msg);
                goto out;
            }
            continue;
        }
        ll_intake_cfg *ic = sect == LL_SECT_WEB     ? &cfg->web
                            : sect == LL_SECT_PHONE ? &cfg->phone
                            : sect == LL_SECT_BALIE ? &cfg->balie
                                                    : NULL;
        if (ic && strncmp(key, "token.", 6) == 0) {
            if (token_add(ic, key + 6, val, msg, sizeof(msg)) != 0) {
                snprintf(errstr, errlen, "%s:%d: %s", path, lineno, msg);
                goto out;
            }
            continue;
        }
        if (sect == LL_SECT_ESCALATE && strcmp(key, "route") == 0) {
            /* Repeated on purpose: the rules, in order. */
            if (ll_routes_add(&cfg->routes, val, lineno, msg, sizeof(msg)) != 0) {
                snprintf(errstr, errlen, "%s:%d: %s", path, lineno, msg);
                goto out;
            }
            continue;
        }
        const cfg_key *k = key_find(sect, key);
        if (!k) {
            snprintf(errstr, errlen, "%s:%d: unknown key `%s` in [%s]", path, lineno, key,
                     section_names[sect]);
            goto out;
        }
        size_t idx = (size_t)(k - keys);
        if (seen_line[idx]) {
            snprintf(errstr, errlen, "%s:%d: `%s` set twice in [%s] (first at line %d)", path,
                     lineno, key, section_names[sect], seen_line[idx]);
            goto out;
        }
        seen_line[idx] = lineno;
        if (key_set(cfg, k, val, msg, sizeof(msg)) != 0) {
            snprintf(errstr, errlen, "%s:%d: %s", path, lineno, msg);
            goto out;
        }
    }
    if (ferror(f)) {
        snprintf(errstr, errlen, "%s:%d: read error", path, lineno);
        goto out;
    }
    rc = 0;
out:
    fclose(f);
    return rc;
}

static int env_override(ll_config *cfg, const char *env, enum ll_section s, const char *name,
                        char *errstr, size_t errlen) {
    const char *v = getenv(env);
    if (!v || !*v)
        return 0;
    char msg[256];
    if (key_set(cfg, key_find(s, name), v, msg, sizeof(msg)) != 0) {
        snprintf(errstr, errlen, "$%s: %s", env, msg);
        return -1;
    }
    return 0;
}

int ll_config_load(ll_config *cfg, const char *path, char *errstr, size_t errlen) {
    memset(cfg, 0, sizeof(*cfg));
    if (set_defaults(cfg, errstr, errlen) != 0)
        return -1;
    if (path) {
        snprintf(cfg->path, sizeof(cfg->path), "%s", path);
        if (parse_file(cfg, path, errstr, errlen) != 0)
            return -1;
    }
    if (env_override(cfg, "LUISTERLOOP_HOME", LL_SECT_COMMON, "home", errstr, errlen) ||
        env_override(cfg, "LUISTERLOOP_KAFKA", LL_SECT_COMMON, "brokers", errstr, errlen) ||
        env_override(cfg, "LUISTERLOOP_REDIS", LL_SECT_COMMON, "redis", errstr, errlen) ||
        env_override(cfg, "LUISTERLOOP_PSEUDONYM_KEY", LL_SECT_COMMON, "pseudonym_key", errstr,
                     errlen))
        return -1;
    ll_redis_target ra;
    char msg[256];
    if (ll_redis_target_parse(cfg->redis, &ra, msg, sizeof(msg)) != 0) {
        snprintf(errstr, errlen, "%s: redis: %s", path ? path : "config", msg);
        return -1;
    }
    if (cfg->pseudonym_key[0] && strlen(cfg->pseudonym_key) < LL_MIN_PSEUDONYM_KEY) {
        snprintf(errstr, errlen, "pseudonym key: must be at least %d characters",
                 LL_MIN_PSEUDONYM_KEY);
        return -1;
    }
    return 0;
}

void ll_config_free(ll_config *cfg) {
    if (!cfg)
        return;
    ll_routes_free(&cfg->routes);
    for (int s = 0; s < LL_SECT_COUNT; s++) {
        for (int i = 0; i < cfg->kafka[s].n; i++) {
            free(cfg->kafka[s].items[i].name);
            free(cfg->kafka[s].items[i].value);
        }
        cfg->kafka[s].n = 0;
    }
}

const char *ll_config_default_path(const char *cli_path) {
    if (cli_path)
        return cli_path;
    const char *env = getenv("LUISTERLOOP_CONFIG");
    if (env && *env)
        return env;
    FILE *f = fopen("config/luisterloop.conf", "r");
    if (f) {
        fclose(f);
        return "config/luisterloop.conf";
    }
    return NULL;
}

void ll_config_describe(const char *section_name) {
    for (size_t i = 0; i < NKEYS; i++) {
        const char *sn = section_names[keys[i].section];
        if (section_name && strcmp(sn, section_name) != 0 && keys[i].section != LL_SECT_COMMON)
            continue;
        printf("  [%s] %-24s %s (default: %s)\n", sn, keys[i].name, keys[i].desc,
               keys[i].def[0] ? keys[i].def : "empty");
    }
    if (section_name && strcmp(section_name, "escalate") == 0)
        printf("  [escalate] %-24s %s\n", "route",
               "MATCHERS -> TEAM, repeated, first match wins (see config/luisterloop.conf)");
    printf("  [%s] kafka.PROPERTY           any librdkafka property, passed through\n",
           section_name ? section_name : "ROLE");
}

int ll_config_file(const ll_config *cfg, const char *name, char *out, size_t outlen) {
    int n;
    if (name[0] == '/') {
        n = snprintf(out, outlen, "%s", name);
    } else if (cfg->path[0]) {
        const char *slash = strrchr(cfg->path, '/');
        if (slash)
            n = snprintf(out, outlen, "%.*s/%s", (int)(slash - cfg->path), cfg->path, name);
        else
            n = snprintf(out, outlen, "%s", name);
    } else {
        n = snprintf(out, outlen, "config/%s", name);
    }
    return n < 0 || (size_t)n >= outlen ? -1 : 0;
}
