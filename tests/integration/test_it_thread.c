/* test_it_thread.c - the citizen's threads on the real Redis, through the processor's batch
 * calls (processors/dedup.c, thread.c) without Kafka: contacts in and out of time order, a
 * late contact joining the thread its received_at belongs to, threads that start over after a
 * window, and replays of the same inputs getting the same answers without counting again. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <hiredis/hiredis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "event.h"
#include "harness.h"
#include "keys.h"
#include "processors/dedup.h"
#include "processors/thread.h"
#include "text.h"

#define WINDOW_S (14 * 86400)
#define MAX_EV 16

/* One input: its Kafka position, the event and the answers it got. */
typedef struct input {
    rd_kafka_message_t m;
    cJSON *ev;
    const char *pseudonym;
    enum ll_dedup_verdict v;
    ll_thread_info th;
} input;

static input *in_new(input *in, int32_t partition, int64_t offset, const char *id,
                     const char *pseudonym, const char *theme, const char *channel,
                     const char *received_at) {
    memset(in, 0, sizeof(*in));
    in->m.partition = partition;
    in->m.offset = offset;
    char js[1024];
    snprintf(
        js, sizeof(js),
        "{\"id\":\"%s\",\"data\":{\"channel\":\"%s\",\"theme\":\"%s\",\"received_at\":\"%s\"}}", id,
        channel, theme, received_at);
    in->ev = cJSON_Parse(js);
    assert_non_null(in->ev);
    in->pseudonym = pseudonym;
    return in;
}

/* One batch through Redis: every input appended, one round trip, the answers read. */
static void batch(ll_dedup *d, input **ins, int n) {
    for (int i = 0; i < n; i++)
        ll_dedup_append(d, &ins[i]->m, ins[i]->ev, ins[i]->pseudonym);
    assert_int_equal(ll_dedup_replies_begin(d), 0);
    for (int i = 0; i < n; i++)
        ins[i]->v = ll_dedup_read(d, &ins[i]->m, ins[i]->ev, ins[i]->pseudonym, &ins[i]->th);
    assert_int_equal(ll_dedup_replies_end(d), 0);
}

static ll_dedup *dedup_new(const char *ns) {
    ll_dedup *d = ll_dedup_new(ll_t_redis(), ns, 3600, WINDOW_S);
    assert_non_null(d);
    assert_int_equal(ll_dedup_connect(d), 0);
    return d;
}

static void same_answer(const input *a, const ll_thread_info *b) {
    assert_int_equal(a->th.found, b->found);
    assert_string_equal(a->th.id, b->id);
    assert_string_equal(a->th.first_id, b->first_id);
    assert_int_equal(a->th.contacts, b->contacts);
    assert_int_equal(a->th.nchannels, b->nchannels);
    for (int i = 0; i < a->th.nchannels; i++)
        assert_string_equal(a->th.channels[i], b->channels[i]);
}

static void channels_are(const ll_thread_info *th, const char *want) {
    char got[256] = "";
    for (int i = 0; i < th->nchannels; i++)
        snprintf(got + strlen(got), sizeof(got) - strlen(got), "%s%s", i ? "," : "",
                 th->channels[i]);
    assert_string_equal(got, want);
}

