/* dashboard_int.h - what the dashboard's files share: the role's state and each part's calls.
 *
 * dashboard.c        the role: Kafka (enriched events and alerts), the event loop, routing
 * dashboard_state.c  what the screens show, in bounded memory, rebuilt from the topics
 * dashboard_auth.c   users, sessions, CSRF, bearer tokens, the login page
 * dashboard_limit.c  failed logins per address and per account name (429 with Retry-After)
 * dashboard_api.c    the JSON API under /api/v1/
 * dashboard_sse.c    /api/v1/stream, Server-Sent Events
 * dashboard_static.c the page's files, with the security headers
 * dashboard_funnel.c the web form's funnel, from the web role's /metrics */
#ifndef LL_DASHBOARD_INT_H
#define LL_DASHBOARD_INT_H

#include <cjson/cJSON.h>
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <time.h>

#include "config.h"
#include "dashboard.h"
#include "escalations.h"
#include "ll_limits.h"
#include "escq.h"
#include "summary.h"

struct evhttp_request;
struct event_base;

/* ---- state (dashboard_state.c) ---- */

typedef struct dash_signal {
    char id[LL_MAX_ID_BYTES + 1];
    char thread[LL_DETECT_THREAD_BYTES]; /* never shown: links the thread's contacts */
    char theme[LL_DETECT_LABEL_BYTES], wijk[LL_DETECT_LABEL_BYTES];
    char level[12];
    long long t_ms; /* received_at */
    char *json;     /* the public view (dash_signal_view), malloc'ed */
} dash_signal;

typedef struct dash_series {
    char name[64];
    long long minute_at[60], hour_at[168]; /* absolute minute / hour each slot holds */
    unsigned minute[60], hour[168];
} dash_series;

typedef struct dash_trend {
    dash_series s[LL_DASH_TREND_SERIES];
    int n;
} dash_trend;

typedef struct dash_wijk {
    char name[LL_DETECT_LABEL_BYTES];
    unsigned long long total, negative, urgent, repeat, formal;
} dash_wijk;

typedef struct dash_formal {
    char id[LL_MAX_ID_BYTES + 1];
    char theme[LL_DETECT_LABEL_BYTES];
    char received[16], deadline[16];
    long long handled_ms; /* 0: open; from LL_KEY_FORMAL_HANDLED */
    char handled_by[LL_ESCQ_MAX_WHO_BYTES + 1];
} dash_formal;

typedef struct dash_alert {
    char id[64];
    char status[12];
    long long started_ms, seen_ms;
    cJSON *data; /* the alert's data, owned */
} dash_alert;

typedef struct dash_state {
    dash_signal *ring; /* signals_kept slots, oldest overwritten */
    int cap, next, count;
    ll_summary sum;
    dash_trend channel, theme, kind;
    long long first_ms; /* the earliest time counted in the trends; 0: none yet */
    dash_wijk wijk[LL_DASH_MAX_WIJKEN];
    int nwijk;
    unsigned long long total, repeat, sent[3]; /* negative, neutral, positive */
    double sent_sum;
    dash_formal formal[LL_DASH_MAX_FORMAL];
    int nformal, formal_next;
    dash_alert alerts[LL_DASH_MAX_ALERTS];
    int nalerts;
} dash_state;

int dash_state_init(dash_state *st, int cap);
void dash_state_free(dash_state *st);
/* An enriched event (validated): counted, kept; *view set to its public view (borrowed). */
int dash_state_add_signal(dash_state *st, const cJSON *ev, const char **view);
/* An alert event: kept by alert_id; *view its data as JSON (caller frees) or NULL. */
int dash_state_add_alert(dash_state *st, const cJSON *ev, char **view);
const dash_signal *dash_state_signal(const dash_state *st, const char *id);
/* A followed formal complaint by event id, or NULL. */
dash_formal *dash_state_formal(dash_state *st, const char *id);
/* A formal complaint's handled state as JSON {"at":RFC3339,"by":NAME} (caller cJSON_free's);
 * and read back: 0, or -1 for text that is not such an object. */
char *dash_formal_handled_json(long long at_ms, const char *by);
int dash_formal_handled_parse(const char *json, long long *at_ms, char *by, size_t bylen);
/* The public view of an enriched event: no pseudonym, contact, postcode,
 * case reference, source reference or thread id; text public (dash_text_public). */
cJSON *dash_signal_view(const cJSON *ev);
/* Citizen text as the dashboard shows it, in every answer, event and page: masked once
 * more (whatever slipped past the processor stays out) and without house numbers, as
 * report and alert quotes (core/address.h): the contract's "never a direct identifier";
 * "Adres: Putselaan 33 A" was on Signaal (user check of 12-02). malloc'ed; NULL when out
 * of memory. */
char *dash_text_public(const char *s);
/* A queue case (an escalations --json line) as the dashboard shows it: text and summary
 * public, no klantcontact URL; -1 when out of memory. */
int dash_case_public(cJSON *k);
/* JSON answers (caller frees with cJSON_Delete). */
/* Minutes shown in a firing alert's chart, ending now. */
#define DASH_ALERT_CHART_MIN 180
cJSON *dash_state_alerts_json(const dash_state *st, long long now_ms);
cJSON *dash_state_signal_json(const dash_state *st, const char *id);
cJSON *dash_state_trends_json(const dash_state *st, long long now_ms);
/* Critical signals, then high ones, each newest received first, at most max (views, not
 * copies). */
int dash_state_urgent(const dash_state *st, const dash_signal **out, int max);

/* ---- users and sessions (dashboard_auth.c) ---- */

enum dash_role { DASH_NONE = 0, DASH_VIEWER, DASH_CASEWORKER, DASH_ADMIN };

