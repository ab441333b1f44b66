package org.ruralrevival.gateway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only stand-in for a resource the gateway serves itself, guarded by a role. */
@Path("/api/gateway-probe/admin-only")
public class RolesProbe {

    @GET
    @RolesAllowed("admin")
    public String adminOnly() {
        return "admitted";
    }
}
