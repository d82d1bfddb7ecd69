/* netaddr.h - host:port and redis:// address parsing. */
#ifndef LL_NETADDR_H
#define LL_NETADDR_H

#include <stddef.h>

typedef struct ll_netaddr {
    char host[256];
    int port;
    char password[256]; /* redis only; "" when none */
    int db;             /* redis only */
} ll_netaddr;

/* "host:port" or "[v6]:port". */
int ll_netaddr_parse(const char *s, ll_netaddr *a, char *errstr, size_t errlen);
/* "host:port" or "[v6]:port" with a numeric host, as the socket address to bind
 * (*sl: its length). 0, or -1 with errstr. */
struct sockaddr_storage;
int ll_netaddr_sockaddr(const char *s, struct sockaddr_storage *ss, int *sl, char *errstr,
                        size_t errlen);
/* "host:port" or "redis://[:password@]host[:port][/db]". */
int ll_redis_url_parse(const char *s, ll_netaddr *a, char *errstr, size_t errlen);

/* Client addresses as 16 bytes: IPv6 as is, IPv4 as ::ffff:a.b.c.d. */
struct sockaddr;
typedef struct ll_ip16 {
    unsigned char b[16];
} ll_ip16;
/* From a socket address (AF_INET or AF_INET6); -1 for any other family. */
int ll_ip16_from_sockaddr(const struct sockaddr *sa, ll_ip16 *ip);
/* From text ("192.0.2.1", "2001:db8::1"); -1 when it is not an address. */
int ll_ip16_parse(const char *s, ll_ip16 *ip);
/* The client a limit counts: the address for IPv4; its /64 for IPv6, since one
 * subscriber is handed a whole /64 and can rotate through it at will. */
ll_ip16 ll_ip16_client(const ll_ip16 *ip);
/* "192.0.2.1" or "2001:db8:1:2::/64" for a client from ll_ip16_client. */
void ll_ip16_client_text(const ll_ip16 *client, char *out, size_t outlen);

/* A list of networks, "10.0.0.0/8, 192.0.2.7, ::1, 2001:db8::/32" (trusted proxies). */
#define LL_MAX_CIDRS 32
typedef struct ll_cidrs {
    ll_ip16 net[LL_MAX_CIDRS];
    int bits[LL_MAX_CIDRS]; /* prefix length on the 16-byte form */
    int n;
} ll_cidrs;
int ll_cidrs_parse(const char *s, ll_cidrs *c, char *errstr, size_t errlen);
int ll_cidrs_match(const ll_cidrs *c, const ll_ip16 *ip);

/* The client of a request that came from peer with X-Forwarded-For xff (NULL
 * when absent): peer itself unless it is a trusted proxy; then the last
 * address in xff that is not a trusted proxy (what is left of it the client
 * wrote), stopping at anything that is not an address. */
ll_ip16 ll_xff_client(const ll_ip16 *peer, const char *xff, const ll_cidrs *trusted);

#endif
