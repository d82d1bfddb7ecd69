/* harness.h - integration-test helpers: the stack's addresses, child processes, an HTTP
 * client, and Kafka produce/consume against the real broker. */
#ifndef LL_HARNESS_H
#define LL_HARNESS_H

#include <stddef.h>
#include <sys/types.h>

#include <cjson/cJSON.h>

/* Addresses of the test stack from tests/run.sh (LL_TEST_KAFKA, LL_TEST_REDIS)
 * and the binary under test (LL_TEST_BIN). Aborts the test when unset. */
const char *ll_t_kafka(void);
const char *ll_t_redis(void);
const char *ll_t_bin(void);
/* The shipped config/ folder (taxonomy, lexicon, rules, areas). */
const char *ll_t_config_dir(void);

/* A free loopback TCP port. */
int ll_t_free_port(void);
/* P such that loopback ports P and P+1 are free, both below the kernel's ephemeral range
 * (a broker's listener and controller, test_it_outage's own). */
int ll_t_free_port_pair(void);

/* A unique name for this test run ("it-<pid>-<n>"), for topics and groups. */
void ll_t_unique(char *buf, size_t len, const char *what);

/* Writes a config for this test: topics suffixed with tag, the given ports. */
void ll_t_config_write(const char *path, const char *tag, int web_port, int dash_port,
                       int proc_port);

/* A test's own folder /tmp/ll-it-TAG, made here (dir gets its path), and the path of
 * its config in it (cfg; not written yet). Aborts the test when it cannot be made. */
void ll_t_workspace(const char *tag, char *dir, size_t dirlen, char *cfg, size_t cfglen);
/* Makes dir and each missing folder above it (mkdir -p). Aborts the test when it cannot. */
void ll_t_mkdirs(const char *dir);
/* Copies the file at from to to (replaced when there). Aborts the test when it cannot. */
void ll_t_file_copy(const char *from, const char *to);
/* Sets key = value in [section] of the config file at path: its line when the
 * section has one, else a new line at the section's end. Aborts the test when the
 * file has no [section] (a typo would otherwise test the default). */
void ll_t_config_set(const char *path, const char *section, const char *key, const char *value);

/* Ports of a test stack with every channel. */
typedef struct ll_t_ports {
    int web, dash, proc, phone_http, phone_tcp, balie;
} ll_t_ports;
/* The operator key pair of the test configs (dlq_public_key): made once per process in
 * /tmp. ll_t_dlq_open opens a dead letter's original_sealed (base64) into out (cap bytes,
 * NUL-terminated); returns its length, or -1 when it does not open. */
const char *ll_t_dlq_public_key(void);
long ll_t_dlq_open(const char *sealed_b64, char *out, size_t cap);
/* The secret key's file (for `luisterloop dlq show|replay --key`). */
const char *ll_t_dlq_secret_key(void);

/* Like ll_t_config_write, with [phone] and [balie] too; picks free ports. */
void ll_t_config_write_all(const char *path, const char *tag, ll_t_ports *ports);

/* Stops the test stack's Redis (LL_TEST_REDIS_DIR, through deploy/lib/stack.sh, so
 * tests/run.sh can still stop it), and starts it again on its port with MODE none or aof.
 * 0, or -1 (and a message) when LL_TEST_REDIS_DIR is not set or the stack says no; log:
 * where the stack library's lines go. */
int ll_t_redis_stop(const char *log);
int ll_t_redis_start(const char *mode, const char *log);
/* Removes the stopped Redis's append-only file, so it starts empty in mode none again. */
int ll_t_redis_drop_aof(const char *log);

/* Starts `luisterloop ROLE -c cfg [extra...]` with output to logfile. */
pid_t ll_t_spawn(const char *role, const char *cfg, const char *logfile, const char *extra1,
                 const char *extra2);
/* Sends sig and waits up to timeout_ms; returns the exit status (or 128+signal), -1 on timeout. */
int ll_t_stop(pid_t pid, int sig, int timeout_ms);

/* Waits up to timeout_ms for pid to exit; its exit status, or -1 (then killed). */
int ll_t_wait(pid_t pid, int timeout_ms);

/* The dashboard's viewer token in every ll_t_config_write config, and its header for ll_t_http. */
#define LL_T_DASH_TOKEN "dashboard-test-token-0123456789abcdef"
#define LL_T_DASH_AUTH "Authorization: Bearer " LL_T_DASH_TOKEN "\r\n"

