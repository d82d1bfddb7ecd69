/* evalset.h - the labelled evaluation sets (tests/data/eval: one JSON object a line) read for
 * the benchmarks (bench_quality, bench_names, bench_model): the one table that lists them (file,
 * kind, label, gate and floors, blind or frozen), then the whole file, then line by line. */
#ifndef LL_EVALSET_H
#define LL_EVALSET_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>

#define LL_T_EVAL_MAX_BYTES (8 * 1024 * 1024) /* the largest file a benchmark reads */

/* The file at path, NUL-terminated; NULL when it cannot be read or holds more than
 * LL_T_EVAL_MAX_BYTES. The caller frees it. */
char *ll_t_eval_read(const char *path);

/* One line of a set: its number (from 1, empty lines counted) and the line parsed (NULL when
 * it is not JSON; freed when fn returns). Non-zero stops the walk. */
typedef int (*ll_t_eval_fn)(void *ctx, int lineno, const cJSON *row);

/* Calls fn for every line of buf that is not empty, in order. Returns fn's first non-zero
 * answer, or 0. buf is as it was afterwards, for another walk. */
int ll_t_eval_lines(char *buf, ll_t_eval_fn fn, void *ctx);

/* What a set holds: labelled messages ({"text", "theme", "urgency", "sentiment", ...}),
 * phrasings ({"text", "critical": bool, "family"}) of danger or of suicidal intent, or names
 * ({"text", "names", "keep"}). */
typedef enum ll_eval_kind {
    LL_EVAL_MESSAGES,
    LL_EVAL_CRITICAL,
    LL_EVAL_SUICIDAL,
    LL_EVAL_NAMES
} ll_eval_kind;

#define LL_EVAL_GATED 1u  /* its row must meet the bench's targets (the exit status) */
#define LL_EVAL_BLIND 2u  /* a blind round's: read only with LL_BENCH_BLIND=1, summary rows only */
#define LL_EVAL_FROZEN 4u /* read only without -F, figures only; never learned by a model */
#define LL_EVAL_THEME 8u  /* a message set the theme model learns (bench_model's sets[]) */

/* bench_quality's floors on a set (0: none): theme and sentiment shares at least, critical
 * texts found at least (suicidal phrasings: by a suicidal family), suicidal phrasings critical by
 * any rule at least, false critical flags at most max_false where cap_false is set. */
typedef struct ll_eval_floors {
    double theme, sentiment;
    int found, any, max_false, cap_false;
} ll_eval_floors;

/* One evaluation set. The table's order among the message, critical and suicidal sets is the
 * index bench_model learns and reports them by (its crit_sets; its prefixes of learned sets):
 * append, never reorder. bench_quality reads and prints them in quality_at's order (its own
 * since round 1), bench_names the names sets in the table's order. */
typedef struct ll_eval_set {
    const char *file; /* in tests/data/eval */
    ll_eval_kind kind;
    const char *label; /* bench_quality's row; bench_names and bench_model print the file */
    int quality_at;    /* bench_quality's order (unused for names) */
    unsigned flags;    /* LL_EVAL_GATED, _BLIND, _FROZEN, _THEME */
    ll_eval_floors floor;
} ll_eval_set;

/* The table (tests/support/evalset.c) and its length. */
extern const ll_eval_set ll_eval_sets[];
extern const int ll_eval_n_sets;

/* Whether LL_BENCH_BLIND is set (read once, at the first call): the lead's look at a blind
 * round's sets. */
int ll_eval_blind(void);

/* Whether a bench reads set: a frozen set only with with_frozen (no -F), a blind set only with
 * blind (ll_eval_blind()). One rule for every bench. */
int ll_eval_readable(const ll_eval_set *set, int with_frozen, int blind);

/* Whether a set's texts (its misses, its lines) may be printed: neither blind nor frozen. */
int ll_eval_shown(const ll_eval_set *set);

/* The table's entry for path (its last component), or NULL. */
const ll_eval_set *ll_eval_find(const char *path);

/* --list-sets: one line per set of kinds (a mask of 1u << ll_eval_kind) in the table's order,
 * "FILE<TAB>read|not read (blind)|not read (frozen)<TAB>misses printed|summary only". */
void ll_eval_list(FILE *out, unsigned kinds, int with_frozen, int blind);

#endif
