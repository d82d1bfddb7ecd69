/* lrmodel.h - a binary logistic regression over a text's stems, stem pairs and their scope.
 *
 * The danger words model (nbmodel.h) is naive Bayes over stems and stem pairs: it
 * cannot read a negation ("ik wil NIET dood"), who a statement is about (the
 * speaker, a son, a character of a film), whether it is told as past or
 * recovered, or a joke marker ("haha", "grapje") in the clause. Learning it from
 * more sets found more statements held out but turned look-alikes critical
 * (issue 12, round 14). This model is discriminative: each feature's weight is
 * learned against every other feature of the same texts (L2-regularised), so a
 * stem that is suicidal only outside a negation's scope can weigh one way bare and
 * the other way marked. Its features are the naive Bayes ones plus copies of each
 * stem marked by the scope it stands in:
 *   "!stem"   after a negator in its clause ("niet", "geen", "nooit", "niemand")
 *   "3>stem"  in a sentence about a third person and not the speaker
 *   "1>stem"  in a sentence of the speaker's own ("ik", "mij", "mijn")
 *   "f>stem"  in a sentence of a frame: a film, a book, the news, a campaign
 *   "v>stem"  in a sentence told as past or recovered ("vroeger", "wilde", "hersteld")
 *   "j>stem"  in a clause a joke marker ends or opens ("haha", "lol", "grapje")
 * and one text feature per scope present ("(frame)", "(joke)", ...). The scope words
 * are fixed here rather than read from a lexicon: the trainer (bench_model --train)
 * and the processor must mark the same words, and a learner weighs them, so a
 * wrong one costs a weight, not a decision.
 *
 * File (TSV, '#' comments), written by ll_lr_write and read by ll_lr_read:
 *   bias  <TAB> w
 *   FEATURE <TAB> w                       sorted, weights of |w| >= LL_LR_MIN_WEIGHT
 * A feature is found by its key's 64-bit hash (core/text.h); two keys of one
 * model sharing a hash would share a weight, which for a few thousand keys is
 * far below a wrong decision's odds. */
#ifndef LL_LRMODEL_H
#define LL_LRMODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "nbmodel.h"
#include "textnorm.h"

#define LL_LR_MAX_FEATURES (1u << 18) /* distinct features while training (~90,000 seen) */
#define LL_LR_KEY_BYTES (2 * LL_TEXTNORM_MAX_WORD_BYTES + 4) /* "3>stem" or "stem stem" */
#define LL_LR_LINE_BYTES 512                                 /* one model line */
#define LL_LR_MIN_WEIGHT 1e-4                                /* smaller weights are not written */
#define LL_LR_MAX_TOP 3                                      /* features named as the reason */
/* Features of one text: a stem, a pair and up to six scope copies per word, plus the text's. */
#define LL_LR_FEATS_PER_TOKEN 8
/* Tokens a text's features have room for at first (a message is ~10-300); a longer text
 * makes room for itself (ll_lr_feats_of). */
#define LL_LR_START_TOKENS 512

/* A text's features, each once: hash of its key and the tokens it reads ([t0, t1], -1 for
 * a text feature). */
typedef struct ll_lr_feat {
    uint64_t hash;
    int32_t t0, t1;
} ll_lr_feat;
typedef struct ll_lr_feats {
    ll_lr_feat *f;
    size_t n, cap;
    uint64_t *seen; /* open-addressing set of the hashes taken, 0 empty */
    size_t nseen;   /* power of two, at least twice cap (cap grows with the longest text) */
    uint8_t *scope; /* per token: the scopes it stands in, a bit each in the order above */
    uint8_t *word;  /* per token: the scopes its word opens */
    size_t ntok;
    struct ll_wordset *words; /* the scope words (built by ll_lr_feats_init) */
    unsigned scopes;          /* the scopes marked (ll_lr_feats_init: all; fewer only to measure) */
    uint64_t scope_h[8];      /* each scope's key prefix hashed ("3>"), its copies' hashes go on */
} ll_lr_feats;
/* 0 or -1; sized for LL_TEXTNORM_MAX_TOKENS. Free with ll_lr_feats_free (NULL-safe fields). */
int ll_lr_feats_init(ll_lr_feats *fs);
void ll_lr_feats_free(ll_lr_feats *fs);
/* Called with each new feature's key while ll_lr_feats_of walks the text (training keeps
 * the keys it will write; scoring passes NULL and builds no key it does not hash). */
typedef int (*ll_lr_key_fn)(void *ud, uint64_t hash, const char *key, size_t n);
/* The features of the text in tn (tokens of src 0: the subject may be a label the system
 * wrote), from its stems and pairs in words (ll_nb_feats_of on the same tn: the one walk
 * over a text's words, hashed once for every model) and each stem's scope. 0, or fn's first
 * non-zero. */
int ll_lr_feats_of(const ll_textnorm *tn, const ll_nb_feats *words, ll_lr_feats *fs,
                   ll_lr_key_fn fn, void *ud);

typedef struct ll_lr ll_lr;

/* Training: a set of texts with labels 0/1, learned by ll_lr_train. */
typedef struct ll_lr_trainer ll_lr_trainer;
ll_lr_trainer *ll_lr_trainer_new(void);
void ll_lr_trainer_free(ll_lr_trainer *t);
/* Adds the text in tn (its words: ll_nb_feats_of) with its label; returns its index, or -1
 * (out of memory, table full). */
int ll_lr_trainer_add(ll_lr_trainer *t, const ll_textnorm *tn, const ll_nb_feats *words,
                      ll_lr_feats *fs, int label);
/* How it learns: L2 weight lambda, epochs of stochastic gradient over the texts in one fixed
 * shuffled order (the same figures every run), a feature only when at least min_count
 * learned texts hold it. */
typedef struct ll_lr_params {
    double lambda, eta;
    unsigned epochs, min_count;
} ll_lr_params;
/* A model learned from the texts i with use[i] != 0 (use NULL: all). NULL when out of memory. */
ll_lr *ll_lr_train(const ll_lr_trainer *t, const uint8_t *use, const ll_lr_params *p);
/* Writes a trained model (keys sorted) with a comment line naming how it was learned. */
int ll_lr_write(const ll_lr *lr, FILE *f, const char *comment);

/* Reads a model written by ll_lr_write. NULL with errstr "FILE:LINE: msg". */
ll_lr *ll_lr_read(const char *path, char *errstr, size_t errlen);
void ll_lr_free(ll_lr *lr);
/* The bytes of lr's table of weights: slots of 12 bytes, a power of two of them at most three
 * quarters full. */
size_t ll_lr_table_bytes(const ll_lr *lr);

/* P(label 1 | the features in fs) (of ll_lr_feats_of on the text); with top non-NULL, the
 * indices in fs->f of up to LL_LR_MAX_TOP word features that add most to it, strongest
 * first, and their count in *ntop. */
double ll_lr_score(const ll_lr *lr, const ll_lr_feats *fs, size_t top[LL_LR_MAX_TOP], size_t *ntop);

#endif
