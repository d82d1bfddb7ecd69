/* textnorm.c - Dutch text normalisation for matching: tokens, NFKC case folding, accents, stems. */
#include "textnorm.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "mask.h"
#include "text.h"

/* NFKC with case folding; marks stripped so "café" and "cafe", "één" and
 * "een" meet; LUMP maps typographic quotes and dashes to ASCII. */
#define FOLD_OPTS                                                               \
    (UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | \
     UTF8PROC_STRIPMARK | UTF8PROC_LUMP)

/* The analysis of one word depends on its bytes alone, and feedback repeats
 * a small vocabulary: each instance keeps the analyses of the words it saw
 * in a table of two-slot sets, so a word seen before skips folding, stemming
 * and the spelling tolerance. Two ways, the one used longest ago replaced:
 * direct-mapped, the 625 different words of 4,000 simulated events still
 * missed 1,383 times a pass (two frequent words on one slot evict each other
 * for good; a miss costs ~10k instructions with the spelling tolerance).
 * Bounded: short words only, a fixed number of slots. */
#define CACHE_SLOTS 4096 /* a power of two */
#define CACHE_WAYS 2     /* slots per set */
#define CACHE_ORIG 24    /* bytes of the word as written */
#define CACHE_FORM 32    /* bytes of its folded form and of its stem */

struct ll_textnorm_slot {
    uint32_t hash;
    uint32_t used; /* tn->cache_clock when it last answered or was filled */
    uint8_t olen;  /* 0: empty */
    uint8_t wl, sl, caps;
    char orig[CACHE_ORIG];
    char w[CACHE_FORM];
    char stem[CACHE_FORM];
};

static void abbrev_index(ll_textnorm *tn);

ll_textnorm *ll_textnorm_new(char *errstr, size_t errlen) {
    ll_textnorm *tn = calloc(1, sizeof(*tn));
    if (!tn)
        goto fail;
    tn->toks = calloc(LL_TEXTNORM_MAX_TOKENS, sizeof(*tn->toks));
    tn->surf = malloc(LL_TEXTNORM_MAX_STREAM + 1);
    tn->stem = malloc(LL_TEXTNORM_MAX_STREAM + 1);
    tn->surf_tok = malloc((LL_TEXTNORM_MAX_STREAM + 1) * sizeof(int32_t));
    tn->stem_tok = malloc((LL_TEXTNORM_MAX_STREAM + 1) * sizeof(int32_t));
    tn->cps = malloc(LL_TEXTNORM_MAX_WORD_CPS * sizeof(int32_t));
    tn->cache = calloc(CACHE_SLOTS, sizeof(*tn->cache));
    if (!tn->toks || !tn->surf || !tn->stem || !tn->surf_tok || !tn->stem_tok || !tn->cps ||
        !tn->cache)
        goto fail;
    tn->stemmer = sb_stemmer_new("dutch", "UTF_8");
    if (!tn->stemmer) {
        snprintf(errstr, errlen, "libstemmer has no Dutch stemmer");
        ll_textnorm_free(tn);
        return NULL;
    }
    /* The stemmer grows its buffer to the longest word it has seen; one
     * word of the longest length now means the hot path never allocates. */
    char warm[LL_TEXTNORM_MAX_WORD_BYTES];
    memset(warm, 'a', sizeof(warm));
    if (!sb_stemmer_stem(tn->stemmer, (const sb_symbol *)warm, (int)sizeof(warm)))
        goto fail;
    abbrev_index(tn);
    ll_textnorm_reset(tn);
    return tn;
fail:
    snprintf(errstr, errlen, "out of memory");
    ll_textnorm_free(tn);
    return NULL;
}

void ll_textnorm_free(ll_textnorm *tn) {
    if (!tn)
        return;
    if (tn->stemmer)
        sb_stemmer_delete(tn->stemmer);
    free(tn->toks);
    free(tn->surf);
    free(tn->stem);
    free(tn->surf_tok);
    free(tn->stem_tok);
    free(tn->cps);
    free(tn->cache);
    free(tn);
}

void ll_textnorm_set_spelling(ll_textnorm *tn, const ll_wordlist *known, const ll_wordset *vocab) {
    tn->known = known && vocab ? known : NULL;
    tn->vocab = known && vocab ? vocab : NULL;
    memset(tn->cache, 0, CACHE_SLOTS * sizeof(*tn->cache)); /* analyses made without it */
}

