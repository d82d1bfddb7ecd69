/* dlq.h - `luisterloop dlq`: the operator's tool for feedback.dlq (keygen, list, show, replay). */
#ifndef LL_DLQ_H
#define LL_DLQ_H

#include "config.h"

/* Runs `luisterloop dlq ARGS...` (argv without the program and "dlq"); prints its own usage
 * on bad arguments. Returns the exit status: 0, 1 (failure), 2 (usage). */
int ll_dlq_tool(const ll_config *cfg, int argc, char **argv);

/* Its commands, for its usage line and `luisterloop dlq --help`. */
#define LL_DLQ_USAGE                                                                               \
    "  keygen DIR              DIR/dlq.pub (for dlq_public_key) and DIR/dlq.key (secret, 0600)\n"  \
    "  list                    one line a dead letter: id, time, stage, reason, size, sealed\n"    \
    "  show ID [--key FILE]    the original's bytes on stdout\n"                                   \
    "  replay ID [--key FILE]  the original of a processor dead letter back onto the raw topic;\n" \
    "                          of an internetaken one, its internetaak (once: 0 made or there,\n"  \
    "                          75 the API did not answer, 1 refused)\n"                            \
    "the secret key: --key FILE or $LUISTERLOOP_DLQ_KEY\n"

#endif
