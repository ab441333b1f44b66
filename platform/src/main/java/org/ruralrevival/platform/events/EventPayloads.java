package org.ruralrevival.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;

/**
 * Reads an event's {@code data} into a payload record. A payload that does not fit is refused
 * with 400 (never a 500): the sender retries and finally parks it, where someone can look.
 * Rules' messages ({@code event.payload.*}) are in the platform's bundle.
 */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper mapper;

    EventPayloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(ReceivedEvent event, Class<T> type) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw Problems.invalidField("data", "event.payload.not-object", event.type());
        }
        try {
            return mapper.treeToValue(data, type);
        } catch (InvalidFormatException e) {
            throw Problems.invalidField("data." + path(e), "event.payload.value", String.valueOf(e.getValue()));
        } catch (JsonMappingException e) {
            throw Problems.invalidField("data." + path(e), "event.payload.malformed", event.type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Problems.invalidField("data", "event.payload.malformed", event.type());
        }
    }

    /** Collects missing required fields, to refuse them all at once. */
    public static final class Required {
        private final List<FieldError> errors = new ArrayList<>();

        public Required check(String field, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                errors.add(FieldError.of("data." + field, "field.required"));
            }
            return this;
        }

        public Required rule(boolean broken, String field, String rule, Object... args) {
            if (broken) {
                errors.add(FieldError.of("data." + field, rule, args));
            }
            return this;
        }

        public void orRefuse() {
            if (!errors.isEmpty()) {
                throw Problems.invalid(errors);
            }
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "?" : path;
    }
}
