/* classify_load.c - the taxonomy, lexicon and urgency files read into the classifier's
 * model: terms into the matcher, themes, rules with their word classes, the learned models
 * and the spelling list. Every error names FILE:LINE. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "classify_model.h"
#include "text.h"

/* ---------------------------------------------------------------- loading */

typedef struct loader {
    model *md;
    ll_textnorm *tn;
    int novote; /* inside the taxonomy's "[-]" (1) or "[- clause]" (2) section */
    /* Word classes of urgency.conf ("@people: kinderen | fietsers | ..."):
     * named once, used in any rule; only needed while loading. */
    char class_name[LL_CLASSIFY_MAX_CLASSES][LL_CLASSIFY_CLASS_NAME_BYTES];
    char *class_words[LL_CLASSIFY_MAX_CLASSES];
    size_t nclasses;
    /* "model:" and "sentiment-model:" of the taxonomy, read once its themes are known. */
    char model_path[2][1024];
    int model_line[2];
    char lexicon_path[1024]; /* "sentiment-lexicon:", read with the models */
    int lexicon_line;
    char spelling_path[1024]; /* "spelling:", read once every term is known */
    int spelling_line;
    char danger_path[2][1024]; /* urgency.conf's "danger-model:", read after its rules */
    int danger_line;
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

/* Dutch puts the finite verb second in a main clause: "ik ga het doen" is also
 * "vanavond ga ik het doen", "dat weet ik niet meer", "pillen heb ik genoeg". The
 * urgency file writes the subject first; an alternative that opens with a subject
 * pronoun and its verb gets a twin with the two swapped, which classify_match.c
 * takes only where a word of its sentence stands before it (something was
 * fronted): at a sentence's start "Ga ik dood?" asks. The verb agrees the same
 * way in both orders for these pronouns ("jij gaat" but "ga jij": not "jij",
 * "je"); "u" and "jullie" open an object as often ("als ik jullie bel"). A
 * second word that is no verb ("ik er nog ben", "ik zelfmoord pleeg") ends a
 * subordinate clause, whose verb comes last: no twin. Writes the twin of words
 * (joined by single spaces) to out; 0 when there is none. */
static int verb_second(const char *words, char *out, size_t cap) {
    static const char *const subjects[] = {"ik", "hij", "zij", "ze", "we", "wij"};
    static const char *const not_verbs[] = {
        "er",     "hier", "daar", "nog", "niet",      "ook",  "al",     "wel",
        "toch",   "zelf", "nu",   "dan", "u",         "je",   "jij",    "jullie",
        "hem",    "haar", "mij",  "me",  "ons",       "zich", "het",    "de",
        "een",    "dat",  "die",  "dit", "zelfmoord", "dood", "mezelf", "zichzelf",
        "alleen", "maar", "en",   "of",  "nooit",     "geen"};
    size_t n1 = strcspn(words, " ");
    if (!words[n1])
        return 0;
    const char *w2 = words + n1 + 1;
    size_t n2 = strcspn(w2, " ");
    int subject = 0, verb = 1;
    for (size_t i = 0; i < sizeof(subjects) / sizeof(subjects[0]); i++)
        subject |= strlen(subjects[i]) == n1 && memcmp(words, subjects[i], n1) == 0;
    for (size_t i = 0; i < sizeof(not_verbs) / sizeof(not_verbs[0]); i++)
        verb &= !(strlen(not_verbs[i]) == n2 && memcmp(w2, not_verbs[i], n2) == 0);
    if (!subject || !verb || n2 == 0 || strlen(words) >= cap)
        return 0;
    snprintf(out, cap, "%.*s %.*s%s", (int)n2, w2, (int)n1, words, w2 + n2);
    return 1;
}

/* Adds one alternative p of part v of term t (as written, for messages) to
 * the matcher: its surface form and, unless quoted, its stem; with invert, also
 * its verb-second twin (verb_second). */
static int add_alt(loader *ld, char *p, uint32_t v, const char *t, int invert) {
    model *md = ld->md;
    char surf[LL_MATCHER_MAX_PATTERN + 1], stem[LL_MATCHER_MAX_PATTERN + 1];
    size_t pl = strlen(p);
    /* "word": exactly this form, not its stem ("brand", not "branden"). */
    int exact = pl >= 2 && p[0] == '"' && p[pl - 1] == '"';
    /* "+word" inside a part or a word class ("a|+b", "@c: x | +y"): this
     * alternative also matches as a part of a compound, as a term's leading
     * "+" makes all of them do ("+journaal" in "jeugdjournaal"). */
    if (!exact && pl >= 2 && p[0] == '+') {
        v |= V_COMP;
        p = trim(p + 1);
        pl = strlen(p);
    }
    if (exact) {
        p[pl - 1] = '\0';
        p++;
    }
    /* ".ik ga." (urgency terms): a sentence of these words alone, ".w" opening
     * one, "w." closing one. A farewell is as often in what a sentence leaves
     * out: "Ik ga." goes nowhere that it names. */
    if (invert && !exact && strlen(p) >= 2 && p[strlen(p) - 1] == '.') {
        v |= V_END;
        p[strlen(p) - 1] = '\0';
        p = trim(p);
    }
    if (invert && !exact && strlen(p) >= 2 && p[0] == '.') {
        v |= V_BEGIN;
        p = trim(p + 1);
    }
    /* "(87": a word right after an opening bracket ("mijn moeder (87) woont alleen"). */
    if (invert && !exact && strlen(p) >= 2 && p[0] == '(') {
        v |= V_PAREN;
        p = trim(p + 1);
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
    char isurf[LL_MATCHER_MAX_PATTERN + 1], istem[LL_MATCHER_MAX_PATTERN + 1];
    /* A compound part is a word's part, not a clause's: no order to turn. */
    if (!invert || (v & (V_COMP | V_BEGIN | V_PAREN)) || !verb_second(surf, isurf, sizeof(isurf)) ||
        !verb_second(stem, istem, sizeof(istem)))
        return 0;
    if (ll_matcher_add(md->m, isurf, strlen(isurf), vs | V_INV) != 0 ||
        (!exact && !same && ll_matcher_add(md->m, istem, strlen(istem), v | V_STEM | V_INV) != 0))
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
    /* Word order is the urgency rules' concern: a theme or a feeling is told by
     * its words in either order already. */
    int invert = proto.kind == K_URG || proto.kind == K_CTX || proto.kind == K_UNLESS ||
                 proto.kind == K_FRAME || proto.kind == K_BEFORE || proto.kind == K_SCOPE;
    proto.nparts = (uint8_t)np;
    proto.unordered = (uint8_t)has_amp;
    proto.near = (uint16_t)(np > 1 ? md->nnear++ : 0);
    uint32_t neg = proto.kind == K_LEX && proto.lex_type == LEX_NEGATOR && np == 1 ? V_NEG : 0;
    for (int i = 0; i < np; i++) {
        char *alt = parts[i];
        for (;;) {
            char *bar = strchr(alt, '|');
            if (bar)
                *bar = '\0';
            char *p = trim(alt);
            /* A compound term's every alternative as if written "+word": the
             * matcher's filter sees it in the value (classify_match.c). */
            uint32_t v = ti << V_TERM_SHIFT | (uint32_t)i | (proto.compound ? V_COMP : 0) | neg;
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
                    if (add_alt(ld, trim(w), v, t, invert) != 0)
                        return -1;
                    if (!wbar)
                        break;
                    w = wbar + 1;
                }
            } else if (add_alt(ld, p, v, t, invert) != 0) {
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
    char buf[LL_MAX_CONFIG_LINE + 2], *s;
    /* Leading and trailing blanks only: tabs inside separate TSV columns. */
    ll_lines lr = {.f = f,
                   .buf = buf,
                   .cap = sizeof(buf),
                   .trim = LL_LINES_START_SPACES | LL_LINES_END_SPACES};
    int rc = 0;
    while (rc == 0 && (s = ll_lines_next(&lr))) {
        ld->line = lr.lineno;
        rc = fn(ld, s);
    }
    ld->line = lr.lineno;
    if (rc == 0 && lr.stop == LL_LINES_TOO_LONG)
        rc = load_err(ld, "line longer than %d bytes", LL_MAX_CONFIG_LINE);
    else if (rc == 0 && lr.stop == LL_LINES_READ_ERROR)
        rc = load_err(ld, "read error");
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

/* A file named on a line of this config: an absolute path as given, any other beside this
 * file. Nonzero when PATH cannot hold it. */
static int beside(const loader *ld, const char *file, char *path, size_t size) {
    const char *slash = strrchr(ld->path, '/');
    int dir = *file == '/' || !slash ? 0 : (int)(slash - ld->path + 1);
    return snprintf(path, size, "%.*s%s", dir, ld->path, file) >= (int)size;
}

/* "model: FILE WEIGHT TEMPERATURE [complement [product] [odds S] [pairs P]]" (themes) or
 * "sentiment-model: FILE WEIGHT TEMPERATURE [KIND W]...": a learned model beside the
 * taxonomy file, whose posterior adds WEIGHT x P(class) to the rules'
 * evidence; a "complement" theme model adds WEIGHT x log(P(theme) / P(its
 * best theme)) instead, and with "product" multiplies the rules' score by
 * (P(theme) / P(its best theme)) ^ WEIGHT (classify.c), P tempered by TEMPERATURE. "odds S"
 * and "pairs P" (each 0..1, in either order) weigh the complement model's features
 * (ll_nb_complement's own and pairs). A sentiment model's vote weighs W instead of WEIGHT in
 * a message of that KIND (one of ll_kinds, each at most once). */
#define MODEL_LINE_WORDS (3 + 2 * LL_KINDS_N) /* FILE WEIGHT TEMPERATURE and a weight a kind */
static int model_line(loader *ld, char *s) {
    int k = s[0] == 's';
    char *v = trim(strchr(s, ':') + 1), *word[MODEL_LINE_WORDS + 1], *save = NULL;
    size_t n = 0, i = 3;
    for (char *t = strtok_r(v, " \t", &save); t && n <= MODEL_LINE_WORDS;
         t = strtok_r(NULL, " \t", &save))
        word[n++] = t;
    double w = 0, t = 0, own = 0, pairs = 1;
    int ok = n >= 3 && n <= MODEL_LINE_WORDS && strlen(word[0]) < 256 && !strchr(word[0], '/') &&
             parse_double(word[1], 0, 10, &w) == 0 && parse_double(word[2], 0.1, 100, &t) == 0;
    int complement = ok && !k && i < n && strcmp(word[i], "complement") == 0;
    i += complement;
    int product = complement && i < n && strcmp(word[i], "product") == 0;
    i += product;
    double kind_w[LL_KINDS_N];
    for (int j = 0; j < LL_KINDS_N; j++)
        kind_w[j] = w;
    for (unsigned named = 0; ok && k && i + 1 < n; i += 2) {
        int j = ll_kind_index(word[i]);
        if (j < 0 || (named & (1u << j)) || parse_double(word[i + 1], 0, 10, &kind_w[j]) != 0)
            break;
        named |= 1u << j;
    }
    for (int has_own = 0, has_pairs = 0; complement && i + 1 < n; i += 2) {
        if (!has_own && strcmp(word[i], "odds") == 0 && parse_double(word[i + 1], 0, 1, &own) == 0)
            has_own = 1;
        else if (!has_pairs && strcmp(word[i], "pairs") == 0 &&
                 parse_double(word[i + 1], 0, 1, &pairs) == 0)
            has_pairs = 1;
        else
            break;
    }
    if (!ok || i != n)
        return load_err(ld,
                        "expected '%s FILE WEIGHT TEMPERATURE%s' (a file beside this one, "
                        "weight 0..10, temperature 0.1..100%s)",
                        k ? "sentiment-model:" : "model:",
                        k ? " [KIND W]..." : " [complement [product] [odds S] [pairs P]]",
                        k ? ", a kind once, W 0..10" : ", S and P 0..1");
    const char *file = word[0];
    if (ld->model_path[k][0])
        return load_err(ld, "%s given twice", k ? "sentiment-model" : "model");
    if (beside(ld, file, ld->model_path[k], sizeof(ld->model_path[k])))
        return load_err(ld, "model path too long");
    ld->model_line[k] = ld->line;
    if (k) {
        ld->md->sent_weight = w;
        ld->md->sent_temp = t;
        memcpy(ld->md->sent_kind_weight, kind_w, sizeof(kind_w));
    } else {
        ld->md->theme_weight = w;
        ld->md->theme_temp = t;
        ld->md->theme_complement = complement;
        ld->md->theme_product = product;
        ld->md->theme_own = own;
        ld->md->theme_pairs = pairs;
    }
    return 0;
}

/* "sentiment-lexicon: FILE WEIGHT": a general polarity lexicon beside the
 * taxonomy file (config/sentiment-pattern-nl.tsv says where it comes from). */
static int general_lexicon_line(loader *ld, char *s) {
    char *v = trim(strchr(s, ':') + 1), file[256], ws[32];
    double w;
    if (sscanf(v, "%255s %31s", file, ws) != 2 || parse_double(ws, 0, 10, &w) != 0 ||
        strchr(file, '/'))
        return load_err(ld, "expected 'sentiment-lexicon: FILE WEIGHT' (a file beside this one, "
                            "weight 0..10)");
    if (ld->lexicon_path[0])
        return load_err(ld, "sentiment-lexicon given twice");
    if (beside(ld, file, ld->lexicon_path, sizeof(ld->lexicon_path)))
        return load_err(ld, "sentiment-lexicon path too long");
    ld->lexicon_line = ld->line;
    ld->md->gen_lex_weight = w;
    return 0;
}

/* The general lexicon's lines, "STEM<TAB>POLARITY" (-1..1; '#' comments):
 * each stem folded as the text's words are, kept with its polarity. */
static int load_lexicon(loader *ld) {
    model *md = ld->md;
    FILE *f = fopen(ld->lexicon_path, "r");
    if (!f)
        return load_err(ld, "%s: %s", ld->lexicon_path, strerror(errno));
    if (!(md->gen_lex = ll_wordset_new())) {
        fclose(f);
        return load_err(ld, "out of memory");
    }
    char line[LL_WORDLIST_LINE + 2], surf[LL_WORDLIST_LINE + 1], stem[LL_WORDLIST_LINE + 1];
    int lineno = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof(line), f)) {
        lineno++;
        char *s = trim(line), *tab = strchr(s, '\t');
        if (!*s || *s == '#')
            continue;
        double p;
        char num[16];
        if (!tab || parse_double(trim(tab + 1), -1, 1, &p) != 0)
            rc = -1;
        else
            *tab = '\0';
        if (rc == 0 && ll_textnorm_pattern(ld->tn, s, surf, stem, sizeof(stem)) != 1)
            rc = -1; /* not one word */
        if (rc == 0) {
            int n = snprintf(num, sizeof(num), "%.2f", p);
            if (ll_wordset_add(md->gen_lex, stem, strlen(stem), num, (size_t)n) != 0) {
                fclose(f);
                return load_err(ld, "%s: out of memory", ld->lexicon_path);
            }
        }
    }
    fclose(f);
    if (rc != 0)
        return load_err(ld, "%s:%d: expected 'WORD<TAB>POLARITY' (one word, -1..1)",
                        ld->lexicon_path, lineno);
    return 0;
}

/* Reads the models the taxonomy named; their classes must be its themes
 * (the theme model) or the three sentiment labels. */
static int load_models(loader *ld) {
    model *md = ld->md;
    char err[512];
    if (ld->lexicon_path[0]) {
        ld->line = ld->lexicon_line;
        if (load_lexicon(ld) != 0)
            return -1;
    }
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
            ll_nb_seal(nb);
            continue;
        }
        md->theme_nb = nb;
        if (md->theme_complement && ll_nb_complement(nb, md->theme_own, md->theme_pairs) != 0)
            return load_err(ld, "out of memory");
        ll_nb_seal(nb);
        md->theme_overig = -1;
        for (size_t i = 0; i < ll_nb_classes(nb); i++) {
            md->nb_theme[i] = -1;
            for (size_t t = 0; t < md->nthemes; t++)
                if (strcmp(md->themes[t].id, ll_nb_class_id(nb, i)) == 0)
                    md->nb_theme[i] = (int16_t)t;
            if (md->nb_theme[i] < 0)
                return load_err(ld, "%s: class '%s' is no theme of this taxonomy",
                                ld->model_path[k], ll_nb_class_id(nb, i));
            if (strcmp(ll_nb_class_id(nb, i), "overig") == 0)
                md->theme_overig = md->nb_theme[i];
        }
    }
    return 0;
}

