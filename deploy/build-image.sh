#!/usr/bin/env bash
# Builds the production runner, wraps it in the runtime image (deploy/Dockerfile, which trains the
# JVM's AOT cache for it on the image's Java), builds the backup
# image (deploy/backup-image: PostgreSQL's tools and age) and imports both into k3s's containerd,
# where the Deployment and the backup and restore jobs (imagePullPolicy: Never) find them.
#
#   deploy/build-image.sh                        build jar + images, import into k3s on this machine
#   deploy/build-image.sh --save FILE            build jar + images, write an image archive to FILE instead
#                                                (copy it to the k3s node, then: sudo k3s ctr images import FILE)
#   deploy/build-image.sh --print-image          print the image reference the Deployment runs, and exit
#   deploy/build-image.sh --print-backup-image   print the image reference the backup and restore jobs run
#
# Environment: DOCKER (default docker; podman works too), SKIP_JAR_BUILD=1 to reuse a runner that
# `./mvnw -Pproduction package` already built.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Deployment in deploy/k3s runs exactly IMAGE_NAME:IMAGE_TAG (a drift test checks it). The moving
# tag is re-pointed by each import; the version tag stays behind for a rollback.
IMAGE_NAME=kilo-guardian
BACKUP_IMAGE_NAME=kilo-guardian-backup
IMAGE_TAG=current
VERSION_TAG="$(git rev-parse --short=12 HEAD 2>/dev/null || date -u +%Y%m%d%H%M%S)"

case "${1:-}" in
    --print-image) echo "$IMAGE_NAME:$IMAGE_TAG"; exit 0 ;;
    --print-backup-image) echo "$BACKUP_IMAGE_NAME:$IMAGE_TAG"; exit 0 ;;
    --save) SAVE_TO="${2:?--save needs a file name}" ;;
    "") SAVE_TO="" ;;
    *) echo "usage: $0 [--save FILE | --print-image | --print-backup-image]" >&2; exit 2 ;;
esac
DOCKER="${DOCKER:-docker}"
SUDO=sudo; [ "$(id -u)" = 0 ] && SUDO=

if [ "${SKIP_JAR_BUILD:-0}" != 1 ]; then
    ./mvnw -B -Pproduction package -DskipTests
fi
RUNNER=gateway/target/quarkus-app
test -f "$RUNNER/quarkus-run.jar" || { echo "no production runner in $RUNNER" >&2; exit 1; }

# Context: the repository, of which .dockerignore lets in only the runner and the AOT training script;
# --pull: the latest Java 25 update for the runtime and its cache (both stages share it).
"$DOCKER" build --pull -f deploy/Dockerfile -t "$IMAGE_NAME:$VERSION_TAG" -t "$IMAGE_NAME:$IMAGE_TAG" .
# --pull: the latest PostgreSQL 16 minor release and Debian's latest age
"$DOCKER" build --pull -t "$BACKUP_IMAGE_NAME:$VERSION_TAG" -t "$BACKUP_IMAGE_NAME:$IMAGE_TAG" deploy/backup-image
IMAGES=("$IMAGE_NAME:$VERSION_TAG" "$IMAGE_NAME:$IMAGE_TAG" "$BACKUP_IMAGE_NAME:$VERSION_TAG" "$BACKUP_IMAGE_NAME:$IMAGE_TAG")

if [ -n "$SAVE_TO" ]; then
    "$DOCKER" save -o "$SAVE_TO" "${IMAGES[@]}"
    echo "wrote $SAVE_TO: on the k3s node run  sudo k3s ctr images import $SAVE_TO"
else
    # k3s keeps its images in containerd's k8s.io namespace; `k3s ctr images import` writes there.
    "$DOCKER" save "${IMAGES[@]}" | $SUDO k3s ctr images import -
    echo "imported $IMAGE_NAME and $BACKUP_IMAGE_NAME:$VERSION_TAG as :$IMAGE_TAG;" \
         "restart the app with: kubectl -n kilo-guardian rollout restart deployment/kilo-guardian"
fi
