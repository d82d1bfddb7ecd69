/* main.c - the one entry point: picks the role, loads the config, runs the role. */
#include <event2/thread.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "deadletter.h"
#include "ident.h"
#include "kafka.h"
#include "log.h"
#include "role.h"
#include "roles.h"
#include "stop.h"
#include "sinks/dlq.h"

/* A fixed key for --demo only: pseudonyms made with it protect nothing. */
#define DEMO_PSEUDONYM_KEY "luisterloop-demo-key-not-for-production"

/* The sample config's bearer tokens say so ("demo-token-change-me-..."): like the
 * built-in pseudonym key they protect nothing, so only --demo runs with them. Fills why
 * and returns 1 when the role would. */
#define DEMO_TOKEN_MARK "change-me"
static int demo_secret(const ll_config *cfg, const ll_role *role, char *why, size_t n) {
    if (!strcmp(cfg->pseudonym_key, DEMO_PSEUDONYM_KEY)) {
        snprintf(why, n,
                 "pseudonym_key is the built-in demo key; set a secret of your own in "
                 "LUISTERLOOP_PSEUDONYM_KEY (or run with --demo)");
        return 1;
    }
    const ll_intake_cfg *ic = role->intake ? role->intake(cfg) : NULL;
    for (int i = 0; ic && i < ic->ntokens; i++)
        if (strstr(ic->tokens[i].token, DEMO_TOKEN_MARK)) {
            snprintf(why, n,
                     "[%s] token.%s is a sample token (it says %s); give every client "
                     "a token of its own (or run with --demo)",
                     role->name, ic->tokens[i].client, DEMO_TOKEN_MARK);
            return 1;
        }
    return 0;
}

static int topics_run(const ll_config *cfg) {
    char e[512];
    if (ll_kafka_topics_create(cfg, 30000, e, sizeof(e)) != 0) {
        fprintf(stderr, "luisterloop topics: %s\n", e);
        return 1;
    }
    return 0;
}

/* The commands that are no role: what they do, and their own arguments. */
static const struct {
    const char *name, *summary, *usage;
} tools[] = {
    {"topics", "create the topics of the config (idempotent)", NULL},
    {"check-config", "validate the config and exit", NULL},
    {"dlq", "dead letters: keygen DIR | list | show ID | replay ID", LL_DLQ_USAGE},
};

static void usage(FILE *f) {
    fprintf(f, "usage: luisterloop ROLE [-c FILE] [options]\n\nroles:\n");
    for (size_t i = 0; i < ll_nroles; i++)
        fprintf(f, "  %-13s %s\n", ll_roles[i]->name, ll_roles[i]->summary);
    for (size_t i = 0; i < sizeof(tools) / sizeof(tools[0]); i++)
        fprintf(f, "  %-13s %s\n", tools[i].name, tools[i].summary);
    fprintf(f, "\n-c FILE   config file (else $LUISTERLOOP_CONFIG, else config/luisterloop.conf)\n"
               "--demo    allow a built-in pseudonym key (never in production)\n"
               "Environment: LUISTERLOOP_HOME, LUISTERLOOP_CONFIG, LUISTERLOOP_KAFKA,\n"
               "LUISTERLOOP_REDIS, LUISTERLOOP_PSEUDONYM_KEY.\n"
               "Exit: 0 ok, 1 failure, 2 bad config or usage.\n");
}

/* Whether role i's section was already some earlier role's. */
static int role_shares_earlier(size_t i) {
    for (size_t j = 0; j < i; j++)
        if (ll_roles[j]->config == ll_roles[i]->config)
            return 1;
    return 0;
}

