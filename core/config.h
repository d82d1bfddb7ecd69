/* config.h - the luisterloop configuration: the machinery, and the sections every role shares.
 *
 * Each role declares its own section next to its code (Fluent Bit's config
 * map): a settings struct and a table of its keys (name, type, default,
 * bounds, target field, one-line help), as an ll_config_section. main.c hands
 * every role's section to ll_config_load, which fills [common] and [topics]
 * into ll_config and each role's section into a settings struct of its own
 * (ll_config_settings). --help and check-config read the same tables. So a
 * new role is its own file pair and one line in main.c's role list. */
#ifndef LL_CONFIG_H
#define LL_CONFIG_H

#include <stddef.h>

#include "ll_limits.h"

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

/* Every HTTP role: what a client may take of it (core/http.h). The defaults fit
 * a contact centre: hundreds of agents' browsers and a few integrations, each
 * client well under the per-client cap, a reverse proxy only when configured.
 * Rows for a role's key table; f names its ll_http_cfg in settings T. */
#define LL_HTTP_KEYS(T, f)                                                                        \
    {"timeout_s",                                                                                 \
     LL_CT_INT,                                                                                   \
     LL_CFG_NUM(T, f.timeout_s),                                                                  \
     "10",                                                                                        \
     1,                                                                                           \
     300,                                                                                         \
     "seconds a client has for a whole request, headers and body (then it is cut off)",           \
     NULL},                                                                                       \
        {"max_connections",                                                                       \
         LL_CT_INT,                                                                               \
         LL_CFG_NUM(T, f.max_conns),                                                              \
         "1024",                                                                                  \
         1,                                                                                       \
         65536,                                                                                   \
         "open HTTP connections at once; more are refused with 503",                              \
         NULL},                                                                                   \
        {"max_connections_per_client",                                                            \
         LL_CT_INT,                                                                               \
         LL_CFG_NUM(T, f.max_per_client),                                                         \
         "128",                                                                                   \
         1,                                                                                       \
         65536,                                                                                   \
         "open connections from one client address (IPv6: one /64); a trusted proxy is exempt",   \
         NULL},                                                                                   \
        {"trusted_proxies",                                                                       \
         LL_CT_CIDRS,                                                                             \
         LL_CFG_STR(T, f.trusted_proxies),                                                        \
         "",                                                                                      \
         0,                                                                                       \
         0,                                                                                       \
         "reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names "  \
         "the "                                                                                   \
         "client",                                                                                \
         NULL},                                                                                   \
        {"metrics_listen",                                                                        \
         LL_CT_ADDR_OPT,                                                                          \
         LL_CFG_STR(T, f.metrics_listen),                                                         \
         "",                                                                                      \
         0,                                                                                       \
         0,                                                                                       \
         "host:port for /healthz, /readyz and /metrics; empty: on listen while that is loopback", \
         NULL},

/* The row of a role without an event loop of its own (core/role.h, admin_listen):
 * where its /healthz, /readyz and /metrics listen; T has char metrics_listen[]. */
#define LL_ADMIN_LISTEN_KEY(T)                                                     \
    {                                                                              \
        "metrics_listen", LL_CT_ADDR_OPT, LL_CFG_STR(T, metrics_listen), "", 0, 0, \
            "host:port for /healthz, /readyz and /metrics; empty: none", NULL      \
    }

/* The HTTP intake keys of web, phone and balie; f names the ll_intake_cfg in T. */
#define LL_INTAKE_KEYS(T, f, port)                                                      \
    {"listen", LL_CT_ADDR, LL_CFG_STR(T, f.listen), "127.0.0.1:" port,                  \
     0,        0,          "HTTP intake address",   NULL},                              \
        {"max_body",                                                                    \
         LL_CT_INT,                                                                     \
         LL_CFG_NUM(T, f.max_body),                                                     \
         "65536",                                                                       \
         1024,                                                                          \
         LL_MAX_HTTP_BODY_LIMIT,                                                        \
         "largest request body in bytes (413 above)",                                   \
         NULL},                                                                         \
        LL_HTTP_KEYS(T, f.http){                                                        \
            "delivery_timeout_ms",                                                      \
            LL_CT_INT,                                                                  \
            LL_CFG_NUM(T, f.delivery_timeout_ms),                                       \
            "5000",                                                                     \
            100,                                                                        \
            300000,                                                                     \
            "how long to wait for Kafka to make an event durable before answering 503", \
            NULL},                                                                      \
        {"max_pending",                                                                 \
         LL_CT_INT,                                                                     \
         LL_CFG_NUM(T, f.max_pending),                                                  \
         "100000",                                                                      \
         1,                                                                             \
         10000000,                                                                      \
         "events waiting for Kafka at once; 503 above",                                 \
         NULL},

