package webchat

import (
	"testing"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// TestLocationOfferLeftOut: the page has no location button, so a reply
// that only offers one is not shown; the place question before it (its
// facilities and Skip) and the thanks after it are.
func TestLocationOfferLeftOut(t *testing.T) {
	got := safeReplies([]dialogs.Reply{
		{Text: "Where are you staying?", Buttons: [][]dialogs.Button{{{Label: "Skip", Data: "k:t:skip"}}}},
		{Text: "Or send your location", AskLocation: &dialogs.LocationAsk{Label: "📍 Send my location"}},
		{Text: "Thank you.", EndLocationAsk: true},
	})
	if len(got) != 2 || got[0].Text != "Where are you staying?" || got[1].Text != "Thank you." {
		t.Errorf("replies for the page = %+v, want the question and the thanks", got)
	}
}
