package triage

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:embed rules/*.toml
var embedded embed.FS

// ruleFile is the schema of one rules file. Any file may hold any section;
// by convention lexicon_*.toml hold concepts, redflags_*.toml the emergency
// rules, and so on. Unknown keys are an error, so a typo cannot silently
// switch a rule off.
type ruleFile struct {
	Modifiers  *modifierSpec   `toml:"modifiers"`
	Arabizi    *arabiziSpec    `toml:"arabizi"`
	KnownWords *knownWordsSpec `toml:"known_words"`
	Concepts   []conceptSpec   `toml:"concept"`
	More       []moreSpec      `toml:"more"`
	// Numbers are a language's counts written as words ("ڈیڑھ" 1.5,
	// "deux" 2), for ages and durations ("ڈیڑھ مہینے": a month and a half).
	Numbers    map[string]float64 `toml:"numbers"`
	Rules      []ruleSpec         `toml:"rule"`
	Complaints []complaintSpec    `toml:"complaint"`
	Pathways   []pathwaySpec      `toml:"pathway"`
	Questions  []questionSpec     `toml:"question"`
	Findings   []findingSpec      `toml:"finding"`
}

// modifierSpec lists the words that change how other words are read.
type modifierSpec struct {
	Negation      []string `toml:"negation"`       // phrases that negate what follows
	NegationAfter []string `toml:"negation_after"` // phrases that negate what comes before them (Urdu "درد نہیں ہے": no pain)
	// phrases that negate what comes before them only when they close
	// their phrase: Arabic puts the thing first, «سخانة ما عنديش» (a fever,
	// I have none)
	NegationClosing []string `toml:"negation_closing"`
	PseudoNegation  []string `toml:"pseudo_negation"` // phrases that contain a negation word but negate nothing ("بعد ما", "not sure")
	Stops           []string `toml:"stops"`           // words that end a negation's reach ("and", "but")
	Continuers      []string `toml:"continuers"`      // words that do not end it ("or", "ولا")
	ClauseBreaks    []string `toml:"clause_breaks"`   // words that end a clause ("but", "لكن")
	History         []string `toml:"history"`         // phrases that put a condition in the past ("history of")
	Medication      []string `toml:"medication"`      // phrases that make a condition the subject of a prescription
	Fillers         []string `toml:"fillers"`         // words a phrase may skip ("my", "the")
	Common          []string `toml:"common"`          // known words never spell-corrected into a symptom
	NoStrip         []string `toml:"no_strip"`        // Arabic words whose first letters only look like clitics (لما)
	Scope           int      `toml:"scope"`           // how many words a negation reaches
	Resolved        []string `toml:"resolved"`        // phrases that end an episode: what came before is over ("went away")
	ResolvedVerbs   []string `toml:"resolved_verbs"`  // the same, also over what follows in its phrase (Arabic verb first: "خفت الحرارة")
	Distant         []string `toml:"distant"`         // phrases that put an episode days or more back ("days ago", "امس")
	RecentStays     []string `toml:"recent_stays"`    // concepts an episode that ended recently still counts as now
	EndedOff        []string `toml:"ended_off"`       // concepts an ended episode switches off: emergencies only while they last
	PastPoint       []string `toml:"past_point"`      // phrases that date what their sentence tells months or years back ("last summer")
	NowWords        []string `toml:"now_words"`       // words that bring a sentence back to now ("now", "الحين"): a past point stops there
	DaysBack        []string `toml:"days_back"`       // phrases that put an ended episode a day or more back ("yesterday", "امبارح")
	DaysBackOff     []string `toml:"days_back_off"`   // concepts an episode ended a day or more back no longer counts as now (chest pain: NICE CG95)
	DaysBackOver    []string `toml:"days_back_over"`  // concepts an episode ended a day or more back makes past, with no same-day assessment (an asthma attack settled)
	PastPointOff    []string `toml:"past_point_off"`  // concepts besides symptoms a sentence dated months or years back makes past (an overdose then)
	YearsBackOff    []string `toml:"years_back_off"`  // concepts a sentence dated a year or more back makes past (an operation then), not one dated months back
	Feared          []string `toml:"feared"`          // phrases that make what follows a fear, not a symptom ("خايفه ترجع له التشنجات")
	Asked           []string `toml:"asked"`           // phrases that report a question put to the patient ("asked him if", «سألته اذا»)
	AnsweredNo      []string `toml:"answered_no"`     // phrases that report the patient's "no" to it ("he said no", «قال لا»)

	// phrases whose first word is a negation only before the word after
	// it, which it then negates: the Maghreb's «ماشي» (also walking, and
	// OK) before a present verb, «ماشي كيضرني راسي» (my head does not hurt)
	NegationLead []string `toml:"negation_lead"`
	// a negation word that, before these words, negates only when a
	// negation before it already reaches it: the Maghreb's «ولا» before a
	// present verb is "became" or "or" («ولا كيعرج», he started limping),
	// and "nor" only after a negation («ما كياكلش ولا كيشرب»)
	Became []string `toml:"became"`
}

// knownWordsSpec lists real words that are never spell-corrected into a
// lexicon word one letter away ("scaly" is not "scald").
type knownWordsSpec struct {
	English []string `toml:"english"`
}

// conceptSpec is one entry of the lexicon.
type conceptSpec struct {
	ID        string     `toml:"id"`
	Doc       string     `toml:"doc"`
	Terms     []string   `toml:"terms"`     // phrases; "word*" matches a prefix, "=word" is never spell-corrected
	Near      [][]string `toml:"near"`      // groups of concepts found together in one clause
	Window    int        `toml:"window"`    // words a near group may span (default 8)
	Ordered   bool       `toml:"ordered"`   // near groups must occur in the order listed
	AnyOf     []string   `toml:"any_of"`    // present when any of these concepts is
	Diagnosis bool       `toml:"diagnosis"` // names a condition: not current in a history or medication clause
	Helper    bool       `toml:"helper"`    // only a building block ("cannot"): keeps no negation for itself
	Except    []string   `toml:"except"`    // phrases in which a term does not count ("blood" in "blood pressure")
	// Elsewhere: a term does not count in a sentence that names one of
	// these (word-list) concepts: "the left side" is the side of the
	// throat or the tooth named there, not the loin.
	Elsewhere []string `toml:"elsewhere"`
	// Across: a near group of three concepts or more may also be found
	// across the sentences of a short message (acrossMaxClauses sentences
	// at most) when the sentence of its first component names no other
	// person: "I have diabetes. My foot has a sore that won't heal."
	Across bool `toml:"across"`
}

// moreSpec adds terms to a concept defined in another file: a language's
// own lexicon file (lexicon_lang_fr.toml) reads its words into the same
// findings as Arabic and English, without touching their files.
type moreSpec struct {
	ID    string   `toml:"id"`
	Terms []string `toml:"terms"`
}

// ruleSpec is a red-flag (RF-*, emergency) or amber (UR-*, urgent) rule.
type ruleSpec struct {
	ID        string   `toml:"id"`
	Urgency   string   `toml:"urgency"`
	Title     string   `toml:"title"`  // English, for the docs; patients and clinicians see the locales name
	Source    string   `toml:"source"` // the clinical guidance the rule follows
	Pathway   string   `toml:"pathway"`
	Specialty string   `toml:"specialty"`
	All       []string `toml:"all"`  // every one of these concepts
	Any       []string `toml:"any"`  // and at least one of these
	Any2      []string `toml:"any2"` // and at least one of these
	None      []string `toml:"none"` // and none of these
	// NoneHere keep the rule off only when told in a sentence where the
	// rule's own concepts are read: a harmless cause of this symptom, not
	// of another one told apart ("my knee hurts on the stairs. My father
	// can't move his left arm" is a stroke).
	NoneHere []string    `toml:"none_here"`
	MinAge   int         `toml:"min_age"`
	MaxAge   int         `toml:"max_age"`
	Examples exampleSpec `toml:"examples"`
}

// exampleSpec holds phrasings the tests check against the rule.
type exampleSpec struct {
	En        []string `toml:"en"`
	Gulf      []string `toml:"gulf"`
	Egyptian  []string `toml:"egyptian"`
	Levantine []string `toml:"levantine"`
	Maghrebi  []string `toml:"maghrebi"`
	MSA       []string `toml:"msa"`
	Negated   []string `toml:"negated"` // must not fire this rule
}

// complaintSpec maps a family of symptoms to a specialty, a pathway and a
// default urgency.
type complaintSpec struct {
	ID                string   `toml:"id"`
	Triggers          []string `toml:"triggers"`
	Pathway           string   `toml:"pathway"`
	ChildPathway      string   `toml:"child_pathway"`
	Specialty         string   `toml:"specialty"`
	ChildSpecialty    string   `toml:"child_specialty"`     // default pediatrics; "keep" keeps Specialty
	PregnantSpecialty string   `toml:"pregnant_specialty"`  // default: keep
	SelfCareSpecialty string   `toml:"self_care_specialty"` // default general_practice
	ChronicSpecialty  string   `toml:"chronic_specialty"`   // default: keep
	DeferSpecialty    bool     `toml:"defer_specialty"`     // take the specialty from a named condition
	Urgency           string   `toml:"urgency"`
	Mild              string   `toml:"mild"`
	MildSigns         []string `toml:"mild_signs"` // concepts that make this complaint mild ("I can walk on it")
	// MildUnless are concepts that, read or answered, keep the mild signs
	// (and the relief signs) from making the complaint mild (an itchy rash
	// after a food is hives for the pharmacist, not when a fever comes with
	// it; a sugar after a feast told well is dietary advice, not at 250).
	MildUnless []string `toml:"mild_unless"`
	// BriefSigns say the pain lasts moments only, brought on and gone at
	// once (a tooth that hurts with cold: dentine sensitivity): the
	// complaint is then mild however strongly the moment hurts.
	BriefSigns []string `toml:"brief_signs"`
	// ReliefSigns say a simple treatment eased it (a headache a
	// paracetamol calmed): the complaint is then mild however strongly it
	// was told, but not when it has lasted weeks (still "chronic").
	ReliefSigns []string `toml:"relief_signs"`
	// YieldsTo are complaints' words that tell this complaint as part of
	// theirs: read, this complaint is not matched (a belly pain told with
	// the days of a period is the period pain's).
	YieldsTo []string `toml:"yields_to"`
	// BesideWords are words that tell this complaint only as a feeling
	// about another one: when every word that names it is one of these
	// (a fear, "I'm so worried", «خايفة كتير») and another complaint is
	// told, it is that complaint's worry and is not matched.
	BesideWords []string `toml:"beside_words"`
	// BesideUnless are words that keep the complaint told through its
	// beside words (bleeding on a blood thinner is the blood thinner's).
	BesideUnless []string `toml:"beside_unless"`
	Severe       string   `toml:"severe"`
	Chronic      string   `toml:"chronic"`
	// SevereChronic is the urgency of a severe pain of two weeks or more,
	// when a long-standing one is not the same as a new one (a knee that has
	// hurt badly on the stairs for months is osteoarthritis, NICE NG226);
	// by default severe wins.
	SevereChronic string `toml:"severe_chronic"`
	// MildSignsAcute says the mild signs tell an episode that is new (a
	// twist that bears weight, Ottawa): told of a complaint of two weeks or
	// more, or a long time, they do not make it mild, and it keeps its
	// chronic urgency (a knee worn for years that "can still walk" is a GP
	// visit, NICE NG226; h81-028).
	MildSignsAcute bool `toml:"mild_signs_acute"`
	Priority       int  `toml:"priority"`
}

type pathwaySpec struct {
	ID        string   `toml:"id"`
	Doc       string   `toml:"doc"`
	Questions []string `toml:"questions"`
	// Covers lists the emergencies this complaint family can hide: the
	// coverage test walks the family's answers until each one is reached.
	Covers []string `toml:"covers"`
	// CoversFor narrows a covered emergency to the age groups (under_3m,
	// under_5, child, adult, 65plus, pregnant) for which the family can
	// hide it: its questions are asked, and "not sure" counts as "yes",
	// only for them. A rule not named here is covered for everyone.
	CoversFor map[string][]string `toml:"covers_for"`
	// When: the family's questions join the conversation whenever one of
	// these concepts (or groups joined by "&") is read, even if no
	// complaint of the family is (a pilgrim at Arafat who "feels tired"
	// gets the heat questions).
	When []string `toml:"when"`
	// SureOnly: the family asks about the emergencies it covers and a
	// "yes" makes them, but a "not sure" to its questions is no "yes" for
	// them: a younger adult's kidney infection is asked about fast
	// breathing (NICE NG51 at any age), and a doubt about it stays the
	// urgent visit the infection is (the fever family's design for the
	// under-65s).
	SureOnly bool `toml:"sure_only"`
}

// findingSpec is one clinical fact the conversation can establish: read
// from the patient's words through its concepts, or asked by a question.
type findingSpec struct {
	ID       string   `toml:"id"`
	Doc      string   `toml:"doc"`
	Concepts []string `toml:"concepts"` // present when any is read in the text; "yes" sets them all
	// Unless: concepts that, read, say the words were about something else
	// ("my forehead doesn't move" is a face, not a person who does not
	// respond): the words then leave the finding unknown.
	Unless []string `toml:"unless"`
	// DeniedWith: weaker signs whose denial denies this one too ("no
	// breathlessness" is not too breathless to speak, "no rash" no rash
	// that does not fade): the words then settle it absent.
	DeniedWith []string `toml:"denied_with"`
	// AbsentWith: concepts that, read, say the finding is not there ("baby
	// kicking loads" is no baby moving less): the words settle it absent.
	AbsentWith []string `toml:"absent_with"`
}

type questionSpec struct {
	ID       string       `toml:"id"`
	Kind     string       `toml:"kind"`
	Escalate string       `toml:"escalate"`  // yes_no: rule fired by "yes"
	Concepts []string     `toml:"concepts"`  // yes_no: concepts "yes" adds
	SevereAt int          `toml:"severe_at"` // severity: this score or more reads as "severe" (default 7)
	Options  []optionSpec `toml:"options"`   // choice
	// Findings are what a yes_no question asks about. With one finding,
	// "yes" sets its concepts and "no" rules it out; a question of several
	// ("…pain spreading, or sweating?") is a screen: "no" rules them all
	// out, and its "yes" works through its escalation.
	Findings []string `toml:"findings"`
	// Who the question fits; it is never asked of anyone else.
	Sex       string `toml:"sex"`        // "f" or "m": only when the patient is known to be of that sex
	MinMonths int    `toml:"min_months"` // only from this age (an unknown age fits)
	MaxMonths int    `toml:"max_months"` // only under this age (an unknown age fits)
	Pregnant  string `toml:"pregnant"`   // "yes": only in a pregnancy; "no": never in one
	// Needs: asked only when one of these concepts is read or answered
	// (a stiff neck is asked about with a fever or a headache, not with
	// acne).
	// An entry may join concepts with "&", and "!" marks one that must
	// not be read: "fever & @child" is a fever in a child, "mild &
	// !fever" a slight complaint without a fever.
	Needs []string `toml:"needs"`
	// Unless: never asked when one of these is read (a headache that has
	// lasted weeks is not asked whether it was sudden).
	Unless []string `toml:"unless"`
	// Screen marks a safety screen: asked once before any non-emergency
	// advice, the one fitting the patient's age.
	Screen bool `toml:"screen"`
	// ScreenedBy (a screen only): groups of questions, alternatives joined
	// with "|". When each group has a question answered, or settled by the
	// words, the family's own questions have asked what the screen asks,
	// and it is not asked again — unless one of ScreenedUnless is read.
	ScreenedBy     []string `toml:"screened_by"`
	ScreenedUnless []string `toml:"screened_unless"`
	// UnsureCheck is the question asked next when this red-flag
	// discriminator is answered "not sure": a sign a lay person can tell
	// ("is there difficulty breathing?" after "not sure" whether the
	// breathing is fast). Its "no" clears the doubt; "yes" or "not sure"
	// leaves it counted as "yes", as without a check.
	UnsureCheck string `toml:"unsure_check"`
}

type optionSpec struct {
	Value    string   `toml:"value"`
	Escalate string   `toml:"escalate"`
	Concepts []string `toml:"concepts"`
}

// Load compiles the rules embedded in the binary. An error means a rules
// file is malformed; it names the file and the rule.
func Load() (*Engine, error) {
	sub, err := fs.Sub(embedded, "rules")
	if err != nil {
		return nil, fmt.Errorf("triage: rules: %w", err)
	}
	return LoadFS(sub)
}

// LoadFS compiles the rules in the *.toml files at the root of fsys. It
// rejects a file that does not parse, has unknown keys, or refers to a
// concept, rule, pathway or question that does not exist, naming the file
// and the item.
func LoadFS(fsys fs.FS) (*Engine, error) {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, fmt.Errorf("triage: list rules: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("triage: no rules files")
	}
	sort.Strings(names)
	var set ruleSet
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("triage: read %s: %w", name, err)
		}
		var f ruleFile
		md, err := toml.Decode(string(raw), &f)
		if err != nil {
			return nil, fmt.Errorf("triage: %s: %w", name, err)
		}
		if un := md.Undecoded(); len(un) > 0 {
			keys := make([]string, len(un))
			for i, k := range un {
				keys[i] = k.String()
			}
			return nil, fmt.Errorf("triage: %s: unknown keys %s", name, strings.Join(keys, ", "))
		}
		if err := set.add(path.Base(name), f); err != nil {
			return nil, err
		}
	}
	return compile(&set)
}

// ruleSet is every file's content with where each item came from.
type ruleSet struct {
	modifiers     *modifierSpec
	modifiersFile string
	arabizi       *arabiziSpec
	arabiziFile   string
	knownWords    []string
	concepts      []conceptSpec
	conceptFile   []string
	more          []moreSpec
	numbers       map[string]float64
	moreFile      []string
	rules         []ruleSpec
	ruleFile      []string
	complaints    []complaintSpec
	complaintFile []string
	pathways      []pathwaySpec
	pathwayFile   []string
	questions     []questionSpec
	questionFile  []string
	findings      []findingSpec
	findingFile   []string
}

func (s *ruleSet) add(name string, f ruleFile) error {
	if f.Modifiers != nil {
		if err := s.addModifiers(name, f.Modifiers); err != nil {
			return err
		}
	}
	if f.KnownWords != nil {
		s.knownWords = append(s.knownWords, f.KnownWords.English...)
	}
	if f.Arabizi != nil {
		if s.arabizi != nil {
			return fmt.Errorf("triage: %s: [arabizi] already defined in %s", name, s.arabiziFile)
		}
		s.arabizi, s.arabiziFile = f.Arabizi, name
	}
	for _, c := range f.Concepts {
		s.concepts, s.conceptFile = append(s.concepts, c), append(s.conceptFile, name)
	}
	for w, v := range f.Numbers {
		if s.numbers == nil {
			s.numbers = map[string]float64{}
		}
		s.numbers[w] = v
	}
	for _, m := range f.More {
		s.more, s.moreFile = append(s.more, m), append(s.moreFile, name)
	}
	for _, r := range f.Rules {
		s.rules, s.ruleFile = append(s.rules, r), append(s.ruleFile, name)
	}
	for _, c := range f.Complaints {
		s.complaints, s.complaintFile = append(s.complaints, c), append(s.complaintFile, name)
	}
	for _, p := range f.Pathways {
		s.pathways, s.pathwayFile = append(s.pathways, p), append(s.pathwayFile, name)
	}
	for _, q := range f.Questions {
		s.questions, s.questionFile = append(s.questions, q), append(s.questionFile, name)
	}
	for _, fd := range f.Findings {
		s.findings, s.findingFile = append(s.findings, fd), append(s.findingFile, name)
	}
	return nil
}

// addModifiers takes the [modifiers] of one file. One file (modifiers.toml)
// sets the scope and the lists that only make sense once; a language's own
// file adds its words to the word lists (its negations, its "not sure").
// Files load in name order, so either may come first.
func (s *ruleSet) addModifiers(name string, m *modifierSpec) error {
	if s.modifiers == nil {
		s.modifiers, s.modifiersFile = m, name
		return nil
	}
	into, from, main := s.modifiers, m, s.modifiersFile
	if sets(from) {
		if sets(into) {
			return fmt.Errorf("triage: %s: [modifiers] scope, recent_stays and ended_off are set once, already in %s", name, main)
		}
		into, from = from, into
		s.modifiers, s.modifiersFile = into, name
	}
	for _, l := range []struct{ to, from *[]string }{
		{&into.Negation, &from.Negation}, {&into.NegationAfter, &from.NegationAfter}, {&into.NegationClosing, &from.NegationClosing},
		{&into.NegationLead, &from.NegationLead}, {&into.Became, &from.Became}, {&into.PseudoNegation, &from.PseudoNegation}, {&into.Stops, &from.Stops},
		{&into.Continuers, &from.Continuers}, {&into.ClauseBreaks, &from.ClauseBreaks}, {&into.History, &from.History},
		{&into.Medication, &from.Medication}, {&into.Fillers, &from.Fillers}, {&into.Common, &from.Common},
		{&into.NoStrip, &from.NoStrip}, {&into.Resolved, &from.Resolved}, {&into.ResolvedVerbs, &from.ResolvedVerbs},
		{&into.Distant, &from.Distant}, {&into.PastPoint, &from.PastPoint}, {&into.NowWords, &from.NowWords},
		{&into.DaysBack, &from.DaysBack}, {&into.Feared, &from.Feared},
		{&into.Asked, &from.Asked}, {&into.AnsweredNo, &from.AnsweredNo},
	} {
		*l.to = append(*l.to, *l.from...)
	}
	return nil
}

// sets reports whether m sets what only one file may set.
func sets(m *modifierSpec) bool {
	return m.Scope != 0 || len(m.RecentStays) > 0 || len(m.EndedOff) > 0 || len(m.DaysBackOff) > 0 || len(m.DaysBackOver) > 0 || len(m.PastPointOff) > 0 || len(m.YearsBackOff) > 0
}

var (
	ruleIDPattern   = regexp.MustCompile(`^(RF|UR)-[A-Z]+-[0-9]{2}$`)
	plainIDPattern  = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
	optionValueChar = regexp.MustCompile(`^[a-z0-9_+-]+$`)
)

// loadError names the file and item an error is about.
func loadError(file, kind, id, format string, args ...any) error {
	return fmt.Errorf("triage: %s: %s %q: %s", file, kind, id, fmt.Sprintf(format, args...))
}
