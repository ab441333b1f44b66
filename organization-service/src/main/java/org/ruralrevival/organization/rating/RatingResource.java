package org.ruralrevival.organization.rating;

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
import java.util.Map;
import java.util.stream.Collectors;
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
import org.ruralrevival.organization.collectiveincome.CollectiveIncome;
import org.ruralrevival.organization.collectiveincome.CollectiveIncomes;
import org.ruralrevival.platform.web.Answers;
import org.ruralrevival.platform.web.QueryParams;

@Path("/api/v1/ratings")
@Tag(name = "ratings", description = "Yearly ratings of party organizations: 一类/二类/三类, 十星级, 最强党支部, 四化")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class RatingResource {

    private final RatingService service;
    private final RatingRepository ratings;
    private final CallerScope scope;
    private final CollectiveIncomes incomes;

    RatingResource(RatingService service, RatingRepository ratings, CallerScope scope, CollectiveIncomes incomes) {
        this.service = service;
        this.ratings = ratings;
        this.scope = scope;
        this.incomes = incomes;
    }

    /** The rating with its village's collective income for the year, when economy-service has told of one. */
    private RatingDto dto(Rating r) {
        RatingDto dto = RatingDto.of(r);
        return dto.withCollectiveIncome(incomes.find(dto.regionCode(), dto.year()).orElse(null));
    }

    @GET
    @Operation(operationId = "listRatings", summary = "List ratings of a region's organizations, by year or class")
    public PageResult<RatingDto> list(
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "620123") String region,
            @QueryParam("year") @Parameter(example = "2021", schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("classGrade") @Parameter(example = "FIRST", schema = @Schema(implementation = ClassGrade.class))
            String classGrade,
            @QueryParam("organizationId") @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            String organizationId,
            @BeanParam @Valid PageQuery page) {
        PageResult<RatingDto> found = ratings.search(scope.restrict(region), QueryParams.intValue("year", year),
                QueryParams.enumValue("classGrade", classGrade, ClassGrade.class),
                QueryParams.longValue("organizationId", organizationId), page);
        Map<String, CollectiveIncome> known = incomes.findAll(
                found.items().stream().map(RatingDto::regionCode).collect(Collectors.toSet()),
                found.items().stream().map(RatingDto::year).collect(Collectors.toSet()));
        return new PageResult<>(found.items().stream()
                .map(d -> d.withCollectiveIncome(known.get(CollectiveIncomes.key(d.regionCode(), d.year())))).toList(),
                found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRating", summary = "Read one rating; its version is the ETag")
    public RestResponse<RatingDto> get(@PathParam("id") @Parameter(example = "31") long id) {
        Rating r = service.get(id);
        return Answers.ok(dto(r), r.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createRating",
            summary = "Record an organization's rating for a year (re-sending one with the same externalRef corrects it)")
    public RestResponse<RatingDto> create(@NotNull @Valid RatingRequest request) {
        RatingService.Saved saved = service.create(request);
        Rating r = saved.rating();
        return saved.created()
                ? Answers.created("/api/v1/ratings/" + r.id, dto(r), r.version)
                : Answers.ok(dto(r), r.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceRating", summary = "Correct a rating (If-Match required)")
    public RestResponse<RatingDto> replace(@PathParam("id") @Parameter(example = "31") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid RatingRequest request) {
        Rating r = service.update(id, ifMatch, request);
        return Answers.ok(dto(r), r.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteRating", summary = "Remove a rating recorded by mistake (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "31") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
