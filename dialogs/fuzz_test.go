package dialogs

import (
	"strconv"
	"testing"
	"unicode/utf8"
)

// FuzzHandle: whatever a patient types or a client sends as button data,
// the Engine answers without panicking and without an error, and every
// button it sends fits Telegram's callback data.
func FuzzHandle(f *testing.F) {
	for _, seed := range []struct{ text, data string }{
		{"/start", ""},
		{"/start@FrontdoorBot hello", ""},
		{"", "1:o:lang:ar"},
		{"", "omg02:o:lang:en"},
		{"القائمة", ""},
		{"chest pain", ""},
		{"👍", ""},
		{"\xff", "\xff:o:\x00"},
		{"", ":::"},
		{"/lang", "zzzzzzzzzzzzzzzzzzzz:o:m:book"},
	} {
		f.Add(seed.text, seed.data)
	}
	e, _, _ := newTestEngine(f)
	n := 0
	f.Fuzz(func(t *testing.T, text, data string) {
		n++
		key := ConversationKey{Channel: ChannelTelegram, ID: strconv.Itoa(n % 7)} // some conversations go on
		for i, in := range []Input{
			{Text: text},
			{Data: data},
			{Text: text, Data: data},
			{Data: "omg02:o:lang:en"},
		} {
			in.ID, in.Conversation, in.LanguageHint = strconv.Itoa(n)+"-"+strconv.Itoa(i), key, text
			replies, err := e.Handle(t.Context(), in)
			if err != nil {
				t.Fatalf("Handle(%+v): %v", in, err)
			}
			for _, r := range replies {
				if r.Text == "" || !utf8.ValidString(r.Text) {
					t.Errorf("reply text %q is empty or not UTF-8", r.Text)
				}
				for _, row := range r.Buttons {
					for _, b := range row {
						if len(b.Data) > maxData || b.Label == "" {
							t.Errorf("button %+v: data over %d bytes or no label", b, maxData)
						}
					}
				}
			}
		}
	})
}

// BenchmarkHandle measures one typed message through the Engine on
// in-memory stores: the engine's own cost, without Redis or PostgreSQL.
func BenchmarkHandle(b *testing.B) {
	e, _, _ := newTestEngine(b)
	key := ConversationKey{Channel: ChannelWeb, ID: "bench"}
	for i, text := range []string{"/start"} {
		if _, err := e.Handle(b.Context(), Input{ID: "s" + strconv.Itoa(i), Conversation: key, Text: text}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := e.Handle(b.Context(), Input{ID: strconv.Itoa(i), Conversation: key, Text: "hello"}); err != nil {
			b.Fatal(err)
		}
	}
}
