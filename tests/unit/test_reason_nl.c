/* test_reason_nl.c - reasons in Dutch from config/reasons-nl.tsv (core/reason_nl.h): whole
 * names only, the longest first, the citizen's quoted words kept; the same cases as the
 * page's reasonNl (tests/reason_nl.sh runs them there); bad tables refused by line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "reason_nl.h"

#define TABLE LL_SOURCE_DIR "/config/reasons-nl.tsv"

/* Each reason and its Dutch; tests/reason_nl.sh holds the same list for app.js. */
static const char *const cases[][2] = {
    {"acute danger: 'gaslucht'", "acuut gevaar: 'gaslucht'"},
    {"threat of violence: 'threat'", "dreiging met geweld: 'threat'"},
    {"ending one's own life: 'er een eind aan maken'",
     "een eind aan het eigen leven maken: 'er een eind aan maken'"},
    {"suicidal statement: by its words and their scope ('wil niet meer', 'alleen')",
     "suïcidale uitspraak: door de woorden en hun bereik ('wil niet meer', 'alleen')"},
    {"vulnerable: income stopped: 'geen uitkering'",
     "kwetsbaar: inkomen gestopt: 'geen uitkering'"},
    {"rule-based parts, unknown words", "rule-based delen, unknown words"},
    {"no urgency rule matched", "geen urgentieregel van toepassing"},
    {"threat: 'open quote never closed", "dreiging: 'open quote never closed"},
};

static void the_shipped_table(void **state) {
    (void)state;
    char err[256], buf[512];
    ll_reason_nl *t = ll_reason_nl_load(TABLE, err, sizeof(err));
    if (!t)
        fail_msg("%s", err);
    assert_true(ll_reason_nl_count(t) > 100);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ll_reason_nl_translate(t, cases[i][0], buf, sizeof(buf));
        if (strcmp(buf, cases[i][1]))
            fail_msg("'%s' gave '%s', not '%s'", cases[i][0], buf, cases[i][1]);
    }
    /* Cut within the buffer, never in a character: "suïcidale" has a two-byte ï at 2-3. */
    size_t n = ll_reason_nl_translate(t, "suicidal statement", buf, 4);
    assert_int_equal(n, 2);
    assert_string_equal(buf, "su");
    /* No table: the reason as it is. */
    ll_reason_nl_translate(NULL, "acute danger", buf, sizeof(buf));
    assert_string_equal(buf, "acute danger");
    ll_reason_nl_free(t);
}

static void bad_tables_name_the_line(void **state) {
    (void)state;
    static const char *const bad[][2] = {
        {"# c\nacute danger\tacuut gevaar\nno tab here\n", ":3: expected"},
        {"a\tb\na\tc\n", ":2: 'a' is in the table twice"},
        {"\tleeg\n", ":1: expected"},
        {"leeg\t\n", ":1: expected"},
        {"a\tb\tc\n", ":1: expected"},
    };
    char path[64], err[256];
    snprintf(path, sizeof(path), "/tmp/ll-test-reason-nl-%d.tsv", (int)getpid());
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(bad[i][0], f);
        fclose(f);
        ll_reason_nl *t = ll_reason_nl_load(path, err, sizeof(err));
        if (t || !strstr(err, bad[i][1]))
            fail_msg("case %zu: %s", i, t ? "accepted" : err);
    }
    unlink(path);
    assert_null(ll_reason_nl_load("/nonexistent/reasons.tsv", err, sizeof(err)));
    assert_non_null(strstr(err, ":0: cannot open"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_shipped_table),
        cmocka_unit_test(bad_tables_name_the_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
