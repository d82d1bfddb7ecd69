/* test_web_body.c - POST /v1/feedback bodies into received events, and their rejections. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "event.h"
#include "ident.h"
#include "ll_limits.h"
#include "web_body.h"

static cJSON *convert(const char *body, const char *idem, ll_err *err) {
    cJSON *j = ll_json_parse(body, strlen(body), LL_MAX_HTTP_BODY_DEFAULT, err);
    if (!j)
        return NULL;
    cJSON *ev = ll_web_body_to_event(j, "portal", idem, "/luisterloop", err);
    cJSON_Delete(j);
    return ev;
}

static int setup(void **state) {
    (void)state;
    return ll_ident_init("unit-test-secret-0123456789");
}

static void happy_path_pseudonymises(void **state) {
    (void)state;
    ll_err err;
    cJSON *ev = convert("{\"kind\":\"complaint\",\"text\":\"Afval niet opgehaald\","
                        "\"postcode\":\"1234 ab\",\"formal\":true,\"citizen\":{\"bsn\":"
                        "\"123456782\",\"email\":\"Jan@Example.nl\",\"name\":\"Jan\"},"
                        "\"contact_requested\":true}",
                        "idem-1", &err);
    if (!ev)
        fail_msg("%s: %s", err.field, err.msg);
    const cJSON *d = ll_event_data(ev);
    assert_string_equal(ll_json_str(d, "channel"), "web");
    assert_string_equal(ll_json_str(d, "postcode"), "1234AB");
    assert_string_equal(ll_json_str(d, "source_ref"), "idem-1");
    assert_string_equal(ll_json_str(ev, "source"), "/luisterloop/web/portal");
    const cJSON *contact = cJSON_GetObjectItemCaseSensitive(d, "contact");
    assert_string_equal(ll_json_str(contact, "email"), "jan@example.nl");
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "123456782")); /* the BSN never travels */
    char ps[LL_PSEUDONYM_LEN + 1];
    ll_pseudonym("bsn", "123456782", ps);
    assert_non_null(strstr(s, ps)); /* the BSN is the strongest identifier */
    cJSON_free(s);
    /* The same Idempotency-Key gives the same id. */
    cJSON *again = convert("{\"kind\":\"question\",\"text\":\"x\"}", "idem-1", &err);
    assert_non_null(again);
    assert_string_equal(ll_json_str(ev, "id"), ll_json_str(again, "id"));
    cJSON_Delete(again);
    cJSON_Delete(ev);
}

static void no_contact_unless_asked(void **state) {
    (void)state;
    ll_err err;
    cJSON *ev = convert("{\"kind\":\"report\",\"text\":\"Lantaarnpaal kapot\",\"citizen\":{"
                        "\"phone\":\"06 1234 5678\"}}",
                        NULL, &err);
    assert_non_null(ev);
    assert_null(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "contact"));
    assert_non_null(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "citizen"));
    cJSON_Delete(ev);
}

static void rejections(void **state) {
    (void)state;
    struct {
        const char *body, *field, *needle;
    } cases[] = {
        {"{\"text\":\"x\"}", "kind", "missing"},
        {"{\"kind\":\"complaint\"}", "text", "missing"},
        {"{\"kind\":\"complaint\",\"text\":\"\"}", "text", "empty"},
        {"{\"kind\":\"complaint\",\"text\":\"\\u200b\\u200b\"}", "text", "must not be blank"},
        {"{\"kind\":\"complaint\",\"text\":\"\\u00a0\\u200b \"}", "text", "must not be blank"},
        {"{\"kind\":\"complaint\",\"text\":\"factuur \\u202egnp.exe kapot\"}", "text",
         "bidirectional control character U+202E not allowed at byte 8"},
        {"{\"kind\":\"complaint\",\"text\":42}", "text", "string"},
        {"{\"kind\":\"complaint\",\"text\":\"caf\\ud800 kapot\"}", "text",
         "invalid \\u escape: lone surrogate at byte 31"},
        {"{\"kind\":\"complaint\",\"text\":\"caf\xe9 kapot\"}", "text", "invalid UTF-8 at byte 31"},
        {"{\"kind\":\"complaint\",\"text\":\"\\u0000x\"}", "text",
         "NUL character (\\u0000) in a string at byte 28"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"citizen\":{\"name\":\"Jos\xe9\"}}",
         "citizen.name", "invalid UTF-8"},
        {"{\"kind\":\"klacht\",\"text\":\"x\"}", "kind", "one of"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"formal\":1}", "formal", "true or false"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"postcode\":\"ABCD\"}", "postcode", "postcode"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"bsn\":\"1\"}", "bsn", "unknown field"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"citizen\":{\"bsn\":\"123456789\"}}",
         "citizen.bsn", "11-proef"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"citizen\":{\"email\":\"nope\"}}",
         "citizen.email", "e-mail"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"citizen\":{\"phone\":\"123\"}}", "citizen.phone",
         "phone"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"citizen\":\"jan\"}", "citizen", "object"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"contact_requested\":true}", "citizen",
         "contact requested"},
        {"{\"kind\":\"complaint\",\"text\":\"x\",\"initiated\":\"never\"}", "initiated",
         "reactive"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ll_err err;
        cJSON *ev = convert(cases[i].body, NULL, &err);
        if (ev) {
            cJSON_Delete(ev);
            fail_msg("case %zu accepted", i);
        }
        if (strcmp(err.field, cases[i].field) != 0 || !strstr(err.msg, cases[i].needle))
            fail_msg("case %zu: got '%s' '%s'", i, err.field, err.msg);
    }
}

static void hostile_text_is_kept_as_text(void **state) {
    (void)state;
    ll_err err;
    cJSON *ev = convert("{\"kind\":\"complaint\",\"text\":\"<img src=x onerror=alert(1)>'; DROP "
                        "TABLE x;--\"}",
                        NULL, &err);
    assert_non_null(ev);
    assert_string_equal(ll_json_str(ll_event_data(ev), "text"),
                        "<img src=x onerror=alert(1)>'; DROP TABLE x;--");
    cJSON_Delete(ev);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(happy_path_pseudonymises),
        cmocka_unit_test(no_contact_unless_asked),
        cmocka_unit_test(rejections),
        cmocka_unit_test(hostile_text_is_kept_as_text),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
