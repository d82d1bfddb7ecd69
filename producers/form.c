/* form.c - the public complaint form of the web adapter: an accessible Dutch page that
 * works without JavaScript, a rate limit per address, a honeypot, an anti-forgery token,
 * and a receipt that shows the reference only once Kafka has the complaint. Everything a
 * visitor sent that the page shows again is HTML-escaped, field names included.
 *
 * The funnel (ll_form_funnel_total) counts shown -> started -> submitted -> accepted, each
 * once per page: a page keeps its reference ("ref") through every round of errors, so a
 * visitor who corrects a post and sends it again, or sends the same page twice, is one start
 * and one submission (user check of 12-01, REPORT-user3 item 14: "Getoond 1 -> begonnen 4 ->
 * verstuurd 4 -> aangenomen 1" from one page). "Invalid" counts every post refused for its
 * fields, the rounds of errors. "Started" is the first change a visitor makes in a form:
 * /form.js (optional, the form works without it) posts the page's anti-forgery token to
 * /form/started once and sets the hidden field "begonnen" to 1. A post without begonnen=1
 * (no script, or the beacon was not sent) counts as started when it arrives, so started is
 * never below submitted by visitors. */
#include "form.h"

#include <arpa/inet.h>
#include <pthread.h>
#include <ctype.h>
#include <errno.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "http.h"
#include "ll_limits.h"
#include "log.h"
#include "metrics.h"
#include "text.h"
#include "web.h"
#include "web_body.h"

LL_METRIC(
    m_shown, "ll_form_funnel_total", "step=\"shown\"", LL_COUNTER,
    "complaint form funnel: shown, started, submitted, invalid, accepted, spam, rate_limited");
LL_METRIC(m_started, "ll_form_funnel_total", "step=\"started\"", LL_COUNTER, "");
LL_METRIC(m_submitted, "ll_form_funnel_total", "step=\"submitted\"", LL_COUNTER, "");
LL_METRIC(m_invalid, "ll_form_funnel_total", "step=\"invalid\"", LL_COUNTER, "");
LL_METRIC(m_accepted, "ll_form_funnel_total", "step=\"accepted\"", LL_COUNTER, "");
LL_METRIC(m_spam, "ll_form_funnel_total", "step=\"spam\"", LL_COUNTER, "");
LL_METRIC(m_limited, "ll_form_funnel_total", "step=\"rate_limited\"", LL_COUNTER, "");

#define FORM_MAX_FIELDS 32
#define FORM_RATE_SLOTS 4096 /* client addresses remembered for the rate limit */
/* Pages (by the token of a beacon or the reference of a post) remembered with the funnel
 * steps they counted, so a page counts each step once. One seen again after this many later
 * pages counts again: a funnel figure, not accounting. */
#define FORM_PAGES_SEEN 4096

typedef struct rate_slot {
    char addr[64]; /* ll_http_client: an address, or an IPv6 /64 */
    double tokens;
    long long last_ms;
} rate_slot;

/* One rate table per process, shared by the web workers (threads), so a
 * client's limit does not grow with the number of workers. */
static struct {
    pthread_mutex_t lock;
    rate_slot slots[FORM_RATE_SLOTS];
} rate = {.lock = PTHREAD_MUTEX_INITIALIZER};

enum { PAGE_STARTED = 1, PAGE_SUBMITTED = 2, PAGE_ACCEPTED = 4 };

/* Pages and the steps each counted, by a hash of "what:key", newest overwriting oldest
 * (shared by the workers). */
static struct {
    pthread_mutex_t lock;
    unsigned char key[FORM_PAGES_SEEN][16];
    unsigned char steps[FORM_PAGES_SEEN];
    int next, used;
} pages = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Marks step for the page named by what ("csrf", "ref") and key; 1 when the page had not
 * counted that step yet. */
static int page_step(const char *what, const char *key, unsigned char step) {
    unsigned char k[16];
    crypto_generichash_state h;
    crypto_generichash_init(&h, NULL, 0, sizeof(k));
    crypto_generichash_update(&h, (const unsigned char *)what, strlen(what) + 1);
    crypto_generichash_update(&h, (const unsigned char *)key, strlen(key));
    crypto_generichash_final(&h, k, sizeof(k));
    int fresh = 1;
    pthread_mutex_lock(&pages.lock);
    int at = -1;
    for (int i = 0; i < pages.used && at < 0; i++)
        if (sodium_memcmp(pages.key[i], k, sizeof(k)) == 0)
            at = i;
    if (at < 0) {
        at = pages.next;
        memcpy(pages.key[at], k, sizeof(k));
        pages.steps[at] = 0;
        pages.next = (pages.next + 1) % FORM_PAGES_SEEN;
        if (pages.used < FORM_PAGES_SEEN)
            pages.used++;
    }
    fresh = !(pages.steps[at] & step);
    pages.steps[at] |= step;
    pthread_mutex_unlock(&pages.lock);
    return fresh;
}

struct ll_form {
    ll_intake *in;
    int awb_weeks; /* the handling term of a formal complaint ([process] awb_weeks) */
};

/* The values a visitor typed, kept to show the form again with errors. */
typedef struct form_values {
    char kind[16], subject[LL_MAX_SUBJECT_BYTES + 1], postcode[16], name[LL_MAX_NAME_BYTES + 1];
    char email[LL_MAX_EMAIL_BYTES + 1], phone[LL_MAX_PHONE_BYTES + 1], nonce[48];
    char token[LL_FORM_TOKEN_BYTES];
    char *text;
    int formal, contact;
    int started; /* begonnen=1: /form.js counted the start already */
} form_values;

/* Every error of a post, in the order found, at most one per form field: a citizen with three
 * mistakes saw one per round and sent the form three times (user check of 12-01, REPORT-user2
 * D8). Fields are the form's ids ("tekst", "email"; "" for the whole form), messages Dutch. */
static int errors_has(const ll_form_errors *errs, const char *field) {
    for (int i = 0; i < errs->n; i++)
        if (!strcmp(errs->e[i].field, field))
            return 1;
    return 0;
}

static void errors_add(ll_form_errors *errs, const char *field, const char *msg) {
    ll_err e;
    ll_err_set(&e, field, "%s", msg); /* a made-up field's name is cut: compared as cut */
    if (errs->n < LL_FORM_MAX_ERRORS && !errors_has(errs, e.field))
        errs->e[errs->n++] = e;
}

