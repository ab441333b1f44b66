package org.ruralrevival.k8scheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ruralrevival.k8scheck.Suite.Service;

/** The rendered overlays fit the services as built: images, ports, probes, configuration, scaling, network. */
class ManifestsMatchServicesTest {

    /** The paths SmallRye Health serves in Quarkus 3 (started = the startup probe's group). */
    private static final Map<String, String> PROBES = Map.of("startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");

    static List<String> overlays() {
        return Suite.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasOneDeploymentAndNothingElseIsDeployed(String overlay) {
        Set<String> deployed = names(Suite.ofKind(Suite.render(overlay), "Deployment"));

        Set<String> services = Suite.services().stream().map(Service::artifactId).collect(Collectors.toSet());
        assertTrue(services.size() >= 4, "the four services expected, found " + services);
        assertEquals(services, deployed, overlay + ": Deployments");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesAreTheServiceArtifactsWithAPinnedTag(String overlay) {
        for (Service service : Suite.services()) {
            JsonNode container = container(overlay, service);
            String image = container.path("image").asText();
            int colon = image.lastIndexOf(':');
            assertTrue(colon > image.lastIndexOf('/'), overlay + ": " + image + " has no tag");
            String repository = image.substring(0, colon);
            String tag = image.substring(colon + 1);
            assertTrue(repository.endsWith("rural-revival/" + service.artifactId()),
                    overlay + ": image " + image + " is not the artifact " + service.artifactId());
            assertNotEquals("latest", tag, overlay + ": " + image);
            if (overlay.equals("prod")) {
                assertTrue(tag.matches("\\d+\\.\\d+\\.\\d+"), "prod runs release images, not " + image);
            } else {
                assertEquals(Suite.PROJECT_VERSION, tag, overlay + " runs the images built from this checkout");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void portsAndProbesAreTheServicesOwn(String overlay) {
        for (Service service : Suite.services()) {
            JsonNode container = container(overlay, service);
            JsonNode http = port(container, "http").orElseThrow(() -> new AssertionError(service.artifactId() + ": no port named http"));
            assertEquals(service.port(), http.path("containerPort").asInt(), overlay + ": " + service.artifactId() + " listens on");
            PROBES.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertEquals(path, get.path("path").asText(), overlay + ": " + service.artifactId() + " " + probe);
                String port = get.path("port").asText();
                assertTrue(port.equals("http") || port.equals(Integer.toString(service.port())),
                        overlay + ": " + service.artifactId() + " " + probe + " port " + port);
            });
            JsonNode serviceObject = named(Suite.ofKind(Suite.render(overlay), "Service"), service.artifactId());
            JsonNode servicePort = serviceObject.path("spec").path("ports").get(0);
            assertEquals(service.port(), servicePort.path("port").asInt(), "the URL other services call has the same port");
            assertEquals("http", servicePort.path("targetPort").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void containersRunAsNonRootWithRequestsAndLimits(String overlay) {
        for (JsonNode deployment : Suite.ofKind(Suite.render(overlay), "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), name(deployment) + " runAsNonRoot");
            assertTrue(pod.at("/securityContext/runAsUser").asInt() > 0, name(deployment) + " runAsUser");
            for (JsonNode container : pod.path("containers")) {
                assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), name(deployment));
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertFalse(container.at("/resources/" + bound + "/" + resource).asText().isEmpty(),
                                overlay + ": " + name(deployment) + " " + bound + "." + resource);
                    }
                }
            }
        }
    }

    /** What a service's application.properties takes from the environment and has no cluster default for is set. */
    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceGetsTheEnvironmentItsConfigurationNeeds(String overlay) {
        for (Service service : Suite.services()) {
            Set<String> given = env(container(overlay, service)).keySet();
            assertTrue(given.containsAll(service.requiredEnv()),
                    overlay + ": " + service.artifactId() + " lacks " + difference(service.requiredEnv(), given));
        }
    }

    /**
     * Every ConfigMap key referenced is rendered in the overlay. Secrets are rendered by dev (throwaway values);
     * prod creates them by hand, so prod may reference only the Secrets and keys dev defines
     * (the list in docs/deployment.md).
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void everyReferencedConfigMapAndSecretKeyExists(String overlay) {
        List<JsonNode> objects = Suite.render(overlay);
        Map<String, Set<String>> configMaps = keys(Suite.ofKind(objects, "ConfigMap"));
        Map<String, Set<String>> secrets = keys(Suite.ofKind(objects, "Secret"));
        if (secrets.isEmpty()) {
            // dev's generated names carry kustomize's content hash; prod's hand-made Secrets do not
            secrets = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> secret : keys(Suite.ofKind(Suite.render("dev"), "Secret")).entrySet()) {
                secrets.put(secret.getKey().replaceFirst("-[a-z0-9]{10}$", ""), secret.getValue());
            }
        }
        int references = 0;
        for (JsonNode workload : workloads(objects)) {
            for (JsonNode container : workload.at("/spec/template/spec/containers")) {
                for (JsonNode variable : container.path("env")) {
                    JsonNode from = variable.path("valueFrom");
                    references += checkRef(overlay, configMaps, from.path("configMapKeyRef"), "ConfigMap");
                    references += checkRef(overlay, secrets, from.path("secretKeyRef"), "Secret");
                }
                for (JsonNode source : container.path("envFrom")) {
                    String name = source.at("/configMapRef/name").asText(source.at("/secretRef/name").asText());
                    assertTrue(configMaps.containsKey(name) || secrets.containsKey(name), overlay + ": envFrom " + name);
                }
            }
        }
        assertTrue(references > 10, overlay + ": only " + references + " references checked");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasAnAutoscalerADisruptionBudgetAndANetworkPolicy(String overlay) {
        List<JsonNode> objects = Suite.render(overlay);
        for (Service service : Suite.services()) {
            String name = service.artifactId();
            JsonNode hpa = named(Suite.ofKind(objects, "HorizontalPodAutoscaler"), name);
            assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
            assertEquals(name, hpa.at("/spec/scaleTargetRef/name").asText());
            assertTrue(hpa.at("/spec/maxReplicas").asInt() >= hpa.at("/spec/minReplicas").asInt(1), name + " replicas");
            if (overlay.equals("prod")) {
                assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, "prod keeps two replicas of " + name);
            }
            JsonNode pdb = named(Suite.ofKind(objects, "PodDisruptionBudget"), name);
            assertEquals(name, pdb.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
            JsonNode policy = named(Suite.ofKind(objects, "NetworkPolicy"), name);
            assertEquals(name, policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText());
            assertEquals(List.of("Ingress", "Egress"), texts(policy.at("/spec/policyTypes")));
            JsonNode deployment = named(Suite.ofKind(objects, "Deployment"), name);
            assertEquals(name, deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1name").asText(),
                    "the policies select the pods by this label");
        }
        JsonNode deny = named(Suite.ofKind(objects, "NetworkPolicy"), "default-deny");
        assertTrue(deny.at("/spec/podSelector").isEmpty(), "default-deny covers every pod");
        JsonNode dns = named(Suite.ofKind(objects, "NetworkPolicy"), "allow-dns");
        assertTrue(dns.toString().contains("\"port\":53"), "DNS is allowed");
    }

    /** Only the gateway is reachable from outside: the one Ingress, no NodePort or LoadBalancer, no other namespace in. */
    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromOutside(String overlay) {
        List<JsonNode> objects = Suite.render(overlay);
        List<JsonNode> ingresses = Suite.ofKind(objects, "Ingress");
        assertEquals(1, ingresses.size());
        Set<String> backends = new HashSet<>();
        ingresses.get(0).findValues("service").forEach(s -> backends.add(s.path("name").asText()));
        assertEquals(Set.of("gateway"), backends);
        for (JsonNode service : Suite.ofKind(objects, "Service")) {
            String type = service.at("/spec/type").asText("ClusterIP");
            assertEquals("ClusterIP", type, name(service) + " is exposed as " + type);
        }
        for (JsonNode policy : Suite.ofKind(objects, "NetworkPolicy")) {
            boolean fromOtherNamespace = policy.at("/spec/ingress").findValues("namespaceSelector").size() > 0;
            String name = name(policy);
            if (fromOtherNamespace) {
                assertTrue(name.equals("gateway") || name.equals("allow-metrics-scrape"),
                        name + " lets another namespace in");
            }
        }
        assertTrue(named(Suite.ofKind(objects, "NetworkPolicy"), "gateway").toString().contains("ingress-nginx"),
                "the gateway takes traffic from the ingress controller");
    }

    /**
     * Every call a service is configured to make (an *_SERVICE_URL it is given) is allowed out of its pods and
     * into the callee's; and a service is let in only by the gateway and the services that call it.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesAllowExactlyTheConfiguredCalls(String overlay) {
        List<JsonNode> objects = Suite.render(overlay);
        Map<String, String> config = new LinkedHashMap<>();
        named(Suite.ofKind(objects, "ConfigMap"), "rural-revival-config").path("data")
                .fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        Map<String, Set<String>> callers = new LinkedHashMap<>();
        int calls = 0;
        for (Service service : Suite.services()) {
            for (Map.Entry<String, JsonNode> variable : env(container(overlay, service)).entrySet()) {
                if (!variable.getKey().endsWith("_SERVICE_URL")) {
                    continue;
                }
                String key = variable.getValue().at("/valueFrom/configMapKeyRef/key").asText();
                URI url = URI.create(config.getOrDefault(key, variable.getValue().path("value").asText()));
                String callee = url.getHost();
                assertTrue(allowsEgress(objects, service.artifactId(), callee, url.getPort()),
                        overlay + ": " + service.artifactId() + " may not reach " + url);
                callers.computeIfAbsent(callee, c -> new HashSet<>()).add(service.artifactId());
                calls++;
            }
        }
        assertTrue(calls >= 6, overlay + ": only " + calls + " calls between services found");
        for (Service service : Suite.services()) {
            if (service.artifactId().equals("gateway")) {
                continue;
            }
            Set<String> expected = new HashSet<>(callers.getOrDefault(service.artifactId(), Set.of()));
            JsonNode policy = named(Suite.ofKind(objects, "NetworkPolicy"), service.artifactId());
            Set<String> allowed = new HashSet<>();
            policy.at("/spec/ingress").findValues("podSelector")
                    .forEach(s -> allowed.add(s.at("/matchLabels/app.kubernetes.io~1name").asText()));
            assertEquals(expected, allowed, overlay + ": who may call " + service.artifactId());
        }
    }

    /** The images the manifests name are built by these Dockerfiles: same port, a non-root user, the Quarkus app. */
    @Test
    void everyServiceHasAJvmDockerfileForItsPortRunningAsNonRoot() {
        for (Service service : Suite.services()) {
            Path dockerfile = Suite.ROOT.resolve(service.module()).resolve("src/main/docker/Dockerfile.jvm");
            String text = Suite.read(dockerfile);
            assertTrue(text.contains("\nEXPOSE " + service.port() + "\n"), dockerfile + " exposes " + service.port());
            String user = text.lines().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse("USER root");
            assertFalse(user.matches("USER (root|0)(:.*)?"), dockerfile + " runs as " + user);
            assertTrue(text.contains("target/quarkus-app/"), dockerfile + " copies the Quarkus fast-jar");
            assertTrue(text.contains("JAVA_OPTS"), dockerfile + " leaves the JVM options to JAVA_OPTS");
            JsonNode deployment = named(Suite.ofKind(Suite.render("dev"), "Deployment"), service.artifactId());
            assertEquals(user.substring("USER ".length()).trim(), deployment.at("/spec/template/spec/securityContext/runAsUser").asText(),
                    "the pods run as the image's user, who owns the copied files");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static boolean allowsEgress(List<JsonNode> objects, String from, String to, int port) {
        JsonNode policy = named(Suite.ofKind(objects, "NetworkPolicy"), from);
        for (JsonNode rule : policy.at("/spec/egress")) {
            boolean peer = rule.path("to").findValues("podSelector").stream()
                    .anyMatch(s -> to.equals(s.at("/matchLabels/app.kubernetes.io~1name").asText()));
            boolean onPort = StreamSupport.stream(rule.path("ports").spliterator(), false)
                    .anyMatch(p -> p.path("port").asInt() == port);
            if (peer && onPort) {
                JsonNode calleePolicy = named(Suite.ofKind(objects, "NetworkPolicy"), to);
                return calleePolicy.at("/spec/ingress").findValues("podSelector").stream()
                        .anyMatch(s -> from.equals(s.at("/matchLabels/app.kubernetes.io~1name").asText()));
            }
        }
        return false;
    }

    private static int checkRef(String overlay, Map<String, Set<String>> objects, JsonNode ref, String kind) {
        if (ref.isMissingNode()) {
            return 0;
        }
        String name = ref.path("name").asText();
        String key = ref.path("key").asText();
        assertTrue(objects.containsKey(name), overlay + ": " + kind + " " + name + " is referenced but not defined");
        assertTrue(objects.get(name).contains(key), overlay + ": " + kind + " " + name + " has no key " + key);
        return 1;
    }

    /** Keys by object name, without the hash suffix kustomize's generators add (the references carry it too). */
    private static Map<String, Set<String>> keys(List<JsonNode> objects) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        for (JsonNode object : objects) {
            Set<String> names = new HashSet<>();
            object.path("data").fieldNames().forEachRemaining(names::add);
            object.path("stringData").fieldNames().forEachRemaining(names::add);
            keys.put(name(object), names);
        }
        return keys;
    }

    private static List<JsonNode> workloads(List<JsonNode> objects) {
        List<JsonNode> workloads = new ArrayList<>(Suite.ofKind(objects, "Deployment"));
        workloads.addAll(Suite.ofKind(objects, "StatefulSet"));
        return workloads;
    }

    private static JsonNode container(String overlay, Service service) {
        JsonNode deployment = named(Suite.ofKind(Suite.render(overlay), "Deployment"), service.artifactId());
        JsonNode containers = deployment.at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), service.artifactId() + ": one container");
        return containers.get(0);
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container.path("env").forEach(v -> env.put(v.path("name").asText(), v));
        return env;
    }

    private static Optional<JsonNode> port(JsonNode container, String name) {
        return StreamSupport.stream(container.path("ports").spliterator(), false)
                .filter(p -> name.equals(p.path("name").asText())).findFirst();
    }

    private static JsonNode named(List<JsonNode> objects, String name) {
        return objects.stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no object named " + name + " among " + names(objects)));
    }

    private static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    private static Set<String> names(List<JsonNode> objects) {
        return objects.stream().map(ManifestsMatchServicesTest::name).collect(Collectors.toSet());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
