/* keys.h - every Redis key luisterloop uses; the wings meet on these and on Kafka topics.
 * Each key carries a hash tag ({...}) so it can live on a Redis Cluster. */
#ifndef LL_KEYS_H
#define LL_KEYS_H

#include "text.h"

/* The processor's keys take a namespace first (the first %s): "" for the live
 * pipeline, LL_KEY_REBUILD_NS_FMT for `process --rebuild --to SUFFIX`, whose
 * fresh state must not touch the live one. */
#define LL_KEY_REBUILD_NS_FMT "rebuild.%s:"

/* The processor's keys (processors/dedup.c) live in LL_KEY_PROCESS_SHARDS
 * hash-tag groups, "{p0}" .. "{p15}": a batch's Redis work is one script call
 * per group present in it (a script may only touch keys of one cluster
 * slot), and a Redis Cluster spreads the groups over its masters (at most 16
 * of them carry the processor's keys). Which group is a function of the
 * string named below (ll_key_shard): changing the count or the function moves
 * every key, so de-duplication and threads would start over. */
#define LL_KEY_PROCESS_SHARDS 16

/* An anonymous event's id -> "partition:offset" of the raw input that first
 * carried it; group of the event id. A replay of that same input finds its
 * own mark and is processed again; any other input with the id is a
 * duplicate. A citizen's event is marked in its thread record instead (since
 * 2026-11-30; before, every event had one of these: they expire on their own
 * after dedup_ttl_s). */
#define LL_KEY_SEEN_FMT "ll:%sseen:{p%u}:%s"

/* (pseudonym, theme) -> the citizen's thread record on that theme, a string
 * (processors/thread.c: the threads a contact could still join and, per
 * event id, the input that carried it and the answer it got), TTL two
 * windows and a day, or dedup_ttl_s when longer; group of the pseudonym, so
 * all of one citizen's threads sit in one slot. The theme is cut at 64
 * bytes. Until 2026-11-30 this was "ll:%sthr:..." (memo lines without the
 * input), and until 2026-11 "ll:%sthread:...", a sorted set of the window's
 * contacts: those keys are no longer read and expire on their own, and
 * threads start over once on each upgrade. */
#define LL_KEY_THREAD_FMT "ll:%st:{p%u}:%s:%.64s"

/* The group of s (FNV-1a, 32 bits): stable across builds and machines. */
static inline unsigned ll_key_shard(const char *s) {
    return ll_fnv1a_str(s) % LL_KEY_PROCESS_SHARDS;
}

/* Detection (processors/detect_count.c, detect.c, silences.c). NS is the
 * detector's consumer group ([detect] group), so detectors of two pipelines
 * can share a Redis; SERIES is "theme|wijk" with "*" for all. The hash tag
 * {NS|SERIES} keeps a series' marks and buckets in one Redis Cluster slot,
 * so the mark script may touch both.
 * (NS, SERIES, thread) -> id of the event that first saw it; TTL memory_min. */
#define LL_KEY_DETECT_MARK_FMT "ll:dt:{%s|%s}:%s"
/* (NS, SERIES, minute) -> set of the threads new in that minute; TTL a day. */
#define LL_KEY_DETECT_BUCKET_FMT "ll:dn:{%s|%s}:%lld"
/* Every SERIES counted, so a restarted detector can rebuild its counts. */
#define LL_KEY_DETECT_SERIES_FMT "ll:dseries:{%s}"
/* The model: "=profile" and each SERIES -> its learnt level, so a restart
 * needs no second warm-up. */
#define LL_KEY_DETECT_MODEL_FMT "ll:dmodel:{%s}"
/* Its field for the whole detector: "FIRST_MINUTE MINUTES_LEARNT ..." (the first minute it
 * saw, in minutes since the epoch, first; the dashboard trims an alert's chart to it). */
#define LL_KEY_DETECT_MODEL_PROFILE "=profile"
/* Its field for where the detector was: "LAST_MINUTE_EVALUATED LAST_MINUTE_LEARNT" (minutes since
 * the epoch; -1: none), saved only once all that those minutes decided is committed, so a
 * restart evaluates (and learns) the minutes after them. */
#define LL_KEY_DETECT_MODEL_RESUME "=resume"
/* Silences: id -> JSON (core/silence.h; `luisterloop silence`, the
 * dashboard). One set per Redis, read by every detector on it. */
#define LL_KEY_SILENCES "ll:silences:{detect}"

/* Formal complaints (Awb chapter 9) marked handled on the dashboard: a hash,
 * event id -> {"at":RFC3339,"by":NAME}. One field per formal complaint ever
 * handled (about 100 bytes each), read by event id (HMGET). */
#define LL_KEY_FORMAL_HANDLED "ll:formal:{handled}"

/* A team's escalation queue: a Stream read by the consumer group
 * LL_ESC_GROUP. TEAM is checked by ll_team_valid (core/route.h) before it
 * gets here, so nothing but [A-Za-z0-9_-] reaches the key. */
#define LL_KEY_ESC_FMT "ll:esc:{%s}"
#define LL_ESC_GROUP "caseworkers"
/* Per escalated input (its escalation id): "INPUT STREAM-ID", the input
 * (topic/partition/offset) that put it on the team's stream and the entry it
 * made. Set by the same script as the XADD, with a TTL; it shares the
 * stream's hash tag so both sit in one Redis Cluster slot. */
#define LL_KEY_ESC_MARK_FMT "ll:esc:{%s}:mark:%s"

/* Aggregation (sinks/aggregate.c), per aggregator consumer group GROUP, its
 * hash tag: one script touches an event's mark and its three windows, so
 * they share a slot (a Redis Cluster keeps one group's aggregation on one
 * node). Event id -> "1": counted already, so a replay adds nothing. */
#define LL_KEY_AGG_SEEN_FMT "ll:agg:{%s}:seen:%s"
/* A window's counts (hash) and its distinct threads (set); KEY is its Kafka key. */
#define LL_KEY_AGG_COUNTS_FMT "ll:agg:{%s}:c:%s"
#define LL_KEY_AGG_THREADS_FMT "ll:agg:{%s}:t:%s"
/* Every window not yet final, scored by its end (Unix seconds): what a
 * restarted aggregator holds again. */
#define LL_KEY_AGG_OPEN_FMT "ll:agg:{%s}:open"
/* The watermark: the highest received_at seen (Unix seconds). */
#define LL_KEY_AGG_WATERMARK_FMT "ll:agg:{%s}:wm"

#endif
