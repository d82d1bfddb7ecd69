/* test_log.c - log lines: one line per call whatever a client put in the message, and
 * rate-limited lines for what a client can cause at will. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"

/* Runs ll_log_write with msg on a captured stderr; returns what was written. */
static size_t capture(const char *msg, char *out, size_t outlen) {
    char path[] = "/tmp/ll-test-log-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    ll_log_write(LL_LOG_WARN, "client said %s", msg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    FILE *f = fdopen(fd, "r");
    rewind(f);
    size_t n = fread(out, 1, outlen - 1, f);
    out[n] = '\0';
    fclose(f);
    unlink(path);
    return n;
}

static void control_characters_never_reach_the_log(void **state) {
    (void)state;
    ll_log_init("test", LL_LOG_INFO);
    char out[4096];
    size_t n = capture("\x1b[2J\x1b]0;owned\x07 x\r\n2026-01-01T00:00:00Z [web] error forged\t\x7f"
                       "\x01\x08 end",
                       out, sizeof(out));
    assert_true(n > 0);
    for (size_t i = 0; i < n - 1; i++)
        assert_true((unsigned char)out[i] >= 0x20 && out[i] != 0x7f);
    assert_int_equal(out[n - 1], '\n'); /* exactly one line */
    assert_non_null(strstr(out, "[test] warn client said "));
    assert_non_null(strstr(out, "forged"));
    assert_non_null(strstr(out, " end"));
    /* UTF-8 text is not control characters and stays. */
    n = capture("Café „citaat”", out, sizeof(out));
    assert_non_null(strstr(out, "Café „citaat”"));
}

/* The window is long enough for the flood's 100,000 calls on a loaded machine: at
 * 200 ms they overran it at load 20 and one was let through. */
static void a_flood_of_lines_is_rate_limited(void **state) {
    (void)state;
    ll_log_limit lim = {0, 0};
    unsigned long sup = 99;
    assert_int_equal(ll_log_allow(&lim, 3000, &sup), 1);
    assert_int_equal(sup, 0);
    int allowed = 0;
    for (int i = 0; i < 100000; i++)
        allowed += ll_log_allow(&lim, 3000, &sup);
    assert_int_equal(allowed, 0);
    usleep(3100 * 1000);
    assert_int_equal(ll_log_allow(&lim, 3000, &sup), 1);
    assert_int_equal(sup, 100000); /* the next line says how many were left out */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(control_characters_never_reach_the_log),
        cmocka_unit_test(a_flood_of_lines_is_rate_limited),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
