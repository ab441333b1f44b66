package org.ruralrevival.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The refusal a body that does not bind or validate earns, with the same rule keys whether it came
 * as one request (ProblemMappers) or as one record of a bulk upload.
 */
public final class InputProblems {

    private InputProblems() {
    }

    /** What Jackson's complaint means for the caller: a field error where a field is known. */
    public static ProblemException of(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && m.getCause() instanceof ProblemException p) {
            return p;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return Problems.invalid(List.of(FieldError.of(path(u), "json.unknown-property", u.getPropertyName())));
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return Problems.invalid(List.of(FieldError.of(path(f), "json.enum", String.valueOf(f.getValue()), allowed)));
            }
            return Problems.invalid(List.of(FieldError.of(path(f), "json.format", String.valueOf(f.getValue()),
                    target == null ? "?" : typeName(target))));
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            if (cause instanceof ProblemException p) {
                return p;
            }
            String reason = cause == null ? v.getOriginalMessage() : cause.getMessage();
            return Problems.invalid(List.of(FieldError.of(path(v), "json.invalid-value", reason == null ? "?" : reason)));
        }
        if (e instanceof MismatchedInputException mi) {
            Class<?> target = mi.getTargetType();
            String field = path(mi);
            if (field.isEmpty()) {
                return Problems.badRequest("json.wrong-body", target == null ? "?" : typeName(target));
            }
            return Problems.invalid(List.of(FieldError.of(field, "json.wrong-type", target == null ? "?" : typeName(target))));
        }
        if (e instanceof JsonParseException p) {
            long line = p.getLocation() == null ? 0 : p.getLocation().getLineNr();
            long column = p.getLocation() == null ? 0 : p.getLocation().getColumnNr();
            return Problems.badRequest("json.malformed", line, column);
        }
        return Problems.badRequest("json.malformed", 0, 0);
    }

    /** Bean Validation's violations as field errors, worded by the validator. */
    public static List<FieldError> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            String annotation = v.getConstraintDescriptor() == null ? "constraint"
                    : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(FieldError.worded(fieldOf(v.getPropertyPath()), "constraint." + annotation, v.getMessage()));
        }
        return errors;
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** "create.request.name" → "name"; a query parameter keeps its own name. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> parts.add(node.getIndex() != null && node.getName() == null
                        ? "[" + node.getIndex() + "]" : node.getName() + (node.getIndex() != null ? "[" + node.getIndex() + "]" : ""));
            }
        }
        return parts.isEmpty() ? (parameter == null ? "" : parameter) : String.join(".", parts);
    }

    static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "date (yyyy-MM-dd)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }
}
