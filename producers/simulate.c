/* simulate.c - simulated citizens: realistic Dutch feedback (themes, kinds, emotions, typos,
 * postcodes of the configured area table, repeat contacts across channels, formal
 * complaints, injected spikes) sent through the real adapters (HTTP, TCP, Maildir) at a
 * given rate, or straight to feedback.raw with --direct for load tests. */
#include "simulate.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "area.h"
#include "balie.h"
#include "email.h"
#include "event.h"
#include "ident.h"
#include "kafka.h"
#include "log.h"
#include "mask.h"
#include "netaddr.h"
#include "phone.h"
#include "received.h"
#include "simulate_client.h"
#include "simulate_text.h"
#include "stop.h"
#include "text.h"
#include "web.h"

#define SIM_CITIZENS 5000
#define SIM_MAX_PC4 2048

/* factor F adds F - 1 times the whole rate, all of it theme T in NNNN: a flood a
 * short test detects at once. rate R adds R signals/s instead: what a district's
 * real rise looks like (the demo: afval in 3072 from ~2 a minute to ~20). */
typedef struct spike {
    char theme[32];
    int pc4, start_s, length_s;
    double factor, rate;
    int set;
} spike;

static const ll_config_key simulate_keys[] = {
    {"rate", LL_CT_DOUBLE, LL_CFG_NUM(ll_simulate_cfg, rate), "5", 0, 1000000, "signals per second",
     NULL},
    {"duration_s", LL_CT_INT, LL_CFG_NUM(ll_simulate_cfg, duration_s), "0", 0, 31536000,
     "how long to run; 0 is until stopped", NULL},
};

const ll_config_section ll_simulate_config = {
    LL_CFG_SECTION("simulate", ll_simulate_cfg, simulate_keys)};

typedef struct sim {
    const ll_config *cfg;
    double rate;
    int duration_s, direct, demo;
    const char *maildir;
    spike spk;
    ll_sim_citizen *people;
    int pc4s[SIM_MAX_PC4], npc4;
    signed char pc4_wijk[SIM_MAX_PC4]; /* ll_sim_wijk_index of each pc4's wijk */
    ll_sim_client web, phone, balie;
    const char *web_token, *balie_token; /* the first client's of each (cfg's) */
    rd_kafka_t *rk;
    unsigned long long seq, sent, failed;
    unsigned int rng;
    char run_id[20];
} sim;

static unsigned int rnd(sim *s) { return ll_sim_rnd(&s->rng); }
static double rnd01(sim *s) { return ll_sim_rnd01(&s->rng); }

/* ---- transports (the sockets: simulate_client.c) ---- */

static int write_mail(sim *s, const ll_sim_citizen *c, const char *subject, const char *text) {
    char tmp[1200], dst[1200], id[64];
    snprintf(id, sizeof(id), "%s.%llu", s->run_id, s->seq);
    snprintf(tmp, sizeof(tmp), "%s/tmp/%s.sim", s->maildir, id);
    snprintf(dst, sizeof(dst), "%s/new/%s.sim", s->maildir, id);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return -1;
    char date[64];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
    fprintf(f,
            "From: %s <%s>\r\nTo: klachten@gemeente.example\r\nSubject: %s\r\nDate: %s\r\n"
            "Message-ID: <%s@sim.luisterloop>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            "Geachte heer/mevrouw,\r\n\r\n%s\r\n\r\nMet vriendelijke groet,\r\n%s\r\n",
            c->name, c->email, subject, date, id, text, c->name);
    if (fclose(f) != 0 || rename(tmp, dst) != 0)
        return -1;
    return 0;
}

/* ---- one signal ---- */

static int send_direct(sim *s, cJSON *body_citizen, const char *channel, const char *kind,
                       const char *text, const char *pc, int formal) {
    char key[64];
    snprintf(key, sizeof(key), "%s-%llu", s->run_id, s->seq);
    const ll_received r = {.source_base = s->cfg->source_base,
                           .adapter = "simulate",
                           .client = channel,
                           .id_key = key,
                           .now_ms = ll_now_ms(),
                           .channel = channel,
                           .kind = kind,
                           .text = text,
                           .formal = formal ? 1 : -1,
                           .postcode = pc,
                           .citizen = body_citizen};
    ll_err err;
    cJSON *ev = ll_received_new(&r, &err);
    if (!ev)
        return -1;
    char *json = cJSON_PrintUnformatted(ev);
    if (!json) {
        cJSON_Delete(ev);
        return -1;
    }
    const char *k = ll_received_key(ev);
    const ll_kafka_record rec = {s->cfg->topic_raw,   k,   strlen(k), json, strlen(json),
                                 RD_KAFKA_MSG_F_FREE, NULL};
    rd_kafka_resp_err_t e = ll_kafka_produce(s->rk, &rec, 10, 0);
    if (e)
        cJSON_free(json);
    rd_kafka_poll(s->rk, 0);
    cJSON_Delete(ev);
    return e ? -1 : 0;
}

