package triage

import (
	"fmt"
	"slices"
)

// The coverage tables say, for each complaint family and age group, which
// emergencies the complaint can hide. A discriminator question is asked
// for an emergency only where a family in play covers it for this patient,
// and a "not sure" counts as "yes" only there: new confusion or fast
// breathing beside a young adult's water infection is not the sepsis the
// tables list for an older person's, and "not sure" to it must not send
// the patient to the emergency number.

// ageGroup is one column of the coverage tables.
type ageGroup struct {
	minMonths, maxMonths int // maxMonths 0: no upper bound
	pregnant             bool
}

// coverageGroups are the age groups the tables use, by the names
// covers_for takes.
var coverageGroups = map[string]ageGroup{
	"under_3m": {maxMonths: 3},
	"under_5":  {maxMonths: 60},
	"child":    {maxMonths: 16 * 12},
	"adult":    {minMonths: 16 * 12},
	"65plus":   {minMonths: 65 * 12},
	"pregnant": {pregnant: true},
}

// fits reports whether the patient may be in group g: an unknown age
// rules a group out only when who writes rules it out (a parent is no
// child), an unknown pregnancy only for a man.
func (g ageGroup) fits(who person) bool {
	if g.pregnant {
		return who.pregnant == "yes" || (who.pregnant == "" && who.sex != "m")
	}
	if who.months >= 0 {
		return who.months >= g.minMonths && (g.maxMonths == 0 || who.months < g.maxMonths)
	}
	return (g.maxMonths == 0 || who.minMonths < g.maxMonths) && (who.maxMonths == 0 || g.minMonths < who.maxMonths)
}

// compileCoversFor reads a family's covers_for: each rule must be one the
// family covers, each group one of coverageGroups.
func compileCoversFor(p pathwaySpec) (map[string][]ageGroup, error) {
	if len(p.CoversFor) == 0 {
		return nil, nil
	}
	out := map[string][]ageGroup{}
	for rule, names := range p.CoversFor {
		if !slices.Contains(p.Covers, rule) {
			return nil, fmt.Errorf("covers_for %q: not in covers", rule)
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("covers_for %q: no age group", rule)
		}
		for _, n := range names {
			g, ok := coverageGroups[n]
			if !ok {
				return nil, fmt.Errorf("covers_for %q: unknown age group %q", rule, n)
			}
			out[rule] = append(out[rule], g)
		}
	}
	return out, nil
}

// coversFor reports whether family p lists rule for this patient.
func (p *pathway) coversFor(rule string, who person) bool {
	if !slices.Contains(p.covers, rule) {
		return false
	}
	groups, ok := p.coversAge[rule]
	if !ok {
		return true
	}
	for _, g := range groups {
		if g.fits(who) {
			return true
		}
	}
	return false
}

// families are the complaint families in play for decision d: the tapped
// topic, d's pathway, its complaints' families (a child's own where there
// is one), the families of the urgent rules that fired, and those whose
// when is read.
func (e *Engine) families(d Decision, present []bool, who person, topic string) []string {
	var paths []string
	add := func(p string) {
		if p != "" && e.pathways[p] != nil && !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	add(topic)
	add(d.Pathway)
	child := who.months >= 0 && who.months < 16*12
	for _, id := range d.Complaints {
		if cp := e.complaint(id); cp != nil {
			if child && cp.childPathway != "" {
				add(cp.childPathway)
			}
			add(cp.pathway)
		}
	}
	for _, id := range d.AmberFlags {
		add(e.rules[e.ruleIndex[id]].pathway)
	}
	for _, p := range e.pathwayIDs {
		if e.pathways[p].when.met(present) {
			add(p)
		}
	}
	return paths
}

// covered reports whether the emergency a decision's red flags make is
// one to ask about for this patient: one of them is narrowed by no
// family's covers_for (every family asks for it, as before the tables
// had age groups), or one of the families in play covers it for the
// patient's age group. A red flag the words alone fire is not asked
// about and needs no coverage.
func (e *Engine) covered(redFlags, families []string, who person) bool {
	for _, rule := range redFlags {
		if !e.narrowed[rule] || e.listed(rule, families, who) {
			return true
		}
	}
	return false
}

// listed reports whether one of the families covers rule for this
// patient.
func (e *Engine) listed(rule string, families []string, who person) bool {
	for _, p := range families {
		if e.pathways[p].coversFor(rule, who) {
			return true
		}
	}
	return false
}

// doubtCovered reports whether a "not sure" that makes these red flags
// fire is a doubt about an emergency the tables list: one of them covered
// for this patient by a family in play. A doubt counts as "yes" only
// there (the "not sure" is about a red-flag discriminator of the
// complaint), not where it meets a word that has nothing to do with it:
// "not sure" of breathlessness beside a water infection "worse than
// usual" is not severe breathlessness, nor, beside an antibiotic named,
// anaphylaxis.
//
// A sure_only family's covers count for no doubt: it asks, and its "yes"
// is an emergency, but a "not sure" is left to the families that cover
// the emergency without it.
func (e *Engine) doubtCovered(redFlags, families []string, who person) bool {
	for _, rule := range redFlags {
		for _, p := range families {
			if !e.pathways[p].sureOnly && e.pathways[p].coversFor(rule, who) {
				return true
			}
		}
	}
	return false
}

// personOf is who the questions are about, from a decision's state.
func (e *Engine) personOf(s *state, fx answerEffects) person {
	who := person{months: s.months, minMonths: e.leastAge(s), sex: s.sex}
	switch {
	case s.has(e.need.facts["@pregnant"]):
		who.pregnant = "yes"
		if who.months < 0 {
			who.minMonths = max(who.minMonths, pregnantMinMonths)
			who.maxMonths = pregnantMaxMonths
		}
	case fx.pregnant == "no":
		who.pregnant = "no"
	}
	return who
}
