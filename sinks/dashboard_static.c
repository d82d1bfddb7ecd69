/* dashboard_static.c - the page's files, read once at start from the repo, with the security headers.
 *
 * Only the files named below are served (no path from the request reaches
 * the file system). uPlot comes from the npm package installed under the
 * assets folder (npm ci): nothing from a CDN. */
#include <errno.h>
#include <event2/http.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dashboard_int.h"
#include "http.h"
#include "reason_nl.h"

static const struct {
    const char *url, *file, *type;
} files[] = {
    {"/", "index.html", "text/html; charset=utf-8"},
    {"/app.js", "app.js", "text/javascript; charset=utf-8"},
    {"/style.css", "style.css", "text/css; charset=utf-8"},
    {"/vendor/uPlot.iife.min.js", "node_modules/uplot/dist/uPlot.iife.min.js",
     "text/javascript; charset=utf-8"},
    {"/vendor/uPlot.min.css", "node_modules/uplot/dist/uPlot.min.css", "text/css; charset=utf-8"},
};
#define NFILES (sizeof(files) / sizeof(files[0]))

typedef struct dash_assets {
    char *body[NFILES];
    size_t len[NFILES];
    char *reasons; /* /reasons-nl.json: {"English": "Dutch", ...}, the one table */
} dash_assets;

void dash_security_headers(struct evhttp_request *req) {
    struct evkeyvalq *oh = evhttp_request_get_output_headers(req);
    /* No inline script or style attribute can run: citizen text that slipped
     * into markup would still be inert. */
    evhttp_add_header(
        oh, "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    evhttp_add_header(oh, "X-Frame-Options", "DENY");
    evhttp_add_header(oh, "Referrer-Policy", "no-referrer");
}

static int read_file(const char *path, char **out, size_t *len, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char *buf = malloc(LL_DASH_MAX_ASSET + 1);
    size_t n = buf ? fread(buf, 1, LL_DASH_MAX_ASSET + 1, f) : 0;
    fclose(f);
    if (!buf || n > LL_DASH_MAX_ASSET) {
        free(buf);
        snprintf(errstr, errlen, "%s: larger than %d bytes", path, LL_DASH_MAX_ASSET);
        return -1;
    }
    *out = buf;
    *len = n;
    return 0;
}

int dash_assets_load(dash *d, char *errstr, size_t errlen) {
    dash_assets *a = calloc(1, sizeof(*a));
    if (!a) {
        snprintf(errstr, errlen, "out of memory");
        return -1;
    }
    d->assets = a;
    ll_reason_nl *rn = ll_reason_nl_open(d->cfg, d->dc->reasons_nl, errstr, errlen);
    cJSON *o = rn ? cJSON_CreateObject() : NULL;
    for (size_t i = 0; o && i < ll_reason_nl_count(rn); i++)
        if (!cJSON_AddStringToObject(o, ll_reason_nl_en(rn, i), ll_reason_nl_nl(rn, i))) {
            cJSON_Delete(o);
            o = NULL;
        }
    a->reasons = o ? cJSON_PrintUnformatted(o) : NULL;
    cJSON_Delete(o);
    if (rn && !a->reasons)
        snprintf(errstr, errlen, "out of memory");
    ll_reason_nl_free(rn);
    if (!a->reasons)
        return -1;
    const char *dir = d->dc->assets[0] ? d->dc->assets : LL_DASHBOARD_ASSETS;
    for (size_t i = 0; i < NFILES; i++) {
        char path[1400];
        snprintf(path, sizeof(path), "%s/%s", dir, files[i].file);
        if (read_file(path, &a->body[i], &a->len[i], errstr, errlen) != 0) {
            if (strstr(files[i].file, "node_modules"))
                snprintf(errstr + strlen(errstr), errlen - strlen(errstr), " (run `npm ci` in %s)",
                         dir);
            return -1;
        }
    }
    return 0;
}

void dash_assets_free(dash *d) {
    if (!d->assets)
        return;
    for (size_t i = 0; i < NFILES; i++)
        free(d->assets->body[i]);
    cJSON_free(d->assets->reasons);
    free(d->assets);
    d->assets = NULL;
}

int dash_assets_serve(dash *d, struct evhttp_request *req, const char *path) {
    /* Browsers ask for it on every page: no icon, and no 404 in their console
     * (user checks of 12-01: one console error on every screen). */
    if (!strcmp(path, "/favicon.ico")) {
        dash_security_headers(req);
        ll_http_send_text(req, 204, "image/x-icon", "", 0);
        return 1;
    }
    if (!strcmp(path, "/reasons-nl.json")) {
        if (evhttp_request_get_command(req) != EVHTTP_REQ_GET &&
            evhttp_request_get_command(req) != EVHTTP_REQ_HEAD) {
            ll_http_send_error(req, 405, "use GET", NULL);
            return 1;
        }
        dash_security_headers(req);
        ll_http_send_text(req, 200, "application/json; charset=utf-8", d->assets->reasons,
                          strlen(d->assets->reasons));
        return 1;
    }
    for (size_t i = 0; i < NFILES; i++) {
        if (strcmp(path, files[i].url) != 0)
            continue;
        if (evhttp_request_get_command(req) != EVHTTP_REQ_GET &&
            evhttp_request_get_command(req) != EVHTTP_REQ_HEAD) {
            ll_http_send_error(req, 405, "use GET", NULL);
            return 1;
        }
        if (i == 0) {
            /* the page needs a login; the assets do not (the login page uses style.css) */
            dash_who who;
            dash_auth_who(&d->auth, req, &who);
            if (who.role == DASH_NONE) {
                evhttp_add_header(evhttp_request_get_output_headers(req), "Location", "/login");
                dash_security_headers(req);
                ll_http_send_text(req, 303, "text/plain; charset=utf-8", "", 0);
                return 1;
            }
        }
        dash_security_headers(req);
        ll_http_send_text(req, 200, files[i].type, d->assets->body[i], d->assets->len[i]);
        return 1;
    }
    return 0;
}
