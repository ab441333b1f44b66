package org.ruralrevival.organization.rectification;

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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.web.QueryParams;

@Path("/api/v1/rectifications")
@Tag(name = "rectifications", description = "The rectification ledger (软弱涣散/相对后进 整顿): open, follow, close (销号)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class RectificationResource {

    private final RectificationService service;
    private final RectificationRepository rectifications;
    private final CallerScope scope;

    RectificationResource(RectificationService service, RectificationRepository rectifications, CallerScope scope) {
        this.service = service;
        this.rectifications = rectifications;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listRectifications",
            summary = "List ledger entries of a region: open or closed, overdue on a day (动态清零)")
    public PageResult<RectificationDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("status") @Parameter(example = "OPEN", schema = @Schema(implementation = RectificationStatus.class))
            String status,
            @QueryParam("overdue") @Parameter(description = "true: open and past the deadline on asOf; false: all others.",
                    example = "true", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("asOf") @Parameter(description = "The day overdue is judged on (yyyy-mm-dd); default today.",
                    example = "2021-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("reason") @Parameter(example = "WEAK_AND_LAX", schema = @Schema(implementation = RectificationReason.class))
            String reason,
            @QueryParam("organizationId") @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            String organizationId,
            @BeanParam @Valid PageQuery page) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return rectifications.search(scope.restrict(region),
                QueryParams.enumValue("status", status, RectificationStatus.class), QueryParams.bool("overdue", overdue),
                QueryParams.enumValue("reason", reason, RectificationReason.class),
                QueryParams.longValue("organizationId", organizationId),
                day == null ? RectificationService.today() : day, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRectification", summary = "Read one ledger entry; its version is the ETag")
    public RestResponse<RectificationDto> get(@PathParam("id") @Parameter(example = "12") long id) {
        Rectification r = service.get(id);
        return Answers.ok(RectificationDto.of(r, RectificationService.today()), r.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "openRectification", summary = "Put an organization on the ledger (one open entry each)")
    public RestResponse<RectificationDto> open(@NotNull @Valid RectificationRequest request) {
        Rectification r = service.open(request);
        return Answers.created("/api/v1/rectifications/" + r.id, RectificationDto.of(r, RectificationService.today()),
                r.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceRectification", summary = "Edit an open entry (If-Match required; closed entries are final)")
    public RestResponse<RectificationDto> replace(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid RectificationRequest request) {
        Rectification r = service.update(id, ifMatch, request);
        return Answers.ok(RectificationDto.of(r, RectificationService.today()), r.version);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "closeRectification", summary = "Close an entry (销号) with a closing note (If-Match required)")
    public RestResponse<RectificationDto> close(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CloseRequest request) {
        Rectification r = service.close(id, ifMatch, request);
        return Answers.ok(RectificationDto.of(r, RectificationService.today()), r.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteRectification", summary = "Remove an open entry made by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
