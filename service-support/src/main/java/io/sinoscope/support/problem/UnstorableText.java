package io.sinoscope.support.problem;

import java.sql.SQLException;

/**
 * Recognises PostgreSQL refusing a string the request carried: a NUL character (U+0000, {@code %00} in a URL,
 * {@code \u0000} in JSON) cannot be held by any PostgreSQL text value, so an id, a search term or a field containing
 * one fails the statement with SQLSTATE 22021 (character_not_in_repertoire). That is the request's fault, not the
 * server's: a 400, never a 500.
 */
final class UnstorableText {

    static final String SQL_STATE = "22021";

    private UnstorableText() {
    }

    static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
            // The reactive client's PgException (a library not every service has) names the state in its message.
            String message = t.getMessage();
            if (t.getClass().getSimpleName().equals("PgException") && message != null
                    && message.contains("(" + SQL_STATE + ")")) {
                return true;
            }
        }
        return false;
    }
}
