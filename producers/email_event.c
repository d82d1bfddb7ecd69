/* email_event.c - a parsed mail (mime.h) as the contract's received event: its kind, postcode,
 * BSN and contact wish read from the words; or the dead letter of a mail that cannot be used. */
#include "email_event.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "deadletter.h"
#include "ident.h"
#include "ll_limits.h"
#include "received.h"
#include "text.h"

/* An ASCII-lower-cased copy; UTF-8 bytes pass unchanged. Caller frees. */
static char *lower_dup(const char *a, const char *b) {
    size_t na = strlen(a), nb = b ? strlen(b) : 0;
    char *s = malloc(na + nb + 2);
    if (!s)
        return NULL;
    for (size_t i = 0; i < na; i++)
        s[i] = (char)tolower((unsigned char)a[i]);
    s[na] = '\n';
    for (size_t i = 0; i < nb; i++)
        s[na + 1 + i] = (char)tolower((unsigned char)b[i]);
    s[na + 1 + nb] = '\0';
    return s;
}

static int any(const char *hay, const char *const *needles) {
    for (int i = 0; needles[i]; i++)
        if (strstr(hay, needles[i]))
            return 1;
    return 0;
}

/* A '?' that ends a sentence, not one inside a URL's query string. */
static int asks(const char *s) {
    for (const char *p = strchr(s, '?'); p; p = strchr(p + 1, '?'))
        if (p[1] == '\0' || isspace((unsigned char)p[1]) || p[1] == '"' || p[1] == ')' ||
            p[1] == '\'' || p[1] == '?')
            return 1;
    return 0;
}

const char *ll_email_kind(const char *subject, const char *text, int *formal) {
    static const char *const formal_w[] = {"formele klacht", "klacht indienen op grond van",
                                           "formeel klacht", NULL};
    static const char *const objection[] = {"bezwaar", NULL};
    static const char *const complaint[] = {"klacht", NULL};
    static const char *const report[] = {"melding", "wil melden", "wil ik melden", NULL};
    static const char *const compliment[] = {"compliment", "bedankt", "dank u", "dank je", NULL};
    static const char *const suggestion[] = {"suggestie", "voorstel", NULL};
    *formal = 0;
    char *s = lower_dup(subject ? subject : "", text);
    if (!s)
        return "signal";
    const char *kind = "signal";
    if (any(s, formal_w) || (strstr(s, "klacht") && strstr(s, "awb"))) {
        *formal = 1;
        kind = "complaint";
    } else if (any(s, objection)) {
        kind = "objection";
    } else if (any(s, complaint)) {
        kind = "complaint";
    } else if (any(s, report)) {
        kind = "report";
    } else if (any(s, compliment)) {
        kind = "compliment";
    } else if (any(s, suggestion)) {
        kind = "suggestion";
    } else if (asks(s)) {
        kind = "question";
    }
    free(s);
    return kind;
}

/* The first Dutch postcode written as "1234 AB" or "1234AB" (capitals, as
 * addresses are written; "2023 om" in a date must not match). */
static int find_postcode(const char *s, char out[7]) {
    for (const char *p = s; *p; p++) {
        if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '/' ||
                      (unsigned char)p[-1] >= 0x80))
            continue;
        if (p[0] < '1' || p[0] > '9' || !isdigit((unsigned char)p[1]) ||
            !isdigit((unsigned char)p[2]) || !isdigit((unsigned char)p[3]))
            continue;
        const char *l = p + 4;
        if (*l == ' ')
            l++;
        if (!isupper((unsigned char)l[0]) || !isupper((unsigned char)l[1]) ||
            isalnum((unsigned char)l[2]) || (unsigned char)l[2] >= 0x80)
            continue;
        /* PostNL never hands out SA, SD and SS. */
        if ((l[0] == 'S' && (l[1] == 'A' || l[1] == 'D' || l[1] == 'S')))
            continue;
        char cand[8] = {p[0], p[1], p[2], p[3], l[0], l[1], '\0'};
        if (ll_postcode_normalise(cand, out) == 0)
            return 0;
    }
    return -1;
}

