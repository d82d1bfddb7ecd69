/* test_received.c - the one builder of received events: ids, source, defaults, masking, errors in the adapter's words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "event.h"
#include "ident.h"
#include "received.h"
#include "text.h"

#define NOW_MS 1764410400000LL /* 2025-11-29T10:00:00Z */

/* The least an adapter fills in. */
static ll_received minimal(void) {
    return (ll_received){.source_base = "/luisterloop",
                         .channel = "web",
                         .client = "portal",
                         .id_key = "key-1",
                         .now_ms = NOW_MS,
                         .kind = "complaint",
                         .text = "De lantaarnpaal is kapot.",
                         .formal = -1};
}

static const char *data_str(const cJSON *ev, const char *name) {
    return ll_json_str(ll_event_data(ev), name);
}

static int setup(void **state) {
    (void)state;
    return ll_ident_init("unit-test-secret-0123456789");
}

static void same_key_same_id_scoped_by_source(void **state) {
    (void)state;
    ll_err err;
    ll_received r = minimal();
    cJSON *a = ll_received_new(&r, &err), *b = ll_received_new(&r, &err);
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(ll_json_str(a, "id"), ll_json_str(b, "id"));
    assert_string_equal(ll_json_str(a, "source"), "/luisterloop/web/portal");
    assert_string_equal(ll_json_str(a, "type"), LL_TYPE_RECEIVED);
    char want[LL_EVENT_ID_LEN + 1];
    ll_event_id_from_key("/luisterloop/web/portal", "key-1", want);
    assert_string_equal(ll_json_str(a, "id"), want);
    /* The same natural key from another client is another input. */
    r.client = "other";
    cJSON *c = ll_received_new(&r, &err);
    assert_non_null(c);
    assert_string_not_equal(ll_json_str(a, "id"), ll_json_str(c, "id"));
    /* A simulated channel is named after the adapter, the channel as its client. */
    r.adapter = "simulate";
    r.client = "phone";
    r.channel = "phone";
    cJSON *d = ll_received_new(&r, &err);
    assert_non_null(d);
    assert_string_equal(ll_json_str(d, "source"), "/luisterloop/simulate/phone");
    cJSON_Delete(a);
    cJSON_Delete(b);
    cJSON_Delete(c);
    cJSON_Delete(d);
}

static void defaults_follow_the_contract(void **state) {
    (void)state;
    ll_err err;
    ll_received r = minimal();
    r.id_key = NULL;
    r.client = NULL;
    r.channel = "email";
    cJSON *a = ll_received_new(&r, &err), *b = ll_received_new(&r, &err);
    assert_non_null(a);
    assert_non_null(b);
    /* No natural key: a random id, which is also the source_ref. */
    assert_string_not_equal(ll_json_str(a, "id"), ll_json_str(b, "id"));
    assert_string_equal(data_str(a, "source_ref"), ll_json_str(a, "id"));
    assert_string_equal(ll_json_str(a, "source"), "/luisterloop/email");
    assert_string_equal(data_str(a, "initiated"), "reactive");
    /* received_at is the intake time unless the adapter knows better. */
    assert_string_equal(data_str(a, "received_at"), ll_json_str(a, "time"));
    assert_string_equal(ll_json_str(a, "time"), "2025-11-29T10:00:00.000Z");
    const cJSON *d = ll_event_data(a);
    const char *absent[] = {"subject",  "location", "sent_at", "formal",     "postcode",
                            "case_ref", "citizen",  "contact", "attachments"};
    for (size_t i = 0; i < sizeof(absent) / sizeof(absent[0]); i++)
        if (cJSON_GetObjectItemCaseSensitive(d, absent[i]))
            fail_msg("%s present", absent[i]);
    /* Anonymous: the Kafka key is the event id. */
    assert_string_equal(ll_received_key(a), ll_json_str(a, "id"));
    cJSON_Delete(a);
    cJSON_Delete(b);
}

/* One line end for every channel, as e-mail's MIME reading always made it: a phone --import
 * note kept "\r\n" (user check of 12-02), and so did the form (a browser posts "\r\n"). */
static void line_ends_are_one_newline(void **state) {
    (void)state;
    ll_err err;
    ll_received r = minimal();
    r.text = "Meneer belt over\r\nde stank\rbij de haven\n\r\nGroet";
    cJSON *ev = ll_received_new(&r, &err);
    assert_non_null(ev);
    assert_string_equal(data_str(ev, "text"), "Meneer belt over\nde stank\nbij de haven\n\nGroet");
    cJSON_Delete(ev);
    char s[] = "\r\r\n\n";
    assert_int_equal(ll_text_lf(s), 3);
    assert_string_equal(s, "\n\n\n");
}

