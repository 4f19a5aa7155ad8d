package io.sinoscope.nlp.service;

import io.sinoscope.text.AnalysisDeadlineExceededException;

import java.time.Duration;

/**
 * An article whose analysis ran past {@code sinoscope.analysis.deadline}. Thrown out of the processor, so the
 * channel's failure strategy dead-letters the event with this message as {@code dead-letter-reason}, which starts
 * with {@value #REASON} and names the text's length and the time spent, and the partition goes on.
 */
public class AnalysisDeadlineException extends RuntimeException {

    public static final String REASON = "analysis-deadline-exceeded";

    public AnalysisDeadlineException(String articleId, int textChars, Duration deadline,
                                     AnalysisDeadlineExceededException cause) {
        super(REASON + ": articles.ingested event " + articleId + " (" + textChars + " characters of text) was not "
                + "analysed within sinoscope.analysis.deadline (" + deadline.toMillis() + " ms): stopped after "
                + cause.elapsed().toMillis() + " ms. If the text is genuine, raise the deadline and replay the DLQ "
                + "(POST /api/v1/admin/dlq/replay)", cause);
    }
}
