/* dlq.h - `luisterloop dlq`: the operator's tool for feedback.dlq (keygen, list, show, replay). */
#ifndef LL_DLQ_H
#define LL_DLQ_H

#include "config.h"

/* Runs `luisterloop dlq ARGS...` (argv without the program and "dlq"); prints its own usage
 * on bad arguments. Returns the exit status: 0, 1 (failure), 2 (usage). */
int ll_dlq_tool(const ll_config *cfg, int argc, char **argv);

#endif
