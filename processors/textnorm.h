/* textnorm.h - Dutch text normalisation for matching: tokens, NFKC case folding, accents, stems. */
#ifndef LL_TEXTNORM_H
#define LL_TEXTNORM_H

#include <stddef.h>
#include <stdint.h>

#include "ll_limits.h"
#include "spelling.h"

/* Bounds of the text analysis. They live beside the code that owns the
 * buffers; every buffer below is sized by them once, in ll_textnorm_new. */
#define LL_TEXTNORM_MAX_WORD_BYTES 64 /* folded word; longer ones are cut */
#define LL_TEXTNORM_MAX_WORD_CPS (4 * LL_TEXTNORM_MAX_WORD_BYTES) /* code points while folding */
#define LL_TEXTNORM_MAX_TOKENS (LL_MAX_TEXT_BYTES / 2 + LL_MAX_SUBJECT_BYTES / 2)
/* One stream holds every word once plus a separator; words beyond it are
 * not analysed (a 32 KiB text of real words stays far below it). */
#define LL_TEXTNORM_MAX_STREAM (2 * (LL_MAX_TEXT_BYTES + LL_MAX_SUBJECT_BYTES))

/* One word of the input. */
typedef struct ll_tok {
    const char *orig; /* its bytes in the caller's text (not owned) */
    uint32_t orig_len;
    uint32_t surf; /* offset of its folded form in the surface stream */
    uint32_t stem; /* offset of its stem in the stem stream */
    uint16_t surf_len, stem_len;
    uint32_t sent;   /* sentence number: "~" terms stay inside one */
    uint32_t clause; /* clause number (commas too): negation stays inside one */
    uint8_t caps;    /* written in capitals (>= 3 letters, none lower case) */
    uint8_t excl;    /* exclamation marks ending its sentence, at most 3 */
    uint8_t src;     /* which ll_textnorm_add call it came from */
    uint8_t paren;   /* right after an opening bracket: "mijn moeder (87)" */
    uint16_t para;   /* paragraph number: a blank line in one ll_textnorm_add call opens one */
} ll_tok;

/* The analysed text: tokens and two streams, " w1 w2|w3 ", one of folded
 * words and one of their Dutch stems. ' ' separates words, '|' sentences
 * (and the parts added separately), so no pattern runs across them. */
typedef struct ll_textnorm {
    ll_tok *toks;
    size_t ntoks;
    char *surf; /* LL_TEXTNORM_MAX_STREAM + 1 */
    size_t surf_len;
    char *stem; /* LL_TEXTNORM_MAX_STREAM + 1 */
    size_t stem_len;
    int32_t *surf_tok; /* stream offset -> token index, for both streams */
    int32_t *stem_tok;
    uint32_t nsent;
    uint32_t nclause;
    uint16_t npara;
    int truncated; /* some words did not fit */
    /* private */
    struct sb_stemmer *stemmer;
    int32_t *cps;                   /* LL_TEXTNORM_MAX_WORD_CPS */
    struct ll_textnorm_slot *cache; /* analysed words (textnorm.c) */
    uint32_t cache_clock;     /* counts the cache's uses (which slot was used last; wrapping only
                           * picks a worse slot to replace) */
    const ll_wordlist *known; /* ll_textnorm_set_spelling; not owned */
    const ll_wordset *vocab;
    uint16_t abbrev_first[26]; /* per first letter a-z: the abbreviations it starts (bits) */
    const char *para_from;     /* the end of the last word of this ll_textnorm_add call */
} ll_textnorm;

/* All buffers are allocated here, so analysing a text allocates nothing.
 * NULL with errstr set on failure; free with ll_textnorm_free (NULL-safe). */
ll_textnorm *ll_textnorm_new(char *errstr, size_t errlen);
void ll_textnorm_free(ll_textnorm *tn);

/* Starts a new text. */
void ll_textnorm_reset(ll_textnorm *tn);
/* Appends the words of s[0..len) (UTF-8; invalid bytes separate words),
 * marking them with src. Words that do not fit set tn->truncated. */
void ll_textnorm_add(ll_textnorm *tn, const char *s, size_t len, uint8_t src);

/* From now on a word that is in neither set and one edit from exactly one
 * word of vocab is read as that word, with vocab's value as its stem
 * (spelling.h); NULL sets turn it off. The sets must outlive tn. Words of
 * the text keep their own bytes (orig) for the reasons. */
void ll_textnorm_set_spelling(ll_textnorm *tn, const ll_wordlist *known, const ll_wordset *vocab);

/* Folds one pattern as the text is folded: out_surf and out_stem receive the
 * words joined by single spaces (no leading or trailing space). Returns the
 * number of words, 0 when there are none, -1 when it does not fit in cap. */
int ll_textnorm_pattern(ll_textnorm *tn, const char *s, char *out_surf, char *out_stem, size_t cap);

#endif
