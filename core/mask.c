/* mask.c - masks direct identifiers in free text: BSN, IBAN, phone numbers, e-mail. */
#include "mask.h"

#include <ctype.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <stdlib.h>

#include "ident.h"

size_t ll_mask_bound(size_t len) { return 2 * len + 16; }

static int is_alnum(unsigned char c) { return isalnum(c) || c >= 0x80; }
static int is_local(unsigned char c) {
    return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* An address starting at i; returns its length or 0. */
static size_t match_email(const char *s, size_t len, size_t i) {
    size_t j = i;
    while (j < len && is_local((unsigned char)s[j]))
        j++;
    if (j == i || j >= len || s[j] != '@')
        return 0;
    size_t d = j + 1, k = d, last_dot = 0;
    while (k < len && (isalnum((unsigned char)s[k]) || s[k] == '-' || s[k] == '.')) {
        if (s[k] == '.')
            last_dot = k;
        k++;
    }
    /* A sentence may end right after the address. */
    while (k > d && s[k - 1] == '.')
        k--;
    if (last_dot >= k)
        last_dot = 0;
    for (size_t x = d; x < k; x++)
        if (s[x] == '.')
            last_dot = x;
    if (!last_dot || last_dot == d || k - last_dot < 3)
        return 0;
    return k - i;
}

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
            r = (r * 100 + (toupper(c) - 'A' + 10)) % 97;
    }
    return r == 1;
}

/* An IBAN starting at i, with or without spaces in groups; returns its length or 0. */
static size_t match_iban(const char *s, size_t len, size_t i) {
    if (i + 4 > len || !isalpha((unsigned char)s[i]) || !isalpha((unsigned char)s[i + 1]) ||
        !isdigit((unsigned char)s[i + 2]) || !isdigit((unsigned char)s[i + 3]))
        return 0;
    char cc[2] = {(char)toupper((unsigned char)s[i]), (char)toupper((unsigned char)s[i + 1])};
    int want = iban_len_for(cc);
    char a[40];
    size_t ends[40];
    int n = 0;
    size_t k = i;
    while (k < len && n < 34) {
        unsigned char c = (unsigned char)s[k];
        if (isalnum(c)) {
            a[n] = (char)c;
            ends[n] = k + 1;
            n++;
            k++;
        } else if (c == ' ' && k + 1 < len && isalnum((unsigned char)s[k + 1]) && n >= 4) {
            k++;
        } else {
            break;
        }
    }
    for (int m = n; m >= 15; m--) {
        if (want && m != want)
            continue;
        /* The IBAN must end at a word boundary. */
        if (ends[m - 1] < len && is_alnum((unsigned char)s[ends[m - 1]]))
            continue;
        if (iban_mod97(a, m))
            return ends[m - 1] - i;
    }
    return 0;
}

/* Digits in groups split by short runs of separators from seps, starting at
 * i. Fills d (up to max digits), and for each group its digit count and end
 * offset; returns the number of groups, 0 when none. */
#define MAX_GROUPS 8
static int digit_groups(const char *s, size_t len, size_t i, const char *seps, char *d, int max,
                        int gdigits[MAX_GROUPS], size_t gend[MAX_GROUPS]) {
    size_t k = i;
    int nd = 0, ng = 0;
    while (k < len && ng < MAX_GROUPS) {
        if (!isdigit((unsigned char)s[k]))
            break;
        while (k < len && isdigit((unsigned char)s[k])) {
            if (nd >= max)
                return ng;
            d[nd++] = s[k++];
        }
        gdigits[ng] = nd;
        gend[ng] = k;
        ng++;
        /* "010 - 123 4567", "(020) 123": up to three separators between groups. */
        size_t r = k;
        while (r < len && r - k < 3 && s[r] && strchr(seps, s[r]))
            r++;
        if (r == k || r >= len || !isdigit((unsigned char)s[r]))
            break;
        k = r;
    }
    return ng;
}