/* For an intake role's line hook: token.CLIENT = TOKEN into ic. */
int ll_config_token_line(ll_intake_cfg *ic, const char *key, const char *val, char *msg,
                         size_t msglen);
#define LL_CONFIG_TOKEN_HELP \
    "token.CLIENT             bearer token of client CLIENT (printable, no spaces), one line each"

/* The type of a key's value: how it is parsed and checked. */
enum ll_config_type {
    LL_CT_STR,      /* a string of at most size - 1 bytes */
    LL_CT_INT,      /* an int in [min, max] */
    LL_CT_DOUBLE,   /* a double in [min, max] */
    LL_CT_BOOL,     /* true/false, yes/no, on/off, 1/0 */
    LL_CT_ADDR,     /* host:port */
    LL_CT_ADDR_OPT, /* host:port, or empty */
    LL_CT_LEVEL,    /* a log level */
    LL_CT_TOPIC,    /* a Kafka topic name */
    LL_CT_TEAM,     /* an escalation team name */
    LL_CT_CIDRS,    /* addresses or networks, comma-separated */
    LL_CT_URL,      /* a service's http(s) URL without a trailing slash, or empty */
};

/* One key of a section: its value lands at offset in the section's settings. */
typedef struct ll_config_key {
    const char *name;
    enum ll_config_type type;
    size_t offset;
    size_t size; /* strings: the buffer size */
    const char *def;
    long min, max;
    const char *desc;
    /* A further check of a stored value (may fill fields derived from it);
     * 0, or -1 with msg. NULL: none. */
    int (*check)(void *settings, const char *v, char *msg, size_t msglen);
} ll_config_key;

/* Target of a string key, and of a number key, in settings struct T. */
#define LL_CFG_STR(T, f) offsetof(T, f), sizeof(((T *)0)->f)
#define LL_CFG_NUM(T, f) offsetof(T, f), 0

/* A [section]: what a role declares. */
typedef struct ll_config_section {
    const char *name;
    const ll_config_key *keys;
    size_t nkeys;
    size_t size; /* of its settings struct, which the keys' offsets point into */
    /* Lines that are not in keys (token.CLIENT, a repeated route): 1 when not
     * its, 0 taken, -1 with msg. NULL: none. */
    int (*line)(void *settings, const char *key, const char *val, int lineno, char *msg,
                size_t msglen);
    const char *line_help;           /* --help lines for what line takes, or NULL */
    void (*release)(void *settings); /* frees what line or check allocated; NULL: nothing */
} ll_config_section;

#define LL_CFG_SECTION(NAME, T, KEYS) \
    .name = NAME, .keys = KEYS, .nkeys = sizeof(KEYS) / sizeof(KEYS[0]), .size = sizeof(T)

/* ll_config_part.lines of a key an environment variable set (check-config names it). */
#define LL_CONFIG_LINE_ENV (-1)

/* One loaded section: its settings and its kafka.* properties. */
typedef struct ll_config_part {
    const ll_config_section *def;
    void *settings; /* def->size bytes (the ll_config itself for [common] and [topics]) */
    ll_kafka_props kafka;
    int *lines; /* per key, the file line that set it; 0: its default, LL_CONFIG_LINE_ENV: its
                   variable (NULL: neither) */
} ll_config_part;

typedef struct ll_config {
    char path[1024]; /* "" when running on built-in defaults */

    /* [common] */
    char home[1024];
    char brokers[512];
    char redis[512];
    char log_level[16];
    char pseudonym_key[256];
    char pseudonym_key_file[1024]; /* "": HOME/pseudonym.key, as deploy/local/up.sh writes it */
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

    ll_config_part parts[LL_MAX_CONFIG_SECTIONS]; /* [common], [topics], then the roles' */
    int nparts;
} ll_config;

