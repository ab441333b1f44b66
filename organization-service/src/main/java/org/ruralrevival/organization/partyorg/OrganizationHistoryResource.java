package org.ruralrevival.organization.partyorg;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;

@Path("/api/v1/organizations/{id}/history")
@Tag(name = "organizations", description = "Party organizations (党组织): committees, branches, groups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class OrganizationHistoryResource {

    private final OrganizationHistoryLog history;

    OrganizationHistoryResource(OrganizationHistoryLog history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "listOrganizationHistory",
            summary = "An organization's past and current names, types, parents and regions, newest first")
    public PageResult<OrganizationHistoryDto> list(@PathParam("id") @Parameter(example = "1") long id,
            @BeanParam @Valid PageQuery page) {
        return history.of(id, page);
    }
}
