/* redis.c - the processor's Redis work per event, alone: the batch calls of processors/dedup.c
 * (marks and threads) against a redis-server, CPU read from the server itself.
 *
 *   bench_redis [-n EVENTS] [-c CITIZENS] [-b BATCH] [-r ROUNDS] [-p KEYS] [-a] [-o FILE]
 *               HOST:PORT
 *
 * Simulated events (default 200,000; 5,000 citizens as tests/bench/process.sh
 * simulates, 15 themes, 4 channels, one every 5 ms of received_at, a random
 * id each) go through ll_dedup_append / ll_dedup_read in batches of BATCH
 * (default 2,000, about what a transaction of the processor holds in that
 * bench), with the processor's settings (marks 14 days, window 14 days),
 * under a key namespace of its own ("bench.PID:"; use a redis-server of its
 * own: the keys stay until their TTL); with -a every event is anonymous
 * (marks only, no thread). With -p the server is first given KEYS keys of
 * its own with a TTL (a day), so its key tables are already as large as a
 * Redis in service holds (whose keys expire as fast as new ones come) and do
 * not grow, and rehash, under the measurement: on an empty server that
 * growth is a fifth of its CPU (10 s to settle after filling). Prints the server's CPU (INFO cpu:
 * used_cpu_user + used_cpu_sys) per event and the commands it executed per
 * event (including a script's inner calls), per round, so builds of two
 * commits can be compared on one server in one run: CPU time, not wall time,
 * because the machine is shared.
 *
 * Each round is followed by the machine's floor, measured the same way: the
 * cheapest correct de-duplication alone, one native SET NX GET EX per event
 * (the same key shapes and marks, pipelined in the same batches, no thread),
 * and the ratio of the round to it. The floor moves with the host's load;
 * the ratio much less.
 *
 * With -o FILE the rounds write every event's answer (verdict and thread) to
 * FILE and, after each round, every thread record the round made, by key
 * without its namespace ("bench.o.ROUND:", the same in every run): two
 * builds run on an emptied server with the same arguments must write the
 * same file when they thread alike and leave the same records. */
#include <cjson/cJSON.h>
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "keys.h"
#include "processors/dedup.h"
#include "processors/thread.h"

#define THEMES 15

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* used_cpu_user + used_cpu_sys of the server (s), and its total_commands_processed. */
static int server_stats(redisContext *c, double *cpu_s, long long *cmds) {
    redisReply *r = redisCommand(c, "INFO");
    if (!r || r->type != REDIS_REPLY_STRING) {
        if (r)
            freeReplyObject(r);
        return -1;
    }
    const char *u = strstr(r->str, "used_cpu_user:"), *s = strstr(r->str, "used_cpu_sys:");
    const char *t = strstr(r->str, "total_commands_processed:");
    int ok = u && s && t;
    if (ok) {
        *cpu_s = atof(u + 14) + atof(s + 13);
        *cmds = atoll(t + 25);
    }
    freeReplyObject(r);
    return ok ? 0 : -1;
}

/* The floor: n ids of the round's shape, SET NX GET EX each, pipelined per batch.
 * Returns the server's CPU per event (us), or -1. */
static double floor_round(redisContext *c, long n, long batch, long round) {
    double cpu0, cpu1;
    long long cmd0, cmd1;
    if (server_stats(c, &cpu0, &cmd0) != 0)
        return -1;
    for (long done = 0; done < n;) {
        long m = n - done < batch ? n - done : batch;
        for (long i = 0; i < m; i++) {
            long k = done + i;
            char key[160], mark[48];
            int kl = snprintf(
                key, sizeof(key), "ll:floor.%d.%ld:seen:{p%ld}:%08x-%04x-4%03x-a%03x-%012ld",
                (int)getpid(), round, k % 16, (unsigned)rand(), (unsigned)(k & 0xffff),
                (unsigned)(k & 0xfff), (unsigned)(round & 0xfff), k);
            int ml = snprintf(mark, sizeof(mark), "%d:%ld", (int)(k % 6), k / 6);
            const char *argv[] = {"SET", key, mark, "NX", "GET", "EX", "1209600"};
            size_t lens[] = {3, (size_t)kl, (size_t)ml, 2, 3, 2, 7};
            if (redisAppendCommandArgv(c, 7, argv, lens) != REDIS_OK)
                return -1;
        }
        for (long i = 0; i < m; i++) {
            redisReply *r;
            if (redisGetReply(c, (void **)&r) != REDIS_OK || !r || r->type != REDIS_REPLY_NIL)
                return -1;
            freeReplyObject(r);
        }
        done += m;
    }
    if (server_stats(c, &cpu1, &cmd1) != 0)
        return -1;
    return (cpu1 - cpu0) * 1e6 / (double)n;
}

