/* classify_match.c - the terms of the model found in one text: both streams of the
 * normalised text (surface words and stems) scanned by the matcher, the hits sorted, and
 * multi-part terms resolved into matches with their spans and negations. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "classify_model.h"

typedef struct scan_ctx {
    ll_classifier *c;
    const char *stream;
    const int32_t *map;
    int surf; /* 1: surface stream, 0: stem stream */
} scan_ctx;

static size_t first_word_len(const char *s, size_t n) {
    const char *sp = memchr(s, ' ', n);
    return sp ? (size_t)(sp - s) : n;
}

static size_t last_word_len(const char *s, size_t n) {
    size_t i = n;
    while (i > 0 && s[i - 1] != ' ')
        i--;
    return n - i;
}

/* Dutch inflection endings a compound part may carry at the end of a word. */
static int inflection(const char *s, size_t n) {
    static const char *const endings[] = {"e", "en", "s", "n", "es", "er", "je"};
    for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++)
        if (strlen(endings[i]) == n && memcmp(s, endings[i], n) == 0)
            return 1;
    return 0;
}

/* Whether s[start..end), which does not cover whole words, is a long enough part of a
 * compound with a long enough rest (left and right: the bytes of its words outside it). */
static int compound_part(const char *s, size_t start, size_t end, size_t left, size_t right) {
    size_t fw = first_word_len(s + start, end - start);
    size_t lw = last_word_len(s + start, end - start);
    if (left && (left < LL_CLASSIFY_MIN_REST || fw < LL_CLASSIFY_MIN_PART))
        return 0;
    if (right && (right < LL_CLASSIFY_MIN_REST || lw < LL_CLASSIFY_MIN_PART))
        return 0;
    return !(left && right && fw < LL_CLASSIFY_MIN_PART + 1);
}

/* Whether each word of tokens t0..t1 is its own stem. */
static int stems_are_words(const ll_textnorm *tn, int32_t t0, int32_t t1) {
    for (int32_t t = t0; t <= t1; t++) {
        const ll_tok *k = &tn->toks[t];
        if (k->surf_len != k->stem_len ||
            memcmp(tn->surf + k->surf, tn->stem + k->stem, k->stem_len))
            return 0;
    }
    return 1;
}

/* Whether word t is a preposition right before a colon. Such a one closes its clause ("er
 * ... over", "daar ... mee") and governs nothing the colon announces, so no term runs across it:
 * "ik bel er voor het eerst over: de reling hangt los" names a loose railing, not anyone "over
 * de reling" (issue 12, suicidal27). Other words do run on across a colon, as a term may read
 * them ("een jaar later: schuldenvrij", "en denk: een stap"). */
static int stranded_prep(const ll_textnorm *tn, int32_t t) {
    static const char *const preps[] = {"aan",    "achter", "bij", "boven", "door",  "in",
                                        "langs",  "mee",    "met", "na",    "naar",  "naast",
                                        "om",     "onder",  "op",  "over",  "tegen", "tot",
                                        "tussen", "uit",    "van", "vanaf", "voor",  "zonder"};
    const ll_tok *k = &tn->toks[t];
    for (size_t i = 0; i < sizeof(preps) / sizeof(preps[0]); i++)
        if (strlen(preps[i]) == k->surf_len &&
            memcmp(tn->surf + k->surf, preps[i], k->surf_len) == 0)
            return 1;
    return 0;
}

/* The order hits are resolved in, as one number: by last word, then longer first (the
 * first word descending), then term and part; the term and part are read back from it. */
_Static_assert(LL_TEXTNORM_MAX_TOKENS <= 0x10000, "a token index fits 16 bits of a hit's key");
_Static_assert(32 - V_TERM_SHIFT <= 30, "a term index fits 30 bits of a hit's key");
_Static_assert(LL_CLASSIFY_MAX_TERMS <= 1u << (32 - V_TERM_SHIFT),
               "a term index fits a matcher value");
static uint64_t hit_key(int32_t t0, int32_t t1, uint32_t ti, uint32_t part) {
    return (uint64_t)t1 << 48 | (uint64_t)(0xFFFF - t0) << 32 | ti << 2 | part;
}
static uint32_t hit_term(const hit *h) { return (uint32_t)h->key >> 2; }
static uint32_t hit_part(const hit *h) { return (uint32_t)h->key & 3; }

