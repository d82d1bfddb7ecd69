/* stems.c - lists config terms whose Dutch stem is also the stem of other Dutch words (OpenTaal word list).
 *
 * The classifier matches a term both as written and by its Snowball stem
 * (processors/classify.c), so a term finds every word that stems the same.
 * Mostly that is the point ("container" finds "containers"), but Snowball
 * also joins words that are not forms of one another: "geweldig" and
 * "geweld", "bom" and "boom", "nieuws" and "nieuwe", "aansprakelijk" and
 * "aansprak". Each such pair made a rule fire on text nobody had tested it
 * on (issue 12). This tool stems every word of an established Dutch word
 * list, the OpenTaal list that Debian ships as package wdutch
 * (/usr/share/dict/nederlands, BSD or CC BY 3.0; read at run time, not
 * copied), and prints, for every single-word term of the three config files
 * that is not quoted "exact", the listed words it would also match that are
 * not its own inflections. Writing the term as "exact" (or as a phrase)
 * removes the collision; a collision that does no harm may stay.
 *
 *   bench_stems [-w WORDLIST] [-d CONFIG_DIR] [-x TAXONOMY]
 *
 * Exit status 0 when it ran (the list is for reading, not a gate), 2 when a
 * file cannot be read. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textnorm.h"

#define WORD_BYTES 96 /* longest word of the list kept; longer ones are skipped */
#define MAX_WORDS 1000000
#define MAX_SHOWN 8 /* colliding words printed per term */
#define LINE_BYTES 8192

typedef struct entry {
    char stem[WORD_BYTES];
    char surf[WORD_BYTES];
} entry;

static entry *words;
static size_t nwords;
static ll_textnorm *tn;
static int nterms, ncollide;

static int entry_cmp(const void *a, const void *b) {
    return strcmp(((const entry *)a)->stem, ((const entry *)b)->stem);
}

/* Inflection and derivation endings that keep a word in its family
 * ("reinigen", "reiniging", "reinigbaar"), longest first. */
static const char *const endings[] = {"baarheid", "heden", "ingen", "baar", "heid", "eren", "ende",
                                      "tjes",     "tten",  "dden",  "ere",  "ers",  "ste",  "ten",
                                      "den",      "jes",   "tje",   "ing",  "ige",  "end",  "tte",
                                      "dde",      "en",    "es",    "er",   "st",   "te",   "de",
                                      "je",       "ig",    "s",     "e",    "n",    "t",    "d"};

static int is_vowel(char ch) { return ch && strchr("aeiou", ch) != NULL; }

/* The word's family form: without one ending (the longest that leaves
 * three letters), spelled as its closed syllable would be: a doubled
 * consonant before the ending means a short vowel ("zakken" -> "zak"), a
 * single vowel and consonant before a vowel ending a long one ("zaken" ->
 * "zaak", "palen" -> "paal", "bomen" -> "boom"). Two words with the same
 * form are forms of one word; "zak" and "zaak", "bom" and "boom", "slot"
 * and "sloot" are not, although Snowball stems each pair alike. */
static void base_of(const char *w, char *out, size_t cap) {
    size_t n = strlen(w);
    const char *ending = "";
    snprintf(out, cap, "%s", w);
    for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++) {
        size_t e = strlen(endings[i]);
        if (n >= e + 3 && strcmp(w + n - e, endings[i]) == 0) {
            out[n - e] = '\0';
            ending = endings[i];
            break;
        }
    }
    size_t b = strlen(out);
    if (!*ending || b < 3)
        return;
    if (out[b - 1] == out[b - 2] && !is_vowel(out[b - 1])) {
        out[b - 1] = '\0'; /* short vowel */
    } else if (is_vowel(ending[0]) && !is_vowel(out[b - 1]) && is_vowel(out[b - 2]) &&
               !is_vowel(out[b - 3]) && out[b - 2] != 'i' && out[b - 2] != 'e' &&
               b + 2 < cap) { /* "e": mostly a schwa ("tegelen") */
        out[b + 1] = '\0';    /* open syllable: a long vowel, written double when closed */
        out[b] = out[b - 1];
        out[b - 1] = out[b - 2];
    }
}

static int load_words(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    words = calloc(MAX_WORDS, sizeof(*words));
    if (!words) {
        fclose(f);
        return -1;
    }
    char line[LINE_BYTES], surf[WORD_BYTES], stem[WORD_BYTES];
    while (fgets(line, sizeof(line), f) && nwords < MAX_WORDS) {
        line[strcspn(line, "\r\n")] = '\0';
        /* Names and places (capitalised), abbreviations and phrases are no
         * words a term should be tested against. */
        if (!line[0] || isupper((unsigned char)line[0]) || strpbrk(line, " .0123456789"))
            continue;
        if (ll_textnorm_pattern(tn, line, surf, stem, sizeof(surf)) != 1)
            continue;
        snprintf(words[nwords].surf, WORD_BYTES, "%s", surf);
        snprintf(words[nwords].stem, WORD_BYTES, "%s", stem);
        nwords++;
    }
    fclose(f);
    qsort(words, nwords, sizeof(*words), entry_cmp);
    return 0;
}

