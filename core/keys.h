/* keys.h - every Redis key luisterloop uses; the wings meet on these and on Kafka topics.
 * Each key carries a hash tag ({...}) so it can live on a Redis Cluster. */
#ifndef LL_KEYS_H
#define LL_KEYS_H

/* event id -> "partition:offset" of the raw input that first carried it.
 * A replay of that same input finds its own mark and is processed again;
 * any other input with the id is a duplicate. */
#define LL_KEY_SEEN_FMT "ll:seen:{%s}"

/* Detection (processors/detect_count.c). SERIES is "theme|wijk" with "*" for
 * all; its hash tag keeps a series' marks and buckets in one slot, so the
 * mark script may touch both.
 * (SERIES, thread) -> id of the event that first saw it; TTL memory_min. */
#define LL_KEY_DETECT_MARK_FMT   "ll:dt:{%s}:%s"
/* (SERIES, minute) -> set of the threads new in that minute; TTL a day. */
#define LL_KEY_DETECT_BUCKET_FMT "ll:dn:{%s}:%lld"
/* Every SERIES counted, so a restarted detector can rebuild its counts. */
#define LL_KEY_DETECT_SERIES     "ll:dseries:{detect}"
/* Silences: id -> JSON (luisterloop silence add|list|expire). */
#define LL_KEY_SILENCES          "ll:silences:{detect}"

#endif
