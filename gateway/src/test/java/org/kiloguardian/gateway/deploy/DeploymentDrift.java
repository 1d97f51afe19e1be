package org.kiloguardian.gateway.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;

/**
 * Finds where the k3s manifests disagree with the app or with each other: ports, probe paths, the
 * ingress routes, the database address, the Secret and ConfigMap keys that pods read, the volumes
 * that data is written to, and the image. Each problem is one readable sentence; none means no drift.
 * The old deployment failed on exactly these (ports that did not match where services listened,
 * data written next to its volume), so each is checked against where it is decided.
 */
final class DeploymentDrift {

    static final String NAMESPACE = "kilo-guardian";
    static final String APP = "kilo-guardian";
    static final String HOST = "kilo.local";
    static final Map<String, String> PROBE_PATHS = Map.of(
            "startup", "/q/health/started",
            "readiness", "/q/health/ready",
            "liveness", "/q/health/live");
    /** Workload environment variables that name the database, beside the app's JDBC URL. */
    private static final String PGHOST = "PGHOST";

    private final Manifests manifests;
    private final AppFacts app;
    private final List<String> problems = new ArrayList<>();

    private DeploymentDrift(Manifests manifests, AppFacts app) {
        this.manifests = manifests;
        this.app = app;
    }

    static List<String> problems(Manifests manifests, AppFacts app) {
        DeploymentDrift drift = new DeploymentDrift(manifests, app);
        drift.check();
        List<String> problems = new ArrayList<>(drift.problems);
        problems.addAll(HttpsDrift.problems(manifests));
        problems.addAll(NetworkDrift.problems(manifests, app));
        problems.addAll(BackupDrift.problems(manifests, app));
        return List.copyOf(problems);
    }

    private void check() {
        namespace();
        references();
        Optional<Deployment> deployment = manifests.deployment(APP);
        if (deployment.isEmpty()) {
            problems.add("there is no Deployment " + APP);
            return;
        }
        Container container = appContainer(deployment.get());
        if (container == null) {
            return;
        }
        if (!env(container, "KILO_SINGLE_INSTANCE_ENABLED").map("true"::equals).orElse(false)) {
            problems.add("Deployment " + APP + " does not set KILO_SINGLE_INSTANCE_ENABLED=true: a second replica would run "
                    + "silently broken instead of staying unready");
        }
        int port = appPort(deployment.get(), container);
        probes(container, port);
        ingress(deployment.get(), port);
        database(container);
        volumes();
    }

    // --- the namespace ---------------------------------------------------------------------------

    private void namespace() {
        if (manifests.find(Namespace.class, NAMESPACE).isEmpty()) {
            problems.add("there is no Namespace " + NAMESPACE);
        }
        for (HasMetadata object : manifests.all()) {
            if (!(object instanceof Namespace) && !NAMESPACE.equals(object.getMetadata().getNamespace())) {
                problems.add(describe(object) + " is in namespace " + object.getMetadata().getNamespace() + ", not " + NAMESPACE);
            }
        }
    }

    // --- the app container: image, replicas, port -------------------------------------------------

