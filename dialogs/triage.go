package dialogs

import (
	"context"
	"strconv"
	"strings"

	"github.com/looplab/fsm"

	"github.com/frontdoor-health/frontdoor/triage"
)

// flowTriage is "Talk to a doctor now": the patient says what is wrong in
// their own words (or taps a topic), answers a few questions by button, and
// gets the decision and the next step. An emergency, found in the first
// words or revealed by any answer, gets the emergency advice before
// anything else and goes to the top of the clinicians' queue. Every
// decision is recorded through Engine.Cases during the turn (the case id
// and place in the queue decide the reply); opening a case is idempotent
// on its source, the conversation and input, so a re-run input records
// nothing twice.
const flowTriage = "triage"

// ViaTyped is the via with which another flow hands typed words to triage
// (Engine flows call t.enter(ctx, "triage", ViaTyped) from their text
// handler): the input's text is read as the patient's complaint at once.
const ViaTyped = "typed"

// Triage states.
const (
	trProblem  = "trProblem"  // what is the main problem? (words or a topic)
	trQuestion = "trQuestion" // a follow-up question, by button
	trRoutine  = "trRoutine"  // an appointment is the next step
	trSelfCare = "trSelfCare" // self-care advice, with "still worried?"
)

// Triage events (named apart from the states). evTrQueue and
// evTrEmergency, a case joining the queue, hand over to the consult.
const (
	evTrAsk      = "tr_ask"
	evTrRoutine  = "tr_routine"
	evTrSelfCare = "tr_self_care"
)

// Moves of triage: the next question, or a decision that needs no
// clinician now. A case that joins the queue is handed to the consult
// (consultFlow.handOver).
var (
	trToRoutine = move{evTrRoutine, trRoutine}
	trDecide    = []move{{evTrAsk, trQuestion}, trToRoutine, {evTrSelfCare, trSelfCare}}
	// trReading: while reading the problem, the place questions asked
	// once before the first decision (place.go).
	trReading = append([]move{{evTrVisitor, trVisitor}, {evTrPlace, trPlace}}, trDecide...)
)

// triageData is what the flow keeps in the session.
type triageData struct {
	Via   string `json:"via,omitempty"`  // what led here: "m:doctor", "m:book", ViaTyped
	Topic string `json:"tp,omitempty"`   // the pathway of a tapped topic, "" when typed
	Words string `json:"w,omitempty"`    // the patient's own words, verbatim, joined by new lines
	Path  string `json:"path,omitempty"` // the pathway whose questions are asked
	Page  int    `json:"pg,omitempty"`   // the topic picker's page
	// PlacePage is the page of the clinics the place question lists.
	PlacePage int               `json:"ppg,omitempty"`
	Unread    bool              `json:"nr,omitempty"` // typed words were not read once: the topics were offered
	Q         string            `json:"q,omitempty"`  // the question being asked
	Answers   map[string]string `json:"a,omitempty"`  // question id → option value
	// Asked is the questions answered by the patient, in order: Back
	// takes the last one back.
	Asked []string `json:"qs,omitempty"`

	// The decision, once made, and its case.
	Urgency string   `json:"u,omitempty"`
	Spec    string   `json:"sp,omitempty"`
	Flags   []string `json:"rf,omitempty"`
	Advice  string   `json:"adv,omitempty"`
	// Found is each finding known at the decision: "<state>:<source>".
	Found map[string]string `json:"fd,omitempty"`
	Case  int64             `json:"case,omitempty"`
	// Phone is true once the patient shared a number for Case.
	Phone  bool `json:"ph,omitempty"`
	Queued bool `json:"qd,omitempty"`
	// Pos is the place in the queue when last looked: 0 unknown, -1 no
	// longer waiting.
	Pos int `json:"pos,omitempty"`
	// The consult (consult*.go): the figures of the estimated wait last
	// told, the clinician who took the case, the patient's join link and
	// how the case was closed.
	Wait *WaitFigures `json:"wf,omitempty"`
	Doc  *nameRef     `json:"doc,omitempty"`
	Link string       `json:"ln,omitempty"`
	Disp string       `json:"disp,omitempty"`
	// Fallback is where else to get care, told with the wait when the case
	// is urgent and no clinician is online (urgent_fallback.go); nil else.
	Fallback *UrgentFallback `json:"fb,omitempty"`
	// FollowAt is the start (Unix seconds) of the follow-up the closing
	// booked, 0 if none.
	FollowAt int64 `json:"fu,omitempty"`
}

