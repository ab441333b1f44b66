package org.ruralrevival.economy.project;

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

    ProjectResource(ProjectService service) {
        this.service = service;
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
}
