/* test_dashboard_state.c - what the dashboard keeps and shows: no identifiers, bounded memory, alerts firing first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_int.h"
#include "event.h"
#include "text.h"

static cJSON *enriched(const char *id, const char *thread, const char *level, const char *text) {
    char now[32], json[4096];
    ll_time_format_ms(ll_now_ms(), now, sizeof(now));
    snprintf(
        json, sizeof(json),
        "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/t\",\"type\":"
        "\"nl.luisterloop.feedback.enriched\",\"time\":\"%s\",\"data\":{\"channel\":\"web\","
        "\"kind\":\"complaint\",\"text\":\"%s\",\"received_at\":\"%s\",\"postcode\":\"3011AB\","
        "\"case_ref\":\"Z-2026-001\",\"source_ref\":\"idem-1\",\"citizen\":{\"pseudonym\":\"ps-"
        "secret\"},"
        "\"contact\":{\"email\":\"jan@example.nl\"},\"theme\":\"afval\",\"themes\":[{\"id\":"
        "\"afval\","
        "\"score\":1,\"matched\":[\"container\"]}],\"area\":{\"postcode4\":\"3011\",\"wijk\":"
        "\"Centrum\","
        "\"buurt\":\"Oude "
        "Westen\"},\"thread\":{\"id\":\"%s\",\"contacts\":2,\"channels\":[\"web\"]},"
        "\"urgency\":{\"level\":\"%s\",\"reasons\":[\"r\"],\"advice\":\"Bel 113\"},"
        "\"sentiment\":{\"score\":-0.5,\"label\":\"negative\"},\"formal\":true,\"awb\":{\"formal\":"
        "true,"
        "\"received\":\"2026-01-01\",\"deadline\":\"2026-02-12\"}}}",
        id, now, text, now, thread, level);
    cJSON *ev = cJSON_Parse(json);
    assert_non_null(ev);
    return ev;
}

static void view_has_no_identifiers(void **state) {
    (void)state;
    cJSON *ev = enriched("e1", "thread-secret", "critical",
                         "bel mij op 0612345678 of jan@example.nl, geb. 12-03-1948, auto XR-12-KL");
    cJSON *v = dash_signal_view(ev);
    assert_non_null(v);
    char *s = cJSON_PrintUnformatted(v);
    const char *never[] = {"ps-secret", "jan@example.nl", "3011AB",     "3011",      "Z-2026-001",
                           "idem-1",    "thread-secret",  "0612345678", "pseudonym", "contact\"",
                           "1948",      "XR-12-KL",       NULL};
    for (int i = 0; never[i]; i++)
        if (strstr(s, never[i])) {
            fprintf(stderr, "view shows %s: %s\n", never[i], s);
            fail();
        }
    /* Masked once more on the way out: what slipped past the processor stays off the page. */
    assert_non_null(strstr(s, "geb. [GEBOORTEDATUM], auto [KENTEKEN]"));
    assert_non_null(strstr(s, "\"advice\":\"Bel 113\""));
    assert_non_null(strstr(s, "\"matched\":[\"container\"]"));
    assert_non_null(strstr(s, "\"wijk\":\"Centrum\""));
    cJSON_free(s);
    cJSON_Delete(v);
    cJSON_Delete(ev);
}

/* No house number in anything the dashboard serves (the stream's view, Signaal, an alert's
 * quotes, a queue case), as report and alert quotes have none: "groetjes van [NAAM] uit de
 * Putselaan 33 A" on the stream and "Adres: Putselaan 33 A" on Signaal (user check of
 * 12-02). The street stays: the page tells of a theme in a district. */
