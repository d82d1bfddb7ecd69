/* address.c - streets and house numbers in free text: the words that name a street, and
 * quotes that keep the street but not the house number. */
#include "address.h"

#include <assert.h>
#include <string.h>

#include "mask.h"
#include "text.h"

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define WORD_MAX 64 /* a longer word is no street nor cue */

static const char *const street_suffixes[] = {LL_STREET_SUFFIXES};
static const char *const number_units[] = {LL_NUMBER_UNITS};
/* Words a house number follows without a street: "voor nummer 12", "nr. 14" */
static const char *const number_cues[] = {"nummer", "nummers",    "nr",    "nrs",
                                          "no",     "huisnummer", "huisnr"};

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
/* A byte of a word: an ASCII letter or digit, or part of a multi-byte character (an
 * accented letter; a typographic quote or a dash also lands here, and only makes a word
 * longer than any street's or cue's). */
static int is_word_byte(char c) { return is_alpha(c) || is_digit(c) || (unsigned char)c >= 0x80; }

/* w[0..n) folded to ASCII lower case into f (WORD_MAX bytes); 0 when it does not fit. */
static size_t fold(const char *w, size_t n, char *f) {
    if (n == 0 || n > WORD_MAX)
        return 0;
    for (size_t k = 0; k < n; k++)
        f[k] = is_upper(w[k]) ? (char)(w[k] - 'A' + 'a') : w[k];
    return n;
}

static int folded_in(const char *f, size_t n, const char *const *list, size_t nlist) {
    for (size_t k = 0; k < nlist; k++)
        if (strlen(list[k]) == n && memcmp(f, list[k], n) == 0)
            return 1;
    return 0;
}

int ll_address_street_word(const char *w, size_t n) {
    for (size_t k = n; k > 0; k--) /* "'s-Gravendijkwal": its last part */
        if (w[k - 1] == '-') {
            w += k;
            n -= k;
            break;
        }
    char f[WORD_MAX];
    if (!fold(w, n, f))
        return 0;
    for (size_t k = 0; k < N_OF(street_suffixes); k++) {
        size_t m = strlen(street_suffixes[k]);
        if (n > m && memcmp(f + n - m, street_suffixes[k], m) == 0)
            return 1;
    }
    return 0;
}

/* Blanks at s[i]: a space, a tab or an NBSP; returns their bytes. */
static size_t blanks_at(const char *s, size_t len, size_t i) {
    size_t k = i;
    for (;;) {
        if (k < len && (s[k] == ' ' || s[k] == '\t'))
            k++;
        else if (k + 1 < len && (unsigned char)s[k] == 0xC2 && (unsigned char)s[k + 1] == 0xA0)
            k += 2;
        else
            return k - i;
    }
}

