/* simulate_client.h - the simulator's side of the adapters' sockets (HTTP and the phone's TCP lines). */
#ifndef LL_SIMULATE_CLIENT_H
#define LL_SIMULATE_CLIENT_H

#include "netaddr.h"

/* One connection to an adapter, opened on first use and again after a failure. */
typedef struct ll_sim_client {
    int fd; /* -1: not connected */
    ll_netaddr addr;
    const char *token; /* the phone TCP port's first line names the client */
} ll_sim_client;

/* One keep-alive POST of a JSON body with a bearer token and an Idempotency-Key;
 * the status, or -1. */
int ll_sim_client_post(ll_sim_client *k, const char *path, const char *token, const char *idem,
                       const char *body);
/* One JSON line to the phone's TCP port (the token line first on a new
 * connection); 0 when its answer carries an id, else -1. */
int ll_sim_client_line(ll_sim_client *k, const char *line);
void ll_sim_client_close(ll_sim_client *k);

#endif
