/* test_channels.c - the parsers of the channel adapters: CSV, call notes, desk visits and
 * the complaint form body, with their rejections. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "balie.h"
#include "csv.h"
#include "event.h"
#include "form.h"
#include "intake.h"
#include "json.h"
#include "ident.h"
#include "ll_limits.h"
#include "phone_note.h"
#include "simulate_text.h"
#include "web_body.h"

static int setup(void **state) {
    (void)state;
    return ll_ident_init("unit-test-secret-0123456789");
}

static void csv_quotes_newlines_bom_semicolons(void **state) {
    (void)state;
    const char *in = "\xEF\xBB\xBF"
                     "a;b;c\r\n"
                     "1;\"twee\nregels\";\"met \"\"quotes\"\"\"\r\n"
                     "\r\n"
                     "x;y\n"
                     "p;\"open\"dicht;q\n"
                     "3;4;5";
    ll_csv c;
    char e[128];
    assert_int_equal(ll_csv_init(&c, in, strlen(in)), 0);
    assert_int_equal(c.sep, ';');
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), 1);
    assert_int_equal(c.nfields, 3);
    assert_string_equal(c.fields[0], "a");
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), 1);
    assert_int_equal(c.line, 2);
    assert_string_equal(c.fields[1], "twee\nregels");
    assert_string_equal(c.fields[2], "met \"quotes\"");
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), 1); /* blank line skipped */
    assert_int_equal(c.line, 5);
    assert_int_equal(c.nfields, 2);
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), -1);
    assert_non_null(strstr(e, "after the closing quote"));
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), 1);
    assert_int_equal(c.line, 7);
    assert_string_equal(c.fields[2], "5");
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), 0);
    ll_csv_free(&c);
    const char *comma = "a,b;c,d\n\"unclosed";
    assert_int_equal(ll_csv_init(&c, comma, strlen(comma)), 0);
    assert_int_equal(c.sep, ',');
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), 1);
    assert_int_equal(ll_csv_next(&c, e, sizeof(e)), -1);
    assert_non_null(strstr(e, "not closed"));
    ll_csv_free(&c);
}

static cJSON *note(const char *json, ll_err *err) {
    cJSON *j = cJSON_Parse(json);
    assert_non_null(j);
    cJSON *ev = ll_phone_note_to_event(j, "cc", "/luisterloop", err);
    cJSON_Delete(j);
    return ev;
}

