/* test_enrich_steps.c - the processor's steps that need no broker: areas, thread replies,
 * and the whole prepare/finish enrichment of one Dutch event. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "area.h"
#include "config.h"
#include "dedup.h"
#include "enrich.h"
#include "event.h"
#include "keys.h"
#include "ll_limits.h"
#include "mask.h"
#include "process.h"
#include "thread.h"
#include "roles.h"

static void areas_from_the_shipped_table(void **state) {
    (void)state;
    char e[256];
    ll_areas *a = ll_areas_load(LL_SOURCE_DIR "/config/areas-rotterdam.tsv", e, sizeof(e));
    if (!a)
        fail_msg("%s", e);
    ll_area ar;
    assert_int_equal(ll_areas_find(a, "3072AB", &ar), 0);
    assert_string_equal(ar.wijk, "Feijenoord");
    assert_string_equal(ar.buurt, "Afrikaanderwijk");
    assert_int_equal(ll_areas_find(a, "3011", &ar), 0);
    assert_string_equal(ar.gemeente, "Rotterdam");
    assert_int_equal(ll_areas_find(a, "1012AB", &ar), -1); /* Amsterdam: not in this table */
    assert_int_equal(ll_areas_find(a, "30", &ar), -1);
    ll_areas_free(a);
    /* one file per process: helpers and ctest -j run this test side by side */
    char path[64], want4[96];
    snprintf(path, sizeof(path), "/tmp/ll-test-areas-%d.tsv", (int)getpid());
    snprintf(want4, sizeof(want4), "%s:2: want 4", path);
    FILE *f = fopen(path, "w");
    fputs("# x\n3011\tRotterdam\tCentrum\n", f);
    fclose(f);
    assert_null(ll_areas_load(path, e, sizeof(e)));
    assert_non_null(strstr(e, want4));
    f = fopen(path, "w");
    fputs("0123\tA\tB\tC\n", f);
    fclose(f);
    assert_null(ll_areas_load(path, e, sizeof(e)));
    assert_non_null(strstr(e, ":1: '0123' is not a PC4"));
    remove(path);
}

static void thread_replies(void **state) {
    (void)state;
    /* The script's reply: "contacts|first event id|channel,channel". */
    redisReply r = {.type = REDIS_REPLY_STRING, .str = "3|id-1|email,phone", .len = 18};
    ll_thread_info a, b;
    assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &a), 0);
    assert_true(a.found);
    assert_int_equal(a.contacts, 3);
    assert_int_equal(a.nchannels, 2);
    assert_string_equal(a.channels[0], "email");
    assert_string_equal(a.channels[1], "phone");
    assert_string_equal(a.first_id, "id-1");
    r.str = "1|id-1|email";
    r.len = strlen(r.str);
    assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), 0);
    assert_int_equal(b.contacts, 1);
    assert_int_equal(b.nchannels, 1);
    assert_string_equal(a.id, b.id); /* the thread's id depends on its first event only */
    assert_int_equal(ll_thread_parse(&r, "ps_x", "parkeren", "evt-9", "web", &b), 0);
    assert_string_not_equal(a.id, b.id);
    r.str = "2|web|x|2|web,balie"; /* an id may hold '|'; channels cannot */
    r.len = strlen(r.str);
    assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), 0);
    assert_string_equal(b.first_id, "web|x|2");
    assert_int_equal(b.nchannels, 2);
    assert_string_equal(b.channels[1], "balie");
    /* More channels than a thread lists: the first ones. */
    r.str = "9|id-1|a,b,c,d,e,f,g,h,i,j";
    r.len = strlen(r.str);
    assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), 0);
    assert_int_equal(b.nchannels, LL_THREAD_MAX_CHANNELS);
    assert_string_equal(b.channels[LL_THREAD_MAX_CHANNELS - 1], "h");
    redisReply err = {.type = REDIS_REPLY_ERROR, .str = "NOSCRIPT", .len = 8};
    assert_int_equal(ll_thread_parse(&err, "ps_x", "afval", "evt-9", "web", &b), -1);
    assert_false(b.found);
    static const char *const bad[] = {"0|id-1|web", /* the event itself is always in its thread */
                                      "x|id-1|web", "3|web", "3||web",
                                      "|id-1|web",  "",      "-2|id|web"};
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        r.str = (char *)bad[i];
        r.len = strlen(bad[i]);
        assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), -1);
    }
    /* The integer 1: a thread of this event alone, named after it. */
    redisReply one = {.type = REDIS_REPLY_INTEGER, .integer = 1};
    assert_int_equal(ll_thread_parse(&one, "ps_x", "afval", "id-1", "email", &b), 0);
    assert_true(b.found);
    assert_int_equal(b.contacts, 1);
    assert_int_equal(b.nchannels, 1);
    assert_string_equal(b.channels[0], "email");
    assert_string_equal(b.first_id, "id-1");
    assert_string_equal(b.id, a.id); /* as "1|id-1|email" would be */
    one.integer = 2;                 /* only 1 and 0 stand for something */
    assert_int_equal(ll_thread_parse(&one, "ps_x", "afval", "id-1", "email", &b), -1);
    assert_false(b.found);
    /* The integer 0: the record's memo has the id from another input, a repeat. */
    one.integer = 0;
    assert_int_equal(ll_thread_parse(&one, "ps_x", "afval", "id-1", "email", &b), 1);
    assert_false(b.found);
    redisReply arr = {.type = REDIS_REPLY_ARRAY, .elements = 0};
    assert_int_equal(ll_thread_parse(&arr, "ps_x", "afval", "evt-9", "web", &b), -1);
    /* "R" id "\n" first: the record had the id with another content, so the event is
     * threaded under the id it gets (dedup.h); the rest is the usual answer. */
    r.str = "Revt-9~0:12\n1|evt-9~0:12|web";
    r.len = strlen(r.str);
    assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), 0);
    assert_string_equal(b.reused_id, "evt-9~0:12");
    assert_string_equal(b.first_id, "evt-9~0:12");
    assert_int_equal(b.contacts, 1);
    r.str = "3|evt-9|web";
    r.len = strlen(r.str);
    assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), 0);
    assert_string_equal(b.reused_id, "");
    static const char *const bad_reused[] = {"R\n1|x|web", "Rx~0:1", "Rx~0:1\n", "Rx~0:1\n|x"};
    for (size_t i = 0; i < sizeof(bad_reused) / sizeof(bad_reused[0]); i++) {
        r.str = (char *)bad_reused[i];
        r.len = strlen(bad_reused[i]);
        assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &b), -1);
    }
}

/* The processor reads an answer on its main thread and names the thread on a worker: the
 * two parts together are the whole parse, for each shape of answer. */
