package org.ruralrevival.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.observability.RequestIds;
import org.ruralrevival.platform.security.Roles;

/** {@code POST /api/v1/events}: where the other services of the suite deliver their events. */
@Path("/api/v1/events")
@Tag(name = "events", description = "CloudEvents from the other services (service tokens only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({CloudEvents.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed(Roles.SERVICE)
public class EventInboxResource {

    private final EventInbox inbox;

    EventInboxResource(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Schema(name = "EventReceipt")
    public record Receipt(@Schema(example = "0f8e2a52-7c1d-4c55-b0b4-9d7b8a4f3c21") String id, EventInbox.Outcome outcome) {
    }

    @POST
    @Operation(operationId = "receiveEvent",
            summary = "Apply an event from another service (a repeated id is acknowledged and changes nothing)")
    public Receipt receive(@NotNull @Valid ReceivedEvent event) {
        // The log lines of applying the event carry the id of the request that caused it at the sender.
        RequestIds.adopt(event.requestid());
        return new Receipt(event.id(), inbox.receive(event));
    }
}
