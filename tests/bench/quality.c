/* quality.c - measures theme, urgency and sentiment quality of the classifier on the labelled sets.
 *
 * The sets are evalset.c's table (ll_eval_sets: messages, critical and suicidal phrasings), read
 * and printed in its quality_at order; tests/data/eval/README.md says who wrote each:
 *   development sets    rules are tuned on them: every miss printed (misclassified messages
 *                       under a heading, phrasings as PATH:LINE)
 *   a blind round's     (BLIND) read only with LL_BENCH_BLIND=1, the lead's look: summary rows
 *                       only, never a miss, and -D refuses them
 *   frozen sets         (FROZEN: test-frozen.jsonl, suicidal-frozen.jsonl) written blind to the
 *                       rules: read only without -F, figures only
 * --list-sets prints which sets would be read, and stops.
 * Every text goes the processor's way (ll_enrich_text): identifiers and names masked, then
 * classified, so the figures are those of what ships ("[NAAM] belde", not the name).
 * The exit status gates on the development sets; the frozen figures are
 * reported, never tuned on (a miss there becomes a new development example,
 * written anew, not copied). */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classify.h"
#include "config.h"
#include "enrich.h"
#include "evalset.h"
#include "roles.h"

#define MAX_LINES 10000
#define EVAL_DIR LL_SOURCE_DIR "/tests/data/eval/"
#define N_URG 4
#define N_SENT 3

/* Targets: a miss makes the exit status non-zero. */
#define TARGET_THEME 0.85
#define TARGET_URGENCY 0.75
#define TARGET_SENTIMENT 0.75
#define TARGET_CRIT_FALSE 0.10
/* The floors of single sets (rounds 7, 8 and 10 of issue 12) are in evalset.c's table. */
#define MAX_SETS 256 /* the table's message and phrasing sets */

static const char *const urg_names[N_URG] = {"low", "normal", "high", "critical"};
static const char *const sent_names[N_SENT] = {"negative", "neutral", "positive"};

static int index_of(const char *const *names, int n, const char *s) {
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Figures of one labelled set. */
typedef struct figures {
    int n, theme_ok, urg_ok, sent_ok, crit_total, crit_found, crit_flagged, crit_false, bad_lines;
    int crit_any; /* suicidal phrasings: critical by any rule (a suicidal family or another) */
    int masked;   /* texts in which the masking replaced something before classification */
    int urg_conf[N_URG][N_URG], sent_conf[N_SENT][N_SENT];
    double classify_s;
} figures;

/* The processor's masking (its names lists, from the -c config), before every classification. */
static ll_enricher *masker;

static int classify_text(ll_classifier *c, cJSON *d, figures *f) {
    double s0 = now_s();
    int rc = ll_enrich_text(masker, c, d);
    f->classify_s += now_s() - s0;
    f->masked += cJSON_GetObjectItem(d, "masked") != NULL;
    if (rc != 0)
        fprintf(stderr, "bench_quality: out of memory\n");
    return rc;
}

static const char *urgency_of(const cJSON *d) {
    return cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "level"));
}

static int suicidal_reason(const cJSON *d) {
    const cJSON *r;
    cJSON_ArrayForEach(r, cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons")) {
        const char *s = cJSON_GetStringValue(r);
        if (s &&
            (strncmp(s, "suicidal statement: ", 20) == 0 || strncmp(s, "self-harm: ", 11) == 0))
            return 1;
    }
    return 0;
}

static void print_reasons(const cJSON *d) {
    char *why =
        cJSON_PrintUnformatted(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"));
    printf(" %s", why ? why : "[]");
    free(why);
}

/* One set's walk: the classifier, the set, whether each miss is printed (a development
 * set), whether only a suicidal or self-harm family counts as flagged (phrasings). */
typedef struct walk {
    ll_classifier *c;
    const char *path;
    int show, suicidal;
    figures *f;
} walk;

/* Every line of path through fn, its figures into f, heading (a format for the path, or NULL)
 * printed first. -1 when it cannot be read. */
static int walk_set(ll_classifier *c, const char *path, int show, int suicidal, figures *f,
                    ll_t_eval_fn fn, const char *heading) {
    char *buf = ll_t_eval_read(path);
    if (!buf)
        return -1;
    memset(f, 0, sizeof(*f));
    if (heading)
        printf(heading, path);
    walk w = {.c = c, .path = path, .show = show, .suicidal = suicidal, .f = f};
    ll_t_eval_lines(buf, fn, &w);
    free(buf);
    return 0;
}

/* The input of a set's line as the processor gets it: its text and, when the line has them, its
 * e-mail subject, kind and channel. NULL without a text. Owned by the caller (cJSON_Delete). */
static cJSON *line_input(const cJSON *row) {
    static const char *const fields[] = {"subject", "kind", "channel"};
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    cJSON *d = text ? cJSON_CreateObject() : NULL;
    if (!d || !cJSON_AddStringToObject(d, "text", text))
        goto fail;
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        const char *v = cJSON_GetStringValue(cJSON_GetObjectItem(row, fields[i]));
        if (v && !cJSON_AddStringToObject(d, fields[i], v))
            goto fail;
    }
    return d;
fail:
    cJSON_Delete(d);
    return NULL;
}

