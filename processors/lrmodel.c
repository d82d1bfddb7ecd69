/* lrmodel.c - a binary logistic regression over a text's stems, stem pairs and their scope. */
#include "lrmodel.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nbmodel.h"
#include "spelling.h"
#include "text.h"

/* The scopes a word can stand in (lrmodel.h), one bit each, with their key prefixes and the
 * text feature that says the scope occurs. */
enum { SC_NEG, SC_THIRD, SC_SELF, SC_FRAME, SC_PAST, SC_JOKE, SC_N };
static const char *const scope_prefix[SC_N] = {"!", "3>", "1>", "f>", "v>", "j>"};
/* In parentheses, as "(bias)": no stem holds one, and a line of the file never opens with
 * "#" (a comment). */
static const char *const scope_text[SC_N] = {"(neg)",   "(third)", "(self)",
                                             "(frame)", "(past)",  "(joke)"};

/* Words that open a scope, folded as textnorm folds them (lower case, no accents, "ij" as
 * "y": "hy" is "hij"). */
static const char *const negators[] = {"niet",    "geen", "nooit",      "niemand",   "niets",
                                       "nergens", "nee",  "allerminst", "geenszins", NULL};
static const char *const self_words[] = {"ik",     "me",     "my",     "myn",
                                         "mezelf", "myzelf", "ikzelf", NULL};
/* A third person: pronouns and the people a writer tells of ("mijn zoon wil niet meer"). */
static const char *const third_words[] = {
    "hy",      "zy",     "hem",      "haar",    "zichzelf", "zoon",    "dochter",   "broer",
    "zus",     "zusje",  "broertje", "vriend",  "vriendin", "buurman", "buurvrouw", "moeder",
    "vader",   "opa",    "oma",      "collega", "client",   "klant",   "bewoner",   "leerling",
    "patient", "beller", "melder",   "neef",    "nicht",    "partner", "vrouw",     "man",
    "jongen",  "meisje", "kind",     "naam",    NULL};
/* A frame: the words are a film's, a book's, the news' or a campaign's, not the writer's. */
static const char *const frame_words[] = {
    "film",        "serie",     "boek",         "roman",        "verhaal",
    "nieuws",      "krant",     "artikel",      "campagne",     "documentaire",
    "lied",        "liedje",    "song",         "songtekst",    "game",
    "podcast",     "column",    "toneel",       "voorstelling", "aflevering",
    "personage",   "gedicht",   "citaat",       "spreekwoord",  "uitdrukking",
    "spreekbeurt", "werkstuk",  "voorlichting", "poster",       "folder",
    "reclame",     "televisie", "tv",           "radio",        "youtube",
    "tiktok",      "journaal",  "scene",        "hoofdpersoon", "acteur",
    "actrice",     "titel",     "quote",        "les",          "lesmateriaal",
    NULL};
/* Told as past or recovered. */
static const char *const past_words[] = {
    "vroeger", "destyds",   "toen",     "geleden", "ooit",     "vorig",  "vorige",   "was",
    "waren",   "wilde",     "wou",      "dacht",   "had",      "voelde", "hersteld", "overwonnen",
    "bovenop", "inmiddels", "gelukkig", "jaren",   "therapie", NULL};
/* A joke: "haha" in its spellings is matched by its start. */
static const char *const joke_words[] = {"lol", "grapje",  "geintje", "grap",    "xd",
                                         "jk",  "kidding", "lachen",  "knipoog", NULL};

/* Each scope word with its scopes' bits (a word of two lists has both), found by one
 * lookup a word: a walk over the lists cost ~20k instructions a text (callgrind,
 * bench_quality -F). */
static int scope_words(ll_wordset *ws) {
    static const char *const *const lists[SC_N] = {
        [SC_NEG] = negators,      [SC_THIRD] = third_words, [SC_SELF] = self_words,
        [SC_FRAME] = frame_words, [SC_PAST] = past_words,   [SC_JOKE] = joke_words};
    for (int k = 0; k < SC_N; k++)
        for (size_t i = 0; lists[k][i]; i++) {
            char bits = 0;
            for (int j = 0; j < SC_N; j++)
                for (size_t m = 0; lists[j][m]; m++)
                    if (strcmp(lists[j][m], lists[k][i]) == 0)
                        bits |= (char)(1 << j);
            if (ll_wordset_add(ws, lists[k][i], strlen(lists[k][i]), &bits, 1) != 0)
                return -1;
        }
    return 0;
}

