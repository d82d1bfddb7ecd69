/* dashboard_auth.c - dashboard users and roles, sessions, CSRF, bearer tokens and the login page.
 *
 * The users file (luisterloop user add|token) holds one line a user or tool:
 *   user NAME ROLE $argon2id$...      a person; the password's argon2id (libsodium)
 *   token NAME ROLE HEX               a tool; BLAKE2b-256 of its bearer token
 * It is read again when it changes, so a user added while the dashboard
 * runs can log in. A login makes a session: a random 256-bit id in a cookie
 * (HttpOnly, SameSite=Strict, Secure when TLS is in front) and a CSRF token
 * the page sends back in X-CSRF-Token on every state-changing request. The
 * login form itself carries a double-submit token (a cookie and a hidden
 * field that must agree). A bearer token is no ambient credential, so it
 * needs no CSRF token. Failed logins are limited per client address and per
 * name typed (dashboard_limit.c): a 429 with Retry-After, before argon2id
 * runs, the same for names that exist and names that do not. */
#include <errno.h>
#include <event2/buffer.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dashboard_int.h"
#include "http.h"
#include "log.h"
#include "text.h"

#define COOKIE_SESSION "ll_session"
#define COOKIE_LOGIN "ll_login"

const char *dash_role_name(enum dash_role r) {
    return r == DASH_ADMIN        ? "admin"
           : r == DASH_CASEWORKER ? "caseworker"
           : r == DASH_VIEWER     ? "viewer"
                                  : "none";
}

enum dash_role dash_role_parse(const char *s) {
    return !strcmp(s, "admin")        ? DASH_ADMIN
           : !strcmp(s, "caseworker") ? DASH_CASEWORKER
           : !strcmp(s, "viewer")     ? DASH_VIEWER
                                      : DASH_NONE;
}

void dash_users_path(const ll_config *cfg, char *out, size_t len) {
    const ll_dashboard_cfg *dc = ll_config_settings(cfg, &ll_dashboard_config);
    int n = dc->users[0] == '/' ? snprintf(out, len, "%s", dc->users)
                                : snprintf(out, len, "%s/%s", cfg->home, dc->users);
    if (n < 0 || (size_t)n >= len)
        out[0] = '\0'; /* too long: no users file, nobody logs in */
}

int dash_users_append(const char *path, const char *kind, const char *name, const char *role,
                      const char *secret, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "a");
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    int ok = fprintf(f, "%s %s %s %s\n", kind, name, role, secret) > 0;
    ok = fclose(f) == 0 && ok;
    if (!ok)
        snprintf(errstr, errlen, "%s: cannot write", path);
    return ok ? 0 : -1;
}

/* (Re)reads the users file when it changed; a later line for the same name wins. */
static int users_load(dash_auth *a, char *errstr, size_t errlen) {
    struct stat sb;
    if (stat(a->path, &sb) != 0) {
        a->nusers = 0;
        a->mtime = 0;
        return 0; /* no file: nobody can log in yet */
    }
    if (sb.st_mtime == a->mtime && a->nusers > 0)
        return 0;
    FILE *f = fopen(a->path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s: %s", a->path, strerror(errno));
        return -1;
    }
    char line[512];
    int lineno = 0, n = 0;
    dash_user tmp[LL_DASH_MAX_USERS];
    while (fgets(line, sizeof(line), f)) {
        lineno++;
        char kind[16], name[LL_ESCQ_MAX_WHO_BYTES + 2], role[16], secret[200];
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "%15s %65s %15s %199s", kind, name, role, secret) != 4 ||
            (strcmp(kind, "user") && strcmp(kind, "token")) || !ll_escq_who_valid(name) ||
            dash_role_parse(role) == DASH_NONE || strlen(secret) >= sizeof(tmp[0].secret)) {
            snprintf(errstr, errlen,
                     "%s:%d: expected 'user|token NAME viewer|caseworker|admin SECRET'", a->path,
                     lineno);
            fclose(f);
            return -1;
        }
        int k = 0;
        while (k < n && strcmp(tmp[k].name, name))
            k++;
        if (k == n && n >= LL_DASH_MAX_USERS) {
            snprintf(errstr, errlen, "%s:%d: more than %d users", a->path, lineno,
                     LL_DASH_MAX_USERS);
            fclose(f);
            return -1;
        }
        dash_user *u = &tmp[k];
        memcpy(u->name, name, strlen(name) + 1); /* checked by ll_escq_who_valid */
        u->role = dash_role_parse(role);
        u->is_token = !strcmp(kind, "token");
        memcpy(u->secret, secret, strlen(secret) + 1); /* length checked above */
        if (k == n)
            n++;
    }
    fclose(f);
    memcpy(a->users, tmp, sizeof(tmp[0]) * (size_t)n);
    a->nusers = n;
    a->mtime = sb.st_mtime;
    return 0;
}

