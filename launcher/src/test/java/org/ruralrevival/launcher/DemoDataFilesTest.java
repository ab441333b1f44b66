package org.ruralrevival.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ruralrevival.platform.identity.IdNumber;
import org.ruralrevival.platform.region.DivisionCode;

/** The demo county's files hold data the services accept: checked here with the services' own rules. */
class DemoDataFilesTest {

    private static final Set<String> REGION_FIELDS = Set.of("code", "regionCode", "villageCode");

    private final List<DemoData.DemoFile> files = readFiles();

    @Test
    void everyDivisionCodeIsValidAndNestsUnderARegionLoadedBeforeIt() {
        DemoData.DemoFile regions = file("regions");
        Set<String> loaded = new HashSet<>();
        for (ObjectNode region : regions.records()) {
            String code = region.get("code").asText();
            assertNull(DivisionCode.problemWith(code), code);
            DivisionCode.of(code).parent().ifPresent(parent ->
                    assertTrue(loaded.contains(parent.value()), code + " comes before its parent " + parent.value()));
            assertTrue(loaded.add(code), "region " + code + " twice");
        }
        assertTrue(loaded.size() >= 3 + 4 + 12, "a province, city, county, its towns and a dozen villages");
    }

    @Test
    void everyRegionTheOtherFilesNameIsInTheRegionsFile() {
        Set<String> regions = new HashSet<>();
        file("regions").records().forEach(r -> regions.add(r.get("code").asText()));
        List<String> named = new ArrayList<>();
        for (DemoData.DemoFile f : files) {
            if (!f.collection().equals("regions")) {
                f.records().forEach(r -> collectRegionCodes(r, named));
            }
        }
        assertFalse(named.isEmpty());
        for (String code : named) {
            assertTrue(regions.contains(code), code + " is named but not loaded");
        }
    }

    @Test
    void everyIdNumberIsValidAndAgreesWithTheGenderAndBirthDateGiven() {
        int checked = 0;
        for (String collection : List.of("members", "recruits")) {
            for (ObjectNode person : file(collection).records()) {
                String number = person.get("idNumber").asText();
                assertNull(IdNumber.problemWith(number), person.get("name").asText());
                IdNumber id = IdNumber.parse(number);
                assertTrue(number.startsWith("620123"), "area code of 榆中县");
                if (person.has("birthDate")) {
                    assertEquals(id.birthDate(), LocalDate.parse(person.get("birthDate").asText()), number);
                }
                if (person.has("gender")) {
                    assertEquals(id.male() ? "MALE" : "FEMALE", person.get("gender").asText(), person.get("name").asText());
                }
                checked++;
            }
        }
        assertTrue(checked >= 10, "a dozen people");
    }

    @Test
    void everyReferenceNamesARecordOfAnEarlierPlaceAndEveryNameIsGivenOnce() {
        Set<String> named = new HashSet<>();
        int references = 0;
        for (DemoData.DemoFile f : files) {
            for (ObjectNode record : f.records()) {
                references += checkReferences(record, named, f.name());
                if (record.has("$id")) {
                    assertTrue(named.add(record.get("$id").asText()), "$id " + record.get("$id") + " twice");
                }
            }
        }
        assertTrue(references > 20, "the files are linked by references");
    }

    @Test
    void everyFindQueryAndMatchFieldIsFilledByEveryRecordOfItsFile() {
        Pattern placeholder = Pattern.compile("\\{([A-Za-z]+)}");
        for (DemoData.DemoFile f : files) {
            assertTrue(f.find() != null && f.find().startsWith("/" + f.collection().split("/")[0]),
                    f.name() + " has a find query on its own collection, so a second run finds its records");
            assertTrue(List.of("organization", "economy", "talent").contains(f.service()), f.name());
            assertFalse(f.records().isEmpty(), f.name());
            for (ObjectNode record : f.records()) {
                Matcher m = placeholder.matcher(f.find());
                while (m.find()) {
                    assertTrue(record.hasNonNull(m.group(1)), f.name() + ": a record lacks " + m.group(1));
                }
                for (String field : f.match()) {
                    assertTrue(record.hasNonNull(field), f.name() + ": a record lacks " + field);
                }
            }
        }
    }

    private static int checkReferences(JsonNode node, Set<String> named, String file) {
        int count = 0;
        if (node.isTextual()) {
            Matcher m = DemoData.REFERENCE.matcher(node.asText());
            if (m.matches()) {
                assertTrue(named.contains(m.group(1)), file + ": " + node.asText() + " is not an earlier record");
                count++;
            }
        }
        for (JsonNode child : node) {
            count += checkReferences(child, named, file);
        }
        return count;
    }

    private static void collectRegionCodes(JsonNode node, List<String> codes) {
        node.fields().forEachRemaining(field -> {
            if (REGION_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                codes.add(field.getValue().asText());
            }
        });
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                collectRegionCodes(child, codes);
            }
        }
    }

    private DemoData.DemoFile file(String collection) {
        return files.stream().filter(f -> f.collection().equals(collection)).findFirst().orElseThrow();
    }

    private static List<DemoData.DemoFile> readFiles() {
        try {
            return DemoData.read();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