void ll_textnorm_reset(ll_textnorm *tn) {
    tn->ntoks = 0;
    tn->nsent = 0;
    tn->nclause = 0;
    tn->npara = 0;
    tn->truncated = 0;
    tn->surf[0] = tn->stem[0] = ' ';
    tn->surf_len = tn->stem_len = 1;
    tn->surf_tok[0] = tn->stem_tok[0] = -1;
    tn->surf[1] = tn->stem[1] = '\0';
}

static int is_word_cat(utf8proc_category_t c) {
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO; /* letters, marks, numbers */
}

/* The next code point of s[0..len) into *cp, its length, <= 0 when invalid;
 * *word whether it belongs to a word. ASCII, most of Dutch text, without
 * utf8proc's tables: its letters and digits are the only word characters. */
static utf8proc_ssize_t next_cp(const char *s, size_t len, utf8proc_int32_t *cp, int *word) {
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        *word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return 1;
    }
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, cp);
    *word = k > 0 && is_word_cat(utf8proc_category(*cp));
    return k;
}

/* Cuts n to a UTF-8 character boundary. */
static size_t utf8_cut(const char *s, size_t n) {
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* "heeeeel" -> "heel", "boooos" -> "boos": stretched letters are emphasis,
 * not another word. Returns the new length. */
static size_t collapse_runs(char *w, size_t n) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (o >= 2 && w[i] == w[o - 1] && w[i] == w[o - 2] && w[i] >= 'a' && w[i] <= 'z')
            continue;
        w[o++] = w[i];
    }
    return o;
}

/* Chat and dialect spellings of the negation, read as "niet" before stemming, so every
 * rule, lexicon entry and model that knows "niet" knows them too ("k zie het ni meer
 * zitten", "wil nie meer leve"; issue 12, round 19: the rules knew "nie" in places and
 * "ni" nowhere). Measured and left out: "k", "mn", "zn", "ff" as "ik", "mijn", "zijn",
 * "even" gained no statement more and, retrained on, the suicidal model called a
 * look-alike ("vannacht ga ik niet meer terug naar huis, ik slaap bij mijn zus")
 * suicidal. */
static const struct { const char *chat, *word; } chat_forms[] = {{"ni", "niet"}, {"nie", "niet"}};

/* Reads w[0..n) as its standard word when it is a chat form; returns the new length
 * (at most LL_TEXTNORM_MAX_WORD_BYTES). */
static size_t chat_form(char *w, size_t n) {
    for (size_t k = 0; k < sizeof(chat_forms) / sizeof(chat_forms[0]); k++) {
        size_t cl = strlen(chat_forms[k].chat);
        if (cl == n && memcmp(w, chat_forms[k].chat, n) == 0) {
            size_t wl = strlen(chat_forms[k].word);
            memcpy(w, chat_forms[k].word, wl);
            return wl;
        }
    }
    return n;
}

/* Self-censored and "leet" spellings, read as the word they hide ("z3lfm00rd", "zelfm*rd",
 * "me*sjes", "h@te"; issue 12, suicidal-dev18: algospeak written to pass a filter hid the
 * word from every rule). Only the folded word changes: the caller's text, which is masked
 * and stored, keeps its bytes, and a number is never read as letters. A digit is a letter
 * only inside a word that opens with a letter and goes on with a letter after it, and only
 * when every digit has a letter's look: "a20", "mp3", "b12", "covid19", "x81k2", "3e",
 * "12a", a postcode or a house number stay as written. */
static const char leet_letter[10] = {'o', 'i', 0, 'e', 'a', 's', 0, 't', 0, 0};

static int is_az(char c) { return c >= 'a' && c <= 'z'; }
static int is_09(char c) { return c >= '0' && c <= '9'; }

/* Reads the digits and "@" of a leet word w[0..n) as letters; leaves any other word. */
static void leet_to_letters(char *w, size_t n) {
    if (n < 3 || !is_az(w[0]))
        return;
    int inside = 0;
    for (size_t i = 1; i < n; i++) {
        if (is_09(w[i]) && !leet_letter[w[i] - '0'])
            return;
        if ((is_09(w[i]) || w[i] == '@') && i + 1 < n && is_az(w[i + 1]))
            inside = 1;
    }
    if (!inside)
        return;
    for (size_t i = 1; i < n; i++)
        if (is_09(w[i]))
            w[i] = leet_letter[w[i] - '0'];
        else if (w[i] == '@')
            w[i] = 'a';
}

/* A star stands for up to two letters, or for none where it was put in a word as it is
 * ("me*sjes"): the word is the one word of the classifier's own (vocab) that it can be
 * read as. 1 with w[0..*n) that word and stem[0..*sn) its stem; 0 when none is, or
 * more than one. */