static void no_house_number_anywhere(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 10), 0);
    cJSON *ev =
        enriched("e-addr", "thread-addr", "high", "groetjes van [NAAM] uit de Putselaan 33 A");
    cJSON_AddStringToObject(ll_event_data(ev), "subject", "Adres: Putselaan 33 A");
    const char *view = NULL;
    assert_int_equal(dash_state_add_signal(&st, ev, &view), 0);
    assert_non_null(strstr(view, "\"text\":\"groetjes van [NAAM] uit de Putselaan [nr]\""));
    assert_non_null(strstr(view, "\"subject\":\"Adres: Putselaan [nr]\""));
    cJSON *sig = dash_state_signal_json(&st, "e-addr");
    char *s = cJSON_PrintUnformatted(sig);
    assert_null(strstr(s, "Putselaan 33"));
    assert_non_null(strstr(s, "Putselaan [nr]"));
    cJSON_free(s);
    cJSON_Delete(sig);
    cJSON_Delete(ev);

    cJSON *al = cJSON_Parse("{\"time\":\"2026-11-29T10:00:00Z\",\"data\":{\"alert_id\":\"q1\","
                            "\"status\":\"firing\",\"labels\":{\"theme\":\"afval\"},"
                            "\"started_at\":\"2026-11-29T09:00:00Z\",\"quotes\":["
                            "\"vol bij Putselaan 33 A\",\"en voor nummer 7\",1]}}");
    char *aview = NULL;
    assert_int_equal(dash_state_add_alert(&st, al, &aview), 0);
    assert_non_null(strstr(aview, "[\"vol bij Putselaan [nr]\",\"en voor nummer [nr]\",1]"));
    free(aview);
    cJSON *alerts = dash_state_alerts_json(&st, ll_now_ms());
    s = cJSON_PrintUnformatted(alerts);
    assert_null(strstr(s, "Putselaan 33"));
    assert_null(strstr(s, "nummer 7"));
    cJSON_free(s);
    cJSON_Delete(alerts);
    cJSON_Delete(al);

    cJSON *k = cJSON_Parse("{\"team\":\"kcc\",\"stream_id\":\"1-0\",\"summary\":\"high afval, "
                           "Putselaan 33\",\"text\":\"Adres: Putselaan 33 A, bel 0612345678\","
                           "\"klantcontact\":\"https://ok.example/klantcontacten/x\"}");
    assert_int_equal(dash_case_public(k), 0);
    s = cJSON_PrintUnformatted(k);
    assert_string_equal(s, "{\"team\":\"kcc\",\"stream_id\":\"1-0\",\"summary\":\"high afval, "
                           "Putselaan [nr]\",\"text\":\"Adres: Putselaan [nr], bel [TELEFOON]\"}");
    cJSON_free(s);
    cJSON_Delete(k);
    dash_state_free(&st);
}

/* A subject that is only a kind word ("complaint": a phone note's category) is not shown as
 * "Onderwerp: complaint"; the page names the kind in Dutch. A subject that says more stays. */
static void kind_word_is_no_subject(void **state) {
    (void)state;
    const struct {
        const char *subject;
        int shown;
    } cases[] = {{"complaint", 0},
                 {" Klacht ", 0},
                 {"QUESTION", 0},
                 {"Klacht afval", 1},
                 {"Container vol", 1}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        cJSON *ev = enriched("e1", "t", "normal", "de container is vol");
        cJSON_AddStringToObject(ll_event_data(ev), "subject", cases[i].subject);
        cJSON *v = dash_signal_view(ev);
        assert_non_null(v);
        const char *got = ll_json_str(v, "subject");
        if (cases[i].shown ? !got || strcmp(got, cases[i].subject) : got != NULL)
            fail_msg("subject '%s' shown as '%s'", cases[i].subject, got ? got : "(none)");
        cJSON_Delete(v);
        cJSON_Delete(ev);
    }
}

static void ring_is_bounded_and_threads_link(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 100), 0);
    for (int i = 0; i < 250; i++) {
        char id[32];
        snprintf(id, sizeof(id), "e%d", i);
        cJSON *ev =
            enriched(id, i % 2 ? "t-odd" : "t-even", i == 249 ? "critical" : "normal", "tekst");
        const char *view;
        assert_int_equal(dash_state_add_signal(&st, ev, &view), 0);
        assert_non_null(view);
        cJSON_Delete(ev);
    }
    assert_int_equal(st.count, 100);
    assert_null(dash_state_signal(&st, "e149")); /* fell out of the window */
    assert_non_null(dash_state_signal(&st, "e150"));
    cJSON *o = dash_state_signal_json(&st, "e249");
    assert_non_null(o);
    cJSON *others = cJSON_GetObjectItem(o, "thread_contacts");
    assert_int_equal(cJSON_GetArraySize(others), 49); /* the other odd ones kept */
    char *s = cJSON_PrintUnformatted(o);
    assert_null(strstr(s, "t-odd"));
    cJSON_free(s);
    cJSON_Delete(o);
    const dash_signal *urgent[10];
    assert_int_equal(dash_state_urgent(&st, urgent, 10), 1);
    assert_int_equal(st.total, 250);
    assert_int_equal(st.nformal, 250);
    dash_state_free(&st);
}

