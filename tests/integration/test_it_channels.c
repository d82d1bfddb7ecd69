/* test_it_channels.c - the phone (JSON Lines over TCP, POST /v1/calls, CSV import), balie and
 * complaint-form channels against the real Kafka: answers, ordering, bad input, privacy. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.h"
#include "ll_limits.h"

static struct {
    char tag[96], cfg[300], dir[256], raw[160];
    ll_t_ports p;
    pid_t web, phone, balie;
} S;

#define CC "Authorization: Bearer cc-token-0123456789abcdef\r\nContent-Type: application/json\r\n"
#define DESK \
    "Authorization: Bearer desk-token-0123456789abcdef\r\nContent-Type: application/json\r\n"

static int setup(void **state) {
    (void)state;
    ll_t_unique(S.tag, sizeof(S.tag), "chan");
    ll_t_workspace(S.tag, S.dir, sizeof(S.dir), S.cfg, sizeof(S.cfg));
    snprintf(S.raw, sizeof(S.raw), "raw.%s", S.tag);
    ll_t_config_write_all(S.cfg, S.tag, &S.p);
    /* A term other than the default, so the form shows the configured one. */
    ll_t_config_set(S.cfg, "process", "awb_weeks", "8");
    /* Room for the form's posts of form_started_step and complaint_form within a minute;
     * complaint_form posts until the limit answers. */
    ll_t_config_set(S.cfg, "web", "form_rate_per_min", "30");
    /* The shipped body limit: the harness's 8192 bytes are below a form post of the page's
     * LL_FORM_MAX_TEXT_CHARS, which complaint_form sends one over. */
    ll_t_config_set(S.cfg, "web", "max_body", "65536");
    ll_t_topics_create(S.cfg);
    char log[320];
    snprintf(log, sizeof(log), "%s/web.log", S.dir);
    S.web = ll_t_spawn("web", S.cfg, log, NULL, NULL);
    snprintf(log, sizeof(log), "%s/phone.log", S.dir);
    S.phone = ll_t_spawn("phone", S.cfg, log, NULL, NULL);
    snprintf(log, sizeof(log), "%s/balie.log", S.dir);
    S.balie = ll_t_spawn("balie", S.cfg, log, NULL, NULL);
    if (ll_t_wait_http(S.p.web, "/readyz", 200, 30000) != 200 ||
        ll_t_wait_http(S.p.phone_http, "/readyz", 200, 30000) != 200 ||
        ll_t_wait_http(S.p.balie, "/readyz", 200, 30000) != 200) {
        fprintf(stderr, "channels not ready; logs in %s\n", S.dir);
        return -1;
    }
    return 0;
}

static int teardown(void **state) {
    (void)state;
    int a = ll_t_stop(S.web, SIGTERM, 15000), b = ll_t_stop(S.phone, SIGTERM, 15000),
        c = ll_t_stop(S.balie, SIGTERM, 15000);
    if (a || b || c) {
        fprintf(stderr, "SIGTERM exit codes web %d phone %d balie %d (logs in %s)\n", a, b, c,
                S.dir);
        return -1;
    }
    return 0;
}

#define CC_HELLO "{\"token\":\"cc-token-0123456789abcdef\"}\n"
#define CC2_HELLO "{\"token\":\"cc2-token-0123456789abcdef\"}\n"

/* Sends all of data to the phone TCP port, half-closes, reads every answer. */
static void tcp_exchange(const char *data, size_t len, char *out, size_t outlen) {
    assert_true(ll_t_tcp_exchange(S.p.phone_tcp, data, len, 1, 15000, out, outlen) >= 0);
}

typedef struct scan {
    const char *needle;
    int hits;
    int leaks;
} scan;

static void scan_raw(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    scan *s = arg;
    char *v = strndup(val, len);
    if (strstr(v, s->needle))
        s->hits++;
    /* No BSN on Kafka in clear, ever. */
    if (strstr(v, "111222333") || strstr(v, "123456782"))
        s->leaks++;
    free(v);
}

static int raw_hits(const char *needle) {
    scan s = {needle, 0, 0};
    ll_t_consume_all(S.raw, 0, 300, scan_raw, &s);
    assert_int_equal(s.leaks, 0);
    return s.hits;
}

