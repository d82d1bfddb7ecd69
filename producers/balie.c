/* balie.c - the front-desk adapter: desk registrations on POST /v1/visits into feedback.raw.
 * Location and desk name the office; the staff id stays here (not needed downstream). */
#include "balie.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "intake.h"
#include "ll_limits.h"
#include "received.h"
#include "text.h"

static const char *const visit_fields[] = {
    "visit_id", "location",          "desk",     "staff_id", "kind",       "text", "subject",
    "citizen",  "contact_requested", "postcode", "formal",   "visited_at", NULL};

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
    /* Where it was said travels as data.location, never as the subject: text
     * the system wrote itself must not vote on the theme ("Stadswinkel"
     * outweighed what the visitor said). */
    char place[LL_MAX_LOCATION_BYTES + 1];
    snprintf(place, sizeof(place), "%s%s%s", loc, desk && *desk ? ", " : "", desk ? desk : "");
    static const char *const input_names[] = {"data.received_at", "visited_at", "data.", "", NULL};
    const ll_received r = {.source_base = source_base,
                           .channel = "balie",
                           .client = client,
                           .id_key = vid,
                           .now_ms = ll_now_ms(),
                           .kind = kind,
                           .text = text,
                           .subject = subject && *subject ? subject : NULL,
                           .location = place,
                           .received_at = at && *at ? at : NULL,
                           .formal = cJSON_IsBool(formal) ? cJSON_IsTrue(formal) : -1,
                           .postcode = pc && *pc ? pc : NULL,
                           .citizen = cJSON_GetObjectItemCaseSensitive(visit, "citizen"),
                           .contact_requested = cJSON_IsTrue(contact),
                           .input_names = input_names};
    return ll_received_new(&r, err);
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

static void *balie_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    ll_intake *in = ll_intake_new(
        cfg, &((const ll_balie_cfg *)ll_config_settings(cfg, &ll_balie_config))->intake, "balie",
        LL_INTAKE_HTTP, errstr, errlen);
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

static const ll_intake_cfg *balie_intake(const ll_config *cfg) {
    return &((const ll_balie_cfg *)ll_config_settings(cfg, &ll_balie_config))->intake;
}

const ll_role ll_role_balie = {
    .name = "balie",
    .summary = "front-desk registrations: POST /v1/visits -> feedback.raw",
    .usage = NULL,
    .config = &ll_balie_config,
    .needs_pseudonym_key = 1,
    .intake = balie_intake,
    .init = balie_init,
    .run = balie_run,
    .shutdown = balie_shutdown,
};
