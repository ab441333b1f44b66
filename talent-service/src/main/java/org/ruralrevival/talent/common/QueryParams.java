package org.ruralrevival.talent.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ruralrevival.platform.problem.Problems;

/**
 * Reads query parameters that are not plain text. JAX-RS would answer a value it cannot convert
 * with a bare 404; callers get a 400 naming the parameter instead.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(name, "json.format", value, "date (yyyy-MM-dd)");
        }
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < 1949 || year > 2100) {
                throw Problems.invalidField(name, "talent.year.range");
            }
            return year;
        } catch (NumberFormatException e) {
            throw Problems.invalidField(name, "json.format", value, "year");
        }
    }

    public static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(name, "json.format", value, "number");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Problems.invalidField(name, "json.enum", value, allowed);
        }
    }
}
