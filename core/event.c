/* event.c - the CloudEvents envelope and the feedback data of the contract. */
#include "event.h"

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <sodium.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ident.h"
#include "ll_limits.h"
#include "text.h"

const char *const ll_kinds[] = {"complaint",  "objection",  "question", "report",
                                "compliment", "suggestion", "signal",   NULL};
const char *const ll_initiated[] = {"reactive", "proactive", NULL};
const char *const ll_urgency_names[] = {"low", "normal", "high", "critical", NULL};

static int in_list(const char *s, const char *const *list) {
    for (int i = 0; list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return 1;
    return 0;
}

_Static_assert(sizeof(ll_kinds) / sizeof(ll_kinds[0]) == LL_KINDS_N + 1, "LL_KINDS_N");

int ll_kind_valid(const char *s) { return in_list(s, ll_kinds); }

int ll_kind_index(const char *s) {
    for (int i = 0; s && ll_kinds[i]; i++)
        if (strcmp(s, ll_kinds[i]) == 0)
            return i;
    return -1;
}

/* Kind words of contact-centre and desk labels, Dutch and English, in the order they are
 * tried (a label naming two kinds gets the first row's). */
static const struct {
    const char *word, *kind;
} kind_words[] = {
    {"klacht", "complaint"},    {"complaint", "complaint"},   {"bezwaar", "objection"},
    {"objection", "objection"}, {"melding", "report"},        {"report", "report"},
    {"storing", "report"},      {"compliment", "compliment"}, {"suggestie", "suggestion"},
    {"idee", "suggestion"},     {"suggestion", "suggestion"}, {"vraag", "question"},
    {"question", "question"},   {"informatie", "question"},   {"info", "question"},
    {"signaal", "signal"},      {"signal", "signal"}};

static void label_lower(const char *label, char low[64]) {
    size_t n = 0;
    for (; label[n] && n < 63; n++)
        low[n] = (char)tolower((unsigned char)label[n]);
    low[n] = '\0';
}

const char *ll_kind_of_label(const char *label) {
    char low[64];
    label_lower(label, low);
    for (size_t i = 0; i < sizeof(kind_words) / sizeof(kind_words[0]); i++)
        if (strstr(low, kind_words[i].word))
            return kind_words[i].kind;
    return "signal";
}

int ll_label_is_kind_only(const char *label) {
    if (!label)
        return 0;
    while (*label == ' ' || *label == '\t')
        label++;
    size_t n = strlen(label);
    while (n > 0 && (label[n - 1] == ' ' || label[n - 1] == '\t'))
        n--;
    if (n == 0 || n >= 64)
        return 0;
    char low[64];
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)label[i]);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof(kind_words) / sizeof(kind_words[0]); i++)
        if (!strcmp(low, kind_words[i].word))
            return 1;
    return 0;
}

int ll_urgency_parse(const char *s) {
    for (int i = 0; s && ll_urgency_names[i]; i++)
        if (strcmp(s, ll_urgency_names[i]) == 0)
            return i;
    return -1;
}

int ll_event_tells_of_suicide(const cJSON *data) {
    static const char *const families[] = {"suicidal statement", "self-harm"};
    const cJSON *u = ll_json_get(data, "urgency"), *r;
    cJSON_ArrayForEach(r, ll_json_get(u, "reasons")) {
        for (size_t f = 0; cJSON_IsString(r) && f < sizeof(families) / sizeof(families[0]); f++) {
            size_t n = strlen(families[f]);
            if (!strncmp(r->valuestring, families[f], n) &&
                (r->valuestring[n] == ':' || r->valuestring[n] == '\0'))
                return 1;
        }
    }
    return 0;
}

int ll_channel_valid(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > LL_MAX_CHANNEL_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!islower((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) && s[i] != '-' &&
            s[i] != '_')
            return 0;
    return 1;
}

int ll_postcode_normalise(const char *in, char out[7]) {
    char d[8];
    int n = 0;
    for (const char *p = in; *p; p++) {
        if (*p == ' ')
            continue;
        if (n >= 6)
            return -1;
        d[n++] = (char)toupper((unsigned char)*p);
    }
    if (n != 4 && n != 6)
        return -1;
    if (d[0] < '1' || d[0] > '9')
        return -1;
    for (int i = 1; i < 4; i++)
        if (!isdigit((unsigned char)d[i]))
            return -1;
    if (n == 6 && (!isupper((unsigned char)d[4]) || !isupper((unsigned char)d[5])))
        return -1;
    memcpy(out, d, (size_t)n);
    out[n] = '\0';
    return 0;
}

/* A string field: present (unless optional), a string, 1..max bytes, no
 * control characters. Returns the value, NULL when absent-and-optional;
 * sets *bad on a rejection. */
static const char *want_str(const cJSON *obj, const char *name, const char *path, int required,
                            size_t max, int allow_newlines, ll_err *err, int *bad) {
    const cJSON *it = ll_json_get(obj, name);
    if (!it) {
        if (required) {
            ll_err_set(err, path, "missing required field");
            *bad = 1;
        }
        return NULL;
    }
    if (!cJSON_IsString(it)) {
        ll_err_set(err, path, "must be a string");
        *bad = 1;
        return NULL;
    }
    size_t n = strlen(it->valuestring);
    if (n == 0) {
        ll_err_set(err, path, "must not be empty");
        *bad = 1;
        return NULL;
    }
    if (n > max) {
        ll_err_set(err, path, "longer than %zu bytes", max);
        *bad = 1;
        return NULL;
    }
    for (const char *p = it->valuestring; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c < 0x20 && !(allow_newlines && (c == '\n' || c == '\r' || c == '\t'))) || c == 0x7F) {
            ll_err_set(err, path, "control character not allowed");
            *bad = 1;
            return NULL;
        }
    }
    return it->valuestring;
}

static int only_fields(const cJSON *obj, const char *const *allowed, const char *prefix,
                       ll_err *err) {
    if (ll_json_known_fields(obj, allowed, prefix, err) != 0)
        return -1;
    /* cJSON keeps duplicate keys; two values for one name is ambiguous. */
    for (const cJSON *a = obj->child; a; a = a->next)
        for (const cJSON *b = a->next; b; b = b->next)
            if (strcmp(a->string, b->string) == 0) {
                char path[64];
                snprintf(path, sizeof(path), "%s%.40s", prefix, a->string);
                ll_err_set(err, path, "field given twice");
                return -1;
            }
    return 0;
}

