package io.sinoscope.support.openapi;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The lint the services' OpenAPI tests rely on fails on an error and passes a clean document. */
class RedoclyLintTest {

    private static final String OPERATION = """
            "get": {"operationId": "getThing", "summary": "A thing", "security": [{}],
                    "responses": {"200": {"description": "The thing"}, "400": {"description": "Bad"}}}""";

    @Test
    void aDocumentWithoutServersIsAnError() throws IOException {
        Path file = write("no-servers", """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                 "paths": {"/things": {%s}}}""".formatted(OPERATION));
        Throwable thrown = null;
        try {
            RedoclyLint.lint(file);
        } catch (TestAbortedException skipped) {
            throw skipped; // no npx, or the package cannot be fetched: skipped as every lint is
        } catch (AssertionFailedError failure) {
            thrown = failure;
        }
        AssertionFailedError failure = assertInstanceOf(AssertionFailedError.class, thrown, "the lint passed");
        assertTrue(failure.getMessage().contains("no-empty-servers"), failure.getMessage());
    }

    @Test
    void aCleanDocumentPasses() throws IOException {
        RedoclyLint.lint(write("clean", """
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "servers": [{"url": "/"}],
                 "paths": {"/things": {%s}}}""".formatted(OPERATION)));
    }

    private static Path write(String name, String json) throws IOException {
        Path file = Path.of("target", "openapi-lint-test", name + ".json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        return Files.writeString(file, json);
    }
}
