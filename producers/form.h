/* form.h - the public complaint form of the web adapter: GET / and POST /form. */
#ifndef LL_FORM_H
#define LL_FORM_H

#include <stddef.h>

#include "intake.h"

typedef struct ll_form ll_form;

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

#endif