static void everything_an_adapter_gives_travels(void **state) {
    (void)state;
    ll_err err;
    /* The name a citizen typed travels as contact.name: a BSN in it too ("Els 166896305" in
     * the form's Naam reached feedback.raw in clear, user check of 12-01, session 11). */
    cJSON *cit = cJSON_Parse(
        "{\"bsn\":\"123456782\",\"email\":\"A@Example.NL\",\"name\":\"Els 166896305\"}");
    const char *names[] = {"foto.jpg", "brief BSN 111222333.pdf"};
    ll_received r = minimal();
    r.source_ref = "visit-9";
    r.subject = "Lantaarnpaal";
    r.location = "Stadswinkel, balie 3";
    r.received_at = "2025-11-29T09:00:00Z";
    r.sent_at = "2025-11-29T08:59:00Z";
    r.formal = 0;
    r.postcode = "1234 ab";
    r.case_ref = "Z-2025-1";
    r.citizen = cit;
    r.contact_requested = 1;
    r.attachments = 3;
    r.attachment_names = names;
    r.nattachment_names = 2;
    r.text = "Mijn BSN is 111222333, bel me.";
    cJSON *ev = ll_received_new(&r, &err);
    if (!ev)
        fail_msg("%s: %s", err.field, err.msg);
    assert_string_equal(data_str(ev, "source_ref"), "visit-9");
    assert_string_equal(data_str(ev, "postcode"), "1234AB");
    assert_string_equal(data_str(ev, "location"), "Stadswinkel, balie 3");
    assert_string_equal(data_str(ev, "received_at"), "2025-11-29T09:00:00Z");
    assert_string_equal(data_str(ev, "sent_at"), "2025-11-29T08:59:00Z");
    assert_true(cJSON_IsFalse(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "formal")));
    assert_non_null(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "contact"));
    const cJSON *att = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "attachments");
    assert_int_equal(cJSON_GetObjectItemCaseSensitive(att, "count")->valueint, 3);
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(att, "names")), 2);
    /* No BSN in clear anywhere, also not in free text or a file name. */
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "123456782"));
    assert_null(strstr(s, "111222333"));
    assert_null(strstr(s, "166896305"));
    cJSON_free(s);
    const cJSON *contact = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "contact");
    assert_string_equal(ll_json_str(contact, "name"), "Els [BSN]");
    /* A citizen who gave an identifier: the pseudonym is the Kafka key. */
    char ps[LL_PSEUDONYM_LEN + 1];
    ll_pseudonym("bsn", "123456782", ps);
    assert_string_equal(ll_received_key(ev), ps);
    cJSON_Delete(ev);
    cJSON_Delete(cit);
}

static void errors_in_the_adapters_words(void **state) {
    (void)state;
    static const char *const names[] = {"data.received_at",
                                        "visited_at",
                                        "caller",
                                        "callback_requested",
                                        "caller.",
                                        "",
                                        "data.",
                                        "",
                                        NULL};
    static const struct {
        const char *postcode, *received_at, *kind, *citizen;
        int contact;
        const char *field, *needle;
    } cases[] = {
        {"12345", NULL, "complaint", NULL, 0, "postcode", "Dutch postcode"},
        {NULL, "gisteren", "complaint", NULL, 0, "visited_at", ""},
        {NULL, NULL, "gripe", NULL, 0, "kind", ""},
        {NULL, NULL, "complaint", "{\"bsn\":\"123456789\"}", 0, "bsn", "11-proef"},
        {NULL, NULL, "complaint", NULL, 1, "callback_requested", ""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ll_err err;
        cJSON *cit = cases[i].citizen ? cJSON_Parse(cases[i].citizen) : NULL;
        ll_received r = minimal();
        r.postcode = cases[i].postcode;
        r.received_at = cases[i].received_at;
        r.kind = cases[i].kind;
        r.citizen = cit;
        r.contact_requested = cases[i].contact;
        r.citizen_path = "caller";
        r.input_names = names;
        cJSON *ev = ll_received_new(&r, &err);
        cJSON_Delete(cit);
        if (ev) {
            cJSON_Delete(ev);
            fail_msg("case %zu: accepted", i);
        }
        if (strcmp(err.field, cases[i].field) != 0 || !strstr(err.msg, cases[i].needle))
            fail_msg("case %zu: got '%s' '%s'", i, err.field, err.msg);
    }
    /* Without input_names, fields as the validator names them. */
    ll_err err;
    ll_received r = minimal();
    r.kind = "gripe";
    assert_null(ll_received_new(&r, &err));
    assert_string_equal(err.field, "data.kind");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_key_same_id_scoped_by_source),
        cmocka_unit_test(defaults_follow_the_contract),
        cmocka_unit_test(line_ends_are_one_newline),
        cmocka_unit_test(everything_an_adapter_gives_travels),
        cmocka_unit_test(errors_in_the_adapters_words),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
