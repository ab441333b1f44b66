package org.ruralrevival.talent.training;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ruralrevival.platform.bulk.Bulk;
import org.ruralrevival.platform.bulk.BulkAnswer;
import org.ruralrevival.platform.bulk.BulkFormat;
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
    private final TrainingBulk trainingBulk;
    private final Bulk bulk;

    TrainingResource(TrainingService service, TrainingBulk trainingBulk, Bulk bulk) {
        this.service = service;
        this.trainingBulk = trainingBulk;
        this.bulk = bulk;
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

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkTrainings", summary = "Upsert many training sessions with their attendance by region, day and topic: JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of the single POST; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TrainingRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = TrainingRequest.class),
                    example = TRAINING_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = TRAINING_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(trainingBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "trainingTemplate", summary = "The .xlsx template for training session uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(trainingBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listTrainings", summary = "List training sessions in a region and period"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = TRAINING_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2021") String year,
            @QueryParam("from") @Parameter(example = "2021-01-01") String from,
            @QueryParam("to") @Parameter(example = "2021-12-31") String to,
            @Context HttpHeaders headers) {
        return bulk.export(trainingBulk, headers, trainingBulk.pages(service.exportPages(region, DateRange.parse(year, from, to))));
    }

    static final String TRAINING_NDJSON = "{\"regionCode\":\"620123104000\",\"date\":\"2021-04-16\",\"topic\":\"村党组织书记“头雁”培训\",\"organizer\":\"夏官营镇党委\","
            + "\"hours\":6.5,\"attendees\":[{\"name\":\"王建国\",\"memberId\":10234},{\"name\":\"李红\"}]}";
    static final String TRAINING_CSV = "regionCode,date,topic,organizer,place,hours,attendees\n"
            + "620123104000,2021-04-16,头雁培训,夏官营镇党委,,6.5,\"[{\"\"name\"\":\"\"李红\"\"}]\"";
}
