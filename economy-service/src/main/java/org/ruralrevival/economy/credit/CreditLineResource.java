package org.ruralrevival.economy.credit;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/credit-lines")
@Tag(name = "credit-lines", description = "Bank credit lines granted to villages (党建+金融 授信)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class CreditLineResource {

    private final CreditLineService service;

    CreditLineResource(CreditLineService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCreditLines", summary = "List credit lines granted in a region, optionally in one year")
    public PageResult<CreditLineDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "411023") String region,
            @QueryParam("year") @Min(1949) @Max(2100) @Parameter(example = "2021") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, year, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCreditLine", summary = "Read one credit line")
    public RestResponse<CreditLineDto> get(@PathParam("id") @Parameter(example = "5") long id) {
        CreditLine c = service.get(id);
        return Answers.ok(service.dto(c), c.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createCreditLine", summary = "Record a credit line granted to a village")
    public RestResponse<CreditLineDto> create(@NotNull @Valid CreditLineRequest request) {
        CreditLine c = service.create(request);
        return Answers.created("/api/v1/credit-lines/" + c.id, service.dto(c), c.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceCreditLine", summary = "Correct a credit line (If-Match required)")
    public RestResponse<CreditLineDto> replace(@PathParam("id") @Parameter(example = "5") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CreditLineRequest request) {
        CreditLine c = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(c), c.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteCreditLine", summary = "Remove a credit line recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "5") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