static int send_one(sim *s, const char *force_theme, int force_pc4) {
    s->seq++;
    /* A third of the signals are a citizen coming back on the same matter,
     * often through another channel. */
    ll_sim_citizen *c = &s->people[rnd(s) % SIM_CITIZENS];
    int t;
    if (force_theme)
        t = ll_sim_template_of(&s->rng, force_theme);
    else if (c->last_template >= 0 && rnd01(s) < 0.33)
        t = ll_sim_template_of(&s->rng, ll_sim_theme(c->last_template));
    else
        t = ll_sim_template_of(&s->rng, NULL);
    c->last_template = t;
    char text[1024], pc[8];
    int k = (int)(rnd(s) % (unsigned)s->npc4), wijk = -1;
    if (force_pc4)
        for (k = 0; k < s->npc4 && s->pc4s[k] != force_pc4; k++)
            ;
    int pc4 = force_pc4 ? force_pc4 : s->pc4s[k];
    if (k < s->npc4)
        wijk = s->pc4_wijk[k];
    ll_sim_text(&s->rng, t, wijk, text, sizeof(text));
    snprintf(pc, sizeof(pc), "%04d%c%c", pc4, 'A' + (char)(rnd(s) % 26), 'A' + (char)(rnd(s) % 26));
    const char *kind = ll_sim_kind(t);
    int formal = !strcmp(kind, "complaint") && rnd01(s) < 0.15;
    int contact = rnd01(s) < 0.4;
    int use_bsn = rnd01(s) < 0.5;
    double ch = rnd01(s);
    const char *channel = s->direct   ? "web"
                          : ch < 0.4  ? "web"
                          : ch < 0.7  ? "phone"
                          : ch < 0.85 ? "balie"
                                      : "email";
    if (!strcmp(channel, "email") && !s->maildir)
        channel = "web";
    char idem[64];
    snprintf(idem, sizeof(idem), "%s-%llu", s->run_id, s->seq);
    cJSON *cit = cJSON_CreateObject();
    if (use_bsn)
        cJSON_AddStringToObject(cit, "bsn", c->bsn);
    cJSON_AddStringToObject(cit, "email", c->email);
    cJSON_AddStringToObject(cit, "phone", c->phone);
    cJSON_AddStringToObject(cit, "name", c->name);
    int rc = -1;
    if (s->direct) {
        rc = send_direct(s, cit, "web", kind, text, pc, formal);
        cJSON_Delete(cit);
        return rc;
    }
    cJSON *b = cJSON_CreateObject();
    char *json = NULL;
    if (!strcmp(channel, "web")) {
        cJSON_AddStringToObject(b, "kind", kind);
        cJSON_AddStringToObject(b, "text", text);
        cJSON_AddStringToObject(b, "postcode", pc);
        if (formal)
            cJSON_AddTrueToObject(b, "formal");
        cJSON_AddItemToObject(b, "citizen", cit);
        if (contact)
            cJSON_AddTrueToObject(b, "contact_requested");
        json = cJSON_PrintUnformatted(b);
        int st = ll_sim_client_post(&s->web, "/v1/feedback", s->web_token, idem, json);
        rc = st == 202 ? 0 : -1;
    } else if (!strcmp(channel, "phone")) {
        static const char *const cat[] = {"Klacht",     "Melding",   "Vraag",  "Vraag",
                                          "Compliment", "Suggestie", "Bezwaar"};
        const char *category = !strcmp(kind, "complaint")    ? cat[0]
                               : !strcmp(kind, "report")     ? cat[1]
                               : !strcmp(kind, "question")   ? cat[2]
                               : !strcmp(kind, "compliment") ? cat[4]
                               : !strcmp(kind, "suggestion") ? cat[5]
                                                             : cat[6];
        char started[LL_MAX_TIME_BYTES], note[1100];
        ll_time_format(time(NULL), started, sizeof(started));
        /* Agents write terse notes. */
        snprintf(note, sizeof(note), "Burger belt: %s", text);
        cJSON_AddStringToObject(b, "call_id", idem);
        cJSON_AddStringToObject(b, "agent", "agent-7");
        cJSON_AddStringToObject(b, "started_at", started);
        cJSON_AddNumberToObject(b, "duration_s", 60 + rnd(s) % 600);
        cJSON_AddStringToObject(b, "phone", c->phone);
        if (use_bsn)
            cJSON_AddStringToObject(b, "bsn", c->bsn);
        cJSON_AddStringToObject(b, "category", category);
        cJSON_AddStringToObject(b, "note", note);
        cJSON_AddBoolToObject(b, "callback_requested", contact);
        cJSON_AddStringToObject(b, "postcode", pc);
        if (formal)
            cJSON_AddTrueToObject(b, "formal");
        cJSON_Delete(cit);
        json = cJSON_PrintUnformatted(b);
        rc = ll_sim_client_line(&s->phone, json);
    } else if (!strcmp(channel, "balie")) {
        cJSON_AddStringToObject(b, "visit_id", idem);
        cJSON_AddStringToObject(b, "location", "Stadswinkel Centrum");
        cJSON_AddStringToObject(b, "desk", "2");
        cJSON_AddStringToObject(b, "kind", kind);
        cJSON_AddStringToObject(b, "text", text);
        cJSON_AddStringToObject(b, "postcode", pc);
        cJSON_AddItemToObject(b, "citizen", cit);
        json = cJSON_PrintUnformatted(b);
        int st = ll_sim_client_post(&s->balie, "/v1/visits", s->balie_token, idem, json);
        rc = st == 202 ? 0 : -1;
    } else {
        cJSON_Delete(cit);
        char subject[128];
        static const struct {
            const char *kind, *word;
        } subj[] = {{"complaint", "Klacht"},     {"report", "Melding"},
                    {"question", "Vraag"},       {"compliment", "Compliment"},
                    {"suggestion", "Suggestie"}, {"objection", "Bezwaar"}};
        const char *word = "Bericht";
        for (size_t i = 0; i < sizeof(subj) / sizeof(subj[0]); i++)
            if (!strcmp(subj[i].kind, kind))
                word = subj[i].word;
        snprintf(subject, sizeof(subject), "%s over %s", formal ? "Formele klacht" : word,
                 ll_sim_theme(t));
        rc = write_mail(s, c, subject, text);
    }
    cJSON_free(json);
    cJSON_Delete(b);
    return rc;
}

