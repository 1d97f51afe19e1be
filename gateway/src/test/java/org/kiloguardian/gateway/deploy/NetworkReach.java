package org.kiloguardian.gateway.deploy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Whether a pod may open a TCP connection to a port of a workload's pods, by the NetworkPolicies of
 * the rendering, as Kubernetes defines them (networking.k8s.io/v1, ingress rules): a pod that no
 * policy selects takes everything; a selected pod takes what some rule of a selecting policy allows.
 * An {@code ipBlock} peer is taken to match every pod (its range may hold any pod's address), so the
 * answer errs towards "reachable" and a check that something is unreachable cannot pass by mistake.
 * No library evaluates NetworkPolicies offline; this is the small subset of the semantics the
 * deployment uses, written out.
 */
final class NetworkReach {

    /** A pod that opens connections: its namespace and its labels. */
    record Peer(String description, String namespace, Map<String, String> labels) {
        /** The label every namespace carries since Kubernetes 1.21, which namespace selectors match. */
        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final Manifests manifests;

    NetworkReach(Manifests manifests) {
        this.manifests = manifests;
    }

    boolean reaches(Peer from, Manifests.Workload to, int port) {
        String namespace = to.owner().getMetadata().getNamespace();
        Map<String, String> podLabels = Objects.requireNonNullElse(to.template().getMetadata().getLabels(), Map.of());
        List<NetworkPolicy> selecting = policiesSelecting(namespace, podLabels);
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(policy -> Objects.requireNonNullElse(policy.getSpec().getIngress(), List.<NetworkPolicyIngressRule>of()).stream()
                        .filter(rule -> fromMatches(rule, namespace, from) && portMatches(rule, to, port)))
                .findAny().isPresent();
    }

    /** The policies of the namespace that restrict ingress to pods with these labels. */
    List<NetworkPolicy> policiesSelecting(String namespace, Map<String, String> podLabels) {
        return manifests.networkPolicies()
                .filter(policy -> namespace.equals(policy.getMetadata().getNamespace()))
                .filter(NetworkReach::restrictsIngress)
                .filter(policy -> matches(policy.getSpec().getPodSelector(), podLabels))
                .toList();
    }

    static boolean restrictsIngress(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        // without policyTypes a policy is an ingress policy (and an egress one too if it has egress rules)
        return types == null || types.isEmpty() || types.contains("Ingress");
    }

    private static boolean fromMatches(NetworkPolicyIngressRule rule, String policyNamespace, Peer from) {
        List<NetworkPolicyPeer> peers = rule.getFrom();
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> {
            if (peer.getIpBlock() != null) {
                return true;
            }
            boolean namespaceMatches = peer.getNamespaceSelector() == null
                    ? policyNamespace.equals(from.namespace())
                    : matches(peer.getNamespaceSelector(), from.namespaceLabels());
            boolean podMatches = peer.getPodSelector() == null || matches(peer.getPodSelector(), from.labels());
            return namespaceMatches && podMatches;
        });
    }

    private static boolean portMatches(NetworkPolicyIngressRule rule, Manifests.Workload to, int port) {
        List<NetworkPolicyPort> ports = rule.getPorts();
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(allowed -> {
            if (allowed.getProtocol() != null && !"TCP".equals(allowed.getProtocol())) {
                return false;
            }
            if (allowed.getPort() == null) {
                return true;
            }
            if (allowed.getPort().getIntVal() != null) {
                int first = allowed.getPort().getIntVal();
                int last = allowed.getEndPort() == null ? first : allowed.getEndPort();
                return first <= port && port <= last;
            }
            // a named port is looked up among the destination pod's container ports
            return to.template().getSpec().getContainers().stream()
                    .map(Container::getPorts).filter(Objects::nonNull).flatMap(List::stream)
                    .filter(p -> allowed.getPort().getStrVal().equals(p.getName()))
                    .map(ContainerPort::getContainerPort)
                    .anyMatch(number -> number == port);
        });
    }

    /** A label selector: every matchLabels pair and every matchExpressions requirement holds; {} matches everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean labelsMatch = Objects.requireNonNullElse(selector.getMatchLabels(), Map.<String, String>of()).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        return labelsMatch && Objects.requireNonNullElse(selector.getMatchExpressions(), List.<LabelSelectorRequirement>of()).stream()
                .allMatch(requirement -> holds(requirement, labels));
    }

    private static boolean holds(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        List<String> values = Objects.requireNonNullElse(requirement.getValues(), List.of());
        return switch (requirement.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("unknown label selector operator " + requirement.getOperator());
        };
    }
}
