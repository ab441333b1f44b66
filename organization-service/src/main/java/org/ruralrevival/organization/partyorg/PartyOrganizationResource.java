package org.ruralrevival.organization.partyorg;

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

@Path("/api/v1/organizations")
@Tag(name = "organizations", description = "Party organizations (党组织): committees, branches, groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class PartyOrganizationResource {

    private final PartyOrganizationService service;
    private final PartyOrganizationRepository organizations;
    private final CallerScope scope;
    private final OrganizationBulk organizationBulk;
    private final Bulk bulk;

    PartyOrganizationResource(PartyOrganizationService service, PartyOrganizationRepository organizations,
            CallerScope scope, OrganizationBulk organizationBulk, Bulk bulk) {
        this.service = service;
        this.organizations = organizations;
        this.scope = scope;
        this.organizationBulk = organizationBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List party organizations in a region, by type, parent or name")
    public PageResult<PartyOrganizationDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("type") @Parameter(example = "BRANCH") OrganizationType type,
            @QueryParam("parentId") @Parameter(example = "1") Long parentId,
            @QueryParam("name") @Parameter(example = "高墩营") String name,
            @BeanParam @Valid PageQuery page) {
        return organizations.search(scope.restrict(region), type, parentId, name, page);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listOrganizations", summary = "List party organizations in a region, by type, parent or name"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = ORGANIZATION_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("type") @Parameter(example = "BRANCH") OrganizationType type,
            @QueryParam("parentId") @Parameter(example = "1") Long parentId,
            @QueryParam("name") @Parameter(example = "高墩营") String name,
            @Context HttpHeaders headers) {
        return bulk.export(organizationBulk, headers,
                organizationBulk.pages(organizationBulk.exportPages(scope.restrict(region), type, parentId, name)));
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkOrganizations", summary = "Upsert many party organizations by externalRef, or by region "
            + "and name: JSON array, NDJSON, CSV or .xlsx; each record is the body of POST /organizations, its parent "
            + "already on file; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PartyOrganizationRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = PartyOrganizationRequest.class),
                    example = ORGANIZATION_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = ORGANIZATION_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(organizationBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "organizationTemplate", summary = "The .xlsx template for organization uploads: Chinese "
            + "headers, field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(organizationBulk);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganization", summary = "Read one party organization; its version is the ETag")
    public RestResponse<PartyOrganizationDto> get(@PathParam("id") @Parameter(example = "1") long id) {
        PartyOrganization o = service.get(id);
        return Answers.ok(PartyOrganizationDto.of(o), o.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createOrganization",
            summary = "Add a party organization (re-sending one with the same externalRef updates it)")
    public RestResponse<PartyOrganizationDto> create(@NotNull @Valid PartyOrganizationRequest request) {
        PartyOrganizationService.Saved saved = service.create(request);
        PartyOrganization o = saved.organization();
        return saved.created()
                ? Answers.created("/api/v1/organizations/" + o.id, PartyOrganizationDto.of(o), o.version)
                : Answers.ok(PartyOrganizationDto.of(o), o.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceOrganization", summary = "Rename, move or re-type an organization (If-Match required)")
    public RestResponse<PartyOrganizationDto> replace(@PathParam("id") @Parameter(example = "1") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid PartyOrganizationRequest request) {
        PartyOrganization o = service.update(id, ifMatch, request);
        return Answers.ok(PartyOrganizationDto.of(o), o.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteOrganization", summary = "Remove an organization with none below it (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "1") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    static final String ORGANIZATION_NDJSON = "{\"name\":\"中共新营镇委员会\",\"type\":\"COMMITTEE\",\"regionCode\":\"620123104000\","
            + "\"externalRef\":{\"system\":\"gansu-dangjian\",\"id\":\"ORG-000100\"}}\n"
            + "{\"name\":\"中共高墩营村总支部委员会\",\"type\":\"GENERAL_BRANCH\",\"parentId\":1,"
            + "\"regionCode\":\"620123104201\",\"foundedOn\":\"1998-07-01\"}";
    static final String ORGANIZATION_CSV = "name,type,parentId,regionCode,coveredRegions,foundedOn,dissolvedOn,"
            + "externalRef.system,externalRef.id\n"
            + "中共新营镇委员会,COMMITTEE,,620123104000,[],,,gansu-dangjian,ORG-000100\n"
            + "中共高墩营村总支部委员会,GENERAL_BRANCH,1,620123104201,\"[\"\"620123104202\"\"]\",1998-07-01,,,";
}
