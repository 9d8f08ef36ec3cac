# syntax=docker/dockerfile:1

# iaibot in two stages: a static binary built with the Go toolchain, then
# only that binary on a minimal non-root image. The documents are embedded,
# so nothing else is needed at run time.
#
#   docker build --build-arg VERSION=$(git describe --tags --always) -t iaibot .
#   docker run -p 8080:8080 -e DISCORD_PUBLIC_KEY=... iaibot
#
# The admin endpoint (/healthz, /readyz, /metrics) listens on 9090; keep
# it off the internet. The HEALTHCHECK asks it, so leave IAI_ADMIN_ADDR set.

FROM golang:1.26 AS build
WORKDIR /src
# Modules first, so that editing the source does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=devel
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.buildVersion=${VERSION}" -o /out/iaibot ./cmd/iaibot

# distroless/static has CA certificates (for discord.com) and a nonroot
# user, and no shell or curl: the health check is the binary itself.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/iaibot /usr/local/bin/iaibot
USER nonroot:nonroot
ENV IAI_HTTP_ADDR=:8080 \
    IAI_ADMIN_ADDR=:9090
EXPOSE 8080 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["/usr/local/bin/iaibot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/iaibot"]
CMD ["serve"]
