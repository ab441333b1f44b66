package org.ruralrevival.organization.region;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ruralrevival.platform.bulk.Bulk;
import org.ruralrevival.platform.bulk.BulkAnswer;
import org.ruralrevival.platform.bulk.BulkFormat;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;

@Path("/api/v1/regions")
@Tag(name = "regions", description = "The division-code tree (统计用区划代码) and villager groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class RegionResource {

    private final RegionService service;
    private final RegionRepository regions;
    private final CallerScope scope;
    private final RegionBulk regionBulk;
    private final Bulk bulk;

    RegionResource(RegionService service, RegionRepository regions, CallerScope scope, RegionBulk regionBulk, Bulk bulk) {
        this.service = service;
        this.regions = regions;
        this.scope = scope;
        this.regionBulk = regionBulk;
        this.bulk = bulk;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List regions in a subtree, by level or name")
    public PageResult<RegionDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits: the subtree to list.", example = "620123") String region,
            @QueryParam("level") @Parameter(example = "VILLAGE") RegionLevel level,
            @QueryParam("name") @Parameter(description = "Part of the name.", example = "营") String name,
            @BeanParam @Valid PageQuery page) {
        return regions.search(scope.restrict(region), level, name, page);
    }

    @GET
    // Below JSON: a caller that accepts anything still gets the JSON list.
    @Produces({BulkFormat.CSV_TYPE + ";qs=0.5", BulkFormat.XLSX_TYPE + ";qs=0.5"})
    // The list's own operation: OpenAPI has one GET per path, answering JSON, CSV or .xlsx.
    @Operation(operationId = "listRegions", summary = "List regions in a subtree, by level or name"
            + "; as CSV or .xlsx (by Accept) in the template's columns, so the rows can be uploaded again")
    @APIResponse(responseCode = "200", description = "The rows, streamed page by page.", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = REGION_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @QueryParam("region") @Parameter(description = "A code or its leading digits: the subtree to list.", example = "620123") String region,
            @QueryParam("level") @Parameter(example = "VILLAGE") RegionLevel level,
            @QueryParam("name") @Parameter(description = "Part of the name.", example = "营") String name,
            @Context HttpHeaders headers) {
        return bulk.export(regionBulk, headers, regionBulk.exportPages(scope.restrict(region), level, name));
    }

    @POST
    @Path("bulk")
    @Consumes({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE, BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE})
    @Produces({MediaType.APPLICATION_JSON, BulkFormat.NDJSON_TYPE})
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "bulkRegions", summary = "Upsert many regions by division code, parents before children: "
            + "JSON array, NDJSON, CSV or .xlsx; each record is the body of POST /regions; answers a report per record")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RegionRequest.class)),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = RegionRequest.class),
                    example = REGION_NDJSON),
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), example = REGION_CSV),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The report: counts, and per record created / updated / unchanged / refused.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAnswer.class)),
                    @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(implementation = BulkAnswer.Line.class),
                            example = BulkAnswer.NDJSON_EXAMPLE)})
    public Response bulk(InputStream body, @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
            @Context HttpHeaders headers) {
        return bulk.upload(regionBulk, body, contentType, headers);
    }

    @GET
    @Path("bulk/template")
    @Produces(BulkFormat.XLSX_TYPE)
    @Operation(operationId = "regionTemplate", summary = "The .xlsx template for region uploads: Chinese headers, "
            + "field names, dropdowns of allowed values")
    @APIResponse(responseCode = "200", description = "The template workbook.",
            content = @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return bulk.template(regionBulk);
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getRegion", summary = "Read one region; its version is the ETag")
    public RestResponse<RegionDto> get(@PathParam("code") @Parameter(example = "620123104201") String code) {
        Region region = service.get(code);
        return Answers.ok(RegionDto.of(region), region.version);
    }

    @GET
    @Path("{code}/children")
    @Operation(operationId = "listRegionChildren", summary = "List the regions directly below one")
    public PageResult<RegionDto> children(@PathParam("code") @Parameter(example = "620123104000") String code,
            @BeanParam @Valid PageQuery page) {
        service.get(code);
        return regions.children(code, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createRegion", summary = "Add a region under its existing parent")
    public RestResponse<RegionDto> create(@NotNull @Valid RegionRequest request) {
        Region region = service.create(request);
        return Answers.created("/api/v1/regions/" + region.code, RegionDto.of(region), region.version);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceRegion", summary = "Rename a region or change its attributes (If-Match required)")
    public RestResponse<RegionDto> replace(@PathParam("code") @Parameter(example = "620123104201") String code,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid RegionRequest request) {
        Region region = service.update(code, ifMatch, request);
        return Answers.ok(RegionDto.of(region), region.version);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteRegion", summary = "Remove a region that has nothing below it (If-Match required)")
    public RestResponse<Void> delete(@PathParam("code") @Parameter(example = "620123104201") String code,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(code, ifMatch);
        return RestResponse.noContent();
    }

    static final String REGION_NDJSON = "{\"code\":\"620123104000\",\"name\":\"新营镇\",\"kind\":\"TOWN\"}\n"
            + "{\"code\":\"620123104201\",\"name\":\"高墩营村\",\"tier\":\"IMPROVING\",\"keyVillage\":true}";
    static final String REGION_CSV = "code,name,parentCode,kind,category,tier,keyVillage,weakAndLax,weakEconomy,demonstration\n"
            + "620123104000,新营镇,620123000000,TOWN,,,false,false,false,false\n"
            + "620123104201,高墩营村,620123104000,VILLAGE,梁外村,IMPROVING,true,false,false,false";
}
