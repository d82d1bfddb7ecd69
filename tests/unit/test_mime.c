/* test_mime.c - the e-mail reduction: the tests/data/mail corpus, HTML, trimming, kinds, events. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "deadletter.h"
#include "email.h"
#include "event.h"
#include "ident.h"
#include "ll_limits.h"
#include "mime.h"
#include "text.h"

#define MAX_BYTES (32u * 1024 * 1024) /* the [email] max_message_bytes default */
#define NOW_MS 1700000000000LL        /* 2023-11-14T22:13:20Z */

static char *load(const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof(path), "%s/tests/data/mail/%s", LL_SOURCE_DIR, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    *len = (size_t)n;
    return buf;
}

static ll_mime *parse_file(const char *name) {
    size_t len;
    char *buf = load(name, &len);
    ll_err err;
    ll_mime *m = ll_mime_parse(buf, len, MAX_BYTES, &err);
    if (!m)
        fail_msg("%s rejected: %s: %s", name, err.field, err.msg);
    free(buf);
    /* Whatever came in, what goes out is valid UTF-8 without stray controls. */
    assert_true(ll_utf8_valid(m->text, strlen(m->text), NULL));
    assert_true(ll_utf8_valid(m->subject, strlen(m->subject), NULL));
    assert_true(ll_utf8_valid(m->from_name, strlen(m->from_name), NULL));
    assert_false(ll_has_control(m->text));
    assert_null(strchr(m->text, '\r'));
    assert_int_equal(m->text_len, strlen(m->text));
    return m;
}

static cJSON *event_of(const ll_mime *m) {
    ll_err err;
    cJSON *ev = ll_email_to_event(m, "/luisterloop", NOW_MS, &err);
    if (!ev)
        fail_msg("no event: %s: %s", err.field, err.msg);
    return ev;
}

static const char *dstr(const cJSON *ev, const char *name) {
    return ll_json_str(ll_event_data(ev), name);
}

static void assert_has(const char *hay, const char *needle) {
    if (!strstr(hay, needle))
        fail_msg("'%s' not in:\n%s", needle, hay);
}

static void assert_lacks(const char *hay, const char *needle) {
    if (strstr(hay, needle))
        fail_msg("'%s' should not be in:\n%s", needle, hay);
}

static const char *pseudonym_of(const cJSON *ev) {
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "citizen");
    return c ? ll_json_str(c, "pseudonym") : NULL;
}

static int setup(void **state) {
    (void)state;
    return ll_ident_init("unit-test-secret-0123456789abcdef");
}

/* ------------------------------------------------------------------ corpus */

static void outlook_html_only(void **state) {
    (void)state;
    ll_mime *m = parse_file("outlook_html_only.eml");
    assert_true(m->html_only);
    assert_string_equal(m->charset, "windows-1252");
    assert_string_equal(m->subject, "Formele klacht parkeervergunning");
    assert_string_equal(m->from_addr, "renee.vandenberg@outlook.example");
    assert_string_equal(m->from_name, "Ren\u00e9e van den Berg");
    assert_string_equal(m->message_id,
                        "AM7PR03MB6577C1F0E2A9D4B8F3E1A2C9B4E2A@AM7PR03MB6577.eurprd03.prod."
                        "outlook.example");
    assert_true(
        strncmp(m->text, "Geachte heer/mevrouw,\n\nHierbij wil ik een formele klacht", 55) == 0);
    assert_has(m->text, "\u20ac 75,00 betaald");                       /* &#8364;&nbsp; */
    assert_has(m->text, "\u201cdaar kunnen wij niets aan doen\u201d"); /* cp1252 QP */
    assert_has(m->text, "onacceptabel & ik");                          /* &amp; */
    /* Styles, Office XML, scripts and markup never reach the text. */
    assert_lacks(m->text, "MsoNormal");
    assert_lacks(m->text, "font-family");
    assert_lacks(m->text, "shapedefaults");
    assert_lacks(m->text, "alert(");
    assert_lacks(m->text, "<");
    assert_lacks(m->text, "&nbsp;");
    /* The sign-off and the name block are the signature. */
    assert_lacks(m->text, "Met vriendelijke groet");
    assert_lacks(m->text, "Oudegracht");
    assert_has(m->signature, "3511 AB Utrecht");
    assert_int_equal(m->attachments, 0);

    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "kind"), "complaint");
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "formal")));
    assert_string_equal(dstr(ev, "postcode"), "3511AB");
    /* Received when we got it; the sender's Date: is only sent_at. */
    assert_string_equal(dstr(ev, "received_at"), "2023-11-14T22:13:20.000Z");
    assert_string_equal(dstr(ev, "sent_at"), "2023-10-10T07:13:58Z");
    assert_string_equal(dstr(ev, "channel"), "email");
    assert_null(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "contact"));
    char ps[LL_PSEUDONYM_LEN + 1];
    ll_pseudonym("email", "renee.vandenberg@outlook.example", ps);
    assert_string_equal(pseudonym_of(ev), ps);
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void alternative_prefers_plain(void **state) {
    (void)state;
    ll_mime *m = parse_file("alternative.eml");
    assert_false(m->html_only);
    assert_lacks(m->text, "HTML-VERSIE");
    assert_string_equal(m->text,
                        "Goedemiddag,\n\nWanneer wordt het grofvuil in de Tuinstraat weer "
                        "opgehaald? De afspraak\nvan vorige week is niet doorgegaan en de bank "
                        "staat nog steeds op de stoep.\n\nGraag contact met mij op via dit adres, "
                        "of bel mij op 06 98765432.");
    assert_string_equal(m->signature, "Groeten,\nDaan");
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "kind"), "question");
    /* "bel mij" / "graag contact": contact with the From address and name. */
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "contact");
    assert_non_null(c);
    assert_string_equal(ll_json_str(c, "email"), "daan@daan.example");
    assert_string_equal(ll_json_str(c, "name"), "Daan de Wit");
    assert_string_equal(dstr(ev, "source_ref"),
                        "5b1e7c2a-9f3d-4e8a-b1c2-7d6e5f4a3b2c@daan.example");
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void related_inline_image_is_not_an_attachment(void **state) {
    (void)state;
    ll_mime *m = parse_file("related_inline.eml");
    assert_true(m->html_only);
    assert_int_equal(m->attachments, 0);
    assert_int_equal(m->nnames, 0);
    assert_has(m->text, "Sinds drie dagen is de lantaarnpaal voor Kerkstraat 8 kapot.");
    assert_has(m->text, "Het is 's avonds echt donker"); /* &#39; */
    assert_lacks(m->text, "cid:");
    assert_string_equal(m->message_id, "E1B2C3D4-A5B6-4C7D-8E9F-0A1B2C3D4E5F@icloud.example");
    ll_mime_free(m);
}

