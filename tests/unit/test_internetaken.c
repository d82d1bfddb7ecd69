/* test_internetaken.c - the internetaken sink's parts without the network: the stable
 * referentienummer of an escalation, and the internetaak within the standard's bounds
 * (gevraagdeHandeling 200, toelichting 1000 characters) with the advice first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "event.h"
#include "internetaken.h"
#include "reason_nl.h"
#include "text.h"

static void referentienummer_is_stable_and_fits(void **state) {
    (void)state;
    char a[LL_IT_REF_LEN + 1], b[LL_IT_REF_LEN + 1], c[LL_IT_REF_LEN + 1];
    ll_internetaken_ref("ev-1", a);
    ll_internetaken_ref("ev-1", b);
    ll_internetaken_ref("ev-2", c);
    assert_string_equal(a, b);
    assert_string_not_equal(a, c);
    assert_int_equal(strlen(a), 10);
    assert_int_equal(a[0], 'L');
    for (int i = 1; i < 10; i++)
        assert_non_null(strchr("0123456789ABCDEFGHJKMNPQRSTVWXYZ", a[i]));
}

static size_t chars(const char *s) {
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* The task for d with the klantcontact and actor every case here uses; failing the test
 * with the reason when there is none. */
static cJSON *task_of(const cJSON *d, const ll_reason_nl *rn, const char *ref) {
    ll_err e;
    cJSON *t = ll_internetaken_task(d, rn, ref, "2fdde488-abee-49aa-afca-b10fb68fe8e4",
                                    "2d05a2b8-3be5-4a38-bd50-6abea5b73f4b", &e);
    if (!t)
        fail_msg("%s: %s", e.field, e.msg);
    return t;
}

static void task_fields_and_bounds(void **state) {
    (void)state;
    char text[6000], advice[600];
    size_t n = 0;
    while (n + 8 < sizeof(text)) { /* two-byte characters, so a byte cut can split one */
        memcpy(text + n, "h\xC3\xA9\xC3\xA9l ", 7);
        n += 7;
    }
    text[n] = '\0';
    memset(advice, 'a', sizeof(advice) - 1);
    advice[sizeof(advice) - 1] = '\0';
    memcpy(advice, "Bel 113 ", 8);
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "escalation_id", "ev-77");
    cJSON_AddStringToObject(d, "level", "critical");
    cJSON_AddStringToObject(d, "theme", "zorg");
    cJSON_AddStringToObject(d, "summary", "critical zorg");
    cJSON_AddStringToObject(d, "advice", advice);
    cJSON *rs = cJSON_AddArrayToObject(d, "reasons");
    cJSON_AddItemToArray(rs, cJSON_CreateString("suicidal statement: 'wil niet meer'"));
    cJSON_AddStringToObject(d, "text", text);
    cJSON *t = task_of(d, NULL, "LABCDEFGHJ");
    assert_non_null(t);
    const char *h = ll_json_str(t, "gevraagdeHandeling"), *toel = ll_json_str(t, "toelichting");
    assert_true(chars(h) <= 200 && strlen(h) <= 200);
    assert_int_equal(strncmp(h, "Bel 113 ", 8), 0);
    assert_true(ll_utf8_valid(text, strlen(text), NULL));
    assert_true(strlen(toel) <= 1000);
    assert_true(ll_utf8_valid(toel, strlen(toel), NULL));
    assert_true(ll_utf8_valid(h, strlen(h), NULL));
    assert_non_null(strstr(toel, "urgentie kritiek"));
    assert_non_null(strstr(toel, "suicidal statement")); /* no table: as it is */
    size_t tl = strlen(toel);
    assert_string_equal(toel + tl - 8, " [ev-77]"); /* never cut */
    assert_string_equal(ll_json_str(t, "status"), "te_verwerken");
    assert_string_equal(ll_json_str(t, "referentienummer"), "LABCDEFGHJ");
    const cJSON *kc = cJSON_GetObjectItemCaseSensitive(t, "aanleidinggevendKlantcontact");
    assert_string_equal(ll_json_str(kc, "uuid"), "2fdde488-abee-49aa-afca-b10fb68fe8e4");
    const cJSON *as = cJSON_GetObjectItemCaseSensitive(t, "toegewezenAanActoren");
    assert_int_equal(cJSON_GetArraySize(as), 1);
    assert_string_equal(ll_json_str(cJSON_GetArrayItem(as, 0), "uuid"),
                        "2d05a2b8-3be5-4a38-bd50-6abea5b73f4b");
    cJSON_Delete(t);
    cJSON_Delete(d);
}

