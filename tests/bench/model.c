/* model.c - trains the naive Bayes theme and sentiment models and measures them against the rules.
 *
 *   bench_model                 cross-validation on the development message sets: the rules
 *                               alone, the model alone, and the rules with the model's vote,
 *                               k-fold (k = 10) and leave-one-set-out (train on the other
 *                               sets, measure on the one left out: a writer and style the model
 *                               never saw); BENCH_THEME_DUMP=FILE writes every held-out message's
 *                               rules' themes and posteriors, BENCH_FEATURES=FILE every
 *                               message's set, labels and features (stems and pairs), for
 *                               trying learners offline; BENCH_SETTING=K runs only row K of
 *                               settings[] beside the rules (25: the shipped models, ~4 s;
 *                               "K,L,...": those rows, on each fold's models),
 *                               BENCH_MISS_DUMP=FILE writes those rows' held-out theme,
 *                               sentiment and urgency misses of the leave-one-set-out folds as
 *                               JSON lines with text, subject and reasons (BENCH_MISS_ALL=1:
 *                               every message); BENCH_THEME_SKIP=I,J keeps those sets (indexes
 *                               in sets[]) out of the theme model's learning, still held out;
 *                               the question model (urgency.conf's "question-model:") is
 *                               learned per fold too, BENCH_Q_WEIGHT=W votes the rules' level
 *                               W nats against it ("none": without it); so is the high model
 *                               ("high-model:"), BENCH_H_WEIGHT=W, BENCH_H_MIN=N its features'
 *                               messages
 *   bench_model --urgency       the high model's vote with its weight chosen inside the folds
 *                               (urgency_votes): held out by set, before and after, per set and
 *                               as a confusion of low, normal and high; beside it the same
 *                               method for other votes (lifting only, questions read too, low
 *                               or normal of texts that are no question)
 *   bench_model --critical      the learned models of danger (over stems; over the parts of
 *                               danger urgency.conf names) on the phrasing and message sets,
 *                               each set held out in turn, beside the rules; BENCH_DANGER_SHOW=P
 *                               lists what the parts model adds at P (with the stems model at
 *                               0.9), BENCH_DANGER_DUMP=FILE writes every text's figures,
 *                               BENCH_DANGER_DROP=PREFIX (or "pairs") leaves those keys out;
 *                               and a second opinion on the rules' critical flags, held out
 *                               the same way (veto_table; measured, not shipped),
 *                               BENCH_VETO_SHOW=1 lists the flags it moves, BENCH_VETO_DUMP=FILE
 *                               writes every readable text's figures and keys as JSON lines
 *                               (its own keys, "vkeys", and "crisis" and held-out "vscore", so
 *                               the learner can be replayed offline), BENCH_VETO_PARTS=1 lends
 *                               it the parts model's keys too
 *   bench_model --suicidal      suicidal statements held out: each of the phrasing and message
 *                               sets left out in turn, both danger models and the logistic
 *                               model of suicidal statements learned from the others and the
 *                               held-out set classified by the pipeline loaded with them; per
 *                               set the rules alone (in-sample), the words model alone, the
 *                               logistic model alone and the pipeline, found (false).
 *                               BENCH_DANGER_LINE sets another "danger-model:" line,
 *                               BENCH_SUI_LR_LINE another "suicidal-model:" line ("none":
 *                               without), BENCH_LR_ALONE the logistic column's P,
 *                               BENCH_SUI_SHOW=1 lists the suicidal misses and false flags,
 *                               BENCH_SUI_DUMP=FILE every text's figures; BENCH_LEARNED,
 *                               BENCH_PARTS_LEARNED, BENCH_LEARN_ALSO, BENCH_WORDS_ALPHA,
 *                               BENCH_WORDS_MIN, BENCH_CALM_LEARNED, BENCH_WORDS_BERNOULLI,
 *                               BENCH_CALM_WEIGHT, BENCH_CALM_PARTS, BENCH_CALM_FILES (the
 *                               training-only calm set),
 *                               BENCH_WORDS_MISSED try other learning (see WORDS_LEARNED_SETS),
 *                               BENCH_LR_LAMBDA, BENCH_LR_ETA, BENCH_LR_EPOCHS, BENCH_LR_MIN,
 *                               BENCH_LR_LEARNED, BENCH_LR_ALSO, BENCH_LR_SCOPES, BENCH_LR_DANGER,
 *                               BENCH_CALM_LR (the calm set as counter-examples) other logistic
 *                               learning
 *   bench_model --train DIR     trains the sentiment, theme, question and high models on the
 *                               development messages, the two danger models and the logistic
 *                               model of suicidal statements on every development set, and
 *                               writes DIR/sentiment-model.tsv, theme-model.tsv,
 *                               question-model.tsv, high-model.tsv, danger-model.tsv,
 *                               danger-words.tsv,
 *                               suicidal-model.tsv (config/ holds the shipped ones)
 *   bench_model --learned       every danger set's index (the knobs' I,J) and the danger models
 *                               that learn it with the knobs set (nothing is read or learned)
 *   bench_model --theme         ways of weighing the theme model (its classes' own odds, its
 *                               pairs, its temperature) and the vote's weights, each set left
 *                               out in turn, the vote replayed over what the rules gave each
 *                               theme: found per way at the shipped weights, at the grid's best
 *                               and with the weights chosen on the other sets (~40 s); the
 *                               shipped way's per channel; BENCH_THEME_SUBJECT=N reads the
 *                               subject line too (theme_subject)
 *   bench_model --logistic      theme by multinomial logistic regression over the same
 *                               features, alone, in the complement model's place in the vote
 *                               and beside it, each set left out in turn (measured, not
 *                               shipped: issue 12, round 8)
 *
 * Every text is read as the processor reads it: identifiers and names masked first
 * (ll_enrich_text, with the names lists of config/luisterloop.conf), so the models learn
 * the placeholders they will meet ("[NAAM]") and never a name.
 *
 * Only development sets are read (tests/data/eval/README.md); the frozen sets
 * never reach a model. The rules were written on these same sets, so their
 * figures here are their best case; the model's are held out. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "classify.h"
#include "config.h"
#include "enrich.h"
#include "evalset.h"
#include "lrmodel.h"
#include "nbmodel.h"
#include "roles.h"
#include "textnorm.h"

#define EVAL_DIR LL_SOURCE_DIR "/tests/data/eval/"
#define CFG LL_SOURCE_DIR "/config/"
/* The message sets' lines (docs) and the danger sets' texts (ctexts) are held in arrays that
 * grow as the sets are read (grow_array) up to MAX_TEXTS, and a set past it stops the bench with
 * its name: they were fixed at 8,000 messages (MAX_DOCS; 7,620 with development 28, passed
 * around round 30) and 16,000 danger texts, and a danger text past 16,000 was dropped without a
 * word (about 15,300 are read with LL_BENCH_BLIND and the calm set: round 30's blind sets, last
 * in evalset.c's table, would have gone unread from the forward test). Issue 12, theme18. */
#define DOCS_FIRST 1024   /* the arrays' first size; each growth doubles it */
#define MAX_TEXTS 1000000 /* either array's bound: about 250 rounds of today's sets */
#define KFOLD 10
#define N_SENT 3
#define KFOLD_TITLE "10-fold (every tenth message held out)"

/* The shipped smoothing and pruning (chosen by the grid below; the weights
 * and temperatures are on the taxonomy's "model:" lines). */
#define ALPHA 0.5
#define MIN_COUNT 2
/* The theme model keeps every feature, also those of one message: a new writer's theme is
 * often told by a word only one earlier message used (a service, a compound, a place's
 * kind), and complement naive Bayes weighs a word by its counts in every other theme, so a
 * word of one message is evidence, not noise. Held out (BENCH_SETTING=25, each of the 11
 * sets left out), features of at least 3, 2, 1 messages: 2,403, 2,442, 2,462 of 2,820
 * (0.866 -> 0.873); development 13 and 14, learned by neither: 0.810 -> 0.823, 0.847 ->
 * 0.850 (bench_quality -F). The model file doubles (436 -> 959 KB). Issue 12, 12-01. */
#define THEME_MIN_COUNT 1
/* And smooths less than the sentiment model: held out by set (BENCH_SETTING=25, fourteen
 * sets, guarded as below), alpha 0.1 / 0.15 / 0.2 / 0.25 / 0.3 / 0.4 / 0.5 / 0.7: 3,214 /
 * 3,225 / 3,235 / 3,233 / 3,235 / 3,232 / 3,224 / 3,224 of 3,720, a plateau from 0.2 to 0.4;
 * its middle is shipped (10 sets up, 2 down). With features of one message kept, a rare
 * word's weight is the smoothing's: a word one message of a theme held speaks for that
 * theme by log((1 + alpha) / alpha) nats, 1.10 at 0.5, 1.47 at 0.3. The vote's weight and gates
 * stay at their best (an exact replica of the vote over BENCH_THEME_DUMP: weight 0.6 / 0.75
 * / 0.9 3,230 / 3,234 / 3,232). BENCH_THEME_ALPHA tries another. Issue 12, 12-01. */
#define THEME_ALPHA 0.3
static double theme_alpha = THEME_ALPHA;
/* But a word one message used may be a name that escaped masking: a feature with a word
 * that is no ordinary Dutch word (the taxonomy's word list, OpenTaal), is capitalised inside
 * a sentence or holds a digit is kept only when THEME_GUARD_MIN messages hold it
 * (ll_nb_guard), so training on real citizens' text ships no surname, street or handle
 * of one message. BENCH_THEME_GUARD=N tries another (0: none). Three messages since
 * development 29 was learned: held out by set (BENCH_SETTING=25, twenty-eight sets) 6,850 ->
 * 6,854 of 7,920 (9 messages won, 6 lost; 10-fold 0.860 -> 0.861), and a name that escaped
 * masking in two messages stays out too. It was chosen to keep the three models' distinct keys
 * under 65,536 (66,367 with two, 65,496 with three), but the joint table was then sized by the
 * models' keys added up (77,918: 2 MiB already); since models19 (f037aae) it is sized by the
 * distinct keys and 1 MiB holds 98,304, so both fit: three is kept on its held-out figure. Every pair that only repeats one of its words left out instead
 * (BENCH_THEME_PAIRS=100): 6,853, but 65,690 keys; both: 64,952 keys, 6,851. Issue 12,
 * theme19. */
#define THEME_GUARD_MIN 3
static unsigned theme_guard = THEME_GUARD_MIN;
/* But a pair of words held by exactly the messages that hold one of its words only repeats
 * that word's vote: of one message (THEME_PAIRS_MIN 2, ll_nb_pairs_min) it is left out, so
 * that learning development 26 keeps the models' joint table (ll_nb_joint_new) under 65,536
 * keys, where its look-up table doubles (1 -> 2 MiB): 66,664 -> 61,143 keys. Held out by set
 * (BENCH_SETTING=25, twenty-five sets) 6,085 -> 6,083 of 7,020 (9 messages won, 11 lost).
 * Tried, dropped: every pair of one message left out (6,062, -23); only those with a word a
 * third of the messages hold ("de", "een", "ik": 6,072, -13; with the pruned pairs still
 * counted in the smoothing 6,070); the repeating pairs with their counts still in the
 * smoothing (6,081). BENCH_THEME_PAIRS=N tries another (0: every pair). Issue 12, 12-03. */
#define THEME_PAIRS_MIN 2
static unsigned theme_pairs = THEME_PAIRS_MIN;
/* Sets by their index (BENCH_THEME_SKIP, BENCH_LEARN_ALSO, BENCH_LR_ALSO): a bit for every set
 * evalset.c's table may hold (MAX_CRIT_SETS), so that a round beyond the 64th set can be
 * learned; the masks were one uint64_t each, and an index of 64 or more was folded onto a set
 * below 64 (64 was critical-dev). */
#define MAX_CRIT_SETS 256
typedef struct set_bits {
    uint64_t w[MAX_CRIT_SETS / 64];
} set_bits;
static int set_in(const set_bits *b, int set) {
    return set >= 0 && set < MAX_CRIT_SETS && (b->w[set / 64] >> (set % 64) & 1);
}
/* BENCH_THEME_SKIP=I,J: sets (indexes in sets[]) the theme model does not learn from, still
 * read and held out, so what learning a set adds is measured on the others. */
static set_bits theme_skip;
static const ll_wordlist *guard_words; /* the taxonomy's "spelling:" list */
/* The danger model's (config/danger-model.tsv, over parts of danger). */
#define DANGER_ALPHA 0.5
#define DANGER_MIN_COUNT 2
/* The danger words model's (config/danger-words.tsv, over stems and pairs); BENCH_WORDS_ALPHA
 * and BENCH_WORDS_MIN try others. */
static double words_alpha = 0.5;
static unsigned words_min = 2;
/* BENCH_WORDS_BERNOULLI=1: the words model weighed as Bernoulli naive Bayes (ll_nb_bernoulli),
 * as urgency.conf's "danger-model: ... bernoulli" loads it. */
static int words_bernoulli;

/* The development message sets the models learn from (messages-dev5 is kept
 * out: it measures spelling tolerance and the models on text neither saw).
 * The theme model learns every one; the sentiment model the first
 * N_SENT_SETS (until sentiment26 seven: learning development 9-11 too cost sentiment 0.005-0.010 on
 * development 1, 2, 4 and 6; issue 12, theme round of 12-01). Development 13 and 14
 * joined after their before-figures (0.810 -> 0.823 and 0.847 -> 0.850 with the model of
 * the eleven before them): the other eleven held out, each in turn, with them learned
 * too: 2,462 -> 2,480 of 2,820. Development 15 (round 15's blind set) joined after its
 * figure with the guarded model of the thirteen before it (0.810 -> 0.813, bench_quality
 * -F; held out by set here 244 of 300): the first eleven held out with it learned too
 * 2,476 -> 2,478. Development 16 (round 16's blind set) joined after its figure with the
 * model of the fourteen before it (0.810, bench_quality -F; no variant of that model's alpha,
 * guard or sets moved it beyond 242-244 of 300): the fourteen held out by set with it
 * learned too 3,237 -> 3,250 of 3,720; itself held out by set 243 of 300. Development 17
 * (round 17's blind set) joined after its figure with the model of the fifteen before it
 * (bench_quality -F: 0.810 on main, 0.833 with bejegening yielding, the taxonomy's
 * "yields:"): the fifteen held out by set with it learned too 3,512 -> 3,509 of 4,020 (3,493
 * -> 3,491 without "yields:"), within noise; itself held out by set 250 of 300. It is learned
 * for its registers (teenagers, easy language, chatbot transcripts, form fields, dialect
 * words) that no other set holds, which a held-out figure over the others cannot weigh.
 * Development 18 (round 18's blind set: several themes at once, survey replies, quoted
 * answers, carers at night, business owners) joined after its figure with the model of the
 * sixteen before it (bench_quality -F 0.757 on main, 0.767 with a business owner's words
 * in the taxonomy): the sixteen held out by set with it learned too 3,760 -> 3,758 of
 * 4,320, within noise; itself held out by set 230 of 300, learned or not. Development 19
 * (round 19's blind set: outside professionals passing things on, students in rented rooms,
 * AI-polished letters, dialect, English-Dutch, clock-time timelines) joined after its figure
 * with the model of the seventeen before it (bench_quality -F 0.820 on main, 0.837 with the
 * messenger, the pairs and the words of theme round 8). Development 20 (round 20's blind
 * set: children writing, OCR'd letters, care words, mentors and jongerenwerkers passing
 * things on, newcomers' mixed languages, telephone transcripts, houseboats and islands)
 * joined after its figure with the model of the eighteen before it (bench_quality -F 0.833
 * on main, 0.853 with the role labels, "open" and the words of theme round 9; held out by
 * set 256 of 300): the eighteen held out by set with it learned too 4,238 -> 4,239 of
 * 4,920, within noise. Development 21 (round 21's blind set: German letters from the border,
 * scams in the municipality's name, writers who introduce their role (a club's chairman, a
 * veteran, an undertaker, a church worker), dictated punctuation, form fields, telegraphic
 * notes) joined after its figure with the model of the nineteen before it (bench_quality -F
 * 0.797 on main; held out by set 239 of 300, learned or not): the nineteen held out by set
 * with it learned too 4,496 -> 4,503 of 5,220. Development 22 (round 22's blind set: meeting
 * minutes and petitions, desk notes of drivers, crossing guards and shelter workers,
 * journalists and students asking, Sinterklaas rhymes, festivities, Limburgs and other
 * dialects, Indonesian-Dutch and Cape Verdean writers) joined after its figure with the model
 * of the twenty before it (bench_quality -F 0.840 on main 5a28d13, 0.853 with theme round
 * 11's desk notes and words; held out by set 256 of 300, learned or not): the twenty held
 * out by set with it learned too 4,751 -> 4,764 of 5,520. Development 23 (round 23's blind set: star
 * reviews, telegrams, bug reports, insurance claims, sovereign-citizen letters, spelling-alphabet
 * notes, trades and hobbies, blind and wheelchair-using writers) joined after its figure with the
 * model of the twenty-one before it (bench_quality -F 0.817 on main 7b84835; held out by set 245
 * of 300, learned or not): the twenty-one held out by set with it learned too 5,027 -> 5,041 of
 * 5,820. Development 24 (round 24's blind set: LinkedIn posts, Marktplaats ads, letters to the
 * editor, haiku, recipes, parodies, trades from roofers to crane operators) joined after its
 * figure with the model of the twenty-two before it (bench_quality -F 0.877 on main 08fe974; held
 * out by set 263 of 300, learned or not): the twenty-two held out by set with it learned too
 * 5,286 -> 5,299 of 6,120. Development 25 (round 25's blind set) joined after its figure with the
 * model of the twenty-three before it (bench_quality -F 0.837 on main 3dbff6d; held out by set
 * 251 of 300, learned or not): the twenty-three held out by set with it learned too 5,565 ->
 * 5,575 of 6,420. Development 26 (round 26's blind set) joined after its figure with the model of
 * the twenty-four before it (bench_quality -F 0.850 on main f3f596d; held out by set 255 of 300):
 * the twenty-four held out by set with it learned too 5,838 -> 5,830 of 6,720. Development 27
 * (round 27's blind set: writers from abroad in their own words and languages, clubs and hobbies,
 * desk notes naming the visitor's origin) joined after its figure with the model of the
 * twenty-five before it (bench_quality -F 0.803 on main 3cd2188; held out by set 241 of 300): the
 * twenty-five held out by set with it learned too 6,084 -> 6,100 of 7,020 (37 won, 21 lost);
 * learned, the three models' keys 61,145 -> 62,866, under the joint table's 65,536. Development 28
 * (round 28's blind set) joined after its figure with the model of the twenty-six before it
 * (bench_quality -F 0.867 on main 005d5de; held out by set 260 of 300): the twenty-six held out by
 * set with it learned too 6,341 -> 6,342 of 7,320 (23 won, 22 lost); learned, the three models'
 * keys 62,870 -> 64,482, under the joint table's 65,536. Development 29 (round 29's blind set)
 * joined after its figure with the model of the twenty-seven before it (bench_quality -F 0.807 on
 * main 246283f; held out by set 242 of 300): the twenty-seven held out by set with it learned too
 * 6,603 -> 6,608 of 7,620 (33 won, 28 lost); learned, the three models' distinct keys 64,484 ->
 * 66,367; with a feature with a word that is no public language held by three messages
 * (THEME_GUARD_MIN) 65,496 keys, the twenty-seven 6,611, development 29 243. Development 30
 * (round 30's blind set) joined after its figure with the model of the twenty-eight before it
 * (bench_quality -F 0.840 on main e0c34a4; held out by set 252 of 300): the twenty-eight held out
 * by set with it learned too 6,857 -> 6,870 of 7,920 (26 won, 13 lost); learned, the three
 * models' distinct keys 65,498 -> 66,868, well under the joint table's 98,304. Development 31
 * joined after its figure with the model of the twenty-nine before it (bench_quality -F 0.860 on
 * main 660f708; held out by set 258 of 300): the twenty-nine held out by set with it learned too
 * 7,136 -> 7,140 of 8,220 (33 won, 29 lost); learned, the three models' distinct keys 75,959 ->
 * 77,443 (the words model has grown since), under the joint table's 98,304. Development 32
 * joined after its figure with the model of the thirty before it (bench_quality -F 0.857 on
 * main d20683b; held out by set 257 of 300): the thirty held out by set with it learned too
 * 7,397 -> 7,396 of 8,520 (28 won, 29 lost); learned, the three models' distinct keys 77,450 ->
 * 78,904, under the joint table's 98,304. Development 33 joined after its figure with the model
 * of the thirty-one before it (bench_quality -F 0.823 on main 2fe5270; held out by set 247 of
 * 300): the thirty-one held out by set with it learned too 7,657 -> 7,668 of 8,820 (40 won, 29
 * lost), development 32 and 33 both against neither 7,399 -> 7,410 of the thirty others (56 won,
 * 45 lost); learned, the three models' distinct keys 78,905 -> 80,940, under 98,304.
 * Development 34 joined after its figure with the model of the thirty-two before it
 * (bench_quality -F 0.890 on main a09727d; held out by set 267 of 300): the thirty-two held out
 * by set with it learned too 7,915 -> 7,910 of 9,120 (22 won, 27 lost, scattered over twenty-two
 * sets and fifteen pairs of themes: noise), while text the rules were not written for still
 * gains from sets learned (development 34 with the model of the first 12, 22 and 32 sets: 247 /
 * 260 / 267); learned, the three models' distinct keys 80,942 -> 82,397, under 98,304.
 * Development 35 joined after its figure with the model of the thirty-three before it
 * (bench_quality -F 0.850 on main 947ede7; held out by set 255 of 300): the thirty-three held
 * out by set with it learned too 8,212 -> 8,211 of 9,420 (54 won, 55 lost: noise), development
 * 35 with the model of the first 13, 23 and 33 sets 239 / 248 / 255; learned, the three
 * models' distinct keys 82,394 -> 85,560 (counted over the files), under 98,304: at ~3,000 a
 * round, four more rounds fit before the joint table doubles.
 * Development 36 joined after its figure with the model of the thirty-four before it
 * (bench_quality -F 0.883 on main 5151ddd; held out by set 265 of 300): the thirty-four held
 * out by set with it learned too 8,466 -> 8,476 of 9,720 (15 sets up, 9 down), urgency 8,897
 * and sentiment 8,739 unchanged; learned, the three models' distinct keys 85,566 ->
 * 87,555 (counted over the files), under 98,304. The question model does not learn it
 * (N_Q_SETS).
 * Development 37 joined after its figure with the model of the thirty-five before it
 * (bench_quality -F 0.863 on main ee46386; held out by set 259 of 300): the thirty-five held
 * out by set with it learned too (BENCH_SETTING=25, against BENCH_THEME_SKIP=35) 8,794 ->
 * 8,795 of 10,020 (42 won, 41 lost: noise; development 35 and 36, the newest, +3 each),
 * urgency 9,237 and sentiment 9,078 unchanged. The question and high models do not learn it
 * (N_Q_SETS, N_H_SETS).
 * Why one round buys so little (theme23): one round is lost in the noise of ~30 messages won
 * and ~30 lost that any change of the model swaps, not a model that stopped learning. Held out
 * by set with the model of the first 11, 21 and 31 sets (BENCH_THEME_SKIP): the model alone
 * finds 2,282 / 2,377 / 2,428 of the first eleven sets' 2,820 (BENCH_THEME_DUMP) and 209 / 232
 * / 242 of development 33's 300, but the pipeline only 2,480 / 2,525 / 2,536 and 233 / 239 /
 * 247: the rules, written on every one of these sets, are right on ~88% already, and most
 * messages the model learns to get right are among them. So learning counts most on text the
 * rules were not written for (development 33's +14 for twenty more sets, the frozen set's),
 * and a round is judged over the others as a whole, not by its one-round sign. The vote was
 * tried as a product too (the rules' score times (P(theme) / P(best)) ^ 0.5, a share lost per
 * nat): the thirty-one 7,657 -> 7,683, development 33 247 -> 250, but with ~230 messages
 * swapped (127 won, 101 lost), four own-words tests of theme rules lost (a strong rule of ours
 * now gives way to a model sure of a service named beside it) and side themes dropped from
 * the list; not shipped then. Shipped by theme24 as a blend (classify.c, complement_vote):
 * the product on what single words gave, the added vote on what a structure gave, a side
 * theme listed by the rules' own scores; the thirty-three held out by set 8,177 -> 8,206. */
/* Filled from evalset.c's table at the start (table_sets): the message sets flagged
 * LL_EVAL_THEME, in its order (BENCH_THEME_SKIP's indexes). */
#define MAX_SETS 64 /* the theme model's sets (a bit of theme_skip each) */
static const char *sets[MAX_SETS];
static int n_sets;
/* The sentiment model learns the first N_SENT_SETS sets: every development message set to
 * round 35 (sentiment26). It learned the first seven since round 10 (see above), chosen when
 * eleven sets were measured; held out by set over the thirty-four sets of today
 * (BENCH_LOSO_ONLY=1 BENCH_SETTING=25, the row then at 0.5/T5), the first 7 / 20 / 34 sets:
 * 8,739 / 8,754 / 8,771 of 9,720 (34 sets: 17 sets up, 11 down), theme and urgency unchanged
 * (the urgency stage reads the rules' label). What it learns is the later writers' reading of
 * a question: of the 38 neutral questions naming a death that the seven-set model made
 * negative, 15 come back. Guarded as the theme model is (SENT_GUARD_MIN, a word that is no
 * public language kept only when three messages hold it, so no name that escaped masking is
 * shipped): 8,769. With what it now knows its vote weighs more: weight 0.35 / 0.5 / 0.75 / 1
 * (T5) 8,731 / 8,769 / 8,788 / 8,759, temperature 3 / 8 (0.5) 8,774 / 8,751; 0.75 is shipped
 * (taxonomy's "sentiment-model:"), 8,739 -> 8,788 (193 won, 144 lost; 21 sets up, 10 down);
 * with letter formulas unread by it (classify.c, sent_feats) 8,780. Development 36, learned
 * by no sentiment model, is the forward test (bench_quality -F 0.917 -> 0.930). BENCH_SENT_SETS=N
 * learns the first N instead, BENCH_SENT_GUARD=N guards with N (0: none). Development 36
 * learned too (sentiment27, BENCH_SENT_SETS=36; every set held out in turn, 35 sets): 9,078 ->
 * 9,082 of 10,020, and the weight chosen inside the folds stayed 0.75: noise for a larger file
 * (issue 16 (e)), not learned. */
#define N_SENT_SETS 34
static int sent_sets = N_SENT_SETS;
#define SENT_GUARD_MIN 3
static unsigned sent_guard = SENT_GUARD_MIN;
/* The sentiment model's features: held by at least SENT_MIN_COUNT messages (BENCH_SENT_MIN:
 * another). Three would make the file smaller (issue 16 (e)) but loses held out by set
 * (sentiment27, 35 sets): 9,078 -> 9,056 of 10,020 at the shipped vote, 9,095 -> 9,081 with each
 * kind's weight chosen inside the folds. */
#define SENT_MIN_COUNT MIN_COUNT
static unsigned sent_min = SENT_MIN_COUNT;
/* The question model (urgency.conf's "question-model:") learns the questions of the first
 * N_Q_SETS sets, those it was chosen on (development 1-4 and 6-35, theme25): a round the theme
 * model learns is decided held out for theme, and the question model's for urgency, apart. */
#define N_Q_SETS 34
/* The question model's weight against the rules (urgency.conf's "question-model:"). */
#define Q_WEIGHT "7"
/* The high model's (urgency.conf's "high-model:"; "none": without it): the W that did best
 * held out by set over all thirty-five sets (bench_model --urgency's "W fixed" row; the
 * pipeline, BENCH_SETTING=25: 9,237 of 10,020); in bench_model --urgency's runs each
 * held-out set's own, chosen on the other sets (h_fold_w, when h_nested; a negative weight:
 * without it). */
#define H_WEIGHT "12"
static double h_fold_w[MAX_SETS];
static int h_nested;
/* The high model's features: held by at least H_MIN_COUNT messages (BENCH_H_MIN: another).
 * Held out by set with W chosen in the folds (bench_model --urgency, questions read too, as
 * first measured on thirty-four sets), features of 2 / 3 / 5 messages: 8,943 / 8,948 / 8,924
 * of 9,720 (8,897 without the vote); three keeps 10,798 of 17,361 features. */
#define H_MIN_COUNT 3
static unsigned h_min = H_MIN_COUNT;
/* The high model learns the first N_H_SETS sets, those its weight was chosen on (development
 * 1-4 and 6-36, urgency26): a round the theme model learns (theme27: development 37) is urgency's
 * to decide for the high model, apart, as for the question model (N_Q_SETS). */
#define N_H_SETS 35
static const char *const sent_names[N_SENT] = {"negative", "neutral", "positive"};