static void forwarded_keeps_the_forwarded_text(void **state) {
    (void)state;
    ll_mime *m = parse_file("forwarded.eml");
    assert_string_equal(m->text,
                        "Nog steeds niets gebeurd, zie mijn melding hieronder.\n\nBij de bushalte "
                        "aan de Vondellaan 1234 liggen al weken stoeptegels los.\nMijn moeder is "
                        "er vorige week bijna over gestruikeld.");
    assert_true(m->quote_trimmed);
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "kind"), "report");
    /* "Vondellaan 1234 liggen": four digits then a word is no postcode. */
    assert_null(dstr(ev, "postcode"));
    cJSON_Delete(ev);
    ll_mime_free(m);
}

/* A forward with a note of its own and the message as attachment: both texts, the note's
 * signature not (the attached text was lost, 12-02). */
static void forwarded_attachment_keeps_its_text(void **state) {
    (void)state;
    ll_mime *m = parse_file("forwarded_attachment.eml");
    assert_string_equal(m->text, "Doorgestuurd als bijlage, graag dringend contact met deze "
                                 "patient.\n\nIk wil er niet meer zijn. Niemand helpt mij met "
                                 "de schulden.");
    assert_lacks(m->text, "Assistente");
    assert_lacks(m->text, "Doorgestuurd bericht");
    ll_mime_free(m);
}

static void reply_history_and_signature_trimmed(void **state) {
    (void)state;
    ll_mime *m = parse_file("reply_quoted.eml");
    assert_string_equal(m->text,
                        "Beste meneer De Vries,\n\nDank voor uw antwoord, maar het probleem is "
                        "niet opgelost. De container op\nhet Plein staat nog steeds vol en er "
                        "liggen zakken naast. Ik wil hier een\nklacht over indienen.");
    assert_true(m->quote_trimmed);
    assert_has(m->signature, "Met vriendelijke groet,");
    assert_has(m->signature, "BSN: 123456782");
    assert_lacks(m->signature, "schreef");
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "kind"), "complaint");
    assert_null(cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "formal"));
    /* The postcode of the signature, not the one in the quoted history. */
    assert_string_equal(dstr(ev, "postcode"), "1234AB");
    /* The BSN is the strongest identifier; it is never in the event. */
    char ps[LL_PSEUDONYM_LEN + 1];
    ll_pseudonym("bsn", "123456782", ps);
    assert_string_equal(pseudonym_of(ev), ps);
    char *json = cJSON_PrintUnformatted(ev);
    assert_lacks(json, "123456782");
    free(json);
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void latin1_converted(void **state) {
    (void)state;
    ll_mime *m = parse_file("latin1.eml");
    assert_string_equal(m->charset, "iso-8859-1");
    assert_string_equal(m->subject, "Overlast caf\u00e9 op de hoek"); /* =?iso-8859-1?Q?...?= */
    assert_string_equal(m->from_name, "Zo\u00eb M\u00fcller");
    assert_has(m->text, "Het caf\u00e9 op de hoek");
    assert_has(m->text, "(ge\u00efrriteerd, \u00e9\u00e9n nacht");
    /* 0x80 under an ISO-8859-1 label is the Windows-1252 euro sign. */
    assert_has(m->text, "De boete van \u20ac 50");
    assert_lacks(m->text, "groeten");
    assert_string_equal(m->signature, "Met vriendelijke groeten,\nZo\u00eb M\u00fcller");
    ll_mime_free(m);
}

static void windows1252_converted(void **state) {
    (void)state;
    ll_mime *m = parse_file("cp1252.eml");
    assert_string_equal(m->subject, "Parkeermeter \u201cslikt\u201d munten");
    assert_string_equal(m->text,
                        "Beste medewerker,\n\nDe parkeermeter aan de Markt \u201cslikt\u201d "
                        "munten: ik verloor \u20ac 4,50 en kreeg toch een bon.\nDat is toch niet "
                        "de bedoeling\u2026 Ik wil graag mijn geld terug \u2013 of een "
                        "verklaring.");
    assert_string_equal(m->signature, "Hoogachtend,\nRen\u00e9 Dijkstra");
    assert_string_equal(m->message_id, "000001d9fe5a$3b2c1d00$b1845700$@kpn.example");
    ll_mime_free(m);
}

