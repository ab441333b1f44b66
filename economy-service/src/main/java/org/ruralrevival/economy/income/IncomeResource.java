package org.ruralrevival.economy.income;

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

@Path("/api/v1/incomes")
@Tag(name = "incomes", description = "Yearly collective-economy accounts per village (村集体经济收入), in yuan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class IncomeResource {

    private final IncomeService service;

    IncomeResource(IncomeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listIncomes", summary = "List yearly accounts in a region, optionally of one year")
    public PageResult<IncomeDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2023") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.search(region, year, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getIncome", summary = "Read one yearly account with its share of joint projects")
    public RestResponse<IncomeDto> get(@PathParam("id") @Parameter(example = "1001") long id) {
        IncomeAccount a = service.get(id);
        return Answers.ok(service.dto(a), a.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createIncome",
            summary = "Record a village's account for a year (one per village and year: a second is 409; correct it with PUT)")
    public RestResponse<IncomeDto> create(@NotNull @Valid IncomeRequest request) {
        IncomeAccount a = service.create(request);
        return Answers.created("/api/v1/incomes/" + a.id, service.dto(a), a.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "correctIncome", summary = "Correct a yearly account (If-Match required)")
    public RestResponse<IncomeDto> replace(@PathParam("id") @Parameter(example = "1001") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid IncomeRequest request) {
        IncomeAccount a = service.update(id, ifMatch, request);
        return Answers.ok(service.dto(a), a.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteIncome", summary = "Remove a yearly account recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "1001") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
