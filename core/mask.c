/* mask.c - masks direct identifiers in free text: BSN, IBAN, phone numbers, e-mail, dates of
 * birth, licence plates, identity-document numbers. */
#include "mask.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <utf8proc.h>

#include "event.h"
#include "ident.h"

size_t ll_mask_bound(size_t len) { return 2 * len + 16; }

/* Characters are judged as Unicode code points, never as bytes: Word and
 * Outlook put „ ” quotes, NBSP, "…" and accented letters right next to the
 * numbers people type, and a byte >= 0x80 taken for a letter hid them all
 * (issue 14). Invalid UTF-8 bytes count as one code point -1 each, which is
 * neither a letter nor a digit, so they end a word rather than join it. */

/* The code point at s[i] into *cp; returns its length in bytes (>= 1). */
static int cp_at(const char *s, size_t len, size_t i, int32_t *cp) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), cp);
    if (n < 1) {
        *cp = -1;
        return 1;
    }
    return (int)n;
}

/* The code point that ends right before s[i]; -1 at the start of the text. */
static int32_t cp_before(const char *s, size_t len, size_t i) {
    if (i == 0)
        return -1;
    unsigned char c = (unsigned char)s[i - 1];
    if (c < 0x80)
        return c;
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    int32_t cp;
    return (size_t)cp_at(s, len, j, &cp) == i - j ? cp : -1;
}

/* The bytes code point cp takes in UTF-8 (an invalid byte, -1, one). */
static size_t cp_len(int32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/* A superscript, subscript or circled digit (category No) that stands for one
 * digit: 0-9 by its compatibility decomposition (U+00B9 is <super> '1'), else -1.
 * "BSN ¹²³⁴⁵⁶⁷⁸²" reached feedback.raw in clear (user check of 12-01, session 11)
 * while such a digit counted as a letter. */
static int compat_digit(int32_t cp) {
    utf8proc_int32_t d[4];
    utf8proc_ssize_t n =
        utf8proc_decompose_char(cp, d, 4, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, NULL);
    return n == 1 && d[0] >= '0' && d[0] <= '9' ? (int)(d[0] - '0') : -1;
}

/* 0-9 for any decimal digit (ASCII, full-width, Arabic-Indic, ...) and for a
 * digit written small or circled, else -1. Unicode encodes every decimal digit
 * in a contiguous run of ten from zero to nine (a stability policy), so a
 * digit's value is its distance from the start of its run; the longest run
 * (mathematical digits) is fifty. */
static int digit_value(int32_t cp) {
    if (cp >= '0' && cp <= '9')
        return cp - '0';
    if (cp < 0x80)
        return -1;
    utf8proc_category_t c = utf8proc_category(cp);
    if (c == UTF8PROC_CATEGORY_NO)
        return compat_digit(cp);
    if (c != UTF8PROC_CATEGORY_ND)
        return -1;
    int k = 0;
    while (k < 60 && utf8proc_category(cp - k - 1) == UTF8PROC_CATEGORY_ND)
        k++;
    return k % 10;
}

/* Whether cp is a digit written small or circled (digit_value of a No). A
 * number is written in one form: "123456782¹" is a BSN and its footnote, not a
 * ten-digit number. */
static int small_digit(int32_t cp) {
    return cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_NO;
}

/* An ASCII letter or digit, as isalnum in the C locale the processor runs in, without its
 * call: a byte >= 0x80 is neither. */
static inline int ascii_alnum(char b) {
    unsigned char c = (unsigned char)b;
    return (unsigned)(c - '0') < 10 || (unsigned)((c | 0x20) - 'a') < 26;
}

/* A letter or a combining mark (part of a word), not a digit: inline for ASCII, this
 * beyond it. */
static int is_letter_beyond_ascii(int32_t cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) || c == UTF8PROC_CATEGORY_NL ||
           (c == UTF8PROC_CATEGORY_NO && compat_digit(cp) < 0);
}

/* The matchers ask these of nearly every character they read: inline for ASCII, they cost
 * bench_enrich ~640 instructions an event less than as calls (callgrind, 12-02). An invalid
 * byte (-1) is neither. */
static inline int is_letter(int32_t cp) {
    if (cp < 0x80)
        return cp >= 0 && (unsigned)((cp | 0x20) - 'a') < 26;
    return is_letter_beyond_ascii(cp);
}

static int is_word_beyond_ascii(int32_t cp) {
    return is_letter_beyond_ascii(cp) || digit_value(cp) >= 0;
}

static inline int is_word(int32_t cp) {
    if (cp < 0x80)
        return cp >= 0 && ((unsigned)(cp - '0') < 10 || (unsigned)((cp | 0x20) - 'a') < 26);
    return is_word_beyond_ascii(cp);
}

/* Between the groups of a number, decided here for every matcher and by class, not one
 * character at a time ("123_456_782" reached Kafka in clear, user check of 12-01
 * evening, where "123-456-782" did not): any Unicode space (NBSP, thin space), dash (en
 * dash, non-breaking hyphen), connector ('_', '‿') or format character (zero-width space,
 * soft hyphen); and where a matcher lists '.' or '/' in seps, every dot ('·', '•', '‧') or
 * slash ('\\', '⁄', '∕') that stands for one. The other ASCII marks only as seps lists
 * them: a comma or a colon also writes decimals, lists and times. */
static int is_sep(int32_t cp, const char *seps) {
    /* Full-width forms of ASCII (U+FF01..U+FF5E) go with full-width digits:
     * "８９６．９３．５０４". */
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    if (cp == '\\' || cp == 0x2044 || cp == 0x2215)
        cp = '/';
    else if (cp == 0xB7 || cp == 0x2022 || cp == 0x2024 || cp == 0x2027 || cp == 0x2219)
        cp = '.';
    if (cp < 0x80)
        return cp > 0 && (cp == '_' || strchr(seps, (int)cp) != NULL);
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_PD || c == UTF8PROC_CATEGORY_PC ||
           c == UTF8PROC_CATEGORY_CF;
}

/* A number in digits of form small (small_digit) may start after the text
 * s[0..len) when no digit of its form ends it. A letter may (bsn123456782,
 * tel0612345678) if its word has no digit in it: inside a code like
 * NL92ABNA0417164300 (an IBAN with wrong check digits) the digit run is not a
 * number of its own. */
#define MAX_WORD_LOOKBACK 64
static int number_may_start(const char *s, size_t len, int small) {
    size_t i = len;
    int32_t cp = cp_before(s, len, i);
    if (digit_value(cp) >= 0)
        return small_digit(cp) != small;
    if (!is_letter(cp))
        return 1;
    size_t j = i;
    while (j > 0 && i - j < MAX_WORD_LOOKBACK) {
        cp = cp_before(s, len, j);
        if (digit_value(cp) >= 0)
            return 0;
        if (!is_letter(cp))
            return 1;
        do
            j--;
        while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
    }
    return 1;
}

/* A number may end at end when no digit of its own form follows it. */
static int number_may_end(const char *s, size_t len, size_t end) {
    int32_t cp;
    if (end >= len || (cp_at(s, len, end, &cp), digit_value(cp) < 0))
        return 1;
    return small_digit(cp) != small_digit(cp_before(s, len, end));
}

static int is_local(int32_t cp) {
    if (cp >= 0x80)
        return is_word(cp);
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '.' || cp == '_' || cp == '%' || cp == '+' || cp == '-';
}

static int is_domain(int32_t cp) {
    if (cp < 0x80)
        return cp > 0 && (isalnum(cp) || cp == '-' || cp == '.');
    return is_word(cp);
}

/* An address starting at i; returns its length or 0. Local part and domain
 * may hold any letters (jörg@müller.de). When the last label is too short to
 * be a top-level domain (a@b.nl.x), the address ends at the label before. */
static size_t match_email(const char *s, size_t len, size_t i) {
    size_t j = i;
    int32_t cp;
    while (j < len) {
        int n = cp_at(s, len, j, &cp);
        if (!is_local(cp))
            break;
        j += (size_t)n;
    }
    if (j == i || j >= len || s[j] != '@')
        return 0;
    size_t d = j + 1, k = d;
    while (k < len) {
        int n = cp_at(s, len, k, &cp);
        if (!is_domain(cp))
            break;
        k += (size_t)n;
    }
    for (;;) {
        /* A sentence may end right after the address; a label never ends in '-'. */
        while (k > d && (s[k - 1] == '.' || s[k - 1] == '-'))
            k--;
        /* Back to the last dot, one label per round: linear in the domain. */
        size_t x = k;
        while (x > d && s[x - 1] != '.')
            x--;
        if (x <= d + 1)
            return 0;
        if (k - x >= 2)
            return k - i;
        k = x - 1;
    }
}

/* A digit of an IBAN: none is written small, and one after it ("NL91...4300²")
 * is a footnote. */
static int iban_digit(int32_t cp) { return small_digit(cp) ? -1 : digit_value(cp); }

static int iban_len_for(const char cc[2]) {
    static const struct {
        char cc[3];
        int len;
    } t[] = {{"NL", 18}, {"BE", 16}, {"DE", 22}, {"FR", 27}, {"GB", 22}, {"ES", 24},
             {"IT", 27}, {"LU", 20}, {"AT", 20}, {"CH", 21}, {"PL", 28}, {"PT", 25},
             {"IE", 22}, {"DK", 18}, {"SE", 24}, {"NO", 15}, {"FI", 18}};
    for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
        if (t[i].cc[0] == cc[0] && t[i].cc[1] == cc[1])
            return t[i].len;
    return 0;
}

static int iban_mod97(const char *a, int n) {
    int r = 0;
    for (int k = 0; k < n; k++) {
        int i = (k + 4) % n; /* move the first four characters to the end */
        unsigned char c = (unsigned char)a[i];
        if (isdigit(c))
            r = (r * 10 + (c - '0')) % 97;
        else
            r = (r * 100 + (c - 'A' + 10)) % 97;
    }
    return r == 1;
}

/* An IBAN starting at i, in groups or not (spaces, NBSP, dashes between
 * them; digits of any script); returns its length or 0. glued: a letter comes
 * right before i, so only a known country's exact length counts. */
