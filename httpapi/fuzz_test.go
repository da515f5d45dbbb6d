package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/internal/testbot"
)

var askSeeds = []string{
	`{"text":"how much do machine learning engineers make?"}`,
	`{"text":"/salary CA","career":"ml-engineer"}`,
	`{"text":"/salary state:\"New York\""}`,
	`{"text":"what certifications help?","career":"ML Engineer"}`,
	`{"text":"/compare ml-engineer"}`,
	`{"text":"/nope"}`,
	`{"text":""}`,
	`{"text":"\u0000\u0007"}`,
	"{\"text\":\"\xff\xfe\"}",
	`{"text":"@everyone <@&123> salary"}`,
	`{"text":5}`,
	`{"text":null,"career":null}`,
	`{"text":"a"} {"text":"b"}`,
	`[]`,
	`null`,
	`{"text":"hi"`,
	`{"text":"\ud800"}`,
	`{"text":"/salary \"unterminated"}`,
	`{"TEXT":"case-insensitive field names"}`,
	`{"text":"/` + strings.Repeat("x", 200) + `"}`,
	`{"text":"` + strings.Repeat("salary ", 80) + `"}`,
}

// FuzzDecodeAsk: decoding never panics, errors carry a 4xx status and a
// message, and a decoded request survives a round trip.
func FuzzDecodeAsk(f *testing.F) {
	for _, s := range askSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := DecodeAsk(bytes.NewReader(body))
		if err != nil {
			var re *RequestError
			if !errors.As(err, &re) || re.Status < 400 || re.Status > 499 || re.Code == "" || re.Message == "" {
				t.Fatalf("DecodeAsk(%q) error %#v", body, err)
			}
			return
		}
		if !utf8.ValidString(req.Text) || !utf8.ValidString(req.Career) {
			t.Fatalf("decoded invalid UTF-8 from %q", body)
		}
		b, err := json.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeAsk(bytes.NewReader(b))
		if err != nil || again != req {
			t.Fatalf("round trip of %q: %+v %v, want %+v", body, again, err, req)
		}
	})
}

// FuzzAskHandler posts the body to /v1/ask on the real engine: the answer is
// always JSON with a status of 200, 400 or 413, never an internal error.
func FuzzAskHandler(f *testing.F) {
	for _, s := range askSeeds {
		f.Add([]byte(s))
	}
	b := testbot.New(f)
	s := New(Options{Router: b.Router, Logger: slog.New(slog.DiscardHandler), Config: Config{MaxBodyBytes: 4096}})
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest("POST", "/v1/ask", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		default:
			t.Fatalf("POST %q: status %d: %s", body, rec.Code, rec.Body)
		}
		var out map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("POST %q: body is not JSON: %v", body, err)
		}
		if rec.Code == http.StatusOK {
			if _, ok := out["answered"].(bool); !ok {
				t.Fatalf("POST %q: answer without \"answered\": %s", body, rec.Body)
			}
			if _, ok := out["text"].(string); !ok {
				t.Fatalf("POST %q: answer without \"text\": %s", body, rec.Body)
			}
			if out["error"] == "internal" {
				t.Fatalf("POST %q: internal error", body)
			}
		} else if out["error"] == nil || out["message"] == nil {
			t.Fatalf("POST %q: error body %s", body, rec.Body)
		}
	})
}

// FuzzDecodeAskLikeDecoder: DecodeAsk's read-and-unmarshal gives what a
// json.Decoder over the body gives (the request and the error), with and
// without a body limit.
func FuzzDecodeAskLikeDecoder(f *testing.F) {
	for _, s := range askSeeds {
		f.Add([]byte(s), int64(0))
		f.Add([]byte(s), int64(20))
	}
	f.Add([]byte(`{"text":"a"}{}`), int64(0))
	f.Add([]byte(`{"text":"a"} x`), int64(0))
	f.Add([]byte(`xx`+strings.Repeat(" ", 600)), int64(100))
	f.Add([]byte(`{"text":1}`), int64(0))
	f.Add([]byte(`   `), int64(0))
	f.Add([]byte(`{"text":"a","conversation":"no spaces"}`), int64(0))
	f.Fuzz(func(t *testing.T, body []byte, limit int64) {
		read := func() io.Reader {
			if limit > 0 {
				return http.MaxBytesReader(nil, io.NopCloser(bytes.NewReader(body)), limit%1024+1)
			}
			return bytes.NewReader(body)
		}
		got, gerr := DecodeAsk(read())
		want, werr := decodeAsk(read())
		if got != want || !reflect.DeepEqual(gerr, werr) {
			t.Fatalf("DecodeAsk(%q, limit %d) = %+v, %#v; decoder: %+v, %#v", body, limit, got, gerr, want, werr)
		}
	})
}

// decodeAskSimple gives what json.Unmarshal gives whenever it reads a body.
func FuzzDecodeAskSimple(f *testing.F) {
	for _, s := range askSeeds {
		f.Add([]byte(s))
	}
	for _, s := range []string{`{"text":"a"}`, ` { "text" : "what  pays?" , "career":"ml-engineer","conversation":"c1" } `, `{}`, `{"text":"a","text":"b"}`,
		`{"Text":"a"}`, `{"text":"a\"b"}`, `{"text":"\xff"}`, `{"text":"é ☃"}`, `{"text":"a",}`, `{"text":"a"}x`, `{"text":null}`, `{"x":"a"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, ok := decodeAskSimple(body)
		if !ok {
			return
		}
		var want AskRequest
		if err := json.Unmarshal(body, &want); err != nil || got != want {
			t.Fatalf("decodeAskSimple(%q) = %+v; json.Unmarshal: %+v, %v", body, got, want, err)
		}
	})
}

func TestDecodeAskSimple(t *testing.T) {
	for body, want := range map[string]bool{`{"text":"a"}`: true, ` {"text" :"b", "career":"x"} `: true, `{}`: true,
		`{"Text":"a"}`: false, `{"text":"a\nb"}`: false, `{"text":"a\\n"}`: false, `{"text":1}`: false, `[]`: false, `{"text":"a"} {}`: false} {
		if _, ok := decodeAskSimple([]byte(body)); ok != want {
			t.Errorf("%q: ok %v, want %v", body, ok, want)
		}
	}
}
