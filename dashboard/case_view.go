package dashboard

import (
	"html/template"
	"slices"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
)

// caseData is what templates/case.html renders: every label already in
// the reader's language; Complaint alone stays in the patient's words.
type caseData struct {
	ID            int64
	Number        string // the id in the reader's digits
	Urgency       string // CSS class suffix
	UrgencyLabel  string
	Status        string
	StatusLabel   string
	Specialty     string
	Language      string
	Kind          string
	Since         string // when it entered the queue
	Waiting       string // for how long, while it waits
	Pathway       string
	Complaint     string // what the patient typed
	ComplaintLang string
	Topic         string // the topic button the patient tapped, if any
	Phone         string // the number the patient sent, "" if none
	Tel           template.URL
	Channel       string // the patient's channel, in the reader's words
	Flags         []flagRow
	Answers       []labelled
	Facts         []labelled
	Findings      []findingRow // what triage established, beside the patient's words
	ClaimedBy     string       // the claimer's name, "" when unclaimed
	ClaimedAt     string
	Mine          bool // claimed by the reader
	CanClaim      bool
	Prior         []priorRow
	Consult       *consultData // nil: the consult is off
	// Referrals made from this case that the reader may see, and the
	// link to refer it ("" when the reader may not: referrals off, or
	// not a clinician).
	Referrals []referralRow
	ReferLink string
}

type flagRow struct{ Name, Rule string }

// findingRow is one clinical finding as the clinician reads it: present,
// absent or not known (the patient was not sure), and whether it came
// from the patient's words or an answer.
type findingRow struct{ Name, State, StateLabel, Source string }

type labelled struct{ Label, Value string }

type priorRow struct {
	ID                                 int64
	Number, When, Urgency, UrgencyText string
	Status                             string
}

func (d *Dashboard) caseData(t tr, a *account, c store.CaseDetail) caseData {
	now := d.now()
	row := d.queueRow(t, c.QueueCase, now)
	data := caseData{
		ID: c.ID, Number: numerals.Format(t.lang, int(c.ID)),
		Urgency: row.Urgency, UrgencyLabel: row.UrgencyLabel,
		Status: c.Status, StatusLabel: t.T("dash_status_" + c.Status),
		Specialty: row.Specialty, Language: row.Language, Kind: row.Kind,
		Since: d.clock(t.lang, c.Since), ComplaintLang: c.Lang,
		Mine:     c.ClaimedBy != 0 && c.ClaimedBy == a.ID,
		CanClaim: c.Status == "waiting" && a.Scope.CanClaim,
		Answers:  d.answers(t, c.Pathway, c.Answers),
		Facts:    facts(t, c.Facts),
		Findings: findings(t, c.Facts),
	}
	data.Topic, data.Complaint = splitTopic(t.text, c.Lang, c.Complaint)
	data.Channel = label(t, c.Channel, "dash_channel_"+c.Channel)
	if c.Phone != "" {
		// The store's check keeps it to digits after an optional +.
		data.Phone, data.Tel = c.Phone, template.URL("tel:"+c.Phone)
	}
	if c.Status == "waiting" {
		data.Waiting = row.Waiting
	}
	if c.Pathway != "" {
		data.Pathway = label(t, c.Pathway, "triage_pathway_"+c.Pathway)
	}
	for _, f := range c.RedFlags {
		data.Flags = append(data.Flags, flagRow{Name: ruleName(t, f), Rule: f})
	}
	if c.ClaimedBy != 0 {
		data.ClaimedBy = c.Claimer.In(t.lang)
		if c.ClaimedAt != nil {
			data.ClaimedAt = d.clock(t.lang, *c.ClaimedAt)
		}
	}
	for _, p := range c.PriorCases {
		u := urgencyClass(p.Urgency)
		data.Prior = append(data.Prior, priorRow{
			ID: p.ID, Number: numerals.Format(t.lang, int(p.ID)), When: d.clock(t.lang, p.CreatedAt),
			Urgency: u, UrgencyText: t.T("dash_urgency_" + u), Status: t.T("dash_status_" + p.Status),
		})
	}
	return data
}

