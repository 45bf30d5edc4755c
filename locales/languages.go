package locales

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
	// Fonts is the CSS font stack pages use for this language: Urdu reads
	// best in Nastaliq, which few phones pick by default.
	Fonts string
}

// Digit sets a Language may default to.
const (
	DigitsArabic   = "arab"
	DigitsExtended = "arabext"
	DigitsWestern  = "latn"
)

const systemFonts = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif`

// all lists every language, the default first. Pilgrims of every
// nationality read Arabic or English more often than any other single
// language, so those two lead; the order is also the picker's.
var all = []Language{
	{Code: "ar", Name: "العربية", English: "Arabic", Dir: "rtl", Digits: DigitsArabic,
		Plurals: []string{"zero", "one", "two", "few", "many", "other"},
		Fonts:   `"Noto Sans Arabic", "Segoe UI", Tahoma, ` + systemFonts},
	{Code: "en", Name: "English", English: "English", Dir: "ltr", Digits: DigitsWestern,
		Plurals: []string{"one", "other"}, Fonts: systemFonts},
	{Code: "id", Name: "Bahasa Indonesia", English: "Indonesian", Dir: "ltr", Digits: DigitsWestern,
		Plurals: []string{"other"}, Fonts: systemFonts},
}

// Languages are the codes of every language, the default first.
var Languages = codes(all)

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