/* Checks one alternative of a term as written in file:line. */
static void check_alt(const char *file, int line, char *alt) {
    while (*alt == ' ' || *alt == '=' || *alt == '+')
        alt++;
    size_t n = strlen(alt);
    while (n && alt[n - 1] == ' ')
        alt[--n] = '\0';
    if (!n || alt[0] == '"' || alt[0] == '@')
        return; /* exact, or a word class (its words are checked where it is defined) */
    char surf[WORD_BYTES], stem[WORD_BYTES], base[WORD_BYTES], vbase[WORD_BYTES];
    if (ll_textnorm_pattern(tn, alt, surf, stem, sizeof(surf)) != 1)
        return; /* phrases: the other words hold the meaning */
    nterms++;
    entry key;
    snprintf(key.stem, sizeof(key.stem), "%s", stem);
    entry *hit = bsearch(&key, words, nwords, sizeof(*words), entry_cmp);
    if (!hit)
        return;
    while (hit > words && strcmp(hit[-1].stem, stem) == 0)
        hit--;
    base_of(surf, base, sizeof(base));
    int shown = 0, total = 0;
    char list[MAX_SHOWN * WORD_BYTES] = "";
    for (entry *e = hit; e < words + nwords && strcmp(e->stem, stem) == 0; e++) {
        if (strcmp(e->surf, surf) == 0)
            continue;
        base_of(e->surf, vbase, sizeof(vbase));
        if (strcmp(vbase, base) == 0 || strcmp(vbase, surf) == 0 || strcmp(e->surf, base) == 0)
            continue;
        total++;
        if (shown < MAX_SHOWN) {
            size_t o = strlen(list);
            snprintf(list + o, sizeof(list) - o, "%s%s", shown ? ", " : "", e->surf);
            shown++;
        }
    }
    if (total) {
        ncollide++;
        printf("%s:%d: %s (stem %s) also matches %d word%s: %s%s\n", file, line, surf, stem, total,
               total == 1 ? "" : "s", list, total > shown ? ", ..." : "");
    }
}

/* Splits a line of terms on the separators of the config syntax. */
static void check_terms(const char *file, int line, char *s) {
    for (char *p = s; *p; p++)
        if (*p == ',' || *p == '&' || *p == '~' || *p == '|')
            *p = '\n';
    for (char *alt = s, *next; alt; alt = next) {
        next = strchr(alt, '\n');
        if (next)
            *next++ = '\0';
        /* "term:2" in the taxonomy: the weight is not part of the word. */
        char *colon = strrchr(alt, ':');
        if (colon && colon[1] && strspn(colon + 1, "0123456789. ") == strlen(colon + 1))
            *colon = '\0';
        check_alt(file, line, alt);
    }
}

/* kind: 't' taxonomy, 'l' lexicon (first column), 'u' urgency rules. */
static int check_file(const char *path, char kind) {
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[LINE_BYTES];
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    for (int ln = 1; fgets(line, sizeof(line), f); ln++) {
        line[strcspn(line, "\r\n")] = '\0';
        char *s = line;
        while (*s == ' ')
            s++;
        if (!*s || *s == '#' || *s == '[')
            continue;
        if (kind == 'l') {
            s[strcspn(s, "\t")] = '\0';
        } else if (kind == 't' && strncmp(s, "minimum:", 8) == 0) {
            continue;
        } else if (kind == 'u') {
            static const char *const settings[] = {"negation:", "window:", "reach:", "advice:"};
            static const char *const lists[] = {"with:", "unless:", "context:"};
            int skip = 0;
            for (size_t i = 0; i < 4; i++)
                skip |= strncmp(s, settings[i], strlen(settings[i])) == 0;
            if (skip)
                continue;
            for (size_t i = 0; i < 3; i++)
                if (strncmp(s, lists[i], strlen(lists[i])) == 0)
                    s += strlen(lists[i]);
            if (*s == '@' && strchr(s, ':') && !strpbrk(s, "&,"))
                s = strchr(s, ':') + 1; /* a word class: its words */
        }
        check_terms(name, ln, s);
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv) {
    const char *wordlist = "/usr/share/dict/nederlands";
    const char *dir = LL_SOURCE_DIR "/config";
    const char *tax = "taxonomy-gemeente.conf";
    for (int i = 1; i < argc; i++) {
        if (i + 1 < argc && strcmp(argv[i], "-w") == 0)
            wordlist = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-d") == 0)
            dir = argv[++i];
        else if (i + 1 < argc && strcmp(argv[i], "-x") == 0)
            tax = argv[++i];
        else {
            fprintf(stderr, "usage: bench_stems [-w WORDLIST] [-d CONFIG_DIR] [-x TAXONOMY]\n");
            return 2;
        }
    }
    char err[256], tpath[1024], lpath[1024], upath[1024];
    if (snprintf(tpath, sizeof(tpath), "%s/%s", dir, tax) >= (int)sizeof(tpath) ||
        snprintf(lpath, sizeof(lpath), "%s/sentiment-nl.tsv", dir) >= (int)sizeof(lpath) ||
        snprintf(upath, sizeof(upath), "%s/urgency.conf", dir) >= (int)sizeof(upath)) {
        fprintf(stderr, "bench_stems: path too long\n");
        return 2;
    }
    if (!(tn = ll_textnorm_new(err, sizeof(err)))) {
        fprintf(stderr, "bench_stems: %s\n", err);
        return 2;
    }
    int rc = 2;
    if (load_words(wordlist) != 0) {
        fprintf(stderr, "bench_stems: cannot read %s (Debian package wdutch)\n", wordlist);
        goto out;
    }
    if (check_file(tpath, 't') != 0 || check_file(lpath, 'l') != 0 || check_file(upath, 'u') != 0) {
        fprintf(stderr, "bench_stems: cannot read the config files in %s\n", dir);
        goto out;
    }
    printf("\n%d single-word terms checked against %zu words of %s; %d match other words by their "
           "stem\n",
           nterms, nwords, wordlist, ncollide);
    printf("command:");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
    rc = 0;
out:
    free(words);
    ll_textnorm_free(tn);
    return rc;
}
