/* web_body.c - the JSON body of POST /v1/feedback into a received event. */
#include "web_body.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "citizen.h"
#include "ident.h"
#include "ll_limits.h"
#include "text.h"

static const char *const body_fields[] = {
    "kind", "text", "subject", "formal", "postcode", "case_ref", "initiated", "citizen",
    "contact_requested", NULL};

static int copy_str(const cJSON *body, const char *name, cJSON *data, int required,
                    ll_err *err) {
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(body, name);
    if (!it || cJSON_IsNull(it)) {
        if (required) {
            ll_err_set(err, name, "missing required field");
            return -1;
        }
        return 0;
    }
    if (!cJSON_IsString(it)) {
        ll_err_set(err, name, "must be a string");
        return -1;
    }
    return cJSON_AddStringToObject(data, name, it->valuestring) ? 0 : -1;
}

static int opt_bool(const cJSON *body, const char *name, int *out, ll_err *err) {
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(body, name);
    *out = -1;
    if (!it || cJSON_IsNull(it))
        return 0;
    if (!cJSON_IsBool(it)) {
        ll_err_set(err, name, "must be true or false");
        return -1;
    }
    *out = cJSON_IsTrue(it);
    return 0;
}

cJSON *ll_web_body_to_event(const cJSON *body, const char *client, const char *idem_key,
                            const char *source_base, ll_err *err) {
    memset(err, 0, sizeof(*err));
    if (ll_json_known_fields(body, body_fields, "", err) != 0)
        return NULL;
    char source[LL_MAX_SOURCE_BYTES + 1], id[LL_EVENT_ID_LEN + 1], now[LL_MAX_TIME_BYTES];
    snprintf(source, sizeof(source), "%s/web/%s", source_base, client);
    if (idem_key)
        ll_event_id_from_key(source, idem_key, id);
    else
        ll_event_id_random(id);
    ll_time_format_ms(ll_now_ms(), now, sizeof(now));

    cJSON *ev = ll_event_new(id, source, LL_TYPE_RECEIVED, now);
    if (!ev) {
        ll_err_set(err, "", "out of memory");
        return NULL;
    }
    cJSON *data = ll_event_data(ev);
    int formal, contact;
    const cJSON *ini = cJSON_GetObjectItemCaseSensitive(body, "initiated");
    const cJSON *pc = cJSON_GetObjectItemCaseSensitive(body, "postcode");
    if (!cJSON_AddStringToObject(data, "channel", "web") ||
        copy_str(body, "kind", data, 1, err) != 0)
        goto fail;
    if (ini && !cJSON_IsString(ini)) {
        ll_err_set(err, "initiated", "must be a string");
        goto fail;
    }
    if (!cJSON_AddStringToObject(data, "initiated", ini ? ini->valuestring : "reactive") ||
        copy_str(body, "text", data, 1, err) != 0 || copy_str(body, "subject", data, 0, err) != 0 ||
        !cJSON_AddStringToObject(data, "received_at", now) ||
        opt_bool(body, "formal", &formal, err) != 0 ||
        opt_bool(body, "contact_requested", &contact, err) != 0)
        goto fail;
    if (formal >= 0 && !cJSON_AddBoolToObject(data, "formal", formal))
        goto fail;
    if (pc && !cJSON_IsNull(pc)) {
        char norm[7];
        if (!cJSON_IsString(pc) || ll_postcode_normalise(pc->valuestring, norm) != 0) {
            ll_err_set(err, "postcode", "not a Dutch postcode (1234 AB)");
            goto fail;
        }
        if (!cJSON_AddStringToObject(data, "postcode", norm))
            goto fail;
    }
    if (copy_str(body, "case_ref", data, 0, err) != 0)
        goto fail;
    if (ll_citizen_apply(cJSON_GetObjectItemCaseSensitive(body, "citizen"), contact == 1, data,
                         "citizen", err) != 0)
        goto fail;
    if (!cJSON_AddStringToObject(data, "source_ref", idem_key ? idem_key : id))
        goto fail;
    /* One set of rules for what may travel: the received-event validator. */
    if (ll_event_validate_received(ev, err) != 0) {
        if (strncmp(err->field, "data.", 5) == 0)
            memmove(err->field, err->field + 5, strlen(err->field + 5) + 1);
        goto fail;
    }
    return ev;
fail:
    if (!err->msg[0])
        ll_err_set(err, "", "out of memory");
    cJSON_Delete(ev);
    return NULL;
}
