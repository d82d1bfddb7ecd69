/* test_klantinteracties.c - the Klantinteracties adapter's parts without the network: a
 * klantcontact as Open Klant answers it into a received event (the BSN of the initiating
 * betrokkene only as the pseudonym), the kanaal as a channel, what is not taken, and the
 * Notificaties callback's checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "event.h"
#include "ident.h"
#include "klantinteracties.h"

#define API "https://openklant.example.nl/klantinteracties/api/v1"
#define KC_URL API "/klantcontacten/8f1d9b1e-54c4-4a55-9a53-0d3c3b6b1c11"

static ll_klantinteracties_cfg kcfg;

static int setup(void **state) {
    (void)state;
    memset(&kcfg, 0, sizeof(kcfg));
    snprintf(kcfg.api_url, sizeof(kcfg.api_url), "%s", API);
    snprintf(kcfg.own_kanaal, sizeof(kcfg.own_kanaal), "luisterloop");
    kcfg.nchannels = 1;
    snprintf(kcfg.channels[0].kanaal, sizeof(kcfg.channels[0].kanaal), "KCC-telefoon");
    snprintf(kcfg.channels[0].channel, sizeof(kcfg.channels[0].channel), "phone");
    return ll_ident_init("unit-test-secret-0123456789");
}

/* A klantcontact with an initiating betrokkene whose partij has a BSN and who gave an
 * e-mail address; the second betrokkene (a vertegenwoordiger) is not the citizen. */
static const char *kc_json(const char *kanaal, const char *inhoud, int vertrouwelijk) {
    static char buf[4096];
    snprintf(buf, sizeof(buf),
             "{\"uuid\":\"8f1d9b1e-54c4-4a55-9a53-0d3c3b6b1c11\",\"url\":\"" KC_URL "\","
             "\"kanaal\":\"%s\",\"onderwerp\":\"Afval\",\"inhoud\":\"%s\",\"taal\":\"nld\","
             "\"vertrouwelijk\":%s,\"plaatsgevondenOp\":\"2026-11-29T10:15:00Z\","
             "\"_expand\":{\"hadBetrokkenen\":["
             "{\"rol\":\"vertegenwoordiger\",\"initiator\":false,\"_expand\":{\"digitaleAdressen\":"
             "[{\"soortDigitaalAdres\":\"email\",\"adres\":\"advocaat@example.nl\"}]}},"
             "{\"rol\":\"klant\",\"initiator\":true,\"_expand\":{\"wasPartij\":{"
             "\"partijIdentificatoren\":[{\"partijIdentificator\":{\"codeObjecttype\":"
             "\"natuurlijk_persoon\",\"codeSoortObjectId\":\"bsn\",\"objectId\":\"111222333\","
             "\"codeRegister\":\"brp\"}}]},\"digitaleAdressen\":[{\"soortDigitaalAdres\":"
             "\"telefoonnummer\",\"adres\":\"0612345678\"}]}}]}}",
             kanaal, inhoud, vertrouwelijk ? "true" : "false");
    return buf;
}