/* Writes the thread records under namespace ns to out, sorted by key: SCAN, then GET each. */
static int dump_records(redisContext *c, const char *ns, FILE *out) {
    char match[128];
    snprintf(match, sizeof(match), "ll:%st:*", ns);
    size_t nk = 0, cap = 0;
    char **keys = NULL;
    char cursor[32] = "0";
    do {
        redisReply *r = redisCommand(c, "SCAN %s MATCH %s COUNT 1000", cursor, match);
        if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2)
            return -1;
        snprintf(cursor, sizeof(cursor), "%s", r->element[0]->str);
        for (size_t i = 0; i < r->element[1]->elements; i++) {
            if (nk == cap) {
                cap = cap ? 2 * cap : 1024;
                char **k2 = realloc(keys, cap * sizeof(*keys));
                if (!k2)
                    return -1;
                keys = k2;
            }
            keys[nk++] = strdup(r->element[1]->element[i]->str);
        }
        freeReplyObject(r);
    } while (strcmp(cursor, "0") != 0);
    qsort(keys, nk, sizeof(*keys), cmp_str);
    size_t skip = 3 + strlen(ns); /* "ll:" ns */
    for (size_t i = 0; i < nk; i++) {
        redisReply *r = redisCommand(c, "GET %s", keys[i]);
        if (!r || r->type != REDIS_REPLY_STRING)
            return -1;
        fprintf(out, "record %s ", keys[i] + skip);
        for (size_t j = 0; j < r->len; j++) { /* one line per record */
            char ch = r->str[j];
            if (ch == '\n' || ch == '\r' || ch == '\t')
                fprintf(out, "\\%c", ch == '\n' ? 'n' : ch == '\r' ? 'r' : 't');
            else
                fputc(ch, out);
        }
        fputc('\n', out);
        freeReplyObject(r);
        free(keys[i]);
    }
    free(keys);
    return 0;
}

/* Gives the server n keys of ours with a TTL, pipelined. */
static int prefill(redisContext *c, long n) {
    for (long done = 0; done < n;) {
        long m = n - done < 2000 ? n - done : 2000;
        for (long i = 0; i < m; i++)
            if (redisAppendCommand(c, "SET ll:bench.fill.%d:{p%ld}:%ld x EX 86400", (int)getpid(),
                                   (done + i) % 16, done + i) != REDIS_OK)
                return -1;
        for (long i = 0; i < m; i++) {
            redisReply *r;
            if (redisGetReply(c, (void **)&r) != REDIS_OK || !r)
                return -1;
            freeReplyObject(r);
        }
        done += m;
    }
    /* Redis moves its keys into a grown table a step per command and for
     * 1 ms per tick of its cron: let the cron finish that first. */
    sleep(10);
    return 0;
}

