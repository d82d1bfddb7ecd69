/* test_it_email.c - the email role on the real Kafka: Maildir, --stdin exits, dead letters. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

static struct {
    char tag[96], dir[256], cfg[300], badcfg[300], maildir[300];
    char raw[160], dlq[160];
} S;

#define CORPUS LL_SOURCE_DIR "/tests/data/mail/"

/* The test config plus an [email] section; brokers replaced when given. */
static void config_write(const char *path, const char *brokers, int delivery_ms) {
    ll_t_config_write(path, S.tag, ll_t_free_port(), ll_t_free_port(), ll_t_free_port());
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    static char buf[65536];
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    f = fopen(path, "w");
    assert_non_null(f);
    for (char *line = buf, *nl; *line; line = nl + 1) {
        nl = strchr(line, '\n');
        if (!nl)
            nl = line + strlen(line) - 1;
        if (brokers && strncmp(line, "brokers = ", 10) == 0)
            fprintf(f, "brokers = %s\n", brokers);
        else
            fprintf(f, "%.*s\n", (int)(nl - line), line);
    }
    fprintf(f, "[email]\npoll_ms = 100\ndelivery_timeout_ms = %d\n", delivery_ms);
    fclose(f);
}

static int setup(void **state) {
    (void)state;
    ll_t_unique(S.tag, sizeof(S.tag), "email");
    snprintf(S.dir, sizeof(S.dir), "/tmp/ll-it-%s", S.tag);
    if (mkdir(S.dir, 0700) != 0)
        return -1;
    snprintf(S.cfg, sizeof(S.cfg), "%s/test.conf", S.dir);
    snprintf(S.badcfg, sizeof(S.badcfg), "%s/nokafka.conf", S.dir);
    snprintf(S.maildir, sizeof(S.maildir), "%s/Maildir", S.dir);
    snprintf(S.raw, sizeof(S.raw), "raw.%s", S.tag);
    snprintf(S.dlq, sizeof(S.dlq), "dlq.%s", S.tag);
    config_write(S.cfg, NULL, 10000);
    /* A port nobody listens on: Kafka is "down" for this config. */
    char closed[64];
    snprintf(closed, sizeof(closed), "127.0.0.1:%d", ll_t_free_port());
    config_write(S.badcfg, closed, 1500);
    ll_t_topics_create(S.cfg);
    return 0;
}

/* Copies a corpus file into DIR/new/NAME the way an MTA delivers: tmp/ then rename. */
static void deliver(const char *maildir, const char *corpus, const char *name) {
    char src[512], tmp[600], dst[600];
    const char *subs[] = {"tmp", "new", "cur"};
    for (int i = 0; i < 3; i++) {
        snprintf(tmp, sizeof(tmp), "%s/%s", maildir, subs[i]);
        ll_t_mkdirs(tmp);
    }
    snprintf(src, sizeof(src), CORPUS "%s", corpus);
    snprintf(tmp, sizeof(tmp), "%s/tmp/%s", maildir, name);
    snprintf(dst, sizeof(dst), "%s/new/%s", maildir, name);
    ll_t_file_copy(src, tmp);
    assert_int_equal(rename(tmp, dst), 0);
}

static int exists(const char *maildir, const char *sub, const char *name) {
    char p[700];
    struct stat st;
    int n = snprintf(p, sizeof(p), "%s/%s/%s", maildir, sub, name);
    assert_true(n > 0 && (size_t)n < sizeof(p));
    return stat(p, &st) == 0;
}

static int wait_in_cur(const char *maildir, const char *name, int timeout_ms) {
    char cur[300];
    snprintf(cur, sizeof(cur), "%s:2,", name);
    long long end = ll_t_now_ms() + timeout_ms;
    while (ll_t_now_ms() < end) {
        if (exists(maildir, "cur", cur) && !exists(maildir, "new", name))
            return 1;
        ll_t_sleep_ms(50);
    }
    return 0;
}

typedef struct seen {
    char ref[300]; /* data.source_ref to look for */
    int hits;
    char ids[4][64]; /* ids of the first hits */
    char last[16384];
    char key[64];
    char keys[4][64]; /* the distinct message keys (pseudonyms) of the hits */
    int nkeys;
} seen;

