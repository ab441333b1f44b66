package org.ruralrevival.economy.income;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ruralrevival.platform.bulk.Bulk;
import org.ruralrevival.platform.bulk.BulkAnswer;
import org.ruralrevival.platform.bulk.BulkFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/incomes")
@Tag(name = "incomes", description = "Yearly collective-economy accounts per village (村集体经济收入), in yuan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class IncomeResource {

    private final IncomeService service;
    private final IncomeBulk incomeBulk;
    private final Bulk bulk;

    IncomeResource(IncomeService service, IncomeBulk incomeBulk, Bulk bulk) {
        this.service = service;
        this.incomeBulk = incomeBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listIncomes", summary = "List yearly accounts in a region, optionally of one year")
    public PageResult<IncomeDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2023") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, year, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIncome", summary = "Read one yearly account with its share of joint projects")
    public RestResponse<IncomeDto> get(@PathParam("id") @Parameter(example = "1001") long id) {
        IncomeAccount a = service.get(id);
        return Answers.ok(service.dto(a), a.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createIncome",
            summary = "Record a village's account for a year (one per village and year: a second is 409; correct it with PUT)")
    public RestResponse<IncomeDto> create(@NotNull @Valid IncomeRequest request) {
        IncomeAccount a = service.create(request);
        return Answers.created("/api/v1/incomes/" + a.id, service.dto(a), a.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "correctIncome", summary = "Correct a yearly account (If-Match required)")
    public RestResponse<IncomeDto> replace(@PathParam("id") @Parameter(example = "1001") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid IncomeRequest request) {
        IncomeAccount a = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(a), a.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteIncome", summary = "Remove a yearly account recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "1001") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkIncomes", summary = "Upsert many yearly accounts by village and year: JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of POST /incomes; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IncomeRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = IncomeRequest.class),
                    example = INCOME_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = INCOME_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(incomeBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "incomeTemplate", summary = "The .xlsx template for yearly-account uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(incomeBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listIncomes", summary = "List yearly accounts in a region, optionally of one year"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = INCOME_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2023") Integer year,
            @Context HttpHeaders headers) {
        return bulk.export(incomeBulk, headers, incomeBulk.pages(service.exportPages(region, year)));
    }

    static final String INCOME_NDJSON = "{\"villageCode\":\"620123104201\",\"year\":2023,\"operatingIncome\":70000.00,"
            + "\"totalIncome\":120000.00,\"netIncome\":65000.00}\n"
            + "{\"villageCode\":\"620123104202\",\"year\":2023,\"operatingIncome\":30000.00,"
            + "\"totalIncome\":50000.00,\"netIncome\":20000.00,\"note\":\"光伏收益\"}";
    static final String INCOME_CSV = "villageCode,year,operatingIncome,totalIncome,netIncome,bySource,note\n"
            + "620123104201,2023,70000.00,120000.00,65000.00,,\n"
            + "620123104202,2023,30000.00,50000.00,20000.00,,光伏收益";
}