/* A copy of the taxonomy (or urgency.conf) without its model lines in a
 * temporary file, so the rules load alone (and training does not need the
 * models it writes). The path is written to out; 0 or -1. */
static int rules_only(const char *from, const char *tmpl, char *out, size_t cap) {
    snprintf(out, cap, "%s", tmpl);
    int fd = mkstemp(out);
    FILE *in = fopen(from, "r"), *o = fd >= 0 ? fdopen(fd, "w") : NULL;
    char line[4096];
    int rc = in && o ? 0 : -1;
    while (rc == 0 && fgets(line, sizeof(line), in))
        if (strncmp(line, "model:", 6) != 0 && strncmp(line, "sentiment-model:", 16) != 0 &&
            strncmp(line, "sentiment-lexicon:", 18) != 0 &&
            strncmp(line, "danger-model:", 13) != 0 && strncmp(line, "suicidal-model:", 15) != 0 &&
            strncmp(line, "question-model:", 15) != 0 && strncmp(line, "high-model:", 11) != 0)
            rc = fputs(line, o) < 0 ? -1 : 0;
    if (in)
        fclose(in);
    if (o && fclose(o) != 0)
        rc = -1;
    else if (!o && fd >= 0)
        close(fd);
    return rc;
}

typedef struct doc {
    char *text, *subject, *kind, *channel;
    int set, theme, sent, urg;
    int got_urg;           /* the pipeline's level, held out by set (BENCH_SETTING's row) */
    int nb_theme, nb_sent; /* the held-out model's own answer */
    double nb_p;           /* its posterior for that theme */
    double nb_post[LL_NB_MAX_CLASSES], nb_spost[N_SENT]; /* and every class's */
    int rules_theme;                                     /* the rules' answer */
    double rules_best;                                   /* and its score */
} doc;

static doc *docs; /* ndocs of docs_cap, grow_array */
static int ndocs, docs_cap;
static size_t nthemes;
static const char *theme_ids[LL_NB_MAX_CLASSES];
static const char *const urg_names[4] = {"low", "normal", "high", "critical"};
static char rules_tax[64]; /* the taxonomy without its model lines */
static char rules_urg[64]; /* urgency.conf without its "danger-model:" */

