package org.ruralrevival.talent.dispatch;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ruralrevival.platform.bulk.Bulk;
import org.ruralrevival.platform.bulk.BulkAnswer;
import org.ruralrevival.platform.bulk.BulkFormat;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.talent.common.DateRange;
import org.ruralrevival.talent.common.QueryParams;

@Path("/api/v1/dispatches")
@Tag(name = "dispatches", description = "First secretaries and village work teams (第一书记 / 驻村工作队) and what they brought")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class DispatchResource {

    private final DispatchService service;
    private final DispatchBulk dispatchBulk;
    private final Bulk bulk;

    DispatchResource(DispatchService service, DispatchBulk dispatchBulk, Bulk bulk) {
        this.service = service;
        this.dispatchBulk = dispatchBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listDispatches", summary = "List dispatches in a region that overlap a period")
    public PageResult<DispatchDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("kind") @Parameter(example = "FIRST_SECRETARY", schema = @Schema(implementation = DispatchKind.class))
            String kind,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, QueryParams.enumValue("kind", kind, DispatchKind.class),
                DateRange.parse(year, from, to), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDispatch", summary = "Read one dispatch with its yearly outcomes; its version is the ETag")
    public RestResponse<DispatchDto> get(@PathParam("id") @Parameter(example = "9") long id) {
        Dispatch d = service.get(id);
        return Answers.ok(DispatchDto.of(d), d.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createDispatch", summary = "Record a cadre sent from a unit to a village for a period")
    public RestResponse<DispatchDto> create(@NotNull @Valid DispatchRequest request) {
        Dispatch d = service.create(request);
        return Answers.created("/api/v1/dispatches/" + d.id, DispatchDto.of(d), d.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceDispatch", summary = "Correct a dispatch or end its period (If-Match required)")
    public RestResponse<DispatchDto> replace(@PathParam("id") @Parameter(example = "9") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid DispatchRequest request) {
        Dispatch d = service.update(id, ifMatch, request);
        return Answers.ok(DispatchDto.of(d), d.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteDispatch", summary = "Remove a dispatch recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "9") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @PUT
    @Path("{id}/outcomes/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "putDispatchOutcome",
            summary = "Record or correct one year's outcome of a dispatch (If-Match: the dispatch's ETag)",
            description = "The year must fall within the dispatch's period and not after this year.")
    public RestResponse<DispatchDto> recordOutcome(@PathParam("id") @Parameter(example = "9") long id,
            @PathParam("year") @Parameter(example = "2021") String year,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid OutcomeRequest request) {
        Dispatch d = service.recordOutcome(id, QueryParams.year("year", year), ifMatch, request);
        return Answers.ok(DispatchDto.of(d), d.version);
    }

    @DELETE
    @Path("{id}/outcomes/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteDispatchOutcome", summary = "Remove one year's outcome (If-Match: the dispatch's ETag)")
    public RestResponse<DispatchDto> removeOutcome(@PathParam("id") @Parameter(example = "9") long id,
            @PathParam("year") @Parameter(example = "2021") String year,
            @HeaderParam("If-Match") @Parameter(example = "\"1\"") String ifMatch) {
        Dispatch d = service.removeOutcome(id, QueryParams.year("year", year), ifMatch);
        return Answers.ok(DispatchDto.of(d), d.version);
    }

    @GET
    @Path("summary")
    @Operation(operationId = "reportDispatches",
            summary = "Count dispatches in a region and period, with projects, funds, opinions and problems solved")
    public DispatchSummary summary(
            @QueryParam("region") @Parameter(example = "150621") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to) {
        return service.summary(region, DateRange.parse(year, from, to));
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkDispatches", summary = "Upsert many dispatches by village, person and first day: JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of the single POST; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DispatchRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = DispatchRequest.class),
                    example = DISPATCH_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = DISPATCH_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(dispatchBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "dispatchTemplate", summary = "The .xlsx template for dispatch uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(dispatchBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listDispatches", summary = "List dispatches in a region that overlap a period"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = DISPATCH_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("kind") @Parameter(example = "FIRST_SECRETARY", schema = @Schema(implementation = DispatchKind.class))
            String kind,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to,
            @Context HttpHeaders headers) {
        return bulk.export(dispatchBulk, headers, dispatchBulk.pages(service.exportPages(region, QueryParams.enumValue("kind", kind, DispatchKind.class),
                DateRange.parse(year, from, to))));
    }

    static final String DISPATCH_NDJSON = "{\"kind\":\"FIRST_SECRETARY\",\"personName\":\"刘志强\",\"unit\":\"达拉特旗财政局\",\"villageCode\":\"150621101201\","
            + "\"from\":\"2021-06-01\",\"to\":\"2023-05-31\"}";
    static final String DISPATCH_CSV = "kind,personName,memberId,unit,villageCode,from,to\n"
            + "FIRST_SECRETARY,刘志强,,达拉特旗财政局,150621101201,2021-06-01,2023-05-31";
}
