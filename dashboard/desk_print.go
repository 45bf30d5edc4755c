package dashboard

import (
	"fmt"
	"html/template"
	"net/http"
	"strings"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// printData is what templates/desk_print.html renders: the card in the
// patient's language and direction, whatever the reader's.
type printData struct {
	Lang, Dir         string
	Title, Scan, Keep string
	Rows              []labelled
	Link              string
	QR                template.HTML // an inline SVG drawn from the code's modules
}

// showPrint renders the page a coordinator prints for a patient booked at
// the desk who has no chat with the bot: the facility, the doctor, the
// date and time in the facility's zone, and the join link with its QR
// code, all in the patient's language. Reading it is audited.
func (d *Dashboard) showPrint(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	ctx := r.Context()
	rec, p, err := d.cfg.Desk.Store.DeskPrint(ctx, a.Scope, a.actor(), id)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	facilities, err := d.cfg.Desk.Store.DeskFacilities(ctx, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	f, _ := facilityOf(facilities, rec.FacilityID)
	loc := zones{}.get(f.Zone)
	lang := locales.Lang(p.Lang)
	if lang == "" {
		lang = a.Lang
	}
	text := func(id string) string { return d.cfg.Text.Text(lang, id, nil) }
	data := printData{
		Lang: lang, Dir: locales.Dir(lang),
		Title: text("desk_print_title"), Scan: text("desk_print_scan"), Keep: text("desk_print_keep"),
		Rows: []labelled{
			{text("desk_print_patient"), p.Name},
			{text("desk_print_doctor"), rec.Clinician.Name(lang) + " (" + rec.Specialty.Name(lang) + ")"},
			{text("desk_print_facility"), f.Names.In(lang)},
			{text("desk_print_date"), dialogs.LongDate(d.cfg.Text, lang, loc, rec.Start)},
			{text("desk_print_time"), dialogs.Moment(d.cfg.Text, lang, loc, rec.Start, rec.Start) + " (" + dialogs.ZoneName(d.cfg.Text, lang, loc) + ")"},
		},
	}
	if p.Phone != "" {
		data.Rows = append(data.Rows, labelled{text("desk_print_phone"), p.Phone})
	}
	if links := d.cfg.Desk.Links; links != nil && rec.Status == dialogs.StatusBooked {
		link, err := links.PatientLink(ctx, rec.Appointment)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		svg, err := qrSVG(link)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		data.Link, data.QR = link, svg
	}
	d.render(w, http.StatusOK, "desk_print", d.view(r, a, "desk", data))
}

// qrSVG draws text's QR code as an inline SVG, one square per dark
// module, so the page needs no image request and prints sharp.
func qrSVG(text string) (template.HTML, error) {
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return "", fmt.Errorf("dashboard: QR code: %w", err)
	}
	bits := q.Bitmap() // with its quiet zone
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="qr" viewBox="0 0 %d %d" role="img" shape-rendering="crispEdges"><path d="`, len(bits), len(bits))
	for y, row := range bits {
		for x, dark := range row {
			if dark {
				fmt.Fprintf(&b, "M%d %dh1v1h-1z", x, y)
			}
		}
	}
	b.WriteString(`"/></svg>`)
	// Only numbers and fixed markup are written: nothing of text itself.
	return template.HTML(b.String()), nil
}
