/* classify_model.h - the classifier's compiled rules (model) and one thread's working memory
 * (struct ll_classifier), private to classify.c (matching and the stages) and
 * classify_load.c (reading the taxonomy, lexicon and urgency files into a model). */
#ifndef LL_CLASSIFY_MODEL_H
#define LL_CLASSIFY_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "classify.h"
#include "event.h"
#include "lrmodel.h"
#include "ll_limits.h"
#include "matcher.h"
#include "names.h"
#include "nbmodel.h"
#include "spelling.h"
#include "textnorm.h"

/* K_SCOPE: a word of urgency.conf's "told-over:", "told-about:", "told-safe:" or "joked:"
 * lines (SCOPE_OVER, SCOPE_ABOUT, SCOPE_SAFE or SCOPE_JOKE), read by every rule that says
 * "notnow: calm"; or of its "joke-aside:" and "laugh-told:" lines (SCOPE_ASIDE,
 * SCOPE_LAUGH_TOLD), read by the rules that say "aside: calm"; or of its "told-open:", "told-lasting:" and "irony:" lines (SCOPE_OPEN,
 * SCOPE_LASTING, SCOPE_IRONY), read where the kind bounds a compliment (praise_ironic); or
 * of its "idiom:" line (SCOPE_IDIOM), read by every urgency rule and part (urgency_rules); or
 * of its "drill:" and "drill-real:" lines (SCOPE_DRILL, SCOPE_DRILL_REAL), read by the danger
 * models' gate (danger_stage); or of its "quote-unmeant:" line (SCOPE_UNMEANT), read after a
 * quotation by the rules that say "notnow: calm" or "aside: calm" (quote_unmeant), and of its
 * "quote-joke:" line (SCOPE_QUOTE_JOKE), read there too and by every critical rule after
 * another's quoted words (quote_joked); or of its
 * "frame-text:" and "frame-turn:" lines (SCOPE_FRAME_TEXT, SCOPE_FRAME_TURN), read by every
 * critical rule and part (text_framed): a frame that covers the sentences after it; or of its
 * "words-calm:", "words-calm-danger:" and "words-calm-rest:" lines (SCOPE_WORDS_CALM,
 * SCOPE_WORDS_CALM_DANGER, SCOPE_WORDS_CALM_REST), read by the danger models' gates
 * (ll_classifier_words_calm): an ordinary purpose the words model cannot read. */
enum term_kind { K_THEME, K_LEX, K_URG, K_CTX, K_UNLESS, K_FRAME, K_BEFORE, K_NOVOTE, K_SCOPE };
/* SCOPE_JOKE_DENIED: a "joked:" word after a negation ("geen grapje"), or a word of the
 * "joke-denied:" line ("ik meen het"). */
enum {
    SCOPE_OVER = 1,
    SCOPE_ABOUT = 2,
    SCOPE_JOKE = 4,
    SCOPE_JOKE_DENIED = 8,
    SCOPE_SAFE = 16,
    SCOPE_ASIDE = 32,
    SCOPE_OPEN = 64,
    SCOPE_IRONY = 128,
    SCOPE_LASTING = 256,
    SCOPE_IDIOM = 512,
    SCOPE_LAUGH_TOLD = 1024,
    SCOPE_DRILL = 2048,
    SCOPE_DRILL_REAL = 4096,
    SCOPE_UNMEANT = 8192,
    SCOPE_FRAME_TEXT = 16384,
    SCOPE_FRAME_TURN = 32768,
    SCOPE_WORDS_CALM = 65536,
    SCOPE_WORDS_CALM_DANGER = 131072,
    SCOPE_WORDS_CALM_REST = 262144,
    SCOPE_QUOTE_JOKE = 524288
};
enum lex_type { LEX_POLARITY, LEX_NEGATOR, LEX_INTENSIFIER, LEX_CONTRAST, LEX_ADDRESS };
/* Rule strength, weakest first: LVL_PROBLEM ("[normal: ...]" rules) outputs
 * "normal" but outranks "low": a problem named in a question keeps it off
 * the low shelf. Output levels in level_out. */
enum level { LVL_NORMAL, LVL_LOW, LVL_PROBLEM, LVL_HIGH, LVL_CRITICAL };
/* How a negation near an urgency term treats it. Most rules are denied by a
 * negation ("ik ruik geen gas meer"); for some the negation is the signal
 * ("ik wil niet meer leven", "niemand zal me missen"). */
