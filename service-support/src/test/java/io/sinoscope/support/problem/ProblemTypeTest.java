package io.sinoscope.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void eachKindHasItsOwnStatusAndUriUnderTheStableBase() {
        Set<Integer> statuses = new HashSet<>();
        Set<String> uris = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertEquals(true, statuses.add(type.status()), "two kinds share " + type.status());
            assertEquals(true, uris.add(type.uri().toString()), "two kinds share " + type.uri());
            assertEquals(true, type.uri().toString().matches("https://sinoscope\\.dev/problems/[a-z]+(-[a-z]+)*"),
                    type.uri().toString());
        }
        assertEquals(ProblemType.values().length, Arrays.stream(ProblemType.values()).map(Enum::name).distinct().count());
    }

    @Test
    void aProblemCarriesTheTypeOfItsStatusAndKeepsTitleStatusAndDetail() {
        Problem notFound = ProblemException.notFound("no article with id 42").problem();
        assertEquals("https://sinoscope.dev/problems/not-found", notFound.type());
        assertEquals("Not Found", notFound.title());
        assertEquals(404, notFound.status());
        assertEquals("no article with id 42", notFound.detail());

        assertEquals("https://sinoscope.dev/problems/rate-limited",
                ProblemException.tooManyRequests("slow down", 1).problem().type());
        assertEquals("https://sinoscope.dev/problems/unavailable",
                ProblemException.unavailable("down", 5).problem().type());
        assertEquals("https://sinoscope.dev/problems/unprocessable",
                ProblemException.unprocessable("not Chinese").problem().type());
        assertEquals("Unprocessable Content", ProblemException.unprocessable("not Chinese").problem().title());
    }

    @Test
    void aStatusWithoutAKindOfItsOwnStaysAboutBlank() {
        assertEquals("about:blank", Problem.of(418, "teapot").type());
        assertEquals("about:blank", Problem.of(431, "headers too large").type());
    }

    @Test
    void aValidationFailureIsABadRequest() {
        Problem problem = (Problem) new ProblemExceptionMappers().invalid(new ConstraintViolationException(Set.of()))
                .getEntity();
        assertEquals("https://sinoscope.dev/problems/bad-request", problem.type());
        assertEquals(400, problem.status());
    }
}