static int followed_by_alnum(const char *s, size_t len, size_t end) {
    return end < len && is_alnum((unsigned char)s[end]);
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
    if (start >= len || !isdigit((unsigned char)s[start]) || (!plus && s[start] != '0'))
        return 0;
    int ng = digit_groups(s, len, start, " -.()/", d, 20, gd, ge);
    /* The longest run of groups that is a valid number, so a count or a
     * year right after the number does not hide it. */
    for (int g = ng - 1; g >= 0; g--) {
        if (gd[g] < 9 || gd[g] > 13)
            continue;
        if (g == ng - 1 && followed_by_alnum(s, len, ge[g]))
            continue;
        size_t n = 0;
        if (plus)
            cand[n++] = '+';
        memcpy(cand + n, d, (size_t)gd[g]);
        cand[n + (size_t)gd[g]] = '\0';
        char norm[32];
        if (ll_phone_normalise(cand, norm, sizeof(norm)) == 0)
            return ge[g] - i;
    }
    return 0;
}

static size_t match_bsn(const char *s, size_t len, size_t i) {
    char d[16];
    int gd[MAX_GROUPS];
    size_t ge[MAX_GROUPS];
    int ng = digit_groups(s, len, i, " .-", d, 12, gd, ge);
    for (int g = ng - 1; g >= 0; g--) {
        if (gd[g] != 9 || (g == ng - 1 && followed_by_alnum(s, len, ge[g])))
            continue;
        if (ll_bsn_check(d))
            return ge[g] - i;
    }
    return 0;
}

static size_t put(char *out, size_t o, const char *rep) {
    size_t n = strlen(rep);
    memcpy(out + o, rep, n);
    return o + n;
}

size_t ll_mask_text(const char *s, size_t len, char *out, ll_mask_counts *counts) {
    return ll_mask_text_only(s, len, out, LL_MASK_F_ALL, counts);
}

size_t ll_mask_text_only(const char *s, size_t len, char *out, int flags,
                         ll_mask_counts *counts) {
    ll_mask_counts c = {0, 0, 0, 0};
    size_t o = 0, i = 0;
    while (i < len) {
        unsigned char ch = (unsigned char)s[i];
        int boundary = i == 0 || !is_alnum((unsigned char)s[i - 1]);
        int local_boundary = i == 0 || !is_local((unsigned char)s[i - 1]);
        size_t m;
        if ((flags & LL_MASK_F_EMAIL) && local_boundary && is_local(ch) &&
            (m = match_email(s, len, i))) {
            o = put(out, o, LL_MASK_EMAIL);
            c.email++;
            i += m;
            continue;
        }
        if ((flags & LL_MASK_F_IBAN) && boundary && isalpha(ch) && (m = match_iban(s, len, i))) {
            o = put(out, o, LL_MASK_IBAN);
            c.iban++;
            i += m;
            continue;
        }
        if (boundary && (ch == '+' || ch == '(' || isdigit(ch))) {
            if ((flags & LL_MASK_F_PHONE) && (m = match_phone(s, len, i))) {
                o = put(out, o, LL_MASK_PHONE);
                c.phone++;
                i += m;
                continue;
            }
            if ((flags & LL_MASK_F_BSN) && isdigit(ch) && (m = match_bsn(s, len, i))) {
                o = put(out, o, LL_MASK_BSN);
                c.bsn++;
                i += m;
                continue;
            }
            /* Skip the rest of this number so its tail isn't read as a new one. */
            while (i < len && isdigit((unsigned char)s[i]))
                out[o++] = s[i++];
            if (i < len && (s[i] == '+' || s[i] == '(') && !isdigit(ch))
                out[o++] = s[i++];
            continue;
        }
        out[o++] = s[i++];
    }
    out[o] = '\0';
    if (counts)
        *counts = c;
    return o;
}

static int mask_field(cJSON *d, const char *name) {
    cJSON *it = cJSON_GetObjectItemCaseSensitive(d, name);
    if (!cJSON_IsString(it))
        return 0;
    size_t len = strlen(it->valuestring);
    char *out = malloc(ll_mask_bound(len));
    if (!out)
        return -1;
    ll_mask_counts c;
    ll_mask_text_only(it->valuestring, len, out, LL_MASK_F_BSN, &c);
    int rc = c.bsn;
    if (c.bsn) {
        cJSON *v = cJSON_CreateString(out);
        if (!v || !cJSON_ReplaceItemInObjectCaseSensitive(d, name, v))
            rc = -1;
    }
    free(out);
    return rc;
}

int ll_event_mask_bsn(cJSON *ev) {
    cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    int a = mask_field(d, "text"), b = a < 0 ? -1 : mask_field(d, "subject");
    return a < 0 || b < 0 ? -1 : a + b;
}
