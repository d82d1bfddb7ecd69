/* web_body.c - the JSON body of POST /v1/feedback into a received event. */
#include "web_body.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "received.h"
#include "text.h"

static const char *const body_fields[] = {
    "kind",      "text",    "subject",           "formal", "postcode", "case_ref",
    "initiated", "citizen", "contact_requested", NULL};

/* An optional string field of the body; NULL when absent or null (err when required). */
static int opt_str(const cJSON *body, const char *name, int required, const char **out,
                   ll_err *err) {
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(body, name);
    *out = NULL;
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
    *out = it->valuestring;
    return 0;
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
    /* The body's names are the event's, without "data.". */
    static const char *const input_names[] = {"data.", "", NULL};
    memset(err, 0, sizeof(*err));
    if (ll_json_known_fields(body, body_fields, "", err) != 0)
        return NULL;
    ll_received r = {.source_base = source_base,
                     .channel = "web",
                     .client = client,
                     .id_key = idem_key,
                     .now_ms = ll_now_ms(),
                     .input_names = input_names};
    int formal, contact;
    const cJSON *pc = cJSON_GetObjectItemCaseSensitive(body, "postcode");
    const cJSON *ini = cJSON_GetObjectItemCaseSensitive(body, "initiated");
    if (opt_str(body, "kind", 1, &r.kind, err) != 0)
        return NULL;
    if (ini && !cJSON_IsString(ini)) { /* null too: absent is the way to say "reactive" */
        ll_err_set(err, "initiated", "must be a string");
        return NULL;
    }
    r.initiated = ini ? ini->valuestring : NULL;
    if (opt_str(body, "text", 1, &r.text, err) != 0 ||
        opt_str(body, "subject", 0, &r.subject, err) != 0 ||
        opt_bool(body, "formal", &formal, err) != 0 ||
        opt_bool(body, "contact_requested", &contact, err) != 0)
        return NULL;
    if (pc && !cJSON_IsNull(pc) && !cJSON_IsString(pc)) {
        ll_err_set(err, "postcode", "not a Dutch postcode (1234 AB)");
        return NULL;
    }
    if (opt_str(body, "case_ref", 0, &r.case_ref, err) != 0)
        return NULL;
    r.postcode = cJSON_IsString(pc) ? pc->valuestring : NULL;
    r.formal = formal;
    r.citizen = cJSON_GetObjectItemCaseSensitive(body, "citizen");
    r.contact_requested = contact == 1;
    return ll_received_new(&r, err);
}
