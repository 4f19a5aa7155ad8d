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

    /** A 0-based page of {@code size} items. */
    record Page(int page, int size) {
    }

    /**
     * page and size checked against the limits: size 1..maxSize, page 0 or more, and no page reaching past item
     * {@code maxWindow} (deep paging costs the index more than any reader gains).
     */
    static Page page(String page, String size, int defaultSize, int maxSize, int maxWindow, String whatToDoInstead) {
        int sizeValue = integer("size", size, defaultSize);
        if (sizeValue < 1 || sizeValue > maxSize) {
            throw ProblemException.badRequest("size must be between 1 and " + maxSize + ", was " + sizeValue);
        }
        int pageValue = integer("page", page, 0);
        if (pageValue < 0) {
            throw ProblemException.badRequest("page is 0-based and must be 0 or more, was " + pageValue);
        }
        if ((long) (pageValue + 1) * sizeValue > maxWindow) {
            throw ProblemException.badRequest("page × size reaches past item " + maxWindow + ": " + whatToDoInstead);
        }
        return new Page(pageValue, sizeValue);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