/* A "BSN: 123456782" / "Burgerservicenummer 12.34.56.782" line: its valid
 * number in out, else -1. */
static int bsn_line(const char *ln, size_t n, char out[10]) {
    while (n > 0 && (*ln == ' ' || *ln == '\t' || *ln == '*'))
        ln++, n--;
    size_t k;
    if (n >= 19 && strncasecmp(ln, "burgerservicenummer", 19) == 0)
        k = 19;
    else if (n >= 3 && strncasecmp(ln, "bsn", 3) == 0)
        k = 3;
    else
        return -1;
    while (k < n && (isalpha((unsigned char)ln[k]) || ln[k] == '-' || ln[k] == '.' ||
                     ln[k] == ' ' || ln[k] == ':' || ln[k] == '*'))
        k++;
    char num[24];
    size_t m = 0;
    while (k < n && (isdigit((unsigned char)ln[k]) || ln[k] == ' ' || ln[k] == '.')) {
        if (m + 1 >= sizeof(num))
            return -1;
        num[m++] = ln[k++];
    }
    while (k < n && (ln[k] == ' ' || ln[k] == '\t' || ln[k] == '\r'))
        k++;
    if (k != n || m == 0)
        return -1;
    num[m] = '\0';
    return ll_bsn_normalise(num, out);
}

/* Finds a BSN line in s; with strip, also returns s without that line (the
 * number is in the pseudonym now; it has no business in the text). */
static int find_bsn(const char *s, char out[10], char **stripped) {
    int found = -1;
    const char *p = s;
    size_t len = strlen(s);
    char *o = stripped ? malloc(len + 1) : NULL;
    size_t on = 0;
    if (stripped && !o)
        return -1;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char b[10];
        if (bsn_line(p, n, b) == 0) {
            if (found != 0)
                memcpy(out, b, sizeof(b));
            found = 0;
        } else if (o) {
            memcpy(o + on, p, n);
            on += n;
            if (nl)
                o[on++] = '\n';
        }
        p = nl ? nl + 1 : p + n;
    }
    if (o) {
        while (on > 0 && (o[on - 1] == '\n' || o[on - 1] == ' '))
            on--;
        o[on] = '\0';
        *stripped = o;
    }
    return found;
}

static int contact_asked(const char *text) {
    static const char *const w[] = {"bel mij",
                                    "bel me ",
                                    "bel me.",
                                    "bel me,",
                                    "belt u mij",
                                    "wilt u mij bellen",
                                    "graag contact",
                                    "neem contact op",
                                    "neem contact met mij op",
                                    "neemt u contact",
                                    "contact met mij op",
                                    "terugbellen",
                                    "bel me terug",
                                    "mail mij terug",
                                    "please contact me",
                                    "call me",
                                    NULL};
    char *s = lower_dup(text, NULL);
    int r = s && any(s, w);
    free(s);
    return r;
}

