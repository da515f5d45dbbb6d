#!/usr/bin/env bash
# Cross-builds static careerbot binaries with SHA-256 checksums.
#
#   scripts/release.sh [VERSION]             all release targets into dist/
#   TARGETS="linux/amd64 linux/arm64" scripts/release.sh v1.2.3   some targets
#   DIST=/tmp/out scripts/release.sh          another output folder
#
# VERSION defaults to `git describe --tags --always --dirty`; COMMIT and
# DATE (RFC 3339) default to the checkout's HEAD and its commit time. The binaries
# are CGO_ENABLED=0 (no libc needed: scratch and distroless images run
# them), built with -trimpath, and print the version, commit and build
# date with `careerbot version`. dist/SHA256SUMS checks them:
#   cd dist && sha256sum -c SHA256SUMS
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${1:-$(git describe --tags --always --dirty 2>/dev/null || echo devel)}"
COMMIT="${COMMIT:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}"
# The commit's time, so the same commit builds the same bytes.
DATE="${DATE:-$(git show -s --format=%cI HEAD 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)}"
TARGETS="${TARGETS:-linux/amd64 linux/arm64 darwin/arm64 windows/amd64}"
DIST="${DIST:-dist}"
LDFLAGS="-s -w -X main.version=${VERSION} -X main.commit=${COMMIT} -X main.date=${DATE}"

mkdir -p "$DIST"
rm -f "$DIST/SHA256SUMS"
names=()
for target in $TARGETS; do
  goos="${target%/*}"
  goarch="${target#*/}"
  name="careerbot-${VERSION}-${goos}-${goarch}"
  [ "$goos" = windows ] && name="${name}.exe"
  echo "building $name"
  CGO_ENABLED=0 GOOS="$goos" GOARCH="$goarch" \
    go build -trimpath -ldflags "$LDFLAGS" -o "$DIST/$name" ./cmd/careerbot
  names+=("$name")
done
(cd "$DIST" && sha256sum "${names[@]}" > SHA256SUMS)
echo "wrote $DIST/SHA256SUMS:"
cat "$DIST/SHA256SUMS"
