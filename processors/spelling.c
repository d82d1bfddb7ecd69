/* spelling.c - tolerance for misspelt words: a word no Dutch word list knows, read as the one rule word it is one edit from. */
#include "spelling.h"

#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct entry {
    uint32_t off; /* key in the arena, then its value */
    uint8_t kn, vn;
} entry;

/* One bit per (length mod 64, first byte, second byte mod 32): set for
 * every word added. A misspelling's ~50 one-edit variants per letter are
 * each looked up in the classifier's few thousand words; nearly every
 * variant's bit is clear, which answers "absent" before hashing it (a word
 * seen for the first time cost ~30k instructions, most of them in FNV). */
#define PREFIX_BITS 16

struct ll_wordset {
    char *arena;
    size_t len, cap;
    entry *e;
    size_t n;
    uint32_t *slot; /* entry index + 1, 0 empty */
    size_t nslot;   /* a power of two, kept over twice n */
    int shift;      /* 64 - log2(nslot): a hash's slot is its top bits after a multiply */
    uint64_t prefix[(1u << PREFIX_BITS) / 64];
};

/* A word's hash: sum of w[k] * HASH_B^(n-1-k), mod 2^64 (Horner). A one-edit
 * variant's hash follows from the word's in a few multiplications
 * (ll_spelling_correct), where FNV-1a had to run over every variant whole. */
#define HASH_B 1099511628211ull

static uint64_t word_hash(const char *w, size_t n) {
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++)
        h = h * HASH_B + (unsigned char)w[i];
    return h;
}

static size_t slot_of(uint64_t h, int shift) {
    return (size_t)((h * 0x9e3779b97f4a7c15ull) >> shift); /* the polynomial's top bits, mixed */
}

static size_t prefix_bit(const char *w, size_t n) {
    size_t b0 = n > 0 ? (unsigned char)w[0] : 0, b1 = n > 1 ? (unsigned char)w[1] : 0;
    return (n & 63) << 10 | (b0 & 31) << 5 | (b1 & 31);
}

ll_wordset *ll_wordset_new(void) {
    ll_wordset *ws = calloc(1, sizeof(*ws));
    if (!ws)
        return NULL;
    ws->nslot = 1024;
    ws->shift = 64 - 10;
    if (!(ws->slot = calloc(ws->nslot, sizeof(*ws->slot)))) {
        free(ws);
        return NULL;
    }
    return ws;
}

void ll_wordset_free(ll_wordset *ws) {
    if (!ws)
        return;
    free(ws->arena);
    free(ws->e);
    free(ws->slot);
    free(ws);
}

size_t ll_wordset_size(const ll_wordset *ws) { return ws->n; }

/* The entry of w[0..n), whose word_hash is h; or -1 and its empty slot in *at. */
static int64_t find_h(const ll_wordset *ws, uint64_t h, const char *w, size_t n, size_t *at) {
    size_t mask = ws->nslot - 1, i = slot_of(h, ws->shift);
    for (;; i = (i + 1) & mask) {
        uint32_t v = ws->slot[i];
        if (!v) {
            *at = i;
            return -1;
        }
        const entry *e = &ws->e[v - 1];
        if (e->kn == n && memcmp(ws->arena + e->off, w, n) == 0)
            return v - 1;
    }
}

static int64_t find(const ll_wordset *ws, const char *w, size_t n, size_t *at) {
    return find_h(ws, word_hash(w, n), w, n, at);
}

static int grow(ll_wordset *ws) {
    size_t nslot = ws->nslot * 2;
    uint32_t *slot = calloc(nslot, sizeof(*slot));
    if (!slot)
        return -1;
    for (size_t k = 0; k < ws->n; k++) {
        const entry *e = &ws->e[k];
        size_t i = slot_of(word_hash(ws->arena + e->off, e->kn), ws->shift - 1);
        while (slot[i])
            i = (i + 1) & (nslot - 1);
        slot[i] = (uint32_t)k + 1;
    }
    free(ws->slot);
    ws->slot = slot;
    ws->nslot = nslot;
    ws->shift--;
    return 0;
}

