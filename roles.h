/* roles.h - every role of the program in one list: main.c runs them, the tests load their config sections. */
#ifndef LL_ROLES_H
#define LL_ROLES_H

#include <stddef.h>

#include "config.h"
#include "role.h"

extern const ll_role *const ll_roles[];
extern const size_t ll_nroles;

/* ll_config_load with every role's section, so every role (and
 * check-config) judges the whole file alike. */
int ll_roles_config_load(ll_config *cfg, const char *path, char *errstr, size_t errlen);

#endif
