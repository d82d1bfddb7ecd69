/* httpc.c - the outgoing HTTP client (libcurl easy interface, one handle per client). */
#include "httpc.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ll_httpc {
    CURL *curl;
    long timeout_ms;
    size_t max_answer;
    char *buf; /* max_answer + 1 */
    size_t len;
    int toobig;
};

void ll_httpc_free(ll_httpc *c) {
    if (!c)
        return;
    if (c->curl) {
        curl_easy_cleanup(c->curl);
        curl_global_cleanup(); /* reference counted by libcurl, one per ll_httpc_new */
    }
    free(c->buf);
    free(c);
}

ll_httpc *ll_httpc_new(long timeout_ms, size_t max_answer, char *errstr, size_t errlen) {
    ll_httpc *c = calloc(1, sizeof(*c));
    if (!c || !(c->buf = malloc(max_answer + 1))) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    c->timeout_ms = timeout_ms;
    c->max_answer = max_answer;
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
        snprintf(errstr, errlen, "libcurl did not start");
        goto fail;
    }
    if (!(c->curl = curl_easy_init())) {
        curl_global_cleanup();
        snprintf(errstr, errlen, "libcurl: no handle (out of memory)");
        goto fail;
    }
    return c;
fail:
    ll_httpc_free(c);
    return NULL;
}

static size_t on_data(char *p, size_t size, size_t n, void *arg) {
    ll_httpc *c = arg;
    size_t len = size * n;
    if (len > c->max_answer - c->len) {
        c->toobig = 1;
        return 0; /* curl stops with CURLE_WRITE_ERROR */
    }
    memcpy(c->buf + c->len, p, len);
    c->len += len;
    return len;
}

enum ll_httpc_outcome ll_httpc_request(ll_httpc *c, const char *method, const char *url,
                                       const char *const *headers, const char *body, long *status,
                                       const char **answer, size_t *answer_len, char *errstr,
                                       size_t errlen) {
    char cerr[CURL_ERROR_SIZE] = "";
    struct curl_slist *hdr = NULL, *h;
    enum ll_httpc_outcome o = LL_HTTPC_RETRY;
    *status = 0;
    c->len = 0;
    c->toobig = 0;
    c->buf[0] = '\0';
    if (body && !(hdr = curl_slist_append(hdr, "Content-Type: application/json")))
        goto oom;
    for (int i = 0; headers && headers[i]; i++) {
        if (!(h = curl_slist_append(hdr, headers[i])))
            goto oom;
        hdr = h;
    }
    curl_easy_reset(c->curl);
    curl_easy_setopt(c->curl, CURLOPT_URL, url);
    curl_easy_setopt(c->curl, CURLOPT_CUSTOMREQUEST, method);
    if (body)
        curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, body);
    else if (!strcmp(method, "GET"))
        curl_easy_setopt(c->curl, CURLOPT_HTTPGET, 1L);
    curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, hdr);
    curl_easy_setopt(c->curl, CURLOPT_TIMEOUT_MS, c->timeout_ms);
    curl_easy_setopt(c->curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, cerr);
    curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, c);
    curl_easy_setopt(c->curl, CURLOPT_PROTOCOLS_STR, "http,https");
    CURLcode rc = curl_easy_perform(c->curl);
    curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, status);
    c->buf[c->len] = '\0';
    if (answer)
        *answer = c->buf;
    if (answer_len)
        *answer_len = c->len;
    if (c->toobig) {
        snprintf(errstr, errlen, "%s %s: answer larger than %zu bytes", method, url, c->max_answer);
        o = LL_HTTPC_REFUSED;
    } else if (rc != CURLE_OK) {
        snprintf(errstr, errlen, "%s %s: %s", method, url, cerr[0] ? cerr : curl_easy_strerror(rc));
        o = LL_HTTPC_RETRY;
    } else if (*status >= 200 && *status < 300) {
        o = LL_HTTPC_OK;
    } else {
        snprintf(errstr, errlen, "%s %s: HTTP %ld%s%.200s", method, url, *status,
                 c->len ? ": " : "", c->buf);
        o = *status == 408 || *status == 429 || *status >= 500 ? LL_HTTPC_RETRY : LL_HTTPC_REFUSED;
    }
    curl_slist_free_all(hdr);
    return o;
oom:
    curl_slist_free_all(hdr);
    snprintf(errstr, errlen, "out of memory");
    return LL_HTTPC_RETRY;
}

int ll_httpc_query_escape(const char *s, char *out, size_t outlen) {
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int keep = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (*p >= '0' && *p <= '9') || *p == '-' || *p == '.' || *p == '_' || *p == '~';
        if (o + (keep ? 1 : 3) >= outlen)
            return -1;
        if (keep) {
            out[o++] = (char)*p;
        } else {
            out[o++] = '%';
            out[o++] = hex[*p >> 4];
            out[o++] = hex[*p & 15];
        }
    }
    out[o] = '\0';
    return 0;
}

const char *ll_httpc_url_problem(const char *url) {
    const char *host = !strncmp(url, "http://", 7)    ? url + 7
                       : !strncmp(url, "https://", 8) ? url + 8
                                                      : NULL;
    if (!host)
        return "is not http:// or https://";
    if (!*host || *host == '/')
        return "has no host";
    for (const char *c = url; *c; c++)
        if ((unsigned char)*c <= 0x20 || *c == 0x7f || *c == '\\')
            return "has a space, backslash or control character";
    if (memchr(host, '@', strcspn(host, "/?#")))
        return "has a user part (user@host)";
    return NULL;
}
