// Package triage reads a patient's first message (Arabic or English) and
// decides how urgent it is, which specialty should see it, which red flags
// fired, and which follow-up questions to ask. It does no I/O: its rules are
// TOML files embedded from rules/, compiled once by Load, and an *Engine is
// read-only afterwards, so one Engine serves every goroutine.
//
// How a message is read:
//
//  1. Normalize folds spelling: Unicode compatibility forms, tashkeel and
//     tatweel, alef/hamza forms, ى/ي and ة/ه, Eastern digits, elongated
//     letters, case and punctuation. Clause breaks survive as " . ".
//  2. The lexicon (rules/lexicon_*.toml) finds concepts — "chest", "pain",
//     "sweating" — as words or phrases, with Arabic clitics (و ف ب ل ك ال)
//     stripped and small English typos tolerated; an Arabic term may be a
//     verb stem or a noun marked to match every person, aspect and attached
//     pronoun ("+تنفس" is يتنفس, بيتنفس, كيتنفس …); composite concepts join
//     others that occur close together in one clause ("chest" near "pain").
//  3. Negation ("no fever", "ما فيني حرارة", "مافي دم") switches off what
//     follows it up to the end of the clause, a conjunction or five words;
//     phrases that contain a negation but state a symptom ("can't breathe",
//     "ما يقدر يتنفس", "not responding") keep it for themselves. Names of
//     conditions in a history or medication context ("had a stroke last
//     year", "دوا الصرع") do not count as happening now.
//  4. Red-flag rules (RF-*) decide emergency; amber rules (UR-*) raise a
//     case to urgent; complaints (rules/complaints.toml) give the specialty,
//     the follow-up pathway and the default urgency, adjusted for "severe",
//     "mild" and long durations, children and pregnancy.
//
// Every red-flag rule names its clinical source and carries example
// phrasings in English and four Arabic dialect groups plus negated ones;
// the tests run them all. docs/TRIAGE.md explains how to add a rule.
package triage
