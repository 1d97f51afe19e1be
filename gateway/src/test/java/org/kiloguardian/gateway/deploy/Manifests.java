package org.kiloguardian.gateway.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/** The objects of one rendering, with look-ups by kind and name. */
final class Manifests {

    /** A pod template together with what owns it, for messages and for volume claim templates. */
    record Workload(HasMetadata owner, PodTemplateSpec template) {
        String describe() {
            return owner.getKind() + " " + owner.getMetadata().getName();
        }
    }

    private final List<HasMetadata> objects;

    Manifests(List<HasMetadata> objects) {
        this.objects = new ArrayList<>(objects);
    }

    /** The same objects plus others applied beside them (e.g. the restore Job). */
    Manifests plus(List<HasMetadata> more) {
        List<HasMetadata> all = new ArrayList<>(objects);
        all.addAll(more);
        return new Manifests(all);
    }

    List<HasMetadata> all() {
        return List.copyOf(objects);
    }

    <T extends HasMetadata> Stream<T> ofKind(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast);
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return ofKind(kind).filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    Optional<Deployment> deployment(String name) {
        return find(Deployment.class, name);
    }

    Optional<Service> service(String name) {
        return find(Service.class, name);
    }

    Optional<ConfigMap> configMap(String name) {
        return find(ConfigMap.class, name);
    }

    Optional<Secret> secret(String name) {
        return find(Secret.class, name);
    }

    Optional<PersistentVolumeClaim> claim(String name) {
        return find(PersistentVolumeClaim.class, name);
    }

    /** A container's environment variable as Kubernetes resolves it: env over envFrom; ConfigMap values looked up. */
    Optional<String> env(Container container, String name) {
        for (EnvVar variable : Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of())) {
            if (name.equals(variable.getName())) {
                if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                    ConfigMapKeySelector ref = variable.getValueFrom().getConfigMapKeyRef();
                    return configMap(ref.getName()).map(c -> c.getData().get(ref.getKey()));
                }
                return Optional.ofNullable(variable.getValue());
            }
        }
        for (EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
            if (source.getConfigMapRef() != null) {
                Optional<String> value = configMap(source.getConfigMapRef().getName())
                        .map(c -> c.getData().get(name));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    Stream<Ingress> ingresses() {
        return ofKind(Ingress.class);
    }

    Stream<NetworkPolicy> networkPolicies() {
        return ofKind(NetworkPolicy.class);
    }

    /** Objects of a kind that fabric8's model does not know (Traefik's Middleware), as generic resources. */
    Stream<GenericKubernetesResource> generic(String kind) {
        return ofKind(GenericKubernetesResource.class).filter(o -> kind.equals(o.getKind()));
    }

    /** Every pod template: Deployments, StatefulSets, CronJobs and Jobs. */
    Stream<Workload> workloads() {
        return Stream.of(
                ofKind(Deployment.class).map(d -> new Workload(d, d.getSpec().getTemplate())),
                ofKind(StatefulSet.class).map(s -> new Workload(s, s.getSpec().getTemplate())),
                ofKind(CronJob.class).map(c -> new Workload(c, c.getSpec().getJobTemplate().getSpec().getTemplate())),
                ofKind(Job.class).map(j -> new Workload(j, j.getSpec().getTemplate())))
                .flatMap(s -> s);
    }
}
