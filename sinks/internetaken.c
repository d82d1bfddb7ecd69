/* internetaken.c - the internetaken sink: feedback.escalations -> one internetaak each in a
 * Klantinteracties API (Open Klant), for the actor of the escalation's team.
 *
 * A municipality that works its follow-up in KISS sees an escalation as an
 * internetaak in Dutch: gevraagdeHandeling from the escalation's advice (the
 * 113 referral for a suicidal statement), else what its level asks about its
 * theme and wijk; toelichting with the level, the reasons in Dutch (the
 * dashboard's table, config/reasons-nl.tsv) and the masked excerpt, or an
 * alert's figures; status te_verwerken,
 * toegewezenAanActoren the actor of its team (actor.TEAM lines, else
 * default_actor), aanleidinggevendKlantcontact the klantcontact the contact
 * came from (the escalation's `klantcontact`, for contacts taken from the
 * same API). The standard requires that link, so an escalation from another
 * channel or an alert first gets a klantcontact of its own (kanaal
 * own_kanaal, which the klantinteracties adapter never takes back in).
 *
 * Exactly one task per escalation, across restarts and lost answers: both
 * carry a referentienummer made from the escalation id (ll_internetaken_ref).
 * Before creating, the sink asks GET /internetaken?referentienummer= (and
 * /klantcontacten?referentienummer= for its own klantcontact): a POST whose
 * answer was lost, or a restart before the offset was committed, finds the
 * task instead of making a second. The offset is committed once the task is
 * there. (`nummer`, which the issue named, is deprecated in the standard;
 * referentienummer is its successor with the same bound and a filter.)
 *
 * Retries: no answer, a timeout, 408, 429 or 5xx waits 1 s, doubling up to
 * backoff_max_s, and tries the same escalation again; the topic waits
 * meanwhile, in order. Another 4xx means the API refuses what we send
 * (a missing actor, a field it does not accept): that escalation goes to
 * feedback.dlq with the API's answer, and the sink goes on. One role, one
 * thread, blocking libcurl calls (core/httpc.h) between polls. */
#include "internetaken.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "deadletter.h"
#include "http.h"
#include "httpc.h"
#include "ident.h"
#include "kafka.h"
#include "log.h"
#include "mask.h"
#include "metrics.h"
#include "reason_nl.h"
#include "route.h"
#include "stop.h"
#include "text.h"

LL_METRIC(m_created, "ll_internetaken_total", "result=\"created\"", LL_COUNTER,
          "escalations, by what became of them");
LL_METRIC(m_existed, "ll_internetaken_total", "result=\"existed\"", LL_COUNTER,
          "escalations, by what became of them");
LL_METRIC(m_dead, "ll_internetaken_total", "result=\"dead_letter\"", LL_COUNTER,
          "escalations, by what became of them");
LL_METRIC(m_retries, "ll_internetaken_retries_total", NULL, LL_COUNTER,
          "requests to the API tried again after no answer, 408, 429 or 5xx");
LL_METRIC(m_read, "ll_internetaken_escalations_read_total", NULL, LL_COUNTER,
          "escalations read from the escalations topic");
LL_METRIC(m_ok_at, "ll_internetaken_last_success_timestamp_seconds", NULL, LL_GAUGE,
          "when an escalation last became an internetaak, or was found one (unix time; 0: not "
          "yet)");

#define POLL_MS 200
#define HANDELING_MAX 200 /* gevraagdeHandeling, maxLength in the standard */
#define TOELICHTING_MAX 1000
#define ONDERWERP_MAX 200
#define INHOUD_MAX 1000
#define LL_ESC_TAIL_BYTES (LL_MAX_ID_BYTES * 2 + 8) /* " [ESCALATION_ID]" */

/* ---- config ---- */

static int it_line(void *settings, const char *key, const char *val, int lineno, char *msg,
                   size_t msglen) {
    (void)lineno;
    ll_internetaken_cfg *ic = settings;
    if (strncmp(key, "actor.", 6) != 0)
        return 1;
    const char *team = key + 6;
    if (!ll_team_valid(team)) {
        snprintf(msg, msglen, "actor.TEAM: '%s' is not a team name", team);
        return -1;
    }
    if (strlen(val) != 36 || !ll_uuid_valid(val)) {
        snprintf(msg, msglen, "actor.%s: '%s' is not an actor's uuid", team, val);
        return -1;
    }
    if (ic->nactors >= LL_KI_MAX_ACTORS) {
        snprintf(msg, msglen, "more than %d actor.TEAM lines", LL_KI_MAX_ACTORS);
        return -1;
    }
    ll_it_actor *a = &ic->actors[ic->nactors++];
    snprintf(a->team, sizeof(a->team), "%s", team);
    snprintf(a->uuid, sizeof(a->uuid), "%s", val);
    return 0;
}

