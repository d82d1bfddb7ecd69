/* test_event.c - the event model: parse, validate, build, serialise; every rejection. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

#include "event.h"
#include "ll_limits.h"

static const char *good =
    "{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/luisterloop/web/demo\","
    "\"type\":\"nl.luisterloop.feedback.received\",\"time\":\"2026-11-28T10:00:00Z\","
    "\"datacontenttype\":\"application/json\",\"data\":{\"channel\":\"web\",\"kind\":"
    "\"complaint\",\"initiated\":\"reactive\",\"text\":\"De container is niet geleegd\","
    "\"received_at\":\"2026-11-28T10:00:00Z\",\"postcode\":\"1234AB\",\"formal\":true,"
    "\"citizen\":{\"pseudonym\":\"ps_0123456789abcdef0123456789abcdef\"},"
    "\"contact\":{\"email\":\"a@b.nl\"},\"source_ref\":\"k1\"}}";

/* The three passes (ll_json_parse, ll_event_validate_received) on json: the
 * tree, or NULL with err. */
static cJSON *three_passes(const char *json, size_t len, ll_err *err) {
    cJSON *ev = ll_json_parse(json, len, LL_MAX_EVENT_BYTES, err);
    if (ev && ll_event_validate_received(ev, err) != 0) {
        cJSON_Delete(ev);
        ev = NULL;
    }
    return ev;
}

/* ll_event_parse_received agrees with the three passes on json: the same
 * verdict, the same error, the same tree. Returns 1 when it does. */
static int reads_as_three(const char *json, size_t len) {
    ll_err e3 = {{0}, {0}}, e1 = {{0}, {0}};
    cJSON *t3 = three_passes(json, len, &e3), *t1 = ll_event_parse_received(json, len, &e1);
    int same = (t3 == NULL) == (t1 == NULL);
    if (same && !t3)
        same = strcmp(e3.field, e1.field) == 0 && strcmp(e3.msg, e1.msg) == 0;
    if (same && t3) {
        char *a = cJSON_PrintUnformatted(t3), *b = cJSON_PrintUnformatted(t1);
        same = a && b && strcmp(a, b) == 0;
        free(a);
        free(b);
    }
    if (!same)
        print_error("three passes: %s [%s: %s]; one: %s [%s: %s]\nfor %.*s\n",
                    t3 ? "accepted" : "rejected", e3.field, e3.msg, t1 ? "accepted" : "rejected",
                    e1.field, e1.msg, (int)len, json);
    cJSON_Delete(t3);
    cJSON_Delete(t1);
    return same;
}

static int check(const char *json, const char *field, const char *needle) {
    ll_err err = {{0}, {0}};
    cJSON *ev = three_passes(json, strlen(json), &err);
    int accepted = ev != NULL;
    cJSON_Delete(ev);
    if (!reads_as_three(json, strlen(json)))
        return 0;
    if (accepted) {
        print_error("accepted: %s\n", json);
        return 0;
    }
    if (strcmp(err.field, field) != 0 || !strstr(err.msg, needle)) {
        print_error("got field '%s' msg '%s'; want '%s' '%s'\n", err.field, err.msg, field, needle);
        return 0;
    }
    return 1;
}

/* good with one substring replaced. */
static char *variant(const char *from, const char *to) {
    const char *p = strstr(good, from);
    assert_non_null(p);
    size_t n = strlen(good) - strlen(from) + strlen(to) + 1;
    char *s = malloc(n);
    snprintf(s, n, "%.*s%s%s", (int)(p - good), good, to, p + strlen(from));
    return s;
}

static void accepts_good(void **state) {
    (void)state;
    ll_err err;
    cJSON *ev = ll_json_parse(good, strlen(good), LL_MAX_EVENT_BYTES, &err);
    assert_non_null(ev);
    assert_int_equal(ll_event_validate_received(ev, &err), 0);
    cJSON_Delete(ev);
}

