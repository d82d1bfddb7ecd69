/* nbmodel.c - a naive Bayes text model over word stems, learned from labelled messages. */
#include "nbmodel.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "spelling.h"
#include "text.h"

struct ll_nb {
    size_t nclass;
    char cls[LL_NB_MAX_CLASSES][LL_NB_CLASS_BYTES];
    uint32_t docs[LL_NB_MAX_CLASSES];
    /* Features: keys in one arena, an open-addressing table over them. */
    char *keys;
    size_t keys_len, keys_cap;
    uint32_t *key_off;
    uint16_t *key_len;
    uint32_t *count; /* nfeat x nclass: messages of class c holding feature f */
    uint32_t *seen;  /* training: the message that last counted f */
    /* ll_nb_guard: the word list, the messages a feature of other words needs, and per
     * feature whether every word of it, wherever a message held it, was public language. */
    const ll_wordlist *guard;
    unsigned guard_min;
    uint8_t *plain;
    unsigned pairs_min; /* ll_nb_pairs_min: 0 none */
    /* After finishing, a row of NB_ROW(nclass) floats per feature: log P(f | c)
     * for each class c, then (NB_SECOND, NB_ARG) the largest weight of the
     * classes other than the first class holding the row's largest, and that
     * class (a small whole number, exact as a float), so that ll_nb_top finds
     * a feature's best other class on the row it reads anyway, without a pass
     * over its nclass weights (~2.6k instructions an event, 11-30) nor a
     * cache line of another array. A feature below min_count has none. */
    float *w;
    /* ll_nb_seal: feature f's row is w + row[f] * NB_ROW(nclass), each distinct row held once
     * (NULL before: row f). A row is a function of the feature's counts, and most features
     * are held by one or two messages: the theme model's 78,364 rows (5.3 MB, the processor's
     * largest block, 12-05) are 12,674 distinct ones (issue 16 (e)). */
    uint32_t *row;
    uint16_t *row16; /* row instead, when every row's index fits (12,674 of the theme model) */
    size_t nrow;
    uint8_t *kept;
    size_t nfeat, cap;
    uint32_t *slot; /* feature index + 1, 0 empty */
    size_t nslot;   /* power of two, at least twice cap */
    uint32_t ndoc;
    float prior[LL_NB_MAX_CLASSES];
    double alpha; /* the smoothing of the last ll_nb_finish */
    /* Scoring's table (ll_nb_finish): the kept features only, at most half
     * full, each slot with 32 more bits of the key's hash, so a miss rarely
     * reads a key. The training table above is sized for LL_NB_MAX_FEATURES
     * (2 MiB): a shipped model of ~4,000 features looked up in it missed the
     * cache at every word, ~11% of the processor's perf samples. */
    struct nb_look *look;
    size_t nlook; /* power of two */
    /* Each kept feature's index, key length and key in one record
     * (nb_rec, 4-byte aligned), where a found slot points: a hit reads its
     * slot and one record. Through key_len[], key_off[] and keys[] it took
     * a cache miss on each in the pipeline (the two arrays' loads were 43%
     * of look_find's perf samples, the slot's 46%). */
    uint8_t *rec;
    int sealed; /* ll_nb_seal: no counts nor keys, scored only */
    /* ll_nb_joint_new: the table this model's keys went to (look and rec are then gone),
     * where its feature of a key is that row's id[column]. */
    const struct ll_nb_joint *joint;
    size_t column;
};

#define NB_ROW(k) ((k) + 2) /* floats per feature in w */
#define NB_SECOND(k) (k)
#define NB_ARG(k) ((k) + 1)

typedef struct nb_look {
    uint32_t tag; /* the hash's top 32 bits */
    uint32_t r1;  /* the feature's record offset / 4 + 1; 0: empty */
} nb_look;

typedef struct nb_rec {
    uint32_t f;
    uint16_t len;
    char key[]; /* len bytes, not terminated */
} nb_rec;

/* The keys of several models in one table of the scoring table's form (a record's f is the
 * key's row in id), so a text's feature is looked up once for all of them: the theme,
 * sentiment and words models each looked up the same stems and pairs in tables of their
 * own (5.1k instructions an event; joined 2.4k fewer, callgrind over bench_enrich, 12-02). */
/* The joint table is at most JOINT_LOAD_NUM / JOINT_LOAD_DEN full (linear probing; a slot
 * holds 32 more bits of the hash, so a probe past another key rarely reads a key). */
#define JOINT_LOAD_NUM 3
#define JOINT_LOAD_DEN 4

struct ll_nb_joint {
    nb_look *look;
    size_t nlook; /* power of two */
    uint8_t *rec;
    int32_t (*id)[LL_NB_JOINT_MAX]; /* per key: its feature in each model, -1 none */
    size_t n;                       /* keys */
};

/* A model of nclass classes whose training table has nslot slots (a power of two): room for
 * nslot / 2 features. */
static ll_nb *nb_create(const char *const *ids, size_t nclass, size_t nslot) {
    if (nclass == 0 || nclass > LL_NB_MAX_CLASSES)
        return NULL;
    ll_nb *nb = calloc(1, sizeof(*nb));
    if (!nb)
        return NULL;
    nb->nclass = nclass;
    for (size_t i = 0; i < nclass; i++) {
        size_t n = strlen(ids[i]);
        if (n == 0 || n >= LL_NB_CLASS_BYTES)
            goto fail;
        memcpy(nb->cls[i], ids[i], n + 1);
    }
    nb->nslot = nslot;
    if (!(nb->slot = calloc(nb->nslot, sizeof(*nb->slot))))
        goto fail;
    return nb;
fail:
    ll_nb_free(nb);
    return NULL;
}

ll_nb *ll_nb_new(const char *const *ids, size_t nclass) {
    return nb_create(ids, nclass, 2 * LL_NB_MAX_FEATURES);
}

void ll_nb_free(ll_nb *nb) {
    if (!nb)
        return;
    free(nb->keys);
    free(nb->key_off);
    free(nb->key_len);
    free(nb->count);
    free(nb->seen);
    free(nb->plain);
    free(nb->w);
    free(nb->row);
    free(nb->row16);
    free(nb->kept);
    free(nb->slot);
    free(nb->look);
    free(nb->rec);
    free(nb);
}

/* Keeps each distinct row of w once, in place, and where each feature's is (nb->row). A
 * feature not kept has no row written: it gets row 0, never read. Out of memory: w stays as
 * it was, one row a feature. */
