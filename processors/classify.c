/* classify.c - Dutch text understanding of one signal: themes, sentiment, emotions, urgency. */
#include "classify.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "event.h"
#include "ll_limits.h"
#include "matcher.h"
#include "nbmodel.h"
#include "textnorm.h"

enum term_kind { K_THEME, K_LEX, K_URG, K_CTX, K_UNLESS, K_NOVOTE };
enum lex_type { LEX_POLARITY, LEX_NEGATOR, LEX_INTENSIFIER, LEX_CONTRAST };
/* Rule strength, weakest first: LVL_PROBLEM ("[normal: ...]" rules) outputs
 * "normal" but outranks "low": a problem named in a question keeps it off
 * the low shelf. Output levels in level_out. */
enum level { LVL_NORMAL, LVL_LOW, LVL_PROBLEM, LVL_HIGH, LVL_CRITICAL };
/* The contract's level (core/event.h) each strength outputs. */
static const enum ll_urgency level_out[] = {LL_URGENCY_NORMAL, LL_URGENCY_LOW, LL_URGENCY_NORMAL,
                                            LL_URGENCY_HIGH, LL_URGENCY_CRITICAL};
/* How a negation near an urgency term treats it. Most rules are denied by a
 * negation ("ik ruik geen gas meer"); for some the negation is the signal
 * ("ik wil niet meer leven", "niemand zal me missen"). */
enum negation_scope { NEG_BLOCKS, NEG_IGNORED };

static const char *const emotion_names[] = {"anger", "fear", "sadness", "joy", "distrust"};
#define N_EMOTIONS 5

/* One term of a config file; its parts are patterns in the matcher. */
typedef struct term {
    uint8_t kind;
    uint8_t compound; /* may match a part of a compound word */
    uint8_t nparts;
    uint8_t unordered; /* "a & b": parts in any order within the rule's window */
    uint8_t group;     /* K_CTX: 0 for "context:", 1.. for each "with:" line */
    uint8_t lex_type;
    uint8_t emotions; /* bit per emotion_names entry */
    uint16_t owner;   /* theme or rule */
    float value;      /* theme weight, polarity or intensifier factor */
} term;

typedef struct theme_def {
    char id[64];
} theme_def;

typedef struct rule_def {
    char name[96];
    uint8_t level;
    uint8_t has_context;
    uint8_t has_unless;
    uint8_t negation; /* enum negation_scope */
    uint8_t window;   /* most words an "&" term may span */
    uint8_t nwith;    /* "with:" groups, each needed within reach words */
    uint8_t reach;
    uint8_t sentences; /* sentences an "&" term may span ("Leven? Nee, dat wil ik niet meer.") */
    char advice[LL_CLASSIFY_ADVICE_BYTES];
    int16_t theme;      /* "theme: id": the theme the fired rule votes for, -1 none */
    float theme_weight; /* its vote */
} rule_def;

typedef struct hit {
    uint32_t term;
    uint8_t part;
    int32_t t0, t1;
} hit;

typedef struct match {
    uint32_t term;
    int32_t t0, t1;
    uint8_t gap_negated; /* a negation between the parts of a "~" term */
} match;

/* Progress of a "~" term through the hits of one event; for an "&" term,
 * where each of its parts was last seen in the current sentence. */
typedef struct near_state {
    uint32_t gen;
    uint8_t next;
    uint8_t neg;
    uint8_t have; /* "&": bit per part seen */
    int32_t t0, t_end;
    uint32_t sent;
    int32_t p0[LL_CLASSIFY_MAX_PARTS], p1[LL_CLASSIFY_MAX_PARTS];
} near_state;

typedef struct reasons {
    int n;
    char s[LL_CLASSIFY_MAX_REASONS][LL_CLASSIFY_REASON_BYTES];
} reasons;

enum { TF_NEG = 1, TF_INT = 2, TF_CONTRAST = 4, TF_NOVOTE = 8 };

/* A matcher value: term index << 4 | stream bits | part of a "~" term. */
#define V_SURF 4u
#define V_STEM 8u

/* The compiled rules: read-only once loaded, so the classifiers of every
 * worker share one (the matcher alone is ~1.5 MB). */
typedef struct model {
    ll_matcher *m;
    term *terms;
    size_t nterms;
    theme_def themes[LL_CLASSIFY_MAX_THEMES];
    size_t nthemes;
    rule_def rules[LL_CLASSIFY_MAX_RULES];
    size_t nrules;
    double theme_min; /* a best score below it is "overig": one weak word is no theme */
    /* Words that name a desk or office ("balie", "stadswinkel"): a subject made
     * of them, names and numbers only is a label the system wrote, not a topic. */
    char office[LL_CLASSIFY_MAX_OFFICE][LL_CLASSIFY_OFFICE_BYTES];
    size_t noffice;
    /* Learned models (nbmodel.h), NULL when the taxonomy names none: their
     * posterior votes beside the rules, weight x P(class | words) with P
     * tempered by temp; the theme model's classes map onto themes. */
    ll_nb *theme_nb, *sent_nb;
    /* Spelling tolerance (spelling.h): the words of every term as folded,
     * with their stems, and the Dutch word list the taxonomy's "spelling:"
     * names (NULL: off). */
    ll_wordset *vocab, *known;
    int16_t nb_theme[LL_NB_MAX_CLASSES];
    double theme_weight, theme_temp, sent_weight, sent_temp;
} model;

/* One thread's classifier: the shared rules and its own working memory. */
struct ll_classifier {
    const model *md;
    model *own;      /* the rules this classifier loaded and frees; NULL on a worker's */
    ll_textnorm *tn; /* its word cache changes with every text */
    int use_model;   /* ll_classifier_use_model */

    /* Per event, sized once. */
    hit *hits;
    size_t nhits;
    hit *hits_tmp; /* sort_hits merges into it, then the two swap */
    match *matches;
    size_t nmatches;
    near_state *near;
    uint32_t gen;
    uint8_t *tflags;   /* per token: TF_* */
    float *tmult;      /* per token: intensifier factor */
    uint16_t *tcover;  /* per token: longest polarity match covering it */
    uint64_t *tctx;    /* per token: urgency rules whose context word is here */
    uint64_t *tunless; /* per token: urgency rules whose "unless" word is here */
    uint64_t
        *twith[LL_CLASSIFY_MAX_WITH]; /* per token: rules whose "with:" group i has a word here */
    double theme_score[LL_CLASSIFY_MAX_THEMES];
    reasons theme_why[LL_CLASSIFY_MAX_THEMES];
    uint8_t rule_fired[LL_CLASSIFY_MAX_RULES];
    reasons rule_why[LL_CLASSIFY_MAX_RULES];
    reasons sent_why;
    reasons emo_why[N_EMOTIONS];
    ll_nb_scratch theme_nbs, sent_nbs; /* the models' per-event memory */
};

/* ---------------------------------------------------------------- loading */

typedef struct loader {
    model *md;
    ll_textnorm *tn;
    int novote; /* inside the taxonomy's "[-]" section */
    /* Word classes of urgency.conf ("@people: kinderen | fietsers | ..."):
     * named once, used in any rule; only needed while loading. */
    char class_name[LL_CLASSIFY_MAX_CLASSES][LL_CLASSIFY_CLASS_NAME_BYTES];
    char *class_words[LL_CLASSIFY_MAX_CLASSES];
    size_t nclasses;
    /* "model:" and "sentiment-model:" of the taxonomy, read once its themes are known. */
    char model_path[2][1024];
    int model_line[2];
    char spelling_path[1024]; /* "spelling:", read once every term is known */
    int spelling_line;
    const char *path;
    int line;
    char *errstr;
    size_t errlen;
} loader;

__attribute__((format(printf, 2, 3))) static int load_err(loader *ld, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    snprintf(ld->errstr, ld->errlen, "%s:%d: %s", ld->path, ld->line, msg);
    return -1;
}

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

