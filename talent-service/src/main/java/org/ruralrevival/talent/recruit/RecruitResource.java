package org.ruralrevival.talent.recruit;

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
import java.util.List;
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

@Path("/api/v1/recruits")
@Tag(name = "recruits", description = "Party member recruitment (发展党员): applicants to full members, step by dated step")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class RecruitResource {

    private final RecruitService service;
    private final RecruitBulk recruitBulk;
    private final Bulk bulk;

    RecruitResource(RecruitService service, RecruitBulk recruitBulk, Bulk bulk) {
        this.service = service;
        this.recruitBulk = recruitBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listRecruits", summary = "List recruits in a region, by stage, source or branch")
    public PageResult<RecruitDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("stage") @Parameter(example = "ACTIVIST", schema = @Schema(implementation = RecruitStage.class)) String stage,
            @QueryParam("source") @Parameter(example = "VETERAN", schema = @Schema(implementation = RecruitSource.class)) String source,
            @QueryParam("branchId") @Parameter(description = "Organization id of the branch.", example = "42") String branchId,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, QueryParams.enumValue("stage", stage, RecruitStage.class),
                QueryParams.enumValue("source", source, RecruitSource.class), QueryParams.id("branchId", branchId), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRecruit", summary = "Read one recruit; its version is the ETag")
    public RestResponse<RecruitDto> get(@PathParam("id") @Parameter(example = "7") long id) {
        Recruit r = service.get(id);
        return Answers.ok(service.dto(r), r.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createRecruit", summary = "Record an application to join the Party (入党申请)",
            description = "The applicant must be 18 on the application date; one open recruitment per ID number (409).")
    public RestResponse<RecruitDto> create(@NotNull @Valid RecruitRequest request) {
        Recruit r = service.create(request);
        return Answers.created("/api/v1/recruits/" + r.id, service.dto(r), r.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceRecruit", summary = "Correct a recruit's personal data, village, branch or source (If-Match required)",
            description = "The application date can change only while no step is recorded.")
    public RestResponse<RecruitDto> replace(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid RecruitRequest request) {
        Recruit r = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(r), r.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteRecruit", summary = "Remove a mistaken entry that has no step yet (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createRecruitTransition", summary = "Record the next dated step of a recruitment",
            description = "Refused with 422 and the broken rule when out of order, too early, dated before the previous "
                    + "step or in the future, or missing its evidence; 409 from a terminal stage. If-Match is optional "
                    + "(checked when sent). Admission (PROBATIONARY) appends the event recruit-admitted to the outbox.")
    public RestResponse<TransitionDto> step(@PathParam("id") @Parameter(example = "7") long id,
            @HeaderParam("If-Match") @Parameter(description = "The recruit's ETag, when you want the step refused if it "
                    + "changed since you read it.", example = "\"2\"") String ifMatch,
            @NotNull @Valid TransitionRequest request) {
        RecruitService.Stepped stepped = service.step(id, ifMatch, request);
        RecruitTransition t = stepped.transition();
        return Answers.created("/api/v1/recruits/" + id + "/transitions/" + t.id, TransitionDto.of(t), t.version);
    }

    @GET
    @Path("{id}/transitions")
    @Operation(operationId = "listRecruitTransitions", summary = "List a recruit's steps in date order")
    public List<TransitionDto> steps(@PathParam("id") @Parameter(example = "7") long id) {
        return service.steps(id).stream().map(TransitionDto::of).toList();
    }

    @GET
    @Path("{id}/transitions/{transitionId}")
    @Operation(operationId = "getRecruitTransition", summary = "Read one step of a recruitment")
    public TransitionDto step(@PathParam("id") @Parameter(example = "7") long id,
            @PathParam("transitionId") @Parameter(example = "31") long transitionId) {
        return TransitionDto.of(service.step(id, transitionId));
    }

    @GET
    @Path("admissions")
    @Operation(operationId = "reportRecruitAdmissions", summary = "Count members recruited per period and source",
            description = "Recruited = admitted as probationary member, dated by the branch meeting (入党时间).")
    public AdmissionsReport admissions(
            @QueryParam("region") @Parameter(example = "620123") String region,
            @QueryParam("year") @Parameter(description = "A calendar year; or give from/to.", example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to,
            @QueryParam("per") @Parameter(description = "Default YEAR.", example = "QUARTER",
                    schema = @Schema(implementation = Granularity.class)) String per) {
        DateRange range = DateRange.parse(year, from, to);
        Granularity granularity = QueryParams.enumValue("per", per, Granularity.class);
        return service.admissions(region, range.from(), range.to(), granularity == null ? Granularity.YEAR : granularity);
    }

    @GET
    @Path("blank-villages")
    @Operation(operationId = "reportBlankVillages", summary = "List villages with no member recruited for 3 years or more (空白村)",
            description = "Villages counted: those named by a recruit or a reserve cadre, plus every ?village= passed "
                    + "(pass the region's village list to include villages with no record here).")
    public BlankVillagesReport blankVillages(
            @QueryParam("region") @Parameter(example = "620123") String region,
            @QueryParam("asOf") @Parameter(description = "Default today.", example = "2021-12-31") String asOf,
            @QueryParam("village") @Parameter(description = "Villages of the region to include; repeat the parameter.",
                    example = "[\"620123104203\", \"620123104204\"]") List<String> villages) {
        return service.blankVillages(region, QueryParams.date("asOf", asOf), villages);
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkRecruits", summary = "Upsert many applications by ID number (new applicants, or corrections; stages only by transitions): JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of the single POST; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecruitRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = RecruitRequest.class),
                    example = RECRUIT_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = RECRUIT_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(recruitBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "recruitTemplate", summary = "The .xlsx template for recruit uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(recruitBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listRecruits", summary = "List recruits in a region, by stage, source or branch"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = RECRUIT_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("stage") @Parameter(example = "ACTIVIST", schema = @Schema(implementation = RecruitStage.class)) String stage,
            @QueryParam("source") @Parameter(example = "VETERAN", schema = @Schema(implementation = RecruitSource.class)) String source,
            @QueryParam("branchId") @Parameter(description = "Organization id of the branch.", example = "42") String branchId,
            @Context HttpHeaders headers) {
        var pages = service.exportPages(region, QueryParams.enumValue("stage", stage, RecruitStage.class),
                QueryParams.enumValue("source", source, RecruitSource.class), QueryParams.id("branchId", branchId));
        // ID numbers in full only for callers who may see them, as the list answers them.
        return bulk.export(recruitBulk, headers, recruitBulk.pages(pages, service.maySeePersonalData()));
    }

    static final String RECRUIT_NDJSON = "{\"name\":\"李明\",\"idNumber\":\"620123199805040012\",\"villageCode\":\"620123104201\","
            + "\"source\":\"RETURNING_GRADUATE\",\"applicationDate\":\"2019-03-01\"}";
    static final String RECRUIT_CSV = "name,gender,birthDate,idNumber,villageCode,branchId,source,applicationDate\n"
            + "李明,,,620123199805040012,620123104201,,RETURNING_GRADUATE,2019-03-01";
}
