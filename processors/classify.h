/* classify.h - Dutch text understanding of one signal: themes, sentiment, emotions, urgency. */
#ifndef LL_CLASSIFY_H
#define LL_CLASSIFY_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdint.h>

/* Bounds of the rules and of one classification. Every per-event buffer is
 * allocated once from these in ll_classifier_new. */
#define LL_CLASSIFY_MAX_THEMES 64      /* themes of one taxonomy */
#define LL_CLASSIFY_MAX_RULES 382      /* urgency rules and danger features (254 -> 382 12-04) */
#define LL_CLASSIFY_MAX_TERMS 32768    /* terms over the three files */
#define LL_CLASSIFY_MAX_TERM_BYTES 640 /* one term as written ("&" terms list alternatives) */
#define LL_CLASSIFY_MAX_PARTS 4 /* "a ~ b ~ c ~ d", "a & b & c & d" (two bits in a matcher value) */
#define LL_CLASSIFY_NEAR_TOKENS 5    /* most words between the parts of a "~" term */
#define LL_CLASSIFY_WINDOW_TOKENS 8  /* default span of an "&" term, first word to last */
#define LL_CLASSIFY_MAX_WINDOW 40    /* largest "window:" a rule may set */
#define LL_CLASSIFY_ADVICE_BYTES 200 /* a rule's advice for whoever acts on it */
#define LL_CLASSIFY_MAX_WITH 3       /* "with:" groups of one rule (hazard + people + time) */
#define LL_CLASSIFY_WITH_TOKENS 30   /* default reach of a "with:" group, either side */
#define LL_CLASSIFY_MAX_REACH 120
#define LL_CLASSIFY_MAX_SENTENCES 4 /* largest "sentences:" an "&" term may span */
#define LL_CLASSIFY_MAX_OUTRANKED 8 /* critical rules the "outranks:" lines name, in all */
#define LL_CLASSIFY_CONTEXT_TOKENS \
    10 /* how far (beyond its sentence) an urgency context word may be */
#define LL_CLASSIFY_FOLLOWUP_TOKENS \
    6 /* a sentence this short right after a danger may veto it ("Inmiddels opgelost.") */
#define LL_CLASSIFY_LAST_PART_TOKENS \
    3 /* words before a match's last one from which a later sentence of it may veto it */
#define LL_CLASSIFY_SAYING_TOKENS \
    3 /* words before a quotation's opening mark that may name it a saying ("stopwoordje was '...'") */
#define LL_CLASSIFY_MAX_HITS 8192    /* pattern hits of one event; the rest are ignored */
#define LL_CLASSIFY_MAX_OUT_THEMES 5 /* themes listed per event */
#define LL_CLASSIFY_MAX_REASONS 8    /* matched words kept per decision */
#define LL_CLASSIFY_REASON_BYTES 96  /* one quoted excerpt */
#define LL_CLASSIFY_MIN_PART 4       /* shortest pattern word matched inside a compound */
#define LL_CLASSIFY_MIN_REST 3       /* shortest rest of that compound */
#define LL_CLASSIFY_RULE_THEME_WEIGHT \
    2.0 /* a fired rule's vote for its "theme:" (a strong word is 2-3) */
#define LL_CLASSIFY_MAX_CLASSES \
    384 /* word classes of urgency.conf ("@people: ..."; 160 -> 192 12-02, -> 224 12-03, -> 256 -> 384 12-04) */
#define LL_CLASSIFY_CLASS_NAME_BYTES 64
/* The words of one class, "a|b|c", nested classes expanded (a stack buffer while loading): @aged
 * spells each age in its contexts ("(87", "van 87", "87 jaar": 2.3 KB) inside @frail. */
#define LL_CLASSIFY_CLASS_BYTES 6000
#define LL_CLASSIFY_MODEL_REASON \
    0.05 /* a learned model's vote at least this large names its words among the reasons */
#define LL_CLASSIFY_MODEL_ALONE \
    0.999 /* where no rule reaches the minimum, a theme model this sure (untempered) names it */
#define LL_CLASSIFY_MODEL_ALONE_GAP \
    2.0 /* the same for a complement theme model: its best theme this many nats ahead */
