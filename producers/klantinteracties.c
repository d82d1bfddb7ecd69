/* klantinteracties.c - the Klantinteracties adapter: VNG Notificaties callbacks about new
 * klantcontacten (and a catch-up run over GET /klantcontacten) into feedback.raw.
 *
 * Dutch municipalities register contacts in a system built on the VNG
 * Klantinteracties API (Open Klant; the contact centre's KISS writes to it).
 * That system tells its subscribers through the Notificaties API: a POST to
 * our callback with kanaal "klantcontacten", resource "klantcontact", actie
 * "create" and the resourceUrl. The callback carries no content, so the
 * adapter fetches the klantcontact, with its betrokkenen's partij and digital
 * addresses, using the configured API token, and produces the received
 * event. The notification is answered 202 only once Kafka has the event, as
 * every other intake does; when the API did not answer it is answered 502
 * with Retry-After and the Notificaties API tries again. The event id comes
 * from the klantcontact's URL: a repeated notification, or the catch-up run
 * finding the same klantcontact, makes the same event.
 *
 * The fetch is a blocking libcurl call on the intake's event loop (core/httpc.h).
 * That is acceptable here: the Notificaties API posts one notification at a
 * time per subscription, contacts come at contact-centre speed (a few a
 * second at most), and timeout_ms bounds the stall; meanwhile new connections
 * wait in the kernel's backlog. Only URLs under api_url are fetched: the token
 * never goes where a notification points elsewhere.
 *
 * What is taken: kanaal -> channel (channel.KANAAL lines, else a built-in name, else
 * "klantinteracties": never the typed kanaal), inhoud -> text (onderwerp when inhoud is empty),
 * onderwerp -> subject, plaatsgevondenOp -> received_at, the url ->
 * source_ref. The betrokkene who started the contact (initiator, else the
 * first) gives the pseudonym: the BSN among its partij's identificatoren,
 * else its e-mail address, else its phone number (core/citizen.h); nothing of
 * it leaves the adapter in clear. Klantcontacten whose kanaal is own_kanaal
 * (made by the internetaken sink for an escalation without one) and, unless
 * take_confidential, those marked vertrouwelijk, are answered and not taken.
 *
 * Catch-up (--catch-up [--since TIME]) pages through GET /klantcontacten,
 * newest first (Open Klant orders by -plaatsgevondenOp), down to overlap_s
 * before the stored cursor, produces what it finds, and stores the newest
 * plaatsgevondenOp as the new cursor once Kafka has all of it. The standard
 * has no "changed since" filter, hence the overlap for contacts registered
 * late with an earlier time. */
#include "klantinteracties.h"

#include <errno.h>
#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "email.h"
#include "httpc.h"
#include "intake.h"
#include "log.h"
#include "metrics.h"
#include "received.h"
#include "stop.h"
#include "text.h"

LL_METRIC(m_notified, "ll_klantinteracties_notifications_total", "result=\"taken\"", LL_COUNTER,
          "notifications, by outcome");
LL_METRIC(m_skipped, "ll_klantinteracties_notifications_total", "result=\"skipped\"", LL_COUNTER,
          "notifications, by outcome");
LL_METRIC(m_bad, "ll_klantinteracties_notifications_total", "result=\"bad\"", LL_COUNTER,
          "notifications, by outcome");
LL_METRIC(m_unmapped, "ll_klantinteracties_kanaal_unmapped_total", NULL, LL_COUNTER,
          "klantcontacten whose kanaal no channel.KANAAL line nor built-in name maps (channel "
          "klantinteracties): a kanaal to configure");
LL_METRIC(m_api_fail, "ll_klantinteracties_api_failures_total", NULL, LL_COUNTER,
          "requests to the Klantinteracties API that got no usable answer");

/* What the fetch asks the API to include (the standard's expand values). */
#define KI_EXPAND "expand=hadBetrokkenen.wasPartij,hadBetrokkenen.digitaleAdressen"

/* ---- config ---- */

