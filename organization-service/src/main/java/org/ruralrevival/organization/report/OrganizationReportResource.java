package org.ruralrevival.organization.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.security.Roles;

@Path("/api/v1/reports/organization")
@Tag(name = "reports", description = "Figures for a region and year, as county reports quote them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class OrganizationReportResource {

    private final OrganizationReportService service;

    OrganizationReportResource(OrganizationReportService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getOrganizationReport",
            summary = "Every organization figure for a region and year, with the previous period where reports compare")
    public OrganizationReport report(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2021") Integer year,
            @QueryParam("asOf") @Parameter(description = "Count open and overdue items on this day instead of 31 December.",
                    example = "2021-06-30") LocalDate asOf,
            @QueryParam("minimumFunds") @Parameter(description = "Operating-funds line per village, yuan (default 150000).",
                    example = "150000") BigDecimal minimumFunds) {
        return service.report(region, year, asOf, minimumFunds);
    }
}
