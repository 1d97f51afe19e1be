package org.kiloguardian.gateway.deploy;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

/**
 * Passwords, session cookies and medical data cross the home Wi-Fi only encrypted: every Ingress is
 * served on Traefik's {@code websecure} entrypoint with a certificate for its hosts and HSTS, or on
 * {@code web} only to redirect to HTTPS; and the app reads Traefik's {@code X-Forwarded-Proto}, so it
 * knows the request was HTTPS and marks its cookies {@code Secure}.
 */
final class HttpsDrift {

    static final String WEB = "web";
    static final String WEBSECURE = "websecure";
    /** One year, the usual HSTS lifetime: a browser that saw it once never tries plain HTTP for a year. */
    static final long MIN_HSTS_SECONDS = 31_536_000L;
    private static final String TLS_SECRET_TYPE = "kubernetes.io/tls";

    private final Manifests manifests;
    private final TraefikMiddlewares middlewares;
    private final List<String> problems = new ArrayList<>();

    private HttpsDrift(Manifests manifests) {
        this.manifests = manifests;
        this.middlewares = new TraefikMiddlewares(manifests);
    }

    static List<String> problems(Manifests manifests) {
        HttpsDrift drift = new HttpsDrift(manifests);
        manifests.ingresses().forEach(drift::ingress);
        drift.httpRedirectsForTheHost();
        drift.appReadsTheForwardedScheme();
        return List.copyOf(drift.problems);
    }

    private void ingress(Ingress ingress) {
        String who = "Ingress " + ingress.getMetadata().getName();
        List<String> entrypoints = TraefikMiddlewares.entrypoints(ingress);
        List<GenericKubernetesResource> used = new ArrayList<>();
        for (String reference : TraefikMiddlewares.references(ingress)) {
            middlewares.resolve(reference).ifPresentOrElse(used::add, () -> problems.add(who + " uses middleware " + reference
                    + ", which is no Middleware of the deployment (expected <namespace>-<name>@kubernetescrd)"));
        }
        if (entrypoints.isEmpty()) {
            problems.add(who + " names no Traefik entrypoint (" + TraefikMiddlewares.ENTRYPOINTS
                    + "): Traefik would serve it on every entrypoint, plain HTTP included");
            return;
        }
        if (entrypoints.contains(WEB) && used.stream().noneMatch(HttpsDrift::redirectsToHttps)) {
            problems.add(who + " serves plain HTTP on entrypoint " + WEB
                    + " instead of redirecting to HTTPS (a redirectScheme middleware with scheme https)");
        }
        if (entrypoints.contains(WEBSECURE)) {
            certificates(who, ingress);
            if (used.stream().noneMatch(HttpsDrift::sendsHsts)) {
                problems.add(who + " sends no Strict-Transport-Security header of at least a year "
                        + "(a headers middleware with stsSeconds >= " + MIN_HSTS_SECONDS + ")");
            }
        }
    }

    /** Every host served on websecure has a certificate in a TLS Secret of the deployment, and that certificate names it. */
    private void certificates(String who, Ingress ingress) {
        List<IngressTLS> tls = Objects.requireNonNullElse(ingress.getSpec().getTls(), List.of());
        for (IngressRule rule : ingress.getSpec().getRules()) {
            String host = rule.getHost();
            Optional<IngressTLS> entry = tls.stream()
                    .filter(t -> t.getHosts() != null && t.getHosts().contains(host) && t.getSecretName() != null)
                    .findFirst();
            if (entry.isEmpty()) {
                problems.add(who + " serves " + host + " on " + WEBSECURE + " without a certificate for it (spec.tls)");
                continue;
            }
            String secretName = entry.get().getSecretName();
            Optional<Secret> secret = manifests.secret(secretName);
            if (secret.isEmpty()) {
                problems.add(who + " takes the certificate for " + host + " from Secret " + secretName + ", which does not exist");
                continue;
            }
            Map<String, String> data = Objects.requireNonNullElse(secret.get().getData(), Map.of());
            if (!TLS_SECRET_TYPE.equals(secret.get().getType()) || !data.containsKey("tls.crt") || !data.containsKey("tls.key")) {
                problems.add("Secret " + secretName + " is not a " + TLS_SECRET_TYPE + " Secret with tls.crt and tls.key");
                continue;
            }
            List<String> names = namesIn(data.get("tls.crt"));
            if (names.stream().noneMatch(name -> covers(name, host))) {
                problems.add("the certificate in Secret " + secretName + " does not name " + host + " (it names " + names + ")");
            }
        }
    }

    /** http://kilo.local/... answers with a redirect rather than nothing: some Ingress on web redirects every path of the host. */
    private void httpRedirectsForTheHost() {
        boolean redirected = manifests.ingresses()
                .filter(ingress -> TraefikMiddlewares.entrypoints(ingress).contains(WEB))
                .filter(ingress -> TraefikMiddlewares.references(ingress).stream()
                        .map(middlewares::resolve).flatMap(Optional::stream).anyMatch(HttpsDrift::redirectsToHttps))
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .filter(rule -> DeploymentDrift.HOST.equals(rule.getHost()) && rule.getHttp() != null)
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .anyMatch(path -> "/".equals(path.getPath()) && "Prefix".equals(path.getPathType()));
        if (!redirected) {
            problems.add("http://" + DeploymentDrift.HOST + "/ does not redirect to HTTPS: no Ingress on entrypoint " + WEB
                    + " redirects " + DeploymentDrift.HOST + "/ (Prefix)");
        }
    }

    /** Traefik tells the app the request was HTTPS in X-Forwarded-Proto; the app must read it to mark its cookies Secure. */
    private void appReadsTheForwardedScheme() {
        manifests.deployment(DeploymentDrift.APP).ifPresent(deployment -> {
            Container app = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (String variable : List.of("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED")) {
                if (!manifests.env(app, variable).map("true"::equals).orElse(false)) {
                    problems.add("Deployment " + DeploymentDrift.APP + " does not set " + variable + "=true: behind Traefik the app "
                            + "would take HTTPS requests for plain HTTP and send its session and CSRF cookies without Secure");
                }
            }
        });
    }

    private static boolean redirectsToHttps(GenericKubernetesResource middleware) {
        return TraefikMiddlewares.config(middleware, "redirectScheme").map(c -> "https".equals(c.get("scheme"))).orElse(false);
    }

    private static boolean sendsHsts(GenericKubernetesResource middleware) {
        return TraefikMiddlewares.config(middleware, "headers")
                .map(c -> c.get("stsSeconds") instanceof Number seconds && seconds.longValue() >= MIN_HSTS_SECONDS)
                .orElse(false);
    }

    /** The DNS names and IP addresses of a PEM certificate (Secret data, base64), or nothing if it is none. */
    private static List<String> namesIn(String base64Pem) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64Pem)));
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names.stream().map(name -> name.get(1).toString()).toList();
        } catch (CertificateParsingException e) {
            return List.of();
        } catch (CertificateException | IllegalArgumentException e) {
            return List.of("(not a certificate: " + e.getMessage() + ")");
        }
    }

    private static boolean covers(String certificateName, String host) {
        if (certificateName.startsWith("*.")) {
            String suffix = certificateName.substring(1);
            return host.endsWith(suffix) && host.indexOf('.') == host.length() - suffix.length();
        }
        return certificateName.equalsIgnoreCase(host);
    }
}
