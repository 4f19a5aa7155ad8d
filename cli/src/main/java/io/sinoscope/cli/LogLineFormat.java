package io.sinoscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * One line of a service log as a person reads it. The services log JSON in production (one object per line, for log
 * collectors); this turns such a line into
 * {@code 13:31:11.009 WARN  query-service  query.indexing.Reconciler  message}, with an exception's type, message,
 * first frames and causes on indented lines below. A line that is not a JSON log
 * record (the local stack's and OpenSearch's own logs, a JVM crash message) is shown as it is.
 */
final class LogLineFormat {

    /** How many stack frames of each exception are shown: where it was thrown, not the framework beneath it. */
    static final int FRAMES = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DateTimeFormatter time;

    /** Times are shown in {@code zone}: the operator's wall clock, not the UTC the records carry. */
    LogLineFormat(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(zone);
    }

    /** A JSON log record read from a line, or empty when the line is something else. */
    static Optional<JsonNode> record(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() && node.has("message") && node.has("level")
                    ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The record's level as a rank, JBoss and java.util.logging names alike (WARNING = WARN), or -1 when unknown. */
    static int rank(String level) {
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "TRACE", "FINEST", "FINER" -> 0;
            case "DEBUG", "FINE", "CONFIG" -> 1;
            case "INFO" -> 2;
            case "WARN", "WARNING" -> 3;
            case "ERROR", "SEVERE" -> 4;
            case "FATAL" -> 5;
            default -> -1;
        };
    }

    /** Whether {@code level} is a level name this reader knows (for the command line's {@code --level}). */
    static boolean known(String level) {
        return rank(level) >= 0;
    }

    /** The readable form of one line from the log of {@code source}. */
    String format(String source, String line) {
        return record(line).map(r -> format(source, r)).orElse(line);
    }

    String format(String source, JsonNode r) {
        StringBuilder out = new StringBuilder();
        out.append(shownTime(r.path("timestamp").asText(""))).append(' ');
        out.append(String.format(Locale.ROOT, "%-5s", shownLevel(r.path("level").asText("")))).append(' ');
        out.append(source).append("  ");
        String logger = r.path("loggerName").asText("");
        if (!logger.isEmpty()) {
            out.append(shortLogger(logger)).append("  ");
        }
        out.append(r.path("message").asText(""));
        JsonNode exception = r.path("exception");
        for (int depth = 0; exception.isObject() && depth < 10; depth++) {
            out.append('\n').append(depth == 0 ? "    " : "    caused by ")
                    .append(exception.path("exceptionType").asText("exception"));
            String message = exception.path("message").asText("");
            if (!message.isEmpty()) {
                out.append(": ").append(message);
            }
            JsonNode frames = exception.path("frames");
            for (int i = 0; i < Math.min(FRAMES, frames.size()); i++) {
                JsonNode frame = frames.get(i);
                out.append("\n        at ").append(frame.path("class").asText("?")).append('.')
                        .append(frame.path("method").asText("?"));
                if (frame.has("line")) {
                    out.append(':').append(frame.path("line").asInt());
                }
            }
            if (frames.size() > FRAMES) {
                out.append("\n        ... ").append(frames.size() - FRAMES).append(" more");
            }
            exception = exception.path("causedBy").path("exception");
        }
        return out.toString();
    }

    private String shownTime(String timestamp) {
        try {
            return time.format(Instant.parse(timestamp));
        } catch (DateTimeParseException e) {
            return timestamp.isEmpty() ? "--:--:--.---" : timestamp;
        }
    }

    private static String shownLevel(String level) {
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "WARNING" -> "WARN";
            case "SEVERE" -> "ERROR";
            default -> level.toUpperCase(Locale.ROOT);
        };
    }

    /**
     * {@code io.sinoscope.query.indexing.Reconciler} → {@code query.indexing.Reconciler} (the project's prefix says
     * nothing); another library's logger keeps its last two parts ({@code org.apache.kafka.clients.NetworkClient} →
     * {@code clients.NetworkClient}).
     */
    static String shortLogger(String logger) {
        if (logger.startsWith("io.sinoscope.")) {
            return logger.substring("io.sinoscope.".length());
        }
        String[] parts = logger.split("\\.");
        return parts.length > 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : logger;
    }
}
