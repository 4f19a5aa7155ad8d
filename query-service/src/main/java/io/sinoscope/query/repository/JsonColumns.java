package io.sinoscope.query.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.contracts.CleaningReport;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import java.util.Map;

/**
 * jsonb columns as JSON text. Hibernate Reactive's own JSON mapping reads jsonb as a Vert.x JsonObject and cannot
 * read arrays, so the entities map these columns to strings ({@code ::jsonb} on write, {@code ::text} on read) and
 * these converters do the JSON. The parameter is typed text before the cast: typed jsonb, the PostgreSQL client
 * would encode the Java string as a JSON string.
 */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return value == null ? null : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON column", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return json == null ? null : MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read JSON column", e);
        }
    }

    @Converter
    public static class StringList implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> attribute) {
            return write(attribute == null ? List.of() : attribute);
        }

        @Override
        public List<String> convertToEntityAttribute(String dbData) {
            List<String> list = read(dbData, new TypeReference<List<String>>() { });
            return list == null ? List.of() : list;
        }
    }

    /** Null stays null: an article without a report is unknown, not "nothing removed". */
    @Converter
    public static class Cleaning implements AttributeConverter<CleaningReport, String> {
        @Override
        public String convertToDatabaseColumn(CleaningReport attribute) {
            return write(attribute);
        }

        @Override
        public CleaningReport convertToEntityAttribute(String dbData) {
            return read(dbData, new TypeReference<CleaningReport>() { });
        }
    }

    @Converter
    public static class ObjectMap implements AttributeConverter<Map<String, Object>, String> {
        @Override
        public String convertToDatabaseColumn(Map<String, Object> attribute) {
            return write(attribute);
        }

        @Override
        public Map<String, Object> convertToEntityAttribute(String dbData) {
            return read(dbData, new TypeReference<Map<String, Object>>() { });
        }
    }
}
