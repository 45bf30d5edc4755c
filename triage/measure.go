package triage

import (
	"strconv"
	"strings"
)

// measures are numbers read from the message.
type measures struct {
	ageMonths  int     // -1 unknown
	tempC      float64 // highest temperature, 0 none
	glucoseMin float64 // mg/dL, 0 none
	glucoseMax float64
	bpSys      int // highest systolic, 0 none
	bpDia      int
	bpSysMin   int
	spo2       int     // lowest saturation, 0 none
	durDays    int     // longest duration, -1 none, 0 hours
	ages       []int   // every age read, in months (Prefill answers only an unambiguous one)
	durs       []int   // every duration read, in days
	durClause  []int32 // the sentence each of durs was read in
	// sugarNow: a sugar back in range told after "now" ("now 6.2",
	// «ودابا ١١٠»), the last reading
	sugarNow bool
	// ketones: the blood ketone level told beside its word ("ketones
	// 0.8", mmol/L), the highest, or the one told after "now"; ketoneTold
	// when a level was read at all
	ketones    float64
	ketoneTold bool
	// inr: the highest INR told after its word ("INR 6.4", "had his INR
	// done ... it came back 6.4", «السيولة ٥.٨»), 0 none
	inr float64
	// tempEnded: the highest temperature of an episode that has ended
	// ("burning up, 39.4 ... back to herself ... temp 37.8 now"): not a
	// reading of now, but a fever had, so the temperature words still
	// read as one (belowFever)
	tempEnded float64
	// agedAt: the tokens of the counts of weeks or months read as an age
	// (a baby's: «ابني ٥ شهور», "weldi 5 shohor")
	agedAt []int32
	// weatherAt: where a reading beside a temperature word is too high for
	// a body (44 to 60 °C, «الحراره اليوم ٥٠»): the day's heat, not a fever
	weatherAt []int32
}

// feverC is where a fever starts: 38 °C or more, measured any way, at any
// age (NICE NG143 1.1.1; NHS: a high temperature is 38C or above).
const feverC = 38.0

// belowFever reports a temperature was measured and every reading is below
// a fever ("حرارتها ٣٧.٨", "temp 37.5"): the words for temperature are then
// no fever. The highest reading counts, so "39 last night, 37.5 after the
// paracetamol" is still a fever.
// A fever of an episode that has ended counts too (tempEnded): "my 2 year
// old was burning up, 39.4 ... back to herself ... temp 37.8 now" (h83-022)
// had a fever (NICE NG143 1.1: a fever the parent reports), settled.
func (m measures) belowFever() bool {
	return m.tempC > 0 && m.tempC < feverC && m.tempEnded < feverC
}

// measureConcepts are the lexicon concepts that give numbers their meaning.
var measureConcepts = []string{
	"temp_word", "sugar_word", "bp_word", "spo2_word", "age_word", "old_word", "since_word",
	"unit_minute", "unit_hour", "unit_day", "unit_week", "unit_month", "unit_year", "measured_word",
	"ketone_word", "times_word", "inr_word",
}

const (
	mTemp = iota
	mSugar
	mBP
	mSpO2
	mAge
	mOld
	mSince
	mMinute
	mHour
	mDay
	mWeek
	mMonth
	mYear
	mMeasured
	mKetone
	mTimes
	mINR
)

// numberWords are counts written as words, English and Arabic dialects.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "couple": 2, "three": 3, "few": 3, "several": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"واحد": 1, "وحده": 1, "اثنين": 2, "اتنين": 2, "زوج": 2, "جوج": 2, "ثلاث": 3, "ثلاثه": 3, "تلات": 3, "تلاته": 3,
	"تلت": 3, "تلاث": 3, "كم": 3, "كام": 3, "اربع": 4, "اربعه": 4, "ربع": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7,
	"سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تمن": 8, "تمنيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}

// dualUnits are Arabic duals: "يومين" is two days.
var dualUnits = map[string]struct{ n, unit int }{
	"يومين": {2, mDay}, "ليومين": {2, mDay}, "اسبوعين": {2, mWeek}, "جمعتين": {2, mWeek}, "شهرين": {2, mMonth},
	"سنتين": {2, mYear}, "عامين": {2, mYear}, "ساعتين": {2, mHour}, "دقيقتين": {2, mMinute},
	// the Maghreb's two weeks («هادي سيمانتين», h121-014's family)
	"سيمانتين": {2, mWeek}, "سمانتين": {2, mWeek},
}

func unitDays(unit int, n float64) float64 {
	switch unit {
	case mDay:
		return n
	case mWeek:
		return 7 * n
	case mMonth:
		return 30 * n
	case mYear:
		return 365 * n
	}
	return 0 // minutes and hours
}

// measured is the numbers read in the words, read once: a conversation
// weighs dozens of decisions on the same words. The measures are shared:
// never change them.
func (a *analysis) measured(e *Engine) measures {
	if a.nums == nil {
		m := e.readMeasures(a)
		a.nums = &m
	}
	return *a.nums
}

// diabetesTypeWords name a diabetes's type before its number: "type 1",
// "tipe 2", «نوع 1», «النوع 2», «تايب 1».
var diabetesTypeWords = map[string]bool{
	"type": true, "typ": true, "tipe": true, "tip": true, "taip": true, "نوع": true, "النوع": true, "تايب": true,
	"تيب": true, "والنوع": true, "ونوع": true, "بنوع": true,
}

// diabetesTypeBefore reports whether the number at token i is a
// diabetes's type: "type" or «نوع» right before it.
func diabetesTypeBefore(a *analysis, i int) bool {
	return i > 0 && diabetesTypeWords[a.toks[i-1].text]
}

