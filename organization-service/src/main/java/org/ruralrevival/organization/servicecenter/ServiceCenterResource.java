package org.ruralrevival.organization.servicecenter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/service-centers")
@Tag(name = "service-centers", description = "Party–mass service centres (党群服务中心), their works and village operating funds (运转经费)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class ServiceCenterResource {

    private final ServiceCenterService service;
    private final ServiceCenterRepository centers;
    private final ServiceCenterWorkRepository works;
    private final ServiceCenterFundRepository funds;
    private final CallerScope scope;

    ServiceCenterResource(ServiceCenterService service, ServiceCenterRepository centers,
            ServiceCenterWorkRepository works, ServiceCenterFundRepository funds, CallerScope scope) {
        this.service = service;
        this.centers = centers;
        this.works = works;
        this.funds = funds;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listServiceCenters", summary = "List the service centres of the villages in a region, by state")
    public PageResult<ServiceCenterDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("state") @Parameter(example = "IN_USE") CenterState state,
            @BeanParam @Valid PageQuery page) {
        return centers.search(scope.restrict(region), state, page);
    }

    @GET
    @Path("statistics")
    @Operation(operationId = "getServiceCenterFigures",
            summary = "Centres by state, works by kind and operating funds of a year, against the year before")
    public ServiceCenterFigures statistics(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @NotNull @Min(1950) @Max(2100) @Parameter(example = "2021", required = true) Integer year,
            @QueryParam("minimum") @DefaultValue("150000") @DecimalMin("0")
            @Parameter(description = "Operating-funds line per village in yuan.", example = "150000",
                    schema = @Schema(type = SchemaType.NUMBER, defaultValue = "150000", minimum = "0")) BigDecimal minimum) {
        return service.figures(region, year, minimum);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getServiceCenter", summary = "Read one service centre; its version is the ETag")
    public RestResponse<ServiceCenterDto> get(@PathParam("id") @Parameter(example = "301") long id) {
        ServiceCenter c = service.get(id);
        return Answers.ok(ServiceCenterDto.of(c), c.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createServiceCenter",
            summary = "Add a village's service centre (sending one for a village that has it updates it)")
    public RestResponse<ServiceCenterDto> create(@NotNull @Valid ServiceCenterRequest request) {
        ServiceCenterService.Saved<ServiceCenter> saved = service.create(request);
        ServiceCenter c = saved.record();
        return saved.created()
                ? Answers.created("/api/v1/service-centers/" + c.id, ServiceCenterDto.of(c), c.version)
                : Answers.ok(ServiceCenterDto.of(c), c.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceServiceCenter", summary = "Change a centre's name, area or state (If-Match required)")
    public RestResponse<ServiceCenterDto> replace(@PathParam("id") @Parameter(example = "301") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid ServiceCenterRequest request) {
        ServiceCenter c = service.update(id, ifMatch, request);
        return Answers.ok(ServiceCenterDto.of(c), c.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteServiceCenter", summary = "Remove a centre with no works or funds (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "301") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("{id}/works")
    @Operation(operationId = "listServiceCenterWorks", summary = "List a centre's works, optionally of one year")
    public PageResult<WorkDto> listWorks(@PathParam("id") @Parameter(example = "301") long id,
            @QueryParam("year") @Min(1950) @Max(2100) @Parameter(example = "2021") Integer year,
            @BeanParam @Valid PageQuery page) {
        service.get(id);
        return works.ofCenter(id, year, page);
    }

    @GET
    @Path("{id}/works/{workId}")
    @Operation(operationId = "getServiceCenterWork", summary = "Read one work; its version is the ETag")
    public RestResponse<WorkDto> getWork(@PathParam("id") @Parameter(example = "301") long id,
            @PathParam("workId") @Parameter(example = "401") long workId) {
        ServiceCenterWork w = service.getWork(id, workId);
        return Answers.ok(WorkDto.of(w), w.version);
    }

    @POST
    @Path("{id}/works")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createServiceCenterWork",
            summary = "Record a work on a centre (re-sending one with the same externalRef updates it)")
    public RestResponse<WorkDto> addWork(@PathParam("id") @Parameter(example = "301") long id,
            @NotNull @Valid WorkRequest request) {
        ServiceCenterService.Saved<ServiceCenterWork> saved = service.addWork(id, request);
        ServiceCenterWork w = saved.record();
        return saved.created()
                ? Answers.created("/api/v1/service-centers/" + id + "/works/" + w.id, WorkDto.of(w), w.version)
                : Answers.ok(WorkDto.of(w), w.version);
    }

    @DELETE
    @Path("{id}/works/{workId}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteServiceCenterWork", summary = "Remove a work (If-Match required)")
    public RestResponse<Void> deleteWork(@PathParam("id") @Parameter(example = "301") long id,
            @PathParam("workId") @Parameter(example = "401") long workId,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteWork(id, workId, ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("{id}/funds")
    @Operation(operationId = "listOperatingFunds", summary = "List the village's operating funds by year")
    public PageResult<FundDto> listFunds(@PathParam("id") @Parameter(example = "301") long id,
            @BeanParam @Valid PageQuery page) {
        service.get(id);
        return funds.ofCenter(id, page);
    }

    @GET
    @Path("{id}/funds/{year}")
    @Operation(operationId = "getOperatingFund", summary = "Read the village's operating funds of one year; its version is the ETag")
    public RestResponse<FundDto> getFund(@PathParam("id") @Parameter(example = "301") long id,
            @PathParam("year") @Min(1950) @Max(2100) @Parameter(example = "2021") int year) {
        ServiceCenterFund f = service.getFund(id, year);
        return Answers.ok(FundDto.of(f), f.version);
    }

    @PUT
    @Path("{id}/funds/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "putOperatingFund",
            summary = "Set the village's operating funds for a year (creates or replaces; If-Match checked when sent)")
    public RestResponse<FundDto> putFund(@PathParam("id") @Parameter(example = "301") long id,
            @PathParam("year") @Min(1950) @Max(2100) @Parameter(example = "2021") int year,
            @HeaderParam("If-Match") @Parameter(description = "Optional: the ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid FundRequest request) {
        ServiceCenterService.Saved<ServiceCenterFund> saved = service.putFund(id, year, ifMatch, request);
        ServiceCenterFund f = saved.record();
        return saved.created()
                ? Answers.created("/api/v1/service-centers/" + id + "/funds/" + year, FundDto.of(f), f.version)
                : Answers.ok(FundDto.of(f), f.version);
    }

    @DELETE
    @Path("{id}/funds/{year}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteOperatingFund", summary = "Remove the operating funds of one year (If-Match required)")
    public RestResponse<Void> deleteFund(@PathParam("id") @Parameter(example = "301") long id,
            @PathParam("year") @Min(1950) @Max(2100) @Parameter(example = "2021") int year,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.deleteFund(id, year, ifMatch);
        return RestResponse.noContent();
    }
}
