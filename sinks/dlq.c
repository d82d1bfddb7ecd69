/* dlq.c - `luisterloop dlq`: the operator's tool for feedback.dlq. Dead letters keep their
 * original sealed to the operator's public key (core/deadletter.c); this tool makes the key
 * pair, lists the dead letters, and with the secret key shows an original or replays it.
 *
 *   keygen DIR            DIR/dlq.pub (for dlq_public_key) and DIR/dlq.key (secret, 0600)
 *   list                  one line a dead letter: id, time, stage, reason, size, sealed or not
 *   show ID --key FILE    the original's bytes on stdout
 *   replay ID --key FILE  the original of a processor dead letter back onto the raw topic;
 *                         an internetaken one's escalation to the API again (once)
 *
 * The secret key may also come from $LUISTERLOOP_DLQ_KEY (a path). It never leaves this
 * process: the roles need only the public key. */
#include "dlq.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "deadletter.h"
#include "internetaken.h"
#include "kafka.h"
#include "ll_limits.h"
#include "log.h"
#include "text.h"

#define DLQ_READ_TIMEOUT_MS 10000 /* to read the topic to its end */
#define DLQ_FLUSH_TIMEOUT_MS 10000

static int usage(void) {
    fprintf(stderr, "usage: luisterloop dlq COMMAND\n%s", LL_DLQ_USAGE);
    return 2;
}

static int write_key(const char *path, const unsigned char *key, mode_t mode) {
    char hex[2 * LL_DLQ_KEY_BYTES + 2];
    sodium_bin2hex(hex, sizeof(hex) - 1, key, LL_DLQ_KEY_BYTES);
    strcat(hex, "\n");
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0) {
        fprintf(stderr, "luisterloop dlq: %s: %s\n", path, strerror(errno));
        return -1;
    }
    ssize_t n = write(fd, hex, strlen(hex));
    sodium_memzero(hex, sizeof(hex));
    if (close(fd) != 0 || n != (ssize_t)(2 * LL_DLQ_KEY_BYTES + 1)) {
        fprintf(stderr, "luisterloop dlq: %s: write failed\n", path);
        return -1;
    }
    return 0;
}

static int keygen(const char *dir) {
    unsigned char pk[LL_DLQ_KEY_BYTES], sk[LL_DLQ_KEY_BYTES];
    char pub[4096], sec[4096];
    if (snprintf(pub, sizeof(pub), "%s/dlq.pub", dir) >= (int)sizeof(pub) ||
        snprintf(sec, sizeof(sec), "%s/dlq.key", dir) >= (int)sizeof(sec))
        return usage();
    crypto_box_keypair(pk, sk);
    int rc = write_key(sec, sk, 0600) == 0 && write_key(pub, pk, 0644) == 0 ? 0 : 1;
    sodium_memzero(sk, sizeof(sk));
    if (rc == 0)
        printf("%s: public key (dlq_public_key = %s)\n%s: secret key, keep it off the "
               "servers\n",
               pub, pub, sec);
    return rc;
}

typedef void (*dlq_visit)(const cJSON *ev, const char *val, size_t len, void *arg);

/* Reads every partition of the dlq topic from its start to its end. */
static int read_all(const ll_config *cfg, dlq_visit fn, void *arg) {
    char errstr[512];
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "common", errstr, sizeof(errstr));
    if (conf && rd_kafka_conf_set(conf, "enable.partition.eof", "true", errstr, sizeof(errstr)) !=
                    RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        conf = NULL;
    }
    rd_kafka_t *rk =
        conf ? ll_kafka_consumer_new(conf, "luisterloop-dlq-tool", errstr, sizeof(errstr)) : NULL;
    if (!rk) {
        fprintf(stderr, "luisterloop dlq: %s\n", errstr);
        return -1;
    }
    int rc = -1, parts = 0, eofs = 0;
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, cfg->topic_dlq, NULL);
    rd_kafka_resp_err_t err =
        rkt ? rd_kafka_metadata(rk, 0, rkt, &md, DLQ_READ_TIMEOUT_MS) : RD_KAFKA_RESP_ERR__FAIL;
    if (err || md->topic_cnt != 1 || md->topics[0].err) {
        fprintf(stderr, "luisterloop dlq: topic %s: %s\n", cfg->topic_dlq,
                rd_kafka_err2str(err ? err : md->topics[0].err));
        goto out;
    }
    parts = md->topics[0].partition_cnt;
    rd_kafka_topic_partition_list_t *tp = rd_kafka_topic_partition_list_new(parts);
    for (int i = 0; i < parts; i++)
        rd_kafka_topic_partition_list_add(tp, cfg->topic_dlq, i)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    err = rd_kafka_assign(rk, tp);
    rd_kafka_topic_partition_list_destroy(tp);
    if (err) {
        fprintf(stderr, "luisterloop dlq: %s\n", rd_kafka_err2str(err));
        goto out;
    }
    long long deadline = ll_now_ms() + DLQ_READ_TIMEOUT_MS;
    while (eofs < parts && ll_now_ms() < deadline) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 200);
        if (!m)
            continue;
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            eofs++;
        } else if (m->err) {
            fprintf(stderr, "luisterloop dlq: %s\n", rd_kafka_message_errstr(m));
        } else {
            cJSON *ev = cJSON_ParseWithLength(m->payload, m->len);
            if (ev)
                fn(ev, m->payload, m->len, arg);
            cJSON_Delete(ev);
        }
        rd_kafka_message_destroy(m);
    }
    if (eofs < parts)
        fprintf(stderr, "luisterloop dlq: %s not read to its end in %d ms\n", cfg->topic_dlq,
                DLQ_READ_TIMEOUT_MS);
    else
        rc = 0;
