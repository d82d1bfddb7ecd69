/* test_mask.c - masking of BSN, IBAN, phone numbers and e-mail in Dutch free text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "mask.h"

static char *masked(const char *in, ll_mask_counts *c) {
    char *out = malloc(ll_mask_bound(strlen(in)));
    ll_mask_text(in, strlen(in), out, c);
    return out;
}

#define EXPECT(in, want)                                                                       \
    do {                                                                                       \
        char *o_ = masked(in, NULL);                                                           \
        if (strcmp(o_, want) != 0)                                                             \
            fail_msg("mask(%s)\n got  %s\n want %s", in, o_, want);                            \
        free(o_);                                                                              \
    } while (0)

static void bsn_only_when_elfproef(void **state) {
    (void)state;
    EXPECT("Mijn BSN is 123456782, graag terugbellen.", "Mijn BSN is [BSN], graag terugbellen.");
    EXPECT("bsn 1234.56.782", "bsn [BSN]");
    /* 123456789 fails the 11-proef: an order number, not a BSN. */
    EXPECT("Ordernummer 123456789 klopt niet", "Ordernummer 123456789 klopt niet");
    /* Part of a longer number: not a BSN. */
    EXPECT("ref 1234567820", "ref 1234567820");
}

static void iban_in_a_sentence(void **state) {
    (void)state;
    EXPECT("Stort het op NL91ABNA0417164300 aub", "Stort het op [IBAN] aub");
    EXPECT("rekening NL91 ABNA 0417 1643 00.", "rekening [IBAN].");
    /* Wrong check digits stay. */
    EXPECT("NL92ABNA0417164300", "NL92ABNA0417164300");
}

static void phones(void **state) {
    (void)state;
    EXPECT("bel me op 06-12345678!", "bel me op [TELEFOON]!");
    EXPECT("bel +31 6 1234 5678 of 010 - 123 4567", "bel [TELEFOON] of [TELEFOON]");
    EXPECT("bel 010-1234567", "bel [TELEFOON]");
    EXPECT("tel. (020) 123 4567", "tel. [TELEFOON]");
    EXPECT("bel 06-12345678 2 keer", "bel [TELEFOON] 2 keer");
    EXPECT("BSN 123 456 782 en 3 kinderen", "BSN [BSN] en 3 kinderen");
    EXPECT("huisnummer 12 en 2024", "huisnummer 12 en 2024");
}

static void emails(void **state) {
    (void)state;
    ll_mask_counts c;
    char *o = masked("Mail naar Jan.Jansen+gemeente@Example.nl. Of bel.", &c);
    assert_string_equal(o, "Mail naar [E-MAIL]. Of bel.");
    assert_int_equal(c.email, 1);
    free(o);
    EXPECT("kosten @ 5 euro", "kosten @ 5 euro");
    EXPECT("naam@localhost", "naam@localhost");
}

static void mixed_counts(void **state) {
    (void)state;
    ll_mask_counts c;
    char *o = masked("BSN 111222333, IBAN NL91ABNA0417164300, tel 0612345678, a@b.nl", &c);
    assert_string_equal(o, "BSN [BSN], IBAN [IBAN], tel [TELEFOON], [E-MAIL]");
    assert_int_equal(c.bsn, 1);
    assert_int_equal(c.iban, 1);
    assert_int_equal(c.phone, 1);
    assert_int_equal(c.email, 1);
    free(o);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bsn_only_when_elfproef), cmocka_unit_test(iban_in_a_sentence),
        cmocka_unit_test(phones), cmocka_unit_test(emails), cmocka_unit_test(mixed_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
