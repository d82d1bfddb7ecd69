/* fuzz_event.c - libFuzzer harness for raw Kafka messages as the processor reads them: JSON
 * parsing, the received and enriched validators, the one-pass reader against them, UTF-8
 * validation and masking of data.text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "ident.h"
#include "ll_limits.h"
#include "mask.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return ll_ident_init("some-fuzz-key-0123456789");
}

/* Unicode 3-7 (well-formed byte sequences), written as a table so it shares no code with
 * ll_utf8_valid: the two must agree on the verdict and on the first bad byte. */
static int ref_utf8_valid(const unsigned char *s, size_t len, size_t *bad_at) {
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i], lo = 0x80, hi = 0xBF;
        size_t k;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            k = 1;
        } else if (c == 0xE0) {
            k = 2, lo = 0xA0;
        } else if (c == 0xED) {
            k = 2, hi = 0x9F;
        } else if (c >= 0xE1 && c <= 0xEF) {
            k = 2;
        } else if (c == 0xF0) {
            k = 3, lo = 0x90;
        } else if (c == 0xF4) {
            k = 3, hi = 0x8F;
        } else if (c >= 0xF1 && c <= 0xF3) {
            k = 3;
        } else {
            goto bad;
        }
        if (len - i <= k || s[i + 1] < lo || s[i + 1] > hi)
            goto bad;
        for (size_t j = 2; j <= k; j++)
            if (s[i + j] < 0x80 || s[i + j] > 0xBF)
                goto bad;
        i += k + 1;
    }
    return 1;
bad:
    *bad_at = i;
    return 0;
}

/* The validators on a parsed tree: a verdict of 0 or -1, and -1 always says why. */
static void check_validators(const cJSON *ev) {
    ll_err err = {{0}, {0}};
    int rc = ll_event_validate_received(ev, &err);
    FUZZ_REQUIRE(rc == 0 || rc == -1);
    if (rc != 0)
        fuzz_check_err(&err);
    memset(&err, 0, sizeof(err));
    int rce = ll_event_validate_enriched(ev, &err);
    FUZZ_REQUIRE(rce == 0 || rce == -1);
    if (rce != 0)
        fuzz_check_err(&err);
    /* One type per event: no message passes both. */
    FUZZ_REQUIRE(rc != 0 || rce != 0);

    const char *text = ll_json_str(ll_event_data(ev), "text");
    if (text)
        fuzz_check_mask(text, strlen(text));
    if (rc == 0) {
        /* A valid received event goes through the intake's steps again unchanged. */
        cJSON *copy = cJSON_Duplicate(ev, 1);
        if (copy) {
            fuzz_check_received(copy, ll_json_str(ll_event_data(ev), "channel"));
            cJSON_Delete(copy);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *buf = (const char *)data;
    size_t bad = (size_t)-1, ref_bad = (size_t)-1;
    int utf8 = ll_utf8_valid(buf, size, &bad);
    FUZZ_REQUIRE(utf8 == ref_utf8_valid(data, size, &ref_bad));
    FUZZ_REQUIRE(utf8 || (bad == ref_bad && bad < size));

    ll_err err = {{0}, {0}};
    cJSON *ev = ll_json_parse(buf, size, LL_MAX_EVENT_BYTES, &err);
    if (!ev) {
        fuzz_check_err(&err);
    } else {
        /* Only a whole, NUL-free, valid UTF-8 object gets through. */
        FUZZ_REQUIRE(cJSON_IsObject(ev) && utf8 && !memchr(buf, '\0', size));
        check_validators(ev);
    }
    /* The processor's one-pass reader: the verdict, error and tree of the three passes. */
    ll_err e3 = {{0}, {0}}, e1 = {{0}, {0}};
    cJSON *t3 = ll_json_parse(buf, size, LL_MAX_EVENT_BYTES, &e3);
    if (t3 && ll_event_validate_received(t3, &e3) != 0) {
        cJSON_Delete(t3);
        t3 = NULL;
    }
    cJSON *t1 = ll_event_parse_received(buf, size, &e1);
    FUZZ_REQUIRE((t1 == NULL) == (t3 == NULL));
    if (!t1) {
        FUZZ_REQUIRE(strcmp(e1.field, e3.field) == 0 && strcmp(e1.msg, e3.msg) == 0);
    } else {
        char *a = cJSON_PrintUnformatted(t1), *b = cJSON_PrintUnformatted(t3);
        FUZZ_REQUIRE(!a || !b || strcmp(a, b) == 0);
        free(a);
        free(b);
    }
    cJSON_Delete(t1);
    cJSON_Delete(t3);

    ll_err err2 = {{0}, {0}};
    cJSON *val = ll_json_parse_value(buf, size, LL_MAX_EVENT_BYTES, &err2);
    if (!val) {
        fuzz_check_err(&err2);
        FUZZ_REQUIRE(ev == NULL); /* what the object parser takes, the value parser takes */
    } else {
        FUZZ_REQUIRE(cJSON_IsObject(val) || cJSON_IsArray(val));
        FUZZ_REQUIRE((ev != NULL) == cJSON_IsObject(val));
        if (cJSON_IsArray(val)) {
            int n = 0;
            for (const cJSON *it = val->child; it && n < 16; it = it->next, n++)
                check_validators(it);
        }
    }
    cJSON_Delete(val);
    cJSON_Delete(ev);

    /* The masker on the raw bytes: any byte string, any length. */
    fuzz_check_mask(buf, size);
    return 0;
}
