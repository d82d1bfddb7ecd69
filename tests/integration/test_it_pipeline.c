/* test_it_pipeline.c - web -> feedback.raw -> process -> feedback.enriched -> dashboard, on
 * the real Kafka and Redis: exactly once, idempotency, rejections, dead letters. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "harness.h"
#include "ll_limits.h"

static struct {
    char tag[96], cfg[300], dir[256];
    char raw[160], enriched[160], dlq[160];
    int web_port, dash_port, proc_port;
    pid_t web, proc, dash;
} S;

#define AUTH "Authorization: Bearer test-token-0123456789abcdef\r\n"
#define JSON "Content-Type: application/json\r\n"

static int setup(void **state) {
    (void)state;
    ll_t_unique(S.tag, sizeof(S.tag), "pipe");
    ll_t_workspace(S.tag, S.dir, sizeof(S.dir), S.cfg, sizeof(S.cfg));
    snprintf(S.raw, sizeof(S.raw), "raw.%s", S.tag);
    snprintf(S.enriched, sizeof(S.enriched), "enriched.%s", S.tag);
    snprintf(S.dlq, sizeof(S.dlq), "dlq.%s", S.tag);
    S.web_port = ll_t_free_port();
    S.dash_port = ll_t_free_port();
    S.proc_port = ll_t_free_port();
    ll_t_config_write(S.cfg, S.tag, S.web_port, S.dash_port, S.proc_port);
    ll_t_topics_create(S.cfg);
    char log[300];
    snprintf(log, sizeof(log), "%s/web.log", S.dir);
    S.web = ll_t_spawn("web", S.cfg, log, NULL, NULL);
    snprintf(log, sizeof(log), "%s/process.log", S.dir);
    S.proc = ll_t_spawn("process", S.cfg, log, NULL, NULL);
    snprintf(log, sizeof(log), "%s/dashboard.log", S.dir);
    S.dash = ll_t_spawn("dashboard", S.cfg, log, NULL, NULL);
    if (ll_t_wait_http(S.web_port, "/readyz", 200, 30000) != 200 ||
        ll_t_wait_http(S.dash_port, "/readyz", 200, 30000) != 200 ||
        ll_t_wait_http(S.proc_port, "/readyz", 200, 30000) != 200) {
        fprintf(stderr, "roles did not become ready; logs in %s\n", S.dir);
        return -1;
    }
    return 0;
}

static int teardown(void **state) {
    (void)state;
    /* Graceful shutdown is part of the contract: SIGTERM -> exit 0. */
    int a = ll_t_stop(S.web, SIGTERM, 15000);
    int b = ll_t_stop(S.proc, SIGTERM, 15000);
    int c = ll_t_stop(S.dash, SIGTERM, 15000);
    if (a != 0 || b != 0 || c != 0) {
        fprintf(stderr, "exit codes on SIGTERM: web %d process %d dashboard %d (logs in %s)\n", a,
                b, c, S.dir);
        return -1;
    }
    return 0;
}

/* A fresh broker may answer the first writes with 503 (ll_t_http_warm). */
static int post(const char *extra_headers, const char *body, char *resp, size_t resplen) {
    return ll_t_http_warm(S.web_port, "POST", "/v1/feedback", extra_headers, body, strlen(body),
                          resp, resplen, 30000);
}

/* Collects enriched events by id. */
typedef struct seen {
    char want[64];
    int hits;
    char last[8192];
} seen;

static void count_id(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    seen *s = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const cJSON *id = j ? cJSON_GetObjectItemCaseSensitive(j, "id") : NULL;
    if (cJSON_IsString(id) && strcmp(id->valuestring, s->want) == 0) {
        s->hits++;
        snprintf(s->last, sizeof(s->last), "%.*s", (int)len, val);
    }
    cJSON_Delete(j);
}

/* Waits until the processor has caught up with raw, then counts id on topic. */
static int hits_on(const char *topic, const char *id, char *last, size_t lastlen) {
    char group[160];
    snprintf(group, sizeof(group), "group.%s", S.tag);
    long long done = 0, end = 0, t0 = ll_t_now_ms();
    do {
        ll_t_group_progress(group, S.raw, &done, &end);
        if (done >= end)
            break;
        ll_t_sleep_ms(100);
    } while (ll_t_now_ms() - t0 < 30000);
    seen s = {.hits = 0};
    snprintf(s.want, sizeof(s.want), "%s", id);
    ll_t_consume_all(topic, 1, 200, count_id, &s);
    if (last)
        snprintf(last, lastlen, "%s", s.last);
    return s.hits;
}

