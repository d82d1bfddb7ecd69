/* fuzz_mask.c - libFuzzer harness for the masking invariant: a valid BSN, IBAN, phone number,
 * e-mail address, date of birth (with the words that say so) or licence plate
 * (tests/support/idgen.c), embedded in any fuzzer-chosen text, never survives ll_mask_text
 * (nor, for a BSN, the adapters' BSN-only pass).
 *
 * Input: byte 0 picks the kind, bytes 1-8 seed the identifier's generator, byte 9 where the
 * rest splits into the text before and the text after. Context that would make a different
 * number of the identifier is kept apart from it by " : ", and only that: a digit right next
 * to a number (5123456782 is no BSN), a letter or digit right before an IBAN or a number
 * (NL92ABNA0417164300 is a code, not a phone number), a currency sign right before it (an
 * amount); for a date of birth or a plate, which have no checksum and end where a word does,
 * also a letter, a stop or a '[' right after it, or a dash, stop or slash going on with one
 * ("XR-12-KL-34" is a longer code), and a stop or a word and a dash right before it ("x.geb."
 * is no cue, "AB-XR-12-KL" a code). Everything else - typographic quotes, NBSP, emoji,
 * invalid UTF-8, NUL, letters after a number, anything around an address - touches the
 * identifier as chosen. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "fuzz_check.h"
#include "idgen.h"
#include "mask.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define GUARD " : "

/* The last code point of s[0..n), or -1 (none or not valid UTF-8); *start gets its offset. */
static int32_t last_cp(const uint8_t *s, size_t n, size_t *start) {
    size_t j = n;
    while (j > 0 && n - j < 4) {
        j--;
        if ((s[j] & 0xC0) != 0x80)
            break;
    }
    *start = j;
    int32_t cp;
    if (n == 0 ||
        utf8proc_iterate(s + j, (utf8proc_ssize_t)(n - j), &cp) != (utf8proc_ssize_t)(n - j))
        return -1;
    return cp;
}

static int32_t first_cp(const uint8_t *s, size_t n) {
    int32_t cp;
    if (n == 0 || utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp) < 1)
        return -1;
    return cp;
}

static int is_wordish(int32_t cp) {
    if (cp < 0)
        return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

static int is_decimal(int32_t cp) {
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

static int is_dash(int32_t cp) {
    return cp == '-' || (cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_PD);
}

static int is_currency(int32_t cp) {
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_SC;
}

/* Non-overlapping occurrences of needle in hay[0..n). */
static size_t count(const char *hay, size_t n, const char *needle) {
    size_t k = strlen(needle), c = 0;
    for (const char *p = hay; (size_t)(p - hay) + k <= n;) {
        const char *q = memmem(p, n - (size_t)(p - hay), needle, k);
        if (!q)
            break;
        c++;
        p = q + k;
    }
    return c;
}

static void check(const char *text, size_t n, const char *id, int flags) {
    char *out = malloc(ll_mask_bound(n));
    if (!out)
        return;
    ll_mask_counts c;
    size_t o = ll_mask_text_only(text, n, out, flags, &c);
    /* Masking never makes an identifier, so the embedded one must be among those gone. */
    if (count(out, o, id) >= count(text, n, id)) {
        fprintf(stderr, "identifier %s survived in:\n%.*s\nmasked:\n%.*s\n", id, (int)n, text,
                (int)o, out);
        fuzz_fail("identifier survives masking", __FILE__, __LINE__);
    }
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 10 || size > 4096)
        return 0;
    int kind = data[0] % LL_ID_KINDS;
    uint64_t seed = 0;
    memcpy(&seed, data + 1, 8);
    char id[LL_IDGEN_MAX];
    ll_idgen(&seed, kind, id);
    const uint8_t *ctx = data + 10;
    size_t nctx = size - 10, split = nctx * data[9] / 255;
    const uint8_t *pre = ctx, *post = ctx + split;
    size_t npre = split, npost = nctx - split;

    size_t at;
    int32_t before = last_cp(pre, npre, &at), after = first_cp(post, npost);
    int32_t before2 = at > 0 ? last_cp(pre, at, &at) : -1;
    int guard_pre = 0, guard_post = 0;
    if (kind != LL_ID_EMAIL) {
        guard_pre = is_wordish(before) || is_currency(before) ||
                    ((before == ' ' ||
                      (before >= 0 && utf8proc_category(before) == UTF8PROC_CATEGORY_ZS)) &&
                     is_currency(before2));
        guard_post = is_decimal(after);
    }
    if (kind == LL_ID_DOB || kind == LL_ID_PLATE) {
        int32_t after2 = -1;
        if (npost > 0) {
            int32_t cp;
            utf8proc_ssize_t w = utf8proc_iterate(post, (utf8proc_ssize_t)npost, &cp);
            if (w > 0 && (size_t)w < npost)
                after2 = first_cp(post + w, npost - (size_t)w);
        }
        guard_pre = guard_pre || before == '.' || (is_dash(before) && is_wordish(before2));
        guard_post = guard_post || is_wordish(after) || after == '[' ||
                     ((is_dash(after) || after == '.' || after == '/') &&
                      (is_wordish(after2) || after2 == '[' || after2 == '+' || after2 == '('));
    }
    size_t n = npre + (guard_pre ? strlen(GUARD) : 0) + strlen(id) +
               (guard_post ? strlen(GUARD) : 0) + npost;
    char *text = malloc(n + 1);
    if (!text)
        return 0;
    size_t k = 0;
    memcpy(text + k, pre, npre), k += npre;
    if (guard_pre)
        memcpy(text + k, GUARD, strlen(GUARD)), k += strlen(GUARD);
    memcpy(text + k, id, strlen(id)), k += strlen(id);
    if (guard_post)
        memcpy(text + k, GUARD, strlen(GUARD)), k += strlen(GUARD);
    memcpy(text + k, post, npost), k += npost;
    text[k] = 0;

    /* LL_FUZZ_MASK_SHOW=1 ./fuzz_mask crash-...: the text a crash was found in. */
    if (getenv("LL_FUZZ_MASK_SHOW"))
        fprintf(stderr, "text: [%.*s]\n", (int)n, text);
    check(text, n, id, LL_MASK_F_ALL);
    if (kind == LL_ID_BSN)
        check(text, n, id, LL_MASK_F_BSN);
    fuzz_check_mask(text, n);
    free(text);
    return 0;
}