static size_t match_iban(const char *s, size_t len, size_t i, int glued) {
    /* Most words are not IBANs: the third character must be a digit (ASCII,
     * or one that needs more than a byte), checked before anything is read. */
    if (i + 4 > len || !isalpha((unsigned char)s[i]) || !isalpha((unsigned char)s[i + 1]) ||
        !(isdigit((unsigned char)s[i + 2]) || (unsigned char)s[i + 2] >= 0xC0))
        return 0;
    char cc[2] = {(char)toupper((unsigned char)s[i]), (char)toupper((unsigned char)s[i + 1])};
    int want = iban_len_for(cc);
    if (glued && !want)
        return 0;
    char a[40];
    size_t ends[40];
    int n = 0;
    size_t k = i;
    int32_t cp;
    while (k < len && n < 34) {
        int w = cp_at(s, len, k, &cp);
        int v = iban_digit(cp);
        if (v >= 0 || (cp < 0x80 && cp > 0 && isalpha(cp) && n != 2 && n != 3)) {
            a[n] = v >= 0 ? (char)('0' + v) : (char)toupper(cp);
            ends[n] = k + (size_t)w;
            n++;
            k += (size_t)w;
            continue;
        }
        if (n < 4 || !is_sep(cp, " -"))
            break;
        /* One separator between groups, and only before more of the number. */
        int32_t nx;
        size_t r = k + (size_t)w;
        if (r >= len)
            break;
        cp_at(s, len, r, &nx);
        if (digit_value(nx) < 0 && !(nx < 0x80 && nx > 0 && isalpha(nx)))
            break;
        k = r;
    }
    if (n < 4 || !isdigit((unsigned char)a[2]) || !isdigit((unsigned char)a[3]))
        return 0;
    for (int m = n; m >= 15; m--) {
        if (want && m != want)
            continue;
        /* The IBAN must end where its last character's kind (letter or
         * digit) ends: NL91ABNA0417164300aub is one, ...43001 is not. */
        if (ends[m - 1] < len) {
            cp_at(s, len, ends[m - 1], &cp);
            int last_digit = isdigit((unsigned char)a[m - 1]);
            if (last_digit ? iban_digit(cp) >= 0 : is_letter(cp))
                continue;
            /* Nor a run of letters where a placeholder follows: the identifier that
             * stood there went on with letters, so masking the masked text again would
             * find an IBAN the first pass did not ("...s01u9 he[IBAN]": fuzz_phone_line,
             * 12-01). An IBAN that ends in digits, as every Dutch one does, is masked
             * before any placeholder. */
            if (!last_digit && ll_mask_placeholder_at(s + ends[m - 1], len - ends[m - 1]))
                continue;
        }
        if (iban_mod97(a, m))
            return ends[m - 1] - i;
    }
    return 0;
}

/* Digits (any script) in groups split by short runs of separators, starting
 * at i. Fills d with ASCII digits (up to max), and for each group its digit
 * count so far and end offset; returns the number of groups, 0 when none.
 * Enough groups for a number typed one digit at a time: a BSN "6 9 1 6 8 2 4
 * 8 3" (nine groups; with at most eight it reached Kafka in clear, user check
 * of 12-01) and a phone number "0 0 3 1 6 ..." (thirteen). */
#define MAX_GROUPS 13
static int digit_groups(const char *s, size_t len, size_t i, const char *seps, char *d, int max,
                        int gdigits[MAX_GROUPS], size_t gend[MAX_GROUPS]) {
    size_t k = i;
    int nd = 0, ng = 0, form = 0;
    int32_t cp;
    while (k < len && ng < MAX_GROUPS) {
        int w = cp_at(s, len, k, &cp);
        int v = digit_value(cp);
        if (v < 0 || (ng > 0 && small_digit(cp) != form))
            break;
        if (ng == 0)
            form = small_digit(cp);
        while (v >= 0 && small_digit(cp) == form) {
            if (nd >= max)
                return ng;
            d[nd++] = (char)('0' + v);
            k += (size_t)w;
            if (k >= len)
                break;
            w = cp_at(s, len, k, &cp);
            v = digit_value(cp);
        }
        gdigits[ng] = nd;
        gend[ng] = k;
        ng++;
        /* "010 - 123 4567", "(020) 123": up to three separators between groups. */
        size_t r = k;
        int nsep = 0;
        while (r < len && nsep < 3) {
            w = cp_at(s, len, r, &cp);
            if (!is_sep(cp, seps))
                break;
            r += (size_t)w;
            nsep++;
        }
        if (nsep == 0 || r >= len)
            break;
        cp_at(s, len, r, &cp);
        if (digit_value(cp) < 0)
            break;
        k = r;
    }
    return ng;
}

static size_t match_phone(const char *s, size_t len, size_t i) {
    char d[24], cand[40];
    int gd[MAX_GROUPS];
    size_t ge[MAX_GROUPS];
    size_t start = i;
    int plus = 0;
    if (s[i] == '+' || s[i] == '(') {
        plus = s[i] == '+';
        start = i + 1;
    }
    int32_t cp;
    if (start >= len)
        return 0;
    cp_at(s, len, start, &cp);
    int v = digit_value(cp);
    if (v < 0 || (!plus && v != 0))
        return 0;
    int ng = digit_groups(s, len, start, " -.()/", d, 20, gd, ge);
    /* The longest run of groups that is a valid number, so a count or a
     * year right after the number does not hide it. */
    for (int g = ng - 1; g >= 0; g--) {
        if (gd[g] < 9 || gd[g] > 13)
            continue;
        if (g == ng - 1 && !number_may_end(s, len, ge[g]))
            continue;
        size_t n = 0;
        if (plus)
            cand[n++] = '+';
        memcpy(cand + n, d, (size_t)gd[g]);
        cand[n + (size_t)gd[g]] = '\0';
        char norm[32];
        if (ll_phone_normalise(cand, norm, sizeof(norm)) != 0)
            continue;
        /* An opening parenthesis is the number's only when it closes inside it,
         * "(020) 123 4567"; "(06 11122233)" keeps both: the caller masks from the
         * digit. */
        if (s[i] == '(' && !memchr(s + start, ')', ge[g] - start))
            return 0;
        return ge[g] - i;
    }
    return 0;
}

/* A currency sign (with at most one space) at the end of s[0..len): an amount
 * follows, not a BSN. */
static int after_currency(const char *s, size_t len) {
    size_t i = len;
    int32_t cp = cp_before(s, len, i);
    if (cp == ' ' || (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS)) {
        size_t w = cp_len(cp);
        cp = i >= w ? cp_before(s, len, i - w) : -1;
    }
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_SC;
}

/* Eight digits that read as a date (yyyymmdd or ddmmyyyy, 1900-2099). */
static int looks_like_date(const char d[8]) {
    int a = (d[0] - '0') * 10 + (d[1] - '0'), b = (d[2] - '0') * 10 + (d[3] - '0');
    int c = (d[4] - '0') * 10 + (d[5] - '0'), e = (d[6] - '0') * 10 + (d[7] - '0');
    if ((a == 19 || a == 20) && c >= 1 && c <= 12 && e >= 1 && e <= 31)
        return 1;
    return a >= 1 && a <= 31 && b >= 1 && b <= 12 && (c == 19 || c == 20);
}

/* A word that names a BSN ("bsn", "BSN-nummer", "sofinummer",
 * "burgerservicenummer") among the last few words of s[0..len), with no digit
 * after it: the groups that follow are the number it names. */
#define MAX_CUE_LOOKBACK 32
static int after_bsn_cue(const char *s, size_t len) {
    static const char *const cues[] = {"bsn", "sofi", "burgerservicenummer"};
    size_t from = len > MAX_CUE_LOOKBACK ? len - MAX_CUE_LOOKBACK : 0;
    for (size_t j = len; j > from; j--) {
        unsigned char ch = (unsigned char)s[j - 1];
        if (isdigit(ch))
            return 0;
        for (size_t c = 0; c < sizeof(cues) / sizeof(cues[0]); c++) {
            size_t n = strlen(cues[c]);
            if (j - 1 + n <= len && strncasecmp(s + j - 1, cues[c], n) == 0 &&
                (j == 1 || !isalpha((unsigned char)s[j - 2])))
                return 1;
        }
    }
    return 0;
}

/* The number of leading groups of the 8-digit form that read as a BSN with its leading
 * zero dropped ("896.93.504", "8969 3504": user check of 12-01, session 11,
 * both in clear on feedback.raw), 0 when they do not. 3-2-3 is the 4-2-3 of a
 * BSN written as "0896.93.504" and is neither a date nor an amount; 4-4 and
 * 2-3-3 are also how a KvK number and an amount are written, so they count
 * only after a word that names a BSN in done[0..ndone), the text masked so far. */
static int bsn8_groups(const int *gd, int ng, const char *done, size_t ndone) {
    static const int shapes[][4] = {{3, 5, 8, 0}, {4, 8, 0, 0}, {2, 5, 8, 0}};
    for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
        int g = 0;
        while (g < ng && shapes[k][g] && gd[g] == shapes[k][g])
            g++;
        if (!shapes[k][g])
            return k == 0 || after_bsn_cue(done, ndone) ? g : 0;
    }
    return 0;
}

/* A BSN starting at s[i]; done[0..ndone) is the text before it as masked so far:
 * after a currency sign comes an amount, not a BSN. */
static size_t match_bsn(const char *s, size_t len, size_t i, const char *done, size_t ndone) {
    char d[16];
    int gd[MAX_GROUPS];
    size_t ge[MAX_GROUPS];
    int ng = digit_groups(s, len, i, " .-/", d, 12, gd, ge);
    if (ng == 0 || after_currency(done, ndone))
        return 0;
    for (int g = ng - 1; g >= 0; g--) {
        if (gd[g] != 9 || (g == ng - 1 && !number_may_end(s, len, ge[g])))
            continue;
        if (ll_bsn_check(d))
            return ge[g] - i;
    }
    /* The 8-digit form: a BSN whose leading zero was dropped, as
     * ll_bsn_normalise reads it, with the 11-proef on the nine digits. As one
     * unbroken run that is no date (eight digits are also how dates are
     * written), or in the groups bsn8_groups allows; more groups may follow,
     * as after a nine-digit BSN ("896.93.504 7 9"). */
    char nine[9] = {'0'};
    memcpy(nine + 1, d, 8);
    if (gd[0] == 8 && (ng > 1 || number_may_end(s, len, ge[0])) && !looks_like_date(d)) {
        if (ll_bsn_check(nine))
            return ge[0] - i;
    }
    if (ng > 1 && ll_bsn_check(nine)) {
        int g = bsn8_groups(gd, ng, done, ndone);
        if (g > 0 && (g < ng || number_may_end(s, len, ge[g - 1])))
            return ge[g - 1] - i;
    }
    return 0;
}

/* ---- dates of birth and licence plates ----
 * Neither has a checksum, and both shapes are common in other roles (a date of an
 * appointment, a product code), so each is masked only where its shape is the official one
 * (a plate's side code with its dashes) or where a word right before it says what it is
 * ("geboren op", "kenteken"). The words are read from the text masked so far, as the BSN's
 * cue is: a second pass sees the same words and decides the same. */

/* A cue, read backwards over at most this many bytes and words. */
#define MAX_ID_CUE_LOOKBACK 64
#define MAX_ID_CUE_WORDS 5

/* The word that ends at s[end] read backwards: letters (any script), dots (abbreviations:
 * "geb.", "d.o.b.") and an apostrophe inside ("'s-Gravenhage"); its start into *start.
 * A placeholder ("[NAAM]") is one word with its brackets. */
