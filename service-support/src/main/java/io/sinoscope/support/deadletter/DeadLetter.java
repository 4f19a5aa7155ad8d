package io.sinoscope.support.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One dead-lettered event as an operator needs to see it: which article, what went wrong, when, and how often it
 * was replayed already. The headers are those SmallRye's dead-letter strategy writes ({@code dead-letter-*}) plus
 * {@link #REPLAYS}, which a replay sets and the strategy copies onto the record if it fails again.
 *
 * @param articleId the record key
 * @param error     the exception's message, cut to {@link #MAX_MESSAGE} characters
 * @param cause     the message of its cause, if any
 * @param origin    where the consuming channel read it: topic-partition@offset
 * @param offset    its position in the DLQ (partition {@code partition})
 */
public record DeadLetter(String articleId, String error, String exception, String cause, Instant deadLetteredAt,
        String origin, int partition, long offset, int replays) {

    /** Header counting how many times a record was replayed from the DLQ. */
    public static final String REPLAYS = "sinoscope-replays";
    /** Prefix of the headers the dead-letter strategy adds. */
    public static final String DEAD_LETTER_HEADERS = "dead-letter-";
    private static final int MAX_MESSAGE = 500;

    public static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetter(utf8(record.key()), cut(header(headers, "dead-letter-reason")),
                header(headers, "dead-letter-exception-class-name"), cut(header(headers, "dead-letter-cause")),
                Instant.ofEpochMilli(record.timestamp()), origin(headers), record.partition(), record.offset(),
                replays(headers));
    }

    /** Null for a record written to the DLQ by hand, without the strategy's headers. */
    private static String origin(Headers headers) {
        String topic = header(headers, "dead-letter-topic");
        return topic == null ? null : topic + "-" + header(headers, "dead-letter-partition") + "@"
                + header(headers, "dead-letter-offset");
    }

    public static int replays(Headers headers) {
        String value = header(headers, REPLAYS);
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : utf8(header.value());
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String cut(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message
                : message.substring(0, MAX_MESSAGE) + "…";
    }
}
