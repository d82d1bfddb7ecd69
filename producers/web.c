/* web.c - the web adapter: POST /v1/feedback (JSON, bearer token) and the public complaint
 * form, into feedback.raw; answered only once Kafka has the event. Several event loops
 * (threads) accept from one listening socket, each with its own producer. */
#include "web.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "intake.h"
#include "ll_limits.h"
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

typedef struct worker {
    ll_intake *in;
    ll_form *form;
    pthread_t thread;
    int started, rc;
} worker;

typedef struct web {
    int n;
    worker w[LL_MAX_WEB_THREADS];
} web;

static void web_shutdown(void *state) {
    web *s = state;
    if (!s)
        return;
    for (int i = s->n - 1; i >= 0; i--) {
        ll_intake_free(s->w[i].in);
        ll_form_free(s->w[i].form);
    }
    free(s);
}

static int worker_routes(worker *w, char *errstr, size_t errlen) {
    if (ll_intake_route_json(w->in, "/v1/feedback", feedback_convert, 1) != 0) {
        snprintf(errstr, errlen, "web: cannot register routes");
        return -1;
    }
    return (w->form = ll_form_new(w->in, errstr, errlen)) ? 0 : -1;
}

static int web_line(void *settings, const char *key, const char *val, int lineno, char *msg,
                    size_t msglen) {
    (void)lineno;
    return ll_config_token_line(&((ll_web_cfg *)settings)->intake, key, val, msg, msglen);
}

static const ll_config_key web_keys[] = {
    LL_INTAKE_KEYS(ll_web_cfg, intake, "8080"){
        "threads", LL_CT_INT, LL_CFG_NUM(ll_web_cfg, threads), "2", 1, LL_MAX_WEB_THREADS,
        "event loops (threads) serving HTTP, each with its own Kafka producer", NULL},
    {"form_rate_per_min", LL_CT_INT, LL_CFG_NUM(ll_web_cfg, form_rate_per_min), "10", 1, 100000,
     "public form submissions per minute per client address (429 above)", NULL},
};

const ll_config_section ll_web_config = {LL_CFG_SECTION("web", ll_web_cfg, web_keys),
                                         .line = web_line, .line_help = LL_CONFIG_TOKEN_HELP};

static void *web_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    const ll_web_cfg *wc = ll_config_settings(cfg, &ll_web_config);
    enum ll_intake_serve serve = wc->threads > 1 ? LL_INTAKE_HTTP_SHARED : LL_INTAKE_HTTP;
    web *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    for (int i = 0; i < wc->threads; i++) {
        worker *w = &s->w[i];
        w->in = i == 0 ? ll_intake_new(cfg, &wc->intake, "web", serve, errstr, errlen)
                       : ll_intake_new_worker(s->w[0].in, errstr, errlen);
        if (!w->in)
            goto fail;
        s->n++;
        if (worker_routes(w, errstr, errlen) != 0)
            goto fail;
    }
    return s;
fail:
    web_shutdown(s);
    return NULL;
}

static void *worker_main(void *arg) {
    worker *w = arg;
    w->rc = ll_intake_run(w->in);
    return NULL;
}

static int web_run(void *state) {
    web *s = state;
    for (int i = 1; i < s->n; i++)
        s->w[i].started = pthread_create(&s->w[i].thread, NULL, worker_main, &s->w[i]) == 0;
    s->w[0].rc = ll_intake_run(s->w[0].in);
    int rc = s->w[0].rc;
    for (int i = 1; i < s->n; i++) {
        if (!s->w[i].started) {
            rc = 1;
            continue;
        }
        pthread_join(s->w[i].thread, NULL);
        if (s->w[i].rc)
            rc = s->w[i].rc;
    }
    return rc;
}

static const ll_intake_cfg *web_intake(const ll_config *cfg) {
    return &((const ll_web_cfg *)ll_config_settings(cfg, &ll_web_config))->intake;
}

const ll_role ll_role_web = {
    .name = "web",
    .summary = "web intake: POST /v1/feedback and the complaint form (GET /) -> feedback.raw",
    .usage = NULL,
    .config = &ll_web_config,
    .needs_pseudonym_key = 1,
    .intake = web_intake,
    .init = web_init,
    .run = web_run,
    .shutdown = web_shutdown,
};