static void rejects_malformed(void **state) {
    (void)state;
    assert_true(check("{\"specversion\":", "", "malformed JSON"));
    assert_true(check("[1,2]", "", "JSON object"));
    assert_true(check("{} x", "", "trailing data"));
    /* Named by the field they lie in (user check of 12-01: no field before). */
    assert_true(check("{\"a\":\"caf\xe9\"}", "a", "invalid UTF-8 at byte 9"));
    /* Minor, REPORT-user2: a depth limit and a lone surrogate are named as such. */
    char deep[5001], objs[3 * 5 + 1];
    memset(deep, '[', 5000);
    deep[5000] = '\0';
    assert_true(check(deep, "", "nested deeper than 1000 levels at byte 1000"));
    char *nest = malloc(3000 * 5 + 1);
    assert_non_null(nest);
    for (int i = 0; i < 3000; i++)
        memcpy(nest + i * 5, "{\"a\":", 5);
    nest[3000 * 5] = '\0';
    assert_true(check(nest, "", "nested deeper than 1000 levels at byte 5000"));
    free(nest);
    snprintf(objs, sizeof(objs), "%s", "[[[]]] [");
    assert_true(check(objs, "", "trailing data")); /* shallow: as before */
    char *lone = variant("De container is niet geleegd", "De \\ud800 container");
    assert_true(check(lone, "data.text", "invalid \\u escape: lone surrogate at byte "));
    free(lone);
    lone = variant("\"a@b.nl\"", "\"a\\udc00@b.nl\"");
    assert_true(check(lone, "data.contact.email", "lone surrogate"));
    free(lone);
    /* Malformed text that closes more than it opened before the escape (fuzz_event): the
     * field is still named from what is open, and nothing is read outside its levels. */
    assert_true(check("}]]{\"text\":\"\\ud800\"}", "text", "lone surrogate at byte 12"));
    lone = variant("De container is niet geleegd", "De \\ud83d\\ude00\\\\ud800 container");
    assert_true(reads_as_three(lone, strlen(lone))); /* a pair, and an escaped backslash: valid */
    ll_err lerr;
    cJSON *lev = ll_event_parse_received(lone, strlen(lone), &lerr);
    assert_non_null(lev);
    cJSON_Delete(lev);
    free(lone);
    ll_err err;
    assert_null(ll_json_parse("", 0, 100, &err));
    assert_string_equal(err.msg, "empty body");
    assert_null(ll_json_parse("{\"a\":1}", 7, 5, &err));
    assert_non_null(strstr(err.msg, "larger than"));
    assert_null(ll_json_parse("{\"a\":\"\0\"}", 9, 100, &err));
    assert_string_equal(err.field, "a");
    assert_string_equal(err.msg, "NUL byte in JSON at byte 6");
    /* An escaped NUL would cut the string short after acceptance (the user check of 12-01:
     * a suicidal statement after "\u0000" was lost); an escaped backslash before "u0000" is
     * text and stays. */
    assert_true(check("{\"a\":\"goed.\\u0000 maar ik wil niet meer\"}", "a", "NUL character"));
    assert_true(check("{\"a\":\"x\\u0000\"}", "a", "at byte 7"));
    const char *lit = "{\"a\":\"c:\\\\u0000\"}";
    cJSON *ok = ll_json_parse(lit, strlen(lit), 100, &err);
    assert_non_null(ok);
    assert_string_equal(cJSON_GetObjectItem(ok, "a")->valuestring, "c:\\u0000");
    cJSON_Delete(ok);
}

/* A key twice in one object: cJSON keeps both and finds the first, other parsers take the
 * last, so {"text":"harmless","text":"..."} reads differently to two readers (user check of
 * 12-01: 202, first value kept). Refused at the second key, by its decoded name, wherever. */