/* A pattern occurrence becomes a hit when it covers whole words, or, for
 * compound terms, a long enough part of a compound with a long enough rest:
 * "afval" in "afvalcontainer", "toeslag" in "huurtoeslag", not "gas" in
 * "gast" nor "afval" in "afvallen". The matcher's filter turns away what
 * cannot be a hit (surf_filter, stem_filter); the rest is judged here, the
 * span once for all the terms that end on it (on_match was ~93 instructions
 * a value when it judged each alone). */
static void on_run(void *ctx, size_t start, size_t end, const uint32_t *values, size_t n) {
    scan_ctx *sc = ctx;
    ll_classifier *c = sc->c;
    int32_t t0 = sc->map[start], t1 = sc->map[end - 1];
    if (t0 < 0 || t1 < 0)
        return;
    for (int32_t t = t0; t < t1; t++)
        if (stranded_prep(c->tn, t) && ll_classify_colon_after(c, t))
            return;
    /* The stream holds " w1 w2|w3 ": a sentence opens after '|' or at byte 1 and
     * closes before '|' or the last byte. */
    int opens = start < 2 || sc->stream[start - 1] == '|';
    int closes = sc->stream[end] == '|' || sc->stream[end + 1] == '\0';
    const ll_tok *a = &c->tn->toks[t0], *b = &c->tn->toks[t1];
    size_t ws = sc->surf ? a->surf : a->stem;
    size_t we = sc->surf ? b->surf + b->surf_len : b->stem + b->stem_len;
    size_t left = start - ws, right = we - end;
    /* "toeslag" in "huurtoeslagen": an ending, not another word. Only after
     * a compound's first part: whole words meet their inflections by stem. */
    if (left && right && right < LL_CLASSIFY_MIN_REST && sc->surf &&
        inflection(sc->stream + end, right))
        right = 0;
    /* Compound parts only in the surface stream: stems of short words
     * collide inside compounds ("sloot" -> "slot" in "aangesloten"). */
    int part = !(left || right) ? 1 : !sc->surf ? 0 : -1; /* -1: not yet judged */
    int found = -1; /* in the stem stream: whether the surface scan found this span's terms */
    /* The value bits that turn a term away on this span, tested at once for each value. A verb
     * before its subject is the second place of a main clause only after a word of its
     * sentence ("dat weet ik niet meer"); at the start it asks ("Weet ik veel?"). The
     * stream's first byte opens the text, '|' a sentence. */
    uint32_t refuse = (opens ? V_INV : V_BEGIN) | (closes ? 0 : V_END) | (a->paren ? 0 : V_PAREN);
    for (size_t i = 0; i < n; i++) {
        uint32_t value = values[i];
        if (value & refuse)
            continue;
        /* A form that is its own stem is in both streams (classify_load.c): where each word
         * of the span is its own stem too, the surface scan made this very hit. Made again,
         * it was sorted and then dropped: 39 of the 117 hits an event on 2,000 simulated
         * events (bench_enrich), 3 in 5 of the stem stream's. */
        if (!sc->surf && (value & V_SURF)) {
            if (found < 0)
                found = stems_are_words(c->tn, t0, t1);
            if (found)
                continue;
        }
        if (left || right) {
            if (!(c->md->terms[value >> V_TERM_SHIFT].compound || (value & V_COMP)))
                continue;
            if (part < 0)
                part = compound_part(sc->stream, start, end, left, right);
            if (!part)
                continue;
        }
        if (c->nhits >= LL_CLASSIFY_MAX_HITS)
            return;
        hit *h = &c->hits[c->nhits++];
        h->key = hit_key(t0, t1, value >> V_TERM_SHIFT, value & 3);
        h->t0 = t0;
        h->t1 = t1;
        if (value & V_NEG)
            for (int32_t j = t0; j <= t1; j++)
                c->tflags[j] |= TF_NEG;
    }
}

