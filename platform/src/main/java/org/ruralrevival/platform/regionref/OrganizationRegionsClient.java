package org.ruralrevival.platform.regionref;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/**
 * organization-service's {@code GET /api/v1/regions/{code}}. Package-private: only
 * {@link RegionDirectory} calls it, with the timeouts, retries and fallback that make it safe.
 * Base URL: {@code quarkus.rest-client.organization-service.url}.
 */
@RegisterRestClient(configKey = "organization-service")
@Path("/api/v1/regions")
interface OrganizationRegionsClient {

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    RemoteRegion get(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** 404 is an answer (the code does not exist), not a failure to retry or to count against the breaker. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 404) {
            return new RegionNotFoundException();
        }
        return new RegionSourceFailure("organization-service answered " + response.getStatus());
    }
}
