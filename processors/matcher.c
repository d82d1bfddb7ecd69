/* matcher.c - one Aho-Corasick automaton over bytes for every pattern of the classifier. */
#include "matcher.h"

#include <stdlib.h>
#include <string.h>

/* An output of a node: a pattern ending there. */
typedef struct ac_out {
    uint32_t value;
    uint32_t len;
    int32_t next; /* next output of the same node, -1 ends */
} ac_out;

/* A trie edge while building (sparse); replaced by the dense table at compile. */
typedef struct ac_edge {
    int32_t child;
    int32_t next;
    uint8_t cls;
} ac_edge;

/* A chain node: its child on class cls (CHAIN_NONE: it has none), else the
 * scan goes on from its failure node, which is shallower. */
typedef struct ac_chain {
    uint32_t next_cls; /* child << 8 | class */
    uint32_t fail;     /* | CHAIN_EMITS when patterns end at the node: the scan reads this
                        * entry for the next byte anyway, not a line of rep_at[] */
} ac_chain;
#define CHAIN_NONE 0xFFu
#define CHAIN_EMITS 0x80000000u
_Static_assert(LL_MATCHER_MAX_PATTERN < 1 << 9, "a run's length must fit in its 9 bits");
_Static_assert(LL_MATCHER_MAX_PATTERNS < 1 << 23, "a run's values must fit in its 23 bits");
_Static_assert(LL_MATCHER_MAX_RUNS <= 1 << 23, "a node's first run must fit in its 23 bits");

struct ll_matcher {
    uint8_t cls[256]; /* byte -> class; 0: no pattern uses the byte */
    int nclasses;
    int32_t nnodes, capnodes;
    int32_t *first_edge; /* build only */
    int32_t *out;        /* build only: node -> first output, -1 none */
    int32_t *dict;       /* build only: node -> nearest proper suffix node with outputs */
    /* Compiled, nodes numbered anew: the ndense nodes with a row of the
     * table (the root and every node with two or more children) first, then
     * the chain nodes (one child, or none: most of a dictionary's nodes, deep
     * in its words), each with its child's class and its failure node. A
     * full table (36,353 nodes x 38 classes x 2 bytes, 2.8 MB for the
     * shipped rules) did not stay in the cache of a core the broker and
     * Redis share: the scan was ~12% of the processor's perf samples. */
    int32_t ndense;
    int32_t *delta;         /* dense node * nclasses + class -> node */
    uint16_t *delta16;      /* the same, when every node fits in 16 bits (then delta is NULL) */
    struct ac_chain *chain; /* node - ndense -> its one way on, else its failure node */
    /* Compiled: what each node reports, its own patterns and those of its
     * dictionary suffixes in the order the scan reports them, one run of runs per
     * node (runs[rep_at[node].at ..][.. rep_at[node].n]), read in one cache line or
     * two where following out[], outs[] and dict[] took a miss for each (~45% of the
     * scan's perf samples in the pipeline). A run is the patterns of one node of the
     * chain of suffixes: one length, and its values, vals[at .. at + n). What is
     * stored once is pointed at: a node's values by every run of it, the runs of a
     * node with patterns of its own by each node whose nearest reporting suffix it is
     * (it has none of its own, and reports the same). Written out again for each
     * node above them, the values were 5.2 of the automaton's 10.3 MB for the rules
     * of 12-05 (6 copies a value: a short word ends inside many longer ones), the
     * runs 0.5 MB more, and both grew with every rule (issue 16, the peak RSS). */
    struct ac_span {
        uint32_t at : 23; /* the node's first run in runs[] (at most LL_MATCHER_MAX_RUNS) */
        uint32_t n : 9;   /* its runs: one a length, so at most LL_MATCHER_MAX_PATTERN */
        uint32_t any;     /* the bits of all its reports' values, OR'd: a filter that
                           * wants a bit none has skips the node's run unread */
    } * rep_at;
    struct ac_run {
        uint32_t at;      /* its first value in vals[] */
        uint32_t len : 9; /* of every pattern of the run (at most LL_MATCHER_MAX_PATTERN) */
        uint32_t n : 23;  /* its values (at most LL_MATCHER_MAX_PATTERNS) */
    } * runs;
    uint32_t *vals;
    ac_edge *edges;
    int32_t nedges, capedges;
    ac_out *outs; /* build only */
    int32_t nouts, capouts;
    int compiled;
};