static int ki_line(void *settings, const char *key, const char *val, int lineno, char *msg,
                   size_t msglen) {
    (void)lineno;
    ll_klantinteracties_cfg *kc = settings;
    if (strncmp(key, "channel.", 8) != 0)
        return ll_config_token_line(&kc->intake, key, val, msg, msglen);
    const char *kanaal = key + 8;
    if (!*kanaal || strlen(kanaal) >= sizeof(kc->channels[0].kanaal)) {
        snprintf(msg, msglen, "channel.KANAAL: the kanaal must be 1..50 bytes");
        return -1;
    }
    if (!ll_channel_valid(val)) {
        snprintf(msg, msglen,
                 "channel.%s: '%s' is not a channel name (lower-case [a-z0-9_-], "
                 "at most %d bytes)",
                 kanaal, val, LL_MAX_CHANNEL_BYTES);
        return -1;
    }
    if (kc->nchannels >= LL_KI_MAX_CHANNELS) {
        snprintf(msg, msglen, "more than %d channel.KANAAL lines", LL_KI_MAX_CHANNELS);
        return -1;
    }
    ll_ki_channel *c = &kc->channels[kc->nchannels++];
    snprintf(c->kanaal, sizeof(c->kanaal), "%s", kanaal);
    snprintf(c->channel, sizeof(c->channel), "%s", val);
    return 0;
}

static const ll_config_key ki_keys[] = {
    LL_INTAKE_KEYS(ll_klantinteracties_cfg, intake, "8086"){
        "api_url", LL_CT_URL, LL_CFG_STR(ll_klantinteracties_cfg, api_url), "", 0, 0,
        "the Klantinteracties API, http(s)://host/klantinteracties/api/v1; empty: not configured",
        NULL},
    {"api_token", LL_CT_STR, LL_CFG_STR(ll_klantinteracties_cfg, api_token), "", 0, 0,
     "its API token (sent as Authorization: Token ...)", NULL},
    {"timeout_ms", LL_CT_INT, LL_CFG_NUM(ll_klantinteracties_cfg, timeout_ms), "5000", 100, 60000,
     "one request to the API, connection included", NULL},
    {"own_kanaal", LL_CT_STR, LL_CFG_STR(ll_klantinteracties_cfg, own_kanaal), "luisterloop", 0, 0,
     "kanaal of the klantcontacten the internetaken sink registers itself: never taken", NULL},
    {"take_confidential", LL_CT_BOOL, LL_CFG_NUM(ll_klantinteracties_cfg, take_confidential),
     "false", 0, 1, "take klantcontacten marked vertrouwelijk too", NULL},
    {"cursor_file", LL_CT_STR, LL_CFG_STR(ll_klantinteracties_cfg, cursor_file), "", 0, 0,
     "where --catch-up keeps its cursor; empty: HOME/klantinteracties.cursor", NULL},
    {"overlap_s", LL_CT_INT, LL_CFG_NUM(ll_klantinteracties_cfg, overlap_s), "86400", 0, 2592000,
     "--catch-up also takes klantcontacten this much older than the cursor", NULL},
    {"page_size", LL_CT_INT, LL_CFG_NUM(ll_klantinteracties_cfg, page_size), "100", 1, 500,
     "klantcontacten per page in --catch-up (the API allows 500)", NULL},
};

const ll_config_section ll_klantinteracties_config = {
    LL_CFG_SECTION("klantinteracties", ll_klantinteracties_cfg, ki_keys), .line = ki_line,
    .line_help = LL_CONFIG_TOKEN_HELP "\n  [klantinteracties] channel.KANAAL the channel of "
                                      "klantcontacten with that kanaal (any case)"};

/* ---- a klantcontact into an event ---- */

/* Kanalen KISS and Open Klant use, as the channels the rest of the pipeline knows. */
static const ll_ki_channel default_channels[] = {
    {"telefoon", "phone"}, {"telefonisch", "phone"}, {"e-mail", "email"},
    {"email", "email"},    {"mail", "email"},        {"balie", "balie"},
    {"website", "web"},    {"webformulier", "web"},  {"contactformulier", "web"},
};

/* The channel of a klantcontact: a channel.KANAAL line, else a built-in name, else
 * LL_KI_CHANNEL_OTHER. Never the kanaal itself: KISS lets the contact centre type it, and
 * "WhatsApp Jan Jansen 0612345678" became the channel whatsapp-jan-jansen-0612345678 on
 * enriched, in the aggregates' compacted key and on the dashboard (user check of 12-02),
 * where no text is masked because a channel is a label. */