static void call_notes(void **state) {
    (void)state;
    ll_err err;
    cJSON *ev =
        note("{\"call_id\":\"c1\",\"agent\":\"a1\",\"started_at\":\"2026-11-28T09:00:00Z\","
             "\"duration_s\":30,\"phone\":\"06 1234 5678\",\"bsn\":\"111222333\","
             "\"category\":\"Klacht afval\",\"note\":\"Burger boos\",\"callback_requested\":"
             "true,\"outcome\":\"doorverbonden\",\"postcode\":\"3011 ab\"}",
             &err);
    if (!ev)
        fail_msg("%s: %s", err.field, err.msg);
    const cJSON *d = ll_event_data(ev);
    assert_string_equal(ll_json_str(d, "kind"), "complaint");
    assert_string_equal(ll_json_str(d, "channel"), "phone");
    assert_string_equal(ll_json_str(d, "postcode"), "3011AB");
    assert_string_equal(ll_json_str(cJSON_GetObjectItem(d, "contact"), "phone"), "+31612345678");
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "111222333"));
    assert_null(strstr(s, "a1")); /* the agent stays in the adapter */
    cJSON_free(s);
    cJSON_Delete(ev);
    assert_string_equal(ll_phone_category_kind("Vraag over WOZ"), "question");
    assert_string_equal(ll_phone_category_kind("Terugbelverzoek"), "signal");
    /* The category is the kind; it is the subject only when it says more than the kind. */
    const struct {
        const char *category, *kind, *subject;
    } cats[] = {{"complaint", "complaint", NULL},
                {"Klacht", "complaint", NULL},
                {"Klacht afval", "complaint", "Klacht afval"},
                {"Terugbelverzoek", "signal", "Terugbelverzoek"}};
    for (size_t i = 0; i < sizeof(cats) / sizeof(cats[0]); i++) {
        char json[256];
        snprintf(json, sizeof(json),
                 "{\"call_id\":\"c%zu\",\"started_at\":\"2026-11-28T09:00:00Z\","
                 "\"category\":\"%s\",\"note\":\"De container is vol\"}",
                 i, cats[i].category);
        cJSON *e = note(json, &err);
        if (!e)
            fail_msg("%s: %s", err.field, err.msg);
        const char *subj = ll_json_str(ll_event_data(e), "subject");
        assert_string_equal(ll_json_str(ll_event_data(e), "kind"), cats[i].kind);
        if (cats[i].subject ? !subj || strcmp(subj, cats[i].subject) : subj != NULL)
            fail_msg("category '%s' gave subject '%s'", cats[i].category, subj ? subj : "(none)");
        cJSON_Delete(e);
    }

    struct {
        const char *json, *field;
    } bad[] = {
        {"{\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\",\"note\":\"x\"}", "call_id"},
        {"{\"call_id\":\"c\",\"started_at\":\"gisteren\",\"category\":\"V\",\"note\":\"x\"}",
         "started_at"},
        {"{\"call_id\":\"c\",\"started_at\":\"2999-01-01T00:00:00Z\",\"category\":\"V\","
         "\"note\":\"x\"}",
         "started_at"},
        {"{\"call_id\":\"c\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
         "\"note\":\"x\",\"duration_s\":-1}",
         "duration_s"},
        {"{\"call_id\":\"c\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
         "\"note\":\"x\",\"callback_requested\":\"ja\"}",
         "callback_requested"},
        {"{\"call_id\":\"c\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
         "\"note\":\"x\",\"callback_requested\":true}",
         "callback_requested"},
        {"{\"call_id\":\"c\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
         "\"note\":\"x\",\"bsn\":\"123456789\"}",
         "bsn"},
        {"{\"call_id\":\"c\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
         "\"note\":\"x\",\"caller\":\"x\"}",
         "caller"},
        {"{\"call_id\":\"c\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"V\","
         "\"note\":\"   \"}",
         "note"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        ev = note(bad[i].json, &err);
        if (ev) {
            cJSON_Delete(ev);
            fail_msg("case %zu accepted", i);
        }
        if (strcmp(err.field, bad[i].field) != 0)
            fail_msg("case %zu: field '%s' (%s), want '%s'", i, err.field, err.msg, bad[i].field);
    }
}

/* Every error about an item of an array (POST /v1/calls, /v1/visits) names the item by its
 * index, as "[1].note", whatever found it: the parser (invalid UTF-8, NUL, duplicate key) or
 * the item's validator (wrong type, missing, too long). An integrator with 50 items must
 * see which one. */
static const char *array_error(const char *body, size_t len, ll_intake_one_fn one, ll_err *err) {
    static ll_config cfg;
    snprintf(cfg.source_base, sizeof(cfg.source_base), "/luisterloop");
    const ll_intake_req r = {.client = "cc", .cfg = &cfg};
    memset(err, 0, sizeof(*err));
    cJSON *evs[4] = {0};
    cJSON *j = ll_json_parse_value(body, len, LL_MAX_HTTP_BODY_DEFAULT, err);
    if (j) {
        int n = ll_intake_convert_each(j, &r, evs, 4, one, err);
        for (int i = 0; i < n; i++)
            cJSON_Delete(evs[i]);
        cJSON_Delete(j);
        if (n >= 0)
            return "(accepted)";
    }
    return err->field;
}

