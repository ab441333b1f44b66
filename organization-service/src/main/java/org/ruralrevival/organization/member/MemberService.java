package org.ruralrevival.organization.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ruralrevival.organization.partyorg.PartyOrganization;
import org.ruralrevival.organization.partyorg.PartyOrganizationRepository;
import org.ruralrevival.platform.bulk.Sheets;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.personaldata.PersonalData;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of the member ledger: a valid ID number that agrees with birth date and gender, adult
 * admission, dates in order and not in the future. The ID number is the natural key, so a member
 * sent again updates instead of duplicating.
 */
@ApplicationScoped
public class MemberService {

    public static final String ENTITY = "member";

    /** Mainland mobile numbers: 11 digits, 1 then 3–9. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    /** What a create-or-upsert did. */
    public record Saved(Member member, boolean created) {
    }

    /** A request whose fields passed the value rules, with what the ID number implies. */
    record Checked(MemberRequest request, IdNumber idNumber, String idNumberHash, String phone,
            LocalDate birthDate, Gender gender) {

        @Override
        public String toString() {
            return "Checked[" + request + "]";
        }
    }

    private final MemberRepository members;
    private final PartyOrganizationRepository organizations;
    private final PersonalData personalData;
    private final MemberMapper mapper;
    private final Outbox outbox;
    private final CallerScope scope;
    private final MemberTally tally;

    MemberService(MemberRepository members, PartyOrganizationRepository organizations, PersonalData personalData,
            MemberMapper mapper, Outbox outbox, CallerScope scope, MemberTally tally) {
        this.tally = tally;
        this.members = members;
        this.organizations = organizations;
        this.personalData = personalData;
        this.mapper = mapper;
        this.outbox = outbox;
        this.scope = scope;
    }

    public Member get(long id) {
        Member m = members.findByIdOptional(id).orElseThrow(() -> Problems.notFound("entity.member", id));
        scope.requireWithin(m.regionCode);
        return m;
    }

    /** The list, narrowed to the caller's region; {@code idNumber} finds one member by its keyed hash. */
    public PageResult<MemberDto> list(String region, Long organizationId, MemberStatus status, String name,
            Boolean flowing, Boolean fiftyYears, String idNumber, PageQuery page, Function<Member, MemberDto> map) {
        String hash = null;
        if (idNumber != null) {
            String problem = IdNumber.problemWith(idNumber);
            if (problem != null) {
                throw Problems.invalidField("idNumber", problem);
            }
            hash = personalData.hash(IdNumber.parse(idNumber).value());
        }
        var filter = new MemberRepository.Filter(scope.restrict(region), organizationId, status, name, flowing,
                fiftyYears, hash);
        return members.search(filter, Today.inChina(), page, map);
    }

    /**
     * The pages of an export as request bodies (ID and phone in full only where the caller may see
     * them). The caller's scope is read now: the pages are read later, while the answer streams.
     */
    public Sheets.Pages exportPages(String region, Long organizationId, MemberStatus status) {
        var filter = new MemberRepository.Filter(scope.restrict(region), organizationId, status, null, null, null, null);
        boolean full = scope.maySeePersonalData();
        LocalDate today = Today.inChina();
        return page -> members.search(filter, today, new PageQuery(page, PageQuery.MAX_SIZE), m -> mapper.toRequest(m, full))
                .items();
    }

    @Transactional
    public Saved create(MemberRequest request) {
        Checked c = check(request);
        PartyOrganization org = organization(request.organizationId());
        Member byIdNumber = members.findByIdNumberHash(c.idNumberHash()).orElse(null);
        Member byRef = request.externalRef() == null ? null
                : members.findByExternalRef(request.externalRef().system(), request.externalRef().id()).orElse(null);
        if (byIdNumber != null && byRef != null && !byIdNumber.id.equals(byRef.id)) {
            throw Problems.conflict("member.external-ref.taken", request.externalRef().system(), request.externalRef().id());
        }
        Member existing = byIdNumber != null ? byIdNumber : byRef;
        if (existing != null) {
            scope.requireWithin(existing.regionCode);
            return new Saved(change(existing, c, org), false);
        }
        Member m = new Member();
        apply(m, c, org);
        members.persist(m);
        members.flush();
        tally.record(null, MemberTally.Standing.of(m));
        outbox.record(ENTITY, m.id, ChangeKind.CREATED, mapper.masked(m));
        return new Saved(m, true);
    }

    @Transactional
    public Member update(long id, String ifMatch, MemberRequest request) {
        Member m = get(id);
        Versions.check(ifMatch, m.version);
        Checked c = check(request);
        PartyOrganization org = organization(request.organizationId());
        members.findByIdNumberHash(c.idNumberHash()).filter(other -> !other.id.equals(m.id)).ifPresent(other -> {
            throw Problems.conflict("member.id-number.taken");
        });
        if (request.externalRef() != null) {
            members.findByExternalRef(request.externalRef().system(), request.externalRef().id())
                    .filter(other -> !other.id.equals(m.id)).ifPresent(other -> {
                        throw Problems.conflict("member.external-ref.taken", request.externalRef().system(),
                                request.externalRef().id());
                    });
        }
        return change(m, c, org);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Member m = get(id);
        Versions.check(ifMatch, m.version);
        if (members.countDependants(id) > 0) {
            throw Problems.conflict("member.has-records", id);
        }
        MemberDto last = mapper.masked(m);
        MemberTally.Standing standing = MemberTally.Standing.of(m);
        members.delete(m);
        members.flush();
        tally.record(standing, null);
        outbox.record(ENTITY, id, ChangeKind.DELETED, last);
    }

