/* json.c - bounded, strict JSON input and the typed field access every parser uses (cJSON underneath). */
#include "json.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
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
    size_t bad = 0;
    if (!ll_utf8_valid(buf, len, &bad)) {
        ll_err_set(err, "", "invalid UTF-8 at byte %zu", bad);
        return NULL;
    }
    if (memchr(buf, '\0', len)) {
        ll_err_set(err, "", "NUL byte in JSON");
        return NULL;
    }
    /* cJSON decodes "\u0000" into a C string that ends there: what followed in the
     * string would be dropped after the request was accepted. In valid JSON every
     * backslash starts an escape inside a string, so "\\" is skipped whole. */
    for (size_t i = 0; i + 1 < len; i++) {
        if (buf[i] != '\\')
            continue;
        if (buf[i + 1] == 'u' && i + 5 < len && memcmp(buf + i + 2, "0000", 4) == 0) {
            ll_err_set(err, "", "NUL character (\\u0000) in a string at byte %zu", i);
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
    return j;
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

const char *ll_json_field_str(const cJSON *obj, const char *name, int required, size_t max,
                              ll_err *err) {
    const cJSON *it = ll_json_get(obj, name);
    if (!it || cJSON_IsNull(it)) {
        if (required)
            ll_err_set(err, name, "missing required field");
        return NULL;
    }
    if (!cJSON_IsString(it)) {
        ll_err_set(err, name, "must be a string");
        return NULL;
    }
    if (strlen(it->valuestring) > max) {
        ll_err_set(err, name, "longer than %zu bytes", max);
        return NULL;
    }
    if (required && !it->valuestring[0]) {
        ll_err_set(err, name, "must not be empty");
        return NULL;
    }
    return it->valuestring;
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
