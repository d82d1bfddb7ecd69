/* enrich.c - the processor's CPU per event without Kafka or Redis: parse, validate, enrich, serialise.
 *
 *   bench_enrich [-c CONFIG] [-n PASSES] FILE.jsonl
 *
 * Reads received events (one per line, e.g. the samples tests/bench/process.sh
 * keeps in bench-process/samples.jsonl) and runs each through the steps the
 * processor's workers run (processors/process.c), on one thread, PASSES times
 * (default 5), with JSON trees on an arena as there. Prints the thread's CPU
 * time per event, per step, and a checksum of every serialised output, so two
 * builds can be compared for speed and for sameness in one run: CPU time, not
 * wall time, because the machine is shared; and the most bytes of JSON trees
 * per event (the arena a worker needs per event of a batch). The thread of every event is a
 * fixed one (contacts 1): Redis is not asked. */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "enrich.h"
#include "event.h"
#include "ll_limits.h"
#include "roles.h"

#define MAX_LINES 200000

static double cpu_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

int main(int argc, char **argv) {
    const char *conf = LL_SOURCE_DIR "/config/luisterloop.conf", *file = NULL;
    int passes = 5;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-c") == 0 && i + 1 < argc)
            conf = argv[++i];
        else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            passes = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !file)
            file = argv[i];
        else {
            fprintf(stderr, "usage: %s [-c CONFIG] [-n PASSES] FILE.jsonl\n", argv[0]);
            return 2;
        }
    }
    if (!file || passes < 1) {
        fprintf(stderr, "usage: %s [-c CONFIG] [-n PASSES] FILE.jsonl\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    char *text = read_file(file, &len);
    if (!text) {
        fprintf(stderr, "%s: cannot read\n", file);
        return 1;
    }
    static const char *line[MAX_LINES];
    static size_t line_len[MAX_LINES];
    int nlines = 0;
    for (char *p = text; *p && nlines < MAX_LINES;) {
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n > 0) {
            line[nlines] = p;
            line_len[nlines++] = n;
        }
        p += n + (nl != NULL);
    }
    ll_config cfg;
    char e[512];
    if (ll_roles_config_load(&cfg, conf, e, sizeof(e)) != 0) {
        fprintf(stderr, "%s\n", e);
        return 1;
    }
    ll_enricher *en = ll_enricher_new(&cfg, e, sizeof(e));
    char *scratch = malloc(LL_MAX_SERIALISED_EVENT_BYTES);
    ll_json_hooks_install();
    ll_arena *arena = ll_arena_new(1000 * LL_PROCESS_TREE_BYTES);
    if (!en || !scratch || !arena) {
        fprintf(stderr, "%s\n", en ? "out of memory" : e);
        return 1;
    }
    ll_json_arena_set(arena);
    ll_thread_info th = {.found = 1, .contacts = 1};
    snprintf(th.id, sizeof(th.id), "t-1");
    double t_parse = 0, t_prepare = 0, t_finish = 0;
    uint64_t sum = 1469598103934665603ull, out_bytes = 0;
    long events = 0, bad = 0;
    size_t arena_peak = 0; /* the most one 1,000-event round held */
    for (int pass = 0; pass < passes; pass++)
        for (int i = 0; i < nlines; i++) {
            double t0 = cpu_us();
            ll_err err;
            cJSON *ev = ll_event_parse_received(line[i], line_len[i], &err);
            if (!ev) {
                bad++;
                continue;
            }
            double t1 = cpu_us();
            if (ll_enrich_prepare(en, ev) != 0) {
                fprintf(stderr, "line %d: out of memory\n", i + 1);
                return 1;
            }
            double t2 = cpu_us();
            snprintf(th.first_id, sizeof(th.first_id), "%s", ll_json_str(ev, "id"));
            size_t n = 0;
            if (ll_enrich_finish(en, ev, &th) == 0)
                n = ll_event_serialise(ev, scratch, LL_MAX_SERIALISED_EVENT_BYTES);
            double t3 = cpu_us();
            t_parse += t1 - t0;
            t_prepare += t2 - t1;
            t_finish += t3 - t2;
            if (pass == 0)
                for (size_t k = 0; k < n; k++)
                    sum = (sum ^ (unsigned char)scratch[k]) * 1099511628211ull;
            out_bytes += n;
            events++;
            if (events % 1000 == 0) {
                if (ll_arena_used(arena) > arena_peak)
                    arena_peak = ll_arena_used(arena);
                ll_arena_reset(arena); /* as the processor drops a batch's trees */
            }
        }
    if (events == 0) {
        fprintf(stderr, "%s: no usable event (%ld unusable)\n", file, bad);
        return 1;
    }
    double total = t_parse + t_prepare + t_finish;
    printf("events=%ld unusable=%ld passes=%d cpu_us_per_event=%.2f parse_validate=%.2f "
           "prepare=%.2f finish_serialise=%.2f out_bytes_per_event=%.0f tree_bytes_per_event=%.0f "
           "checksum=%016llx\n",
           events, bad, passes, total / (double)events, t_parse / (double)events,
           t_prepare / (double)events, t_finish / (double)events,
           (double)out_bytes / (double)events, (double)arena_peak / 1000, (unsigned long long)sum);
    ll_json_arena_set(NULL);
    ll_arena_free(arena);
    free(scratch);
    ll_enricher_free(en);
    ll_config_free(&cfg);
    free(text);
    return 0;
}
