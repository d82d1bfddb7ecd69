/* fuzz_web_body.c - libFuzzer harness for the body of POST /v1/feedback: ll_json_parse, then
 * ll_web_body_to_event, with and without an Idempotency-Key. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "ident.h"
#include "ll_limits.h"
#include "web_body.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return ll_ident_init("some-fuzz-key-0123456789");
}

static void convert(const cJSON *body, const char *idem_key) {
    ll_err err;
    memset(&err, 0x55, sizeof(err)); /* the converter must clear what it does not fill */
    cJSON *ev = ll_web_body_to_event(body, "fuzz-client", idem_key, "/luisterloop", &err);
    if (!ev) {
        fuzz_check_err(&err);
        return;
    }
    const cJSON *d = ll_event_data(ev);
    /* The citizen's words travel unchanged but for their BSNs (the builder masks them). */
    const char *text = ll_json_str(body, "text"), *kind = ll_json_str(body, "kind");
    FUZZ_REQUIRE(fuzz_words_travel(text, ll_json_str(d, "text")));
    FUZZ_REQUIRE(kind && strcmp(kind, ll_json_str(d, "kind")) == 0);
    const char *ref = ll_json_str(d, "source_ref");
    FUZZ_REQUIRE(ref && (!idem_key || strcmp(ref, idem_key) == 0));
    fuzz_check_received(ev, "web");
    cJSON_Delete(ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ll_err err = {{0}, {0}};
    cJSON *body = ll_json_parse((const char *)data, size, LL_MAX_HTTP_BODY_DEFAULT, &err);
    if (!body) {
        fuzz_check_err(&err);
        return 0;
    }
    convert(body, "fuzz-idempotency-key-1");
    convert(body, NULL);
    cJSON_Delete(body);
    return 0;
}