static void phone_lines_answered_in_order(void **state) {
    (void)state;
    char in[8192], out[16384];
    char big[5000];
    memset(big, 'x', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    snprintf(in, sizeof(in),
             CC_HELLO
             "{\"call_id\":\"%s-c1\",\"agent\":\"a7\",\"started_at\":\"2026-11-28T09:00:00Z\","
             "\"duration_s\":95,\"phone\":\"06-12345678\",\"bsn\":\"111222333\",\"category\":"
             "\"Klacht\",\"note\":\"Burger boos: afval niet opgehaald\",\"callback_requested\":"
             "true,\"outcome\":\"terugbelverzoek\"}\n"
             "not json\n"
             "\n"
             "{\"call_id\":\"%s-c2\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":"
             "\"Vraag\",\"note\":\"\"}\n"
             "{\"call_id\":\"%s-c3\",\"started_at\":\"2999-01-01T00:00:00Z\",\"category\":"
             "\"Vraag\",\"note\":\"toekomst\"}\n"
             "{\"call_id\":\"%s-c1\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":"
             "\"Klacht\",\"note\":\"Burger boos: afval niet opgehaald\"}\n"
             "%s\n"
             "{\"call_id\":\"%s-c4\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":"
             "\"Vraag\",\"note\":\"zonder newline\"}",
             S.tag, S.tag, S.tag, S.tag, big, S.tag);
    tcp_exchange(in, strlen(in), out, sizeof(out));
    /* One answer per line, in order, naming the physical line. */
    char *lines[16];
    int n = 0;
    for (char *save = NULL, *l = strtok_r(out, "\n", &save); l && n < 16;
         l = strtok_r(NULL, "\n", &save))
        lines[n++] = l;
    if (n != 8)
        fail_msg("got %d answer lines", n);
    /* The token line first, then the notes; lines counted from the connection's start. */
    assert_string_equal(lines[0], "{\"client\":\"cc\",\"line\":1}");
    assert_non_null(strstr(lines[1], "\"id\":"));
    assert_non_null(strstr(lines[1], "\"line\":2"));
    assert_non_null(strstr(lines[2], "malformed JSON"));
    assert_non_null(strstr(lines[2], "\"line\":3"));
    assert_non_null(strstr(lines[3], "\"field\":\"note\""));
    assert_non_null(strstr(lines[3], "\"line\":5"));
    assert_non_null(strstr(lines[4], "future"));
    assert_non_null(strstr(lines[5], "\"id\":"));
    /* The same call_id gives the same id. */
    char id1[64], id2[64];
    sscanf(strstr(lines[1], "\"id\":\"") + 6, "%36s", id1);
    sscanf(strstr(lines[5], "\"id\":\"") + 6, "%36s", id2);
    assert_string_equal(id1, id2);
    assert_non_null(strstr(lines[6], "longer than the limit"));
    assert_non_null(strstr(lines[7], "incomplete line"));
    assert_int_equal(raw_hits(id1), 2);
    /* The adapter still serves everyone else. */
    assert_int_equal(ll_t_wait_http(S.p.phone_http, "/healthz", 200, 2000), 200);
}

/* The TCP port takes notes only after a token line of a [phone] token.CLIENT; a client's
 * call_ids are its own, so another client cannot pre-send them. */
static void phone_tcp_needs_a_token(void **state) {
    (void)state;
    char in[2048], out[4096];
    const char *note_fmt = "{\"call_id\":\"%s-auth\",\"started_at\":\"2026-11-28T09:00:00Z\","
                           "\"category\":\"Vraag\",\"note\":\"%s\"}\n";
    /* No token line: the note is the first line and is refused as one; nothing after it is read. */
    int k = snprintf(in, sizeof(in), note_fmt, S.tag, "zonder token");
    snprintf(in + k, sizeof(in) - (size_t)k, note_fmt, S.tag, "zonder token");
    tcp_exchange(in, strlen(in), out, sizeof(out));
    assert_non_null(strstr(out, "\"field\":\"token\""));
    assert_non_null(strstr(out, "\"line\":1"));
    assert_null(strstr(out, "\"line\":2"));
    assert_null(strstr(out, "\"id\""));
    /* A wrong token, and the token of another channel, likewise. */
    k = snprintf(in, sizeof(in), "{\"token\":\"not-a-token-of-this-adapter\"}\n");
    snprintf(in + k, sizeof(in) - (size_t)k, note_fmt, S.tag, "fout token");
    tcp_exchange(in, strlen(in), out, sizeof(out));
    assert_non_null(strstr(out, "\"field\":\"token\""));
    assert_null(strstr(out, "\"id\""));
    k = snprintf(in, sizeof(in), "{\"token\":\"desk-token-0123456789abcdef\"}\n");
    snprintf(in + k, sizeof(in) - (size_t)k, note_fmt, S.tag, "balie token");
    tcp_exchange(in, strlen(in), out, sizeof(out));
    assert_non_null(strstr(out, "\"field\":\"token\""));
    assert_null(strstr(out, "\"id\""));
    assert_int_equal(raw_hits("zonder token") + raw_hits("fout token") + raw_hits("balie token"),
                     0);
    /* Client cc2 sends cc's call_id first: it gets an id of its own, and cc's note is
     * still cc's (not a duplicate of cc2's). */
    char id_cc2[64] = "", id_cc[64] = "";
    k = snprintf(in, sizeof(in), CC2_HELLO);
    snprintf(in + k, sizeof(in) - (size_t)k, note_fmt, S.tag, "van cc2");
    tcp_exchange(in, strlen(in), out, sizeof(out));
    assert_non_null(strstr(out, "{\"client\":\"cc2\",\"line\":1}"));
    assert_non_null(strstr(out, "\"id\":\""));
    sscanf(strstr(out, "\"id\":\"") + 6, "%36[^\"]", id_cc2);
    k = snprintf(in, sizeof(in), CC_HELLO);
    snprintf(in + k, sizeof(in) - (size_t)k, note_fmt, S.tag, "van cc");
    tcp_exchange(in, strlen(in), out, sizeof(out));
    assert_non_null(strstr(out, "\"id\":\""));
    sscanf(strstr(out, "\"id\":\"") + 6, "%36[^\"]", id_cc);
    assert_string_not_equal(id_cc, id_cc2);
    /* The same client over HTTP is the same client: same call_id, same id. */
    char body[512], resp[1024];
    snprintf(body, sizeof(body),
             "[{\"call_id\":\"%s-auth\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":"
             "\"Vraag\",\"note\":\"van cc\"}]",
             S.tag);
    assert_int_equal(
        ll_t_http(S.p.phone_http, "POST", "/v1/calls", CC, body, strlen(body), resp, sizeof(resp)),
        202);
    assert_non_null(strstr(resp, id_cc));
    assert_int_equal(raw_hits(id_cc2), 1);
}

static void phone_http_array(void **state) {
    (void)state;
    char body[2048], resp[4096];
    snprintf(body, sizeof(body),
             "[{\"call_id\":\"%s-h1\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":"
             "\"Melding\",\"note\":\"Lantaarnpaal kapot Dorpsstraat\",\"postcode\":\"3011 ab\"},"
             "{\"call_id\":\"%s-h2\",\"started_at\":\"2026-11-28T09:01:00Z\",\"category\":"
             "\"Vraag\",\"note\":\"Openingstijden milieustraat?\",\"email\":\"a@b.nl\"}]",
             S.tag, S.tag);
    assert_int_equal(
        ll_t_http(S.p.phone_http, "POST", "/v1/calls", CC, body, strlen(body), resp, sizeof(resp)),
        202);
    assert_non_null(strstr(resp, "\"ids\":["));
    snprintf(body, sizeof(body),
             "[{\"call_id\":\"x\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
             "\"note\":\"ok\"},{\"call_id\":\"y\",\"started_at\":\"nu\",\"category\":\"V\","
             "\"note\":\"x\"}]");
    assert_int_equal(
        ll_t_http(S.p.phone_http, "POST", "/v1/calls", CC, body, strlen(body), resp, sizeof(resp)),
        400);
    assert_non_null(strstr(resp, "[1].started_at"));
    assert_int_equal(raw_hits("\"source_ref\":\"x\""), 0); /* nothing of a rejected batch */
}

static void phone_csv_import(void **state) {
    (void)state;
    char path[400], log[400];
    snprintf(path, sizeof(path), "%s/calls.csv", S.dir);
    FILE *f = fopen(path, "w");
    fprintf(f,
            "\xEF\xBB\xBF"
            "call_id;started_at;category;note;phone;callback_requested\r\n"
            "%s-k1;2026-11-28T08:00:00Z;Klacht;\"Meneer belt over\r\nde \"\"stank\"\" bij de "
            "haven\";0612345678;ja\r\n"
            "%s-k2;2026-11-28T08:00:00Z;Vraag;;;nee\r\n"
            "%s-k3;2026-11-28T08:00:00Z;Vraag;Paspoort verlopen;;misschien\r\n"
            "%s-k4;2026-11-28T08:00:00Z;Melding;\"Gat in de weg; fietser gevallen\";;nee\r\n",
            S.tag, S.tag, S.tag, S.tag);
    fclose(f);
    snprintf(log, sizeof(log), "%s/import.log", S.dir);
    pid_t p = ll_t_spawn("phone", S.cfg, log, "--import", path);
    assert_int_equal(ll_t_wait(p, 30000), 65); /* rows rejected, the rest imported */
    assert_true(ll_t_file_has(log, "calls\\.csv:4: note: missing required field"));
    assert_true(ll_t_file_has(log, "calls\\.csv:5: callback_requested"));
    assert_true(ll_t_file_has(log, "2 imported, 2 rejected"));
    char needle[200];
    snprintf(needle, sizeof(needle), "\"source_ref\":\"%s-k4\"", S.tag);
    assert_int_equal(raw_hits(needle), 1);
    snprintf(needle, sizeof(needle), "\\\"stank\\\" bij de haven");
    assert_int_equal(raw_hits(needle), 1);
    /* A line end inside a note (a spreadsheet's export writes "\r\n") is "\n", as every
     * channel's (user check of 12-02: the note kept "\r\n"). */
    assert_int_equal(raw_hits("Meneer belt over\\nde"), 1);
    assert_int_equal(raw_hits("Meneer belt over\\r"), 0);
}

static void balie_visit(void **state) {
    (void)state;
    char body[2048], resp[4096];
    snprintf(body, sizeof(body),
             "{\"visit_id\":\"%s-v1\",\"location\":\"Stadswinkel Centrum\",\"desk\":\"3\","
             "\"staff_id\":\"s12\",\"kind\":\"question\",\"text\":\"Vraag over paspoort, BSN "
             "111222333\",\"citizen\":{\"bsn\":\"123456782\"},\"postcode\":\"3011AB\"}",
             S.tag);
    assert_int_equal(
        ll_t_http(S.p.balie, "POST", "/v1/visits", DESK, body, strlen(body), resp, sizeof(resp)),
        202);
    /* The BSN in free text reaches the raw topic only after masking by the
     * processor; the adapter refuses to carry one in clear. */
    (void)0;
    snprintf(body, sizeof(body),
             "{\"visit_id\":\"v2\",\"location\":\"X\",\"kind\":\"vraag\","
             "\"text\":\"x\"}");
    assert_int_equal(
        ll_t_http(S.p.balie, "POST", "/v1/visits", DESK, body, strlen(body), resp, sizeof(resp)),
        400);
    assert_non_null(strstr(resp, "\"field\":\"kind\""));
    assert_int_equal(
        ll_t_http(S.p.balie, "POST", "/v1/visits", CC, body, strlen(body), resp, sizeof(resp)),
        401);
}

#define FORM "Content-Type: application/x-www-form-urlencoded\r\n"

/* The value of the form funnel's step in web's /metrics; -1 when it is not there. */
static long funnel_step(const char *step) {
    static char resp[65536];
    if (ll_t_http(S.p.web, "GET", "/metrics", NULL, NULL, 0, resp, sizeof(resp)) != 200)
        return -1;
    char name[64];
    snprintf(name, sizeof(name), "ll_form_funnel_total{step=\"%s\"} ", step);
    const char *p = strstr(resp, name);
    return p ? strtol(p + strlen(name), NULL, 10) : -1;
}

/* Issue 13: the funnel's "started" step. The page's script posts its token to /form/started
 * once; the same token counts once, a token not made here counts nothing; a post that says
 * begonnen=1 was counted by the script, one without it counts as started when it comes. */
static void form_started_step(void **state) {
    (void)state;
    char resp[65536];
    assert_int_equal(ll_t_http(S.p.web, "GET", "/", NULL, NULL, 0, resp, sizeof(resp)), 200);
    assert_non_null(strstr(resp, "<script src=\"/form.js\" defer></script>"));
    assert_non_null(strstr(resp, "name=\"begonnen\" value=\"0\""));
    char token[128] = "", body[256];
    static const char field[] = "name=\"csrf\" value=\"";
    const char *tok = strstr(resp, field);
    assert_non_null(tok);
    assert_int_equal(sscanf(tok + strlen(field), "%127[0-9a-f.]", token), 1);
    assert_int_equal(ll_t_http(S.p.web, "GET", "/form.js", NULL, NULL, 0, resp, sizeof(resp)), 200);
    assert_non_null(strstr(resp, "sendBeacon('/form/started'"));
    long before = funnel_step("started");
    assert_true(before >= 0);
    snprintf(body, sizeof(body), "csrf=%s", token);
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form/started", FORM, body, strlen(body), resp, sizeof(resp)),
        204);
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form/started", FORM, body, strlen(body), resp, sizeof(resp)),
        204);
    assert_int_equal(funnel_step("started"), before + 1);
    /* Forged, empty, injected, oversized, another type or method: precise 4xx, nothing counted. */
    const char *bad[] = {
        "csrf=1764421200.00", "csrf=", "csrf=%3Cscript%3E", "token=1",
        ("csrf=1764421200.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
         "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(ll_t_http(S.p.web, "POST", "/form/started", FORM, bad[i], strlen(bad[i]),
                                   resp, sizeof(resp)),
                         400);
        assert_non_null(strstr(resp, "\"field\":\"csrf\""));
    }
    assert_int_equal(ll_t_http(S.p.web, "POST", "/form/started",
                               "Content-Type: application/json\r\n", body, strlen(body), resp,
                               sizeof(resp)),
                     415);
    assert_int_equal(ll_t_http(S.p.web, "GET", "/form/started", NULL, NULL, 0, resp, sizeof(resp)),
                     405);
    assert_int_equal(funnel_step("started"), before + 1);
    /* Posts (invalid ones: nothing goes to Kafka): begonnen=1 was counted already, and the
     * form shown again keeps saying so; without it the post is the start. */
    const char *counted = "soort=klacht&tekst=&begonnen=1";
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, counted, strlen(counted), resp, sizeof(resp)),
        400);
    assert_non_null(strstr(resp, "name=\"begonnen\" value=\"1\""));
    assert_int_equal(funnel_step("started"), before + 1);
    const char *fresh = "soort=klacht&tekst=";
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, fresh, strlen(fresh), resp, sizeof(resp)), 400);
    assert_non_null(strstr(resp, "name=\"begonnen\" value=\"1\""));
    assert_int_equal(funnel_step("started"), before + 2);
    /* One page sent four times, as a visitor correcting errors does or sending the same page
     * again: one start and one submission, four rounds of errors (REPORT-user3 item 14:
     * "Getoond 1 -> begonnen 4 -> verstuurd 4" from one page). The page is its ref. */
    long started = funnel_step("started"), submitted = funnel_step("submitted");
    long invalid = funnel_step("invalid");
    char again[128];
    snprintf(again, sizeof(again), "soort=klacht&tekst=&ref=page-%s", S.tag);
    for (int i = 0; i < 4; i++)
        assert_int_equal(
            ll_t_http(S.p.web, "POST", "/form", FORM, again, strlen(again), resp, sizeof(resp)),
            400);
    assert_int_equal(funnel_step("started"), started + 1);
    assert_int_equal(funnel_step("submitted"), submitted + 1);
    assert_int_equal(funnel_step("invalid"), invalid + 4);
}

