/* idgen.c - valid direct identifiers written the ways people write them (see idgen.h). */
#include "idgen.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

uint32_t ll_idgen_rnd(uint64_t *rng, uint32_t n) {
    uint64_t x = *rng ? *rng : 0x9E3779B97F4A7C15ull;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *rng = x;
    return (uint32_t)(x % n);
}

#define PICK(rng, a) (a)[ll_idgen_rnd(rng, (uint32_t)(sizeof(a) / sizeof((a)[0])))]

/* Separators between digit groups, as typed: space, NBSP, narrow NBSP, dash, en dash, dot,
 * underscore, middle dot (user check 4 of 12-01: "123_456_782" stayed in clear). */
static const char *const group_seps[] = {" ",      "\u00a0", "\u202f", "-",
                                         "\u2013", ".",      "_",      "\u00b7"};

/* Appends ASCII digit c to b (which has room), as U+FF10.. when wide. */
static void put_digit(char *b, char c, int wide) {
    size_t n = strlen(b);
    if (wide) {
        b[n++] = (char)0xEF;
        b[n++] = (char)0xBC;
        b[n++] = (char)(0x90 + (c - '0'));
    } else {
        b[n++] = c;
    }
    b[n] = 0;
}

/* Appends text t to b, its ASCII digits as U+FF10.. when wide. */
static void put_text(char *b, const char *t, int wide) {
    for (const char *p = t; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            put_digit(b, *p, wide);
        } else {
            size_t n = strlen(b);
            b[n] = *p;
            b[n + 1] = 0;
        }
    }
}

int ll_idgen_date_like(const char d[8]) {
    int a = (d[0] - '0') * 10 + (d[1] - '0'), b = (d[2] - '0') * 10 + (d[3] - '0');
    int c = (d[4] - '0') * 10 + (d[5] - '0'), e = (d[6] - '0') * 10 + (d[7] - '0');
    if ((a == 19 || a == 20) && c >= 1 && c <= 12 && e >= 1 && e <= 31)
        return 1;
    return a >= 1 && a <= 31 && b >= 1 && b <= 12 && (c == 19 || c == 20);
}

static void gen_bsn(uint64_t *rng, char *b) {
    static const int w[8] = {9, 8, 7, 6, 5, 4, 3, 2};
    char d[10];
    int sum;
    do {
        sum = 0;
        for (int i = 0; i < 8; i++) {
            d[i] = (char)('0' + ll_idgen_rnd(rng, 10));
            sum += (d[i] - '0') * w[i];
        }
    } while (sum % 11 == 10 || sum == 0);
    d[8] = (char)('0' + sum % 11);
    d[9] = 0;
    int wide = ll_idgen_rnd(rng, 8) == 0, form = (int)ll_idgen_rnd(rng, 6);
    const char *sep = form == 4 ? "/" : PICK(rng, group_seps);
    /* The 8-digit form (leading zero dropped) is masked as one unbroken run and
     * as the 4-2-3 groups without their zero (3-2-3); other groups of eight
     * only after a word that names a BSN, which the context does not hold. */
    int first = d[0] == '0' && !ll_idgen_date_like(d + 1) && ll_idgen_rnd(rng, 2) ? 1 : 0;
    if (first && form != 1)
        form = 0;
    b[0] = 0;
    for (int i = first; i < 9; i++) {
        /* form 5: one digit at a time ("6 9 1 6 8 2 4 8 3"). */
        if ((form == 1 && (i == 4 || i == 6)) || ((form == 2 || form == 4) && (i == 3 || i == 6)) ||
            (form == 5 && i > first))
            strcat(b, sep);
        put_digit(b, d[i], wide);
    }
}

static void gen_iban(uint64_t *rng, char *b) {
    char bban[15] = {0};
    for (int i = 0; i < 4; i++)
        bban[i] = (char)('A' + ll_idgen_rnd(rng, 26));
    for (int i = 4; i < 14; i++)
        bban[i] = (char)('0' + ll_idgen_rnd(rng, 10));
    /* Check digits: 98 - (BBAN "NL00", letters as 10..35) mod 97. */
    char t[40];
    snprintf(t, sizeof(t), "%sNL00", bban);
    int r = 0;
    for (const char *p = t; *p; p++)
        r = *p >= 'A' ? (r * 100 + (*p - 'A' + 10)) % 97 : (r * 10 + (*p - '0')) % 97;
    char iban[24];
    snprintf(iban, sizeof(iban), "NL%02d%s", 98 - r, bban);
    int lower = ll_idgen_rnd(rng, 6) == 0, grouped = (int)ll_idgen_rnd(rng, 2);
    const char *sep = ll_idgen_rnd(rng, 2) ? " " : "\u00a0";
    b[0] = 0;
    for (int i = 0; i < 18; i++) {
        if (grouped && i && i % 4 == 0)
            strcat(b, sep);
        size_t n = strlen(b);
        b[n] = lower ? (char)tolower((unsigned char)iban[i]) : iban[i];
        b[n + 1] = 0;
    }
}

