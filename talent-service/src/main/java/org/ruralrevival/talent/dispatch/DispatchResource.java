package org.ruralrevival.talent.dispatch;

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

    DispatchResource(DispatchService service) {
        this.service = service;
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
}
