package org.ruralrevival.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ruralrevival.platform.problem.Problems;

/**
 * Typed query parameters with field errors. RESTEasy Reactive answers a query parameter it
 * cannot convert (an unknown enum value, "2021-13-01", "abc" for an id) with a bare 404; taking
 * the text and parsing it here gives the 400 naming the parameter and the rule instead. Blank
 * or absent text is null ("no filter").
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Problems.invalidField(field, "json.enum", text, allowed);
        }
    }

    public static LocalDate date(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(field, "json.format", text, "date (yyyy-MM-dd)");
        }
    }

    /** Only "true" or "false": anything else would otherwise silently read as false. */
    public static Boolean bool(String field, String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw Problems.invalidField(field, "json.format", text, "boolean");
    }

    public static Long longValue(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "json.format", text, "number");
        }
    }

    public static Integer intValue(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(field, "json.format", text, "number");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
