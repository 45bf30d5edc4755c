package dialogs

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/triage"
)

// problem starts the reading from a tapped topic (pathway) or typed words.
func (tf *triageFlow) problem(ctx context.Context, t *turn, d triageData, topicPath, words string) error {
	d.Topic, d.Words, d.Path, d.Q = topicPath, joinWords(d.Words, words), "", ""
	if topicPath == "" && words != "" && !d.Unread && len(d.Answers) == 0 && tf.unread(t, d) {
		// Words triage reads nothing in (a language whose free text it
		// reads only for emergencies, or no problem named): the topics,
		// with why, rather than general questions on a guess. Once: words
		// typed again go on to the questions.
		d.Unread = true
		if err := tf.save(t, d); err != nil {
			return err
		}
		t.ask(trProblem, "triagedialog_not_read")
		return nil
	}
	return tf.assess(ctx, t, d, "")
}

// unread reports whether the words name no problem triage knows: no
// complaint, no red or amber flag and no pathway of their own.
func (tf *triageFlow) unread(t *turn, d triageData) bool {
	return tf.rules(t).Unread(tf.input(d), tf.facts(t))
}

// answer records the answer value to the question being asked.
func (tf *triageFlow) answer(ctx context.Context, t *turn, d triageData, value string) error {
	q, ok := tf.rules(t).Question(d.Q)
	if !ok || (!hasOption(q, value) && value != triage.Unsure) {
		return errUnknownAction
	}
	d.Answers[q.ID] = value
	d.Asked = append(d.Asked, q.ID)
	return tf.assess(ctx, t, d, "")
}

// assess decides from everything said so far: an emergency at once, else
// the next question, else the decision. ack, when set, is said first
// unless it is an emergency (the advice always comes first).
func (tf *triageFlow) assess(ctx context.Context, t *turn, d triageData, ack string) error {
	prevQ := d.Q
	rules, f := tf.rules(t), tf.facts(t)
	tf.prefill(rules, &d, f)
	dec, q, ask := rules.Step(tf.input(d), f, d.Topic, d.Answers)
	if dec.Urgency == triage.Emergency {
		return tf.decide(ctx, t, d, dec)
	}
	if ack != "" {
		t.say(t.text(ack, nil))
	}
	if d.Path == "" {
		d.Path = dec.Pathway
		if d.Topic != "" {
			d.Path = d.Topic
		}
	}
	if ask {
		// A new question makes the buttons already sent stale, as a press
		// does: an old "yes" typed over must not answer the new question.
		t.accepted = t.accepted || q.ID != prevQ
		d.Q = q.ID
		if err := tf.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, evTrAsk)
	}
	d.Q = ""
	return tf.decide(ctx, t, d, dec)
}

// decide records the decision as a case (queued when it is an emergency
// or urgent) and shows it with the next step.
func (tf *triageFlow) decide(ctx context.Context, t *turn, d triageData, dec triage.Decision) error {
	if ev := tf.asksPlace(ctx, t); ev != "" && dec.Urgency != triage.Emergency {
		// Asked once, before the first decision the patient can wait one
		// tap for; the answer resumes the reading (place.go).
		t.accepted = true
		if err := tf.save(t, d); err != nil {
			return err
		}
		return t.fire(ctx, ev)
	}
	t.accepted = true // a new decision: the buttons already sent are stale
	d.Urgency, d.Spec, d.Flags, d.Advice = string(dec.Urgency), dec.Specialty, dec.RedFlags, dec.Summary.AdviceID
	d.Found = map[string]string{}
	for _, f := range dec.Findings {
		d.Found[f.ID] = f.State + ":" + f.Source
	}
	if d.Path == "" {
		d.Path = dec.Pathway
	}
	queue := dec.Urgency == triage.Emergency || dec.Urgency == triage.Urgent
	if err := tf.record(ctx, t, &d, queue); err != nil {
		return err
	}
	var ev string
	switch dec.Urgency {
	case triage.Emergency:
		ev = evTrEmergency
	case triage.Urgent:
		ev = evTrQueue
	case triage.SelfCare:
		ev = evTrSelfCare
	default:
		if d.Via == "m:book" {
			text, _ := tf.decision(t, d, "triagedialog_routine_booking")
			t.say(text)
			return tf.toBooking(ctx, t, d)
		}
		ev = evTrRoutine
	}
	if err := tf.save(t, d); err != nil {
		return err
	}
	return tf.fire(ctx, t, ev)
}

