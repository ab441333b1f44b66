package org.ruralrevival.economy.property;

import static org.hamcrest.Matchers.equalTo;
import static org.ruralrevival.economy.Fixtures.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralrevival.economy.Fixtures;

@QuarkusTest
class PropertyExchangeTest {

    @Test
    void aListingClosesWithOneDealOnOrAfterTheDayItWasListed() {
        Fixtures.village("150621105201", "树林召村");
        int listing = editor().body(Map.of("villageCode", "150621105201", "type", "FARMHOUSE", "title", "农家院",
                        "listedOn", "2021-06-01", "askingPrice", 300000))
                .post("/api/v1/property-listings").then().statusCode(201).body("dealId", equalTo(null)).extract().path("id");
        editor().body(Map.of("listingId", listing, "price", 280000, "dealDate", "2021-05-31")).post("/api/v1/property-deals")
                .then().statusCode(422).body("rule", equalTo("deal.before-listing"));
        int deal = editor().body(Map.of("listingId", listing, "price", new BigDecimal("280000.50"), "dealDate", "2021-09-15",
                        "counterparty", "某旅游公司"))
                .post("/api/v1/property-deals").then().statusCode(201).body("price", equalTo(280000.50f)).extract().path("id");
        editor().body(Map.of("listingId", listing, "price", 1, "dealDate", "2021-09-16")).post("/api/v1/property-deals")
                .then().statusCode(409).body("rule", equalTo("deal.duplicate"));
        editor().get("/api/v1/property-listings/" + listing).then().body("dealId", equalTo(deal));
        editor().header("If-Match", "\"0\"").delete("/api/v1/property-listings/" + listing)
                .then().statusCode(409).body("rule", equalTo("listing.closed"));
        editor().queryParam("region", "150621105").queryParam("year", 2021).get("/api/v1/property-deals")
                .then().body("total", equalTo(1));
    }

    @Test
    void refusesLandWithoutAreaMissingListingsAndFutureDates() {
        Fixtures.village("150621105202", "土地村");
        editor().body(Map.of("villageCode", "150621105202", "type", "LAND", "title", "土地", "listedOn", "2021-06-01"))
                .post("/api/v1/property-listings").then().statusCode(400).body("errors[0].rule", equalTo("listing.area.required"));
        editor().body(Map.of("villageCode", "150621105202", "type", "LAND", "title", "土地", "listedOn", "2021-06-01",
                        "areaMu", new BigDecimal("10.001")))
                .post("/api/v1/property-listings").then().statusCode(400).body("errors[0].rule", equalTo("listing.area"));
        editor().body(Map.of("villageCode", "150621105202", "type", "CASTLE", "title", "x", "listedOn", "2021-06-01"))
                .post("/api/v1/property-listings").then().statusCode(400).body("errors[0].field", equalTo("type"));
        editor().body(Map.of("villageCode", "150621105202", "type", "FARMHOUSE", "title", "x", "listedOn", "2999-06-01"))
                .post("/api/v1/property-listings").then().statusCode(400).body("errors[0].rule", equalTo("date.future"));
        editor().body(Map.of("listingId", 987654321, "price", 1, "dealDate", "2021-09-16")).post("/api/v1/property-deals")
                .then().statusCode(422).body("rule", equalTo("deal.listing.missing"));
        editor().queryParam("region", "150621105202").get("/api/v1/property-listings").then().body("total", equalTo(0));
    }
}
