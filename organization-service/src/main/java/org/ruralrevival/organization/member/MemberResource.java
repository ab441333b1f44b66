package org.ruralrevival.organization.member;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ruralrevival.platform.bulk.Bulk;
import org.ruralrevival.platform.bulk.BulkAnswer;
import org.ruralrevival.platform.bulk.BulkFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.web.QueryParams;

@Path("/api/v1/members")
@Tag(name = "members", description = "Party members (党员); ID and phone numbers masked unless the role allows them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class MemberResource {

    /** One summary for the one list operation, whether it answers JSON or a spreadsheet. */
    static final String LIST_SUMMARY = "List members by region, organization, status, name, 流动党员 or 光荣在党50年; "
            + "or find one by ID number; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be "
            + "uploaded again";

    private final MemberService service;
    private final MemberMapper mapper;
    private final MemberBulk memberBulk;
    private final Bulk bulk;

    MemberResource(MemberService service, MemberMapper mapper, MemberBulk memberBulk, Bulk bulk) {
        this.service = service;
        this.mapper = mapper;
        this.memberBulk = memberBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listMembers", summary = LIST_SUMMARY)
    public PageResult<MemberDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("organizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                    example = "12") String organizationId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MemberStatus.class), example = "FULL")
            String status,
            @QueryParam("name") @Parameter(description = "Part of the name.", example = "建国") String name,
            @QueryParam("flowing") @Parameter(description = "Only members working away (or only those at home).",
                    schema = @Schema(type = SchemaType.BOOLEAN), example = "true") String flowing,
            @QueryParam("fiftyYears") @Parameter(description = "Only members with 50 years in the party (or fewer).",
                    schema = @Schema(type = SchemaType.BOOLEAN), example = "true") String fiftyYears,
            @QueryParam("idNumber") @Parameter(description = "Finds the member with this ID number (by keyed hash).",
                    example = "62012319650308123X") String idNumber,
            @BeanParam @Valid PageQuery page) {
        return service.list(region, QueryParams.longValue("organizationId", organizationId),
                QueryParams.enumValue("status", status, MemberStatus.class), name, QueryParams.bool("flowing", flowing),
                QueryParams.bool("fiftyYears", fiftyYears), idNumber, page, mapper::forCaller);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMember", summary = "Read one member; its version is the ETag")
    public RestResponse<MemberDto> get(@PathParam("id") @Parameter(example = "101") long id) {
        Member m = service.get(id);
        return Answers.ok(mapper.forCaller(m), m.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createMember", summary = "Add a member; an ID number (or externalRef) already on file "
            + "updates that member (200). The answer shows ID and phone masked: read the member for the full values")
    public RestResponse<MemberDto> create(@NotNull @Valid MemberRequest request) {
        MemberService.Saved saved = service.create(request);
        Member m = saved.member();
        return saved.created()
                ? Answers.created("/api/v1/members/" + m.id, mapper.masked(m), m.version)
                : Answers.ok(mapper.masked(m), m.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceMember", summary = "Replace a member's record (If-Match required)")
    public RestResponse<MemberDto> replace(@PathParam("id") @Parameter(example = "101") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid MemberRequest request) {
        Member m = service.update(id, ifMatch, request);
        return Answers.ok(mapper.masked(m), m.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteMember",
            summary = "Remove a member entered by mistake, with no links, points or attendance (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "101") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkMembers", summary = "Upsert many members by ID number (or externalRef): JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of POST /members; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MemberRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = MemberRequest.class),
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
    @Operation(operationId = "memberTemplate", summary = "The .xlsx template for member uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(memberBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listMembers", summary = LIST_SUMMARY)
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = MEMBER_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("organizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"),
                    example = "12") String organizationId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = MemberStatus.class), example = "FULL")
            String status,
            @Context HttpHeaders headers) {
        var pages = service.exportPages(region, QueryParams.longValue("organizationId", organizationId),
                QueryParams.enumValue("status", status, MemberStatus.class));
        return bulk.export(memberBulk, headers, pages);
    }

    static final String MEMBER_NDJSON = "{\"organizationId\":12,\"name\":\"张建国\",\"idNumber\":\"62012319650308123X\","
            + "\"joinedOn\":\"1990-07-01\",\"status\":\"FULL\"}\n"
            + "{\"organizationId\":12,\"name\":\"李秀英\",\"idNumber\":\"620123197002154326\","
            + "\"joinedOn\":\"2001-07-01\",\"status\":\"FULL\",\"externalRef\":{\"system\":\"gansu-dangjian\",\"id\":\"M-1\"}}";
    static final String MEMBER_CSV = "organizationId,name,idNumber,joinedOn,status,externalRef.system,externalRef.id\n"
            + "12,张建国,62012319650308123X,1990-07-01,FULL,,\n"
            + "12,李秀英,620123197002154326,2001-07-01,FULL,gansu-dangjian,M-1";
}
