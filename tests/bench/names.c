/* names.c - measures the name masker on labelled sets: recall, precision, kept words touched,
 * and the cost of the whole mask stage with classification per message.
 *
 * Ten sets, one line each {"text", "names": [exact substrings], "keep": [exact substrings]}:
 *   names-dev.jsonl     the first development set: rules are tuned on it; every miss is printed
 *   names-dev2.jsonl    the second development set (titles, relations, particles, lower
 *                       case, initials, first names alone, sign-offs, and streets, places,
 *                       organisations and greetings that look like names), written before
 *                       the rules of its round; tuned on, every miss printed
 *   names-dev3.jsonl    the third (agent shorthand, desk registrations, e-mails signed by
 *                       organisations, two-word streets), written after the rules of
 *                       names-dev2 to see whether they hold; every miss printed
 *   names-dev4.jsonl    the fourth (reported speech, lists, possessives, subject lines and
 *                       form fields, diacritics, English, chat style, shouting), written
 *                       after the rules of names-dev3 and measured before any change
 *   names-dev5.jsonl    the fifth (streets named after persons with house numbers, streets
 *                       without a street ending, businesses and schools that hold a person's
 *                       name, places that are surnames, e-mail signatures with address
 *                       blocks, agent shorthand), written before the rules of its round
 *   names-dev6.jsonl    the sixth (places after naar/richting/vanaf, at a sentence's start,
 *                       in lists and postcode lines; streets that are surnames; buildings
 *                       named after persons), written after the names-dev5 rules and measured
 *                       before its own; not gated: one street read as a surname stays
 *   names-dev7.jsonl    the seventh (hospitals, funds, schools named after persons, saints and
 *                       royals; form fields; a signature of two), written after the names-dev6
 *                       rules and measured before its own
 *   names-dev8.jsonl    60 texts by a separate writer who never saw the rules (issue 12, sixth
 *                       round), committed with its before-figures; not gated (recall below 0.95)
 *   names-dev9.jsonl    the ninth (hard negatives: bridges, parks, hospitals, schools,
 *                       businesses and care organisations named after persons, places after
 *                       titles and relation words, signatures with address lines), written in
 *                       two batches before the rules of issue 12's sixth round; not gated:
 *                       three readings stay ambiguous (see tests/data/eval/README.md)
 *   names-dev10.jsonl   80 texts by a separate writer who never saw the rules (issue 12,
 *                       seventh round; hard keep cases such as streets named after persons),
 *                       committed with its before-figures; not gated
 *   names-dev11.jsonl   80 texts by the same kind of writer (issue 12, eighth round), committed
 *                       unchanged with its before-figures; not gated
 *   names-dev12.jsonl   80 texts by the same kind of writer (issue 12, ninth round), committed
 *                       unchanged with its before-figures; not gated
 *   names-dev13.jsonl   80 texts by the same kind of writer (issue 12, tenth round), committed
 *                       unchanged with its before-figures; not gated
 *   names-dev14.jsonl   80 texts by the same kind of writer (issue 12, eleventh round),
 *                       committed unchanged with its before-figures; not gated
 *   names-dev15.jsonl   80 texts by the same kind of writer (issue 12, twelfth round),
 *                       committed unchanged with its before-figures; not gated
 *   names-dev16.jsonl   100 texts by the same kind of writer (issue 12, thirteenth round),
 *                       committed unchanged with its before-figures; not gated
 *   names-frozen.jsonl  written blind to the rules: figures only, never its misses
 * A listed name counts as masked when every one of its bytes is inside a
 * masked span (a name listed twice is its first and second occurrence, and a name
 * that stands inside one listed before it, "Bep" after "Bep van Wijk", is its next
 * occurrence outside that one). A
 * masked span is right when it overlaps a listed name. A keep violation is an
 * occurrence of a kept string that a masked span touches. Listed strings are
 * found as whole words where they stand so (not inside a longer word), and a
 * kept string's occurrence inside a listed name is the name's. The sets are evalset.c's
 * table (its names sets, in its order): the exit status gates on those flagged GATED; a blind
 * round's set is read only with LL_BENCH_BLIND=1 (the lead's look), its misses never printed.
 * -F leaves the frozen set unread (while tuning); --list-sets prints which sets would be read.
 *
 * Usage: bench_names [-F] [-d CONFIG_DIR] [-e EVAL_DIR] [-n ROUNDS] [--list-sets] */
