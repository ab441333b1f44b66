package org.ruralrevival.economy.property;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ruralrevival.economy.money.Yuan;
import org.ruralrevival.platform.concurrency.Versions;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.outbox.Outbox;
import org.ruralrevival.platform.paging.PageQuery;
import org.ruralrevival.platform.paging.PageResult;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.regionref.KnownRegion;
import org.ruralrevival.platform.regionref.KnownRegions;
import org.ruralrevival.platform.security.CallerScope;

/**
 * Rules of the property-rights exchange: land is listed with its area, a listing closes with at
 * most one deal, on or after the day it was listed and not in the future; a listing with a deal
 * stays (it is the deal's record).
 */
@ApplicationScoped
public class PropertyService {

    public static final String LISTING = "property-listing";
    public static final String DEAL = "property-deal";

    private final PropertyRepository repository;
    private final KnownRegions regions;
    private final Outbox outbox;
    private final CallerScope scope;

    PropertyService(PropertyRepository repository, KnownRegions regions, Outbox outbox, CallerScope scope) {
        this.repository = repository;
        this.regions = regions;
        this.outbox = outbox;
        this.scope = scope;
    }

    public PropertyListing listing(long id) {
        PropertyListing l = repository.listing(id).orElseThrow(() -> Problems.notFound("entity.property-listing", id));
        scope.requireWithin(l.villageCode);
        return l;
    }

    public PropertyDeal deal(long id) {
        PropertyDeal d = repository.deal(id).orElseThrow(() -> Problems.notFound("entity.property-deal", id));
        scope.requireWithin(d.villageCode);
        return d;
    }

    public PropertyListingDto dto(PropertyListing l) {
        return new PropertyListingDto(l.id, l.villageCode, regions.local(l.villageCode).map(r -> r.name).orElse(null),
                l.type, l.title, l.areaMu, l.askingPrice, l.listedOn,
                l.id == null ? null : repository.dealOf(l.id).map(d -> d.id).orElse(null), l.version);
    }

    public PageResult<PropertyListingDto> listings(String region, ListingType type, PageQuery page) {
        var found = repository.listings(scope.restrict(region), type, page);
        return new PageResult<>(found.items().stream().map(this::dto).toList(), page.page, page.size, found.total());
    }

    public PageResult<PropertyDealDto> deals(String region, Integer year, PageQuery page) {
        var found = repository.deals(scope.restrict(region), year, page);
        return new PageResult<>(found.items().stream().map(PropertyDealDto::of).toList(), page.page, page.size, found.total());
    }

    @Transactional
    public PropertyListing createListing(PropertyListingRequest r) {
        check(r);
        scope.requireWithin(r.villageCode());
        KnownRegion village = regions.require("villageCode", r.villageCode(), RegionLevel.VILLAGE);
        PropertyListing l = new PropertyListing();
        l.villageCode = village.code;
        apply(l, r);
        repository.persist(l);
        repository.flush();
        outbox.record(LISTING, l.id, ChangeKind.CREATED, dto(l));
        return l;
    }

    @Transactional
    public PropertyListing updateListing(long id, String ifMatch, PropertyListingRequest r) {
        PropertyListing l = listing(id);
        Versions.check(ifMatch, l.version);
        check(r);
        if (!r.villageCode().equals(l.villageCode)) {
            scope.requireWithin(r.villageCode());
            if (repository.dealOf(l.id).isPresent()) {
                throw Problems.conflict("listing.closed", l.id);
            }
            l.villageCode = regions.require("villageCode", r.villageCode(), RegionLevel.VILLAGE).code;
        }
        var deal = repository.dealOf(l.id);
        if (deal.isPresent() && deal.get().dealDate.isBefore(r.listedOn())) {
            throw Problems.unprocessable("deal.before-listing", deal.get().dealDate, r.listedOn());
        }
        apply(l, r);
        repository.flush();
        outbox.record(LISTING, l.id, ChangeKind.UPDATED, dto(l));
        return l;
    }