/* Fills cfg with defaults, reads path (NULL: built-in defaults only) and
 * applies the environment overrides of the contract. sections: every role's
 * (a section shared by two roles given twice counts once); a [section] of
 * the file that is none of them, [common] or [topics] is an error. On error
 * writes "FILE:LINE: message" to errstr and returns -1, having released what
 * it took. cfg is owned by the caller and released with ll_config_free(). */
int ll_config_load(ll_config *cfg, const char *path, const ll_config_section *const *sections,
                   int nsections, char *errstr, size_t errlen);
void ll_config_free(ll_config *cfg);

/* Whether two keys that a role listens on (names ending in "listen": listen,
 * metrics_listen, tcp_listen) share a port on one address, in any two sections
 * or in one (0.0.0.0 and :: share with every address; port 0 shares nothing).
 * The second would fail to bind, perhaps only when its role is first started.
 * 0, or -1 with "FILE:LINE: message" naming both sections and keys (check-config). */
int ll_config_check_listeners(const ll_config *cfg, char *errstr, size_t errlen);

/* The LUISTERLOOP_ variables of the environment that set nothing: no key of cfg's sections
 * has that name (ll_config_env_name) and it is none of the short ones (LUISTERLOOP_HOME,
 * _CONFIG, _KAFKA, _REDIS, _PSEUDONYM_KEY, _DLQ_KEY). Their names, "$NAME" and ", "
 * between, in out (cut to outlen); returns how many. */
int ll_config_env_unused(const ll_config *cfg, char *out, size_t outlen);

/* For a role that needs a pseudonym key and got none from $LUISTERLOOP_PSEUDONYM_KEY or the
 * config: reads it from pseudonym_key_file (default HOME/pseudonym.key, the file
 * deploy/local/up.sh makes) into cfg->pseudonym_key. The file holds the key on one line;
 * it must be readable by its owner only. A missing default file is no error (the key stays
 * empty); a missing named file, an open or read error, a file others may read, several
 * lines or a key too short or too long is: -1 and errstr. The path it tried goes to path. */
int ll_config_pseudonym_key_read(ll_config *cfg, char *path, size_t pathlen, char *errstr,
                                 size_t errlen);

/* The settings of section s as loaded (s->size bytes, the role's struct), or
 * NULL when s was not given to ll_config_load. Owned by cfg. */
const void *ll_config_settings(const ll_config *cfg, const ll_config_section *s);
/* The value of a string key of [section] as loaded, for a role that reads
 * another wing's setting without its settings type (simulate reads
 * [process] areas); NULL when there is no such string key. */
const char *ll_config_string(const ll_config *cfg, const char *section, const char *key);
/* The same for an int key (the web form promises [process] awb_weeks); 0, or -1 when
 * there is no such int key. */
int ll_config_int(const ll_config *cfg, const char *section, const char *key, int *out);
/* The kafka.* properties of [name] (none when it has none). */
const ll_kafka_props *ll_config_kafka(const ll_config *cfg, const char *name);

/* The environment variable of [section] key: LUISTERLOOP_<SECTION>_<KEY> in capitals, '.'
 * and '-' as '_' ("dashboard", "listen": LUISTERLOOP_DASHBOARD_LISTEN). When set and not
 * empty it overrides the file; -1 when out (of outlen bytes) is too small. */
int ll_config_env_name(const char *section, const char *key, char *out, size_t outlen);

/* The file to use: -c FILE, else $LUISTERLOOP_CONFIG, else
 * config/luisterloop.conf when it exists, else NULL (defaults). */
const char *ll_config_default_path(const char *cli_path);

/* The sections every role shares. */
extern const ll_config_section ll_config_common, ll_config_topics;

/* Prints the keys of s with defaults and descriptions, and what its line
 * hook takes (for --help). */
void ll_config_describe(const ll_config_section *s);

/* A file named in the config: relative paths are taken from the config
 * file's folder (config/ when running on defaults). */
int ll_config_file(const ll_config *cfg, const char *name, char *out, size_t outlen);

#endif