#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "enrich.h"
#include "evalset.h"
#include "ll_limits.h"
#include "mask.h"
#include "names.h"
#include "roles.h"

#define MAX_GOLD 64  /* listed strings of one kind on one line */
#define MAX_SETS 128 /* the table's names sets */

/* Targets on the development set: a miss makes the exit status non-zero. */
#define TARGET_RECALL 0.95
#define TARGET_PRECISION 0.90

typedef struct figures {
    int texts, names, names_masked, spans, spans_right, keeps, keep_touched, bad_lines;
    double names_s, names_us, stage_s;
} figures;

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Whether text[a, b) stands as words of its own: "Both" in "meneer Both" is the
 * name, not the "Both" inside "Pieter Bothstraat"; "Kralingen" the place in "uit
 * Kralingen", not the one inside the name "Van Kralingen" (bytes of UTF-8 letters
 * count as letters). */
static int whole_words(const char *text, size_t a, size_t b) {
    unsigned char before = a ? (unsigned char)text[a - 1] : ' ';
    unsigned char after = (unsigned char)text[b];
    return !(isalnum(before) || before >= 0x80) && !(isalnum(after) || after >= 0x80);
}

/* The next occurrence of needle at or after p that stands as words of its own, or NULL. */
static const char *next_word(const char *text, const char *p, const char *needle) {
    size_t n = strlen(needle);
    for (const char *q = strstr(p, needle); q; q = strstr(q + 1, needle))
        if (whole_words(text, (size_t)(q - text), (size_t)(q - text) + n))
            return q;
    return NULL;
}

/* The k-th occurrence (0-based) of needle in text as words of its own, else (a
 * genitive: "Karin" in "Karins fiets") the k-th anywhere, or -1. */
static long nth_occurrence(const char *text, const char *needle, int k) {
    int left = k;
    for (const char *q = next_word(text, text, needle); q; q = next_word(text, q + 1, needle))
        if (left-- == 0)
            return q - text;
    for (const char *q = strstr(text, needle); q; q = strstr(q + 1, needle))
        if (k-- == 0)
            return q - text;
    return -1;
}

static int overlaps(size_t a0, size_t a1, size_t b0, size_t b1) { return a0 < b1 && b0 < a1; }

/* The first occurrence of needle as words of its own that no name listed before it
 * (gs[k], ge[k], k < ng) overlaps, or -1. */
static long free_occurrence(const char *text, const char *needle, const long *gs, const long *ge,
                            int ng) {
    size_t n = strlen(needle);
    for (const char *q = next_word(text, text, needle); q; q = next_word(text, q + 1, needle)) {
        size_t a = (size_t)(q - text);
        int taken = 0;
        for (int k = 0; k < ng && !taken; k++)
            taken = overlaps(a, a + n, (size_t)gs[k], (size_t)ge[k]);
        if (!taken)
            return (long)a;
    }
    return -1;
}