static void late_contacts_join_and_replays_repeat(void **state) {
    (void)state;
    char ns[LL_MAX_KEY_NS_BYTES + 1], ns2[LL_MAX_KEY_NS_BYTES + 1];
    snprintf(ns, sizeof(ns), "test.thr%d:", (int)getpid());
    snprintf(ns2, sizeof(ns2), "test.thr%d.b:", (int)getpid());
    ll_dedup *d = dedup_new(ns);
    const char *ps = "ps_0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    input in[MAX_EV];
    /* Processed in this order; received_at says when the citizen reached us. */
    in_new(&in[0], 0, 10, "web-1123", ps, "afval", "web", "2026-11-23T09:00:00Z");
    in_new(&in[1], 0, 11, "mail-1122", ps, "afval", "email", "2026-11-22T08:00:00Z");
    in_new(&in[2], 0, 12, "desk-1110", ps, "afval", "balie", "2026-11-10T10:00:00Z");
    in_new(&in[3], 0, 13, "phone-1001", ps, "afval", "phone", "2026-10-01T12:00:00Z");
    in_new(&in[4], 0, 14, "web-1220", ps, "afval", "web", "2026-12-20T12:00:00Z");
    in_new(&in[5], 0, 15, "mail-1201", ps, "afval", "email", "2026-12-01T12:00:00Z");
    in_new(&in[6], 0, 16, "web-1124-parkeren", ps, "parkeren", "web", "2026-11-24T12:00:00Z");
    in_new(&in[7], 0, 17, "anon-1", NULL, "afval", "web", "2026-11-23T09:00:00Z");
    input *b1[] = {&in[0]};
    input *b2[] = {&in[1], &in[2], &in[3], &in[4], &in[5], &in[6], &in[7]};
    batch(d, b1, 1);
    batch(d, b2, 7);
    for (int i = 0; i < 8; i++)
        assert_int_equal(in[i].v, LL_DEDUP_FIRST);
    assert_int_equal(in[0].th.contacts, 1);
    assert_string_equal(in[0].th.first_id, "web-1123");
    /* A mail received the day before, read after: the same thread, second contact. */
    assert_string_equal(in[1].th.id, in[0].th.id);
    assert_int_equal(in[1].th.contacts, 2);
    assert_string_equal(in[1].th.first_id, "web-1123");
    channels_are(&in[1].th, "web,email");
    /* A desk visit typed in 13 days late: still within one window of the thread. */
    assert_string_equal(in[2].th.id, in[0].th.id);
    assert_int_equal(in[2].th.contacts, 3);
    channels_are(&in[2].th, "web,email,balie");
    /* Weeks before: a thread of its own. */
    assert_string_not_equal(in[3].th.id, in[0].th.id);
    assert_int_equal(in[3].th.contacts, 1);
    assert_string_equal(in[3].th.first_id, "phone-1001");
    /* Later than one window after the thread's first contact (11-10): a new thread. */
    assert_string_not_equal(in[4].th.id, in[0].th.id);
    assert_int_equal(in[4].th.contacts, 1);
    /* Between two threads and within a window of neither whole: its own. */
    assert_string_not_equal(in[5].th.id, in[0].th.id);
    assert_string_not_equal(in[5].th.id, in[4].th.id);
    assert_int_equal(in[5].th.contacts, 1);
    /* Another theme, another thread; no pseudonym, no thread. */
    assert_string_not_equal(in[6].th.id, in[0].th.id);
    assert_int_equal(in[6].th.contacts, 1);
    assert_false(in[7].th.found);

    /* Replays (a crash before the commit): the same inputs get the same answers, in any
     * batch shape, and count nothing twice. */
    ll_thread_info before[MAX_EV];
    for (int i = 0; i < 8; i++)
        before[i] = in[i].th;
    input *all[] = {&in[5], &in[4], &in[3], &in[2], &in[1], &in[0], &in[6], &in[7]};
    batch(d, all, 8);
    for (int i = 0; i < 8; i++) {
        assert_int_equal(in[i].v, LL_DEDUP_FIRST); /* its own mark: read again, not a repeat */
        same_answer(&in[i], &before[i]);
    }
    /* The same id from another input is a repeat. */
    input dup;
    in_new(&dup, 1, 99, "mail-1122", ps, "afval", "email", "2026-11-22T08:00:00Z");
    input *bd[] = {&dup};
    batch(d, bd, 1);
    assert_int_equal(dup.v, LL_DEDUP_REPEAT);
    /* The next contact counts on from where the first pass left the thread. */
    input next;
    in_new(&next, 0, 18, "web-1124", ps, "afval", "web", "2026-11-24T10:00:00Z");
    input *bn[] = {&next};
    batch(d, bn, 1);
    assert_string_equal(next.th.id, in[0].th.id);
    assert_int_equal(next.th.contacts, 4);
    channels_are(&next.th, "web,email,balie");

    /* The record: one string per (citizen, theme) in the citizen's group, with a TTL. */
    char host[128], key[LL_THREAD_KEY_BYTES];
    snprintf(host, sizeof(host), "%s", ll_t_redis());
    char *colon = strrchr(host, ':');
    assert_non_null(colon);
    *colon = '\0';
    redisContext *c = redisConnect(host, atoi(colon + 1));
    assert_true(c && !c->err);
    snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, ns, ll_key_shard(ps), ps, "afval");
    redisReply *r = redisCommand(c, "TYPE %s", key);
    assert_true(r && r->type == REDIS_REPLY_STATUS);
    assert_string_equal(r->str, "string");
    freeReplyObject(r);
    r = redisCommand(c, "PTTL %s", key);
    assert_true(r && r->type == REDIS_REPLY_INTEGER);
    assert_true(r->integer > 0 && r->integer <= (2LL * WINDOW_S + 86400) * 1000);
    freeReplyObject(r);

    /* A second pipeline from scratch (a rebuild) in the same order derives the same threads. */
    ll_dedup *d2 = dedup_new(ns2);
    batch(d2, b1, 1);
    batch(d2, b2, 7);
    for (int i = 0; i < 8; i++)
        same_answer(&in[i], &before[i]);

    /* Clean up this test's keys. */
    static const char *const themes[] = {"afval", "parkeren"};
    for (int n = 0; n < 2; n++)
        for (int i = 0; i < 2; i++) {
            snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, n ? ns2 : ns, ll_key_shard(ps), ps,
                     themes[i]);
            freeReplyObject(redisCommand(c, "DEL %s", key));
        }
    redisFree(c);
    ll_dedup_free(d);
    ll_dedup_free(d2);
    for (int i = 0; i < 8; i++)
        cJSON_Delete(in[i].ev);
    cJSON_Delete(dup.ev);
    cJSON_Delete(next.ev);
}