static void thread_read_then_named(void **state) {
    (void)state;
    static const char *const answers[] = {"3|id-1|email,phone", "Revt-9~0:12\n1|evt-9~0:12|web",
                                          "2|web|x|2|web,balie"};
    ll_thread_info whole, part;
    for (size_t i = 0; i < sizeof(answers) / sizeof(answers[0]); i++) {
        redisReply r = {.type = REDIS_REPLY_STRING, .str = (char *)answers[i]};
        r.len = strlen(r.str);
        assert_int_equal(ll_thread_parse(&r, "ps_x", "afval", "evt-9", "web", &whole), 0);
        assert_int_equal(ll_thread_read(&r, "evt-9", "web", &part), 0);
        assert_string_equal(part.id, ""); /* not named yet */
        assert_string_equal(part.first_id, whole.first_id);
        assert_string_equal(part.reused_id, whole.reused_id);
        ll_thread_info_id("ps_x", "afval", &part);
        assert_memory_equal(&part, &whole, sizeof(whole));
    }
    redisReply one = {.type = REDIS_REPLY_INTEGER, .integer = 1};
    assert_int_equal(ll_thread_parse(&one, "ps_x", "afval", "id-1", "email", &whole), 0);
    assert_int_equal(ll_thread_read(&one, "id-1", "email", &part), 0);
    ll_thread_info_id("ps_x", "afval", &part);
    assert_memory_equal(&part, &whole, sizeof(whole));
    /* A repeat or an anonymous event's zeroed info holds no thread: nothing to name. */
    one.integer = 0;
    assert_int_equal(ll_thread_read(&one, "id-1", "email", &part), 1);
    ll_thread_info_id("ps_x", "afval", &part);
    assert_false(part.found);
    assert_string_equal(part.id, "");
}

/* ll_event_content_digest of a received event, its pseudonym looked up as the processor
 * does. */
static uint32_t digest_of(const cJSON *ev) {
    const cJSON *d = ll_event_data(ev);
    const cJSON *cit = cJSON_GetObjectItemCaseSensitive(d, "citizen");
    return ll_event_content_digest(d, cit ? ll_json_str(cit, "pseudonym") : NULL);
}

/* What makes an input the input it is: a client's retry differs in its times, its
 * contact or its postcode at most, and is the same content; another text, subject, kind,
 * formal flag or citizen is another input, also under the same natural key. */
static void content_digest_tells_a_retry_from_another_input(void **state) {
    (void)state;
    const char *base = "{\"id\":\"k\",\"time\":\"2026-01-01T10:00:00Z\",\"data\":{"
                       "\"channel\":\"web\",\"kind\":\"report\",\"text\":\"container vol in "
                       "Kerkstraat\",\"received_at\":\"2026-01-01T10:00:00Z\",\"citizen\":{"
                       "\"pseudonym\":\"ps_1\"}}}";
    static const char *const same[] = {
        /* another time, contact, postcode, source_ref: a retry */
        "{\"id\":\"k\",\"time\":\"2026-01-02T11:00:00Z\",\"data\":{\"channel\":\"web\","
        "\"kind\":\"report\",\"text\":\"container vol in Kerkstraat\",\"received_at\":"
        "\"2026-01-02T11:00:00Z\",\"postcode\":\"3072AB\",\"contact\":{\"phone\":\"+316\"},"
        "\"source_ref\":\"x\",\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
    };
    static const char *const other[] = {
        /* another text: the knife threat of the user check of 12-01 */
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"mijn buurman bedreigt me met "
        "een mes\",\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
        "{\"id\":\"k\",\"data\":{\"kind\":\"complaint\",\"text\":\"container vol in "
        "Kerkstraat\",\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"container vol in "
        "Kerkstraat\",\"formal\":true,\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"container vol in "
        "Kerkstraat\",\"formal\":false,\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"container vol in "
        "Kerkstraat\",\"citizen\":{\"pseudonym\":\"ps_2\"}}}",
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"container vol in "
        "Kerkstraat\"}}",
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"container vol in "
        "Kerkstraat\",\"subject\":\"\",\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
        /* where the text ends and the subject begins */
        "{\"id\":\"k\",\"data\":{\"kind\":\"report\",\"text\":\"container vol\","
        "\"subject\":\" in Kerkstraat\",\"citizen\":{\"pseudonym\":\"ps_1\"}}}",
    };
    cJSON *b = cJSON_Parse(base);
    assert_non_null(b);
    uint32_t want = digest_of(b);
    for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
        cJSON *e = cJSON_Parse(same[i]);
        assert_non_null(e);
        assert_int_equal(digest_of(e), want);
        cJSON_Delete(e);
    }
    uint32_t seen[sizeof(other) / sizeof(other[0])];
    for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++) {
        cJSON *e = cJSON_Parse(other[i]);
        assert_non_null(e);
        seen[i] = digest_of(e);
        assert_int_not_equal(seen[i], want);
        for (size_t j = 0; j < i; j++)
            assert_int_not_equal(seen[i], seen[j]);
        cJSON_Delete(e);
    }
    /* Stored in Redis: the same on every build. */
    assert_int_equal(want, digest_of(b));
    cJSON_Delete(b);
}

/* An anonymous id's mark in Redis ("partition:offset|digest", then each later
 * content's after ';') against the mark of the input read now. */
static void reused_key_judged_by_content(void **state) {
    (void)state;
    int fresh;
    assert_int_equal(ll_dedup_judge(NULL, 0, "0:10|aaaaaaaa", &fresh), LL_DEDUP_FIRST);
    assert_false(fresh);
    const char *one = "0:10|aaaaaaaa";
    /* This very input read again; another input with the same content: a retry. */
    assert_int_equal(ll_dedup_judge(one, strlen(one), "0:10|aaaaaaaa", &fresh), LL_DEDUP_FIRST);
    assert_int_equal(ll_dedup_judge(one, strlen(one), "0:11|aaaaaaaa", &fresh), LL_DEDUP_REPEAT);
    assert_int_equal(ll_dedup_judge(one, strlen(one), "3:11|aaaaaaaa", &fresh), LL_DEDUP_REPEAT);
    assert_false(fresh);
    /* Another content under the id: a new input, whose mark is to be added. */
    assert_int_equal(ll_dedup_judge(one, strlen(one), "0:12|bbbbbbbb", &fresh), LL_DEDUP_REUSED);
    assert_true(fresh);
    const char *two = "0:10|aaaaaaaa;0:12|bbbbbbbb";
    /* Added: read again it is the same new input; its retry a repeat; a third content new. */
    assert_int_equal(ll_dedup_judge(two, strlen(two), "0:12|bbbbbbbb", &fresh), LL_DEDUP_REUSED);
    assert_false(fresh);
    assert_int_equal(ll_dedup_judge(two, strlen(two), "0:13|bbbbbbbb", &fresh), LL_DEDUP_REPEAT);
    assert_int_equal(ll_dedup_judge(two, strlen(two), "0:10|aaaaaaaa", &fresh), LL_DEDUP_FIRST);
    assert_int_equal(ll_dedup_judge(two, strlen(two), "0:14|aaaaaaaa", &fresh), LL_DEDUP_REPEAT);
    assert_int_equal(ll_dedup_judge(two, strlen(two), "0:15|cccccccc", &fresh), LL_DEDUP_REUSED);
    assert_true(fresh);
    /* A digest is compared whole, not as a tail of another. */
    assert_int_equal(ll_dedup_judge(two, strlen(two), "0:16|bbbbbbb", &fresh), LL_DEDUP_REUSED);
    /* A mark written before marks had a digest: this input's, else a repeat, as it was. */
    assert_int_equal(ll_dedup_judge("0:10", 4, "0:10|bbbbbbbb", &fresh), LL_DEDUP_FIRST);
    assert_int_equal(ll_dedup_judge("0:10", 4, "0:11|bbbbbbbb", &fresh), LL_DEDUP_REPEAT);
    assert_int_equal(ll_dedup_judge("0:1", 3, "0:10|bbbbbbbb", &fresh), LL_DEDUP_REPEAT);
    assert_false(fresh);
}