static void by_ref(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    seen *s = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const cJSON *d = j ? cJSON_GetObjectItemCaseSensitive(j, "data") : NULL;
    /* "subject:TEXT" looks for a subject instead (mail without a Message-ID). */
    int by_subject = strncmp(s->ref, "subject:", 8) == 0;
    const cJSON *ref =
        d ? cJSON_GetObjectItemCaseSensitive(d, by_subject ? "subject" : "source_ref") : NULL;
    if (cJSON_IsString(ref) && strcmp(ref->valuestring, s->ref + (by_subject ? 8 : 0)) == 0) {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(j, "id");
        if (s->hits < 4 && cJSON_IsString(id))
            snprintf(s->ids[s->hits], sizeof(s->ids[0]), "%s", id->valuestring);
        s->hits++;
        snprintf(s->last, sizeof(s->last), "%.*s", (int)len, val);
        snprintf(s->key, sizeof(s->key), "%.*s", (int)(keylen < 63 ? keylen : 63), key ? key : "");
        int known = 0;
        for (int i = 0; i < s->nkeys && !known; i++)
            known = !strcmp(s->keys[i], s->key);
        if (!known && s->nkeys < 4)
            snprintf(s->keys[s->nkeys++], sizeof(s->keys[0]), "%s", s->key);
    }
    cJSON_Delete(j);
}

static seen find(const char *topic, const char *ref) {
    seen s;
    memset(&s, 0, sizeof(s));
    snprintf(s.ref, sizeof(s.ref), "%s", ref);
    ll_t_consume_all(topic, 0, 300, by_ref, &s);
    return s;
}

/* Dead letters of this stage whose reason contains needle. */
typedef struct dead {
    const char *needle;
    int hits;
    int has_sealed, has_clear;
} dead;

static void dlq_match(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    dead *d = arg;
    cJSON *j = cJSON_ParseWithLength(val, len);
    const cJSON *data = j ? cJSON_GetObjectItemCaseSensitive(j, "data") : NULL;
    const cJSON *stage = data ? cJSON_GetObjectItemCaseSensitive(data, "stage") : NULL;
    const cJSON *reason = data ? cJSON_GetObjectItemCaseSensitive(data, "reason") : NULL;
    if (cJSON_IsString(stage) && strcmp(stage->valuestring, "email") == 0 &&
        cJSON_IsString(reason) && strstr(reason->valuestring, d->needle)) {
        d->hits++;
        d->has_sealed |= cJSON_IsString(cJSON_GetObjectItemCaseSensitive(data, "original_sealed"));
        d->has_clear |= cJSON_GetObjectItemCaseSensitive(data, "original") ||
                        cJSON_GetObjectItemCaseSensitive(data, "original_base64");
    }
    cJSON_Delete(j);
}

static void maildir_new_to_cur_once_acknowledged(void **state) {
    (void)state;
    char log[400];
    snprintf(log, sizeof(log), "%s/email-maildir.log", S.dir);
    pid_t pid = ll_t_spawn("email", S.cfg, log, "--maildir", S.maildir);
    const char *ref = "5b1e7c2a-9f3d-4e8a-b1c2-7d6e5f4a3b2c@daan.example";

    deliver(S.maildir, "alternative.eml", "1697025731.M1P100.mx1");
    assert_true(wait_in_cur(S.maildir, "1697025731.M1P100.mx1", 30000));
    seen s = find(S.raw, ref);
    assert_int_equal(s.hits, 1); /* exactly one record for one delivery */
    assert_int_equal(strlen(s.ids[0]), 36);
    assert_non_null(strstr(s.last, "\"channel\":\"email\""));
    assert_non_null(strstr(s.last, "\"kind\":\"question\""));
    assert_non_null(strstr(s.last, "\"type\":\"nl.luisterloop.feedback.received\""));
    assert_int_equal(strncmp(s.key, "ps_", 3), 0); /* keyed by the pseudonym */
    /* Written in 2023 (Date:), received now: the Awb term runs from now. */
    assert_non_null(strstr(s.last, "\"sent_at\":\"2023-10-11T12:02:11Z\""));
    assert_null(strstr(s.last, "\"received_at\":\"2023-"));

    /* The MTA delivers the same mail again (a retry after a lost 250): the
     * same id, so the processor keeps one event. */
    deliver(S.maildir, "alternative.eml", "1697025790.M2P100.mx1");
    assert_true(wait_in_cur(S.maildir, "1697025790.M2P100.mx1", 30000));
    s = find(S.raw, ref);
    assert_int_equal(s.hits, 2);
    assert_string_equal(s.ids[0], s.ids[1]);

    /* Unusable mail is handled too: dead letter, then cur/. */
    deliver(S.maildir, "garbage.eml", "1697025800.M3P100.mx1");
    deliver(S.maildir, "no_text.eml", "1697025801.M4P100.mx1");
    assert_true(wait_in_cur(S.maildir, "1697025800.M3P100.mx1", 30000));
    assert_true(wait_in_cur(S.maildir, "1697025801.M4P100.mx1", 30000));
    dead d = {.needle = "no header block"};
    ll_t_consume_all(S.dlq, 0, 300, dlq_match, &d);
    assert_int_equal(d.hits, 1);
    assert_true(d.has_sealed); /* the original, sealed to the operator key */
    assert_false(d.has_clear);
    dead d2 = {.needle = "no text in the message"};
    ll_t_consume_all(S.dlq, 0, 300, dlq_match, &d2);
    assert_int_equal(d2.hits, 1);
    /* Nothing of the garbage reached the raw topic. */
    assert_int_equal(find(S.raw, "scan-0001@example.net").hits, 0);

    assert_int_equal(ll_t_stop(pid, SIGTERM, 15000), 0);
}