int ll_wordset_add(ll_wordset *ws, const char *w, size_t n, const char *val, size_t vn) {
    size_t at;
    if (n == 0 || n > UINT8_MAX || vn > UINT8_MAX)
        return -1;
    if (find(ws, w, n, &at) >= 0)
        return 0;
    if (ws->n >= LL_SPELLING_MAX_WORDS)
        return -1;
    if ((ws->n + 1) * 2 > ws->nslot) {
        if (grow(ws) != 0)
            return -1;
        find(ws, w, n, &at);
    }
    if (ws->len + n + vn > ws->cap) {
        size_t cap = ws->cap ? ws->cap * 2 : 65536;
        while (cap < ws->len + n + vn)
            cap *= 2;
        char *a = realloc(ws->arena, cap);
        if (!a)
            return -1;
        ws->arena = a;
        ws->cap = cap;
    }
    if ((ws->n & (ws->n - 1)) == 0 || ws->n == 0) { /* entries double at powers of two */
        entry *e = realloc(ws->e, (ws->n ? 2 * ws->n : 1) * sizeof(*e));
        if (!e)
            return -1;
        ws->e = e;
    }
    entry *e = &ws->e[ws->n];
    e->off = (uint32_t)ws->len;
    e->kn = (uint8_t)n;
    e->vn = (uint8_t)vn;
    memcpy(ws->arena + ws->len, w, n);
    memcpy(ws->arena + ws->len + n, val, vn);
    ws->len += n + vn;
    ws->slot[at] = (uint32_t)ws->n + 1;
    ws->n++;
    size_t b = prefix_bit(w, n);
    ws->prefix[b >> 6] |= (uint64_t)1 << (b & 63);
    return 0;
}

const char *ll_wordset_get(const ll_wordset *ws, const char *w, size_t n, size_t *vn) {
    size_t at;
    int64_t k = find(ws, w, n, &at);
    if (k < 0)
        return NULL;
    *vn = ws->e[k].vn;
    return ws->arena + ws->e[k].off + ws->e[k].kn;
}

/* ------------------------------------------------------------ word list */

struct ll_wordlist {
    unsigned char *data; /* the blocks in order: the first word as length and bytes, each
                            next as shared prefix length, rest length, rest */
    uint32_t *block;     /* where each block starts in data */
    size_t nblock, n;
};

void ll_wordlist_free(ll_wordlist *wl) {
    if (!wl)
        return;
    free(wl->data);
    free(wl->block);
    free(wl);
}

size_t ll_wordlist_size(const ll_wordlist *wl) { return wl->n; }

static int word_cmp(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
    int r = memcmp(a, b, an < bn ? an : bn);
    return r ? r : (an > bn) - (an < bn);
}

/* In the length byte of a word read, and in the coded list the first word's
 * length byte or a next word's rest length: the word is an ordinary word, spelt
 * in lower case (or as an abbreviation in capitals) by some line of the list.
 * Words are at most LL_SPELLING_MAX (< 128) bytes. */
#define COMMON_BIT 0x80u
#define LEN_OF(b) ((b) & ~COMMON_BIT)

/* The key of a word with letters beyond a-z (ll_wordlist_key), and in *lower /
 * *upper / *letters whether its first letter is lower case, how many of its letters
 * are capitals and how many letters it has. */
#define N_CPS(a) (sizeof(a) / sizeof((a)[0]))

static size_t accented_key(const char *s, size_t n, char *out, size_t cap, int *lower,
                           size_t *upper, size_t *letters) {
    utf8proc_int32_t cps[LL_SPELLING_MAX + 8];
    *lower = 0;
    *upper = *letters = 0;
    for (size_t i = 0; i < n;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t r =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (r <= 0)
            return 0;
        i += (size_t)r;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c < UTF8PROC_CATEGORY_LU || c > UTF8PROC_CATEGORY_ME) /* letters and marks only */
            return 0;
        if (c <= UTF8PROC_CATEGORY_LO) {
            if (*letters == 0)
                *lower = c == UTF8PROC_CATEGORY_LL;
            *upper += c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
            (*letters)++;
        }
    }
    utf8proc_ssize_t m = utf8proc_decompose_custom(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, cps, (utf8proc_ssize_t)N_CPS(cps),
        UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD, NULL, NULL);
    if (m < 0 || m > (utf8proc_ssize_t)N_CPS(cps))
        return 0;
    m = utf8proc_normalize_utf32(cps, m, UTF8PROC_COMPOSE); /* NFC: a key no longer than its line */
    if (m < 0)
        return 0;
    size_t o = 0;
    int any = 0; /* a byte beyond ASCII in the key */
    for (utf8proc_ssize_t j = 0; j < m; j++) {
        if (o + 4 > cap)
            return 0;
        if (cps[j] < 0x80) {
            char ch = (char)cps[j];
            if (ch == 'j' && o > 0 && out[o - 1] == 'i')
                out[o - 1] = 'y'; /* "ij" as textnorm writes it */
            else
                out[o++] = ch;
        } else {
            any = 1;
            o += (size_t)utf8proc_encode_char(cps[j], (utf8proc_uint8_t *)out + o);
        }
    }
    return any && o >= LL_WORDLIST_MIN && o <= LL_SPELLING_MAX ? o : 0;
}

