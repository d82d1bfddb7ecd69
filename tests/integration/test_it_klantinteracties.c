/* test_it_klantinteracties.c - `luisterloop klantinteracties` against a Klantinteracties API
 * whose every request and answer Prism checks against Open Klant's published OpenAPI file
 * (tests/openklant: a stateful fake of the API behind `prism proxy --errors`; why not Open
 * Klant itself is in tests/openklant/README). A klantcontact created through the API is
 * announced to the adapter as the Notificaties API does and appears enriched; the same
 * notification again gives the same id and no second enriched event; bad notifications and
 * a failing API get precise answers while the role keeps serving; --catch-up finds the
 * same klantcontact (same id) and stores its cursor. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

#define KI_TOKEN "ki-notify-token-0123456789abcdef"
#define KI_AUTH "Authorization: Bearer " KI_TOKEN "\r\n"
#define API_TOKEN "openklant-api-token-0123456789"
#define API_AUTH "Authorization: Token " API_TOKEN "\r\n"
#define JSON_CT "Content-Type: application/json\r\n"

static struct {
    char tag[96], dir[256], cfg[300], log[320], plog[320], raw[160], enriched[160], state[320];
    int ki_port, fake_port, prism_port;
    pid_t fake, prism;
} S;

static pid_t spawn_argv(const char *logf, char *const argv[]) {
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int fd = open(logf, O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    return pid;
}

/* The fake API behind Prism, on their own ports. */
static void api_start(void) {
    char fport[16], pport[16], pub[64], notify[96], nauth[96], flog[320], spec[600], prism[600],
        up[64];
    const char *src = getenv("LL_TEST_SOURCE_DIR");
    assert_non_null(src);
    snprintf(fport, sizeof(fport), "%d", S.fake_port);
    snprintf(pport, sizeof(pport), "%d", S.prism_port);
    snprintf(pub, sizeof(pub), "http://127.0.0.1:%d", S.prism_port);
    snprintf(up, sizeof(up), "http://127.0.0.1:%d", S.fake_port);
    snprintf(notify, sizeof(notify), "http://127.0.0.1:%d/v1/notificaties", S.ki_port);
    snprintf(nauth, sizeof(nauth), "Bearer %s", KI_TOKEN);
    snprintf(flog, sizeof(flog), "%s/fake.log", S.dir);
    snprintf(spec, sizeof(spec), "%s/tests/openklant/openapi.yaml", src);
    snprintf(prism, sizeof(prism), "%s/tests/openklant/node_modules/.bin/prism", src);
    char fake[600];
    snprintf(fake, sizeof(fake), "%s/tests/openklant/fake_openklant.py", src);
    char *fargv[] = {"python3", fake,      "--port",   fport,  "--public",      pub,
                     "--token", API_TOKEN, "--notify", notify, "--notify-auth", nauth,
                     "--state", S.state,   NULL};
    S.fake = spawn_argv(flog, fargv);
    char *pargv[] = {prism,    "proxy",     spec,     up,    "--errors",
                     "--host", "127.0.0.1", "--port", pport, NULL};
    S.prism = spawn_argv(S.plog, pargv);
    /* Prism checks the security scheme first: no token, 401. */
    assert_int_equal(ll_t_wait_http(S.prism_port, "/klantcontacten", 401, 60000), 401);
}

typedef struct found {
    const char *want_ref;
    int n;
    char id[64];
    char json[65536];
} found;

static void find_ref(const char *key, size_t keylen, const char *val, size_t len, void *arg) {
    (void)key;
    (void)keylen;
    found *f = arg;
    cJSON *ev = cJSON_ParseWithLength(val, len);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const cJSON *ref = cJSON_GetObjectItemCaseSensitive(d, "source_ref");
    if (cJSON_IsString(ref) && !strcmp(ref->valuestring, f->want_ref)) {
        f->n++;
        snprintf(f->id, sizeof(f->id), "%s",
                 cJSON_GetObjectItemCaseSensitive(ev, "id")->valuestring);
        snprintf(f->json, sizeof(f->json), "%.*s", (int)len, val);
    }
    cJSON_Delete(ev);
}

/* How many events on topic have data.source_ref ref (waits up to ms for at least want). */
static int count_ref(const char *topic, const char *ref, int want, int ms, found *f) {
    long long t0 = ll_t_now_ms();
    do {
        memset(f, 0, sizeof(*f));
        f->want_ref = ref;
        ll_t_consume_all(topic, 1, 300, find_ref, f);
    } while (f->n < want && ll_t_now_ms() - t0 < ms && (ll_t_sleep_ms(300), 1));
    return f->n;
}

