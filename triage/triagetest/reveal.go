// Package triagetest holds what the end-to-end walks (e2e, Telegram, the
// web chat and the dashboard's consult) share about triage: the conversations that
// reveal an emergency through an answer, and the calm answer to every
// other question.
package triagetest

// Reveal is a first message that reads as nothing urgent and the
// questions whose truthful "yes" reveals the emergency; every other
// question is answered calmly.
type Reveal struct {
	Name, Lang, Words string
	Yes               []string // question ids the patient answers "yes" when asked
}

// Reveals has one walk per complaint family whose emergency can hide
// behind an ordinary first message, in English and a dialect of Arabic.
var Reveals = []Reveal{
	{"child fever english", "en", "my son is 9 and has a fever and a headache", []string{"fever_neck", "child_neck"}},
	{"child fever maghrebi", "ar", "ولدي عندو ٩ سنين فيه السخانة وراسو كيضرو", []string{"fever_neck", "child_neck"}},
	{"leg english", "en", "my calf is sore", []string{"leg_one_side", "leg_hospital"}},
	{"leg gulf", "ar", "رجلي تعورني", []string{"leg_one_side", "leg_hospital"}},
	{"travel fever english", "en", "I have had a fever since yesterday", []string{"fever_travel"}},
	{"travel fever egyptian", "ar", "عندي سخونية من امبارح", []string{"fever_travel"}},
	{"flank english", "en", "I have pain in my side", []string{"uro_flank_sudden"}},
	{"flank levantine", "ar", "عندي وجع بجنبي", []string{"uro_flank_sudden"}},
	{"older infection english", "en", "my father is 70 and has a cough and a fever", []string{"breath_fast"}},
	{"older infection gulf", "ar", "ابوي عمره ٧٠ عنده كحة وحرارة", []string{"breath_fast"}},
	{"headache english", "en", "I have a headache", []string{"head_sudden"}},
	{"headache egyptian", "ar", "عندي صداع", []string{"head_sudden"}},
	{"belly english", "en", "my stomach hurts", []string{"abd_blood"}},
	{"belly levantine", "ar", "بطني عم يوجعني", []string{"abd_blood"}},
	{"mood english", "en", "I have been feeling low", []string{"mh_suicidal"}},
	{"mood gulf", "ar", "نفسيتي تعبانة", []string{"mh_suicidal"}},
	{"heat english", "en", "my mother feels tired after Arafat", []string{"heat_hot_dry", "heat_confused"}},
	{"heat gulf", "ar", "امي تعبانة شوي بعد عرفة", []string{"heat_hot_dry", "heat_confused"}},
}
