/* phone.h - the phone adapter: call notes over JSON Lines/TCP, POST /v1/calls, CSV import. */
#ifndef LL_PHONE_H
#define LL_PHONE_H

#include "role.h"

extern const ll_role ll_role_phone;

#endif
