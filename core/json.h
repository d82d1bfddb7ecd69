/* json.h - bounded, strict JSON input and the typed field access every parser uses (cJSON underneath). */
#ifndef LL_JSON_H
#define LL_JSON_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* A rejection: which field, and why, in words an integrator can act on. */
typedef struct ll_err {
    char field[64];
    char msg[192];
} ll_err;

void ll_err_set(ll_err *err, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Parses one JSON object of at most max_len bytes, valid UTF-8, no NUL, no
 * trailing bytes. Returns a tree the caller frees with cJSON_Delete, or NULL
 * with err set. */
cJSON *ll_json_parse(const char *buf, size_t len, size_t max_len, ll_err *err);
/* The same, but an array at the top is fine too (batch endpoints). */
cJSON *ll_json_parse_value(const char *buf, size_t len, size_t max_len, ll_err *err);

/* cJSON_GetObjectItemCaseSensitive, comparing a key's first byte before
 * strcmp: the processor looks up ~45 fields per event in objects of ~15. */
cJSON *ll_json_get(const cJSON *obj, const char *name);
const char *ll_json_str(const cJSON *obj, const char *name); /* NULL when absent/not string */
/* -1 with err ("PREFIXname: unknown field") when obj has a member not in
 * allowed (NULL-terminated). Adapters refuse what they would not pass on. */
int ll_json_known_fields(const cJSON *obj, const char *const *allowed, const char *prefix,
                         ll_err *err);
/* An adapter's input field: NULL when absent or null (with err when
 * required), err also for a wrong type or more than max bytes. Callers check
 * err->msg[0] to tell "absent" from "bad". */
const char *ll_json_field_str(const cJSON *obj, const char *name, int required, size_t max,
                              ll_err *err);

#endif
