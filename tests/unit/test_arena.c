/* test_arena.c - cJSON trees on an arena: same trees, nothing freed twice, malloc'ed
 * trees still freed normally, memory handed back on reset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <cjson/cJSON.h>
#include <pthread.h>
#include <string.h>

#include "arena.h"

static int setup(void **state) {
    (void)state;
    ll_json_hooks_install();
    return 0;
}

static void trees_on_the_arena(void **state) {
    (void)state;
    ll_arena *a = ll_arena_new(1 << 20);
    assert_non_null(a);
    /* A tree made before the arena is set is malloc's, and freed by free(3). */
    cJSON *before = cJSON_Parse("{\"x\":[1,2,3]}");
    assert_non_null(before);
    assert_null(ll_json_arena_set(a));
    for (int round = 0; round < 3; round++) {
        cJSON *ev = cJSON_Parse("{\"id\":\"e1\",\"data\":{\"text\":\"De container is vol\"}}");
        assert_non_null(ev);
        assert_true(ll_arena_used(a) > 0);
        cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
        assert_non_null(cJSON_AddStringToObject(d, "theme", "afval"));
        /* Replacing and deleting inside the tree is allowed: frees are no-ops. */
        assert_true(
            cJSON_ReplaceItemInObjectCaseSensitive(d, "text", cJSON_CreateString("[vervangen]")));
        char buf[256];
        assert_true(cJSON_PrintPreallocated(ev, buf, sizeof(buf), 0));
        assert_string_equal(buf, "{\"id\":\"e1\",\"data\":{\"text\":\"[vervangen]\",\"theme\":"
                                 "\"afval\"}}");
        cJSON_Delete(ev);
        ll_arena_reset(a);
        assert_int_equal(ll_arena_used(a), 0);
    }
    /* A tree from outside the arena freed while the arena is set: still free(3). */
    cJSON_Delete(before);
    assert_ptr_equal(ll_json_arena_set(NULL), a);
    cJSON *after = cJSON_Parse("[true]");
    assert_non_null(after);
    assert_int_equal(ll_arena_used(a), 0); /* malloc again */
    cJSON_Delete(after);
    ll_arena_free(a);
}

static void big_rounds_give_memory_back(void **state) {
    (void)state;
    ll_arena *a = ll_arena_new(64 * 1024);
    assert_non_null(a);
    for (int i = 0; i < 4096; i++) {
        char *p = ll_arena_alloc(a, 1000);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        memset(p, 0x5a, 1000);
    }
    assert_true(ll_arena_used(a) >= 4096 * 1000);
    ll_arena_reset(a);
    /* Pages past `keep` were handed back: they read as zero when touched again. */
    char *p = NULL;
    for (int i = 0; i < 1024; i++)
        p = ll_arena_alloc(a, 1000);
    assert_int_equal(p[0], 0);
    assert_null(ll_arena_alloc(a, SIZE_MAX - 8)); /* no overflow into a neighbour */
    ll_arena_free(a);
}

static void *use_arena(void *arg) {
    (void)arg;
    ll_arena *a = ll_arena_new(4096);
    if (!a)
        return (void *)1;
    ll_json_arena_set(a);
    for (int i = 0; i < 2000; i++) {
        cJSON *j = cJSON_Parse("{\"a\":{\"b\":[1,2,{\"c\":\"d\"}]}}");
        if (!j)
            return (void *)1;
        cJSON_Delete(j);
        if (i % 100 == 99)
            ll_arena_reset(a);
    }
    ll_json_arena_set(NULL);
    ll_arena_free(a);
    return NULL;
}

static void one_arena_per_thread(void **state) {
    (void)state;
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, use_arena, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *rc = NULL;
        pthread_join(t[i], &rc);
        assert_null(rc);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(trees_on_the_arena),
        cmocka_unit_test(big_rounds_give_memory_back),
        cmocka_unit_test(one_arena_per_thread),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