static int index_in(const char *const *names, int n, const char *s) {
    for (int i = 0; s && i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Makes room in arr (of *cap elements of size sz) for element n, doubling it from DOCS_FIRST;
 * the new elements are zeroed. Returns the array (arr or where it moved), or NULL at MAX_TEXTS
 * or when out of memory (arr unchanged, still the caller's). */
static void *grow_array(void *arr, int *cap, int n, size_t sz) {
    if (n < *cap)
        return arr;
    if (n >= MAX_TEXTS)
        return NULL;
    int cap2 = *cap ? *cap : DOCS_FIRST;
    while (cap2 <= n)
        cap2 *= 2;
    char *a = realloc(arr, (size_t)cap2 * sz);
    if (!a)
        return NULL;
    memset(a + (size_t)*cap * sz, 0, (size_t)(cap2 - *cap) * sz);
    *cap = cap2;
    return a;
}

/* The processor's masking (config/luisterloop.conf's names lists), before every text is
 * learned from or classified. */
static ll_enricher *masker;

/* The set being read: its index in sets[] or crit_sets[], its path, the rules for crit_line. */
typedef struct reading {
    int set;
    const char *path;
    ll_classifier *c;
} reading;

/* Reads the set of index set in names[] through fn; -1 when it cannot be read or fn refuses. */
static int read_set(const char **names, int set, ll_t_eval_fn fn, ll_classifier *c) {
    char path[512];
    snprintf(path, sizeof(path), "%s%s", EVAL_DIR, names[set]);
    char *buf = ll_t_eval_read(path);
    if (!buf)
        return -1;
    reading rd = {.set = set, .path = path, .c = c};
    int rc = ll_t_eval_lines(buf, fn, &rd);
    free(buf);
    return rc;
}

/* One line of a labelled message set into docs. */
static int doc_line(void *ctx, int lineno, const cJSON *row) {
    const reading *rd = ctx;
    (void)lineno;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    int th =
        index_in(theme_ids, (int)nthemes, cJSON_GetStringValue(cJSON_GetObjectItem(row, "theme")));
    int se =
        index_in(sent_names, N_SENT, cJSON_GetStringValue(cJSON_GetObjectItem(row, "sentiment")));
    int ur = index_in(urg_names, 4, cJSON_GetStringValue(cJSON_GetObjectItem(row, "urgency")));
    doc *grown = grow_array(docs, &docs_cap, ndocs, sizeof(*docs));
    if (!grown) {
        fprintf(stderr, "bench_model: %s: message %d: past MAX_TEXTS or out of memory\n", rd->path,
                ndocs + 1);
        return -1;
    }
    docs = grown;
    if (!text || th < 0 || se < 0 || ur < 0) {
        fprintf(stderr, "bench_model: %s: a line without text, theme, sentiment or urgency\n",
                rd->path);
        return -1;
    }
    /* Kept masked, as the processor's classifier reads it (masking again is a no-op). */
    const char *subject = cJSON_GetStringValue(cJSON_GetObjectItem(row, "subject"));
    cJSON *in = cJSON_CreateObject();
    if (!in || !cJSON_AddStringToObject(in, "text", text) ||
        (subject && !cJSON_AddStringToObject(in, "subject", subject)) ||
        ll_enrich_text(masker, rd->c, in) != 0)
        exit(2);
    doc *d = &docs[ndocs++];
    d->text = strdup(cJSON_GetStringValue(cJSON_GetObjectItem(in, "text")));
    d->subject = dup_or_null(cJSON_GetStringValue(cJSON_GetObjectItem(in, "subject")));
    cJSON_Delete(in);
    d->kind = dup_or_null(cJSON_GetStringValue(cJSON_GetObjectItem(row, "kind")));
    d->channel = dup_or_null(cJSON_GetStringValue(cJSON_GetObjectItem(row, "channel")));
    d->set = rd->set;
    d->theme = th;
    d->sent = se;
    d->urg = ur;
    return 0;
}

/* Whether document i is held out of fold: its set (by_set), or every KFOLD-th from fold. */
static int held_out(int i, int fold, int by_set) {
    return by_set ? docs[i].set == fold : i % KFOLD == fold;
}

static void analyse(ll_textnorm *tn, const char *text) {
    ll_textnorm_reset(tn);
    ll_textnorm_add(tn, text, strlen(text), 0);
}

/* BENCH_THEME_SUBJECT=N (bench_model --theme; measured, not shipped): the theme model reads a
 * message's subject line as its text's first sentence where it scores one (N >= 1) and where it
 * learns one too (N >= 2). The models read the text alone (ll_nb_usable: a subject's tokens are
 * src 1), while a subject line (most of them an e-mail's) often names what the text is about in
 * words the text need not repeat. Thirty-six sets, 10,320 messages, 1,425 with a subject (1,358
 * e-mails), the shipped line (odds 0.2 pairs 0.75 T 1.5) at the structure's 0.75, product weight
 * 0.3 / 0.4 / 0.5 / 0.55 / 0.6 / 0.7 / 0.8: the text alone 9,000 / 9,043 / 9,045 / 9,055 / 9,052
 * / 9,047 / 9,028; the subject scored, not learned 9,008 / 9,052 / 9,053 / 9,059 / 9,057 /
 * 9,052 / 9,032; learned and scored 9,018 / 9,062 / 9,061 / 9,067 / 9,063 / 9,063 / 9,041 (at
 * 0.6: e-mails 2,058 -> 2,067 of 2,358, those with a subject 1,186 -> 1,193 of 1,358; other
 * channels within one). Every way and weight chosen inside the folds: 9,054 -> 9,068. Issue 12,
 * theme27; the pipeline does not read it yet (a theme-only walk of the subject's words in
 * classify.c, and the taxonomy's office labels left out as ll_classify leaves them). */
static int theme_subject;

/* tn holds message d as the theme model reads it where it learns (learn) or scores. */
static void analyse_theme(ll_textnorm *tn, const doc *d, int learn) {
    ll_textnorm_reset(tn);
    if (d->subject && theme_subject >= (learn ? 2 : 1)) {
        char buf[8192];
        int n = snprintf(buf, sizeof(buf), "%s.\n%s", d->subject, d->text);
        if (n > 0 && (size_t)n < sizeof(buf)) {
            ll_textnorm_add(tn, buf, (size_t)n, 0);
            return;
        }
    }
    ll_textnorm_add(tn, d->text, strlen(d->text), 0);
}

/* Whether message d teaches the question model (urgency.conf's "question-model:"): a question
 * labelled low or normal, the two levels it decides between. */
static int question_doc(const doc *d) {
    return d->set < N_Q_SETS && d->kind && strcmp(d->kind, "question") == 0 &&
           (d->urg == 0 || d->urg == 1);
}

/* Whether message d teaches the high model (urgency.conf's "high-model:"): a message labelled
 * normal or high, the two levels it decides between, that is no question (the question
 * model's; classify.c, high_vote). */
static int high_doc(const doc *d) {
    return d->set < N_H_SETS && (d->urg == 1 || d->urg == 2) &&
           !(d->kind && strcmp(d->kind, "question") == 0);
}

/* Trains the four models on the documents where in_train says so. */
static int fit(ll_textnorm *tn, int fold, int by_set, ll_nb **th_out, ll_nb **se_out, ll_nb **q_out,
               ll_nb **h_out) {
    const char *sids[N_SENT] = {sent_names[0], sent_names[1], sent_names[2]};
    ll_nb *th = ll_nb_new(theme_ids, nthemes), *se = ll_nb_new(sids, N_SENT),
          *q = ll_nb_new(urg_names, 2), *h = ll_nb_new(urg_names + 1, 2);
    if (!th || !se || !q || !h)
        goto fail;
    if (theme_guard) {
        ll_nb_guard(th, guard_words, theme_guard);
        ll_nb_guard(q, guard_words, theme_guard);
        ll_nb_guard(h, guard_words, theme_guard);
    }
    if (sent_guard)
        ll_nb_guard(se, guard_words, sent_guard);
    ll_nb_pairs_min(th, theme_pairs);
    for (int i = 0; i < ndocs; i++) {
        if (fold >= 0 && held_out(i, fold, by_set))
            continue;
        int learn_th = !set_in(&theme_skip, docs[i].set);
        if (learn_th && theme_subject >= 2 && docs[i].subject) {
            analyse_theme(tn, &docs[i], 1);
            if (ll_nb_add(th, tn, (size_t)docs[i].theme) != 0)
                goto fail;
            learn_th = 0;
        }
        analyse(tn, docs[i].text);
        if ((learn_th && ll_nb_add(th, tn, (size_t)docs[i].theme) != 0) ||
            (docs[i].set < sent_sets && ll_nb_add(se, tn, (size_t)docs[i].sent) != 0) ||
            (question_doc(&docs[i]) && ll_nb_add(q, tn, (size_t)docs[i].urg) != 0) ||
            (high_doc(&docs[i]) && ll_nb_add(h, tn, (size_t)docs[i].urg - 1) != 0))
            goto fail;
    }
    *th_out = th;
    *se_out = se;
    *q_out = q;
    *h_out = h;
    return 0;
fail:
    ll_nb_free(th);
    ll_nb_free(se);
    ll_nb_free(q);
    ll_nb_free(h);
    return -1;
}

/* Removes the files of a temporary model folder (names, NULL-ended) and the folder. */
static void remove_dir(const char *dir, const char *const *names) {
    char path[1024];
    for (; *names; names++) {
        snprintf(path, sizeof(path), "%s/%s", dir, *names);
        unlink(path);
    }
    rmdir(dir);
}

static int write_model(const ll_nb *nb, const char *path, double alpha, unsigned min_count) {
    FILE *f = fopen(path, "w");
    if (!f || ll_nb_write(nb, f, alpha, min_count) != 0 || fclose(f) != 0) {
        fprintf(stderr, "bench_model: cannot write %s\n", path);
        return -1;
    }
    return 0;
}

/* The kinds a message set's lines name, for the sentiment's confusion by kind (the last: none
 * or another). */
#define N_KINDS 7
static const char *const kind_names[N_KINDS] = {"question",   "complaint",  "objection", "report",
                                                "suggestion", "compliment", "other"};

static int kind_index(const char *kind) {
    int k = index_in(kind_names, N_KINDS - 1, kind);
    return k < 0 ? N_KINDS - 1 : k;
}

/* The settings measured: theme weight and temperature, sentiment weight and temperature,
 * the general lexicon's weight (config/sentiment-pattern-nl.tsv; 0: none), whether the
 * theme model is complement naive Bayes voting log-linearly (cx 1: added to the rules'
 * score, 2: multiplying it, "complement product"). */
typedef struct setting {
    double tw, tt, sw, st, lw;
    int cx;
    const char *more;   /* words after "complement product" on the model line, or NULL */
    const char *skinds; /* "KIND W" pairs after the sentiment model's temperature, or NULL */
    int ok_t[MAX_SETS + 1], ok_u[MAX_SETS + 1], ok_s[MAX_SETS + 1], n[MAX_SETS + 1];
    int crit, crit_found, crit_flag, crit_false;
    int sconf[N_KINDS][N_SENT][N_SENT]; /* sentiment by kind: labelled x answered */
} setting;

static setting settings[] = {
    {.tw = 0, .tt = 1, .sw = 0, .st = 10},
    {.tw = 0.25, .tt = 1, .sw = 0, .st = 10},
    {.tw = 0.5, .tt = 1, .sw = 0, .st = 10},
    {.tw = 1, .tt = 1, .sw = 0, .st = 10},
    {.tw = 0.5, .tt = 3, .sw = 0, .st = 10},
    {.tw = 1, .tt = 3, .sw = 0, .st = 10},
    {.tw = 0, .tt = 1, .sw = 0.25, .st = 10},
    {.tw = 0, .tt = 1, .sw = 0.5, .st = 10},
    {.tw = 0, .tt = 1, .sw = 0.75, .st = 10},
    {.tw = 0, .tt = 1, .sw = 0.25, .st = 5},
    {.tw = 0, .tt = 1, .sw = 0.5, .st = 20},
    {.tw = 0.5, .tt = 1, .sw = 0.5, .st = 10},
    {.tw = 0.5, .tt = 1, .sw = 0.25, .st = 10},
    {.tw = 0.25, .tt = 1, .sw = 0.25, .st = 10},
    {.tw = 1, .tt = 3, .sw = 0, .st = 10},
    {.tw = 2, .tt = 3, .sw = 0, .st = 10},
    {.tw = 0, .tt = 1, .sw = 0.5, .st = 5},
    {.tw = 1, .tt = 3, .sw = 0.5, .st = 5},
    /* round 7: the shipped models with Pattern's Dutch lexicon beside them */
    {.tw = 1, .tt = 3, .sw = 0.5, .st = 5, .lw = 0.25},
    {.tw = 1, .tt = 3, .sw = 0.5, .st = 5, .lw = 0.5},
    {.tw = 1, .tt = 3, .sw = 0.5, .st = 5, .lw = 1},
    {.tw = 0, .tt = 1, .sw = 0, .st = 10, .lw = 0.5},
    /* round 7: the theme model as complement naive Bayes, voting log-linearly */
    {.tw = 0.3, .tt = 1, .sw = 0.5, .st = 5, .cx = 1},
    {.tw = 0.5, .tt = 1, .sw = 0.5, .st = 5, .cx = 1},
    {.tw = 1, .tt = 1, .sw = 0.5, .st = 5, .cx = 1},
    /* 12-01: heavier complement votes once the model learned development 9-11; row 25 is the
     * shipped vote, since theme24 the product (the added vote of 0.75 it replaced: row 28),
     * since theme26 over the complement model with its own odds and its pairs weighed (the
     * product over the plain complement model at 0.5 it replaced: row 29), since sentiment26
     * with the sentiment model at 0.75 (the 0.5 it replaced: row 30), since sentiment27 a
     * suggestion's vote at 0.35 (every kind at 0.75 it replaced: row 41) */
    {.tw = 0.6,
     .tt = 1.5,
     .sw = 0.75,
     .st = 5,
     .cx = 2,
     .more = "odds 0.2 pairs 0.75",
     .skinds = "suggestion 0.35"},
    {.tw = 1.5, .tt = 1, .sw = 0.5, .st = 5, .cx = 1},
    {.tw = 2, .tt = 1, .sw = 0.5, .st = 5, .cx = 1},
    {.tw = 0.75, .tt = 1, .sw = 0.5, .st = 5, .cx = 1},
    {.tw = 0.5, .tt = 1, .sw = 0.5, .st = 5, .cx = 2},
    /* sentiment26: the sentiment vote's weight and temperature beside the shipped theme vote,
     * the sentiment model learning every set to development 35 (N_SENT_SETS says what they
     * found, measured beside theme24's vote: the sentiment stage reads no theme) */
    {.tw = 0.6, .tt = 1.5, .sw = 0.5, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.35, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.5, .st = 3, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.5, .st = 8, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 1, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    /* sentiment27: the weights between and below, every kind at one weight: a message's answer
     * depends only on its own kind's weight, so these rows' held-out answers (BENCH_MISS_DUMP,
     * BENCH_MISS_ALL) give every kind's weight chosen inside the folds; rows 41 and 42 the
     * shipped line before sentiment27 and the folds' full choice */
    {.tw = 0.6, .tt = 1.5, .sw = 0.6, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.9, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 1.25, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.25, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.15, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.05, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6, .tt = 1.5, .sw = 0.75, .st = 5, .cx = 2, .more = "odds 0.2 pairs 0.75"},
    {.tw = 0.6,
     .tt = 1.5,
     .sw = 0.75,
     .st = 5,
     .cx = 2,
     .more = "odds 0.2 pairs 0.75",
     .skinds = "question 0.6 report 1 signal 1 suggestion 0.35"},
};
#define N_SETTINGS (sizeof(settings) / sizeof(settings[0]))

/* BENCH_THEME_DUMP=FILE: every held-out message's rules' themes and
 * sentiment and the held-out models' posteriors, one JSON line each (for
 * analysing the errors offline; appended to). */
static void dump_doc(FILE *f, const doc *d, int by_set, const cJSON *in) {
    char *themes = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "themes"));
    char *sent = cJSON_PrintUnformatted(cJSON_GetObjectItem(in, "sentiment"));
    fprintf(f,
            "{\"by_set\":%d,\"set\":%d,\"theme\":\"%s\",\"sentiment\":\"%s\",\"themes\":%s,"
            "\"rules_sentiment\":%s,\"post\":{",
            by_set, d->set, theme_ids[d->theme], sent_names[d->sent], themes ? themes : "[]",
            sent ? sent : "{}");
    for (size_t c = 0; c < nthemes; c++)
        fprintf(f, "%s\"%s\":%.6g", c ? "," : "", theme_ids[c], d->nb_post[c]);
    fprintf(f, "},\"spost\":[%.6g,%.6g,%.6g]}\n", d->nb_spost[0], d->nb_spost[1], d->nb_spost[2]);
    free(themes);
    free(sent);
}

/* Whether row k is in the list "K,L,..." (BENCH_SETTING): the rows then share each fold's
 * models, trained once (sentiment27: the sentiment vote's weights side by side). */
static int row_listed(const char *list, size_t k) {
    for (const char *p = list; p && *p;) {
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p)
            return 0;
        if (v >= 0 && (size_t)v == k)
            return 1;
        p = *end == ',' ? end + 1 : end;
    }
    return 0;
}

/* The held-out documents of one fold, classified by the shipped pipeline
 * (rules, then the fold's models through the taxonomy's model lines). */
static int measure_fold(ll_textnorm *tn, int fold, int by_set) {
    ll_nb *th = NULL, *se = NULL, *q = NULL, *h = NULL;
    FILE *dump = NULL, *miss = NULL;
    char dir[64], path[128], upath[128], err[512];
    int rc = -1;
    snprintf(dir, sizeof(dir), "/tmp/bench_model_XXXXXX");
    if (!mkdtemp(dir) || fit(tn, fold, by_set, &th, &se, &q, &h) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/question-model.tsv", dir);
    if (write_model(q, path, ALPHA, MIN_COUNT) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/high-model.tsv", dir);
    if (write_model(h, path, ALPHA, h_min) != 0)
        goto out;
    /* And the fold's high model at its shipped weight (BENCH_H_WEIGHT: another; "none":
     * without; h_nested: the fold's own). */
    const char *hw = getenv("BENCH_H_WEIGHT");
    char hline[64] = "";
    if (!(hw && *hw))
        hw = H_WEIGHT;
    if (h_nested && by_set) {
        if (h_fold_w[fold] >= 0)
            snprintf(hline, sizeof(hline), "high-model: high-model.tsv %g\n", h_fold_w[fold]);
    } else if (strcmp(hw, "none") != 0)
        snprintf(hline, sizeof(hline), "high-model: high-model.tsv %s\n", hw);
    /* The rules' urgency.conf, with the fold's question model at its shipped weight
     * (BENCH_Q_WEIGHT: another; "none": without). */
    const char *qw = getenv("BENCH_Q_WEIGHT");
    snprintf(upath, sizeof(upath), "%s/urgency.conf", dir);
    char *urules = ll_t_eval_read(rules_urg);
    FILE *uf = urules ? fopen(upath, "w") : NULL;
    if (!uf || fputs(urules, uf) < 0 ||
        (!(qw && strcmp(qw, "none") == 0) &&
         fprintf(uf, "\nquestion-model: question-model.tsv %s\n", qw && *qw ? qw : Q_WEIGHT) < 0) ||
        fputs(hline, uf) < 0 || fclose(uf) != 0) {
        free(urules);
        goto out;
    }
    free(urules);
    snprintf(path, sizeof(path), "%s/theme-model.tsv", dir);
    if (write_model(th, path, theme_alpha, THEME_MIN_COUNT) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/sentiment-model.tsv", dir);
    if (write_model(se, path, ALPHA, sent_min) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/sentiment-pattern-nl.tsv", dir);
    if (symlink(CFG "sentiment-pattern-nl.tsv", path) != 0)
        goto out;
    ll_nb_scratch sa = {0}, sb = {0};
    /* The theme model's posteriors as the pipeline's vote reads them: complement naive Bayes
     * (the shipped "model: ... complement"), for the model-alone figures and the dump. */
    if (ll_nb_finish(th, theme_alpha, THEME_MIN_COUNT) != 0 || ll_nb_complement(th, 0, 1) != 0 ||
        ll_nb_finish(se, ALPHA, sent_min) != 0 || ll_nb_scratch_init(&sa, th) != 0 ||
        ll_nb_scratch_init(&sb, se) != 0) {
        ll_nb_scratch_free(&sa);
        goto out;
    }
    for (int i = 0; i < ndocs; i++) {
        doc *d = &docs[i];
        if (!held_out(i, fold, by_set))
            continue;
        double p[LL_NB_MAX_CLASSES];
        analyse(tn, d->text);
        ll_nb_score(th, tn, &sa, 1.0, p);
        d->nb_theme = 0;
        for (size_t c = 1; c < nthemes; c++)
            if (p[c] > p[d->nb_theme])
                d->nb_theme = (int)c;
        d->nb_p = p[d->nb_theme];
        memcpy(d->nb_post, p, sizeof(d->nb_post));
        ll_nb_score(se, tn, &sb, 1.0, p);
        memcpy(d->nb_spost, p, sizeof(d->nb_spost));
        d->nb_sent = p[2] > p[1] && p[2] > p[0] ? 2 : p[1] > p[0] ? 1 : 0;
    }
    ll_nb_scratch_free(&sa);
    ll_nb_scratch_free(&sb);
    const char *dump_path = getenv("BENCH_THEME_DUMP");
    dump = dump_path && *dump_path ? fopen(dump_path, "a") : NULL;
    /* BENCH_SETTING=K: only that row of settings[] (and row 0, the rules), or the rows listed
     * ("K,L,..."); BENCH_MISS_DUMP=FILE: those rows' held-out sentiment and theme misses of the
     * leave-one-set-out folds, with the row, the text and the reasons (appended to). */
    const char *only = getenv("BENCH_SETTING");
    long only_k = only && *only ? strtol(only, NULL, 10) : -1;
    const char *miss_path = getenv("BENCH_MISS_DUMP");
    miss = miss_path && *miss_path && by_set && only_k > 0 ? fopen(miss_path, "a") : NULL;
    for (size_t k = 0; k < N_SETTINGS; k++) {
        if (only_k > 0 && k != 0 && !row_listed(only, k))
            continue;
        setting *st = &settings[k];
        char *rules = ll_t_eval_read(rules_tax);
        snprintf(path, sizeof(path), "%s/taxonomy.conf", dir);
        FILE *f = fopen(path, "w");
        if (!rules || !f) {
            free(rules);
            if (f)
                fclose(f);
            goto out;
        }
        fprintf(f,
                "%s\nmodel: theme-model.tsv %g %g%s%s%s\nsentiment-model: sentiment-model.tsv %g "
                "%g%s%s\n",
                rules, st->tw, st->tt,
                st->cx == 2   ? " complement product"
                : st->cx == 1 ? " complement"
                              : "",
                st->more ? " " : "", st->more ? st->more : "", st->sw, st->st,
                st->skinds ? " " : "", st->skinds ? st->skinds : "");
        if (st->lw > 0)
            fprintf(f, "sentiment-lexicon: sentiment-pattern-nl.tsv %g\n", st->lw);
        free(rules);
        if (fclose(f) != 0)
            goto out;
        ll_classifier *c = ll_classifier_new(path, CFG "sentiment-nl.tsv", upath, err, sizeof(err));
        if (!c) {
            fprintf(stderr, "bench_model: %s\n", err);
            goto out;
        }
        for (int i = 0; i < ndocs; i++) {
            const doc *d = &docs[i];
            if (!held_out(i, fold, by_set))
                continue;
            cJSON *in = cJSON_CreateObject();
            cJSON_AddStringToObject(in, "text", d->text);
            if (d->subject)
                cJSON_AddStringToObject(in, "subject", d->subject);
            if (d->kind)
                cJSON_AddStringToObject(in, "kind", d->kind);
            if (d->channel)
                cJSON_AddStringToObject(in, "channel", d->channel);
            if (ll_classify(c, in) != 0)
                exit(2);
            int t = index_in(theme_ids, (int)nthemes,
                             cJSON_GetStringValue(cJSON_GetObjectItem(in, "theme")));
            int s = index_in(sent_names, N_SENT,
                             cJSON_GetStringValue(cJSON_GetObjectItem(
                                 cJSON_GetObjectItem(in, "sentiment"), "label")));
            int u = index_in(urg_names, 4,
                             cJSON_GetStringValue(
                                 cJSON_GetObjectItem(cJSON_GetObjectItem(in, "urgency"), "level")));
            if (k == 0 && dump)
                dump_doc(dump, d, by_set, in);
            if (by_set && k == (size_t)only_k)
                docs[i].got_urg = u;
            if (miss && k != 0 &&
                (s != d->sent || t != d->theme || u != d->urg || getenv("BENCH_MISS_ALL"))) {
                cJSON *row = cJSON_CreateObject();
                cJSON_AddNumberToObject(row, "row", (double)k);
                cJSON_AddStringToObject(row, "set", sets[d->set]);
                cJSON_AddStringToObject(row, "sent", sent_names[d->sent]);
                cJSON_AddStringToObject(row, "got_sent", s >= 0 ? sent_names[s] : "?");
                cJSON_AddStringToObject(row, "theme", theme_ids[d->theme]);
                cJSON_AddStringToObject(row, "got_theme", t >= 0 ? theme_ids[t] : "?");
                cJSON_AddStringToObject(row, "urg", urg_names[d->urg]);
                cJSON_AddStringToObject(row, "got_urg", u >= 0 ? urg_names[u] : "?");
                cJSON_AddStringToObject(row, "kind", d->kind ? d->kind : "-");
                cJSON_AddStringToObject(row, "channel", d->channel ? d->channel : "-");
                cJSON_AddStringToObject(row, "text", d->text);
                if (d->subject)
                    cJSON_AddStringToObject(row, "subject", d->subject);
                cJSON_AddItemReferenceToObject(row, "sentiment",
                                               cJSON_GetObjectItem(in, "sentiment"));
                cJSON_AddItemReferenceToObject(row, "themes", cJSON_GetObjectItem(in, "themes"));
                cJSON_AddItemReferenceToObject(row, "urgency", cJSON_GetObjectItem(in, "urgency"));
                char *line = cJSON_PrintUnformatted(row);
                if (line)
                    fprintf(miss, "%s\n", line);
                free(line);
                cJSON_Delete(row);
            }
            if (k == 0) {
                docs[i].rules_theme = t;
                docs[i].rules_best = cJSON_GetNumberValue(cJSON_GetObjectItem(
                    cJSON_GetArrayItem(cJSON_GetObjectItem(in, "themes"), 0), "score"));
                if (isnan(docs[i].rules_best))
                    docs[i].rules_best = 0; /* nothing matched */
            }
            int idx[2] = {d->set, n_sets};
            for (int j = 0; j < 2; j++) {
                st->n[idx[j]]++;
                st->ok_t[idx[j]] += t == d->theme;
                st->ok_u[idx[j]] += u == d->urg;
                st->ok_s[idx[j]] += s == d->sent;
            }
            st->sconf[kind_index(d->kind)][d->sent][s < 0 ? 1 : s]++;
            st->crit += d->urg == 3;
            st->crit_found += d->urg == 3 && u == 3;
            st->crit_flag += u == 3;
            st->crit_false += u == 3 && d->urg != 3;
            cJSON_Delete(in);
        }
        ll_classifier_free(c);
    }
    rc = 0;
out:
    if (miss)
        fclose(miss);
    if (dump)
        fclose(dump);
    remove_dir(dir, (const char *const[]){"theme-model.tsv", "sentiment-model.tsv", "taxonomy.conf",
                                          "sentiment-pattern-nl.tsv", "question-model.tsv",
                                          "high-model.tsv", "urgency.conf", NULL});
    ll_nb_free(th);
    ll_nb_free(se);
    ll_nb_free(q);
    ll_nb_free(h);
    return rc;
}

/* Where the rules go wrong, is the model right? (how much a better gate could win) */
static void model_vs_rules(void) {
    int nb_ok = 0, nb_ok_s = 0, wrong = 0, wrong_nb_ok = 0, right_nb_wrong = 0;
    int conf_bins[5][2] = {{0}};
    for (int i = 0; i < ndocs; i++) {
        const doc *d = &docs[i];
        nb_ok += d->nb_theme == d->theme;
        nb_ok_s += d->nb_sent == d->sent;
        if (d->rules_theme != d->theme) {
            wrong++;
            wrong_nb_ok += d->nb_theme == d->theme;
        } else {
            right_nb_wrong += d->nb_theme != d->theme;
        }
        int b = d->nb_p >= 0.99  ? 4
                : d->nb_p >= 0.9 ? 3
                : d->nb_p >= 0.7 ? 2
                : d->nb_p >= 0.5 ? 1
                                 : 0;
        conf_bins[b][0]++;
        conf_bins[b][1] += d->nb_theme == d->theme;
    }
    printf("model alone: theme %.3f, sentiment %.3f; where the rules' theme is wrong (%d) the "
           "model is right in %d; where the rules are right it is wrong in %d\n",
           (double)nb_ok / ndocs, (double)nb_ok_s / ndocs, wrong, wrong_nb_ok, right_nb_wrong);
    static const double below[] = {1, 1.5, 2, 3};
    static const double pmin[] = {0.9, 0.99, 0.999};
    for (int a = 0; a < 4; a++)
        for (int b = 0; b < 3; b++) {
            int ok = 0, changed = 0;
            for (int i = 0; i < ndocs; i++) {
                const doc *d = &docs[i];
                int t = d->rules_theme;
                if (d->rules_best < below[a] && d->nb_p >= pmin[b] && t != d->nb_theme) {
                    t = d->nb_theme;
                    changed++;
                }
                ok += t == d->theme;
            }
            printf("gate: rules' best < %.1f and model >= %.3f: theme %.3f (%d changed)\n",
                   below[a], pmin[b], (double)ok / ndocs, changed);
        }
    static const char *const bins[] = {"<0.5", "0.5-0.7", "0.7-0.9", "0.9-0.99", ">=0.99"};
    printf("model's theme by its posterior:");
    for (int b = 0; b < 5; b++)
        printf(" %s %d/%d", bins[b], conf_bins[b][1], conf_bins[b][0]);
    printf("\n");
}

/* The row's sentiment as a confusion matrix (labelled by rows, answered by columns), over all
 * and by the message's kind, so the largest class of misses is named, not only counted. */
static void sentiment_confusion(setting *st) {
    int all[N_SENT][N_SENT] = {{0}}, ok = 0, n = 0;
    for (int k = 0; k < N_KINDS; k++)
        for (int a = 0; a < N_SENT; a++)
            for (int b = 0; b < N_SENT; b++) {
                all[a][b] += st->sconf[k][a][b];
                ok += a == b ? st->sconf[k][a][b] : 0;
                n += st->sconf[k][a][b];
            }
    printf("  sentiment %d/%d; labelled (rows) x answered neg/neu/pos:", ok, n);
    for (int a = 0; a < N_SENT; a++)
        printf(" %s %d/%d/%d", sent_names[a], all[a][0], all[a][1], all[a][2]);
    printf("\n");
    for (int k = 0; k < N_KINDS; k++) {
        int kn = 0, kok = 0;
        for (int a = 0; a < N_SENT; a++)
            for (int b = 0; b < N_SENT; b++) {
                kn += st->sconf[k][a][b];
                kok += a == b ? st->sconf[k][a][b] : 0;
            }
        if (!kn)
            continue;
        printf("    %-10s %4d/%-4d", kind_names[k], kok, kn);
        for (int a = 0; a < N_SENT; a++)
            printf(" %s %d/%d/%d", sent_names[a], st->sconf[k][a][0], st->sconf[k][a][1],
                   st->sconf[k][a][2]);
        printf("\n");
    }
    memset(st->sconf, 0, sizeof(st->sconf));
}

static void report(const char *title) {
    printf("\n== %s: theme/urgency/sentiment per set and over all %d\n", title, ndocs);
    printf("%-30s", "theme w/T, sentiment w/T");
    for (int j = 0; j < n_sets; j++)
        printf(" %-20s", sets[j]);
    printf(" %-20s %s\n", "all", "critical (false)");
    for (size_t k = 0; k < N_SETTINGS; k++) {
        setting *st = &settings[k];
        if (st->n[n_sets] == 0)
            continue; /* not run (BENCH_SETTING) */
        char what[64];
        snprintf(what, sizeof(what), "%4.2f/%-2g %4.2f/%-2g%s%s", st->tw, st->tt, st->sw, st->st,
                 st->tw == 0 && st->sw == 0 && st->lw == 0 ? " (rules)" : "",
                 st->lw == 0.25            ? " +lex.25"
                 : st->lw == 0.5           ? " +lex.5"
                 : st->lw == 1             ? " +lex1"
                 : st->skinds              ? " by kind"
                 : st->cx == 2 && st->more ? " product odds"
                 : st->cx == 2             ? " product"
                 : st->cx                  ? " compl."
                                           : "");
        printf("%-30s", what);
        for (int j = 0; j <= n_sets; j++)
            printf(" %.3f/%.3f/%.3f", (double)st->ok_t[j] / st->n[j],
                   (double)st->ok_u[j] / st->n[j], (double)st->ok_s[j] / st->n[j]);
        printf(" %d/%d (%d)\n", st->crit_found, st->crit, st->crit_false);
        sentiment_confusion(st);
        memset(st->ok_t, 0, sizeof(st->ok_t));
        memset(st->ok_u, 0, sizeof(st->ok_u));
        memset(st->ok_s, 0, sizeof(st->ok_s));
        memset(st->n, 0, sizeof(st->n));
        st->crit = st->crit_found = st->crit_flag = st->crit_false = 0;
    }
}

/* Every fold measured (folds of every KFOLD-th message, or one set each: by_set), then the
 * figures under title and where the model and the rules differ. */
static int cross_validate(ll_textnorm *tn, int folds, int by_set, const char *title) {
    for (int f = 0; f < folds; f++)
        if (measure_fold(tn, f, by_set) != 0)
            return -1;
    report(title);
    model_vs_rules();
    return 0;
}

/* ------------------------------------------------ a learned model of danger */

/* Critical or not, from the phrasing sets and the message sets' urgency:
 * does a model learned from every other set find the critical texts of a
 * set it never saw (a writer and style of its own) better than phrase rules
 * find a new batch (24-67% before their rules, issue 12 round 3)? Two
 * models: naive Bayes over stems and stem pairs (round 4), and over the
 * parts of danger urgency.conf names ("[feature: ...]"), their pairs and the
 * lesser rules that fired (round 5, shipped as config/danger-model.tsv). */
/* Filled from evalset.c's table at the start (table_sets): its message, critical and suicidal
 * sets but the frozen ones, in its order (a set's index; the *_LEARNED_SETS prefixes), blind
 * ones too (so an index is the same with LL_BENCH_BLIND or without); their kinds and flags. */
static const char *crit_sets[MAX_CRIT_SETS];
static const ll_eval_set *crit_table[MAX_CRIT_SETS];
static int n_crit_sets;
/* The parts model learns from the first PARTS_LEARNED_SETS sets; the sets from there on are
 * measured, never learned by it: held out in every fold, they show what it flags on text it
 * never saw. Learning more hurts it: learned from every development set (58, 12-02, session
 * 19) --critical's K 0.8 D 0.99999 row over sets 0-57 fell from 3,216/3,398 (98 false) to
 * 3,184 (96 false), and in round 14 from every set it lost 15 critical-set texts held out.
 * BENCH_PARTS_LEARNED=N learns from the first N sets instead. */
#define PARTS_LEARNED_SETS 17
/* A blind round's sets (LL_EVAL_BLIND in evalset.c's table) are read only with
 * LL_BENCH_BLIND=1 (the lead's look, summary rows), never learned, their texts never printed or
 * dumped, so nobody tunes on them before their round is over. */
/* The words model learns the first 17 sets too (learning the message sets, round 7, flipped an
 * idiom of suicidal-dev to critical in-sample; from every set, round 14, 31 sets, it found more
 * held out but lost a statement in-sample). Measured again with every development set (0-57;
 * never round 21's blind 58-60) on 12-02, session 19, not shipped: held out (each set left out
 * in turn) it finds more at fewer false flags: --critical's K 0.8 D 0.99999 row over sets 0-57
 * 3,216/3,398 (98 false) -> 3,241 (91), its U 0.99999 row 3,185 (94) -> 3,205 (83); --suicidal's
 * pipeline (with the logistic model of 58 sets, LR_LEARNED_SETS) 3,225 (85 false) -> 3,249 (85):
 * the suicidal sets 1,374 (14) -> 1,393 (15), the critical sets 1,407 (10) -> 1,414 (12), the
 * message sets 444 (61) -> 442 (58); the words model alone 793 -> 1,035 of the suicidal sets'
 * 1,463 statements, 9 false both. In-sample (bench_quality -F, sets 0-57) 3,248/3,398 found, 77
 * false -> 3,291, 67 false, 6 texts lost. But it is sure of look-alikes nobody's set holds:
 * retrained so (with the logistic model of 58 sets), 11 cases of test_classify fail: 7 by the
 * words model's suicidal gate at 0.99999 ("Zorg goed voor mijn kat tijdens mijn vakantie,
 * bedankt voor alles", "Welke trein rijdt het snelst naar Utrecht? Ik wil het zeker weten",
 * "Mijn parkeervergunning heb ik niet meer nodig, ik heb de auto weggegeven"), two by the parts
 * model with the words' second view at 0.995 ("morgen ga ik het doen met de buren"), two by the
 * acute danger gate ("Raam open op de bovenste verdieping ... ik tel de uren"); with the
 * logistic model of 43 sets 12 fail, and in-sample it flags a suicidal-dev idiom ("Ik heb geen
 * zin meer om nog een keer te bellen"). At alpha 1 (58 sets, the logistic model of 43) 8 cases
 * still fail; at alpha 2 the logistic model of 58 sets flags the train question (0.912).
 * Stricter gates do not hold them: with the danger-model line's words view, SUICIDAL and DWORDS
 * at 0.9999, 0.9999999 and 0.9999999, four of those look-alikes are still critical. The K 0.8 D 0.99999 row with 58 sets at alpha 0.25
 * / 0.5 / 1 / 2: 3,256 (95) / 3,241 (91) / 3,213 (84) / 3,148 (74); features of at least 1 / 2 /
 * 3 / 5 texts: 3,227 (82) / 3,241 (91) / 3,244 (91) / 3,232 (92) (1 would ship a word of one
 * text: a name that escaped masking); the first 30 / 40 / 50 sets: 3,227 (92) / 3,228 (92) /
 * 3,242 (89); only the phrasing sets beyond 17 (BENCH_LEARN_ALSO, no message set): 3,261 (124):
 * the message sets' calm texts are what holds it back. BENCH_LEARNED=N learns from the first N
 * sets instead, BENCH_LEARN_ALSO=I,J,... from those sets too.
 * Calibrated as Bernoulli naive Bayes (BENCH_WORDS_BERNOULLI=1, urgency.conf's "danger-model:
 * ... bernoulli"; 12-02, session 20, sets 0-60, the logistic model of 43 sets): the multinomial
 * weights lean every known word to the class of short texts (ll_nb_bernoulli); Bernoulli weighs
 * a word by the share of each class's texts that hold it. Held out it is as good as the
 * multinomial model, not better: --critical's K 0.8 D 0.99999 row with 17 sets multinomial
 * (shipped) 3,445/3,574 (102 false), 61 sets multinomial 3,460 (94), 61 Bernoulli 3,461 (93), 17
 * Bernoulli 3,420 (109); --suicidal's pipeline 3,457 (89), 3,468 (88), 3,466 (88), 3,435 (93).
 * Of test_classify's look-alikes (each counted, not only a case's first) the Bernoulli model of
 * 61 sets makes 9 critical where the multinomial one makes 15 (the shipped one none), and it
 * loses the acute danger of an agent's shorthand ("vri Weena x Kruisplein uit"). Those left are
 * as sure to it as to the logistic model (trains asked about or too full, pills for pain, a car
 * given away, "geen enkele reden"; logistic P 0.62-0.90): the words' suicidal gate at 0.99999999
 * still flags two; the two views at 0.99999 hold two more (--suicidal 3,450 (81)); the words'
 * suicidal gate only where the logistic model reaches 0.9 holds that gate's but finds 62 fewer
 * (3,404 (81)). Not shipped: a model of words learns from the suicidal sets that trains and
 * pills are means; only counter-examples, or reading what a text asks (a timetable, a dose),
 * would tell a traveller from a statement.
 * Counter-examples tried (12-03, session 21, sets 0-63, models11; on main 5a28d13): tests/data/train/
 * calm-means.jsonl, 179 calm texts written for it (travel and timetables, doses and pills as
 * prescribed, ladders, roofs and upper floors, swimming and boats, stoves and fireworks,
 * tools and rope, a car sold or given away, farewells at retirement or a move, plans "morgen
 * ga ik het doen" for a chore, idioms, hazards past or planned, care asked calmly), learned as
 * calm only (BENCH_CALM_WEIGHT=N: each N times; BENCH_CALM_PARTS=N: by the parts model too),
 * never held out or measured. Held out (--critical's K 0.8 D 0.99999 row; --suicidal's
 * pipeline, the logistic model of 43 sets), with test_classify's look-alikes made critical
 * (each counted): shipped (17 sets) 3,595/3,749 (109 false), pipeline 3,606 (96), 0; 64 sets
 * 3,617 (97), 3,622 (92), 20; 64 sets calm x1 3,610 (97); x3 3,609 (96), 3,615 (91), 11; x10
 * 3,613 (98), 7; x30 3,621 (131), 4; x3 Bernoulli 3,604 (99), 6; x3 with the parts model's calm
 * x3 3,581 (93), 9; 17 sets calm x1 3,566 (109), x3 3,567 (132), pipeline 3,586 (111). Every
 * critical and message set but no suicidal phrasing set after the first 17 (BENCH_LEARN_ALSO)
 * 3,547 (92), pipeline 3,572 (89), 2; with the calm set x3 3,541 (89), 3,571 (86), 0: no
 * look-alike, but 35 fewer found (the suicidal sets' 1,531 -> 1,495). Stricter gates over 64
 * sets calm x3 (SUICIDAL 0.9999999 / 0.999999999: 7 / 4 look-alikes; with WORDS MIN 0.99999 too:
 * 1, pipeline 3,563 (79)) find fewer than shipped. Again on main e83ba4f (12-03 04:05, the
 * rules of session 21's recall and false-flag rounds): shipped 3,614 (102), pipeline 3,626
 * (89), 0; 64 sets 3,631 (90), 3,637 (85), 22; calm x3 3,625 (89), 3,632 (84), 14; every
 * critical and message set with the calm set x3 3,559 (82), 3,589 (79), 0 (the suicidal sets
 * 1,543 -> 1,506). The calm texts dilute the multinomial calm
 * class (every other word of a calm text weighs less): more copies flag more calm texts, and
 * the 17-set model with them finds less at more false flags. Not shipped: none found more at
 * fewer false flags with no look-alike critical.
 * Gates and learning against those look-alikes (12-03, session 22, models12; on main ce841ff,
 * the rules of recall12): --critical's K 0.8 D 0.99999 row, --suicidal's pipeline (the
 * logistic model of 43 sets), test_classify's look-alikes made critical (each counted).
 * Shipped (17 sets) 3,628/3,749 (101 false), 3,640 (88), 0. 64 sets 3,644 (89), 3,650 (84), 23:
 * 18 by the words' suicidal gate, 3 by both views (the parts as shipped, the words now agree),
 * 1 acute danger by the words, 1 both views (round 22's ice question). Held out, the 64-set
 * model's gain is small (+22 found, -12; false +10, -14) and most of it (+14) comes through
 * the same words' suicidal gate that makes the look-alikes: they are minimal pairs of the
 * suicidal sets' statements ("welke trein stopt niet op station Zuid? ik wil het weten voor
 * vanavond" beside the look-alike's "..., ik moet naar Breda"), which the rules tell apart by
 * an "unless:" and a bag of words cannot. Their words P is 0.999992-1 (the shipped model's
 * 0.87-0.99999, just below its gate), the logistic model's 0.33-0.92 (the trains 0.86-0.92, as
 * sure with it learned from 64 sets), the parts model's P(suicidal) 0.04-0.86. So: the logistic
 * veto of the words' suicidal gate 0.3 -> 0.6 (suicidal-model: ... 0.9 0.6) 3,641 (82), 18;
 * from the dump (--suicidal's BENCH_SUI_DUMP) 0.7 3,636 (80), 0.9 3,588 (78). A person at risk
 * from the parts (the words' suicidal verdict only where the parts model's P(suicidal) >= 0.3
 * / 0.5 / 0.9): 3,579 (82) / 3,563 (82) / 3,530 (79); a part of finality, hopelessness, life
 * itself or a person in distress is in 28 of the 160 statements that gate finds held out, the
 * rest are told in words no part names, which is what the gate is for. A suicidal rule denied
 * (a "denied:" part, 5 of the 18) or a calm request vetoing it: 3,636 (82). The calm set as the
 * logistic model's counter-examples too (BENCH_CALM_LR=3, with BENCH_CALM_WEIGHT=3): 3,638 (88),
 * 3,643 (81), 14; with the veto at 0.6 3,632 (78), 9 (the logistic model alone, 784 -> 697
 * statements: 179 texts move it little at lambda 0.05; learned from 64 sets with them the
 * trains stay at 0.77-0.91).
 * Features of at least 3 / 5 / 8 texts: 26 / 16 / 11 look-alikes. Every critical and message
 * set but no suicidal phrasing set after the first 17, calm x3: 3,572 (81), 3,602 (78), 1 (the
 * ice question, both views) and danger_model_by_parts's reason words change; with the
 * SUICIDAL gate at 0.9999 / 0.999: 3,614 (80), 2 / 3,627 (82), 6. From set 17 on only the
 * suicidal statements the rules miss (BENCH_WORDS_MISSED=17: the statements they find teach the
 * words model nothing the pipeline lacks, and their minimal pairs): 3,600 (85), 3,617 (82), 5
 * (the trains gone; pills for pain, a car given away, a will before surgery, a window open
 * high, the ice); every critical text the rules find left out from 17 on: 3,593 (82), 3,611
 * (79), 5. Again on main 87cc6c9 (recall12's and falseflag12's rules): shipped 3,636 (95),
 * 3,647 (82), 0; 64 sets 3,652 (83), 3,657 (78), 24; with the veto at 0.6 3,648 (76), 19; with
 * the calm set x3 for both models 3,646 (82), 3,650 (75), 14; the critical and message sets
 * with the calm set x3 3,579 (75), 3,609 (72), 1; BENCH_WORDS_MISSED=17 3,607 (79), 3,624 (76),
 * 5. Not shipped: none has no look-alike critical at the shipped pipeline's figure.
 * What would: a reading of the purpose a text gives (a trip, a dose as prescribed, a chore),
 * which the rules' "unless:" lists hold and no model here sees, or counter-examples for each
 * statement the suicidal sets teach (a minimal pair beside it, learned as calm).
 * The forward test (12-03, session 23, models13; on main 7b84835): round 23's sets (64
 * critical-dev23, 65 suicidal-dev22, 66 messages-dev23), blind until that morning and learned by
 * no model, measured with the models learned from every set up to round 22 (BENCH_LEARNED=64,
 * BENCH_PARTS_LEARNED=64, BENCH_LR_LEARNED=64: every fold of 64-66 learns 0-63 and nothing of
 * round 23) or round 21 (61), as the next blind round will meet them. Figures: --critical's K 0.8
 * D 0.99999 row, round 23 found/175 (false) [the three sets] and all 67 readable sets /3,924;
 * --suicidal on suicidal-dev22 (70 statements), the words model alone, the logistic model alone,
 * the pipeline; test_classify's look-alikes made critical by the models trained with the same
 * knobs (each counted). Shipped (words 17, parts 17, logistic 43): 143 (14) [63 (4), 53 (3), 27
 * (7)], 3,787 (105); 37, 37, 54 (3); 0. Words 64: 152 (13) [67, 58, 27 (6)], 3,809 (92); 54, 37,
 * 58 (3); 25 (20 by the words' suicidal gate, 3 by both views, 2 acute danger). Words 61: 150
 * (13), 3,803 (94); 53, 37, 57; 23. Parts 64 / 61: 141 (13) / 140 (13), 3,749 (103) / 3,745
 * (104); 5 / 5. Logistic 64 / 61 (--critical has no logistic model: its row unchanged): words
 * 37, logistic 44 / 44, pipeline 55 (3) / 55 (3); the suicidal sets' 1,673 statements by the
 * logistic model alone 821 -> 892 / 900 (1 false), by the pipeline 1,601 (17) -> 1,605 (17) /
 * 1,604 (17); 6 / 5. Words and logistic 64: 152 (13),
 * 3,809 (92); the pipeline's suicidal sets 1,614 (19), critical sets 1,657 (12), message sets 546
 * (54) against shipped 1,601 (17), 1,651 (10), 547 (65); 27. So learning more words transfers to
 * a writer nobody saw (round 23 +9 at one false flag fewer, most of it from rounds 21 and 22
 * already: 61 sets +7), the parts model does not (-2), the logistic model does alone (+7) but
 * not through the pipeline (+1). Of the 64-set words model's gain on round 23 (+10, -1 by
 * BENCH_DANGER_DUMP), 6 come by the words' suicidal gate alone, 4 by both views or acute danger;
 * over all 67 sets that gate gives +25 and -7. Forms tried to keep the look-alikes below: every
 * critical and message set 17-63 but no suicidal set beyond 17, the calm set x3: 142 (13),
 * 3,728 (84); 1 (the ice question, acute danger by the parts). BENCH_WORDS_MISSED=17 with 64
 * sets: 145 (13), 3,758 (88); 5. The calm set x3 for the words and the logistic model with 64
 * sets: 150 (13), 3,802 (91); 14. Offline from the dumps, two words models at once (not a form
 * the pipeline has): the shipped model's suicidal gate with the 64-set model's both views and
 * acute danger 147 (14), 3,791 (102), but those gates make 5 look-alikes (a move, a care
 * schedule, a will before surgery, a window open high, the ice); both views alone 146 (14),
 * 3,787 (101), 4; the 64-set suicidal verdict only where the shipped model's P(suicidal) >= 0.9 /
 * 0.99 / 0.999 too, beside the shipped gate: 149 / 147 / 147 (14), 3,812 (110) / 3,810 (110) /
 * 3,804 (109), and it holds none, the shipped model being almost as sure of them (0.87-0.99999).
 * Not shipped: no form measured keeps every look-alike below at a better forward figure.
 * Again on main 412d1e6 (12-03 11:40), where rules of session 23 were written on round 23's
 * sets, so these are no longer a forward test: shipped 153 (14) [70, 55, 28 (7)], 3,801 (105);
 * 37, 37, 56 (3); 0. Words 64 / 61: 159 (13) / 158 (13), 3,820 (92) / 3,815 (94); 26 / 23.
 * Parts 64 / 61: 151 (13) / 150 (13), 3,763 (103) / 3,759 (104); 5 / 5. Logistic 64 / 61: 44 /
 * 44 alone, 57 (3) / 57 (3) by the pipeline on suicidal-dev22; 6 / 5. Words and logistic 64:
 * 159 (13), 3,820 (92); 28. The critical and message sets with the calm set x3: 149 (13), 3,739
 * (84); 1. BENCH_WORDS_MISSED=17: 152 (13), 3,768 (88); 6. Calm x3 for both: 157 (13), 3,813
 * (91); 14. The shipped suicidal gate with the 64-set model's other gates 154 (14), 3,802 (102);
 * the agreement at 0.9 / 0.99 / 0.999 3,826 (110) / 3,824 (110) / 3,818 (109). On main 32eec9a:
 * shipped 159 (14), 3,809 (105); words 64 162 (13), 3,825 (92); the critical and message sets
 * with the calm set x3 154 (13), 3,746 (84).
 * The forward test on round 24 (12-03, session 24, models14; on main 08fe974, before any rule
 * was written on round 24's sets 67 critical-dev24, 68 suicidal-dev23, 69 messages-dev24, blind
 * until that afternoon and learned by no model; figures as above: --critical's K 0.8 D 0.99999
 * row, round 24 found/175 (false) [the three sets] and all 70 readable sets /4,099; --suicidal
 * on suicidal-dev23 (70 statements) the words model alone, the logistic model alone, the
 * pipeline; test_classify's look-alikes made critical, each counted). Shipped (words 17, parts
 * 17, logistic 43): 134 (27) [55 (11), 52 (4), 27 (12)], 3,946 (129); 34 (1), 36, 52 (4); 0.
 * Words 67 (every set to round 23): 140 (25) [59 (11), 54 (4), 27 (10)], 3,967 (115); 45 (1),
 * 36, 54 (4); 29 (and an in-sample suicidal-dev idiom, "geen zin meer om ..."). Words 64: 140
 * (25), 3,968 (114); 29. Parts 67 / 64: 132 (25) [53, 52, 27 (10)] / 132 (25), 3,901 (123) /
 * 3,904 (123); 5 (67). Logistic 67 / 64 (--critical unchanged): 34, 40 / 38, 53 (4) / 53 (4); the
 * suicidal sets' 1,743 statements by the logistic model alone 857 -> 925 / 930 (1 false), by the
 * pipeline 1,666 (20) -> 1,668 (20) / 1,670 (20); 6 (67). Words and logistic 67: 140 (25),
 * 3,967 (115); 45, 40, 54 (4); the pipeline's suicidal sets 1,674 (23), critical sets 1,723
 * (24), message sets 574 (61) against shipped 1,666 (20), 1,716 (21), 576 (74); 32. So learning
 * more words transfers again (+6 found, -2 false on the unseen round), the parts model does not
 * (-2), the logistic model alone does (+4) and through the pipeline barely (+1).
 * Calm near-copies (tests/data/train/calm-purpose.jsonl, written for this by class, never from a
 * development set or test_classify; learned as calm by the words model only, BENCH_CALM_WEIGHT
 * times, beside calm-means.jsonl unless BENCH_CALM_FILES names one): the ordinary purpose in the
 * statements' words, a trip with a destination, pills as prescribed, things given away, a
 * goodbye to a job, a house or a thing, a stop followed by the next step, recovery, an absence
 * arranged, a matter ended, a pet put to sleep, skating asked about, chores planned, idioms. All
 * with words 67. Its first 221 texts alone x1: 140 (25), 3,962 (114); 23; x3 140 (26), 3,959
 * (118); 16. Both files x3: 140 (26), 3,961 (118); 10; x10: 141 (26), 3,966 (142); 8. With 71
 * texts more (written after reading which look-alikes stayed critical, by their classes: trains
 * that skip a stop or are full, pets put to sleep, ice and swimming asked about, an end to a
 * matter, chores planned, help no longer needed, idioms), 292: x3 140 (26), 3,959 (116); 4; x5
 * 140 (26), 3,962 (123); 1 (and the idiom); --suicidal 43 (0), 36, 54 (4), the pipeline's sets
 * 1,667 (22), 1,723 (23), 577 (72). With 18 more ("geen zin meer" for an errand, help no longer
 * needed), 310: x3 140 (26), 3,959 (114); 3; x5 140 (26), 3,961 (121); 0, the idiom calm;
 * --suicidal 43 (0), 36, 54 (4), the pipeline's sets 1,666 (20), 1,723 (23), 577 (72); but
 * two reasons change (the words' suicidal gate now answers before the logistic model in
 * suicidal_by_words_and_scope; the agent's shorthand in danger_model_by_parts is named by other
 * words); x7 140 (26), 3,961 (127); 0. Words 70 (round 24 learned too) alone 140 (25), 3,971
 * (116); x5 139 (26), 3,961 (118); 1 (help no longer needed: learning round 24 tips it back);
 * x7 140 (26), 3,963 (127); 0. 36 further look-alikes written after and never learned (the same
 * classes in other words): shipped 0, words 67 2 (pills of a finished course, care no longer
 * needed), words 67 with the calm set x5 0. Not shipped: the one form at zero (67 sets, x5)
 * was reached by writing calm texts against the check's remaining look-alikes, is one learned
 * round or one weight step from a look-alike again, and changes two tested reasons; the calm
 * copies keep the gain (+6 on round 24) but add false flags back (held out 115 -> 121, x7 127).
 * Again on main 6544bda (12-03 15:15, rules of session 24 written on round 24, so no forward
 * test): shipped 145 (24), 3,962 (125); words 67 149 (22), 3,980 (111); with the calm set x5 149
 * (23), 3,974 (117), and of the look-alikes test_classify gained that session (written by others,
 * a check nobody trained against) it makes 3 critical (a will made for one's children, a light
 * left on where children sleep): the calm copies reach the classes they were written for, not
 * the next writer's look-alikes. The next step: a fresh check written by someone else first.
 * The forward test on round 25 with that fresh check (12-03, session 25, models15; on main
 * 3dbff6d, before any rule was written on round 25's sets 70 critical-dev25, 71 suicidal-dev24,
 * 72 messages-dev25, blind until that session and learned by no model). Figures: --critical's K
 * 0.8 D 0.99999 row, round 25 found/175 (false) [the three sets] and all 73 readable sets
 * /4,274; --suicidal on suicidal-dev24 (70 statements) the words model alone, the logistic model
 * alone, the pipeline, and the pipeline over all sets /4,274; test_classify's look-alikes made
 * critical (each counted); the fresh check: how many of the 150 calm texts of lookalikes-dev27
 * (outside the repository: written blind by another writer, in the statements' and dangers'
 * words, never read or learned, only counted through the pipeline with the model under test)
 * come out critical. The calm set is both files, learned by the words model only. Shipped (words
 * 17): 139 (16) [58 (4), 53 (4), 28 (8)], 4,101 (140); 36, 29, 53 (4), 4,114 (124); 0; 12.
 * Words 70 (every set to round 24): 145 (17) [62 (4), 55 (4), 28 (9)], 4,128 (128); 51, 29, 54
 * (4), 4,131 (123); 37; 13. With the calm set x3: 145 (17), 4,117 (125); 48, 29, 54 (4), 4,123
 * (122); 9; 10; x5: 144 (17) [62, 54, 28 (9)], 4,117 (130); 45, 29, 53 (4), 4,122 (124); 4;
 * 10; x7: 144 (17), 4,118 (139); 45, 29, 53 (4), 4,123 (130); 3; 10. Words 73 (round 25 learned
 * too, each of its sets left out in turn: no longer a forward test): 145 (17), 4,128 (128); 50,
 * 29, 54 (4), 4,132 (123); 37; 13; x3: 144 (17), 4,119 (125); 48, 29, 53 (4), 4,125 (123); 12;
 * 10; x5: 144 (17), 4,117 (130); 47, 29, 53 (4), 4,123 (126); 6; 10; x7: 144 (17), 4,119
 * (142); 46, 29, 53 (4), 4,124 (134); 5; 10. The look-alikes left with words 70 at x7 are
 * those of session 24's check nobody trained against (a will made for one's children, a light
 * left on where children sleep, twice); x5 adds help no longer needed; x3 a pet cared for during
 * a holiday, pills for pain, a will before surgery, a train question, a pet put down. Learning
 * round 25 (words 73) tips two back at x5 and x7 (a will before surgery, a cremation arranged),
 * as learning round 24 tipped help no longer needed. On the fresh check the shipped pipeline
 * makes 12 critical (rules and models together: the count cannot tell which); words 70 alone
 * 13 (by the families the check names: two wills or funeral wishes more, one dose as prescribed
 * fewer), words 73 alone 13; the 70- and 73-set models with the calm set x3, x5 or x7 10 each
 * (one dose as prescribed and one plan after a stop fewer than shipped, the rest the same): the
 * calm copies keep a new writer's look-alikes below the shipped count, but test_classify's
 * stay. So the forward gain holds on round 25 too (+5 or +6 at one false flag more, and
 * held out +16 to +27 found) and the calm set keeps it; what blocks shipping is test_classify's
 * look-alikes (3 at best), and the held-out false flags grow with the weight (words 70: 128,
 * x3 125, x5 130, x7 139; the pipeline's message sets 73, 76, 77, 82). Not shipped: no form
 * has zero of them critical. Again on main 717e346 (rules of session 25 written on round 25, so
 * no forward test): shipped 146 (13), 4,119 (132); words 70 152 (14), 4,143 (119); with the
 * calm set x7 151 (14), 4,133 (130).
 * The forward test on round 26 (12-03, session 26; the lead on main 0ef706c, before any rule was
 * written on round 26's sets 73 critical-dev26, 74 suicidal-dev25, 75 messages-dev26): shipped
 * 140 (18) [61 (4), 51 (5), 28 (9)]; words 73 (every set to round 25) 150 (17) [63 (4), 58 (5),
 * 29 (8)]; words 70 150 (17): learning more transferred a fourth round in a row. Then models16
 * (on main f3f596d, round 26 development but no rule on it yet) measured words 76 (every set to
 * round 26; each of round 26's sets left out in turn, so no longer a forward test) with the calm
 * set (both files, the words model only) against test_classify's look-alikes and two fresh checks
 * written blind by other writers, lookalikes-dev27 and lookalikes-dev28 (150 calm texts each,
 * never read or learned, only counted). Figures: --critical's K 0.8 D 0.99999 row, round 26
 * found/175 (false) and all 76 readable sets /4,449; test_classify's look-alikes critical (each
 * counted); each fresh check's count. Shipped (words 17): 140 (18), 4,266 (150); 0; 12; 18.
 * Words 76: 150 (17) [63 (4), 58 (5), 29 (8)], 4,303 (140); 37; not counted. Calm x3: 149 (17),
 * 4,291 (134); 12; not counted. x5: 148 (17), 4,289 (141); 10; not counted. x7: 148 (17) [63 (4),
 * 56 (5), 29 (8)], 4,291 (146); 7; 10 (a dose as prescribed and a plan after a stop fewer than
 * shipped, the rest the same families); 18 (the same families as shipped). Which gate makes x7's
 * seven: four the acute danger gate by the words (parts P 0.84-0.94 >= K 0.8, words P(danger) >=
 * 0.99999: a window open high in the heat, a lamp left burning where children sleep, twice, a man
 * dozing off while children play), three both views (parts >= 0.95, words >= 0.995: a will
 * before surgery, whose suicidal rule of affairs arranged its "unless:" denied, a will made for
 * one's children, the gas cut for meter works where a mother cooks on gas). x3 and x5 add the
 * words' suicidal gate's (a train question, help no longer needed, a dog put down; at x3 also a
 * pet cared for during a holiday, a cremation arranged, pills for pain). The part "hazard fire"
 * read a lamp that burns as fire, which the acute danger rule's "unless:" already set aside:
 * read so by the part too (urgency.conf, this session), the two lamps stay normal, no trained
 * model changes and no held-out figure moves, and x7 makes 5. The acute gate at K 0.9 would hold
 * the dozing man as well (parts 0.886) but loses found held out: K 0.9 D 0.99999 words 76 4,272
 * (133), x3 4,262 (127), x5 4,259 (133), x7 4,261 (137), shipped 4,236 (146): every calm weight
 * below the shipped gate's 4,266. Two tested reasons change at every weight, the level staying
 * critical (danger_model_by_parts: the words' suicidal example is named by 'ga slapen', not
 * 'slapen'; suicidal_by_words_and_scope: the words' suicidal gate answers before the logistic
 * model). Not shipped: x7 is better than shipped held out (+25 found, -4 false; round 26 +8, -1)
 * and on both fresh checks (10 against 12, 18 against 18), but five of test_classify's
 * look-alikes stay critical: a window open high (acute, by the words), a man dozing while
 * children play (acute, by the words), two wills and a supply cut for works (both views). What
 * would: the part "farewell" reading a will's ordinary purpose (children, surgery), the part
 * "hazard cold heat" a supply cut told with its works and day, and a reading of why a window is
 * open (heat, airing) for the acute gate. Again on main 403c978 (rules of session 26 written on
 * round 26, so no forward test; the fire part as above): shipped 145 (14), 4,278 (143); words 76
 * calm x7 151 (13), 4,301 (139).
 * Session 27 (models17; round 27's sets 76-78 development, 79-83 blind and never learned): the
 * parts "farewell", "hazard cold heat", "hazard fall" and "means at hand" now read an ordinary
 * purpose as the rules do (a will before an operation or made as an errand, a supply cut for
 * works, a window open in the heat; fc5427b), which holds four of x7's look-alikes (two wills,
 * the gas cut for meter works, the window). On main 58a3464 (falseflag17's, recall17's and
 * theme17's rules): --critical's K 0.8 D 0.99999 row, round 27 found/175 (false), all 84
 * readable sets /4,624; test_classify's look-alikes critical (each counted); the two fresh
 * checks (LL_BENCH_BLIND=1 bench_quality -F, look-alikes dev 27 / 28 counts only). Shipped
 * (words 17) 138 (14), 4,421 (145); 0; 11; 18. Words 79 (every development set) x0 155 (10),
 * 4,474 (131); 36. x5 154 (10), 4,463 (130); 10. x7 154 (10) [72 (1), 55 (1), 27 (8)], 4,464
 * (140); 7; 9; 18. x10 153 (10), 4,466 (146); 7 (not the same seven: the_moment_fixed_the_act_unnamed's
 * "... doe ik het. staat in mijn agenda" in the dog's place). In-sample with x7 (bench_quality -F): development
 * 26 critical 28/30 with 7 -> 6 false, 27 27/30 with 9 -> 7; critical phrasings 26 64 -> 66/75,
 * 27 70 -> 72/75; suicidal phrasings 25 57 -> 63/70, 26 44 -> 55/70, the false flags the same;
 * critical phrasings dev 170 -> 169, suicidal phrasings 5 104 -> 103, 10 70 -> 69 (one each
 * lost). Not shipped: x7's seven look-alikes stay critical. Five by the words' suicidal gate (P
 * 0.99999, the logistic veto passed) with only a weak part or a denied rule fired: a dog put down
 * at the vet ("kost alleen maar geld ... verlossen van zijn pijn"), a cremation wish decided
 * ("besloten dat ik gecremeerd wil worden") and three of joining17's look-alikes of "ik wil bij
 * haar zijn, dat heb ik besloten" (an urn kept at home, a widows' group, ashes scattered; two with
 * the joining rule denied by its "unless:"); the words "besloten", "haar zijn", "alleen maar geld"
 * are a statement's in the suicidal sets, and a denied suicidal family as a veto lost statements
 * before (round 14: 6 of 9 were statements). Two by the acute gate by the words with no hazard
 * part of their own: a man dozing while children play (people exposed, vulnerable, time
 * pressure, the ground-sunk rule denied; parts 0.885) and a parking barrier fallen that does not
 * move (it came with the parts model retrained on the new parts). What would: the words' suicidal
 * gate reading a death that is another's, told with its rites (an urn, ashes, a cremation, a vet),
 * as the joining rule's "unless:" does, and the acute gate needing a hazard part.
 * Session 28 (models18; round 28's sets 80-82 development, 79 and 83-87 blind and never learned),
 * on main 2be7fbe: --critical's K 0.8 D 0.99999 row, all 84 readable sets /4,799 and round 28
 * found/175 (false) [critical-dev28, suicidal-dev27, messages-dev28], each set held out in turn;
 * test_classify's look-alikes critical (each counted); the three fresh checks (look-alikes dev
 * 27 / 28 / 29 of 150, counts only). Shipped (words 17) 4,596 (151), 137 (13) [57 (5), 53 (0),
 * 27 (8)]; 0; 11 / 17 / 31. Words 83 (every development set, BENCH_LEARNED=83) x0 4,644 (135),
 * 146 (12) [60 (5), 59 (0), 27 (7)]; 40; 13 / 19 / 33. x3 4,632 (127), 144 (12); 15; 9 / 17 / 33.
 * x5 4,631 (133), 143 (12); 12. x7 4,631 (137), 143 (12) [59 (5), 57 (0), 27 (7)]; 10; 9 / 17 /
 * 32. x10 4,631 (151), 143 (12); 11. Features of at least 3 / 4 / 5 texts (BENCH_WORDS_MIN; 2
 * shipped): x0 4,639 (139) / 4,633 (141); x3 4,631 (137) / 4,620 (133); x7 4,627 (147); x5 and
 * x10 no better; test_classify's look-alikes at min 3 13 (x5, x7, x10), at min 5 13 / 12 / 10.
 * In-sample with x7 (bench_quality -F): development 27 critical 30/30 with 9 -> 8 false, 28
 * 27 -> 28/30 with 7 false; critical phrasings 28 57 -> 60/75 (4 false), suicidal phrasings 26
 * 67 -> 68/70, 27 52 -> 58/70 (0 false); lost: critical phrasings dev 170 -> 169, suicidal
 * phrasings 5 104 -> 103, 10 70 -> 69, critical phrasings 20 74 -> 73. Memory: the words model
 * of min 2 has 39,202 features (8,278 shipped; x0 36,498) and the joint table's keys (theme,
 * sentiment and words) go from 62,866 to 71,082 (x0 68,645), past 65,536 (2 MiB); min 3 67,093,
 * min 4 65,855, min 5 65,320 (under); with the theme model of development 28 (theme18, c9db965:
 * 64,481 shipped) x7 72,419, x7 min 5 66,893, x0 69,991: no words model of every set at min 5 or
 * less stays under; bench_quality's peak RSS on load (one text, 2be7fbe) 86.2 -> 91.9 MB (min 5:
 * 87.5). Not shipped: x7's ten look-alikes stay critical.
 * The acute gate by the words (two): a barrier fallen that does not move (its "gevallen" is a
 * hazard part, parts 0.801) and a man dozing while children play (no hazard part, parts 0.888).
 * A hazard part asked by that gate (in classify.c and in this table's K/D rows) holds only the
 * dozing man and costs held out, shipped model: 4,596 (151) -> 4,571 (147), round 28 137 -> 136;
 * the gate at K 0.9 holds both but x7 falls to 4,590 (130), below shipped's found. The words'
 * suicidal gate (six): a dog put down at the vet, a cremation wish decided, the three widows (an
 * urn, a widows' group, ashes scattered) and hope given up on a contractor ("geen hoop meer dat
 * de aannemer komt ... zelf afmaken"). Both views by the part "farewell" ("doe ik het") with time
 * pressure (two): the act fixed in one's diary after a daughter's birthday, and a job done
 * oneself when the mechanic does not come. Note that this table does not replicate the
 * pipeline's set-asides (a frame, a denied self-harm, the logistic veto): a gate added to
 * classify.c moves it only when replicated here.
 * Session 29 (models19; round 29's sets 84-86 development, BENCH_LEARNED=87 every development
 * set), on main f037aae: --critical's K 0.8 D 0.99999 row, all 88 readable sets /4,974 and round
 * 29 found/175 (false) [critical-dev29, suicidal-dev28, messages-dev29]; test_classify's
 * look-alikes critical (each counted); the three fresh checks (look-alikes dev 27 / 28 / 29 of
 * 150, counts only). Shipped (words 17) 4,776 (158), 139 (17) [58 (3), 52 (3), 29 (11)]; 0;
 * 11 / 16 / 31. Words 87 x7 4,804 (144), 141 (18) [59 (3), 53 (3), 29 (12)]; 16; 9 / 16 / 32
 * (57 against 58 in total: the fresh checks do not block it). Memory no longer blocks: the
 * joint table is sized by its distinct keys at most 3/4 full (nbmodel.c, f037aae), 72,898
 * keys with words 87 x7 fit the 1 MiB that 64,483 took before; bench_quality's peak RSS on load
 * 90,688 kB shipped, 91,084 kB words 87 x7 (+0.4 MB). Not shipped: test_classify's sixteen
 * look-alikes, by gate (P of the parts model, of the words model as classify.c reads them):
 * the words' suicidal gate (nine; words P(suicidal) 0.999995-1.0): a train question for
 * tonight (parts 0.047), a dog put down at the vet (0.54), a cremation wish decided (0.12),
 * the three widows (an urn 0.41, a widows' group 0.12, ashes scattered 0.51), hope given up
 * on a contractor (0.92), a drive to the Erasmusbrug to be picked up (0.002), a parking
 * garage's roof scouted where youths sit (0.86); the acute gate by the words (three; words
 * P(danger) 0.999997-1.0): a man dozing while children play (0.886), a parking barrier stuck
 * with a queue (0.927), a manhole cover rattling (0.940); both views (four): the act fixed in
 * one's diary after a birthday and a job done oneself when the mechanic does not come (the
 * part "farewell" 'doe ik het' with time pressure, 0.997), grandfather's gun whose bullets the
 * police took (0.992), a flat's roof fence too low where children play (0.999). Raising the
 * gates' word thresholds does not hold them (at 0.9999999 still nine critical: the words
 * model of 40,200 features is saturated). A parts floor on the words' suicidal gate (this
 * table's U and K rows, t->pk >= F, measured with x7, not kept): F 0.1 4,794 (143), holds
 * two; F 0.3 4,780 (139), holds four; F 0.6 4,695 (136), below shipped, holds seven: the
 * words' gate is for statements no part names, so a floor is no class reading. What would:
 * the classes above read by rules (a death that is another's with its rites; a trip or a job
 * that is a journey's or a tradesman's; a hazard part asked by the acute gate only where the
 * words name no hazard), each measured held out with this table replicating it. Again on main
 * 5a45ae6 (falseflag19's rules of round 29): shipped 4,776 (141), 139 (1) [58 (0), 52 (1),
 * 29 (0)]; words 87 x7 (40,202 features) 4,804 (127), 141 (2) [59 (0), 53 (1), 29 (1)]; 17
 * look-alikes, the sixteen and falseflag19's ball thrown from a balcony (acute, by the words).
 * Session 30 (models20; round 30's sets 88-90 development, 91 blind and never learned): SHIPPED,
 * the words model of every development set (WORDS_LEARNED_SETS 91, indexes 0..90) learning the
 * calm set 7 times (WORDS_CALM_WEIGHT), with an ordinary purpose read by rules setting the
 * models' gates aside: urgency.conf's "words-calm:" (the suicidal statement by the words alone or
 * by both views), "words-calm-danger:" (the acute danger by the words or by both views) and
 * "words-calm-rest:" (the same, only where no hazard part fired) lines, classify.c
 * ll_classifier_words_calm, replicated in this table's U and K/D rows and both views (t->calm),
 * so the held-out figure is the pipeline's. Since session 31 the rows read the classifier's
 * whole set-aside (ll_classifier_danger_aside: also a self-harm rule denied and a statement
 * framed; the logistic model's veto stays this table's own view): on main 03f94c7 the K 0.8
 * D 0.99999 row 5,204/5,324 with 119 false -> 117, no cell's found moved (models21's finding).
 * The classes: another's death with its rites (a pet
 * taken to the vet, an urn, ashes, a widows' group) and one's funeral wishes recorded; a
 * tradesman's job or a form done oneself; a trip with its hour or its pick-up; an absence
 * arranged; a chore in one's diary; youths loitering; a structure too low; a nuisance told as
 * one (irritant, a queue, a noise, a bit loose); a means the police took away; one dozing. On
 * main fa6369f, --critical's K 0.8 D 0.99999 row, all 91 readable sets /5,149 and round 30
 * found/175 (false) [critical-dev30, suicidal-dev29, messages-dev30]: shipped (words 17, x0)
 * 4,958 (147), 143 (16); shipped with the set-asides (first version) 4,954 (147), 143 (16);
 * words 91 x7 without them 4,990 (137), 149 (17); with them 4,988 (136), 149 (17) [59 (5), 63 (7), 27 (5)]; shipped with the set-asides as landed 4,956 (147), 143 (16). In-sample
 * (bench_quality -D, every development set, words 91 x7 with and without the set-asides): one
 * false flag fewer (a manhole cover that only rattles, messages-dev9) and, in the first version,
 * two found lost, which the words now leave: a vet's own "Dierenarts hier." before a client's
 * statement (suicidal-dev21; the pet taken "bij/naar de dierenarts" stays) and an old man's nap
 * where smoke rises (critical-dev22; dozing is a scene at rest only with no hazard part).
 * test_classify's look-alikes critical with words 91 x7: 20 without the set-asides (the sixteen
 * of session 29, the ball from a balcony, a second train question, a leave after "zonder mij",
 * a form done oneself) -> 0 with them. Fresh checks (LL_BENCH_BLIND=1 bench_quality -F,
 * look-alikes dev 27 / 28 / 29 / 30, counts only): shipped 11 / 16 / 31 / 20 (lead, 00663e6);
 * words 91 x7 with the set-asides 9 / 16 / 32 / 21 (78 against 78 in total); on main 6a2bf46 (below) 9 / 16 / 30 / 20 (75). Memory: bench_quality's peak RSS on load (one text, /usr/bin/time -v)
 * 94.5 -> 96.4 MB on this machine (on 6a2bf46 96.9 -> 97.8; the distinct keys of the joint table about 65,500 -> 74,900,
 * under the 98,304 its 1 MiB holds). Three tested reasons change, the level staying critical:
 * the words' example is named by 'ga slapen', the shorthand's by 'alle kanten', and the words'
 * suicidal gate answers before the logistic model on suicidal_by_words_and_scope's text. Left:
 * the logistic model reads "als de installateur morgen niet belt is het klaar, dan doe ik het
 * zelf" as a statement, with the shipped words model too (its gate is not set aside). Again on
 * main 6a2bf46 (falseflag20's, recall20's and suicidal20's rules, written on round 30, so round
 * 30 is no forward test there; their new look-alikes read by class too: a gun kept in its safe or
 * cleaned, a train photographed for a hobby, a rope's game, petrol smelled at a petrol station):
 * shipped 4,992 (134), 172 (3); shipped with the set-asides 4,990 (134), 172 (3); words 91 x7
 * with them 5,017 (124), 174 (5) [75 (0), 70 (3), 29 (2)].
 * Session 31 (models21; round 31's sets 92-94 development, 95 blind and never learned; this
 * table opens the pipeline's gates through ll_danger_gate since): the words model of every
 * development set to round 31 (BENCH_LEARNED=95) against the shipped 91, on main 660f708 (no
 * rule written on round 31 yet: for 91 a forward test). --critical's K 0.8 D 0.99999 row, all 95
 * readable sets /5,324 and round 31 found/175 (false) [critical-dev31, suicidal-dev30,
 * messages-dev31]; the message sets' false; the phrasing sets' found (false). Shipped (91 x7)
 * 5,182 (142), 162 (21) [69 (10), 63 (7), 30 (4)]; 93; 4,391 (49). 95 x7 5,180 (143), 161 (22)
 * [69 (10), 62 (7), 30 (5)]; 95; 4,389 (48); test_classify passes. 95 x0 5,199 (139), 163 (21);
 * 84; 4,407 (55), but 29 of test_classify's tests fail (91 x0 5,198 (139): 30); x3 5,180 (135),
 * 162 (21), 7 fail; x5 5,179 (137); x6 5,180 (139); x8 5,183 (146); x10 5,185 (153). In-sample
 * with 95 x7 (bench_quality -F): suicidal phrasings dev 30 60 -> 61/70, messages dev 15 false 4
 * -> 3, nothing else. Again on main 06b0820 (recall21's and falseflag21's rules of round 31):
 * shipped 5,189 (142), 168 (21) [75 (10), 63 (7), 30 (4)]; 93; 4,398 (49); 95 x7 5,187 (143),
 * 167 (22) [75 (10), 62 (7), 30 (5)]; 95; 4,396 (48). What moves (BENCH_DANGER_DUMP) are texts
 * at a gate's edge, both ways: a statement of affairs settled (suicidal-dev30) whose words
 * P(suicidal) falls 0.999996 -> 0.999989, under the gate; a request for a form's copy
 * (messages-dev31) through both views (words 0.964 -> 0.998). The model is saturated (session
 * 29): one more round of the same writers moves single texts across the gates either way.
 * danger-words.tsv 977,987 -> 1,003,184 bytes (41,134 -> 42,146 lines), bench_quality's peak
 * RSS on load 90.0 -> 90.2 MB. Not shipped: 95 x7 loses held out (-2 found, +1 false, both on
 * 660f708 and on 06b0820); no weight that keeps test_classify's look-alikes calm finds more at
 * no more false flags. */
#define WORDS_LEARNED_SETS 91
static int words_learned = WORDS_LEARNED_SETS, parts_learned = PARTS_LEARNED_SETS;
/* BENCH_CALM_LEARNED=N: the words model learns the calm texts of the first N sets too (more
 * counter-examples, no more statements). With 58 (session 19): the K 0.8 D 0.99999 row 3,216 (98
 * false) -> 3,134 (81): fewer flags of every kind, not more found. */
static int calm_learned;
/* The calm set (tests/data/train/calm-means.jsonl and calm-purpose.jsonl, BENCH_CALM_FILES):
 * ordinary texts that name a means or a hazard, a farewell or a plan calmly, learned as calm by the words model calm_weight times
 * (BENCH_CALM_WEIGHT; 0: not at all) and by the parts model calm_parts_weight times
 * (BENCH_CALM_PARTS). Training data only: never held out, never measured. */
#define WORDS_CALM_WEIGHT 7 /* since session 30 (models20): see WORDS_LEARNED_SETS */
static int calm_weight = WORDS_CALM_WEIGHT, calm_parts_weight = 0;
/* BENCH_CALM_LR=N: the logistic model of suicidal statements learns the calm set too, each text
 * N times, as counter-examples (0: not at all). */
static int calm_lr_weight = 0;
/* BENCH_WORDS_MISSED=N: from set N on, the words model learns only the suicidal statements the
 * rules miss (and every other text); measured, see WORDS_LEARNED_SETS. */
static int words_missed = MAX_CRIT_SETS;
static set_bits learn_also;
static int blind_set(int set) { return (crit_table[set]->flags & LL_EVAL_BLIND) != 0; }
/* Whether the words model learns set (a blind set never, whatever the knobs say). */
static int learned(int set) {
    return !blind_set(set) && (set < words_learned || set_in(&learn_also, set));
}
/* Whether the parts model learns set (a blind set never). */
static int parts_learns(int set) { return !blind_set(set) && set < parts_learned; }
/* Whether crit_sets[i] is a set of suicidal phrasings (its critical texts are the suicidal class). */
static int suicidal_set(int i) { return i >= 0 && crit_table[i]->kind == LL_EVAL_SUICIDAL; }
#define MAX_KEYS LL_CLASSIFY_MAX_DANGER_KEYS

typedef struct ctext {
    char *text, *kind;
    int set, critical, rules; /* labelled critical; critical by the rules */
    int cls;                  /* calm, danger, suicidal (the danger model's classes) */
    int high;                 /* the rules' level is high */
    double p;                 /* the held-out stem model's P(critical) */
    double pk;                /* the held-out parts model's P(danger or suicidal) */
    double pks;               /* and its P(suicidal) */
    double ps;                /* the held-out words model's P(suicidal) (p: danger or suicidal) */
    int kcls;                 /* and its class */
    /* What the pipeline's gates read (ll_danger_gate): the held-out models and, of what sets a
     * gate aside, an ordinary purpose told (LL_WORDS_CALM_*); not the classifier's LL_DANGER_*
     * (a self-harm rule denied, a statement framed, the logistic veto): this table has no
     * logistic model, and its figures are kept comparable with the sessions' before. */
    ll_danger_view v;
    char **keys; /* the parts model's features */
    size_t nkeys;
    char *why;  /* the rules' urgency reasons' names, "|"-joined (the veto's features) */
    int crisis; /* a suicidal statement or self-harm fired (ll_classifier_crisis) */
    char (*vkeys)[LL_CLASSIFY_VETO_KEY_BYTES]; /* the second opinion's keys of the rules */
    size_t nvkeys;
    uint32_t *vid; /* and with the held-out view's, as indexes into veto_names */
    size_t nvid;
    double vscore; /* the held-out second opinion's score */
    int vetoed;    /* it moved the rules' critical flag to high */
} ctext;

static ctext *ctexts; /* nctexts of ctexts_cap, grow_array */
static int nctexts, ctexts_cap;

static int suicidal_reason(const cJSON *in) {
    const cJSON *r;
    cJSON_ArrayForEach(r, cJSON_GetObjectItem(cJSON_GetObjectItem(in, "urgency"), "reasons")) {
        const char *s = cJSON_GetStringValue(r);
        if (s &&
            (strncmp(s, "suicidal statement: ", 20) == 0 || strncmp(s, "self-harm: ", 11) == 0))
            return 1;
    }
    return 0;
}

/* One line of a critical or message set into ctexts, with the rules' level
 * and the danger model's class and features. */
static int crit_line(void *ctx, int lineno, const cJSON *row) {
    const reading *rd = ctx;
    (void)lineno;
    ctext *grown = grow_array(ctexts, &ctexts_cap, nctexts, sizeof(*ctexts));
    if (!grown) {
        fprintf(stderr, "bench_model: %s: text %d: past MAX_TEXTS or out of memory\n", rd->path,
                nctexts + 1);
        return -1;
    }
    ctexts = grown;
    const char *text = cJSON_GetStringValue(cJSON_GetObjectItem(row, "text"));
    const cJSON *cr = cJSON_GetObjectItem(row, "critical");
    const char *urg = cJSON_GetStringValue(cJSON_GetObjectItem(row, "urgency"));
    const char *fam = cJSON_GetStringValue(cJSON_GetObjectItem(row, "family"));
    if (text && (cJSON_IsBool(cr) || urg)) {
        ctext *t = &ctexts[nctexts++];
        t->set = rd->set;
        t->critical = cJSON_IsBool(cr) ? cJSON_IsTrue(cr) : strcmp(urg, "critical") == 0;
        cJSON *in = cJSON_CreateObject();
        cJSON_AddStringToObject(in, "text", text);
        const char *kind = cJSON_GetStringValue(cJSON_GetObjectItem(row, "kind"));
        if (kind)
            cJSON_AddStringToObject(in, "kind", kind);
        t->kind = dup_or_null(kind);
        if (ll_enrich_text(masker, rd->c, in) != 0 ||
            !(t->text = strdup(cJSON_GetStringValue(cJSON_GetObjectItem(in, "text")))))
            exit(2);
        const char *lvl =
            cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(in, "urgency"), "level"));
        t->rules = lvl && strcmp(lvl, "critical") == 0;
        t->high = lvl && strcmp(lvl, "high") == 0;
        t->v = (ll_danger_view){.aside = ll_classifier_danger_aside(rd->c)};
        char why[1024] = "";
        const cJSON *r;
        cJSON_ArrayForEach(r, cJSON_GetObjectItem(cJSON_GetObjectItem(in, "urgency"), "reasons")) {
            const char *s = cJSON_GetStringValue(r);
            size_t n = s ? strcspn(s, ":") : 0, at = strlen(why);
            if (n && at + n + 2 < sizeof(why))
                snprintf(why + at, sizeof(why) - at, "%s%.*s", at ? "|" : "", (int)n, s);
        }
        if (!(t->why = strdup(why)))
            exit(2);
        t->crisis = ll_classifier_crisis(rd->c);
        char vk[LL_CLASSIFY_MAX_VETO_KEYS][LL_CLASSIFY_VETO_KEY_BYTES];
        t->nvkeys = ll_classifier_veto_keys(rd->c, kind, vk, LL_CLASSIFY_MAX_VETO_KEYS);
        if (!(t->vkeys = malloc((t->nvkeys + 1) * sizeof(*t->vkeys))))
            exit(2);
        memcpy(t->vkeys, vk, t->nvkeys * sizeof(*vk));
        /* Suicidal: a suicidal set's statement, a phrasing of that family,
         * or a critical message a suicidal rule names. */
        int suicidal =
            suicidal_set(rd->set) || (fam && strcmp(fam, "suicidal") == 0) || suicidal_reason(in);
        t->cls = !t->critical ? 0 : suicidal ? 2 : 1;
        const char *keys[MAX_KEYS];
        t->nkeys = ll_classifier_danger_keys(rd->c, keys, MAX_KEYS);
        t->keys = calloc(t->nkeys ? t->nkeys : 1, sizeof(*t->keys));
        if (!t->keys)
            exit(2);
        /* BENCH_DANGER_DROP=prefix leaves those keys out (measuring which
         * kinds of feature help). */
        const char *drop = getenv("BENCH_DANGER_DROP");
        size_t kept = 0;
        for (size_t k = 0; k < t->nkeys; k++) {
            if (drop && *drop &&
                (strncmp(keys[k], drop, strlen(drop)) == 0 ||
                 (strcmp(drop, "pairs") == 0 && strstr(keys[k], " + "))))
                continue;
            if (!(t->keys[kept++] = strdup(keys[k])))
                exit(2);
        }
        t->nkeys = kept;
        cJSON_Delete(in);
    }
    return 0;
}

/* The training-only calm texts (tests/data/train/, the calm set below), read
 * as crit_line reads a set's, then kept apart from ctexts: never held out, never measured,
 * never in a table's "all". */
#define TRAIN_DIR LL_SOURCE_DIR "/tests/data/train/"
static ctext *calm_texts;
static int ncalm;

static int load_crit(ll_classifier *c) {
    for (int set = 0; set < n_crit_sets; set++)
        if (ll_eval_readable(crit_table[set], 0, ll_eval_blind()) &&
            read_set(crit_sets, set, crit_line, c) != 0)
            return -1;
    int before = nctexts;
    /* BENCH_CALM_FILES=A,B: the calm set's files in tests/data/train/ (unset: both). */
    const char *files = getenv("BENCH_CALM_FILES");
    if (!files || !*files)
        files = "calm-means.jsonl,calm-purpose.jsonl";
    for (const char *a = files; *a; a += strcspn(a, ","), a += *a == ',') {
        char path[512];
        snprintf(path, sizeof(path), "%s%.*s", TRAIN_DIR, (int)strcspn(a, ","), a);
        char *buf = ll_t_eval_read(path);
        reading rd = {.set = -1, .path = path, .c = c};
        if (!buf || ll_t_eval_lines(buf, crit_line, &rd) != 0) {
            free(buf);
            return -1;
        }
        free(buf);
    }
    ncalm = nctexts - before;
    if (!(calm_texts = calloc((size_t)ncalm + 1, sizeof(*calm_texts))))
        return -1;
    memcpy(calm_texts, &ctexts[before], (size_t)ncalm * sizeof(*calm_texts));
    memset(&ctexts[before], 0, (size_t)ncalm * sizeof(*calm_texts));
    nctexts = before;
    for (int i = 0; i < ncalm; i++)
        if (calm_texts[i].critical) /* the set is calm by definition */
            return -1;
    return 0;
}

static const char *const danger_ids[] = {"calm", "danger", "suicidal"};

/* The parts model learned from every set but held_out (-1: all). */
static ll_nb *learn_parts(int held_out) {
    ll_nb *nb = ll_nb_new(danger_ids, 3);
    if (!nb)
        return NULL;
    for (int i = 0; i < nctexts; i++) {
        int set = ctexts[i].set;
        if (set == held_out || !parts_learns(set))
            continue;
        if (ll_nb_add_keys(nb, (const char *const *)ctexts[i].keys, ctexts[i].nkeys,
                           (size_t)ctexts[i].cls) != 0) {
            ll_nb_free(nb);
            return NULL;
        }
    }
    for (int i = 0; i < ncalm; i++)
        for (int w = 0; w < calm_parts_weight; w++)
            if (ll_nb_add_keys(nb, (const char *const *)calm_texts[i].keys, calm_texts[i].nkeys,
                               0) != 0) {
                ll_nb_free(nb);
                return NULL;
            }
    return nb;
}

/* The words model (calm, danger or suicidal over stems and stem pairs) learned
 * from every set but held_out (-1: all). */
static ll_nb *learn_words(ll_textnorm *tn, int held_out) {
    ll_nb *nb = ll_nb_new(danger_ids, 3);
    for (int i = 0; nb && i < nctexts; i++) {
        int calm_also =
            ctexts[i].cls == 0 && ctexts[i].set < calm_learned && !blind_set(ctexts[i].set);
        if (ctexts[i].set == held_out || (!learned(ctexts[i].set) && !calm_also))
            continue;
        if (ctexts[i].cls == 2 && ctexts[i].rules && ctexts[i].set >= words_missed)
            continue;
        analyse(tn, ctexts[i].text);
        if (ll_nb_add(nb, tn, (size_t)ctexts[i].cls) != 0) {
            ll_nb_free(nb);
            return NULL;
        }
    }
    /* And the training-only calm texts, each calm_weight times. */
    for (int i = 0; nb && i < ncalm; i++) {
        analyse(tn, calm_texts[i].text);
        for (int w = 0; w < calm_weight; w++)
            if (ll_nb_add(nb, tn, 0) != 0) {
                ll_nb_free(nb);
                return NULL;
            }
    }
    return nb;
}

/* urgency.conf's "danger-model:" gates as shipped (classify.c reads them through the same
 * ll_danger_gate); each table below varies one or two of them. */
static const ll_danger_gates shipped_gates = {
    .parts_min = 0.95,
    .words_min = 0.995,
    .suicidal_min = 0.99999,
    .alone_parts_min = 0.8,
    .alone_words_min = 0.99999,
};

/* Every text's danger view held out: both models learned from the sets but its own. */
static int held_out_views(ll_textnorm *tn) {
    for (int fold = 0; fold < n_crit_sets; fold++) {
        ll_nb *nb = learn_words(tn, fold);
        ll_nb_scratch sc = {0};
        if (!nb || ll_nb_finish(nb, words_alpha, words_min) != 0 ||
            (words_bernoulli && ll_nb_bernoulli(nb) != 0) || ll_nb_scratch_init(&sc, nb) != 0)
            return -1;
        for (int i = 0; i < nctexts; i++) {
            if (ctexts[i].set != fold)
                continue;
            double p[3];
            analyse(tn, ctexts[i].text);
            ctexts[i].v.nwords = ll_nb_score(nb, tn, &sc, 1.0, p);
            ctexts[i].v.words_danger = p[1];
            ctexts[i].v.words_suicidal = p[2];
            ctexts[i].p = p[1] + p[2];
            ctexts[i].ps = p[2];
        }
        ll_nb_scratch_free(&sc);
        ll_nb_free(nb);
        /* The parts model, held out the same way, as it ships. */
        ll_nb_scratch ks = {0};
        if (!(nb = learn_parts(fold)) || ll_nb_finish(nb, DANGER_ALPHA, DANGER_MIN_COUNT) != 0 ||
            ll_nb_scratch_init(&ks, nb) != 0)
            return -1;
        for (int i = 0; i < nctexts; i++) {
            ctext *t = &ctexts[i];
            if (t->set != fold)
                continue;
            double p[3];
            t->v.nparts = ll_nb_score_keys(nb, (const char *const *)t->keys, t->nkeys, &ks, 1.0, p);
            t->v.parts_danger = p[1];
            t->v.parts_suicidal = p[2];
            t->pk = p[1] + p[2];
            t->pks = p[2];
            t->kcls = p[2] > p[1] ? 2 : 1;
        }
        ll_nb_scratch_free(&ks);
        ll_nb_free(nb);
    }
    return 0;
}

/* ----------------------------------- the second opinion on the rules' critical flags */

/* The second opinion (classify.h, ll_classifier_veto_keys; issue 12, veto25): Bernoulli naive
 * Bayes over the keys of the rules' critical flags, a false flag against a true one, as one
 * linear score (veto_learn). Its threshold is learned, never set on the texts it is measured on:
 * the highest out-of-fold score of a true flag among the sets it learns (five groups of sets,
 * by index mod 5), plus a margin chosen by an inner round (each group left out, the threshold
 * set on the other four the same way): the smallest of veto_margins at which no group loses a
 * true flag. A flag of a person in crisis is never scored.
 *
 * Measured, not shipped (12-05, session 35, main 3c93ba0, every readable development set: the
 * rules' critical flags 5,362 with 84 false, 59 of them no person in crisis). Held out: 13 false flags moved (messages 21, 24, 26,
 * 27, 28, 35: a third call or mail about a problem of a person alone or a lapsed term, told
 * beside "acute danger" or "person in acute need") and 1 true one: development 2's threat of
 * violence shouted after six calls ("ER GAAN KLAPPEN VALLEN") has the third contact's keys of
 * the false ones. The K 0.8 D 0.99999 row would go 5,902/6,024 (139) -> 5,901 (126), messages
 * false 100 -> 87: the rule written before the run (no found lost, or 1 with at least 15 false
 * removed) fails. The learned thresholds moved by D nats (found lost / false removed): -4 11/19,
 * -2 3/17, -1 1/15, 0 1/13, +0.5 0/13, +1 0/12, +2 0/12: at no threshold does it take 15 false
 * for one found. Explored offline on BENCH_VETO_DUMP first (the same learner): with the rules'
 * reasons as keys, 0 lost / 14 removed, but choosing among six scopes and feature sets inside
 * the folds as well gave 1 lost / 10 removed; on every flag (the models' gates too) the veto
 * took a child abduction told at a desk and a threat to a desk worker (2 / 16). What it learns
 * is one class: the rules' "third contact or a term running out" beside a critical rule, which
 * the writers call high unless the text threatens; a reading for the rules, not a model.
 * Read so (12-05, session 36, veto26: urgency.conf's "the nth contact about a danger that
 * waited for it", the count of this contact beside an acute danger or need): on main 71252d2
 * this table was 1 lost / 13 removed; beside the rule 0 lost / 8 removed more (6,082/6,199
 * (126) -> (118), messages false 94 -> 86), but its thresholds moved by -0.5 nats lose a found
 * one again (1 / 9): a margin step from a lost flag, still not shipped.
 * Tried again (12-05, session 37, falseflag27, main 566dd55, round 37 read): 0 lost / 3 removed
 * (6,249/6,374 (156) -> (153), messages false 113 -> 110), moved by -0.5 nats 1 / 4: the found
 * one is a man fallen in the bathroom last night, still on the floor, told in a long letter about
 * Wmo forms, 0.02 nats below the threshold. With the parts model's keys as well
 * (BENCH_VETO_PARTS=1: the hazards named, "part: hazard fall") it sinks to -0.74: 0 / 3 (messages
 * false 113 -> 111), -0.5 nats 0 / 4, -1 nats 1 / 4. Offline on BENCH_VETO_DUMP (this learner
 * replayed): of five key sets (these two, the parts without their pairs, without the kind,
 * without the view) only the parts' passes at -0.5, and choosing among them inside the folds
 * (the most false removed by the inner round) loses the fallen man again (-0.5 nats: 1 / 3).
 * Keeping a person down now out of its reach (@person_down's words) lowers the threshold, and
 * then it takes a threat of violence (the six calls shouted) or, with the parts' keys, a woman
 * fled from an ex who says he will kill her: each guard uncovers the next life at stake. Three
 * or four false flags in thirty-seven rounds, a life 0.74 nats away: not shipped. What it moves
 * (a vulnerable person without help, an eviction, a third contact, labelled high) is the class
 * "outranks:" reads by rule (veto26). A replay of this learner on the dump (falseflag27's, kept
 * out of the tree: the house writes its tests in C and shell) gave each figure above to the flag;
 * with both guards, a threat, violence or a child at risk kept out too (the rules' keys), 0 / 4
 * (messages false 113 -> 109), -0.5 and -1 nats 0 / 6, -2 nats 1 / 9: the one reading with a
 * margin, but found after the tries above, not chosen inside the folds, and the person down is a
 * pattern of the replay's, no classifier key. */
static const double veto_margins[] = {0, 0.5, 1, 1.5, 2, 3, 4};
#define VETO_NMARGINS (sizeof(veto_margins) / sizeof(veto_margins[0]))
#define VETO_ALPHA 0.5
static char (*veto_names)[LL_CLASSIFY_VETO_KEY_BYTES]; /* every key, sorted */
static size_t nveto_names;

static int veto_name_cmp(const void *a, const void *b) { return strcmp(a, b); }

/* The flags the second opinion reads, and learns from where its set is learned. */
static int veto_scope(const ctext *t) { return t->rules && !t->crisis; }

/* The parts model's keys a text lends the second opinion with BENCH_VETO_PARTS=1 (session 37:
 * at most 41 on a flag in scope, none longer than 87 bytes). */
#define VETO_MAX_PARTS 96
#define VETO_MAX_KEYS (2 * LL_CLASSIFY_MAX_VETO_KEYS + VETO_MAX_PARTS)

/* The second opinion's keys of a text: the rules' and its held-out view's (held_out_views);
 * with BENCH_VETO_PARTS=1 also the parts model's (its parts, their pairs, "rule: NAME"), which
 * name the hazard the rules' names do not (a person fallen and still on the floor). A key past
 * VETO_MAX_PARTS or too long for its slot is left out. */
static size_t veto_keys_of(const ctext *t, char (*k)[LL_CLASSIFY_VETO_KEY_BYTES]) {
    static int parts = -1;
    if (parts < 0)
        parts = getenv("BENCH_VETO_PARTS") && strcmp(getenv("BENCH_VETO_PARTS"), "1") == 0;
    memcpy(k, t->vkeys, t->nvkeys * sizeof(*k));
    size_t n = t->nvkeys + ll_danger_view_keys(&t->v, k + t->nvkeys, LL_CLASSIFY_MAX_VETO_KEYS);
    for (size_t j = 0; parts && j < t->nkeys && n < VETO_MAX_KEYS; j++)
        if (strlen(t->keys[j]) < sizeof(k[0]))
            memcpy(k[n++], t->keys[j], strlen(t->keys[j]) + 1);
    return n;
}

/* Every key of the flags in scope, sorted once (veto_names), and each text's as indexes. */
static int veto_names_build(void) {
    size_t cap = 0, n = 0;
    char(*all)[LL_CLASSIFY_VETO_KEY_BYTES] = NULL;
    char k[VETO_MAX_KEYS][LL_CLASSIFY_VETO_KEY_BYTES];
    for (int i = 0; i < nctexts; i++) {
        if (!veto_scope(&ctexts[i]))
            continue;
        size_t nk = veto_keys_of(&ctexts[i], k);
        if (n + nk > cap) {
            cap = 2 * (n + nk);
            void *g = realloc(all, cap * sizeof(*all));
            if (!g) {
                free(all);
                return -1;
            }
            all = g;
        }
        memcpy(all + n, k, nk * sizeof(*k));
        n += nk;
    }
    if (all)
        qsort(all, n, sizeof(*all), veto_name_cmp);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (!u || strcmp(all[u - 1], all[i]) != 0)
            memmove(all[u++], all[i], sizeof(*all));
    free(veto_names);
    veto_names = all;
    nveto_names = u;
    for (int i = 0; i < nctexts; i++) {
        ctext *t = &ctexts[i];
        if (!veto_scope(t))
            continue;
        size_t nk = veto_keys_of(t, k);
        free(t->vid);
        if (!(t->vid = malloc((nk + 1) * sizeof(*t->vid))))
            return -1;
        t->nvid = 0;
        for (size_t j = 0; j < nk; j++) {
            char(*at)[LL_CLASSIFY_VETO_KEY_BYTES] =
                bsearch(k[j], veto_names, nveto_names, sizeof(*veto_names), veto_name_cmp);
            if (at)
                t->vid[t->nvid++] = (uint32_t)(at - veto_names);
        }
    }
    return 0;
}

/* Which sets a fit learns from or a threshold scores: out (-1: none) left out, the group of
 * five five (set % 5, -1: none) left out, and within the rest the group of four four
 * ((set / 5) % 4, -1: none). */
typedef struct veto_split {
    int out, five, four;
} veto_split;

static int veto_split_has(const veto_split *sp, int set) {
    return set != sp->out && (sp->five < 0 || set % 5 != sp->five) &&
           (sp->four < 0 || (set / 5) % 4 != sp->four);
}

typedef struct veto_fit {
    double bias, *w; /* w: nveto_names */
} veto_fit;

/* Bernoulli naive Bayes of a false flag (1) against a true one (0) over the flags in scope of
 * the sets sp holds, as bias + the weights of the keys a text holds (the absent keys' share
 * is in the bias). */
static int veto_learn(veto_fit *f, const veto_split *sp) {
    double n[2] = {0, 0};
    double *cnt = calloc(2 * nveto_names + 1, sizeof(*cnt));
    double *w = cnt ? realloc(f->w, (nveto_names + 1) * sizeof(*f->w)) : NULL;
    if (!w) {
        free(cnt);
        return -1;
    }
    f->w = w;
    for (int i = 0; i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (!veto_scope(t) || blind_set(t->set) || !veto_split_has(sp, t->set))
            continue;
        int y = !t->critical;
        n[y]++;
        for (size_t j = 0; j < t->nvid; j++)
            cnt[2 * t->vid[j] + (size_t)y]++;
    }
    f->bias = log((n[1] + 1) / (n[0] + 1));
    for (size_t k = 0; k < nveto_names; k++) {
        double p1 = (cnt[2 * k + 1] + VETO_ALPHA) / (n[1] + 2 * VETO_ALPHA),
               p0 = (cnt[2 * k] + VETO_ALPHA) / (n[0] + 2 * VETO_ALPHA);
        double absent = log(1 - p1) - log(1 - p0);
        f->bias += absent;
        f->w[k] = log(p1) - log(p0) - absent;
    }
    free(cnt);
    return 0;
}

static double veto_score(const veto_fit *f, const ctext *t) {
    double s = f->bias;
    for (size_t j = 0; j < t->nvid; j++)
        s += f->w[t->vid[j]];
    return s;
}

/* The highest out-of-fold score of a true flag over the sets of sp (sp->four -1): each of its
 * groups (of five when sp->five is -1, else of four) left out in turn and scored by a fit on
 * the others. -INFINITY when none; NAN out of memory. */
static double veto_top(veto_fit *f, veto_split sp) {
    double top = -INFINITY;
    int groups = sp.five < 0 ? 5 : 4;
    for (int g = 0; g < groups; g++) {
        veto_split tr = sp;
        if (sp.five < 0)
            tr.five = g;
        else
            tr.four = g;
        if (veto_learn(f, &tr) != 0)
            return NAN;
        for (int i = 0; i < nctexts; i++) {
            const ctext *t = &ctexts[i];
            if (!veto_scope(t) || !t->critical || blind_set(t->set) ||
                !veto_split_has(&sp, t->set) || (sp.five < 0 ? t->set % 5 : (t->set / 5) % 4) != g)
                continue;
            double x = veto_score(f, t);
            top = x > top ? x : top;
        }
    }
    return top;
}

/* The threshold learned from every set but out (-1: all): the out-of-fold top plus the smallest
 * margin at which the inner round loses no true flag (INFINITY: none does; never veto). */
static double veto_threshold(veto_fit *f, int out, double *margin) {
    int lost[VETO_NMARGINS] = {0};
    for (int g = 0; g < 5; g++) {
        veto_split rest = {out, g, -1};
        double top = veto_top(f, rest);
        if (isnan(top) || veto_learn(f, &rest) != 0)
            return NAN;
        for (int i = 0; i < nctexts; i++) {
            const ctext *t = &ctexts[i];
            if (!veto_scope(t) || !t->critical || blind_set(t->set) || t->set == out ||
                t->set % 5 != g)
                continue;
            double x = veto_score(f, t);
            for (size_t m = 0; m < VETO_NMARGINS; m++)
                lost[m] += x > top + veto_margins[m];
        }
    }
    size_t m = 0;
    while (m + 1 < VETO_NMARGINS && lost[m])
        m++;
    if (lost[m])
        return INFINITY;
    *margin = veto_margins[m];
    return veto_top(f, (veto_split){out, -1, -1}) + veto_margins[m];
}

/* Every rules' critical flag's held-out second opinion (vetoed, vscore). */
static int veto_held_out(void) {
    veto_fit f = {0};
    if (veto_names_build() != 0)
        return -1;
    for (int set = 0; set < n_crit_sets; set++) {
        int any = 0;
        for (int i = 0; i < nctexts && !any; i++)
            any = ctexts[i].set == set && veto_scope(&ctexts[i]);
        if (!any)
            continue;
        double margin = 0, th = veto_threshold(&f, set, &margin);
        if (isnan(th) || veto_learn(&f, &(veto_split){set, -1, -1}) != 0) {
            free(f.w);
            return -1;
        }
        for (int i = 0; i < nctexts; i++) {
            ctext *t = &ctexts[i];
            if (t->set != set || !veto_scope(t))
                continue;
            t->vscore = veto_score(&f, t) - th;
            t->vetoed = t->vscore > 0;
        }
    }
    free(f.w);
    return 0;
}

/* The held-out second opinion: the flags it moves per set, the K 0.8 D 0.99999 row's "all" with
 * and without it, and the curve of the learned thresholds moved by D nats (D 0: as learned). */
static void veto_table(void) {
    printf("\n== second opinion on the rules' critical flags (a person in crisis never), each set "
           "held out: its model and threshold learned from the others\n");
    int lost = 0, removed = 0;
    for (int set = 0; set < n_crit_sets; set++) {
        int l = 0, r = 0;
        for (int i = 0; i < nctexts; i++)
            if (ctexts[i].set == set && ctexts[i].vetoed) {
                l += ctexts[i].critical;
                r += !ctexts[i].critical;
            }
        if (l || r)
            printf("  %-26s found lost %d, false removed %d\n", crit_sets[set], l, r);
        lost += l;
        removed += r;
    }
    int crit = 0, f0 = 0, fa0 = 0, f1 = 0, fa1 = 0, mfa0 = 0, mfa1 = 0;
    for (int i = 0; i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        int gate = ll_danger_gate(&shipped_gates, &t->v) != LL_DANGER_GATE_NONE;
        int o0 = t->rules || gate, o1 = (t->rules && !t->vetoed) || gate;
        int msg = strncmp(crit_sets[t->set], "messages", 8) == 0;
        crit += t->critical;
        f0 += o0 && t->critical;
        fa0 += o0 && !t->critical;
        f1 += o1 && t->critical;
        fa1 += o1 && !t->critical;
        mfa0 += msg && o0 && !t->critical;
        mfa1 += msg && o1 && !t->critical;
    }
    printf("  all: found lost %d, false removed %d; K 0.8 D 0.99999 %d/%d (%d), messages false %d "
           "-> %d/%d (%d), messages false %d\n",
           lost, removed, f0, crit, fa0, mfa0, f1, crit, fa1, mfa1);
    static const double shift[] = {-4, -2, -1, -0.5, 0, 0.5, 1, 2};
    printf("  the learned thresholds moved by D nats, found lost / false removed:");
    for (size_t k = 0; k < sizeof(shift) / sizeof(shift[0]); k++) {
        int l = 0, r = 0;
        for (int i = 0; i < nctexts; i++) {
            const ctext *t = &ctexts[i];
            if (veto_scope(t) && t->nvid && t->vscore > shift[k]) {
                l += t->critical;
                r += !t->critical;
            }
        }
        printf("  D %g %d/%d", shift[k], l, r);
    }
    printf("\n");
    /* BENCH_VETO_SHOW=1 lists the flags it moves (never a blind set's). */
    for (int i = 0; getenv("BENCH_VETO_SHOW") && i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (t->vetoed && !blind_set(t->set))
            printf("  %s %s %+.2f %s | %.100s\n", t->critical ? "LOST" : "REMOVED",
                   crit_sets[t->set], t->vscore, t->why, t->text);
    }
}

static int danger_cv(ll_textnorm *tn) {
    if (held_out_views(tn) != 0 || veto_held_out() != 0)
        return -1;
    static const double cut[] = {0.5, 0.9, 0.99, 0.999};
    printf("\n== critical: naive Bayes models of danger, each set held out and learned from the "
           "other %d\n",
           n_crit_sets - 1);
    printf("%-22s %9s %12s", "set", "critical", "rules*");
    for (int k = 0; k < 4; k++)
        printf("  stems>=%-5g", cut[k]);
    for (int k = 0; k < 4; k++)
        printf("  r|parts>=%-5g", cut[k]);
    printf("\n");
    for (int set = 0; set <= n_crit_sets; set++) {
        int n = 0, crit = 0, rf = 0, rfa = 0, mf[4] = {0}, mfa[4] = {0}, of[4] = {0}, ofa[4] = {0};
        for (int i = 0; i < nctexts; i++) {
            const ctext *t = &ctexts[i];
            if (set < n_crit_sets && t->set != set)
                continue;
            n++;
            crit += t->critical;
            rf += t->rules && t->critical;
            rfa += t->rules && !t->critical;
            for (int k = 0; k < 4; k++) {
                int m = t->p >= cut[k];
                mf[k] += m && t->critical;
                mfa[k] += m && !t->critical;
                int o = t->rules || t->pk >= cut[k];
                of[k] += o && t->critical;
                ofa[k] += o && !t->critical;
            }
        }
        printf("%-22s %4d/%-4d %5d (%3d)", set < n_crit_sets ? crit_sets[set] : "all", crit, n, rf,
               rfa);
        for (int k = 0; k < 4; k++)
            printf("  %5d (%4d)", mf[k], mfa[k]);
        for (int k = 0; k < 4; k++)
            printf("  %6d (%4d)", of[k], ofa[k]);
        printf("\n");
    }
    /* The gate: the smallest P that keeps every set's false share within
     * the budget, and what the rules with the parts model find there. */
    static const double gate[] = {0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999};
    printf("\nrules or parts model >= MIN, per set found/critical (false):\n");
    for (size_t g = 0; g < sizeof(gate) / sizeof(gate[0]); g++) {
        printf("MIN %-6g", gate[g]);
        int worst_ok = 1;
        for (int set = 0; set <= n_crit_sets; set++) {
            int f = 0, fa = 0, crit = 0, flag = 0, sui = 0, suif = 0;
            for (int i = 0; i < nctexts; i++) {
                const ctext *t = &ctexts[i];
                if (set < n_crit_sets && t->set != set)
                    continue;
                int o = t->rules || t->pk >= gate[g];
                crit += t->critical;
                f += o && t->critical;
                fa += o && !t->critical;
                flag += o;
                sui += t->cls == 2;
                suif += t->cls == 2 && (t->rules || (t->pk >= gate[g] && t->kcls == 2));
            }
            (void)sui;
            (void)suif;
            if (flag && fa > 0.10 * flag)
                worst_ok = 0;
            printf(" %d/%d(%d)", f, crit, fa);
        }
        printf("%s\n", worst_ok ? "  [every set within 10% false]" : "");
    }
    /* Both views agreeing: the parts model at MIN and the stem model at S, the two models bare
     * as in the tables above: nothing set aside, and a text none of whose parts the held-out
     * model knows scored at its prior, which the pipeline (ll_danger_gate, the tables below)
     * does not score (through it, MIN 0.5 would flag 4, 2, 1 fewer calm texts). */
    static const double sg[] = {0.5, 0.9, 0.995}; /* shipped: MIN 0.95, S 0.995 */
    printf("\nrules, or parts model >= MIN and stem model >= S (shipped: 0.95 and 0.995):\n");
    for (size_t g = 0; g < sizeof(gate) / sizeof(gate[0]); g++)
        for (size_t k = 0; k < sizeof(sg) / sizeof(sg[0]); k++) {
            printf("MIN %-6g S %-4g", gate[g], sg[k]);
            for (int set = 0; set <= n_crit_sets; set++) {
                int f = 0, fa = 0, crit = 0;
                for (int i = 0; i < nctexts; i++) {
                    const ctext *t = &ctexts[i];
                    if (set < n_crit_sets && t->set != set)
                        continue;
                    int o = t->rules || (t->pk >= gate[g] && t->p >= sg[k]);
                    crit += t->critical;
                    f += o && t->critical;
                    fa += o && !t->critical;
                }
                printf(" %d/%d(%d)", f, crit, fa);
            }
            printf("\n");
        }
    /* The shipped gate with the words model alone for a suicidal statement:
     * U chosen as the smallest at which the development messages get at most
     * one more false critical flag than without it (round 6). Shipped: 0.99999. */
    static const double ug[] = {0.999, 0.9999, 0.99999, 0.999999, 2};
    printf("\nrules, or both views (0.95 and 0.995), or the words model's P(suicidal) >= U "
           "(shipped: 0.99999; 2: never); last two: the message sets' false, the phrasing "
           "sets' found (false)\n");
    for (size_t k = 0; k < sizeof(ug) / sizeof(ug[0]); k++) {
        printf("U %-9g", ug[k]);
        ll_danger_gates gs = shipped_gates;
        gs.suicidal_min = ug[k];
        gs.alone_parts_min = gs.alone_words_min = 2; /* no acute danger by the words */
        int mfa = 0, pf = 0, pfa = 0;
        for (int set = 0; set <= n_crit_sets; set++) {
            int f = 0, fa = 0, crit = 0;
            for (int i = 0; i < nctexts; i++) {
                const ctext *t = &ctexts[i];
                if (set < n_crit_sets && t->set != set)
                    continue;
                int o = t->rules || ll_danger_gate(&gs, &t->v);
                crit += t->critical;
                f += o && t->critical;
                fa += o && !t->critical;
            }
            if (set < n_crit_sets && strncmp(crit_sets[set], "messages", 8) == 0)
                mfa += fa;
            else if (set < n_crit_sets) {
                pf += f;
                pfa += fa;
            }
            printf(" %d/%d(%d)", f, crit, fa);
        }
        printf("  messages false %d, phrasings %d (%d)\n", mfa, pf, pfa);
    }
    /* And an acute danger by the words (round 7): the parts model at K and the
     * words model's P(danger) at D, beside the shipped gates above. Chosen by a
     * rule stated first: the most phrasings found at which the development
     * messages get at most one more false critical flag than without it; on a
     * tie the stricter. Shipped: K 0.8, D 0.99999. */
    static const double kg[] = {0.5, 0.8, 0.9, 0.95}, dg[] = {0.99, 0.999, 0.9999, 0.99999, 2};
    printf("\nrules, or both views, or P(suicidal) >= 0.99999, or parts >= K and the words model's "
           "P(danger) >= D (shipped: K 0.8, D 0.99999; D 2: never); message sets' false, phrasing "
           "sets' found (false)\n");
    for (size_t a = 0; a < sizeof(kg) / sizeof(kg[0]); a++)
        for (size_t b = 0; b < sizeof(dg) / sizeof(dg[0]); b++) {
            printf("K %-5g D %-8g", kg[a], dg[b]);
            ll_danger_gates gs = shipped_gates;
            gs.alone_parts_min = kg[a];
            gs.alone_words_min = dg[b];
            int mfa = 0, pf = 0, pfa = 0;
            for (int set = 0; set <= n_crit_sets; set++) {
                int f = 0, fa = 0, crit = 0;
                for (int i = 0; i < nctexts; i++) {
                    const ctext *t = &ctexts[i];
                    if (set < n_crit_sets && t->set != set)
                        continue;
                    int o = t->rules || ll_danger_gate(&gs, &t->v);
                    crit += t->critical;
                    f += o && t->critical;
                    fa += o && !t->critical;
                }
                if (set < n_crit_sets && strncmp(crit_sets[set], "messages", 8) == 0)
                    mfa += fa;
                else if (set < n_crit_sets) {
                    pf += f;
                    pfa += fa;
                }
                printf(" %d/%d(%d)", f, crit, fa);
            }
            printf("  messages false %d, phrasings %d (%d)\n", mfa, pf, pfa);
        }
    veto_table();
    /* BENCH_DANGER_DUMP=FILE writes every text's held-out figures (for a grid). */
    const char *dump = getenv("BENCH_DANGER_DUMP");
    FILE *df = dump ? fopen(dump, "w") : NULL;
    for (int i = 0; df && i < nctexts; i++) {
        if (blind_set(ctexts[i].set))
            continue;
        fprintf(df, "KEYS");
        for (size_t k = 0; k < ctexts[i].nkeys; k++)
            fprintf(df, "|%s", ctexts[i].keys[k]);
        fprintf(df, "\n");
        fprintf(df, "%s\t%d\t%d\t%d\t%d\t%.12g\t%.12g\t%d\t%.12g\t%.12g\t%.12g\t%.80s\n",
                crit_sets[ctexts[i].set], ctexts[i].critical, ctexts[i].cls, ctexts[i].rules,
                ctexts[i].high, ctexts[i].pk, ctexts[i].p, ctexts[i].kcls, ctexts[i].pks,
                ctexts[i].ps, ctexts[i].p, ctexts[i].text);
    }
    if (df)
        fclose(df);
    /* BENCH_VETO_DUMP=FILE: every readable text's held-out figures as JSON lines, for trying a
     * second opinion on the flags offline. */
    const char *vdump = getenv("BENCH_VETO_DUMP");
    FILE *vf = vdump ? fopen(vdump, "w") : NULL;
    for (int i = 0; vf && i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (blind_set(t->set))
            continue;
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "set", crit_sets[t->set]);
        cJSON_AddNumberToObject(o, "si", t->set);
        cJSON_AddNumberToObject(o, "critical", t->critical);
        cJSON_AddNumberToObject(o, "cls", t->cls);
        cJSON_AddNumberToObject(o, "rules", t->rules);
        cJSON_AddNumberToObject(o, "high", t->high);
        cJSON_AddNumberToObject(o, "gate", ll_danger_gate(&shipped_gates, &t->v));
        cJSON_AddNumberToObject(o, "aside", t->v.aside);
        cJSON_AddNumberToObject(o, "nparts", (double)t->v.nparts);
        cJSON_AddNumberToObject(o, "nwords", (double)t->v.nwords);
        cJSON_AddNumberToObject(o, "pd", t->v.parts_danger);
        cJSON_AddNumberToObject(o, "ps", t->v.parts_suicidal);
        cJSON_AddNumberToObject(o, "wd", t->v.words_danger);
        cJSON_AddNumberToObject(o, "ws", t->v.words_suicidal);
        cJSON_AddStringToObject(o, "kind", t->kind ? t->kind : "");
        cJSON_AddStringToObject(o, "why", t->why);
        cJSON_AddNumberToObject(o, "crisis", t->crisis);
        cJSON *vk = cJSON_AddArrayToObject(o, "vkeys");
        for (size_t j = 0; j < t->nvkeys; j++)
            cJSON_AddItemToArray(vk, cJSON_CreateString(t->vkeys[j]));
        cJSON_AddNumberToObject(o, "vscore", t->vscore);
        cJSON *k = cJSON_AddArrayToObject(o, "keys");
        for (size_t j = 0; j < t->nkeys; j++)
            cJSON_AddItemToArray(k, cJSON_CreateString(t->keys[j]));
        cJSON_AddStringToObject(o, "text", t->text);
        char *line = cJSON_PrintUnformatted(o);
        if (line)
            fprintf(vf, "%s\n", line);
        free(line);
        cJSON_Delete(o);
    }
    if (vf)
        fclose(vf);
    /* BENCH_DANGER_SHOW=MIN lists what the parts model adds at MIN. */
    const char *show = getenv("BENCH_DANGER_SHOW");
    for (int i = 0; show && i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (t->rules || t->pk < atof(show) || t->p < 0.9 || blind_set(t->set))
            continue;
        printf("%s %s p=%.4f words=%.4f %s | %.110s\n", t->critical ? "FOUND" : "FALSE",
               crit_sets[t->set], t->pk, t->p, t->kcls == 2 ? "suicidal" : "danger", t->text);
    }
    printf("found (false): * the rules were written on every one of these sets (in-sample); "
           "critical by any rule, suicidal or not\n");
    return 0;
}

/* ----------------------------------- suicidal statements, every set held out in turn */

/* The honest figure for suicidal statements (issue 12, round 14): the rules
 * were written on every development set, so the pipeline's in-sample figure
 * (70/70 on each suicidal set) says nothing of text nobody wrote them against.
 * Here each set is held out in turn: both danger models are learned from the
 * other sets (learn_parts, learn_words), written beside a copy of urgency.conf
 * with the shipped "danger-model:" line (BENCH_DANGER_LINE replaces it), and
 * the held-out set is classified by a classifier loaded from them, so every
 * gate and veto is the pipeline's own. Per set: the rules alone (in-sample:
 * their best case), the words model alone at the line's SUICIDAL gate (held
 * out), and the pipeline (rules + held-out models), found (false). */
typedef struct sui_out {
    uint8_t crit, fam, words; /* critical; a suicidal or self-harm reason; by the words model */
    uint8_t lrw;              /* by the logistic model */
    double ps, pd;            /* the held-out words model's P(suicidal), P(danger) */
    double pk, pks;           /* the held-out parts model's P(danger or suicidal), P(suicidal) */
    double pl;                /* the held-out logistic model's P(suicidal) */
} sui_out;

/* The logistic model of suicidal statements (lrmodel.h): every text's features once, learned
 * per fold from the sets but the held-out one (BENCH_LR_LEARNED=N: from the first N only),
 * with BENCH_LR_LAMBDA, BENCH_LR_ETA, BENCH_LR_EPOCHS, BENCH_LR_MIN to try other learning. */
static ll_lr_trainer *lr_tr;
/* Rounds 16's (43-45) to 21's (58-60) sets are measured, not learned. Round 16's were tried
 * once its rules were written (12-01 23:20, BENCH_LR_LEARNED=46 --suicidal against 43): held
 * out, the logistic model alone found fewer statements (the suicidal sets 590 -> 570 of 1,183,
 * suicidal-dev15 36 -> 28, 1 false both), the pipeline as many (1,127, 16 false) and
 * --critical's K 0.8 D 0.99999 row the same (2,612/2,710, 93 false): learning them cost the
 * model and gained nothing. With rounds 16-20 (43-57) learned (12-02, session 19, --suicidal
 * over sets 0-57): with the shipped words model the pipeline 3,225 (85 false) -> 3,229 (85)
 * (see WORDS_LEARNED_SETS for it with the words model of 58 sets), the logistic model alone
 * 721 -> 731 of the suicidal sets' 1,463 statements (1 false both), in-sample the pipeline
 * finds more; but two look-alikes of test_classify become suicidal statements by it ("Welke
 * trein rijdt het snelst naar Utrecht? Ik wil het zeker weten want ik heb haast", "Als ik er
 * niet meer ben, wie regelt dan mijn uitvaart? Ik ben 82"): not shipped. Round 22's suicidal set
 * (62, suicidal-dev21) weighed on its own once its rules were written (12-03, session 21,
 * suicidal11: BENCH_LR_ALSO=62 --suicidal against the shipped 43, every set held out in its own
 * fold): the logistic model alone 784 -> 811 of the suicidal sets' 1,603 statements (1 false
 * both), the critical sets 43 -> 47, the message sets 56 (1 false) -> 57 (2 false); the pipeline
 * unchanged (suicidal sets 1,543 (14), by family 1,525; critical 1,580 (6); messages 517 (68);
 * suicidal-dev21 itself 64 (1)), --critical's K 0.8 D 0.99999 row unchanged (3,628/3,749, 101):
 * one false flag more alone and nothing gained in the pipeline, not learned. All three of round
 * 22's (BENCH_LR_ALSO=61,62,63): the pipeline 1,543 -> 1,542 (suicidal-dev20 66 -> 65); rounds
 * 16-22 (BENCH_LR_LEARNED=63 / 64): 1,546 / 1,547 (14), messages 516 (68) / 517 (66), but the
 * look-alikes above. */
#define LR_LEARNED_SETS 43
static int lr_learned = LR_LEARNED_SETS;
/* BENCH_LR_ALSO=I,J,...: the logistic model learns those sets too, beside the first lr_learned
 * (a round's set weighed on its own, held out as every set is: never in its own fold). */
static set_bits lr_also;
static ll_lr_params lr_par = {.lambda = 0.05, .eta = 0.2, .epochs = 20, .min_count = 2};
/* BENCH_LR_SCOPES=MASK marks only those scopes (lrmodel.h's order, bit 0 the negation's): what
 * the scopes add, measured on the logistic model alone (the pipeline's marks them all). */
static unsigned lr_scopes = ~0u;

static int lr_load(ll_textnorm *tn) {
    ll_lr_feats fs = {0};
    ll_nb_feats words = {0};
    int rc = -1;
    if (!(lr_tr = ll_lr_trainer_new()) || ll_lr_feats_init(&fs) != 0 ||
        ll_nb_feats_init(&words) != 0)
        goto out;
    fs.scopes &= lr_scopes;
    rc = 0;
    for (int i = 0; rc == 0 && i < nctexts; i++) {
        analyse(tn, ctexts[i].text);
        ll_nb_feats_of(tn, &words);
        rc = ll_lr_trainer_add(lr_tr, tn, &words, &fs, ctexts[i].cls == 2) == i ? 0 : -1;
    }
    /* And the training-only calm texts, each calm_lr_weight times, after them. */
    for (int i = 0; rc == 0 && i < ncalm; i++) {
        analyse(tn, calm_texts[i].text);
        ll_nb_feats_of(tn, &words);
        for (int w = 0; rc == 0 && w < calm_lr_weight; w++)
            rc = ll_lr_trainer_add(lr_tr, tn, &words, &fs, 0) >= 0 ? 0 : -1;
    }
out:
    ll_nb_feats_free(&words);
    ll_lr_feats_free(&fs);
    return rc;
}

/* BENCH_LR_DANGER=1 learns the critical texts of class danger too, as counter-examples. */
static int lr_danger;

/* The logistic model learned from every set but held_out (-1: all) below lr_learned. A
 * critical text is learned only as a suicidal statement, never as a counter-example: the
 * sets say critical or not, and outside the suicidal sets only the rules say which critical
 * text is a statement (suicidal_reason), so one they miss, the very text this model is for,
 * was learned as its opposite. When a rule change stopped naming "in jullie chat typte ik
 * 'ik kan niet meer, ik wil er een eind aan maken' ..." (messages-dev12), the retrained
 * model weighed "chat", "typt" and "automatisch antwoord" against it and lost it in-sample.
 * Held out (bench_model --suicidal, 40 sets), with the critical texts of class danger left
 * out: the logistic model alone 428 (2) -> 502 (1) of the suicidal sets' 1,043 statements,
 * the pipeline 987 (19) -> 989 (19), the critical and message sets unchanged (986 (15),
 * 298 (49)); leaving out only the message sets' ones: 988 (19). */
/* Whether the logistic model learns set (a blind set never, whatever the knobs say). */
static int lr_learns(int set) {
    return !blind_set(set) && (set < lr_learned || set_in(&lr_also, set));
}

static ll_lr *learn_lr(int held_out) {
    size_t ncalm_lr = (size_t)ncalm * (size_t)calm_lr_weight;
    uint8_t *use = calloc((size_t)nctexts + ncalm_lr + 1, 1);
    if (!use)
        return NULL;
    memset(use + nctexts, 1, ncalm_lr);
    for (int i = 0; i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        use[i] =
            t->set != held_out && lr_learns(t->set) && (!t->critical || t->cls == 2 || lr_danger);
    }
    ll_lr *lr = ll_lr_train(lr_tr, use, &lr_par);
    free(use);
    return lr;
}

/* Writes lr to path, with how it was learned. 0 or -1. */
static int write_lr(const ll_lr *lr, const char *path) {
    char what[256];
    snprintf(what, sizeof(what),
             "suicidal statements, logistic regression (bench_model --train): lambda %g, eta %g, "
             "%u epochs, features of at least %u texts",
             lr_par.lambda, lr_par.eta, lr_par.epochs, lr_par.min_count);
    FILE *f = fopen(path, "w");
    if (!f || ll_lr_write(lr, f, what) != 0) {
        if (f)
            fclose(f);
        return -1;
    }
    return fclose(f) == 0 ? 0 : -1;
}

/* The "suicidal-model:" line of urgency.conf (or BENCH_SUI_LR_LINE; "none": without it) into
 * line, "" when there is none; its MIN into *lmin (the logistic model's gate alone). */
static void sui_lr_line(char *line, size_t cap, double *lmin) {
    const char *env = getenv("BENCH_SUI_LR_LINE");
    line[0] = '\0';
    *lmin = 2;
    if (env && *env) {
        if (strcmp(env, "none") != 0)
            snprintf(line, cap, "%s\n", env);
    } else {
        FILE *f = fopen(CFG "urgency.conf", "r");
        int found = 0;
        while (f && !found && fgets(line, (int)cap, f))
            found = strncmp(line, "suicidal-model:", 15) == 0;
        if (!found)
            line[0] = '\0';
        if (f)
            fclose(f);
    }
    char a[256];
    if (line[0] && sscanf(line, "suicidal-model: %255s %lf", a, lmin) != 2)
        *lmin = 2;
}

/* The "danger-model:" line of urgency.conf (or BENCH_DANGER_LINE) into line. */
static int sui_gate_line(char *line, size_t cap, double *sumin) {
    const char *env = getenv("BENCH_DANGER_LINE");
    int rc = -1;
    if (env && *env) {
        snprintf(line, cap, "%s\n", env);
        rc = 0;
    } else {
        FILE *f = fopen(CFG "urgency.conf", "r");
        while (f && rc != 0 && fgets(line, (int)cap, f))
            if (strncmp(line, "danger-model:", 13) == 0)
                rc = 0;
        if (f)
            fclose(f);
    }
    char a[256], b[256];
    double m1, m2;
    *sumin = 2;
    if (rc == 0 && sscanf(line, "danger-model: %255s %lf %255s %lf %lf", a, &m1, b, &m2, sumin) < 4)
        rc = -1;
    return rc;
}

/* One fold: the models learned without set fold, the pipeline loaded from them, the set's
 * texts classified into out[]. 0 or -1. */
static int sui_fold(ll_textnorm *tn, int fold, const char *gate, const char *lrline, sui_out *out) {
    char dir[] = "/tmp/bench_model_sui_XXXXXX", path[512];
    ll_nb *parts = NULL, *words = NULL;
    ll_lr *lr = NULL;
    ll_lr_feats lf = {0};
    ll_nb_feats wf = {0};
    ll_classifier *c = NULL;
    ll_nb_scratch sc = {0}, ks = {0};
    int rc = -1;
    if (!mkdtemp(dir))
        return -1;
    if (!(parts = learn_parts(fold)) || !(words = learn_words(tn, fold)) ||
        !(lr = learn_lr(fold)) || ll_lr_feats_init(&lf) != 0 || ll_nb_feats_init(&wf) != 0)
        goto out;
    lf.scopes &= lr_scopes;
    snprintf(path, sizeof(path), "%s/suicidal-model.tsv", dir);
    if (write_lr(lr, path) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/danger-model.tsv", dir);
    FILE *f = fopen(path, "w");
    if (!f || ll_nb_write(parts, f, DANGER_ALPHA, DANGER_MIN_COUNT) != 0 || fclose(f) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/danger-words.tsv", dir);
    f = fopen(path, "w");
    if (!f || ll_nb_write(words, f, words_alpha, words_min) != 0 || fclose(f) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/urgency.conf", dir);
    FILE *in = fopen(rules_urg, "r"), *o = fopen(path, "w");
    char line[4096];
    while (in && o && fgets(line, sizeof(line), in))
        fputs(line, o);
    if (in)
        fclose(in);
    if (!o || fputs(gate, o) < 0 || fputs(lrline, o) < 0 || fclose(o) != 0)
        goto out;
    char err[512];
    if (!(c = ll_classifier_new(CFG "taxonomy-gemeente.conf", CFG "sentiment-nl.tsv", path, err,
                                sizeof(err)))) {
        fprintf(stderr, "bench_model: %s\n", err);
        goto out;
    }
    if (ll_nb_finish(words, words_alpha, words_min) != 0 ||
        (words_bernoulli && ll_nb_bernoulli(words) != 0) || ll_nb_scratch_init(&sc, words) != 0 ||
        ll_nb_finish(parts, DANGER_ALPHA, DANGER_MIN_COUNT) != 0 ||
        ll_nb_scratch_init(&ks, parts) != 0)
        goto out;
    for (int i = 0; i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (t->set != fold)
            continue;
        cJSON *d = cJSON_CreateObject();
        if (!d || !cJSON_AddStringToObject(d, "text", t->text) ||
            (t->kind && !cJSON_AddStringToObject(d, "kind", t->kind)) ||
            ll_enrich_text(masker, c, d) != 0)
            exit(2);
        const cJSON *u = cJSON_GetObjectItem(d, "urgency"), *r;
        const char *lvl = cJSON_GetStringValue(cJSON_GetObjectItem(u, "level"));
        sui_out *so = &out[i];
        so->crit = lvl && strcmp(lvl, "critical") == 0;
        so->fam = so->crit && suicidal_reason(d);
        cJSON_ArrayForEach(r, cJSON_GetObjectItem(u, "reasons")) {
            const char *s = cJSON_GetStringValue(r);
            so->words |= s && strstr(s, ": by its words (model ") != NULL;
            so->lrw |= s && strstr(s, ": by its words and their scope (") != NULL;
        }
        cJSON_Delete(d);
        double p[3];
        analyse(tn, t->text);
        ll_nb_score(words, tn, &sc, 1.0, p);
        so->ps = p[2];
        so->pd = p[1];
        ll_nb_score_keys(parts, (const char *const *)t->keys, t->nkeys, &ks, 1.0, p);
        so->pk = p[1] + p[2];
        so->pks = p[2];
        ll_nb_feats_of(tn, &wf);
        if (ll_lr_feats_of(tn, &wf, &lf, NULL, NULL) != 0)
            goto out;
        so->pl = ll_lr_score(lr, &lf, NULL, NULL);
    }
    rc = 0;
out:
    ll_lr_feats_free(&lf);
    ll_nb_feats_free(&wf);
    ll_lr_free(lr);
    ll_nb_scratch_free(&sc);
    ll_nb_scratch_free(&ks);
    ll_classifier_free(c);
    ll_nb_free(parts);
    ll_nb_free(words);
    remove_dir(dir, (const char *const[]){"danger-model.tsv", "danger-words.tsv",
                                          "suicidal-model.tsv", "urgency.conf", NULL});
    return rc;
}

static int suicidal_loso(ll_textnorm *tn) {
    char gate[512], lrline[512];
    double sumin, lmin;
    if (sui_gate_line(gate, sizeof(gate), &sumin) != 0) {
        fprintf(stderr, "bench_model: no 'danger-model:' line\n");
        return -1;
    }
    sui_lr_line(lrline, sizeof(lrline), &lmin);
    /* The logistic model alone is counted at its line's MIN, else (BENCH_LR_ALONE) at P. */
    double lalone = getenv("BENCH_LR_ALONE") ? atof(getenv("BENCH_LR_ALONE")) : lmin;
    if (lalone > 1)
        lalone = 0.5;
    sui_out *out = calloc((size_t)nctexts, sizeof(*out));
    if (!out || lr_load(tn) != 0) {
        free(out);
        return -1;
    }
    for (int fold = 0; fold < n_crit_sets; fold++)
        if (sui_fold(tn, fold, gate, lrline, out) != 0) {
            free(out);
            return -1;
        }
    printf("\n== suicidal statements, each of the %d sets held out in turn (the words model "
           "learned from the other sets below %d, the parts model from those below %d, the "
           "logistic model from those below %d: lambda %g, eta %g, %u epochs, min %u)\n%s%s",
           n_crit_sets, words_learned, parts_learned, lr_learned, lr_par.lambda, lr_par.eta,
           lr_par.epochs, lr_par.min_count, gate,
           lrline[0] ? lrline : "(no suicidal-model line)\n");
    printf("%-22s %8s  %-11s %-11s %-11s %-11s %-9s\n", "set", "critical", "rules*", "model",
           "logistic", "pipeline", "by family");
    /* Totals: the suicidal sets, the critical sets, the message sets; found and false. */
    enum { COLS = 5 };
    int tot[3][COLS + 1] = {{0}}, totfa[3][COLS] = {{0}};
    static const char *const kinds[3] = {"suicidal sets", "critical sets", "message sets"};
    for (int set = 0; set < n_crit_sets; set++) {
        int row[COLS + 1] = {0}, fa[COLS] = {0};
        for (int i = 0; i < nctexts; i++) {
            const ctext *t = &ctexts[i];
            if (t->set != set)
                continue;
            int by[COLS] = {0, t->rules, out[i].ps >= sumin, out[i].pl >= lalone, out[i].crit};
            row[0] += t->critical;
            for (int j = 1; j < COLS; j++) {
                row[j] += by[j] && t->critical;
                fa[j] += by[j] && !t->critical;
            }
            row[COLS] += out[i].fam && t->critical;
        }
        int k = suicidal_set(set) ? 0 : strncmp(crit_sets[set], "messages", 8) == 0 ? 2 : 1;
        printf("%-22s %8d ", crit_sets[set], row[0]);
        for (int j = 1; j < COLS; j++)
            printf(" %4d (%3d) ", row[j], fa[j]);
        printf(" %4d\n", row[COLS]);
        for (int j = 0; j <= COLS; j++)
            tot[k][j] += row[j];
        for (int j = 0; j < COLS; j++)
            totfa[k][j] += fa[j];
    }
    for (int k = 0; k < 3; k++) {
        printf("%-22s %8d ", kinds[k], tot[k][0]);
        for (int j = 1; j < COLS; j++)
            printf(" %4d (%3d) ", tot[k][j], totfa[k][j]);
        printf(" %4d\n", tot[k][COLS]);
    }
    /* BENCH_SUI_DUMP=FILE writes every text's held-out figures and parts (for a grid): set,
     * critical, class, rules, pipeline, found by a family (1) | by the words (2) | by the
     * logistic model (4), the words model's P(suicidal), P(danger), the parts model's
     * P(danger or suicidal), P(suicidal), the logistic model's P(suicidal), the parts, the
     * text. */
    FILE *df = getenv("BENCH_SUI_DUMP") ? fopen(getenv("BENCH_SUI_DUMP"), "w") : NULL;
    for (int i = 0; df && i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (blind_set(t->set))
            continue;
        fprintf(df, "%s\t%d\t%d\t%d\t%d\t%d\t%.12g\t%.12g\t%.12g\t%.12g\t%.6g\t", crit_sets[t->set],
                t->critical, t->cls, t->rules, out[i].crit,
                out[i].fam | out[i].words << 1 | out[i].lrw << 2, out[i].ps, out[i].pd, out[i].pk,
                out[i].pks, out[i].pl);
        for (size_t k = 0; k < t->nkeys; k++)
            fprintf(df, "%s|", t->keys[k]);
        fprintf(df, "\t%.100s\n", t->text);
    }
    if (df)
        fclose(df);
    /* BENCH_SUI_SHOW=1 lists the suicidal sets' held-out misses and every false flag. */
    for (int i = 0; getenv("BENCH_SUI_SHOW") && i < nctexts; i++) {
        const ctext *t = &ctexts[i];
        if (((t->critical && suicidal_set(t->set) && !out[i].crit) ||
             (!t->critical && out[i].crit)) &&
            !blind_set(t->set))
            printf("%s %s ps=%.6f pl=%.4f%s%s | %.150s\n", t->critical ? "MISS " : "FALSE",
                   crit_sets[t->set], out[i].ps, out[i].pl, t->rules ? " rules" : "",
                   out[i].lrw ? " logistic" : "", t->text);
    }
    printf("found (false): rules* the shipped rules alone (written on every one of these sets: "
           "in-sample); model: the held-out words model alone, P(suicidal) >= %g; logistic: the "
           "held-out logistic model alone, P(suicidal) >= %g; pipeline: the rules with the "
           "held-out models through the lines above; by family: found with a suicidal or "
           "self-harm reason\n",
           sumin, lalone);
    free(out);
    ll_lr_trainer_free(lr_tr);
    lr_tr = NULL;
    return 0;
}

/* Writes the shipped models: theme and sentiment (the taxonomy's "model:"
 * and "sentiment-model:" lines), the two danger models (urgency.conf). */
/* ------------------------------------ a discriminative theme model (measured, not shipped) */

/* Multinomial logistic regression over the complement model's features (each stem and
 * pair of stems a text holds, once; those of at least MIN_COUNT training messages), L2 on
 * the weights a message updates, by stochastic gradient in the messages' order (no
 * randomness: the same figures every run). Does a discriminative model, alone, in place
 * of the complement model in the vote or beside it, generalise to a set it never saw
 * better than the shipped vote (issue 12, round 8)? The vote is classify.c's own
 * (ll_theme_vote_cast) cast as round 8's line had it (added, weight 0.75, untempered) over what
 * the rules gave each theme (ll_classifier_theme_evidence); until theme27 it was a copy of
 * that vote over the scores the rules listed, without the crisis floor. */
#define LR_EPOCHS 20
#define LR_ETA 0.1     /* learning rate, divided by 1 + 0.3 x epoch */
#define LR_THEME_MIN 1 /* taxonomy-gemeente.conf "minimum: 1" */
#define LR_VOTE_W 0.75 /* its "model: theme-model.tsv 0.75 1 complement" */

typedef struct lr_doc {
    uint64_t *fh; /* the text's feature hashes, sorted, each once */
    size_t nf;
    /* what the rules gave each theme: in all, by structure, by a person in crisis */
    double rules[LL_NB_MAX_CLASSES], structv[LL_NB_MAX_CLASSES], crisis[LL_NB_MAX_CLASSES];
    double cnb[LL_NB_MAX_CLASSES];   /* held out: the complement model's log posterior */
    double lr[LL_NB_MAX_CLASSES][3]; /* held out: the logistic model's, per lambda */
    int cnb_known, lr_known;
} lr_doc;

static const double lr_lambda[3] = {0.01, 0.03, 0.1};

static int cmp_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The index of hash h in the sorted vocabulary, or -1. */
static long lr_index(const uint64_t *voc, size_t nv, uint64_t h) {
    const uint64_t *p = bsearch(&h, voc, nv, sizeof(*voc), cmp_u64);
    return p ? (long)(p - voc) : -1;
}

/* The logits of document d: its bias plus the weights of its features in the vocabulary;
 * returns how many of its features the vocabulary knows. */
static int lr_logits(const lr_doc *d, const uint64_t *voc, size_t nv, const double *w,
                     const double *bias, size_t k, double *z) {
    int known = 0;
    memcpy(z, bias, k * sizeof(*z));
    for (size_t f = 0; f < d->nf; f++) {
        long x = lr_index(voc, nv, d->fh[f]);
        known += x >= 0;
        for (size_t c = 0; x >= 0 && c < k; c++)
            z[c] += w[(size_t)x * k + c];
    }
    return known;
}

/* Trains on every document outside fold (set) and writes the held-out documents' log
 * posteriors under lambda li. 0 or -1 (out of memory). */
static int lr_fold(lr_doc *ld, int fold, int li) {
    size_t total = 0, nv = 0, k = nthemes;
    for (int i = 0; i < ndocs; i++)
        if (docs[i].set != fold)
            total += ld[i].nf;
    uint64_t *all = malloc((total + 1) * sizeof(*all));
    double *w = NULL;
    if (!all)
        return -1;
    total = 0;
    for (int i = 0; i < ndocs; i++)
        if (docs[i].set != fold) {
            memcpy(all + total, ld[i].fh, ld[i].nf * sizeof(*all));
            total += ld[i].nf;
        }
    qsort(all, total, sizeof(*all), cmp_u64);
    for (size_t i = 0; i < total;) { /* kept: held by at least MIN_COUNT messages */
        size_t j = i;
        while (j < total && all[j] == all[i])
            j++;
        if (j - i >= MIN_COUNT)
            all[nv++] = all[i];
        i = j;
    }
    double bias[LL_NB_MAX_CLASSES] = {0}, z[LL_NB_MAX_CLASSES];
    if (!(w = calloc(nv * k + 1, sizeof(*w)))) {
        free(all);
        return -1;
    }
    for (int ep = 0; ep < LR_EPOCHS; ep++) {
        double eta = LR_ETA / (1 + 0.3 * ep);
        for (int i = 0; i < ndocs; i++) {
            if (docs[i].set == fold)
                continue;
            lr_logits(&ld[i], all, nv, w, bias, k, z);
            double m = z[0], s = 0;
            for (size_t c = 1; c < k; c++)
                m = fmax(m, z[c]);
            for (size_t c = 0; c < k; c++)
                s += (z[c] = exp(z[c] - m));
            for (size_t c = 0; c < k; c++) /* the gradient of the log loss */
                z[c] = z[c] / s - ((int)c == docs[i].theme);
            for (size_t f = 0; f < ld[i].nf; f++) {
                long x = lr_index(all, nv, ld[i].fh[f]);
                for (size_t c = 0; x >= 0 && c < k; c++) {
                    double *wc = &w[(size_t)x * k + c];
                    *wc -= eta * (z[c] + lr_lambda[li] * *wc);
                }
            }
            for (size_t c = 0; c < k; c++)
                bias[c] -= eta * z[c];
        }
    }
    for (int i = 0; i < ndocs; i++) {
        if (docs[i].set != fold)
            continue;
        ld[i].lr_known = lr_logits(&ld[i], all, nv, w, bias, k, z);
        double m = z[0], s = 0;
        for (size_t c = 1; c < k; c++)
            m = fmax(m, z[c]);
        for (size_t c = 0; c < k; c++)
            s += exp(z[c] - m);
        for (size_t c = 0; c < k; c++)
            ld[i].lr[c][li] = z[c] - m - log(s);
    }
    free(w);
    free(all);
    return 0;
}

/* The theme classify.c's themes stage names after the vote: the first of the highest scores of
 * the themes a rule named (rules) or the vote lifted to the minimum, if it reaches the minimum;
 * else "overig". */
static int voted_theme(const double *rules, const double *sc, double tmin) {
    int best = -1;
    for (size_t c = 0; c < nthemes; c++)
        if (sc[c] > 0 && (rules[c] > 0 || sc[c] >= tmin) && (best < 0 || sc[c] > sc[best]))
            best = (int)c;
    return best >= 0 && sc[best] >= tmin ? best : index_in(theme_ids, (int)nthemes, "overig");
}

/* The theme classify.c's complement vote (ll_theme_vote_cast, additive as the line above
 * had it) leaves, over the log posterior lp. */
static int lr_vote(const lr_doc *d, const double *lp, int known, double weight) {
    double sc[LL_NB_MAX_CLASSES];
    memcpy(sc, d->rules, sizeof(sc));
    if (known && weight > 0) {
        const ll_theme_vote v = {.weight = weight,
                                 .theme_min = LR_THEME_MIN,
                                 .overig = index_in(theme_ids, (int)nthemes, "overig")};
        ll_theme_vote_cast(&v, lp, nthemes, NULL, sc, d->structv, d->crisis, nthemes);
    }
    return voted_theme(d->rules, sc, LR_THEME_MIN);
}

/* One row: held-out theme accuracy per set and over all of a way to decide. */
static void lr_row(const lr_doc *ld, const char *what, int li, double wl, double wc, int alone) {
    int ok[MAX_SETS + 1] = {0}, n[MAX_SETS + 1] = {0};
    for (int i = 0; i < ndocs; i++) {
        double lp[LL_NB_MAX_CLASSES];
        for (size_t c = 0; c < nthemes; c++)
            lp[c] = wc * ld[i].cnb[c] + (li >= 0 ? wl * ld[i].lr[c][li] : 0);
        int known = (wc > 0 && ld[i].cnb_known) || (li >= 0 && wl > 0 && ld[i].lr_known);
        int t;
        if (alone) {
            t = 0;
            for (size_t c = 1; c < nthemes; c++)
                if (lp[c] > lp[t])
                    t = (int)c;
            t = known ? t : -1;
        } else {
            t = lr_vote(&ld[i], lp, known, LR_VOTE_W);
        }
        int idx[2] = {docs[i].set, n_sets};
        for (int j = 0; j < 2; j++) {
            n[idx[j]]++;
            ok[idx[j]] += t == docs[i].theme;
        }
    }
    printf("%-44s", what);
    for (int j = 0; j <= n_sets; j++)
        printf(" %.3f", (double)ok[j] / n[j]);
    printf("\n");
}

/* bench_model --logistic: every set left out in turn. */
static int logistic(ll_textnorm *tn, ll_classifier *rules) {
    lr_doc *ld = calloc((size_t)ndocs, sizeof(*ld));
    ll_nb_feats fs = {0};
    int rc = -1;
    if (!ld || ll_nb_feats_init(&fs) != 0)
        goto out;
    for (int i = 0; i < ndocs; i++) {
        const doc *d = &docs[i];
        analyse(tn, d->text);
        ll_nb_feats_of(tn, &fs);
        if (!(ld[i].fh = malloc((fs.n + 1) * sizeof(uint64_t))))
            goto out;
        for (size_t f = 0; f < fs.n; f++)
            ld[i].fh[f] = fs.f[f].hash;
        qsort(ld[i].fh, fs.n, sizeof(uint64_t), cmp_u64);
        for (size_t f = 0; f < fs.n; f++)
            if (!ld[i].nf || ld[i].fh[ld[i].nf - 1] != ld[i].fh[f])
                ld[i].fh[ld[i].nf++] = ld[i].fh[f];
        cJSON *in = cJSON_CreateObject();
        if (!in || !cJSON_AddStringToObject(in, "text", d->text) ||
            (d->subject && !cJSON_AddStringToObject(in, "subject", d->subject)) ||
            (d->kind && !cJSON_AddStringToObject(in, "kind", d->kind)) ||
            (d->channel && !cJSON_AddStringToObject(in, "channel", d->channel)) ||
            ll_classify(rules, in) != 0) {
            cJSON_Delete(in);
            goto out;
        }
        ll_classifier_theme_evidence(rules, ld[i].rules, ld[i].structv, ld[i].crisis);
        cJSON_Delete(in);
    }
    for (int fold = 0; fold < n_sets; fold++) {
        ll_nb *th = ll_nb_new(theme_ids, nthemes);
        ll_nb_scratch sc = {0};
        if (th && theme_guard)
            ll_nb_guard(th, guard_words, theme_guard);
        if (th)
            ll_nb_pairs_min(th, theme_pairs);
        for (int i = 0; th && i < ndocs; i++) {
            if (docs[i].set == fold)
                continue;
            analyse(tn, docs[i].text);
            if (ll_nb_add(th, tn, (size_t)docs[i].theme) != 0) {
                ll_nb_free(th);
                th = NULL;
            }
        }
        if (!th || ll_nb_finish(th, theme_alpha, THEME_MIN_COUNT) != 0 ||
            ll_nb_complement(th, 0, 1) != 0 || ll_nb_scratch_init(&sc, th) != 0) {
            ll_nb_free(th);
            goto out;
        }
        for (int i = 0; i < ndocs; i++) {
            double p[LL_NB_MAX_CLASSES];
            if (docs[i].set != fold)
                continue;
            analyse(tn, docs[i].text);
            ld[i].cnb_known = ll_nb_score(th, tn, &sc, 1.0, p) > 0;
            for (size_t c = 0; c < nthemes; c++)
                ld[i].cnb[c] = log(fmax(p[c], 1e-300));
        }
        ll_nb_scratch_free(&sc);
        ll_nb_free(th);
        for (int li = 0; li < 3; li++)
            if (lr_fold(ld, fold, li) != 0)
                goto out;
    }
    printf("\n== logistic regression (%d epochs) beside the complement model: theme, leave one "
           "set out\n%-44s",
           LR_EPOCHS, "");
    for (int j = 0; j < n_sets; j++)
        printf(" %.5s", sets[j] + 9);
    printf(" all\n");
    lr_row(ld, "rules", -1, 0, 0, 0);
    lr_row(ld, "rules + complement (shipped)", -1, 0, 1, 0);
    lr_row(ld, "complement alone", -1, 0, 1, 1);
    static const double beside[] = {0.25, 0.5};
    for (int li = 0; li < 3; li++) {
        char what[64];
        snprintf(what, sizeof(what), "logistic L2 %g alone", lr_lambda[li]);
        lr_row(ld, what, li, 1, 0, 1);
        snprintf(what, sizeof(what), "rules + logistic L2 %g", lr_lambda[li]);
        lr_row(ld, what, li, 1, 0, 0);
        for (int b = 0; b < 2; b++) {
            snprintf(what, sizeof(what), "rules + complement + %g x logistic", beside[b]);
            lr_row(ld, what, li, beside[b], 1, 0);
        }
    }
    rc = 0;
out:
    for (int i = 0; ld && i < ndocs; i++)
        free(ld[i].fh);
    free(ld);
    ll_nb_feats_free(&fs);
    return rc;
}

/* ------------------------------------ theme model variants, the vote replayed (measured) */

/* bench_model --theme: ways of weighing the theme model, each set left out in turn, decided by
 * classify.c's vote ("complement product", complement_vote) replayed over what the rules gave
 * each theme (ll_classifier_theme_evidence, read once per message), so that a way is measured
 * at every weight of the vote without a classifier per fold, way and weight. The replay reads
 * every word of a text (the pipeline leaves a crisis's words out of the model: a few messages
 * may differ): over the thirty-four sets of 12-05 it found 8,465 where the pipeline
 * (BENCH_SETTING=25) found 8,466. A way: the complement model's weights plus odds times the
 * multinomial model's (log P(f | c) and its prior: at 1, each feature weighs
 * log P(f | c) / P(f | every other class), the odds of the class against the rest), each
 * feature of two words at pairs times its weight, the posterior tempered by T; both models are
 * sums over the same features, so a way is one table of weights, as large as either
 * (ll_nb_complement). Per way: found at the product's weight 0.5 and the structure's 0.75 a
 * nat (the vote as it was), at the grid's best (w, s), with (w, s) chosen on the other sets in
 * each fold; last, the way and its weights chosen so.
 * Figures (issue 12, theme26; thirty-five sets, 10,020 messages, development 36 learned): the
 * plain model (odds 0, pairs 1, T 1) 8,740 as it was, 8,745 at its best. Measured and dropped
 * on the way: each class's weights normalised to one sum (Rennie et al.'s weight
 * normalisation) 8,471 / 8,475 of 9,720 (the plain model 8,465 / 8,470 there); the sums
 * divided by the root of the features a text holds 8,464 / 8,466; the words alone (pairs 0)
 * 8,197 / 8,242. Odds 0.1-0.3 with pairs 0.75-1 at T 1: 8,766-8,813 at their best, the way
 * and weights chosen inside the folds 8,813 (odds 0.2 pairs 0.75 w 0.4 s 0.5 in all 35), 8,796
 * with s held at 0.75; but at T 1 the gates read sharper sums (a theme named alone on a gap the
 * plain model did not reach, a structure outvoted: two own-words tests of test_classify lost).
 * Shipped: odds 0.2 pairs 0.75 T 1.5 w 0.6 s 0.75, 8,792, every test kept. */
static const double tv_mnb[] = {0, 0.1, 0.15, 0.2, 0.3};
static const double tv_pairs[] = {0.75, 0.9, 1};
static const double tv_temp[] = {1, 1.25, 1.5, 2};
#define TV_NM (sizeof(tv_mnb) / sizeof(tv_mnb[0]))
#define TV_NP (sizeof(tv_pairs) / sizeof(tv_pairs[0]))
#define TV_NT (sizeof(tv_temp) / sizeof(tv_temp[0]))
#define TV_WAYS (TV_NM * TV_NP * TV_NT)
#define TV_MNB(v) tv_mnb[(v) / (TV_NP * TV_NT)]
#define TV_PAIRS(v) tv_pairs[(v) / TV_NT % TV_NP]
#define TV_TEMP(v) tv_temp[(v) % TV_NT]
static const double tv_w[] = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 1.0};
static const double tv_s[] = {0.5, 0.75, 1.0, 1.25};
#define TV_NW (sizeof(tv_w) / sizeof(tv_w[0]))
#define TV_NS (sizeof(tv_s) / sizeof(tv_s[0]))
#define TV_SHIP_ODDS 0.2 /* the shipped line's way (taxonomy-gemeente.conf) */
#define TV_SHIP_PAIRS 0.75
#define TV_SHIP_TEMP 1.5
#define TV_SHIP_W 4 /* 0.5 */
#define TV_SHIP_S 1 /* 0.75 */

/* The held-out logits (up to a constant per message) of the complement model and of it with
 * the multinomial model's added (ll_nb_complement's own 1), every feature and the words' alone
 * (pairs = full - words; the multinomial model = the sum - the complement model). */
enum { TV_CF, TV_CW, TV_AF, TV_AW, TV_PARTS };
typedef struct tv_doc {
    double rules[LL_NB_MAX_CLASSES], structv[LL_NB_MAX_CLASSES], crisis[LL_NB_MAX_CLASSES];
    double l[TV_PARTS][LL_NB_MAX_CLASSES];
    int known; /* the model's known features */
} tv_doc;

/* The theme classify.c's complement vote with "product" (ll_theme_vote_cast) leaves, over the
 * log posterior lp. */
static int tv_vote(const tv_doc *d, const double *lp, double w, double s, double tmin) {
    double sc[LL_NB_MAX_CLASSES];
    memcpy(sc, d->rules, sizeof(sc));
    if (d->known) {
        const ll_theme_vote v = {.weight = w,
                                 .product = 1,
                                 .struct_per_nat = s,
                                 .theme_min = tmin,
                                 .overig = index_in(theme_ids, (int)nthemes, "overig")};
        ll_theme_vote_cast(&v, lp, nthemes, NULL, sc, d->structv, d->crisis, nthemes);
    }
    return voted_theme(d->rules, sc, tmin);
}

/* The log posterior of way (odds mnb, pairs, T temp) over d's held-out parts. */
static void tv_logits(const tv_doc *d, double mnb, double pairs, double temp, double *lp) {
    for (size_t c = 0; c < nthemes; c++) {
        double mw = d->l[TV_AW][c] - d->l[TV_CW][c], mf = d->l[TV_AF][c] - d->l[TV_CF][c];
        lp[c] = (d->l[TV_CW][c] + pairs * (d->l[TV_CF][c] - d->l[TV_CW][c]) +
                 mnb * (mw + pairs * (mf - mw))) /
                temp;
    }
}

/* Per channel, what the shipped line's vote (product 0.6, structure 0.75) finds of the messages
 * and of those with a subject line: where a way of reading the subject wins or loses. */
static void tv_channels(const tv_doc *td, double mnb, double pairs, double temp, double tmin) {
    static const char *const chans[] = {"email", "web", "phone", "balie", "desk"};
    for (size_t ch = 0; ch < sizeof(chans) / sizeof(chans[0]); ch++) {
        int found = 0, n = 0, found_s = 0, n_s = 0;
        for (int i = 0; i < ndocs; i++) {
            double lp[LL_NB_MAX_CLASSES];
            if (!docs[i].channel || strcmp(docs[i].channel, chans[ch]) != 0)
                continue;
            tv_logits(&td[i], mnb, pairs, temp, lp);
            int ok = tv_vote(&td[i], lp, 0.6, 0.75, tmin) == docs[i].theme;
            n++;
            found += ok;
            n_s += docs[i].subject != NULL;
            found_s += ok && docs[i].subject;
        }
        printf("  channel %-6s %d of %d at 0.6/0.75, with a subject line %d of %d\n", chans[ch],
               found, n, found_s, n_s);
    }
}

/* The held-out logits of model nb for the documents of fold into part v (untempered, up to a
 * constant: a posterior tempered a thousandfold does not underflow). */
static int tv_score(ll_textnorm *tn, tv_doc *td, const ll_nb *nb, int fold, int v) {
    ll_nb_scratch sc = {0};
    if (ll_nb_scratch_init(&sc, nb) != 0)
        return -1;
    for (int i = 0; i < ndocs; i++) {
        double p[LL_NB_MAX_CLASSES];
        if (docs[i].set != fold)
            continue;
        analyse_theme(tn, &docs[i], 0);
        size_t n = ll_nb_score(nb, tn, &sc, 1000.0, p);
        if (v == TV_CF)
            td[i].known = (int)n;
        for (size_t c = 0; c < nthemes; c++)
            td[i].l[v][c] = 1000.0 * log(p[c]);
    }
    ll_nb_scratch_free(&sc);
    return 0;
}

static int theme_ways(ll_textnorm *tn, ll_classifier *rules) {
    tv_doc *td = calloc((size_t)ndocs, sizeof(*td));
    double tmin = 0;
    int rc = -1;
    if (!td)
        return -1;
    for (int i = 0; i < ndocs; i++) {
        const doc *d = &docs[i];
        cJSON *in = cJSON_CreateObject();
        if (!in || !cJSON_AddStringToObject(in, "text", d->text) ||
            (d->subject && !cJSON_AddStringToObject(in, "subject", d->subject)) ||
            (d->kind && !cJSON_AddStringToObject(in, "kind", d->kind)) ||
            (d->channel && !cJSON_AddStringToObject(in, "channel", d->channel)) ||
            ll_classify(rules, in) != 0) {
            cJSON_Delete(in);
            goto out;
        }
        tmin = ll_classifier_theme_evidence(rules, td[i].rules, td[i].structv, td[i].crisis);
        cJSON_Delete(in);
    }
    for (int fold = 0; fold < n_sets; fold++) {
        ll_nb *th = NULL, *se = NULL, *q = NULL, *h = NULL;
        if (fit(tn, fold, 1, &th, &se, &q, &h) != 0)
            goto out;
        ll_nb_free(se);
        ll_nb_free(q);
        ll_nb_free(h);
        int bad = ll_nb_finish(th, theme_alpha, THEME_MIN_COUNT) != 0 ||
                  ll_nb_complement(th, 0, 1) != 0 || tv_score(tn, td, th, fold, TV_CF) != 0 ||
                  ll_nb_complement(th, 0, 0) != 0 || tv_score(tn, td, th, fold, TV_CW) != 0 ||
                  ll_nb_complement(th, 1, 1) != 0 || tv_score(tn, td, th, fold, TV_AF) != 0 ||
                  ll_nb_complement(th, 1, 0) != 0 || tv_score(tn, td, th, fold, TV_AW) != 0;
        ll_nb_free(th);
        if (bad)
            goto out;
        fprintf(stderr, "bench_model --theme: fold %d of %d\n", fold + 1, n_sets);
    }
    printf("\n== theme, leave one set out (%d sets, %d messages): the vote replayed per way of "
           "weighing the model; found at the shipped weights (product 0.5, structure 0.75), at "
           "the best (w, s) of the grid, with (w, s) chosen on the other sets in each fold\n",
           n_sets, ndocs);
    static int ok[TV_WAYS][TV_NW][TV_NS][MAX_SETS];
    static int tot[TV_WAYS][TV_NW][TV_NS];
    memset(ok, 0, sizeof(ok));
    memset(tot, 0, sizeof(tot));
    for (size_t v = 0; v < TV_WAYS; v++) {
        double mnb = TV_MNB(v), pairs = TV_PAIRS(v), temp = TV_TEMP(v);
        for (int i = 0; i < ndocs; i++) {
            const tv_doc *d = &td[i];
            double lp[LL_NB_MAX_CLASSES];
            tv_logits(d, mnb, pairs, temp, lp);
            for (size_t a = 0; a < TV_NW; a++)
                for (size_t b = 0; b < TV_NS; b++)
                    ok[v][a][b][docs[i].set] +=
                        tv_vote(d, lp, tv_w[a], tv_s[b], tmin) == docs[i].theme;
        }
        int ba = 0, bb = 0, nested = 0;
        for (size_t a = 0; a < TV_NW; a++)
            for (size_t b = 0; b < TV_NS; b++) {
                for (int j = 0; j < n_sets; j++)
                    tot[v][a][b] += ok[v][a][b][j];
                if (tot[v][a][b] > tot[v][ba][bb])
                    ba = (int)a, bb = (int)b;
            }
        for (int j = 0; j < n_sets; j++) {
            int fa = 0, fb = 0;
            for (size_t a = 0; a < TV_NW; a++)
                for (size_t b = 0; b < TV_NS; b++)
                    if (tot[v][a][b] - ok[v][a][b][j] > tot[v][fa][fb] - ok[v][fa][fb][j])
                        fa = (int)a, fb = (int)b;
            nested += ok[v][fa][fb][j];
        }
        printf(
            "odds %-4g pairs %-4g T %-4g at 0.5/0.75 %d, best %d at %g/%g, nested %d; s 0.75:", mnb,
            pairs, temp, tot[v][TV_SHIP_W][TV_SHIP_S], tot[v][ba][bb], tv_w[ba], tv_s[bb], nested);
        for (size_t a = 0; a < TV_NW; a++)
            printf(" %g=%d", tv_w[a], tot[v][a][TV_SHIP_S]);
        printf("\n");
        if (mnb == TV_SHIP_ODDS && pairs == TV_SHIP_PAIRS && temp == TV_SHIP_TEMP)
            tv_channels(td, mnb, pairs, temp, tmin);
    }
    /* The way and its weights chosen on the other sets, scored on the one left out; then with
     * the structure's loss per nat held at the shipped one (a constant of classify.h). */
    for (int only_s = 0; only_s < 2; only_s++) {
        int nested = 0, picked[TV_WAYS][TV_NW][TV_NS] = {{{0}}};
        for (int j = 0; j < n_sets; j++) {
            size_t fv = 0, fa = 0, fb = TV_SHIP_S;
            for (size_t v = 0; v < TV_WAYS; v++)
                for (size_t a = 0; a < TV_NW; a++)
                    for (size_t b = 0; b < TV_NS; b++)
                        if ((!only_s || b == TV_SHIP_S) &&
                            tot[v][a][b] - ok[v][a][b][j] > tot[fv][fa][fb] - ok[fv][fa][fb][j])
                            fv = v, fa = a, fb = b;
            nested += ok[fv][fa][fb][j];
            picked[fv][fa][fb]++;
        }
        printf("way and weights chosen inside the folds%s: %d (picked:",
               only_s ? ", s held at 0.75" : "", nested);
        for (size_t v = 0; v < TV_WAYS; v++)
            for (size_t a = 0; a < TV_NW; a++)
                for (size_t b = 0; b < TV_NS; b++)
                    if (picked[v][a][b])
                        printf(" odds %g pairs %g T %g w %g s %g x%d", TV_MNB(v), TV_PAIRS(v),
                               TV_TEMP(v), tv_w[a], tv_s[b], picked[v][a][b]);
        printf(")\n");
    }
    rc = 0;
out:
    free(td);
    return rc;
}

/* ------------------------------------------------ a vote of two levels, its weight chosen held out */

/* bench_model --urgency: whether a learned vote between two levels (the high model's normal
 * and high; for comparison low and normal of texts that are no question) wins held out by
 * set with its weight W chosen inside the folds: for each set held out, W is the one that
 * does best on the other sets, each of those read by a model that learned neither it nor the
 * held-out set. A model per pair of sets (34 x 33) is naive Bayes over counts less the two
 * sets' (vote_z: ll_nb_finish's weights over the same features and counts, without
 * ll_nb_guard's check of rare words, whose few features the pipeline's run below reads);
 * the rules' level each message starts from is the pipeline's, held out by set without the
 * vote. Then the pipeline itself runs each set with its chosen W, and its figures are the
 * ones to quote (vote_z's own beside them show how close it is).
 * 12-05 (issue 12, urgency26), thirty-five sets, features of three messages: the pipeline
 * 9,188 -> 9,226 of 10,020 (vote_z 9,226); lifting only 9,226; questions read too 9,233 (two
 * right tests turn: classify.c, high_vote), lifting only 9,223; low or normal of texts that
 * are no question 9,187, no gain (the rules and the question model leave little there). */
#define VOTE_NW 34 /* W = 0, 0.5, ..., 16, and the last: no vote */
#define VOTE_NONE (VOTE_NW - 1)
static double vote_w(int k) { return k == VOTE_NONE ? -1 : 0.5 * k; }

typedef struct vote_exp {
    const char *title;
    int lower, upper;          /* the two levels (urg_names' indexes) */
    int (*reads)(const doc *); /* the messages it learns and reads, by kind */
    int lift_only;             /* 1: it never turns the upper level down */
} vote_exp;

static int any_kind(const doc *d) {
    (void)d;
    return 1;
}
static int not_asked(const doc *d) { return !d->kind || strcmp(d->kind, "question") != 0; }
static int no_question(const doc *d) {
    return d->kind && (strcmp(d->kind, "complaint") == 0 || strcmp(d->kind, "objection") == 0 ||
                       strcmp(d->kind, "report") == 0 || strcmp(d->kind, "signal") == 0);
}

typedef struct vote_data {
    uint32_t **fid; /* each message's features (the vocabulary's indexes), each once */
    size_t *nf;
    size_t nv;
    uint32_t *cnt; /* nv x 2: messages of the lower / upper level holding each feature */
    uint32_t ndoc[2];
} vote_data;

static int vote_learns(const vote_exp *e, const doc *d) {
    return (d->urg == e->lower || d->urg == e->upper) && e->reads(d);
}

/* Adds (sign 1) or takes away (-1) the counts of the messages of set (-1: none). */
static void vote_count(vote_data *vd, const vote_exp *e, int set, int sign) {
    for (int i = 0; i < ndocs; i++) {
        if (set >= 0 && docs[i].set != set)
            continue;
        if (!vote_learns(e, &docs[i]))
            continue;
        int c = docs[i].urg == e->upper;
        vd->ndoc[c] += (uint32_t)sign;
        for (size_t f = 0; f < vd->nf[i]; f++)
            vd->cnt[2 * vd->fid[i][f] + (size_t)c] += (uint32_t)sign;
    }
}

/* The log odds of the upper level of every message of set score, by a model learned from
 * every set but out1 and out2; NAN where it knows no feature of the message. */
static void vote_z(vote_data *vd, const vote_exp *e, int out1, int out2, int score, double *z) {
    vote_count(vd, e, out1, -1);
    if (out2 != out1)
        vote_count(vd, e, out2, -1);
    double tot[2] = {0}, v = 0;
    for (size_t f = 0; f < vd->nv; f++)
        if (vd->cnt[2 * f] + vd->cnt[2 * f + 1] >= h_min) {
            tot[0] += vd->cnt[2 * f];
            tot[1] += vd->cnt[2 * f + 1];
            v++;
        }
    double n = vd->ndoc[0] + vd->ndoc[1];
    double prior = log((vd->ndoc[1] + 1.0) / (n + 2)) - log((vd->ndoc[0] + 1.0) / (n + 2));
    for (int i = 0; i < ndocs; i++) {
        if (docs[i].set != score)
            continue;
        double l = prior;
        int known = 0;
        for (size_t f = 0; f < vd->nf[i]; f++) {
            const uint32_t *c = vd->cnt + 2 * vd->fid[i][f];
            if (c[0] + c[1] < h_min)
                continue;
            known = 1;
            l += log((c[1] + ALPHA) / (tot[1] + ALPHA * v)) -
                 log((c[0] + ALPHA) / (tot[0] + ALPHA * v));
        }
        z[i] = known ? l : NAN;
    }
    vote_count(vd, e, out1, 1);
    if (out2 != out1)
        vote_count(vd, e, out2, 1);
}

/* The level message i ends at: the pipeline's without the vote, turned as model_turns
 * (classify.c) turns it at weight W (k: vote_w's index). */
static int vote_level(const vote_exp *e, int i, double z, int k) {
    int pre = docs[i].got_urg;
    if (k == VOTE_NONE || isnan(z) || (pre != e->lower && pre != e->upper) || !e->reads(&docs[i]))
        return pre;
    double w = vote_w(k);
    if (pre == e->upper)
        return e->lift_only || z + w > 0 ? pre : e->lower;
    return z - w <= 0 ? pre : e->upper;
}

static void confusion(const char *title, const int *level) {
    int m[4][4] = {{0}};
    for (int i = 0; i < ndocs; i++)
        if (level[i] >= 0)
            m[docs[i].urg][level[i]]++;
    printf("%s (labelled down, found across; critical excluded: %d labelled, %d found)\n", title,
           m[3][0] + m[3][1] + m[3][2] + m[3][3], m[0][3] + m[1][3] + m[2][3]);
    for (int a = 0; a < 3; a++)
        printf("  %-8s %5d %5d %5d\n", urg_names[a], m[a][0], m[a][1], m[a][2]);
}

/* One experiment: the nested choice and the held-out figures of the replica (vote_z); the W
 * of each set into wk (vote_w's index). */
static int vote_nested(vote_data *vd, const vote_exp *e, int *wk) {
    double *zi = malloc((size_t)ndocs * sizeof(*zi)), *zo = malloc((size_t)ndocs * sizeof(*zo));
    long(*inner)[VOTE_NW] = calloc((size_t)n_sets, sizeof(*inner));
    long fixed[VOTE_NW] = {0}, nested = 0;
    if (!zi || !zo || !inner) {
        free(zi);
        free(zo);
        free(inner);
        return -1;
    }
    memset(vd->cnt, 0, 2 * vd->nv * sizeof(*vd->cnt));
    vd->ndoc[0] = vd->ndoc[1] = 0;
    vote_count(vd, e, -1, 1);
    for (int s = 0; s < n_sets; s++) {
        for (int t = 0; t < n_sets; t++) {
            if (t == s)
                continue;
            vote_z(vd, e, s, t, t, zi);
            for (int i = 0; i < ndocs; i++)
                for (int k = 0; docs[i].set == t && k < VOTE_NW; k++)
                    inner[s][k] += vote_level(e, i, zi[i], k) == docs[i].urg;
        }
        vote_z(vd, e, s, s, s, zo);
        wk[s] = VOTE_NONE; /* a tie goes to the rules, then to the heavier weight */
        for (int k = VOTE_NONE - 1; k >= 0; k--)
            if (inner[s][k] > inner[s][wk[s]])
                wk[s] = k;
        for (int i = 0; i < ndocs; i++)
            if (docs[i].set == s) {
                for (int k = 0; k < VOTE_NW; k++)
                    fixed[k] += vote_level(e, i, zo[i], k) == docs[i].urg;
                nested += vote_level(e, i, zo[i], wk[s]) == docs[i].urg;
            }
    }
    printf("\n== %s: urgency held out by set of %d messages (the vote's own model, vote_z)\n",
           e->title, ndocs);
    printf("no vote %ld; W fixed over every fold:", fixed[VOTE_NONE]);
    for (int k = 0; k < VOTE_NONE; k += 2)
        printf(" %g: %ld", vote_w(k), fixed[k]);
    printf("\nW chosen inside the folds: %ld; each set's W (-: no vote):", nested);
    for (int s = 0; s < n_sets; s++)
        if (wk[s] == VOTE_NONE)
            printf(" -");
        else
            printf(" %g", vote_w(wk[s]));
    printf("\n");
    free(zi);
    free(zo);
    free(inner);
    return 0;
}

/* The pipeline held out by set (BENCH_SETTING=25), its level of each message into level. */
static int vote_pipeline(ll_textnorm *tn, int *level) {
    for (int f = 0; f < n_sets; f++)
        if (measure_fold(tn, f, 1) != 0)
            return -1;
    for (int i = 0; i < ndocs; i++)
        level[i] = docs[i].got_urg;
    return 0;
}

static void vote_by_set(const char *title, const int *before, const int *after) {
    printf("%s, per set (before -> after, of n):\n", title);
    long tb = 0, ta = 0;
    for (int s = 0; s < n_sets; s++) {
        int b = 0, a = 0, n = 0;
        for (int i = 0; i < ndocs; i++)
            if (docs[i].set == s) {
                n++;
                b += before[i] == docs[i].urg;
                a += after[i] == docs[i].urg;
            }
        printf("  %-22s %4d -> %4d of %d\n", sets[s], b, a, n);
        tb += b;
        ta += a;
    }
    printf("  %-22s %4ld -> %4ld of %d\n", "all", tb, ta, ndocs);
}

static int urgency_votes(ll_textnorm *tn) {
    static const vote_exp exps[] = {
        {"high model (normal or high, no question: shipped)", 1, 2, not_asked, 0},
        {"the same, lifting only (normal to high)", 1, 2, not_asked, 1},
        {"the same, questions read and learned too", 1, 2, any_kind, 0},
        {"the same, questions too, lifting only", 1, 2, any_kind, 1},
        {"low or normal of texts that are no question (complaint, objection, report, signal)", 0, 1,
         no_question, 0},
    };
    vote_data vd = {0};
    ll_nb_feats fs = {0};
    int *before = malloc((size_t)ndocs * sizeof(int)), *after = malloc((size_t)ndocs * sizeof(int));
    int wk[MAX_SETS], rc = -1;
    uint64_t *all = NULL;
    size_t total = 0;
    uint64_t **fh = calloc((size_t)ndocs, sizeof(*fh));
    vd.fid = calloc((size_t)ndocs, sizeof(*vd.fid));
    vd.nf = calloc((size_t)ndocs, sizeof(*vd.nf));
    if (!before || !after || !fh || !vd.fid || !vd.nf || ll_nb_feats_init(&fs) != 0)
        goto out;
    for (int i = 0; i < ndocs; i++) {
        analyse(tn, docs[i].text);
        ll_nb_feats_of(tn, &fs);
        if (!(fh[i] = malloc((fs.n + 1) * sizeof(uint64_t))) ||
            !(vd.fid[i] = malloc((fs.n + 1) * sizeof(uint32_t))))
            goto out;
        for (size_t f = 0; f < fs.n; f++)
            fh[i][f] = fs.f[f].hash;
        qsort(fh[i], fs.n, sizeof(uint64_t), cmp_u64);
        for (size_t f = 0; f < fs.n; f++)
            if (!vd.nf[i] || fh[i][vd.nf[i] - 1] != fh[i][f])
                fh[i][vd.nf[i]++] = fh[i][f];
        total += vd.nf[i];
    }
    if (!(all = malloc((total + 1) * sizeof(*all))))
        goto out;
    total = 0;
    for (int i = 0; i < ndocs; i++) {
        memcpy(all + total, fh[i], vd.nf[i] * sizeof(*all));
        total += vd.nf[i];
    }
    qsort(all, total, sizeof(*all), cmp_u64);
    for (size_t i = 0; i < total; i++)
        if (!vd.nv || all[vd.nv - 1] != all[i])
            all[vd.nv++] = all[i];
    for (int i = 0; i < ndocs; i++)
        for (size_t f = 0; f < vd.nf[i]; f++)
            vd.fid[i][f] = (uint32_t)lr_index(all, vd.nv, fh[i][f]);
    if (!(vd.cnt = malloc(2 * vd.nv * sizeof(*vd.cnt))))
        goto out;
    /* The levels the votes start from: the pipeline's held out, without the high model. */
    setenv("BENCH_SETTING", "25", 1);
    h_nested = 1;
    for (int s = 0; s < n_sets; s++)
        h_fold_w[s] = -1;
    if (vote_pipeline(tn, before) != 0)
        goto out;
    confusion("before: the pipeline without the high model, held out by set", before);
    for (size_t x = sizeof(exps) / sizeof(exps[0]); x-- > 0;)
        if (vote_nested(&vd, &exps[x], wk) != 0)
            goto out;
    /* exps[0] last: its W per set, for the pipeline's run. */
    int predicted[2] = {0};
    for (int s = 0; s < n_sets; s++)
        h_fold_w[s] = wk[s] == VOTE_NONE ? -1 : vote_w(wk[s]);
    if (vote_pipeline(tn, after) != 0)
        goto out;
    printf("\n== the pipeline, the high model's W chosen inside the folds (urgency held out by "
           "set)\n");
    confusion("after", after);
    vote_by_set("urgency", before, after);
    for (int i = 0; i < ndocs; i++) {
        predicted[0] += after[i] != before[i];
        predicted[1] += after[i] == docs[i].urg && before[i] != docs[i].urg;
    }
    printf("messages turned %d, of them won %d\n", predicted[0], predicted[1]);
    rc = 0;
out:
    for (int i = 0; fh && i < ndocs; i++)
        free(fh[i]);
    for (int i = 0; vd.fid && i < ndocs; i++)
        free(vd.fid[i]);
    free(fh);
    free(vd.fid);
    free(vd.nf);
    free(vd.cnt);
    free(all);
    free(before);
    free(after);
    ll_nb_feats_free(&fs);
    return rc;
}

static int train(ll_textnorm *tn, const char *dir) {
    ll_nb *th = NULL, *se = NULL, *q = NULL, *h = NULL, *parts = NULL, *words = NULL;
    char path[1024];
    int rc = -1;
    if (fit(tn, -1, 0, &th, &se, &q, &h) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/question-model.tsv", dir);
    if (write_model(q, path, ALPHA, MIN_COUNT) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/high-model.tsv", dir);
    if (write_model(h, path, ALPHA, h_min) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/theme-model.tsv", dir);
    if (write_model(th, path, theme_alpha, THEME_MIN_COUNT) != 0)
        goto out;
    snprintf(path, sizeof(path), "%s/sentiment-model.tsv", dir);
    if (write_model(se, path, ALPHA, sent_min) != 0)
        goto out;
    printf("wrote %s, theme-model.tsv, question-model.tsv and high-model.tsv from %d messages\n",
           path, ndocs);
    /* The danger models, from every critical, suicidal and message set. */
    if (!(parts = learn_parts(-1)) || !(words = learn_words(tn, -1)))
        goto out;
    snprintf(path, sizeof(path), "%s/danger-model.tsv", dir);
    FILE *f = fopen(path, "w");
    if (!f || ll_nb_write(parts, f, DANGER_ALPHA, DANGER_MIN_COUNT) != 0 || fclose(f) != 0) {
        fprintf(stderr, "bench_model: cannot write %s\n", path);
        goto out;
    }
    snprintf(path, sizeof(path), "%s/danger-words.tsv", dir);
    f = fopen(path, "w");
    if (!f || ll_nb_write(words, f, words_alpha, words_min) != 0 || fclose(f) != 0) {
        fprintf(stderr, "bench_model: cannot write %s\n", path);
        goto out;
    }
    printf("wrote %s/danger-model.tsv and danger-words.tsv from %d texts\n", dir, nctexts);
    ll_lr *lr = NULL;
    snprintf(path, sizeof(path), "%s/suicidal-model.tsv", dir);
    if (lr_load(tn) != 0 || !(lr = learn_lr(-1)) || write_lr(lr, path) != 0) {
        fprintf(stderr, "bench_model: cannot learn or write %s\n", path);
        ll_lr_free(lr);
        goto out;
    }
    ll_lr_free(lr);
    printf("wrote %s from %d texts\n", path, nctexts);
    rc = 0;
out:
    ll_nb_free(th);
    ll_nb_free(se);
    ll_nb_free(q);
    ll_nb_free(h);
    ll_nb_free(parts);
    ll_nb_free(words);
    ll_lr_trainer_free(lr_tr);
    lr_tr = NULL;
    return rc;
}

/* The sets the knob's comma-separated indexes ("3,13") name into b (unset: none); -1 with a
 * message when one is no index below n (no such set). */
static int set_knob(const char *knob, int n, set_bits *b) {
    const char *list = getenv(knob);
    memset(b, 0, sizeof(*b));
    for (const char *a = list; a && *a; a += strcspn(a, ","), a += *a == ',') {
        char *end;
        long i = strtol(a, &end, 10);
        if (end == a || (*end && *end != ',') || i < 0 || i >= n) {
            fprintf(stderr, "bench_model: %s: '%.*s' is no set's index (0-%d)\n", knob,
                    (int)strcspn(a, ","), a, n - 1);
            return -1;
        }
        b->w[i / 64] |= 1ull << (i % 64);
    }
    return 0;
}

/* --learned: every set of --list-sets' (but the frozen) with its index and the danger models
 * that learn it with these knobs (BENCH_LEARNED, BENCH_LEARN_ALSO, BENCH_PARTS_LEARNED,
 * BENCH_LR_LEARNED, BENCH_LR_ALSO); a blind set: none. Nothing is read. */
static void list_learned(void) {
    for (int i = 0; i < n_crit_sets; i++)
        printf("%d\t%s\t%s%s%s%s\n", i, crit_sets[i], learned(i) ? " words" : "",
               parts_learns(i) ? " parts" : "", lr_learns(i) ? " logistic" : "",
               blind_set(i) ? " (blind: none)" : "");
}

/* sets[] and crit_sets[] from evalset.c's table (never a frozen set); -1 when they overflow. */
static int table_sets(void) {
    for (int i = 0; i < ll_eval_n_sets; i++) {
        const ll_eval_set *s = &ll_eval_sets[i];
        if (s->kind == LL_EVAL_NAMES || (s->flags & LL_EVAL_FROZEN))
            continue;
        if (n_crit_sets == MAX_CRIT_SETS ||
            (s->kind == LL_EVAL_MESSAGES && (s->flags & LL_EVAL_THEME) && n_sets == MAX_SETS)) {
            fprintf(stderr, "bench_model: more sets than MAX_SETS or MAX_CRIT_SETS\n");
            return -1;
        }
        if (s->kind == LL_EVAL_MESSAGES && (s->flags & LL_EVAL_THEME)) {
            if (s->flags & LL_EVAL_BLIND) {
                fprintf(stderr, "bench_model: %s is blind: the theme model never learns it\n",
                        s->file);
                return -1;
            }
            sets[n_sets++] = s->file;
        }
        crit_table[n_crit_sets] = s;
        crit_sets[n_crit_sets++] = s->file;
    }
    return 0;
}

int main(int argc, char **argv) {
    const char *train_dir = NULL;
    int danger = 0, lr = 0, sui = 0, urg = 0;
    const char *nl = getenv("BENCH_LEARNED");
    if (nl && *nl)
        words_learned = atoi(nl);
    if (getenv("BENCH_CALM_LEARNED"))
        calm_learned = atoi(getenv("BENCH_CALM_LEARNED"));
    if (getenv("BENCH_CALM_WEIGHT"))
        calm_weight = atoi(getenv("BENCH_CALM_WEIGHT"));
    if (getenv("BENCH_WORDS_MISSED"))
        words_missed = atoi(getenv("BENCH_WORDS_MISSED"));
    if (getenv("BENCH_CALM_LR"))
        calm_lr_weight = atoi(getenv("BENCH_CALM_LR"));
    if (getenv("BENCH_CALM_PARTS"))
        calm_parts_weight = atoi(getenv("BENCH_CALM_PARTS"));
    if (getenv("BENCH_PARTS_LEARNED"))
        parts_learned = atoi(getenv("BENCH_PARTS_LEARNED"));
    if (getenv("BENCH_WORDS_ALPHA"))
        words_alpha = atof(getenv("BENCH_WORDS_ALPHA"));
    if (getenv("BENCH_WORDS_BERNOULLI"))
        words_bernoulli = atoi(getenv("BENCH_WORDS_BERNOULLI"));
    if (getenv("BENCH_WORDS_MIN"))
        words_min = (unsigned)atoi(getenv("BENCH_WORDS_MIN"));
    if (getenv("BENCH_LR_SCOPES"))
        lr_scopes = (unsigned)strtoul(getenv("BENCH_LR_SCOPES"), NULL, 0);
    if (getenv("BENCH_LR_LEARNED"))
        lr_learned = atoi(getenv("BENCH_LR_LEARNED"));
    if (getenv("BENCH_LR_LAMBDA"))
        lr_par.lambda = atof(getenv("BENCH_LR_LAMBDA"));
    if (getenv("BENCH_LR_ETA"))
        lr_par.eta = atof(getenv("BENCH_LR_ETA"));
    if (getenv("BENCH_LR_EPOCHS"))
        lr_par.epochs = (unsigned)atoi(getenv("BENCH_LR_EPOCHS"));
    if (getenv("BENCH_LR_DANGER"))
        lr_danger = atoi(getenv("BENCH_LR_DANGER"));
    if (getenv("BENCH_LR_MIN"))
        lr_par.min_count = (unsigned)atoi(getenv("BENCH_LR_MIN"));
    if (table_sets() != 0 || set_knob("BENCH_LEARN_ALSO", n_crit_sets, &learn_also) != 0 ||
        set_knob("BENCH_LR_ALSO", n_crit_sets, &lr_also) != 0 ||
        set_knob("BENCH_THEME_SKIP", n_sets, &theme_skip) != 0)
        return 2;
    if (argc == 2 && strcmp(argv[1], "--learned") == 0) {
        list_learned();
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "--list-sets") == 0) {
        ll_eval_list(stdout,
                     1u << LL_EVAL_MESSAGES | 1u << LL_EVAL_CRITICAL | 1u << LL_EVAL_SUICIDAL, 0,
                     ll_eval_blind());
        return 0;
    }
    if (argc == 3 && strcmp(argv[1], "--train") == 0)
        train_dir = argv[2];
    else if (argc == 2 && strcmp(argv[1], "--critical") == 0)
        danger = 1;
    else if (argc == 2 && strcmp(argv[1], "--logistic") == 0)
        lr = 1;
    else if (argc == 2 && strcmp(argv[1], "--theme") == 0)
        lr = 2;
    else if (argc == 2 && strcmp(argv[1], "--suicidal") == 0)
        sui = 1;
    else if (argc == 2 && strcmp(argv[1], "--urgency") == 0)
        urg = 1;
    else if (argc != 1) {
        fprintf(stderr, "usage: bench_model [--train DIR | --critical | --suicidal | --urgency | "
                        "--logistic | --theme | --list-sets | --learned]\n");
        return 2;
    }
    char err[512];
    ll_config cfg;
    if (ll_roles_config_load(&cfg, CFG "luisterloop.conf", err, sizeof(err)) != 0 ||
        !(masker = ll_enricher_new(&cfg, err, sizeof(err)))) {
        fprintf(stderr, "bench_model: %s\n", err);
        return 2;
    }
    if (rules_only(CFG "taxonomy-gemeente.conf", "/tmp/bench_model_taxonomy_XXXXXX", rules_tax,
                   sizeof(rules_tax)) != 0 ||
        rules_only(CFG "urgency.conf", "/tmp/bench_model_urgency_XXXXXX", rules_urg,
                   sizeof(rules_urg)) != 0) {
        fprintf(stderr, "bench_model: cannot copy the taxonomy or urgency.conf to /tmp\n");
        return 2;
    }
    ll_classifier *c =
        ll_classifier_new(rules_tax, CFG "sentiment-nl.tsv", rules_urg, err, sizeof(err));
    ll_textnorm *tn = ll_textnorm_new(err, sizeof(err));
    if (!c || !tn) {
        fprintf(stderr, "bench_model: %s\n", err);
        return 2;
    }
    ll_classifier_spelling(c, tn); /* the model reads words as the classifier does */
    if (getenv("BENCH_SENT_SETS"))
        sent_sets = atoi(getenv("BENCH_SENT_SETS"));
    if (getenv("BENCH_SENT_GUARD"))
        sent_guard = (unsigned)atoi(getenv("BENCH_SENT_GUARD"));
    if (getenv("BENCH_SENT_MIN"))
        sent_min = (unsigned)atoi(getenv("BENCH_SENT_MIN"));
    if (getenv("BENCH_THEME_ALPHA"))
        theme_alpha = atof(getenv("BENCH_THEME_ALPHA"));
    if (getenv("BENCH_H_MIN"))
        h_min = (unsigned)atoi(getenv("BENCH_H_MIN"));
    if (getenv("BENCH_THEME_GUARD"))
        theme_guard = (unsigned)atoi(getenv("BENCH_THEME_GUARD"));
    if (getenv("BENCH_THEME_PAIRS"))
        theme_pairs = (unsigned)atoi(getenv("BENCH_THEME_PAIRS"));
    if (getenv("BENCH_THEME_SUBJECT"))
        theme_subject = (int)strtol(getenv("BENCH_THEME_SUBJECT"), NULL, 10);
    if ((theme_guard || sent_guard) && !(guard_words = ll_classifier_words(c))) {
        fprintf(stderr, "bench_model: the taxonomy names no word list (spelling:) to guard the "
                        "theme model with\n");
        return 2;
    }
    nthemes = ll_classifier_themes(c);
    if (nthemes > LL_NB_MAX_CLASSES) {
        fprintf(stderr, "bench_model: more than %d themes\n", LL_NB_MAX_CLASSES);
        return 2;
    }
    for (size_t i = 0; i < nthemes; i++)
        theme_ids[i] = ll_classifier_theme_id(c, i);
    for (int s = 0; s < n_sets; s++)
        if (read_set(sets, s, doc_line, c) != 0) {
            fprintf(stderr, "bench_model: cannot read %s\n", sets[s]);
            return 2;
        }
    int rc = 0;
    const char *feat_path = getenv("BENCH_FEATURES");
    if (feat_path && *feat_path) {
        FILE *ff = fopen(feat_path, "w");
        const char *one[] = {"x"};
        for (int i = 0; ff && i < ndocs; i++) {
            ll_nb *nb = ll_nb_new(one, 1);
            analyse(tn, docs[i].text);
            char *buf = NULL;
            size_t len = 0;
            FILE *m = open_memstream(&buf, &len);
            if (!nb || !m || ll_nb_add(nb, tn, 0) != 0 || ll_nb_write(nb, m, ALPHA, 1) != 0)
                exit(2);
            fclose(m);
            fprintf(ff, "DOC\t%d\t%s\t%s\t%s\n", docs[i].set, theme_ids[docs[i].theme],
                    sent_names[docs[i].sent], urg_names[docs[i].urg]);
            for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
                if (line[0] != '#' && strncmp(line, "classes", 7) && strncmp(line, "docs", 4) &&
                    strncmp(line, "alpha", 5))
                    fprintf(ff, "%.*s\n", (int)strcspn(line, "\t"), line);
            free(buf);
            ll_nb_free(nb);
        }
        if (ff)
            fclose(ff);
        return 0;
    }
    if (train_dir) {
        if (load_crit(c) != 0) {
            fprintf(stderr, "bench_model: cannot read the critical sets\n");
            return 2;
        }
        rc = train(tn, train_dir) == 0 ? 0 : 1;
    } else if (danger) {
        if (load_crit(c) != 0 || danger_cv(tn) != 0) {
            fprintf(stderr, "bench_model: cannot read or learn the critical sets\n");
            return 2;
        }
    } else if (sui) {
        if (load_crit(c) != 0 || suicidal_loso(tn) != 0) {
            fprintf(stderr, "bench_model: cannot read or learn the critical sets\n");
            return 2;
        }
    } else if (lr == 2) {
        if (theme_ways(tn, c) != 0) {
            fprintf(stderr, "bench_model: out of memory\n");
            return 2;
        }
    } else if (urg) {
        if (urgency_votes(tn) != 0) {
            fprintf(stderr, "bench_model: out of memory or a fold failed\n");
            return 2;
        }
    } else if (lr) {
        if (logistic(tn, c) != 0) {
            fprintf(stderr, "bench_model: out of memory\n");
            return 2;
        }
    } else {
        const char *loso = getenv("BENCH_LOSO_ONLY");
        if ((!(loso && *loso == '1') && cross_validate(tn, KFOLD, 0, KFOLD_TITLE) != 0) ||
            cross_validate(tn, n_sets, 1, "leave one set out (trained on the others)") != 0)
            return 2;
    }
    printf("command:");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
    unlink(rules_tax);
    unlink(rules_urg);
    for (int i = 0; i < ndocs; i++) {
        free(docs[i].text);
        free(docs[i].subject);
        free(docs[i].kind);
        free(docs[i].channel);
    }
    free(docs);
    ll_textnorm_free(tn);
    ll_classifier_free(c);
    ll_enricher_free(masker);
    ll_config_free(&cfg);
    return rc;
}