    @Transactional
    public void deleteListing(long id, String ifMatch) {
        PropertyListing l = listing(id);
        Versions.check(ifMatch, l.version);
        if (repository.dealOf(l.id).isPresent()) {
            throw Problems.conflict("listing.closed", l.id);
        }
        PropertyListingDto last = dto(l);
        repository.delete(l);
        repository.flush();
        outbox.record(LISTING, id, ChangeKind.DELETED, last);
    }

    @Transactional
    public PropertyDeal createDeal(PropertyDealRequest r) {
        checkDeal(r);
        PropertyListing l = repository.listing(r.listingId())
                .orElseThrow(() -> Problems.unprocessable("deal.listing.missing", r.listingId()));
        scope.requireWithin(l.villageCode);
        if (repository.dealOf(l.id).isPresent()) {
            throw Problems.conflict("deal.duplicate", l.id);
        }
        if (r.dealDate().isBefore(l.listedOn)) {
            throw Problems.unprocessable("deal.before-listing", r.dealDate(), l.listedOn);
        }
        PropertyDeal d = new PropertyDeal();
        d.listingId = l.id;
        d.villageCode = l.villageCode;
        applyDeal(d, r);
        repository.persist(d);
        repository.flush();
        outbox.record(DEAL, d.id, ChangeKind.CREATED, PropertyDealDto.of(d));
        return d;
    }

    @Transactional
    public PropertyDeal updateDeal(long id, String ifMatch, PropertyDealRequest r) {
        PropertyDeal d = deal(id);
        Versions.check(ifMatch, d.version);
        if (r.listingId() != null && r.listingId() != d.listingId) {
            throw Problems.invalidField("listingId", "deal.listing.immutable", d.listingId);
        }
        checkDeal(r);
        PropertyListing l = listing(d.listingId);
        if (r.dealDate().isBefore(l.listedOn)) {
            throw Problems.unprocessable("deal.before-listing", r.dealDate(), l.listedOn);
        }
        applyDeal(d, r);
        repository.flush();
        outbox.record(DEAL, d.id, ChangeKind.UPDATED, PropertyDealDto.of(d));
        return d;
    }

    @Transactional
    public void deleteDeal(long id, String ifMatch) {
        PropertyDeal d = deal(id);
        Versions.check(ifMatch, d.version);
        PropertyDealDto last = PropertyDealDto.of(d);
        repository.delete(d);
        repository.flush();
        outbox.record(DEAL, id, ChangeKind.DELETED, last);
    }

    private static void check(PropertyListingRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Yuan.check(errors, "askingPrice", r.askingPrice(), false, false);
        BigDecimal area = r.areaMu();
        if (area == null && r.type() == ListingType.LAND) {
            errors.add(FieldError.of("areaMu", "listing.area.required"));
        } else if (area != null && (area.signum() <= 0 || area.stripTrailingZeros().scale() > 2
                || area.compareTo(new BigDecimal("9999999999")) > 0)) {
            errors.add(FieldError.of("areaMu", "listing.area", area.toPlainString()));
        }
        if (r.listedOn().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("listedOn", "date.future", r.listedOn()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static void checkDeal(PropertyDealRequest r) {
        List<FieldError> errors = new ArrayList<>();
        Yuan.check(errors, "price", r.price(), true, false);
        if (r.dealDate().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("dealDate", "date.future", r.dealDate()));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
    }

    private static void apply(PropertyListing l, PropertyListingRequest r) {
        l.type = r.type();
        l.title = r.title().trim();
        l.areaMu = r.areaMu() == null ? null : r.areaMu().setScale(2);
        l.askingPrice = Yuan.of(r.askingPrice());
        l.listedOn = r.listedOn();
    }

    private static void applyDeal(PropertyDeal d, PropertyDealRequest r) {
        d.price = Yuan.of(r.price());
        d.dealDate = r.dealDate();
        d.counterparty = r.counterparty();
    }
}
