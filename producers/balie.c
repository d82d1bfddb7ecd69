/* balie.c - the front-desk adapter: desk registrations on POST /v1/visits into feedback.raw.
 * Location and desk name the office; the staff id stays here (not needed downstream). */
#include "balie.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "citizen.h"
#include "intake.h"
#include "ll_limits.h"
#include "received.h"
#include "text.h"

static const ll_json_field visit_fields[] = {
    {"visit_id", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, LL_MAX_ID_BYTES, NULL},
    {"location", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, 64, NULL},
    {"desk", LL_JSON_STRING, 0, 64, NULL},
    {"staff_id", LL_JSON_STRING, 0, 64, NULL},
    {"kind", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, 32, NULL},
    {"text", LL_JSON_STRING, LL_JSON_REQUIRED | LL_JSON_NONEMPTY, LL_MAX_TEXT_BYTES, NULL},
    {"subject", LL_JSON_STRING, 0, LL_MAX_SUBJECT_BYTES, NULL},
    {"postcode", LL_JSON_STRING, 0, 16, NULL},
    {"visited_at", LL_JSON_STRING, 0, LL_MAX_TIME_BYTES, NULL},
    {"formal", LL_JSON_BOOL, 0, 0, NULL},
    {"contact_requested", LL_JSON_BOOL, 0, 0, NULL},
    {"citizen", LL_JSON_OBJECT, 0, 0, ll_citizen_fields},
    {NULL, 0, 0, 0, NULL}};

cJSON *ll_balie_visit_to_event(const cJSON *visit, const char *client, const char *source_base,
                               ll_err *err) {
    memset(err, 0, sizeof(*err));
    if (!cJSON_IsObject(visit)) {
        ll_err_set(err, "", "a visit is a JSON object");
        return NULL;
    }
    if (ll_json_check_fields(visit, visit_fields, "", err) != 0)
        return NULL;
    const char *vid = ll_json_str(visit, "visit_id"), *loc = ll_json_str(visit, "location");
    const char *desk = ll_json_str(visit, "desk"), *kind = ll_json_str(visit, "kind");
    const char *text = ll_json_str(visit, "text"), *subject = ll_json_str(visit, "subject");
    const char *pc = ll_json_str(visit, "postcode"), *at = ll_json_str(visit, "visited_at");
    const cJSON *formal = ll_json_get(visit, "formal");
    const cJSON *contact = ll_json_get(visit, "contact_requested");
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
