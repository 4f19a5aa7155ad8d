package io.sinoscope.query.rest;

import io.sinoscope.support.problem.ProblemException;

/** Parsing of query parameters into 400 problems with a clear detail. */
final class Params {

    private Params() {
    }

    static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, was " + value);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