static void array_errors_name_the_item(void **state) {
    (void)state;
    ll_err err;
#define CALL0                                                                                     \
    "{\"call_id\":\"a\",\"started_at\":\"2026-11-28T09:00:00Z\",\"category\":\"Vraag\",\"note\":" \
    "\"ok\"}"
#define CALL1(rest) "{\"call_id\":\"b\",\"started_at\":\"2026-11-28T09:00:00Z\"," rest "}"
    const struct {
        const char *body, *field;
    } calls[] = {
        {"[" CALL0 "," CALL1("\"category\":\"Vraag\",\"note\":\"caf\xe9\"") "]", "[1].note"},
        {"[" CALL0 "," CALL1("\"category\":\"Vraag\",\"note\":\"a\\u0000b\"") "]", "[1].note"},
        {"[" CALL0 "," CALL1("\"category\":\"Vraag\",\"note\":5") "]", "[1].note"},
        {"[" CALL0 "," CALL1("\"category\":\"Vraag\"") "]", "[1].note"},
        {"[" CALL0 "," CALL1("\"category\":\"Vraag\",\"note\":\"x\",\"note\":\"y\"") "]",
         "[1].note"},
        {"[" CALL0 "," CALL1("\"category\":\"" /* 65 bytes, one more than allowed */
                             "VraagVraagVraagVraagVraagVraagVraagVraagVraagVraagVraagVraagVraag"
                             "\",\"note\":\"x\"") "]",
         "[1].category"},
        {"[" CALL0 "," CALL0 "," CALL1("\"category\":\"Vraag\",\"note\":\"\\ud800\"") "]",
         "[2].note"},
    };
    for (size_t i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
        const char *got =
            array_error(calls[i].body, strlen(calls[i].body), ll_phone_note_to_event, &err);
        if (strcmp(got, calls[i].field))
            fail_msg("calls case %zu: field '%s' (%s), want '%s'", i, got, err.msg, calls[i].field);
    }
    /* A raw NUL byte in the second note (the length counts it). */
    static const char raw[] = "[" CALL0 "," CALL1("\"category\":\"Vraag\",\"note\":\"a\0b\"") "]";
    assert_string_equal(array_error(raw, sizeof(raw) - 1, ll_phone_note_to_event, &err),
                        "[1].note");
    /* A single object keeps its plain names; so does one line on the phone TCP port. */
    const char *one = CALL1("\"category\":\"Vraag\",\"note\":\"caf\xe9\"");
    assert_string_equal(array_error(one, strlen(one), ll_phone_note_to_event, &err), "note");
#define VISIT "{\"visit_id\":\"v\",\"location\":\"S\",\"kind\":\"question\",\"text\":\"ok\"}"
    const struct {
        const char *body, *field;
    } visits[] = {
        {"[" VISIT ",{\"visit_id\":\"w\",\"location\":\"S\",\"kind\":7,\"text\":\"x\"}]",
         "[1].kind"},
        {"[" VISIT ",{\"visit_id\":\"w\",\"location\":\"S\",\"kind\":\"question\",\"text\":\"x\","
         "\"citizen\":{\"name\":\"Jos\xe9\"}}]",
         "[1].citizen.name"},
        {"[" VISIT ",{\"visit_id\":\"w\",\"location\":\"S\",\"kind\":\"question\"}]", "[1].text"},
    };
    for (size_t i = 0; i < sizeof(visits) / sizeof(visits[0]); i++) {
        const char *got =
            array_error(visits[i].body, strlen(visits[i].body), ll_balie_visit_to_event, &err);
        if (strcmp(got, visits[i].field))
            fail_msg("visits case %zu: field '%s' (%s), want '%s'", i, got, err.msg,
                     visits[i].field);
    }
#undef CALL0
#undef CALL1
#undef VISIT
}

/* The simulator: critical templates at LL_SIM_CRITICAL_SHARE (1 in 200), not 2 of 43 drawn
 * evenly (the demo's crisis queue and Nu were full of them, user check of 12-01), also for a
 * citizen coming back on a theme that has one; and a signal's street lies in its wijk. */
