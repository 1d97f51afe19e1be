package org.kiloguardian.gateway.deploy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Traefik's {@code Middleware} objects and the Ingress annotations that use them. fabric8's model does
 * not know Traefik's CRDs, so they parse as generic resources whose field names nobody checks: this
 * class checks the ones the deployment relies on against Traefik v3's documentation
 * (doc.traefik.io, "RedirectScheme" and "Headers"), so a misspelt {@code stsSecond} fails the build
 * instead of silently sending no HSTS header.
 */
final class TraefikMiddlewares {

    static final String API_VERSION = "traefik.io/v1alpha1";
    static final String KIND = "Middleware";
    static final String ENTRYPOINTS = "traefik.ingress.kubernetes.io/router.entrypoints";
    static final String MIDDLEWARES = "traefik.ingress.kubernetes.io/router.middlewares";
    private static final String CRD_PROVIDER = "@kubernetescrd";

    /** The fields of each middleware type the deployment uses, as Traefik v3 names them. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "redirectScheme", Set.of("scheme", "port", "permanent"),
            "headers", Set.of("customRequestHeaders", "customResponseHeaders", "accessControlAllowCredentials",
                    "accessControlAllowHeaders", "accessControlAllowMethods", "accessControlAllowOriginList",
                    "accessControlAllowOriginListRegex", "accessControlExposeHeaders", "accessControlMaxAge", "addVaryHeader",
                    "allowedHosts", "hostsProxyHeaders", "sslProxyHeaders", "stsSeconds", "stsIncludeSubdomains", "stsPreload",
                    "forceSTSHeader", "frameDeny", "customFrameOptionsValue", "contentTypeNosniff", "browserXssFilter",
                    "customBrowserXSSValue", "contentSecurityPolicy", "contentSecurityPolicyReportOnly", "publicKey",
                    "referrerPolicy", "permissionsPolicy", "isDevelopment"));

    private final Manifests manifests;

    TraefikMiddlewares(Manifests manifests) {
        this.manifests = manifests;
    }

    /** The entrypoints an Ingress is served on; empty when it names none (then Traefik serves it on all of them). */
    static List<String> entrypoints(HasMetadata ingress) {
        return annotationList(ingress, ENTRYPOINTS);
    }

    /** The middleware references of an Ingress, as written ({@code <namespace>-<name>@kubernetescrd}). */
    static List<String> references(HasMetadata ingress) {
        return annotationList(ingress, MIDDLEWARES);
    }

    /** The Middleware that a reference names, looked up in the rendering. */
    Optional<GenericKubernetesResource> resolve(String reference) {
        if (!reference.endsWith(CRD_PROVIDER)) {
            return Optional.empty();
        }
        String qualified = reference.substring(0, reference.length() - CRD_PROVIDER.length());
        return manifests.generic(KIND)
                .filter(m -> qualified.equals(m.getMetadata().getNamespace() + "-" + m.getMetadata().getName()))
                .findFirst();
    }

    /** The configuration of one middleware type ({@code redirectScheme}, {@code headers}) of a Middleware, if it has it. */
    static Optional<Map<?, ?>> config(GenericKubernetesResource middleware, String type) {
        Object value = spec(middleware).get(type);
        return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
    }

    /** Fields of a Middleware that Traefik v3 does not know, as problems; empty for objects that are not Middlewares. */
    static List<String> unknownFields(HasMetadata object) {
        if (!(object instanceof GenericKubernetesResource middleware) || !KIND.equals(middleware.getKind())) {
            return List.of();
        }
        String who = "Middleware " + middleware.getMetadata().getName();
        List<String> problems = new ArrayList<>();
        if (!API_VERSION.equals(middleware.getApiVersion())) {
            problems.add(who + " has apiVersion " + middleware.getApiVersion() + "; Traefik v3 reads " + API_VERSION);
        }
        Map<?, ?> spec = spec(middleware);
        if (spec.size() != 1) {
            problems.add(who + " must configure exactly one middleware type, not " + spec.keySet());
        }
        spec.forEach((type, config) -> {
            Set<String> known = FIELDS.get(type.toString());
            if (known == null) {
                problems.add(who + " uses middleware type " + type + ", whose fields the drift check does not know (add them to "
                        + TraefikMiddlewares.class.getSimpleName() + ")");
            } else if (config instanceof Map<?, ?> fields) {
                Set<String> unknown = new TreeSet<>();
                fields.keySet().forEach(field -> {
                    if (!known.contains(field.toString())) {
                        unknown.add(field.toString());
                    }
                });
                if (!unknown.isEmpty()) {
                    problems.add(who + " " + type + " has fields Traefik does not know: " + unknown);
                }
            } else {
                problems.add(who + " " + type + " is not a map of fields");
            }
        });
        return problems;
    }

    private static Map<?, ?> spec(GenericKubernetesResource middleware) {
        Object spec = middleware.getAdditionalProperties().get("spec");
        return spec instanceof Map<?, ?> map ? map : Map.of();
    }

    private static List<String> annotationList(HasMetadata object, String annotation) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        String value = annotations == null ? null : annotations.get(annotation);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
