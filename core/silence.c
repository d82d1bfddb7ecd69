/* silence.c - alert silences: matchers, coverage, the JSON kept in Redis (see silence.h). */
#include "silence.h"

#include <cjson/cJSON.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "event.h"
#include "text.h"

static const char *const label_names[] = {"theme", "wijk", "gemeente", NULL};

int ll_silence_matcher_parse(const char *s, ll_silence_matcher *m, char *errstr, size_t errlen) {
    memset(m, 0, sizeof(*m));
    const char *op = strstr(s, "!=");
    const char *eq = strchr(s, '=');
    if (!eq) {
        snprintf(errstr, errlen, "matcher '%s': expected LABEL=VALUE or LABEL!=VALUE", s);
        return -1;
    }
    m->negate = op != NULL && op < eq;
    size_t nlen = (size_t)((m->negate ? op : eq) - s);
    const char *val = eq + 1;
    int known = 0;
    for (int i = 0; label_names[i]; i++)
        if (strlen(label_names[i]) == nlen && !strncmp(s, label_names[i], nlen))
            known = 1;
    if (!known) {
        snprintf(errstr, errlen, "matcher '%s': label must be theme, wijk or gemeente", s);
        return -1;
    }
    if (!*val || strlen(val) >= sizeof(m->value) || ll_has_control(val)) {
        snprintf(errstr, errlen, "matcher '%s': value must be 1..%zu printable bytes", s,
                 sizeof(m->value) - 1);
        return -1;
    }
    memcpy(m->name, s, nlen);
    snprintf(m->value, sizeof(m->value), "%s", val);
    return 0;
}

int ll_silence_covers(const ll_silence *s, const char *gemeente, const char *theme,
                      const char *wijk, long long now_ms) {
    if (now_ms >= s->until_ms || s->nm == 0)
        return 0;
    for (int i = 0; i < s->nm; i++) {
        const ll_silence_matcher *m = &s->m[i];
        const char *v = !strcmp(m->name, "theme")  ? theme
                        : !strcmp(m->name, "wijk") ? (wijk && *wijk ? wijk : NULL)
                                                   : gemeente;
        int eq = v ? !strcmp(v, m->value) : 0;
        if (eq == m->negate)
            return 0;
    }
    return 1;
}

char *ll_silence_to_json(const ll_silence *s) {
    cJSON *o = cJSON_CreateObject(), *ms;
    char t1[32], t2[32], buf[LL_DETECT_LABEL_BYTES + 24];
    char *out = NULL;
    if (!o)
        return NULL;
    ll_time_format_ms(s->created_ms, t1, sizeof(t1));
    ll_time_format_ms(s->until_ms, t2, sizeof(t2));
    if (!cJSON_AddStringToObject(o, "id", s->id) || !(ms = cJSON_AddArrayToObject(o, "matchers")))
        goto out;
    for (int i = 0; i < s->nm; i++) {
        snprintf(buf, sizeof(buf), "%s%s%s", s->m[i].name, s->m[i].negate ? "!=" : "=",
                 s->m[i].value);
        cJSON *v = cJSON_CreateString(buf);
        if (!v)
            goto out;
        cJSON_AddItemToArray(ms, v);
    }
    if (!cJSON_AddStringToObject(o, "created_at", t1) || !cJSON_AddStringToObject(o, "until", t2) ||
        !cJSON_AddStringToObject(o, "comment", s->comment) ||
        !cJSON_AddStringToObject(o, "created_by", s->created_by))
        goto out;
    out = cJSON_PrintUnformatted(o);
out:
    cJSON_Delete(o);
    return out;
}

static int time_ms(const cJSON *o, const char *name, long long *out) {
    const char *v = ll_json_str(o, name);
    time_t t;
    if (!v || ll_time_parse(v, &t) != 0)
        return -1;
    *out = (long long)t * 1000;
    return 0;
}

int ll_silence_from_json(const char *json, ll_silence *s, char *errstr, size_t errlen) {
    memset(s, 0, sizeof(*s));
    cJSON *o = cJSON_Parse(json);
    int rc = -1;
    const cJSON *ms = o ? cJSON_GetObjectItemCaseSensitive(o, "matchers") : NULL;
    const char *id = o ? ll_json_str(o, "id") : NULL;
    if (!o || !cJSON_IsArray(ms) || !id || strlen(id) != LL_SILENCE_ID_LEN ||
        time_ms(o, "created_at", &s->created_ms) || time_ms(o, "until", &s->until_ms)) {
        snprintf(errstr, errlen, "silence: not a silence record");
        goto out;
    }
    memcpy(s->id, id, LL_SILENCE_ID_LEN + 1);
    const cJSON *m;
    cJSON_ArrayForEach(m, ms) {
        if (!cJSON_IsString(m) || s->nm >= LL_MAX_SILENCE_MATCHERS ||
            ll_silence_matcher_parse(m->valuestring, &s->m[s->nm], errstr, errlen) != 0) {
            if (!errstr[0] || s->nm >= LL_MAX_SILENCE_MATCHERS)
                snprintf(errstr, errlen, "silence %s: bad matchers", s->id);
            goto out;
        }
        s->nm++;
    }
    const char *c = ll_json_str(o, "comment"), *by = ll_json_str(o, "created_by");
    snprintf(s->comment, sizeof(s->comment), "%s", c ? c : "");
    snprintf(s->created_by, sizeof(s->created_by), "%s", by ? by : "");
    rc = 0;
out:
    cJSON_Delete(o);
    return rc;
}

void ll_silence_id_new(char out[LL_SILENCE_ID_LEN + 1]) {
    unsigned char b[LL_SILENCE_ID_LEN / 2];
    randombytes_buf(b, sizeof(b));
    sodium_bin2hex(out, LL_SILENCE_ID_LEN + 1, b, sizeof(b));
}
