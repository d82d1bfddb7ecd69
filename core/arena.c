/* arena.c - bump allocation for the JSON trees of events.
 *
 * All arenas live in one reserved range of address space, a fixed slot each,
 * so "is this arena memory?" is one comparison whatever thread asks: the free
 * hook must tell arena memory from malloc's without knowing which arena it
 * came from. The range is reserved without backing store (MAP_NORESERVE);
 * pages exist only once touched. */
#include "arena.h"

#include <assert.h>
#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

/* Under AddressSanitizer, what a reset drops is poisoned until it is handed
 * out again, so a tree used after its batch or request was dropped is
 * reported like a use after free. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define ARENA_POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define ARENA_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
#define ARENA_POISON(p, n) ((void)(p), (void)(n))
#define ARENA_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define ARENA_SLOTS 32
#define ARENA_SLOT_SIZE ((size_t)1 << 30) /* far above any batch: input is bounded */
#define ARENA_ALIGN 16

struct ll_arena {
    char *base;
    size_t used, peak, keep;
    int slot;
};

static char *region;
static pthread_once_t region_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t slots_mu = PTHREAD_MUTEX_INITIALIZER;
static unsigned char slot_taken[ARENA_SLOTS];
static _Thread_local ll_arena *json_arena;

static void region_reserve(void) {
    void *r = mmap(NULL, ARENA_SLOTS * ARENA_SLOT_SIZE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    region = r == MAP_FAILED ? NULL : r;
}

static int in_region(const void *p) {
    return region && (uintptr_t)p - (uintptr_t)region < ARENA_SLOTS * ARENA_SLOT_SIZE;
}

ll_arena *ll_arena_new(size_t keep) {
    pthread_once(&region_once, region_reserve);
    if (!region)
        return NULL;
    ll_arena *a = calloc(1, sizeof(*a));
    if (!a)
        return NULL;
    a->slot = -1;
    pthread_mutex_lock(&slots_mu);
    for (int i = 0; i < ARENA_SLOTS && a->slot < 0; i++)
        if (!slot_taken[i]) {
            slot_taken[i] = 1;
            a->slot = i;
        }
    pthread_mutex_unlock(&slots_mu);
    if (a->slot < 0) {
        free(a);
        return NULL;
    }
    a->base = region + (size_t)a->slot * ARENA_SLOT_SIZE;
    a->keep = (keep + 4095) & ~(size_t)4095;
    return a;
}

void *ll_arena_alloc(ll_arena *a, size_t n) {
    assert(a->used <= ARENA_SLOT_SIZE && a->used % ARENA_ALIGN == 0); /* what "need" relies on */
    size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < n || need > ARENA_SLOT_SIZE - a->used)
        return NULL;
    void *p = a->base + a->used;
    ARENA_UNPOISON(p, n);
    a->used += need;
    if (a->used > a->peak)
        a->peak = a->used;
    return p;
}

void ll_arena_reset(ll_arena *a) {
    ARENA_POISON(a->base, a->used);
    if (a->peak > a->keep)
        madvise(a->base + a->keep, a->peak - a->keep, MADV_DONTNEED);
    a->peak = a->used < a->keep ? a->used : a->keep;
    a->used = 0;
}

size_t ll_arena_used(const ll_arena *a) { return a->used; }

void ll_arena_free(ll_arena *a) {
    if (!a)
        return;
    if (json_arena == a)
        json_arena = NULL;
    madvise(a->base, a->peak > 0 ? a->peak : 1, MADV_DONTNEED);
    ARENA_UNPOISON(a->base, a->peak); /* the slot may serve another arena */
    pthread_mutex_lock(&slots_mu);
    assert(a->slot >= 0 && a->slot < ARENA_SLOTS && slot_taken[a->slot]);
    slot_taken[a->slot] = 0;
    pthread_mutex_unlock(&slots_mu);
    free(a);
}

static void *json_malloc(size_t n) {
    return json_arena ? ll_arena_alloc(json_arena, n) : malloc(n);
}

static void json_free(void *p) {
    if (!in_region(p))
        free(p);
}

static void hooks_install(void) {
    cJSON_Hooks h = {.malloc_fn = json_malloc, .free_fn = json_free};
    cJSON_InitHooks(&h);
}

void ll_json_hooks_install(void) {
    /* The region first: json_free must see it before any arena hands out memory. */
    pthread_once(&region_once, region_reserve);
    static pthread_once_t hooks_once = PTHREAD_ONCE_INIT;
    pthread_once(&hooks_once, hooks_install);
}

ll_arena *ll_json_arena_set(ll_arena *a) {
    ll_arena *prev = json_arena;
    json_arena = a;
    return prev;
}
