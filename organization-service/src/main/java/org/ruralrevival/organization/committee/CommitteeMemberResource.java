package org.ruralrevival.organization.committee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.ruralrevival.platform.security.CallerScope;
import org.ruralrevival.platform.security.Roles;
import org.ruralrevival.platform.web.Answers;

@Path("/api/v1/committee-members")
@Tag(name = "committee-members", description = "Members of the village two committees (村两委成员) and their posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.VIEWER, Roles.SYNC, Roles.SERVICE})
public class CommitteeMemberResource {

    private final CommitteeMemberService service;
    private final CommitteeMemberRepository members;
    private final CallerScope scope;

    CommitteeMemberResource(CommitteeMemberService service, CommitteeMemberRepository members, CallerScope scope) {
        this.service = service;
        this.members = members;
        this.scope = scope;
    }

    @GET
    @Operation(operationId = "listCommitteeMembers", summary = "List members by term, or by region and term year")
    public PageResult<CommitteeMemberDto> list(
            @QueryParam("termId") @Parameter(example = "101") Long termId,
            @QueryParam("region") @Parameter(description = "A code or its leading digits.", example = "150621") String region,
            @QueryParam("year") @Min(1950) @Max(2100) @Parameter(description = "Term year.", example = "2021") Integer year,
            @BeanParam @Valid PageQuery page) {
        return members.search(scope.restrict(region), termId, year, page);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommitteeMember", summary = "Read one member; its version is the ETag")
    public RestResponse<CommitteeMemberDto> get(@PathParam("id") @Parameter(example = "2001") long id) {
        CommitteeMember m = service.get(id);
        return Answers.ok(CommitteeMemberDto.of(m), m.version);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "createCommitteeMember",
            summary = "Add a member to a term (re-sending one with the same externalRef updates it)")
    public RestResponse<CommitteeMemberDto> create(@NotNull @Valid CommitteeMemberRequest request) {
        CommitteeMemberService.Saved saved = service.create(request);
        CommitteeMember m = saved.member();
        return saved.created()
                ? Answers.created("/api/v1/committee-members/" + m.id, CommitteeMemberDto.of(m), m.version)
                : Answers.ok(CommitteeMemberDto.of(m), m.version);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.SYNC})
    @Operation(operationId = "replaceCommitteeMember", summary = "Correct a member or change the posts (If-Match required)")
    public RestResponse<CommitteeMemberDto> replace(@PathParam("id") @Parameter(example = "2001") long id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag you read.", example = "\"0\"") String ifMatch,
            @NotNull @Valid CommitteeMemberRequest request) {
        CommitteeMember m = service.update(id, ifMatch, request);
        return Answers.ok(CommitteeMemberDto.of(m), m.version);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Operation(operationId = "deleteCommitteeMember", summary = "Remove a member (If-Match required)")
    public RestResponse<Void> delete(@PathParam("id") @Parameter(example = "2001") long id,
            @HeaderParam("If-Match") @Parameter(example = "\"0\"") String ifMatch) {
        service.delete(id, ifMatch);
        return RestResponse.noContent();
    }
}
