/* spelling.h - tolerance for misspelt words: a word no Dutch word list knows, read as the one rule word it is one edit from.
 *
 * Phrase rules and taxonomy words miss a message that spells "kontainer",
 * "vuilnisbakk" or "gaslucth". Listing every misspelling is the longer list
 * issue 12 asks us not to write. Instead a word of the text that is neither
 * in a Dutch word list (Debian's wdutch, the OpenTaal list,
 * /usr/share/dict/nederlands) nor among the classifier's own words, and that
 * is one edit (a letter dropped, added, changed, or two swapped) from
 * exactly one word of the classifier, is read as that word. A real Dutch
 * word is never changed ("bos" stays "bos" though "boos" is a rule word),
 * nor a word two rule words are equally near. */
#ifndef LL_SPELLING_H
#define LL_SPELLING_H

#include <stddef.h>

#define LL_SPELLING_MIN 5                /* shortest word read as a misspelling (bytes, a-z) */
#define LL_WORDLIST_MIN 2                /* shortest word a word list keeps (the name masker's) */
#define LL_SPELLING_MAX 40               /* longest */
#define LL_SPELLING_MAX_WORDS (1u << 21) /* words of a set or list (OpenTaal's: ~400,000) */
#define LL_WORDLIST_LINE 255             /* longest line of a word list read (bytes) */

/* A set of folded words (lower case a-z, "ij" written "y", as textnorm folds
 * them), each with a value (the classifier's words: their stem). */
typedef struct ll_wordset ll_wordset;

ll_wordset *ll_wordset_new(void);     /* NULL when out of memory; free with ll_wordset_free */
void ll_wordset_free(ll_wordset *ws); /* NULL-safe */
/* Adds w[0..n) with value val[0..vn) (kept: the first value added); 0, or -1
 * when out of memory or full. */
int ll_wordset_add(ll_wordset *ws, const char *w, size_t n, const char *val, size_t vn);
/* The value of w[0..n) (its length in *vn), or NULL when absent. */
const char *ll_wordset_get(const ll_wordset *ws, const char *w, size_t n, size_t *vn);
size_t ll_wordset_size(const ll_wordset *ws);
/* A Dutch word list, read only: the words a misspelling may not be, kept
 * sorted and front-coded (each word after the first of a block of
 * LL_WORDLIST_BLOCK as the length it shares with the word before it and the
 * rest). Only words of LL_WORDLIST_MIN..LL_SPELLING_MAX bytes are kept: no
 * other word is ever asked for (the spelling tolerance asks from
 * LL_SPELLING_MIN, the name masker from LL_WORDLIST_MIN). Each word keeps one
 * bit: whether some line spells it as an ordinary word, in lower case or as an
 * abbreviation in capitals ("bakker", "GGD"), or only capitalised as a name
 * ("Achmed", "Jansen"). The OpenTaal list's 386k words take 2.3 MB
 * so, where a hash set of them held 11.5 MB of the processor's peak RSS
 * (issue 16, bound 64 MiB). A look-up is a binary search over the blocks'
 * first words and a walk of one block: it runs once per word a worker's
 * word cache has not seen. */
#define LL_WORDLIST_BLOCK 16
typedef struct ll_wordlist ll_wordlist;

/* Reads a word list, one word a line: words of ASCII letters lower cased,
 * "ij" as "y"; words with other letters ("geïrriteerd", "Müller", "Yılmaz")
 * under their ll_wordlist_key, which holds a byte beyond ASCII and so is never
 * asked for by the spelling tolerance (a-z only): it reads the list as before.
 * Other lines (digits, hyphens, abbreviations with dots, several words) are
 * skipped, as are lines longer than LL_WORDLIST_LINE bytes and lines holding
 * a NUL byte. The words are sorted by a radix sort (no
 * comparisons: the Debian list is in its locale's order). NULL
 * with errstr "PATH: reason" on failure; free with ll_wordlist_free. */
ll_wordlist *ll_wordlist_read(const char *path, char *errstr, size_t errlen);
void ll_wordlist_free(ll_wordlist *wl);                              /* NULL-safe */
int ll_wordlist_has(const ll_wordlist *wl, const char *w, size_t n); /* 1 when w[0..n) is listed */
/* 1 when w[0..n) is listed as an ordinary word: in lower case or in capitals ("wilde",
 * "GGD"), not only capitalised ("Achmed"). */
int ll_wordlist_common(const ll_wordlist *wl, const char *w, size_t n);
/* 1 when w[0..n) (a list's key) is two ordinary words written as one, as Dutch writes its
 * compounds and no list holds them all ("benedenflat", "buurt|s|bewoners"). */
int ll_wordlist_compound(const ll_wordlist *wl, const char *w, size_t n);
size_t ll_wordlist_size(const ll_wordlist *wl); /* words kept */
/* The key under which a list holds the word s[0..n) with letters beyond a-z:
 * case folded (utf8proc) and composed (NFC), its accents kept, "ij" as "y"
 * ("Müller" -> "m\xc3\xbcller", not the ordinary word "muller"; "yılmaz"
 * keeps its dotless i). Its length, or 0 when s[0..n) is not one word of
 * letters, is all ASCII once folded ("Straße"), or does not fit in cap or
 * LL_WORDLIST_MIN..LL_SPELLING_MAX bytes. */
size_t ll_wordlist_key(const char *s, size_t n, char *out, size_t cap);

/* The word of vocab that w[0..n) (folded) is a misspelling of: NULL when w
 * is known or in vocab, shorter than LL_SPELLING_MIN, not all a-z, or when no
 * word or more than one is one edit away. *wn is the word's length; its
 * value (stem) is returned in *stem / *sn. */
const char *ll_spelling_correct(const ll_wordlist *known, const ll_wordset *vocab, const char *w,
                                size_t n, size_t *wn, const char **stem, size_t *sn);

#endif
