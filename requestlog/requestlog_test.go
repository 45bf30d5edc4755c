package requestlog

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestEveryRequestGetsAnIDInItsLogsAndAnswer(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(Handler{slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})})
	mux := http.NewServeMux()
	mux.HandleFunc("POST /chat/{conversation}/say", func(w http.ResponseWriter, r *http.Request) {
		log.WarnContext(r.Context(), "store down")
		http.Error(w, "sorry", http.StatusServiceUnavailable)
	})
	h := Middleware(log, mux)

	for _, tc := range []struct {
		name, sent string
		kept       bool
	}{
		{"none", "", false},
		{"from the proxy", "edge-7f3a9c21", true},
		{"made up", "drop table\nfake log line", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			buf.Reset()
			req := httptest.NewRequest("POST", "/chat/c-123/say?text=chest+pain", strings.NewReader("I have chest pain"))
			if tc.sent != "" {
				req.Header.Set(Header, tc.sent)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			id := rec.Header().Get(Header)
			if !fromProxy.MatchString(id) || (id == tc.sent) != tc.kept {
				t.Fatalf("answered with id %q for %q", id, tc.sent)
			}
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			if len(lines) != 2 {
				t.Fatalf("want the handler's record and the request's, got %q", lines)
			}
			for _, line := range lines {
				var rec map[string]any
				if err := json.Unmarshal([]byte(line), &rec); err != nil {
					t.Fatal(err)
				}
				if rec["request_id"] != id {
					t.Errorf("record %s lacks request_id %s", line, id)
				}
			}
			var access map[string]any
			_ = json.Unmarshal([]byte(lines[1]), &access)
			if access["route"] != "POST /chat/{conversation}/say" || access["status"] != float64(503) || access["level"] != "WARN" {
				t.Errorf("request record %s", lines[1])
			}
			if s := buf.String(); strings.Contains(s, "c-123") || strings.Contains(s, "chest") {
				t.Errorf("the log holds the path's values or the patient's words: %s", s)
			}
		})
	}
}

func TestSuccessIsQuietAtInfo(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(Handler{slog.NewJSONHandler(&buf, nil)})
	h := Middleware(log, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("ok")) }))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/healthz", nil))
	if buf.Len() != 0 {
		t.Errorf("a 200 was logged at info: %s", buf.String())
	}
}

func TestResponseControllerReachesTheConnection(t *testing.T) {
	h := Middleware(slog.New(slog.DiscardHandler), http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := http.NewResponseController(w).Flush(); err != nil {
			t.Errorf("flush through the middleware: %v", err)
		}
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/chat/events", nil))
}

func TestPanicIsLoggedWithItsID(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(Handler{slog.NewJSONHandler(&buf, nil)})
	h := Middleware(log, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("chest pain") }))
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic was swallowed; net/http must still see it")
			}
		}()
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/chat", nil))
	}()
	if s := buf.String(); !strings.Contains(s, "http request panicked") || !strings.Contains(s, "request_id") || strings.Contains(s, "chest") {
		t.Errorf("panic record: %s", s)
	}
}
