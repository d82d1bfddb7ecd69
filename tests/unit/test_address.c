/* test_address.c - quotes without house numbers: the street stays, the number goes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "address.h"
#include "mask.h"
#include "text.h"

static char out[LL_ADDRESS_QUOTE_MAX];

static const char *quote(const char *in) {
    size_t n = ll_address_quote(in, strlen(in), out, sizeof(out));
    assert_int_equal(n, strlen(out));
    return out;
}

#define DROPS(in, want) assert_string_equal(quote(in), want)
#define KEEPS(in) assert_string_equal(quote(in), in)

/* REPORT-user3, privacy observations: the report quoted a street and house number
 * beside a person's health. */
static void the_street_stays_the_number_goes(void **state) {
    (void)state;
    DROPS("Losliggende stoeptegels voor nummer 12 in de Ommoordseweg, mijn moeder is "
          "gestruikeld",
          "Losliggende stoeptegels voor nummer [nr] in de Ommoordseweg, mijn moeder is "
          "gestruikeld");
    DROPS("Ik woon op de Kerkstraat 14a, mijn vader ligt in het ziekenhuis",
          "Ik woon op de Kerkstraat [nr], mijn vader ligt in het ziekenhuis");
    DROPS("bergweg 12-II heeft last", "bergweg [nr] heeft last");
    DROPS("'s-Gravendijkwal 102\xC2\xA0is druk", "'s-Gravendijkwal [nr]\xC2\xA0is druk");
    DROPS("Kerkstraat 12 B en 14 ook", "Kerkstraat [nr] en [nr] ook");
    DROPS("Kerkstraat 12 A. de Vries belde", "Kerkstraat [nr] A. de Vries belde");
    DROPS("de nummers 3 en 5 aan de Vliet", "de nummers [nr] en [nr] aan de Vliet");
    DROPS("Kerkstraat 12 t/m 20 geen stroom", "Kerkstraat [nr] t/m [nr] geen stroom");
    DROPS("huisnummer: 17, op nr. 14 en [NAAM] op Kerkstraat 7 belde [TELEFOON]",
          "huisnummer: [nr], op nr. [nr] en [NAAM] op Kerkstraat [nr] belde [TELEFOON]");
    /* streets without a street's ending */
    DROPS("Laan van Nieuw Oost 3 is donker", "Laan van Nieuw Oost [nr] is donker");
    DROPS("bij de Grote Markt 3", "bij de Grote Markt [nr]");
    DROPS("mijn moeder (82) woont op de Meent 88", "mijn moeder (82) woont op de Meent [nr]");
    DROPS("ik woon op Weena 12", "ik woon op Weena [nr]");
    /* a postcode keeps its four digits, as the aggregates do */
    DROPS("Kerkstraat 7, 3072 AB Rotterdam", "Kerkstraat [nr], 3072 Rotterdam");
    DROPS("postcode 3072AB", "postcode 3072");
}

/* User check 4 (12-01 evening): alert quotes kept "Beijerlandselaan 120bis" whole, the floor
 * of "Dorpsweg 14a 2 hoog" and the letter of "Putselaan 33 A.". */
static void additions_and_floors_go_too(void **state) {
    (void)state;
    DROPS("Grofvuil bij Beijerlandselaan 120bis, al een week.",
          "Grofvuil bij Beijerlandselaan [nr], al een week.");
    DROPS("Kerkweg 3-hs en Kerkstraat 12 bis, Bergweg 7ter",
          "Kerkweg [nr] en Kerkstraat [nr], Bergweg [nr]");
    DROPS("Dorpsweg 14a 2 hoog woont een oude man", "Dorpsweg [nr] woont een oude man");
    DROPS("Dorpsweg 14 2-hoog, Dorpsweg 14-2 hoog, Dorpsweg 7 3e etage.",
          "Dorpsweg [nr], Dorpsweg [nr], Dorpsweg [nr].");
    DROPS("Putselaan 33 A.", "Putselaan [nr].");
    DROPS("Putselaan 33 A. Daar ligt afval", "Putselaan [nr]. Daar ligt afval");
    DROPS("Kerkstraat 12 A. [NAAM] belde", "Kerkstraat [nr] A. [NAAM] belde");
    DROPS("Kerkstraat 12 ter hoogte van de school: 2 hoog",
          "Kerkstraat [nr] ter hoogte van de school: 2 hoog");
    KEEPS("Bergweg 12 jaar en 2 hoog");
    /* user check 5 of 12-02: a street on no ending's list, its number with a letter or a
     * floor in Roman numerals after a dash (each kept whole before) */
    DROPS("Zwerfvuil bij Wolphaertsbocht 220-III al weken",
          "Zwerfvuil bij Wolphaertsbocht [nr] al weken");
    DROPS("Hillevliet 90-B is vol, Hillevliet 90-b ook",
          "Hillevliet [nr] is vol, Hillevliet [nr] ook");
    KEEPS("de uitslag was 3-B en versie 2-A");
}