/* What the matcher reports to on_run: in the surface stream the surface
 * forms, anywhere for compound terms (V_COMP, classify_load.c), else on whole
 * words; in the stem stream the stems on whole words only (stems of short
 * words collide inside compounds: "sloot" -> "slot" in "aangesloten"). A
 * word starts after a separator and ends before one; the stream's first byte
 * is a separator that belongs to no word: nothing starts there. Most
 * occurrences are a short term inside a longer word and go in the scan,
 * without a call (on_match was called ~490 times an event, hit_add ~110). */
static const ll_matcher_filter surf_filter = {
    .need = V_SURF, .part_ok = V_COMP, .sep = {[' '] = 1, ['|'] = 1}};
static const ll_matcher_filter stem_filter = {
    .need = V_STEM, .part_ok = 0, .sep = {[' '] = 1, ['|'] = 1}};

static int hit_cmp(const void *pa, const void *pb) {
    const hit *a = pa, *b = pb;
    return (a->key > b->key) - (a->key < b->key);
}

/* Sorts h[0..n) by hit_cmp with at most budget moves; -1 when it needs more
 * (h is then in some other order of the same hits). */
static int insertion_sort(hit *h, size_t n, size_t budget) {
    for (size_t i = 1; i < n; i++) {
        hit x = h[i];
        size_t j = i;
        for (; j > 0 && h[j - 1].key > x.key; j--) {
            if (budget-- == 0)
                return -1;
            h[j] = h[j - 1];
        }
        h[j] = x;
    }
    return 0;
}

/* Reverses each run of hits on the same last word. The matcher reports the
 * patterns ending at one byte longest first and, of one node, the term added
 * last first: the reverse of hit_cmp's order, which insertion sort pays for
 * with a move per pair. Reversed, a run is nearly in order. Only an order to
 * start from: the sort's result is the same. */
static void reverse_runs(hit *h, size_t n) {
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && h[j].t1 == h[i].t1)
            j++;
        for (size_t a = i, b = j - 1; a < b; a++, b--) {
            hit x = h[a];
            h[a] = h[b];
            h[b] = x;
        }
        i = j;
    }
}

/* Puts the hits of both scans (the surface stream's are h[0..nsurf)) in
 * hit_cmp order. A scan reports hits in the order their words end, so each
 * scan's run is nearly sorted: sorting each in place and merging the two
 * takes a fraction of qsort's time (qsort was ~6% of an event's CPU). A run
 * with many hits out of place falls back to qsort. hit_cmp orders every
 * two different hits, so the result is the same either way. */
static void sort_hits(ll_classifier *c, size_t nsurf) {
    size_t n = c->nhits, budget = 8 * n + 64;
    reverse_runs(c->hits, nsurf);
    reverse_runs(c->hits + nsurf, n - nsurf);
    if (insertion_sort(c->hits, nsurf, budget) != 0 ||
        insertion_sort(c->hits + nsurf, n - nsurf, budget) != 0) {
        qsort(c->hits, n, sizeof(*c->hits), hit_cmp);
        return;
    }
    const hit *a = c->hits, *ae = c->hits + nsurf, *b = ae, *be = c->hits + n;
    hit *o = c->hits_tmp;
    while (a < ae && b < be)
        *o++ = a->key <= b->key ? *a++ : *b++;
    while (a < ae)
        *o++ = *a++;
    while (b < be)
        *o++ = *b++;
    hit *t = c->hits;
    c->hits = c->hits_tmp;
    c->hits_tmp = t;
}

int ll_classify_negator_in(const ll_classifier *c, int32_t from, int32_t to) {
    for (int32_t j = from; j <= to; j++)
        if (j >= 0 && (c->tflags[j] & TF_NEG))
            return 1;
    return 0;
}

/* The negator governing the word at t0: up to three words before it in
 * the same clause ("niet tevreden", "niet echt blij", "geen gaslucht"). */
int32_t ll_classify_negator_before(const ll_classifier *c, int32_t t0) {
    const ll_tok *toks = c->tn->toks;
    for (int32_t j = t0 - 1; j >= 0 && j >= t0 - 3; j--) {
        if (toks[j].clause != toks[t0].clause)
            break;
        if (c->tflags[j] & TF_NEG)
            return ll_classify_after_if_clause(c, j, t0) ? -1 : j;
    }
    return -1;
}