size_t ll_wordlist_key(const char *s, size_t n, char *out, size_t cap) {
    int lower;
    size_t upper, letters;
    return accented_key(s, n, out, cap, &lower, &upper, &letters);
}

/* The line at *p folded as textnorm folds a word into w (LL_SPELLING_MAX + 4
 * bytes): 0 when it is not a word of LL_WORDLIST_MIN..LL_SPELLING_MAX letters,
 * else its length. A line with a byte beyond ASCII is a word with accents
 * ("geïrriteerd", "Müller") under its ll_wordlist_key, taken only when the key
 * is no longer than the line (fold_words writes keys over the lines). *p is
 * left at the byte that ended or refused the word. *common is set when the
 * line spells an ordinary word: it starts in lower case ("bakker", "wilde") or
 * is all capitals ("GGD"), not a name as "Achmed" or "Jansen". */
static size_t fold_line(const char **p, char *w, int *common) {
    size_t n = 0, upper = 0;
    const unsigned char *line = (const unsigned char *)*p, *q = line;
    for (;; q++) {
        unsigned char ch = *q | 0x20; /* a letter lower cased; no other byte becomes a-z */
        if (ch < 'a' || ch > 'z' || n == LL_SPELLING_MAX + 1) {
            if (*q >= 0x80) {
                const unsigned char *e = q;
                while (*e && *e != '\n' && *e != '\r')
                    e++;
                *p = (const char *)e;
                int lower;
                size_t letters, ln = (size_t)(e - line);
                size_t kn = accented_key((const char *)line, ln, w, LL_SPELLING_MAX + 4, &lower,
                                         &upper, &letters);
                *common = lower || (upper >= 2 && upper == letters);
                return kn <= ln ? kn : 0;
            }
            *p = (const char *)q;
            *common = (line[0] >= 'a' && line[0] <= 'z') || (upper >= 2 && upper == n);
            return (*q == '\n' || *q == '\r' || *q == '\0') && n >= LL_WORDLIST_MIN &&
                           n <= LL_SPELLING_MAX
                       ? n
                       : 0;
        }
        upper += *q < 'a';
        if (ch == 'j' && n > 0 && w[n - 1] == 'i')
            w[n - 1] = 'y'; /* "ij" as textnorm writes it */
        else
            w[n++] = (char)ch;
    }
}

/* The whole of f in *buf (*len bytes and a NUL after them). */
static int read_all(FILE *f, char **buf, size_t *len) {
    size_t cap = 1u << 16;
    for (;;) {
        char *nb = realloc(*buf, cap + 1);
        if (!nb)
            return -1;
        *buf = nb;
        *len += fread(*buf + *len, 1, cap - *len, f);
        if (*len < cap)
            break;
        cap *= 2;
    }
    (*buf)[*len] = '\0';
    return 0;
}

/* The words of buf[0..*len) (one a line of at most LL_WORDLIST_LINE bytes),
 * each folded word of LL_WORDLIST_MIN..LL_SPELLING_MAX letters as its length
 * byte (with COMMON_BIT when the line spells an ordinary word) and bytes,
 * written over buf from its start (a word never takes more bytes than its
 * line and its newline); *len becomes their bytes, *n their number. */
static int fold_words(char *buf, size_t *len, size_t *n) {
    char w[LL_SPELLING_MAX + 4];
    size_t o = 0;
    for (const char *p = buf, *end = buf + *len; p < end;) {
        const char *line = p;
        int common;
        size_t wn = fold_line(&p, w, &common);
        if (p < end && *p != '\n') { /* refused, or ended by '\r' or a NUL: find the line's end */
            if (*p == '\0')
                wn = 0; /* a NUL byte in a line: no word (the buffer's own NUL ends the last) */
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl : end;
        }
        if (p - line > LL_WORDLIST_LINE)
            wn = 0;
        p += p < end; /* past the newline */
        if (!wn)
            continue;
        if (*n >= LL_SPELLING_MAX_WORDS)
            return -1;
        buf[o] = (char)(wn | (common ? COMMON_BIT : 0));
        memcpy(buf + o + 1, w, wn);
        o += 1 + wn;
        (*n)++;
    }
    *len = o;
    return 0;
}