/* Creates a klantcontact (and a betrokkene with an e-mail address) through Prism; its url. */
static void klantcontact_create(const char *kanaal, const char *inhoud, char *url, size_t len) {
    char body[2048], resp[8192];
    snprintf(body, sizeof(body),
             "{\"kanaal\":\"%s\",\"onderwerp\":\"Melding openbare ruimte\",\"inhoud\":\"%s\","
             "\"taal\":\"nld\",\"vertrouwelijk\":false,\"indicatieContactGelukt\":true}",
             kanaal, inhoud);
    assert_int_equal(ll_t_http(S.prism_port, "POST", "/klantcontacten", API_AUTH JSON_CT, body,
                               strlen(body), resp, sizeof(resp)),
                     201);
    cJSON *kc = cJSON_Parse(resp);
    assert_non_null(kc);
    snprintf(url, len, "%s", cJSON_GetObjectItemCaseSensitive(kc, "url")->valuestring);
    char b2[2048];
    snprintf(b2, sizeof(b2),
             "{\"hadKlantcontact\":{\"uuid\":\"%s\"},\"rol\":\"klant\",\"initiator\":true,"
             "\"volledigeNaam\":\"Jan Jansen\",\"organisatienaam\":\"\",\"contactnaam\":null}",
             cJSON_GetObjectItemCaseSensitive(kc, "uuid")->valuestring);
    cJSON_Delete(kc);
    assert_int_equal(ll_t_http(S.prism_port, "POST", "/betrokkenen", API_AUTH JSON_CT, b2,
                               strlen(b2), resp, sizeof(resp)),
                     201);
    cJSON *b = cJSON_Parse(resp);
    assert_non_null(b);
    snprintf(b2, sizeof(b2),
             "{\"verstrektDoorBetrokkene\":{\"uuid\":\"%s\"},\"verstrektDoorPartij\":null,"
             "\"adres\":\"jan.jansen@example.nl\",\"soortDigitaalAdres\":\"email\","
             "\"omschrijving\":\"prive\"}",
             cJSON_GetObjectItemCaseSensitive(b, "uuid")->valuestring);
    cJSON_Delete(b);
    assert_int_equal(ll_t_http(S.prism_port, "POST", "/digitaleadressen", API_AUTH JSON_CT, b2,
                               strlen(b2), resp, sizeof(resp)),
                     201);
}

static int notify(const char *headers, const char *body, char *resp, size_t len) {
    return ll_t_http(S.ki_port, "POST", "/v1/notificaties", headers, body, strlen(body), resp, len);
}

static void notification_for(const char *url, char *out, size_t len) {
    int n = snprintf(
        out, len,
        "{\"kanaal\":\"klantcontacten\",\"hoofdObject\":\"%s\",\"resource\":\"klantcontact\","
        "\"resourceUrl\":\"%s\",\"actie\":\"create\",\"aanmaakdatum\":"
        "\"2026-11-29T12:00:00Z\",\"kenmerken\":{\"indicatieContactGelukt\":\"True\"}}",
        url, url);
    if (n < 0 || (size_t)n >= len)
        fail_msg("a notification for %s does not fit %zu bytes", url, len);
}

static void setup_all(void) {
    ll_t_unique(S.tag, sizeof(S.tag), "ki");
    ll_t_workspace(S.tag, S.dir, sizeof(S.dir), S.cfg, sizeof(S.cfg));
    snprintf(S.log, sizeof(S.log), "%s/roles.log", S.dir);
    snprintf(S.plog, sizeof(S.plog), "%s/prism.log", S.dir);
    snprintf(S.state, sizeof(S.state), "%s/openklant.json", S.dir);
    snprintf(S.raw, sizeof(S.raw), "raw.%s", S.tag);
    snprintf(S.enriched, sizeof(S.enriched), "enriched.%s", S.tag);
    int proc = ll_t_free_port();
    ll_t_config_write(S.cfg, S.tag, ll_t_free_port(), ll_t_free_port(), proc);
    S.ki_port = ll_t_free_port();
    S.fake_port = ll_t_free_port();
    S.prism_port = ll_t_free_port();
    FILE *f = fopen(S.cfg, "a");
    assert_non_null(f);
    fprintf(f,
            "[klantinteracties]\nlisten = 127.0.0.1:%d\ntoken.notificaties = %s\n"
            "api_url = http://127.0.0.1:%d\napi_token = %s\ntimeout_ms = 3000\n"
            "max_body = 4096\ncursor_file = %s/ki.cursor\nchannel.Telefoon = phone\n",
            S.ki_port, KI_TOKEN, S.prism_port, API_TOKEN, S.dir);
    fclose(f);
    ll_t_topics_create(S.cfg);
    api_start();
}