enum negation_scope { NEG_BLOCKS, NEG_IGNORED };

#define N_EMOTIONS 5
extern const char *const emotion_names[N_EMOTIONS];

/* One term of a config file; its parts are patterns in the matcher. */
typedef struct term {
    uint8_t kind;
    uint8_t compound; /* may match a part of a compound word */
    uint8_t nparts;
    uint8_t unordered; /* "a & b": parts in any order within the rule's window */
    uint32_t group;    /* K_CTX: 0 for "context:", 1.. for each "with:" line; K_NOVOTE: 1
                        * for "[- clause]" (the rest of the clause it opens is silent too);
                        * K_SCOPE: its SCOPE_* bit */
    uint8_t lex_type;
    uint8_t emotions; /* bit per emotion_names entry */
    uint16_t owner;   /* theme or rule */
    uint16_t near;    /* a term of parts: its place in a classifier's near[] (model.nnear) */
    uint8_t topic;    /* a lexicon entry marked "topic": silent in a question (sentiment_stage) */
    float value;      /* theme weight, polarity or intensifier factor */
} term;
_Static_assert(LL_CLASSIFY_MAX_TERMS <= UINT16_MAX + 1, "a term's near index must fit");

typedef struct theme_def {
    char id[64];
} theme_def;

typedef struct rule_def {
    char name[96];
    uint8_t level;
    uint8_t has_context;
    uint8_t has_unless;
    uint8_t negation; /* enum negation_scope */
    uint8_t window;   /* most words an "&" term may span */
    uint8_t nwith;    /* "with:" groups, each needed within reach words */
    uint8_t reach;
    uint8_t sentences; /* sentences an "&" term may span ("Leven? Nee, dat wil ik niet meer.") */
    char advice[LL_CLASSIFY_ADVICE_BYTES];
    uint8_t feature;    /* "[feature: name]": a part of danger for the danger model, no level */
    uint8_t compounds;  /* "compounds: yes": its terms also match a part of a compound word */
    uint8_t asked_calm; /* "asked: calm": a match inside a question ("...?") does not fire */
    uint8_t
        notnow_calm; /* "notnow: calm": a match told in the past, feared or supposed does not fire */
    uint8_t plan_calm;     /* "planned: calm": not in a note that plans the follow-up for later */
    uint8_t felt_calm;     /* "felt: calm": not a state felt ("ik voel me buitengesloten") */
    uint8_t aside_calm;    /* "aside: calm": not when a laugh and "nee serieus" follow it */
    uint8_t supposed_calm; /* "supposed: calm": not in a question on a condition ("als ... ooit") */
    uint8_t no_danger;     /* "danger: no": a lesser rule the danger model does not weigh */
    uint8_t outranks;      /* "outranks:": a high rule that makes those rules' flags high */
    uint16_t gate;         /* its bit in the per-token gate words, GATE_NONE without
                         * context:, unless:, frame: or with: lines */
    int16_t theme;         /* "theme: id": the theme the fired rule votes for, -1 none */
    float theme_weight;    /* its vote */
} rule_def;

/* A rule's place in each token's gate words (tctx, tunless, tframe, tbefore, twith):
 * only the rules with context:, unless:, frame:, before: or with: lines have one, in
 * the order of their first such line, so a token holds gate_words words of
 * 64 bits and every rule may have them. */
#define GATE_NONE UINT16_MAX
_Static_assert(LL_CLASSIFY_MAX_RULES < GATE_NONE, "a rule's gate must fit in a uint16_t");

/* A pattern hit. key holds the hit's order (classify_match.c, hit_key) and its term and part:
 * sorting compares one number where it compared up to four fields (~2k instructions an
 * event). */
typedef struct hit {
    uint64_t key;
    int32_t t0, t1;
} hit;

typedef struct match {
    uint32_t term;
    int32_t t0, t1;
    uint8_t gap_negated; /* a negation between the parts of a "~" term */
} match;

/* Progress of a "~" term through the hits of one event; for an "&" term,
 * where each of its parts was last seen in the current sentence, and where
 * before that (a part's last hit may lie inside another part's words:
 * "mijzelf" in "einde aan mijzelf", "nooit meer" in "nooit meer wakker"). */
