/* quality.c - measures theme, urgency and sentiment quality of the classifier on the labelled sets.
 *
 * Four sets, each written separately (tests/data/eval/README.md):
 *   messages.jsonl         the development set: rules are tuned on it; every miss is printed
 *   messages-dev2.jsonl    a second development set by another writer, in other styles
 *   test-frozen.jsonl      the frozen test set, written blind to the rules: figures only
 *   suicidal-dev.jsonl     phrasings of suicidal intent and calm idioms (development)
 *   suicidal-dev2.jsonl    more of them by another writer (development: misses printed)
 *   critical-dev.jsonl     dangers, threats, children, evictions told without the obvious
 *                          words, and look-alikes (development, by another writer)
 *   messages-dev3.jsonl    messages written for issue 12's second round before its rules
 *   critical-dev3.jsonl    and critical phrasings and look-alikes, same (development)
 *   suicidal-dev3.jsonl    and suicidal phrasings and idioms, same (development)
 *   suicidal-frozen.jsonl  the same, written blind to the rules: figures only
 *   suicidal-dev4.jsonl    suicidal phrasings of the same round in new styles (agent notes,
 *   critical-dev4.jsonl    no punctuation, English, buried in a complaint) and critical ones
 *   messages-dev4.jsonl    issue 12's third round, written before its rules: phone notes in
 *                          agent shorthand, e-mails with greetings and signatures, no
 *                          punctuation, danger told without trigger words, plain questions,
 *                          suggestions, desk visits whose subject is only the office's name
 *   messages-dev5.jsonl    issue 12's fourth round: misspelt words in every theme and in critical
 *                          messages, lower case, no punctuation (written before spelling tolerance)
 *   critical-dev5.jsonl    issue 12's fifth round: danger and suicidal statements in ordinary
 *                          words and their look-alikes (written before the danger model)
 *   messages-dev6.jsonl    200 messages by a separate writer who never saw the rules (issue 12,
 *                          sixth round), committed with its before-figures; then development
 *   suicidal-dev5.jsonl    issue 12's sixth round, by a writer blind to the rules: suicidal
 *   critical-dev6.jsonl    statements and dangers with their look-alikes (measured before any
 *                          change of that round)
 *   suicidal-dev6.jsonl    issue 12's seventh round, the same kind by a separate writer blind
 *   critical-dev7.jsonl    to the rules (committed with their before-figures; then development)
 *   messages-dev7.jsonl    300 messages by that writer, 20 per theme (the same round; committed
 *                          with its before-figures; then development)
 *   messages-dev8.jsonl    300 more by the same kind of writer (issue 12, eighth round; committed
 *                          unchanged with its before-figures; then development)
 *   suicidal-dev7.jsonl    that round's suicidal phrasings and dangers with their look-alikes, by
 *   critical-dev8.jsonl    the same writer (committed with their before-figures; then development)
 *   messages-dev9.jsonl    issue 12's ninth round by the same kind of writer: 300 messages,
 *   critical-dev9.jsonl    120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev8.jsonl    committed unchanged with their before-figures; then development
 *   messages-dev10.jsonl   issue 12's tenth round by the same kind of writer: 300 messages,
 *   critical-dev10.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev9.jsonl    committed unchanged with their before-figures; then development
 *   messages-dev11.jsonl   issue 12's eleventh round by the same kind of writer: 300 messages,
 *   critical-dev11.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev10.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev12.jsonl   issue 12's twelfth round by the same kind of writer: 300 messages,
 *   critical-dev12.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev11.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev13.jsonl   issue 12's thirteenth round by the same kind of writer: 300 messages,
 *   critical-dev13.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev12.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev14.jsonl   issue 12's fourteenth round by the same kind of writer: 300 messages,
 *   critical-dev14.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev13.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev15.jsonl   issue 12's fifteenth round by the same kind of writer: 300 messages,
 *   critical-dev15.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev14.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev16.jsonl   issue 12's sixteenth round by the same kind of writer: 300 messages,
 *   critical-dev16.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev15.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev17.jsonl   issue 12's seventeenth round by the same kind of writer: 300 messages,
 *   critical-dev17.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev16.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev18.jsonl   issue 12's eighteenth round by the same kind of writer: 300 messages,
 *   critical-dev18.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev17.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev19.jsonl   issue 12's nineteenth round by the same kind of writer: 300 messages,
 *   critical-dev19.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev18.jsonl   committed unchanged with their before-figures; then development
 *   messages-dev20.jsonl   issue 12's twentieth round by the same kind of writer: 300 messages,
 *   critical-dev20.jsonl   120 dangers and look-alikes, 100 suicidal phrasings and look-alikes,
 *   suicidal-dev19.jsonl   committed unchanged with their before-figures and their misses
 *                          unprinted (summary rows only) while blind; now development
 *   messages-dev21.jsonl   issue 12's twenty-first round, the same kind of writer and sizes,
 *   critical-dev21.jsonl   committed unchanged with their before-figures and their misses
 *   suicidal-dev20.jsonl   unprinted (summary rows only) while blind; now development
 *   messages-dev22.jsonl   issue 12's twenty-second round, the same kind of writer and sizes,
 *   critical-dev22.jsonl   committed unchanged with their before-figures; read only with
 *   suicidal-dev21.jsonl   LL_BENCH_BLIND=1 while blind (summary rows only); now development
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
/* Issue 12 round 7's held-out figures (bench_model --critical): found at least these. */
#define FLOOR_CDEV6 54
#define FLOOR_CDEV7 62
#define FLOOR_PDEV6 59
#define FLOOR_DEV7 13
/* Round 8's (held out, the models as shipped): found at least these; false at most the
 * before-figures (critical-dev8 11, suicidal-dev7 2, development 8 2). */
