package triage

import "testing"

// arabiziCase is one message written in Arabizi (Arabic in Latin letters
// and digits). The set was written before the Arabizi reader, from how
// people write in each dialect group, not from the lexicon.
type arabiziCase struct {
	dialect   string
	text      string
	emergency bool // a red flag must fire; false: it must not
	// urgent: urgent exactly, neither an emergency nor less. Chest pain
	// that went away yesterday needs a same-day ECG (NICE CG95 1.1.2.1:
	// pain 12 to 72 hours ago). The case was first written as "must not
	// fire", before that was looked up.
	urgent bool
}

var arabiziSet = []arabiziCase{
	// chest pain with sweating, breathlessness or spreading pain
	{"gulf", "sadri y3awrni wayed w ana 3ar9an", true, false},
	{"gulf", "abooy yimsik sadrah w yigool fee alam yenzil 3ala eedah el yesar", true, false},
	{"egyptian", "sedri byewga3ni awi w 3r2an gamed", true, false},
	{"egyptian", "baba 3ando alam fe sedro w nafaso ma2to3", true, false},
	{"levantine", "3am yweja3ni sadri ktir w 3am i3ra2", true, false},
	{"maghrebi", "3ndi lhrig f sdri w kan3re9 bzaf", true, false},
	{"maghrebi", "sdri kaydrni w wasel l dra3i", true, false},
	// cannot breathe
	{"gulf", "ma agdar atnaffas zain", true, false},
	{"egyptian", "mesh 2ader atnaffes khales", true, false},
	{"levantine", "ibni ma 3am ye2der yetnaffas", true, false},
	{"maghrebi", "ma9dertch ntnfs", true, false},
	{"maghrebi", "ma kan9derch ntneffes mzyan", true, false},
	// stroke signs
	{"gulf", "abooy wajhah mayel w ma yigdar y7arrik eedah", true, false},
	{"egyptian", "mama bo2aha etmal fag2a w kalamha mesh mafhoom", true, false},
	{"levantine", "bayye fag2a ma 3am ye2der y7arrek ijro w 2edo", true, false},
	{"maghrebi", "baba fjeqa fommo t3awej w ma kaye9derch yhder", true, false},
	// unconscious, collapse, fitting
	{"gulf", "akhooy ta7 w ma yrid 3alaina", true, false},
	{"egyptian", "ebni 3ando tashannogat w 3eno metsamra", true, false},
	{"levantine", "ekhte ghabet 3an el wa3e", true, false},
	{"maghrebi", "khoya tay7 f l2ard w ma kayfi9ch", true, false},
	{"gulf", "wildi jatah tashannuj w ma yrid", true, false},
	// heavy bleeding
	{"gulf", "yenzif dam wayed w ma wagaf", true, false},
	{"egyptian", "el dam mesh 3ayez ye2af men el garh", true, false},
	{"maghrebi", "kaykhrej lih ddem bzaf men raso w ma bghach y7bes", true, false},
	// heat stroke
	{"gulf", "5ali 3umrah 67 w e7na fi 3arafa, sar yetkallam kalam ma lah ma3na w jismah 7ar marra", true, false},
	{"egyptian", "mama fel 7aram w gesmaha sokhn awi w bet5arraf", true, false},
	{"gulf", "abooy fi mina dayikh w jismah 7ar w ma y3ra9 w sar ykhrbet", true, false},
	{"maghrebi", "mmi f 3arafa tay7a w skhouna bzaf w ma katfi9ch", true, false},
	// suicidal
	{"gulf", "abi a2tel nafsi, ma 3ad abi a3eesh", true, false},
	// a wish to be dead with no plan told: urgent, the plan question follows
	{"gulf", "abi amoot, ma 3ad abi a3eesh", false, true},
	{"levantine", "ma 3ad bdi 3ish, 7ases 7ali 3eb2 3ala ahli", false, true},
	{"egyptian", "nefsi amoot, 3ayez a2tel nafsi", true, false},
	{"levantine", "bade 2e2tol 7ale", true, false},
	{"maghrebi", "bghit nmout, bghit nqtel rasi", true, false},
	// a young baby with fever
	{"gulf", "binti 3umraha shahrain w 7rarat-ha 38.5", true, false},
	{"egyptian", "ebni 3omro shahr w 3ando so5oneya 38", true, false},
	{"maghrebi", "bnti 3mrha 2 chhour w 3ndha skhana", true, false},
	// pregnancy with bleeding
	{"gulf", "zawjati 7amel fi shahar 7 w tenzif dam", true, false},
	{"egyptian", "ana 7amel w byenzel menni dam keteer", true, false},
	{"levantine", "ana 7amle w 3am yenzal dam ktir", true, false},
	{"maghrebi", "mrati 7amla w kaynzel liha ddem bzaf", true, false},
	// allergy with swelling and breathing
	{"gulf", "wajhah intafakh w ma yigdar yetnaffas ba3d ma akal fool sudani", true, false},

	// look-alikes, negated and past: must not fire
	{"gulf", "ma fee alam fi sadri, bas ka7ha w zukam", false, false},
	{"egyptian", "3andi sda3 khafif men embare7", false, false},
	{"levantine", "ma fi wja3 bsadre, bas ta3ban shway", false, false},
	{"maghrebi", "3ndi lkohba w skhana khfifa mn youmin", false, false},
	{"gulf", "abooy jatah jalta 9abl 5 sneen w yabi yjadded el dawa", false, false},
	{"egyptian", "3ayez a7gez ma3ad ma3 doktor el gelda", false, false},
	{"levantine", "badde mow3ed la 2ebne 3ando ra7 w zekem", false, false},
	{"maghrebi", "bghit nakhod rendez-vous 3nd tbib dial snan", false, false},
	{"gulf", "ma 3indi sokhoona w ma fee dam, bas ta3ban", false, false},
	{"egyptian", "mesh 3ayez amoot, bas 3ayez a3raf el dawa da kwayes", false, false},
	{"gulf", "sadri kan y3awrni ams w rah, al7ain zain", false, true},
}