/* In Dutch (user check 5: gevraagdeHandeling "critical zorg", the reasons in English in a
 * Dutch toelichting): without advice, what the level asks about what and where; the reasons
 * by the table the dashboard uses, the citizen's quoted words kept; an alert's figures. */
static void task_in_dutch(void **state) {
    (void)state;
    char err[256];
    ll_reason_nl *rn = ll_reason_nl_load(LL_SOURCE_DIR "/config/reasons-nl.tsv", err, sizeof(err));
    if (!rn)
        fail_msg("%s", err);
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "escalation_id", "ev-78");
    cJSON_AddStringToObject(d, "level", "critical");
    cJSON_AddStringToObject(d, "theme", "zorg");
    cJSON_AddStringToObject(d, "wijk", "Delfshaven");
    cJSON_AddStringToObject(d, "summary", "critical zorg, Delfshaven");
    cJSON *rs = cJSON_AddArrayToObject(d, "reasons");
    cJSON_AddItemToArray(rs, cJSON_CreateString("violence or a threat of harm now: 'threat'"));
    cJSON_AddItemToArray(rs, cJSON_CreateString("acute danger: 'gaslucht'"));
    cJSON *t = task_of(d, rn, "LABCDEFGHJ");
    assert_non_null(t);
    assert_string_equal(ll_json_str(t, "gevraagdeHandeling"),
                        "Vandaag opvolgen: kritiek signaal over zorg in Delfshaven");
    assert_string_equal(ll_json_str(t, "toelichting"),
                        "Escalatie uit luisterloop, urgentie kritiek, thema zorg, wijk Delfshaven. "
                        "Redenen: geweld of dreiging met letsel, nu: 'threat'; acuut gevaar: "
                        "'gaslucht'. [ev-78]");
    cJSON_Delete(t);
    cJSON_Delete(d);

    d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "escalation_id", "al-1");
    cJSON_AddStringToObject(d, "level", "alert");
    cJSON_AddStringToObject(d, "theme", "overlast");
    cJSON_AddStringToObject(d, "summary", "spike: overlast in the whole city: 9 observed");
    cJSON_AddNumberToObject(d, "observed", 9);
    cJSON_AddNumberToObject(d, "expected", 1.2);
    cJSON_AddNumberToObject(d, "window_min", 30);
    cJSON_AddNumberToObject(d, "span_min", 12);
    t = task_of(d, rn, "LABCDEFGHK");
    assert_non_null(t);
    assert_string_equal(ll_json_str(t, "gevraagdeHandeling"),
                        "Piek in meldingen beoordelen: meer meldingen dan verwacht over overlast "
                        "in de hele gemeente");
    assert_string_equal(ll_json_str(t, "toelichting"),
                        "Escalatie uit luisterloop, urgentie piek, thema overlast. Waargenomen 9 "
                        "tegen verwacht 1,2 in de 12 minuten die de detector van dit venster van "
                        "30 minuten telde. [al-1]");
    cJSON_Delete(t);
    cJSON_Delete(d);

    /* The figures as the dashboard's Intl nl-NL says them: grouped, a tie away from zero. */
    d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "escalation_id", "al-2");
    cJSON_AddStringToObject(d, "level", "alert");
    cJSON_AddStringToObject(d, "theme", "zorg");
    cJSON_AddNumberToObject(d, "observed", 20044);
    cJSON_AddNumberToObject(d, "expected", 1.25);
    cJSON_AddNumberToObject(d, "window_min", 60);
    t = task_of(d, rn, "LABCDEFGHM");
    assert_non_null(t);
    assert_non_null(strstr(ll_json_str(t, "toelichting"),
                           "Waargenomen 20.044 tegen verwacht 1,3 in 60 minuten."));
    cJSON_Delete(t);
    cJSON_SetNumberValue(cJSON_GetObjectItemCaseSensitive(d, "observed"), 1234);
    cJSON_SetNumberValue(cJSON_GetObjectItemCaseSensitive(d, "expected"), 1.15);
    t = task_of(d, rn, "LABCDEFGHN");
    assert_non_null(t);
    /* 1.15 is 1.1499... as a double; Intl rounds its shortest decimal "1.15": up */
    assert_non_null(strstr(ll_json_str(t, "toelichting"),
                           "Waargenomen 1.234 tegen verwacht 1,2 in 60 minuten."));
    cJSON_Delete(t);
    cJSON_Delete(d);
    ll_reason_nl_free(rn);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(referentienummer_is_stable_and_fits),
        cmocka_unit_test(task_fields_and_bounds),
        cmocka_unit_test(task_in_dutch),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
