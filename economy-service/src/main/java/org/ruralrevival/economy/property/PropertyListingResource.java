package org.ruralrevival.economy.property;

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

@Path("/api/v1/property-listings")
@Tag(name = "property-listings", description = "Listings of the rural property-rights exchange (农村产权服务中心)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class PropertyListingResource {

    private final PropertyService service;

    PropertyListingResource(PropertyService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPropertyListings", summary = "List property listings in a region, by type")
    public PageResult<PropertyListingDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("type") @Parameter(example = "FARMHOUSE") ListingType type,
            @BeanParam @Valid PageQuery page) {
        return service.listings(region, type, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPropertyListing", summary = "Read one property listing")
    public RestResponse<PropertyListingDto> get(@PathParam("id") @Parameter(example = "31") long id) {
        PropertyListing l = service.listing(id);
        return Answers.ok(service.dto(l), l.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createPropertyListing", summary = "List a farmhouse, land or collective asset on the exchange")
    public RestResponse<PropertyListingDto> create(@NotNull @Valid PropertyListingRequest request) {
        PropertyListing l = service.createListing(request);
        return Answers.created("/api/v1/property-listings/" + l.id, service.dto(l), l.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replacePropertyListing", summary = "Change a property listing (If-Match required)")
    public RestResponse<PropertyListingDto> replace(@PathParam("id") @Parameter(example = "31") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid PropertyListingRequest request) {
        PropertyListing l = service.updateListing(id, ifMatch, request);
        return Answers.ok(service.dto(l), l.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deletePropertyListing", summary = "Withdraw a listing that has no deal (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "31") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteListing(id, ifMatch);
        return RestResponse.noContent();
    }
}
