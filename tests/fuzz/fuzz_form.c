/* fuzz_form.c - libFuzzer harness for the complaint form: an x-www-form-urlencoded body
 * through ll_form_body_parse and then ll_web_body_to_event, as POST /form does. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "fuzz_check.h"
#include "ident.h"
#include "text.h"
#include "web_body.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return ll_ident_init("some-fuzz-key-0123456789");
}

/* The page's every-error check (POST /form) accepts what the first-error path accepts, and a
 * refusal names at least one error, each field once. */
static void form_every_error_agrees(const uint8_t *data, size_t size, int accepted) {
    ll_form_errors errs;
    int spam = -1;
    cJSON *ev = ll_form_to_event((const char *)data, size, "/luisterloop", &spam, &errs);
    FUZZ_REQUIRE(!ev == !accepted);
    FUZZ_REQUIRE(ev ? errs.n == 0 : spam == 1 || (errs.n > 0 && errs.n <= LL_FORM_MAX_ERRORS));
    for (int i = 0; i < errs.n; i++)
        for (int k = i + 1; k < errs.n; k++)
            FUZZ_REQUIRE(strcmp(errs.e[i].field, errs.e[k].field) != 0);
    cJSON_Delete(ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ll_err err = {{0}, {0}};
    int spam = -1;
    cJSON *body = ll_form_body_parse((const char *)data, size, &spam, &err);
    if (!body) {
        fuzz_check_err(&err);
        form_every_error_agrees(data, size, 0);
        return 0;
    }
    FUZZ_REQUIRE(spam == 0 || spam == 1);
    FUZZ_REQUIRE(cJSON_IsObject(body));
    /* Whatever the form decoded is text the JSON side can carry. */
    char *js = cJSON_PrintUnformatted(body);
    if (js) {
        FUZZ_REQUIRE(ll_utf8_valid(js, strlen(js), NULL));
        free(js);
    }
    cJSON *ev = ll_web_body_to_event(body, "form", size & 1 ? "fuzz-form-nonce" : NULL,
                                     "/luisterloop", &err);
    form_every_error_agrees(data, size, ev && !spam);
    if (!ev) {
        fuzz_check_err(&err);
    } else {
        FUZZ_REQUIRE(
            fuzz_words_travel(ll_json_str(body, "text"), ll_json_str(ll_event_data(ev), "text")));
        fuzz_check_received(ev, "web");
        cJSON_Delete(ev);
    }
    cJSON_Delete(body);
    return 0;
}