func (e *Engine) readMeasures(a *analysis) measures {
	m := measures{ageMonths: -1, durDays: -1}
	n := len(a.toks)
	// marks[i] has bit k when measure concept k starts at token i (32 bits:
	// the seventeenth concept overflowed 16 and was never read).
	marks := make([]uint32, n)
	for i := range a.occs {
		o := a.occs[i]
		for k, c := range e.measureIdx {
			if o.concept == c {
				marks[o.start] |= 1 << k
			}
		}
	}
	has := func(i, k int) bool { return i >= 0 && i < n && marks[i]&(1<<k) != 0 }
	near := func(i, k, before, after int) bool {
		for j := i - before; j <= i+after; j++ {
			if j != i && has(j, k) && a.toks[j].clause == a.toks[i].clause {
				return true
			}
		}
		return false
	}
	// inClause reports whether measure concept k is anywhere in token i's
	// sentence.
	inClause := func(i, k int) bool { return near(i, k, n, n) }
	// anywhere reports whether measure concept k is anywhere in the
	// message.
	anywhere := func(k int) bool {
		for i := range marks {
			if has(i, k) {
				return true
			}
		}
		return false
	}
	unitAt := func(i int) int {
		for _, k := range []int{mMinute, mHour, mDay, mWeek, mMonth, mYear} {
			if has(i, k) {
				return k
			}
		}
		return -1
	}
	// countOf reports whether the number at token i counts the unit
	// after it: "15 سنة", "3 days"; not the day named with the article,
	// «قاس ٤٠٠ اليوم» (400 today), nor a unit dated to a past point.
	// halfAt reports where the unit of a count told with its half is:
	// "two and a half weeks", "3 and half days" (-1 when it is not one).
	// The half was lost, and with it the count: "three and a half weeks"
	// of cough was no cough of two weeks (h81-026).
	halfAt := func(i int) int {
		if i+3 >= n || a.toks[i+1].text != "and" {
			return -1
		}
		j := i + 2
		if a.toks[j].text == "a" {
			j++
		}
		if a.toks[j].text != "half" || unitAt(j+1) < 0 {
			return -1
		}
		return j + 1
	}
	countOf := func(i int) bool {
		return unitAt(i+1) >= 0 && !arabicDefinite(a.toks[i+1].text) || halfAt(i) >= 0
	}
	// A unit inside a phrase that dates a past point ("last year", "قبل
	// سنه") says when something happened, not how long this has lasted:
	// "had a stroke last year, now his face is drooping" is no complaint of
	// a year.
	dated := make([]bool, n)
	a.each(e.lex.index[modPastPoint], func(j int32) {
		for p := a.occs[j].start; p <= a.occs[j].end; p++ {
			dated[p] = true
		}
	})
	for i := 0; i < n; i++ {
		w := a.toks[i].text
		if dated[i] && !e.sinceThenAfter(a, i) {
			continue
		}
		if d, ok := dualUnits[w]; ok {
			e.readCount(a, &m, i, float64(d.n), d.unit, i, has, near)
			continue
		}
		if u := unitAt(i); u >= 0 && (i == 0 || !isNumber(a.toks[i-1].text)) && e.numbers[prevText(a, i)] == 0 {
			// a bare unit: "من شهر" (for a month), "عمره شهر" (a month old);
			// with the article it names a day, not one of them: «واليوم
			// الصبح» is "this morning", and in «ما عنده حيل، واليوم» no
			// age of a day
			if !arabicDefinite(w) && (near(i, mSince, 2, 0) || near(i, mAge, 2, 0)) {
				e.readCount(a, &m, i, 1, u, i, has, near)
			}
			continue
		}
		if k, ok := e.numbers[w]; ok {
			if u := unitAt(i + 1); u >= 0 {
				e.readCount(a, &m, i, k, u, i+1, has, near)
			} else if h := halfAt(i); h >= 0 {
				e.readCount(a, &m, i, k+0.5, unitAt(h), h, has, near)
			} else if i+2 < n && a.toks[i+1].text == "of" {
				// "a couple of months", "a couple of days"
				if u := unitAt(i + 2); u >= 0 {
					e.readCount(a, &m, i, k, u, i+2, has, near)
				}
			}
			continue
		}
		if strings.Contains(w, "/") {
			readBP(&m, w, near(i, mBP, 3, 1))
			continue
		}
		v, suffix, ok := leadingNumber(w)
		if !ok || arabiziWord(suffix) {
			continue
		}
		if suffix == "" && (v == 1 || v == 2) && diabetesTypeBefore(a, i) {
			// the type of a diabetes, "sokkar type 1", «سكر نوع 2», is no
			// sugar reading of 1 or 2 mmol/L: a type 1 teenager vomiting and
			// drowsy (h111-031) was read as a hypo, RF-DIAB-01
			continue
		}
		if i+1 < n && (a.toks[i+1].text == "ونص" || a.toks[i+1].text == "ونصف") {
			v += 0.5
		}
		if v >= 0 && v <= 10 && (suffix == "" || suffix == "mmol") && ketoneBefore(a, i, has) {
			// a blood ketone level, "ketones 0.8", «الكيتون ١.٢» (mmol/L;
			// meters read HI above 8): not a sugar, whatever sugar word is
			// near ("sugar 22 ketones 3.5")
			if !m.ketoneTold || v > m.ketones || sugarNowAfter(a, i) {
				m.ketones = v
			}
			m.ketoneTold = true
			continue
		}
		if v > 0 && v <= 20 && (suffix == "" || suffix == "inr") && unitAt(i+1) < 0 && inrBefore(a, i, has) {
			// an INR, the warfarin's clotting test: not a sugar or a
			// ketone (the anticoagulation clinic's number)
			m.inr = max(m.inr, v)
			continue
		}
		cmSys, cmDia := cmHg(a, i, v)
		if (m.glucoseMin > 0 || sugarToldBefore(a, i, has) && !otherMeasureNear(a, i) && !near(i, mAge, 3, 0) && !has(i+1, mOld) && !e.personBefore(a, i)) && !near(i, mTemp, 3, 2) && !near(i, mBP, 3, 1) && !near(i, mSpO2, 3, 1) &&
			unitAt(i+1) < 0 && (suffix == "" || suffix == "mmol") && sugarNowAfter(a, i) {
			// a sugar back in range told after "now", once a reading has
			// been given: "3.5 and shaky, had juice and now 6.2", «كان ٦٥،
			// شربت عصير ودابا ١١٠» - the hypo was treated and is over
			// (NHS: Low blood sugar, treat and recheck after 15 minutes);
			// the earlier readings are not now. A hypo named with no
			// number ("had a hypo, had juice, now 5.2") tells the sugar too.
			mg := v
			if v <= 35 || suffix == "mmol" {
				mg = v * 18
			}
			if mg >= 70 && mg < 250 && !lowAfter(a, i) {
				m.glucoseMin, m.glucoseMax = mg, mg
				m.sugarNow = true
				continue
			}
		}
		switch {
		case a.ended != nil && a.ended[i] && unitAt(i+1) < 0 && !near(i, mAge, 2, 0):
			// a reading of an episode that has ended ("dropped to 50 ...
			// back to 118"): not now; a temperature is kept as the fever
			// the episode had (tempEnded)
			if (near(i, mTemp, 3, 2) || suffix == "c" || suffix == "f") && isTemp(v, suffix) {
				m.tempEnded = max(m.tempEnded, toCelsius(v, suffix))
			} else if suffix == "" && v >= 37.5 && v <= 42.5 && v != float64(int(v)) {
				m.tempEnded = max(m.tempEnded, v)
			}
		case near(i, mSpO2, 3, 1) && v >= 50 && v <= 100:
			if m.spo2 == 0 || int(v) < m.spo2 {
				m.spo2 = int(v)
			}
		case near(i, mSugar, 0, 2) && !near(i, mSugar, 3, 0) && !countOf(i) &&
			(near(i, mAge, 2, 0) || e.relativeAt(a, i-1) && i+1 < n && andHasWords[a.toks[i+1].text]):
			// an age told before the sugar is named, after «عمره», or
			// after the relative and before "and he has", is no reading:
			// «ابوي عمره ٦٥ وعنده سكر، اليوم يتعرق شوي من الحر» was a
			// hypo, RF-DIAB-01 (h114-004's «امي عمرها ٦٩ وعندها سكر»);
			// «قسنا لابوي ٥٠ السكر» is still a reading. Nor is it read as
			// the patient's age here: a grandfather's age told beside a
			// child's complaint («ابوي عمره ٧٢ وعنده سكر. ولدي عمره شهرين
			// وحرارته ٣٨») would hide the baby's (TestRedFlagsSurviveWhatElseIsTold);
			// the age question asks it.
		case near(i, mSugar, 3, 2) && !countOf(i):
			// (a count of years or days beside the sugar is how long it has
			// been had, «عندي السكر من ١٥ سنة», not a reading of 15)
			// mg/dL above 35; below, mmol/L (Gulf meters) or g/L (Maghreb
			// labs) - an ambiguous reading counts as both, so a low and a
			// very high reading each reach their rule.
			lo, hi := v, v
			switch unit := sugarUnitAfter(a, i); {
			case unit == "mg":
			case suffix == "mmol" || unit == "mmol":
				lo, hi = v*18, v*18
			case v <= 6 && !opensMmolRange(a, i):
				lo, hi = min(v*18, v*100), max(v*18, v*100)
			case v <= 35:
				lo, hi = v, v*18
			}
			if m.glucoseMin == 0 || lo < m.glucoseMin {
				m.glucoseMin = lo
			}
			m.glucoseMax = max(m.glucoseMax, hi)
		case near(i, mBP, 4, 1) && cmSys > 0:
			// "19 على 11", "14 sur 9": centimetres of mercury
			m.bpSys, m.bpDia = max(m.bpSys, cmSys), max(m.bpDia, cmDia)
			if m.bpSysMin == 0 || cmSys < m.bpSysMin {
				m.bpSysMin = cmSys
			}
		case near(i, mBP, 3, 1) && v >= 60 && v <= 260:
			m.bpSys = max(m.bpSys, int(v))
			if m.bpSysMin == 0 || int(v) < m.bpSysMin {
				m.bpSysMin = int(v)
			}
		case (near(i, mTemp, 3, 2) || suffix == "c") && suffix != "f" && isWeather(v):
			// «الحراره اليوم ٥٠», "it's 48 degrees out": no body is that hot
			m.weatherAt = append(m.weatherAt, int32(i))
		case (near(i, mTemp, 3, 2) || suffix == "c" || suffix == "f") && isTemp(v, suffix):
			m.tempC = max(m.tempC, toCelsius(v, suffix))
		case countOf(i):
			if h := halfAt(i); h >= 0 {
				e.readCount(a, &m, i, v+0.5, unitAt(h), h, has, near)
			} else {
				e.readCount(a, &m, i, v, unitAt(i+1), i+1, has, near)
			}
		case (near(i, mAge, 2, 0) && !has(i+1, mTimes) || has(i+1, mOld) || suffix == "yo") && v >= 1 && v <= 120:
			// "عمره 71", and a number with its "old" right after: "my
			// tatay 71 y.o.", "71 yo", or glued to it: "my 10yo" (h41-014).
			// A count of times after «عنده» is how often, not an age:
			// "yemma 3andha dialyse 3 fois f simana", «عنده اسهال ٣ مرات»
			// (h120-038, a mother of 63 on dialysis asked a toddler's
			// questions, and her "not sure" was a child's chest indrawing)
			m.ageMonths = int(v) * 12
			m.ages = append(m.ages, m.ageMonths)
		case suffix == "" && v >= 37.5 && v <= 42.5 && v != float64(int(v)):
			m.tempC = max(m.tempC, v) // "38.5" alone is a temperature
		case suffix == "" && v > 0 && v <= 35 && v != float64(int(v)) && near(i, mMeasured, 3, 0) && !countOf(i) &&
			(inClause(i, mSugar) && !inClause(i, mTemp) && !inClause(i, mBP) && !inClause(i, mSpO2) ||
				anywhere(mSugar) && !anywhere(mTemp) && !anywhere(mBP) && !anywhere(mSpO2)):
			// a small reading with its decimals told by its measuring, the
			// sugar named further back: «عندي السكر ... البارح قست لقيتو 3.6»
			// (h78-023, 3.6 g/L, a Maghreb meter's unit): read as the
			// reading beside the sugar is, g/L or mmol/L, both counted
			lo, hi := v, v*18
			if v <= 6 && !opensMmolRange(a, i) {
				lo, hi = min(v*18, v*100), max(v*18, v*100)
			}
			if m.glucoseMin == 0 || lo < m.glucoseMin {
				m.glucoseMin = lo
			}
			m.glucoseMax = max(m.glucoseMax, hi)
		case suffix == "" && v >= 200 && v <= 900 && v == float64(int(v)) && !countOf(i) &&
			inClause(i, mSugar) && !inClause(i, mTemp) && !inClause(i, mBP) && !inClause(i, mSpO2) &&
			!near(i, mAge, 3, 0) && !has(i+1, mOld) && !e.personBefore(a, i) && !e.drugBefore(a, i):
			// a high reading told in the sugar's sentence but further from
			// it, past a comma or a duration: "my sugar is high since 3
			// days, 300 to 350 even i take my dose" (h91-038), «السكر عالي
			// من يومين، ٣٠٠ و٣٥٠». Only a high one (a low number there may
			// be a dose, a count or a weight), and not a dose named before
			// it ("sugar high, taking metformin 500")
			if m.glucoseMin == 0 || v < m.glucoseMin {
				m.glucoseMin = v
			}
			m.glucoseMax = max(m.glucoseMax, v)
		case suffix == "" && v >= 40 && v <= 900 && near(i, mMeasured, 3, 0) &&
			(inClause(i, mSugar) && !inClause(i, mTemp) && !inClause(i, mBP) && !inClause(i, mSpO2) ||
				anywhere(mSugar) && !anywhere(mTemp) && !anywhere(mBP) && !anywhere(mSpO2)):
			// a reading told by its measuring, the sugar named further back
			// in the sentence: «عندي سكر وقست اليوم 350», "diabetic, checked
			// it this morning and it was 350" (mg/dL); or named in another
			// sentence of a message that measures nothing else: «عندي السكر
			// ... والجهاز النهارده قاس ٤٥٠» (h22-032)
			if m.glucoseMin == 0 || v < m.glucoseMin {
				m.glucoseMin = v
			}
			m.glucoseMax = max(m.glucoseMax, v)
		}
	}
	// Ages of different bands ("جدي عمره ٨٢ ... ولدي عمره ٤") say no one
	// age: the last one read must not decide which questions fit.
	for _, mo := range m.ages {
		if AgeBand(0, mo) != AgeBand(0, m.ages[0]) {
			m.ageMonths = -1
			break
		}
	}
	return m
}

