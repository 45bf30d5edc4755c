package calendar

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestMarshalGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Marshal(tc.method, tc.event)
			if err != nil {
				t.Fatalf("Marshal: %v", err)
			}
			checkLines(t, got)
			path := filepath.Join("testdata", tc.name+".ics")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file (run go test -update to create it): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Marshal differs from %s (go test -update rewrites it):\n%s", path, got)
			}
		})
	}
}

// checkLines asserts the physical form: CRLF only, at most 75 octets a
// line, each line valid UTF-8 on its own.
func checkLines(t *testing.T, ics []byte) {
	t.Helper()
	s := string(ics)
	if !strings.HasSuffix(s, "\r\n") {
		t.Error("file does not end with CRLF")
	}
	if strings.Count(s, "\n") != strings.Count(s, "\r\n") || strings.Count(s, "\r") != strings.Count(s, "\r\n") {
		t.Error("bare CR or LF in the file")
	}
	for i, l := range strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n") {
		if len(l) > maxLine {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, l)
		}
	}
}

func TestMarshalContent(t *testing.T) {
	ev := goldenCases[1].event // Arabic
	got, err := Marshal(Publish, ev)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	s := unfold(string(got))
	for _, want := range []string{
		"METHOD:PUBLISH\r\n",
		"DTSTART:20260510T060000Z\r\n",
		"DTEND:20260510T062000Z\r\n",
		"DTSTAMP:20260509T123456Z\r\n",
		"SUMMARY;LANGUAGE=ar:استشارة مرئية مع د. هدى، طب الأسرة\r\n",
		`بتوقيت مكة المكرمة؛ افتح`, // the Arabic semicolon needs no escape
		`رقم الموعد: 43\, العيادة\; الرياض` + "\r\n",
		`قبل الموعد بدقائق.\nللإلغاء`,
		`«مواعيدي». \\ شكرًا لك\n`,
		"URL:" + link + "\r\n",
		"TRIGGER:-PT2H\r\n",
		"STATUS:CONFIRMED\r\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Count(string(got), "\r\n ") < 3 {
		t.Error("long Arabic text was not folded")
	}
}

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"specials", `a,b;c\d`, `a\,b\;c\\d`},
		{"newlines of every kind", "1\r\n2\n3\r4", `1\n2\n3\n4`},
		{"colon and quotes stay", `Dr: "Huda"`, `Dr: "Huda"`},
		{"controls dropped, tab kept", "a\x00b\x1bc\td\x7f", "abc\td"},
		{"arabic comma and semicolon are not ASCII", "أ، ب؛ ج", "أ، ب؛ ج"},
		{"invalid utf-8 replaced", "a\xffb", "a\uFFFDb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := escape(tc.in); got != tc.want {
				t.Errorf("escape(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		lines []int // octets per physical line, leading space included
	}{
		{"short", "SUMMARY:hi", []int{10}},
		{"exactly 75", strings.Repeat("a", 75), []int{75}},
		{"76 folds", strings.Repeat("a", 76), []int{75, 2}},
		{"continuations hold 74 plus the space", strings.Repeat("a", 75+74+1), []int{75, 75, 2}},
		// 2-octet Arabic letters after an odd prefix: a cut at 75 would
		// split one, so the line stops at 74.
		{"arabic never split", "X:" + strings.Repeat("ب", 40), []int{74, 9}},
		// 4-octet emoji: the first line stops at a character boundary.
		{"emoji never split", "X:" + strings.Repeat("🙂", 20), []int{74, 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := fold(tc.in)
			lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
			var got []int
			for _, l := range lines {
				got = append(got, len(l))
			}
			if !equalInts(got, tc.lines) {
				t.Errorf("fold line lengths = %v, want %v", got, tc.lines)
			}
			checkLines(t, []byte(out))
			if u := unfold(out); u != tc.in+"\r\n" {
				t.Errorf("unfold(fold(s)) = %q, want %q", u, tc.in)
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "abc", strings.Repeat("ب", 100), "X:" + strings.Repeat("🙂a", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(strings.NewReplacer("\r", "", "\n", "").Replace(s), "")
		out := fold(s)
		checkLines(t, []byte(out))
		if u := unfold(out); u != s+"\r\n" {
			t.Fatalf("unfold(fold(%q)) = %q", s, u)
		}
	})
}

func TestMarshalRejects(t *testing.T) {
	ok := goldenCases[0].event
	tests := []struct {
		name   string
		method Method
		change func(e *Event)
	}{
		{"unknown method", "ADD", func(*Event) {}},
		{"no uid", Publish, func(e *Event) { e.UID = " " }},
		{"no summary", Publish, func(e *Event) { e.Summary = "" }},
		{"no stamp", Publish, func(e *Event) { e.Stamp = time.Time{} }},
		{"end before start", Publish, func(e *Event) { e.End = e.Start }},
		{"relative url", Publish, func(e *Event) { e.URL = "meet/room" }},
		{"url with a line break", Publish, func(e *Event) { e.URL = "https://x.example/a\r\nATTACH:evil" }},
		{"request without organizer", Request, func(*Event) {}},
		{"cancel without organizer", Cancel, func(*Event) {}},
		{"bad attendee uri", Publish, func(e *Event) { e.Attendees = []Party{{Name: "x", URI: "huda"}} }},
		{"bad language", Publish, func(e *Event) { e.Lang = `ar"x` }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := ok
			tc.change(&e)
			if _, err := Marshal(tc.method, e); !errors.Is(err, ErrInvalid) {
				t.Fatalf("Marshal error = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestContentType(t *testing.T) {
	if got := ContentType(Publish); got != "text/calendar; charset=utf-8; method=PUBLISH" {
		t.Errorf("ContentType = %q", got)
	}
}