static size_t word_before(const char *s, size_t end, size_t from, size_t *start) {
    size_t j = end;
    if (j > from && s[j - 1] == ']') {
        size_t k = j - 1;
        while (k > from && k + 20 > j && s[k - 1] != '[')
            k--;
        if (k > from && ll_mask_placeholder_at(s + k - 1, end - k + 1) == end - k + 1) {
            *start = k - 1;
            return end - k + 1;
        }
    }
    while (j > from) {
        int32_t cp = cp_before(s, end, j);
        if (!is_letter(cp) && cp != '.')
            break;
        j -= cp_len(cp);
    }
    *start = j;
    return end - j;
}

/* Whether w[0..n) is one of list (ASCII case folded; other bytes as they are). */
static int word_in(const char *w, size_t n, const char *const *list, size_t nlist) {
    for (size_t k = 0; k < nlist; k++)
        if (strlen(list[k]) == n && strncasecmp(w, list[k], n) == 0)
            return 1;
    return 0;
}
#define WORD_IN(w, n, list) word_in(w, n, list, sizeof(list) / sizeof(list[0]))

/* Between a cue and what it names: spaces, a colon, brackets, quotes and dashes
 * ("Geboortedatum (moeder): „12-03-1938”"), and bytes that are no UTF-8. Not a comma, a
 * stop or any digit: the sentence has moved on. A line break only right after the cue
 * ("Geboortedatum:\n..."). */
static int cue_gap(int32_t cp) {
    if (cp < 0 || cp == ' ' || cp == '\t' || cp == ':' || cp == '(' || cp == ')' || cp == '"' ||
        cp == '\'' || cp == '-' || cp == '/' || cp == '=')
        return 1;
    if (cp < 0x80)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_PI || c == UTF8PROC_CATEGORY_PF ||
           c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PD;
}

/* Which cue for a date of birth ends the text masked so far (done[0..n)): a rule of
 * LL_MASK_DOB_*, or -1. Between the cue and the date only small words, persons and
 * capitalised words (a place, a name): "geboren te Paramaribo op", "geboortedatum van
 * mijn moeder:". After a date of birth already masked, a list goes on ("[GEBOORTEDATUM]
 * en 3-4-2012"), but only with nothing else between: in "geboren op 1 mei en op 12 mei
 * worden we uitgezet" the second date is the eviction's. */
static int dob_cue(const char *done, size_t n) {
    static const char *const born[] = {"geboren", "geb.", "geb", "born"};
    static const char *const field[] = {
        "geboortedatum", "geboortedata", "geb.datum", "geb.dat.",   "gebdatum", "gebdat",
        "gebdat.",       "gd",           "gd.",       "g.d.",       "dob",      "d.o.b.",
        "d.o.b",         "birth",        "birthdate", "geboortedag"};
    static const char *const fill[] = {
        "op",         "is",    "was",      "de",      "den",       "d.d.",       "dd",
        "dd.",        "te",    "in",       "on",      "date",      "van",        "mijn",
        "zijn",       "haar",  "hun",      "onze",    "uw",        "het",        "s",
        "of",         "my",    "his",      "her",     "moeder",    "vader",      "zoon",
        "dochter",    "kind",  "kinderen", "man",     "vrouw",     "partner",    "client",
        "cliënt",     "klant", "melder",   "bewoner", "aanvrager", "betrokkene", "echtgenoot",
        "echtgenote", "oma",   "opa",      "baby",    "broer",     "zus",        "meneer",
        "mevrouw",    "dhr.",  "mw.",      "mevr."};
    static const char *const joiner[] = {"en", "of", "and", "&"};
    size_t from = n > MAX_ID_CUE_LOOKBACK ? n - MAX_ID_CUE_LOOKBACK : 0, j = n;
    int words = 0, first = 1;
    while (j > from) {
        int32_t cp = cp_before(done, n, j);
        size_t w = cp_len(cp);
        if (cue_gap(cp) || (cp == '\n' && words == 0) || cp == '\r') {
            j -= w;
            continue;
        }
        /* A list: a comma or a joiner right before the date, then a masked one. */
        size_t at, k = word_before(done, j, from, &at);
        if (first && (cp == ',' || cp == '&' || (k && WORD_IN(done + at, k, joiner)))) {
            size_t b = cp == ',' || cp == '&' ? j - 1 : at;
            while (b > from && cue_gap(cp_before(done, n, b)))
                b--;
            size_t pl = sizeof(LL_MASK_DOB) - 1;
            return b >= from + pl && memcmp(done + b - pl, LL_MASK_DOB, pl) == 0 ? LL_MASK_DOB_LIST
                                                                                 : -1;
        }
        first = 0;
        if (k == 0 || ++words > MAX_ID_CUE_WORDS)
            return -1;
        const char *wd = done + at;
        if (wd[0] != '[' && WORD_IN(wd, k, born))
            return LL_MASK_DOB_BORN;
        if (wd[0] != '[' && WORD_IN(wd, k, field))
            return LL_MASK_DOB_FIELD;
        int32_t c0;
        cp_at(wd, k, 0, &c0);
        int cap = (c0 < 0x80 && isupper(c0)) ||
                  (c0 >= 0x80 && utf8proc_category(c0) == UTF8PROC_CATEGORY_LU);
        int name = k == sizeof(LL_MASK_NAME) - 1 && memcmp(wd, LL_MASK_NAME, k) == 0;
        /* A word ending in a stop that is no abbreviation ends a sentence. */
        if (wd[0] == '['
                ? !name
                : (wd[k - 1] == '.' && !WORD_IN(wd, k, fill)) || !(cap || WORD_IN(wd, k, fill)))
            return -1;
        j = at;
    }
    return -1;
}

/* Month names and their abbreviations, Dutch and English: the month's number. */
static int month_word(const char *w, size_t n) {
    static const struct {
        const char *name;
        int month;
    } m[] = {{"januari", 1},  {"jan", 1},       {"january", 1},  {"februari", 2},  {"feb", 2},
             {"febr", 2},     {"february", 2},  {"maart", 3},    {"mrt", 3},       {"mar", 3},
             {"march", 3},    {"april", 4},     {"apr", 4},      {"mei", 5},       {"may", 5},
             {"juni", 6},     {"jun", 6},       {"june", 6},     {"juli", 7},      {"jul", 7},
             {"july", 7},     {"augustus", 8},  {"aug", 8},      {"august", 8},    {"september", 9},
             {"sep", 9},      {"sept", 9},      {"oktober", 10}, {"okt", 10},      {"oct", 10},
             {"october", 10}, {"november", 11}, {"nov", 11},     {"december", 12}, {"dec", 12}};
    /* Most words tried are no month ("12 uur", "3 kinderen"): by length and first letter. */
    int c0 = n ? tolower((unsigned char)w[0]) : 0;
    if (n < 3 || n > 9 || !c0 || !strchr("jfmasond", c0))
        return 0;
    for (size_t k = 0; k < sizeof(m) / sizeof(m[0]); k++)
        if (m[k].name[0] == c0 && strlen(m[k].name) == n && strncasecmp(w, m[k].name, n) == 0)
            return m[k].month;
    return 0;
}

/* A run of digits of one form (not written small) at s[k]: its value into *v (capped), its
 * end into *end; returns the number of digits. */
static int digit_run(const char *s, size_t len, size_t k, int *v, size_t *end) {
    int nd = 0, val = 0;
    int32_t cp;
    while (k < len) {
        int w = cp_at(s, len, k, &cp);
        int d = digit_value(cp);
        if (d < 0 || small_digit(cp))
            break;
        if (val < 100000)
            val = val * 10 + d;
        nd++;
        k += (size_t)w;
    }
    *v = val;
    *end = k;
    return nd;
}

/* '_', '‿' and the other connectors (Unicode Pc). */
static int is_connector(int32_t cp) {
    return cp == '_' || (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_PC);
}

/* One separator of a numeric date at s[k]: '-', '/', '.', a dash or a connector ('_', as
 * is_sep lets it stand between a number's groups: "geboren 12_03_1948" stayed in clear,
 * user check 4 of 12-01); its code point into *sep (dashes and connectors as '-'), its
 * length returned, 0 when none. */
static int date_sep(const char *s, size_t len, size_t k, int32_t *sep) {
    int32_t cp;
    if (k >= len)
        return 0;
    int w = cp_at(s, len, k, &cp);
    if (cp == '/' || cp == '.' || cp == '-') {
        *sep = cp;
        return w;
    }
    if (is_connector(cp) || (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_PD)) {
        *sep = '-';
        return w;
    }
    return 0;
}

/* Spaces (any Unicode space) at s[k]: their end. */
static size_t skip_spaces(const char *s, size_t len, size_t k) {
    int32_t cp;
    while (k < len) {
        int w = cp_at(s, len, k, &cp);
        if (cp != ' ' && !(cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS))
            break;
        k += (size_t)w;
    }
    return k;
}

/* Whether an identifier may end at s[end]: no letter or digit follows, nor a dash, stop or
 * slash that goes on with a digit or something that is masked ("12-03-1948-5" is a longer
 * number, "XR-12-KL-34" a longer code). A placeholder ('[') stands where a masked one
 * started, so a second pass decides as the first. */
static int id_may_end(const char *s, size_t len, size_t end) {
    int32_t cp, nx;
    if (end >= len)
        return 1;
    int w = cp_at(s, len, end, &cp);
    if (is_word(cp) || ll_mask_placeholder_at(s + end, len - end))
        return 0;
    /* "93NP97_nummer", "12_03_1948_scan.pdf": a connector joins a name to it, not more
     * digits (date_sep reads it between a date's groups only) */
    if (is_connector(cp))
        return 1;
    int32_t sep;
    size_t r = end + (size_t)w;
    if (!date_sep(s, len, end, &sep) || r >= len)
        return 1;
    cp_at(s, len, r, &nx);
    return !(is_word(nx) || nx == '+' || nx == '(' || ll_mask_placeholder_at(s + r, len - r));
}

static int valid_year(int nd, int y) { return nd == 2 || (nd == 4 && y >= 1900 && y <= 2099); }

/* What follows a day's number: "12e maart", "1st March". */
static const char *const date_ordinals[] = {"e", "ste", "de", "st", "nd", "rd", "th"};

/* A date at s[i] (a digit), in the forms people write a birth date: 12-03-1948, 12/3/48,
 * 12.03.1948, 1948-03-12, 12031948, 120348, 12 maart 1948, 12 mrt. '48, 12-mrt-1948, 12e
 * maart, 12 maart (no year). Returns its length, 0 when it is none. */