// someoneElse reports whether the message names a person other than the
// writer: another person, a child, a baby, an elder, a he or a she.
func (e *Engine) someoneElse(a *analysis) bool {
	for _, c := range []int32{e.need.otherPerson, e.need.childWord, e.need.infantWord, e.need.newbornWord, e.need.elderlyWord, e.need.female, e.need.male} {
		if a.first[c] >= 0 {
			return true
		}
	}
	return false
}

// possessiveAge reports whether the count at token i is an age only by
// "he has" or "she has" (عنده، عندها، عندو) one or two words before it,
// with no word of age (عمره) there.
func possessiveAge(a *analysis, i int) bool {
	found := false
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch w := a.toks[k].text; {
		case strings.HasPrefix(w, "عمر"):
			return false
		case w == "عنده" || w == "عندها" || w == "عندو":
			found = true
		}
	}
	return found
}

// selfHaveWord is "I have", which before a number of years gives an age.
const selfHaveWord = "عندي"

// eventBefore reports whether an event told done (event_done: a
// transplant, an operation, a diagnosis) comes before the count at token i
// in its sentence: "عندي N سنين" after it is how long ago it was, the
// Maghrebi "it has been N years" ("dert la greffe 3andi 4 snin", «درت
// زراعة الكلية عندي ٤ سنين»), not "I am N".
func (e *Engine) eventBefore(a *analysis, i int) bool {
	found := false
	a.each(e.need.eventDone, func(j int32) {
		o := a.occs[j]
		found = found || int(o.end) < i && a.toks[o.end].clause == a.toks[i].clause
	})
	return found
}

