/* config_errors.c - unit-test helper: config texts that must not load, each naming FILE:LINE. */
#include "config_errors.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "roles.h"

void ll_t_expect_config_errors(const char *path, const ll_t_bad_config *bad, size_t n) {
    for (size_t i = 0; i < n; i++) {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(bad[i].text, f);
        assert_int_equal(fclose(f), 0);
        ll_config cfg;
        char err[512], want[128];
        int rc = ll_roles_config_load(&cfg, path, err, sizeof(err));
        ll_config_free(&cfg);
        if (rc != -1) {
            unlink(path);
            fail_msg("case %zu accepted: %s", i, bad[i].text);
        }
        snprintf(want, sizeof(want), "%s:%d: ", path, bad[i].line);
        if (strncmp(err, want, strlen(want)) != 0 || !strstr(err, bad[i].needle)) {
            unlink(path);
            fail_msg("case %zu: got '%s', want prefix '%s' and '%s'", i, err, want, bad[i].needle);
        }
    }
    unlink(path);
}