static int grow(void **p, int32_t *cap, int32_t need, size_t elem) {
    if (need <= *cap)
        return 0;
    int32_t nc = *cap ? *cap : 256;
    while (nc < need)
        nc *= 2;
    void *q = realloc(*p, (size_t)nc * elem);
    if (!q)
        return -1;
    *p = q;
    *cap = nc;
    return 0;
}

static int32_t new_node(ll_matcher *m) {
    if (m->nnodes >= LL_MATCHER_MAX_NODES)
        return -1;
    if (m->nnodes + 1 > m->capnodes) {
        int32_t cap = m->capnodes, cap2 = m->capnodes, cap3 = m->capnodes;
        if (grow((void **)&m->first_edge, &cap, m->nnodes + 1, sizeof(int32_t)) ||
            grow((void **)&m->out, &cap2, m->nnodes + 1, sizeof(int32_t)) ||
            grow((void **)&m->dict, &cap3, m->nnodes + 1, sizeof(int32_t)))
            return -1;
        m->capnodes = cap;
    }
    int32_t n = m->nnodes++;
    m->first_edge[n] = -1;
    m->out[n] = -1;
    m->dict[n] = -1;
    return n;
}

ll_matcher *ll_matcher_new(void) {
    ll_matcher *m = calloc(1, sizeof(*m));
    if (!m)
        return NULL;
    m->nclasses = 1;
    if (new_node(m) < 0) {
        ll_matcher_free(m);
        return NULL;
    }
    return m;
}

void ll_matcher_free(ll_matcher *m) {
    if (!m)
        return;
    free(m->first_edge);
    free(m->out);
    free(m->dict);
    free(m->delta);
    free(m->delta16);
    free(m->chain);
    free(m->rep_at);
    free(m->runs);
    free(m->vals);
    free(m->edges);
    free(m->outs);
    free(m);
}

static int32_t child_of(const ll_matcher *m, int32_t node, uint8_t cls) {
    for (int32_t e = m->first_edge[node]; e >= 0; e = m->edges[e].next)
        if (m->edges[e].cls == cls)
            return m->edges[e].child;
    return -1;
}

int ll_matcher_add(ll_matcher *m, const char *pat, size_t len, uint32_t value) {
    if (m->compiled || len == 0 || len > LL_MATCHER_MAX_PATTERN ||
        m->nouts >= LL_MATCHER_MAX_PATTERNS)
        return -1;
    int32_t node = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t b = (uint8_t)pat[i];
        if (!m->cls[b]) {
            if (m->nclasses >= 256)
                return -1;
            m->cls[b] = (uint8_t)m->nclasses++;
        }
        int32_t c = child_of(m, node, m->cls[b]);
        if (c < 0) {
            if ((c = new_node(m)) < 0 ||
                grow((void **)&m->edges, &m->capedges, m->nedges + 1, sizeof(ac_edge)))
                return -1;
            ac_edge *e = &m->edges[m->nedges];
            e->child = c;
            e->cls = m->cls[b];
            e->next = m->first_edge[node];
            m->first_edge[node] = m->nedges++;
        }
        node = c;
    }
    if (grow((void **)&m->outs, &m->capouts, m->nouts + 1, sizeof(ac_out)))
        return -1;
    ac_out *o = &m->outs[m->nouts];
    o->value = value;
    o->len = (uint32_t)len;
    o->next = m->out[node];
    m->out[node] = m->nouts++;
    return 0;
}

/* Numbers the nodes anew (dense ones first, each group in the order of
 * adding, which keeps a word's nodes together) and keeps rows only for the
 * dense ones; rows holds them in the old numbers (row[n], -1: a chain node),
 * nchild each node's children. Fills out[], dict[] and emit[] (N each) in the
 * new numbers for pack_reports. */