#define FLOOR_CDEV8 68
/* Round 9 (issue 12): threats on a condition and reports of another raise suicidal-dev7
 * to 67 held out (the rules were written after reading its misses: not independent). */
#define FLOOR_PDEV7 67
#define FLOOR_DEV8 10
/* Round 10 (issue 12, suicidal statements in ordinary words): held out (bench_model
 * --critical) suicidal-dev5 80 -> 86, dev6 59 -> 61, dev7 67 -> 69, dev4 113 -> 114, found by
 * any rule; false at most the before-figures in-sample (5, 3, 2). Not independent: the rules
 * were written after reading these sets' misses. */
#define FLOOR_R10_PDEV4 114
#define FLOOR_R10_PDEV5 86
#define FLOOR_R10_PDEV6 61
#define FLOOR_R10_PDEV7 69
/* suicidal-dev8 (blind, came after the round's first rules: 58/70 held out, unchanged by them);
 * after the rules written from its misses 70/70 held out, 0 false (not independent). */
#define FLOOR_R10_PDEV8 70

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
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", text);
    const char *kind = cJSON_GetStringValue(cJSON_GetObjectItem(row, "kind"));
    const char *channel = cJSON_GetStringValue(cJSON_GetObjectItem(row, "channel"));
    const char *subject = cJSON_GetStringValue(cJSON_GetObjectItem(row, "subject"));
    if (subject)
        cJSON_AddStringToObject(d, "subject", subject);
    if (kind)
        cJSON_AddStringToObject(d, "kind", kind);
    if (channel)
        cJSON_AddStringToObject(d, "channel", channel);
    if (classify_text(w->c, d, f) != 0)
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
 * measuring one family or a part on every text, not only on the misses bench_quality prints. */
static int dump_line(void *ctx, int lineno, const cJSON *row) {
    ll_classifier *c = ctx;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    if (!text)
        return 0;
    const cJSON *cr = cJSON_GetObjectItem(row, "critical");
    const char *urg = cJSON_GetStringValue(cJSON_GetObjectItem(row, "urgency"));
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", text);
    const char *kind = cJSON_GetStringValue(cJSON_GetObjectItem(row, "kind"));
    if (kind)
        cJSON_AddStringToObject(d, "kind", kind);
    if (ll_enrich_text(masker, c, d) != 0) {
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
        "[-t TEXT [-k KIND]] [-D SET.jsonl]\n"
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
        "      is refused: its texts are never printed)\n");
}