static void simulated_share_and_streets(void **state) {
    (void)state;
    unsigned int rng = 12345;
    int crit = 0, crit_wonen = 0;
    const int N = 200000;
    for (int i = 0; i < N; i++) {
        crit += ll_sim_critical(ll_sim_template_of(&rng, NULL));
        crit_wonen += ll_sim_critical(ll_sim_template_of(&rng, "wonen"));
    }
    double share = (double)crit / N, share_wonen = (double)crit_wonen / N;
    if (share < 0.6 * LL_SIM_CRITICAL_SHARE || share > 1.4 * LL_SIM_CRITICAL_SHARE ||
        share_wonen > 1.4 * LL_SIM_CRITICAL_SHARE)
        fail_msg("critical share %.4f (wonen %.4f), want about %.3f", share, share_wonen,
                 LL_SIM_CRITICAL_SHARE);
    /* Every street in a Feijenoord signal is one of Feijenoord's. */
    int w = ll_sim_wijk_index("Feijenoord"), n = 0;
    assert_true(w >= 0);
    const char *const *streets = ll_sim_streets(w, &n);
    assert_true(n >= 3);
    const char *elsewhere[] = {"Kleiweg",         "Korte Hoogstraat", "Kerkstraat",
                               "Mathenesserlaan", "Noordsingel",      "Hesseplaats"};
    int with_street = 0;
    for (int i = 0; i < 2000; i++) {
        char text[1024];
        ll_sim_text(&rng, i % ll_sim_ntemplates(), w, text, sizeof(text));
        for (size_t k = 0; k < sizeof(elsewhere) / sizeof(elsewhere[0]); k++)
            if (strstr(text, elsewhere[k]))
                fail_msg("a Feijenoord signal names %s: %s", elsewhere[k], text);
        for (int k = 0; k < n; k++)
            with_street += strstr(text, streets[k]) != NULL;
    }
    assert_true(with_street > 500);
    /* A wijk without streets in the table: no street of another place. */
    assert_int_equal(ll_sim_wijk_index("Nergenshuizen"), -1);
    const char *const *none = ll_sim_streets(-1, &n);
    assert_int_equal(n, 1);
    assert_string_equal(none[0], "straat");
}

static void desk_visits(void **state) {
    (void)state;
    ll_err err;
    cJSON *j = cJSON_Parse("{\"visit_id\":\"v1\",\"location\":\"Stadswinkel\",\"desk\":\"2\","
                           "\"staff_id\":\"s9\",\"kind\":\"question\",\"text\":\"Paspoort\","
                           "\"citizen\":{\"bsn\":\"123456782\"}}");
    cJSON *ev = ll_balie_visit_to_event(j, "desk", "/luisterloop", &err);
    cJSON_Delete(j);
    if (!ev)
        fail_msg("%s: %s", err.field, err.msg);
    /* The office is where it was said, not what it is about: no subject of
     * the system's own making (it would vote on the theme). */
    assert_null(ll_json_str(ll_event_data(ev), "subject"));
    assert_string_equal(ll_json_str(ll_event_data(ev), "location"), "Stadswinkel, 2");
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "s9"));
    assert_null(strstr(s, "123456782"));
    cJSON_free(s);
    cJSON_Delete(ev);
    j = cJSON_Parse("{\"visit_id\":\"v1\",\"location\":\"S\",\"kind\":\"question\",\"text\":\"x\","
                    "\"visited_at\":\"1999-01-01T00:00:00Z\"}");
    assert_null(ll_balie_visit_to_event(j, "desk", "/luisterloop", &err));
    assert_string_equal(err.field, "visited_at");
    cJSON_Delete(j);
}