static void kanaal_channel(const ll_klantinteracties_cfg *kc, const char *kanaal, char *out,
                           size_t outlen) {
    for (int i = 0; i < kc->nchannels; i++)
        if (!strcasecmp(kc->channels[i].kanaal, kanaal)) {
            snprintf(out, outlen, "%s", kc->channels[i].channel);
            return;
        }
    for (size_t i = 0; i < sizeof(default_channels) / sizeof(default_channels[0]); i++)
        if (!strcasecmp(default_channels[i].kanaal, kanaal)) {
            snprintf(out, outlen, "%s", default_channels[i].channel);
            return;
        }
    ll_metric_add(&m_unmapped, 1);
    snprintf(out, outlen, "%s", LL_KI_CHANNEL_OTHER);
}

static const cJSON *expand_of(const cJSON *o, const char *name) {
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, "_expand");
    return cJSON_IsObject(x) ? cJSON_GetObjectItemCaseSensitive(x, name) : NULL;
}

/* The betrokkene who started the contact: the initiator, else the first. */
static const cJSON *initiator(const cJSON *kc) {
    const cJSON *bs = expand_of(kc, "hadBetrokkenen"), *first = NULL;
    if (!cJSON_IsArray(bs))
        return NULL;
    for (const cJSON *b = bs->child; b; b = b->next) {
        if (!cJSON_IsObject(b))
            continue;
        if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(b, "initiator")))
            return b;
        if (!first)
            first = b;
    }
    return first;
}

/* {"bsn"?, "email"?, "phone"?} of betrokkene b, for ll_citizen_apply. */
static cJSON *citizen_of(const cJSON *b) {
    cJSON *c = cJSON_CreateObject();
    if (!c || !b)
        return c;
    const cJSON *partij = expand_of(b, "wasPartij");
    const cJSON *ids = cJSON_IsObject(partij)
                           ? cJSON_GetObjectItemCaseSensitive(partij, "partijIdentificatoren")
                           : NULL;
    for (const cJSON *i = cJSON_IsArray(ids) ? ids->child : NULL; i; i = i->next) {
        const cJSON *pi = cJSON_GetObjectItemCaseSensitive(i, "partijIdentificator");
        const char *soort = pi ? ll_json_str(pi, "codeSoortObjectId") : NULL;
        const char *val = pi ? ll_json_str(pi, "objectId") : NULL;
        if (soort && val && !strcmp(soort, "bsn") && !cJSON_GetObjectItem(c, "bsn"))
            cJSON_AddStringToObject(c, "bsn", val);
    }
    const cJSON *adr = expand_of(b, "digitaleAdressen");
    for (const cJSON *a = cJSON_IsArray(adr) ? adr->child : NULL; a; a = a->next) {
        const char *soort = ll_json_str(a, "soortDigitaalAdres"), *v = ll_json_str(a, "adres");
        const char *as = soort && !strcmp(soort, "email")            ? "email"
                         : soort && !strcmp(soort, "telefoonnummer") ? "phone"
                                                                     : NULL;
        if (as && v && *v && !cJSON_GetObjectItem(c, as))
            cJSON_AddStringToObject(c, as, v);
    }
    return c;
}