static size_t match_date(const char *s, size_t len, size_t i) {
    int a, b, c;
    size_t e1, e2, e3;
    int n1 = digit_run(s, len, i, &a, &e1);
    int32_t s1, s2;
    int w1, w2;
    if (n1 == 8 || n1 == 6) {
        /* ddmmyyyy, yyyymmdd, ddmmyy */
        char d[8];
        size_t k = i;
        for (int x = 0; x < n1; x++) {
            int32_t cp;
            k += (size_t)cp_at(s, len, k, &cp);
            d[x] = (char)('0' + digit_value(cp));
        }
        int dd = (d[0] - '0') * 10 + (d[1] - '0'), mm = (d[2] - '0') * 10 + (d[3] - '0');
        int ok = n1 == 8 ? looks_like_date(d) : dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
        return ok && id_may_end(s, len, e1) ? e1 - i : 0;
    }
    if (n1 == 4 && (w1 = date_sep(s, len, e1, &s1))) {
        /* yyyy-mm-dd */
        int n2 = digit_run(s, len, e1 + (size_t)w1, &b, &e2);
        if (!valid_year(4, a) || n2 < 1 || n2 > 2 || b < 1 || b > 12)
            return 0;
        if (!(w2 = date_sep(s, len, e2, &s2)) || s2 != s1)
            return 0;
        int n3 = digit_run(s, len, e2 + (size_t)w2, &c, &e3);
        return n3 >= 1 && n3 <= 2 && c >= 1 && c <= 31 && id_may_end(s, len, e3) ? e3 - i : 0;
    }
    if (n1 < 1 || n1 > 2 || a < 1 || a > 31)
        return 0;
    size_t k = e1;
    /* 12-03-1948, 12/3/48, 12.03 */
    if ((w1 = date_sep(s, len, k, &s1)) && digit_run(s, len, k + (size_t)w1, &b, &e2) > 0) {
        int n2 = digit_run(s, len, k + (size_t)w1, &b, &e2);
        if (n2 > 2 || b < 1 || b > 12)
            return 0;
        if ((w2 = date_sep(s, len, e2, &s2)) && s2 == s1) {
            int n3 = digit_run(s, len, e2 + (size_t)w2, &c, &e3);
            if (n3 > 0)
                return valid_year(n3, c) && id_may_end(s, len, e3) ? e3 - i : 0;
            /* A number masked where the year stands was read there as no year (no date),
             * so a second pass reads no date either: "2_4_[BSN]" was "2_4_88254203"
             * (fuzz_mask, 12-02: the connector after the month let it end there). */
            if (ll_mask_placeholder_at(s + e2 + (size_t)w2, len - e2 - (size_t)w2))
                return 0;
        }
        return id_may_end(s, len, e2) ? e2 - i : 0;
    }
    /* 12 maart 1948: an ordinal's letters, then spaces, a dash or a slash, the month */
    size_t o = k;
    while (o < len && o - k < 3 && isalpha((unsigned char)s[o]))
        o++;
    if (o > k && !WORD_IN(s + k, o - k, date_ordinals))
        return 0;
    k = o;
    size_t m = skip_spaces(s, len, k);
    if (m == k && (w1 = date_sep(s, len, k, &s1)) && s1 != '.')
        m = k + (size_t)w1;
    if (m == k)
        return 0;
    size_t me = m;
    while (me < len && isalpha((unsigned char)s[me]))
        me++;
    int32_t after;
    if (me == m || !month_word(s + m, me - m) ||
        (me < len && (cp_at(s, len, me, &after), is_letter(after))))
        return 0;
    /* The year: after an abbreviation's stop, a comma, a dash or a slash and spaces; "'48"
     * and "’48" too. Without one the date ends with its month, before any stop. */
    size_t y = me;
    if (y < len && s[y] == '.')
        y++;
    if (y < len && (s[y] == ',' || s[y] == '-' || s[y] == '/'))
        y++;
    y = skip_spaces(s, len, y);
    if (y < len && s[y] == '\'')
        y++;
    else if (len - y >= 3 && memcmp(s + y, "\xE2\x80\x99", 3) == 0)
        y += 3;
    int n3 = y > me ? digit_run(s, len, y, &c, &e3) : 0;
    if (n3 > 0)
        return valid_year(n3, c) && id_may_end(s, len, e3) ? e3 - i : 0;
    /* Where a number was masked, a year may have been read: no date then, as before. */
    if (y > me && ll_mask_placeholder_at(s + y, len - y))
        return 0;
    return id_may_end(s, len, me) ? me - i : 0;
}

/* English and American order, "March 12, 1948": the month is already in out[0..o) when the
 * day is met. The length of "March " to take back from out, or 0. */
static size_t month_before(const char *out, size_t o) {
    size_t j = o;
    while (j > 0 && (out[j - 1] == ' ' || out[j - 1] == '.'))
        j--;
    if (j == o || o - j > 2)
        return 0;
    size_t at, k = word_before(out, j, j > 12 ? j - 12 : 0, &at);
    if (k == 0 || (at > 0 && is_letter(cp_before(out, o, at))) || !month_word(out + at, k))
        return 0;
    return o - at;
}

/* Whether the number at s[i] may open a date, by its ASCII digits alone: 1, 2 or 4 of them
 * before a separator, a space, a comma or an ordinal, or 6 or 8 in a run. Asked at every number the
 * processor masks, before anything is decoded; digits of other scripts go on to be read. */
static int date_shape(const char *s, size_t len, size_t i) {
    size_t k = i;
    while (k < len && k - i < 9 && (unsigned)((unsigned char)s[k] - '0') < 10)
        k++;
    size_t n = k - i;
    unsigned char nx = k < len ? (unsigned char)s[k] : 0;
    if (n == 0 || nx >= 0x80)
        return 1;
    if (n == 6 || n == 8)
        return 1;
    if ((n <= 2 || n == 4) &&
        (nx == '-' || nx == '/' || nx == '.' || nx == ' ' || nx == ',' || nx == '_'))
        return 1;
    /* After a day an ordinal may follow, as a word of its own: 1e, 2de, 1ste, 3rd, 12th (not
     * the hex of a client's key, "3d9e"). */
    size_t e = k;
    while (e < len && e - k < 4 && isalpha((unsigned char)s[e]))
        e++;
    return n <= 2 && e > k && (e >= len || !isalnum((unsigned char)s[e])) &&
           WORD_IN(s + k, e - k, date_ordinals);
}

/* A date of birth at s[i] (a digit); done[0..ndone) is the text masked so far. Its length
 * into *n, and how many bytes of done it takes back (a month written before the day);
 * the rule that found it (LL_MASK_DOB_*), or -1. */
static int match_dob(const char *s, size_t len, size_t i, const char *done, size_t ndone, size_t *n,
                     size_t *back) {
    *back = 0;
    size_t m = match_date(s, len, i);
    if (m) {
        *n = m;
        return dob_cue(done, ndone);
    }
    /* "March 12, 1948", "maart 12 1948": the day, then the year, then the month before. */
    int d, y;
    size_t e1, e2;
    int n1 = digit_run(s, len, i, &d, &e1);
    if (n1 < 1 || n1 > 2 || d < 1 || d > 31)
        return -1;
    size_t k = e1;
    if (k < len && s[k] == ',')
        k++;
    size_t ys = skip_spaces(s, len, k);
    int n2 = ys > k ? digit_run(s, len, ys, &y, &e2) : 0;
    if (n2 != 4 || !valid_year(n2, y) || !id_may_end(s, len, e2))
        return -1;
    size_t mb = month_before(done, ndone);
    if (!mb)
        return -1;
    int rule = dob_cue(done, ndone - mb);
    if (rule < 0)
        return -1;
    *n = e2 - i;
    *back = mb;
    return rule;
}

/* A letter of a plate, upper-cased; full-width letters as ASCII. 0 when none. */
static int plate_letter(int32_t cp) {
    if (cp >= 0xFF21 && cp <= 0xFF5A)
        cp -= 0xFEE0;
    if (cp < 0x80 && isalpha(cp))
        return toupper(cp);
    return 0;
}

/* A plate's character: 'X' for a letter (upper-cased into *l), '9' for a digit (not one
 * written small), else 0. ASCII first, without a call: it is asked of every character of
 * the words near a digit. */
static char plate_char(int32_t cp, int *l) {
    *l = 0;
    if (cp >= 0 && cp < 0x80) {
        if ((unsigned)(cp - '0') < 10)
            return '9';
        if ((unsigned)((cp | 0x20) - 'a') < 26) {
            *l = cp & ~0x20;
            return 'X';
        }
        return 0;
    }
    if ((*l = plate_letter(cp)))
        return 'X';
    return !small_digit(cp) && digit_value(cp) >= 0 ? '9' : 0;
}

/* Between a plate's groups: a dash or a connector of any kind ("XR_12_KL", as is_sep lets
 * '_' stand between a number's groups). */
static int plate_dash(int32_t cp) {
    return cp == '-' || is_connector(cp) ||
           (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_PD);
}

/* The RDW's side codes 1-14 (X a letter, 9 a digit), and where the first two groups end.
 * Any letter: from side code 4 (1978) on the RDW leaves out vowels, C, Q and Y, but people
 * write "12-ABC-3" for a plate as well, and a plate half in clear is no better. */
static const struct {
    char shape[7];
    unsigned char g1, g2;
} sidecodes[] = {
    {"XX9999", 2, 4}, {"9999XX", 2, 4}, {"99XX99", 2, 4}, {"XX99XX", 2, 4}, {"XXXX99", 2, 4},
    {"99XXXX", 2, 4}, {"99XXX9", 2, 5}, {"9XXX99", 1, 4}, {"XX999X", 2, 5}, {"X999XX", 1, 4},
    {"XXX99X", 3, 5}, {"X99XXX", 1, 3}, {"9XX999", 1, 3}, {"999XX9", 3, 5},
};

/* The bytes from a plate's start to its first digit, at most: in ASCII three letters and a
 * dash ("GXR-12-K") or two groups and their spaces after a cue ("XR KL 12"); written
 * full-width (3 bytes a character) with no-break spaces between, 16. */
#define MAX_PLATE_DIGIT_AT_ASCII 6
#define MAX_PLATE_DIGIT_AT 16

/* The first byte at or after k that may be a digit: an ASCII one or a byte of a longer code
 * point (full-width and other digits); len when none. Eight bytes a step: this runs over
 * every text the processor masks. */
static size_t next_digit(const char *s, size_t len, size_t k) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    while (k + 8 <= len) {
        uint64_t x;
        memcpy(&x, s + k, 8);
        /* Without a byte >= 0x80 no addition carries: a byte is a digit when adding 0x50
         * sets its high bit ('0' and up) and adding 0x46 does not (below ':'). */
        if ((x & high) || ((x + 0x50 * ones) & ~(x + 0x46 * ones) & high))
            break;
        k += 8;
    }
    while (k < len && (unsigned)((unsigned char)s[k] - '0') > 9 && (unsigned char)s[k] < 0x80)
        k++;
    return k;
}

/* Words between a plate's cue and the plate: "kenteken is", "kenteken nr.". */
static const char *const plate_fill[] = {"is", "nr", "nr.", "nummer", "no", "no."};