// answers lists the triage answers in the order the pathway asked them,
// each question and answer in the reader's language.
func (d *Dashboard) answers(t tr, pathway string, given map[string]string) []labelled {
	var order []string
	if q := d.cfg.Questions; q != nil {
		asked := map[string]string{}
		for {
			next, ok := q.Next(pathway, asked)
			if !ok {
				break
			}
			v, answered := given[next.ID]
			if !answered {
				break
			}
			asked[next.ID] = v
			order = append(order, next.ID)
		}
	}
	var rest []string
	for id := range given {
		if !slices.Contains(order, id) {
			rest = append(rest, id)
		}
	}
	slices.Sort(rest)
	out := make([]labelled, 0, len(given))
	for _, id := range append(order, rest...) {
		out = append(out, d.answer(t, id, given[id]))
	}
	return out
}

func (d *Dashboard) answer(t tr, id, value string) labelled {
	l := labelled{Label: label(t, id, "triage_q_"+id), Value: value}
	if d.cfg.Questions == nil {
		return l
	}
	q, ok := d.cfg.Questions.Question(id)
	if !ok {
		return l
	}
	l.Label = label(t, id, q.PromptID)
	for _, o := range q.Options {
		if o.Value == value {
			l.Value = label(t, value, o.LabelID)
		}
	}
	return l
}

// facts lists what the patient told about themselves, in a fixed order
// (known keys first), labelled in the reader's language.
func facts(t tr, given map[string]string) []labelled {
	known := []string{"age_band", "sex", "pregnant", "chronic", "pilgrim"}
	keys := make([]string, 0, len(given))
	for k := range given {
		if !strings.HasPrefix(k, dialogs.FindingFact) {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		ia, ib := slices.Index(known, a), slices.Index(known, b)
		if ia < 0 {
			ia = len(known)
		}
		if ib < 0 {
			ib = len(known)
		}
		if ia != ib {
			return ia - ib
		}
		return strings.Compare(a, b)
	})
	out := make([]labelled, 0, len(keys))
	for _, k := range keys {
		out = append(out, labelled{Label: label(t, k, "dash_fact_"+k), Value: factValue(t, k, given[k])})
	}
	return out
}

// findings lists the case's findings, present first, then not known, then
// absent, each group in name order.
func findings(t tr, given map[string]string) []findingRow {
	order := map[string]int{triage.FindingPresent: 0, triage.FindingUnknown: 1, triage.FindingAbsent: 2}
	var out []findingRow
	for k, v := range given {
		id, ok := strings.CutPrefix(k, dialogs.FindingFact)
		if !ok {
			continue
		}
		state, source, _ := strings.Cut(v, ":")
		if _, known := order[state]; !known {
			continue
		}
		out = append(out, findingRow{
			Name: label(t, id, triage.FindingMessageID(id)), State: state,
			StateLabel: t.T("triage_finding_" + state), Source: label(t, source, "triage_finding_from_"+source),
		})
	}
	slices.SortFunc(out, func(a, b findingRow) int {
		if d := order[a.State] - order[b.State]; d != 0 {
			return d
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

func factValue(t tr, key, v string) string {
	switch v {
	case "true", "yes", "1":
		return t.T("dash_yes")
	case "false", "no", "0":
		return t.T("dash_no")
	}
	if key == "age_band" {
		return label(t, v, "triage_a_age_"+v)
	}
	var parts []string
	for p := range strings.SplitSeq(v, ",") {
		p = strings.TrimSpace(p)
		parts = append(parts, label(t, p, "dash_fact_"+key+"_"+p))
	}
	return strings.Join(parts, t.T("dash_list_separator"))
}

// label renders message id, or fallback when the catalog lacks it.
func label(t tr, fallback, id string) string {
	if !t.text.Has(t.lang, id) {
		return fallback
	}
	return t.T(id)
}

// splitTopic tells a topic button the patient tapped (its label, the
// first line of the complaint) from the words they typed after it, so the
// page does not show a button's label as the patient's own words.
func splitTopic(text *locales.Catalog, lang, complaint string) (topic, words string) {
	first, rest, _ := strings.Cut(complaint, "\n")
	ids, err := locales.IDs(lang)
	if err != nil {
		return "", complaint
	}
	for _, id := range ids {
		if strings.HasPrefix(id, "triagedialog_topic_") && text.Text(lang, id, nil) == first {
			return first, rest
		}
	}
	return "", complaint
}

// clock writes at in the dashboard's zone as patients read times ("9:30
// AM" today, "Tomorrow, Saturday 2 May, 9:30 AM" on another day, «٩:٣٠ ص»
// in Arabic), so a doctor can read it aloud to the patient.
func (d *Dashboard) clock(lang string, at time.Time) string {
	return dialogs.Moment(d.cfg.Text, lang, d.cfg.Location, d.now(), at)
}