typedef struct near_state {
    uint32_t gen;
    uint8_t next;
    uint8_t neg;
    uint8_t have; /* "&": bit per part seen */
    uint8_t prev; /* "&": bit per part seen before its last hit, still in reach */
    int32_t t0, t_end;
    uint32_t sent;
    int32_t p0[LL_CLASSIFY_MAX_PARTS], p1[LL_CLASSIFY_MAX_PARTS];
    int32_t q0[LL_CLASSIFY_MAX_PARTS], q1[LL_CLASSIFY_MAX_PARTS]; /* the hit before */
} near_state;

typedef struct reasons {
    int n;
    char s[LL_CLASSIFY_MAX_REASONS][LL_CLASSIFY_REASON_BYTES];
} reasons;

/* TF_HANDLED: in a clause the agent's handling opens (votes on no theme; feelings still count) */
enum {
    TF_NEG = 1,
    TF_INT = 2,
    TF_CONTRAST = 4,
    TF_NOVOTE = 8,
    TF_ADDRESS = 16,
    TF_STREET = 32,
    TF_HANDLED = 64,
    TF_QUOTED = 128, /* in a quoted earlier e-mail (votes on a theme at half weight) */
    /* In the words of a suicidal statement or of self-harm that fired: they tell that a
     * person is in crisis, not which service the text is about, so the theme model does not
     * read them (crisis_words) */
    TF_CRISIS = 256,
    TF_IN_QUOTE = 512,    /* inside a quotation of the text (ll_classify_mark_quotes) */
    TF_QUOTE_ENDS = 1024, /* the last word before a quotation's closing mark */
    /* The word of a place's name after its article ("buurthuis De Vonk"): no critical rule's
     * or danger part's word (named_with_article) */
    TF_NAME = 2048
};

/* A matcher value: term index << V_TERM_SHIFT | V_COMP for an alternative written "+word"
 * (a compound part, inside any part or word class of a term) or of a compound term | V_INV
 * for the inverted twin of an urgency alternative "ik ga ..." ("ga ik ...", classify_load.c) |
 * V_BEGIN, V_END for an alternative anchored to its sentence's start or end | V_PAREN for one
 * that opens a bracket ("(87": an age, where a bare 87 is a house number) | stream bits | part
 * of a "~" or "&" term. */
#define V_SURF 4u
#define V_STEM 8u
#define V_COMP 16u
#define V_INV 32u
#define V_BEGIN 64u  /* urgency alternative ".words": opens its sentence */
#define V_END 128u   /* "words.": closes its sentence */
#define V_PAREN 256u /* "(words": its first word right after "(" */
/* A one-part negator of the lexicon ("niet", "geen"): its words are marked TF_NEG as its hit
 * is made; reading every hit's term record again to ask was ~800 instructions an event. */
#define V_NEG 512u
#define V_TERM_SHIFT 10

/* The compiled rules: read-only once loaded, so the classifiers of every
 * worker share one (the matcher alone is ~1.5 MB). */