static const struct {
    const char *value, *label, *kind;
} kinds[] = {{"klacht", "Klacht", "complaint"},
             {"melding", "Melding (iets kapot, vies of onveilig)", "report"},
             {"vraag", "Vraag", "question"},
             {"suggestie", "Suggestie", "suggestion"},
             {"compliment", "Compliment", "compliment"},
             {"bezwaar", "Bezwaar tegen een besluit", "objection"}};
#define NKINDS (sizeof(kinds) / sizeof(kinds[0]))

/* The anti-forgery (CSRF) token: "TIME.MAC", MAC the HMAC-SHA-512-256 (crypto_auth) of
 * "ll-form:TIME" under a key drawn once per process. Stateless, so no session and no
 * JavaScript: every page carries a fresh one in a hidden field, a post must bring one made
 * here within LL_FORM_TOKEN_MAX_AGE_S. Another site can make a visitor's browser post the
 * form but cannot read a token. A restart (or another process behind the same address)
 * draws a new key: the visitor then sees the form again, values kept, and sends it again. */
static unsigned char form_key[crypto_auth_KEYBYTES];
static pthread_once_t form_key_once = PTHREAD_ONCE_INIT;

static void form_key_make(void) {
    if (sodium_init() < 0)
        abort(); /* no randomness: nothing here could be trusted */
    crypto_auth_keygen(form_key);
}

static size_t token_message(char *msg, size_t cap, long long t) {
    int n = snprintf(msg, cap, "ll-form:%lld", t);
    return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}

static void token_make(char out[LL_FORM_TOKEN_BYTES]) {
    pthread_once(&form_key_once, form_key_make);
    long long now = (long long)time(NULL);
    char msg[40], hex[2 * crypto_auth_BYTES + 1];
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, (const unsigned char *)msg, token_message(msg, sizeof(msg), now), form_key);
    sodium_bin2hex(hex, sizeof(hex), mac, sizeof(mac));
    snprintf(out, LL_FORM_TOKEN_BYTES, "%lld.%s", now, hex);
}

/* 1 when tok was made here, at most LL_FORM_TOKEN_MAX_AGE_S ago (a minute ahead is a
 * clock step, not a forgery). */
static int token_ok(const char *tok) {
    pthread_once(&form_key_once, form_key_make);
    char *end;
    errno = 0;
    long long t = strtoll(tok, &end, 10);
    long long age = (long long)time(NULL) - t;
    if (end == tok || *end != '.' || errno || !isdigit((unsigned char)tok[0]) || age < -60 ||
        age > LL_FORM_TOKEN_MAX_AGE_S)
        return 0;
    unsigned char mac[crypto_auth_BYTES];
    size_t got = 0;
    const char *hex_end;
    if (sodium_hex2bin(mac, sizeof(mac), end + 1, strlen(end + 1), NULL, &got, &hex_end) != 0 ||
        got != sizeof(mac) || *hex_end != '\0')
        return 0;
    char msg[40];
    size_t n = token_message(msg, sizeof(msg), t);
    return n > 0 && crypto_auth_verify(mac, (const unsigned char *)msg, n, form_key) == 0;
}

/* The reference a page hands back: letters, digits, '-' and '_' (it becomes an event's
 * natural key and goes back into the page). */