/* Scores one line; prints its misses when show. */
static int score(const ll_names *nm, ll_names_scan *sc, const cJSON *line, figures *f, int show,
                 int lineno) {
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(line, "text"));
    const cJSON *names = cJSON_GetObjectItem(line, "names");
    const cJSON *keep = cJSON_GetObjectItem(line, "keep");
    if (!text || !cJSON_IsArray(names) || !cJSON_IsArray(keep) ||
        cJSON_GetArraySize(names) > MAX_GOLD)
        return -1;
    size_t len = strlen(text);
    const ll_name_span *sp;
    double t0 = now_s();
    int ns = ll_names_find(nm, sc, text, len, &sp);
    f->names_s += now_s() - t0;
    if (ns < 0)
        return -1;
    f->texts++;
    long gs[MAX_GOLD], ge[MAX_GOLD];
    int ng = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, names) {
        const char *nmstr = cJSON_GetStringValue(it);
        if (!nmstr || !*nmstr)
            return -1;
        /* "Bep van Wijk" then "Bep", "Kramer-Lim" then "Kramer": a name inside one
         * listed before it is the writer's next mention, not a part of that name */
        long at = free_occurrence(text, nmstr, gs, ge, ng);
        if (at < 0) {
            int before = 0;
            for (int k = 0; k < ng; k++)
                before += !strncmp(text + gs[k], nmstr, strlen(nmstr)) &&
                          ge[k] - gs[k] == (long)strlen(nmstr);
            at = nth_occurrence(text, nmstr, before);
        }
        if (at < 0)
            return -1;
        gs[ng] = at;
        ge[ng] = at + (long)strlen(nmstr);
        f->names++;
        /* masked when the spans cover every byte */
        long covered = at;
        for (int s = 0; s < ns; s++)
            if ((long)sp[s].start <= covered && (long)sp[s].end > covered)
                covered = (long)sp[s].end;
        if (covered >= ge[ng])
            f->names_masked++;
        else if (show)
            printf("%d: name not masked: \"%s\" | %.120s\n", lineno, nmstr, text);
        ng++;
    }
    for (int s = 0; s < ns; s++) {
        int right = 0;
        for (int k = 0; k < ng; k++)
            right |= overlaps(sp[s].start, sp[s].end, (size_t)gs[k], (size_t)ge[k]);
        f->spans++;
        f->spans_right += right;
        if (!right && show)
            printf("%d: masked, not a name: \"%.*s\" (%s) | %.120s\n", lineno,
                   (int)(sp[s].end - sp[s].start), text + sp[s].start,
                   ll_name_rule_name(sp[s].rule), text);
    }
    cJSON_ArrayForEach(it, keep) {
        const char *k = cJSON_GetStringValue(it);
        if (!k || !*k)
            return -1;
        for (const char *p = next_word(text, text, k); p; p = next_word(text, p + 1, k)) {
            size_t a = (size_t)(p - text), b = a + strlen(k);
            /* "Kralingen" kept in "dhr. Van Kralingen uit Kralingen" is the place,
             * not the end of the listed name */
            int in_name = 0;
            for (int g = 0; g < ng; g++)
                in_name |= overlaps(a, b, (size_t)gs[g], (size_t)ge[g]);
            if (in_name)
                continue;
            int touched = 0;
            for (int s = 0; s < ns; s++)
                touched |= overlaps(sp[s].start, sp[s].end, a, b);
            f->keeps++;
            f->keep_touched += touched;
            if (touched && show)
                printf("%d: kept string masked: \"%s\" | %.120s\n", lineno, k, text);
        }
    }
    return 0;
}

/* One set's walk: the masker and the enricher, whether each miss is printed, the figures. */
typedef struct walk {
    const ll_names *nm;
    ll_names_scan *sc;
    ll_enricher *en;
    const char *path;
    int show;
    figures *f;
    double total, names; /* stage_line: this round's seconds */
    int msgs;
} walk;

/* The whole per-message cost that issue 12 bounds: identifiers and names
 * masked, then themes, sentiment and urgency, on one text of the set. */
static int stage_line(void *ctx, int lineno, const cJSON *row) {
    walk *w = ctx;
    (void)lineno;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    if (!text)
        return 0;
    const ll_name_span *sp;
    double n0 = now_s();
    ll_names_find(w->nm, w->sc, text, strlen(text), &sp);
    w->names += now_s() - n0;
    cJSON *ev = cJSON_CreateObject();
    cJSON *d = cJSON_AddObjectToObject(ev, "data");
    cJSON_AddStringToObject(ev, "type", "nl.luisterloop.feedback.received");
    cJSON_AddStringToObject(d, "channel", "web");
    cJSON_AddStringToObject(d, "kind", "complaint");
    cJSON_AddStringToObject(d, "text", text);
    double t0 = now_s();
    if (ll_enrich_prepare(w->en, ev) != 0)
        fprintf(stderr, "bench_names: enrichment failed\n");
    w->total += now_s() - t0;
    w->msgs++;
    cJSON_Delete(ev);
    return 0;
}

/* The stage's cost per message, the best of rounds over the set in buf. */
static double stage_us(walk *w, char *buf, int rounds, int *msgs, double *names_us) {
    double best = -1, best_names = -1;
    *msgs = 0;
    for (int r = 0; r < rounds; r++) {
        w->total = w->names = 0;
        w->msgs = 0;
        ll_t_eval_lines(buf, stage_line, w);
        double total = w->total, names = w->names;
        *msgs = w->msgs;
        if (*msgs && (best < 0 || total < best))
            best = total;
        if (*msgs && (best_names < 0 || names < best_names))
            best_names = names;
    }
    *names_us = *msgs ? best_names * 1e6 / *msgs : 0;
    return *msgs ? best * 1e6 / *msgs : 0;
}

