package org.kiloguardian.gateway.deploy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;

/**
 * Who may talk to whom inside the cluster: only Traefik reaches the app's port, only the app and the
 * backup and restore jobs reach PostgreSQL, other pods reach neither; and the app believes
 * {@code X-Forwarded-*} headers only from the pod network, which the policies narrow down to Traefik.
 * Without this any pod of the cluster could log in to PostgreSQL's port or hand the app a forged
 * {@code X-Forwarded-For} (to dodge the per-address login throttle or forge the audit log).
 */
final class NetworkDrift {

    /** k3s's default cluster-cidr: every pod, Traefik's too, has its address from here. */
    static final String POD_NETWORK = "10.42.0.0/16";
    static final String TRUSTED_PROXIES = "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES";
    private static final int POSTGRES_PORT = 5432;

    /** k3s's bundled Traefik: its Helm chart's labels, in kube-system. */
    static final NetworkReach.Peer TRAEFIK = new NetworkReach.Peer("Traefik", "kube-system",
            Map.of("app.kubernetes.io/name", "traefik", "app.kubernetes.io/instance", "traefik-kube-system"));
    /** Pods that must reach nothing of the deployment. */
    static final List<NetworkReach.Peer> STRANGERS = List.of(
            new NetworkReach.Peer("a pod of namespace " + DeploymentDrift.NAMESPACE + " without the deployment's labels",
                    DeploymentDrift.NAMESPACE, Map.of("run", "debug")),
            new NetworkReach.Peer("a pod of namespace default labelled like Traefik", "default", TRAEFIK.labels()),
            new NetworkReach.Peer("a pod of kube-system that is not Traefik (CoreDNS)", "kube-system", Map.of("k8s-app", "kube-dns")));

    private final Manifests manifests;
    private final AppFacts app;
    private final NetworkReach reach;
    private final List<String> problems = new ArrayList<>();

    private NetworkDrift(Manifests manifests, AppFacts app) {
        this.manifests = manifests;
        this.app = app;
        this.reach = new NetworkReach(manifests);
    }

    static List<String> problems(Manifests manifests, AppFacts app) {
        NetworkDrift drift = new NetworkDrift(manifests, app);
        drift.defaultDeny();
        drift.appPort();
        drift.database();
        drift.trustedProxies();
        return List.copyOf(drift.problems);
    }

    /** A pod that nobody thought of (a new workload, a debug pod) gets no connections until a policy says so. */
    private void defaultDeny() {
        boolean denied = manifests.networkPolicies()
                .filter(policy -> DeploymentDrift.NAMESPACE.equals(policy.getMetadata().getNamespace()))
                .filter(NetworkReach::restrictsIngress)
                .filter(policy -> isEmpty(policy.getSpec().getPodSelector()))
                .anyMatch(policy -> policy.getSpec().getIngress() == null || policy.getSpec().getIngress().isEmpty());
        if (!denied) {
            problems.add("namespace " + DeploymentDrift.NAMESPACE + " has no default-deny NetworkPolicy (podSelector {}, "
                    + "policyTypes [Ingress], no ingress rules): any pod of the cluster may connect to its pods");
        }
    }

    private void appPort() {
        appWorkload().ifPresent(appPods -> {
            int port = app.httpPort();
            String target = "port " + port + " of " + appPods.describe();
            if (!reach.reaches(TRAEFIK, appPods, port)) {
                problems.add(TRAEFIK.description() + " cannot reach " + target + ": the household would get no answer");
            }
            for (NetworkReach.Peer stranger : STRANGERS) {
                if (reach.reaches(stranger, appPods, port)) {
                    problems.add(stranger.description() + " can reach " + target + "; only Traefik may, since the app "
                            + "believes the X-Forwarded-For of whoever connects from the pod network");
                }
            }
        });
    }