/* One critical signal followed by many high ones stays first and in the list. */
static void urgent_lists_critical_first(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 100), 0);
    const char *levels[] = {"high", "critical", "normal", "high", "critical"};
    for (int i = 0; i < 60; i++) {
        char id[32];
        snprintf(id, sizeof(id), "e%d", i);
        cJSON *ev = enriched(id, "t", i < 5 ? levels[i] : "high", "tekst");
        const char *view;
        assert_int_equal(dash_state_add_signal(&st, ev, &view), 0);
        cJSON_Delete(ev);
    }
    const dash_signal *urgent[10];
    assert_int_equal(dash_state_urgent(&st, urgent, 10), 10);
    assert_string_equal(urgent[0]->id, "e4");
    assert_string_equal(urgent[1]->id, "e1");
    assert_string_equal(urgent[2]->id, "e59");
    assert_string_equal(urgent[9]->id, "e52");
    const dash_signal *all[100];
    assert_int_equal(dash_state_urgent(&st, all, 100), 59);
    assert_string_equal(all[58]->id, "e0");
    dash_state_free(&st);
}

/* The list is read in the order the dashboard read the topic, which is not the order the
 * signals came in (partitions, batches): the user check of 12-01 saw 21:35, 21:34, 21:33,
 * 21:31, 21:32. Each level is newest first by received_at; equal times keep reading order. */
static void urgent_each_level_newest_first(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 100), 0);
    const long long t0 = 1764624600000LL; /* 2025-12-01T21:30:00Z */
    const struct {
        const char *id, *level;
        int min;
    } read[] = {{"c35", "critical", 5}, {"c31", "critical", 1}, {"h34", "high", 4},
                {"c32", "critical", 2}, {"h30", "high", 0},     {"c35b", "critical", 5},
                {"n36", "normal", 6},   {"h33", "high", 3},     {"c33", "critical", 3}};
    for (size_t i = 0; i < sizeof(read) / sizeof(read[0]); i++) {
        cJSON *ev = enriched(read[i].id, "t", read[i].level, "tekst");
        char at[32];
        ll_time_format_ms(t0 + read[i].min * 60000LL, at, sizeof(at));
        cJSON_ReplaceItemInObject(ll_event_data(ev), "received_at", cJSON_CreateString(at));
        const char *view;
        assert_int_equal(dash_state_add_signal(&st, ev, &view), 0);
        cJSON_Delete(ev);
    }
    const char *want[] = {"c35b", "c35", "c33", "c32", "c31", "h34", "h33", "h30"};
    const dash_signal *urgent[10];
    assert_int_equal(dash_state_urgent(&st, urgent, 10), 8);
    for (int i = 0; i < 8; i++)
        if (strcmp(urgent[i]->id, want[i]))
            fail_msg("place %d: %s, expected %s", i, urgent[i]->id, want[i]);
    /* At most max: the newest of the level, not the last read. */
    assert_int_equal(dash_state_urgent(&st, urgent, 3), 3);
    assert_string_equal(urgent[2]->id, "c33");
    dash_state_free(&st);
}

static void alerts_firing_first(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 100), 0);
    const char *evs[] = {
        "{\"time\":\"2026-11-29T10:00:00Z\",\"data\":{\"alert_id\":\"a1\",\"status\":\"firing\","
        "\"labels\":{\"theme\":\"afval\"},\"started_at\":\"2026-11-29T09:00:00Z\",\"expected\":3,"
        "\"window_min\":30}}",
        "{\"time\":\"2026-11-29T10:00:00Z\",\"data\":{\"alert_id\":\"a2\",\"status\":\"firing\","
        "\"labels\":{\"theme\":\"verkeer\"},\"started_at\":\"2026-11-29T09:30:00Z\"}}",
        "{\"time\":\"2026-11-29T11:00:00Z\",\"data\":{\"alert_id\":\"a1\",\"status\":\"resolved\","
        "\"labels\":{\"theme\":\"afval\"},\"started_at\":\"2026-11-29T09:00:00Z\"}}",
        "{\"time\":\"2026-11-29T11:00:00Z\",\"data\":{\"alert_id\":\"a3\",\"status\":\"firing\","
        "\"labels\":{\"theme\":\"wonen\"},\"started_at\":\"2026-11-29T08:00:00Z\"}}",
        "{\"data\":{\"status\":\"firing\"}}",
    };
    for (int i = 0; i < 5; i++) {
        cJSON *ev = cJSON_Parse(evs[i]);
        char *view = NULL;
        assert_int_equal(dash_state_add_alert(&st, ev, &view), i == 4 ? -1 : 0);
        free(view);
        cJSON_Delete(ev);
    }
    cJSON *a = dash_state_alerts_json(&st, ll_now_ms());
    assert_int_equal(cJSON_GetArraySize(a), 3);
    const char *order[] = {"a2", "a3", "a1"}; /* firing newest start first, then resolved */
    for (int i = 0; i < 3; i++)
        assert_string_equal(ll_json_str(cJSON_GetArrayItem(a, i), "alert_id"), order[i]);
    assert_non_null(cJSON_GetObjectItem(cJSON_GetArrayItem(a, 0), "chart"));
    assert_null(cJSON_GetObjectItem(cJSON_GetArrayItem(a, 2), "chart"));
    cJSON_Delete(a);
    dash_state_free(&st);
}