#define LL_CLASSIFY_STRUCT_PER_NAT \
    0.75 /* "complement product": what a structure gave a theme loses this per nat behind */
#define LL_CLASSIFY_LATER_SENTENCE \
    0.1 /* a theme word's weight lost per sentence after the topic's (the first naming one) */
#define LL_CLASSIFY_LATER_FLOOR 0.5 /* ...down to this factor */
#define LL_CLASSIFY_QUOTED 0.5      /* a theme word's weight in a quoted earlier e-mail */
#define LL_CLASSIFY_OVERIG_GAP \
    0.5 /* a complement theme model whose best theme is "overig" this many nats ahead... */
#define LL_CLASSIFY_OVERIG_RULES_BELOW \
    6.0 /* ...makes the theme "overig" where no rule's theme scores this much */
#define LL_CLASSIFY_FEATURE_NAME_BYTES 40 /* "[feature: name]"; two make a model key */
#define LL_CLASSIFY_MAX_DANGER_KEYS \
    256 /* the danger model's features of one text: fired parts and rules, pairs of parts */
#define LL_CLASSIFY_MAX_OFFICE 32   /* words of the taxonomy's "office:" line */
#define LL_CLASSIFY_OFFICE_BYTES 32 /* one such word */
#define LL_CLASSIFY_OFFICE_WORDS \
    8 /* a subject longer than this is the citizen's, never an office label */
#define LL_CLASSIFY_MAX_LABELS 64 /* words of the taxonomy's "labels:" line (OFFICE_BYTES each) */
#define LL_CLASSIFY_LABEL_WORDS 3 /* a form's label: "Naam van melder:", no longer */
#define LL_CLASSIFY_MESSENGER_WORDS \
    6 /* "Verzorgende van Huize [NAAM] belt namens": the messenger, no longer */

typedef struct ll_classifier ll_classifier;

/* Loads and compiles taxonomy, lexicon and urgency rules into one matcher.
 * NULL with errstr "FILE:LINE: msg" on error. The caller frees the result
 * with ll_classifier_free. */
ll_classifier *ll_classifier_new(const char *taxonomy_path, const char *lexicon_path,
                                 const char *urgency_path, char *errstr, size_t errlen);
/* Another classifier on the rules c loaded, for another thread: it shares
 * them (read-only, so no lock) and has working memory of its own. c must
 * outlive it. NULL with errstr when out of memory; free it with
 * ll_classifier_free. */
ll_classifier *ll_classifier_worker(const ll_classifier *c, char *errstr, size_t errlen);
void ll_classifier_free(ll_classifier *c); /* NULL-safe; a loading classifier after its workers */

/* Reads data.text (+ data.subject, data.kind, data.formal if present) and
 * adds (replacing earlier values):
 *   themes   [{"id", "score" (summed keyword weight), "matched": [words]}], best first
 *   theme    best id, "overig" when nothing matched
 *   sentiment {"score" -1..1, "label", "matched": [words, with their negation
 *             or intensifier]}
 *   emotions [anger|fear|sadness|joy|distrust], emotion_reasons {emotion: [words]}
 *   urgency  {"level": low|normal|high|critical, "reasons": ["rule: 'words'"],
 *             "advice": "..." only when a fired rule carries advice (the 113
 *             referral for suicidal statements; several joined by " / ")}
 * Returns 0, -1 on allocation failure (data may then hold part of it). Only
 * the cJSON output allocates. Not thread-safe per classifier (one per
 * processor thread, each further one from ll_classifier_worker). */
int ll_classify(ll_classifier *c, cJSON *data);

/* on 0: the themes, sentiment and urgency of the rules alone, without the
 * learned models' vote (bench_model measures the one against the other); on
 * 1 (the default): with it, when the taxonomy or urgency.conf names models. */
void ll_classifier_use_model(ll_classifier *c, int on);

/* The danger model's features of the text ll_classify read last (whatever
 * its level): "part: NAME" for each "[feature: NAME]" of urgency.conf that
 * fired, "rule: NAME" for each non-critical rule that fired, "denied: NAME"
 * for each critical rule whose term a negation or "unless:" stopped, "NAME +
 * NAME" for each two parts that fired. keys point into c, valid until the
 * next call or ll_classify; returns how many (at most cap). bench_model
 * learns the model from them. */