static void utf8_base64_and_encoded_words(void **state) {
    (void)state;
    ll_mime *m = parse_file("utf8_base64.eml");
    assert_string_equal(m->subject, "Compliment voor het Stadsloket \u2764"); /* =?UTF-8?B? */
    assert_string_equal(m->from_name, "Jos\u00e9 de Vri\u00ebs");             /* =?UTF-8?Q? */
    assert_has(m->text, "paspoort \u2014 binnen tien minuten klaar! \U0001F44D");
    assert_lacks(m->text, "Groet");
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "kind"), "compliment");
    assert_string_equal(dstr(ev, "subject"), "Compliment voor het Stadsloket \u2764");
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void attachments_counted_and_named(void **state) {
    (void)state;
    ll_mime *m = parse_file("attachments.eml");
    assert_int_equal(m->attachments, 3);
    assert_int_equal(m->nnames, 3);
    assert_string_equal(m->names[0], "taxatierapport.pdf");           /* path dropped */
    assert_string_equal(m->names[1], "foto gevel \u00e9\u00e9n.jpg"); /* RFC 2231 */
    assert_string_equal(m->names[2], "notities.txt");
    /* A text/plain attachment is an attachment, not the body. */
    assert_lacks(m->text, "Deze tekst is een bijlage");
    assert_lacks(m->text, "%PDF");
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "kind"), "objection");
    assert_string_equal(dstr(ev, "postcode"), "2514EA");
    /* The BSN line becomes the pseudonym and leaves the text. */
    assert_lacks(dstr(ev, "text"), "111222333");
    assert_lacks(dstr(ev, "text"), "BSN");
    char ps[LL_PSEUDONYM_LEN + 1];
    ll_pseudonym("bsn", "111222333", ps);
    assert_string_equal(pseudonym_of(ev), ps);
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "attachments");
    assert_non_null(a);
    assert_int_equal(cJSON_GetObjectItemCaseSensitive(a, "count")->valueint, 3);
    const cJSON *names = cJSON_GetObjectItemCaseSensitive(a, "names");
    assert_int_equal(cJSON_GetArraySize(names), 3);
    assert_string_equal(cJSON_GetArrayItem(names, 1)->valuestring, "foto gevel \u00e9\u00e9n.jpg");
    cJSON_Delete(ev);
    ll_mime_free(m);
}

/* Issue 14: an attachment's name is typed by people too, and went to feedback.raw as it
 * was: "paspoort Jan Jansen BSN 123456782.pdf". */
static void attachment_names_masked(void **state) {
    (void)state;
    const char *mail = "From: a@example.nl\nMessage-ID: <att-bsn@example.nl>\nSubject: paspoort\n"
                       "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
                       "--b\nContent-Type: text/plain; charset=utf-8\n\nHierbij mijn paspoort.\n"
                       "--b\nContent-Type: application/pdf\nContent-Disposition: attachment; "
                       "filename=\"paspoort Jan Jansen BSN 123456782.pdf\"\n"
                       "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n";
    ll_err err;
    ll_mime *m = ll_mime_parse(mail, strlen(mail), MAX_BYTES, &err);
    assert_non_null(m);
    assert_int_equal(m->nnames, 1);
    cJSON *ev = event_of(m);
    const cJSON *a = cJSON_GetObjectItemCaseSensitive(ll_event_data(ev), "attachments");
    const cJSON *names = cJSON_GetObjectItemCaseSensitive(a, "names");
    assert_string_equal(cJSON_GetArrayItem(names, 0)->valuestring,
                        "paspoort Jan Jansen BSN [BSN].pdf");
    char *wire = cJSON_PrintUnformatted(ev);
    assert_lacks(wire, "123456782");
    free(wire);
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void no_message_id_hashes_the_bytes(void **state) {
    (void)state;
    size_t len;
    char *buf = load("no_message_id.eml", &len);
    ll_err err;
    ll_mime *a = ll_mime_parse(buf, len, MAX_BYTES, &err);
    ll_mime *b = ll_mime_parse(buf, len, MAX_BYTES, &err);
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a->message_id, "");
    char key[96];
    ll_mime_raw_key(buf, len, key, sizeof(key));
    assert_string_equal(a->natural_key, key);
    assert_int_equal(strncmp(key, "blake2b:", 8), 0);
    assert_int_equal(strlen(key), 8 + 32);
    cJSON *e1 = event_of(a), *e2 = event_of(b);
    assert_string_equal(ll_json_str(e1, "id"), ll_json_str(e2, "id"));
    assert_string_equal(dstr(e1, "source_ref"), key);
    assert_string_equal(dstr(e1, "text"),
                        "Het Wilhelminapark ligt vol hondenpoep. Er wordt niet gehandhaafd.");
    /* One byte more is another message, another key. */
    buf[len - 2] = '!';
    ll_mime *c = ll_mime_parse(buf, len, MAX_BYTES, &err);
    assert_non_null(c);
    assert_string_not_equal(c->natural_key, key);
    cJSON_Delete(e1);
    cJSON_Delete(e2);
    ll_mime_free(a);
    ll_mime_free(b);
    ll_mime_free(c);
    free(buf);
}

static void same_message_id_same_event_id(void **state) {
    (void)state;
    ll_mime *a = parse_file("alternative.eml");
    cJSON *e1 = event_of(a);
    ll_err err;
    cJSON *e2 = ll_email_to_event(a, "/luisterloop", NOW_MS + 3600 * 1000, &err);
    assert_non_null(e2);
    assert_string_equal(ll_json_str(e1, "id"), ll_json_str(e2, "id"));
    char id[LL_EVENT_ID_LEN + 1];
    ll_event_id_from_key("/luisterloop/email",
                         "daan@daan.example|5b1e7c2a-9f3d-4e8a-b1c2-7d6e5f4a3b2c@daan.example", id);
    assert_string_equal(ll_json_str(e1, "id"), id);
    assert_string_equal(ll_json_str(e1, "source"), "/luisterloop/email");
    /* Issue 14: the same Message-ID from someone else is another message, so nobody can
     * make a genuine mail a duplicate by sending its Message-ID first. */
    ll_mime *b = parse_file("alternative.eml");
    snprintf(b->from_addr, sizeof(b->from_addr), "%s", "mallory@example.org");
    cJSON *e3 = event_of(b);
    assert_string_not_equal(ll_json_str(e1, "id"), ll_json_str(e3, "id"));
    cJSON_Delete(e3);
    ll_mime_free(b);
    cJSON_Delete(e1);
    cJSON_Delete(e2);
    ll_mime_free(a);
}