static int parse_double(const char *s, double lo, double hi, double *out) {
    char *end;
    if (!*s)
        return -1;
    double v = strtod(s, &end);
    if (*end || !isfinite(v) || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* The words of word class name, "a|b|c", or NULL when it is not defined. */
static const char *class_lookup(const loader *ld, const char *name) {
    for (size_t i = 0; i < ld->nclasses; i++)
        if (strcmp(ld->class_name[i], name) == 0)
            return ld->class_words[i];
    return NULL;
}

/* The words of a folded pattern, with their stems (surf and stem hold the
 * same number of words), as words a misspelling may be read as: whole
 * words of a-z of four letters or more. */
static int vocab_add(ll_wordset *vocab, const char *surf, const char *stem) {
    while (*surf && *stem) {
        size_t wn = strcspn(surf, " "), sn = strcspn(stem, " "), az = wn >= 4;
        for (size_t i = 0; i < wn && az; i++)
            az = surf[i] >= 'a' && surf[i] <= 'z';
        if (az && wn <= LL_SPELLING_MAX && ll_wordset_add(vocab, surf, wn, stem, sn) != 0)
            return -1;
        surf += wn + (surf[wn] == ' ');
        stem += sn + (stem[sn] == ' ');
    }
    return 0;
}

/* Adds one alternative p of part v of term t (as written, for messages) to
 * the matcher: its surface form and, unless quoted, its stem. */
static int add_alt(loader *ld, char *p, uint32_t v, const char *t) {
    model *md = ld->md;
    char surf[LL_MATCHER_MAX_PATTERN + 1], stem[LL_MATCHER_MAX_PATTERN + 1];
    size_t pl = strlen(p);
    /* "word": exactly this form, not its stem ("brand", not "branden"). */
    int exact = pl >= 2 && p[0] == '"' && p[pl - 1] == '"';
    if (exact) {
        p[pl - 1] = '\0';
        p++;
    }
    int nw = ll_textnorm_pattern(ld->tn, p, surf, stem, sizeof(surf));
    if (nw < 0)
        return load_err(ld, "term '%s' is too long", p);
    if (nw == 0)
        return load_err(ld, "term '%s' has no words", t);
    if (vocab_add(md->vocab, surf, stem) != 0)
        return load_err(ld, "out of memory");
    /* Each form is looked for in its own stream: the stem of "sloot" is
     * "slot", which must not be found inside the word "aangesloten". */
    int same = strcmp(surf, stem) == 0;
    uint32_t vs = v | V_SURF | (same && !exact ? V_STEM : 0);
    if (ll_matcher_add(md->m, surf, strlen(surf), vs) != 0 ||
        (!exact && !same && ll_matcher_add(md->m, stem, strlen(stem), v | V_STEM) != 0))
        return load_err(ld, "cannot add term '%s' to the matcher (too many patterns?)", t);
    return 0;
}

/* Adds one term: "[=|+]part [~ part ...]" (parts in this order, a few words
 * apart) or "part & part ..." (in any order within the rule's window, one
 * sentence); a part is "alt | alt ..." (any one of them), an alternative in
 * quotes matching only that exact (folded) form. compound_default says
 * whether the file lets words match inside compounds unless the term says
 * otherwise. */
static int add_term(loader *ld, const char *text, term proto, int compound_default) {
    model *md = ld->md;
    char buf[LL_CLASSIFY_MAX_TERM_BYTES + 1];
    if (strlen(text) > LL_CLASSIFY_MAX_TERM_BYTES)
        return load_err(ld, "term longer than %d bytes", LL_CLASSIFY_MAX_TERM_BYTES);
    snprintf(buf, sizeof(buf), "%s", text);
    char *t = trim(buf);
    proto.compound = (uint8_t)compound_default;
    if (*t == '=' || *t == '+') {
        proto.compound = *t == '+';
        t = trim(t + 1);
    }
    if (!*t)
        return load_err(ld, "empty term");
    if (md->nterms >= LL_CLASSIFY_MAX_TERMS)
        return load_err(ld, "more than %d terms", LL_CLASSIFY_MAX_TERMS);
    int has_tilde = strchr(t, '~') != NULL, has_amp = strchr(t, '&') != NULL;
    if (has_tilde && has_amp)
        return load_err(ld, "term '%s' mixes '~' and '&'", t);
    char sep = has_amp ? '&' : '~';
    char *parts[LL_CLASSIFY_MAX_PARTS];
    int np = 0;
    for (char *p = t;;) {
        char *next = strchr(p, sep);
        if (np >= LL_CLASSIFY_MAX_PARTS)
            return load_err(ld, "term '%s' has more than %d '%c' parts", t, LL_CLASSIFY_MAX_PARTS,
                            sep);
        parts[np++] = p;
        if (!next)
            break;
        *next = '\0';
        p = next + 1;
    }
    if (has_amp && proto.kind != K_URG)
        return load_err(ld, "'&' terms are for urgency rules only");
    uint32_t ti = (uint32_t)md->nterms;
    proto.nparts = (uint8_t)np;
    proto.unordered = (uint8_t)has_amp;
    for (int i = 0; i < np; i++) {
        char *alt = parts[i];
        for (;;) {
            char *bar = strchr(alt, '|');
            if (bar)
                *bar = '\0';
            char *p = trim(alt);
            uint32_t v = ti << 4 | (uint32_t)i;
            if (*p == '@') {
                /* A word class: each of its words is an alternative of this part. */
                const char *words = class_lookup(ld, p + 1);
                if (!words)
                    return load_err(
                        ld, "unknown word class '%s' in term '%s' (define it first: '%s: a | b')",
                        p, t, p);
                char cbuf[LL_CLASSIFY_CLASS_BYTES + 1];
                snprintf(cbuf, sizeof(cbuf), "%s", words);
                for (char *w = cbuf;;) {
                    char *wbar = strchr(w, '|');
                    if (wbar)
                        *wbar = '\0';
                    if (add_alt(ld, trim(w), v, t) != 0)
                        return -1;
                    if (!wbar)
                        break;
                    w = wbar + 1;
                }
            } else if (add_alt(ld, p, v, t) != 0) {
                return -1;
            }
            if (!bar)
                break;
            alt = bar + 1;
        }
    }
    md->terms[md->nterms++] = proto;
    return 0;
}

/* Reads path line by line; calls fn with each line that is not blank or a comment. */
static int read_lines(loader *ld, int (*fn)(loader *, char *)) {
    FILE *f = fopen(ld->path, "r");
    if (!f) {
        ld->line = 0;
        return load_err(ld, "cannot open: %s", strerror(errno));
    }
    char line[LL_MAX_CONFIG_LINE + 2];
    int rc = 0;
    ld->line = 0;
    while (fgets(line, sizeof(line), f)) {
        ld->line++;
        size_t n = strlen(line);
        if (n == sizeof(line) - 1 && line[n - 1] != '\n') {
            rc = load_err(ld, "line longer than %d bytes", LL_MAX_CONFIG_LINE);
            break;
        }
        char *s = line;
        /* Leading and trailing blanks only: tabs inside separate TSV columns. */
        while (*s == ' ')
            s++;
        n = strlen(s);
        while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
            s[--n] = '\0';
        if (!*s || *s == '#')
            continue;
        if ((rc = fn(ld, s)) != 0)
            break;
    }
    if (rc == 0 && ferror(f)) {
        rc = load_err(ld, "read error");
    }
    fclose(f);
    return rc;
}

static int valid_id(const char *s) {
    if (!*s || strlen(s) >= sizeof(((theme_def *)0)->id))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return 0;
    return 1;
}

/* Splits a comma-separated list of terms and adds each. */
static int add_term_list(loader *ld, char *list, term proto, int compound_default, int weighted) {
    char *save = list;
    for (;;) {
        char *comma = strchr(save, ',');
        if (comma)
            *comma = '\0';
        char *t = trim(save);
        if (!*t)
            return load_err(ld, "empty term in list");
        term p = proto;
        if (weighted) {
            char *colon = strrchr(t, ':');
            if (colon) {
                double w;
                if (parse_double(trim(colon + 1), 0.05, 10, &w) != 0)
                    return load_err(ld, "weight of '%.*s' must be a number in 0.05..10",
                                    (int)(colon - t), t);
                p.value = (float)w;
                *colon = '\0';
            }
        }
        if (add_term(ld, t, p, compound_default) != 0)
            return -1;
        if (!comma)
            return 0;
        save = comma + 1;
    }
}

/* "model: FILE WEIGHT TEMPERATURE" (themes) or "sentiment-model: ...": a
 * learned model beside the taxonomy file, whose posterior adds
 * WEIGHT x P(class) to the rules' evidence. */
static int model_line(loader *ld, char *s) {
    int k = s[0] == 's';
    char *v = trim(strchr(s, ':') + 1), file[256];
    double w, t;
    char ws[32], ts[32];
    if (sscanf(v, "%255s %31s %31s", file, ws, ts) != 3 || parse_double(ws, 0, 10, &w) != 0 ||
        parse_double(ts, 0.1, 100, &t) != 0 || strchr(file, '/'))
        return load_err(ld,
                        "expected '%s FILE WEIGHT TEMPERATURE' (a file beside this one, "
                        "weight 0..10, temperature 0.1..100)",
                        k ? "sentiment-model:" : "model:");
    if (ld->model_path[k][0])
        return load_err(ld, "%s given twice", k ? "sentiment-model" : "model");
    const char *slash = strrchr(ld->path, '/');
    int dir = slash ? (int)(slash - ld->path + 1) : 0;
    if (snprintf(ld->model_path[k], sizeof(ld->model_path[k]), "%.*s%s", dir, ld->path, file) >=
        (int)sizeof(ld->model_path[k]))
        return load_err(ld, "model path too long");
    ld->model_line[k] = ld->line;
    if (k) {
        ld->md->sent_weight = w;
        ld->md->sent_temp = t;
    } else {
        ld->md->theme_weight = w;
        ld->md->theme_temp = t;
    }
    return 0;
}

/* Reads the models the taxonomy named; their classes must be its themes
 * (the theme model) or the three sentiment labels. */
static int load_models(loader *ld) {
    model *md = ld->md;
    char err[512];
    for (int k = 0; k < 2; k++) {
        if (!ld->model_path[k][0])
            continue;
        ld->line = ld->model_line[k];
        ll_nb *nb = ll_nb_read(ld->model_path[k], err, sizeof(err));
        if (!nb)
            return load_err(ld, "%s", err);
        if (k) {
            md->sent_nb = nb;
            static const char *const labels[] = {"negative", "neutral", "positive"};
            int ok = ll_nb_classes(nb) == 3;
            for (size_t i = 0; ok && i < 3; i++)
                ok = strcmp(ll_nb_class_id(nb, i), labels[i]) == 0;
            if (!ok)
                return load_err(ld, "%s: classes must be negative, neutral, positive",
                                ld->model_path[k]);
            continue;
        }
        md->theme_nb = nb;
        for (size_t i = 0; i < ll_nb_classes(nb); i++) {
            md->nb_theme[i] = -1;
            for (size_t t = 0; t < md->nthemes; t++)
                if (strcmp(md->themes[t].id, ll_nb_class_id(nb, i)) == 0)
                    md->nb_theme[i] = (int16_t)t;
            if (md->nb_theme[i] < 0)
                return load_err(ld, "%s: class '%s' is no theme of this taxonomy",
                                ld->model_path[k], ll_nb_class_id(nb, i));
        }
    }
    return 0;
}

/* taxonomy: "[id]" opens a theme; other lines are comma-separated terms,
 * each optionally "term:weight". Terms may match parts of compounds. */
static int taxonomy_line(loader *ld, char *s) {
    model *md = ld->md;
    if (strncmp(s, "model:", 6) == 0 || strncmp(s, "sentiment-model:", 16) == 0)
        return model_line(ld, s);
    if (strncmp(s, "spelling:", 9) == 0) {
        char *v = trim(s + 9);
        const char *slash = strrchr(ld->path, '/');
        int dir = *v == '/' || !slash ? 0 : (int)(slash - ld->path + 1);
        if (!*v || strpbrk(v, " \t"))
            return load_err(ld, "expected 'spelling: WORDLIST' (one path)");
        if (ld->spelling_path[0])
            return load_err(ld, "spelling given twice");
        if (snprintf(ld->spelling_path, sizeof(ld->spelling_path), "%.*s%s", dir, ld->path, v) >=
            (int)sizeof(ld->spelling_path))
            return load_err(ld, "spelling path too long");
        ld->spelling_line = ld->line;
        return 0;
    }
    if (strncmp(s, "minimum:", 8) == 0) {
        if (parse_double(trim(s + 8), 0, 100, &md->theme_min) != 0)
            return load_err(ld, "minimum must be a score in 0..100");
        return 0;
    }
    if (strncmp(s, "office:", 7) == 0) {
        for (char *w = s + 7, *comma; w; w = comma ? comma + 1 : NULL) {
            comma = strchr(w, ',');
            if (comma)
                *comma = '\0';
            w = trim(w);
            size_t n = strlen(w);
            while (n && (w[n - 1] == ' ' || w[n - 1] == '\t'))
                w[--n] = '\0';
            if (!n || n >= LL_CLASSIFY_OFFICE_BYTES || strpbrk(w, " \t"))
                return load_err(ld, "office: one word each, 1..%d bytes",
                                LL_CLASSIFY_OFFICE_BYTES - 1);
            if (md->noffice >= LL_CLASSIFY_MAX_OFFICE)
                return load_err(ld, "more than %d office words", LL_CLASSIFY_MAX_OFFICE);
            memcpy(md->office[md->noffice++], w, n + 1);
        }
        return 0;
    }
    if (strcmp(s, "[-]") == 0) {
        ld->novote = 1;
        return 0;
    }
    if (*s == '[') {
        ld->novote = 0;
        char *end = strchr(s, ']');
        if (!end || trim(end + 1)[0])
            return load_err(ld, "expected [theme-id]");
        *end = '\0';
        char *id = trim(s + 1);
        if (!valid_id(id))
            return load_err(ld, "theme id '%s' must be lower case a-z, 0-9, '-' or '_'", id);
        for (size_t i = 0; i < md->nthemes; i++)
            if (strcmp(md->themes[i].id, id) == 0)
                return load_err(ld, "theme '%s' defined twice", id);
        if (md->nthemes >= LL_CLASSIFY_MAX_THEMES)
            return load_err(ld, "more than %d themes", LL_CLASSIFY_MAX_THEMES);
        snprintf(md->themes[md->nthemes++].id, sizeof(md->themes[0].id), "%s", id);
        return 0;
    }
    if (ld->novote) {
        term proto = {.kind = K_NOVOTE, .value = 1.0f};
        return add_term_list(ld, s, proto, 0, 0);
    }
    if (md->nthemes == 0)
        return load_err(ld, "terms before the first [theme-id]");
    term proto = {.kind = K_THEME, .owner = (uint16_t)(md->nthemes - 1), .value = 1.0f};
    return add_term_list(ld, s, proto, 1, 1);
}

/* lexicon: TERM <TAB> SCORE <TAB> EMOTIONS. SCORE is a polarity in -1..1,
 * "negate", "contrast" or "xF" (an intensifier multiplying by F). EMOTIONS is
 * "-" or a comma list of anger, fear, sadness, joy, distrust. */
static int lexicon_line(loader *ld, char *s) {
    char *cols[3] = {s, NULL, NULL};
    int n = 1;
    for (char *p = s; *p && n < 3; p++)
        if (*p == '\t') {
            *p = '\0';
            cols[n++] = p + 1;
        }
    if (n < 2)
        return load_err(ld, "expected TERM<TAB>SCORE[<TAB>EMOTIONS]");
    if (cols[2] && strchr(cols[2], '\t'))
        return load_err(ld, "more than three columns");
    term proto = {.kind = K_LEX};
    char *score = trim(cols[1]);
    double v;
    if (strcmp(score, "negate") == 0) {
        proto.lex_type = LEX_NEGATOR;
    } else if (strcmp(score, "contrast") == 0) {
        proto.lex_type = LEX_CONTRAST;
    } else if (score[0] == 'x') {
        if (parse_double(score + 1, 0.1, 5, &v) != 0)
            return load_err(ld, "intensifier '%s' must be x0.1..x5", score);
        proto.lex_type = LEX_INTENSIFIER;
        proto.value = (float)v;
    } else {
        if (parse_double(score, -1, 1, &v) != 0)
            return load_err(ld, "score '%s' must be a number in -1..1, negate, contrast or xF",
                            score);
        proto.lex_type = LEX_POLARITY;
        proto.value = (float)v;
    }
    char *emo = cols[2] ? trim(cols[2]) : (char *)"-";
    if (strcmp(emo, "-") != 0 && *emo) {
        for (char *p = emo;;) {
            char *comma = strchr(p, ',');
            if (comma)
                *comma = '\0';
            char *e = trim(p);
            int found = -1;
            for (int i = 0; i < N_EMOTIONS; i++)
                if (strcmp(e, emotion_names[i]) == 0)
                    found = i;
            if (found < 0)
                return load_err(ld, "unknown emotion '%s' (anger, fear, sadness, joy, distrust)",
                                e);
            proto.emotions |= (uint8_t)(1u << found);
            if (!comma)
                break;
            p = comma + 1;
        }
    }
    char *t = trim(cols[0]);
    if (strchr(t, ','))
        return load_err(ld, "one term per line in the lexicon");
    return add_term(ld, t, proto, 0);
}

/* A rule setting that counts words: a whole number in lo..hi. */
static int parse_words(loader *ld, char *v, const char *what, int lo, int hi, uint8_t *out) {
    double w;
    if (parse_double(trim(v), lo, hi, &w) != 0 || w != floor(w))
        return load_err(ld, "%s must be a whole number of words in %d..%d", what, lo, hi);
    *out = (uint8_t)w;
    return 0;
}

/* "@name: word | word | @other": a word class of urgency.conf, named once
 * and used as "@name" in any part of any rule that follows ("stoplicht &
 * @out", "with: @people"): a family of words is written down one time, so
 * a new word reaches every rule of the family. Classes may hold classes
 * defined before them. */
static int class_line(loader *ld, char *s) {
    char *colon = strchr(s, ':');
    if (!colon)
        return load_err(ld, "expected '@class: word | word ...'");
    *colon = '\0';
    char *name = trim(s + 1);
    if (!valid_id(name))
        return load_err(ld, "word class name '@%s' must be lower case a-z, 0-9, '-' or '_'", name);
    if (class_lookup(ld, name))
        return load_err(ld, "word class '@%s' defined twice", name);
    if (ld->nclasses >= LL_CLASSIFY_MAX_CLASSES)
        return load_err(ld, "more than %d word classes", LL_CLASSIFY_MAX_CLASSES);
    if (strchr(colon + 1, ',') || strchr(colon + 1, '&') || strchr(colon + 1, '~'))
        return load_err(
            ld, "word class '@%s': words are separated by '|' and hold no ',', '&' or '~'", name);
    char out[LL_CLASSIFY_CLASS_BYTES + 1];
    size_t o = 0;
    for (char *w = colon + 1;;) {
        char *bar = strchr(w, '|');
        if (bar)
            *bar = '\0';
        char *word = trim(w);
        if (!*word)
            return load_err(ld, "word class '@%s' has an empty word", name);
        const char *add = word;
        if (*word == '@' && !(add = class_lookup(ld, word + 1)))
            return load_err(ld, "unknown word class '%s' in '@%s'", word, name);
        size_t n = strlen(add);
        if (o + n + 1 > LL_CLASSIFY_CLASS_BYTES)
            return load_err(ld, "word class '@%s' longer than %d bytes", name,
                            LL_CLASSIFY_CLASS_BYTES);
        if (o)
            out[o++] = '|';
        memcpy(out + o, add, n);
        o += n;
        out[o] = '\0';
        if (!bar)
            break;
        w = bar + 1;
    }
    char *copy = strdup(out);
    if (!copy)
        return load_err(ld, "out of memory");
    snprintf(ld->class_name[ld->nclasses], sizeof(ld->class_name[0]), "%s", name);
    ld->class_words[ld->nclasses++] = copy;
    return 0;
}

/* urgency: "[level: name]" opens a rule (level critical, high or low);
 * other lines are comma-separated terms, or "context: terms" that must also
 * occur within LL_CLASSIFY_CONTEXT_TOKENS words for the rule to fire, or
 * "unless: terms" that stop it when they occur that near in the same
 * sentence, or "with: terms" (each such line one more group that must have
 * a word within "reach: N" words, any sentence), or one of the rule's
 * settings: "negation: blocks|ignored", "window: N" (words an "&" term may
 * span), "advice: text".
 * Terms match whole words unless written "+term". */
static int urgency_line(loader *ld, char *s) {
    model *md = ld->md;
    if (*s == '@') {
        /* "@name:" defines a class; "@name & ..." is a term that uses one. */
        const char *e =
            s + 1 +
            strspn(s + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
        e += strspn(e, " \t");
        if (*e == ':')
            return class_line(ld, s);
    }
    if (*s == '[') {
        char *end = strchr(s, ']');
        char *colon = strchr(s, ':');
        if (!end || trim(end + 1)[0] || !colon || colon > end)
            return load_err(ld, "expected [level: rule name]");
        *end = '\0';
        *colon = '\0';
        char *lvl = trim(s + 1), *name = trim(colon + 1);
        uint8_t level;
        if (strcmp(lvl, "critical") == 0)
            level = LVL_CRITICAL;
        else if (strcmp(lvl, "high") == 0)
            level = LVL_HIGH;
        else if (strcmp(lvl, "normal") == 0)
            level = LVL_PROBLEM;
        else if (strcmp(lvl, "low") == 0)
            level = LVL_LOW;
        else
            return load_err(ld, "level '%s' must be critical, high, normal or low", lvl);
        if (!*name || strlen(name) >= sizeof(md->rules[0].name))
            return load_err(ld, "rule name must be 1..%zu bytes", sizeof(md->rules[0].name) - 1);
        if (md->nrules >= LL_CLASSIFY_MAX_RULES)
            return load_err(ld, "more than %d rules", LL_CLASSIFY_MAX_RULES);
        rule_def *r = &md->rules[md->nrules++];
        snprintf(r->name, sizeof(r->name), "%s", name);
        r->level = level;
        r->has_context = 0;
        r->has_unless = 0;
        r->negation = NEG_BLOCKS;
        r->window = LL_CLASSIFY_WINDOW_TOKENS;
        r->advice[0] = '\0';
        r->nwith = 0;
        r->reach = LL_CLASSIFY_WITH_TOKENS;
        r->sentences = 1;
        r->theme = -1;
        r->theme_weight = 0;
        return 0;
    }
    if (md->nrules == 0)
        return load_err(ld, "terms before the first [level: rule name]");
    rule_def *r = &md->rules[md->nrules - 1];
    term proto = {.kind = K_URG, .owner = (uint16_t)(md->nrules - 1)};
    if (strncmp(s, "negation:", 9) == 0) {
        char *v = trim(s + 9);
        if (strcmp(v, "blocks") == 0)
            r->negation = NEG_BLOCKS;
        else if (strcmp(v, "ignored") == 0)
            r->negation = NEG_IGNORED;
        else
            return load_err(ld, "negation must be 'blocks' or 'ignored', not '%s'", v);
        return 0;
    }
    if (strncmp(s, "window:", 7) == 0)
        return parse_words(ld, s + 7, "window", 2, LL_CLASSIFY_MAX_WINDOW, &r->window);
    if (strncmp(s, "reach:", 6) == 0)
        return parse_words(ld, s + 6, "reach", 1, LL_CLASSIFY_MAX_REACH, &r->reach);
    if (strncmp(s, "sentences:", 10) == 0)
        return parse_words(ld, s + 10, "sentences", 1, LL_CLASSIFY_MAX_SENTENCES, &r->sentences);
    if (strncmp(s, "with:", 5) == 0) {
        if (r->nwith >= LL_CLASSIFY_MAX_WITH)
            return load_err(ld, "rule '%s' has more than %d 'with:' lines", r->name,
                            LL_CLASSIFY_MAX_WITH);
        proto.kind = K_CTX;
        proto.group = ++r->nwith;
        return add_term_list(ld, s + 5, proto, 0, 0);
    }
    if (strncmp(s, "theme:", 6) == 0) {
        /* The situation a rule recognises says what it is about: a dead
         * traffic light is "verkeer" however it is told. */
        char *v = trim(s + 6), *colon = strrchr(v, ':');
        double w = LL_CLASSIFY_RULE_THEME_WEIGHT;
        if (colon) {
            *colon = '\0';
            if (parse_double(trim(colon + 1), 0.05, 10, &w) != 0)
                return load_err(ld, "theme weight must be a number in 0.05..10");
        }
        v = trim(v);
        if (!valid_id(v))
            return load_err(ld, "theme id '%s' must be lower case a-z, 0-9, '-' or '_'", v);
        if (r->theme_weight > 0)
            return load_err(ld, "rule '%s' has a theme twice", r->name);
        /* One urgency file serves every taxonomy: one without this theme
         * (an agency's own, taxonomy-uitkering.conf) takes no vote. */
        for (size_t i = 0; i < md->nthemes; i++)
            if (strcmp(md->themes[i].id, v) == 0)
                r->theme = (int16_t)i;
        r->theme_weight = (float)w;
        return 0;
    }
    if (strncmp(s, "advice:", 7) == 0) {
        char *v = trim(s + 7);
        if (!*v || strlen(v) >= sizeof(r->advice))
            return load_err(ld, "advice must be 1..%zu bytes", sizeof(r->advice) - 1);
        for (const char *p = v; *p; p++)
            if ((unsigned char)*p < 0x20 || *p == '"' || *p == '\\')
                return load_err(ld,
                                "advice may not hold control characters, quotes or backslashes");
        if (r->advice[0])
            return load_err(ld, "rule '%s' has advice twice", r->name);
        snprintf(r->advice, sizeof(r->advice), "%s", v);
        return 0;
    }
    if (strncmp(s, "context:", 8) == 0) {
        proto.kind = K_CTX;
        r->has_context = 1;
        s += 8;
    } else if (strncmp(s, "unless:", 7) == 0) {
        proto.kind = K_UNLESS;
        r->has_unless = 1;
        s += 7;
    }
    return add_term_list(ld, s, proto, 0, 0);
}

/* The learned models' per-event memory, once the models are loaded. */
static int model_scratch(ll_classifier *c) {
    if (c->md->theme_nb && ll_nb_scratch_init(&c->theme_nbs, c->md->theme_nb) != 0)
        return -1;
    if (c->md->sent_nb && ll_nb_scratch_init(&c->sent_nbs, c->md->sent_nb) != 0)
        return -1;
    return 0;
}

/* A classifier on the rules md with its own working memory: every buffer
 * one event needs, sized once. NULL when out of memory. */
static ll_classifier *scratch_new(const model *md, char *errstr, size_t errlen) {
    ll_classifier *c = calloc(1, sizeof(*c));
    if (!c)
        goto oom;
    c->md = md;
    c->use_model = 1;
    if (!(c->tn = ll_textnorm_new(errstr, errlen))) {
        free(c);
        return NULL;
    }
    if (md->known) /* a worker's: the loading classifier's sets */
        ll_textnorm_set_spelling(c->tn, md->known, md->vocab);
    c->hits = calloc(LL_CLASSIFY_MAX_HITS, sizeof(*c->hits));
    c->hits_tmp = calloc(LL_CLASSIFY_MAX_HITS, sizeof(*c->hits_tmp));
    c->matches = calloc(LL_CLASSIFY_MAX_HITS, sizeof(*c->matches));
    c->tflags = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*c->tflags));
    c->tmult = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*c->tmult));
    c->tcover = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*c->tcover));
    c->tctx = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*c->tctx));
    c->tunless = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*c->tunless));
    if (!c->hits || !c->hits_tmp || !c->matches || !c->tflags || !c->tmult || !c->tcover ||
        !c->tctx || !c->tunless)
        goto oom;
    for (int g = 0; g < LL_CLASSIFY_MAX_WITH; g++)
        if (!(c->twith[g] = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*c->twith[g]))))
            goto oom;
    return c;