static void klantcontact_becomes_a_received_event(void **state) {
    (void)state;
    cJSON *kc = cJSON_Parse(kc_json("KCC-Telefoon", "De container is al een week niet geleegd", 0));
    cJSON *ev = NULL, *ev2 = NULL;
    ll_err err;
    assert_int_equal(ll_ki_klantcontact_to_event(kc, &kcfg, "/luisterloop", 0, &ev, &err),
                     LL_KI_EVENT);
    assert_int_equal(ll_event_validate_received(ev, &err), 0);
    const cJSON *d = ll_event_data(ev);
    assert_string_equal(ll_json_str(d, "channel"), "phone");
    assert_string_equal(ll_json_str(d, "text"), "De container is al een week niet geleegd");
    assert_string_equal(ll_json_str(d, "subject"), "Afval");
    assert_string_equal(ll_json_str(d, "received_at"), "2026-11-29T10:15:00Z");
    assert_string_equal(ll_json_str(d, "source_ref"), KC_URL);
    assert_string_equal(ll_json_str(ev, "source"), "/luisterloop/klantinteracties");
    /* The pseudonym is the BSN's (the initiator's partij), not the representative's mail. */
    char want[LL_PSEUDONYM_LEN + 1];
    ll_pseudonym("bsn", "111222333", want);
    const cJSON *cit = cJSON_GetObjectItemCaseSensitive(d, "citizen");
    assert_string_equal(ll_json_str(cit, "pseudonym"), want);
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "111222333"));
    assert_null(strstr(s, "0612345678"));
    assert_null(strstr(s, "advocaat"));
    cJSON_free(s);
    /* The same klantcontact later (a repeated notification, the catch-up): the same id. */
    assert_int_equal(ll_ki_klantcontact_to_event(kc, &kcfg, "/luisterloop", 99999, &ev2, &err),
                     LL_KI_EVENT);
    assert_string_equal(ll_json_str(ev, "id"), ll_json_str(ev2, "id"));
    cJSON_Delete(ev);
    cJSON_Delete(ev2);
    cJSON_Delete(kc);
}

static void kanaal_as_channel(void **state) {
    (void)state;
    /* Only configured and built-in kanalen name a channel: KISS lets the contact centre
     * type the kanaal, and "WhatsApp Jan Jansen 0612345678" was slugged into one (user
     * check of 12-02). */
    const char *cases[][2] = {{"Telefoon", "phone"},
                              {"E-mail", "email"},
                              {"balie", "balie"},
                              {"kcc-TELEFOON", "phone"},
                              {"Chat (WhatsApp)", "klantinteracties"},
                              {"WhatsApp Jan Jansen 0612345678", "klantinteracties"},
                              {"***", "klantinteracties"}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *kc = cJSON_Parse(kc_json(cases[i][0], "Vraag over de pas", 0)), *ev = NULL;
        ll_err err;
        assert_int_equal(ll_ki_klantcontact_to_event(kc, &kcfg, "/ll", 0, &ev, &err), LL_KI_EVENT);
        assert_string_equal(ll_json_str(ll_event_data(ev), "channel"), cases[i][1]);
        char *s = cJSON_PrintUnformatted(ev);
        assert_null(strstr(s, "Jansen"));
        assert_null(strstr(s, "WhatsApp"));
        cJSON_free(s);
        cJSON_Delete(ev);
        cJSON_Delete(kc);
    }
}

static void not_taken_and_unusable(void **state) {
    (void)state;
    ll_err err;
    cJSON *ev = NULL;
    cJSON *own = cJSON_Parse(kc_json("Luisterloop", "escalatie", 0));
    assert_int_equal(ll_ki_klantcontact_to_event(own, &kcfg, "/ll", 0, &ev, &err), LL_KI_SKIP);
    assert_null(ev);
    cJSON *conf = cJSON_Parse(kc_json("telefoon", "geheim", 1));
    assert_int_equal(ll_ki_klantcontact_to_event(conf, &kcfg, "/ll", 0, &ev, &err), LL_KI_SKIP);
    assert_string_equal(err.field, "klantcontact.vertrouwelijk");
    kcfg.take_confidential = 1;
    assert_int_equal(ll_ki_klantcontact_to_event(conf, &kcfg, "/ll", 0, &ev, &err), LL_KI_EVENT);
    cJSON_Delete(ev);
    kcfg.take_confidential = 0;
    cJSON *empty = cJSON_Parse("{\"url\":\"" KC_URL "\",\"kanaal\":\"telefoon\","
                               "\"onderwerp\":\"\",\"inhoud\":\"\"}");
    assert_int_equal(ll_ki_klantcontact_to_event(empty, &kcfg, "/ll", 0, &ev, &err), LL_KI_INVALID);
    assert_string_equal(err.field, "klantcontact.inhoud");
    cJSON *elsewhere = cJSON_Parse("{\"url\":\"https://evil.example/klantcontacten/1\","
                                   "\"kanaal\":\"telefoon\",\"onderwerp\":\"x\",\"inhoud\":\"y\"}");
    assert_int_equal(ll_ki_klantcontact_to_event(elsewhere, &kcfg, "/ll", 0, &ev, &err),
                     LL_KI_INVALID);
    assert_string_equal(err.field, "klantcontact.url");
    cJSON *badtime =
        cJSON_Parse("{\"url\":\"" KC_URL "\",\"kanaal\":\"telefoon\","
                    "\"onderwerp\":\"x\",\"inhoud\":\"y\",\"plaatsgevondenOp\":\"gisteren\"}");
    assert_int_equal(ll_ki_klantcontact_to_event(badtime, &kcfg, "/ll", 0, &ev, &err),
                     LL_KI_INVALID);
    assert_string_equal(err.field, "klantcontact.plaatsgevondenOp");
    cJSON_Delete(own);
    cJSON_Delete(conf);
    cJSON_Delete(empty);
    cJSON_Delete(elsewhere);
    cJSON_Delete(badtime);
}

