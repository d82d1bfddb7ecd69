/* user.c - `luisterloop user add NAME --role ROLE` and `user token NAME --role ROLE`: the dashboard's users file.
 *
 * add reads the password from standard input (one line; with a terminal,
 * asked for without echo) and appends `user NAME ROLE ARGON2ID` (libsodium
 * crypto_pwhash_str, interactive limits). token makes a random bearer
 * token, prints it once on standard output and appends `token NAME ROLE
 * BLAKE2B-HEX`: the file never holds the token itself. A later line for the
 * same name replaces an earlier one (a new password). Exit 0, 64 bad
 * arguments, 73 the file cannot be written. */
#include "user.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "dashboard_int.h"
#include "dashboard.h"

#define EX_USAGE 64
#define EX_CANTCREAT 73
#define MIN_PASSWORD 10
#define MAX_PASSWORD 256

typedef struct user_cmd {
    const ll_config *cfg;
    int token;
    char name[LL_ESCQ_MAX_WHO_BYTES + 1];
    char role[16];
} user_cmd;

static void *user_init(const ll_config *cfg, int argc, char **argv, char *errstr, size_t errlen) {
    user_cmd *u = calloc(1, sizeof(*u));
    if (!u) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    u->cfg = cfg;
    const char *pos[2] = {NULL, NULL};
    int npos = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--role")) {
            if (i + 1 >= argc || dash_role_parse(argv[i + 1]) == DASH_NONE) {
                snprintf(errstr, errlen, "user: --role viewer|caseworker|admin");
                goto fail;
            }
            snprintf(u->role, sizeof(u->role), "%s", argv[++i]);
        } else if (argv[i][0] == '-' || npos >= 2) {
            snprintf(errstr, errlen, "user: unexpected argument '%s'", argv[i]);
            goto fail;
        } else {
            pos[npos++] = argv[i];
        }
    }
    if (npos != 2 || (strcmp(pos[0], "add") && strcmp(pos[0], "token")) || !u->role[0]) {
        snprintf(errstr, errlen, "user: usage: user add|token NAME --role viewer|caseworker|admin");
        goto fail;
    }
    if (!ll_escq_who_valid(pos[1])) {
        snprintf(errstr, errlen, "user: name '%s': 1..%d characters of [A-Za-z0-9._@-], not '%s'",
                 pos[1], LL_ESCQ_MAX_WHO_BYTES, LL_ESCQ_POOL);
        goto fail;
    }
    snprintf(u->name, sizeof(u->name), "%s", pos[1]);
    u->token = !strcmp(pos[0], "token");
    return u;
fail:
    free(u);
    return NULL;
}

static int read_password(char *pw, size_t len) {
    int tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty) {
        fprintf(stderr, "password: ");
        tcgetattr(STDIN_FILENO, &old);
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char *got = fgets(pw, (int)len, stdin);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        fprintf(stderr, "\n");
    }
    if (!got)
        return -1;
    pw[strcspn(pw, "\r\n")] = '\0';
    return 0;
}

static int user_run(void *state) {
    user_cmd *u = state;
    char path[1024], err[1200];
    dash_users_path(u->cfg, path, sizeof(path));
    if (sodium_init() < 0) {
        fprintf(stderr, "luisterloop user: libsodium init failed\n");
        return 1;
    }
    if (u->token) {
        unsigned char b[32], h[32];
        char tok[65], hx[65];
        randombytes_buf(b, sizeof(b));
        sodium_bin2hex(tok, sizeof(tok), b, sizeof(b));
        crypto_generichash(h, sizeof(h), (const unsigned char *)tok, strlen(tok), NULL, 0);
        sodium_bin2hex(hx, sizeof(hx), h, sizeof(h));
        if (dash_users_append(path, "token", u->name, u->role, hx, err, sizeof(err)) != 0) {
            fprintf(stderr, "luisterloop user: %s\n", err);
            return EX_CANTCREAT;
        }
        printf("%s\n", tok);
        return 0;
    }
    char pw[MAX_PASSWORD + 2];
    if (read_password(pw, sizeof(pw)) != 0 || strlen(pw) < MIN_PASSWORD ||
        strlen(pw) > MAX_PASSWORD) {
        sodium_memzero(pw, sizeof(pw));
        fprintf(stderr, "luisterloop user: a password of %d..%d characters on standard input\n",
                MIN_PASSWORD, MAX_PASSWORD);
        return EX_USAGE;
    }
    char hash[crypto_pwhash_STRBYTES];
    int rc = crypto_pwhash_str(hash, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                               crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(pw, sizeof(pw));
    if (rc != 0) {
        fprintf(stderr, "luisterloop user: argon2id: out of memory\n");
        return 1;
    }
    if (dash_users_append(path, "user", u->name, u->role, hash, err, sizeof(err)) != 0) {
        fprintf(stderr, "luisterloop user: %s\n", err);
        return EX_CANTCREAT;
    }
    fprintf(stderr, "luisterloop user: %s (%s) written to %s\n", u->name, u->role, path);
    return 0;
}

static void user_shutdown(void *state) { free(state); }

const ll_role ll_role_user = {
    .name = "user",
    .summary = "dashboard users: add NAME --role ROLE (password on stdin) | token NAME --role ROLE",
    .usage =
        "  add NAME --role viewer|caseworker|admin    password from stdin (or asked on a tty)\n"
        "  token NAME --role viewer|caseworker|admin  prints a new bearer token for tools\n"
        "exit: 0 done, 64 bad arguments or password, 73 the users file cannot be written\n",
    .config = &ll_dashboard_config,
    .needs_pseudonym_key = 0,
    .init_fail_exit = EX_USAGE,
    .init = user_init,
    .run = user_run,
    .shutdown = user_shutdown,
};
