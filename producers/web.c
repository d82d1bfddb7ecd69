/* web.c - the web adapter: POST /v1/feedback (JSON, bearer token) and the public complaint
 * form, into feedback.raw; answered only once Kafka has the event. */
#include "web.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "intake.h"
#include "log.h"
#include "web_body.h"

static int feedback_convert(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                            ll_err *err) {
    (void)max;
    if (!cJSON_IsObject(body)) {
        ll_err_set(err, "", "expected a JSON object");
        return -1;
    }
    evs[0] = ll_web_body_to_event(body, r->client, r->idem_key, r->cfg->source_base, err);
    return evs[0] ? 1 : -1;
}

typedef struct web {
    ll_intake *in;
    ll_form *form;
} web;

static void web_shutdown(void *state) {
    web *w = state;
    if (!w)
        return;
    ll_intake_free(w->in);
    ll_form_free(w->form);
    free(w);
}

static void *web_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                      size_t errlen) {
    if (argc > 0) {
        snprintf(errstr, errlen, "web: unexpected argument '%s'", argv[0]);
        return NULL;
    }
    web *w = calloc(1, sizeof(*w));
    if (!w) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    if (!(w->in = ll_intake_new(cfg, &cfg->web, "web", 1, errstr, errlen)) ||
        ll_intake_route_json(w->in, "/v1/feedback", feedback_convert, 1) != 0 ||
        !(w->form = ll_form_new(w->in, errstr, errlen))) {
        if (!errstr[0])
            snprintf(errstr, errlen, "web: cannot set up routes");
        web_shutdown(w);
        return NULL;
    }
    return w;
}

static int web_run(void *state) {
    web *w = state;
    return ll_intake_run(w->in);
}

const ll_role ll_role_web = {
    .name = "web",
    .summary = "web intake: POST /v1/feedback and the complaint form (GET /) -> feedback.raw",
    .usage = NULL,
    .section = LL_SECT_WEB,
    .needs_pseudonym_key = 1,
    .init = web_init,
    .run = web_run,
    .shutdown = web_shutdown,
};
