/* email_event.h - a parsed mail (mime.h) as the contract's received event, or its dead letter. */
#ifndef LL_EMAIL_EVENT_H
#define LL_EMAIL_EVENT_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "event.h"
#include "mime.h"

/* The kind of a mail, from its subject and text (first rule that matches):
 *   formal complaint wording ("formele klacht", "klacht indienen op grond
 *   van", "klacht" together with "Awb")  -> complaint, *formal = 1
 *   "bezwaar"                            -> objection
 *   "klacht"                             -> complaint
 *   "melding", "wil melden", "wil ik melden" -> report
 *   "compliment", "bedankt", "dank u", "dank je" -> compliment
 *   "suggestie", "voorstel"              -> suggestion
 *   a question mark ending a sentence    -> question
 *   otherwise                            -> signal (any utterance that asks
 *   for a response or that we can learn from; domain.md)
 * Matching is case-insensitive on words as written. */
const char *ll_email_kind(const char *subject, const char *text, int *formal);

/* The received event of a parsed mail (caller frees), or NULL with err.
 * now_ms: the intake time; also received_at when the Date header is absent,
 * before 2000 or more than a day ahead. */
cJSON *ll_email_to_event(const ll_mime *m, const char *source_base, long long now_ms, ll_err *err);

/* The dead-letter event for a mail that can never be used (caller frees):
 * the reason, "stage":"email", and the original (as text when it is UTF-8,
 * else base64; left out with "original_omitted" above the event bound, or
 * when buf is NULL: a message too large to read, len bytes long). */
cJSON *ll_email_deadletter(const char *buf, size_t len, const ll_err *why, const char *source_base,
                           long long now_ms);

#endif
