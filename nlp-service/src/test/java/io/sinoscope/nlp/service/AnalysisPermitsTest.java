package io.sinoscope.nlp.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisPermitsTest {

    @Test
    void refusesBeyondItsPermitsAndAdmitsAgainOnRelease() {
        AnalysisPermits permits = new AnalysisPermits(2);
        Optional<AnalysisPermits.Permit> first = permits.tryAcquire();
        Optional<AnalysisPermits.Permit> second = permits.tryAcquire();
        assertTrue(first.isPresent() && second.isPresent());
        assertTrue(permits.tryAcquire().isEmpty(), "a third analysis ran beside two with two permits");

        first.get().close();
        first.get().close(); // twice: still one permit back, not two
        Optional<AnalysisPermits.Permit> third = permits.tryAcquire();
        assertTrue(third.isPresent());
        assertTrue(permits.tryAcquire().isEmpty(), "closing a permit twice released two");
        assertEquals(2, permits.total());
    }

    @Test
    void needsAtLeastOnePermit() {
        assertThrows(IllegalArgumentException.class, () -> new AnalysisPermits(0));
    }
}