static int pack_nodes(ll_matcher *m, const int32_t *rows, const int32_t *row, const int32_t *nchild,
                      const int32_t *fail, int32_t *out, int32_t *dict, int32_t *emit) {
    int K = m->nclasses;
    int32_t N = m->nnodes, nd = 0, nc = 0;
    int32_t *only = malloc((size_t)N * sizeof(int32_t));
    int32_t *nu = malloc((size_t)N * sizeof(int32_t));
    int rc = -1;
    if (!only || !nu)
        goto done;
    for (int32_t n = 0; n < N; n++)
        for (int32_t e = m->first_edge[n]; e >= 0; e = m->edges[e].next)
            only[n] = e;
    for (int32_t n = 0; n < N; n++)
        if (row[n] >= 0)
            nu[n] = nd++;
    for (int32_t n = 0; n < N; n++)
        if (row[n] < 0)
            nu[n] = nd + nc++;
    m->ndense = nd;
    if (nc && !(m->chain = malloc((size_t)nc * sizeof(ac_chain))))
        goto done;
    int narrow = N <= 65536;
    if (narrow ? !(m->delta16 = malloc((size_t)nd * (size_t)K * sizeof(uint16_t)))
               : !(m->delta = malloc((size_t)nd * (size_t)K * sizeof(int32_t))))
        goto done;
    for (int32_t n = 0; n < N; n++) {
        int32_t v = nu[n];
        out[v] = m->out[n];
        dict[v] = m->dict[n] >= 0 ? nu[m->dict[n]] : -1;
        emit[v] = m->out[n] >= 0 ? v : dict[v];
        if (v < nd) {
            for (int c = 0; c < K; c++) {
                int32_t to = nu[rows[(size_t)row[n] * K + c]];
                if (narrow)
                    m->delta16[(size_t)v * K + c] = (uint16_t)to;
                else
                    m->delta[(size_t)v * K + c] = to;
            }
        } else {
            ac_chain *ch = &m->chain[v - nd];
            ch->next_cls = nchild[n]
                               ? (uint32_t)nu[m->edges[only[n]].child] << 8 | m->edges[only[n]].cls
                               : CHAIN_NONE;
            ch->fail = (uint32_t)nu[fail[n]] | (emit[v] >= 0 ? CHAIN_EMITS : 0);
        }
    }
    rc = 0;
done:
    free(only);
    free(nu);
    return rc;
}

/* Each node's reports, as emit[] then dict[] and each node's outputs led to them (newest
 * output first, as added): one run for each node of that chain, over the values of the
 * node's own outputs, laid out once in vals[]; a node without outputs of its own shares
 * the runs of its emit[] node. Frees the outputs. */
static int pack_reports(ll_matcher *m, const int32_t *out, const int32_t *dict,
                        const int32_t *emit) {
    int32_t N = m->nnodes;
    struct ac_run *own = malloc((size_t)N * sizeof(*own)); /* the run of x's own outputs */
    size_t nval = 0, nrun = 0;
    int rc = -1;
    if (!own || !(m->rep_at = malloc(((size_t)N ? (size_t)N : 1) * sizeof(*m->rep_at))) ||
        !(m->vals = malloc(((size_t)m->nouts ? (size_t)m->nouts : 1) * sizeof(*m->vals))))
        goto done;
    for (int32_t x = 0; x < N; x++) {
        own[x].at = (uint32_t)nval;
        own[x].n = 0;
        /* The outputs of one node are patterns of one length: the node's depth. */
        own[x].len = out[x] >= 0 ? m->outs[out[x]].len : 0;
        for (int32_t o = out[x]; o >= 0; o = m->outs[o].next, own[x].n++)
            m->vals[nval++] = m->outs[o].value;
    }
    for (int32_t v = 0; v < N; v++)
        for (int32_t x = out[v] >= 0 ? v : -1; x >= 0; x = dict[x])
            nrun++;
    if (nrun > LL_MATCHER_MAX_RUNS || !(m->runs = malloc((nrun ? nrun : 1) * sizeof(*m->runs))))
        goto done;
    nrun = 0;
    for (int32_t v = 0; v < N; v++) {
        if (out[v] < 0)
            continue;
        m->rep_at[v].at = (uint32_t)nrun;
        m->rep_at[v].n = 0;
        m->rep_at[v].any = 0;
        for (int32_t x = v; x >= 0; x = dict[x], m->rep_at[v].n++) {
            for (uint32_t r = own[x].at; r < own[x].at + own[x].n; r++)
                m->rep_at[v].any |= m->vals[r];
            m->runs[nrun++] = own[x];
        }
    }
    for (int32_t v = 0; v < N; v++)
        if (out[v] < 0)
            m->rep_at[v] = emit[v] >= 0 ? m->rep_at[emit[v]] : (struct ac_span){0, 0, 0};
    /* The scan reads runs[], vals[] and the chains' bits only. */
    free(m->outs);
    m->outs = NULL;
    rc = 0;
done:
    free(own);
    return rc;
}

