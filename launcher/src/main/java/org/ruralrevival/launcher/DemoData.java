package org.ruralrevival.launcher;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo county (榆中县, from the seeds) loaded through the public API with {@code ./run.sh --demo}.
 * The records are the JSON files in {@code demo/} (see {@code demo/README.md} for their shape); this
 * class only sends them. Every record is looked up first with the file's {@code find} query, so a second
 * run finds everything and writes nothing; records that others point at carry {@code "$id"}, and
 * {@code "@<ref>"} strings are replaced by the id the service gave them.
 */
final class DemoData {

    static final String DIRECTORY = "demo/";
    static final String FILE_LIST = DIRECTORY + "files.txt";
    /** {@code "@org:620123104201"}: the id of the record whose {@code $id} is {@code org:620123104201}. */
    static final Pattern REFERENCE = Pattern.compile("^@([a-z]+:\\S+)$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** Amounts stay exact decimals (48000.00 is sent as written, never through a double). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String API = "/api/v1/";

    /** One file: the records of one collection, in the order they are sent. */
    record DemoFile(String name, String service, String collection, String find, List<String> match,
            List<ObjectNode> records) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> baseUrlByService;
    private final String token;
    private final Map<String, Long> ids = new HashMap<>();

    /**
     * @param baseUrlByService where each service's collections are reached ({@code organization},
     *        {@code economy}, {@code talent}; {@code gateway} for its own views when it runs), e.g.
     *        {@code http://localhost:8080}: the gateway for all, or the services themselves
     */
    DemoData(Map<String, String> baseUrlByService, String token) {
        this.baseUrlByService = baseUrlByService;
        this.token = token;
    }

    /** The files named in {@code demo/files.txt}, in its order. */
    static List<DemoFile> read() throws IOException {
        List<DemoFile> files = new ArrayList<>();
        for (String line : new String(resource(FILE_LIST), StandardCharsets.UTF_8).split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            JsonNode doc = JSON.readTree(resource(DIRECTORY + name));
            List<String> match = new ArrayList<>();
            doc.path("match").forEach(field -> match.add(field.asText()));
            List<ObjectNode> records = new ArrayList<>();
            doc.path("records").forEach(record -> records.add((ObjectNode) record));
            files.add(new DemoFile(name, doc.path("service").asText(), doc.path("collection").asText(),
                    doc.path("find").asText(null), match, records));
        }
        return files;
    }

    /** Sends every record that is not there yet; prints one line per collection. */
    void load() throws IOException, InterruptedException {
        for (DemoFile file : read()) {
            String base = baseUrlByService.get(file.service());
            if (base == null) {
                throw new IllegalStateException(file.name() + ": no running service for " + file.service());
            }
            int created = 0;
            int found = 0;
            for (ObjectNode original : file.records()) {
                ObjectNode record = (ObjectNode) resolve(original.deepCopy());
                String ref = textOrNull(record.remove("$id"));
                JsonNode steps = record.remove("$steps");
                Long id = null;
                boolean exists = false;
                if (file.find() != null) {
                    JsonNode existing = find(base, file, record);
                    exists = existing != null;
                    id = existing == null || !existing.has("id") ? null : existing.get("id").asLong();
                }
                if (!exists) {
                    JsonNode answer = send("POST", base + API + file.collection(), record, file, record);
                    id = answer.has("id") ? answer.get("id").asLong() : null;
                    if (steps != null) {
                        for (JsonNode step : steps) {
                            send("POST", base + API + file.collection() + "/" + id + "/" + step.get("path").asText(),
                                    resolve(step.get("body").deepCopy()), file, record);
                        }
                    }
                    created++;
                } else {
                    found++;
                }
                if (ref != null) {
                    if (id == null) {
                        throw new IllegalStateException(file.name() + ": no id for " + ref);
                    }
                    ids.put(ref, id);
                }
            }
            System.out.printf("  %-26s %3d sent, %3d already there%n", file.collection(), created, found);
        }
    }

    /** The stored record the file's find query and match fields point at, or null. */
    private JsonNode find(String base, DemoFile file, ObjectNode record) throws IOException, InterruptedException {
        Matcher m = PLACEHOLDER.matcher(file.find());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            JsonNode value = record.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(file.name() + ": find names " + m.group(1) + ", which the record lacks");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8)));
        }
        m.appendTail(path);
        HttpResponse<String> response = http.send(request(base + API + path.substring(1)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw failure("GET " + path, response, file, record);
        }
        JsonNode body = JSON.readTree(response.body());
        if (!body.has("items")) {
            return body; // a single resource by its natural key (/regions/{code})
        }
        for (JsonNode item : body.get("items")) {
            boolean same = true;
            for (String field : file.match()) {
                same &= item.has(field) && item.get(field).asText().equals(record.path(field).asText());
            }
            if (same) {
                return item;
            }
        }
        return null;
    }

    private JsonNode send(String method, String url, JsonNode body, DemoFile file, ObjectNode record)
            throws IOException, InterruptedException {
        HttpRequest request = request(url).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw failure(method + " " + url, response, file, record);
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static IllegalStateException failure(String what, HttpResponse<String> response, DemoFile file,
            ObjectNode record) {
        // The members' ID numbers are personal data: name the record by its position, not its content.
        return new IllegalStateException(file.name() + ", record " + (file.records().indexOf(record) + 1) + ": "
                + what + " answered " + response.statusCode() + ": " + response.body());
    }

    /** Replaces every {@code "@<ref>"} string with the id that record got; an unknown ref is an error. */
    private JsonNode resolve(JsonNode node) {
        if (node.isTextual()) {
            Matcher m = REFERENCE.matcher(node.asText());
            if (m.matches()) {
                Long id = ids.get(m.group(1));
                if (id == null) {
                    throw new IllegalStateException("unknown or not yet loaded reference " + node.asText());
                }
                return LongNode.valueOf(id);
            }
            return node;
        }
        if (node.isObject()) {
            Iterator<Entry<String, JsonNode>> fields = node.fields();
            List<Entry<String, JsonNode>> copy = new ArrayList<>();
            fields.forEachRemaining(copy::add);
            for (Entry<String, JsonNode> field : copy) {
                ((ObjectNode) node).set(field.getKey(), resolve(field.getValue()));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i)));
            }
        }
        return node;
    }

    /** Example calls that show the demo county; only those that answer 200 now are printed. */
    void printExamples() {
        String[][] examples = {
            {"organization", "the villages of 夏官营镇", "regions/620123104000/children"},
            {"organization", "高墩营村's party organizations", "organizations?region=620123104201"},
            {"organization", "its party members (ID numbers masked unless the role allows)", "members?region=620123104201"},
            {"organization", "its two committees elected in 2021", "committee-members?region=620123104201&year=2021"},
            {"gateway", "one village from all three services", "villages/620123104201/profile"},
            {"organization", "榆中县's party organizations report", "reports/organization?region=620123&year=2023"},
            {"economy", "its collective economy, 2023 against 2022", "reports/economy?region=620123&year=2023"},
            {"talent", "its talent report", "reports/talent?region=620123&year=2024"},
            {"gateway", "every figure of the county in one call", "reports/summary?region=620123&year=2023"},
        };
        System.out.println();
        System.out.println("Demo county 榆中县 (620123) is loaded. Try, with AUTH=\"Authorization: Bearer $(cat .run/token)\":");
        for (String[] example : examples) {
            String base = baseUrlByService.get(example[0]);
            if (base == null) {
                continue;
            }
            String url = base + API + example[2];
            try {
                HttpResponse<Void> response = http.send(request(url).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    System.out.printf("  # %s%n  curl -s -H \"$AUTH\" '%s'%n", example[1], url);
                }
            } catch (IOException e) {
                // not served (yet): leave it out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null ? null : node.asText();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + name));
            }
            return in.readAllBytes();
        }
    }
}