static void rows_share(ll_nb *nb) {
    size_t k = NB_ROW(nb->nclass), n = nb->nfeat, nslot = 1, nrow = 0, bytes = k * sizeof(float);
    if (!nb->w || !nb->kept || nb->row || nb->row16 || n == 0 || n > UINT32_MAX / 2)
        return;
    while (nslot < 2 * n)
        nslot <<= 1;
    uint32_t *slot = calloc(nslot, sizeof(*slot)); /* a distinct row's index + 1, 0 empty */
    uint32_t *row = malloc(n * sizeof(*row));
    if (!slot || !row) {
        free(slot);
        free(row);
        return;
    }
    for (size_t f = 0; f < n; f++) {
        row[f] = 0;
        if (!nb->kept[f])
            continue;
        const float *w = nb->w + f * k;
        size_t i = (size_t)ll_fnv1a64(w, bytes) & (nslot - 1);
        while (slot[i] && memcmp(nb->w + (size_t)(slot[i] - 1) * k, w, bytes) != 0)
            i = (i + 1) & (nslot - 1);
        if (!slot[i]) { /* rows nrow..f - 1 were copies of earlier ones: nothing is lost */
            memmove(nb->w + nrow * k, w, bytes);
            slot[i] = (uint32_t)++nrow;
        }
        row[f] = slot[i] - 1;
    }
    free(slot);
    float *w = realloc(nb->w, (nrow ? nrow : 1) * bytes);
    if (w)
        nb->w = w;
    nb->nrow = nrow;
    uint16_t *row16 = nrow <= (size_t)UINT16_MAX + 1 ? malloc(n * sizeof(*row16)) : NULL;
    if (!row16) { /* more rows than 16 bits name (or out of memory): 4 bytes a feature */
        nb->row = row;
        return;
    }
    for (size_t f = 0; f < n; f++)
        row16[f] = (uint16_t)row[f];
    free(row);
    nb->row16 = row16;
}

size_t ll_nb_rows(const ll_nb *nb) { return nb->row || nb->row16 ? nb->nrow : nb->nfeat; }

/* Feature f's weights (NB_ROW(nclass) floats). */
static const float *nb_row(const ll_nb *nb, uint32_t f) {
    size_t r = nb->row16 ? nb->row16[f] : nb->row ? nb->row[f] : f;
    return nb->w + r * NB_ROW(nb->nclass);
}

void ll_nb_seal(ll_nb *nb) {
    rows_share(nb);
    free(nb->count);
    free(nb->keys);
    free(nb->key_off);
    free(nb->key_len);
    free(nb->kept);
    free(nb->seen);
    free(nb->plain);
    free(nb->slot);
    nb->count = nb->seen = nb->key_off = nb->slot = NULL;
    nb->keys = NULL;
    nb->key_len = NULL;
    nb->kept = nb->plain = NULL;
    nb->keys_len = nb->keys_cap = nb->cap = 0;
    nb->sealed = 1;
}

size_t ll_nb_classes(const ll_nb *nb) { return nb->nclass; }
const char *ll_nb_class_id(const ll_nb *nb, size_t i) { return nb->cls[i]; }

/* The index of feature key[0..n), or -1 when the model does not hold it. */
static int64_t nb_find(const ll_nb *nb, const char *key, size_t n) {
    if (!nb->slot)
        return -1; /* a model read: look_find */
    size_t mask = nb->nslot - 1;
    for (size_t i = ll_fnv1a64(key, n) & mask;; i = (i + 1) & mask) {
        uint32_t v = nb->slot[i];
        if (!v)
            return -1;
        uint32_t f = v - 1;
        if (nb->key_len[f] == n && memcmp(nb->keys + nb->key_off[f], key, n) == 0)
            return f;
    }
}

/* The index of feature key[0..n), added with zero counts when new; -1 when full. */
static int64_t nb_intern(ll_nb *nb, const char *key, size_t n) {
    if (!nb->slot)
        return -1; /* a model read is not trained on */
    size_t mask = nb->nslot - 1, i = ll_fnv1a64(key, n) & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t v = nb->slot[i];
        if (!v)
            break;
        uint32_t f = v - 1;
        if (nb->key_len[f] == n && memcmp(nb->keys + nb->key_off[f], key, n) == 0)
            return f;
    }
    if (nb->nfeat >= nb->nslot / 2 || n >= LL_NB_KEY_BYTES)
        return -1;
    if (nb->nfeat == nb->cap) {
        size_t cap = nb->cap ? 2 * nb->cap : 4096;
        uint32_t *off = realloc(nb->key_off, cap * sizeof(*off));
        if (!off)
            return -1;
        nb->key_off = off;
        uint16_t *len = realloc(nb->key_len, cap * sizeof(*len));
        if (!len)
            return -1;
        nb->key_len = len;
        uint32_t *cnt = realloc(nb->count, cap * nb->nclass * sizeof(*cnt));
        if (!cnt)
            return -1;
        nb->count = cnt;
        uint32_t *seen = realloc(nb->seen, cap * sizeof(*seen));
        if (!seen)
            return -1;
        nb->seen = seen;
        uint8_t *plain = realloc(nb->plain, cap);
        if (!plain)
            return -1;
        nb->plain = plain;
        nb->cap = cap;
    }
    if (nb->keys_len + n > nb->keys_cap) {
        size_t cap = nb->keys_cap ? 2 * nb->keys_cap : 65536;
        char *k = realloc(nb->keys, cap);
        if (!k)
            return -1;
        nb->keys = k;
        nb->keys_cap = cap;
    }
    size_t f = nb->nfeat++;
    memcpy(nb->keys + nb->keys_len, key, n);
    nb->key_off[f] = (uint32_t)nb->keys_len;
    nb->key_len[f] = (uint16_t)n;
    nb->keys_len += n;
    memset(nb->count + f * nb->nclass, 0, nb->nclass * sizeof(*nb->count));
    nb->seen[f] = 0;
    nb->plain[f] = 1;
    nb->slot[i] = (uint32_t)f + 1;
    return (int64_t)f;
}

/* A word the model reads: a stem of two or more bytes, not a number (house
 * numbers and dates say nothing of the topic). */
int ll_nb_usable(const ll_textnorm *tn, size_t i) {
    const ll_tok *t = &tn->toks[i];
    if (t->src != 0 || t->stem_len < 2)
        return 0;
    const char *s = tn->stem + t->stem;
    for (size_t k = 0; k < t->stem_len; k++)
        if (s[k] < '0' || s[k] > '9')
            return 1;
    return 0;
}