out:
    if (md)
        rd_kafka_metadata_destroy(md);
    if (rkt)
        rd_kafka_topic_destroy(rkt);
    ll_kafka_consumer_free(rk);
    return rc;
}

static const char *str(const cJSON *o, const char *name) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static void list_one(const cJSON *ev, const char *val, size_t len, void *arg) {
    (void)val;
    (void)len;
    int *n = arg;
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const cJSON *bytes = cJSON_GetObjectItemCaseSensitive(d, "original_bytes");
    const char *kept = cJSON_GetObjectItemCaseSensitive(d, "original_sealed")    ? "sealed"
                       : cJSON_GetObjectItemCaseSensitive(d, "original_omitted") ? "omitted"
                       : cJSON_GetObjectItemCaseSensitive(d, "original") ||
                               cJSON_GetObjectItemCaseSensitive(d, "original_base64")
                           ? "CLEAR"
                           : "none";
    printf("%s\t%s\t%s\t%s\t%.0f\t%s\n", str(ev, "id"), str(ev, "time"), str(d, "stage"), kept,
           cJSON_IsNumber(bytes) ? bytes->valuedouble : -1.0, str(d, "reason"));
    (*n)++;
}

typedef struct find {
    const char *id;
    cJSON *hit; /* a copy of the dead letter */
} find;

static void find_one(const cJSON *ev, const char *val, size_t len, void *arg) {
    (void)val;
    (void)len;
    find *f = arg;
    if (!strcmp(str(ev, "id"), f->id)) {
        cJSON_Delete(f->hit); /* the last one counts */
        f->hit = cJSON_Duplicate(ev, 1);
    }
}

/* The opened original of the dead letter id: malloc'ed bytes in *out, NUL-terminated. */
static int open_original(const ll_config *cfg, const char *id, const char *keypath,
                         unsigned char **out, size_t *outlen, cJSON **dl) {
    unsigned char sk[LL_DLQ_KEY_BYTES], pk[LL_DLQ_KEY_BYTES];
    char errstr[1200];
    if (!keypath || !*keypath) {
        fprintf(stderr, "luisterloop dlq: the secret key is needed: --key FILE or "
                        "$LUISTERLOOP_DLQ_KEY\n");
        return 2;
    }
    if (ll_deadletter_key_read(keypath, sk, errstr, sizeof(errstr)) != 0) {
        fprintf(stderr, "luisterloop dlq: %s\n", errstr);
        return 2;
    }
    crypto_scalarmult_base(pk, sk);
    find f = {id, NULL};
    int rc = 1;
    unsigned char *sealed = NULL, *plain = NULL;
    if (read_all(cfg, find_one, &f) != 0)
        goto out;
    if (!f.hit) {
        fprintf(stderr, "luisterloop dlq: no dead letter %s in %s\n", id, cfg->topic_dlq);
        goto out;
    }
    const char *b64 = str(cJSON_GetObjectItemCaseSensitive(f.hit, "data"), "original_sealed");
    size_t cap = strlen(b64), sl = 0;
    if (!*b64) {
        fprintf(stderr, "luisterloop dlq: %s keeps no sealed original\n", id);
        goto out;
    }
    if (!(sealed = malloc(cap)) ||
        sodium_base642bin(sealed, cap, b64, cap, NULL, &sl, NULL, sodium_base64_VARIANT_ORIGINAL) !=
            0 ||
        sl < crypto_box_SEALBYTES || !(plain = malloc(sl - crypto_box_SEALBYTES + 1)) ||
        crypto_box_seal_open(plain, sealed, sl, pk, sk) != 0) {
        fprintf(stderr, "luisterloop dlq: %s: cannot open it with this key\n", id);
        goto out;
    }
    *outlen = sl - crypto_box_SEALBYTES;
    plain[*outlen] = '\0';
    *out = plain;
    plain = NULL;
    *dl = f.hit;
    f.hit = NULL;
    rc = 0;
out:
    sodium_memzero(sk, sizeof(sk));
    free(sealed);
    free(plain);
    cJSON_Delete(f.hit);
    return rc;
}

static void replay_report(rd_kafka_t *rk, const rd_kafka_message_t *m, void *opaque) {
    (void)rk;
    (void)opaque;
    *(rd_kafka_resp_err_t *)m->_private = m->err;
}

/* The escalation of an internetaken dead letter to the API again, as the sink would: its
 * task looked up by its referentienummer first, so one whose POST did get through (its
 * answer lost, or refused after it was made) gets no second. 0 made or found, 75 the
 * API did not answer (try again), 1 refused. */