/* The node the automaton goes to from node on class c, every row of a dense node
 * shallower than the one being filled already written: a chain node (one child or none)
 * takes its child on c, else it goes on from its failure node, as the scan's chain_step. */
static int32_t goto_built(const ll_matcher *m, const int32_t *rows, const int32_t *row,
                          const int32_t *fail, int32_t node, int c) {
    while (row[node] < 0) {
        int32_t e = m->first_edge[node];
        if (e >= 0 && m->edges[e].cls == c)
            return m->edges[e].child;
        node = fail[node];
    }
    return rows[(size_t)row[node] * m->nclasses + c];
}

int ll_matcher_compile(ll_matcher *m) {
    int K = m->nclasses;
    int32_t N = m->nnodes, nd = 0;
    /* Rows only for the nodes that keep one (the root and every node with two or more
     * children, 10,661 of 127,332 for the shipped rules of 12-04); a chain node's way on
     * is found through its failure nodes as the scan finds it. A row for every node
     * (x 40 classes x 4 bytes: 20 MB, touched whole and freed at once) set the
     * processor's peak RSS while it loaded its rules: 67.5 -> 50.3 MiB with its two
     * workers' classifiers made (issue 16). */
    int32_t *fail = malloc((size_t)N * sizeof(int32_t));
    int32_t *queue = malloc((size_t)N * sizeof(int32_t));
    int32_t *nchild = calloc((size_t)N, sizeof(int32_t));
    int32_t *row = malloc((size_t)N * sizeof(int32_t));
    int32_t *rows = NULL, *out = NULL, *dict = NULL, *emit = NULL;
    int rc = -1;
    if (!fail || !queue || !nchild || !row)
        goto done;
    for (int32_t n = 0; n < N; n++)
        for (int32_t e = m->first_edge[n]; e >= 0; e = m->edges[e].next)
            nchild[n]++;
    /* Class CHAIN_NONE must not be a class: with 255 or more, every node is dense. */
    for (int32_t n = 0; n < N; n++)
        row[n] = n == 0 || nchild[n] >= 2 || K >= (int)CHAIN_NONE ? nd++ : -1;
    if (!(rows = malloc((size_t)nd * (size_t)K * sizeof(int32_t))))
        goto done;
    /* Breadth first: a node's failure node is shallower, so its row is done. */
    int32_t qh = 0, qt = 0;
    fail[0] = 0;
    for (int c = 0; c < K; c++)
        rows[c] = 0;
    for (int32_t e = m->first_edge[0]; e >= 0; e = m->edges[e].next) {
        rows[m->edges[e].cls] = m->edges[e].child;
        fail[m->edges[e].child] = 0;
        queue[qt++] = m->edges[e].child;
    }
    while (qh < qt) {
        int32_t n = queue[qh++];
        int32_t f = fail[n];
        m->dict[n] = m->out[f] >= 0 ? f : m->dict[f];
        if (row[n] >= 0) {
            int32_t *r = &rows[(size_t)row[n] * K];
            if (row[f] >= 0)
                memcpy(r, &rows[(size_t)row[f] * K], (size_t)K * sizeof(int32_t));
            else
                for (int c = 0; c < K; c++)
                    r[c] = goto_built(m, rows, row, fail, f, c);
            for (int32_t e = m->first_edge[n]; e >= 0; e = m->edges[e].next)
                r[m->edges[e].cls] = m->edges[e].child;
        }
        for (int32_t e = m->first_edge[n]; e >= 0; e = m->edges[e].next) {
            int32_t c = m->edges[e].child;
            fail[c] = goto_built(m, rows, row, fail, f, m->edges[e].cls);
            queue[qt++] = c;
        }
    }
    if (!(out = malloc((size_t)N * sizeof(int32_t))) ||
        !(dict = malloc((size_t)N * sizeof(int32_t))) ||
        !(emit = malloc((size_t)N * sizeof(int32_t))) ||
        pack_nodes(m, rows, row, nchild, fail, out, dict, emit) != 0)
        goto done;
    /* The trie and the walk's arrays go before the reports are laid out: the reports
     * (4.5 MB for the shipped rules) were made while the trie's edges, outputs and the
     * walk's arrays (~10 MB) were still held, which set loading's peak RSS (issue 16). */
    free(fail);
    free(queue);
    free(nchild);
    free(row);
    free(rows);
    fail = queue = nchild = row = rows = NULL;
    free(m->edges);
    m->edges = NULL;
    free(m->first_edge);
    m->first_edge = NULL;
    free(m->out);
    free(m->dict);
    m->out = m->dict = NULL;
    if (pack_reports(m, out, dict, emit) != 0)
        goto done;
    m->compiled = 1;
    rc = 0;
done:
    free(fail);
    free(queue);
    free(nchild);
    free(row);
    free(rows);
    free(out);
    free(dict);
    free(emit);
    return rc;
}