/* The byte of w (a length byte and a-z, or an accented key's bytes) at d as a
 * radix digit: 0 past its end, so that a word sorts before the words it is a
 * prefix of; a..z 1..26; any byte beyond ASCII 27 (HIGH), in memcmp's order
 * after a..z: the few accented keys of that bucket are sorted by comparison. */
static unsigned digit(const unsigned char *w, size_t d) {
    if (d >= LEN_OF(w[0]))
        return 0;
    unsigned b = w[1 + d];
    return b >= 0x80 ? 27 : b - 'a' + 1;
}

#define HIGH 27
#define RADIX 28           /* end of word, a..z, a byte beyond ASCII */
#define RADIX_INSERTION 24 /* fewer words than this are sorted by insertion */

/* Sorts at[0..n) (words sharing their first d bytes) in word_cmp order: an
 * MSD radix sort over the letters, tmp the scratch of n pointers. The list's
 * ~380,000 words took qsort ~280M instructions with its comparisons (the
 * Debian file is sorted in its locale's order, not in bytes after folding:
 * ~3,300 ascending runs, so it is no sorted list to check); this takes ~90M. */
/* qsort's order of words (pointers to their length bytes): word_cmp's. */
static int high_cmp(const void *x, const void *y) {
    const unsigned char *a = *(const unsigned char *const *)x,
                        *b = *(const unsigned char *const *)y;
    return word_cmp(a + 1, LEN_OF(a[0]), b + 1, LEN_OF(b[0]));
}

static void radix_sort(const unsigned char **at, const unsigned char **tmp, size_t n, size_t d) {
    if (n < RADIX_INSERTION) {
        for (size_t i = 1; i < n; i++) {
            const unsigned char *x = at[i];
            size_t j = i;
            for (; j > 0 && word_cmp(at[j - 1] + 1 + d, LEN_OF(at[j - 1][0]) - d, x + 1 + d,
                                     LEN_OF(x[0]) - d) > 0;
                 j--)
                at[j] = at[j - 1];
            at[j] = x;
        }
        return;
    }
    size_t count[RADIX] = {0}, start[RADIX];
    for (size_t i = 0; i < n; i++)
        count[digit(at[i], d)]++;
    for (size_t b = 0, s = 0; b < RADIX; s += count[b++])
        start[b] = s;
    for (size_t i = 0; i < n; i++)
        tmp[start[digit(at[i], d)]++] = at[i];
    memcpy(at, tmp, n * sizeof(*at));
    if (count[HIGH] > 1) /* accented keys: their bytes beyond ASCII compared */
        qsort(at + n - count[HIGH], count[HIGH], sizeof(*at), high_cmp);
    /* Bucket 0: the words of d bytes, all equal. */
    for (size_t b = 1, s = count[0]; b < HIGH; s += count[b++])
        if (count[b] > 1)
            radix_sort(at + s, tmp, count[b], d + 1);
}

static size_t shared_prefix(const unsigned char *a, size_t an, const unsigned char *b, size_t bn) {
    size_t p = 0;
    while (p < an && p < bn && a[p] == b[p])
        p++;
    return p;
}

