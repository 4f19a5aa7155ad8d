package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinoscopeCliTest {

    @TempDir
    Path temp;

    @Test
    void importExitsZeroOnlyWhenNoFileFailed() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("晚报"));
        Files.write(dir.resolve("一.txt"), "市民排队购买月饼。".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("二.txt"), "".getBytes(StandardCharsets.UTF_8));
        try (var ingest = new FakeIngest(request -> request.body().length == 0
                ? FakeIngest.problem(400, "empty body") : FakeIngest.accepted())) {
            String[] args = {"import", dir.toString(), "--ingest", ingest.uri().toString(),
                "--state-dir", temp.resolve("state").toString(), "--concurrency", "2"};

            assertEquals(1, SinoscopeCli.run(args));
            Files.write(dir.resolve("二.txt"), "补发的稿件。".getBytes(StandardCharsets.UTF_8));
            assertEquals(0, SinoscopeCli.run(args));
            assertEquals(3, ingest.received().size(), "the accepted file is not sent again");
            assertEquals("晚报", ingest.received().get(2).params().get("source"));
        }
    }

    @Test
    void importOfSomethingThatIsNoDirectoryOrArchiveIsMisuse() throws Exception {
        Path notes = Files.createFile(temp.resolve("notes.docx"));
        assertEquals(2, SinoscopeCli.run(new String[] {"import", notes.toString()}));
        assertEquals(2, SinoscopeCli.run(new String[] {"import"}));
    }
}