/* A chatty citizen: more contacts than the replay memo holds still count once each, and a
 * replay of the last ones repeats their answers. */
static void many_contacts_one_thread(void **state) {
    (void)state;
    char ns[LL_MAX_KEY_NS_BYTES + 1];
    snprintf(ns, sizeof(ns), "test.thrm%d:", (int)getpid());
    ll_dedup *d = dedup_new(ns);
    const char *ps = "ps_99887766554433221100ffeeddccbbaa";
    enum { N = 120 };
    static input in[N];
    input *b[N];
    char id[64], at[32];
    for (int i = 0; i < N; i++) {
        snprintf(id, sizeof(id), "chatty-%02d", i);
        snprintf(at, sizeof(at), "2026-11-%02dT%02d:%02d:00Z", 1 + i / 24, i % 24, i % 60);
        in_new(&in[i], 2, 100 + i, id, ps, "overlast", i % 3 ? "web" : "phone", at);
        b[i] = &in[i];
    }
    batch(d, b, N);
    for (int i = 0; i < N; i++) {
        assert_int_equal(in[i].th.contacts, i + 1);
        assert_string_equal(in[i].th.first_id, "chatty-00");
    }
    ll_thread_info last = in[N - 1].th;
    batch(d, b + N - 10, 10);
    same_answer(&in[N - 1], &last);
    char key[LL_THREAD_KEY_BYTES];
    snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, ns, ll_key_shard(ps), ps, "overlast");
    char host[128];
    snprintf(host, sizeof(host), "%s", ll_t_redis());
    *strrchr(host, ':') = '\0';
    redisContext *c = redisConnect(host, atoi(strrchr(ll_t_redis(), ':') + 1));
    assert_true(c && !c->err);
    redisReply *r = redisCommand(c, "STRLEN %s", key);
    assert_true(r && r->type == REDIS_REPLY_INTEGER);
    assert_true(r->integer < 4096); /* the record stays small however chatty */
    freeReplyObject(r);
    freeReplyObject(redisCommand(c, "DEL %s", key));
    redisFree(c);
    ll_dedup_free(d);
    for (int i = 0; i < N; i++)
        cJSON_Delete(in[i].ev);
}

/* Times of every length the thread script reads (1 to 14 digits of milliseconds), at the
 * window's edge: a contact exactly one window (14 days) after a thread's first joins it, one
 * a millisecond later starts its own. So a time read a millisecond off changes a thread (a
 * parse of a record's times faster than tonumber was tried and must pass this). */
