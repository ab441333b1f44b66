package org.ruralrevival.organization.rating;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many honours of one kind a region's organizations received in a year. */
@Schema(name = "HonourCount")
public record HonourCount(
        @Schema(example = "RED_FLAG_VILLAGE") HonourKind kind,
        @Schema(description = "Number of honours (unit: honours).", example = "10") long count) {
}
