/* internetaken.h - the internetaken sink: every escalation on feedback.escalations becomes one
 * internetaak in a Klantinteracties API (Open Klant), for the team's actor. */
#ifndef LL_INTERNETAKEN_H
#define LL_INTERNETAKEN_H

#include <cjson/cJSON.h>
#include <stddef.h>

#include "config.h"
#include "event.h"
#include "ll_limits.h"
#include "reason_nl.h"
#include "role.h"

extern const ll_role ll_role_internetaken;

/* The referentienummer of an escalation's internetaak (and of the klantcontact
 * made for one that came without): "L" and 9 base32 characters of a keyed-free
 * hash of the escalation id, so the same escalation always finds its task
 * (the API's maxLength is 10). */
#define LL_IT_REF_LEN 10
void ll_internetaken_ref(const char *escalation_id, char out[LL_IT_REF_LEN + 1]);

/* One actor.TEAM = UUID line. */
typedef struct ll_it_actor {
    char team[LL_MAX_TEAM_BYTES + 1];
    char uuid[37];
} ll_it_actor;

/* [internetaken] */
typedef struct ll_internetaken_cfg {
    char api_url[LL_KI_URL_BYTES];
    char api_token[256];
    int timeout_ms;
    char group[128];
    int backoff_max_s;
    char own_kanaal[51];
    char default_actor[37]; /* "" none: an unmapped team is a dead letter */
    char metrics_listen[128];
    char reasons_nl[1024]; /* the reasons' Dutch names; "": the checkout's config/reasons-nl.tsv */
    ll_it_actor actors[LL_KI_MAX_ACTORS];
    int nactors;
} ll_internetaken_cfg;

extern const ll_config_section ll_internetaken_config;

/* The internetaak for escalation data d (feedback.escalations' data), linked to
 * klantcontact kc_uuid and assigned to actor_uuid, in Dutch: the reasons by table rn
 * (core/reason_nl.h; NULL: as they are); caller frees. NULL with err. */
cJSON *ll_internetaken_task(const cJSON *d, const ll_reason_nl *rn, const char *ref,
                            const char *kc_uuid, const char *actor_uuid, ll_err *err);

/* What became of one escalation handed to ll_internetaken_again. */
enum ll_it_again {
    LL_IT_AGAIN_CREATED, /* its internetaak is made now */
    LL_IT_AGAIN_EXISTED, /* it had one (a POST that got through, whatever its answer said) */
    LL_IT_AGAIN_RETRY,   /* the API did not answer, or 408, 429, 5xx: try again later */
    LL_IT_AGAIN_REFUSED, /* err: the API refused it (4xx), or [internetaken] cannot make one */
};

/* ev, an escalation event (a dead letter's original, stage internetaken), through the
 * sink's own steps once, with cfg's [internetaken]: its referentienummer looked up first, so
 * an escalation whose task exists gets no second one. For `luisterloop dlq replay`. */
enum ll_it_again ll_internetaken_again(const ll_config *cfg, const cJSON *ev, ll_err *err);

#endif
