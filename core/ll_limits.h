/* ll_limits.h - the bounds on input, buffers and queues that more than one module relies on.
 *
 * A bound that only one module knows sits at the top of that module's header
 * (classify.h, thread.h, matcher.h, netaddr.h) or, private to it, of its .c
 * (pool.c, event.c, intake.c, area.c, mask.c). */
#ifndef LL_LIMITS_H
#define LL_LIMITS_H

/* Inputs from citizens and integrators. */
#define LL_MAX_TEXT_BYTES (32 * 1024) /* free text of one signal */
#define LL_MAX_SUBJECT_BYTES 512
#define LL_MAX_ID_BYTES 128         /* event ids, idempotency keys */
#define LL_MAX_SOURCE_BYTES 256     /* CloudEvents source */
#define LL_MAX_SOURCE_REF_BYTES 256 /* natural key of the input */
#define LL_MAX_CASE_REF_BYTES 64
#define LL_MAX_LOCATION_BYTES 130 /* a desk visit's "office, desk": two 64-byte fields */
#define LL_MAX_CHANNEL_BYTES 32
#define LL_MAX_NAME_BYTES 200  /* contact name */
#define LL_MAX_EMAIL_BYTES 254 /* RFC 5321 path limit */
#define LL_MAX_PHONE_BYTES 32
#define LL_MAX_TIME_BYTES 40            /* RFC 3339 text */
#define LL_MAX_EVENT_BYTES (256 * 1024) /* one event on a topic */
/* One event we write or read back: a received event of LL_MAX_EVENT_BYTES
 * grows with enrichment and escaping, a dead letter with its original. */
#define LL_MAX_SERIALISED_EVENT_BYTES (2 * LL_MAX_EVENT_BYTES)
#define LL_MAX_HTTP_BODY_DEFAULT (64 * 1024)
#define LL_MAX_HTTP_BODY_LIMIT (1024 * 1024)
#define LL_MAX_HTTP_HEADERS (16 * 1024)
#define LL_MAX_WEB_THREADS 16
#define LL_INTAKE_ARENA_KEEP (256 * 1024)  /* per event loop, between requests */
#define LL_MAX_EVENTS_PER_REQUEST 500      /* e.g. call notes in one POST /v1/calls */
#define LL_PHONE_OUT_MAX (256 * 1024)      /* unread answers per TCP client; reading stops above */
#define LL_FORM_TOKEN_MAX_AGE_S (4 * 3600) /* a form page may be filled in this long (CSRF token) */
#define LL_FORM_TOKEN_BYTES 96             /* "TIME.MAC" of the form's anti-forgery token */
#define LL_FORM_MAX_ERRORS 16 /* errors one post shows at once: one per field (and the form's) */
/* The form's message in characters as a browser counts them for maxlength (UTF-16 code units,
 * a line break one): the textarea's maxlength and the server's check on POST /form. A code
 * unit is at most 3 bytes of UTF-8 (a line break sent as CRLF 2), so every text the form takes
 * fits LL_MAX_TEXT_BYTES, the intake's limit in bytes, and its byte error never shows there. */
#define LL_FORM_MAX_TEXT_CHARS (LL_MAX_TEXT_BYTES / 4)
/* The largest POST /form a browser sends within every field's limit, urlencoded: a text code
 * unit is at most 9 bytes ("€" is %E2%82%AC), the other fields' bytes at most 3 each, and
 * 1 KiB for names, token and reference. 8192 "€" were 72 KiB, over [web] max_body (64 KiB),
 * and got the JSON 413 where the page promised 8192 characters (user check of 12-01); the web
 * server takes this much for the form, and POST /v1/feedback still max_body (core/intake.c). */
#define LL_FORM_MAX_BODY                                                                        \
    (9 * LL_FORM_MAX_TEXT_CHARS +                                                               \
     3 * (LL_MAX_SUBJECT_BYTES + LL_MAX_NAME_BYTES + LL_MAX_EMAIL_BYTES + LL_MAX_PHONE_BYTES) + \
     1024)
#define LL_DLQ_RETENTION_MS "604800000" /* feedback.dlq keeps dead letters 7 days (topic config) */

/* Time sanity: a signal can't come from the future or from before 2000. */
#define LL_MAX_FUTURE_SKEW_S (24 * 3600)
#define LL_MIN_EPOCH_S 946684800L /* 2000-01-01T00:00:00Z */

/* Configuration. */
#define LL_MAX_CONFIG_LINE 4096
#define LL_MAX_CONFIG_BYTES (1024 * 1024)
#define LL_MAX_CONFIG_SECTIONS 24 /* [common], [topics] and the roles' */
#define LL_MAX_KAFKA_PROPS 64
#define LL_MAX_TOKENS 64
#define LL_MAX_TOKEN_BYTES 256
#define LL_MIN_TOKEN_BYTES 16
#define LL_MIN_PSEUDONYM_KEY 16

