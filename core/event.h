/* event.h - the CloudEvents envelope and the feedback data of the contract. */
#ifndef LL_EVENT_H
#define LL_EVENT_H

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stddef.h>

#include "json.h" /* ll_err and the JSON helpers every event parser uses */

#define LL_TYPE_RECEIVED "nl.luisterloop.feedback.received"
#define LL_TYPE_ENRICHED "nl.luisterloop.feedback.enriched"
#define LL_TYPE_ALERT "nl.luisterloop.alert"
#define LL_TYPE_ESCALATION "nl.luisterloop.escalation"
#define LL_TYPE_AGGREGATE "nl.luisterloop.aggregate"
#define LL_TYPE_DEADLETTER "nl.luisterloop.deadletter"

/* The urgency scale of the contract (data.urgency.level), weakest first. */
enum ll_urgency { LL_URGENCY_LOW, LL_URGENCY_NORMAL, LL_URGENCY_HIGH, LL_URGENCY_CRITICAL };
extern const char *const ll_urgency_names[]; /* by level; NULL-terminated */
/* The level named s; -1 when s (may be NULL) names none. */
int ll_urgency_parse(const char *s);

/* 1 when an enriched event's data.urgency names a suicidal statement or self-harm (the
 * reason begins with the family's name, "suicidal statement: ..." or "self-harm: ...", as
 * config/urgency.conf and the classifier's models write it), else 0; data may be NULL.
 * Such words are one person's health, told in crisis: a report or an alert does not quote
 * them as an anecdote, masked or not, but counts them (user check of 12-01). */
int ll_event_tells_of_suicide(const cJSON *data);

extern const char *const ll_kinds[];     /* NULL-terminated */
extern const char *const ll_initiated[]; /* NULL-terminated */
#define LL_KINDS_N 7                     /* ll_kinds' entries before its NULL */

int ll_kind_valid(const char *s);
/* Kind s's place in ll_kinds; -1 when s (may be NULL) names none. */
int ll_kind_index(const char *s);
/* The kind a desk's label names, Dutch or English ("Klacht afval" -> complaint, "Vraag over
 * WOZ" -> question, "storing" -> report), by the first kind word found in it; "signal" when
 * it names none. Never NULL; label must not be NULL. */
const char *ll_kind_of_label(const char *label);
/* 1 when label (may be NULL) is only a kind word, Dutch or English, in any case and with
 * blanks around it ("complaint", " Klacht "): it says what kind the contact is and nothing
 * of what it is about, so it is no subject. 0 otherwise. */
int ll_label_is_kind_only(const char *label);
int ll_channel_valid(const char *s);
/* "1234 ab" -> "1234AB", "1234" stays PC4; -1 when not a Dutch postcode. */
int ll_postcode_normalise(const char *in, char out[7]);

/* Envelope checks: specversion 1.0, id, source, type (== expect_type unless
 * NULL), time, datacontenttype, data object. */
int ll_event_validate_envelope(const cJSON *ev, const char *expect_type, ll_err *err);
/* Envelope plus the received `data` of the contract, strictly: unknown
 * fields are rejected so nothing unvetted travels on. */
int ll_event_validate_received(const cJSON *ev, ll_err *err);
/* ll_json_parse (at most LL_MAX_EVENT_BYTES) and ll_event_validate_received
 * in one: a valid received event's tree, which the caller frees with
 * cJSON_Delete, or NULL with err set exactly as those two set it. A plain
 * valid event is read in one pass (its member names then point at constant
 * strings, flagged cJSON_StringIsConst); anything else takes those two. */
cJSON *ll_event_parse_received(const char *buf, size_t len, ll_err *err);
/* Envelope plus the enriched `data` (the fields the dashboard relies on). */
int ll_event_validate_enriched(const cJSON *ev, ll_err *err);

#define LL_EVENT_ID_LEN 36 /* UUID text */

/* A stable id: the same (source, natural_key) gives the same UUID (v8,
 * BLAKE2b of both): reading the same input again makes the same event. */
void ll_event_id_from_key(const char *source, const char *natural_key,
                          char out[LL_EVENT_ID_LEN + 1]);
/* A random UUID (v4) for inputs without a natural key. */
void ll_event_id_random(char out[LL_EVENT_ID_LEN + 1]);

/* What makes a received event the input it is, in 32 bits, of its data and its citizen's
 * pseudonym (NULL: anonymous; the caller has it at hand): its text, subject, kind, formal
 * flag and the pseudonym, not its times, contact, postcode or where it was
 * typed in (a client's retry of the same input differs in those at most). The processor
 * keeps it with an id's de-duplication mark, so a natural key that comes again with
 * another text is told from a retry (processors/dedup.h). Taken before the processor
 * masks anything. ll_hash64_words: the same on every build, which stored marks rely on;
 * not against an adversary (a client that wants two events sends two keys). */
uint32_t ll_event_content_digest(const cJSON *data, const char *pseudonym);

/* A new envelope with an empty `data` object; caller owns the tree. */
cJSON *ll_event_new(const char *id, const char *source, const char *type, const char *time);
cJSON *ll_event_data(const cJSON *ev);
/* The klantcontact URL an event of the Klantinteracties adapter keeps as its
 * natural key (`source_ref`): the register's own address of the record, not a
 * citizen's identifier. NULL for any other event, whatever its key looks like:
 * another client's key is the client's text. Points into ev. */
const char *ll_event_klantcontact_url(const cJSON *ev);

/* Writes the compact JSON of ev into buf; returns its length, or 0 when it
 * does not fit. */
size_t ll_event_serialise(const cJSON *ev, char *buf, size_t len);

#endif
