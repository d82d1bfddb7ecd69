/* test_route.c - escalation routing: first match wins, fields, the default team, bad rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "config_errors.h"
#include "route.h"
#include "roles.h"
#include "sinks/escalations.h"

static const ll_routes *routes_of(const ll_config *cfg) {
    return &((const ll_escalate_cfg *)ll_config_settings(cfg, &ll_escalate_config))->routes;
}

static void add_ok(ll_routes *rs, const char *spec) {
    char msg[256];
    if (ll_routes_add(rs, spec, rs->n + 1, msg, sizeof(msg)) != 0)
        fail_msg("'%s' refused: %s", spec, msg);
}

static const char *route(const ll_routes *rs, const char *theme, const char *level,
                         const char *wijk, const char *kind, const char *channel) {
    ll_route_input in = {{theme, level, wijk, kind, channel}};
    return ll_routes_match(rs, &in);
}

static void first_match_wins_then_default(void **state) {
    (void)state;
    ll_routes rs;
    memset(&rs, 0, sizeof(rs));
    snprintf(rs.default_team, sizeof(rs.default_team), "klantcontact");
    add_ok(&rs, "level=critical; theme=zorg,wonen -> crisis");
    add_ok(&rs, "theme=afval,openbare-ruimte; wijk=Noord, Hoek van Holland -> wijkteam-noord");
    add_ok(&rs, "theme=belastingen -> belastingen");
    add_ok(&rs, "level=critical -> crisis-algemeen");
    /* The first rule that holds, not the most specific one. */
    assert_string_equal(route(&rs, "zorg", "critical", "Noord", "complaint", "web"), "crisis");
    assert_string_equal(route(&rs, "afval", "critical", "Noord", "report", "phone"),
                        "wijkteam-noord");
    /* A value with spaces, listed after a comma. */
    assert_string_equal(route(&rs, "afval", "high", "Hoek van Holland", "report", "web"),
                        "wijkteam-noord");
    /* A wijk the rule does not list, and no wijk known at all. */
    assert_string_equal(route(&rs, "afval", "high", "Charlois", "report", "web"), "klantcontact");
    assert_string_equal(route(&rs, "afval", "critical", NULL, "report", "web"), "crisis-algemeen");
    assert_string_equal(route(&rs, "belastingen", "alert", "Noord", NULL, NULL), "belastingen");
    assert_string_equal(route(&rs, "parkeren", "high", "Noord", "complaint", "web"),
                        "klantcontact");
    /* Values match exactly: no prefixes, no case folding. */
    assert_string_equal(route(&rs, "afval", "high", "noord", "report", "web"), "klantcontact");
    assert_string_equal(route(&rs, "afva", "high", "Noord", "report", "web"), "klantcontact");
    ll_routes_free(&rs);
}

static void kind_channel_and_alerts(void **state) {
    (void)state;
    ll_routes rs;
    memset(&rs, 0, sizeof(rs));
    snprintf(rs.default_team, sizeof(rs.default_team), "klantcontact");
    add_ok(&rs, "kind=objection -> bezwaar");
    add_ok(&rs, "channel=balie; level=high -> stadswinkel");
    add_ok(&rs, "level=alert; theme=overlast -> handhaving");
    add_ok(&rs, "* -> rest");
    assert_string_equal(route(&rs, "wonen", "high", NULL, "objection", "web"), "bezwaar");
    assert_string_equal(route(&rs, "wonen", "high", NULL, "complaint", "balie"), "stadswinkel");
    assert_string_equal(route(&rs, "wonen", "critical", NULL, "complaint", "balie"), "rest");
    /* An alert has no kind: a kind rule never takes it. */
    assert_string_equal(route(&rs, "overlast", "alert", "Noord", NULL, NULL), "handhaving");
    assert_string_equal(route(&rs, "overlast", "critical", "Noord", "report", "web"), "rest");
    const char *teams[8];
    int n = ll_routes_teams(&rs, teams, 8);
    assert_int_equal(n, 5);
    assert_string_equal(teams[0], "bezwaar");
    assert_string_equal(teams[4], "klantcontact");
    ll_routes_free(&rs);
}

