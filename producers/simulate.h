/* simulate.h - simulated citizens: realistic Dutch feedback through the real adapters. */
#ifndef LL_SIMULATE_H
#define LL_SIMULATE_H

#include "role.h"

extern const ll_role ll_role_simulate;

/* [simulate]: how much simulated traffic. */
typedef struct ll_simulate_cfg {
    double rate;
    int duration_s;
} ll_simulate_cfg;

extern const ll_config_section ll_simulate_config;

#endif
