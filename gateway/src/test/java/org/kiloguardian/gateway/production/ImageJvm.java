package org.kiloguardian.gateway.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the runtime image starts the runner, read from {@code deploy/Dockerfile}: its Java (the
 * {@code kilo.image.java} of the build, the image's major version), its {@code JDK_JAVA_OPTIONS}, and
 * its entrypoint's options with the AOT cache beside the runner. The production-jar ITs start the
 * runner this way, so they test what the household runs, cache included.
 */
public final class ImageJvm {

    /**
     * The k3s Deployment's memory limit (deploy/k3s/app.yaml), as {@code -XX:MaxRAM} takes it: the
     * image sizes its heap as a share of it. DeploymentDriftTest holds it, the AOT training's and the
     * benches' to the manifest.
     */
    public static final String MEMORY_LIMIT = "768m";
    private static final String IMAGE_DIRECTORY = "/deployments/";

    private ImageJvm() {
    }

    /** The command that starts {@code jar} as the image's entrypoint does. */
    public static List<String> command(Path jar) {
        String dockerfile = dockerfile();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(Arrays.asList(javaOptions(dockerfile).split("\\s+")));
        command.add("-XX:MaxRAM=" + MEMORY_LIMIT);
        // Fail rather than start without the cache: the image would start, only slower, and nobody would notice.
        command.add("-XX:AOTMode=on");
        List<String> entrypoint = entrypoint(dockerfile);
        if (!entrypoint.get(0).equals("java")) {
            throw new IllegalStateException("deploy/Dockerfile's ENTRYPOINT does not start java: " + entrypoint);
        }
        Path runner = jar.toAbsolutePath().getParent();
        for (String argument : entrypoint.subList(1, entrypoint.size())) {
            command.add(argument.replace(IMAGE_DIRECTORY, runner + "/"));
        }
        return command;
    }

    /** The Java the ITs run the runner on; the build points it at a JDK of the image's version. */
    public static String java() {
        String java = System.getProperty("kilo.image.java");
        if (java == null || !Files.isExecutable(Path.of(java))) {
            throw new IllegalStateException("kilo.image.java is " + java + ": run the ITs through Maven (-Pproduction), which sets it");
        }
        return java;
    }

    /** The Java major version of the image's base ({@code FROM ...eclipse-temurin:25-jre}). */
    public static int javaVersion() {
        Matcher from = Pattern.compile("(?m)^FROM\\s+\\S*eclipse-temurin:(\\d+)").matcher(dockerfile());
        if (!from.find()) {
            throw new IllegalStateException("deploy/Dockerfile has no eclipse-temurin base");
        }
        return Integer.parseInt(from.group(1));
    }

    static String javaOptions(String dockerfile) {
        Matcher options = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"(.*)\"$").matcher(dockerfile);
        if (!options.find()) {
            throw new IllegalStateException("deploy/Dockerfile sets no JDK_JAVA_OPTIONS");
        }
        return options.group(1).trim();
    }

    static List<String> entrypoint(String dockerfile) {
        Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(dockerfile);
        if (!entrypoint.find()) {
            throw new IllegalStateException("deploy/Dockerfile has no ENTRYPOINT in exec form");
        }
        return Arrays.stream(entrypoint.group(1).split(",")).map(String::trim).map(a -> a.substring(1, a.length() - 1)).toList();
    }

    /** The text of deploy/Dockerfile; the build names it, as it names the runner ({@code kilo.runner.jar}). */
    public static String dockerfile() {
        String dockerfile = System.getProperty("kilo.image.dockerfile");
        if (dockerfile == null) {
            throw new IllegalStateException("kilo.image.dockerfile is not set: run the ITs through Maven (-Pproduction), which sets it");
        }
        try {
            return Files.readString(Path.of(dockerfile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