// triageFlow runs triage up to the decision; a case that joins the queue
// goes on in the consult flow.
type triageFlow struct{}

func (*triageFlow) name() string    { return flowTriage }
func (*triageFlow) code() string    { return "t" }
func (*triageFlow) initial() string { return trProblem }

// steps: the problem and its questions go back; a decision does not (its
// own buttons say what comes next). When the case joins the queue the
// consult takes over (consult_flow.go).
func (tf *triageFlow) steps() []step {
	return append([]step{
		{state: trProblem, moves: trReading,
			show:  tf.shows(tf.showProblem),
			ask:   tf.asks(tf.askProblem),
			press: tf.pressing(tf.pressProblem),
			text: tf.texting(func(ctx context.Context, t *turn, d triageData, text string) error {
				return tf.problem(ctx, t, d, d.Topic, text)
			}),
			back: tf.back},
		{state: trQuestion, moves: trReading,
			ask: tf.asks(tf.askQuestion),
			press: tf.pressing(func(ctx context.Context, t *turn, d triageData, kind, arg string) error {
				if kind != "a" {
					return errUnknownAction
				}
				return tf.answer(ctx, t, d, arg)
			}),
			text: tf.texting(tf.textQuestion),
			back: tf.back},
		{state: trRoutine, moves: []move{trToRoutine},
			show: tf.shows(func(t *turn, d triageData) {
				text, _ := tf.decision(t, d, "triagedialog_routine")
				t.say(text, tf.routineRows(t)...)
			}),
			ask: tf.asks(func(t *turn, _ triageData, hint string) {
				t.say(t.withHint(hint, t.text("triagedialog_routine_ask", nil)), tf.routineRows(t)...)
			}),
			press: tf.pressing(tf.pressDecided),
			text:  tf.texting(tf.later)},
		{state: trSelfCare, moves: []move{trToRoutine},
			show: tf.shows(func(t *turn, d triageData) {
				text, _ := tf.decision(t, d, "triagedialog_self_care")
				t.say(text, tf.selfCareRows(t)...)
			}),
			ask: tf.asks(func(t *turn, _ triageData, hint string) {
				t.say(t.withHint(hint, t.text("triagedialog_self_care_ask", nil)), tf.selfCareRows(t)...)
			}),
			press: tf.pressing(tf.pressDecided),
			text:  tf.texting(tf.later)},
	}, tf.placeSteps()...)
}

// pressing turns a step's press into the row's: the menu ("m") from every
// step, then press (nil: no other button acts here) with the flow's data
// and the action cut at its first colon ("a:yes" is kind "a", arg "yes").
func (tf *triageFlow) pressing(press func(ctx context.Context, t *turn, d triageData, kind, arg string) error) func(context.Context, *turn, string) error {
	return func(ctx context.Context, t *turn, action string) error {
		d := tf.load(t)
		kind, arg, _ := strings.Cut(action, ":")
		switch {
		case kind == "m":
			return t.home(ctx)
		case press == nil:
			return errUnknownAction
		}
		return press(ctx, t, d, kind, arg)
	}
}

// texting turns a step's text into the row's: text with the flow's data.
func (tf *triageFlow) texting(text func(ctx context.Context, t *turn, d triageData, text string) error) func(context.Context, *turn, string) error {
	return func(ctx context.Context, t *turn, words string) error {
		return text(ctx, t, tf.load(t), words)
	}
}

