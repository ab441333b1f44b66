package org.ruralrevival.talent.training;

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
import org.ruralrevival.talent.common.DateRange;

@Path("/api/v1/trainings")
@Tag(name = "trainings", description = "Training sessions (头雁 training) and who attended")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class TrainingResource {

    private final TrainingService service;

    TrainingResource(TrainingService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listTrainings", summary = "List training sessions in a region and period")
    public PageResult<TrainingDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, DateRange.parse(year, from, to), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getTraining", summary = "Read one training session with its attendance; its version is the ETag")
    public RestResponse<TrainingDto> get(@PathParam("id") @Parameter(example = "5") long id) {
        TrainingSession s = service.get(id);
        return Answers.ok(TrainingDto.of(s), s.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createTraining", summary = "Record a training session that was held, with its attendance")
    public RestResponse<TrainingDto> create(@NotNull @Valid TrainingRequest request) {
        TrainingSession s = service.create(request);
        return Answers.created("/api/v1/trainings/" + s.id, TrainingDto.of(s), s.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceTraining", summary = "Correct a session or its attendance (If-Match required)")
    public RestResponse<TrainingDto> replace(@PathParam("id") @Parameter(example = "5") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid TrainingRequest request) {
        TrainingSession s = service.update(id, ifMatch, request);
        return Answers.ok(TrainingDto.of(s), s.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteTraining", summary = "Remove a session recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "5") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("summary")
    @Operation(operationId = "reportTrainings", summary = "Count sessions, distinct people and person-times in a region and period")
    public TrainingSummary summary(
            @QueryParam("region") @Parameter(example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to) {
        return service.summary(region, DateRange.parse(year, from, to));
    }
}