static int star_word(const ll_wordset *vocab, char *w, size_t *n, char *stem, size_t *sn) {
    const char *star = memchr(w, '*', *n);
    if (!star || !vocab || memchr(star + 1, '*', *n - (size_t)(star - w) - 1))
        return 0;
    size_t at = (size_t)(star - w), rest = *n - at - 1;
    if (*n + 1 > LL_SPELLING_MAX)
        return 0;
    char cand[LL_SPELLING_MAX + 1], found[LL_SPELLING_MAX + 1];
    const char *fv = NULL;
    size_t fn = 0, fvn = 0;
    int hits = 0;
    memcpy(cand, w, at);
    for (int k = 0; k <= 2; k++) {
        memcpy(cand + at + k, star + 1, rest);
        size_t cn = at + (size_t)k + rest;
        for (int a = 0; a < (k ? 26 : 1); a++)
            for (int b = 0; b < (k == 2 ? 26 : 1); b++) {
                if (k >= 1)
                    cand[at] = (char)('a' + a);
                if (k == 2)
                    cand[at + 1] = (char)('a' + b);
                size_t vn;
                const char *v = ll_wordset_get(vocab, cand, cn, &vn);
                if (v && ++hits == 1) {
                    memcpy(found, cand, cn);
                    fn = cn, fv = v, fvn = vn;
                }
            }
    }
    if (hits != 1 || fvn > LL_TEXTNORM_MAX_WORD_BYTES)
        return 0;
    memcpy(w, found, fn);
    *n = fn;
    memcpy(stem, fv, fvn);
    *sn = fvn;
    return 1;
}

/* "ij" -> "y" after stemming: sloppy writers type "y" for the Dutch ij. */
static size_t ij_to_y(char *w, size_t n) {
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == 'i' && i + 1 < n && w[i + 1] == 'j') {
            w[o++] = 'y';
            i++;
        } else {
            w[o++] = w[i];
        }
    }
    return o;
}

/* Appends one word to a stream; 0, or -1 when it does not fit. */
static int put_word(char *stream, size_t *slen, int32_t *map, const char *w, size_t n, int newsent,
                    int32_t tok) {
    if (*slen + n + 1 > LL_TEXTNORM_MAX_STREAM)
        return -1;
    if (newsent && *slen > 1)
        stream[*slen - 1] = '|';
    /* A word is a few bytes: copied in the loop that maps them, where a memcpy call cost
     * more than the copy. */
    char *out = stream + *slen;
    int32_t *m = map + *slen;
    for (size_t i = 0; i < n; i++) {
        out[i] = w[i];
        m[i] = tok;
    }
    m[n] = tok;
    out[n] = ' ';
    out[n + 1] = '\0';
    *slen += n + 1;
    return 0;
}

/* Folds and stems one word: w and stem (LL_TEXTNORM_MAX_WORD_BYTES each)
 * get its forms, caps whether it is written in capitals. -1 when nothing of
 * it is left to match. */
