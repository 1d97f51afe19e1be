package org.kiloguardian.gateway.deploy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

/**
 * The backups are no plain text for whoever copies the backup folder: the CronJob encrypts them to
 * the age public key of the Secret, in the image that has {@code age}; the unencrypted dump exists only
 * in the pod's scratch volume; and the private key that could read them is not part of the deployment:
 * only the restore Job reads it, from a Secret that the household creates for the restore and deletes.
 */
final class BackupDrift {

    static final String RESTORE_JOB = "postgres-restore";
    static final String IDENTITY_SECRET = "backup-age-identity";
    private static final String RECIPIENTS = "BACKUP_AGE_RECIPIENTS";
    private static final String AGE_PRIVATE_KEY = "AGE-SECRET-KEY-";

    private final Manifests manifests;
    private final AppFacts app;
    private final List<String> problems = new ArrayList<>();

    private BackupDrift(Manifests manifests, AppFacts app) {
        this.manifests = manifests;
        this.app = app;
    }

    static List<String> problems(Manifests manifests, AppFacts app) {
        BackupDrift drift = new BackupDrift(manifests, app);
        drift.check();
        return List.copyOf(drift.problems);
    }

    private void check() {
        List<Manifests.Workload> backupJobs = manifests.workloads()
                .filter(w -> w.template().getSpec().getContainers().stream().anyMatch(c -> manifests.env(c, "BACKUP_DIR").isPresent()))
                .toList();
        if (backupJobs.stream().noneMatch(w -> w.owner() instanceof CronJob)) {
            problems.add("no CronJob writes backups (BACKUP_DIR)");
        }
        for (Manifests.Workload workload : backupJobs) {
            for (Container container : workload.template().getSpec().getContainers()) {
                image(workload, container);
                scratchOffTheBackupVolume(workload, container);
                if (workload.owner() instanceof CronJob) {
                    encryptsToTheSecretsKey(workload, container);
                }
            }
        }
        privateKeyStaysOutOfTheCluster();
    }

    /** The jobs run the image with age in it, which deploy/build-image.sh builds and imports; never pulled. */
    private void image(Manifests.Workload workload, Container container) {
        if (!app.backupImage().equals(container.getImage())) {
            problems.add(workload.describe() + " runs image " + container.getImage() + ", not " + app.backupImage()
                    + " (deploy/backup-image, with age; deploy/build-image.sh builds it)");
        }
        if (!"Never".equals(container.getImagePullPolicy())) {
            problems.add(workload.describe() + " must not pull its image (imagePullPolicy Never): it is imported locally");
        }
    }

    /** TMPDIR, where backup.sh dumps and restore.sh decrypts, is an emptyDir: gone with the pod, never on the backup volume. */
    private void scratchOffTheBackupVolume(Manifests.Workload workload, Container container) {
        Optional<String> tmp = manifests.env(container, "TMPDIR");
        Set<String> emptyDirs = Set.copyOf(Objects.requireNonNullElse(workload.template().getSpec().getVolumes(), List.<Volume>of())
                .stream().filter(v -> v.getEmptyDir() != null).map(Volume::getName).toList());
        boolean onEmptyDir = tmp.isPresent() && Objects.requireNonNullElse(container.getVolumeMounts(), List.<VolumeMount>of()).stream()
                .anyMatch(mount -> emptyDirs.contains(mount.getName()) && tmp.get().equals(mount.getMountPath()));
        if (!onEmptyDir) {
            problems.add(workload.describe() + " TMPDIR " + tmp.orElse("(unset)") + " is not an emptyDir volume: the unencrypted "
                    + "dump would be written into the container or next to the backups");
        }
    }

    private void encryptsToTheSecretsKey(Manifests.Workload workload, Container container) {
        boolean fromSecret = Objects.requireNonNullElse(container.getEnv(), List.<EnvVar>of()).stream()
                .filter(v -> RECIPIENTS.equals(v.getName()))
                .anyMatch(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null
                        && !Boolean.TRUE.equals(v.getValueFrom().getSecretKeyRef().getOptional()));
        if (!fromSecret) {
            problems.add(workload.describe() + " does not take " + RECIPIENTS + " from the Secret: its dumps would not be encrypted");
        }
    }

    /**
     * Whoever can read the cluster's Secrets can usually read the backup volume too: the key that decrypts the
     * backups must not be there. Only the restore Job may mount the identity Secret, which the deployment does
     * not create, and no Secret of the deployment holds an age private key.
     */
    private void privateKeyStaysOutOfTheCluster() {
        if (manifests.secret(IDENTITY_SECRET).isPresent()) {
            problems.add("the deployment creates Secret " + IDENTITY_SECRET + ": the backups' private key would live in the "
                    + "cluster beside the backups; create it only for a restore (README: \"Restore\")");
        }
        manifests.workloads().forEach(workload -> {
            boolean isRestore = workload.owner() instanceof Job && RESTORE_JOB.equals(workload.owner().getMetadata().getName());
            boolean mountsIdentity = Objects.requireNonNullElse(workload.template().getSpec().getVolumes(), List.<Volume>of()).stream()
                    .anyMatch(v -> v.getSecret() != null && IDENTITY_SECRET.equals(v.getSecret().getSecretName()));
            if (mountsIdentity && !isRestore) {
                problems.add(workload.describe() + " mounts Secret " + IDENTITY_SECRET + "; only the restore Job may");
            }
        });
        manifests.ofKind(Secret.class).forEach(secret -> Objects.requireNonNullElse(secret.getData(), Map.<String, String>of())
                .forEach((key, value) -> {
                    if (new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8).contains(AGE_PRIVATE_KEY)) {
                        problems.add("Secret " + secret.getMetadata().getName() + " key " + key + " holds an age private key: "
                                + "the backups' key must stay off the cluster (put the public key, age1…, into "
                                + RECIPIENTS + ")");
                    }
                }));
    }
}
