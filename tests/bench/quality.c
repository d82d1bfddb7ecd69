/* quality.c - measures theme, urgency and sentiment quality of the classifier on the labelled eval set. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classify.h"

#define MAX_EVAL_BYTES (8 * 1024 * 1024)
#define MAX_LINES      10000
#define N_URG          4
#define N_SENT         3

/* Targets: a miss makes the exit status non-zero. */
#define TARGET_THEME     0.85
#define TARGET_URGENCY   0.75
#define TARGET_SENTIMENT 0.75
#define TARGET_CRIT_FALSE 0.10

static const char *const urg_names[N_URG] = {"low", "normal", "high", "critical"};
static const char *const sent_names[N_SENT] = {"negative", "neutral", "positive"};

static int index_of(const char *const *names, int n, const char *s) {
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(MAX_EVAL_BYTES + 1);
    size_t n = buf ? fread(buf, 1, MAX_EVAL_BYTES + 1, f) : 0;
    fclose(f);
    if (!buf || n > MAX_EVAL_BYTES) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void usage(void) {
    fprintf(stderr, "usage: bench_quality [-d CONFIG_DIR] [-x TAXONOMY] [-e EVAL.jsonl] [-t TEXT]\n"
                    "  -d  folder with taxonomy-gemeente.conf, sentiment-nl.tsv, urgency.conf\n"
                    "  -x  taxonomy file name inside that folder\n"
                    "  -t  classify one text and print the enriched data instead\n");
}

int main(int argc, char **argv) {
    const char *dir = LL_SOURCE_DIR "/config";
    const char *tax = "taxonomy-gemeente.conf";
    const char *eval = LL_SOURCE_DIR "/tests/data/eval/messages.jsonl";
    const char *one = NULL;
    for (int i = 1; i < argc; i++) {
        if (i + 1 < argc && strcmp(argv[i], "-d") == 0)
            dir = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-x") == 0)
            tax = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-e") == 0)
            eval = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-t") == 0)
            one = argv[++i];
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

    if (one) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", one);
        if (ll_classify(c, d) != 0) {
            fprintf(stderr, "bench_quality: out of memory\n");
            return 2;
        }
        char *s = cJSON_Print(d);
        printf("%s\n", s);
        free(s);
        cJSON_Delete(d);
        ll_classifier_free(c);
        return 0;
    }

    size_t len;
    char *buf = read_file(eval, &len);
    if (!buf) {
        fprintf(stderr, "bench_quality: cannot read %s (or larger than %d bytes)\n", eval, MAX_EVAL_BYTES);
        ll_classifier_free(c);
        return 2;
    }
    int n = 0, theme_ok = 0, urg_ok = 0, sent_ok = 0, crit_total = 0, crit_found = 0, crit_flagged = 0,
        crit_false = 0, bad_lines = 0;
    int urg_conf[N_URG][N_URG] = {{0}}, sent_conf[N_SENT][N_SENT] = {{0}};
    int theme_n[64] = {0}, theme_hit[64] = {0};
    double classify_s = 0;
    int lineno = 0;
    printf("== misclassified (line: field expected -> got | text | reasons)\n");
    for (char *line = buf, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        if (!*line || lineno > MAX_LINES)
            continue;
        cJSON *row = cJSON_Parse(line);
        const char *text = row ? cJSON_GetStringValue(cJSON_GetObjectItem(row, "text")) : NULL;
        const char *want_theme = row ? cJSON_GetStringValue(cJSON_GetObjectItem(row, "theme")) : NULL;
        const char *want_urg = row ? cJSON_GetStringValue(cJSON_GetObjectItem(row, "urgency")) : NULL;
        const char *want_sent = row ? cJSON_GetStringValue(cJSON_GetObjectItem(row, "sentiment")) : NULL;
        int wu = index_of(urg_names, N_URG, want_urg), ws = index_of(sent_names, N_SENT, want_sent);
        if (!text || !want_theme || wu < 0 || ws < 0) {
            printf("%d: not a labelled line\n", lineno);
            bad_lines++;
            cJSON_Delete(row);
            continue;
        }
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", text);
        const char *kind = cJSON_GetStringValue(cJSON_GetObjectItem(row, "kind"));
        const char *channel = cJSON_GetStringValue(cJSON_GetObjectItem(row, "channel"));
        if (kind)
            cJSON_AddStringToObject(d, "kind", kind);
        if (channel)
            cJSON_AddStringToObject(d, "channel", channel);
        double s0 = now_s();
        if (ll_classify(c, d) != 0) {
            fprintf(stderr, "bench_quality: out of memory\n");
            return 2;
        }
        classify_s += now_s() - s0;
        const char *got_theme = cJSON_GetStringValue(cJSON_GetObjectItem(d, "theme"));
        cJSON *u = cJSON_GetObjectItem(d, "urgency");
        cJSON *s = cJSON_GetObjectItem(d, "sentiment");
        int gu = index_of(urg_names, N_URG, cJSON_GetStringValue(cJSON_GetObjectItem(u, "level")));
        int gs = index_of(sent_names, N_SENT, cJSON_GetStringValue(cJSON_GetObjectItem(s, "label")));
        n++;
        int ok_t = strcmp(got_theme, want_theme) == 0;
        theme_ok += ok_t;
        urg_ok += gu == wu;
        sent_ok += gs == ws;
        urg_conf[wu][gu]++;
        sent_conf[ws][gs]++;
        for (size_t i = 0; i < ll_classifier_themes(c) && i < 64; i++)
            if (strcmp(ll_classifier_theme_id(c, i), want_theme) == 0) {
                theme_n[i]++;
                theme_hit[i] += ok_t;
            }
        if (wu == 3) {
            crit_total++;
            crit_found += gu == 3;
        }
        if (gu == 3) {
            crit_flagged++;
            crit_false += wu != 3;
        }
        if (!ok_t || gu != wu || gs != ws) {
            printf("%d:", lineno);
            if (!ok_t)
                printf(" theme %s -> %s", want_theme, got_theme);
            if (gu != wu)
                printf(" urgency %s -> %s", urg_names[wu], urg_names[gu]);
            if (gs != ws)
                printf(" sentiment %s -> %s (%.2f)", sent_names[ws], sent_names[gs],
                       cJSON_GetNumberValue(cJSON_GetObjectItem(s, "score")));
            char *why_t = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
            char *why_u = cJSON_PrintUnformatted(cJSON_GetObjectItem(u, "reasons"));
            char *why_s = cJSON_PrintUnformatted(cJSON_GetObjectItem(s, "matched"));
            printf(" | %.110s%s | themes %s urgency %s sentiment %s\n", text, strlen(text) > 110 ? "..." : "",
                   why_t, why_u, why_s);
            free(why_t);
            free(why_u);
            free(why_s);
        }
        cJSON_Delete(d);
        cJSON_Delete(row);
    }
    free(buf);
    if (n == 0) {
        fprintf(stderr, "bench_quality: no labelled lines in %s\n", eval);
        ll_classifier_free(c);
        return 2;
    }

    printf("\n== confusion: urgency (rows expected, columns got: low normal high critical)\n");
    for (int i = 0; i < N_URG; i++)
        printf("  %-8s %4d %4d %4d %4d\n", urg_names[i], urg_conf[i][0], urg_conf[i][1], urg_conf[i][2], urg_conf[i][3]);
    printf("== confusion: sentiment (rows expected, columns got: negative neutral positive)\n");
    for (int i = 0; i < N_SENT; i++)
        printf("  %-8s %4d %4d %4d\n", sent_names[i], sent_conf[i][0], sent_conf[i][1], sent_conf[i][2]);
    printf("== theme top-1 per expected theme (correct/total)\n");
    for (size_t i = 0; i < ll_classifier_themes(c) && i < 64; i++)
        if (theme_n[i])
            printf("  %-16s %3d/%-3d\n", ll_classifier_theme_id(c, i), theme_hit[i], theme_n[i]);

    double ta = (double)theme_ok / n, ua = (double)urg_ok / n, sa = (double)sent_ok / n;
    double crec = crit_total ? (double)crit_found / crit_total : 1.0;
    double cfalse = crit_flagged ? (double)crit_false / crit_flagged : 0.0;
    int pass = ta >= TARGET_THEME && ua >= TARGET_URGENCY && sa >= TARGET_SENTIMENT && crit_found == crit_total &&
               cfalse <= TARGET_CRIT_FALSE && bad_lines == 0;
    printf("\n== quality on %d messages (%s)\n", n, eval);
    printf("theme top-1 accuracy      %.3f  (target >= %.2f)\n", ta, TARGET_THEME);
    printf("urgency level accuracy    %.3f  (target >= %.2f)\n", ua, TARGET_URGENCY);
    printf("sentiment label accuracy  %.3f  (target >= %.2f)\n", sa, TARGET_SENTIMENT);
    printf("critical recall           %.3f  (%d/%d, target: all)\n", crec, crit_found, crit_total);
    printf("flagged critical false    %.3f  (%d/%d, target <= %.2f)\n", cfalse, crit_false, crit_flagged,
           TARGET_CRIT_FALSE);
    printf("unlabelled lines          %d\n", bad_lines);
    printf("load %.1f ms, classify %.1f us/message\n", load_s * 1e3, classify_s * 1e6 / n);
    printf("command:");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\nresult: %s\n", pass ? "PASS" : "FAIL (a target is missed)");
    ll_classifier_free(c);
    return pass ? 0 : 1;
}
