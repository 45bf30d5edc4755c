package dialogs

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// memConsults is an in-memory Consults over memCases, with the
// store's contract: notes once per source, ErrCaseChanged when the case
// moved on, ErrNotFound for another patient's case.
type memConsults struct {
	q       *memCases
	doctor  map[int64]Clinician
	disp    map[int64]string
	notes   []PatientNote
	sources map[string]bool
	ratings map[int64]int
	figures WaitFigures // Position is filled in from the queue
	told    []WaitFigures
}

func newMemConsults(q *memCases) *memConsults {
	return &memConsults{q: q, doctor: map[int64]Clinician{}, disp: map[int64]string{},
		sources: map[string]bool{}, ratings: map[int64]int{},
		figures: WaitFigures{Online: 2, Busy: 2, Typical: 10 * time.Minute}}
}

// stateLocked returns case id of patient; the caller holds q.mu.
func (m *memConsults) stateLocked(patientID, id int64) (ConsultState, error) {
	if id < 1 || int(id) > len(m.q.cases) || m.q.cases[id-1].PatientID != patientID {
		return ConsultState{}, fmt.Errorf("mem: case %d: %w", id, ErrNotFound)
	}
	return ConsultState{CaseID: id, Status: m.q.status[id-1], Urgency: m.q.cases[id-1].Urgency,
		Clinician: m.doctor[id], Disposition: m.disp[id]}, nil
}

func (m *memConsults) Consult(_ context.Context, patientID, id int64) (ConsultState, error) {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	return m.stateLocked(patientID, id)
}

func (m *memConsults) LeaveQueue(_ context.Context, patientID, id int64) (ConsultState, error) {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	st, err := m.stateLocked(patientID, id)
	switch {
	case err != nil:
		return st, err
	case st.Status == CaseWaiting:
		m.q.status[id-1], st.Status = CaseLeft, CaseLeft
	case st.Status != CaseLeft:
		return st, fmt.Errorf("mem: leave case %d: %w", id, ErrCaseChanged)
	}
	return st, nil
}

func (m *memConsults) AddNote(_ context.Context, n PatientNote) (ConsultState, error) {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	st, err := m.stateLocked(n.PatientID, n.CaseID)
	switch {
	case err != nil:
		return st, err
	case st.Status != CaseWaiting && st.Status != CaseClaimed:
		return st, fmt.Errorf("mem: note on case %d: %w", n.CaseID, ErrCaseChanged)
	case n.Source == "" || !slices.Contains([]string{NoteText, NotePhoto, NoteVoice, NoteMedia, NoteLocation}, n.Kind):
		return st, fmt.Errorf("mem: bad note %+v", n)
	}
	if !m.sources[n.Source] {
		m.sources[n.Source] = true
		m.notes = append(m.notes, n)
	}
	return st, nil
}

func (m *memConsults) Rate(_ context.Context, patientID, id int64, stars int) error {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	st, err := m.stateLocked(patientID, id)
	switch {
	case err != nil:
		return err
	case st.Status != CaseClosed:
		return fmt.Errorf("mem: rate case %d: %w", id, ErrCaseChanged)
	}
	m.ratings[id] = stars
	return nil
}

func (m *memConsults) WaitFigures(ctx context.Context, id int64) (WaitFigures, error) {
	pos, err := m.q.place(ctx, id)
	if err != nil {
		return WaitFigures{}, err
	}
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	f := m.figures
	f.Position = pos
	m.told = append(m.told, f)
	return f, nil
}

// claim gives case id to doc, as the dashboard would.
func (m *memConsults) claim(id int64, doc Clinician) {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	m.q.status[id-1], m.doctor[id] = CaseClaimed, doc
}

// close closes case id with disposition.
func (m *memConsults) close(id int64, disposition string) {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	m.q.status[id-1], m.disp[id] = CaseClosed, disposition
}

func (m *memConsults) status(id int64) string {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	return m.q.status[id-1]
}

func (m *memConsults) allNotes() []PatientNote {
	m.q.mu.Lock()
	defer m.q.mu.Unlock()
	return slices.Clone(m.notes)
}

// newConsultEngine returns a triage engine with the consult on.
func newConsultEngine(tb testing.TB) (*Engine, *memConsults) {
	tb.Helper()
	e, p := engineWith(tb, newMemSessions(), newMemPatients(), func(d *Deps) { d.RedFlags = nil })
	return e, p.consults
}

// drKhalid is the clinician of the consult tests.
var drKhalid = Clinician{ID: 7, Names: locales.Names{"ar": "د. خالد العتيبي", "en": "Dr. Khalid Al-Otaibi"}}

// event handles a consult event for the chat's conversation and records
// it in the transcript.
func (c *chat) event(ev ConsultEvent) []Reply {
	c.t.Helper()
	c.n++
	if ev.ID == "" {
		ev.ID = fmt.Sprintf("ev%d", c.n)
	}
	ev.Conversation = c.key
	replies, err := c.e.HandleConsult(context.Background(), ev)
	if err != nil {
		c.t.Fatalf("HandleConsult(%s): %v", ev.Kind, err)
	}
	fmt.Fprintf(&c.log, "<<< consult %s\n", ev.Kind)
	if len(replies) == 0 {
		c.log.WriteString("(no reply)\n")
	}
	for _, r := range replies {
		fmt.Fprintf(&c.log, "[%s] %s\n", r.Lang, r.Text)
		for _, row := range r.Buttons {
			for _, b := range row {
				fmt.Fprintf(&c.log, "    [%s] %s%s\n", b.Label, b.Data, b.URL)
			}
		}
	}
	c.log.WriteString("\n")
	if len(replies) > 0 {
		c.last = replies
	}
	return replies
}

// queued walks a chat to the queue with an urgent problem and returns it
// and its case id.
func queued(t *testing.T, e *Engine, lang string) (*chat, int64) {
	t.Helper()
	c := atTriage(t, e, lang)
	c.send(langWords[lang].breathless)
	c.answerCalmly(mustRules(t))
	d, state := c.triageState()
	if state != trQueued || d.Case == 0 {
		t.Fatalf("after an urgent triage: state %s, case %d; want queued:\n%s", state, d.Case, c.log.String())
	}
	return c, d.Case
}
