package triage

// Urgency is how soon a patient should be seen.
type Urgency string

// The four urgencies, most urgent first.
const (
	Emergency Urgency = "emergency" // call the emergency number or go to the emergency department now
	Urgent    Urgency = "urgent"    // see a clinician today (quick consult)
	Routine   Urgency = "routine"   // book an appointment
	SelfCare  Urgency = "self_care" // look after yourself at home, with advice
)

// Rank orders urgencies: Emergency 3, Urgent 2, Routine 1, SelfCare 0, and
// -1 for anything else.
func (u Urgency) Rank() int {
	switch u {
	case Emergency:
		return 3
	case Urgent:
		return 2
	case Routine:
		return 1
	case SelfCare:
		return 0
	}
	return -1
}

// Valid reports whether u is one of the four urgencies.
func (u Urgency) Valid() bool { return u.Rank() >= 0 }

// MessageID is the locales message id of u's name ("triage_urgency_urgent").
func (u Urgency) MessageID() string { return "triage_urgency_" + string(u) }

// AdviceMessageID is the locales message id of the advice shown for u. The
// emergency advice expects {{.Emergency}}, the emergency number.
func (u Urgency) AdviceMessageID() string { return "triage_advice_" + string(u) }

func maxUrgency(a, b Urgency) Urgency {
	if b.Rank() > a.Rank() {
		return b
	}
	return a
}

// Specialties are the specialty codes a Decision may name, shared with the
// store's specialties table.
var Specialties = []string{
	"general_practice", "internal_medicine", "cardiology", "pulmonology",
	"neurology", "gastroenterology", "endocrinology", "nephrology",
	"infectious_disease", "pediatrics", "obstetrics_gynecology", "dermatology",
	"ent", "ophthalmology", "orthopedics", "psychiatry", "urology", "dentistry",
	"emergency_medicine",
}

func validSpecialty(s string) bool {
	for _, v := range Specialties {
		if v == s {
			return true
		}
	}
	return false
}