int dash_auth_init(dash_auth *a, const ll_config *cfg, char *errstr, size_t errlen) {
    memset(a, 0, sizeof(*a));
    if (sodium_init() < 0) {
        snprintf(errstr, errlen, "libsodium: init failed");
        return -1;
    }
    dash_users_path(cfg, a->path, sizeof(a->path));
    const ll_dashboard_cfg *dc = ll_config_settings(cfg, &ll_dashboard_config);
    a->ttl_s = dc->session_ttl_s;
    a->secure = dc->cookie_secure;
    dash_limit_init(&a->by_addr, dc->login_max_per_address, dc->login_window_s);
    dash_limit_init(&a->by_user, dc->login_max_per_user, dc->login_window_s);
    return users_load(a, errstr, errlen);
}

static void hex_random(char out[65]) {
    unsigned char b[32];
    randombytes_buf(b, sizeof(b));
    sodium_bin2hex(out, 65, b, sizeof(b));
}

/* The value of cookie name in the request, into out; 0 when absent. */
static int cookie_get(struct evhttp_request *req, const char *name, char *out, size_t len) {
    const char *h = evhttp_find_header(evhttp_request_get_input_headers(req), "Cookie");
    size_t nl = strlen(name);
    while (h && *h) {
        while (*h == ' ' || *h == ';')
            h++;
        if (!strncmp(h, name, nl) && h[nl] == '=') {
            const char *v = h + nl + 1, *e = strchr(v, ';');
            size_t vl = e ? (size_t)(e - v) : strlen(v);
            if (vl == 0 || vl >= len)
                return 0;
            memcpy(out, v, vl);
            out[vl] = '\0';
            return 1;
        }
        h = strchr(h, ';');
    }
    return 0;
}

static void token_hash(const char *token, char out[65]) {
    unsigned char h[32];
    crypto_generichash(h, sizeof(h), (const unsigned char *)token, strlen(token), NULL, 0);
    sodium_bin2hex(out, 65, h, sizeof(h));
}

void dash_auth_who(dash_auth *a, struct evhttp_request *req, dash_who *who) {
    memset(who, 0, sizeof(*who));
    const char *authz = evhttp_find_header(evhttp_request_get_input_headers(req), "Authorization");
    if (authz && !strncmp(authz, "Bearer ", 7) && strlen(authz + 7) <= LL_MAX_TOKEN_BYTES) {
        char err[256];
        if (users_load(a, err, sizeof(err)) != 0)
            ll_warn("%s", err);
        char hx[65];
        token_hash(authz + 7, hx);
        for (int i = 0; i < a->nusers; i++) {
            const dash_user *u = &a->users[i];
            if (u->is_token && strlen(u->secret) == 64 && sodium_memcmp(u->secret, hx, 64) == 0) {
                who->role = u->role;
                snprintf(who->user, sizeof(who->user), "%s", u->name);
            }
        }
        return;
    }
    char sid[65];
    if (!cookie_get(req, COOKIE_SESSION, sid, sizeof(sid)) || strlen(sid) != 64)
        return;
    long long now = ll_now_ms();
    for (int i = 0; i < LL_DASH_MAX_SESSIONS; i++) {
        dash_session *s = &a->sessions[i];
        if (s->id[0] && sodium_memcmp(s->id, sid, 64) == 0) {
            if (s->expires_ms <= now) {
                memset(s, 0, sizeof(*s));
                return;
            }
            who->role = s->role;
            who->session = s;
            snprintf(who->user, sizeof(who->user), "%s", s->user);
            return;
        }
    }
}

int dash_auth_csrf_ok(const dash_who *who, struct evhttp_request *req) {
    if (!who->session)
        return who->role != DASH_NONE; /* a bearer token */
    const char *t = evhttp_find_header(evhttp_request_get_input_headers(req), "X-CSRF-Token");
    return t && strlen(t) == 64 && sodium_memcmp(t, who->session->csrf, 64) == 0;
}