func (tf *triageFlow) callbacks(t *turn) fsm.Callbacks {
	return fsm.Callbacks{
		"enter_state": func(_ context.Context, e *fsm.Event) { t.show(e.Dst) },
	}
}

func (*triageFlow) rules(t *turn) *triage.Engine { return t.e.Triage.Rules }

func (tf *triageFlow) load(t *turn) triageData {
	d, err := loadValues[triageData](t.s)
	if err != nil {
		t.e.Log.Warn("dialogs: triage data unreadable, starting over", "patient", t.s.PatientID)
	}
	if d.Answers == nil {
		d.Answers = map[string]string{}
	}
	return d
}

func (tf *triageFlow) save(t *turn, d triageData) error { return storeValues(t.s, d) }

// facts are what is known of the patient besides their words.
func (tf *triageFlow) facts(t *turn) triage.Facts {
	return triage.Facts{Lang: t.lang(), Pilgrim: t.s.Visitor == VisitorPilgrim}
}

func (tf *triageFlow) begin(ctx context.Context, t *turn, via string) error {
	d := triageData{Via: via, Answers: map[string]string{}}
	if via == ViaTyped && strings.TrimSpace(t.in.Text) != "" && t.in.Data == "" {
		return tf.problem(ctx, t, d, "", strings.TrimSpace(t.in.Text))
	}
	if err := tf.save(t, d); err != nil {
		return err
	}
	t.show(trProblem)
	return nil
}

func (tf *triageFlow) pressProblem(ctx context.Context, t *turn, d triageData, kind, arg string) error {
	switch kind {
	case "p":
		if _, ok := topicByPath(arg); !ok {
			return errUnknownAction
		}
		return tf.problem(ctx, t, d, arg, "")
	case "pg":
		n, err := strconv.Atoi(arg)
		if err != nil || n < 0 || n*topicsPerPage >= len(liveTopics(tf.rules(t))) {
			return errUnknownAction
		}
		d.Page = n
		if err := tf.save(t, d); err != nil {
			return err
		}
		t.ask(trProblem, "")
		return nil
	}
	return errUnknownAction
}

// pressDecided: after a routine or self-care decision, a doctor anyway
// ("q") or, when routine, booking ("b").
func (tf *triageFlow) pressDecided(ctx context.Context, t *turn, d triageData, kind, _ string) error {
	switch {
	case kind == "q":
		return tf.queue(ctx, t, d)
	case kind == "b" && t.m.Current() == trRoutine:
		return tf.toBooking(ctx, t, d)
	}
	return errUnknownAction
}

// textQuestion reads words typed at a question: an answer typed instead of
// tapped, or more about the problem.
func (tf *triageFlow) textQuestion(ctx context.Context, t *turn, d triageData, text string) error {
	if q, ok := tf.rules(t).Question(d.Q); ok {
		if v, ok := tf.typedAnswer(t, q, text); ok {
			return tf.answer(ctx, t, d, v)
		}
	}
	if !tf.addsSymptoms(t, text) {
		t.ask(trQuestion, tf.repromptHint(t))
		return nil
	}
	d.Words = addWords(d.Words, text)
	if d.Topic == "" {
		d.Path = ""
	}
	return tf.assess(ctx, t, d, "triagedialog_added")
}

// repromptHint is said before a question asked again; after the emergency
// advice, the question alone.
func (tf *triageFlow) repromptHint(t *turn) string {
	if len(t.redFlags) > 0 {
		return ""
	}
	return "triagedialog_reprompt"
}

// maxWords bounds the words kept in the session (a few screens of text):
// beyond it, more words are still read for red flags but not kept.
const maxWords = 8 << 10

// addWords adds typed words to those kept, within maxWords.
func addWords(words, more string) string {
	if len(words)+len(more) > maxWords {
		return words
	}
	return joinWords(words, more)
}

// joinWords puts b on a new line after a.
func joinWords(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}
