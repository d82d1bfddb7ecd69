/* detect.h - the detect role: feedback.enriched -> feedback.alerts, or a replay of a file to stdout. */
#ifndef LL_DETECT_H
#define LL_DETECT_H

#include "config.h"
#include "detector.h"
#include "role.h"

extern const ll_role ll_role_detect;

/* The detector's options from the [detect] section. */
void ll_detect_opts_from_config(const ll_config *cfg, ll_detect_opts *o);

#endif
