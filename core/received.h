/* received.h - the received event of the contract: what an adapter was told, as one nl.luisterloop.feedback.received event.
 *
 * The one builder of received events for every adapter (web and its form, phone, balie,
 * e-mail, simulate, and whatever channel comes next): the adapter reads its own input
 * format and fills an ll_received; how the id follows from the natural key, what the
 * source is, which fields are optional and what they default to, the postcode's form, the
 * pseudonym and contact (ll_citizen_apply), the BSN masking of free text and the check
 * against the contract (ll_event_validate_received) are decided here only. */
#ifndef LL_RECEIVED_H
#define LL_RECEIVED_H

#include <cjson/cJSON.h>

#include "event.h"

/* One input as the adapter read it. Strings are borrowed for the call; NULL means absent
 * unless a default is given. */
typedef struct ll_received {
    const char *source_base; /* [common] source_base, e.g. "/luisterloop" */
    const char *adapter;     /* source is BASE/ADAPTER[/CLIENT]; NULL: the channel */
    const char *client;      /* the authenticated client (token name); NULL: none */
    const char *id_key;      /* natural key: the same input, the same id; NULL: a random id */
    long long now_ms;        /* the intake time: the envelope's time */

    const char *channel;     /* data.channel, required */
    const char *kind;        /* required */
    const char *initiated;   /* NULL: "reactive" */
    const char *text;        /* required */
    const char *subject;     /* "" is kept (and then refused): pass NULL for none */
    const char *location;    /* where it was said (balie desk); never the subject */
    const char *received_at; /* RFC 3339; NULL: the intake time */
    const char *sent_at;     /* the sender's own time (e-mail Date:), when plausible */
    int formal;              /* -1: absent, 0 or 1: data.formal */
    const char *postcode;    /* as given: normalised here ("1234 ab" -> "1234AB") */
    const char *case_ref;
    const cJSON *citizen;     /* {"bsn"?, "email"?, "phone"?, "name"?} as given; NULL: anonymous */
    int contact_requested;    /* data.contact only when the citizen asked for it */
    const char *citizen_path; /* error prefix of citizen's fields; NULL: "citizen" */
    const char *source_ref;   /* NULL: id_key, else the id */
    int attachments;          /* > 0: data.attachments {names, count} */
    const char *const *attachment_names;
    int nattachment_names;

    /* Error fields in the adapter's own words: pairs {event field, input field},
     * NULL-terminated. An event field ending in '.' is a prefix ("data.", "" strips it);
     * the first pair that matches renames. NULL: fields as the validator names them. */
    const char *const *input_names;
} ll_received;

/* The event (BSNs in text, subject, case_ref and attachment names masked), which the
 * caller frees with cJSON_Delete; NULL with err naming the field (after input_names),
 * or "out of memory". */
cJSON *ll_received_new(const ll_received *r, ll_err *err);

/* The Kafka key of a received event on the raw topic: the citizen's pseudonym, so one
 * citizen's contacts stay in order on one partition, else the event id. Borrowed from ev. */
const char *ll_received_key(const cJSON *ev);

#endif