oom:
    snprintf(errstr, errlen, "out of memory");
    ll_classifier_free(c);
    return NULL;
}

ll_classifier *ll_classifier_new(const char *taxonomy_path, const char *lexicon_path,
                                 const char *urgency_path, char *errstr, size_t errlen) {
    model *md = calloc(1, sizeof(*md));
    if (!md) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    ll_classifier *c = scratch_new(md, errstr, errlen);
    if (!c) {
        free(md);
        return NULL;
    }
    c->own = md;
    loader ld = {.md = md, .tn = c->tn, .errstr = errstr, .errlen = errlen};
    md->m = ll_matcher_new();
    md->terms = calloc(LL_CLASSIFY_MAX_TERMS, sizeof(*md->terms));
    md->vocab = ll_wordset_new();
    if (!md->m || !md->terms || !md->vocab)
        goto oom;

    ld.path = taxonomy_path;
    if (read_lines(&ld, taxonomy_line) != 0)
        goto fail;
    if (md->nthemes == 0) {
        load_err(&ld, "no [theme-id] sections");
        goto fail;
    }
    if (load_models(&ld) != 0)
        goto fail;
    ld.path = lexicon_path;
    if (read_lines(&ld, lexicon_line) != 0)
        goto fail;
    ld.path = urgency_path;
    if (read_lines(&ld, urgency_line) != 0)
        goto fail;
    for (size_t i = 0; i < md->nrules; i++) {
        int has_terms = 0;
        for (size_t t = 0; t < md->nterms; t++)
            has_terms |= md->terms[t].kind == K_URG && md->terms[t].owner == i;
        if (!has_terms) {
            snprintf(errstr, errlen, "%s:%d: rule '%s' has no terms", urgency_path, ld.line,
                     md->rules[i].name);
            goto fail;
        }
    }
    if (ld.spelling_path[0]) {
        /* Only now: every term's words are in vocab, and the patterns were
         * folded without it. */
        char err[512];
        ld.path = taxonomy_path;
        ld.line = ld.spelling_line;
        if (!(md->known = ll_wordset_new()))
            goto oom;
        if (ll_wordset_read(md->known, ld.spelling_path, err, sizeof(err)) != 0) {
            load_err(&ld, "%s", err);
            goto fail;
        }
        ll_textnorm_set_spelling(c->tn, md->known, md->vocab);
    }
    if (!(c->near = calloc(md->nterms ? md->nterms : 1, sizeof(*c->near))) ||
        ll_matcher_compile(md->m) != 0 || model_scratch(c) != 0)
        goto oom;
    for (size_t i = 0; i < ld.nclasses; i++)
        free(ld.class_words[i]);
    return c;
oom:
    snprintf(errstr, errlen, "out of memory");
fail:
    for (size_t i = 0; i < ld.nclasses; i++)
        free(ld.class_words[i]);
    ll_classifier_free(c);
    return NULL;
}