static void other_numbers_stay(void **state) {
    (void)state;
    KEEPS("wij waren onderweg 12 uur");
    KEEPS("op de Zwaanshals woon ik al; Zwaanshals 12 jaar geleden");
    KEEPS("het kost 12 euro op de markt, in 2024 en 2025");
    KEEPS("sinds 12-03-2024 ligt er afval, bel 112 als het brandt");
    KEEPS("bus 40 rijdt niet, tram 4 ook niet");
    KEEPS("in de Kerkstraat. 12 mensen klagen");
    KEEPS("om 12:30 bij de Kerkstraat, 12,5 meter");
    KEEPS("Kerkstraat 123456 en Kerkstraat 0612345678");
    KEEPS("groep 7 van de school, 3 kinderen");
    KEEPS("postcode 3072, en 0123 AB is er geen");
}

/* A quote that does not fit is cut where a placeholder stays whole, and ends in "…". */
static void a_long_quote_is_cut_whole(void **state) {
    (void)state;
    char in[600], small[48];
    snprintf(in, sizeof(in), "%s", "Melding van [NAAM] over de Kerkstraat 12: ");
    while (strlen(in) < 500)
        strcat(in, "veel afval ");
    size_t n = ll_address_quote(in, strlen(in), small, sizeof(small));
    assert_int_equal(n, strlen(small));
    assert_true(n <= sizeof(small) - 1);
    assert_string_equal(small, "Melding van [NAAM] over de Kerkstraat [nr]: \xE2\x80\xA6");
    /* never inside a placeholder: cut before it */
    n = ll_address_quote("abcdefghij [TELEFOON] klmnop", 28, small, 20);
    assert_string_equal(small, "abcdefghij \xE2\x80\xA6");
    /* nor inside a character */
    n = ll_address_quote("abcdefghijklmn\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 xyz", 27, small, 20);
    assert_true(ll_utf8_valid(small, n, NULL));
    /* a text that fits stays whole, up to cap - 1 bytes */
    n = ll_address_quote("0123456789012345678", 19, small, 20);
    assert_string_equal(small, "0123456789012345678");
    /* nor inside a word: "… er gebeurt niks Be…" (user check of 12-01) */
    n = ll_address_quote("er gebeurt niks Belachelijk", 27, small, 22);
    assert_string_equal(small, "er gebeurt niks \xE2\x80\xA6");
    n = ll_address_quote("Kerkstraat 12: al weken vol", 27, small, 20);
    assert_string_equal(small, "Kerkstraat [nr]:\xE2\x80\xA6"); /* at the space already */
    /* a word longer than half the room is cut in it */
    n = ll_address_quote("zie https://voorbeeld.nl/een/lang/pad", 37, small, 20);
    assert_string_equal(small, "zie https://voor\xE2\x80\xA6");
    /* the house number's placeholder is a placeholder to a cut */
    assert_int_equal(ll_mask_placeholder_at("[nr] x", 6), 4);
}

/* A whole text (the dashboard's): the same masking as a quote, never cut, however long;
 * the worst case (a one-digit number after each cue) fits LL_ADDRESS_MASK_BOUND. */
static void a_whole_text_is_masked_uncut(void **state) {
    (void)state;
    static char in[8192], got[LL_ADDRESS_MASK_BOUND(sizeof(in))];
    snprintf(in, sizeof(in), "%s", "groetjes van [NAAM] uit de Putselaan 33 A");
    size_t m = ll_address_mask(in, strlen(in), got);
    assert_int_equal(m, strlen(got));
    assert_string_equal(got, "groetjes van [NAAM] uit de Putselaan [nr]");
    ll_address_mask("Adres: Putselaan 33 A", 21, got);
    assert_string_equal(got, "Adres: Putselaan [nr]");
    size_t n = 0;
    while (n + 40 < sizeof(in))
        n += (size_t)snprintf(in + n, sizeof(in) - n, "%s", "nr 1, 2, 3 Kerkstraat 4 ");
    m = ll_address_mask(in, n, got);
    assert_int_equal(m, strlen(got));
    assert_true(m > LL_ADDRESS_QUOTE_MAX);
    assert_null(strstr(got, "\xE2\x80\xA6"));
    for (const char *p = got; *p; p++)
        assert_false(*p >= '0' && *p <= '9');
    /* what a quote of it keeps is its start */
    char q[LL_ADDRESS_QUOTE_MAX];
    size_t qn = ll_address_quote(in, n, q, sizeof(q));
    assert_int_equal(memcmp(q, got, qn - 3), 0);
    /* one digit after a cue, as tight as it gets */
    assert_int_equal(ll_address_mask("nr 1", 4, got), 7);
    assert_true(7 < LL_ADDRESS_MASK_BOUND(4));
}

static void street_words(void **state) {
    (void)state;
    assert_true(ll_address_street_word("Ommoordseweg", 12));
    assert_true(ll_address_street_word("KERKSTRAAT", 10));
    assert_true(ll_address_street_word("'s-Gravendijkwal", 16));
    assert_false(ll_address_street_word("Weg", 3)); /* the ending alone */
    assert_false(ll_address_street_word("Rotterdam", 9));
    assert_false(ll_address_street_word("", 0));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_street_stays_the_number_goes),
        cmocka_unit_test(additions_and_floors_go_too),
        cmocka_unit_test(other_numbers_stay),
        cmocka_unit_test(a_long_quote_is_cut_whole),
        cmocka_unit_test(a_whole_text_is_masked_uncut),
        cmocka_unit_test(street_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
