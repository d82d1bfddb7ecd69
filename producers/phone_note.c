/* phone_note.c - a contact-centre call note (JSON object) into a received event. The agent
 * id, call duration and outcome stay here: analytics needs none of them. */
#include "phone_note.h"

#include <stdio.h>
#include <string.h>

#include "event.h"
#include "ll_limits.h"
#include "received.h"
#include "text.h"

static const char *const note_fields[] = {
    "call_id",  "agent", "started_at",         "duration_s", "phone",  "bsn",      "email", "name",
    "category", "note",  "callback_requested", "outcome",    "formal", "postcode", NULL};

const char *ll_phone_category_kind(const char *category) { return ll_kind_of_label(category); }

cJSON *ll_phone_note_to_event(const cJSON *note, const char *client, const char *source_base,
                              ll_err *err) {
    memset(err, 0, sizeof(*err));
    if (!cJSON_IsObject(note)) {
        ll_err_set(err, "", "a call note is a JSON object");
        return NULL;
    }
    if (ll_json_known_fields(note, note_fields, "", err) != 0)
        return NULL;
    const char *call_id = ll_json_field_str(note, "call_id", 1, LL_MAX_ID_BYTES, err);
    if (!call_id)
        return NULL;
    const char *started = ll_json_field_str(note, "started_at", 1, LL_MAX_TIME_BYTES, err);
    if (!started)
        return NULL;
    const char *category = ll_json_field_str(note, "category", 1, 64, err);
    if (!category)
        return NULL;
    const char *text = ll_json_field_str(note, "note", 1, LL_MAX_TEXT_BYTES, err);
    if (!text)
        return NULL;
    if (!ll_json_field_str(note, "agent", 0, 64, err) && err->msg[0])
        return NULL;
    if (!ll_json_field_str(note, "outcome", 0, 64, err) && err->msg[0])
        return NULL;
    const cJSON *dur = cJSON_GetObjectItemCaseSensitive(note, "duration_s");
    if (dur && !cJSON_IsNull(dur) &&
        (!cJSON_IsNumber(dur) || dur->valuedouble < 0 || dur->valuedouble > 86400)) {
        ll_err_set(err, "duration_s", "must be a number of seconds, 0..86400");
        return NULL;
    }
    const cJSON *cb = cJSON_GetObjectItemCaseSensitive(note, "callback_requested");
    if (cb && !cJSON_IsNull(cb) && !cJSON_IsBool(cb)) {
        ll_err_set(err, "callback_requested", "must be true or false");
        return NULL;
    }
    const cJSON *formal = cJSON_GetObjectItemCaseSensitive(note, "formal");
    if (formal && !cJSON_IsNull(formal) && !cJSON_IsBool(formal)) {
        ll_err_set(err, "formal", "must be true or false");
        return NULL;
    }
    const char *pc = ll_json_field_str(note, "postcode", 0, 16, err);
    if (!pc && err->msg[0])
        return NULL;
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