size_t ll_classifier_danger_keys(ll_classifier *c, const char **keys, size_t cap);

/* Which of the learned danger models' gates an ordinary purpose told in the text ll_classify
 * read last sets aside (urgency.conf's "words-calm:" and "words-calm-danger:" lines):
 * LL_WORDS_CALM_SUICIDAL (a suicidal statement by the models), LL_WORDS_CALM_DANGER (an acute
 * danger by the models), or both or 0. bench_model replicates the gates with it. */
enum { LL_WORDS_CALM_SUICIDAL = 1, LL_WORDS_CALM_DANGER = 2 };
int ll_classifier_words_calm(const ll_classifier *c);

/* The learned danger models' gates, one predicate for the classifier and for bench_model, whose
 * held-out tables are worth only as much as they open the classifier's gates: a copy of the
 * gates there had to be kept in step by hand with every gate and set-aside added here.
 *
 * The figures of urgency.conf's "danger-model: PARTS MIN WORDS MIN [SUICIDAL [DPARTS DWORDS]]"
 * line (above 1: never). */
typedef struct ll_danger_gates {
    double parts_min;       /* both views: the parts model's P(danger) + P(suicidal) (MIN) */
    double words_min;       /* and the words model's (the second MIN) */
    double suicidal_min;    /* the words model alone, its P(suicidal) (SUICIDAL) */
    double alone_parts_min; /* an acute danger by the words: the parts at least (DPARTS) */
    double alone_words_min; /* and the words model's P(danger) (DWORDS) */
} ll_danger_gates;
/* What the gates read of one text: each model's posterior and how many of its features the text
 * holds (none: the model has no view), and what sets a gate aside: LL_WORDS_CALM_* (an ordinary
 * purpose told, ll_classifier_words_calm) and the classifier's own LL_DANGER_*: a self-harm
 * rule denied (both views and the words' suicidal gate), a suicidal statement framed, the
 * logistic model's veto (the words' suicidal gate). */
enum { LL_DANGER_DENIED = 4, LL_DANGER_FRAMED = 8, LL_DANGER_VETOED = 16 };
typedef struct ll_danger_view {
    size_t nparts, nwords;               /* the models' known features */
    double parts_danger, parts_suicidal; /* the parts model's P */
    double words_danger, words_suicidal; /* the words model's P */
    int aside;                           /* LL_WORDS_CALM_* | LL_DANGER_* */
} ll_danger_view;

/* What sets the gates aside in the text ll_classify read last, but the logistic model's veto
 * (its score is the caller's): LL_WORDS_CALM_* | LL_DANGER_DENIED | LL_DANGER_FRAMED. The
 * classifier's view and bench_model's, so a held-out table counts the flags the processor
 * would not raise (issue 12, models21: with the words' set-asides only, the table counted two
 * false flags a denial or a frame holds back). */
int ll_classifier_danger_aside(const ll_classifier *c);

/* A second opinion on a critical flag of the rules (issue 12, veto25; measured by bench_model
 * --critical, not shipped: it learns which flags the writers call high, and held out it moved a
 * threat of violence with them). Its keys for the text ll_classify read last: "fired: NAME" for
 * each urgency rule above low that fired, "rules: N" how many (3: three or more), "kind: KIND"
 * (kind may be NULL), "aside: B" for each LL_WORDS_CALM_* | LL_DANGER_* bit set aside
 * (ll_classifier_danger_aside). Written into keys, at most cap; returns how many. */
#define LL_CLASSIFY_VETO_KEY_BYTES 112 /* "fired: " and a rule's name */
#define LL_CLASSIFY_MAX_VETO_KEYS 48
size_t ll_classifier_veto_keys(const ll_classifier *c, const char *kind,
                               char (*keys)[LL_CLASSIFY_VETO_KEY_BYTES], size_t cap);
/* And the danger models' view of it: "parts: B", "words danger: B", "words suicidal: B", B the
 * number of nines in P (0..8: 0.99 is 2), or "parts: none", "words: none" where the model knows
 * no feature of the text. */
size_t ll_danger_view_keys(const ll_danger_view *v, char (*keys)[LL_CLASSIFY_VETO_KEY_BYTES],
                           size_t cap);
