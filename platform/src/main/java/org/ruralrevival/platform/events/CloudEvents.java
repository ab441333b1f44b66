package org.ruralrevival.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.Locale;
import org.ruralrevival.platform.observability.RequestIds;
import org.ruralrevival.platform.outbox.OutboxEvent;

/** CloudEvents 1.0 structured JSON for an outbox row. */
public final class CloudEvents {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    private CloudEvents() {
    }

    /** {@code org.ruralrevival.recruit-admitted.created}: the entity and the kind of change. */
    public static String type(String entity, String kind) {
        return "org.ruralrevival." + entity + "." + kind.toLowerCase(Locale.ROOT);
    }

    public static String source(String service) {
        return "urn:ruralrevival:" + service;
    }

    public static String toJson(ObjectMapper mapper, String service, OutboxEvent e) {
        try {
            ObjectNode node = mapper.createObjectNode();
            node.put("specversion", "1.0");
            node.put("id", e.eventId);
            node.put("source", source(service));
            node.put("type", type(e.entity, e.kind.name()));
            node.put("subject", e.entityKey);
            node.put("time", e.occurredAt.toString());
            node.put("datacontenttype", "application/json");
            // CloudEvents "sequence" extension: the position in the sender's outbox.
            node.put("sequence", Long.toString(e.seq));
            // Extension: the request that caused the change, so the receiver's log lines carry it too.
            if (e.requestId != null) {
                node.put(RequestIds.CLOUD_EVENT_ATTRIBUTE, e.requestId);
            }
            // The payload as stored, not re-read into a tree: a tree would write 100.00 yuan as 1E+2.
            node.putRawValue("data", new RawValue(e.payload));
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("outbox row " + e.seq + " holds invalid JSON", ex);
        }
    }
}