static int time_ok(const char *s, const char *path, int bounded, ll_err *err) {
    time_t t;
    if (ll_time_parse(s, &t) != 0) {
        ll_err_set(err, path, "not an RFC 3339 date-time");
        return 0;
    }
    if (bounded) {
        time_t now = time(NULL);
        if (t > now + LL_MAX_FUTURE_SKEW_S) {
            ll_err_set(err, path, "lies in the future");
            return 0;
        }
        if (t < LL_MIN_EPOCH_S) {
            ll_err_set(err, path, "lies before 2000");
            return 0;
        }
    }
    return 1;
}

int ll_event_validate_envelope(const cJSON *ev, const char *expect_type, ll_err *err) {
    int bad = 0;
    static const char *const fields[] = {"specversion",     "id",   "source",  "type", "time",
                                         "datacontenttype", "data", "subject", NULL};
    if (!cJSON_IsObject(ev)) {
        ll_err_set(err, "", "expected a JSON object");
        return -1;
    }
    if (only_fields(ev, fields, "", err) != 0)
        return -1;
    const char *sv = want_str(ev, "specversion", "specversion", 1, 16, 0, err, &bad);
    if (bad)
        return -1;
    if (strcmp(sv, "1.0") != 0) {
        ll_err_set(err, "specversion", "unsupported specversion '%.16s' (want 1.0)", sv);
        return -1;
    }
    want_str(ev, "id", "id", 1, LL_MAX_ID_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    want_str(ev, "source", "source", 1, LL_MAX_SOURCE_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    const char *type = want_str(ev, "type", "type", 1, 128, 0, err, &bad);
    if (bad)
        return -1;
    if (expect_type && strcmp(type, expect_type) != 0) {
        ll_err_set(err, "type", "unexpected type '%.64s' (want %s)", type, expect_type);
        return -1;
    }
    const char *tm = want_str(ev, "time", "time", 1, LL_MAX_TIME_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    if (!time_ok(tm, "time", 0, err))
        return -1;
    const char *ct = want_str(ev, "datacontenttype", "datacontenttype", 0, 64, 0, err, &bad);
    if (bad)
        return -1;
    if (ct && strcmp(ct, "application/json") != 0) {
        ll_err_set(err, "datacontenttype", "must be application/json");
        return -1;
    }
    const cJSON *data = ll_json_get(ev, "data");
    if (!data) {
        ll_err_set(err, "data", "missing required field");
        return -1;
    }
    if (!cJSON_IsObject(data)) {
        ll_err_set(err, "data", "must be an object");
        return -1;
    }
    return 0;
}

static int validate_contact(const cJSON *c, ll_err *err) {
    static const char *const fields[] = {"name", "email", "phone", NULL};
    int bad = 0;
    if (!cJSON_IsObject(c)) {
        ll_err_set(err, "data.contact", "must be an object");
        return -1;
    }
    if (only_fields(c, fields, "data.contact.", err) != 0)
        return -1;
    want_str(c, "name", "data.contact.name", 0, LL_MAX_NAME_BYTES, 0, err, &bad);
    const char *em =
        bad ? NULL
            : want_str(c, "email", "data.contact.email", 0, LL_MAX_EMAIL_BYTES, 0, err, &bad);
    const char *ph =
        bad ? NULL
            : want_str(c, "phone", "data.contact.phone", 0, LL_MAX_PHONE_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    if (!em && !ph) {
        ll_err_set(err, "data.contact", "needs an email or a phone");
        return -1;
    }
    return 0;
}

/* A received string field that holds a bidirectional embedding, override or
 * isolate control: "factuur \u202egnp.exe kapot" displays as "factuur topak
 * exe.png" (P3, REPORT-user2; CVE-2021-42574). -1 with err then. */
static int bidi_refused(const cJSON *d, const char *name, const char *path, ll_err *err) {
    const char *v = ll_json_str(d, name);
    size_t at;
    uint32_t cp;
    if (v && ll_text_bidi_control(v, strlen(v), &at, &cp)) {
        ll_err_set(err, path, "bidirectional control character U+%04X not allowed at byte %zu",
                   (unsigned)cp, at);
        return -1;
    }
    return 0;
}

/* The fields shared by received and enriched data. */
static int validate_common_data(const cJSON *d, int received, ll_err *err) {
    int bad = 0;
    const char *ch = want_str(d, "channel", "data.channel", 1, LL_MAX_CHANNEL_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    if (!ll_channel_valid(ch)) {
        ll_err_set(err, "data.channel", "must be lower-case [a-z0-9_-]");
        return -1;
    }
    const char *kind = want_str(d, "kind", "data.kind", 1, 32, 0, err, &bad);
    if (bad)
        return -1;
    if (!ll_kind_valid(kind)) {
        ll_err_set(err, "data.kind",
                   "must be one of complaint, objection, question, report, compliment, "
                   "suggestion, signal");
        return -1;
    }
    const char *ini = want_str(d, "initiated", "data.initiated", 1, 16, 0, err, &bad);
    if (bad)
        return -1;
    if (!in_list(ini, ll_initiated)) {
        ll_err_set(err, "data.initiated", "must be reactive or proactive");
        return -1;
    }
    const char *text = want_str(d, "text", "data.text", 1, LL_MAX_TEXT_BYTES, 1, err, &bad);
    if (bad)
        return -1;
    /* A received text of only invisible characters ("\u200b\u00a0") is as blank as
     * one of spaces; an enriched one already on the topic is still shown. */
    int blank = 1;
    if (received) {
        blank = ll_text_blank(text);
    } else {
        for (const char *p = text; *p; p++)
            if (!isspace((unsigned char)*p))
                blank = 0;
    }
    if (blank) {
        ll_err_set(err, "data.text", "must not be blank");
        return -1;
    }
    if (received && bidi_refused(d, "text", "data.text", err) != 0)
        return -1;
    want_str(d, "subject", "data.subject", 0, LL_MAX_SUBJECT_BYTES, 0, err, &bad);
    if (bad || (received && bidi_refused(d, "subject", "data.subject", err) != 0))
        return -1;
    const char *ra =
        want_str(d, "received_at", "data.received_at", 1, LL_MAX_TIME_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    if (!time_ok(ra, "data.received_at", received, err))
        return -1;
    const cJSON *formal = ll_json_get(d, "formal");
    if (formal && !cJSON_IsBool(formal)) {
        ll_err_set(err, "data.formal", "must be true or false");
        return -1;
    }
    const char *pc = want_str(d, "postcode", "data.postcode", 0, 7, 0, err, &bad);
    if (bad)
        return -1;
    char norm[7];
    if (pc && (ll_postcode_normalise(pc, norm) != 0 || strcmp(norm, pc) != 0)) {
        ll_err_set(err, "data.postcode", "must be a normalised Dutch postcode (1234AB or 1234)");
        return -1;
    }
    want_str(d, "case_ref", "data.case_ref", 0, LL_MAX_CASE_REF_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    /* When the sender says it sent it (an e-mail's Date:): kept, never used
     * for a term or a thread. */
    const char *sa = want_str(d, "sent_at", "data.sent_at", 0, LL_MAX_TIME_BYTES, 0, err, &bad);
    if (bad || (sa && !time_ok(sa, "data.sent_at", 0, err)))
        return -1;
    /* Where it was said (a desk's office), apart from what it is about. */
    want_str(d, "location", "data.location", 0, LL_MAX_LOCATION_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    want_str(d, "source_ref", "data.source_ref", 1, LL_MAX_SOURCE_REF_BYTES, 0, err, &bad);
    if (bad)
        return -1;
    const cJSON *cit = ll_json_get(d, "citizen");
    if (cit) {
        static const char *const cf[] = {"pseudonym", NULL};
        if (!cJSON_IsObject(cit)) {
            ll_err_set(err, "data.citizen", "must be an object");
            return -1;
        }
        /* Only the pseudonym: a BSN or name here would leak into analytics. */
        if (only_fields(cit, cf, "data.citizen.", err) != 0)
            return -1;
        const char *ps = want_str(cit, "pseudonym", "data.citizen.pseudonym", 1, 64, 0, err, &bad);
        if (bad)
            return -1;
        if (strncmp(ps, "ps_", 3) != 0 || strlen(ps) != LL_PSEUDONYM_LEN) {
            ll_err_set(err, "data.citizen.pseudonym", "not a luisterloop pseudonym");
            return -1;
        }
    }
    return 0;
}

/* Bounds of data.attachments; producers/mime.h keeps its names within them.
 * They belong in ll_limits.h, with the other input bounds. */
#define ATTACH_MAX_COUNT 100000
#define ATTACH_MAX_NAMES 32
#define ATTACH_MAX_NAME 255

/* Attachments an adapter saw but did not keep: {"count": N, "names": [...]}. */
static int validate_attachments(const cJSON *a, ll_err *err) {
    static const char *const fields[] = {"count", "names", NULL};
    if (!cJSON_IsObject(a)) {
        ll_err_set(err, "data.attachments", "must be an object");
        return -1;
    }
    if (only_fields(a, fields, "data.attachments.", err) != 0)
        return -1;
    const cJSON *count = ll_json_get(a, "count");
    if (!cJSON_IsNumber(count) || count->valuedouble < 0 || count->valuedouble > ATTACH_MAX_COUNT ||
        count->valuedouble != (double)count->valueint) {
        ll_err_set(err, "data.attachments.count", "must be a whole number 0..%d", ATTACH_MAX_COUNT);
        return -1;
    }
    const cJSON *names = ll_json_get(a, "names");
    if (!names)
        return 0;
    if (!cJSON_IsArray(names) || cJSON_GetArraySize(names) > ATTACH_MAX_NAMES ||
        cJSON_GetArraySize(names) > count->valueint) {
        ll_err_set(err, "data.attachments.names",
                   "must be an array of at most %d names, no more than count", ATTACH_MAX_NAMES);
        return -1;
    }
    for (const cJSON *n = names->child; n; n = n->next) {
        size_t len = cJSON_IsString(n) ? strlen(n->valuestring) : 0;
        if (len == 0 || len > ATTACH_MAX_NAME || ll_has_control(n->valuestring) ||
            strpbrk(n->valuestring, "\n\r\t")) {
            ll_err_set(err, "data.attachments.names",
                       "each name must be a string of 1..%d bytes without control characters",
                       ATTACH_MAX_NAME);
            return -1;
        }
    }
    return 0;
}

int ll_event_validate_received(const cJSON *ev, ll_err *err) {
    static const char *const fields[] = {"channel",     "kind",        "initiated", "text",
                                         "subject",     "received_at", "formal",    "postcode",
                                         "case_ref",    "citizen",     "contact",   "source_ref",
                                         "attachments", "location",    "sent_at",   NULL};
    if (ll_event_validate_envelope(ev, LL_TYPE_RECEIVED, err) != 0)
        return -1;
    const cJSON *d = ll_event_data(ev);
    if (only_fields(d, fields, "data.", err) != 0)
        return -1;
    if (validate_common_data(d, 1, err) != 0)
        return -1;
    const cJSON *c = ll_json_get(d, "contact");
    if (c && validate_contact(c, err) != 0)
        return -1;
    const cJSON *a = ll_json_get(d, "attachments");
    if (a && validate_attachments(a, err) != 0)
        return -1;
    if (bidi_refused(d, "case_ref", "data.case_ref", err) != 0 ||
        bidi_refused(d, "location", "data.location", err) != 0)
        return -1;
    return 0;
}

/* The one-pass reader of a received event.
 *
 * ll_json_parse and ll_event_validate_received read an event three times over
 * (UTF-8 and NUL checks, cJSON's parse, then ~45 look-ups, a strlen and a
 * control-character loop per field): with cJSON's allocations, 31k of the
 * processor's 138k instructions per event (callgrind, bench_enrich, 11-30).
 * This reader walks the bytes once along the received event's shape: it
 * knows each field as it reads its name, checks its type, length and
 * characters while copying it, and links cJSON nodes as cJSON's parser would
 * (same types, values, order and prev links; names point at the constant
 * names below, flagged cJSON_StringIsConst). It takes only the plain form of
 * a valid event: anything else (an escape it does not decode, raw control
 * bytes, a duplicate or unknown field, a number other than a small whole one,
 * any rejection) makes it give up, and ll_event_parse_received runs the
 * three-pass path, whose verdict and error are then the answer. So a bad input
 * gets exactly the error it got before, and a good one the same tree
 * (test_event one_pass_reads_as_three, fuzz_event). Parse and validation
 * 30.6k -> 10.9k instructions per event, all 118k (bench_enrich, 11-30). */

enum rd_kind { RD_STR, RD_OBJ, RD_BOOL, RD_COUNT, RD_NAMES };

typedef struct rd_obj rd_obj;
typedef struct rd_field {
    const char *name;
    unsigned char len; /* strlen(name) */
    unsigned char kind;
    unsigned char required;
    unsigned char newlines; /* \n \r \t allowed (data.text) */
    size_t max;             /* bytes of a string */
    const rd_obj *sub;      /* RD_OBJ */
} rd_field;

/* Checks across an object's fields once it is read, with its values by field. */
typedef int (*rd_check_fn)(cJSON *const *got);

struct rd_obj {
    const rd_field *f;
    int n;
    rd_check_fn check;
};

#define RD_MAX_FIELDS 16

typedef struct rd {
    const unsigned char *p, *end;
} rd;

/* What a byte is inside a string: 0 copied as it is, 1 ends the plain run
 * ('"', '\\', control bytes, DEL, and the bytes of UTF-8 sequences). */
static const uint8_t rd_special[256] = {
    [0] = 1,  [1] = 1,  [2] = 1,   [3] = 1,    [4] = 1,    [5] = 1,
    [6] = 1,  [7] = 1,  [8] = 1,   [9] = 1,    [10] = 1,   [11] = 1,
    [12] = 1, [13] = 1, [14] = 1,  [15] = 1,   [16] = 1,   [17] = 1,
    [18] = 1, [19] = 1, [20] = 1,  [21] = 1,   [22] = 1,   [23] = 1,
    [24] = 1, [25] = 1, [26] = 1,  [27] = 1,   [28] = 1,   [29] = 1,
    [30] = 1, [31] = 1, ['"'] = 1, ['\\'] = 1, [0x7F] = 1, [0x80 ... 0xFF] = 1};

static void rd_ws(rd *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\n' || *r->p == '\r' || *r->p == '\t'))
        r->p++;
}

static cJSON *rd_node(int type) {
    cJSON *n = cJSON_malloc(sizeof(*n));
    if (n) {
        memset(n, 0, sizeof(*n));
        n->type = type;
    }
    return n;
}

/* The string at r->p (its opening quote) as a new node: 1..max bytes once
 * decoded, well-formed UTF-8, no control character but \n \r \t where
 * newlines allows them. NULL to give up (also when out of memory). */
static cJSON *rd_string(rd *r, size_t max, int newlines) {
    const unsigned char *s = r->p + 1, *q = s;
    size_t n = 0; /* decoded bytes */
    int esc = 0, high = 0;
    for (;;) {
        /* Four plain bytes a turn while four are left, then one: a text is nearly all plain
         * bytes, and the bound's test and the step were half of a byte's cost. */
        while (r->end - q >= 4 && !rd_special[q[0]] && !rd_special[q[1]] && !rd_special[q[2]] &&
               !rd_special[q[3]])
            q += 4;
        while (q < r->end && !rd_special[*q])
            q++;
        if (q >= r->end)
            return NULL;
        if (*q == '"')
            break;
        if (*q >= 0x80) {
            /* A bidirectional control is the three passes' to refuse or not. */
            if (*q == 0xE2 && q + 2 < r->end &&
                ((q[1] == 0x80 && q[2] >= 0xAA && q[2] <= 0xAE) ||
                 (q[1] == 0x81 && q[2] >= 0xA6 && q[2] <= 0xA9)))
                return NULL;
            high = 1;
            q++;
            continue;
        }
        if (*q != '\\' || q + 1 >= r->end)
            return NULL; /* a raw control byte: cJSON keeps it, validation refuses it */
        switch (q[1]) {
        case '"':
        case '\\':
        case '/':
            break;
        case 'n':
        case 'r':
        case 't':
            if (!newlines)
                return NULL;
            break;
        default:
            return NULL; /* \b and \f are refused; \u is cJSON's to decode */
        }
        esc++;
        q += 2;
    }
    n = (size_t)(q - s) - (size_t)esc;
    if (n == 0 || n > max || (high && !ll_utf8_valid((const char *)s, (size_t)(q - s), NULL)))
        return NULL;
    cJSON *node = rd_node(cJSON_String);
    char *v = node ? cJSON_malloc(n + 1) : NULL;
    if (!v) {
        cJSON_free(node);
        return NULL;
    }
    if (!esc) {
        memcpy(v, s, n);
    } else {
        char *o = v;
        for (const unsigned char *c = s; c < q; c++) {
            if (*c != '\\') {
                *o++ = (char)*c;
                continue;
            }
            c++;
            *o++ = *c == 'n' ? '\n' : *c == 'r' ? '\r' : *c == 't' ? '\t' : (char)*c;
        }
    }
    v[n] = '\0';
    node->valuestring = v;
    r->p = q + 1;
    return node;
}

/* A whole number 0..999999999 without leading zeros, as cJSON reads it. */
static cJSON *rd_count(rd *r) {
    const unsigned char *q = r->p;
    long v = 0;
    while (q < r->end && *q >= '0' && *q <= '9' && q - r->p < 9)
        v = v * 10 + (*q++ - '0');
    if (q == r->p || (*r->p == '0' && q - r->p > 1) || q >= r->end || strchr("0123456789+-eE.", *q))
        return NULL;
    cJSON *node = rd_node(cJSON_Number);
    if (!node)
        return NULL;
    node->valueint = (int)v;
    node->valuedouble = (double)v;
    r->p = q;
    return node;
}

/* Links child after last under parent, as cJSON's parser does: the first
 * child's prev is the last one. */
static void rd_link(cJSON *parent, cJSON **last, cJSON *child) {
    if (!*last) {
        parent->child = child;
    } else {
        (*last)->next = child;
        child->prev = *last;
    }
    *last = child;
    parent->child->prev = child;
}

/* An array of attachment names: strings of 1..ATTACH_MAX_NAME bytes without
 * control characters, at most ATTACH_MAX_NAMES. */
static cJSON *rd_names(rd *r) {
    cJSON *arr = rd_node(cJSON_Array), *last = NULL;
    if (!arr)
        return NULL;
    r->p++;
    rd_ws(r);
    if (r->p < r->end && *r->p == ']') {
        r->p++;
        return arr;
    }
    for (int k = 0;; k++) {
        cJSON *s = k < ATTACH_MAX_NAMES && r->p < r->end && *r->p == '"'
                       ? rd_string(r, ATTACH_MAX_NAME, 0)
                       : NULL;
        if (!s)
            goto fail;
        rd_link(arr, &last, s);
        rd_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            rd_ws(r);
            continue;
        }
        if (r->p < r->end && *r->p == ']') {
            r->p++;
            return arr;
        }
        goto fail;
    }
fail:
    cJSON_Delete(arr);
    return NULL;
}

/* The object at r->p along its rule (the rules nest three deep: no
 * recursion beyond them). NULL to give up. */
static cJSON *rd_object(rd *r, const rd_obj *rule) {
    cJSON *obj = rd_node(cJSON_Object), *last = NULL;
    cJSON *got[RD_MAX_FIELDS] = {0};
    unsigned seen = 0;
    int next = 0; /* the field the next key is looked for from */
    if (!obj)
        return NULL;
    r->p++;
    rd_ws(r);
    if (r->p < r->end && *r->p == '}') {
        r->p++;
        goto close;
    }
    for (;;) {
        if (r->p >= r->end || *r->p != '"')
            goto fail;
        const unsigned char *k = ++r->p;
        while (r->p < r->end && *r->p != '"' && *r->p != '\\')
            r->p++;
        if (r->p >= r->end || *r->p != '"')
            goto fail;
        size_t klen = (size_t)(r->p - k);
        /* The rule's fields from the one after the last key found, round to it: a producer
         * writes them in the rule's order, so the key is most often the first asked (from the
         * first field each time, ~4 were asked a key). Names are unique: the same i. */
        int i = next, tries = 0;
        while (tries < rule->n && (rule->f[i].len != klen || rule->f[i].name[0] != k[0] ||
                                   memcmp(rule->f[i].name, k, klen) != 0)) {
            i = i + 1 == rule->n ? 0 : i + 1;
            tries++;
        }
        if (tries == rule->n || (seen & (1u << i)))
            goto fail; /* unknown or given twice: the errors are the three-pass path's */
        seen |= 1u << i;
        next = i + 1 == rule->n ? 0 : i + 1;
        r->p++;
        rd_ws(r);
        if (r->p >= r->end || *r->p != ':')
            goto fail;
        r->p++;
        rd_ws(r);
        if (r->p >= r->end)
            goto fail;
        const rd_field *f = &rule->f[i];
        cJSON *v = NULL;
        switch (f->kind) {
        case RD_STR:
            v = *r->p == '"' ? rd_string(r, f->max, f->newlines) : NULL;
            break;
        case RD_OBJ:
            v = *r->p == '{' ? rd_object(r, f->sub) : NULL;
            break;
        case RD_BOOL:
            if ((size_t)(r->end - r->p) >= 4 && memcmp(r->p, "true", 4) == 0) {
                if ((v = rd_node(cJSON_True))) {
                    v->valueint = 1;
                    r->p += 4;
                }
            } else if ((size_t)(r->end - r->p) >= 5 && memcmp(r->p, "false", 5) == 0) {
                if ((v = rd_node(cJSON_False)))
                    r->p += 5;
            }
            break;
        case RD_COUNT:
            v = rd_count(r);
            break;
        case RD_NAMES:
            v = *r->p == '[' ? rd_names(r) : NULL;
            break;
        }
        if (!v)
            goto fail;
        v->string = (char *)f->name;
        v->type |= cJSON_StringIsConst;
        rd_link(obj, &last, v);
        got[i] = v;
        rd_ws(r);
        if (r->p < r->end && *r->p == ',') {
            r->p++;
            rd_ws(r);
            continue;
        }
        if (r->p < r->end && *r->p == '}') {
            r->p++;
            break;
        }
        goto fail;
    }
close:
    for (int i = 0; i < rule->n; i++)
        if (rule->f[i].required && !got[i])
            goto fail;
    if (rule->check && rule->check(got) != 0)
        goto fail;
    return obj;
fail:
    cJSON_Delete(obj);
    return NULL;
}

/* The checks of ll_event_validate_received that look at a value's meaning,
 * in the order of each rule's fields; 0 when all pass. */
static int rd_check_citizen(cJSON *const *got) {
    const char *ps = got[0]->valuestring;
    return strncmp(ps, "ps_", 3) == 0 && strlen(ps) == LL_PSEUDONYM_LEN ? 0 : -1;
}

static int rd_check_contact(cJSON *const *got) { return got[1] || got[2] ? 0 : -1; }

static int rd_check_attachments(cJSON *const *got) {
    int count = got[0]->valueint;
    return count <= ATTACH_MAX_COUNT && (!got[1] || cJSON_GetArraySize(got[1]) <= count) ? 0 : -1;
}

static const rd_field rd_citizen_fields[] = {{"pseudonym", 9, RD_STR, 1, 0, 64, NULL}};
static const rd_obj rd_citizen = {rd_citizen_fields, 1, rd_check_citizen};
static const rd_field rd_contact_fields[] = {{"name", 4, RD_STR, 0, 0, LL_MAX_NAME_BYTES, NULL},
                                             {"email", 5, RD_STR, 0, 0, LL_MAX_EMAIL_BYTES, NULL},
                                             {"phone", 5, RD_STR, 0, 0, LL_MAX_PHONE_BYTES, NULL}};
static const rd_obj rd_contact = {rd_contact_fields, 3, rd_check_contact};
static const rd_field rd_attachments_fields[] = {{"count", 5, RD_COUNT, 1, 0, 0, NULL},
                                                 {"names", 5, RD_NAMES, 0, 0, 0, NULL}};
static const rd_obj rd_attachments = {rd_attachments_fields, 2, rd_check_attachments};

enum {
    RD_D_CHANNEL,
    RD_D_KIND,
    RD_D_INITIATED,
    RD_D_TEXT,
    RD_D_SUBJECT,
    RD_D_RECEIVED_AT,
    RD_D_FORMAL,
    RD_D_POSTCODE,
    RD_D_CASE_REF,
    RD_D_CITIZEN,
    RD_D_CONTACT,
    RD_D_SOURCE_REF,
    RD_D_ATTACHMENTS,
    RD_D_LOCATION,
    RD_D_SENT_AT,
    RD_D_FIELDS
};

static int rd_check_data(cJSON *const *got) {
    char norm[7];
    const cJSON *pc = got[RD_D_POSTCODE], *sa = got[RD_D_SENT_AT];
    if (!ll_channel_valid(got[RD_D_CHANNEL]->valuestring) ||
        !ll_kind_valid(got[RD_D_KIND]->valuestring) ||
        !in_list(got[RD_D_INITIATED]->valuestring, ll_initiated) ||
        ll_text_blank(got[RD_D_TEXT]->valuestring) ||
        !time_ok(got[RD_D_RECEIVED_AT]->valuestring, NULL, 1, NULL) ||
        (pc && (ll_postcode_normalise(pc->valuestring, norm) != 0 ||
                strcmp(norm, pc->valuestring) != 0)) ||
        (sa && !time_ok(sa->valuestring, NULL, 0, NULL)))
        return -1;
    return 0;
}

static const rd_field rd_data_fields[RD_D_FIELDS] = {
    [RD_D_CHANNEL] = {"channel", 7, RD_STR, 1, 0, LL_MAX_CHANNEL_BYTES, NULL},
    [RD_D_KIND] = {"kind", 4, RD_STR, 1, 0, 32, NULL},
    [RD_D_INITIATED] = {"initiated", 9, RD_STR, 1, 0, 16, NULL},
    [RD_D_TEXT] = {"text", 4, RD_STR, 1, 1, LL_MAX_TEXT_BYTES, NULL},
    [RD_D_SUBJECT] = {"subject", 7, RD_STR, 0, 0, LL_MAX_SUBJECT_BYTES, NULL},
    [RD_D_RECEIVED_AT] = {"received_at", 11, RD_STR, 1, 0, LL_MAX_TIME_BYTES, NULL},
    [RD_D_FORMAL] = {"formal", 6, RD_BOOL, 0, 0, 0, NULL},
    [RD_D_POSTCODE] = {"postcode", 8, RD_STR, 0, 0, 7, NULL},
    [RD_D_CASE_REF] = {"case_ref", 8, RD_STR, 0, 0, LL_MAX_CASE_REF_BYTES, NULL},
    [RD_D_CITIZEN] = {"citizen", 7, RD_OBJ, 0, 0, 0, &rd_citizen},
    [RD_D_CONTACT] = {"contact", 7, RD_OBJ, 0, 0, 0, &rd_contact},
    [RD_D_SOURCE_REF] = {"source_ref", 10, RD_STR, 1, 0, LL_MAX_SOURCE_REF_BYTES, NULL},
    [RD_D_ATTACHMENTS] = {"attachments", 11, RD_OBJ, 0, 0, 0, &rd_attachments},
    [RD_D_LOCATION] = {"location", 8, RD_STR, 0, 0, LL_MAX_LOCATION_BYTES, NULL},
    [RD_D_SENT_AT] = {"sent_at", 7, RD_STR, 0, 0, LL_MAX_TIME_BYTES, NULL},
};
static const rd_obj rd_data = {rd_data_fields, RD_D_FIELDS, rd_check_data};

static int rd_check_envelope(cJSON *const *got) {
    const cJSON *ct = got[5];
    return strcmp(got[0]->valuestring, "1.0") == 0 &&
                   strcmp(got[3]->valuestring, LL_TYPE_RECEIVED) == 0 &&
                   time_ok(got[4]->valuestring, NULL, 0, NULL) &&
                   (!ct || strcmp(ct->valuestring, "application/json") == 0)
               ? 0
               : -1;
}

/* The envelope's "subject" (any value passes validation) is left to the three-pass path. */
static const rd_field rd_envelope_fields[] = {
    {"specversion", 11, RD_STR, 1, 0, 16, NULL},
    {"id", 2, RD_STR, 1, 0, LL_MAX_ID_BYTES, NULL},
    {"source", 6, RD_STR, 1, 0, LL_MAX_SOURCE_BYTES, NULL},
    {"type", 4, RD_STR, 1, 0, 128, NULL},
    {"time", 4, RD_STR, 1, 0, LL_MAX_TIME_BYTES, NULL},
    {"datacontenttype", 15, RD_STR, 0, 0, 64, NULL},
    {"data", 4, RD_OBJ, 1, 0, 0, &rd_data}};
static const rd_obj rd_envelope = {rd_envelope_fields, 7, rd_check_envelope};

cJSON *ll_event_parse_received(const char *buf, size_t len, ll_err *err) {
    if (len > 0 && len <= LL_MAX_EVENT_BYTES) {
        rd r = {(const unsigned char *)buf, (const unsigned char *)buf + len};
        rd_ws(&r);
        cJSON *ev = r.p < r.end && *r.p == '{' ? rd_object(&r, &rd_envelope) : NULL;
        if (ev) {
            rd_ws(&r);
            if (r.p == r.end)
                return ev;
            cJSON_Delete(ev); /* trailing bytes: the three-pass path names them */
        }
    }
    cJSON *ev = ll_json_parse(buf, len, LL_MAX_EVENT_BYTES, err);
    if (ev && ll_event_validate_received(ev, err) != 0) {
        cJSON_Delete(ev);
        ev = NULL;
    }
    return ev;
}

int ll_event_validate_enriched(const cJSON *ev, ll_err *err) {
    if (ll_event_validate_envelope(ev, LL_TYPE_ENRICHED, err) != 0)
        return -1;
    const cJSON *d = ll_event_data(ev);
    if (ll_json_get(d, "contact")) {
        ll_err_set(err, "data.contact", "must not appear in an enriched event");
        return -1;
    }
    if (validate_common_data(d, 0, err) != 0)
        return -1;
    int bad = 0;
    want_str(d, "theme", "data.theme", 1, 64, 0, err, &bad);
    if (bad)
        return -1;
    if (!cJSON_IsArray(ll_json_get(d, "themes"))) {
        ll_err_set(err, "data.themes", "must be an array");
        return -1;
    }
    const cJSON *u = ll_json_get(d, "urgency");
    if (!cJSON_IsObject(u) || !ll_json_str(u, "level")) {
        ll_err_set(err, "data.urgency", "must be an object with a level");
        return -1;
    }
    const cJSON *s = ll_json_get(d, "sentiment");
    if (!cJSON_IsObject(s) || !ll_json_str(s, "label")) {
        ll_err_set(err, "data.sentiment", "must be an object with a label");
        return -1;
    }
    return 0;
}

static void uuid_format(unsigned char b[16], int version, char out[LL_EVENT_ID_LEN + 1]) {
    b[6] = (unsigned char)((b[6] & 0x0F) | (version << 4));
    b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
    char h[33];
    sodium_bin2hex(h, sizeof(h), b, 16);
    /* "%.8s-%.4s-%.4s-%.4s-%.12s" of h, by hand (once per thread answer). */
    memcpy(out, h, 8);
    out[8] = '-';
    memcpy(out + 9, h + 8, 4);
    out[13] = '-';
    memcpy(out + 14, h + 12, 4);
    out[18] = '-';
    memcpy(out + 19, h + 16, 4);
    out[23] = '-';
    memcpy(out + 24, h + 20, 12);
    out[36] = '\0';
}

void ll_event_id_from_key(const char *source, const char *natural_key,
                          char out[LL_EVENT_ID_LEN + 1]) {
    unsigned char b[16];
    crypto_generichash_state st;
    crypto_generichash_init(&st, (const unsigned char *)"luisterloop-id-v1", 17, sizeof(b));
    crypto_generichash_update(&st, (const unsigned char *)source, strlen(source) + 1);
    crypto_generichash_update(&st, (const unsigned char *)natural_key, strlen(natural_key));
    crypto_generichash_final(&st, b, sizeof(b));
    uuid_format(b, 8, out); /* RFC 9562 v8: name-based, custom hash */
}

void ll_event_id_random(char out[LL_EVENT_ID_LEN + 1]) {
    unsigned char b[16];
    randombytes_buf(b, sizeof(b));
    uuid_format(b, 4, out);
}

cJSON *ll_event_new(const char *id, const char *source, const char *type, const char *time) {
    cJSON *ev = cJSON_CreateObject();
    if (!ev)
        return NULL;
    if (!cJSON_AddStringToObject(ev, "specversion", "1.0") ||
        !cJSON_AddStringToObject(ev, "id", id) || !cJSON_AddStringToObject(ev, "source", source) ||
        !cJSON_AddStringToObject(ev, "type", type) || !cJSON_AddStringToObject(ev, "time", time) ||
        !cJSON_AddStringToObject(ev, "datacontenttype", "application/json") ||
        !cJSON_AddObjectToObject(ev, "data")) {
        cJSON_Delete(ev);
        return NULL;
    }
    return ev;
}

cJSON *ll_event_data(const cJSON *ev) { return ll_json_get(ev, "data"); }

uint32_t ll_event_content_digest(const cJSON *data, const char *pseudonym) {
    /* data's members walked once, each told by its first two letters: looked up by name,
     * with ev's data and the pseudonym again, and hashed a byte a step (FNV), the digest
     * cost ~1,900 instructions an event, now ~360 (callgrind, issue 12). */
    enum { TEXT, SUBJECT, KIND, PSEUDONYM, NPART };
    const char *part[NPART] = {NULL, NULL, NULL, pseudonym};
    uint64_t formal = 0;
    for (const cJSON *c = data ? data->child : NULL; c; c = c->next) {
        const char *n = c->string;
        if (!n || !n[0])
            continue;
        if (n[0] == 't' && n[1] == 'e' && !strcmp(n, "text") && cJSON_IsString(c))
            part[TEXT] = c->valuestring;
        else if (n[0] == 's' && n[1] == 'u' && !strcmp(n, "subject") && cJSON_IsString(c))
            part[SUBJECT] = c->valuestring;
        else if (n[0] == 'k' && n[1] == 'i' && !strcmp(n, "kind") && cJSON_IsString(c))
            part[KIND] = c->valuestring;
        else if (n[0] == 'f' && n[1] == 'o' && !strcmp(n, "formal"))
            formal = cJSON_IsTrue(c) ? 2 : cJSON_IsFalse(c) ? 1 : 0;
    }
    /* Each part by its number, then its bytes (their count mixed in): "" and absent, and
     * a text that ends where a subject begins, hash apart. */
    uint64_t h = 0x6c6c2d636f6e7431ull ^ formal; /* "ll-cont1" */
    for (uint64_t i = 0; i < NPART; i++)
        if (part[i])
            h = ll_hash64_words(h ^ ((i + 1) << 60), part[i], strlen(part[i]));
    return (uint32_t)(h ^ (h >> 32));
}

const char *ll_event_klantcontact_url(const cJSON *ev) {
    static const char suffix[] = "/klantinteracties";
    const char *source = ll_json_str(ev, "source");
    const char *ref = ll_json_str(ll_event_data(ev), "source_ref");
    size_t n = source ? strlen(source) : 0;
    if (n < sizeof(suffix) - 1 || strcmp(source + n - (sizeof(suffix) - 1), suffix) || !ref ||
        (strncmp(ref, "http://", 7) && strncmp(ref, "https://", 8)))
        return NULL;
    return ref;
}

/* A writer into the caller's buffer: p moves on, end is where it must stop. */
typedef struct json_out {
    char *p, *end;
} json_out;

static int out_bytes(json_out *o, const char *s, size_t n) {
    if ((size_t)(o->end - o->p) < n)
        return -1;
    memcpy(o->p, s, n);
    o->p += n;
    return 0;
}

/* As cJSON's print_string_ptr: '"', '\\' and bytes below 32 escaped, the
 * rest (UTF-8 included) as it is; NULL as "". */
/* The bytes a JSON string cannot hold as they are (and the NUL that ends it):
 * one table look-up per byte in the loop that copies the rest. */
static const uint8_t json_escape[256] = {
    [0] = 1,  [1] = 1,  [2] = 1,  [3] = 1,  [4] = 1,  [5] = 1,   [6] = 1,   [7] = 1,  [8] = 1,
    [9] = 1,  [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1,  [15] = 1,  [16] = 1, [17] = 1,
    [18] = 1, [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1,  [24] = 1,  [25] = 1, [26] = 1,
    [27] = 1, [28] = 1, [29] = 1, [30] = 1, [31] = 1, ['"'] = 1, ['\\'] = 1};

static int out_string(json_out *o, const char *s) {
    static const char hex[] = "0123456789abcdef";
    if (out_bytes(o, "\"", 1) != 0)
        return -1;
    for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c;) {
        const unsigned char *run = c;
        /* Four bytes a turn; a byte is read only when the one before it is
         * not the NUL (json_escape has it), so never past the string. */
        while (!json_escape[c[0]]) {
            if (json_escape[c[1]]) {
                c += 1;
                break;
            }
            if (json_escape[c[2]]) {
                c += 2;
                break;
            }
            if (json_escape[c[3]]) {
                c += 3;
                break;
            }
            c += 4;
        }
        if (c > run && out_bytes(o, (const char *)run, (size_t)(c - run)) != 0)
            return -1;
        if (!*c)
            break;
        char e[6] = {'\\', 0, 0, 0, 0, 0};
        size_t n = 2;
        switch (*c) {
        case '"':
            e[1] = '"';
            break;
        case '\\':
            e[1] = '\\';
            break;
        case '\b':
            e[1] = 'b';
            break;
        case '\f':
            e[1] = 'f';
            break;
        case '\n':
            e[1] = 'n';
            break;
        case '\r':
            e[1] = 'r';
            break;
        case '\t':
            e[1] = 't';
            break;
        default:
            e[1] = 'u', e[2] = '0', e[3] = '0', e[4] = hex[*c >> 4], e[5] = hex[*c & 15];
            n = 6;
        }
        if (out_bytes(o, e, n) != 0)
            return -1;
        c++;
    }
    return out_bytes(o, "\"", 1);
}

/* As cJSON's print_number: 15 significant digits when they read back, else
 * 17; "null" for what JSON cannot hold. */
static int out_number(json_out *o, const cJSON *item) {
    char b[32];
    int n;
    double d = item->valuedouble;
    if (isnan(d) || isinf(d)) {
        n = snprintf(b, sizeof(b), "null");
    } else if (fabs(d) < 1e15 && d == (double)(long long)d && !(d == 0 && signbit(d))) {
        /* A whole number below 10^15 prints as its digits under %1.15g: by hand,
         * the common case, where snprintf and the read-back are all the cost. */
        long long v = (long long)d;
        char t[24];
        int k = 0;
        unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
        do
            t[k++] = (char)('0' + u % 10);
        while ((u /= 10) > 0);
        n = 0;
        if (v < 0)
            b[n++] = '-';
        while (k > 0)
            b[n++] = t[--k];
    } else if (d != 0 && fabs(d) < 1e12 &&
               (double)(long long)(d * 1000 + (d < 0 ? -0.5 : 0.5)) / 1000 == d) {
        /* Thousandths (the rounded scores of enrichment): d is the double
         * nearest k/1000 (the division rounds correctly), which %1.15g prints
         * as k/1000's digits without trailing zeros, and which reads back as
         * d. By hand: snprintf and strtod were most of a score's cost. */
        long long k = (long long)(d * 1000 + (d < 0 ? -0.5 : 0.5));
        unsigned long long u = k < 0 ? 0ull - (unsigned long long)k : (unsigned long long)k;
        unsigned long long whole = u / 1000, frac = u % 1000;
        char t[24];
        int j = 0;
        n = 0;
        if (k < 0)
            b[n++] = '-';
        do
            t[j++] = (char)('0' + whole % 10);
        while ((whole /= 10) > 0);
        while (j > 0)
            b[n++] = t[--j];
        b[n++] = '.'; /* frac > 0: whole numbers took the branch above */
        for (int div = 100; frac > 0; div /= 10) {
            b[n++] = (char)('0' + frac / (unsigned long long)div);
            frac %= (unsigned long long)div;
        }
    } else {
        n = snprintf(b, sizeof(b), "%1.15g", d);
        double back = strtod(b, NULL);
        double max = fabs(back) > fabs(d) ? fabs(back) : fabs(d);
        if (!(fabs(back - d) <= max * DBL_EPSILON))
            n = snprintf(b, sizeof(b), "%1.17g", d);
    }
    return n > 0 && (size_t)n < sizeof(b) ? out_bytes(o, b, (size_t)n) : -1;
}

static int out_value(json_out *o, const cJSON *item) {
    switch (item->type & 0xFF) {
    case cJSON_NULL:
        return out_bytes(o, "null", 4);
    case cJSON_False:
        return out_bytes(o, "false", 5);
    case cJSON_True:
        return out_bytes(o, "true", 4);
    case cJSON_Number:
        return out_number(o, item);
    case cJSON_Raw:
        return item->valuestring ? out_bytes(o, item->valuestring, strlen(item->valuestring)) : -1;
    case cJSON_String:
        return out_string(o, item->valuestring);
    case cJSON_Array:
    case cJSON_Object: {
        int obj = (item->type & 0xFF) == cJSON_Object;
        if (out_bytes(o, obj ? "{" : "[", 1) != 0)
            return -1;
        for (const cJSON *c = item->child; c; c = c->next) {
            if (obj && (out_string(o, c->string) != 0 || out_bytes(o, ":", 1) != 0))
                return -1;
            if (out_value(o, c) != 0 || (c->next && out_bytes(o, ",", 1) != 0))
                return -1;
        }
        return out_bytes(o, obj ? "}" : "]", 1);
    }
    default:
        return -1; /* cJSON_Invalid */
    }
}

size_t ll_event_serialise(const cJSON *ev, char *buf, size_t len) {
    /* What cJSON_PrintUnformatted writes, byte for byte (test_event compares
     * them), but straight into buf: cJSON's print buffer measures the output
     * with strlen after every value and reads every number back with sscanf.
     * The same room as cJSON_PrintPreallocated(buf, len - 5) had. */
    if (len < 8)
        return 0;
    json_out o = {buf, buf + len - 6};
    if (out_value(&o, ev) != 0)
        return 0;
    *o.p = '\0';
    return (size_t)(o.p - buf);
}