typedef int (*feature_fn)(void *ud, const char *key, size_t n, int32_t t0, int32_t t1);

/* Calls fn with the key of every feature of the text, as ll_nb_feats_of finds them (the one
 * walk over a text's words that every model's features come from). Stops at fn's first
 * non-zero; -1 when out of memory. */
static int each_feature(const ll_textnorm *tn, feature_fn fn, void *ud) {
    /* Room for this text's features only: a stem and a pair per token. */
    ll_nb_feats fs = {.cap = 2 * tn->ntoks};
    if (fs.cap && !(fs.f = malloc(fs.cap * sizeof(*fs.f))))
        return -1;
    ll_nb_feats_of(tn, &fs);
    char key[LL_NB_KEY_BYTES];
    int rc = 0;
    for (size_t i = 0; i < fs.n && rc == 0; i++) {
        int32_t t1 = (int32_t)fs.f[i].tok;
        size_t n = ll_nb_feat_key(tn, &fs.f[i], key);
        rc = fn(ud, key, n, fs.f[i].pair ? t1 - 1 : t1, t1);
    }
    free(fs.f);
    return rc;
}

size_t ll_nb_feat_key(const ll_textnorm *tn, const ll_nb_feat *ft, char key[LL_NB_KEY_BYTES]) {
    const ll_tok *t = &tn->toks[ft->tok];
    size_t n = 0;
    if (ft->pair) {
        const ll_tok *p = t - 1;
        memcpy(key, tn->stem + p->stem, p->stem_len);
        key[p->stem_len] = ' ';
        n = (size_t)p->stem_len + 1;
    }
    memcpy(key + n, tn->stem + t->stem, t->stem_len);
    return n + t->stem_len;
}

void ll_nb_guard(ll_nb *nb, const ll_wordlist *words, unsigned min_messages) {
    nb->guard = words;
    nb->guard_min = min_messages;
}

void ll_nb_pairs_min(ll_nb *nb, unsigned min_messages) { nb->pairs_min = min_messages; }

/* Whether token i of tn is public language (ll_nb_guard). */
static int word_public(const ll_nb *nb, const ll_textnorm *tn, size_t i) {
    const ll_tok *t = &tn->toks[i];
    const unsigned char *o = (const unsigned char *)t->orig;
    int ascii = 1;
    for (size_t k = 0; k < t->orig_len; k++) {
        if ((o[k] >= '0' && o[k] <= '9') || o[k] == '@')
            return 0;
        ascii &= o[k] < 0x80;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_iterate(o, t->orig_len, &cp);
    /* A capital inside a sentence is how a name shows itself when it is also a word
     * ("Visser", "Bos"); an abbreviation in capitals is not one ("GGD"). */
    if (cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU && !t->caps && i > 0 &&
        tn->toks[i - 1].sent == t->sent && tn->toks[i - 1].src == t->src)
        return 0;
    const char *w = tn->surf + t->surf;
    size_t vn;
    if (tn->vocab && ll_wordset_get(tn->vocab, w, t->surf_len, &vn))
        return 1;
    if (!ascii) { /* accents kept: "geïrriteerd" is a word, "müller" only a name */
        char key[LL_SPELLING_MAX + 4];
        size_t kn = ll_wordlist_key(t->orig, t->orig_len, key, sizeof(key));
        return kn &&
               (ll_wordlist_common(nb->guard, key, kn) ||
                (!ll_wordlist_has(nb->guard, key, kn) && ll_wordlist_compound(nb->guard, key, kn)));
    }
    return ll_wordlist_common(nb->guard, w, t->surf_len) ||
           (!ll_wordlist_has(nb->guard, w, t->surf_len) &&
            ll_wordlist_compound(nb->guard, w, t->surf_len));
}

typedef struct add_ctx {
    ll_nb *nb;
    size_t cls;
    const ll_textnorm *tn; /* NULL: named features (no words) */
} add_ctx;

static int add_one(void *ud, const char *key, size_t n, int32_t t0, int32_t t1) {
    add_ctx *a = ud;
    int64_t f = nb_intern(a->nb, key, n);
    if (f < 0)
        return -1;
    if (a->nb->guard && a->tn && a->nb->plain[f] &&
        !(word_public(a->nb, a->tn, (size_t)t0) &&
          (t1 == t0 || word_public(a->nb, a->tn, (size_t)t1))))
        a->nb->plain[f] = 0;
    if (a->nb->seen[f] != a->nb->ndoc) { /* once per message */
        a->nb->seen[f] = a->nb->ndoc;
        a->nb->count[(size_t)f * a->nb->nclass + a->cls]++;
    }
    return 0;
}

int ll_nb_add(ll_nb *nb, const ll_textnorm *tn, size_t cls) {
    if (cls >= nb->nclass)
        return -1;
    nb->ndoc++;
    nb->docs[cls]++;
    add_ctx a = {nb, cls, tn};
    return each_feature(tn, add_one, &a);
}

int ll_nb_add_keys(ll_nb *nb, const char *const *keys, size_t nkeys, size_t cls) {
    if (cls >= nb->nclass)
        return -1;
    nb->ndoc++;
    nb->docs[cls]++;
    add_ctx a = {nb, cls, NULL};
    for (size_t i = 0; i < nkeys; i++) {
        size_t n = strlen(keys[i]);
        if (n == 0 || add_one(&a, keys[i], n, (int32_t)i, (int32_t)i) != 0)
            return -1;
    }
    return 0;
}

static uint32_t total_of(const ll_nb *nb, size_t f) {
    uint32_t n = 0;
    for (size_t c = 0; c < nb->nclass; c++)
        n += nb->count[f * nb->nclass + c];
    return n;
}

/* Whether feature f is a pair of stems ("stem stem") held by fewer than pairs_min messages
 * and by as many as one of its two words (ll_nb_pairs_min): then exactly by that word's. */
static int pair_as_word(const ll_nb *nb, size_t f, uint32_t n) {
    if (n >= nb->pairs_min || !nb->slot)
        return 0;
    const char *k = nb->keys + nb->key_off[f], *sp = memchr(k, ' ', nb->key_len[f]);
    if (!sp)
        return 0;
    size_t a = (size_t)(sp - k);
    int64_t fa = nb_find(nb, k, a), fb = nb_find(nb, sp + 1, nb->key_len[f] - a - 1);
    return (fa >= 0 && total_of(nb, (size_t)fa) == n) || (fb >= 0 && total_of(nb, (size_t)fb) == n);
}

/* Whether feature f is kept at min_count: held by that many messages, past the guard, and no
 * pair that only repeats one of its words (ll_nb_pairs_min). */
static int keep(const ll_nb *nb, size_t f, unsigned min_count) {
    uint32_t n = total_of(nb, f);
    return n >= min_count && (!nb->guard || !nb->plain || nb->plain[f] || n >= nb->guard_min) &&
           !pair_as_word(nb, f, n);
}

/* A record's bytes, rounded up to keep the next one aligned. */
static size_t rec_size(size_t len) { return (offsetof(nb_rec, key) + len + 3) & ~(size_t)3; }

static int look_build(ll_nb *nb) {
    size_t kept = 0, n = 16, bytes = 0;
    for (size_t f = 0; f < nb->nfeat; f++)
        if (nb->kept[f]) {
            kept++;
            bytes += rec_size(nb->key_len[f]);
        }
    while (n < 2 * kept)
        n *= 2;
    free(nb->look);
    free(nb->rec);
    nb->look = calloc(n, sizeof(*nb->look));
    nb->rec = malloc(bytes ? bytes : 4);
    if (!nb->look || !nb->rec || bytes / 4 >= UINT32_MAX) {
        free(nb->look);
        free(nb->rec);
        nb->look = NULL; /* no look-ups on a half-built table */
        nb->rec = NULL;
        return -1;
    }
    nb->nlook = n;
    size_t at = 0;
    for (size_t f = 0; f < nb->nfeat; f++) {
        if (!nb->kept[f])
            continue;
        const char *key = nb->keys + nb->key_off[f];
        nb_rec *r = (nb_rec *)(void *)(nb->rec + at);
        r->f = (uint32_t)f;
        r->len = nb->key_len[f];
        memcpy(r->key, key, r->len);
        uint64_t h = ll_fnv1a64(key, r->len);
        size_t i = h & (n - 1);
        while (nb->look[i].r1)
            i = (i + 1) & (n - 1);
        nb->look[i] = (nb_look){(uint32_t)(h >> 32), (uint32_t)(at / 4) + 1};
        at += rec_size(r->len);
    }
    return 0;
}

/* The record f of the key, hashed to h, that is a, ' ', b (a NULL: b alone) in the table
 * look (nlook slots) over the records rec; -1 when the table holds none. */
static int64_t table_find(const nb_look *look, size_t nlook, const uint8_t *rec, uint64_t h,
                          const char *a, size_t al, const char *b, size_t bl) {
    size_t mask = nlook - 1, n = a ? al + 1 + bl : bl;
    uint32_t tag = (uint32_t)(h >> 32);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const nb_look *l = &look[i];
        if (!l->r1)
            return -1;
        if (l->tag != tag)
            continue;
        const nb_rec *r = (const nb_rec *)(const void *)(rec + (size_t)(l->r1 - 1) * 4);
        if (r->len != n)
            continue;
        const char *k = r->key;
        if (a ? memcmp(k, a, al) == 0 && k[al] == ' ' && memcmp(k + al + 1, b, bl) == 0
              : memcmp(k, b, bl) == 0)
            return r->f;
    }
}