/* taxonomy: "[id]" opens a theme; other lines are comma-separated terms,
 * each optionally "term:weight". Terms may match parts of compounds. */
/* A "KEY: word, word, ..." line of the taxonomy into words[*n..] (at most max, each
 * shorter than LL_CLASSIFY_OFFICE_BYTES and without blanks); s is what follows the key. */
static int word_line(loader *ld, char *s, const char *key, char (*words)[LL_CLASSIFY_OFFICE_BYTES],
                     size_t *n, size_t max) {
    for (char *w = s, *comma; w; w = comma ? comma + 1 : NULL) {
        comma = strchr(w, ',');
        if (comma)
            *comma = '\0';
        w = trim(w);
        size_t len = strlen(w);
        while (len && (w[len - 1] == ' ' || w[len - 1] == '\t'))
            w[--len] = '\0';
        if (!len || len >= LL_CLASSIFY_OFFICE_BYTES || strpbrk(w, " \t"))
            return load_err(ld, "%s: one word each, 1..%d bytes", key,
                            LL_CLASSIFY_OFFICE_BYTES - 1);
        if (*n >= max)
            return load_err(ld, "more than %zu %s words", max, key);
        memcpy(words[(*n)++], w, len + 1);
    }
    return 0;
}

static int taxonomy_line(loader *ld, char *s) {
    model *md = ld->md;
    if (strncmp(s, "model:", 6) == 0 || strncmp(s, "sentiment-model:", 16) == 0)
        return model_line(ld, s);
    if (strncmp(s, "sentiment-lexicon:", 18) == 0)
        return general_lexicon_line(ld, s);
    if (strncmp(s, "spelling:", 9) == 0) {
        char *v = trim(s + 9);
        if (!*v || strpbrk(v, " \t"))
            return load_err(ld, "expected 'spelling: WORDLIST' (one path)");
        if (ld->spelling_path[0])
            return load_err(ld, "spelling given twice");
        if (beside(ld, v, ld->spelling_path, sizeof(ld->spelling_path)))
            return load_err(ld, "spelling path too long");
        ld->spelling_line = ld->line;
        return 0;
    }
    if (strncmp(s, "minimum:", 8) == 0) {
        if (parse_double(trim(s + 8), 0, 100, &md->theme_min) != 0)
            return load_err(ld, "minimum must be a score in 0..100");
        return 0;
    }
    /* Inside a theme's section: that theme says how a service was given, not which, and
     * counts FACTOR of its rules' score where a rule names another theme too. */
    if (strncmp(s, "yields:", 7) == 0) {
        if (md->nthemes == 0 || ld->novote)
            return load_err(ld, "yields: only inside a theme's section");
        if (md->theme_yield[md->nthemes - 1] > 0)
            return load_err(ld, "yields: given twice for '%s'", md->themes[md->nthemes - 1].id);
        if (parse_double(trim(s + 7), 0.05, 0.95, &md->theme_yield[md->nthemes - 1]) != 0)
            return load_err(ld, "yields: the factor must be in 0.05..0.95");
        return 0;
    }
    if (strncmp(s, "office:", 7) == 0)
        return word_line(ld, s + 7, "office", md->office, &md->noffice, LL_CLASSIFY_MAX_OFFICE);
    if (strncmp(s, "labels:", 7) == 0)
        return word_line(ld, s + 7, "labels", md->label, &md->nlabel, LL_CLASSIFY_MAX_LABELS);
    if (strncmp(s, "messengers:", 11) == 0)
        return word_line(ld, s + 11, "messengers", md->messenger, &md->nmessenger,
                         LL_CLASSIFY_MAX_LABELS);
    if (strcmp(s, "[-]") == 0 || strcmp(s, "[- clause]") == 0) {
        ld->novote = s[2] == ']' ? 1 : 2;
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
        /* group 1: the rest of the clause it opens does not vote either */
        term proto = {.kind = K_NOVOTE, .group = (uint8_t)(ld->novote - 1), .value = 1.0f};
        return add_term_list(ld, s, proto, 0, 0);
    }
    if (md->nthemes == 0)
        return load_err(ld, "terms before the first [theme-id]");
    term proto = {.kind = K_THEME, .owner = (uint16_t)(md->nthemes - 1), .value = 1.0f};
    return add_term_list(ld, s, proto, 1, 1);
}

