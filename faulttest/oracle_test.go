package faulttest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/triage"
)

// oracle answers what a chat should have received: the dialogs engine,
// in-process, on stores of its own, given the same inputs one by one with
// nothing going wrong.
type oracle struct {
	engine *dialogs.Engine
	text   *locales.Catalog
}

func newOracle(t *testing.T) *oracle {
	t.Helper()
	text, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := triage.Load()
	if err != nil {
		t.Fatal(err)
	}
	// The engine as cmd builds it (engine.New), on stores of its own.
	e, err := engine.New(engine.Config{Postgres: storetest.NewPostgres(t), Redis: storetest.NewRedis(t), Text: text,
		Triage: dialogs.Triage{Rules: rules}, EmergencyNumber: dialogs.DefaultEmergencyNumber})
	if err != nil {
		t.Fatal(err)
	}
	return &oracle{engine: e.Engine, text: text}
}

// transcript returns the texts a patient typing inputs should receive, in
// order, as the bot sends them (long texts split).
func (o *oracle) transcript(t *testing.T, u telegramtest.User, inputs []string) []string {
	t.Helper()
	var out []string
	conv := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: itoa(u.ID)}
	for i, in := range inputs {
		replies, err := o.engine.Handle(context.Background(), dialogs.Input{
			ID: fmt.Sprint(i + 1), Conversation: conv, UserID: itoa(u.ID), Text: in, LanguageHint: u.LanguageCode,
		})
		if err != nil {
			t.Fatalf("oracle: %v", err)
		}
		for _, r := range replies {
			parts := bot.SplitText(r.Text, bot.MaxTextLen)
			if len(parts) == 0 {
				parts = []string{"…"}
			}
			out = append(out, parts...)
		}
	}
	return out
}

// say renders one of the channel's own messages.
func (o *oracle) say(lang, id string) string {
	// The bot writes the emergency number in the reader's digits (٩٩٧).
	return o.text.Text(lang, id, map[string]any{"Emergency": numerals.In(lang, dialogs.DefaultEmergencyNumber)})
}

// typed are inputs whose answers need no button data and differ from one
// another, so a swap of two of them changes the transcript.
var typed = []string{"/help", "/lang", "/start", "/menu", "hello there", "/cancel"}

// scripts returns n input sequences of length k, fixed by seed.
func scripts(seed uint64, n, k int) [][]string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([][]string, n)
	for i := range out {
		for range k {
			out[i] = append(out[i], typed[r.IntN(len(typed))])
		}
	}
	return out
}

// texts returns the texts of ms, leaving out the ids in skip.
func texts(ms []telegramtest.Message, skip ...string) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		if !slices.Contains(skip, m.Text) {
			out = append(out, m.Text)
		}
	}
	return out
}

// verdict compares what a chat got with what it should have got.
type verdict struct {
	lost     int  // expected messages that never came
	extra    int  // messages beyond the expected ones (duplicates)
	inverted bool // every expected message came, but not in order
}

func (v verdict) ok() bool { return v.lost == 0 && v.extra == 0 && !v.inverted }

func compare(got, want []string) verdict {
	have := map[string]int{}
	for _, g := range got {
		have[g]++
	}
	var v verdict
	for _, w := range want {
		if have[w] > 0 {
			have[w]--
		} else {
			v.lost++
		}
	}
	for _, n := range have {
		v.extra += n
	}
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	v.inverted = v.lost == 0 && i < len(want)
	return v
}

// short describes a transcript for a failure message without flooding it.
func short(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		s = strings.ReplaceAll(s, "\n", " ")
		if r := []rune(s); len(r) > 24 {
			s = string(r[:24]) + "…"
		}
		out[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(out, ", ") + "]"
}
