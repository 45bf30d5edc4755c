package main

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/dialogs"
)

// skipsPlace matches the Skip buttons of the place questions triage asks
// once before a decision that is not an emergency (dialogs/place.go):
// serve builds the engine with them, so a walk to the queue meets them.
var skipsPlace = regexp.MustCompile(`:t:(v:skipped|skip)$`)

// skipPlaceWeb skips the place questions while last asks one and returns
// the replies after them (the thanks, the decision and what follows it);
// last when it asks none.
func (c *wiredClinic) skipPlaceWeb(t *testing.T, cl *http.Client, n *int, last []dialogs.Reply) []dialogs.Reply {
	t.Helper()
	for range 2 {
		data := ""
		for _, r := range last {
			for _, row := range r.Buttons {
				for _, b := range row {
					if skipsPlace.MatchString(b.Data) {
						data = b.Data
					}
				}
			}
		}
		if data == "" {
			return last
		}
		last = c.webSend(t, cl, n, "", data)
	}
	return last
}

// skipPlaceTelegram skips the place questions when the last message asks
// the first, waits for the thanks that follows the second, and returns
// every message sent to u up to the decision; sent otherwise.
func skipPlaceTelegram(t *testing.T, fake *telegramtest.Server, u telegramtest.User, sent []telegramtest.Message) []telegramtest.Message {
	t.Helper()
	last := sent[len(sent)-1]
	if !strings.HasSuffix(telegramtest.ButtonData(last, ":t:v:skipped"), ":t:v:skipped") {
		return sent
	}
	fake.PushCallback(u, last.ID, telegramtest.ButtonData(last, ":t:v:skipped"))
	var place telegramtest.Message
	fake.Wait(t, "the place question", func() bool {
		for _, m := range fake.Sent(u.ID)[len(sent):] {
			if telegramtest.ButtonData(m, ":t:skip") != "" {
				place = m
				return true
			}
		}
		return false
	})
	before := len(fake.Sent(u.ID))
	fake.PushCallback(u, place.ID, telegramtest.ButtonData(place, ":t:skip"))
	return fake.WaitSent(t, u.ID, before+2) // the thanks and the decision
}