/* The scopes the word w[0..n) opens, a bit each; "haha" in its spellings by its start. */
static unsigned word_scopes(const ll_wordset *ws, const char *w, size_t n) {
    size_t vn;
    const char *v = ll_wordset_get(ws, w, n, &vn);
    unsigned bits = v ? (unsigned char)v[0] : 0;
    if (n >= 4 &&
        (memcmp(w, "haha", 4) == 0 || memcmp(w, "hihi", 4) == 0 || memcmp(w, "hehe", 4) == 0))
        bits |= 1u << SC_JOKE;
    return bits;
}

/* Room for the features of a text of ntok tokens. The set and the array grow with the
 * longest text met, not to the longest a message may hold: sized for that (133k features,
 * 6 MiB a classifier), hashing touched every page of the set over a run and the processor's
 * peak RSS rose 53.3 -> 60.8 MiB (process.sh, 12-01). Called with the set empty. */
static int feats_room(ll_lr_feats *fs, size_t ntok) {
    size_t need = ntok * LL_LR_FEATS_PER_TOKEN + SC_N;
    if (need <= fs->cap && fs->f)
        return 0;
    size_t cap = fs->cap ? fs->cap : need, nseen = 1;
    while (cap < need)
        cap *= 2;
    while (nseen < 2 * cap)
        nseen <<= 1;
    ll_lr_feat *f = realloc(fs->f, cap * sizeof(*f));
    if (!f)
        return -1;
    fs->f = f;
    uint64_t *seen = calloc(nseen, sizeof(*seen));
    if (!seen)
        return -1;
    free(fs->seen);
    fs->seen = seen;
    fs->nseen = nseen;
    fs->cap = cap;
    return 0;
}

int ll_lr_feats_init(ll_lr_feats *fs) {
    memset(fs, 0, sizeof(*fs));
    fs->ntok = LL_TEXTNORM_MAX_TOKENS;
    fs->scopes = (1u << SC_N) - 1;
    for (int k = 0; k < SC_N; k++)
        fs->scope_h[k] = ll_fnv1a64(scope_prefix[k], strlen(scope_prefix[k]));
    fs->scope = malloc(fs->ntok);
    fs->word = malloc(fs->ntok);
    fs->words = ll_wordset_new();
    if (feats_room(fs, LL_LR_START_TOKENS) != 0 || !fs->scope || !fs->word || !fs->words ||
        scope_words(fs->words) != 0) {
        ll_lr_feats_free(fs);
        return -1;
    }
    return 0;
}

void ll_lr_feats_free(ll_lr_feats *fs) {
    free(fs->f);
    free(fs->seen);
    free(fs->scope);
    free(fs->word);
    ll_wordset_free(fs->words);
    memset(fs, 0, sizeof(*fs));
}

/* The scope bits of every token of the text (src 0), from the scopes each word opens. */
static void mark_scopes(const ll_textnorm *tn, ll_lr_feats *fs, size_t n) {
    uint8_t *scope = fs->scope, *word = fs->word;
    for (size_t i = 0; i < n; i++) {
        const ll_tok *t = &tn->toks[i];
        word[i] =
            t->src != 0 ? 0 : (uint8_t)word_scopes(fs->words, tn->surf + t->surf, t->surf_len);
    }
    /* Sentence scopes: who, frame, past. */
    const unsigned of_sentence = 1u << SC_SELF | 1u << SC_THIRD | 1u << SC_FRAME | 1u << SC_PAST;
    for (size_t a = 0, b; a < n; a = b) {
        unsigned has = 0;
        for (b = a; b < n && tn->toks[b].sent == tn->toks[a].sent; b++)
            has |= word[b] & of_sentence;
        if (has & 1u << SC_SELF)
            has &= ~(1u << SC_THIRD); /* about the speaker, whoever else is named */
        for (size_t i = a; i < b; i++)
            scope[i] = (uint8_t)has;
    }
    /* Clause scopes: a negation to its clause's end; a joke marker over its clause, and over
     * the clause before when it stands alone ("ik spring eraf, haha"). */
    for (size_t a = 0, b; a < n; a = b) {
        int joke = 0, others = 0, neg = 0;
        for (b = a; b < n && tn->toks[b].clause == tn->toks[a].clause; b++) {
            if (tn->toks[b].src != 0)
                continue;
            if (neg)
                scope[b] |= 1u << SC_NEG;
            neg |= word[b] >> SC_NEG & 1;
            int j = word[b] >> SC_JOKE & 1;
            joke |= j;
            others |= !j;
        }
        if (!joke)
            continue;
        size_t from = a;
        if (!others && a > 0)
            for (uint32_t prev = tn->toks[a - 1].clause;
                 from > 0 && tn->toks[from - 1].clause == prev;)
                from--;
        for (size_t i = from; i < b; i++)
            scope[i] |= 1u << SC_JOKE;
    }
}