static void maildir_waits_in_new_while_kafka_is_down(void **state) {
    (void)state;
    char log[400], md[400];
    snprintf(log, sizeof(log), "%s/email-down.log", S.dir);
    snprintf(md, sizeof(md), "%s/Maildir-down", S.dir);
    deliver(md, "latin1.eml", "1697234110.M1P200.mx1");
    pid_t pid = ll_t_spawn("email", S.badcfg, log, "--maildir", md);
    ll_t_sleep_ms(4000); /* more than two delivery timeouts */
    assert_true(exists(md, "new", "1697234110.M1P200.mx1"));
    assert_false(exists(md, "cur", "1697234110.M1P200.mx1:2,"));
    /* Still running, and stops cleanly on SIGTERM. */
    assert_int_equal(kill(pid, 0), 0);
    assert_int_equal(ll_t_stop(pid, SIGTERM, 15000), 0);
    /* With Kafka back, the same message goes through. */
    pid = ll_t_spawn("email", S.cfg, log, "--maildir", md);
    assert_true(wait_in_cur(md, "1697234110.M1P200.mx1", 30000));
    assert_int_equal(ll_t_stop(pid, SIGTERM, 15000), 0);
    assert_int_equal(find(S.raw, "20231013215510.GA4711@provider.example").hits, 1);
}

static void stdin_good_mail_exit_0(void **state) {
    (void)state;
    char log[400];
    snprintf(log, sizeof(log), "%s/email-stdin.log", S.dir);
    assert_int_equal(
        ll_t_run_stdin("email", S.cfg, log, "--stdin", NULL, CORPUS "utf8_base64.eml", 30000), 0);
    seen s = find(S.raw, "b64-utf8-0001@example.org");
    assert_int_equal(s.hits, 1);
    assert_non_null(strstr(s.last, "\"kind\":\"compliment\""));
    /* No Message-ID: the hash of the bytes is the key, stable across runs. */
    assert_int_equal(
        ll_t_run_stdin("email", S.cfg, log, "--stdin", NULL, CORPUS "no_message_id.eml", 30000), 0);
    assert_int_equal(
        ll_t_run_stdin("email", S.cfg, log, "--stdin", NULL, CORPUS "no_message_id.eml", 30000), 0);
    seen h = find(S.raw, "subject:Hondenpoep in het park");
    assert_int_equal(h.hits, 2);
    assert_string_equal(h.ids[0], h.ids[1]);
}

static void stdin_garbage_exit_65_and_dead_letter(void **state) {
    (void)state;
    char log[400];
    snprintf(log, sizeof(log), "%s/email-stdin.log", S.dir);
    dead before = {.needle = "no header block"};
    ll_t_consume_all(S.dlq, 0, 300, dlq_match, &before);
    assert_int_equal(
        ll_t_run_stdin("email", S.cfg, log, "--stdin", NULL, CORPUS "garbage.eml", 30000), 65);
    dead after = {.needle = "no header block"};
    ll_t_consume_all(S.dlq, 0, 300, dlq_match, &after);
    assert_int_equal(after.hits, before.hits + 1);
    assert_true(after.has_sealed);
    assert_false(after.has_clear);
}