static void gen_phone(uint64_t *rng, char *b) {
    static const char *const areas[] = {"6", "10", "20", "30", "40", "50", "70", "71", "73", "88"};
    const char *area = PICK(rng, areas);
    char rest[12];
    /* The bound on rest is written out: at -O3 GCC cannot see that every area has at most
     * two digits and fails the build with a warning that rest[nrest] may lie outside rest. */
    size_t nrest = 9 - strlen(area), nr = 0;
    for (; nr < nrest && nr + 1 < sizeof(rest); nr++)
        rest[nr] = (char)('0' + ll_idgen_rnd(rng, 10));
    rest[nr] = 0;
    int wide = ll_idgen_rnd(rng, 10) == 0;
    const char *sep = PICK(rng, group_seps);
    char tmp[64];
    switch (ll_idgen_rnd(rng, 6)) {
    case 0:
        snprintf(tmp, sizeof(tmp), "0%s%s", area, rest);
        break;
    case 1:
        snprintf(tmp, sizeof(tmp), "0%s%s%s", area, sep, rest);
        break;
    case 2:
        snprintf(tmp, sizeof(tmp), "+31%s%s%s%s", sep, area, sep, rest);
        break;
    case 3:
        snprintf(tmp, sizeof(tmp), "+31 (0)%s %s", area, rest);
        break;
    case 4:
        snprintf(tmp, sizeof(tmp), "0031%s%s%s", area, sep, rest);
        break;
    default:
        snprintf(tmp, sizeof(tmp), "(0%s) %.3s%s%s", area, rest, sep, rest + 3);
        break;
    }
    b[0] = 0;
    put_text(b, tmp, wide);
}

static void gen_email(uint64_t *rng, char *b) {
    static const char *const locals[] = {"jan", "J.Jansen", "info", "renée", "m_de.vries",
                                         "a+b", "x-y",      "jörg", "p",     "ann-sofie"};
    static const char *const domains[] = {"example.nl", "Gemeente.Utrecht.nl", "müller.de",
                                          "mail.co.uk", "ziggo-net.nl",        "a.io"};
    snprintf(b, LL_IDGEN_MAX, "%s%s@%s", PICK(rng, locals), ll_idgen_rnd(rng, 2) ? "" : ".x",
             PICK(rng, domains));
}

static void gen_dob(uint64_t *rng, char *b) {
    static const char *const cues[] = {"geboren op ",
                                       "geb. ",
                                       "geboortedatum: ",
                                       "gd ",
                                       "d.o.b. ",
                                       "Geboortedatum:\n",
                                       "geboren te Paramaribo op ",
                                       "geboortedatum moeder: ",
                                       "date of birth: ",
                                       "Geboren "};
    static const char *const months[] = {"januari", "feb",  "maart", "mrt.", "april",   "mei",
                                         "juni",    "jul.", "aug",   "sept", "oktober", "dec"};
    static const char *const english[] = {"January", "March", "May", "October", "Dec"};
    static const char *const seps[] = {"-", "/", ".", "\u2013", "\u2011"};
    int d = 1 + (int)ll_idgen_rnd(rng, 28), m = 1 + (int)ll_idgen_rnd(rng, 12);
    int y = 1920 + (int)ll_idgen_rnd(rng, 100), wide = ll_idgen_rnd(rng, 10) == 0;
    const char *sep = PICK(rng, seps);
    char t[96];
    switch (ll_idgen_rnd(rng, 6)) {
    case 0:
        snprintf(t, sizeof(t), "%02d%s%02d%s%d", d, sep, m, sep, y);
        break;
    case 1:
        snprintf(t, sizeof(t), "%d%s%d%s%02d", d, sep, m, sep, y % 100);
        break;
    case 2:
        snprintf(t, sizeof(t), "%d%s%02d%s%02d", y, sep, m, sep, d);
        break;
    case 3:
        snprintf(t, sizeof(t), "%d%s%s%s%d", d, ll_idgen_rnd(rng, 2) ? " " : "\u00a0",
                 PICK(rng, months), ll_idgen_rnd(rng, 2) ? " " : "\u00a0", y);
        break;
    case 4:
        snprintf(t, sizeof(t), "%d %s '%02d", d, PICK(rng, months), y % 100);
        break;
    default:
        snprintf(t, sizeof(t), "%s %d, %d", PICK(rng, english), d, y);
        break;
    }
    strcpy(b, PICK(rng, cues));
    put_text(b, t, wide);
}

static void gen_plate(uint64_t *rng, char *b) {
    static const char *const shapes[] = {"XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99",
                                         "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX",
                                         "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"};
    static const char *const dashes[] = {"-", "\u2013", "\u2011", "\u2010"};
    static const char *const cues[] = {"kenteken ", "Kenteken: ", "nummerbord ", "kenteken is "};
    /* No vowels: side codes 7-14's letters read as words otherwise ("12-MEI-4"). */
    static const char letters[] = "BDFGHJKLNPRSTVXZ";
    const char *shape = PICK(rng, shapes);
    int how = (int)ll_idgen_rnd(rng, 4), lower = ll_idgen_rnd(rng, 4) == 0;
    const char *dash = how == 0 ? "" : how == 1 ? " " : PICK(rng, dashes);
    b[0] = 0;
    if (how <= 1)
        strcpy(b, PICK(rng, cues));
    for (const char *p = shape; *p; p++) {
        size_t n = strlen(b);
        if (*p == '-') {
            strcat(b, dash);
            continue;
        }
        char c = *p == '9' ? (char)('0' + ll_idgen_rnd(rng, 10))
                           : letters[ll_idgen_rnd(rng, sizeof(letters) - 1)];
        b[n] = lower ? (char)tolower((unsigned char)c) : c;
        b[n + 1] = 0;
    }
}

void ll_idgen(uint64_t *rng, int kind, char out[LL_IDGEN_MAX]) {
    switch (kind) {
    case LL_ID_BSN:
        gen_bsn(rng, out);
        break;
    case LL_ID_IBAN:
        gen_iban(rng, out);
        break;
    case LL_ID_PHONE:
        gen_phone(rng, out);
        break;
    case LL_ID_DOB:
        gen_dob(rng, out);
        break;
    case LL_ID_PLATE:
        gen_plate(rng, out);
        break;
    default:
        gen_email(rng, out);
        break;
    }
}