static void rejects_duplicate_keys(void **state) {
    (void)state;
    assert_true(check("{\"a\":1,\"text\":\"harmless\",\"text\":\"x\"}", "text",
                      "duplicate key \"text\" at byte 25"));
    assert_true(check("{\"data\":{\"k\":1,\"k\":2}}", "data.k", "duplicate key \"k\" at byte 15"));
    assert_true(check("{\"text\":\"a\",\"te\\u0078t\":\"b\"}", "text", "at byte 12"));
    assert_true(check("\xEF\xBB\xBF {\"a\" : [1, {\"b\":true}] ,\"a\":null}", "a", "at byte 28"));
    /* In an array (the batch endpoints): the element's index and key, as the validators'
     * errors name it ("[1].kind"). */
    ll_err err = {{0}, {0}};
    const char *arr = "[{\"a\":1},{\"a\":1,\"a\":2}]";
    assert_null(ll_json_parse_value(arr, strlen(arr), 100, &err));
    assert_string_equal(err.field, "[1].a");
    assert_string_equal(err.msg, "duplicate key \"a\" at byte 16");
    /* A large object (sorted, not pairs): the second occurrence in text order. */
    char big[4096];
    size_t n = (size_t)snprintf(big, sizeof(big), "{");
    for (int i = 0; i < 200; i++)
        n += (size_t)snprintf(big + n, sizeof(big) - n, "\"k%03d\":%d,", 199 - i, i);
    size_t at = n;
    n += (size_t)snprintf(big + n, sizeof(big) - n, "\"k150\":0}");
    assert_null(ll_json_parse(big, n, sizeof(big), &err));
    char want[64];
    snprintf(want, sizeof(want), "duplicate key \"k150\" at byte %zu", at);
    assert_string_equal(err.msg, want);
    /* The same key in two objects is no duplicate. */
    const char *two = "{\"a\":{\"x\":1},\"b\":{\"x\":1},\"c\":[{\"x\":1},{\"x\":2}]}";
    cJSON *ok = ll_json_parse(two, strlen(two), 100, &err);
    assert_non_null(ok);
    cJSON_Delete(ok);
}

