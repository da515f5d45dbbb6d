package httpapi

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"

	"github.com/careerbot-dev/careerbot/bot"
)

// openapiCase makes the real handlers answer one documented status.
type openapiCase struct {
	server  string // which server below
	method  string // "" = the documented method
	target  string // "" = the documented path
	ctype   string
	body    string
	headers []string
}

// TestOpenAPIMatchesHandlers checks openapi.json against the real handlers:
// it is a valid OpenAPI 3 document, every route and status code it lists is
// answered by the server (each has a request here that produces it), and
// each such response matches the documented schema (kin-openapi validates
// it). A status in the document without a request here, or a request here
// for a status the document does not list, fails.
func TestOpenAPIMatchesHandlers(t *testing.T) {
	ctx := context.Background()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(OpenAPI)
	if err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("openapi.json is not valid OpenAPI 3: %v", err)
	}

	boom := func(bot.Handler) bot.Handler {
		return func(context.Context, *bot.Request) (*bot.Answer, error) { return nil, errors.New("boom") }
	}
	servers := map[string]http.Handler{
		"main":    newEnv(t, Config{AllowOrigins: []string{"https://example.org"}}).srv,
		"limited": newEnv(t, Config{}, bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, nil)).srv,
		"broken":  newEnv(t, Config{}, boom).srv,
		"bare":    New(Options{Logger: slog.New(slog.DiscardHandler)}), // no router, no metrics
		"small":   newEnv(t, Config{MaxBodyBytes: 64}).srv,
	}
	votes := openapiVotes(t, servers)
	const ask = `{"text":"/salary CA"}`
	cases := map[string]openapiCase{
		"POST /v1/ask 200":      {server: "main", ctype: "application/json", body: ask},
		"POST /v1/ask 400":      {server: "main", ctype: "application/json", body: `{"text": 3}`},
		"POST /v1/ask 405":      {server: "main", method: "GET"},
		"POST /v1/ask 413":      {server: "small", ctype: "application/json", body: `{"text":"` + strings.Repeat("a", 200) + `"}`},
		"POST /v1/ask 415":      {server: "main", ctype: "text/plain", body: ask},
		"POST /v1/ask 429":      {server: "limited", ctype: "application/json", body: ask}, // the second ask from 192.0.2.1
		"POST /v1/ask 500":      {server: "broken", ctype: "application/json", body: ask},
		"POST /v1/ask 503":      {server: "bare", ctype: "application/json", body: ask},
		"OPTIONS /v1/ask 204":   {server: "main", headers: []string{"Origin", "https://example.org", "Access-Control-Request-Method", "POST"}},
		"GET /v1/commands 200":  {server: "main"},
		"GET /v1/commands 405":  {server: "main", method: "DELETE"},
		"GET /v1/complete 200":  {server: "main", target: "/v1/complete?command=salary&option=state&q=cal"},
		"GET /v1/complete 400":  {server: "main", target: "/v1/complete?command=salary&option=state&q=" + strings.Repeat("x", 101)},
		"GET /v1/complete 404":  {server: "main", target: "/v1/complete?command=nope&option=state"},
		"GET /v1/complete 405":  {server: "main", method: "POST"},
		"GET /v1/complete 503":  {server: "bare", target: "/v1/complete?command=salary&option=state"},
		"POST /v1/feedback 200": {server: "votes", ctype: "application/json", body: `{"answer_id":"` + votes + `","vote":"up"}`},
		"POST /v1/feedback 400": {server: "votes", ctype: "application/json", body: `{"answer_id":"` + votes + `","vote":"sideways"}`},
		"POST /v1/feedback 404": {server: "votes", ctype: "application/json", body: `{"answer_id":"abcdefghijklmnop","vote":"up"}`},
		"POST /v1/feedback 405": {server: "votes", method: "GET"},
		"POST /v1/feedback 415": {server: "votes", ctype: "text/plain", body: `{}`},
		"POST /v1/feedback 429": {server: "votes-limited", ctype: "application/json", body: `{"answer_id":"` + votes + `","vote":"up"}`},
		"GET /v1/start 200":     {server: "main"},
		"GET /v1/start 405":     {server: "main", method: "POST"},
		"GET /healthz 200":      {server: "main"},
		"GET /healthz 405":      {server: "main", method: "POST"},
		"GET /readyz 200":       {server: "main"},
		"GET /readyz 405":       {server: "main", method: "POST"},
		"GET /readyz 503":       {server: "bare"},
		"GET /metrics 200":      {server: "main"},
		"GET /metrics 404":      {server: "bare"},
		"GET /metrics 405":      {server: "main", method: "POST"},
		"GET /openapi.json 200": {server: "main"},
		"GET /openapi.json 405": {server: "main", method: "POST"},
		"GET / 200":             {server: "main"},
		"GET / 405":             {server: "main", method: "POST"},
	}
	// Use up the limited server's one question first.
	req := httptest.NewRequest("POST", "/v1/ask", strings.NewReader(ask))
	req.Header.Set("Content-Type", "application/json")
	servers["limited"].ServeHTTP(httptest.NewRecorder(), req)

	documented := map[string]bool{}
	for _, path := range doc.Paths.InMatchingOrder() {
		item := doc.Paths.Find(path)
		for method, op := range item.Operations() {
			for code := range op.Responses.Map() {
				key := method + " " + path + " " + code
				documented[key] = true
				c, ok := cases[key]
				if !ok {
					t.Errorf("%s is documented but no request in this test produces it", key)
					continue
				}
				t.Run(key, func(t *testing.T) {
					checkOpenAPICase(t, doc, item, path, method, op, code, c, servers[c.server])
				})
			}
		}
	}
	var stale []string
	for key := range cases {
		if !documented[key] {
			stale = append(stale, key)
		}
	}
	sort.Strings(stale)
	if len(stale) > 0 {
		t.Errorf("statuses the handlers answer but openapi.json does not list: %v", stale)
	}
}

