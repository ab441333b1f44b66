package org.ruralrevival.talent.report;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ruralrevival.platform.bulk.BulkFormat;
import org.ruralrevival.platform.report.ReportSheets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.Today;

@Path("/api/v1/reports/talent")
@Tag(name = "reports", description = "Every talent figure of a region and period, with units")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class TalentReportResource {

    private final TalentReportService service;
    private final Today today;
    private final ReportSheets sheets;

    TalentReportResource(TalentReportService service, Today today, ReportSheets sheets) {
        this.service = service;
        this.today = today;
        this.sheets = sheets;
    }

    @GET
    @Operation(operationId = "reportTalent", summary = "Report every talent figure of a region for a year (or from/to)",
            description = "Reserve cadres per village and villages short of the standard, members recruited by source and "
                    + "空白村, 双培双带 progress, training sessions/people/person-times, dispatches and what they brought, "
                    + "bounties and funds, experts and their services. Without year or from/to: the current year.")
    public TalentReport report(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to) {
        return service.report(region, DateRange.parseOr(year, from, to, today.date().getYear()));
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON report.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The report's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "reportTalent", summary = "Report every talent figure of a region for a year (or from/to); "
            + "as CSV or .xlsx (by Accept) one row per figure with its name, value and unit")
    @APIResponse(responseCode = "200", description = "The figures.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "指标,数值,单位,上期,变化\nreserveCadres.count,240,persons,,"),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to,
            @Context HttpHeaders headers) {
        return sheets.answer(report(region, year, from, to), headers, "talent-report");
    }
}
