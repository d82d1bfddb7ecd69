/* fuzz_csv.c - libFuzzer harness for the CSV import reader: every record of the input, with
 * the reader's bookkeeping checked after each step. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    ll_csv c;
    if (ll_csv_init(&c, (const char *)data, size) != 0) {
        ll_csv_free(&c);
        return 0;
    }
    FUZZ_REQUIRE(c.sep == ',' || c.sep == ';');
    FUZZ_REQUIRE(c.pos <= 3 && c.pos <= size);
    long last_line = 0;
    int nul = memchr(data, '\0', size) != NULL;
    for (;;) {
        char e[128] = "";
        size_t before = c.pos;
        int r = ll_csv_next(&c, e, sizeof(e));
        FUZZ_REQUIRE(r >= -1 && r <= 1);
        FUZZ_REQUIRE(c.pos <= size);
        if (r == 0) {
            FUZZ_REQUIRE(c.pos == size);
            break;
        }
        /* Every call that returns a record or an error eats input, so the loop ends. */
        FUZZ_REQUIRE(c.pos > before);
        FUZZ_REQUIRE(c.line > last_line && c.line <= c.next_line);
        last_line = c.line;
        if (r < 0) {
            FUZZ_REQUIRE(e[0] != '\0' && memchr(e, '\0', sizeof(e)));
            continue;
        }
        FUZZ_REQUIRE(c.nfields >= 1 && c.nfields <= LL_CSV_MAX_FIELDS);
        FUZZ_REQUIRE(c.fields[0] == c.rec);
        /* Fields lie in order inside the record buffer, one NUL apart, and hold no more
         * bytes than the record took from the input. */
        size_t total = 0;
        for (int i = 0; i < c.nfields; i++) {
            const char *f = c.fields[i];
            FUZZ_REQUIRE(f >= c.rec && f < c.rec + LL_CSV_MAX_RECORD);
            size_t n = strnlen(f, (size_t)(c.rec + LL_CSV_MAX_RECORD - f));
            FUZZ_REQUIRE(f + n < c.rec + LL_CSV_MAX_RECORD);
            /* A NUL byte in the input ends a field early: then only the order is known. */
            if (i + 1 < c.nfields)
                FUZZ_REQUIRE(nul ? c.fields[i + 1] > f + n : c.fields[i + 1] == f + n + 1);
            total += n;
        }
        FUZZ_REQUIRE(total <= c.pos - before);
    }
    ll_csv_free(&c);
    return 0;
}
