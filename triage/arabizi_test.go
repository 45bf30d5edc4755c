package triage

import "testing"

// arabiziCase is one message written in Arabizi (Arabic in Latin letters
// and digits). The set was written before the Arabizi reader, from how
// people write in each dialect group, not from the lexicon.
type arabiziCase struct {
	dialect   string
	text      string
	emergency bool // a red flag must fire; false: it must not
}

var arabiziSet = []arabiziCase{
	// chest pain with sweating, breathlessness or spreading pain
	{"gulf", "sadri y3awrni wayed w ana 3ar9an", true},
	{"gulf", "abooy yimsik sadrah w yigool fee alam yenzil 3ala eedah el yesar", true},
	{"egyptian", "sedri byewga3ni awi w 3r2an gamed", true},
	{"egyptian", "baba 3ando alam fe sedro w nafaso ma2to3", true},
	{"levantine", "3am yweja3ni sadri ktir w 3am i3ra2", true},
	{"maghrebi", "3ndi lhrig f sdri w kan3re9 bzaf", true},
	{"maghrebi", "sdri kaydrni w wasel l dra3i", true},
	// cannot breathe
	{"gulf", "ma agdar atnaffas zain", true},
	{"egyptian", "mesh 2ader atnaffes khales", true},
	{"levantine", "ibni ma 3am ye2der yetnaffas", true},
	{"maghrebi", "ma9dertch ntnfs", true},
	{"maghrebi", "ma kan9derch ntneffes mzyan", true},
	// stroke signs
	{"gulf", "abooy wajhah mayel w ma yigdar y7arrik eedah", true},
	{"egyptian", "mama bo2aha etmal fag2a w kalamha mesh mafhoom", true},
	{"levantine", "bayye fag2a ma 3am ye2der y7arrek ijro w 2edo", true},
	{"maghrebi", "baba fjeqa fommo t3awej w ma kaye9derch yhder", true},
	// unconscious, collapse, fitting
	{"gulf", "akhooy ta7 w ma yrid 3alaina", true},
	{"egyptian", "ebni 3ando tashannogat w 3eno metsamra", true},
	{"levantine", "ekhte ghabet 3an el wa3e", true},
	{"maghrebi", "khoya tay7 f l2ard w ma kayfi9ch", true},
	{"gulf", "wildi jatah tashannuj w ma yrid", true},
	// heavy bleeding
	{"gulf", "yenzif dam wayed w ma wagaf", true},
	{"egyptian", "el dam mesh 3ayez ye2af men el garh", true},
	{"maghrebi", "kaykhrej lih ddem bzaf men raso w ma bghach y7bes", true},
	// heat stroke
	{"gulf", "5ali 3umrah 67 w e7na fi 3arafa, sar yetkallam kalam ma lah ma3na w jismah 7ar marra", true},
	{"egyptian", "mama fel 7aram w gesmaha sokhn awi w bet5arraf", true},
	{"gulf", "abooy fi mina dayikh w jismah 7ar w ma y3ra9 w sar ykhrbet", true},
	{"maghrebi", "mmi f 3arafa tay7a w skhouna bzaf w ma katfi9ch", true},
	// suicidal
	{"gulf", "abi amoot, ma 3ad abi a3eesh", true},
	{"egyptian", "nefsi amoot, 3ayez a2tel nafsi", true},
	{"levantine", "bade 2e2tol 7ale", true},
	{"maghrebi", "bghit nmout, bghit nqtel rasi", true},
	// a young baby with fever
	{"gulf", "binti 3umraha shahrain w 7rarat-ha 38.5", true},
	{"egyptian", "ebni 3omro shahr w 3ando so5oneya 38", true},
	{"maghrebi", "bnti 3mrha 2 chhour w 3ndha skhana", true},
	// pregnancy with bleeding
	{"gulf", "zawjati 7amel fi shahar 7 w tenzif dam", true},
	{"egyptian", "ana 7amel w byenzel menni dam keteer", true},
	{"levantine", "ana 7amle w 3am yenzal dam ktir", true},
	{"maghrebi", "mrati 7amla w kaynzel liha ddem bzaf", true},
	// allergy with swelling and breathing
	{"gulf", "wajhah intafakh w ma yigdar yetnaffas ba3d ma akal fool sudani", true},

	// look-alikes, negated and past: must not fire
	{"gulf", "ma fee alam fi sadri, bas ka7ha w zukam", false},
	{"egyptian", "3andi sda3 khafif men embare7", false},
	{"levantine", "ma fi wja3 bsadre, bas ta3ban shway", false},
	{"maghrebi", "3ndi lkohba w skhana khfifa mn youmin", false},
	{"gulf", "abooy jatah jalta 9abl 5 sneen w yabi yjadded el dawa", false},
	{"egyptian", "3ayez a7gez ma3ad ma3 doktor el gelda", false},
	{"levantine", "badde mow3ed la 2ebne 3ando ra7 w zekem", false},
	{"maghrebi", "bghit nakhod rendez-vous 3nd tbib dial snan", false},
	{"gulf", "ma 3indi sokhoona w ma fee dam, bas ta3ban", false},
	{"egyptian", "mesh 3ayez amoot, bas 3ayez a3raf el dawa da kwayes", false},
	{"gulf", "sadri kan y3awrni ams w rah, al7ain zain", false},
}

func TestArabiziSet(t *testing.T) {
	e := mustLoad(t)
	var emerg, caught, calm, overTriaged int
	for _, c := range arabiziSet {
		d := e.Classify(c.text, Facts{Lang: "ar"})
		got := d.Urgency == Emergency
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
