/* config_errors.h - unit-test helper: config texts that must not load, each naming FILE:LINE. */
#ifndef LL_T_CONFIG_ERRORS_H
#define LL_T_CONFIG_ERRORS_H

#include <stddef.h>

/* A config text that ll_roles_config_load must refuse, the line its error must name and
 * a part of the message. */
typedef struct ll_t_bad_config {
    const char *text;
    int line;
    const char *needle;
} ll_t_bad_config;

/* Writes each of bad[0..n) to path and loads it with ll_roles_config_load: each must fail
 * with an error that starts "path:LINE: " and holds its needle (cmocka fails the test
 * otherwise). Removes path afterwards. */
void ll_t_expect_config_errors(const char *path, const ll_t_bad_config *bad, size_t n);

#endif
