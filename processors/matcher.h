/* matcher.h - one Aho-Corasick automaton over bytes for every pattern of the classifier. */
#ifndef LL_MATCHER_H
#define LL_MATCHER_H

#include <stddef.h>
#include <stdint.h>

/* Bounds of one automaton (checked while adding patterns at load time). */
/* Patterns as added (surface, stem and verb-second forms of every term): 63,198 on 12-02
 * (session 19), 70,711 after its suicidal families; 122,419 on 12-04 (main 2be7fbe) and
 * 134,830 with session 28's suicidal18 rules (each rule adds its own unless:/frame: classes,
 * ~1,000 patterns), past the old bound of 131,072: doubled. The arrays grow as patterns are
 * added, so the bound costs nothing until used; a load past it stops. */
#define LL_MATCHER_MAX_PATTERNS 262144
#define LL_MATCHER_MAX_PATTERN 256 /* bytes of one pattern */
#define LL_MATCHER_MAX_NODES (1 << 20)
/* Runs of reports (a node with patterns of its own: one for it and one for each suffix of
 * it that has patterns): 79,000 for the rules of 12-05. A compile past it fails. */
#define LL_MATCHER_MAX_RUNS (1 << 23)

typedef struct ll_matcher ll_matcher;

/* Builder then scanner: add patterns, compile once, then scan any number of
 * texts. Scanning allocates nothing and its cost does not grow with the
 * number of patterns. NULL on allocation failure; ll_matcher_free is NULL-safe. */
ll_matcher *ll_matcher_new(void);
void ll_matcher_free(ll_matcher *m);

/* Adds pat[0..len) reporting value. The same bytes may be added with several
 * values. 0, or -1 on allocation failure or a bound exceeded. */
int ll_matcher_add(ll_matcher *m, const char *pat, size_t len, uint32_t value);
/* Builds the automaton; no adds after it. 0, or -1 on allocation failure or past
 * LL_MATCHER_MAX_RUNS. */
int ll_matcher_compile(ll_matcher *m);

/* Called for every occurrence of every pattern, s[start..end), in order of end. */
typedef void (*ll_matcher_fn)(void *ctx, size_t start, size_t end, uint32_t value);
void ll_matcher_scan(const ll_matcher *m, const char *s, size_t len, ll_matcher_fn fn, void *ctx);

/* Which occurrences ll_matcher_scan_words reports: those whose value has a bit
 * of need and either has a bit of part_ok or covers whole words (it starts
 * after a byte of sep, not at s[0], and the byte after it is one of sep). A
 * caller that would turn the rest away at once saves a call per occurrence:
 * most are a short pattern inside a longer word (~2/3 of the classifier's). */
typedef struct ll_matcher_filter {
    uint32_t need, part_ok;
    uint8_t sep[256]; /* 1: a byte between words */
} ll_matcher_filter;
/* The occurrences of the patterns of one length ending at one byte, s[start..end), that a
 * filter lets through: values[0..n) in ll_matcher_scan's order. Every one of them covers the
 * same words, so a caller judges the span once, not once a value: a word of the
 * classifier's is ~4 of its terms at once (callgrind over bench_enrich: 116 values an
 * event in 24 spans). A run longer than LL_MATCHER_RUN_CHUNK comes in several calls. */
#define LL_MATCHER_RUN_CHUNK 32
typedef void (*ll_matcher_run_fn)(void *ctx, size_t start, size_t end, const uint32_t *values,
                                  size_t n);
/* As ll_matcher_scan, filtered by f, in runs; reads s[len] (a NUL or a separator). */
void ll_matcher_scan_words(const ll_matcher *m, const char *s, size_t len,
                           const ll_matcher_filter *f, ll_matcher_run_fn fn, void *ctx);

size_t ll_matcher_patterns(const ll_matcher *m);
size_t ll_matcher_nodes(const ll_matcher *m);

#endif