static void id_of(const char *resp, char *id, size_t len) {
    cJSON *j = cJSON_Parse(resp);
    const cJSON *v = j ? cJSON_GetObjectItemCaseSensitive(j, "id") : NULL;
    snprintf(id, len, "%s", cJSON_IsString(v) ? v->valuestring : "");
    cJSON_Delete(j);
}

static void post_appears_enriched_exactly_once(void **state) {
    (void)state;
    char resp[4096], id[64], last[8192];
    int st = post(AUTH JSON,
                  "{\"kind\":\"complaint\",\"text\":\"Mijn BSN is 123456782 en de container "
                  "is weer niet geleegd, zegt ook mijn buurvrouw mevrouw De Vries-Yılmaz uit de "
                  "Kerkstraat. Bel 06-12345678. Ik ben geboren op 12-03-1948 en de auto "
                  "XR-12-KL staat ernaast.\",\"postcode\":\"3011 AB\","
                  "\"formal\":true,\"citizen\":{\"bsn\":\"111222333\",\"email\":"
                  "\"jan@example.nl\"},\"contact_requested\":true}",
                  resp, sizeof(resp));
    assert_int_equal(st, 202);
    id_of(resp, id, sizeof(id));
    assert_int_equal(strlen(id), 36);
    assert_int_equal(hits_on(S.enriched, id, last, sizeof(last)), 1);
    /* Privacy: no BSN, no phone, no e-mail, no contact on the enriched topic. */
    assert_null(strstr(last, "123456782"));
    assert_null(strstr(last, "111222333"));
    assert_null(strstr(last, "06-12345678"));
    assert_null(strstr(last, "jan@example.nl"));
    assert_null(strstr(last, "\"contact\""));
    assert_non_null(strstr(last, "[BSN]"));
    /* Names of persons too; the street stays. */
    assert_null(strstr(last, "Vries"));
    assert_null(strstr(last, "Yılmaz"));
    assert_non_null(strstr(last, "mevrouw [NAAM] uit de Kerkstraat"));
    /* A date of birth and a licence plate beside the postcode point at one person. */
    assert_null(strstr(last, "1948"));
    assert_null(strstr(last, "XR-12-KL"));
    assert_non_null(strstr(last, "Ik ben geboren op [GEBOORTEDATUM] en de auto [KENTEKEN] staat"));
    assert_non_null(strstr(last, "\"birth_date\":1,\"birth_date_rules\":[\"geboren\"]"));
    assert_non_null(strstr(last, "\"plate\":1,\"plate_rules\":[\"sidecode\"]"));
    assert_non_null(strstr(last, "\"type\":\"nl.luisterloop.feedback.enriched\""));
    assert_non_null(strstr(last, "\"awb\""));
    /* The dashboard counts it. */
    long long t0 = ll_t_now_ms();
    int ok = 0;
    while (!ok && ll_t_now_ms() - t0 < 10000) {
        if (ll_t_http(S.dash_port, "GET", "/api/v1/summary", LL_T_DASH_AUTH, NULL, 0, resp,
                      sizeof(resp)) == 200 &&
            strstr(resp, "\"web\":"))
            ok = 1;
        else
            ll_t_sleep_ms(100);
    }
    assert_true(ok);
    assert_non_null(strstr(resp, "\"complaint\":"));
}

/* A suicidal statement inside an ordinary complaint arrives critical, with
 * its family and the 113 referral for whoever picks it up. */
