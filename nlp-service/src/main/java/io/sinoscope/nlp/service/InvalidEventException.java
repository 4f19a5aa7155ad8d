package io.sinoscope.nlp.service;

/** An event that cannot be analysed as it is; it belongs in the DLQ, not in a retry loop. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