static int ref_ok(const char *v) {
    for (const char *p = v; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_')
            return 0;
    return 1;
}

static int hexval(int c) {
    return isdigit(c) ? c - '0' : isxdigit(c) ? (tolower(c) - 'a' + 10) : -1;
}

/* Decodes one urlencoded component in place; -1 on a bad escape. */
static int url_decode(char *s) {
    char *o = s;
    for (char *p = s; *p; p++) {
        if (*p == '+') {
            *o++ = ' ';
        } else if (*p == '%') {
            int h = hexval((unsigned char)p[1]), l = h < 0 ? -1 : hexval((unsigned char)p[2]);
            if (h < 0 || l < 0)
                return -1;
            *o++ = (char)(h * 16 + l);
            p += 2;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    return (int)(o - s);
}

/* Copies v into dst[n]; -1 when it does not fit: cutting it could split a UTF-8 character
 * and would silently change what the visitor wrote. */
static int copy_field(char *dst, size_t n, const char *v) {
    size_t len = strlen(v);
    if (len >= n)
        return -1;
    memcpy(dst, v, len + 1);
    return 0;
}

/* Fills fv from the body. A field that cannot be kept (a NUL, not UTF-8, too long) is left
 * empty with its error in errs and the others are read on; -1 (with errs) for a body that
 * cannot be read at all. */
static int parse_values(const char *body, size_t len, form_values *fv, int *spam,
                        ll_form_errors *errs) {
    memset(fv, 0, sizeof(*fv));
    *spam = 0;
    char *buf = malloc(len + 1);
    if (!buf) {
        errors_add(errs, "", "out of memory");
        return -1;
    }
    memcpy(buf, body, len);
    buf[len] = '\0';
    int nfields = 0, rc = -1;
    char *save = NULL;
    for (char *pair = strtok_r(buf, "&", &save); pair; pair = strtok_r(NULL, "&", &save)) {
        if (++nfields > FORM_MAX_FIELDS) {
            errors_add(errs, "", "Het formulier heeft te veel velden. Laad de pagina opnieuw.");
            goto out;
        }
        char *eq = strchr(pair, '=');
        /* A name without '=' has an empty value: pair's own terminator, which url_decode
         * may write (a string literal is read-only). */
        char *val = eq ? eq + 1 : pair + strlen(pair);
        if (eq)
            *eq = '\0';
        int vl;
        if (url_decode(pair) < 0 || (vl = url_decode(val)) < 0) {
            errors_add(errs, "", "Het formulier is beschadigd aangekomen. Laad de pagina opnieuw.");
            goto out;
        }
        /* The page is the citizen's: Dutch, and saying what is wrong (F1, REPORT-user2);
         * a NUL is a control character, not a UTF-8 problem. */
        if ((size_t)vl != strlen(val)) {
            errors_add(errs, pair,
                       strcmp(pair, "tekst") == 0
                           ? "Uw bericht bevat een onzichtbaar stuurteken (een nulteken). Haal "
                             "het weg en verstuur het opnieuw."
                           : "Dit veld bevat een onzichtbaar stuurteken (een nulteken). Haal het "
                             "weg en verstuur het opnieuw.");
            continue;
        }
        if (!ll_utf8_valid(val, (size_t)vl, NULL)) {
            errors_add(errs, pair,
                       strcmp(pair, "tekst") == 0
                           ? "Uw bericht bevat tekens die we niet kunnen lezen. Typ die tekens "
                             "opnieuw of plak de tekst zonder opmaak."
                           : "Dit veld bevat tekens die we niet kunnen lezen. Typ het opnieuw.");
            continue;
        }
        int fit = 0;
        if (!strcmp(pair, "soort"))
            fit = copy_field(fv->kind, sizeof(fv->kind), val);
        else if (!strcmp(pair, "onderwerp"))
            fit = copy_field(fv->subject, sizeof(fv->subject), val);
        else if (!strcmp(pair, "postcode"))
            fit = copy_field(fv->postcode, sizeof(fv->postcode), val);
        else if (!strcmp(pair, "naam"))
            fit = copy_field(fv->name, sizeof(fv->name), val);
        else if (!strcmp(pair, "email"))
            fit = copy_field(fv->email, sizeof(fv->email), val);
        else if (!strcmp(pair, "telefoon"))
            fit = copy_field(fv->phone, sizeof(fv->phone), val);
        else if (!strcmp(pair, "ref") && !ref_ok(val))
            errors_add(errs, "ref", "Het formulier is beschadigd. Laad de pagina opnieuw.");
        else if (!strcmp(pair, "ref"))
            fit = copy_field(fv->nonce, sizeof(fv->nonce), val);
        else if (!strcmp(pair, "csrf"))
            fit = copy_field(fv->token, sizeof(fv->token), val);
        else if (!strcmp(pair, "formeel"))
            fv->formal = !strcmp(val, "ja");
        else if (!strcmp(pair, "terugbellen"))
            fv->contact = !strcmp(val, "ja");
        else if (!strcmp(pair, "begonnen"))
            fv->started = !strcmp(val, "1");
        else if (!strcmp(pair, "website"))
            *spam = *val != '\0'; /* hidden from people; bots fill it in */
        else if (!strcmp(pair, "tekst")) {
            free(fv->text);
            fv->text = strdup(val);
        }
        if (fit != 0)
            errors_add(errs, pair, "Dit veld is te lang. Maak het korter.");
    }
    rc = 0;
out:
    free(buf);
    return rc;
}

static void values_free(form_values *fv) { free(fv->text); }

static const char *kind_of(const char *v) {
    for (size_t i = 0; i < NKINDS; i++)
        if (!strcmp(v, kinds[i].value))
            return kinds[i].kind;
    return NULL;
}

/* What takes a required field's place while the other fields are checked: the page shows
 * that field's own error, and nothing with a stand-in is ever sent. */
#define FORM_STAND_IN_KIND "complaint"
#define FORM_STAND_IN_TEXT "-"

_Static_assert(LL_FORM_MAX_TEXT_CHARS * 3 <= LL_MAX_TEXT_BYTES,
               "a text the form takes must fit the intake's limit in bytes");

/* The length of valid UTF-8 s as a browser counts it for maxlength: UTF-16 code units, a
 * line break one (the textarea counts "\n", the post sends "\r\n"). Counted so, the limit
 * the page gives and the one checked here are the same (user check of 12-01, REPORT-user3
 * item 11: the page said 8192, the server took 10,500). */
static size_t form_chars(const char *s) {
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80 || (*p == '\r' && p[1] == '\n'))
            continue;
        n += *p >= 0xF0 ? 2 : 1;
    }
    return n;
}

/* A formal complaint is the kind complaint with "formeel" ticked; another kind drops it. */
static int formal_of(const form_values *fv) {
    const char *kind = kind_of(fv->kind);
    return fv->formal && kind && !strcmp(kind, "complaint");
}

/* The feedback body of ll_web_body_to_event. A missing kind or text is an error in errs,
 * with a stand-in in the body so that the intake's checks can still read the rest. */
static cJSON *values_to_body(const form_values *fv, ll_form_errors *errs) {
    const char *kind = kind_of(fv->kind), *text = fv->text;
    if (!kind) {
        errors_add(errs, "soort", "Kies wat voor bericht het is.");
        kind = FORM_STAND_IN_KIND;
    }
    if (!text || !*text) {
        errors_add(errs, "tekst", "Schrijf uw bericht.");
        text = FORM_STAND_IN_TEXT;
    } else if (form_chars(text) > LL_FORM_MAX_TEXT_CHARS) {
        char msg[160];
        snprintf(msg, sizeof(msg),
                 "Uw bericht is te lang: het heeft %zu tekens, er passen er %d. Maak het korter.",
                 form_chars(text), LL_FORM_MAX_TEXT_CHARS);
        errors_add(errs, "tekst", msg);
        text = FORM_STAND_IN_TEXT;
    }
    /* Awb 9:4: a formal complaint names who sends it, and the term the page promises needs a
     * way to answer (REPORT-user3 item 9: an anonymous one was promised a reply). So it asks
     * for contact, as "Neem contact met mij op" does, and the name. */
    int formal = formal_of(fv);
    if (formal && !fv->name[0])
        errors_add(errs, "naam",
                   "Vul uw naam in. Een formele klacht behandelen we met de naam van wie hem "
                   "indient (Algemene wet bestuursrecht, artikel 9:4).");
    if (formal && !fv->email[0] && !fv->phone[0])
        errors_add(errs, "email",
                   "Vul een e-mailadres of telefoonnummer in. Op een formele klacht krijgt u "
                   "binnen de wettelijke termijn een reactie: daarvoor moeten we u kunnen "
                   "bereiken.");
    cJSON *b = cJSON_CreateObject();
    cJSON *c = cJSON_CreateObject();
    if (!b || !c) {
        cJSON_Delete(b);
        cJSON_Delete(c);
        errors_add(errs, "", "out of memory");
        return NULL;
    }
    /* Every add can fail for memory; a body missing a field would be a different message. */
    int ok = cJSON_AddStringToObject(b, "kind", kind) && cJSON_AddStringToObject(b, "text", text) &&
             (!fv->subject[0] || cJSON_AddStringToObject(b, "subject", fv->subject)) &&
             (!fv->postcode[0] || cJSON_AddStringToObject(b, "postcode", fv->postcode)) &&
             (!formal || cJSON_AddTrueToObject(b, "formal")) &&
             (!fv->name[0] || cJSON_AddStringToObject(c, "name", fv->name)) &&
             (!fv->email[0] || cJSON_AddStringToObject(c, "email", fv->email)) &&
             (!fv->phone[0] || cJSON_AddStringToObject(c, "phone", fv->phone));
    if (ok && cJSON_AddItemToObject(b, "citizen", c))
        c = NULL; /* owned by b */
    else
        ok = 0;
    if (!ok || ((fv->contact || formal) && !cJSON_AddTrueToObject(b, "contact_requested"))) {
        cJSON_Delete(b);
        cJSON_Delete(c);
        errors_add(errs, "", "out of memory");
        return NULL;
    }
    return b;
}

cJSON *ll_form_body_parse(const char *body, size_t len, int *spam, ll_err *err) {
    form_values fv;
    ll_form_errors errs = {.n = 0};
    cJSON *b = NULL;
    if (parse_values(body, len, &fv, spam, &errs) == 0)
        b = values_to_body(&fv, &errs);
    values_free(&fv); /* the text may have been read before an error */
    if (errs.n > 0) {
        cJSON_Delete(b);
        *err = errs.e[0];
        return NULL;
    }
    return b;
}

/* Dutch messages for the fields ll_web_body_to_event names. */
static const char *form_field(const char *field) {
    if (!strncmp(field, "citizen.email", 13) || !strcmp(field, "contact"))
        return "email";
    if (!strncmp(field, "citizen.phone", 13))
        return "telefoon";
    if (!strncmp(field, "citizen.name", 12))
        return "naam";
    if (!strncmp(field, "citizen", 7))
        return "email";
    if (!strcmp(field, "text"))
        return "tekst";
    if (!strcmp(field, "subject"))
        return "onderwerp";
    if (!strcmp(field, "postcode"))
        return "postcode";
    if (!strcmp(field, "kind"))
        return "soort";
    return field;
}

const char *ll_form_error_message(const ll_err *err) {
    const char *f = err->field;
    if (!strncmp(f, "citizen.email", 13))
        return "Dit e-mailadres klopt niet. Voorbeeld: naam@voorbeeld.nl";
    if (!strncmp(f, "citizen.phone", 13))
        return "Dit telefoonnummer klopt niet. Voorbeeld: 06 1234 5678";
    if (!strcmp(f, "citizen") && strstr(err->msg, "contact"))
        return "Vul een e-mailadres of telefoonnummer in, dan kunnen we contact opnemen.";
    if (!strcmp(f, "postcode"))
        return "Deze postcode klopt niet. Voorbeeld: 3011 AB";
    if (!strcmp(f, "text") && strstr(err->msg, "longer"))
        return "Uw bericht is te lang. Maak het korter.";
    if (!strcmp(f, "text") && strstr(err->msg, "bidirectional"))
        return "Uw bericht bevat een onzichtbaar teken dat de leesrichting van de tekst omdraait. "
               "Haal het weg (typ de tekst opnieuw) en verstuur het opnieuw.";
    if (!strcmp(f, "text") && strstr(err->msg, "control character"))
        return "Uw bericht bevat een onzichtbaar stuurteken. Haal het weg (typ de tekst opnieuw) "
               "en verstuur het opnieuw.";
    if (!strcmp(f, "text"))
        return "Schrijf uw bericht.";
    if (!strcmp(f, "subject") && strstr(err->msg, "longer"))
        return "Het onderwerp is te lang. Maak het korter.";
    if (!strcmp(f, "subject"))
        return "Het onderwerp bevat een onzichtbaar stuurteken. Haal het weg en verstuur het "
               "opnieuw.";
    if (!strncmp(f, "citizen.name", 12) && strstr(err->msg, "longer"))
        return "Uw naam is te lang. Maak hem korter.";
    if (!strncmp(f, "citizen.name", 12))
        return "Uw naam bevat een onzichtbaar stuurteken. Haal het weg en verstuur het opnieuw.";
    return err->msg;
}

/* Takes the field the intake refused out of body, so that its checks can read the rest; a
 * required one gets its stand-in. 0, or -1 when there is nothing left to take (a stand-in
 * refused, or a field the form does not send): the checks end there. */
static int set_aside(cJSON *body, const char *field) {
    const char *stand_in = !strcmp(field, "text")   ? FORM_STAND_IN_TEXT
                           : !strcmp(field, "kind") ? FORM_STAND_IN_KIND
                                                    : NULL;
    if (stand_in) {
        const char *now = ll_json_str(body, field);
        if (now && !strcmp(now, stand_in))
            return -1;
        cJSON *v = cJSON_CreateString(stand_in);
        if (v && cJSON_ReplaceItemInObjectCaseSensitive(body, field, v))
            return 0;
        cJSON_Delete(v);
        return -1;
    }
    cJSON *in = body;
    if (!strcmp(field, "citizen")) {
        field = "contact_requested"; /* contact asked for, no address or number to use */
    } else if (!strncmp(field, "citizen.", 8)) {
        in = cJSON_GetObjectItemCaseSensitive(body, "citizen");
        field += 8;
    }
    cJSON *gone = cJSON_DetachItemFromObjectCaseSensitive(in, field);
    cJSON_Delete(gone);
    return gone ? 0 : -1;
}

/* The received event of fv, or NULL with every field's error in errs. The intake's checks
 * (ll_web_body_to_event, the same as for POST /v1/feedback) stop at the first error: they are
 * asked again with each field they refused set aside, at most once per error the page can
 * show. Only an invalid post costs the extra rounds. */
static cJSON *values_check(const form_values *fv, const char *source_base, ll_form_errors *errs) {
    cJSON *body = values_to_body(fv, errs), *ev = NULL;
    for (int round = 0; body && round < LL_FORM_MAX_ERRORS; round++) {
        ll_err err;
        ev = ll_web_body_to_event(body, "form", fv->nonce[0] ? fv->nonce : NULL, source_base, &err);
        if (ev)
            break;
        errors_add(errs, err.field[0] ? form_field(err.field) : "", ll_form_error_message(&err));
        if (!err.field[0] || set_aside(body, err.field) != 0)
            break;
    }
    cJSON_Delete(body);
    if (errs->n > 0) {
        cJSON_Delete(ev); /* made from stand-ins or without a refused field */
        ev = NULL;
    }
    return ev;
}

cJSON *ll_form_to_event(const char *body, size_t len, const char *source_base, int *spam,
                        ll_form_errors *errs) {
    form_values fv;
    cJSON *ev = NULL;
    errs->n = 0;
    if (parse_values(body, len, &fv, spam, errs) == 0 && !*spam)
        ev = values_check(&fv, source_base, errs);
    values_free(&fv);
    return ev;
}

static void page_head(struct evbuffer *b, const char *title) {
    evbuffer_add_printf(
        b,
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%s</title><style>"
        "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;"
        "line-height:1.5;color:#1a1a1a}label{display:block;font-weight:600;margin-top:1rem}"
        "input[type=text],input[type=email],input[type=tel],select,textarea{width:100%%;"
        "padding:.5rem;font-size:1rem;border:2px solid #555;border-radius:4px;box-sizing:"
        "border-box}textarea{min-height:10rem}:focus{outline:3px solid #0b5fff;outline-offset:2px}"
        ".hint{color:#444;font-size:.95rem}.error{color:#b00020;font-weight:600}"
        "input[aria-invalid=true],textarea[aria-invalid=true],select[aria-invalid=true]{border-"
        "color:#b00020}.check label{display:inline;font-weight:400}"
        "button{margin-top:1.5rem;padding:.75rem 1.5rem;font-size:1.1rem;background:#0b5fff;"
        "color:#fff;border:0;border-radius:4px}.hp{position:absolute;left:-10000px}"
        ".summary{border:3px solid #b00020;padding:1rem}</style></head><body><main>\n",
        title);
}

/* The error of form field id, or NULL. */
static const char *error_of(const ll_form_errors *errs, const char *id) {
    for (int i = 0; errs && i < errs->n; i++)
        if (!strcmp(errs->e[i].field, id))
            return errs->e[i].msg;
    return NULL;
}

static void field_error(struct evbuffer *b, const char *id, const ll_form_errors *errs) {
    const char *msg = error_of(errs, id);
    if (msg) {
        evbuffer_add_printf(b, "<p class=\"error\" id=\"%s-fout\">", id);
        ll_html_escape(b, msg);
        evbuffer_add_printf(b, "</p>");
    }
}

static const char *invalid(const char *id, const ll_form_errors *errs) {
    return error_of(errs, id) ? " aria-invalid=\"true\"" : "";
}

static void text_input(struct evbuffer *b, const char *id, const char *type, const char *label,
                       const char *hint, const char *value, const char *autocomplete,
                       const ll_form_errors *errs) {
    evbuffer_add_printf(b, "<label for=\"%s\">%s</label>", id, label);
    if (hint)
        evbuffer_add_printf(b, "<p class=\"hint\" id=\"%s-hint\">%s</p>", id, hint);
    field_error(b, id, errs);
    int bad = *invalid(id, errs) != '\0';
    evbuffer_add_printf(b, "<input type=\"%s\" id=\"%s\" name=\"%s\" autocomplete=\"%s\"%s", type,
                        id, id, autocomplete, invalid(id, errs));
    if (hint || bad)
        evbuffer_add_printf(b, " aria-describedby=\"%s%s%s%s%s\"", hint ? id : "",
                            hint ? "-hint" : "", hint && bad ? " " : "", bad ? id : "",
                            bad ? "-fout" : "");
    evbuffer_add_printf(b, " value=\"");
    ll_html_escape(b, value ? value : "");
    evbuffer_add_printf(b, "\">\n");
}

/* The fields in the page's order: the summary lists their errors so, then the others. */
static const char *const page_fields[] = {"soort", "onderwerp", "tekst",    "postcode",
                                          "naam",  "email",     "telefoon", NULL};

static int page_rank(const char *field) {
    int i = 0;
    while (page_fields[i] && strcmp(page_fields[i], field))
        i++;
    return i;
}

/* Every error at the top, each a link to its field; the field name may be one the visitor
 * made up: escaped like any value. */
static void error_summary(struct evbuffer *b, const ll_form_errors *errs) {
    evbuffer_add_printf(b, "<div class=\"summary\" role=\"alert\" tabindex=\"-1\" "
                           "id=\"fouten\"><h2>");
    if (errs->n > 1)
        evbuffer_add_printf(b, "Er zijn %d dingen niet goed ingevuld", errs->n);
    else
        evbuffer_add_printf(b, "Er is iets niet goed ingevuld");
    evbuffer_add_printf(b, "</h2><ul>");
    for (int rank = 0; rank <= page_rank(""); rank++)
        for (int i = 0; i < errs->n; i++) {
            const ll_err *e = &errs->e[i];
            if (page_rank(e->field) != rank)
                continue;
            evbuffer_add_printf(b, "<li>");
            if (e->field[0]) {
                evbuffer_add_printf(b, "<a href=\"#");
                ll_html_escape(b, e->field);
                evbuffer_add_printf(b, "\">");
            }
            ll_html_escape(b, e->msg);
            evbuffer_add_printf(b, "%s</li>", e->field[0] ? "</a>" : "");
        }
    evbuffer_add_printf(b, "</ul></div>\n");
}

static void render_form(const ll_form *f, struct evhttp_request *req, int code,
                        const form_values *fv, const ll_form_errors *errs) {
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    char nonce[48], token[LL_FORM_TOKEN_BYTES];
    token_make(token); /* never the one that came in */
    if (fv && fv->nonce[0] && ref_ok(fv->nonce)) {
        snprintf(nonce, sizeof(nonce), "%s", fv->nonce);
    } else {
        unsigned char r[16];
        randombytes_buf(r, sizeof(r));
        sodium_bin2hex(nonce, sizeof(nonce), r, sizeof(r));
    }
    page_head(b, errs && errs->n > 0 ? "Fout in het formulier - Klacht of melding doorgeven"
                                     : "Klacht of melding doorgeven");
    evbuffer_add_printf(b, "<h1>Klacht, melding of vraag doorgeven</h1>\n"
                           "<p>Vertel ons wat er aan de hand is. Velden met * zijn verplicht. "
                           "Het duurt ongeveer 3 minuten.</p>\n");
    if (errs && errs->n > 0)
        error_summary(b, errs);
    evbuffer_add_printf(b, "<form method=\"post\" action=\"/form\" accept-charset=\"utf-8\">\n"
                           "<input type=\"hidden\" name=\"ref\" value=\"");
    ll_html_escape(b, nonce);
    evbuffer_add_printf(b,
                        "\">\n<input type=\"hidden\" name=\"csrf\" value=\"%s\">\n"
                        "<input type=\"hidden\" name=\"begonnen\" value=\"%d\">\n",
                        token, fv && fv->started ? 1 : 0);
    evbuffer_add_printf(b, "<label for=\"soort\">Wat wilt u doorgeven? *</label>");
    field_error(b, "soort", errs);
    evbuffer_add_printf(b, "<select id=\"soort\" name=\"soort\" required%s%s>",
                        invalid("soort", errs),
                        *invalid("soort", errs) ? " aria-describedby=\"soort-fout\"" : "");
    for (size_t i = 0; i < NKINDS; i++)
        evbuffer_add_printf(b, "<option value=\"%s\"%s>%s</option>", kinds[i].value,
                            fv && !strcmp(fv->kind, kinds[i].value) ? " selected" : "",
                            kinds[i].label);
    evbuffer_add_printf(b,
                        "</select>\n<div class=\"check\"><input type=\"checkbox\" "
                        "id=\"formeel\" name=\"formeel\" value=\"ja\"%s> <label "
                        "for=\"formeel\">Ik dien een formele klacht in (wij reageren binnen "
                        "%d weken, Algemene wet bestuursrecht; vul dan hieronder uw naam en "
                        "e-mailadres of telefoonnummer in)</label></div>\n",
                        fv && fv->formal ? " checked" : "", f->awb_weeks);
    text_input(b, "onderwerp", "text", "Onderwerp", "Bijvoorbeeld: afval niet opgehaald",
               fv ? fv->subject : "", "off", errs);
    evbuffer_add_printf(b,
                        "<label for=\"tekst\">Uw bericht *</label>"
                        "<p class=\"hint\" id=\"tekst-hint\">Wat is er gebeurd, waar en "
                        "wanneer? Hoogstens %d tekens.</p>",
                        LL_FORM_MAX_TEXT_CHARS);
    field_error(b, "tekst", errs);
    evbuffer_add_printf(b,
                        "<textarea id=\"tekst\" name=\"tekst\" required maxlength=\"%d\" "
                        "aria-describedby=\"tekst-hint%s\"%s>",
                        LL_FORM_MAX_TEXT_CHARS, *invalid("tekst", errs) ? " tekst-fout" : "",
                        invalid("tekst", errs));
    ll_html_escape(b, fv && fv->text ? fv->text : "");
    evbuffer_add_printf(b, "</textarea>\n");
    text_input(b, "postcode", "text", "Postcode (als het over een plek gaat)",
               "Bijvoorbeeld: 3011 AB", fv ? fv->postcode : "", "postal-code", errs);
    evbuffer_add_printf(b, "<h2>Uw gegevens (verplicht bij een formele klacht)</h2>\n<p "
                           "class=\"hint\">We gebruiken uw gegevens alleen om contact met u op "
                           "te nemen.</p>\n");
    text_input(b, "naam", "text", "Naam", NULL, fv ? fv->name : "", "name", errs);
    text_input(b, "email", "email", "E-mailadres", NULL, fv ? fv->email : "", "email", errs);
    text_input(b, "telefoon", "tel", "Telefoonnummer", NULL, fv ? fv->phone : "", "tel", errs);
    evbuffer_add_printf(b,
                        "<div class=\"check\"><input type=\"checkbox\" id=\"terugbellen\" "
                        "name=\"terugbellen\" value=\"ja\"%s> <label for=\"terugbellen\">Neem "
                        "contact met mij op</label></div>\n",
                        fv && fv->contact ? " checked" : "");
    evbuffer_add_printf(b, "<div class=\"hp\" aria-hidden=\"true\"><label for=\"website\">Laat "
                           "dit veld leeg</label><input type=\"text\" id=\"website\" "
                           "name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>\n"
                           "<button type=\"submit\">Versturen</button>\n</form></main>"
                           "<script src=\"/form.js\" defer></script></body></html>\n");
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Content-Type", "text/html; charset=utf-8");
    evhttp_add_header(h, "Content-Security-Policy",
                      "default-src 'none'; script-src 'self'; connect-src 'self'; "
                      "style-src 'unsafe-inline'; form-action 'self'");
    evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
    evhttp_add_header(h, "Cache-Control", "no-store");
    evhttp_send_reply(req, code, ll_http_reason(code), b);
    evbuffer_free(b);
}

static void render_message(struct evhttp_request *req, int code, const char *title,
                           const char *html_body) {
    struct evbuffer *b = evbuffer_new();
    if (!b) {
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    page_head(b, title);
    evbuffer_add_printf(b, "%s</main></body></html>\n", html_body);
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "Content-Type", "text/html; charset=utf-8");
    evhttp_add_header(h, "Content-Security-Policy",
                      "default-src 'none'; style-src 'unsafe-inline'");
    evhttp_add_header(h, "Cache-Control", "no-store");
    evhttp_send_reply(req, code, ll_http_reason(code), b);
    evbuffer_free(b);
}

/* Counts m once for fv's page (its reference); a post without one, which no page of ours
 * sends, counts every time. */
static void page_count(const form_values *fv, unsigned char step, ll_metric *m) {
    if (!fv->nonce[0] || page_step("ref", fv->nonce, step))
        ll_metric_add(m, 1);
}

/* A form post waiting for Kafka. */
typedef struct form_wait {
    const ll_form *f;
    struct evhttp_request *req;
    form_values fv;
} form_wait;

static void wait_close_cb(void *arg) {
    form_wait *w = arg;
    w->req = NULL;
}

static void wait_done(void *arg, const char *id, rd_kafka_resp_err_t err) {
    form_wait *w = arg;
    if (w->req) {
        ll_http_on_close(w->req, NULL, NULL);
        if (err) {
            ll_form_errors e = {.n = 0};
            errors_add(&e, "",
                       "Het lukte nu niet om uw bericht op te slaan. Er is niets "
                       "verloren: probeer het over een paar minuten opnieuw.");
            evhttp_add_header(evhttp_request_get_output_headers(w->req), "Retry-After", "60");
            render_form(w->f, w->req, 503, &w->fv, &e);
        } else {
            page_count(&w->fv, PAGE_ACCEPTED, &m_accepted);
            char html[1024];
            char ref[16];
            /* A short reference people can read out on the phone. */
            snprintf(ref, sizeof(ref), "%.8s", id);
            for (char *p = ref; *p; p++)
                *p = (char)toupper((unsigned char)*p);
            char formal[128] = "";
            if (formal_of(&w->fv))
                snprintf(formal, sizeof(formal),
                         "<p>U heeft een formele klacht ingediend. U krijgt binnen %d weken een "
                         "reactie.</p>",
                         w->f->awb_weeks);
            snprintf(html, sizeof(html),
                     "<h1>Bedankt, we hebben uw bericht ontvangen</h1><p>Uw kenmerk is "
                     "<strong id=\"kenmerk\">%s</strong>. Noem dit kenmerk als u contact met ons "
                     "opneemt.</p><p>Volledig kenmerk: <code>%s</code></p>%s"
                     "<p><a href=\"/\">Nog een bericht doorgeven</a></p>",
                     ref, id, formal);
            render_message(w->req, 200, "Bericht ontvangen", html);
        }
    }
    values_free(&w->fv);
    free(w);
}

static int rate_allow(ll_form *f, const char *addr) {
    const ll_web_cfg *wc = ll_config_settings(ll_intake_config(f->in), &ll_web_config);
    double per_ms = wc->form_rate_per_min / 60000.0, burst = wc->form_rate_per_min;
    long long now = ll_now_ms();
    uint32_t h = ll_fnv1a_str(addr);
    pthread_mutex_lock(&rate.lock);
    int ok = 0;
    rate_slot *s = &rate.slots[h % FORM_RATE_SLOTS];
    if (strcmp(s->addr, addr) != 0) {
        /* A new address takes the slot: the limit is per address, bounded memory. */
        snprintf(s->addr, sizeof(s->addr), "%s", addr);
        s->tokens = burst;
        s->last_ms = now;
    }
    s->tokens += (double)(now - s->last_ms) * per_ms;
    if (s->tokens > burst)
        s->tokens = burst;
    s->last_ms = now;
    if (s->tokens >= 1) {
        s->tokens -= 1;
        ok = 1;
    }
    pthread_mutex_unlock(&rate.lock);
    return ok;
}

static void form_page(ll_intake *in, struct evhttp_request *req, void *arg) {
    (void)in;
    const ll_form *f = arg;
    enum evhttp_cmd_type cmd = evhttp_request_get_command(req);
    if (cmd != EVHTTP_REQ_GET && cmd != EVHTTP_REQ_HEAD) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "GET");
        ll_http_send_error(req, 405, "use GET", NULL);
        return;
    }
    ll_metric_add(&m_shown, 1);
    render_form(f, req, 200, NULL, NULL);
}

