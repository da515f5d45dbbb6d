// Package httpapi is careerbot's one HTTP listener: health and readiness
// probes, Prometheus metrics, the JSON API (POST /v1/ask, POST /v1/feedback,
// GET /v1/commands, GET /v1/complete, GET /v1/start; described by GET
// /openapi.json) for sites and other chat platforms, the embedded web chat
// page at /, the /admin report dashboard (with http.admin_token), and a
// place to mount the Discord and Slack HTTP-mode
// endpoints. Bodies are capped, errors are JSON, askers are told apart by IP
// (or a trusted header) for rate limits, and shutdown drains requests in
// flight within a bound.
package httpapi