static const ll_config_key it_keys[] = {
    {"api_url", LL_CT_URL, LL_CFG_STR(ll_internetaken_cfg, api_url), "", 0, 0,
     "the Klantinteracties API, http(s)://host/klantinteracties/api/v1; empty: not configured",
     NULL},
    {"api_token", LL_CT_STR, LL_CFG_STR(ll_internetaken_cfg, api_token), "", 0, 0,
     "its API token (Authorization: Token ...), allowed to write internetaken and klantcontacten",
     NULL},
    {"timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_internetaken_cfg, timeout_ms), "5000", 100, 60000,
     "one request to the API, connection included", NULL},
    {"group", LL_CT_STR, LL_CFG_STR(ll_internetaken_cfg, group), "luisterloop-internetaken", 0, 0,
     "Kafka consumer group id (its offsets say which escalations have their task)", NULL},
    {"backoff_max_s", LL_CT_INT, LL_CFG_NUM(ll_internetaken_cfg, backoff_max_s), "60", 1, 3600,
     "longest wait between retries when the API did not answer (doubling from 1 s)", NULL},
    {"own_kanaal", LL_CT_STR, LL_CFG_STR(ll_internetaken_cfg, own_kanaal), "luisterloop", 0, 0,
     "kanaal of the klantcontact made for an escalation that came without one", NULL},
    {"default_actor", LL_CT_STR, LL_CFG_STR(ll_internetaken_cfg, default_actor), "", 0, 0,
     "uuid of the actor for a team without an actor.TEAM line; empty: such an escalation is "
     "a dead letter",
     NULL},
    {"reasons_nl", LL_CT_STR, LL_CFG_STR(ll_internetaken_cfg, reasons_nl), "", 0, 0,
     "the reasons' Dutch names for the toelichting, the table the dashboard's page uses; "
     "empty: the checkout's config/reasons-nl.tsv",
     NULL},
    LL_ADMIN_LISTEN_KEY(ll_internetaken_cfg),
};

const ll_config_section ll_internetaken_config = {
    LL_CFG_SECTION("internetaken", ll_internetaken_cfg, it_keys), .line = it_line,
    .line_help =
        "actor.TEAM               uuid of the actor (organisatorische eenheid) of team TEAM"};

/* ---- the task ---- */

void ll_internetaken_ref(const char *escalation_id, char out[LL_IT_REF_LEN + 1]) {
    /* Crockford's base32: no I, L, O, U to misread when a person reads it out. */
    static const char b32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    unsigned char h[16];
    crypto_generichash(h, sizeof(h), (const unsigned char *)escalation_id, strlen(escalation_id),
                       (const unsigned char *)"luisterloop-internetaak", 23);
    unsigned long long v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | h[i];
    out[0] = 'L';
    for (int i = 1; i < LL_IT_REF_LEN; i++, v >>= 5)
        out[i] = b32[v & 31];
    out[LL_IT_REF_LEN] = '\0';
}

/* Appends s to buf (of cap bytes, at *n), cut at a UTF-8 boundary outside any placeholder
 * with an ellipsis when it does not fit; the standard's maxLength counts characters,
 * so a byte bound keeps within it. */
static void put(char *buf, size_t cap, size_t *n, const char *s) {
    size_t len = strlen(s), room = cap - 1 - *n;
    if (*n + 1 >= cap)
        return;
    if (len > room) {
        len = ll_mask_cut(s, len, room >= 3 ? room - 3 : 0);
        memcpy(buf + *n, s, len);
        *n += len;
        if (room >= 3) {
            memcpy(buf + *n, "\xE2\x80\xA6", 3);
            *n += 3;
        }
    } else {
        memcpy(buf + *n, s, len);
        *n += len;
    }
    buf[*n] = '\0';
}

/* The levels in Dutch, with what each asks (contract.md): the task is read in KISS by people
 * who work in Dutch ("critical zorg" was its gevraagdeHandeling, user check 5). */
static const struct {
    const char *id, *nl, *act;
} levels[] = {
    {"critical", "kritiek", "Vandaag opvolgen"},
    {"high", "hoog", "Deze week opvolgen"},
    {"normal", "normaal", "Opvolgen"},
    {"low", "laag", "Opvolgen"},
    {LL_ROUTE_LEVEL_ALERT, "piek", "Piek in meldingen beoordelen"},
};

