/* fuzz_check.c - invariants the parser fuzz harnesses share (see fuzz_check.h). */
#include "fuzz_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "address.h"
#include "ll_limits.h"
#include "mask.h"
#include "text.h"

void fuzz_fail(const char *what, const char *file, int line) {
    fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
    abort();
}

char *fuzz_cstr(const uint8_t *data, size_t size) {
    char *s = malloc(size + 1);
    if (!s)
        return NULL;
    if (size)
        memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

void fuzz_check_err(const ll_err *err) {
    FUZZ_REQUIRE(memchr(err->field, '\0', sizeof(err->field)) != NULL);
    FUZZ_REQUIRE(memchr(err->msg, '\0', sizeof(err->msg)) != NULL);
    FUZZ_REQUIRE(err->msg[0] != '\0');
}

/* The serialised event as the processor reads it from the topic. */
static void check_wire(const char *buf, size_t n) {
    FUZZ_REQUIRE(n == strlen(buf) && n < LL_MAX_EVENT_BYTES);
    FUZZ_REQUIRE(ll_utf8_valid(buf, n, NULL));
    ll_err err = {{0}, {0}};
    cJSON *back = ll_json_parse(buf, n, LL_MAX_EVENT_BYTES, &err);
    FUZZ_REQUIRE(back != NULL);
    FUZZ_REQUIRE(ll_event_validate_received(back, &err) == 0);
    cJSON_Delete(back);
}

void fuzz_check_received(cJSON *ev, const char *channel) {
    static char buf[LL_MAX_EVENT_BYTES];
    ll_err err = {{0}, {0}};
    FUZZ_REQUIRE(ev != NULL);
    FUZZ_REQUIRE(ll_event_validate_received(ev, &err) == 0);
    const char *ch = ll_json_str(ll_event_data(ev), "channel");
    FUZZ_REQUIRE(ch && strcmp(ch, channel) == 0);
    const char *text = ll_json_str(ll_event_data(ev), "text");
    FUZZ_REQUIRE(text != NULL);
    fuzz_check_mask(text, strlen(text));
    /* What the intake does before Kafka. */
    FUZZ_REQUIRE(ll_event_mask_bsn(ev) >= 0);
    FUZZ_REQUIRE(ll_event_validate_received(ev, &err) == 0);
    size_t n = ll_event_serialise(ev, buf, sizeof(buf));
    if (n > 0)
        check_wire(buf, n);
}

void fuzz_check_mask(const char *s, size_t len) {
    size_t bound = ll_mask_bound(len);
    FUZZ_REQUIRE(bound > len);
    char *out = malloc(bound);
    if (!out)
        return;
    ll_mask_counts c = {-1, -1, -1, -1, -1, -1, 0, 0, -1, 0};
    size_t n = ll_mask_text(s, len, out, &c);
    FUZZ_REQUIRE(n < bound && out[n] == '\0');
    FUZZ_REQUIRE(c.bsn >= 0 && c.iban >= 0 && c.phone >= 0 && c.email >= 0 && c.dob >= 0 &&
                 c.plate >= 0 && c.doc >= 0);
    if (ll_mask_counts_total(&c) == 0)
        FUZZ_REQUIRE(n == len && memcmp(out, s, len) == 0);
    /* Inputs with NUL bytes are not text; the checks below read out as a C string. */
    if (!memchr(s, '\0', len)) {
        FUZZ_REQUIRE(strlen(out) == n);
        if (ll_utf8_valid(s, len, NULL))
            FUZZ_REQUIRE(ll_utf8_valid(out, n, NULL));
        /* No BSN survives a pass: masking the output again finds none, in the adapters' pass
         * too. And masking the masked text again changes nothing (a date of birth and a
         * plate are read by the words before them and the shape after; the sinks mask the
         * processor's output once more). */
        char *again = malloc(ll_mask_bound(n));
        if (again) {
            ll_mask_counts c2;
            ll_mask_text_only(out, n, again, LL_MASK_F_BSN, &c2);
            FUZZ_REQUIRE(c2.bsn == 0);
            size_t n2 = ll_mask_text(out, n, again, &c2);
            FUZZ_REQUIRE(ll_mask_counts_total(&c2) == 0 && n2 == n && memcmp(again, out, n) == 0);
            free(again);
        }
        /* A quote of it (the report's, an alert's), in a buffer of exactly its cap (ASan
         * catches a write past it): terminated inside, valid UTF-8 kept valid. The whole
         * text as the dashboard shows it (ll_address_mask): inside its bound, terminated,
         * valid, and the same as the quote when that one is not cut. */
        size_t cap = 8 + n % (LL_ADDRESS_QUOTE_MAX - 8);
        char *q = malloc(cap), *a = malloc(LL_ADDRESS_MASK_BOUND(n));
        if (q && a) {
            size_t qn = ll_address_quote(out, n, q, cap);
            FUZZ_REQUIRE(qn < cap && q[qn] == '\0' && strlen(q) == qn);
            size_t an = ll_address_mask(out, n, a);
            FUZZ_REQUIRE(an < LL_ADDRESS_MASK_BOUND(n) && a[an] == '\0' && strlen(a) == an);
            if (ll_utf8_valid(s, len, NULL))
                FUZZ_REQUIRE(ll_utf8_valid(q, qn, NULL) && ll_utf8_valid(a, an, NULL));
            if (an < cap)
                FUZZ_REQUIRE(qn == an && memcmp(q, a, an) == 0);
        }
        free(q);
        free(a);
    }
    free(out);
}

int fuzz_words_travel(const char *given, const char *travelled) {
    if (!given || !travelled)
        return 0;
    /* Line ends as the intake writes them (ll_received_new), said again here without its
     * code: CR LF and a lone CR are one LF. */
    size_t len = strlen(given), n = 0;
    char *lf = malloc(len + 1), *want = malloc(ll_mask_bound(len));
    for (size_t i = 0; lf && i < len; i++) {
        lf[n++] = given[i] == '\r' ? '\n' : given[i];
        if (given[i] == '\r' && given[i + 1] == '\n')
            i++;
    }
    int same = 0;
    if (lf && want) {
        lf[n] = '\0';
        ll_mask_text_only(lf, n, want, LL_MASK_F_BSN, NULL);
        same = strcmp(want, travelled) == 0;
    }
    free(lf);
    free(want);
    return same;
}