// isAgo reports whether w dates the years or months before it back from
// now: "3 years ago", and "3 years before" as South Asian English says it.
func isAgo(w string) bool { return w == "ago" || w == "before" }

func prevText(a *analysis, i int) string {
	if i == 0 {
		return ""
	}
	return a.toks[i-1].text
}

// monthsShort reports whether the count of months whose unit is token u
// is followed by the weeks it falls short by: «3 شهور الا جوج سيمانات», where «الا» is a clause break (modifiers.toml)
// and so no token: the weeks open the next clause right after the unit.
func monthsShort(a *analysis, u int, has func(int, int) bool) bool {
	j := u + 1
	if j >= len(a.toks) || a.toks[j].clause == a.toks[u].clause {
		return false
	}
	for k := j; k <= j+2 && k < len(a.toks); k++ {
		if has(k, mSince) {
			// «3 شهور بس من اسبوعين» (3 months, but for two weeks) is
			// how long something has lasted
			return false
		}
		if has(k, mWeek) {
			return true
		}
	}
	return false
}

// readCount reads "N unit" at token i (unit at token u) as an age or a
// duration.
func (e *Engine) readCount(a *analysis, m *measures, i int, v float64, unit, u int, has func(int, int) bool, near func(int, int, int, int) bool) {
	if unit == mWeek && i >= 1 && has(i-1, mMonth) && a.toks[i-1].clause != a.toks[i].clause {
		// the weeks short of a baby's months, after a «الا» (but, less)
		// that broke the sentence: «3 شهور الا جوج سيمانات» (monthsShort)
		return
	}
	since := near(i, mSince, 2, 0)
	old := has(u+1, mOld) || has(u+2, mOld)
	// "عندي ١٥ سنة" (Egyptian, Levantine, Maghrebi "I am 15"): years right
	// after "I have", with no "since", are an age, not fifteen years of it
	ageCtx := near(i, mAge, 2, 0) || old || unit == mYear && prevText(a, i) == selfHaveWord && !e.eventBefore(a, i)
	if !ageCtx && unit == mYear {
		// "I am 45 years", «امي ٦٥ سنة»: an age, not 45 years of a headache
		mine, other := e.agedAt(a, i)
		ageCtx = mine || other
		if e.standaloneAge(a, i, v) {
			// a phrase of its own: a "from" before it is another phrase's
			// ("i am pilgrim from surabaya, 45 years")
			ageCtx, since = true, false
		}
	}
	if !ageCtx && !since && (unit == mWeek || unit == mMonth) && e.babyIsAged(a, i, u) {
		// "my bub is 7 weeks", "the baby is 6 weeks and feels hot": a baby
		// or a child named right before "is" and a count of weeks or
		// months ending its phrase is the baby's age (h56-003: read as a
		// pregnancy's weeks, a fever under 3 months went unweighed, NICE
		// NG143 1.3)
		ageCtx = true
	}
	if ageCtx && unit < mYear && !old && possessiveAge(a, i) && a.first[e.need.selfSubject] >= 0 && !e.someoneElse(a) {
		// «عندي حكة ... عندها شهر»: in a message about oneself, with no one
		// else spoken of, the possessive's month is how long the symptom
		// has lasted ("the itch has had a month", h18-029, a 37-year-old
		// read as a baby). Said of someone («بنتي عندها شهرين», «عندي بنت
		// عندها شهر», «عندها شهرين وحرارتها ٣٨») it stays an age.
		ageCtx = false
	}
	if ageCtx && unit < mYear && a.first[e.need.nursingWord] >= 0 {
		// «كنرضع ولدي عندو شهرين … وعندي السخانة»: a mother who writes
		// that she is breastfeeding gives her baby's age in weeks or
		// months, not her own; read as the patient's, her mastitis fever
		// was a fever under 3 months (h21-011). The age is asked instead,
		// so a nursing mother writing for her baby still gets there.
		return
	}
	if !since && ageCtx && unit >= mDay {
		switch unit {
		case mYear:
			m.ageMonths = int(v * 12)
		case mMonth:
			m.ageMonths = int(v)
			if v >= 1 && monthsShort(a, u, has) {
				// «ولدي عندو 3 شهور الا جوج سيمانات» (3 months less two
				// weeks): under the months told. Read as 3 months, a
				// fever at 2½ months (h126-004) was not the under-3-
				// months emergency (NICE NG143 1.3).
				m.ageMonths = int(v) - 1
			}
		case mWeek:
			// "28 weeks old" is six months, past the under-3-months fever
			// (NICE NG143); "10 weeks old" is under it
			m.ageMonths = int(v * 7 / 30.4)
		default:
			m.ageMonths = 0 // days old
		}
		m.ages = append(m.ages, m.ageMonths)
		if unit == mWeek || unit == mMonth {
			m.agedAt = append(m.agedAt, int32(i))
		}
		return
	}
	if u+1 < len(a.toks) && e.isPregnancyWord(a, u+1) {
		return // "30 weeks pregnant" is neither an age nor a duration
	}
	if (unit == mYear || unit == mMonth) && (u+1 < len(a.toks) && isAgo(a.toks[u+1].text) || prevText(a, i) == "قبل") &&
		!e.sinceThenAfter(a, u) {
		// "had one 3 years ago", «قبل ست شهور»: a date months or years
		// back, as a year is (datedClauses, past_point), not how long
		// this has lasted; unless "since then" follows it
		return
	}
	if conditionBefore(a, e.need.condition, int32(i)) {
		// "diabetic for 20 years", «عنده ضغط وسكر من عشر سنين»: how long
		// the condition has been there, not how long this has lasted
		// (applyConditionDurations)
		return
	}
	d := int(unitDays(unit, v))
	m.durs = append(m.durs, d)
	m.durClause = append(m.durClause, a.toks[i].clause)
	if d > m.durDays {
		m.durDays = d
	}
}