/* The key's row in the joint j, as table_find; -1 when no model of j holds it. */
static int64_t joint_find(const ll_nb_joint *j, uint64_t h, const char *a, size_t al, const char *b,
                          size_t bl) {
    return table_find(j->look, j->nlook, j->rec, h, a, al, b, bl);
}

/* The kept feature whose key, hashed to h, is a, ' ', b (a NULL: b alone);
 * -1 when the model holds none (or holds it below its min count). */
static int64_t look_find(const ll_nb *nb, uint64_t h, const char *a, size_t al, const char *b,
                         size_t bl) {
    if (nb->joint) {
        int64_t e = joint_find(nb->joint, h, a, al, b, bl);
        return e < 0 ? -1 : nb->joint->id[e][nb->column];
    }
    return table_find(nb->look, nb->nlook, nb->rec, h, a, al, b, bl);
}

/* Each kept feature's NB_SECOND and NB_ARG from its weights, compared as
 * ll_nb_top compared them: the largest weight of the classes other than c is
 * then the row's NB_SECOND when c is its NB_ARG, else the weight of NB_ARG
 * (ties included: NB_ARG is the first class holding the largest). */
static void top2_build(ll_nb *nb) {
    size_t k = nb->nclass;
    for (size_t f = 0; f < nb->nfeat; f++) {
        if (!nb->kept[f])
            continue;
        float *w = nb->w + f * NB_ROW(k), max = -INFINITY, second = -INFINITY;
        size_t arg = 0;
        for (size_t c = 0; c < k; c++)
            if (w[c] > max) {
                max = w[c];
                arg = c;
            }
        for (size_t c = 0; c < k; c++)
            if (c != arg && w[c] > second)
                second = w[c];
        w[NB_SECOND(k)] = second;
        w[NB_ARG(k)] = (float)arg;
    }
}

int ll_nb_finish(ll_nb *nb, double alpha, unsigned min_count) {
    if (!(alpha > 0) || nb->sealed)
        return -1;
    free(nb->w);
    free(nb->kept);
    nb->w = malloc((nb->nfeat ? nb->nfeat : 1) * NB_ROW(nb->nclass) * sizeof(*nb->w));
    nb->kept = calloc(nb->nfeat ? nb->nfeat : 1, 1);
    if (!nb->w || !nb->kept)
        return -1;
    double tot[LL_NB_MAX_CLASSES] = {0};
    size_t v = 0;
    for (size_t f = 0; f < nb->nfeat; f++) {
        if (!keep(nb, f, min_count))
            continue;
        nb->kept[f] = 1;
        v++;
        for (size_t c = 0; c < nb->nclass; c++)
            tot[c] += nb->count[f * nb->nclass + c];
    }
    for (size_t f = 0; f < nb->nfeat; f++)
        for (size_t c = 0; c < nb->nclass && nb->kept[f]; c++)
            nb->w[f * NB_ROW(nb->nclass) + c] =
                (float)log((nb->count[f * nb->nclass + c] + alpha) / (tot[c] + alpha * (double)v));
    uint32_t ndoc = 0;
    for (size_t c = 0; c < nb->nclass; c++)
        ndoc += nb->docs[c];
    for (size_t c = 0; c < nb->nclass; c++)
        nb->prior[c] = (float)log((nb->docs[c] + 1.0) / (ndoc + (double)nb->nclass));
    nb->alpha = alpha;
    top2_build(nb);
    return look_build(nb);
}

