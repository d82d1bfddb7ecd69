/* intake.h - the HTTP intake shared by the adapters: bearer tokens, JSON bodies, and an
 * answer only once Kafka has every event of a request (acks=all, idempotent producer). */
#ifndef LL_INTAKE_H
#define LL_INTAKE_H

#include <cjson/cJSON.h>
#include <librdkafka/rdkafka.h>
#include <stddef.h>

#include "config.h"
#include "event.h"

struct event_base;
struct evhttp_request;

typedef struct ll_intake ll_intake;

/* What a converter knows of the request it converts. */
typedef struct ll_intake_req {
    const char *client;   /* authenticated client (token name), or "form" */
    const char *idem_key; /* Idempotency-Key header, or NULL */
    const ll_config *cfg;
    /* A converter that returns -1 for a reason other than the body's form sets
     * the status here (400 otherwise): 422 for content it cannot use, 502/503/504
     * (a system it asked did not answer) with Retry-After, so the sender tries again. One that returns 0 events
     * sets a 2xx here: the request is answered that, with nothing produced
     * (a notification about something this adapter does not take). */
    int *status;
} ll_intake_req;

/* Turns a parsed JSON body into up to max events (caller-owned in evs).
 * Returns the count, or -1 with err naming the body field. */
typedef int (*ll_intake_json_fn)(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                                 ll_err *err);
/* Answers a request itself (HTML pages); must end in an evhttp reply. */
typedef void (*ll_intake_raw_fn)(ll_intake *in, struct evhttp_request *req, void *arg);
/* Called once Kafka acknowledged (err 0) or gave up on one event. */
typedef void (*ll_intake_done_fn)(void *arg, const char *id, rd_kafka_resp_err_t err);

/* Whether an intake serves HTTP on its listen address. */
enum ll_intake_serve {
    LL_INTAKE_NO_HTTP,     /* batch tools such as an import only produce */
    LL_INTAKE_HTTP,        /* one event loop serves it */
    LL_INTAKE_HTTP_SHARED, /* the first of several loops (ll_intake_new_worker), one port */
};

/* An intake for channel with its own producer; channel also names its config
 * section (its kafka.* properties), icfg its settings there. Caller frees with
 * ll_intake_free. */
ll_intake *ll_intake_new(const ll_config *cfg, const ll_intake_cfg *icfg, const char *channel,
                         enum ll_intake_serve serve, char *errstr, size_t errlen);
/* Another worker of the same intake, on its own thread and event loop,
 * accepting from first's listening socket. */
ll_intake *ll_intake_new_worker(const ll_intake *first, char *errstr, size_t errlen);
/* POST path with a JSON body behind a bearer token. max_events bounds one request. */
int ll_intake_route_json(ll_intake *in, const char *path, ll_intake_json_fn fn, int max_events);
/* Any method on path, answered by fn (no token check). */
int ll_intake_route_raw(ll_intake *in, const char *path, ll_intake_raw_fn fn, void *arg);
/* The intake's HTTP server reads bodies up to max_body bytes when that is more than its
 * [SECTION] max_body, for a raw route whose own limit is larger (the form's, urlencoded);
 * its JSON routes still refuse a body over max_body with 413. No-op without HTTP. */
void ll_intake_raise_max_body(ll_intake *in, int max_body);

/* Produces a received event to the raw topic (key: pseudonym, else id) and
 * calls done from the delivery report. Takes ev. Returns -1 with errstr
 * when it could not even be queued (done is then not called). */
int ll_intake_produce(ll_intake *in, cJSON *ev, ll_intake_done_fn done, void *arg, char *errstr,
                      size_t errlen);
/* Events produced and not yet acknowledged. */
int ll_intake_pending(const ll_intake *in);
int ll_intake_max_pending(const ll_intake *in);

struct event_base *ll_intake_base(ll_intake *in);
const ll_config *ll_intake_config(const ll_intake *in);
/* Runs until a stop is asked, then stops listening, waits for the answers
 * Kafka still owes, and flushes. Returns the exit code. */
int ll_intake_run(ll_intake *in);
/* Extra work for the drain at shutdown (e.g. closing a TCP listener). */
void ll_intake_on_stop(ll_intake *in, void (*fn)(void *arg), void *arg);
void ll_intake_free(ll_intake *in);

/* Converts one object of a batch endpoint into an event (NULL with err). */
typedef cJSON *(*ll_intake_one_fn)(const cJSON *item, const char *client, const char *source_base,
                                   ll_err *err);
/* A body of one object or an array of up to max objects, each through one;
 * an error names the element ("[3].started_at") and nothing is kept. */
int ll_intake_convert_each(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                           ll_intake_one_fn one, ll_err *err);

/* The client name of a token of this intake (token.CLIENT), compared in
 * constant time; NULL when no client has it. */
const char *ll_intake_token_client(const ll_intake *in, const char *token);

/* Answers req with the JSON of a request's outcome (shared by the routes). */
void ll_intake_reject(struct evhttp_request *req, int code, const char *msg, const char *field);

#endif