// sinceThenAfter reports whether "since then" («ومن وقتها») follows the
// date that ends at token u, in its sentence, with no word of now nor of
// suddenness there: "I had corona 2 years before and since then I have
// cough in morning time" (h101-016, a smoker's cough) has lasted the two
// years, and was read as of no known length.
func (e *Engine) sinceThenAfter(a *analysis, u int) bool {
	lx := e.lex
	since, ok := lx.index["since_then"]
	sudden, ok2 := lx.index["sudden"]
	if !ok || !ok2 {
		return false
	}
	clause := a.toks[u].clause
	found := false
	inSince := map[int]bool{} // "since" is a word of now, but not in "ever since"
	a.each(since, func(i int32) {
		if o := a.occs[i]; o.clause == clause && int(o.start) > u && !o.off {
			found = true
			for j := o.start; j <= o.end; j++ {
				inSince[int(j)] = true
			}
		}
	})
	if !found {
		return false
	}
	for j := u + 1; j < len(a.toks) && a.toks[j].clause == clause; j++ {
		if !inSince[j] && lx.isNowWord(a.toks[j].text) {
			return false
		}
	}
	for j := a.first[sudden]; j >= 0; j = a.next[j] {
		if a.occs[j].clause == clause {
			return false
		}
	}
	return true
}