static int have_prism(void) {
    char prism[600];
    snprintf(prism, sizeof(prism), "%s/tests/openklant/node_modules/.bin/prism",
             getenv("LL_TEST_SOURCE_DIR") ? getenv("LL_TEST_SOURCE_DIR") : ".");
    if (access(prism, X_OK) == 0)
        return 1;
    fprintf(stderr, "skipped: %s is missing (tests/run.sh installs it with npm ci)\n", prism);
    return 0;
}

static void contact_in_notified_enriched_repeated_and_bad_input(void **state) {
    (void)state;
    if (!have_prism())
        skip();
    setup_all();
    pid_t ki = ll_t_spawn("klantinteracties", S.cfg, S.log, NULL, NULL);
    pid_t proc = ll_t_spawn("process", S.cfg, S.log, NULL, NULL);
    assert_int_equal(ll_t_wait_http(S.ki_port, "/readyz", 200, 30000), 200);

    /* A contact registered through the API: notified, fetched, enriched. */
    char url[512], ev_id[64];
    klantcontact_create("Telefoon",
                        "Er ligt een losse stoeptegel bij de school, mijn mail is "
                        "jan.jansen@example.nl",
                        url, sizeof(url));
    found *f = calloc(1, sizeof(*f));
    assert_int_equal(count_ref(S.enriched, url, 1, 30000, f), 1);
    snprintf(ev_id, sizeof(ev_id), "%s", f->id);
    cJSON *ev = cJSON_Parse(f->json);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(d, "channel")->valuestring, "phone");
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(d, "subject")->valuestring,
                        "Melding openbare ruimte");
    const cJSON *cit = cJSON_GetObjectItemCaseSensitive(d, "citizen");
    assert_non_null(cit);
    assert_true(
        strncmp(cJSON_GetObjectItemCaseSensitive(cit, "pseudonym")->valuestring, "ps_", 3) == 0);
    assert_null(strstr(f->json, "jan.jansen@example.nl")); /* masked, and never a field */
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(ev, "source")->valuestring,
                        "/luisterloop/klantinteracties");
    cJSON_Delete(ev);
    /* The raw event did not carry the address either: it is the pseudonym's input only. */
    assert_int_equal(count_ref(S.raw, url, 1, 5000, f), 1);
    assert_null(strstr(f->json, "\"email\""));

    /* A kanaal the contact centre typed (KISS allows it) names no channel: it went onto
     * enriched, into the aggregates' key and onto the dashboard as
     * whatsapp-jan-jansen-0612345678 (user check of 12-02). */
    char typed[512];
    klantcontact_create("WhatsApp Jan Jansen 0612345678",
                        "De lantaarnpaal bij het speelveld is al een week kapot", typed,
                        sizeof(typed));
    for (int i = 0; i < 2; i++) {
        assert_int_equal(count_ref(i ? S.enriched : S.raw, typed, 1, 30000, f), 1);
        cJSON *tev = cJSON_Parse(f->json);
        assert_string_equal(cJSON_GetObjectItemCaseSensitive(
                                cJSON_GetObjectItemCaseSensitive(tev, "data"), "channel")
                                ->valuestring,
                            "klantinteracties");
        cJSON_Delete(tev);
        assert_null(strstr(f->json, "Jansen"));
        assert_null(strstr(f->json, "jansen-"));
        assert_null(strstr(f->json, "0612345678"));
        assert_null(strstr(f->json, "hatsapp"));
    }
    /* The operator still learns that a kanaal wants a channel.KANAAL line. */
    static char metrics[1 << 16];
    assert_int_equal(ll_t_http(S.ki_port, "GET", "/metrics", "", NULL, 0, metrics, sizeof(metrics)),
                     200);
    assert_non_null(strstr(metrics, "ll_klantinteracties_kanaal_unmapped_total 1\n"));

    /* The same notification again (the Notificaties API retries): the same id, and the
     * processor keeps one enriched event. */
    char body[2048], resp[4096];
    notification_for(url, body, sizeof(body));
    assert_int_equal(notify(KI_AUTH JSON_CT, body, resp, sizeof(resp)), 202);
    assert_non_null(strstr(resp, ev_id));
    assert_int_equal(count_ref(S.raw, url, 2, 10000, f), 2);
    assert_string_equal(f->id, ev_id);
    ll_t_sleep_ms(1500);
    assert_int_equal(count_ref(S.enriched, url, 1, 1000, f), 1);

    /* Bad input: each gets its precise answer, and the role keeps serving. */
    assert_int_equal(notify(JSON_CT, body, resp, sizeof(resp)), 401);
    assert_int_equal(notify("Authorization: Bearer wrong\r\n" JSON_CT, body, resp, sizeof(resp)),
                     401);
    assert_int_equal(notify(KI_AUTH "Content-Type: text/plain\r\n", body, resp, sizeof(resp)), 415);
    assert_int_equal(notify(KI_AUTH JSON_CT, "{\"kanaal\":", resp, sizeof(resp)), 400);
    assert_int_equal(notify(KI_AUTH JSON_CT,
                            "{\"kanaal\":\"klantcontacten\",\"hoofdObject\":\"http://x/y\","
                            "\"resource\":\"klantcontact\",\"actie\":\"create\","
                            "\"aanmaakdatum\":\"2026-11-29T12:00:00Z\"}",
                            resp, sizeof(resp)),
                     400);
    assert_non_null(strstr(resp, "\"field\":\"resourceUrl\""));
    char other[2048];
    notification_for("http://evil.example/klantcontacten/1", other, sizeof(other));
    assert_int_equal(notify(KI_AUTH JSON_CT, other, resp, sizeof(resp)), 400);
    assert_non_null(strstr(resp, "not under the configured api_url"));
    /* The API's address as userinfo before another host, or with a digit more in its port:
     * the token must not go there (user check of 12-02 caught it at 127.0.0.2). */
    /* Nor a path that climbs out of api_url's prefix, plain or percent-encoded (user check 6:
     * ".../klantcontacten/%2e%2e/%2e%2e/_calls" went out with the token). */
    char evil[6][160];
    snprintf(evil[0], sizeof(evil[0]), "http://127.0.0.1:%d@127.0.0.2:%d/klantcontacten/1",
             S.fake_port, S.fake_port);
    snprintf(evil[1], sizeof(evil[1]), "http://127.0.0.1:%d0/klantcontacten/1", S.fake_port);
    snprintf(evil[2], sizeof(evil[2]),
             "http://127.0.0.1:%d/klantcontacten/%%2e%%2E/%%2e%%2e/_calls", S.fake_port);
    snprintf(evil[3], sizeof(evil[3]), "http://127.0.0.1:%d/klantcontacten/../_calls", S.fake_port);
    snprintf(evil[4], sizeof(evil[4]), "http://127.0.0.1:%d/klantcontacten/1%%2F..%%2F_calls",
             S.fake_port);
    snprintf(evil[5], sizeof(evil[5]), "http://127.0.0.1:%d/./klantcontacten/1", S.fake_port);
    for (int i = 0; i < 6; i++) {
        notification_for(evil[i], other, sizeof(other));
        assert_int_equal(notify(KI_AUTH JSON_CT, other, resp, sizeof(resp)), 400);
        assert_non_null(strstr(resp, "not under the configured api_url"));
    }
    char big[8192];
    memset(big, ' ', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    memcpy(big, body, strlen(body));
    assert_int_equal(notify(KI_AUTH JSON_CT, big, resp, sizeof(resp)), 413);
    /* Another kanaal or an update: answered, nothing taken. */
    char upd[2048];
    snprintf(upd, sizeof(upd), "%s", body);
    memcpy(strstr(upd, "\"create\""), "\"update\"", 8);
    assert_int_equal(notify(KI_AUTH JSON_CT, upd, resp, sizeof(resp)), 200);
    /* The API fails twice: 502 with Retry-After, the third try works. */
    char fail[128];
    snprintf(fail, sizeof(fail), "{\"path\":\"/klantcontacten/\",\"status\":500,\"times\":1}");
    assert_int_equal(
        ll_t_http(S.fake_port, "POST", "/_fail", JSON_CT, fail, strlen(fail), resp, sizeof(resp)),
        200);
    assert_int_equal(notify(KI_AUTH JSON_CT, body, resp, sizeof(resp)), 502);
    assert_non_null(strstr(resp, "Klantinteracties API"));
    /* A klantcontact that does not exist: the API's 404 through Prism, 502. */
    char gone[600];
    snprintf(gone, sizeof(gone), "http://127.0.0.1:%d/klantcontacten/%s", S.prism_port,
             "0b7e5a8e-0000-4000-8000-000000000000");
    notification_for(gone, other, sizeof(other));
    assert_int_equal(notify(KI_AUTH JSON_CT, other, resp, sizeof(resp)), 502);
    assert_int_equal(notify(KI_AUTH JSON_CT, body, resp, sizeof(resp)), 202);
    assert_int_equal(ll_t_wait_http(S.ki_port, "/healthz", 200, 2000), 200);

    /* Catch-up from before the contact: the same klantcontact, the same id; the cursor kept. */
    char since[40], cursor[400], line[64] = "";
    time_t t = time(NULL) - 3600;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(since, sizeof(since), "%Y-%m-%dT%H:%M:%SZ", &tm);
    const char *args[] = {"klantinteracties", "-c", S.cfg, "--catch-up", "--since", since, NULL};
    char out[400], err[400];
    snprintf(out, sizeof(out), "%s/catchup.out", S.dir);
    snprintf(err, sizeof(err), "%s/catchup.err", S.dir);
    assert_int_equal(ll_t_run(args, out, err, 60000), 0);
    assert_true(ll_t_file_has(err, "2 klantcontacten taken")); /* and the typed kanaal's */
    snprintf(cursor, sizeof(cursor), "%s/ki.cursor", S.dir);
    FILE *cf = fopen(cursor, "r");
    assert_non_null(cf);
    assert_non_null(fgets(line, sizeof(line), cf));
    fclose(cf);
    assert_int_equal(strncmp(line, "20", 2), 0);
    int before = count_ref(S.raw, url, 1, 1000, f);
    assert_true(before >= 4);
    assert_string_equal(f->id, ev_id);
    /* On the wire as the CloudEvents Kafka binding says (issue 17). */
    assert_int_equal(ll_t_cloudevents_check(S.raw, "nl.luisterloop.feedback.received", before), 0);
    /* Again, from the stored cursor: exits 0. */
    const char *args2[] = {"klantinteracties", "-c", S.cfg, "--catch-up", NULL};
    assert_int_equal(ll_t_run(args2, out, err, 60000), 0);

    /* Prism found nothing to object to in any request or answer. */
    assert_false(ll_t_file_has(S.plog, "errors#(VIOLATIONS|UNPROCESSABLE_ENTITY|NO_)"));
    assert_int_equal(ll_t_stop(ki, SIGTERM, 10000), 0);
    assert_int_equal(ll_t_stop(proc, SIGTERM, 20000), 0);
    free(f);
}

