package io.sinoscope.ingest.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * An article as a crawler or analyst sends it. Either {@code text} or {@code html} is required; when both are given,
 * {@code text} is the article and {@code html} is ignored.
 */
public record ArticleSubmission(
        @Size(max = 500) String externalId,
        @NotBlank(message = "source is required: name the outlet or feed, e.g. \"xinhua\"") @Size(max = 200) String source,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Size(max = 1000) String title,
        @Size(max = ArticleSubmission.MAX_TEXT_CHARS, message = "text is longer than {max} characters") String text,
        @Size(max = ArticleSubmission.MAX_HTML_CHARS, message = "html is longer than {max} characters") String html,
        OffsetDateTime publishedAt,
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag such as zh-TW")
        String language) {

    public static final int MAX_TEXT_CHARS = 1_000_000;
    public static final int MAX_HTML_CHARS = 4_000_000;
}
