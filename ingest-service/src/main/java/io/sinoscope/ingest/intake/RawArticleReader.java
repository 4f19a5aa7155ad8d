package io.sinoscope.ingest.intake;

import io.sinoscope.ingest.intake.ArticleSubmission;
import io.sinoscope.ingest.cleaning.DecodedText;
import io.sinoscope.ingest.cleaning.TextDecoder;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the bytes of a .txt or .html file plus query metadata into a submission, decoding them first. */
@ApplicationScoped
public class RawArticleReader {

    /** What the client said about the file, beside its bytes. */
    public record Metadata(String source, String externalId, String url, String title, String publishedAt) {
    }

    public record RawArticle(ArticleSubmission submission, Encoding encoding) {
    }

    private static final Pattern CHARSET_PARAMETER = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "^\\s*(<!doctype\\s+html|<html|<head|<body|<meta|<title)", Pattern.CASE_INSENSITIVE);

    private final TextDecoder decoder;
    private final Validator validator;

    public RawArticleReader(TextDecoder decoder, Validator validator) {
        this.decoder = decoder;
        this.validator = validator;
    }

    public RawArticle read(byte[] body, String contentType, Metadata metadata) {
        DecodedText decoded = decoder.decode(body, charsetOf(contentType));
        String text = decoded.text();
        boolean html = isHtml(contentType) || LOOKS_LIKE_HTML.matcher(text).find();
        var submission = new ArticleSubmission(metadata.externalId(), metadata.source(), metadata.url(),
                metadata.title(), html ? null : text, html ? text : null, publishedAt(metadata.publishedAt()), null);
        var violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new RawArticle(submission, new Encoding(decoded.charset(), decoded.confidence()));
    }

    private static Optional<String> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher charset = CHARSET_PARAMETER.matcher(contentType);
        return charset.find() ? Optional.of(charset.group(1)) : Optional.empty();
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private static OffsetDateTime publishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("publishedAt '" + value + "' is not an ISO-8601 date-time with offset, "
                    + "e.g. 2026-11-06T10:00:00+08:00");
        }
    }
}
