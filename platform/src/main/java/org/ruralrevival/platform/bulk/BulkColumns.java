package org.ruralrevival.platform.bulk;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralrevival.platform.problem.Messages;

/**
 * The flat columns of a collection's request type, for spreadsheets and CSV: one per scalar field,
 * nested objects as dotted names ({@code externalRef.system}), lists as a JSON text cell. Each has
 * a Chinese and an English label from the messages ({@code bulk.<collection>.<field>}), so a
 * header row may use the field names or the template's labels.
 */
public final class BulkColumns {

    /** One column: its dotted field path, its Java type, and the values an enum allows. */
    public record Column(String path, JavaType type, List<String> allowed) {

        public boolean isList() {
            return type.isContainerType();
        }

        public String label(Locale locale, String collection) {
            String key = "bulk." + collection + "." + path;
            return Messages.has(key) ? Messages.get(locale, key) : path;
        }
    }

    private final String collection;
    private final ObjectMapper mapper;
    private final List<Column> columns;
    private final Map<String, Column> byHeader = new HashMap<>();

    private BulkColumns(String collection, ObjectMapper mapper, List<Column> columns) {
        this.collection = collection;
        this.mapper = mapper;
        this.columns = List.copyOf(columns);
        for (Column c : columns) {
            byHeader.put(c.path(), c);
            byHeader.put(c.label(Messages.CHINESE, collection), c);
            byHeader.put(c.label(Locale.ROOT, collection), c);
        }
    }

    public static BulkColumns of(String collection, Class<?> requestType, ObjectMapper mapper) {
        List<Column> columns = new ArrayList<>();
        collect("", mapper.constructType(requestType), mapper, columns, 0);
        return new BulkColumns(collection, mapper, columns);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    public String collection() {
        return collection;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column a header cell names, or null. */
    public Column byHeader(String header) {
        return header == null ? null : byHeader.get(header.trim());
    }

    /** A record's JSON as one flat row of cell texts, in column order (null for an empty cell). */
    public String[] flatten(JsonNode record) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            JsonNode node = record;
            for (String part : columns.get(i).path().split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node == null || node.isNull() || node.isMissingNode()) {
                cells[i] = null;
            } else if (node.isContainerNode()) {
                cells[i] = node.toString();
            } else if (node.isBigDecimal()) {
                // Jackson's tree may hold 1000.00 as 1E+3: the cell says 1000.
                cells[i] = node.decimalValue().toPlainString();
            } else {
                cells[i] = node.asText();
            }
        }
        return cells;
    }

    /**
     * Puts one cell into the record under construction as the JSON the single endpoint expects:
     * numbers and booleans typed, so the strict mapper's rules apply unchanged. A value that does
     * not convert stays text, and binding then refuses it with the usual rule and field.
     */
    public static void put(ObjectNode record, Column column, Object cell, ObjectMapper mapper) {
        if (cell == null || cell instanceof String s && s.isBlank()) {
            return;
        }
        ObjectNode target = record;
        String[] parts = column.path().split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = target.get(parts[i]);
            target = next instanceof ObjectNode o ? o : target.putObject(parts[i]);
        }
        target.set(parts[parts.length - 1], value(column, cell, mapper));
    }

    private static JsonNode value(Column column, Object cell, ObjectMapper mapper) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Class<?> raw = column.type().getRawClass();
        if (cell instanceof LocalDateTime dt) {
            // A spreadsheet date cell: the single endpoints take dates as yyyy-MM-dd.
            return nodes.textNode(dt.toLocalDate().toString());
        }
        if (cell instanceof Boolean b) {
            return raw == String.class ? nodes.textNode(b.toString()) : nodes.booleanNode(b);
        }
        if (cell instanceof BigDecimal n) {
            if (raw == String.class || raw.isEnum()) {
                // An ID or code typed as a number in a sheet: its digits are the text.
                return nodes.textNode(n.stripTrailingZeros().toPlainString());
            }
            if (Temporal.class.isAssignableFrom(raw)) {
                return nodes.textNode(n.toPlainString());
            }
            return number(n, raw);
        }
        String text = cell.toString().trim();
        if (column.isList() || (!raw.isPrimitive() && !isScalar(raw) && !raw.isEnum())) {
            try {
                return mapper.readTree(text);
            } catch (java.io.IOException e) {
                return nodes.textNode(text);
            }
        }
        if (raw == Boolean.class || raw == boolean.class) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "y", "是" -> {
                    return nodes.booleanNode(true);
                }
                case "false", "0", "no", "n", "否" -> {
                    return nodes.booleanNode(false);
                }
                default -> {
                    return nodes.textNode(text);
                }
            }
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            try {
                return number(new BigDecimal(text), raw);
            } catch (NumberFormatException e) {
                return nodes.textNode(text);
            }
        }
        return nodes.textNode(text);
    }

    private static JsonNode number(BigDecimal n, Class<?> raw) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        boolean integral = raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class
                || raw == Short.class || raw == short.class;
        if (integral && n.stripTrailingZeros().scale() <= 0) {
            return nodes.numberNode(n.toBigIntegerExact());
        }
        return nodes.numberNode(n);
    }

    private static boolean isScalar(Class<?> raw) {
        return raw == String.class || Number.class.isAssignableFrom(raw) || raw == Boolean.class
                || Temporal.class.isAssignableFrom(raw) || raw == LocalDate.class || raw.isEnum();
    }

    private static void collect(String prefix, JavaType type, ObjectMapper mapper, List<Column> out, int depth) {
        for (BeanPropertyDefinition p : mapper.getSerializationConfig().introspect(type).findProperties()) {
            JavaType t = p.getPrimaryType();
            String path = prefix + p.getName();
            Class<?> raw = t.getRawClass();
            if (!t.isContainerType() && !raw.isPrimitive() && !isScalar(raw) && depth < 3) {
                collect(path + ".", t, mapper, out, depth + 1);
            } else {
                List<String> allowed = raw.isEnum()
                        ? Arrays.stream(raw.getEnumConstants()).map(Object::toString).toList() : List.of();
                out.add(new Column(path, t, allowed));
            }
        }
    }
}