static void outlook_reply_block_and_future_date(void **state) {
    (void)state;
    ll_mime *m = parse_file("outlook_reply.eml");
    assert_string_equal(m->text,
                        "Waarom moet ik twee keer afvalstoffenheffing betalen voor hetzelfde "
                        "jaar?\n\nKarin");
    assert_true(m->quote_trimmed);
    cJSON *ev = event_of(m);
    /* The quoted mail says "klacht"; only the citizen's words count. */
    assert_string_equal(dstr(ev, "kind"), "question");
    /* Date: 2035 lies more than a day ahead: the intake time instead. */
    assert_string_equal(dstr(ev, "received_at"), "2023-11-14T22:13:20.000Z");
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void garbage_rejected(void **state) {
    (void)state;
    size_t len;
    char *buf = load("garbage.eml", &len);
    ll_err err;
    assert_null(ll_mime_parse(buf, len, MAX_BYTES, &err));
    assert_string_equal(err.field, "header");
    assert_has(err.msg, "not an RFC 5322 message");
    free(buf);
    const char *prose = "Dit is geen e-mail\nmaar gewoon tekst.\n";
    assert_null(ll_mime_parse(prose, strlen(prose), MAX_BYTES, &err));
    assert_string_equal(err.field, "header");
    const char *fake = "Foo: bar\nBaz: qux\n\nbody\n";
    assert_null(ll_mime_parse(fake, strlen(fake), MAX_BYTES, &err));
    assert_has(err.msg, "no From, Date");
}

static void no_text_rejected(void **state) {
    (void)state;
    size_t len;
    char *buf = load("no_text.eml", &len);
    ll_err err;
    assert_null(ll_mime_parse(buf, len, MAX_BYTES, &err));
    assert_string_equal(err.field, "text");
    assert_string_equal(err.msg, "no text in the message");
    free(buf);
    const char *blank = "From: a@b.nl\nSubject:  \xe2\x80\x8b\n\n  \n\t\n";
    assert_null(ll_mime_parse(blank, strlen(blank), MAX_BYTES, &err));
    assert_string_equal(err.field, "text");
    /* Zero-width and no-break spaces show nothing either (P2, REPORT-user2). */
    const char *invisible = "From: a@b.nl\nContent-Type: text/plain; charset=utf-8\n"
                            "\n\xe2\x80\x8b\xe2\x80\x8b\n\xc2\xa0\xef\xbb\xbf \n";
    assert_null(ll_mime_parse(invisible, strlen(invisible), MAX_BYTES, &err));
    assert_string_equal(err.field, "text");
    assert_string_equal(err.msg, "no text in the message");
}

/* A mail said in its subject alone is taken with the subject as its text, also beside a
 * photo; an encrypted body with a subject stays a dead letter (its words are in the
 * sealed original, not the subject). */
static void subject_only_is_the_text(void **state) {
    (void)state;
    ll_err err;
    const char *bare = "From: bewoner@example.nl\nSubject: Gaslucht in het portiek, kinderen "
                       "spelen er\nDate: Tue, 17 Oct 2023 08:00:00 +0200\n\n\n";
    ll_mime *m = ll_mime_parse(bare, strlen(bare), MAX_BYTES, &err);
    if (!m)
        fail_msg("rejected: %s: %s", err.field, err.msg);
    assert_string_equal(m->text, "Gaslucht in het portiek, kinderen spelen er");
    assert_int_equal(m->text_len, strlen(m->text));
    assert_string_equal(m->subject, "Gaslucht in het portiek, kinderen spelen er");
    ll_mime_free(m);

    const char *photo = "From: bewoner@example.nl\nSubject: Losse stoeptegel bij de school\n"
                        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n"
                        "--b\nContent-Type: text/plain; charset=utf-8\n\n \n--b\n"
                        "Content-Type: image/jpeg; name=\"IMG_0001.jpg\"\n"
                        "Content-Disposition: attachment; filename=\"IMG_0001.jpg\"\n"
                        "Content-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQ==\n--b--\n";
    m = ll_mime_parse(photo, strlen(photo), MAX_BYTES, &err);
    if (!m)
        fail_msg("rejected: %s: %s", err.field, err.msg);
    assert_string_equal(m->text, "Losse stoeptegel bij de school");
    assert_int_equal(m->attachments, 1);
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "text"), "Losse stoeptegel bij de school");
    cJSON_Delete(ev);
    ll_mime_free(m);

    const char *sealed = "From: bewoner@example.nl\nSubject: Mijn vraag\nMIME-Version: 1.0\n"
                         "Content-Type: multipart/encrypted; "
                         "protocol=\"application/pgp-encrypted\"; boundary=\"e\"\n\n"
                         "--e\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n--e\n"
                         "Content-Type: application/octet-stream\n\n"
                         "-----BEGIN PGP MESSAGE-----\nhQEMA\n-----END PGP MESSAGE-----\n--e--\n";
    assert_null(ll_mime_parse(sealed, strlen(sealed), MAX_BYTES, &err));
    assert_string_equal(err.field, "text");
    assert_string_equal(err.msg, "encrypted message: no readable text");
}

static void size_limits(void **state) {
    (void)state;
    ll_err err;
    assert_null(ll_mime_parse("", 0, MAX_BYTES, &err));
    assert_string_equal(err.msg, "empty message");
    size_t len;
    char *buf = load("alternative.eml", &len);
    assert_null(ll_mime_parse(buf, len, len - 1, &err));
    assert_has(err.msg, "larger than max_message_bytes");
    ll_mime *m = ll_mime_parse(buf, len, len, &err);
    assert_non_null(m);
    ll_mime_free(m);
    free(buf);
}

