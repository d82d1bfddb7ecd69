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
/* "host:port" or "redis://[:password@]host[:port][/db]". */
int ll_redis_url_parse(const char *s, ll_netaddr *a, char *errstr, size_t errlen);

#endif