enum ll_ki_take ll_ki_klantcontact_to_event(const cJSON *kc, const ll_klantinteracties_cfg *kc_cfg,
                                            const char *source_base, long long now_ms, cJSON **ev,
                                            ll_err *err) {
    *ev = NULL;
    memset(err, 0, sizeof(*err));
    if (!cJSON_IsObject(kc)) {
        ll_err_set(err, "klantcontact", "the API's answer is not a JSON object");
        return LL_KI_INVALID;
    }
    const char *url = ll_json_field_str(kc, "url", 1, LL_MAX_SOURCE_REF_BYTES, err);
    const char *kanaal = err->msg[0] ? NULL : ll_json_field_str(kc, "kanaal", 1, 50, err);
    const char *onderwerp = err->msg[0] ? NULL : ll_json_field_str(kc, "onderwerp", 0, 200, err);
    const char *inhoud =
        err->msg[0] ? NULL : ll_json_field_str(kc, "inhoud", 0, LL_MAX_TEXT_BYTES, err);
    const char *at =
        err->msg[0] ? NULL : ll_json_field_str(kc, "plaatsgevondenOp", 0, LL_MAX_TIME_BYTES, err);
    if (err->msg[0]) {
        char f[64];
        snprintf(f, sizeof(f), "klantcontact.%.40s", err->field);
        snprintf(err->field, sizeof(err->field), "%s", f);
        return LL_KI_INVALID;
    }
    if (strncmp(url, kc_cfg->api_url, strlen(kc_cfg->api_url)) != 0) {
        ll_err_set(err, "klantcontact.url", "not under the configured api_url");
        return LL_KI_INVALID;
    }
    if (kc_cfg->own_kanaal[0] && !strcasecmp(kanaal, kc_cfg->own_kanaal)) {
        ll_err_set(err, "klantcontact.kanaal", "'%s' is luisterloop's own (own_kanaal)", kanaal);
        return LL_KI_SKIP;
    }
    if (!kc_cfg->take_confidential &&
        cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(kc, "vertrouwelijk"))) {
        ll_err_set(err, "klantcontact.vertrouwelijk", "confidential (take_confidential is off)");
        return LL_KI_SKIP;
    }
    const char *text = inhoud && *inhoud ? inhoud : onderwerp;
    if (!text || !*text) {
        ll_err_set(err, "klantcontact.inhoud", "neither inhoud nor onderwerp: nothing was said");
        return LL_KI_INVALID;
    }
    char channel[LL_MAX_CHANNEL_BYTES + 1];
    time_t t;
    if (at && *at && ll_time_parse(at, &t) != 0) {
        ll_err_set(err, "klantcontact.plaatsgevondenOp", "not an RFC 3339 date-time");
        return LL_KI_INVALID;
    }
    kanaal_channel(kc_cfg, kanaal, channel, sizeof(channel));
    int formal = 0;
    const char *kind = ll_email_kind(onderwerp, text, &formal);
    cJSON *cit = citizen_of(initiator(kc));
    if (!cit) {
        ll_err_set(err, "", "out of memory");
        return LL_KI_INVALID;
    }
    const ll_received r = {.source_base = source_base,
                           .adapter = "klantinteracties",
                           .id_key = url,
                           .now_ms = now_ms,
                           .channel = channel,
                           .kind = kind,
                           .text = text,
                           .subject =
                               onderwerp && *onderwerp && text != onderwerp ? onderwerp : NULL,
                           .received_at = at && *at ? at : NULL,
                           .formal = formal ? 1 : -1,
                           .citizen = cit,
                           .citizen_path = "betrokkene"};
    /* An identifier the register holds in a form we cannot use (a phone
     * number with words in it) costs the pseudonym that identifier, not the
     * citizen's contact: it is dropped and the next one tried. */
    for (int tries = 0; !(*ev = ll_received_new(&r, err)); tries++) {
        const char *dot = !strncmp(err->field, "betrokkene.", 11) ? err->field + 10 : NULL;
        if (tries >= 3 || !dot || !cJSON_GetObjectItem(cit, dot + 1)) {
            cJSON_Delete(cit);
            return LL_KI_INVALID;
        }
        ll_warn("klantcontact %s: betrokkene %s: %s; left out of the pseudonym", url, dot + 1,
                err->msg);
        cJSON_DeleteItemFromObject(cit, dot + 1);
    }
    cJSON_Delete(cit);
    return LL_KI_EVENT;
}

/* ---- the notification ---- */