/* The login page: a form, no script; msg (static text) above it. */
static void login_page(dash_auth *a, struct evhttp_request *req, int code, const char *msg) {
    char tok[65];
    hex_random(tok);
    char cookie[160];
    snprintf(cookie, sizeof(cookie), COOKIE_LOGIN "=%s; Path=/login; HttpOnly; SameSite=Strict%s",
             tok, a->secure ? "; Secure" : "");
    evhttp_add_header(evhttp_request_get_output_headers(req), "Set-Cookie", cookie);
    char body[2048];
    snprintf(
        body, sizeof(body),
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>Inloggen - Luisterloop</title><link rel=\"stylesheet\" href=\"/style.css\"></head>"
        "<body class=\"login\"><main><h1>Luisterloop</h1>%s%s%s"
        "<form method=\"post\" action=\"/login\">"
        "<input type=\"hidden\" name=\"csrf\" value=\"%s\">"
        "<p><label for=\"user\">Gebruikersnaam</label><br>"
        "<input id=\"user\" name=\"user\" autocomplete=\"username\" required maxlength=\"64\"></p>"
        "<p><label for=\"password\">Wachtwoord</label><br>"
        "<input id=\"password\" name=\"password\" type=\"password\" "
        "autocomplete=\"current-password\" "
        "required maxlength=\"256\"></p>"
        "<p><button type=\"submit\">Inloggen</button></p></form></main></body></html>\n",
        msg ? "<p class=\"error\" role=\"alert\">" : "", msg ? msg : "", msg ? "</p>" : "", tok);
    dash_security_headers(req);
    ll_http_send_text(req, code, "text/html; charset=utf-8", body, strlen(body));
}

static void session_new(dash_auth *a, struct evhttp_request *req, const dash_user *u) {
    long long now = ll_now_ms();
    dash_session *s = NULL;
    for (int i = 0; i < LL_DASH_MAX_SESSIONS && !s; i++)
        if (!a->sessions[i].id[0] || a->sessions[i].expires_ms <= now)
            s = &a->sessions[i];
    for (int i = 0; i < LL_DASH_MAX_SESSIONS && !s; i++) /* full: the oldest goes */
        if (!s || a->sessions[i].created_ms < s->created_ms)
            s = &a->sessions[i];
    if (!s)
        s = &a->sessions[0];
    memset(s, 0, sizeof(*s));
    hex_random(s->id);
    hex_random(s->csrf);
    snprintf(s->user, sizeof(s->user), "%s", u->name);
    s->role = u->role;
    s->created_ms = now;
    s->expires_ms = now + (long long)a->ttl_s * 1000;
    char cookie[256];
    snprintf(cookie, sizeof(cookie),
             COOKIE_SESSION "=%s; Path=/; Max-Age=%d; HttpOnly; SameSite=Strict%s", s->id, a->ttl_s,
             a->secure ? "; Secure" : "");
    struct evkeyvalq *oh = evhttp_request_get_output_headers(req);
    evhttp_add_header(oh, "Set-Cookie", cookie);
    evhttp_add_header(oh, "Location", "/");
    dash_security_headers(req);
    ll_http_send_text(req, 303, "text/plain; charset=utf-8", "", 0);
}