/* 20 MiB attachment, made here: parsed within the limit, counted, never kept. */
static void big_attachment(void **state) {
    (void)state;
    const size_t att = 20u * 1024 * 1024;
    const char *head =
        "From: Groot Bestand <groot@example.nl>\r\nTo: info@gemeente.example\r\n"
        "Subject: Foto's van de wateroverlast\r\nDate: Tue, 17 Oct 2023 10:00:00 +0200\r\n"
        "Message-ID: <big-20mib@example.nl>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"BIG\"\r\n\r\n--BIG\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "De kelder staat onder water sinds de storm. Zie de video in de bijlage.\r\n"
        "--BIG\r\nContent-Type: video/mp4; name=\"kelder.mp4\"\r\n"
        "Content-Disposition: attachment; filename=\"kelder.mp4\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n";
    const char *tail = "\r\n--BIG--\r\n";
    size_t b64 = (att + 2) / 3 * 4, lines = b64 / 76 + 1;
    size_t cap = strlen(head) + b64 + lines * 2 + strlen(tail) + 1;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t n = (size_t)snprintf(buf, cap, "%s", head);
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < b64; i++) {
        buf[n++] = alphabet[(i * 2654435761u >> 7) & 63];
        if (i % 76 == 75) {
            buf[n++] = '\r';
            buf[n++] = '\n';
        }
    }
    n += (size_t)snprintf(buf + n, cap - n, "%s", tail);
    assert_true(n > att && n < MAX_BYTES);

    ll_err err;
    clock_t t0 = clock();
    ll_mime *m = ll_mime_parse(buf, n, MAX_BYTES, &err);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (!m)
        fail_msg("rejected: %s", err.msg);
    assert_int_equal(m->attachments, 1);
    assert_string_equal(m->names[0], "kelder.mp4");
    assert_string_equal(m->text,
                        "De kelder staat onder water sinds de storm. Zie de video in de bijlage.");
    assert_true(m->text_len < 100); /* nothing of the attachment is kept */
    print_message("20 MiB attachment parsed in %.2f s CPU\n", secs);
    cJSON *ev = event_of(m);
    char *json = cJSON_PrintUnformatted(ev);
    assert_true(strlen(json) < 2048);
    free(json);
    cJSON_Delete(ev);
    ll_mime_free(m);
    /* Under a smaller max_message_bytes the same mail is refused up front. */
    assert_null(ll_mime_parse(buf, n, 16u * 1024 * 1024, &err));
    assert_has(err.msg, "larger than max_message_bytes");
    free(buf);
}

/* ------------------------------------------------------------------ edge cases */

static void declared_utf8_with_invalid_bytes(void **state) {
    (void)state;
    const char *mail = "From: a@example.nl\nSubject: =?utf-8?q?kapot=FF?=\nMIME-Version: 1.0\n"
                       "Content-Type: text/plain; charset=utf-8\n\nDe lamp is kapot \xff\xfe en"
                       " \xc3 nu\x01 al\x7f weken.\n";
    ll_err err;
    ll_mime *m = ll_mime_parse(mail, strlen(mail), MAX_BYTES, &err);
    assert_non_null(m);
    assert_true(ll_utf8_valid(m->text, strlen(m->text), NULL));
    assert_true(ll_utf8_valid(m->subject, strlen(m->subject), NULL));
    assert_string_equal(m->text, "De lamp is kapot \uFFFD\uFFFD en \uFFFD nu al weken.");
    cJSON *ev = event_of(m);
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void unknown_and_missing_charsets(void **state) {
    (void)state;
    ll_err err;
    /* An unknown charset with non-UTF-8 bytes is read as Windows-1252. */
    const char *a = "From: a@example.nl\nMIME-Version: 1.0\nContent-Type: text/plain; "
                    "charset=x-klingon\n\nCaf\xe9 \x80 5\n";
    ll_mime *m = ll_mime_parse(a, strlen(a), MAX_BYTES, &err);
    assert_non_null(m);
    assert_string_equal(m->text, "Caf\u00e9 \u20ac 5");
    ll_mime_free(m);
    /* No charset, but valid UTF-8: taken as UTF-8. */
    const char *b = "From: a@example.nl\nSubject: caf\xc3\xa9\n\nCaf\xc3\xa9 open\n";
    m = ll_mime_parse(b, strlen(b), MAX_BYTES, &err);
    assert_non_null(m);
    assert_string_equal(m->text, "Caf\u00e9 open");
    assert_string_equal(m->subject, "caf\u00e9"); /* raw 8-bit header */
    ll_mime_free(m);
    /* Windows-1252 bytes that define nothing (0x81) become U+FFFD. */
    const char *c = "From: a@example.nl\nContent-Type: text/plain; charset=windows-1252\n\n"
                    "a\x81z\n";
    m = ll_mime_parse(c, strlen(c), MAX_BYTES, &err);
    assert_non_null(m);
    assert_string_equal(m->text, "a\uFFFDz");
    ll_mime_free(m);
}

static void binary_body_rejected(void **state) {
    (void)state;
    char mail[2048];
    size_t n = (size_t)snprintf(mail, sizeof(mail),
                                "From: a@example.nl\nContent-Type: text/plain; charset=utf-8\n\n");
    for (int i = 0; i < 600; i++)
        mail[n++] = (char)(0x80 + (i * 7) % 0x40);
    ll_err err;
    assert_null(ll_mime_parse(mail, n, MAX_BYTES, &err));
    assert_string_equal(err.field, "text");
    assert_has(err.msg, "undecodable");
}

static void long_text_truncated_on_a_boundary(void **state) {
    (void)state;
    size_t cap = LL_MAX_TEXT_BYTES * 3;
    char *mail = malloc(cap);
    assert_non_null(mail);
    size_t n = (size_t)snprintf(mail, cap,
                                "From: a@example.nl\nSubject: lang\n"
                                "Content-Type: text/plain; charset=utf-8\n\n");
    while (n + 80 < cap - 8) {
        memcpy(mail + n, "\xc3\xa9\xc3\xa9n ", 6); /* "één " */
        n += 6;
    }
    /* what the mail asks, at its end: kept, after a mark for what was left out */
    n += (size_t)snprintf(mail + n, cap - n, "\nEr ligt een stroomkabel bloot bij de speeltuin.");
    ll_err err;
    ll_mime *m = ll_mime_parse(mail, n, MAX_BYTES, &err);
    assert_non_null(m);
    assert_true(m->text_truncated);
    assert_true(m->text_len <= LL_MAX_TEXT_BYTES);
    assert_int_equal(strlen(m->text), m->text_len);
    assert_true(ll_utf8_valid(m->text, m->text_len, NULL));
    assert_true(strncmp(m->text, "\xc3\xa9\xc3\xa9n ", 6) == 0);
    assert_non_null(strstr(m->text, "\n[\xE2\x80\xA6]\n"));
    assert_non_null(strstr(m->text, "stroomkabel bloot bij de speeltuin."));
    cJSON *ev = event_of(m); /* the validator takes it */
    cJSON_Delete(ev);
    ll_mime_free(m);
    free(mail);
}

/* The newest Received: header (our own MTA's) carries the receipt time; a
 * forged or skewed Date: does not move received_at (issue 12). */
static void received_header_is_parsed_date_is_not_receipt(void **state) {
    (void)state;
    const char *mail =
        "Received: from mx2.gemeente.example by mx1.gemeente.example with ESMTPS;\n"
        " Tue, 14 Nov 2023 23:00:00 +0100\n"
        "Received: from sender.example by mx2.gemeente.example; Mon, 13 Nov 2023 08:00:00 +0000\n"
        "From: a@example.nl\nDate: Mon, 13 Nov 2023 07:59:00 +0000\n"
        "Message-ID: <rcv@example.nl>\n\nDe lantaarnpaal is kapot.\n";
    ll_err err;
    ll_mime *m = ll_mime_parse(mail, strlen(mail), MAX_BYTES, &err);
    assert_non_null(m);
    assert_true(m->has_received);
    assert_int_equal(m->received, 1700000000LL - 800); /* 2023-11-14T22:00:00Z */
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "received_at"), "2023-11-14T22:13:20.000Z");
    assert_string_equal(dstr(ev, "sent_at"), "2023-11-13T07:59:00Z");
    cJSON_Delete(ev);
    ll_mime_free(m);
    const char *none = "From: a@example.nl\nReceived: garbage without a date\n\nTekst.\n";
    m = ll_mime_parse(none, strlen(none), MAX_BYTES, &err);
    assert_non_null(m);
    assert_false(m->has_received);
    ll_mime_free(m);
}

