package triage

// Answerer answers one question as the patient would: an option value, or
// Unsure.
type Answerer func(q Question) string

// Walked is a whole conversation: the decision the patient is finally
// given and the questions asked, in order.
type Walked struct {
	Decision Decision
	Asked    []string
	Answers  map[string]string
}

// maxWalk bounds a conversation, whatever the answers.
const maxWalk = 20

// Walk plays the conversation the triage dialog has with a patient who
// writes text (and may have tapped topic, a pathway id) and answers each
// question with answer: before every question, what the words already
// answer is filled in (Prefill), then Step chooses. The dialog
// runs the same steps one tap at a time, so Walk is how the conversation
// is measured ("frontdoor triage simulate") and tested.
func (e *Engine) Walk(text string, f Facts, topic string, answer Answerer) Walked {
	answers := map[string]string{}
	var asked []string
	path := topic
	if path == "" {
		path = e.Classify(text, f).Pathway
	}
	for len(asked) < maxWalk {
		e.PrefillInto(answers, text, f, path)
		dec, q, ok := e.Step(text, f, topic, answers)
		if !ok {
			return Walked{Decision: dec, Asked: asked, Answers: answers}
		}
		asked = append(asked, q.ID)
		answers[q.ID] = answer(q)
	}
	return Walked{Decision: e.Assess(text, f, answers), Asked: asked, Answers: answers}
}

// PrefillInto adds to answers what the words and Facts already answer of
// pathway's questions (Prefill), never replacing an answer given.
func (e *Engine) PrefillInto(answers map[string]string, text string, f Facts, pathway string) {
	if _, ok := answers[ageQuestion]; !ok {
		if band := AgeBand(f.AgeYears, f.AgeMonths); band != "" {
			answers[ageQuestion] = band
		}
	}
	for id, v := range e.Prefill(text, f, pathway) {
		if _, ok := answers[id]; !ok {
			answers[id] = v
		}
	}
}