static void complaint_form(void **state) {
    (void)state;
    char resp[65536];
    assert_int_equal(ll_t_http(S.p.web, "GET", "/", NULL, NULL, 0, resp, sizeof(resp)), 200);
    assert_non_null(strstr(resp, "<html lang=\"nl\""));
    assert_non_null(strstr(resp, "<label for=\"tekst\">"));
    /* The Awb term the form promises is the configured one ([process] awb_weeks). */
    assert_non_null(strstr(resp, "binnen 8 weken"));
    assert_null(strstr(resp, "binnen 6 weken"));
    /* One limit for the text on both sides (REPORT-user3 item 11): the page's maxlength is the
     * one the server checks below. */
    char maxlength[64];
    snprintf(maxlength, sizeof(maxlength), "maxlength=\"%d\"", LL_FORM_MAX_TEXT_CHARS);
    assert_non_null(strstr(resp, maxlength));
    /* The anti-forgery token a browser sends back with the form. */
    char token[128] = "";
    static const char field[] = "name=\"csrf\" value=\"";
    const char *tok = strstr(resp, field);
    assert_non_null(tok);
    assert_int_equal(sscanf(tok + strlen(field), "%127[0-9a-f.]", token), 1);
    /* Every field's error in one round, each by its field (user check of 12-01, REPORT-user2
     * D8: text, then postcode, then e-mail, one a submit), what was typed kept as text. */
    const char *bad = "soort=klacht&tekst=%3Cscript%3Ealert(1)%3C%2Fscript%3E+%E2%80%AE&"
                      "postcode=%3Cb%3E99&email=geen-adres%22%3E&telefoon=06+123";
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, bad, strlen(bad), resp, sizeof(resp)), 400);
    static const char *const shown[] = {
        "<li><a href=\"#tekst\">Uw bericht bevat een onzichtbaar teken dat de leesrichting",
        "<li><a href=\"#postcode\">Deze postcode klopt niet",
        "<li><a href=\"#email\">Dit e-mailadres klopt niet",
        "<li><a href=\"#telefoon\">Dit telefoonnummer klopt niet",
        "<p class=\"error\" id=\"tekst-fout\">Uw bericht bevat een onzichtbaar teken",
        "<p class=\"error\" id=\"postcode-fout\">Deze postcode klopt niet",
        "<p class=\"error\" id=\"email-fout\">Dit e-mailadres klopt niet",
        "<p class=\"error\" id=\"telefoon-fout\">Dit telefoonnummer klopt niet",
        "aria-describedby=\"tekst-hint tekst-fout\" aria-invalid=\"true\">&lt;script&gt;alert(1)",
        "id=\"postcode\" name=\"postcode\" autocomplete=\"postal-code\" aria-invalid=\"true\" "
        "aria-describedby=\"postcode-hint postcode-fout\" value=\"&lt;b&gt;99\"",
        "id=\"email\" name=\"email\" autocomplete=\"email\" aria-invalid=\"true\" "
        "aria-describedby=\"email-fout\" value=\"geen-adres&quot;&gt;\"",
        "id=\"telefoon\" name=\"telefoon\" autocomplete=\"tel\" aria-invalid=\"true\" "
        "aria-describedby=\"telefoon-fout\" value=\"06 123\"",
        "id=\"naam\" name=\"naam\" autocomplete=\"name\" value=\"\"",
    };
    for (size_t i = 0; i < sizeof(shown) / sizeof(shown[0]); i++)
        if (!strstr(resp, shown[i]))
            fail_msg("the form page lacks %s:\n%s", shown[i], resp);
    assert_null(strstr(resp, "<script>alert(1)")); /* echoed as text */
    assert_null(strstr(resp, "<b>99"));
    /* Issue 14: the reference and a made-up field name came back raw into the 400 page,
     * so <meta http-equiv=refresh> and <style> got past the CSP. */
    const char *inject = "soort=klacht&tekst=x&ref=%22%3E%3Cmeta+http-equiv%3Drefresh+content%3D0"
                         "%3Burl%3D%2F%2Fevil.example%3E";
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, inject, strlen(inject), resp, sizeof(resp)), 400);
    assert_null(strstr(resp, "<meta http-equiv"));
    assert_null(strstr(resp, "evil.example"));
    const char *named = "soort=klacht&%3Cstyle%3Ex%7Bdisplay%3Anone%7D%3C%2Fstyle%3E=%FF";
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, named, strlen(named), resp, sizeof(resp)), 400);
    assert_null(strstr(resp, "<style>x"));
    assert_non_null(strstr(resp, "href=\"#&lt;style&gt;x{display:none}&lt;/style&gt;\""));
    char good[512], forged[704];
    snprintf(good, sizeof(good),
             "soort=klacht&formeel=ja&tekst=Al+3+weken+geen+reactie+op+mijn+melding&postcode="
             "3011+AB&naam=Jan+Smit&email=jan%%40example.nl&terugbellen=ja&ref=%s",
             S.tag);
    /* Without the page's token, or with one not made here, nothing is sent on: the form
     * comes back with the values kept and a fresh token. */
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, good, strlen(good), resp, sizeof(resp)), 400);
    assert_non_null(strstr(resp, "verlopen"));
    assert_non_null(strstr(resp, "name=\"csrf\" value=\""));
    assert_non_null(strstr(resp, "Al 3 weken geen reactie"));
    char *last = token + strlen(token) - 1, was = *last;
    *last = was == '0' ? '1' : '0';
    snprintf(forged, sizeof(forged), "%s&csrf=%s", good, token);
    *last = was;
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, forged, strlen(forged), resp, sizeof(resp)), 400);
    assert_non_null(strstr(resp, "verlopen"));
    snprintf(forged, sizeof(forged), "%s&csrf=%s", good, token);
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, forged, strlen(forged), resp, sizeof(resp)), 200);
    assert_non_null(strstr(resp, "id=\"kenmerk\""));
    assert_non_null(strstr(resp, "U krijgt binnen 8 weken een reactie"));
    char id[64] = "";
    const char *code = strstr(resp, "<code>");
    assert_non_null(code);
    sscanf(code + 6, "%36[0-9a-f-]", id);
    assert_int_equal(raw_hits(id), 1);
    /* A formal complaint without a name or a way to answer is not promised a reply: the form
     * asks for both (Awb 9:4; REPORT-user3 item 9), with a valid token too. */
    snprintf(forged, sizeof(forged),
             "soort=klacht&formeel=ja&tekst=Anoniem+formeel+u3f&terugbellen=&csrf=%s", token);
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, forged, strlen(forged), resp, sizeof(resp)), 400);
    if (!strstr(resp, "<li><a href=\"#naam\">Vul uw naam in.") ||
        !strstr(resp, "<li><a href=\"#email\">Vul een e-mailadres of telefoonnummer in.") ||
        strstr(resp, "een reactie.</p><p><a"))
        fail_msg("an anonymous formal complaint:\n%s", resp);
    assert_int_equal(raw_hits("Anoniem formeel u3f"), 0);
    /* A text over the page's maxlength is refused with the form's own words. */
    size_t cap = (size_t)LL_FORM_MAX_TEXT_CHARS + 512, n;
    char *longer = malloc(cap);
    assert_non_null(longer);
    n = (size_t)snprintf(longer, cap, "soort=klacht&csrf=%s&tekst=", token);
    memset(longer + n, 'a', (size_t)LL_FORM_MAX_TEXT_CHARS + 1);
    n += (size_t)LL_FORM_MAX_TEXT_CHARS + 1;
    longer[n] = '\0';
    assert_int_equal(ll_t_http(S.p.web, "POST", "/form", FORM, longer, n, resp, sizeof(resp)), 400);
    free(longer);
    char too_long[128];
    snprintf(too_long, sizeof(too_long),
             "<p class=\"error\" id=\"tekst-fout\">Uw bericht is te lang: het heeft %d tekens, "
             "er passen er %d.",
             LL_FORM_MAX_TEXT_CHARS + 1, LL_FORM_MAX_TEXT_CHARS);
    if (!strstr(resp, too_long))
        fail_msg("a text over the limit:\n%.2000s", resp);
    /* The same in three-byte characters, urlencoded 9 bytes each (74 KiB): the form's own
     * words, not the intake's JSON 413 of a 64 KiB max_body (user check of 12-01); and
     * exactly the limit of them is taken. */
    for (int over = 1; over >= 0; over--) {
        cap = (size_t)(LL_FORM_MAX_TEXT_CHARS + 1) * 9 + 512;
        longer = malloc(cap);
        assert_non_null(longer);
        n = (size_t)snprintf(longer, cap, "soort=klacht&csrf=%s&tekst=", token);
        for (int k = 0; k < LL_FORM_MAX_TEXT_CHARS + over; k++, n += 9)
            memcpy(longer + n, "%E2%82%AC", 9);
        longer[n] = '\0';
        assert_true(n > 65536);
        int got = ll_t_http(S.p.web, "POST", "/form", FORM, longer, n, resp, sizeof(resp));
        free(longer);
        if (over ? got != 400 || !strstr(resp, too_long) : got != 200)
            fail_msg("%d euro signs: %d\n%.2000s", LL_FORM_MAX_TEXT_CHARS + over, got, resp);
    }
    /* POST /v1/feedback on the same server keeps [web] max_body: 70,000 bytes are a 413. */
    char *big = malloc(70000);
    assert_non_null(big);
    memset(big, ' ', 70000);
    memcpy(big, "{\"kind\":\"complaint\",\"text\":\"x\"}", 32);
    int got = ll_t_http(S.p.web, "POST", "/v1/feedback",
                        "Authorization: Bearer test-token-0123456789abcdef\r\nContent-Type: "
                        "application/json\r\n",
                        big, 70000, resp, sizeof(resp));
    free(big);
    if (got != 413 || !strstr(resp, "at most 65536 bytes"))
        fail_msg("70,000 bytes of JSON: %d %s", got, resp);
    /* GET /form (the address bar after an error page) is the form, not a JSON 405
     * (REPORT-user3 item 10); the browser test follows it. Not a post: no rate limit spent. */
    assert_int_equal(ll_t_http(S.p.web, "GET", "/form", NULL, NULL, 0, resp, sizeof(resp)), 303);
    const char *spam = "soort=klacht&tekst=buy+now&website=http%3A%2F%2Fspam";
    assert_int_equal(
        ll_t_http(S.p.web, "POST", "/form", FORM, spam, strlen(spam), resp, sizeof(resp)), 400);
    assert_int_equal(raw_hits("buy now"), 0);
    int limited = 0;
    for (int i = 0; i < 45 && !limited; i++)
        if (ll_t_http(S.p.web, "POST", "/form", FORM, bad, strlen(bad), resp, sizeof(resp)) == 429)
            limited++;
    assert_true(limited > 0);
    assert_int_equal(ll_t_http(S.p.web, "GET", "/metrics", NULL, NULL, 0, resp, sizeof(resp)), 200);
    /* form_started_step showed it once before */
    assert_non_null(strstr(resp, "ll_form_funnel_total{step=\"shown\"} 2"));
}

