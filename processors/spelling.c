/* spelling.c - tolerance for misspelt words: a word no Dutch word list knows, read as the one rule word it is one edit from. */
#include "spelling.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

typedef struct entry {
    uint32_t off; /* key in the arena, then its value */
    uint8_t kn, vn;
} entry;

struct ll_wordset {
    char *arena;
    size_t len, cap;
    entry *e;
    size_t n;
    uint32_t *slot; /* entry index + 1, 0 empty */
    size_t nslot;   /* a power of two, kept over twice n */
};

ll_wordset *ll_wordset_new(void) {
    ll_wordset *ws = calloc(1, sizeof(*ws));
    if (!ws)
        return NULL;
    ws->nslot = 1024;
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

static int64_t find(const ll_wordset *ws, const char *w, size_t n, size_t *at) {
    size_t mask = ws->nslot - 1, i = ll_fnv1a64(w, n) & mask;
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

static int grow(ll_wordset *ws) {
    size_t nslot = ws->nslot * 2;
    uint32_t *slot = calloc(nslot, sizeof(*slot));
    if (!slot)
        return -1;
    for (size_t k = 0; k < ws->n; k++) {
        const entry *e = &ws->e[k];
        size_t i = ll_fnv1a64(ws->arena + e->off, e->kn) & (nslot - 1);
        while (slot[i])
            i = (i + 1) & (nslot - 1);
        slot[i] = (uint32_t)k + 1;
    }
    free(ws->slot);
    ws->slot = slot;
    ws->nslot = nslot;
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

int ll_wordset_read(ll_wordset *ws, const char *path, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char line[256], w[256];
    int rc = 0;
    while (rc == 0 && fgets(line, sizeof(line), f)) {
        size_t n = 0, ok = 1;
        for (const char *p = line; *p && *p != '\n' && *p != '\r' && ok; p++) {
            char ch = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
            ok = ch >= 'a' && ch <= 'z';
            if (ch == 'j' && n > 0 && w[n - 1] == 'i')
                w[n - 1] = 'y'; /* "ij" as textnorm writes it */
            else
                w[n++] = ch;
        }
        if (ok && n > 0 && ll_wordset_add(ws, w, n, "", 0) != 0) {
            snprintf(errstr, errlen, "%s: out of memory or more than %u words", path,
                     LL_SPELLING_MAX_WORDS);
            rc = -1;
        }
    }
    if (rc == 0 && ferror(f)) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        rc = -1;
    }
    fclose(f);
    return rc;
}

typedef struct search {
    const ll_wordset *vocab;
    int64_t found; /* entry index, -1 none, -2 more than one */
} search;

/* Two words of one stem ("stoplicht", "stoplichten") are one candidate. */
static void try_word(search *s, const char *w, size_t n) {
    size_t at;
    int64_t k = find(s->vocab, w, n, &at);
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

const char *ll_spelling_correct(const ll_wordset *known, const ll_wordset *vocab, const char *w,
                                size_t n, size_t *wn, const char **stem, size_t *sn) {
    if (n < LL_SPELLING_MIN || n > LL_SPELLING_MAX)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return NULL;
    size_t vn;
    if (ll_wordset_get(known, w, n, &vn) || ll_wordset_get(vocab, w, n, &vn))
        return NULL;
    char buf[LL_SPELLING_MAX + 1];
    search s = {vocab, -1};
    for (size_t i = 0; i < n && s.found != -2; i++) { /* a letter dropped from the word */
        memcpy(buf, w, i);
        memcpy(buf + i, w + i + 1, n - i - 1);
        try_word(&s, buf, n - 1);
    }
    for (size_t i = 0; i + 1 < n && s.found != -2; i++) { /* two letters swapped */
        memcpy(buf, w, n);
        buf[i] = w[i + 1];
        buf[i + 1] = w[i];
        try_word(&s, buf, n);
    }
    for (size_t i = 0; i < n && s.found != -2; i++) { /* a letter changed */
        memcpy(buf, w, n);
        for (char ch = 'a'; ch <= 'z' && s.found != -2; ch++)
            if (ch != w[i]) {
                buf[i] = ch;
                try_word(&s, buf, n);
            }
    }
    for (size_t i = 0; i <= n && s.found != -2; i++) { /* a letter missing */
        memcpy(buf, w, i);
        memcpy(buf + i + 1, w + i, n - i);
        for (char ch = 'a'; ch <= 'z' && s.found != -2; ch++) {
            buf[i] = ch;
            try_word(&s, buf, n + 1);
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
