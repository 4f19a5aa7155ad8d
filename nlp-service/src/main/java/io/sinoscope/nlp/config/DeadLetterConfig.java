package io.sinoscope.nlp.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Where dead-lettered events are, where a replay sends them, and how the replay remembers how far it got. */
@ConfigMapping(prefix = "sinoscope.dlq")
public interface DeadLetterConfig {

    /** The dead-letter topic the analysis channel writes to. */
    String topic();

    /** Where a replay sends a dead-lettered event again: the analysis channel's own input. */
    String replayTopic();

    /** Consumer group whose committed offset is the replay position: records before it were replayed already. */
    String replayGroup();

    /** Dead-lettered events listed by GET /api/v1/admin/dlq unless the request asks for another number. */
    int recent();

    /** A replay that reads nothing new for this long, while records remain before the end it aimed for, fails. */
    Duration stallTimeout();
}