static void times_of_every_length_thread_alike(void **state) {
    (void)state;
    char ns[LL_MAX_KEY_NS_BYTES + 1];
    snprintf(ns, sizeof(ns), "test.thrt%d:", (int)getpid());
    ll_dedup *d = dedup_new(ns);
    /* A first contact (5 ms: 1 digit; 12; 13 digits), one exactly a window later (10, 13, 14
     * digits) and one a millisecond more, each row in a theme of its own. */
    static const char *const at[3][3] = {
        {"1970-01-01T00:00:00.005Z", "1970-01-15T00:00:00.005Z", "1970-01-15T00:00:00.006Z"},
        {"2001-09-01T00:00:00.000Z", "2001-09-15T00:00:00.000Z", "2001-09-15T00:00:00.001Z"},
        {"2286-11-10T00:00:00.250Z", "2286-11-24T00:00:00.250Z", "2286-11-24T00:00:00.251Z"}};
    static const char *const theme[3] = {"zorg", "wonen", "inkomen"};
    const char *ps = "ps_0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    input in[9];
    input *b[3];
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < 3; i++) {
            char id[32];
            snprintf(id, sizeof(id), "edge-%d-%d", k, i);
            in_new(&in[3 * k + i], 1, 3 * k + i, id, ps, theme[k], "web", at[k][i]);
            b[i] = &in[3 * k + i];
        }
        /* The first alone, so the script reads its time from the record. */
        batch(d, b, 1);
        batch(d, b + 1, 2);
        assert_int_equal(in[3 * k + 1].th.contacts, 2);
        assert_string_equal(in[3 * k + 1].th.id, in[3 * k].th.id);
        assert_int_equal(in[3 * k + 2].th.contacts, 1);
        assert_string_not_equal(in[3 * k + 2].th.id, in[3 * k].th.id);
    }
    ll_dedup_free(d);
    for (int i = 0; i < 9; i++)
        cJSON_Delete(in[i].ev);
}

/* A citizen's event is de-duplicated by its thread record's memo (the line names the input
 * that carried it), an anonymous one by its own mark: a repeat from another input is dropped
 * in the same call, in a later batch and after its thread was dropped, changes nothing, and
 * the first input read again still gets its answer. */
static void the_record_marks_its_events(void **state) {
    (void)state;
    char ns[LL_MAX_KEY_NS_BYTES + 1];
    snprintf(ns, sizeof(ns), "test.thrd%d:", (int)getpid());
    ll_dedup *d = dedup_new(ns);
    const char *ps = "ps_5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";
    input in[8];
    /* One batch: a contact, its repeat from another input (one call, one record), a second
     * contact, an anonymous event and its repeat. */
    in_new(&in[0], 0, 1, "d-1", ps, "afval", "web", "2026-10-01T10:00:00Z");
    in_new(&in[1], 3, 7, "d-1", ps, "afval", "email", "2026-10-01T11:00:00Z");
    in_new(&in[2], 0, 2, "d-2", ps, "afval", "phone", "2026-10-02T10:00:00Z");
    in_new(&in[3], 0, 3, "d-anon", NULL, "afval", "web", "2026-10-02T10:00:00Z");
    in_new(&in[4], 1, 3, "d-anon", NULL, "afval", "web", "2026-10-02T10:00:00Z");
    input *b1[] = {&in[0], &in[1], &in[2], &in[3], &in[4]};
    batch(d, b1, 5);
    assert_int_equal(in[0].v, LL_DEDUP_FIRST);
    assert_int_equal(in[1].v, LL_DEDUP_REPEAT);
    assert_int_equal(in[2].v, LL_DEDUP_FIRST);
    assert_int_equal(in[2].th.contacts, 2); /* the repeat counted nothing */
    channels_are(&in[2].th, "web,phone");
    assert_int_equal(in[3].v, LL_DEDUP_FIRST);
    assert_int_equal(in[4].v, LL_DEDUP_REPEAT);
    ll_thread_info first = in[0].th, second = in[2].th;
    /* Read again: the first inputs get their answers, the repeats stay repeats. */
    input *again[] = {&in[4], &in[2], &in[1], &in[0], &in[3]};
    batch(d, again, 5);
    assert_int_equal(in[0].v, LL_DEDUP_FIRST);
    same_answer(&in[0], &first);
    assert_int_equal(in[1].v, LL_DEDUP_REPEAT);
    assert_int_equal(in[2].v, LL_DEDUP_FIRST);
    same_answer(&in[2], &second);
    assert_int_equal(in[3].v, LL_DEDUP_FIRST);
    assert_int_equal(in[4].v, LL_DEDUP_REPEAT);
    /* Months later the thread of d-1 is dropped (its last contact more than two windows
     * before the newest); its id from yet another input is still a repeat. */
    in_new(&in[5], 0, 9, "d-3", ps, "afval", "web", "2027-01-20T10:00:00Z");
    in_new(&in[6], 5, 5, "d-1", ps, "afval", "web", "2026-10-01T10:00:00Z");
    input *b2[] = {&in[5]};
    batch(d, b2, 1);
    assert_int_equal(in[5].th.contacts, 1);
    input *b3[] = {&in[6]};
    batch(d, b3, 1);
    assert_int_equal(in[6].v, LL_DEDUP_REPEAT);
    /* A citizen's events leave no mark of their own; an anonymous one does. */
    char host[128], key[LL_THREAD_KEY_BYTES];
    snprintf(host, sizeof(host), "%s", ll_t_redis());
    *strrchr(host, ':') = '\0';
    redisContext *c = redisConnect(host, atoi(strrchr(ll_t_redis(), ':') + 1));
    assert_true(c && !c->err);
    static const char *const ids[] = {"d-1", "d-anon"};
    for (int i = 0; i < 2; i++) {
        snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ns, ll_key_shard(ids[i]), ids[i]);
        redisReply *r = redisCommand(c, "EXISTS %s", key);
        assert_true(r && r->type == REDIS_REPLY_INTEGER);
        assert_int_equal(r->integer, i);
        freeReplyObject(r);
        freeReplyObject(redisCommand(c, "DEL %s", key));
    }
    snprintf(key, sizeof(key), LL_KEY_THREAD_FMT, ns, ll_key_shard(ps), ps, "afval");
    freeReplyObject(redisCommand(c, "DEL %s", key));
    redisFree(c);
    ll_dedup_free(d);
    for (int i = 0; i < 7; i++)
        cJSON_Delete(in[i].ev);
}