/* Reports every pattern ending at s[i] (node: the state after reading it). */
static inline __attribute__((always_inline)) void emit_at(const ll_matcher *m, int32_t node,
                                                          size_t i, ll_matcher_fn fn, void *ctx) {
    if (node >= m->ndense && !(m->chain[node - m->ndense].fail & CHAIN_EMITS))
        return;
    for (uint32_t k = m->rep_at[node].at, end = k + m->rep_at[node].n; k < end; k++)
        for (uint32_t r = m->runs[k].at; r < m->runs[k].at + m->runs[k].n; r++)
            fn(ctx, i + 1 - m->runs[k].len, i + 1, m->vals[r]);
}

/* Hands fn the values of vals[r..run_end) (one run: one length) that have a bit of need and,
 * unless whole, a bit of part_ok. */
static inline __attribute__((always_inline)) void
emit_run(const ll_matcher *m, uint32_t r, uint32_t run_end, size_t start, size_t end, uint32_t need,
         uint32_t part_ok, int whole, ll_matcher_run_fn fn, void *ctx) {
    uint32_t vals[LL_MATCHER_RUN_CHUNK];
    size_t n = 0;
    for (; r < run_end; r++) {
        uint32_t v = m->vals[r];
        if ((v & need) && (whole || (v & part_ok))) {
            vals[n++] = v;
            if (n == LL_MATCHER_RUN_CHUNK) {
                fn(ctx, start, end, vals, n);
                n = 0;
            }
        }
    }
    if (n)
        fn(ctx, start, end, vals, n);
}