/* lexicon: TERM <TAB> SCORE <TAB> EMOTIONS. SCORE is a polarity in -1..1,
 * "negate", "contrast", "xF" (an intensifier multiplying by F) or "address"
 * (a salutation: the words after it name the reader). EMOTIONS is
 * "-" or a comma list of anger, fear, sadness, joy, distrust, and "topic"
 * (no emotion: what the entry names is what a question asks about). */
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
    } else if (strcmp(score, "address") == 0) {
        proto.lex_type = LEX_ADDRESS;
    } else if (score[0] == 'x') {
        if (parse_double(score + 1, 0.1, 5, &v) != 0)
            return load_err(ld, "intensifier '%s' must be x0.1..x5", score);
        proto.lex_type = LEX_INTENSIFIER;
        proto.value = (float)v;
    } else {
        if (parse_double(score, -1, 1, &v) != 0)
            return load_err(ld,
                            "score '%s' must be a number in -1..1, negate, contrast, address "
                            "or xF",
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
            if (strcmp(e, "topic") == 0 && proto.lex_type == LEX_POLARITY)
                proto.topic = 1;
            else if (found < 0)
                return load_err(ld,
                                "unknown emotion '%s' (anger, fear, sadness, joy, distrust; "
                                "topic on a scored entry)",
                                e);
            else
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

/* "danger-model: PARTS MIN WORDS MIN [SUICIDAL [DPARTS DWORDS]] [bernoulli]": the learned
 * models of danger beside urgency.conf (written by bench_model --train), read once
 * the rules are; a text no rule made critical is critical when the parts model's
 * P(danger) + P(suicidal) and the words model's P(danger) + P(suicidal) both reach
 * their MIN, or (SUICIDAL given) a suicidal statement when the words model's
 * P(suicidal) reaches SUICIDAL, or (DPARTS and DWORDS given) an acute danger when
 * the parts model's P(danger) + P(suicidal) reaches DPARTS and the words model's
 * P(danger) alone reaches DWORDS. "bernoulli" weighs the words model as Bernoulli naive Bayes
 * (ll_nb_bernoulli; measured, not shipped: bench_model's WORDS_LEARNED_SETS). */
static int danger_line(loader *ld, char *v) {
    char file[256], ms[32], sfile[256], sms[32], sus[32], dps[32], dws[32], extra[2];
    double min, smin, sumin = 2, dpmin = 2, dwmin = 2; /* above any P: never */
    v = trim(v);
    /* A last word "bernoulli": the words model weighs by the share of each class's texts
     * holding a feature (ll_nb_bernoulli), not by the multinomial counts. */
    size_t vl = strlen(v), bl = strlen(" bernoulli");
    int bernoulli = vl > bl && strcmp(v + vl - bl, " bernoulli") == 0;
    if (bernoulli)
        v[vl - bl] = '\0';
    int n = sscanf(v, "%255s %31s %255s %31s %31s %31s %31s %1s", file, ms, sfile, sms, sus, dps,
                   dws, extra);
    if ((n != 4 && n != 5 && n != 7) || parse_double(ms, 0.5, 1, &min) != 0 ||
        parse_double(sms, 0.5, 1, &smin) != 0 || (n >= 5 && parse_double(sus, 0.5, 1, &sumin)) ||
        (n == 7 && (parse_double(dps, 0.5, 1, &dpmin) || parse_double(dws, 0.5, 1, &dwmin))) ||
        strchr(file, '/') || strchr(sfile, '/'))
        return load_err(ld, "expected 'danger-model: PARTS MIN WORDS MIN [SUICIDAL [DPARTS "
                            "DWORDS]] [bernoulli]' (two files beside this one, each figure "
                            "0.5..1)");
    if (ld->danger_path[0][0])
        return load_err(ld, "danger-model given twice");
    if (beside(ld, file, ld->danger_path[0], sizeof(ld->danger_path[0])) ||
        beside(ld, sfile, ld->danger_path[1], sizeof(ld->danger_path[1])))
        return load_err(ld, "model path too long");
    ld->danger_line = ld->line;
    ld->md->danger_gates = (ll_danger_gates){min, smin, sumin, dpmin, dwmin};
    ld->md->danger_words_bernoulli = bernoulli;
    return 0;
}

void ll_classify_danger_key(const model *md, int a, int b, char *out) {
    const rule_def *r = &md->rules[a];
    /* Feature names are shorter than LL_CLASSIFY_FEATURE_NAME_BYTES (read
     * above), rule names than their field: the precisions cut nothing. */
    enum { PART = LL_CLASSIFY_FEATURE_NAME_BYTES - 1, RULE = LL_NB_KEY_BYTES - 9 };
    if (b >= 0)
        snprintf(out, LL_NB_KEY_BYTES, "%.*s + %.*s", (int)PART, r->name, (int)PART,
                 md->rules[b].name);
    else
        snprintf(out, LL_NB_KEY_BYTES, "%s: %.*s",
                 r->feature                 ? "part"
                 : r->level == LVL_CRITICAL ? "denied"
                                            : "rule",
                 (int)RULE, r->name);
}

/* "suicidal-model: FILE MIN [VETO]": the logistic model of suicidal statements (lrmodel.h,
 * written by bench_model --train) beside this file. A text no rule made critical, whose
 * suicidal families no frame set aside and whose self-harm no negation denied, is a
 * suicidal statement when its P(suicidal) reaches MIN; with VETO, the naive Bayes words
 * model's own suicidal gate (danger-model's SUICIDAL) also needs this model's P to reach
 * VETO. */
static int suicidal_model_line(loader *ld, char *v) {
    char file[256], ms[32], vs[32], extra[2], path[1024], err[512];
    double min, veto = 0;
    v = trim(v);
    int n = sscanf(v, "%255s %31s %31s %1s", file, ms, vs, extra);
    if ((n != 2 && n != 3) || parse_double(ms, 0.5, 2, &min) != 0 ||
        (n == 3 && parse_double(vs, 0, 1, &veto) != 0) || strchr(file, '/'))
        return load_err(ld, "expected 'suicidal-model: FILE MIN [VETO]' (a file beside this one, "
                            "MIN 0.5..2 (above 1: never alone), VETO 0..1)");
    if (ld->md->sui_lr)
        return load_err(ld, "suicidal-model given twice");
    if (beside(ld, file, path, sizeof(path)))
        return load_err(ld, "model path too long");
    if (!(ld->md->sui_lr = ll_lr_read(path, err, sizeof(err))))
        return load_err(ld, "%s", err);
    ld->md->sui_lr_min = min;
    ld->md->sui_lr_veto = veto;
    return 0;
}

/* "question-model: FILE WEIGHT" and "high-model: FILE WEIGHT" (name): a naive Bayes model of
 * two levels (classes lower, upper: low and normal for a question, normal and high; written by
 * bench_model --train) beside this file; the rules' own level votes WEIGHT nats against it
 * (classify.c, model_turns). Not joined with the other models: each is small, and a column in
 * the joint would cost every key of the others 4 bytes. */
static int vote_model_line(loader *ld, char *v, const char *name, const char *lower,
                           const char *upper, ll_nb **nb_out, double *w_out) {
    char file[256], ws[32], extra[2], path[1024], err[512];
    double w;
    v = trim(v);
    if (sscanf(v, "%255s %31s %1s", file, ws, extra) != 2 || parse_double(ws, 0, 100, &w) != 0 ||
        strchr(file, '/'))
        return load_err(
            ld, "expected '%s: FILE WEIGHT' (a file beside this one, WEIGHT 0..100 nats)", name);
    if (*nb_out)
        return load_err(ld, "%s given twice", name);
    if (beside(ld, file, path, sizeof(path)))
        return load_err(ld, "model path too long");
    ll_nb *nb = ll_nb_read(path, err, sizeof(err));
    if (!nb)
        return load_err(ld, "%s", err);
    if (ll_nb_classes(nb) != 2 || strcmp(ll_nb_class_id(nb, 0), lower) != 0 ||
        strcmp(ll_nb_class_id(nb, 1), upper) != 0) {
        ll_nb_free(nb);
        return load_err(ld, "%s: classes must be %s, %s", path, lower, upper);
    }
    ll_nb_seal(nb);
    *nb_out = nb;
    *w_out = w;
    return 0;
}

/* Each rule's and each two parts' feature in the parts model, once. */
static int danger_index(model *md) {
    size_t n = md->nrules;
    char key[LL_NB_KEY_BYTES];
    if (!(md->dk_one = malloc(n * sizeof(*md->dk_one))) ||
        !(md->dk_pair = malloc(n * n * sizeof(*md->dk_pair))))
        return -1;
    for (size_t i = 0; i < n; i++) {
        ll_classify_danger_key(md, (int)i, -1, key);
        md->dk_one[i] = (int32_t)ll_nb_feature(md->danger_nb, key);
        for (size_t j = 0; j < n; j++) {
            md->dk_pair[i * n + j] = -1;
            if (j > i && md->rules[i].feature && md->rules[j].feature) {
                ll_classify_danger_key(md, (int)i, (int)j, key);
                md->dk_pair[i * n + j] = (int32_t)ll_nb_feature(md->danger_nb, key);
            }
        }
    }
    return 0;
}

/* The two danger models, over parts and over the text's words, both with the
 * classes calm, danger, suicidal. */
static int load_danger(loader *ld) {
    static const char *const classes[DANGER_CLASSES] = {"calm", "danger", "suicidal"};
    char err[512];
    ld->line = ld->danger_line;
    for (int k = 0; k < 2; k++) {
        ll_nb *nb = ll_nb_read(ld->danger_path[k], err, sizeof(err));
        if (!nb)
            return load_err(ld, "%s", err);
        if (k)
            ld->md->danger_words = nb;
        else
            ld->md->danger_nb = nb;
        int ok = ll_nb_classes(nb) == DANGER_CLASSES;
        for (size_t i = 0; ok && i < DANGER_CLASSES; i++)
            ok = strcmp(ll_nb_class_id(nb, i), classes[i]) == 0;
        if (!ok)
            return load_err(ld, "%s: classes must be calm, danger, suicidal", ld->danger_path[k]);
    }
    if (ld->md->danger_words_bernoulli && ll_nb_bernoulli(ld->md->danger_words) != 0)
        return load_err(ld, "%s: cannot weigh it as Bernoulli naive Bayes", ld->danger_path[1]);
    if (danger_index(ld->md) != 0)
        return load_err(ld, "out of memory");
    ll_nb_seal(ld->md->danger_nb);
    ll_nb_seal(ld->md->danger_words);
    return 0;
}

/* urgency: "[level: name]" opens a rule (level critical, high or low);
 * other lines are comma-separated terms, or "context: terms" that must also
 * occur within LL_CLASSIFY_CONTEXT_TOKENS words for the rule to fire, or
 * "unless: terms" that stop it when they occur that near in the same
 * sentence, or "frame: terms" that stop it anywhere in its sentence, or
 * "asked: calm" (a match in a question does not fire), or "with: terms" (each such line one more group that must have
 * a word within "reach: N" words, any sentence), or one of the rule's
 * settings: "negation: blocks|ignored", "window: N" (words an "&" term may
 * span), "advice: text".
 * Terms match whole words unless written "+term". */
static int urgency_line(loader *ld, char *s) {
    model *md = ld->md;
    if (strncmp(s, "danger-model:", 13) == 0)
        return danger_line(ld, s + 13);
    if (strncmp(s, "suicidal-model:", 15) == 0)
        return suicidal_model_line(ld, s + 15);
    if (strncmp(s, "question-model:", 15) == 0)
        return vote_model_line(ld, s + 15, "question-model", "low", "normal", &md->q_nb,
                               &md->q_weight);
    if (strncmp(s, "high-model:", 11) == 0)
        return vote_model_line(ld, s + 11, "high-model", "normal", "high", &md->h_nb,
                               &md->h_weight);
    /* Not a rule's: words that tell a danger over, as a topic or judged safe (classify.c,
     * told_scope), said as a joke (joked), a joke taken back ("ik meen het") or put aside
     * ("nee serieus", joked_aside): read by every rule that says "notnow: calm", the last
     * by those that say "aside: calm"; a problem told as still open and praise after it
     * (praise_ironic): read where the kind bounds a compliment. */
    static const struct {
        const char *line;
        uint32_t group;
    } scopes[] = {{"told-over:", SCOPE_OVER},
                  {"told-about:", SCOPE_ABOUT},
                  {"told-safe:", SCOPE_SAFE},
                  {"joked:", SCOPE_JOKE},
                  {"joke-denied:", SCOPE_JOKE_DENIED},
                  {"joke-aside:", SCOPE_ASIDE},
                  {"told-open:", SCOPE_OPEN},
                  {"irony:", SCOPE_IRONY},
                  {"told-lasting:", SCOPE_LASTING},
                  {"idiom:", SCOPE_IDIOM},
                  {"laugh-told:", SCOPE_LAUGH_TOLD},
                  {"drill:", SCOPE_DRILL},
                  {"drill-real:", SCOPE_DRILL_REAL},
                  {"quote-unmeant:", SCOPE_UNMEANT},
                  {"quote-joke:", SCOPE_QUOTE_JOKE},
                  {"frame-text:", SCOPE_FRAME_TEXT},
                  {"frame-turn:", SCOPE_FRAME_TURN},
                  {"words-calm:", SCOPE_WORDS_CALM},
                  {"words-calm-danger:", SCOPE_WORDS_CALM_DANGER},
                  {"words-calm-rest:", SCOPE_WORDS_CALM_REST}};
    for (size_t i = 0; i < sizeof(scopes) / sizeof(scopes[0]); i++) {
        size_t n = strlen(scopes[i].line);
        if (strncmp(s, scopes[i].line, n) == 0) {
            term proto = {.kind = K_SCOPE, .group = scopes[i].group};
            return add_term_list(ld, s + n, proto, 0, 0);
        }
    }
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
        else if (strcmp(lvl, "feature") == 0)
            level = LVL_NORMAL; /* sets no level: a part the danger model weighs */
        else
            return load_err(ld, "level '%s' must be critical, high, normal, low or feature", lvl);
        int feature = level == LVL_NORMAL;
        if (!*name || strlen(name) >= sizeof(md->rules[0].name))
            return load_err(ld, "rule name must be 1..%zu bytes", sizeof(md->rules[0].name) - 1);
        if (feature && (strlen(name) >= LL_CLASSIFY_FEATURE_NAME_BYTES || strchr(name, '+')))
            return load_err(ld, "feature name must be 1..%d bytes without '+'",
                            LL_CLASSIFY_FEATURE_NAME_BYTES - 1);
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
        r->feature = (uint8_t)feature;
        r->compounds = 0;
        r->asked_calm = 0;
        r->notnow_calm = 0;
        r->plan_calm = 0;
        r->felt_calm = 0;
        r->aside_calm = 0;
        r->supposed_calm = 0;
        r->no_danger = 0;
        r->outranks = 0;
        r->gate = GATE_NONE;
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
    /* A part of danger told inside a compound: "hoogspanning" in
     * "hoogspanningskabel", "ijs" in "ijsvlakte". Only a part may reach so
     * (the danger model weighs what it fires with); a rule that sets a level
     * by itself keeps to whole words, or "brand" would fire in "brandweer". */
    if (strncmp(s, "compounds:", 10) == 0) {
        char *v = trim(s + 10);
        if (!r->feature)
            return load_err(ld, "rule '%s': 'compounds:' is for a [feature: name] part only",
                            r->name);
        if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0)
            return load_err(ld, "compounds must be 'yes' or 'no', not '%s'", v);
        r->compounds = strcmp(v, "yes") == 0;
        return 0;
    }
    /* A rule's veto settings, each "calm" (the veto holds) or "counts": a critical rule's,
     * and "supposed:" also a high rule's (a worry supposed is no person at risk this week
     * either) and a normal one's (a problem supposed is no problem of this person: "Stel dat
     * ik mijn kerstboom naast de container zet, krijg ik dan een boete?" asks a rule). */
    static const char *const vetoes[] = {"asked", "notnow", "planned", "felt", "aside", "supposed"};
    uint8_t *const calm[] = {&r->asked_calm, &r->notnow_calm, &r->plan_calm,
                             &r->felt_calm,  &r->aside_calm,  &r->supposed_calm};
    for (size_t i = 0; i < sizeof(vetoes) / sizeof(vetoes[0]); i++) {
        size_t kn = strlen(vetoes[i]);
        if (strncmp(s, vetoes[i], kn) != 0 || s[kn] != ':')
            continue;
        char *v = trim(s + kn + 1);
        int high_too = calm[i] == &r->supposed_calm;
        /* A part of danger may say "notnow: calm" (issue 12, falseflag13): its match told
         * over or past ("brandde ...; de brandweer heeft geblust") is a danger that ended,
         * and keeps the danger model from the text as a rule's match told so does. */
        int part_ok = r->feature && calm[i] == &r->notnow_calm;
        if ((r->feature && !part_ok) ||
            (!r->feature && r->level != LVL_CRITICAL &&
             !(high_too && (r->level == LVL_HIGH || r->level == LVL_PROBLEM))))
            return load_err(ld, "rule '%s': '%s:' is for a critical rule only%s", r->name,
                            vetoes[i], high_too ? " or a high or normal one" : "");
        if (strcmp(v, "calm") != 0 && strcmp(v, "counts") != 0)
            return load_err(ld, "%s must be 'calm' or 'counts', not '%s'", vetoes[i], v);
        *calm[i] = strcmp(v, "calm") == 0;
        return 0;
    }
    /* A rule below critical, of levels only, that tells nothing of danger (an application's age,
     * a document for a journey): "danger: no" keeps it out of the danger model's keys, in
     * training as in use. The model is naive Bayes: each key it learns moves every class's
     * total, and a text at the gate (parts 0.801 against 0.8) turns on a key of no danger
     * (session 20: each of three such rules alone made one more false critical flag). */
    if (strncmp(s, "danger:", 7) == 0) {
        char *v = trim(s + 7);
        if (r->feature || r->level == LVL_CRITICAL)
            return load_err(ld, "rule '%s': 'danger:' is for a rule below critical only", r->name);
        if (strcmp(v, "no") != 0 && strcmp(v, "yes") != 0)
            return load_err(ld, "danger must be 'no' or 'yes', not '%s'", v);
        r->no_danger = strcmp(v, "no") == 0;
        return 0;
    }
    /* "outranks: name | name": a high rule that tells what the writers call high beside a
     * critical flag of those rules (issue 12, veto26: the nth contact about a danger that
     * waited for it). Whole names, not families: "person in acute need" is not "person in
     * acute need: choking, the airway shut". ll_classify_model_load checks each names a
     * critical rule and no person in crisis. */
    if (strncmp(s, "outranks:", 9) == 0) {
        if (r->feature || r->level != LVL_HIGH)
            return load_err(ld, "rule '%s': 'outranks:' is for a high rule only", r->name);
        r->outranks = 1;
        for (char *rest = s + 9; rest;) {
            char *bar = strchr(rest, '|');
            if (bar)
                *bar = '\0';
            char *f = trim(rest);
            rest = bar ? bar + 1 : NULL;
            if (!*f || strlen(f) >= sizeof(md->outranked[0]))
                return load_err(ld, "outranks: a rule's name must be 1..%zu bytes",
                                sizeof(md->outranked[0]) - 1);
            if (md->noutranked >= LL_CLASSIFY_MAX_OUTRANKED)
                return load_err(ld, "outranks: more than %d rules", LL_CLASSIFY_MAX_OUTRANKED);
            snprintf(md->outranked[md->noutranked++], sizeof(md->outranked[0]), "%s", f);
        }
        return 0;
    }
    if (strncmp(s, "window:", 7) == 0)
        return parse_words(ld, s + 7, "window", 2, LL_CLASSIFY_MAX_WINDOW, &r->window);
    if (strncmp(s, "reach:", 6) == 0)
        return parse_words(ld, s + 6, "reach", 1, LL_CLASSIFY_MAX_REACH, &r->reach);
    if (strncmp(s, "sentences:", 10) == 0)
        return parse_words(ld, s + 10, "sentences", 1, LL_CLASSIFY_MAX_SENTENCES, &r->sentences);
    /* A rule's own lines that look at the words around its match give it a gate
     * (tctx, tunless, tframe, tbefore, twith); the rest cost the per-token words nothing. */
    if ((strncmp(s, "with:", 5) == 0 || strncmp(s, "context:", 8) == 0 ||
         strncmp(s, "unless:", 7) == 0 || strncmp(s, "frame:", 6) == 0 ||
         strncmp(s, "before:", 7) == 0) &&
        r->gate == GATE_NONE)
        r->gate = (uint16_t)md->ngated++;
    if (strncmp(s, "with:", 5) == 0) {
        if (r->nwith >= LL_CLASSIFY_MAX_WITH)
            return load_err(ld, "rule '%s' has more than %d 'with:' lines", r->name,
                            LL_CLASSIFY_MAX_WITH);
        proto.kind = K_CTX;
        proto.group = ++r->nwith;
        return add_term_list(ld, s + 5, proto, 0, 0);
    }
    if (strncmp(s, "theme:", 6) == 0) {
        if (r->feature)
            return load_err(ld, "feature '%s' is a part of danger, it votes for no theme", r->name);
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
    } else if (strncmp(s, "frame:", 6) == 0) {
        proto.kind = K_FRAME;
        r->has_unless = 1; /* checked with the "unless:" words */
        s += 6;
    } else if (strncmp(s, "before:", 7) == 0) {
        proto.kind = K_BEFORE;
        r->has_unless = 1; /* checked with the "unless:" words */
        s += 7;
    }
    return add_term_list(ld, s, proto, proto.kind == K_URG && r->compounds, 0);
}

int ll_classify_model_load(model *md, ll_textnorm *tn, const char *taxonomy_path,
                           const char *lexicon_path, const char *urgency_path, char *errstr,
                           size_t errlen) {
    loader ld = {.md = md, .tn = tn, .errstr = errstr, .errlen = errlen};
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
    if (ld.danger_path[0][0] && load_danger(&ld) != 0)
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
    /* Each name an "outranks:" line gives is a critical rule's, never a person in crisis's (the
     * families classify.c's crisis_rule reads): a misspelt name would outrank nothing, a crisis
     * family would lose a life's flag. */
    for (size_t k = 0; k < md->noutranked; k++) {
        size_t found = 0;
        for (size_t i = 0; i < md->nrules; i++) {
            const rule_def *r = &md->rules[i];
            if (r->feature || r->level != LVL_CRITICAL || strcmp(r->name, md->outranked[k]) != 0)
                continue;
            if (strncmp(r->name, "suicidal statement", 18) == 0 ||
                strncmp(r->name, "self-harm", 9) == 0) {
                snprintf(errstr, errlen, "%s: outranks: '%s' is a person in crisis", urgency_path,
                         r->name);
                goto fail;
            }
            found++;
        }
        if (!found) {
            snprintf(errstr, errlen, "%s: outranks: '%s' names no critical rule", urgency_path,
                     md->outranked[k]);
            goto fail;
        }
    }
    if (ld.spelling_path[0]) {
        /* Only now: every term's words are in vocab, and the patterns were
         * folded without it. */
        char err[512];
        ld.path = taxonomy_path;
        ld.line = ld.spelling_line;
        if (!(md->known = ll_wordlist_read(ld.spelling_path, err, sizeof(err)))) {
            load_err(&ld, "%s", err);
            goto fail;
        }
    }
    md->gate_words = md->ngated ? (md->ngated + 63) / 64 : 1;
    if (ll_matcher_compile(md->m) != 0)
        goto oom;
    ll_nb *joined[LL_NB_JOINT_MAX];
    size_t njoined = 0;
    if (md->theme_nb)
        joined[njoined++] = md->theme_nb;
    if (md->sent_nb)
        joined[njoined++] = md->sent_nb;
    if (md->danger_words)
        joined[njoined++] = md->danger_words;
    if (njoined && !(md->nb_joint = ll_nb_joint_new(joined, njoined)))
        goto oom;
    for (size_t i = 0; i < ld.nclasses; i++)
        free(ld.class_words[i]);
    return 0;
oom:
    snprintf(errstr, errlen, "out of memory");
fail:
    for (size_t i = 0; i < ld.nclasses; i++)
        free(ld.class_words[i]);
    return -1;
}

void ll_classify_model_free(model *md) {
    if (!md)
        return;
    ll_matcher_free(md->m);
    free(md->terms);
    ll_nb_free(md->theme_nb);
    ll_nb_free(md->sent_nb);
    ll_nb_free(md->danger_nb);
    ll_nb_free(md->danger_words);
    ll_nb_joint_free(md->nb_joint);
    ll_lr_free(md->sui_lr);
    ll_nb_free(md->q_nb);
    ll_nb_free(md->h_nb);
    free(md->dk_one);
    free(md->dk_pair);
    ll_wordset_free(md->vocab);
    ll_wordset_free(md->gen_lex);
    ll_wordlist_free(md->known);
    free(md);
}
