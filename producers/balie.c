/* balie.c - the front-desk adapter: desk registrations on POST /v1/visits into feedback.raw.
 * Location and desk name the office; the staff id stays here (not needed downstream). */
#include "balie.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citizen.h"
#include "ident.h"
#include "intake.h"
#include "ll_limits.h"
#include "text.h"

static const char *const visit_fields[] = {
    "visit_id", "location", "desk",     "staff_id", "kind",   "text",      "subject",
    "citizen",  "contact_requested", "postcode", "formal", "visited_at", NULL};

cJSON *ll_balie_visit_to_event(const cJSON *visit, const char *client, const char *source_base,
                               ll_err *err) {
    memset(err, 0, sizeof(*err));
    if (!cJSON_IsObject(visit)) {
        ll_err_set(err, "", "a visit is a JSON object");
        return NULL;
    }
    if (ll_json_known_fields(visit, visit_fields, "", err) != 0)
        return NULL;
    const char *vid = ll_json_field_str(visit, "visit_id", 1, LL_MAX_ID_BYTES, err);
    const char *loc = err->msg[0] ? NULL : ll_json_field_str(visit, "location", 1, 64, err);
    const char *desk = err->msg[0] ? NULL : ll_json_field_str(visit, "desk", 0, 64, err);
    if (!err->msg[0])
        ll_json_field_str(visit, "staff_id", 0, 64, err);
    const char *kind = err->msg[0] ? NULL : ll_json_field_str(visit, "kind", 1, 32, err);
    const char *text =
        err->msg[0] ? NULL : ll_json_field_str(visit, "text", 1, LL_MAX_TEXT_BYTES, err);
    const char *subject =
        err->msg[0] ? NULL : ll_json_field_str(visit, "subject", 0, LL_MAX_SUBJECT_BYTES, err);
    const char *pc = err->msg[0] ? NULL : ll_json_field_str(visit, "postcode", 0, 16, err);
    const char *at =
        err->msg[0] ? NULL : ll_json_field_str(visit, "visited_at", 0, LL_MAX_TIME_BYTES, err);
    if (err->msg[0])
        return NULL;
    const cJSON *formal = cJSON_GetObjectItemCaseSensitive(visit, "formal");
    const cJSON *contact = cJSON_GetObjectItemCaseSensitive(visit, "contact_requested");
    if ((formal && !cJSON_IsNull(formal) && !cJSON_IsBool(formal))) {
        ll_err_set(err, "formal", "must be true or false");
        return NULL;
    }
    if ((contact && !cJSON_IsNull(contact) && !cJSON_IsBool(contact))) {
        ll_err_set(err, "contact_requested", "must be true or false");
        return NULL;
    }
    char norm[7];
    if (pc && *pc && ll_postcode_normalise(pc, norm) != 0) {
        ll_err_set(err, "postcode", "not a Dutch postcode (1234 AB)");
        return NULL;
    }
    char source[LL_MAX_SOURCE_BYTES + 1], id[LL_EVENT_ID_LEN + 1], now[LL_MAX_TIME_BYTES];
    char place[LL_MAX_LOCATION_BYTES + 1];
    snprintf(source, sizeof(source), "%s/balie/%s", source_base, client);
    ll_event_id_from_key(source, vid, id);
    ll_time_format_ms(ll_now_ms(), now, sizeof(now));
    /* Where it was said travels as data.location, never as the subject: text
     * the system wrote itself must not vote on the theme ("Stadswinkel"
     * outweighed what the visitor said). */
    snprintf(place, sizeof(place), "%s%s%s", loc, desk && *desk ? ", " : "", desk ? desk : "");
    cJSON *ev = ll_event_new(id, source, LL_TYPE_RECEIVED, now);
    cJSON *d = ev ? ll_event_data(ev) : NULL;
    if (!d || !cJSON_AddStringToObject(d, "channel", "balie") ||
        !cJSON_AddStringToObject(d, "kind", kind) ||
        !cJSON_AddStringToObject(d, "initiated", "reactive") ||
        !cJSON_AddStringToObject(d, "text", text) ||
        (subject && *subject && !cJSON_AddStringToObject(d, "subject", subject)) ||
        !cJSON_AddStringToObject(d, "location", place) ||
        !cJSON_AddStringToObject(d, "received_at", at && *at ? at : now))
        goto oom;
    if (cJSON_IsBool(formal) && !cJSON_AddBoolToObject(d, "formal", cJSON_IsTrue(formal)))
        goto oom;
    if (pc && *pc && !cJSON_AddStringToObject(d, "postcode", norm))
        goto oom;
    if (ll_citizen_apply(cJSON_GetObjectItemCaseSensitive(visit, "citizen"), cJSON_IsTrue(contact),
                         d, "citizen", err) != 0)
        goto fail;
    if (!cJSON_AddStringToObject(d, "source_ref", vid))
        goto oom;
    if (ll_event_validate_received(ev, err) != 0) {
        if (!strcmp(err->field, "data.received_at"))
            snprintf(err->field, sizeof(err->field), "visited_at");
        else if (!strncmp(err->field, "data.", 5))
            memmove(err->field, err->field + 5, strlen(err->field + 5) + 1);
        goto fail;
    }
    return ev;
oom:
    ll_err_set(err, "", "out of memory");
fail:
    cJSON_Delete(ev);
    return NULL;
}

static int visits_convert(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                          ll_err *err) {
    return ll_intake_convert_each(body, r, evs, max, ll_balie_visit_to_event, err);
}

static int balie_line(void *settings, const char *key, const char *val, int lineno, char *msg,
                      size_t msglen) {
    (void)lineno;
    return ll_config_token_line(&((ll_balie_cfg *)settings)->intake, key, val, msg, msglen);
}

static const ll_config_key balie_keys[] = {LL_INTAKE_KEYS(ll_balie_cfg, intake, "8083")};

const ll_config_section ll_balie_config = {LL_CFG_SECTION("balie", ll_balie_cfg, balie_keys),
                                           .line = balie_line, .line_help = LL_CONFIG_TOKEN_HELP};

static void *balie_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                        size_t errlen) {
    if (argc > 0) {
        snprintf(errstr, errlen, "balie: unexpected argument '%s'", argv[0]);
        return NULL;
    }
    ll_intake *in = ll_intake_new(cfg, &((const ll_balie_cfg *)ll_config_settings(cfg, &ll_balie_config))->intake,
                                  "balie", LL_INTAKE_HTTP, errstr, errlen);
    if (!in)
        return NULL;
    if (ll_intake_route_json(in, "/v1/visits", visits_convert, LL_MAX_EVENTS_PER_REQUEST) != 0) {
        snprintf(errstr, errlen, "balie: cannot register routes");
        ll_intake_free(in);
        return NULL;
    }
    return in;
}

static int balie_run(void *state) { return ll_intake_run(state); }
static void balie_shutdown(void *state) { ll_intake_free(state); }

const ll_role ll_role_balie = {
    .name = "balie",
    .summary = "front-desk registrations: POST /v1/visits -> feedback.raw",
    .usage = NULL,
    .config = &ll_balie_config,
    .needs_pseudonym_key = 1,
    .init = balie_init,
    .run = balie_run,
    .shutdown = balie_shutdown,
};
