/* escalate.h - the escalate role: urgent signals and firing alerts -> team streams and feedback.escalations. */
#ifndef LL_ESCALATE_H
#define LL_ESCALATE_H

#include "role.h"

extern const ll_role ll_role_escalate;

#endif
