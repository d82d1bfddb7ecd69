/* test_matcher.c - the automaton against a reference that shares no code with it (every
 * pattern looked up at every end), and what compiling it costs in resident memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "matcher.h"

/* 40 bytes, as many as the classifier's rules use (its automaton has 40 classes). */
static const char ALPHABET[] = "abcdefghijklmnopqrstuvwxyz0123456789 -'.";
#define NALPHA (sizeof(ALPHABET) - 1)

/* Syllables over the alphabet: words made of them share prefixes and suffixes, so the
 * trie has nodes of one child and of many, and failure links between them. */
static const char *const SYLL[] = {
    "ge", "ver", "be",   "ont",  "in",  "en", "de", "st", "aa", "ij", "oe", "sch", "k", "t",
    "n",  "r",   "lijk", "heid", "ing", "er", "x",  "q",  "9",  "0",  " ",  "-",   "'", "."};
#define NSYLL (sizeof(SYLL) / sizeof(SYLL[0]))

typedef struct pat {
    char s[32];
    size_t len;
    uint32_t value;
} pat;

static uint32_t rnd(uint64_t *st) {
    *st = *st * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(*st >> 33);
}

/* A word of 1..5 syllables, now and then a stray letter of the whole alphabet. */
static size_t make_word(uint64_t *st, char *out, size_t cap) {
    size_t n = 0, parts = 1 + rnd(st) % 5;
    for (size_t p = 0; p < parts; p++) {
        const char *sy = rnd(st) % 8 ? SYLL[rnd(st) % NSYLL] : NULL;
        if (sy) {
            size_t l = strlen(sy);
            if (n + l >= cap)
                break;
            memcpy(out + n, sy, l);
            n += l;
        } else if (n + 1 < cap) {
            out[n++] = ALPHABET[rnd(st) % NALPHA];
        }
    }
    if (n == 0)
        out[n++] = ALPHABET[rnd(st) % NALPHA];
    out[n] = '\0';
    return n;
}

static int pat_cmp(const void *a, const void *b) {
    const pat *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c)
        return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