static void form_bodies(void **state) {
    (void)state;
    ll_err err;
    int spam = 0;
    const char *ok = "soort=klacht&formeel=ja&tekst=Stank+%26+herrie%21&email=Jan%40X.nl&"
                     "naam=Jan+Smit&terugbellen=ja&website=";
    cJSON *b = ll_form_body_parse(ok, strlen(ok), &spam, &err);
    assert_non_null(b);
    assert_false(spam);
    assert_string_equal(ll_json_str(b, "text"), "Stank & herrie!");
    assert_string_equal(ll_json_str(b, "kind"), "complaint");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItem(b, "formal")));
    cJSON_Delete(b);
    const char *bot = "soort=klacht&tekst=x&website=http%3A%2F%2Fspam";
    b = ll_form_body_parse(bot, strlen(bot), &spam, &err);
    assert_true(spam);
    cJSON_Delete(b);
    assert_null(ll_form_body_parse("soort=klacht&tekst=%ZZ", 22, &spam, &err));
    assert_non_null(strstr(err.msg, "beschadigd"));
    /* F1 (REPORT-user2): the citizen's form says it in Dutch, and a NUL is not "not UTF-8". */
    const char *latin1 = "soort=klacht&tekst=caf%E9+kapot+stoep";
    assert_null(ll_form_body_parse(latin1, strlen(latin1), &spam, &err));
    assert_string_equal(err.field, "tekst");
    assert_string_equal(err.msg, "Uw bericht bevat tekens die we niet kunnen lezen. Typ die tekens "
                                 "opnieuw of plak de tekst zonder opmaak.");
    const char *nul = "soort=klacht&tekst=Alles+goed.%00+Maar";
    assert_null(ll_form_body_parse(nul, strlen(nul), &spam, &err));
    assert_string_equal(err.field, "tekst");
    assert_non_null(strstr(err.msg, "nulteken"));
    assert_null(strstr(err.msg, "lezen"));
    /* What the web body's checks refuse, as the form page says it. */
    static const struct {
        const char *body, *want;
    } nl[] = {
        {"soort=klacht&tekst=a%01b", "onzichtbaar stuurteken"},
        {"soort=klacht&tekst=factuur+%E2%80%AEgnp.exe+kapot", "leesrichting"},
        {"soort=klacht&tekst=%E2%80%8B%C2%A0", "Schrijf uw bericht."},
    };
    for (size_t i = 0; i < sizeof(nl) / sizeof(nl[0]); i++) {
        b = ll_form_body_parse(nl[i].body, strlen(nl[i].body), &spam, &err);
        assert_non_null(b);
        cJSON *ev = ll_web_body_to_event(b, "form", NULL, "/luisterloop", &err);
        cJSON_Delete(b);
        assert_null(ev);
        const char *msg = ll_form_error_message(&err);
        if (!strstr(msg, nl[i].want))
            fail_msg("form case %zu: %s: %s -> %s", i, err.field, err.msg, msg);
    }
    assert_string_equal(ll_form_error_message(&err), "Schrijf uw bericht.");
    assert_null(ll_form_body_parse("soort=rant&tekst=x", 18, &spam, &err));
    assert_string_equal(err.field, "soort");
    assert_null(ll_form_body_parse("soort=klacht&tekst=", 19, &spam, &err));
    assert_string_equal(err.field, "tekst");
    /* Regressions found by fuzz_form: a field without '=' wrote into a
     * string literal; an over-long field was cut inside a UTF-8 sequence; a
     * rejected body leaked the text. */
    const char *bare = "soort=klacht&tekst=x&formeel";
    b = ll_form_body_parse(bare, strlen(bare), &spam, &err);
    assert_non_null(b);
    cJSON_Delete(b);
    assert_null(ll_form_body_parse("soort=klacht&t%00b", 18, &spam, &err));
    char longsubj[4000] = "soort=klacht&tekst=x&onderwerp=a";
    for (int i = 0; i < 300; i++)
        strcat(longsubj, "%C3%A9");
    assert_null(ll_form_body_parse(longsubj, strlen(longsubj), &spam, &err));
    assert_string_equal(err.field, "onderwerp");
    assert_non_null(strstr(err.msg, "te lang"));
    const char *leak = "soort=klacht&tekst=De+lamp+is+kapot&x=%ZZ";
    assert_null(ll_form_body_parse(leak, strlen(leak), &spam, &err)); /* LSan checks the rest */
}

/* The form's error of field, or NULL. */
static const char *form_error(const ll_form_errors *errs, const char *field) {
    for (int i = 0; i < errs->n; i++)
        if (!strcmp(errs->e[i].field, field))
            return errs->e[i].msg;
    return NULL;
}

/* Every field's error of a post at once, in Dutch, by the form's field names (user check of
 * 12-01, REPORT-user2 D8: text, then postcode, then e-mail, one per submit). */