/* 1 when a suicidal statement or self-harm fired in the text ll_classify read last: a flag a
 * second opinion must never move (a life may hang on it). */
int ll_classifier_crisis(const ll_classifier *c);

/* The first gate v opens, in the classifier's order: both views, as a danger or a suicidal
 * statement (the parts model's class); a suicidal statement by the words alone; an acute
 * danger by the words. The classifier asks its logistic model between the last two. */
enum {
    LL_DANGER_GATE_NONE,
    LL_DANGER_GATE_BOTH_DANGER,
    LL_DANGER_GATE_BOTH_SUICIDAL,
    LL_DANGER_GATE_WORDS_SUICIDAL,
    LL_DANGER_GATE_WORDS_DANGER
};
int ll_danger_gate(const ll_danger_gates *g, const ll_danger_view *v);

/* Gives tn the spelling tolerance of c's taxonomy ("spelling:", off when it
 * names none), so a tool reads words as the classifier does. c must outlive
 * tn's use of it. */
struct ll_textnorm;
void ll_classifier_spelling(const ll_classifier *c, struct ll_textnorm *tn);

/* The name masker's lists, so that the words model of danger never gives the name of a
 * place as its reason ("Weena", "Kruisplein": a word capitalised inside its sentence, not
 * all capitals, that is a place or a street to ll_names_is_place): a place says where,
 * not why it is dangerous. The model still reads every word (leaving the places out of
 * it, or reading them all as one word, found fewer held out: README, issue 12 round 8).
 * NULL (the default): reasons as the model gives them. ll_enrich_text sets the masker's
 * before each text. */
struct ll_names;
void ll_classifier_set_places(ll_classifier *c, const struct ll_names *nm);

/* The Dutch word list of the taxonomy's "spelling:" line (NULL when it names none),
 * for the name masker (ll_names_set_words); it lives as long as c's loading classifier. */
struct ll_wordlist;
const struct ll_wordlist *ll_classifier_words(const ll_classifier *c);

/* The theme ids of the loaded taxonomy, in file order (for tests and tools). */
size_t ll_classifier_themes(const ll_classifier *c);
const char *ll_classifier_theme_id(const ll_classifier *c, size_t i);
/* What the rules gave each theme (in the order above) in the text ll_classify read last, before
 * a theme model's vote: in all (rules), by structure (structv: what the "product" vote keeps), by
 * a person in crisis (crisis); and the taxonomy's minimum. On a classifier without a "model:"
 * line it is what the vote would start from: bench_model --theme replays the vote over it for
 * each way of learning the model, without loading a classifier per way. */
double ll_classifier_theme_evidence(const ll_classifier *c, double *rules, double *structv,
                                    double *crisis);

/* The complement theme model's vote (the taxonomy's "model: ... complement [product]"), as
 * ll_classify casts it and as bench_model replays it over held-out posteriors (--theme,
 * --logistic): one function, so that a way of weighing the model measured there is the vote
 * the processor casts. What it reads beside the posterior: */
typedef struct ll_theme_vote {
    double weight;         /* the line's WEIGHT: the product's exponent, or nats per nat behind */
    int product;           /* "product": a theme's words scaled, its structure's vote added */
    double struct_per_nat; /* with product: a structure's loss per nat (LL_CLASSIFY_STRUCT_...) */
    double theme_min;      /* the taxonomy's "minimum:" */
    int overig;            /* the theme "overig" (its index), -1: none */
} ll_theme_vote;
/* Casts v for a model of k classes: lp its log posterior (tempered, up to a constant),
 * cls_theme each class's theme (NULL: class j is theme j; every class has one), into score,
 * what the rules gave each of the nthemes themes (in, the vote's out), beside structv and crisis
 * (by structure and by a person in crisis: ll_classifier_theme_evidence). Returns the theme
 * "overig" where the vote put it first because no theme fits (the caller's reason), else -1.
 * Reads only its arguments and allocates nothing. */
int ll_theme_vote_cast(const ll_theme_vote *v, const double *lp, size_t k, const int16_t *cls_theme,
                       double *score, const double *structv, const double *crisis, size_t nthemes);

#endif