static void rejects_envelope(void **state) {
    (void)state;
    struct {
        const char *from, *to, *field, *needle;
    } cases[] = {
        {"\"specversion\":\"1.0\"", "\"specversion\":\"0.3\"", "specversion", "unsupported"},
        {"\"specversion\":\"1.0\"", "\"specversion\":1", "specversion", "must be a string"},
        {"\"id\":\"e1\",", "", "id", "missing"},
        {"\"id\":\"e1\"", "\"id\":\"\"", "id", "empty"},
        {"\"type\":\"nl.luisterloop.feedback.received\"", "\"type\":\"x\"", "type", "unexpected"},
        {"\"time\":\"2026-11-28T10:00:00Z\"", "\"time\":\"gisteren\"", "time", "RFC 3339"},
        {"\"datacontenttype\":\"application/json\"", "\"datacontenttype\":\"text/xml\"",
         "datacontenttype", "application/json"},
        {"\"source\":\"/luisterloop/web/demo\",", "\"extra\":1,", "extra", "unknown field"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *s = variant(cases[i].from, cases[i].to);
        if (!check(s, cases[i].field, cases[i].needle))
            fail_msg("envelope case %zu", i);
        free(s);
    }
}

static void rejects_data(void **state) {
    (void)state;
    char big[LL_MAX_TEXT_BYTES + 64];
    snprintf(big, sizeof(big), "\"text\":\"%0*d\"", LL_MAX_TEXT_BYTES + 1, 0);
    struct {
        const char *from, *to, *field, *needle;
    } cases[] = {
        {"\"kind\":\"complaint\"", "\"kind\":\"rant\"", "data.kind", "one of"},
        {"\"kind\":\"complaint\"", "\"kind\":7", "data.kind", "string"},
        {"\"channel\":\"web\"", "\"channel\":\"Web Form\"", "data.channel", "lower-case"},
        {"\"initiated\":\"reactive\"", "\"initiated\":\"maybe\"", "data.initiated", "reactive"},
        {"\"text\":\"De container is niet geleegd\"", "\"text\":\"   \"", "data.text", "blank"},
        {"\"text\":\"De container is niet geleegd\"", "\"text\":\"a\\u0007b\"", "data.text",
         "control"},
        /* Only invisible characters is blank too (P2, REPORT-user2). */
        {"\"text\":\"De container is niet geleegd\"", "\"text\":\"\\u200b\\u200b\"", "data.text",
         "must not be blank"},
        {"\"text\":\"De container is niet geleegd\"", "\"text\":\"\\u00a0\\u200b \"", "data.text",
         "must not be blank"},
        {"\"text\":\"De container is niet geleegd\"",
         "\"text\":\"\xef\xbb\xbf\xe2\x81\xa0\xe3\x80\x80\xe2\x80\xaf\xc2\xad\"", "data.text",
         "must not be blank"},
        /* Bidirectional controls change what a reader sees (P3, CVE-2021-42574). */
        {"\"text\":\"De container is niet geleegd\"", "\"text\":\"factuur \\u202egnp.exe kapot\"",
         "data.text", "bidirectional control character U+202E not allowed at byte 8"},
        {"\"text\":\"De container is niet geleegd\"",
         "\"text\":\"ab\xe2\x81\xa6"
         "c\xe2\x81\xa9\"",
         "data.text", "bidirectional control character U+2066 not allowed at byte 2"},
        {"\"text\":\"De container is niet geleegd\"", "\"text\":\"\xe2\x80\xaa\"", "data.text",
         "must not be blank"},
        {"\"postcode\":\"1234AB\"", "\"postcode\":\"1234AB\",\"subject\":\"x\xe2\x80\xadz\"",
         "data.subject", "U+202D not allowed at byte 1"},
        {"\"source_ref\":\"k1\"",
         "\"source_ref\":\"k1\",\"case_ref\":\"Z\xe2\x80\xab"
         "1\"",
         "data.case_ref", "U+202B"},
        {"\"source_ref\":\"k1\"",
         "\"source_ref\":\"k1\",\"location\":\"\xe2\x81\xa8"
         "balie\"",
         "data.location", "U+2068 not allowed at byte 0"},
        {"\"text\":\"De container is niet geleegd\"", big, "data.text", "longer than"},
        {"\"text\":\"De container is niet geleegd\",", "", "data.text", "missing"},
        {"\"received_at\":\"2026-11-28T10:00:00Z\"", "\"received_at\":\"2999-01-01T00:00:00Z\"",
         "data.received_at", "future"},
        {"\"received_at\":\"2026-11-28T10:00:00Z\"", "\"received_at\":\"1970-01-01T00:00:00Z\"",
         "data.received_at", "before 2000"},
        {"\"postcode\":\"1234AB\"", "\"postcode\":\"1234 ab\"", "data.postcode", "normalised"},
        {"\"formal\":true", "\"formal\":\"yes\"", "data.formal", "true or false"},
        {"\"citizen\":{\"pseudonym\":\"ps_0123456789abcdef0123456789abcdef\"}",
         "\"citizen\":{\"bsn\":\"123456782\"}", "data.citizen.bsn", "unknown field"},
        {"\"citizen\":{\"pseudonym\":\"ps_0123456789abcdef0123456789abcdef\"}",
         "\"citizen\":{\"pseudonym\":\"jan\"}", "data.citizen.pseudonym", "pseudonym"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"contact\":{}", "data.contact",
         "email or a phone"},
        {"\"source_ref\":\"k1\"", "\"source_ref\":\"k1\",\"source_ref\":\"k2\"", "data.source_ref",
         "duplicate key \"source_ref\" at byte "},
        {"\"source_ref\":\"k1\"", "\"source_ref\":\"k1\",\"bsn\":\"123456782\"", "data.bsn",
         "unknown"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *s = variant(cases[i].from, cases[i].to);
        if (!check(s, cases[i].field, cases[i].needle))
            fail_msg("data case %zu", i);
        free(s);
    }
}

static void builds_and_serialises(void **state) {
    (void)state;
    cJSON *ev = ll_event_new("id-1", "/x", LL_TYPE_RECEIVED, "2026-11-28T10:00:00Z");
    assert_non_null(ev);
    cJSON *d = ll_event_data(ev);
    cJSON_AddStringToObject(d, "channel", "phone");
    cJSON_AddStringToObject(d, "kind", "question");
    cJSON_AddStringToObject(d, "initiated", "reactive");
    cJSON_AddStringToObject(d, "text", "<script>alert(1)</script> \"quoted\" é");
    cJSON_AddStringToObject(d, "received_at", "2026-11-28T10:00:00Z");
    cJSON_AddStringToObject(d, "source_ref", "call-9");
    ll_err err;
    assert_int_equal(ll_event_validate_received(ev, &err), 0);
    char buf[4096];
    size_t n = ll_event_serialise(ev, buf, sizeof(buf));
    assert_true(n > 0);
    cJSON *back = ll_json_parse(buf, n, LL_MAX_EVENT_BYTES, &err);
    assert_non_null(back);
    assert_string_equal(ll_json_str(ll_event_data(back), "text"),
                        "<script>alert(1)</script> \"quoted\" é");
    assert_int_equal(ll_event_serialise(ev, buf, 40), 0); /* does not fit */
    cJSON_Delete(back);
    cJSON_Delete(ev);
}

static void postcodes(void **state) {
    (void)state;
    char out[7];
    assert_int_equal(ll_postcode_normalise("1234 ab", out), 0);
    assert_string_equal(out, "1234AB");
    assert_int_equal(ll_postcode_normalise("3011", out), 0);
    assert_string_equal(out, "3011");
    assert_int_equal(ll_postcode_normalise("0123AB", out), -1);
    assert_int_equal(ll_postcode_normalise("1234A", out), -1);
    assert_int_equal(ll_postcode_normalise("12345AB", out), -1);
    assert_int_equal(ll_postcode_normalise("1234 1B", out), -1);
}

/* data.attachments (e-mail): optional {"count": N, "names": [...]}. */
static void attachments(void **state) {
    (void)state;
    static const char *const ok[] = {
        ",\"attachments\":{\"count\":2,\"names\":[\"brief.pdf\",\"foto \u00e9\u00e9n.jpg\"]}}}",
        ",\"attachments\":{\"count\":3}}}",
        ",\"attachments\":{\"count\":1,\"names\":[]}}}",
    };
    for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        char *s = variant("}}", ok[i]);
        ll_err err;
        cJSON *ev = ll_json_parse(s, strlen(s), LL_MAX_EVENT_BYTES, &err);
        assert_non_null(ev);
        if (ll_event_validate_received(ev, &err) != 0)
            fail_msg("rejected %s: %s %s", ok[i], err.field, err.msg);
        cJSON_Delete(ev);
        free(s);
    }
    static const struct {
        const char *to, *field, *needle;
    } bad[] = {
        {",\"attachments\":[]}}", "data.attachments", "object"},
        {",\"attachments\":{}}}", "data.attachments.count", "whole number"},
        {",\"attachments\":{\"count\":-1}}}", "data.attachments.count", "whole number"},
        {",\"attachments\":{\"count\":1.5}}}", "data.attachments.count", "whole number"},
        {",\"attachments\":{\"count\":\"2\"}}}", "data.attachments.count", "whole number"},
        {",\"attachments\":{\"count\":1,\"size\":9}}}", "data.attachments.size", "unknown"},
        {",\"attachments\":{\"count\":1,\"names\":[\"a\",\"b\"]}}}", "data.attachments.names",
         "no more than count"},
        {",\"attachments\":{\"count\":1,\"names\":[\"\"]}}}", "data.attachments.names", "1..255"},
        {",\"attachments\":{\"count\":1,\"names\":[7]}}}", "data.attachments.names", "1..255"},
        {",\"attachments\":{\"count\":1,\"names\":[\"a\\nb\"]}}}", "data.attachments.names",
         "control"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char *s = variant("}}", bad[i].to);
        assert_true(check(s, bad[i].field, bad[i].needle));
        free(s);
    }
}

/* ll_event_parse_received: the one pass takes the plain valid events and
 * gives them the tree the three passes give; everything else (other valid
 * forms, every rejection) is the three passes' verdict and error. */
static void one_pass_reads_as_three(void **state) {
    (void)state;
    /* Valid, and read in one pass. */
    static const struct {
        const char *from, *to;
    } plain[] = {
        {"", ""},
        {"De container is niet geleegd", "Regel 1\\nregel 2\\r\\n\\t\\\"zo\\\" \\\\ a\\/b"},
        {"De container is niet geleegd", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"},
        /* LRM and RLM of ordinary Arabic and Hebrew typing stay; a visible character
         * among invisible ones is not blank. */
        {"De container is niet geleegd",
         "\xd8\xa7\xd9\x84\xe2\x80\x8f 12 \xe2\x80\x8e\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d"},
        {"De container is niet geleegd", "\xe2\x80\x8b\xc2\xa0.\xe2\x80\x8b"},
        {"\"formal\":true", "\"formal\":false"},
        {"\"datacontenttype\":\"application/json\",", ""},
        {"{\"specversion\"", " \n\t{\r\n \"specversion\"  "},
        {"\"source_ref\":\"k1\"",
         "\"source_ref\" :\"k1\" ,\"subject\":\"Over\",\"case_ref\":\"Z-1\","
         "\"location\":\"Stadhuis, balie 3\","
         "\"sent_at\":\"2026-11-28T09:00:00+01:00\""},
        {"\"contact\":{\"email\":\"a@b.nl\"}",
         "\"contact\":{\"name\":\"Jan\",\"phone\":\"0612345678\"},\"attachments\":{\"count\":"
         "2,\"names\":[\"a.pdf\",\"b \xc3\xa9.jpg\"]}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"names\":[],\"count\":0}"},
        {"\"postcode\":\"1234AB\"", "\"postcode\":\"3011\""},
        {"}}", "} }  \n"},
    };
    for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++) {
        char *s = variant(plain[i].from, plain[i].to);
        ll_err err;
        cJSON *ev = ll_event_parse_received(s, strlen(s), &err);
        if (!ev)
            fail_msg("plain case %zu rejected: %s: %s", i, err.field, err.msg);
        assert_true(ev->child->type & cJSON_StringIsConst); /* the one pass read it */
        assert_true(reads_as_three(s, strlen(s)));
        cJSON_Delete(ev);
        free(s);
    }
    /* Valid, but left to the three passes. */
    static const struct {
        const char *from, *to;
    } other[] = {
        {"De container", "De \\u00e9\\ud83d\\ude00 container"},
        {"De container", "De\tcontainer"}, /* a raw tab */
        {"{\"specversion\"", "\xef\xbb\xbf{\"specversion\""},
        {"{\"specversion\"", "\f{\"specversion\""},
        {"}}", "}}\v"},
        {"\"id\":\"e1\"", "\"id\":\"e1\",\"subject\":[1]"},
        {"\"formal\":true", "\"f\\u006frmal\":true"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":1.0}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":1e1}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":-0}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":012}"},
    };
    for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
        char *s = variant(other[i].from, other[i].to);
        ll_err err;
        cJSON *ev = ll_event_parse_received(s, strlen(s), &err);
        if (!ev)
            fail_msg("other case %zu rejected: %s: %s", i, err.field, err.msg);
        assert_false(ev->child->type & cJSON_StringIsConst);
        assert_true(reads_as_three(s, strlen(s)));
        cJSON_Delete(ev);
        free(s);
    }
    /* Rejected, each near a check the one pass makes itself. */
    static const struct {
        const char *from, *to;
    } bad[] = {
        {"\"specversion\":\"1.0\"", "\"specversion\":\"1.00\""},
        {"\"specversion\":\"1.0\"", "\"specversion\":\"\""},
        {"\"time\":\"2026-11-28T10:00:00Z\"", "\"time\":\"2026-11-28 10:00\""},
        {"\"type\":\"nl.luisterloop.feedback.received\"",
         "\"type\":\"nl.luisterloop.feedback.enriched\""},
        {"\"datacontenttype\":\"application/json\"", "\"datacontenttype\":\"application/jsonx\""},
        {"\"id\":\"e1\"", "\"id\":\"e\\n1\""},
        {"\"id\":\"e1\"", "\"id\":\"e\\/1\",\"id\":\"e2\""},
        {"\"channel\":\"web\"", "\"channel\":\"we b\""},
        {"\"channel\":\"web\"", "\"channel\":\"abcdefghijklmnopqrstuvwxyz0123456\""},
        {"\"kind\":\"complaint\"", "\"kind\":\"complaints\""},
        {"\"initiated\":\"reactive\"", "\"initiated\":\"\""},
        {"De container is niet geleegd", " \\n\\t\\r "},
        {"De container is niet geleegd", "a\\bb"},
        {"De container is niet geleegd", "a\\fb"},
        {"De container is niet geleegd", "a\x7f"},
        {"De container is niet geleegd", "a\x01"},
        {"De container is niet geleegd", "caf\xc3"},
        {"De container is niet geleegd", "caf\xed\xa0\x80"},
        {"De container is niet geleegd", "a\\x"},
        {"\"received_at\":\"2026-11-28T10:00:00Z\"", "\"received_at\":\"2026-11-28T10:00:00\""},
        {"\"received_at\":\"2026-11-28T10:00:00Z\"", "\"received_at\":\"2999-11-28T10:00:00Z\""},
        {"\"formal\":true", "\"formal\":null"},
        {"\"formal\":true", "\"formal\":tru"},
        {"\"formal\":true", "\"formal\":truex"},
        {"\"postcode\":\"1234AB\"", "\"postcode\":\"1234ab\""},
        {"\"postcode\":\"1234AB\"", "\"postcode\":\"1234 AB\""},
        {"ps_0123456789abcdef0123456789abcdef", "ps_0123456789abcdef0123456789abcde"},
        {"ps_0123456789abcdef0123456789abcdef", "px_0123456789abcdef0123456789abcdef"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"contact\":{\"name\":\"Jan\"}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"contact\":{\"email\":\"a@b.nl\",}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"contact\":[]"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":100001}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":1234567890}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":0,\"names\":[\"a\"]}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}", "\"attachments\":{\"count\":2,\"names\":[\"a\",]}"},
        {"\"contact\":{\"email\":\"a@b.nl\"}",
         "\"attachments\":{\"count\":1,\"names\":[\"a\\tb\"]}"},
        {"\"source_ref\":\"k1\"", "\"source_ref\":\"k1\",\"source_ref\":\"k1\""},
        {"\"source_ref\":\"k1\"", "\"source_ref\":\"k1\" \"x\":1"},
        {"\"source_ref\":\"k1\"", "\"source_ref\":\"k1\",\"sent_at\":\"gisteren\""},
        {"}}", "}"},
        {"}}", "}}}"},
        {"}}", "}} x"},
        {"}}", "}}\n\n{}"},
    };
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        char *s = variant(bad[i].from, bad[i].to);
        ll_err err;
        cJSON *ev = ll_event_parse_received(s, strlen(s), &err);
        if (ev)
            fail_msg("bad case %zu accepted", i);
        assert_true(reads_as_three(s, strlen(s)));
        free(s);
    }
    /* Every length of good cut short, and good with each byte changed. */
    size_t n = strlen(good);
    char *s = malloc(n + 1);
    assert_non_null(s);
    for (size_t k = 0; k <= n; k++)
        assert_true(reads_as_three(good, k));
    static const char subst[] = {'"', '\\', '{', '}', '[',  ']',   ',',
                                 ':', ' ',  '0', 'x', '\0', '\x80'};
    for (size_t k = 0; k < n; k++)
        for (size_t j = 0; j < sizeof(subst); j++) {
            memcpy(s, good, n + 1);
            s[k] = subst[j];
            if (!reads_as_three(s, n))
                fail_msg("byte %zu as 0x%02x", k, (unsigned char)subst[j]);
        }
    free(s);
}

