/* arena.h - bump allocation for the JSON trees of events.
 *
 * cJSON allocates every node and string on its own and frees them one by one:
 * per event some hundred malloc/free pairs, a third of the processor's CPU in
 * its profile. With an arena set on a thread, cJSON's allocations on that
 * thread come from the arena, frees of arena memory cost nothing, and one
 * ll_arena_reset drops all the trees of a batch or a request at once. */
#ifndef LL_ARENA_H
#define LL_ARENA_H

#include <stddef.h>

typedef struct ll_arena ll_arena;

/* A new arena; after a reset it keeps up to `keep` bytes of memory for the
 * next round and returns the rest to the system. NULL when no address space
 * is left for it (callers then work without one). */
ll_arena *ll_arena_new(size_t keep);
void *ll_arena_alloc(ll_arena *a, size_t n); /* 16-byte aligned; NULL when full */
void ll_arena_reset(ll_arena *a);            /* everything allocated is gone */
size_t ll_arena_used(const ll_arena *a);
void ll_arena_free(ll_arena *a); /* NULL-safe */

/* Routes cJSON's allocations through this module (once per process; later
 * calls do nothing). Without an arena set, cJSON uses malloc and free as
 * before, and trees made before the call are freed with free(3) as ever. */
void ll_json_hooks_install(void);
/* Sets the calling thread's arena for cJSON (NULL: malloc again) and returns
 * the previous one. A tree built on an arena must not outlive its reset, and
 * must not be given to anything that frees it with free(3). */
ll_arena *ll_json_arena_set(ll_arena *a);

#endif
