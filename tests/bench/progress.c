/* progress.c - waits until a consumer group has committed everything on a topic, for
 * tests/bench/process.sh: polls the group's committed offsets and the topic's high
 * watermarks (ll_t_group_progress of the test harness, broker from LL_TEST_KAFKA) and prints
 * when the first commit showed and when the group reached the end. A benchmark tool.
 *
 *   LL_TEST_KAFKA=HOST:PORT bench_progress GROUP TOPIC [TIMEOUT_S [PID]]
 *
 * With PID, gives up as soon as that process (the one under test) has exited.
 * Prints one line: "elapsed_s=S first_commit_s=F committed=C end=E"; exit 1 on timeout. */
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
    long long t0 = ll_t_now_ms(), first = -1, committed = 0, end = 0;
    for (;;) {
        ll_t_group_progress(argv[1], argv[2], &committed, &end);
        long long now = ll_t_now_ms();
        if (committed > 0 && first < 0)
            first = now - t0;
        if (end > 0 && committed >= end)
            break;
        if (pid && kill((pid_t)pid, 0) != 0) {
            fprintf(stderr, "bench_progress: process %ld is gone\n", pid);
            return 1;
        }
        if (now - t0 > timeout_s * 1000) {
            fprintf(stderr, "bench_progress: %s at %lld of %lld after %ld s\n", argv[1], committed,
                    end, timeout_s);
            return 1;
        }
        ll_t_sleep_ms(100);
    }
    printf("elapsed_s=%.3f first_commit_s=%.3f committed=%lld end=%lld\n",
           (double)(ll_t_now_ms() - t0) / 1000.0, (double)first / 1000.0, committed, end);
    return 0;
}