/* Processing. */
#define LL_PROCESS_BATCH_MAX 10000
#define LL_PROCESS_REDIS_CHUNK 64 /* marks (and threads) in one Redis script call of a batch */
/* Events of a batch prepared, their Redis calls sent, and after the close
 * finished at a time (processors/process.c) */
#define LL_PROCESS_STEP 256
/* A batch's last step, when it has more than two of them: what Redis still runs after the
 * close while the pool finishes the steps before (processors/process.c, step_end) */
#define LL_PROCESS_STEP_LAST 64
/* A batch gathered this long (its lane still commits the one before) sends its open Redis
 * calls, and again every as long after: a slow commit's backlog is run by Redis meanwhile,
 * not all at the close (processors/process.c, ll_process_calls_due) */
#define LL_PROCESS_SEND_OPEN_MS 25
/* Redis commands appended, at most, before they are written out (processors/dedup.c): their
 * buffer stays a heap block, below LL_PROCESS_MMAP_THRESHOLD when hiredis has doubled it */
#define LL_PROCESS_REDIS_WRITE_BYTES (32 * 1024)
/* An anonymous id's de-duplication mark with the marks of the other contents its natural
 * key came with (processors/dedup.c): ~24 of them. A content past that is still enriched,
 * under an id of its own, but a retry of it would be again. */
#define LL_PROCESS_MARK_MAX_BYTES 1024
/* New contents under a reused anonymous id added to their marks after one batch */
#define LL_PROCESS_REUSED_MAX 64
/* A stream's consumer queue empty this long while its partitions hold more:
 * ask for the next fetch now (core/stream.c) */
#define LL_STREAM_REARM_MS 20
#define LL_STREAM_REARM_FIRST_MS 2               /* the first of a dry spell */
#define LL_PROCESS_BATCH_BYTES (8 * 1024 * 1024) /* input bytes in one batch: bounds its trees */
#define LL_PROCESS_TREE_BYTES 5120 /* JSON tree of a typical event (bench_enrich: 4.7 KB) */
#define LL_PROCESS_ARENA_KEEP_MAX (16 * 1024 * 1024) /* kept per worker between batches, at most */
#define LL_PROCESS_MMAP_THRESHOLD (128 * 1024) /* malloc blocks this large get pages of their own */
#define LL_MAX_PROCESS_WORKERS 8
#define LL_MAX_TXN_IN_FLIGHT 4 /* transactional producers per processor */
/* Batches one transaction may take in when the input is behind (core/committer.c) */
#define LL_TXN_JOIN_MAX 8
/* How long a lane waits, at most, for the batch the main thread is on to join its transaction */
#define LL_TXN_JOIN_WAIT_MS 500
/* ...and for the main thread's next batch to get its first message, when the lane asks between
 * two of them */
#define LL_TXN_JOIN_GRACE_MS 10
/* ...and how long after its first batch's hand-over a joined transaction still takes in batches
 * once one of them closed short (the input has caught up) */
#define LL_TXN_JOIN_CAUGHT_UP_MS 20
/* init_transactions waits in slices of this (a stop is seen after one) and says it still waits
 * once in each LL_TXN_INIT_TELL_MS */
#define LL_TXN_INIT_SLICE_MS 500
#define LL_TXN_INIT_TELL_MS 30000
/* A stream's batches: one gathering, the rest in transactions */
#define LL_STREAM_MAX_BATCHES (LL_MAX_TXN_IN_FLIGHT + LL_TXN_JOIN_MAX)

/* Detection (processors/detect_*.c, alert.c). */
#define LL_DETECT_MAX_SERIES 1024 /* theme x wijk, theme, wijk series of one gemeente */
#define LL_DETECT_RING_MIN 256    /* minutes of counts kept per series: >= 180 + lateness */
#define LL_DETECT_MAX_WINDOWS 6
#define LL_DETECT_MAX_LATENESS_S 3600 /* so that the ring still holds the oldest window */
#define LL_DETECT_LABEL_BYTES 64      /* a theme id or a wijk name */
#define LL_DETECT_NS_BYTES 128        /* a detector's Redis namespace: its group */
#define LL_DETECT_THREAD_BYTES 128    /* a thread id (or an anonymous event's id) */
#define LL_DETECT_MEM_MARKS (1 << 19) /* in-memory store: threads remembered at once */
#define LL_DETECT_SAMPLES 3           /* sample_ids and quotes per alert */
#define LL_DETECT_UNLOCATED_MAX \
    2.0 /* a local spike's excess counts at most twice in its city-wide theme */
#define LL_DETECT_QUOTE_BYTES 120 /* one masked quote, cut at a UTF-8 boundary */
#define LL_DETECT_BATCH_MAX 5000
#define LL_DETECT_REPLAY_LINE (256 * 1024) /* one replay input line */
#define LL_MAX_SILENCES 256
#define LL_MAX_SILENCE_MATCHERS 8
#define LL_SILENCE_COMMENT_BYTES 256

