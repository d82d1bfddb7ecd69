/* simulate_client.c - the simulator's side of the adapters' sockets: keep-alive HTTP/1.1 POSTs
 * and the phone's TCP line protocol, each tried once more on a fresh connection. */
#include "simulate_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "ll_limits.h"

static int client_open(ll_sim_client *k) {
    if (k->fd >= 0)
        return 0;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)k->addr.port)};
    if (fd < 0 || inet_pton(AF_INET, k->addr.host, &a.sin_addr) != 1 ||
        connect(fd, (struct sockaddr *)&a, sizeof(a)) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    struct timeval tv = {15, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    k->fd = fd;
    return 0;
}

void ll_sim_client_close(ll_sim_client *k) {
    if (k->fd >= 0)
        close(k->fd);
    k->fd = -1;
}

static int write_all(int fd, const char *b, size_t n) {
    while (n > 0) {
        ssize_t w = send(fd, b, n, MSG_NOSIGNAL);
        if (w <= 0)
            return -1;
        b += w;
        n -= (size_t)w;
    }
    return 0;
}

int ll_sim_client_post(ll_sim_client *k, const char *path, const char *token, const char *idem,
                       const char *body) {
    for (int attempt = 0; attempt < 2; attempt++) {
        if (client_open(k) != 0)
            return -1;
        char head[1024];
        int hn = snprintf(head, sizeof(head),
                          "POST %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n"
                          "Content-Type: application/json\r\nIdempotency-Key: %s\r\n"
                          "Content-Length: %zu\r\n\r\n",
                          path, k->addr.host, token, idem, strlen(body));
        if (write_all(k->fd, head, (size_t)hn) || write_all(k->fd, body, strlen(body))) {
            ll_sim_client_close(k);
            continue;
        }
        char buf[8192];
        size_t got = 0;
        char *end = NULL;
        while (!end && got < sizeof(buf) - 1) {
            ssize_t r = recv(k->fd, buf + got, sizeof(buf) - 1 - got, 0);
            if (r <= 0)
                break;
            got += (size_t)r;
            buf[got] = '\0';
            end = strstr(buf, "\r\n\r\n");
        }
        if (!end) {
            ll_sim_client_close(k);
            continue;
        }
        int status = -1;
        long clen = 0;
        sscanf(buf, "HTTP/1.%*d %d", &status);
        const char *cl = strstr(buf, "Content-Length:");
        if (cl)
            clen = strtol(cl + 15, NULL, 10);
        long have = (long)(got - (size_t)(end + 4 - buf));
        while (have < clen) {
            ssize_t r = recv(k->fd, buf, sizeof(buf), 0);
            if (r <= 0)
                break;
            have += r;
        }
        if (strstr(buf, "Connection: close"))
            ll_sim_client_close(k);
        return status;
    }
    return -1;
}

/* One answer line from k into ans; its length, 0 when the connection ended. */
static size_t tcp_answer(ll_sim_client *k, char *ans, size_t len) {
    char c;
    size_t n = 0;
    while (n < len - 1 && recv(k->fd, &c, 1, 0) == 1 && c != '\n')
        ans[n++] = c;
    ans[n] = '\0';
    return n;
}

int ll_sim_client_line(ll_sim_client *k, const char *line) {
    for (int attempt = 0; attempt < 2; attempt++) {
        int fresh = k->fd < 0;
        if (client_open(k) != 0)
            return -1;
        char ans[1024];
        if (fresh) {
            char hello[LL_MAX_TOKEN_BYTES + 32];
            snprintf(hello, sizeof(hello), "{\"token\":\"%s\"}\n", k->token);
            if (write_all(k->fd, hello, strlen(hello)) || !tcp_answer(k, ans, sizeof(ans)) ||
                !strstr(ans, "\"client\"")) {
                ll_sim_client_close(k);
                return -1; /* a wrong token stays wrong */
            }
        }
        if (write_all(k->fd, line, strlen(line)) || write_all(k->fd, "\n", 1)) {
            ll_sim_client_close(k);
            continue;
        }
        if (tcp_answer(k, ans, sizeof(ans)) == 0) {
            ll_sim_client_close(k);
            continue;
        }
        return strstr(ans, "\"id\"") ? 0 : -1;
    }
    return -1;
}