static void suicidal_statement_arrives_critical_with_referral(void **state) {
    (void)state;
    char resp[4096], id[64], last[8192];
    int st =
        post(AUTH JSON,
             "{\"kind\":\"complaint\",\"text\":\"Geachte heer, mevrouw, mijn toeslag is al drie "
             "maanden niet betaald en de deurwaarder staat voor de deur. Eerlijk gezegd wil ik er "
             "niet meer zijn. Met vriendelijke groet\"}",
             resp, sizeof(resp));
    assert_int_equal(st, 202);
    id_of(resp, id, sizeof(id));
    assert_int_equal(hits_on(S.enriched, id, last, sizeof(last)), 1);
    cJSON *ev = cJSON_Parse(last);
    const cJSON *u =
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(ev, "data"), "urgency");
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(u, "level")),
                        "critical");
    assert_non_null(
        strstr(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(u, "advice")), "0800-0113"));
    char *reasons = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(u, "reasons"));
    assert_non_null(strstr(reasons, "suicidal statement: negated life wish"));
    free(reasons);
    cJSON_Delete(ev);
}

static void same_idempotency_key_yields_one_event(void **state) {
    (void)state;
    char resp[4096], id1[64], id2[64], key[128];
    ll_t_unique(key, sizeof(key), "idem");
    char h[512];
    snprintf(h, sizeof(h), AUTH JSON "Idempotency-Key: %s\r\n", key);
    const char *body = "{\"kind\":\"question\",\"text\":\"Wanneer wordt het grofvuil opgehaald?\"}";
    assert_int_equal(post(h, body, resp, sizeof(resp)), 202);
    id_of(resp, id1, sizeof(id1));
    assert_int_equal(post(h, body, resp, sizeof(resp)), 202);
    id_of(resp, id2, sizeof(id2));
    assert_string_equal(id1, id2);
    assert_int_equal(hits_on(S.raw, id1, NULL, 0), 2);      /* both reached Kafka */
    assert_int_equal(hits_on(S.enriched, id1, NULL, 0), 1); /* one event */
    /* The duplicate shows in the processor's metrics. */
    assert_int_equal(ll_t_http(S.proc_port, "GET", "/metrics", NULL, NULL, 0, resp, sizeof(resp)),
                     200);
    assert_null(strstr(resp, "ll_process_duplicates_total 0\n"));
}

/* Collects the enriched events that name want as the id their key came with first. */
static void count_reused(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    seen *s = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const char *first = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(
        cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(j, "data"), "key_reused"),
        "first_id"));
    if (first && strcmp(first, s->want) == 0) {
        s->hits++;
        snprintf(s->last, sizeof(s->last), "%.*s", (int)len, val);
    }
    cJSON_Delete(j);
}

/* The user check of 12-01 (issue 12): an Idempotency-Key reused with another body. Every
 * post is answered 202 with the key's id (the intake keeps no state), the retry of the
 * first body is dropped as before, and the second body, a knife threat, is not: it is
 * enriched once, critical, under an id of its own that names the input, with the reason;
 * its own retry is dropped too. The processor counts the reuse. */
static void reused_key_with_another_body_is_kept(void **state) {
    (void)state;
    char resp[4096], key[128], h[512], id[4][64];
    ll_t_unique(key, sizeof(key), "u3-reuse");
    snprintf(h, sizeof(h), AUTH JSON "Idempotency-Key: %s\r\n", key);
    const char *body[] = {
        "{\"kind\":\"report\",\"text\":\"container vol in Kerkstraat\"}",
        "{\"kind\":\"report\",\"text\":\"container vol in Kerkstraat\"}",
        "{\"kind\":\"report\",\"text\":\"mijn buurman bedreigt me met een mes\"}",
        "{\"kind\":\"report\",\"text\":\"mijn buurman bedreigt me met een mes\"}",
    };
    for (int i = 0; i < 4; i++) {
        assert_int_equal(post(h, body[i], resp, sizeof(resp)), 202);
        id_of(resp, id[i], sizeof(id[i]));
        assert_string_equal(id[i], id[0]);
    }
    assert_int_equal(hits_on(S.raw, id[0], NULL, 0), 4);
    char last[8192];
    assert_int_equal(hits_on(S.enriched, id[0], last, sizeof(last)), 1);
    assert_non_null(strstr(last, "container vol in Kerkstraat"));
    seen s = {.hits = 0};
    snprintf(s.want, sizeof(s.want), "%s", id[0]);
    ll_t_consume_all(S.enriched, 1, 200, count_reused, &s);
    assert_int_equal(s.hits, 1);
    cJSON *ev = cJSON_Parse(s.last);
    assert_non_null(ev);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const char *own = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ev, "id"));
    assert_non_null(own);
    assert_non_null(strstr(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(d, "text")),
                           "bedreigt me met een mes"));
    char prefix[80];
    snprintf(prefix, sizeof(prefix), "%s~", id[0]);
    assert_int_equal(strncmp(own, prefix, strlen(prefix)), 0);
    assert_non_null(strstr(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(
                               cJSON_GetObjectItemCaseSensitive(d, "key_reused"), "reason")),
                           "reused"));
    assert_string_equal(cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(
                            cJSON_GetObjectItemCaseSensitive(d, "urgency"), "level")),
                        "critical");
    /* Its own id is its own: once on the topic. */
    assert_int_equal(hits_on(S.enriched, own, NULL, 0), 1);
    cJSON_Delete(ev);
    assert_int_equal(ll_t_http(S.proc_port, "GET", "/metrics", NULL, NULL, 0, resp, sizeof(resp)),
                     200);
    assert_non_null(strstr(resp, "ll_process_key_reused_total "));
    assert_null(strstr(resp, "ll_process_key_reused_total 0\n"));
}

