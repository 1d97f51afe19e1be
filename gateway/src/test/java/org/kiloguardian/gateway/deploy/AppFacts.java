package org.kiloguardian.gateway.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What the manifests must agree with, read from where it is decided: the HTTP port from the app's
 * {@code application.properties} (the prod profile wins, as in the production jar), the images from
 * what {@code deploy/build-image.sh} tags.
 */
record AppFacts(int httpPort, String image, String backupImage) {

    static AppFacts of(Path repository) {
        Path buildImage = repository.resolve("deploy/build-image.sh");
        return new AppFacts(httpPort(repository.resolve("gateway/src/main/resources/application.properties")),
                imageTaggedBy(buildImage, "--print-image"), imageTaggedBy(buildImage, "--print-backup-image"));
    }

    static int httpPort(Path applicationProperties) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(applicationProperties)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String port = properties.getProperty("%prod.quarkus.http.port", properties.getProperty("quarkus.http.port", "8080"));
        return Integer.parseInt(port.trim());
    }

    static String imageTaggedBy(Path buildImageScript, String option) {
        try {
            Process script = new ProcessBuilder("bash", buildImageScript.toString(), option)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!script.waitFor(30, TimeUnit.SECONDS) || script.exitValue() != 0) {
                throw new IllegalStateException(buildImageScript + " " + option + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