cJSON *ll_email_to_event(const ll_mime *m, const char *source_base, long long now_ms, ll_err *err) {
    memset(err, 0, sizeof(*err));
    /* Scoped by sender as well as Message-ID: anyone may send a mail with someone else's
     * Message-ID first and make the genuine one a duplicate (issue 14). */
    char from[LL_MAX_EMAIL_BYTES + 1], key[LL_MAX_EMAIL_BYTES + LL_MIME_MAX_MSGID_BYTES + 2];
    if (ll_email_normalise(m->from_addr, from, sizeof(from)) != 0)
        from[0] = '\0';
    snprintf(key, sizeof(key), "%s|%s", from, m->natural_key);
    /* The Awb term and the thread run from when we received it (now_ms: the
     * caller's receipt time), never from the sender's clock; the Date header
     * travels as sent_at when it is plausible. */
    long long now_s = now_ms / 1000;
    char sent[LL_MAX_TIME_BYTES] = "";
    if (m->has_date && m->date >= LL_MIN_EPOCH_S && m->date <= now_s + LL_MAX_FUTURE_SKEW_S)
        ll_time_format((time_t)m->date, sent, sizeof(sent));

    cJSON *cit = NULL, *ev = NULL;
    char *text = NULL, *all = NULL;
    int formal = 0;
    const char *kind = ll_email_kind(m->subject, m->text, &formal);
    /* Identifiers and postcodes are often in the signature block, which the
     * text no longer has: look in both. */
    size_t tl = strlen(m->text), sl = strlen(m->signature);
    if (!(all = malloc(tl + sl + 2)))
        goto oom;
    memcpy(all, m->text, tl);
    all[tl] = '\n';
    memcpy(all + tl + 1, m->signature, sl + 1);
    char bsn[10] = "", pc[7] = "", mail[LL_MAX_EMAIL_BYTES + 1] = "";
    if (find_bsn(m->text, bsn, &text) != 0 && !text)
        goto oom;
    if (!text || !text[0]) {
        free(text); /* the text was only the BSN line: keep it, the masker will cover it */
        text = strdup(m->text);
        if (!text)
            goto oom;
    }
    if (!bsn[0])
        find_bsn(m->signature, bsn, NULL);
    int has_pc = find_postcode(all, pc) == 0;
    int has_mail = m->from_addr[0] && ll_email_normalise(m->from_addr, mail, sizeof(mail)) == 0;
    int contact = has_mail && contact_asked(all);
    if (!(cit = cJSON_CreateObject()) || (bsn[0] && !cJSON_AddStringToObject(cit, "bsn", bsn)) ||
        (has_mail && !cJSON_AddStringToObject(cit, "email", mail)) ||
        (contact && m->from_name[0] && !cJSON_AddStringToObject(cit, "name", m->from_name)))
        goto oom;
    const char *names[LL_MIME_MAX_ATTACH_NAMES];
    for (int i = 0; i < m->nnames; i++)
        names[i] = m->names[i];
    const ll_received r = {.source_base = source_base,
                           .channel = "email",
                           .id_key = key,
                           .now_ms = now_ms,
                           .kind = kind,
                           .text = text,
                           .subject = m->subject[0] ? m->subject : NULL,
                           .sent_at = sent[0] ? sent : NULL,
                           .formal = formal ? 1 : -1,
                           .postcode = has_pc ? pc : NULL,
                           .citizen = cit,
                           .contact_requested = contact,
                           .source_ref = m->natural_key,
                           .attachments = m->attachments,
                           .attachment_names = names,
                           .nattachment_names = m->nnames};
    ev = ll_received_new(&r, err);
    goto out;
oom:
    ll_err_set(err, "", "out of memory");
out:
    cJSON_Delete(cit);
    free(text);
    free(all);
    return ev;
}

cJSON *ll_email_deadletter(const char *buf, size_t len, const ll_err *why, const char *source_base,
                           long long now_ms) {
    char source[LL_MAX_SOURCE_BYTES + 1], key[96], dkey[128], id[LL_EVENT_ID_LEN + 1];
    snprintf(source, sizeof(source), "%s/email", source_base);
    if (buf) {
        ll_mime_raw_key(buf, len, key, sizeof(key));
        /* The same bytes dead-lettered twice (a retry after a lost ack) are one event. */
        snprintf(dkey, sizeof(dkey), "deadletter:%s", key);
    } else {
        /* Never read, so nothing to derive a stable id from. */
        ll_event_id_random(id);
        snprintf(key, sizeof(key), "unread:%s", id);
    }
    /* The core's one builder: it keeps the original sealed to the operator's key, or not
     * at all; a mail larger than an event is never kept. */
    const ll_deadletter dl = {
        .source = source,
        .id = buf ? NULL : id, /* the one the reference names */
        .id_key = buf ? dkey : NULL,
        .stage = "email",
        .why = why,
        .original = buf,
        .len = len,
        .keep_max = LL_MAX_EVENT_BYTES,
        .now_ms = now_ms,
        .source_ref = key,
        .with_original_bytes = 1,
    };
    return ll_deadletter_new(&dl);
}
