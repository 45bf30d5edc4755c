package triage

import (
	"slices"
	"testing"
)

// Training set 90 (fifteenth session), conv_holdout90.jsonl: forty Maghrebi
// writers in Latin letters (Moroccan 14, Algerian 13, Tunisian 13), Darija
// mixed with French, written blind: 14 emergencies mostly behind a mild
// first message, 10 urgent, 8 routine and 8 self-care look-alikes. Its
// first run missed a boy of 13 with pain and vomiting (h90-014: «وليدي»
// read as "and my hand", "merra", once, as a woman), sent passive thoughts
// of death to self-care (h90-018) and shingles by the eye to routine
// (h90-022), kept a settled heat exhaustion urgent (h90-037), and in the
// strict mode asked light spotting at seven weeks about broken waters
// (h90-019).

// TestTheMaghrebsLittleSonIsNoHand: «وليدي», "wlidi" (my little son) is a
// child, not و + ل + يدي (and to my hand); a hand is still a hand.
func TestTheMaghrebsLittleSonIsNoHand(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"وليدي عندو وجع", "wlidi 3andou wja3 mel sbe7", "wlidha 3ando skhana", "وليدو سخون"} {
		if !present(t, e, text, "child_word") {
			t.Errorf("%q: no child read", text)
		}
		if present(t, e, text, "arm") {
			t.Errorf("%q: read as an arm", text)
		}
	}
	for _, text := range []string{"ويدي توجعني", "يدي توجعني"} {
		if !present(t, e, text, "arm") {
			t.Errorf("%q: the hand not read", text)
		}
	}
}

// TestOnceIsNoWoman: "merra", "marra" with their double r are "once" in
// the Maghreb, not «مرا», a woman; "mrati" (my wife) still is one.
func TestOnceIsNoWoman(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"w rja3 merra", "tqiya marra wa7da", "dkhalt l toilette 3 merrat"} {
		if present(t, e, text, "female_subject") {
			t.Errorf("%q: read as a woman", text)
		}
	}
	if !present(t, e, "mrati 3andha skhana", "female_subject") {
		t.Errorf("mrati: the wife not read")
	}
}

// TestABoysHiddenPainIsAskedAboutHisTesticle: a boy's testicle told in the
// Maghreb's words or French, or a pain he is too shy to place, is asked
// about sudden testicle pain (NICE CKS Scrotal pain and swelling: boys may
// be embarrassed, torsion shows as belly pain and vomiting). A girl and a
// man of 40 are not.
func TestABoysHiddenPainIsAskedAboutHisTesticle(t *testing.T) {
	e := mustLoad(t)
	boy := Facts{AgeYears: 13, Sex: "m"}
	classifiedAs(t, e, true, boy,
		"wlidi 13 ans 3andou wja3 fi bidatou mel sbe7, w rja3 merra",
		"weldi 14 ans 3ando wja3 f l bidat mn sbah w tqiya",
		"ولدي عندو وجع فالبيضات ديالو من الصباح وتقيا",
	)
	for _, text := range []string{
		"wlidi 13 ans 3andou wja3 mel sbe7, 7achem ma 9alech fin, w rja3 merra",
		"ابني ١٣ سنة عنده وجع ومستحي يقول وين، استفرغ",
		"ولدي عندو وجع وحشمان ما بغاش يقول فين، تقيا",
	} {
		if a := askedOf(e, text, boy); !slices.Contains(a, "inj_testicle") && !slices.Contains(a, "abd_testicle") {
			t.Errorf("%q: the testicle not asked: %v", text, a)
		}
	}
	for _, c := range []struct {
		text string
		f    Facts
	}{
		{"بنتي عندها وجع ومستحيه تقول وين، استفرغت", Facts{AgeYears: 13, Sex: "f"}},
		{"3andi wja3 f rasi, 7achem nqolha", Facts{AgeYears: 40, Sex: "m"}},
	} {
		if a := askedOf(e, c.text, c.f); slices.Contains(a, "inj_testicle") || slices.Contains(a, "abd_testicle") {
			t.Errorf("%q: the testicle asked: %v", c.text, a)
		}
	}
}