static int level_of(const char *id) {
    for (size_t i = 0; id && i < sizeof(levels) / sizeof(levels[0]); i++)
        if (!strcmp(levels[i].id, id))
            return (int)i;
    return -1;
}

/* "20.044", "1,2": a number as the dashboard's Intl nl-NL writes it (decimals 0-2), so the
 * task and the page say the same figure. Intl rounds the shortest decimal that reads back as
 * the double (1.15 is 1.1499... in binary, and "1,2" on the page) half away from zero, where
 * printf rounds the binary value, a tie to even ("1,1"; 1.25 gave "1,2" against "1,3"). */
static void number_nl(double v, int decimals, char *out, size_t cap) {
    decimals = decimals < 0 ? 0 : decimals > 2 ? 2 : decimals;
    char d[400]; /* the shortest fixed decimal of v: at most 309 digits before the point */
    int p = 0;
    while (snprintf(d, sizeof(d), "%.*f", p, v) > 0 && strtod(d, NULL) != v && p < 17)
        p++;
    char *digits = d + (d[0] == '-'), *dot = strchr(digits, '.');
    size_t whole = dot ? (size_t)(dot - digits) : strlen(digits);
    size_t frac = dot ? strlen(dot + 1) : 0;
    int up = frac > (size_t)decimals && dot[1 + decimals] >= '5';
    /* the kept digits without the point, then the carry of rounding up */
    char kept[400];
    size_t k = 0;
    for (size_t i = 0; i < whole; i++)
        kept[k++] = digits[i];
    for (int i = 0; i < decimals; i++)
        kept[k++] = (size_t)i < frac ? dot[1 + i] : '0';
    int carry = up;
    for (size_t i = k; carry && i-- > 0;) {
        carry = kept[i] == '9';
        kept[i] = carry ? '0' : (char)(kept[i] + 1);
    }
    size_t o = 0, wd = whole + (size_t)carry;
    if (d[0] == '-' && o + 1 < cap) /* Intl too: -0.04 is "-0,0" */
        out[o++] = '-';
    for (size_t i = 0; i < wd + (size_t)decimals && o + 1 < cap; i++) {
        char c = carry ? (i == 0 ? '1' : kept[i - 1]) : kept[i];
        if (i == wd && o + 1 < cap)
            out[o++] = ',';
        else if (i > 0 && i < wd && (wd - i) % 3 == 0 && o + 1 < cap)
            out[o++] = '.';
        if (o + 1 < cap)
            out[o++] = c;
    }
    out[o] = '\0';
}

/* An alert's figures, as the dashboard says them (app.js alertFigures). */
static void alert_figures(const cJSON *d, char *out, size_t cap) {
    const cJSON *obs = cJSON_GetObjectItemCaseSensitive(d, "observed");
    const cJSON *exp = cJSON_GetObjectItemCaseSensitive(d, "expected");
    const cJSON *win = cJSON_GetObjectItemCaseSensitive(d, "window_min");
    const cJSON *span = cJSON_GetObjectItemCaseSensitive(d, "span_min");
    out[0] = '\0';
    if (!cJSON_IsNumber(obs) || !cJSON_IsNumber(exp) || !cJSON_IsNumber(win))
        return;
    int window = (int)win->valuedouble;
    int counted = cJSON_IsNumber(span) && span->valuedouble >= 1 && span->valuedouble < window
                      ? (int)span->valuedouble
                      : window;
    char o[32], e[32];
    number_nl(obs->valuedouble, 0, o, sizeof(o));
    number_nl(exp->valuedouble, 1, e, sizeof(e));
    if (counted < window)
        snprintf(out, cap,
                 " Waargenomen %s tegen verwacht %s in de %d minuten die de detector van "
                 "dit venster van %d minuten telde.",
                 o, e, counted, window);
    else
        snprintf(out, cap, " Waargenomen %s tegen verwacht %s in %d minuten.", o, e, window);
}

