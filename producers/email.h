/* email.h - the e-mail intake role: Maildir or MTA pipe to feedback.raw, acknowledged by Kafka. */
#ifndef LL_EMAIL_H
#define LL_EMAIL_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "email_event.h" /* the event of a mail */
#include "role.h"

extern const ll_role ll_role_email;

/* [email]: the Maildir or MTA-pipe intake. */
typedef struct ll_email_cfg {
    char maildir[1024];
    int poll_ms;
    int max_bytes;
    int delivery_timeout_ms;
    int trust_received;
    char metrics_listen[128];
} ll_email_cfg;

extern const ll_config_section ll_email_config;

#endif