static void login_post(dash_auth *a, struct evhttp_request *req) {
    struct evbuffer *in = evhttp_request_get_input_buffer(req);
    size_t len = evbuffer_get_length(in);
    const char *ct = evhttp_find_header(evhttp_request_get_input_headers(req), "Content-Type");
    if (!ct || strncmp(ct, "application/x-www-form-urlencoded", 33) != 0) {
        ll_http_send_error(req, 415, "use application/x-www-form-urlencoded", NULL);
        return;
    }
    if (len > LL_DASH_MAX_BODY) {
        ll_http_send_too_large(req, LL_DASH_MAX_BODY);
        return;
    }
    char body[LL_DASH_MAX_BODY + 1];
    evbuffer_copyout(in, body, len);
    body[len] = '\0';
    struct evkeyvalq q;
    if (evhttp_parse_query_str(body, &q) != 0) {
        login_page(a, req, 400, "Het formulier is niet leesbaar.");
        return;
    }
    const char *user = evhttp_find_header(&q, "user"), *pw = evhttp_find_header(&q, "password");
    const char *csrf = evhttp_find_header(&q, "csrf");
    char ck[65];
    if (!csrf || !cookie_get(req, COOKIE_LOGIN, ck, sizeof(ck)) || strlen(csrf) != 64 ||
        strlen(ck) != 64 || sodium_memcmp(csrf, ck, 64) != 0) {
        evhttp_clear_headers(&q);
        login_page(a, req, 403, "Het formulier is verlopen; probeer het opnieuw.");
        return;
    }
    if (!user || !pw || !*user || !*pw || strlen(pw) > 256) {
        evhttp_clear_headers(&q);
        login_page(a, req, 400, "Vul uw gebruikersnaam en wachtwoord in.");
        return;
    }
    /* Refused before argon2id: a guesser costs the loop nothing while limited. */
    char addr[64];
    ll_http_client(req, addr, sizeof(addr));
    long long now = ll_now_ms();
    long long wait_a = dash_limit_wait_ms(&a->by_addr, addr, now);
    long long wait_u = dash_limit_wait_ms(&a->by_user, user, now);
    if (wait_a || wait_u) {
        long long s = ((wait_a > wait_u ? wait_a : wait_u) + 999) / 1000;
        evhttp_clear_headers(&q);
        char secs[24], msg[160];
        snprintf(secs, sizeof(secs), "%lld", s);
        snprintf(msg, sizeof(msg), "Te veel mislukte pogingen. Probeer het over %lld %s opnieuw.",
                 s > 90 ? (s + 59) / 60 : s, s > 90 ? "minuten" : "seconden");
        ll_info("login refused: too many failures (%s for %s s)", wait_a ? "address" : "name",
                secs);
        evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After", secs);
        login_page(a, req, 429, msg);
        return;
    }
    char err[512];
    if (users_load(a, err, sizeof(err)) != 0)
        ll_warn("%s", err);
    const dash_user *found = NULL;
    for (int i = 0; i < a->nusers; i++)
        if (!a->users[i].is_token && !strcmp(a->users[i].name, user))
            found = &a->users[i];
    /* Argon2id costs the same with or without such a user, so the answer's
     * time tells nothing about which names exist. */
    static char dummy[crypto_pwhash_STRBYTES];
    if (!dummy[0] && crypto_pwhash_str(dummy, "x", 1, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                       crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        dummy[0] = '\0';
    int ok = crypto_pwhash_str_verify(found ? found->secret : dummy, pw, strlen(pw)) == 0 && found;
    dash_user u;
    if (found)
        u = *found;
    if (!ok) {
        dash_limit_fail(&a->by_addr, addr, now);
        dash_limit_fail(&a->by_user, user, now);
    }
    evhttp_clear_headers(&q); /* user points into it */
    if (!ok) {
        ll_info("login refused");
        login_page(a, req, 401, "Onjuiste gebruikersnaam of wachtwoord.");
        return;
    }
    ll_info("login %s (%s)", u.name, dash_role_name(u.role));
    session_new(a, req, &u);
}

int dash_auth_serve(dash_auth *a, struct evhttp_request *req, const char *path) {
    enum evhttp_cmd_type m = evhttp_request_get_command(req);
    if (!strcmp(path, "/login")) {
        if (m == EVHTTP_REQ_GET)
            login_page(a, req, 200, NULL);
        else if (m == EVHTTP_REQ_POST)
            login_post(a, req);
        else
            ll_http_send_error(req, 405, "use GET or POST", NULL);
        return 1;
    }
    if (!strcmp(path, "/logout")) {
        dash_who who;
        dash_auth_who(a, req, &who);
        if (m != EVHTTP_REQ_POST) {
            ll_http_send_error(req, 405, "use POST", NULL);
            return 1;
        }
        if (!who.session || !dash_auth_csrf_ok(&who, req)) {
            ll_http_send_error(req, 403, "missing or wrong CSRF token", "X-CSRF-Token");
            return 1;
        }
        memset((dash_session *)who.session, 0, sizeof(dash_session));
        char cookie[128];
        snprintf(cookie, sizeof(cookie),
                 COOKIE_SESSION "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict%s",
                 a->secure ? "; Secure" : "");
        evhttp_add_header(evhttp_request_get_output_headers(req), "Set-Cookie", cookie);
        ll_http_send_json(req, 200, "{\"ok\":true}");
        return 1;
    }
    return 0;
}
