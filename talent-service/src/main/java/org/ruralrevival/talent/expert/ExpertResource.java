package org.ruralrevival.talent.expert;

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

@Path("/api/v1/experts")
@Tag(name = "experts", description = "Experts, local talent and technology demonstration households (专家库, 乡土人才, 科技示范户)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class ExpertResource {

    private final ExpertService service;

    ExpertResource(ExpertService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listExperts", summary = "List experts and local talent in a region, by kind or field")
    public PageResult<ExpertDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("kind") @Parameter(example = "EXPERT", schema = @Schema(implementation = ExpertKind.class)) String kind,
            @QueryParam("field") @Parameter(description = "Part of the field.", example = "病虫害") String field,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, QueryParams.enumValue("kind", kind, ExpertKind.class), field, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getExpert", summary = "Read one expert; its version is the ETag")
    public RestResponse<ExpertDto> get(@PathParam("id") @Parameter(example = "6") long id) {
        Expert e = service.get(id);
        return Answers.ok(ExpertDto.of(e), e.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createExpert", summary = "Add an expert, a local talent or a technology demonstration household")
    public RestResponse<ExpertDto> create(@NotNull @Valid ExpertRequest request) {
        Expert e = service.create(request);
        return Answers.created("/api/v1/experts/" + e.id, ExpertDto.of(e), e.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceExpert", summary = "Correct an expert (If-Match required)")
    public RestResponse<ExpertDto> replace(@PathParam("id") @Parameter(example = "6") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid ExpertRequest request) {
        Expert e = service.update(id, ifMatch, request);
        return Answers.ok(ExpertDto.of(e), e.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteExpert", summary = "Remove an expert with no recorded services (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "6") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("{id}/services")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createExpertService", summary = "Record a service event: sessions held and people trained")
    public RestResponse<ServiceEventDto> addService(@PathParam("id") @Parameter(example = "6") long id,
            @NotNull @Valid ServiceEventRequest request) {
        ServiceEvent s = service.addService(id, request);
        return Answers.created("/api/v1/experts/" + id + "/services/" + s.id, ServiceEventDto.of(s), s.version);
    }

    @GET
    @Path("{id}/services")
    @Operation(operationId = "listExpertServices", summary = "List an expert's service events in date order")
    public List<ServiceEventDto> services(@PathParam("id") @Parameter(example = "6") long id) {
        return service.servicesOf(id).stream().map(ServiceEventDto::of).toList();
    }

    @GET
    @Path("{id}/services/{serviceId}")
    @Operation(operationId = "getExpertService", summary = "Read one service event")
    public RestResponse<ServiceEventDto> serviceEvent(@PathParam("id") @Parameter(example = "6") long id,
            @PathParam("serviceId") @Parameter(example = "41") long serviceId) {
        ServiceEvent s = service.service(id, serviceId);
        return Answers.ok(ServiceEventDto.of(s), s.version);
    }

    @DELETE
    @Path("{id}/services/{serviceId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteExpertService", summary = "Remove a service event recorded by mistake (If-Match required)")
    public RestResponse<Void> deleteService(@PathParam("id") @Parameter(example = "6") long id,
            @PathParam("serviceId") @Parameter(example = "41") long serviceId,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteService(id, serviceId, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("summary")
    @Operation(operationId = "reportExperts", summary = "Count the talent pool of a region and its sessions and people trained in a period")
    public ExpertSummary summary(
            @QueryParam("region") @Parameter(example = "150621") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to) {
        return service.summary(region, DateRange.parse(year, from, to));
    }
}
