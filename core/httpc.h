/* httpc.h - the outgoing HTTP client of the roles that call other systems' APIs (libcurl):
 * one request at a time on the caller's thread, a whole-request timeout, a bounded answer.
 *
 * Why libcurl and a blocking call: see sinks/alertmanager.c (TLS and proxies for free, no
 * event loop needed by the callers that have none). A caller on an event loop blocks it for
 * at most timeout_ms per request: it must say why that is acceptable where it does it. */
#ifndef LL_HTTPC_H
#define LL_HTTPC_H

#include <stddef.h>

typedef struct ll_httpc ll_httpc;

/* A client whose requests take at most timeout_ms each (connection included)
 * and whose answers are kept up to max_answer bytes (a longer one is an
 * error: an API that answers more than that is not the API we know).
 * NULL with errstr. Free with ll_httpc_free (NULL-safe). */
ll_httpc *ll_httpc_new(long timeout_ms, size_t max_answer, char *errstr, size_t errlen);
void ll_httpc_free(ll_httpc *c);

/* What a request came to, by what the caller should do next. */
enum ll_httpc_outcome {
    LL_HTTPC_OK,      /* 2xx */
    LL_HTTPC_RETRY,   /* no answer, a timeout, 408, 429 or 5xx: the same request may work later */
    LL_HTTPC_REFUSED, /* any other status: sending it again cannot succeed */
};

/* method on url (http or https only) with headers ("Name: value", NULL-terminated
 * list, may be NULL) and body (NULL: none; then no Content-Type is sent either).
 * *status gets the HTTP status (0 when there was no answer); the answer body is
 * in c (NUL-terminated, *answer and *answer_len, may be NULL) until the next
 * request. errstr says what went wrong for anything but LL_HTTPC_OK. */
enum ll_httpc_outcome ll_httpc_request(ll_httpc *c, const char *method, const char *url,
                                       const char *const *headers, const char *body, long *status,
                                       const char **answer, size_t *answer_len, char *errstr,
                                       size_t errlen);

/* NULL when url is one a role may send a request and a token to: http:// or https://, a
 * host, no user part in the authority, no white space, backslash or control character (what
 * another parser may read as a different host); else what is wrong with it. The config's URL
 * keys and a received resourceUrl are checked alike. */
const char *ll_httpc_url_problem(const char *url);

/* Percent-encodes s for a query value into out (RFC 3986 unreserved kept);
 * -1 when out is too small. */
int ll_httpc_query_escape(const char *s, char *out, size_t outlen);

#endif
