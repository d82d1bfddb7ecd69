/* role.c - the start and end every role shares: its arguments, init, admin endpoints, shutdown. */
#include "role.h"

#include <stdio.h>

#include "http.h"
#include "log.h"

int ll_role_run(const ll_role *role, const ll_config *cfg, int argc, char **argv) {
    char errstr[1024];
    int fail = role->init_fail_exit ? role->init_fail_exit : 1;
    if (!role->usage && argc > 0) {
        ll_error("%s: unexpected argument '%s'", role->name, argv[0]);
        return fail;
    }
    void *state = role->init(cfg, argc, argv, errstr, sizeof(errstr));
    if (!state) {
        ll_error("%s", errstr);
        return fail;
    }
    const char *listen = role->admin_listen ? role->admin_listen(state) : NULL;
    int rc;
    if (listen && *listen &&
        ll_http_admin_thread_start(listen, role->ready, state, errstr, sizeof(errstr)) != 0) {
        ll_error("metrics: %s", errstr);
        rc = 1;
    } else {
        rc = role->run(state);
    }
    ll_http_admin_thread_stop(); /* before shutdown: /readyz reads the state */
    role->shutdown(state);
    return rc;
}