ll_classifier *ll_classifier_worker(const ll_classifier *c, char *errstr, size_t errlen) {
    ll_classifier *w = scratch_new(c->md, errstr, errlen);
    if (w && (!(w->near = calloc(c->md->nterms ? c->md->nterms : 1, sizeof(*w->near))) ||
              model_scratch(w) != 0)) {
        snprintf(errstr, errlen, "out of memory");
        ll_classifier_free(w);
        return NULL;
    }
    return w;
}

void ll_classifier_free(ll_classifier *c) {
    if (!c)
        return;
    if (c->own) {
        ll_matcher_free(c->own->m);
        free(c->own->terms);
        ll_nb_free(c->own->theme_nb);
        ll_nb_free(c->own->sent_nb);
        ll_wordset_free(c->own->vocab);
        ll_wordset_free(c->own->known);
        free(c->own);
    }
    ll_textnorm_free(c->tn);
    free(c->hits);
    free(c->hits_tmp);
    free(c->matches);
    free(c->near);
    free(c->tflags);
    free(c->tmult);
    free(c->tcover);
    free(c->tctx);
    free(c->tunless);
    for (int g = 0; g < LL_CLASSIFY_MAX_WITH; g++)
        free(c->twith[g]);
    ll_nb_scratch_free(&c->theme_nbs);
    ll_nb_scratch_free(&c->sent_nbs);
    free(c);
}

