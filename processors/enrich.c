/* enrich.c - turns a validated received event into an enriched one, in place, in two
 * steps around the batch's one Redis round trip. */
#include "enrich.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "area.h"
#include "classify.h"
#include "event.h"
#include "ll_limits.h"
#include "log.h"
#include "mask.h"
#include "names.h"
#include "process.h"
#include "text.h"

/* A formal complaint this close to its deadline needs someone now. */
#define AWB_NEAR_DAYS 7
/* The third contact on one thread is a sign that nobody listened. */
#define THREAD_HIGH_CONTACTS 3

struct ll_enricher {
    const ll_config *cfg;
    const ll_process_cfg *pc; /* [process] */
    char *maskbuf;            /* ll_mask_bound(LL_MAX_TEXT_BYTES) */
    char *namebuf;            /* ll_names_bound(ll_mask_bound(LL_MAX_TEXT_BYTES)) */
    ll_names_scan *nscan;
    ll_classifier *cls; /* this worker's, on the first enricher's rules */
    /* Read-only once loaded: the first enricher's, shared by its workers. */
    const ll_names *names;
    const ll_areas *areas;
    ll_names *own_names; /* what this enricher loaded and frees; NULL on a worker */
    ll_areas *own_areas;
};

/* An enricher's own working memory, without the lists and rules. */
static ll_enricher *scratch_new(const ll_config *cfg, char *errstr, size_t errlen) {
    ll_enricher *en = calloc(1, sizeof(*en));
    size_t masked_max = ll_mask_bound(LL_MAX_TEXT_BYTES);
    if (!en || !(en->maskbuf = malloc(masked_max)) ||
        !(en->namebuf = malloc(ll_names_bound(masked_max))) ||
        !(en->nscan = ll_names_scan_new(masked_max))) {
        ll_enricher_free(en);
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    en->cfg = cfg;
    if (!(en->pc = ll_config_settings(cfg, &ll_process_config))) {
        snprintf(errstr, errlen, "config: no [process] section loaded");
        ll_enricher_free(en);
        return NULL;
    }
    return en;
}

ll_enricher *ll_enricher_new(const ll_config *cfg, char *errstr, size_t errlen) {
    ll_enricher *en = scratch_new(cfg, errstr, errlen);
    if (!en)
        return NULL;
    const ll_process_cfg *pc = en->pc;
    char tax[1024], lex[1024], urg[1024], areas[1024], nf[1024], ns[1024], nk[1024];
    if (ll_config_file(cfg, pc->taxonomy, tax, sizeof(tax)) ||
        ll_config_file(cfg, pc->lexicon, lex, sizeof(lex)) ||
        ll_config_file(cfg, pc->urgency, urg, sizeof(urg)) ||
        ll_config_file(cfg, pc->areas, areas, sizeof(areas)) ||
        ll_config_file(cfg, pc->names_first, nf, sizeof(nf)) ||
        ll_config_file(cfg, pc->names_surname, ns, sizeof(ns)) ||
        ll_config_file(cfg, pc->names_keep, nk, sizeof(nk))) {
        snprintf(errstr, errlen, "process: a configured file name is too long");
        goto fail;
    }
    if (!(en->names = en->own_names = ll_names_load(nf, ns, nk, errstr, errlen)))
        goto fail;
    if (!(en->cls = ll_classifier_new(tax, lex, urg, errstr, errlen)))
        goto fail;
    /* The masker tells a name in lower case from a word by the taxonomy's word list. */
    ll_names_set_words(en->own_names, ll_classifier_words(en->cls));
    if (!(en->areas = en->own_areas = ll_areas_load(areas, errstr, errlen)))
        goto fail;
    ll_info("enrichment: taxonomy %s, lexicon %s, urgency rules %s, %d areas from %s, %d name "
            "list entries",
            tax, lex, urg, ll_areas_count(en->areas), areas, ll_names_count(en->names));
    return en;
fail:
    ll_enricher_free(en);
    return NULL;
}

ll_enricher *ll_enricher_worker(const ll_enricher *first, char *errstr, size_t errlen) {
    ll_enricher *en = scratch_new(first->cfg, errstr, errlen);
    if (!en)
        return NULL;
    en->names = first->names;
    en->areas = first->areas;
    if (!(en->cls = ll_classifier_worker(first->cls, errstr, errlen))) {
        ll_enricher_free(en);
        return NULL;
    }
    return en;
}

const struct ll_wordlist *ll_enricher_words(const ll_enricher *en) {
    return ll_classifier_words(en->cls);
}

void ll_enricher_free(ll_enricher *en) {
    if (!en)
        return;
    ll_classifier_free(en->cls);
    ll_areas_free(en->own_areas);
    ll_names_free(en->own_names);
    ll_names_scan_free(en->nscan);
    free(en->namebuf);
    free(en->maskbuf);
    free(en);
}

static int replace_str(cJSON *obj, const char *name, const char *value) {
    cJSON *v = cJSON_CreateString(value);
    if (!v)
        return -1;
    if (ll_json_get(obj, name))
        return cJSON_ReplaceItemInObjectCaseSensitive(obj, name, v) ? 0 : -1;
    return cJSON_AddItemToObject(obj, name, v) ? 0 : -1;
}

/* The fields of an event that people type into, and the bound each keeps. Besides the free
 * text, a client's natural key (a phone number or an e-mail address as the key of a call or a
 * mail), a desk's location ("balie 3, mevrouw Jansen 010-1234567") and a case reference
 * ("dossier P. de Vries") carried identifiers and names to feedback.enriched in clear (user
 * check of 12-01, session 11). Nothing in the processor reads them: de-duplication and threads
 * go by the event id, which the adapter derived from the unmasked key (ll_event_id_from_key),
 * and by the citizen's pseudonym, so two keys that mask alike stay two events. */
static const struct {
    const char *name;
    size_t max; /* 0: bounded as the text is */
} mask_fields[] = {
    {"text", 0},
    {"subject", 0},
    {"case_ref", LL_MAX_CASE_REF_BYTES},
    {"location", LL_MAX_LOCATION_BYTES},
    {"source_ref", LL_MAX_SOURCE_REF_BYTES},
};

/* m[key]: the names of the rules (0..n) whose bits are set in rules, in rule order. 0, or
 * -1 on allocation failure. */
static int add_rules(cJSON *m, const char *key, unsigned rules, int n, const char *(*name)(int)) {
    cJSON *why = cJSON_AddArrayToObject(m, key), *v;
    if (!why)
        return -1;
    for (int k = 0; k < n; k++)
        if ((rules & (1u << k)) &&
            (!(v = cJSON_CreateString(name(k))) || !cJSON_AddItemToArray(why, v)))
            return -1;
    return 0;
}

/* Direct identifiers first, then names in what is left, so that an e-mail
 * address never reaches the name masker whole ("piet.jansen@..."). keep_ref:
 * source_ref is a klantcontact's URL (ll_event_klantcontact_url), the
 * register's own address that escalate links to, and stays whole.
 * masked counts by kind what was found in what people typed (text, subject,
 * case_ref, location); a natural key is a client's or a mail server's, not the
 * citizen's words, and counted apart (masked.source_ref): a mail's Message-ID
 * reads as an address, and counted as one it said "an e-mail address" of a text
 * that had none (user check of 12-01, REPORT-user2 D8). */
static int mask_stage(ll_enricher *en, cJSON *d, int keep_ref) {
    ll_mask_counts total = {0};
    int names = 0, in_ref = 0;
    unsigned rules = 0;
    for (size_t i = 0; i < sizeof(mask_fields) / sizeof(mask_fields[0]); i++) {
        const char *name = mask_fields[i].name;
        const char *s = ll_json_str(d, name);
        if (!s || (keep_ref && !strcmp(name, "source_ref")))
            continue;
        ll_mask_counts c;
        size_t n = ll_mask_text(s, strlen(s), en->maskbuf, &c);
        int nn;
        unsigned r;
        size_t nl = ll_names_mask(en->names, en->nscan, en->maskbuf, n, en->namebuf, &nn, &r);
        if (nl == (size_t)-1)
            return -1; /* longer than a validated field can be */
        if (ll_mask_counts_total(&c) + nn == 0)
            continue;
        /* A masked value may outgrow its bound ([E-MAIL] for a@b.nl). The natural key is
         * required, so it is cut on a code point; the others go entirely. */
        size_t max = mask_fields[i].max;
        if (max && nl > max && strcmp(name, "source_ref")) {
            cJSON_DeleteItemFromObjectCaseSensitive(d, name);
        } else {
            if (max && nl > max) {
                while (max > 0 && ((unsigned char)en->namebuf[max] & 0xC0) == 0x80)
                    max--;
                en->namebuf[max] = '\0';
            }
            if (replace_str(d, name, en->namebuf) != 0)
                return -1;
        }
        if (!strcmp(name, "source_ref")) {
            in_ref = ll_mask_counts_total(&c) + nn;
            continue;
        }
        total.bsn += c.bsn;
        total.iban += c.iban;
        total.phone += c.phone;
        total.email += c.email;
        total.dob += c.dob;
        total.plate += c.plate;
        total.dob_rules |= c.dob_rules;
        total.plate_rules |= c.plate_rules;
        total.doc += c.doc;
        total.doc_rules |= c.doc_rules;
        names += nn;
        rules |= r;
    }
    if (ll_mask_counts_total(&total) + names + in_ref == 0)
        return 0;
    cJSON *m = cJSON_AddObjectToObject(d, "masked");
    if (!m || (total.bsn && !cJSON_AddNumberToObject(m, "bsn", total.bsn)) ||
        (total.iban && !cJSON_AddNumberToObject(m, "iban", total.iban)) ||
        (total.phone && !cJSON_AddNumberToObject(m, "phone", total.phone)) ||
        (total.email && !cJSON_AddNumberToObject(m, "email", total.email)) ||
        (total.dob && !cJSON_AddNumberToObject(m, "birth_date", total.dob)) ||
        (total.dob && add_rules(m, "birth_date_rules", total.dob_rules, LL_MASK_DOB_RULES,
                                ll_mask_dob_rule_name)) ||
        (total.plate && !cJSON_AddNumberToObject(m, "plate", total.plate)) ||
        (total.plate && add_rules(m, "plate_rules", total.plate_rules, LL_MASK_PLATE_RULES,
                                  ll_mask_plate_rule_name)) ||
        (total.doc && !cJSON_AddNumberToObject(m, "document", total.doc)) ||
        (total.doc && add_rules(m, "document_rules", total.doc_rules, LL_MASK_DOC_RULES,
                                ll_mask_doc_rule_name)) ||
        (names && !cJSON_AddNumberToObject(m, "name", names)))
        return -1;
    /* The reasons, as every decision names its own: which rules found a name. */
    if (names && add_rules(m, "name_rules", rules, LL_NAME_RULES, ll_name_rule_name))
        return -1;
    return in_ref && !cJSON_AddNumberToObject(m, "source_ref", in_ref) ? -1 : 0;
}

/* Masked first: the classifier reads what analytics will read ("[NAAM] belde"), and no
 * identifier reaches a reason's quoted words. */
static int enrich_text(ll_enricher *en, ll_classifier *cls, cJSON *d, int keep_ref) {
    ll_classifier_set_places(cls, en->names);
    return mask_stage(en, d, keep_ref) != 0 || ll_classify(cls, d) != 0 ? -1 : 0;
}

int ll_enrich_text(ll_enricher *en, ll_classifier *cls, cJSON *d) {
    return enrich_text(en, cls, d, 0);
}

static int awb_stage(ll_enricher *en, cJSON *d) {
    if (!cJSON_IsTrue(ll_json_get(d, "formal")))
        return 0;
    time_t received;
    if (ll_time_parse(ll_json_str(d, "received_at"), &received) != 0)
        return 0; /* validated before */
    time_t deadline = received + (time_t)en->pc->awb_weeks * 7 * 24 * 3600;
    char r[16], dl[16], rule[96];
    struct tm tm;
    gmtime_r(&received, &tm);
    strftime(r, sizeof(r), "%Y-%m-%d", &tm);
    gmtime_r(&deadline, &tm);
    strftime(dl, sizeof(dl), "%Y-%m-%d", &tm);
    snprintf(rule, sizeof(rule), "Awb art. 9:11: %d weeks from receipt", en->pc->awb_weeks);
    cJSON *a = cJSON_AddObjectToObject(d, "awb");
    if (!a || !cJSON_AddTrueToObject(a, "formal") || !cJSON_AddStringToObject(a, "received", r) ||
        !cJSON_AddStringToObject(a, "deadline", dl) || !cJSON_AddStringToObject(a, "rule", rule))
        return -1;
    return 0;
}

static int area_stage(ll_enricher *en, cJSON *d) {
    const char *pc = ll_json_str(d, "postcode");
    ll_area a;
    if (!pc)
        return 0;
    cJSON *o = cJSON_AddObjectToObject(d, "area");
    if (!o)
        return -1;
    char pc4[5];
    snprintf(pc4, sizeof(pc4), "%.4s", pc);
    if (!cJSON_AddStringToObject(o, "postcode4", pc4))
        return -1;
    if (ll_areas_find(en->areas, pc, &a) != 0)
        return 0; /* outside the loaded municipality: PC4 only */
    if (!cJSON_AddStringToObject(o, "gemeente", a.gemeente) ||
        !cJSON_AddStringToObject(o, "wijk", a.wijk) ||
        !cJSON_AddStringToObject(o, "buurt", a.buurt))
        return -1;
    return 0;
}

int ll_enrich_prepare(ll_enricher *en, cJSON *ev) {
    cJSON *d = ll_event_data(ev);
    /* contact exists only to call back; it never reaches analytics. Nor do
     * attachment names ("paspoort_jan.pdf"): their count is enough. */
    cJSON_DeleteItemFromObjectCaseSensitive(d, "contact");
    cJSON *att = ll_json_get(d, "attachments");
    if (att)
        cJSON_DeleteItemFromObjectCaseSensitive(att, "names");
    if (replace_str(ev, "type", LL_TYPE_ENRICHED) != 0)
        return -1;
    if (enrich_text(en, en->cls, d, ll_event_klantcontact_url(ev) != NULL) != 0 ||
        area_stage(en, d) != 0 || awb_stage(en, d) != 0)
        return -1;
    return 0;
}

/* The event's urgency level; normal when it has none. */
static enum ll_urgency level_of(const char *s) {
    int l = ll_urgency_parse(s);
    return l < 0 ? LL_URGENCY_NORMAL : (enum ll_urgency)l;
}

/* Raises urgency to at least level, adding the reason either way. */
static int urgency_raise(cJSON *d, enum ll_urgency level, const char *reason) {
    cJSON *u = ll_json_get(d, "urgency");
    if (!u && !(u = cJSON_AddObjectToObject(d, "urgency")))
        return -1;
    if (level_of(ll_json_str(u, "level")) < level &&
        replace_str(u, "level", ll_urgency_names[level]) != 0)
        return -1;
    cJSON *reasons = ll_json_get(u, "reasons");
    if (!reasons && !(reasons = cJSON_AddArrayToObject(u, "reasons")))
        return -1;
    cJSON *r = cJSON_CreateString(reason);
    return r && cJSON_AddItemToArray(reasons, r) ? 0 : -1;
}

void ll_enrich_refs_of(cJSON *ev, ll_enrich_refs *out) {
    cJSON *d = ll_event_data(ev);
    const cJSON *awb = ll_json_get(d, "awb");
    out->ev = ev;
    out->data = d;
    out->id = ll_json_str(ev, "id");
    out->theme = ll_json_str(d, "theme");
    out->channel = ll_json_str(d, "channel");
    out->received_at = ll_json_str(d, "received_at");
    out->awb_deadline = awb ? ll_json_str(awb, "deadline") : NULL;
}

int ll_enrich_finish(ll_enricher *en, cJSON *ev, const ll_thread_info *th) {
    ll_enrich_refs r;
    ll_enrich_refs_of(ev, &r);
    return ll_enrich_finish_refs(en, &r, th);
}

/* The event's id came before with another content (dedup.h): it is another input
 * whose natural key was reused, so it goes out under the id Redis gave it, and says
 * which id it would have had. */
static int reused_key(ll_enrich_refs *r, const char *id) {
    cJSON *k = cJSON_AddObjectToObject(r->data, "key_reused");
    if (!k || !cJSON_AddStringToObject(k, "first_id", r->id) ||
        !cJSON_AddStringToObject(k, "reason",
                                 "natural key reused: its id came before with another content, "
                                 "so this input has an id of its own") ||
        replace_str(r->ev, "id", id) != 0)
        return -1;
    r->id = ll_json_str(r->ev, "id");
    return 0;
}

int ll_enrich_finish_refs(ll_enricher *en, ll_enrich_refs *r, const ll_thread_info *th) {
    cJSON *d = r->data;
    if (th && th->reused_id[0] && reused_key(r, th->reused_id) != 0)
        return -1;
    if (th && th->found) {
        cJSON *t = cJSON_AddObjectToObject(d, "thread");
        cJSON *chs = t ? cJSON_AddArrayToObject(t, "channels") : NULL;
        if (!chs || !cJSON_AddStringToObject(t, "id", th->id) ||
            !cJSON_AddNumberToObject(t, "contacts", th->contacts))
            return -1;
        for (int i = 0; i < th->nchannels; i++) {
            cJSON *c = cJSON_CreateString(th->channels[i]);
            if (!c || !cJSON_AddItemToArray(chs, c))
                return -1;
        }
        const char *id = r->id;
        if (th->first_id[0] && strcmp(th->first_id, id) != 0 &&
            !cJSON_AddStringToObject(d, "duplicate_of", th->first_id))
            return -1;
        if (th->contacts >= THREAD_HIGH_CONTACTS) {
            char reason[160];
            snprintf(reason, sizeof(reason),
                     "repeat contact: contact %d on this theme within %d days (channels: %d)",
                     th->contacts, en->pc->thread_window_s / 86400, th->nchannels);
            if (urgency_raise(d, LL_URGENCY_HIGH, reason) != 0)
                return -1;
        }
    }
    const char *deadline = r->awb_deadline;
    if (deadline) {
        char ts[32];
        time_t dl;
        snprintf(ts, sizeof(ts), "%sT00:00:00Z", deadline);
        if (ll_time_parse(ts, &dl) == 0) {
            long days = (long)((dl - time(NULL)) / 86400);
            if (days <= AWB_NEAR_DAYS) {
                char reason[160];
                snprintf(reason, sizeof(reason),
                         days < 0 ? "formal complaint past its Awb deadline (%s)"
                                  : "formal complaint near its Awb deadline (%s)",
                         deadline);
                if (urgency_raise(d, LL_URGENCY_HIGH, reason) != 0)
                    return -1;
            }
        }
    }
    return 0;
}
