/* evalset.c - the labelled evaluation sets read for the benchmarks (evalset.h). */
#include "evalset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *ll_t_eval_read(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(LL_T_EVAL_MAX_BYTES + 1);
    size_t n = buf ? fread(buf, 1, LL_T_EVAL_MAX_BYTES + 1, f) : 0;
    fclose(f);
    if (!buf || n > LL_T_EVAL_MAX_BYTES) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    return buf;
}

int ll_t_eval_lines(char *buf, ll_t_eval_fn fn, void *ctx) {
    int lineno = 0, rc = 0;
    for (char *line = buf; rc == 0 && line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        lineno++;
        if (*line) {
            cJSON *row = cJSON_Parse(line);
            rc = fn(ctx, lineno, row);
            cJSON_Delete(row);
        }
        if (nl)
            *nl = '\n';
        line = nl ? nl + 1 : NULL;
    }
    return rc;
}