/* n distinct words (fewer when they repeat), sorted; their count. */
static size_t distinct_words(uint64_t *st, pat *ps, size_t n) {
    for (size_t i = 0; i < n; i++)
        ps[i].len = make_word(st, ps[i].s, sizeof(ps[i].s));
    qsort(ps, n, sizeof(*ps), pat_cmp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (k == 0 || pat_cmp(&ps[k - 1], &ps[i]) != 0)
            ps[k++] = ps[i];
    return k;
}

typedef struct occ {
    size_t start, end;
    uint32_t value;
} occ;

static int occ_cmp(const void *a, const void *b) {
    const occ *x = a, *y = b;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->value < y->value ? -1 : x->value > y->value;
}

typedef struct occs {
    occ *o;
    size_t n, cap;
    size_t last_end; /* the scan reports in order of end */
    int out_of_order;
} occs;

static void push(occs *os, size_t start, size_t end, uint32_t value) {
    if (os->n == os->cap) {
        os->cap = os->cap ? 2 * os->cap : 1024;
        os->o = realloc(os->o, os->cap * sizeof(*os->o));
        assert_non_null(os->o);
    }
    os->o[os->n++] = (occ){start, end, value};
}

static void on_match(void *ctx, size_t start, size_t end, uint32_t value) {
    occs *os = ctx;
    if (end < os->last_end)
        os->out_of_order = 1;
    os->last_end = end;
    push(os, start, end, value);
}

/* The reference: every substring of s up to the longest pattern, looked up in the
 * sorted patterns. */
static void reference(const pat *sorted, size_t np, size_t maxlen, const char *s, size_t len,
                      occs *os) {
    for (size_t end = 1; end <= len; end++)
        for (size_t l = 1; l <= maxlen && l <= end; l++) {
            pat key = {.len = l};
            memcpy(key.s, s + end - l, l);
            const pat *hit = bsearch(&key, sorted, np, sizeof(pat), pat_cmp);
            if (!hit)
                continue;
            /* Every pattern of the same bytes (several values), either side of the hit. */
            const pat *a = hit, *b = hit;
            while (a > sorted && pat_cmp(a - 1, &key) == 0)
                a--;
            while (b + 1 < sorted + np && pat_cmp(b + 1, &key) == 0)
                b++;
            for (const pat *p = a; p <= b; p++)
                push(os, end - l, end, p->value);
        }
}

/* np random patterns (a tenth added twice, with a second value), scanned over a text of
 * them and of noise; the automaton's occurrences equal the reference's. */
static void against_reference(size_t np, uint64_t seed, size_t text_len) {
    uint64_t st = seed;
    pat *ps = calloc(np + np / 10, sizeof(*ps));
    assert_non_null(ps);
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    size_t nd = distinct_words(&st, ps, np), maxlen = 0;
    np = nd;
    for (size_t i = 0; i < nd / 10; i++)
        ps[np++] = ps[rnd(&st) % nd]; /* the same bytes, another value */
    for (size_t i = 0; i < np; i++) {
        ps[i].value = (uint32_t)i;
        if (ps[i].len > maxlen)
            maxlen = ps[i].len;
        assert_int_equal(ll_matcher_add(m, ps[i].s, ps[i].len, ps[i].value), 0);
    }
    assert_int_equal(ll_matcher_compile(m), 0);
    char *text = malloc(text_len + 1);
    assert_non_null(text);
    size_t n = 0;
    while (n < text_len) {
        char w[32];
        const char *src = w;
        size_t l;
        if (rnd(&st) % 3) { /* a pattern, else a word made up */
            const pat *p = &ps[rnd(&st) % np];
            src = p->s;
            l = p->len;
        } else {
            l = make_word(&st, w, sizeof(w));
        }
        for (size_t k = 0; k < l && n < text_len; k++)
            text[n++] = src[k];
        if (n < text_len && rnd(&st) % 2)
            text[n++] = rnd(&st) % 4 ? ' ' : 'Z'; /* Z: a byte no pattern uses */
    }
    text[n] = '\0';
    occs got = {0}, want = {0};
    ll_matcher_scan(m, text, n, on_match, &got);
    assert_false(got.out_of_order);
    qsort(ps, np, sizeof(*ps), pat_cmp);
    reference(ps, np, maxlen, text, n, &want);
    assert_true(want.n > 0);
    qsort(got.o, got.n, sizeof(occ), occ_cmp);
    qsort(want.o, want.n, sizeof(occ), occ_cmp);
    assert_int_equal(got.n, want.n);
    for (size_t i = 0; i < got.n; i++) {
        assert_int_equal(got.o[i].start, want.o[i].start);
        assert_int_equal(got.o[i].end, want.o[i].end);
        assert_int_equal(got.o[i].value, want.o[i].value);
    }
    free(got.o);
    free(want.o);
    free(text);
    ll_matcher_free(m);
    free(ps);
}

/* Under 65,536 nodes the table is 16 bits wide. */
static void a_small_automaton_finds_what_the_reference_finds(void **state) {
    (void)state;
    for (uint64_t seed = 1; seed <= 8; seed++)
        against_reference(300 + 200 * seed, seed, 20000);
}

/* Past 65,536 nodes it is 32 bits wide. */
static void a_large_automaton_finds_what_the_reference_finds(void **state) {
    (void)state;
    against_reference(30000, 77, 50000);
}

/* A pattern inside another, a pattern that is the other's suffix, one byte alone, and a
 * text that runs through failure links of chain nodes ("aab" after "aa"). */
static void overlapping_patterns(void **state) {
    (void)state;
    static const char *const p[] = {"a", "aa", "aab", "ab", "b", "abab", "bab", "ba"};
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    for (uint32_t i = 0; i < sizeof(p) / sizeof(p[0]); i++)
        assert_int_equal(ll_matcher_add(m, p[i], strlen(p[i]), i), 0);
    assert_int_equal(ll_matcher_compile(m), 0);
    occs got = {0};
    ll_matcher_scan(m, "aababx", 6, on_match, &got);
    /* a@0 a@1 aa@0 aab@0 ab@1 b@2 a@3 ba@2 ab@3 b@4 abab@1 bab@2 */
    assert_int_equal(got.n, 12);
    free(got.o);
    ll_matcher_free(m);
}

static long status_kb(const char *field) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(field);
    while (f && fgets(line, sizeof(line), f))
        if (strncmp(line, field, n) == 0)
            v = strtol(line + n, NULL, 10);
    if (f)
        fclose(f);
    return v;
}

/* Compiling needs little beside what it keeps: the table of every node's row (nodes x
 * classes x 4 bytes, 20 MB for the shipped rules of 12-04) was touched whole and freed
 * at once, and it set the processor's peak RSS (issue 16). Blocks this large get pages of
 * their own, as in the processor (LL_PROCESS_MMAP_THRESHOLD), so what compiling frees
 * leaves the resident set. Skipped where the allocator is not glibc's (the sanitizers')
 * or the kernel does not let the peak be reset (/proc/self/clear_refs). */
static void compiling_does_not_touch_a_row_per_node(void **state) {
    (void)state;
    if (mallopt(M_MMAP_THRESHOLD, 128 * 1024) != 1) {
        skip();
        return;
    }
    uint64_t st = 5;
    size_t np = 60000;
    pat *ps = calloc(np, sizeof(*ps));
    assert_non_null(ps);
    np = distinct_words(&st, ps, np);
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    for (size_t i = 0; i < np; i++)
        assert_int_equal(ll_matcher_add(m, ps[i].s, ps[i].len, (uint32_t)i), 0);
    free(ps);
    FILE *f = fopen("/proc/self/clear_refs", "w");
    if (!f || fputs("5", f) < 0 || fclose(f) != 0) {
        ll_matcher_free(m);
        skip();
        return;
    }
    long before = status_kb("VmRSS:");
    assert_int_equal(ll_matcher_compile(m), 0);
    long peak = status_kb("VmHWM:"), after = status_kb("VmRSS:");
    size_t full_kb = ll_matcher_nodes(m) * NALPHA * sizeof(int32_t) / 1024;
    print_message("nodes %zu: a row each %zu KiB; the compile's peak %ld KiB above where it "
                  "started, %ld above what it left resident\n",
                  ll_matcher_nodes(m), full_kb, peak - before, peak - after);
    assert_true(peak > 0 && after > 0 && before > 0);
    assert_true((size_t)(peak - after) < full_kb / 2);
    /* The trie's edges and outputs and the walk's arrays go before the reports are laid
     * out: with them still held the peak stood 8,192 KiB above the start, now ~4,100. */
    assert_true((size_t)(peak - before) < full_kb / 3);
    ll_matcher_free(m);
}