static int score_line(void *ctx, int lineno, const cJSON *row) {
    walk *w = ctx;
    if (!row || score(w->nm, w->sc, row, w->f, w->show, lineno) != 0) {
        w->f->bad_lines++;
        printf("%s:%d: not a labelled line\n", w->path, lineno);
    }
    return 0;
}

static int run_set(const ll_names *nm, ll_names_scan *sc, ll_enricher *en, const char *path,
                   int show, int rounds, figures *f) {
    memset(f, 0, sizeof(*f));
    char *buf = ll_t_eval_read(path);
    if (!buf)
        return -1;
    if (show)
        printf("== misses in %s (line: what | text)\n", path);
    walk w = {.nm = nm, .sc = sc, .en = en, .path = path, .show = show, .f = f};
    ll_t_eval_lines(buf, score_line, &w);
    int msgs;
    f->stage_s = stage_us(&w, buf, rounds, &msgs, &f->names_us);
    free(buf);
    return 0;
}

static double ratio(int a, int b) { return b ? (double)a / b : 1.0; }

static void print_row(const char *name, const figures *f) {
    printf("%-20s %5d %5d %7.3f %6d %9.3f %5d %6d %9.1f %9.1f\n", name, f->texts, f->names,
           ratio(f->names_masked, f->names), f->spans, ratio(f->spans_right, f->spans), f->keeps,
           f->keep_touched, f->names_us, f->stage_s);
}

static int on_target(const figures *f) {
    return f->bad_lines == 0 && ratio(f->names_masked, f->names) >= TARGET_RECALL &&
           ratio(f->spans_right, f->spans) >= TARGET_PRECISION && f->keep_touched == 0;
}