/* Whether a negation in [from, to] negates the part that starts at next: it
 * stands in that part's clause. A negation's scope is the clause that holds it
 * ("wil niet dood"), not anything between two parts: in "geslagen omdat ze
 * niet opzij ging, de tram staat nu stil" the "niet" negates the going aside,
 * not the tram standing still. */
static int gap_negates(const ll_classifier *c, int32_t from, int32_t to, int32_t next) {
    const ll_tok *toks = c->tn->toks;
    for (int32_t j = to; j >= from && j >= 0; j--) {
        if (toks[j].clause != toks[next].clause)
            return 0;
        if (c->tflags[j] & TF_NEG)
            return !ll_classify_after_if_clause(c, j, next);
    }
    return 0;
}

/* An "&" term's parts seen so far in its last sentences (the rule's
 * "sentences:", default one), with h: 1 when every part is there, on words
 * of their own, within the rule's window; then [t0, t1] is their span and
 * neg says whether a negation stands in it outside the parts ("wil niet
 * dood"). A part's hit before its last one stands in for it when the last
 * lies on another part's words ("ik maak einde aan mijzelf": the person is
 * "ik", not the "mijzelf" of the end); the last hits are tried first. */
static int all_parts_near(ll_classifier *c, const hit *h, int32_t *t0, int32_t *t1, uint8_t *neg) {
    const ll_tok *toks = c->tn->toks;
    const term *t = &c->md->terms[hit_term(h)];
    near_state *ns = &c->near[t->near];
    uint32_t part = hit_part(h);
    uint32_t sent = toks[h->t0].sent, span = c->md->rules[t->owner].sentences;
    if (ns->gen != c->gen) {
        ns->gen = c->gen;
        ns->have = 0;
        ns->prev = 0;
    }
    /* Parts told too many sentences back no longer count (none to drop when none is kept:
     * most terms' first hit in a text, where the loop was ~3,000 instructions an event). */
    for (int i = 0; (ns->have | ns->prev) && i < t->nparts; i++) {
        if ((ns->have & (1u << i)) && toks[ns->p0[i]].sent + span <= sent)
            ns->have &= (uint8_t) ~(1u << i);
        if (!(ns->have & (1u << i)) ||
            ((ns->prev & (1u << i)) && toks[ns->q0[i]].sent + span <= sent))
            ns->prev &= (uint8_t) ~(1u << i);
    }
    ns->sent = sent;
    if (ns->have & (1u << part)) {
        ns->q0[part] = ns->p0[part];
        ns->q1[part] = ns->p1[part];
        ns->prev |= (uint8_t)(1u << part);
    }
    ns->have |= (uint8_t)(1u << part);
    ns->p0[part] = h->t0;
    ns->p1[part] = h->t1;
    if (ns->have != (1u << t->nparts) - 1)
        return 0;
    /* Each choice: bit i set takes part i's hit before its last (never for h's own part). */
    uint32_t choices = 1u << t->nparts;
    int32_t a0[LL_CLASSIFY_MAX_PARTS], a1[LL_CLASSIFY_MAX_PARTS], lo = 0, hi = 0;
    int found = 0;
    for (int ones = 0; ones <= t->nparts && !found; ones++) {
        for (uint32_t m = 0; m < choices && !found; m++) {
            if (__builtin_popcount(m) != ones || (m & ~(uint32_t)ns->prev) || (m & (1u << part)))
                continue;
            lo = h->t0;
            hi = h->t1;
            int ok = 1;
            for (int i = 0; i < t->nparts && ok; i++) {
                a0[i] = (m & (1u << i)) ? ns->q0[i] : ns->p0[i];
                a1[i] = (m & (1u << i)) ? ns->q1[i] : ns->p1[i];
                if (a0[i] < lo)
                    lo = a0[i];
                if (a1[i] > hi)
                    hi = a1[i];
                for (int k = 0; k < i; k++)
                    if (!(a1[i] < a0[k] || a1[k] < a0[i]))
                        ok = 0; /* two parts on the same word */
            }
            found = ok && hi - lo + 1 <= c->md->rules[t->owner].window &&
                    !ll_classify_leaves_quote(c, lo, hi);
        }
    }
    if (!found)
        return 0;
    /* A negation outside the parts counts when the next part after it is in its clause. */
    uint8_t n = 0;
    for (int32_t j = lo; j <= hi && !n; j++) {
        int in_part = 0;
        int32_t next = hi + 1;
        for (int i = 0; i < t->nparts; i++) {
            in_part |= j >= a0[i] && j <= a1[i];
            if (a0[i] > j && a0[i] < next)
                next = a0[i];
        }
        n = !in_part && (c->tflags[j] & TF_NEG) && next <= hi && gap_negates(c, j, j, next);
    }
    ns->have = 0;
    ns->prev = 0;
    *t0 = lo;
    *t1 = hi;
    *neg = n;
    return 1;
}

