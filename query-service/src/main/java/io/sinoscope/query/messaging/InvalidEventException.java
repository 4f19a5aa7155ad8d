package io.sinoscope.query.messaging;

/**
 * An articles.enriched record that no retry could store because of what it is (unreadable, no id): thrown out of the
 * consumer so that the channel's failure strategy dead-letters it to articles.enriched.dlq with this message.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