/* in's event says text (what the adapter was told). */
static void in_text(input *in, const char *text) {
    assert_non_null(cJSON_AddStringToObject(ll_event_data(in->ev), "text", text));
}

/* A natural key reused with another content (user check of 12-01: a knife threat posted
 * under the Idempotency-Key of a full container was dropped as its retry): each content is
 * kept once, the first under the id, every later one under an id of its own (the id '~' its
 * input), and a retry of any of them is a repeat: after it in another batch and beside it in
 * the same one, for an anonymous event (its mark) and a citizen's (its record's memo). Read
 * again, each input gets the answer it got. */
static void a_reused_key_keeps_each_content_once(void **state) {
    (void)state;
    char ns[LL_MAX_KEY_NS_BYTES + 1], want[LL_MAX_ID_BYTES + 1];
    snprintf(ns, sizeof(ns), "test.reuse%d:", (int)getpid());
    ll_dedup *d = dedup_new(ns);
    const char *ps = "ps_6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b";
    static const char *const text[] = {"container vol in Kerkstraat",
                                       "container vol in Kerkstraat",
                                       "mijn buurman bedreigt me met een mes",
                                       "mijn buurman bedreigt me met een mes",
                                       "derde tekst",
                                       "derde tekst"};
    for (int c = 0; c < 2; c++) {
        const char *p = c ? ps : NULL, *id = c ? "key-citizen" : "key-anon";
        input in[6];
        for (int i = 0; i < 6; i++) {
            in_new(&in[i], 2, 10 + i, id, p, "overlast", "web", "2026-11-23T09:00:00Z");
            in_text(&in[i], text[i]);
        }
        input *b1[] = {&in[0]}, *b2[] = {&in[1], &in[2]}, *b3[] = {&in[3]},
              *b4[] = {&in[4], &in[5]};
        batch(d, b1, 1);
        batch(d, b2, 2);
        batch(d, b3, 1);
        batch(d, b4, 2);
        assert_int_equal(in[0].v, LL_DEDUP_FIRST);
        assert_string_equal(in[0].th.reused_id, "");
        assert_int_equal(in[1].v, LL_DEDUP_REPEAT);
        assert_int_equal(in[2].v, LL_DEDUP_REUSED);
        snprintf(want, sizeof(want), "%s~2:12", id);
        assert_string_equal(in[2].th.reused_id, want);
        assert_int_equal(in[3].v, LL_DEDUP_REPEAT);
        assert_int_equal(in[4].v, LL_DEDUP_REUSED);
        snprintf(want, sizeof(want), "%s~2:14", id);
        assert_string_equal(in[4].th.reused_id, want);
        assert_int_equal(in[5].v, LL_DEDUP_REPEAT);
        if (c) {
            /* The citizen's second text joins the thread of the first, under its own id. */
            assert_true(in[2].th.found);
            assert_int_equal(in[2].th.contacts, 2);
            assert_string_equal(in[2].th.first_id, id);
            assert_int_equal(in[4].th.contacts, 3);
        }
        ll_thread_info second = in[2].th;
        input *again[] = {&in[5], &in[4], &in[3], &in[2], &in[1], &in[0]};
        batch(d, again, 6);
        assert_int_equal(in[0].v, LL_DEDUP_FIRST);
        assert_int_equal(in[1].v, LL_DEDUP_REPEAT);
        assert_int_equal(in[2].v, LL_DEDUP_REUSED);
        assert_string_equal(in[2].th.reused_id, second.reused_id);
        same_answer(&in[2], &second);
        assert_int_equal(in[3].v, LL_DEDUP_REPEAT);
        assert_int_equal(in[4].v, LL_DEDUP_REUSED);
        assert_int_equal(in[5].v, LL_DEDUP_REPEAT);
        for (int i = 0; i < 6; i++)
            cJSON_Delete(in[i].ev);
    }
    /* An anonymous mark that expires between its SET NX GET and the APPEND of a new
     * content is made again by the APPEND: with the mark's TTL, never without one. */
    input x[2];
    in_new(&x[0], 1, 1, "key-expiring", NULL, "overlast", "web", "2026-11-23T09:00:00Z");
    in_text(&x[0], "eerste tekst");
    in_new(&x[1], 1, 2, "key-expiring", NULL, "overlast", "web", "2026-11-23T09:00:00Z");
    in_text(&x[1], "tweede tekst");
    input *bx[] = {&x[0]};
    batch(d, bx, 1);
    ll_dedup_append(d, &x[1].m, x[1].ev, NULL);
    assert_int_equal(ll_dedup_replies_begin(d), 0);
    assert_int_equal(ll_dedup_read(d, &x[1].m, x[1].ev, NULL, &x[1].th), LL_DEDUP_REUSED);
    char host[128], key[LL_THREAD_KEY_BYTES];
    snprintf(host, sizeof(host), "%s", ll_t_redis());
    *strrchr(host, ':') = '\0';
    redisContext *c = redisConnect(host, atoi(strrchr(ll_t_redis(), ':') + 1));
    assert_true(c && !c->err);
    snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ns, ll_key_shard("key-expiring"), "key-expiring");
    freeReplyObject(redisCommand(c, "DEL %s", key));
    assert_int_equal(ll_dedup_replies_end(d), 0);
    redisReply *r = redisCommand(c, "TTL %s", key);
    assert_true(r && r->type == REDIS_REPLY_INTEGER);
    assert_true(r->integer > 0 && r->integer <= 3600);
    freeReplyObject(r);
    redisFree(c);
    for (int i = 0; i < 2; i++)
        cJSON_Delete(x[i].ev);
    ll_dedup_free(d);
}