int ll_ki_notification_check(const cJSON *body, const char **url, ll_err *err) {
    /* The Notificaties API's Notificatie (its OpenAPI, version 1.0). */
    static const char *const fields[] = {"kanaal", "hoofdObject",  "resource",  "resourceUrl",
                                         "actie",  "aanmaakdatum", "kenmerken", NULL};
    memset(err, 0, sizeof(*err));
    *url = NULL;
    if (!cJSON_IsObject(body)) {
        ll_err_set(err, "", "a notification is a JSON object");
        return -1;
    }
    if (ll_json_known_fields(body, fields, "", err) != 0)
        return -1;
    const char *kanaal = ll_json_field_str(body, "kanaal", 1, 50, err);
    if (!err->msg[0])
        ll_json_field_str(body, "hoofdObject", 1, LL_KI_URL_BYTES - 1, err);
    const char *resource = err->msg[0] ? NULL : ll_json_field_str(body, "resource", 1, 100, err);
    const char *rurl =
        err->msg[0] ? NULL : ll_json_field_str(body, "resourceUrl", 1, LL_KI_URL_BYTES - 1, err);
    const char *actie = err->msg[0] ? NULL : ll_json_field_str(body, "actie", 1, 100, err);
    const char *when =
        err->msg[0] ? NULL : ll_json_field_str(body, "aanmaakdatum", 1, LL_MAX_TIME_BYTES, err);
    if (err->msg[0])
        return -1;
    time_t t;
    if (ll_time_parse(when, &t) != 0) {
        ll_err_set(err, "aanmaakdatum", "not an RFC 3339 date-time");
        return -1;
    }
    if (strncmp(rurl, "http://", 7) && strncmp(rurl, "https://", 8)) {
        ll_err_set(err, "resourceUrl", "not an http(s) URL");
        return -1;
    }
    const cJSON *k = cJSON_GetObjectItemCaseSensitive(body, "kenmerken");
    if (k && !cJSON_IsNull(k)) {
        if (!cJSON_IsObject(k)) {
            ll_err_set(err, "kenmerken", "must be an object");
            return -1;
        }
        for (const cJSON *v = k->child; v; v = v->next)
            if (!cJSON_IsString(v) && !cJSON_IsBool(v) && !cJSON_IsNull(v)) {
                ll_err_set(err, "kenmerken", "'%.40s' is not a string", v->string);
                return -1;
            }
    }
    if (strcmp(kanaal, "klantcontacten") || strcmp(resource, "klantcontact")) {
        ll_err_set(err, "resource", "%.50s/%.50s is not a klantcontact", kanaal, resource);
        return 0;
    }
    if (strcmp(actie, "create")) {
        ll_err_set(err, "actie", "'%.50s': only new klantcontacten are taken", actie);
        return 0;
    }
    *url = rurl;
    return 1;
}

/* ---- the role ---- */

typedef struct ki {
    const ll_config *cfg;
    const ll_klantinteracties_cfg *kc;
    ll_intake *in;
    ll_httpc *http;
    char auth[300]; /* "Authorization: Token ..." */
    int catch_up;
    char since[LL_MAX_TIME_BYTES];
} ki;

static ki *g_ki; /* the converter's state: one adapter per process */

/* Whether path (after the API's prefix) climbs or hides its segments: a dot segment, plain
 * or percent-encoded ("/%2e%2e/"), or an encoded slash or backslash. A resource of the API
 * is named by ids; such a path leaves api_url's prefix on the same host (user check 6 saw
 * the token go to ".../klantcontacten/%2e%2e/%2e%2e/_calls"). */
static int path_escapes(const char *path) {
    for (const char *c = path; *c; c++) {
        if (*c == '%' && c[1] && c[2] &&
            (!strncasecmp(c, "%2e", 3) || !strncasecmp(c, "%2f", 3) || !strncasecmp(c, "%5c", 3)))
            return 1;
        if (*c == '/' && c[1] == '.' &&
            (c[2] == '/' || c[2] == '?' || c[2] == '#' || !c[2] ||
             (c[2] == '.' && (c[3] == '/' || c[3] == '?' || c[3] == '#' || !c[3]))))
            return 1;
    }
    return 0;
}

/* Whether url names a resource of the API at api: the token goes only there. A plain prefix
 * let "http://host:port@other/..." and "http://host:port0/..." through (user check of 12-02):
 * the URL must be one a request may go to at all, the prefix end at a path boundary, and the
 * rest of the path not climb out of the prefix. */
static int under_api_url(const char *url, const char *api) {
    size_t n = strlen(api);
    if (n == 0 || strncmp(url, api, n) != 0 || ll_httpc_url_problem(url))
        return 0;
    if (api[n - 1] != '/' && url[n] != '/' && url[n] != '?' && url[n] != '\0')
        return 0;
    return !path_escapes(url + n - (api[n - 1] == '/'));
}

/* GET url from the API: the parsed answer, or NULL with err (and *retry when
 * trying again may help). */
static cJSON *api_get(ki *s, const char *url, int *retry, ll_err *err) {
    const char *hdr[] = {s->auth, "Accept: application/json", NULL};
    const char *body;
    size_t len;
    long code;
    char e[512];
    *retry = 0;
    if (!under_api_url(url, s->kc->api_url)) {
        ll_err_set(err, "resourceUrl", "not under the configured api_url");
        return NULL;
    }
    enum ll_httpc_outcome o =
        ll_httpc_request(s->http, "GET", url, hdr, NULL, &code, &body, &len, e, sizeof(e));
    if (o != LL_HTTPC_OK) {
        ll_metric_add(&m_api_fail, 1);
        ll_warn("Klantinteracties API: %s", e);
        *retry = 1; /* a refusal too: the token or the API may be fixed meanwhile */
        ll_err_set(err, "resourceUrl", "Klantinteracties API: %s", e);
        return NULL;
    }
    cJSON *j = ll_json_parse(body, len, LL_KI_MAX_ANSWER, err);
    if (!j) {
        ll_metric_add(&m_api_fail, 1);
        *retry = 1;
        char m[sizeof(err->msg)];
        snprintf(m, sizeof(m), "%s", err->msg);
        ll_err_set(err, "resourceUrl", "Klantinteracties API answered no JSON: %s", m);
    }
    return j;
}