int main(int argc, char **argv) {
    const char *dir = LL_SOURCE_DIR "/config", *eval = LL_SOURCE_DIR "/tests/data/eval";
    int rounds = 20;
    int with_frozen = 1, list = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-F") == 0)
            with_frozen = 0;
        else if (strcmp(argv[i], "--list-sets") == 0)
            list = 1;
        else if (i + 1 < argc && strcmp(argv[i], "-d") == 0)
            dir = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-e") == 0)
            eval = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-n") == 0) {
            char *end;
            long v = strtol(argv[++i], &end, 10);
            if (*end || v < 1 || v > 100000) {
                fprintf(stderr, "bench_names: -n wants 1..100000\n");
                return 2;
            }
            rounds = (int)v;
        } else {
            fprintf(stderr, "usage: bench_names [-F] [-d CONFIG_DIR] [-e EVAL_DIR] [-n ROUNDS] "
                            "[--list-sets]\n"
                            "  -F  the development sets only: the frozen set is not read\n"
                            "  --list-sets  print which sets would be read, then stop\n");
            return 2;
        }
    }
    if (list) {
        ll_eval_list(stdout, 1u << LL_EVAL_NAMES, with_frozen, ll_eval_blind());
        return 0;
    }
    /* the table's names sets: the development ones (every miss printed, the exit status gated
     * on those flagged GATED), a blind round's (LL_BENCH_BLIND=1, summary rows only), the
     * frozen one (without -F, figures only) */
    const ll_eval_set *sets[MAX_SETS];
    int nsets = 0;
    for (int i = 0; i < ll_eval_n_sets && nsets < MAX_SETS; i++)
        if (ll_eval_sets[i].kind == LL_EVAL_NAMES)
            sets[nsets++] = &ll_eval_sets[i];
    char conf[1200], first[1200], sur[1200], keep[1200], set_path[MAX_SETS][1200], err[512];
    snprintf(conf, sizeof(conf), "%s/luisterloop.conf", dir);
    snprintf(first, sizeof(first), "%s/names-first-nl.txt", dir);
    snprintf(sur, sizeof(sur), "%s/names-surname-nl.txt", dir);
    snprintf(keep, sizeof(keep), "%s/names-keep-nl.txt", dir);
    for (int d = 0; d < nsets; d++)
        snprintf(set_path[d], sizeof(set_path[d]), "%s/%s", eval, sets[d]->file);
    ll_names *nm = ll_names_load(first, sur, keep, err, sizeof(err));
    ll_names_scan *sc = ll_names_scan_new(ll_mask_bound(LL_MAX_TEXT_BYTES));
    ll_config cfg;
    if (!nm || !sc || ll_roles_config_load(&cfg, conf, err, sizeof(err)) != 0) {
        fprintf(stderr, "bench_names: %s\n", nm && sc ? err : err[0] ? err : "out of memory");
        return 2;
    }
    ll_enricher *en = ll_enricher_new(&cfg, err, sizeof(err));
    if (!en) {
        fprintf(stderr, "bench_names: %s\n", err);
        return 2;
    }
    /* the word list the processor's masker reads (the taxonomy's "spelling:") */
    ll_names_set_words(nm, ll_enricher_words(en));
    /* BENCH_NAMES_SPANS="FILE ...": every span masked in the "text" and "subject" of those
     * labelled sets (the classifier's development sets), one a line, for comparing two
     * versions of the rules on text written for other purposes; nothing else is run. */
    const char *spans_of = getenv("BENCH_NAMES_SPANS");
    if (spans_of && *spans_of) {
        for (const char *at = spans_of; *at;) {
            const char *sp_end = strchr(at, ' ');
            size_t plen = sp_end ? (size_t)(sp_end - at) : strlen(at);
            char path[1200];
            snprintf(path, sizeof(path), "%.*s", (int)plen, at);
            at += plen + (sp_end != NULL);
            if (!plen)
                continue;
            FILE *in = fopen(path, "r");
            char *line = NULL;
            size_t cap = 0;
            for (int no = 1; in && getline(&line, &cap, in) > 0; no++) {
                cJSON *row = cJSON_Parse(line);
                static const char *const fields[] = {"subject", "text"};
                for (int k = 0; row && k < 2; k++) {
                    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, fields[k]));
                    const ll_name_span *sp;
                    int ns = text ? ll_names_find(nm, sc, text, strlen(text), &sp) : 0;
                    for (int j = 0; j < ns; j++)
                        printf("%s:%d %s [%.*s] %s\n", path, no, fields[k],
                               (int)(sp[j].end - sp[j].start), text + sp[j].start,
                               ll_name_rule_name(sp[j].rule));
                }
                cJSON_Delete(row);
            }
            free(line);
            if (in)
                fclose(in);
        }
        return 0;
    }
    figures fd[MAX_SETS];
    int got[MAX_SETS] = {0};
    const int blind = ll_eval_blind();
    /* the development sets first, then the frozen one (as ever) */
    for (int frozen_pass = 0; frozen_pass < 2; frozen_pass++)
        for (int d = 0; d < nsets; d++) {
            if (!(sets[d]->flags & LL_EVAL_FROZEN) != !frozen_pass ||
                !ll_eval_readable(sets[d], with_frozen, blind))
                continue;
            got[d] = run_set(nm, sc, en, set_path[d], ll_eval_shown(sets[d]), rounds, &fd[d]) == 0;
            if (!got[d] && !frozen_pass) {
                fprintf(stderr, "bench_names: cannot read %s\n", set_path[d]);
                return 2;
            }
        }
    printf("\n== name masking (recall: names fully masked; precision: masked spans that are "
           "names;\n   kept touched: kept strings a mask touched, target 0; names us: the name "
           "masker alone;\n   stage us: identifiers + names masked, classified, per message)\n");
    printf("%-20s %5s %5s %7s %6s %9s %5s %6s %9s %9s\n", "set", "texts", "names", "recall",
           "spans", "precision", "kept", "touched", "names us", "stage us");
    int ok = 1;
    for (int frozen_pass = 0; frozen_pass < 2; frozen_pass++)
        for (int d = 0; d < nsets; d++) {
            if (!(sets[d]->flags & LL_EVAL_FROZEN) != !frozen_pass)
                continue;
            if (got[d])
                print_row(sets[d]->label, &fd[d]);
            else if (frozen_pass && with_frozen)
                printf("%-20s (no %s)\n", sets[d]->label, set_path[d]);
            if (got[d] && (sets[d]->flags & LL_EVAL_GATED))
                ok &= on_target(&fd[d]);
        }
    printf("\ncommand: build/tests/bench_names -n %d (costs: the best of the rounds)\n", rounds);
    if (!ok)
        printf("a development set is below target (recall >= %.2f, precision >= %.2f, kept "
               "touched 0)\n",
               TARGET_RECALL, TARGET_PRECISION);
    ll_enricher_free(en);
    ll_config_free(&cfg);
    ll_names_scan_free(sc);
    ll_names_free(nm);
    return ok ? 0 : 1;
}
