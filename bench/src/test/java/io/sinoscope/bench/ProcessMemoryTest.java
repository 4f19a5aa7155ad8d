package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading /proc/PID/status: the total, and the process's own memory apart from pages of mapped files. */
class ProcessMemoryTest {

    @Test
    void splitsAnonymousFromFileBackedPages() {
        String status = """
                Name:\tjava
                VmPeak:\t 5000000 kB
                VmRSS:\t 1290240 kB
                RssAnon:\t  440320 kB
                RssFile:\t  849920 kB
                RssShmem:\t    1024 kB
                Threads:\t47
                """;
        ProcessMemory.Resident resident = ProcessMemory.parse(status);
        assertEquals(1290240, resident.totalKiB());
        assertEquals(441344, resident.anonymousKiB(), "anonymous and shared memory are the process's own");
        assertEquals(849920, resident.fileKiB());
    }

    @Test
    void theHighestReadingOfEachPartIsKeptApart() {
        ProcessMemory.Resident early = new ProcessMemory.Resident(900, 600, 300);
        ProcessMemory.Resident late = new ProcessMemory.Resident(1000, 400, 600);
        assertEquals(new ProcessMemory.Resident(1000, 600, 600), early.max(late));
        assertEquals(early, ProcessMemory.Resident.UNKNOWN.max(early));
    }

    @Test
    void readsThisVeryProcess() {
        ProcessMemory.Resident self;
        try (ProcessMemory memory = new ProcessMemory(ProcessHandle.current().pid())) {
            self = memory.current();
        }
        assertTrue(self.totalKiB() > 0 && self.anonymousKiB() > 0 && self.fileKiB() >= 0, self.toString());
        assertTrue(self.anonymousKiB() + self.fileKiB() <= self.totalKiB() + 1024, self.toString());
    }
}
