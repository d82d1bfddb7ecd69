/* evalset.c - the labelled evaluation sets read for the benchmarks (evalset.h): their table,
 * the blind switch, reading them line by line. */
#include "evalset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MSG LL_EVAL_MESSAGES
#define CRIT LL_EVAL_CRITICAL
#define SUI LL_EVAL_SUICIDAL
#define NAMES LL_EVAL_NAMES
#define GATED LL_EVAL_GATED
#define BLIND LL_EVAL_BLIND
#define FROZEN LL_EVAL_FROZEN
#define THEME LL_EVAL_THEME
#define AT_MOST(n) .max_false = (n), .cap_false = 1
#define NO_FLOOR \
    { .found = 0 }

/* Every evaluation set of tests/data/eval (its README says who wrote each and when).
 *
 * Adding a round is appending its lines at the end: its messages, critical and suicidal sets
 * (bench_model's next indexes; bench_quality's quality_at next: messages, critical, suicidal)
 * and its names set, flagged BLIND while the round is blind; when it ends, the flag goes.
 * Which sets a model learns from stays bench_model's (its *_LEARNED_SETS prefixes of this
 * order, the THEME flag for the theme model); a blind set is never learned, never printed.
 *
 * Floors (bench_quality, the exit status and so the unit test quality_targets):
 *   round 7 (issue 12): what round 7's changes found held out (bench_model --critical), the
 *     false flags at most their before-figures: critical phr. dev 6 54 (9), dev 7 62 (11),
 *     development 7 13 (8); and the shipped theme model's tripwire on the blind writer's sets:
 *     development 6 and 7 theme 0.85 (the rules alone 0.810 and 0.787);
 *   round 8: critical phr. dev 8 68 (11), development 8 10 (2), theme 0.83, sentiment of
 *     development 6-8 0.90 (before: theme 0.800, sentiment 0.857 on development 8);
 *   round 10 (suicidal statements in ordinary words; the rules were written after reading
 *     these sets' misses, not independent): suicidal phr. dev 4 114, dev 5 86 (5), dev 6 61
 *     (3; round 7's 59), dev 7 69 (2; round 8's 67), dev 8 70 (2) critical by any rule.
 * GATED: the row meets the targets (development and development 4, suicidal phrasings dev,
 * critical phr. dev 4: issue 12 round 3's rules must keep them; names-dev to -dev5 and -dev7:
 * names-dev6 and names-dev8 on hold known misses, see tests/data/eval/README.md). */
