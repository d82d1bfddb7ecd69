/* ident.c - citizen identifiers: BSN 11-proef, normalisation, keyed pseudonyms; UUID text. */
#include "ident.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "ll_limits.h"

static unsigned char pseudonym_key[crypto_generichash_KEYBYTES];
static int ident_ready;

int ll_bsn_check(const char d[9]) {
    static const int w[9] = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    int sum = 0, nonzero = 0;
    for (int i = 0; i < 9; i++) {
        if (d[i] < '0' || d[i] > '9')
            return 0;
        sum += (d[i] - '0') * w[i];
        nonzero |= d[i] != '0';
    }
    /* 000000000 passes the arithmetic but is no one's number. Others whose weighted sum
     * is 0 itself (000001119) pass the 11-proef like any: the long fuzz run found one
     * left in clear when this said sum != 0. */
    return sum % 11 == 0 && nonzero;
}

int ll_bsn_normalise(const char *in, char out[10]) {
    char d[10];
    int n = 0;
    for (const char *p = in; *p; p++) {
        if (*p == ' ' || *p == '.' || *p == '-')
            continue;
        if (!isdigit((unsigned char)*p) || n >= 9)
            return -1;
        d[n++] = *p;
    }
    if (n == 8) {
        memmove(d + 1, d, 8);
        d[0] = '0';
        n = 9;
    }
    if (n != 9 || !ll_bsn_check(d))
        return -1;
    memcpy(out, d, 9);
    out[9] = '\0';
    return 0;
}

int ll_email_normalise(const char *in, char *out, size_t outlen) {
    while (isspace((unsigned char)*in))
        in++;
    size_t n = strlen(in);
    while (n > 0 && isspace((unsigned char)in[n - 1]))
        n--;
    if (n < 3 || n > LL_MAX_EMAIL_BYTES || n >= outlen)
        return -1;
    int at = -1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c == '@') {
            if (at >= 0)
                return -1;
            at = (int)i;
        } else if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == ',') {
            return -1;
        }
        out[i] = (char)(c < 0x80 ? tolower(c) : c);
    }
    out[n] = '\0';
    if (at <= 0 || (size_t)at == n - 1)
        return -1;
    const char *dom = out + at + 1;
    const char *dot = strchr(dom, '.');
    if (!dot || dot == dom || dot[1] == '\0' || out[n - 1] == '.')
        return -1;
    return 0;
}

int ll_phone_normalise(const char *in, char *out, size_t outlen) {
    char d[24];
    int n = 0, plus = 0;
    for (const char *p = in; *p; p++) {
        if (*p == ' ' || *p == '-' || *p == '.' || *p == '(' || *p == ')' || *p == '/')
            continue;
        if (*p == '+' && n == 0 && !plus) {
            plus = 1;
            continue;
        }
        if (!isdigit((unsigned char)*p) || n >= 20)
            return -1;
        d[n++] = *p;
    }
    d[n] = '\0';
    const char *digits;
    char buf[32];
    if (plus) {
        digits = d;
    } else if (n > 2 && d[0] == '0' && d[1] == '0') {
        digits = d + 2;
    } else if (n == 10 && d[0] == '0') {
        /* Dutch national format: 0 + 9 digits. */
        snprintf(buf, sizeof(buf), "31%s", d + 1);
        digits = buf;
    } else {
        return -1;
    }
    size_t dl = strlen(digits);
    if (dl < 8 || dl > 15 || digits[0] == '0')
        return -1;
    /* +31 (0)6...: drop the trunk zero people write after the country code. */
    if (strncmp(digits, "310", 3) == 0) {
        snprintf(buf, sizeof(buf), "31%s", digits + 3);
        digits = buf;
        dl = strlen(digits);
    }
    if (strncmp(digits, "31", 2) == 0 && dl != 11)
        return -1;
    if (dl + 2 > outlen)
        return -1;
    snprintf(out, outlen, "+%s", digits);
    return 0;
}

int ll_ident_init(const char *secret) {
    if (sodium_init() < 0)
        return -1;
    /* Stretch any secret into a full-length key; the domain string keeps
     * this key apart from any other use of the same secret. */
    crypto_generichash_state st;
    crypto_generichash_init(&st, (const unsigned char *)"luisterloop-pseudonym-v1", 24,
                            sizeof(pseudonym_key));
    crypto_generichash_update(&st, (const unsigned char *)secret, strlen(secret));
    crypto_generichash_final(&st, pseudonym_key, sizeof(pseudonym_key));
    sodium_memzero(&st, sizeof(st)); /* the state held the secret */
    ident_ready = 1;
    return 0;
}

static void hex(const unsigned char *b, size_t n, char *out) {
    static const char h[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = h[b[i] >> 4];
        out[2 * i + 1] = h[b[i] & 15];
    }
    out[2 * n] = '\0';
}

void ll_pseudonym(const char *kind, const char *value, char out[LL_PSEUDONYM_LEN + 1]) {
    unsigned char h[16];
    crypto_generichash_state st;
    /* Callers must have initialised; a zero key would make linkable hashes. */
    if (!ident_ready) {
        out[0] = '\0';
        return;
    }
    crypto_generichash_init(&st, pseudonym_key, sizeof(pseudonym_key), sizeof(h));
    crypto_generichash_update(&st, (const unsigned char *)kind, strlen(kind));
    crypto_generichash_update(&st, (const unsigned char *)":", 1);
    crypto_generichash_update(&st, (const unsigned char *)value, strlen(value));
    crypto_generichash_final(&st, h, sizeof(h));
    memcpy(out, "ps_", 3);
    hex(h, sizeof(h), out + 3);
}

int ll_uuid_valid(const char *s) {
    for (int i = 0; i < 36; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isxdigit((unsigned char)s[i]))
            return 0;
    }
    return s[36] == '\0';
}