    private void database() {
        List<Manifests.Workload> databases = manifests.workloads().filter(NetworkDrift::listensOnPostgresPort).toList();
        if (databases.isEmpty()) {
            problems.add("no workload listens on PostgreSQL's port " + POSTGRES_PORT);
        }
        List<Manifests.Workload> clients = manifests.workloads()
                .filter(w -> w.template().getSpec().getContainers().stream().anyMatch(this::connectsToPostgres))
                .toList();
        for (Manifests.Workload database : databases) {
            String target = "PostgreSQL (port " + POSTGRES_PORT + " of " + database.describe() + ")";
            for (Manifests.Workload client : clients) {
                if (!reach.reaches(peer(client), database, POSTGRES_PORT)) {
                    problems.add(client.describe() + " cannot reach " + target);
                }
            }
            List<NetworkReach.Peer> outsiders = new ArrayList<>(STRANGERS);
            outsiders.add(TRAEFIK);
            for (NetworkReach.Peer outsider : outsiders) {
                if (reach.reaches(outsider, database, POSTGRES_PORT)) {
                    problems.add(outsider.description() + " can reach " + target + "; only the app and the backup and restore "
                            + "jobs may");
                }
            }
        }
    }

    /**
     * The app believes X-Forwarded-For/Proto/Host only from {@value #TRUSTED_PROXIES}: in the cluster that must be
     * the pod network alone (where Traefik's connections come from), never loopback, the LAN or everything.
     */
    private void trustedProxies() {
        appWorkload().ifPresent(appPods -> {
            Container container = appPods.template().getSpec().getContainers().get(0);
            Optional<String> trusted = manifests.env(container, TRUSTED_PROXIES);
            if (trusted.isEmpty() || trusted.get().isBlank()) {
                problems.add(appPods.describe() + " does not set " + TRUSTED_PROXIES + ": the app would take its built-in "
                        + "default, or with an empty list believe forwarded headers from anyone");
                return;
            }
            CidrAddress podNetwork = Inet.parseCidrAddress(POD_NETWORK);
            boolean traefikTrusted = false;
            for (String entry : Arrays.stream(trusted.get().split(",")).map(String::trim).toList()) {
                CidrAddress range = cidr(entry);
                traefikTrusted |= range != null && range.matches(podNetwork);
                if (range == null) {
                    problems.add(appPods.describe() + " " + TRUSTED_PROXIES + " names " + entry + ", which is no address or "
                            + "address range (a host name is looked up once; name the pod network instead)");
                } else if (!podNetwork.matches(range)) {
                    problems.add(appPods.describe() + " " + TRUSTED_PROXIES + " trusts " + entry + ", outside the pod network "
                            + POD_NETWORK + ": only Traefik, which connects from the pod network, may set X-Forwarded-*");
                }
            }
            if (!traefikTrusted) {
                problems.add(appPods.describe() + " " + TRUSTED_PROXIES + " does not cover the pod network " + POD_NETWORK
                        + ", from any address of which Traefik may connect: the app would miss the client's address and "
                        + "X-Forwarded-Proto, and send its cookies without Secure");
            }
        });
    }

    private Optional<Manifests.Workload> appWorkload() {
        return manifests.workloads().filter(w -> w.owner() instanceof Deployment && DeploymentDrift.APP.equals(w.owner().getMetadata().getName()))
                .findFirst();
    }

    private boolean connectsToPostgres(Container container) {
        return manifests.env(container, "PGHOST").isPresent() || manifests.env(container, "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    private static boolean listensOnPostgresPort(Manifests.Workload workload) {
        return workload.template().getSpec().getContainers().stream()
                .map(Container::getPorts).filter(Objects::nonNull).flatMap(List::stream)
                .anyMatch(port -> port.getContainerPort() == POSTGRES_PORT);
    }

    private static NetworkReach.Peer peer(Manifests.Workload workload) {
        return new NetworkReach.Peer(workload.describe(), workload.owner().getMetadata().getNamespace(),
                Objects.requireNonNullElse(workload.template().getMetadata().getLabels(), Map.of()));
    }

    private static boolean isEmpty(LabelSelector selector) {
        return selector != null && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    /** An address range or a single address as the app reads it (Quarkus parses both with smallrye-common-net). */
    private static CidrAddress cidr(String entry) {
        if (entry.contains("/")) {
            return Inet.parseCidrAddress(entry);
        }
        InetAddress address = Inet.parseInetAddress(entry);
        return address == null ? null : CidrAddress.create(address, address.getAddress().length * 8);
    }
}