    private Container appContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            problems.add("Deployment " + APP + " has " + containers.size() + " containers, expected the one app container");
            return null;
        }
        Container container = containers.get(0);
        if (!app.image().equals(container.getImage())) {
            problems.add("Deployment " + APP + " runs image " + container.getImage() + " but deploy/build-image.sh tags " + app.image());
        }
        if (!"Never".equals(container.getImagePullPolicy())) {
            problems.add("Deployment " + APP + " must not pull its image (imagePullPolicy Never): it is imported locally and "
                    + "a pull could fetch a stranger's image of the same name");
        }
        if (!Objects.equals(deployment.getSpec().getReplicas(), 1)) {
            problems.add("Deployment " + APP + " has " + deployment.getSpec().getReplicas()
                    + " replicas; a second replica needs what deploy/README.md (Replicas) lists");
        }
        String strategy = deployment.getSpec().getStrategy() == null ? null : deployment.getSpec().getStrategy().getType();
        if (!"Recreate".equals(strategy)) {
            problems.add("Deployment " + APP + " has strategy " + strategy + ", expected Recreate (never two app pods at once)");
        }
        return container;
    }

    private int appPort(Deployment deployment, Container container) {
        // an environment variable would override application.properties, as Quarkus reads it
        int port = env(container, "QUARKUS_HTTP_PORT")
                .map(Integer::parseInt).orElse(app.httpPort());
        List<ContainerPort> ports = container.getPorts() == null ? List.of() : container.getPorts();
        if (ports.size() != 1) {
            problems.add("Deployment " + APP + " declares " + ports.size() + " container ports, expected one: " + port);
        }
        for (ContainerPort declared : ports) {
            if (declared.getContainerPort() != port) {
                problems.add("Deployment " + APP + " declares container port " + declared.getContainerPort()
                        + " but the app listens on quarkus.http.port " + port);
            }
        }
        return port;
    }

    // --- probes ----------------------------------------------------------------------------------

    private void probes(Container container, int port) {
        check(container, "startup", container.getStartupProbe(), port);
        check(container, "readiness", container.getReadinessProbe(), port);
        check(container, "liveness", container.getLivenessProbe(), port);
    }

    private void check(Container container, String kind, Probe probe, int port) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add("Deployment " + APP + " has no HTTP " + kind + " probe");
            return;
        }
        String path = probe.getHttpGet().getPath();
        if (!PROBE_PATHS.get(kind).equals(path)) {
            problems.add("the " + kind + " probe asks " + path + ", expected " + PROBE_PATHS.get(kind));
        }
        Integer probed = containerPort(container, probe.getHttpGet().getPort());
        if (probed == null || probed != port) {
            problems.add("the " + kind + " probe asks port " + portText(probe.getHttpGet().getPort())
                    + " but the app listens on " + port);
        }
    }

    // --- Service and Ingress ---------------------------------------------------------------------

    private void ingress(Deployment deployment, int port) {
        // the routes the household uses: those served over HTTPS (plain HTTP only redirects, see HttpsDrift)
        List<HTTPIngressPath> paths = manifests.ingresses()
                .filter(ingress -> TraefikMiddlewares.entrypoints(ingress).contains(HttpsDrift.WEBSECURE))
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .filter(rule -> HOST.equals(rule.getHost()))
                .map(IngressRule::getHttp)
                .filter(Objects::nonNull)
                .flatMap(http -> http.getPaths().stream())
                .toList();
        for (String route : List.of("/", "/socket.io")) {
            Optional<HTTPIngressPath> path = paths.stream().filter(p -> route.equals(p.getPath())).findFirst();
            if (path.isEmpty()) {
                problems.add("no Ingress routes https://" + HOST + route);
                continue;
            }
            if (!"Prefix".equals(path.get().getPathType())) {
                problems.add("the Ingress route " + route + " has pathType " + path.get().getPathType()
                        + ", expected Prefix (it must carry every path below it)");
            }
            IngressServiceBackend backend = path.get().getBackend().getService();
            if (backend == null) {
                problems.add("the Ingress route " + route + " has no Service backend");
                continue;
            }
            String where = "the Ingress route " + route + " -> Service " + backend.getName();
            Optional<Service> service = manifests.service(backend.getName());
            if (service.isEmpty()) {
                problems.add(where + ", which does not exist");
                continue;
            }
            if (!APP.equals(backend.getName()) || !selects(service.get(), deployment.getSpec().getTemplate().getMetadata().getLabels())) {
                problems.add(where + ", which does not select the pods of Deployment " + APP);
            }
            Optional<ServicePort> servicePort = service.get().getSpec().getPorts().stream()
                    .filter(p -> backend.getPort().getName() != null
                            ? backend.getPort().getName().equals(p.getName())
                            : Objects.equals(backend.getPort().getNumber(), p.getPort()))
                    .findFirst();
            if (servicePort.isEmpty()) {
                problems.add(where + " port " + Objects.requireNonNullElse(backend.getPort().getName(), backend.getPort().getNumber())
                        + ", which the Service does not have");
                continue;
            }
            Integer target = containerPort(deployment.getSpec().getTemplate().getSpec().getContainers().get(0),
                    servicePort.get().getTargetPort());
            if (target == null || target != port) {
                problems.add("Service " + backend.getName() + " port " + servicePort.get().getPort() + " forwards to targetPort "
                        + portText(servicePort.get().getTargetPort()) + " but the app listens on " + port);
            }
        }
    }

    // --- the database ----------------------------------------------------------------------------

    private void database(Container appContainer) {
        Optional<String> jdbc = env(appContainer, "QUARKUS_DATASOURCE_JDBC_URL");
        if (jdbc.isEmpty()) {
            problems.add("Deployment " + APP + " sets no QUARKUS_DATASOURCE_JDBC_URL");
            return;
        }
        URI url = URI.create(jdbc.get().substring("jdbc:".length()));
        int port = url.getPort() == -1 ? 5432 : url.getPort();
        String database = url.getPath().replaceFirst("^/", "");
        Container postgres = postgresBehind("the database URL " + jdbc.get(), url.getHost(), port);
        if (postgres == null) {
            return;
        }
        expectEqual(env(postgres, "POSTGRES_DB"), Optional.of(database), "the database URL names database");
        expectEqual(env(postgres, "POSTGRES_USER"), env(appContainer, "QUARKUS_DATASOURCE_USERNAME"),
                "the app's QUARKUS_DATASOURCE_USERNAME");
        expectSameSecret(postgres, "POSTGRES_PASSWORD", appContainer, "QUARKUS_DATASOURCE_PASSWORD", "Deployment " + APP);

        // the backup CronJob and the restore Job reach the same server, database, user and password
        manifests.workloads().forEach(workload -> workload.template().getSpec().getContainers().stream()
                .filter(c -> env(c, PGHOST).isPresent())
                .forEach(c -> {
                    String who = workload.describe();
                    Container reached = postgresBehind(who + " PGHOST", env(c, PGHOST).get(),
                            env(c, "PGPORT").map(Integer::parseInt).orElse(5432));
                    if (reached != postgres) {
                        problems.add(who + " does not reach the PostgreSQL that the app uses");
                    }
                    expectEqual(env(c, "PGDATABASE"), Optional.of(database), who + " PGDATABASE");
                    expectEqual(env(c, "PGUSER"), env(postgres, "POSTGRES_USER"), who + " PGUSER");
                    expectSameSecret(postgres, "POSTGRES_PASSWORD", c, "PGPASSWORD", who);
                }));
    }

    /** The PostgreSQL container that a host name and port reach through a Service, or null with a problem. */
    private Container postgresBehind(String who, String host, int port) {
        String serviceName = serviceName(host);
        if (serviceName == null) {
            problems.add(who + ": host " + host + " is not a Service of namespace " + NAMESPACE);
            return null;
        }
        Optional<Service> service = manifests.service(serviceName);
        if (service.isEmpty()) {
            problems.add(who + ": there is no Service " + serviceName);
            return null;
        }
        Optional<ServicePort> servicePort = service.get().getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst();
        if (servicePort.isEmpty()) {
            problems.add(who + ": port " + port + " is not a port of Service " + serviceName);
            return null;
        }
        List<StatefulSet> selected = manifests.ofKind(StatefulSet.class)
                .filter(s -> selects(service.get(), s.getSpec().getTemplate().getMetadata().getLabels()))
                .toList();
        if (selected.size() != 1) {
            problems.add(who + ": Service " + serviceName + " selects " + selected.size() + " StatefulSets, expected PostgreSQL's");
            return null;
        }
        Container postgres = selected.get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
        Integer target = containerPort(postgres, servicePort.get().getTargetPort());
        if (target == null || target != 5432) {
            problems.add(who + ": Service " + serviceName + " forwards to " + portText(servicePort.get().getTargetPort())
                    + ", not to PostgreSQL's port 5432");
        }
        return postgres;
    }

    /** postgres, postgres.kilo-guardian, postgres.kilo-guardian.svc and postgres.kilo-guardian.svc.cluster.local. */
    private static String serviceName(String host) {
        String[] labels = host.split("\\.");
        if (labels.length == 1) {
            return labels[0];
        }
        String rest = host.substring(labels[0].length() + 1);
        return Set.of(NAMESPACE, NAMESPACE + ".svc", NAMESPACE + ".svc.cluster.local").contains(rest) ? labels[0] : null;
    }

    private void expectEqual(Optional<String> actual, Optional<String> expected, String what) {
        if (!actual.equals(expected)) {
            problems.add(what + " is " + expected.orElse("unset") + " but PostgreSQL has " + actual.orElse("unset"));
        }
    }

    private void expectSameSecret(Container postgres, String postgresVariable, Container client, String clientVariable, String who) {
        SecretKeySelector server = secretRef(postgres, postgresVariable);
        SecretKeySelector used = secretRef(client, clientVariable);
        if (server == null || used == null || !server.getName().equals(used.getName()) || !server.getKey().equals(used.getKey())) {
            problems.add(who + " " + clientVariable + " does not come from the Secret key that sets PostgreSQL's "
                    + postgresVariable);
        }
    }

    // --- Secret, ConfigMap and volume claim references -------------------------------------------

    private void references() {
        manifests.workloads().forEach(workload -> {
            String who = workload.describe();
            for (Container container : workload.template().getSpec().getContainers()) {
                for (EnvVar variable : nonNull(container.getEnv())) {
                    if (variable.getValueFrom() == null) {
                        continue;
                    }
                    SecretKeySelector secretKey = variable.getValueFrom().getSecretKeyRef();
                    if (secretKey != null && !Boolean.TRUE.equals(secretKey.getOptional())) {
                        expectKey(who, variable.getName(), "Secret", secretKey.getName(), secretKey.getKey(),
                                manifests.secret(secretKey.getName()).map(DeploymentDrift::keys));
                    }
                    ConfigMapKeySelector configKey = variable.getValueFrom().getConfigMapKeyRef();
                    if (configKey != null && !Boolean.TRUE.equals(configKey.getOptional())) {
                        expectKey(who, variable.getName(), "ConfigMap", configKey.getName(), configKey.getKey(),
                                manifests.configMap(configKey.getName()).map(DeploymentDrift::keys));
                    }
                }
                for (EnvFromSource source : nonNull(container.getEnvFrom())) {
                    if (source.getConfigMapRef() != null && manifests.configMap(source.getConfigMapRef().getName()).isEmpty()) {
                        problems.add(who + " reads its environment from ConfigMap " + source.getConfigMapRef().getName()
                                + ", which does not exist");
                    }
                    if (source.getSecretRef() != null && manifests.secret(source.getSecretRef().getName()).isEmpty()) {
                        problems.add(who + " reads its environment from Secret " + source.getSecretRef().getName()
                                + ", which does not exist");
                    }
                }
            }
            for (Volume volume : nonNull(workload.template().getSpec().getVolumes())) {
                if (volume.getConfigMap() != null && manifests.configMap(volume.getConfigMap().getName()).isEmpty()) {
                    problems.add(who + " mounts ConfigMap " + volume.getConfigMap().getName() + ", which does not exist");
                }
                if (volume.getSecret() != null && !Boolean.TRUE.equals(volume.getSecret().getOptional())
                        && manifests.secret(volume.getSecret().getSecretName()).isEmpty()) {
                    problems.add(who + " mounts Secret " + volume.getSecret().getSecretName() + ", which does not exist");
                }
                if (volume.getPersistentVolumeClaim() != null
                        && manifests.claim(volume.getPersistentVolumeClaim().getClaimName()).isEmpty()) {
                    problems.add(who + " mounts PersistentVolumeClaim " + volume.getPersistentVolumeClaim().getClaimName()
                            + ", which does not exist");
                }
            }
        });
    }

    private void expectKey(String who, String variable, String kind, String name, String key, Optional<Set<String>> keys) {
        if (keys.isEmpty()) {
            problems.add(who + " " + variable + " reads " + kind + " " + name + ", which does not exist");
        } else if (!keys.get().contains(key)) {
            problems.add(who + " " + variable + " reads key " + key + " of " + kind + " " + name + ", which has only " + keys.get());
        }
    }

    // --- data on volumes -------------------------------------------------------------------------

    /** PostgreSQL's PGDATA and the backups' BACKUP_DIR must be on persistent volumes, not in the container. */
    private void volumes() {
        manifests.ofKind(StatefulSet.class).forEach(statefulSet -> {
            Set<String> claimTemplates = Set.copyOf(nonNull(statefulSet.getSpec().getVolumeClaimTemplates()).stream()
                    .map(claim -> claim.getMetadata().getName()).toList());
            for (Container container : statefulSet.getSpec().getTemplate().getSpec().getContainers()) {
                env(container, "PGDATA").ifPresent(pgdata -> expectOnVolume("StatefulSet " + statefulSet.getMetadata().getName()
                        + " PGDATA", pgdata, container, claimTemplates));
            }
        });
        manifests.workloads().forEach(workload -> {
            Set<String> claimVolumes = Set.copyOf(nonNull(workload.template().getSpec().getVolumes()).stream()
                    .filter(v -> v.getPersistentVolumeClaim() != null).map(Volume::getName).toList());
            for (Container container : workload.template().getSpec().getContainers()) {
                env(container, "BACKUP_DIR").ifPresent(dir -> expectOnVolume(workload.describe() + " BACKUP_DIR", dir,
                        container, claimVolumes));
            }
        });
    }

    private void expectOnVolume(String what, String path, Container container, Set<String> persistentVolumes) {
        boolean persisted = nonNull(container.getVolumeMounts()).stream()
                .filter(mount -> persistentVolumes.contains(mount.getName()))
                .map(VolumeMount::getMountPath)
                .anyMatch(mountPath -> path.equals(mountPath) || path.startsWith(mountPath.endsWith("/") ? mountPath : mountPath + "/"));
        if (!persisted) {
            problems.add(what + " " + path + " is not on a persistent volume: the data would be lost with the container");
        }
    }

    // --- helpers over the model ------------------------------------------------------------------

    private Optional<String> env(Container container, String name) {
        return manifests.env(container, name);
    }

    private static SecretKeySelector secretRef(Container container, String name) {
        return nonNull(container.getEnv()).stream()
                .filter(v -> name.equals(v.getName()) && v.getValueFrom() != null)
                .map(v -> v.getValueFrom().getSecretKeyRef())
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** A port number, or a container port's name resolved against the container. */
    private static Integer containerPort(Container container, IntOrString port) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return nonNull(container.getPorts()).stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    private static String portText(IntOrString port) {
        return port == null ? "(none)" : port.getIntVal() != null ? port.getIntVal().toString() : "'" + port.getStrVal() + "'";
    }

    private static boolean selects(Service service, Map<String, String> podLabels) {
        Map<String, String> selector = service.getSpec().getSelector();
        return selector != null && !selector.isEmpty() && podLabels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(podLabels.get(e.getKey())));
    }

    private static Set<String> keys(ConfigMap configMap) {
        return Set.copyOf(nonNull(configMap.getData()).keySet());
    }

    private static Set<String> keys(Secret secret) {
        Set<String> keys = new java.util.HashSet<>(nonNull(secret.getData()).keySet());
        keys.addAll(nonNull(secret.getStringData()).keySet());
        return Set.copyOf(keys);
    }

    private static String describe(HasMetadata object) {
        return object.getKind() + " " + object.getMetadata().getName();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
