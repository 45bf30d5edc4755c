package main

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Run is one of -repeat runs: Frontdoor's throughput and, with -baseline,
// the bare bot's right after it, each with the machine's load average
// (one minute) before it started.
type Run struct {
	LoadBefore           float64 `json:"load_average_before"`
	UpdatesPerSec        float64 `json:"updates_per_second"`
	ServeCPUPerUpdate    float64 `json:"serve_cpu_ms_per_update,omitempty"`
	RedisCPUPerUpdate    float64 `json:"redis_cpu_ms_per_update,omitempty"`
	PostgresCPUPerUpdate float64 `json:"postgres_cpu_ms_per_update,omitempty"`
	WaitingAtEnd         int64   `json:"waiting_cases_at_end,omitempty"`
	Errors               int64   `json:"errors"`
	OrderViolations      int64   `json:"order_violations"`
	BaselineLoadBefore   float64 `json:"baseline_load_average_before,omitempty"`
	BaselinePerSec       float64 `json:"baseline_actions_per_second,omitempty"`
	Ratio                float64 `json:"frontdoor_over_baseline,omitempty"`
}

func (r Run) String() string {
	s := fmt.Sprintf("load average %.1f, Frontdoor %.1f updates/s", r.LoadBefore, r.UpdatesPerSec)
	if r.ServeCPUPerUpdate > 0 {
		s += fmt.Sprintf(" (CPU each: serve %.2f ms", r.ServeCPUPerUpdate)
		if r.RedisCPUPerUpdate > 0 || r.PostgresCPUPerUpdate > 0 {
			s += fmt.Sprintf(", Redis %.2f ms, PostgreSQL %.2f ms", r.RedisCPUPerUpdate, r.PostgresCPUPerUpdate)
		}
		s += ")"
	}
	if r.WaitingAtEnd > 0 {
		s += fmt.Sprintf(", %d cases waiting at the end", r.WaitingAtEnd)
	}
	s += fmt.Sprintf(", %d errors, %d out of order", r.Errors, r.OrderViolations)
	if r.BaselinePerSec > 0 {
		s += fmt.Sprintf("; load average %.1f, baseline %.0f actions/s; ratio %.2f", r.BaselineLoadBefore, r.BaselinePerSec, r.Ratio)
	}
	return s
}

// medianRatio is the median of the runs' ratios (0 without a baseline).
func medianRatio(runs []Run) float64 {
	var rs []float64
	for _, r := range runs {
		if r.BaselinePerSec > 0 {
			rs = append(rs, r.Ratio)
		}
	}
	if len(rs) == 0 {
		return 0
	}
	slices.Sort(rs)
	if n := len(rs); n%2 == 0 {
		return (rs[n/2-1] + rs[n/2]) / 2
	}
	return rs[len(rs)/2]
}

// loadAverage is the machine's one-minute load average (0 where
// /proc/loadavg cannot be read).
func loadAverage() float64 {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	first, _, _ := strings.Cut(string(raw), " ")
	v, _ := strconv.ParseFloat(first, 64)
	return v
}

// clockTicks is Linux's USER_HZ, the unit of /proc/<pid>/stat's times (100
// on every architecture Go builds for Linux, whatever the kernel's HZ).
const clockTicks = 100

// cpuSeconds is the CPU time (user and system) the processes have used,
// summed; false when one cannot be read.
func cpuSeconds(pids []int) (float64, bool) {
	var total float64
	for _, pid := range pids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			return 0, false
		}
		// The command name, in parentheses, may hold spaces: count the
		// fields after it. utime and stime are fields 14 and 15.
		i := strings.LastIndexByte(string(raw), ')')
		if i < 0 {
			return 0, false
		}
		f := strings.Fields(string(raw[i+1:]))
		if len(f) < 13 {
			return 0, false
		}
		user, err1 := strconv.ParseFloat(f[11], 64)
		sys, err2 := strconv.ParseFloat(f[12], 64)
		if err1 != nil || err2 != nil {
			return 0, false
		}
		total += (user + sys) / clockTicks
	}
	return total, true
}