/* A line of a labelled set ({"text","kind","channel","theme","urgency","sentiment"}, optional
 * "subject"), classified. */
static int labelled_line(void *ctx, int lineno, const cJSON *row) {
    walk *w = ctx;
    figures *f = w->f;
    if (lineno > MAX_LINES)
        return 0;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    const char *want_theme = cJSON_GetStringValue(cJSON_GetObjectItem(row, "theme"));
    int wu = index_of(urg_names, N_URG, cJSON_GetStringValue(cJSON_GetObjectItem(row, "urgency")));
    int ws =
        index_of(sent_names, N_SENT, cJSON_GetStringValue(cJSON_GetObjectItem(row, "sentiment")));
    if (!text || !want_theme || wu < 0 || ws < 0) {
        printf("%s:%d: not a labelled line\n", w->path, lineno);
        f->bad_lines++;
        return 0;
    }
    cJSON *d = line_input(row);
    if (!d || classify_text(w->c, d, f) != 0)
        exit(2);
    const char *got_theme = cJSON_GetStringValue(cJSON_GetObjectItem(d, "theme"));
    cJSON *s = cJSON_GetObjectItem(d, "sentiment");
    int gu = index_of(urg_names, N_URG, urgency_of(d));
    int gs = index_of(sent_names, N_SENT, cJSON_GetStringValue(cJSON_GetObjectItem(s, "label")));
    f->n++;
    int ok_t = strcmp(got_theme, want_theme) == 0;
    f->theme_ok += ok_t;
    f->urg_ok += gu == wu;
    f->sent_ok += gs == ws;
    f->urg_conf[wu][gu]++;
    f->sent_conf[ws][gs]++;
    if (wu == 3) {
        f->crit_total++;
        f->crit_found += gu == 3;
    }
    if (gu == 3) {
        f->crit_flagged++;
        f->crit_false += wu != 3;
    }
    if (w->show && (!ok_t || gu != wu || gs != ws)) {
        printf("%d:", lineno);
        if (!ok_t)
            printf(" theme %s -> %s", want_theme, got_theme);
        if (gu != wu)
            printf(" urgency %s -> %s", urg_names[wu], urg_names[gu]);
        if (gs != ws)
            printf(" sentiment %s -> %s (%.2f)", sent_names[ws], sent_names[gs],
                   cJSON_GetNumberValue(cJSON_GetObjectItem(s, "score")));
        char *why_t = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
        char *why_s = cJSON_PrintUnformatted(cJSON_GetObjectItem(s, "matched"));
        printf(" | %.110s%s | themes %s urgency", text, strlen(text) > 110 ? "..." : "", why_t);
        print_reasons(d);
        printf(" sentiment %s\n", why_s);
        free(why_t);
        free(why_s);
    }
    cJSON_Delete(d);
    return 0;
}

/* Every line of a labelled set; show: print each miss (a development set), or nothing but the
 * figures (a frozen set). -1 when it cannot be read. */
static int eval_set(ll_classifier *c, const char *path, int show, figures *f) {
    return walk_set(c, path, show, 0, f, labelled_line,
                    show ? "== misclassified in %s (line: field expected -> got | text | "
                           "reasons)\n"
                         : NULL);
}

/* A line of phrasings {"text","critical":bool,"family"}: critical recall and false critical;
 * suicidal: count only a suicidal or self-harm family as flagged. */
