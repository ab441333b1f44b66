package org.ruralrevival.organization.events;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * talent-service's {@code GET /api/v1/recruits/{id}}. Package-private: only {@link TalentRecruits}
 * calls it, with the timeout and retries. Base URL: {@code quarkus.rest-client.talent-service.url}.
 */
@RegisterRestClient(configKey = "talent-service")
@Path("/api/v1/recruits")
interface TalentRecruitsClient {

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    TalentRecruit get(@PathParam("id") long id, @HeaderParam("Authorization") String authorization);

    /** 404 is an answer (no such recruit), not a failure worth retrying. */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 404) {
            return new TalentRecruits.RecruitMissing();
        }
        return new TalentRecruits.TalentFailure("talent-service answered " + response.getStatus());
    }
}