const ll_eval_set ll_eval_sets[] = {
    /* frozen: written blind to the rules, figures only, read only without -F */
    {"test-frozen.jsonl", MSG, "frozen test", 900, FROZEN, NO_FLOOR},
    {"suicidal-frozen.jsonl", SUI, "suicidal phr. frozen", 901, FROZEN, NO_FLOOR},
    {"names-frozen.jsonl", NAMES, "names-frozen", 0, FROZEN, NO_FLOOR},
    /* the name masker's sets through round 21 */
    {"names-dev.jsonl", NAMES, "names-dev", 0, GATED, NO_FLOOR},
    {"names-dev2.jsonl", NAMES, "names-dev2", 0, GATED, NO_FLOOR},
    {"names-dev3.jsonl", NAMES, "names-dev3", 0, GATED, NO_FLOOR},
    {"names-dev4.jsonl", NAMES, "names-dev4", 0, GATED, NO_FLOOR},
    {"names-dev5.jsonl", NAMES, "names-dev5", 0, GATED, NO_FLOOR},
    {"names-dev6.jsonl", NAMES, "names-dev6", 0, 0, NO_FLOOR},
    {"names-dev7.jsonl", NAMES, "names-dev7", 0, GATED, NO_FLOOR},
    {"names-dev8.jsonl", NAMES, "names-dev8", 0, 0, NO_FLOOR},
    {"names-dev9.jsonl", NAMES, "names-dev9", 0, 0, NO_FLOOR},
    {"names-dev10.jsonl", NAMES, "names-dev10", 0, 0, NO_FLOOR},
    {"names-dev11.jsonl", NAMES, "names-dev11", 0, 0, NO_FLOOR},
    {"names-dev12.jsonl", NAMES, "names-dev12", 0, 0, NO_FLOOR},
    {"names-dev13.jsonl", NAMES, "names-dev13", 0, 0, NO_FLOOR},
    {"names-dev14.jsonl", NAMES, "names-dev14", 0, 0, NO_FLOOR},
    {"names-dev15.jsonl", NAMES, "names-dev15", 0, 0, NO_FLOOR},
    {"names-dev16.jsonl", NAMES, "names-dev16", 0, 0, NO_FLOOR},
    {"names-dev17.jsonl", NAMES, "names-dev17", 0, 0, NO_FLOOR},
    {"names-dev18.jsonl", NAMES, "names-dev18", 0, 0, NO_FLOOR},
    {"names-dev19.jsonl", NAMES, "names-dev19", 0, 0, NO_FLOOR},
    {"names-dev20.jsonl", NAMES, "names-dev20", 0, 0, NO_FLOOR},
    {"names-dev21.jsonl", NAMES, "names-dev21", 0, 0, NO_FLOOR},
    {"names-dev22.jsonl", NAMES, "names-dev22", 0, 0, NO_FLOOR},
    {"names-dev23.jsonl", NAMES, "names-dev23", 0, 0, NO_FLOOR},
    {"names-dev24.jsonl", NAMES, "names-dev24", 0, 0, NO_FLOOR},
    /* the classifier's sets, in bench_model's order */
    {"critical-dev.jsonl", CRIT, "critical phrasings dev", 11, 0, NO_FLOOR},
    {"critical-dev3.jsonl", CRIT, "critical phr. dev 3", 12, 0, NO_FLOOR},
    {"critical-dev4.jsonl", CRIT, "critical phr. dev 4", 14, GATED, NO_FLOOR},
    {"suicidal-dev.jsonl", SUI, "suicidal phrasings dev", 8, GATED, NO_FLOOR},
    {"suicidal-dev2.jsonl", SUI, "suicidal phr. dev 2", 9, 0, NO_FLOOR},
    {"suicidal-dev3.jsonl", SUI, "suicidal phr. dev 3", 10, 0, NO_FLOOR},
    {"suicidal-dev4.jsonl", SUI, "suicidal phr. dev 4", 13, 0, {.any = 114}},
    {"messages.jsonl", MSG, "development", 0, GATED | THEME, NO_FLOOR},
    {"messages-dev2.jsonl", MSG, "development 2", 1, THEME, NO_FLOOR},
    {"messages-dev3.jsonl", MSG, "development 3", 2, THEME, NO_FLOOR},
    {"messages-dev4.jsonl", MSG, "development 4", 3, GATED | THEME, NO_FLOOR},
    {"messages-dev5.jsonl", MSG, "development 5", 4, 0, NO_FLOOR},
    {"critical-dev5.jsonl", CRIT, "critical phr. dev 5", 15, 0, NO_FLOOR},
    {"suicidal-dev5.jsonl", SUI, "suicidal phr. dev 5", 16, 0, {.any = 86, AT_MOST(5)}},
    {"critical-dev6.jsonl", CRIT, "critical phr. dev 6", 17, 0, {.found = 54, AT_MOST(9)}},
    {"suicidal-dev6.jsonl", SUI, "suicidal phr. dev 6", 18, 0, {.any = 61, AT_MOST(3)}},
    {"critical-dev7.jsonl", CRIT, "critical phr. dev 7", 19, 0, {.found = 62, AT_MOST(11)}},
    {"suicidal-dev7.jsonl", SUI, "suicidal phr. dev 7", 20, 0, {.any = 69, AT_MOST(2)}},
    {"critical-dev8.jsonl", CRIT, "critical phr. dev 8", 21, 0, {.found = 68, AT_MOST(11)}},
    {"messages-dev6.jsonl", MSG, "development 6", 5, THEME, {.theme = 0.85, .sentiment = 0.90}},
    {"messages-dev7.jsonl",
     MSG,
     "development 7",
     6,
     THEME,
     {.theme = 0.85, .sentiment = 0.90, .found = 13, AT_MOST(8)}},
    {"messages-dev8.jsonl",
     MSG,
     "development 8",
     7,
     THEME,
     {.theme = 0.83, .sentiment = 0.90, .found = 10, AT_MOST(2)}},
    {"critical-dev9.jsonl", CRIT, "critical phr. dev 9", 23, 0, NO_FLOOR},
    {"suicidal-dev8.jsonl", SUI, "suicidal phr. dev 8", 24, 0, {.any = 70, AT_MOST(2)}},
    {"messages-dev9.jsonl", MSG, "development 9", 22, THEME, NO_FLOOR},
    {"critical-dev10.jsonl", CRIT, "critical phr. dev 10", 26, 0, NO_FLOOR},
    {"suicidal-dev9.jsonl", SUI, "suicidal phr. dev 9", 27, 0, NO_FLOOR},
    {"messages-dev10.jsonl", MSG, "development 10", 25, THEME, NO_FLOOR},
    {"critical-dev11.jsonl", CRIT, "critical phr. dev 11", 29, 0, NO_FLOOR},
    {"suicidal-dev10.jsonl", SUI, "suicidal phr. dev 10", 30, 0, NO_FLOOR},
    {"messages-dev11.jsonl", MSG, "development 11", 28, THEME, NO_FLOOR},
    {"critical-dev12.jsonl", CRIT, "critical phr. dev 12", 32, 0, NO_FLOOR},
    {"suicidal-dev11.jsonl", SUI, "suicidal phr. dev 11", 33, 0, NO_FLOOR},
    {"messages-dev12.jsonl", MSG, "development 12", 31, THEME, NO_FLOOR},
    {"critical-dev13.jsonl", CRIT, "critical phr. dev 13", 35, 0, NO_FLOOR},
    {"suicidal-dev12.jsonl", SUI, "suicidal phr. dev 12", 36, 0, NO_FLOOR},
    {"messages-dev13.jsonl", MSG, "development 13", 34, THEME, NO_FLOOR},
    {"critical-dev14.jsonl", CRIT, "critical phr. dev 14", 38, 0, NO_FLOOR},
    {"suicidal-dev13.jsonl", SUI, "suicidal phr. dev 13", 39, 0, NO_FLOOR},
    {"messages-dev14.jsonl", MSG, "development 14", 37, THEME, NO_FLOOR},
    {"critical-dev15.jsonl", CRIT, "critical phr. dev 15", 41, 0, NO_FLOOR},
    {"suicidal-dev14.jsonl", SUI, "suicidal phr. dev 14", 42, 0, NO_FLOOR},
    {"messages-dev15.jsonl", MSG, "development 15", 40, THEME, NO_FLOOR},
    {"critical-dev16.jsonl", CRIT, "critical phr. dev 16", 44, 0, NO_FLOOR},
    {"suicidal-dev15.jsonl", SUI, "suicidal phr. dev 15", 45, 0, NO_FLOOR},
    {"messages-dev16.jsonl", MSG, "development 16", 43, THEME, NO_FLOOR},
    {"critical-dev17.jsonl", CRIT, "critical phr. dev 17", 47, 0, NO_FLOOR},
    {"suicidal-dev16.jsonl", SUI, "suicidal phr. dev 16", 48, 0, NO_FLOOR},
    {"messages-dev17.jsonl", MSG, "development 17", 46, THEME, NO_FLOOR},
    {"critical-dev18.jsonl", CRIT, "critical phr. dev 18", 50, 0, NO_FLOOR},
    {"suicidal-dev17.jsonl", SUI, "suicidal phr. dev 17", 51, 0, NO_FLOOR},
    {"messages-dev18.jsonl", MSG, "development 18", 49, THEME, NO_FLOOR},
    {"critical-dev19.jsonl", CRIT, "critical phr. dev 19", 53, 0, NO_FLOOR},
    {"suicidal-dev18.jsonl", SUI, "suicidal phr. dev 18", 54, 0, NO_FLOOR},
    {"messages-dev19.jsonl", MSG, "development 19", 52, THEME, NO_FLOOR},
    {"critical-dev20.jsonl", CRIT, "critical phr. dev 20", 56, 0, NO_FLOOR},
    {"suicidal-dev19.jsonl", SUI, "suicidal phr. dev 19", 57, 0, NO_FLOOR},
    {"messages-dev20.jsonl", MSG, "development 20", 55, THEME, NO_FLOOR},
    {"critical-dev21.jsonl", CRIT, "critical phr. dev 21", 59, 0, NO_FLOOR},
    {"suicidal-dev20.jsonl", SUI, "suicidal phr. dev 20", 60, 0, NO_FLOOR},
    {"messages-dev21.jsonl", MSG, "development 21", 58, THEME, NO_FLOOR},
    /* round 22 (blind through session 20) */
    {"critical-dev22.jsonl", CRIT, "critical phr. dev 22", 62, 0, NO_FLOOR},
    {"suicidal-dev21.jsonl", SUI, "suicidal phr. dev 21", 63, 0, NO_FLOOR},
    {"messages-dev22.jsonl", MSG, "development 22", 61, THEME, NO_FLOOR},
    {"names-dev25.jsonl", NAMES, "names-dev25", 0, 0, NO_FLOOR},
    /* round 23 (blind through session 22; development since session 23) */
    {"critical-dev23.jsonl", CRIT, "critical phr. dev 23", 65, 0, NO_FLOOR},
    {"suicidal-dev22.jsonl", SUI, "suicidal phr. dev 22", 66, 0, NO_FLOOR},
    {"messages-dev23.jsonl", MSG, "development 23", 64, THEME, NO_FLOOR},
    {"names-dev26.jsonl", NAMES, "names-dev26", 0, 0, NO_FLOOR},
    /* round 24 (blind through session 23; development since session 24) */
    {"critical-dev24.jsonl", CRIT, "critical phr. dev 24", 68, 0, NO_FLOOR},
    {"suicidal-dev23.jsonl", SUI, "suicidal phr. dev 23", 69, 0, NO_FLOOR},
    {"messages-dev24.jsonl", MSG, "development 24", 67, THEME, NO_FLOOR},
    {"names-dev27.jsonl", NAMES, "names-dev27", 0, 0, NO_FLOOR},
    /* round 25 (blind through session 24; development since session 25) */
    {"critical-dev25.jsonl", CRIT, "critical phr. dev 25", 71, 0, NO_FLOOR},
    {"suicidal-dev24.jsonl", SUI, "suicidal phr. dev 24", 72, 0, NO_FLOOR},
    {"messages-dev25.jsonl", MSG, "development 25", 70, THEME, NO_FLOOR},
    {"names-dev28.jsonl", NAMES, "names-dev28", 0, 0, NO_FLOOR},
    /* round 26 (blind through session 25; development since session 26) */
    {"critical-dev26.jsonl", CRIT, "critical phr. dev 26", 74, 0, NO_FLOOR},
    {"suicidal-dev25.jsonl", SUI, "suicidal phr. dev 25", 75, 0, NO_FLOOR},
    {"messages-dev26.jsonl", MSG, "development 26", 73, THEME, NO_FLOOR},
    {"names-dev29.jsonl", NAMES, "names-dev29", 0, 0, NO_FLOOR},
    /* round 27 (blind through session 26; development since session 27), with a set of
     * look-alikes only: calm texts in the words of statements and dangers, the check a learned
     * model is held to (it stays blind: counted, never read) */
    {"critical-dev27.jsonl", CRIT, "critical phr. dev 27", 77, 0, NO_FLOOR},
    {"suicidal-dev26.jsonl", SUI, "suicidal phr. dev 26", 78, 0, NO_FLOOR},
    {"messages-dev27.jsonl", MSG, "development 27", 76, THEME, NO_FLOOR},
    {"names-dev30.jsonl", NAMES, "names-dev30", 0, 0, NO_FLOOR},
    {"lookalikes-dev27.jsonl", CRIT, "look-alikes dev 27", 79, BLIND, NO_FLOOR},
    /* round 28 (blind through session 27; development since session 28), with its own set of
     * look-alikes (the second fresh check a learned model is held to; it stays blind) */
    {"critical-dev28.jsonl", CRIT, "critical phr. dev 28", 81, 0, NO_FLOOR},
    {"suicidal-dev27.jsonl", SUI, "suicidal phr. dev 27", 82, 0, NO_FLOOR},
    {"messages-dev28.jsonl", MSG, "development 28", 80, THEME, NO_FLOOR},
    {"names-dev31.jsonl", NAMES, "names-dev31", 0, 0, NO_FLOOR},
    {"lookalikes-dev28.jsonl", CRIT, "look-alikes dev 28", 83, BLIND, NO_FLOOR},
    /* round 29 (blind through session 28; development since session 29), with its own set of
     * look-alikes (the third fresh check a learned model is held to; it stays blind) */
    {"critical-dev29.jsonl", CRIT, "critical phr. dev 29", 85, 0, NO_FLOOR},
    {"suicidal-dev28.jsonl", SUI, "suicidal phr. dev 28", 86, 0, NO_FLOOR},
    {"messages-dev29.jsonl", MSG, "development 29", 84, THEME, NO_FLOOR},
    {"names-dev32.jsonl", NAMES, "names-dev32", 0, 0, NO_FLOOR},
    {"lookalikes-dev29.jsonl", CRIT, "look-alikes dev 29", 87, BLIND, NO_FLOOR},
    /* round 30 (blind through session 29), with its own set of look-alikes (the fourth fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev30.jsonl", CRIT, "critical phr. dev 30", 89, 0, NO_FLOOR},
    {"suicidal-dev29.jsonl", SUI, "suicidal phr. dev 29", 90, 0, NO_FLOOR},
    {"messages-dev30.jsonl", MSG, "development 30", 88, THEME, NO_FLOOR},
    {"names-dev33.jsonl", NAMES, "names-dev33", 0, 0, NO_FLOOR},
    {"lookalikes-dev30.jsonl", CRIT, "look-alikes dev 30", 91, BLIND, NO_FLOOR},
    /* round 31 (blind through session 30), with its own set of look-alikes (the fifth fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev31.jsonl", CRIT, "critical phr. dev 31", 93, 0, NO_FLOOR},
    {"suicidal-dev30.jsonl", SUI, "suicidal phr. dev 30", 94, 0, NO_FLOOR},
    {"messages-dev31.jsonl", MSG, "development 31", 92, THEME, NO_FLOOR},
    {"names-dev34.jsonl", NAMES, "names-dev34", 0, 0, NO_FLOOR},
    {"lookalikes-dev31.jsonl", CRIT, "look-alikes dev 31", 95, BLIND, NO_FLOOR},
    /* round 32 (blind through session 31), with its own set of look-alikes (the sixth fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev32.jsonl", CRIT, "critical phr. dev 32", 97, 0, NO_FLOOR},
    {"suicidal-dev31.jsonl", SUI, "suicidal phr. dev 31", 98, 0, NO_FLOOR},
    {"messages-dev32.jsonl", MSG, "development 32", 96, THEME, NO_FLOOR},
    {"names-dev35.jsonl", NAMES, "names-dev35", 0, 0, NO_FLOOR},
    {"lookalikes-dev32.jsonl", CRIT, "look-alikes dev 32", 99, BLIND, NO_FLOOR},
    /* round 33 (blind through session 32), with its own set of look-alikes (the seventh fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev33.jsonl", CRIT, "critical phr. dev 33", 101, 0, NO_FLOOR},
    {"suicidal-dev32.jsonl", SUI, "suicidal phr. dev 32", 102, 0, NO_FLOOR},
    {"messages-dev33.jsonl", MSG, "development 33", 100, THEME, NO_FLOOR},
    {"names-dev36.jsonl", NAMES, "names-dev36", 0, 0, NO_FLOOR},
    {"lookalikes-dev33.jsonl", CRIT, "look-alikes dev 33", 103, BLIND, NO_FLOOR},
    /* round 34 (blind through session 33), with its own set of look-alikes (the eighth fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev34.jsonl", CRIT, "critical phr. dev 34", 105, 0, NO_FLOOR},
    {"suicidal-dev33.jsonl", SUI, "suicidal phr. dev 33", 106, 0, NO_FLOOR},
    {"messages-dev34.jsonl", MSG, "development 34", 104, THEME, NO_FLOOR},
    {"names-dev37.jsonl", NAMES, "names-dev37", 0, 0, NO_FLOOR},
    {"lookalikes-dev34.jsonl", CRIT, "look-alikes dev 34", 107, BLIND, NO_FLOOR},
    /* round 35 (blind through session 34), with its own set of look-alikes (the ninth fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev35.jsonl", CRIT, "critical phr. dev 35", 109, 0, NO_FLOOR},
    {"suicidal-dev34.jsonl", SUI, "suicidal phr. dev 34", 110, 0, NO_FLOOR},
    {"messages-dev35.jsonl", MSG, "development 35", 108, THEME, NO_FLOOR},
    {"names-dev38.jsonl", NAMES, "names-dev38", 0, 0, NO_FLOOR},
    {"lookalikes-dev35.jsonl", CRIT, "look-alikes dev 35", 111, BLIND, NO_FLOOR},
    /* round 36 (blind through session 35), with its own set of look-alikes (the tenth fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev36.jsonl", CRIT, "critical phr. dev 36", 113, 0, NO_FLOOR},
    {"suicidal-dev35.jsonl", SUI, "suicidal phr. dev 35", 114, 0, NO_FLOOR},
    {"messages-dev36.jsonl", MSG, "development 36", 112, THEME, NO_FLOOR},
    {"names-dev39.jsonl", NAMES, "names-dev39", 0, 0, NO_FLOOR},
    {"lookalikes-dev36.jsonl", CRIT, "look-alikes dev 36", 115, BLIND, NO_FLOOR},
    /* round 37 (blind through session 36), with its own set of look-alikes (the eleventh fresh
     * check a learned model is held to; it stays blind) */
    {"critical-dev37.jsonl", CRIT, "critical phr. dev 37", 117, 0, NO_FLOOR},
    {"suicidal-dev36.jsonl", SUI, "suicidal phr. dev 36", 118, 0, NO_FLOOR},
    {"messages-dev37.jsonl", MSG, "development 37", 116, THEME, NO_FLOOR},
    {"names-dev40.jsonl", NAMES, "names-dev40", 0, 0, NO_FLOOR},
    {"lookalikes-dev37.jsonl", CRIT, "look-alikes dev 37", 119, BLIND, NO_FLOOR},
    /* round 38 (blind through session 37), with its own set of look-alikes (the twelfth fresh
     * check a learned model is held to) */
    {"critical-dev38.jsonl", CRIT, "critical phr. dev 38", 121, BLIND, NO_FLOOR},
    {"suicidal-dev37.jsonl", SUI, "suicidal phr. dev 37", 122, BLIND, NO_FLOOR},
    {"messages-dev38.jsonl", MSG, "development 38", 120, BLIND, NO_FLOOR},
    {"names-dev41.jsonl", NAMES, "names-dev41", 0, BLIND, NO_FLOOR},
    {"lookalikes-dev38.jsonl", CRIT, "look-alikes dev 38", 123, BLIND, NO_FLOOR},
};
const int ll_eval_n_sets = sizeof(ll_eval_sets) / sizeof(ll_eval_sets[0]);