static int phrasing_line(void *ctx, int lineno, const cJSON *row) {
    walk *w = ctx;
    figures *f = w->f;
    if (lineno > MAX_LINES)
        return 0;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    const cJSON *want = cJSON_GetObjectItem(row, "critical");
    if (!text || !cJSON_IsBool(want)) {
        printf("%s:%d: not a labelled phrasing\n", w->path, lineno);
        f->bad_lines++;
        return 0;
    }
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", text);
    if (classify_text(w->c, d, f) != 0)
        exit(2);
    /* Flagged: critical for a suicidal or self-harm family. A calm idiom
     * that is critical for another reason (a broken railing over water)
     * is no false suicidal alarm; a statement that is critical only for
     * another reason is a miss. */
    const char *lvl = urgency_of(d);
    int got = lvl && strcmp(lvl, "critical") == 0 && (!w->suicidal || suicidal_reason(d)),
        wc = cJSON_IsTrue(want);
    f->n++;
    f->crit_total += wc;
    f->crit_found += wc && got;
    f->crit_any += wc && lvl && strcmp(lvl, "critical") == 0;
    f->crit_flagged += got;
    f->crit_false += got && !wc;
    if (w->show && got != wc) {
        printf("%s:%d: %s -> %s | %.100s%s |", w->path, lineno, wc ? "critical" : "calm",
               lvl ? lvl : "?", text, strlen(text) > 100 ? "..." : "");
        print_reasons(d);
        printf("\n");
    }
    cJSON_Delete(d);
    return 0;
}

/* Every phrasing of a set; show: print each miss. -1 when it cannot be read. */
static int eval_phrasings(ll_classifier *c, const char *path, int show, int suicidal, figures *f) {
    return walk_set(c, path, show, suicidal, f, phrasing_line, NULL);
}

static void print_confusion(const char *set, const figures *f) {
    printf("\n== confusion of %s: urgency (rows expected, columns got: low normal high critical)\n",
           set);
    for (int i = 0; i < N_URG; i++)
        printf("  %-8s %4d %4d %4d %4d\n", urg_names[i], f->urg_conf[i][0], f->urg_conf[i][1],
               f->urg_conf[i][2], f->urg_conf[i][3]);
    printf("== confusion: sentiment (rows expected, columns got: negative neutral positive)\n");
    for (int i = 0; i < N_SENT; i++)
        printf("  %-8s %4d %4d %4d\n", sent_names[i], f->sent_conf[i][0], f->sent_conf[i][1],
               f->sent_conf[i][2]);
}

static double ratio(int a, int b, double empty) { return b ? (double)a / b : empty; }

/* One row of the summary table; returns 1 when the set meets its targets. */
static int print_row(const char *name, const figures *f, int labelled) {
    double cfalse = ratio(f->crit_false, f->crit_flagged, 0.0);
    if (labelled)
        printf("%-22s %5d %7.3f %7.3f %7.3f ", name, f->n, ratio(f->theme_ok, f->n, 0),
               ratio(f->urg_ok, f->n, 0), ratio(f->sent_ok, f->n, 0));
    else
        printf("%-22s %5d %7s %7s %7s ", name, f->n, "-", "-", "-");
    printf("  %3d/%-3d  %3d/%-3d (%.3f)\n", f->crit_found, f->crit_total, f->crit_false,
           f->crit_flagged, cfalse);
    int ok = f->crit_found == f->crit_total && cfalse <= TARGET_CRIT_FALSE && f->bad_lines == 0 &&
             f->n > 0;
    if (labelled)
        ok = ok && ratio(f->theme_ok, f->n, 0) >= TARGET_THEME &&
             ratio(f->urg_ok, f->n, 0) >= TARGET_URGENCY &&
             ratio(f->sent_ok, f->n, 0) >= TARGET_SENTIMENT;
    return ok;
}

/* -D: one line per text of a development set: "LINE<TAB>LABEL<TAB>LEVEL<TAB>REASONS", LABEL the
 * line's "critical" (true/false) or "urgency", REASONS the urgency's reasons as JSON. For
 * measuring one family or a part on every text, not only on the misses bench_quality prints.
 * The line is read with its subject and channel as the set's figures read it (issue 12,
 * falseflag21: without the subject an e-mail's level could differ from its miss line's). */
