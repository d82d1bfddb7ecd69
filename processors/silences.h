/* silences.h - `luisterloop silence add|list|expire`: the silences the detector honours, in Redis. */
#ifndef LL_SILENCES_H
#define LL_SILENCES_H

#include "role.h"

extern const ll_role ll_role_silence;

#endif
