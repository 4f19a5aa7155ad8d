package io.sinoscope.query.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.service.SearchExport;
import io.sinoscope.query.service.SearchHitTable;
import io.sinoscope.support.problem.ProblemException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How an export of search hits is written: NDJSON, one hit's JSON a line, or CSV for spreadsheets. */
enum ExportFormat {

    NDJSON("ndjson", SearchResource.NDJSON + ";charset=UTF-8") {
        @Override
        void write(SearchExport export, Writer out, ObjectMapper json) throws IOException {
            export.writeTo(new SearchExport.HitSink() {
                @Override
                public void hit(SearchHit hit) throws IOException {
                    out.write(json.writeValueAsString(hit));
                    out.write('\n');
                }

                @Override
                public void pageDone() throws IOException {
                    out.flush();
                }
            });
        }
    },
    CSV("csv", SearchResource.CSV + ";charset=UTF-8") {
        /** With a byte-order mark, as the facts export: without it spreadsheet programs read UTF-8 Chinese as mojibake. */
        @Override
        void write(SearchExport export, Writer out, ObjectMapper json) throws IOException {
            out.write('\uFEFF');
            out.write(SearchHitTable.headerRow());
            export.writeTo(new SearchExport.HitSink() {
                @Override
                public void hit(SearchHit hit) throws IOException {
                    out.write(SearchHitTable.row(hit));
                }

                @Override
                public void pageDone() throws IOException {
                    out.flush();
                }
            });
        }
    };

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The format a {@code format} parameter names: ndjson when absent; anything else is a 400 problem. */
    static ExportFormat of(String format) {
        String value = Params.blankToNull(format);
        if (value == null) {
            return NDJSON;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ndjson" -> NDJSON;
            case "csv" -> CSV;
            default -> throw ProblemException.badRequest("format must be ndjson (one JSON hit a line) or csv, was "
                    + format);
        };
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    /** Writes the export's hits to {@code out} in UTF-8, flushing after each page so the client gets them as found. */
    void write(SearchExport export, OutputStream out, ObjectMapper json) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(export, writer, json);
        writer.flush();
    }

    abstract void write(SearchExport export, Writer out, ObjectMapper json) throws IOException;
}