/* Hits in token order become matches; "~" terms need their parts in order,
 * in one sentence, at most LL_CLASSIFY_NEAR_TOKENS words apart. */
static void resolve_matches(ll_classifier *c) {
    const ll_tok *toks = c->tn->toks;
    c->nmatches = 0;
    /* The negations were marked as their hits were made (V_NEG): "ruik ~ gas" must see the
     * "geen" between its parts. */
    ll_classify_mark_streets(c);
    ll_classify_mark_quotes(c);
    if (++c->gen == 0) {
        memset(c->near, 0, c->md->nnear * sizeof(*c->near));
        c->gen = 1;
    }
    for (size_t i = 0; i < c->nhits; i++) {
        const hit *h = &c->hits[i];
        if (i > 0 && h->key == c->hits[i - 1].key)
            continue; /* the same hit via the surface and the stem */
        const term *t = &c->md->terms[hit_term(h)];
        if (t->kind == K_URG && ((c->tflags[h->t0] | c->tflags[h->t1]) & TF_STREET))
            continue; /* a word of a street's name: no urgency term's part */
        /* A word of a place's name: no danger's (the press rule still reads "De Telegraaf"). */
        if (t->kind == K_URG && ((c->tflags[h->t0] | c->tflags[h->t1]) & TF_NAME) &&
            (c->md->rules[t->owner].level == LVL_CRITICAL || c->md->rules[t->owner].feature))
            continue;
        int32_t t0 = h->t0, t1 = h->t1;
        uint8_t neg = 0;
        if (t->nparts > 1 && t->unordered) {
            if (!all_parts_near(c, h, &t0, &t1, &neg))
                continue;
        } else if (t->nparts > 1) {
            near_state *ns = &c->near[t->near];
            if (hit_part(h) == 0) {
                ns->gen = c->gen;
                ns->next = 1;
                ns->neg = 0;
                ns->t0 = h->t0;
                ns->t_end = h->t1;
                continue;
            }
            if (ns->gen != c->gen || ns->next != hit_part(h) || h->t0 <= ns->t_end ||
                h->t0 - ns->t_end - 1 > LL_CLASSIFY_NEAR_TOKENS ||
                toks[h->t0].sent != toks[ns->t0].sent)
                continue;
            ns->neg |= (uint8_t)gap_negates(c, ns->t_end + 1, h->t0 - 1, h->t0);
            ns->t_end = h->t1;
            if (++ns->next < t->nparts)
                continue;
            ns->gen = 0;
            t0 = ns->t0;
            neg = ns->neg;
        }
        if (ll_classify_leaves_quote(c, t0, t1))
            continue;
        if (c->nmatches >= LL_CLASSIFY_MAX_HITS)
            break;
        match *mt = &c->matches[c->nmatches++];
        mt->term = hit_term(h);
        mt->t0 = t0;
        mt->t1 = t1;
        mt->gap_negated = neg;
    }
}

void ll_classify_match(ll_classifier *c) {
    c->nhits = 0;
    memset(c->tflags, 0, c->tn->ntoks * sizeof(*c->tflags));
    scan_ctx sc = {.c = c, .stream = c->tn->surf, .map = c->tn->surf_tok, .surf = 1};
    ll_matcher_scan_words(c->md->m, c->tn->surf, c->tn->surf_len, &surf_filter, on_run, &sc);
    size_t nsurf = c->nhits;
    sc = (scan_ctx){.c = c, .stream = c->tn->stem, .map = c->tn->stem_tok, .surf = 0};
    ll_matcher_scan_words(c->md->m, c->tn->stem, c->tn->stem_len, &stem_filter, on_run, &sc);
    sort_hits(c, nsurf);
    resolve_matches(c);
}