static void stdin_kafka_down_exit_75(void **state) {
    (void)state;
    char log[400];
    snprintf(log, sizeof(log), "%s/email-down.log", S.dir);
    long long t0 = ll_t_now_ms();
    assert_int_equal(
        ll_t_run_stdin("email", S.badcfg, log, "--stdin", NULL, CORPUS "alternative.eml", 30000),
        75);
    assert_true(ll_t_now_ms() - t0 < 20000);
    /* Unusable mail, and not even the dead letter queue answers: try later. */
    assert_int_equal(
        ll_t_run_stdin("email", S.badcfg, log, "--stdin", NULL, CORPUS "garbage.eml", 30000), 75);
}

/* `luisterloop email --stdin` by hand next to a local install (issue 17): no
 * $LUISTERLOOP_PSEUDONYM_KEY, but $LUISTERLOOP_HOME/pseudonym.key as up.sh writes it. The
 * citizen gets the pseudonym the running roles (the harness's key) gave them, and another
 * key in the file gives another one: the file's key is the one used. */
static void stdin_by_hand_reads_the_home_key_file(void **state) {
    (void)state;
    const char *ref = "5b1e7c2a-9f3d-4e8a-b1c2-7d6e5f4a3b2c@daan.example";
    seen before = find(S.raw, ref);
    assert_true(before.hits >= 1);
    assert_int_equal(before.nkeys, 1); /* one citizen, one pseudonym so far */
    assert_int_equal(strncmp(before.key, "ps_", 3), 0);
    char home[300], key[400], cmd[2048], log[400];
    snprintf(home, sizeof(home), "%s/home", S.dir);
    snprintf(key, sizeof(key), "%s/pseudonym.key", home);
    snprintf(log, sizeof(log), "%s/email-by-hand.log", S.dir);
    assert_int_equal(mkdir(home, 0700), 0);
    const char *keys[2] = {"integration-test-secret-0123456789", "another-secret-0123456789abc"};
    for (int k = 0; k < 2; k++) {
        FILE *f = fopen(key, "w");
        assert_non_null(f);
        fprintf(f, "%s\n", keys[k]);
        fclose(f);
        assert_int_equal(chmod(key, 0600), 0);
        snprintf(cmd, sizeof(cmd),
                 "env -u LUISTERLOOP_PSEUDONYM_KEY LUISTERLOOP_HOME='%s' '%s' email --stdin -c "
                 "'%s' <'%salternative.eml' >>'%s' 2>&1",
                 home, ll_t_bin(), S.cfg, CORPUS, log);
        assert_int_equal(system(cmd), 0);
        /* Records of different keys lie on different partitions: compare the set of keys,
         * not the last one read. */
        seen after = find(S.raw, ref);
        assert_int_equal(after.hits, before.hits + k + 1);
        assert_int_equal(after.nkeys, 1 + k);
        if (k == 0)
            assert_string_equal(after.keys[0], before.keys[0]);
    }
}

/* What the e-mail role wrote, events and dead letters, reads through the CloudEvents Java
 * SDK's Kafka reader in structured mode (issue 17). */
static void email_topics_read_with_the_cloudevents_sdk(void **state) {
    (void)state;
    assert_int_equal(ll_t_cloudevents_check(S.raw, "nl.luisterloop.feedback.received", 6), 0);
    assert_int_equal(ll_t_cloudevents_check(S.dlq, "nl.luisterloop.deadletter", 3), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(maildir_new_to_cur_once_acknowledged),
        cmocka_unit_test(maildir_waits_in_new_while_kafka_is_down),
        cmocka_unit_test(stdin_good_mail_exit_0),
        cmocka_unit_test(stdin_garbage_exit_65_and_dead_letter),
        cmocka_unit_test(stdin_kafka_down_exit_75),
        cmocka_unit_test(stdin_by_hand_reads_the_home_key_file),
        cmocka_unit_test(email_topics_read_with_the_cloudevents_sdk),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
