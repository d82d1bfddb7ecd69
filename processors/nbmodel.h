/* nbmodel.h - a naive Bayes text model over word stems, learned from labelled messages.
 *
 * Phrase rules reach what their writer thought of: on batches written in a
 * new style the last rules of issue 12 found 24-67% of what they were meant
 * to find. A model learned from every labelled development message weighs
 * every word it saw under every class, so a message in other words still
 * lands near the messages it resembles. It is multinomial naive Bayes over
 * the binary presence of Dutch stems and stem pairs (the text's words only:
 * the subject may be a label the system wrote), Laplace-smoothed; the file
 * stores document counts, not weights, so it is exact, diffable and
 * retrained byte-for-byte by `bench_model --train`.
 *
 * File (TSV, '#' comments):
 *   classes <TAB> id <TAB> id ...          the classes, in this order
 *   docs    <TAB> n  <TAB> n ...           labelled messages per class
 *   alpha   <TAB> 0.5                      Laplace smoothing
 *   FEATURE <TAB> class:count ...          messages of each class holding it
 * A FEATURE is a stem ("vuilnis") or two stems of one sentence ("stoep kapot"); after
 * the three header lines a feature may be named like one of them ("docs"). */
#ifndef LL_NBMODEL_H
#define LL_NBMODEL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "textnorm.h"

#define LL_NB_MAX_CLASSES 16 /* themes of a taxonomy with a model, sentiment labels */
#define LL_NB_CLASS_BYTES 64
/* 1 << 17 until 12-05: bench_model learning every development set to round 35
 * (BENCH_LEARNED=112, words and stem pairs) saw more distinct features. */
#define LL_NB_MAX_FEATURES (1u << 18)                        /* distinct features while training */
#define LL_NB_KEY_BYTES (2 * LL_TEXTNORM_MAX_WORD_BYTES + 2) /* "stem stem" */
#define LL_NB_LINE_BYTES 2048                                /* one model line */
#define LL_NB_MAX_TOP 3 /* words named as a decision's reason */

typedef struct ll_nb ll_nb;
typedef struct ll_nb_joint ll_nb_joint;

/* Models joined in one table: the classifier joins three (theme, sentiment, danger words). Each
 * key of the joint holds a feature index for each, so a fourth column nobody filled cost 4 bytes
 * a key: 257 KB of the 64,318 keys when the theme model learned development 25 (issue 12,
 * theme15: that round's model grew its tables by 313 KB). */
#define LL_NB_JOINT_MAX 3

/* Whether the models read token i of tn: a word of the text (src 0), a stem of two or more
 * bytes, not a number (house numbers and dates say nothing of the topic). The logistic
 * model (lrmodel.h) reads the same words. */
int ll_nb_usable(const ll_textnorm *tn, size_t i);

/* A new empty model with nclass classes named by ids (copied); NULL when
 * out of memory or a name does not fit. Free with ll_nb_free (NULL-safe). */
ll_nb *ll_nb_new(const char *const *ids, size_t nclass);
void ll_nb_free(ll_nb *nb);

/* Training: counts the features of the text in tn (tokens of src 0) under
 * class cls, once per message. -1 when the feature table is full. */
int ll_nb_add(ll_nb *nb, const ll_textnorm *tn, size_t cls);
/* Training on named features instead of the text's stems (the danger
 * model: which parts of danger a text holds), each counted once. 0 or -1
 * (table full, a key too long or empty). */
int ll_nb_add_keys(ll_nb *nb, const char *const *keys, size_t nkeys, size_t cls);
/* Guards a model learned from citizens' text, where a name, a street or an account handle
 * may have escaped masking: a word only one message used is rare by nature, and a model
 * that keeps the features of one message (the theme model) would copy such a word into a
 * file that is shipped and read by people. From now on a feature held by fewer than
 * min_messages messages is kept (written, finished) only when each of its words, wherever a
 * message held it, is public language: an ordinary word of words (spelt in lower case or as
 * an abbreviation, not only capitalised as a name: "bakker", "GGD", not "Jansen"), or two
 * such words written as one ("formulierenbrigade"), or a word of the classifier's own
 * (tn's spelling vocabulary, which the shipped taxonomy names anyway); never a word with a
 * digit or '@', nor one capitalised inside a sentence (a name that is also a word: "Visser",
 * "Bos"). Call before the first ll_nb_add; words must outlive the training. */
void ll_nb_guard(ll_nb *nb, const ll_wordlist *words, unsigned min_messages);
/* Leaves out (in writing and finishing) a feature of two words (a stem pair) held by fewer than
 * min_messages messages when one of its words is held by as many: since every message holding
 * the pair holds that word, they are the same messages, and the pair only repeats the word's
 * vote (a word of one message and each pair it made there). 0 (the default): every pair kept.
 * Call before ll_nb_finish or ll_nb_write, while the model is trained (not on a model read). */
