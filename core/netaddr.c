/* netaddr.c - host:port and redis:// address parsing. */
#include "netaddr.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <event2/util.h>
#include <netinet/in.h>
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

int ll_netaddr_sockaddr(const char *s, struct sockaddr_storage *ss, int *sl, char *errstr,
                        size_t errlen) {
    ll_netaddr a;
    if (ll_netaddr_parse(s, &a, errstr, errlen) != 0)
        return -1;
    char spec[300];
    snprintf(spec, sizeof(spec), strchr(a.host, ':') ? "[%s]:%d" : "%s:%d", a.host, a.port);
    *sl = (int)sizeof(*ss);
    if (evutil_parse_sockaddr_port(spec, (struct sockaddr *)ss, sl) != 0) {
        snprintf(errstr, errlen, "'%s' is not a numeric address", s);
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

static const unsigned char v4_mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

int ll_ip16_from_sockaddr(const struct sockaddr *sa, ll_ip16 *ip) {
    if (sa && sa->sa_family == AF_INET) {
        memcpy(ip->b, v4_mapped, 12);
        memcpy(ip->b + 12, &((const struct sockaddr_in *)sa)->sin_addr, 4);
        return 0;
    }
    if (sa && sa->sa_family == AF_INET6) {
        memcpy(ip->b, &((const struct sockaddr_in6 *)sa)->sin6_addr, 16);
        return 0;
    }
    return -1;
}

int ll_ip16_parse(const char *s, ll_ip16 *ip) {
    struct in_addr a4;
    if (inet_pton(AF_INET, s, &a4) == 1) {
        memcpy(ip->b, v4_mapped, 12);
        memcpy(ip->b + 12, &a4, 4);
        return 0;
    }
    return inet_pton(AF_INET6, s, ip->b) == 1 ? 0 : -1;
}

static int is_v4(const ll_ip16 *ip) { return memcmp(ip->b, v4_mapped, 12) == 0; }

ll_ip16 ll_ip16_client(const ll_ip16 *ip) {
    ll_ip16 c = *ip;
    if (!is_v4(ip))
        memset(c.b + 8, 0, 8);
    return c;
}

void ll_ip16_client_text(const ll_ip16 *client, char *out, size_t outlen) {
    char t[INET6_ADDRSTRLEN];
    if (is_v4(client)) {
        inet_ntop(AF_INET, client->b + 12, t, sizeof(t));
        snprintf(out, outlen, "%s", t);
    } else {
        inet_ntop(AF_INET6, client->b, t, sizeof(t));
        snprintf(out, outlen, "%s/64", t);
    }
}

int ll_cidrs_parse(const char *s, ll_cidrs *c, char *errstr, size_t errlen) {
    memset(c, 0, sizeof(*c));
    while (*s) {
        while (*s == ' ' || *s == ',')
            s++;
        if (!*s)
            break;
        size_t n = strcspn(s, ", ");
        char item[64];
        if (n >= sizeof(item)) {
            snprintf(errstr, errlen, "'%.*s...' is not an address or network", 20, s);
            return -1;
        }
        memcpy(item, s, n);
        item[n] = '\0';
        s += n;
        if (c->n >= LL_MAX_CIDRS) {
            snprintf(errstr, errlen, "more than %d networks", LL_MAX_CIDRS);
            return -1;
        }
        char *slash = strchr(item, '/');
        long bits = -1;
        if (slash) {
            char *end = NULL;
            *slash = '\0';
            errno = 0;
            bits = strtol(slash + 1, &end, 10);
            if (errno || end == slash + 1 || *end || !isdigit((unsigned char)slash[1]))
                bits = -2;
        }
        ll_ip16 *net = &c->net[c->n];
        if (ll_ip16_parse(item, net) != 0) {
            snprintf(errstr, errlen, "'%s' is not an IPv4 or IPv6 address", item);
            return -1;
        }
        int max = is_v4(net) ? 32 : 128;
        if (bits == -1)
            bits = max;
        if (bits < 0 || bits > max) {
            snprintf(errstr, errlen, "'%s/%s': prefix length must be 0..%d", item, slash + 1, max);
            return -1;
        }
        c->bits[c->n] = (int)bits + (max == 32 ? 96 : 0);
        /* Host bits set below the prefix are a typo more often than not. */
        for (int i = c->bits[c->n]; i < 128; i++)
            if (net->b[i / 8] & (0x80 >> (i % 8))) {
                snprintf(errstr, errlen, "'%s/%ld' has bits set beyond its prefix", item, bits);
                return -1;
            }
        c->n++;
    }
    return 0;
}

int ll_cidrs_match(const ll_cidrs *c, const ll_ip16 *ip) {
    for (int k = 0; k < c->n; k++) {
        int bits = c->bits[k], full = bits / 8, rest = bits % 8;
        if (memcmp(c->net[k].b, ip->b, (size_t)full) != 0)
            continue;
        if (rest && ((c->net[k].b[full] ^ ip->b[full]) & (0xff << (8 - rest)) & 0xff))
            continue;
        return 1;
    }
    return 0;
}

ll_ip16 ll_xff_client(const ll_ip16 *peer, const char *xff, const ll_cidrs *trusted) {
    ll_ip16 ip = *peer;
    if (!xff || !trusted || !ll_cidrs_match(trusted, peer))
        return ip;
    char buf[1024];
    if (snprintf(buf, sizeof(buf), "%s", xff) >= (int)sizeof(buf))
        return ip; /* longer than any proxy chain we run: believe none of it */
    char *end = buf + strlen(buf);
    for (;;) {
        char *item = end;
        while (item > buf && item[-1] != ',')
            item--;
        char *next_end = item > buf ? item - 1 : NULL;
        *end = '\0';
        while (*item == ' ' || *item == '\t')
            item++;
        for (char *t = item + strlen(item); t > item && (t[-1] == ' ' || t[-1] == '\t');)
            *--t = '\0';
        ll_ip16 hop;
        if (ll_ip16_parse(item, &hop) != 0)
            return ip;
        ip = hop;
        if (!ll_cidrs_match(trusted, &hop) || !next_end)
            return ip;
        end = next_end;
    }
}