int ll_nb_complement(ll_nb *nb, double own, double pairs) {
    if (!nb->w || !nb->kept || nb->sealed || !(own >= 0) || !(pairs >= 0) ||
        (pairs != 1 && !nb->keys))
        return -1;
    double tot[LL_NB_MAX_CLASSES] = {0}, all = 0;
    size_t v = 0, k = nb->nclass;
    uint32_t ndoc = 0;
    for (size_t f = 0; f < nb->nfeat; f++) {
        if (!nb->kept[f])
            continue;
        v++;
        for (size_t c = 0; c < k; c++) {
            tot[c] += nb->count[f * k + c];
            all += nb->count[f * k + c];
        }
    }
    /* -log P(f | every other class): large where f is rare outside c; plus own x log P(f | c),
     * as ll_nb_finish weighs it. */
    for (size_t f = 0; f < nb->nfeat; f++) {
        if (!nb->kept[f])
            continue;
        double held = 0, scale = 1;
        for (size_t c = 0; c < k; c++)
            held += nb->count[f * k + c];
        if (pairs != 1 && memchr(nb->keys + nb->key_off[f], ' ', nb->key_len[f]))
            scale = pairs;
        for (size_t c = 0; c < k; c++) {
            double n = nb->count[f * k + c];
            double other = -log((held - n + nb->alpha) / (all - tot[c] + nb->alpha * (double)v));
            double mine = log((n + nb->alpha) / (tot[c] + nb->alpha * (double)v));
            nb->w[f * NB_ROW(k) + c] = (float)(scale * (other + own * mine));
        }
    }
    for (size_t c = 0; c < k; c++)
        ndoc += nb->docs[c];
    /* complement naive Bayes weighs no prior; the class's own model weighs own x its prior */
    for (size_t c = 0; c < k; c++)
        nb->prior[c] = (float)(own * log((nb->docs[c] + 1.0) / (ndoc + (double)k)));
    top2_build(nb);
    return 0;
}

int ll_nb_bernoulli(ll_nb *nb) {
    if (!nb->w || !nb->kept || nb->sealed)
        return -1;
    size_t k = nb->nclass;
    double absent[LL_NB_MAX_CLASSES] = {0};
    /* P(f | c): the share of class c's messages holding f, smoothed as a two-outcome
     * event; a message's weight for c is log P(f | c) - log(1 - P(f | c)) per feature it
     * holds, on top of the prior's sum of log(1 - P(f | c)) over every feature. */
    for (size_t f = 0; f < nb->nfeat; f++) {
        if (!nb->kept[f])
            continue;
        for (size_t c = 0; c < k; c++) {
            double p = (nb->count[f * k + c] + nb->alpha) / (nb->docs[c] + 2 * nb->alpha);
            absent[c] += log1p(-p);
            nb->w[f * NB_ROW(k) + c] = (float)(log(p) - log1p(-p));
        }
    }
    for (size_t c = 0; c < k; c++)
        nb->prior[c] = (float)((double)nb->prior[c] + absent[c]);
    top2_build(nb);
    return 0;
}

static const ll_nb *sort_nb; /* qsort has no user pointer; writing is single-threaded */

static int key_cmp(const void *pa, const void *pb) {
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    size_t la = sort_nb->key_len[a], lb = sort_nb->key_len[b];
    int r = memcmp(sort_nb->keys + sort_nb->key_off[a], sort_nb->keys + sort_nb->key_off[b],
                   la < lb ? la : lb);
    return r ? r : la < lb ? -1 : la > lb ? 1 : 0;
}

int ll_nb_write(const ll_nb *nb, FILE *f, double alpha, unsigned min_count) {
    if (nb->sealed)
        return -1;
    uint32_t *order = malloc((nb->nfeat ? nb->nfeat : 1) * sizeof(*order));
    if (!order)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < nb->nfeat; i++)
        if (keep(nb, i, min_count))
            order[n++] = (uint32_t)i;
    sort_nb = nb;
    qsort(order, n, sizeof(*order), key_cmp);
    fprintf(f,
            "# naive Bayes (processors/nbmodel.h): messages of each class holding each\n"
            "# feature (word stems and stem pairs, or named parts of danger); written by\n"
            "# bench_model --train from the labelled development sets, never edited by\n"
            "# hand. %zu features held by at least %u messages.\n",
            n, min_count);
    if (nb->guard && nb->guard_min > min_count)
        fprintf(f,
                "# A feature with a word that is no ordinary Dutch word, is capitalised inside\n"
                "# a sentence or holds a digit: by at least %u (a name that escaped masking\n"
                "# stays out).\n",
                nb->guard_min);
    if (nb->pairs_min > min_count)
        fprintf(f,
                "# A pair of words held by fewer than %u messages and by exactly the messages\n"
                "# that hold one of its words is left out: that word votes for it.\n",
                nb->pairs_min);
    fprintf(f, "classes");
    for (size_t c = 0; c < nb->nclass; c++)
        fprintf(f, "\t%s", nb->cls[c]);
    fprintf(f, "\ndocs");
    for (size_t c = 0; c < nb->nclass; c++)
        fprintf(f, "\t%u", nb->docs[c]);
    fprintf(f, "\nalpha\t%g\n", alpha);
    for (size_t i = 0; i < n; i++) {
        uint32_t k = order[i];
        fprintf(f, "%.*s", (int)nb->key_len[k], nb->keys + nb->key_off[k]);
        for (size_t c = 0; c < nb->nclass; c++)
            if (nb->count[k * nb->nclass + c])
                fprintf(f, "\t%s:%u", nb->cls[c], nb->count[k * nb->nclass + c]);
        fprintf(f, "\n");
    }
    free(order);
    return ferror(f) ? -1 : 0;
}

/* ---------------------------------------------------------------- reading */

static int parse_u32(const char *s, uint32_t *out) {
    char *end;
    if (*s < '0' || *s > '9')
        return -1;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || v > UINT32_MAX)
        return -1;
    *out = (uint32_t)v;
    return 0;
}

/* The lines of f, which is then read again from its start; 0 when it cannot be read. */
static size_t count_lines(FILE *f) {
    char chunk[65536];
    size_t n, lines = 0;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
        for (const char *p = chunk; (p = memchr(p, '\n', (size_t)(chunk + n - p))); p++)
            lines++;
    return ferror(f) || fseek(f, 0, SEEK_SET) != 0 ? 0 : lines + 1;
}

