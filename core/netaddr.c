/* netaddr.c - host:port and redis:// address parsing. */
#include "netaddr.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int parse_port(const char *s, int *port) {
    char *end = NULL;
    errno = 0;
    long p = strtol(s, &end, 10);
    if (errno || end == s || *end || p < 1 || p > 65535)
        return -1;
    *port = (int)p;
    return 0;
}

int ll_netaddr_parse(const char *s, ll_netaddr *a, char *errstr, size_t errlen) {
    memset(a, 0, sizeof(*a));
    const char *colon;
    size_t hl;
    const char *h = s;
    if (*s == '[') {
        const char *rb = strchr(s, ']');
        if (!rb || rb[1] != ':') {
            snprintf(errstr, errlen, "'%s' is not [ipv6]:port", s);
            return -1;
        }
        h = s + 1;
        hl = (size_t)(rb - h);
        colon = rb + 1;
    } else {
        colon = strrchr(s, ':');
        if (!colon) {
            snprintf(errstr, errlen, "'%s' is not host:port", s);
            return -1;
        }
        hl = (size_t)(colon - s);
    }
    if (hl == 0 || hl >= sizeof(a->host)) {
        snprintf(errstr, errlen, "'%s': host missing or too long", s);
        return -1;
    }
    memcpy(a->host, h, hl);
    a->host[hl] = '\0';
    if (parse_port(colon + 1, &a->port) != 0) {
        snprintf(errstr, errlen, "'%s': port must be 1..65535", s);
        return -1;
    }
    return 0;
}

int ll_redis_url_parse(const char *s, ll_netaddr *a, char *errstr, size_t errlen) {
    if (strncmp(s, "redis://", 8) != 0)
        return ll_netaddr_parse(s, a, errstr, errlen);
    char buf[512];
    if (snprintf(buf, sizeof(buf), "%s", s + 8) >= (int)sizeof(buf)) {
        snprintf(errstr, errlen, "redis URL too long");
        return -1;
    }
    char pw[512] = "";
    char *hostpart = buf;
    char *at = strrchr(buf, '@');
    if (at) {
        *at = '\0';
        char *p = buf;
        char *c = strchr(p, ':');
        p = c ? c + 1 : p; /* user:password or :password; users are not used */
        snprintf(pw, sizeof(pw), "%s", p);
        hostpart = at + 1;
    }
    int db = 0;
    char *slash = strchr(hostpart, '/');
    if (slash) {
        *slash = '\0';
        if (slash[1]) {
            char *end = NULL;
            errno = 0;
            long d = strtol(slash + 1, &end, 10);
            if (errno || *end || d < 0 || d > 15) {
                snprintf(errstr, errlen, "redis URL: database must be 0..15");
                return -1;
            }
            db = (int)d;
        }
    }
    char hp[600];
    if (!strchr(hostpart, ':') || hostpart[0] == '[') {
        if (hostpart[0] == '[' && strstr(hostpart, "]:"))
            snprintf(hp, sizeof(hp), "%s", hostpart);
        else
            snprintf(hp, sizeof(hp), "%s:6379", hostpart);
    } else {
        snprintf(hp, sizeof(hp), "%s", hostpart);
    }
    if (ll_netaddr_parse(hp, a, errstr, errlen) != 0)
        return -1;
    if (snprintf(a->password, sizeof(a->password), "%s", pw) >= (int)sizeof(a->password)) {
        snprintf(errstr, errlen, "redis URL: password too long");
        return -1;
    }
    a->db = db;
    return 0;
}