static int dump_line(void *ctx, int lineno, const cJSON *row) {
    ll_classifier *c = ctx;
    if (!cJSON_GetStringValue(cJSON_GetObjectItem(row, "text")))
        return 0;
    const cJSON *cr = cJSON_GetObjectItem(row, "critical");
    const char *urg = cJSON_GetStringValue(cJSON_GetObjectItem(row, "urgency"));
    cJSON *d = line_input(row);
    if (!d || ll_enrich_text(masker, c, d) != 0) {
        cJSON_Delete(d);
        return -1;
    }
    const cJSON *u = cJSON_GetObjectItem(d, "urgency");
    char *reasons = cJSON_PrintUnformatted(cJSON_GetObjectItem(u, "reasons"));
    const char *lvl = cJSON_GetStringValue(cJSON_GetObjectItem(u, "level"));
    printf("%d\t%s\t%s\t%s\n", lineno,
           cJSON_IsBool(cr) ? (cJSON_IsTrue(cr) ? "true" : "false")
           : urg            ? urg
                            : "-",
           lvl ? lvl : "-", reasons ? reasons : "[]");
    free(reasons);
    cJSON_Delete(d);
    return 0;
}

static int dump_set(ll_classifier *c, const char *path) {
    if (strstr(path, "frozen")) {
        fprintf(stderr, "bench_quality: %s is frozen: its texts are never printed\n", path);
        return 2;
    }
    const ll_eval_set *s = ll_eval_find(path);
    if (s && !ll_eval_shown(s)) {
        fprintf(stderr, "bench_quality: %s is a blind round's: its texts are never printed\n",
                path);
        return 2;
    }
    char *buf = ll_t_eval_read(path);
    if (!buf) {
        fprintf(stderr, "bench_quality: cannot read %s\n", path);
        return 2;
    }
    int rc = ll_t_eval_lines(buf, dump_line, c);
    free(buf);
    return rc == 0 ? 0 : 2;
}

static void usage(void) {
    fprintf(
        stderr,
        "usage: bench_quality [-F] [-c CONFIG] [-d CONFIG_DIR] [-x TAXONOMY] [-e EVAL.jsonl] "
        "[-t TEXT [-k KIND]] [-D SET.jsonl] [--list-sets]\n"
        "  -F  the development sets only: the frozen sets are not even read (while tuning)\n"
        "  -c  luisterloop.conf whose [process] names lists mask the texts first\n"
        "  -d  folder with taxonomy-gemeente.conf, sentiment-nl.tsv, urgency.conf\n"
        "  -x  taxonomy file name inside that folder\n"
        "  -e  a labelled set to use as the development set (default messages.jsonl)\n"
        "  -t  classify one text and print the enriched data instead\n"
        "  -k  the kind of that text (complaint, compliment, question, ...): levels and labels\n"
        "      are bounded by it\n"
        "  -D  classify every line of a development set and print, one line each, its number,\n"
        "      label (critical or urgency), level and reasons (a set with 'frozen' in its name\n"
        "      or a blind round's is refused: its texts are never printed)\n"
        "  --list-sets  print which sets would be read (with these -F and LL_BENCH_BLIND), and\n"
        "      whether their misses are printed, then stop\n");
}

