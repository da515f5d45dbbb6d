#!/bin/sh
# Regenerates cmd/careerbot/default.pgo, the CPU profile `go build` uses
# for profile-guided optimisation of careerbot (-pgo=auto, the default:
# release.sh, the Dockerfile and `go build ./cmd/careerbot` all use it).
#
# The profile is of the server answering questions over HTTP at 64 in
# flight on the shipped guide (loadtest/httpcpu): three runs of the
# repeated mix (answered from the answer cache) and three of new questions
# (read and answered by the engine), merged. A stale profile only makes
# the build optimise less; the program does the same either way. Refresh it
# after large changes to the engine or the HTTP path.
#
#   scripts/pgo.sh            # on a shared machine: LOCK=/tmp/bench.lock scripts/pgo.sh
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -tags cpuprofile -o "$tmp/careerbot" ./cmd/careerbot
go build -o "$tmp/httpcpu" ./loadtest/httpcpu
run() {
	if [ -n "${LOCK:-}" ]; then
		flock "$LOCK" "$tmp/httpcpu" -bin "$tmp/careerbot" -n 20000 -c 64 "$@"
	else
		"$tmp/httpcpu" -bin "$tmp/careerbot" -n 20000 -c 64 "$@"
	fi
}
for i in 1 2 3; do
	run -cpuprofile "$tmp/repeated$i.pprof"
	run -cpuprofile "$tmp/unique$i.pprof" -profile-unique
done
go tool pprof -proto "$tmp"/repeated?.pprof "$tmp"/unique?.pprof >"$tmp/default.pgo"
mv "$tmp/default.pgo" cmd/careerbot/default.pgo
