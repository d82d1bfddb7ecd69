/* test_classify.c - Dutch text understanding: normalisation, matcher, themes, sentiment, urgency, config errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "classify.h"
#include "lrmodel.h"
#include "matcher.h"
#include "names.h"
#include "nbmodel.h"
#include "spelling.h"
#include "textnorm.h"

#define CFG LL_SOURCE_DIR "/config/"

static ll_classifier *gemeente;

static int setup(void **state) {
    (void)state;
    char err[512];
    gemeente = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv",
                                 CFG "urgency.conf", err, sizeof(err));
    if (!gemeente)
        fprintf(stderr, "load: %s\n", err);
    return gemeente ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    ll_classifier_free(gemeente);
    return 0;
}

/* Classifies text (kind may be NULL) with c; the caller deletes the result. */
static cJSON *classify_with(ll_classifier *c, const char *text, const char *kind) {
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", text);
    if (kind)
        cJSON_AddStringToObject(d, "kind", kind);
    assert_int_equal(ll_classify(c, d), 0);
    return d;
}

/* The same with the shipped taxonomy. */
static cJSON *classify(const char *text, const char *kind) {
    return classify_with(gemeente, text, kind);
}

/* The classifier of a taxonomy and urgency rules with the shipped lexicon; the
 * test fails when it does not load. */
static ll_classifier *load(const char *taxonomy, const char *urgency) {
    char err[512];
    ll_classifier *c =
        ll_classifier_new(taxonomy, CFG "sentiment-nl.tsv", urgency, err, sizeof(err));
    if (!c)
        fail_msg("load %s: %s", taxonomy, err);
    return c;
}

/* The folder of the files a test writes (tmp_file): made before each test
 * that names tmp_setup, emptied and removed after it, pass or fail. */
static char tmpdir[64];

static int tmp_setup(void **state) {
    (void)state;
    snprintf(tmpdir, sizeof(tmpdir), "/tmp/ll_classify_XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int tmp_teardown(void **state) {
    (void)state;
    DIR *dir = opendir(tmpdir);
    if (!dir)
        return -1;
    const struct dirent *e;
    while ((e = readdir(dir)))
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            char path[sizeof(tmpdir) + sizeof(e->d_name) + 1];
            snprintf(path, sizeof(path), "%s/%s", tmpdir, e->d_name);
            unlink(path);
        }
    closedir(dir);
    return rmdir(tmpdir);
}

/* Writes content to the file name in tmpdir; returns its path (the last two
 * paths returned stay valid). */
static const char *tmp_file(const char *name, const char *content) {
    static char path[2][160];
    static int k;
    k ^= 1;
    snprintf(path[k], sizeof(path[k]), "%s/%s", tmpdir, name);
    FILE *f = fopen(path[k], "w");
    assert_non_null(f);
    fputs(content, f);
    assert_int_equal(fclose(f), 0);
    return path[k];
}

/* An urgency file that must not load, and a part of the error it must give. */
typedef struct bad_urgency {
    const char *urg, *want;
} bad_urgency;

/* Loads each of bad[0..n) as the urgency rules beside the shipped taxonomy and
 * lexicon (tmpdir/bad.conf): none may load, and each error must hold its want. */
static void expect_load_errors(const bad_urgency *bad, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char err[512] = "";
        ll_classifier *c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv",
                                             tmp_file("bad.conf", bad[i].urg), err, sizeof(err));
        int loaded = c != NULL;
        ll_classifier_free(c);
        if (loaded || !strstr(err, bad[i].want))
            fail_msg("urgency %zu\n got  %s\n want %s", i, loaded ? "(loaded)" : err, bad[i].want);
    }
}

static const char *str_at(const cJSON *d, const char *obj, const char *name) {
    const cJSON *o = obj ? cJSON_GetObjectItem(d, obj) : d;
    return cJSON_GetStringValue(cJSON_GetObjectItem(o, name));
}

static double sentiment_score(const cJSON *d) {
    return cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "score"));
}

#define EXPECT_THEME(text, want)                                         \
    do {                                                                 \
        cJSON *d_ = classify(text, NULL);                                \
        const char *got_ = str_at(d_, NULL, "theme");                    \
        if (strcmp(got_, want) != 0)                                     \
            fail_msg("theme(%s)\n got  %s\n want %s", text, got_, want); \
        cJSON_Delete(d_);                                                \
    } while (0)

#define EXPECT_FIELD(text, kind, obj, name, want)                                              \
    do {                                                                                       \
        cJSON *d_ = classify(text, kind);                                                      \
        const char *got_ = str_at(d_, obj, name);                                              \
        if (!got_ || strcmp(got_, want) != 0)                                                  \
            fail_msg("%s.%s(%s)\n got  %s\n want %s", obj, name, text, got_ ? got_ : "(none)", \
                     want);                                                                    \
        cJSON_Delete(d_);                                                                      \
    } while (0)

/* A text, the kind it is sent as and the urgency level it must get. */
typedef struct level_case {
    const char *text, *kind, *level;
} level_case;

static void expect_levels(const level_case *cases, size_t n) {
    for (size_t i = 0; i < n; i++)
        EXPECT_FIELD(cases[i].text, cases[i].kind, "urgency", "level", cases[i].level);
}

#define EXPECT_SENTIMENT(text, want) EXPECT_FIELD(text, NULL, "sentiment", "label", want)
#define EXPECT_URGENCY(text, kind, want) EXPECT_FIELD(text, kind, "urgency", "level", want)

/* Look-alikes: each must be classified, and below the level given ("critical", or "high":
 * neither high nor critical). */
static void expect_below(const char *const *texts, size_t n, const char *level) {
    size_t failed = 0; /* every look-alike above is printed, not only the first */
    for (size_t i = 0; i < n; i++) {
        cJSON *d = classify(texts[i], NULL);
        const char *lvl = str_at(d, "urgency", "level");
        if (!lvl || strcmp(lvl, "critical") == 0 || strcmp(lvl, level) == 0) {
            print_error("look-alike: %s: %s\n", texts[i], lvl ? lvl : "(none)");
            failed++;
        }
        cJSON_Delete(d);
    }
    if (failed)
        fail_msg("%zu look-alike(s) at %s or above", failed, level);
}

static void expect_below_critical(const char *const *texts, size_t n) {
    expect_below(texts, n, "critical");
}

/* The twin of expect_below_critical: each text must be classified critical (every one that is
 * not is printed, not only the first). */
static void expect_critical(const char *const *texts, size_t n) {
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        cJSON *d = classify(texts[i], NULL);
        const char *lvl = str_at(d, "urgency", "level");
        if (!lvl || strcmp(lvl, "critical") != 0) {
            print_error("not critical: %s: %s\n", texts[i], lvl ? lvl : "(none)");
            failed++;
        }
        cJSON_Delete(d);
    }
    if (failed)
        fail_msg("%zu text(s) below critical", failed);
}

static int array_has(const cJSON *arr, const char *needle) {
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        const char *s = cJSON_GetStringValue(it);
        if (s && strstr(s, needle))
            return 1;
    }
    return 0;
}

/* Whether arr holds the string s itself: a lexicon's reason, not a model's that names it. */
static int array_has_exact(const cJSON *arr, const char *s) {
    const cJSON *it;
    cJSON_ArrayForEach(it, arr) {
        const char *v = cJSON_GetStringValue(it);
        if (v && strcmp(v, s) == 0)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ textnorm */

static void textnorm_folds_case_accents_and_stems(void **state) {
    (void)state;
    char err[128], surf[256], stem[256];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    assert_int_equal(ll_textnorm_pattern(tn, "Café ÉÉN", surf, stem, sizeof(surf)), 2);
    assert_string_equal(surf, "cafe een");
    /* NFKC: the ligature "ﬁ" is "fi"; stretched letters are emphasis. */
    assert_int_equal(ll_textnorm_pattern(tn, "ﬁets heeeeel", surf, stem, sizeof(surf)), 2);
    assert_string_equal(surf, "fiets heel");
    /* Stems: "containers" and "container" meet, "vergunningen" and "vergunning". */
    char stem2[256];
    ll_textnorm_pattern(tn, "containers vergunningen", surf, stem, sizeof(surf));
    ll_textnorm_pattern(tn, "container vergunning", surf, stem2, sizeof(surf));
    assert_string_equal(stem, stem2);
    /* "ij" and "y" are one letter for sloppy writers. */
    ll_textnorm_pattern(tn, "blij bly", surf, stem, sizeof(surf));
    assert_string_equal(surf, "bly bly");
    /* Chat and dialect negation is "niet" (round 19); a word that merely starts so is not. */
    ll_textnorm_pattern(tn, "ni nie NIE niet nieuw", surf, stem, sizeof(surf));
    assert_string_equal(surf, "niet niet niet niet nieuw");
    /* Words, sentences, capitals and exclamation marks. */
    const char *t = "Ik ben BOOS! Echt. auto's";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, t, strlen(t), 0);
    assert_int_equal(tn->ntoks, 6);
    assert_true(tn->toks[2].caps);
    assert_false(tn->toks[0].caps);
    assert_int_equal(tn->toks[2].excl, 1);
    assert_int_equal(tn->toks[3].excl, 0);
    assert_int_not_equal(tn->toks[2].sent, tn->toks[3].sent);
    /* A mark that closes a quote ends no sentence when the sentence goes on after the quote
     * in lower case ("'ik schiet je neer!' met een waterpistool"); it does before a capital,
     * and a mark with no quote after it ends its sentence as before. */
    const char *q = "Hij riep 'ik schiet je neer!' met een waterpistool. 'Stop!' Daarna stop! dan";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, q, strlen(q), 0);
    assert_int_equal(tn->ntoks, 13);
    assert_int_equal(tn->toks[5].sent, tn->toks[6].sent);         /* neer!' met */
    assert_int_not_equal(tn->toks[5].clause, tn->toks[6].clause); /* a clause of it */
    assert_int_not_equal(tn->toks[9].sent, tn->toks[10].sent);    /* Stop!' Daarna */
    assert_int_not_equal(tn->toks[11].sent, tn->toks[12].sent);   /* stop! dan */
    /* Professionals' abbreviations are the words they stand for, with or without their
     * dots, and their dots end no sentence; before a capital the last one does, except
     * after "cl." (user check 5 of 12-02). "cl" needs its dot. */
    assert_int_equal(
        ll_textnorm_pattern(tn, "Cl. i.v.m. val, Z.S.M. ivm aub 33 cl", surf, stem, sizeof(surf)),
        14);
    assert_string_equal(surf, "client in verband met val zo snel mogelyk in verband met "
                              "alstublieft 33 cl");
    /* Each is found, those that share a first letter too (ipv and ivm, tbv and thv, mbt and
     * mnd: a word's first letter picks the ones tried). */
    assert_int_equal(ll_textnorm_pattern(tn, "IPV tbv T.H.V. mnd M.B.T. wkn jr o.a. n.a.v.", surf,
                                         stem, sizeof(surf)),
                     20);
    assert_string_equal(surf, "in plaats van ten behoeve van ter hoogte van maanden met "
                              "betrekking tot weken jaar onder andere naar aanleiding van");
    const char *ab =
        "Cl. Mw. (84) i.v.m. val niet meer mobiel. Verzoek z.s.m. huisbezoek a.u.b. Dank";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, ab, strlen(ab), 0);
    assert_int_equal(tn->ntoks, 17);
    assert_int_equal(tn->toks[0].sent, tn->toks[1].sent);       /* Cl. Mw. */
    assert_int_equal(tn->toks[2].sent, tn->toks[9].sent);       /* (84) i.v.m. ... mobiel */
    assert_int_not_equal(tn->toks[9].sent, tn->toks[10].sent);  /* mobiel. Verzoek */
    assert_int_equal(tn->toks[10].sent, tn->toks[14].sent);     /* z.s.m. huisbezoek */
    assert_int_not_equal(tn->toks[15].sent, tn->toks[16].sent); /* a.u.b. Dank */
    assert_int_equal(tn->toks[3].orig_len, 6);                  /* "i.v.m." for the reasons */
    /* A blank line opens a paragraph; one line break does not, nor does a part added apart. */
    const char *pa = "Eerste regel\nnog\n\n  \nTweede. Alinea";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, pa, strlen(pa), 0);
    ll_textnorm_add(tn, "\n\nDerde", 7, 1);
    assert_int_equal(tn->ntoks, 6);
    assert_int_equal(tn->toks[2].para, 0);                /* regel\nnog */
    assert_int_equal(tn->toks[3].para, 1);                /* nog\n\n  \nTweede */
    assert_int_equal(tn->toks[4].para, tn->toks[5].para); /* Alinea, then Derde added apart */
    /* A dash before a number after a space or a bracket is a minus sign ("vannacht -8" is a
     * frost, critical-dev19); inside a range, a date or a compound it is a hyphen. */
    assert_int_equal(ll_textnorm_pattern(tn, "nacht -8 (-5 graden) 5-8 12-02 wmo-vervoer \u22123",
                                         surf, stem, sizeof(surf)),
                     14);
    assert_string_equal(surf, "nacht min 8 min 5 graden 5 8 12 02 wmo vervoer min 3");
    /* Invalid UTF-8 separates words instead of breaking the analysis. */
    const char bad[] = "afval\xff\xfe"
                       "container";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, bad, sizeof(bad) - 1, 0);
    assert_int_equal(tn->ntoks, 2);
    ll_textnorm_free(tn);
    ll_textnorm_free(NULL);
}

/* Algospeak and self-censoring (issue 12, suicidal-dev18): digits with a letter's look
 * inside a word and a star or "@" between letters are read as the word they hide, for
 * matching only (each token keeps its bytes); numbers, codes, postcodes, house numbers
 * and e-mail addresses stay as written, and a star that can be no word of the
 * classifier's, or more than one, is dropped. */
static void textnorm_reads_leet_and_stars(void **state) {
    (void)state;
    char err[512], surf[512], stem[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    assert_int_equal(ll_textnorm_pattern(tn, "z3lfm00rd UNAL1VE sch00l", surf, stem, sizeof(surf)),
                     3);
    assert_string_equal(surf, "zelfmoord unalive school");
    assert_int_equal(ll_textnorm_pattern(tn, "A20 mp3 b12 covid19 x81k2 3e 12a 3072AB 06-12345678",
                                         surf, stem, sizeof(surf)),
                     10);
    assert_string_equal(surf, "a20 mp3 b12 covid19 x81k2 3e 12a 3072ab 06 12345678");
    assert_int_equal(
        ll_textnorm_pattern(tn, "mail info@gemeente.nl of @gemeente", surf, stem, sizeof(surf)), 6);
    assert_string_equal(surf, "mail info gemeente nl of gemeente");

    ll_wordlist *known =
        ll_wordlist_read(tmp_file("known", "mesjes\nzelfmoord\nhaat\n"), err, sizeof(err));
    ll_wordset *vocab = ll_wordset_new();
    assert_non_null(known);
    assert_non_null(vocab);
    static const char *const words[][2] = {
        {"mesjes", "mesj"}, {"zelfmoord", "zelfmoord"}, {"kapel", "kapel"}, {"kabel", "kabel"}};
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        assert_int_equal(ll_wordset_add(vocab, words[i][0], strlen(words[i][0]), words[i][1],
                                        strlen(words[i][1])),
                         0);
    ll_textnorm_set_spelling(tn, known, vocab);
    const char *t = "Zelfm*rd, me*sjes en de ka*el; k*tzooi. H@@T, Aan: info@gemeente";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, t, strlen(t), 0);
    assert_int_equal(tn->ntoks, 10);
    assert_memory_equal(tn->surf, " zelfmoord mesjes en de kael|ktzooi|haat aan info gemeente ",
                        tn->surf_len);
    assert_memory_equal(tn->stem, " zelfmoord mesj en de kael|ktzooi|hat aan info gemeent ",
                        tn->stem_len);
    assert_int_equal(tn->toks[0].orig_len, 8); /* "Zelfm*rd" for the reasons */
    ll_textnorm_free(tn);
    ll_wordset_free(vocab);
    ll_wordlist_free(known);
}

/* ------------------------------------------------------------- matcher */

typedef struct found {
    int n;
    size_t start[8], end[8];
    uint32_t value[8];
} found;

static void on_found(void *ctx, size_t start, size_t end, uint32_t value) {
    found *f = ctx;
    if (f->n < 8) {
        f->start[f->n] = start;
        f->end[f->n] = end;
        f->value[f->n++] = value;
    }
}

/* ll_matcher_scan_words's runs, value by value. */
static void on_found_run(void *ctx, size_t start, size_t end, const uint32_t *values, size_t n) {
    for (size_t i = 0; i < n; i++)
        on_found(ctx, start, end, values[i]);
}

static void matcher_finds_every_overlapping_pattern(void **state) {
    (void)state;
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    assert_int_equal(ll_matcher_add(m, "he", 2, 1), 0);
    assert_int_equal(ll_matcher_add(m, "she", 3, 2), 0);
    assert_int_equal(ll_matcher_add(m, "hers", 4, 3), 0);
    assert_int_equal(ll_matcher_add(m, "he", 2, 4), 0); /* same bytes, second value */
    assert_int_equal(ll_matcher_compile(m), 0);
    assert_int_equal(ll_matcher_add(m, "x", 1, 5), -1); /* compiled: no more adds */
    found f = {0};
    ll_matcher_scan(m, "ushers", 6, on_found, &f);
    assert_int_equal(f.n, 4); /* she, he (x2), hers */
    assert_int_equal(f.value[0], 2);
    assert_int_equal(f.start[0], 1);
    assert_int_equal(f.end[3], 6);
    assert_int_equal(f.value[3], 3);
    ll_matcher_free(m);
    ll_matcher_free(NULL);
}

/* The filtered scan: a value without a bit of need never; one with a bit of
 * part_ok anywhere; the rest only on whole words (after a separator, not at
 * the first byte, and before one). */
static void matcher_words_filter(void **state) {
    (void)state;
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    assert_int_equal(ll_matcher_add(m, "gas", 3, 1 | 4), 0);      /* whole words only */
    assert_int_equal(ll_matcher_add(m, "gas", 3, 2 | 4 | 16), 0); /* parts too */
    assert_int_equal(ll_matcher_add(m, "lek", 3, 3 | 8), 0);      /* not needed */
    assert_int_equal(ll_matcher_compile(m), 0);
    ll_matcher_filter flt = {.need = 4, .part_ok = 16, .sep = {[' '] = 1, ['|'] = 1}};
    const char *text = "gas gast |gas| lek gasgas";
    found f = {0};
    ll_matcher_scan_words(m, text, strlen(text), &flt, on_found_run, &f);
    /* "gas" at 0: not after a separator, so only the part (2); "gast": the part;
     * "|gas|": both; "gasgas": the part twice. "lek" never. */
    size_t want_start[] = {0, 4, 10, 10, 19, 22};
    uint32_t want_value[] = {2 | 4 | 16, 2 | 4 | 16, 2 | 4 | 16, 1 | 4, 2 | 4 | 16, 2 | 4 | 16};
    assert_int_equal(f.n, 6);
    for (int i = 0; i < 6; i++) {
        assert_int_equal(f.start[i], want_start[i]);
        if (f.start[i] == 10) /* the order of one node's two values is the matcher's */
            assert_true(f.value[i] == (2 | 4 | 16) || f.value[i] == (1 | 4));
        else
            assert_int_equal(f.value[i], want_value[i]);
    }
    f.n = 0;
    ll_matcher_scan(m, "gasgas", 6, on_found, &f); /* unfiltered: every one */
    assert_int_equal(f.n, 4);
    ll_matcher_free(m);
}

/* The automaton against a plain search sharing no code with it: 300
 * patterns of 2..7 letters of "abc" (many overlapping, some added twice
 * with two values) over 3,000 letters of text. Every occurrence is reported
 * in the matcher's order: by end; at one end the longest pattern first, and
 * of the values of one pattern the last added first. */
typedef struct reported {
    uint32_t n;
    uint32_t at[40000][3]; /* start, end, value */
} reported;

static void on_report(void *ctx, size_t start, size_t end, uint32_t value) {
    reported *r = ctx;
    if (r->n < 40000) {
        r->at[r->n][0] = (uint32_t)start;
        r->at[r->n][1] = (uint32_t)end;
        r->at[r->n++][2] = value;
    }
}

/* One comparison: npat patterns of minlen..maxlen of the first `letters`
 * letters, a text of text_letters letters. */
static void plain_vs_automaton(uint32_t seed, size_t minlen, size_t maxlen, int letters,
                               int text_letters) {
    enum { NPAT = 300, TEXT = 3000, MAXLEN = 24 };
    static char pats[NPAT][MAXLEN + 1], text[TEXT];
    static reported got, want;
    memset(&got, 0, sizeof(got));
    memset(&want, 0, sizeof(want));
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    for (int i = 0; i < NPAT; i++) {
        if (i % 10 == 9) { /* the bytes of an earlier pattern, a value of its own */
            memcpy(pats[i], pats[i / 2], sizeof(pats[i]));
        } else {
            size_t n =
                minlen + ((seed = seed * 1103515245u + 12345u) >> 16) % (maxlen - minlen + 1);
            for (size_t k = 0; k < n; k++)
                pats[i][k] =
                    (char)('a' + ((seed = seed * 1103515245u + 12345u) >> 16) % (uint32_t)letters);
            pats[i][n] = '\0';
        }
        assert_int_equal(ll_matcher_add(m, pats[i], strlen(pats[i]), (uint32_t)i), 0);
    }
    assert_int_equal(ll_matcher_compile(m), 0);
    for (size_t k = 0; k < TEXT; k++)
        text[k] =
            (char)('a' + ((seed = seed * 1103515245u + 12345u) >> 16) % (uint32_t)text_letters);
    ll_matcher_scan(m, text, TEXT, on_report, &got);
    for (size_t end = 1; end <= TEXT; end++)
        for (size_t len = end < maxlen ? end : maxlen; len >= minlen; len--)
            for (int i = NPAT - 1; i >= 0; i--)
                if (strlen(pats[i]) == len && memcmp(text + end - len, pats[i], len) == 0)
                    on_report(&want, end - len, end, (uint32_t)i);
    assert_true(want.n > 1000 && want.n < 40000);
    assert_int_equal(got.n, want.n);
    for (uint32_t k = 0; k < want.n; k++)
        if (memcmp(got.at[k], want.at[k], sizeof(got.at[k])) != 0)
            fail_msg("report %u: got %u..%u value %u, want %u..%u value %u", k, got.at[k][0],
                     got.at[k][1], got.at[k][2], want.at[k][0], want.at[k][1], want.at[k][2]);
    ll_matcher_free(m);
}

static void matcher_reports_what_a_plain_search_finds(void **state) {
    (void)state;
    plain_vs_automaton(777, 2, 7, 3, 4); /* and 'd', in no pattern */
    /* Long patterns over two letters: most nodes are chains (one child), the
     * text leaves them at every depth and goes on from their failure nodes. */
    plain_vs_automaton(4242, 3, 24, 2, 2);
}

/* The filtered scan against the plain scan with the filter applied after
 * it, in plain code: the same occurrences in the same order. Patterns over
 * "ab " and "|" (separators inside patterns too), several values per
 * pattern, every combination of the filter's bits. */
typedef struct reports {
    size_t n;
    size_t start[32768], end[32768];
    uint32_t value[32768];
} reports;

static void on_report_all(void *ctx, size_t start, size_t end, uint32_t value) {
    reports *r = ctx;
    if (r->n < 32768) {
        r->start[r->n] = start;
        r->end[r->n] = end;
        r->value[r->n] = value;
    }
    r->n++;
}

static void on_report_run(void *ctx, size_t start, size_t end, const uint32_t *values, size_t n) {
    for (size_t i = 0; i < n; i++)
        on_report_all(ctx, start, end, values[i]);
}

typedef struct runs {
    size_t calls, values;
    uint32_t last; /* the last value handed over */
    int ordered;   /* every value one more than the one before it */
} runs;

static void on_run_count(void *ctx, size_t start, size_t end, const uint32_t *values, size_t n) {
    runs *r = ctx;
    (void)start;
    (void)end;
    r->calls++;
    for (size_t i = 0; i < n; i++) {
        if (r->values && values[i] != r->last - 256)
            r->ordered = 0;
        r->last = values[i];
        r->values++;
    }
}

/* A run longer than a chunk comes whole, in order, in more than one call; a word that
 * ends where none of the run's patterns may end a part hands nothing over. */
static void matcher_words_long_run_in_chunks(void **state) {
    (void)state;
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    size_t want = 2 * LL_MATCHER_RUN_CHUNK + 5;
    for (uint32_t v = 0; v < want; v++)
        assert_int_equal(ll_matcher_add(m, "gas", 3, v << 8 | 4), 0);
    assert_int_equal(ll_matcher_compile(m), 0);
    ll_matcher_filter flt = {.need = 4, .part_ok = 16, .sep = {[' '] = 1, ['|'] = 1}};
    runs r = {.ordered = 1};
    ll_matcher_scan_words(m, " gas ", 5, &flt, on_run_count, &r);
    assert_int_equal(r.values, want);
    assert_int_equal(r.calls, 3);
    assert_true(r.ordered); /* newest first, as added: each one less than the one before */
    r = (runs){.ordered = 1};
    ll_matcher_scan_words(m, " gast ", 6, &flt, on_run_count, &r);
    assert_int_equal(r.calls, 0);
    ll_matcher_free(m);
}

static void matcher_words_filter_is_the_plain_filter(void **state) {
    (void)state;
    static reports all, got;
    srand(2024);
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    static const char alpha[] = "abab |";
    for (int i = 0; i < 200; i++) {
        char pat[8];
        int len = 1 + rand() % 5;
        for (int k = 0; k < len; k++)
            pat[k] = alpha[rand() % (k == 0 || k == len - 1 ? 4 : 6)];
        for (int v = 0, nv = 1 + rand() % 3; v < nv; v++)
            assert_int_equal(
                ll_matcher_add(m, pat, (size_t)len, (uint32_t)(i << 5 | (rand() & 28))), 0);
    }
    assert_int_equal(ll_matcher_compile(m), 0);
    char text[401];
    for (int k = 0; k < 400; k++)
        text[k] = alpha[rand() % 6];
    text[400] = '\0';
    for (uint32_t need = 4; need <= 12; need += 4)
        for (uint32_t part_ok = 0; part_ok <= 16; part_ok += 16) {
            ll_matcher_filter flt = {
                .need = need, .part_ok = part_ok, .sep = {[' '] = 1, ['|'] = 1}};
            all.n = got.n = 0;
            ll_matcher_scan(m, text, 400, on_report_all, &all);
            ll_matcher_scan_words(m, text, 400, &flt, on_report_run, &got);
            assert_true(all.n <= 32768);
            size_t k = 0;
            for (size_t i = 0; i < all.n; i++) {
                uint32_t v = all.value[i];
                size_t a = all.start[i], e = all.end[i];
                int words = a > 0 && (text[a - 1] == ' ' || text[a - 1] == '|') &&
                            (text[e] == ' ' || text[e] == '|');
                if (!(v & need) || (!(v & part_ok) && !words))
                    continue;
                assert_true(k < got.n);
                assert_int_equal(got.start[k], a);
                assert_int_equal(got.end[k], e);
                assert_int_equal(got.value[k], v);
                k++;
            }
            assert_int_equal(k, got.n);
            assert_true(got.n > 50); /* the filter lets some through */
        }
    ll_matcher_free(m);
}

/* More than 65,536 nodes: the table of 32-bit states (the taxonomy's
 * ~36,000 nodes use the 16-bit one, so only this test scans the other). */
static void matcher_wide_table_finds_patterns(void **state) {
    (void)state;
    ll_matcher *m = ll_matcher_new();
    assert_non_null(m);
    char pat[96];
    for (int i = 0; i < 1000; i++) { /* 1,000 patterns of 80 bytes, 75 of them their own */
        snprintf(pat, sizeof(pat), "p%04d", i);
        memset(pat + 5, 'a' + i % 26, 75);
        assert_int_equal(ll_matcher_add(m, pat, 80, (uint32_t)i), 0);
    }
    assert_int_equal(ll_matcher_add(m, "p0999", 5, 5000), 0);
    assert_int_equal(ll_matcher_compile(m), 0);
    assert_true(ll_matcher_nodes(m) > 65536);
    char text[128] = "xx ";
    snprintf(pat, sizeof(pat), "p%04d", 999); /* its deepest nodes are past 65,536 */
    memset(pat + 5, 'a' + 999 % 26, 75);
    memcpy(text + 3, pat, 80);
    memcpy(text + 83, " p0517", 7);
    found f = {0};
    ll_matcher_scan(m, text, strlen(text), on_found, &f);
    assert_int_equal(f.n, 2); /* p0999 and pattern 999; p0517 alone is no pattern */
    assert_int_equal(f.value[0], 5000);
    assert_int_equal(f.start[0], 3);
    assert_int_equal(f.end[0], 8);
    assert_int_equal(f.value[1], 999);
    assert_int_equal(f.start[1], 3);
    assert_int_equal(f.end[1], 83);
    ll_matcher_free(m);
}

/* -------------------------------------------------------------- themes */

static void themes_from_compounds(void **state) {
    (void)state;
    EXPECT_THEME("De afvalcontainer bij ons is al een week vol.", "afval");
    EXPECT_THEME("Ik wil een parkeervergunning aanvragen.", "parkeren");
    EXPECT_THEME("Mijn huurtoeslag is verlaagd.", "inkomen");
    EXPECT_THEME("Er is geluidsoverlast van de bovenburen.", "overlast");
    EXPECT_THEME("Wat kost een omgevingsvergunning voor een dakkapel?", "vergunningen");
    /* Inflected compound: "toeslag" + "en". */
    EXPECT_THEME("kinderopvangtoeslagen en zorgtoeslagen", "inkomen");
    /* A short stem is not looked for inside words: "gas" is not in "gasten". */
    EXPECT_THEME("De gasten van het hotel", "overig");
}

/* A structure loose or broken where people are is critical whatever it is, but its theme is the
 * structure's: a home's balcony is wonen, a plate on the carriageway verkeer (the rule's vote for
 * openbare-ruimte, 2, beat the structure's own word; now 0.5). A cover off its pit on the
 * pavement and a lamp post over a school yard stay openbare-ruimte. Issue 12, theme19. */
static void structure_loose_theme_is_the_structures(void **state) {
    (void)state;
    static const char *const cases[][2] = {
        {"Het balkon van de flat hangt los en er vallen stukken steen op de stoep waar mensen "
         "lopen.",
         "wonen"},
        {"Op de rijbaan van de Ring ligt een stalen plaat los, auto's moeten er in het donker "
         "omheen.",
         "verkeer"},
        {"Een putdeksel ligt naast het gat op de stoep, kinderen lopen er zo in.",
         "openbare-ruimte"},
        {"De lantaarnpaal bij het schoolplein hangt scheef en kan elk moment omvallen, de kinderen "
         "spelen eronder.",
         "openbare-ruimte"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        EXPECT_THEME(cases[i][0], cases[i][1]);
        EXPECT_URGENCY(cases[i][0], NULL, "critical");
    }
}

static void themes_with_typos_and_case(void **state) {
    (void)state;
    EXPECT_THEME("DE KLIKO IS NIET GELEEGD", "afval");
    EXPECT_THEME("parkeervergunnig aangevraagd maar niks gehoord", "parkeren");
    EXPECT_THEME("vuilnus ligt overal op straat", "afval");
    EXPECT_THEME("ik kan niet inloggen met mijn DigiD", "digitaal");
    EXPECT_THEME("nieuw pasport aanvragen, hoe?", "burgerzaken");
}

/* A misspelling the spelling tolerance reads as its word (one edit from exactly one word of
 * the classifier's) is not listed in the taxonomy as a term of its own: listed, it kept its
 * own stem, which the theme model never learned, so the model's vote lost the word ("vuilnus"
 * beside "vuilnis" took afval from 2.25 to 1.5, or below the minimum where the other words
 * lean elsewhere). Read as the word, the text's themes are those of the text spelt right. */
static void misspelling_reads_as_its_word_for_the_model(void **state) {
    (void)state;
    static const char *const pairs[][2] = {
        {"De containter bij de flat is al dagen niet geleegd.",
         "De container bij de flat is al dagen niet geleegd."},
        {"Mijn scootmobiell is kapot en de leverancier reageert niet.",
         "Mijn scootmobiel is kapot en de leverancier reageert niet."},
        {"Na de markt ligt er vuilnus over de hele stoep.",
         "Na de markt ligt er vuilnis over de hele stoep."},
    };
    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        cJSON *a = classify(pairs[i][0], NULL), *b = classify(pairs[i][1], NULL);
        const cJSON *ta = cJSON_GetObjectItem(a, "themes"), *tb = cJSON_GetObjectItem(b, "themes");
        int n = cJSON_GetArraySize(ta);
        if (n != cJSON_GetArraySize(tb) ||
            strcmp(str_at(a, NULL, "theme"), str_at(b, NULL, "theme")))
            fail_msg("themes(%s) differ from themes(%s)", pairs[i][0], pairs[i][1]);
        for (int k = 0; k < n; k++) {
            const cJSON *x = cJSON_GetArrayItem(ta, k), *y = cJSON_GetArrayItem(tb, k);
            if (strcmp(str_at(x, NULL, "id"), str_at(y, NULL, "id")) != 0 ||
                fabs(cJSON_GetNumberValue(cJSON_GetObjectItem(x, "score")) -
                     cJSON_GetNumberValue(cJSON_GetObjectItem(y, "score"))) > 1e-9)
                fail_msg("themes(%s)[%d] differ from themes(%s)", pairs[i][0], k, pairs[i][1]);
        }
        cJSON_Delete(a);
        cJSON_Delete(b);
    }
}

static void themes_list_reasons_and_overig(void **state) {
    (void)state;
    cJSON *d = classify("Het grofvuil is niet opgehaald en de lantaarnpaal is kapot.", NULL);
    const cJSON *themes = cJSON_GetObjectItem(d, "themes");
    assert_true(cJSON_GetArraySize(themes) >= 2); /* multi-label, best first */
    const cJSON *first = cJSON_GetArrayItem(themes, 0), *it;
    int afval = 0;
    cJSON_ArrayForEach(it, themes) if (strcmp(str_at(it, NULL, "id"), "afval") == 0) {
        afval = 1;
        assert_true(array_has(cJSON_GetObjectItem(it, "matched"), "grofvuil"));
    }
    assert_true(afval);
    assert_string_equal(str_at(d, NULL, "theme"), str_at(first, NULL, "id"));
    assert_true(cJSON_GetNumberValue(cJSON_GetObjectItem(first, "score")) >=
                cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetArrayItem(themes, 1), "score")));
    cJSON_Delete(d);

    /* No rule names a theme: the model's small votes for every theme are
     * not listed (issue 12, round 6), nor is any theme without a reason. */
    d = classify("Hallo, ik heb een vraag over iets heel anders.", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "overig");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(d, "themes")), 0);
    cJSON_Delete(d);
}

static void subject_counts_and_outputs_are_replaced(void **state) {
    (void)state;
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Parkeren");
    cJSON_AddStringToObject(d, "text", "Zie onderwerp.");
    cJSON_AddStringToObject(d, "theme", "stale");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_equal(str_at(d, NULL, "theme"), "parkeren");
    /* Classifying again replaces, never duplicates. */
    assert_int_equal(ll_classify(gemeente, d), 0);
    int n = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, d) n += strcmp(it->string, "theme") == 0;
    assert_int_equal(n, 1);
    cJSON_Delete(d);
    /* No text at all: still a complete answer. */
    d = cJSON_CreateObject();
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_equal(str_at(d, NULL, "theme"), "overig");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
}

/* A weak word names its theme alone in the sentence where the topic is told (minimum 0.6,
 * issue 12 round 10); nothing at all is still overig. */
static void weak_topic_word_names_its_theme(void **state) {
    (void)state;
    EXPECT_THEME("Er staat al maanden een auto met platte banden voor ons huis.", "parkeren");
    EXPECT_THEME("Ik wil even iets zeggen.", "overig");
}

/* A desk's own label as subject never votes; a subject with the visitor's
 * words does, office word or not (issue 12: furniture dumped at the
 * Stadswinkel's visit was themed burgerzaken). */
/* A contact detail names how to reach the writer, not the subject: the clause holding a
 * masked number or address does not vote for bereikbaarheid; a complaint about reaching
 * us still does. */
static void contact_detail_does_not_vote(void **state) {
    (void)state;
    static const char *const texts[] = {
        ("De lantaarnpaal bij mijn huis is kapot. Ik ben bereikbaar op [TELEFOON] of "
         "telefonisch na 17 uur."),
        "De lantaarnpaal bij mijn huis is kapot, bereikbaar via [E-MAIL].",
        "De lantaarnpaal bij mijn huis is kapot.\n[TELEFOON] telefonisch bereikbaar",
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        cJSON *d = classify(texts[i], NULL);
        assert_string_equal(str_at(d, NULL, "theme"), "openbare-ruimte");
        char *s = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
        if (strstr(s, "bereikbaarheid"))
            fail_msg("%s: %s", texts[i], s);
        free(s);
        cJSON_Delete(d);
    }
    cJSON *d =
        classify("Ik bel al dagen naar 14010 maar jullie zijn telefonisch onbereikbaar.", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "bereikbaarheid");
    cJSON_Delete(d);
}

/* A form's labels for the writer's own data do not vote; the description does (user
 * check 5 of 12-02: burgerzaken for 'achternaam', bereikbaarheid for 'Telefoon'). The word
 * in the writer's own sentence still votes. */
static void form_labels_do_not_vote(void **state) {
    (void)state;
    EXPECT_THEME("Voornaam: [NAAM]\nAchternaam: [NAAM]\nE-mail: [E-MAIL]\nTelefoon: "
                 "[TELEFOON]\nOmschrijving: stoep kapot",
                 "openbare-ruimte");
    EXPECT_THEME("Naam melder: [NAAM]; achternaam: [NAAM]; tel: [TELEFOON]; omschrijving: "
                 "lantaarnpaal knippert",
                 "openbare-ruimte");
    cJSON *d = classify("Voornaam: [NAAM]\nAchternaam: [NAAM]\nOmschrijving: stoep kapot", NULL);
    char *s = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
    if (strstr(s, "chternaam") || strstr(s, "burgerzaken"))
        fail_msg("a label voted: %s", s);
    free(s);
    cJSON_Delete(d);
    EXPECT_THEME("Ik wil mijn achternaam wijzigen na mijn scheiding.", "burgerzaken");
    EXPECT_THEME("Ik bel al dagen maar niemand neemt de telefoon op: onbereikbaar.",
                 "bereikbaarheid");
}

static void office_label_subject_does_not_vote(void **state) {
    (void)state;
    static const char *const labels[] = {
        "Balie Stadswinkel Centrum, 2", "Stadswinkel Alexander, balie 3", "BALIE 4", "stadswinkel"};
    for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "subject", labels[i]);
        cJSON_AddStringToObject(
            d, "text", "Bezoeker meldt dat er al dagen grofvuil naast de container staat.");
        assert_int_equal(ll_classify(gemeente, d), 0);
        assert_string_equal(str_at(d, NULL, "theme"), "afval");
        char *s = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
        assert_null(strstr(s, "tadswinkel"));
        free(s);
        cJSON_Delete(d);
    }
    /* Only the label: nothing said, so "overig". */
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Balie Stadswinkel Centrum, 2");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_equal(str_at(d, NULL, "theme"), "overig");
    cJSON_Delete(d);
    /* The visitor's own words in the subject still count. */
    d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Paspoort aanvragen bij de stadswinkel");
    cJSON_AddStringToObject(d, "text", "Zie onderwerp.");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_equal(str_at(d, NULL, "theme"), "burgerzaken");
    cJSON_Delete(d);
}

/* A theme that says how a service was given, not which (the taxonomy's "yields:",
 * bejegening), gives way to the service a rule names beside it: writers label the service
 * whose people they praise or blame (issue 12, theme round 5). Its reason says so; alone,
 * or beside "overig" only, it keeps its whole score. */
static void treatment_yields_to_the_service_named(void **state) {
    (void)state;
    static const char tax[] = "[burgerzaken]\npaspoort:2\n[bejegening]\n%s"
                              "medewerker:1.5, vriendelijk:1.5\n[overig]\nlosse vraag:2\n";
    char text[256];
    snprintf(text, sizeof(text), tax, "");
    ll_classifier *plain = load(tmp_file("plain.conf", text), CFG "urgency.conf");
    snprintf(text, sizeof(text), tax, "yields: 0.4\n");
    ll_classifier *c = load(tmp_file("yield.conf", text), CFG "urgency.conf");
    const char *both = "Mijn paspoort opgehaald, de medewerker was heel vriendelijk.";
    cJSON *d = classify_with(plain, both, "compliment");
    assert_string_equal(str_at(d, NULL, "theme"), "bejegening");
    cJSON_Delete(d);
    d = classify_with(c, both, "compliment");
    assert_string_equal(str_at(d, NULL, "theme"), "burgerzaken");
    const cJSON *side = cJSON_GetArrayItem(cJSON_GetObjectItem(d, "themes"), 1);
    assert_string_equal(str_at(side, NULL, "id"), "bejegening");
    assert_true(
        array_has(cJSON_GetObjectItem(side, "matched"), "yields to burgerzaken, named too"));
    cJSON_Delete(d);
    static const char *const alone[] = {"De medewerker was heel vriendelijk.",
                                        "Een losse vraag: de medewerker was heel vriendelijk."};
    for (size_t i = 0; i < sizeof(alone) / sizeof(alone[0]); i++) {
        d = classify_with(c, alone[i], "compliment");
        const cJSON *best = cJSON_GetArrayItem(cJSON_GetObjectItem(d, "themes"), 0);
        assert_string_equal(str_at(best, NULL, "id"), "bejegening");
        assert_true(cJSON_GetNumberValue(cJSON_GetObjectItem(best, "score")) >= 3.0);
        assert_false(
            array_has(cJSON_GetObjectItem(best, "matched"), "yields to overig, named too"));
        cJSON_Delete(d);
    }
    ll_classifier_free(plain);
    ll_classifier_free(c);
}

/* A business owner's own matters have their services' words: a market fee and precario
 * are levies, the Bbz is income support for the self-employed (issue 12, theme round 7:
 * development 18's business owners were overig). */
static void a_business_owners_own_matters(void **state) {
    (void)state;
    EXPECT_THEME("Het marktgeld voor onze kraam is weer omhoog gegaan.", "belastingen");
    EXPECT_THEME("Waarom betaal ik precario als ik daar niet mag staan?", "belastingen");
    EXPECT_THEME("Ik heb de Bbz aangevraagd, wanneer hoor ik iets?", "inkomen");
}

/* Whether the classification of text lists theme id at all, best or beside it. */
static int lists_theme(const char *text, const char *id) {
    cJSON *d = classify(text, NULL);
    const cJSON *it;
    int listed = 0;
    cJSON_ArrayForEach(it, cJSON_GetObjectItem(d, "themes")) {
        const char *s = cJSON_GetStringValue(cJSON_GetObjectItem(it, "id"));
        listed |= s && strcmp(s, id) == 0;
    }
    cJSON_Delete(d);
    return listed;
}

/* text's theme is want, and words that do not vote left absent unlisted, not even beside it. */
static void expect_theme_without(const char *text, const char *want, const char *absent) {
    EXPECT_THEME(text, want);
    if (lists_theme(text, absent))
        fail_msg("%s listed for '%s'", absent, text);
}

/* The role of whoever passes a matter on ("Thuiszorgmedewerker meldt:", "Verzorgende belt
 * namens ...") says who tells it, not what it is about; care told after the colon is still
 * care (issue 12, theme round 8: development 19's notes from outside professionals). */
static void the_messenger_does_not_vote(void **state) {
    (void)state;
    expect_theme_without("Thuiszorgmedewerker meldt: de lift in de flat is al drie dagen kapot.",
                         "wonen", "zorg");
    expect_theme_without(
        "Thuiszorgmedewerker belt namens meneer: de lift in de flat is al drie dagen kapot.",
        "wonen", "zorg");
    EXPECT_THEME("Thuiszorgmedewerker meldt: mevrouw krijgt sinds maandag geen thuiszorg meer.",
                 "zorg");
    /* Not an opening note: the care worker is what the sentence is about. */
    if (!lists_theme("De thuiszorgmedewerker belt elke keer af, mevrouw zit zonder hulp.", "zorg"))
        fail_msg("a care worker inside the matter did not vote for zorg");
}

/* A person in crisis who names no service: the theme is the one the suicidal families vote
 * (zorg), not a service the theme model read into the statement's own words (it learned them
 * from crisis texts about a tax bill or a stopped benefit) or into the few words beside it.
 * A service named beside the statement is still the theme (issue 12, theme12 of session 22:
 * the lead's check, a statement of counted tablets themed belastingen). */
static void a_person_in_crisis_naming_no_service(void **state) {
    (void)state;
    static const char *const crisis[] = {
        "Het hoeft voor mij allemaal niet meer, morgen ben ik er niet meer.",
        "Ik trek het echt niet meer, vannacht maak ik er een einde aan.",
        "Ik zie geen uitweg meer en ik heb besloten dat ik er morgen niet meer ben.",
        "Ik wil niet meer leven, ik heb alles al verkocht en de brief ligt klaar.",
    };
    for (size_t i = 0; i < sizeof(crisis) / sizeof(crisis[0]); i++) {
        EXPECT_FIELD(crisis[i], NULL, "urgency", "level", "critical");
        EXPECT_THEME(crisis[i], "zorg");
    }
    /* The service beside the statement stays the theme. */
    EXPECT_THEME("Die aanslag van de gemeente kan ik niet betalen, ik zie het niet meer zitten en "
                 "de pillen liggen klaar.",
                 "belastingen");
    EXPECT_THEME("Mijn uitkering is al twee maanden gestopt, ik wil niet meer leven.", "inkomen");
    EXPECT_THEME("Ik heb mijn paspoort nodig maar ik zie het echt niet meer zitten, ik maak er een "
                 "eind aan.",
                 "burgerzaken");
}

/* The rules' themes alone (the learned model off): what a taxonomy line adds, whatever the
 * model makes of a short text. */
static ll_classifier *rules_only(void) {
    ll_classifier *c = load(CFG "taxonomy-gemeente.conf", CFG "urgency.conf");
    ll_classifier_use_model(c, 0);
    return c;
}

/* Whether the rules alone (c) list theme id for text; first: as the best theme. */
static int rules_list(ll_classifier *c, const char *text, const char *id, int first) {
    cJSON *d = classify_with(c, text, NULL);
    const cJSON *it;
    int listed = 0, k = 0;
    cJSON_ArrayForEach(it, cJSON_GetObjectItem(d, "themes")) {
        const char *s = cJSON_GetStringValue(cJSON_GetObjectItem(it, "id"));
        listed |= s && strcmp(s, id) == 0 && (!first || k == 0);
        k++;
    }
    cJSON_Delete(d);
    return listed;
}

/* A person with dementia or confused who has gone off is the matter (zorg), not a document the
 * story names on the way ("zijn rijbewijs", "haar paspoort in haar tas"): the gone word and the
 * condition within five words, either order (issue 12, theme13: the lead's check of 12-03, a
 * father with dementia driven off without a licence, themed burgerzaken). A document asked
 * about beside the condition, a pet gone and a move stay where they were. */
static void a_person_gone_with_dementia_is_zorg(void **state) {
    (void)state;
    static const char *const gone[] = {
        ("Oma (81, alzheimer) is vanmiddag met de bus vertrokken met haar paspoort in haar "
         "tas, we weten niet waar ze is."),
        "Mijn opa is verward weggefietst zonder jas en zonder zijn ID-kaart, niemand weet waar.",
        ("Mijn moeder van 90 met dementie is vannacht weggelopen uit huis, haar ID-kaart ligt "
         "nog hier."),
        ("Onze buurvrouw is dement en is vanochtend verdwenen, haar rijbewijs had ze al lang "
         "niet meer."),
    };
    /* The rules alone: what the taxonomy's pairs add, whatever the model makes of it. */
    ll_classifier *c = rules_only();
    for (size_t i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
        if (!rules_list(c, gone[i], "zorg", 1))
            fail_msg("zorg not first (rules alone) for '%s'", gone[i]);
    static const char *const stays[][2] = {
        {"Mijn moeder met dementie is haar paspoort kwijt, hoe vraag ik een nieuwe aan?",
         "burgerzaken"},
        {"Mijn vader heeft dementie, moet hij zijn rijbewijs nu inleveren of kan ik het verlengen?",
         "burgerzaken"},
        {("De buurman is verhuisd en vertrokken zonder zijn paspoort op te halen, hij was altijd "
          "wat verward."),
         "burgerzaken"},
    };
    for (size_t i = 0; i < sizeof(stays) / sizeof(stays[0]); i++)
        if (!rules_list(c, stays[i][0], stays[i][1], 1))
            fail_msg("%s not first (rules alone) for '%s'", stays[i][1], stays[i][0]);
    ll_classifier_free(c);
    /* And as shipped, with the theme model's vote. */
    EXPECT_THEME(gone[0], "zorg");
    EXPECT_THEME(gone[2], "zorg");
    EXPECT_THEME("Onze kat is sinds zondag weggelopen, we weten niet waar hij is.", "overig");
    EXPECT_THEME(stays[0][0], "burgerzaken");
    EXPECT_THEME(stays[1][0], "burgerzaken");
}

/* Smoke that comes out of a home through its door, its ceiling or its letterbox is a fire in a
 * home (wonen, as a fire in a flat is labelled), not a neighbour's nuisance (issue 12, theme14:
 * the lead's check of 12-03, smoke under the door of the people downstairs, themed overlast by
 * 'rook' and the neighbours). Smoke of a neighbour's stove, a cigarette or a fireplace that comes
 * in the same way stays overlast. */
static void smoke_out_of_a_home_is_a_fire_in_a_home(void **state) {
    (void)state;
    static const char *const fire[] = {
        "Onder de voordeur van de bovenburen komt rook door en niemand reageert op de bel.",
        "Uit de brievenbus van nummer 8 kringelt rook, de bewoners zijn op vakantie.",
        ("Bij de buren op de eerste verdieping komt rook door het plafond van onze keuken naar "
         "beneden."),
    };
    ll_classifier *c = rules_only();
    for (size_t i = 0; i < sizeof(fire) / sizeof(fire[0]); i++)
        if (!rules_list(c, fire[i], "wonen", 1))
            fail_msg("wonen not first (rules alone) for '%s'", fire[i]);
    static const char *const nuisance[] = {
        "De buurvrouw stookt elke avond haar houtkachel en de rook hangt in onze tuin.",
        "Mijn onderburen roken op het balkon en de rook komt zo mijn slaapkamer in.",
        /* A fireplace or a fire basket burns as the wood stove does (theme17: the theme model
         * that learns development 27, where a fireplace's ashes are afval, no longer carried
         * the fireplace of the last check below to overlast). */
        "Twee deuren verder brandt elke avond een open haard en de walm trekt zo onze tuin in.",
        "Achter ons staat een vuurkorf die ieder weekend tot laat brandt.",
    };
    for (size_t i = 0; i < sizeof(nuisance) / sizeof(nuisance[0]); i++)
        if (!rules_list(c, nuisance[i], "overlast", 1))
            fail_msg("overlast not first (rules alone) for '%s'", nuisance[i]);
    /* The fireplace's ashes stay waste. */
    if (!rules_list(c, "Mag de koude as uit onze open haard bij het restafval?", "afval", 1))
        fail_msg("afval not first (rules alone) for a fireplace's ashes");
    ll_classifier_free(c);
    /* And as shipped, with the theme model's vote. */
    for (size_t i = 0; i < sizeof(fire) / sizeof(fire[0]); i++)
        EXPECT_THEME(fire[i], "wonen");
    EXPECT_THEME("De buurman stookt zijn open haard en de rook komt onder onze voordeur door naar "
                 "binnen.",
                 "overlast");
}

/* Someone else who does not answer is not the council's reachability: the verb's subject decides
 * (issue 12, theme17; session 26's class: a brother's farewell themed bereikbaarheid by "neemt zijn
 * telefoon niet op"). A person's own phone, a he or she who does not pick up, and the GP not
 * reachable never vote bereikbaarheid; the council's number and "niemand neemt op" still do. */
static void someone_else_not_reachable_is_not_the_councils(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const other[] = {
        "Mijn zus neemt al sinds vanochtend haar telefoon niet op en ze klonk gisteren erg somber.",
        "Sinds het ongeluk is mijn neef stil, ik app en bel maar hij neemt niet op.",
    };
    for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++)
        if (rules_list(c, other[i], "bereikbaarheid", 1))
            fail_msg("bereikbaarheid first (rules alone) for '%s'", other[i]);
    if (!rules_list(c,
                    "De huisarts is de hele dag niet bereikbaar en mijn dochter heeft hoge koorts.",
                    "zorg", 1))
        fail_msg("zorg not first (rules alone) for the GP not reachable");
    static const char *const ours[] = {
        "Ik bel nu twee uur jullie nummer en niemand neemt op.",
        "Het wijkloket is telefonisch niet bereikbaar, de hele week al.",
    };
    for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
        if (!rules_list(c, ours[i], "bereikbaarheid", 1))
            fail_msg("bereikbaarheid not first (rules alone) for '%s'", ours[i]);
    ll_classifier_free(c);
    /* And as shipped, with the theme model's vote. */
    EXPECT_THEME(
        "Mijn broer heeft afscheid genomen en een touw gekocht, hij neemt zijn telefoon niet "
        "op.",
        "zorg");
}

/* A way into the council that fails is its reachability, whatever word of another theme it
 * names: the office's own entrance, lift or ramp ("lift" is wonen, "rolstoel" zorg alone), its
 * mail address that bounces or its mailbox full ("foutmelding" is digitaal alone), a chat window
 * where nobody comes (issue 12, theme20: of every set's texts naming the office and such access
 * 18 are labelled bereikbaarheid, of those with the council's mail address bouncing 8 of 8). A
 * home's lift, a park's entrance and one's own e-mail address changed in an account stay where
 * they were. */
static void a_way_into_the_council_failing_is_reachability(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const ours[] = {
        ("Bij het stadskantoor is de lift al dagen stuk, met mijn rolstoel kom ik niet bij de "
         "balie."),
        ("De hoofdingang van het gemeentehuis heeft alleen trappen, waar kan ik met mijn "
         "scootmobiel naar binnen?"),
        "Uw mailadres op de brief werkt niet, mijn bericht komt steeds terug.",
        "De mailbox van het wijkloket is vol, ik kan mijn vraag nergens kwijt.",
        "Het chatvenster opent wel, maar er reageert niemand.",
    };
    for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
        if (!rules_list(c, ours[i], "bereikbaarheid", 1))
            fail_msg("bereikbaarheid not first (rules alone) for '%s'", ours[i]);
    static const char *const other[] = {
        "De lift in onze flat is kapot en mijn moeder met rollator kan niet naar beneden.",
        "Bij de ingang van het park ligt overal glas van een kapotte fles.",
        "Hoe wijzig ik mijn e-mailadres in Mijn Loket? Ik krijg een foutmelding.",
    };
    for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++)
        if (rules_list(c, other[i], "bereikbaarheid", 1))
            fail_msg("bereikbaarheid first (rules alone) for '%s'", other[i]);
    if (!rules_list(c, other[2], "digitaal", 1))
        fail_msg("digitaal not first (rules alone) for one's own e-mail address");
    ll_classifier_free(c);
    /* And as shipped, with the theme model's vote. */
    for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
        EXPECT_THEME(ours[i], "bereikbaarheid");
}

/* A course or a day to learn resuscitation is care (issue 12, theme20: every set's 4 texts with
 * "reanimatie" are zorg; none matched a rule and the model named overig held out). A first-aid
 * club at an event stays where its matter is. */
static void resuscitation_course_is_care(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const care[] = {
        "Is er in onze wijk een reanimatiecursus voor buurtbewoners?",
        "Wij willen met de straat meedoen aan de reanimatie-oefendag, hoe pakken we dat aan?",
    };
    for (size_t i = 0; i < sizeof(care) / sizeof(care[0]); i++)
        if (!rules_list(c, care[i], "zorg", 1))
            fail_msg("zorg not first (rules alone) for '%s'", care[i]);
    if (rules_list(c, "Mag de EHBO-post van de braderie op de parkeerplaats staan?", "zorg", 1))
        fail_msg("zorg first (rules alone) for a first-aid post at an event");
    ll_classifier_free(c);
    for (size_t i = 0; i < sizeof(care) / sizeof(care[0]); i++)
        EXPECT_THEME(care[i], "zorg");
}

/* Care told by what is done at home: help at home, and washing or showering oneself told as
 * the help needed (issue 12, theme14: development 7's "eindelijk hulp in huis" and development
 * 17's dialect "kan zich nich meer allenig wassen" matched no rule and were overig held out).
 * Washing a car or a van stays where it was. */
static void care_told_by_what_is_done_at_home(void **state) {
    (void)state;
    static const char *const care[] = {
        "Sinds haar heupoperatie kan mijn tante zichzelf niet douchen en ze woont alleen.",
        "Na lang wachten heeft mijn oom nu eindelijk hulp in huis, dank daarvoor.",
        "Mijn opa kan zich 's ochtends niet meer zelf wassen en aankleden, wie helpt hem?",
    };
    ll_classifier *c = rules_only();
    for (size_t i = 0; i < sizeof(care) / sizeof(care[0]); i++)
        if (!rules_list(c, care[i], "zorg", 1))
            fail_msg("zorg not first (rules alone) for '%s'", care[i]);
    static const char *const stays[][2] = {
        {"Mag ik mijn auto op straat wassen of krijg ik dan een boete?", "parkeren"},
        {"Mijn buurman laat zich elke zaterdag zijn bus wassen op de stoep, het water loopt de "
         "straat op.",
         "openbare-ruimte"},
    };
    for (size_t i = 0; i < sizeof(stays) / sizeof(stays[0]); i++)
        if (!rules_list(c, stays[i][0], stays[i][1], 1))
            fail_msg("%s not first (rules alone) for '%s'", stays[i][1], stays[i][0]);
    ll_classifier_free(c);
    for (size_t i = 0; i < sizeof(care) / sizeof(care[0]); i++)
        EXPECT_THEME(care[i], "zorg");
}

/* Where the writer lives ("ik woon hier", "wij wonen al jaren aan ...") says who writes, not
 * what about: it does not vote wonen (issue 12, theme15: the lead's check of 12-03, a mother of
 * 79 fallen while her child lives two hours away, and held out a language course, a bin, a
 * neighbour's hash and a tax bill told after "ik woon" went to wonen). A home that is the
 * matter still votes by its own words (a rented home, a flat of a corporation). */
static void the_writers_own_home_does_not_vote(void **state) {
    (void)state;
    static const char *const who[] = {
        "Ik woon hier pas een half jaar en zoek een cursus Nederlands, kan de gemeente mij helpen?",
        "Wij wonen al dertig jaar aan deze kade en nu mogen we ineens niet meer barbecueen in het "
        "park?",
    };
    ll_classifier *c = rules_only();
    for (size_t i = 0; i < sizeof(who) / sizeof(who[0]); i++)
        if (rules_list(c, who[i], "wonen", 0))
            fail_msg("wonen listed (rules alone) for '%s'", who[i]);
    static const char *const home[] = {
        "Ik woon in een huurwoning met schimmel op de slaapkamer.",
        "Wij wonen in een flat van de corporatie en de lift is al een week kapot.",
    };
    for (size_t i = 0; i < sizeof(home) / sizeof(home[0]); i++)
        if (!rules_list(c, home[i], "wonen", 1))
            fail_msg("wonen not first (rules alone) for '%s'", home[i]);
    ll_classifier_free(c);
    /* In the pipeline no reason is the writer's home. It was overig until development 26 was
     * learned: the theme model alone now names wonen by 'half jaar', 'zoek een', 'kan de'. */
    cJSON *d = classify(who[0], NULL);
    char *why = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
    assert_non_null(why);
    if (strstr(why, "woon"))
        fail_msg("the writer's home votes for '%s': %s", who[0], why);
    free(why);
    cJSON_Delete(d);
    for (size_t i = 0; i < sizeof(home) / sizeof(home[0]); i++)
        EXPECT_THEME(home[i], "wonen");
}

/* A permit beside a fine or behind the windscreen is a parking permit (issue 12, theme15: the
 * lead's check of 12-03, a fine while the permit lay behind the windscreen, themed
 * vergunningen; every set's permit beside a fine is labelled parkeren). A terrace or a dormer
 * fined for want of a permit stays vergunningen. */
static void a_permit_beside_a_fine_is_for_parking(void **state) {
    (void)state;
    static const char *const parking[] = {
        "Toch een boete gekregen, terwijl de vergunning duidelijk achter de voorruit hing.",
        "Ik heb een boete gekregen terwijl mijn vergunning nog tot het eind van het jaar loopt.",
    };
    ll_classifier *c = rules_only();
    for (size_t i = 0; i < sizeof(parking) / sizeof(parking[0]); i++)
        if (!rules_list(c, parking[i], "parkeren", 1))
            fail_msg("parkeren not first (rules alone) for '%s'", parking[i]);
    static const char *const permit[] = {
        "Onze snackbar kreeg een boete omdat de vergunning voor het terras verlopen was.",
        "Boete gekregen omdat we zonder vergunning een dakkapel hebben geplaatst.",
    };
    for (size_t i = 0; i < sizeof(permit) / sizeof(permit[0]); i++)
        if (!rules_list(c, permit[i], "vergunningen", 1))
            fail_msg("vergunningen not first (rules alone) for '%s'", permit[i]);
    ll_classifier_free(c);
    for (size_t i = 0; i < sizeof(parking) / sizeof(parking[0]); i++)
        EXPECT_THEME(parking[i], "parkeren");
    for (size_t i = 0; i < sizeof(permit) / sizeof(permit[0]); i++)
        EXPECT_THEME(permit[i], "vergunningen");
}

/* A building site's scaffold or crane that sways or leans over people is the building's
 * matter, vergunningen (the sets' label: bouw- en woningtoezicht), not the pavement under it
 * (issue 12, theme15: eleven writers' scaffolds and cranes by a new build, a renovation, a
 * contractor or a building site, ten themed openbare-ruimte held out). A jetty at the water
 * is a scaffold's namesake and stays openbare-ruimte; a contractor at a renovated flat wonen. */
static void a_building_sites_scaffold_is_the_building(void **state) {
    (void)state;
    static const char *const site[] = {
        "De steiger van de nieuwbouw op de hoek waait bijna om, er vallen stukken hout op de "
        "stoep.",
        "Op de bouwplaats achter het station hangt de hijskraan scheef boven het fietspad.",
    };
    ll_classifier *c = rules_only();
    for (size_t i = 0; i < sizeof(site) / sizeof(site[0]); i++)
        if (!rules_list(c, site[i], "vergunningen", 0)) /* the danger rule votes the pavement */
            fail_msg("vergunningen not listed (rules alone) for '%s'", site[i]);
    static const char *const stays[][2] = {
        {"De houten steiger bij de vijver in het park is half ingezakt.", "openbare-ruimte"},
        {"Kan er bij de steiger aan de plas een trapje komen voor zwemmers?", "openbare-ruimte"},
        {"De renovatie van onze flat is klaar, de aannemer was netjes, alleen de lift doet het nog "
         "niet.",
         "wonen"},
    };
    for (size_t i = 0; i < sizeof(stays) / sizeof(stays[0]); i++)
        if (!rules_list(c, stays[i][0], stays[i][1], 1))
            fail_msg("%s not first (rules alone) for '%s'", stays[i][1], stays[i][0]);
    ll_classifier_free(c);
    for (size_t i = 0; i < sizeof(site) / sizeof(site[0]); i++)
        EXPECT_THEME(site[i], "vergunningen");
    for (size_t i = 0; i < sizeof(stays) / sizeof(stays[0]); i++)
        EXPECT_THEME(stays[i][0], stays[i][1]);
}

/* Used syringes lying about are waste to remove (afval), not the sandpit or the school yard
 * they lie in (issue 12, theme15: the sets label them afval; one was openbare-ruimte held
 * out). Injecting insulin ("insuline spuiten") is no syringe left anywhere. */
static void used_syringes_lying_about_are_waste(void **state) {
    (void)state;
    static const char *const needles =
        "In de zandbak van de speeltuin liggen gebruikte injectienaalden.";
    static const char *const insulin =
        "Mijn moeder moet elke dag insuline spuiten, krijgt ze daar hulp bij?";
    ll_classifier *c = rules_only();
    if (!rules_list(c, needles, "afval", 1))
        fail_msg("afval not first (rules alone) for '%s'", needles);
    if (rules_list(c, insulin, "afval", 0))
        fail_msg("afval listed (rules alone) for '%s'", insulin);
    ll_classifier_free(c);
    EXPECT_THEME(needles, "afval");
}

/* A desk's note that opens with who came to it ("Verkeersregelaar ... meldt aan de balie:",
 * "Verkeersbrigadier aan het loket:", "Medewerker van ... komt langs aan de balie.") says who
 * came, not what about; what follows votes (the rules alone, so the model's vote hides
 * nothing). Openings without a visitor (a waiting time, a complaint about a clerk), a desk
 * that is no office and a person inside the matter still vote (issue 12, theme round 11:
 * development 22's crossing guard and shelter worker at the desk). */
static void the_visitor_at_the_desk_does_not_vote(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const visitor[][3] = {
        {("Verkeersregelaar van het evenement meldt aan de balie: in het park ligt een "
          "omgewaaide boom over het wandelpad."),
         "openbare-ruimte", "verkeer"},
        {("Verkeersbrigadier aan het loket: de lantaarnpaal bij de ingang van het park is "
          "kapot en het is er aardedonker."),
         "openbare-ruimte", "verkeer"},
        {("Medewerker van de daklozenopvang komt langs aan de balie. De lantaarnpalen in de "
          "Kerkstraat doen het al een week niet."),
         "openbare-ruimte", "wonen"},
    };
    for (size_t i = 0; i < sizeof(visitor) / sizeof(visitor[0]); i++) {
        if (!rules_list(c, visitor[i][0], visitor[i][1], 1))
            fail_msg("%s not first for '%s'", visitor[i][1], visitor[i][0]);
        if (rules_list(c, visitor[i][0], visitor[i][2], 0))
            fail_msg("the visitor's %s listed for '%s'", visitor[i][2], visitor[i][0]);
    }
    static const char *const stays[][2] = {
        {"Wachttijd aan de balie: anderhalf uur voor een simpele vraag.", "bereikbaarheid"},
        {"Klacht over een medewerker aan de balie: ze was erg onbeschoft tegen mijn moeder.",
         "bejegening"},
        {"Verkeersregelaar bij de kruising aan de Dorpsstraat: de auto's rijden door rood.",
         "verkeer"},
        {"De buschauffeur stond aan de balie te schreeuwen dat de bus niet meer stopt.", "verkeer"},
    };
    for (size_t i = 0; i < sizeof(stays) / sizeof(stays[0]); i++)
        if (!rules_list(c, stays[i][0], stays[i][1], 0))
            fail_msg("%s not listed for '%s'", stays[i][1], stays[i][0]);
    ll_classifier_free(c);
}

/* Words of round 11 that other writers' sets use for one theme alone: a cannabis grow
 * ("hennep", overlast), a traffic filter ("knip", verkeer; a haircut is none) and the
 * collection of a levy ("invordering", belastingen), the rules alone. */
static void round11_theme_words(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const named[][2] = {
        {"Ze kweken hennep op de zolder van het huis naast ons.", "overlast"},
        {"Sinds de knip in onze straat rijden alle auto's om langs de school.", "verkeer"},
        {"Van de afdeling invordering kreeg ik een brief dat ik alles ineens moet betalen.",
         "belastingen"},
    };
    for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++)
        if (!rules_list(c, named[i][0], named[i][1], 1))
            fail_msg("%s not first for '%s'", named[i][1], named[i][0]);
    if (rules_list(c, "Mijn zoon wil zijn haar laten knippen bij de kapper.", "verkeer", 0))
        fail_msg("a haircut listed verkeer");
    ll_classifier_free(c);
}

/* A cycle lane or route by its other compounds is traffic (issue 12, theme12: two writers'
 * cycle lane and routes were overig); a bicycle alone names no theme. */
static void cycle_lanes_and_routes(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const named[] = {
        "Op de fietsbaan langs het kanaal ligt sinds gisteren een omgewaaide schutting.",
        "Welke fietsroute naar het station raden jullie aan in het donker?",
    };
    for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++)
        if (!rules_list(c, named[i], "verkeer", 1))
            fail_msg("verkeer not first for '%s'", named[i]);
    if (rules_list(c, "Mijn fiets is gestolen bij de bibliotheek.", "verkeer", 0))
        fail_msg("a stolen bicycle listed verkeer");
    ll_classifier_free(c);
}

/* Permission asked or lacking, by its plain word, and a street fair to organise are
 * permits (issue 12, theme12: three writers' permission and fair questions were overig). */
static void permission_and_street_fairs(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const named[] = {
        "Heb ik toestemming nodig om een grote kas in mijn achtertuin te zetten?",
        "Wij willen in mei een braderie houden in onze straat, waar begin ik?",
    };
    for (size_t i = 0; i < sizeof(named) / sizeof(named[0]); i++)
        if (!rules_list(c, named[i], "vergunningen", 1))
            fail_msg("vergunningen not first for '%s'", named[i]);
    /* A named service beside the word stays first. */
    if (!rules_list(c,
                    "Mag ik zonder toestemming van mijn ex een paspoort aanvragen voor mijn zoon?",
                    "burgerzaken", 1))
        fail_msg("a passport with permission did not stay burgerzaken");
    ll_classifier_free(c);
}

/* A role as a note's or a transcript's label ("Wijkverpleegkundige:", "Jongerenwerk Oost:",
 * "Jongerenwerker hier.", "Medewerker: ... Burger: ...") says who tells it, not what it is
 * about; the same role inside the matter still votes (issue 12, theme round 9: development
 * 20's outside professionals and telephone transcripts went to the role's theme). */
static void a_role_as_label_does_not_vote(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const label[][3] = {
        {"Wijkverpleegkundige: de stoep voor de deur van mijn client is opgebroken.",
         "openbare-ruimte", "zorg"},
        {"Jongerenwerk Oost: de lantaarnpaal bij het trapveld brandt niet.", "openbare-ruimte",
         "overlast"},
        {"Jongerenwerker hier. De lantaarnpaal bij het trapveld brandt niet.", "openbare-ruimte",
         "overlast"},
        {"Medewerker: Welke browser gebruikt u? Burger: Geen idee, de blauwe E.", "digitaal",
         "bejegening"},
        {"Bewindvoerder: het nummer van de afdeling gaat direct naar de voicemail.",
         "bereikbaarheid", "inkomen"}};
    for (size_t i = 0; i < sizeof(label) / sizeof(label[0]); i++) {
        if (!rules_list(c, label[i][0], label[i][1], 1))
            fail_msg("%s is not the rules' theme of '%s'", label[i][1], label[i][0]);
        if (rules_list(c, label[i][0], label[i][2], 0))
            fail_msg("the role's %s listed for '%s'", label[i][2], label[i][0]);
    }
    /* The role inside the matter, or a label that is no role, still votes. */
    if (!rules_list(c, "De wijkverpleegkundige komt niet meer, mevrouw zit zonder hulp.", "zorg",
                    1) ||
        !rules_list(c, "Onderwerp: de wijkverpleegkundige komt niet meer.", "zorg", 1))
        fail_msg("a care worker inside the matter did not vote for zorg");
    ll_classifier_free(c);
    /* And with the model, end to end. */
    EXPECT_THEME("Medewerker: Welke browser gebruikt u? Burger: Geen idee. Medewerker: Probeert "
                 "u eens een andere browser.",
                 "digitaal");
}

/* The writer's own capacity told where the text opens ("Ik ben mantelzorger ...", "Als
 * vrijwilliger ...") says who writes, not what about; a capacity inside the matter, or a
 * word after "ik ben" that is no person noun, still votes (issue 12, theme round 10). */
static void own_capacity_does_not_vote(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const intro[][3] = {
        {"Ik ben een mantelzorger en mijn bezoekersvergunning is verlopen, hoe verleng ik die?",
         "parkeren", "zorg"},
        {"Ik ben mantelzorger voor mijn vader en krijg steeds een bon omdat mijn "
         "bezoekersvergunning verlopen is.",
         "parkeren", "zorg"}};
    for (size_t i = 0; i < sizeof(intro) / sizeof(intro[0]); i++) {
        if (!rules_list(c, intro[i][0], intro[i][1], 1))
            fail_msg("%s is not the rules' theme of '%s'", intro[i][1], intro[i][0]);
        if (rules_list(c, intro[i][0], intro[i][2], 0))
            fail_msg("the capacity's %s listed for '%s'", intro[i][2], intro[i][0]);
    }
    /* The capacity inside the matter still votes, and what follows "ik ben" when it is no
     * person noun ("verhuisd" is the move itself). */
    if (!rules_list(c, "Mijn buurman is mantelzorger en krijgt steeds een bon in onze straat.",
                    "zorg", 0))
        fail_msg("a carer inside the matter did not vote for zorg");
    if (!rules_list(c, "Ik ben verhuisd, hoe geef ik mijn nieuwe adres door?", "burgerzaken", 1))
        fail_msg("'ik ben verhuisd' is not burgerzaken");
    ll_classifier_free(c);
}

/* Round 10's words, each reaching another writer's set held out: building noise told by the
 * piling itself, the surname by its legal word (issue 12, theme round 10). */
static void round_ten_words(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const want[][2] = {
        {"De heipalen gaan er om half zeven al in, ook op zaterdag.", "overlast"},
        {"Mag ik mijn geslachtsnaam veranderen in die van mijn moeder?", "burgerzaken"}};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
        if (!rules_list(c, want[i][0], want[i][1], 1))
            fail_msg("%s is not the rules' theme of '%s'", want[i][1], want[i][0]);
    ll_classifier_free(c);
}

/* The hours asked as "open" beside the office or "jullie" are the office's reach, and the
 * words of round 9's registers: formal treatment, a marriage told as done, a deregistration
 * in a hypercorrect letter, a loudspeaker, bulbs planted (issue 12, theme round 9). */
static void open_hours_and_round_nine_words(void **state) {
    (void)state;
    ll_classifier *c = rules_only();
    static const char *const want[][2] = {
        {"Tot hoe laat is het Stadskantoor open op vrijdag?", "bereikbaarheid"},
        {"Zijn jullie morgen gewoon open? Ik heb een afspraak.", "bereikbaarheid"},
        {"4 nov: onheus bejegend aan de balie. 5 nov: klacht via formulier.", "bejegening"},
        {"Wij zijn vorig jaar in Marokko getrouwd, moet dat hier ook?", "burgerzaken"},
        {"Ik vertrek naar Spanje en verzoek u mij uit te schrijven.", "burgerzaken"},
        {"Hierbij verzoek ik u rnijn narne te wijzigen in de basisregistratie.", "burgerzaken"},
        {"De nieuwe luidsprekers van de moskee staan om zes uur heel hard.", "overlast"},
        {"Mijn klas heeft bloembollen geplant met de meneer van de gemeente.", "openbare-ruimte"}};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
        if (!rules_list(c, want[i][0], want[i][1], 1))
            fail_msg("%s is not the rules' theme of '%s'", want[i][1], want[i][0]);
    /* Opening something is no opening hour. */
    if (rules_list(c, "Kunnen jullie de container open maken? Hij zit vast.", "bereikbaarheid", 0))
        fail_msg("a container opened read as opening hours");
    ll_classifier_free(c);
    EXPECT_THEME("Zijn jullie morgen gewoon open? Ik heb een afspraak.", "bereikbaarheid");
    EXPECT_THEME("4 nov: onheus bejegend aan de balie. 5 nov: klacht via formulier.", "bejegening");
}

/* Dialect and self-corrections: "ik bin" is "ik ben" in Gronings, Drents and Limburgs, not
 * the English bin of afval (user check 6: Gronings gas smell rated afval); "nee wacht"
 * corrects the writer, it is no waiting in a queue. */
static void dialect_and_corrections_do_not_vote(void **state) {
    (void)state;
    expect_theme_without("'t Ruukt hier noar gas in de keuken, ik bin der nait gerust op.", "wonen",
                         "afval");
    expect_theme_without("Ich bin 80 en kin de trap nit mer op, is d'r een woning beneden?",
                         "wonen", "afval");
    EXPECT_THEME("Where do I put the green bin on collection day?", "afval");
    EXPECT_THEME("Nee wacht, ik bedoel de Kerkweg. Daar ligt de stoep open.", "openbare-ruimte");
}

/* A theme's "a ~ b" holds its two words: a permit beside a ticket, a car or its number plate
 * is a parking permit, not one of vergunningen; music in the phone queue is the waiting, not
 * a neighbour's noise (issue 12, theme round 8: 13 of 16 such permits of every set were
 * labelled parkeren, 6 of them read as vergunningen). */
static void a_pair_holds_its_words(void **state) {
    (void)state;
    expect_theme_without("Mijn vergunning is vanochtend gescand en toch kreeg ik een bon.",
                         "parkeren", "vergunningen");
    expect_theme_without("Kan ik voor mijn auto een vergunning krijgen als ik er net woon?",
                         "parkeren", "vergunningen");
    EXPECT_THEME("Ik heb een vergunning nodig voor een dakkapel.", "vergunningen");
    expect_theme_without(
        "Drie kwartier in de wachtrij met dezelfde muziek, is er geen terugbelknop?",
        "bereikbaarheid", "overlast");
    EXPECT_THEME("De buren draaien elke nacht harde muziek.", "overlast");
}

/* A town's pass for low incomes by its other name, and work on call whose income changes
 * each month (issue 12, theme round 8: overig or belastingen in development 19). */
static void low_and_changing_income(void **state) {
    (void)state;
    EXPECT_THEME("Wie komt er in aanmerking voor de Meedoenpas?", "inkomen");
    EXPECT_THEME("Ik werk op oproepbasis en weet nooit wat ik deze maand krijg.", "inkomen");
}

/* No one to be had on the line, or a call back waited on for weeks, is the grievance whatever
 * service the call was about: bereikbaarheid over the service's word (issue 12, theme22). The
 * service's own trouble stays its theme. */
static void no_one_on_the_line_is_the_way_in(void **state) {
    (void)state;
    EXPECT_THEME("Ik krijg al een week niemand aan de telefoon over mijn bijstand.",
                 "bereikbaarheid");
    EXPECT_THEME("Sinds maandag krijg ik niemand te pakken over mijn aanslag.", "bereikbaarheid");
    EXPECT_THEME("Ik wacht al weken op een terugbelverzoek over de kwijtschelding.",
                 "bereikbaarheid");
    EXPECT_THEME("Mijn kwijtschelding is afgewezen, wat moet ik nu doen?", "belastingen");
}

/* Quiet asked for or praised in a public place is noise told by its absence: overlast over the
 * park or square where it is asked (issue 12, theme24). A minute's silence at a remembrance is
 * no noise. */
static void quiet_asked_for_is_noise(void **state) {
    (void)state;
    EXPECT_THEME("Idee: bordjes stiltezone in het speeltuintje na 21 uur.", "overlast");
    EXPECT_THEME("Zou er op zondag een stilte-uur in het stadspark kunnen komen, zonder "
                 "muziekboxen?",
                 "overlast");
    EXPECT_THEME("Bij de herdenking op de Dam hielden we twee minuten stilte, waarom stond er geen "
                 "podium?",
                 "overig");
}

/* Greenery grown over or fallen on a path is the green's upkeep, openbare-ruimte, the path and
 * its cyclists only where it hurts (issue 12, theme24). Holes in the path itself stay verkeer. */
static void greenery_on_a_path_is_public_space(void **state) {
    (void)state;
    EXPECT_THEME("De heg langs het fietspad naar de school is zo breed dat fietsers moeten "
                 "uitwijken.",
                 "openbare-ruimte");
    EXPECT_THEME("De takken boven het fietspad bij de brug hangen zo laag dat fietsers moeten "
                 "bukken.",
                 "openbare-ruimte");
    EXPECT_THEME("Het fietspad langs het kanaal zit vol gaten, ik ben bijna gevallen.", "verkeer");
}

/* A human being asked for where a machine answers is the way in that fails, not the machine's
 * fault: bereikbaarheid over the chatbot's or the menu's words (issue 12, theme24). A chatbot
 * that answered well, so that no one had to be called, stays digitaal. */
static void a_human_asked_for_is_the_way_in(void **state) {
    (void)state;
    EXPECT_THEME("Het keuzemenu van de app stuurt me rond in cirkels. Kan ik ergens een mens "
                 "spreken?",
                 "bereikbaarheid");
    EXPECT_THEME(
        "Die chatbot op jullie website snapt niks van mijn vraag. Ik wil een mens spreken.",
        "bereikbaarheid");
    EXPECT_THEME("De chatbot op de website gaf meteen het goede antwoord, ik hoefde geen mens te "
                 "spreken.",
                 "digitaal");
}

/* ----------------------------------------------------------- sentiment */

static void sentiment_negation(void **state) {
    (void)state;
    EXPECT_SENTIMENT("Ik ben niet tevreden over de afhandeling.", "negative");
    EXPECT_SENTIMENT("Ik ben er helemaal niet blij mee.", "negative");
    EXPECT_SENTIMENT("Het is nog steeds niet opgelost.", "negative");
    EXPECT_SENTIMENT("De afhandeling was niet slecht.", "positive");
    EXPECT_SENTIMENT("Geen probleem, dank voor de hulp.", "positive");
    EXPECT_SENTIMENT("Ik ben tevreden.", "positive");
    EXPECT_SENTIMENT("Wanneer wordt het grofvuil opgehaald?", "neutral");
    /* A negation does not reach over a comma into the next clause. */
    EXPECT_SENTIMENT("De bak is niet geleegd, maar wel tevreden over de medewerker.", "positive");
}

/* A question's problem is what it asks about, not a feeling (issue 12, round 8): the
 * same words are neutral asked, negative told as a complaint; strong words stay negative. */
static void sentiment_of_a_question(void **state) {
    (void)state;
    static const char *const asked[] = {
        "Mijn afvalpas is kwijt, waar kan ik een nieuwe aanvragen?",
        "Ik heb mijn aanslag twee keer betaald, hoe krijg ik het geld terug?",
    };
    for (size_t i = 0; i < sizeof(asked) / sizeof(asked[0]); i++) {
        EXPECT_FIELD(asked[i], "question", "sentiment", "label", "neutral");
        EXPECT_FIELD(asked[i], "complaint", "sentiment", "label", "negative");
        cJSON *d = classify(asked[i], "question");
        assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched"),
                              "kind: question (what it asks about is no feeling)"));
        cJSON_Delete(d);
    }
    EXPECT_FIELD("Ik ben woedend en het is schandalig: waarom staat de container al weken vol?",
                 "question", "sentiment", "label", "negative");
    EXPECT_FIELD("Bedankt voor de snelle hulp, kan ik nog een tweede pas krijgen?", "question",
                 "sentiment", "label", "positive");
}

/* A thanks alone in the closing clause before the signature is the letter's politeness, like
 * "Met vriendelijke groet" (issue 12, round 10); thanks told as a remark still counts. */
static void sentiment_closing_thanks_is_politeness(void **state) {
    (void)state;
    static const struct {
        const char *text, *thanks;
    } closings[] = {
        {"Goedendag,\n\nHoe kan ik mijn e-mailadres wijzigen in Mijn Loket?\n\nBedankt,\n[NAAM]",
         "Bedankt"},
        {"Kunnen wij op ons adres twee vergunningen krijgen?\n\nBedankt,\n[NAAM]", "Bedankt"},
        {"Is er een invalidentoilet bij de Stadswinkel? Dank u wel, mevr. [NAAM]", "Dank u wel"},
    };
    for (size_t i = 0; i < sizeof(closings) / sizeof(closings[0]); i++) {
        cJSON *d = classify(closings[i].text, "question");
        assert_false(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched"),
                               closings[i].thanks));
        cJSON_Delete(d);
    }
    for (size_t i = 0; i < 2; i++)
        EXPECT_FIELD(closings[i].text, "question", "sentiment", "label", "neutral");
    EXPECT_FIELD("De medewerker heeft me zo goed geholpen. Heel erg bedankt!", NULL, "sentiment",
                 "label", "positive");
    EXPECT_FIELD("Bedankt voor de snelle hulp, [NAAM]", NULL, "sentiment", "label", "positive");
    EXPECT_FIELD("Dhr wist het niet, bedankt.", NULL, "sentiment", "label", "positive");
}

/* A short closing sentence opened by the praise, at the end of the text, is how a visit or a
 * call ended, the agent's record, or the letter's thanks: the question it closes stays neutral
 * (issue 12, theme22). The writer's own praise keeps its say. */
/* A death told as peaceful, in a question about what to arrange, tells no grief (issue 12,
 * theme23: sentiment-nl.tsv's "rustig overleden", "overleden van ouderdom" score 0); a sudden
 * one told with one's own distress stays negative. */
static void sentiment_a_peaceful_death_tells_no_grief(void **state) {
    (void)state;
    EXPECT_FIELD("Mijn schoonmoeder is vorige week rustig overleden in het verpleeghuis. Moet ik "
                 "haar parkeervergunning zelf opzeggen?",
                 "question", "sentiment", "label", "neutral");
    EXPECT_FIELD("Ons konijn is overleden van ouderdom. Mag ik hem in de tuin van onze huurwoning "
                 "begraven?",
                 "question", "sentiment", "label", "neutral");
    EXPECT_SENTIMENT("Mijn vader is vorige week plotseling overleden en ik weet niet hoe ik alles "
                     "moet regelen.",
                     "negative");
}

/* A death named in a question is what it asks about, not the asker's tone (the lexicon's
 * "topic"): the paperwork after it is asked plainly. Distress told in the asker's own words
 * still votes, and outside a question the death keeps its score. Issue 12, sentiment26. */
static void sentiment_a_death_asked_about_is_its_topic(void **state) {
    (void)state;
    EXPECT_FIELD("Vorige maand is mijn tante overleden. Hoe zeg ik haar parkeervergunning op?",
                 "question", "sentiment", "label", "neutral");
    EXPECT_FIELD("Mijn zus is twee weken geleden overleden. Hoe kan ik haar DigiD laten "
                 "stopzetten?",
                 "question", "sentiment", "label", "neutral");
    EXPECT_FIELD("Onze hond is dood. Hoe meld ik hem af voor de hondenbelasting?", "question",
                 "sentiment", "label", "neutral");
    EXPECT_FIELD("Mijn man is overleden en ik ben wanhopig, ik kan de huur niet meer betalen. "
                 "Waar kan ik hulp krijgen?",
                 "question", "sentiment", "label", "negative");
    EXPECT_FIELD("Er ligt al drie dagen een dode kat op de stoep voor ons huis.", "report",
                 "sentiment", "label", "negative");
}

static void sentiment_closing_outcome_is_a_record(void **state) {
    (void)state;
    static const struct {
        const char *text, *word;
    } notes[] = {
        {"Balie: mevrouw wil weten hoe ze haar parkeervergunning verlengt. Uitgelegd via de "
         "website. Tevreden.",
         "Tevreden"},
        {"Tel.notitie: meneer vraagt wanneer het oud papier in zijn straat wordt opgehaald. "
         "Kalender samen doorgenomen. Geholpen.",
         "Geholpen"},
        {"dhr vraagt of zijn paspoort nog geldig is voor een reis naar Turkije. uitgelegd. "
         "tevreden weg",
         "tevreden"},
    };
    for (size_t i = 0; i < sizeof(notes) / sizeof(notes[0]); i++) {
        EXPECT_FIELD(notes[i].text, "question", "sentiment", "label", "neutral");
        /* The lexicon's word; the model, learning every set since sentiment26, may name it
         * among its own (the label is what it weighs). */
        cJSON *d = classify(notes[i].text, "question");
        assert_false(array_has_exact(
            cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched"), notes[i].word));
        cJSON_Delete(d);
    }
    EXPECT_FIELD("Uitgelegd hoe de vergunning werkt. Ik ben er heel tevreden over.", "question",
                 "sentiment", "label", "positive");
    EXPECT_FIELD("De medewerker aan de balie heeft me snel geholpen. Tevreden!", NULL, "sentiment",
                 "label", "positive");
}

/* A why-question with the writer as its subject is a reproach: the question's share of the
 * negative evidence does not apply (issue 12, round 10); other why-questions stay questions. */
static void sentiment_of_a_why_me_question(void **state) {
    (void)state;
    EXPECT_FIELD("Waarom krijg ik geen kindgebonden budget meer? Mijn situatie is niet veranderd.",
                 "question", "sentiment", "label", "negative");
    EXPECT_FIELD("Maar serieus: waarom kan ik mijn rijbewijs niet gewoon thuis laten bezorgen?",
                 "question", "sentiment", "label", "negative");
    EXPECT_FIELD("waarom is de toeristenbelasting voor mijn B&B omhoog gegaan?", "question",
                 "sentiment", "label", "neutral");
    EXPECT_FIELD("dhr. vraagt waarom ik de aanslag niet kreeg. uitgelegd.", "question", "sentiment",
                 "label", "neutral");
}

/* The kind bounds the label: praise with a remark inside is praise, a complaint's praise is
 * irony (issue 12, round 10). */
static void sentiment_bounded_by_kind(void **state) {
    (void)state;
    static const char *const ironic =
        "Geweldig hoor, die nieuwe container. Fantastisch, de klep klemt al twee weken.";
    EXPECT_FIELD(ironic, "complaint", "sentiment", "label", "negative");
    EXPECT_FIELD(ironic, "objection", "sentiment", "label", "negative");
    /* "prima" (sentiment26): with every development set learned the model reads the
     * sentence with "prettig" positive without the bound, which this case is about. */
    static const char *const remark =
        "Het keukentafelgesprek was prima, wel veel te lang wachten op de beschikking.";
    EXPECT_FIELD(remark, "compliment", "sentiment", "label", "positive");
    cJSON *d = classify(remark, "compliment");
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched"),
                          "kind: compliment (praise with a remark is praise)"));
    assert_true(sentiment_score(d) >= 0.2);
    cJSON_Delete(d);
    /* Without a kind the words decide. */
    EXPECT_FIELD("Ik ben heel boos en teleurgesteld.", NULL, "sentiment", "label", "negative");
}

/* The kind holds only when the words agree (a user check of 12-01): a complaint sent as a
 * compliment, its praise closing a problem still open, is normal and negative; praise turned
 * to irony by the kind names no joy. A compliment with a remark, praise before the problem,
 * or a problem solved or taken back by a contrast, stays a compliment. */
#define HAS_JOY(d) array_has(cJSON_GetObjectItem(d, "emotions"), "joy")

static void irony_is_no_praise(void **state) {
    (void)state;
    static const char *const sarcastic[] = {
        ("Complimenten aan de gemeente: na 4 maanden en 6 mails is de kuil in de weg eindelijk... "
         "nog steeds niet gedicht. Knap werk."),
        "De afvalbak is alweer niet geleegd. Goed bezig hoor.",
        "De bak is alweer niet geleegd \xf0\x9f\x91\x8f",
    };
    for (size_t i = 0; i < sizeof(sarcastic) / sizeof(sarcastic[0]); i++) {
        cJSON *d = classify(sarcastic[i], "compliment");
        if (strcmp(str_at(d, "urgency", "level"), "normal") != 0 ||
            strcmp(str_at(d, "sentiment", "label"), "negative") != 0 || HAS_JOY(d))
            fail_msg("%s: %s %s", sarcastic[i], str_at(d, "urgency", "level"),
                     str_at(d, "sentiment", "label"));
        assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                              "kind: compliment told in irony (a problem still open)"));
        assert_false(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                               "a problem told is solved"));
        cJSON_Delete(d);
    }
    static const char *const sincere[] = {
        ("Geachte mevrouw Bakker, hartelijk dank voor de toelichting over de WOZ. Ik ben het er "
         "nog steeds niet mee eens, maar u heeft het heel duidelijk en vriendelijk uitgelegd."),
        "Complimenten voor de buschauffeur, al is de bus nog steeds vaak te laat.",
        "Bravo! De kuil is eindelijk gedicht. Knap werk.",
        "De huismeester heeft het kapotte slot binnen een uur vervangen. Dank!",
        "Eindelijk is de bak geleegd \xf0\x9f\x91\x8f top!",
    };
    for (size_t i = 0; i < sizeof(sincere) / sizeof(sincere[0]); i++) {
        cJSON *d = classify(sincere[i], "compliment");
        if (strcmp(str_at(d, "urgency", "level"), "low") != 0 ||
            strcmp(str_at(d, "sentiment", "label"), "positive") != 0)
            fail_msg("%s: %s %s", sincere[i], str_at(d, "urgency", "level"),
                     str_at(d, "sentiment", "label"));
        cJSON_Delete(d);
    }
    /* A sincere compliment keeps its joy. */
    cJSON *d = classify("Bedankt, de lantaarnpaal doet het weer. Top!", "compliment");
    assert_true(HAS_JOY(d));
    cJSON_Delete(d);
    /* Complaints whose praise is the wink: negative, normal, no joy. */
    static const char *const winks[] = {
        ("Geweldig hoor, echt top service\xe2\x80\xa6 Bravo gemeente, chapeau! "
         "\xf0\x9f\x91\x8f\xf0\x9f\x91\x8f"),
        "Nou lekker dan \xe2\x80\xa6 Top geregeld weer \xf0\x9f\x91\x8d",
    };
    for (size_t i = 0; i < sizeof(winks) / sizeof(winks[0]); i++) {
        d = classify(winks[i], "complaint");
        if (strcmp(str_at(d, "urgency", "level"), "normal") != 0 ||
            strcmp(str_at(d, "sentiment", "label"), "negative") != 0 || HAS_JOY(d))
            fail_msg("%s: %s %s", winks[i], str_at(d, "urgency", "level"),
                     str_at(d, "sentiment", "label"));
        cJSON_Delete(d);
    }
}

/* Praise of a problem that lasts up to now or of a contact repeated is irony too (a user check
 * of 12-01, sent as compliments: low, positive and joy): the level its rules give (the third
 * contact is high), negative, no joy. A joy that lasts and a quick repair stay praise. */
static void irony_of_a_problem_that_lasts_or_repeats(void **state) {
    (void)state;
    static const struct {
        const char *text, *level;
    } sarcastic[] = {
        {("Wat een geweldige service weer: drie keer gebeld, drie keer een ander antwoord. Echt "
          "top, bedankt hoor. \xf0\x9f\x99\x84"),
         "high"},
        {("Bravo! Al zes weken ligt het grofvuil op de stoep. Fantastisch geregeld, echt een "
          "pluim voor de afvaldienst."),
         "normal"},
        {("Heel fijn dat de lantaarnpaal nu al drie maanden kapot is, lekker veilig 's avonds. "
          "Dank jullie wel!"),
         "normal"},
        {"Complimenten! De speeltuin is al weken dicht en er gebeurt niks. Echt top.", "normal"},
    };
    for (size_t i = 0; i < sizeof(sarcastic) / sizeof(sarcastic[0]); i++) {
        cJSON *d = classify(sarcastic[i].text, "compliment");
        if (strcmp(str_at(d, "urgency", "level"), sarcastic[i].level) != 0 ||
            strcmp(str_at(d, "sentiment", "label"), "negative") != 0 || HAS_JOY(d))
            fail_msg("%s: %s %s", sarcastic[i].text, str_at(d, "urgency", "level"),
                     str_at(d, "sentiment", "label"));
        assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                              "kind: compliment told in irony (a problem still open)"));
        assert_false(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                               "a problem told is solved"));
        cJSON_Delete(d);
    }
    static const char *const sincere[] = {
        "Al weken genieten we van het nieuwe park. Een pluim voor de gemeente!",
        "Super dat de kapotte bank in het park al na twee dagen vervangen was. Goed geregeld!",
        "Ik heb drie keer gebeld en werd elke keer vriendelijk geholpen. Bedankt!",
        ("Mijn moeder wacht al twee maanden op een traplift, maar de consulent was heel lief en "
         "duidelijk. Dank u wel."),
        ("Ik woon al dertig jaar in deze wijk en de straat is nog nooit zo mooi geweest. "
         "Complimenten!"),
    };
    for (size_t i = 0; i < sizeof(sincere) / sizeof(sincere[0]); i++) {
        cJSON *d = classify(sincere[i], "compliment");
        if (strcmp(str_at(d, "urgency", "level"), "low") != 0 ||
            strcmp(str_at(d, "sentiment", "label"), "positive") != 0)
            fail_msg("%s: %s %s", sincere[i], str_at(d, "urgency", "level"),
                     str_at(d, "sentiment", "label"));
        cJSON_Delete(d);
    }
    /* What lies or stands for weeks is left: a problem to handle in a question too. */
    EXPECT_FIELD("De vlag op het stadhuis hangt al een week halfstok. Is dat een vergissing?",
                 "question", "urgency", "level", "normal");
}

/* An age is a number told as one ("van 88", "(87)", "ik ben 84"); a house number or an amount
 * is no one's age (user check 4: "Maaskade 88" made a person without help, high). A person with
 * dementia who loses the way and help asked for is high (user check 4, item 8). */
static void an_age_is_told_as_one(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"De lantaarnpaal voor Maaskade 88 is al weken kapot, niemand reageert op mijn meldingen.",
         "complaint", "normal"},
        {"Ik heb 88 euro te veel betaald voor de afvalstoffenheffing en niemand reageert.",
         "complaint", "normal"},
        {"Mijn moeder (87) woont hier en niemand reageert op haar brieven.", "complaint", "high"},
        {"Mijn buurman van 88 krijgt geen hulp.", "complaint", "high"},
        {"Ik ben 84 en niemand helpt mij met de post.", "complaint", "high"},
        {"Mijn moeder is doof en 84. Het wijkteam reageert niet op haar brieven.", "complaint",
         "high"},
        {("Mijn vader met alzheimer gaat elke middag een rondje lopen en raakt soms de weg kwijt; "
          "kan de gemeente helpen met een begeleider?"),
         "question", "high"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels (user check 5 of 12-02): a vulnerable person without help is high however
 * it is told: in a care note's abbreviations, as a frail person who cannot get out of the
 * house, or as income that did not arrive while the rent is due; a barrier on the way, the
 * consequence of a condition and income late without a cost pressing stay normal. */
static void vulnerable_without_help_told_plainly(void **state) {
    (void)state;
    static const level_case cases[] = {
        {("Thuiszorg: cl. i.v.m. val gisteren niet meer mobiel, mantelzorger afwezig, "
          "WMO-indicatie verlopen. Verzoek z.s.m. contact met wijkteam a.u.b."),
         "signal", "high"},
        {("Cl. mw. B. (84) i.v.m. val niet meer mobiel, sinds gisteren alleen thuis, mantelzorger "
          "in buitenland. Verzoek z.s.m. huisbezoek."),
         "complaint", "high"},
        {"De lift is kapot. Ik zit in een rolstoel. Ik kan niet naar buiten. Al 2 weken.",
         "complaint", "high"},
        {"Bewoners met een rollator kunnen het gebouw niet meer uit door de hekken.", "signal",
         "high"},
        {("Mijn uitkering is nog niet gestort en de huur moet betaald worden. Wanneer komt het "
          "geld?"),
         "question", "high"},
        {"Elke avond staan er auto's op de stoep, mijn rolstoel kan er niet langs.", "complaint",
         "normal"},
        {"Als het regent staat de straat blank. Met de rollator kan mijn buurvrouw dan niet naar "
         "buiten.",
         "complaint", "normal"},
        {"Mijn bijstand is deze maand niet overgemaakt en ik krijg niemand te pakken.", "complaint",
         "normal"},
        {"Wanneer komt mijn uitkering? Hij is nog niet gestort.", "question", "normal"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels: a question that tells its problem in a statement is normal, a plain one
 * low: money gone wrong for the writer, a body that no longer can, no home of one's own; a
 * young person at the parents' is no such thing. */
static void a_question_telling_its_problem(void **state) {
    (void)state;
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"Mijn bijstandsuitkering is deze maand lager zonder dat ik een brief heb gekregen. Wat "
         "is de reden?",
         "normal"},
        {"Waarom moet ik de energietoeslag terugbetalen? Ik had er toch recht op?", "normal"},
        {"Ik heb een traplift nodig want ik kan de trap niet meer op. Wie moet ik bellen?",
         "normal"},
        {"wanneer komt de uitslag van mijn woonurgentie? ik slaap nu bij vrienden op de bank",
         "normal"},
        {"Hoe kom ik op de wachtlijst voor een sociale huurwoning? Ik woon nu nog bij mijn "
         "ouders.",
         "low"},
        {"Hoe vraag ik een parkeervergunning aan?", "low"},
        /* a wait told by its length, a door closed to this person; a length alone is none */
        {"Wanneer krijg ik een woning? Al 14 maanden wachten met de kinderen.", "normal"},
        {"Kan ik een afspraak maken? Op de website staat geen tijden beschikbaar.", "normal"},
        {"Mijn DigiD is geblokkeerd. Hoe kan ik mijn brief over de toeslag nu lezen?", "normal"},
        {"Ik ben al 10 jaar kok. Welke vergunning heb ik nodig voor een foodtruck?", "low"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        EXPECT_FIELD(cases[i].text, "question", "urgency", "level", cases[i].level);
}

/* Issue 12, levels: a question that asks us to do something for the writer (a formal request,
 * "wilt u mij ... sturen", an official to come to the house) is normal; one that asks to be
 * told something, or whether one qualifies, is a plain question, low; a request for the public
 * sent as a suggestion stays low by its kind. */
static void a_question_asking_an_act(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Ik beschik niet over een computer. Ik verzoek U mij het formulier per post toe te "
         "zenden.",
         "question", "normal"},
        {"Hierbij deel ik u mede dat ik verzoek tot het verkrijgen van een nieuwe papierbak.",
         "question", "normal"},
        {"Ik heb geen internet. Wilt u mij een papieren aanvraagformulier sturen?", "question",
         "normal"},
        {"Mijn paspoort verloopt volgende maand en ik lig in een verpleeghuis. Kan een ambtenaar "
         "langskomen?",
         "question", "normal"},
        {"Ik krijg een brief over de hondenbelasting. Kunt u mij helpen met het formulier?",
         "question", "normal"},
        {"Kunt u mij vertellen wat de openingstijden van de milieustraat zijn?", "question", "low"},
        {"Kom ik met een klein pensioen in aanmerking voor de Rotterdampas?", "question", "low"},
        {"Kan de burgemeester langskomen op het verjaardagsfeest van mijn oma?", "question", "low"},
        {"Ondergetekende verzoekt u vriendelijk een drempel te plaatsen in de Beukenlaan.",
         "suggestion", "low"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels: whether what another does to the writer is allowed is a grievance told as
 * a question, normal; whether the writer's own act is allowed, or one supposed, is a plain
 * question, low. */
static void another_act_questioned(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Mijn huisbaas wil de servicekosten verdubbelen. Mag hij dat?", "question", "normal"},
        {"De aannemer begint elke zaterdag om zes uur met boren. Is dat toegestaan?", "question",
         "normal"},
        {"Ik wil mijn kamer een paar nachten per jaar verhuren aan toeristen. Mag dat?", "question",
         "low"},
        {"Stel dat mijn buren een trampoline in de voortuin zetten, mag dat dan?", "question",
         "low"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels: someone asked to act this week, as a question ("Wie kan deze week bij hem
 * kijken?"), and someone left without the care they get ("zit al die tijd zonder douchehulp")
 * are the contract's high; the writer's own errand this week is a plain question. */
static void asked_this_week_as_a_question(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Mijn buurman raakt steeds vaker de weg kwijt. Wie kan deze week bij hem kijken?",
         "signal", "high"},
        {"Mijn uitkering is gestopt door een vergeten formulier. Zou iemand deze week even kunnen "
         "kijken?",
         "question", "high"},
        {"Kan ik deze week mijn nieuwe paspoort ophalen?", "question", "low"},
        /* someone left without the care they get, told as a state */
        {"Ik bel al twee weken het wijkteam. Mijn vader zit al die tijd zonder douchehulp.",
         "complaint", "high"},
        {"Ik zit zonder werk. Heb ik recht op bijstand?", "question", "low"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels: what the contract's high means, act this week, told by class: the carer at
 * the end of their strength, the third contact counted in digits or "-maal", a formal
 * complaint's term passed, an answer asked within days, a data breach (the AVG's 72 hours).
 * Their look-alikes stay normal: a form tried four times, an agent's "belt" before a count
 * that is no call, a promise of ours within days. Children hungry with their parent asking
 * for help are high, not critical: the contract's "child at risk" is a child without a carer
 * or in danger; a household without food is a vulnerable one without help (user check 5). */
static void acting_this_week_by_class(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Ik zorg voor mijn vader met dementie en ben elke nacht wakker. Ik ben op.", "complaint",
         "high"},
        {("Sinds de dagbesteding van mijn zoon met autisme stopte zit hij thuis. Ik heb hier geen "
          "kracht meer voor."),
         "complaint", "high"},
        {"Ik ben op vakantie geweest en nu is de container niet geleegd.", "complaint", "normal"},
        {"Ik kan niet meer parkeren voor mijn deur door de bouwhekken.", "complaint", "normal"},
        {"Ik heb al 4 keer gebeld over de kapotte lantaarnpaal voor mijn deur.", "complaint",
         "high"},
        {"Reeds driemaal heb ik u per brief op de losse stoeptegels gewezen.", "complaint", "high"},
        {"Ik heb het formulier 4x geprobeerd, steeds een foutmelding.", "complaint", "normal"},
        {"tel: dhr. belt 'waarom heb ik 3 keer dezelfde aanmaning gekregen?'", "complaint",
         "normal"},
        {("Mijn formele klacht is van 2 maart. De termijn van zes weken is op 13 april verlopen en "
          "ik heb niets gehoord."),
         "complaint", "high"},
        {"Namens de client verzoek ik een reactie binnen 5 werkdagen over de invordering.",
         "signal", "high"},
        {("De medewerker zei dat ik binnen 5 werkdagen een nieuwe pas krijg, maar de oude werkt al "
          "niet meer."),
         "complaint", "normal"},
        {"In de app zie ik de gegevens van iemand anders, met naam en adres.", "complaint", "high"},
        {"Hoe vraag ik een uittreksel aan voor iemand anders?", "question", "low"},
        {"Ik heb geen eten. Ik heb geen geld. Mijn kinderen hebben honger. Wat moet ik doen?",
         "question", "high"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels (session 20), by class, each case in its own words: the help a dependent
 * person leans on stopped, told by what the help is (a supporter, meals, the ride to care);
 * the way down out of order for who cannot take the stairs; a funeral within days and the
 * document not in hand; a false message in our name that reached the writer; an application
 * waited on for weeks. Their look-alikes: a bus that no longer stops for someone not
 * dependent, a lift out at a station, a holiday flight, a journey months away, phishing read
 * about in the paper, how long applying takes asked before applying (low), an application
 * two weeks old. */
static void levels_by_class_session20(void **state) {
    (void)state;
    static const level_case cases[] = {
        {("Mijn zus heeft een verstandelijke beperking. Sinds haar begeleider ermee is gestopt "
          "opent niemand haar post."),
         "complaint", "high"},
        {"De maaltijdservice van mijn opa stopt per maandag en zelf koken lukt hem niet meer.",
         "complaint", "high"},
        {"De buurtbus stopt niet meer bij onze halte, nu moet ik tien minuten verder lopen.",
         "complaint", "normal"},
        {"Mijn vader zit in een rolstoel en woont op 7 hoog. De lift is defect sinds maandag.",
         "complaint", "high"},
        {"Ik ben 88 en woon op de vierde. Er is al dagen geen werkende lift.", "complaint", "high"},
        {"De lift op het station is kapot, met de rolstoel van mijn vader moesten we omlopen.",
         "complaint", "normal"},
        {("Mijn id-kaart is uit mijn tas gestolen en overmorgen is de uitvaart van mijn opa in "
          "Paramaribo. Wat moet ik doen?"),
         "question", "high"},
        {"Mijn paspoort is gestolen en ik vertrek overmorgen op vakantie naar Spanje. Wat nu?",
         "question", "normal"},
        {"Mijn paspoort is verlopen. Over twee maanden vlieg ik naar Curacao, hoe vraag ik een "
         "nieuwe aan?",
         "question", "low"},
        {"Ik kreeg vanochtend een nepmail met jullie logo over een teruggave. Moet ik daar iets "
         "mee?",
         "question", "normal"},
        {("In de krant stond een stuk over phishing uit naam van gemeenten. Hoe herken ik een "
          "echte brief van jullie?"),
         "question", "low"},
        {"Hoe lang duurt het aanvragen van een gehandicaptenparkeerkaart?", "question", "low"},
        {"Voor mijn nieuwe schuur: welke vergunning is nodig en hoe lang duurt die procedure?",
         "question", "low"},
        {"Mijn aanvraag huurtoeslag is drie maanden geleden verstuurd. Wanneer krijg ik bericht?",
         "question", "normal"},
        {"Ik heb 2 weken geleden mijn aanvraag gedaan. Wanneer krijg ik bericht?", "question",
         "low"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
    /* A rule of levels only ("danger: no") is no key of the danger model: it fired, and the
     * model does not weigh it. */
    cJSON *d = classify(cases[6].text, cases[6].kind);
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (!strstr(m, "a funeral within days, the document not in hand"))
        fail_msg("reason: %s", m);
    free(m);
    const char *keys[LL_CLASSIFY_MAX_DANGER_KEYS];
    size_t n = ll_classifier_danger_keys(gemeente, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
    for (size_t i = 0; i < n; i++)
        if (strstr(keys[i], "a funeral within days"))
            fail_msg("danger key: %s", keys[i]);
    cJSON_Delete(d);
}

/* Issue 12, levels (session 20): two look-alikes of high. Debts named as what others overheard
 * at our desk are a complaint about privacy, not a person without income; a "last onder
 * dwangsom" is an order enforced on the writer, not the penalty we owe for a late decision.
 * Debts that leave no food, and a penalty asked for a decision months late, stay high. And
 * a look-alike of normal: "kwijt" that asks where to take a thing or the lost-and-found. */
static void high_look_alikes_session20(void **state) {
    (void)state;
    static const level_case cases[] = {
        {("Aan de balie moest ik mijn schulden hardop opnoemen en de hele wachtrij kon "
          "meeluisteren. Dat vind ik onbehoorlijk."),
         "complaint", "normal"},
        {"Ik heb zoveel schulden dat ik geen eten meer kan kopen.", "complaint", "high"},
        {"Ik teken bezwaar aan tegen de last onder dwangsom die de gemeente mij oplegde.",
         "objection", "normal"},
        {("Mijn bezwaar ligt er al vijf maanden. Ik heb u in gebreke gesteld en vraag nu een "
          "dwangsom."),
         "objection", "high"},
        /* "kwijt" as the lost-and-found asked after, or as getting rid of a thing: low; a pass
         * lost that keeps the writer from the container is a problem to handle */
        {"Ik zoek de gevonden voorwerpen, mijn sjaal is kwijt sinds de busrit van gisteren.",
         "question", "low"},
        {"Waar kan ik oude verf kwijt? Mag dat bij het restafval?", "question", "low"},
        {"Weet u waar ik een oude koelkast kwijt kan?", "question", "low"},
        {("Mijn afvalpas is kwijt en de container gaat niet meer open. Hoe kan ik weer afval "
          "wegbrengen?"),
         "question", "normal"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, levels: a problem supposed in a question that opens "wat als" or "stel dat" is a
 * plain information question, low (21 of 21 such questions of development 1-18 are labelled
 * low), also when the consequence is asked in a question of its own; a problem told beside
 * such a question is still one. */
static void a_problem_supposed_is_asked(void **state) {
    (void)state;
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"Stel dat ik mijn grofvuil een dag te vroeg buiten zet, krijg ik dan een boete?", "low"},
        {"Wat als ik zonder vergunning een dakkapel plaats, wat gebeurt er dan?", "low"},
        {"Wat als ik de aanslag te laat betaal? Krijg ik dan een aanmaning?", "low"},
        {"Mijn container is kapot. Wat als ik hem zelf repareer?", "normal"},
        {"Wat als het regent? De container is kapot.", "normal"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        EXPECT_FIELD(cases[i].text, "question", "urgency", "level", cases[i].level);
}

/* The contract's "a threat to go to the press or the council": an interview the press asks
 * for takes our case there; a pupil's interview with the mayor for a school project threatens
 * no one (issue 12, levels: development 11, 12 and 19 each had one, labelled low, read high). */
static void press_or_council_by_class(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Onze klas doet een project over de stad. Mogen we een interview met de burgemeester?",
         "question", "low"},
        {"Mijn zoon houdt een spreekbeurt over de gemeenteraad. Kan hij een raadslid "
         "interviewen?",
         "question", "low"},
        {"De schimmel blijft terugkomen. Een journalist van het AD wil mij interviewen.",
         "complaint", "high"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* A threat told on a condition: the condition's negation ends where the main clause opens
 * with its verb ("Als ... niet ... stap ik naar de krant"), also without a comma (issue 12,
 * levels: 6 such threats in development 1-19, labelled high, were normal). */
static void a_threat_on_a_condition(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Als u deze week niet reageert stap ik naar de krant.", "complaint", "high"},
        {"als de gemeente weer niks doet gaan wij naar de gemeenteraad", "complaint", "high"},
        {"Indien de overlast niet stopt, zullen wij ons tot de wethouder wenden.", "complaint",
         "high"},
        {"Ik ga niet naar de krant, ik wil alleen dat de bank gerepareerd wordt.", "complaint",
         "normal"},
        {"Als het niet lukt stuur ik de foto wel per post.", "complaint", "normal"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* False critical flags by class (issue 12, round 24: messages-dev20, critical-dev20,
 * suicidal-dev2, -dev12): a danger word in scare quotes after its article is the word
 * mentioned; a cannonball jumped into a pool; a bomb defused in an escape room; a place shut
 * ("het pand is afgesloten"), not a supply; where one who is dying wishes to die; a traffic
 * light beside a road shut; what is no longer wanted named after the comma; a public thing
 * without water or power (a fountain, a charging post); the smoke of a wood oven in a home.
 * Each beside what stays critical: a quoted sentence, a verb quoted bare, a bomb by the pool,
 * a household cut off or without water, an oven on fire, a wish to die, life after the
 * comma. */
static void false_flags_by_class_round24(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn buurjongen noemt de nieuwe skatebaan \"een bom\". Wanneer gaat die open?",
        "Ik ben de 'bom' van mijn klas en word twaalf. Mag ik een feestje geven in het buurthuis?",
        "Wat een bom maakte die jongen in het buitenbad, iedereen nat. Kan er een tweede "
        "duikplank komen?",
        "Bij de zwemles mogen de kinderen kijken wie de hoogste bom springt. Mogen ouders komen "
        "kijken?",
        "In onze escaperoom moet je binnen een uur een bom onschadelijk maken. Hebben we een "
        "vergunning nodig?",
        "In het leegstaande bedrijfspand is een waterleiding gesprongen, het water loopt over de "
        "vloer en het pand is afgesloten.",
        "Mijn moeder wil thuis sterven, ze is ongeneeslijk ziek. Kan de thuiszorg vaker komen?",
        "De stoplichten bij de afgesloten bouwweg langs de rand van het terrein doen het niet. Er "
        "rijdt daar niemand.",
        "Het hoeft voor mij niet meer, die papieren nieuwsbrief. Kunt u mij afmelden?",
        "De fontein op het Stadhuisplein heeft al weken geen water meer, zo jammer voor de "
        "kinderen. Wanneer wordt die gemaakt?",
        "De laadpaal in onze straat zit al dagen zonder stroom. Wie kan ik daarvoor bellen?",
        "De bakkerij naast ons stookt elke ochtend de steenoven, de rook komt ons huis in en de "
        "was stinkt.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const level_case stays[] = {
        {"Hij riep \"ik leg een bom in het stadhuis\" en liep weg.", "report", "critical"},
        {"Mijn ex zegt dat hij me vanavond 'afmaakt' als ik niet thuis ben.", "report", "critical"},
        {"Er ligt een bom bij het zwembad, iedereen moet weg.", "report", "critical"},
        {"Het gas is afgesloten en we hebben een baby, het is ijskoud in huis.", "report",
         "critical"},
        {"Wij zitten sinds gisteren zonder water in huis en mijn vrouw is hoogzwanger.", "report",
         "critical"},
        {"De houtoven van de pizzeria staat in brand en het vuur slaat naar de bovenwoning.",
         "report", "critical"},
        {"Ik wil sterven, ik kan niet meer.", "signal", "critical"},
        {"Het hoeft voor mij niet meer, dit leven.", "signal", "critical"},
        {"Het hoeft voor mij niet meer, ik ben op.", "signal", "critical"},
    };
    expect_levels(stays, sizeof(stays) / sizeof(stays[0]));
}

/* A hospital is a care need for who lies in it or has just come out of it, not as a
 * workplace, a birthplace, where someone died or a stay gone by (issue 12, levels: of the
 * 14 development texts the bare word alone made high, 10 were labelled normal or low). */
static void a_hospital_as_a_care_need(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Ik werk in het ziekenhuis en kan na mijn dienst nooit parkeren in mijn eigen straat.",
         "complaint", "normal"},
        {"Onze zoon is in het ziekenhuis geboren. Hoe doe ik aangifte van de geboorte?", "question",
         "low"},
        {"Mijn buurman is vorige week in het ziekenhuis overleden. Wie regelt de uitvaart als er "
         "geen familie is?",
         "question", "low"},
        {"Mijn vader is gisteren uit het ziekenhuis ontslagen en de thuiszorg komt pas over twee "
         "weken.",
         "complaint", "high"},
        {"Mijn moeder ligt in het ziekenhuis en de aanvraag voor haar rolstoel moet deze week rond "
         "zijn.",
         "complaint", "high"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The contract's "a vulnerable person without help", told in other words: frail as "slecht
 * ter been", "half verlamd" or "89 jaren oud", without help as no one there (issue 12, levels:
 * the largest cell of the high misses in development 15-19). */
static void without_help_in_other_words(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Mijn opa is slecht ter been. Sinds de bus niet meer bij zijn flat stopt heeft hij "
         "niemand die hem naar de huisarts brengt.",
         "complaint", "high"},
        {"Mijn man is half verlamd en de hulp bij het douchen komt niet meer. Ik krijg het alleen "
         "niet meer gedaan.",
         "complaint", "high"},
        {"Ik zit in een rolstoel en ben nu voor alles afhankelijk van de buurvrouw.", "complaint",
         "high"},
        {"Ik ben 89 jaren oud en het is mij onmogelijk de zakken zelf naar de container te "
         "brengen.",
         "complaint", "high"},
        {"Voor ouderen is het onmogelijk om online een afspraak te maken.", "complaint", "normal"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Income told as none received, with the rent due, is the income not arrived with costs due
 * (user check 6 of 12-02: an assistant's letter about a bijstandsuitkering was normal); the
 * contract's critical needs an eviction or a cut-off within days, so it is high. */
static void no_income_received_with_the_rent_due(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Mijn gebruiker geeft aan dat hij al drie weken geen bijstandsuitkering heeft ontvangen "
         "en dat de huur van deze maand niet betaald kan worden. Hij verzoekt u dit te "
         "onderzoeken.",
         "question", "high"},
        {"Ik heb deze maand nog geen zorgtoeslag gekregen en de huur moet maandag betaald worden.",
         "complaint", "high"},
        {"Ik heb deze maand nog geen zorgtoeslag ontvangen. Wanneer wordt die uitbetaald?",
         "question", "normal"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The writer's own term running out: an application that must be in within days (issue 12,
 * levels: 6 such development texts, all labelled high or critical, 3 were normal). */
static void an_application_due_within_days(void **state) {
    (void)state;
    static const level_case cases[] = {
        {"Het uploaden lukt niet. Mijn aanvraag voor de kwijtschelding moet morgen binnen zijn.",
         "complaint", "high"},
        {"Ik kan niet inloggen. Mijn aanvraag verloopt vandaag.", "complaint", "high"},
        {"De deadline is donderdag en het formulier blijft hangen.", "complaint", "high"},
        {"Mijn aanvraag van maandag is goedgekeurd. Wanneer krijg ik het geld?", "question", "low"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "geweldig" stems to "geweld": violence is no joy (user check 5 of 12-02), and the
 * adjective in its forms still is. */
static void violence_is_no_joy(void **state) {
    (void)state;
    EXPECT_FIELD(("Wijkagent: melding i.v.m. huiselijk geweld op adres, 2 minderjarige kinderen "
                  "aanwezig, vader onder invloed. Z.s.m. Veilig Thuis inschakelen."),
                 "signal", "sentiment", "label", "negative");
    EXPECT_FIELD("Wat een geweldige hulp, echt geweldig!", "compliment", "sentiment", "label",
                 "positive");
}

/* A complaint is an expectation not met: negative, also told flat or with a wink (issue 12,
 * levels: 1,283 of 1,292 development complaints are labelled negative). */
static void sentiment_complaint_is_negative(void **state) {
    (void)state;
    static const char *const winks[] = {
        "Lekker logisch weer \xf0\x9f\x99\x84 het formulier vraagt om mijn oude adres.",
        "Top service weer \xf0\x9f\x91\x8d vier keer doorverbonden en niemand wist het.",
    };
    for (size_t i = 0; i < sizeof(winks) / sizeof(winks[0]); i++) {
        EXPECT_FIELD(winks[i], "complaint", "sentiment", "label", "negative");
        cJSON *d = classify(winks[i], "complaint");
        assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched"),
                              "kind: complaint (an expectation not met)"));
        cJSON_Delete(d);
    }
}

/* A suggestion's problem is what it would solve: its negative evidence counts half (issue 12,
 * round 10); its strong words still make it negative. */
static void sentiment_of_a_suggestion(void **state) {
    (void)state;
    static const char *const idea =
        "Kunnen er meer afvalbakken komen bij de Kralingse Plas? In het weekend liggen ze overvol.";
    EXPECT_FIELD(idea, "suggestion", "sentiment", "label", "neutral");
    cJSON *d = classify(idea, "suggestion");
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched"),
                          "kind: suggestion (the problem it would solve is no feeling)"));
    cJSON_Delete(d);
    EXPECT_FIELD(
        "Ik ben woedend, het is schandalig en een grof schandaal: zet er afvalbakken neer!",
        "suggestion", "sentiment", "label", "negative");
}

static void sentiment_intensity(void **state) {
    (void)state;
    cJSON *plain = classify("Ik ben boos.", NULL);
    cJSON *heel = classify("Ik ben heel boos.", NULL);
    cJSON *caps = classify("Ik ben BOOS.", NULL);
    cJSON *excl = classify("Ik ben boos!!!", NULL);
    double p = sentiment_score(plain);
    assert_true(p < 0);
    assert_true(sentiment_score(heel) < p);
    assert_true(sentiment_score(caps) < p);
    assert_true(sentiment_score(excl) < p);
    /* The intensifier is named with the word it strengthens. */
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(heel, "sentiment"), "matched"),
                          "heel boos"));
    cJSON_Delete(plain);
    cJSON_Delete(heel);
    cJSON_Delete(caps);
    cJSON_Delete(excl);
}

static void emotions_name_their_words(void **state) {
    (void)state;
    cJSON *d = classify("Ik ben woedend en ook bang dat het weer gebeurt.", NULL);
    const cJSON *emo = cJSON_GetObjectItem(d, "emotions");
    const cJSON *why = cJSON_GetObjectItem(d, "emotion_reasons");
    int anger = 0, fear = 0;
    const cJSON *it;
    cJSON_ArrayForEach(it, emo) {
        anger |= strcmp(it->valuestring, "anger") == 0;
        fear |= strcmp(it->valuestring, "fear") == 0;
    }
    assert_true(anger && fear);
    assert_true(array_has(cJSON_GetObjectItem(why, "anger"), "woedend"));
    assert_true(array_has(cJSON_GetObjectItem(why, "fear"), "bang"));
    cJSON_Delete(d);
    /* Negated: no emotion claimed. */
    d = classify("Ik ben niet boos, alleen een vraag.", NULL);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(d, "emotions")), 0);
    cJSON_Delete(d);
}

/* ------------------------------------------------------------- urgency */

static void urgency_critical_with_reasons(void **state) {
    (void)state;
    cJSON *d = classify("Er hangt een sterke gaslucht in het portiek.", NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                          "acute danger: 'gaslucht'"));
    cJSON_Delete(d);
    EXPECT_URGENCY("ik ruik hier buiten echt gas", NULL, "critical");
    EXPECT_URGENCY("Als dit zo doorgaat doe ik mezelf iets aan.", NULL, "critical");
    EXPECT_URGENCY("ik maak er een eind aan", NULL, "critical");
    EXPECT_URGENCY("Zeg tegen die ambtenaar: ik sla je kop in.", NULL, "critical");
    EXPECT_URGENCY("Morgen wordt de stroom afgesloten door de energieleverancier.", NULL,
                   "critical");
    EXPECT_URGENCY("burger belt: ontruiming morgen, deurwaarder is geweest", NULL, "critical");
    EXPECT_URGENCY("Er ligt een omgevallen boom op de weg.", NULL, "critical");
    EXPECT_URGENCY("Het peutertje van de buren is weer urenlang alleen thuis.", NULL, "critical");
    EXPECT_URGENCY("Er is brand in de schuur!", NULL, "critical");
    /* A person in acute crisis now (contract), not an illness told as a state. */
    EXPECT_URGENCY("Mijn broer is psychotisch en loopt nu midden op de weg te schreeuwen.", NULL,
                   "critical");
}

/* Danger composed from parts (issue 12, round 3): each part in any words,
 * and the look-alike that lacks a part stays calm. */
static void danger_composed_from_parts(void **state) {
    (void)state;
    /* A small child, no carer, somewhere a child comes to harm. */
    EXPECT_URGENCY("een klein meisje zit al uren huilend op het balkon, ik zie geen ouders", NULL,
                   "critical");
    EXPECT_URGENCY("Mijn peuter speelt graag alleen op het balkon, mag dat met een hoger hek?",
                   "question", "low");
    /* A threat told by its verb and the harm it names. */
    EXPECT_URGENCY("buurman dreigt hem open te snijden als hij nog een keer klaagt", NULL,
                   "critical");
    EXPECT_URGENCY("Mijn buurman dreigt een klacht in te dienen over mijn schutting.", NULL,
                   "normal");
    /* Live electricity open where people pass. */
    EXPECT_URGENCY("de elektriciteitskast staat open met het deurtje eraf, je kunt zo bij de "
                   "draden en er lopen "
                   "kinderen langs naar school",
                   NULL, "critical");
    /* Oneself gone, told with how it would be; an idiom of dying is not. */
    EXPECT_URGENCY("Soms denk ik dat iedereen beter af is als ik er niet was", NULL, "critical");
    EXPECT_URGENCY("ik ga dood van het lachen om die nieuwe prullenbakken, wat leuk!", "compliment",
                   "low");
    /* A cut-off months away, or only possible, is not within days: this week, not today. */
    EXPECT_URGENCY("Ik kreeg een brief dat mijn gas over twee maanden afgesloten kan worden als ik "
                   "niet betaal.",
                   "question", "high");
    /* The trouble is over, told to let us know: nothing to fix. */
    EXPECT_URGENCY("het stoplicht stond gisteren op knipperen maar doet het nu weer prima, wilde "
                   "het even laten weten",
                   NULL, "low");
}

/* A span of months that is no date: a baby's age or the arrears that led to the
 * cut-off. "twee maanden" in the cut-off rule's unless list, meant as the cut-off
 * months away, vetoed "Vanaf maandag sluiten ze het water af, ik heb een baby van
 * twee maanden" to normal (user check of 12-01, session 11, demo stack). */
static void a_span_of_months_is_no_cut_off_date(void **state) {
    (void)state;
    EXPECT_URGENCY("Vanaf maandag sluiten ze het water af, ik heb een baby van twee maanden.", NULL,
                   "critical");
    EXPECT_URGENCY("Ik heb 2 maanden achterstand en morgen sluiten ze het gas af.", NULL,
                   "critical");
    static const char *const later[] = {
        "Ze sluiten het gas over twee maanden af als ik niet betaal.",
        "Over 2 maanden wordt de stroom afgesloten, staat in de brief.",
        "De energieleverancier sluit binnen drie maanden af als de regeling stopt.",
    };
    expect_below_critical(later, sizeof(later) / sizeof(later[0]));
}

/* Harm threatened to a person in the plainest words (user check of 12-01, session 11:
 * "Ik ga hem wat aandoen als hij nog één keer aan mijn deur komt" was normal). "iets
 * aandoen" is also the informal "do something about": without a first person and a
 * person's pronoun it stays calm. */
static void harm_threatened_in_plain_words(void **state) {
    (void)state;
    EXPECT_URGENCY("Ik ga hem wat aandoen als hij nog één keer aan mijn deur komt.", NULL,
                   "critical");
    EXPECT_URGENCY("Als die buurman nog één keer aanbelt doe ik hem wat aan.", NULL, "critical");
    EXPECT_URGENCY("Ik zweer het, we gaan haar iets aandoen als ze weer klaagt.", NULL, "critical");
    EXPECT_URGENCY("Nog één keer en dan ga ik hem wat aandoen.", NULL, "critical");
    static const char *const calm[] = {
        "Gaan jullie daar nog iets aandoen? De stoep ligt al maanden open.",
        "Ik ga hem niks aandoen, ik wil alleen dat de herrie stopt.",
        "Kunnen jullie iets aandoen aan de overlast van de hangjongeren?",
        "Kunnen we wat aan hem doen? Hij maakt elke nacht herrie.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Throwing oneself from a height or before a train, told of oneself or another: "Meneer
 * zei aan de balie dat hij zichzelf vanavond van de Erasmusbrug gaat gooien" was normal
 * (user check of 12-01, session 11): the rules knew jumping ("springen"), not throwing
 * oneself. Throwing things is no statement about oneself. */
static void throwing_oneself_from_a_height(void **state) {
    (void)state;
    EXPECT_URGENCY("Meneer zei aan de balie dat hij zichzelf vanavond van de Erasmusbrug gaat "
                   "gooien.",
                   NULL, "critical");
    EXPECT_URGENCY("Ik gooi mezelf morgen voor de trein, het hoeft niet meer.", NULL, "critical");
    EXPECT_URGENCY("Ze zegt dat ze zich van het dak van de flat wil werpen.", NULL, "critical");
    static const char *const calm[] = {
        "Ik gooi me dit jaar helemaal op mijn studie en de brug naar werk.",
        "Hij gooit zichzelf helemaal in zijn nieuwe baan bij de gemeente.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* A gas smell told with the gas first (user check of 12-01, session 12): "het gas ruikt
 * heel sterk in mijn keuken, wat moet ik doen" and "gas ruik ik al de hele dag in huis"
 * were normal while "ik ruik gas" was critical; the rules knew the sense verb before the
 * noun only. Dutch puts the finite verb right after whatever opens the clause, so the gas
 * as subject or as the object brought forward stands right before it. A question after
 * the smell told in the writer's home, for how long, or as the writer's own smell asks
 * what to do about it ("..., wat moet ik doen?"). The gas and a smell a clause apart, a
 * question about a smell and hearsay stay below. */
static void gas_smelled_in_either_order(void **state) {
    (void)state;
    EXPECT_URGENCY("het gas ruikt heel sterk in mijn keuken, wat moet ik doen", NULL, "critical");
    EXPECT_URGENCY("het gas ruikt heel sterk in mijn keuken, wat moet ik doen?", NULL, "critical");
    EXPECT_URGENCY("gas ruik ik al de hele dag in huis", NULL, "critical");
    EXPECT_URGENCY("De gaslucht ruikt tot op de galerij.", NULL, "critical");
    EXPECT_URGENCY("Ik ruik gas in de keuken, wat moet ik doen?", NULL, "critical");
    EXPECT_URGENCY("Het gas stinkt al een uur bij ons in de hal, kan er iemand komen?", NULL,
                   "critical");
    static const char *const calm[] = {
        "Het gas werd weer duurder en de buren stoken hout, het stinkt hier elke avond.",
        "Is het normaal dat het naar gas ruikt als je de kookplaat aanzet, of moet ik bellen?",
        "Ik zag op tiktok dat gasflessen ontploffen in de zon, is dat echt zo?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* In the dark is a household's cut-off only with its home, supply or meter (user check
 * of 12-01, session 12): a compliment for a street light that works again ("ik ging bijna
 * dood van angst in het donker") and a report of a broken one ("het is 's avonds helemaal
 * in het donker") were critical as "cut-off of energy or water". A compliment is low, a
 * broken street light normal; a home cut off and in the dark stays critical. */
static void dark_streets_are_no_cut_off(void **state) {
    (void)state;
    static const char praise[] = "Bedankt! Ik ben zo blij dat de lantaarnpaal weer werkt, ik ging "
                                 "bijna dood van angst in het donker";
    cJSON *d = classify(praise, "compliment");
    const char *lvl = str_at(d, "urgency", "level");
    int crit = !lvl || strcmp(lvl, "critical") == 0;
    int cut =
        array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"), "cut-off");
    cJSON_Delete(d);
    if (crit || cut)
        fail_msg("%s: a compliment carries no cut-off", praise);
    EXPECT_URGENCY("De lantaarnpaal in de Kerkstraat is kapot, het is s avonds helemaal in het "
                   "donker",
                   "report", "normal");
    EXPECT_URGENCY("De straatverlichting heeft geen stroom, de hele stoep is in het donker.",
                   "report", "normal");
    EXPECT_URGENCY("Gisteren is de stroom afgesloten en nu zitten we in het donker", NULL,
                   "critical");
    EXPECT_URGENCY("We zitten thuis in het donker met de kinderen, de stroom is eraf.", NULL,
                   "critical");
}

static void expect_suicidal(const char *text, const char *family, const char *words);

/* A kill verb's object says whose crisis it is (user check of 12-01, session 12): "mijn
 * buurman zegt hij gaat zijn vrouw doodmaken" was given "suicidal statement" and the 113
 * referral, and "ik denk om mij dood maken" a "threat of violence" beside it. Another
 * person as the object, or the writer as another's: a threat, no suicidal reason, no 113.
 * The writer's own self as the object: suicidal, no threat. Both stay critical. */
static void killing_is_named_by_whom_it_is_done_to(void **state) {
    (void)state;
    static const char *const threats[] = {
        "mijn buurman zegt hij gaat zijn vrouw doodmaken, ik hoor geschreeuw",
        "Ik ga hem doodmaken als hij nog één keer aan mijn auto komt.",
        "Hij zegt dat hij mij dood gaat maken.",
        "Ik ben bang dat hij mij doodmaakt.",
    };
    for (size_t i = 0; i < sizeof(threats) / sizeof(threats[0]); i++) {
        cJSON *d = classify(threats[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        const char *lvl = str_at(d, "urgency", "level");
        const char *advice = str_at(d, "urgency", "advice");
        if (!lvl || strcmp(lvl, "critical") != 0 || !array_has(reasons, "threat of violence") ||
            array_has(reasons, "suicidal") || (advice && strstr(advice, "113"))) {
            char *r = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
            print_error("%s\n  got %s\n", threats[i], r);
            free(r);
            cJSON_Delete(d);
            fail_msg("must be critical as a threat, not suicidal");
        }
        cJSON_Delete(d);
    }
    static const char *const own[] = {
        "Ik wil niet meer leven, ik denk om mij dood maken want niemand luister naar mij",
        "ik denk om mij dood maken",
        "Ik ga mezelf doodmaken, niemand zal me missen.",
    };
    for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++) {
        cJSON *d = classify(own[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (array_has(reasons, "threat of violence")) {
            cJSON_Delete(d);
            fail_msg("%s: one's own end is no threat of violence", own[i]);
        }
        cJSON_Delete(d);
        expect_suicidal(own[i], "", "dood");
    }
}

/* Acts-today a user check told in ordinary words (12-01, session 11) that came out
 * below critical: a pool's fence broken where toddlers walk ("zwembadhek", a compound,
 * and "peuters"), a high-voltage cable on the street after a storm, the bailiff at the
 * door tomorrow to put a family out (high: the date and "te zetten" lay beyond the
 * eviction rule's window). Months away, or threatened, stays below. */
static void acts_today_in_ordinary_words(void **state) {
    (void)state;
    EXPECT_URGENCY("Morgen staat de deurwaarder voor de deur om ons uit huis te zetten.", NULL,
                   "critical");
    EXPECT_URGENCY("Het zwembadhek is kapot en er lopen peuters rond bij het diepe bad.", NULL,
                   "critical");
    EXPECT_URGENCY("Er ligt een hoogspanningskabel op straat na de storm.", NULL, "critical");
    static const char *const calm[] = {
        "Het tuinhek van het speeltuintje piept, kan er wat olie op?",
        "Wanneer komt de glasvezelkabel in onze straat?",
        "De deurwaarder komt over twee maanden om ons uit huis te zetten.",
        "Ze dreigen ons uit huis te zetten.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

static void urgency_near_misses_are_not_critical(void **state) {
    (void)state;
    EXPECT_URGENCY("Het gas is weer aangesloten, dank.", NULL, "normal");
    EXPECT_URGENCY("De boom in het park is mooi gesnoeid.", NULL, "normal");
    EXPECT_URGENCY("Ik ruik geen gas meer sinds de monteur er was.", NULL, "normal");
    EXPECT_URGENCY("De weg is afgesloten wegens de markt.", NULL, "normal");
    EXPECT_URGENCY("De lampen branden overdag, zonde.", NULL, "normal");
    EXPECT_URGENCY("De brandgang ligt vol rommel.", NULL, "normal");
    EXPECT_URGENCY("Ik ben alleen thuis overdag, kan de monteur dan komen?", NULL, "normal");
    EXPECT_URGENCY("Mijn gegevens zijn misbruikt door een webshop.", NULL, "normal");
    EXPECT_URGENCY(
        "Mijn zoon was vorig jaar psychotisch, nu gaat het beter; hoe vraag ik begeleiding aan?",
        NULL, "normal");
}

/* Issue 12, round 10: danger, threats and violence by class, and the classes
 * behind false critical flags (past told by its distance or year, hearsay from
 * a broadcaster, a consequence asked about, planned works, a structure closed
 * off, figures of speech). Each critical has look-alikes that stay below. */
static void urgency_round10_danger_and_threats(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Er wordt op dit moment geschoten bij de snackbar, ik hoorde schoten",
        "Mijn ex staat voor de deur terwijl hij een huisverbod heeft",
        "Een man met een bijl slaat de ruit van het buurthuis in, er zijn kinderen binnen",
        "als hij me nog eens zo behandelt wacht ik hem op na zijn dienst",
        "Er liggen spuiten in de zandbak op het schoolplein",
        "Er ligt kapot asbest bij de sloop en de kinderen spelen er tussen",
        "Olie op de rotonde, er zijn al twee fietsers onderuit gegaan",
        "Er staan lekkende vaten naast het schoolplein, het stinkt",
        "Zoon ligt met koolmonoxidevergiftiging in het ziekenhuis, de ketel is dezelfde",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const below[] = {
        "In 2018 was er brand in onze flat, is het onderzoek al klaar?",
        "Drie jaar geleden ben ik ontruimd, ik wil mijn oude dossier inzien",
        "Kan een betalingsachterstand leiden tot ontruiming?",
        "Ik kan wel ontploffen van die wachtrij",
        "Ik dacht dat ik een hartaanval kreeg toen ik de aanslag zag",
        "Op Rijnmond zeiden ze dat er een schietpartij was in Zuid, klopt dat?",
        "Het water is donderdag afgesloten vanwege werkzaamheden aan de leiding",
        "Het kapotte klimrek is nu afgezet met lint, wanneer wordt het gemaakt?",
        "Er zijn weken geleden schoten gelost in onze straat, komt er cameratoezicht?",
        "Ik heb een contactverbod aangevraagd tegen mijn ex, hoe lang duurt dat?",
        "De naaldbomen in het park verliezen veel naalden op het fietspad",
        "Het asbestdak van de schuur wordt volgende maand gesaneerd, moet ik iets doen?",
        "Ik wacht op je antwoord over de vergunning, graag voor vanavond.",
        "ik wacht je reactie op mijn brief af, het is toch je werk",
        "Mijn buurman heeft vorig jaar gedreigd met een mes, dat is toen afgehandeld",
        "de lantaarnpaal brandt al een week niet meer",
    };
    expect_below_critical(below, sizeof(below) / sizeof(below[0]));
    /* The agent's "spoed" is critical with a danger or a person at stake in the note,
     * else the agent's own priority of a case: high. "Levensgevaarlijk" counts with the
     * people or traffic it threatens, not alone as a figure. */
    EXPECT_URGENCY("mdw: dhr meldt gaslucht in portiek, met spoed doorgezet naar netbeheerder",
                   NULL, "critical");
    EXPECT_URGENCY("dhr belt, aanvraag kwijtschelding loopt al maanden, spoed doorgezet naar "
                   "belastingen",
                   NULL, "high");
    EXPECT_URGENCY("Het zebrapad is bijna weg, levensgevaarlijk voor de kinderen", NULL,
                   "critical");
    static const char *const figures[] = {
        "Levensgevaarlijk die hondenpoep op het plein, je glijdt erover uit!",
        "Het is oorlog op de stoep met die deelscooters, levensgevaarlijk gewoon!!",
        "De rotonde is levensgevaarlijk, auto's rijden veel te hard",
    };
    expect_below_critical(figures, sizeof(figures) / sizeof(figures[0]));
    /* Structures failing in ordinary words where people pass, ice cracking under
     * people, fouled water drunk, smoking by gas bottles indoors, a thing on a
     * carriageway, a fall with no way up, out of the house on a near day, a blow
     * threatened to a face, the water mains cut off on a near day. */
    static const char *const more[] = {
        "De vlonder bij de vijver trilt en er mist een plank, mijn kind stapte er bijna doorheen",
        "De muren van het sloophuis kunnen elk moment omvallen en jongeren klimmen erin",
        "Er zitten mensen op het ijs van de plas en je hoort het kraken",
        "Het kraanwater is bruin, mijn zoon heeft ervan gedronken en moet overgeven",
        "In de kelderbox rookt iemand naast de gasflessen",
        "Er ligt een balk midden op de rijbaan van de snelweg, auto's remmen op het laatste moment",
        "Ik ben 81, gevallen in de keuken en kom niet overeind",
        "De deurwaarder zegt dat ik donderdag uit huis moet met mijn kinderen",
        "ik sla hem nog eens op zijn bek als hij me weer zo aanspreekt",
        "Mijn buurman heeft net zijn vrouw geslagen, ik hoor haar gillen",
        "Er rijdt een auto tegen het verkeer in op de Maasboulevard",
        "Die vent van de overkant zei dat hij mijn hond gaat vergiftigen en mij erbij",
        "Op de A16 ligt een matras op de linkerbaan",
        /* Classes of development 9 (a new writer), in words of the test's own. */
        "Bij de buren gilt een vrouw help en ik hoor klappen",
        "Hij schreef: jij komt vanavond niet heel thuis",
        "ik weet waar jullie kantoor is, ik kom straks langs",
        "In het portiek ruikt het naar rotte eieren bij de meterkast",
        "Ik kreeg een schok toen ik de kraan in de keuken aanraakte",
        "Uit de stroomkast op de hoek komen vonken en flitsen",
        "Het rioolwater komt uit de wc omhoog, mijn vader van 85 kan niet weg",
        "De lampen op het kruispunt zijn allemaal uit, het is spits",
        "Mijn zoontje van 5 is kwijt in het winkelcentrum, we zoeken al een half uur",
        "dhr duizelig en misselijk, het kastje in de gang piept",
        "Het gas gaat morgen dicht volgens de brief, ik heb een baby",
        "Het plafond van de badkamer zakt door en kraakt, mijn zoon slaapt eronder",
        "De afsluiting van de waterleiding is maandag en mijn man moet thuis dialyseren",
    };
    expect_critical(more, sizeof(more) / sizeof(more[0]));
    static const char *const calm[] = {
        "Het bankje in het park is wat scheef gezakt, kunnen jullie het rechtzetten?",
        "De loopbrug in het park trilt een beetje als je loopt",
        "Het water uit de kraan is een beetje troebel, is het te drinken?",
        "Ik rook weleens een sigaret naast de gasfles van de bbq",
        "Er ligt een steen op de stoep, graag weghalen",
        "Ik moet volgende week het huis uit voor de verbouwing, waar kan ik mijn spullen opslaan?",
        "Er wordt gewerkt aan de waterleiding, maandag afsluiting van 9 tot 12",
        "Er staat een file op de linkerbaan van de A20, ik kom te laat",
        "Kan ik mijn auto op de vluchtstrook laten staan als hij kapot is?",
        "Mijn telefoon ontploft van de berichten",
        "Ik werd bijna vermoord door die wachtrij",
        "De hele straat staat in brand over het nieuwe parkeerbeleid",
        "De gaslucht van vanochtend is weg, het lek is dicht en alles is veilig",
        "Ontruiming over drie weken, kan ik uitstel krijgen?",
        "De rook uit de schoorsteen van de bakker stinkt",
        "Mijn dochter is haar telefoon kwijt, we zoeken al een uur",
        "Mijn zoon was even kwijt op de markt maar na tien minuten hebben we hem gevonden",
        "De bibliotheek gaat morgen dicht, kan ik daar nog water tappen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Found trying the pipeline as a user (issue 12): a threat against a child told with its
 * verb split ("iets gaat aandoen"), and losing one's home weeks away, which is this week's
 * work (high), not today's and not the regular process. */
static void urgency_threat_split_and_eviction_weeks_away(void **state) {
    (void)state;
    EXPECT_URGENCY("Die man van de overkant zegt steeds dat hij mijn zoon iets gaat aandoen als "
                   "hij hem weer op straat ziet.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn huisbaas heeft gezegd dat ik over 3 weken eruit moet, ik weet niet waar "
                   "ik heen moet met de kinderen.",
                   NULL, "high");
    EXPECT_URGENCY("Mw. brengt brief van woningcorporatie: vonnis, ontruiming over 3 weken.", NULL,
                   "high");
    EXPECT_URGENCY("Ontruiming over drie weken, kan ik uitstel krijgen?", NULL, "high");
    /* the law asked about, the news, the past: no eviction of this person now */
    static const char *const not_high[] = {
        "Wanneer mag een woningcorporatie ontruimen als de huur over een maand niet betaald is?",
        "De ontruiming van het kraakpand is volgende maand, las ik in de krant.",
        "Mijn buurman zegt dat hij de schutting volgende maand gaat verven.",
    };
    expect_below(not_high, sizeof(not_high) / sizeof(not_high[0]), "high");
}

/* Issue 12, methods rather than phrases: a negation negates its own clause, not the
 * words between two parts of a term; a short sentence after a danger may veto it; a
 * vulnerable person is a part of danger, not time pressure. */
static void urgency_negation_scope_and_followup_veto(void **state) {
    (void)state;
    /* "niemand" negates the pruning in its clause, not the tree on the road */
    EXPECT_URGENCY("Een boom die niemand snoeide, ligt nu op de weg.", NULL, "critical");
    static const char *const denied[] = {
        "Er ligt geen boom op de weg.",
        "De boom ligt niet op de weg maar in het gras.",
        /* the veto in the short sentence after the danger */
        "Er lag vanochtend een boom op de weg. Inmiddels opgelost.",
        "Er lag een boom over de weg bij de school. Dat was vorig jaar.",
    };
    expect_below_critical(denied, sizeof(denied) / sizeof(denied[0]));
    /* a short sentence after that asks when it ends says it has not */
    EXPECT_URGENCY("Er is een gaslek in onze flat. Wanneer wordt het opgelost?", NULL, "critical");
    /* a long sentence after tells something of its own: its veto stays there */
    EXPECT_URGENCY("Er ligt nu een boom op de weg bij de school. De vorige keer was het pas na "
                   "twee dagen opgelost.",
                   NULL, "critical");
    /* past, resolved, told about: said of the whole sentence, but not of what follows a
     * "maar" after it; a "maar" before the veto does not stop it */
    static const char *const settled[] = {
        "Er hing een sterke gaslucht in het trappenhuis van onze flat, de storingsdienst is "
        "direct gekomen en alles is weer veilig.",
        "Er lag een boom op de weg, maar die is al weggehaald.",
    };
    expect_below_critical(settled, sizeof(settled) / sizeof(settled[0]));
    EXPECT_URGENCY("Het gaslek van vorige week is gerepareerd, maar nu ruik ik weer gas in de "
                   "keuken.",
                   NULL, "critical");
    /* a danger named as known ("De rook") is the one the sentence before told of */
    static const char *const known[] = {
        "Mijn buurman stookt elke avond zijn open haard. De rook komt via het raam binnen.",
    };
    expect_below_critical(known, sizeof(known) / sizeof(known[0]));
    EXPECT_URGENCY("Mijn buurman stookt elke avond zijn open haard. Er komt nu rook onder de deur "
                   "van de meterkast.",
                   NULL, "critical");
    /* a structure broken for days or weeks is a repair, not today's danger */
    EXPECT_URGENCY(
        "Het hek bij de speeltuin hangt sinds vanochtend los, de kinderen spelen ernaast.", NULL,
        "critical");
    static const char *const standing[] = {
        "Het hek bij de speeltuin hangt al weken los, de kinderen spelen ernaast.",
    };
    expect_below_critical(standing, sizeof(standing) / sizeof(standing[0]));
}

/* Issue 12, levels (theme21): the press or the council told already or asked to question us,
 * the College voor de Rechten van de Mens taken a case to, and contacts counted by what became
 * of them (ignored, an application handed in again): act this week. Told nothing, the police
 * informed, a way to ask a council member, or a code asked again three times stay below. */
static void round_31_press_council_and_contacts(void **state) {
    (void)state;
    static const char *const high[] = {
        "Wij hebben ook de redactie van het Dagblad ingelicht over deze vergunning.",
        "Wij hebben de fracties en de regionale omroep ingelicht, want de subsidie komt niet.",
        "Ik heb raadslid De Vries gevraagd vragen te stellen over de kapotte stoep.",
        "De fractie stelt nu raadsvragen over ons buurthuis.",
        "Onze zorgen over de drempel zijn al drie keer genegeerd.",
        "Hij heeft al drie keer een aanvraag ingediend en die is steeds zoek.",
        ("Ik schakel het College voor de Rechten van de Mens in, want uw formulier werkt niet met "
         "mijn voorleesprogramma."),
    };
    for (size_t i = 0; i < sizeof(high) / sizeof(high[0]); i++)
        EXPECT_URGENCY(high[i], "complaint", "high");
    EXPECT_URGENCY("Niemand heeft ons ingelicht over de werkzaamheden.", "complaint", "normal");
    EXPECT_URGENCY("De politie is ingelicht over de inbraak in de schuur.", "complaint", "normal");
    EXPECT_URGENCY("Hoe kan ik een raadslid vragen stellen over mijn straat?", "question", "low");
    EXPECT_URGENCY("Drie keer een nieuwe inlogcode aangevraagd en die komt nooit.", "complaint",
                   "normal");
}

/* Issue 12, levels (theme21): the writer's own term to act gone by, asked after or talked
 * about is a problem to handle, not our term overrun, which stays high. */
static void round_31_own_terms(void **state) {
    (void)state;
    static const char *const below[] = {
        ("Ik woon naast de nieuwe garage. De termijn voor bezwaar is voorbij omdat niemand het ons "
         "vertelde."),
        "Notitie: mw. wil de WOZ laten herzien, uitgelegd dat de bezwaartermijn verlopen is.",
        "Ik kreeg verkeerde informatie over de termijn voor bezwaar en ben nu te laat.",
        ("Mijn zoon is vorige week geboren maar we waren ziek. Is de termijn voor de aangifte al "
         "verstreken?"),
    };
    expect_below(below, sizeof(below) / sizeof(below[0]), "high");
    EXPECT_URGENCY("De beslistermijn op mijn bezwaar is verstreken, ik stel u in gebreke.",
                   "complaint", "high");
    EXPECT_URGENCY("Mijn klacht is van februari. Inmiddels is de termijn van zes weken verstreken.",
                   "complaint", "high");
}

/* Issue 12, levels (theme21): a record of ours that still shows what is no longer so (an
 * address left, a person registered who moved away, a bill in the name of one who died) is ours
 * to correct: a problem to handle, asked as a question too. How to register, a monument's
 * listing or a couch on the pavement are no record of this person. */
static void round_31_a_record_out_of_date(void **state) {
    (void)state;
    static const char *const normal[] = {
        "Ik ben verhuisd, maar mijn adres staat nog op het oude. Hoe kan dat?",
        ("Mijn oom staat nog ingeschreven op ons adres maar woont in Portugal. Hoe schrijf ik hem "
         "uit?"),
        "Mijn parkeervergunning staat nog op mijn oude adres, kan ik dat omzetten?",
        "De aanslag staat nog op naam van mijn overleden moeder. Wat moet ik doen?",
    };
    for (size_t i = 0; i < sizeof(normal) / sizeof(normal[0]); i++)
        EXPECT_URGENCY(normal[i], "question", "normal");
    EXPECT_URGENCY("Hoe schrijf ik mij in op een nieuw adres?", "question", "low");
    EXPECT_URGENCY("Staat de oude molen nog op de monumentenlijst?", "question", "low");
}

/* Issue 12, levels (theme21): where a broken or hazardous thing of one's own may go to be
 * disposed of is a plain question: its "kapot" or "gevaarlijk" is the waste, not a problem of
 * ours. A pick-up missed or the disposal site's own barrier broken stays a problem to handle. */
static void round_31_disposal_asked(void **state) {
    (void)state;
    EXPECT_URGENCY("Mag een kapotte stofzuigeraccu bij het klein chemisch afval?", "question",
                   "low");
    EXPECT_URGENCY("Hoe lever ik die gevaarlijke verfblikken in bij de gemeente?", "question",
                   "low");
    EXPECT_URGENCY("Mag een kapotte tuinstoel bij het grofvuil?", "question", "low");
    EXPECT_URGENCY("Mijn grofvuil is niet opgehaald, wanneer komen jullie?", "question", "normal");
    EXPECT_URGENCY("De slagboom van de milieustraat is kapot, wanneer wordt die gemaakt?",
                   "question", "normal");
}

/* Issue 12, levels (theme21): a note that sets what follows this week, asked by the person or
 * set by the agent, asks to act this week (high); an errand of one's own this week does not. */
static void round_31_followed_up_this_week(void **state) {
    (void)state;
    EXPECT_URGENCY(
        "Balie: dhr. kan zijn formulier niet invullen, raakt in paniek. Vraagt deze week "
        "iemand die meekijkt.",
        "complaint", "high");
    EXPECT_URGENCY(
        "Notitie: mw. boos over de brief, doorgezet naar de teamleider, deze week reactie.",
        "complaint", "high");
    EXPECT_URGENCY("Mw. klaagt over de galerij. Buurtconciërge inschakelen deze week.", "complaint",
                   "high");
    EXPECT_URGENCY("Kan ik deze week mijn nieuwe paspoort ophalen?", "question", "low");
}

/* Issue 12, levels (theme22): left without money told as a state, and one who cannot read the
 * letters with no one to help, are vulnerable people without help (high); a count that the
 * writer says is the problem's, not their contacts', is no third contact; whether a thing is
 * dangerous, asked, tells no problem (low). */
static void round_32_without_help_and_asked_danger(void **state) {
    (void)state;
    EXPECT_URGENCY("Door een fout in de administratie zit mijn oom sinds maandag zonder geld.",
                   "complaint", "high");
    EXPECT_URGENCY("Balie: dhr. (laaggeletterd) snapt de brieven over zijn huur niet. Geen hulp "
                   "thuis.",
                   "complaint", "high");
    EXPECT_URGENCY("Mijn buurvrouw leest slecht, kunnen de brieven in eenvoudige taal?",
                   "suggestion", "low");
    EXPECT_URGENCY(
        "De vuilniswagen slaat onze straat voor de vierde keer over, maar ik heb het pas "
        "een keer gemeld.",
        "complaint", "normal");
    EXPECT_URGENCY("De vuilniswagen slaat onze straat over, ik heb het al vier keer gemeld.",
                   "complaint", "high");
    EXPECT_URGENCY("Mijn dochter maakt een werkstuk over rupsen. Zijn de eikenprocessierupsen in "
                   "het park gevaarlijk?",
                   "question", "low");
    EXPECT_URGENCY("Is die oversteek echt zo gevaarlijk als iedereen zegt?", "question", "low");
    EXPECT_URGENCY("De oversteek bij de school is gevaarlijk, kan er een zebrapad komen?",
                   "question", "normal");
}

/* Issue 12, levels (theme22): what the person wants done this week is act this week (high); the
 * writer's own errand this week is not. Whether one must pay twice or pay back, asked with the
 * verb first, asks a rule (low); told, it stays a problem. */
static void round_32_wanted_this_week_and_asked_payments(void **state) {
    (void)state;
    EXPECT_URGENCY("Tel.notitie: mw. belt over de kapotte bank in het park bij haar flat. Wil deze "
                   "week een oplossing.",
                   "complaint", "high");
    EXPECT_URGENCY("Ik wil deze week mijn rijbewijs ophalen bij de balie, welke papieren moet ik "
                   "meenemen?",
                   "question", "low");
    EXPECT_URGENCY("Moet ik de huurtoeslag terugbetalen als ik ga samenwonen?", "question", "low");
    EXPECT_URGENCY(
        "Betaal ik nu twee keer afvalstoffenheffing, voor mijn huis en mijn zomerhuisje?",
        "question", "low");
    EXPECT_URGENCY("Ik heb de aanslag twee keer betaald, hoe krijg ik het geld terug?", "question",
                   "normal");
}

/* Round 33's level misses by class (issue 12, theme23): who will act this week asked by the act,
 * the case sent on to the press or council members already, a watchdog outside us, a night in a
 * car told with the verb last; and what stays below: a letter sent to the mayor, a board asked
 * about, a car slept in on a holiday told as a plan of one's own. */
static void round_33_sent_on_watchdogs_and_who_acts(void **state) {
    (void)state;
    EXPECT_URGENCY("De verwarming in de flat van mijn oom is al tien dagen kapot en hij is 90. Wie "
                   "regelt er deze week een monteur?",
                   "complaint", "high");
    EXPECT_URGENCY("De brug bij ons dorp staat al maanden open. Ik heb de foto's gemaild naar de "
                   "redactie van het streekblad.",
                   "complaint", "high");
    EXPECT_URGENCY("Het speelveld is nog steeds niet gemaaid. Ik heb mijn klacht doorgestuurd naar "
                   "drie raadsleden.",
                   "complaint", "high");
    EXPECT_URGENCY("Mijn nieuwe adres stond op de brief aan de buren. Ik dien een klacht in bij de "
                   "Autoriteit Persoonsgegevens.",
                   "complaint", "high");
    EXPECT_URGENCY("De wijkagent zegt dat mijn buurman al weken zijn huis uit is en dat hij nu "
                   "in een auto slaapt op het parkeerterrein.",
                   "signal", "high");
    EXPECT_URGENCY("Ik heb vorige maand een brief gestuurd naar de wethouder over het "
                   "buurtfeest, wanneer krijg ik antwoord?",
                   "question", "low");
    EXPECT_URGENCY("Valt een kleine verloting in de sporthal onder de Kansspelautoriteit?",
                   "question", "low");
}

/* Round 34's level misses by class (issue 12, theme24): the press announced in a desk note
 * ("kondigt pers aan": the press as what is announced, between the verb and its particle) and
 * a regional paper by its generic name; the press that announces a thing stays below. */
static void round_34_press_announced_in_a_note(void **state) {
    (void)state;
    EXPECT_URGENCY("Dhr. aan de balie over zijn parkeervergunning, hij hoort niets. Kondigt de "
                   "krant aan. Teamleider belt terug.",
                   "complaint", "high");
    EXPECT_URGENCY("Mw. boos over de bladeren die niemand ruimt. Kondigde de pers aan.",
                   "complaint", "high");
    EXPECT_URGENCY("Het gat in de weg ligt er al een half jaar. Anders stap ik naar de Haagsche "
                   "Courant.",
                   "complaint", "high");
    EXPECT_URGENCY("De krant kondigde gisteren nieuwe tarieven voor de parkeervergunning aan, "
                   "klopt dat?",
                   "question", "low");
    EXPECT_URGENCY("De wethouder kondigt in de krant een nieuw speelveld aan, wanneer komt het?",
                   "question", "low");
}

static void urgency_high_and_low(void **state) {
    (void)state;
    EXPECT_URGENCY("Ik heb grote schulden en geen eten meer in huis.", NULL, "high");
    EXPECT_URGENCY("Ik stap naar de Nationale ombudsman.", NULL, "high");
    EXPECT_URGENCY("Mijn advocaat neemt contact met u op.", NULL, "high");
    EXPECT_URGENCY("Ik ga hiermee naar de krant.", NULL, "high");
    /* A disability with a barrier is a problem to handle; without help it is high. */
    EXPECT_URGENCY(
        "De stoep voor de bibliotheek is versperd door fietsen, met mijn rollator moet ik "
        "de weg op.",
        "complaint", "normal");
    EXPECT_URGENCY("Mijn vader zit in een rolstoel en de lift is al drie weken stuk. Hij komt niet "
                   "meer buiten en niemand helpt.",
                   "complaint", "high");
    /* The agent asks for a visit this week or passes it on with priority: act this week. */
    EXPECT_URGENCY("Notitie: meneer belt over zijn buurvrouw, de post stapelt zich op in de bus. "
                   "Wijkteam gevraagd deze week langs te gaan.",
                   "signal", "high");
    EXPECT_URGENCY("Mevrouw klaagt over de late beschikking van haar traplift. Met prio doorgezet "
                   "naar de behandelaar.",
                   "complaint", "high");
    /* A threat with the press told by the agent (issue 12, levels). */
    EXPECT_URGENCY("Meneer dreigt met de pers als zijn fiets niet vandaag terug is uit het depot.",
                   "complaint", "high");
    /* An intermediary's report read for the person it is about: frail and no one near. */
    EXPECT_URGENCY("Notitie: beller belt namens haar buurman (86, slechtziend). Hij heeft geen "
                   "familie in de buurt, het afval blijft in de schuur staan.",
                   "signal", "high");
    EXPECT_URGENCY("Ik heb geen schulden, alleen een vraag.", NULL, "normal");
    /* A person who stopped fending for himself since his carer went, in a social worker's
     * note (a user check of 12-01: normal); the same worker's client whose home care stopped
     * was high already. A shop shut for a day, or a partner admitted and a practical
     * question, is not that. */
    EXPECT_URGENCY("Cliënt (dhr. R. Baldewsingh, 67) is bij mij bekend via het wijkteam. Zijn "
                   "vrouw Shanti is vorige week opgenomen. Hij heeft sindsdien geen boodschappen "
                   "gedaan. Contact via mij.",
                   "signal", "high");
    EXPECT_URGENCY("Cliënte (mevr. De Wit, 82) is bij ons bekend. De thuiszorg is gestopt en ze "
                   "eet amper.",
                   "signal", "high");
    EXPECT_URGENCY("Ik heb gisteren geen boodschappen gedaan want de supermarkt was dicht door de "
                   "storing.",
                   "complaint", "normal");
    EXPECT_URGENCY("Balie: mevrouw huilend, haar man is net opgenomen, weet niet hoe ze thuis "
                   "alleen verder moet, kan niet autorijden.",
                   "signal", "normal");
    /* Past the Awb's six weeks for a complaint; a notice of default. */
    EXPECT_URGENCY("Ik heb acht weken geleden een klacht ingediend en nog niets gehoord.", NULL,
                   "high");
    EXPECT_URGENCY("Hierbij stel ik u in gebreke voor het niet tijdig beslissen op mijn aanvraag.",
                   NULL, "high");
    EXPECT_URGENCY("Ik heb vorige week een klacht ingediend, wanneer hoor ik iets?", NULL,
                   "normal");
    EXPECT_URGENCY("Complimenten voor de snelle hulp!", "compliment", "low");
    EXPECT_URGENCY("Suggestie: een bankje bij de bushalte.", "suggestion", "low");
    /* Praise beside a problem is not low. */
    EXPECT_URGENCY("Bedankt, maar de container is nog steeds kapot en het stinkt.", "compliment",
                   "normal");
    /* The kind bounds the level (issue 12, levels): thanks for a problem solved, an idea with
     * the problem it would solve, a question with what it asks about told in its words are
     * low; what a rule finds critical stays critical. */
    EXPECT_URGENCY("De man van de woningbouw heeft de kapotte voordeur binnen een dag gemaakt, "
                   "heel fijn!",
                   "compliment", "low");
    EXPECT_URGENCY("Idee: zet een tweede glasbak neer, de huidige is elk weekend vol en kapot.",
                   "suggestion", "low");
    EXPECT_URGENCY("Mijn vader is vorige week overleden. Wat moet ik allemaal regelen bij de "
                   "gemeente?",
                   "question", "low");
    EXPECT_URGENCY("Dank voor de snelle reactie gisteren, maar nu ruik ik weer een sterke "
                   "gaslucht in de hal!",
                   "compliment", "critical");
    /* A question told beside its problem solved or a thanks: the problem is handled. */
    cJSON *solved = classify("Gisteren was er een storing bij het inloggen, nu doet alles het "
                             "weer. Kan ik mijn aanvraag van gisteren nog indienen?",
                             "question");
    assert_string_equal(str_at(solved, "urgency", "level"), "low");
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(solved, "urgency"), "reasons"),
                          "kind: question (its problem is solved)"));
    cJSON_Delete(solved);
    EXPECT_URGENCY("Balie: mevrouw kon haar afvalpas niet vinden, kwijt sinds de verhuizing. "
                   "Nieuwe pas aangevraagd, tevreden.",
                   "question", "low");
    EXPECT_URGENCY("Gisteren was er een storing bij het inloggen en het werkt nog steeds niet. Kan "
                   "ik mijn aanvraag per post sturen?",
                   "question", "normal");
    /* A plain information question is low (contract.md); one that names a
     * problem, or is asked in anger, is not. */
    cJSON *d = classify("Wanneer is de milieustraat open?", "question");
    assert_string_equal(str_at(d, "urgency", "level"), "low");
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                          "kind: question without a problem"));
    cJSON_Delete(d);
    EXPECT_URGENCY("Mijn container is al twee weken niet geleegd, wanneer komen jullie?",
                   "question", "normal");
    EXPECT_URGENCY("Waarom duurt het zo belachelijk lang, schandalig!", "question", "normal");
    d = classify("De lantaarnpaal doet het niet.", "report");
    assert_true(array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"),
                          "a problem to handle: 'doet het niet'"));
    cJSON_Delete(d);
}

/* -------------------------------------------- suicidal statements (issue 18) */

/* Every phrasing of tests/data/eval/suicidal-dev.jsonl: a statement of
 * suicidal intent or self-harm (about the writer or someone else, alone or
 * inside a long letter) is critical, names its family in the reason and
 * carries the 113 referral; an idiom that only sounds like one stays calm. */
static void suicidal_statements_are_critical_idioms_are_not(void **state) {
    (void)state;
    FILE *f = fopen(LL_SOURCE_DIR "/tests/data/eval/suicidal-dev.jsonl", "r");
    assert_non_null(f);
    static char line[16384];
    int n_crit = 0, n_calm = 0, lineno = 0, failed = 0;
    while (fgets(line, sizeof(line), f)) {
        lineno++;
        cJSON *row = cJSON_Parse(line);
        const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
        const cJSON *want = cJSON_GetObjectItem(row, "critical");
        assert_non_null(text);
        assert_true(cJSON_IsBool(want));
        cJSON *d = classify(text, NULL);
        const cJSON *u = cJSON_GetObjectItem(d, "urgency");
        const char *level = str_at(d, "urgency", "level");
        const char *advice = str_at(d, "urgency", "advice");
        const cJSON *reasons = cJSON_GetObjectItem(u, "reasons");
        if (cJSON_IsTrue(want)) {
            n_crit++;
            if (strcmp(level, "critical") != 0 ||
                !(array_has(reasons, "suicidal statement: ") ||
                  array_has(reasons, "self-harm: ")) ||
                !advice || !strstr(advice, "113") || !strstr(advice, "0800-0113")) {
                char *r = cJSON_PrintUnformatted(u);
                print_error(
                    "line %d must be critical with a family and the 113 referral: %s\n  got %s\n",
                    lineno, text, r);
                free(r);
                failed++;
            }
        } else {
            n_calm++;
            if (strcmp(level, "critical") == 0 || advice) {
                char *r = cJSON_PrintUnformatted(u);
                print_error("line %d must stay calm: %s\n  got %s\n", lineno, text, r);
                free(r);
                failed++;
            }
        }
        cJSON_Delete(d);
        cJSON_Delete(row);
    }
    fclose(f);
    assert_true(n_crit >= 40);
    assert_true(n_calm >= 20);
    assert_int_equal(failed, 0);
}

/* The reason says which family, so the team knows what it reads. */
static void suicidal_reason_names_the_family(void **state) {
    (void)state;
    static const struct {
        const char *text, *family;
    } cases[] = {
        {"Ik wil niet meer leven.", "suicidal statement: negated life wish: 'wil niet meer leven'"},
        {"Ik wil er zelf een eind aan gaan maken.",
         "suicidal statement: ending one's life: 'er zelf een eind aan gaan maken'"},
        {"Mijn zoon zegt dat hij dood wil.", "suicidal statement: death wish: 'dood wil'"},
        {"Niemand zal me missen.", "suicidal statement: farewell signs: 'Niemand zal me missen'"},
        {"Ze snijdt zichzelf.", "self-harm: 'snijdt zichzelf'"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = classify(cases[i].text, NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!array_has(reasons, cases[i].family)) {
            char *r = cJSON_PrintUnformatted(reasons);
            fail_msg("%s\n got  %s\n want %s", cases[i].text, r, cases[i].family);
        }
        cJSON_Delete(d);
    }
}

/* Snowball gives some unrelated words one stem; the terms are quoted where
 * that made a rule fire (tests/bench/stems.c lists them against the OpenTaal
 * word list). Each case failed before its term was quoted. */
static void stem_collisions_do_not_fire(void **state) {
    (void)state;
    EXPECT_SENTIMENT("We wandelen op zondag in het Kralingse Bos.", "neutral"); /* bos: boos */
    EXPECT_SENTIMENT("Kan ik een boom adopteren in mijn straat?", "neutral");   /* boom: bom */
    EXPECT_SENTIMENT("Ik gaf de medewerker mijn formulier.", "neutral");        /* gaf: gaaf */
    EXPECT_URGENCY("De handhaver die me aansprak legde rustig uit waar ik mocht parkeren.", NULL,
                   "normal");
    EXPECT_URGENCY("Ik zit met mijn kinderen in de vrouwenopvang na huiselijk geweld. Wanneer "
                   "krijg ik een woning?",
                   "question", "high"); /* geweld: geweldig */
    EXPECT_URGENCY(
        "steiger bij de Nieuwe Markt staat scheef, vandaag lopen er mensen over de stoep", NULL,
        "critical"); /* nieuwe: nieuws */
}

/* Letter formulas vote neither for a theme nor for the sentiment. */
static void letter_formulas_do_not_vote(void **state) {
    (void)state;
    cJSON *d = classify(
        "Geachte afdeling, wanneer wordt het oud papier opgehaald? Met vriendelijke groet, Jan",
        NULL);
    const cJSON *why = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "sentiment"), "matched");
    assert_false(array_has(why, "Geachte"));
    assert_false(array_has(why, "groet"));
    assert_string_equal(str_at(d, "sentiment", "label"), "neutral");
    cJSON_Delete(d);
}

/* The agent's handling (the taxonomy's "[- clause]"): a clause it opens does not vote
 * ("verwezen naar formulierenbrigade" is no digitaal); inside a citizen's clause only
 * the phrase is silent. */
static void handling_clause_does_not_vote(void **state) {
    (void)state;
    cJSON *d = classify("Mw. vraagt uitleg over een brief over haar huurtoeslag, verwezen naar "
                        "de formulierenbrigade.",
                        NULL);
    const cJSON *th, *why;
    /* No rule's term of the clause is a reason; the learned model reads every word of the
     * text (it learned "formulierenbrigade" from one labelled note about toeslagen) and
     * names its own words as "model: ...". */
    cJSON_ArrayForEach(th, cJSON_GetObjectItem(d, "themes"))
        cJSON_ArrayForEach(why, cJSON_GetObjectItem(th, "matched"))
            assert_false(strncmp(cJSON_GetStringValue(why), "model:", 6) != 0 &&
                         strstr(cJSON_GetStringValue(why), "formulierenbrigade"));
    assert_string_equal(str_at(d, NULL, "theme"), "inkomen");
    cJSON_Delete(d);
    EXPECT_THEME("Ik heb al drie keer uitgelegd dat de minicontainer kapot is.", "afval");
}

/* A quoted earlier e-mail (below a reply's or forward's header, or on '>' lines) votes
 * at half weight: the reply above it says what this message is about. */
static void quoted_mail_weighs_half(void **state) {
    (void)state;
    ll_classifier *c = load(tmp_file("tax.conf", "[afval]\ncontainer:2\n[parkeren]\n"
                                                 "parkeervergunning:2\n"),
                            CFG "urgency.conf");
#define REPLY "De container is kapot, al weken.\n\n"
#define EARLIER                                                                    \
    "Uw parkeervergunning is verlengd.\nDe parkeervergunning geldt een jaar.\nDe " \
    "parkeervergunning is digitaal."
    static const char *const quoted_texts[] = {
        REPLY "-----Oorspronkelijk bericht-----\n" EARLIER,
        REPLY "Op 3 mei 2026 om 10:12 schreef Gemeente Rotterdam <noreply@rotterdam.nl>:\n" EARLIER,
        REPLY "Van: Gemeente Rotterdam\nVerzonden: maandag 3 mei 2026\nAan: mij\n" EARLIER,
        REPLY "On Mon, May 3, 2026 at 10:12 AM Gemeente wrote:\n" EARLIER,
        REPLY "> Uw parkeervergunning is verlengd.\n> De parkeervergunning geldt een jaar.\n"
              "> De parkeervergunning is digitaal.",
    };
    for (size_t i = 0; i < sizeof(quoted_texts) / sizeof(quoted_texts[0]); i++) {
        cJSON *d = classify_with(c, quoted_texts[i], NULL);
        if (strcmp(str_at(d, NULL, "theme"), "afval") != 0)
            fail_msg("%s\n got %s", quoted_texts[i], str_at(d, NULL, "theme"));
        cJSON_Delete(d);
    }
    /* Not quoted: the same words outweigh the first sentence; "Van: ..." alone is no
     * header. */
    static const char *const plain_texts[] = {REPLY EARLIER, REPLY "Van: mijn buurman.\n" EARLIER};
    for (size_t i = 0; i < sizeof(plain_texts) / sizeof(plain_texts[0]); i++) {
        cJSON *d = classify_with(c, plain_texts[i], NULL);
        if (strcmp(str_at(d, NULL, "theme"), "parkeren") != 0)
            fail_msg("%s\n got %s", plain_texts[i], str_at(d, NULL, "theme"));
        cJSON_Delete(d);
    }
#undef REPLY
#undef EARLIER
    ll_classifier_free(c);
}

/* A salutation names the reader, who is nobody a rule's "with:" asks for: the demo's
 * e-mails ("Geachte heer/mevrouw, ... niet opgehaald") were a person in acute need.
 * The people the letter is about still count, in the salutation's sentence too. */
static void salutation_names_the_reader(void **state) {
    (void)state;
    EXPECT_URGENCY("Geachte heer/mevrouw,\n\nalweer niet opgehaald het grofvuil in de Dorpsweg, "
                   "ik heb maandag gebeld maar er gebeurt niks",
                   "complaint", "normal");
    EXPECT_URGENCY("Beste mevrouw, het kind is niet opgehaald bij de opvang en staat buiten.", NULL,
                   "critical");
    EXPECT_URGENCY("Geachte heer/mevrouw,\n\nmijn moeder van 84 is vermist sinds vanochtend.", NULL,
                   "critical");
    EXPECT_URGENCY("Hallo meneer, mijn buurman ligt op de grond en reageert niet.", NULL,
                   "critical");
}

/* A word of a street's name is no term: "Zwart" in "Zwart Janstraat" is no traffic light
 * out (the demo stack rated this critical, acute danger). */
static void street_names_are_no_terms(void **state) {
    (void)state;
    EXPECT_URGENCY("Het verkeerslicht op de kruising bij de Zwart Janstraat staat steeds op rood.",
                   "complaint", "normal");
    EXPECT_URGENCY("Het verkeerslicht is zwart bij de Zwart Janstraat, auto's rijden door.", NULL,
                   "critical");
    /* The street's word before the light: it took the "&" term's place, so the light out
     * after it was missed (critical-dev7). The guard now drops it before terms pair. */
    EXPECT_URGENCY(
        "Bij de Zwart Janstraat staan de verkeerslichten al een uur op zwart, het is spits.", NULL,
        "critical");
    EXPECT_URGENCY("De verkeerslichten op de kruising staan op zwart, kinderen steken over.", NULL,
                   "critical");
}

/* Round 8: a danger asked about ("...?") or told from the media is none, with the shipped
 * rules; the same danger told is critical. Then the two lines on rules of the test's own. */
static void asked_and_told_about(void **state) {
    (void)state;
    EXPECT_URGENCY("Wanneer mag een energiebedrijf de stroom afsluiten bij een gezin met een baby?",
                   NULL, "normal");
    EXPECT_URGENCY("De deurwaarder zet ons morgen uit huis, we hebben kinderen van twee en vier.",
                   NULL, "critical");
    /* "krant" eleven words before the danger: beyond an "unless:" word's reach, inside the
     * frame's sentence. */
    EXPECT_URGENCY(
        "In de krant las ik gisteren dat er bij een flat in een andere stad van de vierde "
        "verdieping een heel balkon is ingestort.",
        NULL, "normal");
    EXPECT_URGENCY("Bij ons in de flat is een balkon ingestort, er liggen mensen onder.", NULL,
                   "critical");

    ll_classifier *c = load(CFG "taxonomy-gemeente.conf",
                            tmp_file("urgency.conf", "[critical: gas]\nasked: calm\ngaslek\n"
                                                     "[critical: brand]\nframe: krant\nbrand\n"
                                                     "[critical: kort]\nunless: krant\nrook\n"));
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"Is dit een gaslek?", "normal"},          /* asked */
        {"Is dit een gaslek ?!", "normal"},        /* the mark after spaces */
        {"Er is een gaslek. Wat nu?", "critical"}, /* told; the next sentence asks */
        {"er is een gaslek wat nu", "critical"},   /* no mark: nothing asked */
        {"Een gaslek, \"echt?\"", "normal"},       /* a quote after the mark */
        {"In de krant stond dat er in een dorp ver weg een grote brand was.", "normal"},
        {"Krant gelezen. Er is een brand in de flat.", "critical"}, /* another sentence */
        {"In de krant stond dat er gisteren in een klein dorp heel ver hier vandaan veel rook was.",
         "critical"}, /* unless: 10 */
        {"Veel rook volgens de krant", "normal"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", cases[i].text);
        assert_int_equal(ll_classify(c, d), 0);
        const char *lvl =
            cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "level"));
        if (!lvl || strcmp(lvl, cases[i].level) != 0)
            fail_msg("%s: %s, want %s", cases[i].text, lvl ? lvl : "(none)", cases[i].level);
        cJSON_Delete(d);
    }
    /* An asked or framed danger is a denied one to the danger model. */
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", "Is dit een gaslek?");
    assert_int_equal(ll_classify(c, d), 0);
    const char *keys[LL_CLASSIFY_MAX_DANGER_KEYS];
    size_t n = ll_classifier_danger_keys(c, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
    if (n != 1 || strcmp(keys[0], "denied: gas") != 0)
        fail_msg("keys %zu %s", n, n ? keys[0] : "");
    cJSON_Delete(d);
    ll_classifier_free(c);

    static const bad_urgency bad[] = {
        {"[high: a]\nasked: calm\nx\n", "bad.conf:2: rule 'a': 'asked:' is for a critical rule"},
        {"[feature: a]\nasked: calm\nx\n", "bad.conf:2: rule 'a': 'asked:' is for a critical"},
        {"[critical: a]\nasked: sometimes\nx\n",
         "bad.conf:2: asked must be 'calm' or 'counts', not 'sometimes'"},
        {"[high: a]\nfelt: calm\nx\n", "bad.conf:2: rule 'a': 'felt:' is for a critical rule"},
        {"[critical: a]\nfelt: vaak\nx\n",
         "bad.conf:2: felt must be 'calm' or 'counts', not 'vaak'"},
    };
    expect_load_errors(bad, sizeof(bad) / sizeof(bad[0]));
}

/* Issue 12, round 12, recall: danger told in ordinary words, by its parts (the shipped
 * rules). Violence in progress (a verb of harm, how, and now or seen), fire that spreads
 * (burning, a thing that burns, time or people beside), gas by its signs at a gas place,
 * English hazard words beside the Dutch, carbon monoxide by other signs, a thing on the
 * carriageway where traffic comes; each beside a look-alike that must stay calm. The
 * phrasings are written here, not taken from a development set. */
static void danger_in_ordinary_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        "bij de snackbar slaan drie mannen met knuppels op elkaar in, er ligt er een op de grond",
        "een jongen heeft zojuist een vrouw bij de keel gegrepen op het perron",
        "een groep jongeren schopt een oudere man in het park, iedereen loopt gewoon door",
        "two men are hitting each other with sticks outside the station right now",
        "de kliko naast de flat brandt al een half uur en de wind staat op de gevel",
        "in het riet langs het fietspad is het gaan branden, alles is kurkdroog",
        "in de meterkast sist iets heel hard",
        "het ruikt naar rotte eieren bij het fornuis",
        "it smells like gas in the hallway and there is a baby upstairs",
        "onze melder gaat af en mijn vrouw heeft koppijn en moet overgeven",
        "er liggen planken midden op de rijbaan, auto's moeten uitwijken",
        "er ligt een busje ondersteboven in de sloot, er zit nog iemand in",
        "de kade bij de haven geeft mee en het water stijgt in de tuinen",
        "de thuiszorg komt niet meer sinds vorige week. Mijn vader kan niet zelf eten.",
        "een bouwkraan zwaait met een betonblok boven de stoep waar mensen lopen",
        "het ruikt naar gas in de portiek en er staan jongens te roken",
        "hulp mijn buurvrouw haar gasfornuis staat aan en ze reageert niet. ze is 80",
        "de cv is al 4 dagen kapot, binnen 9 graden, mijn moeder van 92 zit onder dekens en trilt",
        "morgenvroeg worden wij uit ons huis gezet, mijn man is ziek",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "mijn buurman slaat elke ochtend de deur hard dicht",
        "de kinderen spelen met stokken in het park",
        "de straatverlichting bij de bushalte brandt al een week niet",
        "we hebben vanavond een barbecue op het balkon, mag dat?",
        "de kraan in de keuken sist een beetje",
        "it smells like fresh bread in the whole street",
        "onze melder piept, de batterij is bijna leeg",
        "er liggen planken naast de weg bij de bouwplaats",
        "de kade wordt volgend jaar opgehoogd, wanneer begint dat?",
        "de thuiszorg komt voortaan op dinsdag in plaats van maandag",
        "het gasfornuis staat aan, de soep is bijna klaar",
        "de cv is kapot en het is 15 graden binnen, wanneer komt de monteur?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, round 13 (a user's check of main, U1): a small child told by relation and age
 * ("zijn zoon van 3") alone at home, and a pit, a cellar hatch or a site fence left open where
 * toddlers play, composed from word classes; each beside look-alikes that must stay below
 * critical (a teenager at home, a pit fenced off). Phrasings of the user check and our own. */
static void small_child_home_alone_and_open_pit(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Meneer meldt dat zijn zoon van 3 alleen thuis is gelaten.",
        "Mijn buurjongen van 3 is al de hele dag alleen thuis, de ouders zijn weg.",
        "mijn dochter van vier is alleen in huis en ik kan haar moeder niet bereiken",
        "het buurmeisje van 5 is alleen achtergelaten in de woning",
        "de peuter van de buren is alleen thuis gelaten",
        ("Er staat een hek bij de bouwput aan de Hillelaan helemaal open en open kelderluiken, er "
         "spelen elke middag kleuters. Kunt u dit vandaag nog dichtmaken?"),
        "het kelderluik op de stoep staat open en er lopen steeds kinderen langs",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "mijn zoon van 13 is alleen thuis tot 17 uur",
        "mijn zoon is van 3 tot 5 uur alleen thuis",
        "Mijn dochter is alleen thuis van 3 tot half 6, ze is 12.",
        "Vanaf welke leeftijd mag mijn zoon van 8 alleen thuis blijven.",
        "de bouwput is netjes afgezet, de kinderen spelen ernaast op het veld",
        "mijn dochter van 15 blijft vanavond alleen thuis",
        "de kelderluiken bij de winkel zijn dicht en afgesloten",
        "wanneer is de open dag van de bouwplaats?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (user check 5): a body down that cannot rise, move or answer, the writer's own
 * included (the person rule took a person only by who they are, and the writer is none of
 * them); lying in bed or a chair one cannot leave each morning is care, not a fall now. */
static void a_person_down_who_cannot_rise(void **state) {
    (void)state;
    static const char *const critical[] = {
        "ik ben gevallen en kan niet opstaan, help",
        "Ik lig op de grond en kan niet meer opstaan.",
        ("Ik ben gisteren gevallen en lig nog steeds op de grond, ik kan niet opstaan. Wie kan er "
         "komen?"),
        ("Het gaat wel. Sinds gisteren lig ik op de grond in de gang, ik kom niet meer overeind, "
         "maar het is niet erg. Kunt u de huurtoeslag nakijken?"),
        "Gisteren ben ik in de badkamer gevallen en ik kom niet meer overeind.",
        "aanvulling: beller zegt dat zijn vader in de tuin is gevallen en niet meer beweegt",
        "Help, mijn moeder is bij jullie balie in elkaar gezakt en reageert niet.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    EXPECT_URGENCY(critical[3], "question", "critical");
    static const char *const calm[] = {
        "Ik lig al een week op bed met griep en kan niet opstaan, kan ik de afspraak verzetten?",
        "Ik lig in het ziekenhuis en kan niet opstaan, kan mijn zoon de aanvraag doen?",
        "Ik ben gevallen en kan niet meer opstaan zonder hulp, kan ik huishoudelijke hulp krijgen?",
        ("Sinds mijn val kan ik niet meer zelf opstaan uit mijn stoel, kan ik een sta-op-stoel "
         "krijgen?"),
        "Wat moet ik doen als ik val en niet meer kan opstaan? Kan ik een alarmknop krijgen?",
        "Ik ben vorige week gevallen en kon niet opstaan, de thuiszorg kwam pas na drie uur.",
        "De slagboom van de parkeergarage is gevallen en beweegt niet meer.",
        "Mijn moeder is gevallen en jullie reageren niet op mijn klacht.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (round 18's critical-dev18, messages-dev18): a person out of reach told by the signs
 * around them: no answer or no door opened for a day or more, a fall with no answer or behind a
 * door that will not open, hours gone, pills taken with the body slowing, water coming in where
 * one cannot get away, one hiding from a man breaking the door, screams that stop at once, a
 * child missing for a stretch told before "zoek", a stroke's two signs in plain words. A
 * service, an app or a habit that does not answer, pills taken as prescribed, water in a
 * cellar when it rains, a door a child broke are no emergency. */
static void a_person_out_of_reach_by_the_signs(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn opa van 91 antwoordt niet meer aan de telefoon sinds eergisteren, hij woont alleen.",
        "De buurvrouw doet niet meer open en haar post ligt er al vier dagen, ze heeft niemand.",
        "Mijn tante is gevallen op zolder en ze antwoordt niet meer als ik roep.",
        "Mijn vader is in de douche gevallen en ik krijg de deur niet open, hij kreunt.",
        "Mijn zus met een verstandelijke beperking is sinds vanmiddag 2 uur weg, ze neemt niet op.",
        "Mijn dochter heeft een hele strip pillen genomen en ze zakt weg, wat moet ik doen",
        "Het water komt het huis binnen en mijn moeder zit in een rolstoel, ze kan niet weg.",
        ("Mijn vriendin belde fluisterend: ze heeft zich verstopt in de badkamer en hij trapt de "
         "deur in."),
        "Er werd bij de overburen geschreeuwd en gebonkt en nu is het opeens stil.",
        "Onze dochter van 4 is al twintig minuten zoek op de kermis.",
        "Mijn vrouw is opeens scheef in haar gezicht en praat raar.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De gemeente antwoordt niet op mijn mail sinds gisteren, ik wacht al weken op de "
         "vergunning."),
        "Mijn oma antwoordt niet meer op whatsapp, ze snapt haar nieuwe telefoon niet.",
        "De buurman doet niet meer open als we over de heg willen praten, hij is boos.",
        "Mijn zoon is sinds vanochtend weg naar zijn werk in Utrecht, kunt u mij terugbellen?",
        "Mijn zoon heeft zijn pillen genomen en slaapt nu, kan ik morgen bellen over de pgb?",
        "Het water komt door de kelderluiken als het hard regent, kan de put worden schoongemaakt?",
        "Mijn dochter zoekt al een uur naar haar fietssleutel, waar kan ik een nieuwe halen?",
        "Mijn man praat raar sinds hij die nieuwe baan heeft, haha.",
        "De deur van de wc klemt en de kinderen bonken erop, kan de huurbaas hem maken?",
        "Na de film was het eerst geschreeuw in de zaal en toen opeens stil, wat een slot!",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (round 19's critical-dev19 and messages-dev19, now development; user check 6): dangers
 * told by their signs in registers the rules did not read: a structure leaning over, a tunnel
 * running full, flashing lights out at a crossing, an animal's attack with its object inside the
 * split verb, a sting that swells the throat, a crowd on a swaying bridge, a fall on a slippery
 * dike or into a deep hole, stroke signs in plain words, a fallen one who does not get up,
 * screams, a blow and then silence, a door not opened with the post bulging, burners on behind a
 * closed door, fireworks thrown in or stored by fire, locks changed with one's things on the
 * street, frost with the shelter full, a frail one out half dressed, a missing person's bicycle at
 * the water, an evacuation that does not reach a deaf man. The same words of a repair, a pet, a
 * film, a party or a move stay below critical. */
static void dangers_told_by_their_signs(void **state) {
    (void)state;
    static const char *const critical[] = {
        "De bouwkraan naast het schoolplein helt over, er spelen nu kinderen onder.",
        "De fietstunnel bij het station loopt vol, er staat een auto in met een vrouw erin.",
        ("Bij de oversteek voor de kleuterschool zijn de knipperlichten kapot en kinderen steken "
         "over tussen de auto's."),
        "Een rottweiler valt mensen aan bij het winkelcentrum.",
        "Mijn dochter is door een wesp gestoken en krijgt een zwelling in haar keel.",
        "Op de loopbrug bij het festival staan honderden mensen en de brug deint.",
        "Spiegelglad op de stoep, net is een oude mevrouw uitgegleden, ze ligt er al een uur.",
        "Mijn vrouw praat ineens dubbel en zakt telkens weg.",
        "De thuiszorg zegt dat meneer gevallen is en niet meer overeind komt.",
        "Ik hoorde geschreeuw bij de buren, toen een harde dreun en daarna doodstil.",
        "Mijn oom doet al drie dagen niet open en de post puilt uit de brievenbus.",
        ("Iemand gooit vuurwerkbommen in de brievenbussen van ons portiek, er ging er net een af "
         "bij de voordeur."),
        "De huisbaas heeft de sloten omgezet toen ik weg was. Al mijn spullen staan op straat.",
        "Ik ben dakloos, vannacht gaat het vriezen en de winteropvang zit vol.",
        "Mijn opa met dementie zit in zijn ondergoed in de tuin in de regen.",
        "Mijn broer is sinds gisteren weg en zijn fiets staat op de brug.",
        "De straat moet evacueren, maar de buurvrouw is slechthorend en weet van niks.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De hijskraan wordt volgende week weggehaald, kunnen jullie de straat dan afzetten?",
        "Onze hond valt de kat van de buren steeds aan, hoe lossen we dat op?",
        "Mijn zoon is gestoken door een wesp, het is een beetje rood, moet ik iets doen?",
        "De knipperlichten van mijn auto zijn kapot, waar kan ik dat laten maken?",
        "Het was gisteren glad maar er is gelukkig niemand gevallen, jullie hebben goed gestrooid.",
        "Mijn fiets is weg, hij stond bij de brug, kan ik aangifte doen?",
        "Wij verhuizen volgende week, de nieuwe sloten zijn al vervangen.",
        "Bij de film gingen honderden mensen gillen en daarna was het stil in de zaal.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (critical-dev19): a night of frost written with a minus sign ("Vannacht -8, onder de
 * brug slapen drie daklozen") is the frost of "min 8"; the same digits in a range or a date are
 * no temperature. */
static void frost_written_with_a_minus_sign(void **state) {
    (void)state;
    EXPECT_URGENCY("Ik slaap al een week in mijn auto bij de haven, vannacht wordt het -6.", NULL,
                   "critical");
    EXPECT_URGENCY("Vannacht -4 en mijn buurman slaapt in een tent in het park.", NULL, "critical");
    static const char *const calm[] = {
        "Ik slaap in mijn auto als ik van 5-8 december op vakantie ben, mag dat op de "
        "parkeerplaats?",
        "Vannacht slapen we buiten in een tent in de tuin, het wordt 12 graden.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (round 18's suicidal-dev17, now development): suicidal statements told by their
 * preparations and their method: affairs closed with a going ("Nu kan ik gaan", "hoeven me niet
 * meer te zoeken", a last mail), a gun laid beside one, blades bought for no use of theirs, how
 * long a means takes or how one hangs oneself, a jump or a date decided, the writer under a
 * vehicle wished, one's own funeral in haste, a countdown at an open window high up. The same
 * words for a move, a party, a licence, a detector, a tie or a lift are no statement. */
static void suicidal_told_by_preparations_and_method(void **state) {
    (void)state;
    static const char *const critical[] = {
        "De kat is bij mijn zus ondergebracht en alle rekeningen zijn betaald. Nu kan ik gaan.",
        ("Alles is geregeld, de sleutel ligt bij de buurman. Jullie hoeven me niet meer te "
         "zoeken."),
        "Ik heb het pistool van mijn opa uit de kluis gehaald, het ligt naast me op tafel.",
        "Ik heb vandaag slaappillen gekocht, niet om te slapen.",
        "Hoe lang duurt het met uitlaatgassen in een dichte garage?",
        "Mijn zoon zocht op de computer hoe je jezelf kunt verhangen, wat moet ik doen?",
        "Na de hoorzitting spring ik. Mijn besluit staat vast, ik heb het besloten.",
        "Ik hoop elke dag dat ik onder een vrachtwagen kom.",
        "Raam open, tiende verdieping. Ik tel af.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik heb alle rekeningen betaald, nu kan ik gaan verhuizen naar mijn nieuwe huis.",
        "Alles is geregeld voor de verhuizing, de sleutel ligt bij de buurvrouw.",
        "Morgen spring ik even bij jullie binnen voor mijn paspoort.",
        "Ik heb de datum gekozen voor ons feest: 1 december. Mag dat in het buurthuis?",
        ("Mijn vader is jager, het jachtgeweer ligt in een kluis. Moet ik daar een vergunning voor "
         "hebben?"),
        "Ik heb scheermesjes gekocht voor mijn man, waar lever ik de oude in?",
        "Hoe lang duurt het voordat de koolmonoxidemelder vervangen wordt?",
        "Mijn dochter zoekt op haar telefoon hoe je een stropdas knoopt.",
        "Ik wil mijn uitvaart vast regelen bij de uitvaartverzekering, geen haast.",
        ("Raam open op de bovenste verdieping van de flat, het is zo warm, ik tel de uren tot de "
         "airco gemaakt wordt."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (user check 5 (g)): gas smelt or cut off, told in dialect or as spoken ("ruukt ...
 * noar gas", "naar gaz", "de gaz is of gesloote"): words shorter than the spelling tolerance
 * reaches. The same spellings for a bin's smell, a bill or a planned interruption are none. */
static void gas_in_dialect_spellings(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Het ruukt in de keuken noar gas.",
        "het stinkt hier naar gaz bij de meterkast",
        "de gaz is bij ons of gesloote sinds gistere",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Het ruukt hier noar de vuilnisbak in de portiek",
        "De gaz rekening is te hoog, kan ik een regeling krijgen?",
        "het water is of gesloote tussen 9 en 12 vanwege werkzaamheden",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (user check 5 (c), critical-dev17): an eviction told by who puts whom out on
 * which near day, spoken spellings included, and a household locked out today; a bin put on
 * the street, a shed's new lock, an eviction past or months away are no eviction now. */
static void eviction_by_whom_and_which_day(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De woningbouw zegt dat ze ons volgende week dinsdag uit huis zetten, we weten niet waar "
         "we heen moeten met de kinderen."),
        "de wooningbouw zegt ze gaan ons er uit zette volgende weeek dinsdag",
        "mw. belt via tolk,\nzegt dat huisbaas haar vrijdag op straat zet",
        "De huisbaas zet ons morgen op straat.",
        ("Cliënt zegt via tolk dat de huisbaas vandaag de sloten heeft vervangen en dat hij met "
         "zijn vrouw en kinderen op straat staat."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mag ik mijn grofvuil maandag op straat zetten?",
        "Ze zetten het grofvuil maandag op straat, mag dat?",
        "Mijn zoon zet de container altijd op dinsdag op straat, maar die is nu kapot.",
        ("De woningbouw heeft de sloten van de fietsenstalling vervangen en nu staat mijn fiets "
         "buiten."),
        "Vorig jaar hebben ze ons uit huis gezet op een dinsdag, nu wonen we in een flat, prima.",
        "de verhuurder wil ons eruit zetten over drie maanden",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12 (user check 5 (d), suicidal-dev16): the chat bot's question answered yes, the act
 * left unnamed for when no one sees, a car's exhaust in a closed space, a harm that "helps",
 * a burn done to oneself, no reason at all left, the wish never to have been; each with the
 * look-alike that names a chore, a paint job, a traffic jam, an oven or another answer. */
static void suicidal_told_without_its_words(void **state) {
    (void)state;
    expect_suicidal("Bot: Heeft u gedachten om uzelf iets aan te doen?\nIk: ja eigenlijk wel\nBot: "
                    "Sorry, dat begrijp ik niet.",
                    "yes to the question", "ja");
    expect_suicidal(
        "Zaterdag als de kinderen bij hun vader zijn, dan doe ik het. Alles ligt klaar.",
        "the act unnamed, when no one sees", "doe ik het");
    expect_suicidal("Ik heb het plan nu helemaal rond. Vanavond om 11 uur, als iedereen slaapt.",
                    "the act unnamed, when no one sees", "als iedereen slaapt");
    expect_suicidal("Ik heb de autogarage afgeplakt en een slang gekocht.",
                    "exhaust in a closed space", "afgeplakt");
    expect_suicidal(
        "Ik zit in de auto in het bos bij de Heide, de motor loopt en de ramen zijn dicht.",
        "exhaust in a closed space", "motor loopt");
    expect_suicidal(
        "Ik heb mijn hoofd zo hard tegen de muur geslagen dat ik bloed. Het helpt even.",
        "self-harm", "dat ik bloed");
    expect_suicidal(
        "cliënte heeft zichzelf gebrand met een strijkijzer, zegt dat ze het weer gaat doen.",
        "self-harm", "strijkijzer");
    expect_suicidal(
        "ik ben 16 en ik zie echt geen enkele reden meer om door te gaan. niemand snapt het.",
        "negated life wish", "geen enkele reden meer");
    expect_suicidal(
        "Ik zou willen dat ik er gewoon nooit was geweest. Dan had niemand last van me.",
        "death wish", "nooit was geweest");
    static const char *const calm[] = {
        "Bot: Heeft u gedachten om uzelf iets aan te doen?\nIk: nee hoor\nBot: Fijn.",
        "Bot: Heeft u vragen over afval?\nIk: ja eigenlijk wel\nBot: Waar gaat het over?",
        "Zaterdag doe ik het grofvuil. Alles ligt klaar.",
        "De verhuisdozen staan, alles ligt klaar, zaterdag doe ik het.",
        "We hebben de ramen afgeplakt om te schilderen en een tuinslang gekocht.",
        ("Ik zit in de file, de motor loopt en de ramen zijn dicht, de airco doet het niet. Drie "
         "kwartier bij de Maastunnel!"),
        "Ik heb mezelf gebrand aan de oven tijdens het koken, nu een blaar.",
        "Mijn zoontje heeft zijn hoofd tegen de muur gestoten, het bloedt een beetje.",
        "Ik zie geen enkele reden om bezwaar te maken, dus wat moet ik nu doen?",
        "Ik zou willen dat die brief er nooit was geweest, kan ik bezwaar maken?",
        "Suïcidaliteit uitgevraagd, niet aanwezig. Wel veel stress door schulden.",
        "Training suïcidaliteit herkennen voor wijkteams, aanmelden voor vrijdag.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 13 (U2): the reason names the rule that fits the danger. A word of another rule's
 * family made that rule's name the reason: a tree ("bomen" is stemmed as "boom") as lights
 * out, a cable lying on the ground as a person lying there, bare feet among shards as a
 * child left alone, a locked fire escape by the model's "afgesloten" (cold and heat). */
static void reason_names_the_fitting_rule(void **state) {
    (void)state;
    static const struct {
        const char *text, *want, *not_want;
    } cases[] = {
        {"Beller meldt dat de boom voor de basisschool op de Putselaan scheef hangt en kraakt, de "
         "wortels komen omhoog. Er lopen elke ochtend veel kinderen langs.",
         "structure loose or broken", "traffic lights out"},
        {"Bij het fietspad langs de Maas ligt een stroomkabel open op de grond, het regent en er "
         "lopen kinderen naar school.",
         "live electricity", "person in acute need"},
        {"Op het schoolplein ligt een kapotte glazen fles en overal scherven, de kinderen spelen "
         "op blote voeten.",
         "structure loose or broken", "child left alone"},
        {"De brandtrap van ons gebouw is afgesloten met een hangslot, er wonen veel ouderen.",
         "acute danger: told in ordinary words", "cold heat"},
        {"bij de overweg gaan de bomen niet meer dicht en de trein komt eraan",
         "traffic lights out", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = classify(cases[i].text, NULL);
        const char *lvl = str_at(d, "urgency", "level");
        const cJSON *why = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!lvl || strcmp(lvl, "critical") != 0)
            fail_msg("%s: %s, want critical", cases[i].text, lvl ? lvl : "(none)");
        if (!array_has(why, cases[i].want))
            fail_msg("%s: no reason with '%s'", cases[i].text, cases[i].want);
        if (cases[i].not_want && array_has(why, cases[i].not_want))
            fail_msg("%s: a reason with '%s'", cases[i].text, cases[i].not_want);
        cJSON_Delete(d);
    }
}

/* "+word" inside a part or a word class also matches as part of a compound, as a term's
 * leading "+" does (round 12: "+journaal" in a class did not reach "Jeugdjournaal"). */
static void plus_inside_a_class_matches_compounds(void **state) {
    (void)state;
    ll_classifier *c = load(CFG "taxonomy-gemeente.conf",
                            tmp_file("urgency.conf", "@told: krant | +journaal\n"
                                                     "[critical: told]\n@told\n"
                                                     "[critical: part]\nbrand & kind|+gaslek\n"));
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"Ik zag het in het Jeugdjournaal.", "critical"}, /* a compound of "+journaal" */
        {"Ik zag het in het journaal.", "critical"},
        {"Ik las het in de dagkrant.", "normal"}, /* "krant" has no "+" */
        {"Er is brand en een gaslek.", "critical"},
        {"Er is brand en een kleingaslek.", "critical"}, /* "+gaslek" after "|" */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", cases[i].text);
        assert_int_equal(ll_classify(c, d), 0);
        const char *lvl =
            cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "level"));
        if (!lvl || strcmp(lvl, cases[i].level) != 0)
            fail_msg("%s: %s, want %s", cases[i].text, lvl ? lvl : "(none)", cases[i].level);
        cJSON_Delete(d);
    }
    ll_classifier_free(c);
}

/* Issue 12, round 12: a danger told as not now (in the past, feared, supposed on a
 * condition), a report of it denied, an indirect question, a short part opening the next
 * sentence before a contrast, and a note whose agent planned the follow-up for a later
 * day; each beside the same danger told as now. Rules of the test's own. */
static void told_not_now(void **state) {
    (void)state;
    /* With the shipped rules: told as not now, and the same told as now. */
    static const char *const calm[] = {
        "Vorige maand is bij ons in de steeg iemand neergestoken. De dader is opgepakt.",
        "In de regionale krant stond dat er in een flat een balkon is ingestort.",
        "de losse tak boven het fietspad is vanmiddag door de boomverzorger weggehaald",
        "de jongen die vermist was is gevonden, hij zat bij een vriendje",
        "die belastingaanslag was een mes in mijn rug",
        "Ik word gek van dat getimmer, ik sta op ontploffen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Bij ons in de steeg is net iemand neergestoken, hij ligt te bloeden.", NULL,
                   "critical");
    EXPECT_URGENCY("Er hangt een losse tak boven het fietspad, hij kan elk moment vallen.", NULL,
                   "critical");
    ll_classifier *c =
        load(CFG "taxonomy-gemeente.conf",
             tmp_file("urgency.conf",
                      "[critical: steek]\nnotnow: calm\nneergestoken, afsluiten\n"
                      "[critical: kind]\nasked: calm\nunless: niks aan de hand\nkind alleen\n"
                      "[critical: brand]\nnotnow: calm\n=brand\n"
                      "[critical: nood]\nplanned: calm\nzonder eten\n"
                      "[critical: dood]\nnegation: ignored\nzelfdoding\n"
                      "[critical: plain]\nneergestoken\n"
                      "[critical: bom]\nasked: calm\n\"bom\", ontploffen, ontploft\n"
                      "[critical: val]\nnotnow: calm\ntheme: zorg\nop de grond\n"));
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"Vorige maand is bij ons in de steeg iemand neergestoken.", "normal"},
        {"Rijnmond meldde gisteren dat er iemand is neergestoken.", "normal"},
        {"Twee weken geleden werd hier iemand neergestoken.", "normal"},
        {"Gisteren is mijn buurman neergestoken en nu staat de dader weer voor de deur.",
         "critical"},                                                          /* goes on now */
        {"Sinds gisteren wordt hier steeds iemand neergestoken.", "critical"}, /* since */
        {"Vorige week kreeg ik een brief dat ze aanstaande maandag afsluiten.", "critical"},
        {"Er is net iemand neergestoken.", "critical"},
        {"Hij is bang voor brand.", "normal"},
        {"Er is brand in de flat.", "critical"},
        {"Ze kunnen afsluiten als ik mijn regeling niet nakom.", "normal"},
        {"Ze gaan afsluiten als ik niet betaal.", "critical"}, /* what will be */
        {"Het afsluiten als een dief kan niet.", "critical"},  /* "als een": a likeness */
        {"Ik wil vragen of er een kind alleen mag zijn.", "normal"},
        {"Mijn buurman vraagt of ik kom, er is een kind alleen.", "critical"}, /* its clause */
        {"Er zat een kind alleen bij de halte. Niks aan de hand, maar de halte is druk.", "normal"},
        {"Er zat een kind alleen bij de halte. Dit is heel erg en ik weet niet wat ik moet doen, "
         "niks aan de hand zegt de buurman.",
         "critical"}, /* a long sentence with no contrast keeps its veto */
        {"mw zit zonder eten. met prio ingepland voor morgen.", "normal"},
        {"mw zit zonder eten. ingepland voor morgen, spoed.", "critical"}, /* haste */
        {"mw zit zonder eten. doorgezet naar wijkteam.", "critical"},      /* no later day */
        {"Geen concrete uitspraken over zelfdoding.", "normal"},
        {"Hij praat over zelfdoding.", "critical"},
        {"Die aanslag is een bom onder mijn begroting.", "normal"}, /* a figure */
        {"Die naheffing viel als een bom op de mat.", "normal"},    /* a simile */
        {"Het ruikt als een bom in de hal.", "critical"},           /* the senses' */
        {"Er is een bom in de hal.", "critical"},
        {"Dit is een bom.", "critical"},
        {"Op de markt is een bom gevonden.", "critical"}, /* a place before the verb */
        {"Ik sta op ontploffen.", "normal"},              /* a person blows up: anger */
        {"De gasfles is ontploft.", "critical"},
        {"Er is iets ontploft.", "critical"},
        {"Vorige winter lag mijn moeder een nacht op de grond.", "normal"},
        {"Mijn moeder ligt op de grond.", "critical"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", cases[i].text);
        assert_int_equal(ll_classify(c, d), 0);
        const char *lvl =
            cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "level"));
        /* "plain" fires on every "neergestoken": the told-as-past cases read only "steek". */
        int plain = strstr(cases[i].text, "neergestoken") != NULL;
        const char *want = plain ? "critical" : cases[i].level;
        if (!lvl || strcmp(lvl, want) != 0)
            fail_msg("%s: %s, want %s", cases[i].text, lvl ? lvl : "(none)", want);
        cJSON *why = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        char *s = cJSON_PrintUnformatted(why);
        int steek = s && strstr(s, "steek:") != NULL;
        if (plain && steek != (strcmp(cases[i].level, "critical") == 0))
            fail_msg("%s: reasons %s", cases[i].text, s ? s : "");
        free(s);
        /* Told as not now, a rule still says what the message is about. */
        if (strstr(cases[i].text, "op de grond")) {
            s = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
            if (!s || !strstr(s, "rule: val"))
                fail_msg("%s: themes %s", cases[i].text, s ? s : "");
            free(s);
        }
        cJSON_Delete(d);
    }
    ll_classifier_free(c);

    static const bad_urgency bad[] = {
        {"[high: a]\nnotnow: calm\nx\n", "bad.conf:2: rule 'a': 'notnow:' is for a critical rule"},
        {"[feature: a]\nplanned: calm\nx\n", "bad.conf:2: rule 'a': 'planned:' is for a critical"},
        {"[critical: a]\nnotnow: later\nx\n",
         "bad.conf:2: notnow must be 'calm' or 'counts', not 'later'"},
        {"[critical: a]\nplanned: later\nx\n",
         "bad.conf:2: planned must be 'calm' or 'counts', not 'later'"},
    };
    expect_load_errors(bad, sizeof(bad) / sizeof(bad[0]));
}

/* Round 8: what a thing is made of says it is a structure ("een glazen wand", "een ijzeren
 * hek"), so a loose one where people wait is the loose-structure danger whatever the
 * thing is called. A user's report came out normal before. */
static void material_makes_a_structure(void **state) {
    (void)state;
    EXPECT_URGENCY("Bij de bushalte hangt een glazen wand los en die zwaait heen en weer in de "
                   "wind. Elke ochtend wachten daar schoolkinderen.",
                   NULL, "critical");
    static const char *const calm[] = {
        "De houten vlonder bij de vijver is vervangen, de kinderen spelen er weer."};
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 8: two dangers told by who and when rather than by a listed phrase: a blow at home
 * (someone of the household, the person hit, the blow) and the street soon (the people,
 * "op straat", a near day or the bailiff); their look-alikes stay below critical. */
static void told_by_who_and_when(void **state) {
    (void)state;
    EXPECT_URGENCY("Mijn vriend heeft me net geschopt, ik zit nu bij de buren.", NULL, "critical");
    EXPECT_URGENCY("Overmorgen staan wij met de kinderen op straat, de deurwaarder komt om negen "
                   "uur.",
                   NULL, "critical");
    static const char *const calm[] = {
        "Mijn vriend schopte de bal over de schutting van de buren.",
        "Die regel slaat nergens op, mijn man en ik betalen dubbel.",
        "Morgen staat de kerstboom weer op straat voor de ophaaldienst.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 14: a state felt ("ik voel me buitengesloten") is a figure for the rules of a home
 * or a supply ("felt: calm"), the event told is not; a body felt beside a boiler stays a
 * sign of carbon monoxide (that rule has no "felt:"). Written here, not taken from a set. */
static void felt_is_a_figure(void **state) {
    (void)state;
    EXPECT_URGENCY("De deurwaarder heeft vanochtend de sloten vervangen, ik ben buitengesloten en "
                   "mijn medicijnen liggen binnen.",
                   NULL, "critical");
    EXPECT_URGENCY("De cv-ketel maakt een raar geluid en mijn man voelt zich duizelig.", NULL,
                   "critical");
    static const char *const calm[] = {
        "Ik ben 79 en heb geen smartphone. Overal moet je een app voor hebben, ik voel me "
        "buitengesloten.",
        "Sinds de bibliotheek dicht is voelt mijn moeder zich buitengesloten in de wijk.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    const char *path = tmp_file("urgency.conf", "[critical: uit huis]\nfelt: calm\n"
                                                "buitengesloten\n[critical: lijf]\nduizelig\n");
    ll_classifier *c = load(CFG "taxonomy-gemeente.conf", path);
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"ik ben buitengesloten", "critical"},
        {"ik voel me buitengesloten", "normal"},
        {"voel ik me niet gewoon buitengesloten", "normal"}, /* one word between */
        {"ik voel me duizelig", "critical"},                 /* a rule without felt: */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", cases[i].text);
        assert_int_equal(ll_classify(c, d), 0);
        const char *got = str_at(d, "urgency", "level");
        if (!got || strcmp(got, cases[i].level) != 0)
            fail_msg("%s: %s, want %s", cases[i].text, got ? got : "(none)", cases[i].level);
        cJSON_Delete(d);
    }
    ll_classifier_free(c);
}

/* Round 14: "al dagen" measures what it stands beside: a person not seen, or heat, food or
 * care gone for days, is an acute need; a parking place taken for days or a lawn not mown is
 * not, whoever is named beside it. */
static void days_measure_what_they_stand_beside(void **state) {
    (void)state;
    EXPECT_URGENCY("Mijn buurvrouw van 85 heb ik al dagen niet gezien en ze doet niet open.", NULL,
                   "critical");
    EXPECT_URGENCY("Mijn moeder heeft dementie en de thuiszorg komt al dagen niet.", NULL,
                   "critical");
    static const char *const calm[] = {
        "Ik zit in een rolstoel en kan nu al dagen niet naar huis rijden omdat mijn parkeerplek "
        "steeds bezet is.",
        "Het gras in het park is al dagen niet gemaaid, de kinderen kunnen er niet spelen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 14: traffic lights gone are a loss (no longer, since, a fault, now); a crossing
 * without a light it never had asks for one. */
static void lights_gone_not_lights_lacking(void **state) {
    (void)state;
    EXPECT_URGENCY("Het kruispunt bij de Vaanweg heeft sinds vanochtend geen stoplichten meer, "
                   "vrachtwagens en fietsers rijden door elkaar.",
                   NULL, "critical");
    EXPECT_URGENCY(
        "De kruising bij het station zit zonder verkeerslichten, trams en fietsers rijden "
        "door elkaar.",
        NULL, "critical");
    static const char *const calm[] = {
        "Bij de school aan de Dorpsstraat steken kinderen over zonder zebrapad of stoplicht, het "
        "is "
        "er druk. Kan daar een verkeerslicht komen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 14: one word, one part of danger: the agent's acts ("met spoed", "politie") are the
 * agent's escalation, the caller's state ("in paniek", "huilt") is distress, not both; a
 * note naming suicidal thoughts is a suicidal statement by its own words. */
static void one_word_one_part(void **state) {
    (void)state;
    ll_classifier *c = gemeente;
    static const struct {
        const char *text, *has, *lacks;
    } cases[] = {
        {"mw belt, raakt in paniek over de rekening", "part: person in distress",
         "part: agent escalated"},
        {"dhr huilt aan de telefoon", "part: person in distress", "part: agent escalated"},
        {"met spoed doorgezet naar de wijkagent", "part: agent escalated",
         "part: person in distress"},
        /* An age is frailty, not people exposed (a user check of 12-01: "people exposed '88'"). */
        {"mijn buurman van 88 woont hier", "part: vulnerable", "part: people exposed"},
        {"mijn buurman is dementerend", "part: vulnerable", "part: people exposed"},
        /* One word read as two parts is one fact, not a pair; two words are two. */
        {"de kinderen van de buren", "part: vulnerable", "people exposed + vulnerable"},
        {"veel mensen en een zwangere vrouw", "people exposed + vulnerable",
         "part: person in distress"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = classify_with(c, cases[i].text, NULL);
        const char *keys[LL_CLASSIFY_MAX_DANGER_KEYS];
        size_t n = ll_classifier_danger_keys(c, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
        int has = 0, lacks = 1;
        for (size_t k = 0; k < n; k++) {
            has |= strcmp(keys[k], cases[i].has) == 0;
            lacks &= strcmp(keys[k], cases[i].lacks) != 0;
        }
        if (!has || !lacks)
            fail_msg("%s: keys want %s, not %s", cases[i].text, cases[i].has, cases[i].lacks);
        cJSON_Delete(d);
    }
    EXPECT_URGENCY("dhr belt ivm afwijzing. noemt suïcidegedachten. 113 doorverbonden.", NULL,
                   "critical");
    /* A frail person's habit and no care is this week's work (contract.md: high); the same
     * person gone now, or in the traffic now, is today's. */
    EXPECT_URGENCY("Mijn buurman van 88 is dementerend en loopt 's avonds verward over straat, "
                   "zijn familie woont ver weg en er komt geen zorg.",
                   NULL, "high");
    EXPECT_URGENCY("Mijn buurman van 88 is dementerend en is vanavond de deur uit gegaan, hij is "
                   "nog steeds niet terug en het vriest.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn buurman van 88 is dementerend en loopt nu verward midden op de weg "
                   "tussen de auto's.",
                   NULL, "critical");
}

/* A suicidal statement: critical, its family's reason ("suicidal statement: FAMILY", or a
 * family named in full such as "self-harm") holding WORDS, and the 113 referral. */
static void expect_suicidal(const char *text, const char *family, const char *words) {
    cJSON *d = classify(text, NULL);
    const cJSON *u = cJSON_GetObjectItem(d, "urgency");
    const char *lvl = str_at(d, "urgency", "level");
    const char *advice = str_at(d, "urgency", "advice");
    const cJSON *reasons = cJSON_GetObjectItem(u, "reasons");
    char fam[128];
    if (strncmp(family, "self-harm", 9) == 0)
        snprintf(fam, sizeof(fam), "%s", family);
    else
        snprintf(fam, sizeof(fam), "suicidal statement: %s", family);
    if (!lvl || strcmp(lvl, "critical") != 0 || !array_has(reasons, fam) ||
        !array_has(reasons, words) || !advice || !strstr(advice, "113")) {
        char *r = cJSON_PrintUnformatted(u);
        print_error("%s\n  got %s\n", text, r);
        free(r);
        cJSON_Delete(d);
        fail_msg("must be critical (%s, '%s', 113)", fam, words);
    }
    cJSON_Delete(d);
}

/* Round 9: a suicidal threat on a condition ("als ..., dan" + a predicate that ends a life,
 * modal words between) and one told of another (a verb of saying, its "dat" clause in the
 * third person or the quoted words). Each must be critical with its family, the matched
 * words and the 113 referral; the look-alikes (a condition with an idiom, a last working
 * day, a colleague who helps out) stay below critical. Sentences of the test's own. */
static void threats_and_reports_of_another(void **state) {
    (void)state;
    static const struct {
        const char *text, *family, *words;
    } crit[] = {
        {"Als de huur weer omhoog gaat dan leef ik volgende maand niet meer.",
         "a threat on a condition", "leef ik"},
        {"Als jullie de bijstand stopzetten dan is het gewoon afgelopen met mij.",
         "a threat on a condition", "afgelopen met mij"},
        {"Zet je me op straat dan pleeg ik gewoon zelfmoord.", "ending one's own life",
         "zelfmoord"},
        {"Wordt zijn huis ontruimd, anders maakt hij er zelf wel een eind aan.",
         "a threat on a condition", "maakt hij"},
        {"Mijn tante belde vanavond dat ze echt niet meer verder wil.", "told of another",
         "niet meer verder"},
        {"Haar zoon heeft op Instagram gezet dat vandaag zijn laatste dag is.", "told of another",
         "zijn laatste dag"},
    };
    for (size_t i = 0; i < sizeof(crit) / sizeof(crit[0]); i++)
        expect_suicidal(crit[i].text, crit[i].family, crit[i].words);
    static const char *const calm[] = {
        "Als ik die wachtmuziek nog een keer hoor dan spring ik uit mijn vel.",
        "Mijn collega zei dat vrijdag haar laatste dag is op de afdeling werk en inkomen.",
        "De buurman zei 'ik spring wel even bij' toen de container vol was.",
        "Als het contract afloopt dan leef ik niet meer in deze wijk.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 10: suicidal statements in ordinary words, by class: gone at a time named, a
 * farewell with an end in it, doing it oneself, a plan told (all at once, a knife and at a
 * loss, starving, "the next time", the water with the children, "zich dood maken"), at a
 * height and at a loss, skin scratched open, the pets taken over "for when he is gone",
 * the wish to join the dead told of another, a question about one's death and why.
 * Sentences of the test's own; each must be critical with its family, the matched words and
 * the 113 referral. The look-alikes (moving, holidays, retirement, a shop closing, a doctor
 * or a notary, doses, swimming, idioms with "dood", a rash, a parking garage's barrier, the
 * news or a series) stay below critical. */
static void suicidal_in_ordinary_words(void **state) {
    (void)state;
    static const struct {
        const char *text, *family, *words;
    } crit[] = {
        {"Ik denk niet dat ik er na het weekend nog ben om de brief van de belasting te openen.",
         "gone at a time named", "nog ben"},
        {"Mijn broer appte dat hij vanavond weg is voor altijd.", "gone at a time named",
         "weg is voor altijd"},
        {"Ik ga zo slapen en kom niet meer terug, sorry.", "gone at a time named",
         "kom niet meer terug"},
        {"Ik heb mijn besluit genomen: het nieuwe jaar ga ik niet meer meemaken.",
         "gone at a time named", "niet meer meemaken"},
        {"Ik heb een plaats gevonden waar niemand me ooit vindt.", "gone at a time named",
         "waar niemand me ooit vindt"},
        {"Vaarwel iedereen. Het was mooi, nu is het klaar.", "a farewell with an end in it",
         "nu is het klaar"},
        {"Sorry, het ligt niet aan jou. Doei.", "a farewell with an end in it",
         "het ligt niet aan jou"},
        {"Ik ga ermee stoppen. Pas goed op mijn hond.", "a farewell with an end in it",
         "Pas goed op mijn hond"},
        {"Op de wachtlijst voor euthanasie staan duurt een jaar, dan regel ik het zelf wel.",
         "doing it oneself", "regel ik het zelf"},
        {"Ik slik vanavond alles in één keer in wat in het kastje staat.", "a plan told",
         "alles in één keer in"},
        {"Ik zit hier met een scheermes en weet niet wat ik moet doen.", "a plan told",
         "scheermes"},
        {"Ze wil zichzelf uithongeren tot het over is.", "a plan told", "uithongeren"},
        {"Mijn neef zegt dat hij zich dood gaat maken.", "a plan told", "zich dood gaat maken"},
        {"Vorige maand heb ik het met pillen geprobeerd, de volgende keer lukt het wel.",
         "a plan told", "volgende keer lukt"},
        {"Ze dreigt met haar kinderen de Maas in te lopen als ze geen opvang krijgt.",
         "a plan told", "met haar kinderen de Maas in"},
        {"Ik sta boven op de Willemsbrug en weet niet waarom ik hier ben.",
         "at a height and at a loss", "Willemsbrug"},
        {"Er staat een vrouw over de leuning van de Erasmusbrug te kijken.",
         "at a height and at a loss", "over de leuning"},
        {"Ik krab 's nachts mijn armen open tot ze bloeden.", "self-harm", "mijn armen open"},
        {"Hij vroeg of ik zijn kat wil opvangen, want hij zal er niet meer zijn.",
         "affairs arranged as a farewell", "kat wil opvangen"},
        {"Opa zegt steeds dat hij naar zijn vrouw toe wil, die vorig jaar gestorven is.",
         "death wish", "naar zijn vrouw toe wil"},
        {"Wie betaalt mijn schuld als ik dood ben? Ik vraag het want ik wil niet meer.",
         "oneself gone", "als ik dood ben"},
        {"Ik lig op de rails bij de Kleiweg.", "a plan told", "op de rails"},
        {"I am going to jump off the bridge tonight.", "ending one's own life",
         "jump off the bridge"},
        {"Ik wil stoppen met werken en ook met leven.", "ending one's own life", "ook met leven"},
        {"ik wil mezelf doodmaken", "a plan told", "doodmaken"},
        {"ik wil weg uit dit leven", "negated life wish", "weg uit dit leven"},
        {"ik ben niks waard, beter dat ik er niet ben", "negated life wish", "niks waard"},
        /* Classes of suicidal phrasings 8's misses, in sentences of the test's own. */
        {"Als de deurwaarder komt dan spring ik.", "a threat on a condition", "dan spring ik"},
        {"Krijg ik weer een boete, dan ben ik weg, voorgoed.", "a threat on a condition",
         "dan ben ik weg"},
        {"Als ik mezelf van kant maak is dat jullie schuld.", "ending one's own life",
         "van kant maak"},
        {"ik ga maken einde van mij, niemand helpt", "ending one's own life", "einde van mij"},
        {"Ik sta bij het spoor in Noord, de volgende trein is voor mij.", "a plan told",
         "volgende trein is voor mij"},
        {"Ik heb de oude slaappillen van mijn vader nog. Als ik die allemaal inneem is het over.",
         "a plan told", "allemaal inneem"},
        {"Vanavond rijd ik expres tegen een boom, dan lijkt het een ongeluk.", "a plan told",
         "tegen een boom"},
        {"Hij zei dat hij zichzelf in brand steekt voor het stadhuis.", "a plan told", "in brand"},
        {"Ik ga straks van de Willemsbrug af.", "at a height and at a loss", "Willemsbrug af"},
        {"Soms zit ik op de reling en denk ik: een stap en het is klaar.",
         "at a height and at a loss", "een stap en"},
        {"Doei allemaal. Ik ga weg en kom nooit meer terug. Sorry.", "gone at a time named",
         "kom nooit meer terug"},
    };
    for (size_t i = 0; i < sizeof(crit) / sizeof(crit[0]); i++)
        expect_suicidal(crit[i].text, crit[i].family, crit[i].words);
    static const char *const calm[] = {
        "ik ga dood van het lachen om die brief",
        "Ik ben volgende week voorgoed weg uit Rotterdam, ik verhuis naar Groningen.",
        "Ik denk niet dat ik er maandag nog ben om de monteur binnen te laten, ik moet werken.",
        "Vanaf maandag is er niemand meer op dit adres, we verhuizen. Kunt u de post doorsturen?",
        "Ik heb besloten dat ik de verbouwing niet ga meemaken en ga zolang bij mijn zus wonen.",
        "Ik ga slapen en kom morgen terug op uw vraag.",
        "Ik heb een plek gevonden waar niemand me vindt om rustig te studeren.",
        "Na 40 jaar bij de gemeente: tot ziens collega's, het was mooi maar nu is het klaar.",
        "Het ligt niet aan jullie hoor, fijne dag en tot ziens!",
        "Zorg goed voor mijn kat tijdens mijn vakantie, bedankt voor alles.",
        "Dag allemaal, voorgoed gesloten: de bakkerij stopt na 30 jaar.",
        "Mijn vader wil euthanasie, wij regelen het zelf met de huisarts.",
        "Ik ga hier alleen met de voeten vooruit weg, ik wil niet naar een verpleeghuis.",
        "Als jullie de klus niet afmaken, maak ik het zelf af.",
        "Ik neem alle medicijnen in één keer in 's ochtends, mag dat van de apotheek?",
        "Ik moest een nieuwe parkeervergunning. Ik heb al uitgezocht hoe ik het doe.",
        "Mijn dochter doet mee aan de ramadan en wil niet meer eten tot het klaar is.",
        "Vorige keer geprobeerd het formulier in te sturen, volgende keer lukt het wel.",
        "Ik ga met de kinderen het water in bij de Kralingse Plas, is het water schoon?",
        "Hij maakt zich dood druk om die boete.",
        "Ik sta op de Erasmusbrug in de file en ik weet niet wat er aan de hand is.",
        "Er hangt een fiets op de leuning van de Willemsbrug al weken.",
        "Ik krab mijn armen open van de jeuk door de bedwantsen in de flat.",
        "Mijn moeder wil naar haar man toe in het verpleeghuis.",
        "De bomen aan de Kerkstraat zijn morgen voorgoed weg, wat jammer.",
        "Bye bye, het ligt niet aan jullie, ik ga gewoon naar een andere gemeente verhuizen.",
        "Er zit een kat op het spoor bij de overweg.",
        "Ik ga morgen van de Erasmusbrug af naar Zuid, de omleiding is lastig.",
        "Ik sta op het dak, de antenne hoeft niet meer, kunt u hem weghalen?",
        "De volgende trein is voor mij te vol, ik neem de bus.",
        "Als ik die tabletten allemaal inneem is het over met de hoofdpijn?",
        "Een auto reed met volle vaart tegen een boom bij de rotonde.",
        "Ik ga weg en kom niet meer terug in die rotwinkel, goed zo.",
        "Mijn rolstoel heb ik binnenkort niet meer nodig, bedankt voor de hulp!",
        "Vroeger wilde ik niet meer leven, nu help ik anderen als vrijwilliger.",
        "als de bus komt dan spring ik erin",
        "Als jullie om 5 uur komen dan ben ik weg, ik moet werken.",
        "Hij maakt zich van kant, zei de rechercheur in de serie.",
        "Ik wil weg uit dit huis, de schimmel maakt me ziek.",
        "In het verpleeghuis wacht alleen nog de dood, zei de dokter over de oude regeling.",
        "Ik sta op spoor 3 te wachten, de trein naar Utrecht is weer vertraagd.",
        "My life is over if you tow my car again haha",
        "The lights are out and I can't go on cycling there, it is dangerous.",
        /* Round 10's precision: a joke that says so, a complaint's last mail, a denial. */
        "Haha, nog één keer die wachtmuziek en ik spring van het dak van het stadskantoor.",
        "Ik heb het gehad, dit was de laatste keer dat ik jullie bel over die lantaarnpaal.",
        "Ik heb geen gedachten aan zelfmoord, ik ben gewoon boos over de boete.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 11: a suicidal statement composed of its parts, in any order and over two sentences:
 * a person, an end of that person or a means, and intent, a time, a farewell, a burden or
 * finality. Each sentence below (the test's own) names no phrase of an older family; the
 * look-alikes carry the same parts inside a figure of speech, the news, the past, another's
 * death, a trip or a prescription. */
static void suicidal_composed_of_parts(void **state) {
    (void)state;
    static const char *const said[][2] = {
        {"ik ga vannacht verdwijnen, niemand hoeft me te zoeken", "ik ga vannacht verdwijnen"},
        {"mw zegt: morgen is ze er nie meer, ze heeft er vrede mee", "ze er nie meer"},
        {"Mezelf ga ik niet meer wakker laten worden, het is klaar.", "niet meer wakker"},
        {"i just want to disappear tonight", "i just want to disappear"},
        {"De strips paracetamol heb ik gespaard. Ik ben op.", "paracetamol heb ik gespaard"},
        {"k wil dood sorry mam", "k wil dood"},
        {"Ik neem al mijn slaappillen in, dan is het over.", "al mijn slaappillen"},
        {"ik heb besloten dat het ophoudt, vrijdag", "besloten dat het ophoudt"},
        {"Ik ben een kostenpost. Ik ruim mezelf deze week op.", "ruim mezelf"},
    };
    for (size_t i = 0; i < sizeof(said) / sizeof(said[0]); i++)
        expect_suicidal(said[i][0], "composed of its parts", said[i][1]);
    static const char *const calm[] = {
        "ik ga morgen dood van de hitte in dat kantoor",
        "Ik ga dood van verveling in de wachtkamer, het duurt al een uur.",
        "Morgen ga ik met de trein naar Utrecht, wil ik nog een ov-kaart?",
        "Ik neem mijn pillen elke avond zoals de dokter zei, mag dat met de griepprik?",
        "In het nieuws: steeds meer jongeren willen dood, de campagne van 113 begint morgen.",
        "Vroeger wilde ik er niet meer zijn, nu gaat het goed en help ik anderen.",
        "Mijn oma is dood, ik wil de uitvaart volgende week regelen.",
        "Ik verdwijn morgen drie weken op vakantie naar Spanje.",
        "Mijn telefoon is dood, ik wil morgen bellen over de afspraak.",
        "Voor een werkstuk op school wil ik weten hoe vaak mensen van een brug springen.",
        "Ik wil gewoon dat het ophoudt, die herrie van de bovenburen elke nacht.",
        "Vroeger wilde ik dood, nu ben ik er bovenop gekomen en werk ik weer.",
        "Mijn man zit in een rolstoel en moet nu midden op straat uitstappen.",
        "Onze toneelgroep speelt een stuk waarin de hoofdpersoon zelfmoord pleegt.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The rule machinery behind the families, on rules of the test's own. */
static void urgency_rule_settings(void **state) {
    (void)state;
    const char *path = tmp_file(
        "urgency.conf",
        "[critical: wish]\nnegation: ignored\nadvice: bel 113\nwil|wou & niet meer & leven\n"
        "[critical: near]\nwindow: 3\nunless: politieke\nkapotte & brug\n"
        "[high: denied]\nbrug & dicht\n"
        "[critical: composed]\nreach: 5\nstoplicht & uit\nwith: kruising, kruispunt\nwith: "
        "spits, trams\n"
        "@lamps: lantaarnpaal | lichtmast\n@poles: @lamps | paal\n@kids: kinderen | peuters\n"
        "[critical: classes]\n@poles & omgevallen\nwith: @kids\n"
        "[high: cut]\nsluiten & af\ncontext: stroom\n"
        "[high: gevaar voor vogels]\ntheme: openbare-ruimte:10\nduiven & vergiftigd\n"
        "[high: elders]\ntheme: ww\nmeeuwen & vergiftigd\n"
        "[critical: two]\nsentences: 2\nwindow: 8\nrust & voor altijd\n"
        "[critical: overlap]\nnegation: ignored\nik|mezelf & einde aan mezelf & maak|maken\n");
    ll_classifier *c = load(CFG "taxonomy-gemeente.conf", path);
    static const struct {
        const char *text, *level;
    } cases[] = {
        {"ik wil niet meer leven", "critical"},         /* the negation is the signal */
        {"leven wil ik niet meer", "critical"},         /* any order */
        {"ik wou niet meer leven", "critical"},         /* an alternative */
        {"ik wil niet meer. Leven is mooi", "normal"},  /* not in one sentence */
        {"de kapotte oude brug", "critical"},           /* within the window of 3 */
        {"de kapotte en heel erg oude brug", "normal"}, /* beyond it */
        {"een politieke kapotte brug", "normal"},       /* unless */
        {"de brug gaat dicht", "high"},                 /* negation blocks by default */
        {"de brug gaat niet dicht", "normal"},
        {"het stoplicht is uit. Drukke kruising, trams",
         "critical"},                                      /* each part, across sentences */
        {"het stoplicht is uit op de kruising", "normal"}, /* a part missing */
        {"trams en een kruising en verder heel veel andere woorden en nog meer en het stoplicht is "
         "uit",
         "normal"},                                                         /* beyond the reach */
        {"de lichtmast is omgevallen, peuters spelen ernaast", "critical"}, /* a class in a class */
        {"de paal is omgevallen waar kinderen spelen",
         "critical"},                        /* "@name" in a term and a with: */
        {"de paal is omgevallen", "normal"}, /* the with: class is missing */
        {"ze sluiten de stroom af", "high"}, /* the context word between the parts counts */
        {"ze sluiten de winkel af", "normal"},
        {"Ik wil alleen nog maar rust. Voor altijd.", "critical"}, /* "sentences: 2" */
        {"Rust. Even. Voor altijd.", "normal"},                    /* three sentences */
        {"Rust is fijn na een lange week werken. Op zondag wil ik dat voor altijd.",
         "normal"}, /* window */
        {"de kapotte brug. Politieke woorden, meer is het niet, echt waar",
         "critical"},                              /* default: "unless" ... */
        {"de kapotte brug. Politieke.", "normal"}, /* (a short sentence after: its veto) */
        {"de kapotte. Oude brug", "normal"},       /* ... and one sentence */
        /* A part's last hit on another part's words: its hit before stands in (round 11). */
        {"ik wil een einde aan mezelf maken", "critical"},
        {"een einde aan mezelf maken", "normal"}, /* no other word for the person */
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *d = classify_with(c, cases[i].text, NULL);
        const char *got = str_at(d, "urgency", "level");
        if (strcmp(got, cases[i].level) != 0)
            fail_msg("%s\n got  %s\n want %s", cases[i].text, got, cases[i].level);
        const char *advice = str_at(d, "urgency", "advice");
        if (i == 0)
            assert_string_equal(advice, "bel 113");
        if (strcmp(cases[i].level, "critical") != 0)
            assert_null(advice);
        cJSON_Delete(d);
    }
    /* A fired rule votes for its theme, with the reason; a theme this
     * taxonomy lacks ("ww") takes no vote and is no error. The vote (10) puts it ~0.9
     * above "parkeergarage" (5.25); at 9 it was 0.04 above, and the theme model of development
     * 1-23 put it 0.06 below. */
    cJSON *d = classify_with(c, "De duiven bij de parkeergarage zijn vergiftigd.", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "openbare-ruimte");
    assert_true(array_has(
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(d, "themes"), 0), "matched"),
        "rule: gevaar voor vogels"));
    cJSON_Delete(d);
    d = classify_with(c, "De meeuwen bij de parkeergarage zijn vergiftigd.", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "parkeren");
    cJSON_Delete(d);
    ll_classifier_free(c);
}

static void second_taxonomy_loads(void **state) {
    (void)state;
    ll_classifier *c = load(CFG "taxonomy-uitkering.conf", CFG "urgency.conf");
    cJSON *d = classify_with(
        c, "burger belt ivm ww-uitkering niet ontvangen, boos, wil terugbellen", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "ww");
    assert_string_equal(str_at(d, "urgency", "level"), "high");
    assert_string_equal(str_at(d, "sentiment", "label"), "negative");
    cJSON_Delete(d);
    ll_classifier_free(c);
    ll_classifier_free(NULL);
}

/* -------------------------------------------------------- config errors */

static char load_err[512]; /* the error of expect_load_error's last load */

/* Loads a taxonomy/lexicon/urgency triple where one file is replaced by
 * content (tmpdir/bad.conf), and checks the error names FILE:LINE. */
static void expect_load_error(int which, const char *content, const char *want) {
    char paths[3][160], *err = load_err;
    const size_t errlen = sizeof(load_err);
    snprintf(paths[0], sizeof(paths[0]), "%s", CFG "taxonomy-gemeente.conf");
    snprintf(paths[1], sizeof(paths[1]), "%s", CFG "sentiment-nl.tsv");
    snprintf(paths[2], sizeof(paths[2]), "%s", CFG "urgency.conf");
    snprintf(paths[which], sizeof(paths[which]), "%s", tmp_file("bad.conf", content));
    err[0] = '\0';
    ll_classifier *c = ll_classifier_new(paths[0], paths[1], paths[2], err, errlen);
    if (c) {
        ll_classifier_free(c);
        fail_msg("loaded although bad: %s", content);
    }
    char expect[256];
    snprintf(expect, sizeof(expect), "%s/bad.conf:%s", tmpdir, want);
    if (!strstr(err, expect))
        fail_msg("error\n got  %s\n want %s...", err, expect);
}

static void bad_config_lines_name_file_and_line(void **state) {
    (void)state;
    static const struct {
        int which; /* 0 the taxonomy, 1 the lexicon, 2 the urgency rules */
        const char *content, *want;
    } bad[] = {
        {0, "# ok\n[afval]\nvuilnis\n[Bad Id]\n", "4: theme id"},
        {0, "vuilnis\n", "1: terms before the first [theme-id]"},
        {0, "[afval]\nvuilnis:zwaar\n", "2: weight"},
        {0, "[afval]\nvuilnis,,bak\n", "2: empty term"},
        {0, "[afval]\n[afval]\n", "2: theme 'afval' defined twice"},
        {1, "boos\t-0.7\tanger\nblij\t2\tjoy\n", "2: score"},
        {1, "boos\t-0.7\twoede\n", "1: unknown emotion"},
        {1, "boos\n", "1: expected TERM<TAB>SCORE"},
        {1, "a ~ b ~ c ~ d ~ e\t-0.5\n", "1: term"},
        {1, "a & b\t-0.5\n", "1: '&' terms are for urgency rules only"},
        {2, "[critical: x]\na ~ b & c\n", "2: term 'a ~ b & c' mixes '~' and '&'"},
        {2, "[critical: x]\nnegation: soms\nbrand\n", "2: negation must be 'blocks' or 'ignored'"},
        {2, "[critical: x]\nwindow: 1\nbrand\n", "2: window must be"},
        {2, "[critical: x]\nwindow: 8.5\nbrand\n", "2: window must be"},
        {2, "[critical: x]\nadvice: bel 113\nadvice: bel 112\nbrand\n",
         "3: rule 'x' has advice twice"},
        {2, "[critical: x]\nadvice: bel \"113\"\nbrand\n", "2: advice may not hold"},
        {2, "[critical: x]\nbrand & | rook\n", "2: term"},
        {2, "[critical: x]\nreach: 0\nbrand\n", "2: reach must be"},
        {2, "[critical: x]\nwith: a\nwith: b\nwith: c\nwith: d\nbrand\n",
         "5: rule 'x' has more than 3 'with:' lines"},
        {2, "[normaal: x]\nbrand\n",
         "1: level 'normaal' must be critical, high, normal, low or feature"},
        {2, "[urgent: iets]\nbrand\n", "1: level 'urgent'"},
        {2, "brand\n", "1: terms before the first"},
        {2, "[critical: gevaar]\n\n[high: leeg]\n", "3: rule 'gevaar' has no terms"},
        {2, "[critical: x]\n!!!\n", "2: term '!!!' has no words"},
        {2, "[critical: x]\n@kids & alleen\n", "2: unknown word class '@kids'"},
        {2, "@kids: kind\n@kids: baby\n", "2: word class '@kids' defined twice"},
        {2, "@kids: kind | | baby\n", "1: word class '@kids' has an empty word"},
        {2, "@kids: kind, baby\n", "1: word class '@kids': words are separated by '|'"},
        {2, "@Kids: kind\n", "1: word class name '@Kids' must be lower case"},
        {2, "@a: kind | @b\n", "1: unknown word class '@b' in '@a'"},
        {2, "[high: x]\ntheme: Afval\nbrand\n", "2: theme id 'Afval' must be lower case"},
        {2, "[high: x]\nsentences: 5\nbrand\n",
         "2: sentences must be a whole number of words in 1..4"},
        {2, "[high: x]\ntheme: afval:20\nbrand\n", "2: theme weight must be"},
        {2, "[high: x]\ntheme: afval\ntheme: wonen\nbrand\n", "3: rule 'x' has a theme twice"},
        {0, "office: balie, stads winkel\n[afval]\nvuilnis\n", "1: office: one word each"},
        {0, "office: balie,,loket\n[afval]\nvuilnis\n", "1: office: one word each"},
        {0, "yields: 0.4\n[afval]\nvuilnis\n", "1: yields: only inside a theme's section"},
        {0, "[afval]\nyields: 0.4\nyields: 0.5\n", "3: yields: given twice for 'afval'"},
        {0, "[afval]\nyields: 1\n", "2: yields: the factor must be in 0.05..0.95"},
        {0, "[-]\nyields: 0.4\n", "2: yields: only inside a theme's section"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        expect_load_error(bad[i].which, bad[i].content, bad[i].want);
    char err[256];
    assert_null(ll_classifier_new("/nonexistent/tax.conf", CFG "sentiment-nl.tsv",
                                  CFG "urgency.conf", err, sizeof(err)));
    assert_non_null(strstr(err, "/nonexistent/tax.conf:0: cannot open"));
}

/* ------------------------------------------------------- learned models */

static void analyse(ll_textnorm *tn, const char *text) {
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, text, strlen(text), 0);
}

static ll_nb *nb_from(const char *content, char *err, size_t errlen) {
    return ll_nb_read(tmp_file("m.tsv", content), err, errlen);
}

/* The features found once for every model (ll_nb_feats_of) score as the
 * model's own walk does: the same count, posterior and features (for the
 * reasons), on texts with pairs the model knows, sentences that part a
 * pair, numbers that are no features, repeats, a word cut at its bound and
 * a model that knows nothing of the text. */
static void shared_features_score_as_the_models_own_walk(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    const char *ids[] = {"afval", "wonen", "verkeer"};
    ll_nb *nb = ll_nb_new(ids, 3);
    assert_non_null(nb);
    static const char *const train[][2] = {
        {"de kliko is niet geleegd kliko kliko", "afval"},
        {"kliko vol en stinkt. grofvuil niet opgehaald", "afval"},
        {"schimmel in de woning, de woning is vochtig", "wonen"},
        {"lekkage in de woning van de buren", "wonen"},
        {"de stoplichten staan verkeerd afgesteld", "verkeer"},
        {"te hard gereden in de straat! 30 km", "verkeer"},
    };
    for (size_t i = 0; i < sizeof(train) / sizeof(train[0]); i++) {
        analyse(tn, train[i][0]);
        size_t cls = train[i][1][0] == 'a' ? 0 : train[i][1][0] == 'w' ? 1 : 2;
        assert_int_equal(ll_nb_add(nb, tn, cls), 0);
    }
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
    assert_true(ll_nb_feature(nb, "de won") >= 0 || ll_nb_feature(nb, "de woning") >= 0);
    ll_nb_scratch a = {0}, b = {0};
    ll_nb_feats fs = {0};
    assert_int_equal(ll_nb_scratch_init(&a, nb), 0);
    assert_int_equal(ll_nb_scratch_init(&b, nb), 0);
    assert_int_equal(ll_nb_feats_init(&fs), 0);
    char longword[300];
    memset(longword, 'k', sizeof(longword) - 1);
    longword[sizeof(longword) - 1] = '\0';
    const char *texts[] = {
        "de kliko is niet geleegd kliko kliko",
        "Schimmel in de woning. De woning is vochtig!! Lekkage in de woning van de buren",
        "de. woning. is. vochtig", /* every pair parted by a sentence */
        "kliko 1234 kliko 12 de woning 2024 is",
        "DE STOPLICHTEN staan verkeerd; te hard gereden in de straat",
        "niets hiervan staat in het model",
        "",
        "   ...   ",
        longword,
        "é de woning ü kliko ß",
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        analyse(tn, texts[i]);
        ll_nb_feats_of(tn, &fs);
        double pa[3], pb[3];
        size_t na = ll_nb_score(nb, tn, &a, 1.7, pa);
        size_t nb2 = ll_nb_score_feats(nb, tn, &fs, &b, 1.7, pb);
        if (na != nb2)
            fail_msg("text %zu: %zu features by the model's walk, %zu shared", i, na, nb2);
        for (int c = 0; c < 3; c++)
            assert_memory_equal(&pa[c], &pb[c], sizeof(double));
        for (size_t k = 0; k < na; k++) {
            assert_int_equal(a.feat[k], b.feat[k]);
            assert_int_equal(a.t0[k], b.t0[k]);
            assert_int_equal(a.t1[k], b.t1[k]);
        }
        if (i < 2)
            assert_true(na >= 4); /* pairs and stems the model knows */
    }
    ll_nb_feats_free(&fs);
    ll_nb_scratch_free(&a);
    ll_nb_scratch_free(&b);
    ll_nb_free(nb);
    ll_textnorm_free(tn);
}

/* A model's working memory read by one text after another, by every way of scoring (the
 * model's walk, the shared features, keys, ids), gives each text what a fresh one gives:
 * the features a text held are forgotten for the next, also after scoring by ids, which
 * writes the features' list over (issue 16: a bit per feature, cleared by that list, where
 * a stamp of 4 bytes a feature was resident once per worker). */
static void a_models_scratch_forgets_each_text(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    const char *ids[] = {"afval", "wonen"};
    ll_nb *nb = ll_nb_new(ids, 2);
    assert_non_null(nb);
    static const char *const train[][2] = {
        {"de container is vol en stinkt", "afval"},
        {"het grofvuil is niet opgehaald", "afval"},
        {"er zit schimmel in de badkamer", "wonen"},
        {"de verhuurder repareert de lekkage niet", "wonen"},
    };
    for (size_t i = 0; i < sizeof(train) / sizeof(train[0]); i++) {
        analyse(tn, train[i][0]);
        assert_int_equal(ll_nb_add(nb, tn, train[i][1][0] == 'a' ? 0 : 1), 0);
    }
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
    ll_nb_scratch used = {0};
    ll_nb_feats fs = {0};
    assert_int_equal(ll_nb_scratch_init(&used, nb), 0);
    assert_int_equal(ll_nb_feats_init(&fs), 0);
    /* The same text twice running, and again after others: each time all its features. */
    const char *texts[] = {"de container is vol",
                           "de container is vol",
                           "schimmel in de badkamer",
                           "",
                           "de container is vol en de badkamer heeft schimmel",
                           "de container is vol"};
    const char *keys[] = {"container", "schimmel", "container", "badkamer"};
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
        for (int way = 0; way < 4; way++) {
            analyse(tn, texts[i]);
            ll_nb_feats_of(tn, &fs);
            ll_nb_scratch fresh = {0};
            assert_int_equal(ll_nb_scratch_init(&fresh, nb), 0);
            double pu[2], pf[2];
            size_t nu = 0, nf = 0;
            uint32_t idv[2] = {0, 1};
            switch (way) {
            case 0:
                nu = ll_nb_score(nb, tn, &used, 1.0, pu);
                nf = ll_nb_score(nb, tn, &fresh, 1.0, pf);
                break;
            case 1:
                nu = ll_nb_score_feats(nb, tn, &fs, &used, 1.0, pu);
                nf = ll_nb_score_feats(nb, tn, &fs, &fresh, 1.0, pf);
                break;
            case 2:
                nu = ll_nb_score_keys(nb, keys, 4, &used, 1.0, pu);
                nf = ll_nb_score_keys(nb, keys, 4, &fresh, 1.0, pf);
                break;
            default:
                nu = ll_nb_score_ids(nb, idv, 2, &used, 1.0, pu);
                nf = ll_nb_score_ids(nb, idv, 2, &fresh, 1.0, pf);
                break;
            }
            if (nu != nf)
                fail_msg("text %zu by way %d: %zu features read after other texts, %zu fresh", i,
                         way, nu, nf);
            assert_true(i == 3 || way == 2 || way == 3 || nu >= 2);
            for (int c = 0; c < 2; c++)
                assert_memory_equal(&pu[c], &pf[c], sizeof(double));
            ll_nb_scratch_free(&fresh);
        }
    ll_nb_feats_free(&fs);
    ll_nb_scratch_free(&used);
    ll_nb_free(nb);
    ll_textnorm_free(tn);
}

/* Models joined in one table (ll_nb_joint_new) score as each did alone: the same count,
 * posterior and features, by the joint's rows (ll_nb_feats_of with the joint) and by their
 * own walk (ll_nb_score, now through the joint's table), for models of 5, 3 and 1 classes
 * (four classes a step and the rest alone) that share some words and not others; a model
 * is joined once, and a model not sealed is not joined. */
static void joined_models_score_as_each_alone(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    static const char *const five[] = {"afval", "wonen", "verkeer", "zorg", "parkeren"};
    static const char *const three[] = {"negative", "neutral", "positive"};
    static const char *const one[] = {"alles"};
    static const char *const train[][2] = {
        {"de kliko is niet geleegd kliko kliko", "0"},
        {"kliko vol en stinkt. grofvuil niet opgehaald", "0"},
        {"schimmel in de woning, de woning is vochtig", "1"},
        {"lekkage in de woning van de buren", "1"},
        {"de stoplichten staan verkeerd afgesteld", "2"},
        {"de thuiszorg komt niet meer, mijn moeder is alleen", "3"},
        {"geen parkeerplek voor de deur, vergunning te duur", "4"},
    };
    static const char *const mood[][2] = {
        {"heel fijn geholpen, dank", "2"},
        {"boos, de kliko is weer niet geleegd", "0"},
        {"ik heb een vraag over de vergunning", "1"},
        {"slecht geregeld en te duur", "0"},
    };
    ll_nb *nb[3] = {ll_nb_new(five, 5), ll_nb_new(three, 3), ll_nb_new(one, 1)};
    for (int m = 0; m < 3; m++)
        assert_non_null(nb[m]);
    for (size_t i = 0; i < sizeof(train) / sizeof(train[0]); i++) {
        analyse(tn, train[i][0]);
        assert_int_equal(ll_nb_add(nb[0], tn, (size_t)(train[i][1][0] - '0')), 0);
        assert_int_equal(ll_nb_add(nb[2], tn, 0), 0);
    }
    for (size_t i = 0; i < sizeof(mood) / sizeof(mood[0]); i++) {
        analyse(tn, mood[i][0]);
        assert_int_equal(ll_nb_add(nb[1], tn, (size_t)(mood[i][1][0] - '0')), 0);
    }
    for (int m = 0; m < 3; m++)
        assert_int_equal(ll_nb_finish(nb[m], 0.5, 1), 0);
    assert_null(ll_nb_joint_new(nb, 3)); /* not sealed: the models are unchanged */
    const char *texts[] = {
        "de kliko is niet geleegd, boos",
        "Schimmel in de woning. Heel fijn geholpen!! geen parkeerplek voor de deur",
        "de. woning. is. vochtig",
        "niets hiervan staat in het model",
        "",
        "thuiszorg 12 moeder alleen; vergunning te duur en slecht geregeld",
    };
    enum { NT = sizeof(texts) / sizeof(texts[0]) };
    static const char *const keys[] = {"kliko", "de won", "fijn", "bestaat niet"};
    double want[3][NT][5];
    size_t wantn[3][NT];
    uint32_t wantf[3][NT][64];
    int64_t wantk[3][4];
    ll_nb_scratch s[3] = {{0}};
    ll_nb_feats fs = {0};
    assert_int_equal(ll_nb_feats_init(&fs), 0);
    for (int m = 0; m < 3; m++) {
        assert_int_equal(ll_nb_scratch_init(&s[m], nb[m]), 0);
        for (int k = 0; k < 4; k++)
            wantk[m][k] = ll_nb_feature(nb[m], keys[k]);
        for (size_t i = 0; i < NT; i++) {
            analyse(tn, texts[i]);
            ll_nb_feats_of(tn, &fs);
            wantn[m][i] = ll_nb_score_feats(nb[m], tn, &fs, &s[m], 1.3, want[m][i]);
            assert_true(wantn[m][i] <= 64);
            memcpy(wantf[m][i], s[m].feat, wantn[m][i] * sizeof(uint32_t));
        }
        ll_nb_seal(nb[m]);
    }
    assert_true(wantn[0][1] > 0 && wantn[1][1] > 0 && wantn[2][1] > 0);
    assert_true(wantk[1][1] < 0 && wantk[0][0] >= 0 && wantk[1][0] >= 0); /* some shared */
    ll_nb_joint *j = ll_nb_joint_new(nb, 3);
    assert_non_null(j);
    assert_null(ll_nb_joint_new(nb + 1, 1)); /* joined already */
    for (int m = 0; m < 3; m++)
        for (int k = 0; k < 4; k++)
            assert_int_equal(ll_nb_feature(nb[m], keys[k]), wantk[m][k]);
    for (int by_row = 0; by_row < 2; by_row++) {
        fs.joint = by_row ? j : NULL;
        for (size_t i = 0; i < NT; i++) {
            analyse(tn, texts[i]);
            ll_nb_feats_of(tn, &fs);
            for (int m = 0; m < 3; m++) {
                double post[5];
                size_t n = ll_nb_score_feats(nb[m], tn, &fs, &s[m], 1.3, post);
                if (n != wantn[m][i])
                    fail_msg("model %d, text %zu, by row %d: %zu features, alone %zu", m, i, by_row,
                             n, wantn[m][i]);
                assert_memory_equal(post, want[m][i], ll_nb_classes(nb[m]) * sizeof(double));
                assert_memory_equal(s[m].feat, wantf[m][i], n * sizeof(uint32_t));
            }
        }
    }
    ll_nb_feats_free(&fs);
    for (int m = 0; m < 3; m++) {
        ll_nb_scratch_free(&s[m]);
        ll_nb_free(nb[m]);
    }
    ll_nb_joint_free(j);
    ll_textnorm_free(tn);
}

/* The joint's table is sized by its distinct keys, at most three quarters full: three models
 * of 100 keys each, overlapping by half, hold 200 distinct keys in 512 slots. It was sized by
 * the keys added up (300) and at most half full: 1,024 slots, and the shipped theme, sentiment
 * and words models' 64,483 distinct keys of 77,918 took 2 MiB where 1 MiB holds them (issue
 * 16, models19). Every key is still found in its model. */
static void joined_table_sized_by_distinct_keys(void **state) {
    (void)state;
    static const char *const two[] = {"ja", "nee"};
    ll_nb *nb[3];
    char key[3][100][8];
    for (int m = 0; m < 3; m++) {
        assert_non_null(nb[m] = ll_nb_new(two, 2));
        const char *keys[100];
        for (int k = 0; k < 100; k++) {
            snprintf(key[m][k], sizeof(key[m][k]), "k%d", 50 * m + k);
            keys[k] = key[m][k];
        }
        assert_int_equal(ll_nb_add_keys(nb[m], keys, 100, 0), 0);
        assert_int_equal(ll_nb_add_keys(nb[m], keys, 1, 1), 0);
        assert_int_equal(ll_nb_finish(nb[m], 0.5, 1), 0);
        ll_nb_seal(nb[m]);
    }
    ll_nb_joint *j = ll_nb_joint_new(nb, 3);
    assert_non_null(j);
    size_t slots = 0;
    assert_int_equal(ll_nb_joint_keys(j, &slots), 200);
    assert_int_equal(slots, 512);
    for (int m = 0; m < 3; m++) {
        for (int k = 0; k < 100; k++)
            if (ll_nb_feature(nb[m], key[m][k]) < 0)
                fail_msg("model %d: key %s not found", m, key[m][k]);
        assert_true(ll_nb_feature(nb[m], m == 2 ? "k0" : "k199") < 0);
    }
    ll_nb_joint_free(j);
    for (int m = 0; m < 3; m++)
        ll_nb_free(nb[m]);
}

/* A sealed model holds each distinct row of weights once (issue 16 (e)): a feature's row is a
 * function of its counts, so features held by the same messages' classes alike share one. Here
 * 100 features in four kinds of counts keep four rows; every text scores as before, to the bit,
 * and names the same words. */
static void sealed_model_shares_rows_of_equal_weights(void **state) {
    (void)state;
    static const char *const ids[] = {"a", "b", "c"};
    ll_nb *nb = ll_nb_new(ids, 3);
    assert_non_null(nb);
    char key[100][8];
    const char *keys[100];
    for (int k = 0; k < 100; k++) {
        snprintf(key[k], sizeof(key[k]), "k%d", k);
        keys[k] = key[k];
    }
    assert_int_equal(ll_nb_add_keys(nb, keys, 60, 0), 0);      /* 1, 0, 0 */
    assert_int_equal(ll_nb_add_keys(nb, keys, 10, 1), 0);      /* the first ten 1, 1, 0 */
    assert_int_equal(ll_nb_add_keys(nb, keys + 60, 30, 1), 0); /* 0, 1, 0 */
    for (int i = 0; i < 2; i++)
        assert_int_equal(ll_nb_add_keys(nb, keys + 90, 10, 2), 0); /* 0, 0, 2 */
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
    assert_int_equal(ll_nb_complement(nb, 0.5, 1), 0);
    assert_int_equal(ll_nb_rows(nb), 100);
    ll_nb_scratch s;
    assert_int_equal(ll_nb_scratch_init(&s, nb), 0);
    static const int pick[][4] = {{0, 15, 70, 95}, {5, 9, 61, 99}, {30, 40, 50, 59}, {1, 2, 3, 4}};
    enum { NP = sizeof(pick) / sizeof(pick[0]) };
    double want[NP][3];
    size_t wantn[NP], wantt[NP][3];
    int32_t want0[NP][3][LL_NB_MAX_TOP], want1[NP][3][LL_NB_MAX_TOP];
    for (int seal = 0; seal < 2; seal++) {
        if (seal) {
            ll_nb_seal(nb);
            assert_int_equal(ll_nb_rows(nb), 4);
        }
        for (int p = 0; p < NP; p++) {
            const char *text[4];
            for (int i = 0; i < 4; i++)
                text[i] = keys[pick[p][i]];
            double post[3];
            size_t n = ll_nb_score_keys(nb, text, 4, &s, 1.0, post);
            assert_int_equal(n, 4);
            for (size_t c = 0; c < 3; c++) {
                int32_t t0[LL_NB_MAX_TOP], t1[LL_NB_MAX_TOP];
                size_t nt = ll_nb_top(nb, NULL, &s, n, c, t0, t1);
                if (!seal) {
                    wantt[p][c] = nt;
                    memcpy(want0[p][c], t0, nt * sizeof(int32_t));
                    memcpy(want1[p][c], t1, nt * sizeof(int32_t));
                    continue;
                }
                assert_int_equal(nt, wantt[p][c]);
                assert_memory_equal(t0, want0[p][c], nt * sizeof(int32_t));
                assert_memory_equal(t1, want1[p][c], nt * sizeof(int32_t));
            }
            if (!seal) {
                wantn[p] = n;
                memcpy(want[p], post, sizeof(post));
            } else {
                assert_int_equal(n, wantn[p]);
                assert_memory_equal(post, want[p], sizeof(post));
            }
        }
    }
    assert_true(want[0][0] != want[0][2]); /* the picks do weigh the classes differently */
    ll_nb_scratch_free(&s);
    ll_nb_free(nb);
}

/* A row's index takes 2 bytes a feature while 16 bits name every distinct row, else 4: a model
 * of 16 classes whose 65,537 features each have counts of their own keeps 65,537 rows, and the
 * last of them (index 65,536) still scores as before sealing, as does one of 2 bytes. */
static void sealed_model_past_65536_rows_indexes_them_all(void **state) {
    (void)state;
    const char *ids[16];
    char name[16][4];
    for (int c = 0; c < 16; c++) {
        snprintf(name[c], sizeof(name[c]), "c%d", c);
        ids[c] = name[c];
    }
    enum { NK = 65537 };
    static char key[NK][8];
    static const char *keys[NK];
    for (int k = 0; k < NK; k++) {
        snprintf(key[k], sizeof(key[k]), "k%d", k);
        keys[k] = key[k];
    }
    /* Feature 0 held twice by class 0, then k held once by each class of k's bits (1..65535),
     * then the last twice by class 1: each its own counts, its own row, in this order. */
    static const char *with[NK];
    size_t n;
    for (int sealed = 0; sealed < 2; sealed++) {
        ll_nb *nb = ll_nb_new(ids, 16);
        assert_non_null(nb);
        for (int i = 0; i < 2; i++)
            assert_int_equal(ll_nb_add_keys(nb, keys, 1, 0), 0);
        for (size_t c = 0; c < 16; c++) {
            n = 0;
            for (int k = 1; k < NK - 1; k++)
                if (k >> c & 1)
                    with[n++] = keys[k];
            assert_int_equal(ll_nb_add_keys(nb, with, n, c), 0);
        }
        for (int i = 0; i < 2; i++)
            assert_int_equal(ll_nb_add_keys(nb, keys + NK - 1, 1, 1), 0);
        assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
        ll_nb_scratch s;
        assert_int_equal(ll_nb_scratch_init(&s, nb), 0);
        static double want[2][16];
        const char *text[2][2] = {{keys[NK - 1], keys[3]}, {keys[0], keys[NK - 2]}};
        for (int big = 0; big < 2; big++) {
            ll_nb *m = nb;
            if (sealed && big == 0) {
                ll_nb_seal(m);
                assert_int_equal(ll_nb_rows(m), NK);
            }
            double post[16];
            assert_int_equal(ll_nb_score_keys(m, text[big], 2, &s, 1.0, post), 2);
            if (!sealed)
                memcpy(want[big], post, sizeof(post));
            else
                assert_memory_equal(post, want[big], sizeof(post));
        }
        ll_nb_scratch_free(&s);
        ll_nb_free(nb);
    }
    /* 2 bytes an index: the same features but the last; the first text's second key alone. */
    ll_nb *nb = ll_nb_new(ids, 16);
    assert_non_null(nb);
    for (size_t c = 0; c < 16; c++) {
        n = 0;
        for (int k = 1; k < NK - 1; k++)
            if (k >> c & 1)
                with[n++] = keys[k];
        assert_int_equal(ll_nb_add_keys(nb, with, n, c), 0);
    }
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
    ll_nb_scratch s;
    assert_int_equal(ll_nb_scratch_init(&s, nb), 0);
    double a[16], b[16];
    const char *last[] = {keys[NK - 2], keys[1]};
    assert_int_equal(ll_nb_score_keys(nb, last, 2, &s, 1.0, a), 2);
    ll_nb_seal(nb);
    assert_int_equal(ll_nb_rows(nb), NK - 2);
    assert_int_equal(ll_nb_score_keys(nb, last, 2, &s, 1.0, b), 2);
    assert_memory_equal(a, b, sizeof(a));
    ll_nb_scratch_free(&s);
    ll_nb_free(nb);
}

/* Bernoulli weights (ll_nb_bernoulli): a word that every message of both classes holds says
 * nothing of the class, however long the messages of each class are. The multinomial weights
 * divide by each class's total of features, so the same word leans to the class of short
 * messages: the bias that made the danger words model surer of the suicidal phrasings the
 * more words a text held. */
static void naive_bayes_bernoulli_weighs_by_share_of_messages(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    const char *ids[] = {"lang", "kort"};
    ll_nb *nb = ll_nb_new(ids, 2);
    assert_non_null(nb);
    assert_int_equal(ll_nb_bernoulli(nb), -1); /* not finished */
    for (int i = 0; i < 3; i++) {
        analyse(tn, "Formulier. De straat, de lantaarn, de fiets en de stoep bij ons in de buurt");
        assert_int_equal(ll_nb_add(nb, tn, 0), 0);
        analyse(tn, "Formulier. Hulp");
        assert_int_equal(ll_nb_add(nb, tn, 1), 0);
    }
    assert_int_equal(ll_nb_finish(nb, 0.5, 2), 0);
    ll_nb_scratch s;
    assert_int_equal(ll_nb_scratch_init(&s, nb), 0);
    /* Tempered by T, the posteriors do not round to 1: T times their log-odds are the
     * model's own. */
    const double T = 100;
    double a[2], b[2];
    analyse(tn, "straat hulp");
    ll_nb_score(nb, tn, &s, T, a);
    analyse(tn, "straat hulp. Formulier.");
    ll_nb_score(nb, tn, &s, T, b);
    /* multinomial: the shared word leans to the short class by more than a nat */
    assert_true(T * (log(b[1] / b[0]) - log(a[1] / a[0])) > 1);
    assert_int_equal(ll_nb_bernoulli(nb), 0);
    analyse(tn, "straat hulp");
    ll_nb_score(nb, tn, &s, T, a);
    analyse(tn, "straat hulp. Formulier.");
    ll_nb_score(nb, tn, &s, T, b);
    assert_true(fabs(T * (log(b[1] / b[0]) - log(a[1] / a[0]))) < 1e-3);
    ll_nb_seal(nb);
    assert_int_equal(ll_nb_bernoulli(nb), -1); /* sealed: its counts are gone */
    ll_nb_scratch_free(&s);
    ll_nb_free(nb);
    ll_textnorm_free(tn);
}

/* T times the log-odds of class 1 against class 0 for text, tempered by T. */
static double odds_of(const ll_nb *nb, ll_textnorm *tn, ll_nb_scratch *s, double T,
                      const char *text) {
    double p[2];
    analyse(tn, text);
    ll_nb_score(nb, tn, s, T, p);
    return T * log(p[1] / p[0]);
}

/* The complement model's "odds" and "pairs" (ll_nb_complement; issue 12, theme26): each
 * class's score is the plain complement model's, plus own times the multinomial model's (its
 * log P(f | c) and prior), and a feature of two words counts pairs times. Tempered by T, the
 * posteriors keep T times the log-odds between the classes, which add up so: a text's odds are
 * its words' (each scored alone, no pair) plus pairs times its pair's; with own 0.5, the
 * complement model's odds plus half the multinomial model's. */
/* The complement vote as a function of arrays (ll_theme_vote_cast): what the processor casts and
 * bench_model replays. Three themes, the third "overig"; the model's log posterior in nats. */
static void theme_vote_casts_over_arrays(void **state) {
    (void)state;
    const ll_theme_vote add = {.weight = 0.5, .theme_min = 1, .overig = 2};
    ll_theme_vote prod = add;
    prod.product = 1;
    prod.struct_per_nat = 0.75;
    const double none[3] = {0}, lp[3] = {-0.1, -2.1, -5};
    /* added: a nat behind costs weight; a theme no rule named gets nothing */
    double sc[3] = {3, 3, 0};
    assert_int_equal(ll_theme_vote_cast(&add, lp, 3, NULL, sc, none, none, 3), -1);
    assert_true(fabs(sc[0] - 3) < 1e-12 && fabs(sc[1] - 2) < 1e-12 && sc[2] == 0);
    /* product: the words scaled by e^(w x behind), the structure's part loses 0.75 a nat */
    double sp[3] = {3, 3, 0}, st[3] = {0, 1, 0};
    assert_int_equal(ll_theme_vote_cast(&prod, lp, 3, NULL, sp, st, none, 3), -1);
    assert_true(fabs(sp[1] - (2 * exp(-1.0) + 0.0)) < 1e-12); /* 1 - 0.75 x 2 floored at 0 */
    /* no rule reaches the minimum and the model's best is 2 nats ahead: it names the theme */
    double weak[3] = {0.5, 0, 0};
    const double far[3] = {-3, 0, -4};
    assert_int_equal(ll_theme_vote_cast(&add, far, 3, NULL, weak, none, none, 3), -1);
    assert_true(fabs(weak[1] - 1) < 1e-12);
    /* a crisis keeps its theme at the minimum however far behind the model puts it */
    double cr[3] = {1.5, 0, 0};
    const double crisis[3] = {1.5, 0, 0};
    assert_int_equal(ll_theme_vote_cast(&add, far, 3, NULL, cr, none, crisis, 3), -1);
    assert_true(fabs(cr[0] - 1) < 1e-12);
    /* the model's best is "overig" and no rule is strong: overig first, the caller's reason */
    double ov[3] = {2, 0, 0};
    const double lov[3] = {-1, -3, 0};
    assert_int_equal(ll_theme_vote_cast(&add, lov, 3, NULL, ov, none, none, 3), 2);
    assert_true(fabs(ov[2] - 2.001) < 1e-12);
    /* the classes map onto themes: class 0 is theme 1 */
    const int16_t map[3] = {1, 0, 2};
    double sm[3] = {3, 3, 0};
    assert_int_equal(ll_theme_vote_cast(&add, lp, 3, map, sm, none, none, 3), -1);
    assert_true(fabs(sm[0] - 2) < 1e-12 && fabs(sm[1] - 3) < 1e-12);
}

static void complement_odds_and_pairs_weigh_the_features(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    const char *ids[] = {"openbare-ruimte", "verkeer"};
    ll_nb *nb = ll_nb_new(ids, 2);
    assert_non_null(nb);
    static const char *const train[][2] = {
        {"de stoep ligt vol bladeren", "openbare-ruimte"},
        {"de stoep kapot bij de speeltuin", "openbare-ruimte"},
        {"het gras is niet gemaaid", "openbare-ruimte"},
        {"de stoep kapot en de fietsers vallen", "verkeer"},
        {"het verkeerslicht staat op rood", "verkeer"},
        {"de weg ligt open, fietsers moeten om", "verkeer"},
        {"de drempel is kapot", "verkeer"},
    };
    for (size_t i = 0; i < sizeof(train) / sizeof(train[0]); i++) {
        analyse(tn, train[i][0]);
        assert_int_equal(ll_nb_add(nb, tn, strcmp(train[i][1], "verkeer") == 0), 0);
    }
    assert_int_equal(ll_nb_complement(nb, 0, 1), -1); /* not finished */
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
    ll_nb_scratch s;
    assert_int_equal(ll_nb_scratch_init(&s, nb), 0);
    const double T = 100;
#define ODDS(text) odds_of(nb, tn, &s, T, text)
    double multi = ODDS("stoep kapot");
    assert_int_equal(ll_nb_complement(nb, 0, 1), 0);
    double plain = ODDS("stoep kapot"), words = ODDS("stoep") + ODDS("kapot");
    assert_true(fabs(plain - words) > 0.1); /* the pair says something of its own */
    assert_int_equal(ll_nb_complement(nb, 0, 0), 0);
    assert_true(fabs(ODDS("stoep kapot") - words) < 1e-3);
    assert_int_equal(ll_nb_complement(nb, 0, 0.5), 0);
    assert_true(fabs(ODDS("stoep kapot") - (words + 0.5 * (plain - words))) < 1e-3);
    assert_int_equal(ll_nb_complement(nb, 0.5, 1), 0);
    assert_true(fabs(ODDS("stoep kapot") - (plain + 0.5 * multi)) < 1e-3);
    /* the multinomial prior comes with it: a text of no known word has its odds alone */
    assert_true(fabs(ODDS("1234") - 0.5 * log(5.0 / 4.0)) < 1e-5); /* docs 3 and 4 */
    assert_int_equal(ll_nb_complement(nb, 0, 1), 0);
    assert_true(fabs(ODDS("stoep kapot") - plain) < 1e-3);
    assert_true(fabs(ODDS("1234")) < 1e-9); /* complement naive Bayes weighs no prior */
#undef ODDS
    assert_int_equal(ll_nb_complement(nb, -0.1, 1), -1);
    assert_int_equal(ll_nb_complement(nb, 0, -1), -1);
    ll_nb_seal(nb);
    assert_int_equal(ll_nb_complement(nb, 0.5, 0.5), -1); /* sealed: its counts are gone */
    ll_nb_scratch_free(&s);
    ll_nb_free(nb);
    ll_textnorm_free(tn);
}

/* The learner counts each feature once per message, writes counts that read
 * back to the same model, names the words that decided, and rejects a bad
 * file with FILE:LINE. */
static void naive_bayes_learns_writes_and_reads(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    const char *ids[] = {"afval", "wonen"};
    ll_nb *nb = ll_nb_new(ids, 2);
    assert_non_null(nb);
    static const char *const afval[] = {"de kliko is niet geleegd kliko kliko",
                                        "kliko vol en stinkt", "grofvuil niet opgehaald"};
    static const char *const wonen[] = {"schimmel in de woning", "de woning is vochtig",
                                        "lekkage in de woning"};
    for (int i = 0; i < 3; i++) {
        analyse(tn, afval[i]);
        assert_int_equal(ll_nb_add(nb, tn, 0), 0);
        analyse(tn, wonen[i]);
        assert_int_equal(ll_nb_add(nb, tn, 1), 0);
    }
    assert_int_equal(ll_nb_add(nb, tn, 2), -1); /* no such class */
    char path[2][160];
    for (int k = 0; k < 2; k++) {
        snprintf(path[k], sizeof(path[k]), "%s/w%d.tsv", tmpdir, k);
        FILE *f = fopen(path[k], "w");
        assert_non_null(f);
        assert_int_equal(ll_nb_write(nb, f, 0.5, 2), 0);
        assert_int_equal(fclose(f), 0);
    }
    char *a = NULL, *b = NULL;
    size_t na = 0, nbytes = 0;
    FILE *fa = fopen(path[0], "r"), *fb = fopen(path[1], "r");
    assert_true(getdelim(&a, &na, '\0', fa) > 0 && getdelim(&b, &nbytes, '\0', fb) > 0);
    fclose(fa);
    fclose(fb);
    assert_string_equal(a, b); /* the same counts write the same bytes */
    /* Counted once per message ("kliko kliko kliko" is one), held by >= 2. */
    assert_non_null(strstr(a, "\nkliko\tafval:2\n"));
    assert_non_null(strstr(a, "\nwoning\twonen:3\n"));
    assert_null(strstr(a, "\ngrofvuil")); /* one message only: below min count */
    assert_non_null(strstr(a, "classes\tafval\twonen\ndocs\t3\t3\nalpha\t0.5\n"));
    free(a);
    free(b);
    ll_nb_free(nb);

    nb = ll_nb_read(path[0], err, sizeof(err));
    assert_non_null(nb);
    assert_int_equal(ll_nb_classes(nb), 2);
    /* Read to be scored, not trained on (its training table is dropped);
     * its counts stay, for complement weights and writing. */
    analyse(tn, "kliko vol");
    assert_int_equal(ll_nb_add(nb, tn, 0), -1);
    FILE *devnull = fopen("/dev/null", "w");
    assert_non_null(devnull);
    assert_int_equal(ll_nb_write(nb, devnull, 0.5, 1), 0);
    fclose(devnull);
    assert_string_equal(ll_nb_class_id(nb, 1), "wonen");
    ll_nb_scratch s;
    assert_int_equal(ll_nb_scratch_init(&s, nb), 0);
    double post[2];
    analyse(tn, "Er zit schimmel in mijn woning");
    size_t nf = ll_nb_score(nb, tn, &s, 1.0, post);
    assert_true(nf >= 1);
    assert_true(post[1] > 0.8 && post[0] < 0.2);
    int32_t t0[LL_NB_MAX_TOP], t1[LL_NB_MAX_TOP];
    size_t nt = ll_nb_top(nb, tn, &s, nf, 1, t0, t1);
    assert_true(nt >= 1);
    int named = 0;
    for (size_t i = 0; i < nt; i++)
        named |= t0[i] == t1[i] && strncmp(tn->toks[t0[i]].orig, "woning", 6) == 0;
    assert_true(named);
    analyse(tn, "1234 5678"); /* numbers are no features: the prior */
    assert_int_equal(ll_nb_score(nb, tn, &s, 1.0, post), 0);
    assert_true(post[0] > 0.49 && post[0] < 0.51);
    /* Sealed (the classifier's models, once loaded): the same scores and
     * reasons from the weights alone; the counts are gone, so what needs
     * them refuses. */
    assert_int_equal(ll_nb_complement(nb, 0, 1), 0);
    analyse(tn, "De kliko is vol en er zit schimmel in mijn woning");
    double before[2], after[2];
    size_t nf_before = ll_nb_score(nb, tn, &s, 1.0, before);
    size_t nt_before = ll_nb_top(nb, tn, &s, nf_before, 1, t0, t1);
    int64_t kliko = ll_nb_feature(nb, "kliko");
    assert_true(kliko >= 0);
    ll_nb_seal(nb);
    size_t nf_after = ll_nb_score(nb, tn, &s, 1.0, after);
    assert_int_equal(nf_after, nf_before);
    assert_memory_equal(after, before, sizeof(before));
    int32_t u0[LL_NB_MAX_TOP], u1[LL_NB_MAX_TOP];
    assert_int_equal(ll_nb_top(nb, tn, &s, nf_after, 1, u0, u1), nt_before);
    assert_memory_equal(u0, t0, nt_before * sizeof(*t0));
    assert_memory_equal(u1, t1, nt_before * sizeof(*t1));
    assert_int_equal(ll_nb_feature(nb, "kliko"), kliko);
    assert_int_equal(ll_nb_feature(nb, "grofvuil"), -1);
    assert_string_equal(ll_nb_class_id(nb, 1), "wonen");
    devnull = fopen("/dev/null", "w");
    assert_non_null(devnull);
    assert_int_equal(ll_nb_write(nb, devnull, 0.5, 1), -1);
    fclose(devnull);
    assert_int_equal(ll_nb_complement(nb, 0, 1), -1);
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), -1);
    assert_int_equal(ll_nb_add(nb, tn, 0), -1);
    ll_nb_scratch_free(&s);
    ll_nb_free(nb);

    static const struct {
        const char *content, *want;
    } bad[] = {
        {"docs\t1\n", "m.tsv:1: the first line must list the classes"},
        {"classes\ta\tb\ndocs\t1\n", "m.tsv:2: docs: one count per class"},
        {"classes\ta\tb\ndocs\t1\t1\nalpha\t0\n", "m.tsv:3: alpha must be"},
        {"classes\ta\tb\ndocs\t1\t1\nkliko\ta:1\n", "m.tsv:3: docs and alpha come before"},
        {"classes\ta\tb\ndocs\t1\t1\nalpha\t1\nkliko\tc:1\n", "m.tsv:4: expected class:count"},
        {"classes\ta\tb\ndocs\t1\t1\nalpha\t1\nkliko\ta:0\n", "m.tsv:4: expected class:count"},
        {"classes\ta\tb\ndocs\t1\t1\nalpha\t1\nkliko\ta:x\n", "m.tsv:4: expected class:count"},
        {"classes\ta\tb\ndocs\t1\t1\nalpha\t1\nkliko\ta:1\nkliko\tb:1\n",
         "m.tsv:5: feature listed twice"},
        {"classes\ta\tb\ndocs\t1\t1\nalpha\t1\nkliko\n", "m.tsv:4: expected FEATURE"},
        {"classes\ta\tb\n", "incomplete model"},
        {"classes\ta\tb\ndocs\t1\t1\nclasses\ta\tb\n", "m.tsv:3: classes given twice"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        err[0] = '\0';
        nb = nb_from(bad[i].content, err, sizeof(err));
        if (nb || !strstr(err, bad[i].want))
            fail_msg("model %zu\n got  %s\n want %s", i, nb ? "(loaded)" : err, bad[i].want);
    }
    /* After the header a message's word named like a header line is a feature: a model
     * that keeps features of one message (the theme model) learns "classes" and "alpha"
     * from English text, and was refused ("classes given twice"). */
    const char *ids2[] = {"burgerzaken", "digitaal"};
    nb = ll_nb_new(ids2, 2);
    assert_non_null(nb);
    analyse(tn, "which classes of documents do I need");
    assert_int_equal(ll_nb_add(nb, tn, 0), 0);
    analyse(tn, "the docs on the website and the alpha version of the app");
    assert_int_equal(ll_nb_add(nb, tn, 1), 0);
    snprintf(path[0], sizeof(path[0]), "%s/header-words.tsv", tmpdir);
    FILE *hf = fopen(path[0], "w");
    assert_non_null(hf);
    assert_int_equal(ll_nb_write(nb, hf, 0.5, 1), 0);
    assert_int_equal(fclose(hf), 0);
    ll_nb_free(nb);
    nb = ll_nb_read(path[0], err, sizeof(err));
    if (!nb)
        fail_msg("a model holding the words classes and alpha: %s", err);
    assert_true(ll_nb_feature(nb, "classes") >= 0 && ll_nb_feature(nb, "alpha") >= 0);
    ll_nb_free(nb);
    ll_textnorm_free(tn);
}

/* The text of one model file written from the messages of afval and wonen (each class's
 * texts, NULL-ended), guarded with words at guard_min (0: not guarded), every feature kept. */
static char *guarded_model(ll_textnorm *tn, const ll_wordlist *words, unsigned guard_min,
                           const char *const *afval, const char *const *wonen) {
    const char *ids[] = {"afval", "wonen"};
    ll_nb *nb = ll_nb_new(ids, 2);
    assert_non_null(nb);
    if (guard_min)
        ll_nb_guard(nb, words, guard_min);
    for (int i = 0; afval[i]; i++) {
        analyse(tn, afval[i]);
        assert_int_equal(ll_nb_add(nb, tn, 0), 0);
    }
    for (int i = 0; wonen[i]; i++) {
        analyse(tn, wonen[i]);
        assert_int_equal(ll_nb_add(nb, tn, 1), 0);
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_non_null(m);
    assert_int_equal(ll_nb_write(nb, m, 0.5, 1), 0);
    assert_int_equal(fclose(m), 0);
    ll_nb_free(nb);
    return buf;
}

/* Trained on citizens' text, a model that keeps the words of one message (the theme model)
 * must not keep a name that escaped masking: the file is shipped and read by people. With
 * the guard a word of one message stays only as public language (an ordinary word of the
 * OpenTaal list, not capitalised inside a sentence, no digit): the surname written in lower
 * case ("wiersema": the list knows it only as a name), the surname that is also a word
 * ("Visser"), the street and the handle go, with every pair they are in; the ordinary
 * words of one message stay, a capital at a sentence's start is no name, and a word two
 * messages hold is kept as before. Without the guard all of them are in the file. */
static void naive_bayes_guard_keeps_no_name_of_one_message(void **state) {
    (void)state;
    char err[512];
    const ll_wordlist *words = ll_classifier_words(gemeente);
    assert_non_null(words);
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    static const char *const afval[] = {"de container van wiersema staat al weken vol",
                                        "Het grofvuil van Visser ligt op de stoep",
                                        "Kliko niet geleegd, meld het aan jdewit83 op insta", NULL};
    static const char *const wonen[] = {"schimmel in de woning aan de Zilverschoonweg",
                                        "lekkage bij pietersz in de woning",
                                        "pietersz weer lekkage", NULL};
    static const char *const gone[] = {"wiersema", "viss", "jdewit", "zilverschoon", NULL};
    char *open = guarded_model(tn, words, 0, afval, wonen);
    char *kept = guarded_model(tn, words, 2, afval, wonen);
    for (int i = 0; gone[i]; i++) {
        if (!strstr(open, gone[i]))
            fail_msg("'%s' is not learned even without the guard", gone[i]);
        if (strstr(kept, gone[i]))
            fail_msg("'%s' of one message is in the guarded model:\n%s", gone[i], kept);
    }
    /* Ordinary words of one message, one capitalised at its sentence's start ("Kliko"),
     * their pairs; an unlisted word of two messages ("pietersz"). */
    static const char *const stay[] = {
        "\ncontainer\t",   "\ngrofvuil\t",          "\nkliko\t", "\nschimmel\t",
        "\nschimmel in\t", "\npietersz\twonen:2\n", NULL};
    for (int i = 0; stay[i]; i++)
        if (!strstr(kept, stay[i]))
            fail_msg("'%s' is not in the guarded model:\n%s", stay[i] + 1, kept);
    assert_non_null(strstr(kept, "by at least 2 (a name that escaped masking"));
    free(open);
    free(kept);
    ll_textnorm_free(tn);
}

/* The text of one model of afval and wonen from these messages (NULL-ended), its pairs of
 * words at pairs_min (ll_nb_pairs_min; 0: every pair), every feature of one message kept. */
static char *model_of_pairs(ll_textnorm *tn, unsigned pairs_min, const char *const *afval,
                            const char *const *wonen) {
    const char *ids[] = {"afval", "wonen"};
    ll_nb *nb = ll_nb_new(ids, 2);
    assert_non_null(nb);
    ll_nb_pairs_min(nb, pairs_min);
    for (int c = 0; c < 2; c++)
        for (const char *const *t = c ? wonen : afval; *t; t++) {
            analyse(tn, *t);
            assert_int_equal(ll_nb_add(nb, tn, (size_t)c), 0);
        }
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    assert_non_null(m);
    assert_int_equal(ll_nb_write(nb, m, 0.3, 1), 0);
    assert_int_equal(fclose(m), 0);
    ll_nb_free(nb);
    return buf;
}

/* A pair of words held by exactly the messages holding one of its words repeats that word's
 * vote, and the theme model of one message's pairs held tens of thousands of them (issue 12,
 * the joint table's 65,536 keys): with ll_nb_pairs_min(2) a pair of one message whose word is
 * of that message alone ("stankoverlast" here, and every pair it is in, "stankoverlast door") goes, its word stays;
 * a pair of one message whose two words other messages hold too ("wordt nat": the pair is
 * news) stays, as does a pair two messages hold ("de tuin"). */
static void naive_bayes_pairs_min_leaves_pairs_that_repeat_a_word(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    static const char *const afval[] = {"stankoverlast door de bak in de tuin",
                                        "de bak in de tuin wordt niet geleegd", NULL};
    static const char *const wonen[] = {"de kelder wordt nat", "nat in de kelder", NULL};
    char *all = model_of_pairs(tn, 0, afval, wonen);
    char *some = model_of_pairs(tn, 2, afval, wonen);
    static const char *const gone[] = {"\nstankoverlast dor\t", "\nwordt niet\t", NULL};
    static const char *const stay[] = {"\nstankoverlast\t", "\nwordt nat\t", "\nde tuin\t",
                                       "\nniet\t", NULL};
    for (int i = 0; gone[i]; i++) {
        if (!strstr(all, gone[i]))
            fail_msg("'%s' is not learned without ll_nb_pairs_min:\n%s", gone[i] + 1, all);
        if (strstr(some, gone[i]))
            fail_msg("'%s' repeats its word and is still in the model:\n%s", gone[i] + 1, some);
    }
    for (int i = 0; stay[i]; i++)
        if (!strstr(some, stay[i]))
            fail_msg("'%s' is not in the model with ll_nb_pairs_min:\n%s", stay[i] + 1, some);
    assert_non_null(strstr(some, "that hold one of its words is left out"));
    assert_null(strstr(all, "that hold one of its words is left out"));
    free(all);
    free(some);
    ll_textnorm_free(tn);
}

/* The theme model keeps the words of one labelled message (bench_model's THEME_MIN_COUNT):
 * "autistisch" and "overprikkeld" each occur in one development note (zorg) and in no
 * rule, and are the model's reasons beside the rule's word. Alone ("Mijn zoon is autistisch
 * en raakt overprikkeld, wie kan ons helpen?") the model named zorg by them until development
 * 16 was learned, 2.6 nats sure; the pair "en raakt", one zorg message's until then, is in an
 * inkomen message of development 16 too, and 1.5 nats is under the 2 the model needs to name
 * a theme alone (LL_CLASSIFY_MODEL_ALONE_GAP). */
static void theme_model_keeps_words_of_one_message(void **state) {
    (void)state;
    cJSON *d = classify(
        "Mijn zoon is autistisch en raakt overprikkeld. Wie kan ons helpen met begeleiding?", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "zorg");
    const cJSON *why =
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(d, "themes"), 0), "matched");
    /* "autistisch" too until development 20 was learned: a burgerzaken message there holds
     * "autistische", and the word no longer names zorg alone; "overprikkeld" still does. */
    if (!array_has(why, "'overprikkeld'")) {
        char *m = cJSON_PrintUnformatted(why);
        fail_msg("the model's words are not the reason: %s", m);
    }
    cJSON_Delete(d);
}

/* A learned model named by the taxonomy votes beside the rules, says which
 * words made its vote, and stays out of the urgency level. */
/* The shipped theme model breaks a tie of the rules (issue 12, round 6):
 * "app" (digitaal) and "afvalkalender" (afval) weigh the same, the theme
 * listed first wins without the model, the model's words decide with it. */
static void theme_model_breaks_ties_with_reasons(void **state) {
    (void)state;
    /* "De app voor de afvalkalender" until development 19 was learned: the model then put
     * afval so far behind that it fell off the list. */
    const char *text = "De app met de afvalkalender geeft geen melding meer";
    cJSON *d = classify(text, NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "digitaal");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
    if (!strstr(m, "\"model: '") || !strstr(m, "\"app\""))
        fail_msg("the rules' term and the model's words are not both reasons in %s", m);
    free(m);
    /* The side theme keeps its rule's term; the model's words are named
     * only where they can have decided (the best theme, or one no rule named). */
    const cJSON *side = cJSON_GetArrayItem(cJSON_GetObjectItem(d, "themes"), 1);
    assert_string_equal(str_at(side, NULL, "id"), "afval");
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(side, "matched"));
    assert_string_equal(m, "[\"afvalkalender\"]");
    free(m);
    cJSON_Delete(d);
    ll_classifier_use_model(gemeente, 0);
    d = classify(text, NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "afval"); /* a tie: the first listed */
    cJSON_Delete(d);
    ll_classifier_use_model(gemeente, 1);
}

/* With the learned sentiment model's vote, negative needs a score of 0.25
 * (not 0.2) and a problem a rule named counts half (the model learned the
 * same problem words); the rules' own label, which urgency reads, keeps
 * 0.2 and the whole problem (issue 12, round 6). */
static void sentiment_with_model_needs_more_for_negative(void **state) {
    (void)state;
    /* P(negative) - P(positive) for "fietsenrek" is ~0.55 (5 of 5 negative
     * documents, alpha 0.5, the prior's small words): weight 0.4 puts the
     * score near -0.216, weight 0.6 near -0.31. */
    tmp_file("sm.tsv", "classes\tnegative\tneutral\tpositive\ndocs\t5\t5\t5\nalpha\t0.5\n"
                       "fietsenrek\tnegative:5\nmetro\tpositive:5\n");
    /* tmp_file's path is its own buffer: each file right before its load. */
    ll_classifier *c = load(tmp_file("weak.conf", "[afval]\nvuilnis:2\n[overig]\n"
                                                  "sentiment-model: sm.tsv 0.4 1\n"),
                            CFG "urgency.conf");
    cJSON *in = classify_with(c, "Waar staat het fietsenrek?", NULL);
    double s = sentiment_score(in);
    if (!(s < -0.2 && s > -0.25))
        fail_msg("score %.3f: the test's model no longer lands between -0.25 and -0.2", s);
    assert_string_equal(str_at(in, "sentiment", "label"), "neutral");
    cJSON_Delete(in);
    ll_classifier_free(c);
    c = load(tmp_file("strong.conf", "[afval]\nvuilnis:2\n[overig]\n"
                                     "sentiment-model: sm.tsv 0.6 1\n"),
             CFG "urgency.conf");
    in = classify_with(c, "Waar staat het fietsenrek?", NULL);
    assert_string_equal(str_at(in, "sentiment", "label"), "negative");
    cJSON_Delete(in);
    ll_classifier_free(c);

    /* "verloren" is a problem to handle (urgency.conf) and no lexicon word:
     * the rules alone say negative (-0.3); with the model's small positive
     * vote for "metro" (+0.055) the problem counts -0.15 and the report is
     * neutral (with the whole problem it would be -0.245: negative). */
    c = load(tmp_file("tiny.conf", "[afval]\nvuilnis:2\n[overig]\n"
                                   "sentiment-model: sm.tsv 0.1 1\n"),
             CFG "urgency.conf");
    const char *lost = "Ik ben mijn sjaal verloren in de metro";
    in = classify_with(c, lost, NULL);
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "sentiment"));
    if (!strstr(m, "a problem named"))
        fail_msg("no problem named in %s", m);
    free(m);
    assert_string_equal(str_at(in, "sentiment", "label"), "neutral");
    ll_classifier_use_model(c, 0);
    assert_int_equal(ll_classify(c, in), 0);
    assert_string_equal(str_at(in, "sentiment", "label"), "negative");
    cJSON_Delete(in);
    ll_classifier_free(c);
}

/* The sentiment model's vote may weigh less in one kind of message than in the others: a
 * suggestion describes the better place it proposes ("een bankje bij de metro zou fijn zijn"),
 * in the words the model learned from praise, and its writer is not pleased yet (issue 12,
 * sentiment27). The line names the kind and its weight; a kind it does not name keeps the
 * weight before them. */
static void sentiment_vote_weighs_by_kind(void **state) {
    (void)state;
    /* P(positive) - P(negative) for "metro" is ~0.55 (the model of the test above): weight 0.6
     * puts the score near +0.31, weight 0.2 near +0.11. */
    tmp_file("sm.tsv", "classes\tnegative\tneutral\tpositive\ndocs\t5\t5\t5\nalpha\t0.5\n"
                       "fietsenrek\tnegative:5\nmetro\tpositive:5\n");
    const char *idea = "Een extra bankje bij de metro";
    ll_classifier *c = load(tmp_file("one.conf", "[afval]\nvuilnis:2\n[overig]\n"
                                                 "sentiment-model: sm.tsv 0.6 1\n"),
                            CFG "urgency.conf");
    cJSON *in = classify_with(c, idea, "suggestion");
    assert_string_equal(str_at(in, "sentiment", "label"), "positive");
    cJSON_Delete(in);
    ll_classifier_free(c);
    c = load(tmp_file("kind.conf", "[afval]\nvuilnis:2\n[overig]\n"
                                   "sentiment-model: sm.tsv 0.6 1 suggestion 0.2 question 0.6\n"),
             CFG "urgency.conf");
    in = classify_with(c, idea, "suggestion");
    double s = sentiment_score(in);
    if (!(s > 0.05 && s < 0.2))
        fail_msg("score %.3f: the suggestion's vote is not weighed 0.2", s);
    assert_string_equal(str_at(in, "sentiment", "label"), "neutral");
    cJSON_Delete(in);
    in = classify_with(c, idea, "report"); /* a kind the line does not name: 0.6 */
    assert_string_equal(str_at(in, "sentiment", "label"), "positive");
    cJSON_Delete(in);
    ll_classifier_free(c);
}

/* Where no rule reaches the minimum, a theme model that is all but sure
 * (untempered posterior >= LL_CLASSIFY_MODEL_ALONE) names the theme, with its
 * words as the reason; a less sure one does not (issue 12, round 6). */
static void sure_theme_model_names_a_theme_alone(void **state) {
    (void)state;
    /* Two afval words: P(afval) ~0.9992 untempered, ~0.87 at temperature 3. */
    tmp_file("tm.tsv", "classes\tafval\twonen\toverig\ndocs\t50\t50\t50\nalpha\t0.5\n"
                       "graag\toverig:50\nkliko\tafval:50\nschimmel\twonen:50\nvol\tafval:50\n");
    ll_classifier *c = load(tmp_file("tax.conf", "minimum: 1\nmodel: tm.tsv 0.5 3\n"
                                                 "[afval]\nvuilnis:2\n[wonen]\nhuis:2\n[overig]\n"),
                            CFG "urgency.conf");
    cJSON *in = classify_with(c, "de kliko staat al dagen vol", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    if (!strstr(m, "model: 'kliko'") && !strstr(m, "model: 'vol'"))
        fail_msg("no model reason in %s", m);
    free(m);
    cJSON_Delete(in);
    /* One word: P(afval) ~0.96, not sure enough; its vote (0.5 x the
     * tempered posterior) stays under the minimum, and nothing is listed. */
    in = classify_with(c, "de kliko staat er al dagen", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "overig");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(in, "themes")), 0);
    cJSON_Delete(in);
    /* A rule at the minimum decides as before: the model only adds its vote. */
    in = classify_with(c, "het huis: de kliko staat al dagen vol", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "wonen");
    cJSON_Delete(in);
    ll_classifier_free(c);
}

/* A complement theme model (issue 12, round 7: "model: FILE W T complement")
 * weighs a word by how rare it is in every other theme, and a theme a rule
 * named loses W for each nat the model puts it behind its best: here
 * "schimmel" (every wonen message, no other) makes the stronger afval rule
 * give way to wonen, where the plain model's vote (at most W) could not.
 * Where no rule reaches the minimum the model names the theme alone when
 * its best is LL_CLASSIFY_MODEL_ALONE_GAP nats ahead. Complement scores of
 * this file: "kliko" afval 5.32, wonen and overig 1.10; "schimmel" afval
 * 0.70, wonen 5.72, overig 1.10. */
static void complement_theme_model_reorders_and_names_alone(void **state) {
    (void)state;
    tmp_file("tm.tsv", "classes\tafval\twonen\toverig\ndocs\t50\t50\t50\nalpha\t0.5\n"
                       "grag\toverig:50\nkliko\tafval:50\nschimmel\twonen:50\nvol\tafval:50\n");
    /* (a model's features are stems: "graag" is "grag") */
    const char *rules = "minimum: 1\n[afval]\nvuilnis:3\n[wonen]\nhuis:2\n[overig]\n";
    char tax[256];
    snprintf(tax, sizeof(tax), "%smodel: tm.tsv 0.5 1 complement\n", rules);
    ll_classifier *c = load(tmp_file("cx.conf", tax), CFG "urgency.conf");
    /* afval 4.5 - 0.5 x 5.01 = 1.99 against wonen 3. */
    cJSON *in = classify_with(c, "vuilnis bij het huis met schimmel", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "wonen");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    if (!strstr(m, "\"huis\"") || !strstr(m, "model: 'schimmel'"))
        fail_msg("the rule's term and the model's word are not both reasons in %s", m);
    free(m);
    ll_classifier_use_model(c, 0);
    assert_int_equal(ll_classify(c, in), 0);
    assert_string_equal(str_at(in, NULL, "theme"), "afval"); /* the rules alone */
    ll_classifier_use_model(c, 1);
    cJSON_Delete(in);
    /* No rule: "kliko" puts afval 4.2 nats ahead, the model names it alone. */
    in = classify_with(c, "de kliko staat er al dagen", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    if (!strstr(m, "model: 'kliko'"))
        fail_msg("no model reason in %s", m);
    free(m);
    cJSON_Delete(in);
    /* "kliko" and "schimmel": wonen 0.8 nats ahead, not sure: overig, nothing listed. */
    in = classify_with(c, "de kliko en de schimmel", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "overig");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(in, "themes")), 0);
    cJSON_Delete(in);
    /* Nothing fits: "graag" puts overig 4.6 nats ahead and the afval rule
     * (4.5, below LL_CLASSIFY_OVERIG_RULES_BELOW) is weak: overig, listed
     * first with its reason, the rule's theme beside it. */
    in = classify_with(c, "graag iets over de vuilnis", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "overig");
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    if (!strstr(m, "no theme fits") || !strstr(m, "\"afval\""))
        fail_msg("overig without its reason or the rule's theme in %s", m);
    free(m);
    cJSON_Delete(in);
    /* Two afval words (9) are a strong rule: the model's overig does not overrule it. */
    in = classify_with(c, "graag iets over de vuilnis en nog eens de vuilnis", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    cJSON_Delete(in);
    ll_classifier_free(c);
    /* The plain model of the same file at the same weight adds at most 0.5:
     * the afval rule keeps the theme. */
    snprintf(tax, sizeof(tax), "%smodel: tm.tsv 0.5 1\n", rules);
    c = load(tmp_file("plain.conf", tax), CFG "urgency.conf");
    in = classify_with(c, "vuilnis bij het huis met schimmel", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    cJSON_Delete(in);
    ll_classifier_free(c);
}

/* "complement product" (the shipped vote since issue 12, theme24): the model scales what single
 * words gave a theme by (P(theme) / P(its best)) ^ W instead of taking W per nat from it, so
 * three afval words (13.5) lose as large a share as one would where the model is sure of wonen.
 * The model and rules of complement_theme_model_reorders_and_names_alone: "schimmel" puts wonen
 * 5.02 nats ahead of afval; added at 0.75 afval keeps 13.5 - 3.77 = 9.73 against wonen's 3, as
 * a product at 0.5 13.5 x exp(-2.51) = 1.10. Where the model agrees, the rule's score stays.
 * What a phrase gave keeps the added vote: the model reads words, a phrase was written to
 * decide. A side theme the rules named is listed by what the rules gave it. */
static void complement_product_vote_scales_the_rules_score(void **state) {
    (void)state;
    tmp_file("tm.tsv", "classes\tafval\twonen\toverig\ndocs\t50\t50\t50\nalpha\t0.5\n"
                       "grag\toverig:50\nkliko\tafval:50\nschimmel\twonen:50\nvol\tafval:50\n");
    const char *rules = "minimum: 1\n[afval]\nvuilnis:3\nbak buiten:3\n[wonen]\nhuis:2\n[overig]\n";
    const char *text = "vuilnis, vuilnis en nog eens vuilnis bij het huis met schimmel";
    char tax[256];
    snprintf(tax, sizeof(tax), "%smodel: tm.tsv 0.75 1 complement\n", rules);
    ll_classifier *c = load(tmp_file("added.conf", tax), CFG "urgency.conf");
    cJSON *in = classify_with(c, text, NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    cJSON_Delete(in);
    ll_classifier_free(c);
    snprintf(tax, sizeof(tax), "%smodel: tm.tsv 0.5 1 complement product\n", rules);
    c = load(tmp_file("product.conf", tax), CFG "urgency.conf");
    in = classify_with(c, text, NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "wonen");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    if (!strstr(m, "\"afval\"") || !strstr(m, "model: 'schimmel'"))
        fail_msg("the rules' theme is not listed beside the model's in %s", m);
    free(m);
    cJSON_Delete(in);
    /* "kliko" agrees with the rule: afval keeps its 13.5. */
    in = classify_with(c, "vuilnis, vuilnis en nog eens vuilnis bij de kliko", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    assert_true(cJSON_GetNumberValue(cJSON_GetObjectItem(
                    cJSON_GetArrayItem(cJSON_GetObjectItem(in, "themes"), 0), "score")) == 13.5);
    cJSON_Delete(in);
    /* Three phrases (13.5) lose 0.75 a nat, as added: afval 9.73 against wonen's 3. */
    in = classify_with(c, "bak buiten, bak buiten en nog eens bak buiten bij het huis met schimmel",
                       NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    cJSON_Delete(in);
    /* One word (4.5) scaled to 0.37, under a quarter of wonen's 3, and still listed: the
     * rules gave it more than a quarter of what they gave wonen. */
    in = classify_with(c, "vuilnis bij het huis met schimmel", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "wonen");
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(in, "themes")), 2);
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    cJSON_Delete(in);
    ll_classifier_free(c);
    /* "odds 0 pairs 1" is the plain complement model; the themes' own odds (theme26) put wonen
     * further ahead where "schimmel" is every wonen message's word and none of the others'. */
    snprintf(tax, sizeof(tax), "%smodel: tm.tsv 0.5 1 complement product odds 0 pairs 1\n", rules);
    c = load(tmp_file("plain.conf", tax), CFG "urgency.conf");
    in = classify_with(c, "vuilnis bij het huis met schimmel", NULL);
    char *again = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    assert_string_equal(again, m);
    free(again);
    free(m);
    cJSON_Delete(in);
    ll_classifier_free(c);
    snprintf(tax, sizeof(tax), "%smodel: tm.tsv 0.5 1 complement product pairs 0.75 odds 1\n",
             rules);
    c = load(tmp_file("odds.conf", tax), CFG "urgency.conf");
    in = classify_with(c, "vuilnis bij het huis met schimmel", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "wonen");
    double afval = cJSON_GetNumberValue(
        cJSON_GetObjectItem(cJSON_GetArrayItem(cJSON_GetObjectItem(in, "themes"), 1), "score"));
    assert_true(afval < 0.37 * exp(-0.5 * 4)); /* 4.5 x exp(-0.5 x (5.02 + 4.6)): 0.04 */
    cJSON_Delete(in);
    ll_classifier_free(c);
}

/* A question the rules left low or normal is decided by the question model (urgency.conf's
 * "question-model:"), the rules' level voting its weight in nats: a model sure past that
 * turns it, with its words as the reason; a model less sure leaves the rules' level; a text
 * that is no question is never read by it. */
static void question_model_decides_a_question_against_the_rules_vote(void **state) {
    (void)state;
    tmp_file("qm.tsv", "classes\tlow\tnormal\ndocs\t100\t100\nalpha\t0.5\n"
                       "aanvrag\tlow:9\tnormal:2\nformulier\tlow:60\nkwyt\tnormal:60\n");
    char tax[160]; /* tmp_file's path is written over two calls on */
    snprintf(tax, sizeof(tax), "%s", tmp_file("t.conf", "[burgerzaken]\npaspoort:2\n[overig]\n"));
    const char *rules = "[normal: a problem to handle]\nkapot\n";
    char urg[256];
    snprintf(urg, sizeof(urg), "%squestion-model: qm.tsv 3\n", rules);
    ll_classifier *c = load(tax, tmp_file("u.conf", urg));
    /* No rule names the lost passport a problem: low by the rules, normal by the model. */
    const char *lost = "Mijn paspoort is kwijt, hoe vraag ik een nieuw aan?";
    cJSON *d = classify_with(c, lost, "question");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (!strstr(m, "model: a question like those asking a fix: 'kwijt'"))
        fail_msg("no model reason in %s", m);
    free(m);
    cJSON_Delete(d);
    /* And the other way: a problem the rules named, in a question the model is sure asks how. */
    d = classify_with(c, "Het formulier is kapot, waar vind ik het formulier nu?", "question");
    assert_string_equal(str_at(d, "urgency", "level"), "low");
    cJSON_Delete(d);
    /* A model less sure than the rules' vote (1.3 nats for low) leaves their normal. */
    d = classify_with(c, "De aanvraag is kapot gegaan, kan ik opnieuw?", "question");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    /* No question: the model does not read it. */
    d = classify_with(c, "Waar vind ik het formulier voor een paspoort?", NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    ll_classifier_free(c);
    /* Without the line the lost passport is the rules' low. */
    c = load(tax, tmp_file("u.conf", rules));
    d = classify_with(c, lost, "question");
    assert_string_equal(str_at(d, "urgency", "level"), "low");
    cJSON_Delete(d);
    ll_classifier_free(c);
}

/* The high model (urgency.conf's "high-model:") decides between normal and high against the
 * rules' level, which votes its weight: it lifts a problem the rules left normal and lowers a
 * high one when sure past that weight, names its words, and never reads, makes or unmakes a
 * critical text, nor one the kind bounds to low, a question or a text of no kind. */
static void high_model_decides_normal_or_high_never_critical(void **state) {
    (void)state;
    tmp_file("hm.tsv", "classes\tnormal\thigh\ndocs\t100\t100\nalpha\t0.5\n"
                       "lamp\tnormal:1\thigh:3\nombudsman\thigh:60\nstoeptegel\tnormal:60\n");
    char tax[160]; /* tmp_file's path is written over two calls on */
    snprintf(tax, sizeof(tax), "%s", tmp_file("t.conf", "[afval]\nvuilnis:2\n[overig]\n"));
    const char *rules = "[critical: acute danger]\ngaslucht\n[high: a third contact]\nderde keer\n"
                        "[normal: a problem to handle]\nkapot\n";
    char urg[256];
    snprintf(urg, sizeof(urg), "%shigh-model: hm.tsv 3\n", rules);
    ll_classifier *c = load(tax, tmp_file("u.conf", urg));
    /* The rules' normal, the model sure of high by 4.8 nats against their 3. */
    const char *told = "Het hek is kapot en ik stap naar de ombudsman.";
    cJSON *d = classify_with(c, told, "complaint");
    assert_string_equal(str_at(d, "urgency", "level"), "high");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (!strstr(m, "model: like those to act on this week: 'ombudsman'"))
        fail_msg("no model reason in %s", m);
    free(m);
    cJSON_Delete(d);
    /* The rules' high, the model as sure of normal: normal. */
    d = classify_with(c, "Ik bel voor de derde keer over een losse stoeptegel.", "complaint");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    /* A model less sure than the rules' vote (0.8 nats for high) leaves their normal. */
    d = classify_with(c, "De lamp is kapot.", "complaint");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    /* Critical stays critical, whatever the model says of its words. */
    d = classify_with(c, "Ik ruik gaslucht bij de stoeptegel.", "report");
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
    /* A compliment bounded to low is not read. */
    d = classify_with(c, "Dank aan de ombudsman, alles is geregeld.", "compliment");
    assert_string_equal(str_at(d, "urgency", "level"), "low");
    cJSON_Delete(d);
    /* Nor a question (the question model's), nor a text of no kind (none it learned from). */
    d = classify_with(c, "Het hek is kapot, moet ik naar de ombudsman?", "question");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    d = classify_with(c, told, NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    ll_classifier_free(c);
    /* Without the line the rules' normal. */
    c = load(tax, tmp_file("u.conf", rules));
    d = classify_with(c, told, "complaint");
    assert_string_equal(str_at(d, "urgency", "level"), "normal");
    cJSON_Delete(d);
    ll_classifier_free(c);
}

/* A general polarity lexicon (the taxonomy's "sentiment-lexicon:", e.g.
 * config/sentiment-pattern-nl.tsv, measured and not shipped: bench_model)
 * votes with the mean polarity of the words the own lexicon does not
 * cover, negated ones turned, and names its words. */
static void general_lexicon_votes_for_uncovered_words(void **state) {
    (void)state;
    tmp_file("lex.tsv", "# a test lexicon\nsprookjesachtig\t0.9\nboos\t-0.9\n");
    ll_classifier *c = load(tmp_file("gl.conf", "[afval]\nvuilnis:2\n[overig]\n"
                                                "sentiment-lexicon: lex.tsv 1\n"),
                            CFG "urgency.conf");
    /* "sprookjesachtig" is no entry of sentiment-nl.tsv: only the lexicon sees it. */
    cJSON *in = classify_with(c, "Het park is sprookjesachtig", NULL);
    assert_string_equal(str_at(in, "sentiment", "label"), "positive");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "sentiment"));
    if (!strstr(m, "lexicon: 'sprookjesachtig'"))
        fail_msg("no lexicon reason in %s", m);
    free(m);
    cJSON_Delete(in);
    in = classify_with(c, "Het park is niet sprookjesachtig", NULL);
    assert_string_equal(str_at(in, "sentiment", "label"), "negative");
    cJSON_Delete(in);
    ll_classifier_free(c);
    /* Without the line the same text is neutral. */
    c = load(tmp_file("nogl.conf", "[afval]\nvuilnis:2\n[overig]\n"), CFG "urgency.conf");
    in = classify_with(c, "Het park is sprookjesachtig", NULL);
    assert_string_equal(str_at(in, "sentiment", "label"), "neutral");
    cJSON_Delete(in);
    ll_classifier_free(c);
}

static void learned_models_vote_with_reasons(void **state) {
    (void)state;
    /* The shipped sentiment model: its words are among the reasons. */
    cJSON *d = classify("Ik wacht al drie weken op een reactie en niemand belt terug", NULL);
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "sentiment"));
    if (!strstr(m, "\"model: '"))
        fail_msg("no model reason in %s", m);
    double with = sentiment_score(d);
    free(m);
    cJSON_Delete(d);
    ll_classifier_use_model(gemeente, 0);
    d = classify("Ik wacht al drie weken op een reactie en niemand belt terug", NULL);
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "sentiment"));
    assert_null(strstr(m, "model:"));
    assert_true(sentiment_score(d) != with);
    free(m);
    cJSON_Delete(d);
    ll_classifier_use_model(gemeente, 1);

    /* A theme model of our own: it names a theme the rules do not see. */
    tmp_file("tm.tsv", "classes\tafval\twonen\toverig\ndocs\t5\t5\t5\nalpha\t0.5\n"
                       "graag\toverig:5\nkliko\tafval:5\nschimmel\twonen:5\n");
    tmp_file("sm.tsv", "classes\tnegative\tneutral\tpositive\ndocs\t5\t5\t5\nalpha\t0.5\n"
                       "fietsenrek\tnegative:5\nprima\tneutral:5\nbedankt\tpositive:5\n");
    const char *tax = tmp_file("tax.conf", "[afval]\nvuilnis:2\n[wonen]\nhuis:2\n[overig]\n"
                                           "model: tm.tsv 3 1\nsentiment-model: sm.tsv 3 1\n");
    ll_classifier *c = load(tax, CFG "urgency.conf");
    cJSON *in = classify_with(c, "de kliko staat al dagen vol", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    if (!strstr(m, "model: 'kliko'"))
        fail_msg("no model reason in %s", m);
    free(m);
    ll_classifier_use_model(c, 0);
    assert_int_equal(ll_classify(c, in), 0);
    assert_string_equal(str_at(in, NULL, "theme"), "overig"); /* the rules alone: nothing */
    ll_classifier_use_model(c, 1);
    cJSON_Delete(in);

    /* The sentiment model makes a plain question negative; its level stays
     * the rules' (a question without a problem is low). */
    in = classify_with(c, "Waar kan ik een fietsenrek aanvragen?", "question");
    assert_string_equal(str_at(in, "sentiment", "label"), "negative");
    assert_string_equal(str_at(in, "urgency", "level"), "low");
    ll_classifier_use_model(c, 0);
    assert_int_equal(ll_classify(c, in), 0);
    assert_string_equal(str_at(in, "sentiment", "label"), "neutral");
    assert_string_equal(str_at(in, "urgency", "level"), "low");
    cJSON_Delete(in);
    ll_classifier_free(c);

    /* A worker shares the models and has its own memory for them. */
    char err[512];
    ll_classifier *w = ll_classifier_worker(gemeente, err, sizeof(err));
    assert_non_null(w);
    in = classify_with(w, "Bedankt voor de snelle hulp, de lamp brandt weer", NULL);
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "sentiment"));
    if (!strstr(m, "model: '"))
        fail_msg("no model reason in %s", m);
    free(m);
    cJSON_Delete(in);
    ll_classifier_free(w);

    /* The model lines are checked where they stand. */
    static const struct {
        const char *tax, *want;
    } bad[] = {
        {"model: tm.tsv 3\n[afval]\nx\n",
         "1: expected 'model: FILE WEIGHT TEMPERATURE [complement [product] [odds S] [pairs P]]'"},
        {"model: tm.tsv 1 1 inverse\n[afval]\nx\n", "1: expected 'model:"},
        {"model: tm.tsv 1 1 odds 0.2\n[afval]\nx\n", "1: expected 'model:"},
        {"model: tm.tsv 1 1 complement product odds 2\n[afval]\nx\n", "1: expected 'model:"},
        {"model: tm.tsv 1 1 complement odds 0.2 odds 0.3\n[afval]\nx\n", "1: expected 'model:"},
        {"model: tm.tsv 1 1 complement product pairs\n[afval]\nx\n", "1: expected 'model:"},
        {"model: tm.tsv 1 1 complement pairs 0.5 product\n[afval]\nx\n", "1: expected 'model:"},
        {"sentiment-model: sm.tsv 1 1 odds 0.2\n[afval]\nx\n", "1: expected 'sentiment-model:"},
        {"sentiment-model: sm.tsv 1 1 complement\n[afval]\nx\n", "1: expected 'sentiment-model:"},
        {"sentiment-model: sm.tsv 1 1 suggestion\n[afval]\nx\n",
         "1: expected 'sentiment-model: FILE WEIGHT TEMPERATURE [KIND W]...'"},
        {"sentiment-model: sm.tsv 1 1 idea 0.5\n[afval]\nx\n", "1: expected 'sentiment-model:"},
        {"sentiment-model: sm.tsv 1 1 report 11\n[afval]\nx\n", "1: expected 'sentiment-model:"},
        {"sentiment-model: sm.tsv 1 1 report 1 report 2\n[afval]\nx\n",
         "1: expected 'sentiment-model:"},
        {"sentiment-lexicon: lex.tsv\n[afval]\nx\n", "1: expected 'sentiment-lexicon:"},
        {"sentiment-lexicon: nofile.tsv 1\n[afval]\nx\n", "1: "},
        {"model: ../tm.tsv 3 1\n[afval]\nx\n", "1: expected 'model:"},
        {"model: tm.tsv 11 1\n[afval]\nx\n", "1: expected 'model:"},
        {"sentiment-model: sm.tsv 1 0\n[afval]\nx\n", "1: expected 'sentiment-model:"},
        {"model: tm.tsv 1 1\nmodel: tm.tsv 1 1\n[afval]\nx\n", "2: model given twice"},
        {"[afval]\nx\nmodel: tm.tsv 1 1\n", "3: "},              /* wonen, overig: no themes */
        {"[afval]\nx\nmodel: nofile.tsv 1 1\n", "3: "},          /* cannot open */
        {"[negative]\nx\nsentiment-model: tm.tsv 1 1\n", "3: "}, /* not the labels */
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        expect_load_error(0, bad[i].tax, bad[i].want);
    assert_non_null(strstr(load_err, "classes must be negative, neutral, positive"));
}

/* A text no rule makes critical, in words no rule lists, whose parts of
 * danger (a hazard, people exposed, time, the vulnerable; finality, life,
 * hopelessness) the danger model weighs as critical; its reason names the
 * parts and their words, and the suicidal finding carries the 113 advice. */
static void danger_model_by_parts(void **state) {
    (void)state;
    char err[512];
    const char *hazard = "er hangt sinds vanochtend een elektriciteitskabel uit de lantaarnpaal "
                         "bij het speelplein, de kinderen komen zo uit school";
    cJSON *d = classify(hazard, NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (!strstr(m, "acute danger: by its parts (model 0.9") || !strstr(m, "hazard loose '") ||
        !strstr(m, "people exposed 'kinderen'"))
        fail_msg("reason: %s", m);
    free(m);
    cJSON_Delete(d);
    /* Without "ik": round 11's composed family names "ik wil ... niet meer opstaan". */
    const char *tired = "zo moe van vechten. gewoon gaan slapen en niet meer opstaan, nooit meer";
    d = classify(tired, NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (!strstr(m, "suicidal statement: by its parts (model 0.9") || !strstr(m, "113"))
        fail_msg("reason: %s", m);
    free(m);
    /* Its features, for bench_model. */
    const char *keys[LL_CLASSIFY_MAX_DANGER_KEYS];
    size_t n = ll_classifier_danger_keys(gemeente, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
    int part = 0, pair = 0;
    for (size_t i = 0; i < n; i++) {
        part |= strcmp(keys[i], "part: finality") == 0;
        pair |= strcmp(keys[i], "life itself + finality") == 0 ||
                strcmp(keys[i], "finality + life itself") == 0;
    }
    assert_true(part && pair);
    assert_int_equal(ll_classifier_danger_keys(gemeente, keys, 1), 1);
    cJSON_Delete(d);
    /* Look-alikes stay below it; the rules alone do not see the two above. */
    EXPECT_URGENCY(
        "De lantaarnpaal in onze straat is al een week uit, het is daar 's avonds donker", NULL,
        "normal");
    EXPECT_URGENCY("ik ben zo moe van al die formulieren, ik geef het op met die aanvraag", NULL,
                   "normal");
    /* Round 6: a suicidal statement no rule and no part names, found by its words alone
     * (P(suicidal) >= 0.99999), with the 113 advice; a look-alike with the same words
     * of sleep and sorry stays normal. (Round 10's "gone at a time named" now names "ik ga
     * slapen en kom niet meer terug", so the words model's example wakes up with the dead.) */
    const char *words = "sorry voor alles, ik ga slapen en word wakker bij mama";
    d = classify(words, NULL);
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (strcmp(str_at(d, "urgency", "level"), "critical") != 0 ||
        !strstr(m, "suicidal statement: by its words (model 0.9999") || !strstr(m, "slapen") ||
        !strstr(m, "\"advice\":\"113 Zelfmoordpreventie"))
        fail_msg("reason: %s", m);
    free(m);
    cJSON_Delete(d);
    EXPECT_URGENCY("sorry voor het gedoe, ik ga nu slapen en bel morgen terug", NULL, "normal");
    /* Round 7: an acute danger whose parts lean to danger (P >= 0.8) and whose words the
     * words model is all but sure of (P(danger) >= 0.99999): an agent's shorthand no rule
     * reads (critical-dev6); its reason names the words and both figures, and no 113 (which
     * words are the model's strongest: 'vri' up to session 29, 'alle kanten' since models20). */
    const char *shorthand = "vri Weena x Kruisplein uit, alle kanten. ook voetgangerslichten uit. "
                            "veel mensen vanaf CS. mld 17:20";
    d = classify(shorthand, NULL);
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (strcmp(str_at(d, "urgency", "level"), "critical") != 0 ||
        !strstr(m, "acute danger: by its words (model 0.9999") || !strstr(m, ", parts 0.") ||
        (!strstr(m, "'vri'") && !strstr(m, "'alle kanten'")) || strstr(m, "advice"))
        fail_msg("reason: %s", m);
    free(m);
    cJSON_Delete(d);
    /* Round 8: with the masker's lists (as ll_enrich_text sets them) the reason names no
     * place ("'Weena', 'Kruisplein', 'vri'" before); the level stays. */
    ll_names *nm = ll_names_load(CFG "names-first-nl.txt", CFG "names-surname-nl.txt",
                                 CFG "names-keep-nl.txt", err, sizeof(err));
    if (!nm)
        fail_msg("names: %s", err);
    assert_true(ll_names_is_place(nm, "Weena", 5) && ll_names_is_place(nm, "Kruisplein", 10));
    assert_false(ll_names_is_place(nm, "voetgangerslichten", 18));
    ll_classifier_set_places(gemeente, nm);
    d = classify(shorthand, NULL);
    m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (strcmp(str_at(d, "urgency", "level"), "critical") != 0 ||
        (!strstr(m, "'vri'") && !strstr(m, "'alle kanten'")) || strstr(m, "Weena") ||
        strstr(m, "Kruisplein"))
        fail_msg("reason with places: %s", m);
    free(m);
    cJSON_Delete(d);
    ll_classifier_set_places(gemeente, NULL);
    ll_names_free(nm);
    /* Routing is not urgency: a note that ends "melding doorgezet naar buitenruimte" is
     * no agent's escalation (round 7; with it, the parts model made this critical), "met
     * spoed doorgezet" is. */
    const char *routed = "mw belt ivm losse stoeptegels voor haar deur, haar man van 84 loopt met "
                         "rollator en moet er elke dag langs. melding doorgezet naar buitenruimte.";
    EXPECT_URGENCY(routed, NULL, "normal");
    static const char *const agent[] = {"melding doorgezet naar buitenruimte",
                                        "melding met spoed doorgezet naar buitenruimte"};
    for (int i = 0; i < 2; i++) {
        d = classify(agent[i], NULL);
        n = ll_classifier_danger_keys(gemeente, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
        int escalated = 0;
        for (size_t k = 0; k < n; k++)
            escalated |= strcmp(keys[k], "part: agent escalated") == 0;
        if (escalated != i)
            fail_msg("%s: agent escalated %d", agent[i], escalated);
        cJSON_Delete(d);
    }
    /* Not now (round 7): a danger told as a hypothetical, resolved or from the news is
     * vetoed for every critical rule that is not a suicidal family, and becomes a
     * "denied:" key for the danger model; the same danger told now stays critical. */
    EXPECT_URGENCY("Stel dat er brand uitbreekt in de sporthal, waar is dan de nooduitgang?", NULL,
                   "normal");
    n = ll_classifier_danger_keys(gemeente, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
    int denied = 0;
    for (size_t k = 0; k < n; k++)
        denied |= strcmp(keys[k], "denied: acute danger") == 0;
    assert_true(denied);
    EXPECT_URGENCY("Er is brand in de sporthal, de kinderen zijn nog binnen", NULL, "critical");
    /* Told about (a documentary, a book, the news), not by someone at risk: the suicidal
     * families' shared veto; told by the person, critical. */
    EXPECT_URGENCY("Ik zag een documentaire over mensen die van een brug springen. Kan de gemeente "
                   "daar hekken plaatsen?",
                   NULL, "normal");
    EXPECT_URGENCY("Ik sta op de brug en wil springen.", NULL, "critical");
    ll_classifier_use_model(gemeente, 0);
    EXPECT_URGENCY(shorthand, NULL, "normal");
    EXPECT_URGENCY(hazard, NULL, "normal");
    EXPECT_URGENCY(tired, NULL, "normal");
    EXPECT_URGENCY(words, NULL, "normal");
    ll_classifier_use_model(gemeente, 1);
    /* A worker shares the models. */
    ll_classifier *w = ll_classifier_worker(gemeente, err, sizeof(err));
    assert_non_null(w);
    d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", hazard);
    assert_int_equal(ll_classify(w, d), 0);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
    ll_classifier_free(w);

    /* Named features: learned, looked up and scored by key or by index alike. */
    static const char *const ids[] = {"calm", "danger", "suicidal"};
    ll_nb *nb = ll_nb_new(ids, 3);
    assert_non_null(nb);
    static const char *const k1[] = {"part: gap", "gap + kids"}, *const k2[] = {"part: calm"},
                             *const empty[] = {""};
    for (int i = 0; i < 4; i++) {
        assert_int_equal(ll_nb_add_keys(nb, k1, 2, 1), 0);
        assert_int_equal(ll_nb_add_keys(nb, k2, 1, 0), 0);
    }
    assert_int_equal(ll_nb_add_keys(nb, empty, 1, 0), -1);
    assert_int_equal(ll_nb_add_keys(nb, k1, 2, 3), -1);
    assert_int_equal(ll_nb_finish(nb, 0.5, 1), 0);
    assert_true(ll_nb_feature(nb, "gap + kids") >= 0);
    assert_int_equal(ll_nb_feature(nb, "kids + gap"), -1);
    ll_nb_scratch ns = {0};
    assert_int_equal(ll_nb_scratch_init(&ns, nb), 0);
    double pk[3], pi[3];
    assert_int_equal(ll_nb_score_keys(nb, k1, 2, &ns, 1.0, pk), 2);
    uint32_t fids[2] = {(uint32_t)ll_nb_feature(nb, k1[0]), (uint32_t)ll_nb_feature(nb, k1[1])};
    assert_int_equal(ll_nb_score_ids(nb, fids, 2, &ns, 1.0, pi), 2);
    for (int i = 0; i < 3; i++)
        assert_true(fabs(pk[i] - pi[i]) < 1e-12);
    assert_true(pk[1] > pk[0]);
    ll_nb_scratch_free(&ns);
    ll_nb_free(nb);

    /* A model of our own: both views must agree, and a denied danger is a key. */
    tmp_file("dm.tsv", "classes\tcalm\tdanger\tsuicidal\ndocs\t10\t10\t10\nalpha\t0.5\n"
                       "gap + kids\tdanger:10\npart: calm\tcalm:10\npart: gap\tcalm:5\tdanger:5\n"
                       "part: end\tsuicidal:10\n");
    tmp_file("dw.tsv", "classes\tcalm\tdanger\tsuicidal\ndocs\t10\t10\t10\nalpha\t0.5\n"
                       "stoep\tdanger:10\ngraag\tcalm:10\nterug\tsuicidal:10\n");
    const char *urg = tmp_file("u.conf", "[critical: gas]\nunless: oefening\ngaslucht\n"
                                         "[feature: gap]\ngat\n[feature: kids]\nkinderen\n"
                                         "[feature: calm]\ngraag\n[feature: end]\n"
                                         "advice: bel 113\nvoorgoed\n"
                                         "danger-model: dm.tsv 0.9 dw.tsv 0.9\n");
    tmp_file("two.tsv", "classes\tcalm\tcritical\ndocs\t10\t10\nalpha\t0.5\nstoep\tcritical:10\n");
    ll_classifier *c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv", urg,
                                         err, sizeof(err));
    if (!c)
        fail_msg("load: %s", err);
    static const struct {
        const char *text, *level, *reason;
    } cases[] = {
        {"een gat in de stoep waar kinderen lopen", "critical",
         "acute danger: by its parts (model 0.95"},
        {"een gat in de weg waar kinderen lopen", "normal", NULL}, /* the words disagree */
        {"een gat in de stoep", "normal", NULL},                   /* one part: not enough */
        {"graag een gat in de stoep waar kinderen lopen", "normal", NULL},
        {"ik ga voorgoed weg van de stoep", "critical", "suicidal statement: by its parts"},
        {"gaslucht bij de oefening", "normal", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", cases[i].text);
        assert_int_equal(ll_classify(c, d), 0);
        m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
        if (strcmp(str_at(d, "urgency", "level"), cases[i].level) != 0 ||
            (cases[i].reason && !strstr(m, cases[i].reason)))
            fail_msg("%s\n got  %s\n want %s %s", cases[i].text, m, cases[i].level,
                     cases[i].reason ? cases[i].reason : "");
        if (i == 4 && !strstr(m, "\"advice\":\"bel 113\""))
            fail_msg("no advice: %s", m);
        if (i == 0 && strstr(m, "advice"))
            fail_msg("a part's advice goes with a suicidal finding only: %s", m);
        free(m);
        if (i == 5) {
            n = ll_classifier_danger_keys(c, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
            assert_int_equal(n, 1);
            assert_string_equal(keys[0], "denied: gas");
        }
        cJSON_Delete(d);
    }
    ll_classifier_free(c);

    /* The words alone: a suicidal statement only with the fifth figure, only for the
     * suicidal class (the words of danger alone are not enough), only where a part or
     * rule fired, with the suicidal parts' advice though none of them fired. */
    static const char *const by_words[] = {"[feature: end]\nadvice: bel 113\nvoorgoed\n"
                                           "[feature: me]\nik\n"
                                           "danger-model: dm2.tsv 0.9 dw.tsv 0.9 0.9\n",
                                           "[feature: end]\nadvice: bel 113\nvoorgoed\n"
                                           "[feature: me]\nik\n"
                                           "danger-model: dm2.tsv 0.9 dw.tsv 0.9\n"};
    tmp_file("dm2.tsv", "classes\tcalm\tdanger\tsuicidal\ndocs\t10\t10\t10\nalpha\t0.5\n"
                        "part: end\tsuicidal:10\npart: me\tcalm:5\tsuicidal:5\n");
    for (int k = 0; k < 2; k++) {
        c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv",
                              tmp_file("u.conf", by_words[k]), err, sizeof(err));
        if (!c)
            fail_msg("load: %s", err);
        d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", "ik kom niet terug");
        assert_int_equal(ll_classify(c, d), 0);
        m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
        if (k == 0 && (!strstr(m, "\"critical\"") ||
                       !strstr(m, "suicidal statement: by its words (model 0.9") ||
                       !strstr(m, "'terug'") || !strstr(m, "\"advice\":\"bel 113\"")))
            fail_msg("by its words: %s", m);
        if (k == 1 && strstr(m, "critical"))
            fail_msg("no fifth figure, no finding by the words: %s", m);
        free(m);
        cJSON_Delete(d);
        static const char *const calm[] = {"ik op de stoep", "kom niet terug" /* no part */};
        for (int i = 0; i < 2; i++) {
            d = cJSON_CreateObject();
            cJSON_AddStringToObject(d, "text", calm[i]);
            assert_int_equal(ll_classify(c, d), 0);
            assert_string_equal(str_at(d, "urgency", "level"), "normal");
            cJSON_Delete(d);
        }
        ll_classifier_free(c);
    }

    /* A self-harm rule denied by a negation: the words model reads the same words as the
     * statement and does not overrule the denial, in either gate (round 14); the same
     * words without the denial are its finding. */
    c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv",
                          tmp_file("u.conf", "[critical: self-harm]\nmezelf iets aandoen\n"
                                             "[feature: end]\nadvice: bel 113\nvoorgoed\n"
                                             "[feature: me]\nik\n"
                                             "danger-model: dm2.tsv 0.5 dw.tsv 0.5 0.9\n"),
                          err, sizeof(err));
    if (!c)
        fail_msg("load: %s", err);
    static const char *const denial[] = {"ik kom niet terug, ik ga niet mezelf iets aandoen",
                                         "ik kom niet terug"};
    for (int i = 0; i < 2; i++) {
        d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "text", denial[i]);
        assert_int_equal(ll_classify(c, d), 0);
        m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
        if ((i == 0) == (strstr(m, "\"critical\"") != NULL))
            fail_msg("%s: %s", denial[i], m);
        free(m);
        cJSON_Delete(d);
    }
    ll_classifier_free(c);

    /* An acute danger by the words: only with the sixth and seventh figures, only where
     * the parts lean to danger (DPARTS), only for the danger class of the words, and
     * without the suicidal parts' advice. */
    tmp_file("dm3.tsv", "classes\tcalm\tdanger\tsuicidal\ndocs\t10\t10\t10\nalpha\t0.5\n"
                        "part: gap\tcalm:2\tdanger:8\npart: end\tsuicidal:10\n");
    static const char *const alone[] = {
        "[feature: gap]\ngat\n[feature: end]\nadvice: bel 113\nvoorgoed\n"
        "danger-model: dm3.tsv 0.99 dw.tsv 0.99 1 0.5 0.9\n",
        "[feature: gap]\ngat\n[feature: end]\nadvice: bel 113\nvoorgoed\n"
        "danger-model: dm3.tsv 0.99 dw.tsv 0.99 1\n",
        "[feature: gap]\ngat\n[feature: end]\nadvice: bel 113\nvoorgoed\n"
        "danger-model: dm3.tsv 0.99 dw.tsv 0.99 1 0.99 0.9\n"};
    for (int k = 0; k < 3; k++) {
        c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv",
                              tmp_file("u.conf", alone[k]), err, sizeof(err));
        if (!c)
            fail_msg("load: %s", err);
        static const char *const texts[] = {"een gat in de stoep", "een gat in de weg",
                                            "een gat, ik kom niet terug"};
        for (int i = 0; i < 3; i++) {
            d = cJSON_CreateObject();
            cJSON_AddStringToObject(d, "text", texts[i]);
            assert_int_equal(ll_classify(c, d), 0);
            m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
            int want = k == 0 && i == 0; /* the words of danger, with the figures */
            if (want != (strstr(m, "\"critical\"") != NULL) ||
                (want &&
                 (!strstr(m, "acute danger: by its words (model 0.9") || !strstr(m, ", parts 0.") ||
                  !strstr(m, "'stoep'") || strstr(m, "advice"))))
                fail_msg("config %d, %s: %s", k, texts[i], m);
            free(m);
            cJSON_Delete(d);
        }
        ll_classifier_free(c);
    }

    /* "compounds: yes": a part's words reach into compounds ("hoogspanning" in
     * "hoogspanningskabel"), a term written "=brand" keeps to the whole word
     * (not "brandweer"); without the line the whole words only. */
    static const char *const comp[] = {"[feature: power]\ncompounds: yes\nhoogspanning, =brand\n",
                                       "[feature: power]\nhoogspanning, brand\n"};
    for (int k = 0; k < 2; k++) {
        c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv",
                              tmp_file("u.conf", comp[k]), err, sizeof(err));
        if (!c)
            fail_msg("load: %s", err);
        static const char *const texts[] = {"de hoogspanningskabel ligt op straat",
                                            "de brandweer is al geweest"};
        for (int i = 0; i < 2; i++) {
            d = cJSON_CreateObject();
            cJSON_AddStringToObject(d, "text", texts[i]);
            assert_int_equal(ll_classify(c, d), 0);
            n = ll_classifier_danger_keys(c, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
            int want = k == 0 && i == 0;
            if (want != (n == 1 && strcmp(keys[0], "part: power") == 0))
                fail_msg("compounds %d, %s: %zu keys", k, texts[i], n);
            cJSON_Delete(d);
        }
        ll_classifier_free(c);
    }

    /* The lines are checked where they stand. */
    static const bad_urgency bad[] = {
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9\n", "bad.conf:3: expected 'danger-model:"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.4 dw.tsv 0.9\n", "bad.conf:3: expected"},
        {"[feature: a]\nx\ndanger-model: ../dm.tsv 0.9 dw.tsv 0.9\n", "bad.conf:3: expected"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 x\n", "bad.conf:3: expected"},
        {"danger-model: dm.tsv 0.9 dw.tsv 0.9\ndanger-model: dm.tsv 0.9 dw.tsv 0.9\n[high: a]\nx\n",
         "bad.conf:2: danger-model given twice"},
        {"danger-model: two.tsv 0.9 dw.tsv 0.9\n[high: a]\nx\n", "bad.conf:1: " /* two.tsv */},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 0.4\n", "bad.conf:3: expected"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 0.9 1\n", "bad.conf:3: expected"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 0.9 0.4 0.9\n",
         "bad.conf:3: expected 'danger-model: PARTS MIN WORDS MIN [SUICIDAL [DPARTS DWORDS]] "
         "[bernoulli]'"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 bernoulli x\n",
         "bad.conf:3: expected"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 0.9 0.8 1.5\n",
         "bad.conf:3: expected"},
        {"[feature: a]\nx\ndanger-model: dm.tsv 0.9 dw.tsv 0.9 0.9 0.8 0.9 1\n",
         "bad.conf:3: expected"},
        {"danger-model: dm.tsv 0.9 two.tsv 0.9\n[high: a]\nx\n",
         "two.tsv: classes must be calm, danger, suicidal"},
        {"danger-model: dm.tsv 0.9 nofile.tsv 0.9\n[high: a]\nx\n", "bad.conf:1: "},
        {"[feature: a]\ntheme: afval\nx\n", "bad.conf:2: feature 'a' is a part of danger"},
        {"[feature: a + b]\nx\n", "bad.conf:1: feature name must be"},
        {"[feature: a-name-longer-than-forty-bytes-is-refused-here]\nx\n",
         "bad.conf:1: feature name must be"},
        {"[urgent: a]\nx\n", "level 'urgent' must be critical, high, normal, low or feature"},
        {"[critical: a]\ncompounds: yes\nx\n",
         "bad.conf:2: rule 'a': 'compounds:' is for a [feature: name] part only"},
        {"[feature: a]\ncompounds: maybe\nx\n", "bad.conf:2: compounds must be 'yes' or 'no'"},
        {"[critical: a]\ndanger: no\nx\n",
         "bad.conf:2: rule 'a': 'danger:' is for a rule below critical only"},
        {"[high: a]\ndanger: maybe\nx\n", "bad.conf:2: danger must be 'no' or 'yes'"},
    };
    expect_load_errors(bad, sizeof(bad) / sizeof(bad[0]));
}

/* A word of letters only (no digit, no ending the stemmer takes) naming rule i. */
static void gate_word(char *out, size_t n, const char *pre, int i) {
    snprintf(out, n, "%s%c%cx", pre, 'a' + i / 26, 'a' + i % 26);
}

/* Any rule may look at the words around its match: GATED rules, each with an
 * unless:, frame:, context: or with: line by turns, well past the 64 bits of one
 * word per token, and each gate holds for its own rule only (rules 64 apart share
 * a bit in different words: neither may move the other). */
#define GATED 100
static void urgency_gates_beyond_64_rules(void **state) {
    (void)state;
    static const char *const kinds[] = {"unless", "frame", "context", "with"};
    static char conf[GATED * 64];
    size_t o = 0;
    for (int i = 0; i < GATED; i++) {
        char w[16], g[16];
        gate_word(w, sizeof(w), "zq", i);
        gate_word(g, sizeof(g), "vw", i);
        o += (size_t)snprintf(conf + o, sizeof(conf) - o, "[critical: gated %d]\n%s: %s\n%s\n", i,
                              kinds[i % 4], g, w);
        assert_true(o < sizeof(conf));
    }
    ll_classifier *c = load(CFG "taxonomy-gemeente.conf", tmp_file("urgency.conf", conf));
    for (int i = 0; i < GATED; i++) {
        char w[16], g[16], other[16], text[96], name[32];
        gate_word(w, sizeof(w), "zq", i);
        gate_word(g, sizeof(g), "vw", i);
        /* The rule sharing its bit in the other word, else the next of its kind. */
        gate_word(other, sizeof(other), "vw", i >= 64 ? i - 64 : i + 64 < GATED ? i + 64 : i + 4);
        snprintf(name, sizeof(name), "gated %d", i);
        int vetoes = i % 4 < 2; /* unless:, frame: keep it calm; context:, with: let it fire */
        const struct {
            const char *fmt;
            const char *gate;
            int fires;
        } cases[] = {
            {"Hier is %s.", NULL, vetoes},
            {"Hier is %s en %s.", g, !vetoes},
            {"Hier is %s en %s.", other, vetoes},
        };
        for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
            if (cases[k].gate)
                snprintf(text, sizeof(text), cases[k].fmt, w, cases[k].gate);
            else
                snprintf(text, sizeof(text), cases[k].fmt, w);
            cJSON *d = classify_with(c, text, NULL);
            const char *lvl = str_at(d, "urgency", "level");
            int fired =
                lvl && strcmp(lvl, "critical") == 0 &&
                array_has(cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons"), name);
            if (fired != cases[k].fires)
                fail_msg("rule %d (%s): \"%s\" %s, want %s", i, kinds[i % 4], text,
                         lvl ? lvl : "(none)", cases[k].fires ? "critical" : "calm");
            cJSON_Delete(d);
        }
    }
    ll_classifier_free(c);
}

/* Round 15: how a sentence tells a danger as not now, for every rule that says "notnow:
 * calm" (urgency.conf's "told-over:" and "told-about:"), and a simile in the shipped rules. */
static void urgency_told_over_or_about(void **state) {
    (void)state;
    static const char *const calm[] = {
        /* over: after the danger, in its sentence or a short next one */
        "Er lag een man op straat te bloeden, de ambulance is geweest en het gaat weer goed met "
        "hem.",
        "Mijn buurman sloeg zijn vrouw, de politie is geweest en daarna was het rustig.",
        /* about: the topic of a policy or a rule */
        "Wat is het beleid van de gemeente bij het afsluiten van gas in de winter bij gezinnen "
        "met kleine kinderen",
        "Welke regels gelden voor rookmelders en koolmonoxidemelders in een huurhuis",
        /* a simile */
        "Die naheffing kwam binnen als een bom, kan ik een regeling treffen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    /* What takes away may take away the railing; an end denied or asked is none; a near
     * miss is no end; what the senses took for one is told; a threat told past is still a
     * threat (no "notnow: calm"). */
    EXPECT_URGENCY("Het hek langs de vijver is weggehaald en de kleuters spelen er vlak naast, het "
                   "water is diep.",
                   NULL, "critical");
    EXPECT_URGENCY("Er ligt een stroomkabel bloot op de stoep bij de school en dat is nog niet "
                   "opgelost.",
                   NULL, "critical");
    EXPECT_URGENCY("Er is een gaslek in onze flat. Wanneer wordt het opgelost?", NULL, "critical");
    EXPECT_URGENCY(
        "De verkeerslichten op de kruising bij de school staan op zwart en het is spits, "
        "het gaat steeds net goed.",
        NULL, "critical");
    EXPECT_URGENCY("Het ruikt als een gaslek in de hal van onze flat.", NULL, "critical");
    EXPECT_URGENCY(
        "Er stond een man met een mes bij de bushalte te zwaaien, hij is door de politie "
        "opgepakt.",
        NULL, "critical");
}

/* A danger's words said as a joke (round 17, false critical flags): a laugh in the match's
 * sentence or a short next one, a word of urgency.conf's "joked:" line or a laughing face
 * (which the tokens never hold), for the rules that say "notnow: calm". Not asked, not
 * with a joke denied; not for a threat (user check U3, above) nor a suicidal wish. */
static void urgency_said_as_a_joke(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De container op het plein is zo vol dat hij straks ontploft haha. Kan hij geleegd "
        "worden?",
        "De container op het plein is zo vol dat hij straks ontploft \xF0\x9F\x98\x82. Kan hij "
        "geleegd worden?",
        "Mijn hond vond de nieuwe gaskachel eng, hij blafte alsof er brand was hahaha. Waar meld "
        "ik een defecte lantaarnpaal?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    /* The same danger without the laugh; a laugh taken back; indignation asked; a laugh
     * before a contrast that turns to the danger; a threat and a wish laughed. */
    EXPECT_URGENCY("De container op het plein is zo vol dat hij straks ontploft. Kan hij geleegd "
                   "worden?",
                   NULL, "critical");
    EXPECT_URGENCY("De verkeerslichten bij de school staan op zwart en het is spits haha. Dit is "
                   "geen grapje.",
                   NULL, "critical");
    EXPECT_URGENCY("Er hangt een tak los boven het fietspad bij de school. Is dit een grapje?",
                   NULL, "critical");
    EXPECT_URGENCY("haha ik lach erom maar de verkeerslichten op de kruising bij de school staan "
                   "op zwart en het is spits",
                   NULL, "critical");
    EXPECT_URGENCY("die bladblazer van de overbuurman om 7 uur, ik vermoord hem nog eens "
                   "\xF0\x9F\x98\x82. Mag dat gewoon?",
                   NULL, "critical");
    EXPECT_URGENCY("Ik wil dood, haha, niemand merkt het toch", NULL, "critical");
}

/* A threat laughed at and put aside (round 18, false critical flags): after the threat, a
 * laugh and then "nee serieus" (in its sentence or opening the next one) say it was not
 * meant. A laugh alone, a laugh before the threat, the threat after the aside, or a joke
 * taken back ("ik meen het") leave it a threat (user check U3). */
static void urgency_threat_laughed_and_put_aside(void **state) {
    (void)state;
    static const char *const calm[] = {
        "ik word gek van de buren, ik vermoord ze nog een keer hahaha. nee serieus, elk weekend "
        "muziek tot 3 uur 's nachts. wat kan ik doen?",
        "ik vermoord die handhaver nog eens \xF0\x9F\x98\x82 maar even serieus, die boete klopt "
        "niet.",
        "ik sla je kop in haha, alle gekheid op een stokje: de heg van de buren is te hoog",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("ik word gek van de buren, ik vermoord ze nog een keer hahaha. elk weekend "
                   "muziek tot 3 uur 's nachts.",
                   NULL, "critical");
    EXPECT_URGENCY("Ik weet waar je woont haha. Nee serieus, ik maak je af.", NULL, "critical");
    EXPECT_URGENCY("ik vermoord ze nog een keer hahaha. nee serieus, ik meen het.", NULL,
                   "critical");
    EXPECT_URGENCY("ik vermoord ze nog een keer. nee serieus, elk weekend muziek tot 3 uur.", NULL,
                   "critical");
}

/* Praise beside a fear the help ended is praise (round 18, a user's check of 12-01): no rule
 * fired, yet the fear's words made it negative and so normal; a compliment stays low unless
 * told in anger or distrust. Drowning in debts is a figure, not water. */
static void urgency_compliment_and_figures_of_fear(void **state) {
    (void)state;
    EXPECT_URGENCY("Bedankt! Ik ben zo blij dat de lantaarnpaal weer werkt, ik ging bijna dood van "
                   "angst in het donker haha",
                   "compliment", "low");
    EXPECT_URGENCY("Fijn dat de lantaarnpaal eindelijk werkt, maar ik ben woedend dat het drie "
                   "maanden duurde. Schandalig.",
                   "compliment", "normal");
    EXPECT_URGENCY("Dank voor het antwoord. Ik ben kwaad en teleurgesteld, dit is een schande.",
                   "compliment", "normal");
    static const char *const calm[] = {
        "ik heb het gevoel dat ik verdrink in de schulden maar ik red me wel",
        "Ik verdrink in het papierwerk, niemand helpt me.",
        "Mijn moeder verdrinkt in de post en de formulieren van de gemeente.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Mijn zoontje is in de vijver gevallen, hij verdrinkt!", NULL, "critical");
    EXPECT_URGENCY("er verdrinkt bijna een kind in de sloot bij de Schie, snel", NULL, "critical");
}

/* No food, by who is at risk (round 18, false critical flags): a person who has not eaten, or
 * no food in the house for one whose body fails or who cannot fend (confused, bedridden,
 * diabetic), is critical; no food beside a parent who asks, a referral or money asked for
 * is poverty for this week (high), as the development sets' writers label it. */
static void urgency_no_food_by_who_is_at_risk(void **state) {
    (void)state;
    static const char *const week[] = {
        "Balie: mevrouw met een baby, uitkering gestopt, geen eten in huis. "
        "Voedselbankverwijzing meegegeven en noodbetaling aangevraagd.",
        "Mijn loon is niet overgemaakt en mijn kinderen hebben morgen niks te eten.",
    };
    for (size_t i = 0; i < sizeof(week) / sizeof(week[0]); i++)
        EXPECT_URGENCY(week[i], NULL, "high");
    EXPECT_URGENCY("Mijn buurvrouw (84) heeft geen eten in huis en is erg verward, ze weet niet "
                   "meer welke dag het is.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn vader kan zelf niet uit bed en er is geen eten in huis, de thuiszorg komt "
                   "niet.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn vader heeft al drie dagen niks gegeten, hij heeft geen geld meer.", NULL,
                   "critical");
    EXPECT_URGENCY("Hij is suikerpatient en heeft sinds gisteren geen eten meer.", NULL,
                   "critical");
    EXPECT_URGENCY("Ik zie al dagen twee kleine kinderen alleen op het balkon, ze hebben niks te "
                   "eten.",
                   NULL, "critical");
}

/* Rain alone is weather (round 18): a crowd before a closed door in the rain is no person at
 * risk; a man lying in the rain, or a confused mother lost in it, is told by the words
 * around it. */
static void urgency_rain_alone_is_weather(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De informatieavond was verplaatst maar niemand wist het, we stonden met 40 man voor een "
        "dichte deur in de regen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY(
        "Er ligt een oude man op straat in de regen bij de Coolsingel, hij reageert niet.", NULL,
        "critical");
    EXPECT_URGENCY("Mijn moeder (dementie) loopt buiten in de regen in haar pyjama, we kunnen haar "
                   "niet vinden.",
                   NULL, "critical");
}

/* A wish past and recovered (round 18, messages-dev15 and suicidal-dev14, blind): the
 * recovery told in its common word orders, and a wish of months ago; a wish of months, or
 * a recovery of something else before a contrast, stays. */
static void suicidal_wish_past_and_recovered(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik heb jaren met zelfmoordgedachten rondgelopen maar sinds de therapie gaat het een "
        "stuk beter. Kan ik vrijwilliger worden?",
        "Mijn zus zei een paar maanden geleden dat ze er een eind aan wilde maken. Nu woont ze "
        "weer zelfstandig, welke hulp is er?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Ik heb al maanden zelfmoordgedachten en het wordt steeds erger.", NULL,
                   "critical");
    EXPECT_URGENCY("Met mijn rug gaat het een stuk beter, maar ik wil niet meer leven.", NULL,
                   "critical");
}

/* A play and a campaign (round 18, critical-dev15 and suicidal-dev14, blind): what happens
 * in the play, and leaflets about suicide, tell no danger; a knife after the play, or a
 * jump told now beside the word "toneel", still do. */
static void urgency_in_the_play_or_a_campaign(void **state) {
    (void)state;
    static const char *const calm[] = {
        "In de schoolmusical steekt de schurk de held neer, het mes is van karton. Mogen we de "
        "aula gebruiken?",
        "Wij willen folders over zelfdoding bespreekbaar maken in de bibliotheek, kan dat?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY(
        "Na de voorstelling in de schouwburg stond een man met een mes te zwaaien bij de "
        "uitgang.",
        NULL, "critical");
    EXPECT_URGENCY(
        "Mijn zoon wil van de flat springen, hij staat nu op het dak. Hij speelt normaal "
        "toneel.",
        NULL, "critical");
}

/* A bomb as what a thing or people "are", with a degree word between (round 18,
 * messages-dev15, blind): a figure. The text's words are folded "ij" -> "y", so the copula
 * "zijn" of a list matched nothing before; a bomb found, or bombs gone off in a street,
 * stay a danger. */
static void urgency_figure_with_a_degree_word(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Onze nieuwe buren zijn echt een bom, ze hebben de hele straat uitgenodigd.",
        "Die aanslag is gewoon een bom onder mijn begroting.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Er is echt een bom gevonden bij het station, iedereen moet weg.", NULL,
                   "critical");
    EXPECT_URGENCY("In de Kerkstraat zijn echt een paar bommen ontploft.", NULL, "critical");
    EXPECT_URGENCY("De container op het plein is zo vol dat hij straks ontploft.", NULL,
                   "critical");
}

/* An animal gone is no person gone (round 18, messages-dev15, blind): "hun hond is weg"
 * beside a mother and her small son tells no child without a carer and no person in need;
 * a small son or a father with dementia gone still does. */
static void urgency_an_animal_gone(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Balie: moeder met zoontje, hun hond is weg sinds vanochtend. Waar kunnen ze dat melden?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY(
        "Mijn zoontje van 4 is weg, we kunnen hem nergens vinden, hij was bij de vijver.", NULL,
        "critical");
    EXPECT_URGENCY("Mijn vader met dementie is weg, hij is in zijn pyjama de deur uit gelopen.",
                   NULL, "critical");
}

/* Not now, by what the words around it say (round 18, messages-dev15 and critical-dev15,
 * blind): an exercise (a compound of "oefening"), a fire as the time a thing is told from,
 * works announced, transport that did not come. A fire now, a cut-off now, a child not
 * picked up, stay critical. */
static void urgency_exercise_works_and_transport(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Bij de ontruimingsoefening van vorige week stond ik met mijn baby een half uur buiten in "
        "de kou en niemand wist wanneer we weer naar binnen mochten.",
        "Onderwerp: WOZ na brand. Ons huis is in augustus deels afgebrand, heeft dat invloed op de "
        "WOZ?",
        "Op 3 maart wordt de waterleiding in onze straat vervangen en zitten we een dag zonder "
        "water. Kunnen ouderen flessen water krijgen?",
        "Mijn man zit in een rolstoel en is al drie keer niet opgehaald door de regiotaxi voor "
        "zijn dialyse.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Er is brand in de flat naast ons, de rook komt het trappenhuis in.", NULL,
                   "critical");
    EXPECT_URGENCY("We zitten sinds gisteren zonder water in huis en mijn moeder is 90.", NULL,
                   "critical");
    EXPECT_URGENCY(
        "Mijn zoontje van 5 is vanmiddag niet opgehaald van school, de juf kan de ouders "
        "niet bereiken.",
        NULL, "critical");
}

/* Not there while the office or the shop is closed (round 17, issue 12's known false flag):
 * "er niet meer zijn" beside the place closing is an absence, for each family that reads
 * it; the place alone, or no place, leaves the wish. */
static void suicidal_not_there_while_closed(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Als u na vijf uur belt ben ik er niet meer, dan is het kantoor dicht.",
        "Bel me voor vijf uur terug, daarna ben ik er niet meer want dan sluit de winkel.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Als u na vijf uur belt ben ik er niet meer.", NULL, "critical");
    EXPECT_URGENCY("Hij zei aan de balie dat hij er morgen niet meer is, hij wil niet meer leven.",
                   NULL, "critical");
    EXPECT_URGENCY("Na vanavond ben ik er niet meer, de winkel is al dicht en niemand mist me.",
                   NULL, "critical");
}

/* Who is at risk? The one who saw the danger judged no one is (round 17, "told-safe:"), in
 * its sentence or a short next one; not asked, and not across a contrast before the
 * danger. */
static void urgency_judged_safe_by_who_saw_it(void **state) {
    (void)state;
    static const char *const calm[] = {
        "balie: dhr meldt dat de slagboom bij de Willemsbrug afrit steeds omhoog blijft, geen "
        "gevaar volgens hem maar irritant",
        "Bij de school staan de verkeerslichten op zwart en het is spits. Geen gevaar volgens de "
        "politie.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Bij de school staan de verkeerslichten op zwart en het is spits.", NULL,
                   "critical");
    EXPECT_URGENCY("Geen gevaar, maar er hangt een tak los boven de stoep waar de kinderen lopen.",
                   NULL, "critical");
    EXPECT_URGENCY("Bij de school staan de verkeerslichten op zwart en het is spits. Is dat niet "
                   "gevaarlijk?",
                   NULL, "critical");
    /* Not a threshold someone else set, which the writer disputes. */
    EXPECT_URGENCY("Ik word volgende week uit mijn huis gezet met mijn kinderen, de gemeente zegt "
                   "dat we niet urgent genoeg zijn.",
                   NULL, "critical");
}

/* Who is at risk? No one, once whoever came made the hazard safe (round 17, "told-over:"):
 * shut off, moved out of the way, or told as past. Not cordoned off, not denied, and not
 * with a contrast that opens it again. */
static void urgency_hazard_made_safe(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Er lag een omgewaaide boom over de weg, de brandweer heeft hem al aan de kant gezaagd. "
         "Wie haalt de resten op?"),
        "De monteur zei dat er koolmonoxide uit de cv-ketel kwam en heeft hem dichtgezet.",
        "Bij ons ging de koolmonoxidemelder vaak af, dat is nu gelukkig verleden tijd.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Er ligt een omgewaaide boom over de weg bij de school.", NULL, "critical");
    EXPECT_URGENCY("De monteur zei dat er koolmonoxide uit de cv-ketel kwam en heeft hem niet "
                   "dichtgezet.",
                   NULL, "critical");
    EXPECT_URGENCY("De monteur heeft de cv-ketel dichtgezet maar het alarm van de "
                   "koolmonoxidemelder gaat nog steeds af.",
                   NULL, "critical");
    EXPECT_URGENCY("Er hangt een gevel los boven de stoep, de politie heeft de straat afgezet.",
                   NULL, "critical");
}

/* A supply runs out after its name ("de zuurstof is bijna op", "geen insuline meer"), not by
 * a preposition "op" of another sentence (round 17, development 13). */
static void urgency_supply_runs_out_after_its_name(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Bij de ingang van de huisartsenpost staan elke avond auto's op de invalidenplaats. Mijn "
        "vader met zuurstof moet daardoor 200 meter lopen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("De zuurstof van mijn vader is bijna op en de leverancier komt pas maandag.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn moeder heeft geen insuline meer en de apotheek is dicht.", NULL,
                   "critical");
    EXPECT_URGENCY("Mijn vader zegt dat zijn insulinepen op is.", NULL, "critical");
}

/* ---------------------------------------------------- spelling tolerance */

static const char *corrected(const ll_wordlist *known, const ll_wordset *vocab, const char *w) {
    static char out[64];
    size_t wn, sn;
    const char *stem;
    const char *c = ll_spelling_correct(known, vocab, w, strlen(w), &wn, &stem, &sn);
    if (!c)
        return NULL;
    snprintf(out, sizeof(out), "%.*s/%.*s", (int)wn, c, (int)sn, stem);
    return out;
}

/* The word list's front-coded blocks against a plain search: ~1,500 words
 * sharing prefixes (so across ~90 blocks, most words coded as a shared
 * prefix and a rest), read in shuffled order, some twice and in capitals;
 * every word is found and each near miss (a letter added, the last one
 * changed, the last one dropped) is found exactly when it is itself listed. */
static int listed(char (*words)[16], size_t n, const char *w) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(words[i], w) == 0)
            return 1;
    return 0;
}

static void wordlist_blocks_find_what_a_plain_search_finds(void **state) {
    (void)state;
    enum { N = 1500 };
    static char words[N][16];
    static char file[N * 2 * 17];
    uint32_t seed = 12345;
    size_t n = 0, len = 0;
    while (n < N) { /* prefixes from a small alphabet, so neighbours share them */
        char w[16];
        size_t wn = 5 + ((seed = seed * 1103515245u + 12345u) >> 16) % 9;
        for (size_t i = 0; i < wn; i++)
            w[i] = (char)((i < 4 ? 'a' : 'k') + ((seed = seed * 1103515245u + 12345u) >> 16) % 4);
        w[wn] = '\0';
        if (listed(words, n, w))
            continue;
        memcpy(words[n++], w, wn + 1);
    }
    for (size_t i = 0; i < N; i++) {
        size_t k = (i * 7919) % N; /* every word once, out of order */
        len += (size_t)snprintf(file + len, sizeof(file) - len, "%s\n", words[k]);
        if (k % 5 == 0) { /* again, capitalised */
            len += (size_t)snprintf(file + len, sizeof(file) - len, "%c%s\n",
                                    words[k][0] - 'a' + 'A', words[k] + 1);
        }
    }
    char err[512];
    ll_wordlist *wl = ll_wordlist_read(tmp_file("many", file), err, sizeof(err));
    assert_non_null(wl);
    assert_int_equal(ll_wordlist_size(wl), N);
    for (size_t i = 0; i < N; i++) {
        char v[18];
        size_t wn = strlen(words[i]);
        assert_true(ll_wordlist_has(wl, words[i], wn));
        snprintf(v, sizeof(v), "%sk", words[i]);
        assert_int_equal(ll_wordlist_has(wl, v, wn + 1), listed(words, N, v));
        memcpy(v, words[i], wn + 1);
        v[wn - 1] = v[wn - 1] == 'n' ? 'a' : (char)(v[wn - 1] + 1);
        assert_int_equal(ll_wordlist_has(wl, v, wn), listed(words, N, v));
        v[wn - 1] = '\0';
        assert_int_equal(ll_wordlist_has(wl, v, wn - 1), listed(words, N, v));
    }
    assert_false(ll_wordlist_has(wl, "aaaa", 4));
    assert_false(ll_wordlist_has(wl, "zzzzz", 5));
    ll_wordlist_free(wl);
}

#define LONG_LINE_16 "xxxxxxxxxxxxxxxx"
#define LONG_LINE                                                                                  \
    LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16     \
        LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 LONG_LINE_16 \
            LONG_LINE_16 LONG_LINE_16 /* 256 bytes */

/* One edit from exactly one word of the classifier, and in no word list:
 * read as that word; a real word, a short word, or a word two words are
 * equally near stays as written. */
static void spelling_reads_one_edit_from_one_word(void **state) {
    (void)state;
    char err[512];
    ll_wordlist *known =
        ll_wordlist_read(tmp_file("known", "vergunning\nbrandt\nbrandt\n"), err, sizeof(err));
    ll_wordset *vocab = ll_wordset_new();
    assert_non_null(known);
    assert_non_null(vocab);
    static const char *const words[][2] = {
        {"container", "container"}, {"stoplicht", "stoplicht"}, {"stoplichten", "stoplicht"},
        {"kapel", "kapel"},         {"kabel", "kabel"},         {"vergunningen", "vergunning"},
        {"brand", "brand"},         {"gaslucht", "gaslucht"}};
    for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
        assert_int_equal(ll_wordset_add(vocab, words[i][0], strlen(words[i][0]), words[i][1],
                                        strlen(words[i][1])),
                         0);
    assert_int_equal(ll_wordlist_size(known), 2); /* "brandt" once */
    assert_string_equal(corrected(known, vocab, "kontainer"), "container/container");
    assert_string_equal(corrected(known, vocab, "containr"), "container/container");
    assert_string_equal(corrected(known, vocab, "conttainer"), "container/container");
    assert_string_equal(corrected(known, vocab, "cotnainer"), "container/container");
    assert_string_equal(corrected(known, vocab, "gaslucth"), "gaslucht/gaslucht");
    /* "stoplicht" and "stoplichten" are one stem: one candidate. */
    assert_string_equal(corrected(known, vocab, "stoplichtn"), "stoplicht/stoplicht");
    assert_null(corrected(known, vocab, "kapbel"));       /* kapel or kabel: neither */
    assert_null(corrected(known, vocab, "vergunning"));   /* a Dutch word */
    assert_null(corrected(known, vocab, "brandt"));       /* a Dutch word one edit from "brand" */
    assert_null(corrected(known, vocab, "container"));    /* the word itself */
    assert_null(corrected(known, vocab, "kabl"));         /* shorter than LL_SPELLING_MIN */
    assert_null(corrected(known, vocab, "kontainer2"));   /* not a-z */
    assert_null(corrected(known, vocab, "schoenendoos")); /* nothing near */

    /* The word list as Debian ships it: mixed case, "ij" folded to "y",
     * lines with accents under a key of their own (ll_wordlist_key), lines
     * with digits, dots or spaces skipped, and words of a length no look-up
     * asks for (under LL_WORDLIST_MIN, over LL_SPELLING_MAX). A word is an
     * ordinary one when a line spells it in lower case or in capitals. */
    ll_wordlist *list = ll_wordlist_read(
        tmp_file("words", "Amsterdam\nvrijdag\ncaf\xc3\xa9\nA4\nblz.\nkapot\nkap\n"
                          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\r\n"
                          "ijaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n"
                          "Zuid\nwegdek\r\nx\nBakker\nbakker\nachter\nAchmed\nGGD\n"
                          "M\xc3\xbcller\nmuller\nstra\xc3\x9f"
                          "e\nbal masqu\xc3\xa9s\n"
                          "lange\r" LONG_LINE "\n" /* over LL_WORDLIST_LINE */
                          "slotwoord"),            /* no newline */
        err, sizeof(err));
    assert_non_null(list);
    assert_true(ll_wordlist_has(list, "amsterdam", 9));
    assert_true(ll_wordlist_has(list, "vrydag", 6));
    assert_false(ll_wordlist_has(list, "vrijdag", 7));
    assert_true(ll_wordlist_has(list, "kapot", 5));
    assert_true(ll_wordlist_has(list, "wegdek", 6));
    assert_true(ll_wordlist_has(list, "yaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 40));
    assert_true(ll_wordlist_has(list, "kap", 3));
    assert_true(ll_wordlist_has(list, "zuid", 4));
    assert_false(ll_wordlist_has(list, "x", 1));
    assert_false(ll_wordlist_has(list, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 41));
    assert_false(ll_wordlist_has(list, "lange", 5));
    assert_true(ll_wordlist_has(list, "slotwoord", 9));
    assert_int_equal(ll_wordlist_size(list), 15);
    /* accents: a key beyond a-z, so the spelling tolerance (a-z) reads the list as before */
    char key[64];
    size_t kn = ll_wordlist_key("CAF\xc3\x89", 5, key, sizeof(key));
    assert_int_equal(kn, 5);
    assert_memory_equal(key, "caf\xc3\xa9", 5);
    assert_true(ll_wordlist_common(list, key, kn));
    assert_false(ll_wordlist_has(list, "cafe", 4));
    kn = ll_wordlist_key("me\xcc\x81", 4, key, sizeof(key)); /* decomposed: composed */
    assert_int_equal(kn, 3);
    kn = ll_wordlist_key("m\xc3\xbcller", 7, key, sizeof(key));
    assert_true(ll_wordlist_has(list, key, kn));
    assert_false(ll_wordlist_common(list, key, kn)); /* only the name "Müller" */
    assert_true(ll_wordlist_common(list, "muller", 6));
    assert_false(ll_wordlist_has(list, "strasse", 7)); /* folds to a-z: skipped */
    assert_int_equal(ll_wordlist_key("muller", 6, key, sizeof(key)), 0);
    assert_int_equal(ll_wordlist_key("m\xc3\xbc ller", 8, key, sizeof(key)), 0);
    assert_true(ll_wordlist_common(list, "kapot", 5));
    assert_true(ll_wordlist_common(list, "bakker", 6)); /* "Bakker" too: one word */
    assert_true(ll_wordlist_common(list, "ggd", 3));
    assert_true(ll_wordlist_common(list, "achter", 6));
    assert_false(ll_wordlist_common(list, "achmed", 6)); /* only as a name */
    assert_false(ll_wordlist_common(list, "amsterdam", 9));
    assert_false(ll_wordlist_common(list, "zuid", 4));
    assert_false(ll_wordlist_common(list, "achmet", 6));
    ll_wordlist_free(list);
    /* A line with a NUL byte is no word; the line after it is read. */
    static const char nul[] = "kapot\0x\nwegdek\n";
    const char *nul_path = tmp_file("nul", "");
    FILE *f = fopen(nul_path, "w");
    assert_non_null(f);
    assert_int_equal(fwrite(nul, 1, sizeof(nul) - 1, f), sizeof(nul) - 1);
    assert_int_equal(fclose(f), 0);
    assert_non_null(list = ll_wordlist_read(nul_path, err, sizeof(err)));
    assert_false(ll_wordlist_has(list, "kapot", 5));
    assert_true(ll_wordlist_has(list, "wegdek", 6));
    assert_int_equal(ll_wordlist_size(list), 1);
    ll_wordlist_free(list);
    assert_null(ll_wordlist_read("/nonexistent/words", err, sizeof(err)));
    assert_non_null(strstr(err, "/nonexistent/words: "));
    ll_wordlist_free(known);
    ll_wordlist_free(NULL);
    ll_wordset_free(vocab);
    ll_wordset_free(NULL);
}

/* The shipped taxonomy reads misspelt words as its own, keeps the citizen's
 * spelling in the reasons, and leaves real words alone. */
static void misspelt_words_reach_themes_and_rules(void **state) {
    (void)state;
    cJSON *d = classify("de kontainer staat al dagen vol", NULL);
    assert_string_equal(str_at(d, NULL, "theme"), "afval");
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "themes"));
    if (!strstr(m, "\"kontainer\""))
        fail_msg("the reason is not the word as written: %s", m);
    free(m);
    cJSON_Delete(d);
    d = classify("er hangt een gaslucth in de gang bij de meterkast", NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
    /* "brandt" is Dutch ("the lamp does not burn"), not a misspelt "brand". */
    d = classify("de lamp in de straat brandt niet meer", NULL);
    assert_string_not_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);

    /* Without "spelling:" the same words are not read. */
    char err[512];
    ll_classifier *c = load(tmp_file("tax.conf", "[afval]\ncontainer:2\n"), CFG "urgency.conf");
    cJSON *in = classify_with(c, "de kontainer staat al dagen vol", NULL);
    assert_string_equal(str_at(in, NULL, "theme"), "overig");
    ll_classifier_free(c);
    c = load(tmp_file("tax.conf", "spelling: /usr/share/dict/nederlands\n[afval]\ncontainer:2\n"),
             CFG "urgency.conf");
    assert_int_equal(ll_classify(c, in), 0);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    ll_classifier *w = ll_classifier_worker(c, err, sizeof(err)); /* shares the word lists */
    assert_non_null(w);
    assert_int_equal(ll_classify(w, in), 0);
    assert_string_equal(str_at(in, NULL, "theme"), "afval");
    ll_classifier_free(w);
    ll_classifier_free(c);
    cJSON_Delete(in);

    static const struct {
        const char *tax, *want;
    } bad[] = {
        {"spelling: /nonexistent/words\n[afval]\nx\n", "1: /nonexistent/words: "},
        {"spelling: a b\n[afval]\nx\n", "1: expected 'spelling: WORDLIST'"},
        {"spelling:\n[afval]\nx\n", "1: expected 'spelling: WORDLIST'"},
        {"spelling: /usr/share/dict/nederlands\nspelling: /usr/share/dict/nederlands\n[afval]\nx\n",
         "2: spelling given twice"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        expect_load_error(0, bad[i].tax, bad[i].want);
}

/* Issue 12, user check U3: five classes a user found missed, each with phrasings of our own
 * and look-alikes that stay calm. */
static void user_check_u3_classes(void **state) {
    (void)state;
    /* 1. Means at hand, being alone and no hope: a suicidal statement with the 113 referral,
     * not only an acute danger. */
    static const char *const fam = "means, solitude and no hope";
    expect_suicidal("Het maakt toch allemaal niet meer uit. Ik heb de pillen van mijn vader nog "
                    "liggen en vanavond ben ik eindelijk alleen thuis.",
                    fam, "pillen");
    expect_suicidal("Ik zie het niet meer zitten. Mijn man is het hele weekend weg, dan ben ik "
                    "alleen thuis met de slaappillen die ik al maanden spaar.",
                    fam, "zie het niet meer zitten");
    expect_suicidal("Niemand zal me missen. Er ligt nog een touw op zolder en morgen is er "
                    "niemand thuis.",
                    fam, "touw");
    expect_suicidal("het heeft allemaal geen zin meer, ik heb een strip oxazepam hier en ik ben "
                    "eindelijk alleen",
                    fam, "oxazepam");
    /* 2. A gas leak told before, smelt again or still now. */
    EXPECT_URGENCY("De gasfitter van Stedin zei vorige week dat de leiding lekt maar er is nog "
                   "steeds niemand geweest, het ruikt weer in de keuken.",
                   NULL, "critical");
    EXPECT_URGENCY("Vorige maand heeft Stedin de gasleiding in de kelder gemaakt, maar sinds "
                   "vanochtend ruik ik het weer in de gang.",
                   NULL, "critical");
    EXPECT_URGENCY("twee weken geleden gaslek gemeld, monteur is geweest maar het stinkt nog "
                   "steeds in de meterkast",
                   NULL, "critical");
    /* 3. Sleeping out in frost: an acute danger tonight; without the frost, shelter needed. */
    EXPECT_URGENCY("Sinds de scheiding slaap ik in mijn auto bij de Kralingse Plas, het wordt 's "
                   "nachts min vijf.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn zoon slaapt sinds vrijdag in een portiek aan de Zwart Janstraat en "
                   "vannacht gaat het vriezen.",
                   NULL, "critical");
    EXPECT_URGENCY("Ik heb geen huis meer en slaap onder het viaduct, het vriest nu al drie "
                   "nachten.",
                   NULL, "critical");
    EXPECT_URGENCY("Sinds de scheiding slaap ik in mijn auto bij de Kralingse Plas.", NULL, "high");
    /* 5. A threat laughed off with a trifle as its cause is a figure; a laugh alone, or in
     * another sentence, silences no threat. */
    EXPECT_URGENCY("Ik weet waar je woont haha, ik maak je af", NULL, "critical");
    EXPECT_URGENCY("Haha ik steek die ambtenaar neer als ik hem morgen zie", NULL, "critical");
    EXPECT_URGENCY("ik vermoord die buurman, hij zet steeds muziek aan. Haha.", NULL, "critical");
    static const char *const calm[] = {
        /* 1 */
        "Het maakt mij niet meer uit wanneer de monteur komt, ik ben vanavond alleen thuis. Wel "
        "graag voor zessen.",
        "Het maakt niet meer uit of ik de pillen via de apotheek of de huisarts krijg, mijn "
        "moeder is alleen thuis.",
        "Het maakt niet meer uit hoe lang de wachtlijst is. Ik heb pillen voor de pijn en ben "
        "vaak alleen thuis.",
        /* 2 */
        "Vorige week rook het hier naar gas, Stedin is gekomen en heeft de leiding gerepareerd. "
        "Nu is alles in orde.",
        "Vorige week rook het weer naar gas bij de buren, Stedin heeft het toen opgelost.",
        "De gasmeter is vorige maand vervangen en sindsdien stinkt het weer naar riool in de "
        "badkamer.",
        "Stedin heeft de gasmeter vorige maand vervangen, de rekening is nog steeds niet goed.",
        /* 3 */
        "We gaan dit weekend kamperen, het wordt min vijf maar we slapen in de tent met goede "
        "slaapzakken.",
        "Vorige winter sliep ik in mijn auto toen het vroor, nu heb ik gelukkig een flatje.",
        "Mijn auto start niet als het vriest, ik slaap er slecht van.",
        /* 5 */
        "Ik word gek van de buren, ik vermoord ze nog eens als die muziek niet zachter gaat lol",
        "Als die hond van hiernaast om zes uur weer blaft maak ik hem af haha",
        "Ik sla die bovenburen nog eens verrot als ze weer gaan boren op zondag, grapje hoor",
        "die medewerkster vermoordde me bijna met haar blik toen ik binnenkwam, maar ze hielp "
        "wel goed",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    /* 4. A loose tile someone fell over: the contract's high list names no hazard, and the
     * development sets (several writers) label a tile or a pavement that tripped someone
     * normal, as a report for the regular process; so it stays below high. */
    static const char *const tile[] = {
        "Bij de tramhalte op de Groene Hilledijk ligt een tegel los, mijn buurvrouw is er "
        "gisteren over gestruikeld.",
        "Voor de ingang van de bibliotheek steekt een stoeptegel omhoog, er is vorige week een "
        "meneer over gevallen.",
    };
    expect_below(tile, sizeof(tile) / sizeof(tile[0]), "high");
}

/* The keys ll_lr_feats_of gives a text, joined by '|' into keys (for strstr). */
static int lr_key(void *ud, uint64_t h, const char *key, size_t n) {
    (void)h;
    char *keys = ud;
    size_t at = strlen(keys);
    if (at + n + 2 < 4096) {
        memcpy(keys + at, key, n);
        keys[at + n] = '|';
        keys[at + n + 1] = '\0';
    }
    return 0;
}

/* The words of the text in tn (ll_nb_feats_of), then its logistic features, as the
 * classifier finds them. */
static ll_nb_feats lr_words;
static int lr_feats_of(ll_textnorm *tn, ll_lr_feats *fs, ll_lr_key_fn fn, void *ud) {
    ll_nb_feats_of(tn, &lr_words);
    return ll_lr_feats_of(tn, &lr_words, fs, fn, ud);
}
static int lr_add(ll_lr_trainer *t, ll_textnorm *tn, ll_lr_feats *fs, int label) {
    ll_nb_feats_of(tn, &lr_words);
    return ll_lr_trainer_add(t, tn, &lr_words, fs, label);
}

static void lr_keys(ll_textnorm *tn, ll_lr_feats *fs, const char *text, char keys[4096]) {
    analyse(tn, text);
    keys[0] = '|';
    keys[1] = '\0';
    assert_int_equal(lr_feats_of(tn, fs, lr_key, keys), 0);
}

/* The logistic model's features mark each stem by its scope, so that a weight can tell
 * "dood" denied, said of another, in a film, told as past or joked from "dood" said; it
 * learns, writes and reads back the same scores. */
static void logistic_model_scopes_learns_writes_and_reads(void **state) {
    (void)state;
    char err[512], keys[4096];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    ll_lr_feats fs;
    assert_non_null(tn);
    assert_int_equal(ll_lr_feats_init(&fs), 0);
    assert_int_equal(ll_nb_feats_init(&lr_words), 0);
    /* A negation to its clause's end, not beyond; the speaker's own words. */
    lr_keys(tn, &fs, "ik wil niet dood, ik wil hulp", keys);
    assert_non_null(strstr(keys, "|!dod|"));
    assert_null(strstr(keys, "|!hulp|"));
    assert_non_null(strstr(keys, "|1>dod|"));
    assert_non_null(strstr(keys, "|(neg)|"));
    assert_non_null(strstr(keys, "|niet dod|")); /* and the naive Bayes model's features */
    /* A third person, not the speaker; a frame; the past. */
    lr_keys(tn, &fs, "hij wil dood. in de film wil ze dood. vroeger wilde ik dood", keys);
    assert_non_null(strstr(keys, "|3>dod|"));
    assert_non_null(strstr(keys, "|f>dod|"));
    assert_non_null(strstr(keys, "|v>dod|"));
    /* A joke marker over its clause, and over the one before when it stands alone. */
    lr_keys(tn, &fs, "ik ga dood van het lachen haha", keys);
    assert_non_null(strstr(keys, "|j>dod|"));
    lr_keys(tn, &fs, "de wachtrij, ik spring eraf, haha", keys);
    assert_non_null(strstr(keys, "|j>spring|"));
    assert_null(strstr(keys, "|j>wachtrij|"));
    assert_null(strstr(keys, "|!")); /* no negation here: nothing left of the last text */
    /* Room for the text at hand, not the longest a message may hold; a longer text makes
     * room for itself and loses no feature, and the next short one finds none of its. */
    assert_true(fs.cap < (size_t)LL_TEXTNORM_MAX_TOKENS * LL_LR_FEATS_PER_TOKEN / 8);
    size_t cap0 = fs.cap;
    {
        static char lng[LL_LR_START_TOKENS * 12 + 64];
        size_t at = 0;
        for (int i = 0; i < LL_LR_START_TOKENS + 40; i++)
            at += (size_t)snprintf(lng + at, sizeof(lng) - at, "woord%d ", i);
        snprintf(lng + at, sizeof(lng) - at, "en ik wil niet dood");
        analyse(tn, lng);
        assert_true(tn->ntoks > LL_LR_START_TOKENS);
        assert_int_equal(lr_feats_of(tn, &fs, NULL, NULL), 0);
        assert_true(fs.cap > cap0 && fs.n > LL_LR_START_TOKENS);
        int neg = 0, last = 0;
        for (size_t i = 0; i < fs.n; i++) {
            last |= fs.f[i].t0 == (int32_t)tn->ntoks - 1;
            neg |= fs.f[i].t0 < 0;
        }
        assert_true(last && neg); /* the last word's features and the text's "(neg)" */
    }
    lr_keys(tn, &fs, "de wachtrij, ik spring eraf, haha", keys);
    assert_non_null(strstr(keys, "|j>spring|"));
    assert_null(strstr(keys, "|!"));

    /* Learned: "dood" said is suicidal, denied is not. */
    ll_lr_trainer *t = ll_lr_trainer_new();
    assert_non_null(t);
    static const char *const yes[] = {"ik wil dood", "ik wil echt dood", "ik wil gewoon dood"};
    static const char *const no[] = {"ik wil niet dood", "ik wil echt niet dood",
                                     "ik wil helemaal niet dood"};
    for (int i = 0; i < 3; i++) {
        analyse(tn, yes[i]);
        assert_int_equal(lr_add(t, tn, &fs, 1), 2 * i);
        analyse(tn, no[i]);
        assert_int_equal(lr_add(t, tn, &fs, 0), 2 * i + 1);
    }
    ll_lr_params par = {.lambda = 0.01, .eta = 0.2, .epochs = 30, .min_count = 2};
    ll_lr *lr = ll_lr_train(t, NULL, &par);
    assert_non_null(lr);
    analyse(tn, "ik wil dood");
    lr_feats_of(tn, &fs, NULL, NULL);
    size_t top[LL_LR_MAX_TOP], ntop = 0;
    double p_yes = ll_lr_score(lr, &fs, top, &ntop);
    assert_true(ntop >= 1 && fs.f[top[0]].t0 >= 0);
    analyse(tn, "ik wil niet dood");
    lr_feats_of(tn, &fs, NULL, NULL);
    double p_no = ll_lr_score(lr, &fs, NULL, NULL);
    assert_true(p_yes > 0.8 && p_no < 0.2);
    char path[160];
    snprintf(path, sizeof(path), "%s/lr.tsv", tmpdir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    assert_int_equal(ll_lr_write(lr, f, "test"), 0);
    assert_int_equal(fclose(f), 0);
    ll_lr *back = ll_lr_read(path, err, sizeof(err));
    assert_non_null(back);
    /* Written as it scores: every key read back, the text's scopes' too. */
    assert_true(ll_lr_score(back, &fs, NULL, NULL) == p_no);
    ll_lr_free(back);
    /* A bad line names the file and line. */
    f = fopen(path, "w");
    assert_non_null(f);
    fputs("# x\n(bias)\t-1\ndod\tveel\n", f);
    assert_int_equal(fclose(f), 0);
    assert_null(ll_lr_read(path, err, sizeof(err)));
    assert_non_null(strstr(err, "lr.tsv:3: "));
    ll_lr_free(lr);
    ll_lr_trainer_free(t);
    ll_lr_feats_free(&fs);
    ll_nb_feats_free(&lr_words);
    ll_textnorm_free(tn);
}

/* A logistic model read keeps its weights in a table at most three quarters full, of slots of
 * 12 bytes (issue 16 (e), the processor's peak RSS): 40 weights in 64 slots, 768 bytes, where
 * 128 slots of 16 bytes (at most half full) took 2,048. Each of a text's features is found with
 * its weight, the others are not. */
static void logistic_model_read_into_a_table_three_quarters_full(void **state) {
    (void)state;
    char err[512], keys[4096];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    ll_lr_feats fs;
    assert_int_equal(ll_lr_feats_init(&fs), 0);
    assert_int_equal(ll_nb_feats_init(&lr_words), 0);
    const char *text = "ik zie het niet meer zitten, niemand mist me";
    lr_keys(tn, &fs, text, keys);
    char path[160];
    snprintf(path, sizeof(path), "%s/lr-load.tsv", tmpdir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("# test\n(bias)\t-1\n", f);
    double z = -1;
    int n = 0;
    for (char *k = keys + 1, *bar; n < 40 && (bar = strchr(k, '|')); k = bar + 1, n++) {
        float w = 0.01f * (float)(n + 1);
        fprintf(f, "%.*s\t%.9g\n", (int)(bar - k), k, (double)w);
        z += w;
    }
    assert_true(n >= 10); /* the text's features */
    for (; n < 40; n++)
        fprintf(f, "zz%d\t5\n", n); /* features the text does not hold */
    assert_int_equal(fclose(f), 0);
    ll_lr *lr = ll_lr_read(path, err, sizeof(err));
    assert_non_null(lr);
    assert_int_equal(ll_lr_table_bytes(lr), 768);
    analyse(tn, text);
    assert_int_equal(lr_feats_of(tn, &fs, NULL, NULL), 0);
    assert_true(fabs(ll_lr_score(lr, &fs, NULL, NULL) - 1 / (1 + exp(-z))) < 1e-12);
    ll_lr_free(lr);
    ll_lr_feats_free(&fs);
    ll_nb_feats_free(&lr_words);
    ll_textnorm_free(tn);
}

/* The shipped logistic model (urgency.conf's "suicidal-model:") finds a statement the rules
 * read as a threat to go to the press and the naive Bayes model does not name (suicidal
 * phrasings 11, learned from), with its words and the 113 advice; a journey home, a bridge
 * and a joke in the same words stay what they are. */
/* A veto the rule's own words make ("opgelost") before a contrast that tells the danger
 * again, now (a sense verb, "weer", "nog steeds"): what was said is not what is. A
 * contrast that restates nothing, or says it is gone, leaves the veto standing. */
static void reopened_danger_stands(void **state) {
    (void)state;
    EXPECT_URGENCY("Er is een gaslek, het is opgelost zeggen ze maar ik ruik het nog", NULL,
                   "critical");
    EXPECT_URGENCY("Er is een gaslek. Het is opgelost zeggen ze maar ik ruik het nog.", NULL,
                   "critical");
    EXPECT_URGENCY("Er is een gaslek in de hal, verholpen zei Stedin, maar het sist nog steeds.",
                   NULL, "critical");
    static const char *const calm[] = {
        "Er is een gaslek, het is opgelost zeggen ze maar ik ruik het niet meer",
        "Er lag een boom op de weg, die is opgelost maar nu kan het verkeer weer door",
        "Er is een gaslek. Het is opgelost maar ik wil weten waarom het zo lang duurde.",
        "de stoplichten bij de Blaak waren vorige week kapot maar nu al weer gemaakt",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A danger told here and now in a clause before the one that asks stays told: the
 * question asks for help or about what was told. A clause that opens as a question, or
 * tells nothing of here and now (hearsay, a game, a figure), is part of what is asked. */
static void told_before_a_question(void **state) {
    (void)state;
    EXPECT_URGENCY("het ruikt hier erg naar gas in de hal, kan er iemand komen??", NULL,
                   "critical");
    EXPECT_URGENCY("Mijn collega is aan het reanimeren, is er een AED in het gebouw?", NULL,
                   "critical");
    /* Round 19: the moment or how long told in a clause of its own before the question. */
    EXPECT_URGENCY("We zijn allemaal duizelig en misselijk, mijn zus is net flauwgevallen, "
                   "komt dat door de geiser?",
                   NULL, "critical");
    EXPECT_URGENCY("Iedereen heeft hoofdpijn sinds de gaskachel brandt, kan dat?", NULL,
                   "critical");
    /* A clause that says a thing is there, in the present, tells it now (recall4's report:
     * the gas leak was normal). */
    EXPECT_URGENCY("er is een gaslek in de keuken, wat moet ik doen?", NULL, "critical");
    EXPECT_URGENCY("Er ligt een man op straat die niet meer beweegt, wie moet ik bellen?", NULL,
                   "critical");
    static const char *const calm[] = {
        "er is vorige maand brand geweest in de flat, wat moet ik doen met de schade?",
        "ik las dat je duizelig wordt van een geiser, net als bij griep, klopt dat?",
        "Kun je van een kachel duizelig en misselijk worden?",
        "Is het normaal dat het hier naar gas ruikt, of moet ik bellen?",
        "Als er brand is in de flat, wat moet ik dan doen?",
        "ik las op facebook dat gasflessen ontploffen in de zon, klopt dat?",
        "Mijn hoofd staat in brand van al die formulieren, kan iemand mij helpen?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Parts of danger that were missing from their classes (round 16, recall): an animal
 * loose on a carriageway is an obstacle as a lost load is; fouled tap water by the
 * illness it gives (braken, diarree); a small dike ("dijkje"); a school route as people
 * exposed every day; oxygen at home as frailty. */
static void danger_parts_round16(void **state) {
    (void)state;
    EXPECT_URGENCY("Er loopt een paard los op de provinciale weg, auto's remmen en moeten "
                   "uitwijken.",
                   NULL, "critical");
    EXPECT_URGENCY("Sinds de werkzaamheden komt het kraanwater bruin uit de kraan en mijn "
                   "kinderen hebben diarree.",
                   NULL, "critical");
    EXPECT_URGENCY("Het dijkje langs de wetering breekt door en het water stijgt in onze tuin.",
                   NULL, "critical");
    EXPECT_URGENCY("De gevel van het oude pand bolt uit, er liggen stenen op de stoep van de "
                   "schoolroute.",
                   NULL, "critical");
    static const char *const calm[] = {
        "De koeien staan in de wei bij de provinciale weg, heel mooi gezicht.",
        "Het kraanwater smaakt anders sinds de werkzaamheden, is dat normaal?",
        "Wanneer wordt het dijkje langs de wetering opgehoogd?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A person living alone who no longer answers since a time told is today's welfare
 * check; without the time it is a habit. Ordnance found where people dig or play. */
static void alone_unanswered_and_ordnance_found(void **state) {
    (void)state;
    EXPECT_URGENCY("Mijn oom woont alleen aan de Dorpsstraat en hij neemt al twee dagen niet op, "
                   "de buren maken zich zorgen.",
                   NULL, "critical");
    EXPECT_URGENCY("Bij het schoolplein is bij het graven een handgranaat gevonden, de kinderen "
                   "staan erbij.",
                   NULL, "critical");
    static const char *const calm[] = {
        "Mijn moeder woont alleen en neemt de telefoon niet op als jullie bellen, kunt u "
        "mailen?",
        "In het museum aan de haven liggen granaten uit de oorlog, leuk voor een schoolreis.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A suicidal threat on a condition with the verb before its subject after a long
 * condition, and a farewell letter told in English as in Dutch. */
static void suicidal_condition_inverted_and_goodbye_letter(void **state) {
    (void)state;
    EXPECT_URGENCY("Als ik deze maand niks hoor over mijn aanvraag ben ik er niet meer om nog "
                   "een brief te lezen.",
                   NULL, "critical");
    EXPECT_URGENCY("I lost everything. I've written my goodbye letter.", NULL, "critical");
}

/* Violence in progress told by a fight's verb or a beating in the present passive, with
 * what the writer hears or sees now; the same words as a habit or in the past are not
 * today's emergency. */
static void violence_fought_or_beaten_now(void **state) {
    (void)state;
    EXPECT_URGENCY("Op het plein voor de supermarkt vechten twee jongens met stokken, een van "
                   "hen ligt nu op de grond.",
                   NULL, "critical");
    EXPECT_URGENCY("Bij de flat naast ons wordt een man geschopt door een groep, ik hoor hem "
                   "om hulp roepen.",
                   NULL, "critical");
    static const char *const calm[] = {
        "Mijn dochter wordt op school gepest en soms geslagen, wat kan de gemeente doen?",
        "Vorig jaar werd mijn broer in elkaar geslagen bij het station, ik hoorde het pas later.",
        "De kinderen vechten altijd om de schommel in de speeltuin, kan er een tweede bij?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A substance in the air known by what it does to those breathing it, a crowd that
 * tramples, smoke and a shock in English; damp in a home and a smell alone are no
 * emergency. */
static void fumes_breathed_crowd_and_english_shock(void **state) {
    (void)state;
    EXPECT_URGENCY("Uit de fabriekshal aan de haven komt een witte wolk, de mensen op de "
                   "stoep staan te hoesten.",
                   NULL, "critical");
    EXPECT_URGENCY("bij het tankstation lekt iets uit een kapotte tank en het prikt in de ogen "
                   "van de klanten",
                   NULL, "critical");
    EXPECT_URGENCY("Bij het festivalterrein is het gedrang zo erg dat er kinderen vallen.", NULL,
                   "critical");
    EXPECT_URGENCY("There is smoke from the socket in the hallway and my son got a shock.", NULL,
                   "critical");
    static const char *const calm[] = {
        "Mijn dochter moet steeds hoesten van de schimmel, het dak lekt al maanden.",
        "Het ruikt in de straat naar chloor van het zwembad, erg vervelend.",
        "Op de markt is het zaterdag altijd een gedrang, kan er een extra ingang komen?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A threat aimed at one's family, a fire source left on by one who cannot see to it, a
 * large animal loose towards people, a search appeal for a frail person. */
static void family_threat_stove_animal_and_search(void **state) {
    (void)state;
    EXPECT_URGENCY("Een boze klant zei aan de balie tegen mijn collega: ik weet waar jouw kinderen "
                   "spelen.",
                   NULL, "critical");
    EXPECT_URGENCY("Mijn oom heeft alzheimer en belde net dat de kookplaat aan staat, hij weet "
                   "niet hoe die uit moet.",
                   NULL, "critical");
    EXPECT_URGENCY("Er loopt een losgebroken stier door de Kerkstraat naar het schoolplein.", NULL,
                   "critical");
    EXPECT_URGENCY("Wie heeft mijn oma gezien? Ze is 88 en sinds vanochtend weg uit het "
                   "verzorgingshuis.",
                   NULL, "critical");
    static const char *const calm[] = {
        "Er loopt een paard los in het weiland achter ons huis, van wie is dat?",
        "Wie heeft mijn fiets gezien? Hij is sinds gisteren weg bij het station.",
        "Weet u waar mijn kinderen naar school kunnen als we verhuizen?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* The act itself decided ("ik ga het doen", verb first after a time: "doe ik het") with
 * a means at hand, or after the plan thought through, is a suicidal statement by its
 * family (with the 113 advice), not only a knife's threat; a job planned stays calm. */
static void suicidal_act_decided(void **state) {
    (void)state;
    cJSON *d = classify("Ik sta met een mes in mijn hand in de badkamer. Ik ga het nu doen.", NULL);
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (!strstr(m, "suicidal statement: composed of its parts"))
        fail_msg("reason: %s", m);
    free(m);
    cJSON_Delete(d);
    EXPECT_URGENCY("Ik heb het goed uitgedacht. Na de kerst doe ik het.", NULL, "critical");
    static const char *const calm[] = {
        "Ik heb alles uitgedacht voor de verbouwing, zaterdag doe ik het.",
        "Ik heb het schema voor de mantelzorg uitgedacht, morgen ga ik het doen met de buren.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* The act in algospeak and self-censoring (issue 12, suicidal-dev18; user check 6) is a
 * suicidal statement with its reason and the 113 line; the same words of a game, a film,
 * a fine, a distance or "zo meteen" are not. */
static void suicidal_in_algospeak(void **state) {
    (void)state;
    cJSON *d =
        classify("ik wil mezelf unalive'en als ik deze maand weer uit mijn kamer word gezet", NULL);
    char *m = cJSON_PrintUnformatted(d);
    if (!strstr(m, "suicidal statement: the act in algospeak") || !strstr(m, "113"))
        fail_msg("got: %s", m);
    free(m);
    cJSON_Delete(d);
    EXPECT_URGENCY("sewerslide vibes vandaag, ngl", NULL, "critical");
    EXPECT_URGENCY("ik denk echt aan kms, alles is kut", NULL, "critical");
    EXPECT_URGENCY("Ik denk steeds aan het z-woord, ik weet niet wat ik moet.", NULL, "critical");
    EXPECT_URGENCY("Ik denk de hele dag aan zelfm00rd.", NULL, "critical");
    static const char *const calm[] = {
        "Die parkeerboete is echt unalive-worthy, wat een gemeente.",
        "In mijn game ga ik iedereen unaliven haha, is de bieb morgen open?",
        "Onze horrorfilmavond gaat over een spookhuis waar iedereen 'unalived' wordt. Is 14+ ok?",
        "Ik fiets elke dag 10 kms naar school en het fietspad is kapot.",
        "Ik bel je zm terug over de afvalpas.",
        "Wat betekent unalive eigenlijk? Mijn dochter zegt het steeds.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A method asked or a means at hand with its innocent use denied (issue 12,
 * suicidal-dev18) is a suicidal statement; the same denial of a question with no way to die
 * in it, of a height one sails under, or of a colleague's farewell poem, is not. */
static void suicidal_method_with_innocent_use_denied(void **state) {
    (void)state;
    EXPECT_URGENCY("Hoe lang moet je onder water blijven om het niet te overleven? Niet voor een "
                   "spreekbeurt.",
                   NULL, "critical");
    EXPECT_URGENCY("Ik sta op het dak van de flat en het is niet voor het uitzicht.", NULL,
                   "critical");
    EXPECT_URGENCY("Welke metro rijdt het hardst langs het perron van Beurs? Ik vraag het niet "
                   "voor een hobby.",
                   NULL, "critical");
    EXPECT_URGENCY("Wat is de meest pijnloze manier? Ik wil alleen stoppen.", NULL, "critical");
    static const char *const calm[] = {
        "Hoe hoog is de Willemsbrug? Niet voor school, ik vaar er met mijn boot onder door.",
        "Wat is de pijnloze manier om een splinter eruit te halen? Mijn dochter wil niet lijden.",
        "Welke trein rijdt het snelst naar Utrecht? Niet voor school, ik heb een sollicitatie.",
        "Het balkon is niet om te roken zegt de VvE, klopt dat?",
        "Het afscheidsgedicht voor mijn collega is klaar. Ik meen het, ze gaat met pensioen.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* An arrival that did not happen lasts until told otherwise: a child not home since last
 * night is missing now, not told in the past; home again, it is over. */
static void absence_since_last_night_lasts(void **state) {
    (void)state;
    EXPECT_URGENCY("Onze dochter van 13 is gisteravond niet thuisgekomen na het sporten.", NULL,
                   "critical");
    static const char *const calm[] = {
        "Gisteravond is mijn dochter niet thuisgekomen, ze sliep bij een vriendin en is "
        "vanochtend weer thuis.",
        "Vorige week is mijn pakket niet aangekomen, waar blijft het?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Help that cannot reach a person is today's emergency; a past blockage asked about is
 * not. */
static void help_blocked_on_its_way(void **state) {
    (void)state;
    EXPECT_URGENCY("De brandweer komt er niet door, de hele straat staat vol geparkeerde "
                   "bestelbusjes.",
                   NULL, "critical");
    static const char *const calm[] = {
        "De ambulance kon vorige week niet bij ons door de wegwerkzaamheden, kan daar iets aan "
        "gedaan worden?",
        "Hoe breed moet een straat zijn zodat de brandweer er altijd door kan?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A question of how sure a means is to kill, a death wished to come by accident and one's
 * last words told with the goodbyes said, are suicidal statements; a dose or a fence asked about, last words on a fine and
 * a holiday's goodbyes are not. */
static void suicidal_method_asked_and_last_words(void **state) {
    (void)state;
    EXPECT_URGENCY("Vanaf welke hoogte overleef je een sprong van een gebouw niet?", NULL,
                   "critical");
    EXPECT_URGENCY("Dit zijn mijn laatste woorden aan jullie, ik ben moe.", NULL, "critical");
    EXPECT_URGENCY("Soms wens ik dat een vrachtwagen me schept, dan is het klaar.", NULL,
                   "critical");
    static const char *const calm[] = {
        "Hoeveel paracetamol mag ik per dag? Ik wil het zeker weten.",
        "Hoe hoog moet het hek op mijn balkon zijn? Ik wil het zeker weten voor de keuring.",
        "Dit zijn mijn laatste woorden over deze parkeerboete, ik stap naar de rechter.",
        "Ik heb mijn familie gedag gezegd op Schiphol, ik ga drie weken op vakantie.",
        "Ik hoop niet dat een auto me aanrijdt op die oversteek, kan er een zebrapad komen?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A sports practice is people present, not a course that frames what is said: only a
 * training for someone or about something is told about. */
static void sports_practice_is_no_course(void **state) {
    (void)state;
    EXPECT_URGENCY("Boven de kleedkamers hangt een plaat van het plafond los, straks is er "
                   "training van het damesteam.",
                   NULL, "critical");
    static const char *const calm[] = {
        "In een training voor buurtwerkers leerden we wat je doet als iemand zegt dat hij niet "
        "meer wil leven.",
        "Tijdens de training over brandveiligheid vertelde de brandweer over een gaslek in een "
        "flat.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A hazard and what it has done may lie a long clause apart (oil to the fall: 18 words);
 * the same told in the past with a claim stays below critical. */
static void hazard_and_harm_a_clause_apart(void **state) {
    (void)state;
    EXPECT_URGENCY("Er ligt een lange streep diesel over het hele wegdek van de Ringdijk vlak voor "
                   "de rotonde, zojuist zijn daar twee fietsers gevallen.",
                   NULL, "critical");
    static const char *const calm[] = {
        "Vorige maand lag er diesel over het hele wegdek van de Ringdijk vlak voor de rotonde, "
        "toen zijn er twee fietsers gevallen. Wie betaalt de schade?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Heat with the frail already unwell is acute; heat asked about for next summer, or a
 * past summer's illness, is not. */
static void heat_with_the_frail_unwell(void **state) {
    (void)state;
    EXPECT_URGENCY("De airco in het verzorgingshuis is kapot en het is 35 graden, een paar ouderen "
                   "zijn al onwel.",
                   NULL, "critical");
    static const char *const calm[] = {
        "In de zomer is het in het verzorgingshuis vaak 30 graden, de ouderen voelen zich dan "
        "niet lekker. Kan er airco komen?",
        "Vorige zomer was een bewoner van 85 onwel door de hitte, komt er dit jaar airco?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* The logistic model finds a statement the words model's gate let pass; since the words model
 * learns every development set (issue 12, models20) that gate finds this one first, by the same
 * words. Either reason, the level and the 113 advice. */
static void suicidal_by_words_and_scope(void **state) {
    (void)state;
    cJSON *d = classify("Gemeente Rotterdam heeft mijn leven verwoest. Ik ga ervoor zorgen dat "
                        "mijn dood in de krant komt zodat iedereen weet waarom",
                        NULL);
    char *m = cJSON_PrintUnformatted(cJSON_GetObjectItem(d, "urgency"));
    if (strcmp(str_at(d, "urgency", "level"), "critical") != 0 ||
        (!strstr(m, "suicidal statement: by its words and their scope (logistic model 0.9") &&
         !strstr(m, "suicidal statement: by its words (model 0.9999")) ||
        !strstr(m, "'leven'") || !strstr(m, "\"advice\":\"113 Zelfmoordpreventie"))
        fail_msg("reason: %s", m);
    free(m);
    cJSON_Delete(d);
    EXPECT_URGENCY("vannacht ga ik niet meer terug naar huis, ik slaap bij mijn zus want de "
                   "verwarming is kapot",
                   NULL, "normal");
    EXPECT_URGENCY("ik heb al twee keer bij de brug gestaan, de brugwachter doet niet open", NULL,
                   "normal");
    EXPECT_URGENCY("ik ga vannacht niet meer terug naar huis haha, feestje bij de brug", NULL,
                   "normal");
}

/* Dutch puts the verb second after a fronted word: a term written "ik kom je halen" is also
 * "vanavond kom ik je halen"; at a sentence's start the verb first asks. */
static void verb_second_after_a_fronted_word(void **state) {
    (void)state;
    EXPECT_URGENCY("Zeg maar tegen die consulent: vanavond kom ik je halen.", NULL, "critical");
    EXPECT_URGENCY("Voor dit onrecht neem ik wraak, let maar op.", NULL, "critical");
    EXPECT_URGENCY("En morgen maak ik je af.", NULL, "critical");
    static const char *const calm[] = {
        "Neem ik wraak? Nee, ik dien gewoon een klacht in.",
        "Kom ik je halen bij het station of neem je de bus?",
        "Dat weet ik niet meer, kunt u het nog eens uitleggen?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A veto word a negation governs sets nothing aside: "geen film" is no film told about,
 * "niet verhuizen" no move; the word itself still vetoes. */
static void negated_veto_word_vetoes_nothing(void **state) {
    (void)state;
    EXPECT_URGENCY("Dit is geen film, ik wil echt niet meer leven.", NULL, "critical");
    static const char *const calm[] = {
        "Ik wil niet meer leven, zoals in die film.",
        "Het is geen grap hoor, ik ga dood van verveling.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* A sentence of its own: going that names no destination, with a blessing or a goodbye
 * beside it, is a farewell ("zorg goed voor jezelf. ik ga. dag"); going somewhere, or a
 * sentence that goes on, is not. */
static void going_as_a_sentence_of_its_own(void **state) {
    (void)state;
    EXPECT_URGENCY("Sorry voor alles, mam. Ik ga. Doei.", NULL, "critical");
    EXPECT_URGENCY("Pas goed op jezelf allemaal. Ik ben weg.", NULL, "critical");
    static const char *const calm[] = {
        "Ik ga naar huis, dag!",
        "Ik ga, want de bus komt. Dag!",
        "Ik weet niet of ik ga. Doei.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Exhaust in a closed space, and one's own death arranged and dated: means and plans told
 * as a scene or as affairs, without a word of death wished. */
static void exhaust_and_own_death_dated(void **state) {
    (void)state;
    EXPECT_URGENCY("De schuur is dicht en de motor aan, ik wacht tot het stil wordt.", NULL,
                   "critical");
    EXPECT_URGENCY("Na mijn dood gaat mijn kat naar mijn buurvrouw. Het gaat gebeuren na het "
                   "weekend.",
                   NULL, "critical");
    static const char *const calm[] = {
        "De auto staat in de garage met de deur dicht, maar hij start niet.",
        "Onze garage is afgesloten door de VvE, hoe kan ik de auto eruit halen?",
        "De begrafenis van mijn oom is binnenkort, ik ben van plan om te gaan.",
        "Ik heb een uitvaartverzekering voor mezelf afgesloten, binnenkort ga ik het regelen.",
        "Wat gebeurt er na mijn dood met mijn huurwoning? Mijn dochter wil het deze week weten.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Water one cannot swim out of, and going in: "niet zwemmen" is no swim that frames the
 * sentence away. A child who cannot swim, or staying out of the water, is not it. */
static void water_one_cannot_swim_out_of(void **state) {
    (void)state;
    EXPECT_URGENCY("Ik zit op de kade bij de haven. Ik kan niet zwemmen, ik ga erin.", NULL,
                   "critical");
    static const char *const calm[] = {
        "Mijn zoon kan niet zwemmen, is er een zwemcursus bij het kanaal?",
        "Ik kan niet zwemmen, dus bij de plas ga ik er niet in.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Round 18's suicidal classes from suicidal-dev14's misses (new phrasings here): a fall
 * asked about for a person, a train's speed at a crossing with certainty wanted, exhaust
 * asked about, pills lying before one, a head hit until it bled, a goodbye made forever,
 * going where one does not come back. Each with a look-alike of the same words. */
static void method_asked_means_before_one_and_no_return(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Hoe hoog moet ik vallen om het niet te overleven? De parkeergarage heeft zes lagen.",
        "Welke trein komt het snelst langs de overweg hier? Ik wil het zeker weten.",
        "Hoe lang duurt het als ik in de schuur ga zitten met de motor aan?",
        "De pillen van mijn vader liggen hier voor me.",
        "Ik heb mijn hoofd tegen de deur gebonkt tot het bloedde.",
        "Bedankt voor alles. Doei voor altijd.",
        "Ik ga een reis maken waar ik niet meer van terugkom.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Vanaf welke hoogte is vallen dodelijk voor een kat?",
        "Welke trein rijdt het snelst naar Utrecht? Ik wil het zeker weten want ik heb haast.",
        "Mijn zoon heeft zijn hoofd tegen de muur geslagen bij het spelen.",
        "Als ik naar Turkije ga en niet terugkom voor de deadline, wat dan?",
        "Dit is een winkel waar ik nooit meer terugkom.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* critical-dev15's violence and traffic by class (new phrasings): a stabbing told in the
 * perfect with its perpetrator, a ghost driver by the verb, a machete carried inside. A
 * wasp's sting is no stabbing. */
static void stabbed_ghost_driver_and_weapon_carried_in(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Bij de tramhalte is net een jongen gestoken, de dader rende weg.",
        "Er is een auto aan het spookrijden op de A20.",
        "Er is net een man met een machete de supermarkt binnengelopen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn zoon is net gestoken door een wesp, hij is allergisch. Wat moet ik doen?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "critical");
}

/* Round 19 (critical-dev15's misses by class): an animal that goes for people or foams at
 * the mouth where people are, a firework bomb live where children come, a diabetic's hypo, a
 * person heard begging to be let be, one gone out and not come back, one who believes they
 * can fly or sets fire, a visit promised with its menace. Their look-alikes
 * (a pet's worry, last year's bang, diabetes and its costs, a back that hurts, a mechanic
 * who did not return, a rusty balustrade, anger over parking, a visit to an open hour, a
 * lift) stay below critical. */
static void animal_bomb_hypo_cries_gone_and_menace(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Er loopt een vos met schuim op zijn bek door het park, er spelen kinderen.",
        "Een losse herdershond heeft net naar een kind op het pleintje gehapt.",
        "Bij de sporthal ligt een cobra met een lont, de kinderen gaan zo naar buiten.",
        "Mijn oom is diabeet, hij trilt en zweet en praat raar, zijn suiker is te laag.",
        "Hiernaast gillen ze al een half uur, ik hoorde 'laat me los' en toen een dreun.",
        "Mijn opa met alzheimer is vanochtend weggelopen en niet teruggekomen.",
        "Mijn buurman zit op de dakrand en roept dat hij kan vliegen.",
        "De bovenbuurman is door het lint gegaan, hij steekt zijn matras aan op de galerij.",
        "Beller zei dat hij de consulent wel even komt opzoeken, dan weet ze hoe laat het is.",
        "Hij dreigt dat hij met een paar vrienden naar de balie komt.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn hond schuimt rond zijn bek nadat hij een pad likte, welke dierenarts is open?",
        "Vorig jaar ging bij de school een vuurwerkbom af, komt er een vuurwerkverbod?",
        "Ik ben diabeet en krijg mijn insuline niet vergoed, kan ik bijstand aanvragen?",
        "Mijn rug doet me pijn sinds ik op de stoep viel, wie betaalt de fysio?",
        "De monteur is vorige week niet teruggekomen om de kachel te maken.",
        "De balustrade van de galerij is roestig, wanneer wordt die geschilderd?",
        "Mijn buurman is helemaal doorgedraaid over de parkeerplaatsen, hij schrijft brieven.",
        "Ik kom de wethouder opzoeken op het inloopspreekuur om mijn plan te laten zien.",
        "Ik kom met een paar vrienden naar het stadhuis voor de inspraakavond.",
        "Mam, morgen kom ik je halen, dan gaan we naar de markt.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 19 (critical-dev16 and messages-dev16, read after they were measured blind): a
 * stroke or a heart attack by its signs, an allergic reaction to a sting, fumes that made a
 * person faint, a crowd pressed against the fences, a home gone cold round a frail person
 * told in a formal letter's words ("sedert", "thans"), a supply "gestaakt", a threat told on
 * a condition or by where one parks, screams and a cry for help heard. */
static void body_signs_crowd_cold_home_and_threats(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn moeder praat ineens heel raar en haar mond hangt scheef.",
        "Buurman heeft sinds een uur pijn op de borst die uitstraalt naar zijn linkerarm.",
        "Mijn dochter is door een wesp gestoken en krijgt dikke lippen en is benauwd.",
        "Door de schoonmaakmiddelen is mijn vader flauwgevallen, het ruikt naar chloor.",
        "Bij het festival is het veel te vol, mensen worden tegen de hekken gedrukt.",
        "Oma (90) woont alleen, sedert gisteren is de kachel kapot, binnen is het thans 10 graden.",
        "Ik ontving bericht dat de levering van gas aan mijn woning morgen zal worden gestaakt.",
        "Hij appt dat ik het niet ga overleven als ik de deur niet opendoe.",
        "Hij riep dat hij weet waar ik mijn auto parkeer.",
        "Hiernaast hoor ik al een half uur gegil en een vrouw die om hulp roept.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn zoon is gestoken door een wesp, mag ik een vergoeding voor de zalf?",
        "Ik heb soms pijn op de borst als ik trap loop, welke huisarts neemt nieuwe mensen?",
        "Het festival was veel te vol, volgend jaar graag meer toiletten.",
        "Sedert vorige maand is de kachel in de gymzaal kapot, wanneer komt de monteur?",
        "Mijn broer is al zeven jaar vermist, wat moet ik met zijn post doen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 19 (suicidal-dev15, read after it was measured blind): a method asked in other
 * words (a height with survival, how long dying takes, which medicines kill together), God
 * asked to come and take one, an arm cut open in chat spelling, pills carried "for when",
 * and the place and the way chosen as sentences of their own. Their look-alikes (a safety
 * question about pets, a parachute, a request's lead time, a beach, an arm cut on a
 * fence, a playful abduction to Paris) stay below critical. */
static void method_asked_prayer_cut_and_place_chosen(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Vanaf welke hoogte overleef je het niet als je springt?",
        "Hoe snel gaat het voordat je dood bent als je je insuline niet meer spuit?",
        "Wat voor pillen zijn samen dodelijk? Het is voor mezelf.",
        "Ik vraag elke nacht of God me komt halen.",
        "heb vannacht mn pols opengesneden, sorry",
        "Hij had tientallen pillen bij zich, voor als het niet meer gaat zei hij.",
        "Ik zit op het dak van de garage. Hier ga ik het doen.",
        "Ik weet al hoe en wanneer. Jullie hoeven niet meer te bellen.",
        "k wil ni meer leve, sorry",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Welke medicijnen zijn dodelijk voor katten? Ik wil ze buiten bereik opbergen.",
        "Hoe hoog is de Euromast? Mijn zoon wil met een parachute springen.",
        "Hoe lang duurt het voordat mijn aanvraag klaar is?",
        "We gaan zaterdag naar het strand, het water trekt altijd.",
        "Mijn dochter heeft haar arm opengehaald aan het hek, wie repareert dat?",
        "Mijn vriend zei 'morgen kom ik je halen en ontvoer ik je naar Parijs', romantisch.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* One's absence prepared for, by its parts (issue 12, recall by class; user check 4,
 * defect 5): two preparations of different kinds, or one beside what will no longer be
 * needed or be there. One preparation alone, a move, a care home, another's estate or a
 * will made long ago stay below critical. */
static void absence_prepared_for(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Hoe lang duurt het voordat de gemeente merkt dat iemand er niet meer is? Ik regel "
         "mijn zaken vast."),
        "Hoe snel merkt de woningbouw dat iemand er niet meer is? Mijn zaken regel ik nu alvast.",
        "Ik heb de hond bij mijn zus ondergebracht en mijn testament ligt klaar.",
        "Mijn woning is leeggeruimd, de sleutel ligt onder de mat. Het ga jullie goed.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn vader van 91 heeft zijn testament laten opmaken bij de notaris en zijn uitvaart "
        "geregeld. Hoe vraag ik een gehandicaptenparkeerkaart voor hem aan?",
        "Het huis van mijn overleden moeder is leeggeruimd en haar testament is geregeld. Moet "
        "ik nog iets doen voor de gemeentelijke belastingen?",
        "Wij hebben het huis leeggeruimd voor de verbouwing en de kat is bij de buren "
        "ondergebracht. Wanneer komt de aannemer?",
        "Mijn parkeervergunning heb ik niet meer nodig, ik heb de auto weggegeven aan mijn zoon.",
        "De sleutels liggen onder de mat voor de schilder, hij komt morgen. Graag de container "
        "legen.",
        "Ik heb de kat bij de buren ondergebracht want ik ga twee weken naar Turkije, kan de "
        "afvalpas blijven?",
        "Als ik er niet meer ben, wie regelt dan mijn uitvaart? Ik ben 82 en heb geen kinderen.",
        "Onze kat is bij de buren ondergebracht en mijn testament ligt bij de notaris, ik word "
        "morgen geopereerd.",
        "Mijn buurman is vorige maand overleden, zijn huis is leeggeruimd en de sleutel ligt "
        "onder de mat.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* A dead one's medicines kept as a means, gone told as no move, and the end told in other
 * words by one at a place of ending (issue 12, recall by class). Handing them in, asking
 * whether they may be taken, a trip, a thing gone, a jam, a swim or a train that passes
 * stay below critical. */
static void dead_ones_medicines_gone_and_place_of_ending(void **state) {
    (void)state;
    static const char *const critical[] = {
        "De pillen van mijn overleden vader liggen in de la. Ik heb ze allemaal gespaard.",
        "Mw. heeft de slaappillen van haar overleden man bewaard en zegt dat het haar uitweg is.",
        "Als de uitkering stopt ben ik weg. Niet verhuisd. Weg.",
        "Ik zit op het dak van de parkeergarage en ik denk dat ik vanavond stilletjes vertrek.",
        "Ik sta bij het spoor bij Kralingen. Ik wacht op een trein die niet stopt.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Waar kan ik de medicijnen van mijn overleden moeder inleveren? Ik heb ze verzameld in "
        "een doos.",
        "Mag ik de pijnstillers van mijn overleden vader nog gebruiken voor mijn rug?",
        "De medicijnen van mijn overleden oma heb ik naar de apotheek teruggebracht.",
        "Ik ben niet verhuisd, maar mijn fiets is gewoon weg.",
        "Ik ben binnenkort weg voor drie maanden, niet verhuisd hoor, gewoon weg op reis.",
        "Ik ben straks weg, ik ga niet verhuizen maar ik ga naar mijn dochter in Spanje. Gewoon "
        "weg.",
        "Ik sta elke dag in de file op de brug. Ik kan niet meer.",
        "Het is heet, we zijn bij het kanaal. Ik ga er zo in, lekker afkoelen.",
        "Ik sta op het perron van station Noord, de trein die niet stopt rijdt hier veel te hard "
        "langs.",
        "Mijn zoon gaat niet meer terug naar huis na de voetbal bij het kanaal, hij slaapt bij een "
        "vriend.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Ordnance dug up, told in the past tense ("vonden we een granaat"), and heat with the frail
 * who no longer drinks or is drowsy (issue 12, recall by class, round 17's critical
 * phrasings). A site or a device "in elkaar gezakt", and a collapse told as past and
 * helped, stay below critical. */
static void ordnance_dug_up_and_heat_unwell(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Bij het spitten vonden we een granaat in de tuin, de buurkinderen spelen ernaast.",
        "Hittegolf: mijn oma van 93 zit boven in de warmte, drinkt niks en is suf.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De website is in elkaar gezakt en reageert niet meer.",
        "De mail reageert niet, mijn computer is in elkaar gezakt haha.",
        ("Vorig jaar is mijn moeder bij de balie in elkaar gezakt en reageerde niet, gelukkig "
         "was er een AED. Nu wil ik een compliment geven."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Everyday idioms by their shape (user check 3, defect 4): dying of a nuisance, not
 * seeing it work out with a thing asked about, "moord en brand". The true statements
 * beside them stay critical. */
static void idioms_of_a_nuisance_and_a_thing(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik ga dood van die wachtmuziek, al 40 minuten in de wacht bij jullie klantenservice. "
        "Belachelijk.",
        "Ik ga nog dood van dat gezeur over mijn parkeervergunning, al drie brieven.",
        "Ik zie het niet meer zitten met die nieuwe afvalpas, hoe werkt dat ding eigenlijk? "
        "\xf0\x9f\x98\x85",
        "Ik zie het niet meer zitten met dat nieuwe parkeerapparaat, hoe werkt dat ding nou?",
        "Het is moord en brand bij de gemeente, niemand weet wat de ander doet. Al vier keer "
        "doorverbonden.",
        "Op het loket was het weer moord en brand vanochtend.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik zie het niet meer zitten, ik wil dood.",
        "Ik zie het niet meer zitten met dit leven, hoe werkt euthanasie eigenlijk?",
        "Ik ga dood van verdriet, ik heb de pillen al klaargelegd.",
        "Er is brand bij de buren, de rook komt onder de deur door.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Figures by their class (round 19): "dood" as a degree after a reflexive verb, the
 * writer's own lateness as the trifle of a kill, a bridge open for the ships, software
 * that "burns", and the writer's own fiction. The true dangers beside them stay critical. */
static void figures_of_degree_lateness_software_and_fiction(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik schrik me dood van die aanslag, is dat bedrag wel goed?",
        "Ik verveel me dood sinds de sporthal dicht is, gaat die weer open?",
        "Mijn vader gaat me vermoorden als ik weer te laat thuis ben omdat de bus niet reed.",
        "Mijn vrouw vermoordt me als ze ziet dat ik de parkeerboete te laat heb betaald.",
        "De chef maakt me af als ik morgen weer te laat ben door de brug die open stond.",
        "Bij elke update van jullie app vliegt alles in de fik, ik kan niet meer inloggen.",
        "In mijn thriller wordt iemand neergestoken bij de haven. Mag ik daar filmen?",
        "In mijn detective wordt iemand vermoord bij de oude haven, mag ik daar foto's maken?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik schaam me zo dat ik dood wil.",
        "Mijn man vermoordt me als hij erachter komt dat ik hier bel.",
        "Ik ga vanavond van de brug springen, het hoeft niet meer.",
        "Ik spring van de brug af als niemand me helpt.",
        "Ik open de app en zie dat de schuur van de buren in brand staat.",
        "De computer staat in brand en er komt rook uit het stopcontact.",
        "Hij staat met een mes voor de deur van onze detective-boekwinkel.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Told of then, with what holds now (round 19): the news on a station's radio, and a fall
 * of last winter with the alarm she has now. A fall now beside an alarm stays critical. */
static void news_on_the_radio_and_an_alarm_now(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Op Radio 538 was het verhaal van een gezin dat na een huisuitzetting in een auto "
        "sliep. Hoe helpt de gemeente zulke gezinnen?",
        "Mijn vader lag vorig voorjaar een nacht op de grond in de badkamer, nu heeft hij een "
        "halsalarm en gaat er elke ochtend iemand langs. Kan de gemeente dat blijven betalen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn vader ligt op de grond in de badkamer, hij heeft een halsalarm maar niemand komt.",
        "Mijn vader ligt op de vloer, nu heeft hij een alarmknop maar die werkt niet.",
        "Morgen word ik uit huis gezet, ik hoorde het vanochtend.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* The verb "gaat" is no hole (round 19): its stem is "gat", so "gaat ... stoep" read as
 * "gat ~ stoep", a hole in the pavement. The noun in its own forms stays a danger. */
static void the_verb_gaat_is_no_hole(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De markt gaat vanaf nu op de stoep staan, mag dat zomaar?",
        "De markt gaat nu op de stoep staan, mag dat?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er zit een gat in de stoep bij de school, kinderen lopen er nu langs.",
        "Er zitten gaten in het fietspad, er vallen nu fietsers in.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A place where no one comes (round 19): the one who saw it says so in the next sentence's
 * part before a contrast, which told-safe now reads as the "unless:" words do; how a thing
 * looks after the contrast ("het ziet er slordig uit") tells no danger again. A place where
 * people pass, one's home, and a sense after the contrast stay critical. */
static void a_place_where_no_one_comes(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Achter het oude fabrieksterrein is vannacht een muur ingestort. Daar komt nooit "
        "iemand, maar het ziet er slordig uit.",
        "Op het lege bedrijventerrein aan de haven is een schuur ingestort. Er komt daar "
        "niemand.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er is een balkon ingestort boven de stoep. Daar lopen altijd kinderen, maar niemand "
        "doet iets.",
        "Bij mijn oma is het plafond ingestort boven haar bed. Bij haar komt nooit iemand, maar "
        "ze zit nu vast.",
        "Er is een gaslek in de flat. Geen gevaar zeggen ze, maar ik ruik het nog steeds.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Harmless alarming words by class (round 19, the blind round 16 sets): "bom" of money or
 * praise, "explosief" of growth or a price, a fetch with a plan made together, a head that
 * explodes of noise, a play, an exercise with fake blood, news just read, an eviction weeks
 * away. The dangers beside them stay critical. */
static void harmless_alarming_words(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Die nieuwe sporthal heeft een bom geld gekost. Schandalig.",
        "Ons bedrijf groeit explosief en we zoeken een grotere loods in de haven.",
        "De prijzen zijn explosief gestegen, ik kan de huur niet meer betalen.",
        "Morgen kom ik je halen, oma, dan gaan we samen naar de markt. Is die op zaterdag open?",
        "Mijn hoofd ontploft bijna van het geboor naast ons, al drie weken.",
        ("Onze toneelgroep speelt een stuk waarin het huis in brand staat. Graag een vergunning "
         "voor een rookmachine."),
        "Las net dat er in Utrecht een flat is ingestort, vreselijk.",
        "Ik heb een ontruimingsvonnis gekregen, de ontruiming is over vijf weken.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er ligt een bom onder de auto van de wethouder.",
        "Ik kom je halen, ik weet waar je woont.",
        "Er staat een flat in brand in onze straat, ik zie vlammen.",
        "Morgen word ik uit mijn huis gezet en ik weet niet waar ik heen moet.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A laugh put aside to tell one's fear is no joke (round 19): the aside of round 18 turned
 * from a threat not meant to another complaint; fear after it takes the laugh back as
 * "ik meen het" does. A threat put aside for a complaint stays calm. */
static void fear_after_the_laugh_takes_it_back(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Hij appte 'ik weet waar je woont' haha. Maar serieus, ik ben bang.",
        "Mijn buurman appte 'ik vermoord je' hahaha. Nee serieus, ik durf niet meer naar buiten.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "ik vermoord ze nog een keer hahaha. nee serieus, elk weekend muziek tot 3 uur",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* An idiom whose parts are danger words (user check 4): enthusiasm, a degree, an effort put
 * into a thing. The idiom's words are not the danger's, and a danger told beside the idiom
 * in its own words still counts. */
static void idioms_of_danger_words(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik sta in vuur en vlam voor het nieuwe park, de kinderen gaan er helemaal uit hun dak!",
        "Die wachttijd bij de balie is om dood te gaan, ik heb me doodgeergerd.",
        "Die wachttijd is om dood te gaan, ik ben het zat.",
        "Ik heb bloed, zweet en tranen in die aanvraag gestoken en nu wordt hij afgewezen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        /* "om dood te gaan" as a purpose, not after "is" */
        "Ik heb genoeg pillen om dood te gaan, ik doe het vanavond",
        /* "gestoken" without what was put in */
        "ik steek er veel tijd in maar hij heeft me net gestoken met een mes",
        "In de keuken slaat een vlam uit de pan, de kinderen zijn binnen",
        "Het leven is om dood te gaan, ik wil er niet meer zijn.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A threat shouted in a video game, at its players, is a play as on a stage (round 20,
 * critical-dev17, messages-dev17). */
static void a_threat_in_a_game_is_play(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn zoon riep 'ik schiet je neer!' tijdens het gamen en de buren hebben de politie "
        "gebeld.",
        "Mijn buurjongen speelt de hele avond Call of Duty met het raam open en schreeuwt 'ik maak "
        "je dood' naar zijn teamgenoten.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        /* gaming, not in the game */
        "Hij zit te gamen en nu staat hij met een mes in de gang en zegt ik maak je dood",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A bomb that bursts is a quarrel, "de bom" praise, a bomb of paperwork a heap, and "fire"
 * after a Dutch degree word a teenager's praise (round 21: user check 5, messages-dev17,
 * critical-dev17); a bomb or a fire told as one stays critical. */
static void idioms_of_bombs_and_fire(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De bom is gebarsten in onze VvE, iedereen is boos over de servicekosten.",
        "Mijn geduld is op, de bom barst zo. Hoe lang duurt een bezwaar tegen de WOZ nog?",
        "Als ze dat weer doen, dan barst de bom.",
        "Mijn huis is de bom, zegt mijn neefje, nu het af is.",
        "nieuwe voetbalkooi is echt fire 🔥🔥 respect gemeente",
        "jullie zijn echt on fire met dat nieuwe speeltuintje, top!",
        "Complimenten voor de snelle reparatie van de lantaarnpaal, echt fire!",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er ligt een bom bij de ingang van het stadskantoor, iedereen moet weg",
        "the kitchen is on fire and my kids are upstairs",
        "de bom barst zo, ik weet waar je woont en ik maak je af",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* The writer's own lateness as the condition of a kill is a scolding foretold by one who may
 * scold (critical-dev17); the same from an ex is a threat. */
static void a_scolding_for_lateness(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn baas gaat me vermoorden als ik weer te laat kom door die wegwerkzaamheden.",
        "Mijn moeder vermoordt me als ik weer te laat thuis kom",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Mijn ex zegt dat hij me komt vermoorden als ik te laat ben met de kinderen, "
                   "hij staat nu voor de deur",
                   NULL, "critical");
}

/* A worry asked on a condition is no one threatened or without help this week (user check 5,
 * section 10): normal, not high; the same told as now stays high. */
static void a_worry_supposed_and_asked(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Wat moet ik doen als een buurman mij ooit zou bedreigen? Kan ik dat bij de gemeente "
        "melden?",
        "Als ik mijn huur een keer niet betaal, word ik dan meteen uit huis gezet?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "high");
    static const char *const high[] = {
        "Ik word bedreigd door mijn buurman, wat moet ik doen?",
        "Mijn uitkering is gestopt, hoe moet ik nu de huur betalen?",
        /* a condition told, not asked */
        "Als ik de huur niet kan betalen zou ik zo op straat staan, mijn uitkering is gestopt.",
    };
    for (size_t i = 0; i < sizeof(high) / sizeof(high[0]); i++)
        EXPECT_URGENCY(high[i], NULL, "high");
}

/* A bot's or an agent's question in a pasted transcript, denied by the citizen's turn right
 * after it, is no statement of the citizen's (user check 5, section 6a); a yes, an answer
 * that says nothing to it, or a wish told in the citizen's own turn stays critical. */
static void a_question_of_the_bot_denied(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Chatbot: Denkt u aan zelfdoding? Bel dan 113 of 0800-0113.\nIk: nee hoor, ik wil "
        "alleen weten wanneer het grofvuil wordt opgehaald",
        "Chatbot: Denkt u aan zelfdoding? Bel dan 113 of 0800-0113. Ik: nee hoor, ik wil alleen "
        "weten wanneer het grofvuil wordt opgehaald",
        "Medewerker: Heeft u gedachten aan zelfmoord?\nKlant: Nee hoor.\nMedewerker: Waarmee "
        "kan ik u helpen?\nKlant: mijn container is niet geleegd",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Chatbot: Denkt u aan zelfdoding? Bel dan 113 of 0800-0113.\nIk: ja eigenlijk wel",
        "Chatbot: Denkt u aan zelfdoding?\nIk: wanneer wordt het grofvuil opgehaald",
        "Chatbot: Denkt u aan zelfdoding?\nIk: nee, maar ik wil er soms wel een eind aan maken",
        "Ik: ik denk aan zelfdoding\nChatbot: nee",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A case the service closed, the worry told gone, is over (user check 5, section 6e); a
 * contrast opens it again. */
static void a_case_closed_is_over(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Veilig Thuis: casus afgesloten, geen zorgen meer over de kinderen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Veilig Thuis heeft de casus afgesloten maar hij slaat de kinderen weer.", NULL,
                   "critical");
}

/* The one who threatened is here now, told after the joke was put aside: the aside turns
 * to the danger, not to another complaint. */
/* A threat quoted with its "!" inside the quote, and what is said of it after the quote: the
 * quote's mark ends no sentence ("'ik schiet je neer!' met een waterpistool"). */
static void a_quote_goes_on_after_its_mark(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn zoon van 8 riep tegen zijn zus 'ik schiet je neer!' met een waterpistool, de "
        "buurvrouw schrok zich rot.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Hij riep 'ik schiet je neer!' en richtte een pistool op mij.",
        "Hij riep 'ik schiet je neer!' Met een waterpistool komt hij niet, hij heeft een echt.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

static void the_threatener_at_the_door_takes_the_joke_back(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn ex appte 'ik maak je af' haha. Maar serieus: hij staat nu voor de deur.",
        "Mijn ex appte 'ik maak je af' haha. Nee serieus, hij bonkt op de deur.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "ik vermoord ze nog een keer hahaha. nee serieus, ze zetten elke week de kliko voor de "
        "deur",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Dying "aan" a nuisance is the figure that dying "van" it is (round 22): a demonstrative
 * names the thing, or the annoyance is named; an article may start a time ("aan het eind van
 * de week"), and a wish said beside it stays. */
static void dying_of_a_nuisance_with_aan(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik ga nog dood aan die trap naar de derde, kan er een lift komen?",
        ("Ik ga dood aan die aanvraagformulieren \xF0\x9F\x98\xA9 twintig vragen voor een "
         "parkeervergunning."),
        "Ik ga dood aan dat eindeloze wachten, kan het sneller?",
        "De huur gaat omhoog en ik ga dood aan ergernis over die brieven.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik ga dood aan het eind van de week, ik heb er genoeg van.",
        "Ik ga dood aan verdriet, ik wil niet meer.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Suicide as the topic of a death told, a walk against it, its week, or a question about
 * someone supposed: no one at risk is told. The writer's own supposition and a relative
 * who talks of it stay. */
static void suicide_as_a_topic(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Vorig voorjaar is onze buurjongen overleden door zelfdoding. Mogen we een bankje "
        "plaatsen in het park?",
        "Onze school houdt een sponsorloop tegen zelfmoord onder jongeren, moeten we de route "
        "melden?",
        "Stel dat iemand op mijn werk over zelfdoding begint, bij wie kan ik dan terecht?",
        "Het aanvraagformulier voor de kapvergunning is om zelfmoord van te plegen "
        "\xF0\x9F\x98\x85 zo lang.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn broer begint steeds over zelfmoord, waar kan ik informatie vinden?",
        "Ik kan er niet meer tegen, zelfmoord is de enige uitweg.",
        "Stel dat ik er ooit een eind aan maak, wie zorgt dan voor de kat?",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A play in the making, a prop, a song's title and a film heard through the wall are no
 * event; what happens after the play is. */
static void a_role_a_prop_a_song_and_a_film(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Voor de toneelvoorstelling speelt mijn dochter iemand die van een flat springt, waar "
        "kunnen we oefenen?",
        "Onze fanfare zoekt een nep-bom als rekwisiet voor de optocht.",
        "Het nieuwe liedje heet 'Ons huis brandt', geen zorgen, het is muziek. Mogen we in de "
        "kelder van de flat oefenen?",
        "Het klonk alsof er geschoten werd, bleek een actiefilm bij de overburen, elke nacht zo "
        "hard.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Na de toneelvoorstelling stond een man met een mes bij de uitgang te dreigen.",
        "De flat staat in brand, er zitten nog mensen op de vierde verdieping.",
        "Er wordt geschoten bij de buren, ik hoorde net drie schoten.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A site shut off where no one comes: "niemand" first, or "afgesloten" before "er komt
 * niemand". Without the site shut, "er komt niemand" is help that does not come. */
static void a_site_shut_where_no_one_comes(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Op het oude sportpark is een lichtmast omgevallen, niemand komt daar, graag weghalen.",
        "Boom omgevallen in het afgesloten deel van de begraafplaats, niemand komt daar.",
        ("De loods achter het station is half ingestort, het terrein is afgesloten en er komt "
         "niemand."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Mijn buurvrouw met MS zit vast in de lift. De lift is stuk en er komt niemand.",
                   NULL, "critical");
}

/* A threat laughed at by both, the one threatened too, or sent with laughing faces a reporter
 * names and then put aside ("Maar echt: ...", "geen melding waard"): banter, not a threat. One
 * who laughs alone, or the fear after the faces, leaves it a threat. */
static void banter_laughed_at_by_both_or_put_aside(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn broer appte 'als je nog één keer aan mijn fiets zit sla ik je verrot' met een "
        "lachsmiley. Maar echt, kan er een fietsenrek bij de flat komen?",
        "Een collega mailde 'als je nog eens mijn parkeerplek pakt vermoord ik je' met drie "
        "lachende smileys. Geen melding waard natuurlijk, maar de parkeerplaats is te klein.",
        "Twee jongens op het schoolplein riepen 'ik maak je af!' tegen elkaar en lachten zich "
        "een ongeluk, maar het schoolplein is wel heel donker 's avonds.",
        "De buurman riep 'ik vermoord je als je mijn krant nog eens pakt', ze lagen er allebei om.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn ex appte 'ik maak je af' met drie lachsmileys.",
        "Mijn ex appte 'ik maak je af' met drie lachsmileys. Maar echt: hij staat nu voor de deur.",
        "Hij stuurde 'ik weet waar je woont' met een lachsmiley. Maar echt, ik ben doodsbang.",
        "mijn ex riep lachend: 'als je nog één keer de kinderen meeneemt vermoord ik je'",
        "Mijn ex riep 'ik vermoord je' en zijn vrienden lagen dubbel van het lachen.",
        ("De container naast de flat staat in brand en de jongens in de groepsapp sturen alleen "
         "maar lachsmileys."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A look told as a simile, and anger told by what one could have done and then let go, are
 * figures; a deed told with "alsof", or a threat said after a look, is not. */
static void a_murderous_look_and_anger_let_go(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De consulent keek me aan alsof hij me wilde vermoorden, zo chagrijnig. Kan ik een "
        "andere consulent krijgen?",
        "Ik was zo boos op die handhaver dat ik hem wel kon vermoorden, maar ik heb netjes "
        "bezwaar gemaakt.",
        "Ik kan die buurman wel vermoorden met zijn bladblazer op zondag.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Hij kwam op me af alsof hij me wilde vermoorden, met een mes in zijn hand.",
        "Mijn ex keek me aan en zei: ik vermoord je vanavond.",
        "De man aan de balie keek de medewerkster aan en riep dat hij haar ging vermoorden.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* "explosief" as a degree in an advert or as the letters on a vehicle is a label; the thing
 * itself, or a bomb beside a threat, stays critical. */
static void explosive_as_an_advert_or_a_label(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Al een week staat er een aanhanger met EXPLOSIEF op de zijkant voor mijn oprit, hij is "
        "van een sloopbedrijf. Graag wegslepen.",
        "Op het bushokje hangt een poster van de supermarkt met 'explosief lage prijzen', is dat "
        "wel gepast zo vlak bij de school?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er ligt een explosief op de stoep bij de school, het lijkt op een handgranaat.",
        "Er staat een busje met een bom erin bij het stadhuis, hij zei dat hij hem laat afgaan.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A club's play by what it is about, a child's game of pretend and one's own death in a game
 * are no event; a child playing beside a real hazard, a fire after a play and a death wish with
 * the means at hand are. */
static void a_play_a_pretence_and_a_game_death(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn zoontje speelde dat de keuken in brand stond, met zijn brandweerauto. Waar kan ik "
        "een rookmelder krijgen?",
        "In ons toneelclubje spelen we een stuk over een brand in de flat. Mag dat in de aula?",
        "Ik ben gisteren in level 5 dood gegaan, dus nu even serieus: hoe verleng ik mijn "
        "parkeervergunning?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "De kinderen spelen bij de open put, het deksel is weg.",
        "Na de voorstelling stond de zaal in brand, er zitten nog mensen binnen.",
        "Ik ben er klaar mee, nu ga ik dood, ik heb de pillen al.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* "ik doe het" after a call someone else will not make is the writer making it, and a patient's
 * hurry to the hospital is no agent's routing; a threat after the call, or a frail person left
 * alone when the carer went to hospital, stays critical. */
static void a_call_made_for_another_and_a_patients_hurry(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn opa wil niet dat ik bel, maar ik doe het toch: de buurjongens schoppen tegen zijn "
        "deur en hij is 88.",
        "Mijn buurvrouw (82) moest gisteren met spoed naar de SEH en nu krijgt ze een "
        "parkeerboete, hoe maak ik bezwaar?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn moeder durft niet te bellen, dus ik doe het. Haar buurman dreigt haar met een mes, "
        "hij staat nu voor de deur.",
        "Vader (85) is met spoed naar het ziekenhuis gebracht, de buurvrouw zegt dat moeder (83, "
        "dement) nu alleen thuis zit en niet weet waar ze is.",
        "Ik heb alles geregeld en mijn spullen weggegeven. Vanavond doe ik het.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A place shut (a ramp, a stairwell, a car park's drive) is no cold or heat, whoever lives
 * beside it; a supply cut off, or a child shut in a car in the sun, is. */
static void a_place_shut_is_no_supply_cut_off(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Wijkverpleegkundige meldt: bij flat Zonnehof is de hellingbaan sinds vijf dagen "
        "afgesloten; mevrouw De Boer (91, rollator) komt daardoor al dagen niet buiten.",
        "De oprit van de parkeergarage is sinds gisteren afgesloten, meneer (86) kan zijn "
        "scootmobiel niet meer kwijt.",
        "Het trappenhuis is afgesloten voor schilderwerk, bewoonster (89) moet nu met de lift, "
        "maar die is traag.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "mw belt: hoort baby huilen in een afgesloten auto bij de bouwmarkt, zon erop, geen ouder "
        "te zien",
        "Vanochtend is bij ons het gas afgesloten, het vriest en ik heb een baby van drie "
        "maanden.",
        "Bij de flat van mijn moeder (87) is de stadsverwarming afgesloten en het vriest vannacht.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* A thing of the street or of a parking place gone is no person gone; a person gone, with or
 * without their bike or the car, stays critical. */
static void a_street_thing_gone_is_no_person_gone(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De bordjes van de blauwe zone zijn weg door de werkzaamheden en nu krijgt iedereen een "
        "bon.",
        "Mijn opa (84) had een invalidenplek voor de deur, maar die plek is weg door de nieuwe "
        "bestrating. Hij kan niet ver lopen en komt nu de deur niet meer uit.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn vader (82, dementie) is weg, zijn fiets staat nog hier en hij neemt niet op.",
        "De kinderen zijn weg en de auto is weg, mijn ex had gedreigd ze mee te nemen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, recall (round 24: round 20's critical-dev20 and messages-dev20, now development, and
 * what was left of critical-dev17 to -dev19), by how the danger is told: an announced cut-off
 * with its day (the announcement of works, an interruption or a drill stays a topic), onlookers
 * who film a person down (a film is the noun), unconsciousness in other words, a large animal
 * broken out, slipperiness in other words and who fell on two wheels, a stand that wobbles, a
 * crowd that presses children, a railing broken away at the water, a person fallen into the
 * water, war ordnance in a net, a parcel with wires where people come, the plate of dangerous
 * goods on what leaks, a load-bearing wall cracking where people live, voices that command
 * harm, a breathing device without power, short breath with a painful arm, a gang of brothers
 * with what happens to traitors, knowing a child's school, a plate on the road that cars swerve
 * around, a storm taking a roof with people inside, a person gone with their boat left on the
 * water, blowing up in the infinitive, bombs made at home. Their look-alikes stay below
 * critical: works announced, a film made, keys or a phone in the water, a parcel of batteries,
 * a placard asked about, a wall to be removed asked about, a park tree down, votes, a joke. */
static void round24_dangers_by_class(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Afsluiting van het gas aangekondigd voor maandag 9:00, wij hebben een pasgeboren "
        "tweeling.",
        "Op het perron ligt een vrouw bewusteloos en voorbijgangers filmen haar alleen maar.",
        "Op het schoolplein ligt een meisje buiten westen.",
        "Er zijn twee paarden uitgebroken en ze lopen over de provinciale weg.",
        "Het ijzelt op het fietspad, net zijn er twee fietsers gevallen.",
        "De tribune bij het voetbalveld is overvol en wiebelt.",
        "Bij de kade staan zoveel mensen dat kinderen tegen de hekken worden gedrukt.",
        "Eerst een compliment voor het nieuwe speelbos. Mijn vraag ging over de bankjes. Maar bij "
        "de vijver is de reling weggebroken, precies waar de peuters van de opvang langslopen.",
        "Er is net een jongen in de gracht gevallen en hij komt niet boven.",
        "Bij het vissen kreeg ik een oude granaat in mijn net, we liggen nu in de jachthaven.",
        "Bij de ingang van het station staat een rugzak met draden eruit, niemand weet van wie.",
        "Een tankwagen met een oranje gevarenbord is gekanteld en lekt op de rotonde.",
        "De draagmuur van ons portiek vertoont scheuren die groter worden, er wonen nog mensen "
        "boven.",
        "Mijn broer hoort stemmen die zeggen dat hij het huis moet aansteken.",
        "Ik bel eigenlijk over de parkeervergunning, maar mijn vader ligt aan de thuisbeademing en "
        "sinds vanmiddag is de stroom uitgevallen in de hele straat.",
        "Ik ben erg benauwd en mijn linkerarm doet pijn, het komt vast door de stress.",
        "Hij stuurde: \"morgen kom ik met mijn broers, dan zie je wat er gebeurt.\"",
        "Ze schreef me: \"ik weet op welke school je dochter zit.\"",
        "Er ligt een stalen plaat midden op de weg, auto's moeten uitwijken.",
        "Het dak van de sporthal waait eraf terwijl er nog mensen binnen zijn.",
        "Mijn zus is sinds gisteren weg en haar kano ligt leeg bij de plas.",
        "Hij dreigt het gemeentehuis op te blazen.",
        "Mijn buurman maakt zelf vuurwerk met kruit in emmers in de schuur.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Het onderhoud aan de stroomkabels is aangekondigd voor donderdag, wij zitten "
         "dan twee uur zonder stroom."),
        "Wij filmen volgende week een korte film over onze buurt, mag dat op het plein?",
        "Mijn sleutels zijn in de gracht gevallen, kan iemand ze eruit vissen?",
        "Mijn pakket met batterijen is niet bezorgd, wie kan helpen?",
        ("Onze vrachtwagens hebben een oranje gevarenbord, moeten we daarvoor een "
         "vergunning hebben?"),
        "Wij willen bij de verbouwing een draagmuur weghalen, welke vergunning is nodig?",
        ("De storm heeft vannacht een boom in het lege park omgeblazen, wanneer wordt "
         "hij opgeruimd?"),
        "Bij de raadsvergadering zeggen de stemmen van de oppositie dat het plan niet deugt.",
        "Ik was gisteren zo moe dat ik op de bank buiten westen ging, haha.",
        "De storing is aangekondigd: morgen van 9 tot 12 geen stroom in de straat.",
        "Mijn telefoon is in het water gevallen, kan ik een nieuwe afvalpas op papier krijgen?",
        ("Er ligt een pakketje met kabeltjes voor mijn oplader bij de buren, kunnen "
         "jullie dat doorgeven?"),
        "Het fietspad is spekglad, kunnen jullie strooien?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, recall (round 24, second part): an aside that the rest is fine ("Verder gaat het
 * prima") neither ends a danger nor judges it safe; a child's plea to stop heard now; a pupil alone
 * since a weekday; marks on a child with the fear of telling; an elder by age who has not opened
 * since a time told; coming back to harm everyone; a person's route home noted down; water coming in
 * where a bedridden person lies; a child heard in a bin; a near miss by a school just now; a frail
 * person not come back; insulin running out today; lights named bare where children cross; a
 * grenade picked up by a child (an arrest is passive or the police's, not a hand on the danger).
 * Their look-alikes stay below critical: a pen forgotten, a baby woken by the bin lorry, a cellar
 * wet in rain, a deaf mother on the phone, lights repaired, a boast about football, a stairwell's
 * lamps. */
static void round24_dangers_by_class_2(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn moeder zit met haar zuurstofapparaat zonder stroom sinds vannacht. Verder gaat het "
        "prima.",
        "Ik hoor nu bij de bovenburen gegil en een kind dat roept \"mama stop\".",
        "Een leerling (9) is sinds vrijdag alleen thuis.",
        "Een jongen van 11 heeft brandwonden op zijn handen en zegt: \"als ik iets zeg, krijg ik "
        "weer klappen.\"",
        "Mijn buurvrouw van 88 heeft sinds gisteren niet opengedaan en de krant ligt er nog.",
        "Een man riep aan de balie dat hij terugkomt en iedereen kapot maakt.",
        "Hij heeft de route naar huis van mijn dochter opgeschreven en haar gevolgd.",
        "De kelder loopt vol en mijn bedlegerige moeder ligt beneden, de pomp is kapot.",
        "Uit de kliko naast de flat komt gejammer, alsof er een kindje in zit.",
        "Bij de basisschool staat een busje dubbel geparkeerd en er was net bijna een aanrijding.",
        "Mijn opa met dementie is vanochtend gaan wandelen en niet teruggekomen.",
        "Mijn zoon heeft diabetes. Zijn insuline wordt niet vergoed en hij heeft nog één pen voor "
        "vandaag.",
        "Lichten stuk bij de kruising, kinderen steken nu over.",
        "Mijn zoontje vond een oude granaat in de tuin en heeft hem opgepakt.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn dochter heeft haar insulinepen vergeten, kan ik morgen een nieuwe afhalen bij de "
        "apotheek?",
        "Mijn baby huilt elke keer als de container wordt geleegd, kan dat later op de dag?",
        "De kelder loopt vol bij hevige regen, mijn moeder van 80 vraagt of de put gereinigd kan "
        "worden.",
        "Mijn moeder van 82 neemt de telefoon niet op als ik bel, ze is doof, kunnen jullie een "
        "teksttelefoon regelen?",
        "De verkeerslichten bij de school zijn vorige week gerepareerd, de kinderen steken weer "
        "veilig over.",
        "Mijn zoon kwam terug van het kamp en zei dat hij iedereen kapot maakt met voetbal, haha.",
        "De lampen in het trappenhuis zijn kapot, kunnen jullie ze vervangen?",
        "Mijn oma van 85 wacht sinds gisteren op de monteur, de verhuurder reageert niet.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Round 25 (issue 12, false critical flags by class, falseflag10): a depth is a drop only of a
 * hole; a place told empty of people, the people told out of it and a bite denied leave no one
 * at risk; a story written about a fire is its content; an episode ended by a finding is over;
 * "er niet meer over" is a crossing no longer dared, not the writer gone; the war is long ago;
 * riding into a hole is no harm told; "vermist was" is a search over; cans dumped in the reeds
 * that stink are waste; a barrier broken so long that this is the fourth mail is a repair
 * overdue; "lastigvallen" is to harass, no fall. Each look-alike was critical before; each
 * danger beside it stays critical. */
static void round25_look_alikes_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De buren zetten een schuur van vier meter diep tegen onze schutting, zonder vergunning "
        "denk ik.",
        "In de oude loods achter het station ruik ik gas, daar werkt al maanden niemand.",
        "Op het pad door de duinen ligt een omgevallen boom, daar komt in januari niemand.",
        "Na de brand van zondag (iedereen is eruit gekomen) ruikt de gang van onze flat nog steeds "
        "naar rook.",
        "Een loslopende hond rende op de kinderen af in het park. Niemand gebeten, maar ik schrok "
        "wel.",
        "Mijn zoon van tien heeft voor school een opstel geschreven over een flat die in brand "
        "staat en hij wil het graag voorlezen bij de opening van het buurthuis.",
        "Mijn opa met dementie zat een halve dag zonder jas in de kou bij de bushalte voordat een "
        "agent hem vond, wij willen een gesprek met zijn casemanager.",
        "Sinds het zebrapad bij de school weg is durf ik er niet meer over met mijn rollator, ik "
        "ga nu ook niet meer naar de markt.",
        "Mijn oma vond tijdens de oorlog een granaat in de moestuin en daar wil ze graag over "
        "vertellen op de herdenking in het buurthuis.",
        "Kuil in de weg bij de bakker aan de Dorpsstraat. Ik ben er vanochtend met de auto in "
        "gereden, de velg is beschadigd.",
        "De peuter die op de markt vermist was is binnen vijf minuten door een marktkoopman "
        "teruggebracht bij zijn moeder.",
        "Bij de volkstuinen liggen weer gedumpte jerrycans in het riet, het stinkt er enorm.",
        "Dit is mijn vierde e-mail over de kapotte reling bij de kade, er lopen elke dag mensen "
        "langs. Nu wil ik eindelijk een antwoord.",
        "Onze oude buurman van 91 wordt elke week lastiggevallen door tieners die stenen tegen "
        "zijn "
        "raam gooien, hij durft niet meer naar buiten.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Bij de speeltuin is een gat van een meter diep gegraven zonder hek, de kinderen spelen er "
        "vlak naast.",
        "Rook komt onder de deur van nummer 12 vandaan, daar woont een oude man, niemand doet "
        "open.",
        "Er hangt een losse tak boven het schoolplein waar de kinderen spelen, nog niemand gewond.",
        "Er hangt een losse tak boven het schoolplein waar de kinderen spelen, niemand gewond.",
        "Mijn zoon zat aan zijn verhaal over de zomer te werken, maar nu komt er rook uit de "
        "meterkast en de gang staat in brand.",
        "Mijn buurvrouw van 90 ligt op de vloer en roept om hulp, ik kom niet binnen en het duurt "
        "nog even voordat iemand een sleutel vindt.",
        "Ik wil er niet meer zijn, vannacht ga ik naar de brug.",
        "Ik ben er straks niet meer, ik ga er vanavond heen, naar het spoor.",
        "Mijn zoon vond vandaag in de tuin een granaat uit de oorlog, hij ligt nog op het gras.",
        "Er zit een diep gat in het fietspad, mijn man is er net in gereden en ligt met een "
        "gebroken pols in het ziekenhuis.",
        "Ons kind is sinds een uur vermist in het park, we kunnen hem nergens vinden.",
        "In ons trappenhuis staan twee jerrycans en het stinkt naar benzine.",
        "Iemand zet jerrycans neer bij de speeltuin, ik word er duizelig van.",
        "De reling bij de kade is net weggeslagen door een boot en er spelen kinderen langs het "
        "water.",
        "De ruit van de flat is gebarsten en er vallen stukken glas op de stoep waar kinderen "
        "lopen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Critical danger told in a new writer's ordinary words, by class (issue 12, recall10, from
 * critical-dev21's misses; the texts here are our own): a hazard word its part lacked (ablaze),
 * a verb in another tense or order (a person who falls into the water, lights green for every
 * direction, a child not come to school), a long gun at a school yard, a confused mind with a
 * weapon, water coming in where a person who cannot climb has no way out, heat with a frail
 * person who will not drink, a fire source carried to stored fireworks, an animal biting any
 * person, water over a dike, new locks ordered with nowhere to sleep, gas by a hiss and a body's
 * sign, a frail person lying on the floor since a time told, and a person short of air (blue
 * lips) asked about as if it were normal. Each was below critical before; the look-alikes
 * beside them stay below. */
static void recall10_dangers_by_class(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Het tuinhuisje achter ons staat in lichterlaaie en de buurkinderen spelen er vlakbij.",
        "Bij de brug viel zojuist een vrouw in de gracht.",
        "Op de speelplaats van de basisschool loopt een jongen met een jachtgeweer.",
        ("Mijn vader heeft weer een herbeleving van de oorlog en heeft zijn oude geweer uit de "
         "kast "
         "gepakt."),
        "Het souterrain staat onder water en mijn opa in zijn rolstoel kan er niet uit.",
        "Het is 35 graden in het huis van mijn opa (90) en hij wil niets drinken.",
        "Op zolder staan dozen vuurwerk opgestapeld en mijn neef zit daar met een sigaar.",
        "Een herdershond bijt een vrouw in haar arm op het fietspad.",
        "Het water van de rivier stroomt over de dijk bij de volkstuinen.",
        "De stoplichten bij het kruispunt geven groen aan beide kanten tegelijk.",
        "Onze dochter van 12 is vandaag niet op school verschenen en neemt haar telefoon niet op.",
        "De verhuurder heeft al nieuwe sloten besteld en ik kan nergens heen.",
        "Er sist iets achter de muur en mijn vrouw wordt duizelig.",
        "De thuiszorg vond mevrouw (87) onderkoeld op de badkamervloer.",
        "Opa (90) lag de hele nacht op de keukenvloer, de alarmknop hing in de slaapkamer.",
        "Mijn zoon ademt piepend en zijn lippen worden blauw, is dat erg?",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn opa (84) zit graag op de grond met zijn kleinkinderen te spelen.",
        "Na het zwemmen had mijn dochter blauwe lippen van de kou, ze ademt nu weer rustig.",
        "Op de EHBO-cursus leerden we wat je doet bij blauwe lippen en een rare ademhaling.",
        "De waterkoker sist als het water kookt, is dat normaal?",
        "Mijn zoon van 15 is niet op school geweest vandaag, hij is ziek thuis.",
        ("De verhuurder heeft nieuwe sloten besteld voor de fietsenstalling, wanneer krijgen we "
         "een "
         "sleutel?"),
        "Mijn oma (91) wil niet drinken uit plastic bekers, kan de thuiszorg glazen meenemen?",
        "Bij hoogwater loopt het water over de kade, dat is elk jaar een mooi gezicht.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* A person short of air told by the breath's sound or struggle (panting, wheezing, gasping, no
 * air) or by purple lips or a blue mouth (the lead's user check of 12-02: "zijn lippen worden
 * blauw, hij hijgt zo raar. Is dat normaal?" was low); lips coloured by berries, lipstick or the
 * cold stay below. */
static void short_of_air_by_the_breath_told(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn buurjongen van vier ligt op de bank en zijn lippen worden blauw, hij hijgt zo raar. "
         "Is dat normaal?"),
        "Oma snakt naar adem en haar lippen zijn paars.",
        "De baby piept bij elke teug en ziet blauw rond de mond.",
        "Mijn man krijgt geen lucht meer en heeft blauwe lippen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn dochter hijgt na het hardlopen, haar lippen zijn blauw van de bosbessen.",
        "Haar lippen zijn paars van de lippenstift en ze hijgt van het lachen.",
        "Na de wedstrijd hijgden de kinderen en hun lippen waren blauw van de kou.",
        "De hond hijgt in de zon, mag hij in de vijver zwemmen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* "Wat een bom van een ...", "zo'n bom van een ..." praise a thing (the lead's user check of
 * 12-02: a pool's new slide was a threat of violence); a bomb of a weight laid somewhere, or one
 * under a car, is still one. */
static void a_bomb_of_a_thing_is_praise(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Het nieuwe speeltoestel in het park is echt een bom van een klimrek, dank jullie wel!",
        "Wat een bom van een verjaardagsfeest hadden we in het buurthuis.",
        "Zo'n bom van een kerel, die nieuwe buurtconciërge.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    EXPECT_URGENCY("Hij zei: ik leg een bom van een kilo onder het gemeentehuis.", NULL,
                   "critical");
    EXPECT_URGENCY("Er ligt een bom onder de auto van mijn buurman.", NULL, "critical");
}

/* Threats by class (issue 12, recall11, round 22's writer; our own words): a pursuer (stalking,
 * following, under a restraining order) who knows where the person is now and names when he
 * comes, told over a few sentences; a visit to an office with what the official "will see"
 * in the next sentence. Each was below critical before; a social network's follower, a past
 * stalker, a fiction, a question, a moved address and a wait at the counter stay below. */
static void recall11_pursuer_and_visit_threats(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Ondanks het straatverbod heeft hij toch ons nieuwe adres gekregen via een vriendin, en "
         "hij appt dat hij vanavond langskomt."),
        ("Die vent achtervolgt me al weken en heeft mijn adres. Op mijn auto lag een briefje: "
         "vanavond ben jij aan de beurt."),
        ("Ik word gestalkt door mijn ex. Hij weet waar ik nu werk, stond vanmiddag bij de ingang "
         "en stuurde: tot vanavond."),
        ("Die consulente die mijn uitkering stopte: ik sta morgen bij haar kantoor. Dan zal ze "
         "wel zien wat er gebeurt."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn zoon volgt mij op Instagram en heeft mijn nieuwe adres, hij komt vanavond eten.",
        "Ik sta morgen bij het loket om mijn paspoort op te halen. We zullen zien wat er gebeurt.",
        ("Vorig jaar stalkte mijn ex me en wist hij mijn adres, maar sinds het contactverbod is "
         "het rustig. Kan ik de verlenging aanvragen?"),
        "Mijn nieuwe adres is doorgegeven aan de gemeente, ik ben vanavond thuis voor de sleutels.",
        ("In de thriller die ik lees achtervolgt een stalker de hoofdpersoon, hij weet waar ze "
         "woont en zegt: tot vanavond."),
        "Ik weet waar hij werkt: bij de bakker. Dan zal hij wel zien dat ik zijn brood lekker "
        "vind.",
        "De stalker in ons toneelstuk heeft haar adres en komt vanavond langs, wie speelt hem?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* A person down or shut in, whom help does not reach (issue 12, recall11, round 22's writer; our
 * own words): a fall and the phone or the door out of reach; a lady who no longer gets up; a
 * body seen through the letterbox; people shut in a lift that stopped. Each was below critical
 * before; a lift stopped for weeks, a lift stuck last week, a phone dropped, a thing seen on the
 * floor, a lift's loose mirror and a lift stuck with no one in it stay below. */
static void recall11_down_or_shut_in(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn oom van 70 belt: hij is in de douche uitgegleden en kan niet bij de telefoon, hij "
         "roept via de buren om hulp."),
        "Een hoogbejaarde dame uit de wijk heeft net gebeld dat ze niet meer overeind komt.",
        "Mijn buurman: door de brievenbus zie ik zijn voeten op de vloer in de gang.",
        "Help, we zitten vast in de lift van de parkeergarage.",
        "lift stuk. moeder erin. al half uur. geen antwoord meer.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De lift in onze flat staat al twee weken stil, wanneer komt de monteur?",
        "Vorige week zaten we een uur vast in de lift, dat mag niet weer gebeuren.",
        "Mijn telefoon viel op de grond en nu kan ik niet bellen, kunnen jullie mij mailen?",
        "Door het raam zie ik dat de kerstboom van de buren op de vloer ligt.",
        "De spiegel in de lift zit los en de knoppen blijven hangen.",
        "De liftmonteur zegt dat de lift vastzit en morgen wordt gemaakt, er zit niemand in.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Words missing from parts that compose (issue 12, recall11, round 22's writer; our own words): a
 * large animal out through its fence or galloping; the home before "uitgezet"; a supply shut
 * ("dichtgezet") by its company; a burner open with no flame; charcoal or a generator brought
 * inside with the carbon monoxide signs; a vital medicine gone with the body's signs of its
 * lack. Each was below critical before; a horse grazing by a school, a pony out last week, a tap
 * shut against a leak, an electric hob, a barbecue in the park, a fear of fits, a prescription
 * run out and last month's stolen insulin stay below. */
static void recall11_missing_words_of_composed_parts(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Het paard van de manege galoppeert los over het fietspad waar de kinderen naar school "
         "fietsen."),
        "Overmorgen worden wij ons huis uitgezet en we hebben nog geen plek.",
        "Het waterbedrijf heeft net de toevoer dichtgezet, mijn vader ligt aan de thuisdialyse.",
        "Het gasstel in de caravan staat open zonder vlam en het ruikt heel vreemd.",
        ("Ze hebben in de tent een bbq naar binnen gehaald tegen de kou en nu is mijn zoon "
         "duizelig "
         "en misselijk."),
        ("Mijn vader heeft epilepsie; zijn medicijnen zijn gestolen en hij heeft al twee aanvallen "
         "gehad vandaag."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Het paard uit de wei naast de school ziet er mager uit, wie kan er naar kijken?",
        "Onze pony is vorige week door het hek gebroken, nu staat er een nieuw hek.",
        "Ik heb de kraan dichtgezet want de leiding lekte, kan er iemand komen kijken?",
        "De kookplaat staat aan maar er komt geen vlam, is die kapot? Het is een elektrische.",
        "Na de barbecue in het park was ik de hele nacht misselijk.",
        "Ik ben bang dat ik zonder mijn medicatie weer aanvallen krijg, wordt die vergoed?",
        "Mijn medicijnen zijn op, kan ik een nieuw recept krijgen?",
        ("Vorige maand was mijn insuline gestolen en werd ik verward, dat is gelukkig "
         "opgelost."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* More parts that compose (issue 12, recall11, messages-dev22 and critical-dev22's classes; our
 * own words): the cold in a body whose mind slows, out in the cold; a stage among the structures
 * that tilt where people come; screams and blows and then silence a long sentence apart. Each
 * was below critical before; a cold wait at a stop, a stage painted crooked and a birthday's
 * noise of yesterday stay below. */
static void recall11_cold_stage_and_silence(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Een vrouw zit al uren verkleumd op een bankje aan de kade en reageert traag, het is onder "
        "nul.",
        ("Het podium voor het schoolfeest van vanmiddag helt over, een steunpoot is gebroken, de "
         "ouders komen zo."),
        ("Al twintig minuten gegil en gebonk bij de buren aan de overkant van de galerij, iemand "
         "smeekt 'stop', en nu is het opeens helemaal stil."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik stond verkleumd bij de bushalte te wachten, de bus kwam niet en ik werd er sufferig "
        "van.",
        "Het podium in het park is scheef geverfd, kan dat over?",
        ("Op de verjaardag gisteren was het een uur lang gegil en geklap van de kinderen tegen de "
         "muur, daarna was het heerlijk stil."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Onto the ice with its particle after the noun (issue 12, recall11, critical-dev22's class; our
 * own words): one who goes "het ijs op" while it cracks. Below critical before; a child who wants
 * to, last winter's walk and a question of when one may stay below. */
static void recall11_onto_cracking_ice(void **state) {
    (void)state;
    EXPECT_URGENCY(
        "Twee jongens zijn net het ijs op gegaan bij de haven terwijl het overal kraakt.", NULL,
        "critical");
    static const char *const calm[] = {
        "Mijn dochter wil het ijs op bij de vijver, het kraakt nog wel een beetje, mag dat al?",
        "Vorige winter liep ik het ijs op en het kraakte, gelukkig ging het goed.",
        "Wanneer mogen we het ijs op? Het kraakt nog.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* People on ice that cannot bear them (issue 12, recall12; the lead's check of 12-03, in no set;
 * the rest in our own words): on, over or onto the ice, skating or playing on the frozen water,
 * and a weakness of that ice told by why (one night of frost, frozen since yesterday, a thaw, ice
 * that bends, holes in it, the dark) rather than by its sound. Six of the seven were below
 * critical before. Last winter, a day gone by, ice kept off, a rink, a question of when it opens,
 * a wait, a wish for tomorrow, ice checked thick enough, no one on it and the news stay below. */
static void recall12_people_on_ice_too_weak(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op het ijs van de vijver bij het park lopen kinderen, het heeft maar één nacht "
         "gevroren."),
        ("Er schaatsen jongens op de sloot achter de sporthal terwijl het pas sinds gisteravond "
         "vriest."),
        ("Drie pubers staan midden op de bevroren plas, het dooit al de hele dag en het ijs is "
         "grijs en zacht."),
        ("Mijn buurjongetje speelt met zijn vriendjes op de vaart, het ijs buigt door als ze "
         "springen."),
        ("Kids are walking on the frozen pond in the park, it only froze last night."),
        ("Twee mannen lopen met een hond midden op het ijs van de Kralingse Plas, het is al donker "
         "en er zitten wakken in."),
        ("Er wandelen mensen over het ijs van de gracht. Het is pas sinds vannacht bevroren."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Vorige winter liepen er kinderen op het ijs van de vijver terwijl het maar één nacht had "
         "gevroren. Komen er dit jaar borden?"),
        ("Het ijs op de vijver is nog dun na één nacht vorst, gelukkig blijft iedereen er netjes "
         "af."),
        ("De ijsbaan op het Schouwburgplein is open, de kinderen schaatsen er met plezier."),
        ("Wanneer wordt het ijs op de Kralingse Plas vrijgegeven? Het heeft nu een nacht "
         "gevroren."),
        ("Het ijs is nog te dun om op te schaatsen, dus we wachten nog een week."),
        ("Gisteren zag ik kinderen op het ijs van de vijver terwijl het pas één nacht had "
         "gevroren, gelukkig is er niks gebeurd."),
        ("Is het ijs op de singel al betrouwbaar? Mijn kinderen willen morgen schaatsen, het heeft "
         "pas één nacht gevroren."),
        ("Zaterdag organiseert de ijsvereniging een toertocht over de vaart, het ijs is dik "
         "genoeg."),
        ("Er staan geen kinderen op het ijs, het is nog geen dag oud."),
        ("Op het journaal zagen we kinderen op het ijs van een meer in Canada dat pas één nacht "
         "bevroren was."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* A crossing whose control fails (issue 12, recall12; critical-dev6, critical-dev12,
 * messages-dev15's class, our own words): a railway crossing's barrier as speech-to-text splits
 * it ("slag boom") standing open with a train coming, a crossing or a zebra with no lights left
 * since a time, flashing amber with the traffic told a long clause on. Three of the five were
 * below critical before. Flashing amber at night asked about, a car park's barrier that does not
 * open, last week's repaired lights, lights taken away asked about, a zebra that never had any,
 * lights no longer needed and a film stay below. */
static void recall12_crossing_control_fails(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De slag boom van de overweg bij het station blijft gewoon omhoog terwijl de trein eraan "
         "komt, auto's rijden er nog over."),
        ("Bij de spoor weg overgang in ons dorp staan de slag bomen open terwijl de bellen "
         "rinkelen en de trein er al aankomt."),
        ("Het zebrapad voor de bibliotheek heeft sinds gisteravond geen lichten meer, en het is "
         "hier spits."),
        ("De kruising bij het ziekenhuis heeft geen licht meer sinds de stroomstoring, de bussen "
         "en fietsers rijden door elkaar."),
        ("Het verkeerslicht bij de Groene Kruisweg staat sinds een uur op knipperen en de "
         "vrachtwagens die van de brug komen racen eroverheen."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Het verkeerslicht bij ons op de hoek knippert 's nachts oranje, is dat normaal?"),
        ("De slag boom van de parkeer garage gaat niet open, ik sta al tien minuten te wachten met "
         "mijn auto."),
        ("Vorige week stonden de stoplichten op het kruispunt op knipperen en reden de auto's er "
         "hard over, nu is het gelukkig gemaakt."),
        ("Waarom hebben jullie de lichten bij de oversteek weggehaald? Nu is het er veel drukker."),
        ("Het zebrapad bij de school heeft nooit lichten gehad, kan er een verkeerslicht komen?"),
        ("Op de kruising zijn geen lichten meer nodig sinds de rotonde er ligt, het verkeer loopt "
         "prima."),
        ("In de film knipperen de stoplichten en racen de auto's met hoge snelheid over de "
         "kruising."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The writer the one just beaten (issue 12, recall12; critical-dev16's miss, the class of
 * critical-dev7, dev8 and dev18; our own words): "me", "mij" or "ik ben" with the blow and a time
 * of now, whoever gave it. All four were below critical before. A beating years ago, the idiom of
 * fighting through a day, a push by an enforcer, a pillow in play and a film stay below. */
static void recall12_the_writer_just_beaten(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Hij heeft me vanochtend weer geslagen, nu is hij even boodschappen doen."),
        ("Ze heeft mij net weer geslagen met de riem en ik zit op mijn kamer."),
        ("Ik ben net door hem geslagen, hij is nog hier."),
        ("Hij heeft me zojuist geslagen omdat het eten koud was."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn ex heeft me jaren geleden geslagen, nu woon ik veilig en wil ik graag een "
         "urgentieverklaring."),
        ("Ik heb me er vandaag weer doorheen geslagen, die wachtrij bij het stadskantoor was "
         "enorm."),
        ("De handhaver heeft mij vandaag uitgescholden en geduwd, ik wil een klacht indienen."),
        ("Mijn broertje heeft me net met een kussen geslagen haha, hij is zo grappig."),
        ("In de film die ik net zag wordt een vrouw door haar man geslagen, ik moest huilen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Words missing from the parts of a structure loose where people are (issue 12, recall12;
 * critical-dev12, critical-dev22, messages-dev17, messages-dev21's class, our own words): a wall
 * or a plank by its compound, half toppled over a playground, whoever stands on it, no fence
 * around it, a lookout tower as a height and a school trip as children. Three of the five were
 * below critical before. A wall mended, a broken scooter by a playground's fence, "half om half",
 * planks to be collected and a railing replaced stay below. */
static void recall12_structure_loose_in_more_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De zijgevel van het pand dat ze aan het slopen zijn staat los en helt over de stoep, er "
         "is geen hek en er lopen scholieren langs."),
        ("Een lichtmast hangt half om boven de speeltuin bij ons in de straat."),
        ("Het vlonder naar de aanlegplaats zakt door als je erop staat, en eronder is het water "
         "diep."),
        ("Bij de uitkijktoren in het bos is de reling weg, vanmiddag komt er een schoolreisje."),
        ("De loopplanken van de bouwsteiger zijn los, er lopen de hele dag mensen onderdoor."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De achtergevel van ons huis kwam vorig jaar los, inmiddels is alles gerepareerd."),
        ("Al een maand ligt er een kapotte step naast het hek van de speeltuin, wie ruimt die op?"),
        ("Half om half gehakt is in de aanbieding en de lantaarnpaal bij de supermarkt doet het "
         "weer."),
        ("Kunnen jullie de steigerplanken ophalen die na de verbouwing in onze tuin zijn blijven "
         "liggen?"),
        ("Bij de uitkijktoren is de reling vorige maand vervangen, het schoolreisje kan veilig "
         "doorgaan."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The negation and its verb told apart (issue 12, recall12; critical-dev17 and critical-dev5's
 * class, our own words): not eaten with the auxiliary of a clause that depends ("dat ze sinds
 * zondag niets heeft gegeten"), heating out for how long ("werkt al sinds zaterdag niet") in a
 * frail person's cold home. The two of food were below critical before (the heating one was
 * critical by the danger model only). A child's forgotten lunch box, heating that works and a
 * cold home last winter stay below. */
static void recall12_negation_told_apart_from_its_verb(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn buurvrouw van 90 vertelde me dat ze sinds zondag niets heeft gegeten, ze is heel "
         "zwak en kan amper nog staan."),
        ("Mijn moeder van 91 woont alleen en de kachel werkt al sinds zaterdag niet, binnen is het "
         "10 graden."),
        ("Mijn opa belde dat hij al twee dagen niks heeft gegeten omdat de maaltijdservice niet "
         "meer komt."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn zoon zegt dat hij op school niet heeft gegeten omdat hij zijn broodtrommel vergat, "
         "kan de school dat melden?"),
        ("De verwarming doet het al jaren prima, maar bij de buren is het binnen 12 graden omdat "
         "ze nooit stoken."),
        ("Vorige winter deed de kachel het al drie dagen niet en was het binnen 11 graden, nu is "
         "alles gelukkig vervangen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Held by a partner now, told by what is taken (issue 12, recall12; critical-dev11 and
 * critical-dev7's class, our own words): the door locked on one and the phone taken, or a plea
 * for help with what he holds of hers. Both were below critical before. A door locked for a
 * holiday, a passport needed for an application and a phone a teacher took stay below. */
static void recall12_held_by_a_partner_now(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn vriend heeft de deur op slot gedaan en mijn telefoon afgepakt, ik typ dit op de "
         "laptop van mijn zoon."),
        ("Een appje van mijn nicht: 'help me, hij heeft mijn sleutels en laat me niet weg'."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn man heeft de deur op slot gedaan omdat we op vakantie gaan, kunnen jullie de post "
         "bewaren?"),
        ("Help me even: hij heeft mijn paspoort nodig voor de aanvraag, mag ik dat meenemen naar "
         "de balie?"),
        ("De leerkracht heeft de telefoon van mijn zoon afgepakt tijdens de les, mag dat?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The lead's user check of 12-02: an engine running in a shut garage or shed is carbon monoxide
 * for whoever is there; someone dragged by the hair by a partner, with screaming heard now, is
 * violence now. A garage shut on Sunday, a broken mower, last month's idling and a bag dragged
 * along stay below. */
static void engine_in_a_shut_space_and_dragging(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Bij nummer 8 loopt al een half uur de motor van een auto in de dichte garage.",
        "In de schuur van mijn oom staat de motor aan en de deur is afgesloten, hij reageert niet.",
        "Zij werd net door haar vriend aan haar haren de trap op gesleurd, ik hoor haar gillen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Is de garage van de gemeentewerf op zondag gesloten? Mijn motor maakt een raar geluid.",
        "De schuur is dicht en de grasmaaier heeft een kapotte motor, wie kan hem ophalen?",
        "Vorige maand liet de buurman zijn motor lopen in de dichte garage.",
        "Mijn zoon sleurde zijn zware tas de trap op en gilde van het lachen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The lead's user check of 12-04 (session 29): a car running in a shut lock-up ("garagebox") with
 * someone coughing inside was normal; an eviction two weeks out was critical where the contract
 * says "within days" (two weeks is the high rule's "eviction announced"); a shut garage beside a
 * motor that does not run was critical. */
static void lockup_engine_and_eviction_in_two_weeks(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Er staat een auto met draaiende motor in de afgesloten garagebox naast de mijne en ik "
         "hoor iemand hoesten binnen."),
        "Ik word morgen uit mijn huis gezet en heb nog geen opvang.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const level_case high[] = {
        {"Ik word over twee weken uit mijn huis gezet en heb nog geen opvang voor mij en mijn "
         "dochter.",
         NULL, "high"},
    };
    expect_levels(high, sizeof(high) / sizeof(high[0]));
    static const char *const calm[] = {
        "Onze garage is afgesloten, de motor van de grasmaaier loopt niet meer.",
        "De garagebox is dicht en de motor van mijn scooter wil niet starten, waar kan ik heen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, false critical flags by class (falseflag11, round 22's sets; our own words): suicide
 * told by the news's source or form ("volgens de krant", "berichtgeving") or as the signs a
 * training teaches to recognise; an eviction called off ("van tafel"); an office that does not
 * answer, and "onbereikbaar voor" naming who cannot reach. Each was critical before; the twins,
 * a person's own words, an eviction tomorrow, a body that does not answer beside an office and
 * one cut-off called off beside another coming, stay critical. */
static void told_of_others_called_off_or_an_office(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Volgens de krant zijn er dit jaar meer suïcides onder studenten. Heeft de gemeente daar "
         "beleid op?"),
        ("Naar aanleiding van berichtgeving over zelfdoding bij de brug willen wij weten welke "
         "maatregelen er zijn."),
        ("Onze mentoren willen waarschuwingssignalen van suïcide leren herkennen. Wie kan dat "
         "uitleggen?"),
        ("De huisuitzetting van mijn broer is van tafel, hij mag blijven wonen. Kan hij hulp "
         "krijgen bij zijn schulden?"),
        "Mijn oude buurman heeft al weken een kapotte deurbel en de verhuurder reageert niet meer.",
        "Onbereikbaar voor mijn moeder: zij is doof en jullie hebben alleen een telefoonnummer.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn zoon van 16 praat sinds vanochtend over zelfmoord en sluit zich op in zijn kamer.",
        "De ontruiming van mijn zus met haar baby is morgen en ze heeft nergens om te slapen.",
        ("Mijn moeder van 88 ligt op de grond en reageert niet meer, de verhuurder heeft de "
         "sleutel."),
        "Mijn vader is sinds gisteren onbereikbaar, hij neemt niet op en is dement.",
        ("De afsluiting van het gas is van tafel, maar de stroom gaat morgen eraf en mijn dochter "
         "ligt aan de beademing."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, false critical flags by class (falseflag11, suicidal-dev21; our own words): a danger
 * told of a time long gone ("vroeger", "destijds", "jaren geleden"), set against a now that
 * is something else, is then, not now: the two were critical before. The twins, the thoughts
 * back now, the means ready again, the violence going on with other victims, stay critical. */
static void long_ago_set_against_now(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Vroeger dacht ik vaak aan zelfdoding, nu werk ik als maatje bij de opvang. Hoe meld ik "
         "me aan?"),
        ("Vroeger was hier een gaslek bij de school, nu staat er een nieuwe gasleiding. Wanneer "
         "komt de stoep terug?"),
        ("Jaren geleden deed ik een zelfmoordpoging, nu ben ik vrijwilliger bij een "
         "lotgenotengroep."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Vroeger dacht ik aan zelfmoord, nu zijn die gedachten weer terug en ik weet niet wat ik "
         "moet doen."),
        "Jaren geleden deed ik al een poging, inmiddels heb ik de pillen weer klaarliggen.",
        "Vroeger sloeg hij me, nu slaat hij de kinderen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, false critical flags by class (falseflag11, messages-dev22; our own words): a next
 * sentence of any length that opens with a demonstrative points back at the danger, so its end
 * told there ends it (an old notice of a fire or a gas leak already put out or repaired). The
 * twins stay critical: a fix told of another time ("ook al eens"), one reopened by a contrast,
 * a repair only announced, a fire not yet put out. */
static void end_told_of_it_in_the_next_sentence(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Op de buurtsite staat nog steeds 'brand in de Lindelaan, ramen dicht houden'. Die brand "
         "is gisteravond al door de brandweer geblust en iedereen is weer thuis. Kan het bericht "
         "weg?"),
        ("In het portiek hangt nog een briefje over een gaslek bij nummer 4. Dat lek is vorige "
         "week door de netbeheerder gerepareerd en alles is nagekeken. Wie haalt het briefje "
         "weg?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Er hangt een losse tak boven de stoep bij de school. Die tak is vorig jaar ook al eens "
         "vastgezet."),
        ("Er hangt een losse tak boven het schoolplein. Die is vorige week door de gemeente "
         "vastgezet maar hij hangt er weer los."),
        ("Er is een gaslek in de Merelstraat, het ruikt heel sterk. Dat lek wordt morgen pas "
         "gerepareerd volgens de netbeheerder en er spelen kinderen buiten."),
        ("Er is brand in de flat aan de Lindelaan, de vlammen slaan uit het raam. Die brand is nog "
         "niet geblust en er zitten mensen op het balkon."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Older misses by class (issue 12, recall10, critical-dev12's; our own words): a battery that
 * smokes, hisses or bangs; one under a restraining order who announces coming; a crumbling
 * structure (a loose thing's words); a block or a plate in a compound on the road; a rail
 * crossing as where traffic is. Each was below critical before; the look-alikes stay below. */
static void recall10_older_misses_by_class(void **state) {
    (void)state;
    static const char *const critical[] = {
        "De powerbank van mijn zoon ligt op zijn bed te sissen en wordt heet.",
        "Mijn ex heeft een straatverbod maar appt dat hij morgen de kinderen komt halen.",
        "Boven de ingang van de school is de gevel afgebrokkeld en de kinderen lopen eronder door.",
        "Midden op de rijbaan ligt een betonblok, auto's moeten uitwijken.",
        "De slagboom bij de spoorwegovergang blijft open staan terwijl de bellen rinkelen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Waar kan ik de oude accu van mijn scooter inleveren?",
        "Mijn telefoonbatterij is leeg en de powerbank laadt niet op.",
        "Mijn ex heeft een contactverbod, mag hij volgende maand op de diploma-uitreiking komen?",
        "De verf op het hek brokkelt af, kan het geschilderd worden?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Misses of the message sets by class (issue 12, recall10; our own words): a visit announced
 * with a gun, a blade or fuel to a place; a younger brother or sister hit at home; a truck as
 * traffic where lights give green both ways; lights flashing in the rush hour told as one word.
 * Each was below critical before; the look-alikes stay below. */
static void recall10_message_misses_by_class(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn neef belt: als hij vandaag zijn geld niet krijgt komt hij met een bijl naar het "
         "loket."),
        "Mijn broertje (10) vertelde dat hij door zijn vader geslagen wordt.",
        "Een vrachtwagen reed tegen het verkeerslicht, nu geeft het groen voor beide richtingen.",
        "De verkeerslichten bij de rotonde knipperen, het is spitsuur.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik kom morgen met mijn mes naar de kapper om mijn haar te laten knippen, mag dat?",
        "Wij nemen morgen een jachtgeweer mee naar de schietvereniging, komen jullie ook kijken?",
        "Mijn broertje heeft een klap gehad met voetbal en heeft nu een blauwe knie.",
        "De vrachtwagen die ons afval ophaalt rijdt altijd te hard door de wegversmalling.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Dead wood is a tree's state, not a loss grieved: no sadness (user check 6: "heeft een dode
 * tak" was sadness); a death of a person still is. */
static void dead_wood_is_no_grief(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De eik in ons plantsoen heeft een paar dode takken boven het fietspad.",
        "Tussen de rozen in het park staan alleen nog dode struiken.",
        "Die dode bomen langs de singel kunnen ze beter weghalen.",
    };
    for (size_t i = 0; i < sizeof(calm) / sizeof(calm[0]); i++) {
        cJSON *d = classify(calm[i], NULL);
        if (array_has(cJSON_GetObjectItem(d, "emotions"), "sadness"))
            fail_msg("sadness in: %s", calm[i]);
        cJSON_Delete(d);
    }
    cJSON *d = classify("Mijn vader is dood en ik weet niet wat ik moet regelen.", NULL);
    assert_true(array_has(cJSON_GetObjectItem(d, "emotions"), "sadness"));
    cJSON_Delete(d);
}

/* The suicidal families the blind writers told in new words every round (issue 12, session 19),
 * composed of their parts: a death that would come welcome, a means kept and dwelt on, the
 * method asked for oneself, a farewell and no more of me, deregistered with nowhere to go, the
 * plan known for a time, a fall threatened on a loss, no way out but the one. Each with the
 * look-alike that shares its words: traffic blamed, a grandfather's gun remembered, a rope in
 * the street, a train asked for a trip, a library closing, a move abroad, a chore planned, a
 * joy jumped for, a safety question, a bus that picks one up. */
static void suicidal_families_by_their_parts(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Soms hoop ik dat de tram me gewoon schept, dan is het maar klaar.",
        "Als de Heer mij deze week komt halen, vind ik het niet erg.",
        "Er ligt een strop op zolder. Ik denk er elke nacht aan.",
        "Er ligt een geweer in de schuur van mijn oom. Ik kijk er elke avond naar.",
        "Ik heb scheermesjes gekocht en ze liggen klaar. Niemand weet het.",
        "Hoe lang duurt het om te verdrinken in de Maas? Ik wil niet dat iemand me redt.",
        "Beste mevrouw van het loket, dank voor alles. U hoort niets meer van mij.",
        "Kunt u mijn dossier sluiten? Ik heb geen adres meer nodig.",
        "Ik heb alles uitgedacht. Morgenochtend, voordat de kinderen wakker zijn.",
        "Als ze mijn kinderen afpakken, spring ik.",
        "Ik zie geen andere uitweg meer, op die ene na.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Als die bus me raakt op dat kruispunt zonder zebrapad, is het de schuld van de gemeente.",
        "Mijn opa had een jachtgeweer, ik denk er vaak aan hoe hij ging jagen.",
        "Er ligt al weken een touw over de stoep, ik kijk er elke dag naar.",
        "Welke trein stopt niet op station Zuid? Ik wil het weten voor vanavond, ik moet naar "
        "Breda.",
        "Vaarwel oude bibliotheek, ik kom niet meer nu jullie dicht gaan.",
        "Graag mijn uitschrijving regelen per vrijdag. Ik verhuis naar Spanje, geen nieuw adres "
        "nog.",
        "Ik heb het allemaal uitgedacht: morgen zet ik de container aan de straat.",
        "Als ik uit mijn huis word gezet, spring ik een gat in de lucht als ik een nieuw huis "
        "krijg.",
        "Is het waar dat je van koolmonoxide ongemerkt inslaapt? Ik heb een geiser in de badkamer.",
        "Ik hoop dat de bus me morgen op tijd ophaalt.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 20 (suicidal10): the families suicidal-dev20's writer told in words the
 * rules did not have, written again in other words: the condition's stopping verb first, a
 * burden that ends with me, the way to die asked in the second person with one's own stake,
 * a cut told short, money given away beside one's funeral paid, another's jump from a thing
 * named, another's pills taken with an end in it, the writer at the edge looking down. Each
 * critical text is below critical on the rules before this session but one burden the words
 * model already found; each look-alike stays below. */
static void suicidal_families_of_a_new_writer(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Als mijn uitkering maandag niet binnen is, dan stap ik eruit. Ik meen het.",
        "Als de jeugdzorg mijn zoon niet terugbrengt, hoef ik niet meer.",
        "Als ik geen kamer krijg, stop ik ermee, echt waar.",
        "Ik ben voor de zorg alleen maar een kostenpost, dat weet ik. Ik bespaar jullie dat.",
        "Als ik er niet meer ben hoeft de gemeente geen bijstand meer te storten, dat scheelt.",
        "Merk je het als je in de vaart springt in januari? Ik hoop dat het snel voorbij is.",
        "Hoeveel seconden heb je als je op de rails ligt en de sneltrein komt? Ik moet het weten "
        "voor vannacht.",
        "ik weer pols gesneden vannacht. veel bloed. niemand weet",
        "Vanmorgen mijn spaargeld overgemaakt naar mijn broer en mijn crematie vooruitbetaald. "
        "Het is goed zo.",
        "Mijn buurjongen vertelde dat hij morgen van de hijskraan springt.",
        "Mijn broer appte dat hij al zijn pillen heeft geslikt en nu eindelijk rust heeft.",
        "Ik sta op de bovenste laag van de parkeergarage bij het station. Ik kijk naar beneden.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Als de contributie weer omhoog gaat, stap ik eruit bij die vereniging.",
        "Als ik het geld terugkrijg, hoef ik niet meer.",
        "Als mijn dochter haar diploma haalt, stop ik ermee met de oppas.",
        "Na dit weekend hoeft niemand mij nog te helpen, dan gaat het gips eraf.",
        "De parkeervergunning kost alleen maar geld, maak het de bewoners makkelijker.",
        "Hoe lang duurt het voor de trein remt als je op het spoor staat? Ik vraag het voor mijn "
        "opleiding tot machinist.",
        "Is het gevaarlijk als je in het water springt bij de haven? Ik wil niet dat het pijn "
        "doet aan mijn knie.",
        "Bij het snoeien heb ik in mijn been gesneden, bloed overal.",
        "Ik heb mijn spaargeld overgemaakt naar mijn kleinkinderen als schenking en mijn uitvaart "
        "betaald.",
        "Mijn zoon zei dat hij van de duikplank springt bij het zwembad.",
        "Mijn moeder zei dat ze haar pillen heeft genomen zoals de dokter zei.",
        "Ik sta op het dak om de schotel te richten en kijk naar beneden.",
        "Wij organiseren een avond over zelfmoord in de buurt, mag dat in het buurthuis?",
        "Mag een overledene na zelfmoord in de kerk opgebaard worden?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 20 (suicidal10): the burden that ends with me in the forms of two more
 * rounds: relief told after a near time with a reassurance (below critical before this
 * commit), the cost lifted from the others; each look-alike stays below. */
static void burden_ended_in_two_more_forms(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Ik ben voor mijn kinderen alleen maar zorg, ik ga ze daarvan verlossen.",
        "Maak u maar geen zorgen over de huur, na dit weekend heb ik nergens meer last van.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Maak je maar geen zorgen, na deze week heb ik nergens meer last van, dan is de operatie "
        "achter de rug.",
        "Mijn hond kost alleen maar geld, ik ga hem verlossen van zijn pijn bij de dierenarts.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 21 (suicidal11): the suicidal families in the forms round 22's writer used
 * (suicidal-dev21, messages-dev22), each as a class in other words: an end made "aan mezelf" and
 * in a dialect's "ind", a last day promised to oneself, one's own funeral beside a decision that
 * names nothing, a goodbye to all with "dat was het dan" or "ik heb het gehad.", "not their
 * fault" with an end at a near time, a prayer that I stop, a pet placed and a device wiped, not
 * getting up again asked with life worn out, dressed wrists with the harm again, finishing "it"
 * oneself with a means shown, and the life wish told a word a sentence. Each was below critical
 * before (the last but one critical as a threat, not a suicidal statement); each look-alike
 * (idiom, frustration, campaign, news, fiction, funeral, school, recovered) stays below. */
static void suicidal_families_of_round22(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Als de kinderen slapen maak ik een eind aan mezelf.",
        "Ik kan neet mier. Vannacht maak ik der een ind aan.",
        "Zondag wordt mijn laatste dag, dat heb ik mezelf beloofd.",
        ("Wie regelt mijn uitvaart als er geen familie is? Het is voor deze week, mijn besluit is "
         "genomen."),
        "Doei allemaal, dat was het dan.",
        "Vaarwel iedereen. Ik heb het gehad.",
        "Zeg maar tegen jullie dat het niet aan jullie lag. Straks wordt alles stil.",
        "Elke avond hoop ik dat ik ophoud, gewoon ophoud.",
        "Mijn hond is naar het asiel en mijn telefoon gewist.",
        ("Hoe lang duurt het als je in de sneeuw gaat liggen en niet meer opstaat? Ik ben het "
         "bestaan zat."),
        "Hij heeft pleisters op zijn polsen en zegt dat hij het vanavond weer doet.",
        "Hij zei dat hij het zelf gaat afmaken en liet een strip pillen zien.",
        "Ik. Wil. Niet meer. Leven.",
    };
    for (size_t i = 0; i < sizeof(critical) / sizeof(critical[0]); i++) {
        EXPECT_URGENCY(critical[i], NULL, "critical");
        cJSON *d = classify(critical[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!array_has(reasons, "suicidal statement: ") && !array_has(reasons, "self-harm"))
            fail_msg("%s: no suicidal family", critical[i]);
        cJSON_Delete(d);
    }
    static const char *const calm[] = {
        "Ik maak een eind aan mijn gesnoep, dat heb ik mezelf beloofd.",
        "Dit is mijn laatste week met die oude fiets, heb ik mezelf beloofd.",
        "Ik heb het gehad met jullie regels. Vaarwel, ik zoek het zelf wel uit.",
        ("Onze campagne vraagt wat je zegt tegen iemand die een eind aan zichzelf wil maken. Mag "
         "de poster in het buurthuis?"),
        "Op het nieuws: een man maakte een einde aan zichzelf op het station. Komen er hekken?",
        ("In mijn roman maakt de hoofdpersoon een einde aan zichzelf. Mag ik in de bibliotheek "
         "voorlezen?"),
        "Wie regelt de uitvaart van mijn oom? Het is voor deze week, de familie heeft al besloten.",
        ("Ik heb voor mijn uitvaart besloten dat ik gecremeerd wil worden. Kan dat volgende week "
         "vastgelegd worden?"),
        ("Voor zijn werkstuk vraagt mijn zoon hoe lang het duurt voordat je onderkoeld raakt als "
         "je in de sneeuw ligt."),
        "Twee jaar geleden wilde ik een eind aan mezelf maken, nu gaat het goed met me.",
        "Ik hoop dat ik ophoud met roken voor de zomer.",
        "Ze heeft verband om haar polsen na de operatie aan haar pezen, morgen weer naar de fysio.",
        "Ik ga de schutting zelf afmaken, de aannemer komt niet meer.",
        "Dag allemaal, dit was het dan voor dit seizoen, tot volgend jaar bij de volkstuin!",
        "Mijn kat is naar het asiel en mijn laptop gewist, want ik verhuis naar Spanje.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 22 (suicidal12): a farewell, in person or by a message, or a last word, and
 * then no answer, no open door, no one who knows where: a third-person signal (the lead's class:
 * a son's farewell on an app and a phone no longer answered came out normal). Each text below was
 * below critical before; the look-alikes (a station, a leaving party, a holiday off the phone, a
 * funeral, an idiom, a move, a job's farewell mail) stay below. */
static void farewell_then_no_answer(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn vriendin nam per sms afscheid van me. Ze neemt niet meer op.",
        "De buurvrouw zei gisteravond 'ik doe het', sindsdien doet ze de deur niet open.",
        ("Een vader belt: zijn dochter heeft via TikTok afscheid genomen en neemt niet meer op, "
         "hij weet niet waar ze is."),
        "Hij heeft ons gisteravond gedag gezegd en doet vandaag de deur niet meer open.",
    };
    for (size_t i = 0; i < sizeof(critical) / sizeof(critical[0]); i++) {
        EXPECT_URGENCY(critical[i], NULL, "critical");
        cJSON *d = classify(critical[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!array_has(reasons, "suicidal statement: "))
            fail_msg("%s: no suicidal family", critical[i]);
        cJSON_Delete(d);
    }
    static const char *const calm[] = {
        "We namen afscheid op het station, nu zit hij in de trein en is hij even onbereikbaar.",
        "We hebben op Schiphol afscheid genomen, ze zit nu in het vliegtuig dus ze is "
        "onbereikbaar.",
        "Mijn collega nam vrijdag afscheid met een receptie, zijn telefoon staat nu uit.",
        "Ik heb afscheid genomen van mijn werk en zet mijn telefoon uit: drie weken vakantie!",
        "Ik neem afscheid van mijn mobiel: twee weken vakantie, ik ben niet bereikbaar.",
        "We namen afscheid van oma in het rouwcentrum; mijn telefoon stond uit tijdens de dienst.",
        ("Ik heb allang afscheid genomen van het idee dat jullie terugbellen, de klantenservice "
         "neemt nooit op."),
        "Ik neem afscheid van mijn oude auto, de garage neemt niet op.",
        ("Mijn buurman is verhuisd en heeft netjes afscheid genomen, zijn oude nummer is niet meer "
         "bereikbaar."),
        "Mijn consulent nam afscheid en haar opvolger is onbereikbaar, wie helpt mij nu?",
        ("Mijn collega stuurde een afscheidsmail omdat ze een nieuwe baan heeft, haar "
         "werktelefoon is nu uit."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 22 (suicidal12): a means taken along or to one's own room, today or "for when
 * it no longer goes", and a dead one's medicines counted (means by class). Each text below was
 * below critical or critical without a suicidal reason before; the look-alikes (a hunt, a
 * picnic, a trip, the care of the day, a tent, pills handed in) stay below. */
static void means_taken_along_or_counted(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Het geweer van mijn oom lag in de kluis, de code wist ik. Ik heb het vanmiddag "
        "meegenomen.",
        "De pillen van mijn overleden moeder liggen nog in de kast. Vanmiddag heb ik ze geteld.",
    };
    for (size_t i = 0; i < sizeof(critical) / sizeof(critical[0]); i++) {
        EXPECT_URGENCY(critical[i], NULL, "critical");
        cJSON *d = classify(critical[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!array_has(reasons, "suicidal statement: "))
            fail_msg("%s: no suicidal family", critical[i]);
        cJSON_Delete(d);
    }
    static const char *const calm[] = {
        "Mijn vader heeft vandaag zijn jachtgeweer meegenomen naar de jacht in Drenthe.",
        "Ik heb vanochtend een mes meegenomen om brood te snijden bij de picknick.",
        "Ik heb vanochtend het mes meegenomen om de taart te snijden op het feest van de buurt.",
        "Mijn oma heeft vandaag haar pillen meegenomen naar de dagbesteding.",
        "We hebben vanavond een touw meegenomen voor de tent.",
        "Ik heb vandaag het touw meegenomen voor de vlaggenmast bij de scouting.",
        ("Ik heb de medicijnen van mijn overleden moeder geteld, waar kan ik ze inleveren bij de "
         "apotheek?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 23 (suicidal13): the critical texts of one class must each be critical with a
 * suicidal reason, and its look-alikes stay below critical. */
static void expect_all_suicidal(const char *const *texts, size_t n) {
    for (size_t i = 0; i < n; i++) {
        EXPECT_URGENCY(texts[i], NULL, "critical");
        cJSON *d = classify(texts[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!array_has(reasons, "suicidal statement: "))
            fail_msg("%s: no suicidal family", texts[i]);
        cJSON_Delete(d);
    }
}

/* Issue 12, session 23 (suicidal13): going where no post or bills come (veiled statements by
 * class): the writer, or the "hij" of a note, will be where the post, the bills or the reminders
 * no longer come, or needs no address or appointment any more, for good. Each text below was
 * below critical before; the look-alikes (a holiday island, a campsite, a move, a care home, a
 * hospital, a hospice, a street the post skips, a pension, a club quit, a car sold, a father's
 * death) stay below. */
static void going_where_no_post_comes(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Ik ga ergens heen waar geen post meer komt.",
        "Vanaf zondag zit ik op een plek waar geen brieven van jullie meer komen.",
        "vanaf morgen ben ik ergns waar geen rekenigen komen",
        ("Meneer zegt dat hij binnenkort ergens is waar geen aanmaningen meer komen, de huur mag "
         "naar de volgende huurder."),
        "Na vrijdag heb ik nergens meer een adres voor nodig. Nooit meer.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik ga drie weken naar een eiland waar geen post komt, kunt u mijn post bewaren?",
        "Op de camping waar we heen gaan komt geen post, stuur het maar per mail.",
        "Wij zitten deze zomer op een berghut waar geen post komt.",
        "Ik verhuis naar Spanje, de rekeningen kunnen naar de nieuwe bewoner.",
        "Ik ben naar een plek verhuisd waar geen post komt, mijn brievenbus is weg.",
        "Mijn huur hoeft vanaf volgende maand niet meer betaald, ik ga in een verpleeghuis wonen.",
        "Stuur de post maar naar mijn broer, ik lig drie weken in het ziekenhuis.",
        "Mijn opa gaat naar een plek waar geen post komt: het hospice. Kan de post naar mij?",
        ("Ik woon in een straat waar geen post meer komt sinds de bezorger ziek is, wanneer komt "
         "er een nieuwe?"),
        "Ik zoek een plek waar geen rekeningen komen, haha, was het maar zo'n makkelijk leven.",
        "Met pensioen! Ik heb nergens meer een wekker voor nodig, nooit meer.",
        "Ik heb mijn lidmaatschap bij de club beeindigd, nergens meer een pasje voor nodig, nooit "
        "meer.",
        "Ik heb nergens meer een parkeervergunning voor nodig, mijn auto is verkocht.",
        ("Mijn vader is overleden, zijn huur hoeft niet meer betaald en de rekeningen kunnen naar "
         "de "
         "nieuwe bewoner."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 23 (suicidal13): the last of one's losses (hopeless intent by class): what a
 * life rests on listed as gone and the writer added as the next to go, with a time or a word that
 * means it, in a list, a telegram or a row of short clauses. Each text below was below critical
 * before; the look-alikes (a loss shared, "ik ook"; a loss feared; a move, a new job, a pension,
 * a holiday; one's patience gone; a bicycle stolen) stay below. */
static void the_last_of_ones_losses(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Baan weg, huis weg, vrouw weg. En straks ik ook, vanavond nog.",
        "uitkering stopgezet. kamer kwijt. ik ook weg binnenkort, echt waar",
        "Eerst mijn werk kwijt, toen mijn huis kwijt, nu ga ik zelf ook. Vanavond.",
        "a) woning: weg\nb) kinderen: weg\nc) ik: binnenkort ook",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn buren zijn weg naar Spanje en binnenkort ik ook: ik verhuis naar Delft.",
        "Mijn collega's zijn weg bij de gemeente, en straks ik ook, ik heb een nieuwe baan.",
        "Mijn fiets is weg, mijn auto is weg, wat is dit voor buurt?",
        "Mijn buurman is zijn uitkering kwijt en ik ook, wat moeten we nu?",
        "De toeslag van mijn zus is stopgezet en ik ook, echt belachelijk.",
        "Mijn buurman is zijn huis kwijt, ik straks ook, want de huur gaat omhoog.",
        ("Mijn man is al weg naar zijn werk en ik ook straks, dus de monteur moet voor acht uur "
         "komen."),
        "Mijn vriendin is haar baan kwijt, ik ook, deze week nog ontslag gekregen.",
        "Mijn werk is weg, ik ook binnenkort: ik ga met pensioen.",
        "Het geld is weg en mijn geduld ook, ik ook straks klaar met dit loket.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 23 (suicidal13): exhaust or charcoal smoke as a means, by class: the car left
 * running in a shut garage or shed told as what one will do (first person or an agent's note),
 * charcoal with the gaps sealed or lit in one's bedroom, a hose for the exhaust taken somewhere
 * remote. Each text below was normal before; the look-alikes (a barbecue, a drawing lesson, a car
 * warmed up with the door open, a car idling outside, gaps taped against a draught or to paint, a
 * car put away before a storm, a hose for the horses' water, coal in a stove asked about) stay
 * below. */
static void exhaust_or_charcoal_as_a_means(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Vanavond laat ik de auto draaien in de garage met de deur dicht.",
        ("Dhr. zegt dat hij vannacht zijn auto in de schuur laat lopen, de deur op slot, dan is "
         "het "
         "klaar."),
        "ik heb houtskool gehaald en de kieren van de badkamer afgeplakt",
        ("Mijn broer heeft een zak houtskool en ducttape op zijn kamer, de ramen zijn afgeplakt en "
         "hij doet niet open."),
        "Ik heb een zak houtskool gekocht en ga hem vannacht in mijn slaapkamer aansteken, ramen "
        "dicht.",
        "Ik rij straks naar een stil stuk bos met een slang voor de uitlaat.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik heb houtskool en aanmaakblokjes gekocht voor de barbecue zaterdag.",
        "Voor de tekenles heb ik houtskool en tape gekocht.",
        "Mijn man laat de auto in de garage warmdraaien met de deur open.",
        ("De buurman laat zijn auto elke ochtend tien minuten stationair draaien voor de deur, "
         "stank!"),
        "We plakken de ramen af met tape om het kozijn te schilderen.",
        "Hoe kan ik de kieren van mijn badkamer afplakken tegen de tocht?",
        "Ik heb de auto in de garage gezet met de deur dicht, want er komt storm.",
        "De zak houtskool staat in de schuur, de deur zit dicht, zaterdag barbecueën we.",
        "De houtskool ligt in de schuur, ik ga zaterdag de bbq aansteken in de tuin.",
        "Mijn zoon wil kolen opstoken in de kachel in de woonkamer, mag dat?",
        ("We gaan met de auto naar het bos, de slang ligt achterin voor het water van de "
         "paarden."),
        "Ik laat de wasmachine draaien in de garage met de deur dicht, dan hoor ik hem niet.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 23 (suicidal13): a method asked with one's own stake (method questions by
 * class): where no one watches or stops one, or whether it is painless, asked "for tonight" with
 * words between. Each text below was below critical before; the look-alikes (a crossing asked
 * about for children, a bicycle shed, a stove lit tonight) stay below. */
static void method_asked_with_ones_stake(void **state) {
    (void)state;
    static const char *const critical[] = {
        "klopt het dat je met koolmonoxide gewoon inslaapt? ik wil het echt weten voor vannacht",
        "Welke overweg in de buurt is onbewaakt? Ik wil niet dat iemand me tegenhoudt.",
        "Waar is het station het minst bewaakt 's nachts, ik wil niet dat iemand mij ziet",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Is het waar dat je met koolmonoxide niks ruikt? Ik wil het weten voor vanavond, we "
         "stoken de kachel."),
        "Welke overweg is onbewaakt? Mijn kinderen steken daar elke dag over.",
        "Waar is de fietsenstalling het minst bewaakt? Mijn fiets is al drie keer gestolen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 23 (suicidal13): a gun at hand told of another (means by class, third
 * person): loaded, or beside him or her. Normal before; a hunter's gun cleaned beside him and one
 * in the safe, unloaded, stay below. */
static void a_gun_at_hand_told_of_another(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn vader heeft zijn jachtgeweer uit de kast gepakt, het ligt geladen naast hem op de "
         "bank en hij praat over mijn moeder die dood is."),
        "hij heeft het jachtgeweer van zijn vader gepakt, het ligt geladen naast hem",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn man maakt zijn jachtgeweer schoon voor de jacht, het ligt naast hem op tafel, is "
         "dat "
         "toegestaan?"),
        "Mijn vader is jager en heeft een vergunning, zijn geweer ligt in de kluis, niet geladen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 23 (suicidal13): the moment fixed, the act unnamed (timing by class): "is het
 * genoeg." or "genoeg geweest." beside an alarm set, a date chosen or one's diary; "dan ga ik."
 * beside the act put off for someone. Each text below was normal before; the look-alikes (a
 * chore in the diary, an alarm for work beside the neighbours' music, a move put off, a farewell
 * from work, an alarm and an errand, the lawn, a visit put off) stay below. */
static void the_moment_fixed_the_act_unnamed(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Morgen om zes uur is het genoeg. Ik heb mijn wekker gezet.",
        "Ik heb een dag gekozen, de eerste van de maand. Dan is het genoeg geweest.",
        ("Meneer zegt: als zijn zoon vrijdag terug is bij zijn moeder, dan ga ik. Hij heeft het "
         "uitgesteld voor de kinderen."),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Wanneer moet de aangifte binnen zijn? Ik heb het in mijn agenda gezet, vrijdag doe ik "
        "het.",
        "zaterdag na de verjaardag van mn dochter doe ik het. staat in mijn agenda",
        ("Om tien uur is het genoeg met die muziek van de buren, ik heb de wekker gezet voor mijn "
         "werk."),
        "Ik heb de verhuizing uitgesteld voor mijn moeder, maandag gebeurt het.",
        ("Na 40 jaar is het genoeg geweest, ik heb een datum gekozen voor mijn afscheid van de "
         "zaak."),
        "Ik heb de wekker gezet om vijf uur, dan ga ik.",
        ("Ik heb het in mijn agenda gezet: zaterdag is het genoeg geweest met dat gras, dan maai "
         "ik."),
        "Mijn zus heeft haar bezoek uitgesteld voor mijn moeder, na de operatie dan ga ik.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 24 (suicidal14): joining one who died (by class): the writer, or the one a
 * note tells of, going to a close one who died or being with them again, the dead one named
 * nearby and a time or one's own hand beside it. Each text below was normal before; the
 * look-alikes (a move to a living daughter, a visit to a widowed mother, a funeral travelled to,
 * comfort of meeting again some day, a neighbour's cat fed, a son waiting in the car, a queue's
 * turn, a pet, a daughter on a platform) stay below. */
static void joining_one_who_died(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Sinds mijn vrouw vorig jaar is overleden is het huis zo stil. Ze wacht op mij, dat weet "
         "ik. Dit weekend ga ik."),
        "mn broertje is er niet meer sinds de zomer. ik kom eraan broer, niet lang meer",
        "Clte vertelt dat haar zoon vorig jaar is gestorven. Zegt: 'Ik ga naar hem toe, voor "
        "altijd.'",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn man is in mei overleden. Binnenkort ga ik weer bij mijn dochter wonen, hoe schrijf "
        "ik me om?",
        ("Mijn vader is vorige maand gestorven. Mijn moeder woont alleen, ik ga dit weekend naar "
         "haar "
         "toe om te helpen met de papieren."),
        ("Mijn vrouw is overleden, de uitvaart is vrijdag. Ik kom eraan met de trein vanuit "
         "Groningen, waar kan ik parkeren bij de aula?"),
        ("Mijn oma is vorig jaar overleden. Ik geloof dat ik haar ooit weer zie en dat ze op mij "
         "wacht, dat geeft troost. Mag ik een bankje bij haar graf zetten?"),
        ("Mijn buurman is overleden en zijn kat is alleen. Ik ga morgen naar hem toe met eten, wie "
         "regelt het dier?"),
        ("Mijn opa is gestorven en mijn zoon wacht op mij in de auto, ik moet zo weg. Waar haal ik "
         "een akte van overlijden?"),
        ("Mijn moeder is dood sinds maart. Ik sta nu al een uur bij het loket en eindelijk is het "
         "mijn beurt."),
        "Onze hond is dood, de kinderen willen binnenkort weer samen een puppy, mag dat in een "
        "huurhuis?",
        "Mijn vader is overleden. Vanavond ga ik naar mijn moeder toe, zij is nu alleen.",
        "Mijn oom is vorige week overleden. Ik kom eraan met de trein, morgen ben ik er.",
        ("Mijn man is vorig jaar overleden. Op het perron zei mijn dochter: mam, wacht op mij, ik "
         "kom "
         "morgen met de trein."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 26 (joining17): joining one who died, the wish told bare ("ik wil bij hem
 * zijn", "hij wil naar hem toe") or one's coming promised ("dat ik gauw kom"), the dead one
 * nearby (killed on a road, drowned, "er niet meer is") and a resolve beside it: the means known,
 * a decision, a promise kept. Each critical text below was normal before; the look-alikes (a
 * body seen in the funeral home, a funeral tomorrow, missing her, an urn at home, a widows'
 * group, a grave visited more often, ashes scattered, a body brought home from abroad, a
 * grandmother comforted, a widowed mother helped, a dog buried) stay below. */
static void joining_one_who_died_resolved(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn man is in januari verongelukt op de A16. Ik wil bij hem zijn, ik heb mijn besluit "
         "genomen."),
        "Mijn vriendin is verdronken in de zomer. Ik wil bij haar zijn. Ik weet hoe ik dat doe.",
        ("Sinds mijn dochter er niet meer is, zeg ik haar elke avond dat ik gauw kom. Aan die "
         "belofte hou ik me."),
        ("Dhr. vertelt dat zijn zoon vorig jaar is omgekomen; hij wil naar hem toe en heeft alles "
         "uitgezocht."),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn moeder is overleden en ze ligt opgebaard in het rouwcentrum. Ik wil bij haar zijn, "
         "ik weet hoe ik er moet komen."),
        ("Mijn vrouw is overleden en de uitvaart is morgen. Ik wil bij haar zijn als de kist "
         "dichtgaat, dat heb ik haar beloofd."),
        ("Mijn vrouw is vorig jaar gestorven en ik mis haar zo. Ik wil bij haar zijn, maar dat "
         "kan niet."),
        ("De urn van mijn moeder staat bij mij thuis in de kamer. Ik wil bij haar zijn, dus die "
         "blijft hier, dat heb ik besloten."),
        ("Ik ben weduwe sinds vorig jaar. Bij de rouwgroep voor weduwen voel ik me thuis, ik wil "
         "bij hen zijn elke week, dat heb ik besloten."),
        "Mijn broer is verongelukt. Ik wil naar hem toe in het mortuarium, ik weet hoe ik er kom.",
        ("Ik heb het graf van mijn vader bezocht. Ik mis hem zo. Ik wil bij hem zijn, dus ik ga "
         "vaker, dat heb ik besloten."),
        ("Mijn moeder is overleden. Zondag brengen we haar as naar zee, ik wil bij haar zijn als "
         "we haar uitstrooien, dat heb ik besloten."),
        ("Mijn zus is verongelukt in Frankrijk. Ik wil naar haar toe, de repatriëring duurt niet "
         "lang meer."),
        ("Mijn opa is overleden. Ik kom er snel bij, ik ben al onderweg naar oma, dat heb ik "
         "beloofd."),
        ("Mijn vader is overleden en mijn moeder is nu alleen. Ik heb haar beloofd dat ik snel kom "
         "helpen met de papieren."),
        ("Mijn hond is overleden, ik wil bij hem zijn als hij begraven wordt in de tuin, dat heb "
         "ik besloten."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 24 (suicidal14): one's own death prepared for, in health and soon (arrangements
 * by class): what happens after one's own death asked, with the writer told not ill in one breath
 * with a young age or "terwijl ... niet ziek", or the thing no longer needed for long. Each text
 * below was normal before; the look-alikes (an elder's plan, a funeral insurance, a donor
 * registration, a tired body, a healthy fifty-year-old's funeral arranged ahead, a move, a will,
 * a father's death, pills as prescribed and a cremation some day) stay below. */
static void own_death_prepared_for_in_health(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Hoe zeg ik mijn abonnementen op na mijn overlijden? Ik ben 29 en niet ziek.",
        ("Dhr. (28) vraagt hoe een overlijden doorgegeven wordt, terwijl hij niet ziek is. Hij wil "
         "het deze week weten."),
        "Na mijn dood mag de woningbouw de sleutel hebben. Ik heb hem niet lang meer nodig.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Ik ben 82 en niet ziek, maar ik wil vast regelen wat er na mijn overlijden met mijn "
         "huurwoning gebeurt."),
        "Na mijn overlijden word ik begraven, daar zorg ik zelf voor met een uitvaartverzekering.",
        ("Ik ben 45 en niet ziek, en ik heb een donorcodicil. Kan mijn lichaam na mijn overlijden "
         "naar de wetenschap?"),
        "Mijn lichaam is moe, maar ik ben niet ziek; volgende week kom ik weer naar de balie.",
        "Ik ben 50. Ik ben niet ziek. Mijn uitvaart wil ik graag alvast regelen, kan dat bij "
        "jullie?",
        ("Ik verhuis volgende week en wil mijn huurhuis netjes achterlaten, moet ik de gaatjes in "
         "de "
         "muur dichtmaken?"),
        ("Na mijn overlijden wil ik het netjes achterlaten voor mijn kinderen, daarom maak ik "
         "binnenkort een testament."),
        "Mijn vader is 40 en niet ziek, maar wat gebeurt er met de huur na zijn overlijden?",
        ("Ik neem mijn pillen zoals voorgeschreven en ben niet ziek meer; na mijn overlijden wil "
         "ik "
         "wel gecremeerd worden, ooit."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 25 (suicidal15): a suicidal thought told of a year past or of "toen", and
 * the writer well now (better, stable, through it, thanks to a helper), is no statement of now
 * (the lead's check of 12-03, suicidal-dev23's recovered volunteer). Each calm text below was
 * critical before; a past attempt told as a fear now, a thought told back again, a recovery
 * opened again by a contrast and a now told in a danger's own words stay critical, as does the
 * calm after a wish with everything arranged. */
static void a_thought_then_and_well_now(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Vorig jaar heb ik serieus overwogen om een einde aan mijn leven te maken. Dankzij de "
         "praktijkondersteuner gaat het nu stukken beter."),
        ("Mw. vertelt dat ze vorig jaar suïcidale gedachten had; inmiddels gaat het goed, ze wil "
         "de POH bedanken."),
        "toen mijn man wegging wou ik niet meer leven maar gelukkig gaat t nu goed met me",
        ("Twee jaar terug heb ik geprobeerd mezelf van het leven te beroven. Met therapie ben ik "
         "er bovenop gekomen en nu help ik anderen."),
        "In 2021 dacht ik elke dag aan zelfmoord. Gelukkig is dat voorbij, dankzij het wijkteam.",
        ("Dhr. gaf aan dat hij vorig jaar dood wilde. Inmiddels is hij stabiel dankzij de GGZ, hij "
         "belt om zijn dossier te sluiten."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Vorig jaar deed ik een poging en nu voel ik het weer.",
        ("Na mijn zelfmoordpoging vorig jaar ging het even goed, maar sinds vorige week komen de "
         "gedachten terug."),
        "Vorig jaar wilde ik er een eind aan maken, en nu denk ik er weer aan.",
        "Een jaar geleden ging het beter, maar nu wil ik niet meer leven.",
        "Toen ik de brief kreeg wilde ik dood. Nu ben ik rustig, ik heb alles geregeld.",
        ("Toen ik de afwijzing kreeg wilde ik dood. Nu gaat het iets beter maar ik ben bang dat "
         "het terugkomt."),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 25 (suicidal15): what is to happen after one's death told as a wish (a
 * burial, a cremation, the ashes, the organs, the body to science, a will), "dood" the noun of
 * the death to come, is no death wished (suicidal-dev22's cremation; the lead's check of
 * session 24). Each calm text below was critical before; a death wished beside the rites, and a
 * death soon by one's own hand with the rites arranged, stay critical. */
static void wishes_for_after_ones_death(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Na mijn dood wil ik begraven worden naast mijn man. Moet ik dat ergens vastleggen?",
        "Mijn vader (88) wil na zijn dood gecremeerd worden, waar regel je dat?",
        "na mn dood wil ik dat mijn as in zee word uitgestrooid, mag dat van de gemeente",
        "Ik wil mijn lichaam na mijn dood aan de wetenschap geven. Hoe gaat dat?",
        "In mijn testament staat dat mijn neef het huis krijgt als ik dood ben.",
        ("Als ik dood ben wil ik dat mijn organen naar iemand gaan die ze nodig heeft, hoe regel "
         "ik een donorcodicil?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik wil dood. Begraaf me maar naast mijn moeder.",
        "Na mijn dood hoeven jullie me niet meer te bellen, ik ga vannacht.",
        "Na mijn dood mag de woningbouw de sleutel hebben. Ik heb hem niet lang meer nodig.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 25 (suicidal15): the method asked for oneself, by class (method questions of
 * suicidal-dev23 and -dev24): how high, how deep, how strong with drink, how much is too much for
 * a body's weight, whether a crossing is guarded at night, beside the asker's stake told short
 * (for oneself, not for another, not for a swim, not to be disturbed there, not to fail again).
 * Each critical text below was normal before; the look-alikes (a child's dose, a van's height, a
 * dive, a bicycle shed, a migraine, a camper's night, a fine, coffee for a report, pills with
 * drink asked for oneself, a forgotten dose with the pharmacy shut) stay below. */
static void the_method_asked_with_ones_stake(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Is de parkeergarage bij het station hoog genoeg? Voor mezelf.",
        "hoeveel slaappillen is teveel voor iemand van 70 kilo, ik vraag het niet voor een ander",
        "Mw. vraagt waar het kanaal het diepst is. Zegt erbij: niet om te zwemmen.",
        ("Is de overweg bij het industrieterrein 's nachts nog bewaakt? Ik wil daar niet gestoord "
         "worden."),
        "Welke medicijnen zijn het sterkst met drank erbij, ik wil niet nog een keer mislukken",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Hoeveel paracetamol is te veel voor een kind van 20 kilo? Ik vraag het voor mijn dochter.",
        "Is de parkeergarage hoog genoeg voor een busje van 2,5 meter?",
        "Waar is de plas het diepst? Mijn zoon wil er gaan duiken met zijn club.",
        ("Is de fietsenstalling 's nachts nog bewaakt? Ik wil niet dat mijn fiets weer gestolen "
         "wordt."),
        ("Welke pijnstillers zijn het sterkst tegen migraine? Ik neem ze zoals de huisarts "
         "voorschrijft."),
        ("Is de camperplaats 's nachts nog bewaakt? We willen niet gestoord worden als we daar "
         "slapen."),
        "Hoe hoog is de boete als ik te laat betaal? Ik vraag het voor mezelf, niet voor een "
        "ander.",
        "Welke koffie in de kantine is het sterkst? Ik wil mijn rapport vandaag goed doen, niet "
        "half.",
        "Mag ik paracetamol met alcohol nemen? Het is voor mezelf.",
        ("Hoeveel is te veel als ik mijn medicijnen vergeten ben? Ik vraag het niet voor een "
         "ander, "
         "de apotheek is dicht."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 26 (suicidal16): self-harm told by its wounds on one's own limbs and what
 * they are for or that they come again (suicidal-dev22 to -dev25, four writers): cuts, burn marks
 * or a bleeding dressing on an arm, a wrist, a thigh, with the tension let out, a punishment,
 * "ik heb het weer gedaan", long sleeves or no one told; and the cut told bare, again, with its
 * blood. Each text below was below critical before; the look-alikes (thorns, a cat, a blood
 * test, a kitchen knife, a tattoo, eczema, crafts, a fall, a stove) stay below, and a cut told
 * in the older words stays critical. */
static void self_harm_wounds_on_limbs_for_relief_or_again(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn dochter van 15 heeft weer snijwondjes op haar onderarmen, ze zegt dat het de "
         "spanning wegneemt."),
        ("ik heb mn bovenbeen opengehaald met een scheermesje, het helpt even maar nu bloed het "
         "door "
         "mn broek"),
        "Ben weer gaan snijden, elke nacht nu. Het verband kleurt rood.",
        ("Balie: jongeman (ca 20) toont verse sneden op zijn onderarm, zegt 'ik heb het weer "
         "gedaan', wil geen hulp."),
        "Cliënte (17) heeft brandplekken van een aansteker op haar dijen en zegt dat ze zich "
        "straft.",
        ("Mijn vriendin draagt altijd lange mouwen, gisteren zag ik de krasjes op haar polsen, "
         "niemand weet het."),
        "Ik heb mezelf gesneden in mijn armen.",
    };
    for (size_t i = 0; i < sizeof(critical) / sizeof(critical[0]); i++) {
        EXPECT_URGENCY(critical[i], NULL, "critical");
        cJSON *d = classify(critical[i], NULL);
        const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!array_has(reasons, "self-harm"))
            fail_msg("%s: no self-harm reason", critical[i]);
        cJSON_Delete(d);
    }
    static const char *const calm[] = {
        ("Mijn zoon heeft krassen op zijn armen van de braamstruiken, elke avond weer, hij speelt "
         "in "
         "het bos."),
        "Onze kat krabt expres, ik heb overal krassen op mijn armen. Kan de dierenambulance haar "
        "ophalen?",
        ("Na het bloedprikken zit er een verband om mijn onderarm en het bloedt een beetje door, "
         "is "
         "dat normaal?"),
        "Bij het koken snij ik weer in mijn vinger, het bloedt door de pleister.",
        ("Met het nieuwe koksmes snij ik elke avond de groente, mijn vingers zitten vol sneetjes "
         "maar "
         "het helpt wel."),
        "De tatoeage op mijn onderarm bloedt nog door het verband, mag ik vandaag zwemmen?",
        "Ik heb last van eczeem, mijn armen zitten vol wondjes en krabben helpt even.",
        ("Mijn dochter heeft een snijwond in haar arm van het knutselen met een mesje, ze heeft "
         "het "
         "weer gedaan: niet opgelet."),
        "Na de val van de trap zit er verband om haar pols, ze wil geen hulp aannemen.",
        "Opa heeft brandplekken op zijn arm van de kachel en wil geen hulp van de thuiszorg.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 22 (falseflag12): a danger word used for a thing or a switch, by class: a
 * supply switched off by the household itself or for the warmth, a device switched off
 * ("uitzetten" read as an eviction), a building boarded up, a dog biting its toy, a knife for
 * the bread, "kanker" as a curse (high), a process quit with the next step named. Each was
 * critical or high before this commit; each neighbour that names the danger stays. Thanks
 * given "aan" someone is a compliment (normal before). */
static void a_danger_word_for_a_thing_or_a_switch(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Het waterbedrijf heeft vanmorgen ons water uitgezet en we hebben een baby van een maand.",
        "De huisbaas heeft de verwarming uitgezet, het is hier acht graden en oma rilt.",
        "Mijn huisbaas heeft de voordeur van mijn flat dichtgetimmerd, ik kan er niet meer in.",
        "De herdershond van de overburen bijt een meisje in haar arm, kom snel.",
        "Mijn ex staat met een mes bij de voordeur te schreeuwen.",
        "Als ze mijn uitkering stopzetten stop ik ermee, voorgoed.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Bij mijn moeder is de verwarming uitgezet omdat het zo warm is, en toch is het "
         "voorschot omhoog."),
        "Wij hebben de verwarming uitgezet en nu loopt de meter toch door, hoe kan dat?",
        "Mijn dochter wordt boos als ik de tv uitzet om negen uur. Is er opvoedhulp in de wijk?",
        "Het leegstaande winkelpand op de hoek is dichtgetimmerd, maar er hangen nog posters.",
        "Onze hond bijt de hele dag op zijn knuffel en de tafelpoot.",
        "Mijn buurman komt met een mes om de appels te schillen voor de appeltaart.",
        "Als jullie mijn aanvraag weer afwijzen stop ik ermee, ik ga naar een advocaat.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const not_high[] = {
        "Wat een kanker zooi bij de glasbak, wanneer wordt het opgeruimd?",
        "Jullie kanker ambtenaren laten de stoep al maanden kapot liggen.",
    };
    expect_below(not_high, sizeof(not_high) / sizeof(not_high[0]), "high");
    EXPECT_URGENCY("Mijn buurvrouw heeft kanker en er komt geen thuiszorg meer.", NULL, "high");
    EXPECT_URGENCY("Het nieuwe plein is mooi geworden, veel dank aan de stratenmakers!", NULL,
                   "low");
}

/* Issue 12, session 22 (falseflag12): a threat another said, reported as a joke: by a verb of
 * joking ("grapte", "zei voor de grap": the whole sentence is what was joked), or by a laugh
 * told before the words and then put aside ("riep lachend: '...' Maar serieus: ..."). Each
 * was critical before this commit. A laugh alone, or put aside for the fear or for the one
 * who threatened at the door, and a joke denied stay critical. */
static void a_threat_reported_as_a_joke(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn ex riep lachend dat hij me vanavond komt afmaken.",
        "Mijn buurman riep lachend 'ik steek je neer'. Maar serieus: hij staat nu voor mijn deur.",
        "Mijn ex riep lachend 'ik maak je af'. Maar serieus, ik ben bang.",
        "Hij zei het niet als grap: 'ik steek je neer'.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn zwager riep lachend: 'Als die bladblazer nog één keer om zeven uur aangaat, maak "
         "ik hem af!' Maar serieus: mag dat zo vroeg?"),
        ("Mijn dochter grapte 'als je nog één keer mijn chips opeet, vermoord ik je'. Vanaf welke "
         "leeftijd mag ze alleen naar het zwembad?"),
        ("Mijn buurvrouw zei voor de grap dat ze de parkeerwachter gaat vermoorden. Hoe lang mag "
         "ik eigenlijk laden bij de paal?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 26 (falseflag16): words in a quotation that the writer, after the quotation
 * closes, says were not meant: both laughed, it was not meant, no need to worry, a child's fancy.
 * The quotation's closing mark ends the sentence that holds the danger's words, so the scopes
 * of that sentence never reached what follows. Each calm text was critical before this commit.
 * A threat laughed off by the one threatened and then told real (at the door, a knife, fear),
 * or only said laughing, stays critical. */
static void quoted_words_told_not_meant(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn oom zei op de verjaardag: 'Als die windmolen er komt, steek ik hem in de fik!' We "
         "lagen allemaal dubbel. Wanneer is de inspraakavond?"),
        ("'Ik steek je nog eens neer als je mijn parkeerplek inpikt', zei mijn collega, en toen "
         "lachten we allebei. Komen er meer parkeerplaatsen bij het kantoor?"),
        ("Ik schreef in de chat 'ik sla die automaat kort en klein'. Dat was dom van me, ik meende "
         "het niet. Wel wil ik mijn geld terug."),
        ("Mijn dochtertje zei: \"Als het plafond naar beneden valt, kunnen we de sterren zien!\" "
         "Schattig, maar er zit wel een natte plek. Kan iemand kijken?"),
        ("Mijn broer riep: \"Ik steek dat hele kantoor in de fik als mijn toeslag weer te laat "
         "is.\" Hij is de rustigste man die ik ken, maak je geen zorgen. Wanneer wordt de toeslag "
         "betaald?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn ex zei vanavond 'ik maak je af' en ik lachte het weg, maar nu staat hij voor de "
        "deur.",
        "'Ik steek je neer', zei mijn buurman vanavond, en we lachten, maar ik ben bang voor hem.",
        "Mijn vriend zei net 'ik steek je neer' en ik lachte erom. Nu heeft hij een mes in zijn "
        "hand.",
        "Hij zei lachend 'ik maak je af'.",
        ("Mijn collega riep 'het archief staat in brand!' en we lachten, want het was een "
         "oefening. "
         "Maar nu ruik ik echt rook in de gang en het alarm gaat."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 26 (falseflag16): a follow-up that closes with the writer's verdict that all
 * is safe again or that nothing more need be done ("alles is veilig.", "u hoeft niets meer te
 * doen."), as the last words of a sentence; the text's last sentence holds it anywhere when no
 * contrast is in it. Each calm text was critical before this commit. A danger ended only in part,
 * a verdict of the writer alone with others still inside, and one said by another and then
 * contradicted, stay critical. */
static void an_update_that_all_is_safe_again(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Nog even over mijn melding van vanmiddag over de gaslucht bij de Ruysstraat: de monteur "
         "is "
         "langs geweest, het was een open gasfles op een balkon, alles is veilig."),
        ("Over de gaslucht in het portiek van vanochtend: de netbeheerder is er geweest, het was "
         "een "
         "lekkende leiding in de kelder en die is dicht. U hoeft niets meer te doen."),
        ("Het meisje dat ik vanmiddag alleen op straat zag huilen is bij haar tante, die woont "
         "twee "
         "deuren verder. U hoeft niets meer te doen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Update over de gaslucht in de Beukenlaan: het lek bij nummer 4 is gedicht, maar bij "
         "nummer 6 ruikt het nog steeds sterk naar gas."),
        ("Er komt rook uit de flat en er zitten nog mensen binnen. Alles is veilig met ons, maar "
         "de "
         "buren zitten nog binnen."),
        ("Er komt zwarte rook uit de flat van mijn buurvrouw. Alles is veilig zegt de huismeester, "
         "maar ik hoor haar binnen roepen."),
        ("Er komt rook uit het huis van de buren en de oude man woont daar alleen. De huismeester "
         "zegt dat u niets meer hoeft te doen, ik hoor hem nog binnen hoesten."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 27 (falseflag17): a frame stated once covers the text. A screenplay's heading,
 * the writer's own radio play, a news report of others by its source or a drill announced ahead
 * ("frame-text:") sets the danger told in the sentences after it, to the end of the paragraph, in
 * another world (classify.c text_framed). Each calm text was critical before this commit. A text
 * that turns from the frame to the writer's own here and now ("Maar nu echt: ...", "Bij ons ...
 * nu"), a danger in a new paragraph, a harm told real with help called, and a frame only asked
 * about stay critical. */
static void a_frame_stated_once_covers_the_text(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("SCÈNE 4. EXT. PARKEERGARAGE, AVOND. Uit een geparkeerde auto slaan vlammen en er ligt "
         "een "
         "man bewusteloos naast de trap. Mag onze filmploeg in de garage aan de Kruisstraat "
         "draaien?"),
        ("Voor mijn hoorspel zoek ik het geluid van een ontploffing. De buurvrouw ruikt gas in het "
         "trappenhuis en dan ontploft de meterkast. Heeft de brandweer opnames die ik mag "
         "gebruiken?"),
        ("Volgens de regionale omroep is in een dorp bij Utrecht een balkon naar beneden gekomen. "
         "Twee voorbijgangers raakten gewond en de flat is ontruimd. Worden de balkons in onze "
         "wijk "
         "ook gekeurd?"),
        ("Volgende week donderdag is er een ontruimingsoefening in onze flat. Er komt dan rook uit "
         "het trappenhuis en er liggen mensen op de galerij die niet kunnen lopen. Moeten we zelf "
         "iets regelen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Voor mijn roman zoek ik uit hoe een gaslek ruikt. Maar nu echt: in mijn keuken ruikt het "
         "sinds een uur sterk naar gas."),
        ("Las vanochtend op internet over een flat waar de balkons loszitten. Bij ons hangt nu ook "
         "een balkonhek los boven de stoep waar de kinderen spelen."),
        ("Volgens de krant was er brand in de haven.\n\nEr komt rook onder de deur van de buren "
         "vandaan en niemand doet open."),
        ("Vandaag houdt de brandweer een oefening bij de school. Er is een kind echt gevallen en "
         "bewusteloos, de ambulance is gebeld."),
        ("Is dit een oefening? Er komt rook uit de kelder van de school en de kinderen zitten nog "
         "binnen."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 27 (falseflag17): false critical flags by class, each calm text critical before
 * this commit: the gas leak back and the danger told over by their own all-clear (the leak closed,
 * the people let back in, a false alarm told bare right after); words quoted as what someone used
 * to say; despair of a service or a procedure named after "niet meer zitten met"; where one can
 * park or put a thing asked after "wil weten waar"; a Portuguese greeting; a rope for a game; a
 * film shown by a club; bruises with a medical cause. Their critical neighbours stay: the smell
 * back after the repair, people not yet let in, a threat said now or with the one at the door, a
 * life or debts despaired of, where one lives known, a rope ready with a farewell, bruises with a
 * child's fear, a bomb at a door. */
static void false_flags_by_class_round_27(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Nog even over de gaslucht in de kelder van onze flat: de monteur van Stedin heeft het lek "
        "gevonden en gedicht, we mochten weer naar binnen.",
        "Het gaslek bij ons in de straat van vannacht is gemaakt en we mogen weer naar binnen.",
        "Ik dacht dat de gaslucht in de keuken weer terug was. Nee, loos alarm.",
        "'Ik steek die hele raad nog eens in brand', riep mijn oom vroeger altijd bij de "
        "verkiezingen. Waar kan ik stemmen?",
        "'Ik schiet die parkeerwachter nog eens neer', zei mijn vader altijd als hij een bon "
        "kreeg. Hoe zeg ik zijn vergunning op?",
        "Ik zie het echt niet meer zitten met die eindeloze bezwaarprocedure, al acht maanden geen "
        "besluit.",
        "Ik zie het niet meer zitten met jullie klantenservice, drie keer doorverbonden en niemand "
        "weet het.",
        "Bom dia! Ik woon sinds kort in Delfshaven en zoek een cursus Nederlands.",
        "Nieuwe bewoners, wonen hier sinds kort, willen weten waar ze het grofvuil kwijt kunnen.",
        "Het touw ligt al klaar voor het touwtrekken op het schoolfeest, mogen we het veld "
        "gebruiken?",
        "Onze filmclub wil een oorlogsfilm vertonen in het buurthuis, daarin worden mensen "
        "vermoord. Mag dat?",
        "Mijn moeder van 84 heeft overal blauwe plekken door de bloedverdunners. Kan de "
        "wijkverpleging vaker langskomen?",
        "Mijn dochter van 6 heeft blauwe plekken van de bloedverdunners die ze na haar operatie "
        "kreeg. Wij willen een gehandicaptenparkeerkaart.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Het lek is gisteren gedicht, maar nu ruik ik weer gas in de meterkast.",
        "Er is een gaslek in onze straat, we moesten allemaal naar buiten en mogen nog niet naar "
        "binnen.",
        "'Ik maak je af', zegt hij altijd als hij dronken is.",
        "'Ik maak je af', zei mijn ex altijd. Nu staat hij voor de deur.",
        "Ik zie het niet meer zitten met mijn leven, alles is op.",
        "ik zie het niet meer zitten",
        "Ik zie het niet meer zitten met die schulden, ik wil er niet meer zijn.",
        "Ik weet waar je woont en ik kom je halen.",
        "Hij zei: ik weet waar je woont, ik wil weten waar je kinderen naar school gaan.",
        "Ik heb het touw al klaar liggen op zolder. Morgen ben ik er niet meer.",
        "Het buurmeisje heeft blauwe plekken en zegt dat ze van de trap is gevallen, maar ze is "
        "bang voor haar vader.",
        "Er ligt een bom bij de ingang van het stadhuis.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 28 (falseflag18): the sentence splitter ended a sentence inside a web
 * address ("volgens nu.nl is ...") and after "o.a." before a capital, so a frame or a veto of
 * the words before the stop missed the words after it. Each calm text was critical before this
 * commit. A stop with a space after it still ends its sentence ("... op nu.nl. Bij ons ..."), and
 * a danger told after an e-mail address or "o.a." stays critical. */
static void a_sentence_goes_on_past_an_address(void **state) {
    (void)state;
    char err[512];
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    assert_non_null(tn);
    const char *a = "Zag op www.ad.nl/stad en nos.nl dat het o.a. Delft trof. Mail info@x.nl. Dan";
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, a, strlen(a), 0);
    assert_int_equal(tn->ntoks, 20);
    assert_int_equal(tn->toks[0].sent, tn->toks[14].sent);      /* Zag ... o.a. Delft trof */
    assert_int_not_equal(tn->toks[14].sent, tn->toks[15].sent); /* trof. Mail */
    assert_int_equal(tn->toks[15].sent, tn->toks[18].sent);     /* Mail info@x.nl */
    assert_int_not_equal(tn->toks[18].sent, tn->toks[19].sent); /* x.nl. Dan */
    ll_textnorm_free(tn);
    static const char *const calm[] = {
        ("Volgens nu.nl is het stoplicht op de kruising in Delft kapot en het is spits. Hoe "
         "regelen jullie dat hier?"),
        ("Volgens nu.nl is in Zwolle een balkon naar beneden gekomen. Worden de balkons hier ook "
         "gekeurd?"),
        "In de film die we o.a. Zaterdag in het buurthuis vertonen wordt iemand neergestoken.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Ik las het op nu.nl. Bij ons hangt nu een balkon los boven de stoep waar de kinderen "
         "spelen."),
        "Ik mail naar info@gemeente.nl want het stoplicht op de kruising is kapot en het is spits.",
        "Er hangen bij ons o.a. Losse balkonplaten boven de stoep waar de kinderen spelen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 29 (falseflag19): more of the development sets' false flags, by class, each
 * calm text critical before this commit: one missing told found in the same sentence; a lease that
 * ends in a year to come; an order to clear an area, no household put out. Their critical
 * neighbours stay: a confused mother missing in the frost, an eviction tomorrow with nowhere to
 * sleep, a flat cleared for gas with a mother in a wheelchair still up there. */
static void found_a_year_to_come_and_an_area_cleared(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Ter info: de vermiste mevrouw van de Rozenhof is gevonden, ze zat bij haar zus. U hoeft "
         "niets meer te doen."),
        ("ons tijdelijk contract eindigt in 2028 en we moeten dan eruit, waar kan ik me nu al "
         "melden"),
        ("Vanochtend een pushbericht: 'ontruim de omgeving van de haven'. Later kwam de "
         "rectificatie. Graag uitleg."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn moeder is sinds vanmorgen vermist, ze is dement en het vriest.",
        ("Morgen moeten we eruit, de deurwaarder komt om negen uur en we hebben nergens om te "
         "slapen."),
        ("De politie ontruimt nu de flat omdat er gas lekt, mijn moeder in de rolstoel zit nog op "
         "de vierde."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 29 (falseflag19): the other development sets' false flags, by class, each calm
 * text critical before this commit: a tent fallen in another country, ours asked after; hold music
 * one would jump out of the window over; a bite whose wound has healed; a psychosis of last month,
 * the person home and well; a "bomb" that is a work of art; what the caller meant by "ontploft"
 * told by the agent. Their critical neighbours stay: a tribune fallen here with people under it,
 * a bomb at the school, a phone that exploded in one's hand, a psychotic brother with a knife, a
 * bite bleeding now. */
static void other_sets_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("In Frankrijk is een feesttent ingestort door de storm. Staan er bij ons ook zulke tenten "
         "op de kermis?"),
        ("Als ik die wachtmuziek nog één keer hoor spring ik uit het raam. Kan er iets anders "
         "op?"),
        ("Mijn dochter werd in mei door een hond gebeten; de wond is genezen. Kan ik de eigenaar "
         "aansprakelijk stellen?"),
        ("Mijn broer is vorige maand opgenomen na een psychose, maar nu is hij weer thuis en het "
         "gaat goed. Hoe vraag ik begeleiding aan?"),
        ("mw belt: las in de buurtapp dat er 'een bom' in het park ligt. Bij navraag: een "
         "kunstwerk in de vorm van een bom."),
        "mw: 'mijn telefoon is ontploft' (bedoelt: scherm kapot), kan niet inloggen op de site.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Op het plein is net een tribune ingestort, er liggen mensen onder.",
        "Er ligt een bom bij de school, de politie is nog niet gekomen.",
        "Mijn telefoon is ontploft in mijn hand en mijn broek staat in brand.",
        "Mijn broer is sinds gisteren psychotisch en loopt met een mes op straat.",
        "Mijn dochter is net door een hond gebeten en bloedt heel erg.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 29 (falseflag19): two of session 28's classes left, each calm text critical
 * before this commit: heat with care already arranged for the frail one (a cool room and a daily
 * visit, a call twice a day); a ball thrown down from a balcony (a toy thrown, no balcony coming
 * down). Their critical neighbours stay: one suf in the heat with help only tomorrow, chairs thrown
 * from a balcony where children pass, a balcony's rail loose over playing children. */
static void heat_cared_for_and_a_toy_thrown(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn moeder (91) zit tijdens de hitte in een koele kamer van het verpleeghuis en de "
         "zuster komt elke dag langs. Mogen we haar op zondag meenemen naar het park?"),
        ("Mijn vader van 88 woont alleen, in de hitte belt de thuiszorg hem twee keer per dag en "
         "er staat een ventilator."),
        ("De kinderen van de buren gooien steeds een bal vanaf het balkon naar beneden, het is "
         "irritant."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Oma (90) zit in de hitte in haar bovenwoning, ze drinkt niet en is suf, de thuiszorg "
         "komt pas morgen."),
        "Mijn bovenbuurman gooit stoelen vanaf het balkon op de stoep en er lopen kinderen langs.",
        "Het balkonhek hangt los en valt zo naar beneden, er spelen kinderen onder.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 30 (falseflag20): false critical flags by class (round 30), each calm text
 * critical before this commit: a danger one means to prevent ("Ik wil niet dat hij ... ontploft");
 * a form that "valt dood" (crashes); another's death seen, and a volunteer's wish after it; one
 * missing found after a search of minutes; a child stung and seen by the doctor, and "Alleen het
 * nest ..." (only) in the next sentence; a film crew's scene with a danger in it; a temper that
 * explodes. Their critical neighbours stay: a power bank that exploded, a shed on fire after "ik
 * wil niet dat", a death wish on an eviction, no way out and a wish to die, a small child missing
 * for a quarter of an hour, a small child alone on a balcony (and "Alleen," with a comma), a car on
 * fire with people in it, a gas bottle about to blow. The broadcaster masked as a name is
 * test_names' provinces_and_their_broadcasters. */
static void false_flags_by_class_round_30(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Waar lever ik een oude powerbank in? Ik wil niet dat hij in de kast ontploft.",
        "Het aanvraagformulier valt elke keer dood als ik een bijlage wil toevoegen.",
        ("Ik heb mijn moeder in het verpleeghuis zien sterven en wil nu graag de zorg daar "
         "bedanken."),
        ("Het vermiste jongetje van drie is na tien minuten gevonden bij de vijver. Kan daar een "
         "hek komen?"),
        ("De bijenzwerm is opgehaald, het gestoken kleintje is bij de huisarts geweest. Alleen "
         "het nest onder de dakgoot moet nog weg."),
        ("Een filmploeg wil op het plein een scène draaien met een instortende gevel. Mag dat?"),
        "Mijn lontje ontploft bijna, al vier keer gebeld over mijn paspoort.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "De powerbank in de kast is net ontploft en er komt rook uit.",
        "Ik wil niet dat jullie komen, maar de schuur staat in brand en de vlammen slaan over.",
        "Ik wil dood als ik morgen mijn huis uit moet.",
        "Ik zag geen uitweg meer en wil sterven.",
        "Mijn zoontje van vier is vermist, we zoeken al een kwartier bij de vijver.",
        "Het kindje van de buren zit alleen op het balkon op vier hoog.",
        "Het kleintje zit op de stoep bij de ringweg. Alleen, al een uur, geen ouders te zien.",
        "Op het plein staat een auto in brand en er zitten nog mensen in.",
        "De gasfles staat op ontploffen, het vuur zit er vlak naast.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 30 (falseflag20; session 29's class left: the frail without help, high not
 * critical): one housebound for a missing aid "zit opgesloten in haar eigen huis" or "zit thuis
 * opgesloten" (messages-dev10, -dev27); no one "over de vloer" is a life without visitors. Each
 * calm text was critical before. Their neighbours stay: a father who does not respond, one shut in
 * a bathroom crying for help or fallen there, one on the floor with no one by her. */
static void the_frail_without_help_stay_high(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn oma (89) wacht al tien weken op een traplift en zit opgesloten in haar eigen huis. "
         "Dit is mijn derde mail."),
        "Mijn vader (90) is dement en woont alleen, zijn rollator is kapot. Hij zit thuis "
        "opgesloten.",
        "Mijn vader (90, alleen) wordt vergeetachtig. Er komt niemand bij hem over de vloer.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn vader reageert niet, de huisarts neemt niet op.",
        "Mijn vader (90) zit opgesloten in de badkamer en roept om hulp.",
        "Mijn moeder (85) zit opgesloten in de badkamer, de deur klemt en ze is gevallen.",
        "Mijn buurvrouw (88) ligt op de grond en reageert niet, er is niemand bij haar.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 30 (falseflag20, messages-dev30 136): a match from an e-mail's subject into its
 * body is vetoed by the body's words: "Dank je wel" and "die mij hielp na de dood van mijn man" are
 * thanks after a loss, not a death wish. A subject and a body that tell one stay critical. */
static void a_veto_in_the_body_reaches_the_subject(void **state) {
    (void)state;
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Dank je wel");
    cJSON_AddStringToObject(d, "text",
                            "Dank aan de consulent die mij hielp na de dood van mijn man. Binnen "
                            "een week was alles geregeld.");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_not_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
    d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Dank je wel voor alles");
    cJSON_AddStringToObject(d, "text", "Ik wil dood, ik heb de pillen klaarliggen.");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
}

/* Issue 12, session 29 (falseflag19): false critical flags by class (round 29), each calm text
 * critical before this commit: a bare cry of fire taken back by a dish burnt; a biting dog seized and
 * the child mending; a balcony fallen in another town, ours asked after; a service's phone menu or
 * app that "kills" one; a line of one's own poems; a bottle bank's bottles and glass beside it; a
 * smell of rotten eggs from a bin; needle boxes kept in a cupboard; a fire denied by "niks" after its
 * verb; a household living in the emergency shelter asking after a home; a bomb under a plan; a
 * figure said to be one after a colon; a game about a village that blows up; despair over debts a
 * year past, free of them now; a death at home asked after for a dying relative. Their critical
 * neighbours stay: a cry of fire with the flames, the dog still loose, a balcony fallen here, a rope
 * ready, a neighbour who "vermoordt me" with a hammer, a shelter's glass on a cycle path, rotten eggs
 * with a dizzy neighbour, a child shut in a cupboard, a car burning in the fire lane, an eviction
 * tomorrow with the shelter full, a bomb under a car, a threat at the door, despair then and now. */
static void false_flags_by_class_round_29(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Brand! Op het fornuis dan, de pannenkoeken zijn zwart aangebrand. Is er een kookcafe "
         "in de wijk?"),
        ("De hond die op het schoolplein een jongen beet is in beslag genomen. De jongen maakt "
         "het goed."),
        "In een naburige gemeente is een balkon ingestort. Worden onze balkons ook nagekeken?",
        "Dat keuzemenu van jullie, ik hang mezelf nog op. Kan het korter?",
        "Jullie app vermoordt me, hij logt me steeds uit. Kan dat opgelost worden?",
        ("Voor mijn dichtbundel schreef ik 'ik wil niet meer leven in dit grijs'. Mag ik "
         "voordragen in de bibliotheek?"),
        ("De glascontainer bij de Dorpsstraat zit vol, de flessen staan ernaast en er ligt glas "
         "op het fietspad waar kinderen langs fietsen."),
        ("Het ruikt in de hal naar rotte eieren, het komt van de kliko van de bovenburen. Wie "
         "ruimt dat op?"),
        ("Mijn vader heeft suikerziekte. Er liggen nu vier dozen met naalden in de kast. Waar "
         "moeten die heen?"),
        ("Voor de school staan elke ochtend auto's in de brandgang. Er brandt niks hoor, maar "
         "als het ooit moet kan de brandweer er niet door."),
        ("Mevrouw woont met haar twee kinderen al vier maanden in de noodopvang en vraagt naar "
         "een woning."),
        ("Dit besluit legt een bom onder onze plannen voor het buurthuis, honderd kinderen "
         "worden de dupe."),
        ("De buurman maakte me af op de vergadering. Figuurlijk: hij las mijn fouten voor. Kan "
         "de notulen worden aangepast?"),
        "Ik maak een spel over een dorp dat ontploft en wil de kaart met straten gebruiken.",
        ("Vorig jaar schreef ik jullie dat ik het niet meer zag zitten met de schulden. Nu "
         "schuldenvrij. Dank!"),
        "Wat moet ik regelen als iemand thuis sterft? Mijn opa is terminaal en wil thuis sterven.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Brand! De vlammen slaan uit de keuken van de benedenburen.",
        "De hond die op het schoolplein een jongen beet loopt nog los rond bij de schommels.",
        "In onze flat is net een balkon ingestort, er liggen mensen onder het puin.",
        "Ik hang mezelf nog op vanavond, ik heb het touw al klaarliggen.",
        "Mijn buurman vermoordt me, hij staat met een hamer in de gang.",
        ("Er ligt kapot glas van het bushokje over het fietspad en de kinderen fietsen er net "
         "langs."),
        "Het stinkt hier in het trappenhuis naar rotte eieren en mijn buurvrouw is duizelig.",
        "Mijn zoontje van drie zit opgesloten in de kast en ik krijg hem er niet uit.",
        "Er brandt een auto in de brandgang en het vuur slaat over naar de schuurtjes.",
        "Morgen worden we uit huis gezet en de noodopvang zit vol, ik heb twee kleine kinderen.",
        "Er ligt een bom onder de auto van de wethouder voor het stadhuis.",
        "Ik maak je af, riep de buurman, en hij staat nu met een mes voor de deur.",
        ("Vorig jaar zag ik het niet meer zitten en nu nog steeds niet, ik wil er vanavond een "
         "eind aan maken."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 28 (falseflag18): false critical flags by class (round 28), each calm text
 * critical before this commit: drowning in tasks; a spark that jumps over to people; a fright "to
 * death"; "uitzetten" of an app's messages; a CO detector told bought, not sounding; a threat
 * quoted and told to be about a game; the writer's theatre group and its play; a danger as the
 * name of a list or a register entry; a car park's barrier that does not open. Their critical
 * neighbours stay: a child drowning, a spark that sets a roof alight, a fright beside a live cable,
 * an eviction tomorrow, a detector sounding, the threat about a person at the door, heath on fire
 * near caravans, a railway crossing's barriers open. */
static void false_flags_by_class_round_28(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn dochter zegt dat ze verdrinkt in de toetsen deze week. Is de bibliotheek in het "
         "weekend open?"),
        "De vonk sloeg meteen over bij de buren, ze helpen nu allemaal mee met de geveltuin.",
        "Bij het buurtfeest sloeg de vonk over, nu willen alle kinderen op voetbal!",
        "mw belt over de sirene van maandag. 'ik schrok me dood'. uitleg gegeven.",
        ("De app geeft elke nacht een melding over mijn oude aanvraag. Uitzetten lukt niet in de "
         "instellingen."),
        ("Mijn ouders hebben sinds gisteren een CO-melder in de gang hangen, waar lever ik de "
         "oude in?"),
        ("'Ik vermoord je', riep mijn zoon naar zijn vriend, hij had het over het potje FIFA. Is "
         "er een jeugdhonk in de buurt?"),
        ("Met de toneelvereniging repeteren we een stuk over een overval met een mes (van "
         "karton). Mogen we in het park oefenen?"),
        ("Ons pand stond vroeger op de lijst van 'instortingsgevaar' na de verzakking in 1998. "
         "Moet ik dat melden bij de verkoop?"),
        "De slagboom van de parkeergarage gaat niet open en er staat een rij auto's achter me.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn zoontje is in de vijver gevallen en verdrinkt, help!",
        "Toen sloeg de vonk over naar de gordijnen en nu staat de woonkamer in brand.",
        ("Ik schrok me dood: er hangt een stroomkabel los boven het schoolplein waar de kinderen "
         "spelen."),
        ("De uitzetting is morgen om negen uur en ik heb met mijn kinderen nergens om te "
         "slapen."),
        "De CO-melder in de woonkamer gaat af en mijn moeder is duizelig.",
        ("'Ik vermoord je', riep hij, hij had het over mijn dochter en nu staat hij voor de "
         "deur."),
        "Mijn buurman dreigt met een mes, hij staat bij de toneelclub voor de deur.",
        "Er brandt een stuk heide achter de camping en de wind staat op de caravans.",
        "De slagbomen bij de overweg gaan niet dicht en de trein komt eraan.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 28 (falseflag18): a relative's will, asked after for what one inherits, is no
 * arrangement of one's own end; the danger model composed it as suicidal from its parts (a
 * farewell, a time, a person). Critical before this commit. One's own will ready beside an end
 * stays critical. */
static void another_ones_will_asked_after(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn oma heeft een testament waarin ze alles aan mij nalaat. Als ik straks bijstand heb "
         "en zij overlijdt ooit, moet ik dat dan melden? Ik woon alleen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Mijn testament ligt klaar en mijn vader weet ervan. Na vanavond hoeven jullie me niet "
         "meer te bellen."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 28 (falseflag18): a danger's all-clear in a long next sentence that opens with
 * who came to deal with it (a fitter, the council's men, the grid operator): the danger is over,
 * as when the sentence opens with "Dat lek ...". Each calm text was critical before this commit.
 * A contrast that tells the danger again, and a fitter who comes only tomorrow, stay critical. */
static void an_all_clear_told_by_who_came(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Vannacht rook het in ons trappenhuis sterk naar gas. De monteur van Stedin kwam om drie "
         "uur en heeft het lek gevonden en gedicht."),
        ("Er hing een tak los boven het fietspad bij de school. De mannen van de gemeente zijn "
         "vanochtend geweest en hebben hem weggehaald."),
        ("Er ligt een stroomkabel los op de stoep bij de speeltuin. Netbeheerder is om 10 uur "
         "geweest en heeft de kabel veilig weggewerkt."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Er hing een tak los boven het fietspad bij de school. De mannen van de gemeente hebben "
         "hem weggehaald, maar nu hangt er een tweede los boven de stoep."),
        ("Er ruikt het sterk naar gas in ons trappenhuis. De monteur komt pas morgen en heeft "
         "gezegd dat we het raam open moeten zetten."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 27 (falseflag17): the campaign posters and the exaggeration named in session 26.
 * A poster's words told as what hangs there or what it says ("hangt een poster '...'", "posters
 * met de tekst '...'") frame the suicidal families as a leaflet does; a hyperbole on one more of a
 * trifle ("Als ik nog één keer ..., spring ik uit het raam.") put aside right after ("Maar
 * serieus: ...") is no statement. Each calm text was critical before this commit. The writer's own
 * wish beside a poster, the hyperbole taken back ("ik meen het") or left standing, and a message's
 * text with its means stay critical. */
static void a_poster_or_an_exaggeration_put_aside(void **state) {
    (void)state;
    static const char *const calm[] = {
        "In de hal van het zwembad hangt een poster 'Wil je er niet meer zijn? Bel 113'. Kan er "
        "ook een bij de sporthal komen?",
        "Op het station hangen posters met de tekst 'Zie je het niet meer zitten? Bel 113'. Kan "
        "dat ook in de tram?",
        "Als ik nog één keer die wachtmuziek moet horen, spring ik uit het raam. Maar serieus: kan "
        "de wachttijd korter?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik zag die poster van 113 en ik denk aan de dood, elke dag.",
        "Als ik nog één aanmaning krijg spring ik van de brug. Nee serieus, ik meen het.",
        "Als ik nog één keer gebeld word spring ik van het dak.",
        "Mijn broer stuurde een foto van een strip pillen met de tekst 'vanavond is het klaar'.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 27 (falseflag17): suicidal words told about, not by one at risk: a figure said
 * to be one ("Bij wijze van spreken"), a report by its form or by the local paper it stood in ("een
 * reportage over", "In de buurtkrant stond een stuk over"), a wish of "jaren terug" set against a now
 * that is well. Each calm text was critical before this commit. The figure taken back ("Ik meen
 * het"), a wish told in the sentence after a report, and the wish back now stay critical. */
static void suicidal_words_told_about(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Van die wachttijd bij de Stadswinkel wilde ik mezelf ophangen. Bij wijze van spreken "
        "natuurlijk. Kan de balie langer open?",
        "Gisteren zag ik een reportage over jongeren die niet meer willen leven. Doet de gemeente "
        "iets aan preventie op scholen?",
        "In de buurtkrant stond een stuk over zelfdoding onder mantelzorgers. Waar kunnen "
        "mantelzorgers hier terecht?",
        "Ik wilde jaren terug niet meer leven, nu train ik voor de marathon. Mag ik op zondag door "
        "het park hardlopen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Van die wachttijd word ik gek en ik wil mezelf ophangen. Ik meen het.",
        ("Ik zag gisteren een reportage over de Erasmusbrug. Vanavond spring ik er zelf vanaf, ik "
         "kan niet meer."),
        "Jaren terug wilde ik niet meer leven, en nu wil ik weer niet meer leven.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 27 (falseflag17): "wapen" as a figure for a thing that is none (food held up "als
 * wapen" against birds, a smoking fire basket called "een wapen van massavernietiging"). Each calm
 * text was critical before this commit; a bottle used as a weapon and a weapon with a threat stay. */
static void a_weapon_that_is_a_figure(void **state) {
    (void)state;
    static const char *const calm[] = {
        "De kauwen in het park pikken alles weg, ik houd mijn boterham als wapen voor me. Kunnen "
        "er afsluitbare prullenbakken komen?",
        "Mijn overbuurman noemt zijn rokende vuurkorf zelf 'een wapen van massavernietiging'. Mag "
        "dat elke avond?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Hij stond voor mijn deur en gebruikte een fles als wapen, ik zit nu opgesloten in de "
        "badkamer.",
        "Mijn buurman heeft een wapen en zegt dat hij me komt halen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 27 (falseflag17): giving up on reporting ("Ik kap ermee, ik ga nooit meer een
 * melding doen", "de laatste keer dat ik de moeite neem om ... te melden"): the contact quits, not a
 * life. Each calm text was critical before this commit; a last call with a farewell and quitting
 * with the means laid out stay critical. */
static void giving_up_on_reporting(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik kap ermee, ik ga nooit meer een melding doen over die stoep. Er gebeurt toch niks.",
        "Dit is de laatste keer dat ik de moeite neem om die kapotte lamp te melden. Niemand doet "
        "iets.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Dit is de laatste keer dat ik jullie bel. Morgen ben ik er niet meer, zeg de kinderen dat "
        "ik van ze hou.",
        "Ik kap ermee. Ik heb de pillen klaargelegd en schrijf nu mijn afscheidsbrief.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, session 22 (falseflag12): the smoke of a smoker (tobacco, cannabis) is no fire for
 * the danger model's parts either, as it is none for the acute danger rule: a neighbour who
 * smokes in a flat with a baby high up composed "hazard fire" with a height and the vulnerable
 * (critical before this commit). Smoke from a meter cupboard or a cellar stays critical. */
static void a_smokers_smoke_is_no_fire_part(void **state) {
    (void)state;
    static const char *const critical[] = {
        "De meterkast rookt en er komt brandlucht uit, onze baby slaapt op de tweede verdieping.",
        "Het rookt uit de kelder van de flat, de kinderen spelen op de derde verdieping.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn bovenbuurman rookt elke avond wiet in de flat, de lucht komt in de kamer van onze "
         "baby op de tweede verdieping."),
        ("In de flat rookt de buurman de hele dag sigaretten op de galerij, mijn baby op de derde "
         "verdieping hoest ervan."),
        ("De buurvrouw in de flat rookt hasj, de geur trekt naar de kamer van de baby op de vierde "
         "verdieping."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 22 (falseflag12): a confused person's habit told of the nights ("loopt 's
 * nachts", "elke nacht") in nightclothes is a care need for this week (high), not one lost
 * outside now: critical before this commit by the nightclothes alone. One gone out tonight and
 * not found, or standing lost at a stop now, stays critical. */
static void nightclothes_as_a_habit_of_the_nights(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn opa met alzheimer is vannacht in zijn ochtendjas de deur uit gegaan en we kunnen "
         "hem niet vinden, het vriest."),
        ("Er staat een verwarde oude man in zijn pyjama bij de bushalte, hij weet niet waar hij "
         "woont."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const level_case cases[] = {
        {("Mijn moeder is dementerend en loopt 's nachts in haar pyjama over de galerij. Kan er "
          "iemand van het wijkteam langskomen?"),
         NULL, "high"},
        {("Onze tante is in de war en gaat elke nacht in haar nachthemd de tuin in. Wie kan ons "
          "helpen?"),
         NULL, "high"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Issue 12, session 22 (falseflag12): a note's closing verdict, the text's last sentence
 * opening with a judgement that no one is at risk ("Geen acuut gevaar gezien, wel zorgen.",
 * "Geen haast, maar ..."), judges all the note told: critical before this commit when the
 * danger stood two sentences before it. A verdict followed by a new danger, or asked, stays
 * critical. */
static void a_notes_closing_verdict(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bezorger meldt: op de Vinkenlaan doet de oude meneer niet open, terwijl de tv aanstaat. "
         "Geen acuut gevaar gezien. Nu hoor ik hem roepen dat hij gevallen is."),
        "Het water is afgesloten door Evides en mijn moeder van 90 kan niet drinken. Geen haast?",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Melding van de krantenbezorger: bij nummer 12 zit de brievenbus vol, de oude meneer doet "
         "niet open maar de radio speelt. Hij zwaaide gisteren nog. Geen acuut gevaar gezien, wel "
         "zorgen."),
        ("Namens de volkstuin: de waterleiding bij de schuur is afgesloten, maar de kraan druppelt "
         "nog. Het pad is nat. Geen haast, maar graag voor de vorst."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 22 (falseflag12): violence at home told as what one fled or left, the cause
 * of where one lives now, is a shelter or housing need for this week (high), not violence now:
 * critical before this commit. A flight with a threat now and a beating heard now stay
 * critical. */
static void violence_fled_is_a_housing_need(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Ik ben vannacht gevlucht voor mijn man, hij zegt dat hij me komt vermoorden en hij weet "
         "waar mijn zus woont."),
        ("Mijn buurvrouw wordt nu door haar man geslagen, ik hoor haar gillen en de kinderen "
         "huilen."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const level_case cases[] = {
        {("Mijn nicht is met haar baby gevlucht voor huiselijk geweld en slaapt nu bij ons op de "
          "bank. Kan ze voorrang krijgen op een woning?"),
         NULL, "high"},
        {("Ik ben vorig jaar weggegaan bij mijn ex omdat hij me sloeg, nu woon ik met mijn zoon in "
          "een kamer van 12 m2. Hoe lang duurt de urgentie nog?"),
         NULL, "high"},
    };
    expect_levels(cases, sizeof(cases) / sizeof(cases[0]));
}

static void eviction_verb_before_its_household(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Morgen word ik uitgezet en ik heb nog geen plek voor mijn dochter.",
        "Zaterdag worden wij eruit gezet, de brief van de rechter ligt hier.",
        "Wij worden overmorgen uitgezet. Waar moeten we heen?",
        "Donderdag wordt mijn opa uitgezet, hij is 88 en weet van niets.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Morgen wordt de straatverlichting om middernacht uitgezet, kan dat wel?",
        "Ik heb gehoord dat de fontein in het park vrijdag wordt uitgezet.",
        "Vorig jaar werden wij uitgezet, nu hebben we gelukkig weer een huis.",
        "Wordt mijn verwarming morgen uitgezet als ik niet betaal?",
        "Als ik morgen uitgezet word, waar moet ik dan heen?",
        "Is er morgen een ontruiming gepland bij het kraakpand?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, false critical flags by class (falseflag13, the lead's check of 12-03): an end or
 * a finality whose object is named right after it (a study, a game, a job, a partner, a
 * procedure) or corrected ("niet met het leven") quits a thing, not a life; the parts model,
 * the rules and the words model all read "zegt steeds dat hij er klaar mee is" as a statement.
 * The same words with life, everything or oneself as the object, or the thing denied, stay. */
static void an_end_of_a_thing_named_after_it(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Mijn zus zegt steeds dat ze er klaar mee is, met die opleiding dan, ze wil iets anders "
        "gaan doen.",
        "Mijn zoon zegt steeds dat hij er klaar mee is, met die game, hij verkoopt zijn console.",
        "Mijn vader zegt steeds dat hij er klaar mee is, met zijn werk bij de haven, hij wil "
        "eerder met pensioen.",
        "Hij wil er een eind aan maken, aan die relatie, hij zoekt nu een eigen kamer.",
        "Ik wil er nu een eind aan maken, aan die studie, ik ga liever werken.",
        "Ik wil er een eind aan maken, aan dat gedoe met die aanvraag, kunt u mij terugbellen?",
        "Ik ben er klaar mee, niet met het leven hoor, met dat eindeloze wachten op de Wmo.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik ben er klaar mee, met alles, ik wil er niet meer zijn.",
        "Ik wil er een eind aan maken, aan mijn leven, vanavond nog.",
        "Mijn broer zegt steeds dat hij er klaar mee is, met het leven, hij heeft pillen gespaard.",
        "Mijn zus zegt steeds dat ze er klaar mee is, ze wil er een eind aan maken.",
        "Ik wil er een eind aan maken, niet aan mijn baan maar aan mezelf.",
        "Sinds ik mijn baan kwijt ben wil ik er een eind aan maken.",
        "Mijn relatie is over en ik wil er een eind aan maken, vanavond nog.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, false critical flags by class (falseflag13: messages-dev13, -dev21, -dev23): a
 * danger told as over in the next sentence, that sentence opening with who answered it (de
 * brandweer, de politie) or with its outcome (niemand gewond) and telling the end (geblust,
 * inmiddels gemaakt); a fire part told over in its own sentence keeps the parts model from
 * the text. The same openings with the danger going on stay critical. */
static void a_danger_answered_and_over(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Vannacht stond er een schuurtje in brand achter de flat. Politie en brandweer waren er "
        "snel bij, het vuur is geblust. Kan het puin worden opgehaald?",
        "Vanochtend vloog de afvalbak bij de tramhalte in brand. De brandweer heeft hem geblust, "
        "er raakte niemand gewond. Wie ruimt de resten op?",
        "Mijn buurvrouw meldt dat de kliko achter het huis in brand heeft gestaan. Niemand gewond, "
        "de brandweer heeft het vuur snel geblust. Kunnen we een nieuwe kliko krijgen?",
        "Ik wil even melden dat het plafond in onze gang naar beneden is gekomen door lekkage. "
        "Niemand gewond gelukkig, de corporatie heeft het inmiddels gemaakt. Krijg ik huurkorting?",
        "Vannacht stond de schuur in brand, er was gelukkig nog niemand binnen. De brandweer heeft "
        "het geblust.",
        "De kliko van de buren stond in brand en de rook kwam nog ons huis in. De brandweer heeft "
        "geblust.",
        "Vannacht brandde er een scooter uit voor de deur; de brandweer heeft geblust en niemand "
        "is "
        "gewond. Het wrak staat er nog steeds, wie haalt het weg?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er staat een container in brand naast de flat. De brandweer is gebeld maar nog niet hier, "
        "de vlammen slaan tegen de gevel.",
        "De kliko staat in brand, de brandweer is gebeld. Niemand gewond tot nu toe maar het vuur "
        "slaat naar de schutting.",
        "Er stond een schuurtje in brand achter de flat. De politie is er, maar de brandweer moet "
        "nog komen en het vuur slaat over.",
        "Ik wil even melden dat het plafond in onze gang naar beneden is gekomen door lekkage. "
        "Niemand gewond gelukkig, maar het hangt nog half los boven de trap.",
        "Er brandt een auto op de parkeerplaats, de brandweer heeft nog niet geblust en er staan "
        "kinderen vlakbij.",
        "Het brandt in de meterkast van de buren. De brandweer is onderweg, er zitten nog kinderen "
        "boven.",
        /* the lead's review: an answer that ended a part while people are still inside */
        "Er is brand in de flat, mensen zitten nog vast op de vierde. Brandweer heeft de eerste "
        "verdieping geblust.",
        "Er brandt een flat aan de Maasboulevard, mensen zitten nog vast op de vierde. Brandweer "
        "heeft de eerste verdieping geblust, de rest nog niet.",
        "De schuur van de boerderij staat in brand. De brandweer heeft het vuur deels geblust, de "
        "koeien en de boer zijn er nog binnen.",
        /* a short next sentence's end does not hold for people still inside */
        "Het dak van de sporthal staat in brand en er zitten nog kinderen in de kleedkamer. De "
        "brandweer heeft de voorkant geblust.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* The lead's check (issue 12, 12-03): a building that burns where people sleep or live now is
 * critical, told by what they do there whoever they are ("er slapen nog seizoenarbeiders"),
 * and an answer that put out a side of it ends no danger; a lamp, a light or a stove that
 * burns is no fire, and a fire told over stays below. */
static void a_building_burning_where_people_sleep(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("In de loods naast de camping brandt het, er slapen nog seizoenarbeiders in de caravans "
         "erachter. De brandweer heeft de voorkant geblust."),
        "De garage onder de flat brandt, er slapen nog mensen boven.",
        "Op zolder brandt het en mijn oma slaapt daar.",
        ("De stal staat te branden, er slapen nog twee knechten in het huisje ernaast. De "
         "brandweer heeft de achterkant geblust."),
        "Het magazijn achter de supermarkt brandt, daarboven wonen nog twee gezinnen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "In de schuur brandt nog licht, de kinderen zijn al naar bed.",
        "In de keuken brandt de lamp nog, de kinderen slapen.",
        "Op de boerderij brandt de kachel, de kinderen slapen al.",
        ("De loods brandde vorige week af, er sliep gelukkig niemand. De brandweer heeft alles "
         "geblust."),
        ("De schuur is vannacht afgebrand, de brandweer heeft geblust en er woont nog niemand in "
         "het nieuwe huis ernaast."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, models16: the part "hazard fire" reads a light, a lamp, a stove or a candle that
 * burns as no fire, as the acute danger rule already does ("unless: brandt licht, ..."). The words
 * model's acute danger gate needs the parts to lean to danger (P >= 0.8): a words model learned
 * from every set to round 26 made a lamp left on where children sleep critical through that part
 * alone. A fire told beside it keeps the part. */
static int has_danger_key(const char *text, const char *key) {
    cJSON *d = classify(text, NULL);
    const char *keys[LL_CLASSIFY_MAX_DANGER_KEYS];
    size_t n = ll_classifier_danger_keys(gemeente, keys, LL_CLASSIFY_MAX_DANGER_KEYS);
    int has = 0;
    for (size_t k = 0; k < n; k++)
        has |= strcmp(keys[k], key) == 0;
    cJSON_Delete(d);
    return has;
}

static void a_burning_light_is_no_fire_part(void **state) {
    (void)state;
    static const char *const light[] = {
        "Op de overloop brandt een lamp de hele nacht, de baby slaapt ernaast.",
        "Bij oma brandt de kachel, de kleinkinderen logeren er dit weekend.",
        "In het trappenhuis brandt het licht al dagen, er wonen veel gezinnen.",
    };
    for (size_t i = 0; i < sizeof(light) / sizeof(light[0]); i++)
        if (has_danger_key(light[i], "part: hazard fire"))
            fail_msg("a light read as fire: %s", light[i]);
    static const char *const fire[] = {
        "Op de overloop brandt het, de baby slaapt ernaast.",
        "De schuur achter het huis brandt en de kinderen zijn binnen.",
    };
    for (size_t i = 0; i < sizeof(fire) / sizeof(fire[0]); i++)
        if (!has_danger_key(fire[i], "part: hazard fire"))
            fail_msg("a fire not read as fire: %s", fire[i]);
}

/* Issue 12, models17 (our own words): the parts of danger read an ordinary purpose as the rules
 * do, so a words model learned from every development set finds no danger in it. A will kept at
 * a notary, made before an operation or as an errand is no farewell; a supply cut off for works
 * on the pipe or the grid is no household left cold; a window opened high for the heat or for
 * air is no fall nor a means at hand. A will told ready beside an end, a cut-off for a debt and
 * a window a toddler climbs at keep their parts. */
static void parts_read_an_ordinary_purpose(void **state) {
    (void)state;
    static const char *const calm[][2] = {
        {"Voor de operatie aan mijn heup volgende maand heb ik ook mijn testament geregeld, dat "
         "doe "
         "ik altijd zo.",
         "part: farewell"},
        {"Voor onze erfgenamen willen we alles goed vastleggen, dus laten we dit jaar een "
         "testament "
         "opstellen.",
         "part: farewell"},
        {"Ik wil mijn testament aanpassen nu mijn kleinzoon geboren is, hoe gaat dat?",
         "part: farewell"},
        {"Dinsdag is de stroom in onze straat de hele ochtend afgesloten vanwege werk aan de "
         "kabels, "
         "mijn buurvrouw is hoogbejaard.",
         "part: hazard cold heat"},
        {"Het water in de flat wordt morgen afgesloten voor vervanging van de leidingen, er wonen "
         "veel ouderen.",
         "part: hazard cold heat"},
        {"Op de zesde verdieping staan alle ramen open want het is zo warm binnen.",
         "part: hazard fall"},
        {"We zetten het raam op het balkon open om te luchten, het is een hittegolf.",
         "part: means at hand"},
    };
    for (size_t i = 0; i < sizeof(calm) / sizeof(calm[0]); i++)
        if (has_danger_key(calm[i][0], calm[i][1]))
            fail_msg("%s read in: %s", calm[i][1], calm[i][0]);
    static const char *const kept[][2] = {
        {"Mijn testament ligt klaar op tafel, na vanavond hoeven jullie niet meer voor mij te "
         "zorgen.",
         "part: farewell"},
        {"Ons gas wordt vrijdag afgesloten omdat de rekening open staat, en mijn baby is ziek.",
         "part: hazard cold heat"},
        {"Het raam op de vierde verdieping staat open en mijn peuter klimt op de vensterbank.",
         "part: hazard fall"},
    };
    for (size_t i = 0; i < sizeof(kept) / sizeof(kept[0]); i++)
        if (!has_danger_key(kept[i][0], kept[i][1]))
            fail_msg("%s not read in: %s", kept[i][1], kept[i][0]);
}

/* Recall14 (issue 12, the lead's check of 12-03; our own words): a person held against their
 * will now (vastgehouden, "laat haar er niet uit", "houdt hij haar vast", opgesloten by someone)
 * told with who holds, where, or a message or cry sent, and a relative's cry for help just
 * received ("belde gillend", a voicemail with "help") are critical; all were normal before. Held
 * by the police, money or a train held, a hand held, a cry of joy or for help with a login, told
 * past, supposed, in a film or asked for a school paper stay below. */
static void a_person_held_or_a_cry_just_received(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn dochter wordt door haar vriend vastgehouden in zijn auto voor de deur en ze "
         "stuurde net help."),
        "mn zus zit bij die gast in z'n flat en hij laat haar er niet uit, ze appte me net SOS",
        ("Mijn moeder wordt op dit moment vastgehouden door haar ex-man in haar eigen huis, ze "
         "kan niet weg en durft niet te bellen."),
        ("Hij heeft mijn vriendin opgesloten in zijn kelder, ze stuurde een bericht met alleen "
         "'help'."),
        ("Me dochter belde gillend vanuit de auto van haar vriend, hij rijdt met haar weg en ze "
         "wil eruit"),
        ("Ik kreeg zojuist een voicemail van mijn zoon, hij schreeuwde alleen maar help en toen "
         "viel de lijn weg."),
        "Sinds vanmiddag houdt hij haar vast op zijn kamer, mijn nichtje van 16.",
        "mijn vriendin word vastgehouden door d'r ex op zijn kamer, ze kan niet weg",
        "Mijn zus belde net. Ze gilde alleen maar dat hij de deur op slot heeft gedaan.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn dochter belde net gillend van blijdschap: ze is geslaagd!",
        ("Mijn zoon appte 'help' omdat hij niet kan inloggen met zijn DigiD, kunnen jullie dat "
         "uitleggen?"),
        ("Vorig jaar werd mijn zus door haar ex vastgehouden, hij zit nu vast en ze is veilig. Kan "
         "ik haar dossier opvragen?"),
        ("Mijn broer wordt vastgehouden door de politie sinds gisteren, wanneer mag ik hem "
         "bezoeken?"),
        "Mijn toeslag wordt vastgehouden door de Belastingdienst, ik wacht al maanden.",
        "In de film die we gisteren zagen werd een meisje in een busje vastgehouden.",
        "Wat moet ik doen als mijn dochter ooit door haar vriend wordt vastgehouden?",
        "Mijn baas laat me niet gaan voordat het rooster rond is, mag dat?",
        ("Is het strafbaar als iemand zijn partner tegen haar wil vasthoudt? Ik vraag het voor een "
         "werkstuk."),
        "De trein wordt al een uur vastgehouden bij Utrecht door een storing.",
        "Mijn oma belde gillend omdat er een muis in haar keuken zat.",
        "De juf hield zijn hand vast bij het oversteken en toen belde zijn moeder.",
        "Mijn zoontje houdt me vast als hij bang is voor onweer.",
        "De gedachte aan haar laat me niet los sinds de begrafenis.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall14 (issue 12, critical-dev22 and critical-dev24, three writers; our own words): a drain
 * cover or grating gone (verdwenen, gestolen, gejat, "ontbreken" in the plural) where people pass,
 * with the passers told by a youth team, by walking or stepping, a person with a white cane or a
 * guide dog, or one already bleeding: all were normal before. Told past and replaced, asked as a
 * policy, in the news, planned and fenced, and the same people or words without a hole stay
 * below. */
static void a_drain_cover_gone_where_people_pass(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bij de bushalte aan de Lindelaan is het rooster van de regenput gejat en de "
         "schoolkinderen stappen er zo uit de bus."),
        "putdeksels gestolen op de stoep vd Akkerstraat!! straks komen alle kids uit school",
        ("Op het voetpad langs de vijver ontbreekt het putdeksel. Een meneer met een taststok "
         "loopt daar elke ochtend."),
        ("Het putrooster op het fietspad is weg, er is net een fietser in gereden die bloedt en er "
         "komen er meer aan."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Vorige maand was de putdeksel bij de school gestolen, die is inmiddels vervangen.",
        "Wie betaalt er als een putdeksel gestolen wordt en er iemand in valt?",
        "In het nieuws: in Tilburg zijn tientallen putdeksels gestolen door koperdieven.",
        ("Morgen worden de putdeksels in onze straat vervangen, de stoep wordt afgezet. Kunnen we "
         "dan parkeren?"),
        ("Mijn buurvrouw met een blindenstok vraagt of het zebrapad bij de markt een "
         "geluidssignaal kan krijgen."),
        "We gaan zondag met de junioren wandelen in het park, mag dat zonder vergunning?",
        "Het putdeksel voor ons huis rammelt als er een bus overheen rijdt, erg irritant.",
        "Mijn zoon bloedt uit zijn neus na het voetballen, is de sporthal open voor een pleister?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall14 (issue 12, critical-dev12 and critical-dev24, two rounds; our own words): a scaffold
 * moving in the wind or not anchored over people, told by the compound (bouwsteiger) or by the
 * wind's verbs (staat te zwaaien, wapperen, heen en weer, niet verankerd): all were normal
 * before. Flags in the wind, a scaffold taken away or asked about, walking to and fro, a drill
 * and a flapping net that only makes noise stay below. */
static void a_scaffold_moving_over_people(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De bouwsteiger bij het winkelcentrum staat te zwaaien, er lopen nu veel mensen onder "
         "door."),
        ("steiger bij de bieb is niet verankerd en er zitten kleuters van de opvang op het plein "
         "eronder"),
        ("De steigerplanken boven de ingang van het zwembad wapperen, de kinderen gaan zo naar "
         "binnen."),
        ("Aan de Kerkstraat schuift de steiger heen en weer boven het terras, er zitten mensen "
         "koffie te drinken."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De vlaggen bij het gemeentehuis wapperen mooi in de wind vandaag, er lopen veel mensen.",
        ("De bouwsteiger bij de school is vorige week weggehaald, mogen de kinderen weer op het "
         "plein?"),
        "Wanneer moet een bouwsteiger verankerd zijn? Ik vraag het voor mijn werk als aannemer.",
        "Ik loop de hele dag heen en weer met de kinderen tussen school en de sporthal.",
        "De bouwsteiger aan de overkant staat er al maanden, wanneer gaat hij weg? Lelijk gezicht.",
        ("Tijdens de oefening van de brandweer ging een steiger heen en weer, de kinderen keken "
         "toe."),
        ("Het steigernet aan de gevel wappert en maakt de hele nacht herrie, kunnen ze het "
         "strakker "
         "zetten?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall14 (issue 12, critical-dev24 and critical-dev21's class in Dutch; our own words): a
 * small child left in a van or on a car seat in the heat with no adult about, told by the van
 * (busje, bestelbus), the seat (voorstoel, achterbank), the heat as "heet" and the child gone
 * drowsy: all were normal before. A dog asked about, a hot ride told past, a law asked about and
 * a child asleep in a parent's moving car stay below. */
static void a_small_child_left_in_a_hot_vehicle(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op de parkeerplaats van de Jumbo zit een dreumes op de voorstoel van een busje, niemand "
         "erbij en het is heet."),
        ("er staat een busje voor de bakker met een kleuter erin, ik zie geen volwassene en het is "
         "snikheet"),
        ("Bij het tuincentrum ligt een baby in een autostoeltje in een bestelbus, het kind is heel "
         "suf en het is heet buiten."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mag je in de zomer een hond in de auto laten? Het is zo heet, mijn kind vroeg het.",
        ("Gisteren zat mijn peuter op de achterbank en was het heet, de airco deed het niet. Kan "
         "ik "
         "dat melden bij de garage?"),
        "Is het verplicht een kind in een autostoeltje te zetten in een bestelbus?",
        ("Onze kleuter slaapt op de achterbank, we rijden naar oma, het is warm maar de airco "
         "staat "
         "aan."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall14 (issue 12, levels; the lead's check of 12-03, messages-dev18, messages-dev20; our own
 * words): a home without warm water or heating, or with damp or a leak, a baby, a toddler or a
 * frail elder living there, and help that does not come soon is high (the contract's vulnerable
 * person without help); all were normal before. The same told past and fixed, asked as a
 * supposition, a household that copes, a repair without anyone vulnerable and a slow answer
 * about an allowance stay below high. */
static void a_home_without_supply_vulnerable_no_help_soon(void **state) {
    (void)state;
    static const char *const high[] = {
        ("Al drie weken geen warm water in onze huurwoning en de woningcorporatie komt pas over "
         "een maand, we hebben een baby."),
        ("Sinds vorige week doet de verwarming het niet, we hebben een pasgeboren zoontje en de "
         "verhuurder komt pas over twee weken."),
        ("bij mijn opa van 91 lekt het dak in de slaapkamer, hij kan zelf niks en de corporatie "
         "komt pas over twee weken"),
        "Onze peuter slaapt in een kamer vol schimmel. De verhuurder reageert nergens op.",
    };
    for (size_t i = 0; i < sizeof(high) / sizeof(high[0]); i++)
        EXPECT_URGENCY(high[i], NULL, "high");
    static const char *const calm[] = {
        ("Vorig jaar hadden we geen warm water, maar de corporatie kwam snel en nu is alles goed, "
         "ook met de baby."),
        "Wat moet ik doen als de verwarming het niet doet en de verhuurder reageert niet?",
        ("De cv-ketel is kapot en de monteur komt pas over twee weken, we redden ons wel met de "
         "kachel."),
        "Er zit schimmel in de badkamer, de corporatie komt pas over een maand kijken. Lastig.",
        "Ik heb een baby en de gemeente reageert niet op mijn vraag over kinderbijslag.",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "high");
}

/* Recall13 (issue 12, the lead's check of 12-03): a person who cannot keep themselves safe
 * outside (dementia, confusion, a mental disability, a child) gone, by car, by bike or on
 * foot, and where they are now not known to those who look, is critical; told past, found,
 * asked as a policy, supposed, in the news, an adult gone abroad, or a place not known is not. */
static void confused_person_gone_not_known_where(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn vader van 86 is vanochtend met de auto weggereden terwijl hij dementie heeft en "
         "geen rijbewijs meer, we weten niet waar hij is."),
        "Onze buurvrouw die dementeert is op haar scootmobiel vertrokken en niemand weet waar ze "
        "is",
        "Vader (dementie) reed vanochtend weg met de auto. Waar hij is weten we niet.",
        "Ons zoontje van 6 is na het buitenspelen verdwenen, we hebben geen idee waar hij is!!",
        ("Mijn broer heeft een verstandelijke beperking en is sinds vanochtend weg, zijn telefoon "
         "staat uit."),
        "mn oma met dementie is weggefietst en wij weten niet waar ze heen is",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Vorig jaar is mijn vader met dementie een keer weggereden, we wisten toen niet waar hij "
         "was."),
        "Mijn vader heeft dementie en rijdt nog auto, mag dat eigenlijk?",
        ("Mijn moeder met dementie is vanochtend naar de dagbesteding vertrokken, weet u waar ik "
         "haar pas kan ophalen?"),
        "Onze kleinzoon is naar het buitenland vertrokken en we weten niet waar hij nu zit.",
        ("Tijdens de oefening speelde een figurant een verwarde man die was weggelopen; niemand "
         "wist waar hij was."),
        "Wat doet de gemeente als een demente oudere wegloopt en niemand weet waar hij is?",
        "In het nieuws: een man met dementie is weggereden, zijn familie weet niet waar hij is.",
        ("Mijn zoon met autisme is vertrokken naar zijn werk en ik weet niet waar ik het formulier "
         "moet inleveren."),
        "Het kind van de buren is verhuisd en niemand weet waar ze nu woont.",
        "Mijn vader heeft dementie en weet vaak niet waar hij is, kan hij dagbesteding krijgen?",
        "Wat moet ik doen als mijn moeder met dementie ooit wegloopt en we niet weten waar ze is?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall13 (issue 12, round 23's sets and rounds 3-16 before them): words missing from parts
 * that compose. A person down who barely answers ("reageert amper", "reageert traag") is one
 * who does not; the cry for help quoted ("schreeuwt help", "help help roepen") is a call for
 * help; heat with a frail person slowing ("reageert traag") is heat with one unwell. An office
 * slow to answer, a cry in a game, a song called Help, a fall of last week are not. */
static void a_person_barely_answering_or_crying_help(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Onze buurman ligt op de bank en reageert traag als we op het raam kloppen, zijn deur "
         "zit op slot."),
        "mijn buurvrouw van 88 schreeuwt help vanuit haar badkamer, de deur zit dicht",
        "Het is 35 graden in de flat van mijn oma, ze zit te suffen en reageert traag als ik iets "
        "vraag.",
        "Mijn buurman zit in de gang tegen zijn voordeur en reageert amper als ik klop.",
        "de man in het portiek reageert nauwelijks als ik hem aanspreek, hij stinkt naar drank",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De verhuurder reageert slecht op onze klachten over de deur, die ligt al weken "
         "scheef."),
        "De gemeente reageert traag op mijn bezwaar, de brief ligt hier al een maand.",
        ("Vorige week lag mijn moeder op de grond en reageerde ze nauwelijks, gelukkig is ze weer "
         "thuis uit het ziekenhuis."),
        "Ik roep de gemeente op om de daklozen te helpen, dat is toch niet zo moeilijk?",
        ("Het koor zingt zondag Help van de Beatles, mijn moeder roept al weken dat ze het mooi "
         "vindt."),
        "Mijn buurman ligt op de bank tv te kijken en reageert traag op mijn appjes, typisch hem.",
        "Bij 30 graden reageert mijn oude hond traag, is dat normaal?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall13 (issue 12, critical-dev23 and the rounds before it): words missing from parts of
 * "acute danger: told in ordinary words" that compose: a vehicle into the water told by its way
 * in ("het water in gereden") or its sinking, with someone in it; an animal loose on a
 * roundabout or a lane, drivers braking hard or swerving; a dike by its parts (its toe, its
 * slope) or a river dike by name, water welling up through it or its slope sliding, toward
 * homes. Past, a film, a drill, an article, art on a roundabout, a museum, a planned
 * reinforcement, a garden's seepage asked about are not. */
static void vehicle_in_water_animal_on_lane_dike_welling(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Bij de Veerdam is een scooter het water in gereden, de bestuurder drijft nog.",
        "Een auto is bij de kade het water ingereden, de bestuurder zit er nog in",
        "Er staat een koe midden op de rotonde en de auto's moeten vol in de remmen.",
        "op de ring lopen drie paarden, een bus is net uitgeweken",
        ("Een verdwaalde pony op de linkerbaan van de A20, auto's toeteren en remmen hard."),
        ("Aan de voet van de dijk achter onze wijk welt water met zand omhoog, het gat wordt "
         "steeds groter."),
        ("Bij de rivierdijk wellen zandbronnetjes op aan de binnenkant, de huizen staan er vlak "
         "achter."),
        ("Het talud van de dijk schuift af naar de huizen aan de Dijkweg, er wonen mensen "
         "onderaan."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Vorig jaar is er een auto in de gracht gereden, waarom komt er geen hek?",
        ("De bus rijdt langs het water in de haven, de bestuurder stopt nooit bij de halte."),
        ("Mijn auto drijft bijna weg door de regen, de parkeerplaats staat blank, wanneer wordt "
         "dat opgelost?"),
        ("Op de rotonde bij de Hoogstraat staan paarden afgebeeld op een kunstwerk, auto's remmen "
         "daar altijd."),
        ("Er lopen koeien in de wei naast de ringweg, mooi gezicht, de auto's remmen af om te "
         "kijken."),
        ("In het dijkmuseum laten ze zien hoe water vroeger door de dijk welde, heel interessant."),
        ("De dijk wordt volgend jaar versterkt omdat er soms kwel is, komt er een informatieavond "
         "voor bewoners?"),
        "Bij ons in de tuin achter de dijk staat altijd wat kwelwater, is dat normaal?",
        ("In de film rijdt een auto het water in en de bestuurder zit er nog in, spannend hoor."),
        ("Zaterdag oefent de brandweer bij de haven: een auto wordt het water in gereden met een "
         "pop als bestuurder."),
        ("Gisteren stond er een paard op de rotonde, de auto's moesten in de remmen, maar de "
         "eigenaar heeft het meteen opgehaald."),
        ("Hoe vaak komt het voor dat schapen op de ringweg lopen en auto's moeten uitwijken? Ik "
         "schrijf er een artikel over."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall13 (issue 12, critical-dev7 to -dev23): a weapon brought out or shown where people
 * are, at a desk, in a waiting room, in a school yard, is a threat without a word of harm; a
 * play, an escape room, a lesson, a toy asked about, a book, a kitchen's knife, told past are
 * not. */
static void weapon_shown_where_people_are(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Er loopt een man op het schoolplein met iets dat op een geweer lijkt, de kinderen komen "
         "zo naar buiten."),
        ("Iemand in de wachtruimte heeft een machete uit zijn tas gehaald en houdt hem op schoot."),
        ("Aan het loket heeft meneer zojuist een hamer neergelegd en hij kijkt de medewerkers "
         "strak aan."),
        ("In de wachtkamer van het wijkteam heeft een man een bijl naast zich neergelegd, iedereen "
         "kijkt ernaar."),
        ("Bij de receptie van het stadskantoor toont een bezoeker een pistool aan de medewerkers."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Vorig jaar toonde een bezoeker aan het loket een hamer, sindsdien staat er een "
         "beveiliger."),
        "In de toneelvoorstelling legt de schurk een pistool op de balie van het hotel.",
        "Op de balie van de bibliotheek ligt een boek over wapens, mag ik dat lenen?",
        ("Tijdens de gastles liet de wijkagent op het schoolplein zien welke messen ze in beslag "
         "namen."),
        ("Mag mijn zoon een speelgoedpistool meenemen naar school voor het schoolplein-feest?"),
        ("De kok legt het broodmes op de balie van de kantine om het stokbrood te snijden."),
        ("Bij de escaperoom moet je een pistool uit een kist op de balie halen, leuk uitje voor "
         "collega's."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall13 (issue 12, critical-dev12, -dev18, -dev20, messages-dev23): the breath fought for
 * ("hapt naar adem", "krijgt geen lucht", "snakt naar lucht") with the body down or going is a
 * person short of air without a colour told; sport, a figure of a bill, a fall of last week, a
 * care question for asthma, a film are not. */
static void breath_fought_for_with_the_body_down(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn vader ligt op de keukenvloer en hapt naar adem, hij zegt niks meer.",
        ("in de kleedkamer ligt een meisje dat geen lucht krijgt en ze wordt helemaal slap"),
        ("De buurvrouw is duizelig en snakt naar lucht, ze zit tegen de muur in het trappenhuis."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Na het hardlopen lag ik op het gras naar adem te happen, heerlijk.",
        "Ik hap naar lucht als ik die energierekening zie, belachelijk bedrag.",
        ("Vorige week lag mijn moeder op de grond en kreeg geen lucht, nu gaat het weer goed met "
         "haar."),
        "Mijn zoon heeft astma en krijgt soms geen lucht, welke hulp is er via de Wmo?",
        "In de film ligt de held op de grond naar lucht te happen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall13 (issue 12, critical-dev20, -dev21, -dev23): a crowd crush told by its people
 * falling over each other or its stream stuck, someone caught in it; eagerness ("vallen over
 * elkaar heen om te helpen"), told past, a film are not. */
static void crowd_falling_over_each_other(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bij de uitgang van het concert vallen mensen over elkaar en een jongen zit bekneld tegen "
         "het hek."),
        ("Op de kade vielen net tientallen mensen over elkaar, er ligt een kind onder de voet."),
        ("Bij de trap van het station staat de stroom vast, mensen worden tegen de muur gedrukt."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De kinderen vallen over elkaar heen om de juf te helpen met opruimen.",
        ("Vorig jaar vielen bij de kermis mensen over elkaar, komt er dit jaar een betere "
         "uitgang?"),
        ("De buren vallen over elkaar heen met hun aanbod om de kinderwagen te dragen, zo lief."),
        ("In de film vallen de mensen bij de uitgang over elkaar en raakt een vrouw bekneld."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, false critical flags by class (falseflag14: critical-dev24, suicidal-dev23; messages-dev24,
 * suicidal-dev22): a danger in a broadcaster's report or a news item, and a danger as the
 * subject of school work, is a topic, not an event; the press threatened with, one's own news,
 * an item about oneself and a child at homework beside a danger stay critical. */
static void news_items_and_school_work_are_topics(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Ik zag een item over een woning die door een gaslek ontplofte. Hoe vaak worden de "
         "leidingen in onze wijk gekeurd?"),
        ("De lokale omroep meldde dat een balkon in een flat is ingestort. Worden onze balkons ook "
         "gecontroleerd?"),
        ("De regionale omroep berichtte over een brand in een studentenhuis. Moeten kamers bij "
         "ons rookmelders hebben?"),
        ("Voor aardrijkskunde maak ik een verslag over de overstroming van 1953. Heeft het "
         "stadsarchief foto's?"),
        ("Mijn dochter schrijft voor de schoolkrant over koolmonoxide in huurwoningen. Mag ze de "
         "wethouder iets vragen?"),
        ("Voor scheikunde moeten we onderzoeken waarom een gaslek zo gevaarlijk is. Kan iemand van "
         "de brandweer helpen?"),
        ("Ik maak een schoolopdracht over jongeren die niet meer willen leven. Welke cijfers heeft "
         "de GGD?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er is een gaslek in ons portiek, als jullie niet komen bel ik de regionale omroep!",
        "Ik wil niet meer leven, ik zag net het nieuws over mijn ontslag.",
        "Er stond een item over mij op internet, ik wil niet meer leven.",
        "Ik maak een verslag over mijn leven: ik wil er een eind aan maken.",
        "Mijn zoon maakt zijn huiswerk en in de keuken ruikt het sterk naar gas.",
        ("Voor de school ligt een kabel onder stroom op de stoep, de kinderen komen zo naar "
         "buiten."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, false critical flags by class (falseflag14: critical-dev24, messages-dev24): a drill or
 * a test told (a service that practises, an exercise, a message that was a test) keeps the
 * danger models from the text, as a follow-up planned later does; a drill denied, one asked
 * about, help called during it, and a danger no drill is told of stay critical. */
static void a_drill_told_is_played(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Zaterdag houdt de brandweer een rampenoefening bij de basisschool, met nepgewonden en "
         "rook uit de ramen. Mogen de kinderen komen kijken?"),
        ("Op het plein bij de school oefent de politie vanmiddag met een 'verdachte met een mes'. "
         "De kinderen mogen kijken, leuk toch?"),
        ("Vanmiddag houdt de brandweer een ontruimingsoefening in de sporthal, met rook en "
         "kinderen van de basisschool als slachtoffer."),
        "Het NL-Alert over de brand bij de haven was een test. Mijn buurvrouw (88) schrok zich "
        "rot.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Bij de oefening is een kind van de trap gevallen, de ambulance is gebeld.",
        ("Er komt rook uit het raam van de buren en de kinderen zitten nog binnen, dit is geen "
         "oefening!"),
        ("Is dit een oefening? Er komt rook uit de ramen van de school en de kinderen staan nog "
         "binnen."),
        ("De kraan op de bouwplaats helt over boven het schoolplein waar de kinderen nu spelen, "
         "het "
         "is geen oefening."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Recall15 (issue 12, messages-dev10, -dev13, -dev25): the one who puts a household out and the
 * day, told with the home it leaves clauses apart (a time, a street or a person between), or the
 * day in the next short sentence. Past, threatened months away, asked, supposed, in the news or in
 * a novel stays below. */
static void eviction_who_the_home_and_the_day_apart(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De deurwaarder komt overmorgen om tien uur om ons met de kinderen uit onze woning te "
         "zetten, wij hebben geen andere plek."),
        ("woensdag word ik door de huisbaas na al die jaren uit mijn huis aan de Dorpsstraat gezet "
         "en ik weet niet waar ik moet slapen"),
        ("Vandaag een brief van de corporatie: mijn oma van 84 gaat uitgezet worden vanwege een "
         "huurschuld. Al op donderdag!"),
        "de deurwaarder zet ons morgn uit het huis, met de baby erbij",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Vorig jaar heeft de deurwaarder ons op een maandag uit huis gezet, nu wonen we in Zuid.",
        ("De verhuurder dreigt ons over twee maanden uit huis te zetten als de huur niet betaald "
         "wordt."),
        "Mag een verhuurder iemand vandaag zomaar uit huis zetten zonder vonnis?",
        ("In het journaal zeiden ze dat een deurwaarder vandaag een gezin uit huis heeft gezet in "
         "Den Haag."),
        "In mijn roman zet de deurwaarder op vrijdag een oude man uit zijn huis.",
        "Als de deurwaarder morgen komt om mij uit huis te zetten, waar kan ik dan terecht?",
        ("De ontruiming van vrijdag is van tafel, de corporatie heeft een regeling getroffen en we "
         "mogen in ons huis blijven."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall15 (issue 12, critical-dev17, -dev24, -dev25): an official's own way watched and told
 * back (where she lives, when she or her child comes out, her route, her floor, her car and her
 * time out) with the official named and a coming or a menace. Knowing it kindly, a parking
 * complaint, an appointment, a past case dealt with, a series, a policy question stay below. */
static void threat_an_officials_way_watched(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Ik weet hoe laat u uit het stadhuis komt, meneer de wethouder. Ik sta er vanavond, reken "
        "maar.",
        ("die consulente van de bijstand: ik heb bijgehouden wanneer ze naar huis fietst. ze zal "
         "het "
         "merken"),
        ("Zeg tegen die handhaver dat ik weet op welke verdieping hij zit en welke school zijn "
         "kinderen hebben, ik kom terug."),
        "wethoudr, ik weet in welke straat u woont. wees maar gewaarschuwd",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Beste burgemeester, mijn kleinzoon weet in welke straat u woont, hij wil u morgen een "
         "tekening brengen."),
        ("Meneer de wethouder, u parkeert elke dag op de invalidenplek achter het stadhuis. Dit is "
         "geen grap meer, morgen bel ik de krant."),
        "Beste klantmanager, u komt om tien uur langs voor het keukentafelgesprek, ik sta dan "
        "klaar.",
        ("Vorig jaar stond er een man bij de balie die wist waar de consulent woonde, hij is toen "
         "opgepakt en nu is het rustig."),
        ("In de serie die ik kijk weet de stalker in welke straat de wethouder woont en zegt hij: "
         "reken er maar op."),
        ("Hoe beschermt de gemeente medewerkers als iemand weet in welke straat ze wonen en zegt "
         "dat "
         "hij terugkomt?"),
        "De medewerker van het loket gaf me de route naar huis, ik kom morgen terug met de "
        "formulieren.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall15 (issue 12, critical-dev22, -dev23, -dev24, -dev25): the ground itself sunk away (the
 * sinking verbs, the verb before its subject too) where people are and something presses. Settled
 * tiles, a sinking mended, the news, a cake, a question of repair, weeks old, sleep stay below. */
static void ground_sunk_away_where_people_are(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op het schoolplein van De Regenboog is de grond weggezakt, er is een kuil waar je een "
         "fiets "
         "in kwijt kunt en de kleuters spelen er nu omheen."),
        "bij de bushalte zakt het wegdek weg, de bus staat scheef en er wachten nog mensen",
        ("Stoep ingezakt voor de supermarkt!! gat word steeds groter en er lopen oma's met "
         "rollators "
         "langs"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De stoep voor mijn huis is verzakt, er blijft water staan als het regent.",
        "Vorige week was het asfalt bij de school weggezakt, inmiddels is het gerepareerd.",
        "In het journaal: in Napels is een straat ingezakt en er zijn auto's in het gat gevallen.",
        "Mijn taart is ingezakt in de oven, de kinderen lachen erom.",
        "Hoe lang duurt het voordat de weggezakte stoep bij de school wordt hersteld?",
        "Het wegdek bij de markt is al weken weggezakt, wanneer komt er iemand?",
        "Hij zakt weg in slaap terwijl de kinderen op de stoep spelen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall15 (issue 12, critical-dev24, -dev25): what stands or hangs over a street fair, a fair's
 * ride, a school or a balcony by its own name (a party tent, an arch or a banner, a ride's
 * gondolas, a balcony's rail), loose or taken by the wind, with people under it now. A tent to
 * hire, one blown loose last week and taken away, a tip for next year, a question of solar
 * panels, a film, a fair told cheerful stay below. */
static void loose_over_a_fair_a_ride_or_a_balcony(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op het schoolfeest staat een grote feesttent die aan één kant los is gewaaid, de "
         "kinderen "
         "zitten er nu onder te eten."),
        "bij de kermis: van de draaiende zweefmolen zwaait een van de gondels heen en weer en er "
        "zit een kind in",
        ("braderie Kerkstraat!!! spandoek boven de straat is losgeschoten en hangt op hoofdhoogte, "
         "er "
         "lopen nu duizenden mensen onder"),
        ("Het balkonhekje van de flat boven de speeltuin wiebelt als je ertegen duwt, en de "
         "buurkinderen spelen er nu op het balkon."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De partytent die we voor de verjaardag wilden huren is kapot, kunnen we een andere lenen "
         "van het buurthuis?"),
        "Vorige week is de reclameboog van de braderie losgewaaid, inmiddels is hij weggehaald.",
        ("Tip voor de kermis volgend jaar: zet de zweefmolen niet zo dicht bij de huizen, de "
         "stoeltjes draaien bijna over onze tuin."),
        ("Is het toegestaan om zonnepanelen op het dak van de school te leggen? De kinderen willen "
         "het graag."),
        "In de film waait er een tent los op een festival en de mensen rennen weg.",
        ("Het is hier een beetje een losse boel op de braderie, maar gezellig hoor, de kinderen "
         "hebben genoten."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall15 (issue 12, critical-dev22, -dev24, -dev25): one seen lying through a window or the
 * letterbox, the one seen as the object ("zie ik haar op de vloer liggen"), a television left on
 * as a sign and not a programme, a letterbox stuffed beside an old person. A programme on tv, one
 * seen lying last month and home again, an empty building's letterbox, post on the mat of
 * neighbours away, a question what to do stay below. */
static void seen_lying_through_the_door(void **state) {
    (void)state;
    static const char *const critical[] = {
        "buurvrouw van 87 reageert niet op de bel, door het keukenraam zie ik haar op de vloer "
        "liggen",
        "Een pakketje bezorgd en door de brievenbus zag ik hem daar in de gang op de grond liggen.",
        ("De oude meneer hiernaast doet niet open en door het raam zie ik zijn voeten op de grond, "
         "de "
         "tv staat nog aan sinds gisteravond."),
        "Bij mijn opa van 88 zit de brievenbus al dagen stampvol, hij neemt de telefoon niet op.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Op tv zag ik een man door het raam naar een vrouw op de grond kijken.",
        ("Vorige maand zag ik mijn buurvrouw door het raam op de vloer liggen, ze is nu gelukkig "
         "weer "
         "thuis uit het ziekenhuis."),
        "De brievenbus van het lege pand zit propvol met folders, kan de eigenaar worden "
        "aangeschreven?",
        "Ik zie door de brievenbus dat de post op de grond in de gang ligt, de bewoners zijn op "
        "vakantie.",
        "Wat moet ik doen als ik door het raam iemand op de grond zie liggen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, false critical flags by class (falseflag15: messages-dev24, critical-dev24): anger
 * told as an explosion of oneself far from the verb, or as a head on fire; a blast or a fire
 * told beside the writer, and hair really burning, stay critical. */
static void anger_told_as_a_blast_or_a_fire(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik ben aan de balie echt ontploft, dat geef ik toe, maar die medewerker was onbeschoft.",
        ("We zijn na die derde afwijzing thuis allebei volledig ontploft, wat een gemeente."),
        ("Gisteren ben ik aan de telefoon met jullie klantenservice compleet ontploft."),
        "Mijn hoofd staat in brand van al die formulieren voor de toeslag.",
        ("Mijn kop staat in brand van het rekenwerk voor de huurtoeslag, kan iemand helpen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik ben net naar buiten gerend, de boiler is ontploft en er komt rook uit de keuken.",
        "Ik was net thuis toen de meterkast is ontploft, het ruikt naar brand.",
        ("Ik stond ernaast toen de accu van de scooter ontplofte, mijn zoon heeft brandwonden."),
        "Het haar van mijn dochter staat in brand door de kaars, ze gilt!",
        "De gasfles in de schuur is ontploft en de schuur staat in brand.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, false critical flags by class (falseflag15: critical-dev23, critical-dev25): a
 * supply cut off for planned works told by what is done to the pipe or the grid ("voor
 * vervanging van", "voor werk aan het net"); a cut-off for a debt, one already in effect, and
 * a meter to be replaced after it stay critical. */
static void a_supply_cut_for_works_told_by_the_work(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Vrijdag wordt het gas bij ons in de portiek afgesloten voor het vervangen van de meters, "
         "mijn moeder kookt alleen op gas."),
        ("Woensdag wordt het water in ons blok een dag afgesloten voor vernieuwing van de "
         "leidingen. Krijgen we flessen water?"),
        ("Zaterdag wordt de stroom in de hele wijk afgesloten voor werk aan het net. Wat moeten we "
         "met de vriezer doen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Ons gas wordt morgen afgesloten omdat we de rekening niet konden betalen, ik heb een "
         "baby "
         "van drie weken."),
        ("De stroom is vanochtend afgesloten door de energieleverancier en mijn moeder ligt thuis "
         "aan de zuurstof."),
        ("De stroom is afgesloten en de leverancier wil dat ik eerst de meter laat vervangen, mijn "
         "zoon van 2 heeft het koud."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, false critical flags by class (falseflag15: critical-dev24, critical-dev25,
 * messages-dev25): a danger in the writer's own fiction told by what it is for, in a scene of a
 * play, or in a world built in a video game is played, for the rules and the danger models; a
 * game played beside a real fire, a ceiling that really fell after a show, and a danger told
 * in the sentence after the fiction stay critical. */
static void a_danger_played_in_fiction_or_a_game_world(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Voor mijn detective bedenk ik een plot: in een flat aan de Maas ruikt het hele "
         "trappenhuis naar gas en valt een bewoner flauw."),
        ("Bij de toneelclub spelen we een scène waarin de kelder onder water loopt en een kind "
         "vastzit."),
        ("In Roblox heeft mijn dochter een school gebouwd waar het dak instort op de kinderen."),
        "In de game van mijn broertje staat de hele stad in brand en stort de brug in.",
        ("Mijn neefje bouwde in Minecraft een flat waarvan het dak instort, hij wil later "
         "architect "
         "worden."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Mijn zoon speelde Minecraft op zijn kamer toen de rookmelder afging, er komt rook onder "
         "de deur door."),
        ("Na de voorstelling is het plafond van de zaal echt naar beneden gekomen, er liggen "
         "mensen "
         "onder!"),
        ("Ik werk aan mijn roman op zolder. Beneden ruikt het ineens heel sterk naar gas en mijn "
         "moeder van 85 ligt te slapen."),
        "Tijdens het lasergamen is een jongen van de trap gevallen en hij is bewusteloos.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Recall15 (issue 12, critical-dev24, -dev25): tap water fouled by what is in it or how it looks
 * (diesel, petrol, a film of oil, milky white, chemical), the smell told by its source, and drunk
 * or made into a baby's bottle. A taste of chlorine asked about, milky water last month and fine
 * now, the news, a school paper stay below. */
static void tap_water_fouled_and_drunk(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Het leidingwater in onze portiek smaakt en ruikt chemisch sinds vanmiddag, mijn dochter "
         "van "
         "2 heeft ervan gedronken en is misselijk."),
        ("na het drinken van het kraanwater zijn mijn man en ik allebei aan de diarree, het water "
         "komt "
         "melkwit uit de kraan"),
        "Water uit de kraan heeft een oliefilm, ik heb er net flesvoeding mee gemaakt",
        "kraanwatr ruikt naar benzine en de kinderen hebben het gedronken",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Het kraanwater smaakt een beetje naar chloor, is dat normaal?",
        ("Vorige maand was ons water melkwit na werkzaamheden, toen kregen we een brief dat het "
         "lucht "
         "was. Nu is alles goed."),
        "Ik las in de krant dat er in een dorp mensen ziek werden na het drinken van kraanwater.",
        ("Mijn zoon doet een werkstuk over drinkwater: hoe wordt diesel uit het water gehaald, en "
         "word "
         "je er ziek van?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall15 (issue 12, messages-dev17, -dev23, the lead's check of 12-03): the living money late or
 * not come, with what is left counted in days or euros, is high (money or food running out within
 * days). Late money without a cost, money left on a pass, a lateness past and solved, a question
 * of what one would get stay below high. */
static void money_or_food_running_out_within_days(void **state) {
    (void)state;
    static const level_case high[] = {
        {("Mijn uitkering is deze maand niet gestort en ik heb nog twee dagen eten voor de "
          "kinderen "
          "in huis."),
         NULL, "high"},
        {"Mijn bijstand is nog steeds niet op tijd, ik heb nog 6 euro op mijn rekening en drie "
         "kinderen.",
         NULL, "high"},
        {"het loon van mijn vrouw is niet overgemaakt en we hebben eten tot zondag, wat nu", NULL,
         "high"},
    };
    expect_levels(high, sizeof(high) / sizeof(high[0]));
    static const char *const calm[] = {
        "Mijn uitkering is deze maand niet gestort, wanneer komt het?",
        "Ik heb nog 20 euro tegoed op mijn afvalpas, kan ik die gebruiken?",
        "Vorige maand kwam mijn uitkering niet op tijd, nu is het opgelost.",
        "Hoeveel euro krijg ik nog aan toeslag als mijn loon niet op tijd komt?",
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "high");
}

/* Recall16 (issue 12, the lead's check of session 26; the trapped families of critical-dev23 and
 * -dev25): someone caught now in or under a vehicle, a machine or rubble. A jammed door, a car
 * stuck in mud, "met klem", a car boxed in by the police, money's squeeze, the past, a drill,
 * the news, a policy question, one freed and a novel stay below. */
static void caught_in_a_vehicle_a_machine_or_rubble(void **state) {
    (void)state;
    static const char *const critical[] = {
        "help er is een busje tegen een boom gereden en de chauffeur zit bekneld, hij bloedt erg",
        "Mijn vader ligt onder zijn trekker op het erf en zijn been is klem",
        "Onze collega is met zijn hand in de pers beklemd geraakt, de machine staat nog aan",
        "iemand zit beknelt in zn auto na een ongeluk op de Maasboulevard, snel!!",
        ("Op de bouwplaats is een man onder een omgevallen graafmachine terechtgekomen, zijn "
         "benen zitten eronder vast"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Er zat vorig jaar een man bekneld in een vrachtwagen op deze kruising, komt er nu een "
         "rotonde?"),
        "Morgen oefent de brandweer op het terrein: een pop zit bekneld in een autowrak.",
        "In het journaal: een vrouw raakte bekneld onder een tram in Amsterdam.",
        "Wat doet de gemeente als iemand bekneld raakt in een vuilniswagen?",
        "De chauffeur die klem zat in zijn cabine is inmiddels bevrijd en naar het ziekenhuis.",
        "In mijn roman zit de held klem in zijn auto in een ravijn.",
        "Met deze huurverhoging zit ik echt klem, de auto moet weg.",
        "De politie heeft de vluchtauto klem gezet op de A16.",
        "De deur van mijn auto zit klem, kan ik mijn parkeervergunning later ophalen?",
        "mijn auto zit vast in de modder bij het park, wie kan helpen",
        "Ik verzoek u met klem de vrachtwagen voor mijn deur weg te halen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall16 (issue 12, critical-dev24, -dev26; the class named in sessions 24 and 25): traffic
 * lights told dead or flashing in other words, with what the traffic does in the next sentence.
 * Flashing at night asked about, last week's fixed, the news, a policy question, a sports hall's
 * lamps, Christmas lights, a drill and lights that are badly timed stay below. */
static void traffic_lights_dead_told_in_other_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op de kruising bij de brandweerkazerne knipperen de verkeerslichten. Auto's en trams "
         "rijden kriskras, niemand weet wie voor gaat."),
        ("geen een stoplicht doet het op de rotonde bij de Erasmusbrug, vrachtwagens en fietsers "
         "proberen er allemaal tegelijk over"),
        "oversteek Coolsingel: lichten werken niet, tram en fietsers door elkaar",
        ("de verkeerlichten bij de oversteek staan op knipperen. er rijden ambulances met sirene "
         "tussen de fietsers door"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De verkeerslichten bij de Kruiskade knipperen 's nachts oranje. Is dat normaal? Er rijdt "
         "dan bijna niemand."),
        ("Vorige week knipperden de lichten op het kruispunt oranje. Er was bijna een aanrijding, "
         "maar nu werken ze weer."),
        ("In het journaal: in Utrecht vielen alle verkeerslichten uit. Het was een chaos met "
         "ambulances."),
        ("Wat gebeurt er als de verkeerslichten uitvallen? Wie regelt dan het verkeer bij de "
         "ambulancepost?"),
        "De lampen in de sporthal zijn allemaal dood. Kan iemand ze vervangen?",
        "De kerstlichten op het plein zijn allemaal dood, jammer voor de kinderen",
        ("Morgen oefent de politie op de kruising wat te doen als de verkeerslichten uitvallen. "
         "Ambulances rijden mee."),
        "Geen enkel stoplicht aan de Ringweg staat goed afgesteld, je staat overal voor rood.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall16 (issue 12, critical-dev23, -dev25, -dev26): a school class or children on ice too weak
 * to bear them, told by the class, "op de schaats", or the ice first and who is on it after
 * ("erop"); a pond said to be no rink is no rink. Tomorrow at a rink, last winter, a question,
 * the news, the idiom, ice cleared by its club and a drill stay below. */
static void a_class_on_ice_too_weak(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Een hele klas van de basisschool glijdt rond op de bevroren vijver, en midden erin ligt "
         "een open wak"),
        ("ijs onbetrouwbaar!! groep 6 met de meester erop, bij de brug"),
        ("Twee kinderen gaan op de schaats naar het midden van de plas, daar zit een wak"),
        ("Er staat een schoolklas op het ijs van de vijvr, het heeft maar een nacht gevroren"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De klas van mijn zoon gaat morgen schaatsen op de ijsbaan, het ijs is daar dik genoeg."),
        ("Vorige winter zakte een klas bijna door het ijs, gelukkig is toen niemand gewond "
         "geraakt."),
        ("Mag de juf met de klas op het ijs als het maar één nacht heeft gevroren?"),
        ("In het journaal: een schoolklas schaatste op dun ijs in Friesland."),
        ("Met deze begroting begeeft de wethouder zich op dun ijs, de hele klas politici kijkt "
         "toe."),
        ("De ijsvereniging heeft het ijs vrijgegeven, groep 8 gaat er vanmiddag op de schaats op."),
        ("Morgen oefent de brandweer een redding uit een wak met een pop, de klas kijkt toe."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 27 (suicidal17): round 27's suicidal phrasings missed by class (suicidal-dev26,
 * one writer), each class told here in my own words: a household poison with the amount to drink
 * looked up; others relieved at one's absence and the writer who will give it; driving unbelted
 * at a pillar, settled; a promise to follow a partner soon, kept; decided to go for one's honour;
 * fumes with the gaps taped, asked whether it is painless or works; a dead one's medicines with
 * the dose known; one's heart hoped to stop; one's dying of an illness a relief; a last night
 * posted, then no answer; the fall one survives not beside one's own floor; the purpose owned
 * ("dat is precies de bedoeling"); the way to a dead one known now; the one gone sought on the
 * other side; gone at a week told inside, decided; going oneself after a funeral; "as soon as"
 * the house sleeps, then going; the end "klaar" and the act unnamed at a time; "het" finished,
 * hope given up; the key left and a journey without return; the note read when one is gone; a
 * timepiece given away as no more time needed; a car left running in the shed when all are out;
 * the wish to be with a dead one with "for good";
 * under a bus as where one goes; the wish to be with a dead one told of a grandmother who hardly
 * eats. Each critical text below but the last three was below critical
 * before; the last three were critical before by the lines this session narrowed, and must stay
 * so (the grief and the freed cyclist among the look-alikes are what was narrowed away). The
 * look-alikes stay below: a
 * procedure that does not work out, a wish of years back set against now, a dose for the car, a
 * drummer's neighbours, a fine for no seatbelt, a match or a car followed, a driving test failed,
 * taped against a draught, medicines handed in, a heart hoped to hold, a school's last day, a
 * fence asked for, a child who cannot swim, the grief of the bereaved (a widowed mother visited
 * by bus, a husband's grave on his birthday, "gewoon weer bij mijn moeder"), a dog run off, a
 * back entrance, a novel, the way home after a funeral, going along to the wake, a night shift,
 * a repair or a fence finished oneself, a key for the sitter, an emigration, a holiday, a closed
 * community centre, a campaign poster, a clock given to a museum, dying of nerves, a cyclist
 * freed from under a bus. */
static void round_27_suicidal_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Er staat ontstopper onder de gootsteen. Ik heb opgezocht hoeveel ik moet slikken.",
        "Ik heb rattengif gekocht en weet nu hoeveel ik ervan moet drinken.",
        "Ze zouden allemaal opgelucht zijn als ik weg was. Ik geef ze dat binnenkort.",
        "Morgenvroeg rij ik zonder gordel de A15 op, naar de pijler. Ik heb het besloten.",
        "Ik zei haar dat ik haar gauw zou volgen. Die belofte hou ik.",
        "Ik heb mijn vader te schande gemaakt. Ik heb besloten om te gaan, om mijn naam.",
        ("Doet koolmonoxide pijn? Mijn kachel is oud en ik wil weten of het lukt als ik de "
         "kieren afplak."),
        "De morfine van mijn overleden vader heb ik nog. Ik weet hoeveel ik moet nemen.",
        "Ik bid dat mijn hart vannacht stil blijft staan.",
        "Als ik gewoon doodging zou dat een verlossing zijn.",
        "heeft gepost dat vannacht zijn laatste nacht is, en nu neemt hij niet op.",
        "Vanaf welke verdieping overleef je een val niet? Ik woon op de twaalfde.",
        "Waar is de Maas het diepst? Ik kan niet zwemmen en dat is precies de bedoeling.",
        "Mijn broer is verdronken. Ik wil bij hem zijn, ik weet nu hoe ik het ga doen.",
        "Sinds Jan weg is ben ik niks. Ik ga hem terugzien aan de andere kant.",
        "ik ben er over een week niet meer, dat heb ik besloten.",
        "Na de crematie van mijn vader ga ik zelf.",
        "Zodra iedereen slaapt. Dan kan ik gaan.",
        "Als de uitkering stopt is het klaar. Dan doe ik het diezelfde nacht.",
        "Ik heb geen hoop meer. Ik ga het dit weekend afmaken.",
        "De sleutel ligt onder de mat. Ik maak een reis zonder terugkeer.",
        "Als jullie dit lezen is het stil in mijn flat. Geef de vissen eten.",
        "Mijn klok heb ik aan mijn buurjongen gegeven, ik heb geen tijd meer nodig.",
        "Mijn vrouw is vorige maand overleden. Ik wil bij haar zijn, voorgoed.",
        "Vannacht als iedereen weg is zet ik de motor aan in de schuur.",
        "Ik spring morgen onder de bus, ik kan niet meer.",
        ("mijn oma zegt elke dag dat ze bij opa wil zijn, die is overleden, en ze eet "
         "nauwelijks"),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik zie het niet meer zitten met de aanvraag voor de parkeervergunning, wie kan helpen?",
        "Jaren terug wilde ik er niet meer zijn, inmiddels werk ik als ervaringsdeskundige.",
        "Jaren terug wilde ik dood, nu geef ik voorlichting op scholen.",
        "Hoeveel antivries moet ik in de ruitensproeier doen?",
        "Hoeveel ontstopper moet ik in de afvoer gieten?",
        ("De buren zouden opgelucht zijn als ik weg was met mijn drumstel. Ik ga ze die "
         "opluchting geven: ik verhuis."),
        "Mijn man reed gisteren zonder gordel over de brug en kreeg een boete. Klopt dat bedrag?",
        ("Ik heb mijn zoon beloofd dat ik hem zou volgen naar zijn uitwedstrijd. Die belofte ga "
         "ik houden."),
        "Ik heb mijn dochter beloofd dat ik haar zou volgen. Ze rijdt voor, die belofte hou ik.",
        "Ik heb gefaald voor mijn rijexamen. Ik heb besloten om te gaan studeren.",
        "Mijn kachel is oud. Werkt het beter als ik de kieren dichtplak tegen de tocht?",
        ("Ik heb de insuline van mijn overleden vrouw nog. Hoeveel moet ik inleveren bij de "
         "apotheek?"),
        "Ik hoop dat mijn hart niet stopt tijdens de operatie.",
        "Mijn vader is hartpatiënt. Ik hoop dat zijn hart het volhoudt.",
        "Het is haar laatste dag op school en ze neemt niet op, ze zal wel feesten.",
        "Vanaf welke verdieping moet er een hek op het balkon? Ik woon op de twaalfde.",
        "Welke plas is het diepst? Mijn zoon kan niet zwemmen en dat is juist het probleem.",
        ("Mijn vader is overleden en mijn moeder is nu alleen. Ik wil bij haar zijn, ik weet nu "
         "hoe ik er met de bus kom."),
        ("Mijn man is vorig jaar overleden. Op zijn verjaardag wil ik bij hem zijn, dus ik ga "
         "naar zijn graf."),
        "Mijn hond is weggelopen. Ik ga hem zoeken aan de andere kant van het park.",
        "Ik ga haar zoeken aan de andere kant, bij de achteringang van het stadhuis.",
        "In mijn roman zegt de weduwe: ik ga hem zoeken aan gene zijde.",
        "Na de uitvaart ga ik zelf naar huis met de trein.",
        "Na de begrafenis van mijn oom ga ik ook. Rijdt er een volgauto?",
        "Zodra de kinderen slapen kan ik gaan sporten.",
        "Zodra de kinderen slapen, dan kan ik gaan. Ik heb nachtdienst.",
        "Als de monteur vrijdag niet komt is het klaar. Dan doe ik het die avond zelf.",
        "Ik heb geen hoop meer dat de aannemer komt. Ik ga het dit weekend zelf afmaken.",
        "De sleutel ligt onder de mat voor de oppas, wij maken een reis naar Canada.",
        ("Wij emigreren, een reis zonder terugkeer. De sleutel ligt in de brievenbus van de "
         "makelaar."),
        "Als u dit leest ben ik op vakantie, de sleutel ligt bij de buren.",
        "Wanneer u dit leest is het stil in het buurthuis, want we zijn gesloten tot maandag.",
        "Voor de campagne van 113 maken we een poster: als je dit leest ben je niet alleen.",
        ("Ik heb de oude klok aan het museum gegeven, ik heb geen tijd meer nodig voor het "
         "onderhoud."),
        "Ik ga dood van de zenuwen voor mijn examen, hoe laat gaat het stadskantoor open?",
        "ik wil gewoon weer bij mijn moeder zijn, ze is vorig jaar overleden",
        "Een fietser is onder de bus bevrijd door de brandweer, hij leeft. Komt er een zebrapad?",
        ("Mijn opa is overleden. Oma wil bij ons zijn met kerst, maar ze eet niet meer sinds de "
         "griep."),
        "Houtskool en tape gekocht voor de barbecue, ligt voor in de auto.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 28 (suicidal18): round 28's suicidal phrasings missed by class (suicidal-dev27,
 * one writer who never saw the rules), each class told here in my own words: ceasing to breathe as
 * the end; the one way out, taken; pills with drink ready for a night; one's medicines counted out;
 * a gun at home with its ammunition known; a place high enough not to be survived; stones in one's
 * pockets to sink; a train through a station at full speed, certainty wanted; how long with the
 * exhaust in a closed garage, wanted fast; going to one who died with the date chosen; belonging
 * with one gone and being there too tomorrow; a single journey, no luggage, not to be sought; gone
 * as the problem is gone ("Ik ook niet."); gas let in with the windows shut and a goodbye; going,
 * bare, decided in a sentence of its own; a deadline given, then out; at a platform's edge, "one
 * step", more often; a bridge reached and stepped off, the plan long in one's head. Each critical
 * text was below critical on main (2be7fbe). The look-alikes stay below: a bill that takes one's
 * breath, a dive; a way out named (a move, the stairs in a fire, a payment plan); a drink with
 * one's pills asked about; a week's box; a hunter's cartridges; a climbing frame's height; an
 * exhaust replaced at the garage; a child's stones; a train to catch; a festival; a city trip; a
 * leak gone and a move; gas back after a fault; a hearing, then the lawyer; a last working day; a
 * club and a landlord given a deadline; a step back on a platform; a pick-up, a photo, the first
 * form and a walk to work at a bridge; a way out years back, now an expert by experience; another's
 * death a relief; a novel; a campaign poster; a gun without its bullets; a car warmed in frost;
 * the gas on for the heater. */
static void round_28_suicidal_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Vanavond hou ik op met ademhalen, ik heb er genoeg van.",
        "Na deze laatste nachtdienst stop ik met ademhalen. Echt.",
        "Ik zie nog maar één uitweg, en die kies ik vrijdag.",
        "Er is voor mij nog maar een uitweg over. Die ga ik nemen.",
        "Ik heb 40 tabletten temazepam en een fles whisky klaarstaan voor vannacht.",
        "Er staan 30 oxazepam en een fles rum klaar voor vannacht.",
        "Ik heb de medicijnen al, ik heb ze uitgeteld op de keukentafel.",
        "Het oude geweer van opa staat op zolder en ik weet waar de patronen liggen.",
        "Welk viaduct is hoog genoeg om het niet te overleven?",
        "Van welke flat in de wijk ben je zeker dood als je valt? De hoogste is genoeg.",
        "Hoe diep moet het water zijn als ik stenen in mijn jaszakken stop?",
        "Is het kanaal diep genoeg als je niet kan zwemmen en stenen in je jaszakken stopt?",
        "Welke intercity komt met volle snelheid door het station bij ons? Ik wil zeker zijn.",
        "Hoe lang moet de uitlaat draaien in een dichte garage? Het moet snel gaan.",
        "Mijn vrouw is omgekomen bij een ongeluk. Ik ga naar haar toe, de dag heb ik al gekozen.",
        "Mijn tweelingzus is heengegaan, ik hoor bij haar. Morgen ben ik er ook bij.",
        "Ik vertrek met een enkele reis, geen koffer, geen adres. Zoek me niet.",
        "Als u ooit reageert, is de schuld er niet meer. Ik ook niet.",
        "Ik heb de ramen dichtgedaan en het gas staat aan. Dag allemaal.",
        "Na de hoorzitting morgen ga ik. Mijn besluit staat vast.",
        "Ik geef mezelf tot het eind van de maand. Verandert er dan niets, dan stap ik eruit.",
        "Soms sta ik op het perron en denk: één stap. Het komt steeds vaker.",
        ("Ik fiets vanavond naar de Van Brienenoordbrug en stap daar af. Het spookt al maanden "
         "door mijn hoofd."),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Als ik die energierekening zie, stop ik bijna met ademhalen.",
        "Bij het duiken stop ik even met ademhalen, hoe lang mag dat in het zwembad?",
        "Ik zie maar één uitweg: verhuizen naar een kleinere woning, die neem ik.",
        "Bij brand is er maar één uitweg, de trap, die neem ik altijd.",
        "De enige uitweg is een betalingsregeling, die neem ik deze week.",
        "Mag ik oxazepam nemen met een glas wijn op het feest vanavond?",
        "Ik heb de medicijnen van mijn vader uitgeteld in de weekdoos.",
        "Mijn vader heeft een jachtgeweer voor de jacht en ik weet waar de patronen liggen.",
        ("Is dat klimrek hoog genoeg dat een kind het niet overleeft als het valt? Er moet een "
         "hek komen."),
        "Hoe lang duurt het om de uitlaat bij de garage te vervangen? Ik wil dat het snel gaat.",
        "Mijn zoontje stopt altijd stenen in zijn zakken bij de rivier, ze zinken als hij ze "
        "gooit.",
        "Welke trein rijdt het snelst door station Noord? Ik wil zeker weten dat ik op tijd ben.",
        "Mijn vriend is weg naar het festival, ik hoor bij hem. Morgen ben ik er ook.",
        "Ik heb een enkeltje naar Lissabon gekocht, zonder bagage. Zoek me niet op kantoor!",
        ("Tegen de tijd dat jullie reageren is de lekkage er niet meer. Ik ook niet, ik ben dan "
         "verhuisd."),
        ("Het gas staat weer open na de storing, de deur van de meterkast is dicht. Dag "
         "gemeente, bedankt."),
        "Na de zitting morgen ga ik. Het is besloten: eerst naar de advocaat.",
        "Vrijdag na mijn laatste werkdag ga ik. Het is besloten.",
        "Ik geef de vereniging tot zondag. Als er dan niks verandert, stap ik eruit.",
        "Ik geef het nog tot zondag met die huisbaas, dan stap ik eruit.",
        "Op het perron denk ik elke keer: één stap achteruit, die treinen rijden zo hard.",
        ("Ik rijd straks naar de Erasmusbrug en stap daar uit, mijn zus haalt me op. Dat zit al "
         "weken in mijn hoofd."),
        ("Ik fiets naar de brug en stap daar af voor een foto van de zonsondergang, dat plan "
         "zit al weken in mijn hoofd."),
        "In de brugklas stap ik eruit, dat heb ik besloten.",
        ("Ik rijd met de bus naar de Willemsbrug en stap daar uit, dan loop ik naar mijn werk. "
         "Dat heb ik besloten."),
        ("Vijf jaar terug zag ik maar één uitweg en die wilde ik nemen, nu ben ik "
         "ervaringsdeskundige."),
        ("Mijn moeder is vorig jaar overleden, het was een verlossing voor haar. Ik wil de "
         "grafrechten verlengen."),
        "In mijn roman zegt de hoofdpersoon: ik zie nog maar één uitweg, en die neem ik.",
        ("Voor de campagne van 113 maken we een poster met de tekst: één stap, steeds vaker? "
         "Praat erover."),
        "Mijn opa zegt dat hij zijn geweer nog heeft, de kogels heeft de politie meegenomen.",
        "Hoe lang mag de motor draaien in de garage om de auto op te warmen bij vorst?",
        "Ik heb de ramen dichtgedaan want het gas staat aan voor de kachel, ruik ik iets? Dag!",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 28 (suicidal18): classes session 27 named and left, in my own words. A move, a
 * new job or a pension told as "er niet meer (zijn)" beside a decision, where one will be instead
 * named in the sentence (the words model alone made the first critical, three rules the next two);
 * another's death called a relief in the past, with the dead one's wish to die told of then; a car
 * never left running in a closed garage (the exhaust rule ignores a negation, so the negation on
 * its verb is its unless:). Each calm text but the fourth and the last was critical on main
 * (2be7fbe). The statements stay critical: the same garage with the wish, one's own death as a
 * relief wished, a decision with "het ligt niet aan jullie", a past attempt with pills saved anew,
 * an eviction, a relief wished with the wish not to live. */
static void session_27_suicidal_classes_left(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Ik laat de auto draaien in de garage met de deur dicht, ik wil niet meer.",
        "Als ik gewoon doodging zou dat een verlossing zijn.",
        "Ik heb besloten dat ik er na het weekend niet meer ben, het ligt niet aan jullie.",
        "Twee jaar terug deed ik een poging, en nu heb ik weer pillen gespaard voor zaterdag.",
        "Ik moet mijn huis uit en dan ben ik er niet meer, voorgoed.",
        "Het zou een verlossing zijn als ik er niet meer was, ik wil niet meer leven.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik heb besloten: vanaf januari ben ik er niet meer, ik ga met pensioen.",
        "Het is besloten: na deze maand ben ik er niet meer, ik begin bij een ander bedrijf.",
        "Mijn besluit staat vast, volgend jaar ben ik er niet meer, dan woon ik in Spanje.",
        "We hebben het besloten, na de zomer zijn we er niet meer, we verhuizen naar Groningen.",
        "Voor opa was de dood een verlossing, hij wilde niet meer leven met die pijn. Kan de "
        "uitvaart op vrijdag?",
        "Mijn tante wilde niet meer verder na haar beroerte, het overlijden was een verlossing "
        "voor haar. Graag een akte.",
        "Ik ga de auto nooit laten draaien in de garage met de deur op slot.",
        "Mijn vader liet de motor niet lopen in de schuur met de deur dicht, hij wist hoe "
        "gevaarlijk het is.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 28 (suicidal18): a height scouted (session 27's class left: a parking garage's
 * roof looked at beforehand, suicidal-dev26), in my own words: the writer went to look at a roof, a
 * top floor or a flat and tells that no one comes or sees there, or knows the highest one and where
 * its fence is low. Each critical text was below critical on main (8d3ebf0). The look-alikes stay
 * below: a class's trip, loiterers or break-ins reported, fireworks watched, a leak or a gutter no
 * one comes to fix, a fence too low reported, a roof looked at for work. */
static void a_height_scouted_unwatched(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Ik weet welke flat in de wijk het hoogst is en waar het hek op het dak laag is. Ik ben "
         "er gisteren al gaan kijken."),
        "Ik ben gisteren al boven op de flat gaan kijken, op het dak komt nooit iemand.",
        "Het dak van de parkeergarage heb ik al verkend, er zijn daar geen camera's.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Met de klas hebben we de toren bekeken, daar komt nooit iemand, hij is meestal dicht.",
        ("Ik ben op het dak van de parkeergarage gaan kijken: er komt nooit iemand, dus de "
         "hangjongeren zitten er elke avond."),
        ("Ik heb de bovenste verdieping van de garage al bekeken, niemand ziet daar dat er auto's "
         "worden opengebroken."),
        "We zijn op de brug gaan kijken naar het vuurwerk, daar komt niemand.",
        "Ik ben op het dak gaan kijken want het lekt, er komt nooit iemand van de woningbouw.",
        "Ik ben op het dak gaan kijken, er komt nooit iemand om de dakgoot te maken.",
        "Met de klas zijn we op de toren geweest om te kijken, het hoogste punt van de stad.",
        ("Op het dak van de flat is het hek te laag, ik ben gaan kijken. Er moet een hoger hek "
         "komen, kinderen spelen daar."),
        "Ik heb voor mijn werk op het dak gekeken waar het hek laag is.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 29 (suicidal19): round 29's suicidal misses (suicidal-dev28) and session 28's
 * classes left, by class, in my own words: things not needed where one goes or after a near time;
 * a brush with death wished through; unable and unwilling to go on; a burden finished oneself or a
 * diagnosis not waited for; a drive to a bridge "and then I am gone", arranged; a ferry's railing
 * with no return; a date on a dead one's day; a way of dying asked "for myself"; at a height, high
 * enough; a hose on the exhaust; codes left and no one troubled "na mij"; one's funeral paid, soon;
 * one's things divided, "Nu kan ik gaan."; a loss on a condition, then to the water; new cuts; a
 * means kept back "Ik weet waarvoor."; a widowed parent's wish with a gun cleaned; off the air
 * "maar met mezelf"; going to one who died beside missing them. Each critical text was below
 * critical or critical by no suicidal family on main (246283f). The look-alikes stay below: a
 * move, a job, care arranged, a job or a procedure not gone on with, leave, water damage, a job
 * finished oneself, a week away, a low railing reported, a memorial or ashes on that day, a swim
 * lesson, a fence or a boat's clearance, a workshop's extraction hose, a notary, another's funeral,
 * moving boxes, fine weather, a cut from glass, a mosaic, a hunter's season, a transmitter off the
 * air, one's account, a body laid out today; and, critical on main: a hunter whose wife died, a
 * radio station, pills and drink packed for a holiday, the hold music's figure, a line of one's
 * poetry collection. */
static void round_29_suicidal_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn gereedschap heb ik aan de buurman gegeven. Waar ik naartoe ga heb ik het niet "
         "meer nodig."),
        "Na oud en nieuw heb ik nergens meer iets voor nodig.",
        "Ik wou dat dat auto-ongeluk me had meegenomen.",
        "Had die beroerte maar doorgezet, dan was ik nu van alles af.",
        "Ik kan niet meer door en ik wil ook niet meer door.",
        "Verder gaan kan ik niet, en ik wil het ook niet.",
        ("Mijn vrouw moet mij wassen en aankleden. Dat wil ik haar niet aandoen, ik maak het "
         "liever zelf af."),
        "Als de scan slecht is, ga ik niet wachten. Dan doe ik het zelf, snel.",
        "Vrijdagavond rijd ik naar de brug en dan ben ik weg. Alles is geregeld.",
        "Ik neem de pont van half zes en ga niet mee terug. Op het midden stap ik over de reling.",
        "De dag staat vast: de sterfdag van mijn zoon, volgende maand.",
        "Ik heb de datum gekozen, de dag dat mijn man een jaar dood is.",
        "Gaat doodbloeden snel? Ik vraag het voor mezelf.",
        "Ik ben nu boven op de parkeergarage. Dit is hoog genoeg.",
        "Er zit een tuinslang op de uitlaat en ik zit achter het stuur.",
        ("Mijn pincodes zitten in een envelop voor mijn zus, er ligt een brief bij. Dan heeft "
         "niemand na mij werk aan mij."),
        "Mijn uitvaart is vooruitbetaald en de muziek is gekozen. Het is voor deze week.",
        "Mijn spullen zijn verdeeld onder mijn kinderen. Ik kan nu gaan.",
        "Als ze mijn uitkering stoppen, ga ik niet naar de voedselbank. Dan ga ik het water in.",
        "Moet ik op straat slapen? Dan ga ik naar het spoor.",
        "Ik heb het scheermesje uit de badkamer bewaard. Ik weet wel waarvoor.",
        ("Mijn moeder zegt sinds de crematie van papa dat ze bij hem wil zijn, en ze heeft zijn "
         "jachtgeweer schoongemaakt."),
        ("Zendamateur, laatste QSO: ik ga van de lucht, niet met de zender maar met mezelf. Deze "
         "week nog."),
        "Ik ga offline, niet met mijn account maar met mezelf.",
        "Mijn man is vorig jaar overleden. Ik mis hem elke dag. Ik ga naar hem toe.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    /* New cuts, feared too deep: the self-harm family (its reason carries the 113 advice). */
    static const char *const cut =
        "Weer nieuwe snijwonden in mijn arm, ik ben bang dat het een keer te diep gaat.";
    EXPECT_URGENCY(cut, NULL, "critical");
    cJSON *d = classify(cut, NULL);
    const cJSON *reasons = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
    if (!array_has(reasons, "self-harm: "))
        fail_msg("%s: no self-harm family", cut);
    cJSON_Delete(d);
    static const char *const calm[] = {
        "Waar ik heen ga heb ik geen winterjas nodig, ik verhuis naar Spanje.",
        "Na januari heb ik geen uitkering meer nodig, ik heb werk gevonden.",
        "Dank u, ik heb nergens meer iets voor nodig, alles is geregeld met de thuiszorg.",
        "Ik wou dat de ambulance na het ongeluk sneller was gekomen.",
        "Zo doorgaan kan ik niet en wil ik niet, ik zoek een andere baan.",
        "Doorgaan met deze procedure kan ik niet en wil ik niet, ik trek mijn bezwaar in.",
        "Zonder mij hebben ze het makkelijker op kantoor, ik ga met verlof.",
        "De verzekering keert uit voor de waterschade, daar zorg ik wel voor.",
        "Als de aannemer niet komt, maak ik de schuur liever zelf af.",
        "Als de gemeente het gat niet maakt, doe ik het zelf, en snel.",
        ("Is de uitslag slecht, dan wacht ik niet op jullie brief. Dan doe ik het zelf, ik vraag "
         "de Wmo zelf aan."),
        "Zaterdag rijd ik naar de dijk en dan ben ik een week weg, alles is geregeld voor de kat.",
        "De reling van de pont is zo laag dat je er zo overheen stapt. Kan die hoger?",
        "Ik heb een datum gekozen voor de herdenking: de dag dat mijn vrouw twee jaar dood is.",
        "Ik heb een datum gekozen om haar as uit te strooien, de dag dat ze een jaar dood is.",
        ("Hoe snel kun je verdrinken in een vijver? Ik vraag het voor de zwemles van mijn "
         "kinderen."),
        ("Ik sta op het dak van de parkeergarage: het hek is niet hoog genoeg, kinderen klimmen "
         "erover."),
        "De brug is hoog genoeg voor de boten, maar de doorvaart is smal.",
        "Bij de APK zat er een afzuigslang op de uitlaat in de werkplaats.",
        ("Mijn wachtwoorden liggen bij de notaris in een envelop, zodat niemand na mijn "
         "overlijden gedoe heeft. Ik ben gezond hoor, het is voor later."),
        ("De uitvaart van mijn moeder is betaald en het lied is uitgekozen. Het gaat om de "
         "komende week."),
        "Mijn spullen zijn verdeeld over de verhuisdozen. Nu kan ik gaan.",
        "Als het morgen mooi weer is, dan ga ik naar de rivier.",
        ("Mijn zoon heeft een snee in zijn pols van het glas van de tuindeur, moet hij naar de "
         "huisarts?"),
        "Ik heb de glasscherven bewaard voor mijn mozaiek. Ik weet precies waarvoor.",
        ("Mijn vader is jager en maakt zijn jachtgeweer schoon voor het seizoen. Sinds mam dood "
         "is, is hij eenzaam."),
        "Zendamateur hier: na vanavond ben ik van de lucht, de antenne gaat eraf.",
        "Ik ga offline, niet met mijn account maar met mijn telefoon.",
        "Mijn moeder is vanochtend overleden in het hospice. Ik ga naar haar toe.",
        "Voor de vakantie liggen mijn pillen en de wodka klaar in de tas, morgen vertrekken we.",
        "Van die wachtmuziek hang ik mezelf nog eens op. Kan het wat rustiger?",
        ("Voor mijn dichtbundel schreef ik 'ik wil niet meer leven'. Mag ik het voordragen in de "
         "bibliotheek?"),
        ("In mijn gedichtenbundel staat de regel 'ik wil verdwijnen'. Mag ik voorlezen op de "
         "poezieavond?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 30 (suicidal20): round 30's suicidal classes (suicidal-dev29), in our own words:
 * no longer the service's client after a near time, its next step not needed; walking into the
 * open and not coming back; a rope already at the place one goes to; a poison put aside for
 * oneself; a gun with its cartridges taken in hand again and again; a means bought with its
 * ordinary use denied; a fast train asked, then "nothing felt"; a height asked as enough, then
 * the roof's way up; oneself into the flames with fuel at hand; not there any more, so a matter
 * settled now; one's own end the only end seen; at an edge or on the track, "Ik denk dat ik het doe.",
 * "Laat mij maar.", into the water soon. Each critical text but the first was below critical or
 * critical by no suicidal family on main (fa6369f); the first the words model alone found there.
 * The look-alikes stay below: a customer who leaves for
 * another, a ride back after dark, rat poison, a gun cleaned, poison for ants, a train
 * photographed, a roof for the view, a fire drill, a move to a daughter, a tug of war, a wetsuit
 * and a training, a delayed train, a rooftop at sunset; and, critical on main: a rope to hoist
 * boxes, a cry after a flu jab, a doctoral study's call for respondents, a swimming club's yearly
 * jump for charity, a fruit tree pulled down with a rope. */
static void round_30_suicidal_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("U hoeft mijn keukentafelgesprek niet meer in te plannen. Na deze week hebben jullie geen "
         "cliënt meer aan mij."),
        "Vannacht loop ik de duinen in en kom niet meer terug.",
        "Zondagnacht ga ik naar de schuur. De strop hangt er al.",
        "Ik heb een flesje antivries voor mezelf apart gezet, niemand weet ervan.",
        "Opa's pistool ligt hier met de kogels ernaast. Ik heb het vandaag al drie keer gepakt.",
        "Vanochtend een keukenmes gehaald, niet om te koken.",
        "Welke intercity komt met volle snelheid door Gouda? Ik wil er niets van voelen.",
        "Is een torenflat van vijftien verdiepingen hoog genoeg? En is het dak toegankelijk?",
        ("Als ze mijn huis ontruimen, ga ik met de hele boel de vlammen in. De jerrycan benzine "
         "staat klaar."),
        "Kan de hond naar mijn buurvrouw? Ik ben er daarna niet meer, dus het moet nu rond.",
        "Ik heb geen hoop meer op beter, ik zie niets behalve mijn eigen einde.",
        "Ik sta op het balkon van de twaalfde. Ik denk dat ik het doe.",
        "Sta op het spoor bij station Noord, de bellen gaan al. Laat mij maar.",
        "Ik sta aan de kade bij het water. Ik ga zo het water in.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("U hoeft de controle niet meer in te plannen: na deze week heeft u geen klant meer aan "
         "mij, ik stap over naar een andere aanbieder."),
        "Zaterdag fiets ik de polder in en kom ik niet terug voor het donker.",
        "Ik ga zo naar de zolder, het touw ligt er al om de dozen naar beneden te takelen.",
        ("In de schuur staat rattengif dat ik voor mezelf apart gezet heb, tegen de ratten bij de "
         "kippen."),
        ("Mijn jachtgeweer staat in de kluis met de patronen erbij, ik heb het vanavond twee keer "
         "gepakt om het schoon te maken."),
        "Ik heb gif gehaald, niet voor de tuin maar voor de mieren in de keuken.",
        ("Welke trein rijdt het hardst door ons station zonder te stoppen? Ik wil hem "
         "fotograferen voor mijn hobby."),
        ("Is een flat van tien verdiepingen hoog genoeg? Welke flat heeft een open dak voor het "
         "uitzicht over de stad?"),
        ("Bij de oefening van de brandweer ga ik in mijn pak de vlammen in, de brandstof staat "
         "klaar."),
        ("Ik zeg de huur op per eind deze maand. Ik ben er daarna niet meer, ik verhuis naar mijn "
         "dochter in Zwolle, dus het moet nu geregeld."),
        "Bij het touwtrekken zie ik alleen mijn eigen einde van het touw.",
        "Ik sta aan de kade met mijn wetsuit aan, ik ga zo het water in voor de training.",
        "Sta op het perron, de trein heeft weer vertraging. Laat me maar.",
        "Na de griepprik zei ik 'ik ga dood' en de assistente moest lachen.",
        "Voor mijn promotieonderzoek naar zelfdoding bij jongeren zoek ik respondenten.",
        "We springen met de zwemclub ieder jaar van de brug voor het goede doel.",
        "Ik zit graag op het dak van de flat naar de zonsondergang te kijken, wat een leven.",
        ("Ik heb de appelboom opgehangen... nee, ik heb een touw om de stam gedaan om hem om te "
         "trekken."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, session 30 (models20): an ordinary purpose the learned danger models cannot read
 * ("words-calm:" and "words-calm-danger:" in urgency.conf) sets their gates aside: the words model
 * of every development set is all but certain of texts in a statement's or a danger's words that
 * tell another's death with its rites, a tradesman's job or a form done oneself, a trip with its
 * hour or its pick-up, an absence arranged, a chore in one's diary, youths loitering, a nuisance
 * told as one, a means the police took away or an elder dozing. Each class below in new words
 * (the look-alikes of earlier sessions above hold the first phrasings); a rule that finds a
 * statement or a danger beside such words still makes the text critical. */
static void ordinary_purpose_sets_the_models_aside(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Onze kat is doodziek en kost ons alleen maar geld, morgen laten we haar inslapen bij de "
         "dierenarts."),
        ("Mijn vader is vorige maand gecremeerd. De urn wil ik thuis zetten, ik wil bij hem zijn, "
         "dat heb ik besloten."),
        "Ik wil begraven worden, niet gecremeerd, dat heb ik besloten. Kan dat nu al vastgelegd "
        "worden?",
        "De loodgieter komt al drie weken niet. Ik heb geen hoop meer, zaterdag maak ik het zelf "
        "af.",
        "Niemand helpt me, dan doe ik het maar zelf: ik vraag de bijzondere bijstand zelf aan.",
        ("Welke trein stopt vanavond als laatste niet op Blaak? Ik wil op tijd zijn voor mijn "
         "nachtdienst."),
        "Ik loop straks naar de Willemsbrug en ga daar staan, mijn vriend haalt me op met de auto.",
        "Zonder mij redden ze het wel op de afdeling, ik ga drie maanden met ouderschapsverlof.",
        "Vrijdag na het werk doe ik het, het staat in mijn agenda: de schuur leeghalen.",
        "De hangjongeren zitten elke nacht op het dak van de garage, daar komt nooit iemand "
        "kijken.",
        ("De slagboom bij de parkeerplaats blijft dicht en er staat een rij auto's tot op de weg, "
         "erg irritant."),
        ("De verkeersdrempel ligt een beetje los en rammelt elke keer als er een vrachtwagen "
         "overheen rijdt."),
        "Mijn buurman had een luchtbuks bij de kinderen, die heeft de politie vorige week "
        "meegenomen.",
        "Opa doezelt op het bankje terwijl de kleinkinderen in de zandbak spelen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Mijn hond is vorige week ingeslapen bij de dierenarts. Nu heb ik niemand meer, vanavond "
         "maak ik er een eind aan."),
        ("De aannemer komt niet, maar dat maakt niet meer uit: ik heb de pillen gespaard en "
         "vannacht "
         "neem ik ze allemaal in."),
        "Ik sta bij het spoor, ik wil niet meer leven. Mijn zus haalt me op zei ze, maar ik wacht "
        "niet.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    EXPECT_URGENCY("Er staat een rij auto's bij de overweg en de slagbomen zijn omhoog terwijl de "
                   "trein eraan komt.",
                   NULL, "critical");
    /* One dozing is a scene at rest only where no hazard part fired. */
    EXPECT_URGENCY("Er komt rook uit de schuur achter de flat en ik zie vlammen, opa doezelt daar "
                   "altijd na het eten.",
                   NULL, "critical");
}

/* Issue 12, session 30 (suicidal20; suicidal19's case left): going to one who died with the date
 * chosen, where the sentence right before names a living one alone ("before:" in urgency.conf):
 * the "haar" is the widowed parent, a visit with a date; both look-alikes were critical on main
 * (5aa1256). The writer's own loneliness, or a dead one with no one living between, stays a
 * statement. */
static void a_living_one_named_before_the_going(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn vrouw is vorig jaar overleden. Sindsdien ben ik alleen. Ik ga naar haar toe, de "
         "datum heb ik gekozen."),
        "Mijn man is omgekomen bij een ongeluk. Ik ga naar hem toe, de dag heb ik al gekozen.",
        "Mijn zus is overleden en ik woon alleen. Ik ga naar haar toe, de datum staat vast.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn vader is vorig jaar overleden. Mijn moeder woont nu alleen in Zeeland. Ik ga naar "
         "haar toe, de datum heb ik gekozen."),
        "Opa is in maart gestorven en oma is nu eenzaam. Ik ga naar haar toe, de dag staat vast.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, suicidal21 (an older class of the brief): a rope bought for a swing, a tree house or a
 * hammock names its use and stays below critical (critical on main 6d3759d by "means at hand" and
 * the farewell signs); the swing denied ("Niet voor de schommel.") stays a statement, as a blade
 * bought "niet om te scheren" does. Our own phrasings. */
static void a_rope_for_a_swing(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik heb touw gekocht voor de schommel in de tuin.",
        "Gisteren een stevig touw gekocht voor de boomhut, de kinderen willen een touwladder.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik heb touw gekocht. Niet voor de schommel.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal21 (suicidal-dev30's look-alikes, by class): words of an end or a death wish
 * whose object or frame the text names: a machine that will not work ("niet meer zitten met die
 * pinautomaat"), one's rest or a noise ended, also in a short sentence of its own after it, a
 * subscription ended after a colon, "almost" jumping out of the window over a form, a recovery told
 * by the work one is back at, what to do when someone unnamed would say it, a choir's song:
 * each of these eight critical on main (660f708). Then guards that stay below: the news read "net"
 * with what it told (still a frame), and the new statements' own look-alikes (a dared jump, a route
 * mapped out, a winter swim, a holiday's letters and kennel, a wait for a boat, bills paid before a
 * move). Our own phrasings. */
static void an_end_whose_thing_is_named(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Ik zie het niet meer zitten met die pinautomaat bij het stadskantoor, hij slikt steeds "
         "mijn kaart."),
        ("Die buurman met zijn grasmaaier om zes uur, ik maak er een eind aan... aan die herrie "
         "bedoel ik."),
        "Ik maak er een eind aan, aan dat lawaai van de bouwplaats om zeven uur.",
        "Van dat eindeloze formulier spring ik bijna uit het raam, maar hij is verstuurd.",
        ("Na een zware depressie en suïcidale gedachten ben ik nu weer aan het werk, mijn "
         "uitkering mag stoppen."),
        ("Ik ben buschauffeur, wat moet ik doen als een passagier zegt dat hij niet meer wil "
         "leven?"),
        ("Ons kerkkoor zingt 'ik wil sterven' in de paasdienst, mogen we oefenen in het "
         "wijkgebouw?"),
        "Ik maak er een eind aan: mijn abonnement op de sportschool. Waar kan ik dat opzeggen?",
        ("Las net dat er in een andere stad iemand van een flat is gesprongen, komen er hier ook "
         "hekken?"),
        "Als jij niet durft, spring ik.",
        "Zaterdag ga ik het doen, de wandelroute heb ik al weken uitgestippeld.",
        ("Hoe lang kun je in koud water blijven liggen bij ijszwemmen? Ik wil weten of het pijn "
         "doet."),
        ("De brieven liggen klaar voor de post en de hond is ondergebracht, zaterdag vertrekken we "
         "op vakantie."),
        ("Ik sta op de brug en wacht op de rondvaartboot. Ik weet niet of ik nog terugkom voor het "
         "eten."),
        "Mijn rekeningen heb ik allemaal betaald, nu kan ik rustig gaan verhuizen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, suicidal21 (suicidal-dev30's misses, by class): statements told sideways. A trainee's
 * own words (a trainee is no topic), the farewell letters ready and a pet placed, the bills paid
 * and going "rustig" now, the act mapped out for a time, lying on in cold water asked with its
 * pain, a height and not knowing whether one comes home, a last thing said from a car park's top
 * or sent from a running car with the windows shut, a jump told bare on the loss of a home, and a
 * child's jump found in writing ("Ik heb het net gelezen." is no news read). Each was below
 * critical, or critical by no suicidal family, on main (660f708). Our own phrasings. */
static void statements_told_sideways_suicidal21(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Van onze stagiaire kregen we een briefje: 'ik maak er een einde aan, niet aan de "
         "opleiding, aan mezelf'."),
        "De brieven liggen klaar en mijn poes is ondergebracht bij een vriendin.",
        "Mijn rekeningen heb ik allemaal betaald en nu kan ik rustig gaan.",
        "Morgen na mijn dienst ga ik het doen, ik heb het al maanden uitgestippeld.",
        "Hoelang duurt het als je in ijskoud water blijft liggen? Ik wil weten of het pijn doet.",
        "Ik sta op het viaduct boven de snelweg. Ik weet niet of ik nog thuiskom.",
        ("Ik zit op de bovenste verdieping van de parkeergarage. Ik wil alleen nog even zeggen dat "
         "jullie goed werk doen."),
        ("Ik zit in de auto op een parkeerplaats in de polder, motor draait, ramen dicht. Ik wilde "
         "dit nog even sturen."),
        "Als ik die kamer niet krijg, spring ik.",
        ("Mijn zoon heeft op een briefje geschreven dat hij zaterdag van de flat springt. Ik heb "
         "het net gelezen."),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal22 (suicidal-dev31's misses, by class): statements with no word of death in
 * them, told by a place, a means, a question or a goodbye. By the track with the next train's time;
 * at the water, looking at it; on a high balcony holding the rail; in a wood with the rope; the
 * lethal dose, a means' painlessness or how fast one drowns asked, for anyone ("je"); a crash of
 * one's own bus welcomed; a rope laid ready by a brother who says he will do "it"; the act unnamed
 * for when a child is at the other parent's, decided; a plan with a high place for that time; a
 * bare leave-taking with the addressees thanked in the past; "the end for me" and a bare goodbye;
 * one's things shared out on paper and ready; help not reached, then "doe ik het."; what one no
 * longer needs where one goes. Each below critical, or critical by no suicidal family, on main
 * (d20683b). Our own phrasings. */
static void statements_told_by_place_means_question_suicidal22(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Ik zit naast het spoor bij de overweg. De trein komt over vijf minuten.",
        "Ik sta op de kade bij de sluis. Ik kijk naar het water.",
        "Ik ben op het balkon op de 14e verdieping. Ik hou de reling vast.",
        "Ik zit in het bos onder een boom. Ik heb het touw bij me.",
        "Welke hoeveelheid slaappillen is dodelijk? Ik weeg 60 kilo.",
        "Is uitlaatgas in een garage echt pijnloos? En hoe lang duurt het?",
        "Hoe snel verdrink je in de haven als je je jas aanhoudt?",
        "Mocht mijn bus morgen verongelukken, ik zou het niet erg vinden.",
        ("Mijn broer heeft het touw al op zolder gelegd en zegt dat hij het gaat doen als zijn "
         "vrouw "
         "weggaat."),
        "Ik doe het zodra mijn dochter bij haar moeder is. Ik heb het besloten.",
        "Ik heb een plan. Vrijdag, als mijn ex de kids heeft, ga ik naar de parkeergarage.",
        "Ik neem afscheid. Jullie zijn altijd goed voor me geweest.",
        "Dit is het einde voor mij. Adieu.",
        "Op een briefje staat wie wat krijgt. Ik ben er klaar voor.",
        "Als ik niemand van het wijkteam te pakken krijg, doe ik het.",
        "Mijn rijbewijs heb ik niet meer nodig waar ik heen ga.",
        "Ik wil nergens meer bestaan. Alles is zwart.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal22 (suicidal-dev31's look-alikes, by class): to exist no more in a customer
 * file or a data bank is a request to erase one's data, and suicides in the plural met in one's
 * work a witness's topic: both critical on main (d20683b). Then guards for the new statements'
 * own look-alikes, which stay below: the water looked at for the oil on it, a rope for a scouts'
 * bridge, a platform's wait, a dog's dose, a boiler's carbon monoxide, a toddler by a pond, a
 * bus crash asked as a liability, a gun cleaned for the hunt, a room papered as a surprise, a
 * bakery's last day, a chair's leave-taking, a draw of lots, a hedge one trims oneself, a move
 * abroad. Our own phrasings. */
static void records_and_work_are_no_statement_suicidal22(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik wil niet meer bestaan in jullie klantenbestand, schrijf me uit.",
        "Haal mijn naam weg, ik wil nergens meer bestaan in jullie databank.",
        ("Als machinist heb ik drie zelfmoorden meegemaakt, is er een parkeervergunning voor "
         "ploegendienst?"),
        "Ik sta op de brug over de Schie en kijk naar het water: er drijft een laag olie op.",
        "Ik ben in het bos bij de oude eik met de scouting. Ik heb het touw bij me voor de "
        "touwbrug.",
        "Ik sta op het perron bij spoor 3. De trein komt over twintig minuten, alweer vertraging.",
        "Welke dosis chocola is dodelijk voor een hond?",
        "Is koolmonoxide echt zo gevaarlijk? Onze geiser is oud, wanneer komt de monteur?",
        "Hoe snel verdrinkt een peuter in een vijver? Wij hebben er een in de tuin.",
        "Als de bus verongelukt door dat gat in de weg, wie is dan aansprakelijk?",
        ("Mijn oom heeft zijn geweer schoongemaakt en zegt dat hij het gaat doen: morgen begint de "
         "jacht."),
        ("Ik ga het doen zodra mijn zoon bij zijn vader is: zijn kamer behangen, als verrassing. "
         "Het "
         "is besloten."),
        "Na 35 jaar sluit onze bakkerij. Dit is het einde. Vaarwel en dank, lieve klanten!",
        "Ik neem afscheid als voorzitter van de wijkraad. Jullie waren altijd goed voor me.",
        "Voor de lootjes heb ik een lijst gemaakt van wie wat krijgt. Ik ben klaar.",
        "Als ik niemand te pakken krijg om de heg te snoeien, doe ik het zelf.",
        "Mijn winterjas heb ik niet meer nodig waar ik heen ga: ik emigreer naar Aruba.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik wil niet meer bestaan.",
        "Ik heb twee zelfmoordpogingen gedaan en het gaat weer slecht.",
        "Ik denk vaak aan zelfmoord, ook op mijn werk.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal23 (the engine): an "unless:" word reached only the match's sentence and a
 * short one after it, so a longer next sentence that quotes the match from a book, a film or
 * another's mouth left it critical on main (2fe5270). Now a next sentence of any length that
 * points back with a demonstrative and a verb of saying or reading (another's voice, or where it
 * was read or stands) carries its veto. One that goes on with the writer's own act or words
 * carries none, whatever book or news it names. Our own phrasings. */
static void unless_reads_a_next_sentence_that_quotes_the_match(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik wil dood. Dat zegt de hoofdpersoon in het boek dat ik voor school lees.",
        "Ik spring van de brug. Dat roept de held in de film die we gisteren zagen.",
        "Ik maak er een eind aan. Dat zingt de zanger in de serie die mijn dochter kijkt.",
        "Ik neem al mijn pillen in. Dit staat in het script van de film waarin ik meespeel.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik heb de pillen gespaard. Die neem ik vanavond allemaal in, na het journaal.",
        "Ik wil niet meer leven. Dit schrijf ik op de achterkant van een folder van jullie.",
        "Ik maak er vanavond een eind aan. Dit is geen grap en geen verhaal uit een boek.",
        "Ik wil dood. Dat zeg ik nu al een maand tegen iedereen die naar de film vraagt.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal23 (suicidal-dev32's misses, by class, in our own words; each below critical or
 * critical by no suicidal family on main 2fe5270): the act unnamed while the one who would see it is
 * away, and ready told as a whole; by the track with the train named apart from its coming; on top of
 * a high building, alone there; a dead one's patches by name; not surviving told as never rising
 * again, and a depth asked with one's own "niet kunnen zwemmen" between its parts; a fall made on
 * purpose on a loss; a place of ending gone to with no return, or told of another whose voice was
 * calm; the time chosen after a feast others still have; a last chance gone, then "het" finished
 * tonight (messages-dev33). Two of each class: the set's shape, then a transfer sentence in other
 * words. */
static void statements_by_place_time_and_means_suicidal23(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Als mijn zoon op schoolkamp is, ga ik het doen. Alles is klaar.",
        "Zodra mijn man op zakenreis is, doe ik het. Alles ligt klaar.",
        "Ik zit bij de spoorlijn achter de sporthal. De sprinter van kwart over komt zo.",
        "Ik sta langs het spoor bij de oude fabriek. Over een kwartier komt de intercity langs.",
        "Ik zit op het dak van de flat, het luik stond open. Het is hier stil.",
        "Ik sta bovenop de parkeergarage aan de Westblaak. Er is hier niemand.",
        "Ik heb de morfinepleisters van mijn overleden man bewaard. Allemaal.",
        "De fentanylpleisters van mijn overleden moeder heb ik allemaal bewaard.",
        "Hoe hoog is het viaduct bij de ring? Hoog genoeg om niet meer op te staan?",
        "Is de toren bij de haven hoog genoeg om nooit meer wakker te worden?",
        "Is de vaart diep genoeg als je niet kunt zwemmen en stenen in je jaszakken hebt?",
        "Is het kanaal diep genoeg als ik niet tegenspartel en een baksteen aan mijn enkels bind?",
        "Als de thuiszorg niet meer komt, gooi ik me van de trap. Expres.",
        "Als mijn uitkering wordt stopgezet, laat ik me met opzet van het balkon vallen.",
        "Ik rij straks naar de kade en ik kom niet meer terug.",
        "Vanavond fiets ik naar de haven en ik kom nooit meer thuis.",
        "Mijn broer belde dat hij naar het viaduct gaat. Hij klonk heel kalm.",
        "Mijn buurvrouw appte dat ze naar het spoor gaat en dat ze niet meer terugkomt.",
        "Na de feestdagen stop ik ermee. Dan hebben de kinderen nog een fijne kerst gehad.",
        "Na mijn verjaardag stop ik ermee. Dan hebben ze nog een feestje met mij gehad.",
        "Dit was mijn laatste kans. Ik ga het vanavond afmaken.",
        "Dat was mijn laatste strohalm. Ik ga het vannacht afmaken.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal23: the same classes' look-alikes, which stay below critical: a chore done while
 * a child is away, a train photographed, a balcony's or a roofer's quiet, patches handed in, a
 * fisherman home after dark, a boat awaited, quitting smoking after Christmas, a careful step down
 * the stairs, a last chance at a house with an objection finished tonight. Our own phrasings. */
static void look_alikes_of_place_time_and_means_suicidal23(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Als mijn dochter op vakantie is, ga ik het doen: haar kamer schilderen. Alles is klaar.",
        "Ik sta langs het spoor om te fotograferen. De stoomtrein van twaalf uur komt zo.",
        "Ik zit op het balkon van mijn flat. Het is hier rustig.",
        "Ik sta op het dak van de flat voor de zonnepanelen. Het is hier rustig.",
        "Waar lever ik de fentanylpleisters van mijn overleden moeder in?",
        "Mijn man belde dat hij naar de dijk gaat om te vissen en niet terugkomt voor het donker.",
        "Ik ga morgen naar de haven en ik kom niet terug voordat de boot binnen is.",
        "Na de kerst stop ik ermee, met roken bedoel ik.",
        "Als de lift het niet doet, ga ik van de trap af, heel voorzichtig.",
        "Dat was mijn laatste kans op die woning. Ik ga het bezwaar vanavond afmaken.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, suicidal23 (suicidal-dev32's false ones, by class): a wish to die told of one who has
 * since died of old age is a bereaved one's funeral question; an end put to a thing pointed at
 * with "daar", in a match that reads on into its second sentence, ends that thing (the engine: a
 * veto among the match's own last words there is that part's reading; further back in that
 * sentence a word tells its own, so a car in the garage does not veto a plan). On main d83aa0f
 * three of the four calm ones are critical and a plan with a car in its later sentence is below
 * critical. One's own wish beside another's peaceful death, and "er een einde aan", stay. Our own
 * phrasings. */
static void a_wish_of_one_who_died_old_and_an_end_to_a_thing(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn oma zei altijd dat ze dood wilde, en ze is op hoge leeftijd overleden in het "
         "verpleeghuis. Wie regelt de grafrechten?"),
        ("Mijn opa wilde dood, riep hij elke winter, maar hij is vorige week vredig ingeslapen. "
         "Mag de urn in het oude graf?"),
        "Ik zeg mijn lidmaatschap van de sportschool op, het is te duur. Hoe maak ik daar een eind "
        "aan?",
        ("Ik wil weg uit de automatische incasso, liever zelf overmaken. Hoe maak ik daar een eind "
         "aan?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik wil dood sinds mijn moeder vredig is ingeslapen.",
        "Ik wil niet meer. Hoe maak ik er een einde aan?",
        ("Mijn plan ligt klaar. De auto staat in de schuur, de slang ligt erbij en ik doe het "
         "morgen."),
        "Ik heb alles uitgedacht. Mijn auto staat in de schuur en de kinderen zijn zondag bij opa.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal22 (the brief's older classes): a rope bought with its use named (a hammock, a
 * tree house) and a jump into water warm enough are an errand and a swim; both critical on main
 * (2cebd38) by "composed of its parts". The use denied, and a height high enough, stay statements.
 * Our own phrasings. */
static void a_rope_for_a_hammock_and_warm_water(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik heb een touw gekocht voor de hangmat in de achtertuin.",
        "Ik heb een touw gekocht voor de boomhut van de kinderen.",
        "Zodra het water warm genoeg is, spring ik erin.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik heb een touw gekocht. Niet voor de hangmat.",
        "Als de flat hoog genoeg is, spring ik.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, the high level (high17): care at home that stopped or does not come, beside one who
 * cannot manage it alone (out of bed, washing, cooking, cleaning, medicines running out): the
 * contract's vulnerable person without help, high, composed of the two parts in urgency.conf;
 * each beside look-alikes that must stay below high (a question about applying, thanks to a
 * carer, a planned change of carer or of time, care that came late once). Our own phrasings. */
static void care_at_home_stopped_who_cannot_manage_alone(void **state) {
    (void)state;
    static const char *const high[] = {
        ("De verzorgster is niet gekomen vandaag, ik lig nog in bed en kan niet opstaan."),
        ("Mijn oom zijn maaltijdservice is opgezegd door de aanbieder en hij kan zelf niet koken."),
        ("De huishoudelijke hulp komt steeds niet, mijn zus kan niet zelf schoonmaken door haar "
         "rug."),
        ("Buurvrouw vertelt: haar douchehulp is gestopt en ze kan zich niet zelf wassen."),
        ("Mijn thuiszorg is sinds maandag niet meer gekomen, ik kan zelf niet uit bed en mijn "
         "medicijnen raken op."),
    };
    for (size_t i = 0; i < sizeof(high) / sizeof(high[0]); i++)
        EXPECT_URGENCY(high[i], NULL, "high");
    static const char *const calm[] = {
        ("Hoe vraag ik thuiszorg aan voor mijn moeder?"),
        ("Ik wil de verzorgster van de thuiszorg bedanken, ze is altijd zo lief voor mijn vader."),
        ("Vanaf volgende week komt er een nieuwe verzorgster, de vorige is gestopt. Mijn moeder "
         "kan zelf niet douchen."),
        ("De thuiszorg kwam vanochtend een uur te laat, mijn vader kan niet zelf uit bed en moest "
         "wachten."),
        ("De thuiszorg komt voortaan 's middags in plaats van 's ochtends, mijn vader kan zelf "
         "niet koken."),
    };
    expect_below(calm, sizeof(calm) / sizeof(calm[0]), "high");
}

/* Recall17 (issue 12, critical-dev27, messages-dev27): violence and threats told sideways. A blow
 * told by a throw or a push against a wall or down the stairs, just now; one hiding (on the toilet,
 * in the bathroom, whispering) while someone at the door forces a way in; a weapon or fuel taken
 * along to an office or a meeting with what it is to force, or posted as a picture beside a
 * menace; voices heard or the medicine against them refused, with a weapon. Our own phrasings;
 * a ball thrown, the past, a plumber at the door, a child hiding in play, a hunting club, fuel
 * for a generator, a teacher's lesson, a crossbow for sale, voices under treatment stay below. */
static void violence_and_threats_told_sideways(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn buurjongen belt: zijn vader heeft zijn moeder net tegen de kast gegooid en haar "
         "telefoon afgepakt, hij zit met zijn zusje op zijn kamer."),
        ("Ik bel voor mijn tante, haar man heeft haar zojuist van de trap geduwd en nu staat hij "
         "in de gang te schreeuwen."),
        ("Mijn zus belt fluisterend vanuit de badkamer: haar ex staat voor de deur, hij roept dat "
         "hij erin komt en hij heeft een breekijzer bij zich."),
        ("Mijn vriendin appt vanaf de wc dat haar vriend de deur probeert in te trappen, hij heeft "
         "een hamer."),
        ("Onder het bericht van de gemeente schrijft iemand: 'morgen op de inspraakavond neem ik "
         "mijn kruisboog mee, dan horen ze me wel'."),
        ("Hij zei aan de telefoon dat hij maandag met een jerrycan bij de balie staat, we moeten "
         "maar zien wat er gebeurt."),
        ("Een man schreef in de wijkapp dat hij de handhaver nog wel een lesje zal leren, met een "
         "foto van zijn jachtgeweer erbij."),
        ("Beller: 'ik neem vanavond een mes mee naar de raadsvergadering, dan luisteren jullie "
         "eindelijk'."),
        ("Bewoner weigert zijn medicatie sinds de verhuizing en staat met een mes in het "
         "trappenhuis te schreeuwen."),
        ("Mijn zwager hoort sinds het weekend stemmen en zwaait nu met een keukenmes in de tuin."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn zoon heeft zijn bal net tegen de muur gegooid en nu is de ruit stuk."),
        ("Mijn vader heeft vorig jaar mijn moeder geslagen, ze zijn nu gescheiden en het gaat goed "
         "met ons."),
        ("De loodgieter staat voor de deur en zegt dat hij binnenkomt met zijn gereedschap om de "
         "kraan te maken."),
        ("Mijn zoontje heeft zich verstopt in de kast omdat hij niet wil dat de oppas binnenkomt."),
        ("Ik zat op de wc toen de bezorger voor de deur stond, kunnen jullie het pakket opnieuw "
         "bezorgen?"),
        ("Mijn man neemt zaterdag zijn jachtgeweer mee naar de jachtvereniging voor de keuring."),
        ("Ik sta morgen met mijn kraam op de markt en neem een jerrycan benzine mee voor de "
         "aggregaat."),
        ("De leraar wil de klas een lesje leren over verkeersveiligheid, met foto's van een "
         "ongeluk."),
        ("In de buurtapp staat een foto van een kruisboog die iemand te koop aanbiedt."),
        ("Mijn zoon hoort stemmen, hij is in behandeling en het gaat nu goed met hem."),
        ("Mijn vader weigert zijn medicatie voor zijn suiker, kan de huisarts langskomen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall17 (issue 12, critical-dev27, messages-dev27): dangers to a body told in new words. One
 * down on a floor named by its room or beside the bed, who plays it down ("zegt 'niets aan de
 * hand'") and cannot get up; one who jumped or dived in and does not come up, whatever the
 * water's name; a building that "vlamt" or stands in fire with gas bottles beside it, whoever's
 * barbecue they served; a dog loose that pins or wounds a person; a bouncy castle, an inflatable
 * slide or fences with banners lifted, shifted or tipped over by the wind where people are. Our
 * own phrasings; a fall last week, a verdict that all is well, divers who came up, a fire bowl, a
 * barbecue burning well, a dog with its bone, a bouncy castle to hire or mended stay below. */
static void dangers_to_a_body_told_in_new_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Thuiszorg belt: meneer (91) ligt sinds vanochtend naast de bank, zegt dat er niks aan de "
         "hand is, maar hij kan niet opstaan."),
        ("Mijn tante belde zwak dat ze op de badkamervloer ligt sinds gisteren. Nu neemt ze niet "
         "meer op."),
        ("Mijn opa ligt al uren op de keukenvloer, hij zegt 'niets aan de hand' maar komt niet "
         "omhoog."),
        ("Een jongen is van de kade gedoken en komt niet meer boven, zijn vrienden zoeken hem."),
        ("De garage naast de speeltuin vlamt en er staan gasflessen tegen de muur."),
        ("De schuur naast de school vlamt, en ernaast staan de gasflessen van de bbq van "
         "gisteren."),
        ("De rottweiler van de overkant is weer los en heeft de bezorger tegen een muur klem "
         "gezet, hij bloedt aan zijn hand."),
        ("Bij de kermis tilt de wind het springkussen op terwijl er nog kinderen op springen."),
        ("Het luchtkussen op het schoolplein schuift bij elke windvlaag weg, de haringen zitten "
         "los en er spelen kleuters op."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn moeder is vorige week gevallen maar ze kan weer lopen, wel graag een alarmknop "
         "aanvragen."),
        ("Mijn vader lag gisteren op de grond in de gang, de huisarts kwam en er is gelukkig niets "
         "aan de hand."),
        ("Buurvrouw viel op de stoep, de ambulance heeft haar nagekeken en er was niks aan de "
         "hand."),
        ("De duikers kwamen na het oefenen weer netjes boven bij de sluis."),
        ("Het vuur in de vuurkorf vlamt mooi op, wat een gezellige avond was het."),
        ("We doen vanavond een bbq in de tuin, de gasfles staat naast het huis en het vuur brandt "
         "lekker."),
        ("Vorig jaar brandde de schuur af waar de gasflessen stonden, nu is alles nieuw."),
        ("Onze hond is los in de tuin en bijt in zijn bot, de kinderen lachen erom."),
        ("Het springkussen is opgeruimd voordat de storm begon, de kinderen speelden binnen."),
        ("Kunnen we voor het buurtfeest een springkussen huren via de gemeente?"),
        ("De wind heeft gisteren het springkussen omgegooid, vandaag is het gerepareerd."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall17 (issue 12, critical-dev27, messages-dev27, -dev24): dangers where the harm is already
 * in the body or on its way. Swimmers ill after open water while others still go in; a frail one
 * whose skin is hot in the heat; a road washed away by a burst main; a stinging cloud that makes
 * people lie down; a fire station or an ambulance post blocked as the siren goes; a baby with
 * nowhere to go tonight; the hidden address of one who fled violence made visible where the one
 * fled can find it. Our own phrasings; an illness of last summer, a grandfather who drinks well,
 * settled tiles, a pool that smells of chlorine, the monthly siren test, cars parked there as a
 * habit, a move with a baby, asking how to screen an address and a shelter's public office stay
 * below. */
static void harm_already_in_the_body_or_on_its_way(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Na het zwemmen in de recreatieplas hebben drie kinderen hoge koorts en braken ze, er "
         "gaan nu nog steeds kinderen het water in."),
        ("Mijn dochter en haar vriendje hebben uitslag en moeten overgeven sinds ze vanmiddag in "
         "de vijver hebben gezwommen, het water is felgroen."),
        ("Het is 35 graden in de flat en mijn buurman van 90 is suf, hij wil niet drinken en zijn "
         "huid gloeit helemaal."),
        ("Door een gesprongen waterleiding is het asfalt van het fietspad weggespoeld, fietsers "
         "rijden er zo in."),
        ("Uit de container met zwembadchemicalien komt een prikkende wolk, twee mensen zijn gaan "
         "liggen."),
        ("Ik hoor de sirene in de kazerne, maar er staat al tien minuten een verhuiswagen voor de "
         "deur. Ze kunnen er niet uit."),
        ("Een auto blokkeert de uitgang van de brandweerkazerne en de brandweer moet uitrukken."),
        ("Jonge moeder met baby van 3 weken, geen eten meer, kan vannacht nergens heen."),
        ("Ik woon in een blijf-van-mijn-lijfhuis en mijn adres staat nu op een brief die naar "
         "mijn ex is gestuurd, hij heeft mij vorig jaar bijna vermoord."),
        ("Mijn zus woont in de vrouwenopvang en haar adres is te zien in het portaal van de "
         "school, haar ex heeft haar geslagen en zoekt haar."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Vorige zomer had mijn zoon diarree na het zwemmen in de plas, is het water nu getest?"),
        ("Het is warm vandaag, mijn opa van 90 drinkt gelukkig genoeg en zit in de schaduw."),
        ("De stoep is een beetje verzakt bij de boom, kunnen jullie de tegels rechtleggen?"),
        ("Het ruikt bij het zwembad altijd een beetje naar chloor."),
        ("De sirene van de brandweer ging gisteren om twaalf uur, zoals elke eerste maandag."),
        ("Bij de brandweerkazerne staan vaak auto's fout geparkeerd, kunnen jullie daar "
         "handhaven?"),
        ("Ik ben met mijn baby verhuisd en we zoeken een grotere woning."),
        ("Ik wil mijn adres laten afschermen in de BRP, hoe doe ik dat?"),
        ("Mijn moeder werkt als vrijwilliger in de vrouwenopvang, het adres van het kantoor staat "
         "op de website van de stichting."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall17 (issue 12, messages-dev24, -dev26, critical-dev26; session 26's classes left): one kept
 * by another's hold told quietly at a desk (the papers held by a boss, with no leaving or sleeping
 * crowded; a girl who must marry a man she does not know), and one who cannot be woken, told of
 * anyone ("ze", a housemate) or with the verb split ("ik krijg hem niet wakker"). Our own
 * phrasings; a wedding planned, a copy of a passport for the payroll, a teenager hard to wake for
 * school and a question about what to do stay below. */
static void held_quietly_or_not_to_be_woken(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Ik krijg mijn vader niet wakker, hij ligt op de bank en snurkt raar."),
        ("Ze is sinds vanochtend niet wakker te krijgen."),
        ("Een jonge vrouw aan de balie vertelt zacht dat haar baas haar paspoort heeft ingenomen, "
         "ze slaapt met tien anderen in een loods en mag niet weg."),
        ("Meisje (15) aan het loket zegt dat ze deze zomer in Marokko moet trouwen met een man die "
         "ze niet kent, ze is bang."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn puberzoon is 's ochtends nooit wakker te krijgen voor school."),
        ("Wat moet je doen als iemand niet wakker te krijgen is?"),
        ("Onze dochter gaat in juni trouwen met haar vriend, moeten we iets regelen bij de "
         "gemeente?"),
        ("Mijn werkgever vraagt een kopie van mijn paspoort voor de loonadministratie, mag dat?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall17 (issue 12; session 26's classes left, critical-dev26): a bridge that moves while people
 * are still on it, a stand that sinks under its spectators, illegal fireworks sold where children
 * queue. Our own phrasings; a bridge raised while cyclists wait before it, fireworks asked about or
 * sold last year, a stand to be renewed stay below. */
static void people_on_what_moves_or_sold_what_explodes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De ophaalbrug sluit terwijl er nog een moeder met een kinderwagen op loopt."),
        ("Er wordt vanuit een woning illegaal vuurwerk verkocht, de kinderen uit de straat staan "
         "ervoor in de rij."),
        ("De tribune bij het voetbalveld zakt aan een kant weg terwijl er honderd toeschouwers op "
         "zitten."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De ophaalbrug ging vanmiddag omhoog voor de zeilboten, de fietsers wachtten voor de "
         "brug."),
        ("Waar kan ik melden dat iemand illegaal vuurwerk verkoopt?"),
        ("Vorig jaar werd er vanuit een schuur illegaal vuurwerk verkocht, die man is toen "
         "opgepakt."),
        ("De tribune van de voetbalclub wordt volgend jaar vernieuwd, kan de gemeente meebetalen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall17 (issue 12, messages-dev24): lit firecrackers thrown into a pram or through a letterbox.
 * Our own phrasings; children throwing them on a square at New Year and a question stay below. */
static void firecrackers_thrown_into_a_pram_or_a_letterbox(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Er werd net een strijker in de kinderwagen van mijn buurvrouw gegooid, de baby huilt."),
        ("Jongens gooien aangestoken rotjes door de brievenbus van de buren, er ligt een mat "
         "achter."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Op oudejaarsavond gooiden de kinderen rotjes op het plein, erg gezellig."),
        ("Mag je met oud en nieuw vuurwerk gooien op straat?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall18 (issue 12; the classes session 27 noticed and left): a bridge that moved with people on
 * it or opens while its light gives green, a light green every way, a manhole's cover beside its
 * pit, a load-bearing wall taken out with the home giving, laughing gas at the wheel or with small
 * children, days without food with the will gone. Our own phrasings; the look-alikes (a bridge
 * open on red, a rattling cover, a wall asked about, canisters in a verge, hunger past) stay below. */
static void session27_classes_left_by_their_parts(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De klapbrug bij de jachthaven is omhoog gegaan terwijl er nog twee kinderen op liepen."),
        ("De hefbrug ging dicht met een vrouw met een kinderwagen er nog op."),
        ("De basculebrug staat half open maar het stoplicht geeft groen, de auto's rijden er "
         "gewoon op af."),
        ("Het verkeerslicht bij de Kerkstraat geeft groen in alle richtingen tegelijk."),
        ("Het putdeksel ligt naast de put op de stoep bij het tankstation."),
        ("Bij de bakker is de deksel van de rioolput eraf, het is een groot zwart gat."),
        ("De onderburen hebben de dragende muur eruit gebroken en nu buigt onze vloer door."),
        ("Mijn bovenbuurman heeft zijn draagmuur weggezaagd en nu klemmen al onze deuren."),
        ("Die jongen rijdt met een lachgasballon in zijn mond door de woonwijk, hij slingert over "
         "de weg."),
        ("Grote jongens laten de kleuters op het pleintje lachgas inhaleren uit een ballon."),
        ("Sinds zondag niks gegeten, het kan me niet meer schelen."),
        ("Al vijf dagen niets te eten in huis, het maakt me niet meer uit wat er gebeurt."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De brug staat open voor een zeilboot, het licht staat op rood en iedereen wacht netjes."),
        ("Wanneer gaat de ophaalbrug weer open na de reparatie?"),
        ("Het verkeerslicht springt in beide richtingen erg snel op rood."),
        ("Het putdeksel ligt een beetje scheef en klappert als de bus eroverheen rijdt."),
        ("De put is open omdat er werkzaamheden zijn, alles is afgezet met hekken."),
        ("De buurman wil volgende maand een dragende muur eruit halen met een stalen balk, mag "
         "dat?"),
        ("Overlast van jongeren met lachgas in het park, er liggen overal ballonnen."),
        ("Kunnen jullie iets doen aan de lachgascilinders langs de weg?"),
        ("Ik heb drie dagen niks gegeten door griep, maar het gaat nu weer beter."),
        ("Het maakt me niet meer uit welk formulier het is, als het maar snel gaat."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall18 (issue 12; session 27's class left): a small child with asthma short of breath now is
 * critical for the child's health (the reason "a person short of air"), whatever the home's mould;
 * asthma made worse by a damp home, asked to be rehoused, is no attack now. */
static void asthmatic_child_short_of_breath_by_its_health(void **state) {
    (void)state;
    static const char *const texts[] = {
        ("Mijn dochtertje met astma is sinds vanavond heel benauwd en de puffer helpt niet."),
        ("Er zit schimmel op de muren van de kinderkamer en onze peuter met astma is erg "
         "benauwd."),
    };
    for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
        cJSON *d = classify(texts[i], NULL);
        const char *lvl = str_at(d, "urgency", "level");
        const cJSON *why = cJSON_GetObjectItem(cJSON_GetObjectItem(d, "urgency"), "reasons");
        if (!lvl || strcmp(lvl, "critical") != 0)
            fail_msg("%s: %s, want critical", texts[i], lvl ? lvl : "(none)");
        if (!array_has(why, "a person short of air"))
            fail_msg("%s: no reason 'a person short of air'", texts[i]);
        if (array_has(why, "suicidal"))
            fail_msg("%s: a suicidal reason", texts[i]);
        cJSON_Delete(d);
    }
    static const char *const calm[] = {
        ("Mijn dochter heeft astma, door de schimmel in huis wordt het erger, wanneer krijgen we "
         "een andere woning?"),
        ("Mijn zoontje heeft astma en gebruikt een puffer, kan de GGD eens naar de schimmel "
         "kijken?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall18 (issue 12, critical-dev28, messages-dev28): water and air that harm now: a dike's sand
 * boils, one gone through the ice, drinking water spoiled with those who drink it ill, a fire or an
 * engine burning inside where people sleep, a leaking tank with those near it unwell. Our own
 * phrasings; past ice, a debate, seepage damp, water that ran clear, a barbecue in the garden, a
 * leaking bin stay below. */
static void round28_water_and_air_that_harm_now(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Achter de dijk borrelt water met zand uit het weiland, het wordt steeds meer."),
        ("Langs de rivierdijk staan drie zandwellen en ze worden groter, er wonen gezinnen "
         "achter."),
        ("Mijn buurjongen is net door het ijs gezakt bij het bruggetje, hij krijgt zich er niet "
         "uit."),
        ("Op de bevroren sloot is een jongen erdoor gezakt, zijn vrienden proberen hem eruit te "
         "trekken."),
        ("Het leidingwater op de crèche is melkwit en twee peuters hebben buikpijn en moeten "
         "overgeven."),
        ("Het kraanwater op school stinkt naar benzine en de kinderen drinken er gewoon door."),
        ("In de camper staat de generator binnen te draaien en de twee mannen slapen al uren."),
        ("Ze hebben houtskool in de slaapkamer gezet om warm te blijven en nu reageert niemand."),
        ("Bij de sloot lekt een tank met een scherpe lucht, de vissers worden er duizelig van."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Vorige winter is mijn buurjongen door het ijs gezakt, gelukkig is hij eruit gekomen."),
        ("De wethouder zakte door het ijs tijdens het debat over de begroting."),
        ("De dijk bij ons is zacht en modderig door de regen, het fietspad is slecht begaanbaar."),
        ("We hebben kwelwater in de kelder, elk voorjaar weer, kan de gemeente iets doen?"),
        ("Het kraanwater was even bruin na werkzaamheden, nu is het weer helder."),
        ("Het kraanwater smaakt naar chloor, is dat normaal?"),
        ("We barbecuen in de tuin en de rook waait naar de buren die willen slapen."),
        ("De generator op de markt maakt zoveel lawaai dat we niet kunnen slapen."),
        ("De container lekt en het stinkt, ik word er misselijk van."),
        ("Het olievat in de schuur lekt een beetje, kan de milieustraat het ophalen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall18 (issue 12, critical-dev28, messages-dev28): people harmed or hunted now: one fled
 * bleeding with the attacker after her, one hiding with a child while the door is kicked in, a
 * child followed or lured by a stranger, a vest to wear told to an official, a breathing device on
 * its last battery or alarming with no one to reach, several fainted in the heat, a mobility
 * scooter in the water with its rider. Our own phrasings; their look-alikes stay below. */
static void round28_people_harmed_or_hunted_now(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn buurvrouw zit bebloed bij mij op de bank, haar vriend zoekt haar nog."),
        ("Mijn moeder stuurt vanuit de badkamer dat mijn stiefvader de deur intrapt, mijn zusje "
         "is bij haar."),
        ("Mijn zoontje wordt al de hele week gevolgd door een onbekende man in een busje."),
        ("Een vreemde meneer belooft de meisjes bij de speeltuin snoepjes als ze meekomen, eentje "
         "is net ingestapt."),
        ("Een klant zei aan de balie: doe morgen maar een kogelvrij vest aan, ik kom terug."),
        ("De accu van de thuisbeademing van mijn zoon houdt nog een uur, de netbeheerder weet "
         "niet wanneer de stroom terugkomt."),
        ("De beademing van mijn buurman geeft alarm en het noodnummer van de leverancier is "
         "onbereikbaar."),
        ("Het is 34 graden in de gymzaal en twee leerlingen zijn flauwgevallen."),
        ("Een man is met zijn scootmobiel de gracht in gereden, hij zit er nog op."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn zoon is gevolgd door een vriendje van school tot aan de bakker, ze waren aan het "
         "spelen."),
        ("De buurman brengt onze jongens elke dag gratis naar de voetbal, heel aardig."),
        ("Mijn zus heeft een bloedneus en haar man zoekt een tissue."),
        ("De agenten droegen kogelvrije vesten bij de wedstrijd, stond in de krant."),
        ("De airco in het dagcentrum is kapot, het is erg warm binnen."),
        ("De scootmobiel van mijn moeder is kapot, kan die gerepareerd worden?"),
        ("De thuisbeademing van mijn vader heeft een nieuwe accu gekregen, fijn dat het zo snel "
         "ging."),
        ("Het alarm van de beademing ging af bij de test van de leverancier, alles werkt goed."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall18 (issue 12; session 27's classes left, told in more ways): things thrown from floors up at
 * people below, a fire told with the verb first and its place, every stream of a junction green,
 * a bridge gone up with people still on it, one lying limp who does not respond, a sign of carbon
 * monoxide as a near faint, days without food with the will gone. Our own phrasings; a ball thrown
 * down, a light or a throat that "burns", plants that droop, a faint at a bill stay below. */
static void session27_classes_told_in_more_ways(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Van de vierde verdieping gooit iemand bloempotten naar beneden, er lopen moeders met "
         "buggy's."),
        ("De jongens op de galerij gooien stenen naar de kinderen in de zandbak."),
        ("Op de galerij brandt het, ik zie oranje gloed."),
        ("Het brandt bij de buren!"),
        ("Bij het kruispunt staan alle stoplichten tegelijk op groen."),
        ("De voetgangers krijgen groen terwijl de auto's ook groen hebben."),
        ("De ophaalbrug is omhoog gegaan met nog mensen erop."),
        ("Naast de fietsenstalling ligt er eentje slap tegen de muur, hij reageert niet meer."),
        ("Sinds de nieuwe geiser valt mijn vrouw 's ochtends bijna flauw in de badkamer."),
        ("Mijn oom zit al drie dagen zonder eten, het maakt toch niks meer uit zegt hij."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("In de gang brandt het licht de hele nacht."),
        ("Op zolder brandt het lampje van de router steeds."),
        ("Het brandt in mijn keel sinds ik die schoonmaakmiddelen gebruik."),
        ("Bij de buren brandt het vuur in de open haard, gezellig."),
        ("De bovenburen gooien hun peuken van het balkon op ons terras."),
        ("Van de vierde verdieping gooit iemand elke week zijn vuilniszak naar beneden in de "
         "container."),
        ("De voetgangers krijgen groen, de auto's moeten wachten."),
        ("De ophaalbrug ging omhoog, de fietsers erop stapten eerst netjes af en wachtten ervoor."),
        ("De plantjes in de bak liggen er slap bij en reageren niet op water geven."),
        ("Ik viel bijna flauw toen ik de rekening van de gemeente zag."),
        ("Twee dagen zonder eten voor de ramadan maakt mij niet uit."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall19 (issue 12, critical-dev29): round 29's critical misses by class, in our own words: a
 * weapon swung or aimed at people in transport or a shop, a blow struck in the street with the cry
 * or the blood, heavy bleeding and a birth under way, one caught in a machine that moves, a chemical
 * let loose with people already hurt or its vapour drifting to a school, a load across a fast road
 * in the dark, a confused person on the track, officials threatened one by one, a snake where a
 * baby sleeps, a gas heater among people with its signs. Each below critical with main's rules;
 * a bus driver's wave, a ball kicked, blood given, a cleaner's chlorine, candles lit one by one, a
 * pet snake asked about, stay below. */
static void round29_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op straat schopt een man een vrouw, ze gilt om hulp."),
        ("In de speeltuin stompt een vader een andere vader met zijn vuist in het gezicht, het "
         "bloedt."),
        ("Bij de kassa van de supermarkt richt een klant een luchtbuks op de caissière."),
        ("Mijn buurman heeft zijn vinger onder de cirkelzaag gehad, het bloedt heel erg en we "
         "drukken er een handdoek op."),
        ("Bij de bushalte zegt een zwangere vrouw dat haar vliezen gebroken zijn en dat ze weeën "
         "heeft, er is nog niemand gebeld."),
        ("Een meisje zit met haar arm klem in de draaideur van het station en schreeuwt."),
        ("In de garage van de buren staan vaten met chemicaliën open. Mijn zoon heeft pijn aan "
         "zijn ogen."),
        ("Er lekt een tank met ammoniak bij de fabriek, de wolk trekt naar de kinderopvang."),
        ("Op de N-weg ligt een boomstam over de rijbaan, achter de bocht, in het donker."),
        ("Er kruipt een slang onder het bedje in de babykamer van de creche."),
        ("Er staat een bouwverwarming in de gymzaal, de kinderen zijn duizelig en hebben "
         "hoofdpijn."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Een oude man zwaait met zijn stok naar de bus zodat die stopt."),
        ("Bij de handboogvereniging richt ik mijn boog op de schijf."),
        ("Op de markt snijdt de kaasboer met een groot mes de kaas voor zijn klanten."),
        ("Een buschauffeur zwaait vriendelijk naar de kinderen bij de halte."),
        ("Mijn zoon schopt een bal tegen het hek, de buurvrouw gilt dat het stil moet."),
        ("Ik heb bloed laten prikken en er kwam heel veel bloed uit mijn arm."),
        ("Bij de bloedbank gaf ik heel veel bloed en kreeg ik een koekje."),
        ("Bij de zwangerschapscursus leren we hoe je moet persen."),
        ("In de kroeg was het gisteren zo druk dat we tegen de muur gedrukt stonden."),
        ("Het zwembad ruikt naar chloor, mijn ogen branden na het zwemmen."),
        ("Op de provinciale weg ligt een dood konijn, kan iemand die weghalen?"),
        ("Er loopt een man op de weg die in zichzelf praat, hij loopt naar de bakker."),
        ("Tijdens de herdenking gaan de kaarsen één voor één branden, te beginnen met de "
         "burgemeester."),
        ("De tuinslang ligt in de speeltuin onder de glijbaan."),
        ("Mijn dochter heeft een slang als huisdier in een terrarium in haar kamer."),
        ("Volgens mijn kinderen woont er een krokodil in de vijver van het park, het is een stuk "
         "boomstam."),
        ("Het warmtenet wordt aangelegd in onze wijk, wordt het gas dan afgesloten?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall19 (issue 12; session 28's class left, messages-dev28 248): a fix still needed ("moet nog
 * gerepareerd worden", "moet vandaag ... gerepareerd krijgen") tells the danger still there; the
 * fix done ("is gisteren gerepareerd", "heeft het lek al gerepareerd") keeps its veto. */
static void a_fix_still_needed_is_no_end(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn moeder moet vandaag haar zuurstofapparaat gerepareerd krijgen, het apparaat geeft "
         "alarm en het noodnummer van de leverancier is afgesloten."),
        ("Bij ons in de flat ruikt het heel sterk naar gas, het lek moet nog gerepareerd worden."),
        ("Het gaslek in het trappenhuis moet nog steeds verholpen worden, het ruikt nu heel sterk "
         "naar gas."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Het gaslek in het trappenhuis is gisteren gerepareerd, het ruikt niet meer."),
        ("Het ruikt naar gas bij de buren, maar de monteur heeft het lek al gerepareerd."),
        ("De lekkage is opgelost, maar de plafondplaat moet nog gerepareerd worden."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall20 (issue 12, critical-dev30, messages-dev30): round 30's critical misses by class, each
 * below critical with main's rules: a refrigerant leaking where people breathe it, manure gas in a
 * pit, chlorine gas at a pool, a stove that draws badly with people sick, a kite's line pulled
 * from a power line, a parent fallen and silent or ill and unreachable, a child hungry with a
 * parent gone for days, an allergic one stung by a swarm, a hoarded home's fire and fuel, a step
 * broken through, a bearing wall taken away, out told short by a landlord. Their look-alikes (a
 * fridge leaking water, a drill, slurry spread on the land, the news, a cough after every swim, a
 * kite's question, last month's kite, last year's fall, a phone often unanswered, a sitter at
 * home, a nest asked about, papers by a stove asked about, a petrol station, a wall replaced by a
 * steel beam, a wall asked about, a coach's lift) stay below. */
static void round30_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        "In de machinekamer van de ijshal sist de koelinstallatie en de schaatsers hoesten.",
        ("Bij de koelcel van de slachterij lekt de koeling, er hangt een scherpe salmiaklucht en "
         "twee medewerkers zijn misselijk."),
        ("Mijn zwager is de mestput in geklommen om de mixer los te maken en reageert niet meer, "
         "mijn neef wil erachteraan."),
        ("Bij het leegpompen van de gierkelder is de knecht naar beneden gegaan en hij komt niet "
         "meer boven."),
        "Bij het zwembad is een wolk chloorgas ontstaan die richting het peuterbad drijft.",
        ("In het subtropisch zwembad hoesten alle kinderen en mijn dochter ademt piepend, de "
         "badmeester doet niks."),
        "In de sauna braken twee gasten, de houtkachel trekt slecht en binnen zit nog iemand.",
        "Mijn buurjongen trekt aan zijn vliegertouw dat in de hoogspanningskabel hangt.",
        "Mijn vader is net van de trap gevallen en zegt niets meer, er komt bloed uit zijn hoofd.",
        ("Mijn oma met suikerziekte neemt sinds gisteravond de telefoon niet op en er is niemand "
         "anders bij haar."),
        ("Als wijkagent tref ik een meisje van acht op de galerij, ze zegt dat mama al twee "
         "nachten weg is en ze heeft honger."),
        ("Bij de ingang van het zwembad hangt een zwerm bijen, een man heeft al een steek in zijn "
         "hand en hij zegt dat hij allergisch is."),
        ("Bij mijn buurman van 90 staat een straalkachel aan tussen stapels kranten en zijn gang "
         "is helemaal geblokkeerd."),
        ("In de schuur naast de speeltuin staan tientallen gasflessen en jerrycans benzine, het "
         "stinkt naar benzine en er spelen kinderen."),
        ("Op de tribune van het sportpark is een trede doorgebroken, er zitten vanavond honderden "
         "supporters."),
        ("Bij de verbouwing van de buren is de draagmuur weggehaald, de vloer van de bovenburen "
         "hangt door en zij zitten daar met hun kinderen."),
        "Ik heb geen cent meer en de corporatie zegt: maandag eruit.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Onze koelkast lekt water en de keukenvloer is nat, wie betaalt de reparatie?",
        ("Bij de ijsbaan wordt zaterdag een oefening gehouden: een ammoniaklek met figuranten die "
         "hoesten."),
        "De boer rijdt drijfmest uit en ik word duizelig van de stank.",
        "Op het nieuws zeiden ze dat een boer bewusteloos is geraakt in zijn mestkelder.",
        "Na het zwemmen hoesten mijn kinderen altijd, is het chloorgehalte te hoog?",
        "Mag je vliegeren onder de hoogspanningslijn?",
        ("Vorige maand hing er een vlieger in de hoogspanningslijn, de netbeheerder heeft hem "
         "weggehaald."),
        "Mijn moeder is vorig jaar gevallen en had een hoofdwond, nu wil ze een alarmknop.",
        ("Mijn vader neemt vaak de telefoon niet op, hij heeft diabetes en woont alleen. Kan hij "
         "een alarmknop krijgen?"),
        "De kinderen hebben honger als mama tot zes uur weg is, oma past dan op.",
        ("Mijn zoon is allergisch voor wespen. Kan het wespennest bij de school weg voordat iemand "
         "gestoken wordt?"),
        ("Mijn opa van 88 heeft stapels kranten naast zijn kachel, kan de gemeente helpen met "
         "opruimen?"),
        "Bij het tankstation ruikt het naar benzine, er spelen kinderen in de buurt.",
        ("De draagmuur is weggehaald en er is een stalen balk geplaatst, nu zit er een scheur in "
         "het stucwerk. Wie betaalt dat?"),
        "Mag de draagmuur tussen keuken en kamer weggehaald worden?",
        "De buurman brengt de jongens na de training thuis, één is al ingestapt.",
        "Ik geef het nog tot zondag met die huisbaas, dan stap ik eruit.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, false critical flags by class (falseflag21: critical-dev31, messages-dev31): a danger
 * dated to a year and told in the past, or a fall told with the alarm the family got since; the
 * writer's own thriller, a club's play by its title, a radio play named as a heading, a headline
 * passed on with its medium; a store room cleared; a row in a group chat, mail or an account told
 * as a fire or a blast; a couple's rows told as what will end in a killing; litter lying in the
 * water; a parent alone with the children. Each twin told now, here or of a child alone stays
 * critical; a newborn home without its maternity care is high. */
static void round31_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("In 2018 zat ons hele portiek twee dagen zonder water, de buren haalden flessen bij de "
         "supermarkt. Wie betaalde toen de reparatie?"),
        ("Mijn vader lag in 2020 een hele nacht op de badkamervloer, sindsdien heeft hij een "
         "valsensor. Kan de Wmo die vergoeden?"),
        "In mijn thriller valt op een drukke rotonde het verkeerslicht uit en botsen twee bussen.",
        ("In mijn hoorspel ruikt een oude vrouw gas in haar flat en belt niemand. Klinkt dat "
         "echt?"),
        ("De toneelvereniging speelt 'Vuur in de Polder', met rook uit een machine op het podium. "
         "Moet dat gemeld worden?"),
        ("Luisterspel voor de schoolradio: 'Er ligt een bom onder de brug!' Mogen we dat in de "
         "aula opnemen?"),
        ("BREAKING op Twitter: 'brand in een flat in Zwolle'. Zijn onze flats hier wel "
         "brandveilig?"),
        ("Volgende week is de grote ontruiming van de kelder, mijn broer helpt mee. Mag de oude "
         "bank bij het grofvuil?"),
        "Wat hier ontploft is mijn mailbox sinds de nieuwe afvalpas, honderd mails per dag.",
        ("Het staat in de fik in de groepsapp sinds het besluit over de speeltuin. Kan iemand het "
         "uitleggen?"),
        ("Onze buurtapp staat in de fik sinds de nieuwe parkeerregels. Kan de gemeente uitleggen "
         "waarom de vergunning duurder wordt?"),
        "De groepschat stond in brand na de uitslag van de wijkverkiezing, iedereen was boos.",
        "Mijn bankrekening staat in de fik sinds de huurverhoging, hoe vraag ik uitstel aan?",
        ("Het stel naast ons ruziet elke nacht, ik denk dat ze elkaar nog eens vermoorden. "
         "Geslagen wordt er niet, het is vooral lawaai."),
        ("In de singel liggen drie winkelwagens en een matras in het water, mijn zoon vist daar "
         "vaak. Graag weghalen."),
        ("In de vijver liggen twee winkelwagentjes in het water. Mijn dochter voert daar de "
         "eenden, kan het worden opgeruimd?"),
        ("Ik ben alleen met de baby en de peuter sinds mijn vrouw is opgenomen, kan er deze week "
         "iemand helpen?"),
        ("Ik sta er alleen voor met de baby en een peuter nu mijn vrouw is opgenomen. Wie kan er "
         "deze week helpen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Het stoplicht dat in 2021 is vernieuwd staat nu op zwart en de schoolkinderen steken "
         "over op de drukke kruising."),
        ("Sinds 2019 woon ik hier en nu zitten we al twee dagen zonder stroom met een baby van "
         "drie weken."),
        ("Mijn moeder lag in 2021 al eens op de grond, en nu ligt ze weer in de gang en reageert "
         "niet."),
        "In mijn straat staat een auto in brand en de vlammen slaan naar de gevel!",
        ("In de buurtapp: de flat aan de Schiekade staat in brand en er staan mensen op het "
         "balkon!"),
        "De toneelclub speelt vanavond in het buurthuis, maar nu komt er echt rook uit de "
        "meterkast!",
        ("BREAKING van onze straat: de gasleiding is geraakt en het stinkt naar gas bij de "
         "school!"),
        ("De flat tegenover staat in brand, ik zag het net in de buurtapp en er staan mensen op "
         "het balkon!"),
        "De buurman schreeuwt dat hij haar nog eens vermoordt en ik hoor haar gillen.",
        "Er ligt een man in het water bij de vuilniszakken en hij beweegt niet.",
        "Mijn dochter van 6 is alleen met de baby thuis, ik ben net weggeroepen en kan niet terug.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const level_case levels[] = {
        {("Mijn vrouw ligt nog in het ziekenhuis na de keizersnede en de kraamzorg is niet "
          "gekomen, ik zit alleen met de tweeling."),
         "complaint", "high"},
        {"De kraamzorg is niet gekomen maar mijn moeder helpt, alles gaat goed.", "complaint",
         "normal"},
    };
    expect_levels(levels, sizeof(levels) / sizeof(levels[0]));
}

/* Falseflag22 (issue 12): round 32's false critical flags by class, in my own sentences: a wish
 * told of an age one was against the age one is now, a danger told to have held out, parts of a
 * building that "gaan eraf" in works, a trifle's threat laughed among friends, "in brand staan om
 * ... te", a newspaper as the one who reports, the agent's hurry for one frail with no danger told,
 * a railing broken for months, "loopt zich vast", the quiet told as murdered. Each was critical on
 * main d20683b; the neighbours beside each stay critical. */
static void round32_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Toen ik 19 was wilde ik dood, nu ben ik 45 en help ik jongeren bij de buurtvereniging.",
        "Toen ik 15 jaar was wilde ik niet meer leven, nu ben ik 52 en ben ik opa.",
        ("De stroomstoring van vanochtend is voorbij, de thuisbeademing van mijn dochter heeft het "
         "gehouden. Wie houdt bij wie zo'n apparaat heeft?"),
        ("De renovatie van het oude stadhuis begint in maart, de gevel gaat eraf. Hoe wordt het "
         "trottoir afgezet?"),
        ("Mijn zwager roept dat hij me afmaakt als ik nog één keer zijn grasmaaier leen. Hij "
         "lachte erbij, we zijn goede vrienden."),
        "Mijn zoon staat in brand om mee te voetballen bij de nieuwe club in de wijk.",
        "Ik sta in brand om mee te doen aan de straatspeeldag.",
        "De Telegraaf meldt een explosie in een flat in Zwolle. Zijn onze flats wel veilig?",
        ("Het Brabants Dagblad meldt een brand in een flat in Tilburg. Gaat dat ook bij ons "
         "mis?"),
        ("Balie: mevrouw (blind) heeft al twee weken geen taxi van het Wmo-vervoer gehad en komt "
         "de deur niet uit. Met spoed doorgezet."),
        ("Balie: meneer (82, rollator) vraagt hulp bij zijn aanvraag huishoudelijke hulp, is "
         "vorige maand gevallen. Spoed naar wijkteam."),
        ("De leuning van de trap naar het water is al maanden los, mijn moeder met rollator durft "
         "er niet meer langs."),
        ("Meneer met blindenstok loopt zich steeds vast op de rijbaan bij de werkzaamheden, al een "
         "week."),
        "Elke avond vermoordt die bladblazer van de overkant de stilte in de hele straat.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Toen ik 16 was wilde ik dood, en nu ben ik 34 en wil ik het weer.",
        ("De stroomstoring duurt nog, de beademing van mijn zoon heeft het tot nu toe gehouden "
         "maar de accu is bijna leeg."),
        "Bij de sloop van het postkantoor hangt de gevel los boven de stoep waar mensen lopen.",
        ("Mijn buurman zegt dat hij me vermoordt als ik nog één keer zijn parkeerplek neem. Hij "
         "lacht erbij, maar ik ben bang."),
        "Mijn buurman zegt dat hij me vermoordt. Hij lacht erbij, we zijn vrienden.",
        "Er staat een schuur in brand om de hoek, er zitten kinderen in!",
        "Ik meld een gaslek in onze flat, het AD is al gebeld, het stinkt in het trappenhuis.",
        ("Balie: mevrouw (blind) is gevallen in de hal en ligt op de grond. Spoed naar huisarts "
         "doorgezet."),
        "Balie: meneer (80) klinkt verward en weet niet waar hij is. Met spoed naar wijkteam.",
        ("De leuning van de brug over de vaart is sinds vorige week los en er lopen elke dag "
         "kinderen langs."),
        "Een blinde man loopt midden op de rijbaan tussen de auto's.",
        "Hij zegt dat hij de buurman vermoordt vannacht, hij heeft een mes.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Falseflag22 (issue 12): two classes left by session 31, in my own sentences. A home without
 * heating for weeks, told with no cold harming anyone now, is a repair overdue (high by the care
 * rules), not critical; with the cold told (degrees inside, frost, one shivering) it stays. A
 * service told unreachable ("Huisarts niet bereikbaar", "Klantmanager niet bereikbaar") is no
 * person in distress; a son or a daughter unreachable stays a part of distress. Each calm one was
 * critical on main 941552f. */
static void round32_classes_left(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("We zitten al drie weken zonder verwarming en mijn dochter is verkouden. De huisbaas doet "
         "niks."),
        ("Mijn zus woont met haar pasgeboren zoon in een chalet zonder verwarming, al een half "
         "jaar op de wachtlijst. Vierde brief."),
        ("Mw. meldt aan balie dat haar overbuurman (alleen, net terug uit ziekenhuis) niet drinkt "
         "en niet meer opendoet voor de thuiszorg. Klantmanager niet bereikbaar."),
        ("Buurman (alleen, net terug uit ziekenhuis) eet niet en doet niet meer open voor de "
         "thuiszorg. Huisarts niet bereikbaar."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn oma van 90 zit sinds gisteren zonder verwarming, het is 11 graden in haar kamer.",
        "Buurman van 85 zit al een week zonder verwarming en zit in zijn stoel te rillen.",
        ("Sinds vanochtend geen verwarming meer en buiten vriest het, we hebben een baby van twee "
         "weken."),
        "We zitten al twee dagen zonder stroom met een baby van drie weken.",
        ("Buurman (alleen, net terug uit ziekenhuis) eet niet en doet niet meer open voor de "
         "thuiszorg. Zijn dochter is niet bereikbaar."),
        ("Mw. meldt aan balie dat haar overbuurman (alleen, net terug uit ziekenhuis) niet drinkt "
         "en niet meer opendoet voor de thuiszorg. Zijn zoon niet bereikbaar."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Falseflag22 (issue 12, messages-dev17 57): one who wants to know where his own car stands after
 * it was towed asks after a thing; "ik weet waar je auto staat" knows the one addressed and stays a
 * threat. The calm one was critical on main 5e95ffd. */
static void own_vehicle_asked_after(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Dhr. wil graag weten waar zijn auto staat, die is vanochtend weggesleept.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik weet waar je auto staat en ik steek hem in brand.",
        "Hij appte: ik weet waar je fiets staat, pas maar op.",
        "Ik wil weten waar je woont, dan kom ik je halen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, falseflag23 (false critical flags of round 33 by their reading): a time gone told with
 * "terug" and a season as its span; the particle "hoor" closing a contrast, which heard nothing and
 * so opened no figure again; another's belief told in the past ("dacht dat"); and an e-mail's
 * subject whose body denies the danger it names. Each calm text critical on main (2fe5270); the
 * same words told now, one's own fear, a return to come and a body that tells the danger stay. */
static void readings_of_tense_belief_and_headline(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Drie winters terug is bij mijn oom in Kralingen het water afgesloten, het was lastig "
         "maar hij woonde toen bij ons."),
        ("Mijn buurman roept elke ochtend 'ik ga dood van de pijn in mijn rug', maar hij fietst "
         "gewoon naar zijn werk, hoor."),
        ("Mijn opa dacht dat hij uit zijn huis gezet werd toen de brief van de corporatie kwam, "
         "maar het ging om zijn schuur."),
        "Onze oma las 'wordt beëindigd' en dacht dat het om haar leven ging. Schrijf toch gewoon.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Een paar weken terug is bij ons de stroom afgesloten en nu zitten we met de baby in het "
         "donker en de kou."),
        "Over twee weken terug? Nee, morgen wordt bij mijn moeder (91) het gas afgesloten.",
        "Mijn opa wordt overmorgen uit zijn huis gezet, hij dacht dat het niet zou doorgaan.",
        "Ik ga dood van de pijn, ik ben gevallen en kan niet opstaan, niemand hoort me, hoor.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    /* The subject's danger taken back by a body that denies one, and kept by a body that tells
     * it in other words. */
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Nooduitgang geblokkeerd door scooters");
    cJSON_AddStringToObject(d, "text",
                            "De nooduitgang van onze flat staat vol scooters. Er is geen brand, "
                            "maar stel dat. Kunt u de verhuurder aanspreken?");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_not_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
    d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "subject", "Gaslucht in de flat");
    cJSON_AddStringToObject(d, "text",
                            "Er is geen brand, maar het stinkt in het hele trappenhuis en de "
                            "kinderen van de buren zijn duizelig.");
    assert_int_equal(ll_classify(gemeente, d), 0);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    cJSON_Delete(d);
}

/* Issue 12, falseflag23 (false critical flags of round 33 by class, config): a rope as the means of
 * fastening a thing; a dying one's wish for the place of dying, and the dying told under way; the
 * papers for after one's death; the writer's verdict that no one is in danger after a quoted shout,
 * and a quoted figure told to mean a complaint; a meter as a measure of distance; a login one is
 * shut out of. Each calm text critical on main (2fe5270); the same words told as the danger stay. */
static void round_33_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Vanuit ons raam kijken we uit op het trapveldje. Het doel staat al weken scheef; iemand "
         "heeft de paal met een touw vastgeknoopt. Kan hij weg of gemaakt?"),
        ("Mijn moeder ligt op sterven in het hospice. Ze wil thuis doodgaan, kan de Wmo snel een "
         "bed leveren?"),
        ("Ik wil een codicil en mijn donorregistratie regelen voor als ik dood ben. Kan dat "
         "online?"),
        ("De buurjongen roept elke nacht 'ik vermoord je!' tegen zijn computer. Niemand in gevaar, "
         "maar het is wel laat."),
        ("Mijn broer zegt dat hij de wethouder 'met een knuppel gaat toespreken'. Hij bedoelt dat "
         "hij gaat klagen bij de raad."),
        ("Ik moet met mijn rollator 400 meter lopen, in het donker, omdat de lift het niet "
         "doet."),
        ("Na drie foute pogingen ben ik buitengesloten van DigiD, nu kan ik mijn huurtoeslag niet "
         "aanvragen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik zit op zolder, ik heb het touw aan de balk vastgeknoopt. Sorry.",
        "Ik wil thuis doodgaan, vanavond, met de pillen die ik heb gespaard.",
        "Mijn buurman roept elke avond 'ik maak je af!' tegen mij over de schutting. Ik ben bang.",
        ("Hij zegt dat hij de wethouder 'met een knuppel gaat toespreken'. Hij bedoelt dat hij hem "
         "komt halen."),
        "De stroom is eraf, we zitten in het donker, de meter staat op nul en de baby is ziek.",
        ("De verhuurder heeft de sloten vervangen, ik ben buitengesloten en sta met mijn kinderen "
         "op straat."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, falseflag23 (round 33's false flags, the rest by class): a warning quoted as what a sign
 * says (classify.c sign_quoted); what was found or kept in a cupboard, the cupboard first; needles a
 * household still has after a treatment; leaving a service one is registered in. Each calm text
 * critical on main; the danger told in the writer's own words, a threat's note, a child shut in a
 * cupboard, needles in a sandpit and leaving this world stay critical. */
static void signs_cupboards_and_services(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Bij de bouwput hangt een bord 'Gevaar: instortingsgevaar' aan het hek, verder is het "
         "netjes afgezet."),
        "In de kast van mijn opa vonden we oude pillen en een pot rattengif. Waar kan dat heen?",
        ("Na de insulinekuur van mijn vader hebben we nog een bak met spuiten en naalden. Mag dat "
         "bij het restafval?"),
        ("Ik wil weg uit de Berichtenbox, ik wil gewoon post op papier. Hoe maak ik daar een einde "
         "aan?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("Er zit een sticker 'Levensgevaar' op de kast van de hoogspanning, de deur staat open en "
         "er spelen kinderen."),
        ("Op mijn deur hing een briefje 'ik weet waar je woont' en vanavond stond hij weer voor de "
         "deur."),
        "Mijn dochter van 3 zit in de kast opgesloten met de spullen, de deur klemt en ze huilt.",
        "Er liggen spuiten en naalden in de zandbak van de speeltuin.",
        "Ik wil weg uit deze wereld. Hoe maak ik er een einde aan?",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal24 (false critical flags of suicidal-dev33 by class, config): a jump made as a
 * sport (a parachute, a tandem, a cord); a gift of one's organs or the body's fate after one's
 * death; a marriage ended as what one stops "ermee" for; a list one leaves, said as "er niet meer";
 * a lie-in bounded by a time of day or an alarm; the knife of the idiom put to a beard or a budget.
 * Each calm text critical on main (c5b4b5d); the same words told as the danger stay. Our own
 * phrasings, each class with one that no set's words are near (a skydive, corneas, a members'
 * list, a moustache, subsidies). */
static void round_34_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Voor mijn veertigste maak ik een parachutesprong boven Teuge, mijn laatste sprong "
         "voor ik vader word. Kan dat op een doordeweekse dag?"),
        ("Mijn laatste sprong van het seizoen: een skydive boven Ameland. Kan ik daar een vrije "
         "dag voor krijgen?"),
        "Voor het goede doel spring ik zaterdag van de brug aan een elastiek, welke brug mag dat?",
        "Mijn hoornvliezen en nieren wil ik afstaan na mijn dood; waar leg ik dat vast?",
        ("Ik ben pas dertig en kerngezond, toch wil ik nu al regelen wat er na mijn dood met me "
         "gebeurt. Waar begin ik?"),
        "Na vijftien jaar kap ik ermee: we gaan uit elkaar. Waar vraag ik de scheiding aan?",
        "Per 1 maart ben ik er niet meer, in jullie ledenlijst dan. Haal me eruit.",
        ("Ik wil gaan slapen en nooit meer wakker worden, tot het middag is. Kunnen die "
         "bladblazers stoppen?"),
        ("Ik wil niet meer wakker worden tot de wekker van twaalf uur, dus stop met dat boren om "
         "zeven uur."),
        ("Vanavond gaat het mes erin: mijn snor moet eraf voor de bruiloft. Mag ik zo op mijn "
         "nieuwe rijbewijsfoto?"),
        "Het mes gaat in de subsidies voor het buurthuis, lees ik. Klopt dat?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn parachute heb ik verkocht. Vannacht spring ik van de flat.",
        "Ik wil dood. Na mijn dood mag mijn zus alles hebben.",
        "Ik kap ermee: morgen spring ik van het dak.",
        "Volgende week ben ik er niet meer. Zorg goed voor mama.",
        "Ik wil slapen en nooit meer wakker worden, tot het voorbij is.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    EXPECT_URGENCY("De buurman staat met een mes voor mijn deur en dreigt me.", NULL, "critical");
}

/* Issue 12, suicidal24 (suicidal-dev33's misses by class, config; each class also told in words no
 * set has): others rid of the writer after a near time; an end wished in the past subjunctive ("was
 * alles voorbij"); one's own end as the only solution; the unseen hour widened (the neighbours
 * asleep, all in bed) for the car left running in a garage; a means turned on oneself, told over
 * two sentences; pills gathered at several shops until there are enough; a method asked "for
 * myself" in the asker's own words; at a height looking down, then a bare going; driving into the
 * water from its edge, "erin"; one's own funeral called or paid, for oneself, dated; affairs
 * settled so no one after one is burdened, then ready; the carving back and secret; the reflexive
 * idiom's present tense; pills saved up to take all at once. Ten of the statements below are below
 * critical on main (069c58d); each look-alike beside them stays calm. Our own phrasings. */
static void round_34_statements_by_class(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Vanaf vannacht heeft niemand nog last van mij.",
        "Het liefst ging ik slapen en was alles voorbij.",
        "Ik zie maar een ding: mijn einde is de enige oplossing.",
        "Ik laat de motor draaien in de garage, als iedereen op bed ligt.",
        "Ik heb het touw van de zolder gehaald. Ik wil het op mezelf gebruiken.",
        "Bij vijf winkels paracetamol gekocht, nu heb ik er genoeg.",
        "Zou uitlaatgas in een kleine garage snel werken? Ik vraag het voor mijzelf.",
        "Ik sta op het viaduct en kijk in het water. Nu ga ik.",
        "Mijn auto staat op de kade, de motor loopt nog. Ik rij er zo in.",
        "De uitvaartleider is gebeld, de kist is betaald. Het staat voor deze week, voor mijzelf.",
        ("De kamer is leeg, alles is betaald, zodat niemand na mij iets hoeft. Ik ben er klaar "
         "voor."),
        "Mijn buurvrouw zegt dat ze zich vannacht van het leven beneemt.",
        "Ik ga mijn oxazepam opsparen en dan neem ik ze allemaal in.",
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
    EXPECT_URGENCY("ik heb opnieuw gekerfd, niemand weet het en ik kan niet stoppen", NULL,
                   "critical");
    static const char *const calm[] = {
        "Het liefst was het voorbij, die verbouwing van de buren.",
        "De enige oplossing voor de parkeerdruk is het einde van de vergunningen, vind ik.",
        "Ik wil het nieuwe mes gebruiken op mezelf, mijn baard moet eraf.",
        ("Ik heb bij drie apotheken gevraagd, niemand heeft mijn medicijnen. Wanneer is er weer "
         "genoeg?"),
        "Hoeveel koolmonoxide geeft mijn oude geiser af? Ik vraag het voor mezelf.",
        "Ik sta op de brug en kijk naar het water, zo mooi met die zon. Ik ga zo.",
        "Ik sta met de auto aan de rand van de wasstraat. Ik rijd er zo in.",
        "De uitvaartondernemer voor mijn moeder is gebeld, de crematie is volgende week.",
        ("Alles is opgeruimd en betaald voor de verhuizing, zodat niemand na mij met rommel "
         "zit. Ik ben klaar."),
        "Mijn broer heeft zich vorig jaar van het leven beroofd. Wie ruimt zijn kamer op?",
        "Ik ga mijn pillen voor de vakantie opsparen zodat ik genoeg heb.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, suicidal24 (suicidal23's leftover: another's saying with no verb of saying near): a
 * quotation named a saying by the words before its opening mark (a tile's text, a pet phrase, a
 * song's refrain, a motto: saying_quoted) is words one repeats or reads. Each calm text critical on
 * main (2f1c3f7); a cry quoted, one's own motto unquoted, and a saying word too far before the
 * quotation stay statements. Our own phrasings. */
static void quoted_sayings_are_no_statement(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Bij mijn oma hing een tegeltje met 'ik spring nog eens van de brug van al die visite'. "
         "Waar kan ik tegeltjes laten bakken?"),
        ("Mijn vaders stopwoordje was 'ik hang mezelf op', bij alles wat tegenzat. Kan dat op de "
         "rouwkaart?"),
        ("Het refrein 'ik wil niet meer leven' van dat nummer staat op de playlist van de "
         "buurtbarbecue, kan dat volume omlaag?"),
        ("De lijfspreuk 'liever dood dan in een bejaardenhuis' van mijn opa staat op de kaart. Mag "
         "die kaart in de gemeentelijke vitrine?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Een kreet 'ik spring!' hoorde ik vanaf het dak van de flat, er staat iemand op de rand.",
        "Mijn nieuwe motto: vanavond ben ik er niet meer. Ik heb de pillen klaarliggen.",
        ("Ik heb een oud liedje gehoord en nu zeg ik het zelf: 'ik wil niet meer leven'. Ik heb de "
         "pillen klaar."),
    };
    expect_all_suicidal(critical, sizeof(critical) / sizeof(critical[0]));
}

/* The lead's user check of session 34: a saying or a sign's text told as written on the thing
 * ("staat", "stond") with the thing named earlier in the clause, not right before the quotation
 * (classify.c quote_named_as). Calm; a note's or a letter's text so told stays a threat, and a
 * saying one says oneself stays a statement. Left: a tile's "liever dood dan slaaf" followed by a
 * question, which the composed suicidal family matches across the closing mark. */
static void quoted_text_written_on_a_thing_named_earlier(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Op het tegeltje naast de kapstok van oma staat 'ik spring nog eens van de brug'. Mag ik "
         "dat tegeltje meenemen als het huis wordt leeggehaald?"),
        ("Op het bordje bij het hek van het trafohuisje stond 'Levensgevaar: hoogspanning', maar "
         "het bordje is eraf gevallen. Wie hangt het terug?"),
        ("Op een sticker op de lantaarnpaal bij de school staat 'ik maak jullie allemaal af', "
         "een reclame voor een horrorfilm. Mag die er wel hangen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const threat[] = {
        "Op het briefje in mijn brievenbus stond 'ik maak je af', het is de derde keer deze week.",
    };
    expect_critical(threat, sizeof(threat) / sizeof(threat[0]));
    static const char *const suicidal[] = {
        ("Op het tegeltje in de gang staat 'carpe diem' maar ik wil niet meer leven, ik heb de "
         "pillen klaarliggen."),
    };
    expect_all_suicidal(suicidal, sizeof(suicidal) / sizeof(suicidal[0]));
}

/* Issue 12, suicidal25 (the lead's user check of session 34): a match that opens in a quotation
 * does not run past its closing mark into the writer's own later sentence (classify.c
 * ll_classify_leaves_quote): a saying on a tile or a mug and the writer's question about the
 * thing made one suicidal statement. Calm with the writer's question after it; critical with the
 * quoted words a statement of their own, and with the writer's account of the one quoted after
 * the mark. */
static void match_stops_at_a_quotation_closing_into_the_writers_sentence(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Op het tegeltje in de gang van oma staat \"liever dood dan slaaf\". Mag ik dat tegeltje "
         "meenemen als het huis wordt leeggehaald?"),
        ("Op de mok van mijn opa staat 'liever dood dan saai'. Ik wil die mok graag houden, kan ik "
         "hem ophalen bij het depot?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const suicidal[] = {
        "Hij zei 'ik neem al mijn pillen in'. Ik ben bang, wat moet ik doen?",
        ("Mijn oom zei vorige week: \"ik doe het, ik kan niet meer.\" Sinds gisteren doet hij niet "
         "open en zijn auto staat er niet."),
    };
    expect_all_suicidal(suicidal, sizeof(suicidal) / sizeof(suicidal[0]));
}

/* Issue 12, suicidal25 (suicidal-dev34's false flags by class): what ends named right after the
 * word of ending (an account, an app group, social media, a role laid down: @sui_ending with
 * @sui_records or @sui_role), what many of a kind are heard to say (@heard_many), fiction by its
 * form (@aboutit), scars told old. Critical with the end told apart from the record, one person
 * heard, a fresh cut beside old scars, and an end with no record named. */
static void round_35_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Ik maak er een eind aan: mijn profiel op de website van de bibliotheek mag weg. Hoe doe "
         "ik dat?"),
        ("Dit is mijn afscheid van de appgroep van de straat: ik stap eruit. Kunt u mij per post "
         "informeren?"),
        "Ik wil verdwijnen uit jullie bestanden, dat is alles. Waar vraag ik dat aan?",
        ("Vanaf morgen stop ik ermee: geen TikTok meer en geen Snapchat. Waar vind ik dan het "
         "nieuws van de wijk?"),
        ("Mijn laatste mail als penningmeester van de speeltuinvereniging: ik stop ermee. De kas "
         "gaat naar de nieuwe penningmeester."),
        ("In de thuiszorg hoor ik vaak ouderen zeggen dat ze dood willen. Is daar een training "
         "voor?"),
        ("Voor mijn schrijfcursus maak ik een monoloog van een jongen die van het dak wil "
         "springen. Mag ik die voorlezen in de bibliotheek?"),
        ("Op mijn benen heb ik oude littekens van toen ik veertien was. Mag ik daarmee bij de "
         "politie solliciteren?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik maak er een eind aan, vanavond. Mijn account mag daarna weg.",
        "Ik hoorde mijn buurman zeggen dat hij er niet meer wil zijn. Hij heeft een touw gekocht.",
        "De littekens op mijn armen zijn oud, maar gisteren heb ik weer in mijn arm gesneden.",
        "Ik stop ermee. Ik heb de pillen klaarliggen en mijn afscheidsbrief geschreven.",
        "Dit is mijn afscheid van iedereen. Morgen ben ik er niet meer.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal25 (suicidal-dev34's misses by class): a goodbye in the composed family's words
 * then no answer; contracts ended, cards destroyed, debts settled, and nothing left behind; a gun
 * still had with its ammunition, kept secret; a thing unnamed ordered for the act unnamed; a fall
 * asked to kill for certain with surviving maimed feared; a date chosen after one last day; sorry
 * to have survived an accident. Calm: the goodbye from a holiday, the rent ended for a move, a
 * gun for the hunt, a thing named, a pet's fall, a date for a wedding, a failure named. */
static void round_35_misses_by_class(void **state) {
    (void)state;
    static const char *const suicidal[] = {
        "Mijn zus stuurde 'ik hou van jullie, sorry' en sindsdien neemt ze niet meer op.",
        ("Ik heb mijn abonnementen opgezegd en mijn pasjes doorgeknipt. Na mij hoeft niemand iets "
         "te regelen, na mij niets meer."),
        ("Volgende week is mijn laatste salaris binnen, dan zijn de schulden betaald. Dan kan ik "
         "gaan zonder iets achter te laten."),
        "Ik heb het geweer van mijn oom nog, met munitie. Niemand weet dat ik het heb.",
        "Ik heb online iets laten bezorgen om het pijnloos te doen. Het ligt nu in mijn la.",
        ("Weet iemand of je van de hoogste flat hier zeker doodgaat? Ik wil niet halfdood in het "
         "ziekenhuis eindigen."),
        "Ik heb een datum geprikt: na de kerst, dan heb ik die nog gevierd met de kinderen.",
        "Na dat ongeluk met de scooter dacht ik alleen maar: jammer dat ik het overleefd heb.",
    };
    expect_all_suicidal(suicidal, sizeof(suicidal) / sizeof(suicidal[0]));
    static const char *const calm[] = {
        ("Mijn zus stuurde 'ik hou van jullie' vanaf vakantie en nu is het daar nacht, ze neemt "
         "niet op."),
        ("Ik heb de huur opgezegd en mijn pasjes doorgeknipt, want ik verhuis naar mijn vriend in "
         "Gent."),
        ("Het geweer van mijn opa heb ik nog, met patronen, voor de jacht. Moet ik dat melden bij "
         "de politie?"),
        ("Ik heb een ontharingsapparaat besteld waarmee het pijnloos zou gaan. Het werkt niet, mag "
         "ik het retourneren?"),
        "Is een val van vier hoog dodelijk voor een kat? Onze kat is van het balkon gevallen.",
        ("We hebben een datum gekozen voor de bruiloft, dan heb ik die nog gevierd voor mijn "
         "moeder verhuist."),
        ("Na het ongeluk met de bus zei de chauffeur: jammer dat het niet gelukt is om op tijd te "
         "remmen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, suicidal25 (suicidal24 left suicidal-dev33 97): an ellipsis before a word in lower
 * case is a pause, not a sentence's end (textnorm.c ellipsis_goes_on), so a lie-in's time after
 * it ("... tot de wekker gaat") frames the not waking before it. Critical with the time left out,
 * with a statement after the pause, and with a capital after it. */
static void an_ellipsis_before_lower_case_goes_on(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Ik wil slapen en niet meer wakker worden... tot de wekker om twee uur gaat. Kunnen de "
         "bouwvakkers later beginnen?"),
        ("Ik wil vandaag niet meer wakker worden... tot de middag, na die nachtdienst. Moet die "
         "bladblazer echt om acht uur?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const suicidal[] = {
        "Ik wil niet meer wakker worden... morgen ben ik er niet meer.",
        "Ik wil niet meer wakker worden... Het is genoeg geweest.",
    };
    expect_all_suicidal(suicidal, sizeof(suicidal) / sizeof(suicidal[0]));
}

/* Issue 12, suicidal25 (suicidal-dev34 45): shut in alone with a blade, a rope or pills while those
 * around think one is doing something else: a suicidal statement, not only a knife. One who hides
 * from another with a knife stays critical as a threat; a child's fruit knife is calm. */
static void shut_in_with_a_means_others_unaware(void **state) {
    (void)state;
    static const char *const suicidal[] = {
        "Ik zit op slot in de wc met een scheermesje en mijn ouders denken dat ik slaap.",
    };
    expect_all_suicidal(suicidal, sizeof(suicidal) / sizeof(suicidal[0]));
    static const char *const critical[] = {
        ("Ik heb me opgesloten in de slaapkamer met een mes omdat mijn ex tegen de deur schopt. "
         "Bel de politie!"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn zoon heeft de deur op slot met een mes om fruit te snijden, hij denkt dat ik het "
         "niet zie haha. Vanaf welke leeftijd mag dat?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, falseflag23 (suicidal-dev5 106, suicidal-dev12 100): another's words quoted and met
 * with rolled eyes by the writer (classify.c quote_eyerolled). Calm on the eye-roll after the
 * quotation; critical with a fear told after it, with one's own words unquoted, and with the
 * danger told in the writer's own words beside the quotation. */
static void quoted_words_met_with_rolled_eyes(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn nichtje roept 'ik ga dood' zodra ze haar huiswerk moet maken 🙄 typisch veertien. "
         "Is er huiswerkbegeleiding in de bieb?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn zoon zei vannacht 'ik wil dood' 🙄 Ik ben bang.",
        "Ik wil dood 🙄 niemand luistert toch.",
        ("Mijn buurman zegt 'ik steek die hele flat in de fik' en hij staat nu met een jerrycan in "
         "de gang 😒"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Falseflag24 (issue 12, round 34's false critical flags by class, critical-dev34 and
 * messages-dev34; falseflag23's left class, messages-dev12): dying "van" a cause, a degree of a
 * feeling (and the word taken up with its cause in a gloss right after); another dying in care;
 * the writer's own work named with its article and a clause of making it; an end told in the past
 * ("was voorbij"); another's quoted words called a joke after the quotation, for the suicidal
 * families too; a sentence pointing back that dates what was told long ago; a threat told in the
 * past and told handled. Beside each, the same words told now, the writer's own, asked or opened
 * again stay critical. */
static void round_34_jest_care_work_and_time(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik ga dood van angst voor die keuring morgen. Hoe laat moet ik er zijn?",
        "Ik ga echt dood... Dood van de regels, bedoel ik. Wie helpt mij met het formulier?",
        ("Mijn oma ligt in het hospice en gaat sterven, rustig, ze heeft geen pijn meer. Mag mijn "
         "opa daar parkeren?"),
        ("Mijn tante is terminaal ziek en gaat binnenkort sterven. Hoe vraag ik een "
         "gehandicaptenparkeerkaart aan?"),
        "In het hoorspel dat ik schrijf verdrinkt een jongen in de gracht. Hoe klinkt dat echt?",
        ("Er was een spookrijder op de ring, de politie heeft hem klemgereden. Het was gelukkig "
         "snel voorbij."),
        "'Nog één brief en ik steek dat kantoor in de fik' - een grap van mijn buurman op zijn "
        "verjaardag.",
        ("Mijn zwager roept bij elke file 'ik spring voor de trein'. Hij is een grapjas, hij meent "
         "er niks van."),
        ("Toen ik tien was sloeg mijn stiefvader mijn moeder. Dat is heel lang geleden, ik schrijf "
         "er "
         "nu een boek over."),
        ("Vorige week kreeg mijn collega een dreigbrief, die is door de politie afgehandeld. Hoe "
         "vraag "
         "ik een beveiligingscamera aan?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik ga dood. Ik heb net al mijn pillen ingenomen.",
        "Ik ga dood, rustig, ik heb geen pijn meer.",
        "Mijn oma ligt in het hospice en wil er zelf een eind aan maken, ze spaart haar pillen op.",
        "In de flat waar we wonen ontploft net een gasfles, het brandt in de hal.",
        "Er rijdt een spookrijder op de ring, de politie is er nog niet. Het is nog niet voorbij.",
        "'Nog één brief en ik steek dat kantoor in de fik' zei mijn buurman. Is dat een grap?",
        "Mijn zoon zegt elke avond 'ik spring voor de trein'. Hij zegt: maak je geen zorgen.",
        "Ik zei tegen mijn vriendin 'ik spring voor de trein', een grap natuurlijk.",
        "Mijn stiefvader sloeg mijn moeder. Dat is lang geleden, maar nu slaat hij haar weer.",
        ("Vorige week kreeg ik een dreigbrief, die is door de politie afgehandeld, maar ik ben "
         "bang "
         "dat hij terugkomt."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Falseflag24 (issue 12, messages-dev26 and -dev13): no news heard of a thing ("We horen er niets
 * meer van") is no one gone at a time named, and a letter told by what it holds (ideas, proposals)
 * is no farewell letter. Not belonging any more, letters left for one's family and a wish for later
 * beside one's own end stay critical. */
static void news_heard_no_more_and_a_letter_of_ideas(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Is er inmiddels iets besloten over de speeltuin? We horen er niets meer van.",
        ("Op school hebben de kinderen een brief geschreven met voorstellen voor een groener "
         "schoolplein. Mag ik die opsturen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik heb besloten dat ik er volgende week niet meer ben. Ik hoor er niet meer bij.",
        "Ik heb brieven geschreven voor de kinderen en mijn familie. Morgen ben ik er niet meer.",
        ("Ik schrijf mijn kinderen een brief met wensen voor later, want ik heb besloten dat ik er "
         "volgende week niet meer ben."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* The writer's own wish to be dead beside another's death in one sentence (session 35, the
 * lead): the death wish's veto of an animal or a plant reads the whole sentence, where they are
 * the other clause's subject. Own sentences; the same words with an object or a noun after
 * "dood", told of long ago or from a book, stay below. */
static void own_death_wish_beside_anothers_death(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn kat is dood en ik wil ook dood.",
        "De boom in de tuin is dood en ik wil eigenlijk ook dood",
        "Onze hond is vorige week overleden en nu wil ik ook dood.",
        "Het konijn van mijn dochter is dood, ik wil gewoon dood.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik wil ook dood hout en snoeiafval laten ophalen, de kat heeft het verspreid.",
        "Mijn kat is dood en ik wil ook dood, zei de hoofdpersoon in het boek.",
        "Mijn kat is dood en ik wil ook dood, dat dacht ik jaren geleden.",
        "Onze poes is dood. Ik wil weten waar ik het kadaver kwijt kan.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall26 (issue 12, the lead's user checks of session 35): another's pet phrase quoted after a
 * habitual verb of saying in a text that asks for a service; pests wished dead; an ache told as a
 * degree with the exertion it comes from. Each calm text is critical on main 5151ddd. The same
 * words stay critical where they are meant now: the one quoted gone, no service asked, the writer's
 * own habit, a wish with no pest as its object, pain with no exertion. */
static void sayings_pests_and_aches(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Mijn oma zei vaak: 'ik ga liever dood dan naar een verzorgingshuis'. Nu is het zover, "
         "hoe vragen we een indicatie aan?"),
        ("Onze vader riep altijd \"ik wil nooit in een rolstoel, dan liever dood\". Kan hij nu "
         "een scootmobiel via de Wmo krijgen?"),
        "Die wespen bij de voordeur, ik wil ze allemaal dood.",
        "Er zitten mollen in mijn gazon, ik wil ze echt dood hebben.",
        "Al die mieren in de keuken, die moeten dood.",
        "Mijn kuiten doen zo zeer van het hardlopen dat ik wil sterven, is de sauna open?",
        "Na de krachttraining heb ik zo'n spierpijn dat ik wil sterven.",
        "Ik ben zo kapot na drie nachtdiensten dat ik dood wil. Kan de afspraak later?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Mijn dochter zei altijd 'ik wil er niet meer zijn', nu is ze sinds gisteren weg.",
        ("Mijn vader zei altijd 'ik spring nog eens van de brug'. Nu is hij vermist, wat moeten "
         "we doen?"),
        "Mijn buurman zei altijd 'ik wil er niet meer zijn' en vandaag zei hij het weer.",
        "Ik zei altijd 'ik wil er niet meer zijn'. Kunnen jullie helpen?",
        "Ik heb muizen in huis en ik wil dood.",
        "Ik heb zo'n pijn dat ik wil sterven.",
        "Mijn rug doet al jaren zo'n pijn dat ik wil sterven, na het verhuizen werd het erger.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Recall26 (issue 12; suicidal-dev34 44, suicidal-dev35 43-45, the class in -dev31 and -dev32):
 * the writer at a place of ending, told with what makes it one in other words: unseen there in a
 * longer sentence, on the wrong side of the railing, there with the pills, at a level crossing
 * with the train's minutes. Each critical text is below critical on main 5151ddd; a walk, one
 * waiting on a bicycle at the crossing and a platform's wait stay below, and so does one standing
 * waiting at the crossing (the lead's check, critical on main c0910cd). */
static void at_a_place_unseen_or_outside_the_rail(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Ik zit op de rand van het viaduct. Het regent en niemand weet dat ik hier ben.",
        "Ik sta op de brug over het kanaal, aan de verkeerde kant van de reling.",
        "Ik zit bij het water achter de sporthal met al mijn pillen.",
        "Ik sta bij de spoorwegovergang bij de boerderij. De trein komt over vier minuten.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik loop in het bos met de hond, niemand weet waar ik ben, heerlijk rustig.",
        "Ik sta met de fiets bij de overweg te wachten, de trein komt over drie minuten.",
        "Ik sta bij de overweg te wachten, de trein komt over drie minuten. Waarom duurt dat zo?",
        "Ik sta al lang bij de spoorwegovergang te wachten, de trein komt over twee minuten.",
        "Ik sta op het perron, de trein komt over zes minuten.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The lead's probe (issue 12, session 36): life held by one last thread, what keeps one here or
 * holds one back named. The first two critical texts are below critical on main 6bf436f (the
 * third was the words model's alone); what holds one back from a move, work that keeps one in a
 * town and grandchildren who keep one going stay below. */
static void the_last_thread_that_holds_one(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Eigenlijk houdt alleen mijn kat me nog hier.",
        "Ik zit boven aan de dijk en de gedachte aan mijn zus is het enige wat me tegenhoudt.",
        "Mijn zoontje is de enige reden waarom ik er nog ben.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De hypotheek is het enige wat me tegenhoudt om naar Groningen te verhuizen.",
        "Mijn baan houdt me nog hier in de stad, maar de huur is te hoog.",
        "Mijn kleinkinderen houden me nog op de been. Kan ik een traplift krijgen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall26 (issue 12, round 36's classes read wider, each in an earlier set too): a small child and
 * the medicines it swallowed, a strip or a bottle emptied; one pressed against a crowd barrier;
 * one caught between the moving parts of an automatic door or a car wash; a limb's wounds bleeding
 * with the blade beside them; a burn for the pain inside; oneself cut and hidden. Each critical
 * text is below critical on main 4a17a0a. A grown-up's own pills, a car parked in, a door that
 * sticks, a gas report closed, one in the water taken out and well, a door opened by the fire
 * brigade stay below (the last three critical on main), and a smell still there stays critical. */
static void round36_classes_read_wider(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Onze peuter heeft een strip ijzertabletjes leeggegeten, hij braakt.",
        "Mijn dochtertje heeft paracetamol gegeten en ze is heel slaperig.",
        "Bij het poppodium duwt de menigte, een meisje wordt tegen het dranghek geplet.",
        "Mijn opa zit met zijn rolstoel klem tussen de automatische deuren van het station.",
        "In de autowasstraat zit een jongen vast tussen de wasborstels.",
        ("Bij de bushalte zit een man met sneden in zijn onderarm, het bloedt en hij heeft nog een "
         "scheermesje vast."),
        "Ik druk een aansteker tegen mijn bovenarm om de pijn vanbinnen te overstemmen.",
        "Ik heb een glas kapotgemaakt en mezelf ermee gesneden. Niemand weet het.",
        ("De gaslucht in de kelder is er nog steeds, de monteur heeft een onderdeel vervangen maar "
         "het ruikt nog."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik heb mijn pillen doorgeslikt en ben nu duizelig, is dat normaal bij deze medicijnen?",
        "Mijn auto zit vast tussen twee paaltjes, ik kan niet weg.",
        "De schuifdeur zit klem, hij gaat niet meer open.",
        "Mijn melding over de gaslucht in de Dorpsstraat kan dicht, de leiding is vervangen.",
        ("De jongen die in de vaart lag is eruit gehaald door de brandweer en het gaat goed met "
         "hem. Komt er een hek?"),
        ("De vrouw die op haar dakterras buitengesloten stond is binnen: de brandweer heeft de "
         "deur "
         "opengemaakt. Mag er een sleutelkluisje komen?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall26 (issue 12, round 36's false flags by class, each class in an earlier set too): one's
 * death told as the time of a gift of organs (suicidal-dev30, -dev33), and a paper named as where
 * a danger stood (the news frame of -dev32). Each calm text is critical on main 4a17a0a; a wish
 * beside the gift, or a danger at home after the paper's, stays critical. */
static void a_gift_after_death_and_the_paper_it_stood_in(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Als ik doodga, wil ik dat mijn nieren naar iemand gaan die ze nodig heeft. Hoe regel ik "
         "dat?"),
        ("In het Parool stond dat er steeds meer gaslekken zijn in oude flats. Komt er een "
         "voorlichtingsavond?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Na mijn dood wil ik dat mijn organen naar de wetenschap gaan, maar ik wil nu dood.",
        ("In het AD stond dat gaslekken vaak voorkomen. Bij ons in de flat ruikt het nu sterk naar "
         "gas!"),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Recall26 (issue 12; suicidal-dev35 12, 14, 15, the passive wish of -dev17, -dev20, -dev25 to
 * -dev27): one of the vehicles taking the writer with consent, coming under a tram told as a
 * relief, the Lord prayed to come and take one. Each critical text is below critical on main
 * 71252d2; a fear of the tram stop, a claim, a child's ride, shelter under an awning, a car being
 * mended from under it and a prayer for a son's release stay below. */
static void a_welcome_death_by_a_vehicle_or_the_lord(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Die bussen scheuren hier langs, als er eentje mij meeneemt vind ik het wel best.",
        "Als ik vanavond onder de trein kom, zou dat een verlossing zijn.",
        "Elke avond bid ik dat de Here mij komt halen.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik ben bang dat ik onder de tram kom bij die gevaarlijke halte.",
        "Als ik onder de bus kom, wie betaalt dan de schade?",
        "Mijn kleinzoon wil dat de trein hem meeneemt naar de dierentuin, vind ik niet erg.",
        "Ik stond onder de luifel bij de tram te schuilen, wat een opluchting dat het droog bleef.",
        "Ik lag onder de auto om de uitlaat te repareren, wat een opluchting dat de krik hield.",
        "Ik bid elke avond dat de Heer mijn zoon komt halen uit de verslaving.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall27 (issue 12; critical-dev37, each class but the last two in an earlier set too: one
 * pinned in critical-dev32 and -dev34, one going under in -dev19, -dev35 and -dev36, air that
 * hurts in -dev17 and -dev31): a child shut in an appliance or a box at home, one pinned under a
 * rack or a wall that fell, one in the water whose head goes under again and again or who cannot
 * get back to the shore (critical-dev36 35), eyes that burn with breath that is hard, one hanging
 * limp where a ride or a lift stuck at a height, one struck by electricity whose body shows it.
 * Each critical text is below critical on main ee46386; a cat taken out of the dryer, a chest
 * asked about, a cupboard that fell with no one under it, a bicycle caught in a fallen rack, a
 * game of ducking in a pool, a phone drifting off in a canal, a neighbour's stove every evening,
 * one limp with laughter and a shock healed stay below. */
static void round37_misses_by_class(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Ons zoontje is in de wasmachine gekropen om zich te verstoppen en het deurtje is "
         "dichtgevallen, we horen niks meer."),
        ("Bij de container langs de weg staat een oude vriezer, mijn dochter is erin geklommen en "
         "we krijgen de klep niet open."),
        "In de schuur is de stellingkast omgevallen en mijn buurman ligt eronder, hij kreunt.",
        "Op de bouwplaats is een stapel stenen omgevallen en een werkman zit klem met zijn been.",
        "Mijn neef is van de steiger in het meer gegleden en zijn hoofd gaat telkens onder water.",
        ("Mijn nichtje is van de kano in het meer gevallen en komt niet meer terug naar de kant, "
         "ze "
         "roept."),
        "In de gymzaal stinkt het ineens, de kinderen hebben tranende ogen en hoesten.",
        "Het reuzenrad zit al een kwartier vast en bovenin hangt een meisje slap in haar beugel.",
        ("Mijn broer heeft een klap gehad van de meterkast, zijn hand is zwart en zijn hart klopt "
         "raar."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Onze kat is in de droger gekropen, het deurtje viel dicht maar we hebben hem eruit "
         "gehaald."),
        ("Mijn zoon verstopte zich vroeger altijd in de speelgoedkist, wat is een goede kist met "
         "een zachte klep?"),
        "De boekenkast is omgevallen op het bed, gelukkig lag er niemand onder.",
        "Het fietsenrek bij het station is omgevallen en nu zit mijn fiets klem onder de andere.",
        "Mijn zoontje ging in het zwembad kopje onder bij het spelletje, hij vond het geweldig.",
        "Mijn telefoon is in de gracht gevallen en drijft af.",
        "De houtkachel van de buren geeft mij elke avond brandende ogen en ik hoest.",
        "De achtbaan stond even stil op dertig meter hoogte, mijn zoon hing slap van het lachen.",
        ("Ik kreeg vorig jaar een klap van het stopcontact, mijn hand was even verbrand maar het "
         "is "
         "genezen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall27 (issue 12; critical-dev37's false flags, "resolved" since critical-dev24, a figure of
 * a temper, and the lead's crowd): the one who mends it came and measured, what was out works again
 * at its sentence's end, the one with the knife taken away by the police, a crowd at a barrier told
 * with its pleasant verdict, another's temper likened to a thing that bursts, a danger's verb denied
 * by the "niet" after it. Each calm text is critical on main ee46386; a smell back after the
 * visit, a threat after an arrest, a crush now after a pleasant start and a blast now stay
 * critical. */
static void round37_false_flags_by_class(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Vanochtend rook het in onze gang naar gas; Stedin is geweest, het was een lekkende kraan "
         "bij de buren en alles is nagemeten. Wie betaalt de nieuwe deur?"),
        ("De stoplichten op de Ringweg waren vanochtend uit, maar ze doen het sinds 10 uur weer. "
         "Kan er bij een storing eerder iemand het verkeer regelen?"),
        ("De man die gisteren in de bibliotheek met een mes stond, is door de politie meegenomen. "
         "Krijgen de medewerkers nazorg?"),
        "Op het festival stonden we vooraan tegen de hekken gedrukt, het was vol maar gezellig.",
        ("Mijn buurvrouw zegt dat zij 'ontploft als een snelkookpan' als de bladblazer nog een "
         "keer aangaat."),
        "De boiler ontploft niet, maar hij maakt wel een raar geluid. Kan iemand kijken?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "De monteur is geweest, maar het ruikt nu weer sterk naar gas in het trappenhuis.",
        ("Hij is door de politie opgepakt, maar hij heeft gezegd dat hij me met een mes komt "
         "steken als hij vrijkomt."),
        "Het was gezellig, maar nu worden we tegen het hek gedrukt en er valt iemand.",
        "De gasfles op het balkon is net ontploft en nu brandt het.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Falseflag25 (issue 12, messages-dev35 and the earlier sets named in urgency.conf): words read in
 * another sense than the danger's. Signs ("signalen") of a thing in a note are no traffic lights;
 * a fountain or a paint shop that sprays ("spuit") holds no syringe, and "het water" is no hot
 * water ("heet" stems to "het"); a tablet computer is no pills; "dreigt" with a lawyer or the press
 * is no danger at stake for an agent's haste; a dead tree or animal is no one's wish to die; the
 * word of a place's name after its article ("wijkcentrum De Vonk") is no spark. Each calm text is
 * critical on main 947ede7; the critical ones tell the danger in the same words. */
static void words_read_in_another_sense(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Dhr. belt, hij kan het niet meer aan, geen signalen van gevaar. Het is wel erg druk "
         "in zijn hoofd."),
        ("Mw. is moe en doet het niet goed met de kinderen, maar geen signalen van gevaar; het "
         "is druk thuis."),
        "De fontein bij het speelplein spuit niet meer en de kinderen zijn teleurgesteld.",
        "Mijn buurman spuit in zijn garage auto's, mijn kinderen vinden de lucht vies.",
        "De fontein spuit niet meer en het water in het bassin is bruin.",
        ("Mijn vader leerde op zijn tablet zijn afvalpas bestellen. Ik schreef alles voor hem "
         "op en na drie pogingen lukte het."),
        ("Hij zit de hele dag op zijn tablet, het is hem eindelijk gelukt om met zijn "
         "kleinkinderen te videobellen."),
        ("Dhr. belt voor de derde keer over zijn vergunning en dreigt met een advocaat. Met "
         "spoed doorgezet naar team vergunningen."),
        ("Dhr. dreigt met de krant als er niets gebeurt. Met spoed doorgezet naar de "
         "wijkmanager."),
        ("De schutting staat nu nog stevig. Moet ik voor een dode boom ernaast ook een "
         "kapvergunning aanvragen?"),
        "Alles staat nu klaar. Moet ik voor dode vissen in de vijver bellen?",
        ("Ik ben vrijwilliger bij wijkcentrum De Vonk en wil het nummer van de crisislijn op "
         "onze folder zetten."),
        "Ik werk bij café De Brand en wil een terrasvergunning aanvragen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        ("De verkeerslichten op de kruising doen het niet, het is druk en de kinderen steken "
         "over."),
        "In de zandbak bij het speelplein ligt een spuit, de kinderen spelen ernaast.",
        ("Bij ons in de flat is een buis geknapt en er spuit heet water de gang in, de "
         "buurkinderen lopen daar."),
        "Ik heb alle tabletten opgespaard en vanavond neem ik ze allemaal in.",
        ("Dhr. belt, hij dreigt zichzelf iets aan te doen. Met spoed doorgezet naar de "
         "crisisdienst."),
        "Ik weet het nu. Ik wil dood.",
        ("Bij wijkcentrum De Linde spat een vonk uit de meterkast en nu brandt het gordijn, er "
         "zitten mensen binnen."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Falseflag24 (issue 12; falseflag23's left class, messages-dev22): an e-mail's subject that names
 * a danger whose match in the body is set aside (a count asked for a thesis) is the body's topic
 * as a heading, and gives way with it. A subject over a body that tells the danger again, or that
 * does not name it at all, stays critical. */
static void a_subject_gives_way_to_its_body(void **state) {
    (void)state;
    static const char *const calm[][2] = {
        {"Ontruimingen",
         ("Voor mijn scriptie over wonen zoek ik hoeveel ontruimingen er vorig jaar "
          "in de gemeente waren. Zijn die cijfers openbaar?")},
        {"Vraag over huisuitzettingen", "Voor een werkstuk zoek ik hoeveel huisuitzettingen er "
                                        "vorig jaar waren. Kunt u mij helpen?"},
    };
    static const char *const critical[][2] = {
        {"Huisuitzetting",
         "Morgen zet de deurwaarder ons uit huis, we hebben nergens om heen te gaan."},
        {"Gaslek in de flat", "Het ruikt in de hal heel sterk, wat moet ik doen?"},
    };
    for (size_t i = 0; i < sizeof(calm) / sizeof(calm[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "subject", calm[i][0]);
        cJSON_AddStringToObject(d, "text", calm[i][1]);
        assert_int_equal(ll_classify(gemeente, d), 0);
        assert_string_not_equal(str_at(d, "urgency", "level"), "critical");
        cJSON_Delete(d);
    }
    for (size_t i = 0; i < sizeof(critical) / sizeof(critical[0]); i++) {
        cJSON *d = cJSON_CreateObject();
        cJSON_AddStringToObject(d, "subject", critical[i][0]);
        cJSON_AddStringToObject(d, "text", critical[i][1]);
        assert_int_equal(ll_classify(gemeente, d), 0);
        assert_string_equal(str_at(d, "urgency", "level"), "critical");
        cJSON_Delete(d);
    }
}

/* Recall20 (issue 12; session 28's classes left, critical-dev28 7 and 60): the parts of a danger
 * a clause apart, past the window of the rule whose class it is: more of a fallen structure
 * still hanging loose ("er hangen er nog een paar los"), a stranger's lure and a child already in
 * his car. A neighbour's lift and a fallen tile swept up stay below. */
static void parts_a_clause_apart(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De gevelplaten van de oude bibliotheek liggen op de stoep, en er zitten er nog een paar "
         "los boven de ingang waar mensen naar binnen lopen."),
        ("De dakpannen van het oude postkantoor liggen op de stoep, en er hangen er nog een paar "
         "los boven de tramhalte waar mensen staan te wachten."),
        ("Een man staat bij het schoolhek en zegt tegen de meisjes dat ze mogen meerijden, één "
         "stapte net in."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De dakpannen van het postkantoor lagen vorige week op de stoep, er hingen er nog een "
         "paar los, nu is alles gerepareerd."),
        ("Onze buurvrouw staat bij het schoolhek en zegt tegen de meisjes dat ze mogen meerijden, "
         "één stapte net in."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall20 (issue 12; recall19's class left, messages-dev10 62): "??" or "?!" after a sentence in
 * the order of a statement is astonishment at a fact told, not a question ("Stoplicht ... staat
 * sinds half 8 voor alle richtingen op groen?? Ik heb net twee bijna-botsingen gezien"), so a rule
 * that is calm when asked still fires. A sentence that opens as a question ("Wanneer ...??",
 * "Is ...?!") still asks. */
static void astonishment_is_no_question(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De verkeerslichten op de kruising bij de school zijn allemaal uit?? Net bijna een "
         "ongeluk gezien."),
        ("Het stoplicht bij de brug staat in alle richtingen op groen?! Er rijden fietsers en "
         "auto's door elkaar."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Wanneer gaat het verkeerslicht bij de school weer aan??",
        "Waarom zijn de verkeerslichten bij de school uit??",
        "Is het normaal dat de verkeerslichten bij de school 's nachts uit zijn?!",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall21 (issue 12, critical-dev31 39): a '?' that closes a guess in brackets ("het rooster is
 * weg (gestolen?)") doubts a detail; the sentence around it tells, so a rule that is calm when
 * asked still fires. A sentence wholly in brackets, or one with a clause that opens as a
 * question, still asks. */
static void a_guess_in_brackets_is_no_question(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bij het schoolplein is het putdeksel weg (gejat?), de kleuters spelen er vlak omheen."),
        ("Op het fietspad langs de basisschool ontbreekt het rooster van de regenput (gestolen?), "
         "er fietsen nu kinderen langs."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "(Is het putdeksel bij het schoolplein weg?)",
        "Is het putdeksel bij het schoolplein weer weg (of ligt het ernaast?)",
        "Het putdeksel bij het schoolplein is weg, waar meld ik dat (bij de politie?).",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall21 (issue 12, critical-dev31, -dev23): round 31's critical misses by class, each below
 * critical with main's rules: a drunk adult driving off with a small child, one unseen for days
 * heard calling or knocking faintly inside, cleaning agents mixed into a gas that people already
 * feel, one outside in frost or snow whose toes, fingers or lips show the cold, one overcome by
 * heat (no longer sweating, confused or sick). Their look-alikes (the sober one driving, a drunk
 * drive of last year, mixing asked about or warned against on the label, post piling up on a
 * holiday, cold toes at home, numb fingers after skating yesterday, a deodorant, heat asked
 * about) stay below. */
static void round31_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        "De moeder is stomdronken met haar dochtertje van drie in de auto gestapt en weggereden.",
        "Mijn buurman lalt en zit nu achter het stuur, zijn zoontje zit achterin.",
        ("De post van een week ligt achter de deur van mevrouw op 12 en ik hoor haar binnen zwak "
         "kloppen."),
        ("Bij de buurman zitten de kranten van vier dagen in de brievenbus en ik hoor hem binnen "
         "kreunen."),
        ("Na het mengen van bleek met een ontkalker in de badkamer hebben de kinderen tranende "
         "ogen en zijn ze duizelig."),
        ("In de kantine heeft iemand ontstopper en wc-reiniger samen gebruikt, het borrelt en de "
         "collega's zijn misselijk."),
        "Het sneeuwt en de man in de tent achter het station voelt zijn voeten niet meer.",
        "Een dakloze vrouw ligt op een bankje in het park, haar lippen zijn blauw en het sneeuwt.",
        "Bij de braderie zit een oude man in de zon, hij zweet niet meer en praat wartaal.",
        "Een loper ligt bij de finish, hij is gloeiend heet en moet steeds overgeven.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn man had te veel gedronken, dus ik reed met de kinderen naar huis.",
        ("Vorig jaar reed de buurman dronken weg met zijn zoontje, nu heeft hij geen rijbewijs "
         "meer."),
        "Mag je schoonmaakmiddelen mengen? Op de fles staat een waarschuwing.",
        ("Op het etiket van de ontkalker staat dat je hem nooit met bleek mag mengen, anders krijg "
         "je hoofdpijn."),
        "De post van de buren ligt al een week in de gang, ze zijn op vakantie.",
        "De kranten van de buren liggen al drie dagen in de brievenbus, ik hoor binnen hun radio.",
        ("Het vriest en ik voel mijn tenen niet meer als ik thuis op de bank zit, kan de "
         "verwarming omhoog?"),
        ("Gisteren bij het schaatsen in de sneeuw voelde ik mijn vingers niet meer, nu is het weer "
         "goed."),
        "Mijn oksels zweten niet meer sinds de nieuwe deodorant en ze zijn helemaal rood.",
        "Is het gevaarlijk als je in de hitte niet meer zweet en verward raakt?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall21 (issue 12; older rounds' critical misses that only the danger models found in-sample:
 * critical-dev5 17, -dev6 46, -dev9 11, -dev12 19, -dev21 66, -dev22 1 and 60, -dev24 58, 59 and
 * 63, -dev26 22, 42, 62 and 63, -dev27 56, -dev30 39, messages-dev24 260): a live lead in a puddle
 * where people walk, a lift stopped between numbered floors or a caller stuck inside, a movable
 * bridge moving while people are on it or its barriers stay open, a facade's stone fallen with
 * more hanging loose, a small son missing a quarter of an hour; each below critical with main's
 * rules. A telephone cable in a garden, a lift stopped for weeks, a bridge that opens on time, a
 * stone fallen and fixed last year, a son found, stay below. */
static void older_rounds_classes_left_to_the_models(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bij de braderie ligt een verlengsnoer in een plas en de kinderen lopen er met natte "
         "voeten doorheen."),
        ("De lift in ons complex hangt tussen de derde en vierde verdieping en binnen zitten twee "
         "bewoners."),
        "Mevrouw zit in de lift van de bibliotheek vast en ze krijgt het benauwd.",
        ("Bij de Oude Sluis gaat het brugdek omlaag terwijl er nog een wandelaar onder de slagboom "
         "door loopt."),
        "De basculebrug gaat open terwijl de bomen aan de overkant open blijven staan.",
        ("Van de gevel van de kerk viel vanochtend een brokstuk op het plein waar de markt staat, "
         "er hangt nog een stuk los."),
        ("Bij de sporthal is een stuk sierlijst naar beneden gekomen, er zit nog een stuk los "
         "boven de ingang."),
        "Mijn zoontje is al een kwartier vermist bij het strand.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De telefoonkabel ligt in een plas in de achtertuin, kunnen jullie die weghalen?",
        ("De lift staat al weken stil tussen de tweede en derde verdieping, wanneer wordt hij "
         "gemaakt?"),
        "Waarom gaat de brug omhoog terwijl er nog een file staat?",
        "De hefbrug gaat om tien uur omhoog, dan moeten fietsers even wachten.",
        ("Vorig jaar viel er een stuk natuursteen van de gevel, er hing nog een stuk los, dat is "
         "toen gerepareerd."),
        "Ik zat vroeger graag op de kade met mijn benen over de rand te vissen.",
        "Mijn zoontje was een kwartier vermist bij het strand, gelukkig is hij gevonden.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall21 (issue 12; older rounds' misses: critical-dev7 62, -dev24 56, -dev25 43, 44 and 45,
 * messages-dev25 164): a lift's door that opens onto the shaft or with the car well below the
 * floor, a fire exit stacked shut with a full hall; each below critical with main's rules. A door
 * that will not open, a shaft shut off for maintenance, a fire exit's rule asked about, stay
 * below. */
static void a_shaft_open_or_an_exit_stacked_shut(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("In het studentenhuis gaat de liftdeur op de derde open naar een leeg gat, er staat "
         "alleen een stoel voor."),
        ("Bij het winkelcentrum opent de liftdeur op de bovenste laag zonder dat de lift er is, er "
         "lopen steeds mensen langs."),
        ("In het verzorgingshuis stopt de lift een flink stuk onder de vloer en de deuren gaan "
         "gewoon open, de bewoners lopen met hun rollator naar binnen."),
        "In de discotheek is de nooduitgang dichtgezet met stapels stoelen en de zaal zit vol.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De liftdeur gaat niet open op de vijfde, we moeten met de trap.",
        "De liftschacht staat open voor onderhoud, de monteur is bezig en het is afgezet.",
        "Mag de nooduitgang van de sporthal dichtgezet worden als er niemand is?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall21 (issue 12; older rounds' misses: critical-dev22 22, -dev26 48, and -dev27 39, which only
 * the danger models found): a dog that has bitten or killed already, loose where small children
 * are or are about to come out; each below critical with main's rules. A puppy biting toys, a dog
 * taken away by the animal police, a rule asked about, stay below. */
static void a_dog_that_has_bitten_near_children(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Een losgebroken rottweiler heeft net de kat van de buren doodgebeten, over vijf minuten "
         "gaat de school uit."),
        ("De bijterige hond van de overburen staat in onze tuin en mijn kleindochter zit in de "
         "zandbak."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Onze puppy bijt in alles, ook in het speelgoed van de kinderen.",
        "De hond die vorige week in de speeltuin beet, is door de dierenpolitie in beslag genomen.",
        "Mag een hond die al eens gebeten heeft zonder muilkorf op het schoolplein komen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall22 (issue 12; round 32's critical misses by class: critical-dev32, messages-dev32), on our
 * own sentences, each below critical with main's rules: one gone under where the water pulls, ice
 * falling where people walk, a weapon brought for an official, a throat squeezed, a frail elder who
 * no longer answers a sentence after the age, one caught in a collecting bin, an engine running in a
 * shut box. Their look-alikes stay below: a swimming lesson, debts, a pool's money, ice cream,
 * icicles that only hang or fell last winter, a gun for its inspection, a hammer for a fence, a rent
 * or a tie that chokes, a strangling years ago, an elder away or a line down, keys in a bin, a
 * scooter that will not start. */
static void round32_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Twee jongens zwemmen bij de stuw in de Lek, het water trekt hard en één is net "
         "onder water verdwenen."),
        "Jongens duiken van de stuw in de Maas en één van hen komt niet meer boven.",
        "Een zwemster in de sluiskolk terwijl de sluis vult, ze is in nood en wordt meegesleurd.",
        "Er viel net een ijspegel naast een man met zijn fiets, er hangen er nog veel aan de goot.",
        "Morgen kom ik met mijn jachtgeweer voor die klantmanager van de uitkeringen.",
        ("Ik sta bij haar fiets bij de achteruitgang en ik heb een bijl bij me. Die vrouw van de "
         "vergunningen komt zo naar buiten."),
        "De buurman heeft zijn vrouw net bij de keel gepakt, ik hoor de kinderen huilen.",
        ("Mijn oom is 91 en slecht ter been. Hij neemt sinds vanochtend de telefoon niet op en "
         "de buren hebben hem niet gezien."),
        "Er zit een jongen vast in de kledingbak bij de kerk, de klep drukt op zijn nek.",
        ("In de parkeergarage onder ons draait in een dichte box al een uur een motor, en ik "
         "hoor niemand."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn dochter ging bij zwemles kopje onder en kwam proestend weer boven.",
        "Ik zwem in de schulden en kom niet meer boven water.",
        "De zwemvereniging bij de stuw is in financiële problemen.",
        "Mijn zoontje liet zijn ijs op de stoep vallen en huilde.",
        "Vorige winter vielen er ijspegels van het dak op de stoep.",
        "Er hangen mooie ijspegels aan de dakrand van de school.",
        "Morgen kom ik met mijn jachtgeweer voor de keuring bij de medewerker van de gemeente.",
        ("Ik heb een hamer bij me en sta bij haar schutting, die vrouw van de gemeente wil dat "
         "ik de klus vandaag afmaak."),
        "Deze huur wurgt me, ik kan niks meer betalen.",
        "Die stropdas wurgt me bij elke bruiloft.",
        "Jaren geleden heeft mijn ex me bij de keel gepakt, nu woon ik veilig.",
        "Mijn oma van 89 neemt sinds gisteren de telefoon niet op, ze is op vakantie in Spanje.",
        "Mijn vader van 86 neemt sinds maandag de telefoon niet op: er is een storing bij KPN.",
        "Mijn sleutels zijn in de kledingcontainer gevallen, kan iemand die openmaken?",
        "Mijn box in de parkeergarage is afgesloten en de motor van mijn scooter start niet.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall22 (issue 12; older rounds' critical misses by class: critical-dev9 12 and 18, -dev11 44,
 * -dev12 39, -dev21 63, -dev24 72, -dev25 6, -dev26 12, 44 and 71), on our own sentences, each
 * below critical with main's rules: a split tree that moves over people, a fire creeping toward
 * huts, fuel with a rag at a front door, a venomous bite the body answers, asbestos broken where
 * children play, a man from a game meeting a boy of 13 tonight, a child locked up by a parent, a
 * home lost Friday ("uit de woning gezet"), care stopped today for one who cannot eat, children
 * alone since last night with the parents abroad. The look-alikes stay below. */
static void older_critical_classes_recall22(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De oude beuk naast de picknickplek is gespleten. Hij zwiept bij elke vlaag en er zitten "
         "gezinnen te eten."),
        ("Op de hei bij het vakantiepark is een vuurtje uit de hand gelopen, het kruipt "
         "richting de huisjes."),
        "Er staat een fles benzine met een doek erin tegen de voordeur van de benedenburen.",
        "Mijn zoon is gebeten door een adder, zijn been wordt dik en hij is duizelig.",
        "De buren slaan het oude eternit dak kapot zonder maskers, het stof ligt in de zandbak.",
        "Mijn zoon van 13 heeft vanavond afgesproken met een man van 40 die hij van een game kent.",
        ("Mijn neefje van 7 zegt dat zijn stiefmoeder hem in de kelder opsluit als hij niet "
         "luistert."),
        "Mijn moeder en ik worden vrijdag uit de woning gezet, de brief ligt hier.",
        "De verzorging komt vanaf vandaag niet meer en mijn vader kan niet zelf eten.",
        ("Sinds gisteravond zitten hier twee kinderen (ongeveer 3 en 6) alleen, de ouders zijn "
         "naar het buitenland."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Die boom in het park helt al jaren scheef, kinderen klimmen erin.",
        "De boomverzorger heeft de gescheurde kastanje bij de speeltuin vorig jaar gekapt.",
        "Wij stoken vanavond een vuurtje in de vuurkorf, de kinderen roosteren marshmallows.",
        "In de schuur staat een jerrycan benzine voor de grasmaaier met een lap erover.",
        "In Blijdorp zag mijn zoon een slang die een muis beet.",
        "Mag ik zelf golfplaten van mijn schuurdak halen of moet dat een bedrijf doen?",
        "Mijn dochter van 14 speelt online een spel met haar neef van 25.",
        "In het toneelstuk bindt de vader zijn dochter vast aan een stoel.",
        "De thuiszorg stopt volgende maand, er komt een andere zorgaanbieder.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall22 (issue 12; critical-dev25 36, -dev21 21's class): water told by the body it reaches
 * ("tot hun knieën") in an underpass people walk into, and a band brought back to a home already
 * hit ("met zijn broers", a stone through the window before), each below critical with main's
 * rules. Water that stood last month, a cousin back with friends to carry a cupboard, stay below. */
static void water_to_the_knees_and_a_band_brought_back(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bij het station lopen voetgangers de onderdoorgang in terwijl het water al tot hun "
         "knieën staat."),
        ("Hij komt terug met zijn broers, vorige week heeft hij al een steen door onze ruit "
         "gegooid."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Vorige maand stond het water in de fietstunnel tot de knieën, nu is het opgelost.",
        "Mijn neef komt terug met zijn vrienden om de kast naar boven te dragen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall22 (issue 12, critical-dev17 23): people taken away from a danger are no danger cleared.
 * "weggehaald" after a person or a group in its clause, in a short sentence after a weapon shown,
 * vetoed the threat as "de boom is weggehaald" vetoes a fallen tree; below critical on main. A
 * dog taken away after its bite keeps the veto. */
static void people_taken_away_are_no_danger_cleared(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Bij het loket trekt een man een mes uit zijn jas en zegt dat hij niet weggaat. "
         "Baliemedewerkers weggehaald."),
        "Een klant legt een pistool op de receptie en eist zijn uitkering. Collega's weggehaald.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Een loslopende pitbull bijt in de speeltuin. De hond is weggehaald.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall22 (issue 12, critical-dev20 68): an evacuation for a hazard that a household cannot make,
 * the last boat or ferry named and no transport; below critical on main. A late bus asked about,
 * a school's drill, stay below. */
static void an_evacuation_one_cannot_make(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Door het hoogwater moet de camping vandaag leeg, de laatste pont gaat om vijf uur en wij "
         "hebben geen vervoer."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De laatste bus naar huis gaat om half twaalf en ik heb geen auto, kan de lijn langer "
         "rijden?"),
        ("Bij de evacuatieoefening op school ging de laatste bus om drie uur, wie geen vervoer had "
         "kreeg een lift."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall21 (issue 12; older rounds' misses: critical-dev23 7, and -dev27 67, -dev31 69, which only
 * the danger models found): a vehicle driven or slid into the water with someone in it, told with
 * where it came from between the vehicle and the water, past the ordinary-words rule's reach; each
 * below critical with main's rules. One rescued last week ("gered", not the stem of "gereden"),
 * a wreck there for months, stay below. */
static void a_vehicle_in_the_water_with_someone_in_it(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Er is zojuist een busje van de kade bij de Veerhaven achteruit het water in gereden, het "
         "drijft nog met de achterkant omhoog en de chauffeur slaat tegen het raam."),
        ("Een taxi is van de dijk bij het gemaal de sloot in gegleden, hij zakt weg en er zit nog "
         "een vrouw in."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Vorige week reed er een auto de gracht in, de bestuurder is gered.",
        "In de haven ligt al maanden een wrak van een auto onder water.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall23 (issue 12; round 33's critical misses by class: critical-dev33, messages-dev33), on our
 * own sentences, the first of each pair below critical on main, the second a transfer in other words:
 * a toddler by its other names alone by water, a fire in the open named by its compound driven toward
 * holiday homes, ordnance handed in and damaged, a gas that displaces the air in a closed room with
 * one down, an allergy with the airway shutting, a fit that does not stop, lightning over people on
 * the water or in a field, one stuck in mud as the tide comes, shots landing where people walk, a
 * lift shaft open or a lift door open without its car, a car or a scooter smoking from inside where
 * people walk, a weapon laid ready with a death foretold or brought to an office, the bailiff at the
 * door within days and nowhere to go. Their look-alikes stay below. */
static void round33_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Onze dreumes is door het hek geglipt en kruipt naar de vaart, ik zie niemand.",
        "Een ukkie uit de straat staat alleen bij de gracht, geen ouder te zien.",
        ("Er is een bosbrand bij het vakantiepark en de wind drijft hem richting de bungalows, "
         "daar slapen nog gezinnen."),
        "Een bermbrand trekt door de wind naar de vakantiehuisjes waar nog mensen slapen.",
        ("Bij de kringloopwinkel heeft iemand een oude handgranaat afgegeven, de pin is verroest "
         "en er staan klanten omheen."),
        ("Een boer bracht een granaat uit zijn akker naar de milieustraat, hij is gescheurd en de "
         "EOD is onderweg."),
        ("In de kelder van de kroeg lekt een koolzuurfles en de barman die ging kijken ligt op de "
         "grond."),
        "Er is stikstof gaan lekken in de vriescel en mijn collega komt er niet meer uit.",
        ("Mijn dochter heeft een notenallergie, ze at per ongeluk een koekje en krijgt nu geen "
         "lucht."),
        "Na het eten van garnalen kreeg mijn vriend rode vlekken en zijn keel gaat dicht.",
        "Op het schoolplein ligt een meisje te schokken, ze komt niet bij en het duurt al lang.",
        "Mijn zoon trekt met armen en benen en het houdt niet op, we zijn al tien minuten bezig.",
        "Het onweert recht boven de camping en er zitten nog kinderen in kano's op het meer.",
        "Op het voetbalveld slaat de bliksem vlakbij in, de jeugd staat nog te trainen.",
        "Een vrouw is weggezakt in de modder op het wad en de vloed komt er al aan.",
        "Twee kinderen zijn vastgezakt op de zandbank en het water stijgt snel.",
        "Vanaf de overkant schieten ze met hagel en er vielen korrels vlak langs de fietsers.",
        "Er is net een kogel ingeslagen in het bankje naast ons, er wandelen hier veel mensen.",
        "De liftdeur op de tweede staat open zonder cabine, bezoekers lopen er gewoon langs.",
        "In het trappenhuis staat de deur van de liftschacht open en kinderen rennen erlangs.",
        ("In de parkeergarage staat een elektrische auto te roken, er komt rook uit de motor en er "
         "lopen nog mensen."),
        ("Een scooter in de fietsenkelder staat te roken, de rook komt uit de accu en er lopen nog "
         "kinderen langs."),
        "Ik heb een bijl klaarliggen, zeg tegen die ambtenaar dat hij zijn testament maakt.",
        "De man zei dat hij met een bijl naar het wijkkantoor komt.",
        "Vrijdag komt de deurwaarder, mijn dochter en ik kunnen nergens heen.",
        ("Morgenmiddag staat de deurwaarder hier, we hebben geen onderdak en de baby is pas drie "
         "maanden."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Onze dreumes speelt in de tuin bij de vijver, ik zit ernaast.",
        "Vorig jaar was er een heidebrand bij de camping, nu is alles weer groen.",
        "Mag ik een oude granaat van mijn opa inleveren bij de politie?",
        "De CO2-fles van de frisdrankmachine is leeg, wanneer komt er een nieuwe?",
        "Mijn zoon heeft een pinda-allergie, mag hij een eigen traktatie meenemen?",
        "Mijn dochter heeft een notenallergie en is benauwd door de schimmel in haar kamer.",
        "Mijn dochter had vorige maand een aanval en kwam daarna snel weer bij.",
        "Hij heeft een aanval van woede en het houdt niet op.",
        "Bij onweer moeten de boten van het water, staat in het reglement.",
        "Onweer voorspeld voor vanavond, ons zeilkamp gaat gewoon door.",
        "Mijn auto zit vast in de modder op de parkeerplaats bij het strand.",
        "De schietvereniging schiet op de baan achter de wal.",
        "De kinderen spelen met een nerf-geweer, de kogels vliegen vlak langs de fietsers.",
        "De buurman staat bij zijn auto in de parkeergarage te roken.",
        "De lift in ons gebouw staat stil, de monteur komt morgen.",
        "De deurwaarder komt morgen beslag leggen op mijn auto, ik heb niets anders.",
        "Ik ben een hamer aan het zoeken, de handhaver zei dat ik het hek morgen moet maken.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall23 (issue 12; critical-dev20 74 and -dev21 21, which fired no rule although rules for them
 * exist): an idiom's phrase found by its stems, and a coming read from one form only. "zijn de bom"
 * (praise) was also "zijn de bomen": Snowball stems "bomen" to "bom", and an idiom takes every match
 * whose edge lies in it, so the trees falling on a caravan were gone. "a visit with menace" read its
 * with: word "komt" as a whole word only ("terugkomt" holds none), "komt terug" did not find the verb
 * split by a time ("komt morgen terug"), and its window of 16 words was shorter than the harm told a
 * sentence later; each below critical on main. The idiom itself, and a band come back last week,
 * stay below. */
static void an_idiom_by_its_stems_and_a_coming_in_either_form(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Nu zijn de bomen aan het omvallen, nog mensen in de caravan.",
        "Hij komt morgen terug met zijn vrienden, hij heeft al een steen door onze ruit gegooid.",
        ("De man van hiernaast zegt dat hij straks langskomt met zijn broers; vorige week heeft "
         "hij onze deur ingetrapt."),
        ("Ze zegt dat ze vanavond terugkomt met haar broers om het huis eens goed 'op te ruimen'. "
         "Ze heeft vorige week ook al een steen door ons raam gegooid."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Dat feest gisteren was echt de bom!",
        "Die nieuwe speeltuin is de bom, de kinderen willen er elke dag heen.",
        "Vorige week kwam hij terug met zijn vrienden en gooide een steen door onze ruit.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall23 (issue 12; older rounds' critical misses by class: critical-dev 197, messages-dev29 102),
 * each below critical on main: an elder not reached on the phone for days counted ("al vijf dagen
 * niet aan de telefoon"), the age a sentence or two away; a weapon taken along to the office, the
 * verb split around it ("neem ik mijn kruisboog mee"). And an exception in the last sentence of a
 * match across sentences, which main read in the first sentence only: the elder away on holiday
 * was critical on main. A denied exception there ("het is niet voor een werkstuk") still vetoes
 * nothing, and a question about a gun's registration stays below. */
static void an_elder_unreached_and_a_weapon_taken_along(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Mijn tante is 89. Ik krijg haar al vijf dagen niet aan de telefoon en de post ligt nog "
         "op de mat."),
        "Mijn oom van 90 woont alleen. Ik krijg hem al een week niet aan de telefoon.",
        ("Als de boete niet van tafel gaat, neem ik morgen mijn kruisboog mee naar het "
         "stadskantoor."),
        "Dan neemt hij zijn bijl mee naar jullie loket, zei hij.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn moeder is 85. Ze neemt al twee dagen de telefoon niet op, ze is op vakantie in "
         "Spanje."),
        "Mijn vader is 91. Hij neemt sinds gisteren niet op, hij logeert bij mijn broer in Zwolle.",
        "Neem ik mijn geweer mee naar het gemeentehuis om het te laten registreren?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall20 (issue 12; older rounds' misses of round 30's classes: critical-dev9 61, -dev12 38,
 * -dev22 17, -dev25 40, -dev26 68): fireworks from abroad stored by a day nursery, heaters under
 * newspapers with the only way out blocked, one with epilepsy alone with fits today, a child
 * crying all night since the parents left, the frail one dressed for winter in the heat and
 * confused. Fireworks bought for New Year, epilepsy's lasting need, a sitter there, heaters asked
 * about, a joke about a coat in the sun, stay below. */
static void round30_classes_in_older_rounds(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("In de garage van de overburen staan kratten met Pools vuurwerk tot aan het plafond, en "
         "de garage zit vast aan de creche."),
        ("Bij de oude meneer op twee hoog staan twee kacheltjes aan onder stapels kranten en zijn "
         "enige uitgang is versperd met dozen."),
        ("Mijn broer (epilepsie) is alleen thuis omdat zijn begeleider ziek is, geen "
         "vervanging, en hij heeft vanochtend al twee aanvallen gehad."),
        ("We horen al de hele nacht een kind huilen bij de bovenburen, de ouders zijn gisteravond "
         "weggegaan."),
        "Bij de buurman is het binnen 34 graden, hij zit onder een deken en geeft rare antwoorden.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "We hebben dozen vuurwerk gekocht voor oud en nieuw, de kinderen vinden het prachtig.",
        ("Mijn zoon heeft epilepsie en kan niet alleen thuis blijven, hij heeft soms aanvallen; "
         "krijg ik een indicatie?"),
        "Ik hoor al uren een kind huilen bij de buren, de ouders zijn weggegaan en de oppas is er.",
        ("De kacheltjes staan op verlengsnoeren onder het bureau tussen de stapels papier, mag dat "
         "van de brandweer?"),
        ("Het was vandaag 30 graden en ik zat in mijn winterjas op het terras, ik was even in de "
         "war haha."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The danger models' gates (ll_danger_gate, which bench_model's held-out tables open too): in
 * the classifier's order, each model needing a view of the text, and each set-aside closing only
 * its own gates. */
/* Recall24 (issue 12; round 34's critical misses by class: critical-dev34, messages-dev34), on our
 * own sentences, the first of each pair below critical on main, the second a transfer in other words:
 * a thing swallowed or gone down the wrong way with the airway shut, one shut in a cold store or sunk
 * in a silo or gone into a pit who answers no more, the driver taken ill with people aboard or the
 * vehicle moving, a leaking load marked dangerous or a gas bottle by people, a bite of a venomous
 * animal with the bitten one unwell, one out of cold water whose shivering stopped, one lying under
 * a vehicle's wheels, no food and a limp child. Their look-alikes stay below. */
static void round34_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op het schoolplein heeft een jongetje een knikker ingeslikt, hij kan niet hoesten en "
         "loopt blauw aan."),
        "Mijn vader kreeg een stukje appel in het verkeerde keelgat en krijgt geen adem meer.",
        "Een meisje op het terras verslikt zich in een olijf en grijpt naar haar hals.",
        "Een boer is in de voersilo weggezakt tot zijn borst en het voer blijft zakken.",
        "De stagiair zit vast in het vrieshuis, de deur gaat van binnenuit niet open.",
        "Mijn oom is de gierput in geklommen en geeft geen antwoord meer.",
        "Onze buschauffeur werd onwel en de bus rolt door richting de kruising.",
        ("De schoolbuschauffeur zakt in elkaar, de bus staat schuin en de kinderen zitten er nog "
         "in."),
        ("Hij is op de weg onwel geworden achter het stuur van de buurtbus, er zitten nog "
         "passagiers in."),
        "Er staat een gasfles te lekken bij de ingang van de camping, je hoort hem sissen.",
        "Mijn zoon is in de tuin door een adder gebeten en voelt zich niet goed.",
        ("Een vogelspin uit het terrarium van de buren heeft mijn dochter gebeten, ze wordt nu "
         "onwel."),
        "We hebben een man uit de gracht getrokken, hij rilt niet meer en praat wartaal.",
        "De zwemster van de triatlon is onderkoeld en reageert nauwelijks.",
        "Een wagen van de optocht is gekanteld en een meisje ligt onder de wielen.",
        "Een fietser ligt onder het wiel van de vrachtwagen.",
        ("Sinds de toeslag stopte hebben we niets te eten en mijn zoontje is slap en wil niet "
         "drinken."),
        "Mijn moeder van 80 heeft al twee dagen geen eten meer en ligt slap op de bank.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Mijn zoontje verslikte zich gisteren in een snoepje, hij hoestte het er zelf uit.",
        "Op de EHBO-cursus leerden we wat je doet als iemand zich verslikt en geen lucht krijgt.",
        "De wethouder verslikte zich in zijn woorden en kon niet meer praten.",
        "De deur van onze koelcel klemt, kan de monteur morgen komen?",
        "Volgende week wordt de silo van de boerderij gereinigd, moet ik dat melden?",
        "Mijn buurman zit in de vriescel van zijn humeur sinds de ruzie.",
        "Onze buschauffeur was vanochtend erg onvriendelijk tegen mijn moeder.",
        "Wat doet een buschauffeur als hij onwel wordt tijdens de rit?",
        "De trambestuurder was vorige week onwel, de tram stond toen stil op de kruising.",
        "Waar kan ik een lege gasfles inleveren?",
        "Vorig jaar is mijn hond door een adder gebeten, hoe voorkom ik dat?",
        "Na het zwemmen in open water rilde ik even, maar met een warme douche was het over.",
        "Mijn fiets kwam onder de wielen van een bus, wie betaalt de schade?",
        "Geen eten in huis deze week, kan ik een voedselpakket krijgen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall24 (issue 12): a bee is no preposition and the disease no condition. "bij" in the class of
 * stings (and "bijen", which Snowball stems to it) made "Bij ons is het erg benauwd" an allergic
 * reaction, critical on main; the bee is now named with its article or in the plural as written.
 * "met ALS die ... kan" read the disease as "als" before a subject with a "kan": a condition
 * supposed, so the gas smelled beside a neighbour who cannot leave was calm on main. */
static void a_bee_no_preposition_and_the_disease_no_condition(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Het ruikt naar gas in de gang en de buurvrouw met ALS die boven woont kan niet zelf de "
         "trap af."),
        "Er is brand in de flat en mijn oom met ALS die in een rolstoel zit kan niet weg.",
        "Hij is door een bij gestoken en zijn tong zwelt op.",
        "Er zitten bijen in de muur, drie kinderen gestoken en een is heel benauwd.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Bij ons in de kamer is het erg benauwd door de warmte.",
        "Het is benauwd bij de balie als het druk is.",
        "Als de stroom uitvalt, kan het gas dan ook uitvallen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall24 (issue 12): round 34's classes told in words of their own, as the next round will (each
 * below critical after round34_critical_classes' rules): a bite stuck in the throat and no sound, one
 * fallen or slid into a pit, sunk in a grain bin, a child crawled into a chest freezer whose lid fell
 * shut, a tanker ship leaking toward children, one under a float's wheels, a toddler limp, not
 * drinking and burning with fever. A sore throat, a fall beside a cold store, a door of one that fell
 * shut with no one inside, a near fall of yesterday, a fever asked about, a child somewhat limp with
 * the doctor coming, one stuck in an application beside a cold store and a farmer sinking into debt
 * beside a silo stay below. */
static void round34_classes_in_other_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Mijn zoontje heeft een stuk worst in zijn keel, hij maakt geen geluid meer.",
        "Onze knecht is in de mestput gevallen en we horen niets meer.",
        "Een kind is in de beerput gegleden bij de camping.",
        ("Een jongen is in de graanbak van de boerderij weggezakt, alleen zijn armen steken nog "
         "uit."),
        "In de vrieskist is ons kind gekropen en het deksel is dicht gevallen.",
        ("Bij de sluis lekt een tankschip, er drijft een stinkende laag naar het strand waar "
         "kinderen spelen."),
        "Bij het carnaval is een man onder de wielen van de praalwagen gekomen.",
        ("Mijn peuter is al sinds gisteren slap en gloeit van de koorts, ik heb geen geld voor de "
         "dokter."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Hij heeft pijn in zijn keel en kan niet praten.",
        ("Een klant is uitgegleden en gevallen bij de vriescel van de supermarkt, hij heeft pijn "
         "aan zijn pols."),
        "De deur van de vriescel viel dicht, de monteur kwam hem repareren.",
        "Mijn zoon is gisteren bijna in de waterput gevallen, kan die worden afgedekt?",
        "Onze baby heeft koorts, moet ik naar de huisarts?",
        "Mijn kleintje is wat slap en drinkt niet zo goed, de huisarts komt vanmiddag langs.",
        ("Ik zit vast in mijn aanvraag bij de gemeente, de koelcel van mijn restaurant is ook nog "
         "kapot."),
        "Onze silo is leeg en de boer zakt weg in de schulden.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall24 (issue 12; recall23's leftover, messages-dev18 63): a road named only by its street's name
 * ("over de hele Veldweg": no word "weg" to read) with a spill that makes it slippery and a fall just
 * now; below critical on main. Mud on a road with no one fallen stays below. */
static void a_slippery_spill_on_a_road_named_by_its_street(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Op de Dorpsdijk ligt diesel van een lekkende trekker, glad als een spiegel, zojuist "
         "slipte er een fietser."),
        "Over de Molendijk ligt klei van de bouw, glibberig, daarnet is een motorrijder geslipt.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("De boer rijdt elke dag met modder over de Hoogstraat, het is glad maar er is nog niemand "
         "gevallen."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall24 (issue 12): classes of older rounds told in other words, each below critical on main: an
 * animal bolting among people on foot at a market, a limb caught in a farm's press named by its
 * compound, a pregnant woman bleeding with pain or faint (critical-dev10 73's class). A bleeding of
 * last month asked about, blood given while pregnant, and a boy who bolts at a siren stay below. */
static void older_classes_in_other_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        "Een paard is op hol geslagen over de markt, tussen de kinderwagens door.",
        "Bij de kinderboerderij zit een jongen met zijn arm vast in de hooipers.",
        "Bij de boer heeft een knecht zijn hand klem in de balenpers.",
        "Mijn vrouw is zwanger van 30 weken, ze verliest veel bloed en heeft hevige buikpijn.",
        "De buurvrouw van 20 weken zwanger bloedt en is duizelig, haar man is niet thuis.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "Ik ben zwanger en had vorige maand wat bloedverlies, is er een cursus voor zwangeren?",
        "Ik ben 12 weken zwanger, mag ik bloed geven bij de bloedbank?",
        "Mijn broertje slaat op hol als de sirenes gaan, hij wil zich dan verstoppen.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall25 (issue 12, critical-dev35): round 35's critical classes, each a structure told in our own
 * words, below critical on main: the lights flashing with no one giving way, a vehicle moving with
 * no one at the wheel, one held where the water rises, a tent giving way over people, a body stopped
 * after a mishap, a large animal going for a person, a poison eaten with its signs, a boat gone over
 * with people, a driver who no longer answers. Their look-alikes stay below: a question of who
 * goes first, a trial bus, a brake feared for later, a job or a contract one is stuck in, a door
 * that sticks, a tent for hire, a mail unanswered after an accident, one come round, a bull by a
 * fence, a bucket knocked over, a mushroom asked about, a dog's poison, sweets, a boat ashore or
 * sunk at its mooring, a complaint a driver leaves unanswered, and a procedure's machine. */
static void round35_critical_classes(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("De verkeerslichten op het grote kruispunt staan op knipperen, iedereen denkt dat hij "
         "voorrang heeft."),
        "Een vrachtwagen rolt zonder bestuurder de oprit af richting de bushalte.",
        ("Mijn broertje is in de regenpijp onder de weg gekropen en zit al een tijdje vast in de "
         "buis, het water komt omhoog."),
        ("De partytent op het schoolplein zakt in, de palen buigen door en de kinderen zitten nog "
         "binnen."),
        "Een monteur is onder de gekantelde hoogwerker terechtgekomen en beweegt niet meer.",
        ("Een paard heeft in de wei een meisje omver gelopen, ze ligt en het paard trapt om zich "
         "heen."),
        "Opa met dementie heeft van het schoonmaakmiddel gedronken en is heel suf.",
        "Een zeilbootje met twee meisjes is bij de pier omgeslagen en ze komen niet bij de kant.",
        "De trambestuurder geeft geen antwoord meer en de tram rijdt door.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        "De verkeerslichten knipperen 's nachts oranje, wie heeft er dan voorrang?",
        "Als de lichten oranje knipperen, geldt dan de gewone voorrang?",
        "De zelfrijdende bus rijdt zonder chauffeur door de wijk, is dat veilig?",
        "De buurman parkeert zijn busje zonder handrem op de helling, straks rolt hij weg.",
        ("Vorige week rolde onze caravan zonder handrem de oprit af tegen de schutting, wie "
         "betaalt "
         "de schade?"),
        "De huur stijgt elk jaar en ik zit vast aan dit contract.",
        "Ik zit vast in mijn baan en de temperatuur op kantoor loopt op.",
        "De deur van de sauna klemt een beetje, kan de monteur ernaar kijken?",
        "We willen een partytent huren, de palen buigen door bij wind, weet u een betere?",
        "De feesttent van vorig jaar is omgevallen in de storm, er was niemand binnen.",
        "Na het ongeluk met mijn auto reageert de verzekeraar niet meer op mijn mails.",
        "De aannemer is van de steiger gevallen maar hij is weer bij bewustzijn en praat weer.",
        "De stier van de boer staat vaak bij het hek, mag die daar zomaar lopen?",
        "De koe heeft de emmer omver gestoten, en nu ligt het voer in de wei.",
        "Is deze witte paddenstoel giftig? Mijn kinderen willen hem eten.",
        "Mijn hond heeft rattengif gegeten en braakt, welke dierenarts is open?",
        "De kinderen hebben te veel snoep gegeten op het feest en moesten overgeven.",
        "Bij de kanoles sloeg de kano van mijn zoon om, hij stond meteen weer op de kant.",
        "Onze sloep is vannacht aan de steiger volgelopen en gezonken, wie betaalt de berging?",
        "De buschauffeur reageert niet op mijn klacht over de rit in de bus.",
        "Onze secretaris zit met zijn hand klem in de draaideur van de regelgeving.",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Recall25 (issue 12): each class of round35_critical_classes once more in words of its own (other
 * vehicles, other places that hold one, heat instead of water, another stand, another animal,
 * another poison, other boats, the current that takes swimmers), as the next round will tell them. */
static void round35_classes_in_other_words(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Een lege bakwagen rolt van de dijk af richting de speeltuin, er zit niemand achter "
         "het stuur."),
        ("Op de parkeerplaats glijdt een camper zonder handrem achteruit naar het terras waar "
         "mensen zitten."),
        ("Mijn zoon zit met zijn voet vast tussen de basaltblokken onder de pier en het water komt "
         "steeds hoger."),
        ("Mijn collega zit opgesloten in de stoomcabine van het zwembad, de deur gaat niet open en "
         "het wordt steeds heter."),
        ("Op de camping waait de partytent op en de palen komen los, de kinderen van het feestje "
         "zitten nog binnen."),
        "Een fietser is door een vrachtwagen geschept en beweegt niet meer.",
        ("In de wei bij het fietspad valt een koe een wandelaar aan, hij ligt op de grond en de "
         "koe blijft stoten."),
        "Mijn zoontje van 3 heeft een slok lampenolie genomen en is nu heel slaperig.",
        "Een roeiboot met drie kinderen is gekapseisd midden op de plas, ze roepen om hulp.",
        "De machinist reageert niet meer, de trein rijdt nog.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Recall25 (issue 12): round 35's classes read wider by their own word classes, each sentence below
 * critical before: the one missing at the wheel named between "zonder" and "erop", the brake not
 * set and the driver nowhere, a door that will not open told in the inverted order, kin in a kayak
 * gone over, swimmers taken by the current, a tent blown away with its poles snapping. A current
 * one took a friend to see, a rescue of long ago, a brake forgotten asked about, children on
 * bicycles, a door to repair and a pole snapped while pitching stay below. */
static void round35_classes_read_wider(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Een tractor met aanhanger rolt zonder boer erop het erf af richting de weg waar de "
         "schoolkinderen fietsen."),
        ("De vuilniswagen staat niet op de handrem en rolt nu de straat in, de chauffeur is "
         "nergens."),
        ("In de sauna van de sportschool gaat de deur niet meer open, er zitten twee mensen in en "
         "het wordt heter."),
        "Een kajak met een vader en zijn dochter is omgeslagen in de rivier, ze drijven af.",
        "Drie zwemmers worden door de stroming meegenomen bij de pier.",
        ("De tent van het schoolkamp waait weg en de palen knappen, de kinderen liggen nog in hun "
         "slaapzakken."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    static const char *const calm[] = {
        ("Mijn zoon heeft zijn vriendin meegenomen naar het strand, de stroming was daar sterk "
         "vandaag."),
        ("Mijn vader werd vroeger als kind eens door de stroming meegenomen, gelukkig werd hij "
         "gered."),
        ("Mijn auto rolt soms een stukje als ik de handrem vergeten ben, is dat gevaarlijk voor de "
         "straat?"),
        "De kinderen rollen met hun fiets zonder handrem de straat in.",
        "De deur van de stoomcabine gaat niet meer open, wie repareert die?",
        "Mijn vader en ik gaan zaterdag kanoen, wat als de kano omslaat?",
        "Bij het opbouwen van de tent knapte een paal, kunnen we een nieuwe huren?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* The keys bench_model's second opinion on the rules' critical flags reads (issue 12, veto25):
 * each rule that fired once by its name, how many, the kind and the view of the danger models;
 * and a person in crisis, whose flag no second opinion may move. Own sentences. */
static void second_opinion_keys_and_a_person_in_crisis(void **state) {
    (void)state;
    char keys[LL_CLASSIFY_MAX_VETO_KEYS][LL_CLASSIFY_VETO_KEY_BYTES];
    cJSON *d = classify("Bij de bushalte op de Molenlaan hangt een kapotte lantaarnpaal met losse "
                        "stroomdraden op kniehoogte, er lopen steeds kinderen langs",
                        "complaint");
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    assert_false(ll_classifier_crisis(gemeente));
    size_t n = ll_classifier_veto_keys(gemeente, "complaint", keys, LL_CLASSIFY_MAX_VETO_KEYS);
    int fired = 0, kind = 0, count = 0;
    for (size_t i = 0; i < n; i++) {
        fired += strncmp(keys[i], "fired: ", 7) == 0;
        kind |= strcmp(keys[i], "kind: complaint") == 0;
        count |= strncmp(keys[i], "rules: ", 7) == 0;
        for (size_t j = 0; j < i; j++)
            if (strcmp(keys[i], keys[j]) == 0)
                fail_msg("key twice: %s", keys[i]);
    }
    assert_true(fired >= 1 && kind && count);
    assert_int_equal(ll_classifier_veto_keys(gemeente, NULL, keys, 1), 1);
    cJSON_Delete(d);
    d = classify("ik kan niet meer, vannacht spring ik van het dak van mijn flat", NULL);
    assert_string_equal(str_at(d, "urgency", "level"), "critical");
    assert_true(ll_classifier_crisis(gemeente));
    cJSON_Delete(d);
    /* The models' view: the nines of each P, or none where a model knows no feature. */
    ll_danger_view v = {2, 5, 0.9, 0.095, 0.9991, 0.0001, 0};
    n = ll_danger_view_keys(&v, keys, LL_CLASSIFY_MAX_VETO_KEYS);
    assert_int_equal(n, 3);
    assert_string_equal(keys[0], "parts: 2");
    assert_string_equal(keys[1], "words danger: 3");
    assert_string_equal(keys[2], "words suicidal: 0");
    v = (ll_danger_view){0};
    n = ll_danger_view_keys(&v, keys, LL_CLASSIFY_MAX_VETO_KEYS);
    assert_int_equal(n, 2);
    assert_string_equal(keys[0], "parts: none");
    assert_string_equal(keys[1], "words: none");
}

/* A message that counts itself the nth contact about a danger or a need that waited through the
 * contacts before it is high, the writers' "act this week" (issue 12, veto26: urgency.conf's
 * "outranks:"); each of the high ones was critical before. A threat or violence now, a person
 * in crisis, a cut-off or an eviction within days, a person down now, the earlier calls
 * counted rather than this one, and a count of something else than a contact stay critical.
 * Own sentences. */
static void the_nth_contact_about_a_waited_danger_is_high(void **state) {
    (void)state;
    static const level_case high[] = {
        {("Dhr. belt voor de derde keer: bij het speeltuintje liggen losse kabels op de grond, er "
          "is nog niemand geweest."),
         NULL, "high"},
        {("Mevrouw belt voor de vierde keer: haar oom van 80 heeft al dagen niks gegeten en "
          "niemand van de thuiszorg komt."),
         NULL, "high"},
        {("Vierde mail over de omgevallen boom over het fietspad bij de sportvelden, er is nog "
          "steeds niemand komen zagen."),
         NULL, "high"},
        {"Mw. belt voor de 3e keer: haar zoon slaapt al een week buiten. Spoedverzoek gezet.", NULL,
         "high"},
    };
    expect_levels(high, sizeof(high) / sizeof(high[0]));
    static const char *const critical[] = {
        ("Ik bel voor de derde keer: mijn ex staat met een mes voor de deur en zegt dat hij me "
         "vanavond afmaakt."),
        "Dit is mijn derde mail en ik wil niet meer leven, vannacht spring ik van de Erasmusbrug.",
        "Ik bel voor de derde keer: morgen sluiten ze ons water af en mijn baby is twee maanden "
        "oud.",
        ("Derde keer dat ik bel: de deurwaarder komt overmorgen ons huis ontruimen en we hebben "
         "nergens een slaapplek."),
        "Ik bel voor de derde keer: mijn vader ligt bewusteloos op de gang en reageert niet.",
        "Ik heb al drie keer gebeld: in de flat ruikt het overal naar gas en de meterkast sist.",
        ("Mijn moeder met dementie liep vandaag voor de derde keer in haar nachtjapon over straat, "
         "nu is ze weer weg en niemand weet waar."),
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));

    /* The line is checked where it stands, and its names once every rule is read. */
    static const bad_urgency bad[] = {
        {"[critical: a]\noutranks: b\nx\n",
         "bad.conf:2: rule 'a': 'outranks:' is for a high rule only"},
        {"[critical: acute danger: a]\nx\n[high: b]\noutranks: acute danger\ny\n",
         "bad.conf: outranks: 'acute danger' names no critical rule"},
        {"[critical: suicidal statement: a]\nx\n[high: b]\noutranks: suicidal statement: a\ny\n",
         "bad.conf: outranks: 'suicidal statement: a' is a person in crisis"},
        {"[high: b]\noutranks: a | b | c | d | e | f | g | h | i\ny\n",
         "bad.conf:2: outranks: more than 8 rules"},
    };
    expect_load_errors(bad, sizeof(bad) / sizeof(bad[0]));
}

static void danger_gates_open_in_order(void **state) {
    (void)state;
    const ll_danger_gates g = {0.95, 0.995, 0.99999, 0.8, 0.99999};
    /* Both views: the parts model's class names it. */
    ll_danger_view both = {1, 1, 0.96, 0.02, 0.6, 0.399, 0};
    assert_int_equal(ll_danger_gate(&g, &both), LL_DANGER_GATE_BOTH_DANGER);
    both.parts_danger = 0.02;
    both.parts_suicidal = 0.96;
    assert_int_equal(ll_danger_gate(&g, &both), LL_DANGER_GATE_BOTH_SUICIDAL);
    both.aside = LL_WORDS_CALM_DANGER; /* the other class's purpose */
    assert_int_equal(ll_danger_gate(&g, &both), LL_DANGER_GATE_BOTH_SUICIDAL);
    both.aside = LL_WORDS_CALM_SUICIDAL;
    assert_int_equal(ll_danger_gate(&g, &both), LL_DANGER_GATE_NONE);
    /* A model that knows none of the text's features has no view, whatever its prior. */
    ll_danger_view blind = {0, 1, 0.5, 0.5, 0, 1, 0};
    assert_int_equal(ll_danger_gate(&g, &blind), LL_DANGER_GATE_NONE);
    blind = (ll_danger_view){1, 0, 0.5, 0.5, 0, 1, 0};
    assert_int_equal(ll_danger_gate(&g, &blind), LL_DANGER_GATE_NONE);
    /* The words alone: a statement, closed by a purpose, a denial, a frame or the veto. */
    ll_danger_view words = {1, 1, 0.2, 0.1, 0, 0.999995, 0};
    assert_int_equal(ll_danger_gate(&g, &words), LL_DANGER_GATE_WORDS_SUICIDAL);
    static const int closes[] = {LL_WORDS_CALM_SUICIDAL, LL_DANGER_DENIED, LL_DANGER_FRAMED,
                                 LL_DANGER_VETOED};
    for (size_t i = 0; i < sizeof(closes) / sizeof(closes[0]); i++) {
        words.aside = closes[i];
        assert_int_equal(ll_danger_gate(&g, &words), LL_DANGER_GATE_NONE);
    }
    words.aside = LL_WORDS_CALM_DANGER;
    assert_int_equal(ll_danger_gate(&g, &words), LL_DANGER_GATE_WORDS_SUICIDAL);
    /* An acute danger by the words: the parts must lean to danger; only a purpose closes it. */
    ll_danger_view acute = {1, 1, 0.85, 0.01, 0.999995, 0, LL_DANGER_VETOED | LL_DANGER_FRAMED};
    assert_int_equal(ll_danger_gate(&g, &acute), LL_DANGER_GATE_WORDS_DANGER);
    acute.aside = LL_WORDS_CALM_DANGER;
    assert_int_equal(ll_danger_gate(&g, &acute), LL_DANGER_GATE_NONE);
    acute.aside = 0;
    acute.parts_danger = 0.78;
    assert_int_equal(ll_danger_gate(&g, &acute), LL_DANGER_GATE_NONE);
    /* A self-harm rule denied closes both views; the words may still tell an acute danger. */
    acute = (ll_danger_view){1, 1, 0.97, 0.01, 0.999995, 0, LL_DANGER_DENIED};
    assert_int_equal(ll_danger_gate(&g, &acute), LL_DANGER_GATE_WORDS_DANGER);
}

/* Issue 12, suicidal27 (the lead's leftovers, by class): a preposition before a colon closes its
 * clause, so no term runs across it: "er ... over: de reling" is what a mail is about and a
 * railing, not anyone "over de reling" (classify_match.c); other words still run on across one
 * ("twee jaar later: schuldenvrij", "denk: een stap"). And a cut "aan" a thing, or while a chore
 * is under way, is one run into, not one made (the class of suicidal-dev 1 and -dev31). The
 * first four calm texts are critical on main ee46386; the critical ones tell the act or the edge
 * in the same words. */
static void a_phrase_stops_at_a_colon_and_a_cut_run_into(void **state) {
    (void)state;
    static const char *const calm[] = {
        "Ik mail u er nogmaals over: de reling langs de kade staat scheef.",
        ("Mijn dochter heeft zichzelf gesneden aan het deksel van een blikje soep, moet dat "
         "gehecht?"),
        "Bij het afwassen heb ik mezelf gesneden aan de kaasschaaf, het bloedt flink.",
        "Ik sneed mezelf tijdens het koken met de mandoline. Is de huisartsenpost open?",
        ("Twee jaar terug schreef ik dat ik het niet meer zag zitten met mijn schulden. Nu, twee "
         "jaar later: schuldenvrij."),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Er zit een man over de reling van de Maasbrug, hij kijkt naar beneden. Kom snel!",
        "Waar ik steeds aan denk: mezelf van het leven beroven.",
        "Soms sta ik op het perron en denk: een stap. Het komt steeds vaker.",
        "Ik snijd mezelf weer, gisteren nog met een scheermesje.",
        "Ik heb mezelf gesneden met het mesje van mijn puntenslijper, niemand weet het.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
}

/* Issue 12, suicidal27 (suicidal-dev36's misses by class, each class also in -dev34 or -dev35; our
 * own sentences): a method question with the asker's stake, the body losing consciousness asked
 * after or a rope for a grown body's weight, the end wanted quick or "niet" painful; a farewell
 * that says never again ("tot nooit") or the end as this one beside an apology; a stool put under
 * a rope or a hook with one last thing left to do. Each critical text is below critical on main
 * ee46386, or critical there only by the words model (the farewells); the calm ones name a faint,
 * a climbing club, a swimming pool, a market or a lamp. */
static void method_asked_farewell_never_and_a_hanging_readied(void **state) {
    (void)state;
    static const char *const critical[] = {
        ("Weet iemand hoe snel je buiten bewustzijn raakt in de haven in de winter? Het moet snel "
         "gaan."),
        "Welk koord houdt iemand van tachtig kilo zonder te knappen? Het is voor mij.",
        ("Kun je met uitlaatgas in een dichte garage gewoon wegzakken? Ik wil dat het niet pijn "
         "doet."),
        ("Het koord zit vast aan de balk, het trapje staat eronder. Alleen dit nog even "
         "versturen."),
        "tot nooit meer iedereen, ik heb het echt geprobeerd",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    expect_suicidal("Tot nooit, lieve buren. Zeg tegen mijn broer dat ik van hem hield.",
                    "a farewell and no more of me", "Tot nooit");
    expect_suicidal("Sorry voor alles, en dank. Dit is het einde.", "a farewell and no more of me",
                    "Dit is het einde");
    static const char *const calm[] = {
        "Hoe snel raak je bewusteloos bij een flauwte? Mijn dochter valt soms flauw op school.",
        "Welk touw houdt iemand van tachtig kilo bij het abseilen? Het is voor de klimclub.",
        ("Tot nooit meer, zwembad De Tij! Twintig minuten in de rij en de douches koud, sorry "
         "maar dit kan niet."),
        ("Dit is het einde van onze buurtmarkt, sorry aan alle vaste bezoekers en dank voor de "
         "jaren."),
        ("Ik heb een krukje onder de haak gezet voor de nieuwe lamp, alleen nog het snoer "
         "vastmaken."),
        "De stoel bij de balk in de gymzaal is kapot. Kunt u nog even bellen?",
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
}

/* Issue 12, suicidal27 (suicidal-dev36's false flags and its journey, by class): a jump into cold
 * water as a sport done with a group, and the end named as the purpose it is not ("niet om het te
 * beëindigen"), are no statement; a place named by its own name ("de Willemsbrug") is the spot of
 * a journey with no return, and a pet that does not come back is no one's. The first two calm
 * texts are critical on main ee46386, the journey there only by the words model; the critical
 * ones keep a jump, an end or a journey told. */
static void a_group_jump_a_denied_end_and_a_named_spot(void **state) {
    (void)state;
    static const char *const calm[] = {
        ("Elke zaterdag springen we met een groepje van de brug bij de Oude Haven in het koude "
         "water. Mag dat van de gemeente?"),
        ("Wij duiken elke zondag in de Noordzee om het leven te voelen, niet om het te beëindigen. "
         "Mag er een douche bij de strandpost?"),
    };
    expect_below_critical(calm, sizeof(calm) / sizeof(calm[0]));
    static const char *const critical[] = {
        "Ik spring vanavond van de brug, met z'n allen zullen ze me vergeten.",
        "Ik wil mijn leven beëindigen, niet om jullie pijn te doen maar omdat ik niet meer kan.",
    };
    expect_critical(critical, sizeof(critical) / sizeof(critical[0]));
    expect_suicidal("Vanavond loop ik naar de Willemsbrug. Ik kom niet meer thuis.",
                    "a journey with no return, not to be sought", "Willemsbrug");
    static const char *const pet[] = {
        "Mijn kat is naar de Oosterkade gelopen en komt niet meer terug, wie kan helpen zoeken?",
    };
    expect_below_critical(pet, sizeof(pet) / sizeof(pet[0]));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(textnorm_folds_case_accents_and_stems),
        cmocka_unit_test(textnorm_reads_leet_and_stars),
        cmocka_unit_test(matcher_finds_every_overlapping_pattern),
        cmocka_unit_test(matcher_words_filter),
        cmocka_unit_test(matcher_words_filter_is_the_plain_filter),
        cmocka_unit_test(matcher_words_long_run_in_chunks),
        cmocka_unit_test(matcher_reports_what_a_plain_search_finds),
        cmocka_unit_test(matcher_wide_table_finds_patterns),
        cmocka_unit_test(themes_from_compounds),
        cmocka_unit_test(themes_with_typos_and_case),
        cmocka_unit_test(structure_loose_theme_is_the_structures),
        cmocka_unit_test(a_way_into_the_council_failing_is_reachability),
        cmocka_unit_test(resuscitation_course_is_care),
        cmocka_unit_test(misspelling_reads_as_its_word_for_the_model),
        cmocka_unit_test(themes_list_reasons_and_overig),
        cmocka_unit_test(subject_counts_and_outputs_are_replaced),
        cmocka_unit_test(office_label_subject_does_not_vote),
        cmocka_unit_test(form_labels_do_not_vote),
        cmocka_unit_test(contact_detail_does_not_vote),
        cmocka_unit_test(weak_topic_word_names_its_theme),
        cmocka_unit_test(sentiment_negation),
        cmocka_unit_test(sentiment_of_a_question),
        cmocka_unit_test(sentiment_closing_thanks_is_politeness),
        cmocka_unit_test(sentiment_closing_outcome_is_a_record),
        cmocka_unit_test(sentiment_a_peaceful_death_tells_no_grief),
        cmocka_unit_test(sentiment_a_death_asked_about_is_its_topic),
        cmocka_unit_test(sentiment_of_a_why_me_question),
        cmocka_unit_test(sentiment_bounded_by_kind),
        cmocka_unit_test(irony_is_no_praise),
        cmocka_unit_test(irony_of_a_problem_that_lasts_or_repeats),
        cmocka_unit_test(an_age_is_told_as_one),
        cmocka_unit_test(vulnerable_without_help_told_plainly),
        cmocka_unit_test(a_question_asking_an_act),
        cmocka_unit_test(another_act_questioned),
        cmocka_unit_test(asked_this_week_as_a_question),
        cmocka_unit_test(violence_is_no_joy),
        cmocka_unit_test(a_question_telling_its_problem),
        cmocka_unit_test(acting_this_week_by_class),
        cmocka_unit_test(levels_by_class_session20),
        cmocka_unit_test(high_look_alikes_session20),
        cmocka_unit_test(a_problem_supposed_is_asked),
        cmocka_unit_test(press_or_council_by_class),
        cmocka_unit_test(a_threat_on_a_condition),
        cmocka_unit_test(false_flags_by_class_round24),
        cmocka_unit_test(a_hospital_as_a_care_need),
        cmocka_unit_test(without_help_in_other_words),
        cmocka_unit_test(no_income_received_with_the_rent_due),
        cmocka_unit_test(an_application_due_within_days),
        cmocka_unit_test(sentiment_complaint_is_negative),
        cmocka_unit_test(sentiment_of_a_suggestion),
        cmocka_unit_test(sentiment_intensity),
        cmocka_unit_test(emotions_name_their_words),
        cmocka_unit_test(urgency_critical_with_reasons),
        cmocka_unit_test(danger_composed_from_parts),
        cmocka_unit_test(a_span_of_months_is_no_cut_off_date),
        cmocka_unit_test(harm_threatened_in_plain_words),
        cmocka_unit_test(throwing_oneself_from_a_height),
        cmocka_unit_test(acts_today_in_ordinary_words),
        cmocka_unit_test(gas_smelled_in_either_order),
        cmocka_unit_test(dark_streets_are_no_cut_off),
        cmocka_unit_test(killing_is_named_by_whom_it_is_done_to),
        cmocka_unit_test(urgency_near_misses_are_not_critical),
        cmocka_unit_test(urgency_round10_danger_and_threats),
        cmocka_unit_test(urgency_threat_split_and_eviction_weeks_away),
        cmocka_unit_test(urgency_negation_scope_and_followup_veto),
        cmocka_unit_test(urgency_high_and_low),
        cmocka_unit_test(suicidal_statements_are_critical_idioms_are_not),
        cmocka_unit_test(suicidal_reason_names_the_family),
        cmocka_unit_test(stem_collisions_do_not_fire),
        cmocka_unit_test(letter_formulas_do_not_vote),
        cmocka_unit_test(handling_clause_does_not_vote),
        cmocka_unit_test_setup_teardown(quoted_mail_weighs_half, tmp_setup, tmp_teardown),
        cmocka_unit_test(salutation_names_the_reader),
        cmocka_unit_test(street_names_are_no_terms),
        cmocka_unit_test(material_makes_a_structure),
        cmocka_unit_test(told_by_who_and_when),
        cmocka_unit_test_setup_teardown(felt_is_a_figure, tmp_setup, tmp_teardown),
        cmocka_unit_test(days_measure_what_they_stand_beside),
        cmocka_unit_test(lights_gone_not_lights_lacking),
        cmocka_unit_test(one_word_one_part),
        cmocka_unit_test(threats_and_reports_of_another),
        cmocka_unit_test(suicidal_in_ordinary_words),
        cmocka_unit_test(suicidal_composed_of_parts),
        cmocka_unit_test_setup_teardown(asked_and_told_about, tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(told_not_now, tmp_setup, tmp_teardown),
        cmocka_unit_test(danger_in_ordinary_words),
        cmocka_unit_test(small_child_home_alone_and_open_pit),
        cmocka_unit_test(a_person_down_who_cannot_rise),
        cmocka_unit_test(a_person_out_of_reach_by_the_signs),
        cmocka_unit_test(dangers_told_by_their_signs),
        cmocka_unit_test(frost_written_with_a_minus_sign),
        cmocka_unit_test(suicidal_told_by_preparations_and_method),
        cmocka_unit_test(gas_in_dialect_spellings),
        cmocka_unit_test(eviction_by_whom_and_which_day),
        cmocka_unit_test(suicidal_told_without_its_words),
        cmocka_unit_test(reason_names_the_fitting_rule),
        cmocka_unit_test_setup_teardown(plus_inside_a_class_matches_compounds, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(urgency_rule_settings, tmp_setup, tmp_teardown),
        cmocka_unit_test(second_taxonomy_loads),
        cmocka_unit_test_setup_teardown(bad_config_lines_name_file_and_line, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(naive_bayes_learns_writes_and_reads, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test(shared_features_score_as_the_models_own_walk),
        cmocka_unit_test(a_models_scratch_forgets_each_text),
        cmocka_unit_test(joined_models_score_as_each_alone),
        cmocka_unit_test(joined_table_sized_by_distinct_keys),
        cmocka_unit_test_setup_teardown(learned_models_vote_with_reasons, tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(complement_theme_model_reorders_and_names_alone, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(complement_product_vote_scales_the_rules_score, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(general_lexicon_votes_for_uncovered_words, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(question_model_decides_a_question_against_the_rules_vote,
                                        tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(high_model_decides_normal_or_high_never_critical, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test(naive_bayes_guard_keeps_no_name_of_one_message),
        cmocka_unit_test(naive_bayes_pairs_min_leaves_pairs_that_repeat_a_word),
        cmocka_unit_test(naive_bayes_bernoulli_weighs_by_share_of_messages),
        cmocka_unit_test(theme_vote_casts_over_arrays),
        cmocka_unit_test(complement_odds_and_pairs_weigh_the_features),
        cmocka_unit_test(sealed_model_shares_rows_of_equal_weights),
        cmocka_unit_test(sealed_model_past_65536_rows_indexes_them_all),
        cmocka_unit_test(theme_model_keeps_words_of_one_message),
        cmocka_unit_test_setup_teardown(treatment_yields_to_the_service_named, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test(a_business_owners_own_matters),
        cmocka_unit_test(the_messenger_does_not_vote),
        cmocka_unit_test(a_person_in_crisis_naming_no_service),
        cmocka_unit_test(a_person_gone_with_dementia_is_zorg),
        cmocka_unit_test(smoke_out_of_a_home_is_a_fire_in_a_home),
        cmocka_unit_test(someone_else_not_reachable_is_not_the_councils),
        cmocka_unit_test(care_told_by_what_is_done_at_home),
        cmocka_unit_test(the_writers_own_home_does_not_vote),
        cmocka_unit_test(a_permit_beside_a_fine_is_for_parking),
        cmocka_unit_test(a_building_sites_scaffold_is_the_building),
        cmocka_unit_test(used_syringes_lying_about_are_waste),
        cmocka_unit_test(the_visitor_at_the_desk_does_not_vote),
        cmocka_unit_test(round11_theme_words),
        cmocka_unit_test(cycle_lanes_and_routes),
        cmocka_unit_test(permission_and_street_fairs),
        cmocka_unit_test(a_role_as_label_does_not_vote),
        cmocka_unit_test(open_hours_and_round_nine_words),
        cmocka_unit_test(own_capacity_does_not_vote),
        cmocka_unit_test(round_ten_words),
        cmocka_unit_test(dialect_and_corrections_do_not_vote),
        cmocka_unit_test(a_pair_holds_its_words),
        cmocka_unit_test(low_and_changing_income),
        cmocka_unit_test(no_one_on_the_line_is_the_way_in),
        cmocka_unit_test(a_human_asked_for_is_the_way_in),
        cmocka_unit_test(quiet_asked_for_is_noise),
        cmocka_unit_test(greenery_on_a_path_is_public_space),
        cmocka_unit_test(theme_model_breaks_ties_with_reasons),
        cmocka_unit_test_setup_teardown(sure_theme_model_names_a_theme_alone, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(sentiment_vote_weighs_by_kind, tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(sentiment_with_model_needs_more_for_negative, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(danger_model_by_parts, tmp_setup, tmp_teardown),
        cmocka_unit_test_setup_teardown(urgency_gates_beyond_64_rules, tmp_setup, tmp_teardown),
        cmocka_unit_test(urgency_told_over_or_about),
        cmocka_unit_test(urgency_said_as_a_joke),
        cmocka_unit_test(urgency_threat_laughed_and_put_aside),
        cmocka_unit_test(urgency_compliment_and_figures_of_fear),
        cmocka_unit_test(urgency_no_food_by_who_is_at_risk),
        cmocka_unit_test(urgency_rain_alone_is_weather),
        cmocka_unit_test(suicidal_wish_past_and_recovered),
        cmocka_unit_test(urgency_in_the_play_or_a_campaign),
        cmocka_unit_test(urgency_figure_with_a_degree_word),
        cmocka_unit_test(urgency_an_animal_gone),
        cmocka_unit_test(urgency_exercise_works_and_transport),
        cmocka_unit_test(suicidal_not_there_while_closed),
        cmocka_unit_test(urgency_judged_safe_by_who_saw_it),
        cmocka_unit_test(urgency_hazard_made_safe),
        cmocka_unit_test(urgency_supply_runs_out_after_its_name),
        cmocka_unit_test_setup_teardown(wordlist_blocks_find_what_a_plain_search_finds, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(spelling_reads_one_edit_from_one_word, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(misspelt_words_reach_themes_and_rules, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test(user_check_u3_classes),
        cmocka_unit_test_setup_teardown(logistic_model_scopes_learns_writes_and_reads, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test_setup_teardown(logistic_model_read_into_a_table_three_quarters_full,
                                        tmp_setup, tmp_teardown),
        cmocka_unit_test(suicidal_by_words_and_scope),
        cmocka_unit_test(suicidal_in_algospeak),
        cmocka_unit_test(suicidal_method_with_innocent_use_denied),
        cmocka_unit_test(reopened_danger_stands),
        cmocka_unit_test(told_before_a_question),
        cmocka_unit_test(danger_parts_round16),
        cmocka_unit_test(alone_unanswered_and_ordnance_found),
        cmocka_unit_test(suicidal_condition_inverted_and_goodbye_letter),
        cmocka_unit_test(violence_fought_or_beaten_now),
        cmocka_unit_test(fumes_breathed_crowd_and_english_shock),
        cmocka_unit_test(family_threat_stove_animal_and_search),
        cmocka_unit_test(suicidal_act_decided),
        cmocka_unit_test(absence_since_last_night_lasts),
        cmocka_unit_test(help_blocked_on_its_way),
        cmocka_unit_test(suicidal_method_asked_and_last_words),
        cmocka_unit_test(sports_practice_is_no_course),
        cmocka_unit_test(hazard_and_harm_a_clause_apart),
        cmocka_unit_test(heat_with_the_frail_unwell),
        cmocka_unit_test(verb_second_after_a_fronted_word),
        cmocka_unit_test(negated_veto_word_vetoes_nothing),
        cmocka_unit_test(going_as_a_sentence_of_its_own),
        cmocka_unit_test(exhaust_and_own_death_dated),
        cmocka_unit_test(water_one_cannot_swim_out_of),
        cmocka_unit_test(method_asked_means_before_one_and_no_return),
        cmocka_unit_test(stabbed_ghost_driver_and_weapon_carried_in),
        cmocka_unit_test(idioms_of_a_nuisance_and_a_thing),
        cmocka_unit_test(figures_of_degree_lateness_software_and_fiction),
        cmocka_unit_test(news_on_the_radio_and_an_alarm_now),
        cmocka_unit_test(the_verb_gaat_is_no_hole),
        cmocka_unit_test(animal_bomb_hypo_cries_gone_and_menace),
        cmocka_unit_test(body_signs_crowd_cold_home_and_threats),
        cmocka_unit_test(method_asked_prayer_cut_and_place_chosen),
        cmocka_unit_test(absence_prepared_for),
        cmocka_unit_test(dead_ones_medicines_gone_and_place_of_ending),
        cmocka_unit_test(ordnance_dug_up_and_heat_unwell),
        cmocka_unit_test(a_place_where_no_one_comes),
        cmocka_unit_test(harmless_alarming_words),
        cmocka_unit_test(fear_after_the_laugh_takes_it_back),
        cmocka_unit_test(idioms_of_danger_words),
        cmocka_unit_test(the_threatener_at_the_door_takes_the_joke_back),
        cmocka_unit_test(a_quote_goes_on_after_its_mark),
        cmocka_unit_test(a_threat_in_a_game_is_play),
        cmocka_unit_test(idioms_of_bombs_and_fire),
        cmocka_unit_test(a_scolding_for_lateness),
        cmocka_unit_test(a_worry_supposed_and_asked),
        cmocka_unit_test(a_question_of_the_bot_denied),
        cmocka_unit_test(a_case_closed_is_over),
        cmocka_unit_test(dying_of_a_nuisance_with_aan),
        cmocka_unit_test(suicide_as_a_topic),
        cmocka_unit_test(a_role_a_prop_a_song_and_a_film),
        cmocka_unit_test(a_site_shut_where_no_one_comes),
        cmocka_unit_test(banter_laughed_at_by_both_or_put_aside),
        cmocka_unit_test(a_murderous_look_and_anger_let_go),
        cmocka_unit_test(explosive_as_an_advert_or_a_label),
        cmocka_unit_test(a_play_a_pretence_and_a_game_death),
        cmocka_unit_test(a_call_made_for_another_and_a_patients_hurry),
        cmocka_unit_test(a_place_shut_is_no_supply_cut_off),
        cmocka_unit_test(a_street_thing_gone_is_no_person_gone),
        cmocka_unit_test(dead_wood_is_no_grief),
        cmocka_unit_test(suicidal_families_by_their_parts),
        cmocka_unit_test(round24_dangers_by_class),
        cmocka_unit_test(round24_dangers_by_class_2),
        cmocka_unit_test(round25_look_alikes_by_class),
        cmocka_unit_test(recall10_dangers_by_class),
        cmocka_unit_test(suicidal_families_of_a_new_writer),
        cmocka_unit_test(short_of_air_by_the_breath_told),
        cmocka_unit_test(a_bomb_of_a_thing_is_praise),
        cmocka_unit_test(engine_in_a_shut_space_and_dragging),
        cmocka_unit_test(lockup_engine_and_eviction_in_two_weeks),
        cmocka_unit_test(recall10_older_misses_by_class),
        cmocka_unit_test(recall10_message_misses_by_class),
        cmocka_unit_test(recall11_pursuer_and_visit_threats),
        cmocka_unit_test(recall11_down_or_shut_in),
        cmocka_unit_test(recall11_missing_words_of_composed_parts),
        cmocka_unit_test(recall11_cold_stage_and_silence),
        cmocka_unit_test(recall11_onto_cracking_ice),
        cmocka_unit_test(recall12_people_on_ice_too_weak),
        cmocka_unit_test(recall12_crossing_control_fails),
        cmocka_unit_test(recall12_the_writer_just_beaten),
        cmocka_unit_test(recall12_structure_loose_in_more_words),
        cmocka_unit_test(recall12_negation_told_apart_from_its_verb),
        cmocka_unit_test(recall12_held_by_a_partner_now),
        cmocka_unit_test(burden_ended_in_two_more_forms),
        cmocka_unit_test(suicidal_families_of_round22),
        cmocka_unit_test(farewell_then_no_answer),
        cmocka_unit_test(means_taken_along_or_counted),
        cmocka_unit_test(going_where_no_post_comes),
        cmocka_unit_test(the_last_of_ones_losses),
        cmocka_unit_test(exhaust_or_charcoal_as_a_means),
        cmocka_unit_test(method_asked_with_ones_stake),
        cmocka_unit_test(a_gun_at_hand_told_of_another),
        cmocka_unit_test(the_moment_fixed_the_act_unnamed),
        cmocka_unit_test(joining_one_who_died),
        cmocka_unit_test(joining_one_who_died_resolved),
        cmocka_unit_test(own_death_prepared_for_in_health),
        cmocka_unit_test(told_of_others_called_off_or_an_office),
        cmocka_unit_test(long_ago_set_against_now),
        cmocka_unit_test(end_told_of_it_in_the_next_sentence),
        cmocka_unit_test(a_danger_word_for_a_thing_or_a_switch),
        cmocka_unit_test(a_threat_reported_as_a_joke),
        cmocka_unit_test(a_smokers_smoke_is_no_fire_part),
        cmocka_unit_test(nightclothes_as_a_habit_of_the_nights),
        cmocka_unit_test(eviction_verb_before_its_household),
        cmocka_unit_test(an_end_of_a_thing_named_after_it),
        cmocka_unit_test(a_danger_answered_and_over),
        cmocka_unit_test(a_building_burning_where_people_sleep),
        cmocka_unit_test(a_burning_light_is_no_fire_part),
        cmocka_unit_test(parts_read_an_ordinary_purpose),
        cmocka_unit_test(confused_person_gone_not_known_where),
        cmocka_unit_test(a_person_held_or_a_cry_just_received),
        cmocka_unit_test(a_drain_cover_gone_where_people_pass),
        cmocka_unit_test(a_scaffold_moving_over_people),
        cmocka_unit_test(a_small_child_left_in_a_hot_vehicle),
        cmocka_unit_test(a_home_without_supply_vulnerable_no_help_soon),
        cmocka_unit_test(a_person_barely_answering_or_crying_help),
        cmocka_unit_test(vehicle_in_water_animal_on_lane_dike_welling),
        cmocka_unit_test(weapon_shown_where_people_are),
        cmocka_unit_test(breath_fought_for_with_the_body_down),
        cmocka_unit_test(crowd_falling_over_each_other),
        cmocka_unit_test(a_notes_closing_verdict),
        cmocka_unit_test(violence_fled_is_a_housing_need),
        cmocka_unit_test(news_items_and_school_work_are_topics),
        cmocka_unit_test(a_drill_told_is_played),
        cmocka_unit_test(eviction_who_the_home_and_the_day_apart),
        cmocka_unit_test(threat_an_officials_way_watched),
        cmocka_unit_test(ground_sunk_away_where_people_are),
        cmocka_unit_test(loose_over_a_fair_a_ride_or_a_balcony),
        cmocka_unit_test(seen_lying_through_the_door),
        cmocka_unit_test(a_thought_then_and_well_now),
        cmocka_unit_test(wishes_for_after_ones_death),
        cmocka_unit_test(anger_told_as_a_blast_or_a_fire),
        cmocka_unit_test(a_supply_cut_for_works_told_by_the_work),
        cmocka_unit_test(a_danger_played_in_fiction_or_a_game_world),
        cmocka_unit_test(the_method_asked_with_ones_stake),
        cmocka_unit_test(tap_water_fouled_and_drunk),
        cmocka_unit_test(money_or_food_running_out_within_days),
        cmocka_unit_test(caught_in_a_vehicle_a_machine_or_rubble),
        cmocka_unit_test(quoted_words_told_not_meant),
        cmocka_unit_test(traffic_lights_dead_told_in_other_words),
        cmocka_unit_test(an_update_that_all_is_safe_again),
        cmocka_unit_test(a_class_on_ice_too_weak),
        cmocka_unit_test(self_harm_wounds_on_limbs_for_relief_or_again),
        cmocka_unit_test(care_at_home_stopped_who_cannot_manage_alone),
        cmocka_unit_test(a_frame_stated_once_covers_the_text),
        cmocka_unit_test(violence_and_threats_told_sideways),
        cmocka_unit_test(false_flags_by_class_round_27),
        cmocka_unit_test(a_sentence_goes_on_past_an_address),
        cmocka_unit_test(false_flags_by_class_round_28),
        cmocka_unit_test(false_flags_by_class_round_29),
        cmocka_unit_test(false_flags_by_class_round_30),
        cmocka_unit_test(a_veto_in_the_body_reaches_the_subject),
        cmocka_unit_test(the_frail_without_help_stay_high),
        cmocka_unit_test(heat_cared_for_and_a_toy_thrown),
        cmocka_unit_test(other_sets_false_flags_by_class),
        cmocka_unit_test(found_a_year_to_come_and_an_area_cleared),
        cmocka_unit_test(another_ones_will_asked_after),
        cmocka_unit_test(an_all_clear_told_by_who_came),
        cmocka_unit_test(dangers_to_a_body_told_in_new_words),
        cmocka_unit_test(a_poster_or_an_exaggeration_put_aside),
        cmocka_unit_test(suicidal_words_told_about),
        cmocka_unit_test(a_weapon_that_is_a_figure),
        cmocka_unit_test(harm_already_in_the_body_or_on_its_way),
        cmocka_unit_test(held_quietly_or_not_to_be_woken),
        cmocka_unit_test(people_on_what_moves_or_sold_what_explodes),
        cmocka_unit_test(giving_up_on_reporting),
        cmocka_unit_test(firecrackers_thrown_into_a_pram_or_a_letterbox),
        cmocka_unit_test(session27_classes_left_by_their_parts),
        cmocka_unit_test(asthmatic_child_short_of_breath_by_its_health),
        cmocka_unit_test(round28_water_and_air_that_harm_now),
        cmocka_unit_test(round28_people_harmed_or_hunted_now),
        cmocka_unit_test(session27_classes_told_in_more_ways),
        cmocka_unit_test(round29_critical_classes),
        cmocka_unit_test(round30_critical_classes),
        cmocka_unit_test(parts_a_clause_apart),
        cmocka_unit_test(astonishment_is_no_question),
        cmocka_unit_test(a_guess_in_brackets_is_no_question),
        cmocka_unit_test(round31_critical_classes),
        cmocka_unit_test(older_rounds_classes_left_to_the_models),
        cmocka_unit_test(a_shaft_open_or_an_exit_stacked_shut),
        cmocka_unit_test(a_dog_that_has_bitten_near_children),
        cmocka_unit_test(a_vehicle_in_the_water_with_someone_in_it),
        cmocka_unit_test(round32_critical_classes),
        cmocka_unit_test(older_critical_classes_recall22),
        cmocka_unit_test(water_to_the_knees_and_a_band_brought_back),
        cmocka_unit_test(people_taken_away_are_no_danger_cleared),
        cmocka_unit_test(an_evacuation_one_cannot_make),
        cmocka_unit_test(round33_critical_classes),
        cmocka_unit_test(an_idiom_by_its_stems_and_a_coming_in_either_form),
        cmocka_unit_test(round34_critical_classes),
        cmocka_unit_test(a_bee_no_preposition_and_the_disease_no_condition),
        cmocka_unit_test(round34_classes_in_other_words),
        cmocka_unit_test(a_slippery_spill_on_a_road_named_by_its_street),
        cmocka_unit_test(older_classes_in_other_words),
        cmocka_unit_test(round35_critical_classes),
        cmocka_unit_test(round35_classes_in_other_words),
        cmocka_unit_test(round35_classes_read_wider),
        cmocka_unit_test(an_elder_unreached_and_a_weapon_taken_along),
        cmocka_unit_test(round30_classes_in_older_rounds),
        cmocka_unit_test(a_fix_still_needed_is_no_end),
        cmocka_unit_test(round31_false_flags_by_class),
        cmocka_unit_test(round32_false_flags_by_class),
        cmocka_unit_test(round32_classes_left),
        cmocka_unit_test(own_vehicle_asked_after),
        cmocka_unit_test(round_27_suicidal_classes),
        cmocka_unit_test(round_28_suicidal_classes),
        cmocka_unit_test(session_27_suicidal_classes_left),
        cmocka_unit_test(a_height_scouted_unwatched),
        cmocka_unit_test(round_29_suicidal_classes),
        cmocka_unit_test(round_30_suicidal_classes),
        cmocka_unit_test(ordinary_purpose_sets_the_models_aside),
        cmocka_unit_test(a_living_one_named_before_the_going),
        cmocka_unit_test(an_end_whose_thing_is_named),
        cmocka_unit_test(statements_told_sideways_suicidal21),
        cmocka_unit_test(a_rope_for_a_swing),
        cmocka_unit_test(statements_told_by_place_means_question_suicidal22),
        cmocka_unit_test(records_and_work_are_no_statement_suicidal22),
        cmocka_unit_test(unless_reads_a_next_sentence_that_quotes_the_match),
        cmocka_unit_test(statements_by_place_time_and_means_suicidal23),
        cmocka_unit_test(look_alikes_of_place_time_and_means_suicidal23),
        cmocka_unit_test(a_wish_of_one_who_died_old_and_an_end_to_a_thing),
        cmocka_unit_test(a_rope_for_a_hammock_and_warm_water),
        cmocka_unit_test(round_31_press_council_and_contacts),
        cmocka_unit_test(danger_gates_open_in_order),
        cmocka_unit_test(round_31_own_terms),
        cmocka_unit_test(round_32_without_help_and_asked_danger),
        cmocka_unit_test(round_32_wanted_this_week_and_asked_payments),
        cmocka_unit_test(round_33_sent_on_watchdogs_and_who_acts),
        cmocka_unit_test(round_34_press_announced_in_a_note),
        cmocka_unit_test(round_31_a_record_out_of_date),
        cmocka_unit_test(round_31_disposal_asked),
        cmocka_unit_test(round_31_followed_up_this_week),
        cmocka_unit_test(readings_of_tense_belief_and_headline),
        cmocka_unit_test(round_33_false_flags_by_class),
        cmocka_unit_test(signs_cupboards_and_services),
        cmocka_unit_test(quoted_words_met_with_rolled_eyes),
        cmocka_unit_test(round_34_false_flags_by_class),
        cmocka_unit_test(round_34_statements_by_class),
        cmocka_unit_test(round_34_jest_care_work_and_time),
        cmocka_unit_test(a_subject_gives_way_to_its_body),
        cmocka_unit_test(quoted_sayings_are_no_statement),
        cmocka_unit_test(quoted_text_written_on_a_thing_named_earlier),
        cmocka_unit_test(match_stops_at_a_quotation_closing_into_the_writers_sentence),
        cmocka_unit_test(round_35_false_flags_by_class),
        cmocka_unit_test(round_35_misses_by_class),
        cmocka_unit_test(an_ellipsis_before_lower_case_goes_on),
        cmocka_unit_test(shut_in_with_a_means_others_unaware),
        cmocka_unit_test(news_heard_no_more_and_a_letter_of_ideas),
        cmocka_unit_test(second_opinion_keys_and_a_person_in_crisis),
        cmocka_unit_test_setup_teardown(the_nth_contact_about_a_waited_danger_is_high, tmp_setup,
                                        tmp_teardown),
        cmocka_unit_test(words_read_in_another_sense),
        cmocka_unit_test(own_death_wish_beside_anothers_death),
        cmocka_unit_test(sayings_pests_and_aches),
        cmocka_unit_test(at_a_place_unseen_or_outside_the_rail),
        cmocka_unit_test(the_last_thread_that_holds_one),
        cmocka_unit_test(round36_classes_read_wider),
        cmocka_unit_test(a_gift_after_death_and_the_paper_it_stood_in),
        cmocka_unit_test(a_welcome_death_by_a_vehicle_or_the_lord),
        cmocka_unit_test(round37_misses_by_class),
        cmocka_unit_test(round37_false_flags_by_class),
        cmocka_unit_test(a_phrase_stops_at_a_colon_and_a_cut_run_into),
        cmocka_unit_test(method_asked_farewell_never_and_a_hanging_readied),
        cmocka_unit_test(a_group_jump_a_denied_end_and_a_named_spot),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
