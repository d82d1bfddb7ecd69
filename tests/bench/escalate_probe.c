/* escalate_probe.c - offers POST /v1/feedback at a fixed rate and measures, for each critical
 * message, the time from its 202 to its entry on the team's escalation stream.
 *
 *   bench_escalate_probe PORT TOKEN REDIS STREAM RATE SECONDS WARMUP_S CRITICAL_SHARE
 *
 * Open loop: SENDERS threads each send on a fixed schedule (late requests go
 * at once, never skipped), one connection per request. A reader thread
 * follows the stream with XREAD BLOCK and notes when each event id appears.
 * Messages sent in the first WARMUP_S seconds are not measured. Prints the
 * figures; exit 0 (a benchmark, not a test). */
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"

#define SENDERS 4
#define MAX_SAMPLES 200000
#define ID_BYTES 64

typedef struct sample {
    char id[ID_BYTES];
    long long t_ms; /* 202 received, or entry seen */
    int measured;   /* sent after the warm-up */
} sample;

static struct {
    int port;
    const char *token, *stream;
    char rhost[64];
    int rport;
    double rate, critical_share;
    int seconds, warmup_s;
    long long t0;
    sample *acked, *seen;
    atomic_int nacked, nseen, sent, non202, critical_sent;
    atomic_int stop_reader;
} P;

static void *sender(void *arg) {
    int k = (int)(long)arg;
    double per = P.rate / SENDERS;
    long long total = (long long)(per * P.seconds);
    unsigned seed = (unsigned)(k * 7919 + 17);
    char body[512], hdr[256], resp[512];
    for (long long i = 0; i < total; i++) {
        long long due =
            P.t0 + (long long)((double)i * 1000.0 / per) + k * (long long)(1000.0 / P.rate);
        long long now = ll_t_now_ms();
        if (due > now)
            ll_t_sleep_ms((int)(due - now));
        seed = seed * 1103515245u + 12345u;
        int critical = (double)((seed >> 8) % 10000) / 10000.0 < P.critical_share;
        snprintf(body, sizeof(body),
                 "{\"kind\":\"%s\",\"text\":\"%s (%d-%lld)\",\"postcode\":\"3031 AB\"}",
                 critical ? "report" : "question",
                 critical ? "Ik ruik hier buiten echt gas bij de flat"
                          : "Wanneer wordt het oud papier opgehaald",
                 k, i);
        snprintf(hdr, sizeof(hdr),
                 "Authorization: Bearer %s\r\nContent-Type: application/json\r\n"
                 "Idempotency-Key: bench-%lld-%d-%lld\r\n",
                 P.token, P.t0, k, i);
        long long sent_at = ll_t_now_ms();
        int st =
            ll_t_http(P.port, "POST", "/v1/feedback", hdr, body, strlen(body), resp, sizeof(resp));
        long long at = ll_t_now_ms();
        atomic_fetch_add(&P.sent, 1);
        if (st != 202) {
            atomic_fetch_add(&P.non202, 1);
            continue;
        }
        if (!critical)
            continue;
        atomic_fetch_add(&P.critical_sent, 1);
        const char *idp = strstr(resp, "\"id\":\"");
        if (!idp)
            continue;
        idp += 6;
        int n = atomic_fetch_add(&P.nacked, 1);
        if (n >= MAX_SAMPLES)
            continue;
        sample *s = &P.acked[n];
        snprintf(s->id, sizeof(s->id), "%.*s", (int)strcspn(idp, "\""), idp);
        s->t_ms = at;
        s->measured = sent_at - P.t0 >= (long long)P.warmup_s * 1000;
    }
    return NULL;
}

static void *reader(void *arg) {
    (void)arg;
    redisContext *c = redisConnect(P.rhost, P.rport);
    if (!c || c->err) {
        fprintf(stderr, "probe: redis: %s\n", c ? c->errstr : "out of memory");
        exit(1);
    }
    char last[64] = "$";
    while (!atomic_load(&P.stop_reader)) {
        redisReply *r = redisCommand(c, "XREAD COUNT 1000 BLOCK 500 STREAMS %s %s", P.stream, last);
        long long now = ll_t_now_ms();
        if (!r) {
            fprintf(stderr, "probe: redis: %s\n", c->errstr);
            exit(1);
        }
        if (r->type == REDIS_REPLY_ARRAY && r->elements == 1) {
            const redisReply *entries = r->element[0]->element[1];
            for (size_t e = 0; e < entries->elements; e++) {
                const redisReply *ent = entries->element[e], *fv = ent->element[1];
                snprintf(last, sizeof(last), "%s", ent->element[0]->str);
                for (size_t f = 0; f + 1 < fv->elements; f += 2)
                    if (!strcmp(fv->element[f]->str, "event_id")) {
                        int n = atomic_fetch_add(&P.nseen, 1);
                        if (n < MAX_SAMPLES) {
                            snprintf(P.seen[n].id, ID_BYTES, "%s", fv->element[f + 1]->str);
                            P.seen[n].t_ms = now;
                        }
                    }
            }
        }
        freeReplyObject(r);
    }
    redisFree(c);
    return NULL;
}

