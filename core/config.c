/* config.c - parses luisterloop.conf against the key tables of the shared sections and of every role. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <librdkafka/rdkafka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "httpc.h"
#include "log.h"
#include "netaddr.h"
#include "redis.h"
#include "route.h"
#include "text.h"

static const ll_config_key common_keys[] = {
    {"home", LL_CT_STR, LL_CFG_STR(ll_config, home), ".luisterloop", 0, 0,
     "local data, logs and pid files ($LUISTERLOOP_HOME)", NULL},
    {"brokers", LL_CT_STR, LL_CFG_STR(ll_config, brokers), "127.0.0.1:9092", 0, 0,
     "Kafka bootstrap servers, host:port[,host:port] ($LUISTERLOOP_KAFKA)", NULL},
    {"redis", LL_CT_STR, LL_CFG_STR(ll_config, redis), "127.0.0.1:6379", 0, 0,
     "Redis, host:port or redis://[:password@]host:port[/db] ($LUISTERLOOP_REDIS)", NULL},
    {"log_level", LL_CT_LEVEL, LL_CFG_STR(ll_config, log_level), "info", 0, 0,
     "error, warn, info or debug", NULL},
    {"pseudonym_key", LL_CT_STR, LL_CFG_STR(ll_config, pseudonym_key), "", 0, 0,
     "secret for citizen pseudonyms; prefer $LUISTERLOOP_PSEUDONYM_KEY", NULL},
    {"pseudonym_key_file", LL_CT_STR, LL_CFG_STR(ll_config, pseudonym_key_file), "", 0, 0,
     "file holding that secret on one line, mode 0600, read when neither sets it; empty: "
     "HOME/pseudonym.key (deploy/local/up.sh writes it)",
     NULL},
    {"source_base", LL_CT_STR, LL_CFG_STR(ll_config, source_base), "/luisterloop", 0, 0,
     "prefix of the CloudEvents source of every event we make", NULL},
    {"dlq_public_key", LL_CT_STR, LL_CFG_STR(ll_config, dlq_public_key), "", 0, 0,
     "operator's public key file (`luisterloop dlq keygen`): dead letters keep their "
     "original sealed to it; empty: no original is kept",
     NULL},
};

static const ll_config_key topics_keys[] = {
    {"raw", LL_CT_TOPIC, LL_CFG_STR(ll_config, topic_raw), "feedback.raw", 0, 0,
     "normalised input from the adapters", NULL},
    {"enriched", LL_CT_TOPIC, LL_CFG_STR(ll_config, topic_enriched), "feedback.enriched", 0, 0,
     "one event per distinct input, with enrichment", NULL},
    {"dlq", LL_CT_TOPIC, LL_CFG_STR(ll_config, topic_dlq), "feedback.dlq", 0, 0,
     "input that could not be used, with the reason", NULL},
    {"alerts", LL_CT_TOPIC, LL_CFG_STR(ll_config, topic_alerts), "feedback.alerts", 0, 0,
     "early-warning alerts", NULL},
    {"escalations", LL_CT_TOPIC, LL_CFG_STR(ll_config, topic_escalations), "feedback.escalations",
     0, 0, "everything sent to an escalation queue", NULL},
    {"aggregates", LL_CT_TOPIC, LL_CFG_STR(ll_config, topic_aggregates), "feedback.aggregates", 0,
     0, "closed windows for reporting jobs", NULL},
    {"partitions", LL_CT_INT, LL_CFG_NUM(ll_config, topic_partitions), "6", 1, 1000,
     "partitions per topic made by `luisterloop topics`", NULL},
    {"replication", LL_CT_INT, LL_CFG_NUM(ll_config, topic_replication), "1", 1, 10,
     "replication factor per topic made by `luisterloop topics`", NULL},
};

/* The sections every role shares; their settings are ll_config itself. */
const ll_config_section ll_config_common = {LL_CFG_SECTION("common", ll_config, common_keys)};
const ll_config_section ll_config_topics = {LL_CFG_SECTION("topics", ll_config, topics_keys)};

/* Settings luisterloop owns: letting a config weaken them would break the
 * durability promise (acks=all, idempotence, read_committed). */