static void old_date_means_now(void **state) {
    (void)state;
    const char *mail = "From: a@example.nl\nDate: Mon, 1 Jan 1990 10:00:00 +0000\n"
                       "Message-ID: <old@example.nl>\n\nHet is te druk op de markt.\n"
                       "Mijn nummer is 123456782, zoals eerder gemeld\n";
    ll_err err;
    ll_mime *m = ll_mime_parse(mail, strlen(mail), MAX_BYTES, &err);
    assert_non_null(m);
    assert_true(m->has_date);
    cJSON *ev = event_of(m);
    assert_string_equal(dstr(ev, "received_at"), "2023-11-14T22:13:20.000Z");
    assert_null(dstr(ev, "sent_at")); /* 1990: no plausible sending time */
    /* A BSN inside a sentence is masked before anything reaches Kafka. */
    assert_lacks(dstr(ev, "text"), "123456782");
    assert_has(dstr(ev, "text"), "[BSN]");
    cJSON_Delete(ev);
    ll_mime_free(m);
}

static void html_to_text_rules(void **state) {
    (void)state;
    static const struct {
        const char *html, *text;
    } cases[] = {
        {"<p>a</p><p>b</p>", "a\n\nb\n\n"},
        {"x<br>y<BR/>z", "x\ny\nz"},
        {"<div>een</div><div>twee</div>", "een\ntwee\n"},
        {"<script>var a = '<p>';</script>tekst<style>p{}</style>", "tekst"},
        {"a <!-- <p>verborgen</p> --> b", "a b"},
        {"&lt;b&gt; &amp;amp; &eacute;&euml; &#233; &#x20AC; &#150; &bogus; &#0;",
         "<b> &amp; \u00e9\u00eb \u00e9 \u20ac \u2013 &bogus; \uFFFD"},
        {"a < b en c > d", "a < b en c > d"},
        {"<blockquote>oud<br>bericht</blockquote>nieuw", "> oud\n> bericht\nnieuw"},
        {"<ul><li>een<li>twee</ul>", "- een\n- twee\n"},
        {"  veel    \n\t ruimte  ", "veel ruimte"},
        {"<a href=\"https://x.nl/?a=1&b=2\" title='>'>link</a>", "link"},
        {"<title>Titel</title><head><meta charset=utf-8></head>body", "body"},
        {"<unclosed", ""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *t = ll_mime_html_to_text(cases[i].html, strlen(cases[i].html));
        if (strcmp(t, cases[i].text) != 0)
            fail_msg("html '%s' -> '%s', want '%s'", cases[i].html, t, cases[i].text);
        free(t);
    }
}

/* Issue 14: a body of nothing but sign-off lines made the signature search
 * count the following lines once per line (80k lines of "mvg": 14.5 s of CPU
 * while the Maildir intake waited). Now one pass: this CPU bound has a margin
 * of a hundred over the linear search under ASan, and fails the quadratic one
 * by ten. */
#define MVG_LINES 80000
static void signature_search_is_linear(void **state) {
    (void)state;
    char *body = malloc(MVG_LINES * 4 + 16);
    assert_non_null(body);
    for (size_t i = 0; i < MVG_LINES; i++)
        memcpy(body + i * 4, "mvg\n", 4);
    strcpy(body + MVG_LINES * 4, "mvg\nJan\n");
    clock_t t0 = clock();
    char *sig = NULL;
    char *t = ll_mime_trim(body, 0, &sig, NULL);
    double cpu = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_non_null(t);
    /* The first sign-off that only a short name block follows starts the signature. */
    assert_int_equal(strlen(t), (MVG_LINES + 1 - 8) * 4 - 1);
    assert_string_equal(sig, "mvg\nmvg\nmvg\nmvg\nmvg\nmvg\nmvg\nmvg\nJan");
    if (cpu > 1.0)
        fail_msg("trimming %d sign-off lines took %.2f s of CPU", MVG_LINES, cpu);
    free(t);
    free(sig);
    free(body);
}

static void trim_rules(void **state) {
    (void)state;
    static const struct {
        const char *in, *text, *sig;
        int forward;
    } cases[] = {
        {"Tekst\n-- \nJan\n06-1234", "Tekst", "--\nJan\n06-1234", 0},
        {"Tekst\n\nVerzonden vanaf mijn iPhone", "Tekst", "", 0},
        {"Tekst\n\nOn Mon, 2 Oct 2023 at 10:00, Gemeente <a@b.nl>\nwrote:\n> oud", "Tekst", "", 0},
        {"Tekst\n> oud\nmeer tekst", "Tekst\nmeer tekst", "", 0},
        /* One header-like line alone is text. */
        {"Van: mijn buurman hoorde ik het ook.\nDatum onbekend.",
         "Van: mijn buurman hoorde ik het ook.\nDatum onbekend.", "", 0},
        {"Zie onder\n\n-----Original Message-----\nFrom: x\nSent: y\nTo: z\nSubject: s\n\noud",
         "Zie onder", "", 0},
        /* In a forward (FW:) the same block is the forwarded text: keep its body. */
        {"Zie onder\n\n-----Original Message-----\nFrom: x\nSent: y\nTo: z\nSubject: s\n\noud",
         "Zie onder\n\noud", "", 1},
        /* "Groeten uit ..." is a sentence, not a sign-off. */
        {"Groeten uit Utrecht waar de bus niet reed.\nEcht waar.",
         "Groeten uit Utrecht waar de bus niet reed.\nEcht waar.", "", 0},
        /* A sign-off followed by a long letter is not a signature. */
        {"Groeten,\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10", "Groeten,\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10", "",
         0},
        {"\n\n  a  \n\n\n\nb\n\n", "  a\n\nb", "", 0},
        /* What a citizen writes below the quote (bottom-posting, or answers between the
         * quoted lines) is theirs: an attribution followed by quoted lines cuts only those.
         * "Ik wil niet meer leven" under a quote was dropped with it (user check of 12-01,
         * session 11). An attribution that unquoted text follows still cuts the rest. */
        {"Zie hieronder.\n\nOp 1 dec. 2026 schreef Gemeente <info@gemeente.nl>:\n> Wat is uw "
         "vraag?\n\nIk wil niet meer leven.",
         "Zie hieronder.\n\nIk wil niet meer leven.", "", 0},
        {"Op 1 dec. 2026 schreef Gemeente <a@b.nl>:\n> Vraag 1?\nAntwoord 1.\n> Vraag "
         "2?\nAntwoord 2.",
         "Antwoord 1.\nAntwoord 2.", "", 0},
        {"Tekst\n\nOp 1 dec. 2026 schreef Gemeente <a@b.nl>:\nOude tekst zonder quote\nmeer",
         "Tekst", "", 0},
        /* Quoted lines the writer points at, with no attribution giving them to another, are
         * the message: "> Ik wil er niet meer zijn ..." above "Zie hierboven. Is er al
         * nieuws?" kept only the question (user check of 12-02). Without the pointer, or
         * under another's attribution, they stay out. */
        {"> Ik wil er niet meer zijn, niemand helpt mij.\n>> met de schulden\n\nZie hierboven. "
         "Is er al nieuws?",
         "Ik wil er niet meer zijn, niemand helpt mij.\nmet de schulden\n\nZie hierboven. Is er "
         "al nieuws?",
         "", 0},
        {"> Ik wil er niet meer zijn.\n\nIs er al nieuws?", "Is er al nieuws?", "", 0},
        {"Op 1 dec. 2026 schreef Gemeente <a@b.nl>:\n> Denkt u aan zelfdoding?\n\nZie hierboven: "
         "nee hoor.",
         "Zie hierboven: nee hoor.", "", 0},
        /* A postscript after the sign-off is text, not the name block: "PS: ik wil niet meer
         * leven" under "Met vriendelijke groet, Piet" was dropped as signature (same check). */
        {"Geen geld.\n\nMet vriendelijke groet,\nPiet\n\nPS: ik wil niet meer leven.",
         "Geen geld.\n\nPS: ik wil niet meer leven.", "Met vriendelijke groet,\nPiet", 0},
        {"Tekst\n-- \nJan\nP.S. de pillen liggen klaar", "Tekst\nP.S. de pillen liggen klaar",
         "--\nJan", 0},
        /* A forward ends the forwarder's signature: the forwarded text is kept (a wijkagent's
         * note and name block above a citizen's threat dropped the threat, 12-02). */
        {"Ter info, graag z.s.m. oppakken.\n\nMet vriendelijke groet,\nJ. de Boer\nWijkagent "
         "Feijenoord\n\n-------- Doorgestuurd bericht --------\nVan: Bewoner "
         "<b@example.nl>\nOnderwerp: help\n\nMijn buurman dreigt mij met een mes.",
         "Ter info, graag z.s.m. oppakken.\n\nMijn buurman dreigt mij met een mes.",
         "Met vriendelijke groet,\nJ. de Boer\nWijkagent Feijenoord", 0},
        {"Zie onderstaande melding.\n\nGroet,\nAnne\n\nVan: Bewoner\nVerzonden: maandag\nAan: "
         "gemeente\nOnderwerp: gas\n\nHet ruikt hier sterk naar gas.",
         "Zie onderstaande melding.\n\nHet ruikt hier sterk naar gas.", "Groet,\nAnne", 1},
        /* A name that starts like one is no postscript. */
        {"Tekst\n\nGroet,\nPsyche de Wit", "Tekst", "Groet,\nPsyche de Wit", 0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *sig = NULL;
        char *t = ll_mime_trim(cases[i].in, cases[i].forward, &sig, NULL);
        if (strcmp(t, cases[i].text) != 0 || strcmp(sig, cases[i].sig) != 0)
            fail_msg("case %zu: text '%s' sig '%s'; want '%s' '%s'", i, t, sig, cases[i].text,
                     cases[i].sig);
        free(t);
        free(sig);
    }
}

static void kind_rules(void **state) {
    (void)state;
    static const struct {
        const char *subject, *text, *kind;
        int formal;
    } cases[] = {
        {"Klacht", "Ik wil een formele klacht indienen.", "complaint", 1},
        {"", "Hierbij dien ik een klacht in op grond van de Awb.", "complaint", 1},
        {"Bezwaar WOZ", "Ik ben het er niet mee eens.", "objection", 0},
        {"", "Ik heb een KLACHT over de bus.", "complaint", 0},
        {"Melding", "Lamp kapot.", "report", 0},
        {"", "Bedankt voor de snelle hulp!", "compliment", 0},
        {"Idee", "Mijn suggestie: meer bankjes.", "suggestion", 0},
        {"Vraag", "Wanneer is het loket open?", "question", 0},
        {"", "Zie https://x.nl/?a=1 voor de foto.", "signal", 0},
        {"", "Het is te druk op de markt.", "signal", 0},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        int formal = -1;
        const char *k = ll_email_kind(cases[i].subject, cases[i].text, &formal);
        if (strcmp(k, cases[i].kind) != 0 || formal != cases[i].formal)
            fail_msg("'%s' / '%s' -> %s formal %d; want %s %d", cases[i].subject, cases[i].text, k,
                     formal, cases[i].kind, cases[i].formal);
    }
}

static void deadletters(void **state) {
    (void)state;
    size_t len;
    char *buf = load("garbage.eml", &len);
    ll_err why;
    ll_err_set(&why, "header", "not an RFC 5322 message: no header block");
    cJSON *ev = ll_email_deadletter(buf, len, &why, "/luisterloop", NOW_MS);
    assert_non_null(ev);
    assert_int_equal(ll_event_validate_envelope(ev, "nl.luisterloop.deadletter", &why), 0);
    const cJSON *d = ll_event_data(ev);
    assert_string_equal(ll_json_str(d, "stage"), "email");
    assert_string_equal(ll_json_str(d, "field"), "header");
    assert_has(ll_json_str(d, "reason"), "not an RFC 5322");
    /* Without an operator key, no original is kept (issue 14: feedback.dlq kept whole
     * mails with contact data in clear for 30 days). */
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "original_omitted")));
    assert_null(ll_json_str(d, "original"));
    assert_null(ll_json_str(d, "original_base64"));
    assert_null(ll_json_str(d, "original_sealed"));
    /* The same bytes give the same dead letter id. */
    cJSON *again = ll_email_deadletter(buf, len, &why, "/luisterloop", NOW_MS + 5000);
    assert_string_equal(ll_json_str(ev, "id"), ll_json_str(again, "id"));
    cJSON_Delete(again);
    cJSON_Delete(ev);
    free(buf);
    /* With one, sealed to it: only the secret key opens it, to the very bytes. */
    unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    ll_deadletter_seal_to(pk);
    buf = load("no_text.eml", &len);
    ev = ll_email_deadletter(buf, len, &why, "/luisterloop", NOW_MS);
    d = ll_event_data(ev);
    assert_null(ll_json_str(d, "original"));
    const char *b64 = ll_json_str(d, "original_sealed");
    assert_non_null(b64);
    unsigned char *sealed = malloc(strlen(b64)), *plain = malloc(len + 1);
    size_t sl = 0;
    assert_int_equal(sodium_base642bin(sealed, strlen(b64), b64, strlen(b64), NULL, &sl, NULL,
                                       sodium_base64_VARIANT_ORIGINAL),
                     0);
    assert_int_equal(sl, len + crypto_box_SEALBYTES);
    assert_int_equal(crypto_box_seal_open(plain, sealed, sl, pk, sk), 0);
    assert_memory_equal(plain, buf, len);
    char *wire = cJSON_PrintUnformatted(ev);
    assert_null(strstr(wire, "Message-ID")); /* nothing of the mail in clear */
    free(wire);
    free(sealed);
    free(plain);
    ll_deadletter_seal_to(NULL);
    cJSON_Delete(ev);
    free(buf);
    /* Too large to keep, or too large even to read: reason and size only. */
    size_t big = LL_MAX_EVENT_BYTES + 1;
    char *b = malloc(big);
    assert_non_null(b);
    memset(b, 'a', big);
    ev = ll_email_deadletter(b, big, &why, "/luisterloop", NOW_MS);
    d = ll_event_data(ev);
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "original_omitted")));
    assert_null(ll_json_str(d, "original"));
    assert_int_equal(cJSON_GetObjectItemCaseSensitive(d, "original_bytes")->valuedouble, big);
    cJSON_Delete(ev);
    free(b);
    ev = ll_email_deadletter(NULL, 40u << 20, &why, "/luisterloop", NOW_MS);
    d = ll_event_data(ev);
    assert_true(cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(d, "original_omitted")));
    assert_int_equal(cJSON_GetObjectItemCaseSensitive(d, "original_bytes")->valuedouble, 40u << 20);
    cJSON_Delete(ev);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(outlook_html_only),
        cmocka_unit_test(alternative_prefers_plain),
        cmocka_unit_test(related_inline_image_is_not_an_attachment),
        cmocka_unit_test(forwarded_keeps_the_forwarded_text),
        cmocka_unit_test(forwarded_attachment_keeps_its_text),
        cmocka_unit_test(reply_history_and_signature_trimmed),
        cmocka_unit_test(latin1_converted),
        cmocka_unit_test(windows1252_converted),
        cmocka_unit_test(utf8_base64_and_encoded_words),
        cmocka_unit_test(attachments_counted_and_named),
        cmocka_unit_test(attachment_names_masked),
        cmocka_unit_test(no_message_id_hashes_the_bytes),
        cmocka_unit_test(same_message_id_same_event_id),
        cmocka_unit_test(outlook_reply_block_and_future_date),
        cmocka_unit_test(garbage_rejected),
        cmocka_unit_test(no_text_rejected),
        cmocka_unit_test(subject_only_is_the_text),
        cmocka_unit_test(size_limits),
        cmocka_unit_test(big_attachment),
        cmocka_unit_test(declared_utf8_with_invalid_bytes),
        cmocka_unit_test(unknown_and_missing_charsets),
        cmocka_unit_test(binary_body_rejected),
        cmocka_unit_test(long_text_truncated_on_a_boundary),
        cmocka_unit_test(old_date_means_now),
        cmocka_unit_test(received_header_is_parsed_date_is_not_receipt),
        cmocka_unit_test(html_to_text_rules),
        cmocka_unit_test(trim_rules),
        cmocka_unit_test(signature_search_is_linear),
        cmocka_unit_test(kind_rules),
        cmocka_unit_test(deadletters),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