func checkOpenAPICase(t *testing.T, doc *openapi3.T, item *openapi3.PathItem, path, method string, op *openapi3.Operation, code string, c openapiCase, h http.Handler) {
	m, target := method, path
	if c.method != "" {
		m = c.method
	}
	if c.target != "" {
		target = c.target
	}
	var body io.Reader
	if c.body != "" {
		body = strings.NewReader(c.body)
	}
	req := httptest.NewRequest(m, target, body)
	req.RemoteAddr = "192.0.2.1:1234"
	if c.ctype != "" {
		req.Header.Set("Content-Type", c.ctype)
	}
	for i := 0; i+1 < len(c.headers); i += 2 {
		req.Header.Set(c.headers[i], c.headers[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	want, _ := strconv.Atoi(code)
	if rec.Code != want {
		t.Fatalf("%s %s answered %d, documented %d: %s", m, target, rec.Code, want, rec.Body.String())
	}
	// Validate the response against the documented operation (the
	// request as documented, so a 405 is checked against its schema too).
	docReq := httptest.NewRequest(method, target, nil)
	route := &routers.Route{Spec: doc, Path: path, PathItem: item, Method: method, Operation: op}
	in := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: docReq, Route: route},
		Status:                 rec.Code,
		Header:                 rec.Header(),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true},
	}
	in.SetBodyBytes(bytes.Clone(rec.Body.Bytes()))
	// kin-openapi decodes JSON bodies; for the page and the metrics text
	// the media type is checked here instead.
	if mt, _, _ := mime.ParseMediaType(rec.Header().Get("Content-Type")); mt != "application/json" && rec.Body.Len() > 0 {
		if resp := op.Responses.Status(rec.Code); resp == nil || resp.Value.Content.Get(mt) == nil {
			t.Errorf("answered %s, which openapi.json does not list for %d", mt, rec.Code)
		}
		in.Options.ExcludeResponseBody = true
	}
	if err := openapi3filter.ValidateResponse(context.Background(), in); err != nil {
		t.Errorf("response does not match openapi.json: %v\n%s", err, clip(rec.Body.Bytes()))
	}
}

func TestOpenAPIServed(t *testing.T) {
	e := newEnv(t, Config{})
	r := do(t, "GET", e.url+"/openapi.json", "", nil)
	if r.status != 200 || !bytes.Equal(r.body, OpenAPI) || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
		t.Fatalf("GET /openapi.json = %d %q", r.status, r.header.Get("Content-Type"))
	}
}
