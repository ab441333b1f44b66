package org.ruralrevival.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only stand-in for a resource the gateway serves itself, guarded by a role. */
@Path("/api/gateway-probe/admin-only")
public class RolesProbe {

    @GET
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public String adminOnly() {
        return "admitted";
    }
}