size_t ll_classifier_themes(const ll_classifier *c) { return c->md->nthemes; }
const char *ll_classifier_theme_id(const ll_classifier *c, size_t i) {
    return i < c->md->nthemes ? c->md->themes[i].id : NULL;
}

/* --------------------------------------------------------------- matching */

typedef struct scan_ctx {
    ll_classifier *c;
    const char *stream;
    const int32_t *map;
    int surf; /* 1: surface stream, 0: stem stream */
} scan_ctx;

static size_t first_word_len(const char *s, size_t n) {
    const char *sp = memchr(s, ' ', n);
    return sp ? (size_t)(sp - s) : n;
}

static size_t last_word_len(const char *s, size_t n) {
    size_t i = n;
    while (i > 0 && s[i - 1] != ' ')
        i--;
    return n - i;
}

/* Dutch inflection endings a compound part may carry at the end of a word. */
static int inflection(const char *s, size_t n) {
    static const char *const endings[] = {"e", "en", "s", "n", "es", "er", "je"};
    for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++)
        if (strlen(endings[i]) == n && memcmp(s, endings[i], n) == 0)
            return 1;
    return 0;
}

/* A pattern occurrence becomes a hit when it covers whole words, or, for
 * compound terms, a long enough part of a compound with a long enough rest:
 * "afval" in "afvalcontainer", "toeslag" in "huurtoeslag", not "gas" in
 * "gast" nor "afval" in "afvallen". */
static void on_match(void *ctx, size_t start, size_t end, uint32_t value) {
    scan_ctx *sc = ctx;
    ll_classifier *c = sc->c;
    const term *t = &c->md->terms[value >> 4];
    if (!(value & (sc->surf ? V_SURF : V_STEM)))
        return;
    int32_t t0 = sc->map[start], t1 = sc->map[end - 1];
    if (t0 < 0 || t1 < 0)
        return;
    const ll_tok *a = &c->tn->toks[t0], *b = &c->tn->toks[t1];
    size_t ws = sc->surf ? a->surf : a->stem;
    size_t we = sc->surf ? b->surf + b->surf_len : b->stem + b->stem_len;
    size_t left = start - ws, right = we - end;
    /* "toeslag" in "huurtoeslagen": an ending, not another word. Only after
     * a compound's first part: whole words meet their inflections by stem. */
    if (left && right && right < LL_CLASSIFY_MIN_REST && sc->surf &&
        inflection(sc->stream + end, right))
        right = 0;
    if (left || right) {
        /* Compound parts only in the surface stream: stems of short words
         * collide inside compounds ("sloot" -> "slot" in "aangesloten"). */
        if (!t->compound || !sc->surf)
            return;
        size_t fw = first_word_len(sc->stream + start, end - start);
        size_t lw = last_word_len(sc->stream + start, end - start);
        if (left && (left < LL_CLASSIFY_MIN_REST || fw < LL_CLASSIFY_MIN_PART))
            return;
        if (right && (right < LL_CLASSIFY_MIN_REST || lw < LL_CLASSIFY_MIN_PART))
            return;
        if (left && right && fw < LL_CLASSIFY_MIN_PART + 1)
            return;
    }
    if (c->nhits >= LL_CLASSIFY_MAX_HITS)
        return;
    hit *h = &c->hits[c->nhits++];
    h->term = value >> 4;
    h->part = (uint8_t)(value & 3);
    h->t0 = t0;
    h->t1 = t1;
}

static int hit_cmp(const void *pa, const void *pb) {
    const hit *a = pa, *b = pb;
    if (a->t1 != b->t1)
        return a->t1 < b->t1 ? -1 : 1;
    if (a->t0 != b->t0)
        return a->t0 > b->t0 ? -1 : 1; /* longer first */
    if (a->term != b->term)
        return a->term < b->term ? -1 : 1;
    return (int)a->part - (int)b->part;
}

/* Sorts h[0..n) by hit_cmp with at most budget moves; -1 when it needs more
 * (h is then in some other order of the same hits). */
static int insertion_sort(hit *h, size_t n, size_t budget) {
    for (size_t i = 1; i < n; i++) {
        hit x = h[i];
        size_t j = i;
        for (; j > 0 && hit_cmp(&h[j - 1], &x) > 0; j--) {
            if (budget-- == 0)
                return -1;
            h[j] = h[j - 1];
        }
        h[j] = x;
    }
    return 0;
}

/* Puts the hits of both scans (the surface stream's are h[0..nsurf)) in
 * hit_cmp order. A scan reports hits in the order their words end, so each
 * scan's run is nearly sorted: sorting each in place and merging the two
 * takes a fraction of qsort's time (qsort was ~6% of an event's CPU). A run
 * with many hits out of place falls back to qsort. hit_cmp orders every
 * two different hits, so the result is the same either way. */
static void sort_hits(ll_classifier *c, size_t nsurf) {
    size_t n = c->nhits, budget = 8 * n + 64;
    if (insertion_sort(c->hits, nsurf, budget) != 0 ||
        insertion_sort(c->hits + nsurf, n - nsurf, budget) != 0) {
        qsort(c->hits, n, sizeof(*c->hits), hit_cmp);
        return;
    }
    const hit *a = c->hits, *ae = c->hits + nsurf, *b = ae, *be = c->hits + n;
    hit *o = c->hits_tmp;
    while (a < ae && b < be)
        *o++ = hit_cmp(a, b) <= 0 ? *a++ : *b++;
    while (a < ae)
        *o++ = *a++;
    while (b < be)
        *o++ = *b++;
    hit *t = c->hits;
    c->hits = c->hits_tmp;
    c->hits_tmp = t;
}

static int negator_in(const ll_classifier *c, int32_t from, int32_t to) {
    for (int32_t j = from; j <= to; j++)
        if (j >= 0 && (c->tflags[j] & TF_NEG))
            return 1;
    return 0;
}

/* The negator governing the word at t0: up to three words before it in
 * the same clause ("niet tevreden", "niet echt blij", "geen gaslucht"). */
static int32_t negator_before(const ll_classifier *c, int32_t t0) {
    const ll_tok *toks = c->tn->toks;
    for (int32_t j = t0 - 1; j >= 0 && j >= t0 - 3; j--) {
        if (toks[j].clause != toks[t0].clause)
            break;
        if (c->tflags[j] & TF_NEG)
            return j;
    }
    return -1;
}

/* An "&" term's parts seen so far in its last sentences (the rule's
 * "sentences:", default one), with h: 1 when every part is there, on words
 * of their own, within the rule's window; then [t0, t1] is their span and
 * neg says whether a negation stands in it outside the parts ("wil niet
 * dood"). */
static int all_parts_near(ll_classifier *c, const hit *h, int32_t *t0, int32_t *t1, uint8_t *neg) {
    const ll_tok *toks = c->tn->toks;
    const term *t = &c->md->terms[h->term];
    near_state *ns = &c->near[h->term];
    uint32_t sent = toks[h->t0].sent, span = c->md->rules[t->owner].sentences;
    if (ns->gen != c->gen) {
        ns->gen = c->gen;
        ns->have = 0;
    }
    /* Parts told too many sentences back no longer count. */
    for (int i = 0; i < t->nparts; i++)
        if ((ns->have & (1u << i)) && toks[ns->p0[i]].sent + span <= sent)
            ns->have &= (uint8_t) ~(1u << i);
    ns->sent = sent;
    ns->have |= (uint8_t)(1u << h->part);
    ns->p0[h->part] = h->t0;
    ns->p1[h->part] = h->t1;
    if (ns->have != (1u << t->nparts) - 1)
        return 0;
    int32_t lo = h->t0, hi = h->t1;
    for (int i = 0; i < t->nparts; i++) {
        if (ns->p0[i] < lo)
            lo = ns->p0[i];
        if (ns->p1[i] > hi)
            hi = ns->p1[i];
        for (int k = 0; k < i; k++)
            if (!(ns->p1[i] < ns->p0[k] || ns->p1[k] < ns->p0[i]))
                return 0; /* two parts on the same word */
    }
    if (hi - lo + 1 > c->md->rules[t->owner].window)
        return 0;
    uint8_t n = 0;
    for (int32_t j = lo; j <= hi && !n; j++) {
        int in_part = 0;
        for (int i = 0; i < t->nparts; i++)
            in_part |= j >= ns->p0[i] && j <= ns->p1[i];
        n = !in_part && (c->tflags[j] & TF_NEG);
    }
    ns->have = 0;
    *t0 = lo;
    *t1 = hi;
    *neg = n;
    return 1;
}

/* Hits in token order become matches; "~" terms need their parts in order,
 * in one sentence, at most LL_CLASSIFY_NEAR_TOKENS words apart. */
