/* fuzz_check.h - invariants the parser fuzz harnesses share: every refusal says why, every
 * accepted event is valid, masks cleanly and fits on a topic. Violations abort(). */
#ifndef LL_FUZZ_CHECK_H
#define LL_FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "event.h"

/* Aborts with the failed condition on stderr, so the crash report names the invariant. */
#define FUZZ_REQUIRE(cond)                        \
    do {                                          \
        if (!(cond))                              \
            fuzz_fail(#cond, __FILE__, __LINE__); \
    } while (0)

void fuzz_fail(const char *what, const char *file, int line) __attribute__((noreturn));

/* A NUL-terminated copy of data (caller frees), or NULL when out of memory. */
char *fuzz_cstr(const uint8_t *data, size_t size);

/* A refusal: a non-empty message, both strings terminated inside their arrays. */
void fuzz_check_err(const ll_err *err);

/* An event a converter returned, treated as the intake treats it: it passes the received
 * validator, carries data.channel == channel, still passes after ll_event_mask_bsn, and
 * serialises into LL_MAX_EVENT_BYTES (or returns 0); what was serialised is valid UTF-8
 * that parses back and validates again, as the processor will see it. */
void fuzz_check_received(cJSON *ev, const char *channel);

/* ll_mask_text on s[0..len) into a heap buffer of exactly ll_mask_bound(len) bytes (ASan
 * catches a write past it): the result is terminated at the returned length, keeps valid
 * UTF-8 valid, equals the input when nothing was masked, and leaves no BSN behind; a quote
 * of it (ll_address_quote) is terminated inside its cap and keeps valid UTF-8 valid. */
void fuzz_check_mask(const char *s, size_t len);

/* 1 when travelled is given with its line ends as LF and its BSNs masked, as the
 * received-event builder leaves the citizen's words (nothing else of them changes), else 0;
 * either may be NULL (0). */
int fuzz_words_travel(const char *given, const char *travelled);

#endif
