/* web.h - the web intake role: POST /v1/feedback to feedback.raw, acknowledged by Kafka. */
#ifndef LL_WEB_H
#define LL_WEB_H

#include "role.h"

extern const ll_role ll_role_web;

#endif
