/* role.h - the interface every adapter, processor and sink offers to main.c. */
#ifndef LL_ROLE_H
#define LL_ROLE_H

#include <stddef.h>

#include "config.h"

typedef struct ll_role {
    const char *name;
    const char *summary;
    const char *usage; /* role-specific options, one per line; may be NULL */
    /* Its config section: key table and settings (config.h); NULL: none.
     * Read its settings with ll_config_settings(cfg, config). */
    const ll_config_section *config;
    int needs_pseudonym_key;
    /* Exit code when init fails; 0 means 1. An MTA pipe wants 75 (retry). */
    int init_fail_exit;
    /* Returns the role's state, or NULL with errstr set. cfg outlives it. */
    void *(*init)(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen);
    /* Runs until done or a stop is asked (stop.h); returns the exit code. */
    int (*run)(void *state);
    /* Releases the state; NULL-safe and safe on a half-built state. */
    void (*shutdown)(void *state);
} ll_role;

#endif
