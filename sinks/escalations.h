/* escalations.h - the escalations tool: a team's queue for case workers (list, claim, ack, release). */
#ifndef LL_ESCALATIONS_H
#define LL_ESCALATIONS_H

#include "role.h"

extern const ll_role ll_role_escalations;

#endif
