/* progress.c - waits until a consumer group has committed everything on a topic, for
 * tests/bench/process.sh: polls the group's committed offsets and the topic's high
 * watermarks (ll_t_progress_read of the test harness, broker from LL_TEST_KAFKA) and prints
 * when the first commit showed and when the group reached the end. A benchmark tool.
 *
 *   LL_TEST_KAFKA=HOST:PORT bench_progress GROUP TOPIC [TIMEOUT_S [PID]]
 *
 * With PID, gives up as soon as that process (the one under test) has exited.
 * Prints one line: "elapsed_s=S first_commit_s=F committed=C end=E"; exit 1 on timeout.
 *
 * It looks every 100 ms, and every 10 ms once the end is two commits or 300 ms away:
 * process.sh's (a) and (b) end at the look that sees the end, and what comes after the
 * last commit until then is counted as the run's (idle cores, in "of the rate its CPU allows";
 * up to 100 ms and a look with one look every 100 ms). Every look on one client: a client a
 * look made the broker connect, send metadata and find the group's coordinator each time, CPU
 * that process.sh counts as the pipeline's. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

int main(int argc, char **argv) {
    if (argc < 3 || argc > 5) {
        fprintf(stderr,
                "usage: LL_TEST_KAFKA=HOST:PORT bench_progress GROUP TOPIC [TIMEOUT_S [PID]]\n");
        return 2;
    }
    long timeout_s = 600;
    long pid = 0;
    if (argc == 5) {
        char *end = NULL;
        errno = 0;
        pid = strtol(argv[4], &end, 10);
        if (errno || end == argv[4] || *end || pid <= 0) {
            fprintf(stderr, "bench_progress: PID '%s' is not a process id\n", argv[4]);
            return 2;
        }
    }
    if (argc >= 4) {
        char *end = NULL;
        errno = 0;
        timeout_s = strtol(argv[3], &end, 10);
        if (errno || end == argv[3] || *end || timeout_s <= 0) {
            fprintf(stderr, "bench_progress: TIMEOUT_S '%s' is not a positive number\n", argv[3]);
            return 2;
        }
    }
    long long t0 = ll_t_now_ms(), first = -1, committed = 0, end = 0, last = 0, step = 0;
    ll_t_progress *pg = ll_t_progress_new(argv[1], argv[2]);
    if (!pg) {
        fprintf(stderr, "bench_progress: cannot make a Kafka client\n");
        return 1;
    }
    for (;;) {
        ll_t_progress_read(pg, &committed, &end);
        long long now = ll_t_now_ms();
        if (committed > 0 && first < 0)
            first = now - t0;
        if (end > 0 && committed >= end)
            break;
        if (pid && kill((pid_t)pid, 0) != 0) {
            fprintf(stderr, "bench_progress: process %ld is gone\n", pid);
            ll_t_progress_free(pg);
            return 1;
        }
        if (now - t0 > timeout_s * 1000) {
            fprintf(stderr, "bench_progress: %s at %lld of %lld after %ld s\n", argv[1], committed,
                    end, timeout_s);
            ll_t_progress_free(pg);
            return 1;
        }
        /* Near: at most two of the largest steps seen (a transaction commits thousands at
         * once), or under 300 ms at the rate so far. */
        if (committed - last > step)
            step = committed - last;
        last = committed;
        int near = committed > 0 &&
                   (end - committed <= 2 * step ||
                    (double)(end - committed) * (double)(now - t0) < 300.0 * (double)committed);
        ll_t_sleep_ms(near ? 10 : 100);
    }
    long long t1 = ll_t_now_ms();
    ll_t_progress_free(pg);
    printf("elapsed_s=%.3f first_commit_s=%.3f committed=%lld end=%lld\n",
           (double)(t1 - t0) / 1000.0, (double)first / 1000.0, committed, end);
    return 0;
}