static int analyse_word(ll_textnorm *tn, const char *orig, size_t olen, char *w, size_t *wlp,
                        char *stem, size_t *slp, uint8_t *caps) {
    size_t uc = 0, lc = 0;
    for (size_t i = 0; i < olen;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)orig + i, (utf8proc_ssize_t)(olen - i), &cp);
        if (k <= 0)
            break;
        utf8proc_category_t c = utf8proc_category(cp);
        uc += c == UTF8PROC_CATEGORY_LU;
        lc += c == UTF8PROC_CATEGORY_LL;
        i += (size_t)k;
    }
    *caps = uc >= 3 && lc == 0;
    /* Fold; a word whose decomposition does not fit is cut, not dropped. */
    size_t flen = olen;
    utf8proc_ssize_t n;
    for (;;) {
        n = utf8proc_decompose_custom((const utf8proc_uint8_t *)orig, (utf8proc_ssize_t)flen,
                                      tn->cps, LL_TEXTNORM_MAX_WORD_CPS, FOLD_OPTS, NULL, NULL);
        if (n < 0)
            return -1;
        if (n <= LL_TEXTNORM_MAX_WORD_CPS)
            break;
        flen = utf8_cut(orig, flen / 2);
        if (flen == 0)
            return -1;
    }
    n = utf8proc_reencode(tn->cps, n, FOLD_OPTS);
    if (n <= 0)
        return -1;
    const char *folded = (const char *)tn->cps;
    size_t wl = (size_t)n;
    if (wl > LL_TEXTNORM_MAX_WORD_BYTES)
        wl = utf8_cut(folded, LL_TEXTNORM_MAX_WORD_BYTES);
    memcpy(w, folded, wl);
    leet_to_letters(w, wl);
    if (memchr(w, '*', wl)) {
        size_t sl;
        if (star_word(tn->vocab, w, &wl, stem, &sl)) {
            *wlp = wl;
            *slp = sl;
            return 0;
        }
        /* No word of the classifier's: read without the star, as one word. */
        size_t o = 0;
        for (size_t i = 0; i < wl; i++)
            if (w[i] != '*')
                w[o++] = w[i];
        wl = o;
    }
    wl = collapse_runs(w, wl);
    if (wl == 0)
        return -1;
    wl = chat_form(w, wl);

    size_t sl = wl;
    memcpy(stem, w, wl);
    int has_alpha = 0;
    for (size_t i = 0; i < wl; i++)
        has_alpha |= !(w[i] >= '0' && w[i] <= '9');
    if (has_alpha) {
        const sb_symbol *st = sb_stemmer_stem(tn->stemmer, (const sb_symbol *)w, (int)wl);
        int stl = st ? sb_stemmer_length(tn->stemmer) : 0;
        if (st && stl > 0 && (size_t)stl <= LL_TEXTNORM_MAX_WORD_BYTES) {
            memcpy(stem, st, (size_t)stl);
            sl = (size_t)stl;
        }
    }
    *wlp = ij_to_y(w, wl);
    *slp = ij_to_y(stem, sl);
    if (tn->vocab) {
        size_t cn, sn;
        const char *cstem;
        const char *cw = ll_spelling_correct(tn->known, tn->vocab, w, *wlp, &cn, &cstem, &sn);
        if (cw && cn <= LL_TEXTNORM_MAX_WORD_BYTES && sn <= LL_TEXTNORM_MAX_WORD_BYTES) {
            memcpy(w, cw, cn);
            *wlp = cn;
            memcpy(stem, cstem, sn);
            *slp = sn;
        }
    }
    return 0;
}

/* Appends one token: the word form[0..flen) (the text's own word, or one word an
 * abbreviation stands for), written as orig[0..olen) in the text. */
static void emit_word(ll_textnorm *tn, const char *orig, size_t olen, const char *form, size_t flen,
                      uint8_t src, int newsent, int newclause) {
    if (tn->ntoks >= LL_TEXTNORM_MAX_TOKENS) {
        tn->truncated = 1;
        return;
    }
    char wbuf[LL_TEXTNORM_MAX_WORD_BYTES], sbuf[LL_TEXTNORM_MAX_WORD_BYTES];
    const char *w, *stem;
    size_t wl, sl;
    uint8_t caps;
    uint32_t h = ll_fnv1a(form, flen);
    struct ll_textnorm_slot *set = &tn->cache[(h & (CACHE_SLOTS / CACHE_WAYS - 1)) * CACHE_WAYS],
                            *c = NULL;
    for (int k = 0; k < CACHE_WAYS && !c; k++)
        if (set[k].olen == flen && set[k].hash == h && memcmp(set[k].orig, form, flen) == 0)
            c = &set[k];
    if (c) {
        c->used = ++tn->cache_clock;
        w = c->w, wl = c->wl, stem = c->stem, sl = c->sl, caps = c->caps;
    } else {
        if (analyse_word(tn, form, flen, wbuf, &wl, sbuf, &sl, &caps) != 0)
            return;
        w = wbuf, stem = sbuf;
        if (flen <= CACHE_ORIG && wl <= CACHE_FORM && sl <= CACHE_FORM) {
            c = set; /* an empty slot (used 0) or the one used longest ago */
            for (int k = 1; k < CACHE_WAYS; k++)
                if (set[k].used < c->used)
                    c = &set[k];
            c->used = ++tn->cache_clock;
            c->hash = h;
            c->olen = (uint8_t)flen;
            memcpy(c->orig, form, flen);
            memcpy(c->w, w, wl);
            memcpy(c->stem, stem, sl);
            c->wl = (uint8_t)wl, c->sl = (uint8_t)sl, c->caps = caps;
        }
    }

    int32_t ti = (int32_t)tn->ntoks;
    size_t surf_len = tn->surf_len, stem_len = tn->stem_len;
    if (put_word(tn->surf, &tn->surf_len, tn->surf_tok, w, wl, newsent, ti) != 0 ||
        put_word(tn->stem, &tn->stem_len, tn->stem_tok, stem, sl, newsent, ti) != 0) {
        tn->surf_len = surf_len;
        tn->stem_len = stem_len;
        tn->surf[surf_len] = tn->stem[stem_len] = '\0';
        tn->truncated = 1;
        return;
    }
    ll_tok *t = &tn->toks[tn->ntoks++];
    t->orig = orig;
    t->orig_len = (uint32_t)olen;
    t->surf = (uint32_t)surf_len;
    t->surf_len = (uint16_t)wl;
    t->stem = (uint32_t)stem_len;
    t->stem_len = (uint16_t)sl;
    if (newsent && tn->ntoks > 1)
        tn->nsent++;
    t->sent = tn->nsent;
    if ((newsent || newclause) && tn->ntoks > 1)
        tn->nclause++;
    t->clause = tn->nclause;
    t->caps = caps;
    t->excl = 0;
    t->src = src;
    t->paren = 0;
    /* Two line breaks between this word and the one before it in the same call: a blank line,
     * a new paragraph (a frame stated once holds to the end of its own, classify.c). */
    if (tn->para_from && tn->npara < UINT16_MAX) {
        int lines = 0;
        for (const char *p = tn->para_from; p < orig && lines < 2; p++)
            lines += *p == '\n';
        tn->npara += lines >= 2;
    }
    tn->para_from = orig + olen;
    t->para = tn->npara;
}