/* ---- the role ---- */

static int parse_spike(const char *v, spike *sp, char *errstr, size_t errlen) {
    /* theme=afval,pc4=3011,start=30,factor=8,length=60 */
    char buf[256];
    snprintf(buf, sizeof(buf), "%s", v);
    memset(sp, 0, sizeof(*sp));
    sp->factor = 8;
    sp->start_s = 30;
    sp->length_s = 60;
    char *save = NULL;
    for (char *kv = strtok_r(buf, ",", &save); kv; kv = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(kv, '=');
        if (!eq) {
            snprintf(errstr, errlen, "--spike: '%s' is not key=value", kv);
            return -1;
        }
        *eq = '\0';
        char *val = eq + 1, *end = NULL;
        errno = 0;
        if (!strcmp(kv, "theme")) {
            snprintf(sp->theme, sizeof(sp->theme), "%s", val);
            continue;
        }
        double x = strtod(val, &end);
        if (errno || end == val || *end || x < 0) {
            snprintf(errstr, errlen, "--spike: %s=%s is not a number", kv, val);
            return -1;
        }
        if (!strcmp(kv, "pc4") && x >= 1000 && x <= 9999)
            sp->pc4 = (int)x;
        else if (!strcmp(kv, "start"))
            sp->start_s = (int)x;
        else if (!strcmp(kv, "length") && x > 0)
            sp->length_s = (int)x;
        else if (!strcmp(kv, "factor") && x >= 1)
            sp->factor = x;
        else if (!strcmp(kv, "rate") && x > 0 && x <= 10000)
            sp->rate = x;
        else {
            snprintf(errstr, errlen, "--spike: unknown or out-of-range key '%s'", kv);
            return -1;
        }
    }
    if (!sp->theme[0]) {
        snprintf(errstr, errlen, "--spike needs theme=...");
        return -1;
    }
    if (sp->rate > 0 && strstr(v, "factor=")) {
        snprintf(errstr, errlen, "--spike: factor= and rate= are two ways to size it; give one");
        return -1;
    }
    sp->set = 1;
    return 0;
}