/* ll_event_serialise writes what cJSON_PrintUnformatted writes, byte for byte:
 * every number form, escape, nesting and the shipped fixtures' shapes. */
static void assert_same_as_cjson(const cJSON *j) {
    static char buf[LL_MAX_SERIALISED_EVENT_BYTES];
    char *want = cJSON_PrintUnformatted(j);
    assert_non_null(want);
    size_t n = ll_event_serialise(j, buf, sizeof(buf));
    assert_int_equal(n, strlen(want));
    assert_string_equal(buf, want);
    /* Too small: nothing, never a cut document. */
    assert_int_equal(ll_event_serialise(j, buf, n), 0);
    free(want);
}

static void serialise_as_cjson(void **state) {
    (void)state;
    static const double nums[] = {0,
                                  -0.0,
                                  1,
                                  -1,
                                  42,
                                  2147483647.0,
                                  2147483648.0,
                                  -2147483648.0,
                                  -2147483649.0,
                                  1e15,
                                  1e17,
                                  1e300,
                                  0.1,
                                  0.3,
                                  1.0 / 3,
                                  -2.5,
                                  123456789.125,
                                  5e-324,
                                  1.7976931348623157e308,
                                  4.35,
                                  1e-7};
    cJSON *o = cJSON_CreateObject();
    cJSON *a = cJSON_AddArrayToObject(o, "numbers");
    for (size_t i = 0; i < sizeof(nums) / sizeof(nums[0]); i++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(nums[i]));
    /* Thousandths, written by hand: every k/1000 up to +-3 and some far ones,
     * and numbers just off them. */
    for (int k = -3000; k <= 3000; k++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(k / 1000.0));
    static const double far[] = {123456.789, -987654321.001, 999999999999.999, 0.1 + 0.2, 0.0005,
                                 1.0 / 1024, 2.675,          -0.0015,          1e12 - 0.5};
    for (size_t i = 0; i < sizeof(far) / sizeof(far[0]); i++)
        cJSON_AddItemToArray(a, cJSON_CreateNumber(far[i]));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(NAN));
    cJSON_AddItemToArray(a, cJSON_CreateNumber(INFINITY));
    char ctl[40];
    for (int i = 0; i < 32; i++)
        ctl[i] = (char)(i + 1 < 32 ? i + 1 : 127);
    ctl[32] = '\0';
    cJSON_AddStringToObject(o, "controls", ctl);
    cJSON_AddStringToObject(o, "quotes \" and \\ in a key",
                            "\"q\" \\ / \u00e9\u20ac\xf0\x9f\x98\x80 \xe2\x80\x9ezo\xe2\x80\x9d");
    cJSON_AddStringToObject(o, "", "");
    cJSON_AddItemToObject(o, "t", cJSON_CreateTrue());
    cJSON_AddItemToObject(o, "f", cJSON_CreateFalse());
    cJSON_AddItemToObject(o, "n", cJSON_CreateNull());
    cJSON_AddItemToObject(o, "raw", cJSON_CreateRaw("{\"pre\":[1,2]}"));
    cJSON_AddObjectToObject(o, "empty_object");
    cJSON_AddArrayToObject(o, "empty_array");
    cJSON *deep = cJSON_AddObjectToObject(o, "deep");
    for (int i = 0; i < 20; i++)
        deep = cJSON_AddObjectToObject(deep, "d");
    cJSON_AddItemToObject(deep, "leaf", cJSON_CreateStringArray((const char *[]){"a", "b"}, 2));
    assert_same_as_cjson(o);
    cJSON_Delete(o);
    /* A parsed event as the processor writes it out. */
    const char *in = "{\"specversion\":\"1.0\",\"id\":\"x\",\"data\":{\"text\":\"Tab\\there,\\nnew "
                     "line \\u0001\",\"n\":[1.5e3,-0,7,1E400]}}";
    cJSON *ev = cJSON_Parse(in);
    assert_non_null(ev);
    assert_same_as_cjson(ev);
    cJSON_Delete(ev);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(one_pass_reads_as_three),
        cmocka_unit_test(attachments),
        cmocka_unit_test(accepts_good),
        cmocka_unit_test(rejects_malformed),
        cmocka_unit_test(rejects_duplicate_keys),
        cmocka_unit_test(rejects_envelope),
        cmocka_unit_test(rejects_data),
        cmocka_unit_test(builds_and_serialises),
        cmocka_unit_test(serialise_as_cjson),
        cmocka_unit_test(postcodes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
