/* test_text.c - UTF-8 validation and RFC 3339 times. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "text.h"

static void utf8_accepts_dutch_and_emoji(void **state) {
    (void)state;
    const char *s = "Geachte heer, één café \xF0\x9F\x98\x80";
    assert_true(ll_utf8_valid(s, strlen(s), NULL));
}

static void utf8_rejects_bad_sequences(void **state) {
    (void)state;
    size_t at = 99;
    assert_false(ll_utf8_valid("ab\xC3", 3, &at)); /* truncated */
    assert_int_equal(at, 2);
    assert_false(ll_utf8_valid("\xC0\xAF", 2, NULL));         /* overlong '/' */
    assert_false(ll_utf8_valid("\xED\xA0\x80", 3, NULL));     /* surrogate */
    assert_false(ll_utf8_valid("\xF4\x90\x80\x80", 4, NULL)); /* > U+10FFFF */
    assert_false(ll_utf8_valid("\xFF", 1, NULL));
    assert_false(ll_utf8_valid("caf\xE9", 4, NULL)); /* ISO-8859-1 */
}

static void time_parses_rfc3339(void **state) {
    (void)state;
    time_t t;
    assert_int_equal(ll_time_parse("2026-11-28T15:40:38Z", &t), 0);
    assert_int_equal(t, 1795880438);
    assert_int_equal(ll_time_parse("2026-11-28T16:40:38.123+01:00", &t), 0);
    assert_int_equal(t, 1795880438);
    assert_int_equal(ll_time_parse("2024-02-29T00:00:00Z", &t), 0);
    long long ms;
    assert_int_equal(ll_time_parse_ms("2026-11-28T16:40:38.123+01:00", &ms), 0);
    assert_true(ms == 1795880438123LL);
    assert_int_equal(ll_time_parse_ms("2026-11-28T15:40:38.5Z", &ms), 0);
    assert_true(ms == 1795880438500LL);
    assert_int_equal(ll_time_parse_ms("2026-11-28T15:40:38.123456789Z", &ms), 0);
    assert_true(ms == 1795880438123LL);
    assert_int_equal(ll_time_parse_ms("2026-11-28T15:40:38Z", &ms), 0);
    assert_true(ms == 1795880438000LL);
    assert_int_equal(ll_time_parse_ms("2026-11-28T15:40:38", &ms), -1);
}

/* ll_days_from_civil against libc's timegm on every day of years 0-9999, and
 * ll_time_parse on a spread of those days, times and offsets (a leap second
 * counts as :59, as before). Fails when a leap rule or the March shift is
 * off by one. */
static void time_days_as_timegm(void **state) {
    (void)state;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    long k = 0;
    for (int y = 0; y <= 9999; y++) {
        int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= mdays[m - 1] + (m == 2 && leap); d++, k++) {
                struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d};
                time_t want = timegm(&tm);
                if (ll_days_from_civil(y, m, d) * 86400 != want)
                    fail_msg("%04d-%02d-%02d: %lld, timegm %lld", y, m, d,
                             (long long)ll_days_from_civil(y, m, d) * 86400, (long long)want);
                if (k % 97)
                    continue;
                int h = (int)(k % 24), mi = (int)(k % 60), sec = (int)(k % 61), oh = (int)(k % 15);
                char s[40];
                snprintf(s, sizeof(s), "%04d-%02d-%02dT%02d:%02d:%02d.5%c%02d:30", y, m, d, h, mi,
                         sec, k % 2 ? '+' : '-', oh);
                tm = (struct tm){.tm_year = y - 1900,
                                 .tm_mon = m - 1,
                                 .tm_mday = d,
                                 .tm_hour = h,
                                 .tm_min = mi,
                                 .tm_sec = sec > 59 ? 59 : sec};
                want = timegm(&tm) - (k % 2 ? 1 : -1) * (oh * 3600L + 1800);
                time_t t;
                if (ll_time_parse(s, &t) != 0 || t != want)
                    fail_msg("%s: %lld, want %lld", s, (long long)t, (long long)want);
            }
    }
}