/* Whether the text masked so far, done[0..n), ends in a word that names a plate. */
static int after_plate_cue(const char *done, size_t n) {
    static const char *const cues[] = {"kenteken",    "nummerbord",     "kentekenplaat",
                                       "nummerplaat", "kentekennummer", "plate"};
    size_t from = n > MAX_ID_CUE_LOOKBACK ? n - MAX_ID_CUE_LOOKBACK : 0, j = n;
    int words = 0;
    while (j > from) {
        int32_t cp = cp_before(done, n, j);
        if (cue_gap(cp) && cp != '-' && cp != '/') {
            j -= cp_len(cp);
            continue;
        }
        size_t at, k = word_before(done, j, from, &at);
        if (k == 0 || done[at] == '[' || ++words > 2)
            return 0;
        if (WORD_IN(done + at, k, cues))
            return at == 0 || !is_letter(cp_before(done, n, at));
        if (!WORD_IN(done + at, k, plate_fill))
            return 0;
        j = at;
    }
    return 0;
}

/* What plate_read found: six characters in the shape of side code sc, in 0, 2 dashed or
 * spaced groups. */
typedef struct plate_shape {
    int sc, ng, dashes, spaces;
    size_t end, first, second; /* where it ends, its first group ends, its second starts */
    char kind[7], let[7];      /* 'X' or '9' per character; the letters upper-cased */
} plate_shape;

/* Reads six letters and digits at s[i] in groups split by one dash, or by one space (after a
 * cue only: the caller decides), that end where a plate may end; 0 when they do and are in
 * the shape of a side code (groups where the side code has them), else -1. */
static int plate_read(const char *s, size_t len, size_t i, plate_shape *p) {
    int nc = 0, gend[2] = {0, 0};
    size_t k = i;
    int32_t cp;
    p->ng = p->dashes = p->spaces = 0;
    p->first = p->second = len;
    while (k < len) {
        int w = cp_at(s, len, k, &cp), l;
        char kind = plate_char(cp, &l);
        if (kind) {
            if (nc == 6)
                return -1;
            p->kind[nc] = kind;
            p->let[nc++] = (char)l;
            k += (size_t)w;
            continue;
        }
        /* Six read: what follows is no part of it ("kenteken XR12KL 0612345678"). */
        if (nc == 6)
            break;
        int dash = plate_dash(cp);
        int space =
            !dash && (cp == ' ' || (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS));
        if (nc == 0 || p->ng == 2 || !(dash || space) || k + (size_t)w >= len)
            break;
        int32_t nx;
        int nl;
        cp_at(s, len, k + (size_t)w, &nx);
        if (!plate_char(nx, &nl))
            break;
        if (p->ng == 0)
            p->first = k;
        gend[p->ng++] = nc;
        p->dashes += dash;
        p->spaces += space;
        k += (size_t)w;
        if (p->ng == 1)
            p->second = k;
    }
    if (nc != 6 || p->ng == 1 || !id_may_end(s, len, k))
        return -1;
    p->kind[6] = p->let[6] = '\0';
    p->end = k;
    for (size_t sc = 0; sc < sizeof(sidecodes) / sizeof(sidecodes[0]); sc++) {
        if (memcmp(p->kind, sidecodes[sc].shape, 6) != 0)
            continue;
        if (p->ng == 2 && (gend[0] != sidecodes[sc].g1 || gend[1] != sidecodes[sc].g2))
            return -1;
        p->sc = (int)sc;
        return 0;
    }
    return -1;
}

/* A licence plate at s[i]; done[0..ndone) is the text masked so far, which ends where a word
 * may start. Its length into *n; the rule that found it (LL_MASK_PLATE_*), or -1. */
static int match_plate(const char *s, size_t len, size_t i, const char *done, size_t ndone,
                       size_t *n) {
    /* Most numbers are no plate: one that starts with a digit has a letter within its first
     * six bytes ("12-34-NB"; a byte >= 0x80 may be a dash or a full-width letter). */
    if (isdigit((unsigned char)s[i])) {
        size_t k = i + 1;
        while (k < len && k < i + 7 && !isalpha((unsigned char)s[k]) && (unsigned char)s[k] < 0x80)
            k++;
        if (k >= len || k >= i + 7)
            return -1;
    }
    /* Its first group: one to three characters before a dash or a space, or all six. Only
     * with its dashes may a plate go without a cue, so the cue is asked before the rest is
     * read ("op 15", "om 10 uur"). */
    size_t k = i;
    while (k < len && isalnum((unsigned char)s[k]))
        k++;
    unsigned char nx = k < len ? (unsigned char)s[k] : 0;
    int cue = -1, dash = nx == '-' || nx == '_'; /* plate_dash's ASCII ones */
    if (nx < 0x80 && !((k - i <= 3 && (dash || nx == ' ')) || (k - i == 6 && !isalnum(nx))))
        return -1;
    if (!dash && nx < 0x80 && !(cue = after_plate_cue(done, ndone)))
        return -1;
    plate_shape p, q;
    if (plate_read(s, len, i, &p) != 0)
        return -1;
    /* In "kenteken is XR 12 KL" the plate starts after the "is" ("kenteken is NR 830 V" at
     * the NR). */
    if (p.spaces && WORD_IN(s + i, p.first - i, plate_fill) &&
        plate_read(s, len, p.second, &q) == 0)
        return -1;
    *n = p.end - i;
    if (cue < 0)
        cue = after_plate_cue(done, ndone);
    if (cue)
        return p.dashes == 2 ? LL_MASK_PLATE_SIDECODE : LL_MASK_PLATE_CUE;
    /* Without a cue only with its dashes; "1-mrt-24", "12-okt-5" are dates in the shapes of
     * side codes 7 and 8. */
    int l0 = sidecodes[p.sc].shape[0] == 'X' ? 0 : sidecodes[p.sc].g1, l1 = l0;
    while (l1 < 6 && p.kind[l1] == 'X')
        l1++;
    return p.dashes == 2 && !(l1 - l0 == 3 && month_word(p.let + l0, 3)) ? LL_MASK_PLATE_SIDECODE
                                                                         : -1;
}

/* ---- identity-document numbers ----
 * A Dutch passport's or ID card's document number (RvIG: two letters, six letters or digits,
 * a digit; never the letter O, which reads as a zero) and a driving licence's (ten digits)
 * have no checksum, and their shapes are those of case, order and product numbers. So they
 * are masked only after a word that names the document a few words before: "mijn
 * rijbewijsnummer is 5012345678", "paspoort NXC1234R4 is gestolen" (user check of 12-01,
 * both in clear on feedback.enriched). */

/* The cues, by the shapes they name: bit 0 the 9-character number of a passport or ID
 * card, bit 1 the ten digits of a driving licence. "documentnummer" is on both. */
enum { DOC_ID = 1, DOC_LICENCE = 2 };
static const struct {
    const char *w;
    int kinds;
} doc_cues[] = {
    {"paspoort", DOC_ID},
    {"paspoortnummer", DOC_ID},
    {"paspoortnr", DOC_ID},
    {"identiteitskaart", DOC_ID},
    {"identiteitsbewijs", DOC_ID},
    {"idkaart", DOC_ID},
    {"documentnummer", DOC_ID | DOC_LICENCE},
    {"rijbewijs", DOC_LICENCE},
    {"rijbewijsnummer", DOC_LICENCE},
    {"rijbewijsnr", DOC_LICENCE},
};

/* Which kinds of document a cue in the text masked so far, done[0..n), names within
 * MAX_ID_CUE_WORDS words before its end; 0 when none does. The words between are letters
 * only: a number, a placeholder or a stop ends the look back, as the sentence has moved on
 * (and a second pass, which sees a placeholder where the first saw a number, decides the
 * same). "ID-kaart" and "id kaart" are "kaart" after "id". */
static int doc_cue(const char *done, size_t n) {
    size_t from = n > MAX_ID_CUE_LOOKBACK ? n - MAX_ID_CUE_LOOKBACK : 0, j = n;
    int words = 0, kaart = 0;
    while (j > from) {
        int32_t cp = cp_before(done, n, j);
        if (cue_gap(cp) && cp != '/') {
            j -= cp_len(cp);
            continue;
        }
        size_t at, k = word_before(done, j, from, &at);
        if (k == 0 || done[at] == '[' || ++words > MAX_ID_CUE_WORDS + kaart)
            return 0;
        if (at > 0 && is_letter(cp_before(done, n, at)))
            return 0;
        if (kaart && k == 2 && strncasecmp(done + at, "id", 2) == 0)
            return DOC_ID;
        kaart = k == 5 && strncasecmp(done + at, "kaart", 5) == 0;
        for (size_t c = 0; c < sizeof(doc_cues) / sizeof(doc_cues[0]); c++)
            if (strlen(doc_cues[c].w) == k && strncasecmp(done + at, doc_cues[c].w, k) == 0)
                return doc_cues[c].kinds;
        j = at;
    }
    return 0;
}

/* An identity-document number at s[i] (a word's start); done[0..ndone) is the text masked
 * so far. Its length into *n; the rule that found it (LL_MASK_DOC_*), or -1. */
static int match_doc(const char *s, size_t len, size_t i, const char *done, size_t ndone,
                     size_t *n) {
    /* Either shape has a digit in a fixed place, a licence's first byte or an ID's ninth: most
     * words have neither and go before the loop reads their bytes (~1,800 instructions an
     * event when it read every word's, callgrind over bench_enrich). */
    if ((unsigned)((unsigned char)s[i] - '0') > 9 &&
        !(i + 8 < len && (unsigned)((unsigned char)s[i + 8] - '0') <= 9))
        return -1;
    size_t k = i;
    int digits = 0, letters = 0, shape_id = 1;
    while (k < len && k - i < 11 && isalnum((unsigned char)s[k])) {
        unsigned char c = (unsigned char)s[k];
        size_t p = k - i;
        if (isdigit(c))
            digits++;
        else
            letters++;
        /* letters A-Z but O, upper or lower case as typed */
        if ((c | 0x20) == 'o' || (p < 2 && !isalpha(c)) || (p == 8 && !isdigit(c)))
            shape_id = 0;
        k++;
    }
    size_t w = k - i;
    /* A licence number starts with no 0: ten digits from 0 are a phone number. */
    int kind = w == 9 && shape_id                       ? DOC_ID
               : w == 10 && digits == 10 && s[i] != '0' ? DOC_LICENCE
                                                        : 0;
    if (!kind || !id_may_end(s, len, k))
        return -1;
    /* Mixed case is a word, not a number typed from a document ("BeNeLux12"). */
    if (kind == DOC_ID) {
        int upper = 0;
        for (size_t q = i; q < k; q++)
            upper += isupper((unsigned char)s[q]) != 0;
        if (upper && upper != letters)
            return -1;
    }
    if (!(doc_cue(done, ndone) & kind))
        return -1;
    *n = w;
    return kind == DOC_ID ? LL_MASK_DOC_ID : LL_MASK_DOC_LICENCE;
}

