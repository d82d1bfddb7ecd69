/* test_ident.c - BSN 11-proef, normalisation, pseudonyms and stable ids. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "event.h"
#include "ident.h"

static void bsn_elfproef(void **state) {
    (void)state;
    char out[10];
    assert_true(ll_bsn_check("111222333"));
    assert_true(ll_bsn_check("123456782"));
    assert_false(ll_bsn_check("123456789")); /* fails the 11-proef */
    assert_false(ll_bsn_check("000000000"));
    assert_true(ll_bsn_check("000001119")); /* weighted sum 0: 11-proef passed */
    assert_int_equal(ll_bsn_normalise("1234.56.782", out), 0);
    assert_string_equal(out, "123456782");
    assert_int_equal(ll_bsn_normalise("12345678", out), -1); /* 012345678 fails */
    assert_int_equal(ll_bsn_normalise("12345678a", out), -1);
    assert_int_equal(ll_bsn_normalise("1234567821", out), -1);
}

static void email_normalised(void **state) {
    (void)state;
    char out[256];
    assert_int_equal(ll_email_normalise("  Jan.Jansen@Example.NL ", out, sizeof(out)), 0);
    assert_string_equal(out, "jan.jansen@example.nl");
    assert_int_equal(ll_email_normalise("jan@localhost", out, sizeof(out)), -1);
    assert_int_equal(ll_email_normalise("jan@@example.nl", out, sizeof(out)), -1);
    assert_int_equal(ll_email_normalise("<jan@example.nl>", out, sizeof(out)), -1);
    assert_int_equal(ll_email_normalise("@example.nl", out, sizeof(out)), -1);
}

static void phone_e164(void **state) {
    (void)state;
    char out[32];
    assert_int_equal(ll_phone_normalise("06-12345678", out, sizeof(out)), 0);
    assert_string_equal(out, "+31612345678");
    assert_int_equal(ll_phone_normalise("+31 (0)6 1234 5678", out, sizeof(out)), 0);
    assert_string_equal(out, "+31612345678");
    assert_int_equal(ll_phone_normalise("0031 20 123 4567", out, sizeof(out)), 0);
    assert_string_equal(out, "+31201234567");
    assert_int_equal(ll_phone_normalise("+32 2 123 45 67", out, sizeof(out)), 0);
    assert_string_equal(out, "+3221234567");
    assert_int_equal(ll_phone_normalise("12345", out, sizeof(out)), -1);
    assert_int_equal(ll_phone_normalise("06-1234567", out, sizeof(out)), -1);
    assert_int_equal(ll_phone_normalise("bel mij", out, sizeof(out)), -1);
}

static void pseudonym_is_keyed_and_stable(void **state) {
    (void)state;
    char a[LL_PSEUDONYM_LEN + 1], b[LL_PSEUDONYM_LEN + 1], c[LL_PSEUDONYM_LEN + 1];
    assert_int_equal(ll_ident_init("test-secret-0123456789"), 0);
    ll_pseudonym("bsn", "123456782", a);
    ll_pseudonym("bsn", "123456782", b);
    assert_string_equal(a, b);
    assert_int_equal(strlen(a), LL_PSEUDONYM_LEN);
    assert_null(strstr(a, "123456782"));
    ll_pseudonym("email", "123456782", c);
    assert_string_not_equal(a, c);
    assert_int_equal(ll_ident_init("another-secret-0123456789"), 0);
    ll_pseudonym("bsn", "123456782", c);
    assert_string_not_equal(a, c);
}

static void event_ids(void **state) {
    (void)state;
    char a[LL_EVENT_ID_LEN + 1], b[LL_EVENT_ID_LEN + 1];
    ll_event_id_from_key("/luisterloop/web/demo", "key-1", a);
    ll_event_id_from_key("/luisterloop/web/demo", "key-1", b);
    assert_string_equal(a, b);
    assert_int_equal(strlen(a), 36);
    assert_int_equal(a[14], '8'); /* UUID version 8 */
    ll_event_id_from_key("/luisterloop/web/other", "key-1", b);
    assert_string_not_equal(a, b);
    ll_event_id_random(a);
    ll_event_id_random(b);
    assert_string_not_equal(a, b);
    assert_int_equal(a[14], '4');
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bsn_elfproef), cmocka_unit_test(email_normalised),
        cmocka_unit_test(phone_e164),   cmocka_unit_test(pseudonym_is_keyed_and_stable),
        cmocka_unit_test(event_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
