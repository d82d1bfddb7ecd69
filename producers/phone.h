/* phone.h - the phone adapter: call notes over JSON Lines/TCP, POST /v1/calls, CSV import. */
#ifndef LL_PHONE_H
#define LL_PHONE_H

#include "config.h"
#include "role.h"

extern const ll_role ll_role_phone;

/* [phone]: call notes over HTTP, TCP JSON Lines and CSV imports. */
typedef struct ll_phone_cfg {
    ll_intake_cfg intake;
    char tcp_listen[128];
    int max_line;
    int tcp_idle_s;
    int max_clients;
    int max_per_address;
} ll_phone_cfg;

extern const ll_config_section ll_phone_config;

#endif
