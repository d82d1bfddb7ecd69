/* user.h - `luisterloop user add|token`: the dashboard's users and tool tokens. */
#ifndef LL_USER_H
#define LL_USER_H

#include "role.h"

extern const ll_role ll_role_user;

#endif