static void time_rejects_bad(void **state) {
    (void)state;
    time_t t;
    assert_int_equal(ll_time_parse("2026-11-28 15:40:38Z", &t), -1);
    assert_int_equal(ll_time_parse("2026-11-28T15:40:38", &t), -1);
    assert_int_equal(ll_time_parse("2026-13-01T00:00:00Z", &t), -1);
    assert_int_equal(ll_time_parse("2025-02-29T00:00:00Z", &t), -1);
    assert_int_equal(ll_time_parse("2026-11-28T25:00:00Z", &t), -1);
    assert_int_equal(ll_time_parse("yesterday", &t), -1);
    assert_int_equal(ll_time_parse("2026-11-28T15:40:38Zjunk", &t), -1);
}

static void time_formats(void **state) {
    (void)state;
    char b[40];
    ll_time_format(1795880438, b, sizeof(b));
    assert_string_equal(b, "2026-11-28T15:40:38Z");
    ll_time_format_ms(1795880438123LL, b, sizeof(b));
    assert_string_equal(b, "2026-11-28T15:40:38.123Z");
}

/* ll_lines_next over text held in memory; each line it gives is "LINENO:LINE" in out. */
static int lines_of(const char *text, size_t cap, size_t max_bytes, unsigned trim, char *out,
                    size_t outlen) {
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(f);
    char buf[64];
    assert_true(cap <= sizeof(buf));
    ll_lines lr = {.f = f, .buf = buf, .cap = cap, .max_bytes = max_bytes, .trim = trim};
    size_t o = 0;
    out[0] = '\0';
    for (const char *s; (s = ll_lines_next(&lr));) {
        assert_int_equal(strlen(s), lr.len);
        o += (size_t)snprintf(out + o, outlen - o, "%d:%s|", lr.lineno, s);
        assert_true(o < outlen);
    }
    fclose(f);
    return lr.stop;
}

static void lines_skip_blanks_and_comments_and_cut_as_asked(void **state) {
    (void)state;
    const char *text = "# a comment\n\n  a b  \r\nx\t y \n   \n  # indented\nlast";
    char out[256];
    assert_int_equal(lines_of(text, 64, 0, 0, out, sizeof(out)), LL_LINES_EOF);
    assert_string_equal(out, "3:  a b  |4:x\t y |5:   |6:  # indented|7:last|");
    assert_int_equal(lines_of(text, 64, 0, LL_LINES_END_SPACES, out, sizeof(out)), LL_LINES_EOF);
    assert_string_equal(out, "3:  a b|4:x\t y|6:  # indented|7:last|");
    assert_int_equal(
        lines_of(text, 64, 0, LL_LINES_START_SPACES | LL_LINES_END_SPACES, out, sizeof(out)),
        LL_LINES_EOF);
    assert_string_equal(out, "3:a b|4:x\t y|7:last|");
}

static void lines_refuse_a_long_line_and_a_large_file(void **state) {
    (void)state;
    char out[256];
    /* buf[8] holds a line of 6 bytes and its newline; 7 bytes do not fit. */
    assert_int_equal(lines_of("123456\n1234567\nnot read\n", 8, 0, 0, out, sizeof(out)),
                     LL_LINES_TOO_LONG);
    assert_string_equal(out, "1:123456|");
    /* The bound counts every byte read, comments and line ends too. */
    assert_int_equal(lines_of("ab\n#c\nd\n", 64, 8, 0, out, sizeof(out)), LL_LINES_EOF);
    assert_string_equal(out, "1:ab|3:d|");
    assert_int_equal(lines_of("ab\n#c\nde\n", 64, 8, 0, out, sizeof(out)), LL_LINES_TOO_LARGE);
    assert_string_equal(out, "1:ab|");
}