typedef struct model {
    ll_matcher *m;
    term *terms;
    size_t nterms;
    size_t nnear; /* terms of two or more parts: the only ones with a near_state */
    theme_def themes[LL_CLASSIFY_MAX_THEMES];
    size_t nthemes;
    rule_def rules[LL_CLASSIFY_MAX_RULES];
    size_t nrules;
    size_t ngated;     /* rules with a gate (rule_def.gate) */
    size_t gate_words; /* words of 64 bits per token in each gate array, at least 1 */
    double theme_min;  /* a best score below it is "overig": one weak word is no theme */
    /* The taxonomy's "yields:" lines: a theme that says how a service was given, not which
     * (bejegening), counts this factor of its rules' score where a rule names another theme
     * too; 0 for a theme that does not yield. */
    double theme_yield[LL_CLASSIFY_MAX_THEMES];
    /* Words that name a desk or office ("balie", "stadswinkel"): a subject made
     * of them, names and numbers only is a label the system wrote, not a topic. */
    char office[LL_CLASSIFY_MAX_OFFICE][LL_CLASSIFY_OFFICE_BYTES];
    size_t noffice;
    /* A form's labels for the writer's own data ("Achternaam", "E-mail"), folded: before
     * its colon such a word and the words of its label never vote on the theme. */
    char label[LL_CLASSIFY_MAX_LABELS][LL_CLASSIFY_OFFICE_BYTES];
    size_t nlabel;
    /* Roles of who passes a message on or speaks in a transcript ("Wijkverpleegkundige",
     * "Medewerker", "Burger"): as a note's label before its colon they never vote. */
    char messenger[LL_CLASSIFY_MAX_LABELS][LL_CLASSIFY_OFFICE_BYTES];
    size_t nmessenger;
    /* Learned models (nbmodel.h), NULL when the taxonomy names none: their
     * posterior votes beside the rules, weight x P(class | words) with P
     * tempered by temp; the theme model's classes map onto themes. */
    ll_nb *theme_nb, *sent_nb;
    /* The models a text's features are scored by (theme, sentiment, danger words) joined
     * in one table: each feature looked up once (ll_nb_joint_new); NULL with none. */
    ll_nb_joint *nb_joint;
    /* Spelling tolerance (spelling.h): the words of every term as folded,
     * with their stems, and the Dutch word list the taxonomy's "spelling:"
     * names (NULL: off). */
    ll_wordset *vocab;
    ll_wordlist *known;
    int16_t nb_theme[LL_NB_MAX_CLASSES];
    double theme_weight, theme_temp, sent_weight, sent_temp;
    /* The sentiment vote's weight by the message's kind (ll_kinds' order): "sentiment-model:
     * FILE WEIGHT TEMPERATURE [KIND W]...", WEIGHT for a kind the line does not name. */
    double sent_kind_weight[LL_KINDS_N];
    /* "model: FILE WEIGHT TEMPERATURE complement [product] [odds S] [pairs P]": the theme model
     * is complement naive Bayes and votes log-linearly (classify.c); with "product" its vote
     * scales a rule's score instead of adding to it; S and P are ll_nb_complement's own and
     * pairs (0 and 1 when not given). */
    int theme_complement, theme_product;
    int theme_overig; /* the theme model's "overig" (a theme index), -1: none */
    double theme_own, theme_pairs;
    /* A general Dutch polarity lexicon (the taxonomy's "sentiment-lexicon:
     * FILE WEIGHT", NULL: none): stem -> polarity ("-0.60"), read for the
     * words no entry of the own lexicon covers; WEIGHT x their mean polarity
     * votes beside the learned model. */
    ll_wordset *gen_lex;
    double gen_lex_weight;
    /* The danger models of urgency.conf's "danger-model: PARTS MIN WORDS
     * MIN [SUICIDAL [DPARTS DWORDS]]" (NULL: none): classes calm, danger, suicidal over the
     * parts and rules that fired, and the same over the text's stems; a
     * text no rule made critical is critical when the first's P(danger) +
     * P(suicidal) >= parts_min and the second's >= words_min: two
     * views of the text that must agree; or a suicidal statement when the
     * words model's P(suicidal) alone >= suicidal_min (above 1: never);
     * or an acute danger when the first's P(danger) + P(suicidal) >=
     * alone_parts_min and the second's P(danger) alone >=
     * alone_words_min (above 1: never). */
    ll_nb *danger_nb, *danger_words;
    ll_danger_gates danger_gates; /* ll_danger_gate */
    int danger_words_bernoulli;   /* the line's "bernoulli": ll_nb_bernoulli on the words model */
    /* The danger model's feature index of each rule's key ("part: x",
     * "rule: x" or, for a critical rule, "denied: x") and of each two
     * parts (nrules x nrules, i < j), -1 when it holds none: found once at
     * load, so an event sums weights without building a key. */
    int32_t *dk_one, *dk_pair;
    /* urgency.conf's "suicidal-model: FILE MIN [VETO]" (NULL: none): the logistic model of
     * suicidal statements over stems, pairs and their scope; alone at sui_lr_min, and the
     * words model's suicidal gate only where it reaches sui_lr_veto. */
    ll_lr *sui_lr;
    double sui_lr_min, sui_lr_veto;
    /* urgency.conf's "question-model: FILE WEIGHT" (NULL: none): naive Bayes over stems and
     * pairs, classes low and normal, learned from the development sets' questions; it decides
     * a question the rules left low or normal, the rules' level voting q_weight nats
     * (classify.c, question_vote). */
    ll_nb *q_nb;
    double q_weight;
    /* The critical rules (by name) a high rule's "outranks:" line names: where that rule fires
     * beside them and no other critical rule, the text is high (classify.c, outranked). */
    char outranked[LL_CLASSIFY_MAX_OUTRANKED][sizeof(((rule_def *)0)->name)];
    size_t noutranked;
    /* urgency.conf's "high-model: FILE WEIGHT" (NULL: none): the same over classes normal and
     * high, learned from the development sets' messages so labelled; it decides a text the
     * rules left normal or high, the rules' level voting h_weight nats (classify.c,
     * high_vote). */
    ll_nb *h_nb;
    double h_weight;
} model;

