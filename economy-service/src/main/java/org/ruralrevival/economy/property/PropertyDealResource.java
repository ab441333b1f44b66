package org.ruralrevival.economy.property;

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

@Path("/api/v1/property-deals")
@Tag(name = "property-deals", description = "Closed deals of the rural property-rights exchange (已交易)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class PropertyDealResource {

    private final PropertyService service;

    PropertyDealResource(PropertyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPropertyDeals", summary = "List deals in a region, optionally of one year")
    public PageResult<PropertyDealDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Min(1949) @Max(2100) @Parameter(example = "2021") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.deals(region, year, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPropertyDeal", summary = "Read one deal")
    public RestResponse<PropertyDealDto> get(@PathParam("id") @Parameter(example = "17") long id) {
        PropertyDeal d = service.deal(id);
        return Answers.ok(PropertyDealDto.of(d), d.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createPropertyDeal", summary = "Record the deal that closes a listing (one per listing)")
    public RestResponse<PropertyDealDto> create(@NotNull @Valid PropertyDealRequest request) {
        PropertyDeal d = service.createDeal(request);
        return Answers.created("/api/v1/property-deals/" + d.id, PropertyDealDto.of(d), d.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replacePropertyDeal", summary = "Correct a deal's price or date (If-Match required)")
    public RestResponse<PropertyDealDto> replace(@PathParam("id") @Parameter(example = "17") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid PropertyDealRequest request) {
        PropertyDeal d = service.updateDeal(id, ifMatch, request);
        return Answers.ok(PropertyDealDto.of(d), d.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deletePropertyDeal", summary = "Remove a deal recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "17") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteDeal(id, ifMatch);
        return RestResponse.noContent();
    }
}