/* ---- phone numbers read aloud ----
 * Speech-to-text writes a number as it was said: "nul zes een twee drie vier vijf zes zeven
 * acht", "nul zes twaalf vierendertig zesenvijftig achtenzeventig" (user check of 12-01, in
 * clear on feedback.enriched). As processors/names.c reads a spoken e-mail address word by
 * word, a run of number words is read here: it is a Dutch phone number when it starts with
 * "nul" and spells ten digits, nothing more. */

static const char *const spoken_units[] = {"nul",  "een", "twee",  "drie", "vier",
                                           "vijf", "zes", "zeven", "acht", "negen"};
static const char *const spoken_teens[] = {"tien",     "elf",      "twaalf",  "dertien",
                                           "veertien", "vijftien", "zestien", "zeventien",
                                           "achttien", "negentien"};
static const char *const spoken_tens[] = {"twintig", "dertig",   "veertig", "vijftig",
                                          "zestig",  "zeventig", "tachtig", "negentig"};

/* Whether a number word may start at w[0..n): by its first two letters (nul, negen, een,
 * twee, tien, tachtig, drie, dertig, vier, veertig, zes, acht, elf, "één"). Most words of a
 * text are asked, and most go here. */
static int spoken_start(const char *w, size_t n) {
    if (n < 3)
        return 0;
    if ((unsigned char)w[0] == 0xc3)
        return (unsigned char)w[1] == 0xa9 || (unsigned char)w[1] == 0x89;
    /* a third letter: "de", "ze" alone are words of their own */
    if (!isalpha((unsigned char)w[2]))
        return 0;
    int c1 = w[1] | 0x20;
    switch (w[0] | 0x20) {
    case 'n':
        return c1 == 'u' || c1 == 'e';
    case 'e':
        return c1 == 'e' || c1 == 'l';
    case 't':
        return c1 == 'w' || c1 == 'i' || c1 == 'a';
    case 'd':
        return c1 == 'r' || c1 == 'e';
    case 'v':
        return c1 == 'i' || c1 == 'e';
    case 'z':
        return c1 == 'e';
    case 'a':
        return c1 == 'c';
    default:
        return 0;
    }
}

/* The digits the number word w[0..n) spells (1 or 2), 0 when it is none; its value into *v
 * (0-99) when v is not NULL. "één" and the diaeresis of "tweeëntwintig" are UTF-8. */
static int spoken_value(const char *w, size_t n, int *v) {
    int x = 0, r = 0;
    /* Every word of a text is asked: what no number word can be goes at once, by its length
     * ("elf" to "zevenenzeventig") and its first letters. */
    if (n > 17 || !spoken_start(w, n))
        return 0;
    int c0 = w[0] | 0x20;
    for (size_t d = 0; d < sizeof(spoken_units) / sizeof(spoken_units[0]); d++)
        if (spoken_units[d][0] == c0 && strlen(spoken_units[d]) == n &&
            strncasecmp(w, spoken_units[d], n) == 0)
            x = (int)d, r = 1;
    if (!r && n == 5 && memcmp(w, "\xc3\xa9\xc3\xa9n", 5) == 0)
        x = 1, r = 1;
    for (size_t d = 0; !r && d < sizeof(spoken_teens) / sizeof(spoken_teens[0]); d++)
        if (spoken_teens[d][0] == c0 && strlen(spoken_teens[d]) == n &&
            strncasecmp(w, spoken_teens[d], n) == 0)
            x = 10 + (int)d, r = 2;
    /* every ten ends in "ig" */
    if (!r && ((w[n - 1] | 0x20) != 'g' || (w[n - 2] | 0x20) != 'i'))
        return 0;
    /* "twintig", "vierendertig": a ten, after a unit from een, "en" or "ën" */
    for (size_t t = 0; !r && t < sizeof(spoken_tens) / sizeof(spoken_tens[0]); t++) {
        size_t tl = strlen(spoken_tens[t]);
        if (n < tl || strncasecmp(w + n - tl, spoken_tens[t], tl) != 0)
            continue;
        if (n == tl) {
            x = 20 + 10 * (int)t, r = 2;
            break;
        }
        if (n <= tl + 2)
            break;
        size_t u = n - tl;
        if (u > 2 && strncasecmp(w + u - 2, "en", 2) == 0)
            u -= 2;
        else if (u > 3 && memcmp(w + u - 3, "\xc3\xabn", 3) == 0)
            u -= 3;
        else
            break;
        for (size_t d = 1; d < sizeof(spoken_units) / sizeof(spoken_units[0]); d++)
            if (strlen(spoken_units[d]) == u && strncasecmp(w, spoken_units[d], u) == 0)
                x = 20 + 10 * (int)t + (int)d, r = 2;
        break;
    }
    if (r && v)
        *v = x;
    return r;
}

static int spoken_digits(const char *w, size_t n) { return spoken_value(w, n, NULL); }

/* The number word at s[k]: its length in bytes, its digits into *d (0: no number word) and
 * its value into *v. */
static size_t spoken_word(const char *s, size_t len, size_t k, int *d, int *v) {
    size_t e = k;
    int32_t cp;
    while (e < len && e - k < 32) {
        int w = cp_at(s, len, e, &cp);
        if (!is_letter(cp))
            break;
        e += (size_t)w;
    }
    /* A word glued to what the phone matcher may start ("vijf+59 ...", "vijf(0)40 ...") or to
     * a mask ("zes[BSN]") is as glued as one glued to digits ("zes320693363"): the token or its
     * mask comes right after it, and a second pass must read it as the first did (fuzz smoke,
     * 12-04). */
    int glued = e < len && (s[e] == '+' || s[e] == '(' ||
                            (s[e] == '[' && ll_mask_placeholder_at(s + e, len - e)));
    *d = e > k && !glued && (e >= len || (cp_at(s, len, e, &cp), !is_word(cp)))
             ? spoken_value(s + k, e - k, v)
             : 0;
    return e - k;
}

/* One item of a number read aloud at s[k]: a number word, a unit, "en" and a ten said apart
 * ("negen en negentig", as "negenennegentig"), or a group of ASCII digits that speech-to-text
 * wrote as digits ("06 twaalf 34 56 78", user check of 12-01 evening; a group as people say
 * one, at most SPOKEN_GROUP_DIGITS). Its digits into it
 * (NUL-ended, at most max), its length in bytes returned, 0 when none stands there; *word
 * says whether it was said in words. */
#define SPOKEN_GROUP_DIGITS 4
static size_t spoken_item(const char *s, size_t len, size_t k, char *it, int max, int *word) {
    int d, v = 0;
    int32_t cp;
    if (isdigit((unsigned char)s[k])) {
        size_t e = k;
        while (e < len && isdigit((unsigned char)s[e]) && (int)(e - k) < max &&
               e - k < SPOKEN_GROUP_DIGITS)
            e++;
        /* a longer number ("11363238 één": a count after an amount) or a code */
        if (e < len && (cp_at(s, len, e, &cp), is_word(cp)))
            return 0;
        memcpy(it, s + k, e - k);
        it[e - k] = '\0';
        *word = 0;
        return e - k;
    }
    size_t w = spoken_word(s, len, k, &d, &v);
    if (!d || d > max)
        return 0;
    if (d == 1 && v > 0 && max >= 2) {
        size_t j = k + w;
        if (j + 4 < len && s[j] == ' ' && strncasecmp(s + j + 1, "en ", 3) == 0) {
            int d2, t = 0;
            size_t w2 = spoken_word(s, len, j + 4, &d2, &t);
            if (d2 == 2 && t >= 20 && t % 10 == 0) {
                v += t, d = 2;
                w = j + 4 + w2 - k;
            }
        }
    }
    if (d == 2)
        *it++ = (char)('0' + v / 10);
    *it++ = (char)('0' + v % 10);
    *it = '\0';
    *word = 1;
    return w;
}

/* What a number read aloud spelled: its digits, and how it was said. */
#define SPOKEN_PHONE_DIGITS 10
#define SPOKEN_MAX_DIGITS 10
#define SPOKEN_CC_DIGITS 4 /* "nul nul eenendertig": the country code, taken off the run */
/* Items at most: each spells a digit or more, and one more may go past the longest number. */
#define SPOKEN_MAX_ITEMS (SPOKEN_MAX_DIGITS + SPOKEN_CC_DIGITS + 1)
typedef struct spoken_run {
    char dg[SPOKEN_MAX_DIGITS + SPOKEN_CC_DIGITS + 1];
    int words;   /* items said in words */
    int singles; /* every item one digit said as a word */
    int plus;    /* "plus" came before */
    int over;    /* the run went on past the longest number */
    int ncut;
    /* Where a group in digits starts after the first item: what was read before it (see
     * spoken_number). */
    struct spoken_cut {
        size_t at, end; /* the group, and the end of the item before it */
        size_t sep;     /* the separator between, a comma, a dash or "min"; at when none */
        unsigned char digits, words, singles;
    } cut[SPOKEN_MAX_ITEMS];
} spoken_run;

/* A number read aloud at s[i], where a word or a group of digits starts; done[0..ndone) is
 * the text masked so far. Its length, 0 when there is none; what it spelled into r. A run
 * that a number word comes before spells some other number ("twee nul zes ..."); one that
 * goes on past SPOKEN_MAX_DIGITS is no phone number or BSN, but what came before an item
 * another matcher masks may be (spoken_number); each item's start goes to r->cut. Items may stand apart by a
 * comma, a dash or a spoken "min" as a speaker pauses ("nul zes, twaalf, vierendertig",
 * "nul zes min twaalf ...", user check of 12-01 evening), never by anything else. */