/* A reused key's input gets the id and where it was read, nothing of what it said, and
 * an id that fits however long the first was. */
static void reused_id_names_the_input(void **state) {
    (void)state;
    char out[LL_MAX_ID_BYTES + 1];
    ll_dedup_reused_id("5f0c2a1e-8d4b-8a7e-9c3f-0b1d2e3f4a5b", "2:1042|0badcafe", out);
    assert_string_equal(out, "5f0c2a1e-8d4b-8a7e-9c3f-0b1d2e3f4a5b~2:1042");
    char id[LL_MAX_ID_BYTES + 1];
    /* 94 ASCII bytes and then 'é' (2 bytes) across the cut at 95: cut before it. */
    memset(id, 'a', 94);
    memcpy(id + 94, "\xc3\xa9zzzzzzzzzzzzzzzzzzzzzzzzzzzz", 31);
    id[125] = '\0';
    ll_dedup_reused_id(id, "-2147483648:-9223372036854775808|ffffffff", out);
    assert_int_equal(strlen(out), 94 + 1 + 32);
    assert_memory_equal(out, id, 94);
    assert_string_equal(out + 94, "~-2147483648:-9223372036854775808");
    memset(id, 'b', LL_MAX_ID_BYTES);
    id[LL_MAX_ID_BYTES] = '\0';
    ll_dedup_reused_id(id, "0:1", out);
    assert_int_equal(strlen(out), LL_THREAD_REUSED_KEEP + 4);
}

/* The processor's keys: one hash tag per key group, the same group for every
 * key of one citizen, and a group that never changes between builds (a change
 * would make de-duplication and threads start over). */
/* The keys, arguments and thread ids written by hand (ll_put) are the
 * bytes the formats wrote with snprintf: themes past %.64s, namespaces,
 * times of every size and sign, ids of every length up to what does not
 * fit (-1 both ways). */
static void thread_args_as_the_formats_wrote_them(void **state) {
    (void)state;
    static const char *const themes[] = {
        "afval", "", "a-theme-of-exactly-sixty-four-bytes-0123456789012345678901234567",
        "a-theme-longer-than-sixty-four-bytes-is-cut-by-the-format-0123456789"};
    static const char *const nss[] = {"", "rebuild.x:", "rebuild.a-much-longer-suffix:"};
    static const long long times[] = {0, 7, -5, 1700000000123LL, 9223372036854775807LL};
    char id[300], ps[160], want[1024], natural[256], wid[LL_EVENT_ID_LEN + 1];
    for (size_t t = 0; t < sizeof(themes) / sizeof(themes[0]); t++)
        for (size_t n = 0; n < sizeof(nss) / sizeof(nss[0]); n++)
            for (size_t k = 0; k < sizeof(times) / sizeof(times[0]); k++)
                for (size_t il = 1; il < sizeof(id); il += 37) {
                    memset(id, 'a' + (int)(il % 26), il);
                    id[il] = '\0';
                    size_t pl = 1 + (il * 7 + t) % (sizeof(ps) - 1);
                    memset(ps, 'p', pl);
                    ps[pl] = '\0';
                    ll_thread_arg a;
                    int rc =
                        ll_thread_args(nss[n], ps, themes[t], id, "email", times[k], "3:1234", &a);
                    long long tt = times[k] < 0 ? 0 : times[k];
                    int kl = snprintf(want, sizeof(want), LL_KEY_THREAD_FMT, nss[n],
                                      ll_key_shard(ps), ps, themes[t]);
                    int fits = kl < (int)sizeof(a.key);
                    if (fits)
                        assert_string_equal(a.key, want);
                    int al = snprintf(want, sizeof(want),
                                      "S2\nT1\t%lld\t%lld\t1\t%s\t%s\n\r%s\t1\t1\t%s\t%s\n", tt, tt,
                                      "email", id, id, "email", "3:1234");
                    fits = fits && al < (int)sizeof(a.arg);
                    assert_int_equal(rc, fits ? 0 : -1);
                    if (fits) {
                        assert_string_equal(a.arg, want);
                        assert_int_equal(a.keylen, (size_t)kl);
                        assert_int_equal(a.arglen, (size_t)al);
                    }
                    if (il > LL_MAX_ID_BYTES)
                        continue;
                    /* A thread of this event alone: its id from "%s/%s/%s", cut at 255. */
                    redisReply one = {.type = REDIS_REPLY_INTEGER, .integer = 1};
                    ll_thread_info th;
                    assert_int_equal(ll_thread_parse(&one, ps, themes[t], id, "web", &th), 0);
                    int nl = snprintf(want, sizeof(want), "%s/%s/%s", ps, themes[t], id);
                    nl = nl < (int)sizeof(natural) ? nl : (int)sizeof(natural) - 1;
                    memcpy(natural, want, (size_t)nl); /* as snprintf into natural cut it */
                    natural[nl] = '\0';
                    ll_event_id_from_key("thread", natural, wid);
                    assert_string_equal(th.id, wid);
                }
    /* The id's text: "%.8s-%.4s-%.4s-%.4s-%.12s" of the hash's hex. */
    ll_event_id_from_key("thread", "ps/afval/evt-1", wid);
    assert_int_equal(strlen(wid), LL_EVENT_ID_LEN);
    assert_true(wid[8] == '-' && wid[13] == '-' && wid[18] == '-' && wid[23] == '-');
    assert_true(wid[14] == '8'); /* version 8 */
}

static void thread_keys_in_groups(void **state) {
    (void)state;
    assert_int_equal(ll_key_shard(""), 2166136261u % LL_KEY_PROCESS_SHARDS);
    assert_int_equal(ll_key_shard("ps_x"), 11); /* FNV-1a 32, as computed elsewhere */
    assert_int_equal(ll_key_shard("evt-1"), 4);
    ll_thread_arg a, b;
    assert_int_equal(
        ll_thread_args("", "ps_x", "afval", "evt-1", "email", 1700000000123LL, "0:42", &a), 0);
    assert_string_equal(a.key, "ll:t:{p11}:ps_x:afval");
    assert_int_equal(a.keylen, strlen(a.key));
    /* The record the event makes when its citizen has none on the theme; its memo line
     * names the input (the event's de-duplication mark). */
    assert_string_equal(
        a.arg,
        "S2\nT1\t1700000000123\t1700000000123\t1\temail\tevt-1\n\revt-1\t1\t1\temail\t0:42\n");
    assert_int_equal(a.arglen, strlen(a.arg));
    assert_int_equal(ll_thread_args("", "ps_x", "parkeren", "evt-2", "web", 0, "0:43", &b), 0);
    assert_non_null(strstr(b.key, "{p11}")); /* one citizen, one slot */
    int groups[LL_KEY_PROCESS_SHARDS] = {0};
    char id[32];
    for (int i = 0; i < 1600; i++) {
        snprintf(id, sizeof(id), "evt-%d", i);
        groups[ll_key_shard(id)]++;
    }
    for (int g = 0; g < LL_KEY_PROCESS_SHARDS; g++)
        assert_true(groups[g] > 50 && groups[g] < 150); /* spread, so a cluster shares the work */
    assert_int_equal(ll_thread_args("rebuild.x:", "ps_x", "afval", "evt-1", "email", 0, "0:42", &b),
                     0);
    assert_string_equal(b.key, "ll:rebuild.x:t:{p11}:ps_x:afval"); /* a rebuild's own keys */
    char pseudonym[LL_THREAD_KEY_BYTES + 1];
    memset(pseudonym, 'x', sizeof(pseudonym) - 1);
    pseudonym[sizeof(pseudonym) - 1] = '\0';
    assert_int_equal(ll_thread_args("", pseudonym, "afval", "evt-1", "email", 0, "0:42", &a), -1);
    char longid[sizeof(a.arg) + 1]; /* longer than any valid id */
    memset(longid, 'i', sizeof(longid) - 1);
    longid[sizeof(longid) - 1] = '\0';
    assert_int_equal(ll_thread_args("", "ps_x", "afval", longid, "email", 0, "0:42", &a), -1);
}