/* emit_at through filter f, a run at a time. */
static inline __attribute__((always_inline)) void emit_runs_at(const ll_matcher *m, int32_t node,
                                                               const char *s, size_t i,
                                                               const ll_matcher_filter *f,
                                                               ll_matcher_run_fn fn, void *ctx) {
    if (node >= m->ndense && !(m->chain[node - m->ndense].fail & CHAIN_EMITS))
        return;
    uint32_t k = m->rep_at[node].at, end = k + m->rep_at[node].n;
    /* No word ends here (most bytes): only parts of words go on, and most nodes have none
     * (callgrind over bench_enrich: the run's loop was ~4,500 instructions an event). */
    int word_ends = f->sep[(uint8_t)s[i + 1]] != 0;
    int parts = (m->rep_at[node].any & f->part_ok) != 0;
    if (!word_ends && !parts)
        return;
    /* The patterns of one length (a run) start at one byte, so whether they start a word
     * is asked once. */
    for (; k < end; k++) {
        struct ac_run run = m->runs[k];
        size_t start = i + 1 - run.len;
        if (word_ends && start > 0 && f->sep[(uint8_t)s[start - 1]])
            emit_run(m, run.at, run.at + run.n, start, i + 1, f->need, f->part_ok, 1, fn, ctx);
        else if (parts)
            emit_run(m, run.at, run.at + run.n, start, i + 1, f->need, f->part_ok, 0, fn, ctx);
    }
}

/* From a chain node: its child on class c, else on from its failure nodes
 * to the first that has c as its one child or has a row (returned negative,
 * -1 - node, for the caller to look up in its table). */
static inline int32_t chain_step(const ll_matcher *m, int32_t node, uint32_t c) {
    while (node >= m->ndense) {
        const ac_chain *ch = &m->chain[node - m->ndense];
        if ((ch->next_cls & 0xFF) == c)
            return (int32_t)(ch->next_cls >> 8);
        node = (int32_t)(ch->fail & ~CHAIN_EMITS);
    }
    return -1 - node;
}

/* What the scan reports at s[i]: with f NULL every pattern ending there to fn, else the
 * runs f lets through to rfn. */
static inline __attribute__((always_inline)) void emit(const ll_matcher *m, int32_t node,
                                                       const char *s, size_t i,
                                                       const ll_matcher_filter *f, ll_matcher_fn fn,
                                                       ll_matcher_run_fn rfn, void *ctx) {
    if (f)
        emit_runs_at(m, node, s, i, f, rfn, ctx);
    else
        emit_at(m, node, i, fn, ctx);
}

/* The scan, inlined into each entry point: with f a constant NULL the filter's tests go
 * away. */
static inline __attribute__((always_inline)) void scan(const ll_matcher *m, const char *s,
                                                       size_t len, const ll_matcher_filter *f,
                                                       ll_matcher_fn fn, ll_matcher_run_fn rfn,
                                                       void *ctx) {
    if (!m->compiled)
        return;
    size_t K = (size_t)m->nclasses;
    int32_t node = 0, nd = m->ndense;
    /* One loop per table width: the choice is made once, not at every byte. */
    if (m->delta16) {
        for (size_t i = 0; i < len; i++) {
            uint32_t c = m->cls[(uint8_t)s[i]];
            if (node >= nd && (node = chain_step(m, node, c)) >= 0) {
                emit(m, node, s, i, f, fn, rfn, ctx);
                continue;
            }
            if (node < 0)
                node = -1 - node;
            node = m->delta16[(size_t)node * K + c];
            emit(m, node, s, i, f, fn, rfn, ctx);
        }
    } else {
        for (size_t i = 0; i < len; i++) {
            uint32_t c = m->cls[(uint8_t)s[i]];
            if (node >= nd && (node = chain_step(m, node, c)) >= 0) {
                emit(m, node, s, i, f, fn, rfn, ctx);
                continue;
            }
            if (node < 0)
                node = -1 - node;
            node = m->delta[(size_t)node * K + c];
            emit(m, node, s, i, f, fn, rfn, ctx);
        }
    }
}

void ll_matcher_scan(const ll_matcher *m, const char *s, size_t len, ll_matcher_fn fn, void *ctx) {
    scan(m, s, len, NULL, fn, NULL, ctx);
}

void ll_matcher_scan_words(const ll_matcher *m, const char *s, size_t len,
                           const ll_matcher_filter *f, ll_matcher_run_fn fn, void *ctx) {
    scan(m, s, len, f, NULL, fn, ctx);
}

size_t ll_matcher_patterns(const ll_matcher *m) { return (size_t)m->nouts; }
size_t ll_matcher_nodes(const ll_matcher *m) { return (size_t)m->nnodes; }
