package bot

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

// The library streams its form through a pipe; the client sends it whole,
// with a Content-Length, not chunk by chunk.
func TestRequestsGoWhole(t *testing.T) {
	type seen struct {
		length   int64
		encoding []string
		body     string
	}
	got := make(chan seen, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- seen{r.ContentLength, r.TransferEncoding, string(b)}
	}))
	defer srv.Close()
	pr, pw := io.Pipe()
	go func() {
		for _, part := range []string{"--b\r\n", "chat_id=1\r\n", "text=hello\r\n", "--b--\r\n"} {
			pw.Write([]byte(part))
		}
		pw.Close()
	}()
	req, err := http.NewRequest(http.MethodPost, srv.URL, pr)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := statusClient{srv.Client()}.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	s := <-got
	const want = "--b\r\nchat_id=1\r\ntext=hello\r\n--b--\r\n"
	if s.body != want || s.length != int64(len(want)) || len(s.encoding) != 0 {
		t.Errorf("server saw length %d, transfer encoding %v, body %q; want %d, none, %q", s.length, s.encoding, s.body, len(want), want)
	}
}
