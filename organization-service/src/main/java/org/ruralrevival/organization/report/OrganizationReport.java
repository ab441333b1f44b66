package org.ruralrevival.organization.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ruralrevival.organization.committee.CommitteeStatistics;
import org.ruralrevival.organization.servicecenter.ServiceCenterFigures;

/** Every organization figure of DOMAIN.md §1–4 for one region and year, each with its unit. */
@Schema(name = "OrganizationReport")
public record OrganizationReport(
        @Schema(example = "620123000000") String region,
        @Schema(example = "榆中县") String regionName,
        @Schema(example = "2021") int year,
        @Schema(description = "31 December of the year, or asOf or today when earlier.", example = "2021-12-31") LocalDate countedOn,
        VillagesSection villages,
        @Schema(description = "Organizations by type, ratings, honours and the rectification ledger.")
        OrganizationsSection organizations,
        @Schema(description = "Term year of the two committees reported: the latest at or before the year.", example = "2021")
        Integer committeeTermYear,
        @Schema(description = "Two committees of that term against the previous term (较上届).")
        CommitteeStatistics committees,
        MembersSection members,
        @Schema(description = "Party–mass service centres, their works and the villages' operating funds.")
        ServiceCenterFigures serviceCenters) {
}
