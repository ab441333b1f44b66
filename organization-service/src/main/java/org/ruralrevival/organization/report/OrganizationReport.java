package org.ruralrevival.organization.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every organization figure of DOMAIN.md §1–4 for one region and year. */
@Schema(name = "OrganizationReport")
public record OrganizationReport(
        @Schema(example = "620123000000") String region,
        @Schema(example = "榆中县") String regionName,
        @Schema(example = "2021") int year,
        VillagesSection villages) {
}