static void toelichting(const cJSON *d, const ll_reason_nl *rn, char *out, size_t cap) {
    const char *level = ll_json_str(d, "level"), *theme = ll_json_str(d, "theme");
    const char *wijk = ll_json_str(d, "wijk"), *text = ll_json_str(d, "text");
    const char *id = ll_json_str(d, "escalation_id");
    int lv = level_of(level);
    /* The escalation id goes last and is never cut: the way back to the dashboard. */
    char tail[LL_ESC_TAIL_BYTES];
    snprintf(tail, sizeof(tail), " [%s]", id ? id : "");
    size_t n = 0, room = cap - strlen(tail);
    out[0] = '\0';
    put(out, room, &n, "Escalatie uit luisterloop");
    if (level) {
        put(out, room, &n, ", urgentie ");
        put(out, room, &n, lv >= 0 ? levels[lv].nl : level);
    }
    if (theme) {
        put(out, room, &n, ", thema ");
        put(out, room, &n, theme);
    }
    if (wijk) {
        put(out, room, &n, ", wijk ");
        put(out, room, &n, wijk);
    }
    put(out, room, &n, ".");
    const cJSON *rs = cJSON_GetObjectItemCaseSensitive(d, "reasons");
    if (cJSON_IsArray(rs) && rs->child) {
        /* in Dutch by the table the dashboard's page uses; the quoted words as they were */
        char nl[TOELICHTING_MAX + 1];
        put(out, room, &n, " Redenen: ");
        for (const cJSON *r = rs->child; r; r = r->next)
            if (cJSON_IsString(r)) {
                ll_reason_nl_translate(rn, r->valuestring, nl, sizeof(nl));
                put(out, room, &n, nl);
                put(out, room, &n, r->next ? "; " : ".");
            }
    } else {
        char fig[256];
        alert_figures(d, fig, sizeof(fig));
        put(out, room, &n, fig);
    }
    if (text) {
        put(out, room, &n, " Tekst (gemaskeerd): ");
        put(out, room, &n, text);
    }
    put(out, cap, &n, tail);
}

/* What is asked: the escalation's advice (the 113 referral), else what its level asks, about
 * what and where: "Vandaag opvolgen: kritiek signaal over zorg in Delfshaven". */
static void handeling_of(const cJSON *d, char *out, size_t cap) {
    const char *advice = ll_json_str(d, "advice"), *theme = ll_json_str(d, "theme");
    const char *wijk = ll_json_str(d, "wijk"), *level = ll_json_str(d, "level");
    int lv = level_of(level), alert = lv >= 0 && !strcmp(levels[lv].id, LL_ROUTE_LEVEL_ALERT);
    size_t n = 0;
    out[0] = '\0';
    if (advice && *advice) {
        put(out, cap, &n, advice);
        return;
    }
    put(out, cap, &n, lv >= 0 ? levels[lv].act : "Escalatie opvolgen");
    put(out, cap, &n, alert ? ": meer meldingen dan verwacht over " : ": ");
    if (!alert) {
        if (lv >= 0) {
            put(out, cap, &n, levels[lv].nl);
            put(out, cap, &n, " ");
        }
        put(out, cap, &n, "signaal over ");
    }
    put(out, cap, &n, theme && *theme ? theme : "overig");
    put(out, cap, &n, " in ");
    put(out, cap, &n, wijk && *wijk ? wijk : alert ? "de hele gemeente" : "een onbekende wijk");
}

cJSON *ll_internetaken_task(const cJSON *d, const ll_reason_nl *rn, const char *ref,
                            const char *kc_uuid, const char *actor_uuid, ll_err *err) {
    char handeling[HANDELING_MAX + 1], toel[TOELICHTING_MAX + 1];
    handeling_of(d, handeling, sizeof(handeling));
    toelichting(d, rn, toel, sizeof(toel));
    cJSON *t = cJSON_CreateObject(), *kc, *actors, *a;
    if (!t || !cJSON_AddStringToObject(t, "referentienummer", ref) ||
        !cJSON_AddStringToObject(t, "gevraagdeHandeling", handeling) ||
        !(kc = cJSON_AddObjectToObject(t, "aanleidinggevendKlantcontact")) ||
        !cJSON_AddStringToObject(kc, "uuid", kc_uuid) ||
        !(actors = cJSON_AddArrayToObject(t, "toegewezenAanActoren")) ||
        !(a = cJSON_CreateObject()) || !cJSON_AddItemToArray(actors, a) ||
        !cJSON_AddStringToObject(a, "uuid", actor_uuid) ||
        !cJSON_AddStringToObject(t, "toelichting", toel) ||
        !cJSON_AddStringToObject(t, "status", "te_verwerken")) {
        cJSON_Delete(t);
        ll_err_set(err, "", "out of memory");
        return NULL;
    }
    return t;
}

/* ---- the role ---- */

typedef struct it {
    const ll_config *cfg;
    const ll_internetaken_cfg *ic;
    rd_kafka_t *consumer, *producer;
    ll_httpc *http;
    char auth[300];
    char *buf;        /* LL_MAX_SERIALISED_EVENT_BYTES: a dead letter */
    ll_reason_nl *rn; /* the reasons' Dutch names, for the toelichting */
    int assigned;
} it;

enum step { STEP_OK, STEP_RETRY, STEP_REFUSED };

