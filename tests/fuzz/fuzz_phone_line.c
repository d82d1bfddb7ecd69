/* fuzz_phone_line.c - libFuzzer harness for one JSON line of the contact centre or a body of
 * POST /v1/visits: each object goes through ll_phone_note_to_event and
 * ll_balie_visit_to_event. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "balie.h"
#include "fuzz_check.h"
#include "ident.h"
#include "ll_limits.h"
#include "mask.h"
#include "phone_note.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return ll_ident_init("some-fuzz-key-0123456789");
}

/* source_ref is the client's key with any BSN in it masked (ll_event_mask_bsn). */
static int same_key(const char *ref, const char *key) {
    if (!ref || !key)
        return ref == key;
    size_t len = strlen(key);
    char *out = malloc(ll_mask_bound(len));
    FUZZ_REQUIRE(out != NULL);
    ll_mask_counts c;
    ll_mask_text_only(key, len, out, LL_MASK_F_BSN, &c);
    int same = strcmp(ref, c.bsn ? out : key) == 0;
    free(out);
    return same;
}

static void convert(const cJSON *obj) {
    ll_err err;
    memset(&err, 0x55, sizeof(err));
    cJSON *ev = ll_phone_note_to_event(obj, "fuzz-cc", "/luisterloop", &err);
    if (!ev) {
        fuzz_check_err(&err);
    } else {
        const cJSON *d = ll_event_data(ev);
        FUZZ_REQUIRE(same_key(ll_json_str(d, "source_ref"), ll_json_str(obj, "call_id")));
        FUZZ_REQUIRE(fuzz_words_travel(ll_json_str(obj, "note"), ll_json_str(d, "text")));
        fuzz_check_received(ev, "phone");
        cJSON_Delete(ev);
    }
    memset(&err, 0x55, sizeof(err));
    ev = ll_balie_visit_to_event(obj, "fuzz-desk", "/luisterloop", &err);
    if (!ev) {
        fuzz_check_err(&err);
    } else {
        const cJSON *d = ll_event_data(ev);
        FUZZ_REQUIRE(same_key(ll_json_str(d, "source_ref"), ll_json_str(obj, "visit_id")));
        FUZZ_REQUIRE(fuzz_words_travel(ll_json_str(obj, "text"), ll_json_str(d, "text")));
        fuzz_check_received(ev, "balie");
        cJSON_Delete(ev);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ll_err err = {{0}, {0}};
    cJSON *v = ll_json_parse_value((const char *)data, size, LL_MAX_HTTP_BODY_DEFAULT, &err);
    if (!v) {
        fuzz_check_err(&err);
    } else if (cJSON_IsArray(v)) {
        int n = 0;
        for (const cJSON *it = v->child; it && n < 16; it = it->next, n++)
            convert(it);
    } else {
        convert(v);
    }
    cJSON_Delete(v);

    /* Any category, however odd, maps to a kind of the contract. */
    char *s = fuzz_cstr(data, size < 256 ? size : 256);
    if (s) {
        FUZZ_REQUIRE(ll_kind_valid(ll_phone_category_kind(s)));
        free(s);
    }
    return 0;
}