// babyIsAged reports whether the count at token i, its unit at token u,
// follows "<baby or child word> is" and ends its phrase (or is followed by
// "and"): "my bub is 7 weeks", not "my son is 3 weeks into his antibiotics".
//
// Arabic (and Arabizi) names the baby and its age side by side, with no
// "is": «ابني ٣ شهور وصرلو يومين ما عمل كاكا», "ebni 4 shhur 3ando s3ale"
// (h65-039: read as three months of constipation, a routine). There the
// count must follow the child word itself, and whatever follows it is the
// baby's news; "since" before the count (من, صار) still makes a duration.
func (e *Engine) babyIsAged(a *analysis, i, u int) bool {
	if i < 1 {
		return false
	}
	gap := 2
	if a.toks[i-1].text != "is" {
		gap = 1
	}
	if i < gap {
		return false
	}
	baby := false
	for _, c := range []int32{e.need.childWord, e.need.infantWord} {
		a.each(c, func(j int32) {
			o := a.occs[j]
			if int(o.end) != i-gap {
				return
			}
			// without "is", only an Arabic child word (ابني, بنتي, الرضيع),
			// or an English baby word as a second-language writer puts it:
			// "my baby 6 weeks has fever", "my baby girl 10 month have
			// cold" (h72-024: no age read, an adult's sepsis rule fired on
			// a baby's cough and fast breathing). "my son 3 weeks cough"
			// stays a duration; "my daughter 5 month, she had her
			// vaccines", the count ending its phrase, is her age as the
			// same writers put it (h109-005: five months of a fever, the
			// amber UR-FEVER-02, for a baby's fever of one night).
			if gap == 1 && !arabicToken(a.toks[o.start].text) && !e.babyWordEndsAt(a, int(o.end)) &&
				(o.start == 0 || !e.babyWordEndsAt(a, int(o.start)-1)) && !phraseEndsAt(a, u) {
				return
			}
			baby = true
		})
	}
	if !baby {
		return false
	}
	if gap == 1 {
		return true
	}
	next := u + 1
	return next >= len(a.toks) || a.toks[next].phrase != a.toks[u].phrase || a.toks[next].text == "and"
}

// phraseEndsAt reports whether token u is the last of its phrase.
func phraseEndsAt(a *analysis, u int) bool {
	return u+1 >= len(a.toks) || a.toks[u+1].phrase != a.toks[u].phrase
}

// babyWordEndsAt reports whether an infant word ("baby", "bub") ends at
// token k.
func (e *Engine) babyWordEndsAt(a *analysis, k int) bool {
	found := false
	a.each(e.need.infantWord, func(j int32) {
		if int(a.occs[j].end) == k {
			found = true
		}
	})
	return found
}

// arabicToken reports whether w begins with an Arabic letter.
func arabicToken(w string) bool {
	for _, r := range w {
		return r >= 0x0600 && r <= 0x06FF
	}
	return false
}

func (e *Engine) isPregnancyWord(a *analysis, i int) bool {
	for _, o := range a.occs {
		if o.start == int32(i) && o.concept == e.need.pregnancyWord {
			return true
		}
	}
	return false
}

// unitSuffixes are the letters a measure may carry joined to its number
// ("38.5c", "120mg", "6mmol", "150mmhg", "38deg").
var unitSuffixes = map[string]bool{
	"mmol": true, "mg": true, "kg": true, "kgs": true, "mgdl": true, "mmhg": true, "bpm": true, "deg": true, "yrs": true,
}

// arabiziWord reports whether the letters after a leading number make it a
// word of Arabic written in Latin letters rather than a measure: «3ndah»
// (عنده), «7moo9a», «5ali»: more letters than a unit has, or digits among
// them.
func arabiziWord(suffix string) bool {
	if strings.ContainsAny(suffix, "0123456789") {
		return true
	}
	return len(suffix) >= 3 && suffix[0] >= 'a' && suffix[0] <= 'z' && !unitSuffixes[suffix]
}

// arabicDefinite reports whether an Arabic word carries the article, after
// a joined "and", "so", "in" or "by" («اليوم», «واليوم», «بالليل»).
func arabicDefinite(w string) bool {
	for _, p := range []string{"و", "ف", "ب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && strings.HasPrefix(rest, "ال") {
			return true
		}
	}
	return strings.HasPrefix(w, "ال")
}