ll_nb *ll_nb_read(const char *path, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "r");
    ll_nb *nb = NULL;
    char buf[LL_NB_LINE_BYTES], *line;
    ll_lines lr = {.f = f, .buf = buf, .cap = sizeof(buf)};
    int have_docs = 0;
    double alpha = 0;
    const char *err = NULL;
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    /* The training table sized by the file, at most half full, not for LL_NB_MAX_FEATURES: a
     * table of 2 MiB filled and freed by each of the seven models at load stayed in the
     * allocator's heap, and the processor's peak RSS (issue 16 (e), 64 MiB) was at 63.1 MiB
     * once urgency26's high model came (session 36). */
    size_t nslot = 4096, lines = count_lines(f);
    while (nslot < 2 * lines && nslot < 2 * LL_NB_MAX_FEATURES)
        nslot *= 2;
    while ((line = ll_lines_next(&lr))) {
        char *tab = strchr(line, '\t');
        if (!tab) {
            err = "expected FEATURE <TAB> class:count ...";
            goto fail;
        }
        *tab = '\0';
        char *rest = tab + 1, *save = NULL, *tok;
        /* The header's words name header lines only until the header is read: after it a
         * message's word "classes", "docs" or "alpha" is a feature like any other (a model
         * that keeps the features of one message learns them from English text). */
        int header = !nb || !have_docs || alpha == 0;
        if (header && strcmp(line, "classes") == 0) {
            const char *ids[LL_NB_MAX_CLASSES];
            size_t n = 0;
            if (nb) {
                err = "classes given twice";
                goto fail;
            }
            for (tok = strtok_r(rest, "\t", &save); tok; tok = strtok_r(NULL, "\t", &save)) {
                if (n >= LL_NB_MAX_CLASSES) {
                    err = "too many classes";
                    goto fail;
                }
                ids[n++] = tok;
            }
            if (!(nb = nb_create(ids, n, nslot))) {
                err = "bad class list or out of memory";
                goto fail;
            }
            continue;
        }
        if (!nb) {
            err = "the first line must list the classes";
            goto fail;
        }
        if (header && strcmp(line, "docs") == 0) {
            size_t n = 0;
            for (tok = strtok_r(rest, "\t", &save); tok; tok = strtok_r(NULL, "\t", &save))
                if (n >= nb->nclass || parse_u32(tok, &nb->docs[n++]) != 0) {
                    err = "docs: one count per class";
                    goto fail;
                }
            if (n != nb->nclass) {
                err = "docs: one count per class";
                goto fail;
            }
            have_docs = 1;
            continue;
        }
        if (header && strcmp(line, "alpha") == 0) {
            char *end;
            alpha = strtod(rest, &end);
            if (*end || !(alpha > 0 && alpha <= 10)) {
                err = "alpha must be in (0, 10]";
                goto fail;
            }
            continue;
        }
        if (!have_docs || alpha == 0) {
            err = "docs and alpha come before the features";
            goto fail;
        }
        size_t klen = strlen(line);
        if (nb_find(nb, line, klen) >= 0) {
            err = "feature listed twice";
            goto fail;
        }
        int64_t fi = nb_intern(nb, line, klen);
        if (fi < 0) {
            err = "too many features, or a feature too long";
            goto fail;
        }
        for (tok = strtok_r(rest, "\t", &save); tok; tok = strtok_r(NULL, "\t", &save)) {
            char *colon = strrchr(tok, ':');
            size_t c = 0;
            if (colon)
                *colon = '\0';
            while (c < nb->nclass && (!colon || strcmp(nb->cls[c], tok) != 0))
                c++;
            uint32_t v;
            if (c == nb->nclass || parse_u32(colon + 1, &v) != 0 || v == 0) {
                err = "expected class:count with a listed class and a count above 0";
                goto fail;
            }
            nb->count[(size_t)fi * nb->nclass + c] = v;
        }
    }
    if (lr.stop != LL_LINES_EOF) {
        err = lr.stop == LL_LINES_TOO_LONG ? "line too long" : strerror(errno);
        goto fail;
    }
    if (!nb || !have_docs || alpha == 0) {
        err = "incomplete model (classes, docs, alpha)";
        goto fail;
    }
    if (ll_nb_finish(nb, alpha, 1) != 0) {
        err = "out of memory";
        goto fail;
    }
    /* A model read is scored, not trained on: the training table (every
     * page touched) and the per-message marks go. The counts stay
     * (ll_nb_complement, ll_nb_write). */
    free(nb->slot);
    free(nb->seen);
    nb->slot = NULL;
    nb->seen = NULL;
    fclose(f);
    return nb;
fail:
    snprintf(errstr, errlen, "%s:%d: %s", path, lr.lineno, err);
    fclose(f);
    ll_nb_free(nb);
    return NULL;
}

/* ---------------------------------------------------------------- scoring */

int ll_nb_scratch_init(ll_nb_scratch *s, const ll_nb *nb) {
    s->cap = 2 * LL_TEXTNORM_MAX_TOKENS;
    s->feat = malloc(s->cap * sizeof(*s->feat));
    s->t0 = malloc(s->cap * sizeof(*s->t0));
    s->t1 = malloc(s->cap * sizeof(*s->t1));
    s->held = calloc(nb->nfeat / 64 + 1, sizeof(*s->held));
    s->nheld = 0;
    if (!s->feat || !s->t0 || !s->t1 || !s->held) {
        ll_nb_scratch_free(s);
        return -1;
    }
    return 0;
}

void ll_nb_scratch_free(ll_nb_scratch *s) {
    free(s->feat);
    free(s->t0);
    free(s->t1);
    free(s->held);
    s->held = NULL;
    s->nheld = 0;
    s->feat = NULL;
    s->t0 = s->t1 = NULL;
    s->cap = 0;
}

typedef struct score_ctx {
    const ll_nb *nb;
    ll_nb_scratch *s;
    size_t n;
} score_ctx;

/* Counts feature f (-1: not in the model) of tokens t0..t1 once per text;
 * 1 when the scratch is full. */
static int collect_found(score_ctx *sc, int64_t f, int32_t t0, int32_t t1) {
    if (f < 0)
        return 0;
    ll_nb_scratch *s = sc->s;
    uint64_t *w = &s->held[(uint64_t)f >> 6], bit = 1ull << ((uint64_t)f & 63);
    if (*w & bit)
        return 0; /* once per message, as in training */
    if (sc->n >= s->cap)
        return 1;
    *w |= bit;
    s->feat[sc->n] = (uint32_t)f;
    s->t0[sc->n] = t0;
    s->t1[sc->n++] = t1;
    s->nheld = sc->n;
    return 0;
}