/* The shipped config and an enricher on it, for each enrichment test. */
typedef struct fixture {
    ll_config cfg;
    ll_enricher *en;
} fixture;

static int enricher_setup(void **state) {
    static fixture fx;
    char e[512];
    if (ll_roles_config_load(&fx.cfg, LL_SOURCE_DIR "/config/luisterloop.conf", e, sizeof(e)) !=
            0 ||
        !(fx.en = ll_enricher_new(&fx.cfg, e, sizeof(e)))) {
        print_error("%s\n", e);
        return -1;
    }
    *state = &fx;
    return 0;
}

static int enricher_teardown(void **state) {
    fixture *fx = *state;
    ll_enricher_free(fx->en);
    ll_config_free(&fx->cfg);
    return 0;
}

/* A received event from its JSON, as the processor reads it (valid, or the test fails). */
static cJSON *received(const char *json) {
    ll_err err;
    cJSON *ev = ll_json_parse(json, strlen(json), LL_MAX_EVENT_BYTES, &err);
    if (!ev || ll_event_validate_received(ev, &err) != 0)
        fail_msg("%s: %s", err.field, err.msg);
    return ev;
}

static void enrich_one_event(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    const char *in =
        "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/t\",\"type\":"
        "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\",\"data\":{"
        "\"channel\":\"phone\",\"kind\":\"complaint\",\"initiated\":\"reactive\",\"formal\":true,"
        "\"text\":\"Ik ruik een sterke gaslucht in het trappenhuis! Bel 06-12345678, IBAN "
        "NL91ABNA0417164300.\",\"received_at\":\"2026-01-01T10:00:00Z\",\"postcode\":\"3072AB\","
        "\"contact\":{\"phone\":\"+31612345678\"},\"citizen\":{\"pseudonym\":"
        "\"ps_0123456789abcdef0123456789abcdef\"},\"source_ref\":\"call-1\"}}";
    ll_err err;
    cJSON *ev = received(in);
    assert_int_equal(ll_enrich_prepare(en, ev), 0);
    ll_thread_info th = {.found = 1, .contacts = 3, .nchannels = 2};
    snprintf(th.id, sizeof(th.id), "t-1");
    snprintf(th.first_id, sizeof(th.first_id), "e-0");
    snprintf(th.channels[0], sizeof(th.channels[0]), "email");
    snprintf(th.channels[1], sizeof(th.channels[1]), "phone");
    assert_int_equal(ll_enrich_finish(en, ev, &th), 0);
    assert_int_equal(ll_event_validate_enriched(ev, &err), 0);
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "\"contact\""));
    assert_null(strstr(s, "06-12345678"));
    assert_null(strstr(s, "NL91ABNA"));
    assert_non_null(strstr(s, "\"level\":\"critical\"")); /* gas smell, not lowered by the thread */
    assert_non_null(strstr(s, "gaslucht"));
    assert_non_null(strstr(s, "repeat contact"));
    assert_non_null(strstr(s, "past its Awb deadline")); /* received 2026-01-01 + 6 weeks */
    assert_non_null(strstr(s, "\"deadline\":\"2026-02-12\""));
    assert_non_null(strstr(s, "\"wijk\":\"Feijenoord\""));
    assert_non_null(strstr(s, "\"duplicate_of\":\"e-0\""));
    cJSON_free(s);
    cJSON_Delete(ev);
}

/* An input whose natural key came before with another content goes out under the id
 * Redis gave it, saying which id its key made and why; its thread names it. */
static void enrich_reused_key_takes_its_own_id(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    const char *in =
        "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/t\",\"type\":"
        "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\",\"data\":{"
        "\"channel\":\"web\",\"kind\":\"report\",\"initiated\":\"reactive\","
        "\"text\":\"mijn buurman bedreigt me met een mes\",\"received_at\":"
        "\"2026-01-01T10:00:00Z\",\"citizen\":{\"pseudonym\":"
        "\"ps_0123456789abcdef0123456789abcdef\"},\"source_ref\":\"u3-reuse-1\"}}";
    ll_err err;
    cJSON *ev = received(in);
    assert_int_equal(ll_enrich_prepare(en, ev), 0);
    ll_thread_info th = {.found = 1, .contacts = 1, .nchannels = 1};
    snprintf(th.id, sizeof(th.id), "t-1");
    snprintf(th.first_id, sizeof(th.first_id), "e-1~0:12");
    snprintf(th.channels[0], sizeof(th.channels[0]), "web");
    snprintf(th.reused_id, sizeof(th.reused_id), "e-1~0:12");
    ll_enrich_refs r;
    ll_enrich_refs_of(ev, &r);
    assert_int_equal(ll_enrich_finish_refs(en, &r, &th), 0);
    assert_string_equal(r.id, "e-1~0:12"); /* what the processor keys and logs it by */
    assert_int_equal(ll_event_validate_enriched(ev, &err), 0);
    assert_string_equal(ll_json_str(ev, "id"), "e-1~0:12");
    const cJSON *k = ll_json_get(ll_event_data(ev), "key_reused");
    assert_non_null(k);
    assert_string_equal(ll_json_str(k, "first_id"), "e-1");
    assert_non_null(strstr(ll_json_str(k, "reason"), "natural key reused"));
    /* It started its thread: no duplicate_of itself. */
    assert_null(ll_json_get(ll_event_data(ev), "duplicate_of"));
    char *s = cJSON_PrintUnformatted(ev);
    assert_non_null(strstr(s, "\"level\":\"critical\""));
    cJSON_free(s);
    cJSON_Delete(ev);
    /* Without a reused id nothing of this is added. */
    ev = received(in);
    assert_int_equal(ll_enrich_prepare(en, ev), 0);
    th.reused_id[0] = '\0';
    assert_int_equal(ll_enrich_finish(en, ev, &th), 0);
    assert_string_equal(ll_json_str(ev, "id"), "e-1");
    assert_null(ll_json_get(ll_event_data(ev), "key_reused"));
    cJSON_Delete(ev);
}