/* Takes the feature of hash h once: into fs, and to fn with its key[0..n) when new (key is
 * built only for fn). */
static int take(ll_lr_feats *fs, uint64_t h, const char *key, size_t n, int32_t t0, int32_t t1,
                ll_lr_key_fn fn, void *ud) {
    h += !h; /* 0 marks an empty slot */
    size_t mask = fs->nseen - 1, s = (size_t)h & mask;
    while (fs->seen[s]) {
        if (fs->seen[s] == h)
            return 0;
        s = (s + 1) & mask;
    }
    if (fs->n >= fs->cap)
        return 0;
    fs->seen[s] = h;
    fs->f[fs->n++] = (ll_lr_feat){h, t0, t1};
    return fn ? fn(ud, h, key, n) : 0;
}

int ll_lr_feats_of(const ll_textnorm *tn, const ll_nb_feats *words, ll_lr_feats *fs,
                   ll_lr_key_fn fn, void *ud) {
    /* Clear only the slots the last text took (every slot taken is one of them, so no probe
     * run is left broken). */
    size_t mask = fs->nseen - 1;
    for (size_t i = 0; i < fs->n; i++) {
        size_t s = (size_t)fs->f[i].hash & mask;
        while (fs->seen[s] != fs->f[i].hash)
            s = (s + 1) & mask;
        fs->seen[s] = 0;
    }
    fs->n = 0;
    size_t ntok = tn->ntoks < fs->ntok ? tn->ntoks : fs->ntok;
    if (feats_room(fs, ntok) != 0)
        return -1;
    mark_scopes(tn, fs, ntok);
    /* The stems and pairs as the words models have them (hashed once a text); a stem's scope
     * copies follow its pair, in the order this model was learned in. */
    char key[LL_LR_KEY_BYTES];
    unsigned present = 0;
    int rc = 0;
    for (size_t w = 0; w < words->n && rc == 0; w++) {
        const ll_nb_feat *ft = &words->f[w];
        size_t i = ft->tok;
        if (i >= ntok)
            break;
        const ll_tok *t = &tn->toks[i];
        const char *stem = tn->stem + t->stem;
        size_t n = fn ? ll_nb_feat_key(tn, ft, key) : 0;
        rc = take(fs, ft->hash, key, n, (int32_t)i - (int32_t)ft->pair, (int32_t)i, fn, ud);
        if (w + 1 < words->n && words->f[w + 1].tok == i)
            continue; /* its pair comes first */
        fs->scope[i] &= (uint8_t)fs->scopes;
        present |= fs->scope[i];
        for (int k = 0; k < SC_N && rc == 0; k++) {
            if (!(fs->scope[i] >> k & 1))
                continue;
            size_t pl = strlen(scope_prefix[k]);
            if (fn) {
                memcpy(key, scope_prefix[k], pl);
                memcpy(key + pl, stem, t->stem_len);
            }
            rc = take(fs, ll_fnv1a64_more(fs->scope_h[k], stem, t->stem_len), key, pl + t->stem_len,
                      (int32_t)i, (int32_t)i, fn, ud);
        }
    }
    for (int k = 0; k < SC_N && rc == 0; k++)
        if (present >> k & 1) {
            size_t n = strlen(scope_text[k]);
            rc = take(fs, ll_fnv1a64(scope_text[k], n), scope_text[k], n, -1, -1, fn, ud);
        }
    return rc;
}

/* ------------------------------------------------------------------------------ the model */

/* The key's hash in two halves, so a slot is 12 bytes, not 16 with a 64-bit field's padding:
 * with the table at most three quarters full, the suicidal model's 21,933 weights take 384 KiB
 * where they took 1 MiB (at most half full), the same keys found (issue 16 (e), mem27). */