static int collect(void *ud, const char *key, size_t n, int32_t t0, int32_t t1) {
    score_ctx *sc = ud;
    return collect_found(sc, look_find(sc->nb, ll_fnv1a64(key, n), NULL, 0, key, n), t0, t1);
}

/* The posterior from the features collected in sc (tempered). */
static size_t posterior(const ll_nb *nb, const score_ctx *sc, double temperature, double *post) {
    const ll_nb_scratch *s = sc->s;
    size_t k = nb->nclass;
    /* Row by row, each class's sum in the order of its features as before (the same
     * doubles), four classes a step where the row holds them (its NB_SECOND and NB_ARG
     * included: those two sums are never read), which the compiler turns into two
     * vector adds: a class at a time read every row k times (3.7k instructions an
     * event over the theme, sentiment and words models). */
    double best = -INFINITY, l[NB_ROW(LL_NB_MAX_CLASSES)] = {0};
    for (size_t c = 0; c < k; c++)
        l[c] = nb->prior[c];
    for (size_t i = 0; i < sc->n; i++) {
        const float *w = nb_row(nb, s->feat[i]);
        size_t c = 0;
        for (; c < k && c + 4 <= NB_ROW(k); c += 4)
            for (size_t j = 0; j < 4; j++)
                l[c + j] += w[c + j];
        for (; c < k; c++)
            l[c] += w[c];
    }
    for (size_t c = 0; c < k; c++) {
        post[c] = l[c] / temperature;
        if (post[c] > best)
            best = post[c];
    }
    double z = 0;
    for (size_t c = 0; c < k; c++)
        z += (post[c] = exp(post[c] - best));
    for (size_t c = 0; c < k; c++)
        post[c] /= z;
    return sc->n;
}

/* Every bit set is a feature of feat[0..nheld): their words are cleared whole. */
static void next_text(ll_nb_scratch *s) {
    for (size_t i = 0; i < s->nheld; i++)
        s->held[s->feat[i] >> 6] = 0;
    s->nheld = 0;
}

size_t ll_nb_score(const ll_nb *nb, const ll_textnorm *tn, ll_nb_scratch *s, double temperature,
                   double *post) {
    score_ctx sc = {nb, s, 0};
    next_text(s);
    each_feature(tn, collect, &sc);
    return posterior(nb, &sc, temperature, post);
}

/* table_find for one feature of ll_nb_feats_of, its key read from tn's stems. */
static int64_t table_feat(const nb_look *look, size_t nlook, const uint8_t *rec,
                          const ll_textnorm *tn, const ll_nb_feat *ft) {
    const ll_tok *t = &tn->toks[ft->tok];
    if (!ft->pair)
        return table_find(look, nlook, rec, ft->hash, NULL, 0, tn->stem + t->stem, t->stem_len);
    return table_find(look, nlook, rec, ft->hash, tn->stem + t[-1].stem, t[-1].stem_len,
                      tn->stem + t->stem, t->stem_len);
}

int ll_nb_feats_init(ll_nb_feats *fs) {
    fs->n = 0;
    fs->joint = NULL;
    fs->cap = 2 * LL_TEXTNORM_MAX_TOKENS; /* a stem and a pair per token */
    return (fs->f = malloc(fs->cap * sizeof(*fs->f))) ? 0 : -1;
}

void ll_nb_feats_free(ll_nb_feats *fs) {
    free(fs->f);
    fs->f = NULL;
    fs->n = fs->cap = 0;
}

void ll_nb_feats_of(const ll_textnorm *tn, ll_nb_feats *fs) {
    /* The features' one walk (each_feature and the logistic model read its list); a pair's
     * hash goes on from its first stem's. */
    uint64_t prev_h = 0;
    int prev = 0;
    fs->n = 0;
    for (size_t i = 0; i < tn->ntoks && fs->n + 2 <= fs->cap; i++) {
        if (!ll_nb_usable(tn, i)) {
            prev = 0;
            continue;
        }
        const ll_tok *t = &tn->toks[i];
        const char *stem = tn->stem + t->stem;
        uint64_t h = ll_fnv1a64(stem, t->stem_len);
        fs->f[fs->n++] = (ll_nb_feat){h, (uint32_t)i, 0, 0};
        if (prev && tn->toks[i - 1].sent == t->sent)
            fs->f[fs->n++] =
                (ll_nb_feat){ll_fnv1a64_more(ll_fnv1a64_more(prev_h, " ", 1), stem, t->stem_len),
                             (uint32_t)i, 1, 0};
        prev_h = h;
        prev = 1;
    }
    if (!fs->joint)
        return;
    const ll_nb_joint *j = fs->joint;
    for (size_t i = 0; i < fs->n; i++)
        fs->f[i].row = (uint32_t)(table_feat(j->look, j->nlook, j->rec, tn, &fs->f[i]) + 1);
}

size_t ll_nb_score_feats(const ll_nb *nb, const ll_textnorm *tn, const ll_nb_feats *fs,
                         ll_nb_scratch *s, double temperature, double *post) {
    score_ctx sc = {nb, s, 0};
    next_text(s);
    for (size_t i = 0; i < fs->n; i++) {
        const ll_nb_feat *ft = &fs->f[i];
        int32_t t1 = (int32_t)ft->tok, t0 = ft->pair ? t1 - 1 : t1;
        const ll_nb_joint *j = nb->joint;
        int64_t f;
        if (!j) {
            f = table_feat(nb->look, nb->nlook, nb->rec, tn, ft);
        } else {
            int64_t row = fs->joint == j ? (int64_t)ft->row - 1
                                         : table_feat(j->look, j->nlook, j->rec, tn, ft);
            f = row < 0 ? -1 : j->id[row][nb->column];
        }
        if (collect_found(&sc, f, t0, t1) != 0)
            break;
    }
    return posterior(nb, &sc, temperature, post);
}

int64_t ll_nb_feature(const ll_nb *nb, const char *key) {
    size_t n = strlen(key);
    return nb->look || nb->joint ? look_find(nb, ll_fnv1a64(key, n), NULL, 0, key, n) : -1;
}

