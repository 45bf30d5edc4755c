package locales

import "golang.org/x/text/language"

// matcher prefers the languages in the order of Languages: the default
// first, so a browser that names none of them gets the default.
var matcher = func() language.Matcher {
	tags := make([]language.Tag, len(Languages))
	for i, l := range Languages {
		tags[i] = language.Make(l)
	}
	return language.NewMatcher(tags)
}()

// AcceptLanguage returns the language of Languages that best matches an
// HTTP Accept-Language header, or the default (Languages[0]) when the
// header is empty, malformed or names none of them. The dashboard and the
// web chat both choose by it.
func AcceptLanguage(header string) string {
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return Languages[0]
	}
	_, i, conf := matcher.Match(tags...)
	if conf == language.No {
		return Languages[0]
	}
	return Languages[i]
}