static void form_shows_every_error_at_once(void **state) {
    (void)state;
    ll_form_errors errs;
    int spam = 0;
    /* text with a bidi control, postcode, e-mail, phone, a name with a control character */
    const char *bad = "soort=klacht&tekst=factuur+%E2%80%AEgnp.exe&postcode=99&email=geen-adres&"
                      "telefoon=abc&naam=Jan%01&terugbellen=ja&onderwerp=afval";
    assert_null(ll_form_to_event(bad, strlen(bad), "/luisterloop", &spam, &errs));
    assert_false(spam);
    static const struct {
        const char *field, *want;
    } want[] = {{"tekst", "leesrichting"},
                {"postcode", "Deze postcode klopt niet"},
                {"email", "Dit e-mailadres klopt niet"},
                {"telefoon", "Dit telefoonnummer klopt niet"},
                {"naam", "Uw naam bevat een onzichtbaar stuurteken"}};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        const char *msg = form_error(&errs, want[i].field);
        if (!msg || !strstr(msg, want[i].want))
            fail_msg("%s: %s", want[i].field, msg ? msg : "(no error)");
    }
    /* one per field: the contact asked for has no usable address left, said at e-mail once */
    assert_int_equal(errs.n, 5);
    assert_null(form_error(&errs, "onderwerp"));
    /* the required fields missing, a field the form could not read (NUL), and one too long */
    char two[1024] = "soort=rant&tekst=&postcode=3011+AB&email=a%00b&telefoon=";
    for (int i = 0; i < 60; i++)
        strcat(two, "0612345678");
    assert_null(ll_form_to_event(two, strlen(two), "/luisterloop", &spam, &errs));
    assert_int_equal(errs.n, 4);
    assert_string_equal(form_error(&errs, "soort"), "Kies wat voor bericht het is.");
    assert_string_equal(form_error(&errs, "tekst"), "Schrijf uw bericht.");
    assert_non_null(strstr(form_error(&errs, "email"), "nulteken"));
    assert_non_null(strstr(form_error(&errs, "telefoon"), "te lang"));
    assert_null(form_error(&errs, "postcode"));
    /* a good post is an event, the honeypot none and no error */
    const char *good = "soort=melding&tekst=Lamp+kapot&postcode=3011+AB&email=jan%40example.nl";
    cJSON *ev = ll_form_to_event(good, strlen(good), "/luisterloop", &spam, &errs);
    assert_non_null(ev);
    assert_int_equal(errs.n, 0);
    assert_string_equal(ll_json_str(ll_event_data(ev), "text"), "Lamp kapot");
    assert_string_equal(ll_json_str(ll_event_data(ev), "kind"), "report");
    cJSON_Delete(ev);
    /* Found by fuzz_form: two made-up names alike in their first 63 bytes are one field
     * once cut to fit an error, so they make one error, not two of the same name. */
    char same[512] = "soort=klacht&tekst=x";
    for (int k = 0; k < 2; k++) {
        strcat(same, "&");
        for (int i = 0; i < 70; i++)
            strcat(same, "v");
        strcat(same, k ? "b=%00" : "a=%00");
    }
    assert_null(ll_form_to_event(same, strlen(same), "/luisterloop", &spam, &errs));
    assert_int_equal(errs.n, 1);
    const char *bot = "soort=klacht&tekst=x&postcode=1&website=http%3A%2F%2Fspam";
    assert_null(ll_form_to_event(bot, strlen(bot), "/luisterloop", &spam, &errs));
    assert_true(spam);
    assert_int_equal(errs.n, 0);
}

/* Awb 9:4: a formal complaint needs who sends it and a way to answer (REPORT-user3 item 9:
 * an anonymous one was promised a reply within 6 weeks); the same limit for the text as the
 * page's maxlength, counted as a browser counts (item 11: the server took 10,500). */