static int append_expand(const char *url, char *out, size_t outlen) {
    int n = snprintf(out, outlen, "%s%s" KI_EXPAND, url, strchr(url, '?') ? "&" : "?");
    return n < 0 || (size_t)n >= outlen ? -1 : 0;
}

static int notification_convert(const cJSON *body, const ll_intake_req *r, cJSON **evs, int max,
                                ll_err *err) {
    (void)max;
    ki *s = g_ki;
    const char *url;
    int rc = ll_ki_notification_check(body, &url, err);
    if (rc < 0) {
        ll_metric_add(&m_bad, 1);
        return -1;
    }
    if (rc == 0) {
        ll_metric_add(&m_skipped, 1);
        ll_info("notification not taken: %s: %s", err->field, err->msg);
        *r->status = 200;
        return 0;
    }
    char full[LL_KI_URL_BYTES + 128];
    int retry;
    if (append_expand(url, full, sizeof(full)) != 0) {
        ll_err_set(err, "resourceUrl", "longer than %d bytes", LL_KI_URL_BYTES - 1);
        return -1;
    }
    cJSON *kc = api_get(s, full, &retry, err);
    if (!kc) {
        if (retry)
            *r->status = 502;
        else
            ll_metric_add(&m_bad, 1);
        return -1;
    }
    enum ll_ki_take t =
        ll_ki_klantcontact_to_event(kc, s->kc, r->cfg->source_base, ll_now_ms(), &evs[0], err);
    cJSON_Delete(kc);
    if (t == LL_KI_SKIP) {
        ll_metric_add(&m_skipped, 1);
        ll_info("klantcontact %s not taken: %s", url, err->msg);
        *r->status = 200;
        return 0;
    }
    if (t == LL_KI_INVALID) {
        /* The register's data, not the notification, is at fault: 422 says so
         * and the sender does not retry a request that cannot succeed. */
        ll_metric_add(&m_bad, 1);
        ll_warn("klantcontact %s: %s: %s", url, err->field, err->msg);
        *r->status = 422;
        return -1;
    }
    ll_metric_add(&m_notified, 1);
    return 1;
}

/* ---- catch-up ---- */

typedef struct catchup {
    int outstanding, failed, accepted;
} catchup;

static void catchup_done(void *arg, const char *id, rd_kafka_resp_err_t err) {
    (void)id;
    catchup *st = arg;
    st->outstanding--;
    if (err)
        st->failed++;
    else
        st->accepted++;
}

static void cursor_path(const ki *s, char *out, size_t outlen) {
    if (s->kc->cursor_file[0])
        snprintf(out, outlen, "%s", s->kc->cursor_file);
    else
        snprintf(out, outlen, "%s/klantinteracties.cursor", s->cfg->home);
}

/* The stored cursor into out ("" when none); -1 when the file is unusable. */
static int cursor_read(const ki *s, char *out, size_t outlen) {
    char path[1100];
    cursor_path(s, path, sizeof(path));
    out[0] = '\0';
    FILE *f = fopen(path, "r");
    if (!f)
        return errno == ENOENT ? 0 : -1;
    char line[LL_MAX_TIME_BYTES + 2] = "";
    int ok = fgets(line, sizeof(line), f) != NULL;
    fclose(f);
    line[strcspn(line, "\r\n")] = '\0';
    time_t t;
    if (!ok || ll_time_parse(line, &t) != 0) {
        fprintf(stderr, "%s: not an RFC 3339 time; give --since TIME\n", path);
        return -1;
    }
    snprintf(out, outlen, "%s", line);
    return 0;
}