func isNumber(w string) bool {
	_, _, ok := leadingNumber(w)
	return ok
}

// leadingNumber parses "38", "38.5", "38.5c", "120mg" and returns the unit
// letters after the number.
func leadingNumber(w string) (float64, string, bool) {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.') {
		i++
	}
	if i == 0 || i > 7 {
		return 0, "", false
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(w[:i], "."), 64)
	if err != nil {
		return 0, "", false
	}
	return v, w[i:], true
}

func isTemp(v float64, suffix string) bool {
	if suffix == "f" || (v >= 95 && v <= 110) {
		return v >= 93 && v <= 111
	}
	return v >= 34 && v <= 43.5
}

// isWeather reports whether a Celsius reading beside a temperature word is
// the air's: above any body's (heat stroke peaks near 42 °C) and within a
// summer day's in the Gulf or the Sahel (the Gulf's summers reach 50 °C).
func isWeather(v float64) bool { return v >= 44 && v <= 60 }

// feverIsWeather reports whether every temperature word the message reads
// as a fever stands beside the air's reading, with no body's reading told:
// «اخوي يشتغل برا والحراره اليوم ٥٠» (h86-002) is the day's heat, and
// asks no question of a fever. A fever told apart («وعنده حراره») stays.
func (e *Engine) feverIsWeather(a *analysis) bool {
	m := a.measured(e)
	if len(m.weatherAt) == 0 || m.tempC > 0 {
		return false
	}
	found := false
	for oi := a.first[e.need.fever]; oi >= 0; oi = a.next[oi] {
		o := a.occs[oi]
		if o.off || o.ended {
			continue
		}
		found = true
		beside := false
		for _, w := range m.weatherAt {
			if a.toks[w].clause == o.clause && w >= o.start-2 && w <= o.end+3 {
				beside = true
				break
			}
		}
		if !beside {
			return false
		}
	}
	return found
}

func toCelsius(v float64, suffix string) float64 {
	if suffix == "f" || v >= 93 {
		return (v - 32) * 5 / 9
	}
	return v
}

// readBP reads "150/95"; beside a word of blood pressure (bpWord) also
// "14/9", centimetres of mercury as the Maghreb, the Levant and France
// write it ("tension 19/11" is 190/110). A bare "12/5" is a date.
func readBP(m *measures, w string, bpWord bool) {
	sys, dia, ok := strings.Cut(w, "/")
	if !ok {
		return
	}
	s, err1 := strconv.Atoi(sys)
	d, err2 := strconv.Atoi(dia)
	if err1 != nil || err2 != nil {
		return
	}
	if bpWord && s >= 8 && s <= 26 && d >= 4 && d <= 16 && d < s {
		s, d = s*10, d*10
	}
	if s < 60 || s > 260 || d < 30 || d > 160 || d >= s {
		return
	}
	m.bpSys, m.bpDia = max(m.bpSys, s), max(m.bpDia, d)
	if m.bpSysMin == 0 || s < m.bpSysMin {
		m.bpSysMin = s
	}
}

// cmHg reads a blood pressure in centimetres of mercury told as two
// numbers, "19 على 11", "14 sur 9", "16 over 10" (the Maghreb, the Levant
// and France), v the first, into mmHg; 0, 0 if it is not one.
func cmHg(a *analysis, i int, v float64) (sys, dia int) {
	if v != float64(int(v)) || v < 8 || v > 26 || i+2 >= len(a.toks) {
		return 0, 0
	}
	switch a.toks[i+1].text {
	case "علي", "على", "sur", "over":
	default:
		return 0, 0
	}
	d, err := strconv.Atoi(a.toks[i+2].text)
	if err != nil || d < 4 || d > 16 || d >= int(v) {
		return 0, 0
	}
	return int(v) * 10, d * 10
}

// opensMmolRange reports whether the reading at i opens a range whose
// other end is above 6 and at most 35 ("sugars 6-8 in the mornings"): no
// g/L reading goes that high, so the range is in mmol/L (or mg/dL), and
// its first number is not 6 g/L, a very high sugar (h39-030, a diabetes
// review with mornings of 6 to 8).
func opensMmolRange(a *analysis, i int) bool {
	if i+1 >= len(a.toks) || a.toks[i+1].clause != a.toks[i].clause {
		return false
	}
	w, suffix, ok := leadingNumber(a.toks[i+1].text)
	return ok && suffix == "" && w > 6 && w <= 35
}

// sugarUnitAfter is the unit written after a sugar reading, or after the
// range it opens ("6-8 mmol/L", "between 5.4 and 5.9 mmol", «بين ٥٫٤ و
// ٥٫٩ ملمول»): "mmol", "mg", or "" when none is written. Without it a
// "6" was read as 6 g/L, a very high sugar (h22-040, "sugars usually 6-8
// mmol/L" with a cold).
func sugarUnitAfter(a *analysis, i int) string {
	for j := i + 1; j < len(a.toks) && j <= i+4 && a.toks[j].clause == a.toks[i].clause; j++ {
		switch w := a.toks[j].text; w {
		case "mmol", "mmoll", "mmol/l", "ملمول", "مليمول", "ميليمول", "ملم", "mm":
			return "mmol"
		case "mg", "mgdl", "mg/dl", "ملغ", "مجم", "ملجم", "مغ":
			return "mg"
		case "to", "and", "or", "-", "و", "الى", "لـ", "ل":
		default:
			if !isNumber(w) {
				return ""
			}
		}
	}
	return ""
}