typedef struct lr_slot {
    uint32_t hlo, hhi; /* 0, 0: empty */
    float w;
} lr_slot;

static uint64_t slot_h(const lr_slot *sl) { return (uint64_t)sl->hhi << 32 | sl->hlo; }

struct ll_lr {
    double bias;
    lr_slot *look;
    size_t nlook; /* power of two, at most three quarters full */
    /* A trained model's keys and weights, for ll_lr_write (NULL when read from a file). */
    struct lr_key {
        char *key;
        float w;
    } * keys;
    size_t nkeys;
};

static int lr_insert(ll_lr *lr, uint64_t h, float w) {
    size_t mask = lr->nlook - 1, s = (size_t)h & mask;
    while (slot_h(&lr->look[s]) && slot_h(&lr->look[s]) != h)
        s = (s + 1) & mask;
    lr->look[s] = (lr_slot){(uint32_t)h, (uint32_t)(h >> 32), w};
    return 0;
}

static ll_lr *lr_new(size_t n) {
    ll_lr *lr = calloc(1, sizeof(*lr));
    if (!lr)
        return NULL;
    for (lr->nlook = 16; 3 * lr->nlook < 4 * n; lr->nlook <<= 1)
        ;
    if (!(lr->look = calloc(lr->nlook, sizeof(*lr->look)))) {
        free(lr);
        return NULL;
    }
    return lr;
}

size_t ll_lr_table_bytes(const ll_lr *lr) { return lr->nlook * sizeof(*lr->look); }

void ll_lr_free(ll_lr *lr) {
    if (!lr)
        return;
    for (size_t i = 0; i < lr->nkeys; i++)
        free(lr->keys[i].key);
    free(lr->keys);
    free(lr->look);
    free(lr);
}

double ll_lr_score(const ll_lr *lr, const ll_lr_feats *fs, size_t top[LL_LR_MAX_TOP],
                   size_t *ntop) {
    double z = lr->bias, best[LL_LR_MAX_TOP];
    size_t n = 0, mask = lr->nlook - 1;
    for (size_t i = 0; i < fs->n; i++) {
        size_t s = (size_t)fs->f[i].hash & mask;
        uint64_t h;
        while ((h = slot_h(&lr->look[s])) && h != fs->f[i].hash)
            s = (s + 1) & mask;
        if (!h)
            continue;
        double w = lr->look[s].w;
        z += w;
        if (!top || w <= 0 || fs->f[i].t0 < 0)
            continue;
        size_t j = n < LL_LR_MAX_TOP ? n++ : LL_LR_MAX_TOP;
        while (j > 0 && best[j - 1] < w) {
            if (j < LL_LR_MAX_TOP) {
                best[j] = best[j - 1];
                top[j] = top[j - 1];
            }
            j--;
        }
        if (j < LL_LR_MAX_TOP) {
            best[j] = w;
            top[j] = i;
        }
    }
    if (ntop)
        *ntop = n;
    return 1 / (1 + exp(-z));
}

/* --------------------------------------------------------------------------- training */

struct ll_lr_trainer {
    /* Features: hash -> index (open addressing), with their keys. */
    uint64_t *slot_h;
    uint32_t *slot_f; /* feature index + 1, 0 empty */
    size_t nslot;
    char **key;
    size_t nfeat;
    /* Texts: their feature indices (off[i] .. off[i + 1]) and labels. */
    uint32_t *ids;
    size_t nids, ids_cap;
    uint32_t *off;
    uint8_t *label;
    size_t ndoc, doc_cap;
};

ll_lr_trainer *ll_lr_trainer_new(void) {
    ll_lr_trainer *t = calloc(1, sizeof(*t));
    if (!t)
        return NULL;
    t->nslot = 2 * LL_LR_MAX_FEATURES;
    t->slot_h = calloc(t->nslot, sizeof(*t->slot_h));
    t->slot_f = calloc(t->nslot, sizeof(*t->slot_f));
    t->key = calloc(LL_LR_MAX_FEATURES, sizeof(*t->key));
    t->off = calloc(1, sizeof(*t->off));
    if (!t->slot_h || !t->slot_f || !t->key || !t->off) {
        ll_lr_trainer_free(t);
        return NULL;
    }
    return t;
}