/* Blanks ending at s[i]; returns their bytes. */
static size_t blanks_before(const char *s, size_t i) {
    size_t k = i;
    for (;;) {
        if (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
            k--;
        else if (k > 1 && (unsigned char)s[k - 2] == 0xC2 && (unsigned char)s[k - 1] == 0xA0)
            k -= 2;
        else
            return i - k;
    }
}

/* The word ending at s[e] (letters, digits, '-', '\''): its start, or e when none. */
static size_t word_before(const char *s, size_t e) {
    size_t a = e;
    while (a > 0 && e - a <= WORD_MAX &&
           (is_word_byte(s[a - 1]) || s[a - 1] == '-' || s[a - 1] == '\''))
        a--;
    return e - a > WORD_MAX ? e : a;
}

/* The word that a number at s[i] follows, with blanks and maybe a '.' or ':' between
 * ("Kerkstraat 12", "nr. 12", "huisnummer: 12"): a street's word or a number's cue; or
 * capitalised words that a street's own noun opens ("Laan van Nieuw Oost 3", "Grote
 * Markt 3") or that follow a preposition of place and an article ("op de Meent 88", "aan
 * de Rotte 12"): a street without a street's ending. */
static int house_context(const char *s, size_t i) {
    static const char *const links[] = {"van", "de",  "der", "den", "het", "'t",
                                        "t",   "ter", "ten", "op",  "aan", "in"};
    static const char *const articles[] = {"de", "het", "'t", "den"};
    /* of place; the first two also before a street alone ("op Weena 12") */
    static const char *const preps[] = {"op",       "aan",    "in",        "bij",
                                        "naar",     "langs",  "over",      "vanaf",
                                        "richting", "achter", "tegenover", "nabij"};
    size_t b = blanks_before(s, i);
    if (b == 0)
        return 0;
    size_t e = i - b;
    int punct = e > 0 && (s[e - 1] == '.' || s[e - 1] == ':');
    e -= (size_t)punct;
    size_t a = word_before(s, e);
    if (a == e)
        return 0;
    char f[WORD_MAX];
    size_t n = fold(s + a, e - a, f);
    if (n && folded_in(f, n, number_cues, N_OF(number_cues)))
        return 1;
    /* "... in de Kerkstraat. 12 mensen": a street's word ends a sentence there */
    if (punct)
        return 0;
    if (ll_address_street_word(s + a, e - a))
        return 1;
    if (!is_upper(s[a]))
        return 0;
    int caps_only = 1; /* only capitalised words so far */
    for (int words = 0; words < 5; words++) {
        if (is_upper(s[a]) && folded_in(f, n, street_suffixes, N_OF(street_suffixes)))
            return 1; /* "Laan", "Markt": the street's noun as its own word */
        size_t bb = blanks_before(s, a);
        if (!bb)
            return 0;
        e = a - bb;
        a = word_before(s, e);
        if (a == e || !(n = fold(s + a, e - a, f)))
            return 0;
        if (is_upper(s[a]))
            continue;
        /* "ik woon op Weena 12": "op", "aan" before a street as before a place */
        if (caps_only && folded_in(f, n, preps, 2))
            return 1;
        if (caps_only && folded_in(f, n, articles, N_OF(articles))) {
            size_t pb = blanks_before(s, a), pe = a - pb, pa = pb ? word_before(s, pe) : pe;
            char g[WORD_MAX];
            size_t m = pa < pe ? fold(s + pa, pe - pa, g) : 0;
            if (m && folded_in(g, m, preps, N_OF(preps)))
                return 1;
        }
        if (!folded_in(f, n, links, N_OF(links)))
            return 0;
        caps_only = 0;
    }
    return 0;
}

/* The word of letters at s[i] when it is a listed one, folded: its bytes, else 0. */
static size_t listed_word_at(const char *s, size_t len, size_t i, const char *const *list,
                             size_t nlist) {
    size_t e = i;
    while (e < len && is_alpha(s[e]) && e - i < WORD_MAX)
        e++;
    char f[WORD_MAX];
    size_t n = e < len && is_word_byte(s[e]) ? 0 : fold(s + i, e - i, f);
    return n && folded_in(f, n, list, nlist) ? n : 0;
}

/* Whether a capital alone that ends at s[e] is a person's initial: a '.' and then a
 * lower-case particle or a masked name ("12 A. de Vries", "12 A. [NAAM]"), not the end of
 * the text or a new sentence ("Putselaan 33 A.": user check 4 of 12-01 quoted "[nr] A."). */
static int initial_before_name(const char *s, size_t len, size_t e) {
    if (e >= len || s[e] != '.')
        return 0;
    size_t b = blanks_at(s, len, e + 1);
    return b && e + 1 + b < len &&
           ((s[e + 1 + b] >= 'a' && s[e + 1 + b] <= 'z') || s[e + 1 + b] == '[');
}

/* A floor after a house number at s[i] ("Dorpsweg 14a 2 hoog", user check 4 of 12-01: the
 * quote kept "[nr] 2 hoog", which with the street still points at one door): its bytes with
 * the blanks before it, 0 when none. */
static size_t floor_at(const char *s, size_t len, size_t i) {
    static const char *const floors[] = {"hoog", "hg", "etage", "verdieping", "verd"};
    static const char *const ordinals[] = {"e", "de", "ste"};
    size_t k = i + blanks_at(s, len, i);
    if (k == i || k >= len)
        return 0;
    /* the floor's number may be the addition: "14-2 hoog" */
    if (is_digit(s[k])) {
        size_t d = k;
        while (k < len && is_digit(s[k]) && k - d < 2)
            k++;
        k += listed_word_at(s, len, k, ordinals, N_OF(ordinals));
        if (k < len && s[k] == '-')
            k++;
        else
            k += blanks_at(s, len, k);
    }
    size_t f = listed_word_at(s, len, k, floors, N_OF(floors));
    return f ? k + f - i : 0;
}

/* A house number at s[i] (a word starts there): 1 to 4 digits, not from a 0, and its
 * addition: one letter ("12a"), a listed one glued, after '-' or apart ("120bis", "12-hs",
 * "12 bis": user check 4 of 12-01 quoted "Beijerlandselaan 120bis" whole), a part after '-'
 * or '/' ("14-2", "12-II", "3/5") or a capital alone ("12 A", "33 A." where no name goes
 * on); and a floor after it (floor_at). Not a decimal, a time or a date ("12.5", "12:30",
 * "12-03-2024"), nor a count before a unit ("12 uur"). Returns its bytes, 0 when it is
 * none. */
static size_t house_number_at(const char *s, size_t len, size_t i) {
    static const char *const additions[] = {"bis", "ter", "hs", "huis", "bg", "bv", "zw", "rd"};
    static const char *const apart[] = {"bis", "hs"}; /* "12 ter hoogte van" */
    size_t k = i, add;
    while (k < len && is_digit(s[k]) && k - i <= 4)
        k++;
    if (k == i || k - i > 4 || s[i] == '0')
        return 0;
    if ((add = listed_word_at(s, len, k + (k < len && s[k] == '-'), additions, N_OF(additions))))
        k += add + (s[k] == '-');
    else if (k < len && is_alpha(s[k]) && (k + 1 >= len || !is_word_byte(s[k + 1])))
        k++;
    else if (k + 1 < len && (s[k] == '-' || s[k] == '/') && is_word_byte(s[k + 1])) {
        size_t p = k + 1;
        while (p < len && p - k <= 4 && (is_digit(s[p]) || is_upper(s[p])))
            p++;
        if (p == k + 1 && is_alpha(s[p]) && (p + 1 >= len || !is_word_byte(s[p + 1])))
            p++; /* "90-b" */
        if (p - k - 1 > 3 || (p < len && (is_word_byte(s[p]) || s[p] == '-' || s[p] == '/')))
            return 0; /* a date, a code */
        k = p;
    } else if (k < len && (s[k] == '.' || s[k] == ',' || s[k] == ':') && k + 1 < len &&
               is_digit(s[k + 1])) {
        return 0;
    } else if (k < len && is_word_byte(s[k]) && !blanks_at(s, len, k)) {
        return 0; /* "12e", "3de", "40km" */
    }
    size_t b = blanks_at(s, len, k);
    if (b && k + b < len) {
        size_t a = k + b, e = a;
        while (e < len && (is_word_byte(s[e]) || s[e] == '\''))
            e++;
        char f[WORD_MAX];
        size_t n = fold(s + a, e - a, f);
        if (n && folded_in(f, n, number_units, N_OF(number_units)))
            return 0;
        if (n && folded_in(f, n, apart, N_OF(apart)) && !is_upper(s[a]))
            k = e; /* "120 bis" */
        else if (e == a + 1 && is_upper(s[a]) && !initial_before_name(s, len, e))
            k = e; /* "Kerkstraat 12 A", "Putselaan 33 A." */
    }
    return k + floor_at(s, len, k) - i;
}

/* After a house number at s[i]: ", ", " en ", " of ", " t/m ", "-" before another one
 * ("nummers 3 en 5"). Returns the separator's bytes, 0 when none follows. */
static size_t list_next(const char *s, size_t len, size_t i) {
    static const char *const seps[] = {", ", " en ", " of ", " t/m ", " tot ", "-", " - "};
    for (size_t k = 0; k < N_OF(seps); k++) {
        size_t m = strlen(seps[k]);
        if (i + m < len && memcmp(s + i, seps[k], m) == 0 && is_digit(s[i + m]))
            return m;
    }
    return 0;
}

/* A postcode at s[i]: four digits not from a 0, maybe a blank, two capitals; returns the
 * bytes of the letters with their blank (dropped), 0 when none. */
static size_t postcode_letters_at(const char *s, size_t len, size_t i) {
    if (i + 6 > len || s[i] == '0')
        return 0;
    for (size_t k = i; k < i + 4; k++)
        if (!is_digit(s[k]))
            return 0;
    size_t a = i + 4 + (s[i + 4] == ' ');
    if (a + 2 > len || !is_upper(s[a]) || !is_upper(s[a + 1]) ||
        (a + 2 < len && is_word_byte(s[a + 2])))
        return 0;
    return a + 2 - (i + 4);
}

/* A number at s[i] with a dash and a letter or one to three capitals after it, a floor
 * in Roman numerals ("Hillevliet 90-B", "Wolphaertsbocht 220-III"), after a capitalised
 * word: how an address is written whatever the street's name ends in (user check 5 of
 * 12-02 quoted both whole; "vliet" ends places and surnames too, so it is no street's
 * ending). */
static int lettered_after_name(const char *s, size_t len, size_t i) {
    size_t k = i;
    while (k < len && is_digit(s[k]) && k - i <= 4)
        k++;
    if (k == i || k - i > 4 || k + 1 >= len || s[k] != '-')
        return 0;
    size_t p = ++k;
    while (p < len && is_upper(s[p]) && p - k <= 3)
        p++;
    if (p == k && p < len && is_alpha(s[p])) /* "90-b" */
        p++;
    if (p == k || p - k > 3 || (p < len && (is_word_byte(s[p]) || s[p] == '-')))
        return 0;
    size_t b = blanks_before(s, i);
    if (!b)
        return 0;
    size_t a = word_before(s, i - b);
    return i - b - a >= 3 && is_upper(s[a]);
}

/* Writes s[0..len) to w with its house numbers as LL_MASK_HOUSENR and its postcodes' letters
 * dropped, until w is full. */
static void put_masked(ll_put *w, const char *s, size_t len) {
    for (size_t i = 0; i < len && w->len < w->cap;) {
        if (!is_digit(s[i]) || (i > 0 && is_word_byte(s[i - 1]))) {
            ll_put_mem(w, s + i, 1);
            i++;
            continue;
        }
        size_t d = postcode_letters_at(s, len, i);
        if (d) {
            ll_put_mem(w, s + i, 4);
            i += 4 + d;
            continue;
        }
        size_t h =
            house_context(s, i) || lettered_after_name(s, len, i) ? house_number_at(s, len, i) : 0;
        if (!h) {
            while (i < len && is_digit(s[i]))
                ll_put_mem(w, s + i++, 1);
            continue;
        }
        for (;;) {
            ll_put_str(w, LL_MASK_HOUSENR);
            i += h;
            size_t m = list_next(s, len, i);
            if (!m || postcode_letters_at(s, len, i + m) || !(h = house_number_at(s, len, i + m)))
                break;
            ll_put_mem(w, s + i, m);
            i += m;
        }
    }
}

size_t ll_address_quote(const char *s, size_t len, char *out, size_t cap) {
    assert(cap >= 8 && cap <= LL_ADDRESS_QUOTE_MAX);
    /* room for the placeholder a cut near the end must see whole (ll_mask_cut_word) */
    char buf[LL_ADDRESS_QUOTE_MAX + sizeof(LL_MASK_DOC)];
    ll_put w = {buf, cap + sizeof(LL_MASK_DOC), 0};
    put_masked(&w, s, len);
    size_t n = w.len < w.cap ? w.len : w.cap - 1;
    if (n < cap) {
        memcpy(out, buf, n);
        out[n] = '\0';
        return n;
    }
    n = ll_mask_cut_word(buf, n, cap - 4); /* "…" is three bytes */
    memcpy(out, buf, n);
    memcpy(out + n, "\xE2\x80\xA6", 4);
    return n + 3;
}

size_t ll_address_mask(const char *s, size_t len, char *out) {
    ll_put w = {out, LL_ADDRESS_MASK_BOUND(len), 0};
    put_masked(&w, s, len);
    assert(w.len < w.cap);
    out[w.len] = '\0';
    return w.len;
}