void ll_nb_pairs_min(ll_nb *nb, unsigned min_messages);
/* Writes the features held by at least min_count messages, sorted, with
 * the header above; alpha is the smoothing the reader will use. 0 or -1. */
int ll_nb_write(const ll_nb *nb, FILE *f, double alpha, unsigned min_count);

/* Reads a model written by ll_nb_write. NULL with errstr "FILE:LINE: msg".
 * Its weights are ready for ll_nb_score; it is not trained on (ll_nb_add
 * returns -1: its training table is dropped once read). */
ll_nb *ll_nb_read(const char *path, char *errstr, size_t errlen);
/* Makes the counts added so far usable by ll_nb_score (for cross-validation
 * without a file); alpha and min_count as in ll_nb_write. 0 or -1. */
int ll_nb_finish(ll_nb *nb, double alpha, unsigned min_count);

/* Turns a finished (or read) model into complement naive Bayes (Rennie et
 * al. 2003): each class weighs a feature by -log P(f | every other class),
 * from the same counts, with no prior, so a class with few messages is not
 * drowned by the large ones and each class's weights are estimated from
 * most of the data. ll_nb_score then gives the softmax of those scores
 * (log(post[a] / post[b]) is the difference of the two classes' scores).
 * Held out over the development message sets the theme model alone: 0.663 -> 0.748 (issue 12,
 * round 7). own and pairs (0, 1: the plain complement model) are the taxonomy's "odds" and
 * "pairs": each class also weighs own x its own multinomial log P(f | c) and prior (at 1, a
 * feature weighs log P(f | c) / P(f | every other class), the odds of the class against the
 * rest), and each feature of two words ("stoep kapot") weighs pairs x its weight, since naive
 * Bayes counts a pair and its two words as three pieces of evidence. 0 or -1 (not finished,
 * sealed, a weight below 0, or pairs other than 1 on a model without its keys). */
int ll_nb_complement(ll_nb *nb, double own, double pairs);

/* Turns a finished (or read) model into Bernoulli naive Bayes (McCallum and Nigam 1998)
 * over the same counts: a feature weighs by the share of each class's messages that hold
 * it, not by its share of the class's feature counts. The multinomial weights of
 * ll_nb_finish divide by each class's total of features, so a class of short texts (the
 * suicidal phrasings) gains ~1 nat on a class of long ones (the messages) for every known
 * feature a text holds, whatever the feature: a longer text grew surer of the short class.
 * 0 or -1 (not finished). */
int ll_nb_bernoulli(ll_nb *nb);

/* A model that is only scored from now on (the classifier's, once read,
 * complemented and its features looked up): its counts and keys go, the
 * weights and the scoring table stay. The theme model that keeps the words
 * of one message (34,000-38,000 features in 15 classes) held its counts in a
 * table grown to 65,536 features (3.75 MiB, ~2 MiB of it written) and its
 * keys, which its scoring records hold again: the processor's peak RSS
 * -4.1 MiB (tests/bench/HISTORY.md, "12-01 evening"). ll_nb_finish,
 * ll_nb_complement and ll_nb_write refuse a sealed model (-1). */
void ll_nb_seal(ll_nb *nb);
/* The rows of weights nb holds: one per feature, or once sealed one per distinct row (features
 * of the same counts weigh alike; the theme model of 12-05: 78,364 features, 12,674 rows). */
size_t ll_nb_rows(const ll_nb *nb);

/* Joins n (1..LL_NB_JOINT_MAX) sealed models, none joined yet, in one table of their keys,
 * where each key has its feature in each model: ll_nb_feats_of with the joint looks a text's
 * feature up once for all of them. Each model's own table is freed (the joint's holds its
 * keys once more only where no other model has them) and its look-ups by key
 * (ll_nb_feature, ll_nb_score) go through the joint, which must outlive the models' use.
 * NULL when out of memory or a model cannot be joined (the models are then unchanged).
 * Free with ll_nb_joint_free (NULL-safe). */
ll_nb_joint *ll_nb_joint_new(ll_nb *const *models, size_t n);
void ll_nb_joint_free(ll_nb_joint *j);
/* The joint's distinct keys, and in *slots (when not NULL) its table's slots of 8 bytes: the
 * smallest power of two at most three quarters full. */
size_t ll_nb_joint_keys(const ll_nb_joint *j, size_t *slots);

size_t ll_nb_classes(const ll_nb *nb);
const char *ll_nb_class_id(const ll_nb *nb, size_t i);

