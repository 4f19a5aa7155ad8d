package io.sinoscope.nlp.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * @param publishedAt when the text was published; relative dates ("周二", "上周") are resolved against it
 */
public record AnalyzeRequest(
        @NotBlank(message = "text is required: the Chinese text to analyse")
        @Size(max = 1_000_000, message = "text is longer than {max} characters") String text,
        OffsetDateTime publishedAt) {
}
