/* role.h - the interface every adapter, processor and sink offers to main.c. */
#ifndef LL_ROLE_H
#define LL_ROLE_H

#include <stddef.h>

#include "config.h"

typedef struct ll_role {
    const char *name;
    const char *summary;
    /* role-specific options, one per line; NULL: the role takes none, and
     * ll_role_run refuses any argument before init */
    const char *usage;
    /* Its config section: key table and settings (config.h); NULL: none.
     * Read its settings with ll_config_settings(cfg, config). */
    const ll_config_section *config;
    int needs_pseudonym_key;
    /* The intake whose bearer tokens the role accepts (NULL: none): main.c
     * refuses the sample config's tokens outside --demo. */
    const ll_intake_cfg *(*intake)(const ll_config *cfg);
    /* It writes dead letters: main.c warns when they would keep no original. */
    int writes_dead_letters;
    /* Exit code when init fails; 0 means 1. An MTA pipe wants 75 (retry). */
    int init_fail_exit;
    /* Returns the role's state, or NULL with errstr set. cfg outlives it. */
    void *(*init)(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen);
    /* Runs until done or a stop is asked (stop.h); returns the exit code. */
    int (*run)(void *state);
    /* Releases the state; NULL-safe and safe on a half-built state. */
    void (*shutdown)(void *state);
    /* Roles without an event loop of their own (NULL for the others): where
     * ll_role_run serves the role's /healthz, /readyz and /metrics, on a thread
     * of their own from before run until after it ("" or NULL: nowhere; a mode
     * of the role that serves none returns NULL), and whether state is ready
     * for /readyz. */
    const char *(*admin_listen)(const void *state);
    int (*ready)(void *state);
} ll_role;

/* What every role's start and end share, once the config is loaded, the
 * logger set and the stop signals installed (main.c): refuses arguments the
 * role does not take ("ROLE: unexpected argument 'X'"), inits it (its error
 * logged), serves its admin endpoints around run, shuts it down. Returns the
 * exit code: run's, or init_fail_exit (1 when 0) when init or the admin
 * listener fails. */
int ll_role_run(const ll_role *role, const ll_config *cfg, int argc, char **argv);

#endif
