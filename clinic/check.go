package clinic

// The checks of one item, for a form that edits one thing at a time (the
// dashboard's administration pages): the same rules Parse applies to a
// file, so a facility, an account or its hours pass the dashboard exactly
// when they would pass an import. Each problem's Field names the key at
// fault; Line is the item's Line (a form sets it to the row of a list).

// CheckSpecialty returns the problems of one specialty, none if it is valid.
func CheckSpecialty(s Specialty) []*LineError {
	return checkOne(func(c *checker) {
		if !specialtyRE.MatchString(s.Code) {
			c.fieldf(s.Line, "code", "specialty %q: code must be 2 to 40 lower-case letters or _", s.Code)
		}
		c.names(s.Line, "specialty "+s.Code, s.Name)
		c.lengths(s.Line, "specialty "+s.Code, s.SlotMinutes, s.BufferMinutes)
	})
}

// CheckFacility returns the problems of one facility, none if it is valid.
func CheckFacility(f Facility) []*LineError {
	return checkOne(func(c *checker) { c.facility(f) })
}

// CheckAccount returns the problems of one account with its hours, days off
// and extra sessions, none if it is valid.
func CheckAccount(a Account) []*LineError {
	return checkOne(func(c *checker) { c.account(a) })
}

// CheckHoliday returns the problems of one holiday, none if it is valid.
func CheckHoliday(h Holiday) []*LineError {
	return checkOne(func(c *checker) {
		c.check(&Network{Holidays: []Holiday{h}})
	})
}

func checkOne(run func(c *checker)) []*LineError {
	c := checker{file: "form"}
	run(&c)
	out := make([]*LineError, 0, len(c.errs))
	for _, err := range c.errs {
		out = append(out, err.(*LineError))
	}
	return out
}