static void form_post(ll_intake *in, struct evhttp_request *req, void *arg) {
    ll_form *f = arg;
    enum evhttp_cmd_type cmd = evhttp_request_get_command(req);
    if (cmd == EVHTTP_REQ_GET || cmd == EVHTTP_REQ_HEAD) {
        /* The address bar shows /form after an error page: Enter there, a new tab or a
         * bookmark is a GET, and the visitor wants the form, not {"error":"use POST"}
         * (REPORT-user3 item 10). 303: what is fetched there is the empty form of GET /. */
        evhttp_add_header(evhttp_request_get_output_headers(req), "Location", "/");
        evhttp_add_header(evhttp_request_get_output_headers(req), "Cache-Control", "no-store");
        ll_http_send_text(req, 303, "text/plain; charset=utf-8", "", 0);
        return;
    }
    if (cmd != EVHTTP_REQ_POST) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "GET, POST");
        ll_http_send_error(req, 405, "use POST", NULL);
        return;
    }
    /* The client's address (a /64 for IPv6), through a trusted proxy's X-Forwarded-For. */
    char addr[64];
    ll_http_client(req, addr, sizeof(addr));
    if (!rate_allow(f, addr)) {
        ll_metric_add(&m_limited, 1);
        evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", "60");
        render_message(req, 429, "Even wachten",
                       "<h1>U heeft veel berichten kort na elkaar verstuurd</h1><p>Wacht een "
                       "minuut en probeer het dan opnieuw.</p>");
        return;
    }
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
    if (!ct || strncasecmp(ct, "application/x-www-form-urlencoded", 33) != 0) {
        ll_intake_reject(req, 415, "Content-Type must be application/x-www-form-urlencoded", NULL);
        return;
    }
    struct evbuffer *in_b = evhttp_request_get_input_buffer(req);
    size_t len = evbuffer_get_length(in_b);
    const char *body = (const char *)evbuffer_pullup(in_b, -1);
    form_wait *w = calloc(1, sizeof(*w));
    if (!w) {
        ll_http_send_error(req, 500, "out of memory", NULL);
        return;
    }
    w->f = f;
    ll_form_errors errs = {.n = 0};
    int spam = 0;
    int parsed = parse_values(body ? body : "", len, &w->fv, &spam, &errs);
    if (!spam) {
        /* No script ran (or its beacon was not sent): the visitor started when they sent.
         * The form shown again carries begonnen=1, and the page its reference, so a second
         * try is not a second start nor a second submission. */
        if (!w->fv.started)
            page_count(&w->fv, PAGE_STARTED, &m_started);
        else if (w->fv.nonce[0])
            page_step("ref", w->fv.nonce, PAGE_STARTED); /* the beacon counted it */
        w->fv.started = 1;
        page_count(&w->fv, PAGE_SUBMITTED, &m_submitted);
    }
    if (parsed != 0) {
        ll_metric_add(&m_invalid, 1);
        render_form(f, req, 400, &w->fv, &errs);
        goto done;
    }
    if (spam) {
        ll_metric_add(&m_spam, 1);
        render_message(req, 400, "Niet verwerkt", "<h1>Uw bericht kon niet worden verwerkt</h1>");
        goto done;
    }
    cJSON *ev = values_check(&w->fv, ll_intake_config(in)->source_base, &errs);
    if (!ev) {
        ll_metric_add(&m_invalid, 1);
        render_form(f, req, 400, &w->fv, &errs);
        goto done;
    }
    /* After the field checks, so a visitor fixes everything in one round. */
    if (!token_ok(w->fv.token)) {
        ll_metric_add(&m_invalid, 1);
        errors_add(&errs, "",
                   "Het formulier is verlopen of niet via deze website verstuurd. "
                   "Controleer uw bericht en verstuur het opnieuw.");
        render_form(f, req, 400, &w->fv, &errs);
        cJSON_Delete(ev);
        goto done;
    }
    char e[128];
    w->req = req;
    if (ll_intake_produce(in, ev, wait_done, w, e, sizeof(e)) != 0) {
        errors_add(&errs, "",
                   "Het lukte nu niet om uw bericht op te slaan. Probeer het over "
                   "een paar minuten opnieuw.");
        render_form(f, req, 503, &w->fv, &errs);
        goto done;
    }
    ll_http_on_close(req, wait_close_cb, w);
    return;