static int by_id(const void *a, const void *b) {
    return strcmp(((const sample *)a)->id, ((const sample *)b)->id);
}

static int by_ll(const void *a, const void *b) {
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc != 9) {
        fprintf(stderr, "usage: %s PORT TOKEN REDIS STREAM RATE SECONDS WARMUP_S CRITICAL_SHARE\n",
                argv[0]);
        return 2;
    }
    P.port = atoi(argv[1]);
    P.token = argv[2];
    const char *colon = strrchr(argv[3], ':');
    if (!colon)
        return 2;
    snprintf(P.rhost, sizeof(P.rhost), "%.*s", (int)(colon - argv[3]), argv[3]);
    P.rport = atoi(colon + 1);
    P.stream = argv[4];
    P.rate = atof(argv[5]);
    P.seconds = atoi(argv[6]);
    P.warmup_s = atoi(argv[7]);
    P.critical_share = atof(argv[8]);
    P.acked = calloc(MAX_SAMPLES, sizeof(sample));
    P.seen = calloc(MAX_SAMPLES, sizeof(sample));
    if (!P.acked || !P.seen || P.rate <= 0 || P.seconds <= P.warmup_s)
        return 2;
    pthread_t rd, th[SENDERS];
    pthread_create(&rd, NULL, reader, NULL);
    ll_t_sleep_ms(300); /* the reader is waiting before the first send */
    P.t0 = ll_t_now_ms();
    for (long k = 0; k < SENDERS; k++)
        pthread_create(&th[k], NULL, sender, (void *)k);
    for (int k = 0; k < SENDERS; k++)
        pthread_join(th[k], NULL);
    double took = (double)(ll_t_now_ms() - P.t0) / 1000.0;
    /* Stragglers: up to 10 s for the last ones to reach the stream. */
    int na = atomic_load(&P.nacked), ns = 0;
    for (int i = 0; i < 100; i++) {
        ll_t_sleep_ms(100);
        if (atomic_load(&P.nseen) < na)
            continue;
        /* As many seen as acked; every acked one among them? */
        atomic_store(&P.stop_reader, 1);
        break;
    }
    atomic_store(&P.stop_reader, 1);
    pthread_join(rd, NULL);
    ns = atomic_load(&P.nseen);
    qsort(P.seen, (size_t)ns, sizeof(sample), by_id);
    long long *lat = calloc((size_t)na + 1, sizeof(long long));
    int nl = 0, missing = 0, measured = 0;
    for (int i = 0; i < na; i++) {
        if (!P.acked[i].measured)
            continue;
        measured++;
        sample *hit = bsearch(&P.acked[i], P.seen, (size_t)ns, sizeof(sample), by_id);
        if (!hit) {
            if (missing++ < 5)
                fprintf(stderr, "probe: %s (202 at +%.1f s) not on the stream\n", P.acked[i].id,
                        (double)(P.acked[i].t_ms - P.t0) / 1000);
            continue;
        }
        long long d = hit->t_ms - P.acked[i].t_ms;
        lat[nl++] = d < 0 ? 0 : d; /* seen before the 202 reached us */
    }
    qsort(lat, (size_t)nl, sizeof(long long), by_ll);
#define Q(q) (nl ? lat[(int)((q) * (nl - 1))] : -1)
    printf("offered            %.1f events/s for %d s (%.1f s to send), %.0f%% critical\n", P.rate,
           P.seconds, took, P.critical_share * 100);
    printf("requests           %d sent, %d not 202\n", atomic_load(&P.sent),
           atomic_load(&P.non202));
    printf("critical measured  %d after %d s warm-up (%d missing on the stream after 10 s)\n",
           measured, P.warmup_s, missing);
    printf("202 -> stream, ms  p50 %lld  p90 %lld  p99 %lld  max %lld\n", Q(0.50), Q(0.90), Q(0.99),
           nl ? lat[nl - 1] : -1);
    printf("target p99 <= 1000 ms: %s\n",
           nl && Q(0.99) <= 1000 && missing == 0 ? "met" : "NOT met");
    free(lat);
    free(P.acked);
    free(P.seen);
    return 0;
}
