/* phone_note.c - a contact-centre call note (JSON object) into a received event. The agent
 * id, call duration and outcome stay here: analytics needs none of them. */
#include "phone_note.h"

#include <stdio.h>
#include <string.h>

#include "event.h"
#include "ll_limits.h"
#include "received.h"
#include "text.h"

/* The caller's identifiers are top-level fields here; their lengths are ll_citizen_fields'. */
static const ll_json_field note_fields[] = {
    {"call_id", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, LL_MAX_ID_BYTES, NULL},
    {"started_at", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, LL_MAX_TIME_BYTES, NULL},
    {"category", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, 64, NULL},
    {"note", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, LL_MAX_TEXT_BYTES, NULL},
    {"agent", LL_JSON_STRING, 0, 64, NULL},
    {"outcome", LL_JSON_STRING, 0, 64, NULL},
    {"duration_s", LL_JSON_NUMBER, 0, 0, NULL},
    {"callback_requested", LL_JSON_BOOL, 0, 0, NULL},
    {"formal", LL_JSON_BOOL, 0, 0, NULL},
    {"postcode", LL_JSON_STRING, 0, 16, NULL},
    {"bsn", LL_JSON_STRING, 0, 0, NULL},
    {"email", LL_JSON_STRING, 0, 0, NULL},
    {"phone", LL_JSON_STRING, 0, 0, NULL},
    {"name", LL_JSON_STRING, 0, 0, NULL},
    {NULL, 0, 0, 0, NULL}};

const char *ll_phone_category_kind(const char *category) { return ll_kind_of_label(category); }

cJSON *ll_phone_note_to_event(const cJSON *note, const char *client, const char *source_base,
                              ll_err *err) {
    memset(err, 0, sizeof(*err));
    if (!cJSON_IsObject(note)) {
        ll_err_set(err, "", "a call note is a JSON object");
        return NULL;
    }
    if (ll_json_check_fields(note, note_fields, "", err) != 0)
        return NULL;
    const char *call_id = ll_json_str(note, "call_id"), *started = ll_json_str(note, "started_at");
    const char *category = ll_json_str(note, "category"), *text = ll_json_str(note, "note");
    const cJSON *dur = ll_json_get(note, "duration_s");
    if (cJSON_IsNumber(dur) && (dur->valuedouble < 0 || dur->valuedouble > 86400)) {
        ll_err_set(err, "duration_s", "must be a number of seconds, 0..86400");
        return NULL;
    }
    const cJSON *cb = ll_json_get(note, "callback_requested");
    const cJSON *formal = ll_json_get(note, "formal");
    const char *pc = ll_json_str(note, "postcode");
    /* The note's identifiers are top-level fields: the citizen object the builder takes. */
    cJSON *citizen = cJSON_CreateObject();
    if (!citizen) {
        ll_err_set(err, "", "out of memory");
        return NULL;
    }
    const char *idf[] = {"bsn", "email", "phone", "name"};
    for (size_t i = 0; i < 4; i++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(note, idf[i]);
        if (v && !cJSON_IsNull(v))
            cJSON_AddItemToObject(citizen, idf[i], cJSON_Duplicate(v, 1));
    }
    /* Errors point at the note's fields: identifiers by their own names. */
    static const char *const input_names[] = {"data.text",
                                              "note",
                                              "data.received_at",
                                              "started_at",
                                              "data.subject",
                                              "category",
                                              "data.source_ref",
                                              "call_id",
                                              "data.postcode",
                                              "postcode",
                                              "caller",
                                              "callback_requested",
                                              "caller.",
                                              "",
                                              NULL};
    const ll_received r = {.source_base = source_base,
                           .channel = "phone",
                           .client = client,
                           .id_key = call_id,
                           .now_ms = ll_now_ms(),
                           .kind = ll_phone_category_kind(category),
                           .text = text,
                           /* The category is the kind (contract: data.kind); it is the subject
                            * only when it says more ("Klacht afval"), never as "complaint". */
                           .subject = ll_label_is_kind_only(category) ? NULL : category,
                           .received_at = started,
                           .formal = cJSON_IsBool(formal) ? cJSON_IsTrue(formal) : -1,
                           .postcode = pc && *pc ? pc : NULL,
                           .citizen = citizen,
                           .contact_requested = cJSON_IsTrue(cb),
                           .citizen_path = "caller",
                           .input_names = input_names};
    cJSON *ev = ll_received_new(&r, err);
    cJSON_Delete(citizen);
    return ev;
}