static void simulate_shutdown(void *state) {
    sim *s = state;
    if (!s)
        return;
    ll_sim_client_close(&s->web);
    ll_sim_client_close(&s->phone);
    ll_sim_client_close(&s->balie);
    if (s->rk) {
        rd_kafka_flush(s->rk, 10000);
        rd_kafka_destroy(s->rk);
    }
    free(s->people);
    free(s);
}

static void *simulate_init(const ll_config *cfg, int argc, char **argv, char *errstr,
                           size_t errlen) {
    sim *s = calloc(1, sizeof(*s));
    if (!s || !(s->people = calloc(SIM_CITIZENS, sizeof(ll_sim_citizen)))) {
        free(s);
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    s->cfg = cfg;
    const ll_simulate_cfg *sc = ll_config_settings(cfg, &ll_simulate_config);
    const ll_email_cfg *ec = ll_config_settings(cfg, &ll_email_config);
    s->rate = sc->rate;
    s->duration_s = sc->duration_s;
    s->maildir = ec->maildir[0] ? ec->maildir : NULL;
    s->web.fd = s->phone.fd = s->balie.fd = -1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        char *end = NULL;
        if (!strcmp(a, "--direct")) {
            s->direct = 1;
        } else if (!strcmp(a, "--rate") && v) {
            s->rate = strtod(v, &end);
            i++;
            if (*end || s->rate <= 0 || s->rate > 1e6) {
                snprintf(errstr, errlen, "--rate: '%s' is not a rate in 0..1000000", v);
                goto fail;
            }
        } else if (!strcmp(a, "--duration") && v) {
            long d = strtol(v, &end, 10);
            i++;
            if (*end || d < 0) {
                snprintf(errstr, errlen, "--duration: '%s' is not seconds", v);
                goto fail;
            }
            s->duration_s = (int)d;
        } else if (!strcmp(a, "--maildir") && v) {
            s->maildir = v;
            i++;
        } else if (!strcmp(a, "--spike") && v) {
            if (parse_spike(v, &s->spk, errstr, errlen) != 0)
                goto fail;
            i++;
        } else {
            snprintf(errstr, errlen, "simulate: unexpected argument '%s'", a);
            goto fail;
        }
    }
    s->rng = (unsigned)time(NULL) ^ (unsigned)getpid() * 2654435761u;
    if (!s->rng)
        s->rng = 1;
    snprintf(s->run_id, sizeof(s->run_id), "sim%08x", rnd(s));
    ll_sim_people_init(&s->rng, s->people, SIM_CITIZENS);
    char path[1024];
    ll_areas *areas = NULL;
    /* The processor's area table: the postcodes it knows. */
    const char *areas_file = ll_config_string(cfg, "process", "areas");
    if (!areas_file)
        snprintf(errstr, errlen, "simulate: no [process] areas in the config");
    else if (ll_config_file(cfg, areas_file, path, sizeof(path)) == 0)
        areas = ll_areas_load(path, errstr, errlen);
    if (!areas)
        goto fail;
    s->npc4 = ll_areas_pc4s(areas, s->pc4s, SIM_MAX_PC4);
    for (int i = 0; i < s->npc4; i++) {
        char pc4[8];
        ll_area a;
        snprintf(pc4, sizeof(pc4), "%04d", s->pc4s[i]);
        s->pc4_wijk[i] =
            (signed char)(ll_areas_find(areas, pc4, &a) == 0 ? ll_sim_wijk_index(a.wijk) : -1);
    }
    ll_areas_free(areas);
    if (s->npc4 == 0) {
        snprintf(errstr, errlen, "simulate: no postcodes in the area table");
        goto fail;
    }
    if (s->spk.set && !s->spk.pc4)
        s->spk.pc4 = s->pc4s[0];
    if (s->direct) {
        rd_kafka_conf_t *conf = ll_kafka_conf_new(cfg, "simulate", errstr, errlen);
        if (!conf || !(s->rk = ll_kafka_producer_new(conf, NULL, errstr, errlen)))
            goto fail;
    } else {
        const ll_web_cfg *wc = ll_config_settings(cfg, &ll_web_config);
        const ll_phone_cfg *pc = ll_config_settings(cfg, &ll_phone_config);
        const ll_balie_cfg *bc = ll_config_settings(cfg, &ll_balie_config);
        if (ll_netaddr_parse(wc->intake.listen, &s->web.addr, errstr, errlen) ||
            ll_netaddr_parse(pc->tcp_listen, &s->phone.addr, errstr, errlen) ||
            ll_netaddr_parse(bc->intake.listen, &s->balie.addr, errstr, errlen))
            goto fail;
        if (wc->intake.ntokens == 0 || bc->intake.ntokens == 0 || pc->intake.ntokens == 0) {
            snprintf(errstr, errlen,
                     "simulate: [web], [phone] and [balie] need a token.CLIENT to send with");
            goto fail;
        }
        s->phone.token = pc->intake.tokens[0].token;
        s->web_token = wc->intake.tokens[0].token;
        s->balie_token = bc->intake.tokens[0].token;
    }
    return s;
fail:
    simulate_shutdown(s);
    return NULL;
}

