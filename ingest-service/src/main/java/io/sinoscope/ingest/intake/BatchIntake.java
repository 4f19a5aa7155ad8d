package io.sinoscope.ingest.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sinoscope.ingest.config.BatchConfig;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.security.SourceGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Streams an NDJSON batch: one result line per input line, in input order, so memory stays flat however large the
 * batch (at most two groups of lines are held) and a client can follow along. A bad line yields an error line and the
 * batch goes on.
 *
 * <p>Lines are parsed, validated and cleaned on the request's worker thread; consecutive lines are then stored
 * {@code sinoscope.batch.group-size} at a time, in one transaction ({@link IntakeStore}), while the worker
 * cleans the next group. A line that fails validation or cleaning fails alone, before its group's transaction. A group
 * whose transaction fails, or that holds a new version of a stored article, is stored again line by line through the
 * same write path, so one line the database refuses fails only itself; a group not stored within {@code sinoscope.intake.timeout} gets a 503 on each of its
 * lines (it may or may not be stored; resending is safe). A line repeating an earlier line's source and externalId
 * (or, without one, its source and content) starts a new group, which sees the earlier one stored.
 */
@ApplicationScoped
public class BatchIntake {

    private static final Logger LOG = Logger.getLogger(BatchIntake.class);

    private final ArticleIntake intake;
    private final IntakeStore groups;
    private final ObjectMapper json;
    private final Validator validator;
    private final BatchConfig config;

    public BatchIntake(ArticleIntake intake, IntakeStore groups, ObjectMapper json, Validator validator,
            BatchConfig config) {
        this.intake = intake;
        this.groups = groups;
        this.json = json;
        this.validator = validator;
        this.config = config;
    }

    /** Lines read but not yet answered, in input order: error lines, and lines to store together. */
    private final class Group {
        final List<Object> entries = new ArrayList<>();
        final List<Integer> lineNumbers = new ArrayList<>();
        final List<PreparedArticle> toStore = new ArrayList<>();
        final Set<String> identities = new HashSet<>();

        void add(int lineNumber, Object entry) {
            entries.add(entry);
            lineNumbers.add(lineNumber);
            if (entry instanceof PreparedArticle article) {
                toStore.add(article);
                identities.add(contentIdentity(article));
                if (article.externalId() != null) {
                    identities.add(idIdentity(article));
                }
            }
        }

        /** Whether the article is one this group already stores: it must see that one stored first. */
        boolean holdsSame(PreparedArticle article) {
            return identities.contains(article.externalId() != null ? idIdentity(article) : contentIdentity(article));
        }

        boolean full() {
            return entries.size() >= Math.max(1, config.groupSize());
        }
    }

    private static String idIdentity(PreparedArticle article) {
        return "id\n" + article.source() + '\n' + article.externalId();
    }

    private static String contentIdentity(PreparedArticle article) {
        return "content\n" + article.source() + '\n' + article.contentHash();
    }

    /** A group being stored: its lines, and the stored results (empty: store it line by line). */
    private record Stored(Group group, CompletableFuture<Optional<List<IntakeResult>>> results) {
    }