// fire sends ev to the conversation's machine; in triage, a case that
// joins the queue (evTrQueue, evTrEmergency) is handed to the consult.
// A decision read again in the consult stays there.
func (tf *triageFlow) fire(ctx context.Context, t *turn, ev string) error {
	if t.f.name() == flowTriage && (ev == evTrQueue || ev == evTrEmergency) {
		return t.handOver(ctx, ev)
	}
	return t.fire(ctx, ev)
}

// record opens the case of decision d. Its source is this input, so an
// input handled again finds the case it opened.
func (tf *triageFlow) record(ctx context.Context, t *turn, d *triageData, queue bool) error {
	c := Case{
		PatientID: t.s.PatientID,
		Source:    tf.source(t),
		Lang:      t.lang(),
		Complaint: tf.complaint(t, *d),
		Urgency:   d.Urgency,
		Specialty: d.Spec,
		RedFlags:  slices.Clone(d.Flags),
		Pathway:   d.Path,
		Answers:   maps.Clone(d.Answers),
		Facts:     caseFacts(*d),
		Queue:     queue,
	}
	if v := pilgrimFact(t.s.Visitor); v != "" {
		c.Facts["pilgrim"] = v
	}
	id, err := t.e.Cases.OpenCase(ctx, c)
	if err != nil {
		return fmt.Errorf("dialogs: triage: %w", err)
	}
	d.Case, d.Queued = id, queue
	if queue {
		tf.position(ctx, t, d)
	}
	t.e.Log.Info("dialogs: triage case", "patient", t.s.PatientID, "case", id, "urgency", d.Urgency,
		"specialty", d.Spec, "rules", d.Flags, "queued", queue, "answers", len(d.Answers))
	return nil
}

// queue puts the patient's case in the queue at their request ("still
// worried?", "talk to a doctor now anyway").
func (tf *triageFlow) queue(ctx context.Context, t *turn, d triageData) error {
	if d.Case != 0 {
		if err := t.e.Cases.Enqueue(ctx, d.Case); err != nil {
			return fmt.Errorf("dialogs: triage: %w", err)
		}
		d.Queued = true
		tf.position(ctx, t, &d)
		t.e.Log.Info("dialogs: triage case queued on request", "patient", t.s.PatientID, "case", d.Case)
	} else if err := tf.record(ctx, t, &d, true); err != nil {
		return err
	}
	if err := tf.save(t, d); err != nil {
		return err
	}
	return tf.fire(ctx, t, evTrQueue)
}

// position looks up the case's place in the queue with the figures of its
// estimate, recorded as told in the same statement; a failure only leaves
// them unsaid.
func (tf *triageFlow) position(ctx context.Context, t *turn, d *triageData) {
	d.Wait, d.Fallback = nil, nil
	if d.Case == 0 {
		d.Pos = 0
		return
	}
	f, err := t.e.Consults.WaitFigures(ctx, d.Case)
	switch {
	case errors.Is(err, ErrNotFound):
		d.Pos = -1
		return
	case err != nil:
		t.e.Log.Warn("dialogs: triage: queue position unknown", "case", d.Case, "err", err)
		d.Pos = 0
		return
	}
	d.Pos = f.Position
	tf.estimate(ctx, t, d, f)
}

// later reads words typed after the decision: if they make it more urgent,
// the new decision is recorded as a new case and shown; otherwise the step
// is asked again.
func (tf *triageFlow) later(ctx context.Context, t *turn, d triageData, text string) error {
	state := t.m.Current()
	if !tf.addsSymptoms(t, text) {
		t.ask(state, tf.repromptHint(t))
		return nil
	}
	d.Words = addWords(d.Words, text)
	dec := tf.rules(t).Assess(tf.input(d), tf.facts(t), d.Answers)
	if dec.Urgency.Rank() <= triage.Urgency(d.Urgency).Rank() {
		if err := tf.save(t, d); err != nil {
			return err
		}
		hint := "triagedialog_no_change"
		if len(t.redFlags) > 0 {
			hint = ""
		}
		t.ask(state, hint)
		return nil
	}
	d.Q = ""
	return tf.decide(ctx, t, d, dec)
}