/* Professionals' abbreviations, read as the words they stand for, so every rule, lexicon
 * entry and model that knows the words knows the note too: "cl. i.v.m. val niet meer
 * mobiel, verzoek z.s.m. huisbezoek" (user check 5 of 12-02, left normal while the same in
 * full sentences was high). Each matches with or without its dots ("ivm", "i.v.m.",
 * "i.v.m"), in any case; "dots" ones only with them ("cl" alone is a centilitre). The dots
 * inside end no sentence, nor does the last one before a word in lower case ("z.s.m.
 * contact"); before a capital or a line's end it also ends the sentence, except for "cl."
 * (a subject: "Cl. mw. B. (84) ..."). In the development sets: ivm 89, cl. 17, i.v.m. 15,
 * n.a.v. 14, z.s.m. 11, aub 11, mnd 18, wkn 17. Titles ("mw.", "dhr.") are not expanded:
 * the rules and models know them as written ("mw belt"). Measured and left out: a title's
 * dot ("mw. B. (84)") ending no sentence; the words model, retrained, then called a
 * look-alike suicidal ("Als ik er niet meer ben, wie regelt dan mijn uitvaart?", 0.99999).
 * "o.a." and "bijv." name examples and a name comes after them in a capital more often than
 * a new sentence does ("o.a. Rotterdam en Delft", "bijv. De Doelen"): their dot never ends
 * one (issue 12, falseflag18: a frame or veto then missed the words after it). */
static const struct {
    const char *letters, *words;
    uint8_t dots;  /* only written with its dots */
    uint8_t never; /* its last dot never ends a sentence */
} abbrevs[] = {
    {"ivm", "in verband met", 0, 0},
    {"zsm", "zo snel mogelijk", 0, 0},
    {"aub", "alstublieft", 0, 0},
    {"nav", "naar aanleiding van", 0, 0},
    {"mbt", "met betrekking tot", 0, 0},
    {"ipv", "in plaats van", 0, 0},
    {"tbv", "ten behoeve van", 0, 0},
    {"thv", "ter hoogte van", 1, 0},
    {"oa", "onder andere", 1, 1},
    {"bijv", "bijvoorbeeld", 0, 1},
    {"cl", "cliënt", 1, 1},
    {"mnd", "maanden", 0, 0},
    {"wkn", "weken", 0, 0},
    {"jr", "jaar", 0, 0},
};

_Static_assert(sizeof(abbrevs) / sizeof(abbrevs[0]) <= 16, "an abbreviation is a bit of 16");

/* tn->abbrev_first: a word's first letter names the few abbreviations to try. Trying all
 * thirteen at every word's start was ~2,650 instructions an event (bench_enrich). */
static void abbrev_index(ll_textnorm *tn) {
    for (size_t a = 0; a < sizeof(abbrevs) / sizeof(abbrevs[0]); a++)
        tn->abbrev_first[abbrevs[a].letters[0] - 'a'] |= (uint16_t)(1u << a);
}

static int is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_ascii_letter(unsigned char c) { return ((unsigned)c | 0x20u) - 'a' < 26u; }
static int is_ascii_word(unsigned char c) {
    return ((unsigned)c | 0x20u) - 'a' < 26u || (unsigned)c - '0' < 10u;
}

/* The abbreviation written at s[0..len), a word's start: its index, *n the bytes it takes,
 * *ends whether its last dot also ends the sentence; -1 when none. */