    /**
     * Runs on a worker thread: it blocks on the request body and on results, never on the event loop.
     *
     * @param grant the sources the caller may write; a line for another source gets a 403 result line
     */
    public void process(InputStream ndjson, OutputStream results, SourceGrant grant) throws IOException {
        var lines = new BoundedLineReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8), config.maxLineChars());
        Group open = new Group();
        Stored inFlight = null;
        int lineNumber = 0;
        for (BoundedLineReader.Line read = lines.next(); read != null; read = lines.next()) {
            lineNumber++;
            if (lineNumber > config.maxLines()) {
                finish(start(open, inFlight, results), results);
                write(results, error(lineNumber, 413, "the batch has more than " + config.maxLines()
                        + " lines; the rest was not read: send it in another request"));
                return;
            }
            if (read.tooLong()) {
                // Answered at once, in order, having held only the limit; the rest of the line is then skipped
                // unread and the batch goes on with the next line.
                finish(start(open, inFlight, results), results);
                inFlight = null;
                open = new Group();
                write(results, error(lineNumber, 413, "the line is longer than " + config.maxLineChars()
                        + " characters (sinoscope.batch.max-line-chars); it was skipped without being read further:"
                        + " one line is one article, and an article that long cannot be stored"));
                lines.skipRestOfLine();
                continue;
            }
            String line = read.text();
            if (line.isBlank()) {
                continue;
            }
            Object entry = parse(lineNumber, line);
            if (entry instanceof ArticleSubmission submission) {
                entry = prepare(lineNumber, submission, grant);
            }
            if (entry instanceof PreparedArticle article && open.holdsSame(article)) {
                inFlight = start(open, inFlight, results);
                open = new Group();
            }
            open.add(lineNumber, entry);
            if (open.full()) {
                inFlight = start(open, inFlight, results);
                open = new Group();
            }
        }
        finish(start(open, inFlight, results), results);
    }

    /** Answers the group in flight, then starts storing {@code group}: one group's transaction at a time. */
    private Stored start(Group group, Stored inFlight, OutputStream results) {
        finish(inFlight, results);
        if (group.entries.isEmpty()) {
            return null;
        }
        CompletableFuture<Optional<List<IntakeResult>>> stored = new CompletableFuture<>();
        if (group.toStore.isEmpty()) {
            stored.complete(Optional.of(List.of()));
        } else {
            groups.store(List.copyOf(group.toStore), ArticleIntake.BATCH_ENCODING).ifNoItem().after(intake.timeout()).failWith(intake::timedOut)
                    .subscribe().with(result -> stored.complete(result), stored::completeExceptionally);
        }
        return new Stored(group, stored);
    }

    /** Waits for the group's results and writes one line per input line, in order. */
    private void finish(Stored inFlight, OutputStream results) {
        if (inFlight == null) {
            return;
        }
        Group group = inFlight.group();
        List<IntakeResult> stored;
        Throwable failure = null;
        try {
            stored = inFlight.results().join().orElse(null);
        } catch (CompletionException e) {
            stored = null;
            failure = e.getCause();
        }
        if (failure instanceof ProblemException) {
            // Past the deadline: the group may or may not be stored, as a single article would be.
            for (int i = 0; i < group.entries.size(); i++) {
                Object entry = group.entries.get(i);
                int line = group.lineNumbers.get(i);
                write(results, entry instanceof ObjectNode done ? done : failed(line, failure));
            }
            return;
        }
        if (failure != null) {
            LOG.warnf(failure, "a group of %d batch lines was not stored together; storing them one by one",
                    group.toStore.size());
        }
        int next = 0;
        for (int i = 0; i < group.entries.size(); i++) {
            Object entry = group.entries.get(i);
            int line = group.lineNumbers.get(i);
            if (entry instanceof ObjectNode done) {
                write(results, done);
            } else if (stored != null) {
                write(results, accepted(line, stored.get(next++)));
            } else {
                // Alone, in order: each line sees the ones before it stored, and fails only itself.
                write(results, storeAlone(line, (PreparedArticle) entry).join());
            }
        }
    }

    /** @return the line cleaned and fingerprinted, or its error result line */
    private Object prepare(int lineNumber, ArticleSubmission submission, SourceGrant grant) {
        try {
            grant.require(submission.source().strip(), "submit articles for");
            return intake.prepare(submission);
        } catch (RuntimeException e) {
            return failed(lineNumber, e);
        }
    }

    /** @return the submission, or the error result line for a line that is not one */
    private Object parse(int lineNumber, String line) {
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

    private CompletableFuture<ObjectNode> storeAlone(int lineNumber, PreparedArticle line) {
        CompletableFuture<ObjectNode> result = new CompletableFuture<>();
        intake.accept(line).subscribe().with(stored -> result.complete(accepted(lineNumber, stored)),
                failure -> result.complete(failed(lineNumber, failure)));
        return result;
    }

    private ObjectNode accepted(int lineNumber, IntakeResult result) {
        ObjectNode accepted = json.createObjectNode();
        accepted.put("line", lineNumber);
        accepted.put("id", result.id());
        accepted.put("status", result.status());
        accepted.put("duplicateOf", result.duplicateOf());
        if (result.duplicateKind() != null) {
            accepted.put("duplicateKind", result.duplicateKind());
        }
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