ll_wordlist *ll_wordlist_read(const char *path, char *errstr, size_t errlen) {
    char *buf = NULL;          /* the file, then its words */
    unsigned char **at = NULL; /* each word's start, to sort */
    const unsigned char **tmp = NULL;
    unsigned char *shared = NULL; /* each sorted word's prefix shared with the one before */
    size_t len = 0, n = 0;
    ll_wordlist *wl = NULL;
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (read_all(f, &buf, &len) != 0)
        goto oom;
    if (ferror(f)) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        goto fail;
    }
    if (fold_words(buf, &len, &n) != 0) {
        snprintf(errstr, errlen, "%s: more than %u words", path, LL_SPELLING_MAX_WORDS);
        goto fail;
    }
    if (!(at = malloc((n ? n : 1) * sizeof(*at))) || !(tmp = malloc((n ? n : 1) * sizeof(*tmp))) ||
        !(shared = malloc(n ? n : 1)))
        goto oom;
    for (size_t i = 0, o = 0; i < n; o += 1u + LEN_OF((unsigned char)buf[o]))
        at[i++] = (unsigned char *)buf + o;
    radix_sort((const unsigned char **)at, tmp, n, 0);
    free(tmp);
    tmp = NULL;
    size_t k = 0, bytes = 0; /* words kept (each once) and their coded size */
    for (size_t i = 0, kept = 0; i < n; i++) {
        size_t an = LEN_OF(at[i][0]);
        size_t p = i > 0 ? shared_prefix(at[i - 1] + 1, LEN_OF(at[i - 1][0]), at[i] + 1, an) : 0;
        if (i > 0 && p == an && p == LEN_OF(at[i - 1][0])) {
            /* The word before again: dropped. "Bakker" and "bakker" are one
             * word, an ordinary one: the one kept gets the bit of any. */
            at[kept][0] |= at[i][0] & COMMON_BIT;
            shared[i] = UINT8_MAX;
            continue;
        }
        kept = i;
        shared[i] = (unsigned char)p;
        bytes += k % LL_WORDLIST_BLOCK == 0 ? 1u + an : 2u + an - p;
        k++;
    }
    if (!(wl = calloc(1, sizeof(*wl))))
        goto oom;
    wl->nblock = (k + LL_WORDLIST_BLOCK - 1) / LL_WORDLIST_BLOCK;
    if (bytes > UINT32_MAX || !(wl->data = malloc(bytes ? bytes : 1)) ||
        !(wl->block = malloc((wl->nblock ? wl->nblock : 1) * sizeof(*wl->block))))
        goto oom;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        if (shared[i] == UINT8_MAX)
            continue;
        const unsigned char *w = at[i] + 1;
        size_t wn = LEN_OF(at[i][0]);
        unsigned common = at[i][0] & COMMON_BIT;
        if (wl->n % LL_WORDLIST_BLOCK == 0) {
            wl->block[wl->n / LL_WORDLIST_BLOCK] = (uint32_t)o;
            wl->data[o++] = (unsigned char)(wn | common);
            memcpy(wl->data + o, w, wn);
            o += wn;
        } else {
            size_t p = shared[i];
            wl->data[o++] = (unsigned char)p;
            wl->data[o++] = (unsigned char)((wn - p) | common);
            memcpy(wl->data + o, w + p, wn - p);
            o += wn - p;
        }
        wl->n++;
    }
    free(shared);
    free(at);
    free(buf);
    fclose(f);
    return wl;
oom:
    snprintf(errstr, errlen, "%s: out of memory", path);
fail:
    ll_wordlist_free(wl);
    free(shared);
    free(tmp);
    free(at);
    free(buf);
    fclose(f);
    return NULL;
}