/* An actor (organisatorische eenheid); its uuid into out. Made on the fake directly:
 * Prism 5 refuses every POST /actoren, valid or not (it reads the readOnly url and uuid
 * of the polymorphic Actor's allOf parts as required), and luisterloop never makes
 * actors: it only names them in a task, and that request goes through Prism. */
static void actor_create(const char *naam, char out[37]) {
    char body[512], resp[4096];
    snprintf(body, sizeof(body),
             "{\"naam\":\"%s\",\"soortActor\":\"organisatorische_eenheid\","
             "\"indicatieActief\":true}",
             naam);
    assert_int_equal(ll_t_http(S.fake_port, "POST", "/actoren", API_AUTH JSON_CT, body,
                               strlen(body), resp, sizeof(resp)),
                     201);
    cJSON *a = cJSON_Parse(resp);
    assert_non_null(a);
    snprintf(out, 37, "%s", cJSON_GetObjectItemCaseSensitive(a, "uuid")->valuestring);
    cJSON_Delete(a);
}

/* The internetaken whose aanleidinggevendKlantcontact is kc_url (NULL: all), through
 * Prism: how many; the first one's actor and referentienummer. */
static int tasks_for(const char *kc_url, char *actor, char *ref) {
    static char resp[1 << 20];
    char path[1024], esc[800] = "";
    if (kc_url) {
        size_t o = 0;
        for (const char *p = kc_url; *p && o + 4 < sizeof(esc); p++) {
            if (*p == ':' || *p == '/')
                o += (size_t)snprintf(esc + o, sizeof(esc) - o, "%%%02X", (unsigned char)*p);
            else
                esc[o++] = *p;
        }
        esc[o] = '\0';
    }
    snprintf(path, sizeof(path), "/internetaken%s%s",
             kc_url ? "?aanleidinggevendKlantcontact__url=" : "", esc);
    if (ll_t_http(S.prism_port, "GET", path, API_AUTH, NULL, 0, resp, sizeof(resp)) != 200)
        return -1;
    cJSON *l = cJSON_Parse(resp);
    const cJSON *rs = cJSON_GetObjectItemCaseSensitive(l, "results");
    int n = cJSON_GetArraySize(rs);
    if (n > 0) {
        const cJSON *t = cJSON_GetArrayItem(rs, 0);
        const cJSON *as = cJSON_GetObjectItemCaseSensitive(t, "toegewezenAanActoren");
        snprintf(actor, 37, "%s",
                 cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(as, 0), "uuid")->valuestring);
        snprintf(ref, 11, "%s",
                 cJSON_GetObjectItemCaseSensitive(t, "referentienummer")->valuestring);
    }
    cJSON_Delete(l);
    return n;
}