/* The processor finishes a batch in the steps its calls went out in, each while Redis still
 * runs the later ones: the first step's answer is read while the next step's command waits in
 * Redis (a pause of writes), where ll_dedup_replies_begin used to read every answer of the
 * batch first. A connection lost before the second answer gives the batch up; read again on a
 * new connection, both inputs are first (the first one's own mark). */
static void a_step_is_answered_before_the_next_is_run(void **state) {
    (void)state;
    char ns[LL_MAX_KEY_NS_BYTES + 1], host[128], key[LL_THREAD_KEY_BYTES];
    snprintf(ns, sizeof(ns), "test.thrs%d:", (int)getpid());
    ll_dedup *d = dedup_new(ns);
    input in[2];
    in_new(&in[0], 0, 1, "s-1", NULL, "afval", "web", "2026-10-01T10:00:00Z");
    in_new(&in[1], 0, 2, "s-2", NULL, "afval", "web", "2026-10-01T10:00:01Z");
    snprintf(host, sizeof(host), "%s", ll_t_redis());
    *strrchr(host, ':') = '\0';
    redisContext *c = redisConnect(host, atoi(strrchr(ll_t_redis(), ':') + 1));
    assert_true(c && !c->err);
    ll_dedup_append(d, &in[0].m, in[0].ev, NULL);
    ll_dedup_flush(d, 1);
    /* Redis has answered the first step once its mark is there. */
    snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ns, ll_key_shard("s-1"), "s-1");
    long long exists = 0;
    for (int tries = 0; tries < 5000 && !exists; tries++) {
        redisReply *r = redisCommand(c, "EXISTS %s", key);
        assert_true(r && r->type == REDIS_REPLY_INTEGER);
        exists = r->integer;
        freeReplyObject(r);
        if (!exists)
            usleep(1000);
    }
    assert_int_equal(exists, 1);
    redisReply *r = redisCommand(c, "CLIENT PAUSE 1500 WRITE");
    assert_true(r && r->type == REDIS_REPLY_STATUS);
    freeReplyObject(r);
    ll_dedup_append(d, &in[1].m, in[1].ev, NULL);
    long long t0 = ll_mono_us();
    assert_int_equal(ll_dedup_replies_begin(d), 0);
    /* Asked without waiting: the second step's answer is not there while Redis
     * holds its write, at once; the first step's comes. */
    long long ask0 = ll_mono_us();
    assert_int_equal(ll_dedup_answered(d, 2), 0);
    assert_true(ll_mono_us() - ask0 < 500000);
    int answered = 0;
    for (int tries = 0; tries < 5000 && !(answered = ll_dedup_answered(d, 1)); tries++)
        usleep(1000);
    assert_int_equal(answered, 1);
    assert_int_equal(ll_dedup_answered(d, 2), 0);
    in[0].v = ll_dedup_read(d, &in[0].m, in[0].ev, NULL, &in[0].th);
    long long took_us = ll_mono_us() - t0;
    assert_int_equal(in[0].v, LL_DEDUP_FIRST);
    assert_true(took_us < 1000000);
    /* The pipeline's connection (the client whose last command was the first step's SET)
     * lost while the second waits. */
    r = redisCommand(c, "CLIENT LIST TYPE normal");
    assert_true(r && r->type == REDIS_REPLY_STRING);
    const char *line = strstr(r->str, " cmd=set ");
    assert_non_null(line);
    while (line > r->str && line[-1] != '\n')
        line--;
    long long client_id = -1;
    assert_int_equal(sscanf(line, "id=%lld", &client_id), 1);
    freeReplyObject(r);
    r = redisCommand(c, "CLIENT KILL ID %lld", client_id);
    assert_true(r && r->type == REDIS_REPLY_INTEGER && r->integer == 1);
    freeReplyObject(r);
    freeReplyObject(redisCommand(c, "CLIENT UNPAUSE"));
    assert_int_equal(ll_dedup_read(d, &in[1].m, in[1].ev, NULL, &in[1].th), LL_DEDUP_BROKEN);
    ll_dedup_discard(d);
    assert_true(ll_dedup_stale(d));
    assert_int_equal(ll_dedup_connect(d), 0);
    input *again[] = {&in[0], &in[1]};
    batch(d, again, 2);
    assert_int_equal(in[0].v, LL_DEDUP_FIRST);
    assert_int_equal(in[1].v, LL_DEDUP_FIRST);
    for (int i = 0; i < 2; i++) {
        const char *id = i ? "s-2" : "s-1";
        snprintf(key, sizeof(key), LL_KEY_SEEN_FMT, ns, ll_key_shard(id), id);
        freeReplyObject(redisCommand(c, "DEL %s", key));
        cJSON_Delete(in[i].ev);
    }
    redisFree(c);
    ll_dedup_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_record_marks_its_events),
        cmocka_unit_test(a_reused_key_keeps_each_content_once),
        cmocka_unit_test(late_contacts_join_and_replays_repeat),
        cmocka_unit_test(many_contacts_one_thread),
        cmocka_unit_test(times_of_every_length_thread_alike),
        cmocka_unit_test(a_step_is_answered_before_the_next_is_run),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