/* A rule's state for one text: fired, and/or a term of it denied by a
 * negation or excepted by an "unless:" word. */
enum { RULE_FIRED = 1, RULE_VETOED = 2, RULE_TOLD = 4 /* vetoed as not now */ };

enum { DANGER_CALM, DANGER_DANGER, DANGER_SUICIDAL, DANGER_CLASSES };

/* One thread's classifier: the shared rules and its own working memory. */
struct ll_classifier {
    const model *md;
    model *own;      /* the rules this classifier loaded and frees; NULL on a worker's */
    ll_textnorm *tn; /* its word cache changes with every text */
    int use_model;   /* ll_classifier_use_model */
    const char
        *text_end;    /* the end of the event's text (not owned), for what follows its last word */
    const char *text; /* the event's text (not owned) */
    const char *quote_at; /* where the text quotes an earlier e-mail (quoted_from), or NULL */
    int8_t planned;       /* planned_later() of this event's text: -1 not yet asked */
    /* A lesser rule (a problem, high) fired after a "maar" in its sentence: the
     * problem is what the writer ends on ("Bedankt, maar de bak is nog steeds kapot"). */
    int8_t problem_after_contrast;
    /* A problem told as still open ("nog steeds niet gedicht"), no contrast after it in its
     * sentence, and praise after it ("Knap werk."): the praise is irony (praise_ironic). */
    int8_t praise_ironic;
    double sent_rules; /* the rules' sentiment score (-1..1), which the urgency stage reads */

    /* Per event, sized once. */
    hit *hits;
    size_t nhits;
    hit *hits_tmp; /* sort_hits merges into it, then the two swap */
    match *matches;
    size_t nmatches;
    /* One for each term of parts (term.near), not for each term: 1,465 of 13,927 on 12-04;
     * a worker's near[] indexed by term was 1.1 MB and ~650 KB of it resident after a run
     * (issue 16, the peak RSS: the rules' size counted once per worker). */
    near_state *near;
    uint32_t gen;
    uint16_t *tflags; /* per token: TF_* */
    float *tmult;     /* per token: intensifier factor */
    uint16_t *tcover; /* per token: longest polarity match covering it */
    uint32_t *tscope; /* per token: SCOPE_* of a "told-over:" or "told-about:" word here */
    /* Gate arrays, md->gate_words words per token (token j's at j * gate_words),
     * a bit per rule's gate: */
    uint64_t *tctx;                        /* urgency rules whose context word is here */
    uint64_t *tunless;                     /* urgency rules whose "unless" word is here */
    uint64_t *tframe;                      /* urgency rules whose "frame" word is here */
    uint64_t *tbefore;                     /* urgency rules whose "before" word is here */
    uint64_t *twith[LL_CLASSIFY_MAX_WITH]; /* rules whose "with:" group i has a word here */
    double theme_score[LL_CLASSIFY_MAX_THEMES];
    double crisis_vote[LL_CLASSIFY_MAX_THEMES]; /* the votes of a person in crisis (crisis_rule) */
    /* what rules that read a structure gave each theme: terms of several words or parts, urgency
     * rules' situations (the "product" vote keeps it from the model's share) */
    double struct_vote[LL_CLASSIFY_MAX_THEMES];
    reasons theme_why[LL_CLASSIFY_MAX_THEMES];
    uint8_t rule_fired[LL_CLASSIFY_MAX_RULES]; /* RULE_* */
    reasons rule_why[LL_CLASSIFY_MAX_RULES];
    /* The words each part ("[feature: x]") fired on, as token spans: two parts on the
     * same words are one fact, not a pair (each_danger_key). */
    struct {
        int n;
        int32_t t0[LL_CLASSIFY_MAX_REASONS], t1[LL_CLASSIFY_MAX_REASONS];
    } part_at[LL_CLASSIFY_MAX_RULES];
    /* Bit i: rule_fired[i] is not 0 (rule_mark). The loops over the rules an
     * event fired or vetoed walk these bits (rule_next), not every rule:
     * ~5k instructions an event over ~100 rules, most of them silent. */
    uint64_t rule_set[(LL_CLASSIFY_MAX_RULES + 63) / 64];
    /* Bit i: rule i matched and a "frame:" word of its sentence set it aside (a
     * book, the news, the past and recovered, a figure of speech). */
    uint64_t rule_framed[(LL_CLASSIFY_MAX_RULES + 63) / 64];
    reasons sent_why;
    reasons emo_why[N_EMOTIONS];
    ll_nb_scratch theme_nbs, sent_nbs, danger_nbs, danger_wds, q_nbs,
        h_nbs;                     /* the models' per-event memory */
    ll_nb_feats feats;             /* the text's stems and pairs, found once for every model */
    ll_nb_feats theme_feats;       /* those the theme model reads: none of a crisis's words */
    ll_nb_feats sent_feats;        /* those the sentiment model reads: no letter formula's */
    ll_lr_feats lr_feats;          /* and with their scope, for the logistic model */
    const struct ll_names *places; /* ll_classifier_set_places; NULL: reasons name places */
    /* The danger model's features of the text (ll_classifier_danger_keys)
     * and, when it made the text critical, its class, P and strongest keys. */
    char (*dkey)[LL_NB_KEY_BYTES]; /* built on demand by ll_classifier_danger_keys */
    const char *dkeyp[LL_CLASSIFY_MAX_DANGER_KEYS];
    size_t ndkeys;
    uint32_t did[LL_CLASSIFY_MAX_DANGER_KEYS]; /* the model's features the text holds */
    size_t ndid;
    int16_t drule[LL_CLASSIFY_MAX_DANGER_KEYS][2]; /* the rule or two parts each names */
    int danger_class;
    int danger_by_words;   /* the words model found the suicidal statement or the danger (1), the
                          * logistic model the suicidal statement (2) */
    double danger_parts_p; /* and the parts model's P(danger) + P(suicidal) beside it */
    double danger_p;
    int32_t danger_top[LL_NB_MAX_TOP], danger_top1[LL_NB_MAX_TOP]; /* keys, or words' tokens */
    size_t ndanger_top;
};