int main(int argc, char **argv) {
    long n = 200000, citizens = 5000, batch = 2000, rounds = 1, fill = 0;
    int opt, anonymous = 0;
    FILE *out = NULL;
    while ((opt = getopt(argc, argv, "n:c:b:r:p:ao:")) != -1) {
        if (opt == 'a') {
            anonymous = 1;
            continue;
        }
        if (opt == 'o') {
            if (!(out = fopen(optarg, "w"))) {
                fprintf(stderr, "bench_redis: cannot write %s\n", optarg);
                return 1;
            }
            continue;
        }
        long v = atol(optarg);
        if (v < 1)
            goto usage;
        if (opt == 'n')
            n = v;
        else if (opt == 'c')
            citizens = v;
        else if (opt == 'b')
            batch = v;
        else if (opt == 'r')
            rounds = v;
        else if (opt == 'p')
            fill = v;
        else
            goto usage;
    }
    if (optind != argc - 1 || batch > LL_PROCESS_BATCH_MAX)
        goto usage;
    const char *addr = argv[optind];
    char host[256];
    snprintf(host, sizeof(host), "%s", addr);
    char *colon = strrchr(host, ':');
    if (!colon)
        goto usage;
    *colon = '\0';
    redisContext *c = redisConnect(host, atoi(colon + 1));
    if (!c || c->err) {
        fprintf(stderr, "bench_redis: cannot connect to %s\n", addr);
        return 1;
    }
    if (fill > 0 && prefill(c, fill) != 0) {
        fprintf(stderr, "bench_redis: cannot fill %s\n", addr);
        return 1;
    }
    static const char *const themes[THEMES] = {
        "afval",       "openbare-ruimte", "parkeren",       "verkeer",  "overlast",
        "belastingen", "inkomen",         "zorg",           "wonen",    "vergunningen",
        "burgerzaken", "bejegening",      "bereikbaarheid", "digitaal", "overig"};
    static const char *const channels[] = {"web", "email", "phone", "balie"};
    rd_kafka_message_t *msg = calloc((size_t)batch, sizeof(*msg));
    cJSON **ev = calloc((size_t)batch, sizeof(*ev));
    char(*ps)[48] = calloc((size_t)batch, sizeof(*ps));
    if (!msg || !ev || !ps)
        return 1;
    srand(42);
    time_t t0 = 1795000000; /* 2026-11-19 */
    for (long round = 0; round < rounds; round++) {
        char ns[64];
        if (out)
            snprintf(ns, sizeof(ns), "bench.o.%ld:", round);
        else
            snprintf(ns, sizeof(ns), "bench.%d.%ld:", (int)getpid(), round);
        ll_dedup *d = ll_dedup_new(addr, ns, 14 * 86400, 14 * 86400);
        if (!d || ll_dedup_connect(d) != 0)
            return 1;
        double cpu0, cpu1;
        long long cmd0, cmd1;
        if (server_stats(c, &cpu0, &cmd0) != 0)
            return 1;
        long done = 0, verdicts[4] = {0};
        while (done < n) {
            long m = n - done < batch ? n - done : batch;
            for (long i = 0; i < m; i++) {
                long k = done + i;
                long long ms = (long long)t0 * 1000 + k * 5;
                time_t sec = (time_t)(ms / 1000);
                struct tm tm;
                gmtime_r(&sec, &tm);
                char at[64], id[64], js[512];
                snprintf(at, sizeof(at), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                         tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                         (int)(ms % 1000));
                snprintf(id, sizeof(id), "%08x-%04x-4%03x-a%03x-%012ld", (unsigned)rand(),
                         (unsigned)(k & 0xffff), (unsigned)(k & 0xfff), (unsigned)(round & 0xfff),
                         k);
                snprintf(ps[i], sizeof(ps[i]), "ps_%040ld", (long)rand() % citizens);
                snprintf(js, sizeof(js),
                         "{\"id\":\"%s\",\"data\":{\"channel\":\"%s\",\"theme\":\"%s\","
                         "\"received_at\":\"%s\"}}",
                         id, channels[rand() % 4], themes[rand() % THEMES], at);
                ev[i] = cJSON_Parse(js);
                memset(&msg[i], 0, sizeof(msg[i]));
                msg[i].partition = (int32_t)(k % 6);
                msg[i].offset = k / 6;
                ll_dedup_append(d, &msg[i], ev[i], anonymous ? NULL : ps[i]);
            }
            if (ll_dedup_replies_begin(d) != 0) {
                fprintf(stderr, "bench_redis: the connection failed\n");
                return 1;
            }
            for (long i = 0; i < m; i++) {
                ll_thread_info th;
                enum ll_dedup_verdict v =
                    ll_dedup_read(d, &msg[i], ev[i], anonymous ? NULL : ps[i], &th);
                verdicts[v]++;
                if (out) {
                    fprintf(out, "event %ld %d %d %s %d %s", done + i, (int)v, th.found, th.id,
                            th.contacts, th.first_id);
                    for (int k = 0; k < th.nchannels; k++)
                        fprintf(out, "%c%s", k ? ',' : ' ', th.channels[k]);
                    fputc('\n', out);
                }
                cJSON_Delete(ev[i]);
            }
            ll_dedup_replies_end(d);
            done += m;
        }
        if (server_stats(c, &cpu1, &cmd1) != 0)
            return 1;
        printf("round %ld: %ld events, %ld citizens, batches of %ld: redis-server CPU %.2f us per "
               "event, %.2f commands per event (inner calls counted); first %ld, repeat %ld, bad "
               "%ld\n",
               round + 1, n, citizens, batch, (cpu1 - cpu0) * 1e6 / (double)n,
               (double)(cmd1 - cmd0) / (double)n, verdicts[LL_DEDUP_FIRST],
               verdicts[LL_DEDUP_REPEAT], verdicts[LL_DEDUP_BAD_REPLY]);
        ll_dedup_free(d);
        if (out && dump_records(c, ns, out) != 0) {
            fprintf(stderr, "bench_redis: cannot read the records back\n");
            return 1;
        }
        double fl = floor_round(c, n, batch, round);
        if (fl < 0) {
            fprintf(stderr, "bench_redis: the floor round failed\n");
            return 1;
        }
        printf(
            "round %ld floor: native pipelined SET NX GET EX per event: redis-server CPU %.2f us "
            "per event; the round is %.2fx the floor\n",
            round + 1, fl, (cpu1 - cpu0) * 1e6 / (double)n / fl);
    }
    redisFree(c);
    if (out)
        fclose(out);
    free(msg);
    free(ev);
    free(ps);
    return 0;
usage:
    fprintf(stderr,
            "usage: bench_redis [-n EVENTS] [-c CITIZENS] [-b BATCH] [-r ROUNDS] [-p KEYS] [-a] "
            "[-o FILE] HOST:PORT\n");
    return 2;
}
