/* process.h - the processor role: feedback.raw -> feedback.enriched, effectively once. */
#ifndef LL_PROCESS_H
#define LL_PROCESS_H

#include "role.h"

extern const ll_role ll_role_process;

#endif
