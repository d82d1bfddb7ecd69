/* received.c - the received event of the contract: what an adapter was told, as one nl.luisterloop.feedback.received event. */
#include "received.h"

#include <stdio.h>
#include <string.h>

#include "citizen.h"
#include "event.h"
#include "ll_limits.h"
#include "mask.h"
#include "text.h"

/* The adapter's name for a field the builder or the validator named. */
static void rename_field(ll_err *err, const char *const *names) {
    for (size_t i = 0; names && names[i] && names[i + 1]; i += 2) {
        size_t n = strlen(names[i]);
        int prefix = n > 0 && names[i][n - 1] == '.';
        if (prefix ? strncmp(err->field, names[i], n) != 0 : strcmp(err->field, names[i]) != 0)
            continue;
        char tail[sizeof(err->field)];
        snprintf(tail, sizeof(tail), "%s", prefix ? err->field + n : "");
        snprintf(err->field, sizeof(err->field), "%s%s", names[i + 1], tail);
        return;
    }
}

static int add_str(cJSON *d, const char *name, const char *s) {
    return !s || cJSON_AddStringToObject(d, name, s) ? 0 : -1;
}

static int add_attachments(cJSON *d, const ll_received *r) {
    cJSON *att = cJSON_AddObjectToObject(d, "attachments");
    cJSON *names = att ? cJSON_AddArrayToObject(att, "names") : NULL;
    if (!names || !cJSON_AddNumberToObject(att, "count", r->attachments))
        return -1;
    for (int i = 0; i < r->nattachment_names; i++) {
        cJSON *s = cJSON_CreateString(r->attachment_names[i]);
        if (!s || !cJSON_AddItemToArray(names, s)) {
            cJSON_Delete(s);
            return -1;
        }
    }
    return 0;
}

cJSON *ll_received_new(const ll_received *r, ll_err *err) {
    memset(err, 0, sizeof(*err));
    cJSON *ev = NULL;
    char source[LL_MAX_SOURCE_BYTES + 1], id[LL_EVENT_ID_LEN + 1], now[LL_MAX_TIME_BYTES];
    char pc[7];
    if (r->postcode && ll_postcode_normalise(r->postcode, pc) != 0) {
        ll_err_set(err, "data.postcode", "not a Dutch postcode (1234 AB)");
        goto fail;
    }
    int sn = snprintf(source, sizeof(source), "%s/%s%s%s", r->source_base,
                      r->adapter ? r->adapter : r->channel, r->client ? "/" : "",
                      r->client ? r->client : "");
    if (sn < 0 || (size_t)sn >= sizeof(source)) {
        ll_err_set(err, "source", "source_base too long");
        goto fail;
    }
    if (r->id_key)
        ll_event_id_from_key(source, r->id_key, id);
    else
        ll_event_id_random(id);
    ll_time_format_ms(r->now_ms, now, sizeof(now));

    /* The contract's order, so every channel's events read alike. */
    cJSON *d = (ev = ll_event_new(id, source, LL_TYPE_RECEIVED, now)) ? ll_event_data(ev) : NULL;
    if (!d || add_str(d, "channel", r->channel) || add_str(d, "kind", r->kind) ||
        add_str(d, "initiated", r->initiated ? r->initiated : "reactive") ||
        add_str(d, "text", r->text) || add_str(d, "subject", r->subject) ||
        add_str(d, "location", r->location) ||
        add_str(d, "received_at", r->received_at ? r->received_at : now) ||
        add_str(d, "sent_at", r->sent_at) ||
        (r->formal >= 0 && !cJSON_AddBoolToObject(d, "formal", r->formal)) ||
        add_str(d, "postcode", r->postcode ? pc : NULL) || add_str(d, "case_ref", r->case_ref))
        goto oom;
    /* One line end for every channel, as the e-mail adapter's MIME reading always made
     * it: a phone --import note kept "\r\n" in its text (user check of 12-02), and so did
     * the web form, whose browser sends "\r\n", and the JSON channels. The other strings
     * are single lines: the validator refuses a line end in them. */
    cJSON *text = cJSON_GetObjectItemCaseSensitive(d, "text");
    if (cJSON_IsString(text))
        ll_text_lf(text->valuestring);
    if (ll_citizen_apply(r->citizen, r->contact_requested, d,
                         r->citizen_path ? r->citizen_path : "citizen", err) != 0)
        goto fail;
    if (add_str(d, "source_ref",
                r->source_ref ? r->source_ref
                : r->id_key   ? r->id_key
                              : id) ||
        (r->attachments > 0 && add_attachments(d, r) != 0))
        goto oom;
    /* A BSN typed anywhere in the free text (not only where it was asked for) must not
     * reach Kafka in clear; masked before the check, so what is checked is what travels. */
    if (ll_event_mask_bsn(ev) < 0)
        goto oom;
    /* One set of rules for what may travel: the received-event validator. */
    if (ll_event_validate_received(ev, err) != 0)
        goto fail;
    return ev;
oom:
    ll_err_set(err, "", "out of memory");
fail:
    rename_field(err, r->input_names);
    cJSON_Delete(ev);
    return NULL;
}

const char *ll_received_key(const cJSON *ev) {
    const cJSON *citizen = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "citizen");
    const char *key = citizen ? ll_json_str(citizen, "pseudonym") : NULL;
    return key ? key : ll_json_str(ev, "id");
}
