/* evalset.h - the labelled evaluation sets (tests/data/eval: one JSON object a line) read for
 * the benchmarks (bench_quality, bench_names, bench_model): the whole file, then line by line. */
#ifndef LL_EVALSET_H
#define LL_EVALSET_H

#include <cjson/cJSON.h>
#include <stddef.h>

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

#endif
