package org.ruralrevival.organization.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.ruralrevival.organization.member.Member;
import org.ruralrevival.organization.member.MemberRepository;
import org.ruralrevival.organization.member.Today;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/** Points of members the caller may see, dated no later than today. */
@ApplicationScoped
public class MemberPointService {

    public static final String ENTITY = "member-point";

    /** Largest score of one event either way. */
    public static final int MAX_POINTS = 100;

    private static final int DEFAULT_RANKING_SIZE = 10;

    private final MemberPointRepository points;
    private final MemberRepository members;
    private final Outbox outbox;
    private final CallerScope scope;

    MemberPointService(MemberPointRepository points, MemberRepository members, Outbox outbox, CallerScope scope) {
        this.points = points;
        this.members = members;
        this.outbox = outbox;
        this.scope = scope;
    }

    public PageResult<MemberPointDto> list(String region, Long memberId, Integer year, PageQuery page) {
        if (year != null) {
            checkYear(year);
        }
        return points.search(scope.restrict(region), memberId, year, page);
    }

    /** The red or black list; {@code list} defaults to RED and {@code size} to 10. */
    public Ranking ranking(String region, Integer year, RankingList list, Integer size) {
        if (year == null) {
            throw Problems.invalidField("year", "field.required");
        }
        checkYear(year);
        int n = size == null ? DEFAULT_RANKING_SIZE : size;
        if (n < 1 || n > PageQuery.MAX_SIZE) {
            throw Problems.invalidField("size", "page.size");
        }
        RankingList which = list == null ? RankingList.RED : list;
        String prefix = scope.restrict(region);
        return new Ranking(which, year, prefix, points.ranking(prefix, year, which, n));
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2999) {
            throw Problems.invalidField("year", "points.year.range");
        }
    }

    public MemberPoint get(long id) {
        MemberPoint p = points.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.member-point", id));
        Member m = members.findByIdOptional(p.memberId).orElseThrow(() -> Problems.notFound("entity.member", p.memberId));
        scope.requireWithin(m.regionCode);
        return p;
    }

    @Transactional
    public MemberPoint create(MemberPointRequest request) {
        if (Math.abs(request.points()) > MAX_POINTS) {
            throw Problems.invalidField("points", "points.range", MAX_POINTS);
        }
        if (request.date().isAfter(Today.inChina())) {
            throw Problems.invalidField("date", "member.date.future");
        }
        Member member = members.findByIdOptional(request.memberId())
                .orElseThrow(() -> Problems.unprocessable("points.member.missing", request.memberId()));
        scope.requireWithin(member.regionCode);
        MemberPoint p = new MemberPoint();
        p.memberId = member.id;
        p.date = request.date();
        p.points = request.points();
        p.category = request.category().trim();
        p.reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().trim();
        points.persist(p);
        points.flush();
        outbox.record(ENTITY, p.id, ChangeKind.CREATED, MemberPointDto.of(p));
        return p;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        MemberPoint p = get(id);
        Versions.check(ifMatch, p.version);
        MemberPointDto last = MemberPointDto.of(p);
        points.delete(p);
        points.flush();
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }
}
