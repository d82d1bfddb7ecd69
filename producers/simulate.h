/* simulate.h - simulated citizens: realistic Dutch feedback through the real adapters. */
#ifndef LL_SIMULATE_H
#define LL_SIMULATE_H

#include "role.h"

extern const ll_role ll_role_simulate;

#endif