done:
    values_free(&w->fv);
    free(w);
}

/* The form's only script: it reports the first change once (see the file's head). It
 * never reads or sends what the visitor typed: only the page's anti-forgery token. */
static const char form_js[] =
    "/* form.js - tells the server once that this form was started; the form works without it. */\n"
    "'use strict';\n"
    "(function () {\n"
    "  var form = document.querySelector('form[action=\"/form\"]');\n"
    "  if (!form || !navigator.sendBeacon) return;\n"
    "  var mark = form.elements.begonnen, csrf = form.elements.csrf;\n"
    "  function started() {\n"
    "    form.removeEventListener('input', started);\n"
    "    form.removeEventListener('change', started);\n"
    "    if (!mark || !csrf || mark.value === '1') return;\n"
    "    var body = new URLSearchParams();\n"
    "    body.set('csrf', csrf.value);\n"
    "    if (navigator.sendBeacon('/form/started', body)) mark.value = '1';\n"
    "  }\n"
    "  form.addEventListener('input', started);\n"
    "  form.addEventListener('change', started);\n"
    "})();\n";

static void form_script(ll_intake *in, struct evhttp_request *req, void *arg) {
    (void)in;
    (void)arg;
    enum evhttp_cmd_type cmd = evhttp_request_get_command(req);
    if (cmd != EVHTTP_REQ_GET && cmd != EVHTTP_REQ_HEAD) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "GET");
        ll_http_send_error(req, 405, "use GET", NULL);
        return;
    }
    struct evkeyvalq *h = evhttp_request_get_output_headers(req);
    evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
    evhttp_add_header(h, "Cache-Control", "max-age=3600");
    ll_http_send_text(req, 200, "text/javascript; charset=utf-8", form_js, sizeof(form_js) - 1);
}

