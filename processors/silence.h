/* silence.h - `luisterloop silence add|list|expire`: the silences the detector honours, in Redis. */
#ifndef LL_SILENCE_H
#define LL_SILENCE_H

#include "role.h"

extern const ll_role ll_role_silence;

#endif
