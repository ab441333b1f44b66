package org.ruralrevival.economy.project;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/projects")
@Tag(name = "projects", description = "Collective-economy projects (集体经济项目), joint projects with shares, funding and contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class ProjectResource {

    private final ProjectService service;
    private final ProjectBulk projectBulk;
    private final Bulk bulk;

    ProjectResource(ProjectService service, ProjectBulk projectBulk, Bulk bulk) {
        this.service = service;
        this.projectBulk = projectBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects with a village in a region, by type or model")
    public PageResult<ProjectDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("type") @Parameter(example = "GREENHOUSE") ProjectType type,
            @QueryParam("model") @Parameter(example = "JOINT_VILLAGES") ProjectModel model,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, type, model, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProject", summary = "Read one project with each village's part of its income")
    public RestResponse<ProjectDto> get(@PathParam("id") @Parameter(example = "42") long id) {
        Project p = service.get(id);
        return Answers.ok(service.dto(p), p.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createProject",
            summary = "Add a project (re-sending one with the same externalRef replaces it)")
    public RestResponse<ProjectDto> create(@NotNull @Valid ProjectRequest request) {
        ProjectService.Saved saved = service.create(request);
        Project p = saved.project();
        return saved.created()
                ? Answers.created("/api/v1/projects/" + p.id, service.dto(p), p.version)
                : Answers.ok(service.dto(p), p.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceProject",
            summary = "Replace a project whole, e.g. to record a year's actual income (If-Match required)")
    public RestResponse<ProjectDto> replace(@PathParam("id") @Parameter(example = "42") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid ProjectRequest request) {
        Project p = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(p), p.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteProject", summary = "Remove a project (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "42") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkProjects", summary = "Upsert many projects by externalRef (or leading village and name): JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of the single POST; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = ProjectRequest.class),
                    example = PROJECT_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = PROJECT_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(projectBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "projectTemplate", summary = "The .xlsx template for project uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(projectBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listProjects", summary = "List projects with a village in a region, by type or model"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = PROJECT_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("type") @Parameter(example = "GREENHOUSE") ProjectType type,
            @QueryParam("model") @Parameter(example = "JOINT_VILLAGES") ProjectModel model,
            @Context HttpHeaders headers) {
        return bulk.export(projectBulk, headers, projectBulk.pages(service.exportPages(region, type, model)));
    }

    static final String PROJECT_NDJSON = "{\"name\":\"高墩营村设施农业大棚项目\",\"type\":\"GREENHOUSE\",\"model\":\"ASSET_REVITALIZATION\","
            + "\"villages\":[{\"villageCode\":\"620123104201\"}],\"externalRef\":{\"system\":\"gansu-jitijingji\",\"id\":\"PRJ-1\"}}";
    static final String PROJECT_CSV = "name,type,model,villages,externalRef.system,externalRef.id\n"
            + "高墩营村设施农业大棚项目,GREENHOUSE,ASSET_REVITALIZATION,\"[{\"\"villageCode\"\":\"\"620123104201\"\"}]\",gansu-jitijingji,PRJ-1";
}