func TestArabiziSet(t *testing.T) {
	e := mustLoad(t)
	var emerg, caught, calm, overTriaged int
	for _, c := range arabiziSet {
		d := e.Classify(c.text, Facts{Lang: "ar"})
		got := d.Urgency == Emergency
		if c.urgent {
			if d.Urgency != Urgent {
				t.Errorf("%s %q: %s %v, want urgent", c.dialect, c.text, d.Urgency, d.RedFlags)
			}
			continue
		}
		if c.emergency {
			emerg++
			if got {
				caught++
			}
		} else {
			calm++
			if got {
				overTriaged++
			}
		}
		if got != c.emergency {
			t.Errorf("%s %q: %s %v, want emergency=%v", c.dialect, c.text, d.Urgency, d.RedFlags, c.emergency)
		}
	}
	t.Logf("Arabizi set: %d/%d red flags caught, %d/%d look-alikes sent to the emergency number", caught, emerg, overTriaged, calm)
}

// arabiziFreshSet was written after the reader, without looking at the
// lexicon, and run once: 7 of its 12 emergencies were caught and none of
// its 8 look-alikes sent to the emergency number. A hyphenated word
// ("bet-rod") was then read as one; of the four misses left, three are
// phrasings the Arabic lexicon lacks in both scripts (Maghrebi reduced
// fetal movements, a rash that does not fade, "prepared all the pills")
// and one a French word ("pile" for a button battery).
var arabiziFreshSet = []struct {
	emergency bool
	text      string
}{
	{true, "omi 3amraha 70 w ta7at fel 7ammam w mesh bet-rod 3alaya"},
	{true, "el walad akal 7abbat dawa men el dorj, 3omro sanateen"},
	{true, "zawji 3ando waja3 shedeed fe sedro we beyer3ash"},
	{true, "ya doktor bnti 3ndha s5ana w 3ndha 7bob 7omr ma kaytmsa7ouch w rqbtha m9adda"},
	{true, "jeddi fjeqa ma bqach kayhder mzyan w yeddo lisriya tay7a"},
	{true, "ana 7amla f chhar 8 w ma bqitch kan7ess b l7raka dial lbebe"},
	{true, "akhoy 6a7 men el daraj w rasah yenzif w yetqayya"},
	{true, "ibni 3umrah 6 shhoor w 7rarto 39 w m5addar ma byetfa3al"},
	{true, "ma3ash 3ayez a3eesh, 7adart el 7bob kolaha"},
	{true, "abooy fi 3arafat dakh w wagi3 w jismah yeghli w ma y3arig"},
	{true, "wlidi 3mro 3 snin tbla3 pile dial télécommande"},
	{true, "baba na2es sokkar, el gehaz by2ool 35 w howa 3ar2an w mesh fahem 7aga"},
	{false, "3andi zokam w ka7a men yomein, ma fee 7arara"},
	{false, "ibni 3ando 7ass w 7akka bsee6a, mafi 7arara"},
	{false, "bghit n3ref wach ndir t7lil dial sokkar 9bel lftour"},
	{false, "baddi jaded wasfet dawa el daghet la emme"},
	{false, "ana 3ayza a7gez maw3ed le doktor el asnan, 3andi alam khafif fi dersi"},
	{false, "kan 3andi wja3 f ras mn 3 ayam w daba la bas"},
	{false, "3andi 7arara 38 w sda3 khafif men embare7"},
	{false, "ma fee 7arara w ma fee ka7a, bas ta3ban shwaya w abi tagreer"},
}

// TestArabiziFreshSet keeps the fresh set from getting worse: no fewer
// emergencies caught than now, and no look-alike sent to the emergency
// number.
func TestArabiziFreshSet(t *testing.T) {
	e := mustLoad(t)
	const caughtNow = 8
	emerg, caught := 0, 0
	for _, c := range arabiziFreshSet {
		d := e.Classify(c.text, Facts{Lang: "ar"})
		if c.emergency {
			emerg++
			if d.Urgency == Emergency {
				caught++
			} else {
				t.Logf("missed: %q -> %s", c.text, d.Urgency)
			}
		} else if d.Urgency == Emergency {
			t.Errorf("look-alike %q sent to the emergency number: %v", c.text, d.RedFlags)
		}
	}
	t.Logf("fresh Arabizi set: %d/%d emergencies caught", caught, emerg)
	if caught < caughtNow {
		t.Errorf("%d/%d emergencies caught, was %d", caught, emerg, caughtNow)
	}
}

// TestArabiziBreathIsNotPostpartum: "nfas" and "nafas" are breath (نفس);
// read with a long a they spelled نفاس, the weeks after a birth, and a
// fever with "dii9a f nfas" became a postpartum emergency.
func TestArabiziBreathIsNotPostpartum(t *testing.T) {
	lx := mustLoad(t).lex
	post, breath := lx.index["postpartum"], lx.index["breathless"]
	for _, text := range []string{
		"salam, 3andi skhana w l kohba hadi 4 iyam, o lyoum wlit kan7ess b dii9a f nfas mlli kantmcha",
		"ma agdar akhith nafas zain w 3indi ka7a",
		"3andi di9a f nfas mn lbar7",
	} {
		a := lx.analyze(text)
		if a.present[post] || !a.present[breath] {
			t.Errorf("%q: postpartum %v, breathless %v", text, a.present[post], a.present[breath])
		}
	}
}