static int abbrev_at(const ll_textnorm *tn, const char *s, size_t len, size_t *n, int *ends) {
    unsigned f = ((unsigned char)s[0] | 0x20u) - 'a';
    for (unsigned m = f < 26 ? tn->abbrev_first[f] : 0; m; m &= m - 1) {
        size_t a = (size_t)__builtin_ctz(m);
        const char *l = abbrevs[a].letters;
        size_t i = 0, inner = 0, k = 0;
        int last = 0;
        for (; l[k]; k++) {
            if (i >= len || ((unsigned char)s[i] | 0x20) != (unsigned char)l[k])
                break;
            i++;
            last = i < len && s[i] == '.';
            if (last) {
                i++;
                inner += l[k + 1] != '\0';
            }
        }
        if (l[k] || (i < len && is_ascii_word((unsigned char)s[i])))
            continue;
        /* A dot after every letter or after none ("i.vm" is no way to write it); the
         * last may be left off ("i.v.m"); a "dots" one needs its last ("cl."). */
        if ((inner != 0 && inner != k - 1) || (abbrevs[a].dots && !last))
            continue;
        *n = i;
        *ends = 0;
        if (last && !abbrevs[a].never) {
            size_t j = i;
            while (j < len && s[j] == ' ')
                j++;
            *ends = j >= len || s[j] == '\n' || s[j] == '\r' || is_ascii_upper((unsigned char)s[j]);
        }
        return (int)a;
    }
    return -1;
}

static int is_blank_or_bracket(unsigned char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '(' || c == ')' || c == '<' ||
           c == '>' || c == '"' || c == '\'' || c == ',' || c == ';';
}

/* Whether a "host.tld" name ends at s[a..b) with a top-level domain that texts to us name. */
static int tld_at(const char *s, size_t a, size_t b) {
    static const char *const tlds[] = {"nl", "com",  "org", "net", "eu",  "be", "de",
                                       "nu", "info", "io",  "gov", "edu", "uk", "fr"};
    for (size_t t = 0; t < sizeof(tlds) / sizeof(tlds[0]); t++) {
        size_t n = strlen(tlds[t]);
        if (b - a == n && strncasecmp(s + a, tlds[t], n) == 0)
            return 1;
    }
    return 0;
}

/* Whether the full stop at s[i] is inside a web or an e-mail address, between two of its
 * letters or digits ("Las op nu.nl dat ...", "www.rotterdam.nl/afval", "info@gemeente.nl"):
 * it ends no sentence. The address is the run of the text without a blank around the stop,
 * with an "@", a "://", a "www." opening it, or a host whose last part is a top-level domain;
 * a stop without a space after it between words ("kapot.Het") ends its sentence as before
 * (issue 12, falseflag18: the words after the domain fell out of a frame's or a veto's sentence). */
static int address_dot(const char *s, size_t i, size_t len) {
    if (i == 0 || i + 1 >= len || !is_ascii_word((unsigned char)s[i - 1]) ||
        !is_ascii_word((unsigned char)s[i + 1]))
        return 0;
    size_t a = i, b = i + 1;
    while (a > 0 && !is_blank_or_bracket((unsigned char)s[a - 1]))
        a--;
    while (b < len && !is_blank_or_bracket((unsigned char)s[b]))
        b++;
    if (b - a >= 4 && strncasecmp(s + a, "www.", 4) == 0)
        return 1;
    size_t host_end = b;
    for (size_t j = a; j < b; j++) {
        if (s[j] == '@' || (s[j] == ':' && j + 2 < b && s[j + 1] == '/' && s[j + 2] == '/'))
            return 1;
        if (s[j] == '/' && host_end == b)
            host_end = j;
    }
    if (i >= host_end)
        return 0;
    /* The host without the marks that close a sentence after it ("... op nu.nl."). */
    while (host_end > i + 1 && !is_ascii_word((unsigned char)s[host_end - 1]))
        host_end--;
    size_t last = host_end;
    while (last > i + 1 && s[last - 1] != '.')
        last--;
    for (size_t j = last; j < host_end; j++)
        if (!is_ascii_letter((unsigned char)s[j]))
            return 0;
    return tld_at(s, last, host_end);
}

/* Whether the dash at s[i..i+k) is a minus sign: at the text's start or after a space, an
 * opening bracket or a line break, and right before a digit ("-8", "(-5 graden)"), not
 * inside a word, a range or a date ("5-8", "12-02", "Wmo-vervoer"). */
static int minus_at(const char *s, size_t i, size_t k, size_t len) {
    if (i + k >= len || s[i + k] < '0' || s[i + k] > '9')
        return 0;
    return i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' || s[i - 1] == '\n' || s[i - 1] == '\t';
}