static const char *kafka_reserved[] = {"bootstrap.servers",
                                       "metadata.broker.list",
                                       "acks",
                                       "request.required.acks",
                                       "enable.idempotence",
                                       "transactional.id",
                                       "isolation.level",
                                       "enable.auto.commit",
                                       "group.id",
                                       NULL};

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

/* A service's base URL, to which a role appends its paths and may send a token: checked
 * with the config, where only the role's start refused one (check-config said "ok" to
 * url = ftp://x, and the role exited 1 without the line; user check 6). NULL when ok, else
 * what is wrong. */
static const char *url_problem(const char *v) {
    const char *bad = ll_httpc_url_problem(v);
    if (bad)
        return bad;
    if (v[strlen(v) - 1] == '/')
        return "ends with a slash (paths are appended to it)";
    return NULL;
}

/* Sets one key; msg gets the reason on failure. */
static int key_set(void *settings, const ll_config_key *k, const char *v, char *msg,
                   size_t msglen) {
    char *base = settings;
    switch (k->type) {
    case LL_CT_STR:
    case LL_CT_ADDR:
    case LL_CT_LEVEL:
    case LL_CT_TOPIC:
    case LL_CT_TEAM:
    case LL_CT_CIDRS:
    case LL_CT_URL:
    case LL_CT_ADDR_OPT: {
        size_t n = strlen(v);
        if (n >= k->size) {
            snprintf(msg, msglen, "%s: value longer than %zu bytes", k->name, k->size - 1);
            return -1;
        }
        if (k->type == LL_CT_CIDRS) {
            ll_cidrs c;
            char e[160];
            if (ll_cidrs_parse(v, &c, e, sizeof(e)) != 0) {
                snprintf(msg, msglen, "%s: %s", k->name, e);
                return -1;
            }
        }
        if (k->type == LL_CT_ADDR || (k->type == LL_CT_ADDR_OPT && *v)) {
            ll_netaddr a;
            char e[128];
            if (ll_netaddr_parse(v, &a, e, sizeof(e)) != 0) {
                snprintf(msg, msglen, "%s: %s", k->name, e);
                return -1;
            }
        }
        if (k->type == LL_CT_LEVEL && ll_log_level_parse(v) < 0) {
            snprintf(msg, msglen, "%s: '%s' is not one of error, warn, info, debug", k->name, v);
            return -1;
        }
        if (k->type == LL_CT_TEAM && !ll_team_valid(v)) {
            snprintf(msg, msglen, "%s: team `%s`: 1..%d characters of [A-Za-z0-9_-]", k->name, v,
                     LL_MAX_TEAM_BYTES);
            return -1;
        }
        const char *bad = k->type == LL_CT_URL && *v ? url_problem(v) : NULL;
        if (bad) {
            snprintf(msg, msglen, "%s: '%s' %s", k->name, v, bad);
            return -1;
        }
        if (k->type == LL_CT_TOPIC && !topic_name_ok(v)) {
            snprintf(msg, msglen, "%s: '%s' is not a valid Kafka topic name", k->name, v);
            return -1;
        }
        memcpy(base + k->offset, v, n + 1);
        return k->check ? k->check(settings, v, msg, msglen) : 0;
    }
    case LL_CT_INT: {
        char *end = NULL;
        errno = 0;
        long x = strtol(v, &end, 10);
        if (errno != 0 || end == v || *end != '\0') {
            snprintf(msg, msglen, "%s: '%s' is not an integer", k->name, v);
            return -1;
        }
        if (x < k->min || x > k->max) {
            snprintf(msg, msglen, "%s: %ld is out of range [%ld, %ld]", k->name, x, k->min, k->max);
            return -1;
        }
        *(int *)(base + k->offset) = (int)x;
        return 0;
    }
    case LL_CT_DOUBLE: {
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
    case LL_CT_BOOL: {
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

static const ll_config_key *key_find(const ll_config_section *s, const char *name) {
    for (size_t i = 0; i < s->nkeys; i++)
        if (strcmp(s->keys[i].name, name) == 0)
            return &s->keys[i];
    return NULL;
}

static ll_config_part *part_find(const ll_config *cfg, const char *name) {
    for (int i = 0; i < cfg->nparts; i++)
        if (strcmp(cfg->parts[i].def->name, name) == 0)
            return (ll_config_part *)&cfg->parts[i];
    return NULL;
}

static int kafka_prop_add(ll_config_part *part, const char *name, const char *value, int line,
                          char *msg, size_t msglen) {
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
    ll_kafka_props *p = &part->kafka;
    for (int i = 0; i < p->n; i++)
        if (strcmp(p->items[i].name, name) == 0) {
            snprintf(msg, msglen, "kafka.%s set twice (first at line %d)", name, p->items[i].line);
            return -1;
        }
    if (p->n >= LL_MAX_KAFKA_PROPS) {
        snprintf(msg, msglen, "more than %d kafka.* settings in [%s]", LL_MAX_KAFKA_PROPS,
                 part->def->name);
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

int ll_config_token_line(ll_intake_cfg *ic, const char *key, const char *val, char *msg,
                         size_t msglen) {
    if (strncmp(key, "token.", 6) != 0)
        return 1;
    return token_add(ic, key + 6, val, msg, msglen);
}

/* Registers [common], [topics] and the roles' sections, each once, with
 * their settings allocated and set to the defaults. */
static int parts_init(ll_config *cfg, const ll_config_section *const *sections, int nsections,
                      char *errstr, size_t errlen) {
    const ll_config_section *shared[2] = {&ll_config_common, &ll_config_topics};
    char msg[256];
    for (int i = 0; i < 2 + nsections; i++) {
        const ll_config_section *s = i < 2 ? shared[i] : sections[i - 2];
        ll_config_part *dup = part_find(cfg, s->name);
        if (dup) {
            if (dup->def != s) {
                snprintf(errstr, errlen, "two different sections named [%s]", s->name);
                return -1;
            }
            continue; /* one section, two roles */
        }
        if (cfg->nparts >= LL_MAX_CONFIG_SECTIONS) {
            snprintf(errstr, errlen, "more than %d config sections", LL_MAX_CONFIG_SECTIONS);
            return -1;
        }
        ll_config_part *part = &cfg->parts[cfg->nparts];
        part->def = s;
        part->settings = i < 2 ? (void *)cfg : calloc(1, s->size);
        if (!part->settings) {
            snprintf(errstr, errlen, "out of memory");
            return -1;
        }
        cfg->nparts++;
        for (size_t k = 0; k < s->nkeys; k++)
            if (key_set(part->settings, &s->keys[k], s->keys[k].def, msg, sizeof(msg)) != 0) {
                snprintf(errstr, errlen, "built-in default: [%s] %s", s->name, msg);
                return -1;
            }
    }
    return 0;
}

/* Whether [name] may take kafka.* lines: not the topics, which no client reads. */
static int takes_kafka(const ll_config_part *part) { return part->def != &ll_config_topics; }

static int parse_file(ll_config *cfg, const char *path, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        return -1;
    }
    char buf[LL_MAX_CONFIG_LINE + 2];
    char msg[512];
    int lineno = 0, rc = -1;
    /* Where each key was first set, per part and key. */
    int *seen_line[LL_MAX_CONFIG_SECTIONS] = {0};
    for (int i = 0; i < cfg->nparts; i++)
        if (!(seen_line[i] = calloc(cfg->parts[i].def->nkeys + 1, sizeof(int)))) {
            snprintf(errstr, errlen, "out of memory");
            goto out;
        }
    ll_config_part *part = NULL;
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
        char *s = ll_trim(buf);
        if (*s == '\0' || *s == '#' || *s == ';')
            continue;
        if (*s == '[') {
            char *end = strchr(s, ']');
            if (!end || end[1] != '\0') {
                snprintf(errstr, errlen, "%s:%d: malformed section header", path, lineno);
                goto out;
            }
            *end = '\0';
            char *name = ll_trim(s + 1);
            if (!(part = part_find(cfg, name))) {
                char known[512];
                size_t kl = 0;
                known[0] = '\0';
                for (int i = 0; i < cfg->nparts && kl < sizeof(known); i++) {
                    int w = snprintf(known + kl, sizeof(known) - kl, "%s%s", i ? ", " : "",
                                     cfg->parts[i].def->name);
                    kl += w > 0 ? (size_t)w : 0;
                }
                snprintf(errstr, errlen, "%s:%d: unknown section [%s] (known: %s)", path, lineno,
                         name, known);
                goto out;
            }
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(errstr, errlen, "%s:%d: expected `key = value`", path, lineno);
            goto out;
        }
        *eq = '\0';
        char *key = ll_trim(s), *val = ll_trim(eq + 1);
        if (*key == '\0') {
            snprintf(errstr, errlen, "%s:%d: empty key", path, lineno);
            goto out;
        }
        if (!part) {
            snprintf(errstr, errlen, "%s:%d: key `%s` before any [section]", path, lineno, key);
            goto out;
        }
        if (strncmp(key, "kafka.", 6) == 0) {
            if (!takes_kafka(part)) {
                snprintf(errstr, errlen, "%s:%d: kafka.* settings belong in a role section", path,
                         lineno);
                goto out;
            }
            if (kafka_prop_add(part, key + 6, val, lineno, msg, sizeof(msg)) != 0) {
                snprintf(errstr, errlen, "%s:%d: %s", path, lineno, msg);
                goto out;
            }
            continue;
        }
        const ll_config_key *k = key_find(part->def, key);
        if (!k && part->def->line) {
            int r = part->def->line(part->settings, key, val, lineno, msg, sizeof(msg));
            if (r < 0) {
                snprintf(errstr, errlen, "%s:%d: %s", path, lineno, msg);
                goto out;
            }
            if (r == 0)
                continue;
        }
        if (!k) {
            snprintf(errstr, errlen, "%s:%d: unknown key `%s` in [%s]", path, lineno, key,
                     part->def->name);
            goto out;
        }
        int *seen = &seen_line[part - cfg->parts][k - part->def->keys];
        if (*seen) {
            snprintf(errstr, errlen, "%s:%d: `%s` set twice in [%s] (first at line %d)", path,
                     lineno, key, part->def->name, *seen);
            goto out;
        }
        *seen = lineno;
        if (key_set(part->settings, k, val, msg, sizeof(msg)) != 0) {
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
    /* The lines stay with their parts, for check-config's messages. */
    for (int i = 0; i < LL_MAX_CONFIG_SECTIONS; i++)
        if (rc == 0 && i < cfg->nparts)
            cfg->parts[i].lines = seen_line[i];
        else
            free(seen_line[i]);
    fclose(f);
    return rc;
}

static int env_override(ll_config *cfg, const char *env, const char *name, char *errstr,
                        size_t errlen) {
    const char *v = getenv(env);
    if (!v || !*v)
        return 0;
    char msg[256];
    if (key_set(cfg, key_find(&ll_config_common, name), v, msg, sizeof(msg)) != 0) {
        snprintf(errstr, errlen, "$%s: %s", env, msg);
        return -1;
    }
    return 0;
}

int ll_config_env_name(const char *section, const char *key, char *out, size_t outlen) {
    int n = snprintf(out, outlen, "LUISTERLOOP_%s_%s", section, key);
    if (n < 0 || (size_t)n >= outlen)
        return -1;
    for (char *c = out; *c; c++)
        *c = *c == '.' || *c == '-' ? '_' : (char)toupper((unsigned char)*c);
    return 0;
}

/* Every key of every section also from the environment, LUISTERLOOP_<SECTION>_<KEY>
 * (ll_config_env_name): the contract makes every address and port settable by environment
 * variables, and only the five named ones below were (user check 5 edited the file to move
 * the HTTP ports). Set and not empty, a variable wins over the file; the five short names,
 * applied after these, win over their long twins (LUISTERLOOP_KAFKA over
 * LUISTERLOOP_COMMON_BROKERS). Keys of a section's own lines (token.CLIENT, actor.TEAM) and
 * kafka.* have no variable: secrets and pass-through stay in the file. */
static int env_keys(ll_config *cfg, char *errstr, size_t errlen) {
    char name[LL_MAX_CONFIG_LINE], msg[256];
    for (int i = 0; i < cfg->nparts; i++) {
        const ll_config_section *s = cfg->parts[i].def;
        for (size_t k = 0; k < s->nkeys; k++) {
            if (ll_config_env_name(s->name, s->keys[k].name, name, sizeof(name)) != 0)
                continue; /* no variable can be that long either */
            const char *v = getenv(name);
            if (!v || !*v)
                continue;
            if (key_set(cfg->parts[i].settings, &s->keys[k], v, msg, sizeof(msg)) != 0) {
                snprintf(errstr, errlen, "$%s: %s", name, msg);
                return -1;
            }
            /* check-config names the variable, not the file line it overrode */
            if (!cfg->parts[i].lines && !(cfg->parts[i].lines = calloc(s->nkeys, sizeof(int)))) {
                snprintf(errstr, errlen, "out of memory");
                return -1;
            }
            cfg->parts[i].lines[k] = LL_CONFIG_LINE_ENV;
        }
    }
    return 0;
}

extern char **environ;

/* A misspelt variable (LUISTERLOOP_WEB_LISTN) moved nothing, and check-config said "ok"
 * (user check 6); every key is a variable now, so a typo is as easy as in the file, where an
 * unknown key is refused. */
int ll_config_env_unused(const ll_config *cfg, char *out, size_t outlen) {
    static const char *const own[] = {"HOME",  "CONFIG",        "KAFKA",
                                      "REDIS", "PSEUDONYM_KEY", "DLQ_KEY"};
    static const char prefix[] = "LUISTERLOOP_";
    char name[LL_MAX_CONFIG_LINE];
    int n = 0;
    size_t used = 0;
    if (outlen)
        out[0] = '\0';
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        size_t len = eq ? (size_t)(eq - *e) : strlen(*e);
        if (len <= sizeof(prefix) - 1 || strncmp(*e, prefix, sizeof(prefix) - 1) != 0)
            continue;
        const char *rest = *e + sizeof(prefix) - 1;
        size_t rlen = len - (sizeof(prefix) - 1);
        int known = 0;
        for (size_t i = 0; i < sizeof(own) / sizeof(own[0]) && !known; i++)
            known = strlen(own[i]) == rlen && !strncmp(rest, own[i], rlen);
        for (int i = 0; i < cfg->nparts && !known; i++) {
            const ll_config_section *sec = cfg->parts[i].def;
            for (size_t k = 0; k < sec->nkeys && !known; k++)
                known = ll_config_env_name(sec->name, sec->keys[k].name, name, sizeof(name)) == 0 &&
                        strlen(name) == len && !strncmp(name, *e, len);
        }
        if (known)
            continue;
        if (used < outlen) {
            int w = snprintf(out + used, outlen - used, "%s$%.*s", n ? ", " : "", (int)len, *e);
            used += w > 0 ? (size_t)w : 0;
        }
        n++;
    }
    return n;
}

static int config_load(ll_config *cfg, const char *path, const ll_config_section *const *sections,
                       int nsections, char *errstr, size_t errlen) {
    memset(cfg, 0, sizeof(*cfg));
    if (parts_init(cfg, sections, nsections, errstr, errlen) != 0)
        return -1;
    if (path) {
        snprintf(cfg->path, sizeof(cfg->path), "%s", path);
        if (parse_file(cfg, path, errstr, errlen) != 0)
            return -1;
    }
    if (env_keys(cfg, errstr, errlen) != 0 ||
        env_override(cfg, "LUISTERLOOP_HOME", "home", errstr, errlen) ||
        env_override(cfg, "LUISTERLOOP_KAFKA", "brokers", errstr, errlen) ||
        env_override(cfg, "LUISTERLOOP_REDIS", "redis", errstr, errlen) ||
        env_override(cfg, "LUISTERLOOP_PSEUDONYM_KEY", "pseudonym_key", errstr, errlen))
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

int ll_config_load(ll_config *cfg, const char *path, const ll_config_section *const *sections,
                   int nsections, char *errstr, size_t errlen) {
    if (config_load(cfg, path, sections, nsections, errstr, errlen) == 0)
        return 0;
    ll_config_free(cfg);
    return -1;
}

void ll_config_free(ll_config *cfg) {
    if (!cfg)
        return;
    for (int i = 0; i < cfg->nparts; i++) {
        ll_config_part *part = &cfg->parts[i];
        for (int k = 0; k < part->kafka.n; k++) {
            free(part->kafka.items[k].name);
            free(part->kafka.items[k].value);
        }
        part->kafka.n = 0;
        if (part->settings != cfg) {
            if (part->def->release)
                part->def->release(part->settings);
            free(part->settings);
        }
        part->settings = NULL;
        free(part->lines);
        part->lines = NULL;
    }
    cfg->nparts = 0;
}

/* One address a role listens on, for ll_config_check_listeners. */
typedef struct listener {
    const ll_config_part *part;
    const ll_config_key *key;
    const char *value;
    int line;
    ll_netaddr a;
} listener;

static int host_is_any(const char *h) {
    return !*h || !strcmp(h, "0.0.0.0") || !strcmp(h, "::") || !strcmp(h, "*");
}

static int listeners_share(const listener *x, const listener *y) {
    if (x->a.port != y->a.port || x->a.port == 0)
        return 0;
    const char *hx = strcmp(x->a.host, "localhost") ? x->a.host : "127.0.0.1";
    const char *hy = strcmp(y->a.host, "localhost") ? y->a.host : "127.0.0.1";
    return host_is_any(hx) || host_is_any(hy) || strcmp(hx, hy) == 0;
}

/* Whether x's value was set after y's: the environment after the file after the defaults. */
static int set_later(const listener *x, const listener *y) {
    int rx = x->line == LL_CONFIG_LINE_ENV ? INT_MAX : x->line;
    int ry = y->line == LL_CONFIG_LINE_ENV ? INT_MAX : y->line;
    return rx > ry;
}

/* Where l's value came from: "$LUISTERLOOP_WEB_LISTEN", "FILE:4" (as the message's place,
 * lead) or "line 4", or its default. */
static void listener_origin(const listener *l, const char *file, int lead, char *out,
                            size_t outlen) {
    char name[LL_MAX_CONFIG_LINE];
    if (l->line == LL_CONFIG_LINE_ENV &&
        ll_config_env_name(l->part->def->name, l->key->name, name, sizeof(name)) == 0)
        snprintf(out, outlen, "$%s", name);
    else if (lead)
        snprintf(out, outlen, "%s:%d", file, l->line);
    else if (l->line > 0)
        snprintf(out, outlen, "line %d", l->line);
    else
        snprintf(out, outlen, "its default");
}

int ll_config_check_listeners(const ll_config *cfg, char *errstr, size_t errlen) {
    enum { MAX_LISTENERS = 4 * LL_MAX_CONFIG_SECTIONS };
    listener ls[MAX_LISTENERS];
    int n = 0;
    for (int i = 0; i < cfg->nparts; i++) {
        const ll_config_part *part = &cfg->parts[i];
        for (size_t k = 0; k < part->def->nkeys; k++) {
            const ll_config_key *key = &part->def->keys[k];
            size_t nl = strlen(key->name);
            const char *v = (const char *)part->settings + key->offset;
            if (nl < 6 || strcmp(key->name + nl - 6, "listen") != 0 || key->size == 0 || !*v)
                continue;
            if (n == MAX_LISTENERS)
                break; /* more than any role table has: the rest unchecked */
            listener *l = &ls[n];
            char e[128];
            if (ll_netaddr_parse(v, &l->a, e, sizeof(e)) != 0)
                continue; /* key_set refused it already, or it is not host:port */
            l->part = part;
            l->key = key;
            l->value = v;
            l->line = part->lines ? part->lines[k] : 0;
            n++;
        }
    }
    const char *file = cfg->path[0] ? cfg->path : "(built-in defaults)";
    for (int j = 1; j < n; j++)
        for (int i = 0; i < j; i++) {
            if (!listeners_share(&ls[i], &ls[j]))
                continue;
            /* The message at the value set last: a variable over a file line over a default. */
            const listener *at = set_later(&ls[i], &ls[j]) ? &ls[i] : &ls[j];
            const listener *other = at == &ls[j] ? &ls[i] : &ls[j];
            char here[LL_MAX_CONFIG_LINE + 16], where[LL_MAX_CONFIG_LINE + 16];
            listener_origin(at, file, 1, here, sizeof(here));
            listener_origin(other, file, 0, where, sizeof(where));
            snprintf(errstr, errlen,
                     "%s: [%s] %s = %s is also [%s] %s = %s (%s): two listeners on one "
                     "address, the second cannot bind",
                     here, at->part->def->name, at->key->name, at->value, other->part->def->name,
                     other->key->name, other->value, where);
            return -1;
        }
    return 0;
}

const void *ll_config_settings(const ll_config *cfg, const ll_config_section *s) {
    for (int i = 0; i < cfg->nparts; i++)
        if (cfg->parts[i].def == s)
            return cfg->parts[i].settings;
    return NULL;
}

const char *ll_config_string(const ll_config *cfg, const char *section, const char *key) {
    const ll_config_part *part = part_find(cfg, section);
    const ll_config_key *k = part ? key_find(part->def, key) : NULL;
    if (!k || k->size == 0)
        return NULL;
    return (const char *)part->settings + k->offset;
}

int ll_config_int(const ll_config *cfg, const char *section, const char *key, int *out) {
    const ll_config_part *part = part_find(cfg, section);
    const ll_config_key *k = part ? key_find(part->def, key) : NULL;
    if (!k || k->type != LL_CT_INT)
        return -1;
    memcpy(out, (const char *)part->settings + k->offset, sizeof(*out));
    return 0;
}

const ll_kafka_props *ll_config_kafka(const ll_config *cfg, const char *name) {
    static const ll_kafka_props none = {.n = 0};
    const ll_config_part *part = part_find(cfg, name);
    return part ? &part->kafka : &none;
}

int ll_config_pseudonym_key_read(ll_config *cfg, char *path, size_t pathlen, char *errstr,
                                 size_t errlen) {
    int named = cfg->pseudonym_key_file[0] != '\0', rc = -1;
    int n = named ? snprintf(path, pathlen, "%s", cfg->pseudonym_key_file)
                  : snprintf(path, pathlen, "%s/pseudonym.key", cfg->home);
    if (n < 0 || (size_t)n >= pathlen) {
        snprintf(errstr, errlen, "pseudonym key file: path too long");
        return -1;
    }
    /* The key and what was read of it never outlive this call but in cfg. */
    char buf[sizeof(cfg->pseudonym_key) + 2];
    size_t len = 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        if (errno == ENOENT && !named)
            return 0; /* nothing there: the caller says what it needs */
        snprintf(errstr, errlen, "pseudonym key file %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(errstr, errlen, "pseudonym key file %s: not a regular file", path);
        goto out;
    }
    /* The secret that keeps pseudonyms from being reversed: as ssh treats a private key. */
    if (st.st_mode & (S_IRWXG | S_IRWXO)) {
        snprintf(errstr, errlen,
                 "pseudonym key file %s: others may read it (mode %03o); chmod 600 it", path,
                 (unsigned)(st.st_mode & 0777));
        goto out;
    }
    len = fread(buf, 1, sizeof(buf) - 1, f);
    if (ferror(f)) {
        snprintf(errstr, errlen, "pseudonym key file %s: read error", path);
        goto out;
    }
    if (len == sizeof(buf) - 1) {
        snprintf(errstr, errlen, "pseudonym key file %s: longer than %zu characters", path,
                 sizeof(cfg->pseudonym_key) - 1);
        goto out;
    }
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' ' ||
                       buf[len - 1] == '\t'))
        len--;
    buf[len] = '\0';
    if (memchr(buf, '\n', len) || memchr(buf, '\0', len)) {
        snprintf(errstr, errlen, "pseudonym key file %s: the key must be one line", path);
        goto out;
    }
    if (len < LL_MIN_PSEUDONYM_KEY) {
        snprintf(errstr, errlen, "pseudonym key file %s: the key must be at least %d characters",
                 path, LL_MIN_PSEUDONYM_KEY);
        goto out;
    }
    memcpy(cfg->pseudonym_key, buf, len + 1);
    rc = 0;
out:
    sodium_memzero(buf, sizeof(buf));
    fclose(f);
    return rc;
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

void ll_config_describe(const ll_config_section *s) {
    for (size_t i = 0; i < s->nkeys; i++)
        printf("  [%s] %-24s %s (default: %s)\n", s->name, s->keys[i].name, s->keys[i].desc,
               s->keys[i].def[0] ? s->keys[i].def : "empty");
    if (s->line_help)
        printf("  [%s] %s\n", s->name, s->line_help);
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
