package org.ruralrevival.bench.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Writes a generated province as NDJSON, one file per collection, each line the JSON body of that
 * collection's single-record POST (so a file can be posted to {@code /api/v1/{collection}/bulk}).
 *
 * <pre>
 * java -cp … Generator --out DIR [--seed 20261122] [--counties 100] [--villages 20000]
 *      [--members 1000000] [--as-of 2025-12-31] [--only regions,organizations,…]
 *      [--org-ids FILE] [--term-ids FILE]
 * </pre>
 * Members point at their branch's organization id and committee members at their term's id, ids
 * the services assign: those two files are written only when {@code --org-ids} (lines
 * {@code externalRefId TAB id}, e.g. {@code ORG-620102001201	4711}) or {@code --term-ids} are given.
 */
public final class Generator {

    /** The collections, in the order they can be loaded. */
    public static final List<String> COLLECTIONS = List.of("regions", "organizations", "committee-terms",
            "committee-members", "members", "incomes", "projects", "reserve-cadres", "recruits");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Generator() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = options(args);
        Path out = Path.of(required(opt, "out"));
        Province province = new Province(Long.parseLong(opt.getOrDefault("seed", "20261122")),
                Integer.parseInt(opt.getOrDefault("counties", "100")), Integer.parseInt(opt.getOrDefault("villages", "20000")),
                Integer.parseInt(opt.getOrDefault("members", "1000000")),
                LocalDate.parse(opt.getOrDefault("as-of", "2025-12-31")));
        Set<String> only = new LinkedHashSet<>(List.of(opt.getOrDefault("only", String.join(",", COLLECTIONS)).split(",")));
        Map<String, Long> orgIds = opt.containsKey("org-ids") ? ids(Path.of(opt.get("org-ids"))) : null;
        Map<String, Long> termIds = opt.containsKey("term-ids") ? ids(Path.of(opt.get("term-ids"))) : null;
        Files.createDirectories(out);
        for (String collection : COLLECTIONS) {
            if (!only.contains(collection)) {
                continue;
            }
            if (collection.equals("members") && orgIds == null
                    || collection.equals("committee-members") && termIds == null) {
                System.out.printf("  %-18s skipped: needs --%s%n", collection,
                        collection.equals("members") ? "org-ids" : "term-ids");
                continue;
            }
            long started = System.nanoTime();
            long lines = write(province, collection, out.resolve(collection + ".ndjson"), orgIds, termIds);
            System.out.printf("  %-18s %,10d lines  %6.1f s%n", collection, lines, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Writes one collection; returns the number of lines. */
    public static long write(Province province, String collection, Path file, Map<String, Long> orgIds,
            Map<String, Long> termIds) throws IOException {
        long[] count = {0};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Consumer<Map<String, Object>> sink = record -> {
                line(w, record);
                count[0]++;
            };
            generate(province, collection, sink, lookup(orgIds, Province::branchRef), lookup(termIds, ref -> ref));
        }
        return count[0];
    }

    /** Feeds one collection's records to {@code sink}. */
    public static void generate(Province province, String collection, Consumer<Map<String, Object>> sink,
            ToLongFunction<String> branchIdOfVillage, ToLongFunction<String> termIdOfRef) {
        switch (collection) {
            case "regions" -> province.regions(sink);
            case "organizations" -> province.organizations(sink);
            case "committee-terms" -> province.committeeTerms(sink);
            case "committee-members" -> province.committeeMembers(termIdOfRef, sink);
            case "members" -> province.members(branchIdOfVillage, sink);
            case "incomes" -> province.incomes(sink);
            case "projects" -> province.projects(sink);
            case "reserve-cadres" -> province.reserveCadres(sink);
            case "recruits" -> province.recruits(sink);
            default -> throw new IllegalArgumentException("unknown collection " + collection + "; one of " + COLLECTIONS);
        }
    }

    /** One NDJSON line: compact JSON, so no line breaks inside a record. */
    public static String json(Map<String, Object> record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void line(Writer w, Map<String, Object> record) {
        try {
            w.write(json(record));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ToLongFunction<String> lookup(Map<String, Long> ids, java.util.function.UnaryOperator<String> key) {
        return code -> {
            Long id = ids == null ? null : ids.get(key.apply(code));
            if (id == null) {
                throw new IllegalArgumentException("no id for " + key.apply(code));
            }
            return id;
        };
    }

    /** Reads {@code key TAB id} lines. */
    public static Map<String, Long> ids(Path file) throws IOException {
        Map<String, Long> ids = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                ids.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()));
            }
        }
        return ids;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    private static String required(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }
}
