/* names.h - finds and masks names of persons in Dutch free text, keeping streets, places and
 * organisations.
 *
 * Rules, not a model: a capitalised word (or particle + word) after a title
 * ("mevrouw De Vries", "dhr. Jansen"), a relation word ("mijn buurman Ahmed"),
 * a greeting ("Beste Ans,"), a field label ("Naam:") or in the signature after
 * a closing ("Met vriendelijke groet,") is a name; so are initials with a
 * surname ("J.P. van der Berg"), a known first name with what follows it
 * ("Fatima El Idrissi"), a known surname, and a particle with a known surname
 * ("de Jong"). Words ending in a street suffix, the multi-word streets they
 * end ("Pieter de Hoochweg") and the places and organisations of the keep list
 * are never masked. A sentence-initial capital is no evidence on its own. The
 * approach follows the published Dutch de-identifiers (deduce: prefix,
 * interfix, initial and lookup annotators); its lists are GPL-3.0 and are not
 * used here: config/names-*.txt are this project's own. */
#ifndef LL_NAMES_H
#define LL_NAMES_H

#include <stddef.h>

#include "mask.h" /* LL_MASK_NAME */

/* Bounds, checked while loading the lists and scanning. */
#define LL_NAMES_MAX_ENTRIES 65536                /* entries over the three lists */
#define LL_NAMES_MAX_LIST_BYTES (4 * 1024 * 1024) /* one list file */
#define LL_NAMES_MAX_WORD_BYTES 64                /* a folded word; longer words are never names */
#define LL_NAMES_MAX_PHRASE_WORDS 5               /* words of one keep-list phrase */
/* Runs inside one name, so that no input makes a scan quadratic ("De De De ..."). */
#define LL_NAMES_MAX_PARTICLES 4 /* van der, van de, in 't, de la */
#define LL_NAMES_MAX_INITIALS 6  /* J.P.M.A. */
#define LL_NAMES_MAX_WORDS 8     /* words of one name after its start */
#define LL_NAMES_MAX_SKIPS 256 /* e-mail addresses, URLs and masks per text (more: read as prose) */

/* Why a span was taken for a name; the event's mask reasons name these. */
enum ll_name_rule {
    LL_NAME_TITLE,     /* after mevrouw, dhr., de heer, familie, dr. ... */
    LL_NAME_RELATION,  /* after buurman, dochter, huisarts, ik ben, heet ... */
    LL_NAME_GREETING,  /* after Beste, Hoi, Geachte ... at the start of a sentence */
    LL_NAME_SIGNATURE, /* on the line after (or the rest of) a closing */
    LL_NAME_FIELD,     /* after a label: Naam:, Melder:, Van: ... */
    LL_NAME_INITIALS,  /* initials and a surname */
    LL_NAME_FIRST,     /* a known first name */
    LL_NAME_SURNAME,   /* a known surname, or a particle and a surname */
    LL_NAME_RULES
};

typedef struct ll_name_span {
    size_t start, end; /* bytes of the caller's text */
    int rule;          /* enum ll_name_rule */
} ll_name_span;

/* The lists: read-only once loaded, shared by every thread. */
typedef struct ll_names ll_names;
/* One thread's working memory for texts up to max_len bytes. */
typedef struct ll_names_scan ll_names_scan;

/* Loads the first-name, surname and keep lists (formats in the files' opening
 * comments). NULL with errstr "FILE:LINE: message" on a bad entry, a missing
 * file or a bound exceeded. Free with ll_names_free (NULL-safe). */
ll_names *ll_names_load(const char *first_path, const char *surname_path, const char *keep_path,
                        char *errstr, size_t errlen);
void ll_names_free(ll_names *nm);
int ll_names_count(const ll_names *nm);

/* A Dutch word list (processors/spelling.h; the taxonomy's "spelling:" list, Debian's
 * wdutch from OpenTaal) that tells an ordinary word from a name in lower case: after a
 * title or a relation word, a lower-case word the list does not know as an ordinary
 * word is a name ("wijkagent el khatib", "meneer achmed"), and a listed name that it
 * knows is the word where sentences start with capitals ("Meneer wilde graag").
 * Borrowed: words must outlive nm's scans. NULL (the default): the lists alone. */
struct ll_wordlist;
void ll_names_set_words(ll_names *nm, const struct ll_wordlist *words);

/* Allocates everything a scan of up to max_len bytes needs, so scanning
 * allocates nothing. NULL when out of memory; ll_names_scan_free is NULL-safe. */
ll_names_scan *ll_names_scan_new(size_t max_len);
void ll_names_scan_free(ll_names_scan *sc);

/* Finds the names in s[0..len) (UTF-8; invalid bytes separate words), in
 * order, not overlapping. *spans points into sc and lives until its next
 * scan. Returns their number, or -1 when len is above the scan's max_len. */
int ll_names_find(const ll_names *nm, ll_names_scan *sc, const char *s, size_t len,
                  const ll_name_span **spans);

/* Bytes out needs for the masked text of len input bytes. */
size_t ll_names_bound(size_t len);
/* Writes s[0..len) to out with every name replaced by LL_MASK_NAME
 * (NUL-terminated); *count gets the number masked and *rules the rules that
 * found them (bit 1 << enum ll_name_rule). Returns the output length, or
 * (size_t)-1 when len is above the scan's max_len. */
size_t ll_names_mask(const ll_names *nm, ll_names_scan *sc, const char *s, size_t len, char *out,
                     int *count, unsigned *rules);

const char *ll_name_rule_name(int rule);

/* Whether one word (as written, UTF-8) names a place or a street to the masker: a place
 * of the keep list ("Weena", "Charlois") or a word ending as streets and places do
 * ("Kruisplein", "Afrikaanderwijk"). Case does not matter here; the caller decides
 * whether the word stands as a name. */
int ll_names_is_place(const ll_names *nm, const char *w, size_t n);

#endif
