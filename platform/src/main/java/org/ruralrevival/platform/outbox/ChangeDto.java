package org.ruralrevival.platform.outbox;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change as the feed returns it. */
@Schema(name = "Change")
public record ChangeDto(
        @Schema(description = "Position in the feed; pass the last one you saw as ?after=.", example = "1042") long seq,
        @Schema(description = "Event id (CloudEvents id); the same change always has the same id.",
                example = "0f8e2a52-7c1d-4c55-b0b4-9d7b8a4f3c21") String id,
        @Schema(example = "region") String entity,
        @Schema(example = "620123000000") String key,
        ChangeKind kind,
        Instant occurredAt,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The entity's new state, as its own GET returns it.") String data) {

    static ChangeDto of(OutboxEvent e) {
        return new ChangeDto(e.seq, e.eventId, e.entity, e.entityKey, e.kind, e.occurredAt, e.payload);
    }
}
