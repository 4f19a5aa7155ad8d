package io.sinoscope.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every overlay (and prod with each optional component, and with all of them) and checks the objects the
 * way a cluster and the services would judge them. Every failure names the object and what to change; all failures
 * of one render are reported together.
 */
class K8sManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("sinoscope.root", "..")).toAbsolutePath().normalize();
    static final String NAMESPACE = "sinoscope";
    static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "query-service");
    static final List<String> COMPONENTS = List.of("kafka-cluster", "kafka-topics", "postgres", "keda-nlp",
            "opensearch-search", "opensearch-cluster", "monitoring");
    /** Read by the image's run-java.sh (src/main/docker/Dockerfile.jvm), not by application.properties. */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS_APPEND");
    /** Secrets created out of band (k8s/base/secret.example.yaml), never rendered. */
    static final Set<String> EXTERNAL_SECRETS = Set.of("sinoscope-db", "sinoscope-api-keys", "sinoscope-opensearch",
            "sinoscope-reconcile-key");
    static final Set<String> CUSTOM_KINDS = Set.of("kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool", "kafka.strimzi.io/v1beta2/KafkaTopic",
            "postgresql.cnpg.io/v1/Cluster", "keda.sh/v1alpha1/ScaledObject",
            "opensearch.opster.io/v1/OpenSearchCluster", "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule");

    static Map<String, ServiceConfig> configs = new HashMap<>();
    /** Partitions of articles.ingested as the kafka-topics component declares them: the cap on nlp consumers. */
    static int ingestedPartitions;

    @BeforeAll
    static void readSources() throws Exception {
        for (String s : SERVICES) {
            configs.put(s, ServiceConfig.of(ROOT, s));
        }
        JsonNode topic = Render.YAML.readerFor(JsonNode.class)
                .readValues(ROOT.resolve("k8s/components/kafka-topics/topics.yaml").toFile()).readAll().stream()
                .map(JsonNode.class::cast)
                .filter(n -> n.path("spec").path("topicName").asText().equals("articles.ingested"))
                .findFirst().orElseThrow();
        ingestedPartitions = topic.path("spec").path("partitions").asInt();
    }

    static Stream<Arguments> variants() {
        List<Arguments> v = new ArrayList<>();
        v.add(Arguments.of("dev", List.of()));
        v.add(Arguments.of("prod", List.of()));
        for (String c : COMPONENTS) {
            v.add(Arguments.of("prod", List.of(c)));
        }
        v.add(Arguments.of("prod", COMPONENTS));
        v.add(Arguments.of("prod-opensearch", List.of()));
        return v.stream();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("variants")
    void rendersAndHoldsTogether(String overlay, List<String> components) throws Exception {
        assumeTrue(Render.kubectlPresent(), "kubectl is not on the PATH: the k8s manifests were NOT checked");
        Render render = Render.of(ROOT, overlay, components);
        List<String> errors = new Checker(render).run();
        assertTrue(errors.isEmpty(), render.label() + ":\n  " + String.join("\n  ", errors));
    }

    @Test
    void probePathsAreServedByEveryService() throws Exception {
        // The probes use SmallRye Health's default paths. They exist only with the extension and only while no
        // property moves them (quarkus.smallrye-health.root-path, quarkus.http.non-application-root-path,
        // quarkus.http.root-path).
        for (String s : SERVICES) {
            String pom = Files.readString(ROOT.resolve(s).resolve("pom.xml"));
            assertTrue(pom.contains("<artifactId>quarkus-smallrye-health</artifactId>"),
                    s + " does not depend on quarkus-smallrye-health, so /q/health/* would 404");
            for (String moved : List.of("quarkus.smallrye-health.root-path", "quarkus.smallrye-health.liveness-path",
                    "quarkus.smallrye-health.readiness-path", "quarkus.smallrye-health.startup-path",
                    "quarkus.http.non-application-root-path", "quarkus.http.root-path")) {
                assertTrue(configs.get(s).properties().lines().noneMatch(l -> l.startsWith(moved + "=")),
                        s + " sets " + moved + ": the probe paths in k8s/ must follow it");
            }
        }
    }

    @Test
    void topicsComponentDeclaresEveryTopicTheServicesUse() throws Exception {
        Set<String> declared = new HashSet<>();
        for (Object o : Render.YAML.readerFor(JsonNode.class)
                .readValues(ROOT.resolve("k8s/components/kafka-topics/topics.yaml").toFile()).readAll()) {
            declared.add(((JsonNode) o).path("spec").path("topicName").asText());
        }
        Set<String> used = new HashSet<>();
        configs.values().forEach(c -> used.addAll(c.topics()));
        assertEquals(used, declared, "KafkaTopics in k8s/components/kafka-topics vs topics in application.properties");
    }

    @Test
    void enrichedTopicTakesWhateverNlpServicesProducerSends() throws Exception {
        long topicLimit = -1;
        for (Object o : Render.YAML.readerFor(JsonNode.class)
                .readValues(ROOT.resolve("k8s/components/kafka-topics/topics.yaml").toFile()).readAll()) {
            JsonNode spec = ((JsonNode) o).path("spec");
            if (spec.path("topicName").asText().equals("articles.enriched")) {
                topicLimit = spec.path("config").path("max.message.bytes").asLong(-1);
            }
        }
        String key = "mp.messaging.outgoing.articles-enriched.max.request.size=";
        long producerLimit = configs.get("nlp-service").properties().lines().filter(l -> l.startsWith(key))
                .mapToLong(l -> Long.parseLong(l.substring(key.length()).strip())).findFirst().orElse(-1);
        assertTrue(producerLimit > 1_048_576, "nlp-service's articles-enriched producer needs max.request.size above "
                + "the 1 MB default: an article ingest accepts can make a larger enriched event");
        assertTrue(topicLimit >= producerLimit, "KafkaTopic articles.enriched max.message.bytes (" + topicLimit
                + ") must be at least nlp-service's producer max.request.size (" + producerLimit + ")");
    }

    /** All checks of one render. */
    static final class Checker {
        final Render render;
        final List<String> errors = new ArrayList<>();
        final Map<String, HasMetadata> typed = new LinkedHashMap<>();
        final List<JsonNode> custom = new ArrayList<>();

        Checker(Render render) {
            this.render = render;
        }

        List<String> run() {
            parse();
            List<HasMetadata> workloads = of(Deployment.class, StatefulSet.class);
            if (workloads.size() != SERVICES.size()) {
                errors.add("expected one workload per service " + SERVICES + ", found " + names(workloads));
            }
            for (HasMetadata w : workloads) {
                workload(w);
            }
            services(workloads);
            for (PodDisruptionBudget pdb : this.<PodDisruptionBudget>of(PodDisruptionBudget.class)) {
                matchesSomeWorkload("PodDisruptionBudget " + name(pdb), pdb.getSpec().getSelector(), workloads);
            }
            autoscaling();
            ingress();
            networkPolicies();
            customResources();
            searchBackend();
            overlayRules(workloads);
            return errors;
        }

        void parse() {
            for (JsonNode n : render.objects()) {
                String key = StrictModel.key(n);
                String id = key + " " + n.path("metadata").path("name").asText();
                if (!n.path("kind").asText().equals("Namespace")
                        && !NAMESPACE.equals(n.path("metadata").path("namespace").asText())) {
                    errors.add(id + ": not in namespace " + NAMESPACE);
                }
                if (StrictModel.KINDS.containsKey(key)) {
                    HasMetadata o = StrictModel.read(n, errors);
                    if (o != null) {
                        typed.put(o.getKind() + "/" + name(o), o);
                    }
                } else if (CUSTOM_KINDS.contains(key)) {
                    if (n.path("metadata").path("name").asText().isEmpty() || !n.path("spec").isObject()) {
                        errors.add(id + ": a custom resource needs metadata.name and spec");
                    }
                    custom.add(n);
                } else {
                    errors.add(id + ": unexpected apiVersion/kind (add it to the test if it is meant)");
                }
            }
        }

        // ---------------------------------------------------------------- workloads

        void workload(HasMetadata w) {
            String id = w.getKind() + " " + name(w);
            String service = label(w, "app.kubernetes.io/name");
            PodTemplateSpec template = w instanceof Deployment d ? d.getSpec().getTemplate()
                    : ((StatefulSet) w).getSpec().getTemplate();
            LabelSelector selector = w instanceof Deployment d ? d.getSpec().getSelector()
                    : ((StatefulSet) w).getSpec().getSelector();
            if (!selects(selector, template.getMetadata().getLabels())) {
                errors.add(id + ": selector " + selector.getMatchLabels() + " does not match the pod labels "
                        + template.getMetadata().getLabels());
            }
            PodSpec pod = template.getSpec();
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                errors.add(id + ": automountServiceAccountToken must be false");
            }
            ServiceAccount sa = (ServiceAccount) typed.get("ServiceAccount/" + pod.getServiceAccountName());
            if (sa == null) {
                errors.add(id + ": serviceAccountName " + pod.getServiceAccountName() + " is not a rendered ServiceAccount");
            } else if (!Boolean.FALSE.equals(sa.getAutomountServiceAccountToken())) {
                errors.add("ServiceAccount " + name(sa) + ": automountServiceAccountToken must be false");
            }
            PodSecurityContext psc = pod.getSecurityContext();
            if (psc == null || psc.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(psc.getSeccompProfile().getType())) {
                errors.add(id + ": pod securityContext.seccompProfile must be RuntimeDefault");
            }
            Set<String> volumes = new HashSet<>();
            pod.getVolumes().forEach(v -> volumes.add(v.getName()));
            if (w instanceof StatefulSet s) {
                s.getSpec().getVolumeClaimTemplates().forEach(v -> volumes.add(v.getMetadata().getName()));
            }
            ServiceConfig config = configs.get(service);
            if (config == null) {
                errors.add(id + ": label app.kubernetes.io/name=" + service + " is not one of " + SERVICES);
            }
            List<Container> all = new ArrayList<>(pod.getContainers());
            all.addAll(pod.getInitContainers());
            for (Container c : all) {
                container(id + " container " + c.getName(), c, psc, volumes, config);
            }
        }

        void container(String id, Container c, PodSecurityContext psc, Set<String> volumes, ServiceConfig config) {
            // resources
            for (String what : List.of("requests", "limits")) {
                Map<String, ?> r = c.getResources() == null ? null
                        : what.equals("requests") ? c.getResources().getRequests() : c.getResources().getLimits();
                if (r == null || !r.containsKey("cpu") || !r.containsKey("memory")) {
                    errors.add(id + ": resources." + what + " needs cpu and memory");
                }
            }
            // security
            SecurityContext sc = c.getSecurityContext();
            boolean nonRoot = (sc != null && Boolean.TRUE.equals(sc.getRunAsNonRoot()))
                    || (psc != null && Boolean.TRUE.equals(psc.getRunAsNonRoot()));
            if (!nonRoot) {
                errors.add(id + ": runAsNonRoot must be true");
            }
            if (sc == null || !Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
                errors.add(id + ": readOnlyRootFilesystem must be true");
            }
            if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                errors.add(id + ": allowPrivilegeEscalation must be false");
            }
            if (sc == null || sc.getCapabilities() == null || !sc.getCapabilities().getDrop().contains("ALL")) {
                errors.add(id + ": capabilities.drop must contain ALL");
            }
            Set<String> mounts = new HashSet<>();
            c.getVolumeMounts().forEach(m -> {
                mounts.add(m.getMountPath());
                if (!volumes.contains(m.getName())) {
                    errors.add(id + ": volumeMount " + m.getName() + " has no volume");
                }
            });
            if (!mounts.contains("/tmp")) {
                errors.add(id + ": a read-only root needs a writable /tmp (JVM, Vert.x file cache)");
            }
            // image
            String image = Objects.requireNonNullElse(c.getImage(), "");
            String afterSlash = image.substring(image.lastIndexOf('/') + 1);
            if (!image.contains("@sha256:") && (!afterSlash.contains(":") || afterSlash.endsWith(":latest"))) {
                errors.add(id + ": image " + image + " is not pinned (needs a tag other than latest, or a digest)");
            }
            if (render.prod() && image.contains("SNAPSHOT")) {
                errors.add(id + ": prod image " + image + " has a SNAPSHOT tag, which is rebuilt in place");
            }
            // probes
            probe(id, "startupProbe", c.getStartupProbe(), "/q/health/started", c);
            probe(id, "livenessProbe", c.getLivenessProbe(), "/q/health/live", c);
            probe(id, "readinessProbe", c.getReadinessProbe(), "/q/health/ready", c);
            if (config != null) {
                environment(id, c, config, mounts);
            }
        }

        void probe(String id, String which, Probe p, String path, Container c) {
            if (p == null || p.getHttpGet() == null) {
                errors.add(id + ": " + which + " must be an httpGet on " + path);
                return;
            }
            if (!path.equals(p.getHttpGet().getPath())) {
                errors.add(id + ": " + which + " path " + p.getHttpGet().getPath() + ", but the service serves " + path);
            }
            if (port(c, p.getHttpGet().getPort()) == null) {
                errors.add(id + ": " + which + " port " + p.getHttpGet().getPort() + " is not a container port");
            }
        }

        void environment(String id, Container c, ServiceConfig config, Set<String> mounts) {
            Map<String, String> provided = new HashMap<>();
            for (EnvFromSource from : c.getEnvFrom()) {
                if (from.getConfigMapRef() == null) {
                    errors.add(id + ": envFrom only from ConfigMaps here");
                    continue;
                }
                ConfigMap cm = (ConfigMap) typed.get("ConfigMap/" + from.getConfigMapRef().getName());
                if (cm == null) {
                    errors.add(id + ": envFrom ConfigMap " + from.getConfigMapRef().getName() + " is not rendered");
                    continue;
                }
                cm.getData().forEach((k, v) -> {
                    provided.put(k, v);
                    if (!config.variables().contains(k)) {
                        errors.add(id + ": ConfigMap " + name(cm) + " sets " + k + ", which "
                                + config.service() + "'s application.properties never reads " + config.variables());
                    }
                });
            }
            for (EnvVar e : c.getEnv()) {
                provided.put(e.getName(), e.getValue());
                if (!config.variables().contains(e.getName()) && !IMAGE_VARIABLES.contains(e.getName())) {
                    errors.add(id + ": env " + e.getName() + " is not read by " + config.service());
                }
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    String secret = e.getValueFrom().getSecretKeyRef().getName();
                    boolean known = EXTERNAL_SECRETS.contains(secret) || custom.stream().anyMatch(
                            n -> n.path("kind").asText().equals("Cluster")
                                    && secret.equals(n.path("metadata").path("name").asText() + "-app"));
                    if (!known) {
                        errors.add(id + ": env " + e.getName() + " reads Secret " + secret
                                + ", which is neither created out of band nor generated by a rendered CloudNativePG Cluster");
                    }
                }
            }
            for (String r : config.required()) {
                if (!provided.containsKey(r)) {
                    errors.add(id + ": " + config.service() + " needs " + r + " (no default in application.properties)");
                }
            }
            String indexDir = provided.get("QUERY_INDEX_DIRECTORY");
            if (indexDir != null && !mounts.contains(indexDir)) {
                errors.add(id + ": QUERY_INDEX_DIRECTORY=" + indexDir + " is not a volume mount " + mounts);
            }
        }

        // ---------------------------------------------------------------- services, scaling, network

        void services(List<HasMetadata> workloads) {
            for (Service s : this.<Service>of(Service.class)) {
                List<HasMetadata> selected = workloads.stream()
                        .filter(w -> selects(s.getSpec().getSelector(), template(w).getMetadata().getLabels())).toList();
                if (selected.isEmpty()) {
                    errors.add("Service " + name(s) + ": selector " + s.getSpec().getSelector() + " selects no workload");
                }
                for (HasMetadata w : selected) {
                    for (ServicePort p : s.getSpec().getPorts()) {
                        IntOrString target = p.getTargetPort() != null ? p.getTargetPort() : new IntOrString(p.getPort());
                        if (template(w).getSpec().getContainers().stream().noneMatch(c -> port(c, target) != null)) {
                            errors.add("Service " + name(s) + ": targetPort " + target.getValue()
                                    + " is no container port of " + name(w));
                        }
                    }
                }
            }
        }

        void autoscaling() {
            List<HorizontalPodAutoscaler> hpas = of(HorizontalPodAutoscaler.class);
            List<JsonNode> scaled = customs("ScaledObject");
            int concurrency = nlpConcurrency();
            for (HorizontalPodAutoscaler h : hpas) {
                String target = h.getSpec().getScaleTargetRef().getKind() + "/" + h.getSpec().getScaleTargetRef().getName();
                if (!typed.containsKey(target)) {
                    errors.add("HorizontalPodAutoscaler " + name(h) + ": scaleTargetRef " + target + " is not rendered");
                }
                if (name(h).equals("nlp-service") && h.getSpec().getMaxReplicas() * concurrency > ingestedPartitions) {
                    errors.add("HorizontalPodAutoscaler nlp-service: maxReplicas " + h.getSpec().getMaxReplicas()
                            + " x NLP_CONCURRENCY " + concurrency + " consumers > " + ingestedPartitions
                            + " partitions of articles.ingested: the extra consumers would idle");
                }
            }
            for (JsonNode so : scaled) {
                String target = so.path("spec").path("scaleTargetRef").path("name").asText();
                if (!typed.containsKey("Deployment/" + target)) {
                    errors.add("ScaledObject " + so.path("metadata").path("name").asText() + ": no Deployment " + target);
                }
                if (hpas.stream().anyMatch(h -> h.getSpec().getScaleTargetRef().getName().equals(target))) {
                    errors.add("ScaledObject and HorizontalPodAutoscaler both scale " + target + ": they would fight");
                }
                int max = so.path("spec").path("maxReplicaCount").asInt(100);
                if (max * concurrency > ingestedPartitions) {
                    errors.add("ScaledObject: maxReplicaCount " + max + " x NLP_CONCURRENCY " + concurrency + " > "
                            + ingestedPartitions + " partitions of articles.ingested");
                }
                for (JsonNode t : so.path("spec").path("triggers")) {
                    JsonNode m = t.path("metadata");
                    expect("ScaledObject trigger topic", m.path("topic").asText(), "articles.ingested");
                    expect("ScaledObject trigger consumerGroup", m.path("consumerGroup").asText(),
                            configValue("NLP_CONSUMER_GROUP"));
                    expect("ScaledObject trigger bootstrapServers", m.path("bootstrapServers").asText(),
                            configValue("KAFKA_BOOTSTRAP_SERVERS"));
                }
            }
        }

        void ingress() {
            for (Ingress i : this.<Ingress>of(Ingress.class)) {
                for (IngressRule r : i.getSpec().getRules()) {
                    r.getHttp().getPaths().forEach(p -> {
                        var backend = p.getBackend().getService();
                        Service s = (Service) typed.get("Service/" + backend.getName());
                        if (s == null) {
                            errors.add("Ingress " + name(i) + ": backend Service " + backend.getName() + " is not rendered");
                        } else if (s.getSpec().getPorts().stream().noneMatch(sp -> Objects.equals(sp.getName(),
                                backend.getPort().getName()) || Objects.equals(sp.getPort(), backend.getPort().getNumber()))) {
                            errors.add("Ingress " + name(i) + ": Service " + backend.getName() + " has no port " + backend.getPort());
                        }
                        if (!Set.of("ingest-service", "query-service").contains(backend.getName())) {
                            errors.add("Ingress " + name(i) + ": only ingest-service and query-service are public, not "
                                    + backend.getName());
                        }
                    });
                }
            }
        }

        void networkPolicies() {
            List<NetworkPolicy> policies = of(NetworkPolicy.class);
            boolean defaultDeny = policies.stream().anyMatch(p -> p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                    && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                    && p.getSpec().getPolicyTypes().contains("Ingress") && p.getSpec().getIngress().isEmpty());
            if (!defaultDeny) {
                errors.add("no default-deny ingress NetworkPolicy (podSelector {}, no ingress rules)");
            }
            // An ingress rule without `from` admits every source: only the public APIs may have one.
            for (NetworkPolicy p : policies) {
                p.getSpec().getIngress().stream().filter(r -> r.getFrom().isEmpty()).findAny().ifPresent(r -> {
                    for (HasMetadata w : of(Deployment.class, StatefulSet.class)) {
                        String svc = label(w, "app.kubernetes.io/name");
                        if (selects(p.getSpec().getPodSelector(), template(w).getMetadata().getLabels())
                                && !Set.of("ingest-service", "query-service").contains(svc)) {
                            errors.add("NetworkPolicy " + name(p) + " opens " + svc + " to every source");
                        }
                    }
                });
            }
        }

        // ---------------------------------------------------------------- custom resources (parsed generically)

        void customResources() {
            serviceMonitors();
            for (JsonNode k : customs("Kafka")) {
                JsonNode kafka = k.path("spec").path("kafka");
                String bootstrap = k.path("metadata").path("name").asText() + "-kafka-bootstrap:";
                boolean served = false;
                for (JsonNode l : kafka.path("listeners")) {
                    served |= configValue("KAFKA_BOOTSTRAP_SERVERS").equals(bootstrap + l.path("port").asText());
                }
                if (!served) {
                    errors.add("Kafka: no listener serves KAFKA_BOOTSTRAP_SERVERS=" + configValue("KAFKA_BOOTSTRAP_SERVERS"));
                }
                expect("Kafka default.replication.factor", kafka.path("config").path("default.replication.factor").asText(), "3");
                expect("Kafka min.insync.replicas", kafka.path("config").path("min.insync.replicas").asText(), "2");
                expect("Kafka auto.create.topics.enable", kafka.path("config").path("auto.create.topics.enable").asText(), "false");
            }
            for (JsonNode pool : customs("KafkaNodePool")) {
                clusterLabel(pool);
                if (pool.path("spec").path("replicas").asInt() < 3 || pool.path("spec").path("roles").isEmpty()
                        || pool.path("spec").path("storage").isMissingNode()) {
                    errors.add("KafkaNodePool " + pool.path("metadata").path("name").asText()
                            + ": needs replicas >= 3 (replication 3), roles and storage");
                }
            }
            for (JsonNode t : customs("KafkaTopic")) {
                clusterLabel(t);
                JsonNode spec = t.path("spec");
                String topic = spec.path("topicName").asText();
                if (spec.path("partitions").asInt() < 1 || spec.path("replicas").asInt() != 3
                        || !"2".equals(spec.path("config").path("min.insync.replicas").asText())) {
                    errors.add("KafkaTopic " + topic + ": needs partitions, replicas 3, min.insync.replicas \"2\"");
                }
                if (topic.equals("articles.enriched")
                        && !"compact".equals(spec.path("config").path("cleanup.policy").asText())) {
                    errors.add("KafkaTopic articles.enriched must be compacted (query replicas rebuild by replaying it)");
                }
            }
            for (JsonNode c : customs("Cluster")) {
                String n = c.path("metadata").path("name").asText();
                JsonNode spec = c.path("spec");
                if (spec.path("instances").asInt() < 1 || spec.path("storage").path("size").asText().isEmpty()
                        || spec.path("bootstrap").path("initdb").path("database").asText().isEmpty()
                        || spec.path("bootstrap").path("initdb").path("owner").asText().isEmpty()) {
                    errors.add("Cluster " + n + ": needs instances, storage.size and bootstrap.initdb database/owner");
                }
                String image = spec.path("imageName").asText();
                if (!image.contains("@sha256:") && !image.substring(image.lastIndexOf('/') + 1).matches(".+:[0-9][^:]*")) {
                    errors.add("Cluster " + n + ": imageName " + image + " must carry a version tag or digest");
                }
            }
        }

        /**
         * The embedded index needs one volume and one consumer group per replica; the OpenSearch backend needs neither,
         * a reachable cluster, and replicas that scale.
         */
        void searchBackend() {
            StatefulSet query = (StatefulSet) typed.get("StatefulSet/query-service");
            if (query == null) {
                errors.add("no StatefulSet query-service");
                return;
            }
            EnvVar group = query.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(e -> e.getName().equals("QUERY_CONSUMER_GROUP")).findFirst().orElse(null);
            boolean perPodGroup = group != null && group.getValueFrom() != null
                    && group.getValueFrom().getFieldRef() != null;
            boolean claims = !query.getSpec().getVolumeClaimTemplates().isEmpty();
            if (!configValue("QUERY_SEARCH_BACKEND").equals("opensearch")) {
                if (!claims || !perPodGroup) {
                    errors.add("query-service on the embedded index needs an index volume claim and a consumer group "
                            + "per pod (each replica indexes every article)");
                }
                return;
            }
            if (claims || perPodGroup || group == null) {
                errors.add("query-service on OpenSearch must hold no index volume and share one consumer group "
                        + "(each article is indexed once into the shared cluster)");
            }
            if (this.<HorizontalPodAutoscaler>of(HorizontalPodAutoscaler.class).stream()
                    .noneMatch(h -> "StatefulSet/query-service".equals(h.getSpec().getScaleTargetRef().getKind() + "/" + h.getSpec().getScaleTargetRef().getName()))) {
                errors.add("query-service on OpenSearch is stateless: it should be scaled by an HPA");
            }
            URI hosts = URI.create(configValue("QUERY_OPENSEARCH_HOSTS").split(",")[0].strip());
            boolean egress = this.<NetworkPolicy>of(NetworkPolicy.class).stream()
                    .filter(p -> selects(p.getSpec().getPodSelector(), query.getSpec().getTemplate().getMetadata().getLabels()))
                    .flatMap(p -> p.getSpec().getEgress().stream()).flatMap(r -> r.getPorts().stream())
                    .anyMatch(port -> port.getPort() != null && Objects.equals(port.getPort().getIntVal(), hosts.getPort()));
            if (!egress) {
                errors.add("no NetworkPolicy lets query-service out to OpenSearch's port " + hosts.getPort());
            }
            for (JsonNode cluster : customs("OpenSearchCluster")) {
                JsonNode general = cluster.path("spec").path("general");
                String served = general.path("serviceName").asText() + ":" + general.path("httpPort").asInt(9200);
                expect("QUERY_OPENSEARCH_HOSTS host:port", hosts.getHost() + ":" + hosts.getPort(), served);
                int nodes = 0;
                for (JsonNode pool : cluster.path("spec").path("nodePools")) {
                    nodes += pool.path("replicas").asInt();
                }
                if (render.prod() && nodes < 3) {
                    errors.add("OpenSearchCluster: " + nodes + " nodes cannot keep a quorum through one loss");
                }
            }
        }

        /**
         * With components/monitoring: one ServiceMonitor per service, each selecting exactly one rendered Service (a
         * second one, such as query's headless Service, would scrape every pod twice) on a port that Service names,
         * at the path Quarkus serves metrics on.
         */
        void serviceMonitors() {
            List<JsonNode> monitors = customs("ServiceMonitor");
            if (monitors.isEmpty()) {
                return;
            }
            List<Service> services = this.<Service>of(Service.class);
            Set<String> monitored = new java.util.TreeSet<>();
            for (JsonNode m : monitors) {
                String id = "ServiceMonitor " + m.path("metadata").path("name").asText();
                LabelSelector selector = Render.YAML.convertValue(m.path("spec").path("selector"), LabelSelector.class);
                List<Service> selected = services.stream()
                        .filter(svc -> selects(selector, svc.getMetadata().getLabels())).toList();
                if (selected.size() != 1) {
                    errors.add(id + ": selects " + selected.stream().map(Checker::name).toList()
                            + ", expected exactly one Service");
                    continue;
                }
                Service svc = selected.get(0);
                monitored.add(svc.getMetadata().getLabels().get("app.kubernetes.io/name"));
                for (JsonNode e : m.path("spec").path("endpoints")) {
                    String port = e.path("port").asText();
                    if (svc.getSpec().getPorts().stream().noneMatch(p -> port.equals(p.getName()))) {
                        errors.add(id + ": Service " + name(svc) + " has no port named " + port);
                    }
                    if (!"/q/metrics".equals(e.path("path").asText())) {
                        errors.add(id + ": path " + e.path("path").asText() + ", but Quarkus serves /q/metrics");
                    }
                }
            }
            if (!monitored.equals(new java.util.TreeSet<>(SERVICES))) {
                errors.add("ServiceMonitors cover " + monitored + ", expected every service " + SERVICES);
            }
        }

        void clusterLabel(JsonNode n) {
            String cluster = n.path("metadata").path("labels").path("strimzi.io/cluster").asText();
            boolean kafkaRendered = !customs("Kafka").isEmpty();
            if (cluster.isEmpty() || (kafkaRendered && customs("Kafka").stream()
                    .noneMatch(k -> k.path("metadata").path("name").asText().equals(cluster)))) {
                errors.add(n.path("kind").asText() + " " + n.path("metadata").path("name").asText()
                        + ": strimzi.io/cluster label must name the Kafka cluster");
            }
        }

        // ---------------------------------------------------------------- overlay-specific rules

        void overlayRules(List<HasMetadata> workloads) {
            for (HasMetadata w : workloads) {
                Integer replicas = w instanceof Deployment d ? d.getSpec().getReplicas() : ((StatefulSet) w).getSpec().getReplicas();
                String svc = name(w);
                if (!render.prod()) {
                    if (!Objects.equals(replicas, 1)) {
                        errors.add("dev: " + svc + " should run 1 replica, has " + replicas);
                    }
                } else {
                    if (!svc.equals("nlp-service") && (replicas == null || replicas < 2)) {
                        errors.add("prod: " + svc + " needs at least 2 replicas, has " + replicas);
                    }
                    if (template(w).getSpec().getTopologySpreadConstraints().isEmpty()) {
                        errors.add("prod: " + svc + " is not spread across nodes");
                    }
                }
            }
            boolean nlpScaled = typed.containsKey("HorizontalPodAutoscaler/nlp-service") || !customs("ScaledObject").isEmpty();
            if (render.prod() != nlpScaled) {
                errors.add(render.prod() ? "prod: nlp-service must be autoscaled" : "dev: no autoscaler expected");
            }
        }

        // ---------------------------------------------------------------- helpers

        String configValue(String key) {
            return this.<ConfigMap>of(ConfigMap.class).stream().map(cm -> cm.getData().get(key)).filter(Objects::nonNull)
                    .findFirst().orElse("");
        }

        int nlpConcurrency() {
            String v = configValue("NLP_CONCURRENCY");
            if (!v.isEmpty()) {
                return Integer.parseInt(v);
            }
            // Not set in k8s: the service's own default, ${NLP_CONCURRENCY:2}.
            var m = java.util.regex.Pattern.compile("\\$\\{NLP_CONCURRENCY:(\\d+)}").matcher(configs.get("nlp-service").properties());
            return m.find() ? Integer.parseInt(m.group(1)) : 1;
        }

        void expect(String what, String actual, String expected) {
            if (!expected.equals(actual)) {
                errors.add(what + " is '" + actual + "', expected '" + expected + "'");
            }
        }

        List<JsonNode> customs(String kind) {
            return custom.stream().filter(n -> n.path("kind").asText().equals(kind)).toList();
        }

        @SuppressWarnings("unchecked")
        <T extends HasMetadata> List<T> of(Class<?>... types) {
            return typed.values().stream().filter(o -> Stream.of(types).anyMatch(t -> t.isInstance(o))).map(o -> (T) o).toList();
        }

        void matchesSomeWorkload(String id, LabelSelector selector, List<HasMetadata> workloads) {
            if (workloads.stream().noneMatch(w -> selects(selector, template(w).getMetadata().getLabels()))) {
                errors.add(id + ": selector " + selector.getMatchLabels() + " matches no workload's pods");
            }
        }

        static PodTemplateSpec template(HasMetadata w) {
            return w instanceof Deployment d ? d.getSpec().getTemplate() : ((StatefulSet) w).getSpec().getTemplate();
        }

        static boolean selects(LabelSelector s, Map<String, String> labels) {
            if (s == null) {
                return false;
            }
            return selects(s.getMatchLabels(), labels) && s.getMatchExpressions().stream().allMatch(e -> switch (e.getOperator()) {
                case "In" -> e.getValues().contains(labels.get(e.getKey()));
                case "NotIn" -> !e.getValues().contains(labels.get(e.getKey()));
                case "Exists" -> labels.containsKey(e.getKey());
                case "DoesNotExist" -> !labels.containsKey(e.getKey());
                default -> false;
            });
        }

        static boolean selects(Map<String, String> selector, Map<String, String> labels) {
            return selector != null && labels != null && labels.entrySet().containsAll(selector.entrySet());
        }

        static ContainerPort port(Container c, IntOrString ref) {
            if (ref == null) {
                return null;
            }
            return c.getPorts().stream().filter(p -> ref.getValue() instanceof Integer i ? Objects.equals(p.getContainerPort(), i)
                    : Objects.equals(p.getName(), ref.getValue())).findFirst().orElse(null);
        }

        static String label(HasMetadata o, String key) {
            return o.getMetadata().getLabels() == null ? null : o.getMetadata().getLabels().get(key);
        }

        static String name(HasMetadata o) {
            return o.getMetadata().getName();
        }

        static List<String> names(List<HasMetadata> l) {
            return l.stream().map(o -> o.getKind() + "/" + name(o)).toList();
        }
    }
}