/* A client's natural key that is an e-mail address (user check of 12-01, session 11: in clear
 * on feedback.enriched as source_ref) is masked there; two such keys still make two events, a
 * retry of either still one: the processor de-duplicates by the event id, which the intake
 * made from the key before anything was masked. A case reference with a person's name in it
 * is masked as the text is. */
static void key_that_is_an_address_is_masked_and_stays_distinct(void **state) {
    (void)state;
    char resp[4096], key[2][160], id[2][64], again[64], last[8192];
    for (int k = 0; k < 2; k++) {
        char u[96];
        ll_t_unique(u, sizeof(u), k ? "b" : "a");
        snprintf(key[k], sizeof(key[k]), "klant.%s@example.nl", u);
        char h[512];
        snprintf(h, sizeof(h), AUTH JSON "Idempotency-Key: %s\r\n", key[k]);
        const char *body = "{\"kind\":\"question\",\"text\":\"Wanneer wordt het grofvuil "
                           "opgehaald?\",\"case_ref\":\"dossier mevrouw Jansen\"}";
        assert_int_equal(post(h, body, resp, sizeof(resp)), 202);
        id_of(resp, id[k], sizeof(id[k]));
        if (k == 0) {
            assert_int_equal(post(h, body, resp, sizeof(resp)), 202);
            id_of(resp, again, sizeof(again));
            assert_string_equal(again, id[0]);
        }
    }
    assert_string_not_equal(id[0], id[1]);
    for (int k = 0; k < 2; k++) {
        assert_int_equal(hits_on(S.enriched, id[k], last, sizeof(last)), 1);
        assert_null(strstr(last, key[k]));
        assert_null(strstr(last, "@example.nl"));
        assert_null(strstr(last, "Jansen"));
        assert_non_null(strstr(last, "\"source_ref\":\"[E-MAIL]\""));
        assert_non_null(strstr(last, "\"case_ref\":\"dossier mevrouw [NAAM]\""));
    }
}

static int raw_count(void) { return ll_t_consume_all(S.raw, 0, 200, NULL, NULL); }

/* Writes req (n bytes) on a new connection to port: what the server wrote back until it
 * closed, NUL-terminated in out. */
static void raw_exchange(int port, const char *req, size_t n, char *out, size_t outlen) {
    assert_true(ll_t_tcp_exchange(port, req, n, 0, 10000, out, outlen) >= 0);
}

/* Two requests on one kept-alive connection, the second's body over max_body: what the
 * server wrote, NUL-terminated in out. */
/* evhttp refuses a body before reading it only above the server's limit, which the form raises
 * above max_body (LL_FORM_MAX_BODY: 8192 three-byte characters urlencoded); under it the
 * intake's own check answers after the body. */
static void keepalive_then_too_large(int port, const char *auth, char *out, size_t outlen) {
    char req[1024];
    int n = snprintf(req, sizeof(req),
                     "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"
                     "POST /v1/feedback HTTP/1.1\r\nHost: t\r\n%sContent-Type: "
                     "application/json\r\nContent-Length: %d\r\n\r\n",
                     auth, LL_FORM_MAX_BODY + 1);
    raw_exchange(port, req, (size_t)n, out, outlen);
}