static int replay_internetaak(const ll_config *cfg, const cJSON *dl, const unsigned char *orig,
                              size_t len) {
    cJSON *ev = cJSON_ParseWithLength((const char *)orig, len);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const char *esc = str(d, "escalation_id");
    char ref[LL_IT_REF_LEN + 1] = "";
    if (*esc)
        ll_internetaken_ref(esc, ref);
    ll_err err;
    enum ll_it_again rc = ev ? ll_internetaken_again(cfg, ev, &err) : LL_IT_AGAIN_REFUSED;
    if (!ev)
        ll_err_set(&err, "", "the original is no JSON");
    if (rc == LL_IT_AGAIN_CREATED || rc == LL_IT_AGAIN_EXISTED)
        printf("replayed %s: escalation %s %s internetaak %s\n", str(dl, "id"), esc,
               rc == LL_IT_AGAIN_CREATED ? "now has" : "already had (nothing posted)", ref);
    else
        fprintf(stderr, "luisterloop dlq: %s: escalation %s%s%s: %s%s%s\n", str(dl, "id"), esc,
                ref[0] ? ", referentienummer " : "", ref, err.field, err.field[0] ? ": " : "",
                err.msg);
    cJSON_Delete(ev);
    return rc == LL_IT_AGAIN_CREATED || rc == LL_IT_AGAIN_EXISTED ? 0
           : rc == LL_IT_AGAIN_RETRY                              ? 75
                                                                  : 1;
}

/* The original of a processor dead letter (a raw event) back onto the raw topic, once; that
 * of an internetaken one to the Klantinteracties API. */
static int replay(const ll_config *cfg, const cJSON *dl, unsigned char *orig, size_t len) {
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(dl, "data");
    if (!strcmp(str(d, "stage"), "internetaken"))
        return replay_internetaak(cfg, dl, orig, len);
    if (strcmp(str(d, "stage"), "process") != 0) {
        fprintf(stderr,
                "luisterloop dlq: a dead letter of stage %s is no raw event; take it "
                "with `dlq show` and give it to its adapter (a mail into the Maildir)\n",
                str(d, "stage"));
        return 1;
    }
    char errstr[512];
    rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "common", errstr, sizeof(errstr));
    if (conf)
        rd_kafka_conf_set_dr_msg_cb(conf, replay_report);
    rd_kafka_t *rk = conf ? ll_kafka_producer_new(conf, NULL, errstr, sizeof(errstr)) : NULL;
    if (!rk) {
        fprintf(stderr, "luisterloop dlq: %s\n", errstr);
        return 1;
    }
    rd_kafka_resp_err_t done = RD_KAFKA_RESP_ERR__IN_PROGRESS;
    const char *key = str(d, "source_ref");
    const ll_kafka_record rec = {
        cfg->topic_raw, *key ? key : NULL, strlen(key), orig, len, RD_KAFKA_MSG_F_COPY, &done};
    rd_kafka_resp_err_t err = ll_kafka_produce(rk, &rec, 50, ll_now_ms() + DLQ_FLUSH_TIMEOUT_MS);
    if (!err)
        rd_kafka_flush(rk, DLQ_FLUSH_TIMEOUT_MS);
    if (!err)
        err = done;
    rd_kafka_destroy(rk);
    if (err) {
        fprintf(stderr, "luisterloop dlq: replay to %s: %s\n", cfg->topic_raw,
                rd_kafka_err2str(err));
        return 1;
    }
    printf("replayed %s onto %s (%zu bytes)\n", str(dl, "id"), cfg->topic_raw, len);
    return 0;
}

int ll_dlq_tool(const ll_config *cfg, int argc, char **argv) {
    if (argc < 1)
        return usage();
    const char *cmd = argv[0], *id = NULL, *keypath = getenv("LUISTERLOOP_DLQ_KEY");
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--key") && i + 1 < argc)
            keypath = argv[++i];
        else if (!id && argv[i][0] != '-')
            id = argv[i];
        else
            return usage();
    }
    if (sodium_init() < 0)
        return 1;
    if (!strcmp(cmd, "keygen"))
        return id ? keygen(id) : usage();
    if (!strcmp(cmd, "list")) {
        int n = 0;
        if (id || read_all(cfg, list_one, &n) != 0)
            return id ? usage() : 1;
        fprintf(stderr, "%d dead letters in %s\n", n, cfg->topic_dlq);
        return 0;
    }
    if (strcmp(cmd, "show") != 0 && strcmp(cmd, "replay") != 0)
        return usage();
    if (!id)
        return usage();
    unsigned char *orig = NULL;
    size_t len = 0;
    cJSON *dl = NULL;
    int rc = open_original(cfg, id, keypath, &orig, &len, &dl);
    if (rc == 0 && !strcmp(cmd, "show"))
        rc = fwrite(orig, 1, len, stdout) == len ? 0 : 1;
    else if (rc == 0)
        rc = replay(cfg, dl, orig, len);
    if (orig)
        sodium_memzero(orig, len);
    free(orig);
    cJSON_Delete(dl);
    return rc;
}
