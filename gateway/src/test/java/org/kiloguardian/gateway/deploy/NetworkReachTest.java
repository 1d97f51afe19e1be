package org.kiloguardian.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link NetworkReach} reads NetworkPolicies the way Kubernetes does, on the cases the deployment's policies use. */
class NetworkReachTest {

    private static final String APP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: app, namespace: home}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                    - name: app
                      image: app
                      ports: [{name: http, containerPort: 8080}]
            """;
    private static final Manifests.Workload APP_PODS = new Manifests(DeployTree.parse(APP)).workloads().findFirst().orElseThrow();
    private static final NetworkReach.Peer TRAEFIK = new NetworkReach.Peer("traefik", "kube-system", Map.of("app", "traefik"));
    private static final NetworkReach.Peer DNS = new NetworkReach.Peer("dns", "kube-system", Map.of("app", "dns"));
    private static final NetworkReach.Peer FAKE_TRAEFIK = new NetworkReach.Peer("fake", "default", Map.of("app", "traefik"));
    private static final NetworkReach.Peer NEIGHBOUR = new NetworkReach.Peer("neighbour", "home", Map.of("app", "backup"));

    @Test
    void withoutAPolicyEverythingGetsIn() {
        NetworkReach reach = reach("");
        assertThat(reach.reaches(DNS, APP_PODS, 8080)).isTrue();
    }

    @Test
    void namespaceAndPodSelectorInOneEntryMeanBoth() {
        NetworkReach reach = reach("""
                ingress:
                  - from:
                      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
                        podSelector: {matchLabels: {app: traefik}}
                """);
        assertThat(reach.reaches(TRAEFIK, APP_PODS, 8080)).isTrue();
        assertThat(reach.reaches(DNS, APP_PODS, 8080)).isFalse();
        assertThat(reach.reaches(FAKE_TRAEFIK, APP_PODS, 8080)).isFalse();
        assertThat(reach.reaches(NEIGHBOUR, APP_PODS, 8080)).isFalse();
    }

    @Test
    void twoEntriesMeanEither() {
        NetworkReach reach = reach("""
                ingress:
                  - from:
                      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}
                      - podSelector: {matchLabels: {app: traefik}}
                """);
        assertThat(reach.reaches(DNS, APP_PODS, 8080)).isTrue();
        // a podSelector alone means pods of the policy's own namespace
        assertThat(reach.reaches(FAKE_TRAEFIK, APP_PODS, 8080)).isFalse();
    }

    @Test
    void matchExpressionsAndNamedPorts() {
        NetworkReach reach = reach("""
                ingress:
                  - from:
                      - podSelector:
                          matchExpressions: [{key: app, operator: In, values: [backup, restore]}]
                    ports: [{protocol: TCP, port: http}]
                """);
        assertThat(reach.reaches(NEIGHBOUR, APP_PODS, 8080)).isTrue();
        assertThat(reach.reaches(NEIGHBOUR, APP_PODS, 9090)).isFalse();
        assertThat(reach.reaches(new NetworkReach.Peer("other", "home", Map.of("app", "other")), APP_PODS, 8080)).isFalse();
    }

    @Test
    void anAddressBlockCountsAsEveryPod() {
        NetworkReach reach = reach("""
                ingress:
                  - from: [{ipBlock: {cidr: 192.168.0.0/16}}]
                """);
        assertThat(reach.reaches(DNS, APP_PODS, 8080)).isTrue();
    }

    @Test
    void anEmptyPolicyDeniesEverything() {
        NetworkReach reach = reach("policyTypes: [Ingress]\n");
        assertThat(reach.reaches(TRAEFIK, APP_PODS, 8080)).isFalse();
        assertThat(reach.reaches(NEIGHBOUR, APP_PODS, 8080)).isFalse();
    }

    private static NetworkReach reach(String policySpec) {
        String policy = policySpec.isEmpty() ? "" : """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: policy, namespace: home}
                spec:
                  podSelector: {matchLabels: {app: web}}
                """ + policySpec.indent(2);
        return new NetworkReach(new Manifests(DeployTree.parse(APP + policy)));
    }

    private static Manifests.Workload app(NetworkReach reach) {
        return new Manifests(DeployTree.parse(APP)).workloads().findFirst().orElseThrow();
    }
}
