/* batch.c - consumed messages and a role's per-message items: what one Kafka transaction commits. */
#include "batch.h"

#include <stdlib.h>
#include <string.h>

int ll_batch_init(ll_batch *b, int cap, size_t item_size, int slot) {
    memset(b, 0, sizeof(*b));
    b->cap = cap;
    b->item_size = item_size;
    b->slot = slot;
    b->msg = calloc((size_t)cap, sizeof(*b->msg));
    b->items = calloc((size_t)cap, item_size);
    return b->msg && b->items ? 0 : -1;
}

void ll_batch_release(ll_batch *b) {
    for (int i = 0; i < b->n; i++)
        if (b->msg[i])
            rd_kafka_message_destroy(b->msg[i]);
    if (b->next_offsets)
        rd_kafka_topic_partition_list_destroy(b->next_offsets);
    if (b->first_offsets)
        rd_kafka_topic_partition_list_destroy(b->first_offsets);
    b->next_offsets = b->first_offsets = NULL;
    b->released = 0;
    b->n = 0;
    b->gathered = 0;
    b->bytes = 0;
}

void ll_batch_fini(ll_batch *b) {
    if (!b)
        return;
    assert(b->n == 0);
    free(b->msg);
    free(b->items);
    b->msg = NULL;
    b->items = NULL;
}

void ll_batch_add(ll_batch *b, rd_kafka_message_t *m) {
    assert(b->n < b->cap && !m->err);
    b->msg[b->n] = m;
    memset((char *)b->items + (size_t)b->n * b->item_size, 0, b->item_size);
    b->n++;
    b->bytes += m->len;
}

/* into's offset for t/partition becomes off when it has none, or when off is lower (first)
 * or higher (next). */
static void offsets_merge(rd_kafka_topic_partition_list_t *into, const char *t, int32_t partition,
                          long long off, int first) {
    rd_kafka_topic_partition_t *tp = rd_kafka_topic_partition_list_find(into, t, partition);
    if (!tp)
        rd_kafka_topic_partition_list_add(into, t, partition)->offset = off;
    else if (first ? off < tp->offset : off > tp->offset)
        tp->offset = off;
}

int ll_batch_release_messages(ll_batch *b) {
    if (b->released)
        return 0;
    rd_kafka_topic_partition_list_t *next = ll_batch_offsets(b, LL_OFFSETS_NEXT, NULL),
                                    *first = ll_batch_offsets(b, LL_OFFSETS_FIRST, NULL);
    if (!next || !first) {
        if (next)
            rd_kafka_topic_partition_list_destroy(next);
        if (first)
            rd_kafka_topic_partition_list_destroy(first);
        return -1;
    }
    for (int i = 0; i < b->n; i++) {
        rd_kafka_message_destroy(b->msg[i]);
        b->msg[i] = NULL;
    }
    b->next_offsets = next;
    b->first_offsets = first;
    b->released = 1;
    return 0;
}

rd_kafka_topic_partition_list_t *ll_batch_offsets(const ll_batch *b, enum ll_batch_offsets which,
                                                  rd_kafka_topic_partition_list_t *into) {
    int first = which == LL_OFFSETS_FIRST;
    if (!into)
        into = rd_kafka_topic_partition_list_new(16);
    if (b->released) {
        const rd_kafka_topic_partition_list_t *kept = first ? b->first_offsets : b->next_offsets;
        for (int i = 0; i < kept->cnt; i++)
            offsets_merge(into, kept->elems[i].topic, kept->elems[i].partition,
                          kept->elems[i].offset, first);
        return into;
    }
    for (int i = 0; i < b->n; i++) {
        const rd_kafka_message_t *m = b->msg[i];
        const char *t = rd_kafka_topic_name(m->rkt);
        offsets_merge(into, t, m->partition, first ? m->offset : m->offset + 1, first);
    }
    return into;
}

rd_kafka_topic_partition_list_t *ll_offsets_min(rd_kafka_topic_partition_list_t *dst,
                                                rd_kafka_topic_partition_list_t *src) {
    if (!dst)
        return src;
    for (int i = 0; src && i < src->cnt; i++) {
        const rd_kafka_topic_partition_t *s = &src->elems[i];
        rd_kafka_topic_partition_t *d =
            rd_kafka_topic_partition_list_find(dst, s->topic, s->partition);
        if (!d)
            rd_kafka_topic_partition_list_add(dst, s->topic, s->partition)->offset = s->offset;
        else if (s->offset < d->offset)
            d->offset = s->offset;
    }
    if (src)
        rd_kafka_topic_partition_list_destroy(src);
    return dst;
}