/* Writes data (len bytes) on a new TCP connection to 127.0.0.1:port, half-closes it when
 * half_close is set (the server then sees the input end), and reads what the server
 * writes back until it closes or timeout_ms pass without a byte: NUL-terminated in out
 * (truncated to outlen - 1). Returns the bytes read, -1 when it could not connect or write. */
int ll_t_tcp_exchange(int port, const char *data, size_t len, int half_close, int timeout_ms,
                      char *out, size_t outlen);

/* One HTTP/1.1 request on a new connection. Returns the status code or -1;
 * body gets the response body (NUL-terminated, truncated to bodylen). */
int ll_t_http(int port, const char *method, const char *path, const char *headers, const char *body,
              size_t bodylen, char *resp, size_t resplen);
/* ll_t_http, asked again every 200 ms while the answer is 503 (the contract's
 * "not now": a fresh broker may still be electing the coordinators the first
 * writes need, and a client tries again), for at most timeout_ms; 0: once.
 * Returns the last status. */
int ll_t_http_warm(int port, const char *method, const char *path, const char *headers,
                   const char *body, size_t bodylen, char *resp, size_t resplen, int timeout_ms);
/* Polls GET path until it answers want (or timeout). */
int ll_t_wait_http(int port, const char *path, int want, int timeout_ms);

void ll_t_topics_create(const char *cfg);

/* Produces values to topic and waits for every acknowledgement. */
void ll_t_produce(const char *topic, const char *key, const char **values, const size_t *lens,
                  int n);

/* Reads the whole topic (read_committed or not) from the start until every
 * partition is at its end and nothing arrived for idle_ms. Calls fn for each
 * message; returns the count. */
typedef void (*ll_t_msg_fn)(const char *key, size_t keylen, const char *val, size_t len, void *arg);
int ll_t_consume_all(const char *topic, int read_committed, int idle_ms, ll_t_msg_fn fn, void *arg);

/* Reads topic to its end (read_committed) with the CloudEvents Java SDK's Kafka reader,
 * io.cloudevents.kafka.CloudEventDeserializer (tests/cloudevents/CloudEventsCheck.java;
 * tests/run.sh fetches the SDK, compiles it and sets LL_TEST_CLOUDEVENTS_CP). Returns 0
 * when at least min messages were read and each is a structured-mode CloudEvent
 * (content-type: application/cloudevents+json) of type `type` with id, source and JSON
 * data; else the checker's exit status (-1 on its timeout). Its report goes to stderr. */
int ll_t_cloudevents_check(const char *topic, const char *type, int min);

/* Sum over partitions of the group's committed offsets and of the high
 * watermarks of topic. */
void ll_t_group_progress(const char *group, const char *topic, long long *committed,
                         long long *end);
/* The same, asked again and again on one client (a new client is a connection, its metadata
 * and the group's coordinator each time: a look every 10 ms must not make the broker do more
 * than answer it). NULL when the client cannot be made; _free is NULL-safe. */
typedef struct ll_t_progress ll_t_progress;
ll_t_progress *ll_t_progress_new(const char *group, const char *topic);
void ll_t_progress_read(ll_t_progress *pg, long long *committed, long long *end);
void ll_t_progress_free(ll_t_progress *pg);

/* Whether a line of the file at path matches the extended regular expression
 * ere (a role's log, say): 1 or 0; exits when either is unusable. */
int ll_t_file_has(const char *path, const char *ere);

/* Sleeps ms milliseconds. */
void ll_t_sleep_ms(int ms);
long long ll_t_now_ms(void);

/* Runs `luisterloop ROLE -c cfg [extra1 [extra2]]` with stdin from infile (as an MTA
 * pipe does) and output to logfile; waits up to timeout_ms. Returns the exit status
 * (128+signal when killed by one), -1 on a timeout (the child is then killed). */
int ll_t_run_stdin(const char *role, const char *cfg, const char *logfile, const char *extra1,
                   const char *extra2, const char *infile, int timeout_ms);

/* Runs `luisterloop ARGS...` (args NULL-terminated) with stdout to outfile
 * and stderr to errfile, both emptied first; waits up to timeout_ms. Returns
 * the exit status (128+signal when killed by one), -1 on a timeout. */
int ll_t_run(const char *const *args, const char *outfile, const char *errfile, int timeout_ms);

#endif
