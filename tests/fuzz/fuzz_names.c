/* fuzz_names.c - libFuzzer harness for the name masker: any bytes, the shipped lists.
 *
 * Invariants: spans are in order, do not overlap, lie inside the text and start
 * and end on UTF-8 character boundaries; the masked text is the input with
 * exactly those spans replaced by [NAAM], within ll_names_bound; and a text
 * above the scan's limit is refused rather than read past. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "spelling.h"

/* The scan's capacity here. Small, so that -max_len (tests/fuzz/CMakeLists.txt, 4160) crosses
 * it and the refusal of a longer text is fuzzed too, without every input costing 64 KiB. */
#define MAX_TEXT 4096

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static ll_names *nm;
static ll_names_scan *sc;
static ll_wordlist *words;
static char *out;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    char e[512];
    nm = ll_names_load(LL_SOURCE_DIR "/config/names-first-nl.txt",
                       LL_SOURCE_DIR "/config/names-surname-nl.txt",
                       LL_SOURCE_DIR "/config/names-keep-nl.txt", e, sizeof(e));
    sc = ll_names_scan_new(MAX_TEXT);
    out = malloc(ll_names_bound(MAX_TEXT));
    if (!nm || !sc || !out) {
        fprintf(stderr, "fuzz_names: %s\n", nm ? "out of memory" : e);
        abort();
    }
    /* the taxonomy's word list, as the processor reads it (names.h, ll_names_set_words) */
    if (!(words = ll_wordlist_read("/usr/share/dict/nederlands", e, sizeof(e)))) {
        fprintf(stderr, "fuzz_names: %s\n", e);
        abort();
    }
    ll_names_set_words(nm, words);
    return 0;
}

static int continuation(const uint8_t *s, size_t len, size_t at) {
    return at < len && (s[at] & 0xC0) == 0x80 && at > 0 && s[at - 1] >= 0xC0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    const ll_name_span *sp;
    int ns = ll_names_find(nm, sc, s, size, &sp);
    if (size > MAX_TEXT) {
        if (ns != -1)
            abort();
        return 0;
    }
    if (ns < 0)
        abort();
    size_t prev = 0;
    for (int k = 0; k < ns; k++) {
        if (sp[k].start < prev || sp[k].end <= sp[k].start || sp[k].end > size || sp[k].rule < 0 ||
            sp[k].rule >= LL_NAME_RULES)
            abort();
        if (continuation(data, size, sp[k].start) || continuation(data, size, sp[k].end))
            abort();
        prev = sp[k].end;
    }
    /* The same spans again, then the output rebuilt by hand. */
    ll_name_span copy[256];
    int nc = ns < 256 ? ns : 256;
    memcpy(copy, sp, (size_t)nc * sizeof(*copy));
    int count;
    unsigned rules;
    size_t n = ll_names_mask(nm, sc, s, size, out, &count, &rules);
    if (n > ll_names_bound(size) || count != ns || out[n] != '\0')
        abort();
    if (ns > 256)
        return 0;
    size_t o = 0, at = 0;
    for (int k = 0; k < nc; k++) {
        size_t keep = copy[k].start - at;
        if (memcmp(out + o, s + at, keep) != 0 || memcmp(out + o + keep, LL_MASK_NAME, 6) != 0)
            abort();
        if (!(rules & (1u << copy[k].rule)))
            abort();
        o += keep + 6;
        at = copy[k].end;
    }
    if (o + (size - at) != n || memcmp(out + o, s + at, size - at) != 0)
        abort();
    return 0;
}
