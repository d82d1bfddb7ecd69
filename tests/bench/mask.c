/* mask.c - measures ll_mask_text's speed on the eval set's texts (the processor masks every event). */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mask.h"

#define MAX_EVAL_BYTES (8 * 1024 * 1024)
#define MAX_TEXTS 10000
#define ROUNDS 400

/* A few texts with identifiers in them, as Word and Outlook type them, so the
 * matchers' slow paths are in the figure too. */
static const char *const extra[] = {
    "Mijn BSN is „123456782” en mijn IBAN NL91 ABNA 0417 1643 00, bel 06-12345678.",
    "Mail naar jan.jansen@example.nl of bel +31 (0)6 1234 5678 … dank u wel, Renée.",
    "Factuur 2024-001234 van € 1.234,56 op 15-01-2024, postcode 1234 AB, huisnummer 12a.",
};

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : LL_SOURCE_DIR "/tests/data/eval/messages.jsonl";
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    static char *texts[MAX_TEXTS];
    size_t lens[MAX_TEXTS], n = 0, bytes = 0, maxlen = 0;
    char *line = NULL;
    size_t cap = 0;
    while (n < MAX_TEXTS && getline(&line, &cap, f) > 0) {
        cJSON *j = cJSON_Parse(line);
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "text");
        if (cJSON_IsString(t) && (texts[n] = strdup(t->valuestring)))
            n++;
        cJSON_Delete(j);
    }
    free(line);
    fclose(f);
    for (size_t e = 0; e < sizeof(extra) / sizeof(extra[0]) && n < MAX_TEXTS; e++)
        if ((texts[n] = strdup(extra[e])))
            n++;
    for (size_t i = 0; i < n; i++) {
        lens[i] = strlen(texts[i]);
        bytes += lens[i];
        if (lens[i] > maxlen)
            maxlen = lens[i];
    }
    char *out = malloc(ll_mask_bound(maxlen));
    if (!out || n == 0 || bytes > MAX_EVAL_BYTES)
        return 1;
    size_t sink = 0;
    double t0 = now();
    for (int r = 0; r < ROUNDS; r++)
        for (size_t i = 0; i < n; i++) {
            ll_mask_counts c;
            sink += ll_mask_text(texts[i], lens[i], out, &c) + (size_t)c.bsn;
        }
    double dt = now() - t0;
    double calls = (double)ROUNDS * (double)n;
    printf("mask: %zu texts, %zu bytes, %d rounds: %.0f ns/text, %.1f MB/s (sink %zu)\n", n, bytes,
           ROUNDS, dt * 1e9 / calls, (double)bytes * ROUNDS / dt / 1e6, sink);
    printf("command: %s %s\n", argv[0], path);
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    free(out);
    return 0;
}