static void teams_are_safe_in_key_names(void **state) {
    (void)state;
    assert_true(ll_team_valid("wijkteam-noord"));
    assert_true(ll_team_valid("Team_2"));
    static const char *bad[] = {"",   "a b",  "x}", "{x",  "a:b", "a*",
                                "a?", "a\nb", "ÿ",  "a.b", "a/b"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        if (ll_team_valid(bad[i]))
            fail_msg("team '%s' accepted", bad[i]);
    char longname[LL_MAX_TEAM_BYTES + 2];
    memset(longname, 'a', sizeof(longname) - 1);
    longname[sizeof(longname) - 1] = '\0';
    assert_false(ll_team_valid(longname));
    longname[LL_MAX_TEAM_BYTES] = '\0';
    assert_true(ll_team_valid(longname));
}

/* Each bad rule is refused with a message that says what is wrong. */
static void bad_rules(void **state) {
    (void)state;
    static const struct {
        const char *spec, *needle;
    } cases[] = {
        {"level=critical crisis", "MATCHERS -> TEAM"},
        {"level=critical -> ", "team ``"},
        {"level=critical -> cri sis", "team `cri sis`"},
        {"level=critical -> ll:esc:{x}", "[A-Za-z0-9_-]"},
        {"level=critical -> a -> b", "more than one"},
        {" -> crisis", "no matchers"},
        {"urgency=critical -> crisis", "unknown field `urgency`"},
        {"level -> crisis", "not FIELD=VALUE"},
        {"level=low -> crisis", "only critical, high and alert"},
        {"level=normal -> crisis", "level=normal"},
        {"level=critical; level=high -> crisis", "given twice"},
        {"theme=Afval -> x", "lower-case"},
        {"theme=afval,,zorg -> x", "empty value"},
        {"theme= -> x", "empty value"},
        {"kind=klacht -> x", "kind=klacht"},
        {"channel=Web -> x", "channel=Web"},
        {"theme=afval;; wijk=Noord -> x", "stray"},
        {"theme=afval; -> x", "stray"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ll_routes rs;
        memset(&rs, 0, sizeof(rs));
        char msg[256] = "";
        if (ll_routes_add(&rs, cases[i].spec, 1, msg, sizeof(msg)) == 0)
            fail_msg("'%s' accepted", cases[i].spec);
        if (!strstr(msg, cases[i].needle))
            fail_msg("'%s': got '%s', want '%s'", cases[i].spec, msg, cases[i].needle);
        assert_int_equal(rs.n, 0);
        ll_routes_free(&rs);
    }
}

static void catch_all_must_be_last_and_bounds(void **state) {
    (void)state;
    ll_routes rs;
    memset(&rs, 0, sizeof(rs));
    char msg[256];
    add_ok(&rs, "* -> iedereen");
    assert_int_equal(ll_routes_add(&rs, "level=critical -> crisis", 7, msg, sizeof(msg)), -1);
    assert_non_null(strstr(msg, "never reached: the rule on line 1"));
    ll_routes_free(&rs);

    memset(&rs, 0, sizeof(rs));
    char spec[64];
    for (int i = 0; i < LL_MAX_ROUTES; i++) {
        snprintf(spec, sizeof(spec), "theme=t%d -> team%d", i, i);
        add_ok(&rs, spec);
    }
    assert_int_equal(ll_routes_add(&rs, "theme=x -> y", 999, msg, sizeof(msg)), -1);
    assert_non_null(strstr(msg, "more than"));
    ll_routes_free(&rs);

    memset(&rs, 0, sizeof(rs));
    char many[LL_MAX_ROUTE_VALUES * 4 + 32] = "theme=";
    for (int i = 0; i <= LL_MAX_ROUTE_VALUES; i++) {
        snprintf(spec, sizeof(spec), "%s%d", i ? ",t" : "t", i);
        strcat(many, spec);
    }
    strcat(many, " -> x");
    assert_int_equal(ll_routes_add(&rs, many, 1, msg, sizeof(msg)), -1);
    assert_non_null(strstr(msg, "values"));
    ll_routes_free(&rs);
}

/* Through the config: repeated `route` lines keep their order, and a bad
 * one is reported as FILE:LINE. */
static void rules_in_the_config(void **state) {
    (void)state;
    char path[64];
    snprintf(path, sizeof(path), "/tmp/ll-test-route-%d.conf", (int)getpid());
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("[escalate]\nroute = level=critical -> crisis\n# a comment\n"
          "route = theme=afval; wijk=Noord -> wijkteam-noord\ndefault_team = kcc\n",
          f);
    fclose(f);
    ll_config cfg;
    char err[512];
    assert_int_equal(ll_roles_config_load(&cfg, path, err, sizeof(err)), 0);
    assert_int_equal(routes_of(&cfg)->n, 2);
    assert_int_equal(routes_of(&cfg)->items[1].line, 4);
    assert_string_equal(route(routes_of(&cfg), "afval", "high", "Noord", "report", "web"),
                        "wijkteam-noord");
    assert_string_equal(route(routes_of(&cfg), "afval", "critical", "Noord", "report", "web"),
                        "crisis");
    assert_string_equal(route(routes_of(&cfg), "zorg", "high", "Noord", "report", "web"), "kcc");
    ll_config_free(&cfg);

    static const ll_t_bad_config bad[] = {
        {"[escalate]\nroute = level=critical -> crisis\nroute = level=lo -> x\n", 3, "level=lo"},
        {"[escalate]\ndefault_team = ll:esc\n", 2, "default_team: team"},
        {"[process]\nroute = level=critical -> crisis\n", 2, "unknown key `route`"},
        {"[escalate]\nroute = * -> a\n\nroute = kind=report -> b\n", 4, "line 2"},
    };
    ll_t_expect_config_errors(path, bad, sizeof(bad) / sizeof(bad[0]));
}

/* The shipped config routes the gemeente taxonomy sensibly. */
static void shipped_routing(void **state) {
    (void)state;
    ll_config cfg;
    char err[512];
    if (ll_roles_config_load(&cfg, LL_SOURCE_DIR "/config/luisterloop.conf", err, sizeof(err)) != 0)
        fail_msg("%s", err);
    assert_true(routes_of(&cfg)->n > 0);
    assert_string_equal(route(routes_of(&cfg), "zorg", "critical", "Noord", "complaint", "web"),
                        "crisis");
    assert_string_equal(route(routes_of(&cfg), "afval", "critical", "Noord", "report", "web"),
                        "crisis");
    assert_string_equal(
        route(routes_of(&cfg), "belastingen", "high", "Charlois", "complaint", "web"),
        "belastingen");
    assert_string_equal(route(routes_of(&cfg), "afval", "alert", "Noord", NULL, NULL),
                        "wijkteam-noord");
    assert_string_equal(
        route(routes_of(&cfg), "overlast", "high", "Hoek van Holland", "report", "balie"),
        "wijkteam-west");
    /* A city-wide alert (no wijk) goes to the default team. */
    assert_string_equal(route(routes_of(&cfg), "afval", "alert", NULL, NULL, NULL), "klantcontact");
    assert_string_equal(route(routes_of(&cfg), "inkomen", "high", "Charlois", "question", "phone"),
                        "zorg-en-inkomen");
    assert_string_equal(route(routes_of(&cfg), "bejegening", "high", NULL, "complaint", "phone"),
                        "klantcontact");
    ll_config_free(&cfg);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(first_match_wins_then_default),
        cmocka_unit_test(kind_channel_and_alerts),
        cmocka_unit_test(teams_are_safe_in_key_names),
        cmocka_unit_test(bad_rules),
        cmocka_unit_test(catch_all_must_be_last_and_bounds),
        cmocka_unit_test(rules_in_the_config),
        cmocka_unit_test(shipped_routing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
