# syntax=docker/dockerfile:1
# careerbot: a static binary on distroless, running as a non-root user.
#
#   docker build -t careerbot --build-arg VERSION=v1.2.3 .
#   docker run -d --name careerbot -p 8080:8080 \
#     -e DISCORD_TOKEN -e SLACK_BOT_TOKEN -e SLACK_APP_TOKEN \
#     -v careerbot-data:/data careerbot
#
# /data is the volume for the config file and guides: with a config file
# there, add -e CAREERBOT_CONFIG=/data/config.yaml (serve and the health check
# both read it) and keep http.listen on 0.0.0.0:8080 in it; guides go in
# /data/guides with content_dir: /data/guides (or -e CAREERBOT_CONTENT_DIR).

# The build stage runs the release script, so the image holds exactly the
# binary `scripts/release.sh` builds for linux (CGO_ENABLED=0, -trimpath,
# version stamped); .ci/run builds the same target with the same script.
FROM --platform=$BUILDPLATFORM golang:1.26.8-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=devel
ARG COMMIT=unknown
ARG DATE=unknown
# Set by BuildKit for the target platform (docker build --platform ...);
# linux/amd64 without BuildKit. Go cross-compiles, so the build stage runs
# on the build machine's platform.
ARG TARGETOS
ARG TARGETARCH
RUN os="${TARGETOS:-linux}" arch="${TARGETARCH:-amd64}" \
 && TARGETS="${os}/${arch}" DIST=/out COMMIT="${COMMIT}" DATE="${DATE}" \
      scripts/release.sh "${VERSION}" \
 && cp "/out/careerbot-${VERSION}-${os}-${arch}" /careerbot

# distroless/static: CA certificates and tzdata, no shell, no package
# manager; the nonroot variant runs as uid 65532.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /careerbot /careerbot
ENV CAREERBOT_HTTP_LISTEN=0.0.0.0:8080
VOLUME ["/data"]
WORKDIR /data
EXPOSE 8080
USER 65532:65532
# No curl in distroless: the binary checks its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/careerbot", "healthcheck"]
ENTRYPOINT ["/careerbot"]
CMD ["serve"]
