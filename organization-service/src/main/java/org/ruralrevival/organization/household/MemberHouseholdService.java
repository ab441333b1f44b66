package org.ruralrevival.organization.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.ruralrevival.organization.member.Member;
import org.ruralrevival.organization.member.MemberRepository;
import org.ruralrevival.organization.member.Today;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;

/** 党员联户 links: to a member the caller may see, in a villager group that exists. */
@ApplicationScoped
public class MemberHouseholdService {

    public static final String ENTITY = "member-household";

    /** What a create-or-upsert did: the same member, head and address again is the same link. */
    public record Saved(MemberHousehold link, boolean created) {
    }

    private final MemberHouseholdRepository links;
    private final MemberRepository members;
    private final RegionRepository regions;
    private final Outbox outbox;
    private final CallerScope scope;

    MemberHouseholdService(MemberHouseholdRepository links, MemberRepository members, RegionRepository regions,
            Outbox outbox, CallerScope scope) {
        this.links = links;
        this.members = members;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public PageResult<MemberHouseholdDto> list(String region, Long memberId, PageQuery page) {
        return links.search(scope.restrict(region), memberId, page);
    }

    public MemberHousehold get(long id) {
        MemberHousehold h = links.findByIdOptional(id)
                .orElseThrow(() -> Problems.notFound("entity.member-household", id));
        scope.requireWithin(memberOf(h.memberId).regionCode);
        return h;
    }

    @Transactional
    public Saved create(MemberHouseholdRequest request) {
        String group = groupCode(request.groupCode());
        if (request.linkedOn().isAfter(Today.inChina())) {
            throw Problems.invalidField("linkedOn", "member.date.future");
        }
        Member member = members.findByIdOptional(request.memberId())
                .orElseThrow(() -> Problems.unprocessable("household.member.missing", request.memberId()));
        scope.requireWithin(member.regionCode);
        if (group != null) {
            scope.requireWithin(group);
            if (!regions.existsByCode(group)) {
                throw Problems.unprocessable("household.group.missing", group);
            }
        }
        String head = request.householdHead().trim();
        String address = request.address().trim();
        MemberHousehold h = links.findLink(member.id, head, address).orElse(null);
        boolean created = h == null;
        if (created) {
            h = new MemberHousehold();
            h.memberId = member.id;
            h.householdHead = head;
            h.address = address;
        }
        long before = h.version;
        h.groupCode = group;
        h.linkedOn = request.linkedOn();
        if (created) {
            links.persist(h);
        }
        links.flush();
        if (created || h.version != before) {
            outbox.record(ENTITY, h.id, created ? ChangeKind.CREATED : ChangeKind.UPDATED, MemberHouseholdDto.of(h));
        }
        return new Saved(h, created);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        MemberHousehold h = get(id);
        Versions.check(ifMatch, h.version);
        MemberHouseholdDto last = MemberHouseholdDto.of(h);
        links.delete(h);
        links.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private Member memberOf(long memberId) {
        return members.findByIdOptional(memberId)
                .orElseThrow(() -> Problems.notFound("entity.member", memberId));
    }

    private static String groupCode(String code) {
        if (code == null) {
            return null;
        }
        String problem = DivisionCode.problemWith(code);
        if (problem != null) {
            throw Problems.invalidField("groupCode", problem, code);
        }
        if (new DivisionCode(code).level() != RegionLevel.GROUP) {
            throw Problems.invalidField("groupCode", "household.group.level", code);
        }
        return code;
    }
}