/* Per-event working memory (the feature indices of one text). */
typedef struct ll_nb_scratch {
    uint32_t *feat;
    int32_t *t0, *t1; /* the words of each feature, for the reason */
    size_t cap;
    /* A bit per feature of the model: the text being read holds it (counted once, as in
     * training); the bits of feat[0..nheld) are cleared for the next text. A stamp of 4
     * bytes a feature, ~450 KB a classifier for the shipped models of 12-04 and touched
     * all over by the features' ids, was resident once per worker (issue 16). */
    uint64_t *held;
    size_t nheld;
} ll_nb_scratch;
/* 0 or -1; sized for LL_TEXTNORM_MAX_TOKENS and the features of nb (finished or read). */
int ll_nb_scratch_init(ll_nb_scratch *s, const ll_nb *nb);
void ll_nb_scratch_free(ll_nb_scratch *s);

/* The model's posterior over its classes for the text in tn, tempered:
 * post[c] proportional to exp(log P(c, features) / temperature). Returns
 * how many known features the text holds (0: post is the prior). */
size_t ll_nb_score(const ll_nb *nb, const ll_textnorm *tn, ll_nb_scratch *s, double temperature,
                   double *post);
/* A text's features (each stem, each pair of stems next to each other in
 * one sentence, as ll_nb_score reads them) with their hashes, found once
 * per text and scored by every model of it: the classifier's three models
 * walked the words three times, each hashing every stem and pair anew. It is
 * the one walk that makes a text's features: training (ll_nb_add) and the
 * logistic model (ll_lr_feats_of, which adds each stem's scope) read its list. */
typedef struct ll_nb_feat {
    uint64_t hash; /* of the key, as the models' tables hash it */
    uint32_t tok;  /* the feature's (last) token */
    uint32_t pair; /* 1: the key is token tok - 1's stem, ' ', tok's stem */
    uint32_t row;  /* with a joint (ll_nb_feats.joint): the key's row + 1 there, 0 none */
} ll_nb_feat;
typedef struct ll_nb_feats {
    ll_nb_feat *f;
    size_t n, cap;
    const ll_nb_joint *joint; /* set by the caller: ll_nb_feats_of looks each feature up there */
} ll_nb_feats;
/* 0 or -1; sized for LL_TEXTNORM_MAX_TOKENS; no joint. */
int ll_nb_feats_init(ll_nb_feats *fs);
void ll_nb_feats_free(ll_nb_feats *fs);
/* The features of the text in tn, in ll_nb_score's order. */
void ll_nb_feats_of(const ll_textnorm *tn, ll_nb_feats *fs);
/* The key of feature ft of ll_nb_feats_of on tn ("stem" or "stem stem") into key; its
 * length. For a model that keeps its keys (training): scoring needs only the hash. */
size_t ll_nb_feat_key(const ll_textnorm *tn, const ll_nb_feat *ft, char key[LL_NB_KEY_BYTES]);
/* ll_nb_score on features found by ll_nb_feats_of on the same tn: the
 * same posterior, count and s (for ll_nb_top). A model of fs's joint reads each feature's
 * index from its row there, looked up once for all the joint's models. */
size_t ll_nb_score_feats(const ll_nb *nb, const ll_textnorm *tn, const ll_nb_feats *fs,
                         ll_nb_scratch *s, double temperature, double *post);
/* ll_nb_score over named features (as ll_nb_add_keys); s->t0[i] and
 * s->t1[i] are then the index in keys of the i-th known feature, which
 * ll_nb_top returns. */
size_t ll_nb_score_keys(const ll_nb *nb, const char *const *keys, size_t nkeys, ll_nb_scratch *s,
                        double temperature, double *post);
/* The index of the feature named key, or -1 when the model does not hold
 * it: a caller that knows its features ahead (the danger model's parts)
 * looks them up once and scores by index. */
int64_t ll_nb_feature(const ll_nb *nb, const char *key);
/* ll_nb_score over feature indices from ll_nb_feature (each once); s->t0[i]
 * and s->t1[i] are then i, which ll_nb_top returns. */
size_t ll_nb_score_ids(const ll_nb *nb, const uint32_t *ids, size_t n, ll_nb_scratch *s,
                       double temperature, double *post);
/* The tokens of the features that speak most for class cls against the
 * best other class (after ll_nb_score on the same tn and s), strongest
 * first, as [t0, t1] pairs; returns how many (at most LL_NB_MAX_TOP). */
size_t ll_nb_top(const ll_nb *nb, const ll_textnorm *tn, const ll_nb_scratch *s, size_t nfeat,
                 size_t cls, int32_t t0[LL_NB_MAX_TOP], int32_t t1[LL_NB_MAX_TOP]);

#endif
