package faulttest

import (
	"context"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
)

// skipPlace presses Skip when msgs (one answer's messages) ask one of the
// place questions triage asks once before a decision that is not an
// emergency (dialogs/place.go): the pilgrim question is the last message;
// the place question's list is followed by the location offer. It reports
// whether it pressed.
func skipPlace(ctx context.Context, pt *telegramtest.Patient, msgs []telegramtest.Message) (bool, error) {
	for i := len(msgs) - 1; i >= 0 && i >= len(msgs)-2; i-- {
		for _, suffix := range []string{":t:v:skipped", ":t:skip"} {
			if telegramtest.ButtonData(msgs[i], suffix) != "" {
				_, err := pt.Press(ctx, msgs[i], suffix)
				return true, err
			}
		}
	}
	return false, nil
}
