package dialogs

import (
	"slices"
	"strings"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/triage"
)

// Triage configures the triage flow ("Talk to a doctor now"), given to New
// as Deps.Triage.
type Triage struct {
	// Rules reads the patient's words and answers. Required.
	Rules *triage.Engine
	// FacilityPhone is the clinic's own number ("+966…", ASCII digits),
	// given with the emergency advice beside the emergency number; "" when
	// there is no single clinic to name.
	FacilityPhone string
	// UrgentFallback is where an urgent patient is sent when no clinician
	// who could take their case is online (see urgent_fallback.go): the
	// deployment's, for every case. UrgentFallbacks, when set, gives a
	// case's facility's own, which wins where it says anything.
	UrgentFallback  UrgentFallback
	UrgentFallbacks UrgentFallbacks
}

// RedFlagsFrom adapts a triage engine to RedFlagChecker, so that typed words
// at any step of any flow that show a red flag get the emergency advice
// first. A nil engine gives a nil checker (no check). The checker reads the
// text alone, as the first message of a triage is read; it is safe for
// concurrent use and never fails: should the rules ever panic, the text is
// treated as no emergency rather than losing the patient's message.
func RedFlagsFrom(rules *triage.Engine) RedFlagChecker {
	if rules == nil {
		return nil
	}
	return triageRedFlags{rules: rules}
}

type triageRedFlags struct{ rules *triage.Engine }

func (r triageRedFlags) Emergency(text, lang string) (ids []string, ok bool) {
	defer func() {
		if recover() != nil {
			ids, ok = nil, false
		}
	}()
	d := r.rules.Classify(text, triage.Facts{Lang: lang})
	return d.RedFlags, d.Urgency == triage.Emergency
}

// topic is one button of the picker for patients who prefer tapping to
// writing. Seed is what the tap tells the rules, in the words a patient
// would use (matching input, never shown): the decision then follows the
// same rules as typed words, so tapping "Chest pain" is read as "chest
// pain" is. The label is the locales message "triagedialog_topic_<path>".
type topic struct {
	path string // a triage pathway
	seed string
}

// topics are the picker's buttons in order; a pathway the rules no longer
// have is left out. TestTopicSeeds checks every seed against the rules.
var topics = []topic{
	{"chest", "chest pain"},
	{"breathing", "shortness of breath"},
	{"fever", "fever"},
	{"abdominal", "belly pain"},
	{"headache", "headache"},
	{"heat", "heat exhaustion"},
	{"injury", "injury"},
	{"skin", "skin rash"},
	{"eye", "eye problem"},
	{"ent", "ear nose or throat problem"},
	{"urinary", "urine problem"},
	{"pregnancy", "pregnant"},
	{"mental", "stress and low mood"},
	{"chronic", "follow up of a long-term condition"},
	{"refill", "repeat prescription"},
	{"child", "my child is unwell"},
	{"dental", "toothache"},
}

// topicsPerPage keeps the picker short: big buttons, one a row.
const topicsPerPage = 6

// liveTopics returns the topics whose pathway the rules define.
func liveTopics(rules *triage.Engine) []topic {
	have := rules.Pathways()
	out := make([]topic, 0, len(topics))
	for _, tp := range topics {
		if slices.Contains(have, tp.path) {
			out = append(out, tp)
		}
	}
	return out
}

func topicByPath(path string) (topic, bool) {
	for _, tp := range topics {
		if tp.path == path {
			return tp, true
		}
	}
	return topic{}, false
}

// prefillAge answers the age-band question from an age already known, so
// the patient is not asked what we know.
func prefillAge(answers map[string]string, f triage.Facts) {
	if _, ok := answers["age_band"]; ok {
		return
	}
	if band := triage.AgeBand(f.AgeYears, f.AgeMonths); band != "" {
		answers["age_band"] = band
	}
}

// prefill answers what is already known before a question is chosen: the
// age from Facts, then what the patient's words already say ("a cough and
// fever for 3 days" answers the fever and duration questions). A tapped
// or earlier answer is never replaced. Prefilled answers sit in d.Answers
// like taps, so Assess escalates on them exactly as on a tap.
func (tf *triageFlow) prefill(rules *triage.Engine, d *triageData, f triage.Facts) {
	prefillAge(d.Answers, f)
	text, path := tf.input(*d), d.Path
	if path == "" {
		path = d.Topic
	}
	if path == "" {
		path = rules.Classify(text, f).Pathway
	}
	for id, v := range rules.Prefill(text, f, path) {
		if _, ok := d.Answers[id]; !ok {
			d.Answers[id] = v
		}
	}
}

// yesWords and noWords are whole messages read as the answer to a yes/no
// question, in English and the Arabic of the four dialect groups (after
// lower-casing and trimming punctuation). Longer sentences are read as
// words about the problem instead.
var (
	yesWords = []string{"yes", "y", "yeah", "yep", "yup", "yes please", "sure",
		"نعم", "ايوه", "ايوة", "أيوه", "أيوة", "ايوا", "أيوا", "اي", "إي", "اه", "آه", "ايه", "إيه", "ايي",
		"صح", "أكيد", "اكيد", "واه", "إيوا"}
	// unsureWords are "I don't know" in either language, on any question.
	unsureWords = []string{"not sure", "i dont know", "i don't know", "dont know", "don't know", "idk", "no idea",
		"unsure", "maybe", "i'm not sure", "im not sure", "not certain", "i am not sure",
		"مدري", "ما ادري", "ما أدري", "ما ادري والله", "مش عارف", "مش عارفه", "مش عارفة", "ما اعرف", "ما أعرف",
		"ما بعرف", "ما بعرفش", "ما نعرفش", "ما عرفتش", "معرفش", "مش متأكد", "مش متاكد", "مش متأكدة", "مو متأكد",
		"مو متاكد", "لست متأكدا", "لست متأكدًا", "لا أعرف", "لا اعرف", "يمكن", "ربما", "والله ما ادري", "ماعرفتش", "ما علاباليش"}
	noWords = []string{"no", "n", "nope", "nah", "not really",
		"لا", "لأ", "لاء", "لاا", "كلا", "ابدا", "أبدا", "لا ابدا", "لا أبدا", "مافي", "ما في", "لا يوجد", "لالا", "لا لا", "والو"}
)

// cleanTyped lower-cases s, folds its digits and trims space and the
// punctuation patients add around a one-word answer.
func cleanTyped(s string) string {
	return strings.Trim(strings.ToLower(numerals.Fold(strings.TrimSpace(s))), " .!?,;:،؟؛…\"'")
}
