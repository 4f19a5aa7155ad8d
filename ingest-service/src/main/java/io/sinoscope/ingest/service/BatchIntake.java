package io.sinoscope.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Streams an NDJSON batch through the same intake as single submissions: one result line per input line, in input
 * order, written as soon as that article is stored, so memory stays flat however large the batch (at most
 * {@code sinoscope.batch.concurrency} lines are in flight) and a client can follow along. A bad line yields an error
 * line and the batch goes on.
 */
@ApplicationScoped
public class BatchIntake {

    private static final Logger LOG = Logger.getLogger(BatchIntake.class);

    private final ArticleIntake intake;
    private final ObjectMapper json;
    private final Validator validator;
    private final BatchConfig config;
    private final Vertx vertx;

    public BatchIntake(ArticleIntake intake, ObjectMapper json, Validator validator, BatchConfig config, Vertx vertx) {
        this.intake = intake;
        this.json = json;
        this.validator = validator;
        this.config = config;
        this.vertx = vertx;
    }

    /** A line being stored: its result, and the article key it claims while in flight. */
    private record InFlight(String key, CompletableFuture<ObjectNode> result) {
    }

    /** Runs on a worker thread: it blocks on the request body and on results, never on the event loop. */
    public void process(InputStream ndjson, OutputStream results) throws IOException {
        var lines = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8), 64 * 1024);
        Deque<InFlight> window = new ArrayDeque<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (lineNumber > config.maxLines()) {
                drain(window, results, null);
                write(results, error(lineNumber, 413, "the batch has more than " + config.maxLines()
                        + " lines; the rest was not read: send it in another request"));
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            Object parsed = parse(lineNumber, line);
            if (parsed instanceof ArticleSubmission submission) {
                String key = keyOf(submission);
                // The same article twice in one batch: the second must see the first stored, not race it.
                if (key != null) {
                    drain(window, results, key);
                }
                window.addLast(new InFlight(key, store(lineNumber, submission)));
            } else {
                window.addLast(new InFlight(null, CompletableFuture.completedFuture((ObjectNode) parsed)));
            }
            while (window.size() >= config.concurrency()) {
                write(results, window.pollFirst().result().join());
            }
        }
        drain(window, results, null);
    }

    /** Writes finished lines in order: all of them, or up to and including the one holding {@code key}. */
    private void drain(Deque<InFlight> window, OutputStream results, String key) {
        boolean holdsKey = key == null || window.stream().anyMatch(f -> key.equals(f.key()));
        while (holdsKey && !window.isEmpty()) {
            InFlight first = window.pollFirst();
            write(results, first.result().join());
            if (key != null && key.equals(first.key())) {
                return;
            }
        }
    }

    /** @return the submission, or the error result line for a line that is not one */
    private Object parse(int lineNumber, String line) {
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
        if (submission == null) {
            // the line is JSON null: Jackson reads it as no object at all, which the validator refuses to look at
            return error(lineNumber, 400, "not a valid article object: the line is null; each line must be a JSON "
                    + "object such as {\"source\":\"...\",\"text\":\"...\"}");
        }
        Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            return error(lineNumber, 400, violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        return submission;
    }

    private static String keyOf(ArticleSubmission submission) {
        return submission.externalId() == null || submission.externalId().isBlank() ? null
                : submission.source().strip() + '\n' + submission.externalId().strip();
    }

    private CompletableFuture<ObjectNode> store(int lineNumber, ArticleSubmission submission) {
        CompletableFuture<ObjectNode> result = new CompletableFuture<>();
        // Each line on a new duplicated Vert.x context: its own Hibernate Reactive session. Lines sharing the
        // request's context would share one session, which must never be used concurrently.
        Context lineContext = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(lineContext, true);
        lineContext.runOnContext(ignored -> intake.accept(submission).subscribe().with(
                stored -> result.complete(accepted(lineNumber, stored)),
                failure -> result.complete(failed(lineNumber, failure))));
        return result;
    }

    private ObjectNode accepted(int lineNumber, IntakeResult result) {
        ObjectNode accepted = json.createObjectNode();
        accepted.put("line", lineNumber);
        accepted.put("id", result.article().id);
        accepted.put("status", result.article().status.name());
        accepted.put("duplicateOf", result.article().duplicateOf);
        return accepted;
    }

    private ObjectNode failed(int lineNumber, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return error(lineNumber, problem.problem().status(), problem.getMessage());
        }
        // Not stored: the client must know this line needs resending, and the batch goes on.
        LOG.warnf(failure, "batch line %d not stored", lineNumber);
        return error(lineNumber, 503, "not stored (" + failure.getClass().getSimpleName() + "): retry this line");
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
