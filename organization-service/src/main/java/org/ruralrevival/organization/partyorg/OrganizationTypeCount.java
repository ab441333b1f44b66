package org.ruralrevival.organization.partyorg;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many party organizations of one type a region has. */
@Schema(name = "OrganizationTypeCount")
public record OrganizationTypeCount(
        @Schema(example = "BRANCH") OrganizationType type,
        @Schema(description = "Number of organizations (unit: organizations).", example = "124") long count) {
}