static enum step from_http(enum ll_httpc_outcome o) {
    return o == LL_HTTPC_OK ? STEP_OK : o == LL_HTTPC_RETRY ? STEP_RETRY : STEP_REFUSED;
}

/* GET or POST on the API; *ans the parsed answer (caller frees) on STEP_OK. */
static enum step api(it *s, const char *method, const char *url, const cJSON *body, cJSON **ans,
                     ll_err *err) {
    const char *hdr[] = {s->auth, "Accept: application/json", NULL};
    char *txt = body ? cJSON_PrintUnformatted(body) : NULL, e[512];
    const char *out;
    size_t len;
    long code;
    *ans = NULL;
    if (body && !txt) {
        ll_err_set(err, "", "out of memory");
        return STEP_RETRY;
    }
    enum step st = from_http(
        ll_httpc_request(s->http, method, url, hdr, txt, &code, &out, &len, e, sizeof(e)));
    cJSON_free(txt);
    if (st != STEP_OK) {
        ll_err_set(err, "klantinteracties", "%s", e);
        return st;
    }
    if (!(*ans = ll_json_parse(out, len, LL_KI_MAX_ANSWER, err))) {
        char m[sizeof(err->msg)];
        snprintf(m, sizeof(m), "%s", err->msg);
        ll_err_set(err, "klantinteracties", "%s %s answered no JSON: %s", method, url, m);
        return STEP_REFUSED;
    }
    return STEP_OK;
}

/* The uuid of the first result of a list answer with referentienummer ref. */
static enum step find_ref(it *s, const char *what, const char *ref, char uuid[37], ll_err *err) {
    char url[LL_KI_URL_BYTES + 96];
    cJSON *ans;
    uuid[0] = '\0';
    snprintf(url, sizeof(url), "%s/%s?referentienummer=%s", s->ic->api_url, what, ref);
    enum step st = api(s, "GET", url, NULL, &ans, err);
    if (st != STEP_OK)
        return st;
    const cJSON *rs = cJSON_GetObjectItemCaseSensitive(ans, "results");
    const char *u = cJSON_IsArray(rs) && rs->child ? ll_json_str(rs->child, "uuid") : NULL;
    if (!cJSON_IsArray(rs)) {
        ll_err_set(err, "klantinteracties", "GET %s: no results list", url);
        st = STEP_REFUSED;
    } else if (u && strlen(u) == 36) {
        snprintf(uuid, 37, "%s", u);
    }
    cJSON_Delete(ans);
    return st;
}

/* The klantcontact this escalation came from, or the one made for it. */
static enum step klantcontact_of(it *s, const cJSON *d, const char *ref, char uuid[37],
                                 ll_err *err) {
    const char *url = ll_json_str(d, "klantcontact");
    size_t al = strlen(s->ic->api_url);
    if (url && !strncmp(url, s->ic->api_url, al) && !strncmp(url + al, "/klantcontacten/", 16)) {
        const char *u = url + al + 16;
        if (strlen(u) == 36 && ll_uuid_valid(u)) {
            snprintf(uuid, 37, "%s", u);
            return STEP_OK;
        }
    }
    enum step st = find_ref(s, "klantcontacten", ref, uuid, err);
    if (st != STEP_OK || uuid[0])
        return st;
    char onderwerp[ONDERWERP_MAX + 1], inhoud[INHOUD_MAX + 1], when[LL_MAX_TIME_BYTES];
    size_t n = 0;
    const char *summary = ll_json_str(d, "summary"), *at = ll_json_str(d, "received_at");
    const char *text = ll_json_str(d, "text");
    time_t t;
    onderwerp[0] = '\0';
    put(onderwerp, sizeof(onderwerp), &n, summary && *summary ? summary : "Escalatie");
    n = 0;
    inhoud[0] = '\0';
    put(inhoud, sizeof(inhoud), &n, text && *text ? text : onderwerp);
    if (at && ll_time_parse(at, &t) == 0)
        snprintf(when, sizeof(when), "%s", at);
    else
        ll_time_format_ms(ll_now_ms(), when, sizeof(when));
    cJSON *kc = cJSON_CreateObject(), *ans;
    if (!kc || !cJSON_AddStringToObject(kc, "referentienummer", ref) ||
        !cJSON_AddStringToObject(kc, "kanaal", s->ic->own_kanaal) ||
        !cJSON_AddStringToObject(kc, "onderwerp", onderwerp) ||
        !cJSON_AddStringToObject(kc, "inhoud", inhoud) ||
        !cJSON_AddStringToObject(kc, "taal", "nld") ||
        !cJSON_AddBoolToObject(kc, "vertrouwelijk", 0) ||
        !cJSON_AddStringToObject(kc, "plaatsgevondenOp", when)) {
        cJSON_Delete(kc);
        ll_err_set(err, "", "out of memory");
        return STEP_RETRY;
    }
    char post[LL_KI_URL_BYTES + 32];
    snprintf(post, sizeof(post), "%s/klantcontacten", s->ic->api_url);
    st = api(s, "POST", post, kc, &ans, err);
    cJSON_Delete(kc);
    if (st != STEP_OK)
        return st;
    const char *u = ll_json_str(ans, "uuid");
    if (u && strlen(u) == 36)
        snprintf(uuid, 37, "%s", u);
    else {
        ll_err_set(err, "klantinteracties", "POST %s: no uuid in the answer", post);
        st = STEP_REFUSED;
    }
    cJSON_Delete(ans);
    return st;
}

