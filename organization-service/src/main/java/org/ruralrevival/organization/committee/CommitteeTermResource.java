package org.ruralrevival.organization.committee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/committee-terms")
@Tag(name = "committee-terms", description = "Terms of the village two committees (村两委换届) and their statistics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class CommitteeTermResource {

    private final CommitteeTermService service;
    private final CommitteeTermRepository terms;
    private final CallerScope scope;
    private final CommitteeTermBulk termBulk;
    private final Bulk bulk;

    CommitteeTermResource(CommitteeTermService service, CommitteeTermRepository terms, CallerScope scope,
            CommitteeTermBulk termBulk, Bulk bulk) {
        this.service = service;
        this.terms = terms;
        this.scope = scope;
        this.termBulk = termBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listCommitteeTerms", summary = "List the terms of the villages in a region, by year")
    public PageResult<CommitteeTermDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Min(1950) @Max(2100) @Parameter(description = "Term year.", example = "2021") Integer year,
            @BeanParam @Valid PageQuery page) {
        return terms.search(scope.restrict(region), year, page);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listCommitteeTerms", summary = "List the terms of the villages in a region, by year"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = TERM_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Min(1950) @Max(2100) @Parameter(description = "Term year.", example = "2021") Integer year,
            @Context HttpHeaders headers) {
        return bulk.export(termBulk, headers, termBulk.pages(termBulk.exportPages(scope.restrict(region), year)));
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkCommitteeTerms", summary = "Upsert many terms by externalRef, or village and term year: "
            + "JSON array, NDJSON, CSV or .xlsx; each record is the body of POST /committee-terms; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommitteeTermRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = CommitteeTermRequest.class),
                    example = TERM_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = TERM_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(termBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "committeeTermTemplate", summary = "The .xlsx template for term uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(termBulk);
    }

    @GET
    @Path("statistics")
    @Operation(operationId = "getCommitteeStatistics",
            summary = "Figures of a term year against the previous term: members, ages, education, women, 一肩挑",
            description = "Covers the villages of the region with a term in that year. The previous term is the latest "
                    + "earlier year with terms in the region. Ages are completed years at the election date; shares "
                    + "are percent with one decimal and change in percentage points.")
    public CommitteeStatistics statistics(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @NotNull @Min(1950) @Max(2100) @Parameter(description = "Term year.", example = "2021",
                    required = true) Integer year) {
        return service.statistics(region, year);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommitteeTerm", summary = "Read one term; its version is the ETag")
    public RestResponse<CommitteeTermDto> get(@PathParam("id") @Parameter(example = "101") long id) {
        CommitteeTerm t = service.get(id);
        return Answers.ok(CommitteeTermDto.of(t), t.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createCommitteeTerm",
            summary = "Add a village's term (re-sending one with the same externalRef updates it)")
    public RestResponse<CommitteeTermDto> create(@NotNull @Valid CommitteeTermRequest request) {
        CommitteeTermService.Saved saved = service.create(request);
        CommitteeTerm t = saved.term();
        return saved.created()
                ? Answers.created("/api/v1/committee-terms/" + t.id, CommitteeTermDto.of(t), t.version)
                : Answers.ok(CommitteeTermDto.of(t), t.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceCommitteeTerm", summary = "Correct a term's village, year or election date (If-Match required)")
    public RestResponse<CommitteeTermDto> replace(@PathParam("id") @Parameter(example = "101") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CommitteeTermRequest request) {
        CommitteeTerm t = service.update(id, ifMatch, request);
        return Answers.ok(CommitteeTermDto.of(t), t.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteCommitteeTerm", summary = "Remove a term that has no members (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "101") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    static final String TERM_NDJSON = "{\"regionCode\":\"150621101201\",\"termYear\":2021,\"electionDate\":\"2021-04-18\"}\n"
            + "{\"regionCode\":\"150621101202\",\"termYear\":2021,\"electionDate\":\"2021-04-20\","
            + "\"externalRef\":{\"system\":\"gansu-dangjian\",\"id\":\"T-2021-202\"}}";
    static final String TERM_CSV = "regionCode,termYear,electionDate,externalRef.system,externalRef.id\n"
            + "150621101201,2021,2021-04-18,,\n"
            + "150621101202,2021,2021-04-20,gansu-dangjian,T-2021-202";
}