static int tasks_wait(const char *kc_url, int want, int ms, char *actor, char *ref) {
    long long t0 = ll_t_now_ms();
    int n;
    while ((n = tasks_for(kc_url, actor, ref)) < want && ll_t_now_ms() - t0 < ms)
        ll_t_sleep_ms(300);
    return n;
}

/* An escalation as the escalate role writes it, for one that came without a klantcontact. */
static void produce_escalation(const char *esc_topic, const char *id, const char *team) {
    char ev[2048];
    snprintf(
        ev, sizeof(ev),
        "{\"specversion\":\"1.0\",\"id\":\"%s\",\"source\":\"/luisterloop/escalate\","
        "\"type\":\"nl.luisterloop.escalation\",\"time\":\"2026-11-29T12:00:00Z\","
        "\"datacontenttype\":\"application/json\",\"data\":{\"escalation_id\":\"%s\","
        "\"source\":\"signal\",\"event_id\":\"%s\",\"team\":\"%s\",\"level\":\"high\","
        "\"summary\":\"high afval, Noord\",\"reasons\":[\"derde contact\"],\"theme\":\"afval\","
        "\"wijk\":\"Noord\",\"channel\":\"web\",\"received_at\":\"2026-11-29T11:59:00Z\","
        "\"text\":\"De container staat al drie weken vol\",\"stream\":\"ll:esc:%s\","
        "\"stream_id\":\"1-0\"}}",
        id, id, id, team, team);
    const char *vals[] = {ev};
    size_t lens[] = {strlen(ev)};
    ll_t_produce(esc_topic, id, vals, lens, 1);
}