static const char *actor_of(const it *s, const char *team) {
    for (int i = 0; team && i < s->ic->nactors; i++)
        if (!strcmp(s->ic->actors[i].team, team))
            return s->ic->actors[i].uuid;
    return s->ic->default_actor[0] ? s->ic->default_actor : NULL;
}

/* One escalation: its task exists afterwards (STEP_OK; *created says whether this call
 * made it), or err says why not. */
static enum step deliver(it *s, const cJSON *ev, int *created, ll_err *err) {
    const char *type = ll_json_str(ev, "type");
    const cJSON *d = ll_event_data(ev);
    const char *id = cJSON_IsObject(d) ? ll_json_str(d, "escalation_id") : NULL;
    if (!type || strcmp(type, LL_TYPE_ESCALATION) || !id || !*id) {
        ll_err_set(err, "data.escalation_id", "not an %s with an escalation_id",
                   LL_TYPE_ESCALATION);
        return STEP_REFUSED;
    }
    const char *team = ll_json_str(d, "team"), *actor = actor_of(s, team);
    if (!actor) {
        ll_err_set(err, "data.team", "no actor.%s line and no default_actor", team ? team : "?");
        return STEP_REFUSED;
    }
    char ref[LL_IT_REF_LEN + 1], task_uuid[37], kc_uuid[37];
    ll_internetaken_ref(id, ref);
    enum step st = find_ref(s, "internetaken", ref, task_uuid, err);
    *created = 0;
    if (st != STEP_OK)
        return st;
    if (task_uuid[0]) {
        ll_metric_add(&m_existed, 1);
        ll_metric_set(&m_ok_at, (unsigned long long)(ll_now_ms() / 1000));
        ll_info("escalation %s: internetaak %s (%s) is already there", id, ref, task_uuid);
        return STEP_OK;
    }
    if ((st = klantcontact_of(s, d, ref, kc_uuid, err)) != STEP_OK)
        return st;
    cJSON *task = ll_internetaken_task(d, s->rn, ref, kc_uuid, actor, err), *ans;
    if (!task)
        return STEP_RETRY;
    char post[LL_KI_URL_BYTES + 32];
    snprintf(post, sizeof(post), "%s/internetaken", s->ic->api_url);
    st = api(s, "POST", post, task, &ans, err);
    cJSON_Delete(task);
    if (st == STEP_OK) {
        *created = 1;
        ll_metric_add(&m_created, 1);
        ll_metric_set(&m_ok_at, (unsigned long long)(ll_now_ms() / 1000));
        ll_info("escalation %s (team %s): internetaak %s %s", id, team ? team : "?", ref,
                ll_json_str(ans, "url") ? ll_json_str(ans, "url") : "");
    }
    cJSON_Delete(ans);
    return st;
}

static int deadletter(it *s, const rd_kafka_message_t *m, const ll_err *why) {
    size_t n = ll_deadletter_of_record(m, s->cfg->source_base, "internetaken", 1, why, s->buf);
    if (n == 0)
        return -1;
    const ll_kafka_record rec = {s->cfg->topic_dlq, NULL, 0, s->buf, n, RD_KAFKA_MSG_F_COPY, NULL};
    if (ll_kafka_produce(s->producer, &rec, 50, ll_now_ms() + 30000) != 0)
        return -1;
    /* The offset is committed after this: wait until the dead letter is durable. */
    return rd_kafka_flush(s->producer, 30000) == RD_KAFKA_RESP_ERR_NO_ERROR ? 0 : -1;
}

/* Waits secs or until a stop is asked; 1 when asked. */
static int wait_or_stop(int secs) {
    for (int i = 0; i < secs * 10; i++) {
        if (ll_stop_requested())
            return 1;
        struct timespec ts = {0, 100000000};
        nanosleep(&ts, NULL);
    }
    return ll_stop_requested();
}

