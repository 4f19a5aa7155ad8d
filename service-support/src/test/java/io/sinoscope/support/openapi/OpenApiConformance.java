package io.sinoscope.support.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What every service's OpenAPI document must hold, checked by each service's own test against its {@code /q/openapi}
 * (shared through service-support's test-jar): every operation has a unique operationId, tags, a stated security and a
 * Problem body on each 4xx and 5xx response; and the document passes Redocly's recommended rules
 * ({@link RedoclyLint}).
 */
public final class OpenApiConformance {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    private OpenApiConformance(JsonNode document) {
        this.document = document;
    }

    /** @param json the document as {@code /q/openapi?format=json} serves it */
    public static OpenApiConformance of(String json) {
        try {
            return new OpenApiConformance(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Unique operationIds, tags, stated security, Problem errors, a Problem schema and a server. */
    public OpenApiConformance assertConforms() {
        assertTrue(document.path("components").path("schemas").has("Problem"), "no Problem schema");
        assertTrue(document.path("servers").size() > 0, "servers is empty");
        Set<String> ids = new HashSet<>();
        List<String> faults = new ArrayList<>();
        forEachOperation((where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]*")) {
                faults.add(where + ": operationId '" + id + "' is missing or not camelCase");
            } else if (!ids.add(id)) {
                faults.add(where + ": operationId '" + id + "' is used twice");
            }
            if (operation.path("tags").size() == 0) {
                faults.add(where + ": no tag");
            }
            if (!operation.has("security")) {
                faults.add(where + ": no security stated");
            }
            if (!operation.path("responses").has("500") || !operation.path("responses").has("503")) {
                faults.add(where + ": 500 or 503 undocumented");
            }
            Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (response.getKey().matches("[45]\\d\\d")) {
                    String ref = response.getValue().path("content").path("application/problem+json").path("schema")
                            .path("$ref").asText("");
                    if (!ref.equals("#/components/schemas/Problem")) {
                        faults.add(where + ": " + response.getKey() + " is not a Problem");
                    }
                    if (response.getValue().path("description").asText("").isBlank()) {
                        faults.add(where + ": " + response.getKey() + " has no description");
                    }
                }
            }
        });
        assertEquals(List.of(), faults);
        assertFalse(ids.isEmpty(), "no operation at all");
        return this;
    }

    /** The operation needs the API key with this role: it says so, and documents the 401 and 403 it can answer. */
    public OpenApiConformance assertNeedsKey(String method, String path, String role) {
        JsonNode operation = operation(method, path);
        JsonNode security = operation.path("security");
        boolean declared = false;
        for (JsonNode requirement : security) {
            for (JsonNode r : requirement.path("ApiKey")) {
                declared |= r.asText().equals(role);
            }
        }
        assertTrue(declared, method + " " + path + " does not require ApiKey with role " + role + ": " + security);
        assertTrue(operation.path("responses").has("401") && operation.path("responses").has("403"),
                method + " " + path + " documents no 401/403");
        assertTrue(document.path("components").path("securitySchemes").has("ApiKey"), "no ApiKey scheme");
        return this;
    }

    /** The operation needs no key: its security is the empty requirement, and it documents no 401. */
    public OpenApiConformance assertOpen(String method, String path) {
        JsonNode operation = operation(method, path);
        for (JsonNode requirement : operation.path("security")) {
            assertEquals(0, requirement.size(), method + " " + path + " requires " + requirement);
        }
        assertFalse(operation.path("responses").has("401"), method + " " + path + " documents a 401");
        return this;
    }

    public OpenApiConformance assertOperationId(String method, String path, String id) {
        assertEquals(id, operation(method, path).path("operationId").asText(), method + " " + path);
        return this;
    }

    public OpenApiConformance assertDocuments(String method, String path, String... statuses) {
        for (String status : statuses) {
            assertTrue(operation(method, path).path("responses").has(status), method + " " + path + " lacks " + status);
        }
        return this;
    }

    /** Writes the document to target/openapi/{service}.json and lints it; see {@link RedoclyLint#lint}. */
    public OpenApiConformance assertLintsClean(String service) {
        Path file = Path.of("target", "openapi", service + ".json").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RedoclyLint.lint(file);
        return this;
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
            fail("no operation " + method + " " + path);
        }
        return operation;
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey())) {
                    check.accept(operation.getKey() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }
}
