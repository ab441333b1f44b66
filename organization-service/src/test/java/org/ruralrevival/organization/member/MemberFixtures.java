package org.ruralrevival.organization.member;

import static org.ruralrevival.organization.Fixtures.editor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.ruralrevival.organization.Fixtures;
import org.ruralrevival.platform.identity.IdNumber;

/** Organizations, ID numbers and members for the member tests, built through the API. */
public final class MemberFixtures {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private MemberFixtures() {
    }

    /** A valid ID number: address code, birth date, 3-digit sequence (odd for men) and its check character. */
    public static String idNumber(String area6, LocalDate birth, int sequence) {
        String first17 = area6 + birth.format(BASIC) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The town {@code county6 + 101} and a committee there; returns the organization id. */
    public static int townCommittee(String county6) {
        Fixtures.countyWithTown(county6, "101");
        return organization("中共" + county6 + "镇委员会", "COMMITTEE", null, county6 + "101000");
    }

    public static int organization(String name, String type, Integer parentId, String regionCode) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "regionCode", regionCode));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return editor().body(body).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** The least a member needs: organization, name, ID number, joining date and status FULL. */
    public static Map<String, Object> member(int organizationId, String name, String idNumber, String joinedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("joinedOn", joinedOn);
        body.put("status", "FULL");
        return body;
    }

    public static int create(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/members").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }
}
