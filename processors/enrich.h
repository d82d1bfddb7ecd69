/* enrich.h - turns a validated received event into an enriched one, in place. */
#ifndef LL_ENRICH_H
#define LL_ENRICH_H

#include <cjson/cJSON.h>

#include "config.h"

typedef struct ll_enricher ll_enricher;

/* Caller frees with ll_enricher_free. */
ll_enricher *ll_enricher_new(const ll_config *cfg, char *errstr, size_t errlen);
void ll_enricher_free(ll_enricher *en);

/* ev must have passed ll_event_validate_received. Rewrites it into the
 * enriched event of the contract. Returns 0, or -1 on allocation failure. */
int ll_enrich(ll_enricher *en, cJSON *ev);

#endif