/* Handles m until its task is there or it is a dead letter; 0, then its offset
 * may be committed; -1 when a stop came first. */
static int handle(it *s, const rd_kafka_message_t *m) {
    int backoff = 1;
    for (;;) {
        ll_err err = {{0}, {0}};
        cJSON *ev = m->payload
                        ? ll_json_parse(m->payload, m->len, LL_MAX_SERIALISED_EVENT_BYTES, &err)
                        : NULL;
        int created;
        enum step st = ev ? deliver(s, ev, &created, &err) : STEP_REFUSED;
        if (!ev && !err.msg[0])
            ll_err_set(&err, "", "empty message");
        cJSON_Delete(ev);
        if (st == STEP_OK)
            return 0;
        if (st == STEP_REFUSED) {
            ll_warn("%s[%d]@%lld: %s%s%s; to %s", rd_kafka_topic_name(m->rkt), m->partition,
                    (long long)m->offset, err.field, err.field[0] ? ": " : "", err.msg,
                    s->cfg->topic_dlq);
            if (deadletter(s, m, &err) == 0) {
                ll_metric_add(&m_dead, 1);
                return 0;
            }
            ll_warn("the dead letter was not written; trying again");
        } else {
            ll_metric_add(&m_retries, 1);
            ll_warn("%s; trying again in %d s", err.msg, backoff);
        }
        if (wait_or_stop(backoff))
            return -1;
        backoff = backoff * 2 > s->ic->backoff_max_s ? s->ic->backoff_max_s : backoff * 2;
    }
}

static int ready(void *arg) {
    const it *s = arg;
    return s->assigned;
}

static const char *admin_listen(const void *state) {
    const it *s = state;
    return s->ic->metrics_listen;
}

static void it_shutdown(void *state) {
    it *s = state;
    if (!s)
        return;
    ll_kafka_consumer_free(s->consumer);
    if (s->producer) {
        rd_kafka_flush(s->producer, 5000);
        rd_kafka_destroy(s->producer);
    }
    ll_httpc_free(s->http);
    ll_reason_nl_free(s->rn);
    free(s->buf);
    free(s);
}

/* [internetaken] as the sink and dlq replay need it; NULL with errstr when it cannot
 * make a task. */
static const ll_internetaken_cfg *it_cfg(const ll_config *cfg, char *errstr, size_t errlen) {
    const ll_internetaken_cfg *ic = ll_config_settings(cfg, &ll_internetaken_config);
    const char *api = ic ? ic->api_url : "";
    if (!api[0]) { /* its form is checked with the config (LL_CT_URL) */
        snprintf(errstr, errlen,
                 "internetaken: no [internetaken] api_url, the API's http(s) URL "
                 "(https://host/klantinteracties/api/v1)");
        return NULL;
    }
    if (!ic->api_token[0] || ll_has_control(ic->api_token)) {
        snprintf(errstr, errlen, "internetaken: [internetaken] api_token is missing");
        return NULL;
    }
    if (ic->default_actor[0] && !ll_uuid_valid(ic->default_actor)) {
        snprintf(errstr, errlen, "internetaken: default_actor '%s' is not a uuid",
                 ic->default_actor);
        return NULL;
    }
    if (!ic->nactors && !ic->default_actor[0]) {
        snprintf(errstr, errlen,
                 "internetaken: no actor.TEAM line and no default_actor: no "
                 "escalation could be assigned");
        return NULL;
    }
    return ic;
}

/* The API's client of s (cfg and ic set) and the reasons' Dutch names its toelichting
 * uses: 0, or -1 with errstr (what was made is s's to free). */
static int it_client(it *s, char *errstr, size_t errlen) {
    snprintf(s->auth, sizeof(s->auth), "Authorization: Token %s", s->ic->api_token);
    if (!(s->rn = ll_reason_nl_open(s->cfg, s->ic->reasons_nl, errstr, errlen)))
        return -1;
    s->http = ll_httpc_new(s->ic->timeout_ms, LL_KI_MAX_ANSWER, errstr, errlen);
    return s->http ? 0 : -1;
}

