package e2e

import "github.com/chromedp/chromedp"

// The set-up page's forms, as an admin fills them in Chromium: the walks
// that start a clinic from an empty database share them.

// addSpecialty fills and sends Set-up's specialty form on the admin page
// at base, and waits for its notice.
func addSpecialty(base, code, ar, en string) []chromedp.Action[chromedp.Void] {
	return []chromedp.Action[chromedp.Void]{
		chromedp.Navigate(base + "/dashboard/admin"),
		chromedp.WaitVisible(`#specialty-form`),
		chromedp.SetValue(`#specialty-form input[name="code"]`, code),
		chromedp.SetValue(`#specialty-form input[name="name.ar"]`, ar),
		chromedp.SetValue(`#specialty-form input[name="name.en"]`, en),
		chromedp.Submit(`#specialty-form input[name="code"]`),
		chromedp.WaitVisible(`p.flash`),
	}
}

// newFacility is what a walk writes in Set-up's facility form.
type newFacility struct {
	code, ar, en, city string
	zone               string   // its IANA zone; "" for Makkah's
	specialties        []string // offered there
}

// addFacility opens Set-up's facility form on the admin page already
// shown, fills it (in Makkah's zone unless f names another), sends it and
// waits for its notice.
func addFacility(f newFacility) []chromedp.Action[chromedp.Void] {
	if f.zone == "" {
		f.zone = "Asia/Riyadh"
	}
	steps := []chromedp.Action[chromedp.Void]{
		chromedp.Click(`#new-facility`),
		chromedp.WaitVisible(`#facility-form`),
		chromedp.SetValue(`#facility-form input[name="code"]`, f.code),
		chromedp.SetValue(`#facility-form input[name="name.ar"]`, f.ar),
		chromedp.SetValue(`#facility-form input[name="name.en"]`, f.en),
		chromedp.SetValue(`#facility-form input[name="city"]`, f.city),
		chromedp.SetValue(`#facility-form input[name="time_zone"]`, f.zone),
	}
	for _, s := range f.specialties {
		steps = append(steps, chromedp.Click(`#facility-form input[value="`+s+`"]`))
	}
	return append(steps,
		chromedp.Submit(`#facility-form input[name="code"]`),
		chromedp.WaitVisible(`p.flash`))
}
