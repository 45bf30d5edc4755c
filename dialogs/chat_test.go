package dialogs

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// chat drives one conversation through an Engine and keeps a transcript.
type chat struct {
	t    *testing.T
	e    *Engine
	key  ConversationKey
	hint string
	zone string // the device's time zone, as the web chat sends it
	n    int
	last []Reply // the replies of the last input that had any
	log  strings.Builder
}

func newChat(t *testing.T, e *Engine, hint string) *chat {
	t.Helper()
	return &chat{t: t, e: e, hint: hint, key: ConversationKey{Channel: ChannelTelegram, ID: "4242"}}
}

// input handles in (its ID and conversation filled in) and records it.
func (c *chat) input(in Input, what string) []Reply {
	c.t.Helper()
	c.n++
	if in.ID == "" {
		in.ID = strconv.Itoa(c.n)
	}
	in.Conversation, in.UserID, in.LanguageHint, in.ZoneHint = c.key, "77", c.hint, c.zone
	replies, err := c.e.Handle(context.Background(), in)
	if err != nil {
		c.t.Fatalf("Handle(%s): %v", what, err)
	}
	fmt.Fprintf(&c.log, ">>> %s\n", what)
	if len(replies) == 0 {
		c.log.WriteString("(no reply)\n")
	}
	for _, r := range replies {
		fmt.Fprintf(&c.log, "[%s] %s\n", r.Lang, r.Text)
		for _, row := range r.Buttons {
			for _, b := range row {
				fmt.Fprintf(&c.log, "    [%s] %s%s\n", b.Label, b.Data, b.URL)
			}
		}
		if r.AskPhone != nil {
			fmt.Fprintf(&c.log, "    {phone: %s}\n", r.AskPhone.Label)
		}
		if r.EndPhoneAsk {
			c.log.WriteString("    {phone offer ends}\n")
		}
		if r.AskLocation != nil {
			fmt.Fprintf(&c.log, "    {location: %s}\n", r.AskLocation.Label)
		}
		if r.EndLocationAsk {
			c.log.WriteString("    {location offer ends}\n")
		}
	}
	c.log.WriteString("\n")
	if len(replies) > 0 {
		c.last = replies
	}
	return replies
}

func (c *chat) send(text string) []Reply {
	c.t.Helper()
	return c.input(Input{Text: text}, fmt.Sprintf("text %q", text))
}

// contact sends phone as a shared contact.
func (c *chat) contact(phone string) []Reply {
	c.t.Helper()
	return c.input(Input{Contact: &Contact{Phone: phone}}, fmt.Sprintf("contact %q", phone))
}

func (c *chat) press(data string) []Reply {
	c.t.Helper()
	return c.input(Input{Data: data}, fmt.Sprintf("button %q", data))
}

// tap presses the button labelled label in the last replies.
func (c *chat) tap(label string) []Reply {
	c.t.Helper()
	return c.press(c.data(label))
}

// data returns the data of the button labelled label in the last replies.
func (c *chat) data(label string) string {
	c.t.Helper()
	for _, r := range c.last {
		for _, row := range r.Buttons {
			for _, b := range row {
				if b.Label == label {
					return b.Data
				}
			}
		}
	}
	c.t.Fatalf("no button %q in the last replies:\n%s", label, c.log.String())
	return ""
}

// session returns the conversation's stored session.
func (c *chat) session() Session {
	c.t.Helper()
	s, err := c.e.Sessions.Load(context.Background(), c.key)
	if err != nil {
		c.t.Fatalf("load session: %v", err)
	}
	return s
}

// golden compares the transcript with testdata/name.golden (rewritten with
// -update).
func (c *chat) golden(name string) {
	c.t.Helper()
	path := filepath.Join("testdata", name+".golden")
	got := c.log.String()
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			c.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			c.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		c.t.Fatalf("read golden (run with -update to create it): %v", err)
	}
	if got != string(want) {
		c.t.Errorf("transcript differs from %s (run with -update after checking):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// replyTexts returns the texts of replies.
func replyTexts(rs []Reply) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Text
	}
	return out
}

// labels returns the button labels of r, row by row.
func labels(r Reply) []string {
	var out []string
	for _, row := range r.Buttons {
		for _, b := range row {
			out = append(out, b.Label)
		}
	}
	return out
}