typedef struct dl_count {
    int n;
    char id[64]; /* the last one's */
} dl_count;

static void count_internetaken_dl(const char *key, size_t keylen, const char *val, size_t len,
                                  void *arg) {
    (void)key;
    (void)keylen;
    dl_count *dc = arg;
    cJSON *ev = cJSON_ParseWithLength(val, len);
    const cJSON *d = cJSON_GetObjectItemCaseSensitive(ev, "data");
    const cJSON *stage = cJSON_GetObjectItemCaseSensitive(d, "stage");
    if (cJSON_IsString(stage) && !strcmp(stage->valuestring, "internetaken")) {
        dc->n++;
        snprintf(dc->id, sizeof(dc->id), "%s",
                 cJSON_GetObjectItemCaseSensitive(ev, "id")->valuestring);
    }
    cJSON_Delete(ev);
}

/* `luisterloop dlq replay ID` with the operators' key: its exit code, its stdout in out. */
static int dlq_replay(const char *id, char *out, size_t outlen) {
    char o[400], e[400];
    snprintf(o, sizeof(o), "%s/replay.out", S.dir);
    snprintf(e, sizeof(e), "%s/replay.err", S.dir);
    const char *args[] = {"dlq", "-c", S.cfg, "replay", id, "--key", ll_t_dlq_secret_key(), NULL};
    int rc = ll_t_run(args, o, e, 60000);
    FILE *f = fopen(o, "r");
    size_t n = f ? fread(out, 1, outlen - 1, f) : 0;
    out[n] = '\0';
    if (f)
        fclose(f);
    if (rc != 0 && (f = fopen(e, "r"))) {
        char err[1024];
        size_t m = fread(err, 1, sizeof(err) - 1, f);
        err[m] = '\0';
        fclose(f);
        fprintf(stderr, "dlq replay %s: exit %d: %s\n", id, rc, err);
    }
    return rc;
}