    private Member change(Member m, Checked c, PartyOrganization org) {
        long before = m.version;
        MemberTally.Standing standing = MemberTally.Standing.of(m);
        apply(m, c, org);
        members.flush();
        // A record sent again unchanged is not a change: no new version, no feed row.
        if (m.version != before) {
            tally.record(standing, MemberTally.Standing.of(m));
            outbox.record(ENTITY, m.id, ChangeKind.UPDATED, mapper.masked(m));
        }
        return m;
    }

    private PartyOrganization organization(long id) {
        PartyOrganization org = organizations.findByIdOptional(id)
                .orElseThrow(() -> Problems.unprocessable("member.organization.missing", id));
        scope.requireWithin(org.regionCode);
        return org;
    }

    private void apply(Member m, Checked c, PartyOrganization org) {
        apply(m, c, org.id, org.regionCode);
    }

    /** Sets the member from a checked request; the bulk path calls it with the organization it looked up. */
    void apply(Member m, Checked c, long organizationId, String regionCode) {
        MemberRequest r = c.request();
        m.organizationId = organizationId;
        m.regionCode = regionCode;
        m.name = r.name().trim();
        m.gender = c.gender();
        m.ethnicity = blankToNull(r.ethnicity());
        m.birthDate = c.birthDate();
        m.education = r.education();
        // Encryption is randomized: re-encrypt only what changed, so an unchanged record stays unchanged.
        if (!c.idNumberHash().equals(m.idNumberHash)) {
            m.idNumberHash = c.idNumberHash();
            m.idNumberEncrypted = personalData.encrypt(c.idNumber().value());
        }
        if (m.phoneEncrypted == null || !Objects.equals(c.phone(), personalData.decrypt(m.phoneEncrypted))) {
            m.phoneEncrypted = personalData.encrypt(c.phone());
        }
        m.joinedOn = r.joinedOn();
        m.fullMemberOn = r.fullMemberOn();
        m.status = r.status();
        m.leftOn = r.leftOn();
        Flowing flowing = r.flowing() == null ? Flowing.NOT_AWAY : r.flowing();
        m.flowingAway = flowing.away();
        m.flowingWhere = m.flowingAway ? flowing.where().trim() : null;
        m.flowingSince = m.flowingAway ? flowing.since() : null;
        m.doorPlateOn = r.doorPlateOn();
        if (r.externalRef() != null) {
            m.externalSystem = r.externalRef().system();
            m.externalId = r.externalRef().id();
        }
    }

    /** The value rules, all reported at once as field errors (400). */
    Checked check(MemberRequest r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = Today.inChina();

        IdNumber id = null;
        String idProblem = IdNumber.problemWith(r.idNumber());
        if (idProblem != null) {
            errors.add(FieldError.of("idNumber", idProblem));
        } else {
            id = IdNumber.parse(r.idNumber());
        }
        LocalDate birth = r.birthDate();
        Gender gender = r.gender();
        if (id != null) {
            if (birth != null && !birth.equals(id.birthDate())) {
                errors.add(FieldError.of("birthDate", "member.birth-date.id-mismatch"));
            }
            if (gender != null && gender != Gender.of(id.male())) {
                errors.add(FieldError.of("gender", "member.gender.id-mismatch"));
            }
            birth = id.birthDate();
            gender = Gender.of(id.male());
        }

        String phone = r.phone() == null ? null : r.phone().trim();
        if (phone != null && !MOBILE.matcher(phone).matches()) {
            errors.add(FieldError.of("phone", "member.phone.shape"));
        }

        LocalDate joined = r.joinedOn();
        if (joined.isAfter(today)) {
            errors.add(FieldError.of("joinedOn", "member.date.future"));
        } else if (birth != null && joined.isBefore(birth.plusYears(18))) {
            errors.add(FieldError.of("joinedOn", "member.joined.under-18"));
        }
        if (r.fullMemberOn() != null) {
            if (!r.fullMemberOn().isAfter(joined)) {
                errors.add(FieldError.of("fullMemberOn", "member.full.not-after-joined", joined));
            } else if (r.fullMemberOn().isAfter(today)) {
                errors.add(FieldError.of("fullMemberOn", "member.date.future"));
            } else if (r.status() == MemberStatus.PROBATIONARY) {
                errors.add(FieldError.of("fullMemberOn", "member.full.while-probationary"));
            }
        }
        if (r.leftOn() != null) {
            if (r.status().active()) {
                errors.add(FieldError.of("leftOn", "member.left.status", r.status()));
            } else if (r.leftOn().isBefore(joined)) {
                errors.add(FieldError.of("leftOn", "member.left.before-joined", joined));
            } else if (r.leftOn().isAfter(today)) {
                errors.add(FieldError.of("leftOn", "member.date.future"));
            }
        }
        Flowing flowing = r.flowing();
        if (flowing != null) {
            if (!flowing.away() && (flowing.where() != null || flowing.since() != null)) {
                errors.add(FieldError.of("flowing.away", "member.flowing.not-away"));
            }
            if (flowing.away() && (flowing.where() == null || flowing.where().isBlank())) {
                errors.add(FieldError.of("flowing.where", "field.required"));
            }
            if (flowing.since() != null && flowing.since().isAfter(today)) {
                errors.add(FieldError.of("flowing.since", "member.date.future"));
            }
        }
        if (r.doorPlateOn() != null && r.doorPlateOn().isAfter(today)) {
            errors.add(FieldError.of("doorPlateOn", "member.date.future"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new Checked(r, id, personalData.hash(id.value()), phone, birth, gender);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
