/* web_body.h - the JSON body of POST /v1/feedback into a received event. */
#ifndef LL_WEB_BODY_H
#define LL_WEB_BODY_H

#include <cjson/cJSON.h>

#include "event.h"

/* body: the parsed request. client: the authenticated client. idem_key: the
 * Idempotency-Key header or NULL. Returns a new received event (caller
 * frees) or NULL with err naming the body field. */
cJSON *ll_web_body_to_event(const cJSON *body, const char *client, const char *idem_key,
                            const char *source_base, ll_err *err);

#endif