/* A critical klantcontact comes back as one internetaak for the crisis team's actor;
 * restarts of either role and a second reading of the topic make no second one; an
 * escalation without a klantcontact gets one of its own; retries and a dead letter. */
static void critical_contact_becomes_one_internetaak(void **state) {
    (void)state;
    if (!have_prism() || !S.prism)
        skip();
    char crisis[37], kcc[37], esc_topic[160], dlq[160];
    actor_create("Crisisteam", crisis);
    actor_create("Klantcontactcentrum", kcc);
    snprintf(esc_topic, sizeof(esc_topic), "esc.%s", S.tag);
    snprintf(dlq, sizeof(dlq), "dlq.%s", S.tag);
    int it_metrics = ll_t_free_port();
    FILE *cf = fopen(S.cfg, "a");
    assert_non_null(cf);
    fprintf(cf,
            "[escalate]\ngroup = esc-group.%s\ntransactional_id = esc-txn.%s\n"
            "batch_wait_ms = 5\ntransaction_timeout_ms = 10000\n"
            "route = level=critical -> crisis\ndefault_team = kcc\n"
            "[internetaken]\napi_url = http://127.0.0.1:%d\napi_token = %s\ntimeout_ms = 3000\n"
            "group = it.%s\nbackoff_max_s = 1\nactor.crisis = %s\ndefault_actor = %s\n"
            "metrics_listen = 127.0.0.1:%d\n",
            S.tag, S.tag, S.prism_port, API_TOKEN, S.tag, crisis, kcc, it_metrics);
    fclose(cf);
    pid_t ki = ll_t_spawn("klantinteracties", S.cfg, S.log, NULL, NULL);
    pid_t proc = ll_t_spawn("process", S.cfg, S.log, NULL, NULL);
    pid_t esc = ll_t_spawn("escalate", S.cfg, S.log, NULL, NULL);
    pid_t itk = ll_t_spawn("internetaken", S.cfg, S.log, NULL, NULL);
    assert_int_equal(ll_t_wait_http(S.ki_port, "/readyz", 200, 30000), 200);

    char url[512], actor[37] = "", ref[11] = "";
    klantcontact_create("telefoon",
                        "Ik ruik hier buiten echt gas bij de flat, het stinkt in het hele portiek",
                        url, sizeof(url));
    assert_int_equal(tasks_wait(url, 1, 60000, actor, ref), 1);
    assert_string_equal(actor, crisis);
    assert_int_equal(ref[0], 'L');
    assert_int_equal(strlen(ref), 10);

    /* Restarts: the adapter (and the same notification again), and the sink, also
     * with its offsets gone (a new group reads every escalation again). */
    assert_int_equal(ll_t_stop(ki, SIGTERM, 10000), 0);
    ki = ll_t_spawn("klantinteracties", S.cfg, S.log, NULL, NULL);
    assert_int_equal(ll_t_wait_http(S.ki_port, "/readyz", 200, 30000), 200);
    char body[2048], resp[4096];
    notification_for(url, body, sizeof(body));
    assert_int_equal(notify(KI_AUTH JSON_CT, body, resp, sizeof(resp)), 202);
    assert_int_equal(ll_t_stop(itk, SIGKILL, 10000), 128 + SIGKILL);
    char group[160];
    snprintf(group, sizeof(group), "it2.%s", S.tag);
    ll_t_config_set(S.cfg, "internetaken", "group", group);
    assert_true(ll_t_file_has(S.cfg, "^group = it2\\."));
    itk = ll_t_spawn("internetaken", S.cfg, S.log, NULL, NULL);
    assert_int_equal(ll_t_wait_http(it_metrics, "/readyz", 200, 30000), 200);
    long long t0 = ll_t_now_ms();
    while (!ll_t_file_has(S.log, "is already there") && ll_t_now_ms() - t0 < 30000)
        ll_t_sleep_ms(300);
    assert_true(ll_t_file_has(S.log, "is already there"));
    ll_t_sleep_ms(3000);
    assert_int_equal(tasks_for(url, actor, ref), 1);

    /* Without a klantcontact: one is made (kanaal luisterloop, which the adapter leaves
     * alone when it is notified of it), and the task goes to the default actor. */
    int before = tasks_for(NULL, actor, ref);
    char id[160];
    snprintf(id, sizeof(id), "esc-%s-plain", S.tag);
    produce_escalation(esc_topic, id, "wijkteam-noord");
    assert_int_equal(tasks_wait(NULL, before + 1, 30000, actor, ref), before + 1);
    /* The API fails twice, then takes it: retried, one task. The sink's POSTs fail, not
     * this test's own GETs (tasks_wait) that may come in between. */
    char fail[128];
    snprintf(fail, sizeof(fail),
             "{\"path\":\"/internetaken\",\"method\":\"POST\",\"status\":503,\"times\":2}");
    assert_int_equal(
        ll_t_http(S.fake_port, "POST", "/_fail", JSON_CT, fail, strlen(fail), resp, sizeof(resp)),
        200);
    snprintf(id, sizeof(id), "esc-%s-retried", S.tag);
    produce_escalation(esc_topic, id, "kcc");
    assert_int_equal(tasks_wait(NULL, before + 2, 30000, actor, ref), before + 2);
    assert_true(ll_t_file_has(S.log, "trying again in"));
    /* The API refuses (a 400): a dead letter, and the sink goes on with the next. */
    snprintf(fail, sizeof(fail),
             "{\"path\":\"/internetaken\",\"method\":\"POST\",\"status\":400,\"times\":1}");
    assert_int_equal(
        ll_t_http(S.fake_port, "POST", "/_fail", JSON_CT, fail, strlen(fail), resp, sizeof(resp)),
        200);
    snprintf(id, sizeof(id), "esc-%s-refused", S.tag);
    produce_escalation(esc_topic, id, "kcc");
    snprintf(id, sizeof(id), "esc-%s-after", S.tag);
    produce_escalation(esc_topic, id, "kcc");
    assert_int_equal(tasks_wait(NULL, before + 3, 30000, actor, ref), before + 3);
    dl_count dc = {0};
    ll_t_consume_all(dlq, 0, 500, count_internetaken_dl, &dc);
    assert_int_equal(dc.n, 1);
    /* The sink's dead letter is a CloudEvent on the wire as well (issue 17). */
    assert_int_equal(ll_t_cloudevents_check(dlq, "nl.luisterloop.deadletter", 1), 0);
    ll_t_sleep_ms(2000);
    assert_int_equal(tasks_for(NULL, actor, ref), before + 3);
    assert_int_equal(tasks_for(url, actor, ref), 1);

    /* The Runbook's `dlq replay` of that dead letter makes its task (it exited 1 with "no
     * raw event ... give it to its adapter": user check of 12-02), and only once: again,
     * the task is found by its referentienummer and nothing is posted. An API that does
     * not answer is 75, try again. */
    char out[1024];
    snprintf(fail, sizeof(fail),
             "{\"path\":\"/internetaken\",\"method\":\"GET\",\"status\":503,\"times\":1}");
    assert_int_equal(
        ll_t_http(S.fake_port, "POST", "/_fail", JSON_CT, fail, strlen(fail), resp, sizeof(resp)),
        200);
    assert_int_equal(dlq_replay(dc.id, out, sizeof(out)), 75);
    assert_int_equal(tasks_for(NULL, actor, ref), before + 3);
    assert_int_equal(dlq_replay(dc.id, out, sizeof(out)), 0);
    assert_non_null(strstr(out, "now has internetaak L"));
    assert_int_equal(tasks_for(NULL, actor, ref), before + 4);
    char refused_ref[16];
    snprintf(refused_ref, sizeof(refused_ref), "%.10s", strstr(out, "internetaak L") + 12);
    assert_int_equal(dlq_replay(dc.id, out, sizeof(out)), 0);
    assert_non_null(strstr(out, "already had (nothing posted) internetaak L"));
    assert_non_null(strstr(out, refused_ref));
    assert_int_equal(tasks_for(NULL, actor, ref), before + 4);

    assert_false(ll_t_file_has(S.plog, "errors#(VIOLATIONS|UNPROCESSABLE_ENTITY|NO_)"));
    assert_int_equal(ll_t_stop(itk, SIGTERM, 10000), 0);
    assert_int_equal(ll_t_stop(esc, SIGTERM, 20000), 0);
    assert_int_equal(ll_t_stop(ki, SIGTERM, 10000), 0);
    assert_int_equal(ll_t_stop(proc, SIGTERM, 20000), 0);
}

static int teardown(void **state) {
    (void)state;
    if (S.prism)
        ll_t_stop(S.prism, SIGTERM, 5000);
    if (S.fake)
        ll_t_stop(S.fake, SIGTERM, 5000);
    return 0;
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(contact_in_notified_enriched_repeated_and_bad_input),
        cmocka_unit_test(critical_contact_becomes_one_internetaak),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
