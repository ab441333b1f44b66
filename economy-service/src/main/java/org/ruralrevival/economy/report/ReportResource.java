package org.ruralrevival.economy.report;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.economy.money.Yuan;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.Roles;

@Path("/api/v1/reports/economy")
@Tag(name = "reports", description = "The collective-economy report of a region and year")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class ReportResource {

    static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("50000.00");

    private final ReportService service;
    private final ReportSheets sheets;

    ReportResource(ReportService service, ReportSheets sheets) {
        this.service = service;
        this.sheets = sheets;
    }

    /** Parameters arrive as text so a malformed one is a 400 naming it, not JAX-RS's 404. */
    @GET
    @Operation(operationId = "getEconomyReport",
            summary = "Collective economy of a region in a year: incomes and growth, villages at the threshold, sources, "
                    + "plans, projects, cooperatives, property exchange and credit")
    public EconomyReport economy(
            @QueryParam("region") @Parameter(description = "A code or its leading digits; default: the caller's whole scope.",
                    example = "150621") String region,
            @QueryParam("year") @Parameter(description = "Required.", required = true, example = "2021") String year,
            @QueryParam("threshold") @Parameter(description = "The income line in yuan (default 50000): villages at or above "
                    + "it are counted, villages below it listed.", example = "50000") String threshold,
            @QueryParam("measure") @Parameter(description = "Which income is held against the line: OPERATING (default), "
                    + "TOTAL or NET.", example = "OPERATING") String measure) {
        List<FieldError> errors = new ArrayList<>();
        Integer y = null;
        if (year == null || year.isBlank()) {
            errors.add(FieldError.of("year", "field.required"));
        } else {
            try {
                y = Integer.valueOf(year.trim());
                if (y < 1949 || y > 2100) {
                    errors.add(FieldError.of("year", "report.year", year));
                }
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("year", "report.year", year));
            }
        }
        BigDecimal line = DEFAULT_THRESHOLD;
        if (threshold != null && !threshold.isBlank()) {
            try {
                line = new BigDecimal(threshold.trim());
                Yuan.check(errors, "threshold", line, true, false);
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("threshold", "json.format", threshold, "number"));
            }
        }
        IncomeMeasure m = IncomeMeasure.OPERATING;
        if (measure != null && !measure.isBlank()) {
            try {
                m = IncomeMeasure.valueOf(measure.trim());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("measure", "json.enum", measure, Arrays.toString(IncomeMeasure.values())));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return service.economy(region, y, Yuan.of(line), m);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON report.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The report's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "getEconomyReport", summary = "Collective economy of a region in a year; as CSV or .xlsx "
            + "(by Accept) one row per figure with its name, value, unit, previous value and change")
    @APIResponse(responseCode = "200", description = "The figures.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "指标,数值,单位,上期,变化\nincomes.totalIncome,28150000.00,yuan,23977853.49,4172146.51"),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits; default: the caller's whole scope.",
                    example = "150621") String region,
            @QueryParam("year") @Parameter(description = "Required.", required = true, example = "2021") String year,
            @QueryParam("threshold") @Parameter(description = "The income line in yuan (default 50000).", example = "50000")
            String threshold,
            @QueryParam("measure") @Parameter(description = "OPERATING (default), TOTAL or NET.", example = "OPERATING")
            String measure,
            @Context HttpHeaders headers) {
        return sheets.answer(economy(region, year, threshold, measure), headers, "economy-report");
    }
}