static long long web_metric(const char *line) {
    const size_t cap = 1 << 20;
    char *resp = malloc(cap);
    assert_non_null(resp);
    assert_int_equal(ll_t_http(S.web_port, "GET", "/metrics", NULL, NULL, 0, resp, cap), 200);
    const char *p = strstr(resp, line);
    if (!p)
        fail_msg("no %s in the web role's metrics (%zu bytes)", line + 1, strlen(resp));
    long long v = strtoll(p + strlen(line), NULL, 10);
    free(resp);
    return v;
}

/* What evhttp answers itself, before any handler, comes as our JSON too, not its HTML page
 * (libevent 2.1.12's evhttp_send_error: 400, 413, 417, 501); its 4xx count as rejected. An
 * unknown method is evhttp's 501 too, and its page says HTTP/1.1 to a 1.0 client
 * (evhttp_send_page_ sets 1.1 when the minor version is 0): so does ours. */
static void evhttp_own_answers_are_json(void **state) {
    (void)state;
    _Static_assert(0x20000 > LL_FORM_MAX_BODY, "the chunk below is over the server's limit");
    static const struct {
        const char *req, *status, *error;
    } cases[] = {
        {"GET /healthz HTTP/x.y\r\nHost: t\r\n\r\n", "HTTP/1.1 400 Bad Request\r\n",
         "{\"error\":\"malformed HTTP request: the request line, a header or the body's framing "
         "cannot be read\"}"},
        {"GET /healthz HTTP/1.1\r\nHost: t\r\nno colon here\r\n\r\n",
         "HTTP/1.1 400 Bad Request\r\n", "{\"error\":\"malformed HTTP request"},
        {"POST /v1/feedback HTTP/1.1\r\nHost: t\r\nContent-Length: 12x\r\n\r\n",
         "HTTP/1.1 400 Bad Request\r\n", "{\"error\":\"malformed HTTP request"},
        {"PUT /v1/feedback HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n",
         "HTTP/1.1 501 Not Implemented\r\n",
         "{\"error\":\"method not allowed: use GET, HEAD or POST\"}"},
        {"DELETE /v1/feedback HTTP/1.0\r\n\r\n", "HTTP/1.1 501 Not Implemented\r\n",
         "{\"error\":\"method not allowed"},
        {"BREW /v1/feedback HTTP/1.1\r\nHost: t\r\n\r\n", "HTTP/1.1 501 Not Implemented\r\n",
         "{\"error\":\"method not allowed"},
        {"POST /v1/feedback HTTP/1.1\r\nHost: t\r\nExpect: tea\r\nContent-Length: 2\r\n\r\n{}",
         "HTTP/1.1 417 Expectation Failed\r\n",
         "{\"error\":\"unsupported Expect header: only 100-continue\"}"},
        /* a chunk of 0x20000 bytes: over the server's limit (keepalive_then_too_large) */
        {"POST /v1/feedback HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
         "20000\r\n",
         "HTTP/1.1 413 Payload Too Large\r\n",
         "{\"error\":\"body too large: at most 8192 bytes\"}"},
    };
    long long before = web_metric("\nll_intake_rejected_total{channel=\"web\"} ");
    int refusals = 0;
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char out[4096];
        raw_exchange(S.web_port, cases[i].req, strlen(cases[i].req), out, sizeof(out));
        const char *body = strstr(out, "\r\n\r\n");
        if (strncmp(out, cases[i].status, strlen(cases[i].status)) != 0 || !body ||
            strncmp(body + 4, cases[i].error, strlen(cases[i].error)) != 0 ||
            !strstr(out, "\r\nContent-Type: application/json; charset=utf-8\r\n") ||
            !strstr(out, "\r\nConnection: close\r\n"))
            fail_msg("case %zu: %s", i, out);
        if (cases[i].status[9] == '4')
            refusals++;
    }
    /* Counted where the handlers' own 4xx are. */
    assert_int_equal(web_metric("\nll_intake_rejected_total{channel=\"web\"} "), before + refusals);
    assert_int_equal(ll_t_wait_http(S.web_port, "/healthz", 200, 2000), 200);
}