/* Names of persons go the way of the other identifiers; the street stays. */
static void enrich_masks_names(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    const char *in =
        "{\"specversion\":\"1.0\",\"id\":\"e-2\",\"source\":\"/t\",\"type\":"
        "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\",\"data\":{"
        "\"channel\":\"web\",\"kind\":\"complaint\",\"initiated\":\"reactive\","
        "\"subject\":\"Overlast van dhr. Jansen\","
        "\"text\":\"Mevrouw De Vries en mijn buurman Ahmed zetten afval in de Kerkstraat. "
        "Mail piet.jansen@example.nl\\n\\nMet vriendelijke groet,\\nKarin Bakker\","
        "\"received_at\":\"2026-01-01T10:00:00Z\",\"source_ref\":\"web-2\"}}";
    ll_err err;
    cJSON *ev = received(in);
    assert_int_equal(ll_enrich_prepare(en, ev), 0);
    assert_int_equal(ll_enrich_finish(en, ev, NULL), 0);
    assert_int_equal(ll_event_validate_enriched(ev, &err), 0);
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "Vries"));
    assert_null(strstr(s, "Ahmed"));
    assert_null(strstr(s, "Karin"));
    assert_null(strstr(s, "Jansen"));
    assert_null(strstr(s, "piet"));
    assert_non_null(
        strstr(s, "Mevrouw [NAAM] en mijn buurman [NAAM] zetten afval in de Kerkstraat."));
    assert_non_null(strstr(s, "\"subject\":\"Overlast van dhr. [NAAM]\""));
    assert_non_null(strstr(s, "\"email\":1"));
    assert_non_null(strstr(s, "\"name\":4"));
    assert_non_null(strstr(s, "\"name_rules\":[\"title\",\"relation\",\"signature\"]"));
    cJSON_free(s);
    cJSON_Delete(ev);
}

/* A date of birth and a licence plate beside the postcode4 and the thread point at one
 * person (session 12): masked in text and subject, counted, each with the rule that made it. */
static void enrich_masks_birth_dates_and_plates(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    const char *in =
        "{\"specversion\":\"1.0\",\"id\":\"e-7\",\"source\":\"/t\",\"type\":"
        "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\",\"data\":{"
        "\"channel\":\"web\",\"kind\":\"complaint\",\"initiated\":\"reactive\","
        "\"subject\":\"Wrak met kenteken 12-ABC-3\",\"postcode\":\"3072AB\","
        "\"text\":\"Ik (geb. 12 maart 1948) woon hier alleen. De auto XR-12-KL staat al weken op "
        "de stoep. Op 15-01-2026 heb ik al gebeld.\","
        "\"received_at\":\"2026-01-01T10:00:00Z\",\"source_ref\":\"web-7\"}}";
    ll_err err;
    cJSON *ev = received(in);
    assert_int_equal(ll_enrich_prepare(en, ev), 0);
    assert_int_equal(ll_enrich_finish(en, ev, NULL), 0);
    assert_int_equal(ll_event_validate_enriched(ev, &err), 0);
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "1948"));
    assert_null(strstr(s, "XR-12-KL"));
    assert_null(strstr(s, "ABC"));
    assert_non_null(strstr(s, "\"subject\":\"Wrak met kenteken [KENTEKEN]\""));
    assert_non_null(strstr(s, "Ik (geb. [GEBOORTEDATUM]) woon hier alleen. De auto [KENTEKEN] "
                              "staat al weken op de stoep. Op 15-01-2026 heb ik al gebeld."));
    if (!strstr(s, "\"masked\":{\"birth_date\":1,\"birth_date_rules\":[\"geboren\"],"
                   "\"plate\":2,\"plate_rules\":[\"sidecode\"]}"))
        fail_msg("masked: %s", s);
    cJSON_free(s);
    cJSON_Delete(ev);
}

/* User check of 12-01: document numbers after their cue and a phone number read aloud reached
 * feedback.enriched in clear. */
static void enrich_masks_documents_and_spoken_phones(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    const char *in =
        "{\"specversion\":\"1.0\",\"id\":\"e-8\",\"source\":\"/t\",\"type\":"
        "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\",\"data\":{"
        "\"channel\":\"phone\",\"kind\":\"question\",\"initiated\":\"reactive\","
        "\"text\":\"Mijn rijbewijsnummer is 5012345678 en mijn paspoort NXC1234R4 is gestolen. "
        "Bellen naar nul zes twaalf vierendertig zesenvijftig achtenzeventig.\","
        "\"received_at\":\"2026-01-01T10:00:00Z\",\"source_ref\":\"call-8\"}}";
    ll_err err;
    cJSON *ev = received(in);
    assert_int_equal(ll_enrich_prepare(en, ev), 0);
    assert_int_equal(ll_enrich_finish(en, ev, NULL), 0);
    assert_int_equal(ll_event_validate_enriched(ev, &err), 0);
    char *s = cJSON_PrintUnformatted(ev);
    assert_null(strstr(s, "5012345678"));
    assert_null(strstr(s, "NXC1234R4"));
    assert_null(strstr(s, "vierendertig"));
    assert_non_null(strstr(s, "Mijn rijbewijsnummer is [DOCUMENTNUMMER] en mijn paspoort "
                              "[DOCUMENTNUMMER] is gestolen. Bellen naar [TELEFOON]."));
    if (!strstr(s, "\"masked\":{\"phone\":1,\"document\":2,"
                   "\"document_rules\":[\"paspoort\",\"rijbewijs\"]}"))
        fail_msg("masked: %s", s);
    cJSON_free(s);
    cJSON_Delete(ev);
}