/* A short pattern ends inside many longer ones (a word's ending, a short word at the end of
 * compounds): each node of those words reports it. Its values are stored once, where every
 * such node points; written out again for each node they took 5.2 of the automaton's
 * 10.3 MB for the rules of 12-05 and grew with every rule (issue 16). Counts the bytes
 * malloc holds (mallinfo2), so skipped where the allocator is not glibc's. */
static void a_pattern_s_values_are_kept_once_however_many_words_end_in_it(void **state) {
    (void)state;
    if (mallopt(M_MMAP_THRESHOLD, 128 * 1024) != 1) {
        skip();
        return;
    }
    enum { NVALUES = 256, NWORDS = 4000 };
    struct mallinfo2 m0 = mallinfo2();
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    for (uint32_t v = 0; v < NVALUES; v++)
        assert_int_equal(ll_matcher_add(m, "je", 2, v), 0);
    char w[16];
    for (uint32_t i = 0; i < NWORDS; i++) {
        int n =
            snprintf(w, sizeof(w), "%c%c%cje", 'a' + i % 26, 'a' + i / 26 % 26, 'a' + i / 676 % 26);
        assert_int_equal(ll_matcher_add(m, w, (size_t)n, NVALUES + i), 0);
    }
    assert_int_equal(ll_matcher_compile(m), 0);
    struct mallinfo2 m1 = mallinfo2();
    size_t held = (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd);
    size_t copies = (size_t)NWORDS * NVALUES * sizeof(uint32_t);
    print_message("%zu nodes hold %zu KiB; the short pattern's values once a word %zu KiB\n",
                  ll_matcher_nodes(m), held / 1024, copies / 1024);
    assert_true(held < copies / 8);
    occs got = {0};
    ll_matcher_scan(m, "xbaaje", 6, on_match, &got); /* word 1, "baa" + "je" */
    assert_int_equal(got.n, NVALUES + 1);
    free(got.o);
    ll_matcher_free(m);
}

/* Words run through a ladder of patterns ("a", "aa", ... up to 32 a's) on their way to
 * their own end: each of their nodes there reports the ladder's patterns below it without
 * one of its own. Those reports are the runs of the ladder's node, which the node points
 * at; written out again for each node of each word they were 0.5 MB of the rules of 12-05
 * (issue 16). Skipped where the allocator is not glibc's, as above. */
static void a_node_without_patterns_of_its_own_shares_its_suffix_s_runs(void **state) {
    (void)state;
    if (mallopt(M_MMAP_THRESHOLD, 128 * 1024) != 1) {
        skip();
        return;
    }
    enum { RUNG = 32, NWORDS = 1000 };
    char w[64];
    struct mallinfo2 m0 = mallinfo2();
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    memset(w, 'a', RUNG);
    for (uint32_t k = 1; k <= RUNG; k++)
        assert_int_equal(ll_matcher_add(m, w, k, k), 0);
    for (uint32_t i = 0; i < NWORDS; i++) {
        w[0] = (char)('b' + i % 20);
        w[1] = (char)('b' + i / 20 % 20);
        w[2] = (char)('b' + i / 400 % 20);
        memset(w + 3, 'a', RUNG);
        w[3 + RUNG] = 'z';
        assert_int_equal(ll_matcher_add(m, w, 4 + RUNG, 100 + i), 0);
    }
    assert_int_equal(ll_matcher_compile(m), 0);
    struct mallinfo2 m1 = mallinfo2();
    size_t held = (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd);
    /* A run is a value's place and count, a length: 8 bytes. */
    size_t copies = (size_t)NWORDS * (RUNG * (RUNG + 1) / 2) * 8;
    print_message("%zu nodes hold %zu KiB; the ladder's runs once a node %zu KiB\n",
                  ll_matcher_nodes(m), held / 1024, copies / 1024);
    assert_true(held < copies / 4);
    occs got = {0};
    ll_matcher_scan(m, w, 4 + RUNG, on_match, &got); /* the last word: the ladder, then it */
    assert_int_equal(got.n, RUNG * (RUNG + 1) / 2 + 1);
    free(got.o);
    ll_matcher_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(overlapping_patterns),
        cmocka_unit_test(a_small_automaton_finds_what_the_reference_finds),
        cmocka_unit_test(a_large_automaton_finds_what_the_reference_finds),
        cmocka_unit_test(compiling_does_not_touch_a_row_per_node),
        cmocka_unit_test(a_pattern_s_values_are_kept_once_however_many_words_end_in_it),
        cmocka_unit_test(a_node_without_patterns_of_its_own_shares_its_suffix_s_runs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
