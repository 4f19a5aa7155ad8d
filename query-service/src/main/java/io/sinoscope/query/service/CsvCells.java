package io.sinoscope.query.service;

/**
 * Cells of an RFC 4180 CSV row for spreadsheet users: a field is quoted when it holds a comma, quote or line break,
 * its quotes doubled; free text starting with =, +, -, @, tab or carriage return is prefixed with an apostrophe, which
 * spreadsheet programs show as plain text instead of running it as a formula (CSV injection). The rules of
 * every CSV export (facts, search results).
 */
public final class CsvCells {

    /** First characters that make spreadsheet programs read a cell as a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

    private CsvCells() {
    }

    /** A value the service produced itself (id, code, time, number); null is an empty cell. */
    public static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return out.append(value);
        }
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    /** Free text from an article (title, passage): quoted as {@link #field}, and never a formula. */
    public static StringBuilder text(StringBuilder out, String value) {
        if (value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return field(out, "'" + value);
        }
        return field(out, value);
    }
}