void ll_lr_trainer_free(ll_lr_trainer *t) {
    if (!t)
        return;
    for (size_t i = 0; i < t->nfeat; i++)
        free(t->key[i]);
    free(t->key);
    free(t->slot_h);
    free(t->slot_f);
    free(t->ids);
    free(t->off);
    free(t->label);
    free(t);
}

/* ll_lr_feats_of's callback while training: the feature's index onto the text's list. */
static int intern(void *ud, uint64_t h, const char *key, size_t n) {
    ll_lr_trainer *t = ud;
    size_t mask = t->nslot - 1, s = (size_t)h & mask;
    while (t->slot_f[s] && t->slot_h[s] != h)
        s = (s + 1) & mask;
    if (!t->slot_f[s]) {
        if (t->nfeat >= LL_LR_MAX_FEATURES || !(t->key[t->nfeat] = strndup(key, n)))
            return -1;
        t->slot_h[s] = h;
        t->slot_f[s] = (uint32_t)++t->nfeat;
    }
    if (t->nids >= t->ids_cap) {
        size_t cap = t->ids_cap ? 2 * t->ids_cap : 1u << 16;
        uint32_t *ids = realloc(t->ids, cap * sizeof(*ids));
        if (!ids)
            return -1;
        t->ids = ids;
        t->ids_cap = cap;
    }
    t->ids[t->nids++] = t->slot_f[s] - 1;
    return 0;
}

int ll_lr_trainer_add(ll_lr_trainer *t, const ll_textnorm *tn, const ll_nb_feats *words,
                      ll_lr_feats *fs, int label) {
    if (t->ndoc >= t->doc_cap) {
        size_t cap = t->doc_cap ? 2 * t->doc_cap : 1024;
        uint32_t *off = realloc(t->off, (cap + 1) * sizeof(*off));
        if (off)
            t->off = off;
        uint8_t *lab = off ? realloc(t->label, cap) : NULL;
        if (!lab)
            return -1;
        t->label = lab;
        t->doc_cap = cap;
    }
    size_t from = t->nids;
    if (ll_lr_feats_of(tn, words, fs, intern, t) != 0) {
        t->nids = from;
        return -1;
    }
    t->label[t->ndoc] = label != 0;
    t->off[++t->ndoc] = (uint32_t)t->nids;
    return (int)t->ndoc - 1;
}

ll_lr *ll_lr_train(const ll_lr_trainer *t, const uint8_t *use, const ll_lr_params *p) {
    uint32_t *count = calloc(t->nfeat ? t->nfeat : 1, sizeof(*count));
    double *w = calloc(t->nfeat ? t->nfeat : 1, sizeof(*w));
    size_t *order = malloc((t->ndoc ? t->ndoc : 1) * sizeof(*order));
    ll_lr *lr = NULL;
    if (!count || !w || !order)
        goto out;
    size_t n = 0, pos = 0;
    for (size_t d = 0; d < t->ndoc; d++) {
        if (use && !use[d])
            continue;
        order[n++] = d;
        pos += t->label[d];
        for (uint32_t k = t->off[d]; k < t->off[d + 1]; k++)
            count[t->ids[k]]++;
    }
    /* One fixed shuffle (a linear congruential generator): the texts come set by set, and
     * stochastic gradient in that order learns the last set best. */
    uint64_t r = 0x2545F4914F6CDD1Dull;
    for (size_t i = n; i > 1; i--) {
        r = r * 6364136223846793005ull + 1442695040888963407ull;
        size_t j = (size_t)(r >> 33) % i, x = order[i - 1];
        order[i - 1] = order[j];
        order[j] = x;
    }
    double bias = pos && pos < n ? log((double)pos / (double)(n - pos)) : 0;
    for (unsigned e = 0; e < p->epochs; e++) {
        double eta = p->eta / (1 + 0.3 * e);
        for (size_t i = 0; i < n; i++) {
            size_t d = order[i];
            double z = bias;
            for (uint32_t k = t->off[d]; k < t->off[d + 1]; k++)
                if (count[t->ids[k]] >= p->min_count)
                    z += w[t->ids[k]];
            double g = 1 / (1 + exp(-z)) - t->label[d];
            bias -= eta * g;
            for (uint32_t k = t->off[d]; k < t->off[d + 1]; k++) {
                uint32_t f = t->ids[k];
                if (count[f] >= p->min_count)
                    w[f] -= eta * (g + p->lambda * w[f]);
            }
        }
    }
    size_t kept = 0;
    for (size_t f = 0; f < t->nfeat; f++)
        kept += fabs(w[f]) >= LL_LR_MIN_WEIGHT;
    if (!(lr = lr_new(kept)) || !(lr->keys = calloc(kept ? kept : 1, sizeof(*lr->keys)))) {
        ll_lr_free(lr);
        lr = NULL;
        goto out;
    }
    char bb[32];
    snprintf(bb, sizeof(bb), "%.6g", bias);
    lr->bias = strtod(bb, NULL); /* as written, as the weights below */
    for (size_t f = 0; f < t->nfeat; f++) {
        if (fabs(w[f]) < LL_LR_MIN_WEIGHT)
            continue;
        /* The weight as written (%.6g), so a model in memory scores as its file does. */
        char buf[32];
        snprintf(buf, sizeof(buf), "%.6g", w[f]);
        float wf = (float)strtod(buf, NULL);
        size_t len = strlen(t->key[f]);
        if (!(lr->keys[lr->nkeys].key = strndup(t->key[f], len))) {
            ll_lr_free(lr);
            lr = NULL;
            goto out;
        }
        lr->keys[lr->nkeys++].w = wf;
        uint64_t h = ll_fnv1a64(t->key[f], len);
        lr_insert(lr, h + !h, wf);
    }
out:
    free(count);
    free(w);
    free(order);
    return lr;
}

