// CloudEventsCheck.java - reads a topic of the test broker to its end through the CloudEvents
// Java SDK's Kafka reader (io.cloudevents.kafka.CloudEventDeserializer, the binding's own
// implementation) and checks every message is a CloudEvent as contract.md says.
//
//   java -cp CLASSES:LIBS/* CloudEventsCheck BOOTSTRAP TOPIC TYPE MIN
//
// The SDK decides the mode from the headers alone: content-type application/cloudevents+json
// is structured mode, ce_specversion binary mode, neither is refused (UNKNOWN_ENCODING). On
// top of what the SDK parses, every message must carry the structured-mode header (we write
// no binary mode), spec version 1.0, type TYPE, a non-empty id and source, and JSON data.
// Reads read_committed, like the pipeline's consumers: an aborted transaction's outputs are
// not messages of the topic.
// Prints one line per refused message (at most 20) and a summary; exit 0 when at least MIN
// messages were read and none was refused, 1 otherwise, 2 on bad arguments.
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public final class CloudEventsCheck {
    private static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final long READ_TIMEOUT_MS = 60_000;

    private CloudEventsCheck() {}

    /* Why the SDK or the contract refuses the record, or null. */
    private static String refusal(CloudEventDeserializer ce, ConsumerRecord<byte[], byte[]> r,
                                  String type) {
        Header h = r.headers().lastHeader("content-type");
        String ct = h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        CloudEvent ev;
        try {
            ev = ce.deserialize(r.topic(), r.headers(), r.value());
        } catch (RuntimeException e) {
            return "the SDK refuses it (content-type " + (ct == null ? "absent" : ct) + "): " + e;
        }
        if (ev == null)
            return "the SDK made no event of it";
        if (!CONTENT_TYPE.equals(ct))
            return "content-type header " + (ct == null ? "absent" : "'" + ct + "'")
                + ", not structured mode";
        if (ev.getSpecVersion() != SpecVersion.V1)
            return "specversion " + ev.getSpecVersion();
        if (!type.equals(ev.getType()))
            return "type " + ev.getType() + ", expected " + type;
        if (ev.getId() == null || ev.getId().isEmpty() || ev.getSource() == null
            || ev.getSource().toString().isEmpty())
            return "no id or source";
        if (!"application/json".equals(ev.getDataContentType()))
            return "datacontenttype " + ev.getDataContentType();
        if (ev.getData() == null || ev.getData().toBytes().length < 2
            || ev.getData().toBytes()[0] != '{')
            return "data is not a JSON object";
        return null;
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: CloudEventsCheck BOOTSTRAP TOPIC TYPE MIN");
            System.exit(2);
        }
        String topic = args[1], type = args[2];
        int min = Integer.parseInt(args[3]);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        // The SDK's reader is called per record below, so one refusal names its offset
        // instead of stopping the consumer's poll.
        CloudEventDeserializer ce = new CloudEventDeserializer();
        ce.configure(new HashMap<String, Object>(), false);
        long read = 0, refused = 0;
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = new ArrayList<>();
            for (PartitionInfo pi : c.partitionsFor(topic, Duration.ofMillis(READ_TIMEOUT_MS)))
                parts.add(new TopicPartition(topic, pi.partition()));
            if (parts.isEmpty()) {
                System.err.println(topic + ": no such topic");
                System.exit(1);
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts); /* the last stable offsets */
            long deadline = System.currentTimeMillis() + READ_TIMEOUT_MS;
            while (true) {
                boolean done = true;
                for (TopicPartition tp : parts)
                    done &= c.position(tp) >= end.get(tp);
                if (done)
                    break;
                if (System.currentTimeMillis() > deadline) {
                    System.err.println(topic + ": not read to its end in " + READ_TIMEOUT_MS + " ms");
                    System.exit(1);
                }
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    read++;
                    String why = refusal(ce, r, type);
                    if (why != null && ++refused <= 20)
                        System.err.println(topic + " " + r.partition() + "@" + r.offset() + ": " + why);
                }
            }
        }
        System.out.println(topic + ": " + read + " messages read with the CloudEvents SDK's Kafka"
                           + " reader, " + refused + " refused (type " + type + ")");
        System.exit(refused == 0 && read >= min ? 0 : 1);
    }
}