/* The chart's last minute is still open: its count so far is what came in, and the API says
 * which point it is and how much of it has passed (user check of 12-01: a spike seemed to
 * stop dead at 14:43 = 0, the minute that had just begun). */
/* The alerts of st at 10:00:45 after the alert event alert_json (its data and time); the
 * caller frees. */
static cJSON *alerts_after(dash_state *st, const char *alert_json, long long *now_ms) {
    cJSON *ev = cJSON_Parse(alert_json);
    char *view = NULL;
    assert_int_equal(dash_state_add_alert(st, ev, &view), 0);
    free(view);
    cJSON_Delete(ev);
    assert_int_equal(ll_time_parse_ms("2026-11-29T10:00:45Z", now_ms), 0);
    return dash_state_alerts_json(st, *now_ms);
}

static void alert_chart_names_the_open_minute(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 100), 0);
    const char *at[] = {"2026-11-29T09:58:10Z", "2026-11-29T09:58:50Z", "2026-11-29T09:59:59Z",
                        "2026-11-29T10:00:05Z", "2026-11-29T10:00:20Z"};
    for (int i = 0; i < 5; i++) {
        char id[8];
        snprintf(id, sizeof(id), "e%d", i);
        cJSON *ev = enriched(id, id, "normal", "de container is vol");
        cJSON_ReplaceItemInObject(ll_event_data(ev), "received_at", cJSON_CreateString(at[i]));
        const char *view;
        assert_int_equal(dash_state_add_signal(&st, ev, &view), 0);
        cJSON_Delete(ev);
    }
    long long now_ms = 0;
    cJSON *a = alerts_after(&st,
                            "{\"time\":\"2026-11-29T10:00:00Z\",\"data\":{\"alert_id\":\"a1\","
                            "\"status\":\"firing\",\"labels\":{\"theme\":\"afval\",\"wijk\":"
                            "\"Centrum\"},\"started_at\":\"2026-11-29T09:58:00Z\",\"expected\":3,"
                            "\"window_min\":30}}",
                            &now_ms);
    const cJSON *c = cJSON_GetObjectItem(cJSON_GetArrayItem(a, 0), "chart");
    const cJSON *t = cJSON_GetObjectItem(c, "t"), *obs = cJSON_GetObjectItem(c, "observed");
    int n = cJSON_GetArraySize(t);
    assert_int_equal(n, cJSON_GetArraySize(obs));
    assert_true(n >= 3);
    /* the open minute, 10:00, is the last point, with its two signals so far */
    assert_int_equal((long long)cJSON_GetArrayItem(t, n - 1)->valuedouble, now_ms / 60000 * 60);
    const cJSON *open_t = cJSON_GetObjectItem(c, "open_t");
    const cJSON *share = cJSON_GetObjectItem(c, "open_share");
    assert_true(cJSON_IsNumber(open_t) && cJSON_IsNumber(share));
    assert_int_equal((long long)open_t->valuedouble, now_ms / 60000 * 60);
    assert_int_equal(cJSON_GetArrayItem(obs, n - 1)->valueint, 2);
    assert_int_equal(cJSON_GetArrayItem(obs, n - 2)->valueint, 1);
    assert_int_equal(cJSON_GetArrayItem(obs, n - 3)->valueint, 2);
    assert_float_equal(share->valuedouble, 0.75, 1e-9);
    cJSON_Delete(a);
    dash_state_free(&st);
}

/* Trends' hour chart drew its open minute as a drop and the hour before the first signal as
 * zeros (REPORT-user3 item 12): the open minute and hour are named, and since_t is the first
 * signal's minute. */