static int key_cmp(const void *a, const void *b) {
    return strcmp(((const struct lr_key *)a)->key, ((const struct lr_key *)b)->key);
}

int ll_lr_write(const ll_lr *lr, FILE *f, const char *comment) {
    if (!lr->keys)
        return -1;
    struct lr_key *sorted = malloc((lr->nkeys ? lr->nkeys : 1) * sizeof(*sorted));
    if (!sorted)
        return -1;
    memcpy(sorted, lr->keys, lr->nkeys * sizeof(*sorted));
    qsort(sorted, lr->nkeys, sizeof(*sorted), key_cmp);
    int rc = fprintf(f, "# %s\n(bias)\t%.6g\n", comment ? comment : "", lr->bias) < 0 ? -1 : 0;
    for (size_t i = 0; rc == 0 && i < lr->nkeys; i++)
        if (fprintf(f, "%s\t%.6g\n", sorted[i].key, (double)sorted[i].w) < 0)
            rc = -1;
    free(sorted);
    return rc;
}

static ll_lr *read_fail(ll_lr *lr, FILE *f, char *errstr, size_t errlen, const char *path,
                        unsigned line, const char *msg) {
    snprintf(errstr, errlen, "%s:%u: %s", path, line, msg);
    if (f)
        fclose(f);
    ll_lr_free(lr);
    return NULL;
}

ll_lr *ll_lr_read(const char *path, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f)
        return read_fail(NULL, NULL, errstr, errlen, path, 0, strerror(errno));
    /* Two passes: the weights' count sizes the table. */
    char line[LL_LR_LINE_BYTES];
    size_t n = 0;
    while (fgets(line, sizeof(line), f))
        n += line[0] != '#' && line[0] != '\n';
    rewind(f);
    ll_lr *lr = lr_new(n);
    if (!lr)
        return read_fail(NULL, f, errstr, errlen, path, 0, "out of memory");
    unsigned lineno = 0;
    int have_bias = 0;
    while (fgets(line, sizeof(line), f)) {
        lineno++;
        size_t len = strlen(line);
        if (len && line[len - 1] != '\n' && !feof(f))
            return read_fail(lr, f, errstr, errlen, path, lineno, "line too long");
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (!len || line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        if (!tab || tab == line)
            return read_fail(lr, f, errstr, errlen, path, lineno, "expected 'FEATURE<TAB>weight'");
        *tab = '\0';
        char *end;
        errno = 0;
        double w = strtod(tab + 1, &end);
        if (errno || end == tab + 1 || *end || !isfinite(w))
            return read_fail(lr, f, errstr, errlen, path, lineno, "the weight is not a number");
        if (strcmp(line, "(bias)") == 0) {
            lr->bias = w;
            have_bias = 1;
            continue;
        }
        uint64_t h = ll_fnv1a64(line, (size_t)(tab - line));
        lr_insert(lr, h + !h, (float)w);
    }
    if (!have_bias)
        return read_fail(lr, f, errstr, errlen, path, lineno, "no '(bias)' line");
    fclose(f);
    return lr;
}
