/* keys.h - every Redis key luisterloop uses; the wings meet on these and on Kafka topics.
 * Each key carries a hash tag ({...}) so it can live on a Redis Cluster. */
#ifndef LL_KEYS_H
#define LL_KEYS_H

/* event id -> "partition:offset" of the raw input that first carried it.
 * A replay of that same input finds its own mark and is processed again;
 * any other input with the id is a duplicate. */
#define LL_KEY_SEEN_FMT "ll:seen:{%s}"

#endif