/* Written beside and renamed: a crash leaves the old cursor or the new one. */
static int cursor_write(const ki *s, const char *when) {
    char path[1100], tmp[1110];
    cursor_path(s, path, sizeof(path));
    snprintf(tmp, sizeof(tmp), "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f || fprintf(f, "%s\n", when) < 0 || fclose(f) != 0 || rename(tmp, path) != 0) {
        fprintf(stderr, "%s: cannot write the cursor: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

/* Exit: 0 done; 65 some klantcontacten unusable (the rest taken); 75 the API
 * or Kafka did not take part of it (the cursor stays); 66 no cursor. */
static int run_catch_up(ki *s) {
    char cursor[LL_MAX_TIME_BYTES];
    if (s->since[0]) {
        snprintf(cursor, sizeof(cursor), "%s", s->since);
    } else if (cursor_read(s, cursor, sizeof(cursor)) != 0) {
        return 66;
    } else if (!cursor[0]) {
        char path[1100];
        cursor_path(s, path, sizeof(path));
        fprintf(stderr, "no cursor yet (%s): give --since TIME for the first catch-up\n", path);
        return 66;
    }
    long long cursor_ms;
    if (ll_time_parse_ms(cursor, &cursor_ms) != 0) {
        fprintf(stderr, "--since %s: not an RFC 3339 time\n", cursor);
        return 66;
    }
    long long from_ms = cursor_ms - 1000LL * s->kc->overlap_s, newest_ms = cursor_ms;
    char url[LL_KI_URL_BYTES + 256];
    snprintf(url, sizeof(url), "%s/klantcontacten?pageSize=%d&" KI_EXPAND, s->kc->api_url,
             s->kc->page_size);
    catchup st = {0, 0, 0};
    int pages = 0, rejected = 0, skipped = 0, api_failed = 0, done = 0;
    while (!done && !ll_stop_requested()) {
        ll_err err = {{0}, {0}};
        int retry;
        cJSON *page = api_get(s, url, &retry, &err);
        const cJSON *results = page ? cJSON_GetObjectItemCaseSensitive(page, "results") : NULL;
        if (!cJSON_IsArray(results)) {
            fprintf(stderr, "page %d: %s\n", pages + 1,
                    page ? "the answer has no results list" : err.msg);
            cJSON_Delete(page);
            api_failed = 1;
            break;
        }
        pages++;
        for (const cJSON *kc = results->child; kc; kc = kc->next) {
            const char *at = ll_json_str(kc, "plaatsgevondenOp");
            long long at_ms;
            if (at && ll_time_parse_ms(at, &at_ms) == 0 && at_ms < from_ms) {
                done = 1; /* newest first: the rest is older still */
                break;
            }
            cJSON *ev;
            enum ll_ki_take t =
                ll_ki_klantcontact_to_event(kc, s->kc, s->cfg->source_base, ll_now_ms(), &ev, &err);
            const char *kurl = ll_json_str(kc, "url");
            if (t != LL_KI_EVENT) {
                if (t == LL_KI_INVALID)
                    fprintf(stderr, "%s: %s: %s\n", kurl ? kurl : "klantcontact", err.field,
                            err.msg);
                t == LL_KI_SKIP ? skipped++ : rejected++;
                continue;
            }
            if (at && ll_time_parse_ms(at, &at_ms) == 0 && at_ms > newest_ms)
                newest_ms = at_ms;
            while (ll_intake_pending(s->in) >= ll_intake_max_pending(s->in))
                event_base_loop(ll_intake_base(s->in), EVLOOP_ONCE);
            char e[256];
            st.outstanding++;
            if (ll_intake_produce(s->in, ev, catchup_done, &st, e, sizeof(e)) != 0) {
                fprintf(stderr, "%s: %s\n", kurl ? kurl : "klantcontact", e);
                st.outstanding--;
                st.failed++;
            }
            event_base_loop(ll_intake_base(s->in), EVLOOP_NONBLOCK);
        }
        const char *next = done ? NULL : ll_json_str(page, "next");
        if (!next || !*next || pages >= LL_KI_CATCHUP_MAX_PAGES) {
            if (next && *next)
                fprintf(stderr, "stopped after %d pages; run again for the rest\n", pages);
            done = 1;
        } else {
            snprintf(url, sizeof(url), "%s", next);
        }
        cJSON_Delete(page);
    }
    while (st.outstanding > 0)
        event_base_loop(ll_intake_base(s->in), EVLOOP_ONCE);
    char newest[LL_MAX_TIME_BYTES];
    ll_time_format_ms(newest_ms, newest, sizeof(newest));
    int complete = done && !api_failed && !st.failed;
    fprintf(stderr,
            "catch-up from %s: %d pages, %d klantcontacten taken, %d not ours, %d "
            "unusable, %d not confirmed by Kafka%s; cursor %s\n",
            cursor, pages, st.accepted, skipped, rejected, st.failed,
            api_failed ? ", the API failed" : "", complete ? newest : "unchanged");
    if (!complete)
        return 75;
    if (cursor_write(s, newest) != 0)
        return 75;
    return rejected ? 65 : 0;
}

static void ki_shutdown(void *state) {
    ki *s = state;
    if (!s)
        return;
    ll_intake_free(s->in);
    ll_httpc_free(s->http);
    if (g_ki == s)
        g_ki = NULL;
    free(s);
}

static void *ki_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    ki *s = calloc(1, sizeof(*s));
    if (!s) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    for (int i = 0; i < argc; i++) {
        time_t t;
        if (!strcmp(argv[i], "--catch-up")) {
            s->catch_up = 1;
        } else if (!strcmp(argv[i], "--since") && i + 1 < argc) {
            if (strlen(argv[++i]) >= sizeof(s->since) || ll_time_parse(argv[i], &t) != 0) {
                snprintf(errstr, errlen, "klantinteracties: --since '%s' is not an RFC 3339 time",
                         argv[i]);
                goto fail;
            }
            snprintf(s->since, sizeof(s->since), "%s", argv[i]);
        } else {
            snprintf(errstr, errlen, "klantinteracties: unexpected argument '%s'", argv[i]);
            goto fail;
        }
    }
    if (s->since[0] && !s->catch_up) {
        snprintf(errstr, errlen, "klantinteracties: --since goes with --catch-up");
        goto fail;
    }
    s->cfg = cfg;
    s->kc = ll_config_settings(cfg, &ll_klantinteracties_config);
    const char *api = s->kc->api_url;
    if (!api[0]) { /* its form is checked with the config (LL_CT_URL) */
        snprintf(errstr, errlen,
                 "klantinteracties: no [klantinteracties] api_url, the API's http(s) URL "
                 "(https://host/klantinteracties/api/v1)");
        goto fail;
    }
    if (!s->kc->api_token[0] || ll_has_control(s->kc->api_token)) {
        snprintf(errstr, errlen, "klantinteracties: [klantinteracties] api_token is missing");
        goto fail;
    }
    snprintf(s->auth, sizeof(s->auth), "Authorization: Token %s", s->kc->api_token);
    if (!(s->http = ll_httpc_new(s->kc->timeout_ms, LL_KI_MAX_ANSWER, errstr, errlen)))
        goto fail;
    LL_METRICS_REGISTER(&m_notified, &m_skipped, &m_bad, &m_unmapped, &m_api_fail);
    if (!(s->in = ll_intake_new(cfg, &s->kc->intake, "klantinteracties",
                                s->catch_up ? LL_INTAKE_NO_HTTP : LL_INTAKE_HTTP, errstr, errlen)))
        goto fail;
    if (!s->catch_up && ll_intake_route_json(s->in, "/v1/notificaties", notification_convert, 1)) {
        snprintf(errstr, errlen, "klantinteracties: cannot register routes");
        goto fail;
    }
    g_ki = s;
    return s;
fail:
    ki_shutdown(s);
    return NULL;
}

static int ki_run(void *state) {
    ki *s = state;
    if (s->catch_up)
        return run_catch_up(s);
    ll_info("notifications on http://%s/v1/notificaties; klantcontacten from %s",
            s->kc->intake.listen, s->kc->api_url);
    return ll_intake_run(s->in);
}

const ll_role ll_role_klantinteracties = {
    .name = "klantinteracties",
    .summary = "Klantinteracties (Open Klant, KISS): Notificaties callback POST /v1/notificaties "
               "and --catch-up -> feedback.raw",
    .usage =
        "  --catch-up         page through GET /klantcontacten since the stored cursor, then exit\n"
        "                     (0 done, 65 some unusable, 75 API or Kafka failed, 66 no cursor)\n"
        "  --since TIME       with --catch-up: start there instead of the cursor (RFC 3339)\n",
    .config = &ll_klantinteracties_config,
    .needs_pseudonym_key = 1,
    .init = ki_init,
    .run = ki_run,
    .shutdown = ki_shutdown,
};