static void form_formal_needs_contact_and_text_has_one_limit(void **state) {
    (void)state;
    ll_form_errors errs;
    int spam = 0;
    const char *anon = "soort=klacht&formeel=ja&tekst=Al+drie+maanden+geen+antwoord";
    assert_null(ll_form_to_event(anon, strlen(anon), "/luisterloop", &spam, &errs));
    assert_int_equal(errs.n, 2);
    assert_non_null(strstr(form_error(&errs, "naam"), "artikel 9:4"));
    assert_non_null(strstr(form_error(&errs, "email"), "e-mailadres of telefoonnummer"));
    /* a name and a phone number: formal, and the contact goes with it without the box ticked */
    const char *named = "soort=klacht&formeel=ja&tekst=Al+drie+maanden+geen+antwoord&"
                        "naam=Jan+Smit&telefoon=06+12345678";
    cJSON *ev = ll_form_to_event(named, strlen(named), "/luisterloop", &spam, &errs);
    assert_non_null(ev);
    assert_int_equal(errs.n, 0);
    const cJSON *d = ll_event_data(ev);
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "formal")));
    assert_non_null(ll_json_str(cJSON_GetObjectItemCaseSensitive(d, "contact"), "phone"));
    cJSON_Delete(ev);
    /* ticked with another kind it is no formal complaint, and asks nothing more */
    const char *question = "soort=vraag&formeel=ja&tekst=Wanneer+is+het+stadhuis+open%3F";
    ev = ll_form_to_event(question, strlen(question), "/luisterloop", &spam, &errs);
    assert_non_null(ev);
    assert_null(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "formal"));
    cJSON_Delete(ev);

    /* LL_FORM_MAX_TEXT_CHARS characters: a CRLF is one (the textarea's "\n"), an emoji two */
    size_t cap = 16 * (size_t)LL_FORM_MAX_TEXT_CHARS + 64;
    char *body = malloc(cap);
    assert_non_null(body);
    static const struct {
        const char *unit; /* urlencoded */
        int chars, repeat, ok;
    } cases[] = {{"a", 1, LL_FORM_MAX_TEXT_CHARS, 1},
                 {"a", 1, LL_FORM_MAX_TEXT_CHARS + 1, 0},
                 {"b%0D%0A", 2, LL_FORM_MAX_TEXT_CHARS / 2, 1},
                 {"%F0%9F%98%80", 2, LL_FORM_MAX_TEXT_CHARS / 2, 1},
                 {"%F0%9F%98%80", 2, LL_FORM_MAX_TEXT_CHARS / 2 + 1, 0},
                 {"%E2%82%AC", 1, LL_FORM_MAX_TEXT_CHARS, 1}};
    for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        size_t n = (size_t)snprintf(body, cap, "soort=klacht&postcode=99&tekst=");
        for (int i = 0; i < cases[c].repeat; i++)
            n += (size_t)snprintf(body + n, cap - n, "%s", cases[c].unit);
        ev = ll_form_to_event(body, n, "/luisterloop", &spam, &errs);
        assert_null(ev); /* the postcode is wrong in each: every error is shown at once */
        const char *msg = form_error(&errs, "tekst");
        if (cases[c].ok != (msg == NULL))
            fail_msg("case %zu: %s", c, msg ? msg : "(no error)");
        if (msg) {
            char want[64];
            snprintf(want, sizeof(want), "%d tekens, er passen er %d",
                     cases[c].chars * cases[c].repeat, LL_FORM_MAX_TEXT_CHARS);
            if (!strstr(msg, want))
                fail_msg("case %zu: %s", c, msg);
        }
        assert_non_null(form_error(&errs, "postcode"));
    }
    free(body);
}

/* A value of the wrong JSON type is named as such ("must be a string"), in every field of
 * the three JSON intakes, before any field's format is judged: the user check of 12-01 got
 * "not a Dutch postcode (1234 AB)" for "postcode":3072. Every base body below is wrong in
 * format in several places (a kind not in the list, a postcode, a BSN failing the 11-proef,
 * a time), so a format check that ran first would answer instead. */
static cJSON *web_of(const cJSON *body, ll_err *err) {
    return ll_web_body_to_event(body, "t", NULL, "/luisterloop", err);
}
static cJSON *note_of(const cJSON *body, ll_err *err) {
    return ll_phone_note_to_event(body, "cc", "/luisterloop", err);
}
static cJSON *visit_of(const cJSON *body, ll_err *err) {
    return ll_balie_visit_to_event(body, "desk", "/luisterloop", err);
}

