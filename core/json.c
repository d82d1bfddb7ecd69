/* json.c - bounded, strict JSON input and the typed field access every parser uses (cJSON underneath). */
#include "json.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

void ll_err_set(ll_err *err, const char *field, const char *fmt, ...) {
    if (!err)
        return;
    snprintf(err->field, sizeof(err->field), "%s", field ? field : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
}

static cJSON *json_parse(const char *buf, size_t len, size_t max_len, int arrays, ll_err *err);

/* The value of the 4 hex digits at buf[i..i+4), -1 when they are not. */
static long hex4(const char *buf, size_t len, size_t i) {
    if (i + 4 > len)
        return -1;
    long v = 0;
    for (size_t k = i; k < i + 4; k++) {
        int c = (unsigned char)buf[k], d = c >= '0' && c <= '9'   ? c - '0'
                                           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                                  : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* The offset of the first '[' or '{' (outside strings) that opens a level deeper than
 * cJSON takes (CJSON_NESTING_LIMIT), -1 when there is none. */
static long too_deep(const char *buf, size_t len) {
    int depth = 0;
    for (size_t i = 0; i < len; i++) {
        char c = buf[i];
        if (c == '"') {
            for (i++; i < len && buf[i] != '"'; i++)
                if (buf[i] == '\\')
                    i++;
        } else if (c == '[' || c == '{') {
            if (++depth > CJSON_NESTING_LIMIT)
                return (long)i;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return -1;
}

/* The path to the string around byte at of buf as the validators and the batch endpoints
 * name fields: members joined by '.', an array's element by its index ("citizen.email",
 * "[1].note", "a[2].b"); "" at the top or past FIELD_DEPTH levels. */
#define FIELD_DEPTH 8
static void field_at(const char *buf, size_t at, char *out, size_t outlen) {
    struct {
        size_t off, n; /* the member's name; n is (size_t)-1 before one */
        long idx;      /* an array's element, counted by its commas; -1 in an object */
    } lv[FIELD_DEPTH];
    int depth = 0;
    out[0] = '\0';
    for (size_t i = 0; i < at; i++) {
        char c = buf[i];
        if (c == '"') {
            size_t s = i + 1;
            for (i++; i < at && buf[i] != '"'; i++)
                if (buf[i] == '\\')
                    i++;
            if (i >= at)
                break; /* at lies in this string */
            size_t e = i, j = i + 1;
            while (j < at && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\n' || buf[j] == '\r'))
                j++;
            if (j < at && buf[j] == ':' && depth > 0 && depth <= FIELD_DEPTH) {
                lv[depth - 1].off = s;
                lv[depth - 1].n = e - s;
            }
        } else if (c == '[' || c == '{') {
            depth++;
            if (depth <= FIELD_DEPTH) {
                lv[depth - 1].n = (size_t)-1;
                lv[depth - 1].idx = c == '[' ? 0 : -1;
            }
        } else if (c == ',' && depth > 0 && depth <= FIELD_DEPTH && lv[depth - 1].idx >= 0) {
            lv[depth - 1].idx++;
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--; /* malformed text may close more than it opened (found by fuzz_event) */
        }
    }
    if (depth > FIELD_DEPTH)
        return;
    size_t o = 0;
    for (int d = 0; d < depth; d++) {
        int w = lv[d].idx >= 0          ? snprintf(out + o, outlen - o, "[%ld]", lv[d].idx)
                : lv[d].n == (size_t)-1 ? 0
                                        : snprintf(out + o, outlen - o, "%s%.*s", o ? "." : "",
                                                   (int)lv[d].n, buf + lv[d].off);
        if (w < 0 || (size_t)w >= outlen - o) {
            out[0] = '\0'; /* cut: no name rather than a wrong one */
            return;
        }
        o += (size_t)w;
    }
}
static int dup_check(const char *buf, size_t len, const cJSON *root, ll_err *err);

cJSON *ll_json_parse(const char *buf, size_t len, size_t max_len, ll_err *err) {
    return json_parse(buf, len, max_len, 0, err);
}

cJSON *ll_json_parse_value(const char *buf, size_t len, size_t max_len, ll_err *err) {
    return json_parse(buf, len, max_len, 1, err);
}

static cJSON *json_parse(const char *buf, size_t len, size_t max_len, int arrays, ll_err *err) {
    if (len == 0) {
        ll_err_set(err, "", "empty body");
        return NULL;
    }
    if (len > max_len) {
        ll_err_set(err, "", "larger than %zu bytes", max_len);
        return NULL;
    }
    /* Each names the field it lies in, as the validators do (user check of 12-01:
     * these three were the only rejections of a body without a field). */
    char field[sizeof(err->field)];
    size_t bad = 0;
    if (!ll_utf8_valid(buf, len, &bad)) {
        field_at(buf, bad, field, sizeof(field));
        ll_err_set(err, field, "invalid UTF-8 at byte %zu", bad);
        return NULL;
    }
    const char *nul = memchr(buf, '\0', len);
    if (nul) {
        field_at(buf, (size_t)(nul - buf), field, sizeof(field));
        ll_err_set(err, field, "NUL byte in JSON at byte %zu", (size_t)(nul - buf));
        return NULL;
    }
    /* cJSON decodes "\u0000" into a C string that ends there: what followed in the
     * string would be dropped after the request was accepted. In valid JSON every
     * backslash starts an escape inside a string, so "\\" is skipped whole. A
     * surrogate escape without its pair is refused by cJSON as "malformed JSON"
     * somewhere after it; it is named here, with its field. */
    for (size_t i = 0; i + 1 < len; i++) {
        if (buf[i] != '\\')
            continue;
        if (buf[i + 1] == 'u' && i + 5 < len && memcmp(buf + i + 2, "0000", 4) == 0) {
            field_at(buf, i, field, sizeof(field));
            ll_err_set(err, field, "NUL character (\\u0000) in a string at byte %zu", i);
            return NULL;
        }
        long u = buf[i + 1] == 'u' ? hex4(buf, len, i + 2) : -1;
        if (u >= 0xD800 && u <= 0xDBFF && i + 7 < len && buf[i + 6] == '\\' && buf[i + 7] == 'u') {
            long lo = hex4(buf, len, i + 8);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                i += 11; /* the pair, whole */
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            field_at(buf, i, field, sizeof(field));
            ll_err_set(err, field, "invalid \\u escape: lone surrogate at byte %zu", i);
            return NULL;
        }
        i++;
    }
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(buf, len, &end, 0);
    if (!j) {
        /* end, not cJSON_GetErrorPtr(): that one is a global shared by threads. */
        const char *at = end;
        long off = (at && at >= buf && at <= buf + len) ? (long)(at - buf) : -1;
        long deep = too_deep(buf, len);
        if (deep >= 0 && (off < 0 || deep <= off))
            ll_err_set(err, "", "nested deeper than %d levels at byte %ld", CJSON_NESTING_LIMIT,
                       deep);
        else
            ll_err_set(err, "", "malformed JSON near byte %ld", off);
        return NULL;
    }
    while (end && end < buf + len && isspace((unsigned char)*end))
        end++;
    if (end && end < buf + len) {
        cJSON_Delete(j);
        ll_err_set(err, "", "trailing data after JSON at byte %ld", (long)(end - buf));
        return NULL;
    }
    if (!cJSON_IsObject(j) && !(arrays && cJSON_IsArray(j))) {
        cJSON_Delete(j);
        ll_err_set(err, "", arrays ? "expected a JSON object or array" : "expected a JSON object");
        return NULL;
    }
    if (dup_check(buf, len, j, err) != 0) {
        cJSON_Delete(j);
        return NULL;
    }
    return j;
}

/* ---- duplicate keys ----
 * cJSON keeps both members of {"text":"a","text":"b"} and its look-ups find the first;
 * other parsers take the last. Two readers of one event could then read two texts (a
 * harmless one for a filter, another for the caseworker), so a key given twice in one
 * object is refused, at its second occurrence. The tree says which member; the bytes,
 * walked along the tree, say where its key starts. */

/* Walks buf (which cJSON parsed into the tree) from w->p over node's value; the offset
 * of want's key when it lies inside, else -1 with w->p after the value. */
typedef struct jwalk {
    const char *buf, *p, *end;
} jwalk;

static void jw_ws(jwalk *w) {
    while (w->p < w->end && (unsigned char)*w->p <= 32) /* what cJSON skips */
        w->p++;
}

static void jw_string(jwalk *w) {
    for (w->p++; w->p < w->end && *w->p != '"'; w->p++)
        if (*w->p == '\\')
            w->p++;
    w->p++;
}

static long jw_value(jwalk *w, const cJSON *node, const cJSON *want) {
    jw_ws(w);
    if (w->p >= w->end)
        return -1;
    char open = *w->p;
    if (open == '"') {
        jw_string(w);
        return -1;
    }
    if (open != '{' && open != '[') {
        while (w->p < w->end && (unsigned char)*w->p > 32 && !strchr(",]}", *w->p))
            w->p++;
        return -1;
    }
    w->p++;
    for (const cJSON *c = node->child; c; c = c->next) {
        jw_ws(w);
        if (open == '{') {
            long key = (long)(w->p - w->buf);
            jw_string(w);
            jw_ws(w);
            w->p++; /* ':' */
            if (c == want)
                return key;
        }
        long at = jw_value(w, c, want);
        if (at >= 0)
            return at;
        jw_ws(w);
        if (w->p < w->end && *w->p == ',')
            w->p++;
    }
    jw_ws(w);
    w->p++; /* '}' or ']' */
    return -1;
}

static int key_cmp(const void *a, const void *b) {
    return strcmp((*(const cJSON *const *)a)->string, (*(const cJSON *const *)b)->string);
}

/* The second member of obj whose key another before it has; NULL when none. Pairs for a
 * small object (the events' ~15 keys, a first-byte test each), sorted keys for a large
 * one, so a hostile body of thousands of keys costs n log n, not n². */
static const cJSON *dup_member(const cJSON *obj) {
    size_t n = 0;
    for (const cJSON *c = obj->child; c; c = c->next)
        n++;
    if (n <= 32) {
        for (const cJSON *b = obj->child; b; b = b->next)
            for (const cJSON *a = obj->child; a != b; a = a->next)
                if (a->string[0] == b->string[0] && strcmp(a->string, b->string) == 0)
                    return b;
        return NULL;
    }
    const cJSON **v = malloc(n * sizeof(*v));
    if (!v)
        return NULL; /* out of memory: unchecked rather than refused */
    size_t i = 0;
    for (const cJSON *c = obj->child; c; c = c->next)
        v[i++] = c;
    qsort(v, n, sizeof(*v), key_cmp);
    const char *name = NULL;
    for (i = 1; i < n && !name; i++)
        if (strcmp(v[i - 1]->string, v[i]->string) == 0)
            name = v[i]->string;
    free(v);
    const cJSON *first = NULL;
    for (const cJSON *c = obj->child; name && c; c = c->next)
        if (strcmp(c->string, name) == 0) {
            if (first)
                return c;
            first = c;
        }
    return NULL;
}

/* A duplicate key within node: an object's own before its members'; path gets its name
 * as field_at writes it ("[2].text", "data.k"). */
static const cJSON *dup_find(const cJSON *node, char *path, size_t plen) {
    if (cJSON_IsObject(node)) {
        const cJSON *d = dup_member(node);
        if (d) {
            size_t l = strlen(path);
            snprintf(path + l, plen - l, "%s%s", l ? "." : "", d->string);
            return d;
        }
    }
    if (!cJSON_IsObject(node) && !cJSON_IsArray(node))
        return NULL;
    long k = 0;
    for (const cJSON *c = node->child; c; c = c->next, k++) {
        size_t l = strlen(path);
        if (cJSON_IsObject(node) && (cJSON_IsObject(c) || cJSON_IsArray(c)))
            snprintf(path + l, plen - l, "%s%s", l ? "." : "", c->string);
        else if (cJSON_IsArray(node) && (cJSON_IsObject(c) || cJSON_IsArray(c)))
            snprintf(path + l, plen - l, "[%ld]", k);
        const cJSON *d = dup_find(c, path, plen);
        if (d)
            return d;
        path[l] = '\0';
    }
    return NULL;
}

static int dup_check(const char *buf, size_t len, const cJSON *root, ll_err *err) {
    char path[sizeof(err->field)] = "";
    const cJSON *d = dup_find(root, path, sizeof(path));
    if (!d)
        return 0;
    jwalk w = {buf, buf, buf + len};
    if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
        w.p += 3; /* cJSON skips a byte-order mark */
    long at = jw_value(&w, root, d);
    ll_err_set(err, path, "duplicate key \"%.64s\" at byte %ld", d->string, at);
    return -1;
}

cJSON *ll_json_get(const cJSON *obj, const char *name) {
    if (!obj || !name)
        return NULL;
    for (cJSON *it = obj->child; it; it = it->next)
        if (it->string && it->string[0] == name[0] && strcmp(it->string, name) == 0)
            return it;
    return NULL;
}

const char *ll_json_str(const cJSON *obj, const char *name) {
    const cJSON *it = ll_json_get(obj, name);
    return cJSON_IsString(it) ? it->valuestring : NULL;
}

/* One field's value against its row: 1 absent (or null where that is absence), 0 there
 * and well typed, -1 with err. The one place a wrong type gets its words. */
static int field_check(const cJSON *it, const char *path, enum ll_json_type type, unsigned flags,
                       size_t max, ll_err *err) {
    static const char *const words[] = {[LL_JSON_STRING] = "must be a string",
                                        [LL_JSON_BOOL] = "must be true or false",
                                        [LL_JSON_NUMBER] = "must be a number",
                                        [LL_JSON_OBJECT] = "must be an object"};
    if (!it || (cJSON_IsNull(it) && !(flags & LL_JSON_NO_NULL))) {
        if (flags & LL_JSON_REQUIRED) {
            ll_err_set(err, path, "missing required field");
            return -1;
        }
        return 1;
    }
    int ok = type == LL_JSON_STRING   ? cJSON_IsString(it)
             : type == LL_JSON_BOOL   ? cJSON_IsBool(it)
             : type == LL_JSON_NUMBER ? cJSON_IsNumber(it)
                                      : cJSON_IsObject(it);
    if (!ok) {
        ll_err_set(err, path, "%s", words[type]);
        return -1;
    }
    if (type == LL_JSON_STRING && max && strlen(it->valuestring) > max) {
        ll_err_set(err, path, "longer than %zu bytes", max);
        return -1;
    }
    if (type == LL_JSON_STRING && (flags & LL_JSON_NONEMPTY) && !it->valuestring[0]) {
        ll_err_set(err, path, "must not be empty");
        return -1;
    }
    return 0;
}

const char *ll_json_field_str(const cJSON *obj, const char *name, int required, size_t max,
                              ll_err *err) {
    const cJSON *it = ll_json_get(obj, name);
    unsigned flags = required ? LL_JSON_REQUIRED | LL_JSON_NONEMPTY : 0;
    return field_check(it, name, LL_JSON_STRING, flags, max, err) == 0 ? it->valuestring : NULL;
}

int ll_json_check_fields(const cJSON *obj, const ll_json_field *fields, const char *prefix,
                         ll_err *err) {
    char path[sizeof(err->field)];
    for (const cJSON *it = obj->child; it; it = it->next) {
        const ll_json_field *f = fields;
        while (f->name && (it->string[0] != f->name[0] || strcmp(it->string, f->name)))
            f++;
        if (!f->name) {
            snprintf(path, sizeof(path), "%s%s", prefix, it->string);
            ll_err_set(err, path, "unknown field");
            return -1;
        }
    }
    for (const ll_json_field *f = fields; f->name; f++) {
        const cJSON *it = ll_json_get(obj, f->name);
        snprintf(path, sizeof(path), "%s%s", prefix, f->name);
        int r = field_check(it, path, f->type, f->flags, f->max, err);
        if (r < 0)
            return -1;
        if (r == 0 && f->type == LL_JSON_OBJECT && f->fields) {
            char inner[sizeof(err->field) + 1];
            snprintf(inner, sizeof(inner), "%s.", path);
            if (ll_json_check_fields(it, f->fields, inner, err) != 0)
                return -1;
        }
    }
    return 0;
}

int ll_json_known_fields(const cJSON *obj, const char *const *allowed, const char *prefix,
                         ll_err *err) {
    for (const cJSON *it = obj->child; it; it = it->next) {
        int known = 0;
        for (int i = 0; allowed[i] && !known; i++)
            known = it->string[0] == allowed[i][0] && strcmp(it->string, allowed[i]) == 0;
        if (!known) {
            char path[sizeof(err->field)];
            snprintf(path, sizeof(path), "%s%s", prefix, it->string);
            ll_err_set(err, path, "unknown field");
            return -1;
        }
    }
    return 0;
}