/* Escalation: routing rules and the queues they name. */
#define LL_MAX_ROUTES 256      /* route = lines in [escalate] */
#define LL_MAX_ROUTE_VALUES 32 /* values of one field in one rule */
#define LL_MAX_ROUTE_VALUE_BYTES 128
#define LL_MAX_TEAM_BYTES 64 /* a team name, part of its stream's key */
#define LL_MAX_TEAMS 64      /* distinct teams in the rules */
#define LL_ESCALATE_BATCH_MAX 5000
#define LL_MAX_EXCERPT_BYTES 2000 /* masked text carried in an escalation */

/* Consumer lag gauges per process (core/kafka.c). */
#define LL_MAX_LAG_PARTITIONS 256
/* `process --rebuild --to SUFFIX`: the suffix names topics and a Redis key
 * namespace ("rebuild.SUFFIX:", keys.h). */
#define LL_MAX_REBUILD_SUFFIX 32
#define LL_MAX_KEY_NS_BYTES (LL_MAX_REBUILD_SUFFIX + 9)

/* Aggregation (sinks/aggregate.c). */
#define LL_AGG_BATCH_MAX 5000
#define LL_AGG_MAX_WINDOWS 32768 /* open windows held at once (1m, 1h and 1d together) */
#define LL_AGG_DIM_BYTES 64      /* a theme, channel, kind or wijk in a key */
#define LL_AGG_KEY_BYTES (4 + 24 + 4 * LL_AGG_DIM_BYTES) /* WINDOW|START|4 dims */
#define LL_AGG_MAX_LATENESS_S 86400
#define LL_AGG_EMIT_MAX 4096 /* windows emitted by one transaction; the rest wait */

/* Alertmanager forwarding (sinks/alertmanager.c). */
#define LL_AM_MAX_ALERTS 4096         /* alerts held (firing, or resolved and not yet posted) */
#define LL_AM_POST_MAX 256            /* alerts in one POST */
#define LL_AM_BODY_BYTES (512 * 1024) /* one POST body */

/* Klantinteracties (producers/klantinteracties.c, sinks/internetaken.c). */
#define LL_KI_MAX_ANSWER (1024 * 1024) /* one answer of the Klantinteracties API */
#define LL_KI_URL_BYTES 1001           /* its URLs: maxLength 1000 in its OpenAPI */
#define LL_KI_MAX_CHANNELS 32          /* channel.KANAAL lines */
#define LL_KI_MAX_ACTORS 64            /* actor.TEAM lines */
#define LL_KI_CATCHUP_MAX_PAGES 10000  /* pages of one catch-up run */

/* The report (sinks/report.c). */
#define LL_REPORT_MAX_DAYS 366 /* one period */
#define LL_REPORT_MAX_THEMES 64
#define LL_REPORT_MAX_VALUES 16      /* channels, emotions per theme */
#define LL_REPORT_MAX_WINDOWS 200000 /* day windows held while reading the aggregates */
#define LL_REPORT_MAX_QUOTES 10
#define LL_REPORT_QUOTE_BYTES 240
#define LL_REPORT_MAX_IMPROVEMENTS 512
#define LL_REPORT_LINE_BYTES 2048 /* one line of the improvements file */

/* Dashboard: distinct values kept per summary dimension. */
#define LL_SUMMARY_MAX_VALUES 256
/* Dashboard in a browser (sinks/dashboard*.c). */
#define LL_DASH_MAX_SIGNALS 100000        /* bound of [dashboard] signals_kept */
#define LL_DASH_SIGNAL_JSON (16 * 1024)   /* one signal's public view */
#define LL_DASH_MAX_ALERTS 512            /* alerts remembered (firing and recently resolved) */
#define LL_DASH_MAX_USERS 256             /* lines of the users file */
#define LL_DASH_MAX_SESSIONS 1024         /* logged-in browsers; the oldest goes first */
#define LL_DASH_MAX_SSE 64                /* open /api/v1/stream connections */
#define LL_DASH_SSE_BACKLOG (1024 * 1024) /* unsent bytes of one stream before it is cut */
#define LL_DASH_SSE_IDLE_S 86400 /* a stream's own read timeout (the browser sends nothing) */
#define LL_DASH_MAX_ASSET (2 * 1024 * 1024) /* one served file */
#define LL_DASH_TREND_SERIES 64             /* values per trend dimension; more count as "overig" */
#define LL_DASH_MAX_WIJKEN 256
#define LL_DASH_MAX_FORMAL 1000  /* formal complaints followed for their Awb deadline */
#define LL_DASH_LIMIT_SLOTS 4096 /* addresses and names remembered for failed logins (each kind) */
#define LL_DASH_MAX_BODY 8192    /* a POST to the dashboard (login, silence) */

#endif