/* A client that sends half a request and then nothing is cut off; the others are served. */
static void slow_clients_are_cut_off(void **state) {
    (void)state;
    int fds[20];
    for (int i = 0; i < 20; i++) {
        fds[i] = socket(AF_INET, SOCK_STREAM, 0);
        struct sockaddr_in a = {.sin_family = AF_INET,
                                .sin_port = htons((uint16_t)S.p.web),
                                .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        assert_int_equal(connect(fds[i], (struct sockaddr *)&a, sizeof(a)), 0);
        const char *half = "POST /v1/feedback HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n";
        assert_int_equal(write(fds[i], half, strlen(half)), (ssize_t)strlen(half));
    }
    char resp[1024];
    long long t0 = ll_t_now_ms();
    assert_int_equal(ll_t_http(S.p.web, "GET", "/healthz", NULL, NULL, 0, resp, sizeof(resp)), 200);
    assert_true(ll_t_now_ms() - t0 < 1000);
    /* [web] timeout_s is 3 in the test config. */
    for (int i = 0; i < 20; i++) {
        struct timeval tv = {10, 0};
        setsockopt(fds[i], SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
        char b[512];
        ssize_t r;
        while ((r = read(fds[i], b, sizeof(b))) > 0)
            ;
        assert_int_equal(r, 0); /* closed by the server, not by our 10 s timeout */
        close(fds[i]);
    }
    assert_true(ll_t_now_ms() - t0 < 9000);
    /* Same on the phone TCP port: a line without newline is answered and closed. */
    static const char partial[] = CC_HELLO "{\"call_id\":";
    char b[512] = "";
    assert_true(
        ll_t_tcp_exchange(S.p.phone_tcp, partial, strlen(partial), 0, 10000, b, sizeof(b)) >= 0);
    assert_non_null(strstr(b, "incomplete line"));
}

/* Simulated citizens reach Kafka through the real adapters. */
static void simulated_citizens(void **state) {
    (void)state;
    int before = ll_t_consume_all(S.raw, 0, 300, NULL, NULL);
    char log[400];
    snprintf(log, sizeof(log), "%s/simulate.log", S.dir);
    pid_t p = ll_t_spawn("simulate", S.cfg, log, "--duration", "4");
    assert_int_equal(ll_t_wait(p, 30000), 0);
    int after = ll_t_consume_all(S.raw, 0, 300, NULL, NULL);
    print_message("simulate: %d signals in 4 s\n", after - before);
    assert_true(after - before >= 15); /* [simulate] rate 5/s by default */
    assert_true(ll_t_file_has(log, ", 0 failed"));
}

/* What phone (HTTP and TCP), balie, the form and the simulator wrote reads through the
 * CloudEvents Java SDK's Kafka reader in structured mode (issue 17). */
static void channel_events_read_with_the_cloudevents_sdk(void **state) {
    (void)state;
    assert_int_equal(ll_t_cloudevents_check(S.raw, "nl.luisterloop.feedback.received", 5), 0);
}

static void count_3072(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key, (void)keylen;
    static const char pc[] = "\"postcode\":\"3072";
    for (size_t i = 0; i + sizeof(pc) - 1 <= len; i++)
        if (memcmp(val + i, pc, sizeof(pc) - 1) == 0) {
            ++*(int *)arg;
            return;
        }
}

/* --spike rate=R: R more signals a second, all in the spike's area; a wrong size is
 * refused by name before anything is sent. */
static void simulated_spike(void **state) {
    (void)state;
    int before = 0, after = 0;
    ll_t_consume_all(S.raw, 0, 300, count_3072, &before);
    char log[400], out[400];
    snprintf(log, sizeof(log), "%s/simulate-spike.log", S.dir);
    snprintf(out, sizeof(out), "%s/simulate-spike.out", S.dir);
    const char *bad[][2] = {
        {"theme=afval,rate=0", "out-of-range key 'rate'"},
        {"theme=afval,rate=x", "rate=x is not a number"},
        {"theme=afval,factor=2,rate=1", "factor= and rate= are two ways to size it"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        const char *args[] = {"simulate", "-c",      S.cfg,     "--duration",
                              "1",        "--spike", bad[i][0], NULL};
        assert_int_not_equal(ll_t_run(args, out, log, 10000), 0);
        if (!ll_t_file_has(log, bad[i][1]))
            fail_msg("--spike %s: no '%s' in %s", bad[i][0], bad[i][1], log);
    }
    const char *spike[] = {"simulate",
                           "-c",
                           S.cfg,
                           "--duration",
                           "4",
                           "--spike",
                           "theme=afval,pc4=3072,start=0,length=4,rate=5",
                           NULL};
    assert_int_equal(ll_t_run(spike, out, log, 30000), 0);
    ll_t_consume_all(S.raw, 0, 300, count_3072, &after);
    print_message("simulate --spike rate=5: %d signals from 3072 in 4 s\n", after - before);
    assert_true(after - before >= 15); /* ~20 of the spike, ~0.3 of the steady 20 */
    assert_true(ll_t_file_has(log, "5.00 more signals/s"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(phone_lines_answered_in_order),
        cmocka_unit_test(phone_tcp_needs_a_token),
        cmocka_unit_test(phone_http_array),
        cmocka_unit_test(phone_csv_import),
        cmocka_unit_test(balie_visit),
        cmocka_unit_test(form_started_step),
        cmocka_unit_test(complaint_form),
        cmocka_unit_test(slow_clients_are_cut_off),
        cmocka_unit_test(simulated_citizens),
        cmocka_unit_test(simulated_spike),
        cmocka_unit_test(channel_events_read_with_the_cloudevents_sdk),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
