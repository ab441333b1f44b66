package org.ruralrevival.economy.property;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ruralrevival.platform.paging.PageQuery;

/** Listings and deals of the property-rights exchange. */
@ApplicationScoped
public class PropertyRepository {

    public record Page<T>(List<T> items, long total) {
    }

    public Optional<PropertyListing> listing(long id) {
        return PropertyListing.<PropertyListing>findByIdOptional(id);
    }

    public Optional<PropertyDeal> deal(long id) {
        return PropertyDeal.<PropertyDeal>findByIdOptional(id);
    }

    public Optional<PropertyDeal> dealOf(long listingId) {
        return PropertyDeal.<PropertyDeal>find("listingId", listingId).firstResultOptional();
    }

    public Page<PropertyListing> listings(String prefix, ListingType type, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (type != null) {
            q.append(" and type = :type");
            p.and("type", type);
        }
        var query = PropertyListing.<PropertyListing>find(q + " order by listedOn desc, id", p);
        return new Page<>(query.page(page.toPanache()).list(), query.count());
    }

    public Page<PropertyDeal> deals(String prefix, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("villageCode like :prefix");
        Parameters p = Parameters.with("prefix", prefix + "%");
        if (year != null) {
            q.append(" and year(dealDate) = :year");
            p.and("year", year);
        }
        var query = PropertyDeal.<PropertyDeal>find(q + " order by dealDate desc, id", p);
        return new Page<>(query.page(page.toPanache()).list(), query.count());
    }

    public void persist(Object entity) {
        Panache.getEntityManager().persist(entity);
    }

    public void delete(Object entity) {
        Panache.getEntityManager().remove(entity);
    }

    public void flush() {
        Panache.getEntityManager().flush();
    }
}
