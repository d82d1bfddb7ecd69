/* klantinteracties.h - the Klantinteracties adapter: contacts registered in a system built on
 * the VNG Klantinteracties API (Open Klant, written by KISS) into feedback.raw. */
#ifndef LL_KLANTINTERACTIES_H
#define LL_KLANTINTERACTIES_H

#include <cjson/cJSON.h>

#include "config.h"
#include "event.h"
#include "ll_limits.h"
#include "role.h"

extern const ll_role ll_role_klantinteracties;

/* The channel of a klantcontact whose kanaal is neither a channel.KANAAL line nor a built-in
 * name (telefoon, e-mail, balie, website, ...): the kanaal is free text in KISS. */
#define LL_KI_CHANNEL_OTHER "klantinteracties"

/* One channel.KANAAL = CHANNEL line: the klantcontact's kanaal (any case) as our channel. */
typedef struct ll_ki_channel {
    char kanaal[51]; /* maxLength 50 in the standard */
    char channel[LL_MAX_CHANNEL_BYTES + 1];
} ll_ki_channel;

/* [klantinteracties] */
typedef struct ll_klantinteracties_cfg {
    ll_intake_cfg intake;          /* the notification callback: listen, token.CLIENT, ... */
    char api_url[LL_KI_URL_BYTES]; /* .../klantinteracties/api/v1 */
    char api_token[256];           /* Authorization: Token ... */
    int timeout_ms;
    char own_kanaal[51];    /* klantcontacten luisterloop made itself: not taken */
    int take_confidential;  /* vertrouwelijk klantcontacten too */
    char cursor_file[1024]; /* catch-up's cursor; "" HOME/klantinteracties.cursor */
    int overlap_s;          /* catch-up looks this far before the cursor */
    int page_size;
    ll_ki_channel channels[LL_KI_MAX_CHANNELS];
    int nchannels;
} ll_klantinteracties_cfg;

extern const ll_config_section ll_klantinteracties_config;

/* What became of one klantcontact. */
enum ll_ki_take {
    LL_KI_EVENT,   /* *ev is its received event */
    LL_KI_SKIP,    /* not ours to take (our own, confidential); why in err->msg */
    LL_KI_INVALID, /* unusable; err names the field */
};

/* The received event of kc, a klantcontact as the API answers it (with
 * _expand.hadBetrokkenen and their wasPartij and digitaleAdressen where
 * asked). The id comes from its url, so the same klantcontact is always the
 * same event. The BSN of a betrokkene only becomes the pseudonym. */
enum ll_ki_take ll_ki_klantcontact_to_event(const cJSON *kc, const ll_klantinteracties_cfg *kc_cfg,
                                            const char *source_base, long long now_ms, cJSON **ev,
                                            ll_err *err);

/* Checks a VNG Notificaties callback body: 1 when it announces a new
 * klantcontact (*url its resourceUrl, inside body), 0 when it is about
 * something else (err->msg says what), -1 when malformed (err names the field). */
int ll_ki_notification_check(const cJSON *body, const char **url, ll_err *err);

#endif