/* The danger model's key for rule a alone (b < 0) or for parts a and b:
 * "part: NAME", "rule: NAME", "denied: NAME" (a critical rule's term denied
 * or excepted) or "NAME + NAME". out holds LL_NB_KEY_BYTES. */
void ll_classify_danger_key(const model *md, int a, int b, char *out);

/* Reads the three files into md (zeroed by the caller), folding their words with tn, and
 * compiles the matcher. -1 with "FILE:LINE: why" or "out of memory" in errstr; md then
 * holds what was read so far, for ll_classify_model_free. */
int ll_classify_model_load(model *md, ll_textnorm *tn, const char *taxonomy_path,
                           const char *lexicon_path, const char *urgency_path, char *errstr,
                           size_t errlen);
/* Frees what md holds and md itself; NULL-safe. */
void ll_classify_model_free(model *md);

/* classify_match.c: the model's terms found in c->tn's two streams (after
 * ll_textnorm_add), resolved into c->matches; token flags cleared. */
void ll_classify_match(ll_classifier *c);
/* Flags the words of a street's name (TF_STREET) in c->tflags. */
void ll_classify_mark_streets(ll_classifier *c);
/* classify.c: flags the words inside a quotation of the text and the last one before each
 * closing mark (TF_IN_QUOTE, TF_QUOTE_ENDS). */
void ll_classify_mark_quotes(ll_classifier *c);
/* Whether a colon follows word i of the text, blanks between (classify.c). */
int ll_classify_colon_after(const ll_classifier *c, int32_t i);
/* classify.c: 1 when the words t0..t1 open in a quotation and run on, past its closing mark,
 * into the writer's own later sentence (no match joins them). */
int ll_classify_leaves_quote(const ll_classifier *c, int32_t t0, int32_t t1);
/* 1 when a negator stands on a token in [from, to]. */
int ll_classify_negator_in(const ll_classifier *c, int32_t from, int32_t to);
/* The negator governing the token at t0 (up to three words before it in the
 * same clause), or -1. */
int32_t ll_classify_negator_before(const ll_classifier *c, int32_t t0);
/* classify.c: 1 when the negator at j stands in an if-clause whose main clause opens
 * after it, by the word at t ("Als dit niet wordt opgelost ga ik naar de krant"). */
int ll_classify_after_if_clause(const ll_classifier *c, int32_t j, int32_t t);

#endif