/* Whether the dot at s[i] is one of an ellipsis that the sentence goes on after: two or more
 * dots, a space, and a word in lower case ("niet meer wakker worden... tot de wekker gaat"): a
 * pause, not an end; what follows it (a time, a condition) is said of what came before it
 * (suicidal25; suicidal24 left suicidal-dev33 97). An ellipsis before a capital ends its
 * sentence as a full stop does, and so does one before a correction ("opgehangen... ik bedoel:
 * ...", "... eh, te harden", "... nee sorry"): what follows takes back what came before. */
static int ellipsis_goes_on(const char *s, size_t i, size_t len) {
    static const char *const taken_back[] = {"ik bedoel", "bedoel", "eh",    "ehm",
                                             "uh",        "nee",    "sorry", "of eigenlijk",
                                             "oftewel",   "pardon", "grapje"};
    size_t a = i, b = i + 1;
    while (a > 0 && s[a - 1] == '.')
        a--;
    while (b < len && s[b] == '.')
        b++;
    if (b - a < 2)
        return 0;
    size_t sp = b;
    while (b < len && s[b] == ' ')
        b++;
    if (b == sp || b >= len || s[b] < 'a' || s[b] > 'z')
        return 0;
    for (size_t t = 0; t < sizeof(taken_back) / sizeof(taken_back[0]); t++) {
        size_t n = strlen(taken_back[t]);
        if (b + n <= len && memcmp(s + b, taken_back[t], n) == 0 &&
            (b + n == len || !((s[b + n] | 0x20) >= 'a' && (s[b + n] | 0x20) <= 'z')))
            return 0;
    }
    return 1;
}

/* Whether a sentence mark at s[0..i) closes only a quote that the sentence goes on after:
 * the mark, a closing quote right after it, and a word in lower case ("'ik schiet je
 * neer!' met een waterpistool", "'Help!' riep ze"). The quote is a clause of the sentence
 * that tells who said it, how and to whom, and what is said of it there ("met een
 * waterpistool", "tijdens het gamen") is said of the quote. */
static int quote_goes_on(const char *s, size_t i, size_t len) {
    while (i < len && (s[i] == '!' || s[i] == '?' || s[i] == '.'))
        i++;
    if (i < len && (s[i] == '\'' || s[i] == '"'))
        i++;
    else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x9D))
        i += 3; /* ’ or ” */
    else
        return 0;
    size_t sp = i;
    while (i < len && s[i] == ' ')
        i++;
    return i > sp && i < len && s[i] >= 'a' && s[i] <= 'z';
}

/* Whether s[i], inside the word that opens at s[start], is a star or an "@" that hides a
 * letter ("zelfm*rd", "h@@t"): a letter on each side of the run of them. An "@" also only where the word read
 * with an "a" for it is a word of the classifier's or of the Dutch word list: an e-mail
 * address, whole or cut ("info@gemeente.nl", "Aan: info@gemeente"), is two words, as before. */
static int censor_mark_at(const ll_textnorm *tn, const char *s, size_t start, size_t i,
                          size_t len) {
    if ((s[i] != '*' && s[i] != '@') || i == start ||
        !(is_ascii_letter((unsigned char)s[i - 1]) || s[i - 1] == s[i]))
        return 0;
    size_t next = i + 1;
    while (next < len && s[next] == s[i])
        next++;
    if (next >= len || !is_ascii_letter((unsigned char)s[next]))
        return 0;
    if (s[i] == '*')
        return 1;
    if (!tn->vocab)
        return 0;
    char w[LL_SPELLING_MAX];
    size_t n = 0;
    for (size_t j = start; j < len && (is_ascii_letter((unsigned char)s[j]) || s[j] == '@'); j++) {
        if (n == sizeof(w))
            return 0;
        w[n++] = s[j] == '@' ? 'a' : (char)((unsigned char)s[j] | 0x20);
    }
    size_t vn;
    return ll_wordlist_has(tn->known, w, n) || ll_wordset_get(tn->vocab, w, n, &vn);
}

/* Exclamation marks count for every word of the sentence they close. */
static void close_sentence(ll_textnorm *tn, size_t first, unsigned excl) {
    if (excl > 3)
        excl = 3;
    for (size_t i = first; i < tn->ntoks; i++)
        tn->toks[i].excl = (uint8_t)excl;
}

/* A word that opens a sentence closes the one before it, which takes its exclamation marks. */
static void open_sentence(ll_textnorm *tn, size_t *first, unsigned *excl) {
    close_sentence(tn, *first, *excl);
    *first = tn->ntoks;
    *excl = 0;
}

