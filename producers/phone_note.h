/* phone_note.h - a contact-centre call note (JSON object) into a received event. */
#ifndef LL_PHONE_NOTE_H
#define LL_PHONE_NOTE_H

#include <cjson/cJSON.h>

#include "event.h"

/* note: {"call_id","agent","started_at","duration_s","phone","bsn","email","name",
 * "category","note","callback_requested","outcome","formal","postcode"}. Returns a new
 * received event (caller frees) with id from (client, call_id), or NULL with err. */
cJSON *ll_phone_note_to_event(const cJSON *note, const char *client, const char *source_base,
                              ll_err *err);

/* The kind a contact-centre category means ("Klacht" -> complaint, ...). */
const char *ll_phone_category_kind(const char *category);

#endif