static void notification_checks(void **state) {
    (void)state;
    const char *url;
    ll_err err;
    const char *ok = "{\"kanaal\":\"klantcontacten\",\"hoofdObject\":\"" KC_URL "\","
                     "\"resource\":\"klantcontact\",\"resourceUrl\":\"" KC_URL "\","
                     "\"actie\":\"create\",\"aanmaakdatum\":\"2026-11-29T10:15:01Z\","
                     "\"kenmerken\":{\"indicatieContactGelukt\":\"True\"}}";
    cJSON *n = cJSON_Parse(ok);
    assert_int_equal(ll_ki_notification_check(n, &url, &err), 1);
    assert_string_equal(url, KC_URL);
    cJSON_ReplaceItemInObject(n, "actie", cJSON_CreateString("update"));
    assert_int_equal(ll_ki_notification_check(n, &url, &err), 0);
    assert_string_equal(err.field, "actie");
    cJSON_ReplaceItemInObject(n, "actie", cJSON_CreateString("create"));
    cJSON_ReplaceItemInObject(n, "kanaal", cJSON_CreateString("zaken"));
    assert_int_equal(ll_ki_notification_check(n, &url, &err), 0);
    cJSON_ReplaceItemInObject(n, "kanaal", cJSON_CreateString("klantcontacten"));
    cJSON_ReplaceItemInObject(n, "aanmaakdatum", cJSON_CreateString("29-11-2026"));
    assert_int_equal(ll_ki_notification_check(n, &url, &err), -1);
    assert_string_equal(err.field, "aanmaakdatum");
    cJSON_ReplaceItemInObject(n, "aanmaakdatum", cJSON_CreateString("2026-11-29T10:15:01Z"));
    cJSON_AddStringToObject(n, "extra", "x");
    assert_int_equal(ll_ki_notification_check(n, &url, &err), -1);
    assert_non_null(strstr(err.field, "extra"));
    cJSON_DeleteItemFromObject(n, "extra");
    cJSON_ReplaceItemInObject(n, "resourceUrl", cJSON_CreateString("file:///etc/passwd"));
    assert_int_equal(ll_ki_notification_check(n, &url, &err), -1);
    assert_string_equal(err.field, "resourceUrl");
    cJSON_DeleteItemFromObject(n, "resourceUrl");
    assert_int_equal(ll_ki_notification_check(n, &url, &err), -1);
    assert_string_equal(err.field, "resourceUrl");
    cJSON_Delete(n);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(klantcontact_becomes_a_received_event),
        cmocka_unit_test(kanaal_as_channel),
        cmocka_unit_test(not_taken_and_unusable),
        cmocka_unit_test(notification_checks),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
