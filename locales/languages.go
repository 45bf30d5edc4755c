package locales

import "github.com/frontdoor-health/frontdoor/numerals"

// Language is one language Frontdoor speaks, as data: adding a language is
// its message files, one row in all, and (when the bot should read free
// text in it) its triage lexicon. Everything that offers or renders a
// language reads these fields rather than naming a language.
type Language struct {
	// Code is the BCP 47 base subtag: the message files' suffix, the value
	// stored for a patient and a case, the Telegram command scope.
	Code string
	// Name is the language's own name, as a picker shows it.
	Name string
	// English is its name in English, for documents and logs.
	English string
	// Dir is the writing direction for HTML's dir attribute.
	Dir string
	// Digits is the digit set readers expect by default: "arab" for
	// Arabic-Indic (٠١٢), "arabext" for Extended Arabic-Indic (۰۱۲) and
	// "latn" for Western (012). A patient may choose otherwise.
	Digits string
	// Plurals are the CLDR plural forms a counted message carries in this
	// language (go-i18n chooses among them by the same rules).
	Plurals []string
	// Fonts, when set, is the CSS font stack pages use for this language
	// instead of their own (StyleSheet): Urdu reads best in Nastaliq,
	// which few phones pick by default.
	Fonts string
	// Tall: the script needs more space between lines (Nastaliq's
	// letters climb and drop well beyond a Latin line).
	Tall bool
	// Clock24: times read on a 24-hour clock ("14 h 30", "14.30"), as
	// French and Indonesian readers expect; otherwise a 12-hour clock
	// with its morning and evening words.
	Clock24 bool
	// Hijri: long dates add the Umm al-Qura Hijri date beside the
	// Gregorian one, as readers who count the pilgrimage's days expect.
	Hijri bool
	// Words are common words of the language that tell a patient's first
	// message is in it (Detect), written as Normalize-like lower case
	// without accents. Languages in the Arabic script are also told apart
	// by the letters only they use (Letters).
	Words []string
	// Letters are letters only this language's script uses among the
	// languages listed ("ٹڈڑںے" for Urdu among Arabic-script ones).
	Letters string
}

// Digit sets a Language may default to (the numerals package writes them).
const (
	DigitsArabic   = numerals.SetArabic
	DigitsExtended = numerals.SetExtended
	DigitsWestern  = numerals.SetWestern
)

// all lists every language, the default first. Pilgrims of every
// nationality read Arabic or English more often than any other single
// language, so those two lead; the order is also the picker's.
var all = []Language{
	{Code: "ar", Name: "العربية", English: "Arabic", Dir: "rtl", Digits: DigitsArabic,
		Plurals: []string{"zero", "one", "two", "few", "many", "other"},
		Hijri:   true},
	{Code: "en", Name: "English", English: "English", Dir: "ltr", Digits: DigitsWestern,
		Plurals: []string{"one", "other"},
		Words: []string{"the", "i", "im", "my", "is", "are", "have", "has", "had", "and", "with", "not", "no",
			"can", "cant", "please", "hello", "hi", "doctor", "help", "pain", "since", "very", "he", "she",
			"son", "daughter", "mother", "father", "want", "need", "fever", "chest", "head", "what", "how"}},
	{Code: "fr", Name: "Français", English: "French", Dir: "ltr", Digits: DigitsWestern,
		Plurals: []string{"one", "many", "other"}, Clock24: true,
		Words: []string{"je", "ai", "mon", "ma", "mes", "le", "la", "les", "est", "suis", "pas", "une", "des", "du",
			"et", "avec", "bonjour", "mal", "depuis", "tres", "fievre", "enfant", "mere", "pere", "fille", "medecin",
			"docteur", "aide", "peux", "veux", "il", "elle", "tete", "ventre", "poitrine", "respirer"}},
	{Code: "ur", Name: "اردو", English: "Urdu", Dir: "rtl", Digits: DigitsWestern,
		Plurals: []string{"one", "other"}, Hijri: true, Tall: true,
		Fonts:   `"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", "Noto Sans Arabic", system-ui, sans-serif`,
		Letters: "ٹڈڑںےۓھہۂ",
		Words: []string{"میں", "ہے", "ہیں", "کا", "کی", "کے", "نہیں", "مجھے", "میرا", "میری", "آپ", "ہو", "رہا",
			"رہی", "بخار", "درد", "سانس"}},
	{Code: "id", Name: "Bahasa Indonesia", English: "Indonesian", Dir: "ltr", Digits: DigitsWestern,
		Plurals: []string{"other"}, Hijri: true, Clock24: true,
		Words: []string{"saya", "sakit", "tidak", "tdk", "gak", "nggak", "dan", "yang", "ada", "di", "ke", "ini", "itu",
			"sudah", "sdh", "anak", "ibu", "bapak", "tolong", "dokter", "demam", "sejak", "tapi", "sangat", "bisa",
			"mau", "kepala", "perut", "dada", "napas", "batuk", "pusing"}},
}

// Languages are the codes of every language, the default first.
var Languages = codes(all)

// The digits each language's readers expect are the numerals package's to
// write (numerals.In); it learns them from the list.
func init() {
	for _, l := range all {
		numerals.Use(l.Code, l.Digits)
	}
}

func codes(ls []Language) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Code
	}
	return out
}

// All returns every language, the default first. The slice is a copy.
func All() []Language { return append([]Language(nil), all...) }

// Lookup returns the language with code, or the default and false when
// there is none.
func Lookup(code string) (Language, bool) {
	for _, l := range all {
		if l.Code == code {
			return l, true
		}
	}
	return all[0], false
}

// Dir is the writing direction of lang for HTML's dir attribute ("rtl" or
// "ltr"); an unknown language is written left to right.
func Dir(lang string) string {
	if l, ok := Lookup(lang); ok {
		return l.Dir
	}
	return "ltr"
}
