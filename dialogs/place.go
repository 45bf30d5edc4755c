package dialogs

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/frontdoor-health/frontdoor/locales"
)

// What a patient says they are, asked once (Patient.Visitor): a pilgrim on
// Hajj or Umrah (triage then reads the heat and the crowds into their
// words, and the dashboard shows it), someone who lives here, or nothing
// (they chose to skip; not asked again).
const (
	VisitorPilgrim  = "pilgrim"
	VisitorResident = "resident"
	VisitorSkipped  = "skipped"
)

// FacilityChoice is a facility a patient may choose to send their case to.
type FacilityChoice struct {
	Code  string
	Names locales.Names
}

// Places routes the cases of a patient who came through no facility's link
// to a facility: the nearest one offering the case's specialty from where
// they are (a shared location, or an area or hotel name a facility lists),
// or the one they chose. Answers are kept on the patient, so each question
// is asked once. Implementations must be safe for concurrent use.
type Places interface {
	// SetVisitor records VisitorPilgrim, VisitorResident or VisitorSkipped;
	// ErrNotFound if there is no such patient.
	SetVisitor(ctx context.Context, patientID int64, visitor string) error
	// SetPlace records where the patient is (kept rounded to about a
	// kilometre); ErrNotFound if there is no such patient.
	SetPlace(ctx context.Context, patientID int64, at Location) error
	// PlaceNamed records as the patient's place that of the facility one of
	// whose areas the words name ("Ajyad", «العزيزية»); ErrNotFound when
	// no facility's area is named.
	PlaceNamed(ctx context.Context, patientID int64, words string) error
	// SkipPlace records that the patient chose not to say: their cases go
	// to the network pool.
	SkipPlace(ctx context.Context, patientID int64) error
	// Choices returns at most n facilities to choose from, in the
	// network's order, skipping the first offset (a page of a long list).
	Choices(ctx context.Context, offset, n int) ([]FacilityChoice, error)
}

// LocationAsk, on a Reply, asks the channel to offer a way to share the
// patient's location, labelled Label: Telegram a keyboard button that
// sends it. A channel with no such way leaves the Reply out: the question
// before it offers other ways. The Reply has no Buttons.
type LocationAsk struct {
	Label string `json:"label"`
}

// maxChoices is how many facilities the place question lists: a short list
// an elderly reader takes in at once, each on its own row.
const maxChoices = 4

// Triage's place states: the two questions asked once, before the first
// decision that is not an emergency (an emergency's advice never waits).
const (
	trVisitor = "trVisitor" // on Hajj or Umrah, or living here?
	trPlace   = "trPlace"   // where are you? (location, a clinic, an area)
)

const (
	evTrVisitor = "tr_visitor"
	evTrPlace   = "tr_place"
)

// placeSteps are the rows of the two questions. Each answer is kept, then
// the reading goes on where it was (assess), so a pilgrim may be asked the
// heat questions the rules keep for pilgrims.
func (tf *triageFlow) placeSteps() []step {
	return []step{
		{state: trVisitor, moves: append([]move{{evTrPlace, trPlace}}, trDecide...),
			ask: tf.asks(func(t *turn, _ triageData, hint string) {
				t.say(t.withHint(hint, t.text("place_visitor_ask", nil)),
					t.button("place_visitor_pilgrim", "v:"+VisitorPilgrim),
					t.button("place_visitor_resident", "v:"+VisitorResident),
					t.button("place_skip", "v:"+VisitorSkipped))
			}),
			press: tf.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
				if kind != "v" || (arg != VisitorPilgrim && arg != VisitorResident && arg != VisitorSkipped) {
					return errUnknownAction
				}
				if err := t.e.Places.SetVisitor(ctx, t.s.PatientID, arg); err != nil {
					return fmt.Errorf("dialogs: visitor: %w", err)
				}
				t.s.Visitor = arg
				return tf.assess(ctx, t, d, "")
			})},
		{state: trPlace, moves: trDecide,
			show: tf.shows(func(t *turn, d triageData) { tf.askPlace(t, d, "", true) }),
			ask:  tf.asks(func(t *turn, d triageData, hint string) { tf.askPlace(t, d, hint, false) }),
			press: tf.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
				switch kind {
				case "more":
					// The next clinics of a long list (a network of a
					// hundred); after the last, the first again.
					d.PlacePage++
					if err := tf.save(t, d); err != nil {
						return err
					}
					t.ask(trPlace, "")
					return nil
				case "f":
					if err := t.e.Patients.SetFacility(ctx, t.s.PatientID, arg); errors.Is(err, ErrNotFound) {
						return errUnknownAction
					} else if err != nil {
						return fmt.Errorf("dialogs: place: %w", err)
					}
				case "skip":
					if err := t.e.Places.SkipPlace(ctx, t.s.PatientID); err != nil {
						return fmt.Errorf("dialogs: place: %w", err)
					}
				default:
					return errUnknownAction
				}
				return tf.placed(ctx, t, d)
			}),
			text: tf.texting(func(ctx context.Context, t *turn, d triageData, words string) error {
				err := t.e.Places.PlaceNamed(ctx, t.s.PatientID, words)
				switch {
				case errors.Is(err, ErrNotFound):
					t.ask(trPlace, "place_not_found")
					return nil
				case err != nil:
					return fmt.Errorf("dialogs: place: %w", err)
				}
				return tf.placed(ctx, t, d)
			}),
			located: func(ctx context.Context, t *turn, at Location) error {
				if !validPlace(at) {
					t.ask(trPlace, "place_not_found")
					return nil
				}
				if err := t.e.Places.SetPlace(ctx, t.s.PatientID, at); err != nil {
					return fmt.Errorf("dialogs: place: %w", err)
				}
				return tf.placed(ctx, t, tf.load(t))
			}},
	}
}