static size_t match_spoken_number(const char *s, size_t len, size_t i, const char *done,
                                  size_t ndone, spoken_run *r) {
    char it[SPOKEN_MAX_DIGITS + 1];
    int word;
    /* Most words are no number: asked first, before the word before is read; what it read
     * is the run's first item (read twice before 12-02: ~3 runs an event tried, ~450
     * instructions an event of bench_enrich). */
    size_t w = spoken_item(s, len, i, it, SPOKEN_MAX_DIGITS, &word);
    if (!w)
        return 0;
    size_t at, wb = ndone;
    while (wb > 0 && (done[wb - 1] == ' ' || done[wb - 1] == '\t'))
        wb--;
    size_t k = word_before(done, wb, 0, &at);
    if (k > 0 && spoken_digits(done + at, k))
        return 0;
    /* "plus eenendertig zes twaalf ...", "nul nul eenendertig ...": +31 said aloud (user
     * check 4 of 12-01, in clear), taken off so that the number is read as one dialled at
     * home */
    r->plus = k == 4 && strncasecmp(done + at, "plus", 4) == 0;
    size_t j = i, end = i, sep = i;
    int digits = 0;
    r->words = 0;
    r->singles = 1;
    r->over = 0;
    r->ncut = 0;
    for (;;) {
        int n = (int)strlen(it);
        if (j > i && r->ncut < SPOKEN_MAX_ITEMS)
            r->cut[r->ncut++] = (struct spoken_cut){j,
                                                    end,
                                                    sep,
                                                    (unsigned char)digits,
                                                    (unsigned char)r->words,
                                                    (unsigned char)r->singles};
        if (digits + n > SPOKEN_MAX_DIGITS + SPOKEN_CC_DIGITS) {
            r->over = 1;
            break;
        }
        memcpy(r->dg + digits, it, (size_t)n);
        r->words += word;
        r->singles &= word && n == 1;
        digits += n;
        end = j + w;
        j = end;
        while (j < len && (s[j] == ' ' || s[j] == '\t'))
            j++;
        sep = j;
        if (j < len && (s[j] == ',' || s[j] == '-'))
            j++;
        else if (j + 4 < len && strncasecmp(s + j, "min ", 4) == 0)
            j += 3;
        else
            sep = SIZE_MAX;
        while (j < len && (s[j] == ' ' || s[j] == '\t'))
            j++;
        if (sep == SIZE_MAX)
            sep = j;
        if (j == end || j >= len || !(w = spoken_item(s, len, j, it, SPOKEN_MAX_DIGITS, &word)))
            break;
    }
    r->dg[digits] = '\0';
    return end - i;
}

/* Digits said one by one that count up or down ("een twee drie vier ..."): a count, no
 * number. */
static int spoken_count(const char *dg) {
    int up = 1, down = 1;
    for (size_t k = 1; dg[k]; k++) {
        up &= dg[k] == dg[k - 1] + 1;
        down &= dg[k] == dg[k - 1] - 1;
    }
    return up || down;
}

/* What the run's first n digits read as, said in words items of which in words and singles
 * whether each was one digit said as a word: LL_MASK_F_PHONE, LL_MASK_F_BSN or 0. A BSN
 * spells nine digits that pass the 11-proef; a phone number ten from "nul", or a mobile's nine
 * from "zes" (its nul left out, as after +31: "zes-een-twee-drie-..."), any nine after +31, or
 * seven to nine digits said one by one that do not count ("zes vier acht negen een twee drie
 * vier": a number without its area code or 06; nobody reads another number of that length
 * digit by digit). A run needs a word: digits alone are the digit matchers'. */
static int spoken_kind(const spoken_run *r, int n, int words, int singles) {
    char dg[sizeof r->dg];
    int cc = 0;
    if (!words)
        return 0;
    memcpy(dg, r->dg, (size_t)n);
    dg[n] = '\0';
    int c = r->plus && strncmp(dg, "31", 2) == 0 ? 2 : strncmp(dg, "0031", 4) == 0 ? 4 : 0;
    if (c && n - c == SPOKEN_PHONE_DIGITS - 1) {
        memmove(dg, dg + c, (size_t)(n - c + 1));
        n -= c;
        cc = 1;
    }
    if (n > SPOKEN_MAX_DIGITS)
        return 0;
    if (n == 9 && ll_bsn_check(dg))
        return LL_MASK_F_BSN;
    if ((n == SPOKEN_PHONE_DIGITS && dg[0] == '0') || (n == 9 && (dg[0] == '6' || cc)) ||
        (singles && n >= 7 && n <= 9 && !spoken_count(dg)))
        return LL_MASK_F_PHONE;
    return 0;
}

/* The length of a UUID in its canonical form (8-4-4-4-12 hex digits) at s[i], not glued
 * to a word after it; 0 when none is there. */
static size_t uuid_at(const char *s, size_t len, size_t i) {
    static const int groups[] = {8, 4, 4, 4, 12};
    size_t k = i;
    for (int g = 0; g < 5; g++) {
        if (g > 0 && (k >= len || s[k++] != '-'))
            return 0;
        for (int n = 0; n < groups[g]; n++, k++)
            if (k >= len || !isxdigit((unsigned char)s[k]))
                return 0;
    }
    int32_t cp;
    if (k < len && (cp_at(s, len, k, &cp), is_word(cp) || cp == '-'))
        return 0;
    return k - i;
}

static int spoken_number(const char *s, size_t len, size_t i, char *out, size_t o, int flags,
                         spoken_run *r, size_t *m);

/* What ll_mask_text_only masks or copies at s[i], out[0..o) the text masked so far: one of
 * these, its length into h->m. */
enum step {
    STEP_CHAR,
    STEP_COPY,
    STEP_EMAIL,
    STEP_SPOKEN,
    STEP_DOC,
    STEP_IBAN,
    STEP_DOB,
    STEP_PLATE,
    STEP_PHONE,
    STEP_BSN
};
struct step_hit {
    size_t m;    /* bytes of s read */
    size_t back; /* STEP_DOB: bytes of out the mask takes back (a cue read before it) */
    int rule;    /* STEP_DOC, STEP_DOB, STEP_PLATE: which rule; STEP_SPOKEN: its kind */
};

/* The scan state ll_mask_text_only keeps from one position to the next, each a saving, never
 * a different answer: the first '@' at or after i (an address needs one), the next byte at or
 * after i that may be a digit (a plate holds one near its start). */
struct scan {
    const char *at;
    size_t nd;
};

static enum step step_at(const char *s, size_t len, size_t i, char *out, size_t o, int flags,
                         struct scan *sc, struct step_hit *h);

/* Whether ll_mask_text_only's loop masks something that starts at s[j], an item of a number
 * read aloud after a separator, with done[0..ndone) before it. It is the loop's own step, not
 * a second reading of it: one broader than the loop is not safe either (see spoken_number),
 * as the matchers read ahead and what lies ahead of an item changes when a later token is
 * masked ("07-4078 11 758" in one pass, "07-[BSN]" in the next; fuzz smoke, 12-04). */
static int masked_at(const char *s, size_t len, size_t j, char *done, size_t ndone, int flags) {
    struct scan sc = {(flags & LL_MASK_F_EMAIL) ? memchr(s + j, '@', len - j) : NULL, 0};
    struct step_hit h;
    return step_at(s, len, j, done, ndone, flags, &sc, &h) > STEP_COPY;
}

/* A number read aloud at s[i] (match_spoken_number), judged (spoken_kind) as flags allow,
 * out[0..o) the text masked so far: its kind, its length into *m. When the whole run reads as
 * no number, another matcher may mask an item in it (a BSN's first group, a plate, a date,
 * an address): a second pass then finds the run stopped at that mask and reads what came
 * before it (the fuzz smoke's idempotence check, 12-04: "... zeven acht 2306 83 952" spelled
 * fourteen digits, the BSN was masked, and a second pass found the phone number). So the
 * first reading that ends before such an item and is a number is masked: the item's mask
 * then follows it in either pass. The words up to the item go to out[o..] as the loop would
 * copy them, for the matchers that read the words before. */
static int spoken_number(const char *s, size_t len, size_t i, char *out, size_t o, int flags,
                         spoken_run *r, size_t *m) {
    size_t n = match_spoken_number(s, len, i, out, o, r);
    int kind;
    if (!n)
        return 0;
    if (!r->over && (kind = spoken_kind(r, (int)strlen(r->dg), r->words, r->singles) & flags)) {
        *m = n;
        return kind;
    }
    for (int k = 0; k < r->ncut; k++) {
        const struct spoken_cut *c = &r->cut[k];
        if (!(kind = spoken_kind(r, c->digits, c->words, c->singles) & flags))
            continue;
        /* a token may start at the separator too ("zeven -7701-@...": an address) */
        memcpy(out + o, s + i, c->at - i);
        if ((c->sep < c->at && masked_at(s, len, c->sep, out, o + (c->sep - i), flags)) ||
            masked_at(s, len, c->at, out, o + (c->at - i), flags)) {
            *m = c->end - i;
            return kind;
        }
    }
    return 0;
}

static size_t put(char *out, size_t o, const char *rep) {
    size_t n = strlen(rep);
    memcpy(out + o, rep, n);
    return o + n;
}

/* A number read aloud of kind (spoken_kind), counted in c. */
static size_t put_spoken(char *out, size_t o, int kind, ll_mask_counts *c) {
    c->bsn += kind == LL_MASK_F_BSN;
    c->phone += kind == LL_MASK_F_PHONE;
    return put(out, o, kind == LL_MASK_F_BSN ? LL_MASK_BSN : LL_MASK_PHONE);
}

size_t ll_mask_text(const char *s, size_t len, char *out, ll_mask_counts *counts) {
    return ll_mask_text_only(s, len, out, LL_MASK_F_ALL, counts);
}

/* Copies a code point's w bytes (1 to 4) to out[o..]; returns the new end. Most are one ASCII
 * byte, for which a memcpy call cost ~20 instructions (~24 calls an event). */
static inline size_t put_cp(char *out, size_t o, const char *s, int w) {
    if (w == 1)
        out[o] = *s;
    else
        memcpy(out + o, s, (size_t)w);
    return o + (size_t)w;
}

/* The step at s[i] past the loop's fast path: a matcher's mask, a run copied as it is, or one
 * code point. What comes before a candidate is read from out, the text as masked so far, not
 * from s: a mask token stands where its identifier stood, so masking the output again decides
 * every boundary the same way (the fuzz harnesses check that no BSN is left for a second pass
 * to find). */
