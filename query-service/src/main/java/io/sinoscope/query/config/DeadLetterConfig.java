package io.sinoscope.query.config;

import io.sinoscope.support.deadletter.DeadLetterSettings;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Where dead-lettered articles.enriched records are, where a replay sends them, and the replay position's group. */
@ConfigMapping(prefix = "sinoscope.dlq")
public interface DeadLetterConfig {

    /** The dead-letter topic the articles.enriched channel writes to. */
    String topic();

    /** Where a replay sends a dead-lettered record again: the consumer's own input. */
    String replayTopic();

    /** Consumer group whose committed offset is the replay position: records before it were replayed already. */
    String replayGroup();

    /** Dead-lettered records listed by GET /api/v1/admin/dlq unless the request asks for another number. */
    int recent();

    /** A replay that reads nothing new for this long, while records remain before the end it aimed for, fails. */
    Duration stallTimeout();

    default DeadLetterSettings settings() {
        return new DeadLetterSettings(topic(), replayTopic(), replayGroup(), "query-dlq", recent(), stallTimeout());
    }
}