static void role_help(const char *name, const ll_role *r) {
    /* A tool's summary and arguments ("dlq --help" printed blank lines where they go). */
    const char *summary = r ? r->summary : "", *args = r ? r->usage : NULL;
    for (size_t i = 0; !r && i < sizeof(tools) / sizeof(tools[0]); i++)
        if (!strcmp(tools[i].name, name)) {
            summary = tools[i].summary;
            args = tools[i].usage;
        }
    printf("usage: luisterloop %s [-c FILE] [--demo]%s\n\n%s\n\n", name,
           args ? (r ? " [options]" : " COMMAND") : "", summary);
    if (args)
        printf("%s:\n%s\n", r ? "options" : "commands", args);
    printf("config keys:\n");
    ll_config_describe(&ll_config_common);
    if (r) {
        if (r->config)
            ll_config_describe(r->config);
    } else {
        /* The tools judge the whole file: every section. */
        ll_config_describe(&ll_config_topics);
        for (size_t i = 0; i < ll_nroles; i++)
            if (ll_roles[i]->config && !role_shares_earlier(i))
                ll_config_describe(ll_roles[i]->config);
    }
    printf("  [%s] kafka.PROPERTY           any librdkafka property, passed through\n",
           r && r->config ? r->config->name : "ROLE");
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *name = argv[1];
    const ll_role *role = NULL;
    for (size_t i = 0; i < ll_nroles; i++)
        if (strcmp(ll_roles[i]->name, name) == 0)
            role = ll_roles[i];
    int tool =
        !role && (!strcmp(name, "topics") || !strcmp(name, "check-config") || !strcmp(name, "dlq"));
    if (!role && !tool) {
        fprintf(stderr, "luisterloop: unknown role '%s'\n\n", name);
        usage(stderr);
        return 2;
    }
    const char *cli_path = NULL;
    int demo = 0, rest_argc = 0;
    char **rest = calloc((size_t)argc, sizeof(char *));
    if (!rest)
        return 1;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "-c") || !strcmp(argv[i], "--config")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "luisterloop %s: %s needs a file\n", name, argv[i]);
                free(rest);
                return 2;
            }
            cli_path = argv[++i];
        } else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            role_help(name, role);
            free(rest);
            return 0;
        } else if (!strcmp(argv[i], "--demo")) {
            demo = 1;
        } else {
            rest[rest_argc++] = argv[i];
        }
    }
    if (tool && rest_argc > 0 && strcmp(name, "dlq") != 0) {
        fprintf(stderr, "luisterloop %s: unexpected argument '%s'\n", name, rest[0]);
        free(rest);
        return 2;
    }
    static ll_config cfg; /* large; lives for the whole run */
    char errstr[1024];
    const char *path = ll_config_default_path(cli_path);
    if (ll_roles_config_load(&cfg, path, errstr, sizeof(errstr)) != 0) {
        fprintf(stderr, "%s\n", errstr);
        ll_config_free(&cfg);
        free(rest);
        return 2;
    }
    ll_log_init(name, ll_log_level_parse(cfg.log_level));
    int rc;
    char unused[512];
    int nunused = ll_config_env_unused(&cfg, unused, sizeof(unused));
    if (nunused > 0 && strcmp(name, "check-config") != 0)
        ll_warn("%s: set, but no config key has this name; ignored", unused);
    if (!strcmp(name, "check-config")) {
        if (nunused > 0) {
            fprintf(stderr, "%s: set, but no config key has this name (LUISTERLOOP_SECTION_KEY)\n",
                    unused);
            rc = 2;
            goto out;
        }
        /* A clash of two roles' ports shows only when the second starts, and a role that
         * runs only when configured (klantinteracties) may start months later. */
        if (ll_config_check_listeners(&cfg, errstr, sizeof(errstr)) != 0) {
            fprintf(stderr, "%s\n", errstr);
            rc = 2;
            goto out;
        }
        printf("%s: ok\n", path ? path : "(built-in defaults)");
        rc = 0;
        goto out;
    }
    if (!strcmp(name, "topics")) {
        rc = topics_run(&cfg);
        goto out;
    }
    if (!strcmp(name, "dlq")) {
        rc = ll_dlq_tool(&cfg, rest_argc, rest);
        goto out;
    }
    /* By hand after deploy/local/up.sh the environment has no key, but the file up.sh
     * made does: the same key the running roles use. */
    char keypath[1100] = "";
    if (role->needs_pseudonym_key && !cfg.pseudonym_key[0] &&
        ll_config_pseudonym_key_read(&cfg, keypath, sizeof(keypath), errstr, sizeof(errstr)) != 0) {
        fprintf(stderr, "luisterloop %s: %s\n", name, errstr);
        rc = 2;
        goto out;
    }
    if (!demo && demo_secret(&cfg, role, errstr, sizeof(errstr))) {
        fprintf(stderr, "luisterloop %s: %s\n", name, errstr);
        rc = 2;
        goto out;
    }
    if (role->needs_pseudonym_key && !cfg.pseudonym_key[0]) {
        if (!demo) {
            fprintf(stderr,
                    "luisterloop %s: no pseudonym key; set LUISTERLOOP_PSEUDONYM_KEY or write "
                    "it to %s (mode 0600; at least %d characters), or run with --demo\n",
                    name, keypath, LL_MIN_PSEUDONYM_KEY);
            rc = 2;
            goto out;
        }
        ll_warn("--demo: using the built-in pseudonym key; pseudonyms are not secret");
        snprintf(cfg.pseudonym_key, sizeof(cfg.pseudonym_key), "%s", DEMO_PSEUDONYM_KEY);
    }
    if (cfg.dlq_public_key[0]) {
        unsigned char pk[LL_DLQ_KEY_BYTES];
        if (ll_deadletter_key_read(cfg.dlq_public_key, pk, errstr, sizeof(errstr)) != 0) {
            fprintf(stderr, "luisterloop %s: dlq_public_key: %s\n", name, errstr);
            rc = 2;
            goto out;
        }
        ll_deadletter_seal_to(pk);
    } else if (role->writes_dead_letters) {
        ll_warn("no dlq_public_key: dead letters keep no original (see `luisterloop dlq keygen`)");
    }
    int ident = ll_ident_init(cfg.pseudonym_key[0] ? cfg.pseudonym_key : DEMO_PSEUDONYM_KEY);
    /* The key lives on only stretched, inside ident.c: no copy in the config. */
    sodium_memzero(cfg.pseudonym_key, sizeof(cfg.pseudonym_key));
    if (ident != 0 || ll_stop_install() != 0 || evthread_use_pthreads() != 0) {
        fprintf(stderr, "luisterloop %s: cannot initialise\n", name);
        rc = 1;
        goto out;
    }
    rc = ll_role_run(role, &cfg, rest_argc, rest);
out:
    ll_config_free(&cfg);
    free(rest);
    return rc;
}
