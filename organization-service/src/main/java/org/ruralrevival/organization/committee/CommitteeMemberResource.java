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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.bulk.Bulk;
import org.ruralrevival.platform.bulk.BulkAnswer;
import org.ruralrevival.platform.bulk.BulkFormat;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/committee-members")
@Tag(name = "committee-members", description = "Members of the village two committees (村两委成员) and their posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class CommitteeMemberResource {

    private final CommitteeMemberService service;
    private final CommitteeMemberRepository members;
    private final CallerScope scope;
    private final CommitteeMemberBulk memberBulk;
    private final Bulk bulk;

    CommitteeMemberResource(CommitteeMemberService service, CommitteeMemberRepository members, CallerScope scope,
            CommitteeMemberBulk memberBulk, Bulk bulk) {
        this.service = service;
        this.members = members;
        this.scope = scope;
        this.memberBulk = memberBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listCommitteeMembers", summary = "List members by term, or by region and term year")
    public PageResult<CommitteeMemberDto> list(
            @QueryParam("termId") @Parameter(example = "101") Long termId,
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Min(1950) @Max(2100) @Parameter(description = "Term year.", example = "2021") Integer year,
            @BeanParam @Valid PageQuery page) {
        return members.search(scope.restrict(region), termId, year, page);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listCommitteeMembers", summary = "List members by term, or by region and term year"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = MEMBER_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("termId") @Parameter(example = "101") Long termId,
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Min(1950) @Max(2100) @Parameter(description = "Term year.", example = "2021") Integer year,
            @Context HttpHeaders headers) {
        return bulk.export(memberBulk, headers, memberBulk.pages(memberBulk.exportPages(scope.restrict(region), termId, year)));
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkCommitteeMembers", summary = "Upsert many two-committee members by externalRef, or "
            + "by term, name and birth date: JSON array, NDJSON, CSV or .xlsx; each record is the body of "
            + "POST /committee-members; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommitteeMemberRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = CommitteeMemberRequest.class),
                    example = MEMBER_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = MEMBER_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(memberBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "committeeMemberTemplate", summary = "The .xlsx template for two-committee member uploads: "
            + "Chinese headers, field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(memberBulk);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommitteeMember", summary = "Read one member; its version is the ETag")
    public RestResponse<CommitteeMemberDto> get(@PathParam("id") @Parameter(example = "2001") long id) {
        CommitteeMember m = service.get(id);
        return Answers.ok(CommitteeMemberDto.of(m), m.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createCommitteeMember",
            summary = "Add a member to a term (re-sending one with the same externalRef updates it)")
    public RestResponse<CommitteeMemberDto> create(@NotNull @Valid CommitteeMemberRequest request) {
        CommitteeMemberService.Saved saved = service.create(request);
        CommitteeMember m = saved.member();
        return saved.created()
                ? Answers.created("/api/v1/committee-members/" + m.id, CommitteeMemberDto.of(m), m.version)
                : Answers.ok(CommitteeMemberDto.of(m), m.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceCommitteeMember", summary = "Correct a member or change the posts (If-Match required)")
    public RestResponse<CommitteeMemberDto> replace(@PathParam("id") @Parameter(example = "2001") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CommitteeMemberRequest request) {
        CommitteeMember m = service.update(id, ifMatch, request);
        return Answers.ok(CommitteeMemberDto.of(m), m.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteCommitteeMember", summary = "Remove a member (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "2001") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    static final String MEMBER_NDJSON = "{\"termId\":101,\"name\":\"王建军\",\"gender\":\"MALE\",\"birthDate\":\"1975-03-15\","
            + "\"education\":\"JUNIOR_COLLEGE\",\"posts\":[\"PARTY_SECRETARY\",\"VILLAGE_DIRECTOR\"],"
            + "\"externalRef\":{\"system\":\"gansu-huanjie\",\"id\":\"CM-2021-0001\"}}\n"
            + "{\"termId\":101,\"name\":\"李秀兰\",\"gender\":\"FEMALE\",\"birthDate\":\"1988-09-02\","
            + "\"education\":\"SENIOR_HIGH\",\"ethnicity\":\"汉族\",\"posts\":[\"PARTY_COMMITTEE_MEMBER\"]}";
    static final String MEMBER_CSV = "termId,name,gender,birthDate,education,ethnicity,posts,partyMemberId,"
            + "externalRef.system,externalRef.id\n"
            + "101,王建军,MALE,1975-03-15,JUNIOR_COLLEGE,,\"[\"\"PARTY_SECRETARY\"\",\"\"VILLAGE_DIRECTOR\"\"]\",5001,"
            + "gansu-huanjie,CM-2021-0001\n"
            + "101,李秀兰,FEMALE,1988-09-02,SENIOR_HIGH,汉族,\"[\"\"PARTY_COMMITTEE_MEMBER\"\"]\",,,";
}