/* 0 when w[0..n) is not listed, else 1, or 2 when it is an ordinary word. */
static int wordlist_find(const ll_wordlist *wl, const char *w, size_t n) {
    const unsigned char *q = (const unsigned char *)w;
    if (n > LL_SPELLING_MAX)
        return 0;
    size_t lo = 0, hi = wl->nblock; /* blocks before lo start at or before w, from hi after it */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const unsigned char *first = wl->data + wl->block[mid];
        if (word_cmp(first + 1, LEN_OF(first[0]), q, n) <= 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    size_t b = lo - 1, count = wl->n - b * LL_WORDLIST_BLOCK;
    const unsigned char *p = wl->data + wl->block[b];
    unsigned char cur[LL_SPELLING_MAX];
    size_t cn = LEN_OF(*p);
    unsigned common = *p++ & COMMON_BIT;
    memcpy(cur, p, cn);
    p += cn;
    for (size_t j = 0;;) {
        int c = word_cmp(cur, cn, q, n);
        if (c >= 0)
            return c == 0 ? (common ? 2 : 1) : 0;
        if (++j == LL_WORDLIST_BLOCK || j == count)
            return 0;
        size_t shared = p[0], rest = LEN_OF(p[1]);
        common = p[1] & COMMON_BIT;
        memcpy(cur + shared, p + 2, rest);
        cn = shared + rest;
        p += 2 + rest;
    }
}

int ll_wordlist_has(const ll_wordlist *wl, const char *w, size_t n) {
    return wordlist_find(wl, w, n) != 0;
}

int ll_wordlist_common(const ll_wordlist *wl, const char *w, size_t n) {
    return wordlist_find(wl, w, n) == 2;
}

/* A head of 3 bytes or more, maybe a linking s, and a tail of 4 or more; never split inside
 * an accent's bytes. */
int ll_wordlist_compound(const ll_wordlist *wl, const char *w, size_t n) {
    for (size_t k = 3; k + 4 <= n; k++) {
        if ((unsigned char)w[k] >= 0x80 || !ll_wordlist_common(wl, w + k, n - k))
            continue;
        if (ll_wordlist_common(wl, w, k) ||
            (k > 3 && w[k - 1] == 's' && ll_wordlist_common(wl, w, k - 1)))
            return 1;
    }
    return 0;
}

typedef struct search {
    const ll_wordset *vocab;
    int64_t found; /* entry index, -1 none, -2 more than one */
} search;

/* Two words of one stem ("stoplicht", "stoplichten") are one candidate. */
static void try_word(search *s, uint64_t h, const char *w, size_t n) {
    size_t at, bit = prefix_bit(w, n);
    if (!(s->vocab->prefix[bit >> 6] >> (bit & 63) & 1))
        return;
    assert(h == word_hash(w, n)); /* the O(1) hash of the variant is its hash */
    int64_t k = find_h(s->vocab, h, w, n, &at);
    if (k < 0 || k == s->found)
        return;
    if (s->found >= 0) {
        const entry *a = &s->vocab->e[k], *b = &s->vocab->e[s->found];
        if (a->vn == b->vn &&
            memcmp(s->vocab->arena + a->off + a->kn, s->vocab->arena + b->off + b->kn, a->vn) == 0)
            return;
    }
    s->found = s->found == -1 ? k : -2;
}

const char *ll_spelling_correct(const ll_wordlist *known, const ll_wordset *vocab, const char *w,
                                size_t n, size_t *wn, const char **stem, size_t *sn) {
    if (n < LL_SPELLING_MIN || n > LL_SPELLING_MAX)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return NULL;
    size_t vn;
    if (ll_wordlist_has(known, w, n) || ll_wordset_get(vocab, w, n, &vn))
        return NULL;
    /* The hashes of w's prefixes and suffixes, and the powers of HASH_B:
     * each variant's word_hash in O(1) (unsigned arithmetic wraps as the
     * hash does). */
    uint64_t pre[LL_SPELLING_MAX + 1], suf[LL_SPELLING_MAX + 1], pw[LL_SPELLING_MAX + 2];
    pw[0] = 1;
    for (size_t i = 1; i <= n + 1; i++)
        pw[i] = pw[i - 1] * HASH_B;
    pre[0] = 0;
    for (size_t i = 0; i < n; i++)
        pre[i + 1] = pre[i] * HASH_B + (unsigned char)w[i];
    suf[n] = 0;
    for (size_t i = n; i-- > 0;)
        suf[i] = (unsigned char)w[i] * pw[n - 1 - i] + suf[i + 1];
    const uint64_t hw = pre[n];
    char buf[LL_SPELLING_MAX + 1];
    search s = {vocab, -1};
    for (size_t i = 0; i < n && s.found != -2; i++) { /* a letter dropped from the word */
        memcpy(buf, w, i);
        memcpy(buf + i, w + i + 1, n - i - 1);
        try_word(&s, pre[i] * pw[n - 1 - i] + suf[i + 1], buf, n - 1);
    }
    for (size_t i = 0; i + 1 < n && s.found != -2; i++) { /* two letters swapped */
        memcpy(buf, w, n);
        buf[i] = w[i + 1];
        buf[i + 1] = w[i];
        uint64_t a = (unsigned char)w[i], b = (unsigned char)w[i + 1];
        try_word(&s, hw + (b - a) * pw[n - 1 - i] + (a - b) * pw[n - 2 - i], buf, n);
    }
    for (size_t i = 0; i < n && s.found != -2; i++) { /* a letter changed */
        memcpy(buf, w, n);
        for (char ch = 'a'; ch <= 'z' && s.found != -2; ch++)
            if (ch != w[i]) {
                buf[i] = ch;
                uint64_t d = (uint64_t)(unsigned char)ch - (unsigned char)w[i];
                try_word(&s, hw + d * pw[n - 1 - i], buf, n);
            }
    }
    for (size_t i = 0; i <= n && s.found != -2; i++) { /* a letter missing */
        memcpy(buf, w, i);
        memcpy(buf + i + 1, w + i, n - i);
        uint64_t around = pre[i] * pw[n - i + 1] + suf[i];
        for (char ch = 'a'; ch <= 'z' && s.found != -2; ch++) {
            buf[i] = ch;
            try_word(&s, around + (unsigned char)ch * pw[n - i], buf, n + 1);
        }
    }
    if (s.found < 0)
        return NULL;
    const entry *e = &vocab->e[s.found];
    *wn = e->kn;
    *stem = vocab->arena + e->off + e->kn;
    *sn = e->vn;
    return vocab->arena + e->off;
}
