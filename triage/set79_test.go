package triage

import "testing"

// Set 79 (fifteenth session): Arabizi only, Gulf, Egyptian, Levantine and
// Maghrebi spellings. The families its first run showed, each tested in
// several dialects with the look-alikes that must not move.

// TestAToddlerAtePills: Egypt's and the Gulf's "ate" with its first
// alif unwritten ("kal", "kalet", «كل», «كلت») before pills, or pills
// counted from a drawer or someone else's medicine, is a child who
// swallowed a medicine (NHS: Poisoning - children; NPIS TOXBASE). "kel",
// "kil" stay "every"; food, eating well and a child's own medicine given
// are no poisoning (h79-013).
func TestAToddlerAtePills(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 3}
	classifiedAs(t, e, true, f,
		"ebni 3ando 3 snin la2etoh fata7 shan6et teta w kal kaza 7abaya men dawa el daght bta3ha, shakloh kwayes",
		"ebni kal 7abayten men dawa gedo",
		"benti kalet 7abbaya men el dorg",
		"wldi kal 7boob jaddateh",
		"ibni akal 7abbtein min dawa el da8et taba3 sitto",
		"ابني كل كذا حبايه من دوا الضغط بتاع جدته",
		"ابني كل حبوب من شنطة تيتا",
		"بنتي كلت حباية من دوا السكر بتاع جدها",
		"ابني بلع برشام من الدرج",
	)
	classifiedAs(t, e, false, f,
		"ابني رافض الاكل وعطيته دوا الحرارة",
		"ابني بعد الاكل عطيته دوا الحرارة وحرارته 38",
		"كل حبايه في وقتها والحمد لله كويس",
		"ebni mesh 3ayez yakol, kal 2 ma3la2at bas",
		"ابني كل حبة فراولة وطلع له حبوب حمر",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"باخد دوا الضغط كل يوم",
		"salam, kalt rubyan gabel nus sa3a w jismi kilah y7okni",
	)
	// pills "from the drawer" are no fall down the stairs; the stairs stay
	urgencyIs(t, e, Emergency, "", Facts{AgeYears: 70}, "بابا وقع من الدرج وراسه بينزف")
}

// TestANineForDad: the Gulf writes ض as 9 with its apostrophe dropped
// ("9irsi", "9ee8", "9a3f"): read as ض when no likelier letter reads the
// word, and for the molar, a blow and the blood pressure, whose letters
// also spell a word with ق or ص (h79-006, a dental abscess read as a pinch).
func TestANineForDad(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 33}
	urgencyIs(t, e, Urgent, "dentistry", f,
		"9irsi youja3ni min 3 ayyam w 5addi ntafa5",
		"dhirsi y3awrni w wajhi manfoo5",
		"dersi wag3ani awi w wesh wermet",
		"dirse 3am yewja3ni w khadde mnaffe5",
		"drsi kaydrni w wjhi tnfe5",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"3indi 9a3f fi eedi il yimeen faj2a",
		"7aasis b 9eeq fi 9adri",
		"9eeg nafas shadeed",
	)
	amberOf(t, e, "UR-BP-01", true, Facts{AgeYears: 60}, "ummi 9ag6ha 3ali 200 w rasha y3awirha")
	// sour (7amu9) is no acid swallowed
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"salam, 6al3at li 8ar7a sghira da5il shfati min 3 ayam, t3awirni lama akil shay 7ar aw 7amu9. ma fee 7arara",
	)
}

// TestTheSunAndTheShadeInTheLevant: "el shames" is the sun, so a sunburn is
// no burn for the same day (NHS: Sunburn), and sunburn named in English is
// weighed; "bel fay", in the shade, is heat exhaustion being cooled, and
// "I sweated a lot" is no severity of it (NHS: Heat exhaustion); "ba3dni",
// still, is no bite (h79-029).
func TestTheSunAndTheShadeInTheLevant(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 27}
	urgencyIs(t, e, SelfCare, "", f,
		"nemt 3al ba7er mbere7 se3ten w et7ara2et mn el shames, katfe w dahre 7omr w bi2ersouni",
		"اتحرقت من الشمس عالبحر وكتافي حمر",
		"t7ra9t b chems f lb7er w ktafi 7mrin",
		"got sunburnt on my shoulders yesterday, red and sore",
		"kont sha3el bel 7a2le ta7t el shames w dokht shway w 3re2t ktir, 2a3adt bel fay w shrebt may w sert mni7",
		"كنت شغال تحت الشمس ودخت، قعدت بالفي وشربت مي وهلق منيح",
	)
	amberOf(t, e, "UR-SUN-01", true, f, "sunburnt shoulders, red and sore, big blisters and i feel feverish")
	amberOf(t, e, "UR-BURN-01", true, f, "انحرقت بالمي السخن وطلع فقاعات")
	amberOf(t, e, "UR-BITE-01", false, f, "dokht ta7t el shames w ba3dni dayekh ktir, ma 3am 2dar o2af")
	if !present(t, e, "dokht ta7t el shames w ba3dni dayekh ktir", "heat_exhaustion") {
		t.Error("heat exhaustion not read")
	}
}