size_t ll_nb_score_ids(const ll_nb *nb, const uint32_t *ids, size_t n, ll_nb_scratch *s,
                       double temperature, double *post) {
    score_ctx sc = {nb, s, 0};
    next_text(s); /* feat[] is written over: the bits it names go first */
    for (size_t i = 0; i < n && i < s->cap; i++) {
        s->feat[i] = ids[i];
        s->t0[i] = s->t1[i] = (int32_t)i;
        sc.n++;
    }
    return posterior(nb, &sc, temperature, post);
}

size_t ll_nb_score_keys(const ll_nb *nb, const char *const *keys, size_t nkeys, ll_nb_scratch *s,
                        double temperature, double *post) {
    score_ctx sc = {nb, s, 0};
    next_text(s);
    for (size_t i = 0; i < nkeys; i++)
        if (collect(&sc, keys[i], strlen(keys[i]), (int32_t)i, (int32_t)i) != 0)
            break;
    return posterior(nb, &sc, temperature, post);
}

size_t ll_nb_top(const ll_nb *nb, const ll_textnorm *tn, const ll_nb_scratch *s, size_t nfeat,
                 size_t cls, int32_t t0[LL_NB_MAX_TOP], int32_t t1[LL_NB_MAX_TOP]) {
    (void)tn;
    size_t k = nb->nclass, n = 0;
    double best[LL_NB_MAX_TOP];
    for (size_t i = 0; i < nfeat; i++) {
        const float *w = nb_row(nb, s->feat[i]);
        size_t arg = (size_t)w[NB_ARG(k)];
        double other = arg == cls ? w[NB_SECOND(k)] : w[arg];
        double d = w[cls] - other;
        if (d <= 0)
            continue;
        size_t j = n < LL_NB_MAX_TOP ? n++ : LL_NB_MAX_TOP;
        if (j == LL_NB_MAX_TOP) {
            if (d <= best[LL_NB_MAX_TOP - 1])
                continue;
            j = LL_NB_MAX_TOP - 1;
        }
        for (; j > 0 && best[j - 1] < d; j--) {
            best[j] = best[j - 1];
            t0[j] = t0[j - 1];
            t1[j] = t1[j - 1];
        }
        best[j] = d;
        t0[j] = s->t0[i];
        t1[j] = s->t1[i];
    }
    return n;
}

/* The record of nb's filled slot i. */
static const nb_rec *look_rec(const ll_nb *nb, size_t i) {
    return (const nb_rec *)(const void *)(nb->rec + (size_t)(nb->look[i].r1 - 1) * 4);
}

ll_nb_joint *ll_nb_joint_new(ll_nb *const *models, size_t n) {
    if (n == 0 || n > LL_NB_JOINT_MAX)
        return NULL;
    /* The distinct keys: a key counts in the first model that holds it, found by looking it
     * up in the models before, whose own tables are still here. The table was sized by the
     * models' keys added up (the theme, sentiment and words models share most of theirs) and
     * at most half full, so 64,483 distinct keys of 77,918 took 262,144 slots (2 MiB); at most
     * three quarters full over the distinct keys, 131,072 slots (1 MiB) hold up to 98,304
     * (JOINT_LOAD_NUM / JOINT_LOAD_DEN). Issue 16, models19: the words model of every
     * development set brings the distinct keys to 72,898 (109,840 added up), which at most
     * half full would take the 2 MiB again. */
    size_t keys = 0, bytes = 0, nlook = 16, at = 0;
    for (size_t m = 0; m < n; m++) {
        const ll_nb *nb = models[m];
        if (!nb->sealed || !nb->look || nb->joint)
            return NULL;
        for (size_t i = 0; i < nb->nlook; i++) {
            if (!nb->look[i].r1)
                continue;
            const nb_rec *r = look_rec(nb, i);
            uint64_t h = ll_fnv1a64(r->key, r->len);
            int before = 0;
            for (size_t e = 0; e < m && !before; e++)
                before = table_find(models[e]->look, models[e]->nlook, models[e]->rec, h, NULL, 0,
                                    r->key, r->len) >= 0;
            if (before)
                continue;
            keys++;
            bytes += rec_size(r->len);
        }
    }
    while (nlook * JOINT_LOAD_NUM < keys * JOINT_LOAD_DEN)
        nlook *= 2;
    ll_nb_joint *j = calloc(1, sizeof(*j));
    if (!j)
        return NULL;
    j->nlook = nlook;
    j->look = calloc(nlook, sizeof(*j->look));
    j->rec = malloc(bytes ? bytes : 4);
    j->id = malloc((keys ? keys : 1) * sizeof(*j->id));
    if (!j->look || !j->rec || !j->id || bytes / 4 >= UINT32_MAX)
        goto fail;
    for (size_t m = 0; m < n; m++) {
        const ll_nb *nb = models[m];
        for (size_t i = 0; i < nb->nlook; i++) {
            if (!nb->look[i].r1)
                continue;
            const nb_rec *r = look_rec(nb, i);
            uint64_t h = ll_fnv1a64(r->key, r->len);
            int64_t e = joint_find(j, h, NULL, 0, r->key, r->len);
            if (e < 0) {
                e = (int64_t)j->n++;
                for (size_t k = 0; k < LL_NB_JOINT_MAX; k++)
                    j->id[e][k] = -1;
                nb_rec *o = (nb_rec *)(void *)(j->rec + at);
                o->f = (uint32_t)e;
                o->len = r->len;
                memcpy(o->key, r->key, r->len);
                size_t s = h & (nlook - 1);
                while (j->look[s].r1)
                    s = (s + 1) & (nlook - 1);
                j->look[s] = (nb_look){(uint32_t)(h >> 32), (uint32_t)(at / 4) + 1};
                at += rec_size(r->len);
            }
            j->id[e][m] = (int32_t)r->f;
        }
    }
    /* Each model's own table goes: its look-ups by key go through the joint's. */
    for (size_t m = 0; m < n; m++) {
        ll_nb *nb = models[m];
        free(nb->look);
        free(nb->rec);
        nb->look = NULL;
        nb->rec = NULL;
        nb->joint = j;
        nb->column = m;
    }
    return j;
fail:
    ll_nb_joint_free(j);
    return NULL;
}

size_t ll_nb_joint_keys(const ll_nb_joint *j, size_t *slots) {
    if (slots)
        *slots = j->nlook;
    return j->n;
}

void ll_nb_joint_free(ll_nb_joint *j) {
    if (!j)
        return;
    free(j->look);
    free(j->rec);
    free(j->id);
    free(j);
}