typedef struct dash_user {
    char name[LL_ESCQ_MAX_WHO_BYTES + 1];
    enum dash_role role;
    int is_token;
    char secret[160]; /* argon2id string, or the token's BLAKE2b in hex */
} dash_user;

typedef struct dash_session {
    char id[65], csrf[65];
    char user[LL_ESCQ_MAX_WHO_BYTES + 1];
    enum dash_role role;
    long long expires_ms, created_ms;
} dash_session;

/* Failed logins (dashboard_limit.c): a token bucket per key, bounded slots. */
typedef struct dash_limit_slot {
    unsigned char key[16]; /* keyed BLAKE2b of the address or name */
    int used;
    double tokens;
    long long last_ms;
} dash_limit_slot;

typedef struct dash_limit {
    dash_limit_slot slots[LL_DASH_LIMIT_SLOTS];
    int burst;
    double per_ms; /* attempts given back per millisecond */
    unsigned char hkey[32];
} dash_limit;

/* burst failures, refilled over window_s. */
void dash_limit_init(dash_limit *l, int burst, int window_s);
/* Milliseconds until key may try again; 0: now. */
long long dash_limit_wait_ms(dash_limit *l, const char *key, long long now_ms);
/* A failed try of key. */
void dash_limit_fail(dash_limit *l, const char *key, long long now_ms);

typedef struct dash_auth {
    char path[1024];
    time_t mtime;
    dash_user users[LL_DASH_MAX_USERS];
    int nusers;
    dash_session sessions[LL_DASH_MAX_SESSIONS];
    int ttl_s, secure;
    dash_limit by_addr, by_user; /* failed logins */
} dash_auth;

/* Who asks: from the session cookie or the bearer token. */
typedef struct dash_who {
    enum dash_role role;
    char user[LL_ESCQ_MAX_WHO_BYTES + 1];
    const dash_session *session; /* NULL for a token: no CSRF needed, no ambient credential */
} dash_who;

int dash_auth_init(dash_auth *a, const ll_config *cfg, char *errstr, size_t errlen);
/* Fills who (role DASH_NONE when nobody). */
void dash_auth_who(dash_auth *a, struct evhttp_request *req, dash_who *who);
/* A state-changing request from a browser session carries X-CSRF-Token. */
int dash_auth_csrf_ok(const dash_who *who, struct evhttp_request *req);
/* GET/POST /login, POST /logout: answers and returns 1 when path is one of them. */
int dash_auth_serve(dash_auth *a, struct evhttp_request *req, const char *path);
const char *dash_role_name(enum dash_role r);
enum dash_role dash_role_parse(const char *s);
/* users file lines, shared with `luisterloop user` */
int dash_users_append(const char *path, const char *kind, const char *name, const char *role,
                      const char *secret, char *errstr, size_t errlen);
void dash_users_path(const ll_config *cfg, char *out, size_t len);

/* ---- the role (dashboard.c) ---- */

#define DASH_FUNNEL_STEPS 7 /* shown, started, submitted, invalid, accepted, spam, rate_limited */
typedef struct dash dash;
struct dash {
    const ll_config *cfg;
    const ll_dashboard_cfg *dc; /* [dashboard] */
    const ll_escalate_cfg *ec;  /* [escalate]: the teams and when a claim goes stale */
    struct event_base *base;
    struct evhttp *http, *metrics_http;
    int metrics_here;
    rd_kafka_t *rk;
    rd_kafka_queue_t *q;
    int wake_fd[2];
    struct event *wake_ev, *stop_ev, *tick_ev, *beat_ev;
    dash_state st;
    dash_auth auth;
    redisContext *redis; /* queue calls, synchronous (sinks/escq.h) */
    int assigned;
    /* The next offset to count of each partition read so far: a re-assignment (the group's
     * session lost in a broker restart) goes on there, as the counts are kept; only a
     * partition never read starts at the beginning (a broker restart counted every event
     * twice, user check of 12-02). */
    rd_kafka_topic_partition_list_t *pos;
    struct dash_sse *sse;
    struct dash_assets *assets;
    struct evhttp_connection *funnel_conn; /* NULL without [dashboard] web_metrics */
    struct event *funnel_ev;
    int funnel_busy;
    unsigned long long funnel[DASH_FUNNEL_STEPS];
    long long funnel_ms; /* when the last answer came; 0 never */
};

/* A Redis context for the queue calls (reconnected when it failed); NULL with errstr. */
redisContext *dash_redis(dash *d, char *errstr, size_t errlen);
void dash_redis_failed(dash *d);

/* ---- API, stream, files ---- */

void dash_api_serve(dash *d, struct evhttp_request *req, const char *path, const dash_who *who);
int dash_sse_init(dash *d);
void dash_sse_free(dash *d);
void dash_sse_end_all(dash *d); /* before the server is freed */
void dash_sse_open(dash *d, struct evhttp_request *req);
void dash_sse_send(dash *d, const char *event, const char *json);
void dash_sse_beat(dash *d);
int dash_assets_load(dash *d, char *errstr, size_t errlen);
void dash_assets_free(dash *d);
/* Serves "/", "/app.js", ...: 1 when it answered. */
int dash_assets_serve(dash *d, struct evhttp_request *req, const char *path);
int dash_funnel_start(dash *d, char *errstr, size_t errlen);
void dash_funnel_stop(dash *d);
/* Adds "funnel" to the trends answer while the last one is fresh. */
int dash_funnel_json(dash *d, cJSON *trends);
/* The headers every dashboard answer carries (CSP without inline script, no framing, ...). */
void dash_security_headers(struct evhttp_request *req);

#endif
