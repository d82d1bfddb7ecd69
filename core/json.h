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

/* The fields an input object may have, as one table per intake, so every intake answers a
 * value of the wrong JSON type alike ("must be a string", "must be true or false", "must
 * be a number", "must be an object") and before any value's format is judged: the web
 * intake answered "postcode":3072 with "not a Dutch postcode" (user check of 12-01). */
enum ll_json_type { LL_JSON_STRING, LL_JSON_BOOL, LL_JSON_NUMBER, LL_JSON_OBJECT };
enum {
    LL_JSON_REQUIRED = 1, /* absent or null: "missing required field" */
    LL_JSON_NONEMPTY = 2, /* a string "": "must not be empty" */
    LL_JSON_NO_NULL = 4,  /* null is a wrong type, not absence */
};
typedef struct ll_json_field {
    const char *name; /* NULL ends a table */
    enum ll_json_type type;
    unsigned flags;
    size_t max;                         /* a string's most bytes; 0: judged later */
    const struct ll_json_field *fields; /* an object's own table; NULL: not looked into */
} ll_json_field;

/* obj against its table: a member not in it ("unknown field"), then each field in table
 * order (missing, wrong type, too long, empty; an object's own fields after it). prefix
 * goes before each name in err->field ("citizen."). 0, or -1 with err set. */
int ll_json_check_fields(const cJSON *obj, const ll_json_field *fields, const char *prefix,
                         ll_err *err);

#endif
