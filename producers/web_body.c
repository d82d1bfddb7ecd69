/* web_body.c - the JSON body of POST /v1/feedback into a received event. */
#include "web_body.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "citizen.h"
#include "received.h"
#include "text.h"

/* Lengths and formats are the received event's rules (ll_received_new); here the types. */
static const ll_json_field body_fields[] = {
    {"kind", LL_JSON_STRING, LL_JSON_REQUIRED, 0, NULL},
    {"initiated", LL_JSON_STRING, LL_JSON_NO_NULL, 0, NULL}, /* absent says "reactive" */
    {"text", LL_JSON_STRING, LL_JSON_REQUIRED, 0, NULL},
    {"subject", LL_JSON_STRING, 0, 0, NULL},
    {"formal", LL_JSON_BOOL, 0, 0, NULL},
    {"contact_requested", LL_JSON_BOOL, 0, 0, NULL},
    {"postcode", LL_JSON_STRING, 0, 0, NULL},
    {"case_ref", LL_JSON_STRING, 0, 0, NULL},
    {"citizen", LL_JSON_OBJECT, 0, 0, ll_citizen_fields},
    {NULL, 0, 0, 0, NULL}};

cJSON *ll_web_body_to_event(const cJSON *body, const char *client, const char *idem_key,
                            const char *source_base, ll_err *err) {
    /* The body's names are the event's, without "data.". */
    static const char *const input_names[] = {"data.", "", NULL};
    memset(err, 0, sizeof(*err));
    if (ll_json_check_fields(body, body_fields, "", err) != 0)
        return NULL;
    const cJSON *formal = ll_json_get(body, "formal");
    ll_received r = {.source_base = source_base,
                     .channel = "web",
                     .client = client,
                     .id_key = idem_key,
                     .now_ms = ll_now_ms(),
                     .kind = ll_json_str(body, "kind"),
                     .initiated = ll_json_str(body, "initiated"),
                     .text = ll_json_str(body, "text"),
                     .subject = ll_json_str(body, "subject"),
                     .formal = cJSON_IsBool(formal) ? cJSON_IsTrue(formal) : -1,
                     .postcode = ll_json_str(body, "postcode"),
                     .case_ref = ll_json_str(body, "case_ref"),
                     .citizen = ll_json_get(body, "citizen"),
                     .contact_requested = cJSON_IsTrue(ll_json_get(body, "contact_requested")),
                     .input_names = input_names};
    return ll_received_new(&r, err);
}
