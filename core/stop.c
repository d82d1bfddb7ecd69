/* stop.c - the program's stop: SIGINT/SIGTERM turned into a flag and a readable fd. */
#include "stop.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop_flag;
static int stop_pipe[2] = {-1, -1};

static void on_signal(int sig) {
    (void)sig;
    int saved = errno;
    stop_flag = 1;
    if (stop_pipe[1] >= 0) {
        ssize_t w = write(stop_pipe[1], "x", 1);
        (void)w; /* a full pipe already wakes the reader */
    }
    errno = saved;
}

int ll_stop_install(void) {
    if (stop_pipe[0] < 0) {
        if (pipe(stop_pipe) != 0)
            return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(stop_pipe[i], F_SETFL, fcntl(stop_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(stop_pipe[i], F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN); /* a client that hangs up must not kill the server */
    return 0;
}

int ll_stop_fd(void) { return stop_pipe[0]; }
int ll_stop_requested(void) { return stop_flag != 0; }
void ll_stop_request(void) { on_signal(SIGTERM); }
