package io.sinoscope.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.QueryClause;
import io.sinoscope.support.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    private static ProblemException refused(String q) {
        return assertThrows(ProblemException.class, () -> QueryLimits.parse(q, 200, 20));
    }

    @Test
    void missingOrEmptyQueryIsRefused() {
        assertTrue(refused(null).getMessage().contains("q is required"));
        assertTrue(refused(" \u3000 ").getMessage().contains("q is required"));
        assertTrue(refused("\"\" -").getMessage().contains("nothing to search for"));
    }

    @Test
    void tooLongQueryIsRefusedNamingTheLimitInCharactersNotBytes() {
        String atLimit = "芯".repeat(200);
        assertEquals(1, QueryLimits.parse(atLimit, 200, 20).size());
        ProblemException e = refused("芯".repeat(201));
        assertEquals(400, e.problem().status());
        assertTrue(e.getMessage().contains("201 characters; the limit is 200"), e.getMessage());
        // Surrogate pairs count once: 200 characters outside the BMP are within the limit.
        assertEquals(1, QueryLimits.parse("𠀀".repeat(200), 200, 20).size());
        assertTrue(refused("x".repeat(100_000)).getMessage().contains("100000 characters"));
    }

    @Test
    void tooManyTermsIsRefusedNamingTheLimit() {
        assertEquals(20, QueryLimits.parse("词 ".repeat(20), 200, 20).size());
        ProblemException e = refused("词 ".repeat(21));
        assertTrue(e.getMessage().contains("21 terms; the limit is 20"), e.getMessage());
    }

    @Test
    void luceneAndSqlSyntaxIsPlainText() {
        assertEquals(List.of(new QueryClause("*foo", false, false)), QueryLimits.parse("*foo", 200, 20));
        assertEquals(List.of(new QueryClause("title:芯片~2", false, false)), QueryLimits.parse("title:芯片~2", 200, 20));
        assertEquals(4, QueryLimits.parse("a AND (b OR", 200, 20).size());
        assertEquals(List.of(new QueryClause("unclosed", true, false)), QueryLimits.parse("\"unclosed", 200, 20));
        assertEquals(3, QueryLimits.parse("'; DROP TABLE", 200, 20).size());
        assertEquals(1, QueryLimits.parse("((((((((((((((((((((芯片))))))))))))))))))))", 200, 20).size());
    }

    @Test
    void tooComplexNamesTheClauseLimit() {
        ProblemException e = QueryLimits.tooComplex();
        assertEquals(400, e.problem().status());
        assertTrue(e.getMessage().contains("1024"), e.getMessage());
    }
}
