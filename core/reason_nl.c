/* reason_nl.c - the reasons of a decision in Dutch, from config/reasons-nl.tsv. */
#include "reason_nl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "text.h"

typedef struct entry {
    char *en, *nl;
    size_t en_len;
} entry;

struct ll_reason_nl {
    entry *e;       /* file order */
    entry **by_len; /* longest name first: the one a match takes */
    size_t n;
};

void ll_reason_nl_free(ll_reason_nl *t) {
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++) {
        free(t->e[i].en);
        free(t->e[i].nl);
    }
    free(t->e);
    free(t->by_len);
    free(t);
}

static int longer_first(const void *a, const void *b) {
    size_t x = (*(entry *const *)a)->en_len, y = (*(entry *const *)b)->en_len;
    return x < y ? 1 : x > y ? -1 : 0;
}

ll_reason_nl *ll_reason_nl_load(const char *path, char *errstr, size_t errlen) {
    ll_reason_nl *t = calloc(1, sizeof(*t));
    FILE *f = fopen(path, "r");
    char buf[LL_REASON_NL_MAX_LINE + 2], *line;
    ll_lines lr = {.f = f,
                   .buf = buf,
                   .cap = sizeof(buf),
                   .max_bytes = LL_REASON_NL_MAX_BYTES,
                   .trim = LL_LINES_END_SPACES};
    if (!f) {
        snprintf(errstr, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        goto fail;
    }
    if (!t || !(t->e = calloc(LL_REASON_NL_MAX, sizeof(*t->e)))) {
        snprintf(errstr, errlen, "%s:0: out of memory", path);
        goto fail;
    }
    while ((line = ll_lines_next(&lr))) {
        char *tab = strchr(line, '\t');
        if (!tab || tab == line || !tab[1] || strchr(tab + 1, '\t')) {
            snprintf(errstr, errlen, "%s:%d: expected `English<TAB>Dutch`", path, lr.lineno);
            goto fail;
        }
        *tab = '\0';
        for (size_t i = 0; i < t->n; i++)
            if (!strcmp(t->e[i].en, line)) {
                snprintf(errstr, errlen, "%s:%d: '%s' is in the table twice", path, lr.lineno,
                         line);
                goto fail;
            }
        if (t->n >= LL_REASON_NL_MAX) {
            snprintf(errstr, errlen, "%s:%d: more than %d entries", path, lr.lineno,
                     LL_REASON_NL_MAX);
            goto fail;
        }
        entry *e = &t->e[t->n];
        if (!(e->en = strdup(line)) || !(e->nl = strdup(tab + 1))) {
            free(e->en);
            e->en = NULL;
            snprintf(errstr, errlen, "%s:%d: out of memory", path, lr.lineno);
            goto fail;
        }
        e->en_len = (size_t)(tab - line);
        t->n++;
    }
    if (lr.stop != LL_LINES_EOF) {
        snprintf(errstr, errlen, "%s:%d: %s", path, lr.lineno,
                 lr.stop == LL_LINES_TOO_LONG    ? "line too long"
                 : lr.stop == LL_LINES_TOO_LARGE ? "file too large"
                                                 : "read error");
        goto fail;
    }
    if (!(t->by_len = calloc(t->n ? t->n : 1, sizeof(*t->by_len)))) {
        snprintf(errstr, errlen, "%s:0: out of memory", path);
        goto fail;
    }
    for (size_t i = 0; i < t->n; i++)
        t->by_len[i] = &t->e[i];
    qsort(t->by_len, t->n, sizeof(*t->by_len), longer_first);
    fclose(f);
    return t;
fail:
    if (f)
        fclose(f);
    ll_reason_nl_free(t);
    return NULL;
}

ll_reason_nl *ll_reason_nl_open(const ll_config *cfg, const char *setting, char *errstr,
                                size_t errlen) {
    char path[1400];
    if (!setting[0])
        snprintf(path, sizeof(path), "%s", LL_REASONS_NL_DEFAULT);
    else if (ll_config_file(cfg, setting, path, sizeof(path)) != 0) {
        snprintf(errstr, errlen, "reasons_nl: path too long");
        return NULL;
    }
    return ll_reason_nl_load(path, errstr, errlen);
}

size_t ll_reason_nl_count(const ll_reason_nl *t) { return t ? t->n : 0; }
const char *ll_reason_nl_en(const ll_reason_nl *t, size_t i) { return t->e[i].en; }
const char *ll_reason_nl_nl(const ll_reason_nl *t, size_t i) { return t->e[i].nl; }

/* The output buffer: what does not fit is dropped, never half a UTF-8 character. */
typedef struct out {
    char *buf;
    size_t cap, n;
    int full;
} out;

static void emit(out *o, const char *s, size_t len) {
    if (o->full)
        return;
    size_t room = o->cap - 1 - o->n;
    if (len > room) {
        len = room;
        while (len && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
        o->full = 1;
    }
    memcpy(o->buf + o->n, s, len);
    o->n += len;
    o->buf[o->n] = '\0';
}

static int word_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
}

/* s[0..len) with every whole name in Dutch; the span's edges count as boundaries. */
static void plain(const ll_reason_nl *t, const char *s, size_t len, out *o) {
    size_t i = 0, from = 0;
    while (i < len) {
        const entry *hit = NULL;
        if (i == 0 || !word_char(s[i - 1]))
            for (size_t k = 0; k < t->n && !hit; k++) {
                const entry *e = t->by_len[k];
                if (e->en_len <= len - i && !memcmp(s + i, e->en, e->en_len) &&
                    (i + e->en_len == len || !word_char(s[i + e->en_len])))
                    hit = e;
            }
        if (!hit) {
            i++;
            continue;
        }
        emit(o, s + from, i - from);
        emit(o, hit->nl, strlen(hit->nl));
        i += hit->en_len;
        from = i;
    }
    emit(o, s + from, len - from);
}

static int space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t ll_reason_nl_translate(const ll_reason_nl *t, const char *reason, char *buf, size_t cap) {
    out o = {buf, cap, 0, 0};
    if (!cap)
        return 0;
    buf[0] = '\0';
    size_t len = strlen(reason);
    if (!t) {
        emit(&o, reason, len);
        return o.n;
    }
    size_t at = 0, from = 0;
    for (;;) {
        /* the next quote that opens at or after from */
        size_t q = from;
        while (q < len && !(reason[q] == '\'' &&
                            ((q == 0 && from == 0) ||
                             (q > from && (space(reason[q - 1]) || reason[q - 1] == '(' ||
                                           reason[q - 1] == ',' || reason[q - 1] == ':')))))
            q++;
        if (q >= len)
            break;
        size_t end = q + 1;
        while (end < len &&
               !(reason[end] == '\'' && (end + 1 == len || space(reason[end + 1]) ||
                                         reason[end + 1] == ',' || reason[end + 1] == ')')))
            end++;
        if (end >= len)
            break;
        plain(t, reason + at, q - at, &o);
        emit(&o, reason + q, end + 1 - q);
        at = from = end + 1;
    }
    plain(t, reason + at, len - at, &o);
    return o.n;
}