// askPlace asks where the patient is: a page of the facilities to choose
// from, "More clinics" when there are more, and Skip, each on its own row,
// then (when full) the location button in a message of its own, since a
// channel shows it apart from the choices.
func (tf *triageFlow) askPlace(t *turn, d triageData, hint string, full bool) {
	var rows [][]Button
	// The step's show and ask take no context (they only render); the
	// list is one short query, one more than a page to know if more follow.
	choices, err := t.e.Places.Choices(context.TODO(), d.PlacePage*maxChoices, maxChoices+1)
	if err == nil && len(choices) == 0 && d.PlacePage > 0 {
		choices, err = t.e.Places.Choices(context.TODO(), 0, maxChoices+1) // past the last page: the first
	}
	if err != nil {
		t.e.Log.Warn("dialogs: place: no facilities to choose from", "err", err)
	}
	more := len(choices) > maxChoices || (d.PlacePage > 0 && len(choices) > 0)
	for _, c := range choices[:min(len(choices), maxChoices)] {
		rows = append(rows, []Button{{Label: c.Names.In(t.lang()), Data: t.f.code() + ":f:" + c.Code}})
	}
	if more {
		rows = append(rows, t.button("place_more", "more"))
	}
	rows = append(rows, t.button("place_skip", "skip"))
	t.say(t.withHint(hint, t.text("place_ask", nil)), rows...)
	if full {
		t.replies = append(t.replies, Reply{Lang: t.lang(), Text: t.text("place_location_ask", nil),
			AskLocation: &LocationAsk{Label: t.text("place_location_button", nil)}})
	}
}

// placed goes on after the place question: the location button is taken
// away, then the reading resumes.
func (tf *triageFlow) placed(ctx context.Context, t *turn, d triageData) error {
	t.s.Placed = true
	t.replies = append(t.replies, Reply{Lang: t.lang(), Text: t.text("place_thanks", nil), EndLocationAsk: true})
	return tf.assess(ctx, t, d, "")
}

// asksPlace returns the place question the patient still owes before a
// decision that is not an emergency, or "" when none: both answered, no
// Places in this deployment, or one facility only (every case is its).
func (tf *triageFlow) asksPlace(ctx context.Context, t *turn) string {
	switch {
	case t.e.Places == nil || t.f.name() != flowTriage:
		return ""
	case t.s.Visitor == "":
		return evTrVisitor
	case t.s.Placed:
		return ""
	}
	choices, err := t.e.Places.Choices(ctx, 0, 2)
	if err != nil {
		t.e.Log.Warn("dialogs: place: facilities unknown, not asked", "err", err)
		return ""
	}
	if len(choices) < 2 {
		return ""
	}
	return evTrPlace
}

// pilgrimFact is a case's "pilgrim" fact from the patient's answer:
// "yes", "no", or "" when not known.
func pilgrimFact(visitor string) string {
	switch visitor {
	case VisitorPilgrim:
		return "yes"
	case VisitorResident:
		return "no"
	}
	return ""
}

// validPlace: a shared point on the globe, not Telegram's (0, 0) of a
// location it could not read.
func validPlace(at Location) bool {
	return !math.IsNaN(at.Latitude) && !math.IsNaN(at.Longitude) &&
		math.Abs(at.Latitude) <= 90 && math.Abs(at.Longitude) <= 180 &&
		(at.Latitude != 0 || at.Longitude != 0)
}