static void bad_requests_land_nowhere(void **state) {
    (void)state;
    int before = raw_count();
    char resp[4096];
    struct {
        const char *headers, *body;
        int status;
        const char *needle;
    } cases[] = {
        {AUTH JSON, "{\"kind\":\"complaint\",", 400, "malformed JSON"},
        {AUTH JSON, "[1,2,3]", 400, "JSON object"},
        /* one event a request: an array would not do either */
        {AUTH JSON, "null", 400, "\"expected a JSON object\""},
        {AUTH JSON, "{\"kind\":\"complaint\",\"text\":12}", 400, "\"field\":\"text\""},
        {AUTH JSON, "{\"kind\":\"complaint\"}", 400, "missing required field"},
        {AUTH JSON, "{\"kind\":\"complaint\",\"text\":\"caf\xe9\"}", 400, "invalid UTF-8"},
        {AUTH JSON, "{\"kind\":\"complaint\",\"text\":\"   \"}", 400, "blank"},
        {AUTH JSON, "{\"kind\":\"complaint\",\"text\":\"x\",\"citizen\":{\"bsn\":\"123456789\"}}",
         400, "11-proef"},
        {AUTH JSON, "{\"kind\":\"complaint\",\"text\":\"x\",\"admin\":true}", 400, "unknown field"},
        {JSON, "{\"kind\":\"complaint\",\"text\":\"x\"}", 401, "bearer"},
        {"Authorization: Bearer wrong-token-0000000000\r\n" JSON,
         "{\"kind\":\"complaint\",\"text\":\"x\"}", 401, "bearer"},
        {AUTH "Content-Type: text/plain\r\n", "{\"kind\":\"complaint\",\"text\":\"x\"}", 415,
         "application/json"},
        {AUTH "Content-Type: application/json; charset=latin1\r\n",
         "{\"kind\":\"complaint\",\"text\":\"x\"}", 415, "application/json"},
        {AUTH JSON "Idempotency-Key: bad key\r\n", "{\"kind\":\"complaint\",\"text\":\"x\"}", 400,
         "Idempotency-Key"},
        {AUTH JSON, "{\"kind\":\"complaint\",\"text\":\"harmless\",\"text\":\"x\"}", 400,
         "{\"error\":\"duplicate key \\\"text\\\" at byte 38\",\"field\":\"text\"}"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int st = post(cases[i].headers, cases[i].body, resp, sizeof(resp));
        if (st != cases[i].status || !strstr(resp, cases[i].needle))
            fail_msg("case %zu: status %d body %s", i, st, resp);
    }
    /* Oversized: 413, with the service still up. */
    char *big = malloc(20000);
    memset(big, 'a', 19999);
    big[19999] = '\0';
    int st = post(AUTH JSON, big, resp, sizeof(resp));
    assert_int_equal(st, 413);
    /* evhttp refuses it before any handler: the JSON error all the others get, not its page
     * (the user check of 12-01 got "<HTML><HEAD><TITLE>413 ..."). */
    if (!strstr(resp, "{\"error\":\"body too large: at most 8192 bytes\"}"))
        fail_msg("413 answer: %s", resp);
    free(big);
    /* The same on a connection's second request: bufferevent_socket then keeps the output's
     * start frozen, which evbuffer_copyout and evbuffer_drain refuse (the dashboard's
     * browser, on kept-alive connections, got the page). */
    char two[4096];
    keepalive_then_too_large(S.web_port, AUTH, two, sizeof(two));
    const char *second = strstr(two, "\r\n\r\n{\"status\"");
    if (!second || !strstr(second, "HTTP/1.1 413 Payload Too Large\r\n") ||
        !strstr(second, "\r\n\r\n{\"error\":\"body too large: at most 8192 bytes\"}"))
        fail_msg("413 after a kept-alive request: %s", two);
    assert_int_equal(
        ll_t_http(S.web_port, "GET", "/v1/feedback", AUTH, NULL, 0, resp, sizeof(resp)), 405);
    assert_int_equal(ll_t_http(S.web_port, "GET", "/nope", NULL, NULL, 0, resp, sizeof(resp)), 404);
    assert_int_equal(ll_t_wait_http(S.web_port, "/healthz", 200, 2000), 200);
    assert_int_equal(raw_count(), before);
}

/* The CloudEvents Kafka binding (issue 17): what the web role and the processor wrote so far
 * reads through the Java SDK's Kafka reader in structured mode. The alerts topic, which no
 * role of this test writes, first gets a valid event without the header: the reader must
 * refuse it, or the check would prove nothing. */
static void topics_read_with_the_cloudevents_sdk(void **state) {
    (void)state;
    char alerts[160];
    snprintf(alerts, sizeof(alerts), "alerts.%s", S.tag);
    const char *bare[] = {
        "{\"specversion\":\"1.0\",\"id\":\"a1\",\"source\":\"/t\","
        "\"type\":\"nl.luisterloop.alert\",\"time\":\"2026-01-01T00:00:00Z\","
        "\"datacontenttype\":\"application/json\",\"data\":{\"status\":\"firing\"}}"};
    ll_t_produce(alerts, "a1", bare, NULL, 1);
    assert_int_equal(ll_t_cloudevents_check(alerts, "nl.luisterloop.alert", 1), 1);
    assert_int_equal(ll_t_cloudevents_check(S.raw, "nl.luisterloop.feedback.received", 4), 0);
    assert_int_equal(ll_t_cloudevents_check(S.enriched, "nl.luisterloop.feedback.enriched", 3), 0);
}

typedef struct dlq_scan {
    int garbage, binary, wrongtype, dupkey, clear;
    char garbage_id[64];
} dlq_scan;

static void scan_dlq(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    dlq_scan *s = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const cJSON *d = j ? cJSON_GetObjectItemCaseSensitive(j, "data") : NULL;
    const cJSON *reason = d ? cJSON_GetObjectItemCaseSensitive(d, "reason") : NULL;
    /* The original only sealed to the operator's key (issue 14), never in clear. */
    const cJSON *sealed = d ? cJSON_GetObjectItemCaseSensitive(d, "original_sealed") : NULL;
    char orig[1024] = "";
    long olen =
        cJSON_IsString(sealed) ? ll_t_dlq_open(sealed->valuestring, orig, sizeof(orig)) : -1;
    if (d && (cJSON_GetObjectItemCaseSensitive(d, "original") ||
              cJSON_GetObjectItemCaseSensitive(d, "original_base64")))
        s->clear++;
    if (cJSON_IsString(reason) && olen >= 0 && !strcmp(orig, "not json at all") &&
        strstr(reason->valuestring, "malformed")) {
        s->garbage++;
        const cJSON *evid = cJSON_GetObjectItemCaseSensitive(j, "id");
        snprintf(s->garbage_id, sizeof(s->garbage_id), "%s",
                 cJSON_IsString(evid) ? evid->valuestring : "");
    }
    if (cJSON_IsString(reason) && olen > 0 && (unsigned char)orig[0] == 0xff &&
        strstr(reason->valuestring, "UTF-8"))
        s->binary++;
    if (cJSON_IsString(reason) && strstr(reason->valuestring, "unsupported specversion"))
        s->wrongtype++;
    if (cJSON_IsString(reason) && olen > 0 && strstr(orig, "dupkey-1") &&
        strstr(reason->valuestring, "duplicate key \"text\" at byte "))
        s->dupkey++;
    cJSON_Delete(j);
}

static void garbage_on_raw_goes_to_dlq(void **state) {
    (void)state;
    /* Two texts in one event: readers that take the first and the last would differ. */
    const char *vals[] = {
        "not json at all", "\xff\xfe\x00\x01 binary", "{\"specversion\":\"0.3\",\"id\":\"x\"}",
        "{\"specversion\":\"1.0\",\"id\":\"dupkey-1\",\"source\":\"/t\","
        "\"type\":\"nl.luisterloop.feedback.received\","
        "\"time\":\"2026-11-28T10:00:00Z\",\"data\":{\"channel\":\"web\","
        "\"kind\":\"signal\",\"initiated\":\"reactive\",\"text\":\"alles goed\","
        "\"text\":\"ik wil niet meer leven\",\"received_at\":\"2026-11-28T10:00:00Z\","
        "\"source_ref\":\"dupkey-1\"}}"};
    size_t lens[] = {15, 11, strlen(vals[2]), strlen(vals[3])};
    ll_t_produce(S.raw, NULL, vals, lens, 4);
    char id[] = "none";
    hits_on(S.enriched, id, NULL, 0); /* waits for the processor to catch up */
    dlq_scan s = {0};
    ll_t_consume_all(S.dlq, 1, 200, scan_dlq, &s);
    assert_int_equal(s.garbage, 1);
    assert_int_equal(s.binary, 1);
    assert_int_equal(s.wrongtype, 1);
    assert_int_equal(s.dupkey, 1);
    assert_int_equal(s.clear, 0);
    /* The operator opens it with the secret key, and puts it back on the raw topic. */
    char cmd[1024], out[256] = "";
    snprintf(cmd, sizeof(cmd), "%s dlq show %s --key %s -c %s 2>&1", ll_t_bin(), s.garbage_id,
             ll_t_dlq_secret_key(), S.cfg);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t got = fread(out, 1, sizeof(out) - 1, p);
    out[got] = '\0';
    assert_int_equal(pclose(p), 0);
    assert_string_equal(out, "not json at all");
    snprintf(cmd, sizeof(cmd), "%s dlq show %s -c %s >/dev/null 2>&1", ll_t_bin(), s.garbage_id,
             S.cfg);
    assert_int_not_equal(system(cmd), 0); /* no key, no original */
    snprintf(cmd, sizeof(cmd), "%s dlq replay %s --key %s -c %s >/dev/null 2>&1", ll_t_bin(),
             s.garbage_id, ll_t_dlq_secret_key(), S.cfg);
    assert_int_equal(system(cmd), 0);
    hits_on(S.enriched, id, NULL, 0);
    dlq_scan again = {0};
    ll_t_consume_all(S.dlq, 1, 200, scan_dlq, &again);
    assert_int_equal(again.garbage, 2); /* replayed, and given up again */
    /* And the pipeline still works after it. */
    char resp[1024], eid[64];
    assert_int_equal(post(AUTH JSON,
                          "{\"kind\":\"compliment\",\"text\":\"Dank voor de snelle hulp!\"}", resp,
                          sizeof(resp)),
                     202);
    id_of(resp, eid, sizeof(eid));
    assert_int_equal(hits_on(S.enriched, eid, NULL, 0), 1);
}

/* Dead letters, including the one a replay put back, are CloudEvents on the wire too. */
static void dead_letters_read_with_the_cloudevents_sdk(void **state) {
    (void)state;
    assert_int_equal(ll_t_cloudevents_check(S.dlq, "nl.luisterloop.deadletter", 4), 0);
}

static void metrics_and_health(void **state) {
    (void)state;
    char resp[65536];
    assert_int_equal(ll_t_http(S.web_port, "GET", "/metrics", NULL, NULL, 0, resp, sizeof(resp)),
                     200);
    assert_non_null(strstr(resp, "# TYPE ll_intake_accepted_total counter"));
    assert_non_null(strstr(resp, "ll_intake_ack_seconds_bucket"));
    assert_int_equal(ll_t_http(S.dash_port, "GET", "/metrics", NULL, NULL, 0, resp, sizeof(resp)),
                     200);
    assert_non_null(strstr(resp, "ll_dashboard_events_total"));
    assert_int_equal(ll_t_http(S.dash_port, "GET", "/healthz", NULL, NULL, 0, resp, sizeof(resp)),
                     200);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(post_appears_enriched_exactly_once),
        cmocka_unit_test(suicidal_statement_arrives_critical_with_referral),
        cmocka_unit_test(same_idempotency_key_yields_one_event),
        cmocka_unit_test(reused_key_with_another_body_is_kept),
        cmocka_unit_test(key_that_is_an_address_is_masked_and_stays_distinct),
        cmocka_unit_test(bad_requests_land_nowhere),
        cmocka_unit_test(evhttp_own_answers_are_json),
        cmocka_unit_test(topics_read_with_the_cloudevents_sdk),
        cmocka_unit_test(garbage_on_raw_goes_to_dlq),
        cmocka_unit_test(dead_letters_read_with_the_cloudevents_sdk),
        cmocka_unit_test(metrics_and_health),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