// TestTheMaghrebsNoWishToLive: "mab9itch bagha n3ich" (I no longer want to
// live, feminine), Tunisia's "ma3adch n7eb n3ich" are passive thoughts of
// death: same-day mental health (NICE NG225). No longer wanting to go to
// work or eat fish is not.
func TestTheMaghrebsNoWishToLive(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "psychiatry", Facts{AgeYears: 27},
		"mab9itch bagha n3ich, ghir kanfkar ila mtt ghadi nrta7",
		"ma3adch n7eb n3ich, 3yit",
		"مابقيتش باغا نعيش",
		"ما عادش نحب نعيش",
	)
	amberOf(t, e, "UR-MH-02", false, Facts{AgeYears: 27},
		"mab9itch bagha nmchi l lkhedma",
		"ma3adch n7eb nakel l7out",
	)
}

// TestSpotsOnOneSideInFrench: the Maghreb's French "boutons" on one side
// of the forehead or the back are shingles, seen the same day (NICE CKS
// Shingles); acne and a lift's button are not. "dhari" (my back) is no
// child.
func TestSpotsOnOneSideInFrench(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-SKIN-01", true, Facts{AgeYears: 66},
		"3andi des boutons f jiha wa7da f jbehti w 7da 3ini, y7r9ouni bezzaf",
		"tla3li des boutons f dhari f jiha wa7da, kay7ar9ouni",
		"طلعلي حبوب في ضهري في جهة وحدة وتحرقني",
	)
	amberOf(t, e, "UR-SKIN-01", false, Facts{AgeYears: 30},
		"j ai des boutons sur le visage, acne",
		"l ascenseur, le bouton ma khdamch",
	)
	if present(t, e, "tla3li des boutons f dhari", "child_word") {
		t.Errorf("dhari read as a child")
	}
}

// TestAPilgrimsHotelIsOutOfTheHeat: heat exhaustion settled in the hotel
// with water is home care (NHS: Heat exhaustion and heatstroke); still
// unwell there is seen the same day.
func TestAPilgrimsHotelIsOutOfTheHeat(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 48},
		"ana f mekka, lbare7 dawkhatni chems w 3ra9t bezzaf, dkhalt l'hotel chrabt lma w rta7t, daba rani mlih.",
		"dizzy and sweating loads after tawaf in the sun, went back to the hotel and drank water, fine now",
		"دخت من الشمس وعرقت بزاف، دخلت للاوتيل وشربت الما ودابا لاباس",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 70},
		"baba dawkh mn chems, dkhelnah l'hotel w chreb lma walakin mazal 3ayan",
	)
}

// TestTheMaghrebsWeeksOfPregnancy: "7 simanat", «٨ سيمانات», "8 semaines"
// are the first three months: light spotting then is not asked about
// broken waters (NICE NG126).
func TestTheMaghrebsWeeksOfPregnancy(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"salam, ana 7amla 7 simanat, chfet chwiya dem khfif f slip lyoum, ma 3andi 7ta wja3",
		"je suis enceinte de 8 semaines et j ai un peu de sang",
		"انا حاملة ٨ سيمانات وشفت شوية دم",
	} {
		if !present(t, e, text, "early_pregnancy") {
			t.Errorf("%q: no early pregnancy", text)
		}
		if a := askedOf(e, text, Facts{AgeYears: 26, Sex: "f"}); slices.Contains(a, "preg_waters") {
			t.Errorf("%q: asked about the waters: %v", text, a)
		}
	}
}

// TestAMedicineThatHelpsALittle: "the inhaler helps a bit" says how little
// it helps, not that the complaint is mild (BTS/SIGN 158); "a bit of a
// cough" is still mild.
func TestAMedicineThatHelpsALittle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"the inhaler helps a bit", "الفنتولين كيعاونو شوية", "البخاخ بيساعدها شوي", "ventoline kay3awnoh chwiya",
		"dwa nfa3ni chwiya",
	} {
		if present(t, e, text, "mild") {
			t.Errorf("%q: read as mild", text)
		}
	}
	for _, text := range []string{"a bit of a cough", "3andi chwiya d skhana", "rasi kaydorni chwiya"} {
		if !present(t, e, text, "mild") {
			t.Errorf("%q: not mild", text)
		}
	}
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 7},
		"my son has asthma, wheezy and coughing since yesterday, the inhaler helps a bit but it comes back",
		"بنتي عندها ربو، عندها ضيق نفس والبخاخ بيساعدها شوي بس",
	)
}
