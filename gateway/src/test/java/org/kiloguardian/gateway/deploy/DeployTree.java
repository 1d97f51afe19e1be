package org.kiloguardian.gateway.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * A scratch copy of the repository's {@code deploy/} folder, rendered the way {@code kubectl apply -k}
 * renders it. The copy gets a {@code secrets.env} made from the committed example (the real one is
 * git-ignored and never on a CI machine), and can take a broken overlay from the test fixtures.
 */
final class DeployTree {

    static final String KUBECTL = "kubectl";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final Path root;

    private DeployTree(Path root) {
        this.root = root;
    }

    /** The repository checkout: the folder holding {@code deploy/k3s}, found from the working directory up. */
    static Path repository() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/k3s/kustomization.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/k3s/kustomization.yaml above " + Path.of("").toAbsolutePath());
    }

    static DeployTree copyOfRepository() {
        try {
            Path scratch = Files.createTempDirectory("kilo-deploy");
            copyRecursively(repository().resolve("deploy"), scratch);
            Files.copy(scratch.resolve("k3s/secrets.env.example"), scratch.resolve("k3s/secrets.env"));
            // the HTTPS certificate, as a household makes it (deploy/README.md, "HTTPS"), from a throw-away CA
            DeployScript.Result certificate = new DeployScript(scratch.resolve("tls/make-local-ca.sh"))
                    .run(Map.of("KILO_CA_DIR", scratch.resolve("ca").toString(), "KILO_TLS_DIR", scratch.resolve("k3s/tls").toString()));
            if (!certificate.succeeded()) {
                throw new IllegalStateException("tls/make-local-ca.sh failed:\n" + certificate.output());
            }
            return new DeployTree(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a kustomization from the test resources beside {@code k3s/}, as {@code <name>/}. */
    DeployTree withOverlay(String name, Path overlay) {
        try {
            copyRecursively(overlay, root.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    /** {@code kubectl kustomize <dir>}, every object parsed with fabric8's model. */
    Manifests render(String kustomization) {
        return new Manifests(parse(kustomize(root.resolve(kustomization))));
    }

    /** A plain manifest file of the copy (one not in a kustomization), parsed with fabric8's model. */
    List<HasMetadata> parseFile(String relative) {
        try (InputStream in = Files.newInputStream(root.resolve(relative))) {
            return asList(SERIALIZATION.unmarshal(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<HasMetadata> parse(String yaml) {
        return asList(SERIALIZATION.unmarshal(yaml));
    }

    private static List<HasMetadata> asList(Object parsed) {
        List<HasMetadata> objects = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(item -> objects.add((HasMetadata) item));
        } else {
            objects.add((HasMetadata) parsed);
        }
        return objects;
    }

    private static String kustomize(Path dir) {
        try {
            Process kubectl = new ProcessBuilder(KUBECTL, "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.PIPE)
                    .start();
            // read stdout before waiting: a full pipe would block kubectl
            String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: " + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed to render deploy/k3s (it comes with this machine image)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A developer's real secrets.env and certificate stay where they are. */
    private static boolean isPrivate(Path relative) {
        return relative.getFileName().toString().equals("secrets.env") || relative.startsWith(Path.of("k3s", "tls"));
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!isPrivate(from.relativize(source))) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
