/* form.h - the public complaint form of the web adapter: GET / and POST /form. */
#ifndef LL_FORM_H
#define LL_FORM_H

#include <stddef.h>

#include "intake.h"
#include "ll_limits.h"

typedef struct ll_form ll_form;

/* The errors of one post, each under the form's field id ("tekst", "postcode", "email"; ""
 * for the whole form) with its Dutch message, at most one per field, in the order found. */
typedef struct ll_form_errors {
    ll_err e[LL_FORM_MAX_ERRORS];
    int n;
} ll_form_errors;

/* Registers GET / and POST /form on in. Caller frees with ll_form_free. */
ll_form *ll_form_new(ll_intake *in, char *errstr, size_t errlen);
void ll_form_free(ll_form *f);

/* Parses an application/x-www-form-urlencoded body into a feedback body for
 * ll_web_body_to_event (caller frees). Returns NULL with err naming the form
 * field; *spam is set when the honeypot was filled. */
cJSON *ll_form_body_parse(const char *body, size_t len, int *spam, ll_err *err);

/* What the form page says, in Dutch, for err from ll_form_body_parse or
 * ll_web_body_to_event (a constant string, or err->msg when that is already Dutch). */
const char *ll_form_error_message(const ll_err *err);

/* What POST /form makes of an x-www-form-urlencoded body: the received event (caller frees),
 * or NULL with every field's error in errs (n 0 and *spam set when the honeypot was filled),
 * as the page shows them. The token is not checked here. */
cJSON *ll_form_to_event(const char *body, size_t len, const char *source_base, int *spam,
                        ll_form_errors *errs);

#endif
