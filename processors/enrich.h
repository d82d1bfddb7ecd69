/* enrich.h - turns a validated received event into an enriched one, in place, in two
 * steps around the batch's one Redis round trip. */
#ifndef LL_ENRICH_H
#define LL_ENRICH_H

#include <cjson/cJSON.h>

#include "classify.h"
#include "config.h"
#include "thread.h"

typedef struct ll_enricher ll_enricher;

/* Loads the taxonomy, lexicon, urgency rules and area table of cfg. Caller
 * frees with ll_enricher_free. */
ll_enricher *ll_enricher_new(const ll_config *cfg, char *errstr, size_t errlen);
/* An enricher for another worker thread: it shares first's lists, rules and
 * areas (read-only once loaded, ~6 MiB) and has its own working memory.
 * first must outlive it. NULL with errstr when out of memory. */
ll_enricher *ll_enricher_worker(const ll_enricher *first, char *errstr, size_t errlen);
void ll_enricher_free(ll_enricher *en); /* NULL-safe; the first after its workers */
/* The Dutch word list the name masker reads (the taxonomy's "spelling:"), NULL when
 * none: for tools that load the name lists themselves (bench_names). */
struct ll_wordlist;
const struct ll_wordlist *ll_enricher_words(const ll_enricher *en);

/* Everything that needs only the event: type, contact dropped, identifiers
 * masked, themes, sentiment, urgency from the text, area, Awb deadline.
 * ev must have passed ll_event_validate_received. 0, or -1 out of memory. */
int ll_enrich_prepare(ll_enricher *en, cJSON *ev);
/* The text as the processor understands it, the part of ll_enrich_prepare that reads
 * words: identifiers and names in d's text, subject, case_ref, location and source_ref
 * masked (ll_enrich_prepare keeps a klantcontact's URL whole), then
 * themes, sentiment and urgency read by cls from what is left. d is an event's data or
 * any object with those fields; cls is en's own classifier in the processor, or one the
 * caller loaded (the quality benches: they measure what ships, placeholders and all).
 * 0, or -1 out of memory. */
int ll_enrich_text(ll_enricher *en, ll_classifier *cls, cJSON *d);
/* What needs the citizen's history: the thread and the urgency it implies; and,
 * when th names a reused_id (dedup.h: the event's natural key came before with
 * another content), that id, with `key_reused` saying why. */
int ll_enrich_finish(ll_enricher *en, cJSON *ev, const ll_thread_info *th);

/* The fields of a prepared event that the steps after the Redis round trip
 * read, as pointers into its tree (valid while the tree is: those steps
 * only add fields). The processor takes them on the worker that just
 * prepared the event: looked up after the round trip, on a batch of 2,000
 * trees no longer in the cache, the look-ups were ~11% of its CPU (perf,
 * issue 16). */
typedef struct ll_enrich_refs {
    cJSON *ev, *data;
    const char *id; /* after ll_enrich_finish_refs: the id it goes out with */
    const char *theme, *channel, *received_at; /* of data */
    const char *awb_deadline;                  /* data's awb.deadline, NULL without */
} ll_enrich_refs;
void ll_enrich_refs_of(cJSON *ev, ll_enrich_refs *out);
/* ll_enrich_finish on the fields of an event taken by ll_enrich_refs_of. */
int ll_enrich_finish_refs(ll_enricher *en, ll_enrich_refs *r, const ll_thread_info *th);

#endif
