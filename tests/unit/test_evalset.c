/* test_evalset.c - the table of evaluation sets (tests/support/evalset.c): a blind round's set is
 * read only with LL_BENCH_BLIND, a frozen one only without -F, neither ever printed, and the
 * table holds together (files there, one place each in bench_quality's order). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "evalset.h"

/* A round that is not there yet, as the lead would add it while it is blind. */
static const ll_eval_set next_round = {
    "messages-dev99.jsonl", LL_EVAL_MESSAGES, "development 99", 999, LL_EVAL_BLIND, {.found = 0}};
static const ll_eval_set its_names = {
    "names-dev99.jsonl",           LL_EVAL_NAMES, "names-dev99", 0,
    LL_EVAL_BLIND | LL_EVAL_GATED, {.found = 0}};

static void a_blind_set_waits_for_the_switch(void **state) {
    (void)state;
    /* without LL_BENCH_BLIND: not read, with -F or without */
    assert_false(ll_eval_readable(&next_round, 0, 0));
    assert_false(ll_eval_readable(&next_round, 1, 0));
    assert_false(ll_eval_readable(&its_names, 0, 0));
    /* the lead's look reads it, and still prints no line of it */
    assert_true(ll_eval_readable(&next_round, 0, 1));
    assert_true(ll_eval_readable(&its_names, 0, 1));
    assert_false(ll_eval_shown(&next_round));
    assert_false(ll_eval_shown(&its_names));
}

static void a_frozen_set_waits_for_no_F(void **state) {
    (void)state;
    const ll_eval_set frozen = {"x-frozen.jsonl", LL_EVAL_SUICIDAL, "x frozen", 998,
                                LL_EVAL_FROZEN,   {.found = 0}};
    assert_false(ll_eval_readable(&frozen, 0, 0));
    assert_false(ll_eval_readable(&frozen, 0, 1));
    assert_true(ll_eval_readable(&frozen, 1, 0));
    assert_false(ll_eval_shown(&frozen));
    /* a development set: read either way, its misses printed */
    const ll_eval_set dev = {"x-dev.jsonl", LL_EVAL_CRITICAL, "x dev", 997, 0, {.found = 0}};
    assert_true(ll_eval_readable(&dev, 0, 0));
    assert_true(ll_eval_shown(&dev));
}

/* LL_BENCH_BLIND is read once: a bench cannot start blind and turn it on halfway. */
static void the_switch_is_read_once(void **state) {
    (void)state;
    unsetenv("LL_BENCH_BLIND");
    assert_false(ll_eval_blind());
    setenv("LL_BENCH_BLIND", "1", 1);
    assert_false(ll_eval_blind());
    unsetenv("LL_BENCH_BLIND");
}

static void the_table_holds_together(void **state) {
    (void)state;
    assert_true(ll_eval_n_sets > 0);
    for (int i = 0; i < ll_eval_n_sets; i++) {
        const ll_eval_set *s = &ll_eval_sets[i];
        /* frozen by name and by flag alike, so the name's guard (-D) and the flag agree */
        assert_int_equal(strstr(s->file, "frozen") != NULL, (s->flags & LL_EVAL_FROZEN) != 0);
        /* a blind set is never learned */
        assert_false((s->flags & LL_EVAL_BLIND) && (s->flags & LL_EVAL_THEME));
        assert_true(s->kind == LL_EVAL_MESSAGES || !(s->flags & LL_EVAL_THEME));
        assert_non_null(s->label);
        assert_ptr_equal(ll_eval_find(s->file), s);
        if (!(s->flags & LL_EVAL_FROZEN)) { /* a frozen file is not even looked at */
            char path[1024];
            snprintf(path, sizeof(path), "%s/tests/data/eval/%s", LL_SOURCE_DIR, s->file);
            if (access(path, R_OK) != 0)
                fail_msg("%s is in the table but not in tests/data/eval", s->file);
        }
        for (int j = 0; j < i; j++) {
            assert_string_not_equal(ll_eval_sets[j].file, s->file);
            if (s->kind != LL_EVAL_NAMES && ll_eval_sets[j].kind != LL_EVAL_NAMES &&
                ll_eval_sets[j].quality_at == s->quality_at)
                fail_msg("%s and %s share quality_at %d", ll_eval_sets[j].file, s->file,
                         s->quality_at);
        }
    }
    const ll_eval_set *dev = ll_eval_find("/some/where/messages-dev3.jsonl");
    assert_non_null(dev);
    assert_string_equal(dev->label, "development 3");
    assert_null(ll_eval_find("messages-dev99.jsonl"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_blind_set_waits_for_the_switch),
        cmocka_unit_test(a_frozen_set_waits_for_no_F),
        cmocka_unit_test(the_switch_is_read_once),
        cmocka_unit_test(the_table_holds_together),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
