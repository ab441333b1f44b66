package org.ruralrevival.organization.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.bulk.BulkFormat;
import org.ruralrevival.platform.report.ReportSheets;
import org.ruralrevival.platform.security.Roles;

@Path("/api/v1/reports/organization")
@Tag(name = "reports", description = "Figures for a region and year, as county reports quote them")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class OrganizationReportResource {

    private final OrganizationReportService service;
    private final ReportSheets sheets;

    OrganizationReportResource(OrganizationReportService service, ReportSheets sheets) {
        this.service = service;
        this.sheets = sheets;
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

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON report.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The report's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "getOrganizationReport", summary = "Every organization figure for a region and year; as CSV "
            + "or .xlsx (by Accept) one row per figure with its name, value, unit, previous value and change")
    @APIResponse(responseCode = "200", description = "The figures.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "指标,数值,单位,上期,变化\nmembers.total,1250,,1198,52\nmembers.womenShare,32.3,%,31.8,0.5"),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2021") Integer year,
            @QueryParam("asOf") @Parameter(description = "Count open and overdue items on this day instead of 31 December.",
                    example = "2021-06-30") LocalDate asOf,
            @QueryParam("minimumFunds") @Parameter(description = "Operating-funds line per village, yuan (default 150000).",
                    example = "150000") BigDecimal minimumFunds,
            @Context HttpHeaders headers) {
        return sheets.answer(report(region, year, asOf, minimumFunds), headers, "organization-report");
    }
}