static void resolve_matches(ll_classifier *c) {
    const ll_tok *toks = c->tn->toks;
    c->nmatches = 0;
    /* Negations first: "ruik ~ gas" must see the "geen" between its parts. */
    size_t nt = c->tn->ntoks;
    memset(c->tflags, 0, nt * sizeof(*c->tflags));
    for (size_t i = 0; i < c->nhits; i++) {
        const term *t = &c->md->terms[c->hits[i].term];
        if (t->kind == K_LEX && t->lex_type == LEX_NEGATOR && t->nparts == 1)
            for (int32_t j = c->hits[i].t0; j <= c->hits[i].t1; j++)
                c->tflags[j] |= TF_NEG;
    }
    if (++c->gen == 0) {
        memset(c->near, 0, c->md->nterms * sizeof(*c->near));
        c->gen = 1;
    }
    for (size_t i = 0; i < c->nhits; i++) {
        const hit *h = &c->hits[i];
        if (i > 0 && hit_cmp(h, &c->hits[i - 1]) == 0)
            continue; /* the same hit via the surface and the stem */
        const term *t = &c->md->terms[h->term];
        int32_t t0 = h->t0, t1 = h->t1;
        uint8_t neg = 0;
        if (t->nparts > 1 && t->unordered) {
            if (!all_parts_near(c, h, &t0, &t1, &neg))
                continue;
        } else if (t->nparts > 1) {
            near_state *ns = &c->near[h->term];
            if (h->part == 0) {
                ns->gen = c->gen;
                ns->next = 1;
                ns->neg = 0;
                ns->t0 = h->t0;
                ns->t_end = h->t1;
                continue;
            }
            if (ns->gen != c->gen || ns->next != h->part || h->t0 <= ns->t_end ||
                h->t0 - ns->t_end - 1 > LL_CLASSIFY_NEAR_TOKENS ||
                toks[h->t0].sent != toks[ns->t0].sent)
                continue;
            ns->neg |= (uint8_t)negator_in(c, ns->t_end + 1, h->t0 - 1);
            ns->t_end = h->t1;
            if (++ns->next < t->nparts)
                continue;
            ns->gen = 0;
            t0 = ns->t0;
            neg = ns->neg;
        }
        if (c->nmatches >= LL_CLASSIFY_MAX_HITS)
            break;
        match *mt = &c->matches[c->nmatches++];
        mt->term = h->term;
        mt->t0 = t0;
        mt->t1 = t1;
        mt->gap_negated = neg;
    }
}

/* ---------------------------------------------------------------- reasons */