int ll_eval_blind(void) {
    static int blind = -1;
    if (blind < 0)
        blind = getenv("LL_BENCH_BLIND") != NULL;
    return blind;
}

int ll_eval_readable(const ll_eval_set *set, int with_frozen, int blind) {
    return (!(set->flags & LL_EVAL_FROZEN) || with_frozen) &&
           (!(set->flags & LL_EVAL_BLIND) || blind);
}

int ll_eval_shown(const ll_eval_set *set) {
    return !(set->flags & (LL_EVAL_BLIND | LL_EVAL_FROZEN));
}

const ll_eval_set *ll_eval_find(const char *path) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (int i = 0; i < ll_eval_n_sets; i++)
        if (strcmp(ll_eval_sets[i].file, base) == 0)
            return &ll_eval_sets[i];
    return NULL;
}

void ll_eval_list(FILE *out, unsigned kinds, int with_frozen, int blind) {
    for (int i = 0; i < ll_eval_n_sets; i++) {
        const ll_eval_set *s = &ll_eval_sets[i];
        if (!(kinds >> s->kind & 1))
            continue;
        int read = ll_eval_readable(s, with_frozen, blind);
        fprintf(out, "%s\t%s\t%s\n", s->file,
                read                                        ? "read"
                : s->flags & LL_EVAL_FROZEN && !with_frozen ? "not read (frozen)"
                                                            : "not read (blind)",
                ll_eval_shown(s) ? "misses printed" : "summary only");
    }
}

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