/* Issue 14: a case reference people typed kept its identifiers into feedback.enriched. */
static void enrich_masks_case_ref(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    static const struct {
        const char *ref, *want; /* want NULL: the reference goes */
    } cases[] = {
        {"dossier 0612345678", "dossier [TELEFOON]"},
        {"NL91ABNA0417164300", "[IBAN]"},
        {"Z-2026-0042", "Z-2026-0042"},
        /* 64 bytes that grow past the bound when the address is masked. */
        {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa a@b.nl", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char in[1024];
        snprintf(in, sizeof(in),
                 "{\"specversion\":\"1.0\",\"id\":\"e-3\",\"source\":\"/t\",\"type\":"
                 "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\","
                 "\"data\":{\"channel\":\"web\",\"kind\":\"question\",\"initiated\":"
                 "\"reactive\",\"text\":\"Wanneer komt de vuilnisman?\",\"case_ref\":\"%s\","
                 "\"received_at\":\"2026-01-01T10:00:00Z\",\"source_ref\":\"web-3\"}}",
                 cases[i].ref);
        ll_err err;
        cJSON *ev = received(in);
        assert_int_equal(ll_enrich_prepare(en, ev), 0);
        assert_int_equal(ll_enrich_finish(en, ev, NULL), 0);
        if (ll_event_validate_enriched(ev, &err) != 0)
            fail_msg("%s: %s: %s", cases[i].ref, err.field, err.msg);
        const char *got = ll_json_str(ll_event_data(ev), "case_ref");
        if (cases[i].want ? !got || strcmp(got, cases[i].want) != 0 : got != NULL)
            fail_msg("case_ref %s: got %s", cases[i].ref, got ? got : "(none)");
        cJSON_Delete(ev);
    }
}

/* A client's natural key, a desk's location and a case reference are masked as the text is
 * (user check of 12-01, session 11: a phone number and an e-mail address as source_ref, a
 * staff name and number in a location, a person's name in case_ref reached
 * feedback.enriched in clear). A klantcontact's URL stays whole: escalate links to it. */
static void enrich_masks_keys_and_location(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    static const struct {
        const char *source, *field, *value, *want; /* want NULL: the field goes */
    } cases[] = {
        {"/t", "source_ref", "+31612345678", "[TELEFOON]"},
        {"/t", "source_ref", "call-0612345678-2", "call-[TELEFOON]-2"},
        {"/t", "source_ref", "piet.jansen@example.nl", "[E-MAIL]"},
        {"/t", "source_ref", "visit-4711", "visit-4711"},
        {"/t", "location", "Stadhuis, balie 3 (mevrouw Jansen, 010-1234567)",
         "Stadhuis, balie 3 (mevrouw [NAAM], [TELEFOON])"},
        {"/t", "location", "Stadswinkel Noord, balie 2", "Stadswinkel Noord, balie 2"},
        {"/t", "case_ref", "dossier mevrouw Jansen", "dossier mevrouw [NAAM]"},
        {"/t", "case_ref", "Z-2026-0042", "Z-2026-0042"},
        {"/gemeente/klantinteracties", "source_ref",
         "https://openklant.example.nl/klantcontacten/0612345678",
         "https://openklant.example.nl/klantcontacten/0612345678"},
        {"/t", "source_ref", "https://openklant.example.nl/klantcontacten/0612345678",
         "https://openklant.example.nl/klantcontacten/[TELEFOON]"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char in[1024];
        int ref = !strcmp(cases[i].field, "source_ref");
        snprintf(in, sizeof(in),
                 "{\"specversion\":\"1.0\",\"id\":\"e-5\",\"source\":\"%s\",\"type\":"
                 "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\","
                 "\"data\":{\"channel\":\"balie\",\"kind\":\"question\",\"initiated\":"
                 "\"reactive\",\"text\":\"Wanneer komt de vuilnisman?\",\"%s\":\"%s\","
                 "\"received_at\":\"2026-01-01T10:00:00Z\",\"source_ref\":\"%s\"}}",
                 cases[i].source, ref ? "subject" : cases[i].field, ref ? "vraag" : cases[i].value,
                 ref ? cases[i].value : "web-5");
        ll_err err;
        cJSON *ev = received(in);
        assert_non_null(ev);
        assert_int_equal(ll_enrich_prepare(en, ev), 0);
        assert_int_equal(ll_enrich_finish(en, ev, NULL), 0);
        if (ll_event_validate_enriched(ev, &err) != 0)
            fail_msg("%s: %s: %s", cases[i].value, err.field, err.msg);
        const char *got = ll_json_str(ll_event_data(ev), cases[i].field);
        if (cases[i].want ? !got || strcmp(got, cases[i].want) != 0 : got != NULL)
            fail_msg("%s %s: got %s", cases[i].field, cases[i].value, got ? got : "(none)");
        cJSON_Delete(ev);
    }
}

/* masked counts by kind what was found in what people typed; a natural key masked (a mail's
 * Message-ID reads as an address) is counted apart, as source_ref (user check of 12-01,
 * REPORT-user2 D8: masked.email 1 for a mail whose text had no address). */
static void enrich_masked_counts_the_key_apart(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    static const struct {
        const char *text, *ref, *want; /* want NULL: no masked object */
    } cases[] = {
        {"Wanneer komt de vuilnisman?", "<CAB4x9@mail.gmail.com>", "{\"source_ref\":1}"},
        {"Mail mij op jan@example.nl", "<CAB4x9@mail.gmail.com>", "{\"email\":1,\"source_ref\":1}"},
        {"Mail mij op jan@example.nl", "mail-4711", "{\"email\":1}"},
        {"Wanneer komt de vuilnisman?", "mail-4711", NULL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char in[1024];
        snprintf(in, sizeof(in),
                 "{\"specversion\":\"1.0\",\"id\":\"e-6\",\"source\":\"/t\",\"type\":"
                 "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\","
                 "\"data\":{\"channel\":\"email\",\"kind\":\"question\",\"initiated\":"
                 "\"reactive\",\"text\":\"%s\",\"received_at\":\"2026-01-01T10:00:00Z\","
                 "\"source_ref\":\"%s\"}}",
                 cases[i].text, cases[i].ref);
        cJSON *ev = received(in);
        assert_non_null(ev);
        assert_int_equal(ll_enrich_prepare(en, ev), 0);
        assert_int_equal(ll_enrich_finish(en, ev, NULL), 0);
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "masked");
        char *got = m ? cJSON_PrintUnformatted(m) : NULL;
        if (cases[i].want ? !got || strcmp(got, cases[i].want) != 0 : got != NULL)
            fail_msg("%s / %s: masked %s, want %s", cases[i].text, cases[i].ref,
                     got ? got : "(none)", cases[i].want ? cases[i].want : "(none)");
        cJSON_free(got);
        cJSON_Delete(ev);
    }
}

/* Workers share the first enricher's lists and rules: on two threads at once
 * both give every event the bytes the first gives it alone. */
#define SHARE_ROUNDS 200
static const char *const share_texts[] = {
    "Ik ruik een sterke gaslucht in het trappenhuis! Bel 06-12345678.",
    "Mevrouw De Vries en mijn buurman Ahmed zetten afval in de Kerkstraat.",
    "Wat fijn dat de lantaarnpaal zo snel gemaakt is, dank aan Karin Bakker!",
    "Het stoplicht op de kruising doet het niet meer, kinderen steken over.",
};
#define N_SHARE (sizeof(share_texts) / sizeof(share_texts[0]))

typedef struct share_run {
    ll_enricher *en;
    char *want[N_SHARE];
    int bad;
} share_run;

static char *enrich_text(ll_enricher *en, const char *text) {
    char in[1024];
    snprintf(in, sizeof(in),
             "{\"specversion\":\"1.0\",\"id\":\"e-4\",\"source\":\"/t\",\"type\":"
             "\"nl.luisterloop.feedback.received\",\"time\":\"2026-01-01T10:00:00Z\","
             "\"data\":{\"channel\":\"web\",\"kind\":\"complaint\",\"initiated\":"
             "\"reactive\",\"text\":\"%s\",\"postcode\":\"3072AB\","
             "\"received_at\":\"2026-01-01T10:00:00Z\",\"source_ref\":\"web-4\"}}",
             text);
    ll_err err;
    cJSON *ev = ll_json_parse(in, strlen(in), LL_MAX_EVENT_BYTES, &err);
    char *s = NULL;
    if (ev && ll_event_validate_received(ev, &err) == 0 && ll_enrich_prepare(en, ev) == 0 &&
        ll_enrich_finish(en, ev, NULL) == 0)
        s = cJSON_PrintUnformatted(ev);
    cJSON_Delete(ev);
    return s;
}

/* A placeholder is where an identifier was, not a word the citizen wrote: "bel
 * [TELEFOON]" made a suicidal statement's theme "bereikbaarheid" on the demo
 * stack (the word telefoon is a term of that theme). */
static void enrich_placeholders_are_no_words(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    char *s = enrich_text(en, "Mijn BSN is 111222333, bel 06-12345678 of mail a@b.nl. "
                              "Ik wil niet meer leven.");
    assert_non_null(s);
    assert_non_null(strstr(s, "bel [TELEFOON] of mail [E-MAIL]"));
    if (strstr(s, "\"bereikbaarheid\"") || strstr(s, "\"TELEFOON\"") || strstr(s, "\"BSN\"") ||
        strstr(s, "\"E-MAIL\"") || strstr(s, "'telefoon'"))
        fail_msg("a placeholder was read as a word: %s", s);
    assert_non_null(strstr(s, "\"level\":\"critical\""));
    cJSON_free(s);
    /* A masked plate is no "kenteken", a term of parkeren; a masked date of birth no word. */
    s = enrich_text(en, "Mijn moeder, geboren op 12-03-1938, woont alleen. De auto XR-12-KL "
                        "lekt al weken olie op de stoep.");
    assert_non_null(s);
    assert_non_null(strstr(s, "geboren op [GEBOORTEDATUM], woont"));
    assert_non_null(strstr(s, "De auto [KENTEKEN] lekt"));
    if (strstr(s, "\"kenteken\"") || strstr(s, "\"geboortedatum\"") || strstr(s, "'kenteken'"))
        fail_msg("a placeholder was read as a word: %s", s);
    cJSON_free(s);
    /* The word itself, typed by the citizen, still counts. */
    s = enrich_text(en,
                    "De gemeente is telefonisch onbereikbaar, de telefoon wordt nooit opgenomen.");
    assert_non_null(s);
    assert_non_null(strstr(s, "\"theme\":\"bereikbaarheid\""));
    cJSON_free(s);
}

/* The quality benches read text through ll_enrich_text with a classifier of their own: it
 * must be what ll_enrich_prepare does to the text (masked, then classified), so that
 * bench_quality measures what ships: a name in a suicidal statement is "[NAAM]" there too. */
static void enrich_text_is_what_prepare_reads(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    static const char *const text =
        "Mijn buurman Ahmed zegt dat hij er een eind aan maakt, bel 06-12345678.";
    char *s = enrich_text(en, text);
    assert_non_null(s);
    cJSON *ev = cJSON_Parse(s), *want = ll_event_data(ev);
    cJSON_free(s);
    char e[512];
    ll_classifier *c = ll_classifier_new(LL_SOURCE_DIR "/config/taxonomy-gemeente.conf",
                                         LL_SOURCE_DIR "/config/sentiment-nl.tsv",
                                         LL_SOURCE_DIR "/config/urgency.conf", e, sizeof(e));
    if (!c)
        fail_msg("%s", e);
    cJSON *d = cJSON_CreateObject();
    cJSON_AddStringToObject(d, "text", text);
    cJSON_AddStringToObject(d, "channel", "web");
    cJSON_AddStringToObject(d, "kind", "complaint");
    assert_int_equal(ll_enrich_text(en, c, d), 0);
    assert_string_equal(ll_json_str(d, "text"),
                        "Mijn buurman [NAAM] zegt dat hij er een eind aan maakt, bel [TELEFOON].");
    static const char *const fields[] = {"text",      "masked",   "themes", "theme",
                                         "sentiment", "emotions", "urgency"};
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
        char *a = cJSON_PrintUnformatted(ll_json_get(want, fields[i]));
        char *b = cJSON_PrintUnformatted(ll_json_get(d, fields[i]));
        if (!a || !b || strcmp(a, b) != 0)
            fail_msg("%s: prepare %s, ll_enrich_text %s", fields[i], a ? a : "-", b ? b : "-");
        cJSON_free(a);
        cJSON_free(b);
    }
    assert_string_equal(ll_json_str(ll_json_get(d, "urgency"), "level"), "critical");
    cJSON_Delete(d);
    cJSON_Delete(ev);
    ll_classifier_free(c);
}

static void *share_thread(void *arg) {
    share_run *r = arg;
    for (int k = 0; k < SHARE_ROUNDS; k++)
        for (size_t i = 0; i < N_SHARE; i++) {
            char *s = enrich_text(r->en, share_texts[i]);
            r->bad += !s || strcmp(s, r->want[i]) != 0;
            cJSON_free(s);
        }
    return NULL;
}

static void enrich_workers_share_rules(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    char e[512];
    ll_enricher *w = ll_enricher_worker(en, e, sizeof(e));
    assert_non_null(w);
    share_run a = {.en = en}, b = {.en = w};
    for (size_t i = 0; i < N_SHARE; i++) {
        assert_non_null(a.want[i] = b.want[i] = enrich_text(en, share_texts[i]));
        assert_non_null(strstr(a.want[i], "\"theme\":"));
    }
    assert_non_null(strstr(a.want[1], "Mevrouw [NAAM]"));          /* the names lists */
    assert_non_null(strstr(a.want[0], "\"level\":\"critical\""));  /* the rules */
    assert_non_null(strstr(a.want[0], "\"wijk\":\"Feijenoord\"")); /* the areas */
    pthread_t ta, tb;
    assert_int_equal(pthread_create(&ta, NULL, share_thread, &a), 0);
    assert_int_equal(pthread_create(&tb, NULL, share_thread, &b), 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    assert_int_equal(a.bad, 0);
    assert_int_equal(b.bad, 0);
    ll_enricher_free(w); /* the first keeps its rules */
    char *s = enrich_text(en, share_texts[0]);
    assert_string_equal(s, a.want[0]);
    cJSON_free(s);
    for (size_t i = 0; i < N_SHARE; i++)
        cJSON_free(a.want[i]);
}

/* Every text of every evaluation set (tests/data/eval, 4,869 texts of every
 * shape the quality work collected: names, suicidal statements, long
 * letters, emoji) enriched as the processor does it, with and without a
 * postcode, a formal complaint's deadline and a thread: ll_event_serialise
 * writes what cJSON_PrintUnformatted writes of the same tree, byte for byte,
 * the result is a valid enriched event, and masking its text again finds no
 * BSN, IBAN, phone number or e-mail address left in clear. */
static void enriched_eval_sets_serialise_as_cjson(void **state) {
    ll_enricher *en = ((fixture *)*state)->en;
    static char buf[LL_MAX_SERIALISED_EVENT_BYTES];
    char *again = malloc(ll_mask_bound(LL_MAX_TEXT_BYTES));
    assert_non_null(again);
    DIR *dir = opendir(LL_SOURCE_DIR "/tests/data/eval");
    assert_non_null(dir);
    const struct dirent *de;
    long used = 0, k = 0;
    int files = 0;
    while ((de = readdir(dir))) {
        size_t nl = strlen(de->d_name);
        /* The frozen sets are read only for their figures (bench_quality, bench_names),
         * never by a test that could print one of their texts. */
        if (nl < 7 || strcmp(de->d_name + nl - 6, ".jsonl") != 0 || strstr(de->d_name, "frozen"))
            continue;
        char path[1024];
        snprintf(path, sizeof(path), "%s/tests/data/eval/%s", LL_SOURCE_DIR, de->d_name);
        FILE *f = fopen(path, "r");
        assert_non_null(f);
        files++;
        static char line[256 * 1024];
        while (fgets(line, sizeof(line), f)) {
            cJSON *in = cJSON_Parse(line);
            const char *text = in ? ll_json_str(in, "text") : NULL;
            if (!text || !*text) {
                cJSON_Delete(in);
                continue;
            }
            const char *ch = ll_json_str(in, "channel"), *kind = ll_json_str(in, "kind");
            k++;
            cJSON *ev = ll_event_new("e-1", "/t", LL_TYPE_RECEIVED, "2026-01-01T10:00:00Z");
            cJSON *d = ll_event_data(ev);
            cJSON_AddStringToObject(d, "channel", ch && ll_channel_valid(ch) ? ch : "web");
            cJSON_AddStringToObject(d, "kind", kind && ll_kind_valid(kind) ? kind : "complaint");
            cJSON_AddStringToObject(d, "initiated", "reactive");
            cJSON_AddStringToObject(d, "text", text);
            cJSON_AddStringToObject(d, "received_at", "2026-01-01T10:00:00Z");
            if (k % 3 == 0)
                cJSON_AddStringToObject(d, "postcode", k % 2 ? "3072AB" : "1012AB");
            if (k % 5 == 0)
                cJSON_AddTrueToObject(d, "formal");
            cJSON *cz = cJSON_AddObjectToObject(d, "citizen");
            cJSON_AddStringToObject(cz, "pseudonym", "ps_0123456789abcdef0123456789abcdef");
            cJSON_AddStringToObject(d, "source_ref", "eval-1");
            char *raw = cJSON_PrintUnformatted(ev);
            cJSON_Delete(ev);
            cJSON_Delete(in);
            ll_err err;
            ev = ll_event_parse_received(raw, strlen(raw), &err);
            if (!ev) { /* a text the adapters would refuse too */
                cJSON_free(raw);
                continue;
            }
            cJSON_free(raw);
            assert_int_equal(ll_enrich_prepare(en, ev), 0);
            ll_thread_info th = {.found = 1, .contacts = (int)(k % 4) + 1, .nchannels = 1};
            snprintf(th.id, sizeof(th.id), "t-%ld", k);
            snprintf(th.first_id, sizeof(th.first_id), k % 2 ? "e-1" : "e-0");
            snprintf(th.channels[0], sizeof(th.channels[0]), "phone");
            assert_int_equal(ll_enrich_finish(en, ev, k % 7 ? &th : NULL), 0);
            if (ll_event_validate_enriched(ev, &err) != 0)
                fail_msg("%s line %ld: %s: %s", de->d_name, k, err.field, err.msg);
            const char *t = ll_json_str(ll_event_data(ev), "text");
            ll_mask_counts mc;
            ll_mask_text(t, strlen(t), again, &mc);
            if (ll_mask_counts_total(&mc))
                fail_msg("%s line %ld: an identifier left in \"%s\"", de->d_name, k, t);
            char *want = cJSON_PrintUnformatted(ev);
            assert_non_null(want);
            size_t n = ll_event_serialise(ev, buf, sizeof(buf));
            if (n != strlen(want) || memcmp(buf, want, n) != 0)
                fail_msg("%s: %s\nserialised %.*s", de->d_name, want, (int)n, buf);
            cJSON_free(want);
            cJSON_Delete(ev);
            used++;
        }
        fclose(f);
    }
    closedir(dir);
    free(again);
    assert_true(files >= 30);
    print_message("%ld of %ld texts of %d sets enriched\n", used, k, files);
    /* A few texts are longer or stranger than the received contract allows. */
    if (used < k * 95 / 100)
        fail_msg("only %ld of %ld texts enriched", used, k);
}

/* A batch gathered while its lane commits slowly sends its open Redis calls once it is
 * LL_PROCESS_SEND_OPEN_MS old, then at most once per as long; a batch that closes sooner
 * keeps them open to fill, and each batch counts from its own first message. */
static void open_calls_go_out_as_a_slow_batch_ages(void **state) {
    (void)state;
    const long long T = LL_PROCESS_SEND_OPEN_MS * 1000LL, t0 = 5000000;
    long long sent = 0;
    assert_int_equal(ll_process_calls_due(t0, t0, &sent), 0);
    assert_int_equal(ll_process_calls_due(t0, t0 + T - 1, &sent), 0); /* a usual batch */
    assert_int_equal(sent, 0);
    assert_int_equal(ll_process_calls_due(t0, t0 + T + 300, &sent), 1); /* a stalled commit */
    assert_int_equal(sent, t0 + T + 300);
    /* what came since waits its own while, not one call per arrival */
    assert_int_equal(ll_process_calls_due(t0, t0 + T + 400, &sent), 0);
    assert_int_equal(ll_process_calls_due(t0, t0 + 2 * T + 299, &sent), 0);
    assert_int_equal(ll_process_calls_due(t0, t0 + 2 * T + 300, &sent), 1);
    /* the next batch: zeroed by its first message, counted from its own start */
    sent = 0;
    const long long t1 = t0 + 10 * T;
    assert_int_equal(ll_process_calls_due(t1, t1 + T / 2, &sent), 0);
    assert_int_equal(ll_process_calls_due(t1, t1 + T, &sent), 1);
}

/* A batch's steps cover it in order, none longer than LL_PROCESS_STEP; one gathered at once
 * ends in a step of LL_PROCESS_STEP_LAST to twice that, whose Redis calls are the last to go
 * out; what arrives a few at a time at a live rate stays one step. */
static void a_batch_ends_in_a_short_step(void **state) {
    (void)state;
    static const int sizes[] = {1,
                                40,
                                2 * LL_PROCESS_STEP_LAST,
                                2 * LL_PROCESS_STEP_LAST + 1,
                                LL_PROCESS_STEP,
                                LL_PROCESS_STEP + LL_PROCESS_STEP_LAST + 1,
                                1000,
                                4000};
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        int n = sizes[k], lo = 0, steps = 0, last = 0;
        while (lo < n) {
            int hi = ll_process_step_end(n, lo);
            assert_true(hi > lo && hi - lo <= LL_PROCESS_STEP);
            last = hi - lo;
            lo = hi;
            steps++;
        }
        assert_int_equal(lo, n);
        if (n > 2 * LL_PROCESS_STEP_LAST)
            assert_true(last >= LL_PROCESS_STEP_LAST && last <= 2 * LL_PROCESS_STEP_LAST);
        else
            assert_int_equal(steps, 1);
    }
    /* a backlog's batch: three whole steps, then the rest less the short one */
    assert_int_equal(ll_process_step_end(1000, 512), 768);
    assert_int_equal(ll_process_step_end(1000, 768), 1000 - LL_PROCESS_STEP_LAST);
    /* what a live batch gathered since its last step starts from there */
    assert_int_equal(ll_process_step_end(900, 880), 900);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_batch_ends_in_a_short_step),
        cmocka_unit_test(areas_from_the_shipped_table),
        cmocka_unit_test(thread_replies),
        cmocka_unit_test(thread_read_then_named),
        cmocka_unit_test(content_digest_tells_a_retry_from_another_input),
        cmocka_unit_test(reused_key_judged_by_content),
        cmocka_unit_test(reused_id_names_the_input),
        cmocka_unit_test(thread_keys_in_groups),
        cmocka_unit_test(thread_args_as_the_formats_wrote_them),
        cmocka_unit_test(open_calls_go_out_as_a_slow_batch_ages),
        cmocka_unit_test_setup_teardown(enrich_one_event, enricher_setup, enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_masks_names, enricher_setup, enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_reused_key_takes_its_own_id, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_masks_case_ref, enricher_setup, enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_masks_keys_and_location, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_masked_counts_the_key_apart, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_masks_documents_and_spoken_phones, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_masks_birth_dates_and_plates, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_placeholders_are_no_words, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_workers_share_rules, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enrich_text_is_what_prepare_reads, enricher_setup,
                                        enricher_teardown),
        cmocka_unit_test_setup_teardown(enriched_eval_sets_serialise_as_cjson, enricher_setup,
                                        enricher_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
