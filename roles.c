/* roles.c - every role of the program in one list: a new role is its file pair and one line here. */
#include "roles.h"

#include "processors/detect.h"
#include "processors/process.h"
#include "processors/silences.h"
#include "producers/balie.h"
#include "producers/email.h"
#include "producers/klantinteracties.h"
#include "producers/phone.h"
#include "producers/simulate.h"
#include "producers/web.h"
#include "sinks/aggregate.h"
#include "sinks/alertmanager.h"
#include "sinks/dashboard.h"
#include "sinks/escalate.h"
#include "sinks/report.h"
#include "sinks/user.h"
#include "sinks/escalations.h"
#include "sinks/internetaken.h"

const ll_role *const ll_roles[] = {
    &ll_role_web,          &ll_role_phone,       &ll_role_balie,     &ll_role_email,
    &ll_role_process,      &ll_role_detect,      &ll_role_dashboard, &ll_role_simulate,
    &ll_role_escalate,     &ll_role_escalations, &ll_role_aggregate, &ll_role_alertmanager,
    &ll_role_report,       &ll_role_user,        &ll_role_silence,   &ll_role_klantinteracties,
    &ll_role_internetaken,
};
const size_t ll_nroles = sizeof(ll_roles) / sizeof(ll_roles[0]);

int ll_roles_config_load(ll_config *cfg, const char *path, char *errstr, size_t errlen) {
    const ll_config_section *sections[sizeof(ll_roles) / sizeof(ll_roles[0])];
    int n = 0;
    for (size_t i = 0; i < ll_nroles; i++)
        if (ll_roles[i]->config)
            sections[n++] = ll_roles[i]->config;
    return ll_config_load(cfg, path, sections, n, errstr, errlen);
}