static void wrong_type_is_named_before_any_format(void **state) {
    (void)state;
    static const char *const wrong_s[] = {"3072", "true", "{}", "[\"a\"]", NULL};
    static const char *const wrong_b[] = {"\"ja\"", "1", "{}", NULL};
    static const char *const wrong_n[] = {"\"60\"", "true", "[]", NULL};
    static const char *const wrong_o[] = {"\"jan\"", "5", "[]", NULL};
    static const struct {
        char type;
        const char *const *values;
        const char *msg;
    } types[] = {{'s', wrong_s, "must be a string"},
                 {'b', wrong_b, "must be true or false"},
                 {'n', wrong_n, "must be a number"},
                 {'o', wrong_o, "must be an object"}};
    static const struct {
        const char *name;
        cJSON *(*convert)(const cJSON *, ll_err *);
        const char *base;
        const char *fields[20]; /* "name:type", a nested field as "citizen.bsn:s" */
    } intakes[] = {
        {"POST /v1/feedback",
         web_of,
         "{\"kind\":\"klacht\",\"text\":\"x\",\"subject\":\"s\",\"formal\":true,\"postcode\":"
         "\"ABCD\",\"case_ref\":\"Z-1\",\"initiated\":\"nooit\",\"citizen\":{\"bsn\":\"123456789\","
         "\"email\":\"geen\",\"phone\":\"1\",\"name\":\"Jan\"},\"contact_requested\":true}",
         {"kind:s", "text:s", "subject:s", "formal:b", "postcode:s", "case_ref:s", "initiated:s",
          "citizen:o", "citizen.bsn:s", "citizen.email:s", "citizen.phone:s", "citizen.name:s",
          "contact_requested:b"}},
        {"POST /v1/calls",
         note_of,
         "{\"call_id\":\"c1\",\"agent\":\"a\",\"started_at\":\"gisteren\",\"duration_s\":-5,"
         "\"phone\":\"1\",\"bsn\":\"123456789\",\"email\":\"geen\",\"name\":\"Jan\",\"category\":"
         "\"Klacht\",\"note\":\"x\",\"callback_requested\":true,\"outcome\":\"o\",\"formal\":"
         "false,\"postcode\":\"ABCD\"}",
         {"call_id:s", "agent:s", "started_at:s", "duration_s:n", "phone:s", "bsn:s", "email:s",
          "name:s", "category:s", "note:s", "callback_requested:b", "outcome:s", "formal:b",
          "postcode:s"}},
        {"POST /v1/visits",
         visit_of,
         "{\"visit_id\":\"v1\",\"location\":\"Stadswinkel\",\"desk\":\"2\",\"staff_id\":\"s9\","
         "\"kind\":\"klacht\",\"text\":\"x\",\"subject\":\"s\",\"citizen\":{\"bsn\":\"123456789\"},"
         "\"contact_requested\":true,\"postcode\":\"ABCD\",\"formal\":true,\"visited_at\":"
         "\"gisteren\"}",
         {"visit_id:s", "location:s", "desk:s", "staff_id:s", "kind:s", "text:s", "subject:s",
          "citizen:o", "citizen.bsn:s", "citizen.email:s", "citizen.phone:s", "citizen.name:s",
          "contact_requested:b", "postcode:s", "formal:b", "visited_at:s"}},
    };
    int checked = 0;
    for (size_t i = 0; i < sizeof(intakes) / sizeof(intakes[0]); i++) {
        for (int k = 0; intakes[i].fields[k]; k++) {
            char f[64];
            snprintf(f, sizeof(f), "%s", intakes[i].fields[k]);
            char *colon = strchr(f, ':'), *dot = strchr(f, '.');
            *colon = '\0';
            size_t t = 0;
            while (types[t].type != colon[1])
                t++;
            for (const char *const *v = types[t].values; *v; v++) {
                cJSON *body = cJSON_Parse(intakes[i].base), *val = cJSON_Parse(*v);
                assert_non_null(body);
                assert_non_null(val);
                cJSON *holder = body;
                const char *leaf = f;
                if (dot) {
                    *dot = '\0';
                    holder = cJSON_GetObjectItemCaseSensitive(body, f);
                    leaf = dot + 1;
                }
                if (cJSON_GetObjectItemCaseSensitive(holder, leaf))
                    cJSON_ReplaceItemInObjectCaseSensitive(holder, leaf, val);
                else
                    cJSON_AddItemToObject(holder, leaf, val);
                if (dot)
                    *dot = '.';
                ll_err err;
                cJSON *ev = intakes[i].convert(body, &err);
                if (ev)
                    fail_msg("%s: %s = %s accepted", intakes[i].name, f, *v);
                if (strcmp(err.field, f) || strcmp(err.msg, types[t].msg))
                    fail_msg("%s: %s = %s: got %s: %s (expected %s)", intakes[i].name, f, *v,
                             err.field, err.msg, types[t].msg);
                cJSON_Delete(body);
                checked++;
            }
        }
    }
    assert_int_equal(checked, 163);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(csv_quotes_newlines_bom_semicolons),
        cmocka_unit_test(call_notes),
        cmocka_unit_test(desk_visits),
        cmocka_unit_test(array_errors_name_the_item),
        cmocka_unit_test(simulated_share_and_streets),
        cmocka_unit_test(wrong_type_is_named_before_any_format),
        cmocka_unit_test(form_bodies),
        cmocka_unit_test(form_shows_every_error_at_once),
        cmocka_unit_test(form_formal_needs_contact_and_text_has_one_limit),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