static void trends_name_the_open_minute_and_the_first_data(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 100), 0);
    long long now_ms = 0;
    assert_int_equal(ll_time_parse_ms("2026-11-29T10:00:15Z", &now_ms), 0);
    cJSON *tr = dash_state_trends_json(&st, now_ms);
    assert_null(cJSON_GetObjectItem(tr, "since_t")); /* nothing counted: no history to draw */
    cJSON_Delete(tr);
    const char *at[] = {"2026-11-29T09:47:30Z", "2026-11-29T09:46:10Z", "2026-11-29T10:00:05Z"};
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof(id), "e%d", i);
        cJSON *ev = enriched(id, id, "normal", "de container is vol");
        cJSON_ReplaceItemInObject(ll_event_data(ev), "received_at", cJSON_CreateString(at[i]));
        const char *view;
        assert_int_equal(dash_state_add_signal(&st, ev, &view), 0);
        cJSON_Delete(ev);
    }
    tr = dash_state_trends_json(&st, now_ms);
    long long since = 0, open_min = now_ms / 60000 * 60;
    assert_int_equal(ll_time_parse_ms("2026-11-29T09:46:00Z", &since), 0);
    assert_int_equal((long long)cJSON_GetObjectItem(tr, "since_t")->valuedouble, since / 1000);
    assert_int_equal((long long)cJSON_GetObjectItem(tr, "hour_open_t")->valuedouble, open_min);
    assert_float_equal(cJSON_GetObjectItem(tr, "hour_open_share")->valuedouble, 0.25, 1e-9);
    assert_int_equal((long long)cJSON_GetObjectItem(tr, "week_open_t")->valuedouble,
                     now_ms / 3600000 * 3600);
    assert_float_equal(cJSON_GetObjectItem(tr, "week_open_share")->valuedouble, 15.0 / 3600.0,
                       1e-9);
    /* the first point is partial too: 50 s of 09:46 and 830 s of 09:00 came after the first
     * signal (09:46:10), which a fresh stack drew as a full minute (user check of 12-01) */
    const cJSON *first = cJSON_GetObjectItem(tr, "hour_first_share");
    assert_non_null(first);
    assert_float_equal(first->valuedouble, 50.0 / 60.0, 1e-9);
    assert_float_equal(cJSON_GetObjectItem(tr, "week_first_share")->valuedouble, 830.0 / 3600.0,
                       1e-9);
    /* the open minute is the hour series' last point, with its signal so far */
    const cJSON *hour = NULL, *series;
    cJSON_ArrayForEach(series, cJSON_GetObjectItem(tr, "channel")) hour =
        cJSON_GetObjectItem(series, "hour");
    int n = cJSON_GetArraySize(hour);
    assert_int_equal(n, 60);
    assert_int_equal((long long)cJSON_GetObjectItem(tr, "hour_start")->valuedouble + (n - 1) * 60,
                     open_min);
    assert_int_equal(cJSON_GetArrayItem(hour, n - 1)->valueint, 1);
    cJSON_Delete(tr);
    dash_state_free(&st);
}

/* An alert of a young detector: its expected covers span_min minutes of the window, so the
 * chart's expected rate is per minute counted (REPORT-user3 item 13: 22.5 in 13 minutes was
 * drawn as 0.125 a minute). */
static void alert_chart_expects_per_minute_counted(void **state) {
    (void)state;
    dash_state st;
    assert_int_equal(dash_state_init(&st, 10), 0);
    long long now_ms = 0;
    cJSON *a = alerts_after(&st,
                            "{\"time\":\"2026-11-29T10:00:00Z\",\"data\":{\"alert_id\":\"a2\","
                            "\"status\":\"firing\",\"labels\":{\"theme\":\"afval\"},"
                            "\"started_at\":\"2026-11-29T09:58:00Z\",\"expected\":6.5,"
                            "\"window_min\":180,\"span_min\":13,\"prior_share\":0.5}}",
                            &now_ms);
    const cJSON *c = cJSON_GetObjectItem(cJSON_GetArrayItem(a, 0), "chart");
    assert_float_equal(cJSON_GetObjectItem(c, "expected")->valuedouble, 0.5, 1e-9);
    cJSON_Delete(a);
    dash_state_free(&st);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(view_has_no_identifiers),
        cmocka_unit_test(no_house_number_anywhere),
        cmocka_unit_test(kind_word_is_no_subject),
        cmocka_unit_test(ring_is_bounded_and_threads_link),
        cmocka_unit_test(urgent_lists_critical_first),
        cmocka_unit_test(urgent_each_level_newest_first),
        cmocka_unit_test(alerts_firing_first),
        cmocka_unit_test(alert_chart_names_the_open_minute),
        cmocka_unit_test(trends_name_the_open_minute_and_the_first_data),
        cmocka_unit_test(alert_chart_expects_per_minute_counted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