void ll_textnorm_add(ll_textnorm *tn, const char *s, size_t len, uint8_t src) {
    tn->para_from = NULL; /* separately added parts never share a paragraph break */
    int newsent = 1;      /* separately added parts never share a sentence */
    int newclause = 1;
    size_t first = tn->ntoks;
    unsigned excl = 0;
    size_t i = 0;
    while (i < len) {
        utf8proc_int32_t cp;
        int word;
        utf8proc_ssize_t k = next_cp(s + i, len - i, &cp, &word);
        if (k <= 0) {
            i++;
            continue;
        }
        size_t an;
        int ends, ab;
        if (word && (ab = abbrev_at(tn, s + i, len - i, &an, &ends)) >= 0) {
            if (newsent)
                open_sentence(tn, &first, &excl);
            for (const char *w = abbrevs[ab].words; *w;) {
                size_t wn = strcspn(w, " ");
                emit_word(tn, s + i, an, w, wn, src, newsent, newclause);
                newsent = newclause = 0;
                w += wn + (w[wn] == ' ');
            }
            i += an;
            newsent = ends;
            continue;
        }
        if (word) {
            size_t start = i;
            i += (size_t)k;
            while (i < len) {
                /* Most of a word: ASCII letters and digits, taken as next_cp
                 * would take them, without its call. */
                unsigned a = (unsigned char)s[i];
                if ((a | 0x20) - 'a' < 26u || a - '0' < 10u) {
                    i++;
                    continue;
                }
                if (censor_mark_at(tn, s, start, i, len)) {
                    i++;
                    continue;
                }
                k = next_cp(s + i, len - i, &cp, &word);
                if (k <= 0 || !word)
                    break;
                i += (size_t)k;
            }
            if (newsent)
                open_sentence(tn, &first, &excl);
            size_t n0 = tn->ntoks;
            emit_word(tn, s + start, i - start, s + start, i - start, src, newsent, newclause);
            if (tn->ntoks > n0 && start > 0 && s[start - 1] == '(')
                tn->toks[n0].paren = 1;
            newsent = newclause = 0;
            continue;
        }
        /* "bel [TELEFOON]" says nothing about phoning being a problem, and
         * "[NAAM]" is not the word "naam": the classifier reads masked text. */
        if (cp == '[') {
            size_t ph = ll_mask_placeholder_at(s + i, len - i);
            if (ph > 0) {
                i += ph;
                continue;
            }
        }
        if (cp == '!')
            excl++;
        /* A minus sign before a number, not a hyphen between words or digits: "vannacht -8"
         * is "min 8", a night of frost, where the dash alone left a warm 8. */
        if ((cp == '-' || cp == 0x2212) && minus_at(s, i, (size_t)k, len)) {
            if (newsent)
                open_sentence(tn, &first, &excl);
            emit_word(tn, s + i, (size_t)k, "min", 3, src, newsent, newclause);
            newsent = newclause = 0;
            i += (size_t)k;
            continue;
        }
        /* A full stop between digits ("5.30", "1.200") or inside an address ends nothing. */
        if (cp == '.' && i > 0 && i + 1 < len &&
            ((s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9') ||
             address_dot(s, i, len))) {
            i += (size_t)k;
            continue;
        }
        if (((cp == '.' || cp == '!' || cp == '?') && quote_goes_on(s, i + (size_t)k, len)) ||
            (cp == '.' && ellipsis_goes_on(s, i, len)))
            newclause = 1;
        else if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n')
            newsent = 1;
        if (cp == ',' || cp == ':' || cp == '(' || cp == ')' || cp == '"')
            newclause = 1;
        i += (size_t)k;
    }
    close_sentence(tn, first, excl);
}

static size_t trim_copy(const char *stream, size_t len, char *out) {
    size_t a = 0, b = len;
    while (a < b && (stream[a] == ' ' || stream[a] == '|'))
        a++;
    while (b > a && (stream[b - 1] == ' ' || stream[b - 1] == '|'))
        b--;
    for (size_t i = a; i < b; i++)
        out[i - a] = stream[i] == '|' ? ' ' : stream[i];
    out[b - a] = '\0';
    return b - a;
}

int ll_textnorm_pattern(ll_textnorm *tn, const char *s, char *out_surf, char *out_stem,
                        size_t cap) {
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, s, strlen(s), 0);
    if (tn->truncated || tn->surf_len >= cap || tn->stem_len >= cap)
        return -1;
    trim_copy(tn->surf, tn->surf_len, out_surf);
    trim_copy(tn->stem, tn->stem_len, out_stem);
    int n = (int)tn->ntoks;
    ll_textnorm_reset(tn);
    return n;
}
