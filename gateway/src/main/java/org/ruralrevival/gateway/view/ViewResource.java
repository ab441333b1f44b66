package org.ruralrevival.gateway.view;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The views the gateway answers itself, from several services at once. They hold no data: each
 * call is passed the caller's token, so the services decide what the caller may see.
 */
@Path("/api/v1")
// The services check the token the view passes on; the document says a Bearer token is needed.
@SecurityRequirement(name = "bearer")
@Tag(name = "views", description = "Answers composed by the gateway from several services")
@Produces(MediaType.APPLICATION_JSON)
public class ViewResource {

    static final String PROFILE_EXAMPLE = """
            {"code":"620123104201",
             "region":{"code":"620123104201","name":"高墩营村","level":"VILLAGE","parentCode":"620123104000","version":0},
             "organizations":[{"id":1,"name":"中共高墩营村支部委员会","type":"BRANCH","regionCode":"620123104201"}],
             "ratings":[{"id":31,"organizationId":1,"year":2021,"classGrade":"FIRST"}],
             "committeeTerm":{"id":101,"regionCode":"620123104201","termYear":2021,"electionDate":"2021-04-18"},
             "committeeMembers":[{"id":2001,"termId":101,"name":"王建国","post":"SECRETARY"}],
             "incomes":null,
             "projects":null,
             "reserveCadres":[{"id":12,"regionCode":"620123104201","status":"RESERVE"}],
             "dispatches":[{"id":9,"regionCode":"620123104201","kind":"FIRST_SECRETARY"}],
             "missing":[{"part":"incomes","service":"economy-service","status":503,"detail":"economy-service unreachable"},
                        {"part":"projects","service":"economy-service","status":503,"detail":"economy-service unreachable"}]}
            """;

    static final String SUMMARY_EXAMPLE = """
            {"region":"620123","year":2021,
             "organization":{"region":"620123","year":2021},
             "economy":{"region":"620123","year":2021},
             "talent":null,
             "missing":[{"part":"talent","service":"talent-service","status":504,
                         "detail":"talent-service did not answer within 5000 ms"}]}
            """;

    private final VillageProfiles profiles;
    private final ReportSummaries summaries;

    ViewResource(VillageProfiles profiles, ReportSummaries summaries) {
        this.profiles = profiles;
        this.summaries = summaries;
    }

    @GET
    @Path("villages/{code}/profile")
    @Operation(operationId = "getVillageProfile",
            summary = "One village from all three services: region, organizations and ratings, current two committees, "
                    + "incomes, projects, reserve cadres and dispatches",
            description = "The services are asked in parallel with the caller's token. A service that is down, slow or "
                    + "failing leaves its parts null and listed in `missing`; the answer is still 200. The caller's "
                    + "own refusals are passed on: 401/403 from any service, 404 when the village does not exist.")
    @APIResponse(responseCode = "200", description = "The profile, possibly with missing parts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageProfile.class),
                    examples = @ExampleObject(name = "economy-service down", value = PROFILE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Not a village code",
            content = @Content(mediaType = ViewProblems.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such village",
            content = @Content(mediaType = ViewProblems.MEDIA_TYPE))
    public Uni<RestResponse<VillageProfile>> profile(
            @PathParam("code") @Parameter(description = "The village's 12-digit division code.", example = "620123104201")
            String code,
            @Context HttpServerRequest request) {
        Caller caller = Caller.of(request);
        return profiles.profile(ViewInput.villageCode(caller, code), caller).map(p -> withRequestId(p, caller));
    }

    @GET
    @Path("reports/summary")
    @Operation(operationId = "getReportSummary",
            summary = "The organization, economy and talent reports of a region and year in one answer",
            description = "The three reports are asked in parallel with the caller's token. A service that is down, slow "
                    + "or failing leaves its report null and listed in `missing`; the answer is still 200. 401/403 "
                    + "from any service are passed on.")
    @APIResponse(responseCode = "200", description = "The reports, possibly with missing ones",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportSummary.class),
                    examples = @ExampleObject(name = "talent-service slow", value = SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A malformed region or year",
            content = @Content(mediaType = ViewProblems.MEDIA_TYPE))
    public Uni<RestResponse<ReportSummary>> summary(
            @QueryParam("region") @Parameter(description = "A code or its leading digits (2, 4, 6, 9); default: the "
                    + "caller's whole scope.", example = "620123") String region,
            @QueryParam("year") @Parameter(description = "Required.", required = true, example = "2021",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER))
            String year,
            @Context HttpServerRequest request) {
        Caller caller = Caller.of(request);
        String filter = ViewInput.regionFilter(caller, region);
        int y = ViewInput.year(caller, year);
        return summaries.summary(filter, y, caller).map(s -> withRequestId(s, caller));
    }

    private static <T> RestResponse<T> withRequestId(T entity, Caller caller) {
        return RestResponse.ResponseBuilder.ok(entity).header(Caller.REQUEST_ID, caller.requestId()).build();
    }
}
