package io.sinoscope.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.vertx.VertxContextSupport;
import io.sinoscope.ingest.config.BatchConfig;
import io.sinoscope.ingest.rest.ArticleSubmission;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Streams an NDJSON batch through the same intake as single submissions: one result line per input line, written
 * as soon as that article is stored, so memory stays flat however large the batch and a client can follow along.
 * A bad line yields an error line and the batch goes on.
 */
@ApplicationScoped
public class BatchIntake {

    private final ArticleIntake intake;
    private final ObjectMapper json;
    private final Validator validator;
    private final BatchConfig config;

    public BatchIntake(ArticleIntake intake, ObjectMapper json, Validator validator, BatchConfig config) {
        this.intake = intake;
        this.json = json;
        this.validator = validator;
        this.config = config;
    }

    /** Runs on a worker thread: it blocks on the request body and on each stored article. */
    public void process(InputStream ndjson, OutputStream results) throws IOException {
        var lines = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8), 64 * 1024);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber > config.maxLines()) {
                write(results, error(lineNumber, 413, "the batch has more than " + config.maxLines()
                        + " lines; the rest was not read: send it in another request"));
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            write(results, resultOf(lineNumber, line));
        }
    }

    private ObjectNode resultOf(int lineNumber, String line) {
        if (line.length() > config.maxLineChars()) {
            return error(lineNumber, 413, "the line has " + line.length() + " characters; the limit is "
                    + config.maxLineChars());
        }
        ArticleSubmission submission;
        try {
            submission = json.readValue(line, ArticleSubmission.class);
        } catch (JsonProcessingException e) {
            return error(lineNumber, 400, "not a valid article object: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            return error(lineNumber, 400, violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        try {
            IntakeResult result = VertxContextSupport.subscribeAndAwait(() -> intake.accept(submission));
            ObjectNode accepted = json.createObjectNode();
            accepted.put("line", lineNumber);
            accepted.put("id", result.article().id);
            accepted.put("status", result.article().status.name());
            accepted.put("duplicateOf", result.article().duplicateOf);
            return accepted;
        } catch (ProblemException e) {
            return error(lineNumber, e.problem().status(), e.getMessage());
        } catch (Throwable e) {
            // Not stored: the client must know this line needs resending, and the batch goes on.
            return error(lineNumber, 503, "not stored (" + e.getClass().getSimpleName() + "): retry this line");
        }
    }

    private ObjectNode error(int lineNumber, int status, String detail) {
        ObjectNode error = json.createObjectNode();
        error.put("line", lineNumber);
        error.put("status", "ERROR");
        error.putObject("error").put("status", status).put("detail", detail);
        return error;
    }

    private void write(OutputStream results, ObjectNode result) {
        try {
            results.write(json.writeValueAsBytes(result));
            results.write('\n');
            results.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the batch results", e);
        }
    }
}
