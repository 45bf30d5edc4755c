package dialogs

import (
	"strconv"

	"github.com/frontdoor-health/frontdoor/triage"
)

// shows turns a step's show into the row's: show with the flow's data.
func (tf *triageFlow) shows(show func(t *turn, d triageData)) func(*turn) {
	return func(t *turn) {
		show(t, tf.load(t))
	}
}

// asks turns a step's ask into the row's, as shows does.
func (tf *triageFlow) asks(ask func(t *turn, d triageData, hint string)) func(*turn, string) {
	return func(t *turn, hint string) {
		ask(t, tf.load(t), hint)
	}
}

func (tf *triageFlow) showProblem(t *turn, d triageData) {
	t.say(t.text("triagedialog_ask_problem", nil), tf.topicRows(t, d.Page)...)
}

func (tf *triageFlow) askProblem(t *turn, d triageData, hint string) {
	t.say(t.withHint(hint, t.text("triagedialog_ask_problem_short", nil)), tf.topicRows(t, d.Page)...)
}

// decision is the decision in plain words: the rules' advice for it when
// the locales have it (advised is then true), else the fallback message.
func (tf *triageFlow) decision(t *turn, d triageData, fallback string) (text string, advised bool) {
	if d.Advice != "" && t.e.Text.Has(t.lang(), d.Advice) {
		return t.text(d.Advice, nil), true
	}
	return t.text(fallback, nil), false
}

func (tf *triageFlow) routineRows(t *turn) [][]Button {
	var rows [][]Button
	rows = append(rows, t.button("triagedialog_book_button", "b"))
	return append(rows, t.button("triagedialog_doctor_anyway_button", "q"), t.button("triagedialog_menu_button", "m"))
}

func (tf *triageFlow) selfCareRows(t *turn) [][]Button {
	return [][]Button{t.button("triagedialog_worried_button", "q"), t.button("triagedialog_menu_button", "m")}
}

// askQuestion asks the question being asked, with its options as buttons.
func (tf *triageFlow) askQuestion(t *turn, d triageData, hint string) {
	q, ok := tf.rules(t).Question(d.Q)
	if !ok {
		// The rules changed under a saved session: say so, and let the
		// patient go back to the menu (typed words still re-assess).
		t.say(t.withHint(hint, t.text("dialogs_lost_place", nil)), t.button("triagedialog_menu_button", "m"))
		return
	}
	prompt := q.PromptID
	// "Is he having thoughts…" when the patient wrote about someone else
	if who := tf.rules(t).Subject(tf.input(d), tf.facts(t), d.Answers); who != "" && t.e.Text.Has(t.lang(), prompt+"_"+who) {
		prompt += "_" + who
	}
	t.say(t.withHint(hint, t.text(prompt, nil)), tf.optionRows(t, q)...)
}

// optionRows lays out a question's options: one big button a row, except
// the eleven severity numbers, four a row.
func (tf *triageFlow) optionRows(t *turn, q triage.Question) [][]Button {
	perRow := 1
	if q.Kind == triage.KindSeverity {
		perRow = 4
	}
	var rows [][]Button
	for i, o := range q.Options {
		b := Button{Label: t.text(o.LabelID, nil), Data: tf.code() + ":a:" + o.Value}
		if i%perRow == 0 {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], b)
	}
	return rows
}

// topicRows is one page of the topic picker, with paging buttons.
func (tf *triageFlow) topicRows(t *turn, page int) [][]Button {
	all := liveTopics(tf.rules(t))
	start := page * topicsPerPage
	if start < 0 || start >= len(all) {
		page, start = 0, 0
	}
	end := min(start+topicsPerPage, len(all))
	rows := make([][]Button, 0, end-start+1)
	for _, tp := range all[start:end] {
		rows = append(rows, t.button("triagedialog_topic_"+tp.path, "p:"+tp.path))
	}
	var nav []Button
	if page > 0 {
		nav = append(nav, t.button("triagedialog_back", "pg:"+strconv.Itoa(page-1))...)
	}
	if end < len(all) {
		nav = append(nav, t.button("triagedialog_more", "pg:"+strconv.Itoa(page+1))...)
	}
	if len(nav) > 0 {
		rows = append(rows, nav)
	}
	return rows
}
