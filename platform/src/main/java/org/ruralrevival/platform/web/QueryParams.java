package org.ruralrevival.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.ruralrevival.platform.problem.Problems;

/**
 * Parses query parameters that JAX-RS would convert itself. A failed conversion of a typed
 * {@code @QueryParam} becomes a 404 ("no resource at this path") by the JAX-RS rules, while an
 * unknown enum value or an impossible date is bad input: a 400 naming the parameter and the rule,
 * worded like the same mistake in a JSON body. Declare the parameter as a String and keep its
 * type in OpenAPI with {@code @Parameter(schema = @Schema(implementation = X.class))}.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The constant named {@code value}, or null when the parameter is absent. */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Problems.invalidField(parameter, "json.enum", value, allowed);
        }
    }

    /** An ISO date ({@code 2021-12-31}), or null when the parameter is absent. */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.invalidField(parameter, "json.format", value, "date (yyyy-MM-dd)");
        }
    }

    /** A whole number, or null when the parameter is absent. */
    public static Long longValue(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.invalidField(parameter, "json.format", value, "number");
        }
    }

    /** A whole number that fits an int (a year, a count), or null when the parameter is absent. */
    public static Integer intValue(String parameter, String value) {
        Long number = longValue(parameter, value);
        if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
            throw Problems.invalidField(parameter, "json.format", value, "number");
        }
        return number == null ? null : number.intValue();
    }

    /** {@code true} or {@code false} (any case), or null when absent; "yes" is not silently false. */
    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        throw Problems.invalidField(parameter, "json.format", value, "boolean");
    }
}