/* The citizen's own words of tokens t0..t1, one line, cut to fit. */
static void span_text(const ll_classifier *c, int32_t t0, int32_t t1, char *out, size_t cap) {
    const ll_tok *a = &c->tn->toks[t0], *b = &c->tn->toks[t1];
    size_t n = a->src == b->src ? (size_t)(b->orig + b->orig_len - a->orig) : a->orig_len;
    if (n > cap - 1) {
        n = cap - 1;
        while (n > 0 && ((unsigned char)a->orig[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n; i++) {
        char ch = a->orig[i];
        out[i] = ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : ch;
    }
    out[n] = '\0';
}

static void reasons_add(reasons *r, const char *s) {
    for (int i = 0; i < r->n; i++)
        if (strcasecmp(r->s[i], s) == 0)
            return;
    if (r->n >= LL_CLASSIFY_MAX_REASONS)
        return;
    size_t n = strnlen(s, LL_CLASSIFY_REASON_BYTES - 1); /* cut to fit */
    memcpy(r->s[r->n], s, n);
    r->s[r->n++][n] = '\0';
}

static void reasons_add_span(const ll_classifier *c, reasons *r, int32_t t0, int32_t t1) {
    char buf[LL_CLASSIFY_REASON_BYTES];
    span_text(c, t0, t1, buf, sizeof(buf));
    reasons_add(r, buf);
}

/* -------------------------------------------------------------- decisions */

static int add_reasons_array(cJSON *obj, const char *name, const reasons *r) {
    cJSON *arr = cJSON_AddArrayToObject(obj, name);
    if (!arr)
        return -1;
    for (int i = 0; i < r->n; i++) {
        cJSON *s = cJSON_CreateString(r->s[i]);
        if (!s || !cJSON_AddItemToArray(arr, s)) {
            cJSON_Delete(s);
            return -1;
        }
    }
    return 0;
}

static double round3(double v) { return round(v * 1000.0) / 1000.0; }

/* "model: 'word', 'two words'": the text's words that speak most for class
 * cls in the learned model, so its vote is explained like a rule's. */
static void model_reason(const ll_classifier *c, const ll_nb *nb, const ll_nb_scratch *s,
                         size_t nfeat, size_t cls, reasons *r) {
    int32_t t0[LL_NB_MAX_TOP], t1[LL_NB_MAX_TOP];
    size_t n = ll_nb_top(nb, c->tn, s, nfeat, cls, t0, t1);
    if (!n)
        return;
    char buf[LL_CLASSIFY_REASON_BYTES], word[LL_CLASSIFY_REASON_BYTES];
    size_t o = (size_t)snprintf(buf, sizeof(buf), "model:");
    for (size_t i = 0; i < n && o < sizeof(buf); i++) {
        span_text(c, t0[i], t1[i], word, sizeof(word));
        o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s '%s'", i ? "," : "", word);
    }
    reasons_add(r, buf); /* cut to a reason's length */
}

static int themes_stage(ll_classifier *c, cJSON *d) {
    for (size_t i = 0; i < c->md->nthemes; i++) {
        c->theme_score[i] = 0;
        c->theme_why[i].n = 0;
    }
    /* Greetings, sign-offs and the like never vote ("Met vriendelijke groet"
     * is no remark on how someone was treated). */
    for (size_t i = 0; i < c->nmatches; i++)
        if (c->md->terms[c->matches[i].term].kind == K_NOVOTE)
            for (int32_t j = c->matches[i].t0; j <= c->matches[i].t1; j++)
                c->tflags[j] |= TF_NOVOTE;
    /* The topic is told first: the first sentence of the text that names any
     * theme weighs half as much again (measured: development set 2, 0.750 ->
     * 0.772 top-1; the greeting before it does not count). */
    uint32_t topic_sent = UINT32_MAX;
    for (size_t i = 0; i < c->nmatches; i++) {
        const match *mt = &c->matches[i];
        const term *t = &c->md->terms[mt->term];
        if (t->kind != K_THEME)
            continue;
        int novote = 0;
        for (int32_t j = mt->t0; j <= mt->t1; j++)
            novote |= c->tflags[j] & TF_NOVOTE;
        if (novote)
            continue;
        const ll_tok *tok = &c->tn->toks[mt->t0];
        if (tok->src != 1 && tok->sent < topic_sent)
            topic_sent = tok->sent;
    }
    for (size_t i = 0; i < c->nmatches; i++) {
        const match *mt = &c->matches[i];
        const term *t = &c->md->terms[mt->term];
        if (t->kind != K_THEME)
            continue;
        int novote = 0;
        for (int32_t j = mt->t0; j <= mt->t1; j++)
            novote |= c->tflags[j] & TF_NOVOTE;
        if (novote)
            continue;
        /* The subject names what the citizen thinks it is about. */
        const ll_tok *tok = &c->tn->toks[mt->t0];
        double w = t->value * (tok->src == 1 ? 1.5 : 1.0) *
                   (tok->src != 1 && tok->sent == topic_sent ? 1.5 : 1.0);
        c->theme_score[t->owner] += w;
        reasons_add_span(c, &c->theme_why[t->owner], mt->t0, mt->t1);
    }
    /* Urgency rules that recognised a situation vote for its theme (they ran first). */
    for (size_t i = 0; i < c->md->nrules; i++) {
        const rule_def *r = &c->md->rules[i];
        if (!c->rule_fired[i] || r->theme < 0)
            continue;
        char why[sizeof(r->name) + 8]; /* reasons_add cuts it to a reason's length */
        snprintf(why, sizeof(why), "rule: %s", r->name);
        c->theme_score[r->theme] += r->theme_weight;
        reasons_add(&c->theme_why[r->theme], why);
    }
    /* The learned model votes for each theme by how much this text is like
     * the labelled messages of it (weight x posterior, at most the weight:
     * with the shipped 0.5 it breaks ties and lifts a weak rule over the
     * minimum, it never names a theme on its own). */
    const model *md = c->md;
    size_t nfeat = 0;
    double post[LL_NB_MAX_CLASSES] = {0};
    if (c->use_model && md->theme_nb) {
        nfeat = ll_nb_score(md->theme_nb, c->tn, &c->theme_nbs, md->theme_temp, post);
        for (size_t k = 0; k < ll_nb_classes(md->theme_nb); k++)
            c->theme_score[md->nb_theme[k]] += md->theme_weight * post[k];
    }
    int order[LL_CLASSIFY_MAX_THEMES];
    int n = 0;
    for (size_t i = 0; i < c->md->nthemes; i++)
        if (c->theme_score[i] > 0)
            order[n++] = (int)i;
    /* Insertion sort, stable: on a tie the theme listed first wins. */
    for (int i = 1; i < n; i++) {
        int v = order[i], j = i;
        while (j > 0 && c->theme_score[order[j - 1]] < c->theme_score[v]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    cJSON *arr = cJSON_AddArrayToObject(d, "themes");
    if (!arr)
        return -1;
    for (int i = 0; i < n && i < LL_CLASSIFY_MAX_OUT_THEMES; i++) {
        int th = order[i];
        /* Weak side themes (under a quarter of the best) are noise. */
        if (i > 0 && c->theme_score[th] < 0.25 * c->theme_score[order[0]])
            break;
        for (size_t k = 0; nfeat && k < ll_nb_classes(md->theme_nb); k++)
            if (md->nb_theme[k] == th && md->theme_weight * post[k] >= LL_CLASSIFY_MODEL_REASON)
                model_reason(c, md->theme_nb, &c->theme_nbs, nfeat, k, &c->theme_why[th]);
        cJSON *o = cJSON_CreateObject();
        if (!o || !cJSON_AddItemToArray(arr, o)) {
            cJSON_Delete(o);
            return -1;
        }
        if (!cJSON_AddStringToObject(o, "id", c->md->themes[th].id) ||
            !cJSON_AddNumberToObject(o, "score", round3(c->theme_score[th])) ||
            add_reasons_array(o, "matched", &c->theme_why[th]) != 0)
            return -1;
    }
    int confident = n && c->theme_score[order[0]] >= c->md->theme_min;
    return cJSON_AddStringToObject(d, "theme", confident ? c->md->themes[order[0]].id : "overig")
               ? 0
               : -1;
}

/* Marks negators, intensifiers and contrast words on their tokens, and the
 * longest polarity entry over each token so "geen probleem" hides "probleem". */
static void mark_tokens(ll_classifier *c) {
    size_t nt = c->tn->ntoks; /* tflags were cleared by resolve_matches */
    memset(c->tcover, 0, nt * sizeof(*c->tcover));
    memset(c->tctx, 0, nt * sizeof(*c->tctx));
    memset(c->tunless, 0, nt * sizeof(*c->tunless));
    for (int g = 0; g < LL_CLASSIFY_MAX_WITH; g++)
        memset(c->twith[g], 0, nt * sizeof(*c->twith[g]));
    for (size_t i = 0; i < nt; i++)
        c->tmult[i] = 1.0f;
    for (size_t i = 0; i < c->nmatches; i++) {
        const match *mt = &c->matches[i];
        const term *t = &c->md->terms[mt->term];
        for (int32_t j = mt->t0; j <= mt->t1; j++) {
            if (t->kind == K_CTX && t->group) {
                c->twith[t->group - 1][j] |= UINT64_C(1) << t->owner;
            } else if (t->kind == K_CTX) {
                c->tctx[j] |= UINT64_C(1) << t->owner;
            } else if (t->kind == K_UNLESS) {
                c->tunless[j] |= UINT64_C(1) << t->owner;
            } else if (t->kind == K_LEX) {
                uint16_t len = (uint16_t)(mt->t1 - mt->t0 + 1);
                switch (t->lex_type) {
                case LEX_NEGATOR:
                    c->tflags[j] |= TF_NEG;
                    break;
                case LEX_CONTRAST:
                    c->tflags[j] |= TF_CONTRAST;
                    break;
                case LEX_INTENSIFIER:
                    c->tflags[j] |= TF_INT;
                    c->tmult[j] = t->value;
                    break;
                default:
                    if (len > c->tcover[j])
                        c->tcover[j] = len;
                }
            }
        }
    }
}

static int has_contrast(const ll_classifier *c, int32_t from, int32_t to, uint32_t sent) {
    const ll_tok *toks = c->tn->toks;
    for (int32_t j = from; j <= to && j < (int32_t)c->tn->ntoks; j++) {
        if (j < 0 || toks[j].sent != sent)
            continue;
        if (c->tflags[j] & TF_CONTRAST)
            return 1;
    }
    return 0;
}

static int sentiment_stage(ll_classifier *c, cJSON *d, const char *kind, int problem,
                           const char **label_out) {
    const ll_tok *toks = c->tn->toks;
    double sum = 0;
    c->sent_why.n = 0;
    for (int e = 0; e < N_EMOTIONS; e++)
        c->emo_why[e].n = 0;
    int32_t last_t0 = -1, last_t1 = -1;
    for (size_t i = 0; i < c->nmatches; i++) {
        const match *mt = &c->matches[i];
        const term *t = &c->md->terms[mt->term];
        if (t->kind != K_LEX || t->lex_type != LEX_POLARITY)
            continue;
        uint16_t len = (uint16_t)(mt->t1 - mt->t0 + 1);
        int covered = 0;
        for (int32_t j = mt->t0; j <= mt->t1; j++)
            covered |= c->tcover[j] > len;
        if (covered || (mt->t0 == last_t0 && mt->t1 == last_t1))
            continue; /* inside a longer entry, or a second entry for the same words */
        /* Letter formulas ("Geachte ...", "Met vriendelijke groet") say
         * nothing of the writer's experience (the taxonomy's "[-]"). */
        int novote = 0;
        for (int32_t j = mt->t0; j <= mt->t1; j++)
            novote |= c->tflags[j] & TF_NOVOTE;
        if (novote)
            continue;
        last_t0 = mt->t0;
        last_t1 = mt->t1;
        double v = t->value;
        int32_t from = mt->t0;
        /* An entry that holds its own negation ("geen probleem") is not negated again. */
        int32_t neg = negator_in(c, mt->t0, mt->t1) ? -1 : negator_before(c, mt->t0);
        /* Intensifiers right before the word (or before its negation). */
        double mult = 1.0;
        for (int32_t j = mt->t0 - 1; j >= 0 && j >= mt->t0 - 3; j--) {
            if (toks[j].clause != toks[mt->t0].clause)
                break;
            if (c->tflags[j] & TF_INT) {
                mult *= c->tmult[j];
                if (j < from)
                    from = j;
            } else if (!(c->tflags[j] & TF_NEG)) {
                break;
            }
        }
        if (mult > 2.5)
            mult = 2.5;
        v *= mult;
        int caps = 0;
        for (int32_t j = mt->t0; j <= mt->t1; j++)
            caps |= toks[j].caps;
        if (caps)
            v *= 1.4; /* SHOUTED words weigh more */
        v *= 1.0 + 0.15 * toks[mt->t0].excl;
        /* "maar": what follows weighs more than what it takes back. */
        uint32_t sent = toks[mt->t0].sent;
        if (has_contrast(c, mt->t0 - 12, mt->t0 - 1, sent))
            v *= 1.5;
        else if (has_contrast(c, mt->t1 + 1, mt->t1 + 12, sent))
            v *= 0.5;
        if (neg >= 0) {
            /* "niet tevreden" is negative, "niet slecht" mildly positive. */
            v = -0.6 * v;
            if (neg < from)
                from = neg;
        }
        sum += v;
        reasons_add_span(c, &c->sent_why, from, mt->t1);
        if (neg < 0 && t->emotions)
            for (int e = 0; e < N_EMOTIONS; e++)
                if (t->emotions & (1u << e))
                    reasons_add_span(c, &c->emo_why[e], from, mt->t1);
    }
    /* A problem, a danger or a need that a rule named is what people report
     * in a flat voice ("de balkonplaat hangt los"): evidence of a negative
     * experience, weaker than the words that say so. */
    if (problem) {
        sum -= 0.3;
        reasons_add(&c->sent_why, "a problem named");
    }
    /* The kind of signal is evidence too, weaker than any word. */
    /* The learned model: how much the text is like the labelled negative
     * and positive messages (weight x (P(positive) - P(negative))). */
    const model *md = c->md;
    double learned = 0;
    if (c->use_model && md->sent_nb) {
        double post[3];
        size_t nfeat = ll_nb_score(md->sent_nb, c->tn, &c->sent_nbs, md->sent_temp, post);
        learned = md->sent_weight * (post[2] - post[0]);
        if (nfeat && fabs(learned) >= LL_CLASSIFY_MODEL_REASON)
            model_reason(c, md->sent_nb, &c->sent_nbs, nfeat, learned < 0 ? 0 : 2, &c->sent_why);
    }
    if (kind && (strcmp(kind, "complaint") == 0 || strcmp(kind, "objection") == 0)) {
        sum -= 0.3; /* a complaint is an expectation not met (domain.md) */
        reasons_add(&c->sent_why,
                    strcmp(kind, "complaint") == 0 ? "kind: complaint" : "kind: objection");
    } else if (kind && strcmp(kind, "compliment") == 0) {
        sum += 0.3;
        reasons_add(&c->sent_why, "kind: compliment");
    }
    /* The urgency stage reads the rules' label, not the model's: in
     * cross-validation the model's vote moved the low/normal level of
     * development messages both ways (10-fold: dev -1, dev 2 +2, dev 4 -1;
     * bench_model), so it is no evidence for a level, and a level stays
     * explained by rules. */
    double rules_score = sum / sqrt(sum * sum + 1.0);
    *label_out = rules_score >= 0.2 ? "positive" : rules_score <= -0.2 ? "negative" : "neutral";
    sum += learned;
    double score = sum / sqrt(sum * sum + 1.0);
    const char *label = score >= 0.2 ? "positive" : score <= -0.2 ? "negative" : "neutral";
    cJSON *s = cJSON_AddObjectToObject(d, "sentiment");
    if (!s || !cJSON_AddNumberToObject(s, "score", round3(score)) ||
        !cJSON_AddStringToObject(s, "label", label) ||
        add_reasons_array(s, "matched", &c->sent_why) != 0)
        return -1;
    cJSON *emo = cJSON_AddArrayToObject(d, "emotions");
    cJSON *why = cJSON_AddObjectToObject(d, "emotion_reasons");
    if (!emo || !why)
        return -1;
    for (int e = 0; e < N_EMOTIONS; e++) {
        if (!c->emo_why[e].n)
            continue;
        cJSON *name = cJSON_CreateString(emotion_names[e]);
        if (!name || !cJSON_AddItemToArray(emo, name)) {
            cJSON_Delete(name);
            return -1;
        }
        if (add_reasons_array(why, emotion_names[e], &c->emo_why[e]) != 0)
            return -1;
    }
    return 0;
}

/* A context word counts in the same sentence or within
 * LL_CLASSIFY_CONTEXT_TOKENS words (a call note may have no full stops). */
static int context_near(const ll_classifier *c, uint16_t rule, int32_t t0, int32_t t1) {
    const ll_tok *toks = c->tn->toks;
    int32_t nt = (int32_t)c->tn->ntoks;
    uint64_t bit = UINT64_C(1) << rule;
    for (int32_t j = t0;
         j >= 0 && (t0 - j <= LL_CLASSIFY_CONTEXT_TOKENS || toks[j].sent == toks[t0].sent); j--)
        if (c->tctx[j] & bit)
            return 1;
    /* Between the parts of a term too: "sluiten ze de stroom af". */
    for (int32_t j = t0 + 1; j < t1; j++)
        if (c->tctx[j] & bit)
            return 1;
    for (int32_t j = t1;
         j < nt && (j - t1 <= LL_CLASSIFY_CONTEXT_TOKENS || toks[j].sent == toks[t1].sent); j++)
        if (c->tctx[j] & bit)
            return 1;
    return 0;
}

/* Every "with:" group of the rule has a word within its reach of the match,
 * across sentences: a hazard, and people exposed to it, told in two. */
static int with_all_near(const ll_classifier *c, const rule_def *r, uint16_t rule, int32_t t0,
                         int32_t t1) {
    int32_t nt = (int32_t)c->tn->ntoks;
    uint64_t bit = UINT64_C(1) << rule;
    for (int g = 0; g < r->nwith; g++) {
        int found = 0;
        for (int32_t j = t0 - r->reach; j <= t1 + r->reach && !found; j++)
            found = j >= 0 && j < nt && (c->twith[g][j] & bit);
        if (!found)
            return 0;
    }
    return 1;
}

/* An "unless" word of the rule in the match's sentence, at most
 * LL_CLASSIFY_CONTEXT_TOKENS words away: "zelfmoord" in "politieke zelfmoord". */
static int unless_near(const ll_classifier *c, uint16_t rule, int32_t t0, int32_t t1) {
    const ll_tok *toks = c->tn->toks;
    int32_t nt = (int32_t)c->tn->ntoks;
    uint64_t bit = UINT64_C(1) << rule;
    for (int32_t j = t0 - LL_CLASSIFY_CONTEXT_TOKENS; j <= t1 + LL_CLASSIFY_CONTEXT_TOKENS; j++)
        if (j >= 0 && j < nt && toks[j].sent == toks[t0].sent && (c->tunless[j] & bit))
            return 1;
    return 0;
}

/* Which urgency rules fire, with their words; returns the strongest level. */
static int urgency_rules(ll_classifier *c) {
    memset(c->rule_fired, 0, c->md->nrules);
    for (size_t i = 0; i < c->md->nrules; i++)
        c->rule_why[i].n = 0;
    for (size_t i = 0; i < c->nmatches; i++) {
        const match *mt = &c->matches[i];
        const term *t = &c->md->terms[mt->term];
        if (t->kind != K_URG)
            continue;
        const rule_def *r = &c->md->rules[t->owner];
        /* "geen gaslucht meer", "niet afgesloten": a denied danger is none. */
        if (r->negation == NEG_BLOCKS && (mt->gap_negated || negator_before(c, mt->t0) >= 0))
            continue;
        if (r->has_context && !context_near(c, t->owner, mt->t0, mt->t1))
            continue;
        if (r->has_unless && unless_near(c, t->owner, mt->t0, mt->t1))
            continue;
        if (r->nwith && !with_all_near(c, r, t->owner, mt->t0, mt->t1))
            continue;
        c->rule_fired[t->owner] = 1;
        reasons_add_span(c, &c->rule_why[t->owner], mt->t0, mt->t1);
    }
    int level = LVL_NORMAL;
    for (size_t i = 0; i < c->md->nrules; i++)
        if (c->rule_fired[i] && c->md->rules[i].level > level)
            level = c->md->rules[i].level;
    return level;
}

static int urgency_stage(ll_classifier *c, cJSON *d, const char *kind, const char *label,
                         int level) {
    /* Nothing to fix for this person (contract.md): praise, an idea, a plain
     * question, as long as no rule names a problem; praise or a question
     * told in anger is not plain. An idea may be put sharply ("bloedheet"). */
    int negative = strcmp(label, "negative") == 0;
    const char *low_why = NULL;
    if (kind && strcmp(kind, "compliment") == 0 && !negative)
        low_why = "kind: compliment without a problem";
    else if (kind && strcmp(kind, "suggestion") == 0)
        low_why = "kind: suggestion without a problem";
    else if (kind && strcmp(kind, "question") == 0 && !negative)
        low_why = "kind: question without a problem";
    /* Praise inside a complaint ("wat fijn is, maar ...") does not make it low. */
    int grievance = kind && (strcmp(kind, "complaint") == 0 || strcmp(kind, "objection") == 0);
    if (level == LVL_LOW && (negative || grievance))
        level = LVL_NORMAL;
    if (level == LVL_NORMAL && low_why)
        level = LVL_LOW;

    cJSON *u = cJSON_AddObjectToObject(d, "urgency");
    cJSON *arr = u && cJSON_AddStringToObject(u, "level", ll_urgency_names[level_out[level]])
                     ? cJSON_AddArrayToObject(u, "reasons")
                     : NULL;
    if (!arr)
        return -1;
    char buf[LL_CLASSIFY_MAX_REASONS * (LL_CLASSIFY_REASON_BYTES + 4) + 128];
    int n = 0;
    for (int lv = LVL_CRITICAL; lv >= LVL_LOW; lv--) {
        if (lv == LVL_LOW && level != LVL_LOW)
            continue; /* praise beside a problem explains nothing */
        for (size_t i = 0; i < c->md->nrules; i++) {
            if (!c->rule_fired[i] || c->md->rules[i].level != lv)
                continue;
            size_t o = (size_t)snprintf(buf, sizeof(buf), "%s:", c->md->rules[i].name);
            for (int k = 0; k < c->rule_why[i].n && o < sizeof(buf); k++)
                o += (size_t)snprintf(buf + o, sizeof(buf) - o, "%s '%s'", k ? "," : "",
                                      c->rule_why[i].s[k]);
            cJSON *s = cJSON_CreateString(buf);
            if (!s || !cJSON_AddItemToArray(arr, s)) {
                cJSON_Delete(s);
                return -1;
            }
            n++;
        }
    }
    /* Advice of the rules that decided the level: who picks the signal up
     * needs it first ("113 Zelfmoordpreventie"). */
    char advice[4 * LL_CLASSIFY_ADVICE_BYTES];
    size_t ao = 0;
    advice[0] = '\0';
    for (size_t i = 0; i < c->md->nrules; i++) {
        const rule_def *r = &c->md->rules[i];
        if (!c->rule_fired[i] || r->level != level || !r->advice[0] || strstr(advice, r->advice))
            continue;
        int w = snprintf(advice + ao, sizeof(advice) - ao, "%s%s", ao ? " / " : "", r->advice);
        if (w < 0 || (size_t)w >= sizeof(advice) - ao) {
            advice[ao] = '\0'; /* the first ones fit; the rest is in the reasons */
            break;
        }
        ao += (size_t)w;
    }
    if (ao && !cJSON_AddStringToObject(u, "advice", advice))
        return -1;
    if (n == 0) {
        const char *why = level == LVL_LOW && low_why ? low_why : "no urgency rule matched";
        cJSON *s = cJSON_CreateString(why);
        if (!s || !cJSON_AddItemToArray(arr, s)) {
            cJSON_Delete(s);
            return -1;
        }
    }
    return 0;
}

/* A subject that only says where it was said ("Balie Stadswinkel Centrum,
 * 2"): office words, capitalised names and numbers, at least one office word.
 * Text the system wrote itself must not vote on the theme (issue 12). */
static int subject_is_office_label(const ll_classifier *c, const char *s) {
    int office = 0, words = 0;
    while (*s) {
        while (*s && !((unsigned char)*s >= 0x80 || (*s >= '0' && *s <= '9') ||
                       (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
            s++;
        const char *w = s;
        while ((unsigned char)*s >= 0x80 || (*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'z') ||
               (*s >= 'A' && *s <= 'Z') || *s == '-')
            s++;
        size_t n = (size_t)(s - w);
        if (!n)
            continue;
        if (++words > LL_CLASSIFY_OFFICE_WORDS)
            return 0;
        int known = 0;
        for (size_t i = 0; i < c->md->noffice && !known; i++)
            known = strlen(c->md->office[i]) == n && strncasecmp(c->md->office[i], w, n) == 0;
        if (known) {
            office = 1;
            continue;
        }
        int digits = 1;
        for (size_t i = 0; i < n && digits; i++)
            digits = w[i] >= '0' && w[i] <= '9';
        if (!digits && !(*w >= 'A' && *w <= 'Z'))
            return 0; /* a word of the citizen's own: "paspoort", "klacht over ..." */
    }
    return office;
}

void ll_classifier_use_model(ll_classifier *c, int on) { c->use_model = on; }

void ll_classifier_spelling(const ll_classifier *c, ll_textnorm *tn) {
    ll_textnorm_set_spelling(tn, c->md->known, c->md->vocab);
}

int ll_classify(ll_classifier *c, cJSON *data) {
    static const char *const outputs[] = {"themes",   "theme",           "sentiment",
                                          "emotions", "emotion_reasons", "urgency"};
    /* One walk over data's fields, not one per output (a field's first byte rules most out). */
    for (cJSON *it = data->child, *next; it; it = next) {
        next = it->next;
        for (size_t i = 0; it->string && i < sizeof(outputs) / sizeof(outputs[0]); i++)
            if (it->string[0] == outputs[i][0] && strcmp(it->string, outputs[i]) == 0) {
                cJSON_Delete(cJSON_DetachItemViaPointer(data, it));
                break;
            }
    }
    const char *text = ll_json_str(data, "text");
    const char *subject = ll_json_str(data, "subject");
    const char *kind = ll_json_str(data, "kind");

    ll_textnorm_reset(c->tn);
    if (subject && subject_is_office_label(c, subject))
        subject = NULL;
    if (subject)
        ll_textnorm_add(c->tn, subject, strnlen(subject, LL_MAX_SUBJECT_BYTES), 1);
    if (text)
        ll_textnorm_add(c->tn, text, strnlen(text, LL_MAX_TEXT_BYTES), 0);

    c->nhits = 0;
    scan_ctx sc = {.c = c, .stream = c->tn->surf, .map = c->tn->surf_tok, .surf = 1};
    ll_matcher_scan(c->md->m, c->tn->surf, c->tn->surf_len, on_match, &sc);
    size_t nsurf = c->nhits;
    sc = (scan_ctx){.c = c, .stream = c->tn->stem, .map = c->tn->stem_tok, .surf = 0};
    ll_matcher_scan(c->md->m, c->tn->stem, c->tn->stem_len, on_match, &sc);
    sort_hits(c, nsurf);
    resolve_matches(c);
    mark_tokens(c);

    const char *label = "neutral";
    int level = urgency_rules(c);
    if (themes_stage(c, data) != 0 ||
        sentiment_stage(c, data, kind, level >= LVL_PROBLEM, &label) != 0 ||
        urgency_stage(c, data, kind, label, level) != 0)
        return -1;
    return 0;
}
