/* fuzz_mime.c - libFuzzer harness for the e-mail reduction: parse, HTML, trimming, events. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "email.h"
#include "ident.h"
#include "mime.h"
#include "text.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    return ll_ident_init("fuzz-secret-0123456789abcdef");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* The bound the role applies, scaled down so one input stays fast. */
    const size_t max = 1024 * 1024;
    ll_err err;
    ll_mime *m = ll_mime_parse((const char *)data, size, max, &err);
    if (m) {
        /* What the role hands to Kafka must always be valid, bounded UTF-8. */
        if (!ll_utf8_valid(m->text, strlen(m->text), NULL) || m->text_len > LL_MAX_TEXT_BYTES ||
            !ll_utf8_valid(m->subject, strlen(m->subject), NULL) ||
            !ll_utf8_valid(m->signature, strlen(m->signature), NULL) || ll_has_control(m->text) ||
            m->nnames > m->attachments)
            abort();
        for (int i = 0; i < m->nnames; i++)
            if (!ll_utf8_valid(m->names[i], strlen(m->names[i]), NULL))
                abort();
        cJSON *ev = ll_email_to_event(m, "/luisterloop", 1700000000000LL, &err);
        /* The event either passes the validator or is refused with a reason. */
        if (!ev && !err.msg[0])
            abort();
        cJSON_Delete(ev);
        ll_mime_free(m);
    } else if (!err.msg[0]) {
        abort(); /* every refusal says why */
    }
    cJSON *dl = ll_email_deadletter((const char *)data, size, &err, "/luisterloop", 0);
    if (!dl)
        abort();
    cJSON_Delete(dl);

    /* The text stages on their own, on the raw bytes as UTF-8-ish text. */
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = '\0';
    char *t = ll_mime_html_to_text(s, size);
    free(t);
    if (ll_utf8_valid(s, strlen(s), NULL)) {
        char *sig = NULL;
        char *x = ll_mime_trim(s, size & 1, &sig, NULL);
        free(x);
        free(sig);
    }
    free(s);
    return 0;
}