// toBooking hands a routine case to the booking flow with its specialty,
// urgency and case id in Session.Values, and via "spec:<code>".
func (tf *triageFlow) toBooking(ctx context.Context, t *turn, d triageData) error {
	f := t.e.flows[flowBooking]
	t.f, t.m = f, f.machine(t, f.initial())
	t.s.Values = map[string]string{
		"specialty": d.Spec, "urgency": d.Urgency, "case": strconv.FormatInt(d.Case, 10),
	}
	return f.begin(ctx, t, "spec:"+d.Spec)
}

// input is what the rules read: a tapped topic's seed, then the words.
func (tf *triageFlow) input(d triageData) string {
	seed := ""
	if tp, ok := topicByPath(d.Topic); ok {
		seed = tp.seed
	}
	return joinWords(seed, d.Words)
}

// complaint is the case's text for the clinician: the tapped topic as the
// patient saw it, then their own words verbatim.
func (tf *triageFlow) complaint(t *turn, d triageData) string {
	if d.Topic == "" {
		return d.Words
	}
	return joinWords(t.text("triagedialog_topic_"+d.Topic, nil), d.Words)
}

// source names this input as the origin of a case.
func (tf *triageFlow) source(t *turn) string {
	id := t.in.ID
	if id == "" {
		id = "s" + token(t.s.Step)
	}
	return t.in.Conversation.String() + "/" + id
}

// FindingFact prefixes a finding's id among a case's facts; its value is
// "<state>:<source>" ("present:text", "unknown:answer").
const FindingFact = "finding:"

func caseFacts(d triageData) map[string]string {
	f := map[string]string{}
	if v := d.Answers["age_band"]; v != "" && v != triage.Unsure {
		f["age_band"] = v
	}
	if v := d.Answers["sex"]; v == "f" || v == "m" {
		f["sex"] = v
	}
	for id, v := range d.Found {
		f[FindingFact+id] = v
	}
	return f
}

// addsSymptoms reports whether typed words say anything the rules read as
// part of a complaint (rather than "ok", "thanks" or a stray answer).
func (tf *triageFlow) addsSymptoms(t *turn, text string) bool {
	if len(t.redFlags) > 0 {
		return true
	}
	d := tf.rules(t).Classify(text, tf.facts(t))
	return len(d.Complaints) > 0 || len(d.RedFlags) > 0 || len(d.AmberFlags) > 0 || len(d.Summary.Findings) > 0
}

// typedAnswer reads words typed at a question as one of its options: a
// number for severity (any digits: "٧" is 7, "7/10" too), yes or no in
// either language, or an option's label in either language.
func (tf *triageFlow) typedAnswer(t *turn, q triage.Question, text string) (string, bool) {
	s := cleanTyped(text)
	if s == "" {
		return "", false
	}
	if slices.Contains(unsureWords, s) {
		return triage.Unsure, true
	}
	switch q.Kind {
	case triage.KindSeverity:
		num := s
		if a, _, ok := cutAny(s, "/", "من"); ok {
			num = a
		}
		if n, err := numerals.Atoi(num); err == nil && hasOption(q, strconv.Itoa(n)) {
			return strconv.Itoa(n), true
		}
	case triage.KindYesNo:
		switch {
		case slices.Contains(yesWords, s):
			return "yes", true
		case slices.Contains(noWords, s):
			return "no", true
		}
	}
	for _, o := range q.Options {
		for _, lang := range locales.Languages {
			if cleanTyped(t.textIn(lang, o.LabelID, nil)) == s {
				return o.Value, true
			}
		}
	}
	return "", false
}

// cutAny cuts s around the first of seps it holds ("7/10", "٧ من ١٠").
func cutAny(s string, seps ...string) (before, after string, ok bool) {
	for _, sep := range seps {
		if b, a, ok := strings.Cut(s, sep); ok {
			return strings.TrimSpace(b), strings.TrimSpace(a), true
		}
	}
	return s, "", false
}

func hasOption(q triage.Question, value string) bool {
	for _, o := range q.Options {
		if o.Value == value {
			return true
		}
	}
	return false
}
