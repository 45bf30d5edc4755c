package triage

import (
	"slices"
	"testing"
)

// Set 73 was written blind at the start of a fourteenth-session task:
// look-alikes, messages that sound like an emergency but are not (a chest
// sore after the gym, migraine of years, a heart attack of 2019 asking for
// follow-up, a nosebleed that stopped, a toddler off the sofa who cried at
// once, a known panic attack passing, piles, a pregnant woman's kicks, a
// faint years ago, a mother's worry after the news), with ten emergencies
// hidden behind mild words; 14 English and 26 Arabic and Arabizi. Its
// first run caught all ten emergencies in both modes, but sent 5 of 30
// non-emergencies to the emergency number with every answer given (10 of
// 30 in strict mode): the writer's own eye that "will not open" for the
// light («ما عم اقدر افتح عيني») was a person who cannot be woken; the
// gym's "heavy chest day" was a heaviness in the chest; people read of in
// the news who «ماتوا فجاه بجلطه قلب» were a heart attack now; a known
// panic attack passing was a person not breathing. Below the emergency
// line: Egypt's «مناخيره» (his nose) was not read, so a nosebleed that
// stopped was nothing; sugar stirred into water to drink was diabetes;
// a toddler «طاح من فوق الصالون» (off the sofa) fell from a height; an
// Arabizi "kano" (they were) was the Nigerian city; "bit paranoid" about a
// pulled pec was a psychosis.

// TestTheWritersOwnEyeThatWillNotOpen: the writer who cannot open their
// own eye for the light, the pain or a swelling is awake (a keratitis is
// UR-EYE-01's); someone else who does not open their eyes or answer is
// RF-CONSC-01's (ESI v4 level 1).
func TestTheWritersOwnEyeThatWillNotOpen(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 25},
		"عيني اليمين حمرا وبتوجعني والضو بيضايقني ما عم اقدر افتح عيني",
		"عيني حمره وتعورني ما اقدر افتح عيوني من النور",
		"عيني حمرا وبتوجعني مش قادر افتح عيني من النور",
		"عيني حمرا وكتضرني ما قدرتش نحل عيني من الضو",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"ابوي طاح وما يفتح عيونه ولا يرد علينا",
		"جدتي مش قادره تفتح عينيها ومش بترد علينا",
		"my dad collapsed and he won't open his eyes or answer us",
	)
}

// TestTheGymsChestDayIsNoHeaviness: a heavy chest session at the gym and a
// chest wall sore to a push or a press is a strained muscle (NICE CG95
// 1.3.1.4); a heaviness felt in the chest, or one that spreads and sweats,
// is still RF-CHEST-01/02's.
func TestTheGymsChestDayIsNoHeaviness(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 24},
		"did heavy chest day yesterday and today the left side of my chest is really sore, hurts when i push on it",
		"heavy bench session yesterday, my chest is sore when i press on one spot, is it a pulled pec",
		"chest hurts since the gym, think i pulled my pec, sore when i push on it",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 55},
		"after the gym my chest feels heavy and tight and it goes to my left arm",
		"heavy pressure in my chest since an hour and sweating",
		"صدري تقيل من ساعه وعرقان",
	)
}

// TestDeathsReadOfAreNoAttackNow: people said to have died of a heart
// attack or a clot, in the news or the neighbourhood, are a worry, not an
// attack now; a heart attack or a clot feared in someone now is still
// RF-CHEST-03 / RF-STROKE-05's (NHS: Heart attack; Stroke).
func TestDeathsReadOfAreNoAttackNow(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 28},
		"قريت بتويتر عن شباب صغار ماتوا فجاه بجلطه قلب وانا خايفه على ولدي، هو ما يشتكي من شي",
		"سمعت ان جارنا مات بجلطه الله يرحمه، بدي اعمل فحوصات للقلب",
		"i read about young footballers who died of a heart attack, should my son get his heart checked",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"ابوي جاته جلطه قلب الحين",
		"I think my dad is having a heart attack",
		"خايفه تكون جلطه، امي وجهها مايل",
	)
}

// TestAFallOffTheSofaIsALowFall: a fall from the sofa, the bed or a chair
// is no fall from a height (NICE NG232 1.4: more than 1 metre or 5
// stairs); off a roof or a balcony still is.
func TestAFallOffTheSofaIsALowFall(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 2},
		"ولدي طاح من فوق الصالون وبكا ديريكت ودابا كيلعب عادي",
		"ابني وقع من فوق الكنبه وعيط على طول وبعدين لعب عادي",
		"بنتي طاحت من فوق السرير وبكت وهلق عم تلعب",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"اخوي طاح من فوق السطح",
		"ابني طاح من فوق البلكونه",
	)
}

// TestLookAlikesBelowTheEmergencyLine: the nose with its pronoun
// («مناخيره») is the nose, sugar stirred into water is no diabetes, an
// Arabizi "kano" is the verb and not Kano in Nigeria, and "bit paranoid"
// about a symptom is a worry, not a psychosis.
func TestLookAlikesBelowTheEmergencyLine(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("ابني مناخيره نزلت دم وهو بيلعب، مسكتله مناخيره ١٠ دقايق ووقف خلاص", Facts{AgeYears: 8})
	if d.Urgency != SelfCare {
		t.Errorf("a nosebleed that stopped: %s %s %v", d.Urgency, d.Specialty, d.Complaints)
	}
	d = e.Classify("ابني مناخيره بتنزل دم من الصبح", Facts{AgeYears: 8})
	if !slices.Contains(d.Complaints, "nosebleed") {
		t.Errorf("a nosebleed not read: %s %s %v", d.Urgency, d.Specialty, d.Complaints)
	}
	d = e.Classify("ابني لعب بالشمس ودار راسو، شرب مي مع ملح وسكر وصار منيح", Facts{AgeYears: 19})
	if slices.Contains(d.Complaints, "diabetes") || d.Specialty == "endocrinology" {
		t.Errorf("sugar in water read as diabetes: %s %v", d.Specialty, d.Complaints)
	}
	classifiedAs(t, e, false, Facts{AgeYears: 27},
		"3andi s5ana mn lbare7 w t7alil li dert kano mzyanin",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 27},
		"back from kano last week and now fever and chills",
	)
	d = e.Classify("chest sore after the gym, is this just a pulled pec? bit paranoid cos its on the left lol", Facts{AgeYears: 24})
	if slices.Contains(d.AmberFlags, "UR-MH-01") || slices.Contains(d.Complaints, "mental") {
		t.Errorf("a worry read as a psychosis: %v %v", d.AmberFlags, d.Complaints)
	}
	d = e.Classify("my brother is paranoid, says the neighbours are spying on him and hears voices", Facts{AgeYears: 30})
	if !slices.Contains(d.Complaints, "mental") && len(d.AmberFlags) == 0 && d.Urgency != Emergency {
		t.Errorf("a paranoid psychosis not read: %s %v %v", d.Urgency, d.AmberFlags, d.Complaints)
	}
}