enum ll_it_again ll_internetaken_again(const ll_config *cfg, const cJSON *ev, ll_err *err) {
    char e[512];
    memset(err, 0, sizeof(*err));
    it s = {.cfg = cfg};
    if (!(s.ic = it_cfg(cfg, e, sizeof(e))) || it_client(&s, e, sizeof(e)) != 0) {
        ll_err_set(err, "internetaken", "%s", e);
        ll_httpc_free(s.http);
        ll_reason_nl_free(s.rn);
        return LL_IT_AGAIN_REFUSED;
    }
    int created = 0;
    enum step st = deliver(&s, ev, &created, err);
    ll_httpc_free(s.http);
    ll_reason_nl_free(s.rn);
    return st == STEP_OK      ? (created ? LL_IT_AGAIN_CREATED : LL_IT_AGAIN_EXISTED)
           : st == STEP_RETRY ? LL_IT_AGAIN_RETRY
                              : LL_IT_AGAIN_REFUSED;
}

static void *it_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    (void)argc; /* none: ll_role_run refused them (.usage is NULL) */
    (void)argv;
    const ll_internetaken_cfg *ic = it_cfg(cfg, errstr, errlen);
    if (!ic)
        return NULL;
    it *s = calloc(1, sizeof(*s));
    if (!s || !(s->buf = malloc(LL_MAX_SERIALISED_EVENT_BYTES))) {
        free(s);
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    s->cfg = cfg;
    s->ic = ic;
    if (it_client(s, errstr, errlen) != 0)
        goto fail;
    /* A new group starts at the oldest escalation the topic keeps: every one
     * gets its task (those that have one are found by their referentienummer).
     * kafka.auto.offset.reset = latest in [internetaken] says otherwise. */
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "internetaken", errstr, errlen);
    if (conf && ll_kafka_conf_default(conf, cfg, "internetaken", "auto.offset.reset", "earliest",
                                      errstr, errlen) != 0) {
        rd_kafka_conf_destroy(conf);
        goto fail;
    }
    if (!conf || !(s->consumer = ll_kafka_consumer_new(conf, ic->group, errstr, errlen)))
        goto fail;
    if (!(conf = ll_kafka_conf_new(cfg, "internetaken", errstr, errlen)) ||
        !(s->producer = ll_kafka_producer_new(conf, NULL, errstr, errlen)))
        goto fail;
    const char *topics[] = {cfg->topic_escalations};
    if (ll_kafka_subscribe(s->consumer, topics, 1, errstr, errlen) != 0)
        goto fail;
    LL_METRICS_REGISTER(&m_created, &m_existed, &m_dead, &m_retries, &m_read, &m_ok_at);
    return s;
fail:
    it_shutdown(s);
    return NULL;
}

static int it_run(void *state) {
    it *s = state;
    ll_info("%s -> internetaken at %s (%d team actors%s)", s->cfg->topic_escalations,
            s->ic->api_url, s->ic->nactors, s->ic->default_actor[0] ? ", a default" : "");
    /* from a thread of its own: handle() may retry the API for long */
    ll_kafka_lag_watch *lag = ll_kafka_lag_watch_start(s->consumer, 1000);
    int rc = 0;
    while (!ll_stop_requested()) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(s->consumer, POLL_MS);
        if (!s->assigned) {
            rd_kafka_topic_partition_list_t *a = NULL;
            if (!rd_kafka_assignment(s->consumer, &a) && a && a->cnt > 0)
                s->assigned = 1;
            if (a)
                rd_kafka_topic_partition_list_destroy(a);
        }
        if (m && m->err) {
            if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                ll_warn("consume: %s", rd_kafka_message_errstr(m));
        } else if (m) {
            ll_kafka_lag_handed(m);
            ll_metric_add(&m_read, 1);
            if (handle(s, m) != 0) {
                rd_kafka_message_destroy(m);
                break; /* stop asked mid-retry: not committed, taken up again next time */
            }
            rd_kafka_resp_err_t cerr = rd_kafka_commit_message(s->consumer, m, 0);
            if (cerr)
                ll_warn("commit %s[%d]@%lld: %s (the next start finds its task and goes on)",
                        rd_kafka_topic_name(m->rkt), m->partition, (long long)m->offset,
                        rd_kafka_err2str(cerr));
        }
        if (m)
            rd_kafka_message_destroy(m);
    }
    ll_kafka_lag_watch_stop(lag);
    ll_info("stopping: %llu internetaken created, %llu already there, %llu dead letters",
            ll_metric_get(&m_created), ll_metric_get(&m_existed), ll_metric_get(&m_dead));
    return rc;
}

const ll_role ll_role_internetaken = {
    .name = "internetaken",
    .summary = "feedback.escalations -> one internetaak each in Klantinteracties (Open Klant), "
               "for the team's actor",
    .usage = NULL,
    .config = &ll_internetaken_config,
    .needs_pseudonym_key = 0,
    .init = it_init,
    .run = it_run,
    .shutdown = it_shutdown,
    .admin_listen = admin_listen,
    .ready = ready,
};