static double spike_rate(const sim *s) {
    return s->spk.rate > 0 ? s->spk.rate : s->rate * (s->spk.factor - 1);
}

static int simulate_run(void *state) {
    sim *s = state;
    int tty = isatty(2);
    ll_info("simulating %.1f signals/s%s%s for %s (run %s)", s->rate,
            s->direct ? " straight to " : " through the adapters",
            s->direct ? s->cfg->topic_raw : "", s->duration_s ? "a while" : "ever", s->run_id);
    if (s->spk.set)
        ll_info("spike: theme %s in %d from %ds for %ds, %.2f more signals/s", s->spk.theme,
                s->spk.pc4, s->spk.start_s, s->spk.length_s, spike_rate(s));
    long long t0 = ll_mono_us(), last_print = 0;
    double due = 0, due_spike = 0;
    while (!ll_stop_requested()) {
        double el = (double)(ll_mono_us() - t0) / 1e6;
        if (s->duration_s && el >= s->duration_s)
            break;
        int in_spike = s->spk.set && el >= s->spk.start_s && el < s->spk.start_s + s->spk.length_s;
        while (due <= el * s->rate && !ll_stop_requested()) {
            if (send_one(s, NULL, 0) == 0)
                s->sent++;
            else
                s->failed++;
            due += 1;
        }
        while (in_spike && due_spike <= (el - s->spk.start_s) * spike_rate(s)) {
            if (send_one(s, s->spk.theme, s->spk.pc4) == 0)
                s->sent++;
            else
                s->failed++;
            due_spike += 1;
        }
        if (tty && ll_mono_us() - last_print > 500000) {
            fprintf(stderr, "\r%8.1fs  sent %llu  failed %llu  %s", el, s->sent, s->failed,
                    in_spike ? "[spike]" : "       ");
            last_print = ll_mono_us();
        }
        if (s->rk)
            rd_kafka_poll(s->rk, 0);
        double next = (due / s->rate) - el;
        if (next > 0)
            usleep((useconds_t)(fmin(next, 0.05) * 1e6));
    }
    if (tty)
        fprintf(stderr, "\n");
    if (s->rk && rd_kafka_flush(s->rk, 30000) != 0)
        s->failed += (unsigned long long)rd_kafka_outq_len(s->rk);
    ll_info("done: %llu sent, %llu failed", s->sent, s->failed);
    return s->failed && !s->sent ? 1 : 0;
}

const ll_role ll_role_simulate = {
    .name = "simulate",
    .summary = "simulated citizens through the real adapters (or --direct to feedback.raw)",
    .usage = "  --rate N          signals per second (default [simulate] rate)\n"
             "  --duration S      seconds to run, 0 = until stopped\n"
             "  --direct          produce straight to feedback.raw (load tests)\n"
             "  --maildir DIR     also deliver e-mail into DIR/new\n"
             "  --spike theme=T,pc4=NNNN,start=S,length=S,factor=F|rate=R   inject a rise:\n"
             "                    F - 1 times --rate more, or R more signals/s, all T in NNNN\n",
    .config = &ll_simulate_config,
    .needs_pseudonym_key = 1,
    .init = simulate_init,
    .run = simulate_run,
    .shutdown = simulate_shutdown,
};
