/* escalation.h - what an escalation holds: built from an urgent enriched event or a firing alert.
 *
 * One builder for the entry on a team's stream (ll:esc:{TEAM}) and its
 * mirror on feedback.escalations, so both always carry the same fields.
 * What an operator needs to act, and nothing that identifies the citizen:
 * no pseudonym, no contact, no thread id, no postcode or case reference
 * (a contact from Klantinteracties keeps its klantcontact URL: escalation.c);
 * the text is the enriched (masked) text, masked once more and cut to an
 * excerpt. The urgency's advice (e.g. the 113 referral for a suicidal
 * statement) travels in `advice` and leads the `summary` line. */
#ifndef LL_ESCALATION_H
#define LL_ESCALATION_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "event.h"
#include "ll_limits.h"
#include "route.h"

/* What kind of input an escalation comes from (data.source). */
#define LL_ESC_SOURCE_SIGNAL "signal"
#define LL_ESC_SOURCE_ALERT "alert"

/* The escalation id: the event id, or "ALERT_ID@STARTED_AT" (one per firing
 * incident: a re-sent firing of the same incident is the same escalation). */
#define LL_ESC_ID_BYTES (2 * LL_MAX_ID_BYTES + 2)

typedef struct ll_escalation {
    cJSON *data;                      /* the flat fields, owned; NULL when empty */
    char id[LL_ESC_ID_BYTES];         /* names its mark in Redis */
    char key[LL_MAX_ID_BYTES + 1];    /* the Kafka key: event or alert id */
    char team[LL_MAX_TEAM_BYTES + 1]; /* from the routing rules */
} ll_escalation;

/* From ev, a parsed enriched event or alert: 1 with esc filled (free with
 * ll_escalation_clear) when it is to be escalated (urgency critical or high;
 * a firing alert), 0 when not, -1 with err when ev is not a usable enriched
 * event or alert. excerpt_bytes bounds the citizen text carried. */
int ll_escalation_build(const cJSON *ev, const ll_routes *rs, int excerpt_bytes, ll_escalation *esc,
                        ll_err *err);

/* The stream entry's field/value pairs: strings as they are, numbers and
 * lists as compact JSON. Fills vals (malloc'ed, 2 per field; free with
 * ll_escalation_fields_free) and lens; returns the count of strings (even),
 * or -1 when out of memory or more than max. */
int ll_escalation_fields(const ll_escalation *esc, char **vals, size_t *lens, int max);
void ll_escalation_fields_free(char **vals, int n);
/* Whether the entry field name holds JSON (a list or a number) rather than
 * text: how readers turn an entry back into the escalation's fields. */
int ll_escalation_field_is_json(const char *name);
#define LL_ESC_MAX_FIELDS 48 /* strings: 24 fields */

/* The CloudEvent for feedback.escalations, with the entry's stream key and
 * id: the same escalation gives the same event (its id from the escalation
 * id, its time from the stream id). Returns the serialised event (malloc'ed,
 * *len set) or NULL. */
char *ll_escalation_event(const ll_escalation *esc, const char *source_base, const char *stream_key,
                          const char *stream_id, size_t *len);

void ll_escalation_clear(ll_escalation *esc);

#endif