/* POST /form/started csrf=TOKEN: the page of that token was started. 204, counted once per
 * token (FORM_PAGES_SEEN); a token not made here, or too old, is a 400 and counts nothing,
 * so the figure cannot be raised without fetching the form (which counts as shown). */
static void form_started(ll_intake *in, struct evhttp_request *req, void *arg) {
    (void)in;
    (void)arg;
    if (evhttp_request_get_command(req) != EVHTTP_REQ_POST) {
        evhttp_add_header(evhttp_request_get_output_headers(req), "Allow", "POST");
        ll_http_send_error(req, 405, "use POST", NULL);
        return;
    }
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
    if (!ct || strncasecmp(ct, "application/x-www-form-urlencoded", 33) != 0) {
        ll_http_send_error(req, 415, "Content-Type must be application/x-www-form-urlencoded",
                           NULL);
        return;
    }
    struct evbuffer *in_b = evhttp_request_get_input_buffer(req);
    size_t len = evbuffer_get_length(in_b);
    /* "csrf=" and a token, nothing else */
    char body[LL_FORM_TOKEN_BYTES + 8];
    if (len <= 5 || len >= sizeof(body)) {
        ll_http_send_error(req, 400, "expected csrf=TOKEN from the form", "csrf");
        return;
    }
    evbuffer_copyout(in_b, body, len);
    body[len] = '\0';
    if (strncmp(body, "csrf=", 5) != 0 || strlen(body) != len || !token_ok(body + 5)) {
        ll_http_send_error(req, 400, "expected csrf=TOKEN from the form", "csrf");
        return;
    }
    if (page_step("csrf", body + 5, PAGE_STARTED))
        ll_metric_add(&m_started, 1);
    evhttp_add_header(evhttp_request_get_output_headers(req), "Cache-Control", "no-store");
    evhttp_send_reply(req, 204, "No Content", NULL);
}

ll_form *ll_form_new(ll_intake *in, char *errstr, size_t errlen) {
    ll_form *f = calloc(1, sizeof(*f));
    if (!f) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    f->in = in;
    /* What the form promises is what the processor reckons the deadline with. */
    if (ll_config_int(ll_intake_config(in), "process", "awb_weeks", &f->awb_weeks) != 0) {
        snprintf(errstr, errlen, "form: no [process] awb_weeks in the config");
        free(f);
        return NULL;
    }
    LL_METRICS_REGISTER(&m_shown, &m_started, &m_submitted, &m_invalid, &m_accepted, &m_spam,
                        &m_limited);
    if (ll_intake_route_raw(in, "/", form_page, f) != 0 ||
        ll_intake_route_raw(in, "/form", form_post, f) != 0 ||
        ll_intake_route_raw(in, "/form/started", form_started, f) != 0 ||
        ll_intake_route_raw(in, "/form.js", form_script, f) != 0) {
        snprintf(errstr, errlen, "form: cannot register routes");
        free(f);
        return NULL;
    }
    ll_intake_raise_max_body(in, LL_FORM_MAX_BODY);
    return f;
}

void ll_form_free(ll_form *f) { free(f); }