int main(int argc, char **argv) {
    const char *dir = LL_SOURCE_DIR "/config";
    const char *tax = "taxonomy-gemeente.conf";
    const char *eval = EVAL_DIR "messages.jsonl";
    const char *one = NULL;
    const char *one_kind = NULL;
    const char *dump = NULL;
    const char *conf = LL_SOURCE_DIR "/config/luisterloop.conf";
    int frozen = 1, list = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-F") == 0)
            frozen = 0;
        else if (i + 1 < argc && strcmp(argv[i], "-c") == 0)
            conf = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-d") == 0)
            dir = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-x") == 0)
            tax = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-e") == 0)
            eval = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-t") == 0)
            one = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-k") == 0)
            one_kind = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-D") == 0)
            dump = argv[++i];
        else if (strcmp(argv[i], "--list-sets") == 0)
            list = 1;
        else {
            usage();
            return 2;
        }
    }
    if (list) {
        ll_eval_list(stdout,
                     1u << LL_EVAL_MESSAGES | 1u << LL_EVAL_CRITICAL | 1u << LL_EVAL_SUICIDAL,
                     frozen, ll_eval_blind());
        return 0;
    }
    char tpath[1024], lpath[1024], upath[1024], err[512];
    if (snprintf(tpath, sizeof(tpath), "%s/%s", dir, tax) >= (int)sizeof(tpath) ||
        snprintf(lpath, sizeof(lpath), "%s/sentiment-nl.tsv", dir) >= (int)sizeof(lpath) ||
        snprintf(upath, sizeof(upath), "%s/urgency.conf", dir) >= (int)sizeof(upath)) {
        fprintf(stderr, "bench_quality: path too long\n");
        return 2;
    }
    double t0 = now_s();
    ll_classifier *c = ll_classifier_new(tpath, lpath, upath, err, sizeof(err));
    if (!c) {
        fprintf(stderr, "bench_quality: %s\n", err);
        return 2;
    }
    double load_s = now_s() - t0;
    ll_config cfg;
    if (ll_roles_config_load(&cfg, conf, err, sizeof(err)) != 0 ||
        !(masker = ll_enricher_new(&cfg, err, sizeof(err)))) {
        fprintf(stderr, "bench_quality: %s\n", err);
        return 2;
    }

    if (dump) {
        int rc = dump_set(c, dump);
        ll_enricher_free(masker);
        ll_config_free(&cfg);
        ll_classifier_free(c);
        return rc;
    }
    if (one) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", one);
        if (one_kind)
            cJSON_AddStringToObject(d, "kind", one_kind);
        if (ll_enrich_text(masker, c, d) != 0) {
            fprintf(stderr, "bench_quality: out of memory\n");
            return 2;
        }
        char *s = cJSON_Print(d);
        printf("%s\n", s);
        free(s);
        cJSON_Delete(d);
        ll_enricher_free(masker);
        ll_config_free(&cfg);
        ll_classifier_free(c);
        return 0;
    }

    /* The table's message and phrasing sets in bench_quality's order (quality_at): the
     * development sets (and a blind round's with LL_BENCH_BLIND=1), then the frozen ones. */
    static figures fig[MAX_SETS];
    const ll_eval_set *qs[MAX_SETS];
    int nq = 0, got[MAX_SETS] = {0};
    for (int i = 0; i < ll_eval_n_sets; i++) {
        const ll_eval_set *s = &ll_eval_sets[i];
        if (s->kind == LL_EVAL_NAMES)
            continue;
        if (nq == MAX_SETS) {
            fprintf(stderr, "bench_quality: more than %d sets (MAX_SETS)\n", MAX_SETS);
            return 2;
        }
        int at = nq++;
        for (; at > 0 && qs[at - 1]->quality_at > s->quality_at; at--)
            qs[at] = qs[at - 1];
        qs[at] = s;
    }
    const int blind = ll_eval_blind();
    for (int frozen_pass = 0; frozen_pass < 2; frozen_pass++) {
        for (int i = 0; i < nq; i++) {
            const ll_eval_set *s = qs[i];
            if (!(s->flags & LL_EVAL_FROZEN) != !frozen_pass || !ll_eval_readable(s, frozen, blind))
                continue;
            char path[1024];
            /* -e: another set in the first's place (the development set) */
            int len = i == 0 ? snprintf(path, sizeof(path), "%s", eval)
                             : snprintf(path, sizeof(path), "%s%s", EVAL_DIR, s->file);
            if (len < 0 || len >= (int)sizeof(path)) {
                fprintf(stderr, "bench_quality: path too long\n");
                return 2;
            }
            int show = ll_eval_shown(s);
            int rc = s->kind == LL_EVAL_MESSAGES
                         ? eval_set(c, path, show, &fig[i])
                         : eval_phrasings(c, path, show, s->kind == LL_EVAL_SUICIDAL, &fig[i]);
            got[i] = rc == 0;
            if (frozen_pass) {
                /* a frozen set that is not there is left out (figures only in any case) */
                if (got[i] && s->kind == LL_EVAL_MESSAGES) {
                    char title[128];
                    snprintf(title, sizeof(title), "the %s set (counts only)", s->label);
                    print_confusion(title, &fig[i]);
                }
                continue;
            }
            if (rc != 0) {
                fprintf(stderr,
                        "bench_quality: cannot read %s or the phrasings (or larger than %d "
                        "bytes)\n",
                        eval, LL_T_EVAL_MAX_BYTES);
                ll_enricher_free(masker);
                ll_config_free(&cfg);
                ll_classifier_free(c);
                return 2;
            }
        }
        if (!frozen_pass)
            print_confusion("the development set", &fig[0]);
    }

    printf("\n== quality (targets: theme >= %.2f, urgency >= %.2f, sentiment >= %.2f, every "
           "critical found,"
           " false critical <= %.2f)\n",
           TARGET_THEME, TARGET_URGENCY, TARGET_SENTIMENT, TARGET_CRIT_FALSE);
    printf("%-22s %5s %7s %7s %7s   %-8s %s\n", "set", "n", "theme", "urgency", "sentim.",
           "critical", "false critical");
    /* the development messages, then the development phrasings; a GATED set's row must meet
     * the targets */
    int pass = 1;
    for (int phrasings = 0; phrasings < 2; phrasings++)
        for (int i = 0; i < nq; i++)
            if (got[i] && !(qs[i]->flags & LL_EVAL_FROZEN) &&
                (qs[i]->kind != LL_EVAL_MESSAGES) == phrasings) {
                int ok = print_row(qs[i]->label, &fig[i], !phrasings);
                if (qs[i]->flags & LL_EVAL_GATED)
                    pass &= ok;
            }
    /* The floors of single sets (evalset.c: what a round's changes found held out, the false
     * flags at most its before-figures, the shipped models' tripwires). */
    for (int i = 0; i < nq; i++) {
        const ll_eval_floors *fl = &qs[i]->floor;
        const figures *f = &fig[i];
        if (!got[i] || (qs[i]->flags & LL_EVAL_FROZEN))
            continue;
        if ((fl->theme > 0 && ratio(f->theme_ok, f->n, 0) < fl->theme) ||
            (fl->sentiment > 0 && ratio(f->sent_ok, f->n, 0) < fl->sentiment) ||
            f->crit_found < fl->found || f->crit_any < fl->any ||
            (fl->cap_false && f->crit_false > fl->max_false)) {
            printf("%s: a floor missed: theme %.3f >= %.2f, sentiment %.3f >= %.2f, found %d >= "
                   "%d, suicidal phrasings critical by any rule %d >= %d, false %d <= %s%d\n",
                   qs[i]->label, ratio(f->theme_ok, f->n, 0), fl->theme, ratio(f->sent_ok, f->n, 0),
                   fl->sentiment, f->crit_found, fl->found, f->crit_any, fl->any, f->crit_false,
                   fl->cap_false ? "" : "(none) ", fl->max_false);
            pass = 0;
        }
    }
    for (int i = 0; i < nq; i++)
        if (got[i] && (qs[i]->flags & LL_EVAL_FROZEN))
            print_row(qs[i]->label, &fig[i], qs[i]->kind == LL_EVAL_MESSAGES);
    /* A count, never an item: how many suicidal phrasings reach a person
     * today through another rule (a person in acute need) though no
     * suicidal family named them (each set by its label's last words: "dev 2", "frozen"). */
    printf("suicidal phrasings critical by any rule:");
    const char *sep = " ";
    for (int i = 0; i < nq; i++) {
        if (!got[i] || qs[i]->kind != LL_EVAL_SUICIDAL)
            continue;
        const char *name = qs[i]->label, *at;
        if ((at = strstr(name, "phrasings ")))
            name = at + strlen("phrasings ");
        else if ((at = strstr(name, "phr. ")))
            name = at + strlen("phr. ");
        printf("%s%s %d/%d", sep, name, fig[i].crit_any, fig[i].crit_total);
        sep = ", ";
    }
    printf("\n");
    /* The development sets, then the frozen ones (read only without -F). */
    int n = 0, n_dev = 0, masked_dev = 0;
    double cs = 0;
    for (int i = 0; i < nq; i++) {
        if (!got[i])
            continue;
        n += fig[i].n;
        cs += fig[i].classify_s;
        if (!(qs[i]->flags & LL_EVAL_FROZEN)) {
            n_dev += fig[i].n;
            masked_dev += fig[i].masked;
        }
    }
    printf("development texts masked before classification: %d of %d\n", masked_dev, n_dev);
    printf("note: the development sets' theme and sentiment include the learned models, the theme "
           "model trained on development 1-4 and 6-37, the sentiment model on 1-4 and 6-35 "
           "(in-sample there); build/tests/bench_model measures them held out\n");
    printf("load %.1f ms, mask and classify %.1f us/message (CPU time)\n", load_s * 1e3,
           n ? cs * 1e6 / n : 0.0);
    printf("command:");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\nresult: %s (gated on the development sets; frozen figures are reported)\n",
           pass ? "PASS" : "FAIL (a target is missed)");
    ll_enricher_free(masker);
    ll_config_free(&cfg);
    ll_classifier_free(c);
    return pass ? 0 : 1;
}