static enum step step_at(const char *s, size_t len, size_t i, char *out, size_t o, int flags,
                         struct scan *sc, struct step_hit *h) {
    unsigned char ch = (unsigned char)s[i];
    int32_t cp, pc = cp_before(out, o, o);
    int w = cp_at(s, len, i, &cp), pl;
    /* Whether a word goes on into here: most matchers start only where none does. */
    int pw = is_word(pc);
    size_t m;
    spoken_run sr; /* a number read aloud */
    if (sc->at && sc->at < s + i)
        sc->at = memchr(s + i, '@', len - i);
    if (sc->at && is_local(cp) && !is_local(pc) && (h->m = match_email(s, len, i)))
        return STEP_EMAIL;
    /* A UUID is a record's random key (a source_ref, an Idempotency-Key), no person's
     * number: its first groups "41137390-0b99" read as a BSN split 8-1 that passes the
     * 11-proef, about one UUID in two hundred (test_received failed so, 12-01). */
    if (isxdigit(ch) && !pw && (h->m = uuid_at(s, len, i)))
        return STEP_COPY;
    /* A number read aloud, read once, then judged (spoken_kind): a phone number or a
     * BSN ("een een een twee twee twee drie drie drie", user check of 12-01 evening). */
    if ((flags & (LL_MASK_F_PHONE | LL_MASK_F_BSN)) && !pw && spoken_start(s + i, len - i) &&
        (h->rule = spoken_number(s, len, i, out, o, flags, &sr, &h->m)))
        return STEP_SPOKEN;
    if ((flags & LL_MASK_F_DOC) && isalnum(ch) && !pw &&
        (h->rule = match_doc(s, len, i, out, o, &h->m)) >= 0)
        return STEP_DOC;
    if ((flags & LL_MASK_F_IBAN) && isalpha(ch)) {
        int glued = is_letter(pc) && isupper(ch) && i + 1 < len && isupper((unsigned char)s[i + 1]);
        if ((!pw || glued) && (h->m = match_iban(s, len, i, glued)))
            return STEP_IBAN;
    }
    int v = digit_value(cp);
    /* A date of birth before the numbers: its digits would be read as one ("12031948"),
     * and a cue-less date is left to them, as it was. */
    if ((flags & LL_MASK_F_DOB) && v >= 0 && !small_digit(cp) && date_shape(s, len, i) &&
        (h->rule = match_dob(s, len, i, out, o, &h->m, &h->back)) >= 0 &&
        number_may_start(out, o, 0))
        return STEP_DOB;
    /* A plate holds a digit near its start: most words have none within reach, and the
     * text's next digit is found once (the plate tests cost ~70% more instructions when
     * every word was tried, callgrind over bench_mask). */
    if ((flags & LL_MASK_F_PLATE) && sc->nd < i)
        sc->nd = next_digit(s, len, i);
    /* A plate starts a word, and not after a dash inside one ("AB-XR-12-KL" is a code); a
     * connector joins it to a name ("scan_XR-12-KL"), as after a date. */
    if ((flags & LL_MASK_F_PLATE) &&
        sc->nd - i <= (sc->nd < len && (unsigned char)s[sc->nd] >= 0x80
                           ? MAX_PLATE_DIGIT_AT
                           : MAX_PLATE_DIGIT_AT_ASCII) &&
        plate_char(cp, &pl) && !pw &&
        !(plate_dash(pc) && !is_connector(pc) && is_word(cp_before(out, o, o - cp_len(pc)))) &&
        (h->rule = match_plate(s, len, i, out, o, &h->m)) >= 0)
        return STEP_PLATE;
    if ((ch == '+' || ch == '(' || v >= 0) && number_may_start(out, o, small_digit(cp))) {
        if ((flags & LL_MASK_F_PHONE) && (h->m = match_phone(s, len, i)))
            return STEP_PHONE;
        if ((flags & LL_MASK_F_BSN) && v >= 0 && (h->m = match_bsn(s, len, i, out, o)))
            return STEP_BSN;
        /* Digits that words go on ("06 twaalf 34 56 78"): read aloud in part. */
        if ((flags & (LL_MASK_F_PHONE | LL_MASK_F_BSN)) && isdigit(ch) &&
            (h->rule = spoken_number(s, len, i, out, o, flags, &sr, &h->m)))
            return STEP_SPOKEN;
        /* The rest of this number is copied, so its tail isn't read as a new one. */
        if (v >= 0) {
            int small = small_digit(cp);
            for (m = i; m < len && v >= 0 && small_digit(cp) == small;) {
                m += (size_t)w;
                if (m < len) {
                    w = cp_at(s, len, m, &cp);
                    v = digit_value(cp);
                }
            }
            h->m = m - i;
            return STEP_COPY;
        }
    }
    h->m = (size_t)w;
    return STEP_CHAR;
}

size_t ll_mask_text_only(const char *s, size_t len, char *out, int flags, ll_mask_counts *counts) {
    ll_mask_counts c = {0};
    size_t o = 0, i = 0;
    /* The first '@' at or after i: an address needs one, and most texts have none, where
     * trying each word as a local part cost ~2,000 instructions an event (callgrind over
     * bench_enrich). The next digit: see step_at. */
    struct scan sc = {(flags & LL_MASK_F_EMAIL) ? memchr(s, '@', len) : NULL, 0};
    struct step_hit h;
    while (i < len) {
        unsigned char ch = (unsigned char)s[i];
        /* Most of a text: a space, or a lower-case letter inside a word,
         * where nothing can start (the processor masks every event). */
        if (ch == ' ' || ((unsigned)(ch - 'a') < 26 && o > 0 && ascii_alnum(out[o - 1]))) {
            out[o++] = s[i++];
            /* The word's next lower-case letters follow a letter: each passes the same test
             * without reading out[] again (the loop's head was ~12 instructions a byte). */
            if (ch != ' ')
                while (i < len && (unsigned)((unsigned char)s[i] - 'a') < 26)
                    out[o++] = s[i++];
            continue;
        }
        switch (step_at(s, len, i, out, o, flags, &sc, &h)) {
        case STEP_CHAR:
            o = put_cp(out, o, s + i, (int)h.m);
            break;
        case STEP_COPY:
            memcpy(out + o, s + i, h.m);
            o += h.m;
            break;
        case STEP_EMAIL:
            o = put(out, o, LL_MASK_EMAIL);
            c.email++;
            break;
        case STEP_SPOKEN:
            o = put_spoken(out, o, h.rule, &c);
            break;
        case STEP_DOC:
            o = put(out, o, LL_MASK_DOC);
            c.doc++;
            c.doc_rules |= 1u << h.rule;
            break;
        case STEP_IBAN:
            o = put(out, o, LL_MASK_IBAN);
            c.iban++;
            break;
        case STEP_DOB:
            o = put(out, o - h.back, LL_MASK_DOB);
            c.dob++;
            c.dob_rules |= 1u << h.rule;
            break;
        case STEP_PLATE:
            o = put(out, o, LL_MASK_PLATE);
            c.plate++;
            c.plate_rules |= 1u << h.rule;
            break;
        case STEP_PHONE:
            o = put(out, o, LL_MASK_PHONE);
            c.phone++;
            break;
        case STEP_BSN:
            o = put(out, o, LL_MASK_BSN);
            c.bsn++;
            break;
        }
        i += h.m;
    }
    out[o] = '\0';
    if (counts)
        *counts = c;
    return o;
}

/* Masks the BSNs of one string item in place: the number masked, -1 on
 * allocation failure. */
static int mask_item(cJSON *it) {
    if (!cJSON_IsString(it) || !it->valuestring)
        return 0;
    size_t len = strlen(it->valuestring);
    char *out = malloc(ll_mask_bound(len));
    if (!out)
        return -1;
    ll_mask_counts c;
    ll_mask_text_only(it->valuestring, len, out, LL_MASK_F_BSN, &c);
    int rc = c.bsn;
    if (c.bsn && !cJSON_SetValuestring(it, out))
        rc = -1;
    free(out);
    return rc;
}

int ll_event_mask_bsn(cJSON *ev) {
    cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    /* The free text, and where people type identifiers besides: their own case
     * reference, the balie's location, and the names of files they attach
     * ("paspoort BSN 123456782.pdf"). And the natural key a client chose
     * (Idempotency-Key, call_id, visit_id, Message-ID), which travels as
     * source_ref: a key "bsn-123456782" reached feedback.raw and enriched in
     * clear (user check of 12-01). The event id is made from the key before
     * this, so a retry still gets the same id. A klantcontact's URL, the
     * register's own address that escalate links to, is left whole; only that
     * adapter's: a web client's key 'https://x.nl/611148936' passed in clear
     * while any URL was left whole (user check of 12-01, session 11). */
    static const char *const fields[] = {"text", "subject", "case_ref", "location", "source_ref"};
    int total = 0, rc;
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        cJSON *it = cJSON_GetObjectItemCaseSensitive(d, fields[i]);
        if (!strcmp(fields[i], "source_ref") && ll_event_klantcontact_url(ev))
            continue;
        if ((rc = mask_item(it)) < 0)
            return -1;
        total += rc;
    }
    /* The name a citizen gives for a call back: the form's Naam field took
     * "Els 166896305" to feedback.raw in clear (user check of 12-01, session
     * 11). Its e-mail address and phone number are left whole: they are the
     * contact itself, and a number as the local part of an address is rare. */
    cJSON *contact = cJSON_GetObjectItemCaseSensitive(d, "contact");
    if ((rc = mask_item(cJSON_GetObjectItemCaseSensitive(contact, "name"))) < 0)
        return -1;
    total += rc;
    cJSON *att = cJSON_GetObjectItemCaseSensitive(d, "attachments"), *it;
    cJSON_ArrayForEach(it, cJSON_GetObjectItemCaseSensitive(att, "names")) {
        if ((rc = mask_item(it)) < 0)
            return -1;
        total += rc;
    }
    return total;
}

size_t ll_mask_placeholder_at(const char *s, size_t len) {
    static const char *const marks[] = {LL_MASK_BSN,   LL_MASK_IBAN, LL_MASK_PHONE,
                                        LL_MASK_EMAIL, LL_MASK_NAME, LL_MASK_DOB,
                                        LL_MASK_PLATE, LL_MASK_DOC,  LL_MASK_HOUSENR};
    if (len == 0 || s[0] != '[')
        return 0;
    for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++) {
        size_t n = strlen(marks[m]);
        if (n <= len && memcmp(s, marks[m], n) == 0)
            return n;
    }
    return 0;
}

size_t ll_mask_cut(const char *s, size_t len, size_t max) {
    if (max >= len)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    /* Placeholders hold no '[': only the nearest one before the cut can straddle it. */
    for (size_t j = n; j > 0 && n - j < sizeof(LL_MASK_DOC) - 1; j--) {
        if (s[j - 1] != '[')
            continue;
        size_t ph = ll_mask_placeholder_at(s + j - 1, len - (j - 1));
        return ph && j - 1 + ph > n ? j - 1 : n;
    }
    return n;
}

size_t ll_mask_cut_word(const char *s, size_t len, size_t max) {
    size_t n = ll_mask_cut(s, len, max);
    if (n >= len || n == 0 || s[n] == ' ' || s[n - 1] == ' ')
        return n;
    size_t k = n;
    while (k > 0 && s[k - 1] != ' ')
        k--;
    /* a word longer than half the room (a URL, a run of letters) is cut in it after all */
    return k > n / 2 ? k : n;
}

int ll_mask_counts_total(const ll_mask_counts *c) {
    return c->bsn + c->iban + c->phone + c->email + c->dob + c->plate + c->doc;
}

const char *ll_mask_dob_rule_name(int k) {
    static const char *const names[LL_MASK_DOB_RULES] = {"geboren", "geboortedatum", "list"};
    return k >= 0 && k < LL_MASK_DOB_RULES ? names[k] : NULL;
}

const char *ll_mask_plate_rule_name(int k) {
    static const char *const names[LL_MASK_PLATE_RULES] = {"sidecode", "kenteken"};
    return k >= 0 && k < LL_MASK_PLATE_RULES ? names[k] : NULL;
}

const char *ll_mask_doc_rule_name(int k) {
    static const char *const names[LL_MASK_DOC_RULES] = {"paspoort", "rijbewijs"};
    return k >= 0 && k < LL_MASK_DOC_RULES ? names[k] : NULL;
}
