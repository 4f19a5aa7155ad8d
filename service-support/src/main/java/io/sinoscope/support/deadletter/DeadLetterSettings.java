package io.sinoscope.support.deadletter;

import java.time.Duration;

/**
 * Where a service's dead-lettered events are, where a replay sends them, and how the replay remembers how far it got.
 * Each service reads these from its own {@code sinoscope.dlq.*} configuration and builds its dead-letter tools with
 * them (a plain record, not a config mapping, so that a service without a DLQ is not asked for one).
 *
 * @param topic        the dead-letter topic the service's consuming channel writes to
 * @param replayTopic  where a replay sends a dead-lettered event again: that channel's own input
 * @param replayGroup  consumer group whose committed offset is the replay position
 * @param clientPrefix prefix of the Kafka client ids of the tools (e.g. {@code nlp-dlq}), to tell them apart in the
 *                     broker's logs and metrics
 * @param recent       dead-lettered events listed by an overview unless the request asks for another number
 * @param stallTimeout a replay that reads nothing new for this long, while records remain before its end, fails
 */
public record DeadLetterSettings(String topic, String replayTopic, String replayGroup, String clientPrefix, int recent,
        Duration stallTimeout) {
}