/* P2 and P3 of REPORT-user2: what shows nothing, and the bidirectional controls. */
static void blank_and_bidi(void **state) {
    (void)state;
    assert_true(ll_text_blank(""));
    assert_true(ll_text_blank(" \t\r\n\v\f"));
    assert_true(ll_text_blank("\xe2\x80\x8b\xe2\x80\x8b"));                 /* U+200B */
    assert_true(ll_text_blank("\xc2\xa0\xe2\x80\x8b "));                    /* U+00A0 */
    assert_true(ll_text_blank("\xef\xbb\xbf\xe2\x81\xa0\xe3\x80\x80"));     /* FEFF 2060 3000 */
    assert_true(ll_text_blank("\xe2\x80\x8e\xe2\x80\xae\xf3\xa0\x80\x81")); /* LRM, RLO, tag */
    assert_false(ll_text_blank("\xe2\x80\x8b."));
    assert_false(ll_text_blank("\xc3\xa9"));
    assert_false(ll_text_blank("\xf0\x9f\x98\x80"));
    assert_false(ll_text_blank("\xe2\x80\x90")); /* U+2010 hyphen, next to the blanks */
    size_t at = 99;
    uint32_t cp = 0;
    assert_true(ll_text_bidi_control("factuur \xe2\x80\xaegnp", 15, &at, &cp));
    assert_int_equal(at, 8);
    assert_int_equal(cp, 0x202E);
    assert_true(ll_text_bidi_control("\xe2\x80\xaa", 3, &at, &cp));
    assert_int_equal(cp, 0x202A);
    assert_true(ll_text_bidi_control("x\xe2\x81\xa9", 4, &at, &cp));
    assert_int_equal(at, 1);
    assert_int_equal(cp, 0x2069);
    /* LRM, RLM, U+2065 and U+202F are not; a cut sequence is not read past len. */
    assert_false(
        ll_text_bidi_control("\xe2\x80\x8e\xe2\x80\x8f\xe2\x81\xa5\xe2\x80\xaf", 12, &at, &cp));
    assert_false(ll_text_bidi_control("a\xe2\x80\xae", 3, &at, &cp));
}

/* The processor stores digests made with ll_hash64_words in Redis marks (issue 12): the
 * values may not move between builds or machines, whatever the alignment of the bytes, and a
 * change of any one byte, or of the length, changes the hash. */
static void hash64_words_is_pinned_and_tells_every_byte(void **state) {
    (void)state;
    assert_true(ll_hash64_words(0, "luisterloop", 11) == 0x9206e99fe3aaae17ull);
    assert_true(ll_hash64_words(1, "container vol in Kerkstraat", 27) == 0x1bf8dac83e975fa5ull);
    char buf[64], moved[72];
    for (int i = 0; i < 40; i++)
        buf[i] = (char)('a' + i % 26);
    uint64_t h = ll_hash64_words(7, buf, 40);
    memcpy(moved + 3, buf, 40);
    assert_true(ll_hash64_words(7, moved + 3, 40) == h);
    for (int i = 0; i < 40; i++) {
        buf[i] ^= 1;
        assert_true(ll_hash64_words(7, buf, 40) != h);
        buf[i] ^= 1;
    }
    for (size_t n = 0; n < 40; n++)
        assert_true(ll_hash64_words(7, buf, n) != h);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(hash64_words_is_pinned_and_tells_every_byte),
        cmocka_unit_test(utf8_accepts_dutch_and_emoji),
        cmocka_unit_test(utf8_rejects_bad_sequences),
        cmocka_unit_test(time_parses_rfc3339),
        cmocka_unit_test(time_days_as_timegm),
        cmocka_unit_test(time_rejects_bad),
        cmocka_unit_test(time_formats),
        cmocka_unit_test(lines_skip_blanks_and_comments_and_cut_as_asked),
        cmocka_unit_test(lines_refuse_a_long_line_and_a_large_file),
        cmocka_unit_test(blank_and_bidi),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
