package org.ruralrevival.talent.cadre;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.talent.common.QueryParams;

@Path("/api/v1/reserve-cadres")
@Tag(name = "reserve-cadres", description = "Village reserve cadres (后备干部): the 1211 scheme, the 2–5 standard, appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class ReserveCadreResource {

    private final ReserveCadreService service;
    private final ReserveCadreBulk cadreBulk;
    private final Bulk bulk;

    ReserveCadreResource(ReserveCadreService service, ReserveCadreBulk cadreBulk, Bulk bulk) {
        this.service = service;
        this.cadreBulk = cadreBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listReserveCadres", summary = "List reserve cadres in a region, by category or status")
    public PageResult<ReserveCadreDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("category") @Parameter(example = "COLLEGE_EDUCATED",
                    schema = @Schema(implementation = CadreCategory.class)) String category,
            @QueryParam("status") @Parameter(example = "RESERVE", schema = @Schema(implementation = CadreStatus.class))
            String status,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, QueryParams.enumValue("category", category, CadreCategory.class),
                QueryParams.enumValue("status", status, CadreStatus.class), page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReserveCadre", summary = "Read one reserve cadre; its version is the ETag")
    public RestResponse<ReserveCadreDto> get(@PathParam("id") @Parameter(example = "12") long id) {
        ReserveCadre c = service.get(id);
        return Answers.ok(service.dto(c), c.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createReserveCadre", summary = "Add a reserve cadre to a village")
    public RestResponse<ReserveCadreDto> create(@NotNull @Valid ReserveCadreRequest request) {
        ReserveCadre c = service.create(request);
        return Answers.created("/api/v1/reserve-cadres/" + c.id, service.dto(c), c.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceReserveCadre", summary = "Correct a reserve cadre (If-Match required)")
    public RestResponse<ReserveCadreDto> replace(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid ReserveCadreRequest request) {
        ReserveCadre c = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(c), c.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteReserveCadre", summary = "Remove a reserve cadre not yet appointed (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("{id}/appointment")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "appointReserveCadre", summary = "Appoint a reserve cadre into the two committees (If-Match required)",
            description = "Leaves the reserve and appends the event reserve-cadre-appointed to the outbox, which "
                    + "organization-service is to learn of.")
    public RestResponse<ReserveCadreDto> appoint(@PathParam("id") @Parameter(example = "12") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch,
            @NotNull @Valid AppointmentRequest request) {
        ReserveCadre c = service.appoint(id, ifMatch, request);
        return Answers.ok(service.dto(c), c.version);
    }

    @GET
    @Path("per-village")
    @Operation(operationId = "reportReserveCadresPerVillage", summary = "Count reserve cadres per village against the 2–5 standard")
    public VillageCadresReport perVillage(
            @QueryParam("region") @Parameter(example = "620123") String region,
            @QueryParam("asOf") @Parameter(description = "Default today.", example = "2021-12-31") String asOf,
            @QueryParam("village") @Parameter(description = "Villages of the region to include; repeat the parameter.",
                    example = "[\"620123104203\", \"620123104204\"]") List<String> villages) {
        return service.perVillage(region, QueryParams.date("asOf", asOf), villages, false);
    }

    @GET
    @Path("shortfall")
    @Operation(operationId = "reportReserveCadreShortfall",
            summary = "List villages with fewer than 2 reserve cadres (short) or more than 5 (flagged)")
    public VillageCadresReport shortfall(
            @QueryParam("region") @Parameter(example = "620123") String region,
            @QueryParam("asOf") @Parameter(description = "Default today.", example = "2021-12-31") String asOf,
            @QueryParam("village") @Parameter(description = "Villages of the region to include; repeat the parameter.",
                    example = "[\"620123104203\", \"620123104204\"]") List<String> villages) {
        return service.perVillage(region, QueryParams.date("asOf", asOf), villages, true);
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkReserveCadres", summary = "Upsert many reserve cadres by village, name and birth date: JSON array, "
            + "NDJSON, CSV or .xlsx; each record is the body of the single POST; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReserveCadreRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = ReserveCadreRequest.class),
                    example = RESERVECADRE_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = RESERVECADRE_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(cadreBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "reserveCadreTemplate", summary = "The .xlsx template for reserve cadre uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(cadreBulk);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listReserveCadres", summary = "List reserve cadres in a region, by category or status"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = RESERVECADRE_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("category") @Parameter(example = "COLLEGE_EDUCATED",
                    schema = @Schema(implementation = CadreCategory.class)) String category,
            @QueryParam("status") @Parameter(example = "RESERVE", schema = @Schema(implementation = CadreStatus.class))
            String status,
            @Context HttpHeaders headers) {
        return bulk.export(cadreBulk, headers, cadreBulk.pages(service.exportPages(region, QueryParams.enumValue("category", category, CadreCategory.class),
                QueryParams.enumValue("status", status, CadreStatus.class))));
    }

    static final String RESERVECADRE_NDJSON = "{\"villageCode\":\"620123104201\",\"name\":\"张晓燕\",\"gender\":\"FEMALE\",\"birthDate\":\"1994-08-12\","
            + "\"education\":\"BACHELOR\",\"category\":\"COLLEGE_EDUCATED\",\"partyMember\":true,\"reservedOn\":\"2021-06-30\"}";
    static final String RESERVECADRE_CSV = "villageCode,name,gender,birthDate,education,category,source,partyMember,reservedOn\n"
            + "620123104201,张晓燕,FEMALE,1994-08-12,BACHELOR,COLLEGE_EDUCATED,返乡大学生,true,2021-06-30";
}