int main(int argc, char **argv) {
    const char *dir = LL_SOURCE_DIR "/config";
    const char *tax = "taxonomy-gemeente.conf";
    const char *eval = EVAL_DIR "messages.jsonl";
    const char *one = NULL;
    const char *one_kind = NULL;
    const char *dump = NULL;
    const char *conf = LL_SOURCE_DIR "/config/luisterloop.conf";
    int frozen = 1;
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
        else {
            usage();
            return 2;
        }
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

    figures dev = {0}, dev2 = {0}, dev3 = {0}, dev4 = {0}, dev5 = {0}, dev6 = {0}, dev7 = {0},
            dev8 = {0}, test = {0}, pdev = {0}, pdev2 = {0}, pdev3 = {0}, cdev = {0}, cdev3 = {0},
            pdev4 = {0}, cdev4 = {0}, cdev5 = {0}, pdev5 = {0}, cdev6 = {0}, pdev6 = {0},
            cdev7 = {0}, pdev7 = {0}, cdev8 = {0}, dev9 = {0}, cdev9 = {0}, pdev8 = {0},
            dev10 = {0}, cdev10 = {0}, pdev9 = {0}, dev11 = {0}, cdev11 = {0}, pdev10 = {0},
            dev12 = {0}, cdev12 = {0}, pdev11 = {0}, dev13 = {0}, cdev13 = {0}, pdev12 = {0},
            dev14 = {0}, cdev14 = {0}, pdev13 = {0}, dev15 = {0}, cdev15 = {0}, pdev14 = {0},
            dev16 = {0}, cdev16 = {0}, pdev15 = {0}, dev17 = {0}, cdev17 = {0}, pdev16 = {0},
            dev18 = {0}, cdev18 = {0}, pdev17 = {0}, dev19 = {0}, cdev19 = {0}, pdev18 = {0},
            dev20 = {0}, cdev20 = {0}, pdev19 = {0}, dev21 = {0}, cdev21 = {0}, pdev20 = {0},
            dev22 = {0}, cdev22 = {0}, pdev21 = {0}, ptest = {0};
    if (eval_set(c, eval, 1, &dev) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev2.jsonl", 1, &dev2) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev3.jsonl", 1, &dev3) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev4.jsonl", 1, &dev4) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev5.jsonl", 1, &dev5) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev6.jsonl", 1, &dev6) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev7.jsonl", 1, &dev7) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev8.jsonl", 1, &dev8) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev.jsonl", 1, 1, &pdev) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev2.jsonl", 1, 1, &pdev2) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev3.jsonl", 1, 1, &pdev3) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev.jsonl", 1, 0, &cdev) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev3.jsonl", 1, 0, &cdev3) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev4.jsonl", 1, 1, &pdev4) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev4.jsonl", 1, 0, &cdev4) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev5.jsonl", 1, 0, &cdev5) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev5.jsonl", 1, 1, &pdev5) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev6.jsonl", 1, 0, &cdev6) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev6.jsonl", 1, 1, &pdev6) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev7.jsonl", 1, 0, &cdev7) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev7.jsonl", 1, 1, &pdev7) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev8.jsonl", 1, 0, &cdev8) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev9.jsonl", 1, &dev9) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev9.jsonl", 1, 0, &cdev9) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev8.jsonl", 1, 1, &pdev8) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev10.jsonl", 1, &dev10) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev10.jsonl", 1, 0, &cdev10) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev9.jsonl", 1, 1, &pdev9) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev11.jsonl", 1, &dev11) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev11.jsonl", 1, 0, &cdev11) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev10.jsonl", 1, 1, &pdev10) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev12.jsonl", 1, &dev12) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev12.jsonl", 1, 0, &cdev12) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev11.jsonl", 1, 1, &pdev11) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev13.jsonl", 1, &dev13) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev13.jsonl", 1, 0, &cdev13) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev12.jsonl", 1, 1, &pdev12) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev14.jsonl", 1, &dev14) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev14.jsonl", 1, 0, &cdev14) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev13.jsonl", 1, 1, &pdev13) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev15.jsonl", 1, &dev15) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev15.jsonl", 1, 0, &cdev15) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev14.jsonl", 1, 1, &pdev14) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev16.jsonl", 1, &dev16) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev16.jsonl", 1, 0, &cdev16) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev15.jsonl", 1, 1, &pdev15) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev17.jsonl", 1, &dev17) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev17.jsonl", 1, 0, &cdev17) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev16.jsonl", 1, 1, &pdev16) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev18.jsonl", 1, &dev18) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev18.jsonl", 1, 0, &cdev18) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev17.jsonl", 1, 1, &pdev17) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev19.jsonl", 1, &dev19) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev19.jsonl", 1, 0, &cdev19) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev18.jsonl", 1, 1, &pdev18) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev20.jsonl", 1, &dev20) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev20.jsonl", 1, 0, &cdev20) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev19.jsonl", 1, 1, &pdev19) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev21.jsonl", 1, &dev21) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev21.jsonl", 1, 0, &cdev21) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev20.jsonl", 1, 1, &pdev20) != 0 ||
        eval_set(c, EVAL_DIR "messages-dev22.jsonl", 1, &dev22) != 0 ||
        eval_phrasings(c, EVAL_DIR "critical-dev22.jsonl", 1, 0, &cdev22) != 0 ||
        eval_phrasings(c, EVAL_DIR "suicidal-dev21.jsonl", 1, 1, &pdev21) != 0) {
        fprintf(stderr,
                "bench_quality: cannot read %s or the phrasings (or larger than %d bytes)\n", eval,
                LL_T_EVAL_MAX_BYTES);
        ll_enricher_free(masker);
        ll_config_free(&cfg);
        ll_classifier_free(c);
        return 2;
    }
    print_confusion("the development set", &dev);
    int have_test = frozen && eval_set(c, EVAL_DIR "test-frozen.jsonl", 0, &test) == 0;
    if (have_test)
        print_confusion("the frozen test set (counts only)", &test);
    int have_ptest =
        frozen && eval_phrasings(c, EVAL_DIR "suicidal-frozen.jsonl", 0, 1, &ptest) == 0;

    printf("\n== quality (targets: theme >= %.2f, urgency >= %.2f, sentiment >= %.2f, every "
           "critical found,"
           " false critical <= %.2f)\n",
           TARGET_THEME, TARGET_URGENCY, TARGET_SENTIMENT, TARGET_CRIT_FALSE);
    printf("%-22s %5s %7s %7s %7s   %-8s %s\n", "set", "n", "theme", "urgency", "sentim.",
           "critical", "false critical");
    int pass = print_row("development", &dev, 1);
    print_row("development 2", &dev2, 1);
    print_row("development 3", &dev3, 1);
    pass &= print_row("development 4", &dev4, 1); /* issue 12 round 3: its rules must keep it */
    print_row("development 5", &dev5, 1);
    print_row("development 6", &dev6, 1);
    print_row("development 7", &dev7, 1);
    print_row("development 8", &dev8, 1);
    print_row("development 9", &dev9, 1);
    print_row("development 10", &dev10, 1);
    print_row("development 11", &dev11, 1);
    print_row("development 12", &dev12, 1);
    print_row("development 13", &dev13, 1);
    print_row("development 14", &dev14, 1);
    print_row("development 15", &dev15, 1);
    print_row("development 16", &dev16, 1);
    print_row("development 17", &dev17, 1);
    print_row("development 18", &dev18, 1);
    print_row("development 19", &dev19, 1);
    print_row("development 20", &dev20, 1);
    print_row("development 21", &dev21, 1);
    print_row("development 22", &dev22, 1);
    /* The blind writer's sets keep their themes with the shipped theme model
     * (trained on them: a tripwire for a model lost or a learner broken; the
     * rules alone give 0.810 and 0.787, the round-6 model 0.820 and 0.793). */
    if (ratio(dev6.theme_ok, dev6.n, 0) < 0.85 || ratio(dev7.theme_ok, dev7.n, 0) < 0.85) {
        printf("theme of development 6 or 7 below 0.85\n");
        pass = 0;
    }
    /* Round 8: development 8 is learned from too, and a question's negative evidence
     * counts a share (before: theme 0.800, sentiment 0.857 on development 8; round 7's
     * sentiment on development 6 and 7 0.935 and 0.930). */
    if (ratio(dev8.theme_ok, dev8.n, 0) < 0.83 || ratio(dev6.sent_ok, dev6.n, 0) < 0.90 ||
        ratio(dev7.sent_ok, dev7.n, 0) < 0.90 || ratio(dev8.sent_ok, dev8.n, 0) < 0.90) {
        printf("development 8 theme below 0.83, or sentiment of development 6-8 below 0.90\n");
        pass = 0;
    }
    pass &= print_row("suicidal phrasings dev", &pdev, 0);
    print_row("suicidal phr. dev 2", &pdev2, 0);
    print_row("suicidal phr. dev 3", &pdev3, 0);
    print_row("critical phrasings dev", &cdev, 0);
    print_row("critical phr. dev 3", &cdev3, 0);
    print_row("suicidal phr. dev 4", &pdev4, 0);
    pass &= print_row("critical phr. dev 4", &cdev4, 0);
    print_row("critical phr. dev 5", &cdev5, 0);
    print_row("suicidal phr. dev 5", &pdev5, 0);
    print_row("critical phr. dev 6", &cdev6, 0);
    print_row("suicidal phr. dev 6", &pdev6, 0);
    print_row("critical phr. dev 7", &cdev7, 0);
    print_row("suicidal phr. dev 7", &pdev7, 0);
    print_row("critical phr. dev 8", &cdev8, 0);
    print_row("critical phr. dev 9", &cdev9, 0);
    print_row("suicidal phr. dev 8", &pdev8, 0);
    print_row("critical phr. dev 10", &cdev10, 0);
    print_row("suicidal phr. dev 9", &pdev9, 0);
    print_row("critical phr. dev 11", &cdev11, 0);
    print_row("suicidal phr. dev 10", &pdev10, 0);
    print_row("critical phr. dev 12", &cdev12, 0);
    print_row("suicidal phr. dev 11", &pdev11, 0);
    print_row("critical phr. dev 13", &cdev13, 0);
    print_row("suicidal phr. dev 12", &pdev12, 0);
    print_row("critical phr. dev 14", &cdev14, 0);
    print_row("suicidal phr. dev 13", &pdev13, 0);
    print_row("critical phr. dev 15", &cdev15, 0);
    print_row("suicidal phr. dev 14", &pdev14, 0);
    print_row("critical phr. dev 16", &cdev16, 0);
    print_row("suicidal phr. dev 15", &pdev15, 0);
    print_row("critical phr. dev 17", &cdev17, 0);
    print_row("suicidal phr. dev 16", &pdev16, 0);
    print_row("critical phr. dev 18", &cdev18, 0);
    print_row("suicidal phr. dev 17", &pdev17, 0);
    print_row("critical phr. dev 19", &cdev19, 0);
    print_row("suicidal phr. dev 18", &pdev18, 0);
    print_row("critical phr. dev 20", &cdev20, 0);
    print_row("suicidal phr. dev 19", &pdev19, 0);
    print_row("critical phr. dev 21", &cdev21, 0);
    print_row("suicidal phr. dev 20", &pdev20, 0);
    print_row("critical phr. dev 22", &cdev22, 0);
    print_row("suicidal phr. dev 21", &pdev21, 0);
    /* Issue 12 round 7: the blind sets of that round keep at least what its changes found
     * held out (bench_model --critical), and their false flags at most what they were before
     * it (a floor against regressions; in-sample these sets do better). */
    int floors = cdev6.crit_found >= FLOOR_CDEV6 && cdev7.crit_found >= FLOOR_CDEV7 &&
                 pdev6.crit_any >= FLOOR_PDEV6 && dev7.crit_found >= FLOOR_DEV7 &&
                 cdev6.crit_false <= 9 && cdev7.crit_false <= 11 && dev7.crit_false <= 8;
    if (!floors)
        printf("round 7 floors missed: critical phr. dev 6 >= %d, dev 7 >= %d, suicidal phr. dev "
               "6 >= %d by any rule, development 7 >= %d; false at most 9, 11, 8\n",
               FLOOR_CDEV6, FLOOR_CDEV7, FLOOR_PDEV6, FLOOR_DEV7);
    pass &= floors;
    int floors8 = cdev8.crit_found >= FLOOR_CDEV8 && pdev7.crit_any >= FLOOR_PDEV7 &&
                  dev8.crit_found >= FLOOR_DEV8 && cdev8.crit_false <= 11 &&
                  pdev7.crit_false <= 2 && dev8.crit_false <= 2;
    if (!floors8)
        printf("round 8 floors missed: critical phr. dev 8 >= %d, suicidal phr. dev 7 >= %d by "
               "any rule, development 8 >= %d; false at most 11, 2, 2\n",
               FLOOR_CDEV8, FLOOR_PDEV7, FLOOR_DEV8);
    pass &= floors8;
    int floors10 = pdev4.crit_any >= FLOOR_R10_PDEV4 && pdev5.crit_any >= FLOOR_R10_PDEV5 &&
                   pdev6.crit_any >= FLOOR_R10_PDEV6 && pdev7.crit_any >= FLOOR_R10_PDEV7 &&
                   pdev8.crit_any >= FLOOR_R10_PDEV8 && pdev5.crit_false <= 5 &&
                   pdev6.crit_false <= 3 && pdev7.crit_false <= 2 && pdev8.crit_false <= 2;
    if (!floors10)
        printf("round 10 floors missed: suicidal phr. dev 4 >= %d, dev 5 >= %d, dev 6 >= %d, "
               "dev 7 >= %d, dev 8 >= %d by any rule; false at most 5, 3, 2, 2\n",
               FLOOR_R10_PDEV4, FLOOR_R10_PDEV5, FLOOR_R10_PDEV6, FLOOR_R10_PDEV7, FLOOR_R10_PDEV8);
    pass &= floors10;
    if (have_test)
        print_row("frozen test", &test, 1);
    if (have_ptest)
        print_row("suicidal phr. frozen", &ptest, 0);
    /* A count, never an item: how many suicidal phrasings reach a person
     * today through another rule (a person in acute need) though no
     * suicidal family named them. */
    printf("suicidal phrasings critical by any rule: dev %d/%d, dev 2 %d/%d, dev 3 %d/%d, dev 4 "
           "%d/%d, "
           "dev 5 %d/%d, dev 6 %d/%d, dev 7 %d/%d, dev 8 %d/%d, dev 9 %d/%d, dev 10 %d/%d, dev 11 "
           "%d/%d, dev 12 %d/%d, dev 13 %d/%d, dev 14 %d/%d, dev 15 %d/%d, dev 16 %d/%d, dev 17 "
           "%d/%d, dev 18 "
           "%d/%d, dev 19 %d/%d, dev 20 %d/%d, dev 21 %d/%d",
           pdev.crit_any, pdev.crit_total, pdev2.crit_any, pdev2.crit_total, pdev3.crit_any,
           pdev3.crit_total, pdev4.crit_any, pdev4.crit_total, pdev5.crit_any, pdev5.crit_total,
           pdev6.crit_any, pdev6.crit_total, pdev7.crit_any, pdev7.crit_total, pdev8.crit_any,
           pdev8.crit_total, pdev9.crit_any, pdev9.crit_total, pdev10.crit_any, pdev10.crit_total,
           pdev11.crit_any, pdev11.crit_total, pdev12.crit_any, pdev12.crit_total, pdev13.crit_any,
           pdev13.crit_total, pdev14.crit_any, pdev14.crit_total, pdev15.crit_any,
           pdev15.crit_total, pdev16.crit_any, pdev16.crit_total, pdev17.crit_any,
           pdev17.crit_total, pdev18.crit_any, pdev18.crit_total, pdev19.crit_any,
           pdev19.crit_total, pdev20.crit_any, pdev20.crit_total, pdev21.crit_any,
           pdev21.crit_total);
    if (have_ptest)
        printf(", frozen %d/%d", ptest.crit_any, ptest.crit_total);
    printf("\n");
    /* The development sets, then the frozen ones (read only without -F: zero figures). */
    const figures *const all[] = {
        &dev,    &dev2,   &dev3,   &dev4,   &dev5,   &dev6,   &dev7,   &dev8,   &dev9,   &pdev,
        &pdev2,  &pdev3,  &cdev,   &cdev3,  &pdev4,  &cdev4,  &cdev5,  &pdev5,  &cdev6,  &pdev6,
        &cdev7,  &pdev7,  &cdev8,  &cdev9,  &pdev8,  &dev10,  &cdev10, &pdev9,  &dev11,  &cdev11,
        &pdev10, &dev12,  &cdev12, &pdev11, &dev13,  &cdev13, &pdev12, &dev14,  &cdev14, &pdev13,
        &dev15,  &cdev15, &pdev14, &dev16,  &cdev16, &pdev15, &dev17,  &cdev17, &pdev16, &dev18,
        &cdev18, &pdev17, &dev19,  &cdev19, &pdev18, &dev20,  &cdev20, &pdev19, &dev21,  &cdev21,
        &pdev20, &dev22,  &cdev22, &pdev21, &test,   &ptest};
    enum { N_ALL = sizeof(all) / sizeof(all[0]), N_FROZEN = 2 };
    int n = 0, n_dev = 0, masked_dev = 0;
    double cs = 0;
    for (int i = 0; i < N_ALL; i++) {
        n += all[i]->n;
        cs += all[i]->classify_s;
        if (i < N_ALL - N_FROZEN) {
            n_dev += all[i]->n;
            masked_dev += all[i]->masked;
        }
    }
    printf("development texts masked before classification: %d of %d\n", masked_dev, n_dev);
    printf("note: the development sets' theme and sentiment include the learned models, the theme "
           "model trained on development 1-4 and 6-21, the sentiment model on 1-4 and 6-8 "
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