// sugarNowWords say the reading after them is the one of now.
var sugarNowWords = map[string]bool{
	"now": true, "الحين": true, "الان": true, "هلق": true, "هلا": true, "هلأ": true, "دلوقتي": true,
	"دلوقت": true, "دابا": true, "دروك": true, "درك": true, "توا": true, "حاليا": true, "هسه": true, "هسا": true,
	"دحين": true, "ذلحين": true,
}

// sugarNowAfter reports whether the number at token i follows a word of now
// in its phrase, with at most one word between ("now 6.2", "now its 6.2",
// «ودابا ١١٠», «والحين صار ١١٠»).
func sugarNowAfter(a *analysis, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if a.toks[j].phrase != a.toks[i].phrase {
			return false
		}
		w := a.toks[j].text
		if sugarNowWords[w] || strings.HasPrefix(w, "و") && sugarNowWords[strings.TrimPrefix(w, "و")] {
			return true
		}
		if _, _, ok := leadingNumber(w); ok {
			return false
		}
	}
	return false
}

// lowAfter reports whether a number that could be a low sugar (below 4
// mmol/L or 70 mg/dL) is told after token i: "now 6.2, then dropped again
// to 2.9" is low again.
func lowAfter(a *analysis, i int) bool {
	for _, t := range a.toks[i+1:] {
		if v, suffix, ok := leadingNumber(t.text); ok && suffix == "" && (v > 0 && v < 4 || v >= 20 && v < 70) {
			return true
		}
	}
	return false
}

// ketoneBefore reports whether a word of ketones comes just before the
// number at token i, in its sentence, with at most two words between and
// no other number: "ketones 0.8", "blood ketones were 0.8", "ketone level
// is 2.1".
func ketoneBefore(a *analysis, i int, has func(int, int) bool) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if a.toks[j].clause != a.toks[i].clause {
			return false
		}
		if has(j, mKetone) {
			return true
		}
		if has(j, mSugar) || has(j, mTemp) || has(j, mBP) || has(j, mSpO2) {
			return false // "ketones checked, sugar 5.5": the sugar's
		}
		if _, _, ok := leadingNumber(a.toks[j].text); ok {
			return false
		}
	}
	return false
}

// inrBefore reports whether the INR is named earlier in the number's
// sentence, at most twelve words back, with no other number or measure
// between: "INR 6.4", "had his INR done at the pharmacy this morning and
// it came back 6.4" (h124-016, read as nothing).
func inrBefore(a *analysis, i int, has func(int, int) bool) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if a.toks[j].clause != a.toks[i].clause {
			return false
		}
		if has(j, mINR) {
			return true
		}
		if has(j, mSugar) || has(j, mTemp) || has(j, mBP) || has(j, mSpO2) || has(j, mKetone) {
			return false
		}
		if _, _, ok := leadingNumber(a.toks[j].text); ok {
			return false
		}
	}
	return false
}

// sugarToldBefore reports whether a word of the sugar (a sugar word, or a
// hypo named: "hypo" is one) comes anywhere before token i: a reading told
// after "now" is then the sugar of now ("had a hypo, had juice, now 5.2").
func sugarToldBefore(a *analysis, i int, has func(int, int) bool) bool {
	for j := 0; j < i; j++ {
		if has(j, mSugar) {
			return true
		}
	}
	return false
}

// andHasWords are "and he has", "and she has" right after a relative's
// number: «ابوي ٦٥ وعنده سكر» is his age, then his diabetes.
var andHasWords = map[string]bool{
	"وعنده": true, "وعندها": true, "وعندو": true, "وعندهم": true, "وعندوا": true, "وعندة": true,
}

// otherMeasureWords name a number that is no sugar: a pulse, a weight.
var otherMeasureWords = map[string]bool{
	"pulse": true, "heart": true, "rate": true, "hr": true, "bpm": true, "weight": true, "kg": true, "kilo": true,
	"kilos": true, "نبض": true, "نبضه": true, "نبضها": true, "نبضي": true, "النبض": true, "وزن": true, "وزني": true,
	"وزنه": true, "الوزن": true, "كيلو": true, "كغ": true,
}

// otherMeasureNear reports whether a pulse or a weight is named around
// the number at token i ("pulse now 110", "now 80 kg"): a reading after
// "now" with no sugar reading before it is then not the sugar of now.
func otherMeasureNear(a *analysis, i int) bool {
	for j := max(0, i-3); j < len(a.toks) && j <= i+1; j++ {
		w := strings.TrimPrefix(a.toks[j].text, "و")
		if j != i && a.toks[j].clause == a.toks[i].clause && (otherMeasureWords[a.toks[j].text] || otherMeasureWords[w]) {
			return true
		}
	}
	return false
}

// personBefore reports whether someone is named in the three words before
// token i ("my son is now 5": an age, not a sugar).
func (e *Engine) personBefore(a *analysis, i int) bool {
	for j := max(0, i-3); j < i; j++ {
		if e.relativeAt(a, j) {
			return true
		}
	}
	return false
}

// drugBefore reports whether a medicine or a dose is named in the three
// words before token i of its sentence ("metformin 500", "insulin 300"):
// the number is a dose, not a reading.
func (e *Engine) drugBefore(a *analysis, i int) bool {
	cs := []int32{e.need.drugWord, e.need.med}
	// a medicine for the sugar named by its name ("metformin", "insulin")
	for _, id := range []string{"diabetes_word", "insulin_word", "dose_word"} {
		if c, ok := e.lex.index[id]; ok {
			cs = append(cs, c)
		}
	}
	for _, c := range cs {
		for j := a.first[c]; j >= 0; j = a.next[j] {
			o := a.occs[j]
			if int(o.end) < i && int(o.end) >= i-3 && a.toks[o.start].clause == a.toks[i].clause {
				return true
			}
		}
	}
	return false
}
